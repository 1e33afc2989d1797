"""Which rules of a list a text opens: those without a gate, and those whose gate the text holds: the evidence their
reading depends on (`when`), else what every match of them holds (`needs`).

Each distinct gate is searched once for all the rules that share it (many do: a digit, a Latin letter). Most
searches find nothing, and a search costs about as much as the call itself, so a gate is not searched at all when
the text lacks a character every match of it holds: a digit, a slash, a capital. Those characters are read from the
gate's parsed pattern (`necessary_characters`); a pattern whose parts are not understood holds none, and its gate is
always searched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
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
_IN_EVERY_SENTENCE = "абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі ,."
_TESTS_KEPT = 2  # of each gate's necessary characters, the rarest: more spare few searches and cost a test each
_MAX_CHARACTERS_KEPT = 20_000  # characters whose tests are remembered; random text must not grow the memory


class _Unknown(Exception):
    """A part of a pattern that cannot be written as a test of one character."""


class Gated(Protocol):
    needs: re.Pattern[str] | None
    when: re.Pattern[str] | None


def gate(rule: Gated) -> re.Pattern[str] | None:
    """What a text must hold for the rule to be scanned: the evidence its reading depends on, else what every match
    of it holds."""
    return rule.when if rule.when is not None else rule.needs


def necessary_characters(pattern: re.Pattern[str]) -> list[re.Pattern[str]]:
    """Tests of one character, each true of some character of every match of `pattern`: a text where one of them
    is true of no character holds no match."""
    return [re.compile(_written_test(test)) for test in _necessary_tests(pattern)]


def rarest_character(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Of the tests of `necessary_characters`, the one the characters of ordinary sentences pass least, as a pattern
    to search a text for before `pattern` (None when every match may be made of any characters)."""
    rarest = _rarest_tests(pattern, 1)
    return re.compile(_written_test(rarest[0])) if rarest else None


# A test of one character: the parts it is the union of, each (flags in scope, as written, whether it is written as a
# character class's members, which join one class with the others of its flags).
_Test = frozenset[tuple[str, str, bool]]


def _necessary_tests(pattern: re.Pattern[str]) -> list[_Test]:
    parsed = list(_parser.parse(pattern.pattern, pattern.flags))
    return list(dict.fromkeys(_necessary(parsed, pattern.flags & _SCOPED_FLAGS)))


def _rarest_tests(pattern: re.Pattern[str], count: int) -> list[_Test]:
    tests = _necessary_tests(pattern)
    return tests if len(tests) <= count else sorted(tests, key=_commonness)[:count]


def _necessary(sequence: list[_Item], flags: int) -> list[_Test]:
    """The tests that some character of every match of a parsed sequence passes, taken from its parts that cannot
    be left out; lookarounds and anchors hold no character of the match."""
    tests: list[_Test] = []
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


def _either(branches: list[Any], flags: int) -> list[_Test]:
    """The tests of a choice of branches: a match takes one branch and passes all its tests, so the n-th tests of
    all the branches together make one (as many as the branch with the fewest has), each branch's rarest first."""
    each = [sorted(_necessary(list(branch), flags), key=_commonness) for branch in branches]
    return [frozenset().union(*tests) for tests in zip(*each, strict=False)]


@cache
def _commonness(test: _Test) -> int:
    """How many of the characters found in nearly every sentence a test passes."""
    compiled = re.compile(_written_test(test))
    return sum(compiled.match(char) is not None for char in _IN_EVERY_SENTENCE)


def _written_test(test: _Test) -> str:
    classes: dict[str, str] = {}
    alone = []
    for scope, written, is_members in sorted(test):
        if is_members:
            classes[scope] = classes.get(scope, "") + written
        else:
            alone.append(f"(?{scope}:{written})")
    parts = [f"(?{scope}:[{members}])" for scope, members in classes.items()] + alone
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


def _one_character(op: Any, argument: Any, flags: int) -> list[_Test]:
    try:
        written, is_members = _written(op, argument)
    except _Unknown:
        return []
    kept = "".join(letter for flag, letter in _FLAG_LETTERS if flags & flag)
    dropped = "".join(letter for flag, letter in _FLAG_LETTERS if not flags & flag)
    return [frozenset({(f"{kept}{'-' if dropped else ''}{dropped}", written, is_members)})]


def _written(op: Any, argument: Any) -> tuple[str, bool]:
    """One character's part of a parsed pattern written back: as a class's members, or as a pattern of its own
    (a negated class, any character)."""
    if op is _constants.LITERAL:
        return re.escape(chr(argument)), True
    if op is _constants.NOT_LITERAL:
        return f"[^{re.escape(chr(argument))}]", False
    if op is _constants.ANY:
        return ".", False
    members = []
    for member, value in argument:
        if member is _constants.NEGATE:
            continue
        if member is _constants.LITERAL:
            members.append(re.escape(chr(value)))
        elif member is _constants.RANGE:
            members.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif member is _constants.CATEGORY and value in _CATEGORIES:
            members.append(_CATEGORIES[value])
        else:
            raise _Unknown
    if any(member is _constants.NEGATE for member, _ in argument):
        return f"[^{''.join(members)}]", False
    return "".join(members), True


@dataclass
class GatePlan:
    """A rule list's gates: the places of the rules that need nothing; each distinct gate with the places of the
    rules sharing it and the tests (bits of `tests`) some character of the text must pass for it to be searched;
    and for each character met so far, the tests it passes."""

    always: list[int]
    gates: list[tuple[re.Pattern[str], list[int], int]]
    tests: list[re.Pattern[str]]
    passed: dict[str, int] = field(default_factory=dict)

    def opened(self, text: str) -> list[int]:
        """The places of the rules whose gate the text holds, in the list's order."""
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
    """The places of the rules of `rules` whose gate (`gate`) the text holds, in the list's order."""
    entry = _PLANS.get(id(rules))
    if entry is None or entry[0] is not rules:
        entry = _PLANS[id(rules)] = (rules, _plan(rules))
    return entry[1].opened(text)


def _plan(rules: Sequence[Gated]) -> GatePlan:
    shared: dict[re.Pattern[str] | None, list[int]] = {None: []}
    for index, rule in enumerate(rules):
        shared.setdefault(gate(rule), []).append(index)
    always = shared.pop(None)
    bits: dict[str, int] = {}
    gates = []
    for needs, places in shared.items():
        assert needs is not None
        required = 0
        for test in _rarest_tests(needs, _TESTS_KEPT):
            required |= 1 << bits.setdefault(_written_test(test), len(bits))
        gates.append((needs, places, required))
    return GatePlan(always, gates, [re.compile(test) for test in bits])
