"""Kazakh written form → spoken form. `normalize(text)` is the public entry; `explain` logs every rewrite."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tts_edition.normalize.lexicon import Lexicon
from tts_edition.normalize.rules import RULES, Rule

_MAX_PASSES = 4


@dataclass(frozen=True)
class Rewrite:
    rule: str
    written: str
    spoken: str


def explain(text: str, lexicon: Lexicon | None = None) -> tuple[str, list[Rewrite]]:
    """The spoken form of `text` and every rewrite that produced it, in order."""
    log: list[Rewrite] = []
    text = unicodedata.normalize("NFC", text)
    rules = ([lexicon.rule()] if lexicon else []) + RULES
    for _ in range(_MAX_PASSES):  # a rule's leftovers can be another rule's input: run to a fixed point
        before = text
        for rule in rules:
            text = _apply(rule, text, log)
        if text == before:
            break
    return _tidy(text), log


def normalize(text: str, lexicon: Lexicon | None = None) -> str:
    """Kazakh text as a newsreader would say it: numbers, dates, abbreviations and symbols in words."""
    return explain(text, lexicon)[0]


def _apply(rule: Rule, text: str, log: list[Rewrite]) -> str:
    def replace(match: re.Match[str]) -> str:
        spoken = rule.speak(match)
        if spoken != match.group():
            log.append(Rewrite(rule.name, match.group(), spoken.strip()))
        return spoken

    return rule.pattern.sub(replace, text)


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t\u00a0\u202f\u2009]+", " ", text)
    text = re.sub(r" +([,.;:!?»)])", r"\1", text)
    return text.strip() if text.strip() != text and "\n" not in text else text


__all__ = ["Lexicon", "Rewrite", "explain", "normalize"]
