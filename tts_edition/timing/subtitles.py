"""WebVTT and SubRip: one cue per sentence, written text, times from the index."""

from __future__ import annotations

from typing import Any

from tts_edition.timing.index import sentences


def _timestamp(seconds: float, decimal: str) -> str:
    ms = round(seconds * 1000)
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{decimal}{millis:03d}"


def to_vtt(index: dict[str, Any]) -> str:
    cues = [
        f"{s['id']}\n{_timestamp(s['start'], '.')} --> {_timestamp(s['end'], '.')}\n{_cue_text(s['text'])}\n"
        for s in sentences(index)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def to_srt(index: dict[str, Any]) -> str:
    cues = [
        f"{n}\n{_timestamp(s['start'], ',')} --> {_timestamp(s['end'], ',')}\n{_cue_text(s['text'])}\n"
        for n, s in enumerate(sentences(index), 1)
    ]
    return "\n".join(cues)


def _cue_text(text: str) -> str:
    # "-->" and blank lines would end a cue early; escape what WebVTT treats as markup.
    return " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace("-->", "→")
