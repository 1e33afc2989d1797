"""Weekdays cut to two letters, as notices and timetables print them: Дс-Жм: 09:00-18:00, Сб, Жс – демалыс."""

from __future__ import annotations

import re

from tts_edition.normalize.morphology import SUFFIX, attach

# The Kazakh two-letter weekdays and the Russian ones a Kazakh notice may copy (Пн-Пт), each said as the Kazakh day;
# Ср and Сб are the same in both.
_DAYS = {
    "дс": "дүйсенбі",
    "пн": "дүйсенбі",
    "сс": "сейсенбі",
    "вт": "сейсенбі",
    "ср": "сәрсенбі",
    "бс": "бейсенбі",
    "чт": "бейсенбі",
    "жм": "жұма",
    "пт": "жұма",
    "сб": "сенбі",
    "жс": "жексенбі",
    "вс": "жексенбі",
}
_DAY = rf"(?:{'|'.join(_DAYS)})"
_BETWEEN = r"\.?(?:\s?[-–—]\s?|,\s?|\s?/\s?)"  # Дс-Жм, Дс.–Жм., Сб, Жс, Сб/Жс
_DASH = re.compile(r"\s?[-–—]\s?")
_LIST = re.compile(r"\s?/\s?")
# Two letters alone are too short to be sure of (Ср. is also салыстырыңыз, СС an initialism): a weekday is one of a
# run of them (Дс-Жм, Сб, Жс), or one followed by a time or by the word for a day off (Сб 10:00-14:00, Жс – демалыс).
_TIME_OR_DAY_OFF = r"\.?:?\s?(?:\d{1,2}[:.]\d{2}|[-–—]\s?демалыс)"
_SUFFIXED = rf"-{SUFFIX}\s"  # Дс-ден Жм-ға дейін: from one day to another
WEEKDAYS = re.compile(
    rf"(?<![\w./-])(?P<days>(?:{_DAY}(?:{_BETWEEN}|{_SUFFIXED}))+{_DAY}|{_DAY}(?={_TIME_OR_DAY_OFF}))"
    rf"(?:\.(?=:?\s?\d)|-(?P<suf>{SUFFIX}))?(?![\w-])",
    re.I,
)
# What every run holds (`Rule.needs`): a word of two letters a day's can be, by letter classes, which the engine
# scans several times faster than the days' alternatives under IGNORECASE.
DAY_MARK = re.compile(r"\b[ДдПпСсВвБбЧчЖж][СсНнТтРрБбМм]\b")
_ONE_DAY = re.compile(rf"(?P<day>{_DAY})\.?(?:-(?P<suf>{SUFFIX})(?=\s))?", re.I)


def _day(match: re.Match[str]) -> str:
    return attach(_DAYS[match["day"].lower()], match["suf"])


def speak_weekdays(match: re.Match[str]) -> str:
    """Дс-Жм → дүйсенбі – жұма; Сб, Жс → сенбі, жексенбі; a case suffix goes on its day (Дс-ден Жм-ға → дүйсенбіден
    жұмаға)."""
    days = _LIST.sub(", ", _DASH.sub(" – ", _ONE_DAY.sub(_day, match["days"])))
    return attach(days, match["suf"])
