"""Numbers inside English runs, said in English (Exercise 1,2 page 24 → эксерсайз уан, ту пейдж твенти фор).

A sentence the language detector finds English (`language.language_runs`: an English lesson, a caption, a quote)
says its numbers in English, as the rest of it is said. num2words makes the English words (British: one hundred
and two; years in pairs: eighteen thirty-eight, nineteen oh-five, twenty twenty-four); they are spelled in Kazakh
Cyrillic from a table of their few words, the way Russian spells English number words: th is с (three → сри,
twentieth → твентиэс), where the CMU reading of names gives т (Smith → смит) and would say терди, эйтт.

- Ordinals: 1st, 20th, 20-th; a day before or after an English month's name (20 September, September 20); a
  regnal numeral after a title and a name (King George IV → кинг джордж зе форс).
- Years: four digits from 1100 to 2099 that no unit follows.
- Decimals: a point, or a comma before a unit (4,88 m: the Kazakh writer's decimal comma); a comma before three
  digits groups thousands (1,200), any other joins a list (Exercise 1,2 → уан, ту).
- Only in English prose: a line of three English words or more and no Cyrillic word (Web of Science базасында 12
  мақала is Kazakh), not all in title case (a title, FIDE World Rapid and Blitz 2021, 27th Asian Youth Chess
  Championships, keeps the Kazakh page's numbers), with no formula's or code's marks
  (=, x2, range(2, n**0.5)) and no digit glued to a letter (a page viewer's «page 1of 144»); a list's number opening
  the line (3. Play the piano) and a number after № are the Kazakh document's own, said in Kazakh, and so is a
  copyright notice's year (Copyright © 2024 SCHOLAR.TIPS - All rights reserved): the Kazakh page's own footer.
- Units after a number in English words, spelled as Russian spells the unit with English's plural з (3,05 m →
  сри пойнт оу файв метрз, 28°C → твенти эйт дигриз селсиус).
"""

from __future__ import annotations

import re
from functools import cache

from tts_edition.normalize.dates import ENGLISH_MONTHS
from tts_edition.normalize.english import phonemes
from tts_edition.normalize.marks import line_before, line_holding
from tts_edition.normalize.roman import roman_value
from tts_edition.normalize.rules import Rule

_WORDS = {
    "zero": "зироу", "one": "уан", "two": "ту", "three": "сри", "four": "фор", "five": "файв", "six": "сикс",
    "seven": "севен", "eight": "эйт", "nine": "найн", "ten": "тен", "eleven": "илевен", "twelve": "твелв",
    "thirteen": "сертин", "fourteen": "фортин", "fifteen": "фифтин", "sixteen": "сикстин", "seventeen": "севентин",
    "eighteen": "эйтин", "nineteen": "найнтин", "twenty": "твенти", "thirty": "серти", "forty": "форти",
    "fifty": "фифти", "sixty": "сиксти", "seventy": "севенти", "eighty": "эйти", "ninety": "найнти",
    "hundred": "хандред", "thousand": "таузенд", "million": "миллион", "billion": "биллион", "trillion": "триллион",
    "and": "энд",
    "point": "пойнт", "oh": "оу", "first": "ферст", "second": "секонд", "third": "серд", "fifth": "фифс",
    "eighth": "эйтс", "ninth": "найнс", "twelfth": "твелфс",
}  # fmt: skip
_ORDINAL_TH = "с"  # fourth → форс, hundredth → хандредс
_ORDINAL_IETH = "эс"  # twentieth → твентиэс
_THE = "зе"
# Unit → its English name in the singular and plural, spelled as Russian spells the unit (метр, сантиметр).
_UNITS = {
    "m": ("метр", "метрз"), "cm": ("сантиметр", "сантиметрз"), "mm": ("миллиметр", "миллиметрз"),
    "km": ("километр", "километрз"), "kg": ("килограм", "килограмз"), "g": ("грам", "грамз"),
    "°C": ("дигри селсиус", "дигриз селсиус"), "°F": ("дигри фаренхайт", "дигриз фаренхайт"),
    "°": ("дигри", "дигриз"), "%": ("персент", "персент"),
}  # fmt: skip
_UNIT = "|".join(re.escape(unit) for unit in sorted(_UNITS, key=len, reverse=True))
_FIRST_YEAR, _LAST_YEAR = 1100, 2099
_THOUSANDS_GROUP = 3  # digits after a comma that group thousands (1,200), not a decimal's or a list's
_TOO_LARGE = 10**15  # a quadrillion and above: words the table lacks, left to the Kazakh rules

_MONTH = "|".join(month.title() for month in ENGLISH_MONTHS)
_TITLES = "King|Queen|Pope|Emperor|Empress|Tsar|Czar|Prince|Princess|Duke|Sultan|Pharaoh"
_NUMBER_START = r"(?<![\w./:№-])(?<!\d,)(?<!№ )"
_NUMBER_END = r"(?![\w/:]|[.,]\d|-\w)"
REGNAL_NUMERAL = re.compile(rf"(?P<head>\b(?:{_TITLES})\s+[A-Z][a-z]+\s+)(?P<roman>[IVXLC]{{1,6}})\b(?!\.\w)")
ORDINAL = re.compile(rf"{_NUMBER_START}(?P<nth>\d{{1,4}})-?(?:st|nd|rd|th)(?!\w)")
DAY_OF_MONTH = re.compile(
    rf"{_NUMBER_START}(?P<day>[0-3]?\d)(?=\s+(?:{_MONTH})\b)|(?P<month>\b(?:{_MONTH})\s+)(?P<day2>[0-3]?\d){_NUMBER_END}"
)
NUMBER = re.compile(
    rf"{_NUMBER_START}(?P<whole>\d+)(?:(?P<mark>[.,])(?P<fraction>\d+))?(?:\s?(?P<unit>{_UNIT})(?!\w))?{_NUMBER_END}"
)


