"""Blood groups and the rhesus factor as medical notes write them: O(I), A(II), B(III), AB(IV) and Rh+, Rh-."""

from __future__ import annotations

import re

from tts_edition.normalize.numbers import ordinal
from tts_edition.normalize.roman import roman_value

# Each ABO letter names one group, numbered I to IV; O is also written with a zero, and the letters are often typed
# in Cyrillic (А, В, О). They are said as the Russian and Kazakh letter names, not the English ones.
_GROUPS = {
    "0": ("нөл", 1),
    "O": ("о", 1),
    "О": ("о", 1),
    "A": ("а", 2),
    "А": ("а", 2),
    "B": ("бэ", 3),
    "В": ("бэ", 3),
    "AB": ("а бэ", 4),
    "АВ": ("а бэ", 4),
}
# The first letter, then what stands before it: a fast scan.
BLOOD_GROUP = re.compile(r"(?P<letters>[0OОAАBВ](?<![\w(].)[BВ]?)\s?\((?P<number>I{1,3}|IV|І{1,3}|ІV)\)")
BRACKET = re.compile(r"\(")  # what every blood group holds (`Rule.needs`)
_RHESUS_SIGNS = {"+": "оң", "-": "теріс", "−": "теріс"}
# Rh with its sign (Rh+, Rh -, Rh(+)); Rh before a hyphenated word is the factor's name (Rh-фактор → резус-фактор).
RHESUS = re.compile(r"R(?<!\wR)h(?:\s?(?P<sign>[+−-]|\([+−-]\))(?![\w-]))?(?![A-Za-z])")


def speak_blood_group(match: re.Match[str]) -> str:
    """A(II) → а (екінші); letters and a number that do not belong together are no blood group."""
    letters, group = _GROUPS.get(match["letters"], ("", 0))
    if roman_value(match["number"]) != group:
        return match.group()  # OB(IV), B(II): no group
    return f"{letters} ({ordinal(group)})"


def speak_rhesus(match: re.Match[str]) -> str:
    sign = (match["sign"] or "").strip("()")
    return f"резус {_RHESUS_SIGNS[sign]}" if sign else "резус"
