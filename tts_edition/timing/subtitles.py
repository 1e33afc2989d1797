"""Sentence-timed text: WebVTT, SubRip, LRC and Audacity labels, one entry per sentence, times from the index."""

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
        f"{s['id']}\n{_timestamp(s['start'], '.')} --> {_timestamp(s['end'], '.')}\n{_vtt_text(s['text'])}\n"
        for s in sentences(index)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def to_srt(index: dict[str, Any]) -> str:
    cues = [
        f"{n}\n{_timestamp(s['start'], ',')} --> {_timestamp(s['end'], ',')}\n{_srt_text(s['text'])}\n"
        for n, s in enumerate(sentences(index), 1)
    ]
    return "\n".join(cues)


def to_lrc(index: dict[str, Any]) -> str:
    """Enhanced LRC: a line per sentence, `<mm:ss.xx>` before each word that has a time."""
    head = [f"[ti:{_one_line(index['title'])}]", f"[la:{index['language']}]"]
    head.append(f"[length:{_lrc_time(index['duration'])}]")
    if index.get("author"):
        head.insert(1, f"[ar:{_one_line(index['author'])}]")
    lines = []
    for s in sentences(index):
        words = s.get("words") or []
        text = " ".join(f"<{_lrc_time(w['start'])}>{w['text']}" for w in words) if words else _one_line(s["text"])
        lines.append(f"[{_lrc_time(s['start'])}]{text}")
        lines.append(f"[{_lrc_time(s['end'])}]")
    return "\n".join(head + lines) + "\n"


def to_audacity(index: dict[str, Any]) -> str:
    """Audacity label track: start, end (seconds) and text, tab-separated."""
    return "".join(f"{s['start']:.6f}\t{s['end']:.6f}\t{_one_line(s['text'])}\n" for s in sentences(index))


def _lrc_time(seconds: float) -> str:
    centis = round(seconds * 100)
    minutes, rest = divmod(centis, 6000)
    return f"{minutes:02d}:{rest // 100:02d}.{rest % 100:02d}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _srt_text(text: str) -> str:
    # "-->" and blank lines would end a cue early.
    return _one_line(text).replace("-->", "→")


def _vtt_text(text: str) -> str:
    # WebVTT also reads "&" and "<" as markup.
    return _srt_text(text).replace("&", "&amp;").replace("<", "&lt;")
