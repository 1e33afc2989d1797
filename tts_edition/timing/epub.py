"""EPUB 3 with media overlays: XHTML chapters with sentence ids, a SMIL overlay per chapter, the edition's MP3.

Overlays are sentence-level, or word-level when asked (`sync="word"`): then each written word is a span with an
id and has its own `<par>`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from tts_edition.atomic import atomic_path
from tts_edition.errors import EditionError
from tts_edition.metadata import from_index
from tts_edition.script.writing import Writing, arabic_css, text_attributes, writing
from tts_edition.timing.index import edition_script, paragraphs, part_pieces, spoken_heading
from tts_edition.timing.smil import clock, overlay_document, spoken_duration, word_id

ACTIVE_CLASS = "kk-speaking"
SYNC_LEVELS = ("sentence", "word")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DATE = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)  # the first time a zip entry can carry
_ZIP_END = datetime(2107, 12, 31, 23, 59, 58, tzinfo=UTC)  # and the last (its year has 7 bits, its seconds step by 2)
# Characters OCF forbids in file names ("?", ":"…) or that readers mishandle even when percent-encoded ("#", " ")
_NOT_PORTABLE = re.compile(r"[^\w.-]+")
_CSS = f"""body {{ font-family: serif; line-height: 1.5; margin: 1em; }}
h1 {{ font-size: 1.4em; }}
.{ACTIVE_CLASS} {{ background-color: #fff3a0; color: #000; }}
"""
_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
 <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
"""


def check_sync(sync: str) -> None:
    if sync not in SYNC_LEVELS:
        raise EditionError(f"unknown sync level '{sync}' (choose from {', '.join(SYNC_LEVELS)})")


def write_epub(
    path: Path, index: dict[str, Any], audio: Path, cover: tuple[bytes, str] | None = None, sync: str = "sentence"
) -> None:
    """Write the EPUB for `index`, whose audio is the file `audio`; `cover` is (image bytes, MIME type)."""
    check_sync(sync)
    words = sync == "word"
    audio_file = f"audio/{_NOT_PORTABLE.sub('_', audio.name)}"  # "Кітап #1?.mp3" is "Кітап_1_.mp3" inside
    audio_href = quote(audio_file)  # a URL: letters beyond ASCII percent-encoded
    css = _CSS + arabic_css(index["language"])
    files: list[tuple[str, str | bytes]] = [("META-INF/container.xml", _CONTAINER), ("EPUB/style.css", css)]
    for chapter in index["chapters"]:
        cid = chapter["id"]
        files.append((f"EPUB/text/{cid}.xhtml", _chapter_xhtml(index, chapter, words)))
        overlay = overlay_document([(chapter, f"../text/{cid}.xhtml")], f"../{audio_href}", words)
        files.append((f"EPUB/smil/{cid}.smil", overlay))
    files.append(("EPUB/nav.xhtml", _nav(index)))
    cover_item = None
    if cover:
        data, mime = cover
        cover_item = ("cover.png" if mime == "image/png" else "cover.jpg", mime)
        files.append((f"EPUB/{cover_item[0]}", data))
    made = edition_time(index)
    files.append(("EPUB/package.opf", _package(index, audio_href, cover_item, made)))
    with atomic_path(path) as tmp, zipfile.ZipFile(tmp, "w") as book:
        book.writestr(_entry("mimetype", made, zipfile.ZIP_STORED), "application/epub+zip")
        for name, content in files:
            book.writestr(_entry(name, made, zipfile.ZIP_DEFLATED), content)
        sound = _entry(f"EPUB/{audio_file}", made, zipfile.ZIP_STORED)
        sound.file_size = audio.stat().st_size  # so that zipfile knows ahead whether it needs Zip64
        with audio.open("rb") as source, book.open(sound, "w") as target:
            shutil.copyfileobj(source, target, 1 << 20)


def edition_time(index: dict[str, Any]) -> datetime:
    """When the edition was made, from the input alone: SOURCE_DATE_EPOCH when set, else the edition's date
    (its year, month and day as far as given), else the zip format's first day. Never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        if not epoch.strip().isdigit():
            raise EditionError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not '{epoch}'")
        return datetime.fromtimestamp(int(epoch), UTC)
    found = _DATE.match(index.get("date") or "")
    if not found:
        return _ZIP_EPOCH
    try:
        return datetime(*(int(part or 1) for part in found.groups()), tzinfo=UTC)
    except ValueError:  # a month or day out of range: not a date after all
        return _ZIP_EPOCH


def _entry(name: str, made: datetime, compression: int) -> zipfile.ZipInfo:
    """A zip entry dated `made`, held within the years zip can carry (the package keeps the edition's own date)."""
    entry = zipfile.ZipInfo(name, date_time=min(max(made, _ZIP_EPOCH), _ZIP_END).timetuple()[:6])
    entry.compress_type = compression
    entry.external_attr = 0o644 << 16
    return entry


def _writing(index: dict[str, Any]) -> Writing:
    return writing(index["language"], edition_script(index))


def _differs(index: dict[str, Any], text: str) -> str:
    return text_attributes(index["language"], edition_script(index), text, xml=True)


def _xhtml(index: dict[str, Any], title: str, body: str, stylesheet: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
        f"{_writing(index).attributes(xml=True)}>\n"
        f'<head><meta charset="UTF-8"/><title>{_text(title)}</title>'
        f'<link rel="stylesheet" type="text/css" href="{stylesheet}"/></head>\n'
        f"<body>\n{body}</body>\n</html>\n"
    )


def _chapter_xhtml(index: dict[str, Any], chapter: dict[str, Any], words: bool) -> str:
    blocks = []
    heading = spoken_heading(chapter)
    if not heading:
        blocks.append(f"<h1{_differs(index, chapter['title'])}>{_text(chapter['title'])}</h1>")
    for paragraph in chapter["paragraphs"]:
        tag = "h1" if paragraph is heading else f"h{min(6, paragraph['heading'])}" if paragraph.get("heading") else "p"
        spans = " ".join(_sentence(index, s, words) for s in paragraph["sentences"])
        blocks.append(f'<{tag} id="{paragraph["id"]}"{_differs(index, paragraph["text"])}>{spans}</{tag}>')
    body = f'<section id="{chapter["id"]}" epub:type="chapter">\n' + "\n".join(blocks) + "\n</section>\n"
    return _xhtml(index, chapter["title"], body, "../style.css")


def _sentence(index: dict[str, Any], sentence: dict[str, Any], words: bool) -> str:
    """A sentence's span (its written words' spans too, for word overlays); a part in another language than the
    edition's (a Russian quote) carries its `xml:lang`."""
    groups = part_pieces(sentence)
    if len(groups) == 1:
        ((reader, pieces),) = groups
        return f'<span id="{sentence["id"]}"{_lang(index, reader)}>{_pieces(sentence, pieces, words)}</span>'
    body = "".join(
        f"<span{lang}>{_pieces(sentence, pieces, words)}</span>" if (lang := _lang(index, part)) else
        _pieces(sentence, pieces, words)
        for part, pieces in groups
    )  # fmt: skip
    return f'<span id="{sentence["id"]}">{body}</span>'


def _pieces(sentence: dict[str, Any], pieces: list[tuple[str, int | None]], words: bool) -> str:
    return "".join(
        f'<span id="{word_id(sentence, n)}">{_text(text)}</span>'
        if words and n is not None
        else _text(text).replace("\n", "<br/>")  # a verse line's end
        for text, n in pieces
    )


def _lang(index: dict[str, Any], reader: dict[str, Any]) -> str:
    lang = reader.get("lang")
    return f' xml:lang="{lang}" lang="{lang}"' if lang and lang != index["language"] else ""


def _nav(index: dict[str, Any]) -> str:
    items = "".join(
        f'<li{_differs(index, c["title"])}><a href="text/{c["id"]}.xhtml#{c["id"]}">{_text(c["title"])}</a></li>\n'
        for c in index["chapters"]
    )
    body = f'<nav epub:type="toc" id="toc"><h1>{_text(index["title"])}</h1>\n<ol>\n{items}</ol></nav>\n'
    return _xhtml(index, index["title"], body, "style.css")


def _package(index: dict[str, Any], audio_href: str, cover: tuple[str, str] | None, made: datetime) -> str:
    durations = {c["id"]: round(spoken_duration(c) * 1000) / 1000 for c in index["chapters"]}
    meta = [
        f'<dc:identifier id="uid">urn:uuid:{_identifier(index)}</dc:identifier>',
        f"<dc:title>{_text(index['title'])}</dc:title>",
        f"<dc:language>{_writing(index).lang}</dc:language>",
        f'<meta property="dcterms:modified">{made.strftime("%Y-%m-%dT%H:%M:%SZ")}</meta>',
        f'<meta property="media:duration">{clock(sum(durations.values()))}</meta>',
        f'<meta property="media:active-class">{ACTIVE_CLASS}</meta>',
        f'<meta property="media:narrator">{_text(index["voice"]["id"])}</meta>',
        *(f'<meta property="media:duration" refines="#smil-{cid}">{clock(d)}</meta>' for cid, d in durations.items()),
    ]
    meta[2:2] = _book_metadata(index)
    if index.get("date"):
        meta.insert(2, f"<dc:date>{_text(index['date'])}</dc:date>")
    items = [
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        '<item id="css" href="style.css" media-type="text/css"/>',
        f'<item id="audio" href={quoteattr(audio_href)} media-type="audio/mpeg"/>',
    ]
    for cid in durations:
        items.append(
            f'<item id="{cid}" href="text/{cid}.xhtml" media-type="application/xhtml+xml" media-overlay="smil-{cid}"/>'
        )
        items.append(f'<item id="smil-{cid}" href="smil/{cid}.smil" media-type="application/smil+xml"/>')
    if cover:
        items.append(f'<item id="cover" href="{cover[0]}" media-type="{cover[1]}" properties="cover-image"/>')
    spine = "".join(f'<itemref idref="{cid}"/>' for cid in durations)
    direction = ' page-progression-direction="rtl"' if _writing(index).dir == "rtl" else ""
    nl = "\n  "
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid"'
        f' xml:lang="{_writing(index).lang}">\n'
        f' <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n  {nl.join(meta)}\n </metadata>\n'
        f" <manifest>\n  {nl.join(items)}\n </manifest>\n"
        f" <spine{direction}>{spine}</spine>\n</package>\n"
    )


def _book_metadata(index: dict[str, Any]) -> list[str]:
    """Authors and the narrator with their MARC relator roles, publisher, ISBN, description, rights, subject and
    series (EPUB 3 `belongs-to-collection`) from the index's `metadata` (an older index: its author alone)."""
    found = from_index(index)
    elements = []
    people = [(name, "aut", "dc:creator") for name in found.authors]
    people += [(found.narrator, "nrt", "dc:contributor")] if found.narrator else []
    for n, (name, role, tag) in enumerate(people, 1):
        elements += [f'<{tag} id="person{n}">{_text(name)}</{tag}>',
                     f'<meta refines="#person{n}" property="role" scheme="marc:relators">{role}</meta>']  # fmt: skip
    elements += [f"<dc:{tag}>{_text(value)}</dc:{tag}>" for tag, value in (
        ("publisher", found.publisher), ("description", found.description), ("rights", found.copyright),
        ("subject", found.genre)) if value]  # fmt: skip
    if found.isbn:
        elements.append(f'<dc:identifier id="isbn">urn:isbn:{found.isbn}</dc:identifier>')
    if found.series:
        elements += ['<meta property="belongs-to-collection" id="series">' f"{_text(found.series)}</meta>",
                     '<meta refines="#series" property="collection-type">series</meta>']  # fmt: skip
        if found.series_number:
            elements.append(f'<meta refines="#series" property="group-position">{found.series_number}</meta>')
    return elements


def _identifier(index: dict[str, Any]) -> uuid.UUID:
    """The edition's own, from what it is: title, author, date, voice, and every paragraph's text and spoken hash.
    Editions that share a title differ; a rebuild of the same edition keeps it."""
    texts = [[p["text"], p["hash"]] for p in paragraphs(index)]
    content = json.dumps([index["title"], index.get("author"), index.get("date"), index["voice"], texts])
    return uuid.uuid5(uuid.NAMESPACE_URL, f"tts-edition:{hashlib.sha256(content.encode()).hexdigest()}")


def _text(text: str) -> str:
    return escape(_XML_ILLEGAL.sub("", text))
