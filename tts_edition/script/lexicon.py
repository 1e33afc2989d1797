"""The Kazakh lexicon that picks among a word's possible readings: word counts from Cyrillic news text, and
Debian's hunspell-kk dictionary (`tts_edition.hunspell`), with Russian's dictionary for the loans Kazakh spells as
Russian does (сериал, Италия) that hunspell-kk lacks. Loaded once, on first use."""

from __future__ import annotations

import re
import warnings
from functools import cache, lru_cache
from pathlib import Path

from tts_edition import hunspell

WORD_COUNTS = Path(__file__).with_name("kk_words.tsv")
_STEM_READINGS = 48
_SHORTEST_STEM = 4
_SHORTEST_COMPOUND_PART = 5  # a compound's second word (тілді): four letters may be endings (ағын + інің: ағынының)
_SHORTEST_LOAN = 5  # a Russian noun inside a Kazakh word: shorter ones begin too many Kazakh words
# The vowels that set a Kazakh word's harmony, back and front; и and у go with either.
HARMONY_BACK, HARMONY_FRONT = frozenset("аоұыя"), frozenset("әөүіе")
_BACK = dict.fromkeys(HARMONY_BACK, True) | dict.fromkeys(HARMONY_FRONT, False)
_LOAN_BACK = dict.fromkeys("аоуұыяюё", True) | dict.fromkeys("әөүіеиэь", False)  # a loan's last vowel (or ь)
_CONSONANT_OUT_OF_HARMONY = re.compile("[ғқ][әөүіе]|[әөүіе][ғқ]|[гк][аоұы]|[аоұы][гк]")


class Lexicon:
    """Word counts (lower case) and, when installed, a hunspell dictionary."""

    def __init__(self, counts: dict[str, int], dictionary: hunspell.Hunspell | None) -> None:
        self.counts = counts
        self.hunspell = dictionary
        self.accepts = lru_cache(maxsize=200_000)(self._accepts)
        self.choose = lru_cache(maxsize=200_000)(self._choose)

    def _accepts(self, word: str) -> bool:
        if word in self.counts:  # also skips the slower dictionary for common words
            return True
        return bool(self.hunspell) and all(self.hunspell.lookup(part) for part in word.split("-") if part)

    def _choose(self, readings: tuple[str, ...]) -> str:
        """The most frequent reading seen in real text; else the first the dictionary accepts (as a word, or
        capitalised as a name), one in vowel harmony before one without; else the one that begins with the longest
        Russian noun (a loan: `loan_length`) where no Kazakh stem is as long; else the first whose known stem is
        followed by a harmonious ending (of two such, one in vowel harmony); else the first, its і a loan's и where
        only that keeps it in vowel harmony (`_with_loan_i`)."""
        lowered = [reading.lower() for reading in readings]
        counted = [(self.counts.get(low, 0), -at) for at, low in enumerate(lowered)]
        best_count, best_at = max(counted)
        if best_count:
            return readings[-best_at]
        if not self.hunspell:
            return readings[0]
        accepted = []
        for reading, low in zip(readings, lowered, strict=True):
            if self.accepts(low):
                accepted.append(reading)
            elif self.accepts(low[:1].upper() + low[1:]):
                accepted.append(reading[:1].upper() + reading[1:])
        if accepted:
            return next((reading for reading in accepted if _harmonious("", reading.lower())), accepted[0])
        loans = [loan_length(low) for low in lowered[:_STEM_READINGS]]
        if max(loans) > max(self.longest_stem(low) for low in lowered[:_STEM_READINGS]):
            return readings[loans.index(max(loans))]  # a Russian loan, with a Kazakh ending or none: сериал(ды)
        # two known words, no loan (журналист-ерге is not журнал + істерге): қазақ + тілді, not қазақтилди
        compounds = [reading for reading, low in zip(readings, lowered, strict=True) if self.compound(low)]
        if compounds and len(compounds) < len(readings):
            return compounds[0]
        stems = [self.stem_length(low) for low in lowered[:_STEM_READINGS]]
        if not max(stems):
            return _with_loan_i(readings)
        # readings whose known stems are as long (іслам- and ислам- of Ісламның, Исламның): of them, those a longer
        # known word opens with an ending in its harmony (әліпби-іне, not әліп-біне: älipbiine), then one in harmony
        longest = [reading for reading, stem in zip(readings, stems, strict=False) if stem == max(stems)]
        reach = [self.reach(reading.lower()) for reading in longest]
        longest = [reading for reading, length in zip(longest, reach, strict=True) if length == max(reach)]
        return next((reading for reading in longest if _harmonious("", reading.lower())), longest[0])

    def compound(self, word: str) -> bool:
        """Two words the dictionary knows written as one (қазақтілді, қазақ + тілді), the second out of the first's
        vowel harmony, as no ending is, and long enough to be no ending: a compound, each word in its own vowels."""
        for cut in range(_SHORTEST_STEM, len(word) - _SHORTEST_COMPOUND_PART + 1):
            first, second = word[:cut], word[cut:]
            if not _harmonious(first, second) and self.accepts(first) and self.accepts(second):
                return True
        return False

    def stem_length(self, word: str) -> int:
        """The length of the shortest known stem the word starts with, if its ending follows that stem's vowels
        (the dictionary rejects many inflected forms of words it knows: сессия but not сессиясында); else 0."""
        for cut in range(_SHORTEST_STEM, len(word)):
            if self.accepts(word[:cut]):
                return cut if _ending_follows(word[:cut], word[cut:]) else 0
        return 0

    def reach(self, word: str) -> int:
        """The length of the longest known word the word starts with, if its ending follows that word's vowels and
        pairs ғ, қ with back vowels only, г, к with front ones, as every Kazakh suffix does (зерттелің-ғен is none);
        else 0."""
        cut = self.longest_stem(word)
        if not cut or _CONSONANT_OUT_OF_HARMONY.search(word[cut:]):
            return 0
        return cut if _ending_follows(word[:cut], word[cut:]) else 0

    def longest_stem(self, word: str) -> int:
        """The length of the longest known word the word starts with (0 when none is as long as a stem)."""
        return next((cut for cut in range(len(word), _SHORTEST_STEM - 1, -1) if self.accepts(word[:cut])), 0)


