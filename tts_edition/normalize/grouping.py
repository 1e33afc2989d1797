"""Digits grouped in threes with commas, the English way (579,403; 1,422,354), told from a decimal comma (5,9).

A comma is a decimal point in Kazakh, so a number's grouping decides: two commas or more, each before exactly three
digits, group thousands wherever they stand (1,250,000: no decimal has two points); one such comma groups them in
a table's cell, a row set between pipes as a scraped infobox gives it (• Барлығы | 579,403 |), where the page copied
an English table, before tenge, and after a site's counter label (Сообщения 2,710). One comma elsewhere stays a
decimal point (1,318 АЕК), and a number that opens with 0 is a decimal anywhere (0,177). A point with one or two
digits after the groups is the English decimal point, which only a thousands comma stands before (89,500,000.00;
1,250.50): it is read as the decimal comma it stands for. Russian writes its decimal comma as Kazakh does, so the
Russian rules group thousands by the same signs.

Other marks group thousands too, and one rule puts a plain space for all of them (`GROUPED_WITH_MARKS`): a thin or
narrow no-break space or an apostrophe, never a decimal point, at one group or more (1 250 000, 1'250'000); points at
two groups or more (1.250.000: a decimal has one point, a date's parts are not three digits) or at one before a
decimal comma (12.345,67) or before three zeros and a word (10.000 адам), where one point alone stays a decimal or a
time (1.250, 14.30). Its groups are three digits each, all with one mark, so a list or a date (1.2.3, 01.02.2023) is
none.
"""

from __future__ import annotations

import re

from tts_edition.normalize.marks import line_after, line_before

# A number grouped with commas, one group or more after its first, maybe with an English decimal point and its one or
# two digits; not part of a longer run of digits and points.
GROUPED_WITH_COMMAS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?P<decimals>\.\d{1,2})?(?![\d]|[.,]\d)")
# What every match holds (`Rule.needs`).
COMMA_GROUP = re.compile(r"\d,\d{3}")
_CELL = "|"


def _in_table_cell(text: str, start: int, end: int) -> bool:
    """A pipe stands before the number and after it on its line: the number is a table's cell, or in one."""
    return _CELL in line_before(text, start) and _CELL in line_after(text, end)


# The tenge a number counts, its word or its sign straight after it (6,400 теңге, 4,352 тг): tenge are written with
# two decimals at most, the tiyn, so one comma before three digits groups thousands there; 1,318 АЕК stays a decimal.
_TENGE_AFTER = re.compile(r"[ \t\u00a0]?(?:теңге|тенге|тг(?![^\W\d_])|₸)")


# A site's counter label before its count (Сообщения 2,710 Оценка реакций 27,653, a forum's member card): messages,
# reactions, replies and views are counted whole, so one comma before three digits groups thousands there too.
_COUNTER_LABEL = re.compile(
    r"(?<![^\W\d_])(?:Сообщени[йя]|(?:Оценка[ \t]+)?реакци[йи]|Баллы|Ответ(?:ов|ы)|Просмотр(?:ов|ы)|Подписчик(?:ов|и)"
    r"|Комментари(?:ев|и)|Публикаци[йи])[ \t]*:?[ \t]*\Z",
    re.I,
)
_COUNTER_LABEL_REACH = 24


def _after_counter_label(text: str, start: int) -> bool:
    return _COUNTER_LABEL.search(text, max(0, start - _COUNTER_LABEL_REACH), start) is not None


def thousands_grouped(match: re.Match[str]) -> bool:
    """The commas group thousands: there are two or more, an English decimal point follows them, the number stands in
    a table's cell, counts tenge or is a site's counter."""
    return (
        match.group().count(",") > 1
        or match.group("decimals") is not None
        or _in_table_cell(match.string, match.start(), match.end())
        or _TENGE_AFTER.match(match.string, match.end()) is not None
        or _after_counter_label(match.string, match.start())
    )


def space_thousands(match: re.Match[str]) -> str:
    """579,403 → 579 403 (the number rule reads spaced thousands) when its commas group thousands; an English decimal
    point after them becomes the decimal comma (89,500,000.00 → 89 500 000,00)."""
    if not thousands_grouped(match):
        return match.group()
    return match.group().replace(",", " ").replace(".", ",")


# Thousands grouped with one mark throughout: a thin or narrow no-break space, an apostrophe or a point.
GROUPED_WITH_MARKS = re.compile(
    r"(?<![\d.,'’\u2009\u202f])[1-9]\d{0,2}(?P<mark>[\u2009\u202f'’.])\d{3}(?:(?P=mark)\d{3})*(?!\d|(?P=mark)\d)"
)
# What every match holds (`Rule.needs`).
MARK_GROUP = re.compile(r"\d[\u2009\u202f'’.]\d{3}")
_POINT = "."


_DECIMAL_COMMA = re.compile(r",\d")


_ROUND_THOUSANDS = ".000"
_COUNTED_WORD = re.compile(r" [^\W\d_]")  # a word after the number: what it counts


def _marks_group(match: re.Match[str]) -> bool:
    """The marks group thousands: any of them but a point, points at two groups or more (1.250.000), one point
    before a decimal comma (12.345,67: the comma is the decimal point, so the point groups), or one point before
    three zeros and a word the number counts (10.000 адам, «10.000 Hours»: no measure, nor a time, writes three
    zeros; a coefficient in a table does, at the end of its row: "Интер" – 76.000)."""
    return (
        match["mark"] != _POINT
        or match.group().count(_POINT) > 1
        or (match.group().endswith(_ROUND_THOUSANDS) and _COUNTED_WORD.match(match.string, match.end()) is not None)
        or _DECIMAL_COMMA.match(match.string, match.end()) is not None
    )


def space_marked_thousands(match: re.Match[str]) -> str:
    """1.250.000, 1'250'000, 1\u2009250 → 1 250 000, 1 250 000, 1 250 (the number rule reads spaced thousands)."""
    return match.group().replace(match["mark"], " ") if _marks_group(match) else match.group()
