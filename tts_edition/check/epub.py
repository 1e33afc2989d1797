"""The EPUB, read as a reading system reads it: a whole zip with the mimetype first and stored, the container
pointing at the package, every manifest item there and well-formed, and each media overlay's text and audio
references present, its clips the index's sentence (or word) times inside the edition's audio. epubcheck, when
installed, judges it as stores do; this runs either way."""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote, urldefrag
from xml.etree import ElementTree

from tts_edition.check.epubcheck import EpubcheckRun
from tts_edition.check.finding import Finding
from tts_edition.timing.index import written_files
from tts_edition.timing.smil import overlay_clips

_MIMETYPE = b"application/epub+zip"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_SMIL = "{http://www.w3.org/ns/SMIL}"
_SMIL_TYPE = "application/smil+xml"
_PARSED = {"application/xhtml+xml", _SMIL_TYPE}


class EpubProblem(Exception):
    """The first thing found wrong with the EPUB."""


class Item(NamedTuple):
    """A manifest item: its path in the zip, media type, and the id of its media overlay if any."""

    path: str
    media_type: str
    overlay: str


@dataclass(frozen=True)
class Clip:
    """One `<par>` of an overlay: the document and element shown, the audio file and its span in milliseconds."""

    document: str
    target: str
    audio: str
    begin_ms: int
    end_ms: int


def epub_findings(build_dir: Path, index: dict[str, Any], epubcheck: EpubcheckRun | None) -> list[Finding]:
    files = written_files(index)
    epub, mp3 = build_dir / files["epub"], build_dir / files["mp3"]
    try:
        finding = Finding("epub", True, f"{epub.name}: {_structure(epub, mp3, index)}")
    except FileNotFoundError as exc:
        finding = Finding("epub", False, f"{Path(exc.filename or epub).name} is missing")
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        finding = Finding("epub", False, f"{epub.name}: not a whole zip archive ({exc})")
    except EpubProblem as exc:
        finding = Finding("epub", False, f"{epub.name}: {exc}")
    if epubcheck:
        return [finding, epubcheck.finding()]
    if epub.is_file():
        finding = replace(finding, detail=f"{finding.detail}; epubcheck is not installed")
    return [finding]


def _structure(epub: Path, mp3: Path, index: dict[str, Any]) -> str:
    with zipfile.ZipFile(epub) as book:
        damaged = book.testzip()  # reads every member against its CRC-32
        if damaged:
            raise EpubProblem(f"{damaged} is damaged (its CRC-32 does not match)")
        _check_mimetype(book)
        package_path = _package_path(book)
        package = _xml(book, package_path)
        items = _manifest(package, package_path, set(book.namelist()))
        documents = {item.path: _xml(book, item.path) for item in items.values() if item.media_type in _PARSED}
        overlays = _spine_overlays(package, items)
        clips = [clip for overlay in overlays for clip in _clips(documents[overlay], overlay)]
        _check_references(book, clips, documents, mp3)
    _check_times(clips, index)
    return (
        f"{len(items)} manifest items present, {len(documents)} XHTML and SMIL documents well-formed, {len(clips)}"
        " overlay clips at the index's times, their text and audio present"
    )


def _check_mimetype(book: zipfile.ZipFile) -> None:
    first = book.infolist()[0] if book.infolist() else None
    if not first or first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
        raise EpubProblem("the first member is not the mimetype file, stored uncompressed")
    if book.read(first) != _MIMETYPE:
        raise EpubProblem(f"the mimetype file does not hold {_MIMETYPE.decode()}")


