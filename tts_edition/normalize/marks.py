"""Marks of web text a newsreader does not say, and the few that stand for a word.

Emoji, pictographs, dingbats, bullets, geometric shapes, stars and the signs of a right (✅ 📌 • ▪ ★ © ™) decorate a
line and are said as nothing; an arrow between words (Алматы → Астана, a -> b) is a pause, said as a dash; a
multiplication sign with no operand before it (a page's close button ×) is none. A sign of approximation or
tolerance before a number is its word: ~500 and ≈500 шамамен, ±2 плюс-минус; a tilde between numbers is a range's
dash (100~150). What the rules that read slashes, stars and tildes (units, fractions, codes, web addresses, ranges)
leave in the text, the voice would say in English (slash, asterisk, tilde, at sign): a slash, a backslash or a
tilde between two words is a pause (алады/сатады → алады, сатады); one at a word's edge or alone (/Астана/, // in a
reference), a footnote's star (мазмұны*, ***) and a tilde before no number are nothing; a soft hyphen's ¬ no broken
word took is a space; a minus sign standing apart between words is a dash; an at sign between words is эт, and one
glued to a year is the © it was typed for (@2021 — Designed by…), said as nothing."""

from __future__ import annotations

import re

from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER
from tts_edition.script import latin


def line_start(text: str, at: int) -> int:
    """Where the line of `text` that holds `at` begins (after the line break before it)."""
    return text.rfind("\n", 0, at) + 1


def line_before(text: str, at: int) -> str:
    """The part of `text`'s line before `at` (from the line break before it)."""
    return text[line_start(text, at) : at]


def line_after(text: str, at: int) -> str:
    """The part of `text`'s line from `at` (to the line break after it)."""
    line_end = text.find("\n", at)
    return text[at : len(text) if line_end < 0 else line_end]


def line_holding(text: str, start: int, end: int) -> str:
    """The whole line of `text` that holds text[start:end] (from the line break before it to the one after it)."""
    return line_before(text, start) + text[start:end] + line_after(text, end)


# A line's indent and the list's bullets a page puts before its item: dashes, dots, stars, squares, one or more
# (- •2.1. Зейнетақы нарығы; – 2020 жыл), said as nothing before the item's number.
LINE_BULLETS = r"[ \t]*(?:[-–—•▪·*][ \t]*)*"
# Those and an opening quotation mark, where a quoted heading or item opens the line («1.2 Кәсіпорындағы есеп»); a dash
# glued to the number after them is its minus (-0.93.), no bullet.
LINE_OPENING = rf"{LINE_BULLETS}(?:[«\"“][ \t]?)?(?<![-–—])"

# Emoji and pictographs (with their flags, skin tones, keycaps, variation selectors and joiners), arrows, geometric
# shapes, miscellaneous symbols and dingbats (but not the dingbats' circled digits ❶-➓, which are numbers), bullets,
# the signs of a right, and the blank Braille cell social pages space lines with (⠀, which the voice calls "braille").
_DECORATIVE = (
    "\U0001f000-\U0001faff\u2190-\u21ff\u25a0-\u25ff\u2600-\u2775\u2794-\u27bf\u2b00-\u2bff\u2800"
    "\u231a\u231b\u23e9-\u23fa\u2022\u2023\u2043\u2122\u2139\u00a9\u00ae\u3030\u303d\ufe0e\ufe0f\u200d\u20e3"
)
_ARROWS = "\u2190-\u21ff\u27a1\u2794-\u27bf\u2b05-\u2b07"
# An arrow between two words, drawn or typed (->, =>, -->): a pause.
ARROW_BETWEEN_WORDS = re.compile(rf"(?<=\w)[ \t]*(?:[{_ARROWS}]\ufe0f?|-+>|=+>)[ \t]*(?=\w)")
# What every such arrow holds (`Rule.needs`): a plain search, where the pattern's look-behind would try every place.
ARROW_MARK = re.compile(rf"[{_ARROWS}]|[-=]>")
# A run of decoration, with the space before it; or a multiplication sign nothing is multiplied by (no word, number
# or bracket before it on its line). A bullet between two digits is a typed multiplication sign (6.02•10), which the
# operator's rule reads, and a triangle's shape before capitals is geometry's sign for a triangle (△ABC), which the
# geometry sign's rule reads.
DECORATION = re.compile(rf"[ \t]?(?!(?<=\d)\u2022\d|△[A-Z])[{_DECORATIVE}]+|(?<![\w)\]])(?<![\w)\]][ \t])×")
DECORATION_MARK = re.compile(rf"[{_DECORATIVE}×]")
# A smiley typed in Wingdings: mail and word processors turn :) into a J of that font, and text copied out of them
# keeps the letter (Фильм өте ұнады! J Актерлер…, күлкіге қарық болдық JJJ Актерлік…). A run of one to three capital
# J's alone after a sentence's stop or a Cyrillic word, before a capitalised Cyrillic word, a quote's end or the
# line's end, with the space before it: said as nothing. Not a J in Latin text, nor one before a stop, a hyphen or a
# digit (J. Smith, J-pop, J1 визасы).
TYPED_SMILEY = re.compile(
    r"(?:(?<=[!?.)])|(?<=[а-яёәғқңөұүһі]))[ \t]J{1,3}(?=[ \t]+[А-ЯЁӘҒҚҢӨҰҮҺІ«\"]|[ \t]*(?:$|[»\"]))", re.M
)
SMILEY_LETTER = re.compile("J")  # what every such smiley holds (`Rule.needs`)
# A diacritic shown on its own, as a text on alphabets names it (умляут ( ̈ ), макрон ( ˉ )): a combining mark on no
# letter, or a spacing modifier outside a word, which the voice cannot read as Kazakh; said as nothing, as the text's
# word for it is said.
# Words in a script no voice of the edition reads, Chinese characters, Japanese kana, Korean, Georgian, Armenian,
# Hebrew, Thai or Devanagari (a site's language menu: • 中文; a name's own spelling after it: Си Цзиньпин (习近平)):
# said as nothing, as a newsreader passes over them; the build still names their letters among what went unread.
_UNREAD_SCRIPTS = (
    "\u0530-\u058f\u0590-\u05ff\u0900-\u097f\u0e00-\u0e7f\u10a0-\u10ff\u1100-\u11ff"
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
)
UNREAD_SCRIPT = re.compile(f"[{_UNREAD_SCRIPTS}]+(?:[ \t]+[{_UNREAD_SCRIPTS}]+)*")
# A dictionary's stress mark on a Cyrillic vowel (келі́, төркі́н) is not said either; but an acute on a Cyrillic а, о
# or у opening a Latin word is the 2018 alphabet's á, ó, ý typed with the look-alike (О́zin: Ózin, Өзін), made that
# Latin letter for the Latin Kazakh reader (`latin.ACUTE_ON_LOOKALIKE`).
LONE_DIACRITIC = re.compile(
    r"(?<![^\W\d_])[\u0300-\u036f]+|(?<!\w)[\u02c2-\u02df\u02e5-\u02ff]+(?!\w)"
    rf"|(?P<lookalike>{latin.ACUTE_ON_LOOKALIKE.pattern})"
    r"|(?<=[аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ])\u0301",
    re.I,
)


