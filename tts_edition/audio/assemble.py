"""Streams mastered paragraphs and pauses into the encoder; every time in the index is a count made here."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np

from tts_edition.audio.master import MasteredParagraph
from tts_edition.document import Edition, Paragraph
from tts_edition.engines.base import WordTiming

CHAPTER_GRID_MS = 40
_CHUNK = 1 << 18


@dataclass(frozen=True)
class Pauses:
    """Silence in seconds: after a verse line, between sentences, paragraphs and chapters, before the first word and
    after the last."""

    line: float = 0.3
    sentence: float = 0.35
    paragraph: float = 0.8
    chapter: float = 2.0
    lead_in: float = 0.5
    tail: float = 1.0


@dataclass
class ParagraphPlacement:
    paragraph: Paragraph
    start: int  # samples from the start of the edition
    end: int
    sentence_spans: list[tuple[int, int]]
    words: list[list[WordTiming]]
    words_estimated: list[bool]


@dataclass
class ChapterPlacement:
    id: str
    title: str
    start: int
    end: int = 0
    paragraphs: list[ParagraphPlacement] = field(default_factory=list)


@dataclass
class Layout:
    sample_rate: int
    total: int
    chapters: list[ChapterPlacement]


def assemble(
    edition: Edition,
    mastered: Iterable[tuple[Paragraph, MasteredParagraph]],
    sink: Callable[[np.ndarray], None],
    sample_rate: int,
    pauses: Pauses,
    grid: int = 1,
    paragraph_starts: Callable[[Paragraph, int], None] = lambda paragraph, samples: None,
    gap: int = 0,
) -> Layout:
    """Send the edition's samples to `sink` in playing order and return where everything landed.

    Each paragraph starts on a multiple of `grid` samples, after at least `gap` samples of silence unless it opens
    the edition (its pause grows by what that takes), and `paragraph_starts(paragraph, its length)` is called just
    before its first sample is sent.
    """
    seconds = lambda s: round(s * sample_rate)  # noqa: E731
    stream: Iterator[tuple[Paragraph, MasteredParagraph]] = iter(mastered)
    position = 0

    def silence(count: int) -> None:
        nonlocal position
        if count > 0:
            sink(np.zeros(count, np.float32))
            position += count

    def before_paragraph(count: int) -> None:
        silence(max(count, gap) if count or position else 0)
        silence(-position % grid)

    chapters: list[ChapterPlacement] = []
    for chapter in edition.chapters:
        if chapters:
            before_paragraph(seconds(pauses.chapter))
            start = _chapter_start(chapters[-1].paragraphs[-1].end, position, seconds(pauses.lead_in), sample_rate)
            chapters[-1].end = start
        else:
            start = 0
            before_paragraph(seconds(pauses.lead_in))
        placement = ChapterPlacement(chapter.id, chapter.title, start)
        for n, expected in enumerate(chapter.paragraphs):
            paragraph, audio = next(stream)
            assert paragraph.id == expected.id, "paragraphs arrived out of order"
            if n:
                before_paragraph(seconds(pauses.paragraph))
            paragraph_starts(paragraph, len(audio.samples))
            for start in range(0, len(audio.samples), _CHUNK):  # long paragraphs: bounded copies downstream
                sink(audio.samples[start : start + _CHUNK])
            placement.paragraphs.append(_place(paragraph, audio, position))
            position += len(audio.samples)
        chapters.append(placement)
    silence(seconds(pauses.tail))
    if chapters:
        chapters[-1].end = position
    return Layout(sample_rate, position, chapters)


def _chapter_start(previous_end: int, speech_start: int, lead_in: int, sample_rate: int) -> int:
    """`lead_in` before the speech, moved onto a 40 ms boundary inside the silence when there is room.

    40 ms is whole milliseconds and whole CD frames (1/75 s), so ID3, MP4, cue sheets and the index all agree.
    """
    wanted = max(previous_end, speech_start - lead_in)
    grid = sample_rate * CHAPTER_GRID_MS // 1000
    if grid * 1000 != sample_rate * CHAPTER_GRID_MS:
        return wanted
    up, down = -(-wanted // grid) * grid, wanted // grid * grid
    if up <= speech_start:
        return up
    return down if down >= previous_end else wanted


def _place(paragraph: Paragraph, audio: MasteredParagraph, offset: int) -> ParagraphPlacement:
    return ParagraphPlacement(
        paragraph=paragraph,
        start=offset,
        end=offset + len(audio.samples),
        sentence_spans=[(offset + a, offset + b) for a, b in audio.sentence_spans],
        words=[[WordTiming(w.text, offset + w.start, offset + w.end) for w in ws] for ws in audio.words],
        words_estimated=audio.words_estimated,
    )
