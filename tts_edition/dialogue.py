"""Where a paragraph of Kazakh prose is speech and who says it.

Kazakh (like Russian) sets dialogue two ways:
- a paragraph that opens with a dash is spoken; the author's words come after a dash that follows the speech's
  own closing mark, and speech resumes after the next such dash: "– Сәлем, – деді Абай. – Қалайсың?";
- «…» quotes are speech when a colon introduces them or a dash after them brings the author's words:
  "Ол: «Кеттік!» – деді." Quotes that are neither (titles, names: «Нұр Отан» партиясы) are not speech.
The speaker is a character the producer named (`[characters]`) when the author's words around the speech name
them, in any case form (Абай, Абайдың).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_DASHES = "–—―-"
_OPENING_DASH = re.compile(rf"^\s*[{_DASHES}]\s+")
# A dash that hands over between speech and the author: after a closing mark (or a quote) and a space.
_HANDOVER = re.compile(rf"(?<=[,.!?…»])\s+[{_DASHES}]\s+")
_QUOTE = re.compile(r"«[^«»]*»")
_INTRODUCED = re.compile(r":\s*$")
_ANSWERED = re.compile(rf"^[,!?…]?\s*[{_DASHES}]\s+")


@dataclass(frozen=True)
class Speech:
    """`text[start:end]` is spoken by a character: `speaker` (a name the producer gave), or None when unnamed."""

    start: int
    end: int
    speaker: str | None = None


def speech_spans(paragraph: str, characters: Iterable[str] = ()) -> list[Speech]:
    """The spoken stretches of a paragraph, in order, with their speaker where the author's words name one."""
    names = sorted(characters, key=len, reverse=True)
    if _OPENING_DASH.match(paragraph):
        spans, author = _dash_dialogue(paragraph)
    else:
        spans, author = _quoted_speech(paragraph)
    speaker = _named(author, names)
    return [Speech(start, end, speaker) for start, end in spans]


def _dash_dialogue(paragraph: str) -> tuple[list[tuple[int, int]], str]:
    """Speech and author's words alternate at each handover dash, speech first."""
    start = _OPENING_DASH.match(paragraph).end()  # type: ignore[union-attr]
    spans, author = [], []
    speaking = True
    for handover in [*_HANDOVER.finditer(paragraph, start), None]:
        end = handover.start() if handover else len(paragraph)
        if speaking:
            spans.append((start, end))
        else:
            author.append(paragraph[start:end])
        if handover:
            start, speaking = handover.end(), not speaking
    return [span for span in spans if span[1] > span[0]], " ".join(author)


def _quoted_speech(paragraph: str) -> tuple[list[tuple[int, int]], str]:
    spans, author, done = [], [], 0
    for quote in _QUOTE.finditer(paragraph):
        before, after = paragraph[: quote.start()], paragraph[quote.end() :]
        if _INTRODUCED.search(before) or _ANSWERED.match(after):
            spans.append((quote.start() + 1, quote.end() - 1))
            author.append(paragraph[done : quote.start()])
            done = quote.end()
    return spans, " ".join([*author, paragraph[done:]]) if spans else ""


def _named(author: str, names: list[str]) -> str | None:
    """The first character named in the author's words: the name as a word, or a word that starts with it."""
    for name in names:
        if re.search(rf"(?<!\w){re.escape(name)}", author, re.I):
            return name
    return None
