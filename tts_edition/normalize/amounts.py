"""A number said in its context: a cardinal, an ordinal or a measure with its unit, rate, currency, share or law part,
lists and collective numerals."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import (
    dates,
    formulas,
    initialisms,
    numbering,
    ordinalcontext,
    signs,
    unitexpressions,
    writtennumbers,
)
from tts_edition.normalize.marks import line_start
from tts_edition.normalize.morphology import (
    GENITIVE_SUFFIX,
    KAZAKH_LOWER,
    KAZAKH_UPPER,
    LIST_CONJUNCTION,
    ORDINAL_MARKER,
    SUFFIX,
    after_ordinal_marker,
    attach,
    attach_written,
    hyphenated_word,
    inflect,
    parse_suffixes,
)
from tts_edition.normalize.numbers import cardinal_of, decimal, digits, ordinal_of, value_of
from tts_edition.normalize.provenance import Spoken


def _amount(integer: str, fraction: str | None, as_ordinal: bool) -> str:
    if fraction:
        return decimal(re.sub(r"\D", "", integer), fraction)
    if len(integer) > 2 and integer.startswith("0"):
        return digits(integer)  # 090000: a code, said digit by digit
    spoken = cardinal_of(re.sub(r"\D", "", integer))
    return ordinal_of(spoken) if as_ordinal else spoken


# Nouns a number ranks (the 1st and 2nd group): "1,2 топтағы" lists two ranks, it is no decimal.
_RANK_NOUNS = re.compile(r"\s+(?:топ|сынып|курс|дәреже|санат|разряд)")


# A month's name after two numbers listed with a bare comma (17,18 маусым күндері): two days of it, no decimal.
_MONTH_AFTER = re.compile(rf"\s+(?i:{dates.MONTH})")
_LAST_DAY = 31


def _ranks_listed(match: re.Match[str]) -> bool:
    """ "1,2 топтағы мүгедектер": two consecutive one-digit ranks listed with a comma before a noun they rank, or
    before the places a contest's winners took ("1,2 орынды иеленген спортшыларға": the first and second); "17,18
    маусым": two days listed before their month, the second later than the first."""
    whole, fraction = match["a"], match["af"]
    if not fraction or match.string[match.end("a")] != ",":
        return False
    rest = match.string[match.end() :]
    ranks = len(whole) == len(fraction) == 1 and int(fraction) == int(whole) + 1
    if ranks and (_RANK_NOUNS.match(rest) or ordinalcontext.prize_place(rest)):
        return True
    return _days_listed(whole, fraction) and bool(_MONTH_AFTER.match(rest))


def _days_listed(first: str, second: str) -> bool:
    """Two numbers that can be days of one month in the order a list gives them: 17,18, not 3,05 nor 18,17."""
    return len(first) <= 2 and not second.startswith("0") and 1 <= int(first) < int(second) <= _LAST_DAY


def _per_spoken(per: str) -> str:
    """The unit an amount is per, in the dative of its possessive: секундына, текше метріне."""
    return writtennumbers.per_unit_dative(abbr.unit_spoken(per))


def _per_in_possessive(unit: str) -> str:
    """The per-unit's words in the 3rd-person possessive, for a case to follow (секунды), where it takes one."""
    return initialisms.possessed(unit) if writtennumbers.per_unit_possessed(unit) else unit


# A rate's units standing without an amount, as a tariff table's column gives them (теңге/м3, тг/Гкал): read as
# after one (теңге текше метріне). The first unit is a word or a symbol of two letters or more (м/с stays).
_LONG_UNIT = "|".join(re.escape(u) for u in writtennumbers.UNITS if len(u) > 1)
SLASH = re.compile("/")
BACKSLASH = re.compile(r"\\")
HYPHEN = re.compile("-")
DIGITS_HYPHENATED = re.compile(r"\d-\d")  # a clock typed with a hyphen (10-00)
# A rate of a one-letter unit is read so only as a test's answer option, the whole of it after its letter's bracket
# (A) м/с → эй) метр секундына: Жылдамдықтың бірлігі), where no letter of a word or a name could be meant.
_LETTER_UNIT = "|".join(re.escape(u) for u in writtennumbers.UNITS if len(u) == 1)
_OPTION_RATE = rf"(?<=\) )(?:{_LETTER_UNIT})(?=/(?:{writtennumbers.PER_WRITTEN})[ \t]*(?:\n|\Z))"
# So is one in brackets after a quantity's name, or after the word that names it a unit, as a lesson gives a rate's unit
# (– бастапқы жылдамдық (м/с), – үдеу (м/с2), Өлшем бірлігі м/с2): метр секундына, метр секунд квадратына.
_NAMED_RATE = (
    rf"(?:(?<=[{KAZAKH_LOWER}] \()(?:{_LETTER_UNIT})(?=/(?:{writtennumbers.PER_WRITTEN})\))"
    rf"|(?<=бірлігі )(?:{_LETTER_UNIT})(?=/(?:{writtennumbers.PER_WRITTEN})(?![\w²³])))"
)
RATE_UNITS = re.compile(
    rf"(?<![\w/])(?P<unit>{_LONG_UNIT}|{writtennumbers.UNIT_WORD}|{_OPTION_RATE}|{_NAMED_RATE})\s?/\s?"
    rf"(?P<per>{writtennumbers.PER_WRITTEN})(?![\w²³/])"
)

# A rate written per one unit (Теңге/1Гкал, 378,79 теңге / $1): the one said with the unit it is per in the plain
# dative, as a counted noun takes it (теңге бір гигакалорияға, теңге бір долларға), not the possessive a bare rate
# takes (теңге гигакалориясына). A dollar sign before the one is the unit. Not a number's part (20/1, 1/12).
PER_ONE_MARK = re.compile(r"/\s?\$?\s?1")  # what every match holds (`Rule.needs`)
RATE_PER_ONE = re.compile(
    rf"(?<![\w/])(?P<unit>{_LONG_UNIT}|(?i:{writtennumbers.UNIT_WORD}))\s?/\s?"
    rf"(?:1\s?(?P<per>{writtennumbers.PER_WRITTEN})|\$\s?1)(?![\w²³/]|[.,]\d)"
)


def speak_rate_per_one(match: re.Match[str]) -> str:
    """Теңге/1Гкал → Теңге бір гигакалорияға; a unit written out keeps its letters (and its capital)."""
    unit = match["unit"]
    if unit.lower() not in writtennumbers.UNIT_WORDS:
        unit = abbr.unit_spoken(unit)
    per = abbr.unit_spoken(match["per"]) if match["per"] else "доллар"
    return f"{unit} бір {attach(per, 'ға')}"


# A file's size as a slide site prints it under the upload (ppt-online.org: 523.50K, 5.20M): a full stop and two
# decimals, which Kazakh text writes with a comma, and a byte multiple's Latin capital run onto them: the multiple's
# symbol (523.50 KB), which the units read (килобайт). Not a value an equation gives (T = 273.15K), nor a sum of money.
FILE_SIZE = re.compile(r"(?<![\w.,$€£])(?<!= )(?P<amount>\d{1,4}\.\d\d)(?P<multiple>[KMG])(?![\w.,-])")
FILE_SIZE_MARK = re.compile(r"\.\d\d[KMG]")  # what every match holds (`Rule.needs`)


def byte_multiple_apart(match: re.Match[str]) -> str:
    """523.50K → 523.50 KB, 5.20M → 5.20 MB."""
    return f"{match['amount']} {match['multiple']}B"


# A unit alone in brackets after a column's or a field's name, as a table's heading gives it (Жері - аумағы (км²),
# Биіктігі (м)): read as after an amount (шаршы шақырым). A symbol of two letters or more (а (г) тармағы stays).
BRACKETED_UNIT = re.compile(rf"(?<=[{KAZAKH_LOWER}] \()(?P<unit>{_LONG_UNIT})(?=\))")


