"""Rich Text Format (.rtf), with the same rules as Word documents. striprtf turns RTF into text (code pages, Unicode,
destinations); before it runs, the control words that carry structure are swapped for private-use characters it
lets through: a heading style or outline level, a line break inside a paragraph, a table cell's paragraph, a note."""

from __future__ import annotations

import re
from pathlib import Path

from tts_edition.document import ChapterText
from tts_edition.errors import EditionError
from tts_edition.ingest.notice import notice
from tts_edition.ingest.outline import Block, chapters_from_blocks
from tts_edition.ingest.textfile import read_text

_HEADING = 0xE000  # + level: the paragraph is a heading of that level
_LINE, _CELL, _NOTE = "\ue100", "\ue101", "\ue102"
_STYLE_ENTRY = re.compile(r"\{([^{}]*);\}")
_STYLE_NUMBER = re.compile(r"\\s(\d+)(?![\d])")
_STYLE_OUTLINE = re.compile(r"\\outlinelevel(\d)")
_CONTROL = re.compile(r"\\[a-zA-Z]+-?\d* ?|\\'[0-9a-fA-F]{2}|\\\*")
_HEADING_NAME = re.compile(r"^(?:heading|заголовок|тақырып)\s*(\d)$", re.I)
_INFO = {"title": re.compile(r"\{\\title\s"), "author": re.compile(r"\{\\author\s")}


def read(path: Path, read_notes: bool = False) -> tuple[dict[str, str], list[ChapterText]]:
    source = read_text(path)
    if not source.lstrip().startswith("{\\rtf"):
        raise EditionError(f"{path}: not an RTF document (it does not start with {{\\rtf)")
    fonts = source.find("{\\fonttbl")
    header = source[: _group_end(source, fonts)] if fonts >= 0 else "{\\rtf1"  # code page and fonts, for \\'hh
    marked, notes = _without_notes(_marked(source))
    blocks, tables = _blocks(_to_text(marked), [_to_text(header + note + "}") for note in notes], read_notes)
    if tables:
        notice(f"{path}: {tables} table row(s) skipped (tables are not read aloud)")
    title, chapters = chapters_from_blocks(blocks)
    meta = {key: _info(source, header, pattern) for key, pattern in _INFO.items()}
    meta["title"] = meta["title"] or title
    return {key: value for key, value in meta.items() if value}, chapters


def _marked(source: str) -> str:
    """The RTF with heading styles, outline levels, line breaks and table paragraphs as private characters."""
    levels = _heading_styles(source)

    def style(match: re.Match[str]) -> str:
        level = levels.get(int(match.group(1)))
        return match.group(0) + _char(chr(_HEADING + level)) if level else match.group(0)

    source = re.sub(r"\\s(\d+)(?![\d])", style, source)
    source = re.sub(r"\\outlinelevel(\d)(?![\d])", lambda m: m.group(0) + _char(chr(_HEADING + int(m[1]) + 2)), source)
    source = re.sub(r"\\line(?![a-z])\s?", lambda _: _char(_LINE), source)
    return re.sub(r"\\intbl(?![a-z])", lambda m: m.group(0) + _char(_CELL), source)


def _char(ch: str) -> str:
    """A character as a group of its own, which striprtf writes out whatever state it is in."""
    code = ord(ch) - 0x10000 if ord(ch) > 0x7FFF else ord(ch)
    return f"{{\\uc1\\u{code}?}}"


def _heading_styles(source: str) -> dict[int, int]:
    """Style number → heading level (Title 1, heading 1 → 2, …) from the stylesheet."""
    levels = {}
    start = source.find("{\\stylesheet")
    sheet = source[start : _group_end(source, start)] if start >= 0 else ""
    for entry in _STYLE_ENTRY.findall(sheet):
        number, outline = _STYLE_NUMBER.search(entry), _STYLE_OUTLINE.search(entry)
        name = _CONTROL.sub("", entry).strip()
        named = _HEADING_NAME.match(name)
        if number is None:
            continue
        if outline:
            levels[int(number.group(1))] = int(outline.group(1)) + 2
        elif named:
            levels[int(number.group(1))] = int(named.group(1)) + 1
        elif name.lower() == "title":
            levels[int(number.group(1))] = 1
    return levels


def _without_notes(source: str) -> tuple[str, list[str]]:
    """The RTF with each footnote group replaced by a mark, and the footnotes' RTF."""
    notes, out, position = [], [], 0
    for match in re.finditer(r"\{(?:\\\*)?\\footnote\b", source):
        if match.start() < position:
            continue
        end = _group_end(source, match.start())
        out += [source[position : match.start()], _char(_NOTE)]
        notes.append(source[match.end() : end - 1])
        position = end
    return "".join([*out, source[position:]]), notes


def _group_end(source: str, start: int) -> int:
    """Index just past the group that opens at `start` (escaped braces aside)."""
    depth = 0
    n = start
    while n < len(source):
        if source[n] == "\\":
            n += 2
            continue
        depth += {"{": 1, "}": -1}.get(source[n], 0)
        n += 1
        if depth == 0:
            return n
    return n


def _blocks(text: str, notes: list[str], read_notes: bool) -> tuple[list[Block], int]:
    blocks: list[Block] = []
    tables = 0
    pending = iter(notes)
    for paragraph in text.split("\n"):
        if _CELL in paragraph:
            tables += 1
            continue
        levels = [ord(ch) - _HEADING for ch in paragraph if _HEADING < ord(ch) < _HEADING + 16]
        read = [" ".join(next(pending, "").split()) for _ in range(paragraph.count(_NOTE))]
        plain = re.sub("[\ue000-\ue1ff]", "", paragraph.replace(_LINE, "\n"))
        if plain.strip():
            blocks.append((levels[-1] if levels else 0, " ".join([plain, *read]) if read_notes else plain))
    return blocks, tables


def _info(source: str, header: str, pattern: re.Pattern[str]) -> str:
    """A field of the information group (title, author), decoded with the document's code page and fonts; the last
    of several (LibreOffice writes the Unicode one last)."""
    found = ""
    for match in pattern.finditer(source):
        body = source[match.end() : _group_end(source, match.start()) - 1]
        found = " ".join(_to_text(header + body + "}").split()) or found
    return found


def _to_text(rtf: str) -> str:
    from striprtf.striprtf import rtf_to_text

    return rtf_to_text(rtf, errors="replace")
