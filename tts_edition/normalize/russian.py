"""Russian passages inside Kazakh text, normalised as Russian: numbers in Russian words (num2words, in the case a
preposition before them demands), years with г., and the common abbreviations (тыс., млн, руб., им., т.е.…).

The rules have the same shape as the Kazakh ones (`rules.Rule`), so the normaliser runs them over the Russian runs
of a text (`language.language_runs`) and keeps each spoken word traced to its written token.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from tts_edition.normalize import coordinates
from tts_edition.normalize.abbreviations import pronounceable, spell
from tts_edition.normalize.roman import roman_value
from tts_edition.normalize.rules import SCORE, Rule, digit_like

RUSSIAN_KIND = "russian"  # every reading of a passage in another language is one a person should hear
# The case a preposition demands of the number after it; nominative without one.
_CASES = {
    **dict.fromkeys(("в", "во", "о", "об", "при"), "prepositional"),
    **dict.fromkeys(("с", "со", "от", "до", "из", "у", "без", "около", "после", "для", "свыше", "более"), "genitive"),
    **dict.fromkeys(("к", "ко", "по"), "dative"),
    **dict.fromkeys(("за", "про", "через", "на"), "accusative"),
    **dict.fromkeys(("между", "над", "под", "перед"), "instrumental"),
}
_YEAR_WORDS = {"nominative": "год", "genitive": "года", "prepositional": "году", "dative": "году",
               "accusative": "год", "instrumental": "годом"}  # fmt: skip
ABBREVIATIONS = {
    "тыс.": "тысяч", "млн": "миллионов", "млрд": "миллиардов", "трлн": "триллионов", "руб.": "рублей",
    "коп.": "копеек", "им.": "имени", "т.е.": "то есть", "т.д.": "так далее", "т.п.": "тому подобное",
    "ул.": "улица", "пр.": "проспект", "проф.": "профессор", "акад.": "академик",
    "д.ф.н.": "доктор филологических наук", "к.ф.н.": "кандидат филологических наук",
    "д.и.н.": "доктор исторических наук", "см.": "смотри",
    "%": "процентов", "№": "номер", "рис.": "рисунок", "стр.": "страница", "гг.": "годы",
}  # fmt: skip
# Words counted by a number, in the forms after 1, after 2–4 (and a fraction) and after 5 and more; the number
# agrees with the word's gender (две тысячи).
COUNTED = {
    "млн": ("миллион", "миллиона", "миллионов"), "млрд": ("миллиард", "миллиарда", "миллиардов"),
    "трлн": ("триллион", "триллиона", "триллионов"), "тыс.": ("тысяча", "тысячи", "тысяч"),
    "га": ("гектар", "гектара", "гектаров"), "км": ("километр", "километра", "километров"),
    "%": ("процент", "процента", "процентов"), "руб.": ("рубль", "рубля", "рублей"),
    "°": ("градус", "градуса", "градусов"), "′": ("минута", "минуты", "минут"), "″": ("секунда", "секунды", "секунд"),
    "°C": ("градус", "градуса", "градусов"), "°С": ("градус", "градуса", "градусов"),
    "м/с": ("метр в секунду", "метра в секунду", "метров в секунду"),
    "км/ч": ("километр в час", "километра в час", "километров в час"),
}  # fmt: skip
# A scale word written out takes the form its number asks for too: около 1,5 тысячи → около полутора тысяч.
_SCALE_WORDS = {form: forms for key in ("тыс.", "млн", "млрд") for forms in [COUNTED[key]] for form in forms}
COUNTED |= _SCALE_WORDS
_SIGNS = {"+": "плюс ", "−": "минус ", "-": "минус "}
_ONE_AND_A_HALF = "1,5"
_FEMININE = frozenset({"тыс.", "тысяча", "тысячи", "тысяч", "′", "″"})
_ANGLE_UNITS = frozenset("°′″")  # read by the coordinate rule
MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
_MONTHS = "|".join(MONTHS)
# The case of a word after a numeral says the numeral's: XVIII века → восемнадцатого, в 1994–1997 гг. → годах.
_NOUN_CASES = {
    "век": "nominative", "века": "genitive", "веке": "prepositional", "веку": "dative", "веком": "instrumental",
    "веков": "genitive", "веках": "prepositional", "векам": "dative", "вв.": "nominative", "в.": "genitive",
}  # fmt: skip
_YEARS_WORDS = {"nominative": "годы", "genitive": "годов", "prepositional": "годах", "dative": "годам",
                "accusative": "годы", "instrumental": "годами"}  # fmt: skip


def _case_before(match: re.Match[str]) -> str:
    before = match.string[: match.start()].split()
    return _CASES.get(before[-1].lower().lstrip('(«"“'), "nominative") if before else "nominative"


# The cases a written year word can stand in; it says the year's case where no preposition does (в октябре 2024 года).
_YEAR_WORD_CASES = {"год": ("nominative", "accusative"), "года": ("genitive",), "году": ("prepositional", "dative")}


def speak_year(match: re.Match[str]) -> str:
    """в 2020 г. → в две тысячи двадцатом году; в 1994–1997 гг. → в … девяносто четвёртом – … седьмом годах; в
    октябре 2024 года → две тысячи двадцать четвёртого года."""
    case, cases = _case_before(match), _YEAR_WORD_CASES.get(match["noun"])
    if cases and case not in cases:
        case = cases[0]
    years = [in_words(int(y), to="ordinal", case=case) for y in (match["year"], match["year2"]) if y]
    return " – ".join(years) + " " + (_YEARS_WORDS if match["year2"] else _YEAR_WORDS)[case]


def speak_date(match: re.Match[str]) -> str:
    """3 августа 2022 г. → третьего августа две тысячи двадцать второго года (к 3 мая → третьему мая); 28-29 мая →
    двадцать восьмого – двадцать девятого мая."""
    case = "dative" if _case_before(match) == "dative" else "genitive"
    days = [_day(d, case) for d in (match["first"], match["day"]) if d]
    return " – ".join(days) + f" {match['month']}" + _of_year(match["year"])


def speak_numeric_date(match: re.Match[str]) -> str:
    """Дата: 20.05.2020 → двадцатое мая две тысячи двадцатого года; вступил в силу 01.07.2021, от 18.05.2020 г. →
    первого июля …, от восемнадцатого мая …: nominative only as a label's value or a listed item, else genitive."""
    month = int(match["month"])
    if not 1 <= month <= len(MONTHS) or not 1 <= int(match["day"]) <= _LAST_DAY:
        return match.group()
    case = _case_before(match)
    if case in ("nominative", "accusative"):
        label = re.search(r"(?:^|[:,\n])\s*$", match.string[: match.start()])
        case = "nominative" if label else "genitive"
    day = _day(match["day"], case)
    return f"{day} {MONTHS[month - 1]}{_of_year(match['year'])}"