# A unit alone in a table's cell, as a price list's column of units gives it ("| таблетка | мг | 1,56 |"): read as after
# an amount (миллиграмм), before the pipes go silent and the cell's edges with them. A symbol of two letters or more.
PIPE = re.compile(r"\|")
TABLE_CELL_UNIT = re.compile(rf"(?:(?<=\|)|(?<=\|[ \t]))(?P<unit>{_LONG_UNIT})(?=[ \t]?\|)")


# A unit after a word that takes each one of it, as a price list gives it (әр см2 – 120 теңге, әрбір га-ға), or after
# a question's word for the amount, as a problem asks it (неше гр тұз түзіледі, қанша кг): said as after an amount
# (әр шаршы сантиметр, әрбір гектарға, неше грамм), a case suffix written on it its own. A symbol of two letters or
# more, so a letter (әр м, неше т) stays; the unit runs before a number is read, which would take its power (см2) apart.
EACH_ONE = re.compile(r"[ӘәНнҚқ](?:рбір|р|еше|анша)\s")  # what every such unit stands after (`Rule.needs`)
EACH_UNIT = re.compile(
    rf"(?:(?<=(?<![\w-])[Әә]р\s)|(?<=(?<![\w-])[Әә]рбір\s)|(?<=(?<![\w-])[Нн]еше\s)|(?<=(?<![\w-])[Ққ]анша\s))"
    rf"(?P<unit>{_LONG_UNIT})(?:-(?P<suffix>{SUFFIX}))?(?![\w²³/.-])"
)


# A unit of one letter after a question's word for the amount (Осындай 9 жейдеге неше м мата жұмсалды?): the unit
# an amount in the problem was just given in, after a number in the text before it (36 м мата): said as after an
# amount (неше метр). Without that amount a letter after неше stays (неше т, a letter's name).
ASKED_LETTER_UNIT = re.compile(r"(?:(?<=(?<![\w-])[Нн]еше\s)|(?<=(?<![\w-])[Ққ]анша\s))(?P<unit>[мтлг])(?![\w²³/.-])")
_PROBLEM_REACH = 300  # characters before the question where the problem gave its amount


def speak_asked_letter_unit(match: re.Match[str]) -> str:
    """неше м → неше метр where a number before it had м for its unit (36 м мата)."""
    unit = match["unit"]
    before = match.string[max(0, match.start() - _PROBLEM_REACH) : match.start()]
    if not re.search(rf"\d[ \t]?{unit}(?![\w²³/])", before):
        return unit
    return abbr.unit_spoken(unit)


# A unit after a form's blank for its amount, as a leaflet's template gives it (____ мл ерітінді, ... % ... мл в
# ампулах, a blank at one line's end and its unit opening the next): said as after an amount (миллилитр), the line
# break kept. A symbol of two letters or more, so a letter after an ellipsis (... м) stays. A dose's unit opening a
# line before a word (мл шәрбат) has left its amount on the line before, and is said so too.
_DOSE_UNIT = "мкг|мг|мл"
BLANK = re.compile(r"[_.…м](?:(?<=_)|(?<=\.)\.\.|(?<=…)|(?<=^м)(?:кг|г|л) )", re.M)  # a blank, or a dose opening a line
AFTER_BLANK = r"(?:(?<=_)|(?<=\.\.\.)|(?<=…))(?P<gap>[ \t]*\n*[ \t]*)"  # the blank, the line break kept
BLANK_UNIT = re.compile(
    rf"{AFTER_BLANK}(?P<unit>{_LONG_UNIT})(?:-(?P<suffix>{SUFFIX}))?(?![\w²³/.-])"
    rf"|(?<![^\n])(?P<gap2>)(?P<unit2>{_DOSE_UNIT})(?= [{KAZAKH_LOWER}])"
)


def speak_unit_after_blank(match: re.Match[str]) -> str:
    """____ мл → ____ миллилитр; ...\n\nмл шәрбат → ...\n\nмиллилитр шәрбат."""
    if match["unit2"]:
        return abbr.unit_spoken(match["unit2"])
    return match["gap"] + speak_unit_symbol(match)


def speak_unit_symbol(match: re.Match[str]) -> str:
    """әр см2 → әр шаршы сантиметр; әрбір га-ға → әрбір гектарға; шаршы км-ге → шаршы шақырымға."""
    unit = abbr.unit_spoken(match["unit"])
    return attach(unit, match["suffix"]) if match["suffix"] else unit


# A road's kilometre post written the Russian way, the unit before the number or the range (Үшарал-Достық, км 30-60;
# км 0-85): the unit goes after it, where an amount's unit is read (отыз – алпыс шақырым). Not after a number, whose
# unit it is (10 км 500 м), nor before a decimal.
UNIT_FIRST_MARK = re.compile(r"км\s\d")
UNIT_FIRST = re.compile(r"(?<![\w-])(?<!\d\s)км\s(?P<amount>\d+(?:[-–]\d+)?)(?![\w-]|[.,]\d)")


def put_unit_after(match: re.Match[str]) -> str:
    """км 30-60 → 30-60 км, which the number's rule then reads (отыз – алпыс шақырым)."""
    return f"{match['amount']} км"


# A unit's symbol with a case suffix hyphenated onto it and no amount before it, as a price is said per the unit
# (жарықты квт-на 17 теңгеден төлейді, км-ге шаққанда): said as after an amount, the suffix its own (киловаттына,
# шақырымға). A symbol of two letters or more with a small letter in it, so an initialism (ХБ, МЕ) keeps its reading.
# The symbols are looked up, not alternated in the pattern, which would try each of them at every letter.
SMALL_LETTER_UNITS = frozenset(u for u in writtennumbers.UNITS if len(u) > 1 and not u.isupper() and "-" not in u)
SUFFIXED_UNIT = re.compile(rf"(?<![\w.,/-])(?<!\d\s)(?P<unit>[^\W\d_][^\s-]{{1,8}})-(?P<suffix>{SUFFIX})(?![\w²³/-])")


def speak_suffixed_unit(match: re.Match[str]) -> str:
    """квт-на → киловаттына; a word that is no unit stays, and so does a part of a compound unit that is no suffix
    (мг-экв), left for the unit's own rule."""
    if match["unit"] not in SMALL_LETTER_UNITS or parse_suffixes(match["suffix"]) is None:
        return match.group()
    return speak_unit_symbol(match)


# A length's symbol after the word that squares or cubes it, the power written out (12 шаршы м аумақта, 5 текше
# м, шаршы км-ге): the length's name (шаршы метр, шаршы шақырымға), as the symbol with its power is read; the word
# before it keeps a lone letter (шаршы м) from being any other word's abbreviation. A stop after the word is the
# Russian кв.'s, carried over by a translation (219 мың шаршы. км): no sentence ends there, and it goes unsaid; a
# symbol of two letters after it, as a lone м after a stop may be any word's letter.
POWER_WORD = re.compile(r"[ШшТт](?:аршы|екше)\.?\s")
POWERED_LENGTH = re.compile(
    r"(?<=(?<![\w-])(?:[Шш]аршы|[Тт]екше))(?P<stop>\.)?\s(?P<unit>мм|см|дм|км|(?(stop)(?!)|м))"
    rf"(?:-(?P<suffix>{SUFFIX}))?(?![\w²³/-])(?!\.\w)"
)


def speak_powered_length(match: re.Match[str]) -> str:
    """шаршы км-ге → шаршы шақырымға; шаршы. км → шаршы шақырым, the stop dropped."""
    return " " + speak_unit_symbol(match)


def speak_lone_unit(match: re.Match[str]) -> str:
    """A unit's symbol standing with no amount (a table's cell, a bracket, м3 үшін): its name, as after one."""
    return abbr.unit_spoken(match["unit"])


