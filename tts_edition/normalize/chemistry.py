"""Chemical formulas (H2O, CO₂, H2SO4, NaCl): each element said as Kazakh schools say it, a one-letter symbol by
its letter's Russian name (H → аш, C → цэ, O → о), a two-letter one by the element's Latin name (Na → натрий,
Fe → феррум), and each count after its element as a cardinal (CO2 → цэ о екі). A formula is two elements at least,
with a count or a two-letter symbol among them: capitals alone (HBO, CNN) are an initialism's unless they stand in
brackets after the substance they name (көміртек тотығы (CO)), one symbol with a
number (K2, F1, H2 2024) a name's or a model's, and so is a number of three digits (KC263) and one element said
over again (P4P: a rating's "pound for pound"); a case suffix written after a hyphen is re-inflected (CO2-нің).
A quantity's letter before a substance in brackets is said by its school name, the substance as in a formula (Ar(S)
→ а эр (эс), V(FeS) → вэ (феррум эс)), and an element's symbol alone on a line about elements is the element
(элемент S, Fe → эс, феррум).

An isotope is its element's Kazakh name and its mass number as a cardinal, however it is written: after the symbol
(Cs-137), before it (137Cs, ¹³⁷Cs, run onto a label: изотоптары137Xe) or after the name (цезий-137, read as
written; Caesium-137, its Latin name, by school Latin: цезиум). pH is said as schools say it, пэ аш, in Latin or
Cyrillic letters (рН), and a Greek letter standing alone (β-ыдырау, γ-сәулелер, (β )) by its name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tts_edition.normalize import capitals
from tts_edition.normalize.lookalikes import LOOKALIKE_CYRILLIC_CAPITALS, TO_LATIN
from tts_edition.normalize.marks import line_holding
from tts_edition.normalize.morphology import SUFFIX, attach, parse_suffixes
from tts_edition.normalize.numbers import cardinal_of, ordinal_of
from tts_edition.normalize.species import read_scientific

ELEMENTS = {
    "H": "аш", "C": "цэ", "O": "о", "N": "эн", "S": "эс", "P": "пэ", "K": "калий", "F": "фтор",
    "Na": "натрий", "Cl": "хлор", "Ca": "кальций", "Mg": "магний", "Fe": "феррум", "Cu": "купрум", "Zn": "цинк",
    "Al": "алюминий", "Si": "силициум", "Ag": "аргентум", "Au": "аурум", "Pb": "плюмбум", "Hg": "гидраргирум",
    "Mn": "марганец", "Li": "литий", "Ba": "барий", "Br": "бром", "Cr": "хром", "Ni": "никель", "Co": "кобальт",
}  # fmt: skip
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_SYMBOL = "|".join(sorted(ELEMENTS, key=len, reverse=True))
# A 1 typed for the l of Al and Cl, as a retyped or scanned page gives them (A1(OH)2Cl, MgC12): A is no element and a
# count of one is never written, so inside a formula plainly chemical these are Al and Cl (алюминий, хлор); HC1 alone
# stays, as a point with its index does (C1).
_TYPED_WITH_ONE = {"A1": "Al", "C1": "Cl"}
_FORMULA_SYMBOL = "|".join([*(rf"{typed}(?!\d)" for typed in _TYPED_WITH_ONE), _SYMBOL])
_COUNT = "[\\d₀-₉]{0,2}"  # a flight's or a model's number is longer (KC263)
_PART = re.compile(rf"(?P<symbol>{_FORMULA_SYMBOL})(?P<count>{_COUNT})")
# What every formula holds (`Rule.needs`): two capitals of Latin elements, with a small letter, a count or both
# between them (NaCl, CO2, Al2O3), or a bracket (Al(OH)3).
FORMULA_MARK = re.compile(r"[A-Z][a-z]?[\d₀-₉]{0,2}[A-Z(\[]")
# An influenza virus's type before its subtype, parted by a slash or a bracket (A/H3N2, A(H1N1), А/H5N1 with a
# Cyrillic А): the type's letter by its name as doctors and the news say it, а (бэ for B), not the English article
# or letter эй; the slash is no pause, and the subtype after it is read as a formula (аш үш эн екі).
FLU_TYPE = re.compile(r"(?<![\w/.-])(?P<type>[AАBВ])[ \t]?(?:/[ \t]?|(?P<bracket>\())(?=H\d{1,2}N\d{1,2}\b)")
FLU_TYPE_MARK = re.compile(r"H\d{1,2}N\d")  # what every subtype holds (`Rule.needs`): a literal H first
_FLU_TYPE_NAMES = {"A": "а", "А": "а", "B": "бэ", "В": "бэ"}


def speak_flu_type(match: re.Match[str]) -> str:
    """A/H3N2 → а аш үш эн екі; A(H1N1) → а (аш бір эн бір)."""
    return _FLU_TYPE_NAMES[match["type"]] + (" (" if match["bracket"] else " ")


# The name of a substance just before a bracket, where its formula follows: тотығы (CO), оксиді (NO).
_NAMED_BEFORE = re.compile(r"(?:оксид|тотығ|тотық|сутег|газ)\w*\s*\(\Z", re.I)
# A group in brackets with its count (Al(OH)3, (NH4)2SO4, (CuOH)2CO3) and a complex ion in square brackets around
# its groups ([Cu(NH3)4]SO4, K[Fe(CN)6]) are parts of the formula too: said in their order, each count after its
# bracket (алюминий (о аш) үш).
_ATOM = rf"(?:{_FORMULA_SYMBOL}){_COUNT}"
_GROUP = rf"\((?:{_ATOM})+\){_COUNT}"
_COMPLEX = rf"\[(?:{_ATOM}|{_GROUP})+\]{_COUNT}"
FORMULA = re.compile(rf"(?<![\w-])(?P<formula>(?:{_ATOM}|{_GROUP}|{_COMPLEX}){{2,}})(?:-(?P<suf>{SUFFIX}))?(?![\w-])")
_TOKEN = re.compile(
    rf"(?P<symbol>{_FORMULA_SYMBOL})(?P<count>{_COUNT})|(?P<open>[(\[])|(?P<close>[)\]])(?P<times>{_COUNT})"
)


def speak_formula(match: re.Match[str]) -> str:
    parts = list(_PART.finditer(match["formula"]))
    bracketed = "(" in match["formula"] or "[" in match["formula"]
    marked = bracketed or any(part["count"] or len(part["symbol"]) == 2 for part in parts) or _named(match)
    if not marked or len({p["symbol"] for p in parts}) < 2 or not _one_for_l_borne_out(parts, bracketed):
        return match.group()
    return attach(said_formula(match["formula"]), match.groupdict().get("suf"))  # one run onto a word has none


def said_formula(formula: str) -> str:
    """Each element as schools say it and each count after it: Al(OH)3 → алюминий (о аш) үш; Fe → феррум."""
    spoken = []
    for token in _TOKEN.finditer(formula):
        if token["symbol"]:
            spoken.append(ELEMENTS[_TYPED_WITH_ONE.get(token["symbol"], token["symbol"])])
            count = token["count"]
        elif token["open"]:
            spoken.append(token["open"])
            continue
        else:
            spoken[-1] += token["close"]
            count = token["times"]
        if count := count.translate(_SUBSCRIPTS):
            spoken.append(cardinal_of(count))
    return " ".join(spoken).replace("( ", "(").replace("[ ", "[")


def _one_for_l_borne_out(parts: list[re.Match[str]], bracketed: bool) -> bool:
    """A 1 read as the l of Al or Cl only in a formula plainly chemical, with a bracket's group or another symbol of two
    letters (A1(OH)2Cl): points with indices (CC1, C1C2) are no formula."""
    if not any(part["symbol"] in _TYPED_WITH_ONE for part in parts):
        return True
    return bracketed or any(len(part["symbol"]) == 2 and part["symbol"] in ELEMENTS for part in parts)


# A formula typed in the Cyrillic capitals that look like its Latin ones (КН2РО4 for KH2PO4, СО2 for CO2): read as the
# Latin formula it stands for, when it is one (two elements at least, with a count); a code in Cyrillic capitals and
# digits that makes no formula (ТК2, М4) stays.
CYRILLIC_FORMULA = re.compile(
    rf"(?<![\w-])(?=[{LOOKALIKE_CYRILLIC_CAPITALS}\d]*\d)[{LOOKALIKE_CYRILLIC_CAPITALS}][{LOOKALIKE_CYRILLIC_CAPITALS}\d]{{2,}}(?![\w-])"
)
CYRILLIC_FORMULA_MARK = re.compile(rf"[{LOOKALIKE_CYRILLIC_CAPITALS}]\d")


def speak_cyrillic_formula(match: re.Match[str]) -> str:
    """КН2РО4 → калий аш екі пэ о төрт; СО2 → цэ о екі."""
    latin = match.group().translate(TO_LATIN)
    formula = FORMULA.fullmatch(latin)
    if formula is None or not any(ch.isdigit() for ch in latin):
        return match.group()
    said = speak_formula(formula)
    return match.group() if said == latin else said


# A term of a chemical equation typed in the Cyrillic capital that looks like its element's Latin letter (284 Р + О2
# --> P2O5, Н2 + О2): the element with its count (пэ, аш екі, о екі), not the Cyrillic letter (эр, эн), where a plus
# joins it to the next or the last term and the line holds a formula too. A letter by a plus on a line with no formula
# (a grade's С+) stays.
EQUATION_TERM = re.compile(
    rf"(?:(?<=\+)|(?<=\+[ \t])|(?<![\w-])(?=[{LOOKALIKE_CYRILLIC_CAPITALS}]\d?[ \t]?\+))"
    rf"(?P<symbol>[{LOOKALIKE_CYRILLIC_CAPITALS}])(?P<count>\d?)(?![\w-])"
)
# What every match holds (`Rule.needs`), found from its plus: a look-alike capital before it, or after it.
_TERM = f"[{LOOKALIKE_CYRILLIC_CAPITALS}]"
EQUATION_TERM_MARK = re.compile(
    rf"\+(?:(?<={_TERM}\+)|(?<={_TERM}[ \t]\+)|(?<={_TERM}\d\+)|(?<={_TERM}\d[ \t]\+)|[ \t]?{_TERM})"
)


def speak_equation_term(match: re.Match[str]) -> str:
    """Р (+ О2 --> P2O5) → пэ; О2 → о екі."""
    element = ELEMENTS.get(match["symbol"].translate(TO_LATIN))
    if element is None or not _formula_on_line(match):
        return match.group()
    return f"{element} {cardinal_of(match['count'])}" if match["count"] else element


def _formula_on_line(match: re.Match[str]) -> bool:
    """Whether the line around the match holds a chemical formula (P2O5, СО2) that its rules read."""
    return _holds_formula(line_holding(match.string, match.start(), match.end()))


@lru_cache(maxsize=64)
def _holds_formula(line: str) -> bool:
    """Read once a line, not once a term on it."""
    readers = ((FORMULA, speak_formula), (CYRILLIC_FORMULA, speak_cyrillic_formula))
    return any(read(formula) != formula.group() for pattern, read in readers for formula in pattern.finditer(line))


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


# A quantity of a substance, its letter before the substance's symbol or formula in brackets, as a problem's givens and
# a textbook's table write them: its mass m(Al), molar mass M(Fe), amount n(S) or ν(S), volume V(H2), mass fraction
# ω(C), relative atomic and molecular masses Ar(S) and Mr(FeS); the M and m typed in Cyrillic too (М(S), м(Fe), Мr).
# The letters by the names schools give them (эм, вэ, а эр, эм эр), not the English ones (мистер, ви, ар), and the
# substance as in a formula, a one-letter symbol too (эм (эс), вэ (феррум эс)).
QUANTITY_LETTERS = {
    "Ar": "а эр", "Mr": "эм эр", "m": "эм", "M": "эм", "n": "эн", "ν": "ню", "V": "вэ", "ω": "омега",
}  # fmt: skip
_CYRILLIC_LETTERS = str.maketrans("АМм", "AMm")
QUANTITY_OF = re.compile(
    rf"(?<![\w.])(?P<quantity>[AА]r|[MМ]r|[mMМмnνVω])[ \t]?\((?P<substance>(?:{_ATOM}|{_GROUP})+)\)"
)
_QUANTITY_LETTER = "rmMМмnνVω"  # the last letter of every quantity
QUANTITY_OF_MARK = re.compile(rf"\((?:(?<=[{_QUANTITY_LETTER}]\()|(?<=[{_QUANTITY_LETTER}][ \t]\())[A-Z]")


def speak_quantity_of(match: re.Match[str]) -> str:
    """Ar(S) → а эр (эс); М(Fe) → эм (феррум); V(FeS) → вэ (феррум эс)."""
    letters = QUANTITY_LETTERS[match["quantity"].translate(_CYRILLIC_LETTERS)]
    glued = match.string[match.end() : match.end() + 1].isalpha()  # V(FeS)М(FeS): the next quantity set apart
    return f"{letters} ({said_formula(match['substance'])})" + (" " if glued else "")


# An element's symbol standing alone on a line about elements and their amounts (элемент S, Fe; бір моль S), or run
# onto the моль it counts (мольS, as a scraped page loses the space): the element, said as in a formula (феррум, эс),
# not an English word's reading (фей). A symbol before a bracket or a stop is an option's letter or an initial.
LONE_SYMBOL = re.compile(rf"(?:(?<![\w.-])|(?<=моль))(?P<symbol>{_SYMBOL})(?![\w.)-])")
# элемент, молекул, моль (a word of its own), химия: the first letter a class, which the search skips ahead by
CHEMISTRY_LINE = re.compile(r"[эмх](?:лемент|олекул|(?<=м)(?<!\wм)оль|имия)", re.I)  # `Rule.when`


def speak_lone_symbol(match: re.Match[str]) -> str:
    """Fe on a line that speaks of elements → феррум; мольS → моль эс."""
    if CHEMISTRY_LINE.search(line_holding(match.string, match.start(), match.end())) is None:
        return match.group()
    glued = match.string[match.start() - 1 : match.start()].isalpha()
    return f" {ELEMENTS[match['symbol']]}" if glued else ELEMENTS[match["symbol"]]


# Elements whose isotopes the news and textbooks name: symbol, the element's Kazakh name, its atomic number and its
# Latin name, as the international tables and an isotope's label give it (Caesium-137): said by school Latin's letters
# (цезиум), as a chemistry lesson reads the Latin name it cites.
_ISOTOPE_ENTRIES = (
    ("H", "сутек", 1, "Hydrogenium"), ("He", "гелий", 2, "Helium"), ("Li", "литий", 3, "Lithium"),
    ("Be", "бериллий", 4, "Beryllium"), ("B", "бор", 5, "Borum"), ("C", "көміртек", 6, "Carboneum"),
    ("N", "азот", 7, "Nitrogenium"), ("O", "оттек", 8, "Oxygenium"), ("F", "фтор", 9, "Fluorum"),
    ("Na", "натрий", 11, "Natrium"), ("Mg", "магний", 12, "Magnesium"), ("Al", "алюминий", 13, "Aluminium"),
    ("Si", "кремний", 14, "Silicium"), ("P", "фосфор", 15, "Phosphorus"), ("S", "күкірт", 16, "Sulfur"),
    ("Cl", "хлор", 17, "Chlorum"), ("Ar", "аргон", 18, "Argon"), ("K", "калий", 19, "Kalium"),
    ("Ca", "кальций", 20, "Calcium"), ("Cr", "хром", 24, "Chromium"), ("Mn", "марганец", 25, "Manganum"),
    ("Fe", "темір", 26, "Ferrum"), ("Co", "кобальт", 27, "Cobaltum"), ("Ni", "никель", 28, "Niccolum"),
    ("Cu", "мыс", 29, "Cuprum"), ("Zn", "мырыш", 30, "Zincum"), ("Se", "селен", 34, "Selenium"),
    ("Br", "бром", 35, "Bromum"), ("Kr", "криптон", 36, "Krypton"), ("Sr", "стронций", 38, "Strontium"),
    ("Y", "иттрий", 39, "Yttrium"), ("Zr", "цирконий", 40, "Zirconium"), ("Tc", "технеций", 43, "Technetium"),
    ("Ag", "күміс", 47, "Argentum"), ("I", "йод", 53, "Iodum"), ("Xe", "ксенон", 54, "Xenon"),
    ("Cs", "цезий", 55, "Caesium"), ("Ba", "барий", 56, "Barium"), ("Ce", "церий", 58, "Cerium"),
    ("Ir", "иридий", 77, "Iridium"), ("Au", "алтын", 79, "Aurum"), ("Hg", "сынап", 80, "Hydrargyrum"),
    ("Tl", "таллий", 81, "Thallium"), ("Pb", "қорғасын", 82, "Plumbum"), ("Bi", "висмут", 83, "Bismuthum"),
    ("Po", "полоний", 84, "Polonium"), ("Rn", "радон", 86, "Radon"), ("Ra", "радий", 88, "Radium"),
    ("Th", "торий", 90, "Thorium"), ("U", "уран", 92, "Uranium"), ("Np", "нептуний", 93, "Neptunium"),
    ("Pu", "плутоний", 94, "Plutonium"), ("Am", "америций", 95, "Americium"), ("Cm", "кюрий", 96, "Curium"),
)  # fmt: skip
# Symbol → the element's Kazakh name and its atomic number.
ISOTOPES: dict[str, tuple[str, int]] = {symbol: (name, number) for symbol, name, number, _ in _ISOTOPE_ENTRIES}
LATIN_NAMES: dict[str, str] = {symbol: latin for symbol, _, _, latin in _ISOTOPE_ENTRIES}
# Element names both languages write alike with the ending Russian adjectives have (цезий, стронций): no sign of
# Russian in a sentence (`language`).
SHARED_NAMES = frozenset(name for name, _ in ISOTOPES.values() if name.endswith("ий"))
# Drug and excipient names both languages write alike, told by the stems of their international names (пантопразол,
# дапаглифлозин, кросповидон, маннитол) or by the acid a salt is named for (карбонат, стеарат, гидрохлорид), bare or
# with a Kazakh possessive (натрий карбонаты): no sign of Russian in a leaflet's list of what a tablet holds.
_DRUG_NAME_ENDINGS = (
    *("празол", "флозин", "видон", "итол", "олол", "сартан", "статин", "мицин", "циллин", "оксацин", "тидин", "дипин"),
    *("профен", "фенак", "карбонат", "стеарат", "цитрат", "сульфат", "фосфат", "нитрат", "ацетат", "бензоат", "лактат"),
    *("глюконат", "фумарат", "сукцинат", "тартрат", "малеат", "хлорид", "оксид", "гидрат"),
)


def shared_name(word: str) -> bool:
    """An element's, a drug's or a salt's name, written alike in Kazakh and Russian text."""
    low = word.lower()
    bare = low[:-1] if low.endswith(("ы", "і")) else low  # натрий карбонаты: the Kazakh possessive
    return low in SHARED_NAMES or low.endswith(_DRUG_NAME_ENDINGS) or bare.endswith(_DRUG_NAME_ENDINGS)


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_ISOTOPE_SYMBOL = "|".join(sorted(ISOTOPES, key=len, reverse=True))
_NAMES = {name: symbol for symbol, (name, _) in ISOTOPES.items()}
_BY_LATIN_NAME = {latin.lower(): symbol for symbol, latin in LATIN_NAMES.items()}


