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


def _case_before(match: re.Match[str]) -> str:
    before = match.string[: match.start()].split()
    return _CASES.get(before[-1].lower(), "nominative") if before else "nominative"


def speak_year(match: re.Match[str]) -> str:
    """в 2020 г. → в две тысячи двадцатом году; 1941–1945 гг. → … годы."""
    case = _case_before(match)
    year = num2words(int(match["year"]), lang="ru", to="ordinal", case=case)
    return f"{year} {_YEAR_WORDS[case]}"


def speak_number(match: re.Match[str]) -> str:
    """A cardinal in the case the preposition before it demands; a decimal comma read as целых."""
    case = _case_before(match)
    whole, fraction = match["whole"].replace(" ", "").replace("\u00a0", ""), match["fraction"]
    if fraction:
        return num2words(float(f"{whole}.{fraction}"), lang="ru")
    return num2words(int(whole), lang="ru", case=case)


def speak_abbreviation(match: re.Match[str]) -> str:
    return " " + ABBREVIATIONS[match.group().lower()] + " "


_ABBREVIATION = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))


@cache
def rules() -> list[Rule]:
    return [
        Rule(
            "russian year",
            re.compile(r"(?<![\d.,])(?P<year>1\d{3}|20\d{2})\s?(?:г\.|гг\.|года?\b|году\b)(?!\w)"),
            speak_year,
            RUSSIAN_KIND,
            guess=True,
        ),
        Rule(
            "russian number",
            re.compile(r"(?<![\w.,])(?P<whole>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,(?P<fraction>\d+))?(?!\d)"),
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
        Rule(
            "russian abbreviation",
            re.compile(rf"(?<![\w.])(?:{_ABBREVIATION})(?!\w)", re.I),
            speak_abbreviation,
            RUSSIAN_KIND,
            guess=True,
        ),
    ]