# A length's symbol with its power typed on, standing with no amount (тарифі м3 үшін 150 теңге, per cubic metre): no
# word is written so, and it is read as after an amount (текше метр). Read after the amounts, which take theirs.
LONE_POWERED_LENGTH = re.compile(r"(?<![\w²³.,/-])(?P<unit>(?:мм|см|дм|км|м)[23²³])(?![\w²³/-])(?!\.\w)")
LONE_POWERED_LENGTH_MARK = re.compile("м[23²³]")  # what every match holds (`Rule.needs`)


# An amount with the unit it is per after a spaced slash and no unit of its own, as an infobox's density gives it
# (5,9 / км2, 15 / шаршы миль): what is counted goes unsaid, the amount is per the unit (шаршы шақырымына).
_WRITTEN_POWER_UNIT = rf"(?:шаршы|текше)\s[{KAZAKH_LOWER}]+"
AMOUNT_PER_UNIT = re.compile(
    rf"(?<![\w.,/])(?P<a>\d+)(?:,(?P<af>\d+))?\s/\s(?P<per>{_WRITTEN_POWER_UNIT}\b|{writtennumbers.PER_WRITTEN})(?![\w²³/])"
)


def speak_amount_per_unit(match: re.Match[str]) -> str:
    """5,9 / км2 → бес бүтін оннан тоғыз шаршы шақырымына; a unit written out is its own reading."""
    per = match["per"]
    unit = per if re.fullmatch(_WRITTEN_POWER_UNIT, per) else abbr.unit_spoken(per)
    return f"{_amount(match['a'], match['af'], False)} {writtennumbers.per_unit_dative(unit)}"


def speak_rate_units(match: re.Match[str]) -> str:
    """теңге/м3 → теңге текше метріне; a pair of currencies (рубль/теңге) is no rate and stays."""
    if abbr.unit_spoken(match["per"]).startswith(_MONEY_WORDS):
        return match.group()
    return f"{abbr.unit_spoken(match['unit'])} {_per_spoken(match['per'])}"


def _per_hour(match: re.Match[str]) -> bool:
    return bool(match["per"]) and abbr.unit_spoken(match["per"]) == "сағат"


def _hour_first(match: re.Match[str]) -> bool:
    """A speed per hour is said with its hour first (60 км/сағ → сағатына алпыс шақырым); a case suffix written on
    the rate is then the amount's (км/сағ-қа, км/сағатқа → сағатына жиырма шақырымға)."""
    return _per_hour(match) and not _power_hours(match)


def _per_first(match: re.Match[str]) -> bool:
    """The unit the amount is per said before it: an hour's (сағатына алпыс шақырым), and any when a sign of comparison
    puts the amount in the ablative (<0,02 мг/л → литріне нөл бүтін жүзден екі миллиграммнан кем)."""
    compared = bool(match["compare"] and match["per"]) and not _per_suffixed(match) and not _power_hours(match)
    return _hour_first(match) or compared


# A unit of power over an hour is energy, not a rate: кВт/сағ is typed for кВт·сағ (119 млрд кВт/сағ → жүз он тоғыз
# миллиард киловатт-сағат), as no power is said per hour.
_POWER_WORDS = frozenset({"ватт", "киловатт", "мегаватт", "гигаватт"})


def _power_hours(match: re.Match[str]) -> bool:
    return bool(match["unit"]) and _per_hour(match) and abbr.unit_spoken(match["unit"]) in _POWER_WORDS


def _per_suffixed(match: re.Match[str]) -> bool:
    return bool(match["persuf"] or _hyphen_suffix(match))


def _hyphen_suffix(match: re.Match[str]) -> bool:
    """A case suffix written on after a hyphen (м/с-қа, ₸/кг-нан), or typed apart with it (мкг/м3 -тен)."""
    return bool(match["suf"] and (match["gap"] or "").strip() == "-" and parse_suffixes(match["suf"]))


def _rate_cased(match: re.Match[str], governed: str | None, as_ordinal: bool) -> bool:
    """The unit an amount is per, said after it, takes the case the sentence gives the amount, after its
    3rd-person possessive: a suffix written on the rate (м/с-қа → метр секундына, мкг/м3-тен → микрограмм текше
    метрінен, ₸/кг-нан → теңге килограммынан) or one a word after it governs (5 м/с дейін → секундына дейін)."""
    per_last = (match["per"] and not _per_first(match) and not _power_hours(match)) or _currency_per(match)
    if not per_last or match["persuf"]:
        return False
    return _hyphen_suffix(match) or bool(governed and not match["suf"] and not as_ordinal)


def _share_genitive(match: re.Match[str], suffix: str | None) -> bool:
    """A percentage's genitive written -ның (14,5%-ның білімі жоқ): пайыз alone takes -дың, so the writer said the
    share's possessive, пайызының."""
    return bool(match["pct"] and suffix and suffix.lower().startswith(("ның", "нің")))


# A percent sign the word itself follows (56% пайызы, 10% процентке) is the word written twice: the word is said.
_PERCENT_WORD_AFTER = re.compile(r"\s+(?:пайыз|процент)", re.I)


def _measure(match: re.Match[str], rate_cased: bool = False) -> str:
    words = ""
    if match["scale"]:
        words += " " + writtennumbers.SCALES[match["scale"].strip().rstrip(".").lower()]
    if match["pct"] and not _PERCENT_WORD_AFTER.match(match.string, match.end()):
        words += " пайыз"
    if match["unit"]:
        words += " " + abbr.unit_spoken(match["unit"])
    if match["per"] and _power_hours(match):
        words += "-" + (attach("сағат", match["persuf"]) if match["persuf"] else "сағат")
    elif match["per"] and not _per_first(match):
        words += " " + _per_words(match, rate_cased)
    return words + _currency_words(match, rate_cased)


def _currency_words(match: re.Match[str], rate_cased: bool = False) -> str:
    """The currency a sign names, and the unit it is paid per when a slash follows (20 €/м² → жиырма еуро шаршы
    метріне; with a case suffix written on, the unit takes it after its possessive: 250 ₸/кг-нан → теңге
    килограммынан)."""
    written = (match["pre"] or match["post"] or "").strip().split("/")[0].strip()
    if not written:
        return ""
    per = _currency_per(match)
    return " " + writtennumbers.CURRENCIES[written] + (" " + _per_in_case(per, rate_cased) if per else "")


def _currency_per(match: re.Match[str]) -> str | None:
    """The unit a price is per, after a slash that follows its currency's sign, written after the amount (250 ₸/кг)
    or before it ($85/баррель → сексен бес доллар барреліне, $2 000/унция → екі мың доллар унциясына)."""
    return match["cper"] or match["pper"]


def _per_words(match: re.Match[str], rate_cased: bool) -> str:
    """метр секундына; with a case suffix written on, the unit takes it after its possessive (метр/секундке →
    секундына, м/с-тен → секундынан: the suffix is attached last)."""
    if match["persuf"]:
        unit = abbr.unit_spoken(match["per"])
        return attach(_per_in_possessive(unit), match["persuf"], possessive=writtennumbers.per_unit_possessed(unit))
    return _per_in_case(match["per"], rate_cased)


def _rate_possessed(match: re.Match[str]) -> bool:
    """The unit a cased rate is per took the possessive its case follows (секундына дейін, not мольге дейін)."""
    per = match["per"] or _currency_per(match)
    return not per or writtennumbers.per_unit_possessed(abbr.unit_spoken(per))


def _per_in_case(per: str, rate_cased: bool) -> str:
    """The unit an amount is per: in the 3rd-person possessive, for a case to be attached (секунды → секундына,
    секундынан), or in its dative when the sentence gives none (секундына)."""
    return _per_in_possessive(abbr.unit_spoken(per)) if rate_cased else _per_spoken(per)


_MONEY_WORDS = ("теңге", "доллар", "еуро", "рубль", "фунт", "иена", "юань")


