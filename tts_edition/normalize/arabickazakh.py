"""Kazakh words in the Arabic script (төте жазу) left inside Cyrillic text: a site's menu item (қазақ written قازاق
beside its Cyrillic and Latin links), a quoted title. A document or paragraph in the Arabic script is converted
before the normaliser reads it (`tts_edition.script`); a run inside a Cyrillic line is converted here, so that no
Arabic letter reaches the Kazakh voice, which would spell it by the letters' English names."""

from __future__ import annotations

import re

from tts_edition.script import arabic
from tts_edition.script.lexicon import load_lexicon

_LETTERS = "\u0621-\u064a\u066e-\u06d5\u06fa-\u06ff\ufb50-\ufdcf\ufe70-\ufefc"  # and presentation forms, not ﷺ
ARABIC_LETTER = re.compile(f"[{_LETTERS}]")
ARABIC_RUN = re.compile(
    f"[{_LETTERS}][{_LETTERS}\u064b-\u065f\u0670]*(?:[ \u00a0]+[{_LETTERS}][{_LETTERS}\u064b-\u065f\u0670]*)*"
)


def read_run(match: re.Match[str]) -> str:
    """قازاق → қазақ: the run's words in Cyrillic, each reading the lexicon knows chosen, in small letters as the
    Cyrillic around it writes a word inside a line."""
    return arabic.convert(match.group(), load_lexicon().choose).lower()
