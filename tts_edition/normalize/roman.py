"""Roman numerals: XXI ғасыр, ІІ жартыжылдық, І орын, ІІ ауысым (Cyrillic look-alikes too), Петр I, І Петр; ordinals,
but for the parts a thing is held in or made of (IV кезең бойынша өтеді)."""

from __future__ import annotations

import re
from functools import lru_cache

from tts_edition.normalize.chemistry import KAZAKH_NAMES
from tts_edition.normalize.marks import line_before, line_holding, line_start
from tts_edition.normalize.morphology import (
    KAZAKH_LOWER,
    KAZAKH_UPPER,
    LIST_CONJUNCTION,
    ORDINAL_ENDING,
    ORDINAL_MARKER,
    SUFFIX,
    attach,
    hyphenated_word,
)
from tts_edition.normalize.numbers import cardinal, ordinal
from tts_edition.normalize.provenance import Spoken

_ROMAN_LOOKALIKES = str.maketrans("ІХСМҮ", "IXCMV")  # Ү is typed for V (ХҮІІ ғасыр)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_CONTEXT = (
    r"(?:ғасыр|ғ\.|ғғ\.|тарау|том|бөлім|съезд|сынып|класс|кезең|дәреже|конгресс|форум|пленум|сессия|олимпиада"
    r"|топ|тоқсан|жартыжылдық|деңгей|курс|санат|категория|ғ\.ғ\.|тур|ойын|халықаралық|республикалық|чемпионат"
    r"|орын(?!басар)|орны|ауысым|мәрте|рет"
    # an edition of games or contests: its season or level said before the event (Х қысқы гимназиада, V облыстық)
    r"|қысқы|жазғы|облыстық|аудандық|қалалық|спартакиада|универсиада)"
)
ROMAN_TOKEN = r"[IVXLCDMІХСМҮ]{1,7}"


# A century's numeral hyphened onto the word before it, a contents line's dash typed as a hyphen with no spaces
# (Шыңғыс хан-ХІІІ ғасырдың ұлы қолбасшысы, тұлғасы-XIII ғасыр): the hyphen is the dash, given its spaces so the
# numeral reads as a century's. Only before ғасыр or ғ.; a code's letters after a hyphen (ТҚ-ІІ) are no word's.
HYPHENED_CENTURY = re.compile(rf"(?<=[{KAZAKH_LOWER}]{{2}})-(?P<numeral>{ROMAN_TOKEN})(?=\s*ғасыр|\s?ғ\.|\s?ғғ\.)")
HYPHENED_CENTURY_NEEDS = re.compile(r"-[IVXLCDMІХСМҮ]")  # the hyphen first: a fast scan


def part_hyphened_century(match: re.Match[str]) -> str:
    """хан-ХІІІ ғасырдың → хан – ХІІІ ғасырдың; a run of letters that is no numeral stays."""
    if roman_value(match["numeral"]) is None:
        return match.group()
    return f" – {match['numeral']}"


# A century's numeral with the digit one typed for I (Х1Х ғасырдың, ХV11 ғасыр, Х1 ғ., ХV111-Х1Х ғасырлар): the ones
# are the numeral's I, so the run is given them and read by the numeral rule as a century's. Only before ғасыр or ғ.
# (a range's end may stand between), and only a run holding a numeral's letter besides the ones: 1 ғасыр and 11 ғасыр
# are counts, and a code's run (Х1Х-45) has no century word after it.
_ONE_RUN = r"[IVXІХҮ1]{1,8}"
DIGIT_ONE_CENTURY = re.compile(
    rf"(?<![\w-])(?=[IVXІХҮ1\s–—-]{{0,20}}?(?:1[IVXІХҮ]|[IVXІХҮ]1))"  # a one beside a numeral's letter in it
    rf"(?P<numeral>{_ONE_RUN}(?:\s?[-–—]\s?{_ONE_RUN})?)(?=\s*ғасыр|\s?ғ\.|\s?ғғ\.)"
)
DIGIT_ONE_CENTURY_NEEDS = re.compile(r"1(?:[IVXІХҮ]|(?<=[IVXІХҮ]1))")  # the one first: a literal scan, ten times faster
_A_RUN = re.compile(_ONE_RUN)


