"""A number's plus and minus: a minus or a dash written onto it, temperatures and their lists, weight classes, and the
sign a range's second end is said with."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize.marks import line_before, line_start
from tts_edition.normalize.morphology import CONJUNCTION, KAZAKH_LOWER, KAZAKH_UPPER
from tts_edition.normalize.numbers import value_of


def signed(sign: str | None) -> str:
    return {"+": "плюс ", None: ""}.get(sign and sign.strip(), "минус ")


_TEMPERATURE_AFTER = re.compile(r"\s*(?:градус|аяз|суық)")
# жылы after a number is warmth ("+5 жылы") below a hundred; a hundred or more is a year ("дейін –2019 жылы").
_WARMTH_AFTER = re.compile(r"\s*жылы")
_WARMEST = 100


def temperatures_listed(match: re.Match[str]) -> bool:
    """ "түнде 10,15 градус": two whole temperatures listed with a comma, not a decimal: as many digits each (two at
    least), the second higher by ten at most."""
    whole, fraction = match["a"], match["af"]
    if not fraction or match.string[match.end("a")] != "," or len(whole) != len(fraction) or len(whole) < 2:
        return False
    return 0 < int(fraction) - int(whole) <= 10 and _temperature(match)


def _temperature(match: re.Match[str]) -> bool:
    """The number is followed by a degree, градус, аяз or суық, or is below a hundred and followed by жылы."""
    degrees = match["unit"] and abbr.unit_spoken(match["unit"]) == "градус"
    return bool(degrees or _TEMPERATURE_AFTER.match(match.string, match.end()) or _warmth(match))


def _warmth(match: re.Match[str]) -> bool:
    """ "+5 жылы": a number below a hundred before жылы is degrees of warmth; a larger one before it is a year."""
    return bool(_WARMTH_AFTER.match(match.string, match.end())) and value_of(match["a"]) < _WARMEST


_THRESHOLD_AFTER = re.compile(r"\s+(?:жоғары|төмен)(?![\w-])")
_ABLATIVE_WORD = re.compile(rf"[{KAZAKH_LOWER}](?:дан|ден|тан|тен|нан|нен)(?![\w-])", re.I)


def threshold_case(match: re.Match[str], rest: str) -> str | None:
    """ "25°С жоғары температура": a temperature before жоғары or төмен with no other word in the ablative before it
    in its clause is the threshold, and takes the ablative the writer left off (градустан жоғары); after one
    ("нормадан 5°С жоғары") it is the difference, and stays as written."""
    if not (match["unit"] and _temperature(match) and _THRESHOLD_AFTER.match(rest)):
        return None
    clause = re.split(r"[.!?;:\n]", match.string[: match.start()])[-1]
    return None if _ABLATIVE_WORD.search(clause) else "дан"


# A bracket closes a word, or a test's initialism with its result's sign ((коронавирус (КВИ+) –2 480: a count's dash).
_WORD_BEFORE_DASH = re.compile(rf"(?:\w\s+(?:[-–—]\s+)?|(?:[^\W\d_]|[{KAZAKH_UPPER}A-Z][+−-])[/)]\s*)$")


# A signed number, or a range of them, as a member of a list: after a comma or a conjunction, with one word at most
# before it (", күндіз -5-10").
_SIGNED_MEMBER = (
    rf"\s*(?:,|\s{CONJUNCTION}(?=\s))\s*(?:[{KAZAKH_LOWER}]+\s+)?[-−–+]\s?\d+(?:[.,]\d+)?"
    r"(?:(?:[-−–+]|…|\.\.\.)[-−–+]?\d+(?:[.,]\d+)?)?"
)
# The list a signed number opens ends in a temperature: "-12 және -17 градусқа", "-15-20, күндіз -5-10 градус".
_SIGNED_LIST_OF_TEMPERATURES = re.compile(rf"(?:{_SIGNED_MEMBER})+\s*(?:°|градус|аяз|суық)")


# A year named after the number or a range of years (–1978 жылы, -2020 жылдан, –1978-1980 жылдары): a year is
# never below zero, so a dash written onto it opens a line of dialogue or a list, whatever stands before it.
_YEAR_NAMED = re.compile(r"\s*(?:жыл|ж\.)")


def _year_named(match: re.Match[str]) -> bool:
    last = "b" if match["b"] else "a"
    return len(match["a"]) == len(match[last]) == 4 and bool(_YEAR_NAMED.match(match.string, match.end(last)))


# An ingredient's measure opening a line, as a recipe lists them (Қамыр үшін:⏎-300 г ұн⏎-1 стақан жылы су⏎-2 дана
# жуа): a mass, a volume, a cup, a spoon or a count of pieces is never below zero, so a dash written onto it there
# opens the list's item, whatever the line before ends with but a figure (a column of changes keeps its minus).
_MEASURE_UNITS = frozenset(("грамм", "килограмм", "миллилитр", "литр"))
_PORTION_AFTER = re.compile(
    r"\s*(?:(?:ас|шай|үлкен|кішкене)\s+)?(?:стақан|кесе|қасық|дана|шымшым|тілім|түйір|келі|бас(?![\w-]))"
)


def _portion_opening_line(match: re.Match[str]) -> bool:
    opening = line_start(match.string, match.start())
    if match.string[opening : match.start()].strip(" \t") or _FIGURE_LINE_BEFORE.search(match.string, 0, opening):
        return False
    if match["unit"]:
        return abbr.unit_spoken(match["unit"]) in _MEASURE_UNITS
    return bool(_PORTION_AFTER.match(match.string, match.end()))


# A column of figures, a rate's change under the rate (443.85 / -0.47 / 474.3 / +0.97): the line before ends in a
# number, so a dash opening this one is its number's minus, as the plus beside it is a plus. Blank lines may part a
# column's lines where each holds its number alone, as a slide's column of charges does (+3⏎⏎-2⏎⏎-1).
_FIGURE_LINE_BEFORE = re.compile(
    r"\d[ \t]*\n[ \t]*\Z|(?:\A|\n)[ \t]*[-+−–]?\d+(?:[.,]\d+)?[ \t]*\n(?:[ \t]*\n)+[ \t]*\Z"
)


# ...or the number stands alone on its line, and so does a signed one on the next line that holds anything: a column
# of charges after a line of a word (Be⏎⏎-2⏎⏎-1), where a list's dash would have its item's words after the number.
_SIGNED_LINE_AFTER = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*[-+−–]\d+(?:[.,]\d+)?[ \t]*(?:\n|\Z)")


def _column_after(match: re.Match[str]) -> bool:
    text = match.string
    alone = not line_before(text, match.start()).strip(" \t")
    return alone and _SIGNED_LINE_AFTER.match(text, match.end()) is not None


# A number given as the other of two after немесе or не (А)2.5 немесе -2,5, 3 немесе -3: an answer's two roots)
# has its own minus: a list's dash stands after a word, not after a number and "or".
_NUMBER_OR_BEFORE = re.compile(r"\d[ \t]+(?:немесе|не)[ \t]+\Z")


def _dash_before(match: re.Match[str]) -> bool:
    """A hyphen or en dash written onto a year or onto an ingredient's measure opening a line ("-300 г ұн") is the
    dash of a list; so is one onto a number after a word ("кредиттер –237 790,0", "облысында -18,"), after a word's
    dash ("жұмыстарына - -10,6 млд"), or after a slash or bracket that closes a word ("бала күтімі/-49-ы") or a tested
    initialism's sign ("(КВИ+) –2 480"), not a minus, unless the number is a temperature: a degree, градус, аяз after
    it, a range whose other end is signed (түнде –21…–23), or a list of signed numbers ending in a temperature (аяз -12
    және -17 градусқа)."""
    if match["sign"] not in ("-", "–"):
        return False
    if _year_named(match) or _portion_opening_line(match):
        return True
    before = match.string[: match.start()]
    if not _WORD_BEFORE_DASH.search(before) or _FIGURE_LINE_BEFORE.search(before) or _column_after(match):
        return False
    if _NUMBER_OR_BEFORE.search(before, max(0, len(before) - 24)):
        return False  # 2.5 немесе -2,5: the other of two numbers, the minus its own
    listed = _SIGNED_LIST_OF_TEMPERATURES.match(match.string, match.end())
    return not (match["bsign"] or _temperature(match) or listed or _weather_sentence(match))


# A sentence about the weather: its signed numbers without a unit are temperatures ("Түнде -2, күндіз +5.").
_WEATHER_WORDS = re.compile(r"(?<!\w)(?:температура|ауа\s+райы|түнде|күндіз|таңертең|аяз|градус)", re.I)
_SENTENCE_END = re.compile(r"[.!?\n](?!\d)")


def _weather_sentence(match: re.Match[str]) -> bool:
    """A number with a unit of its own (желдің екпіні -15-18 м/с) is that unit's, not a temperature."""
    if match["unit"] or match["pct"] or match["post"]:
        return False
    return bool(_WEATHER_WORDS.search(match.string, *abbr.sentence_around(match, _SENTENCE_END)))


