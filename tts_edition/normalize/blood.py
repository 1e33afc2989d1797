"""Blood groups and the rhesus factor as medical notes write them: O(I), A(II), B(III), AB(IV) and Rh+, Rh-."""

from __future__ import annotations

import re

from tts_edition.normalize.morphology import SUFFIX, attach
from tts_edition.normalize.numbers import cardinal, ordinal
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


# Blood pressure as a tonometer shows it, the systolic over the diastolic (120/80, 140/90 мм сын. бағ.): said with
# the first number in the dative, as doctors and newsreaders say it (жүз жиырмаға сексен); a case suffix written on
# the pair is the second number's (140/90-нан → жүз қырыққа тоқсаннан). The unit may follow, in its Kazakh, Russian
# or Latin abbreviation.
BLOOD_PRESSURE = re.compile(
    r"(?<![\w./,])(?P<upper>\d{2,3})/(?P<lower>\d{2,3})(?![\w/]|[.,]\d)(?:-(?P<suf>" + SUFFIX + r"))?"
    r"(?P<unit>\s?мм\.?\s?(?:сын\.?\s?бағ\.?|рт\.?\s?ст\.?|Hg\b))?"
)
# What marks a clause as speaking of pressure: the word (қысым, давление), the instrument, or the unit.
PRESSURE_TALK = re.compile(r"қысым|тонометр|давлени|мм\.?\s?(?:сын\.|рт\.|Hg\b)", re.I)
_SYSTOLIC = range(60, 301)
_DIASTOLIC = range(30, 201)


def is_pressure(upper: int, lower: int) -> bool:
    """A pair a body's pressure can be: the systolic above the diastolic, both within what a tonometer shows."""
    return upper in _SYSTOLIC and lower in _DIASTOLIC and upper > lower


def speak_pressure(upper: int, lower: int, suffix: str | None, unit: bool) -> str:
    """120/80 → жүз жиырмаға сексен; with its unit, миллиметр сынап бағанасы after it."""
    reading = f"{attach(cardinal(upper), 'ға')} {attach(cardinal(lower), suffix)}"
    return f"{reading} миллиметр сынап бағанасы" if unit else reading
