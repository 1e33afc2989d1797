"""Particles and clitics written apart after a rewritten token: they agree with the spoken last sound.

A writer chooses да/та, ма/па, ғана/қана by what is written (АҚШ та, 10 км де, 3 ма, 5% та); the reader says the
token's words, so the particle follows their last sound, by vowel harmony and voicing (Америка Құрама Штаттары да, он
шақырым да, үш пе, бес пайыз да). Particles that never change (шейін, дейін, ше) are left alone, and so is ғой/қой
(қой is as often "sheep"); a case ending written apart from an initialism (ЖИТС тің) is the rules' to read first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tts_edition.normalize.morphology import PARTICLES
from tts_edition.normalize.provenance import Traced

# A particle standing alone as a word after a letter and one space (the text is tidied): not a word's start (дала).
SPACED_PARTICLE = re.compile(rf"(?<=[^\W\d_] )(?:{'|'.join(sorted(PARTICLES, key=len, reverse=True))})(?![\w-])")
_WORD_BEFORE = re.compile(r"[^\W\d_]+ $")


def agreeing(spoken: str, particle: str) -> str:
    """The particle's form after the spoken word: (Штаттары, та) → да, (үш, ма) → па, (алты, қана) → ғана."""
    return PARTICLES[particle].form_for(spoken)


def agree_particles(traced: Traced, original: str, applies: Callable[[re.Match[str]], bool]) -> None:
    """Re-agree each particle written apart after a word the rules rewrote; a word as written keeps the author's
    particle, and so does a particle the rules themselves wrote."""

    def written(start: int, end: int) -> str:
        return original[slice(*traced.origin(start, end))]

    def agree(match: re.Match[str]) -> str:
        particle = match.group()
        before = _WORD_BEFORE.search(traced.text, 0, match.start())
        if before is None or not applies(match) or written(*match.span()) != particle:
            return particle
        word = before.group()[:-1]
        if written(before.start(), before.end() - 1) == word:
            return particle
        return agreeing(word, particle)

    traced.sub(SPACED_PARTICLE, agree)