# A body weight with a minus or dash written onto it names a weight class (-73 кг салмақта: up to 73 kilograms), no
# negative mass: a weight class's word (салмақ, санат, категория, дәреже) comes after it, or after the rest of its
# list (-48 және -52 кг салмақ). A plus before one (+78 кг, over 78) is read as such where the symbols are.
_WEIGHT_CLASS_AFTER = re.compile(
    r"(?:\s*(?:кг|келі|кило)\b)?(?:\s*(?:,|және|мен)\s*[-+–−]?\d+\s*(?:кг|келі|кило)\b)*"
    r"\s+(?:салмақ|санат|категори|дәреже)"
)


# Or the words before it in its sentence say whose weights these are: a bout's sport, its athletes or the sexes a
# list of classes is headed with (Ерлер: -60 кг, -66 кг; дзюдодан ... (-81 кг)); салмақ before it may be a
# difference (Салмақ айырмасы (-2 кг)), so a class word counts only after it.
_WEIGHT_CLASS_BEFORE = re.compile(
    r"(?:балуан|дзюдо|күрес|самбо|бокс|ерлер|әйелдер|ұлдар|қыздар)[^.!?]{0,60}\Z",
    re.I,
)


def _weight_class(match: re.Match[str]) -> bool:
    """The number is a weight class: a minus or dash written onto a body weight, its class named after it or its
    sport before it in the sentence."""
    signed = match["sign"] and match["sign"].strip() in ("-", "–", "−")
    if not signed or not (not match["unit"] or abbr.unit_spoken(match["unit"]) == "килограмм"):
        return False
    after = _WEIGHT_CLASS_AFTER.match(match.string, match.start("a") + len(match["a"]))
    before = match["unit"] and _WEIGHT_CLASS_BEFORE.search(match.string, 0, match.start())
    return bool(after or before)


