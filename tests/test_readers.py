"""The readers for the files publishers and newsrooms have: real files made by real tools from real Kazakh text."""

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.conftest import run_cli, shared_build
from tests.documents import FOOTNOTE, VERSE, book, book_html, make_docx, passage, print_pdf
from tts_edition.document import Edition
from tts_edition.errors import EditionError
from tts_edition.ingest import read

DOCUMENTS = Path(__file__).parent / "data" / "documents"
HEADLINES = [chapter.headline for chapter in book()]
ARTICLE = passage("egemen-kz-2023-03-16-talgo")
# What the saved page has around the article: menu, ads, share bar, tags, related news, comments, footer.
BOILERPLATE = [
    "Саясат", "Экономика", "Жарнама", "Бөлісу", "Тегтер", "Тағы оқыңыз", "Пікірлер", "жолда бір тәулік өтеді",
    "Барлық құқықтар", "Мекенжайы", "Сайттан іздеу", "рет қаралды", HEADLINES[1],
]  # fmt: skip


def texts(edition: Edition) -> list[list[str]]:
    return [[p.text for p in chapter.paragraphs] for chapter in edition.chapters]


def expected_book(verse: bool) -> list[list[str]]:
    """Each passage as its chapter: the headline (spoken), its paragraphs, the section heading in the middle."""
    chapters = []
    for chapter in book():
        middle = len(chapter.paragraphs) // 2
        chapters.append([chapter.headline, *chapter.paragraphs[:middle], "Толығырақ", *chapter.paragraphs[middle:]])
    return chapters + ([["Абай. Қыс", VERSE]] if verse else [])


@pytest.fixture(scope="module")
def docx_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_docx(tmp_path_factory.mktemp("docx") / "kk-news-digest.docx")


def test_docx_headings_verse_properties_and_a_notice_for_the_table(
    docx_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edition = read(docx_file)
    assert (edition.title, edition.author) == ("Жаңалықтар жинағы", "Редакция")
    assert [c.title for c in edition.chapters] == [*HEADLINES, "Абай. Қыс"]
    assert texts(edition) == expected_book(verse=True)
    assert "table(s) skipped" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["docx", "odt", "rtf"])
def test_footnotes_are_left_out_or_read_after_their_paragraph(docx_file: Path, kind: str) -> None:
    path = docx_file if kind == "docx" else DOCUMENTS / f"kk-news-digest.{kind}"
    first = book()[0].paragraphs[0]
    assert read(path).chapters[0].paragraphs[1].text == first
    assert read(path, footnotes="read").chapters[0].paragraphs[1].text == f"{first} {FOOTNOTE}"


@pytest.mark.parametrize("kind", ["odt", "rtf"])
def test_libreoffice_odt_and_rtf_read_like_the_word_document(kind: str) -> None:
    edition = read(DOCUMENTS / f"kk-news-digest.{kind}")
    assert (edition.title, edition.author) == ("Жаңалықтар жинағы", "Редакция")
    assert texts(edition) == expected_book(verse=True)


@pytest.mark.parametrize(
    ("columns", "outline"), [(1, True), (2, False)], ids=["one-column-hyphenated-outline", "two-columns-headings"]
)
def test_pdf_printed_by_chromium(tmp_path: Path, columns: int, outline: bool) -> None:
    """Soft hyphens break words at line ends, a running head and page numbers are in every page's margins; the
    chapters come from the bookmarks, or without them from the large headings."""
    pdf = print_pdf(book_html(columns, soft_hyphens=columns == 1), tmp_path / "book.pdf", "Жинақ басы", outline)
    edition = read(pdf)
    assert texts(edition) == expected_book(verse=False)
    assert edition.title == "Жаңалықтар жинағы"  # the document's title, from the HTML <title>


def test_pdf_made_by_libreoffice_leaves_out_the_footnote_and_the_footer() -> None:
    edition = read(DOCUMENTS / "kk-news-digest.pdf")
    assert (edition.title, edition.author) == ("Жаңалықтар жинағы", "Редакция")
    assert [c.title for c in edition.chapters] == [*HEADLINES, "Абай. Қыс"]
    text = "\n".join(p.text for p in edition.paragraphs())
    assert all(p in text for chapter in book() for p in chapter.paragraphs)
    assert FOOTNOTE not in text and "Жаңалықтар жинағы · " not in text
    assert "Ақ киімді, денелі, ақ сақалды,\nСоқыр, мылқау, танымас тірі жанды." in text


