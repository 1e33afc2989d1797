"""Units named without an amount, as a physics lesson or a test gives a quantity's unit: a line of unit symbols alone
(кг, м3, моль  К), the unit after the words that name it one (өлшем бірлігі Дж/℃), and a unit after a quantity's
name and a comma closing its line, as a table's column or a graph's axis heads it (Fсерп, Н; Орындау уақыты, мин).
Each symbol is said as after an amount, a slash бөлінген and a written product sign көбейту (джоуль бөлінген
килограмм көбейту градус цельсий)."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import writtennumbers
from tts_edition.normalize.morphology import KAZAKH_LOWER

# Symbols a unit's formula writes that the table of units has no row for, each said one way there: К is the kelvin,
# with no other unit to be, с2 the second squared and ℃ the degree Celsius.
_FORMULA_UNITS = {"К": "кельвин", "с2": "секунд квадрат", "с²": "секунд квадрат", "℃": "градус цельсий"}
_TOKEN = "|".join(re.escape(unit) for unit in sorted([*writtennumbers.UNITS, *_FORMULA_UNITS], key=len, reverse=True))
_UNIT = rf"(?:{_TOKEN})(?![\w²³])"
_SIGN = r"[ \t]*[/·∙⋅*•][ \t]*"
_PART = rf"(?:{_UNIT}|\({_UNIT}(?:(?:{_SIGN}|[ \t]+){_UNIT})*\))"
EXPRESSION = rf"{_PART}(?:(?:{_SIGN}|[ \t]+){_PART})*"
_PIECE = re.compile(rf"(?P<unit>{_UNIT})|(?P<per>/)|(?P<times>[·∙⋅*•])")
_OPERATOR_WORDS = {"per": "бөлінген", "times": "көбейту"}


def unit_spoken(unit: str) -> str:
    """A unit's symbol in a unit's formula: К → кельвин, с2 → секунд квадрат, Дж → джоуль."""
    return _FORMULA_UNITS.get(unit) or abbr.unit_spoken(unit)


def speak_expression(written: str) -> str:
    """Дж/(кг*℃) → джоуль бөлінген килограмм көбейту градус цельсий; моль  К → моль кельвин."""
    return " ".join(_piece_spoken(piece) for piece in _PIECE.finditer(written))


def _piece_spoken(piece: re.Match[str]) -> str:
    return unit_spoken(piece["unit"]) if piece["unit"] else _OPERATOR_WORDS[str(piece.lastgroup)]


# A line that holds only units, as a scraped test's fraction leaves its numerator and denominator each on a line of
# its own (кг, м3, с2, моль  К). One letter alone on a line is a drop cap's or a variable's far more often than a
# unit's (Н, Т, А, х, R in the corpus), and an initialism's capitals (МБ, ХБ) are not read as a unit there either:
# a line of one symbol is read when it is two characters or more with a small letter in it. So is a numbered answer
# that holds only a unit, its stop closing it, as a test lists the units to choose from (1. Дж/м3. 2. Н/м2.).
UNIT_LINE = re.compile(
    rf"(?:^|(?<=\n))(?P<indent>[ \t]*(?:\d{{1,2}}\.[ \t]+)?)(?P<units>{EXPRESSION})(?=\.?[ \t]*(?:\n|\Z))"
)
UNIT_LINE_MARK = re.compile(r"\A(?:[^\n]{1,40}+\Z|[^\n]*+\n)")  # one short line, or more than one (`Rule.needs`)


def speak_unit_line(match: re.Match[str]) -> str:
    """кг → килограмм; моль  К → моль кельвин; Н and МБ alone stay."""
    units = match["units"]
    if len(units) < 2 or not re.search(f"[{KAZAKH_LOWER}]", units):
        return match.group()
    return match["indent"] + speak_expression(units)


# The unit after the words that name it one (Оның өлшем бірлігі Дж/℃.): a quantity's unit, whatever its letters; not
# after бірлігі alone, the unity of a people (елдің бірлігі т.б.), nor where an abbreviation goes on after a stop. A
# rate of two units the rates' tables hold is said as one (Өлшем бірлігі м/с2 → метр секунд квадратына), by its rule.
_RATE = rf"(?:{writtennumbers.UNIT})/(?:{writtennumbers.PER_WRITTEN})(?![\w²³/·∙⋅*•(])"
NAMED_UNIT = re.compile(rf"(?<=[Өө]лшем бірлігі )(?!{_RATE})(?P<units>{EXPRESSION})(?![\w/·∙⋅*•(]|\.\w)")
NAMED_UNIT_MARK = re.compile(r"і (?<=[Өө]лшем бірлігі )")  # what every match holds (`Rule.needs`): its space first


def speak_named_unit(match: re.Match[str]) -> str:
    return speak_expression(match["units"])


# A unit after a quantity's name and a comma, closing its line, as a graph labels its axis or a table heads its column
# (P, тг; Fсерп, Н; Орындау уақыты, мин* with a footnote's star): the quantity a Latin letter, alone or with its
# subscript run on (Fсерп), or a word. After a word a unit of one letter stays, a line broken inside a word leaves one
# (айта келе, т), and so does a word's comma with more after it on the line (Бағасы, тг 600).
HEADED_UNIT = re.compile(rf", (?P<units>{EXPRESSION})(?=\*?[ \t]*(?:\n|\Z))")
HEADED_UNIT_MARK = re.compile(r", (?=[^\n,]{1,20}(?:\n|\Z))")  # what every match holds (`Rule.needs`)
_QUANTITY = re.compile(rf"(?:(?<![\w-])[A-Za-z](?P<subscript>[{KAZAKH_LOWER}]*)|[{KAZAKH_LOWER}]{{2}})\Z")
_QUANTITY_REACH = 24  # characters before the comma where the quantity's name ends


def speak_headed_unit(match: re.Match[str]) -> str:
    """P, тг → P, теңге; Fсерп, Н → Fсерп, ньютон; Орындау уақыты, мин → …, минут; айта келе, т stays."""
    units = match["units"]
    quantity = _QUANTITY.search(match.string, max(0, match.start() - _QUANTITY_REACH), match.start())
    if quantity is None or (quantity["subscript"] is None and len(units) < 2):
        return match.group()
    return ", " + speak_expression(units)