def mend_digit_one_century(match: re.Match[str]) -> str:
    """Х1Х → ХІХ, XV11 → XVII (a Latin run takes Latin I), ХV111-Х1Х → ХVІІІ-ХІХ; a run of digits only, or one
    that is no numeral once mended, leaves the whole as written."""
    numeral = match["numeral"]

    def mend(run: re.Match[str]) -> str:
        return run.group().replace("1", "I" if run.group().isascii() else "І")

    runs = _A_RUN.findall(numeral)
    if not any("1" in run and run.strip("1") for run in runs):
        return numeral  # no run mixes a numeral's letter with the ones: 11 ғасыр, XIX ғасыр
    mended = _A_RUN.sub(mend, numeral)
    return mended if all(roman_value(run) for run in _A_RUN.findall(mended)) else numeral


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


# A chapter's or part's numeral alone on its line, a full stop after it or none (I., ІІ., XII, l. with a small Latin l
# typed for I): the heading's ordinal, whatever the line after it is (a name in capitals, a sentence); a lone I there
# is no English pronoun.
HEADING_NUMERAL = re.compile(r"^(?P<indent>[ \t]*)(?P<numeral>[lIVXІХ]{1,6})(?=\.?[ \t]*$)", re.M)
# What every heading numeral line holds (`Rule.needs`): a line break, or the text is the numeral alone.
HEADING_LINE = re.compile(r"\n|^[ \t]*[lIVXІХ]{1,6}\.?[ \t]*$")


def speak_heading_numeral(match: re.Match[str]) -> str:
    """l. → бірінші., ІІІ → үшінші; a line that is no numeral once l is I (lll is, lol is not) stays as written."""
    value = roman_value(match["numeral"].replace("l", "I"))
    return match.group() if value is None else match["indent"] + ordinal(value)


# A numeral before the parts a thing is made of or held in counts them: the part's word bare before бойынша and a verb
# of holding (турнир IV кезең бойынша өтеді: in four stages), in the ablative before тұр-/құрал- (ІІІ бөлімнен
# тұрады) or in the dative before бөлін- (ІІ кезеңге бөлінеді); "ІІ кезең бойынша жұмыс" (on stage II) and "ІV
# кезеңде" (at the fourth) stay places.
_COUNTED_PARTS = re.compile(
    r"\s+(?:кезең|тур|бөлім|тарау|том|деңгей)(?:"
    r"\s+бойынша\s+(?:өт|өткізіл)"
    r"|(?:дер|тер|лар|лер)?(?:нан|нен|тан|тен|дан|ден)\s+(?:тұр|құрал)"
    r"|(?:ға|ге|қа|ке)\s+бөлін)"
)


def speak_roman(match: re.Match[str]) -> str:
    first, second = roman_value(match["r1"]), roman_value(match["r2"] or "I")
    if first is None or second is None or _a_category_letter(match):
        return match.group()
    if not match["r2"] and not match["suf"] and _COUNTED_PARTS.match(match.string, match.end()):
        return Spoken(cardinal(first), "cardinal", True)
    game = not match["r2"] and not match["suf"] and _BEFORE_GAME.match(match.string, match.end())
    if game and (sequel := _sequel_number(match, match["r1"])) is not None:
        return sequel  # GTA V ойынының: the game the brand and its numeral name, not the fifth of its games
    words = ordinal(first) + (" – " + ordinal(second) if match["r2"] else "")
    suffix = match["suf"]
    if not suffix or ORDINAL_MARKER.match(suffix):
        return words + (" " if match.string.startswith("ғ", match.end()) else "")  # XIVғғ.: the century word glued on
    return f"{words} {suffix}" if hyphenated_word(suffix) else attach(words, suffix)  # І-б санаты


