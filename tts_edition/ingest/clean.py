"""Characters a reader cannot speak or a page should not show: controls, lone surrogates, emoji and pictographs,
zero-width and format marks. Letters, digits, punctuation and the symbols the normaliser reads stay."""

from __future__ import annotations

import re
import unicodedata

_KEPT_SYMBOLS = set("№°©®§₸$€£¥%+=<>&@#*/\\|~^")
_DROPPED = re.compile(
    "[\ud800-\udfff"  # lone surrogates (a broken UTF-16 conversion)
    "\ufe00-\ufe0f\U000e0100-\U000e01ef"  # variation selectors
    "\U0001f3fb-\U0001f3ff"  # skin tones
    "\u200b-\u200f\u2060-\u2064\ufeff\u00ad]"  # zero-width, direction marks, word joiner, BOM, soft hyphen
)


def clean(text: str) -> str:
    text = _DROPPED.sub("", text)
    text = unicodedata.normalize("NFC", text)
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch in "\n\t" or ch in _KEPT_SYMBOLS:
            kept.append(" " if ch == "\t" else ch)
        elif category[0] == "C" or category == "So" or category == "Sk":
            kept.append(" " if category == "Cc" else "")
        else:
            kept.append(ch)
    return re.sub(r"[ \u00a0]{2,}", " ", "".join(kept))


def tidy_lines(text: str) -> str:
    """Each run of spaces as one space and no blank lines, but line breaks kept: a verse line ends in one."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
