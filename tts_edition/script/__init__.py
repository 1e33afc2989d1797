"""Kazakh in any script → Cyrillic: `to_cyrillic(text)`; `convert_document(paragraphs)` also says what it found.

Cyrillic paragraphs pass unchanged (apart from Latin look-alike letters inside Cyrillic words); Latin and Arabic-script
paragraphs are converted; numbers, punctuation and foreign names stay as written.
"""

from __future__ import annotations

import re
from collections import Counter

from tts_edition.script import arabic, latin
from tts_edition.script.detect import (
    ARABIC,
    CYRILLIC,
    LATIN,
    LATIN_INFORMAL,
    MIXED_WORDS,
    NO_LEXICON,
    NOT_KAZAKH_ARABIC,
    UNCONVERTED,
    UNREADABLE,
    Detection,
    has_mixed_word,
    latin_variant,
    looks_foreign_arabic,
    paragraph_script,
    unreadable_letters,
)
from tts_edition.script.lexicon import load_lexicon

AUTO = "auto"
_SHOWN_LETTERS = _SHOWN_WORDS = 12
# A paragraph of lone Latin letters, as a table of constants sets a quantity's symbol on a line of its own (g; q, e):
# symbols, not Kazakh written in Latin; left for the normaliser to name (жэ; ку, е), not turned into Cyrillic (г; қ, е).
_LETTERS_ONLY = re.compile(r"[ \t]*[A-Za-z](?:,[ \t]?[A-Za-z])*[ \t]*")
# A paragraph whose only Latin words are lone letters, with a formula's signs, brackets and numbers between them (Q = f
# ( P ), ∆Q %, Q d, d 1), as a lesson's graph and formulas label their axes and curves: symbols too, not Kazakh written
# in Latin (кью тең эф, not қы тең ф); a Latin word of two letters or more (Ol 5 jyl, Q men P) leaves it Latin text,
# but for capitals written onto an increment's sign, a quantity's letter and its subscript's (∆PY%, ∆QX%).
_FORMULA_CHARACTERS = re.compile(r"[A-Za-z∆Δ=+\-−×*/(),.%\d \t]+")
_TWO_LETTERS = re.compile("[A-Za-z]{2}")
_INCREMENT_LETTERS = re.compile("[∆Δ][A-Z]{1,3}(?![A-Za-z])")
CHOICES = (AUTO, CYRILLIC, LATIN, ARABIC)


def _symbols_only(paragraph: str) -> bool:
    """Lone Latin letters only (g; q, e; Q = f ( P ); ∆Q %): a formula's or a table's symbols, not Latin text."""
    if _LETTERS_ONLY.fullmatch(paragraph):
        return True
    if not _FORMULA_CHARACTERS.fullmatch(paragraph):
        return False
    return not _TWO_LETTERS.search(_INCREMENT_LETTERS.sub("∆", paragraph))


def detect(paragraphs: list[str]) -> Detection:
    """The document's main script (by letters), its Latin alphabet, and flags for what looks wrong."""
    found = Detection()
    scripts = Counter[str]()
    for paragraph in paragraphs:
        script = paragraph_script(paragraph)
        if script:
            scripts[script] += len(paragraph)
        if has_mixed_word(paragraph):
            found.flag(MIXED_WORDS)
        if script == ARABIC and looks_foreign_arabic(paragraph):
            found.flag(NOT_KAZAKH_ARABIC)
    if scripts:
        found.script = scripts.most_common(1)[0][0]
    # the letters of web addresses (Qazaq24.com in a Cyrillic page's header) are the address reader's: no evidence of
    # the alphabet the page's other Latin words (close, up, RU) are in
    latin_text = latin.outside_addresses("\n".join(p for p in paragraphs if paragraph_script(p) == LATIN))
    variant = latin_variant(latin_text)
    if latin_text.strip() and (variant != LATIN_INFORMAL or latin.looks_kazakh(latin_text)):
        found.variant = latin.likeliest_variant(latin_text, variant)
    return found


def convert_document(paragraphs: list[str], script: str = AUTO) -> tuple[list[str], Detection]:
    """Each paragraph in Cyrillic, the Latin alphabet decided once for the whole document, and what was detected.

    `script` names the script the document is in; `cyrillic` converts nothing, `latin` converts Latin paragraphs even
    when they do not look Kazakh.
    """
    found = detect(paragraphs)
    if script != AUTO:
        found.script = script
    if script == CYRILLIC:
        return list(paragraphs), found
    variant = found.variant or (latin_variant("\n".join(paragraphs)) if script == LATIN else None)
    converted, unconverted = [], []
    for paragraph in paragraphs:
        kind = paragraph_script(paragraph)
        if kind == ARABIC:
            if not load_lexicon().hunspell:
                found.flag(NO_LEXICON)
            converted.append(arabic.convert(paragraph, _choose))
        elif kind == LATIN and variant and not _symbols_only(paragraph):
            converted.append(latin.convert(paragraph, variant, _choose))
            unconverted += latin.left_unconverted(converted[-1])
        else:
            converted.append(latin.cyrillic_lookalikes(paragraph))
    found.variant = variant
    letters = set().union(*(unreadable_letters(paragraph) for paragraph in converted)) if converted else set()
    if letters:
        found.flag(f"{UNREADABLE}: {' '.join(sorted(letters)[:_SHOWN_LETTERS])}")
    if unconverted:
        found.flag(f"{UNCONVERTED}: {' '.join(list(dict.fromkeys(unconverted))[:_SHOWN_WORDS])}")
    return converted, found


def _choose(readings: tuple[str, ...]) -> str:
    return load_lexicon().choose(readings)  # loads the lexicon only when a word has more than one reading


def to_cyrillic(text: str) -> str:
    """Kazakh text in any script (Cyrillic, Latin 2017/2018/2021/kk-latn or informal, Arabic) in Cyrillic; lines are
    paragraphs, each detected on its own; nothing but Kazakh words changes."""
    return transliterated(text)[0]


def transliterated(text: str) -> tuple[str, Detection]:
    """`to_cyrillic(text)`, and what was detected: its flags name what stayed unread (letters no voice reads, Latin
    words left unconverted)."""
    parts = re.split(r"(\n+)", text)
    converted, found = convert_document(parts[::2])
    parts[::2] = converted
    return "".join(parts), found


__all__ = ["CHOICES", "Detection", "convert_document", "detect", "to_cyrillic", "transliterated"]