def _day(day: str, case: str) -> str:
    return in_words(int(day), to="ordinal", case=case, gender="n")


def _of_year(year: str | None) -> str:
    return f" {in_words(int(year), to='ordinal', case='genitive')} года" if year else ""


def speak_ordinal(match: re.Match[str]) -> str:
    """25-го тура → двадцать пятого тура, на 42-й минуте → на сорок второй минуте, в 30–40-х годах → в тридцатых –
    сороковых годах: the written ending and the words around the number give its case, gender and number."""
    form = _ordinal_form(match)
    if not form:
        return match.group()
    case, gender, plural = form
    numbers = [int(n) for n in (match["first"], match["number"]) if n]
    return " – ".join(
        in_words(n, to="ordinal", case=case, gender=gender, plural=plural, animate=False) for n in numbers
    )


# The case a preposition gives a feminine ordinal in -й (на 42-й минуте, к 5-й годовщине, с 3-й попытки).
_FEMININE_CASES = {**dict.fromkeys(("в", "во", "на", "о", "об", "при"), "prepositional"),
                   **dict.fromkeys(("к", "ко", "по"), "dative"),
                   **dict.fromkeys(("над", "под", "перед", "между", "за"), "instrumental")}  # fmt: skip


def _ordinal_form(match: re.Match[str]) -> tuple[str, str, bool] | None:
    """(case, gender, plural) of an ordinal written with its ending (-го, -й, -я, -е, -х, -м, -ю, -ми)."""
    ending, case = match["ending"], _case_before(match)
    following = (match.string[match.end() :].split() or [""])[0].lower()
    forms = {"ми": ("instrumental", "m", True), "го": ("genitive", "m", False), "му": ("dative", "m", False)}
    if ending[-2:] in forms:
        return forms[ending[-2:]]
    last = ending[-1]
    if last == "м":
        return ("dative", "m", True) if case == "dative" else (_M_CASES.get(case, "prepositional"), "m", False)
    if last == "й" and following.endswith(("е", "и", "ой", "ей")):
        before = match.string[: match.start()].split()[-1:]
        return _FEMININE_CASES.get(before[0].lower() if before else "", "genitive"), "f", False
    return {"х": ("genitive", "m", True), "я": ("nominative", "f", False), "ю": ("accusative", "f", False),
            "е": ("nominative", "n", following.startswith(("год", "гг"))), "й": ("nominative", "m", False),
            }.get(last)  # fmt: skip


