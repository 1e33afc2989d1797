"""The rewrite rules, in the order they run. Each turns one kind of written token into words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize.latin import read_latin, read_web_address
from tts_edition.normalize.morphology import inflect, parse_suffixes
from tts_edition.normalize.numbers import cardinal, decimal, digits, ordinal

KAZAKH_LOWER = "а-яәғқңөұүһіё"
KAZAKH_UPPER = "А-ЯӘҒҚҢӨҰҮҺІЁ"
SUFFIX = rf"[{KAZAKH_LOWER}]+"
MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
          "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]  # fmt: skip
CURRENCIES = {"$": "доллар", "€": "еуро", "₽": "рубль", "£": "фунт", "₸": "теңге"}
ORDINAL_MARKER = re.compile(r"^(?:ы|і)?н?(?:ші|шы)$")
ORDINAL_CONTEXT = re.compile(r"^(?:ғасыр|ғ\.|ғғ\.)")


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    speak: Callable[[re.Match[str]], str]


def attach(spoken: str, suffix: str | None, possessive: bool = False) -> str:
    """Re-inflect a written suffix ("-тен", "-ның") for the spoken form's last word; keep it when unreadable."""
    if not suffix:
        return spoken
    names = parse_suffixes(suffix)
    head, _, last = spoken.rpartition(" ")
    word = inflect(last, names, possessive) if names is not None else last + suffix
    return f"{head} {word}" if head else word


# --- numbers -------------------------------------------------------------------------------------

_INTEGER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+"
_UNITS = sorted(abbr.of_kind("unit"), key=len, reverse=True)
_UNIT = "|".join(re.escape(u) for u in _UNITS)
NUMBER = re.compile(
    rf"""(?<![\w.,])
    (?P<numero>№\s?)?
    (?P<sign>[-−+](?=[\d$€₽£₸]))?
    (?P<pre>[$€₽£₸]\s?)?
    (?P<a>{_INTEGER})(?:[.,](?P<af>\d+))?
    (?:\s?[-–—]\s?(?P<b>{_INTEGER})(?:[.,](?P<bf>\d+))?)?
    (?P<pct>\s?%)?
    (?:\s?(?P<unit>{_UNIT})(?:\.(?=\s[{KAZAKH_LOWER}]))?(?![\w²³]|\.\w))?
    (?P<post>\s?[$€₽£₸])?
    (?:-(?P<suf>[{KAZAKH_LOWER}]+))?""",
    re.X,
)


def _value(integer: str) -> int:
    return int(re.sub(r"\D", "", integer))


def _is_ordinal(match: re.Match[str], rest: str) -> bool:
    if match["numero"]:
        return True
    suffix = match["suf"]
    if suffix and (ORDINAL_MARKER.match(suffix) or parse_suffixes(suffix) is None):
        return True
    if suffix or match["pct"] or match["unit"] or match["af"] or match["pre"] or match["post"]:
        return False
    value = _value(match["b"] or match["a"])
    word = rest.split(maxsplit=1)[0].lower() if rest.strip() else ""
    if word.startswith("жылды") and not word.startswith(("жылдың", "жылды ")):
        return word == "жылды"  # жылдық, жылдығы: a count of years
    if word in ("жылы", "жылғы", "ж.") or word.startswith("ж."):
        return True
    if word.startswith("жыл"):
        return 1000 <= value <= 2999
    if value <= 31 and word.startswith(tuple(MONTHS)):
        return True
    return bool(ORDINAL_CONTEXT.match(word))


def _amount(integer: str, fraction: str | None, as_ordinal: bool) -> str:
    if fraction:
        return decimal(re.sub(r"\D", "", integer), fraction)
    return ordinal(_value(integer)) if as_ordinal else cardinal(_value(integer))


def speak_number(match: re.Match[str]) -> str:
    rest = match.string[match.end() :]
    as_ordinal = _is_ordinal(match, rest)
    words = _amount(match["a"], match["af"], as_ordinal)
    if match["b"]:
        words += " – " + _amount(match["b"], match["bf"], as_ordinal)
    if match["sign"]:
        words = {"+": "плюс "}.get(match["sign"], "минус ") + words
    if match["pct"]:
        words += " пайыз"
    if match["unit"]:
        words += " " + abbr.table()[match["unit"]].spoken
    currency = (match["pre"] or match["post"] or "").strip()
    if currency:
        words += " " + CURRENCIES[currency]
    suffix = match["suf"]
    if suffix and as_ordinal and not match["numero"]:
        return words if ORDINAL_MARKER.match(suffix) else f"{words} {suffix}"
    return attach(words, suffix)


# --- dates, times, phones ------------------------------------------------------------------------


def _date(year: str, month: str, day: str, suffix: str | None) -> str | None:
    m, d = int(month), int(day)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{ordinal(int(year))} жылғы {ordinal(d)} " + attach(MONTHS[m - 1], suffix)


def speak_date(match: re.Match[str]) -> str:
    return _date(match["y"], match["m"], match["d"], match["suf"]) or match.group()


def speak_time(match: re.Match[str]) -> str:
    minutes = match["min"]
    spoken_minutes = "нөл нөл" if minutes == "00" else (("нөл " if minutes[0] == "0" else "") + cardinal(int(minutes)))
    return attach(f"{cardinal(int(match['h']))} {spoken_minutes}", match["suf"])


def speak_phone(match: re.Match[str]) -> str:
    groups = re.findall(r"\d+", match.group())
    spoken = [("нөл " if g.startswith("0") and len(g) > 1 else "") + cardinal(int(g)) for g in groups]
    return ("плюс " if match.group().startswith("+") else "") + " ".join(spoken)


# --- roman numerals ------------------------------------------------------------------------------

_ROMAN_LOOKALIKES = str.maketrans("ІХСМ", "IXCM")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_CONTEXT = (
    r"(?:ғасыр|ғ\.|ғғ\.|тарау|том|бөлім|съезд|сынып|класс|кезең|дәреже|конгресс|форум|пленум|сессия|олимпиада)"
)
_ROMAN_TOKEN = r"[IVXLCDMІХСМ]{1,7}"


def roman_value(token: str) -> int | None:
    letters = token.translate(_ROMAN_LOOKALIKES)
    if not letters or any(ch not in _ROMAN_VALUES for ch in letters):
        return None
    total = 0
    for ch, nxt in zip(letters, letters[1:] + " ", strict=True):
        value = _ROMAN_VALUES[ch]
        total += -value if nxt != " " and _ROMAN_VALUES[nxt] > value else value
    return total if _to_roman(total) == letters else None


def _to_roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out, n = out + letters, n - value
    return out


def speak_roman(match: re.Match[str]) -> str:
    first, second = roman_value(match["r1"]), roman_value(match["r2"] or "I")
    if first is None or second is None:
        return match.group()
    words = ordinal(first) + (" – " + ordinal(second) if match["r2"] else "")
    return attach(words, match["suf"]) if match["suf"] and not ORDINAL_MARKER.match(match["suf"]) else words


_AFTER_NAME = re.compile(rf"[{KAZAKH_UPPER}A-Z][{KAZAKH_LOWER}a-z]+\s$")


def speak_any_roman(match: re.Match[str]) -> str:
    """With a context word (ғасыр, тарау…), or standing alone: two letters or more, or one after a name (Петр I)."""
    token = match["r1b"]
    if not token:
        return speak_roman(match)
    value = roman_value(token)
    after_name = bool(_AFTER_NAME.search(match.string[: match.start()]))
    if value and (len(token) > 1 or after_name):
        return ordinal(value)
    return match.group()


# --- abbreviations and initialisms ---------------------------------------------------------------

_DOTTED = sorted(abbr.of_kind("dotted"), key=len, reverse=True)


def speak_dotted(match: re.Match[str]) -> str:
    spoken = abbr.table()[match["abbr"]].spoken
    rest = match.string[match.end() :]
    ends_sentence = not rest.strip() or re.match(rf"\s+[{KAZAKH_UPPER}A-Z«\"]", rest)
    return spoken + ("." if ends_sentence else "")


def speak_initialism(match: re.Match[str]) -> str:
    word, suffix = match["word"], match["suf"]
    entry = abbr.table().get(word)
    if entry and entry.kind == "initialism":
        return attach(entry.spoken, suffix, entry.possessive)
    if word in abbr.table():
        return match.group()
    spoken = word.lower() if abbr.pronounceable(word) else abbr.spell(word)
    return attach(spoken, suffix)


# --- what is left --------------------------------------------------------------------------------

SYMBOLS = {"%": "пайыз", "№": "нөмір", "&": "және", "§": "параграф", "°": "градус", "+": "плюс", "=": "тең"}


def speak_symbol(match: re.Match[str]) -> str:
    return f" {SYMBOLS[match.group()]} "


# Characters that are digits but not decimal digits: superscripts, circled numbers…
_DIGIT_LIKE = "".join(ch for ch in map(chr, range(0x30000)) if ch.isdigit() and not ch.isdecimal())


def speak_stray_digits(match: re.Match[str]) -> str:
    text = match.group()
    if all(unicodedata.decimal(ch, None) is not None for ch in text):
        return " " + cardinal(int("".join(str(unicodedata.decimal(ch)) for ch in text))) + " "
    return " " + " ".join(digits(str(unicodedata.digit(ch, 0))) for ch in text) + " "


# Latin letters that look like Cyrillic ones, as they slip into Kazakh words typed on a mixed keyboard.
_LOOKALIKES = str.maketrans("aceopxyiAaBCEHIKMOPTXY", "асеорхуіАаВСЕНІКМОРТХУ")
_CYRILLIC_WORD_WITH_LATIN = re.compile(r"\b(?=\w*[\u0400-\u04ff])(?=\w*[A-Za-z])\w+\b")


def cyrillic_lookalikes(match: re.Match[str]) -> str:
    """A Cyrillic word with Latin look-alike letters in it is read as all Cyrillic ("Қaзaқстaн")."""
    word = match.group()
    latin = {ch for ch in word if ch.isascii() and ch.isalpha()}
    return word.translate(_LOOKALIKES) if latin <= set("aceopxyiAaBCEHIKMOPTXY") else word


RULES: list[Rule] = [
    Rule("look-alike letters", _CYRILLIC_WORD_WITH_LATIN, cyrillic_lookalikes),
    Rule(
        "web address",
        re.compile(
            r"(?:https?://|www\.)[^\s«»\"<>]+[^\s«»\"<>.,;:!?)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
            r"|\b[\w-]+(?:\.[\w-]+)*\.(?:kz|ru|com|org|net|gov|edu|info|io|uz|kg|рф|қаз)\b",
            re.I,
        ),
        read_web_address,
    ),
    Rule(
        "phone number", re.compile(r"(?<![\w+])\+\d[\d\s()-]{7,}\d|\b8\s?\(\d{3}\)\s?\d{3}-\d{2}-\d{2}\b"), speak_phone
    ),
    Rule(
        "ISO date",
        re.compile(rf"\b(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b(?:-(?P<suf>{SUFFIX}))?"),
        speak_date,
    ),
    Rule(
        "date",
        re.compile(rf"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}})\b(?:-(?P<suf>{SUFFIX}))?"),
        speak_date,
    ),
    Rule("time", re.compile(rf"\b(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\b(?:-(?P<suf>{SUFFIX}))?"), speak_time),
    Rule(
        "roman numeral",
        re.compile(
            rf"(?<![\w-])(?P<r1>{_ROMAN_TOKEN})(?:[-–—](?P<r2>{_ROMAN_TOKEN}))?(?:-(?P<suf>{SUFFIX}))?"
            rf"(?=\s+{_ROMAN_CONTEXT})|(?<![\w-])(?P<r1b>[IVXLCDM]{{1,7}})(?![\w-])"
        ),
        speak_any_roman,
    ),
    Rule("number", NUMBER, speak_number),
    Rule(
        "abbreviation",
        re.compile(rf"(?<![\w.])(?P<abbr>{'|'.join(re.escape(a) for a in _DOTTED)})(?!\w)"),
        speak_dotted,
    ),
    Rule(
        "initialism",
        re.compile(rf"(?<![\w-])(?P<word>[{KAZAKH_UPPER}]{{2,}})(?:-(?P<suf>{SUFFIX}))?(?![\w])"),
        speak_initialism,
    ),
    Rule(
        "scale word",
        re.compile(r"(?<!\w)(?P<unit>млн|млрд|трлн)(?:\.)?(?!\w)"),
        lambda m: abbr.table()[m["unit"]].spoken,
    ),
    Rule("digits", re.compile(rf"\d+|[{_DIGIT_LIKE}]+"), speak_stray_digits),
    Rule("latin word", re.compile(r"(?<![\w-])[A-Za-z][A-Za-z'’]*(?![\w])"), lambda m: read_latin(m.group())),
    Rule("symbol", re.compile(r"[%№&§°=]|(?<![\w])\+(?=\s)"), speak_symbol),
]
