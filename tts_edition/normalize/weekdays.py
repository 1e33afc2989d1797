"""Weekdays cut to two letters, as notices and timetables print them: Дс-Жм: 09:00-18:00, Сб, Жс – демалыс."""

from __future__ import annotations

import re

from tts_edition.normalize.morphology import SUFFIX, attach
from tts_edition.normalize.numbers import cardinal

# The Kazakh two-letter weekdays and the Russian ones a Kazakh notice may copy (Пн-Пт), each said as the Kazakh day;
# Ср and Сб are the same in both. Дүйсенбі is cut to Дб as well as Дс (ДБ - ЖМ : 09:00 - 18:00); alone, ДБ is the
# World Bank's initialism, and only a run of days or a time after it makes it a day. Some pages cut сенбі to Сн and
# жексенбі to Жк (Сн: 10:00-18:00, Жк: Демалыс күн), which alone is ЖК, жеке кәсіпкер.
_DAYS = {
    "дс": "дүйсенбі",
    "дб": "дүйсенбі",
    "пн": "дүйсенбі",
    "сс": "сейсенбі",
    "вт": "сейсенбі",
    "ср": "сәрсенбі",
    "бс": "бейсенбі",
    "чт": "бейсенбі",
    "жм": "жұма",
    "пт": "жұма",
    "сб": "сенбі",
    "сн": "сенбі",
    "жс": "жексенбі",
    "жк": "жексенбі",
    "вс": "жексенбі",
}
WEEKDAY_NAMES = frozenset(_DAYS.values())  # the days' own names: дүйсенбі … жексенбі
_DAY = rf"(?:{'|'.join(_DAYS)})"
_BETWEEN = r"\.?(?:\s?[-–—]\s?|,\s?|\s?/\s?)"  # Дс-Жм, Дс.–Жм., Сб, Жс, Сб/Жс
_DASH = re.compile(r"\s?[-–—]\s?")
_LIST = re.compile(r"\s?/\s?")
# Two letters alone are too short to be sure of (Ср. is also салыстырыңыз, СС an initialism): a weekday is one of a
# run of them (Дс-Жм, Сб, Жс), or one followed by a time or by the word for a day off (Сб 10:00-14:00, Жс – демалыс).
_TIME_OR_DAY_OFF = r"\.?:?\s?(?:\d{1,2}[:.]\d{2}|(?:[-–—]\s?|(?<=:\s))демалыс)"
_SUFFIXED = rf"-{SUFFIX}\s"  # Дс-ден Жм-ға дейін: from one day to another
WEEKDAYS = re.compile(
    rf"(?<![\w./-])(?P<days>(?:{_DAY}(?:{_BETWEEN}|{_SUFFIXED}))+{_DAY}|{_DAY}(?={_TIME_OR_DAY_OFF}))"
    rf"(?:\.(?=:?\s?\d)|-(?P<suf>{SUFFIX}))?(?![\w-])",
    re.I,
)
# What every run holds (`Rule.needs`): a word of two letters a day's can be, by letter classes, which the engine
# scans several times faster than the days' alternatives under IGNORECASE.
DAY_MARK = re.compile(r"[ДдПпСсВвБбЧчЖж](?<!\w[ДдПпСсВвБбЧчЖж])[СсНнТтРрБбМмКк]\b")
_ONE_DAY = re.compile(rf"(?P<day>{_DAY})\.?(?:-(?P<suf>{SUFFIX})(?=\s))?", re.I)


def _day(match: re.Match[str]) -> str:
    return attach(_DAYS[match["day"].lower()], match["suf"])


def speak_weekdays(match: re.Match[str]) -> str:
    """Дс-Жм → дүйсенбі – жұма; Сб, Жс → сенбі, жексенбі; a case suffix goes on its day (Дс-ден Жм-ға → дүйсенбіден
    жұмаға)."""
    days = _LIST.sub(", ", _DASH.sub(" – ", _ONE_DAY.sub(_day, match["days"])))
    return attach(days, match["suf"])


# A site's month calendar as the page's text gives it: the seven days' two letters run together as its heading
# (ДсСсСрБсЖмСбЖс, or Russian ПнВтСрЧтПтСбВс), then each week's dates run together on a line (1234567, 891011121314,
# …, 2930). The heading is the days' names and each run its dates one after another, the run cut where the next
# date is (891011121314 → 8 9 10 11 12 13 14), not one number of trillions. A calendar kept as a table has its
# heading's days and its dates in cells (Дс | Сс | … | Жс |, 1 | 2 | 3 |): the table's pipes silenced, they stand
# apart on their lines, seven days in a row still the heading, which is the days' names where no dates follow it.
_GLUED_DAY = "|".join(day.capitalize() for day in _DAYS)
_HEADING_GAP = r"[ \t]*"  # none where the page runs the days together, spaces where its cells held them
CALENDAR = re.compile(
    rf"(?<!\w)(?P<days>(?:{_GLUED_DAY})(?:{_HEADING_GAP}(?:{_GLUED_DAY})){{6}})"
    r"(?:(?P<weeks>(?:\s+\d+)+)(?![\w.,:])|(?!\w))"
)
CALENDAR_MARK = re.compile(r"Ср[ \t]*[БЧ]")  # the heading's middle: сәрсенбі before бейсенбі or четверг
_LAST_DATE = 31
_WEEK = 7