def speak_lone_diacritic(match: re.Match[str]) -> str:
    """Nothing for a lone diacritic or a stress mark; the Latin acute letter a Cyrillic look-alike with one is."""
    return "" if match["lookalike"] is None else latin.acute_latin_letter(match)


LONE_DIACRITIC_MARK = re.compile(r"[\u0300-\u036f\u02c2-\u02df\u02e5-\u02ff]")

_APPROXIMATE_WORDS = {"~": "шамамен", "∼": "шамамен", "≈": "шамамен", "±": "плюс-минус"}
# A sign of approximation or tolerance before a number (~500 адам, ≈ 30%, ±2 градус); a tilde after a number is a
# range's dash (100~150 адам: жүз – жүз елу), read with the range.
_TILDES = "~∼"
_SIGNS_BEFORE = "".join(sign for sign in _APPROXIMATE_WORDS if sign not in _TILDES)
# A tolerance typed as a plus, a slash and a minus (+ / - 1 пайыздық тармақ, +/-2°C) is ± too.
_PLUS_SLASH_MINUS = r"\+[ \t]?/[ \t]?[-−–]"
APPROXIMATE = re.compile(rf"(?P<sign>[{_SIGNS_BEFORE}]|{_PLUS_SLASH_MINUS}|(?<!\d)(?<!\d[ \t])[{_TILDES}])[ \t]?(?=\d)")
APPROXIMATE_MARK = re.compile(f"[{''.join(_APPROXIMATE_WORDS)}]|\\+[ \t]?/")  # what every match holds (`Rule.needs`)


def speak_approximate(match: re.Match[str]) -> str:
    """≈ 30% → шамамен 30%; π≈3,14 → π шамамен 3,14: set apart from what is written onto it."""
    glued = match.start() > 0 and not match.string[match.start() - 1].isspace()
    sign = "±" if match["sign"].startswith("+") else match["sign"]
    return f"{' ' if glued else ''}{_APPROXIMATE_WORDS[sign]} "


