"""Signs said as words: operators, typed signs, honorifics, the ampersand, keys joined by a plus, letter grades and
stray digits."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize.marks import line_before
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER, attach_written, parse_suffixes
from tts_edition.normalize.numbers import cardinal_of, digits

# A sign between two numbers is an operator (137+168, 30×60); multiplication is often typed as the letter x or х.
# After a signed number it is none: +12+14°С is a range, which the number rule reads. Nor across a line break: a
# signed number opening a line under another is the column's next figure (474.3 / +0.97), its sign its own.
OPERATOR = re.compile(r"(?<=\d)(?<![+\-−–]\d)(?<![+\-−–]\d\d)[^\S\n]?(?P<sign>[+×xх·∙⋅•*])[^\S\n]?(?=\d)")
# A sign between two fractions is an operator too (7/15+4/15 → он бестен жеті плюс он бестен төрт, (1 2/3-1/6)∙2
# 2/3:55/6): read before the fractions are, while the digits on either side still show it; a bracket may close the
# fraction before it, open the one after it, and the one after it may be a mixed number. A hyphen subtracts only inside
# a bracket: elsewhere it is a range's (1/2-3/4 стакан).
FRACTION_OPERATOR = re.compile(
    r"(?:(?<=\d/\d)|(?<=\d/\d\d)|(?<=\d/\d\d\d)|(?<=\d/\d\))|(?<=\d/\d\d\)))"
    r"[^\S\n]?(?P<sign>[-+×·∙⋅*:])[^\S\n]?(?=\(?\d{1,3}(?: \d{1,3})?/\d)"
)
# What every such sign has after it (`Rule.needs`).
FRACTION_OPERATOR_MARK = re.compile(r"[-+×·∙⋅*:][^\S\n]?\(?\d{1,3}(?: \d{1,3})?/\d")
_FRACTION_SIGNS = {"-": "минус", ":": "бөлу"}


def speak_fraction_operator(match: re.Match[str]) -> str:
    """+ → плюс, ∙ → көбейту, : → бөлу; - → минус inside a bracket, else left for the range's rules."""
    sign = match["sign"]
    if sign == "-":
        before = line_before(match.string, match.start())
        if before.count("(") <= before.count(")"):
            return match.group()
    return f" {_FRACTION_SIGNS.get(sign) or SYMBOLS[_TYPED_SIGNS.get(sign, sign)]} "


# An interval's end at infinity typed in the Symbol font, whose ∞ shows as ¥ ((-¥; 3], [-2; +¥)): its sign and
# шексіздік, not the yen, nor the Ұ a legacy Kazakh font writes with it.
INFINITY_END = re.compile(r"(?<=[(\[;\s])(?P<sign>[-+−])¥(?=[ \t]?[;)\]])")
INFINITY_MARK = re.compile("¥")


def speak_infinity_end(match: re.Match[str]) -> str:
    """-¥ → минус шексіздік; +¥ → плюс шексіздік."""
    return f"{'плюс' if match['sign'] == '+' else 'минус'} шексіздік"


# A colon between numbers divides where an equality or a bracketed expression follows it (39:13=3, 552 : (9x 5)): a
# score (2:1), a time (9:00) or a ratio (1:100 000) has neither.
# So does one before the word for a quotient (3:14 бөліндісін).
DIVISION_COLON = re.compile(
    r"(?<=\d)[^\S\n]?:[^\S\n]?(?=\([^)\n]*\d|\d+(?:[.,]\d+)?(?:[^\S\n]?=(?!=)|[^\S\n]+бөлінді))"
)
# A slash between two bracketed expressions of numbers divides ((33∙3∙4)/(77∙9)).
BRACKET_SLASH = re.compile(r"(?<=\d\))[^\S\n]?/[^\S\n]?(?=\(\d)")
BRACKET_SLASH_MARK = re.compile(r"\)[^\S\n]?/[^\S\n]?\(")  # what every such slash holds (`Rule.needs`)
COLON = re.compile(":")  # what every match holds (`Rule.needs`)
# A hyphen after a bracketed sum or product of numbers, before a number, subtracts ((548+452)- 100): a range's
# hyphen joins bare numbers, and a bracket holding an operator closes an expression.
BRACKET_MINUS = re.compile(r"(?<=\d\))[^\S\n]?[-–−][^\S\n]?(?=\d)")
BRACKET_MINUS_MARK = re.compile(r"\)[^\S\n]?[-–−]")  # what every match holds (`Rule.needs`)
_BRACKETED_EXPRESSION = re.compile(r"\(\d[\d\s.,]*[+×xх·∙⋅*:][\d\s.,+×xх·∙⋅*:]*\)\Z")


