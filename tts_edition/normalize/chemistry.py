"""Chemical formulas (H2O, CO₂, H2SO4, NaCl): each element said as Kazakh schools say it, a one-letter symbol by
its letter's Russian name (H → аш, C → цэ, O → о), a two-letter one by the element's Latin name (Na → натрий,
Fe → феррум), and each count after its element as a cardinal (CO2 → цэ о екі). A formula is two elements at least,
with a count or a two-letter symbol among them: capitals alone (HBO, CNN) are an initialism's unless they stand in
brackets after the substance they name (көміртек тотығы (CO)), one symbol with a
number (K2, F1, H2 2024) a name's or a model's, and so is a number of three digits (KC263) and one element said
over again (P4P: a rating's "pound for pound"); a case suffix written after a hyphen is re-inflected (CO2-нің)."""

from __future__ import annotations

import re

from tts_edition.normalize.morphology import SUFFIX, attach
from tts_edition.normalize.numbers import cardinal_of

ELEMENTS = {
    "H": "аш", "C": "цэ", "O": "о", "N": "эн", "S": "эс", "P": "пэ", "K": "калий", "F": "фтор",
    "Na": "натрий", "Cl": "хлор", "Ca": "кальций", "Mg": "магний", "Fe": "феррум", "Cu": "купрум", "Zn": "цинк",
    "Al": "алюминий", "Si": "силициум", "Ag": "аргентум", "Au": "аурум", "Pb": "плюмбум", "Hg": "гидраргирум",
    "Mn": "марганец", "Li": "литий", "Ba": "барий", "Br": "бром", "Cr": "хром", "Ni": "никель", "Co": "кобальт",
}  # fmt: skip
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_SYMBOL = "|".join(sorted(ELEMENTS, key=len, reverse=True))
_COUNT = "[\\d₀-₉]{0,2}"  # a flight's or a model's number is longer (KC263)
_PART = re.compile(rf"(?P<symbol>{_SYMBOL})(?P<count>{_COUNT})")
# What every formula holds (`Rule.needs`): two capitals of Latin elements, or one and a small letter or a count after
# it (NaCl, CO2).
FORMULA_MARK = re.compile(r"[A-Z][a-z\d₀-₉]?[A-Z]")
# The name of a substance just before a bracket, where its formula follows: тотығы (CO), оксиді (NO).
_NAMED_BEFORE = re.compile(r"(?:оксид|тотығ|тотық|сутег|газ)\w*\s*\(\Z", re.I)
FORMULA = re.compile(rf"(?<![\w-])(?P<formula>(?:(?:{_SYMBOL}){_COUNT}){{2,}})(?:-(?P<suf>{SUFFIX}))?(?![\w-])")


def speak_formula(match: re.Match[str]) -> str:
    parts = list(_PART.finditer(match["formula"]))
    marked = any(part["count"] or len(part["symbol"]) == 2 for part in parts) or _named(match)
    if not marked or len({p["symbol"] for p in parts}) < 2:
        return match.group()
    spoken = []
    for part in parts:
        spoken.append(ELEMENTS[part["symbol"]])
        if count := part["count"].translate(_SUBSCRIPTS):
            spoken.append(cardinal_of(count))
    return attach(" ".join(spoken), match["suf"])


def _named(match: re.Match[str]) -> bool:
    """The formula stands in brackets after the name of its substance: көміртек тотығы (CO)."""
    before = match.string[max(0, match.start() - 24) : match.start()]
    return _NAMED_BEFORE.search(before) is not None and match.string[match.end() : match.end() + 1] == ")"


# An element's symbol alone in brackets after the element's Kazakh name, as a table of water's content gives it
# (Темір (Fe, жиынтық), Мыс (Cu)): said as in a formula (феррум, купрум). Elsewhere one symbol is a letter or a name's.
KAZAKH_NAMES = {
    "H": "сутек", "C": "көміртек", "O": "оттек", "N": "азот", "S": "күкірт", "P": "фосфор", "K": "калий",
    "F": "фтор", "Na": "натрий", "Cl": "хлор", "Ca": "кальций", "Mg": "магний", "Fe": "темір", "Cu": "мыс",
    "Zn": "мырыш", "Al": "алюминий", "Si": "кремний", "Ag": "күміс", "Au": "алтын", "Pb": "қорғасын", "Hg": "сынап",
    "Mn": "марганец", "Li": "литий", "Ba": "барий", "Br": "бром", "Cr": "хром", "Ni": "никель", "Co": "кобальт",
}  # fmt: skip
SYMBOL_MARK = re.compile(r"\([A-Z]")
NAMED_SYMBOL = re.compile(rf"(?<=\()(?P<symbol>{_SYMBOL})(?=[,;)\s])")
_WORD_BEFORE = re.compile(r"(\w+)\s*\(\Z")


def speak_named_symbol(match: re.Match[str]) -> str:
    """The symbol after its element's name is the element's (феррум); after any other word it stays as written."""
    before = _WORD_BEFORE.search(match.string[max(0, match.start() - 30) : match.start()])
    named = before is not None and before.group(1).lower().startswith(KAZAKH_NAMES[match["symbol"]])
    return ELEMENTS[match["symbol"]] if named else match.group()
