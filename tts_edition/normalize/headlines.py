"""In a line typed wholly in capitals (a headline, a title page, a notice), what follows a number is read as in small
letters: the rules of numbers, units, abbreviations and ranks read small letters (2020 Ж. as 2020 ж., 200 М as 200 м,
17 М/С-ҚА as 17 м/с-қа, 9 СЫНЫП as 9 сынып, 11-І as 11-і)."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import capitals
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER
from tts_edition.normalize.provenance import Traced
from tts_edition.normalize.writtennumbers import number_ending

# A heading's words, as `capitals.in_heading` counts them, but each of two capitals or more: a line of a test's
# options (А) 1350 В) 6 С) 135) is no heading here, its letters the options' own.
_CAPITALS_LINE = re.compile(
    rf"^(?=(?:[^\n]*?[{KAZAKH_UPPER}]{{2}}){{{capitals.FEWEST_HEADING_WORDS}}})[^\n{KAZAKH_LOWER}a-z]+$", re.M
)
_WORD = re.compile(rf"(?:(?<![\w-])|(?<=\d)|(?<=[\d%]-))[{KAZAKH_UPPER}]+(?:-[{KAZAKH_UPPER}]+)*(?![\w-])")
# 200 М, 4САҒ, 16 МЫҢ КМ-ДІ, 17 М/С, 11-І, 44,2%-Ы, 33,3% - ҒА: a unit's letters, an abbreviation's, a suffix; not a
# heading's own number opening the line (2 БАСТЫ СОТ ТАЛҚЫЛАУЫ 21.37), which the rules of headings read by the capitals
_AFTER_NUMBER = re.compile(rf"(?:\d(?: МЫҢ| МЛН| МЛРД)?|%)(?: - |[ -]|(?<=\d))$|\d ?[{KAZAKH_UPPER}]{{1,4}}/$")
_HEADING_NUMBER = re.compile(r"\s*\d{1,3}(?:\.\d{1,3})*\.? ")
# A code's number after its capitals and hyphen, the letter glued after it the code's too (СОЮЗ ТМА-16М: эм, no metre).
_CODE_NUMBER = re.compile(rf"[{KAZAKH_UPPER}A-Z]-\d+$")
_SHORTEST_STEM_WORD = 4  # the dictionary's affix rules pass most shorter strings as some stem's form


def lines_in_capitals_lowered(traced: Traced) -> None:
    """Each line of `traced` set wholly in capitals, with what follows its numbers in small letters."""
    one_line_in_small_letters = "\n" not in traced.text and not traced.text.isupper()
    if not one_line_in_small_letters and _CAPITALS_LINE.search(traced.text):
        traced.sub(_CAPITALS_LINE, lambda line: _WORD.sub(_word_lowered, line.group()))


def _word_lowered(word: re.Match[str]) -> str:
    """A word after a number in small letters where small letters make it a unit, an abbreviation, a suffix or a
    word the dictionary knows; a hyphened word the dictionary knows whole that no initialism opens (СОНДАЙ-АҚ →
    сондай-ақ, but АҚ-ТА, БАҚ-ТАРДА stay). The other words are left to the rules of capitals, which read a
    heading as one, and so is an initialism the table holds in capitals (1 АҚШ ДОЛЛАРЫ)."""
    written, before = word.group(), word.string[: word.start()]  # the string is the line
    after_number = _AFTER_NUMBER.search(before[-12:]) and not _HEADING_NUMBER.fullmatch(before)
    after_number = after_number and not _CODE_NUMBER.search(before[-12:])
    if after_number and _said_in_small_letters(written, before.rstrip().endswith("-")):
        return written.lower()
    if "-" in written and written.partition("-")[0] not in abbr.table() and capitals.known_word(written.lower()):
        return written.lower()
    return written


def _said_in_small_letters(written: str, after_hyphen: bool) -> bool:
    head, _, suffix = written.partition("-")
    if suffix:  # 17 М/С-ҚА, 15 СМ-ГЕ: a unit and its case ending
        return number_ending(suffix.lower()) and _said_in_small_letters(head, after_hyphen)
    lower, table = written.lower(), abbr.table()
    if after_hyphen and number_ending(lower):
        return True  # 33,3% - ҒА: a suffix, not the initialism ҒА
    if written in table and len(written) > 1:
        return False
    if len(written) == 1:
        return not after_hyphen  # 200 М, 2020 Ж.; after a hyphen a code's letter (042-Х), a suffix being read above
    if lower in table or capitals.known_word(lower):
        return True
    return len(lower) >= _SHORTEST_STEM_WORD and bool(capitals.known_stem(lower))
