"""Text as a scraper took it from a web page: the marks of the page's layout, not of the writer.

A page that lost a line break or a space runs two words together (16 наурызМәдениет күні, түр-сипатыӨңдеу, 38
ViewsТазалық); one that lost a line keeps the hyphen that broke a word across it (шал- ғынға, Са- парғалиев) or
a soft hyphen typed inside it (біл¬месе); and markup the page did not render stays in the text (an <image> element,
км<sup>2</sup>). The Kazakh dictionary decides where words part and join: a split needs a word on both sides, a
join a fragment on the right.
"""

from __future__ import annotations

import re

from tts_edition.normalize import capitals, english
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER, parse_suffixes

# A small-letter word, or a capitalised one of four letters or more, run onto a capitalised word; the two are the
# whole token, so a camel-case name of three parts (ҚазМұнайГаз, ҚазАвтоЖол) is no match, and one of two whose
# first part is a stump of three letters (ЖасОтау, НұрОтан, ҚазАқпарат) neither.
GLUED_WORDS = re.compile(
    rf"(?<![\w.@/])(?P<left>[{KAZAKH_LOWER}]{{2,}}|[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{3,}})"
    rf"(?P<right>[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2,}})(?![\w])"
)
# What every match of the two holds: a small letter before a capital (`Rule.needs`).
RUN_TOGETHER = re.compile(rf"[{KAZAKH_LOWER}a-z][{KAZAKH_UPPER}]")
# A Latin word run onto a capitalised Kazakh word (38 ViewsТазалық): a counter's or a button's English label.
GLUED_LATIN_WORD = re.compile(
    rf"(?<![\w.@/])(?P<left>[A-Za-z]{{3,}})(?P<right>[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2,}})(?![\w])"
)


def split_glued_words(match: re.Match[str]) -> str:
    """наурызМәдениет → наурыз Мәдениет, when both parts are words the dictionary knows (a stem and its suffixes
    too); a name the dictionary does not know as two words stays whole."""
    if capitals.known_stem(match["left"]) and capitals.known_stem(match["right"]):
        return f"{match['left']} {match['right']}"
    return match.group()


def split_glued_latin_word(match: re.Match[str]) -> str:
    """ViewsТазалық → Views Тазалық, when the Latin part is an English word and the Kazakh one a word."""
    if english.phonemes(match["left"].lower()) and capitals.known_stem(match["right"]):
        return f"{match['left']} {match['right']}"
    return match.group()


# A word broken across a line, its hyphen kept and the line break become a space (шал- ғынға, Са- парғалиев), or a
# soft hyphen (U+00AD, or the ¬ a word processor shows for it) left between its letters (біл¬месе).
_LETTER = f"{KAZAKH_UPPER}{KAZAKH_LOWER}"
LINE_BREAK_HYPHEN = re.compile(
    rf"(?<![\w-])(?P<left>[{_LETTER}]+)(?:-[ \u00a0]|\u00ad|¬)(?P<right>[{KAZAKH_LOWER}]+)(?![\w-])"
)


def join_broken_word(match: re.Match[str]) -> str:
    """шал- ғынға → шалғынға: the part after a hyphen and a space is a fragment, not a word of its own (Модель- таза
    keeps its dash) nor a case suffix (ҚР- да); a soft hyphen always joins."""
    left, right = match["left"], match["right"]
    if "-" not in match.group():
        return left + right
    if capitals.known_stem(right) is not False or parse_suffixes(right) is not None:
        return match.group()
    return left + right


# Markup left in the text: an element that shows a picture, a frame or a script, said as nothing with all it holds
# (<image>data:image/s3,"s3://crabby-images/…" alt=""</image>); an inline tag as nothing (км<sup>2</sup> → км2); any
# other tag as a space (бір<br>екі). A tag opens with a letter: "5 <10" is no tag.
_HIDDEN_ELEMENTS = "image|img|svg|script|style|iframe|video|audio|picture|object"
_INLINE_TAGS = "sup|sub|b|i|u|em|strong|span|a|font|small|mark"
MARKUP = re.compile(
    rf"<(?P<hidden>{_HIDDEN_ELEMENTS})\b[^>]*>.*?</(?P=hidden)\s*>"
    rf"|<(?P<inline>/?(?:{_INLINE_TAGS}))\b[^<>]*>"
    rf"|</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>",
    re.I | re.S,
)


def silence_markup(match: re.Match[str]) -> str:
    return "" if match["inline"] else " "
