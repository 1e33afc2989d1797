"""The user's pronunciation lexicon: whole-word replacements from a TSV or TOML file, applied before the rules."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tts_edition.errors import EditionError

if TYPE_CHECKING:
    from tts_edition.normalize.rules import Rule


@dataclass(frozen=True)
class Lexicon:
    entries: dict[str, str]

    def rule(self) -> Rule:
        from tts_edition.normalize.rules import Rule

        words = sorted(self.entries, key=len, reverse=True)
        pattern = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
            if words
            else re.compile(r"(?!)")
        )
        return Rule("lexicon", pattern, lambda m: self.entries[m.group()])


def load_lexicon(path: Path) -> Lexicon:
    """TSV: `written<TAB>spoken` a line (# comments). TOML: a [words] table of "written" = "spoken"."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise EditionError(f"{path}: cannot read the lexicon ({exc.strerror})") from None
    if path.suffix.lower() == ".toml":
        try:
            words = tomllib.loads(text).get("words", {})
        except tomllib.TOMLDecodeError as exc:
            raise EditionError(f"{path}: not valid TOML ({exc})") from None
        if not isinstance(words, dict) or not all(isinstance(v, str) for v in words.values()):
            raise EditionError(f'{path}: expected a [words] table of "written" = "spoken"')
        return Lexicon(dict(words))
    entries = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        written, tab, spoken = line.partition("\t")
        if not tab or not written.strip() or not spoken.strip():
            raise EditionError(f"{path}:{number}: expected 'written<TAB>spoken'")
        entries[written.strip()] = spoken.strip()
    return Lexicon(entries)
