"""English words of Latin and Greek stock that Kazakh has as loans through Russian, said with the loan's letters
(tourism → туризм, olympiad → олимпиад, analytics → аналитикс), not by their English sound (туризем, олимпиэд,
эналитикс).

A word is such a cognate when it ends in one of the learned endings below (-ism, -ics, -iad) and its stem, spelled
the way Russian spells a Latin or Greek loan (y → и, ph → ф, ou → у, c → с before e, i, y and к elsewhere), makes
with the loan's ending a word the Kazakh dictionary knows. A word whose loan the dictionary lacks keeps its English
reading.

The same spelling tells whether any English word is such a loan (`loan_spelling`: bank → банк, academy → академия), so
that its a keeps the loan's а (`english`: Bank → банк, Academy → академи) where a word with no loan has the э of its
sound (Black → блэк).

Russian's own dictionary (OpenCorpora) tells the loans whose и an English reading says е: an i-sound spelled e before
the main stress is и where that makes a word Russian has, or that word with the English inflection after it
(`russian_loan`: design → дизайн, Designer → дизайнер, Designed → дизайнд).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, product

from tts_edition.normalize import russianforms
from tts_edition.normalize.capitals import known_word


@dataclass(frozen=True)
class Ending:
    english: str  # the English ending
    asked: tuple[str, ...]  # the loan's endings the dictionary is asked for, after the stem
    said: str  # the ending said


# The English word keeps its shape, said with the loan's letters: -ics is the noun in -ика or its adjective in
# -икалық (аналитикалық: the dictionary has no аналитика), its English plural s kept as с, as a loan's plural -s is
# (Motors → моторс): analytics → аналитикс; -iad is the loan in -иада without the Russian ending's а (World Robot
# Olympiad → уорлд робот олимпиад, as kk-tech8 reads it).
ENDINGS = (
    Ending("ism", ("изм",), "изм"),  # tourism → туризм, capitalism → капитализм
    Ending("ics", ("ика", "икалық"), "икс"),  # analytics → аналитикс, electronics → электроникс
    Ending("iad", ("иада",), "иад"),  # olympiad → олимпиад
)
_SHORTEST_STEM = 3
_MOST_SPELLINGS = 32
# The ending Russian gives a loan of an English word in -y, after its и: academy → академия, not a word's own а
# (band → банда, the gang, is no loan of band).
_LOAN_AFTER_Y = "я"
# English endings after a loan's stem, spelled by their letters after it: banking → банкинг (банк), tanks → танкс.
_ENGLISH_SUFFIXES = ("ing", "s")
# English th, which the loan's letters write т like a t: thank and tank are both танк by the letters, so a word with th
# is taken for no loan (the Greek th of -ics and -ism loans is read_cognate's).
_NOT_A_LOAN = "th"
_SHORTEST_LOAN = 4  # a shorter spelling is as likely a Kazakh word of its own (hat → хат, the Kazakh letter)
_VOWELS = frozenset("aeiouy")
_FRONT = frozenset("eiy")
# The letters of a loan's stem as Russian spells Latin and Greek words; a list is a choice the dictionary settles.
_DIGRAPHS = {"ph": ["ф"], "th": ["т", "ф"], "ch": ["х", "к"], "ou": ["у"], "qu": ["кв"], "ck": ["к"], "sh": ["ш"]}
_LETTERS = dict(zip("abdfhiklmnopqrtuvwxyz", "а б д ф х и к л м н о п к р т у в в кс и з".split(), strict=True))


def read_cognate(word: str) -> str | None:
    """The loan an English word of a learned ending stands for (Tourism → туризм), else None."""
    low = word.lower()
    if not (low.isascii() and low.isalpha()):
        return None
    for ending in ENDINGS:
        stem = low.removesuffix(ending.english)
        if stem != low and len(stem) >= _SHORTEST_STEM and (spelled := _known_stem(low, len(stem), ending)):
            return spelled + ending.said
    return _sive_loan(low)


# A Latin adjective in -sive after a vowel (inclusive, exclusive, invasive) came to Russian as an adjective in -зивный
# (инклюзивный), and Kazakh says its stem (инклюзив білім): the s between vowels is з, and a u after l is ю, as Russian
# writes Latin lu (люкс, иллюзия). Russian's dictionary (OpenCorpora) tells the loans; a word it lacks (decisive) keeps
# its English reading, and so does one whose s follows a consonant (massive, offensive: no з).
_SIVE = "sive"
_SIVE_ASKED = "зивный"
_SIVE_SAID = "зив"
_LU = ("лу", "лю")


def _sive_loan(low: str) -> str | None:
    """The loan a Latin adjective in -sive after a vowel stands for (Inclusive → инклюзив), else None."""
    stem = low.removesuffix(_SIVE)
    if stem == low or len(stem) < _SHORTEST_STEM or stem[-1] not in _VOWELS:
        return None
    spellings = _spellings(low, len(stem))
    for spelled in dict.fromkeys(spellings + [spelled.replace(*_LU) for spelled in spellings]):
        if russianforms.known_word(spelled + _SIVE_ASKED):
            return spelled + _SIVE_SAID
    return None


@lru_cache(maxsize=4096)
def loan_spelling(word: str) -> str | None:
    """The English word in a loan's letters when the Kazakh dictionary knows that spelling, or its stem's before
    -ing or -s, as a word (Bank → банк, Capital → капитал, Banking → банкинг: банк); a final y is the и of the
    loan's ия (Academy → академи: академия). None for a word with no such loan, for one with th (Thank, not танк),
    and without the dictionary."""
    low = word.lower()
    if not (low.isascii() and low.isalpha()) or _NOT_A_LOAN in low:
        return None
    ending = _LOAN_AFTER_Y if low.endswith("y") else ""
    suffix = next((suffix for suffix in _ENGLISH_SUFFIXES if low.endswith(suffix)), "")
    for spelled in _spellings(low, len(low)):
        stem = spelled[: len(spelled) - len(suffix)]
        if any(len(loan) >= _SHORTEST_LOAN and known_word(loan + ending) for loan in {spelled, stem}):
            return spelled
    return None


def russian_letter_loan(word: str) -> str | None:
    """The English word in a loan's letters when Russian's dictionary (OpenCorpora) has that spelling as a word
    (Real → реал, Ideal → идеал), else None."""
    low = word.lower()
    if not (low.isascii() and low.isalpha()) or _NOT_A_LOAN in low:
        return None
    return next((spelled for spelled in _spellings(low, len(low)) if russianforms.known_word(spelled)), None)


# A French word in -et that English says without its t (ballet B AE0 L EY1, bouquet, parquet) came to Russian with the
# t, spelled by its letters, a doubled consonant written once and qu as к (балет, букет, паркет, валет). A word with
# ch has no such loan here (chalet, crochet: French ch is ш, which the letters do not tell).
_FRENCH_ENDING = "et"
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")


def french_loan(word: str) -> str | None:
    """The loan Russian's dictionary (OpenCorpora) has for a French word in -et spelled by its letters (Ballet →
    балет, Valet → валет, Bouquet → букет), else None. The caller asks only for a word English says without its
    final t."""
    low = word.lower()
    if not (low.isascii() and low.isalpha()) or not low.endswith(_FRENCH_ENDING) or "ch" in low:
        return None
    letters = _DOUBLED.sub(r"\1", low).replace("qu", "k")
    return next((spelled for spelled in _spellings(letters, len(letters)) if russianforms.known_word(spelled)), None)


def _known_stem(word: str, length: int, ending: Ending) -> str | None:
    """The loan spelling of the word's first `length` letters (its stem) that the dictionary knows with one of the
    ending's loan forms."""
    for spelled in _spellings(word, length):
        if any(known_word(spelled + asked) for asked in ending.asked):
            return spelled
    return None


