"""Chinese names written in pinyin (Xi Jinping, Li Qiang), read in the Palladius transcription Kazakh and Russian
media use (Си Цзиньпин, Ли Цян).

A word is cut into pinyin syllables, longest first; each syllable is its initial's letters and its final's, with the
few finals that change after j, q, x, y (ü written u) and after z, c, s (i read ы). A name is taken for pinyin only
when every word of it cuts into syllables and it has two words or more, or one shows a spelling English and Kazakh
words lack (x or q before a vowel, a final -iang, -iong, -uang, -uan, -ian, -ui, -uo, -ao…); one with the marks no
English word has is pinyin among English words too (Sichuan University → сычуань юниверсити).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

_INITIALS = {
    "zh": "чж", "ch": "ч", "sh": "ш", "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
    "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "r": "ж", "z": "цз", "c": "ц", "s": "с", "": "",
}  # fmt: skip
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
    "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю",
    "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "v": "юй", "ve": "юэ", "ue": "юэ",
}  # fmt: skip
# ü after j, q, x and y is written u: ju → цзюй, xuan → сюань, yun → юнь.
_AFTER_PALATAL = {"u": "юй", "ue": "юэ", "uan": "юань", "un": "юнь"}
# Syllables without an initial written with y or w.
_GLIDED = {
    "yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
    "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь", "wu": "у", "wa": "ва",
    "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн",
}  # fmt: skip
_DENTAL_SIBILANTS = ("z", "c", "s")
_LONGEST_SYLLABLE = 6  # zhuang, chuang, shuang
# Spellings of a syllable that English words do not have: zh, x or q before a vowel, and these finals.
# (Not zh: Kazakh names spelled in Latin have it too, Aruzhan, Erzhan.)
_CHINESE_MARK = re.compile(r"^[xq]|(?:iang|iong|uang|ian|iao|ui|uo|ao|iu|ie|v)$|(?<!j)uan$")
# The marks no English word has, which make a word pinyin even among English ones (Sichuan University): not -ie, -ao,
# -ian of lie, Macao, Julian, nor the juan of Spanish Juan.
_UNMISTAKABLE_MARK = re.compile(r"^[xq]|(?:iang|iong|uang)$|(?<!j)uan$")
_VOWEL_OPENING = tuple("aoe")


# Which initials each final follows in Mandarin (a table of the syllables that exist, not every pairing).
_ALL = "b p m f d t n l g k h zh ch sh r z c s"
_FOLLOWS = {
    **dict.fromkeys(("a", "ai", "an", "ang", "ao", "e", "eng"), _ALL + " _"),
    "en": "b p m f d n g k h zh ch sh r z c s _", "ei": "b p m f d n l g k h zh sh z",
    "ou": "p m f d t n l g k h zh ch sh r z c s _", "o": "b p m f _", "ong": "d t n l g k h zh ch r z c s", "er": "_",
    "i": "b p m d t n l j q x zh ch sh r z c s",
    **dict.fromkeys(("ia", "iang"), "l j q x"), "iong": "j q x",
    **dict.fromkeys(("ie", "iao", "ian", "in", "ing"), "b p m d t n l j q x"), "iu": "m d n l j q x",
    "u": _ALL + " j q x", **dict.fromkeys(("uo", "ui"), "d t n l g k h zh ch sh r z c s"),
    **dict.fromkeys(("un", "uan"), "d t n l g k h zh ch sh r z c s j q x"),
    **dict.fromkeys(("ua", "uai", "uang"), "g k h zh ch sh"), **dict.fromkeys(("v", "ve"), "n l"), "ue": "n l j q x",
}  # fmt: skip


@cache
def syllables() -> dict[str, str]:
    """Every pinyin syllable and its Palladius reading."""
    table = dict(_GLIDED)
    for final, initials in _FOLLOWS.items():
        for initial in initials.split():
            initial = "" if initial == "_" else initial
            end = _AFTER_PALATAL.get(final, _FINALS[final]) if initial in ("j", "q", "x") else _FINALS[final]
            if final == "i" and initial in _DENTAL_SIBILANTS:
                end = "ы"  # zi → цзы, ci → цы, si → сы
            table[initial + final] = _INITIALS[initial] + end
    return table


@lru_cache(maxsize=4096)
def split(word: str) -> tuple[str, ...] | None:
    """The word cut into pinyin syllables, None when it is no pinyin. Of the ways to cut it, the one with fewest
    syllables opening with a vowel after the first (pinyin marks such a cut with an apostrophe: Xi'an), then the
    fewest syllables."""
    parts: list[str] = []
    for piece in re.split(r"['’]", word.lower().replace("ü", "v")):  # Xi'an, Chang'an: the writer's cut
        cuts = _cuts(piece)
        if not piece or not cuts:
            return None
        parts += min(cuts, key=lambda cut: (sum(part[0] in _VOWEL_OPENING for part in cut[1:]), len(cut)))
    return tuple(parts)


def _cuts(word: str) -> list[list[str]]:
    if not word:
        return [[]]
    return [
        [word[:size], *rest]
        for size in range(1, min(_LONGEST_SYLLABLE, len(word)) + 1)
        if word[:size] in syllables()
        for rest in _cuts(word[size:])
    ]


_MOST_SYLLABLES = 3


def is_chinese_name(words: list[str]) -> bool:
    """Every word cuts into syllables, and the name has two words or more (Wang Yi, Xi Jinping) or shows a spelling
    only pinyin has (Xiaomi, Qiang). A lone word the English dictionary does not know is no evidence: Kazakh names
    spelled in Latin cut into syllables too (Aruzhan). A word of a Chinese name writes one or two characters, three
    at most in a place's name (Heilongjiang): a longer cut is a word of another language (Beeline: be e li ne). A lone
    word needs the apostrophes pinyin writes (`_apostrophes_kept`)."""
    cuts = [split(word) for word in words]
    if not words or any(cut is None or len(cut) > _MOST_SYLLABLES for cut in cuts):
        return False
    if len(words) == 1:
        return _apostrophes_kept(words[0], cuts[0]) and any(_CHINESE_MARK.search(part) for part in cuts[0])
    return True


def _apostrophes_kept(word: str, cut: tuple[str, ...]) -> bool:
    """Pinyin writes an apostrophe before a syllable that opens with a, o or e after the first (Xi'an): a lone word
    that cuts into syllables only with such a one where it writes none is no pinyin (Duolingo: duo ling o)."""
    return "'" in word or "’" in word or not any(part.startswith(_VOWEL_OPENING) for part in cut[1:])


def is_unmistakable_pinyin(word: str) -> bool:
    """A word that cuts into syllables one of which no English word has (Sichuan, Guangdong, Xiamen)."""
    cut = split(word)
    return cut is not None and any(_UNMISTAKABLE_MARK.search(part) for part in cut)


def read_pinyin(word: str) -> str:
    """Palladius for a word of pinyin (Jinping → цзиньпин); a syllable opening with a vowel after one ending in н
    takes ъ (Xi'an → сиань, Chang'an → чанъань)."""
    out = ""
    for part in split(word) or []:
        spoken = syllables()[part]
        if out.endswith(("н", "нь")) and part.startswith(_VOWEL_OPENING):
            out = out.removesuffix("ь") + "ъ"
        out += spoken
    return out