def _names_pattern(names: Iterable[str]) -> str:
    """Names as alternatives, the longest first, each with its first letter in either case."""
    return "|".join(f"[{name[0]}{name[0].upper()}]{name[1:]}" for name in sorted(names, key=len, reverse=True))


_ISOTOPE_NAME = _names_pattern(_NAMES)
_LATIN_NAME = _names_pattern(LATIN_NAMES.values())
ISOTOPE = re.compile(
    rf"(?:(?<![\w-])(?:(?P<symbol>{_ISOTOPE_SYMBOL})|(?P<name>{_ISOTOPE_NAME})|(?P<latin>{_LATIN_NAME}))"
    rf"-(?P<mass>\d{{1,3}})(?![\w°]|[.,]\d)"
    rf"|(?<![\dA-Za-z.⁰-⁹])(?P<before>\d{{1,3}}|[⁰¹²³⁴-⁹]{{1,3}})(?P<named>{_ISOTOPE_SYMBOL})(?![\w°]))"
    rf"(?:-(?P<suf>{SUFFIX})(?![\w-]))?"
)
# What every isotope holds: a digit and a capital of a symbol beside it, or a hyphen between a symbol's letter or a
# name's last one and a digit.
_LAST_LETTERS = "".join(sorted({name[-1] for name in _NAMES}))
ISOTOPE_MARK = re.compile(rf"[\d⁰-⁹¹²³][A-Z]|[A-Za-z{_LAST_LETTERS}]-\d")
# Words that make a one-letter symbol with a number an isotope (U-235 near уран, C-14 near радиокөміртек) rather than
# a plane's or a team's name (C-17, U-17).
_NUCLEAR = re.compile(r"изотоп|радио|ядро|ядрол|нуклид|ыдырау|реактор|уран|беккерел|(?<!\w)Бк(?!\w)|isotop", re.I)
_NUCLEAR_REACH = 300