def test_a_scanned_pdf_and_one_with_a_password_are_refused(tmp_path: Path) -> None:
    import pypdf

    from tests.conftest import make_png

    png = make_png(64, 64)
    scan = f'<img src="data:image/png;base64,{__import__("base64").b64encode(png).decode()}" width="400">'
    scanned = print_pdf(f"<html><body>{scan}</body></html>", tmp_path / "scan.pdf", outline=False)
    with pytest.raises(EditionError, match="scanned PDF with no text layer"):
        read(scanned)
    writer = pypdf.PdfWriter(clone_from=DOCUMENTS / "kk-news-digest.pdf")
    writer.encrypt("құпия")
    locked = tmp_path / "locked.pdf"
    writer.write(locked)
    with pytest.raises(EditionError, match="needs a password"):
        read(locked)


@pytest.mark.parametrize("suffix", [".fb2", ".fb2.zip"])
def test_fb2_sections_poems_epigraphs_notes_and_description(tmp_path: Path, suffix: str) -> None:
    path = DOCUMENTS / "kk-baiqonyr.fb2"
    if suffix == ".fb2.zip":
        path = tmp_path / "kk-baiqonyr.fb2.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.write(DOCUMENTS / "kk-baiqonyr.fb2", "kk-baiqonyr.fb2")
    edition = read(path)
    assert (edition.title, edition.author, edition.date) == (
        "Байқоңыр мен Бөген: екі очерк",
        "Massaget.kz редакциясы",
        "2024-05-06",
    )
    assert edition.cover is not None and edition.cover[1] == "image/png"
    # The book's epigraph opens it; each top-level section is a chapter, a nested section's title is spoken in it.
    assert [c.title for c in edition.chapters] == [
        "Байқоңыр мен Бөген: екі очерк",
        "Байқоңыр – әлемде жалғыз: тарихы, құпиясы және Юрий Гагарин",
        "Археологтар су астынан ежелгі жәдігерлерді тапты",
    ]
    epigraph, baiqonyr, bogen = texts(edition)
    assert epigraph == ["Сұр бұлт түсі суық қаптайды аспан,\nКүз болып, дымқыл тұман жерді басқан.", "Абай"]
    assert "Алғашқы айлақ неге Қазақстанда салынды?" in baiqonyr and "Massaget.kz" in baiqonyr
    assert VERSE.split("\n")[:4] == bogen[5].split("\n") and bogen[-2:] == ["Абай Құнанбайұлы", "1888"]
    assert not any("[1]" in p or "1955 жылы салына бастады" in p for p in baiqonyr)
    noted = texts(read(path, footnotes="read"))[1][1]
    assert noted.endswith("бекер айтпаса керек. Байқоңыр ғарыш айлағы 1955 жылы салына бастады.")


def test_a_saved_news_page_keeps_the_article_and_leaves_out_the_rest() -> None:
    edition = read(DOCUMENTS / "egemen-kz-337883-talgo.html")
    assert (edition.title, edition.author, edition.date) == (ARTICLE.paragraphs[0], "Егемен Қазақстан", "2023-03-16")
    assert texts(edition) == [ARTICLE.paragraphs]
    text = " ".join(ARTICLE.paragraphs)
    assert not [words for words in BOILERPLATE if words in text]


def test_a_url_is_fetched_once_and_failures_are_one_line(http_files: tuple[str, type]) -> None:
    base, handler = http_files
    handler.files["/kk/article/337883"] = (DOCUMENTS / "egemen-kz-337883-talgo.html").read_bytes()
    edition = read(Path(f"{base}/kk/article/337883"))
    assert texts(edition) == [ARTICLE.paragraphs]
    with pytest.raises(EditionError, match="HTTP 404"):
        read(Path(f"{base}/kk/article/missing"))