def _with_loan_i(readings: tuple[str, ...]) -> str:
    """The first reading, or, where its і stand among back vowels, the reading that writes them и, as a loan does
    (қіянат → қиянат, іммундау → иммундау): no Kazakh word mixes і with back vowels."""
    first = readings[0]
    if _harmonious("", first.lower()):
        return first
    loan = first.replace("і", "и").replace("І", "И")
    return loan if loan in readings and _harmonious("", loan.lower()) else first


def loan_length(word: str) -> int:
    """The length of the longest Russian noun that `word` starts with, as the dictionary writes it, if the rest is a
    Kazakh ending that follows the noun's last vowel (Италияда, сериалды, компьютерге); else 0."""
    from tts_edition.normalize.russianforms import loan_in_dictionary_form  # pymorphy3 loads on first use

    for cut in range(len(word), _SHORTEST_LOAN - 1, -1):
        if loan_in_dictionary_form(word[:cut]):
            return cut if _follows_loan(word[:cut], word[cut:]) else 0
    return 0


def _follows_loan(loan: str, ending: str) -> bool:
    last = [_LOAN_BACK[ch] for ch in loan if ch in _LOAN_BACK][-1:]
    return not last or all(_BACK.get(ch, last[0]) == last[0] for ch in ending)


def _ending_follows(stem: str, ending: str) -> bool:
    """The ending follows the stem's vowels: in harmony with them, or front after a loan's last и."""
    return _harmonious(stem, ending) or _follows_front_loan(stem, ending)


def _follows_front_loan(stem: str, ending: str) -> bool:
    """A loan's stem whose last vowel is и, before consonants, takes front endings (механизм-і, министр-ге), though
    a vowel before the и is back."""
    vowels = [ch for ch in stem if ch in _LOAN_BACK and ch != "ь"]
    return vowels[-1:] == ["и"] and not stem.endswith("и") and _follows_loan(stem, ending)


def in_harmony(word: str) -> bool:
    """Every back/front vowel of the word is of the kind of its first (a Kazakh word's; many loans' are not)."""
    return _harmonious("", word)


def _harmonious(stem: str, ending: str) -> bool:
    """Every back/front vowel of `ending` is of the kind of the stem's last one (or of the ending's first)."""
    classes = [_BACK[ch] for ch in stem + ending if ch in _BACK]
    last = [_BACK[ch] for ch in stem if ch in _BACK][-1:] or classes[:1]
    return all(_BACK.get(ch, last[0]) == last[0] for ch in ending) if last else True


@cache
def load_lexicon() -> Lexicon:
    """The lexicon, loaded once; without hunspell-kk or libhunspell it warns once and uses the word counts only."""
    return Lexicon(_read_counts(WORD_COUNTS), _hunspell())


def _read_counts(path: Path) -> dict[str, int]:
    counts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, count = line.split("\t")
            counts[word] = int(count)
    return counts


def _hunspell() -> hunspell.Hunspell | None:
    dictionary = hunspell.kazakh_dictionary()
    if dictionary is None:
        warnings.warn(f"{hunspell.missing_part()} ({hunspell.INSTALL}): Arabic-script vowels are chosen by rule",
                      stacklevel=3)  # fmt: skip
    return dictionary