def speak_isotope(match: re.Match[str]) -> str:
    """The element's name and its mass number (Cs-137, цезий-137 → цезий жүз отыз жеті), when that number can be the
    element's (from its atomic number to three times it) and, for a one-letter symbol, the text around speaks of
    nuclei. A name keeps its capital (Цезий-137 → Цезий жүз отыз жеті)."""
    written = match["name"] or (match["latin"] and read_scientific(match["latin"].lower()))
    symbol = match["symbol"] or match["named"] or _symbol_of(match)
    mass = (match["mass"] or match["before"]).translate(_SUPERSCRIPTS)
    name, number = ISOTOPES[symbol]
    if not number <= int(mass) <= 3 * number or (len(symbol) == 1 and not written and not _nuclear(match)):
        return match.group()
    spoken = attach(f"{written or name} {cardinal_of(mass)}", match["suf"])
    glued = match.start() > 0 and match.string[match.start() - 1].isalpha()  # изотоптары137Xe
    return f" {spoken}" if glued else spoken


def _symbol_of(match: re.Match[str]) -> str:
    """The symbol of the element an isotope names in Kazakh (цезий-137) or in Latin (Caesium-137)."""
    return _NAMES[match["name"].lower()] if match["name"] else _BY_LATIN_NAME[match["latin"].lower()]


