"""Which rules of a list a text opens: those without `needs`, and those whose `needs` the text holds.

Each distinct `needs` is searched once for all the rules that share it (many do: a digit, a Latin letter). Most
searches find nothing, and a search costs about as much as the call itself, so a gate is not searched at all when
the text lacks a character every match of it holds: a digit, a slash, a capital. Those characters are read from the
gate's parsed pattern (`necessary_characters`); a pattern whose parts are not understood holds none, and its gate is
always searched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from re import _constants, _parser
from typing import Any, Protocol

_Item = tuple[Any, Any]  # (opcode, argument) of a parsed pattern
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
_CATEGORIES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_NOT_DIGIT: r"\D",
    _constants.CATEGORY_SPACE: r"\s",
    _constants.CATEGORY_NOT_SPACE: r"\S",
    _constants.CATEGORY_WORD: r"\w",
    _constants.CATEGORY_NOT_WORD: r"\W",
}
_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.DOTALL, "s"))  # what a character's test keeps of its pattern's flags
_SCOPED_FLAGS = re.IGNORECASE | re.DOTALL
_MAX_CHARACTERS_KEPT = 20_000  # characters whose tests are remembered; random text must not grow the memory


class _Unknown(Exception):
    """A part of a pattern that cannot be written as a test of one character."""


class Gated(Protocol):
    needs: re.Pattern[str] | None


def necessary_characters(pattern: re.Pattern[str]) -> list[re.Pattern[str]]:
    """Tests of one character, each true of some character of every match of `pattern`: a text where one of them
    is true of no character holds no match."""
    flags = pattern.flags & _SCOPED_FLAGS
    return [
        re.compile(test)
        for test in dict.fromkeys(_necessary(list(_parser.parse(pattern.pattern, pattern.flags)), flags))
    ]


def _necessary(sequence: list[_Item], flags: int) -> list[str]:
    """The tests (as patterns of one character) that some character of every match of a parsed sequence passes,
    taken from its parts that cannot be left out; lookarounds and anchors hold no character of the match."""
    tests: list[str] = []
    for op, argument in sequence:
        if op in (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY):
            tests += _one_character(op, argument, flags)
        elif op is _constants.SUBPATTERN:
            _, added, removed, inner = argument
            tests += _necessary(list(inner), (flags | added) & ~removed & _SCOPED_FLAGS)
        elif op is _constants.ATOMIC_GROUP:
            tests += _necessary(list(argument), flags)
        elif op in _REPEATS and argument[0] > 0:
            tests += _necessary(list(argument[2]), flags)
        elif op is _constants.BRANCH:
            tests += _either(argument[1], flags)
    return tests


def _either(branches: list[Any], flags: int) -> list[str]:
    """The tests of a choice of branches: a match takes one branch and passes all its tests, so the n-th tests of
    all the branches together make one (as many as the branch with the fewest has)."""
    each = [_necessary(list(branch), flags) for branch in branches]
    return [f"(?:{'|'.join(dict.fromkeys(tests))})" for tests in zip(*each, strict=False)]


def _one_character(op: Any, argument: Any, flags: int) -> list[str]:
    try:
        written = _written(op, argument)
    except _Unknown:
        return []
    kept = "".join(letter for flag, letter in _FLAG_LETTERS if flags & flag)
    dropped = "".join(letter for flag, letter in _FLAG_LETTERS if not flags & flag)
    return [f"(?{kept}{'-' if dropped else ''}{dropped}:{written})"]


def _written(op: Any, argument: Any) -> str:
    """One character's part of a parsed pattern, written back as a pattern."""
    if op is _constants.LITERAL:
        return re.escape(chr(argument))
    if op is _constants.NOT_LITERAL:
        return f"[^{re.escape(chr(argument))}]"
    if op is _constants.ANY:
        return "."
    members = []
    for member, value in argument:
        if member is _constants.NEGATE:
            members.insert(0, "^")
        elif member is _constants.LITERAL:
            members.append(re.escape(chr(value)))
        elif member is _constants.RANGE:
            members.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif member is _constants.CATEGORY and value in _CATEGORIES:
            members.append(_CATEGORIES[value])
        else:
            raise _Unknown
    return f"[{''.join(members)}]"


@dataclass
class GatePlan:
    """A rule list's gates: the places of the rules that need nothing; each distinct `needs` with the places of the
    rules sharing it and the tests (bits of `tests`) some character of the text must pass for it to be searched;
    and for each character met so far, the tests it passes."""

    always: list[int]
    gates: list[tuple[re.Pattern[str], list[int], int]]
    tests: list[re.Pattern[str]]
    passed: dict[str, int] = field(default_factory=dict)

    def opened(self, text: str) -> list[int]:
        """The places of the rules whose `needs` the text holds, in the list's order."""
        held = 0
        for char in set(text):
            passes = self.passed.get(char)
            if passes is None:
                passes = self._passes(char)
            held |= passes
        opened = list(self.always)
        for needs, places, required in self.gates:
            if required & held == required and needs.search(text):
                opened += places
        opened.sort()
        return opened

    def _passes(self, char: str) -> int:
        if len(self.passed) >= _MAX_CHARACTERS_KEPT:
            self.passed.clear()
        passes = self.passed[char] = sum(1 << bit for bit, test in enumerate(self.tests) if test.match(char))
        return passes


# Keyed by the list's identity: the lists are built once (the rule lists of `normalize`), and each entry keeps its
# list alive, so an identity is never reused while its plan stands.
_PLANS: dict[int, tuple[Sequence[Gated], GatePlan]] = {}


def opened(rules: Sequence[Gated], text: str) -> list[int]:
    """The places of the rules of `rules` whose `needs` the text holds, in the list's order."""
    entry = _PLANS.get(id(rules))
    if entry is None or entry[0] is not rules:
        entry = _PLANS[id(rules)] = (rules, _plan(rules))
    return entry[1].opened(text)


def _plan(rules: Sequence[Gated]) -> GatePlan:
    shared: dict[re.Pattern[str] | None, list[int]] = {None: []}
    for index, rule in enumerate(rules):
        shared.setdefault(rule.needs, []).append(index)
    always = shared.pop(None)
    bits: dict[str, int] = {}
    gates = []
    for needs, places in shared.items():
        assert needs is not None
        required = 0
        for test in necessary_characters(needs):
            required |= 1 << bits.setdefault(test.pattern, len(bits))
        gates.append((needs, places, required))
    return GatePlan(always, gates, [re.compile(test) for test in bits])
