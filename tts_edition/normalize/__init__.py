"""Kazakh written form → spoken form. `normalize(text)` is the public entry; `explain` logs every rewrite."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tts_edition.normalize.lexicon import Lexicon
from tts_edition.normalize.provenance import Traced, WordGroup
from tts_edition.normalize.rules import RULES, Rule

_MAX_PASSES = 4
_BLANKS = re.compile(r"[ \t\u00a0\u202f\u2009]+")
_SPACE_BEFORE_MARK = re.compile(r" +([,.;:!?»)])")
_EDGE_SPACE = re.compile(r"^\s+|\s+$")


@dataclass(frozen=True)
class Rewrite:
    rule: str
    written: str
    spoken: str


@dataclass(frozen=True)
class Normalised:
    """The spoken form, what each written token became, and the rewrites that made it."""

    spoken: str
    groups: tuple[WordGroup, ...]
    log: list[Rewrite]


def normalize_tokens(text: str, lexicon: Lexicon | None = None) -> Normalised:
    """The spoken form of `text` with the spoken words of each written token (see `provenance`)."""
    log: list[Rewrite] = []
    traced = Traced.nfc(text)
    rules = ([lexicon.rule()] if lexicon else []) + RULES
    for _ in range(_MAX_PASSES):  # a rule's leftovers can be another rule's input: run to a fixed point
        before = traced.text
        for rule in rules:
            traced.sub(rule.pattern, _logged(rule, log))
        if traced.text == before:
            break
    _tidy(traced)
    return Normalised(traced.text, traced.groups(text), log)


def explain(text: str, lexicon: Lexicon | None = None) -> tuple[str, list[Rewrite]]:
    """The spoken form of `text` and every rewrite that produced it, in order."""
    normalised = normalize_tokens(text, lexicon)
    return normalised.spoken, normalised.log


def normalize(text: str, lexicon: Lexicon | None = None) -> str:
    """Kazakh text as a newsreader would say it: numbers, dates, abbreviations and symbols in words."""
    return normalize_tokens(text, lexicon).spoken


def _logged(rule: Rule, log: list[Rewrite]) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        spoken = rule.speak(match)
        if spoken != match.group():
            log.append(Rewrite(rule.name, match.group(), spoken.strip()))
        return spoken

    return replace


def _tidy(traced: Traced) -> None:
    traced.sub(_BLANKS, lambda m: " ")
    traced.sub(_SPACE_BEFORE_MARK, lambda m: m.group(1))
    if traced.text.strip() != traced.text and "\n" not in traced.text:
        traced.sub(_EDGE_SPACE, lambda m: "")


__all__ = ["Lexicon", "Normalised", "Rewrite", "explain", "normalize", "normalize_tokens"]
