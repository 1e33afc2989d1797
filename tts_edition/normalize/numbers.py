"""Kazakh numerals: cardinals to trillions, ordinals (only the last word inflected), decimals with бүтін."""

from __future__ import annotations

import re
from collections.abc import Callable

from tts_edition.normalize.morphology import inflect

ONES = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]
SCALES = [(10**12, "триллион"), (10**9, "миллиард"), (10**6, "миллион"), (1000, "мың")]
# Ordinal stems that are not the word itself: жиырма takes -сыншы, елу takes -інші (қырық → қырқыншы is the
# syncope of morphology.inflect).
ORDINAL_WORDS = {"жиырма": "жиырмасыншы", "елу": "елуінші"}
# A cardinal's word standing alone: a number an earlier rule has already said (5.1.2 → бес бір екі).
CARDINAL_WORD = "|".join([*ONES, *TENS[1:], "жүз", *(name for _, name in SCALES)])
MAX_CARDINAL = 10**15 - 1
_MAX_CARDINAL_DIGITS = len(str(MAX_CARDINAL))


def cardinal(n: int) -> str:
    """12 345 → 'он екі мың үш жүз қырық бес'; 1000 → 'мың', 1 000 000 → 'бір миллион'."""
    if n < 0:
        return "минус " + cardinal(-n)
    if n > MAX_CARDINAL:
        return digits(str(n))
    if n == 0:
        return ONES[0]
    words: list[str] = []
    for scale, name in SCALES:
        count, n = divmod(n, scale)
        if count:
            if not (scale == 1000 and count == 1):
                words.append(_below_thousand(count))
            words.append(name)
    if n:
        words.append(_below_thousand(n))
    return " ".join(words)


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    words = []
    if hundreds:
        words += ([ONES[hundreds]] if hundreds > 1 else []) + ["жүз"]
    if tens:
        words.append(TENS[tens])
    if ones:
        words.append(ONES[ones])
    return " ".join(words)


def ordinal(n: int) -> str:
    """2 → 'екінші', 40 → 'қырқыншы', 1992 → 'мың тоғыз жүз тоқсан екінші'."""
    return ordinal_of(cardinal(n))


def ordinal_of(spoken: str) -> str:
    """Make the last word of a spoken cardinal ordinal."""
    head, _, last = spoken.rpartition(" ")
    word = ORDINAL_WORDS.get(last) or inflect(last, ["ordinal"])
    return f"{head} {word}" if head else word


def cardinal_of(written: str) -> str:
    """A run of ASCII digits as a cardinal, digit by digit past the named scales; a longer run is never made an
    int (Python refuses more than 4,300 digits, and the conversion is quadratic)."""
    significant = written.lstrip("0") or "0"
    return digits(significant) if len(significant) > _MAX_CARDINAL_DIGITS else cardinal(int(significant))


def digits(text: str) -> str:
    """Digit by digit, for phone numbers and numbers too long to read as one."""
    return " ".join(ONES[int(d)] for d in text if d.isdigit())


def dictated(written: str, zero: str = ONES[0], count: Callable[[str], str] = cardinal_of) -> str:
    """A group of digits as it is dictated, not counted: each leading zero said, then the rest as a number
    (072 → нөл жетпіс екі, 006 → нөл нөл алты, 0150 → нөл жүз елу, 00 → нөл нөл); another language's ZERO and
    COUNT say it in that language (07 → ноль семь)."""
    number = written.lstrip("0")
    zeros = [zero] * (len(written) - len(number))
    return " ".join([*zeros, count(number)] if number else zeros)


_DENOMINATORS = {1: "оннан", 2: "жүзден", 3: "мыңнан", 4: "он мыңнан", 5: "жүз мыңнан", 6: "миллионнан"}


def decimal(whole: str, fraction: str) -> str:
    """'3', '5' → 'үш бүтін оннан бес'; '2', '75' → 'екі бүтін жүзден жетпіс бес'."""
    whole_words = cardinal_of(whole)
    if len(fraction) not in _DENOMINATORS:
        return f"{whole_words} бүтін {digits(fraction)}"
    return f"{whole_words} бүтін {_DENOMINATORS[len(fraction)]} {cardinal(int(fraction))}"


def number_of(written: str) -> str:
    """A written number, its decimal comma or point included: '169' → 'жүз алпыс тоғыз', '0,5' → 'нөл бүтін оннан
    бес'."""
    whole, _, fraction = written.replace(",", ".").partition(".")
    return decimal(whole, fraction) if fraction else cardinal_of(whole)


def value_of(integer: str) -> int:
    """The number written; a run past the named scales (read digit by digit) counts as one more than they reach."""
    written = re.sub(r"\D", "", integer).lstrip("0")
    return int(written or "0") if len(written) <= _MAX_CARDINAL_DIGITS else MAX_CARDINAL + 1
