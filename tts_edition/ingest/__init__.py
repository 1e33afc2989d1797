"""Readers for each input kind; `read(path)` returns an Edition with positional ids."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tts_edition.document import Chapter, ChapterText, Edition, Paragraph, Sentence, renumber
from tts_edition.errors import EditionError
from tts_edition.ingest import docx, epub, fb2, folder, html, markdown, odt, pdf, rtf, text, web
from tts_edition.ingest.clean import clean, tidy_lines
from tts_edition.ingest.dates import edition_date
from tts_edition.ingest.sentences import split_sentences
from tts_edition.marks import Mark, Marked, parse, shown
from tts_edition.metadata import LANGUAGE, Metadata, from_input

FOOTNOTES = ("omit", "read")  # left out, or read at the end of the paragraph that refers to them
# A reader gives the input's metadata (title, author: a name or a list, date, and the fields `metadata.from_input`
# reads) and its chapters.
Reader = Callable[..., tuple[dict[str, Any], list[ChapterText]]]
FILE_READERS: dict[str, Reader] = {
    ".txt": text.read, ".md": markdown.read, ".markdown": markdown.read, ".epub": epub.read, ".docx": docx.read,
    ".odt": odt.read, ".rtf": rtf.read, ".fb2": fb2.read, ".fb2.zip": fb2.read, ".pdf": pdf.read,
    ".html": html.read, ".htm": html.read, ".xhtml": html.read,
}  # fmt: skip
_WITH_FOOTNOTES = {docx.read, odt.read, rtf.read, fb2.read}
_WITH_MARKS = {text.read, markdown.read, folder.read}  # literal text: a producer's inline marks (`marks.py`) in it
_COVERS = {".epub": epub.read_cover, ".fb2": fb2.read_cover, ".fb2.zip": fb2.read_cover}
_TITLE_WORDS = 12  # a title made from the first sentence is cut after this many words


def read(
    path: Path, title: str = "", date: str = "", footnotes: str = "omit", metadata: Metadata | None = None
) -> Edition:
    """Read INPUT (file, folder or http(s) URL); an explicit title, date and metadata fields override the input's."""
    path = Path(path)
    url = web.url_of(path)
    kind = input_kind(path)
    if url:
        meta, chapters = web.read(url)
    elif path.is_dir():
        reader = folder.read
        meta, chapters = reader(path)
    elif kind in FILE_READERS:
        reader = FILE_READERS[kind]
        options = {"read_notes": footnotes == "read"} if reader in _WITH_FOOTNOTES else {}
        meta, chapters = reader(path, **options)
    elif not path.exists():
        raise EditionError(f"{path}: no such file or folder")
    else:
        kinds = ", ".join(sorted(FILE_READERS))
        raise EditionError(f"{path}: unsupported input type '{path.suffix}' (use {kinds}, a folder or an http(s) URL)")
    marked = not url and reader in _WITH_MARKS
    edition_title = title or meta.get("title") or _title_from_text(chapters, marked) or _title_from_stem(path)
    edition = make_edition(chapters, edition_title, marked)
    edition.metadata = (metadata or Metadata()).over(from_input(meta, str(url or path)))
    edition.language = edition.metadata.language or LANGUAGE
    try:
        edition.date = edition_date(str(date or meta.get("date", "")))
    except EditionError as exc:
        raise EditionError(f"{url or path}: {exc}") from None
    if kind in _COVERS and not url:
        edition.cover = _COVERS[kind](path)
    if not edition.chapters:
        raise EditionError(f"{url or path}: no text to read (the input is empty or has no words)")
    return edition


