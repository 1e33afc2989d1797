"""OpenDocument text (.odt), read from its XML (content.xml and meta.xml) with the same rules as Word documents:
headings by outline level (the Title style above them), line breaks kept, notes left out or read at the end of
their paragraph, tables skipped with a notice."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from tts_edition.document import ChapterText
from tts_edition.errors import EditionError
from tts_edition.ingest.notice import notice
from tts_edition.ingest.outline import Block, chapters_from_blocks

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_META = {"title": "{http://purl.org/dc/elements/1.1/}title", "author": "{http://purl.org/dc/elements/1.1/}creator"}
_INITIAL_CREATOR = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}initial-creator"
_CONTAINERS = {f"{_TEXT}section", f"{_TEXT}list", f"{_TEXT}list-item", f"{_TEXT}list-header"}


def read(path: Path, read_notes: bool = False) -> tuple[dict[str, str], list[ChapterText]]:
    content, meta_root = _parts(path)
    titles = _title_styles(content)
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    blocks: list[Block] = []
    tables = _walk(body if body is not None else content, titles, read_notes, blocks)
    if tables:
        notice(f"{path}: {tables} table(s) skipped (tables are not read aloud)")
    title, chapters = chapters_from_blocks(blocks)
    meta = {key: _plain(meta_root.find(f"{_OFFICE}meta/{tag}")) for key, tag in _META.items()}
    meta["author"] = meta["author"] or _plain(meta_root.find(f"{_OFFICE}meta/{_INITIAL_CREATOR}"))
    meta["title"] = meta["title"] or title
    return {key: value for key, value in meta.items() if value}, chapters


def _parts(path: Path) -> tuple[ElementTree.Element, ElementTree.Element]:
    try:
        with zipfile.ZipFile(path) as package:
            content = ElementTree.fromstring(package.read("content.xml"))
            names = package.namelist()
            meta = ElementTree.fromstring(package.read("meta.xml")) if "meta.xml" in names else ElementTree.Element("m")
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, EOFError) as exc:
        raise EditionError(f"{path}: not a readable OpenDocument text, damaged or cut short ({exc})") from None
    except OSError as exc:
        raise EditionError(f"{path}: cannot read ({exc.strerror})") from None
    return content, meta


def _title_styles(content: ElementTree.Element) -> set[str]:
    """The Title paragraph style and the automatic styles made from it."""
    titles = {"Title"}
    for style in content.iter(f"{_STYLE}style"):
        if style.get(f"{_STYLE}parent-style-name") in titles:
            titles.add(style.get(f"{_STYLE}name", ""))
    return titles


def _walk(element: ElementTree.Element, titles: set[str], read_notes: bool, blocks: list[Block]) -> int:
    """Append the blocks under `element` (a table of contents or index is left out); returns how many tables were
    skipped."""
    tables = 0
    for child in element:
        if child.tag == f"{_TEXT}h":
            blocks.append((int(child.get(f"{_TEXT}outline-level", "1")) + 1, _text(child, read_notes)))
        elif child.tag == f"{_TEXT}p":
            level = 1 if child.get(f"{_TEXT}style-name") in titles else 0
            blocks.append((level, _text(child, read_notes)))
        elif child.tag == f"{_TABLE}table":
            tables += 1
        elif child.tag in _CONTAINERS:
            tables += _walk(child, titles, read_notes, blocks)
    return tables


def _text(paragraph: ElementTree.Element, read_notes: bool) -> str:
    """The paragraph's text with its line breaks; its notes, when read, follow it."""
    parts: list[str] = []
    notes: list[str] = []

    def collect(element: ElementTree.Element) -> None:
        for child in element:
            if child.tag == f"{_TEXT}note":
                body = child.find(f"{_TEXT}note-body")
                notes.extend(_text(p, False) for p in (body if body is not None and read_notes else []))
            elif child.tag == f"{_TEXT}line-break":
                parts.append("\n")
            elif child.tag in (f"{_TEXT}s", f"{_TEXT}tab"):
                parts.append(" ")
            elif not child.tag.startswith("{urn:oasis:names:tc:opendocument:xmlns:drawing"):
                parts.append(child.text or "")
                collect(child)
            parts.append(child.tail or "")

    parts.append(paragraph.text or "")
    collect(paragraph)
    return " ".join(["".join(parts), *notes])


def _plain(element: ElementTree.Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""