def _package_path(book: zipfile.ZipFile) -> str:
    rootfile = _xml(book, "META-INF/container.xml").find(f".//{_CONTAINER}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        raise EpubProblem("META-INF/container.xml names no package document")
    return rootfile.get("full-path", "")


def _manifest(package: ElementTree.Element, package_path: str, members: set[str]) -> dict[str, Item]:
    """The manifest's items by id; every one must be in the zip."""
    items = {}
    for entry in package.iter(f"{_OPF}item"):
        item = Item(_resolve(package_path, entry.get("href", "")), entry.get("media-type", ""),
                    entry.get("media-overlay", ""))  # fmt: skip
        if item.path not in members:
            raise EpubProblem(f"the manifest lists {item.path}, which is not in the book")
        items[entry.get("id", "")] = item
    return items


def _spine_overlays(package: ElementTree.Element, items: dict[str, Item]) -> list[str]:
    """The media overlay of each spine document, in reading order."""
    overlays = []
    for itemref in package.iter(f"{_OPF}itemref"):
        document = items.get(itemref.get("idref", ""))
        if document is None:
            raise EpubProblem(f"the spine lists {itemref.get('idref')!r}, which the manifest does not")
        overlay = items.get(document.overlay)
        if overlay is None or overlay.media_type != _SMIL_TYPE:
            raise EpubProblem(f"{document.path} has no media overlay in the manifest")
        overlays.append(overlay.path)
    return overlays


def _clips(overlay: ElementTree.Element, path: str) -> Iterator[Clip]:
    for par in overlay.iter(f"{_SMIL}par"):
        text, audio = par.find(f"{_SMIL}text"), par.find(f"{_SMIL}audio")
        if text is None or audio is None:
            raise EpubProblem(f"{path}: a <par> without its <text> and <audio>")
        document, target = urldefrag(text.get("src", ""))
        begin, end = (_clock_ms(audio.get(name, ""), path) for name in ("clipBegin", "clipEnd"))
        yield Clip(_resolve(path, document), target, _resolve(path, audio.get("src", "")), begin, end)


def _check_references(
    book: zipfile.ZipFile, clips: list[Clip], documents: dict[str, ElementTree.Element], mp3: Path
) -> None:
    ids = {path: {e.get("id") for e in root.iter()} for path, root in documents.items()}
    for clip in clips:
        if clip.target not in ids.get(clip.document, ()):
            raise EpubProblem(f"an overlay shows {clip.document}#{clip.target}, which is not there")
    for audio in {clip.audio for clip in clips}:
        try:
            info = book.getinfo(audio)
        except KeyError:
            raise EpubProblem(f"the overlays play {audio}, which is not in the book") from None
        if (info.file_size, info.CRC) != (mp3.stat().st_size, _crc32(mp3)):
            raise EpubProblem(f"{audio} is not the edition's {mp3.name}")


def _check_times(clips: list[Clip], index: dict[str, Any]) -> None:
    """The clips are the index's sentences (or written words) in the index's order, inside its duration (the
    `duration` check proves the edition's MP3, which the EPUB carries, decodes to it)."""
    found = [(c.target, c.begin_ms, c.end_ms) for c in clips]
    levels = [
        [(target, _ms(start), _ms(end)) for chapter in index["chapters"] for target, start, end in
         overlay_clips(chapter, words)]
        for words in (False, True)
    ]  # fmt: skip
    if found in levels:
        late = next((c for c in clips if c.end_ms > _ms(index["duration"])), None)
        if late:
            raise EpubProblem(f"the clip of {late.target} ends after the audio ({index['duration']:.3f} s)")
        return
    expected = levels[0] if len(found) == len(levels[0]) else levels[1]
    if len(found) != len(expected):
        raise EpubProblem(f"{len(found)} overlay clips for {len(levels[0])} sentences ({len(levels[1])} words)")
    wrong, wanted = next((f, e) for f, e in zip(found, expected, strict=True) if f != e)
    raise EpubProblem(f"an overlay clip (element, ms) {wrong} is not the index's {wanted}")


def _xml(book: zipfile.ZipFile, path: str) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(book.read(path))
    except KeyError:
        raise EpubProblem(f"{path} is not in the book") from None
    except ElementTree.ParseError as exc:
        raise EpubProblem(f"{path} is not well-formed XML ({exc})") from None


def _resolve(base: str, href: str) -> str:
    """A relative URL in the zip member `base`, as the zip path it names."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), unquote(href)))


def _clock_ms(value: str, path: str) -> int:
    """A SMIL clock value (h:mm:ss.fff, mm:ss.fff, or seconds with an optional unit) in milliseconds."""
    try:
        if ":" in value:
            seconds = 0.0
            for part in value.split(":"):
                seconds = seconds * 60 + float(part)
            return _ms(seconds)
        for unit, scale in (("ms", 0.001), ("min", 60), ("h", 3600), ("s", 1)):
            if value.endswith(unit):
                return _ms(float(value.removesuffix(unit)) * scale)
        return _ms(float(value))
    except ValueError:
        raise EpubProblem(f"{path}: {value!r} is not a clock value") from None


def _crc32(path: Path) -> int:
    crc = 0
    with path.open("rb") as file:
        while block := file.read(1 << 20):
            crc = zlib.crc32(block, crc)
    return crc


def _ms(seconds: float) -> int:
    return round(seconds * 1000)