_PROSE_WORDS = 3
_ENGLISH_WORD = re.compile(r"(?<![\w'])[A-Za-z]{2,}(?![\w'])")
_NOT_PROSE = re.compile(r"[=<>≤≥∈*^]|[^\W\d_]\(|\d(?!st|nd|rd|th)[^\W\d_°]|[^\W\d_]\d")
_CYRILLIC_WORD = re.compile(r"[а-яёәғқңөұүһі]{2,}", re.I)
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})  # lower case in titles
_LIST_MARK = re.compile(r"[.)]")
# A copyright notice: its sign, or the word before the year (Copyright 2024); not the word in a sentence (The Copyright
# Act of 1976).
_COPYRIGHT_NOTICE = re.compile(r"©|Copyright[ \u00a0]+\d")


def in_english_prose(match: re.Match[str]) -> bool:
    """Whether a number is in a line of English prose (see the module's notes), not the list number opening it."""
    text, start = match.string, match.start()
    line = line_holding(text, start, start)
    if not line_before(text, start).strip() and _LIST_MARK.match(text, match.end()):
        return False
    if _NOT_PROSE.search(line) or _CYRILLIC_WORD.search(line) or _COPYRIGHT_NOTICE.search(line):
        return False
    words = [word for word in _ENGLISH_WORD.findall(line) if phonemes(word.lower())]
    return len(words) >= _PROSE_WORDS and not all(word[0].isupper() or word in _SMALL_WORDS for word in words)


def _in_words(english: str) -> str:
    """num2words' English in Kazakh Cyrillic, word by word (twenty-four → твенти фор)."""
    return " ".join(_word(word) for word in re.split(r"[\s,-]+", english) if word)


def _word(word: str) -> str:
    if word in _WORDS:
        return _WORDS[word]
    if word.endswith("ieth"):
        return _WORDS[word[:-4] + "y"] + _ORDINAL_IETH
    return _WORDS[word.removesuffix("th")] + _ORDINAL_TH


def _english(number: int | float, to: str = "cardinal") -> str:
    from num2words import num2words  # imported on first use: it takes a while

    return _in_words(num2words(number, lang="en", to=to))


def cardinal(number: int) -> str:
    """One hundred and two → уан хандред энд ту."""
    return _english(number)


def ordinal(number: int) -> str:
    """20 → твентиэс."""
    return _english(number, "ordinal")


def _whole(digits: str) -> str:
    """A whole number, a year read in pairs (1838 → эйтин серти эйт)."""
    number = int(digits)
    if len(digits) == 4 and _FIRST_YEAR <= number <= _LAST_YEAR:
        return _english(number, "year")
    return cardinal(number)


def _decimal(whole: str, fraction: str) -> str:
    """4,88 → фор пойнт эйт эйт: the digits after the point one by one, a nought said оу."""
    return " ".join(
        [cardinal(int(whole)), _WORDS["point"], *(_WORDS["oh"] if d == "0" else cardinal(int(d)) for d in fraction)]
    )


def speak_number(match: re.Match[str]) -> str:
    """24 → твенти фор, 4,88 m → фор пойнт эйт эйт метрз, 1838 → эйтин серти эйт."""
    whole, mark, fraction, unit = match["whole"], match["mark"], match["fraction"], match["unit"]
    if int(whole) >= _TOO_LARGE or (mark == "," and not unit and int(whole + fraction) >= _TOO_LARGE):
        return match.group()
    if mark == "," and len(fraction) == _THOUSANDS_GROUP and not unit:
        return cardinal(int(whole + fraction))
    if mark == "," and not unit:
        return f"{_whole(whole)}, {_whole(fraction)}"
    said = _decimal(whole, fraction) if mark else (cardinal(int(whole)) if unit else _whole(whole))
    if not unit:
        return said
    singular, plural = _UNITS[unit]
    return f"{said} {singular if not mark and int(whole) == 1 else plural}"


def speak_day_of_month(match: re.Match[str]) -> str:
    return f"{match['month'] or ''}{ordinal(int(match['day'] or match['day2']))}"


def speak_regnal_numeral(match: re.Match[str]) -> str:
    value = roman_value(match["roman"])
    return match.group() if value is None else f"{match['head']}{_THE} {ordinal(value)}"


# One pattern, so that each number is judged on the line as written, before another number of it is said.
ENGLISH_NUMBER = re.compile(
    "|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in
             [("regnal", REGNAL_NUMERAL), ("ordinal", ORDINAL), ("dated", DAY_OF_MONTH), ("number", NUMBER)])
)  # fmt: skip
_READERS = {
    "regnal": speak_regnal_numeral,
    "ordinal": lambda match: ordinal(int(match["nth"])),
    "dated": speak_day_of_month,
    "number": speak_number,
}
_DIGIT_OR_TITLE = re.compile(rf"\d|\b(?:{_TITLES})\b")


def speak_english_number(match: re.Match[str]) -> str:
    """A number in English prose in English words; any other left as written, for the Kazakh rules."""
    if not in_english_prose(match):
        return match.group()
    return next(read(match) for name, read in _READERS.items() if match[name] is not None)


@cache
def rules() -> list[Rule]:
    """The rule that reads numbers in English runs, before the Kazakh rules would read them in Kazakh."""
    return [Rule("english number", ENGLISH_NUMBER, speak_english_number, "cardinal", needs=_DIGIT_OR_TITLE)]
