"""Chapter-level formats: a cue sheet for CD-style players and ffmetadata for ffmpeg (M4B chapters)."""

from __future__ import annotations

import re
from typing import Any

from tts_edition.errors import EditionError

_CUE_FRAMES = 75
MAX_CUE_TRACKS = 99  # the cue sheet format's (and the CD's) limit; readers drop the tracks past it


def to_cue(index: dict[str, Any]) -> str:
    """One track per chapter over the edition's MP3; INDEX in mm:ss:ff (75 frames a second). An edition of more
    chapters than a cue sheet has tracks is refused: no sheet could give every chapter its start and title."""
    if len(index["chapters"]) > MAX_CUE_TRACKS:
        raise EditionError(
            f"a cue sheet holds at most {MAX_CUE_TRACKS} tracks and this edition has {len(index['chapters'])} "
            "chapters (export ffmetadata or json, or use the MP3's own ID3 chapters)"
        )
    lines = [
        f"REM LANGUAGE {index['language']}",
        f'PERFORMER "{_quoted(index.get("author", ""))}"',
        f'TITLE "{_quoted(index["title"])}"',
        f'FILE "{_quoted(index["audio"]["mp3"])}" MP3',
    ]
    for n, chapter in enumerate(index["chapters"], 1):
        lines += [
            f"  TRACK {n:02d} AUDIO",
            f'    TITLE "{_quoted(chapter["title"])}"',
            f"    INDEX 01 {_cue_time(chapter['start'])}",
        ]
    return "\n".join(lines) + "\n"


def parse_cue_starts(text: str) -> list[float]:
    """Track start times (seconds) of a cue sheet."""
    return [
        (int(m) * 60 + int(s)) + int(f) / _CUE_FRAMES
        for m, s, f in re.findall(r"^\s*INDEX 01 (\d+):(\d\d):(\d\d)\s*$", text, re.M)
    ]


def to_ffmetadata(index: dict[str, Any]) -> str:
    """FFMETADATA1 with tags and millisecond chapters; `ffmpeg -i audio -i this -map_chapters 1` applies it."""
    tags = {
        "title": index["title"],
        "album": index["title"],
        "artist": index.get("author", ""),
        "date": index.get("date", ""),
        "genre": "Audiobook",
        "language": "kaz",
        "comment": f"voice: {index['voice']['id']}",
    }
    lines = [";FFMETADATA1", *(f"{k}={_escaped(v)}" for k, v in tags.items() if v)]
    for chapter in index["chapters"]:
        lines += [
            "[CHAPTER]",
            "TIMEBASE=1/1000",
            f"START={round(chapter['start'] * 1000)}",
            f"END={round(chapter['end'] * 1000)}",
            f"title={_escaped(chapter['title'])}",
        ]
    return "\n".join(lines) + "\n"


def parse_ffmetadata_chapters(text: str) -> list[tuple[float, float, str]]:
    """(start, end, title) of each [CHAPTER] in ffmetadata, e.g. as `ffmpeg -i book.m4b -f ffmetadata -` prints."""
    chapters = []
    for block in text.split("[CHAPTER]")[1:]:
        fields = dict(line.split("=", 1) for line in block.strip().split("\n") if "=" in line)
        num, den = (int(x) for x in fields.get("TIMEBASE", "1/1000").split("/"))
        chapters.append(
            (int(fields["START"]) * num / den, int(fields["END"]) * num / den, _unescaped(fields.get("title", "")))
        )
    return chapters


def _cue_time(seconds: float) -> str:
    frames = round(seconds * _CUE_FRAMES)
    minutes, rest = divmod(frames, 60 * _CUE_FRAMES)
    return f"{minutes:02d}:{rest // _CUE_FRAMES:02d}:{rest % _CUE_FRAMES:02d}"


def _quoted(text: str) -> str:
    return " ".join(text.split()).replace('"', "'")


def _unescaped(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _escaped(text: str) -> str:
    text = " ".join(text.split())
    return re.sub(r"([=;#\\])", r"\\\1", text)