def _is_money(match: re.Match[str], rest: str) -> bool:
    """A sum of money: a currency's sign, a currency's unit (тг, тңг) or a currency's word after the amount."""
    unit = abbr.unit_spoken(match["unit"]) if match["unit"] else ""
    return bool(match["pre"] or match["post"] or unit.startswith(_MONEY_WORDS)) or (
        not unit and rest.lstrip().startswith(_MONEY_WORDS)
    )


_EMPTY_CENTS = "00"


def _said_fraction(match: re.Match[str], rest: str) -> str | None:
    """The decimal part as said: a price's empty cents, two zeros as a tariff page writes every price (2500.00 тңг,
    50,00 теңге), go unsaid (екі мың бес жүз теңге); any other fraction is read, a table's one zero (188,0 теңге)
    too."""
    fraction = writtennumbers.fraction(match)
    if fraction == _EMPTY_CENTS and _is_money(match, rest):
        return None
    return fraction


def _number_kind(match: re.Match[str], rest: str, as_ordinal: bool) -> str:
    unit = abbr.unit_spoken(match["unit"]) if match["unit"] else ""
    if _is_money(match, rest):
        return "money"
    if unit or match["pct"] or match["per"]:
        return "measure"
    return "ordinal" if as_ordinal else "cardinal"


def _without_cue(match: re.Match[str], rest: str, as_ordinal: bool) -> bool:
    """A bare number read as a cardinal with nothing around it to say so: no suffix, unit, scale, sign of a list or
    a year, no word after it. It might have been a year, a day or a place in a list."""
    marked = (
        match["suf"]
        or match["numero"]
        or match["above"]
        or match["compare"]
        or match["b"]
        or writtennumbers.fraction(match)
    )
    measured = match["pct"] or match["unit"] or match["pre"] or match["post"] or match["scale"]
    return not (as_ordinal or marked or measured or dates.governed_case(rest) or re.match(r"\s*\w", rest))


def speak_number(match: re.Match[str]) -> str:
    rest = match.string[match.end() :]
    as_ordinal = ordinalcontext.is_ordinal(match, rest)
    spoken = _number_words(match, rest, as_ordinal)
    if match.string[match.start() - 1 : match.start()] == ",":
        spoken = " " + spoken  # "0,-7°С": the comma typed without its space → нөл, минус жеті
    code = _digit_code(match)
    listed = signs.temperatures_listed(match) or _ranks_listed(match)
    kind = "number run" if code else _number_kind(match, rest, as_ordinal or _ranks_listed(match))
    return Spoken(spoken, kind, code or listed or _without_cue(match, rest, as_ordinal))


# The rest of a list of inserted articles or clauses after one of its members, up to the word its last member names
# (5-1, 5-2-баптары; 12-1 және 12-2-тармақтар).
_LIST_JOINER = r"(?:\s?,\s?|\s(?:және|мен|немесе)\s)"
_SUB_NUMBERED_REST = re.compile(rf"{_LIST_JOINER}(?:\d+-\d+{_LIST_JOINER})*\d+-\d+-(?P<word>\w+)")


def _listed_before_part(match: re.Match[str]) -> bool:
    """5-1, 5-2-баптары: a list's member before the part's word its last member is hyphened onto."""
    rest = _SUB_NUMBERED_REST.match(match.string, match.end())
    return bool(rest) and numbering.names_part(rest["word"])


# A law's part in the singular possessive (бабы, бабының, тармағына, тармақшасы, бөлігі): it names one part, so two
# numbers before it are that part's, one inserted after another (109-1 бабының, 2-7 тармағына); a range of parts takes
# the plural (4-7-баптары, 1-3 тармақтарында).
_ONE_PART_OWNED = re.compile(r"(?:бабы|тармағы|тармақшасы|бөлігі)\w*", re.I)
_PART_WORD_AFTER = re.compile(r"\s(?P<word>\w+)")


def _before_one_part(match: re.Match[str]) -> bool:
    """109-1 бабының, 2-7-тармағына: the numbers stand before one part's name in the possessive."""
    if match["suf"]:
        return writtennumbers.hyphen_before_word(match) and bool(_ONE_PART_OWNED.fullmatch(match["suf"]))
    word = _PART_WORD_AFTER.match(match.string, match.end())
    return bool(word) and bool(_ONE_PART_OWNED.fullmatch(word["word"]))


def _sub_numbered(match: re.Match[str]) -> bool:
    """43-1-бабы, 7-2-тармақ: an article inserted after another is numbered below it, not a range (ranges go up);
    so is each member of a list of them (5-1, 5-2-баптары → бес бір, бес екінші баптары), and two numbers before one
    part's possessive whatever their order (6-бабының 2-7 тармағына → екі жетінші тармағына)."""
    a, b = match["a"], match["b"]
    if not b or match["bsign"] or match["bf"] or writtennumbers.fraction(match) or len(a) == 4:
        return False
    joined = match.string[match.start("a") + len(a) : match.start("b")] == "-"
    before_word = writtennumbers.hyphen_before_word(match) or (not match["suf"] and _listed_before_part(match))
    below = value_of(b) < value_of(a) and before_word  # 1 280-1 300: spaced thousands
    return joined and (below or _before_one_part(match))


# A plus written after a number is a threshold (75+ келі, 100+ адам → жүзден жоғары адам), unless a generation's or
# a rating's word follows it: then it is part of the grade's name, said as written (4+ буындағы → төрт плюс
# буындағы, 12+ санатындағы → он екі плюс санатындағы), or it is an audience's age rating (16+ фильмдер, жас
# шектеулері: 21+, 18+), as signs.age_rating finds.
_GRADE_AFTER = re.compile(r"\s*(?:буын|ұрпақ|ұрпағ|санат)")


def _above_spoken(match: re.Match[str], words: str, rest: str) -> str:
    """The number with the plus written after it: over it, or a grade's or a rating's plus."""
    labelled = _GRADE_AFTER.match(rest) or signs.age_rating(match)
    return words + " плюс" if labelled else _compared_spoken(words, "+")


# A sign of comparison written before a number, as a table of limits gives it (<0,02, >110, ≤5), or a threshold's
# plus after it: the amount in the ablative and the comparison said after it (нөл бүтін жүзден екіден кем, жүз оннан
# артық, бестен артық емес, жүзден жоғары).
_COMPARED = {"<": "кем", ">": "артық", "≤": "артық емес", "≥": "кем емес", "+": "жоғары"}


def _compared_spoken(words: str, sign: str) -> str:
    return f"{attach(words, 'дан')} {_COMPARED[sign.strip()]}"


_SHORTEST_CODE = 3  # digits of a number with a leading zero that is a code wherever it stands (090000)
_SHORTEST_NUMBERED_CODE = 2  # and after a numero sign, where no count or day is meant (a capsule's size № 00)


# A number's scale word written out (206 мың, 3 миллион, 12 млн; its digits may be said already): a group of three
# digits after it is the number's lower part, its zero an empty hundreds place (206 мың 096 → екі жүз алты мың тоқсан
# алты), not a code's first digit.
_SCALE_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?:мың|миллион|миллиард|триллион|млн|млрд|трлн)\.?\s$")
_GROUP_DIGITS = 3


def _lower_group(match: re.Match[str]) -> bool:
    """206 мың 096: three digits after a number's written scale word are its lower group, not a code."""
    if len(match["a"]) != _GROUP_DIGITS or match["numero"] or not match["a"].strip("0"):
        return False  # an empty group (3 мың 000) is no amount to say
    return _SCALE_WORD_BEFORE.search(match.string, max(0, match.start() - 16), match.start()) is not None


