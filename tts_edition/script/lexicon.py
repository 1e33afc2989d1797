"""The Kazakh lexicon that picks among a word's possible readings: word counts from Cyrillic news text, and
Debian's hunspell-kk dictionary (`tts_edition.hunspell`). Loaded once, on first use."""

from __future__ import annotations

import warnings
from functools import cache, lru_cache
from pathlib import Path

from tts_edition import hunspell

WORD_COUNTS = Path(__file__).with_name("kk_words.tsv")
_STEM_READINGS = 48
_SHORTEST_STEM = 4
_BACK = dict.fromkeys("аоұыя", True) | dict.fromkeys("әөүіе", False)


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
        capitalised as a name), one in vowel harmony before one without; else the first whose known stem is
        followed by a harmonious ending (of two such, one in vowel harmony); else the first."""
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
        stems = [self.stem_length(low) for low in lowered[:_STEM_READINGS]]
        if not max(stems):
            return readings[0]
        # readings whose known stems are as long (іслам- and ислам- of Ісламның, Исламның): one in harmony first
        longest = [reading for reading, stem in zip(readings, stems, strict=False) if stem == max(stems)]
        return next((reading for reading in longest if _harmonious("", reading.lower())), longest[0])

    def stem_length(self, word: str) -> int:
        """The length of the shortest known stem the word starts with, if its ending follows that stem's vowels
        (the dictionary rejects many inflected forms of words it knows: сессия but not сессиясында); else 0."""
        for cut in range(_SHORTEST_STEM, len(word)):
            if self.accepts(word[:cut]):
                return cut if _harmonious(word[:cut], word[cut:]) else 0
        return 0


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
