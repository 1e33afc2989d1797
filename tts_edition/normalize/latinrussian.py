"""A single Russian word written in Latin letters the way Russian is transliterated (Polisia.kz, Championat.com,
Sxodim, Vihod): a site's, a festival's or a brand's name that the English dictionary and the Kazakh one both lack.

Each letter may stand for the Cyrillic letters Russian transliteration writes it for (s → с, or ц before a vowel;
i → и, ы or й; x → х or кс; h → х; ai → ай; ia → ия or я; ch → ч; e → е or э). The word's likeliest spelling is tried,
then those with one letter read otherwise (mialy is no мяли, two letters away), and the first that OpenCorpora knows
(pymorphy3, `russianforms.known_word`) is the word if it is a common word in a form a name stands in
(`russianforms.known_name_form`: Polisia → полиция, Vihod → выход, Sxodim → сходим; not a name, Nazima, Kazbek, nor
the genitive пицц of pics). The caller asks only for a word no English or Kazakh reading claims (today, center, kisi
keep theirs), so pymorphy3 is loaded only for such a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from tts_edition.normalize import russianforms

# Each letter or letter group with the Cyrillic it may stand for, likeliest first.
_OPTIONS = {
    "shch": ("щ",), "sch": ("щ", "сч"), "sh": ("ш",), "ch": ("ч",), "zh": ("ж",), "kh": ("х",),
    "ts": ("ц", "тс"), "ya": ("я", "ья"), "yu": ("ю", "ью"), "yo": ("ё", "йо"), "ia": ("ия", "я", "ья"),
    "iu": ("ию", "ю", "ью"), "ai": ("ай", "аи"), "ei": ("ей", "еи"), "oi": ("ой", "ои"), "ui": ("уй", "уи"),
    "a": ("а",), "b": ("б",), "c": ("к",), "d": ("д",), "e": ("е", "э"), "f": ("ф",), "g": ("г",), "h": ("х",),
    "i": ("и", "ы", "й"), "j": ("ж", "й"), "k": ("к",), "l": ("л",), "m": ("м",), "n": ("н",), "o": ("о",),
    "p": ("п",), "q": ("к",), "r": ("р",), "s": ("с",), "t": ("т",), "u": ("у",), "v": ("в",), "w": ("в",),
    "x": ("х", "кс"), "y": ("ы", "й", "и"), "z": ("з",),
}  # fmt: skip
# Letters whose choices depend on the letter after them: c is ц or с before e, i, y (as in Latin loans) and к
# elsewhere; s is ц only before a vowel (Polisia, as the 2021 Kazakh alphabet writes ц), never at a word's end (pics).
_BEFORE_VOWEL = {"c": ("ц", "с"), "s": ("с", "ц")}
_SOFTENING = {"c": "eiy", "s": "aeiouy"}
_CHUNK = re.compile("|".join(sorted(_OPTIONS, key=len, reverse=True)))
# Letter pairs no transliteration of Russian writes, only English and Greek spellings (Phaly, Thermo).
_NOT_RUSSIAN = re.compile("ph|th")
_SHORTEST_WORD = 4  # a shorter word (ria, mir, Kari) is as likely an initialism's letters or a name


@lru_cache(maxsize=1024)
def russian_word(word: str) -> str | None:
    """The Russian word plain Latin letters transliterate (Polisia → полиция, ZVUK → звук), else None: a common word
    OpenCorpora knows, not a name (Dastan, Kazbek)."""
    low = word.lower()
    if len(low) < _SHORTEST_WORD or not (low.isascii() and low.isalpha()) or _NOT_RUSSIAN.search(low):
        return None
    known = next((spelling for spelling in _spellings(low) if russianforms.known_word(spelling)), None)
    return known if known is not None and russianforms.known_name_form(known) else None


def _choices(chunk: str, after: str) -> tuple[str, ...]:
    if chunk in _BEFORE_VOWEL and after and after in _SOFTENING[chunk]:
        return _BEFORE_VOWEL[chunk]
    return _OPTIONS[chunk]


def _spellings(word: str) -> Iterator[str]:
    """The likeliest Cyrillic spelling of `word`, then each with one letter read otherwise."""
    chunks = [(chunk.group(), word[chunk.end() : chunk.end() + 1]) for chunk in _CHUNK.finditer(word)]
    options = [_choices(chunk, after) for chunk, after in chunks]
    likeliest = [choices[0] for choices in options]
    yield "".join(likeliest)
    for at, choices in enumerate(options):
        for other in choices[1:]:
            yield "".join([*likeliest[:at], other, *likeliest[at + 1 :]])
