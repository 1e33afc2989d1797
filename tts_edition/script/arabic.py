"""Kazakh in the Arabic-based script (төте жазу) → Cyrillic.

The script writes one letter for each back/front vowel pair (а/ә, о/ө, ұ/ү, ы/і); a hamza before the word, or a
к, г or е in it, says the word is front. Each word gets the rule's reading and its plausible alternatives; the
lexicon picks among them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

# The high-hamza letters name one front vowel; NFKC would split them into letter + hamza, so they go first.
_HIGH_HAMZA = str.maketrans({"ٵ": "ә", "ٶ": "ө", "ٷ": "ү", "ٸ": "і"})
_HAMZA = set("ءٴئأ")
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\u061c]")
_PUNCTUATION = str.maketrans({"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ",", "٬": " ", "۔": "."})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_VOWEL_PAIRS = {"ا": ("а", "ә"), "و": ("о", "ө"), "ۇ": ("ұ", "ү"), "ى": ("ы", "і"), "ی": ("ы", "і")}
_LETTERS = {
    "ب": "б", "پ": "п", "ت": "т", "ج": "ж", "چ": "ч", "د": "д", "ر": "р", "ز": "з", "س": "с", "ش": "ш",
    "ع": "ғ", "غ": "ғ", "ف": "ф", "ق": "қ", "ك": "к", "ک": "к", "گ": "г", "ڭ": "ң", "ل": "л", "م": "м",
    "ن": "н", "ھ": "һ", "ۋ": "у", "ۆ": "в", "ژ": "ж", "ә": "ә", "ө": "ө", "ү": "ү", "і": "і",
}  # fmt: skip
# Letters with two readings, the usual one first.
_TWO_READINGS = {"ح": ("х", "һ"), "ە": ("е", "э"), "ه": ("е", "э")}
# Digraphs, read as in the middle of a word after a vowel (я for يا); after a consonant the order flips (ия).
_DIGRAPHS = {"يا": ("я", "ия", "иа"), "يۋ": ("ю", "иу"), "تس": ("тс", "ц")}
_BACK_CUES, _FRONT_CUES = set("قعغ"), set("كکگەهәөүі")
_WORD = re.compile("[\u0621-\u064a\u066e-\u06d5\u06fa-\u06ffәөүі]+")
_INITIALISM = re.compile(r"(?<![\w\u0600-\u06ff])[\u0621-\u064a\u066e-\u06d5](?: [\u0621-\u064a\u066e-\u06d5])+(?!\w)")
_SENTENCE_START = re.compile(r"(^|[.!?…]\s+)([\s«\"“'(–—-]*)(\w)")
_MAX_READINGS = 48

Slot = tuple[str, ...]  # one written letter's readings: a vowel pair (back, front), or the options of a consonant


def prepare(text: str) -> str:
    """Base letters for presentation forms, Western digits and punctuation, no vowel marks or direction marks."""
    text = unicodedata.normalize("NFKC", text.translate(_HIGH_HAMZA))
    return _MARKS.sub("", text).translate(_DIGITS).translate(_PUNCTUATION)


def convert(text: str, choose: Callable[[tuple[str, ...]], str] | None = None) -> str:
    """An Arabic-script paragraph in Cyrillic; `choose` picks one of a word's readings (default: the rule's)."""
    pick = choose or (lambda readings: readings[0])
    text = _INITIALISM.sub(lambda m: "".join(_letter_name(ch) for ch in m.group().split()), prepare(text))
    text = _WORD.sub(lambda m: pick(readings(m.group())), text)
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper(), text)


@lru_cache(maxsize=50_000)
def readings(word: str) -> tuple[str, ...]:
    """The rule's Cyrillic reading of one word first, then the alternatives a lexicon may prefer; a word with a hamza
    is offered only readings with front vowels (all of them by the rule; a compound such as біраз keeps its back
    half among the alternatives)."""
    front_word = any(ch in _HAMZA for ch in word)
    slots = _slots([ch for ch in word if ch not in _HAMZA])
    if not slots:
        return ("",)
    out: dict[str, None] = {}
    for fronts in _front_patterns(_rule_fronts(slots, front_word)):
        if front_word and False in fronts and True not in fronts:
            continue  # a hamza says the word has front vowels: never a reading with none (ٴسالىم is сәлім, not салым)
        for spelling in _spellings([options for _, options in slots], fronts):
            out.setdefault(spelling)
            if len(out) >= _MAX_READINGS:
                return tuple(out)
    return tuple(out)


def _slots(letters: list[str]) -> list[tuple[str, Slot]]:
    """Each written letter (or digraph, by its first letter) with its readings."""
    slots: list[tuple[str, Slot]] = []
    i = 0
    while i < len(letters):
        ch, pair = letters[i], "".join(letters[i : i + 2])
        if pair in _DIGRAPHS:
            slots.append((ch, _digraph_readings(pair, letters[i - 1] if i else "")))
            i += 2
            continue
        if ch == "ي":
            slots.append((ch, ("й", "и") if _after_vowel(letters, i) else ("и", "й")))
        else:
            slots.append((ch, _VOWEL_PAIRS.get(ch) or _TWO_READINGS.get(ch) or (_LETTERS.get(ch, ch),)))
        i += 1
    return slots


def _digraph_readings(pair: str, before: str) -> Slot:
    """я, ю after a vowel, after и (-ция) or at the start, ия, иу after a consonant, иа as in диалог; ц after н
    (-енция), тс elsewhere."""
    if pair == "تس":
        return _DIGRAPHS[pair][::-1] if before == "ن" else _DIGRAPHS[pair]
    first, second, *others = _DIGRAPHS[pair]
    if before and before != "ي" and not _after_vowel([before], 1):
        first, second = second, first
    return (first, second, *others)


def _after_vowel(letters: list[str], i: int) -> bool:
    return i > 0 and (letters[i - 1] in _VOWEL_PAIRS or letters[i - 1] in "ەهәөүі")  # not ۋ: заманауи


def _rule_fronts(slots: list[tuple[str, Slot]], front_word: bool) -> list[bool | None]:
    """Front or back for each vowel slot (None for the others): hamza → front; else the nearest к/г/е or қ/ғ."""
    cues = [(i, letter in _FRONT_CUES) for i, (letter, _) in enumerate(slots) if letter in _BACK_CUES | _FRONT_CUES]
    fronts: list[bool | None] = []
    for i, (letter, _) in enumerate(slots):
        if letter not in _VOWEL_PAIRS:
            fronts.append(None)
        elif front_word or not cues:
            fronts.append(front_word)
        else:
            fronts.append(min(cues, key=lambda cue: (abs(cue[0] - i), cue[0] < i))[1])
    return fronts


def _front_patterns(base: list[bool | None]) -> Iterator[list[bool | None]]:
    """The rule's pattern, then uniform words, then one vowel flipped, then a compound's two harmonic halves."""
    yield base
    for front in (False, True):
        yield [None if f is None else front for f in base]
    vowels = [i for i, front in enumerate(base) if front is not None]
    for i in vowels:
        yield [not f if j == i else f for j, f in enumerate(base)]
    for cut in vowels[1:]:
        for first in (False, True):
            yield [None if f is None else (first if j < cut else not first) for j, f in enumerate(base)]


def _spellings(slots: list[Slot], fronts: list[bool | None]) -> Iterator[str]:
    """The spelling with each vowel as `fronts` says; then each consonant's other readings in turn."""
    chosen = [slot[int(front)] if front is not None else slot[0] for slot, front in zip(slots, fronts, strict=True)]
    yield "".join(chosen)
    for i, (slot, front) in enumerate(zip(slots, fronts, strict=True)):
        if front is None:
            for other in slot[1:]:
                yield "".join([*chosen[:i], other, *chosen[i + 1 :]])


def _letter_name(letter: str) -> str:
    return (_VOWEL_PAIRS.get(letter) or _TWO_READINGS.get(letter) or (_LETTERS.get(letter, letter),))[0].upper()
