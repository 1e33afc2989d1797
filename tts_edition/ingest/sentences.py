"""Sentence splitting for Kazakh prose: knows abbreviations, initials, decimals and «…» quotes."""

from __future__ import annotations

import re

from tts_edition.ingest.clean import tidy_lines
from tts_edition.marks import PAUSE

# Abbreviations after which a full stop never ends a sentence (a noun or number follows them).
NEVER_FINAL = frozenset(
    "ж ғ жж ғғ б.з.д б.з қ обл ауд көш үй пәт см мм млн млрд трлн мың бет тар сур проф акад доц"
    " др мыс т.с т.ғ.к ф.ғ.к э.ғ.к м.ғ.к ф.ғ.д т.ғ.д им ст р № тел".split()
)
# Abbreviations that may end a sentence: a capital after them starts a new one.
MAY_BE_FINAL = frozenset(["т.б", "т.с.с", "т.т", "б.а"])

_OPENING = "«“„([{"  # a brace: an inline mark (`marks.py`), never split
_CLOSING = "»”)]}"
_TERMINATORS = ".!?…؟"  # ؟: the Arabic script's question mark
_WORD_BEFORE = re.compile(r"([\w.№]+)$")
_PAUSE_MARKS = re.compile(rf"(?:\s*\{{{PAUSE}\}})+")  # after a sentence's end: its own
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # А, А.Б, Қ.-Ж is two tokens but ends in one


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences; never returns an empty sentence. A line break (verse) stays in its
    sentence as "\\n"."""
    text = tidy_lines(paragraph)
    sentences: list[str] = []
    start = 0
    depth = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":  # an escaped character
            i += 2
            continue
        if ch in _OPENING or (ch == '"' and depth == 0):
            depth += 1
        elif ch in _CLOSING or ch == '"':
            depth = max(0, depth - 1)
        elif ch in _TERMINATORS and depth == 0:
            end = _end_of_terminator(text, i)
            if _is_boundary(text, start, i, end):
                sentences.append(text[start:end].strip())
                start = end
            i = end
            continue
        i += 1
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if any(c.isalnum() for c in s)] or ([text] if text else [])


def _end_of_terminator(text: str, i: int) -> int:
    """Index just past a run of terminators, the closing quotes and the pause marks that follow them."""
    j = i
    while j < len(text) and text[j] in _TERMINATORS:
        j += 1
    while j < len(text) and text[j] in _CLOSING + '"':
        j += 1
    pauses = _PAUSE_MARKS.match(text, j)
    return pauses.end() if pauses else j


def _is_boundary(text: str, start: int, i: int, end: int) -> bool:
    if end >= len(text) or text[end] not in " \n":
        return False
    nxt = text[end + 1 : end + 2]
    nxt = text[end + 2 : end + 3] if nxt == "\\" else nxt  # an escaped character: itself
    caseless = nxt.isalpha() and not nxt.islower()  # a capital, or a letter of a script without capitals (Arabic)
    if not (caseless or nxt.isdigit() or nxt in _OPENING + '–—-"'):
        return False
    if text[i] != ".":
        return True
    word = _WORD_BEFORE.search(text, start, i)
    token = word.group(1).lower().strip(".") if word else ""
    if token in NEVER_FINAL:
        return False
    if token in MAY_BE_FINAL:
        return nxt.isupper()
    # Capital letters with stops before it are initials ("Қ.-Ж. Тоқаев", "А.Б. Серікбаев").
    initials = word is not None and _INITIALS.fullmatch(word.group(1)) is not None and word.group(1).isupper()
    return not initials