def input_kind(path: Path) -> str:
    """The file's kind as its name ends: `.fb2.zip` is one kind."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    return "".join(suffixes) if suffixes == [".fb2", ".zip"] else path.suffix.lower()


def make_edition(chapters: list[ChapterText], title: str, marked: bool = False) -> Edition:
    """Split paragraphs into sentences and give every part its positional id; `marked`: the text holds inline marks,
    which each sentence keeps apart from its shown text."""
    built: list[Chapter] = []
    unmarked = shown if marked else str
    for chapter in chapters:
        texts = [(n, text) for n, text in enumerate(map(clean, chapter.paragraphs))]
        paragraphs = [(n, text) for n, text in texts if any(c.isalnum() for c in text)]
        if not paragraphs:
            continue
        cid = f"c{len(built) + 1:02d}"
        built.append(
            Chapter(
                id=cid,
                title=" ".join(unmarked(clean(chapter.title)).split()) or title,
                paragraphs=[
                    _paragraph(f"{cid}-p{at:03d}", text, chapter, n, marked)
                    for at, (n, text) in enumerate(paragraphs, 1)
                ],
                role=chapter.role,
            )
        )
    edition = Edition(title=title, chapters=built)
    if marked:
        _pauses_before_words(edition)
    return edition


def _paragraph(pid: str, written: str, chapter: ChapterText, n: int, marked: bool) -> Paragraph:
    """The `n`th paragraph of `chapter` (as its reader found it) in sentences, with its voice and heading depth."""
    found = [parse(s) if marked else Marked(s, ()) for s in split_sentences(written)]
    sentences = [Sentence(id=f"{pid}-s{n:02d}", text=s.text, marks=s.marks) for n, s in enumerate(found, 1)]
    if not marked:
        sentences = [s for s in sentences if any(c.isalnum() for c in s.text)] or sentences[:1]
    text = shown(tidy_lines(written)) if marked else tidy_lines(written)
    return Paragraph(pid, text, sentences, chapter.roles.get(n), chapter.headings.get(n, 0))


def _pauses_before_words(edition: Edition) -> None:
    """A pause mark before a sentence's first spoken word is silence after the sentence before it; a sentence or
    paragraph of such marks alone is left out."""
    previous: Sentence | None = None
    for chapter in edition.chapters:
        for paragraph in chapter.paragraphs:
            for sentence in paragraph.sentences:
                first = _first_spoken(sentence)
                lead = [m for m in sentence.marks if m.spoken is None and m.at <= first]
                if lead and previous is None:
                    raise EditionError("a pause mark before the first words of the text: set [pauses] lead_in instead")
                if lead and previous is not None:
                    end = len(previous.text)
                    previous.marks += tuple(Mark(end, end, None, m.pause) for m in lead)
                    sentence.marks = tuple(m for m in sentence.marks if m not in lead)
                previous = sentence if _has_words(sentence) else previous
            paragraph.sentences = [s for s in paragraph.sentences if _has_words(s)]
        chapter.paragraphs = [p for p in chapter.paragraphs if p.sentences]
    renumber(edition)


def _first_spoken(sentence: Sentence) -> int:
    """Where the sentence's first spoken word is (its length when none is): a letter or digit no mark hides, or a
    mark's reading."""
    hidden = [(m.at, m.end) for m in sentence.marks if m.spoken == ""]
    letters = (n for n, c in enumerate(sentence.text) if c.isalnum() and not any(a <= n < b for a, b in hidden))
    return min(next(letters, len(sentence.text)), *(m.at for m in sentence.marks if _said((m,))), len(sentence.text))


def _has_words(sentence: Sentence) -> bool:
    return _first_spoken(sentence) < len(sentence.text) or _said(sentence.marks)


def _said(marks: tuple[Mark, ...]) -> bool:
    """Whether the marks read a letter or digit."""
    return any(c.isalnum() for m in marks for c in m.spoken or "")


def _title_from_text(chapters: list[ChapterText], marked: bool) -> str:
    """The heading the input opens with, else its first sentence, shortened."""
    unmarked = shown if marked else str
    chapters = [ChapterText(unmarked(c.title), [unmarked(p) for p in c.paragraphs]) for c in chapters]
    first = next((c for c in chapters if any(any(ch.isalnum() for ch in p) for p in c.paragraphs)), None)
    if first is None:
        return ""
    if first.title and first.paragraphs[0] == first.title:
        return " ".join(clean(first.title).split())
    paragraph = next(p for p in map(clean, first.paragraphs) if any(ch.isalnum() for ch in p))
    words = split_sentences(paragraph)[0].split()
    if len(words) > _TITLE_WORDS:
        return " ".join(words[:_TITLE_WORDS]).rstrip(",;:–—-") + "…"
    return " ".join(words).removesuffix(".")


def _title_from_stem(path: Path) -> str:
    return path.stem if path.is_file() or path.suffix else path.name
