"""The index itself: every time in its place (the other files are all made from these times), the written words,
and the speaking rate."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from tts_edition.check.finding import Finding
from tts_edition.timing.index import paragraphs, sentences

MIN_LETTERS_FOR_RATE = 40
RATE_FACTOR = 1.8  # a paragraph read this many times faster or slower than the median is a synthesis failure


def index_findings(index: dict[str, Any]) -> list[Finding]:
    return [_nesting(index), _speaking_rate(index), _word_times(index)]


def _nesting(index: dict[str, Any]) -> Finding:
    """Chapters in order within the edition's duration, each paragraph in order within its chapter and each sentence
    within its paragraph."""
    bad = list(_misplaced(index["chapters"], 0.0, index["duration"]))
    for chapter in index["chapters"]:
        bad += _misplaced(chapter["paragraphs"], chapter["start"], chapter["end"])
        for paragraph in chapter["paragraphs"]:
            bad += _misplaced(paragraph["sentences"], paragraph["start"], paragraph["end"])
    counts = f"{len(index['chapters'])} chapters, {len(paragraphs(index))} paragraphs, {len(sentences(index))}"
    detail = f"{counts} sentences in order, each inside its chapter or paragraph, within {index['duration']:.3f} s"
    return Finding("index times", not bad, "; ".join(bad[:3]) if bad else detail)


def _misplaced(items: list[dict[str, Any]], start: float, end: float) -> Iterator[str]:
    """Items that do not lie in order, without overlapping, inside [start, end]."""
    free = start
    for item in items:
        if not free <= item["start"] <= item["end"] <= end:
            yield f"{item['id']} at {item['start']:.3f}–{item['end']:.3f} s is not inside {free:.3f}–{end:.3f} s"
        free = max(free, item["end"])


def _speaking_rate(index: dict[str, Any]) -> Finding:
    """Letters spoken per second, per paragraph: far from the edition's median means babble, silence or a cut."""
    rates = {}
    for p in paragraphs(index):
        letters = sum(ch.isalpha() for ch in p["spoken"])
        if letters >= MIN_LETTERS_FOR_RATE:
            rates[p["id"]] = letters / max(p["end"] - p["start"], 1e-3)
    if not rates:
        return Finding("speaking rate", True, "no paragraph long enough to judge")
    median = float(np.median(list(rates.values())))
    odd = [f"{pid} {rate:.1f}/s" for pid, rate in rates.items() if not 1 / RATE_FACTOR <= rate / median <= RATE_FACTOR]
    detail = f"median {median:.1f} letters/s" + (f"; outliers: {', '.join(odd[:5])}" if odd else ", no outliers")
    return Finding("speaking rate", not odd, detail)


def _word_times(index: dict[str, Any]) -> Finding:
    """Every written word where its sentence's text has it, timed inside the sentence, in order, not overlapping."""
    listed = sentences(index)
    bad = []
    for s in listed:
        times = [t for w in s["words"] for t in (w["start"], w["end"])]
        inside = not times or (s["start"] <= times[0] and times[-1] <= s["end"])
        placed = all(s["text"][w["at"] : w["at"] + len(w["text"])] == w["text"] for w in s["words"])
        if times != sorted(times) or not inside or not placed:
            bad.append(s["id"])
    estimated = sum(bool(s.get("words_estimated")) for s in listed)
    words = sum(len(s["words"]) for s in listed)
    detail = f"{words} written words in {len(listed)} sentences, {estimated} sentences estimated"
    return Finding("word times", not bad, detail if not bad else f"out of order or place in {', '.join(bad[:5])}")
