"""Russian passages inside Kazakh text, normalised as Russian: numbers in Russian words (num2words, in the case a
preposition before them demands), years with г., and the common abbreviations (тыс., млн, руб., им., т.е.…).

The rules have the same shape as the Kazakh ones (`rules.Rule`), so the normaliser runs them over the Russian runs
of a text (`language.language_runs`) and keeps each spoken word traced to its written token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from num2words import num2words

from tts_edition.normalize import coordinates
from tts_edition.normalize.abbreviations import pronounceable, spell
from tts_edition.normalize.roman import roman_value
from tts_edition.normalize.rules import DIGIT_LIKE, Rule

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
}  # fmt: skip
_FEMININE = frozenset({"тыс.", "′", "″"})
_ANGLE_UNITS = frozenset("°′″")  # read by the coordinate rule
_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
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


def speak_year(match: re.Match[str]) -> str:
    """в 2020 г. → в две тысячи двадцатом году; в 1994–1997 гг. → в … девяносто четвёртом – … седьмом годах."""
    case = _case_before(match)
    years = [num2words(int(y), lang="ru", to="ordinal", case=case) for y in (match["year"], match["year2"]) if y]
    return " – ".join(years) + " " + (_YEARS_WORDS if match["year2"] else _YEAR_WORDS)[case]


def speak_date(match: re.Match[str]) -> str:
    """3 августа 2022 г. → третьего августа две тысячи двадцать второго года (к 3 мая → третьему мая)."""
    case = "dative" if _case_before(match) == "dative" else "genitive"
    words = f"{num2words(int(match['day']), lang='ru', to='ordinal', case=case, gender='n')} {match['month']}"
    if match["year"]:
        words += f" {num2words(int(match['year']), lang='ru', to='ordinal', case='genitive')} года"
    return words


def speak_century(match: re.Match[str]) -> str:
    """XVIII века → восемнадцатого века: the numeral takes the case of the noun after it."""
    value = roman_value(match["roman"])
    if not value:
        return match.group()
    noun = match["noun"].lower()
    plural = noun in ("веков", "веках", "векам", "вв.")
    spoken = num2words(value, lang="ru", to="ordinal", case=_NOUN_CASES[noun], plural=plural)
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
    """A written number (12 500, 3,5, 43.2) in Russian words; a fraction is read as целых."""
    whole, _, fraction = re.sub(r"[ \u00a0]", "", number).replace(".", ",").partition(",")
    if fraction:
        return num2words(float(f"{whole}.{fraction}"), lang="ru")
    return num2words(int(whole), lang="ru", case=case, gender=gender)


def speak_number(match: re.Match[str]) -> str:
    """A cardinal in the case the preposition before it demands, with the word it counts agreeing (3 млн → три
    миллиона)."""
    case, counted = _case_before(match), match["counted"]
    number = match["whole"] + (f",{match['fraction']}" if match["fraction"] else "")
    spoken = _cardinal(number, case, "f" if counted in _FEMININE else "m")
    return f"{spoken} {_counted(number, counted, case)}" if counted else spoken


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
_INITIALISM = re.compile(r"(?<![\w-])[А-ЯЁ]{2,5}(?![\w-])")
_COUNTED = "|".join(re.escape(a) for a in sorted(COUNTED, key=len, reverse=True) if a not in _ANGLE_UNITS)


@cache
def rules() -> list[Rule]:
    return [
        Rule("russian coordinate", coordinates.COORDINATE, speak_coordinate, RUSSIAN_KIND, guess=True),
        Rule(
            "russian date",
            re.compile(
                rf"(?<![\d.,])(?P<day>[1-9]|[12]\d|3[01])\s+(?P<month>{_MONTHS})(?:\s+(?P<year>1\d{{3}}|20\d{{2}})"
                r"\s?(?:г\.|года\b))?"
            ),
            speak_date,
            RUSSIAN_KIND,
            guess=True,
        ),
        Rule(
            "russian century",
            re.compile(r"(?<![\w-])(?P<roman>[IVXLC]{1,7}|[IVXІХ]{1,7})\s+(?P<noun>век(?:а|е|у|ом|ов|ах|ам)?\b|вв?\.)"),
            speak_century,
            RUSSIAN_KIND,
            guess=True,
        ),
        Rule(
            "russian year",
            re.compile(
                r"(?<![\d.,])(?P<year>1\d{3}|20\d{2})(?:\s?[–—-]\s?(?P<year2>1\d{3}|20\d{2}))?"
                r"\s?(?:г\.|гг\.|года?\b|году\b)(?!\w)"
            ),
            speak_year,
            RUSSIAN_KIND,
            guess=True,
        ),
        Rule(
            "russian number",
            re.compile(
                r"(?<![\w.,])(?P<whole>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,(?P<fraction>\d+))?(?!\d)"
                rf"(?:\s?(?P<counted>{_COUNTED})(?!\w))?"
            ),
            speak_number,
            RUSSIAN_KIND,
            guess=True,
        ),
        Rule(
            "russian digits",
            re.compile(rf"\d+|[{DIGIT_LIKE}]+"),  # superscripts and circled numbers too (м², ①)
            lambda m: f" {num2words(int(''.join(str(unicodedata.digit(ch)) for ch in m.group())), lang='ru')} ",
            RUSSIAN_KIND,
            guess=True,
        ),
        Rule("russian initialism", _INITIALISM, speak_initialism, RUSSIAN_KIND, guess=True),
        Rule(
            "russian abbreviation",
            re.compile(rf"(?<![\w.])(?:{_ABBREVIATION})(?!\w)", re.I),
            speak_abbreviation,
            RUSSIAN_KIND,
            guess=True,
        ),
    ]
