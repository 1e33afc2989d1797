"""FictionBook 2 (.fb2, .fb2.zip): sections and their titles are chapters (nested sections are headings inside them),
a poem's stanzas are paragraphs whose lines (<v>) are kept, epigraphs and citations are read with their authors,
notes are left out or read at the end of the paragraph that refers to them; title, author, date and cover come
from the description."""

from __future__ import annotations

import base64
import binascii
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from tts_edition.document import ChapterText
from tts_edition.errors import EditionError
from tts_edition.ingest.dates import edition_date
from tts_edition.ingest.notice import notice
from tts_edition.ingest.outline import Block, chapters_from_blocks

_FB = "{http://www.gribuser.ru/xml/fictionbook/2.0}"
_HREF = "{http://www.w3.org/1999/xlink}href"
_COVER_TYPES = ("image/jpeg", "image/png")
_SPOKEN_LINES = {"p", "subtitle", "text-author", "date", "v"}  # each a paragraph of its own where it stands


def read(path: Path, read_notes: bool = False) -> tuple[dict[str, str], list[ChapterText]]:
    root = _root(path)
    bodies = root.findall(f"{_FB}body")
    main = [body for body in bodies if body.get("name") not in ("notes", "comments")]
    notes = {
        section.get("id", ""): " ".join(_plain(p) for p in section.findall(f"{_FB}p"))
        for body in bodies
        if body.get("name") in ("notes", "comments")
        for section in body.iter(f"{_FB}section")
    }
    reader = _Reader(notes if read_notes else {})
    for body in main:
        reader.container(body, depth=1)
    if reader.tables:
        notice(f"{path}: {reader.tables} table(s) skipped (tables are not read aloud)")
    title, chapters = chapters_from_blocks(reader.blocks)
    meta = _description(root)
    meta.setdefault("title", title)
    return {key: value for key, value in meta.items() if value}, chapters


def read_cover(path: Path) -> tuple[bytes, str] | None:
    root = _root(path)
    image = root.find(f"{_FB}description/{_FB}title-info/{_FB}coverpage/{_FB}image")
    target = (image.get(_HREF) or "").removeprefix("#") if image is not None else ""
    for binary in root.iter(f"{_FB}binary"):
        if binary.get("id") == target and binary.get("content-type") in _COVER_TYPES:
            try:
                return base64.b64decode(binary.text or "", validate=False), binary.get("content-type", "")
            except binascii.Error:
                return None
    return None


def _root(path: Path) -> ElementTree.Element:
    try:
        data = _zipped(path) if path.name.lower().endswith(".zip") else path.read_bytes()
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise EditionError(f"{path}: not a valid FictionBook file ({exc})") from None
    except OSError as exc:
        raise EditionError(f"{path}: cannot read ({exc.strerror})") from None
    if root.tag != f"{_FB}FictionBook":
        raise EditionError(f"{path}: not a FictionBook 2 file (its root element is not <FictionBook>)")
    return root


def _zipped(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as archive:
            names = [name for name in archive.namelist() if name.lower().endswith(".fb2")]
            if not names:
                raise EditionError(f"{path}: the archive holds no .fb2 file")
            return archive.read(names[0])
    except (zipfile.BadZipFile, EOFError) as exc:
        raise EditionError(f"{path}: not a readable zip archive, damaged or cut short ({exc})") from None


class _Reader:
    """Blocks from a body, in order: a section's title is a heading one level below its parent's."""

    def __init__(self, notes: dict[str, str]) -> None:
        self.notes = notes
        self.blocks: list[Block] = []
        self.tables = 0

    def container(self, element: ElementTree.Element, depth: int) -> None:
        for child in element:
            tag = child.tag.removeprefix(_FB)
            if tag == "title":
                self.blocks.append((depth, " ".join(self.text(p) for p in child.iter(f"{_FB}p"))))
            elif tag == "section":
                self.container(child, depth + 1)
            elif tag in ("epigraph", "cite", "annotation"):
                self.container(child, depth)
            elif tag == "poem":
                self.poem(child, depth)
            elif tag == "table":
                self.tables += 1
            elif tag in _SPOKEN_LINES:
                self.blocks.append((0, self.text(child)))

    def poem(self, poem: ElementTree.Element, depth: int) -> None:
        """A stanza is one paragraph, its lines kept; the poem's title, epigraph and author are paragraphs."""
        for child in poem:
            tag = child.tag.removeprefix(_FB)
            if tag == "stanza":
                lines = [self.text(v) for v in child if v.tag in (f"{_FB}v", f"{_FB}title", f"{_FB}subtitle")]
                self.blocks.append((0, "\n".join(line for line in lines if line.strip())))
            elif tag == "title":
                self.blocks.append((0, " ".join(self.text(p) for p in child.iter(f"{_FB}p"))))
            elif tag == "epigraph":
                self.container(child, depth)
            elif tag in _SPOKEN_LINES:
                self.blocks.append((0, self.text(child)))

    def text(self, element: ElementTree.Element) -> str:
        """Inline text; a note reference is left out, or its note follows the line."""
        parts = [element.text or ""]
        read = []
        for child in element:
            if child.tag == f"{_FB}a" and child.get("type") == "note":
                read += [self.notes[key]] if (key := (child.get(_HREF) or "").removeprefix("#")) in self.notes else []
            elif child.tag != f"{_FB}image":
                parts.append(self.text(child))
            parts.append(child.tail or "")
        return " ".join(["".join(parts), *read])


def _description(root: ElementTree.Element) -> dict[str, str]:
    info = root.find(f"{_FB}description/{_FB}title-info")
    if info is None:
        return {}
    author = info.find(f"{_FB}author")
    names = ("first-name", "middle-name", "last-name")
    date = info.find(f"{_FB}date")
    return {
        "title": _plain(info.find(f"{_FB}book-title")),
        "author": " ".join(" ".join(_plain(author.find(f"{_FB}{n}")) for n in names).split())
        if author is not None
        else "",
        "date": _readable_date((date.get("value") or _plain(date)) if date is not None else ""),
    }


def _readable_date(text: str) -> str:
    """The book's date when it is one this tool reads; a date written as free text ("1880-жылдар") is left out."""
    try:
        return edition_date(text)
    except EditionError:
        return ""


def _plain(element: ElementTree.Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""
