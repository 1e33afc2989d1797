"""Two numbers read as one: fractions, ratios, scores, map scales, blood pressure, minute marks and fight records."""

from __future__ import annotations

import re
import unicodedata

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import blood, dates
from tts_edition.normalize.formulas import OPTION_LETTER
from tts_edition.normalize.marks import line_start
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER, SUFFIX, attach
from tts_edition.normalize.numbers import cardinal, cardinal_of, number_of, ordinal_of

# A common fraction: numerator, slash, denominator (2/3, 1/5-і, 999/1000); a slash with a space either side joins
# two one-digit numbers (Арман 1 / 2 бетті оқыды).
FRACTION = re.compile(
    rf"(?<![\w./])(?P<n>\d{{1,3}})(?P<gap> ?)/(?P=gap)(?P<d>\d{{1,4}})(?![\w/])(?:-(?P<suf>{SUFFIX}))?"
)
# A clause that speaks of fractions (бөлшек, бөлшегін) makes every slash pair in it one, the improper too (9/8, 4/1 –
# бұрыс бөлшек), and a number hyphenated onto алымы or бөлімі the value of that part (15-алымы, 17-бөлімі).
# So does an exercise that asks for a number in another form (Процент түрінде жазыңыз:119/700): what it converts is a
# fraction.
_FRACTION_TALK = re.compile(r"(?<!\w)бөлше[кг]|түрінде жаз", re.I)
_SLASH_PAIR = re.compile(r"\d ?/ ?\d")
# Two consecutive numbers of two or three digits joined by a slash name a span of two, not a fraction (экспедицияның
# 56/57 экипаждары, 23/24 маусымы); a power of ten stays a fraction's denominator (99/100).
CONSECUTIVE_PAIR = re.compile(rf"(?<![\w./])(?P<n>\d{{2,3}})/(?P<d>\d{{2,4}})(?![\w/])(?:-(?P<suf>{SUFFIX}))?")
_POWERS_OF_TEN = ("100", "1000")
FRACTION_PART = re.compile(rf"(?<![\w.,/-])(?P<n>\d{{1,4}})-(?P<part>(?:алым|бөлім)[{KAZAKH_LOWER}]*)(?![\w-])")


# A voltage class: the voltages of a substation's or transformer's windings joined by slashes, the last perhaps split
# by a hyphen, before кВ (110/10 кВ, 110/35/10 кВ-қа, 0,4/10 кВ, 110/10-10 кВ): each voltage said as a number, a slash
# as бөлу, as a code's slash is, and the hyphen as a dash; no fraction, and no list said with commas.
_VOLTAGE = r"\d{1,4}(?:,\d{1,2})?"
VOLTAGE_CLASS = re.compile(
    rf"(?<![\w.,/-])(?P<terms>{_VOLTAGE}(?:/{_VOLTAGE})+(?:-{_VOLTAGE})?)[ \u00a0]?(?P<unit>кВ|kV)(?![\w])"
    rf"(?:-(?P<suf>{SUFFIX}))?"
)
VOLTAGE_SIGN = re.compile(r"\d/[\d,/-]*\d[ \u00a0]?(?:кВ|kV)")


def speak_voltage_class(match: re.Match[str]) -> str:
    """110/10-10 кВ → жүз он бөлу он – он киловольт; 0,4/10 кВ-қа → нөл бүтін оннан төрт бөлу он киловольтқа."""
    windings = " бөлу ".join(
        " – ".join(number_of(part) for part in term.split("-")) for term in match["terms"].split("/")
    )
    return f"{windings} {attach(abbr.of_kind('unit')['кВ'].spoken, match['suf'])}"


# Vulgar fractions (½, ¾, ⅞) and Roman numerals written as single characters (Ⅻ, ⅻ), after an optional whole number.
_FORM = r"[\u00bc-\u00be\u2150-\u215e\u2189\u2160-\u2188]"  # vulgar fractions and Roman numeral signs
NUMBER_FORM = re.compile(rf"(?<!\d)(?P<whole>\d+)?(?P<form>{_FORM})")
FORM_SIGN = re.compile(_FORM)


