"""Words in capitals (headlines, datelines, surnames): a word is read as a word unless it is an initialism.

The Kazakh hunspell dictionary (`tts_edition.hunspell`) decides when it is installed; without it, or for a word
it does not know (a surname), a pronounceable word is a word; with the dictionary, an unknown word of three
letters is taken for an initialism (АГФ, ҚИК), since the dictionary knows the short words.
"""

from __future__ import annotations

from tts_edition.hunspell import kazakh_dictionary
from tts_edition.normalize.abbreviations import pronounceable

_SHORTEST_UNKNOWN_WORD = 4


def known_word(word: str) -> bool | None:
    """True or False when the dictionary is installed, None when it is not."""
    dictionary = kazakh_dictionary()
    return None if dictionary is None else dictionary.lookup(word.lower())


def is_word(capitals: str) -> bool:
    """ЖАРИЯЛАНДЫ, ҚАРАША, САПАРОВА are words; АГФ, ЖКҚ are initialisms to spell."""
    known = known_word(capitals)
    if known:
        return True
    return pronounceable(capitals) and (known is None or len(capitals) >= _SHORTEST_UNKNOWN_WORD)
