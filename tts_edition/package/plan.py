"""Which files a delivery holds and what goes into each: spans of the edition's samples, speech made for the
delivery (credits, a chapter title), pauses. Nothing is decoded or encoded here."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from tts_edition.audio.assemble import Pauses
from tts_edition.errors import EditionError
from tts_edition.package.profiles import Profile
from tts_edition.timing.index import spoken_heading

OPENING, CHAPTER, CLOSING, SAMPLE, TRACK = "opening", "chapter", "closing", "sample", "track"
CREDIT_TITLES = {OPENING: "Бастапқы титрлар", CLOSING: "Соңғы титрлар"}  # opening and closing credits
SAMPLE_TITLE = "Үзінді"  # excerpt
SAMPLE_MARGIN_SECONDS = 5.0  # the sample stays this far under the profile's longest
FADE_IN_SECONDS = 0.01
FADE_OUT_SECONDS = 0.15
APPLE_TRACK_HOURS = 23
APPLE_MIN_TRACK_MINUTES = 60
# Chapters that open a book before its text: a sample starts after them.
_FRONT_MATTER = re.compile(
    r"^(мазмұны|алғы сөз|аннотация|арнау|эпиграф|содержание|оглавление|предисловие|аннотация|посвящение"
    r"|contents|table of contents|preface|foreword|dedication|epigraph|copyright)\W*$",
    re.I,
)


@dataclass(frozen=True)
class Span:
    """Samples [start, end) of the edition, faded in and out over so many samples."""

    start: int
    end: int
    fade_in: int = 0
    fade_out: int = 0


@dataclass(frozen=True)
class Speech:
    samples: np.ndarray = field(repr=False)  # at the edition's rate


@dataclass(frozen=True)
class Gap:
    samples: int  # of room tone alone, at the edition's rate


@dataclass(frozen=True)
class Piece:
    audio: Span | Speech | Gap
    title: str = ""  # a section starts here (a chapter mark in a track)


@dataclass
class DeliveryFile:
    name: str  # relative to the delivery folder
    role: str
    title: str
    pieces: list[Piece]
    chapter: str = ""  # the index's chapter id, for chapters and the sample
    title_spoken: str = ""  # chapters: "edition" (the input's heading) or "added" (spoken for the delivery)

    def spans(self) -> list[Span]:
        return [p.audio for p in self.pieces if isinstance(p.audio, Span)]

    def seconds(self, rate: int) -> float:
        return sum(_length(p.audio) for p in self.pieces) / rate


def _length(audio: Span | Speech | Gap) -> int:
    if isinstance(audio, Span):
        return audio.end - audio.start
    return len(audio.samples) if isinstance(audio, Speech) else audio.samples


@dataclass(frozen=True)
class Request:
    profile: Profile
    codec_suffix: str
    credits: dict[str, np.ndarray]  # opening, closing: spoken
    say: Callable[[str], np.ndarray]  # speech for a chapter title the edition does not speak
    sample_chapter: str | None = None  # an id (c03) or a number (3); None: the first after the front matter
    vendor_id: str = ""  # Apple's package name


def plan(index: dict[str, Any], request: Request) -> list[DeliveryFile]:
    rate = index["voice"]["sample_rate"]
    chapters = [(c, *_chapter(c, rate, request.say)) for c in index["chapters"]]
    opening = [Piece(Speech(request.credits[OPENING]), CREDIT_TITLES[OPENING])]
    closing = [Piece(Speech(request.credits[CLOSING]), CREDIT_TITLES[CLOSING])]
    if request.profile.layout == "tracks":
        return _tracks(index, [opening, *(pieces for _, _, pieces in chapters), closing], request, rate)
    sections = [(OPENING, CREDIT_TITLES[OPENING], opening, "", "")]
    sections += [(CHAPTER, c["title"], pieces, c["id"], spoken) for c, spoken, pieces in chapters]
    sections.append((CLOSING, CREDIT_TITLES[CLOSING], closing, "", ""))
    files = [
        DeliveryFile(_file_name(index, request, role, n, len(sections)), role, title, pieces, chapter, spoken)
        for n, (role, title, pieces, chapter, spoken) in enumerate(sections)
    ]
    if request.profile.sample_minutes is not None:
        files.append(_sample(index, request, rate))
    return files


def _chapter(chapter: dict[str, Any], rate: int, say: Callable[[str], np.ndarray]) -> tuple[str, list[Piece]]:
    """The chapter's speech, from its first paragraph to its last, its title spoken first (the edition's heading,
    or one said for the delivery)."""
    first, last = chapter["paragraphs"][0], chapter["paragraphs"][-1]
    speech = Piece(Span(round(first["start"] * rate), round(last["end"] * rate)), chapter["title"])
    if spoken_heading(chapter):
        return "edition", [speech]
    title = Piece(Speech(say(chapter["title"])), chapter["title"])
    return "added", [title, Piece(Gap(round(Pauses().paragraph * rate))), Piece(speech.audio)]


def _file_name(index: dict[str, Any], request: Request, role: str, n: int, count: int) -> str:
    """ACX's pattern (`00_Opening-Credits`, `01_Chapter-01`…), or Google's `<ISBN>_NofM` when there is an ISBN."""
    isbn = (index.get("metadata") or {}).get("isbn", "")
    if request.profile.name == "google" and isbn:
        return f"{isbn}_{n + 1}of{count}.{request.codec_suffix}"
    width = max(2, len(str(count)))
    label = {OPENING: "Opening-Credits", CLOSING: "Closing-Credits"}.get(role, f"Chapter-{n:0{width}d}")
    return f"{n:0{width}d}_{label}.{request.codec_suffix}"


def _sample(index: dict[str, Any], request: Request, rate: int) -> DeliveryFile:
    """The retail sample: the chosen chapter from its start, cut at the last sentence end that keeps the file
    within the profile's length, faded in and out."""
    chapter = _sample_chapter(index, request.sample_chapter)
    assert request.profile.sample_minutes is not None and request.profile.sample_minutes.high is not None
    profile = request.profile
    room = profile.sample_minutes.high * 60 - SAMPLE_MARGIN_SECONDS - profile.head_seconds - profile.tail_seconds
    start = round(chapter["paragraphs"][0]["start"] * rate)
    sentences = [s for p in chapter["paragraphs"] for s in p["sentences"]]
    ends = [round(s["end"] * rate) for s in sentences]
    nexts = [round(s["start"] * rate) for s in sentences[1:]] + [round(chapter["end"] * rate)]
    fade = round(FADE_OUT_SECONDS * rate)
    cuts = [min(end + fade, (end + following) // 2) for end, following in zip(ends, nexts, strict=True)]
    fitting = [cut for cut in cuts if (cut - start) / rate <= room] or cuts[:1]
    end = fitting[-1]
    span = Span(start, end, round(FADE_IN_SECONDS * rate), min(fade, end - start))
    name = f"Retail-Sample.{request.codec_suffix}"
    return DeliveryFile(name, SAMPLE, f"{SAMPLE_TITLE}: {chapter['title']}", [Piece(span)], chapter["id"])


def _sample_chapter(index: dict[str, Any], wanted: str | None) -> dict[str, Any]:
    chapters = index["chapters"]
    if wanted:
        by_number = {str(n): c for n, c in enumerate(chapters, 1)}
        found = next((c for c in chapters if c["id"] == wanted), None) or by_number.get(wanted.strip())
        if found is None:
            raise EditionError(f"--sample-chapter {wanted}: no such chapter (give c01…c{len(chapters):02d} or 1…)")
        return found
    text = [c for c in chapters if not _FRONT_MATTER.match(c["title"].strip()) and c["title"] != index["title"]]
    return (text or chapters)[0]


def _tracks(index: dict[str, Any], sections: list[list[Piece]], request: Request, rate: int) -> list[DeliveryFile]:
    """Apple: one track when the book is under 23 hours, else the fewest tracks of whole sections, each under
    23 hours and at least 60 minutes; a chapter pause between sections."""
    seconds = [sum(_length(p.audio) for p in pieces) / rate for pieces in sections]
    groups = track_groups(seconds, APPLE_TRACK_HOURS * 3600)
    if len(groups) > 1 and min(sum(seconds[i] for i in g) for g in groups) < APPLE_MIN_TRACK_MINUTES * 60:
        raise EditionError("apple: the book cannot be cut into tracks of 60 minutes to 23 hours at chapter ends")
    files = []
    for n, group in enumerate(groups, 1):
        pieces = [piece for i in group for piece in (_after_pause(sections[i], rate) if i != group[0] else sections[i])]
        suffix = f"_{n:02d}" if len(groups) > 1 else ""
        name = f"{request.vendor_id}.itmsp/{request.vendor_id}{suffix}.{request.codec_suffix}"
        files.append(DeliveryFile(name, TRACK, index["title"], pieces))
    return files


def _after_pause(section: list[Piece], rate: int) -> list[Piece]:
    """A section after the chapter pause, its mark moved to the lead-in before its first word (as an edition's)."""
    pauses = Pauses()
    first, *rest = section
    pause = Piece(Gap(round((pauses.chapter - pauses.lead_in) * rate)))
    return [pause, Piece(Gap(round(pauses.lead_in * rate)), first.title), replace(first, title=""), *rest]


def track_groups(seconds: list[float], limit: float) -> list[list[int]]:
    """Consecutive sections in as few groups as fit under `limit`, the book's length spread evenly over them."""
    count = max(1, math.ceil(sum(seconds) / limit))
    while True:
        share, groups, current, total = sum(seconds) / count, [], [], 0.0
        for i, length in enumerate(seconds):
            if current and (total + length > limit or (total >= share and len(groups) < count - 1)):
                groups.append(current)
                current, total = [], 0.0
            if length > limit:
                raise EditionError(f"apple: a section of {length / 3600:.1f} h is longer than a track may be (23 h)")
            current.append(i)
            total += length
        groups.append(current)
        if len(groups) <= count:
            return groups
        count += 1