def speak_number_form(match: re.Match[str]) -> str:
    """½ → жарты, 2½ → 2 жарым; ¾ → 3/4 and 1¾ → 1 бүтін 3/4 for the fraction rule; Ⅻ → XII for the Roman one."""
    whole, form = match["whole"], match["form"]
    if form == "½":
        return f"{whole} жарым" if whole else "жарты"
    folded = unicodedata.normalize("NFKC", form).replace("\u2044", "/")
    if folded.isalpha():
        return f"{whole or ''} {folded.upper()}".lstrip()
    return f"{whole} бүтін {folded}" if whole else folded


# The colon of a ratio, close up or spaced on both sides alike (1:3, 1 : 2); a colon spaced on one side only ends a
# label (саны 5: …).
_RATIO_COLON = r"(?P<gap>[ \u00a0]?):(?P=gap)"

# A scale: one to a thousand or more, its thousands grouped or not (масштабы 1:100 000, 1:50000, 1 : 50 000): a ratio
# said with a dash, as a score is (бір – жүз мың); no clock or score has so large a second part.
SCALE = re.compile(
    r"(?<![\d.,:])1"
    + _RATIO_COLON
    + r"(?P<b>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{4,9})(?![\d:,.]\d)(?:-(?P<suf>"
    + SUFFIX
    + r"))?"
)


def speak_scale(match: re.Match[str]) -> str:
    denominator = re.sub(r"\D", "", match["b"])
    return attach(f"бір – {cardinal_of(denominator)}", match["suf"])


# A score: two numbers around a colon that no time rule took (2:1, 0:2, 4:6 (3:0)), as the Russian reader takes it;
# the Kazakh rules read it as a ratio (below); the time rule reads 11:15.
SCORE = re.compile(rf"(?<![\d.,:])(?P<a>\d{{1,3}}):(?P<b>\d{{1,3}})(?![\d:]|\s\d{{3}}\b)(?:-(?P<suf>{SUFFIX}))?")

# A ratio: a score's numbers, or two or more terms of a proportion, any of them a decimal, around colons that no time
# rule took (2:1, 3:1 қатынаста, 1 : 2, ерлер мен әйелдер 1:1,06, 1:1,5:0,7 қатынасында); the time rule reads 11:15.
_RATIO_TERM = r"\d{1,3}(?:,\d{1,3})?"
RATIO = re.compile(
    rf"(?<![\d.,:])(?P<terms>{_RATIO_TERM}(?:{_RATIO_COLON}{_RATIO_TERM})+)(?![\d:]|,\d|\s\d{{3}}\b)"
    rf"(?:-(?P<suf>{SUFFIX}))?"
)


# A match minute written with a prime or a backtick after it (35′, Левандовски 35`, 90+3′): the minute's ordinal
# and the word, the added minutes said after плюс as a minute written with a hyphen is (90+2-минутта).
MINUTE_MARK = re.compile(r"(?<![\w.,+°])(?P<n>\d{1,3})(?:\+(?P<extra>\d{1,2}))?\s?[`′](?![\w`′])")


def speak_minute_mark(match: re.Match[str]) -> str:
    if match["extra"]:
        return f"{cardinal_of(match['n'])} плюс {ordinal_of(cardinal_of(match['extra']))} минут"
    return f"{ordinal_of(cardinal_of(match['n']))} минут"


# A fighter's record before the knockouts it holds: wins, losses and draws, then КО typed in Cyrillic or Latin
# letters, apart or glued ((36-0, 33 КО), (10-0, 6 KO), (7-1-1, 4 КО), (15-0, 10KO)). The knockouts decide the
# reading: each count is a cardinal said apart with a dash, as a score is, and КО is нокаут in either script.
FIGHT_RECORD = re.compile(
    r"(?<![\w.,:/-])(?P<tally>\d{1,3}(?:-\d{1,3}){1,2}),[ \u00a0]?(?P<ko>\d{1,3})[ \u00a0]?[КK][ОO](?![\w-])"
)
KNOCKOUT = re.compile(r"\d[ \u00a0]?[КK][ОO]")


def speak_fight_record(match: re.Match[str]) -> str:
    """(36-0, 33 КО) → отыз алты – нөл, отыз үш нокаут; (7-1-1, 4 KO) → жеті – бір – бір, төрт нокаут."""
    tally = " – ".join(cardinal_of(count) for count in match["tally"].split("-"))
    return f"{tally}, {cardinal_of(match['ko'])} нокаут"


# A fighter's record alone in brackets after the fighter's name, without the knockouts FIGHT_RECORD needs: wins,
# losses and draws (Мореномен (23-10-2), Қазанғапов (0-0-1)). Each count is a cardinal said apart with a dash, as the
# record with its knockouts is, not a pair of counts that guesses a number (он-екі, бес-алты) nor an instalment
# code's zeros (0-0-12 → нөл нөл он екі). The capitalised name before it says whose tally it is; after a common word
# the three numbers are left to the rules that read codes and ranges.
BARE_FIGHT_RECORD = re.compile(
    rf"(?P<name>(?<![\w-])[{KAZAKH_UPPER}A-Z][^\W\d_]+)[ \u00a0]\((?P<tally>\d{{1,3}}-\d{{1,3}}-\d{{1,3}})\)"
)
BARE_FIGHT_RECORD_MARK = re.compile(r"-\d{1,3}-\d{1,3}\)")  # what every bare record holds (`Rule.needs`)


def speak_bare_fight_record(match: re.Match[str]) -> str:
    """Мореномен (23-10-2) → Мореномен (жиырма үш – он – екі); Қазанғапов (0-0-1) → (нөл – нөл – бір)."""
    tally = " – ".join(cardinal_of(count) for count in match["tally"].split("-"))
    return f"{match['name']} ({tally})"


# A game clock past the hours a time of day reaches: minutes and seconds, the seconds written with two digits, a
# zero first (26:05, 65:00 in a hockey protocol, 48:09 for a lap); no score is written so, and no proportion.
_GAME_CLOCK = re.compile(r"(?P<min>\d{1,3}):(?P<sec>0\d)")


def _clock_seconds(seconds: str) -> str:
    """05 → нөл бес, 00 → нөл нөл: the zero said, as a time of day says its minutes (17:09 → он жеті нөл тоғыз)."""
    return "нөл " + cardinal_of(seconds[1])


def speak_ratio(match: re.Match[str]) -> str:
    """2:1 → екі – бір, as sport news reads a score, and so every ratio; 3:0-ге → үш – нөлге; 1 : 1,06 → бір – бір
    бүтін жүзден алты; a game clock's zero-led seconds keep their zero (26:05 → жиырма алты нөл бес)."""
    clock = _GAME_CLOCK.fullmatch(match["terms"])
    if clock:
        return attach(f"{cardinal_of(clock['min'])} {_clock_seconds(clock['sec'])}", match["suf"])
    terms = re.split(r"\s?:\s?", match["terms"])
    return attach(" – ".join(number_of(term) for term in terms), match["suf"])


def _clause_of(match: re.Match[str]) -> str:
    """The clause a match stands in: from the last stop before it to the first after it."""
    before = re.split(r"[.!?;\n]", match.string[: match.start()])[-1]
    after = re.split(r"[.!?;\n]", match.string[match.end() :])[0]
    return before + match.group() + after


# A test's answer option reads in its question's context: the lines of options under a question about fractions
# (8.Дұрыс бөлшекті табыңыз: / А)12/5 В)8/5) hold fractions, the improper too. The option's letter may be said
# already (а) 12/5, вэ) 8/5), its bracket gone.
_OPTION_LINE = re.compile(rf"[ \t]*(?:[-–•][ \t]*)?(?:{OPTION_LETTER})(?:\)|[ \t])")
_OPTION_LINES_UP = 8


def _context_of(match: re.Match[str]) -> str:
    """The match's clause, and on an answer option's line the lines above it up to the question's."""
    text, clause = match.string, _clause_of(match)
    start = line_start(text, match.start())
    if not _OPTION_LINE.match(text, start):
        return clause
    above = []
    for _ in range(_OPTION_LINES_UP):
        if start == 0:
            break
        previous = text.rfind("\n", 0, start - 1) + 1
        above.append(text[previous : start - 1])
        start = previous
        if not _OPTION_LINE.match(above[-1]):
            break
    return "\n".join([clause, *above])


# An operation's sign said before a slash pair (… бөлу 55/6, written 2/3:55/6): the pair is an operand, a fraction.
_AFTER_OPERATOR = re.compile(r"(?<!\w)(?:плюс|минус|көбейту|бөлу)[ \t]\Z")


