"""Identifier codes by their shape and their label: read the way a newsreader says them, letters by their names and
digits in the groups the page wrote, never as an amount, a rating or a word.

A Kazakhstan car number plate (`PLATE`) is three digits, two or three Latin capitals and a two-digit region, maybe after
the country's KZ (777 AAA 01, KZ 015 BRA 01, 123ABC02): the number said as written (a group that opens with a zero
digit by digit, 015 → нөл бір бес), the letters by their names (AAA → эй эй эй, not the rating's трипл эй), the
region as written (02 → нөл екі). A currency's code between the groups (100 USD 20) is no plate.

A bank's or an account's code after its label (`LABELLED_CODE`: БИК, БСК, SWIFT, BIC, ИИК, ЖСК, IBAN, with коды, a colon
or a dash between) is capitals and digits spelled one by one (БИК HSBKKZKX → эйч эс би кей кей зет кей экс), not a
word the Latin rules would make of its letters. So is a person's or a business's twelve-digit number after its
identifier's name (`IDENTIFIER_NUMBER`: ЖСН, БСН, ИИН, БИН), said digit by digit: the name before it tells it from an
amount, which is grouped.

A course file's code after its zero-led series (`SERIES_CODE`: ОӘК 042-14-1-03/38-2007) and a maslikhat decision's
number closing on its letter (`LETTERED_SERIES_CODE`: 5С-12-2) are read group by group, each group dictated (042 →
нөл қырық екі), the letter by its name and a closing year as a count, the hyphens pauses between the groups.

A work's number in its composer's catalogue (`CATALOGUE_NUMBER`: Köchel's KV 488 and K.364, Bach's BWV 565,
Hoboken's Hob. VIIb:2, an opus's Op. 36) is the catalogue's mark said as Russian and Kazakh musicians say it (ка вэ,
ка, бэ вэ вэ, хобокен, опус), not by the English letters' names (кей ви), and the number as a count; Hoboken's group is
its Roman numeral as a count and its letter by the Russian letter's name (VIIb → жеті бэ). A K. or an Op. alone, a
name's initial or a word, is no catalogue: only a number after it makes one.
"""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER, attach
from tts_edition.normalize.numbers import cardinal_of, dictated, digits
from tts_edition.normalize.provenance import Spoken
from tts_edition.normalize.roman import roman_value

# Currencies' ISO codes, which an exchange's pair of currencies is written in (USD/KZT, EURUSD).
CURRENCY_CODES = frozenset(
    {"USD", "EUR", "RUB", "KZT", "CNY", "RMB", "GBP", "CHF", "JPY", "TRY", "UZS", "KGS", "KRW", "AED", "IRR", "AUD",
     "CAD", "HKD", "SGD", "AZN", "BYN", "HUF", "DKK", "NOK", "SEK", "CZK", "INR", "KWD", "MYR", "MXN", "PLN", "TJS",
     "THB", "UAH", "ZAR", "AMD", "GEL", "SAR"}
)  # fmt: skip
CURRENCY_CODE = "|".join(sorted(CURRENCY_CODES))

PLATE = re.compile(
    rf"(?<![\w.,-])(?:(?P<country>KZ) )?(?P<number>\d{{3}}) ?(?P<letters>[A-Z]{{2,3}}) ?"
    rf"(?P<region>\d{{2}})(?:-(?P<suf>[{KAZAKH_LOWER}]+))?(?![\w]|[.,]\d)"
)
# What every plate holds (`Rule.needs`).
PLATE_MARK = re.compile(r"\d{3} ?[A-Z]{2}")

