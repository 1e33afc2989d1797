"""Latin-script words, web addresses and e-mails, read the way a Kazakh newsreader would."""

from __future__ import annotations

import re

from tts_edition.normalize.abbreviations import LATIN_LETTER_NAMES, pronounceable

_DIGRAPHS = {"sh": "ш", "ch": "ч", "zh": "ж", "th": "т", "ph": "ф", "oo": "у", "ee": "и", "gh": "ғ", "ck": "к",
             "kh": "х", "ts": "ц", "ya": "я", "yu": "ю", "qu": "кв"}  # fmt: skip
_LETTERS = dict(zip("abcdefghijklmnopqrstuvwxyz", "а б к д е ф г х и дж к л м н о п қ р с т у в у кс й з".split(),
                    strict=True))  # fmt: skip
_PUNCTUATION = {".": " нүкте ", "@": " эт ", "/": " слэш ", "-": " дефис ", "_": " астыңғы сызық ", ":": " "}


def read_latin(word: str) -> str:
    """Short unpronounceable capitals are spelled with letter names (KZ → кей зет); other words transliterated."""
    letters = word.replace("'", "").replace("’", "")
    if letters.isupper() and len(letters) <= 4 and not pronounceable(_transliterate(letters.lower())):
        return spell_latin(letters)
    return _transliterate(letters.lower())


def spell_latin(letters: str) -> str:
    return " ".join(LATIN_LETTER_NAMES.get(ch, ch) for ch in letters.lower())


def _read_address_part(part: str) -> str:
    """In an address, short parts are initialisms whatever their case (www, kz)."""
    no_vowel = not re.search("[aeiouy]", part.lower())
    if len(part) <= 3 and (no_vowel or not pronounceable(_transliterate(part.lower()))):
        return spell_latin(part)
    return read_latin(part)


def _transliterate(word: str) -> str:
    out, i = [], 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _DIGRAPHS:
            out.append(_DIGRAPHS[pair])
            i += 2
            continue
        ch = word[i]
        if ch == "c" and word[i + 1 : i + 2] in ("e", "i", "y"):
            out.append("с")
        else:
            out.append(_LETTERS.get(ch, ch))
        i += 1
    return "".join(out)


def read_web_address(match: re.Match[str]) -> str:
    text = re.sub(r"^(?:https?://)", "", match.group(), flags=re.I)
    parts = re.split(r"([./@_:-])", text.rstrip("/"))
    spoken = []
    for part in parts:
        if part in _PUNCTUATION:
            spoken.append(_PUNCTUATION[part])
        elif part.isdigit():
            from tts_edition.normalize.numbers import cardinal

            spoken.append(cardinal(int(part)))
        elif part:
            spoken.append(_read_address_part(part) if part.isascii() else part)
    return " ".join(" ".join(spoken).split())
