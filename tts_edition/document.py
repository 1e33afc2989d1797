"""The edition tree that every stage takes and returns: Edition → Chapter → Paragraph → Sentence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

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
    author: str = ""
    date: str = ""
    language: str = "kk"
    script: str = "cyrillic"  # the script most of the text is written in
    script_flags: list[str] = field(default_factory=list)  # what the script stage found suspicious
    cover: tuple[bytes, str] | None = None  # image bytes, MIME type

    def paragraphs(self) -> list[Paragraph]:
        return [p for c in self.chapters for p in c.paragraphs]


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