def first_sign(match: re.Match[str]) -> str:
    """The words before the first number: none for a weight class, a dash for a list's dash, else its sign."""
    return "" if _weight_class(match) else "– " if _dash_before(match) else signed(match["sign"])


# A sign written as a word before the number: the writer's own reading of the range (минус 2-7 → минус екі – жеті).
_SIGN_WORD_BEFORE = re.compile(r"(?:минус|плюс)\s*\Z", re.I)


def second_sign(match: re.Match[str], first: str) -> str:
    """The sign said before a range's second end: its own when written (-3+2°С; +3+8°С, where the plus is the second
    end's sign and the ends' separator at once), else the first end's minus, for an end said without it would be
    above zero (-5-10°С → минус бес – минус он, not минус бес – он). An unsigned end after a plus is above zero said
    bare (+38–39°C → плюс отыз сегіз – отыз тоғыз), and after a sign written as a word the writer has said how the
    range reads (минус 2-7). Zero takes no sign (-10…0°C → минус он – нөл)."""
    if match["bsign"]:
        return signed(match["bsign"])
    if match.string[match.start("b") - 1] == "+":
        return "плюс "
    carried = first.strip() == "минус" and not _SIGN_WORD_BEFORE.search(match.string, 0, match.start())
    zero = not match["b"].strip("0") and not (match["bf"] or "").strip("0")  # -10…0°C: zero has no sign
    return first if carried and not zero else ""


# An audience's age rating (0+, 6+, 12+, 16+, 18+, 21+) is a label: its plus is said as written (он сегіз плюс), not
# as a threshold (жүзден жоғары), where the text shows it is one: a rated work's or a rating's word after it (16+
# фильмдер), a word of an age limit before it in its sentence (жас шектеулері: 21+, 18+), brackets of its own
# («Абай» (16+)), or another rating listed beside it (12+, 16+ фильмдер).
_AGE_RATINGS = frozenset({0, 3, 6, 7, 12, 13, 14, 16, 18, 21})
_RATED_AFTER = re.compile(r"\s*(?:фильм|кино|мультфильм|сериал|спектакль|қойылым|белгі|таңба|контент|рейтинг)", re.I)
_AGE_LIMIT = re.compile(r"жас\s+(?:шектеу|ерекшелі|санат|рейтинг)|рейтинг", re.I)
_RATING_AFTER = re.compile(r",\s*(\d{1,2})\+(?!\d)")
_RATING_BEFORE = re.compile(r"(?<!\d)(\d{1,2})\+,\s*$")
_SENTENCE_END = re.compile(r".*[.!?]\s", re.S)
_LOOKBACK = 200  # characters searched back for the sentence's age limit


def _sentence_before(before: str) -> str:
    stop = _SENTENCE_END.match(before)
    return before[stop.end() :] if stop else before


def _a_rating(neighbour: re.Match[str] | None) -> bool:
    return neighbour is not None and int(neighbour[1]) in _AGE_RATINGS


def age_rating(match: re.Match[str]) -> bool:
    """ "21+, 18+, 16+": a number with its plus after it that is an audience's age rating (see above)."""
    if value_of(match["a"]) not in _AGE_RATINGS or match["b"] or match["unit"] or match["pct"]:
        return False
    text, start, end = match.string, match.start(), match.end()
    before = text[max(0, start - _LOOKBACK) : start]
    bracketed = before.endswith("(") and text.startswith(")", end)
    listed = any(_a_rating(neighbour) for neighbour in (_RATING_AFTER.match(text, end), _RATING_BEFORE.search(before)))
    return (
        bracketed
        or listed
        or _RATED_AFTER.match(text, end) is not None
        or _AGE_LIMIT.search(_sentence_before(before)) is not None
    )