def _a_category_letter(match: re.Match[str]) -> bool:
    """A lone C, D, L or M names a category ("С санаты", "D тобы"); only ғасыр makes it a number."""
    century = re.match(r"\s+ғ", match.string[match.end() :])
    return len(match["r1"]) == 1 and match["r1"] in "CDLMСМ" and not match["r2"] and not century


_BEFORE_CYRILLIC_WORD = re.compile(r"\s+[\u0400-\u04ff]")
_BEFORE_NAME = re.compile(rf"\s+[{KAZAKH_UPPER}][{KAZAKH_LOWER}]")
_AFTER_NAME = re.compile(rf"[{KAZAKH_UPPER}A-Z][{KAZAKH_LOWER}a-z]+\s$")
_AFTER_LATIN_WORD = re.compile(r"[A-Za-z]{2,}\s$")
# ...or a list's (I, II мөлтек аудандар; I және II топ): the larger numeral after a comma or a conjunction.
_ROMAN_RANGE_END = re.compile(rf"(?:\s?[-–—]\s?|,\s?|\s{LIST_CONJUNCTION}\s)(?P<end>[IVXLCDMІХ]{{2,7}})(?![\w-])")


# A lowercase Kazakh word after a lone Cyrillic І: Kazakh has no word of that one letter and an initial takes a
# period, so the І counts the word (ғасырдың І жартысында, І топ); a lone Х stays a letter (Х күні, Х фактор).
_BEFORE_LOWER_WORD = re.compile(rf"\s+[{KAZAKH_LOWER}]{{2,}}")


def _counts_the_word_after(token: str, match: re.Match[str]) -> bool:
    return token == "І" and bool(_BEFORE_LOWER_WORD.match(match.string, match.end()))


# A comma after a lone Cyrillic І or Х and a numeral of two letters or more further on in the sentence: the lone one
# is a member of the same count with its word left out (аудандық олимпиадада – І, облыстық олимпиадада ІІ орын), as
# an initial takes a full stop and a surname, never a comma.
_PARALLEL_NUMERAL = re.compile(r"\s*[,;][^.!?\n]{0,60}?(?<![\w-])[IVXІХ]{2,7}(?!\w)")


def _parallels_a_numeral(match: re.Match[str]) -> bool:
    return bool(_PARALLEL_NUMERAL.match(match.string, match.end()))


def _speak_inflected(match: re.Match[str]) -> str:
    """ІІ-ден, ХХ-ға, Петр I-дің: a case ending on a numeral of two letters or more, or on a lone I after a name (a
    monarch's); a letter code takes big letters (CD-ге), which the shape leaves out, and a lone X or V is a name's.
    A word hyphened on instead of an ending is the thing numbered (IV-нұсқа → төртінші нұсқа)."""
    token = match["r1s"]
    suffix = match["ssuf"]
    numbered_word = hyphenated_word(suffix)  # І-нұсқа: no word is the letter І, so a lone one numbers the word
    lone_letter = len(token) == 1 and not (
        token in "IІ" and (numbered_word or _AFTER_NAME.search(match.string[: match.start()]))
    )
    value = None if lone_letter else roman_value(token)
    if not value:
        return match.group()
    return f"{ordinal(value)} {suffix}" if numbered_word else attach(ordinal(value), suffix)  # IV-нұсқа


def _opens_roman_range(text: str, end: int, value: int | None) -> bool:
    """A lone I, V or X before a dash and a larger numeral of two letters or more opens a range (I - VIII бөлім), or
    before a comma or a conjunction and one opens a list (I, II мөлтек аудандар)."""
    rest = _ROMAN_RANGE_END.match(text, end)
    last = roman_value(rest["end"]) if rest else None
    return bool(value and last and last > value)


