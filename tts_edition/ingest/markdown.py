"""Markdown: headings are chapters, YAML front matter gives title/author/date, inline markup is dropped."""

from __future__ import annotations

import re
from pathlib import Path

from tts_edition.document import VOICE_LINE, ChapterText
from tts_edition.ingest.clean import tidy_lines
from tts_edition.ingest.outline import chapters_from_blocks
from tts_edition.ingest.textfile import read_text

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


def read(path: Path) -> tuple[dict[str, str], list[ChapterText]]:
    return parse(read_text(path))


def parse(text: str) -> tuple[dict[str, str], list[ChapterText]]:
    text = text.replace("\r\n", "\n")
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        meta = _front_matter(front.group(1))
        text = text[front.end() :]
    title, chapters = chapters_from_blocks(_blocks(text))
    if title:
        meta.setdefault("title", title)
    return meta, chapters


def _blocks(text: str) -> list[tuple[int, str]]:
    """(heading level or 0, plain text) for each heading, paragraph and list item; a hard line break (two spaces
    or a backslash at the end of a line, or <br>) is kept as "\n" in its paragraph: verse keeps its lines."""
    out: list[tuple[int, str]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            plain = _plain("".join(paragraph))
            if plain:
                out.append((0, plain))
            paragraph.clear()

    in_code = False
    for line in text.split("\n"):
        if line.strip().startswith("```"):
            flush()
            in_code = not in_code
            continue
        if in_code:
            continue
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


def _front_matter(body: str) -> dict[str, str]:
    meta = {}
    for line in body.split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "#")):
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta
