"""School formulas and equations (x2 + y2 = 169, (х - 4)2 + (у + 2)2 = 9, 0,5 (5x + 1) = 3 (2x – 1), S=πr2,
[Q] = 1 Дж): said as a Kazakh teacher reads them aloud. A variable is its letter's Russian name, as Kazakh schools
say it (x → икс, y → игрек, b → бэ, R → эр, c → цэ; the Cyrillic х and у of a typed equation too), π and pi are пи,
the signs are words (= тең, ≠ тең емес, ≈ шамамен, ≤ кіші немесе тең, + плюс, a hyphen or a dash минус, × көбейту),
and a square or a cube written flat after a variable or a bracket (x2, (х - 4)2, r^2) is квадрат or куб. A formula is
a run of these tokens that holds a relation sign and a variable: a sentence's numbers and dashes are not one, and a
word of two Latin letters breaks it (iPhone 15 = ...). Where a variable stands with the index 0 or 1 (x1, b1) the
digits after letters are indices (x1 = 3, x2 = 1 → икс бір, икс екі). A list's marker before the formula (1) x2 ...)
and a number with its unit or word after it (= 1 Дж, = 169 шеңберінде) are left to the rules that read them. Without a
relation sign an algebraic expression is read the same way where its brackets show it (х(у-z)–(z–y), (x+1)(z–y)), and
so is an answer option's expression (A) -2а, D) 3 - tg75)."""

from __future__ import annotations

import re
import unicodedata

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import chemistry, lookalikes, references, writtennumbers
from tts_edition.normalize.marks import line_holding
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER, SUFFIX, attach
from tts_edition.normalize.numbers import ONES, TENS, cardinal_of, number_of, ordinal_of

# The Russian names of the Latin letters, as schools read a variable; the Cyrillic х and у of an equation typed in
# Kazakh letters are the same variables.
LETTER_NAMES = {
    "a": "а", "b": "бэ", "c": "цэ", "d": "дэ", "e": "е", "f": "эф", "g": "жэ", "h": "аш", "i": "и", "j": "йот",
    "k": "ка", "l": "эль", "m": "эм", "n": "эн", "o": "о", "p": "пэ", "q": "ку", "r": "эр", "s": "эс", "t": "тэ",
    "u": "у", "v": "вэ", "w": "дубль-вэ", "x": "икс", "y": "игрек", "z": "зет", "х": "икс", "у": "игрек",
    "а": "а", "е": "е", "о": "о", "к": "ка", "р": "эр",
}  # fmt: skip
# A point of a figure is named as Kazakh geometry lessons name it (LMNK трапециясы → эл эм эн ка): its L by the
# Kazakh letter's name, эл, where a quantity's l in a physics law keeps the Russian эль.
POINT_NAMES = {**LETTER_NAMES, "l": "эл"}
# A variable typed in a Cyrillic look-alike of its Latin letter (р=0.6p0, the pressure's p): said by the Cyrillic
# letter's name, as the text writes it. Not м, с and т, which after a number are units (1 т = 1000 кг). A small Greek
# letter is a variable too (θ1 > θ2 > θ3: тета бір үлкен тета екі), said by its name, the digits after it an index.
# So is a Cyrillic capital standing alone written onto a sign of equality or addition, as a test typed in Cyrillic
# names its unknowns (А+5=В, 2А=В → а плюс бес тең вэ, екі а тең вэ): said by the Cyrillic letter's name. Spaced from
# the signs it is a label or a unit (1 Ф = 10-50, F=4 Н), and one a digit follows is a code's (5В080100).
_POWERED_LETTERS = "A-Za-zхуаеокр"
_VARIABLE_LETTERS = f"{_POWERED_LETTERS}α-ω"
_CYRILLIC_CAPITAL = "[А-ЯЁӘҒҚҢӨҰҮҺІ]"
_CYRILLIC_VARIABLE = rf"{_CYRILLIC_CAPITAL}(?=[=+\-–−])|(?<=[=+\-–−]){_CYRILLIC_CAPITAL}(?!\d)"
SIGNS = {
    "=": "тең", "≠": "тең емес", "≈": "шамамен", "≤": "кіші немесе тең", "≥": "үлкен немесе тең", "<": "кіші",
    "∈": "тиісті", "∉": "тиісті емес",
    ">": "үлкен", "+": "плюс", "-": "минус", "–": "минус", "−": "минус", "×": "көбейту", "·": "көбейту",
    "∙": "көбейту", "⋅": "көбейту", "*": "көбейту", "π": "пи", "/": "бөлу", "±": "плюс минус", ":": "бөлу",
    "√": "түбір астында",
}  # fmt: skip
# A colon after a number or a bracket, before a bracket or a variable, or spaced before a number, divides, as primary
# schools write division (450: х=9, а*1000: 4, 12 : 4): a label's colon follows a word (Жауабы: x = 3), and a time's
# joins its digits unspaced (12:30, x = 5), both staying out of the formula.
_COLON_VARIABLE = "[A-Za-zхуаеокр](?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])"  # a variable after the colon
_DIVIDING_COLON = (
    rf"(?<=[\d)])(?:[^\S\n]?:(?=[^\S\n]?(?:\(|{_COLON_VARIABLE}))"  # before a bracket or a variable
    r"|[^\S\n]:(?=[^\S\n]?\d)|:(?=[^\S\n]\d))"  # spaced before a number
)
_RELATIONS = "=≠≈≤≥<>∈∉"  # a set's membership too (a∈[0,h] → а тиісті нөл, аш)
_POWERS = {"2": "квадрат", "3": "куб"}
# The functions of school mathematics, by the names Kazakh teachers say (tg30 → тангенс отыз, cos x → косинус икс).
FUNCTIONS = {
    "sin": "синус", "cos": "косинус", "tg": "тангенс", "tan": "тангенс", "ctg": "котангенс", "cot": "котангенс",
    "arcsin": "арксинус", "arccos": "арккосинус", "arctg": "арктангенс", "arcctg": "арккотангенс",
    "log": "логарифм", "lg": "ондық логарифм", "ln": "натурал логарифм",
}  # fmt: skip
_FUNCTION = r"(?<![A-Za-z])(?:arcsin|arccos|arcctg|arctg|sin|cos|ctg|cot|tg|tan|log|lg|ln)(?![A-Za-z])"
_LETTERS = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
_VARIABLE = rf"(?<![{_LETTERS}])(?:pi|[{_VARIABLE_LETTERS}]|{_CYRILLIC_VARIABLE})(?![{_LETTERS}])"
# Variables written side by side multiply (ax2 + bx + c = 0, D = b2 - 4ac, S = 1/2aha): two or three small Latin
# letters touching a digit, a sign or a bracket, each said by its name (а икс квадрат, төрт а цэ); a word a space from
# the signs (x is = ...) is no product.
_SIGN_OR_DIGIT = r"[\d+\-–−=*·⋅×/()^<>]"
_PRODUCT = rf"(?<![{_LETTERS}])(?:(?<={_SIGN_OR_DIGIT})[a-z]{{2,3}}|[a-z]{{2,3}}(?={_SIGN_OR_DIGIT}))(?![{_LETTERS}])"
_NUMBER = r"\d+(?:[.,]\d+)?"
# Capitals side by side, each said by its letter's school name, not as an English word or letters: a segment named by
# its two or three points and raised to a power (AB^2 + BC^2 = AC^2 → а бэ квадрат), and a physics law's product of
# quantities set equal to one quantity's letter (A = IU t, F = BIl sin α, P = UI → а тең и у тэ), a Cyrillic
# look-alike typed among its Latin capitals (F= ВI) read as the Latin letter. Capitals on both sides (IQ = 120, KML =
# LMN) are no such product.
_ONE_LETTER_SET_EQUAL = "|".join(rf"(?<=(?<![A-Za-z])[A-Za-z]{sign})" for sign in ("=", " =", "= ", " = "))
_QUANTITY_CAPITAL = f"A-Z{lookalikes.LOOKALIKE_CYRILLIC_CAPITALS}"
_CAPITALS = (
    rf"(?=[{_QUANTITY_CAPITAL}]{{2}})(?:(?<![A-Za-z])[A-Z]{{2,3}}(?=\^)"  # two capitals first: a fast scan
    rf"|(?:{_ONE_LETTER_SET_EQUAL})(?=[{_QUANTITY_CAPITAL}]{{0,2}}[A-Z])[{_QUANTITY_CAPITAL}]{{2,3}}[a-z]?(?![^\W\d_]))"
)
# 3 x 4 = 12: a letter between two numbers multiplies, as × does; the number after it is no power (2х2 = 4)
_TIMES = r"(?<=\d)\s?[xх]\s?(?=\d)"
# A power of ten after a times sign, its exponent run onto the ten (2 · 105 πt): the ten to that power (`TEN_POWER`).
_TEN_AFTER_TIMES = r"(?:(?<=[·∙⋅×*])|(?<=[·∙⋅×*]\s))10(?P<tenminus>[-−–])?(?P<tenexp>[1-9]\d?)(?!\d|[.,]\d)"
_TOKEN = re.compile(
    rf"(?P<times>{_TIMES})|(?P<tenpower>{_TEN_AFTER_TIMES})|(?P<func>{_FUNCTION})|(?P<capitals>{_CAPITALS})|(?P<var>{_VARIABLE})|(?P<product>{_PRODUCT})|(?P<power>(?<=[{_POWERED_LETTERS})])(?<!\d[xх])(?<!\d\s[xх])\^?\d+(?![.,]\d)|\^\d+)|(?P<num>{_NUMBER})|(?P<sign>[{_RELATIONS}+\-–−×·∙⋅*π/±√]|{_DIVIDING_COLON})"
    r"|(?P<mark>[()\[\];,.])|(?P<space>\s+)"
)
MARK = re.compile(f"[{_RELATIONS}^]")
_PIECE = (
    rf"(?:{_FUNCTION}|{_CAPITALS}|{_VARIABLE}|{_PRODUCT}|{_NUMBER}|{_DIVIDING_COLON}"
    r"|[+\-–−×·∙⋅*π/±√()\[\];,.]| (?! ))"
)
# Pieces before the sign taken possessively: no piece holds a sign, so none given back could find one, and a long run of
# numbers and commas without a sign (ids="16254,16256,…") is not split every way a number and a comma can be.
# A formula does not open inside a Latin word or a chemical formula (m (Al2O3) = 20,4: not a power in "2O3"), which
# the chemical formula's rule reads; nor at a web address's query parameter, whose name follows its ? or _, or an &
# typed onto the parameter before (profile.php?id=100024948800417, page_id=1008&lang=2: the address's reading says
# its = as тең). An & after a space is a scraped page's lost letter (қысым: &p=1,013∙105 Па), the formula after it read.
FORMULA = re.compile(rf"(?<![A-Za-z\d?_])(?<!\w&){_PIECE}*+[{_RELATIONS}^](?:{_PIECE}|[{_RELATIONS}^])*")
_RELATION = re.compile(f"[{_RELATIONS}^]")
_INDEXED = re.compile(rf"(?<![{_LETTERS}])[{_VARIABLE_LETTERS}][01](?!\d)")
_DEFINED_INDEXED = re.compile(r"[\s,;]*(?P<letter>[A-Za-z])\d\s*=")
_LAST_NUMBER = re.compile(rf"(?<![{_VARIABLE_LETTERS})^\d.,]){_NUMBER}\s*\Z")  # not a power (πr2 болады)
# A list's marker before a formula, or an answer option's letter after a bulleted line's dash (- A) у = 2,5х - 8.):
# left as written for the marker's and the option's rules, the dash a bullet, not a minus.
_LIST_MARKER = re.compile(r"\A\s*(?:\d+\)|[-–•][ \t]*[A-EАВСДЕ]\))\s*")
_WORD_AFTER = re.compile(r"\s*(?:[^\W\d_]|[°%‰])")  # a unit, a word or a sign the number is read with
_UNSPACED_OPEN = re.compile(r"([(\[]) ")
_UNSPACED_CLOSE = re.compile(r" ([)\];,.])")
# A spaced dash with no operand after it (2А=В - дұрыс жауап): the sentence's dash, left after the formula's words.
_DANGLING_DASH = re.compile(r"[ \t]+[-–—][ \t]*\Z")
_GLUED_WORD = re.compile(r"[^\W\d_]\Z")  # a word written onto the formula's sign (Аудан=πr2)