# A numeral that marks an item at a line's start (І. «Қыран» тобы), the item a quoted name, and the marker of an
# item on a later line.
_ITEM_MARK = re.compile(r"[ \t]*[.)]")
_QUOTED_ITEM = re.compile(r"[ \t]*[.)][ \t]*[«\"“]")
_NEXT_ITEM = re.compile(rf"[^\n]*\n[ \t]*(?P<next>{ROMAN_TOKEN})[.)]")


def _opens_roman_list(text: str, start: int, end: int, value: int | None) -> bool:
    """A lone numeral marking an item of a list: at a line's start, with a point or a bracket, and either a quoted
    name after it or the next line's item marked by the numeral after it (І. … / ІІ. …); an initial at a line's
    start is followed by a surname."""
    opens_line = not line_before(text, start).strip()
    if not (value and opens_line and _ITEM_MARK.match(text, end)):
        return False
    following = _NEXT_ITEM.match(text, end)
    return bool(_QUOTED_ITEM.match(text, end) or (following and roman_value(following["next"]) == value + 1))


# English words naming a grade whose numeral is its number, not its place (Tier III → тир үш, as Tier 3 is said).
_AFTER_ENGLISH_GRADE = re.compile(r"\b(?:Tier|Level|Class|Phase|Stage|Type|Grade|Category)\s$", re.I)


def _grade_number(match: re.Match[str]) -> Spoken | None:
    """A numeral of two letters or more after an English grade word (Tier III стандарты): a cardinal."""
    token = match["r1b"] or (None if match["r2"] or match["suf"] else match["r1"])
    value = roman_value(token) if token and len(token) > 1 else None
    if value and _AFTER_ENGLISH_GRADE.search(match.string[: match.start()]):
        return Spoken(cardinal(value), "cardinal", True)
    return None


# A numeral in brackets after an element's name is its valence in the compound's name (күкірт (ІV) оксиді, темір
# (III) хлориді, мыс (ІІ) сульфаты): a cardinal, as chemistry teachers say it (күкірт төрт оксиді), not a rank.
_ELEMENT_BEFORE = re.compile(
    rf"(?:{'|'.join(sorted(set(KAZAKH_NAMES.values()) | {'сутег', 'көміртег', 'оттег', 'қалайы'}))})\w{{0,3}}\s?\(\Z",
    re.I,
)


def _valence(match: re.Match[str]) -> Spoken | None:
    """күкірт (ІҮ) оксиді → күкірт (төрт) оксиді."""
    token = match["r1b"] or (None if match["r2"] or match["suf"] else match["r1"])
    value = roman_value(token) if token else None
    before = match.string[max(0, match.start() - 20) : match.start()]
    closed = match.string[match.end() : match.end() + 1] == ")"
    if value and closed and _ELEMENT_BEFORE.search(before):
        return Spoken(cardinal(value), "cardinal", True)
    return None


# Three numerals or more listed with commas and closing a clause, no word after them to count (a test's options on
# valences: А) І, ІІ, ІІІ; Ә) ІІ, ІV, VІ; Б) ІІ, ІV, V.): values, cardinals; a word after the list makes its members
# the places of what it names (І, ІІ, ІІІ ғасырлар).
_VALUE_LIST = re.compile(rf"(?<![\w-]){ROMAN_TOKEN}(?:,[ \t]*{ROMAN_TOKEN}){{2,}}(?=[ \t]*(?:[;.]|$))", re.M)


def _listed_value(match: re.Match[str]) -> Spoken | None:
    """ІV in "ІІ, ІV, VІ;" → төрт."""
    token = match["r1b"]
    value = roman_value(token) if token else None
    if not value:
        return None
    text = match.string
    line = line_holding(text, match.start(), match.end())
    at = match.start() - line_start(text, match.start())
    if any(start <= at < end for start, end in _value_lists(line)):
        return Spoken(cardinal(value), "cardinal", True)
    return None


@lru_cache(maxsize=64)
def _value_lists(line: str) -> tuple[tuple[int, int], ...]:
    """Where the line lists numerals as values, every member a numeral: found once a line, not once a numeral."""
    return tuple(
        listed.span()
        for listed in _VALUE_LIST.finditer(line)
        if all(map(roman_value, re.split(r",[ \t]*", listed.group())))
    )


# A numeral closing a quoted title, after an initialism or a word in small letters ("ҚРХ ІІІ", «Жұлдызды соғыстар
# ІІ»): the part's number, a cardinal, as the title is also written with the digit (Ханы 3); after a name in capitals
# and small letters it stays a monarch's or a namesake's ordinal («Петр І» кемесі).
_OPENS_TITLE = re.compile(r"[«\"“][^«»\"“”\n]{1,60}$")
_AFTER_TITLE_WORD = re.compile(rf"(?:\b[{KAZAKH_UPPER}A-Z]{{2,}}|(?<!\w)[{KAZAKH_LOWER}a-z]{{2,}})\s$")
_CLOSES_TITLE = re.compile(r"[»\"”]")


def _title_part(match: re.Match[str]) -> Spoken | None:
    """A numeral of two letters or more closing a quoted title after an initialism or a small word: a cardinal."""
    token = match["r1b"]
    value = roman_value(token) if token and len(token) > 1 else None
    before = match.string[max(0, match.start() - 61) : match.start()]
    in_title = _OPENS_TITLE.search(before) and _AFTER_TITLE_WORD.search(before)
    if value and in_title and _CLOSES_TITLE.match(match.string, match.end()):
        return Spoken(cardinal(value), "cardinal", True)
    return None


# A numeral counts what a word names (ІІ дәрежелі, XXI ғасыр); Latin letters before a number are a code's (DV 747,
# a flight), unless a name stands before them (Петр I 1700 жылы).
_BEFORE_NUMBER = re.compile(r"\s+\d")
# Letters of fifty and more: a bare numeral with one before a name (MC Сайлаубек) is a title's letters, as the number
# a name takes is a monarch's, and those are small (II Николай); larger numerals come with the word they count. Three
# letters or fewer with one are the shape of an initialism (CD дискі, LCD экран, DC), a longer run a number (MCMXC).
_BIG_LETTERS = re.compile("[LCDM]")
_BEFORE_A_NAME = re.compile(rf"\s+[{KAZAKH_UPPER}A-Z][{KAZAKH_LOWER}a-z]")  # in either script: MC Hammer


def _letters_shape(token: str, match: re.Match[str], after_name: bool) -> bool:
    # Людовик XL stays a monarch's number; a lone letter is no one's (Команда C тобында: a capital opens the sentence)
    short = len(token) == 1 or (len(token) <= 3 and not after_name)
    return short or bool(_BEFORE_A_NAME.match(match.string, match.end()))


# A numeral of two letters or more after a Latin brand written in capitals or with a capital inside it (StarCraft ІІ,
# GTA VI, PlayStation II): a game's or a product's sequel, a cardinal, as the digit after such a name is read (Dota 2
# → дота екі); after a capitalised name (Elizabeth II, Louis XIV) it stays the monarch's ordinal. A lone V or X is
# such a number after an initialism in Latin capitals when no Latin capital follows it (GTA V ойынының → джи ти эй
# бес, as GTA 6 is алты): a capital after it makes a run of letters in capitals (ABC X YZ), and a lone I may be the
# English pronoun; after a name's word (Series X, Model X, Space X) a lone letter stays the name's.
_AFTER_LATIN_BRAND = re.compile(r"(?<![\w-])(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z][A-Za-z]*)\s$")
_BEFORE_GAME = re.compile(r"\s+ойын")  # the one context word a sequel's title stands before (a century stays: IT XXI)
_AFTER_LATIN_INITIALISM = re.compile(r"(?<![\w-])[A-Z]{2,}\s$")
_BEFORE_LATIN_CAPITAL = re.compile(r"\s*[A-Z]")


