"""The abbreviation table (abbreviations.tsv) and reading initialisms that the table does not know."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tts_edition.normalize.morphology import VOWELS

TABLE = Path(__file__).with_name("abbreviations.tsv")

# How letters are named when an initialism is spelled out: consonants take -ы (ТМД → ты-мы-ды).
LETTER_NAMES = {ch: ch for ch in "аәеёиоөұүыіэюяу"} | {ch: ch + "ы" for ch in "бвгғджзйкқлмнңпрстфхһцчшщ"}
LETTER_NAMES |= {"ъ": "", "ь": ""}
LATIN_LETTER_NAMES = dict(zip(
    "abcdefghijklmnopqrstuvwxyz",
    "эй би си ди и эф джи эйч ай джей кей эл эм эн оу пи кью ар эс ти ю ви дабл-ю экс уай зет".split(),
    strict=True,
))  # fmt: skip


@dataclass(frozen=True)
class Entry:
    kind: str
    written: str
    spoken: str
    possessive: bool = False
    plural: str | None = None  # the plural of a possessive expansion: орны → орындары


@cache
def table() -> dict[str, Entry]:
    entries = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, written, spoken, *flags = line.split("\t")
        plural = next((flag.removeprefix("pl=") for flag in flags if flag.startswith("pl=")), None)
        entries[written] = Entry(kind, written, spoken, "poss" in flags, plural)
    return entries


def of_kind(*kinds: str) -> dict[str, Entry]:
    return {w: e for w, e in table().items() if e.kind in kinds}


# A word may end in two consonants only when the first is a sonorant or the pair is a common loan ending.
_FINAL_PAIR_FIRST = frozenset("рлйнмңу")
_FINAL_PAIRS = frozenset({"ст", "кт", "нк", "зм", "рт", "нт"})


def pronounceable(word: str) -> bool:
    """An initialism read as a word (НАТО, ЮНЕСКО): vowels and consonants alternate, no cluster over two."""
    lower = word.lower()
    if len(lower) < 3 or not any(ch in VOWELS for ch in lower):
        return False
    run = 0
    for ch in lower:
        run = 0 if ch in VOWELS else run + 1
        if run > 2:
            return False
    final = lower[-2:]
    if run == 2 and final[0] not in _FINAL_PAIR_FIRST and final not in _FINAL_PAIRS:
        return False
    return lower[0] in VOWELS or lower[1] in VOWELS


def spell(word: str) -> str:
    """Letter by letter with Kazakh letter names, as one word: ЖШС → жышысы."""
    return "".join(LETTER_NAMES.get(ch, ch) for ch in word.lower())
