"""Readers for each input kind; `read(path)` returns an Edition with positional ids."""

from __future__ import annotations

from pathlib import Path

from tts_edition.document import Chapter, ChapterText, Edition, Paragraph, Sentence
from tts_edition.errors import EditionError
from tts_edition.ingest import epub, folder, markdown, text
from tts_edition.ingest.clean import clean
from tts_edition.ingest.dates import edition_date
from tts_edition.ingest.sentences import split_sentences

FILE_READERS = {".txt": text.read, ".md": markdown.read, ".markdown": markdown.read, ".epub": epub.read}


def read(path: Path, title: str = "", author: str = "", date: str = "") -> Edition:
    """Read INPUT (file or folder); explicit title/author/date override what the input says."""
    path = Path(path)
    if path.is_dir():
        meta, chapters = folder.read(path)
    elif path.suffix.lower() in FILE_READERS:
        meta, chapters = FILE_READERS[path.suffix.lower()](path)
    elif not path.exists():
        raise EditionError(f"{path}: no such file or folder")
    else:
        kinds = ", ".join(sorted(FILE_READERS))
        raise EditionError(f"{path}: unsupported input type '{path.suffix}' (use {kinds} or a folder)")
    edition_title = title or meta.get("title") or _title_from_stem(path)
    edition = make_edition(chapters, edition_title)
    edition.author = author or meta.get("author", "")
    try:
        edition.date = edition_date(str(date or meta.get("date", "")))
    except EditionError as exc:
        raise EditionError(f"{path}: {exc}") from None
    if path.suffix.lower() == ".epub":
        edition.cover = epub.read_cover(path)
    if not edition.chapters:
        raise EditionError(f"{path}: no text to read (the input is empty or has no words)")
    return edition


def make_edition(chapters: list[ChapterText], title: str) -> Edition:
    """Split paragraphs into sentences and give every part its positional id."""
    built: list[Chapter] = []
    for chapter in chapters:
        paragraphs = [text for text in map(clean, chapter.paragraphs) if any(c.isalnum() for c in text)]
        if not paragraphs:
            continue
        cid = f"c{len(built) + 1:02d}"
        built.append(
            Chapter(
                id=cid,
                title=" ".join(clean(chapter.title).split()) or title,
                paragraphs=[_paragraph(f"{cid}-p{n:03d}", p) for n, p in enumerate(paragraphs, 1)],
            )
        )
    return Edition(title=title, chapters=built)


def _paragraph(pid: str, written: str) -> Paragraph:
    sentences = [Sentence(id=f"{pid}-s{n:02d}", text=s) for n, s in enumerate(split_sentences(written), 1)]
    sentences = [s for s in sentences if any(c.isalnum() for c in s.text)] or sentences[:1]
    return Paragraph(id=pid, text=" ".join(written.split()), sentences=sentences)


def _title_from_stem(path: Path) -> str:
    return path.stem if path.is_file() or path.suffix else path.name