def _is_fraction(match: re.Match[str]) -> bool:
    """A proper pair of small numbers is a fraction (2/3, 15/17) and so is one over a power of ten (7/1000,
    999/1000); in a clause about fractions (or an option under a question about them) and after an operation's word
    any pair is (5/5, 9/8, 4/1); 24/7, 12/2024 and 105/233 stay codes. Spaced out, only one digit over one digit
    (1 / 2) is."""
    numerator, denominator = int(match["n"]), int(match["d"])
    if numerator == 0 or denominator == 0:
        return False
    proper = numerator < denominator
    if match["gap"]:
        return proper and denominator < 10
    if proper and (str(denominator) in ("10", "100", "1000") or (numerator < 100 and denominator < 1000)):
        return True
    if denominator >= 1000:
        return False
    return bool(
        _AFTER_OPERATOR.search(match.string, max(0, match.start() - 12), match.start())
        or _FRACTION_TALK.search(_context_of(match))
    )


def _is_consecutive_pair(match: re.Match[str]) -> bool:
    """56/57: the second number the next after the first and no power of ten, in a clause not about fractions."""
    consecutive = int(match["d"]) == int(match["n"]) + 1 and match["d"] not in _POWERS_OF_TEN
    return consecutive and not _FRACTION_TALK.search(_clause_of(match))


def speak_consecutive_pair(match: re.Match[str]) -> str:
    """56/57 экипаждары → елу алты – елу жеті экипаждары, as the dash writes the span (56-57); days before a month
    are their ordinals (12/13 шілде → он екінші – он үшінші шілде)."""
    if not _is_consecutive_pair(match):
        return match.group()
    if _names_days(match):
        return f"{ordinal_of(cardinal_of(match['n']))} – {ordinal_of(cardinal_of(match['d']))}"
    return f"{cardinal_of(match['n'])} – {attach(cardinal_of(match['d']), match['suf'])}"


def _names_days(match: re.Match[str]) -> bool:
    """12/13 шілде: two days of a month, a month's name after them and no suffix on the second."""
    days = int(match["d"]) <= dates.LAST_DAY and not match["suf"]
    return days and bool(dates.MONTH_AFTER_DAYS.match(match.string, match.end()))


# A mixed number: a whole number, a space and a fraction (1 2/3, А)4 3/23): the whole said with бүтін before the
# fraction (бір бүтін үштен екі), as 1¾ is; the fraction proper, or any where the context speaks of fractions.
MIXED_NUMBER = re.compile(r"(?<![\w.,/])(?P<whole>\d{1,3}) (?P<n>\d{1,3})/(?P<d>\d{1,3})(?![\w/]|[.,]\d)")
MIXED_NUMBER_MARK = re.compile(r" (?<=\d )\d{1,3}/\d")  # what every mixed number holds (`Rule.needs`)


def speak_mixed_number(match: re.Match[str]) -> str:
    """1 2/3 → бір бүтін 2/3, for the fraction rule to read the fraction; 4 23/3 outside fraction talk stays."""
    numerator, denominator = int(match["n"]), int(match["d"])
    if numerator == 0 or denominator == 0:
        return match.group()
    if numerator >= denominator and not _FRACTION_TALK.search(_context_of(match)):
        return match.group()
    return f"{cardinal_of(match['whole'])} бүтін {match['n']}/{match['d']}"


def speak_fraction(match: re.Match[str]) -> str:
    """2/3 → үштен екі: the denominator in the ablative, then the numerator; 24/7 is no fraction."""
    if not _is_fraction(match):
        return match.group()
    numerator, denominator = int(match["n"]), int(match["d"])
    return attach(f"{attach(cardinal(denominator), 'дан')} {cardinal(numerator)}", match["suf"])


def speak_blood_pressure(match: re.Match[str]) -> str:
    """120/80 in a clause about pressure → жүз жиырмаға сексен; elsewhere the pair is left to the other slash rules."""
    upper, lower = int(match["upper"]), int(match["lower"])
    unit = bool(match["unit"])
    if not blood.is_pressure(upper, lower) or not (unit or blood.PRESSURE_TALK.search(_clause_of(match))):
        return match.group()
    return blood.speak_pressure(upper, lower, match["suf"], unit)


def speak_fraction_part(match: re.Match[str]) -> str:
    """15/17 … 15-алымы, 17-бөлімі → он бес – алымы, он жеті – бөлімі where the clause writes a fraction or speaks of
    one; elsewhere 2-бөлімі is a section's place (екінші бөлімі), left to the number rule."""
    clause = _clause_of(match)
    if not (_SLASH_PAIR.search(clause) or _FRACTION_TALK.search(clause)):
        return match.group()
    return f"{cardinal_of(match['n'])} – {match['part']}"
