"""Dates and times: month names in any case and order, numeric dates in the orders Kazakh sites use, clock times."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize.marks import LINE_BULLETS, line_before, line_holding
from tts_edition.normalize.morphology import KAZAKH_LOWER, attach, attach_written, hyphenated_word, parse_suffixes
from tts_edition.normalize.numbers import cardinal, decimal, ordinal
from tts_edition.normalize.roman import roman_value
from tts_edition.normalize.weekdays import WEEKDAY_NAMES
from tts_edition.script.detect import LATIN_2018, LATIN_2021, LATIN_ABAI, LATIN_INFORMAL, LATIN_QAZAQTIMES
from tts_edition.script.latin import convert_word

MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
          "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]  # fmt: skip
# Written stems: қыркүйек voices its к before a vowel (қыркүйегінде); typed with the қ the word opens with for its
# second к too (1932 қырқүйек, қырқүйекте), as a site's month table cuts it (08 Қырқ 2020: `_cuts`).
_STEMS = {"қыркүйег": "қыркүйек", "қырқүйег": "қыркүйек", "қырқүйек": "қыркүйек"} | {m: m for m in MONTHS}


def _cuts(month: str) -> set[str]:
    """A month cut short as a date line writes it: to three letters (26 там., 23 қар, 2021) or four, as a site's
    month table does (08 Қырқ 2020), a four-letter cut's last к typed as the қ the word began with (қырк → қырқ)."""
    cuts = {month[:3], month[:4]}
    return cuts | {cut[:-1] + "қ" for cut in cuts if len(cut) == 4 and cut.endswith("к")}


_ABBREVIATED = {cut: month for month in MONTHS for cut in _cuts(month)}
MONTH = "|".join(sorted(_STEMS, key=len, reverse=True))
SHORT_MONTH = "|".join(sorted(_ABBREVIATED, key=len, reverse=True))
# A month's name after a pair of days (12/13 шілде, 19/20 шілдеде: a match on one of two days) says the pair names
# days, ordinals; маусым names a season as often (23/24 маусымы), a month's only before күні.
MONTH_AFTER_DAYS = re.compile(rf"\s+(?:(?!маусым)(?:{MONTH})|маусым\s+күн)", re.I)
LAST_DAY = 31
_LETTERS = KAZAKH_LOWER


def month_of(stem: str) -> str:
    stem = stem.lower()
    return _STEMS.get(stem) or _ABBREVIATED[stem]


# The Hijri calendar's months as Kazakh religious pages spell them ("15 Рамазан 1445", "1 мұхаррам"): month names
# as the common calendar's are, their day an ordinal; the year after one is a Hijri year (13xx, 14xx).
_HIJRI_NAMES = (
    "мұхаррам мухаррам сафар рабиғул-әууәл рабиғул-ахир рабиғус-сәни жумәдәл-ула жумәдәл-ахира ражаб раджаб шағбан "
    "шаъбан рамазан рамадан шәууәл шаввал зүлқағда зүл-қағда зулқада зүлхижжа зүл-хижжа зулхижжа зул-хижжа"
).split()


def _hijri_pattern(name: str) -> str:
    """An Arabic month's name with each of its open vowels written ә or а, as pages spell them either way (шәууәл,
    шәууал, шаууал: шәууал айының 1-3 күндері), and its doubled у written single too (шәуәл): a pattern."""
    return re.sub("[әа]", "[әа]", name).replace("уу", "уу?")


HIJRI_MONTH = "|".join(_hijri_pattern(name) for name in sorted(_HIJRI_NAMES, key=len, reverse=True))
_HIJRI_YEAR = r"1[34]\d\d"

# The Russian month names Kazakh text from Uzbekistan and the older press writes ("9 май (жұма)", "26 сентябрь
# 2023"), with a case ending at most: a whole word, as май is also a Kazakh word (майлы дақылдар).
# The older Kazakh press wrote them without the soft sign (24 декабр, 5 октябр), and the Latin alphabet of 1929–1940
# spelled them as they sound (3 mart, 24 dekabr): a day before one is the month's too. Not may, an English word.
RUSSIAN_MONTH_NAMES = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()
RUSSIAN_MONTH = "|".join(f"{name[:-1]}ь?" if name.endswith("ь") else name for name in RUSSIAN_MONTH_NAMES)
# Each Russian month clipped to its first three letters, as a page's dateline prints it (6 Сен 2021, Ноя 18, 2024;
# `russian.MONTH_CLIPS`): май is a whole word, the nominative, no clip (none, its place kept for the month's number).
RUSSIAN_MONTH_CLIPS = tuple(name[:3] if len(name) > len("май") else "" for name in RUSSIAN_MONTH_NAMES)
_RUSSIAN_MONTH_ENDING = "да|де|та|те|дан|ден|тан|тен|ға|ге|қа|ке|дың|дің|тың|тің|дағы|дегі|тағы|тегі"
_RUSSIAN_MONTH = re.compile(rf"(?:{RUSSIAN_MONTH})(?:{_RUSSIAN_MONTH_ENDING})?[^\w-]*")
_OLD_LATIN_MONTH = re.compile(
    r"(?:[jy]?[ia]nvar|fevral|mart|aprel|i[jy]?u[nl]|avgust|sent[ji]?a?br|okt[ji]?a?br|no[ji]?a?br|dekabr)[^\w-]*"
)


# A month typed without its last vowel, as a hurried page drops it (2023 жылғы 20 қараш күні): the month all the same,
# as a whole word only, so a word that merely opens so (көз қарашығы) is none.
_CUT_MONTHS = frozenset(month[:-1] for month in MONTHS if month[-1] in "аеыі")
_WORD_END = re.compile(r"[^\w-]*$")


# A month's name made an adjective or a noun by -лық/-дық/-тық is another word, never a day's month: қазан is a
# boiler too (5 қазандық, 63 қазандықта), маусым a season (3 маусымдық жұмыс); a case ending stays the month's
# (31 наурызды, 21 қыркүйектің, 5 қазандағы).
_MONTH_MADE_A_WORD = re.compile(rf"(?:{MONTH})[лдт][ыі][қкғг]")


def starts_with_month(word: str) -> bool:
    lower = word.lower()
    if _MONTH_MADE_A_WORD.match(lower):
        return False
    return bool(
        re.match(rf"(?:{MONTH}|{HIJRI_MONTH})", lower)
        or _RUSSIAN_MONTH.fullmatch(lower)
        or _OLD_LATIN_MONTH.fullmatch(lower)
        or _WORD_END.sub("", lower) in _CUT_MONTHS
        or ((latin := _LATIN_WORD.match(lower)) is not None and _latin_month(latin.group()))
    )


# A month in a Latin Kazakh alphabet, after its day in a line too short for the Latin text reader to take it for
# Kazakh before the numbers are read (a page's dateline: 29 Naýryz, 03:05:06; 5 mamyrda): the Cyrillic its letters
# spell in the 2018, 2021, Qazaq Times' or informal alphabet is a month's name and its case endings.
_LATIN_WORD = re.compile(r"[a-zà-ɏә]+")  # abai.kz's Latin types ә in Cyrillic (Sәuir)
_LATIN_ALPHABETS = (LATIN_2018, LATIN_2021, LATIN_QAZAQTIMES, LATIN_INFORMAL, LATIN_ABAI)


@lru_cache(maxsize=4096)
def _latin_month(word: str) -> bool:
    """The whole word a month with case endings, if any (mamyrda, qańtardan), in one alphabet: not a word a month
    opens (qazandyq, a boiler's; Mamyrbek)."""
    for variant in _LATIN_ALPHABETS:
        cyrillic = convert_word(word, variant).lower()
        month = re.match(rf"(?:{MONTH})", cyrillic)
        if month and not _MONTH_MADE_A_WORD.match(cyrillic) and parse_suffixes(cyrillic[month.end() :]) is not None:
            return True
    return False


