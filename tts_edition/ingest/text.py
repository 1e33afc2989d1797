"""Plain text: a paragraph per line, or per blank-line-separated block; `# Title` starts a chapter."""

from __future__ import annotations

import re
from pathlib import Path

from tts_edition.document import ChapterText, group_chapters
from tts_edition.ingest.textfile import read_text
from tts_edition.marks import check_line, in_file

_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")


def read(path: Path) -> tuple[dict[str, str], list[ChapterText]]:
    """Return metadata found in the text and its chapters."""
    with in_file(path):
        return parse(read_text(path))


def parse(text: str) -> tuple[dict[str, str], list[ChapterText]]:
    for number, line in enumerate(text.splitlines(), 1):
        check_line(line, number)
    meta: dict[str, str] = {}
    marker = _DATE_MARKER.match(text)
    if marker:
        meta["date"] = marker.group(1)
        text = text[marker.end() :]
    blocks = [(b.startswith("# "), b[2:].strip() if b.startswith("# ") else b) for b in _paragraph_blocks(text)]
    return meta, group_chapters(blocks)


def _paragraph_blocks(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not _hard_wrapped(lines):
        return [ln.strip() for ln in lines if ln.strip()]
    paragraphs: list[str] = []
    body: list[str] = []
    for line in [*lines, ""]:
        if line.startswith("# ") or not line.strip():
            if body:
                paragraphs.append(" ".join(body))
                body = []
            if line.strip():
                paragraphs.append(line.strip())
        else:
            body.append(line.strip())
    return paragraphs


def _hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width: most lines stop mid-sentence, and blank lines separate paragraphs."""
    body = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("# ")]
    if not body or all(ln.strip() for ln in lines[: len(lines) - 1]):
        return False
    open_ended = sum(not ln.endswith((".", "!", "?", "…", "»", '"', ":")) for ln in body)
    return open_ended * 2 >= len(body)
