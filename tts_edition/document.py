"""The edition tree that every stage takes and returns: Edition → Chapter → Paragraph → Sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tts_edition.errors import EditionError

if TYPE_CHECKING:
    from tts_edition.normalize.provenance import WordGroup


@dataclass(frozen=True)
class Role:
    """A voice (catalogue id or path) and its speaker, as the settings or the text name them."""

    voice: str
    speaker: str | None = None


@dataclass(frozen=True)
class Part:
    """A stretch of a sentence one voice reads at a go: `voice` indexes the edition's cast (`casting.py`), `spoken`
    is what it says, `text[at:end]` of the sentence what was written for it, `lang` its language."""

    voice: int
    spoken: str
    at: int
    end: int
    lang: str
    pause: float = 0.0  # seconds of silence after it, inside the sentence (a verse line's end)


@dataclass
class Sentence:
    id: str
    text: str
    spoken: str = ""
    groups: tuple[WordGroup, ...] = ()  # the written tokens and the spoken words each became
    parts: tuple[Part, ...] = ()  # who reads what: given by casting.cast_edition


@dataclass
class Paragraph:
    id: str
    text: str
    sentences: list[Sentence]
    role: Role | None = None  # its own voice, as the text names it
    heading: int = 0  # a section heading: its depth below the chapter (2 for the first level down), else 0

    @property
    def spoken(self) -> str:
        return " ".join(s.spoken for s in self.sentences)


@dataclass
class Chapter:
    id: str
    title: str
    paragraphs: list[Paragraph]
    role: Role | None = None  # its own voice, as the text names it


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
    """A chapter as a reader finds it: a title and its paragraphs as written, and the voices the text names."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    role: Role | None = None  # named before its heading
    roles: dict[int, Role] = field(default_factory=dict)  # paragraph number → the voice named before it
    headings: dict[int, int] = field(default_factory=dict)  # paragraph number → its depth, for section headings


# A line of its own in the text that names who reads what follows: <!-- voice: kk-issai-high, speaker: 3 -->
VOICE_LINE = re.compile(r"<!--\s*((?:voice|speaker)\s*:.*?)\s*-->")


def voice_line(text: str) -> Role | None:
    """The role a voice line names (its voice empty where it names a speaker only), None for any other text."""
    line = VOICE_LINE.fullmatch(text.strip())
    if line is None:
        return None
    fields = {}
    for item in line.group(1).split(","):
        key, _, value = item.partition(":")
        if key.strip() not in ("voice", "speaker") or not value.strip():
            raise EditionError(f"«{text.strip()}»: a voice line names a voice, a speaker or both "
                               "(<!-- voice: kk-espeak, speaker: f3 -->)")  # fmt: skip
        fields[key.strip()] = value.strip()
    return Role(fields.get("voice", ""), fields.get("speaker"))


CHAPTER = 1  # a block's kind: 0 a paragraph, CHAPTER a chapter heading, 2 or more a section heading that deep


def group_chapters(blocks: list[tuple[int, str]]) -> list[ChapterText]:
    """(kind, text) blocks → chapters; a heading is also its chapter's (or section's) first spoken paragraph. A
    voice line gives the heading or paragraph after it its voice."""
    chapters: list[ChapterText] = []
    current = ChapterText(title="")
    named: Role | None = None
    for kind, content in blocks:
        if (role := voice_line(content)) is not None:
            named = role
            continue
        if kind == CHAPTER:
            if current.paragraphs:
                chapters.append(current)
            current = ChapterText(title=content, paragraphs=[content], role=named)
        else:
            if named is not None:
                current.roles[len(current.paragraphs)] = named
            if kind > CHAPTER:
                current.headings[len(current.paragraphs)] = kind
            current.paragraphs.append(content)
        named = None
    if current.paragraphs:
        chapters.append(current)
    return chapters
