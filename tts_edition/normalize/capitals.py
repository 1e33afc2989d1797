"""Words in capitals (headlines, datelines, surnames): a word is read as a word unless it is an initialism.

The Kazakh hunspell dictionary (`tts_edition.hunspell`) decides when it is installed: a word it knows, or a stem it
knows followed by a chain of Kazakh suffixes (ЭКСПЕДИЦИЯСЫНЫҢ, ҚАЗАҚСТАНДАҒЫ: the dictionary's own affix rules
reject many inflected forms), is a word. Without it, or for a word it does not know (a surname), a pronounceable
word is a word; with the dictionary, an unknown word of three letters is taken for an initialism (АГФ, ҚИК), since
the dictionary knows the short words. A long word with vowels in it is a word whatever its clusters: initialisms
are short.
"""

from __future__ import annotations

from tts_edition.hunspell import kazakh_dictionary
from tts_edition.normalize.abbreviations import pronounceable
from tts_edition.normalize.morphology import VOWELS, parse_suffixes

_SHORTEST_UNKNOWN_WORD = 4
_SHORTEST_STEM = 3
_LONGEST_INITIALISM = 6
_MOST_CONSONANTS_IN_A_ROW = 3


def known_word(word: str) -> bool | None:
    """True or False when the dictionary is installed, None when it is not."""
    dictionary = kazakh_dictionary()
    return None if dictionary is None else dictionary.lookup(word.lower())


def known_stem(word: str) -> bool | None:
    """Whether the dictionary knows the word, or a stem of it followed by suffixes (None without the dictionary)."""
    lower = word.lower()
    known = known_word(lower)
    if known is not False:
        return known
    for cut in range(len(lower) - 1, _SHORTEST_STEM - 1, -1):
        if parse_suffixes(lower[cut:]) and known_word(lower[:cut]):
            return True
    return False


def is_word(capitals: str) -> bool:
    """ЖАРИЯЛАНДЫ, ҚАРАША, САПАРОВА, ЭКСПЕДИЦИЯСЫНЫҢ are words; АГФ, ЖКҚ are initialisms to spell."""
    if not any(ch in VOWELS for ch in capitals.lower()):
        return False  # ЖҚТБ: the dictionary's affix rules can pass any string; a word has a vowel
    known = known_stem(capitals)
    if known or _long_word(capitals):
        return True
    return pronounceable(capitals) and (known is None or len(capitals) >= _SHORTEST_UNKNOWN_WORD)


def _long_word(capitals: str) -> bool:
    lower = capitals.lower()
    if len(lower) <= _LONGEST_INITIALISM or sum(ch in VOWELS for ch in lower) * 4 < len(lower):
        return False
    run = 0
    for ch in lower:
        run = 0 if ch in VOWELS else run + 1
        if run > _MOST_CONSONANTS_IN_A_ROW:
            return False
    return True