def _nuclear(match: re.Match[str]) -> bool:
    around = match.string[max(0, match.start() - _NUCLEAR_REACH) : match.end() + _NUCLEAR_REACH]
    return _NUCLEAR.search(around) is not None


PH = re.compile(rf"(?<![\w-])[pр][HН](?![\w])(?:-(?!метр)(?P<suf>{SUFFIX})(?![\w-]))?")  # not pH-метр's word
PH_MARK = re.compile("[pр][HН]")


def speak_ph(match: re.Match[str]) -> str:
    """pH, рН → пэ аш (the hydrogen's letters as schools name them); a suffix after it agrees (pH-тың → пэ аштың)."""
    return attach("пэ аш", match["suf"])


GREEK_LETTERS = dict(zip("αβγδεζηθικλμνξοπρστυφχψω", (
    "альфа", "бета", "гамма", "дельта", "эпсилон", "дзета", "эта", "тета", "йота", "каппа", "лямбда", "мю", "ню",
    "кси", "омикрон", "пи", "ро", "сигма", "тау", "ипсилон", "фи", "хи", "пси", "омега",
), strict=True))  # fmt: skip
# A small Greek letter apart from other letters (a capital is a unit's: Ω, ohm; one in a word is Greek text's).
# A Greek letter's case suffix on its hyphen (λ-ны табыңыз) goes onto its name (лямбданы).
GREEK_LETTER = re.compile(rf"(?<![^\W\d_])(?P<letter>[α-ω])(?:-(?P<suf>{SUFFIX})(?![\w-]))?(?![^\W\d_])")
GREEK_MARK = re.compile("[α-ω]")