# A label's case ending, and the colon or dash between it and its code (БИК-і: , ЖСН –).
_LABEL_ENDING = r"(?:-?[а-яәіңғүұқөһ]+)?"
_LABEL_STOP = r"[ \u00a0]*[:–—-]?[ \u00a0]*"
LABELLED_CODE = re.compile(
    rf"(?P<label>(?<![\w-])(?:БИК|БСК|SWIFT|BIC|ИИК|ЖСК|IBAN){_LABEL_ENDING}(?:[ \u00a0]+код[ыі]?)?{_LABEL_STOP})"
    r"(?P<code>(?=[A-Z\d]*[A-Z])[A-Z\d]{6,34})(?![\w-])"
)
# What every labelled code holds (`Rule.needs`).
CODE_LABEL = re.compile(r"БИК|БСК|SWIFT|BIC|ИИК|ЖСК|IBAN")
IDENTIFIER_NUMBER = re.compile(
    rf"(?P<label>(?<![\w-])(?:ЖСН|БСН|ИИН|БИН){_LABEL_ENDING}{_LABEL_STOP})(?P<code>\d{{12}})(?!\d)"
)
# What every identifier's number holds (`Rule.needs`).
TWELVE_DIGITS = re.compile(r"\d{12}")
# A number that opens with a zero after a label naming it a code or an index (an infobox's Автомобиль коды | 04 |,
# Пошталық индексі: 050000): said as written, its zeros too (нөл төрт), never the amount 4.
ZERO_LED_CODE = re.compile(
    r"(?P<label>(?<![\w-])(?:код|индекс)(?:тар|тер)?[ыі]?(?![\w-])[ \u00a0]*[|:–—-]?[ \u00a0]*)"
    r"(?P<code>0\d*)(?![\w-]|[.,:/]\d)"
)
# What every such code holds (`Rule.needs`).
ZERO_LED_MARK = re.compile(r"(?:код|индекс)\w*[ \u00a0|:–—-]*0")


# A course file's code whose series, a zero-led group of three, is followed by three hyphened groups or more, a slashed
# or a dotted part closing it and a year after a last hyphen maybe (ОӘК 042-14-1-03/38-2007, ОӘ 042-14-1-03-15.12-
# 2005): each group dictated as written (нөл қырық екі, нөл үш), the hyphens as pauses between them and the year a
# count, not a range of numbers, a rank or a fraction. A phone number's groups after a zero-led one are two.
SERIES_CODE = re.compile(
    r"(?<![\w.,/–-])(?P<groups>0\d{2}(?:[-–]\d{1,2}){3,})(?P<part>[./]\d{1,2})?"
    r"(?:[-–][ \t]?(?P<year>(?:19|20)\d\d))?(?![\w.,/–-])"
)
SERIES_CODE_MARK = re.compile(r"0(?<!\d0)\d\d[-–]\d{1,2}[-–]\d")  # what every such code holds (`Rule.needs`)


# Two hyphened groups, only the second opening with a zero (Прейскурант 10-01): a range's end takes a leading zero only
# where its start does too (05-06 ақпан), so the pair is a code, each group said as written (он нөл бір), not the span
# он – бір.
ZERO_LED_PAIR = re.compile(r"(?<![\w.,/–-])(?P<first>[1-9]\d{0,2})[-–](?P<second>0\d{1,2})(?![\w.,/–-]|[.,:]\d)")
ZERO_LED_PAIR_MARK = re.compile(r"[-–]0(?<=\d[-–]0)\d")  # what every such pair holds (`Rule.needs`)


def speak_zero_led_pair(match: re.Match[str]) -> Spoken:
    """10-01 → он нөл бір."""
    return Spoken(f"{said_as_written(match['first'])} {said_as_written(match['second'])}", "code")


# So is a number closing on a capital before two hyphened groups or more, as a maslikhat numbers its decisions (its
# convocation's session and letter, then the session's and the decision's numbers: 5С-12-2): the letter said by its
# name (бес эс – он екі – екі), not left between a count and a range.
LETTERED_SERIES_CODE = re.compile(
    rf"(?<![\w.,/–-])(?P<groups>\d{{1,3}}(?P<letter>[{KAZAKH_UPPER}])(?:-\d{{1,3}}){{2,}})(?![\w.,/–-])"
)
# What every such code holds, found from its hyphen (a scan for a digit before a capital costs twenty times more).
LETTERED_SERIES_CODE_MARK = re.compile(rf"-(?<=\d[{KAZAKH_UPPER}]-)\d{{1,3}}-\d")