def speak_bracket_minus(match: re.Match[str]) -> str:
    """(548+452)- 100 → (548+452) минус 100; a bracket without an operator ((1)- 2) keeps its hyphen."""
    opening = match.string.rfind("(", 0, match.start())
    if opening < 0 or not _BRACKETED_EXPRESSION.match(match.string[opening : match.start()]):
        return match.group()
    return " минус "


# A hyphen spaced between two numbers in a sentence that sums or multiplies numbers (Сабақтың тақырыбы: 37 + 7, 44 - 7
# түріндегі): the sentence writes arithmetic, so the hyphen subtracts as the plus beside it adds; elsewhere a spaced
# hyphen between numbers is a range's (2018 - 2019). The sign beside it may already be said (37 плюс 7).
ARITHMETIC_MINUS = re.compile(r"(?<=\d)[^\S\n][-−][^\S\n](?=\d)")
ARITHMETIC_MINUS_MARK = re.compile(r"[-−](?<=\d[^\S\n][-−])(?=[^\S\n]\d)")  # what every match holds (`Rule.needs`)
_ARITHMETIC = re.compile(r"\d[^\S\n]?[+×]\s?\d|\d (?:плюс|көбейту) \d")
_SENTENCE_END = re.compile(r"[.!?;\n]")
# Two years on either side of the hyphen, the later one after (2018 - 2019): a range, whatever the sentence sums.
_YEAR_BEFORE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)$")
_YEAR_AFTER = re.compile(r"(1[89]\d\d|20\d\d)(?!\d)")


def speak_arithmetic_minus(match: re.Match[str]) -> str:
    """44 - 7 beside 37 + 7 → 44 минус 7; a hyphen in a sentence with no sum or product keeps its range's reading,
    and so does a range of years (2018 - 2019)."""
    text = match.string
    first = _YEAR_BEFORE.search(text, max(0, match.start() - 4), match.start())
    later = _YEAR_AFTER.match(text, match.end())
    if first and later and int(first.group()) < int(later.group()):
        return match.group()
    start, end = abbr.sentence_around(match, _SENTENCE_END)
    return " минус " if _ARITHMETIC.search(text, start, end) else match.group()


# A test's result written as a sign after the initialism of what was tested, its minus a hyphen before a space (КВИ+
# және КВИ- жағдайлары, ПТР+ / ПТР-): the minus is said as the plus is (the symbol rule says + after a word), when the
# same capitals stand with a plus in the text; without that pair a hyphen after capitals is a word broken across a
# line or a suffix typed apart (ҚР- ның), and stays.
SIGNED_INITIALISM = re.compile(rf"(?<![\w-])(?P<letters>[{KAZAKH_UPPER}A-Z]{{2,6}})-(?=[\s),;:.]|$)")
PLUS_SIGN = re.compile(r"\+")  # what every text with a paired minus or a plus between amounts holds (`Rule.needs`)
# What every initialism before a hyphen ending its word holds (`Rule.needs`): its minus is read only beside its plus
# (`PLUS_SIGN`, its `Rule.when`).
HYPHEN_AFTER_CAPITAL = re.compile(rf"-(?<=[{KAZAKH_UPPER}A-Z]-)(?=[\s),;:.]|$)")
_NEXT_WORD = re.compile(rf"\s+([{KAZAKH_LOWER}]+)\b")


def speak_signed_initialism(match: re.Match[str]) -> str:
    """КВИ- → КВИ минус beside a КВИ+; the hyphen stays where no plus pairs it."""
    following = _NEXT_WORD.match(match.string, match.end())
    apart_suffix = following is not None and parse_suffixes(following[1]) is not None  # АҚШ- тың
    if f"{match['letters']}+" not in match.string or apart_suffix:
        return match.group()
    return f"{match['letters']} минус"


# The middle dot, its look-alikes the bullet and dot operators (1,013∙105) and a bullet typed for them (6.02•10), and
# the star of a typed product (3 · 4, 60*60 кафель) too; a dialled code's stars (*111*2118#) are the dialled code's,
# read before.
_TYPED_SIGNS = {"x": "×", "х": "×", "·": "×", "∙": "×", "⋅": "×", "•": "×", "*": "×"}

