"""The edition tree that every stage takes and returns: Edition → Chapter → Paragraph → Sentence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tts_edition.metadata import Metadata

if TYPE_CHECKING:
    from tts_edition.normalize.provenance import WordGroup


@dataclass
class Sentence:
    id: str
    text: str
    spoken: str = ""
    groups: tuple[WordGroup, ...] = ()  # the written tokens and the spoken words each became


@dataclass
class Paragraph:
    id: str
    text: str
    sentences: list[Sentence]

    @property
    def spoken(self) -> str:
        return " ".join(s.spoken for s in self.sentences)


@dataclass
class Chapter:
    id: str
    title: str
    paragraphs: list[Paragraph]


@dataclass
class Edition:
    title: str
    chapters: list[Chapter]
    date: str = ""
    language: str = "kk"
    script: str = "cyrillic"  # the script most of the text is written in
    script_flags: list[str] = field(default_factory=list)  # what the script stage found suspicious
    cover: tuple[bytes, str] | None = None  # image bytes, MIME type
    metadata: Metadata = field(default_factory=Metadata)

    @property
    def author(self) -> str:
        """The authors, as one line."""
        return ", ".join(self.metadata.authors)

    def paragraphs(self) -> list[Paragraph]:
        return [p for c in self.chapters for p in c.paragraphs]


def speakable(spoken: str) -> bool:
    """Whether a voice has anything to say for this spoken text: it holds a letter."""
    return any(ch.isalpha() for ch in spoken)


def drop_unspeakable(edition: Edition) -> list[str]:
    """Remove the sentences a voice would say nothing for, and what that empties; renumber what is left.

    Returns the written text of each sentence removed.
    """
    dropped: list[str] = []
    chapters = []
    for chapter in edition.chapters:
        for paragraph in chapter.paragraphs:
            dropped += [s.text for s in paragraph.sentences if not speakable(s.spoken)]
            paragraph.sentences = [s for s in paragraph.sentences if speakable(s.spoken)]
        chapter.paragraphs = [p for p in chapter.paragraphs if p.sentences]
        chapters += [chapter] if chapter.paragraphs else []
    edition.chapters = chapters
    if dropped:
        _renumber(edition)
    return dropped


def _renumber(edition: Edition) -> None:
    for c, chapter in enumerate(edition.chapters, 1):
        chapter.id = f"c{c:02d}"
        for p, paragraph in enumerate(chapter.paragraphs, 1):
            paragraph.id = f"{chapter.id}-p{p:03d}"
            for n, sentence in enumerate(paragraph.sentences, 1):
                sentence.id = f"{paragraph.id}-s{n:02d}"


@dataclass
class ChapterText:
    """A chapter as a reader finds it: a title and its paragraphs as written."""

    title: str
    paragraphs: list[str] = field(default_factory=list)


def group_chapters(blocks: list[tuple[bool, str]]) -> list[ChapterText]:
    """(is a chapter heading, text) blocks → chapters; a heading is also its chapter's first spoken paragraph."""
    chapters: list[ChapterText] = []
    current = ChapterText(title="")
    for is_heading, content in blocks:
        if is_heading:
            if current.paragraphs:
                chapters.append(current)
            current = ChapterText(title=content, paragraphs=[content])
        else:
            current.paragraphs.append(content)
    if current.paragraphs:
        chapters.append(current)
    return chapters