def speak_greek_letter(match: re.Match[str]) -> str:
    name = GREEK_LETTERS.get(match["letter"])
    if name is None:
        return match.group()
    suffix = match["suf"]
    if suffix and parse_suffixes(suffix) is not None and not capitals.known_stem(suffix):
        return attach(name, suffix)
    return f"{name}-{suffix}" if suffix else name  # a compound's word (β-ыдырау, α-бөлшектер) keeps its hyphen


# A group of the periodic table by its Roman number and its subgroup's letter (IA, IIA … VIIIA; IB … VIIIB), as a
# slide or a table heads the groups' columns: the group's ordinal and the letter's name, as schools say it (VIIA →
# жетінші а, IB → бірінші бэ). Read so where the text names two groups at least (a table of them) or a group's word
# follows (IIA топ, VIIA топшасы), or it spells nothing else (IIIA, VIIIA); alone, VIA, IVA or VA may be a word's or
# a unit's.
_GROUP_NUMBERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
GROUP = re.compile(r"(?<![\w-])(?P<roman>VIII|VII|VI|IV|V|III|II|I)(?P<sub>[AB])(?![\w-])")
GROUP_MARK = re.compile("[IV][AB]")  # what every group holds (`Rule.needs`)
_GROUP_WORD_AFTER = re.compile(r"\s*(?:топ|период)", re.I)
_SUBGROUP_LETTERS = {"A": "а", "B": "бэ"}
_NO_WORD = frozenset(("II", "III", "VII", "VIII"))


