"""Word documents (.docx), opened with python-docx: headings (Title, Heading 1, 2, … and any paragraph with an outline
level) are chapters and sections, a line break inside a paragraph is kept (verse), footnotes are left out or read
at the end of their paragraph, tables are skipped with a notice, title and author come from the document's
properties."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from tts_edition.document import ChapterText
from tts_edition.errors import EditionError
from tts_edition.ingest.notice import notice
from tts_edition.ingest.outline import Block, chapters_from_blocks

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_BODY_TEXT_LEVEL = 9  # w:outlineLvl 9 is body text; 0–8 are heading levels


def read(path: Path, read_notes: bool = False) -> tuple[dict[str, str], list[ChapterText]]:
    document = _open(path)
    notes = _footnotes(document) if read_notes else {}
    blocks: list[Block] = []
    tables = 0
    for element in _content(document.element.body):
        if element.tag == f"{_W}tbl":
            tables += 1
        else:
            text = _text(element, notes)
            if text.strip():
                blocks.append((_level(element, document), text))
    if tables:
        notice(f"{path}: {tables} table(s) skipped (tables are not read aloud)")
    title, chapters = chapters_from_blocks(blocks)
    properties = document.core_properties
    meta = {"title": properties.title or title, "author": properties.author}
    return {key: " ".join(value.split()) for key, value in meta.items() if value and value.strip()}, chapters


def _open(path: Path) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError) as exc:
        raise EditionError(f"{path}: not a readable Word document, damaged or cut short ({exc})") from None
    except OSError as exc:
        raise EditionError(f"{path}: cannot read ({exc.strerror})") from None


def _content(body: Any) -> list[Any]:
    """Paragraphs and tables in order, inside content controls too; a table of contents is left out."""
    out = []
    for element in body.iterchildren():
        if element.tag in (f"{_W}p", f"{_W}tbl"):
            out.append(element)
        elif element.tag == f"{_W}sdt" and not element.xpath(".//w:docPartGallery[contains(@w:val, 'Contents')]"):
            content = element.find(f"{_W}sdtContent")
            out += _content(content) if content is not None else []
    return out


def _level(paragraph: Any, document: Any) -> int:
    """Heading level from 1 (the Title style), 2 (Heading 1 or outline level 1), … ; 0 for body text."""
    from docx.text.paragraph import Paragraph

    style = Paragraph(paragraph, document.part).style
    own = paragraph.find(f"{_W}pPr/{_W}outlineLvl")
    if own is not None:
        return _outline(own)
    while style is not None:
        if style.name and style.name.lower() == "title":
            return 1
        defined = style.element.find(f"{_W}pPr/{_W}outlineLvl")
        if defined is not None:
            return _outline(defined)
        if style.name and style.name.lower().startswith("heading ") and style.name[8:].isdigit():
            return int(style.name[8:]) + 1
        style = style.base_style
    return 0


def _outline(element: Any) -> int:
    level = int(element.get(f"{_W}val", _BODY_TEXT_LEVEL))
    return 0 if level >= _BODY_TEXT_LEVEL else level + 2


def _text(paragraph: Any, notes: dict[str, str]) -> str:
    """The paragraph's text with its line breaks; the footnotes it refers to, when read, follow it."""
    parts: list[str] = []
    read_notes: list[str] = []
    for element in paragraph.iter(f"{_W}t", f"{_W}br", f"{_W}cr", f"{_W}tab", f"{_W}footnoteReference"):
        if element.tag == f"{_W}t":
            parts.append(element.text or "")
        elif element.tag == f"{_W}footnoteReference":
            read_notes += [notes[element.get(f"{_W}id")]] if element.get(f"{_W}id") in notes else []
        elif element.tag == f"{_W}tab" or element.get(f"{_W}type") == "page":
            parts.append(" ")
        else:
            parts.append("\n")
    return " ".join(["".join(parts), *read_notes])


def _footnotes(document: Any) -> dict[str, str]:
    """Footnote id → its text."""
    from lxml import etree

    try:
        part = document.part.part_related_by(_FOOTNOTES)
    except KeyError:
        return {}
    root = etree.fromstring(part.blob)
    return {
        note.get(f"{_W}id"): " ".join(_text(p, {}) for p in note.iter(f"{_W}p")).strip()
        for note in root.iter(f"{_W}footnote")
        if note.get(f"{_W}type") in (None, "normal")
    }
