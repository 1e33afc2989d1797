"""Debian's Kazakh hunspell dictionary (hunspell-kk), read by the hunspell library itself (libhunspell, through
ctypes). It loads in about 40 ms and holds about 8 MB; a lookup takes microseconds.

One dictionary serves the whole process: the normaliser asks it about words in capitals, the script converter
about the vowels of Arabic-script words. Without hunspell-kk or libhunspell there is none, and they say so.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from functools import cache
from pathlib import Path

DICTIONARY = Path("/usr/share/hunspell/kk_KZ")
LIBRARY_NAMES = ("hunspell-1.7", "hunspell")
INSTALL = "install the Debian packages hunspell-kk and libhunspell-1.7-0"


class Hunspell:
    """A loaded hunspell dictionary; `lookup` is safe from any thread."""

    def __init__(self, library: ctypes.CDLL, affixes: Path, words: Path) -> None:
        library.Hunspell_create.restype = ctypes.c_void_p
        library.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        library.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        library.Hunspell_spell.restype = ctypes.c_int
        library.Hunspell_stem.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)),
            ctypes.c_char_p,
        ]
        library.Hunspell_stem.restype = ctypes.c_int
        library.Hunspell_free_list.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)),
            ctypes.c_int,
        ]
        library.Hunspell_free_list.restype = None
        self._library = library
        self._handle = library.Hunspell_create(bytes(affixes), bytes(words))
        self._lock = threading.Lock()  # the library's own state is not shared safely between threads

    def lookup(self, word: str) -> bool:
        """Whether the dictionary accepts the word as written (the Kazakh dictionary is UTF-8)."""
        encoded = word.encode("utf-8")
        if not word or b"\0" in encoded:
            return False
        with self._lock:
            return bool(self._library.Hunspell_spell(self._handle, encoded))

    def stems(self, word: str) -> tuple[str, ...]:
        """The dictionary's words the word is formed from by its affix rules (баламаң → балама; алаң → алаң, ала),
        none for a word it does not know."""
        encoded = word.encode("utf-8")
        if not word or b"\0" in encoded:
            return ()
        found = ctypes.POINTER(ctypes.c_char_p)()
        with self._lock:
            count = self._library.Hunspell_stem(self._handle, ctypes.byref(found), encoded)
            stems = tuple(found[i].decode("utf-8") for i in range(count))
            self._library.Hunspell_free_list(self._handle, ctypes.byref(found), count)
        return stems


def missing_part() -> str | None:
    """What is missing for the Kazakh dictionary to load, or None when nothing is."""
    if not DICTIONARY.with_suffix(".dic").is_file() or not DICTIONARY.with_suffix(".aff").is_file():
        return f"{DICTIONARY}.dic is missing"
    if _library() is None:
        return "libhunspell is missing"
    return None


@cache
def kazakh_dictionary() -> Hunspell | None:
    """The dictionary, loaded on first use; None when hunspell-kk or libhunspell is not installed."""
    library = _library()
    if library is None or missing_part() is not None:
        return None
    return Hunspell(library, DICTIONARY.with_suffix(".aff"), DICTIONARY.with_suffix(".dic"))


@cache
def _library() -> ctypes.CDLL | None:
    for name in LIBRARY_NAMES:
        found = ctypes.util.find_library(name)
        if found:
            try:
                return ctypes.CDLL(found)
            except OSError:
                continue
    return None