# A formula set in LaTeX's inline math on an olympiad's page ($ABC$ үшбұрышының, $a+b+c+d = 0$, $n+1$ түстен): the
# dollar signs are markup, said as nothing, the formula or the names between them read as written bare. A span opens
# and closes on no space, holds a Latin letter, a backslash or a sign, and touches no word or number outside: money
# ($5 және $10, $5-$10) puts its number after the sign and never closes a span so.
LATEX_INLINE = re.compile(
    r"(?<![\w$])\$(?P<body>(?=[^$\n]*[A-Za-z\\=+^{<>])[^\s$][^$\n]{0,200}?(?<=[^\s$]))(?P<pad>[ ]?)\$(?![\w$])"
)
DOLLAR = re.compile(r"\$")  # what every span holds (`Rule.needs`)
# Inside the span LaTeX's commands are the signs and letters they typeset, which the rules after read as printed
# ($\angle ABD=90^\circ $ → ∠ABD=90°, $MF \perp CD$ → MF ⊥ CD, $\vartheta_1$ → θ1): a degree's ^\circ, the
# geometry's relations, the Greek letters by their names, a subscript's index written after its letter as a PDF
# prints it (θ1). A command the table lacks is left as written. A span whose last command is spaced off its closing
# dollar ($\angle ABD=90^\circ $) closes there too; without a command a space before the dollar is money's.
_LATEX_SIGNS = {
    "angle": "∠", "perp": "⊥", "parallel": "∥", "circ": "°", "cdot": "·", "times": "×",
    "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "pm": "±", "approx": "≈",
    "vartheta": "θ", "varphi": "φ", "varepsilon": "ε",
    **{name: letter for letter, name in zip("αβγδεζηθικλμνξπρστυφχψω", (
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
        "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    ), strict=True)},
}  # fmt: skip
_LATEX_COMMAND = re.compile(r"\^?\\(?P<name>[A-Za-z]+)(?![A-Za-z])\s?|_\{?(?P<index>\d{1,2})\}?")


def speak_latex(match: re.Match[str]) -> str:
    """$\\angle ABD=90^\\circ $ → ∠ABD=90°; $\\vartheta_1$ → θ1; $ABC$ → ABC; $A{{B}^{2}}$ → AB^2; $n(n-1)/2$ → эн
    көбейту эн минус бір бөлу екі."""
    body = match["body"]
    if match["pad"] and "\\" not in body:
        return match.group()
    body = _LATEX_COMMAND.sub(_latex_sign, _flat_fractions_and_roots(_ungrouped(body)))
    return _words(body) if _expression(body) else body


# A fraction and a square root set by their commands (\dfrac{1}{3}, \frac{a^2+b^2}{2}, \sqrt{ab}): written flat as a
# formula prints them, 1/3, (a^2+b^2)/2, √(ab), the innermost first, an argument of more than one number or letter in
# brackets, which are said as nothing.
_LATEX_FRACTION = re.compile(r"\\[dt]?frac\{(?P<top>[^{}]*)\}\{(?P<bottom>[^{}]*)\}")
_LATEX_ROOT = re.compile(r"\\sqrt\{(?P<under>[^{}]*)\}")
_SIMPLE_ARGUMENT = re.compile(r"\s*(?:\d+(?:[.,]\d+)?|[A-Za-z])\s*")


def _flat_fractions_and_roots(body: str) -> str:
    if "\\" not in body:
        return body
    while True:
        flat = _LATEX_FRACTION.sub(lambda f: f"{_bracketed(f['top'])}/{_bracketed(f['bottom'])}", body)
        flat = _LATEX_ROOT.sub(lambda r: f"√({r['under'].strip()})", flat)
        if flat == body:
            return body
        body = flat


def _bracketed(argument: str) -> str:
    return argument.strip() if _SIMPLE_ARGUMENT.fullmatch(argument) else f"({argument.strip()})"


# Braces that only group, as an equation editor nests them (A{{B}^{2}}, x^{2}): said as nothing, their content read
# as if written bare (AB^2, x^2). A command's arguments keep theirs (\frac{a}{b}, \sqrt{x}, \text{км}).
_GROUP = re.compile(r"\{(?P<inner>[^{}]*)\}")
_ARGUMENT_BEFORE = re.compile(r"(?:\\[A-Za-z]+|\})\Z")


def _ungrouped(body: str) -> str:
    while True:
        bare = _GROUP.sub(lambda g: g.group() if _ARGUMENT_BEFORE.search(g.string, 0, g.start()) else g["inner"], body)
        if bare == body:
            return body
        body = bare


# An expression set in LaTeX without a relation ($n(n-1)/2$, $n+1$): mathematics by its markup, though no = says so,
# read as a formula's tokens are; one with a relation is left to the formula's rule, which reads the number and unit
# after it.
_EXPRESSION = re.compile(rf"(?:{_PIECE}|\^)+")
# A root (√(2), from \sqrt{2}) is such an expression whatever its operands: no reader outside a formula's says √.
_OPERATION = re.compile(r"[+\-–−×·⋅*/^√]")


def _expression(body: str) -> bool:
    return (
        _EXPRESSION.fullmatch(body) is not None
        and not _RELATION.search(body.replace("^", ""))
        and _OPERATION.search(body) is not None
        and ("√" in body or any(token["var"] or token["product"] for token in _TOKEN.finditer(body)))
    )


# The same markup between MathJax's delimiters, as a lesson page sets its numbers and units (\(15\) км/сағ,
# \(12 \, \text{км/сағ} \times 4 \, \text{сағат} = 48 \, \text{км}\)): the delimiters are said as nothing, \text{...}
# is its text, a spacing command (\, \; \quad) a space, and the commands as inside dollars, an operator's sign set
# apart from its operands as MathJax sets it (км/сағ × 4, not км/сағ ×4, which a unit's reading would not end at).
MATHJAX_INLINE = re.compile(r"\\\((?P<body>[^\n]{1,200}?)\\\)")
MATHJAX_OPEN = re.compile(r"\\\(")  # what every span holds (`Rule.needs`)
_LATEX_TEXT = re.compile(r"\\(?:text|textrm|mathrm|mbox)\{(?P<text>[^{}]*)\}")
_LATEX_SPACE = re.compile(r"\\[,;:! ]|\\q?quad(?![A-Za-z])")
_SPACES = re.compile(r"[ \t]{2,}")
_SPACED_SIGNS = frozenset("⊥∥≤≥≠±≈")  # set apart from their operands inside dollars too
_OPERATORS = _SPACED_SIGNS | frozenset("×·")


def speak_mathjax(match: re.Match[str]) -> str:
    """\\(15\\) → 15; \\(60 \\, \\text{км}\\) → 60 км; \\(12 \\, \\text{км/сағ} \\times 4\\) → 12 км/сағ × 4."""
    body = _LATEX_SPACE.sub(" ", _LATEX_TEXT.sub(r"\g<text>", match["body"]))
    body = _SPACES.sub(" ", _LATEX_COMMAND.sub(_spaced_latex_sign, _flat_fractions_and_roots(body))).strip()
    return _words(body) if "√" in body and _expression(body) else body  # a root: read here, as no rule after says √


def _spaced_latex_sign(command: re.Match[str]) -> str:
    sign = _latex_sign(command)
    return f" {sign.strip()} " if sign.strip() in _OPERATORS else sign


def _latex_sign(command: re.Match[str]) -> str:
    if command["index"]:
        return command["index"]
    sign = _LATEX_SIGNS.get(command["name"])
    if sign is None:
        return command.group()
    return f" {sign} " if sign in _SPACED_SIGNS else sign


def _is_formula(text: str) -> bool:
    """A relation sign and a variable, π or a power: 25 + 49 = 169 is left to the rules of numbers."""
    return bool(_RELATION.search(text)) and any(
        m["var"] or m["product"] or m["power"] or m["sign"] == "π" for m in _TOKEN.finditer(text)
    )


def _power(written: str, indexed: bool) -> str:
    digits = written.lstrip("^")
    if written.startswith("^") or (not indexed and digits in _POWERS):
        return _POWERS.get(digits) or f"{ordinal_of(cardinal_of(digits))} дәрежесі"
    return cardinal_of(digits)


# A line of program code (n = int(input()), k %= len(arr), L, R = map(int, ...)) writes its products with a star:
# letters side by side there are a name (int, len, sum, arr), said as a word by the rules of Latin words after, not
# spelled as the variables of a product (и эн тэ). A line is code where it holds an operator mathematics does not write
# (==, !=, %=, +=, **, :=) or a built-in call of Python or Pascal before its bracket.
_CODE_LINE = re.compile(
    r"==|!=|[%+\-*/]=|(?<=[\w)])\*\*(?=[\w(])|:="
    r"|(?<![A-Za-z])(?:int|len|sum|map|str|float|input|print|range|list|abs|round|readln|writeln|sqrt)\("
    r"|(?<![A-Za-z])(?:def|return|elif|import)[ \t]"
)
# The operators of a line of code said as a teacher reads them (return n * func(n - 1) → эн көбейту функ эн минус бір,
# n**0.5 → эн дәреже нөл бүтін оннан бес, n % i → эн қалдық и, arr[-k:] → арр минус кей): a star between operands
# multiplies, two stars between operands raise to a power (a Markdown bold's **[2 балл]** is none), a percent sign
# before an operand or an equals sign is the remainder, a hyphen spaced between operands (or ending a line the page
# broke inside the expression) or opening an index subtracts. Outside code the star, the percent and the hyphen are
# left to their rules (50% → пайыз, a spaced dash between words).
# Each alternative opens with its sign and names itself by an empty group after it, the operand before it looked
# back at: a pattern that opens with its signs is scanned for them alone, one that opens with a group at every place.
CODE_OPERATOR = re.compile(
    r"\*\*(?<=[\w)]\*\*)(?=[\w(])(?P<power>)"
    r"|\*(?:(?<=[\w)\]]\*)|(?<=[\w)\]][ \t]\*))[ \t]?(?=[\w(])(?P<times>)"
    r"|%(?:(?<=[\w)\]]%)|(?<=[\w)\]][ \t]%))(?==|[ \t]?[\w(])(?P<mod>)"
    r"|-(?<=[\w)\]][ \t]-)(?:[ \t](?=[\w(])|(?=[ \t]*(?:\n|\Z)))(?P<minus>)"
    r"|-(?<=[\[:]-)(?=\w)(?P<index>)"
)
CODE_OPERATOR_NEEDS = re.compile(r"[*%-]")  # what every match holds (`Rule.needs`)
_CODE_OPERATOR_WORDS = {"power": "дәреже", "times": "көбейту", "mod": "қалдық", "minus": "минус", "index": "минус"}


def speak_code_operator(match: re.Match[str]) -> str:
    """n * func(n - 1) on a line of code → n көбейту func(n минус 1); outside code the sign stays for its rules."""
    if not code_line(match.string, match.start(), match.end()):
        return match.group()
    word = _CODE_OPERATOR_WORDS[match.lastgroup]
    return f"{word} " if match.lastgroup in ("times", "mod") else f" {word} "  # the space before kept as written


def code_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands on a line of program code: k %= len(arr), n = int(input()), not ax2 + bx = c."""
    return _CODE_LINE.search(line_holding(text, start, end)) is not None


def _words(text: str, indexed: bool = False, code: bool = False) -> str:
    """The formula's tokens said; a chemical formula inside it (m (P2O5) = 284, H2O=18) is said as chemistry reads it,
    its element by element, not as variables and powers (пэ екі о бес, not пэ квадрат о бес)."""
    spoken, at = [], 0
    for compound in chemistry.FORMULA.finditer(text):
        said = chemistry.speak_formula(compound)
        if said != compound.group():
            spoken += [_math_words(text[at : compound.start()], indexed, code), said]
            at = compound.end()
    spoken.append(_math_words(text[at:], indexed, code))
    said = " ".join(part for part in spoken if part)
    return _UNSPACED_CLOSE.sub(r"\1", _UNSPACED_OPEN.sub(r"\1", said))


def _math_words(text: str, indexed: bool = False, code: bool = False) -> str:
    indexed = indexed or bool(_INDEXED.search(text))
    text = references.BRACKETED_PAIR.sub(references.speak_bracketed_pair, text)  # an interval's ends: ∈[0,1]
    spoken, after_function, previous = [], False, None
    for token in _TOKEN.finditer(text):
        if token["power"] and after_function:  # sin2x: the function's factor, no power
            spoken.append(cardinal_of(token["power"].lstrip("^")))
        elif token["tenpower"]:
            spoken.append(f"он {_power_words(token['tenexp'], bool(token['tenminus']))}")
        elif token["times"]:
            spoken.append(SIGNS["×"])
        elif token["func"]:
            spoken.append(FUNCTIONS[token["func"]])
        elif token["var"]:
            spoken.append(_variable_name(token["var"]))
        elif token["product"] and code:  # a name in a line of code, left to the Latin words' rules
            spoken.append(token["product"])
        elif token["product"] or token["capitals"]:
            letters = (token["product"] or token["capitals"]).translate(lookalikes.TO_LATIN)
            spoken.extend(LETTER_NAMES[letter.lower()] for letter in letters)
        elif token["power"]:
            spoken.append(_power(token["power"], indexed))
        elif token["num"]:
            spoken.append(number_of(token["num"]))
        elif token["sign"]:
            spoken.append(SIGNS[token["sign"].strip()])
        elif token["mark"]:
            if _multiplies_bracket(token, previous):
                spoken.append(SIGNS["×"])
            spoken.append(token["mark"])
        if not token["space"]:
            after_function = bool(token["func"])
        previous = token
    said = " ".join(spoken)
    return _UNSPACED_CLOSE.sub(r"\1", _UNSPACED_OPEN.sub(r"\1", said))


def _variable_name(written: str) -> str:
    """x → икс; θ → тета; pi → пи; В → вэ."""
    variable = written.lower()
    named = LETTER_NAMES.get(variable) or chemistry.GREEK_LETTERS.get(variable)
    if named:
        return named
    return "пи" if variable == "pi" else abbr.spell(written)  # π is among the Greek letters


# A variable written onto a bracket that holds a sum or a difference multiplies it (n(n-1) → эн көбейту эн минус
# бір): көбейту said before it where the bracket opens on the same letter, whose name would run into the variable's
# (эн эн). Another letter is said straight before the bracket (х(у-z) → икс (игрек минус зет)), and so is a number
# (3(x – 3) → үш (икс минус үш)) and a function's argument (f(x+1)).
_SUM_IN_BRACKET = re.compile(r"[ \t]?(?P<first>[^()\s])[^()]*[+\-–−][^()]*\)")
_FUNCTION_LETTERS = frozenset("fgFGφ")


def _multiplies_bracket(token: re.Match[str], previous: re.Match[str] | None) -> bool:
    if token["mark"] != "(" or previous is None or previous.end() != token.start():
        return False
    variable = previous["var"]
    if not variable or variable in _FUNCTION_LETTERS:
        return False
    bracket = _SUM_IN_BRACKET.match(token.string, token.end())
    return bracket is not None and bracket["first"] == variable


def speak_formula(match: re.Match[str]) -> str:
    """x2 + y2 = 169 → икс квадрат плюс игрек квадрат тең жүз алпыс тоғыз; a list's marker before it and a number
    read with the word after it are left as written."""
    text = match.group()
    if not _is_formula(text):
        return text
    marker = _LIST_MARKER.match(text)
    head = marker.group() if marker else ""
    body = text[len(head) :]
    tail = ""
    last = _LAST_NUMBER.search(body)
    if last and _WORD_AFTER.match(match.string, match.end()):
        body, tail = body[: last.start()], last.group()
    elif dangling := _DANGLING_DASH.search(body):
        body, tail = body[: dangling.start()], dangling.group()
    lead = body[: len(body) - len(body.lstrip())]
    trail = body[len(body.rstrip()) :] if body.strip() else ""
    end_mark = "." if body.rstrip().endswith(".") and not tail else ""
    core = body.strip().removesuffix(".") if end_mark else body.strip()
    code = code_line(match.string, match.start(), match.end())
    apart = " " if _word_onto_sign(match) else ""
    return f"{apart}{head}{lead}{_words(core, _indexed_line(match), code)}{end_mark}{trail}{tail}"


def _word_onto_sign(match: re.Match[str]) -> bool:
    """A word written onto the formula's opening relation sign (Шеңбер=2πr, Аудан=πr2): the quantity the formula
    gives, set apart from the sign's word (шеңбер тең, not шеңбертең)."""
    start = match.start()
    return bool(_RELATION.match(match.string, start) and _GLUED_WORD.search(match.string, max(0, start - 1), start))


def _indexed_line(match: re.Match[str]) -> bool:
    """A formula that sets a letter with a digit equal to a value (R2=2м, F3 = 207,6 Н) where the line holds the same
    letter with the index 0 or 1 in another formula (R1 =1м; F1= F2 =120Н): the digit is an index (эр екі, эф үш), not
    a power; ax2+bx+c=0 beside x1 and x2 keeps its square."""
    defined = _DEFINED_INDEXED.match(match.group())
    if not defined:
        return False
    line = line_holding(match.string, match.start(), match.end())
    return re.search(rf"(?<![{_LETTERS}]){defined['letter']}[01](?!\d)", line) is not None


# The numbers a school function of two numbers or more takes (ЕКОЕ(42,24), ЕҮОБ(12; 18)): each a number, listed with
# commas (ең кіші ортақ еселік (қырық екі, жиырма төрт)), not the decimal a comma between digits makes elsewhere.
FUNCTION_ARGUMENTS = re.compile(r"(?<![\w-])(?P<name>ЕКОЕ|ЕҮОБ)[ \t]?\((?P<args>\d+(?:[ \t]?[,;][ \t]?\d+)+)\)")
FUNCTION_ARGUMENTS_MARK = re.compile(r"ЕКОЕ|ЕҮОБ")


def speak_function_arguments(match: re.Match[str]) -> str:
    """ЕКОЕ(42,24) → ЕКОЕ (қырық екі, жиырма төрт), for the initialism's rule to name the function."""
    numbers = ", ".join(cardinal_of(number) for number in re.findall(r"\d+", match["args"]))
    return f"{match['name']} ({numbers})"


# A factorial, a number with an exclamation mark between the signs of a calculation (4!+5!, 11!−10!, 5! = 120): the
# number and факториал (төрт факториал плюс бес факториал). Only where a sign of an operation or a relation stands
# next to it: a cheer after a number (Жеңіске 5!, 2025 жыл!) is the sentence's own mark, and != is code's.
FACTORIAL = re.compile(r"(?<![\w!.,])(?P<n>\d{1,3})!(?!=)")
FACTORIAL_NEEDS = re.compile(r"!(?<=\d!)")  # from the !, which the search skips ahead by (a digit is tried everywhere)
_CALCULATION_SIGN = "+\\-−–×·⋅*/=<>≠≤≥"
_OPERAND = r"[\dA-Za-z()!]"  # a number, a variable, a bracket or another factorial, not a word (5! - деді)
_SIGN_AFTER = re.compile(rf"[ \t]?[{_CALCULATION_SIGN}][ \t]?{_OPERAND}")
_SIGN_BEFORE = re.compile(rf"{_OPERAND}[ \t]?[{_CALCULATION_SIGN}][ \t]?\Z")


def speak_factorial(match: re.Match[str]) -> str:
    """4!+5! → төрт факториал+бес факториал (the sign left to the formula's and symbols' rules); 5! alone stays."""
    text, start = match.string, match.start()
    if not (_SIGN_AFTER.match(text, match.end()) or _SIGN_BEFORE.search(text, max(0, start - 4), start)):
        return match.group()
    return f"{cardinal_of(match['n'])} факториал"


# The constant π outside a relation, as a text names the circle's length and area by their formulas (pi r2 дегеніміз
# не?, πr2 болады, 2πr) or gives its Latin name (π (pi)): пи, as Kazakh and Russian say it, not the English пай; times
# a variable after it, a number before it, a flat 2 or 3 after the variable its square or cube (пи эр квадрат, екі пи
# эр), as in a formula. The Latin pi in small letters only (Raspberry Pi is a name), and not in an address.
PI_TERM = re.compile(
    r"(?<![\w.,/@])(?:\d+[ \t]?)?(?:π(?:[ \t]?[A-Za-z][23]?)?|pi(?:[ \t][A-Za-z][23]?)?)(?![\w/@]|[.,]\w)"
)
PI_TERM_NEEDS = re.compile("π|pi")


# A function or a polynomial named with its variable in brackets outside a formula (P(x) көпмүшесі, g(t) функциясы):
# the letter and the variable by their school names (пэ (икс), жэ (тэ)), not the English letters (пи, джи).
FUNCTION_OF = re.compile(r"(?<![\w.])[A-Za-z]\([a-z]\)(?![\w(])")
FUNCTION_OF_NEEDS = re.compile(r"\((?<=[A-Za-z]\()[a-z]\)")  # the bracket first: a fast scan


def speak_term(match: re.Match[str]) -> str:
    """A term of π or a function of a variable outside a formula, said as a formula's tokens are: pi r2 → пи эр
    квадрат; 2πr → екі пи эр; (pi) → (пи); P(x) → пэ (икс)."""
    return _words(match.group())


# An algebraic expression with no relation sign, as an exercise to factorise or its answer options write it
# (х(у-z)–(z–y), y(x–z), (x+1)(z–y)): read as a formula's tokens are, its letters the variables' school names (икс,
# игрек, зет) and its dashes минус, not English letters with the dashes lost. Its sign is a bracket holding a sum or
# a difference of small letters and numbers, a letter among them: written onto a variable or onto another such
# bracket (a product), or holding two letters (z–y). A bracket of one letter and a number alone ((x+1)) is no sign.
_EXPRESSION_LETTER = "a-zху"
_EXPRESSION_TERM = rf"(?:\d+(?:[.,]\d+)?)?[{_EXPRESSION_LETTER}](?![{_LETTERS}])|\d+(?:[.,]\d+)?(?![{_LETTERS}\d])"
_BRACKETED_SUM = (
    rf"\((?=[^()\n]*[{_EXPRESSION_LETTER}])[ \t]?[-–−]?[ \t]?(?:{_EXPRESSION_TERM})"
    rf"(?:[ \t]?[-+–−][ \t]?(?:{_EXPRESSION_TERM}))+[ \t]?\)"
)
_LONE_EXPRESSION_LETTER = rf"(?<![{_LETTERS}])[{_EXPRESSION_LETTER}](?![{_LETTERS}])"
_TWO_LETTERS = re.compile(rf"{_LONE_EXPRESSION_LETTER}[^()]*[-+–−][^()]*{_LONE_EXPRESSION_LETTER}")
ALGEBRAIC_EXPRESSION = re.compile(
    rf"(?<![{_LETTERS}\d)(])(?P<factor>[{_EXPRESSION_LETTER}](?=\())?{_BRACKETED_SUM}"
    rf"(?:[ \t]?[-+–−]?[ \t]?{_BRACKETED_SUM})*(?![{_LETTERS}\d(])"
)
ALGEBRAIC_EXPRESSION_NEEDS = re.compile(_BRACKETED_SUM)  # what every match holds (`Rule.needs`), from its bracket


def speak_algebraic_expression(match: re.Match[str]) -> str:
    """х(у-z)–(z–y) → икс (игрек минус зет) минус (зет минус игрек); (x+1)(z–y) → (икс плюс бір)(зет минус игрек);
    (x+1) alone is left."""
    written = match.group()
    brackets = written.count("(")
    if not (match["factor"] or brackets > 1 or _TWO_LETTERS.search(written)):
        return written
    return _words(written)


# The unknown amount of a problem, a capital X or Y (or the Cyrillic Х and У typed for them) standing for a number
# before its unit (Егер біз Х грамм ие болсақ, онда У грамм қажет; X грамм(1 зат)): the variable's name, икс or
# игрек, not a Roman ten nor a letter left to spell. A capital before any other word stays.
UNKNOWN_AMOUNT = re.compile(r"(?<![\w.])(?P<var>[XХYУ])(?=[ \t]?(?:грамм|г\b|кг\b|мг\b|моль|мл\b|л\b|литр))")
UNKNOWN_AMOUNT_MARK = re.compile(r"[XХYУ][ \t]?[гкмл]")
_UNKNOWN_NAMES = {"X": "икс", "Х": "икс", "Y": "игрек", "У": "игрек"}


def speak_unknown_amount(match: re.Match[str]) -> str:
    """Х грамм → икс грамм; У граммен → игрек граммен."""
    return _UNKNOWN_NAMES[match["var"]]


# A variable named before a dash that says what it stands for (c – заттың меншікті жылусыйымдылығы, t – температура)
# or written in square brackets for its unit ([m] = 1 кг): the letter's school name. A capital I, V or X is a Roman
# numeral's (I – бөлім). A Cyrillic к or р, which no Kazakh word is alone, is a variable so defined too (р – биіктіктегі
# қысым).
DEFINED_VARIABLE = re.compile(rf"(?<![\w\[])[A-HJ-UWYZa-zкр](?=\s[–—-]\s[{KAZAKH_LOWER}])|(?<=\[)[A-Za-z](?=\])")
DEFINED_MARK = re.compile(r"[A-Za-zкр](?:\s[–—-]\s|\])")


def speak_defined_variable(match: re.Match[str]) -> str:
    return LETTER_NAMES[match.group().lower()]


# A point and its coordinates (А(-1; 5), С ( -13, 0 ), М(х,у), P(-1; -2)): each coordinate a cardinal or a variable,
# not a list's number before its bracket (5) → бесінші).
_COORDINATE = rf"\s*(?:[-–−]?\s?{_NUMBER}|[A-Za-zху])\s*"
POINT = re.compile(rf"(?<![{_LETTERS}])(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\s?)\((?P<inner>{_COORDINATE}[;,]{_COORDINATE})\)")
POINT_MARK = re.compile(r"[;,]\s*[-–−]?\s?(?:\d|[A-Za-zху]\s*\))")


def speak_point(match: re.Match[str]) -> str:
    """А(-1; 5) → А(минус бір; бес); P(-1; -2) → пэ (минус бір; минус екі): a Latin capital is named as geometry names
    a point (пэ, ка, дэ), not as the English letter; a Cyrillic one is left to the rules of letters."""
    name = match["name"]
    if name.isascii():
        name = POINT_NAMES[name.strip().lower()] + " "
    return f"{name}({_words(match['inner'].strip())})"


# A Latin small letter standing alone in a Kazakh sentence is a variable the sentence speaks of (мұндағы a
# -үшбұрыштың, ең үлкен h санын, жиыннан k сан, t-ның мәндерінде), and so is each of a list of them (натурал a, b,
# c табыңыз; жердегі (x,y) — x және y сандарының): said by the name a school gives the letter (а, аш, ка, тэнің, а, бэ,
# цэ, икс, игрек), not the English one (эй, эйч, кей, ти). The list stands a space after a Kazakh word or before one
# (a hyphen or a dash between, or a suffix on its hyphen); a letter after a number is a unit's (5 m биіктікте), and i
# and o, an imaginary unit and a look-alike of the Cyrillic о, are left.
_LONE_LETTER = "a-hj-np-z"
_LISTED_BEFORE = re.compile(rf"[{_LONE_LETTER}],\s?\Z")
_LISTED_AFTER = re.compile(rf",\s?[{_LONE_LETTER}](?![A-Za-z])")
_KAZAKH_BEFORE = re.compile(rf"[{KAZAKH_LOWER}{KAZAKH_UPPER}][ \t]\(?\Z")
_KAZAKH_AFTER = re.compile(rf"\)?(?:[ \t]+[-–—]?[ \t]?|-)[{KAZAKH_LOWER}]")
_NUMBER_BEFORE = re.compile(r"\d[ \t]?\Z")
_LATIN_BEFORE = re.compile(r"[A-Za-z][ \t]\Z")


def lone_variable(text: str, start: int, end: int) -> bool:
    """Whether the Latin letter text[start:end] is a variable in a Kazakh sentence: it, or the list of single letters
    it stands in, a space from a Kazakh word; any lone Latin letter on a line of code (def f(a, b, c), range(L, R + 1)),
    said by the school name the formula on that line gives it (а, бэ, цэ, эль, эр), not the English letter's."""
    if end - start == 1 and text[start].isascii() and text[start].isalpha() and code_line(text, start, end):
        return True
    if end - start != 1 or not re.fullmatch(f"[{_LONE_LETTER}]", text[start]):
        return False
    if _NUMBER_BEFORE.search(text, max(0, start - 2), start) or _LATIN_BEFORE.search(text, max(0, start - 2), start):
        return False  # a unit's letter (5 m), an English phrase's (Plan b)
    while (before := _LISTED_BEFORE.search(text, max(0, start - 3), start)) is not None:
        start = before.start()
    while (after := _LISTED_AFTER.match(text, end)) is not None:
        end = after.end()
    if text.startswith(")", end) and not text.startswith("(", start - 1):
        return False  # a list's label (b) 150), not a bracketed list (x,y)
    return bool(_KAZAKH_BEFORE.search(text, max(0, start - 3), start) or _KAZAKH_AFTER.match(text, end))


# A function named before its argument, a number, a bracket, a variable or the sign after it outside a formula (an
# answer's 3 + tg30, a question's cos = with its angle lost): its name (тангенс, косинус); a word (a log in English,
# the colour tan) has no number, bracket or sign after it.
FUNCTION_NAME = re.compile(
    rf"{_FUNCTION}(?=[ \t]?(?:\d|\(|[a-zα-ωπ](?![A-Za-z])|=))|(?:(?<=\n)|\A)[ \t]*{_FUNCTION}(?=[ \t]*(?:\n|\Z))"
)
FUNCTION_NEEDS = re.compile("sin|cos|tg|ctg|tan|cot|log|lg|ln")


def speak_function(match: re.Match[str]) -> str:
    """tg30 → тангенс 30 (the number left to the number rules), set apart from it; a function alone on its line, its
    argument lost from a pasted solution's layout (cos), is its name too."""
    return FUNCTIONS[match.group().strip()] + " "


# An answer option that is an expression without a sign of relation (A) -2а. B) 1-2а. D) 1+2а., А)а-в, Е)а+в, D) 3 -
# tg75.): its letters are variables, its functions named, and its signs are said (минус екі а, бір минус екі а, а
# минус вэ, үш минус тангенс жетпіс бес), not a village's abbreviation (а.) after a number nor a dash. It opens
# straight after the option's bracket and ends its option, and it holds a letter written onto a number or a sign
# between terms; or it is one number with a minus, a negative answer (A) -2,4. → минус екі бүтін оннан төрт), not the
# dash a word's bracket would put before a number.
# A term's letter is a Latin one or a Cyrillic one typed for a variable (а, в, х, у, е), not a unit's or a year's
# (5м, 1978ж).
_TERM_LETTER = "a-zавхуе"
# A test's answer option letter as written (A, Ә) or as already said (эй, вэ, цэ): a spaced minus after it is the
# answer's sign (A) - 3. → эй) минус үш), where after another bracket it may be a dash (Абай (1845) – 1904).
OPTION_LETTER = rf"[A-EА-ЕӘ]|(?i:{abbr.OPTION_LETTER_NAMES})"
_AFTER_OPTION_LETTER = re.compile(rf"(?<!\w)(?:{OPTION_LETTER})\)[ \t]?\Z")
_TERM = (
    rf"{_FUNCTION}[ \t]?\d+(?:[.,]\d+)?(?![\w.,]\d)"
    rf"|(?:\d+(?:[.,]\d+)?)?[{_TERM_LETTER}](?![\w])|\d+(?:[.,]\d+)?(?![\w.,]\d)"
)
_OPERATOR = r"[ \t]?[-–−+*·⋅/][ \t]?"
OPTION_EXPRESSION = re.compile(
    rf"(?<=\))[ \t]?(?P<expr>(?:[-–−](?P<gap>[ \t])?)?(?:{_TERM})(?:{_OPERATOR}(?:{_TERM}))*)\.?"  # its stop unsaid
    rf"(?=[ \t]+[^\W\d_]{{1,3}}\)|[ \t]*\||[ \t]*$)",
    re.M,
)
OPTION_EXPRESSION_NEEDS = re.compile(r"\)")  # what every match holds (`Rule.needs`): the letters are the reader's test
_EXPRESSION_PART = re.compile(
    rf"(?P<func>{_FUNCTION})|(?P<num>\d+(?:[.,]\d+)?)|(?P<letter>[{_TERM_LETTER}])|(?P<sign>[-–−+*·⋅/])"
)


def speak_option_expression(match: re.Match[str]) -> str:
    """-2а → минус екі а; 3 - tg75 → үш минус тангенс жетпіс бес; -2,4 → минус екі бүтін оннан төрт; an option of
    one letter or one number alone is left to the other rules."""
    expr = match["expr"]
    if match["gap"] and not _AFTER_OPTION_LETTER.search(match.string, max(0, match.start() - 8), match.start()):
        return match.group()
    parts = list(_EXPRESSION_PART.finditer(expr))
    negative = len(parts) == 2 and parts[0]["sign"] in ("-", "–", "−") and parts[1]["num"]
    glued = re.search(rf"\d[{_TERM_LETTER}]", expr)
    named = any(p["letter"] or p["func"] for p in parts)
    if not negative and ((not glued and not any(p["sign"] for p in parts[1:])) or not named):
        return match.group()
    spoken = []
    for part in parts:
        if part["func"]:
            spoken.append(FUNCTIONS[part["func"]])
        elif part["num"]:
            spoken.append(number_of(part["num"]))
        elif part["letter"]:
            spoken.append(LETTER_NAMES.get(part["letter"]) or abbr.spell(part["letter"]))
        else:
            spoken.append(SIGNS[part["sign"]])
    stop = "." if match.group().endswith(".") and not parts[-1]["letter"] else ""  # a letter's is no village's а.
    return " " + " ".join(spoken) + stop


# A number times a power of ten, as a physics problem types it flat, the exponent run onto the ten (1,6·10-19 Кл-ға,
# c = 3·108 м/с, 6,02·1023 моль-1, 0,2cos2 · 105 πt): the ten said with its exponent (көбейту он минус он тоғыз
# дәрежесінде), not the hundred and odd its digits spell, and the unit after it, which no longer follows a number,
# said here as after one (кулонға, метр секундына, моль минус бір дәрежесінде). Only after a times sign, where a
# number is multiplied, and an exponent of one or two digits: 2·100 and 4·10 = 40 stay numbers.
_UNIT_AFTER_POWER = (
    rf"(?:[ \t]?(?P<unit>{writtennumbers.UNIT})(?:[ \t]?/[ \t]?(?P<per>{writtennumbers.PER_WRITTEN}))?"
    rf"(?:[-−](?P<unitexp>[1-3]))?(?:-(?P<suffix>{SUFFIX}))?(?![\w²³/]))?"
)
TEN_POWER = re.compile(
    rf"(?<=\d)[ \t]?[·∙⋅×*][ \t]?10(?P<minus>[-−–])?(?P<exp>[1-9]\d?)(?![\d]|[.,]\d)"
    rf"(?![ \t]?(?:[πα-ω]|[A-Za-z](?![A-Za-z])))"  # a variable after it: the formula's (`_TEN_AFTER_TIMES`)
    rf"{_UNIT_AFTER_POWER}"
)
TEN_POWER_MARK = re.compile(r"[·∙⋅×*] ?10")
# A test's answer options that are all powers of ten with their exponent run onto the ten (А) 106 В) 105 С) 104 Д)
# 107, or 2·106 among them): a PDF's lost superscripts, each option the ten to that power (он алты дәрежесінде), not a
# hundred and odd; three options at least, every one of them so, as a list of plain numbers (А) 105 В) 120) is not.
OPTION_TEN_POWER = re.compile(r"(?<=\))(?P<space>[ \t]?)10(?P<exp>[1-9])(?=[ \t]|$)", re.M)
OPTION_TEN_POWER_NEEDS = re.compile(r"\)[ \t]?10[1-9]")
_OPTION_VALUE = re.compile(r"(?<![\w(])[A-HА-ЕС]\)[ \t]?(?P<value>[^\s)]*)")
_TEN_POWER_VALUE = re.compile(r"(?:\d+(?:[.,]\d+)?[·∙⋅×*])?10[1-9]")


def speak_option_ten_power(match: re.Match[str]) -> str:
    """А) 106 В) 105 С) 104 → а) он алты дәрежесінде …; a lone 106 after a bracket stays a number."""
    line = line_holding(match.string, match.start(), match.end())
    values = [option["value"] for option in _OPTION_VALUE.finditer(line)]
    if len(values) < 3 or not all(_TEN_POWER_VALUE.fullmatch(value) for value in values):
        return match.group()
    return f"{match['space']}он {_power_words(match['exp'], False)}"


# A unit after a number raised to a negative power, its minus and exponent typed onto it (0,2 c-1, 6,02 моль-1): the
# unit said with its power (секунд минус бір дәрежесінде); c is the second's Latin look-alike there. A hyphen and a
# case suffix (км-1-ге) or a fourth digit are no power.
UNIT_POWER = re.compile(rf"(?<=\d[ \t])(?P<unit>{writtennumbers.UNIT}|с|c)[-−](?P<unitexp>[1-3])(?![\w-]|[.,]\d)")
UNIT_POWER_MARK = re.compile(r"[-−][1-3]")


def _power_words(exponent: str, minus: bool) -> str:
    return f"{'минус ' if minus else ''}{cardinal_of(exponent)} дәрежесінде"


def unit_with_power(unit: str, exponent: str | None) -> str:
    """моль, -1 → моль минус бір дәрежесінде; с → секунд."""
    spoken = "секунд" if unit in ("с", "c") else abbr.unit_spoken(unit)
    return f"{spoken} {_power_words(exponent, True)}" if exponent else spoken


def speak_ten_power(match: re.Match[str]) -> str:
    """·10-19 Кл-ға → көбейту он минус он тоғыз дәрежесінде кулонға; ·108 м/с → көбейту он сегіз дәрежесінде метр
    секундына."""
    spoken = f" көбейту он {_power_words(match['exp'], bool(match['minus']))}"
    if not match["unit"]:
        return spoken
    unit = unit_with_power(match["unit"], match["unitexp"])
    if match["per"]:
        unit += " " + writtennumbers.per_unit_dative(abbr.unit_spoken(match["per"]))
    return f"{spoken} {attach(unit, match['suffix']) if match['suffix'] else unit}"


def speak_unit_power(match: re.Match[str]) -> str:
    """моль-1 → моль минус бір дәрежесінде; c-1 → секунд минус бір дәрежесінде."""
    return unit_with_power(match["unit"], match["unitexp"])


# Letters typed in Unicode's mathematical alphabets, as a PDF's equations give them (𝑎= =, 𝑥 =𝑆 = 𝑥 +𝜗 𝑡±, ∆𝑡 𝑡−𝑡,
# 𝑎𝑡): each a variable, said by the name a school gives the plain letter it is styled from (а, икс, тэ; 𝜗, a θ, тета),
# letters side by side a product (а тэ), an increment's triangle before one дельта; the signs between and after them
# are the equation's (тең, плюс, минус, плюс минус), though no number is there for the formula's rule to read. No word
# is typed in these letters.
_MATH_LETTER = "[\U0001d400-\U0001d7ff]"
MATH_LETTERS = re.compile(rf"[∆Δ]?{_MATH_LETTER}(?:[ \t]*(?:[∆Δ]?{_MATH_LETTER}|[=+\-−±]))*")
MATH_LETTERS_NEEDS = re.compile(_MATH_LETTER)


def speak_math_letters(match: re.Match[str]) -> str:
    """𝑎𝑡 → а тэ; ∆𝜗 𝜗 − 𝜗 → дельта тета тета минус тета; 𝑎= = → а тең тең."""
    names = []
    for char in unicodedata.normalize("NFKC", match.group()):
        if char in "∆Δ":
            names.append("дельта")
        elif char in SIGNS:
            names.append(SIGNS[char])
        elif not char.isspace():
            names.append(LETTER_NAMES.get(char.lower()) or chemistry.GREEK_LETTERS.get(char.lower(), char))
    return " ".join(names)


# A decimal a PDF's equation sets with a space after its comma (= 0, 6; 𝑎 = 0, 6 · 1, 2𝑐 = 0, 72𝑐): a value after a
# relation or product sign, standing alone to its line's end, to another sign or to a variable in mathematical letters,
# is the one number it was typed as (нөл бүтін оннан алты), not two numbers listed (нөл, алты). A list after the sign
# (= 1, 2, 3), words after it (х = 1, 2 және 3), a variable in plain letters (x1 = 1, x2 = 2) and a comma with no sign
# before it (12, 13, 2) stay as they are.
SPACED_DECIMAL = re.compile(
    rf"(?P<lead>[=·⋅×][ \t]?)(?P<int>\d+), (?P<frac>\d+)(?=[ \t]*(?:[=·⋅×]|$)|{_MATH_LETTER})", re.MULTILINE
)
SPACED_DECIMAL_NEEDS = re.compile(r", \d")


def speak_spaced_decimal(match: re.Match[str]) -> str:
    """= 0, 6 → тең нөл бүтін оннан алты; · 1, 2𝑐 → көбейту бір бүтін оннан екі 𝑐."""
    said = number_of(f"{match['int']},{match['frac']}")
    glued = match.end() < len(match.string) and not match.string[match.end()].isspace()
    return f"{SIGNS[match['lead'].strip()]} {said}{' ' if glued else ''}"


# The unknown of a word problem, a capital X, where the problem's text solves an equation for it on another line
# (X+X+167+X-119=2021, 𝑋 = 12) or where it stands in a proportion's row against a percentage (240 - 12% ⏎ X - 100%):
# the variable's name, икс, not the English letter's (экс), and a number added to it or taken from it with no
# space (1-күн: X+167, 3-күн: X-119) is said with its sign (икс минус жүз он тоғыз), not as a code or a settlement
# date. The equation's own line is left to the formula's rule; a Roman X (X ғасыр) in a text with no such equation or
# proportion stays.
UNKNOWN_X = re.compile(r"(?<![\w.+\-−])(?P<var>X)(?:(?P<sign>[+\-−])(?P<num>\d+(?:,\d+)?))?(?![\w+\-−=])")
UNKNOWN_X_NEEDS = re.compile("X")
_PROPORTION_ROW = re.compile(r"[ \t]*[-–—][ \t]*\d+(?:[.,]\d+)?[ \t]?%")


def _solved_for(text: str, var: str) -> bool:
    """A line of `text` holding a relation sign and `var` standing alone as a variable (math letters read plain)."""
    plain = unicodedata.normalize("NFKC", text)
    return any(
        _RELATION.search(line) and re.search(rf"(?<![A-Za-z]){var}(?![A-Za-z])", line) for line in plain.splitlines()
    )


def speak_unknown_x(match: re.Match[str]) -> str:
    """X - 100% → икс - 100%; 1-күн: X+167 → икс плюс жүз алпыс жеті (where the text solves for X)."""
    text = match.string
    if _RELATION.search(line_holding(text, match.start(), match.end())):
        return match.group()
    row = not match["sign"] and _PROPORTION_ROW.match(text, match.end())
    if not row and not _solved_for(text, match["var"]):
        return match.group()
    name = LETTER_NAMES[match["var"].lower()]
    if not match["sign"]:
        return name
    return f"{name} {SIGNS[match['sign']]} {number_of(match['num'])}"


# The Cyrillic х typed for the variable x standing alone in a Kazakh sentence (онда х саны, жүйесінің х шешімін), and
# the у listed with it (теңдеуіне х пен у орнына): икс and игрек, as in a formula. A Kazakh word in small letters a
# space before or after it; an abbreviation's х with its stop (х.ғ.к., х.1334) is no variable, and a lone у, a
# Russian preposition, is one only beside the х. A point's coordinates in brackets (М(х,у)) are the point rule's.
SENTENCE_X = re.compile(r"(?<![\w.(-])х(?:(?:[ \t](?:пен|және|мен)[ \t]|,[ \t]?)у)?(?![\w.-])")
SENTENCE_X_NEEDS = re.compile(r"х(?<![\w.-]х)(?![\w.-])")  # the х alone first (`Rule.needs`)
_NUMBER_WORD_BEFORE = re.compile(rf"(?:\d|(?<!\w)(?:{'|'.join([*ONES, *TENS[1:], 'жүз', 'мың'])}))[ \t]\Z")


def speak_sentence_x(match: re.Match[str]) -> str:
    """х → икс; х пен у → икс пен игрек; left where no Kazakh word stands a space from it."""
    text, start, end = match.string, match.start(), match.end()
    if not (_KAZAKH_BEFORE.search(text, max(0, start - 3), start) or _KAZAKH_AFTER.match(text, end)):
        return match.group()
    if _NUMBER_WORD_BEFORE.search(text, max(0, start - 8), start):
        return match.group()  # 7х said apart (жеті х деп жазылған): a times sign or the letter written after a number
    return match.group().replace("х", "икс").replace("у", "игрек")


# The same variables with a case ending hyphened on (у-ті х арқылы өрнектеңіз, х-тің мәнін): икс and игрек with the
# ending (игректі, икстің). Kazakh has no word х; у is one (poison) but takes no hyphen, and is the variable only
# where its line also holds a lone х.
INFLECTED_VARIABLE = re.compile(rf"(?<![\w.(-])(?P<letter>[ху])-(?P<suf>{SUFFIX})(?![\w-])")
INFLECTED_VARIABLE_NEEDS = re.compile(rf"[ху]-[{KAZAKH_LOWER}]")  # what every match holds (`Rule.needs`)
_LONE_X = re.compile(r"(?<![\w.-])х(?![\w.])")


def speak_inflected_variable(match: re.Match[str]) -> str:
    """у-ті → игректі (an х on the line); х-тің → икстің."""
    letter = match["letter"]
    if letter == "у" and not _LONE_X.search(line_holding(match.string, match.start(), match.end())):
        return match.group()
    return attach(LETTER_NAMES[letter], match["suf"])


# A triangle's height named by the side it falls on, the side's letter typed onto the h (ha -осы қабырғаға түсірілген
# биіктік, hа =10 см with a Cyrillic а): аш and the side's name (аш а), not one word ха; only where a sign or a dash
# before a Kazakh word says what it stands for.
SIDE_HEIGHT = re.compile(rf"(?<![\w-])h(?P<side>[abcа])(?=[ \t]?(?:=|[-–—][ \t]?[{KAZAKH_LOWER}]))")
SIDE_HEIGHT_NEEDS = re.compile("h[abcа]")


def speak_side_height(match: re.Match[str]) -> str:
    """ha → аш а."""
    return f"аш {LETTER_NAMES[match['side']]}"


# A ratio of two quantities named by their letters, a capital over a small one or a small one over a capital (F/a
# қатынасы, m/V, U/I): a division, each letter by its variable's name (эф бөлу а). Two capitals are a pair of names
# (Xbox Series X/S) and two small letters a unit (m/s), which their rules read; N/a is "not applicable".
VARIABLE_RATIO = re.compile(r"(?<![\w/.:@-])(?!N/a)(?P<a>[A-Z](?=/[a-z])|[a-z](?=/[A-Z]))/(?P<b>[A-Za-z])(?![\w/.-])")
VARIABLE_RATIO_NEEDS = re.compile(r"/(?<=[A-Za-z]/)(?=[A-Za-z])")  # the slash first: a fast scan


def speak_variable_ratio(match: re.Match[str]) -> str:
    """F/a → эф бөлу а."""
    return f"{LETTER_NAMES[match['a'].lower()]} бөлу {LETTER_NAMES[match['b'].lower()]}"


# A letter alone on its line, as a table of constants or a pasted solution sets a quantity's symbol apart from its
# value (g, R, k; q, e; a circuit's R and a point's B between the lines of its figure): a variable, said by the name a
# school gives it (жэ, эр, ка; ку, е), not the English letter's (джи, ар); a Cyrillic consonant so alone (Б), by its
# Cyrillic name. I, V and X, which may be Roman numerals, and a vowel, which may be a word, are left.
# The small Cyrillic х and у so alone are an equation's x and y typed in Kazakh letters (икс, игрек), as in a formula.
LINE_VARIABLE = re.compile(
    r"(?:(?<=\n)|\A)[ \t]*(?P<letters>[A-HJ-UWYZa-z](?:,[ \t]?[a-z])*|[БВГҒДЖЗКҚЛМНҢПРСТФХҺЦЧШЩху])[ \t]*(?=\n|\Z)"
)
LINE_VARIABLE_NEEDS = re.compile(r"(?:^|\n)[ \t]*[A-Za-zБ-ЩҒҚҢҺху](?:,[ \t]?[a-z])*[ \t]*(?:\n|$)")


def speak_line_variable(match: re.Match[str]) -> str:
    """g → жэ; q, e → ку, е; Б → бэ."""
    letters = match["letters"]
    if letters in "ху":
        return LETTER_NAMES[letters]
    if len(letters) == 1 and not letters.isascii():
        return abbr.spell(letters)
    return ", ".join(LETTER_NAMES[letter.lower()] for letter in re.findall("[A-Za-z]", letters))


# A coordinate axis named by its origin and its letter before the word for an axis (Oz өсін, Ox осінің бойымен): о and
# the variable's name (о зет, о икс), not a word.
AXIS = re.compile(r"(?<![\w-])[OО](?P<axis>[xyzху])(?=[ \t]+[өо]с\w*(?![\w-]))")
AXIS_NEEDS = re.compile(r"[OО][xyzху] [өо]с")


def speak_axis(match: re.Match[str]) -> str:
    """Oz (өсін) → о зет."""
    return "о " + LETTER_NAMES[match["axis"]]