# The Arabic honorifics typed as one sign after a name: ﷺ is the Prophet's (с.ғ.с.), ﷻ God's.
_HONORIFICS = {"ﷺ": abbr.dotted_entry("с.ғ.с.").spoken, "ﷻ": "жәллә жәләлуһ"}
# A blessing after a holy name typed in capitals in brackets, as a heading in capitals writes it (ОМАРДЫҢ (Р.А),
# (С.Ғ.С.)): the table's blessing; its letters run together only in brackets, where no person's initials stand.
_HONORIFIC_READINGS = {re.sub(r"\W", "", w).upper(): e.spoken for w, e in abbr.table().items() if e.honorific}
_HONORIFIC_CAPITALS = "|".join(
    r"\.\s?".join(letters) + r"\.?" for letters in sorted(_HONORIFIC_READINGS, key=len, reverse=True)
)
BRACKETED_HONORIFIC = re.compile(rf"(?<=\()\s?(?P<abbr>{_HONORIFIC_CAPITALS})\s?(?=\))")
ROUND_BRACKET = re.compile(r"\(")


def speak_bracketed_honorific(match: re.Match[str]) -> str:
    return _HONORIFIC_READINGS[re.sub(r"\W", "", match["abbr"])]


# An ampersand between Latin words belongs to an English name and is said in English (Cash & Carry, AT&T → эй ти
# энд ти); elsewhere it is және.
AMPERSAND = re.compile("&")
# A test bank marks the right answer with an ampersand typed onto the option's first word or number after the option's
# letter and bracket (A) &вольтметрмен өлшенеді, B) &388 кг, C) &p=1 атм), or glued to a lone letter's bracket
# before a space (E)& шек қойылмаған, B)& 10 күннен): a mark for the eye, said as nothing; an ampersand after any
# other bracket (Johnson) & Johnson, Johnson)& Co) or spaced on both sides stays the word it is.
ANSWER_KEY_MARK = re.compile(
    rf"(?<=[A-Za-z{KAZAKH_UPPER}{KAZAKH_LOWER}]\))[ \t]?&(?=\w)"
    rf"|(?<=(?<![\w])[A-Za-z{KAZAKH_UPPER}{KAZAKH_LOWER}]\))&(?=[ \t]\w)"
)
LATIN_AMPERSAND = re.compile(r"(?<=[A-Za-z])\s*&\s*(?=[A-Za-z])")
SYMBOLS = {"%": "пайыз", "№": "нөмір", "&": "және", "§": "параграф", "§§": "параграфтар", "°": "градус", "+": "плюс",
           "=": "тең", "≠": "тең емес", "≤": "кіші немесе тең", "≥": "үлкен немесе тең", "×": "көбейту",
           "‰": "промилле", "⁺": "плюс", "∆": "дельта", "Δ": "дельта", **_HONORIFICS}  # fmt: skip
# ∆ (the increment sign) or a capital Δ written onto a quantity's letter or a number (∆Q %, ∆P%, ΔT, ∆2) is the change
# of it, said дельта as the math alphabets' reader says it (`formulas.MATH_LETTERS`); a capital Δ inside a Greek word
# (ΔΗΜΟΣ) is that word's letter, and a sign with nothing written onto it stays.
INCREMENT = re.compile(r"[∆Δ](?=[^\W_])(?![Α-Ωα-ω])")


# A plus between Latin words joins keys pressed together (Ctrl+Enter, Alt+F4); inside a Cyrillic word it is a
# stress mark (Тоқа+ев), said as nothing (`marks.UNREAD_SIGN`).
KEYS_TOGETHER = re.compile(r"(?<=[A-Za-z0-9])\+(?=[A-Za-z])")
# A spaced plus between two capitalised Latin names joins a duo's name as its ampersand does (Dan + Shay → дэн энд шэй,
# as Simon & Garfunkel); keys pressed together keep their плюс however they are spaced (Ctrl + Alt).
NAMES_JOINED_BY_PLUS = re.compile(r"(?<![\w+])(?P<first>[A-Z][a-z]+) \+ (?P<second>[A-Z][a-z]+)\b(?![+])")
PLUS = re.compile(r" \+ [A-Z]")
# A plus typed onto a word before a capitalised word joins the parts of a name (Newsroom+Ақпарат, Kaspi+Gold): said
# плюс. A stress mark stands inside a word before a small vowel (Тоқа+ев), never before a capital.
NAME_PARTS_BY_PLUS = re.compile(rf"(?<=[{KAZAKH_LOWER}a-z])\+(?=[{KAZAKH_UPPER}A-Z][{KAZAKH_LOWER}a-z])")
PLUS_BEFORE_CAPITAL = re.compile(rf"\+[{KAZAKH_UPPER}A-Z]")  # what every match holds (`Rule.needs`)
_KEY_NAMES = frozenset(
    "ctrl alt shift enter tab esc del delete cmd command option fn win space home end insert".split()
)


def join_names_by_plus(match: re.Match[str]) -> str:
    """Dan + Shay → Dan энд Shay; Ctrl + Enter stays for the plus of keys."""
    if {match["first"].lower(), match["second"].lower()} & _KEY_NAMES:
        return match.group()
    return f"{match['first']} энд {match['second']}"


