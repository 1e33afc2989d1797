"""Which letters of an English spelling stand for which ARPAbet phoneme (Toyota: t·T o·OW0 y·Y o·OW1 t·T a·AH0).

The standard letter-to-phoneme alignment, by dynamic programming over the two sequences: each step joins one to
three letters to none, one or two phonemes, at a cost that is nothing for the usual spellings of a sound (a letter's
own consonant, a doubled consonant, a digraph such as th or ck, a vowel group such as oi or ea for one vowel sound),
a little for a silent letter and a great deal for a sound no letter spells (which is aligned to no letters). Used to
read the reduced vowels, and the vowels Russian transcription takes from the spelling, by the letters that spell them.
"""

from __future__ import annotations

import math
from functools import lru_cache

VOWEL_LETTERS = frozenset("aeiouy")
_CONSONANT_SOUNDS = {
    "b": {"B"}, "c": {"K", "S", "CH", "SH"}, "d": {"D", "JH", "T"}, "f": {"F"}, "g": {"G", "JH", "ZH"}, "h": {"HH"},
    "j": {"JH", "Y", "HH", "ZH"}, "k": {"K"}, "l": {"L"}, "m": {"M"}, "n": {"N", "NG"}, "p": {"P"}, "q": {"K"},
    "r": {"R"}, "s": {"S", "Z", "SH", "ZH"}, "t": {"T", "SH", "CH", "D"}, "v": {"V"}, "w": {"W", "V"},
    "x": {"Z"}, "y": {"Y"}, "z": {"Z", "S"},
}  # fmt: skip
_DIGRAPH_SOUNDS = {
    "th": {"TH", "DH", "T"}, "sh": {"SH"}, "ch": {"CH", "K", "SH"}, "ph": {"F"}, "ng": {"NG"}, "ck": {"K"},
    "gh": {"G", "F"}, "wh": {"W", "HH"}, "cc": {"K"}, "dg": {"JH"}, "tch": {"CH"}, "zh": {"ZH", "JH"},
}  # fmt: skip
_TWO_SOUNDS = {"x": {("K", "S"), ("G", "Z")}, "qu": {("K", "W")}, "u": {("Y", "UW"), ("Y", "UH"), ("Y", "AH"),
                                                                      ("Y", "ER")}}  # fmt: skip
_GLIDE_IN_VOWEL = frozenset("wyr")  # ow, ay, er: letters that belong to the vowel before them
_LONGEST_GROUP = 3
_SILENT = {"e": 0.5, "h": 1.0, "u": 1.0}
_SILENT_OTHER = 3.0
_UNSPELLED_SOUND = 4.0
_EXTRA_VOWEL_LETTER = 0.1
_GLIDE_OPENING = 0.05  # a y before a vowel letter closes the vowel before it: royal, mayor (oy·a, not o·ya)

Aligned = tuple[tuple[str, tuple[str, ...]], ...]  # (letters, the phonemes they spell), in order


def is_vowel(phone: str) -> bool:
    return phone[-1].isdigit()


@lru_cache(maxsize=4096)
def align(word: str, phones: tuple[str, ...]) -> Aligned:
    """The cheapest way to cut `word` (its letters, in lower case) into groups that spell `phones`."""
    letters = "".join(ch for ch in word.lower() if ch.isalpha())
    cost = [[math.inf] * (len(phones) + 1) for _ in range(len(letters) + 1)]
    step: dict[tuple[int, int], tuple[int, int]] = {}
    cost[0][0] = 0.0
    for i in range(len(letters) + 1):
        for j in range(len(phones) + 1):
            if cost[i][j] == math.inf:
                continue
            for size in range(_LONGEST_GROUP + 1):
                for count in range(3):
                    if (size, count) == (0, 0) or i + size > len(letters) or j + count > len(phones):
                        continue
                    price = _price(letters[i : i + size], phones[j : j + count])
                    if cost[i][j] + price < cost[i + size][j + count]:
                        cost[i + size][j + count] = cost[i][j] + price
                        step[(i + size, j + count)] = (i, j)
    pairs, at = [], (len(letters), len(phones))
    while at != (0, 0):
        before = step[at]
        pairs.append((letters[before[0] : at[0]], phones[before[1] : at[1]]))
        at = before
    return tuple(reversed(pairs))


def _price(group: str, sounds: tuple[str, ...]) -> float:
    bases = tuple(sound.rstrip("012") for sound in sounds)
    if not group:
        return _UNSPELLED_SOUND if len(sounds) == 1 else math.inf
    if not sounds:
        return _SILENT.get(group, _SILENT_OTHER) if len(group) == 1 else math.inf
    if len(sounds) == 2:
        return 0.0 if bases in _TWO_SOUNDS.get(group, ()) else math.inf
    if is_vowel(sounds[0]):
        return _vowel_price(group, bases[0])
    if group in _DIGRAPH_SOUNDS:
        return 0.0 if bases[0] in _DIGRAPH_SOUNDS[group] else math.inf
    doubled = len(group) == 2 and group[0] == group[1] and group[0] not in VOWEL_LETTERS
    if len(group) == 1 or doubled:
        return 0.0 if bases[0] in _CONSONANT_SOUNDS.get(group[0], ()) else math.inf
    return math.inf


def _vowel_price(group: str, base: str) -> float:
    """A vowel sound is spelled by vowel letters, with a w, y or r after them (ow, ay, er: only ER takes an r)."""
    core = group[0] + group[1:].rstrip("".join(_GLIDE_IN_VOWEL))
    if not set(core) <= VOWEL_LETTERS or ("r" in group[len(core) :] and base != "ER"):
        return math.inf
    glide_first = len(group) > 1 and group[0] == "y" and group[1] in VOWEL_LETTERS
    return _EXTRA_VOWEL_LETTER * (len(group) - 1) + (_GLIDE_OPENING if glide_first else 0.0)


def vowel_spellings(word: str, phones: tuple[str, ...]) -> list[str]:
    """The letters that spell each vowel sound of `phones`, in order ("" for a sound no letter spells)."""
    return [group for group, sounds in align(word, phones) for sound in sounds if is_vowel(sound)]