def _spellings(word: str, length: int) -> list[str]:
    """The stem's loan spellings; a letter's spelling may depend on the ending's first letter (physics: the s
    between vowels is з)."""
    options, at = [], 0
    while at < length:
        if at + 2 <= length and (digraph := _DIGRAPHS.get(word[at : at + 2])) is not None:
            options.append(digraph)
            at += 2
            continue
        options.append(_letter_options(word, at))
        at += 1
    return ["".join(letters) for letters in islice(product(*options), _MOST_SPELLINGS)]


def _letter_options(word: str, at: int) -> list[str]:
    """A letter's Cyrillic spellings in a loan: c is с before e, i, y (cent-) and к elsewhere; g before them may be
    дж (genetics has г: генетика); an opening e is э (economics → экономика); an s between vowels is з (physics →
    физика); j is ж or дж."""
    letter, after = word[at], word[at + 1 : at + 2]
    between_vowels = at > 0 and word[at - 1] in _VOWELS and after in _VOWELS
    choices = {
        "c": ["с"] if after in _FRONT else ["к"],
        "g": ["г", "дж"] if after in _FRONT else ["г"],
        "e": ["э", "е"] if at == 0 else ["е"],
        "s": ["з", "с"] if between_vowels else ["с"],
        "j": ["ж", "дж"],
    }
    return choices.get(letter) or [_LETTERS.get(letter, letter)]


# The English inflections a loan takes after its stem, with the sounds they are read with (designed → дизайнд,
# designs, designing): the stem is the loan Russian has.
_INFLECTIONS = {"ing": ("инг",), "ed": ("д", "т"), "s": ("с", "з")}


def russian_loan(reading: str, word: str) -> bool:
    """Whether a reading of the English word is a loan Russian has (дизайн, дизайнер), or that loan with the word's
    English inflection after it (дизайнд, дизайнинг); OpenCorpora's words, not its guesses."""
    if russianforms.known_word(reading):
        return True
    low = word.lower()
    return any(
        low.endswith(ending) and reading.endswith(said) and russianforms.known_word(reading.removesuffix(said))
        for ending, saids in _INFLECTIONS.items()
        for said in saids
    )