# A letter grade (A-, B+, C+ in a transcript, typed in Latin letters or their Cyrillic look-alikes А, В, С): the
# letter's English name and плюс or минус. A minus grade stands before a space and a number or closes a quotation or
# a list, never before a word, which leaves a hyphen held over to the next word (А- және В-дәрумендері) and a code
# (В-52) alone.
_GRADE_LETTERS = {"А": "a", "В": "b", "С": "c"} | {ch: ch.lower() for ch in "ABCDF"}
LETTER_GRADE = re.compile(r"(?<![\w+\-−])(?P<letter>[A-DFАВС])(?P<sign>[+\-−])(?=\s\d|[»\"”,;)]|$)")


def speak_grade(match: re.Match[str]) -> str:
    sign = "плюс" if match["sign"] == "+" else "минус"
    return f"{abbr.LATIN_LETTER_NAMES[_GRADE_LETTERS[match['letter']]]} {sign}"


# A team game's format, players against players, is typed as a product beside the game (баскетбол (3*3), Баскетболдың
# 3х3 түрінен, 5х5 футбол): the sign is қарсы, three against three, no multiplication.
_TEAM_GAMES = r"(?:баскетбол|футбол|волейбол|хоккей|регби|гандбол)"
TEAM_FORMAT = re.compile(
    rf"(?P<before>\b{_TEAM_GAMES}\w*\s?\(?\s?)?(?<![\d.,])(?P<n>[1-9]|1[01])\s?[x×х*]\s?(?P=n)(?![\d.,])"
    rf"(?P<after>\)?\s?{_TEAM_GAMES}\w*)?",
    re.I,
)
TEAM_FORMAT_SIGN = re.compile(r"\d\s?[x×х*]\s?\d", re.I)  # what every match holds (`Rule.needs`): 3Х3 too


def speak_team_format(match: re.Match[str]) -> str:
    """3х3 beside a team game → үш қарсы үш; a product with no game beside it stays for the operator rule."""
    before, after = match["before"] or "", match["after"] or ""
    if not (before or after):
        return match.group()
    players = cardinal_of(match["n"])
    return f"{before}{players} қарсы {players}{after}"


# A plus between two amounts, the first with its unit (10 км+10 км, a skiathlon's two legs; 5 кг + 3 кг): the
# operator, said плюс, as between bare numbers; after a word that is no unit (Ел+1, ТОП+5) it is left.
AMOUNT_PLUS = re.compile(r"(?<=\d)(?P<unit>[ \u00a0]?[^\W\d_]{1,5})\s?\+\s?(?=\d)")


def speak_amount_plus(match: re.Match[str]) -> str:
    return f"{match['unit']} плюс " if match["unit"].strip() in abbr.of_kind("unit") else match.group()


def speak_operator(match: re.Match[str]) -> str:
    return f" {SYMBOLS[_TYPED_SIGNS.get(match['sign'], match['sign'])]} "


# A sign alone in quotes, named as a mark a method or a grade gives («+» немесе «-» әдіс арқылы): its name, the minus
# too, which elsewhere is a dash.
QUOTED_SIGN = re.compile(r"(?<=[«\"“„])(?P<sign>[+−–-])(?=[»\"”])")
QUOTED_SIGN_MARK = re.compile(r"[«\"“„][+−–-][»\"”]")


def speak_quoted_sign(match: re.Match[str]) -> str:
    return "плюс" if match["sign"] == "+" else "минус"


def speak_symbol(match: re.Match[str]) -> str:
    """A sign in words; a case suffix written on a sign standing alone is the word's (%-бен → пайызбен)."""
    return f" {attach_written(SYMBOLS[match['sign']], match['gap'], match['suf'])} "


@cache
def digit_like() -> str:
    """Characters that are digits but not decimal digits: superscripts, circled numbers… (a scan of Unicode that
    takes a hundredth of a second: made on first use, not at import)."""
    return "".join(ch for ch in map(chr, range(0x30000)) if ch.isdigit() and not ch.isdecimal())


def speak_stray_digits(match: re.Match[str]) -> str:
    """Digits no number rule read: as one number, or digit by digit when a zero opens them (GE.09 → нөл тоғыз), as a
    code keeps its zeros."""
    text = match.group()
    if all(unicodedata.decimal(ch, None) is not None for ch in text):
        written = "".join(str(unicodedata.decimal(ch)) for ch in text)
        return " " + (digits(written) if len(written) > 1 and written[0] == "0" else cardinal_of(written)) + " "
    return " " + " ".join(digits(str(unicodedata.digit(ch, 0))) for ch in text) + " "