def speak_group(match: re.Match[str]) -> str:
    """IA → бірінші а where the text shows it is a group (see above); else as written."""
    named = {m.group() for m in GROUP.finditer(match.string)}
    spelled = match["roman"] in _NO_WORD  # no word or state's letters (IIA, VIIIA), unlike VA, IA, VIA
    if len(named) < 2 and not spelled and not _GROUP_WORD_AFTER.match(match.string, match.end()):
        return match.group()
    number = ordinal_of(cardinal_of(str(_GROUP_NUMBERS[match["roman"]])))
    return f"{number} {_SUBGROUP_LETTERS[match['sub']]}"


# An element's symbol in a line or a table's cell of its own, in a text on atoms, as a slide of the periodic table sets
# them (Li⏎Be⏎B, Ne, Na): the element, said as in a formula (литий, натрий, цэ) or by its name where formulas have no
# reading of their own (бериллий, неон, бор). A symbol of one letter is read so only beside a cell of a two-letter
# symbol or of a particle count (6p, 2e-, 9p+): a column of answer letters (A⏎B⏎C⏎D) is no elements'.
_CELL_NAMES = {
    **{symbol: name for symbol, (name, _) in ISOTOPES.items() if len(symbol) == 2},
    "Ne": "неон", "B": "бор", **ELEMENTS,
}  # fmt: skip
_CELL_SYMBOL = "|".join(sorted(_CELL_NAMES, key=len, reverse=True))
_CELL_EDGE_BEFORE = r"(?:(?<=\n)|(?<=\|)|\A)"
_CELL_EDGE_AFTER = r"(?=[ \t]*(?:\n|\||\Z))"
CELL_SYMBOL = re.compile(rf"{_CELL_EDGE_BEFORE}[ \t]*(?P<symbol>{_CELL_SYMBOL}){_CELL_EDGE_AFTER}")
CELL_SYMBOL_MARK = re.compile(r"(?:^|\|)[ \t]*[A-Z][a-z]?[ \t]*(?:$|\|)", re.M)  # `Rule.needs`
# A lesson on atoms: its words, or a particle count with its charge (5p+, 2e-) such a slide draws.
_ATOMS_WORDS = re.compile(r"атом|электрон|протон|нейтрон|элемент|(?<!\w)ион|\d[pe][+-]", re.I)
_NEIGHBOUR_CELL = re.compile(rf"[ \t]*(?:(?:{_CELL_SYMBOL})(?<=[A-Z][a-z])|\d{{1,3}}[pe][+-]?)[ \t]*$")