def _sequel_number(match: re.Match[str], token: str | None = None) -> Spoken | None:
    """GTA VI, StarCraft ІІ, GTA V: the sequel's cardinal; `token` is the numeral when a word it may count follows
    (GTA V ойынының, where the game is named, not counted)."""
    token = token or match["r1b"]
    if not token:
        return None
    if len(token) > 1:
        brand = _AFTER_LATIN_BRAND
    elif token in "VX" and not _BEFORE_LATIN_CAPITAL.match(match.string, match.end()):
        brand = _AFTER_LATIN_INITIALISM
    else:
        return None
    value = roman_value(token)
    if value and brand.search(match.string[max(0, match.start() - 40) : match.start()]):
        return Spoken(cardinal(value), "cardinal", True)
    return None


# Nouns naming a service or a medium: a lone Latin letter before one is the service's name (X желісінде → экс
# желісінде, X әлеуметтік желісінде), as no one numbers networks or platforms with a Roman numeral.
_BEFORE_MEDIUM = re.compile(r"\s+(?:әлеуметтік\s+)?(?:желі|платформа|мессенджер|қосымша)", re.I)


def speak_any_roman(match: re.Match[str]) -> str:
    """With a context word (ғасыр, тарау…), or standing alone: two letters or more, one after a name (Петр I), a
    Latin I, V or X before a Cyrillic word (I Саммиті), or a Cyrillic І or Х before a name (І Петрдің: a monarch's
    number comes first in Kazakh)."""
    if match["r1h"]:  # ХХ-ғасырдың, XXIII-турда, I.ТАРАУ: the hyphen or the stop joins the numeral to its word
        value = roman_value(match["r1h"])
        return f"{ordinal(value)} " if value else match.group()
    if match["r1s"]:
        return _speak_inflected(match)
    if match["r1c"] and (value := roman_value(match["r1c"])):
        return f"{ordinal(value)} "  # І-Республикалық: the hyphen joins the numeral to its title's word
    if match["r1d"] and (value := roman_value(match["r1d"])):
        return Spoken(ordinal(value), "ordinal", True)  # ІІІ- Нұрғалиев: the place's word left out after the hyphen
    if match["r1o"]:  # ІІІ-ші класқа: the ordinal ending says it is a number, whatever word follows
        lone_letter = len(match["r1o"]) == 1 and match["r1o"] in "CDLMСМ"  # a lone С-шы is no numeral
        value = None if lone_letter else roman_value(match["r1o"])
        return ordinal(value) if value else match.group()
    grade = (
        _valence(match) or _listed_value(match) or _grade_number(match) or _title_part(match) or _sequel_number(match)
    )
    if grade is not None:
        return grade
    token = match["r1b"]
    if not token:
        return speak_roman(match)
    value = roman_value(token)
    before = match.string[: match.start()]
    after_name = bool(_AFTER_NAME.search(before))
    if token.isascii() and not after_name and _BEFORE_NUMBER.match(match.string, match.end()):
        return match.group()  # DV 747: an airline's letters before its flight number (Петр I 1700 жылы stays)
    if len(token) == 1 and _opens_roman_range(match.string, match.end(), value):
        return Spoken(ordinal(value), "ordinal", True)  # "I - VIII", "Astana I және II": the numeral after says so
    if len(token) == 1 and _AFTER_LATIN_WORD.search(before):
        return match.group()  # Space X, Model X: a letter of a Latin name
    if len(token) == 1 and token.isascii() and _BEFORE_MEDIUM.match(match.string, match.end()):
        return match.group()  # X желісінде: a service named by a letter
    if len(token) == 1 and _opens_roman_list(match.string, match.start(), match.end(), value):
        return Spoken(ordinal(value), "ordinal", True)  # "І. …\nІІ. …": the next item's numeral says it is one
    if len(token) == 1 and token in "ІХ":  # only before a name: after one it is an initial (Жұмыс Х. Досмұхамедов)
        counted = (
            _BEFORE_NAME.match(match.string, match.end())
            or _counts_the_word_after(token, match)
            or _parallels_a_numeral(match)
        )
        return Spoken(ordinal(value), "ordinal", True) if value and counted else match.group()
    if token.isascii() and _BIG_LETTERS.search(token) and _letters_shape(token, match, after_name):
        return match.group()  # MC Сайлаубек, CD дискі, LCD экран: fifty and more come with the word they count
    before_word = token in "IVX" and bool(_BEFORE_CYRILLIC_WORD.match(match.string, match.end()))  # I Саммиті
    if value and (len(token) > 1 or after_name or before_word):
        return Spoken(ordinal(value), "ordinal", True)  # no word says it is a number: it may be letters
    return match.group()


