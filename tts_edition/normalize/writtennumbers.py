"""A number as written: its digits, ranges, unit, scale, currency sign and the case suffix hyphened onto it."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize.morphology import (
    KAZAKH_LOWER,
    ORDINAL_MARKER,
    SPACED_SUFFIX,
    attach,
    hyphenated_word,
    parse_suffixes,
    similative,
)
from tts_edition.normalize.numbers import CARDINAL_WORD, value_of
from tts_edition.normalize.ranknouns import names_rank

CURRENCIES = {"$": "доллар", "€": "еуро", "₽": "рубль", "£": "фунт", "₸": "теңге", "¥": "иена"}
CURRENCY = re.escape("".join(CURRENCIES))
CURRENCY_SIGN = re.compile(f"[{CURRENCY}]")


# Thousands grouped with spaces (1 250 000), but not after a lone whole number of one or two digits (a decimal's
# last digits are none: 541,0 2 659 188,0): a run such as a page's counters (0 3 175: comments, likes, views) is
# no grouping as a whole, so its spaces part numbers; nor is a run whose first group is a zero (0 390: a page's
# comments and views), as no grouped number opens with one.
_INTEGER = (
    r"(?<!(?<![\d.,])\d[ \u00a0\u202f])(?<!(?<![\d.,])\d\d[ \u00a0\u202f])"
    r"[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+"
)
UNITS = sorted(abbr.of_kind("unit"), key=len, reverse=True)
UNIT = "|".join(re.escape(u) for u in UNITS)
_PER = "|".join(re.escape(u) for u in sorted(abbr.of_kind("unit", "per"), key=len, reverse=True))
# A unit written out is a unit too when a slash follows it: "14,8 центнер / га" → центнер гектарына; and after the
# slash, a unit written out is what the amount is per ("8,6 центнер/гектар" → центнер гектарына).
UNIT_WORDS = abbr.unit_words()
UNIT_WORD = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
# A unit word after the slash may carry a case suffix written onto it ("метр/секундке"): the suffix is its own.
PER_WRITTEN = rf"(?:(?:{_PER})\b|(?:{UNIT_WORD})(?=[{KAZAKH_LOWER}]*\b))"
SCALES = {"мың": "мың", "млн": "миллион", "млрд": "миллиард", "млд": "миллиард", "трлн": "триллион",
          "миллион": "миллион", "миллиард": "миллиард", "триллион": "триллион"}  # fmt: skip
# A heading in capitals writes its scale word in capitals too: "2,5 МЛРД".
_SCALE = "|".join([*SCALES, *(word.upper() for word in SCALES)])
# An amount after a currency sign grouped with commas the English way ($275,000, $1,250,000) is thousands, not a
# decimal: the sign is the English order, and so is the comma; a scale word after it ($1,500 млн) or a digit run
# that is no group of three keeps the comma a decimal one ($1,5 млрд).
_CURRENCY_GROUPED = rf"(?<=[{CURRENCY}])\d{{1,3}}(?:,\d{{3}})+(?![\d,.]\d|\d)(?!\s(?:{_SCALE})\b)"
# Units written as clipped words (сағ., мин.), not symbols: their full stop is theirs even before a number.
CLIPPED = frozenset(w for w, e in abbr.of_kind("unit").items() if len(w) > 2 and e.spoken.startswith(w))
NUMBERED = abbr.of_kind("numbered")
PAGE = abbr.of_kind("before")  # б. бет, бб. беттер: a reference's page letters
# A sign typed straight after a comma that follows a number opens the list's next member ("0,-7°С": нөл, минус жеті
# градус); the comma is no decimal point, as a sign cannot open a fraction.
_SIGN_AFTER_COMMA = r"(?<=\d,)(?=[-−–+]\d)"
# A unit's full stop with the next word typed onto it, its space left out (60 мин.және 0 км): the word is a word of
# its own, three small letters or more with no full stop after it, so a dotted abbreviation (м.ғ.д.) is no such word.
_GLUED_WORD = rf"[{KAZAKH_LOWER}]{{3,}}(?![\w.])"
# A space typed after a decimal comma before a scale word ("70, 7 млн", бөлінген 957, 838 млн теңгені): the fraction's
# one to three digits; not a list whose last item the scale word counts (1, 2, 3 млн: the number before the comma is
# itself a listed one, after a number and its comma).
_NOT_LISTED = r"(?<!\d,\s\d)(?<!\d,\s\d\d)(?<!\d,\s\d\d\d)"
# A range's ends: apart by a dash, an ellipsis, a tilde (100~150), a year's slash, or, after a signed first end, a
# plus written straight on (+12+14°С, the plus its separator; -3+2°С, the plus the second end's own sign).
# After a unit a dash with a space beside it is punctuation, not a hyphen: what follows is a word of its own, and the
# number stays a measure (шалқалай жүзу 200 м - алтын → екі жүз метр - алтын). Nor is a spaced dash before a number
# an earlier rule has said a hyphen (Page 155 - 5.1.2, its section number бес бір екі): the number is a cardinal.
# A unit takes a case suffix written onto it or after a hyphen, never one a space apart, as a bare number may (2-7
# ден): a word after a unit is a word (880 га тың жер: тың, virgin, not га's genitive).
NUMBER = re.compile(
    rf"""(?:(?<![\w.,])|{_SIGN_AFTER_COMMA})
    (?P<numero>(?:№|No(?=\d)|\#(?=\s?\d))\s?)?  # No3, # 5: the numero sign typed otherwise (N: `typography`)
    (?P<compare>[<>≤≥]\s?(?=[\d{CURRENCY}]))?
    (?P<sign>[-−–+](?=[\d{CURRENCY}])|(?<=[–—]\s)-\s(?=\d))?
    (?P<pre>[{CURRENCY}]\s?)?
    (?P<a>{_CURRENCY_GROUPED}|{_INTEGER})(?:[.,](?P<af>\d+)|{_NOT_LISTED},\s(?P<afs>\d{{1,3}})(?=\s(?:{_SCALE})\b))?
    (?:(?:[^\S\n]?(?:--|[-–—~∼]|…|\.\.\.)\s?|(?<=\d{{4}})/(?=\d{{4}}|\d\d(?!\d))|(?:(?<=\+\d)|(?<=\+\d\d))\+(?=\d)
         |(?(sign)(?<=\d)(?=\+\d)|(?!)))
       (?P<bsign>[-−–+](?=\d))?(?P<b>{_INTEGER})(?:[.,](?P<bf>\d+))?)?
    (?P<scale>\s(?:{_SCALE})\.?(?=[\s,;:!?)-]|$))?
    (?P<pct>\s?%)?
    (?:(?(numero)(?!))\s?(?P<unit>{UNIT}|  # a number after № is a label, no amount: no unit (№40 Н.Әбдіров)
       (?:{UNIT_WORD})(?=\s?/\s?{PER_WRITTEN}))(?:\.?\s?/\s?(?P<per>{PER_WRITTEN})(?P<persuf>(?<=[{KAZAKH_LOWER}])[{KAZAKH_LOWER}]+\b)?)?(?P<unitdot>\.(?=\s[{KAZAKH_LOWER}\d]|[,;:]|{_GLUED_WORD}))?
       (?(unitdot)|(?![\w²³]|\.[{KAZAKH_LOWER}a-z\d])))?
    (?P<post>(?(pre)(?!))[^\S\n]?[{CURRENCY}](?!\d)(?:\s?/\s?(?P<cper>{PER_WRITTEN}))?)?  # not the next's sign
    (?(pre)(?:\s?/\s?(?P<pper>{PER_WRITTEN}))?)
    (?P<above>\+(?![\w+]))?
    (?:(?P<gap>-|(?(unit)[–—]|\s?[-–—]\s?(?!(?:{CARDINAL_WORD})(?![\w-])))|(?(unit)\s-|\s-?)(?=(?:{SPACED_SUFFIX})(?![\w-])))(?P<suf>[{KAZAKH_LOWER}]+)
       (?!\w|-(?!(?:ақ|ау|ей)\b))
       (?P<sufdot>\.(?=\s+[{KAZAKH_LOWER}\d]|\]))?)?""",
    re.X,
)


def last_value(match: re.Match[str]) -> int:
    """The number the reading depends on: a range's last; a year range's short end is its year (2026/27 → 2027)."""
    first, last = match["a"], match["b"]
    if last and len(first) == 4 and len(last) == 2 and int(last) > int(first[2:]):
        return int(first[:2] + last)
    return value_of(last or first)


DASHES = ("–", "—")  # an en or em dash typed with no space around it, where a hyphen belongs
# A suffix of approximate amount makes no ordinal and is kept as written: the similative (1200-дей → мың екі
# жүздей), the approximative -шақты/-шақ (40-шақты → қырықшақты) and the distributive plural of round numbers
# (10-даған → ондаған, 100-деген → жүздеген).
ABOUT = re.compile(r"(?:[дт][ае]й|шақты|шақ|[дтл](?:аған|еген))\Z")
_SIMILATIVE = re.compile(r"[дт][ае]й\Z")


def number_ending(letters: str) -> bool:
    """The letters are what a number takes after its hyphen: a chain of case and other suffixes (-ден, -ына), an
    ordinal's ending (-ші, -ыншы) or an approximate one (-дей, -шақты, -даған)."""
    return parse_suffixes(letters) is not None or bool(ORDINAL_MARKER.match(letters) or ABOUT.match(letters))