def speak_cell_symbol(match: re.Match[str]) -> str:
    """Li on a line of its own in a lesson on atoms → литий; B beside Be → бор (see above)."""
    symbol = match["symbol"]
    if _ATOMS_WORDS.search(match.string) is None:
        return match.group()
    if len(symbol) == 1 and not any(_NEIGHBOUR_CELL.match(cell) for cell in _neighbour_cells(match)):
        return match.group()
    return match.group()[: match.start("symbol") - match.start()] + _CELL_NAMES[symbol]


def _neighbour_cells(match: re.Match[str]) -> tuple[str, str]:
    """The nearest lines or cells before and after the match that hold anything."""
    before = [cell for cell in re.split(r"[\n|]", match.string[: match.start()]) if cell.strip()]
    after = [cell for cell in re.split(r"[\n|]", match.string[match.end() :]) if cell.strip()]
    return (before[-1] if before else "", after[0] if after else "")


# An atom's electron configuration (1s22s22p63s23p2, 1s²2s²2p⁶): each sublevel said as its shell's number, its
# letter's name and its electrons' count (бір эс екі, екі пэ алты), with the superscript counts written on the line as
# they often are; the count each letter takes is its sublevel's (s two at most, p six, d ten, f fourteen), which is
# how a run of digits parts. An element's symbol before it with a dash or colon (Si - 1s2…) is the element's.
_SUBLEVEL = "s(?:[12]|[¹²])|p(?:[1-6]|[¹²³⁴⁵⁶])|d(?:10|[1-9]|¹⁰|[¹²³⁴⁵⁶⁷⁸⁹])|f(?:1[0-4]|[1-9]|¹[⁰¹²³⁴]|[¹²³⁴⁵⁶⁷⁸⁹])"
CONFIGURATION = re.compile(
    rf"(?<![\w-])(?:(?P<symbol>{_SYMBOL})[ \t]*[-–—:][ \t]*)?(?P<config>(?:[1-7](?:{_SUBLEVEL})){{2,}})(?![\w-])"
)
CONFIGURATION_MARK = re.compile("s[12¹²][2-7]")  # what every configuration holds: its first s sublevel's count
_SUBLEVEL_LETTERS = {"s": "эс", "p": "пэ", "d": "дэ", "f": "эф"}
_ONE_SUBLEVEL = re.compile(rf"(?P<shell>[1-7])(?P<sublevel>{_SUBLEVEL})")