def speak_series_code(match: re.Match[str]) -> Spoken:
    """042-14-1-03/38-2007 → нөл қырық екі – он төрт – бір – нөл үш отыз сегіз – екі мың жеті."""
    groups = _dictated_groups(match["groups"])
    if match["part"]:
        groups[-1] += " " + dictated(match["part"][1:])
    if match["year"]:
        groups.append(cardinal_of(match["year"]))
    return Spoken(" – ".join(groups), "code")


def speak_lettered_series_code(match: re.Match[str]) -> Spoken:
    """5С-12-2 → бес эс – он екі – екі."""
    first, _, rest = match["groups"].partition(match["letter"])
    groups = _dictated_groups(rest.lstrip("-"))
    return Spoken(" – ".join([f"{dictated(first)} {abbr.spell(match['letter'])}", *groups]), "code")


def _dictated_groups(hyphened: str) -> list[str]:
    return [dictated(group) for group in re.split("[-–]", hyphened)]


def said_as_written(group: str) -> str:
    """A code's group of digits: one that opens with a zero digit by digit (015 → нөл бір бес), else a number."""
    return digits(group) if group.startswith("0") else cardinal_of(group)


def spelled_code(code: str) -> str:
    """Capitals by their names and every digit alone: KZ86125 → кей зет сегіз алты бір екі бес."""
    return " ".join(digits(part) if part.isdigit() else abbr.spell(part) for part in re.findall(r"\d+|\D+", code))


def speak_plate(match: re.Match[str]) -> Spoken | str:
    """777 AAA 01 → жеті жүз жетпіс жеті эй эй эй нөл бір; KZ 015 BRA 01 → кей зет нөл бір бес би ар эй нөл бір."""
    if match["letters"] in CURRENCY_CODES:
        return match.group()
    parts = [abbr.spell(match["country"])] if match["country"] else []
    parts += [said_as_written(match["number"]), abbr.spell(match["letters"]), said_as_written(match["region"])]
    spoken = " ".join(parts)
    return Spoken(attach(spoken, match["suf"]) if match["suf"] else spoken, "code")


def speak_zero_led_code(match: re.Match[str]) -> Spoken:
    """Автомобиль коды | 04 → Автомобиль коды | нөл төрт; the label and its marks are left to their rules."""
    return Spoken(match["label"] + said_as_written(match["code"]), "code")


def speak_labelled_code(match: re.Match[str]) -> Spoken:
    """БИК: HSBKKZKX → БИК: эйч эс би кей кей зет кей экс; ЖСН 850101300123 → ЖСН сегіз бес нөл бір…; the label
    is left to its own rule."""
    return Spoken(match["label"] + spelled_code(match["code"]), "code")


CATALOGUE_MARK = re.compile(r"(?:KV|K\.|BWV|Hob|[Oo]p\.)")
CATALOGUE_NUMBER = re.compile(
    r"(?<![\w.])(?P<mark>KV|K\.|BWV|Hob\.?|[Oo]p\.)\s?"
    r"(?:(?P<group>[IVX]+)(?P<letter>[a-d])?:\s?)?(?P<number>\d{1,4})(?![\d,.]\d)(?![\w])"
)
_CATALOGUE_MARKS = {"KV": "ка вэ", "K.": "ка", "BWV": "бэ вэ вэ", "Hob": "хобокен", "Hob.": "хобокен"}
_GERMAN_LETTERS = {"a": "а", "b": "бэ", "c": "цэ", "d": "дэ"}


def speak_catalogue_number(match: re.Match[str]) -> Spoken:
    """KV488 → ка вэ төрт жүз сексен сегіз; K.364 → ка үш жүз алпыс төрт; Hob VIIb: 2 → хобокен жеті бэ: екі;
    Op. 36 → опус отыз алты."""
    parts = [_CATALOGUE_MARKS.get(match["mark"], "опус")]
    if match["group"]:
        group = cardinal_of(str(roman_value(match["group"])))
        letter = _GERMAN_LETTERS[match["letter"]] if match["letter"] else ""
        parts.append(f"{group} {letter}".strip() + ":")
    parts.append(cardinal_of(match["number"]))
    return Spoken(" ".join(parts), "code")
