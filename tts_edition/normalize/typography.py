"""Typographic variants of one written form made the same before the rules read a text: a reading must not depend on
which dash, space or quotation mark a site's editor or keyboard put in. A mark no rule rewrote is given back."""

from __future__ import annotations

import re

from tts_edition.normalize.provenance import Traced

# The Unicode hyphen, the non-breaking hyphen or the figure dash a word processor puts for the keyboard's hyphen,
# between a word, a number or a closing mark and a case ending or the next part (78‑й, 0,1%‑дан, Telegram‑ға,
# ғылыми‑зерттеу): the keyboard's hyphen. One set apart by spaces (сөз ‑ сөз) is a dash, read by the dash's rules.
_HYPHEN_LIKE = re.compile(r"[\u2010\u2011\u2012](?<=[\w%)»].)(?=\w)")
# An en dash run onto a number's suffix or the word it numbers (4–тоқсан, 30–шы, 269–б.) is the hyphen of 4-тоқсан.
_EN_DASH_AFTER_NUMBER = re.compile(r"\u2013(?<=\d.)(?=[^\W\d_])")
# A spaced em dash is the spaced en dash Kazakh text uses (АЕК — тің, as АЕК – тің).
_SPACED_EM_DASH = re.compile(r"\u2014(?<= .)(?= )")
# No-break and thin spaces are spaces (1 тарау, 10 000 with a narrow no-break space).
_SPACE_LIKE = re.compile(r"[\u00a0\u2007\u2009\u202f]")
# A minus sign between two numbers, spaced or not, is the dash of a range (2020 − 2025 жылдарға, 28−29 мая); one before
# a number alone stays a minus (−5 градус).
_MINUS_BETWEEN_NUMBERS = re.compile(r"(?:(?<=\d)|(?<=\d ))\u2212(?= ?\d)")
# A number after № or N with an en dash in it is one number, as with a hyphen (№ 17–18, N 15–107 шешімі).
_SIGNED_NUMBER_EN_DASH = re.compile(r"(?:№|\bN)\s?\d+(?:[-\u2013]\d+)*\u2013\d")
# English and German pairs of quotation marks are Kazakh text's guillemets: “7” қыркүйек is «7» қыркүйек.
_QUOTED = re.compile(r"„([^“”„\n]*)[“”]|“([^“”„\n]*)”")
# One left unpaired (a quotation running on past its line, an extra closing mark): „ opens, and “ or ” opens where a
# space is before it and a word after it (хабарлайды ”Жамбыл-Тараз”), else closes; one between spaces stays.
_LONE_QUOTE = re.compile(r"[“”„]")

# Marks given back as typed where no rule rewrote them: a dash alone, or the quotation mark a rewritten span opens
# or closes with. Hyphen-like marks stay hyphens, as the rules made them before.
_AS_TYPED = re.compile(r"[-\u2013«»]")
_OPENING, _CLOSING = "“„”", "”“"
# A dash as the rules read it, and as it was typed.
_TYPED_DASHES = {("-", "\u2013"), ("\u2013", "\u2014"), ("\u2013", "\u2212")}

# A Latin N before a number is the sign № (Вопрос N 1, N 15–107 шешімі, N265 қаулысы), not in a word, a coordinate or
# a formula; glued to fewer than three digits it is a code's letter (М1 және N1 санаттағы, N95 респираторы).
_N_FOR_NUMERO = re.compile(r"(?<![\w.=+-])N(?= \d|\d{3})(?! ?\d+(?:[.,]\d+)?\s?[°=+*/<>])")
# Most text has none.
_ANY_VARIANT = re.compile(r"[\u2010\u2011\u2012\u2014\u00a0\u2007\u2009\u202f“”„]|\d\u2013|\d ?\u2212|N ?\d")
# Variants of one character: each pattern, what its matches become, and the marks a text holds where it may match.
_ONE_CHARACTER = ((_SPACE_LIKE, " ", "\u00a0\u2007\u2009\u202f"), (_N_FOR_NUMERO, "№", "N"))
_PLAIN = (  # as _ONE_CHARACTER; None for a replacement `_plain` works out
    (_HYPHEN_LIKE, "-", "\u2010\u2011\u2012"),
    (_EN_DASH_AFTER_NUMBER, "-", "\u2013"),
    (_SPACED_EM_DASH, "\u2013", "\u2014"),
    (_MINUS_BETWEEN_NUMBERS, "\u2013", "\u2212"),
    *_ONE_CHARACTER,
    (_SIGNED_NUMBER_EN_DASH, None, "\u2013"),
    (_QUOTED, None, "“„"),
    (_LONE_QUOTE, None, "“”„"),
)


def plain_typography(traced: Traced) -> bool:
    """Each typographic variant in `traced` put as the form the rules read; whether there was one."""
    before = traced.text
    if not _ANY_VARIANT.search(before):
        return False
    for pattern, plain, marks in _PLAIN:
        if any(mark in traced.text for mark in marks) and pattern.search(traced.text):
            traced.sub(pattern, lambda match, plain=plain: _plain(match, plain))
    return traced.text != before


def plain_characters(text: str) -> str:
    """`text` with its no-break and thin spaces as spaces and an N for № as №, each in its place: the variants of
    one character, which language detection reads as the rules will."""
    for pattern, plain, marks in _ONE_CHARACTER:
        if any(mark in text for mark in marks) and pattern.search(text):
            text = pattern.sub(plain, text)
    return text


def _plain(match: re.Match[str], plain: str | None) -> str:
    if plain is not None:
        return plain
    if match.re is _QUOTED:
        return f"«{match.group(1) or match.group(2) or ''}»"
    if match.re is _LONE_QUOTE:
        before, after = match.string[match.start() - 1 : match.start()], match.string[match.end() : match.end() + 1]
        if not before.strip() and not after.strip():
            return match.group()  # between two spaces: no side to tell
        opens = match.group() == "„" or (not before.strip() and after.strip() != "")
        return "«" if opens else "»"
    return match.group().replace("\u2013", "-")  # a number after № with an en dash in it


def typed_marks_restored(traced: Traced, text: str) -> None:
    """Each mark of `traced` that `plain_typography` put for another one of `text`, and no rule has rewritten since,
    as `text` typed it (called where `plain_typography` changed something)."""
    traced.sub(_AS_TYPED, lambda match: _as_typed(traced, text, match.group(), match.start()))


def _as_typed(traced: Traced, text: str, mark: str, at: int) -> str:
    start, end = traced.origins[at]
    if end <= start:
        return mark  # a pinned reading's, where nothing is written
    if mark == "«" and text[start] in _OPENING:
        return text[start]
    if mark == "»" and text[end - 1] in _CLOSING:
        return text[end - 1]
    typed = text[start:end]
    return typed if (mark, typed) in _TYPED_DASHES else mark
