"""Plain text: a paragraph per line, or per blank-line-separated block; `# Title` starts a chapter."""

from __future__ import annotations

import re
from pathlib import Path

from tts_edition.document import ChapterText
from tts_edition.ingest.textfile import read_text

_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")


def read(path: Path) -> tuple[dict[str, str], list[ChapterText]]:
    """Return metadata found in the text and its chapters."""
    return parse(read_text(path))


def parse(text: str) -> tuple[dict[str, str], list[ChapterText]]:
    meta: dict[str, str] = {}
    marker = _DATE_MARKER.match(text)
    if marker:
        meta["date"] = marker.group(1)
        text = text[marker.end() :]
    chapters: list[ChapterText] = []
    current = ChapterText(title="")
    for block in _paragraph_blocks(text):
        if block.startswith("# "):
            if current.paragraphs:
                chapters.append(current)
            title = block[2:].strip()
            current = ChapterText(title=title, paragraphs=[title])
        else:
            current.paragraphs.append(block)
    if current.paragraphs:
        chapters.append(current)
    return meta, chapters


def _paragraph_blocks(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = [b for b in re.split(r"\n\s*\n", "\n".join(lines)) if b.strip()]
    hard_wrapped = any(len([ln for ln in b.split("\n") if ln.strip()]) > 1 for b in blocks) and len(blocks) > 1
    if not hard_wrapped:
        return [ln.strip() for ln in lines if ln.strip()]
    paragraphs: list[str] = []
    for block in blocks:
        heading_lines = [ln for ln in block.split("\n") if ln.startswith("# ")]
        paragraphs.extend(ln.strip() for ln in heading_lines)
        body = " ".join(ln.strip() for ln in block.split("\n") if ln.strip() and not ln.startswith("# "))
        if body:
            paragraphs.append(body)
    return paragraphs