_CENTURY_PIVOT = 30  # a two-digit year up to it is of this century (20.06.25 ж.), above it of the last (20.06.97 Ж.)


def full_year(year: str) -> int:
    """The year a date's year field names: four digits as written, two (marked ж.) completed with their century."""
    if len(year) != 2:
        return int(year)
    return int(year) + (2000 if int(year) <= _CENTURY_PIVOT else 1900)


def _numeric(year: str, month: int, day: int, suffix: str | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{ordinal(full_year(year))} жылғы {ordinal(day)} " + attach(MONTHS[month - 1], suffix)


# Postpositions and the case they govern on the word before them.
# A postposition's adjectival form governs as the postposition does (20 дейінгі сандар → жиырмаға дейінгі).
GOVERNED = {
    "дейін": "ға",
    "шейін": "ға",
    "дейінгі": "ға",
    "шейінгі": "ға",
    "бастап": "дан",
    "кейін": "дан",
    "бері": "дан",
}
_GOVERNING = re.compile(rf"\s+(?P<word>{'|'.join(GOVERNED)})\b")
_BEFORE_GOVERNING = rf"\s+(?:{'|'.join(GOVERNED)})\b"

# The word жыл after a numeric date carries the case the date is in ("29.04.2014 жылдан 02.02.2015 жылға дейін"):
# said on the month, the year being named already (сәуірден, ақпанға; жылы is the locative, жылғы the attribute);
# bare, as a dateline may end (18.07.2019 жыл), it is the year's own word, said once (жылғы он сегізінші шілде).
_YEAR_WORD_CASES = {"дан": "дан", "ға": "ға", "ы": "да", "ғы": "дағы", "": ""}
_YEAR_WORD = rf"\s+[жЖ]ыл(?P<jcase>дан|ға|ы|ғы|(?=[ \t]*(?:[,.;:)\n]|$)))(?![{_LETTERS}])"

# A month may be written in Roman numerals (1.VII.2022, 12.IV.2024 ж.), in Latin or in Cyrillic letters (1.ІІІ.2022);
# after a Cyrillic one the typing repair has spaced the stop (1.ІІІ. 2022ж.), which the month's own stop allows.
_MONTHS_IN_A_YEAR = 12


def _month_field(written: str) -> int:
    """A date's month field as a number: digits as written, a Roman numeral by its value (`roman.roman_value`, its
    Cyrillic look-alikes too); 0 when it is neither or no month's."""
    if written.isdigit():
        return int(written)
    value = roman_value(written) or 0
    return value if value <= _MONTHS_IN_A_YEAR else 0


# A machine's timestamp (ISO 8601), as pages print their metadata: a date and a time joined by T, or by a space when a
# time zone's offset follows (2013-05-28T19:44:48+04:00, 2024-01-05 08:30 +06:00). The date and the time are left to
# their rules with a space between; a fraction of a second and Z or a zero offset (UTC itself) go unsaid, and another
# offset is said as the hours (and minutes) ahead of or behind UTC, plus or minus. With such an offset the time is said
# in the same units, its hours, minutes and seconds named (он тоғыз сағат қырық төрт минут қырық сегіз секунд, плюс
# төрт сағат), not as a clock's digits beside an offset in hours.
_ZONE = r"(?P<zone>Z|(?P<sign>[+−-])(?P<hours>\d{2}):?(?P<minutes>\d{2}))"
ISO_TIMESTAMP = re.compile(
    r"(?<![\w.:+-])(?P<date>\d{4}-\d{2}-\d{2})(?:T|(?P<space> ))(?P<time>\d{2}:\d{2}(?::\d{2})?)(?:\.\d{1,9})?"
    rf"(?(space) ?{_ZONE}|{_ZONE.replace('?P<', '?P<t_')}?)(?![\w:.]\w|[\w:])"
)
ISO_TIMESTAMP_MARK = re.compile(r"\d{2}[T ]\d{2}:\d{2}")
_ZONE_SIGNS = {"+": "плюс", "-": "минус", "−": "минус"}


def speak_iso_timestamp(match: re.Match[str]) -> str:
    """2013-05-28T19:44:48+04:00 → 2013-05-28 он тоғыз сағат қырық төрт минут қырық сегіз секунд, плюс төрт сағат;
    2024-01-05T08:30Z → 2024-01-05 08:30."""
    sign, hours, minutes = (match[name] or match[f"t_{name}"] for name in ("sign", "hours", "minutes"))
    if not sign or int(hours) == int(minutes) == 0:
        return f"{match['date']} {match['time']}"
    offset = _in_units(zip((hours, minutes), _CLOCK_UNITS, strict=False))
    clock = _in_units(zip(match["time"].split(":"), _CLOCK_UNITS, strict=False), keep_first=True)
    return f"{match['date']} {clock}, {_ZONE_SIGNS[sign]} {offset}"


_CLOCK_UNITS = ("сағат", "минут", "секунд")


def _in_units(parts: Iterable[tuple[str, str]], keep_first: bool = False) -> str:
    """Each part of a time with its unit, those at zero left out (but the first where `keep_first`)."""
    said = [
        f"{cardinal(int(value))} {unit}"
        for n, (value, unit) in enumerate(parts)
        if int(value) or (keep_first and not n)
    ]
    return " ".join(said)


# A page's date line that gives a year and a month and no day (" date 2023-12", as the archive prints a page it dates
# by its month): that month of that year (екі мың жиырма үшінші жылғы желтоқсан), not a span of years. Only after the
# line's label: elsewhere a four-digit number and two digits may be a school year or a span (2011-12 оқу жылы).
DATE_LINE_MONTH_MARK = re.compile(r"date \d")  # a literal first: the scan for it is cheap
DATE_LINE_MONTH = re.compile(r"(?<=\bdate )(?P<y>(?:1[89]|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?![\d.,-]|\s*жыл)")


def speak_date_line_month(match: re.Match[str]) -> str:
    """date 2023-12 → date екі мың жиырма үшінші жылғы желтоқсан."""
    return f"{ordinal(int(match['y']))} жылғы {MONTHS[int(match['m']) - 1]}"


NUMERIC_DATE = re.compile(
    rf"""(?<![\d.,])(?:
        (?:(?P<d0>\d{{1,2}})\s?[-–—]\s?)?  # the first day of a range of days in one month (15-25.03.2023)
        (?P<d>\d{{1,2}})\.(?P<spaced>\s?)(?P<m>\d{{1,2}}|[IVXІХ]{{1,4}})\.
        (?:(?P=spaced)|(?<=[IVXІХ]\.)\s|(?P<apart>[ \t])(?=(?:1[5-9]|20)\d\d(?!\d)))
        (?P<y>\d{{4}}|\d\d(?=\s?[жЖ]\.|{_BEFORE_GOVERNING})
          |(?P<table_year>(?<=\d\d\.\d\d\.)\d\d(?!\s*(?:шифр|код))))  # 28.12.09; not 01.02.03 шифры
        (?:\s?[жЖ]\.?(?![{_LETTERS}{_LETTERS.upper()}]))?
      | (?<!-)(?P<dd>\d{{1,2}})-(?P<dm>0[1-9]|1[0-2])-(?P<dy>(?:1[89]|20)\d\d)(?!\s*жылдар)  # 5-10-2000 жылдары: a span
      | (?<!/)(?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})/(?P<sy>(?:1[89]|20)\d\d)(?!/)  # 01/07/2022
      | (?<!/)(?P<y2>\d{{4}})(?:(?P<sep>[-./])|(?P<jyl>\s?ж\.\s?))(?P<a>\d{{2}})(?(jyl)\.|(?P=sep))(?P<b>\d{{2}})
        (?P<closed>\.(?=\s+[^\s{_LETTERS.upper()}]))?(?!/)
    )(?![\d.]\d)(?:-(?P<suf>[{_LETTERS}]+)|{_YEAR_WORD})?""",
    re.X,
)


def speak_numeric_date(match: re.Match[str]) -> str:
    """18.01.2005, 04.05.2022ж., 18.01.19 бастап, 28.12.09 (each field two digits, as a table dates it), 2025-11-11;
    day first with dashes (01-07-2022, as news sites' date
    lines write it) or slashes (01/07/2022); and the legal sites' year-first orders 2012.19.04 and 2010.06.17, the
    year marked ж. too (2015ж.25.11., 2015 ж. 08.06), or with slashes (2022/07/01); a year-first date closed by a
    stop is day first, as the Kazakh amendment notes write them (2015.02.12. № 751, beside 2020.29.06. № 351), one
    without it month first (2014.11.10 № 1182); the month in Roman numerals
    (1.VII.2022); a range of days before the month (15-25.03.2023 → он бесінші – жиырма бесінші наурыз).
    A postposition after a date without a suffix gives the month its case (01.01.2020 бастап → қаңтардан), and so
    does the word жыл after it (02.02.2015 жылдан → ақпаннан); a document's number after it makes it the attribute
    (2011.02.14 N 27 хаты → он төртінші ақпандағы)."""
    if match["table_year"] and _CLOCK_WORD_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        return match.group()  # Image at 21.07.03: a clock to the second, which its own rule reads
    suffix = match["suf"] or _YEAR_WORD_CASES.get(match["jcase"] or "") or dated_case(match.string[match.end() :])
    if match["apart"] and opens_line(match):
        return match.group()  # "1.1. 1914 жылы …" heading a line: a section's number before a year
    if match["y"]:
        spoken = _numeric(match["y"], _month_field(match["m"]), int(match["d"]), suffix)
        if spoken and match["d0"]:
            spoken = _day_range(match, spoken)
    elif match["dy"]:
        spoken = _numeric(match["dy"], int(match["dm"]), int(match["dd"]), suffix)
    elif match["sy"]:
        spoken = _numeric(match["sy"], int(match["sm"]), int(match["sd"]), suffix)
    else:
        first, second = int(match["a"]), int(match["b"])
        day_first = bool(match["jyl"]) or (match["sep"] == "." and (first > 12 or bool(match["closed"])))
        month, day = (second, first) if day_first else (first, second)
        spoken = _numeric(match["y2"], month, day, suffix)
    return spoken or match.group()


# A day and a month closed by their stops and the year set apart after them, as a list of lives dates a birth and a
# death ("(28.9. 1932 жылы туған", "(1.1. 1914, Сырдария ауданы – 14.1. 1995, Алматы қаласы)"): a date, where
# the year is one (15xx to 20xx). Heading a line, "1.1. 2020 жылы" is a section's number before a year.
_LINE_OPENING = re.compile(LINE_BULLETS)


def opens_line(match: re.Match[str]) -> bool:
    """The match is the first thing on its line, after spaces and a list's bullet at most."""
    return _LINE_OPENING.fullmatch(line_before(match.string, match.start())) is not None


def _day_range(match: re.Match[str], spoken: str) -> str:
    """A range of days before one month and year (15-25.03.2023): the first day joins the last one's ordinal; a
    first day that is no earlier is left as written before the date read."""
    first, last = int(match["d0"]), int(match["d"])
    if not first < last:
        return match.string[match.start() : match.start("d")] + spoken
    year, _, rest = spoken.partition(" жылғы ")
    return f"{year} жылғы {ordinal(first)} – {rest}"


# A month and a year written with a dot and no day, before the word жыл in a case, as a recall notice gives a
# batch's expiry ("жарамдылық мерзімі 07.2026 жылға дейін"): the month of that year, its case said on the month as
# after a full date (екі мың жиырма алтыншы жылғы шілдеге). Without жыл such a pair may be a decimal (7.2026); where
# a list's item stands (a line's start, after a stop or a colon) it is the item's number on a year (2.2025 жылы).
# The word may be its abbreviation ж., glued or spaced, as a paper's history dates its titles (1963ж-02.1990ж.: to
# February 1990): the month of that year, in no case but a postposition's after it (мың тоғыз жүз тоқсаныншы жылғы
# ақпан; 07.2026 ж. дейін → шілдеге дейін); the abbreviation's stop is kept where it may end the sentence.
# A form's date line leaves its day blank in quotes and may part the month from the year with a space, not a dot
# (« » 09 2008ж: a course's approval, under « » 09.2008ж): two digits of a month after the blank day's closing quote.
_BLANK_DAY = re.compile(r"«[ \t_]*»[ \t]$")
MONTH_OF_YEAR_MARK = re.compile(r"\d[. ](?:1[89]|20)\d\d(?:\s+[жЖ]ыл|\s?ж)")  # what every match holds (`Rule.needs`)
MONTH_OF_YEAR = re.compile(
    rf"(?<![\d.,])(?<![;:.)]\s)(?<!^)(?<!\n)(?P<m>0?[1-9]|1[0-2])(?:\.|(?<=»[ \t][01]\d)[ \t])(?P<y>(?:1[89]|20)\d\d)"
    rf"(?:{_YEAR_WORD}|\s?ж(?![{_LETTERS}])(?:\.(?=[ \t]*[),;:–—-]|[ \t]+[{_LETTERS}]))?)"
)


def speak_month_of_year(match: re.Match[str]) -> str:
    """07.2026 жылға → екі мың жиырма алтыншы жылғы шілдеге; 12.2019 жылы → екі мың он тоғызыншы жылғы желтоқсанда;
    02.1990ж. → мың тоғыз жүз тоқсаныншы жылғы ақпан; « » 09 2008ж → екі мың сегізінші жылғы қыркүйек."""
    if match.string[match.end("m")] != "." and not _BLANK_DAY.search(match.string, 0, match.start()):
        return match.group()  # a space after a name in quotes («Ақ жол» 12 2010 жылы): no form's blank day
    if match["jcase"] is not None:
        case = _YEAR_WORD_CASES[match["jcase"]]
    else:  # the abbreviation names no case: a postposition after it may (07.2026 ж. дейін → шілдеге дейін)
        case = governed_case(match.string[match.end() :]) or ""
    month = attach(MONTHS[int(match["m"]) - 1], case) if case else MONTHS[int(match["m"]) - 1]
    return f"{ordinal(int(match['y']))} жылғы {month}"


# A day and a month written with a dot and no year, before a word of days or of how things stand ("14.07 күнгі
# жағдай бойынша", "01.09 жағдайы"): a date. Elsewhere such a pair may be a decimal or a clock time (сағат 14.07).
DAY_MONTH = re.compile(
    r"(?P<d>[0-3](?<![\d.,][0-3])(?<!сағат [0-3])(?<!сағ\. [0-3])\d)"  # the digit first, then what stands before it
    rf"\.(?P<m>[01]\d)(?![\d.]\d)(?=\s+(?:күн|жағдай)[{_LETTERS}]*)"
)


def speak_day_month(match: re.Match[str]) -> str:
    day, month = int(match["d"]), int(match["m"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group()
    return f"{ordinal(day)} {MONTHS[month - 1]}"


def governed_case(rest: str) -> str | None:
    """The case suffix a postposition opening `rest` demands of the word before it, if any."""
    governing = _GOVERNING.match(rest)
    return GOVERNED[governing["word"]] if governing else None


# A numeric date written straight before a document's number dates that document, as the amendment notes write it
# ("мәслихатының 2011.02.14 N 27 хаты", "ҚР 1999.07.26 № 462 Заңымен"): said as the attribute, the month in -дағы
# (он төртінші ақпандағы), as a date in words before the number is written (14 ақпандағы N 27 хаты).
_DOCUMENT_NUMBER = re.compile(r"\s+(?:№|N\s?(?=\d))")
_ATTRIBUTE = "дағы"
# A numeric date before a participle dates the deed, in the locative (2010.27.12. берілген өзгерістер, 12.05.2020 ж.
# алынған сынама → желтоқсанда берілген, мамырда алынған), as the date in words is written (27 желтоқсанда берілген);
# before an amendment's noun it is the noun's attribute (29.09.2014 ж. өзгертулері мен толықтыруларымен →
# қыркүйектегі өзгертулері), as before a document's number. Other words after a date (күні, a heading's next line)
# leave it bare, and so do the copula екен (its е- no verb's stem: 12.05.2020 екен) and a noun without amendments
# (өзгеріссіз).
_PARTICIPLE = re.compile(rf"\s+[{_LETTERS}]{{2,}}(?:ған|ген|қан|кен)(?![{_LETTERS}-])")
_LOCATIVE = "да"
_AMENDMENT_NOUN = re.compile(r"\s+(?:өзгеріс|өзгерту|толықтыру|түзету)(?!с[ыі]з)")


def dated_case(rest: str) -> str | None:
    """The case a numeric date takes from what follows it (`rest`): a postposition's case, the attribute before a
    document's number or an amendment's noun, the locative before a participle."""
    if governed := governed_case(rest):
        return governed
    if _DOCUMENT_NUMBER.match(rest) or _AMENDMENT_NOUN.match(rest):
        return _ATTRIBUTE
    return _LOCATIVE if _PARTICIPLE.match(rest) else None


_YEAR = r"(?:1[89]|20)\d\d"
MONTH_DATE = re.compile(
    rf"""(?:^[ \t]*(?P<y1>{_YEAR}),?\s+)?  # a dateline: "2023, 7 наурыз"
    (?<![\d.,])(?P<q>[«"]\s?)?(?P<d>\d{{1,2}})(?(q)\s?[»"])\s+  # a legal form's day in quotes: «31» желтоқсан
    (?:(?P<stem>(?i:{MONTH}))(?P<infl>[{_LETTERS}]+)?|(?P<short>(?i:{SHORT_MONTH}))(?P<dot>\.)?(?![{_LETTERS}])
      |(?P<russian>(?i:{RUSSIAN_MONTH}))(?P<rinfl>(?:{_RUSSIAN_MONTH_ENDING})?)(?![{_LETTERS}])
      |(?P<hijri>(?i:{HIJRI_MONTH}))(?![{_LETTERS}-]))
    (?:,?\s+(?P<y2>(?(hijri){_HIJRI_YEAR}|(?(infl)(?!)|{_YEAR})))(?!\d|\s*(?:жыл|ж\.\s*[{_LETTERS}])))?  # 16 қаңтардан
    (?P<jyl>\s?[жг]\.)?""",  # the year marked ж. or, in Russian, г. (03 наурыз 2014 г.)
    re.X | re.M,
)


# A range of days before a month and its year (9–15 ақпан 2026 ж., a holiday list's line): the first end is a day of
# that month too, said before the last end the month's date takes (тоғызыншы – он бесінші ақпан); without it the
# date would take only the last day and leave the first end a count. An en dash as a hyphen.
DAY_RANGE_FIRST_END = re.compile(
    rf"""(?<![\d.,])(?P<a>\d\d?)[-–—](?=(?P<b>\d\d?)\s+(?i:{MONTH})[{_LETTERS}]*,?\s+{_YEAR}(?!\d))""", re.X
)
DAY_RANGE_MARK = re.compile(r"[-–—]\d\d?\s")  # what every match holds (`Rule.needs`)


def speak_day_range_first_end(match: re.Match[str]) -> str:
    """9– before 15 ақпан 2026 ж. → тоғызыншы – ; a first end above the last or past a month's days is left."""
    first, last = int(match["a"]), int(match["b"])
    return f"{ordinal(first)} – " if 1 <= first < last <= 31 else match.group()


# A news agency's dateline: the city in capitals and a comma opening the line ("АСТАНА, 27 қаз — Sputnik."); a day and
# a month cut short after it are the story's date.
_DATELINE_CITY = re.compile(
    rf"[ \t]*[{_LETTERS.upper()}][{_LETTERS.upper()}-]+(?:[ \t]+[{_LETTERS.upper()}-]+)*,[ \t]*"
)


def _after_dateline_city(match: re.Match[str]) -> bool:
    return _DATELINE_CITY.fullmatch(line_before(match.string, match.start())) is not None


def speak_month_date(match: re.Match[str]) -> str:
    """7 наурыз 2023, 7 Наурыз 2023 ж., 03 наурыз 2014 г., 2023, 7 наурыз, «31» желтоқсан: the day and the year are
    ordinals, the year named. A month cut to three letters is one after a day when a full stop or a year marks it
    (26 там., 23 қар, 2021) or a dateline's city opens the line before the day (АСТАНА, 27 қаз — Sputnik): 23 қар
    alone may be snow, 27 қаз as many geese; a day in quotes is a legal form's date whatever follows."""
    dated = match["y1"] or match["y2"]
    if not dated and not match["dot"] and not match["q"] and not (match["short"] and _after_dateline_city(match)):
        return match.group()
    if match["russian"] or match["hijri"]:
        month = (match["russian"] + match["rinfl"]).lower() if match["russian"] else match["hijri"].lower()
    else:
        month = month_of(match["stem"] or match["short"]) + (match["infl"] or "").lower()
    day = f"{ordinal(int(match['d']))} {month}"
    if not dated and not match["dot"]:
        return day + (match["jyl"] or "")
    if not dated:
        rest = match.string[match.end() :]
        return day + ("." if not rest.strip() or re.match(rf"\s+[{_LETTERS.upper()}A-Z«\"]", rest) else "")
    if match["y1"]:
        return f"{ordinal(int(match['y1']))} жыл, {day}"
    return f"{day} {ordinal(int(match['y2']))} жыл"


# An English month name a page's date line writes ("Jul 29, 2024 | Жаңалықтар", "29 July 2024"): the date all the
# same, its year written, said as Kazakh says a date (екі мың жиырма төртінші жылғы жиырма тоғызыншы шілде). The name
# capitalised, cut to its first three letters or whole; both orders the English press writes, the year after a comma.
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june",
                  "july", "august", "september", "october", "november", "december")  # fmt: skip
# A caption's dateline writes the name in capitals (ANKARA, TURKEY - MAY 29:): capitalised or all capitals, not mixed.
_ENGLISH_MONTH = "|".join(f"{m[:3].title()}(?:{m[3:]})?|{m[:3].upper()}(?:{m[3:].upper()})?" for m in ENGLISH_MONTHS)
ENGLISH_MONTH_ABBREVIATION = re.compile(
    "|".join(f"{m[:3].title()}|{m[:3].upper()}" for m in ENGLISH_MONTHS)
)  # in every such date
_YEAR_NAMED = re.compile(r"\s*[жЖ]ыл")
_ENGLISH_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
ENGLISH_DATE = re.compile(
    rf"""(?<![\w.,])(?:
        (?P<mon>{_ENGLISH_MONTH})\.?\s+{_ENGLISH_DAY.format(name="d")},\s*(?P<y>{_YEAR})  # Jul 29, 2024
      | {_ENGLISH_DAY.format(name="d2")}\s+(?P<mon2>{_ENGLISH_MONTH})\.?,?\s+(?P<y2>{_YEAR})  # 29 July 2024
      | {_ENGLISH_DAY.format(name="d3")}-(?P<mon3>{_ENGLISH_MONTH})-(?P<y3>{_YEAR})  # 26-Dec-2019, a post's date
    )(?![\w.]\d|\w)""",
    re.X,
)


def _english_month_number(month: str) -> int:
    return [m[:3] for m in ENGLISH_MONTHS].index(month[:3].lower()) + 1


def speak_english_date(match: re.Match[str]) -> str:
    """Jul 29, 2024 and 29 July 2024 as a Kazakh date, its case taken from a postposition after it; before the word
    жыл the year is the one that word names (29 July 2024 жылы → жиырма тоғызыншы шілде екі мың жиырма төртінші
    жылы)."""
    month = match["mon"] or match["mon2"] or match["mon3"]
    number = _english_month_number(month)
    form = "" if match["mon"] else "2" if match["mon2"] else "3"
    day, year = match[f"d{form}"], match[f"y{form}"]
    rest = match.string[match.end() :]
    if _YEAR_NAMED.match(rest) and 1 <= int(day) <= 31:
        return f"{ordinal(int(day))} {MONTHS[number - 1]} {ordinal(int(year))}"  # 29 July 2024 жылы: the year named
    return _numeric(year, number, int(day), governed_case(rest)) or match.group()


# A Russian month's name cut to three letters and capitalised, as a Russian template prints a post's date in Kazakh
# text, the day before it, glued on too (9Июн), or after it with the year (Дек 30 2024): the Kazakh month, the day an
# ordinal before it and the year named (отызыншы желтоқсан екі мың жиырма төртінші жыл). Май is the full name too,
# which the rules for Russian month names read. A cut apart from a day is no month (Сен, the Kazakh "you"), nor one
# spaced after a number with no year and a word going on after it (4 Сен далада ойна: a list's item).
_RUSSIAN_CUTS = tuple(clip.capitalize() for clip in RUSSIAN_MONTH_CLIPS)
_RUSSIAN_CUT = "|".join(cut for cut in _RUSSIAN_CUTS if cut)
RUSSIAN_CUT_DATE = re.compile(
    rf"(?<![\w.,])(?:(?P<d>[0-3]?\d)[ \t]?(?P<mon>{_RUSSIAN_CUT})\.?(?:[ \t]+(?P<y>{_YEAR}))?"
    rf"|(?P<mon2>{_RUSSIAN_CUT})\.?[ \t]+(?P<d2>[0-3]?\d),?[ \t]+(?P<y2>{_YEAR}))(?![\w.,]\d|[{_LETTERS}])"
)
RUSSIAN_CUT_MARK = re.compile(_RUSSIAN_CUT)
_WORD_GOES_ON = re.compile(r"[ \t]+\w")


def speak_russian_cut_date(match: re.Match[str]) -> str:
    day = int(match["d"] or match["d2"])
    year = match["y"] or match["y2"]
    spaced = match["mon"] and not match.group().startswith(match["d"] + match["mon"])
    if not 1 <= day <= LAST_DAY or (spaced and not year and _WORD_GOES_ON.match(match.string, match.end())):
        return match.group()
    month = MONTHS[_RUSSIAN_CUTS.index(match["mon"] or match["mon2"])]
    return f"{ordinal(day)} {month}" + (f" {ordinal(int(year))} жыл" if year else "")


# A Kazakh month's name before its day and a comma and the year, in the English order a site's template prints a
# post's date in (Сәуір 26, 2021): the Kazakh date, the year first; a page that runs the next line's first word onto
# the year (2021Ташкентте) has the space put back before its capital. The template may cut the name to its first
# three or four letters, as it cuts an English one (Қаң 22, 2026; Қыр. 5, 2024): capitalised then, as a template
# writes it, so that a lower-case word that opens so (қар, snow) is none.
_MONTH_FIRST_CUT = "|".join(sorted({cut.capitalize() for cut in _ABBREVIATED}, key=len, reverse=True))
_MONTH_FIRST_NAME = rf"(?:(?i:{'|'.join(MONTHS)})|(?:{_MONTH_FIRST_CUT})(?![{_LETTERS}])\.?)"
_MONTH_FIRST_OPENS = rf"{_MONTH_FIRST_NAME}\s+\d{{1,2}},"  # such a date's month, day and comma (Там. 3,)
KAZAKH_MONTH_FIRST = re.compile(
    rf"(?<![\w.,])(?:(?<![–—-][ \t])|(?<=\d\d\d\d [–—-] ))(?P<mon>{_MONTH_FIRST_NAME})"
    r"\s+(?P<d>[1-9]|[12]\d|3[01]),\s*(?P<y>(?:1[89]|20)\d\d)"
    # a range's ends are left to the range's rule, but for a range of two such dates (Шілде 3, 2023 - Там. 3, 2023)
    rf"(?![\w.]\d|-(?!\s)|\s?[–—-]\s?(?!{_MONTH_FIRST_OPENS})\w|(?![А-ЯЁӘҒҚҢӨҰҮҺІ])\w)"
)
KAZAKH_MONTH_FIRST_MARK = re.compile(r",\s?(?:1[89]|20)\d\d")
# Either end of a range of two such dates: each said as a day of a month and its year (үшінші шілде, екі мың жиырма
# үшінші жыл – үшінші тамыз, …), as a form's period reads.
_MONTH_FIRST_RANGE_NEXT = re.compile(rf"\s?[–—-]\s?{_MONTH_FIRST_OPENS}")
_MONTH_FIRST_RANGE_BEFORE = re.compile(r"\d{4} [–—-] \Z")


def speak_kazakh_month_first(match: re.Match[str]) -> str:
    rest = match.string[match.end() :]
    month = month_of(match["mon"].rstrip("."))
    if _YEAR_NAMED.match(rest):  # Мамыр 5, 2020 жылы: the year the word names, after the day
        return f"{ordinal(int(match['d']))} {month} {ordinal(int(match['y']))}"
    before = match.string[max(0, match.start() - 8) : match.start()]
    if _MONTH_FIRST_RANGE_NEXT.match(rest) or _MONTH_FIRST_RANGE_BEFORE.search(before):
        return f"{ordinal(int(match['d']))} {month}, {ordinal(int(match['y']))} жыл"
    said = _numeric(match["y"], MONTHS.index(month) + 1, int(match["d"]), governed_case(rest))
    if said is None:
        return match.group()
    return said + (" " if rest[:1].isalpha() else "")


# An English month's name and a day after it, no year written, where something says it is a day: a caption's dateline
# (the name in capitals, or a colon after it: "ANKARA, TURKEY - MAY 29:"), an English word that dates what follows
# ("in the May 14 election", "on May 29") or a Kazakh postposition ("June 5 дейін"). It is said as a Kazakh date says
# it (жиырма тоғызыншы мамыр), not as a count after an English word; without such a sign ("Mayor of May 5") a number
# after the name is left a number, as it is in a range (May 29-30) or a number running on (May 2.5, May 14,000).
ENGLISH_DAY_DATE = re.compile(
    rf"(?<![\w.,])(?P<mon>{_ENGLISH_MONTH})\.?\s+{_ENGLISH_DAY.format(name='d')}(?![\w%]|[.,:]?\d|\s?[-–—]\s?\d)"
)
_DATING_WORDS = frozenset({"on", "the", "since", "from", "until", "till", "by", "before", "after"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_DATELINE_COLON = re.compile(r"\s?:(?!\d)")


def _says_a_day(match: re.Match[str]) -> bool:
    before = _WORD_BEFORE.search(match.string[: match.start()])
    rest = match.string[match.end() :]
    return (
        match["mon"].isupper()
        or _DATELINE_COLON.match(rest) is not None
        or (before is not None and before[1].lower() in _DATING_WORDS)
        or governed_case(rest) is not None
    )


def speak_english_day_date(match: re.Match[str]) -> str:
    day = int(match["d"])
    if not 1 <= day <= 31 or not _says_a_day(match):
        return match.group()
    month = MONTHS[_english_month_number(match["mon"]) - 1]
    return f"{ordinal(day)} " + attach(month, governed_case(match.string[match.end() :]))


# A year written straight before a month's name, the word жыл left out ("2021 желтоқсан айында"): the year the month
# is of, said as written Kazakh names it (екі мың жиырма бірінші жылғы желтоқсан).
YEAR_OF_MONTH = re.compile(rf"(?<![\d.,№]\s)(?<![\d.,№/-])(?P<y>(?:19|20)\d\d)(?=\s+(?:(?i:{MONTH})|{RUSSIAN_MONTH}))")


def speak_year_of_month(match: re.Match[str]) -> str:
    return f"{ordinal(int(match['y']))} жылғы"


# A month's name and a year after it, no day and no word after them, as an archive's or a calendar's heading gives
# them («    Сәуір 2024    », Мұрағат: Наурыз 2019): that month of that year, the year an ordinal with жыл said after
# it, as a date's year is (Сәуір екі мың жиырма төртінші жыл). The month opens its line or follows a heading's colon
# or quote: after a sentence it may be a note's date (тексеру.Мамыр 2016), read as the other dates. A word after the
# year may be what it counts, and a day before the month makes a date, which the rules before read.
_NAMED_MONTH = "|".join(MONTHS)
_MONTH_INITIALS = "".join(sorted({m[0] for m in MONTHS} | {m[0].upper() for m in MONTHS}))
_NOTHING_AFTER = r"(?=[^\S\n]*(?:[\n»”\"),.;:!?|]|$))"
MONTH_OF_BARE_YEAR = re.compile(
    rf"(?P<lead>(?m:^)[^\S\n]*|(?<=[:«])[^\S\n]*)(?=[{_MONTH_INITIALS}])(?P<m>(?i:{_NAMED_MONTH}))[ \u00a0]+"
    rf"(?P<y>(?:19|20)\d\d){_NOTHING_AFTER}"
)
# What every match holds (`Rule.needs`): a year with nothing after it on its line but a closing mark.
BARE_YEAR_MARK = re.compile(rf"(?:19|20)\d\d{_NOTHING_AFTER}")  # its digits first: faster to find than a space


def speak_month_of_bare_year(match: re.Match[str]) -> str:
    return f"{match['lead']}{match['m']} {ordinal(int(match['y']))} жыл"


# A year and, after a comma, the month's name with nothing after it, as a video's or a post's date stamp gives them
# (Бейне: … 2024, Сәуір): the year that month is of, an ordinal with жыл said after it (екі мың жиырма төртінші жыл,
# сәуір). A word after the month may be what the sentence goes on with, and a number after the comma a list's next
# member (2024, 2025 жылдары), which the rules before read.
YEAR_COMMA_MONTH = re.compile(
    rf"(?<![\d.,№/-])(?<![\d.,№]\s)(?P<y>(?:19|20)\d\d)"
    rf"(?=,[ \u00a0]+(?=[{_MONTH_INITIALS}])(?i:{_NAMED_MONTH}){_NOTHING_AFTER})"
)
YEAR_COMMA_MARK = re.compile(r", (?<=\d, )")  # what every match holds (`Rule.needs`): the comma first, faster


def speak_year_comma_month(match: re.Match[str]) -> str:
    return f"{ordinal(int(match['y']))} жыл"


# Case endings a time may take written apart ("11:15 те", "07.00 де") or typed straight onto it ("таңғы 8.00ге дейін",
# "8.00ден"): after a time the particle да/де is rare, and no decimal takes a case ending with no hyphen before it.
_SPACED_TIME_SUFFIX = "да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен"
_CLOCK = r"(?P<h>[01]?\d|2[0-4])(?P<sep>[:.])(?P<min>[0-5]\d)(?![\d]|\.\d)"
# A time, its case ending, or the dash of a range to the next time (09:00-18:00, 13.00–14.00: a range's dash, said as
# a pause between the two times as between a range's numbers). A dash opening the next line is that line's bullet, no
# hyphen of a case ending ("10.00 |\n- тестілеудің аяқталуы": a timetable's rows).
_AFTER_CLOCK = rf"""
    (?:(?P<gap>[^\S\n]?[-–—]\s?|\s?(?=(?:{_SPACED_TIME_SUFFIX})(?![\w-])))(?P<suf>[{_LETTERS}]+)
       |(?P<to>\s?[-–—]\s?)(?={_CLOCK.replace("?P<", "?P<next_")}))?"""
TIME = re.compile(rf"(?<![\d.,]){_CLOCK}{_AFTER_CLOCK}", re.X)


# A time after сағат with a space typed after its colon ("сағат 22: 00-ге дейін"): the word names a clock, so the two
# numbers are its hour and minutes, not a count and a label's colon. So does a from or a to ending after its minutes
# (9: 00-ден 20: 00-ге дейін), which neither a score nor a label takes. Elsewhere "2: 15" may be a score or a list's
# label, and stays for the other rules.
_SPACED_CLOCK = r"(?P<h>[01]?\d|2[0-4])(?P<sep>:)[^\S\n](?P<min>[0-5]\d)(?![\d]|[.,]\d)"
_FROM_OR_TO = r"-(?:дан|ден|тан|тен|нан|нен|ға|ге|қа|ке)(?![\w-])"
SPACED_TIME = re.compile(
    rf"""(?:(?<=[Сс]ағат\s)|(?<![\d.,])(?={_SPACED_CLOCK.replace("?P<", "?P<ended_")}{_FROM_OR_TO}))
    {_SPACED_CLOCK}{_AFTER_CLOCK}""",
    re.X,
)
SPACED_TIME_MARK = re.compile(r":[^\S\n][0-5]\d")  # the colon first, and the space (any but a line's break)


# A postposition typed onto a time with a hyphen, as a case ending would be (сағат 14.00-дейін): the time takes the
# case the postposition governs (`GOVERNED`), and the postposition follows it as its own word (он төрт нөл нөлге
# дейін), as the written 14.00-ге дейін is read.
def _time_with_ending(spoken: str, gap: str | None, ending: str | None) -> str:
    """он төрт нөл нөл with -ге → он төрт нөл нөлге; with -дейін → он төрт нөл нөлге дейін."""
    governed = GOVERNED.get(ending.lower()) if gap and ending else None
    if governed:
        return f"{attach(spoken, governed)} {ending}"
    return attach_written(spoken, gap, ending)


# A game's score and, in brackets after it, its periods' scores listed with commas ("Астана" – "Уралмаш" 66:106
# (21:29, 20:27, 14:23, 11:27)): each a score, said with a dash as the score before is, though some would make a
# clock. The score before is none a clock could be: a time in brackets after a time (15:00 (17:00, 18:00)) stays.
_SCORE_BEFORE_BRACKET = re.compile(r"(?<![\d:.,])(?P<score>\d{1,3}:\d{1,3})[ \u00a0]?$")
_PERIOD_SCORES = re.compile(r"\((?:\d{1,3}:\d{1,3},[ \u00a0]?)+\d{1,3}:\d{1,3}\)")
_PERIODS_REACH = 40  # how far before a period's score its bracket may open
_WHOLE_CLOCK = re.compile(_CLOCK)
_PERIOD_OPENERS = ("(", " ", "\u00a0")  # what a period's score follows: its bracket, or the space after a comma


def _period_score(match: re.Match[str]) -> bool:
    """The colon pair is one of a game's periods' scores, in brackets after the game's score."""
    text, start = match.string, match.start()
    opening = text.rfind("(", max(0, start - _PERIODS_REACH), start)
    if opening < 0 or not (periods := _PERIOD_SCORES.match(text, opening)) or periods.end() <= start:
        return False
    score = _SCORE_BEFORE_BRACKET.search(text, max(0, opening - 9), opening)
    return score is not None and _WHOLE_CLOCK.fullmatch(score["score"]) is None


def speak_time(match: re.Match[str]) -> str:
    """9:00 → тоғыз нөл нөл; a dotted time (19.50-де, сағат 10.00) only where something says it is no decimal
    (`_dotted_clock`); a period's score after a game's (66:106 (21:29, …)) is left to the score rule."""
    measured = not match["suf"] and _measured(match.string, match.end())  # 17.00-де Н.Бекежанов: a name's initial
    if match["sep"] == "." and (not _dotted_clock(match) or measured):
        return match.group()
    if (
        match["sep"] == ":"
        and match.string[match.start() - 1 : match.start()] in _PERIOD_OPENERS
        and _period_score(match)
    ):
        return match.group()
    hour = "нөл нөл" if match["h"] == "00" else cardinal(int(match["h"]))  # midnight: 00:35 → нөл нөл отыз бес
    glue = " " if match.string[match.start() - 1 : match.start()].isalpha() else ""  # "оқушылар07.45"
    dash = " – " if match["to"] else ""
    spoken = _time_with_ending(f"{hour} {_clock_part(match['min'])}", match["gap"], match["suf"])
    if not match["suf"] and not match["to"] and (governed := governed_case(match.string[match.end() :])):
        spoken = attach(spoken, governed)  # 10:00 дейін → он нөл нөлге дейін, as a number before it is
    return glue + spoken + dash


# A clock time typed with a hyphen for its colon ("сағат 10-00-ден 22-00-ге дейін"): whole hours (-00) are no
# range's end, and after сағат any minutes are a clock's. A third number joined on (21-00-00) makes it a code.
HYPHEN_TIME = re.compile(
    rf"""(?<![\d.,:–—-])(?P<h>[01]?\d|2[0-3])-(?P<min>[0-5]\d)(?![\d]|[.,]\d|-\d)
    (?:(?P<gap>-)(?P<suf>[{_LETTERS}]+))?""",
    re.X,
)


def speak_hyphen_time(match: re.Match[str]) -> str:
    """10-00-ден → он нөл нөлден; 9-30 after сағат → тоғыз отыз; 5-10 elsewhere stays a range."""
    after_hour_word = re.search(r"сағ(?:ат|\.)?\s*$", match.string[: match.start()], re.I)
    if match["min"] != "00" and not after_hour_word:
        return match.group()
    return _time_with_ending(f"{cardinal(int(match['h']))} {_clock_part(match['min'])}", match["gap"], match["suf"])


# A dotted clock time no decimal or date is: an hour written with its zero (07.45) before minutes no month number
# is, or an end of a range of two such times (8.00-8.45, 15.50 - 16.35) with minutes past twelve on one side at
# least (10.03-15.03 may be days of March).
_DOTTED = r"(?<![\d.,:])(?P<h{n}>[01]?\d|2[0-3])\.(?P<m{n}>[0-5]\d)(?![\d]|\.\d)"
_DOTTED_RANGE = re.compile(rf"{_DOTTED.format(n=1)}\s?[-–—]\s?{_DOTTED.format(n=2)}")
_ZERO_HOUR = re.compile(r"(?<![\d.,:])0\d\.(?P<m>[0-5]\d)(?![\d]|\.\d)")
# A dotted time after сағат says the line's other dotted times are clocks too (сағат 7.30, ал ... 7.35 болады).
_NAMED_CLOCK = re.compile(r"[Сс]ағ(?:ат|\.)?\s*(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d]|[.,]\d)")
# A unit, a scale, a currency or a per cent after the numbers makes them decimals (1.25-1.50 м, 13.50 теңге).
_MEASURES = sorted([*abbr.of_kind("unit"), "теңге", "доллар", "еуро", "рубль", "метр", "пайыз"], key=len, reverse=True)
_MEASURED = re.compile(rf"\s?(?:%|(?:{'|'.join(map(re.escape, _MEASURES))})(?!\w))")
# сағ. after a range of dotted times names the clock they are read on (Касса: 10.00 - 17.00 сағ.), as сағат before
# one does: hours so measured would be written with a comma.
_HOURS_AFTER = re.compile(r"\s?сағ(?:ат)?(?!\w)")


def _measured(text: str, end: int) -> bool:
    """A unit, scale, currency or per cent follows the number ending at `end`, and not the clock's сағ."""
    return _MEASURED.match(text, end) is not None and _HOURS_AFTER.match(text, end) is None


# A label naming a moment, its colon after it: what follows is when (басталуы: 10.00, аяқталу уақыты: 16.30, тіркеу
# басталады: 08.30), a row of a timetable or a programme, not a number of things; a bare уақыты: may be a race's
# time (9.58), which stays a decimal.
_MOMENT_LABEL = re.compile(
    r"(?<![\w-])(?:бастал|аяқтал|ашыл|жабыл)(?:уы|ады|атын)(?:\s+уақыты)?\s*:\s*$|"
    r"(?<![\w-])(?:басталу|аяқталу|ашылу|жабылу)\s+уақыты\s*:\s*$",
    re.I,
)
_LABEL_REACH = 40  # characters before a time in which its label is looked for
# A day a programme recurs on or is set for, written straight before the time as listings write it (әр сейсенбі
# сайын 22.30, жұма күні 19.30, күн сайын кешкі 21.00, сенбіде 20.00): a moment of that day, not a number of
# things. Minutes that may be a month's (сенбі 10.05, the tenth of May) stay for the other rules.
_SCHEDULE_DAY = re.compile(
    rf"(?<![\w-])(?:(?:{'|'.join(WEEKDAY_NAMES)})(?:де|ден|ге)?(?:\s+(?:күні|күндері|сайын))?|күн\s+сайын|күнде)"
    r"(?:\s+(?:кешкі|кеште|кешке|таңғы|таңертең|түнгі|түнде|түскі))?\s*$",
    re.I,
)
# A part of the day named straight before the number (таңғы 8.00ге дейін, кешкі 7.30-да): a moment of it, no decimal.
_DAYPART = re.compile(r"(?<![\w-])(?:таңғы|таңертеңгі|таңертең|кешкі|түнгі|түскі)\s*$", re.I)
# A measure written with its case ending after the number (2.50 пайызға, 22.30 теңгеден) makes it a decimal still.
_MEASURE_STEM = re.compile(r"\s?(?:%|теңге|доллар|еуро|рубл|метр|пайыз|процент|градус|литр|грамм|килограмм|тонна)")


def _dotted_clock(match: re.Match[str]) -> bool:
    """A dotted time is a clock's with a case suffix (19.50-де), after сағат or a label naming a moment and its colon
    (басталуы: 10.00, `_MOMENT_LABEL`), when it is one itself (`_sure_clock`),
    or in a line that holds one: a timetable's other times (07.45 (І ауысым), 13.50 (ІІ ауысым)). A word after the
    hyphen (7.14-тармақ) makes it the number of what the word names."""
    text, start = match.string, match.start()
    if match["suf"] and (match["gap"] or match["min"] == "00"):  # 1.25ке may be a decimal typed in haste
        return not hyphenated_word(match["suf"]) or (bool(match["gap"]) and match["suf"].lower() in GOVERNED)
    label = text[max(0, start - _LABEL_REACH) : start]
    if re.search(r"сағ(?:ат|\.)?\s*$", text[:start], re.I) or _MOMENT_LABEL.search(label):
        return True
    if match["min"] == "00" and governed_case(text[match.end() :]):
        return True  # a whole hour before the postposition that times it (10.00 бастап): no decimal is written so
    if _DAYPART.search(label) and not _MEASURE_STEM.match(text, match.end()):
        return True
    if not _month_number(match["min"]) and _SCHEDULE_DAY.search(label) and not _MEASURE_STEM.match(text, match.end()):
        return True
    return _sure_clock(line_holding(text, start, start))


def _sure_clock(line: str) -> bool:
    """The line holds a dotted time written so that no decimal or date reads it (`_DOTTED_RANGE`, `_ZERO_HOUR`,
    `_NAMED_CLOCK`)."""
    if any(not _month_number(m["m"]) and not _measured(line, m.end()) for m in _ZERO_HOUR.finditer(line)):
        return True
    if _NAMED_CLOCK.search(line):
        return True
    for times in _DOTTED_RANGE.finditer(line):
        first, last = (int(times["h1"]), int(times["m1"])), (int(times["h2"]), int(times["m2"]))
        dates_like = _month_number(times["m1"]) and _month_number(times["m2"])
        if first < last and not dates_like and not _measured(line, times.end()):
            return True
    return False


def _month_number(minutes: str) -> bool:
    return 1 <= int(minutes) <= 12


def _clock_part(digits: str) -> str:
    """A part after the first of a clock or stopwatch reading: 00 → нөл нөл, 05 → нөл бес, 35 → отыз бес."""
    if digits.strip("0") == "":
        return " ".join(["нөл"] * len(digits))
    return ("нөл " if digits[0] == "0" else "") + cardinal(int(digits))


# A race time to the hundredth before its unit word, minutes and seconds parted by a colon or a point and the
# seconds' fraction by a comma, as no clock and no decimal writes it (1.01,34 мин., 9:01,98 секундта): the minutes,
# then the seconds as a decimal with their unit. Before мин. the whole is named in minutes: its minute and second
# words said in its place (its stop kept where a sentence ends); before a seconds' word that word is their unit.
LAP_TIME_WITH_UNIT = re.compile(
    r"(?<![\d.,:])(?P<min>[1-5]?\d)[.:](?P<sec>[0-5]\d),(?P<frac>\d{1,3})"
    r"(?:(?P<minutes_word>[ \t]?мин(?:\.(?![ \t]*(?:\n|$|[A-ZА-ЯӘІҢҒҮҰҚӨҺ])))?)(?![\w])|(?=[ \t]?сек))"
)
LAP_TIME_MARK = re.compile(r",\d{1,3}[ \t]?(?:мин|сек)")  # what every match holds (`Rule.needs`): a comma first


def speak_lap_time(match: re.Match[str]) -> str:
    """1.01,34 мин. → бір минут бір бүтін жүзден отыз төрт секунд; 9:01,98 секундта → тоғыз минут бір бүтін жүзден
    тоқсан сегіз секундта."""
    minutes = int(match["min"])
    seconds = decimal(match["sec"].lstrip("0") or "0", match["frac"])
    spoken = f"{cardinal(minutes)} минут {seconds}" if minutes else seconds
    return f"{spoken} секунд" if match["minutes_word"] else spoken


# A stopwatch reading of three parts, the last after a second colon or a decimal mark: 1:27.04, 2:13:00, 0:59,4;
# or of four, hours, minutes, seconds and their fraction (1:04:15.5). A plus before it is a gap behind the winner
# (+1:05.3), said плюс.
STOPWATCH = re.compile(
    rf"""(?P<plus>(?<![\w+])\+)?(?<![\d.,:])
    (?P<reading>\d{{1,2}}:[0-5]\d(?::[0-5]\d[.,]\d{{1,3}}|:\d\d|[.,]\d{{1,3}}))(?![\d:]|[.,]\d)
    (?:(?P<gap>-)(?P<suf>[{_LETTERS}]+))?""",
    re.X,
)


def speak_stopwatch(match: re.Match[str]) -> str:
    """A race time or a time to the second, part by part as a clock is read: 1:27.04 → бір жиырма жеті нөл төрт;
    hours, minutes and seconds with their unit words (`_duration`), a case suffix on the last word said."""
    duration = _duration(match)
    if duration:
        spoken = duration
    else:
        first, *rest = re.split(r"[:.,]", match["reading"])
        spoken = " ".join([cardinal(int(first)), *map(_clock_part, rest)])
    return ("плюс " if match["plus"] else "") + attach_written(spoken, match["gap"], match["suf"])


# A clock to the second written with points, as a phone names a photo (WhatsApp Image 2022-12-28 at 09.59.08): three
# two-digit parts read as a clock's, the hour, its minutes and seconds (тоғыз елу тоғыз нөл сегіз). It is a clock's
# after сағат or an English "at", or where its hour keeps its zero and its minutes are no month number (13-59): two
# digits a part are also a short date (28.12.22, 09.05.08), a version's or a section's number (10.15.30, 1.2.3) or
# a dissertation specialty's code, its middle part 00 (07.00.02 – Отан тарихы).
DOTTED_SECONDS = re.compile(
    rf"""(?<![\d.,:])(?P<h>[01]\d|2[0-3])\.(?P<min>[0-5]\d)\.(?P<sec>[0-5]\d)(?![\d]|[.,]\d)
    (?:(?P<gap>-)(?P<suf>[{_LETTERS}]+))?""",
    re.X,
)
DOTTED_SECONDS_MARK = re.compile(r"\.[0-5]\d\.[0-5]\d")  # a literal first: the point before the minutes
_CLOCK_WORD_BEFORE = re.compile(r"(?:(?<![^\W\d_])at|[Сс]ағ(?:ат|\.)?)[^\S\n]*$")


def speak_dotted_seconds(match: re.Match[str]) -> str:
    """09.59.08 → тоғыз елу тоғыз нөл сегіз; 28.12.22 and 10.15.30 stay for the date and number rules."""
    after_clock_word = _CLOCK_WORD_BEFORE.search(match.string, max(0, match.start() - 8), match.start())
    if not after_clock_word and (match["h"][0] != "0" or int(match["min"]) <= 12):  # 07.00.02: a specialty's code
        return match.group()
    hour = "нөл нөл" if match["h"] == "00" else cardinal(int(match["h"]))
    spoken = f"{hour} {_clock_part(match['min'])} {_clock_part(match['sec'])}"
    return attach_written(spoken, match["gap"], match["suf"])


# Hours, minutes and seconds (2:05:30, 1:04:15.5): the hour a single digit, as no clock with seconds writes it
# (05:38:42 is a dateline's), and no unit word after it to say the reading's own unit (2:05:30 сағат). Minutes and
# seconds with tenths or thousandths (+1:05.3, +1:14.240) are a lap time too: two digits after the point may be the
# seconds of hours and minutes (a half marathon's 1:11.52), one or three never are.
_DURATION = re.compile(
    r"(?P<h>[1-9]):(?P<min>[0-5]\d):(?P<sec>[0-5]\d)(?:[.,](?P<frac>\d{1,3}))?"
    r"|(?P<lap_min>[1-5]?\d):(?P<lap_sec>[0-5]\d)[.,](?P<lap_frac>\d(?:\d\d)?)"
)
_UNIT_WORD_AFTER = re.compile(r"\s?(?:сағ|мин|сек)", re.I)


def _duration(match: re.Match[str]) -> str | None:
    """2:05:30 → екі сағат бес минут отыз секунд; a zero part is not said (2:13:00 → екі сағат он үш минут), and
    seconds with a fraction are a decimal (15.5 → он бес бүтін оннан бес секунд; 1:14.240 → бір минут он төрт бүтін
    мыңнан екі жүз қырық секунд)."""
    parts = _DURATION.fullmatch(match["reading"])
    if not parts or _UNIT_WORD_AFTER.match(match.string, match.end()):
        return None
    hours, minutes = parts["h"], parts["min"] or parts["lap_min"]
    whole, fraction = parts["sec"] or parts["lap_sec"], parts["frac"] or parts["lap_frac"]
    seconds = decimal(whole, fraction) if fraction else whole.lstrip("0")
    amounts = [(hours, "сағат"), (minutes.lstrip("0"), "минут"), (seconds, "секунд")]
    return " ".join(
        f"{amount if ' ' in amount else cardinal(int(amount))} {unit}" for amount, unit in amounts if amount
    )