def _digit_code(match: re.Match[str]) -> bool:
    """A whole number written with a leading zero is a code said digit by digit (090000, № 075, № 00 → нөл нөл):
    three digits or more anywhere, two after №; not a number's lower group after its scale word (206 мың 096)."""
    shortest = _SHORTEST_NUMBERED_CODE if match["numero"] else _SHORTEST_CODE
    integer = match["a"]
    if _lower_group(match):
        return False
    return len(integer) >= shortest and integer.startswith("0") and not writtennumbers.fraction(match)


def _number_words(match: re.Match[str], rest: str, as_ordinal: bool) -> str:
    glue = " " if rest[:1].isalpha() else ""  # "3градус": a word written onto the number
    sign = signs.first_sign(match)
    if signs.temperatures_listed(match):
        words = f"{sign}{cardinal_of(match['a'])}, {cardinal_of(match['af'])}"
    elif _ranks_listed(match):
        words = f"{ordinal_of(cardinal_of(match['a']))}, {ordinal_of(cardinal_of(match['af']))}"
    else:
        first_ordinal = as_ordinal and not _sub_numbered(match) and not (match["b"] and value_of(match["a"]) == 0)
        fraction = _said_fraction(match, rest)
        integer = match["a"].lstrip("0") or "0" if _lower_group(match) else match["a"]  # 206 мың 096: тоқсан алты
        first = digits(integer) if _digit_code(match) else _amount(integer, fraction, first_ordinal)
        words = sign + first  # 0-9 сынып: нөл – тоғызыншы
    if _sub_numbered(match):
        words += " " + _amount(match["b"], None, as_ordinal)
    elif match["b"]:
        words += " – " + signs.second_sign(match, sign) + _amount(match["b"], match["bf"], as_ordinal)
    governed = dates.governed_case(rest) or signs.threshold_case(match, rest)  # +23°C дейін → градусқа дейін
    rate_cased = _rate_cased(match, governed, as_ordinal)
    words += _measure(match, rate_cased)
    if _per_first(match):
        words = f"{_per_spoken(match['per'])} {words}"
    if match["above"]:
        words = _above_spoken(match, words, rest)
    if match["compare"]:
        words = _compared_spoken(words, match["compare"])
    suffix = match["suf"] or (match["persuf"] if _hour_first(match) else None)  # км/сағатқа: the amount's case
    possessive = _possessive_unit(match) or (rate_cased and _rate_possessed(match))
    if not suffix and governed and not as_ordinal and not match["persuf"]:  # секундына дейін: the rate has its case
        if _owned_share_governed(match, rest):
            return attach(initialisms.possessed(words), governed, True)  # кірістің 45% дейінгі → пайызына дейінгі
        return attach(words, governed, possessive)
    # 5-сынып, 90-жылдары, 25-метрге, 5-т.: after the hyphen a word, not a suffix
    if match["numero"] and suffix and ORDINAL_MARKER.match(suffix):
        return words  # №15-ші: the number is an ordinal already
    if suffix and writtennumbers.ABOUT.match(suffix):
        return writtennumbers.approximate(words, suffix)
    if as_ordinal and ordinalcontext.possessed_rank_after(match, rest):
        return words  # 76-сы сессиясы: the possessive is the noun's
    if as_ordinal and (marked := after_ordinal_marker(suffix)):
        return attach(words, marked)  # 2-шісінде → екіншісінде
    if writtennumbers.hyphen_before_word(match):
        numbered = _numbered_word(match, suffix)
        if numbered:
            return f"{words} {numbered}"
        dot = match["sufdot"] or ""
        return (words if ORDINAL_MARKER.match(suffix) else f"{words} {suffix}") + dot
    if _owned_share_made_up(match, rest):
        words = inflect(initialisms.possessed(words), ["accusative"], possessive=True)  # халқының 30% құрап
    elif _owned_share(match, rest):
        words = initialisms.possessed(words)  # халықтың 96%) → тоқсан алты пайызы
    if _day_of_a_named_month(match) or ordinalcontext.part_of_a_whole(match) or _share_genitive(match, suffix):
        words, possessive = initialisms.possessed(words), True  # маусымның 4-де → төртінде; мектептің 14-нің
    stop = _sentence_stop(match)
    suffix = _compared_ablative(suffix, rest)
    return attach_written(words, match["gap"], suffix, possessive) + (match["sufdot"] or "") + glue + stop


# A count compared with a word of more or less after it (300-нан астам, 5-нен аса, 20-нан артық): the ablative of the
# count itself, which no possessor owns; a -нан/-нен written after a number whose last word takes -ден/-тен is the
# writer's slip for it (үш жүзден астам), not the possessive's ablative (жүзінен) that the same ending says after a
# named month's day (мамырдың 24-нен).
_COMPARISON_AFTER = re.compile(r"\s+(?:астам|аса|артық|көп|кем|асатын|асады|асқан)(?![\w-])")
_AFTER_POSSESSIVE_ABLATIVE = ("нан", "нен")


def _compared_ablative(suffix: str | None, rest: str) -> str | None:
    """The plain ablative (re-inflected by `attach`) for an after-possessive one before a comparison word."""
    if suffix and suffix.lower() in _AFTER_POSSESSIVE_ABLATIVE and _COMPARISON_AFTER.match(rest):
        return "дан"
    return suffix


# A reference's "see" after a clipped word (2-б. қараңыз): the clipped word is its object, in the accusative.
_SEE_AFTER = re.compile(r"\s+қара(?:ңыз|ңдар|)(?![\w-])")


def _numbered_word(match: re.Match[str], suffix: str) -> str | None:
    """The word a clipped one after a hyphenated number stands for (5-т. → тармақ, 7-б. → бап); closing a bracketed
    reference it is the page's, as before a number ([269-б.] → бет, as [15, б. 78]); before қараңыз it is the object
    seen, in the accusative (2-б. қараңыз → екінші бапты қараңыз); there its full stop may be left off (2-т қараңыз).
    A clipped unit (мин, сағ, сек) is its word with or without its stop: a match report's minute (33-мин) → минут."""
    seen = _SEE_AFTER.match(match.string, match.end()) is not None
    if suffix in writtennumbers.CLIPPED:
        return abbr.unit_spoken(suffix)  # (33-мин) → отыз үшінші минут: a clipped unit's word, its stop or none
    if not match["sufdot"] and not seen:
        return None
    closes_reference = match.string.startswith("]", match.end())
    entry = (writtennumbers.PAGE.get(suffix + ".") if closes_reference else None) or writtennumbers.NUMBERED.get(suffix)
    if entry and seen:
        return inflect(entry.spoken, ["accusative"])
    return entry.spoken if entry else None


def _sentence_stop(match: re.Match[str]) -> str:
    """The full stop after a unit symbol before a number ends the sentence (5 м. 2020 жылы); after a clipped word
    it is the abbreviation's (3 сағ. 40 мин.), as before a comma, a semicolon or a colon (128-136 см., басы). A unit
    or a scale written with its own full stop (долл., л.с., млн.) at the end of the text or before a capital ends the
    sentence with it."""
    rest = match.string[match.end() :]
    before_number = match["unitdot"] and rest.lstrip()[:1].isdigit()
    if before_number and match["unit"] not in writtennumbers.CLIPPED:
        return "."
    dotted_word = not match["suf"] and match.group().endswith(".")
    return "." if dotted_word and (not rest.strip() or _CAPITAL_AFTER.match(rest)) else ""


# A sentence's first word after a space: a capital before a small letter; an initialism (млн. АҚШ доллары) goes on.
_CAPITAL_AFTER = re.compile(rf"\s+[«\"]?[{KAZAKH_UPPER}A-Z][{KAZAKH_LOWER}a-z]")


