from pathlib import Path

import pytest

from tts_edition.errors import EditionError
from tts_edition.ingest import read
from tts_edition.ingest.sentences import split_sentences


def test_sentences_respect_abbreviations_quotes_decimals_and_initials() -> None:
    text = "1995 ж. Конституция қабылданды. Өсім 3.5 пайыз! Қ.-Ж. Тоқаев «Бұл. Маңызды.» деді. Кітаптар т.б. Сатылады."
    assert split_sentences(text) == [
        "1995 ж. Конституция қабылданды.",
        "Өсім 3.5 пайыз!",
        "Қ.-Ж. Тоқаев «Бұл. Маңызды.» деді.",
        "Кітаптар т.б.",
        "Сатылады.",
    ]


def test_text_lines_headings_and_the_date_marker(tmp_path: Path) -> None:
    book = tmp_path / "book.txt"
    book.write_text(" date 2025-11-11 Алғы сөз.\n# Бірінші тарау\nБір. Екі.\n\nҮш.\n# Екінші тарау\nТөрт.\n", "utf-8")
    edition = read(book)
    assert edition.date == "2025-11-11"
    # No heading opens the text: its first sentence is the edition's title, and the untitled chapter's.
    assert edition.title == "Алғы сөз"
    assert [c.title for c in edition.chapters] == ["Алғы сөз", "Бірінші тарау", "Екінші тарау"]
    assert [p.id for p in edition.paragraphs()] == [
        "c01-p001",
        "c02-p001",
        "c02-p002",
        "c02-p003",
        "c03-p001",
        "c03-p002",
    ]
    assert [s.id for s in edition.chapters[1].paragraphs[1].sentences] == ["c02-p002-s01", "c02-p002-s02"]


def test_hard_wrapped_text_joins_lines_of_a_block(tmp_path: Path) -> None:
    book = tmp_path / "wrapped.txt"
    book.write_text("Бірінші абзац\nжалғасы.\n\nЕкінші абзац\nжалғасы.\n", "utf-8")
    assert [p.text for p in read(book).paragraphs()] == ["Бірінші абзац жалғасы.", "Екінші абзац жалғасы."]


def test_markdown_front_matter_headings_and_markup(tmp_path: Path) -> None:
    book = tmp_path / "book.md"
    book.write_text(
        '---\ntitle: Кітап\nauthor: "Абай"\ndate: 1909-01-01\n---\n# Кітап атауы\n\n## Бірінші\n\n'
        "**Қалың** мәтін мен [сілтеме](http://x.kz).\n\n- тізім\n\n## Екінші\n\n```\ncode\n```\nСоңы.\n",
        "utf-8",
    )
    edition = read(book)
    assert (edition.title, edition.author, edition.date) == ("Кітап", "Абай", "1909-01-01")
    assert [c.title for c in edition.chapters] == ["Бірінші", "Екінші"]
    assert [p.text for p in edition.chapters[0].paragraphs] == ["Бірінші", "Қалың мәтін мен сілтеме.", "тізім"]


def test_folder_chapters_in_natural_order(tmp_path: Path) -> None:
    for name, body in [("ch10.txt", "Оныншы."), ("ch2.md", "# Екі\n\nЕкінші."), ("ch1.txt", "Бірінші."), ("x.bin", "")]:
        (tmp_path / name).write_text(body, "utf-8")
    edition = read(tmp_path)
    assert [c.title for c in edition.chapters] == ["ch1", "Екі", "ch10"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [("empty.txt", b"", "no text"), ("dots.txt", b"... !!! \n\n", "no text"), ("bin.txt", b"\x00\x01\x02", "binary"),
     ("latin1.txt", "Қазақ".encode()[:-1] + b"\xff", "UTF-8"), ("book.doc", b"\xd0\xcf\x11\xe0", "unsupported")],
)  # fmt: skip
def test_bad_input_is_one_clear_error(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(EditionError, match=message):
        read(path)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Сәлем, әлем.".encode("utf-16"))
    assert read(path).paragraphs()[0].text == "Сәлем, әлем."


def test_markdown_without_headings_is_one_chapter(tmp_path: Path) -> None:
    book = tmp_path / "note.md"
    book.write_text("Бірінші абзац.\n\nЕкінші *абзац*.\n", "utf-8")
    edition = read(book)
    assert len(edition.chapters) == 1 and edition.chapters[0].title == "Бірінші абзац"
    assert [p.text for p in edition.paragraphs()] == ["Бірінші абзац.", "Екінші абзац."]


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [("А.Б. Серікбаевқа хат жазды. Ол келді.", ["А.Б. Серікбаевқа хат жазды.", "Ол келді."]),
     ("Ол АҚШ-қа барды. Сосын ЕО.", ["Ол АҚШ-қа барды.", "Сосын ЕО."]),
     ("مەملەكەت ۇلكەن. ەلىمىز باي. سەن كىمسىڭ؟ مەن", ["مەملەكەت ۇلكەن.", "ەلىمىز باي.", "سەن كىمسىڭ؟", "مەن"])],
)  # fmt: skip
def test_initials_groups_and_a_script_without_capitals(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences
