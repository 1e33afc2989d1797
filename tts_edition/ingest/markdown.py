"""Markdown: headings are chapters, YAML front matter gives the title, date and metadata, inline markup is dropped."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

from tts_edition.document import VOICE_LINE, ChapterText
from tts_edition.ingest.clean import tidy_lines
from tts_edition.ingest.outline import chapters_from_blocks
from tts_edition.ingest.textfile import read_text
from tts_edition.marks import check_line, in_file, shown

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"<[^>]+>"), ""),  # html tags
    (re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # emphasis, code
]
_BREAK = re.compile(r"<br\s*/?>", re.I)
_BLOCK_PREFIX = re.compile(r"^\s*(?:>\s*|[-*+]\s+|\d+[.)]\s+)")
# Front-matter names other tools use for our fields.
_ALIASES = {"authors": "author", "lang": "language", "series_index": "series_number", "series-part": "series_number",
            "rights": "copyright"}  # fmt: skip


def read(path: Path) -> tuple[dict[str, Any], list[ChapterText]]:
    with in_file(path):
        return parse(read_text(path))


def parse(text: str) -> tuple[dict[str, Any], list[ChapterText]]:
    text = text.replace("\r\n", "\n")
    meta: dict[str, Any] = {}
    front = _FRONT_MATTER.match(text)
    first_line = 1
    if front:
        meta = _front_matter(front.group(1))
        text = text[front.end() :]
        first_line += front.group().count("\n")
    title, chapters = chapters_from_blocks(_blocks(text, first_line))
    if title:
        meta.setdefault("title", shown(title))
    return meta, chapters


def _blocks(text: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(heading level or 0, plain text) for each heading, paragraph and list item; a hard line break (two spaces
    or a backslash at the end of a line, or <br>) is kept as "\n" in its paragraph: verse keeps its lines. Inline
    marks are checked on each line (numbered from `first_line`) outside code blocks and kept."""
    out: list[tuple[int, str]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            plain = _plain("".join(paragraph))
            if plain:
                out.append((0, plain))
            paragraph.clear()

    in_code = False
    for number, line in enumerate(text.split("\n"), first_line):
        if line.strip().startswith("```"):
            flush()
            in_code = not in_code
            continue
        if in_code:
            continue
        check_line(line, number)
        heading = _HEADING.match(line)
        if VOICE_LINE.fullmatch(line.strip()):
            flush()
            out.append((0, line.strip()))
        elif heading:
            flush()
            out.append((len(heading.group(1)), _plain(heading.group(2))))
        elif not line.strip() or re.match(r"^\s*([-*_])\s*(\1\s*){2,}$", line):
            flush()
        elif _BLOCK_PREFIX.match(line) and not line.lstrip().startswith(">"):
            flush()
            paragraph.append(_line(_BLOCK_PREFIX.sub("", line)))
        else:
            paragraph.append(_line(_BLOCK_PREFIX.sub("", line)))
    flush()
    return out


def _line(line: str) -> str:
    """A line of a paragraph and what joins it to the next: a line break where it ends in one, else a space."""
    hard = line.endswith("  ") or line.rstrip().endswith("\\")
    return line.strip().removesuffix("\\").rstrip() + ("\n" if hard else " ")


def _plain(text: str) -> str:
    text = _BREAK.sub("\n", text)
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return tidy_lines(text)


def _front_matter(body: str) -> dict[str, Any]:
    """YAML front matter (`author` a name or a list); a block YAML cannot read, such as a title with an unquoted
    colon, is read line by line as `key: value`."""
    import yaml

    try:
        found = yaml.safe_load(body)
    except yaml.YAMLError:
        found = dict(_key_value(line) for line in body.split("\n") if _key_value(line))
    meta: dict[str, Any] = {}
    for key, value in (found if isinstance(found, dict) else {}).items():
        name = _ALIASES.get(str(key).strip().lower(), str(key).strip().lower())
        if isinstance(value, list):
            meta[name] = [str(item) for item in value if item is not None]
        elif isinstance(value, datetime.datetime | datetime.date):
            meta[name] = (value.date() if isinstance(value, datetime.datetime) else value).isoformat()
        elif value is not None:
            meta[name] = str(value)
    return meta


def _key_value(line: str) -> tuple[str, str] | None:
    key, sep, value = line.partition(":")
    if sep and key.strip() and not key.startswith((" ", "#", "-")):
        return key.strip(), value.strip().strip("'\"")
    return None