def approximate(words: str, suffix: str) -> str:
    """1200-дей → мың екі жүздей, 270-дей → екі жүз жетпістей: the similative agrees with the spoken last word, as
    a case suffix does; the other approximate endings are kept as written (40-шақты → қырықшақты)."""
    return similative(words) if _SIMILATIVE.match(suffix) else words + suffix


def hyphen_before_word(match: re.Match[str]) -> bool:
    """5-сынып, 75 - бабы: what follows the hyphen is a word, not a suffix. An ordinal marker after a dash typed
    for the hyphen (2–ші тоқсан) is one too, and so is a noun of rank after a dash typed with spaces (Заңының 31 –
    бабына, мектептің 8 – сыныбына), where before another word the spaced dash is punctuation (12 – адам)."""
    suffix, gap = match["suf"], match["gap"] or ""
    dash_for_hyphen = gap in DASHES and bool(suffix) and bool(ORDINAL_MARKER.match(suffix))
    spaced_dash_for_hyphen = gap.strip() in DASHES and bool(suffix) and names_rank(suffix, last_value(match))
    hyphen = gap.strip() == "-" or dash_for_hyphen or spaced_dash_for_hyphen
    return bool(suffix) and hyphen and hyphenated_word(suffix) and not ABOUT.match(suffix)


def fraction(match: re.Match[str]) -> str | None:
    return match["af"] or match["afs"]  # 3,9 and "70, 7 миллион"


# The units a rate is per that take no 3rd-person possessive, said in the plain dative (г/моль → грамм мольге, not
# моліне): the chemists' моль, whose possessive's vowel would take the soft sign's place and leave the Kazakh мол
# (plenty) heard. Its prefixed units spell no Kazakh word so and take it (грамм миллимоліне).
_UNITS_WITHOUT_POSSESSIVE = frozenset({"моль"})


def per_unit_dative(unit: str) -> str:
    """A unit's words as what an amount is per: the dative of its 3rd-person possessive (секундына, текше метріне),
    or the plain dative where the unit takes no possessive (мольге)."""
    return attach(unit, "ына") if per_unit_possessed(unit) else attach(unit, "ға")


def per_unit_possessed(unit: str) -> bool:
    """Whether the unit an amount is per takes the 3rd-person possessive: all but моль (`_UNITS_WITHOUT_POSSESSIVE`)."""
    return unit.rpartition(" ")[2].lower() not in _UNITS_WITHOUT_POSSESSIVE
