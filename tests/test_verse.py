"""Verse keeps its lines (one paragraph per stanza, each line shown and followed by a pause) and sections are
headings, from Markdown and from EPUB input, in the index, the reader page and the EPUB."""

import functools
import itertools
import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import run_cli, shared_build
from tts_edition.audio.encode import decode
from tts_edition.timing.index import paragraphs, sentences

STANZA = ("Ақ киімді, денелі, ақ сақалды,", "Соқыр, мылқау, танымас тірі жанды.",
          "Үсті-басы ақ қырау, түсі суық,", "Басқан жері сықырлап келіп қалды.")  # fmt: skip
POEM_MD = f"""---
title: Өлеңдер
---
# Қыс

## Бірінші шумақ

{STANZA[0] + "  "}
{STANZA[1]}\\
{STANZA[2]}<br>
{STANZA[3]}

Екінші абзац жай проза.

# Жаз

Жаз туралы бір сөйлем.
"""


def poem_epub(path: Path) -> Path:
    """An EPUB 3 whose poem is set as publishers set one: a stanza a paragraph, its lines apart by <br/>."""
    lines = "<br/>\n".join(STANZA)
    chapter = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="kk"><head>'
        f"<title>Қыс</title></head><body><h1>Қыс</h1><h2>Бірінші шумақ</h2><p>{lines}</p>"
        "<p>Екінші абзац жай проза.</p></body></html>"
    )
    package = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
        'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x'
        "</dc:identifier><dc:title>Өлеңдер</dc:title><dc:language>kk</dc:language></metadata><manifest>"
        '<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest><spine>'
        '<itemref idref="c1"/></spine></package>'
    )
    container = (
        '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", container)
        book.writestr("OEBPS/content.opf", package)
        book.writestr("OEBPS/c1.xhtml", chapter)
    return path


def _build_poem(kind: str, folder: Path) -> None:
    source = folder / "poem.md"
    if kind == "md":
        source.write_text(POEM_MD, encoding="utf-8")
    else:
        source = poem_epub(folder / "poem.epub")
    result = run_cli("build", str(source), "--out", str(folder / "out"), "--cache-dir", str(folder / "cache"))
    assert result.returncode == 0, result.stderr
    checked = run_cli("check", str(folder / "out"))
    assert checked.returncode == 0, checked.stdout


@pytest.fixture(scope="session", params=["md", "epub"])
def poem(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    kind = request.param
    return shared_build(tmp_path_factory, f"poem-{kind}", functools.partial(_build_poem, kind)) / "out"


def index_of(out: Path) -> dict:
    return json.loads((out / "index.json").read_text(encoding="utf-8"))


def test_a_stanza_is_one_paragraph_with_its_lines(poem: Path) -> None:
    index = index_of(poem)
    stanza = next(p for p in paragraphs(index) if p["text"].startswith(STANZA[0]))
    assert stanza["text"] == "\n".join(STANZA)
    assert [s["text"] for s in stanza["sentences"]] == ["\n".join(STANZA[:2]), "\n".join(STANZA[2:])]
    assert "\\" not in stanza["text"] and "<br" not in stanza["text"]  # the marks of the line ends are gone


def test_each_line_ends_with_a_pause_inside_its_sentence(poem: Path) -> None:
    first = next(s for s in sentences(index_of(poem)) if s["text"].startswith(STANZA[0]))
    words = first["words"]
    end_of_line = next(n for n, w in enumerate(words) if w["text"] == "сақалды")
    gaps = [b["start"] - a["end"] for a, b in itertools.pairwise(words)]
    assert gaps[end_of_line] >= 0.3 and max(gaps[:end_of_line] + gaps[end_of_line + 1 :]) < 0.3


def test_a_section_is_a_heading_read_aloud(poem: Path) -> None:
    index = index_of(poem)
    section = next(p for p in paragraphs(index) if p["text"] == "Бірінші шумақ")
    assert section["heading"] == 2 and section["end"] > section["start"]
    page = (poem / "index.html").read_text(encoding="utf-8")
    assert f'<h3 class="paragraph" id="{section["id"]}"' in page
    assert "сақалды</span>,<br><span" in page
    name = next(p.name for p in poem.glob("*.epub"))
    with zipfile.ZipFile(poem / name) as epub:
        chapter = epub.read("EPUB/text/c01.xhtml").decode()
    assert f'<h2 id="{section["id"]}">' in chapter and "сақалды,<br/>Соқыр" in chapter


def test_preview_is_the_excerpt_with_every_setting(tmp_path: Path) -> None:
    """Chapter 2's first paragraph as the full build reads it: the same cache, the same length."""
    source = tmp_path / "poem.md"
    source.write_text(POEM_MD, encoding="utf-8")
    (tmp_path / "edition.toml").write_text("speed = 1.25\n[pauses]\nparagraph = 1.0\n", encoding="utf-8")
    cache = str(tmp_path / "cache")
    assert run_cli("build", str(source), "--out", str(tmp_path / "full"), "--cache-dir", cache).returncode == 0
    result = run_cli("preview", str(source), "--chapter", "2", "--paragraphs", "2", "--out",
                     str(tmp_path / "preview.mp3"), "--cache-dir", cache)  # fmt: skip
    assert result.returncode == 0 and result.stdout.strip() == str(tmp_path / "preview.mp3"), result.stderr
    chapter = index_of(tmp_path / "full")["chapters"][1]["paragraphs"]
    pauses = 0.5 + 1.0 + 1.0  # lead-in, between the paragraphs, tail
    expected = sum(p["end"] - p["start"] for p in chapter[:2]) + pauses
    assert len(decode(tmp_path / "preview.mp3")) / 22050 == pytest.approx(expected, abs=0.06)
    refused = run_cli("preview", str(source), "--chapter", "9")
    assert refused.returncode == 2 and "chapter 9: the text has chapters 1 to 2" in refused.stderr