# A percentage just after a word in the genitive, with nothing after it in its phrase (ауылдық халықтың 96%), is
# the share that word owns, said in the 3rd-person possessive as it is written out (тұрғындардың 98,1 пайызы).
_GENITIVE_BEFORE = re.compile(rf"\w-?{GENITIVE_SUFFIX} $")
# A month in the genitive owns the day after it (маусымның 4-де, қарашаның 16-сы күні): the day takes the possessive
# before the case written on it, маусымның төртінде, as "мамырдың 24-не" is жиырма төртіне.
_MONTH_GENITIVE_BEFORE = re.compile(rf"(?<!\w)(?P<month>\w+?){GENITIVE_SUFFIX} $")
_PHRASE_END = re.compile(r"\s*(?:[).,;:!?»”\"]|$)")  # a closing quote too: халықтың 31,2%”, – делінген
# A pronoun in the genitive (оның, олардың, соның) is no noun a percentage could qualify: the share is its own even
# when the phrase runs on to the verb (ұн өндірдік, оның 90% облыс аумағынан шығарылды → оның тоқсан пайызы).
_PRONOUN_OWNER_BEFORE = re.compile(r"(?<!\w)(?:о|со|бұ|мұ)(?:ның|лардың) $", re.IGNORECASE)
# Shares listed with commas before the verb they share (түсімінің 12%, инвестицияның 9% қамтамасыз етеді): the comma
# ends no phrase but a member of the list, said as the list's last share is, bare when that one runs on into its verb.
_BARE_SHARE_LISTED_AFTER = re.compile(rf",\s+(?:\w+\s+){{0,3}}\w+{GENITIVE_SUFFIX}\s\d+(?:,\d+)?\s?%\s+\w")


def _owned_share(match: re.Match[str], rest: str) -> bool:
    """The percentage is what the genitive before it owns: халықтың 96%) → тоқсан алты пайызы, and whatever follows
    when the genitive is a pronoun (оның 90% облыс аумағынан шығарылды); not a member of a list whose last share runs
    on bare into the verb (түсімінің 12%, инвестицияның 9% қамтамасыз етеді)."""
    if not match["pct"] or match["suf"]:
        return False
    if _PRONOUN_OWNER_BEFORE.search(match.string, _owner_reach(match), match.start()):
        return True
    ends = _PHRASE_END.match(rest)
    return bool(_genitive_owner_before(match) and ends and not _BARE_SHARE_LISTED_AFTER.match(rest))


# A share its genitive owns before a postposition's adjectival form, up to which the noun after it runs (жоғалған
# кірістің 45% дейінгі мөлшерде → қырық бес пайызына дейінгі), takes the possessive before the case the postposition
# governs, as "45%-ына дейінгі" is written; before дейін itself the genitive may be a verbal noun's subject after it
# (жалақының 25% дейін өсуі: пайызға дейін), left to the governed case alone.
_ADJECTIVAL_POSTPOSITION_AFTER = re.compile(r"\s+(?:дейінгі|шейінгі)(?![\w-])")


def _owned_share_governed(match: re.Match[str], rest: str) -> bool:
    """A single percentage its genitive owns before дейінгі or шейінгі (кірістің 45% дейінгі)."""
    if not match["pct"] or match["b"] or not _ADJECTIVAL_POSTPOSITION_AFTER.match(rest):
        return False
    return _genitive_owner_before(match)


_OWNER_REACH = 24  # characters looked back for the percentage's owner


def _owner_reach(match: re.Match[str]) -> int:
    return max(0, match.start() - _OWNER_REACH)


def _genitive_owner_before(match: re.Match[str]) -> bool:
    """A word in the genitive just before the percentage (халықтың 96%)."""
    return _GENITIVE_BEFORE.search(match.string, _owner_reach(match), match.start()) is not None


# A verb of making up (құрайды, құрап, құраған) after a single percentage its genitive owns takes the share as its
# object, possessed and in the accusative (жастар халқымыздың 30% құрап → отыз пайызын құрап), as "30%-ын құрайды" is
# written; a range of shares (деңгейдің 55-65% құрады) is left as written.
_MAKES_UP_AFTER = re.compile(r"\s+құра(?:й(?:ды|тын)|ды|п|ған|мақ|уы)(?![\w-])")


def _owned_share_made_up(match: re.Match[str], rest: str) -> bool:
    """A single percentage its genitive owns, the object of a verb of making up after it (халқымыздың 30% құрап)."""
    if not match["pct"] or match["suf"] or match["b"] or not _MAKES_UP_AFTER.match(rest):
        return False
    return _genitive_owner_before(match)


def _day_of_a_named_month(match: re.Match[str]) -> bool:
    """A day with a case written on it after its month in the genitive: маусымның 4-де."""
    suffix = match["suf"]
    alone = not (match["b"] or match["af"] or match["numero"] or match["sign"] or match["pct"] or match["unit"])
    if not (alone and suffix and match["gap"] == "-" and 1 <= value_of(match["a"]) <= 31 and parse_suffixes(suffix)):
        return False
    owner = _MONTH_GENITIVE_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    return bool(owner and dates.starts_with_month(owner["month"]))


def _possessive_unit(match: re.Match[str]) -> bool:
    """The unit's expansion ends in the 3rd-person possessive (л.с. → ат күші): a suffix takes its н (ат күшіне)."""
    unit = match["unit"]
    return bool(
        unit and not match["per"] and unit not in writtennumbers.UNIT_WORDS and abbr.of_kind("unit")[unit].possessive
    )


# Numbers listed with bare commas (ГРПШ-14,15,16-ны): three and more are no decimal, nor grouped thousands unless
# every group after the first has three digits (1,250,000).
NUMBER_LIST = re.compile(
    rf"(?<![\w.,])(?!\d{{1,3}}(?:,\d{{3}})+(?![\d,]))(?P<list>\d{{1,4}}(?:,\d{{1,4}}){{2,}})(?![.,]?\d)"
    rf"(?:-(?P<suf>{SUFFIX})(?![\w-])|(?![-\w]))"
)


COMMA_RUN = re.compile(r"\d,\d+,\d")

# Days listed with a bare comma after their month in the genitive, a suffix on the last (қаңтардың 1,2-сі, наурыздың
# 21,22-сі күндері): days of that month, no decimal (бір бүтін оннан екісі); each said, the suffix on the last, as a
# day alone there is (маусымның 4-де). A pair after any other word (бағасы 1,2-ге) is left to the number rules.
_DAY = r"(?:[1-9]|[12]\d|3[01])"
DAYS_OF_A_NAMED_MONTH = re.compile(rf"(?<![\w.,])(?P<list>{_DAY}(?:,{_DAY})+)-(?P<suf>{SUFFIX})(?![\w-])")
DAYS_OF_A_NAMED_MONTH_MARK = re.compile(r",\d\d?-[^\W\d_]")  # what every match holds (`Rule.needs`)


def speak_days_of_a_named_month(match: re.Match[str]) -> str:
    """қаңтардың 1,2-сі → қаңтардың бір, екісі; after no month in the genitive the list is left as written."""
    owner = _MONTH_GENITIVE_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    if not (owner and dates.starts_with_month(owner["month"]) and parse_suffixes(match["suf"])):
        return match.group()
    return attach(", ".join(cardinal_of(day) for day in match["list"].split(",")), match["suf"])


