"""Readers for each input kind; `read(path)` returns an Edition with positional ids."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tts_edition.document import Chapter, ChapterText, Edition, Paragraph, Sentence
from tts_edition.errors import EditionError
from tts_edition.ingest import docx, epub, fb2, folder, html, markdown, odt, pdf, rtf, text, web
from tts_edition.ingest.clean import clean, tidy_lines
from tts_edition.ingest.dates import edition_date
from tts_edition.ingest.sentences import split_sentences

FOOTNOTES = ("omit", "read")  # left out, or read at the end of the paragraph that refers to them
Reader = Callable[..., tuple[dict[str, str], list[ChapterText]]]
FILE_READERS: dict[str, Reader] = {
    ".txt": text.read, ".md": markdown.read, ".markdown": markdown.read, ".epub": epub.read, ".docx": docx.read,
    ".odt": odt.read, ".rtf": rtf.read, ".fb2": fb2.read, ".fb2.zip": fb2.read, ".pdf": pdf.read,
    ".html": html.read, ".htm": html.read, ".xhtml": html.read,
}  # fmt: skip
_WITH_FOOTNOTES = {docx.read, odt.read, rtf.read, fb2.read}
_COVERS = {".epub": epub.read_cover, ".fb2": fb2.read_cover, ".fb2.zip": fb2.read_cover}
_TITLE_WORDS = 12  # a title made from the first sentence is cut after this many words


def read(path: Path, title: str = "", author: str = "", date: str = "", footnotes: str = "omit") -> Edition:
    """Read INPUT (file, folder or http(s) URL); explicit title/author/date override what the input says."""
    path = Path(path)
    url = web.url_of(path)
    kind = input_kind(path)
    if url:
        meta, chapters = web.read(url)
    elif path.is_dir():
        meta, chapters = folder.read(path)
    elif kind in FILE_READERS:
        reader = FILE_READERS[kind]
        options = {"read_notes": footnotes == "read"} if reader in _WITH_FOOTNOTES else {}
        meta, chapters = reader(path, **options)
    elif not path.exists():
        raise EditionError(f"{path}: no such file or folder")
    else:
        kinds = ", ".join(sorted(FILE_READERS))
        raise EditionError(f"{path}: unsupported input type '{path.suffix}' (use {kinds}, a folder or an http(s) URL)")
    edition_title = title or meta.get("title") or _title_from_text(chapters) or _title_from_stem(path)
    edition = make_edition(chapters, edition_title)
    edition.author = author or meta.get("author", "")
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


def make_edition(chapters: list[ChapterText], title: str) -> Edition:
    """Split paragraphs into sentences and give every part its positional id."""
    built: list[Chapter] = []
    for chapter in chapters:
        texts = [(n, text) for n, text in enumerate(map(clean, chapter.paragraphs))]
        paragraphs = [(n, text) for n, text in texts if any(c.isalnum() for c in text)]
        if not paragraphs:
            continue
        cid = f"c{len(built) + 1:02d}"
        built.append(
            Chapter(
                id=cid,
                title=" ".join(clean(chapter.title).split()) or title,
                paragraphs=[
                    _paragraph(f"{cid}-p{at:03d}", text, chapter, n) for at, (n, text) in enumerate(paragraphs, 1)
                ],
                role=chapter.role,
            )
        )
    return Edition(title=title, chapters=built)


def _paragraph(pid: str, written: str, chapter: ChapterText, n: int) -> Paragraph:
    """The `n`th paragraph of `chapter` (as its reader found it) in sentences, with its voice and heading depth."""
    sentences = [Sentence(id=f"{pid}-s{n:02d}", text=s) for n, s in enumerate(split_sentences(written), 1)]
    sentences = [s for s in sentences if any(c.isalnum() for c in s.text)] or sentences[:1]
    return Paragraph(pid, tidy_lines(written), sentences, chapter.roles.get(n), chapter.headings.get(n, 0))


def _title_from_text(chapters: list[ChapterText]) -> str:
    """The heading the input opens with, else its first sentence, shortened."""
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
