"""Models named by a code after their maker's name (BMW X5, Audi A5, Kia K5, Toyota RAV4, Lexus LX 570, Samsung
Galaxy S24, ВАЗ-2199): the maker is found in brands.tsv, and the code after it is read as Kazakh readers say model
codes, with the Russian names of the Latin letters (X → икс, A → а, K → ка, not the English экс, эй, кей), a
three-letter syllable as a word (RAV → рав), the number as a cardinal (X5 → икс бес, S24 → эс жиырма төрт), and a
case suffix on its last word (X5-ке → икс беске). A maker written in Cyrillic capitals is said as the table says
(ВАЗ-2199 → ваз екі мың жүз тоқсан тоғыз). Letters before no number are a code only before a number (Lexus LX 570,
not a Roman sixty)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from tts_edition.normalize.latin import read_latin
from tts_edition.normalize.morphology import attach
from tts_edition.normalize.numbers import cardinal_of, digits
from tts_edition.normalize.provenance import Spoken
from tts_edition.normalize.tables import table_rows

BRANDS = Path(__file__).with_name("brands.tsv")
# The names Russian gives the Latin letters, which Kazakh readers use for model codes.
LETTER_NAMES = dict(zip("abcdefghijklmnopqrstuvwxyz",
                        "а бэ цэ дэ е эф гэ аш и жи ка эл эм эн о пэ ку эр эс тэ у вэ вэ икс игрек зет".split(),
                        strict=True))  # fmt: skip
_VOWELS = set("aeiou")
_SYLLABLE = 3  # a consonant, a vowel and a consonant: a code said as a word (RAV)
# After a word and a space or a hyphen: capitals, maybe a number and a tail of capitals or small letters, maybe a
# case suffix; capitals alone only before a number (LX 570).
MODEL_CODE = re.compile(
    r"(?<=[^\W\d_][ -])(?P<letters>[A-Z]{1,3})"
    r"(?:(?P<number>\d{1,4})(?P<tail>[A-Z]{1,2}|[a-z]{2,3})?|(?= \d))"
    r"(?:-(?P<suffix>[а-яәғқңөұүһі]+))?(?![\w-])"
)


@cache
def brands() -> dict[str, str]:
    """Each maker's name as written, with its reading, or itself when other rules read it."""
    entries = {}
    for written, *spoken in table_rows(BRANDS):
        entries[written] = "".join(spoken) or written
    return entries


# The word for a make after a maker's name (ИЖ маркілі мылтық, ВАЗ маркалы көлік, УАЗ маркасы): the name is the
# maker's, said as the table says, with no model code after it.
_MAKE_WORD = r"\s+марк[аі]"
# What every maker the table reads stands before (`Rule.needs`): a digit, or the word found from its first letter.
MAKER_MARK = re.compile(r"[\dм](?:(?<=\d)|(?<=\sм)арк[аі])")


@cache
def cyrillic_maker() -> re.Pattern[str]:
    """A maker's name the table reads, as written, before a hyphen and its model's number (ВАЗ-2199, КамАЗ-5320)
    or before the word for a make (ИЖ маркілі)."""
    written = [name for name, spoken in brands().items() if spoken != name]
    names = "|".join(sorted((re.escape(name) for name in written), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?=\s?-\s?\d|{_MAKE_WORD})")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ -]$")
# A model's name: a capitalised Latin word, not all capitals (those are codes, MODEL_CODE).
_MODEL_NAME = re.compile(r"[A-Z][a-z]+")
_MAKER_BEFORE = re.compile(r"([A-Za-z]+) $")
_LONGEST_MAKER = 32  # characters of text before a word that can hold its maker's name and the space


def read_model_name(word: str, before: str, english: bool = False) -> Spoken | None:
    """A capitalised Latin word right after a maker's name in brands.tsv is its model's name (Volkswagen Sharan,
    Volkswagen Tiguan): a foreign name said as spelled or as English says it, not a Kazakh word in Latin letters
    (шараң) nor pinyin syllables (тигуань). None elsewhere."""
    maker = _MAKER_BEFORE.search(before[-_LONGEST_MAKER:])
    if not _MODEL_NAME.fullmatch(word) or maker is None or maker[1].lower() not in _latin_makers():
        return None
    return read_latin(word, english, kazakh=False)


@cache
def _latin_makers() -> frozenset[str]:
    return frozenset(name.lower() for name in brands() if name.isascii())


def speak_maker(match: re.Match[str]) -> str:
    return brands()[match.group()]


def speak_model_code(match: re.Match[str]) -> str:
    """The code when the word before it is a maker's name, said with the suffix written after it."""
    before = _WORD_BEFORE.search(match.string, 0, match.start())
    if not before or before.group(1).lower() not in _makers():
        return match.group()
    words = [_letters(match["letters"])]
    if match["number"]:
        number = match["number"]
        words.append(digits(number) if number.startswith("0") else cardinal_of(number))
    if tail := match["tail"]:
        words.append(_letters(tail) if tail.isupper() else read_latin(tail))
    return Spoken(attach(" ".join(words), match["suffix"]), "latin")


@cache
def _makers() -> frozenset[str]:
    """The makers' names and readings, lower-cased: the word before a code, read already or not."""
    return frozenset(name.lower() for pair in brands().items() for name in pair)


def _letters(letters: str) -> str:
    lower = letters.lower()
    if len(lower) == _SYLLABLE and [ch in _VOWELS for ch in lower] == [False, True, False]:
        return read_latin(lower)
    return " ".join(LETTER_NAMES[ch] for ch in lower)