# A slash (or a backslash typed for one) or a tilde between two words, letters touching it on both sides: a pause,
# said as a comma.
WORD_SLASH = re.compile(r"(?<=[^\W\d_])[ \t]?[/\\~∼][ \t]?(?=[^\W\d_])")
# A slash with a letter on one side only, or none (/Астана/, «…» // Молодой учёный), a run of stars no rule read as
# a product (мазмұны*, *айлық, ***, А*Б: the voice would name the sign in English), a tilde no number follows and a
# number sign apart from any word (a table's "# of" column; not a hashtag, C#, or # 5, which the number rule reads as
# №): nothing.
STRAY_MARK = re.compile(r"(?<![^\W\d_])[/\\]+|[/\\]+(?![^\W\d_])|\*+|[~∼](?![ \t]?\d)|(?<!\w)#+(?!\w)")
# A plus or a minus sign no rule read ($n+1$ in a formula's markup, 8,2− an option's value cut short): said in
# Kazakh, as the voice would name it in English; one opening a line's item before its first word (*+мәмілеге, a test
# bank's key to the right answer), standing alone on its line (a table's empty cell) or inside a word before a small
# vowel (Тоқа+ев, the stress a dictionary marks) is a mark for the eye, said as nothing.
UNREAD_SIGN = re.compile(
    r"^[ \t]*\+(?=[^\W\d_])|^[ \t]*[+−][ \t]*$|(?<=[^\W\d_])\+(?=[аәеёиоөуұүыіэюя])|(?P<sign>[+−])", re.M
)
PLUS_OR_MINUS = re.compile("[+−]")
_SIGN_WORDS = {"+": "плюс", "−": "минус"}
# A time zone's offset typed onto its name (UTC+6, GMT−3): the sign is the offset's, said apart before its hours;
# left to the rule above, the plus would be a stress mark inside a word once both sides are said (ю ти си+алты).
ZONE_OFFSET = re.compile(r"(?<=UTC|GMT)(?P<sign>[+−])(?=\d)")
ZONE_NAME = re.compile("UTC|GMT")  # what every match follows (`Rule.needs`)


def speak_zone_offset(match: re.Match[str]) -> str:
    return f" {_SIGN_WORDS[match['sign']]} "


def speak_unread_sign(match: re.Match[str]) -> str:
    if not match["sign"]:
        return ""
    text, start, end = match.string, match.start(), match.end()
    before = " " if start and not text[start - 1].isspace() else ""
    after = " " if end < len(text) and not text[end].isspace() else ""
    return f"{before}{_SIGN_WORDS[match['sign']]}{after}"


# A minus sign standing apart between words, typed for a dash (балы − 70), or opening a text's first line before a
# word, a reply's dash in an interview (− Біздің елдің…): a dash, or the voice says "minus" in English.
SPACED_MINUS = re.compile(r"(?<=\s)−(?=\s)|\A[ \t]*−(?=[ \t]+[^\W\d_])")
MINUS_SIGN = re.compile("−")
# A soft hyphen's ¬ that no broken word took (Динбаева.¬облыстық): a space, or the voice says its name.
STRAY_SOFT_HYPHEN = re.compile("¬")
SLASH_OR_STAR = re.compile(r"[/\\*~∼#]")
# An at sign between words that no address rule read (Digital Rights@KZ): said as in an e-mail address.
AT_BETWEEN_WORDS = re.compile(r"(?<=\w)[ \t]?@[ \t]?(?=\w)")
AT_SIGN = re.compile("@")
# An at sign glued to a year, which no address or account name took (an account name begins with a letter): a page
# footer's © typed with the sign beside it (@2021 — Designed by…), said as nothing, as © is.
AT_BEFORE_YEAR = re.compile(r"(?<![\w.+@-])@(?=(?:1[89]|20)\d\d(?!\w))")
# A C in brackets, Latin or Cyrillic, opening a copyright line, the rights holder's name after it (an author's
# capital, a publisher's quoted name) and the year ending the line, is the © typed as keyboards allow ((C) Оспанов
# Т. Қ., 2022; (C) <<Атамұра>>, 2022): the sign it stands for, not си. A bracketed letter elsewhere is a label.
TYPED_COPYRIGHT = re.compile(
    r"^(?P<lead>[ \t]*)\([CСcс]\)(?=[ \t]*(?:[«\"“<]|[^\W\d_])[^\n]*?(?<!\d)(?:1[89]|20)\d\d\.?[ \t]*$)", re.M
)
TYPED_COPYRIGHT_NEEDS = re.compile(r"\([CСcс]\)")  # what every match holds (`Rule.needs`)
# An at sign glued to a name in Cyrillic that no e-mail address holds (a photo credit's @РИА Новости, an account
# written @Тенгри): the account's name is said without it, as a Latin one is (@tengrinews → тенгриньюс), where the
# between-words rule would say "эт" and a line's first one was left for the voice to name in English.
AT_BEFORE_CYRILLIC_NAME = re.compile(rf"(?<![\w.+@-])@(?=[{KAZAKH_UPPER}{KAZAKH_LOWER}])")

# A test bank's key: the plus a page glues to the right answer's last word (1. факт+, 3. лагерьға+, 2. -тал, -маш+),
# said as nothing. Only on a line opening with an option's number or letter and ending on that plus after a small
# letter; ОПЕК+ (capitals), a plus between words or numbers and one before a word stay the symbol rule's (плюс).
ANSWER_KEY_PLUS = re.compile(
    rf"^(?P<option>[ \t]*(?:\d{{1,3}}|[A-Ea-eА-ЕӘБВГҒДа-д])[.)][^\n+]*[{KAZAKH_LOWER}])\+(?=[ \t]*$)", re.M
)