def speak_configuration(match: re.Match[str]) -> str:
    """Si - 1s22s22p63s23p2 → силициум – бір эс екі екі эс екі екі пэ алты үш эс екі үш пэ екі."""
    said = []
    for part in _ONE_SUBLEVEL.finditer(match["config"]):
        letter, count = part["sublevel"][0], part["sublevel"][1:].translate(_SUPERSCRIPTS)
        said.append(f"{cardinal_of(part['shell'])} {_SUBLEVEL_LETTERS[letter]} {cardinal_of(count)}")
    config = " ".join(said)
    return f"{ELEMENTS[match['symbol']]} – {config}" if match["symbol"] else config


# A formula run onto the Cyrillic word after it, as a slide's text loses the space between them (NaClнатрий хлориді):
# the formula said, and a space before the word. A case ending written onto a formula (CO2ні) is no word of its own
# and is left to the suffix rules.
FORMULA_ONTO_WORD = re.compile(
    rf"(?<![\w-])(?P<formula>(?:{_ATOM}|{_GROUP}|{_COMPLEX}){{2,}})(?=(?P<word>[а-яёәіңғүұқөһ]{{3,}}))"
)


def speak_formula_onto_word(match: re.Match[str]) -> str:
    if parse_suffixes(match["word"]) is not None:
        return match.group()
    said = speak_formula(match)
    return match.group() if said == match.group() else f"{said} "
