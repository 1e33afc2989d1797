"""Words in capitals (headlines, datelines, surnames): a word is read as a word unless it is an initialism.

The Kazakh hunspell dictionary (Debian's hunspell-kk, read with spylls) decides when it is installed; without it,
or for a word it does not know (a surname), a pronounceable word is a word; with the dictionary, an unknown word
of three letters is taken for an initialism (АГФ, ҚИК), since the dictionary knows the short words.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Protocol

from tts_edition.normalize.abbreviations import pronounceable

DICTIONARY = Path("/usr/share/hunspell/kk_KZ")
_SHORTEST_UNKNOWN_WORD = 4


class _Lookup(Protocol):
    def lookup(self, word: str) -> bool: ...


@cache
def _dictionary() -> _Lookup | None:
    if not DICTIONARY.with_suffix(".dic").exists():
        return None
    try:
        from spylls.hunspell import Dictionary
    except ImportError:
        return None
    return Dictionary.from_files(str(DICTIONARY))


def forget_dictionary() -> None:
    """Let the dictionary go (it holds some 140 MB) once a build has normalised its text; it loads again if asked."""
    _dictionary.cache_clear()
    known_word.cache_clear()


@cache
def known_word(word: str) -> bool | None:
    """True or False when the dictionary is installed, None when it is not."""
    dictionary = _dictionary()
    return None if dictionary is None else dictionary.lookup(word.lower())


def is_word(capitals: str) -> bool:
    """ЖАРИЯЛАНДЫ, ҚАРАША, САПАРОВА are words; АГФ, ЖКҚ are initialisms to spell."""
    known = known_word(capitals)
    if known:
        return True
    return pronounceable(capitals) and (known is None or len(capitals) >= _SHORTEST_UNKNOWN_WORD)
