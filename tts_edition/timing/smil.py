"""SMIL 3.0 media overlays (EPUB 3): a `<par>` per sentence (or per written word) pairing its text with its span
of the audio."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import quoteattr

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">\n'
    "<body>\n"
)


def overlay_document(chapters: list[tuple[dict[str, Any], str]], audio_href: str, words: bool = False) -> str:
    """One overlay for (chapter, text document href) pairs; every sentence that has speech gets a `<par>`, or with
    `words` every written word, its clip running on to the next word's start so no audio is skipped."""
    seqs = "".join(_chapter_seq(chapter, text_href, audio_href, words) for chapter, text_href in chapters)
    return f"{_HEAD}{seqs}</body>\n</smil>\n"


def to_smil(index: dict[str, Any]) -> str:
    """The whole edition as one overlay over index.html and the edition's MP3."""
    return overlay_document([(c, "index.html") for c in index["chapters"]], quote(index["audio"]["mp3"]))


def clock(seconds: float) -> str:
    """A SMIL/EPUB clock value, h:mm:ss.fff."""
    ms = round(seconds * 1000)
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def spoken_duration(chapter: dict[str, Any]) -> float:
    """The audio an overlay of this chapter plays: the sum of its sentence clips."""
    return sum(s["end"] - s["start"] for p in chapter["paragraphs"] for s in p["sentences"] if s["end"] > s["start"])


def word_id(sentence: dict[str, Any], n: int) -> str:
    """The XHTML id of the sentence's written word number `n` (from 0)."""
    return f"{sentence['id']}-w{n + 1:02d}"


def overlay_clips(chapter: dict[str, Any], words: bool = False) -> list[tuple[str, float, float]]:
    """(text element id, clip start, clip end) of each `<par>` in a chapter's overlay: one per sentence that has
    speech, or with `words` one per written word."""
    clips = []
    for paragraph in chapter["paragraphs"]:
        for s in paragraph["sentences"]:
            spans = _word_clips(s) if words and s["words"] else [(s["id"], s["start"], s["end"])]
            clips += [(target, start, end) for target, start, end in spans if end > start]
    return clips


def _chapter_seq(chapter: dict[str, Any], text_href: str, audio_href: str, words: bool) -> str:
    pars = [_par(target, text_href, audio_href, start, end) for target, start, end in overlay_clips(chapter, words)]
    seq_id = quoteattr(f"seq-{chapter['id']}")
    textref = quoteattr(f"{text_href}#{chapter['id']}")
    return f'<seq id={seq_id} epub:textref={textref} epub:type="chapter">\n{"".join(pars)}</seq>\n'


def _word_clips(sentence: dict[str, Any]) -> list[tuple[str, float, float]]:
    """(word id, clip start, clip end): from the sentence start to the second word, then word to word."""
    starts = [sentence["start"]] + [w["start"] for w in sentence["words"][1:]]
    ends = [*starts[1:], sentence["end"]]
    return [(word_id(sentence, n), a, b) for n, (a, b) in enumerate(zip(starts, ends, strict=True))]


def _par(target: str, text_href: str, audio_href: str, start: float, end: float) -> str:
    """A `<par>` playing [start, end) of the audio while the element `target` of the text document is shown."""
    text = f"<text src={quoteattr(f'{text_href}#{target}')}/>"
    audio = f'<audio src={quoteattr(audio_href)} clipBegin="{clock(start)}" clipEnd="{clock(end)}"/>'
    return f"  <par id={quoteattr(f'par-{target}')}>{text}{audio}</par>\n"