_M_CASES = {"instrumental": "instrumental"}


def speak_time(match: re.Match[str]) -> str:
    """с 07:00 до 20:30 → с семи ноль ноль до двадцати тридцати; в 06:05 → в шесть ноль пять: the hour and the minutes
    in the case the preposition before them demands (в with a time: accusative), a minute below ten after ноль."""
    case = _case_before(match)
    case = "accusative" if case == "prepositional" else case
    minutes = int(match["minutes"])
    spoken = ("ноль ноль" if not minutes else f"ноль {in_words(minutes)}") if minutes < _TEN else ""
    return f"{_cardinal(match['hour'], case)} {spoken or _cardinal(match['minutes'], case)}"


def speak_score(match: re.Match[str]) -> str:
    """со счётом 2:1 → со счётом два – один: a score's numbers are not governed by the preposition before it."""
    return f"{_cardinal(match['a'])} – {_cardinal(match['b'])}"


def speak_century(match: re.Match[str]) -> str:
    """XVIII века → восемнадцатого века: the numeral takes the case of the noun after it."""
    value = roman_value(match["roman"])
    if not value:
        return match.group()
    noun = match["noun"].lower()
    plural = noun in ("веков", "веках", "векам", "вв.")
    spoken = in_words(value, to="ordinal", case=_NOUN_CASES[noun], plural=plural)
    return f"{spoken} {match['noun']}"


def plural_form(number: str, forms: tuple[str, str, str]) -> str:
    """The form of a counted word after `number`: 1 (21, 101) → first, 2–4 (22, 103) and a fraction → second, the
    rest → third."""
    if "," in number or "." in number:
        return forms[1]
    n = int(re.sub(r"\D", "", number))
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    return forms[1] if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else forms[2]


def _counted(number: str, counted: str, case: str) -> str:
    forms = COUNTED[counted]
    if case in ("nominative", "accusative"):
        return plural_form(number, forms)
    return forms[1] if plural_form(number, forms) == forms[0] else forms[2]  # до 10% → десяти процентов


def _cardinal(number: str, case: str = "nominative", gender: str = "m") -> str:
    """A written number (12 500, 3,5, 43.2) in Russian words; a fraction is read as целых, 1,5 as полтора."""
    whole, _, fraction = re.sub(r"[ \u00a0]", "", number).replace(".", ",").partition(",")
    if f"{whole},{fraction}" == _ONE_AND_A_HALF:
        if case not in ("nominative", "accusative"):
            return "полутора"  # около 1,5 тысячи → около полутора тысяч
        return "полторы" if gender == "f" else "полтора"
    if fraction:
        return in_words(float(f"{whole}.{fraction}"))
    return in_words(int(whole), case=case, gender=gender, animate=False)  # на 21 день → двадцать один


def speak_number(match: re.Match[str]) -> str:
    """A cardinal or a range in the case the preposition before it demands, with the word it counts agreeing with
    the last number (3 млн → три миллиона, +24–26 °C → плюс двадцать четыре – двадцать шесть градусов)."""
    case, counted = _case_before(match), match["counted"]
    ends = [(match[f"sign{i}"], _written(match, i)) for i in ("", "2") if match[f"whole{i}"]]
    gender = "f" if counted in _FEMININE else "m"
    spoken = " – ".join(_SIGNS.get(sign or "", "") + _cardinal(number, case, gender) for sign, number in ends)
    return f"{spoken} {_counted(ends[-1][1], counted, case)}" if counted else spoken


def _written(match: re.Match[str], end: str) -> str:
    return match[f"whole{end}"] + (f",{match[f'fraction{end}']}" if match[f"fraction{end}"] else "")


def speak_coordinate(match: re.Match[str]) -> str:
    """50°с.ш. → пятьдесят градусов северной широты; 37°15′ → тридцать семь градусов пятнадцать минут."""
    if not coordinates.is_coordinate(match):
        return match.group()
    parts = [(match["deg"], "°"), (match["min"], "′"), (match["sec"], "″")]
    words = [
        f"{_cardinal(number, gender='f' if unit in _FEMININE else 'm')} {plural_form(number, COUNTED[unit])}"
        for number, unit in parts
        if number
    ]
    return " ".join(words) + coordinates.hemisphere(match) + (" " if match.group()[-1].isspace() else "")


