"""EPUB 2/3: chapters from the spine in reading order, titles from headings or the table of contents, the cover."""

from __future__ import annotations

import posixpath
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

from tts_edition.document import ChapterText
from tts_edition.errors import EditionError
from tts_edition.ingest.clean import tidy_lines

_NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_XHTML = {"application/xhtml+xml", "text/html"}
_BLOCKS = {"p", "div", "li", "blockquote", "dd", "dt", "td", "th", "pre", "section", "article", "tr"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SKIPPED = {"head", "script", "style", "svg", "math", "rt", "rp"}


class _Item:
    def __init__(self, href: str, media_type: str, properties: str) -> None:
        self.href, self.media_type, self.properties = href, media_type, properties.split()


def read(path: Path) -> tuple[dict[str, str], list[ChapterText]]:
    with _open(path) as book:
        opf_path, opf = _package(book, path)
        items = _manifest(opf, opf_path)
        meta = _metadata(opf)
        labels = _toc_labels(book, items)
        chapters = []
        for itemref in opf.iterfind("opf:spine/opf:itemref", _NS):
            item = items.get(itemref.get("idref", ""))
            if item is None or item.media_type not in _XHTML or "nav" in item.properties:
                continue
            blocks = _Blocks.parse(_member(book, item.href, path).decode("utf-8", errors="replace"))
            chapters.append(_chapter(blocks, labels.get(item.href, "")))
    return meta, chapters


def _chapter(blocks: list[tuple[int, str]], label: str) -> ChapterText:
    """A spine document's blocks as a chapter: its first heading is the title (else its label in the table of
    contents), and the headings after it are sections as deep as they are below it."""
    top = next((level for level, _ in blocks if level), 0)
    title = next((text for level, text in blocks if level), label)
    chapter = ChapterText(title=title, paragraphs=[text for _, text in blocks])
    first = next((n for n, (level, _) in enumerate(blocks) if level), None)
    chapter.headings = {n: max(2, 1 + level - top) for n, (level, _) in enumerate(blocks) if level and n != first}
    return chapter


def read_cover(path: Path) -> tuple[bytes, str] | None:
    """The cover image the package names (EPUB 3 `cover-image`, or EPUB 2 `<meta name="cover">`)."""
    with _open(path) as book:
        opf_path, opf = _package(book, path)
        items = _manifest(opf, opf_path)
        cover = next((i for i in items.values() if "cover-image" in i.properties), None)
        if cover is None:
            meta = opf.find("opf:metadata/opf:meta[@name='cover']", _NS)
            cover = items.get(meta.get("content", "")) if meta is not None else None
        if cover is None or cover.media_type not in ("image/jpeg", "image/png"):
            return None
        return _member(book, cover.href, path), cover.media_type


def _open(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise EditionError(f"{path}: not a readable EPUB ({exc})") from None


def _member(book: zipfile.ZipFile, name: str, path: Path) -> bytes:
    try:
        return book.read(name)
    except KeyError:
        raise EditionError(f"{path}: the EPUB lists {name} but does not contain it") from None


def _package(book: zipfile.ZipFile, path: Path) -> tuple[str, ElementTree.Element]:
    try:
        container = ElementTree.fromstring(_member(book, "META-INF/container.xml", path))
        rootfile = container.find("c:rootfiles/c:rootfile", _NS)
        opf_path = rootfile.get("full-path", "") if rootfile is not None else ""
        return opf_path, ElementTree.fromstring(_member(book, opf_path, path))
    except ElementTree.ParseError as exc:
        raise EditionError(f"{path}: the EPUB's package files are not valid XML ({exc})") from None


def _manifest(opf: ElementTree.Element, opf_path: str) -> dict[str, _Item]:
    base = posixpath.dirname(opf_path)
    return {
        item.get("id", ""): _Item(
            posixpath.normpath(posixpath.join(base, unquote(item.get("href", "")))),
            item.get("media-type", ""),
            item.get("properties", ""),
        )
        for item in opf.iterfind("opf:manifest/opf:item", _NS)
    }


def _metadata(opf: ElementTree.Element) -> dict[str, str]:
    meta = {}
    for key, tag in (("title", "dc:title"), ("author", "dc:creator"), ("date", "dc:date")):
        element = opf.find(f"opf:metadata/{tag}", _NS)
        if element is not None and element.text and element.text.strip():
            meta[key] = " ".join(element.text.split())
    if "date" in meta:
        meta["date"] = meta["date"][:10]
    return meta


def _toc_labels(book: zipfile.ZipFile, items: dict[str, _Item]) -> dict[str, str]:
    """Document href → its label in the EPUB 3 navigation document."""
    nav = next((i for i in items.values() if "nav" in i.properties), None)
    if nav is None or nav.href not in book.namelist():
        return {}
    text = book.read(nav.href).decode("utf-8", errors="replace")
    labels: dict[str, str] = {}
    for href, label in re.findall(r'<a[^>]*href="([^"#]*)[^"]*"[^>]*>(.*?)</a>', text, re.S):
        target = posixpath.normpath(posixpath.join(posixpath.dirname(nav.href), unquote(href)))
        labels.setdefault(target, " ".join(re.sub(r"<[^>]+>", "", label).split()))
    return labels


class _Blocks(HTMLParser):
    """(heading level, or 0 for a paragraph; text) for each block of an XHTML document, in order; a line break
    inside a block (verse) is kept as "\n"."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str]] = []
        self._text: list[str] = []
        self._level = 0
        self._skipping = 0

    @classmethod
    def parse(cls, document: str) -> list[tuple[int, str]]:
        parser = cls()
        parser.feed(document)
        parser.close()
        parser._flush()
        return parser.blocks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag == "br":
            self._text.append("\n")
        elif tag in _BLOCKS or tag in _HEADINGS:
            self._flush()
            self._level = int(tag[1]) if tag in _HEADINGS else 0

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag != "br" and (tag in _BLOCKS or tag in _HEADINGS):
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._text.append(data.replace("\n", " "))  # a line break in the source is a space; <br/> is a line

    def _flush(self) -> None:
        text = tidy_lines("".join(self._text))
        if text:
            self.blocks.append((self._level, text))
        self._text = []
        self._level = 0
