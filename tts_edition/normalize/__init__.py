"""Kazakh written form → spoken form. `normalize(text)` is the public entry."""

from __future__ import annotations

import re

from tts_edition.normalize.numbers import cardinal


def normalize(text: str) -> str:
    return re.sub(r"\d+", lambda m: cardinal(int(m.group())), text)