# Numbers listed after one numero sign (№1,2,7 жолдардың; №14, 32, 43, 50, 66, 84 бағдардағы автобустар): the sign
# numbers each of them, so each is a place, as the first is (бірінші, екінші, жетінші). Three or more, apart by bare
# commas or by commas and a space, the later ones of up to three digits: a year after a gazette's number (№ 12, 2023)
# or a lone pair (№3, 5) is left to the number rules. A pair the list goes on past with a comma and a named item is a
# list too (№ 66, 60, Қ.Сәтбаев. разъездерінде: алпыс алтыншы, алпысыншы), as its comma says. The last one may be
# joined by a conjunction (№ 35, 38, 40 және 41 үйлер; №3, 5 және 7 мектептер): the sign numbers it as the rest.
# A pair before a plural noun is a list too (№ 1, 2 турбиналарға, №3, 5 мектептер: бірінші, екінші).
_PLURAL_NOUN = rf"[^\S\n]+[{KAZAKH_LOWER}]+(?:лар|лер|дар|дер|тар|тер)"
NUMBERED_LIST = re.compile(
    rf"№\s?(?P<list>\d{{1,4}}(?:,\d{{1,3}}){{2,}}|\d{{1,4}}(?:,[^\S\n]\d{{1,3}}){{2,}}"
    rf"|\d{{1,4}},[^\S\n]?\d{{1,3}}(?=,[^\S\n]?[^\W\d_]|[^\S\n]+{LIST_CONJUNCTION}[^\S\n]+\d|{_PLURAL_NOUN}))"
    rf"(?:[^\S\n]+(?P<conj>{LIST_CONJUNCTION})[^\S\n]+(?P<last>\d{{1,3}}))?(?![.,]?\d)"
    rf"(?:-(?P<suf>{SUFFIX})(?![\w-])|(?![-\w]))"
)
NUMBERED_LIST_MARK = re.compile(rf"№\s?\d+,\s?\d+(?:,|\s+{LIST_CONJUNCTION}\s|{_PLURAL_NOUN})")


def speak_numbered_list(match: re.Match[str]) -> str:
    """№14, 32, 43 → он төртінші, отыз екінші, қырық үшінші; a case suffix goes on the last (№1, 2, 3-ке →
    үшіншіге), a hyphenated word after it is their noun (№1,2,3-сыныптар → бірінші, екінші, үшінші сыныптар)."""
    places = [ordinal_of(cardinal_of(number.strip())) for number in match["list"].split(",")]
    if match["last"]:  # № 35, 38, 40 және 41: the joined last one is numbered as the rest
        places.append(ordinal_of(cardinal_of(match["last"])))
    suffix = match["suf"]
    if suffix and not ORDINAL_MARKER.match(suffix) and not hyphenated_word(suffix):
        places[-1] = attach(places[-1], suffix)
    said = ", ".join(places[:-1] if match["last"] else places)
    said += f" {match['conj']} {places[-1]}" if match["last"] else ""
    if suffix and hyphenated_word(suffix) and not ORDINAL_MARKER.match(suffix):
        return f"{said} {suffix}"
    return said


# The list's last member joined by a conjunction and written with its noun on a hyphen (1,2,3 және 4-тоқсандарда): the
# noun's places, all of them (бірінші, екінші, үшінші және төртінші тоқсандарда).
_JOINED_PLACE_AFTER = re.compile(rf"[^\S\n]+{LIST_CONJUNCTION}[^\S\n]+\d{{1,3}}-(?P<word>[^\W\d_]+)")


def speak_number_list(match: re.Match[str]) -> str:
    """14,15,16-ны: each number said, a suffix on the last: он төрт, он бес, он алтыны; before a hyphenated word they
    are its places (1,2,3-сыныптар: бірінші, екінші, үшінші сыныптар), and so before a month (2,3,4 қазанда), before
    the places a contest's winners took (1,2,3 орындарды иеленген: бірінші, екінші, үшінші) and before a last member
    joined with its hyphenated word (1,2,3 және 4-тоқсандарда)."""
    numbers, suffix = match["list"].split(","), match["suf"]
    hyphenated = bool(suffix) and hyphenated_word(suffix)
    rest = match.string[match.end() :]
    joined = _JOINED_PLACE_AFTER.match(rest)
    if hyphenated or (
        not suffix
        and (
            (joined is not None and hyphenated_word(joined["word"]))
            or ordinalcontext.context_says_ordinal(int(numbers[-1]), rest)
            or ordinalcontext.places_won(map(int, numbers), rest)
        )
    ):
        places = ", ".join(ordinal_of(cardinal_of(number)) for number in numbers)
        return f"{places} {suffix}" if hyphenated and not ORDINAL_MARKER.match(suffix) else places
    return attach(", ".join(cardinal_of(number) for number in numbers), suffix)


# Collective numerals written with a digit: 2-уі, 4-еуі, 6-ауы → екеуі, төртеуі, алтауы; with the hyphen left out
# only before a possessive (2уі, 5еуі), where no other reading is likely. Only the collective's own
# endings follow its у (a possessive, a case, -міз, -лап), so a numbered noun that begins with ау- or еу- stays a
# place: 5-ауыл қазағы → бесінші ауыл, not бесеуыл.
_COLLECTIVE_ENDING = (
    r"у(?:[ыі](?:[ңм][ыі]з|ң)?(?:н|н[ае]|нд[ае]|нан|нен|мен|н[ыі]ң|нд[ае]ғ?[ыі])?|м[ыі]з|л[ае]п|[гғ][ае]|д[ае]н?)?"
)
COLLECTIVE = re.compile(rf"(?<![\w.,-])(?P<n>[1-7])(?:-|(?=[еа]?у[ыі]))[еа]?(?P<rest>{_COLLECTIVE_ENDING})(?![\w-])")
_COLLECTIVES = dict(zip("1234567", ("біреу", "екеу", "үшеу", "төртеу", "бесеу", "алтау", "жетеу"), strict=True))


def speak_collective(match: re.Match[str]) -> str:
    return _COLLECTIVES[match["n"]][:-1] + match["rest"]


# Petrol grades listed with a slash after their code (АИ — 92/93 маркалы бензин, АИ-92/95): two grades, each said as
# its number, not a fraction (аи тоқсан екі, тоқсан үш; not тоқсан үштен тоқсан екі).
FUEL_GRADES = re.compile(r"(?<![\w-])(?P<code>АИ|AI)(?P<sep>\s?[-–—]\s?|\s)(?P<a>\d{2,3})/(?P<b>\d{2,3})(?![\d/\w])")


def speak_fuel_grades(match: re.Match[str]) -> str:
    return f"{match['code']}{match['sep']}{cardinal_of(match['a'])}, {cardinal_of(match['b'])}"


# Round the clock, every day of the week (24/7 режимінде): the two numbers as they are said, no fraction.
ROUND_THE_CLOCK = re.compile(rf"(?<![\d/.,])24\s?/\s?7(?:-(?P<suf>{SUFFIX}))?(?![\d/\w]|[.,]\d)")


def speak_round_the_clock(match: re.Match[str]) -> str:
    return attach_written("жиырма төрт жеті", "-", match["suf"])


# A second's symbol after a number, which a reference's page count writes too (1994. - 352 с): the second where a
# Kazakh word follows it or a case suffix is hyphened onto it (40 с өткенде, 2,14 с-та жүріп), and where the Latin c
# a physics problem types for it is run onto the number (А) 40c В) 20c, t = 15c): секунд, set apart from the number.
SECONDS = re.compile(
    rf"(?<=\d)(?:[ \t]?с(?:-(?P<suffix>{SUFFIX})(?![\w-])|(?=[ \t][{KAZAKH_LOWER}]{{2}}))|c(?![\w.,]?\w)"
    r"|(?P<bare>[ \t]?с)(?![^\W\d_]|\.[^\W\d_]|/))"  # not a rate's unit: 28,4 с/м is metres a second
)
# ...and so is a bare с after a number no page count is: a duration's seconds after its minutes, as a primary test
# writes them (1мин 34с, 2 мин 30 с; a record table's 01 мин., 39 с), a measured time with its fraction (9,58 с;
# 40 ,91 с with a stray space), an estimate (≈ 48 с, шамамен 48 с) or a test's option (А) 10с.): a page count is a
# whole, exact number, and no option's.
_MEASURED_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])мин(?:ут)?\.?,?[ \t]*\d{1,2}|(?<![\d.,])\d+[ \t]?[.,]\d+"
    r"|(?:[≈~∼]|(?<![^\W\d_])шамамен|(?<![^\W\d_])[^\W\d_]{1,3}\))[ \t]?\d+(?:[.,]\d+)?)\Z"
)
_MEASURED_REACH = 16
SECONDS_NEEDS = re.compile(r"\d ?[сc]")


