"""References to the Qur'an by sura and verse, as Kazakh religious pages cite them.

A reference names the sura, then gives its number and the verse's, set apart by a slash or a colon ("Бақара, 2/185",
"Бақара сүресі, 2:255", "(Ахзаб, 33/21)"), or the verse alone after a slash ("Бақара/255"). Its numbers are two
counts said one after the other (екі, жүз сексен бес), not a fraction (жүз сексен бестен екі), a score or a time.
A name's pair is a reference only when its first number is that sura's own (2 for Бақара), so a street's house
number (Абай, 4/2) stays the house number; after "Құран" any sura's number (1 to 114) will do.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from tts_edition.normalize.numbers import cardinal_of
from tts_edition.normalize.tables import table_rows

TABLE = Path(__file__).with_name("suras.tsv")
_SURAS = 114
_LONGEST_SURA = 286  # the verses of al-Baqara
_QURAN = "Құран"


@cache
def suras() -> dict[str, int]:
    """Each spelling of a sura's name and its number."""
    return {name: int(row[0]) for row in table_rows(TABLE) for name in row[1:]}


def _names() -> str:
    return "|".join(re.escape(name) for name in sorted([*suras(), _QURAN], key=len, reverse=True))


_NUMBER = r"\d{1,3}"
# What every reference holds (`Rule.needs`): a comma, a number and its slash or colon, or a word's slash before one.
REFERENCE_MARK = re.compile(r"(?:,\s?\d{1,3}\s?[/:]|[^\W\d]\s?/)\s?\d")
VERSE_REFERENCE = re.compile(
    rf"(?<![\w-])(?P<name>{_names()})(?P<word>\s+сүре(?:сі|сінің)?)?"
    rf"(?:,\s?(?P<sura>{_NUMBER})\s?[/:]\s?|\s?/\s?)(?P<verse>{_NUMBER})"
    rf"(?:\s?[-–—]\s?(?P<end>{_NUMBER}))?(?![\w/:]|[.,]\d|-\w)"
)


def _is_reference(match: re.Match[str]) -> bool:
    verses = [int(match["verse"]), int(match["end"] or match["verse"])]
    if not all(1 <= verse <= _LONGEST_SURA for verse in verses) or verses[0] > verses[1]:
        return False
    if match["sura"] is None:
        return match["name"] != _QURAN
    sura = int(match["sura"])
    return sura == suras().get(match["name"]) or (match["name"] == _QURAN and 1 <= sura <= _SURAS)


def speak_verse_reference(match: re.Match[str]) -> str:
    """Бақара, 2/185 → Бақара, екі, жүз сексен бес; Бақара/255 → Бақара, екі жүз елу бес; a range of verses is read
    with a dash (Фатиха, 1/1-7 → Фатиха, бір, бір – жеті)."""
    if not _is_reference(match):
        return match.group()
    numbers = [cardinal_of(match["sura"])] if match["sura"] else []
    verses = cardinal_of(match["verse"]) + (f" – {cardinal_of(match['end'])}" if match["end"] else "")
    return f"{match['name']}{match['word'] or ''}, " + ", ".join([*numbers, verses])