def _dates(run: str, first: int) -> list[int] | None:
    """A run of digits as dates one after another from `first`, at most a week's, or None where it is no such run."""
    dates, at = [], 0
    while at < len(run):
        date = first + len(dates)
        if date > _LAST_DATE or not run.startswith(str(date), at):
            return None
        dates.append(date)
        at += len(str(date))
    return dates if len(dates) <= _WEEK else None


# A run that counts up from 0 or 1 with its numbers run together, six of them at least (123456789, 0123456789, a
# calendar's rows with their heading cut off: 1234567 891011121314 … 2930), is those numbers one after another, as an
# exercise's row of digits or a month's dates are said, not one number of millions; the rows after it are taken while
# they go on counting. The run ends its line or stands before a mark, not before a word. A calendar's row cut from
# the middle of its month (891011121314, 252627282930, 28293031) counts up from a later day: four dates at least, or
# three ending the month (293031), the row alone at its line's start (Нөмір 891011121314 is a number).
COUNTING_RUN = re.compile(
    r"(?<![\w.,:/+-])(?:0?12345\d*|(?:^|(?<=^[ \t]))\d{6,})(?:\s+\d+)*(?![.,]?\d)(?=[ \t]*(?:$|[^\w\s,%/-]))",
    re.M,
)  # ending its line or before a mark: a number before a word (12345678 жыл) is a count
_FIRST_RUN = 6  # numbers the first run counts at least, from 0 or from 1
_FIRST_ROW = 4  # dates a row from a later day holds at least, but for a month's last row (293031)
_LAST_ROW = 3
_MONTH_ENDS = 28  # the earliest last day of a month


def _counted(run: str, first: int) -> list[int] | None:
    """A run of digits as numbers one after another from `first`, or None where it is no such run."""
    numbers, at = [], 0
    while at < len(run):
        number = first + len(numbers)
        if not run.startswith(str(number), at):
            return None
        numbers.append(number)
        at += len(str(number))
    return numbers


def _first_counted(first: str) -> list[int] | None:
    """The numbers the first run counts: six at least from 0 or 1, or four dates at least from a later day."""
    counted = _counted(first, int(first[0])) if first[0] in "01" else None
    if counted and len(counted) >= _FIRST_RUN:
        return counted
    for width in (1, 2):
        dates = _counted(first, int(first[:width]))
        fewest = _LAST_ROW if dates and dates[-1] >= _MONTH_ENDS else _FIRST_ROW
        if dates and dates[0] > 0 and len(dates) >= fewest and dates[-1] <= _LAST_DATE:
            return dates
    return None


def speak_counting_run(match: re.Match[str]) -> str:
    """123456789 → бір екі үш … тоғыз; 1234567 891011121314 2930 → бір … жеті сегіз … он төрт жиырма тоғыз отыз."""
    first, *rest = match.group().split()
    counted = _first_counted(first)
    if counted is None:
        return match.group()
    said, left = [*counted], match.group()[len(first) :]
    for run in rest:
        numbers = _counted(run, said[-1] + 1)
        if numbers is None:
            break
        said += numbers
        left = left.lstrip()[len(run) :]
    return " ".join(cardinal(number) for number in said) + left


def speak_calendar(match: re.Match[str]) -> str:
    """ДсСсСрБсЖмСбЖс 1234567 891011121314 … → дүйсенбі сейсенбі … жексенбі бір екі үш … отыз: each date said apart.
    The dates must follow each other from the first run's first (1, or a later date where the month opens
    mid-week) to the last run; otherwise the runs are no calendar and stay for the number rules, the days read."""
    days = " ".join(_DAYS[day.lower()] for day in re.findall(_GLUED_DAY, match["days"]))
    runs = (match["weeks"] or "").split()
    if not runs:
        return days
    for first in (int(runs[0][:1]), int(runs[0][:2])):
        said, date = [], first
        for run in runs:
            dates = _dates(run, date)
            if dates is None:
                break
            said += dates
            date = dates[-1] + 1
        else:
            return " ".join([days, *(cardinal(d) for d in said)])
    return days + match["weeks"]