def speak_seconds(match: re.Match[str]) -> str:
    """40 с өткенде → 40 секунд өткенде; 2,14 с-та → 2,14 секундта; 40c → 40 секунд; 1мин 34с → 1мин 34 секунд;
    9,58 с → 9,58 секунд; ≈ 48 с → ≈ 48 секунд."""
    if match["bare"] is not None and not _MEASURED_BEFORE.search(
        match.string, max(0, match.start() - _MEASURED_REACH), match.start()
    ):
        return match.group()  # 352 с: a page count's mark
    return " " + (attach("секунд", match["suffix"]) if match["suffix"] else "секунд")


# A capital К after a number is the kelvin where the text says it is a temperature's: before the word температура (300К
# температурадағы), after a temperature's letter and its equals sign (T = 273 К), or as the whole of a numbered answer
# (1. 273К.), where a test asks for one; said кельвин, set apart from the number. Elsewhere it stays a letter: a
# house's or a class's (18К, 11 К), and a Latin K is a thousand's (2K) or a file's kilobytes (523.50K).
KELVIN = re.compile(rf"(?<=\d)(?P<gap>[ \t]?)К(?:-(?P<suffix>{SUFFIX}))?(?![\w-])")
KELVIN_NEEDS = re.compile(r"К(?:(?<=\dК)|(?<=\d К))")
_TEMPERATURE_WORD_AFTER = re.compile(r"\s+[Тт]емператур")
_AMOUNT_WRITTEN = r"\d+(?:[.,]\d+)?"
_TEMPERATURE_SET_BEFORE = re.compile(rf"(?<!\w)[TТ][ \t]?=[ \t]?{_AMOUNT_WRITTEN}\Z")
_NUMBERED_ANSWER_BEFORE = re.compile(rf"[ \t]*\d{{1,2}}\.[ \t]+{_AMOUNT_WRITTEN}")
_ANSWER_END = re.compile(r"\.?[ \t]*(?:\n|\Z)")
_TEMPERATURE_REACH = 24  # characters looked back for a temperature's letter


def speak_kelvin(match: re.Match[str]) -> str:
    """300К температурадағы → 300 кельвин температурадағы; T = 273 К → T = 273 кельвин; 1. 273К. → 1. 273 кельвин.;
    18К stays."""
    text, start, end = match.string, match.start(), match.end()
    opening = line_start(text, start)
    temperature = (
        _TEMPERATURE_WORD_AFTER.match(text, end)
        or _TEMPERATURE_SET_BEFORE.search(text, max(opening, start - _TEMPERATURE_REACH), start)
        or (_NUMBERED_ANSWER_BEFORE.fullmatch(text, opening, start) and _ANSWER_END.match(text, end))
    )
    return " " + attach(unitexpressions.unit_spoken("К"), match["suffix"]) if temperature else match.group()


# A unit per a product of units in brackets, as a table of constants gives a constant's unit (8,31 Дж/(моль·К),
# 6,67·10-11 м3/(кг·с2)): the first unit divided by the product, each unit said (джоуль бөлінген моль көбейту
# кельвин); К there is the kelvin, with no other unit to be.
_PRODUCT_UNIT = rf"(?:{writtennumbers.UNIT}|с2|с²|К|℃)"
PER_PRODUCT = re.compile(
    rf"(?<![\w/])(?P<unit>{writtennumbers.UNIT})/\((?P<parts>{_PRODUCT_UNIT}(?:[·∙⋅*]{_PRODUCT_UNIT})+)\)"
)
PER_PRODUCT_NEEDS = re.compile(r"/\(")
_PRODUCT_TIMES = re.compile("[·∙⋅*]")


# A unit per kelvin, alone or after a unit it multiplies, as a lesson writes a heat capacity's or an entropy's unit
# without brackets (1,38·10-23 Дж/К; [c] = 1 Дж/ кг  К; Дж/кг·К): the first unit divided by the rest, each unit said,
# a written sign between two of them көбейту (джоуль бөлінген кельвин, джоуль бөлінген килограмм кельвин). К after
# a slash closing a unit's rate is the kelvin, with no other unit to be. A unit may follow the kelvin after a written
# sign, its negative power typed onto it (R=8,31 Дж/К·моль-1: … кельвин көбейту моль минус бір дәрежесінде).
PER_KELVIN = re.compile(
    rf"(?<![\w/])(?P<unit>{writtennumbers.UNIT})[ \t]?/[ \t]*"
    rf"(?P<parts>(?:{_PRODUCT_UNIT}(?:[·∙⋅*]|[ \t]+))?К(?:[·∙⋅*]{_PRODUCT_UNIT}(?:[-−][1-3])?)?)(?![\w·∙⋅*/²³-])"
)
PER_KELVIN_NEEDS = re.compile(r"/[^\n]{0,8}К")
_TIMES_OR_SPACE = re.compile(r"([·∙⋅*])|[ \t]+")
_NEGATIVE_POWER = re.compile(r"(?P<unit>.+?)[-−](?P<exp>[1-3])")


def speak_per_kelvin(match: re.Match[str]) -> str:
    """Дж/К → джоуль бөлінген кельвин; Дж/ кг  К → джоуль бөлінген килограмм кельвин; Дж/кг·К → … килограмм көбейту
    кельвин; Дж/К·моль-1 → … кельвин көбейту моль минус бір дәрежесінде."""
    parts = _TIMES_OR_SPACE.sub(lambda sign: " көбейту " if sign[1] else " ", match["parts"])
    spoken = " ".join(_per_kelvin_part(part) for part in parts.split())
    return f"{abbr.unit_spoken(match['unit'])} бөлінген {spoken}"


def _per_kelvin_part(part: str) -> str:
    powered = _NEGATIVE_POWER.fullmatch(part)
    if powered:
        return formulas.unit_with_power(powered["unit"], powered["exp"])
    return part if part == "көбейту" else unitexpressions.unit_spoken(part)


# A product of units named without a number, as a lesson lists a quantity's units (Ом*м, Ом*мм2/м): each unit said,
# the sign between them көбейту, a unit after a slash бөлінген (ом көбейту шаршы миллиметр бөлінген метр); with a
# number before it the amount's rules read it, and a unit written so is one unit (34 млн кВт*сағ: киловатт-сағат).
UNIT_PRODUCT = re.compile(
    rf"(?<![\w*·∙⋅/])(?<!\d )(?!(?:{writtennumbers.UNIT})(?![\w*·∙⋅/]))"
    rf"(?P<parts>{_PRODUCT_UNIT}(?:[·∙⋅*]{_PRODUCT_UNIT})+)"
    rf"(?:/(?P<per>{writtennumbers.UNIT}))?(?![\w*·∙⋅/])"
)
UNIT_PRODUCT_NEEDS = re.compile("[·∙⋅*]")


def speak_unit_product(match: re.Match[str]) -> str:
    """Ом*м → ом көбейту метр; Ом*мм2/м → ом көбейту шаршы миллиметр бөлінген метр."""
    parts = " көбейту ".join(unitexpressions.unit_spoken(part) for part in _PRODUCT_TIMES.split(match["parts"]))
    return f"{parts} бөлінген {abbr.unit_spoken(match['per'])}" if match["per"] else parts


def speak_per_product(match: re.Match[str]) -> str:
    """Дж/(моль·К) → джоуль бөлінген моль көбейту кельвин; м3/(кг·с2) → текше метр бөлінген килограмм көбейту секунд
    квадрат."""
    parts = " көбейту ".join(unitexpressions.unit_spoken(part) for part in _PRODUCT_TIMES.split(match["parts"]))
    return f"{abbr.unit_spoken(match['unit'])} бөлінген {parts}"