def test_an_unreachable_url_and_a_page_in_another_language_are_refused(tmp_path: Path) -> None:
    import socket

    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    result = run_cli("build", f"http://127.0.0.1:{port}/article", "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "cannot fetch the page" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    russian = (DOCUMENTS / "egemen-kz-337883-talgo.html").read_text("utf-8")
    for paragraph in ARTICLE.paragraphs:
        russian = russian.replace(
            paragraph, "Весной я всегда езжу в родное село. В этот раз я поехал на поезде, а не на самолёте."
        )
    page = tmp_path / "ru.html"
    page.write_text(russian, "utf-8")
    with pytest.raises(EditionError, match="not in Kazakh"):
        read(page)


@pytest.mark.parametrize(
    ("name", "message"),
    [("kk-news-digest.docx", "not a readable Word document"), ("kk-news-digest.odt", "not a readable OpenDocument"),
     ("book.epub", "not a readable EPUB"), ("kk-baiqonyr.fb2", "not a valid FictionBook")],
)  # fmt: skip
def test_a_file_cut_short_is_one_line(tmp_path: Path, docx_file: Path, name: str, message: str) -> None:
    source = {"kk-news-digest.docx": docx_file, "book.epub": _epub(tmp_path)}.get(name, DOCUMENTS / name)
    data = source.read_bytes()
    cut = tmp_path / "cut" / name
    cut.parent.mkdir()
    cut.write_bytes(data[: len(data) // 2])
    result = run_cli("build", str(cut), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def _epub(tmp_path: Path) -> Path:
    source = Path(__file__).parent / "data" / "epub-input"
    epub = tmp_path / "book.epub"
    with zipfile.ZipFile(epub, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for file in sorted(source.rglob("*")):
            if file.is_file():
                archive.write(file, file.relative_to(source).as_posix(), compress_type=zipfile.ZIP_DEFLATED)
    return epub


@pytest.mark.parametrize(
    ("text", "title"),
    [("# 7 алтын: Қазақстан бірінші\n\nАлбанияда өткен чемпионат.\n", "7 алтын: Қазақстан бірінші"),
     ("Албанияда өткен ауыр атлетикадан жасөспірімдер арасындағы әлем чемпионатында қазақстандық спортшылар 7 алтын,"
      " 2 күміс, 1 қола медаль жеңіп алды. Екінші сөйлем.\n",
      "Албанияда өткен ауыр атлетикадан жасөспірімдер арасындағы әлем чемпионатында қазақстандық спортшылар 7 алтын…"),
     ("Қысқа хабар. Екінші сөйлем.\n", "Қысқа хабар")],
)  # fmt: skip
def test_the_title_is_the_first_heading_else_the_first_sentence_not_the_file_name(
    tmp_path: Path, text: str, title: str
) -> None:
    path = tmp_path / "06-auyr-atletika.txt"
    path.write_text(text, "utf-8")
    assert read(path).title == title


BUILT_KINDS = ("docx", "pdf", "html", "fb2")


def _build_each_kind(folder: Path) -> None:
    docx = make_docx(folder / "kk-news-digest.docx")
    pdf = print_pdf(book_html(2), folder / "kk-news-digest.pdf", "Жинақ басы", outline=False)
    page = folder / "egemen-kz-337883-talgo.html"
    shutil.copy(DOCUMENTS / page.name, page)
    inputs = {"docx": docx, "pdf": pdf, "html": page, "fb2": DOCUMENTS / "kk-baiqonyr.fb2"}
    for kind in BUILT_KINDS:
        run_cli("build", str(inputs[kind]), "--out", str(folder / "out" / kind), "--quiet", check=True)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Our own check, re-run: a DOCX, a PDF printed by Chromium, a saved news page and an FB2 book, built and
    checked with the CLI as a user runs it."""
    folder = shared_build(tmp_path_factory, "each-kind", _build_each_kind)
    return {kind: folder / "out" / kind for kind in BUILT_KINDS}


@pytest.mark.parametrize(
    ("kind", "chapters"), [("docx", 4), ("pdf", 3), ("html", 1), ("fb2", 3)],
)  # fmt: skip
def test_each_kind_builds_an_edition_that_passes_check(built: dict[str, Path], kind: str, chapters: int) -> None:
    result = run_cli("check", str(built[kind]))
    assert result.returncode == 0, result.stdout + result.stderr
    index = json.loads((built[kind] / "index.json").read_text("utf-8"))
    assert len(index["chapters"]) == chapters
    text = "\n".join(p["text"] for c in index["chapters"] for p in c["paragraphs"])
    body = {"html": ARTICLE.paragraphs, "fb2": ["Биыл жыл басынан басталған қуаңшылықтың салдарынан қойманың арнасы"]}
    assert all(p in text for p in body.get(kind, [p for chapter in book() for p in chapter.paragraphs]))
    assert kind != "html" or not [words for words in BOILERPLATE if words in text]


def test_verse_line_breaks_go_through_index_epub_and_subtitles(built: dict[str, Path]) -> None:
    import srt
    import webvtt

    from tests.test_formats import epubcheck

    index = json.loads((built["fb2"] / "index.json").read_text("utf-8"))
    stanza = next(p for c in index["chapters"] for p in c["paragraphs"] if p["text"].startswith("Ақ киімді"))
    assert stanza["text"] == "\n".join(VERSE.split("\n")[:4])
    first = stanza["sentences"][0]
    assert first["text"] == "Ақ киімді, денелі, ақ сақалды,\nСоқыр, мылқау, танымас тірі жанды."
    assert [w["text"] for w in first["words"]][4:6] == ["сақалды", "Соқыр"]
    assert "0 fatals / 0 errors / 0 warnings" in epubcheck(built["fb2"] / "fb2.epub")
    cues = [cue.text for cue in webvtt.read(str(built["fb2"] / "fb2.vtt"))]
    assert "Ақ киімді, денелі, ақ сақалды, Соқыр, мылқау, танымас тірі жанды." in cues
    assert len(list(srt.parse((built["fb2"] / "fb2.srt").read_text("utf-8")))) == len(cues)