def speak_initialism(match: re.Match[str]) -> str:
    """РК → эр ка, ЕАЭС → еаэс: the letters' names, or a word where the letters can be said as one."""
    word = match.group()
    return word.lower() if pronounceable(word) else spell(word)


def speak_abbreviation(match: re.Match[str]) -> str:
    return " " + ABBREVIATIONS[match.group().lower()] + " "


_ABBREVIATION = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
_DAY = r"[1-9]|[12]\d|3[01]"
_LAST_DAY = 31
_TEN = 10
_NUMBER = r"(?P<whole{end}>\d{{1,3}}(?:[ \u00a0]\d{{3}})+|\d+)(?:,(?P<fraction{end}>\d+))?(?!\d)"
_INITIALISM = re.compile(r"(?<![\w-])[А-ЯЁ]{2,5}(?!\w|-(?!\d))")  # ЧМ-2026 too
_COUNTED = "|".join(re.escape(a) for a in sorted(COUNTED, key=len, reverse=True) if a not in _ANGLE_UNITS)


def in_words(number: float, **form: str | bool) -> str:
    """NUMBER in Russian words, in the case, gender and number of FORM (num2words: imported on first use, as it
    takes a few hundredths of a second, and most texts have no Russian in them)."""
    from num2words import num2words

    return num2words(number, lang="ru", **form)


def _guess(name: str, pattern: re.Pattern[str], speak: Callable[[re.Match[str]], str]) -> Rule:
    return Rule(name, pattern, speak, RUSSIAN_KIND, guess=True)


@cache
def rules() -> list[Rule]:
    return [
        _guess("russian coordinate", coordinates.COORDINATE, speak_coordinate),
        _guess(
            "russian date",
            re.compile(
                rf"(?<![\d.,])(?:(?P<first>{_DAY})\s?[-–—−]\s?)?(?P<day>{_DAY})\s+(?P<month>{_MONTHS})(?:\s+(?P<year>1\d{{3}}|20\d{{2}})"
                r"\s?(?:г\.|года\b))?"
            ),
            speak_date,
        ),
        _guess(
            "russian century",
            re.compile(r"(?<![\w-])(?P<roman>[IVXLC]{1,7}|[IVXІХ]{1,7})\s+(?P<noun>век(?:а|е|у|ом|ов|ах|ам)?\b|вв?\.)"),
            speak_century,
        ),
        _guess("russian initialism", _INITIALISM, speak_initialism),
        _guess(
            "russian year",
            re.compile(
                r"(?<![\d.,])(?P<year>1\d{3}|20\d{2})(?:\s?[–—-]\s?(?P<year2>1\d{3}|20\d{2}))?"
                r"\s?(?P<noun>г\.|гг\.|года?\b|году\b)(?!\w)"
            ),
            speak_year,
        ),
        _guess(
            "russian ordinal",
            re.compile(r"(?<![\w.,])(?:(?P<first>\d+)\s?[–—−-]\s?)?(?P<number>\d+)-(?P<ending>[а-я]{1,3})(?![\w-])"),
            speak_ordinal,
        ),
        _guess(
            "russian time",
            re.compile(r"(?<![\w.,:])(?P<hour>[01]?\d|2[0-3]):(?P<minutes>[0-5]\d)(?![\w:])"),
            speak_time,
        ),
        _guess("russian score", SCORE, speak_score),
        _guess(
            "russian numeric date",
            re.compile(
                r"(?<![\w.,])(?P<day>\d{1,2})\.(?P<month>\d{2})\.(?P<year>\d{4})(?:\s?(?:г\.|года\b))?(?![\w.]\d)"
            ),
            speak_numeric_date,
        ),
        _guess(
            "russian number",
            re.compile(
                rf"(?<![\w.,])(?P<sign>[+−]|(?<!\w)-(?=[\d,]+\s?°))?{_NUMBER.format(end='')}"
                rf"(?:\s?(?:[–—−]|\.\.\.|…|-(?=[+−]?\d))\s?(?P<sign2>[+−-])?{_NUMBER.format(end='2')})?"
                rf"(?:\s?(?P<counted>{_COUNTED})(?!\w))?"
            ),
            speak_number,
        ),
        _guess(
            "russian digits",
            re.compile(rf"\d+|[{digit_like()}]+"),  # superscripts and circled numbers too (м², ①)
            lambda m: f" {in_words(int(''.join(str(unicodedata.digit(ch)) for ch in m.group())))} ",
        ),
        _guess(
            "russian abbreviation",
            re.compile(rf"(?<![\w.])(?:{_ABBREVIATION})(?!\w)", re.I),
            speak_abbreviation,
        ),
    ]
