"""Sentence-timed text: WebVTT, SubRip, LRC and Audacity labels, one entry per sentence, times from the index.

The enhanced LRC and the word-timed WebVTT also mark each written word with the time it is spoken.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tts_edition.script.writing import RLM, is_right_to_left
from tts_edition.timing.index import part_pieces, sentences, text_pieces


def _timestamp(seconds: float, decimal: str) -> str:
    ms = round(seconds * 1000)
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{decimal}{millis:03d}"


def to_vtt(index: dict[str, Any]) -> str:
    return _vtt(index, lambda s: _vtt_languages(index, s))


def _vtt_languages(index: dict[str, Any], sentence: dict[str, Any]) -> str:
    """The sentence as written; a part of it in another language than the edition's inside `<lang xx>`."""
    out = []
    for part, pieces in part_pieces(sentence):
        text = _vtt_escape(re.sub(r"\s+", " ", "".join(text for text, _ in pieces)))
        lang = part.get("lang")
        out.append(f"<lang {lang}>{text}</lang>" if lang and lang != index["language"] and text.strip() else text)
    return "".join(out).strip()


def to_vtt_words(index: dict[str, Any]) -> str:
    """WebVTT whose cues carry a timestamp tag (`<00:00:01.500>`) before each written word after the first."""
    return _vtt(index, _vtt_timed_text)


def _vtt(index: dict[str, Any], cue_text: Callable[[dict[str, Any]], str]) -> str:
    cues = [
        f"{s['id']}\n{_timestamp(s['start'], '.')} --> {_timestamp(s['end'], '.')}\n{_direction(s)}{cue_text(s)}\n"
        for s in sentences(index)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def _vtt_timed_text(sentence: dict[str, Any]) -> str:
    # A cue's timestamps must lie strictly inside the cue and strictly increase.
    last = sentence["start"]
    out = []
    for text, n in text_pieces(sentence):
        start = sentence["words"][n]["start"] if n is not None else last
        if last < start < sentence["end"]:
            out.append(f"<{_timestamp(start, '.')}>")
            last = start
        out.append(_vtt_escape(text))
    return "".join(out)


def to_srt(index: dict[str, Any]) -> str:
    cues = [
        f"{n}\n{_timestamp(s['start'], ',')} --> {_timestamp(s['end'], ',')}\n{cue_text(s)}\n"
        for n, s in enumerate(sentences(index), 1)
    ]
    return "\n".join(cues)


def cue_text(sentence: dict[str, Any]) -> str:
    """A sentence as its cue shows it (the WebVTT cue's text once its character references are read)."""
    return _direction(sentence) + _srt_text(sentence["text"])


def _direction(sentence: dict[str, Any]) -> str:
    """A right-to-left mark before Arabic-script text: players take a cue's direction from its first strong letter,
    which may be a Latin name, or none at all (digits, punctuation)."""
    return RLM if is_right_to_left(sentence["text"]) else ""


def to_lrc(index: dict[str, Any]) -> str:
    """Enhanced LRC: a line per sentence as written, `<mm:ss.xx>` before each written word."""
    head = [f"[ti:{_one_line(index['title'])}]", f"[la:{index['language']}]"]
    head.append(f"[length:{_lrc_time(index['duration'])}]")
    if index.get("author"):
        head.insert(1, f"[ar:{_one_line(index['author'])}]")
    lines = []
    for s in sentences(index):
        words = s["words"]
        text = "".join(text if n is None else f"<{_lrc_time(words[n]['start'])}>{text}" for text, n in text_pieces(s))
        lines.append(f"[{_lrc_time(s['start'])}]{_one_line(text)}")
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
    return _vtt_escape(_one_line(text))


def _vtt_escape(text: str) -> str:
    # WebVTT also reads "&" and "<" as markup.
    return text.replace("-->", "→").replace("&", "&amp;").replace("<", "&lt;")