# A chapter's or part's word a numeral's full stop is typed onto, or stands after with a space, in small letters or a
# heading's capitals (I.ТАРАУ, II.Бөлім, I. тарау), or the numeral itself typed onto it (IIтарау): the numeral counts
# it, as a lone I there is no English pronoun.
_CHAPTER_WORD = r"(?i:тарау|бөлім)"
# A word in brackets between a numeral and the word it counts glosses the thing counted (І (мектепішілік) кезеңі).
_GLOSS = rf"\([{KAZAKH_LOWER}{KAZAKH_UPPER}\s,-]{{2,40}}\)\s+"
# A hyphen typed onto a numeral joins it to its word, a space after the hyphen or none (ІІ-кезең, ІІ- кезең), as
# after digits (3- кезең).
ROMAN = re.compile(
    r"(?<!\d/)(?:"  # № 13-82/VII: a convocation closing a document's code is the code's part, read there
    rf"(?<![\w°-])(?P<r1>{ROMAN_TOKEN})(?:\s?[-–—]\s?(?P<r2>{ROMAN_TOKEN}))?(?:-(?P<suf>{SUFFIX}))?"
    rf"(?=(?:\s*,\s*{ROMAN_TOKEN})*(?:\s+[-–—]\s+|\s+|(?=ғ))(?:[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+\s+|{_GLOSS})?"
    rf"{_ROMAN_CONTEXT})"  # a spaced dash may stand between the numeral and its word (І - тарау)
    rf"|(?<![\w°-])(?P<r1h>{ROMAN_TOKEN})"
    rf"(?:-[ \t]?(?={_ROMAN_CONTEXT})|\.[ \t]?(?={_CHAPTER_WORD})|(?<=[IVXІХ])(?={_CHAPTER_WORD}))"
    rf"|(?<![\w°-])(?P<r1o>{ROMAN_TOKEN})-{ORDINAL_ENDING}(?![\w-])"  # ІІІ-ші: a letter takes no such ending
    # a hyphen left hanging before a space, its word not written (І-орын …, ІІ-орын …, ІІІ- Нұрғалиев): an ordinal
    rf"|(?<![\w°-])(?P<r1d>[IVXІХ]{{2,7}}|І)-(?=[ \t]+[^\W\d_])"
    # a hyphen onto a capitalised word, its title's (І-Республикалық фестиваль, ІІ-Халықаралық форум): an ordinal
    rf"|(?<![\w°-])(?P<r1c>[IVXІХ]{{2,7}}|[IІ])-(?=[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2,}})"
    rf"|(?<![\w-])(?P<r1s>[IVXІХҮ]{{1,7}})-(?P<ssuf>{SUFFIX})(?![\w-])"
    rf"|(?<![\w-])(?P<r1b>[IVXLCDM]{{1,7}}|[IVXІХҮ]{{2,7}}|[ІХ])(?![\w-]))"
)
# What every numeral ROMAN reads is: a run of its letters opening a word, then no letter but the ғ of ғасыр or the
# chapter's word a numeral is typed onto.
ROMAN_RUN = re.compile(rf"(?<!\w){ROMAN_TOKEN}(?:\W|ғ|$|(?<=[IVXІХ]){_CHAPTER_WORD})")
