"""A folder of chapter files (.txt, .md), one chapter each, in natural order."""

from __future__ import annotations

import re
from pathlib import Path

from tts_edition.document import ChapterText
from tts_edition.errors import EditionError
from tts_edition.ingest import markdown, text

READERS = {".txt": text.read, ".md": markdown.read, ".markdown": markdown.read}


def read(path: Path) -> tuple[dict[str, str], list[ChapterText]]:
    files = sorted((f for f in path.iterdir() if f.suffix.lower() in READERS and f.is_file()), key=natural_key)
    if not files:
        raise EditionError(f"{path}: no .txt or .md chapter files in this folder")
    meta: dict[str, str] = {}
    chapters: list[ChapterText] = []
    for file in files:
        file_meta, file_chapters = READERS[file.suffix.lower()](file)
        for key, value in file_meta.items():
            meta.setdefault(key, value)
        if not file_chapters:
            continue
        merged = file_chapters[0]
        for extra in file_chapters[1:]:
            merged.paragraphs.extend(extra.paragraphs)
        merged.title = merged.title or _title_from_name(file)
        chapters.append(merged)
    return meta, chapters


def natural_key(path: Path) -> list[object]:
    """'ch2' sorts before 'ch10'."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", path.name)]


def _title_from_name(path: Path) -> str:
    return re.sub(r"^[\d\s._-]+", "", path.stem).replace("_", " ").strip() or path.stem
