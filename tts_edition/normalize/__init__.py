"""Kazakh written form → spoken form. `normalize(text)` is the public entry; `explain` logs every rewrite."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from tts_edition.normalize import englishnumbers, gates, russian
from tts_edition.normalize.gluedsuffixes import GLUED_AFTER_STOP, GLUED_AFTER_STOP_MARK
from tts_edition.normalize.headlines import lines_in_capitals_lowered
from tts_edition.normalize.language import ENGLISH, KAZAKH, RUSSIAN, Run, language_at, language_runs
from tts_edition.normalize.lexicon import Lexicon
from tts_edition.normalize.lookalikes import lookalikes_repaired
from tts_edition.normalize.mistyped import legacy_repaired
from tts_edition.normalize.particles import agree_particles
from tts_edition.normalize.provenance import Applied, Spoken, Traced, WordGroup, with_rewrites
from tts_edition.normalize.rules import Rule
from tts_edition.normalize.rules import rules as kazakh_rules
from tts_edition.normalize.typography import plain_characters, plain_typography, typed_marks_restored

_MAX_PASSES = 4
# Kazakh rules that apply inside Russian runs too: they are about scripts, addresses and symbols, not the language.
ANY_LANGUAGE = frozenset(
    {
        "look-alike letters",
        "menu's words run together",  # a site's menu of Russian labels, spaces lost
        "latin capitals run onto a cyrillic word",  # для печатиPDF: a Russian label's too
        "letter before a colon",  # К: and В: alone look like Russian's prepositions, which no colon follows
        "slash between words",
        "stray slash or star",
        "soft hyphen inside a word",  # a Russian quote's ответ¬ственность too
        "stray soft hyphen",
        "minus sign typed for a dash",
        "at sign between words",
        "web address",
        "legal form closing a quoted name",
        "space after a full stop",
        "phone number",
        "latin word",
        "symbol",
        "unsaid sign",
        "markup",
        "diacritic on its own",
        "decoration",  # © and emoji on a Russian photo credit (© Photo : Из архива семьи) are said as nothing there too
        "words run together",  # a photo credit's surname run onto its Russian caption (ИмангалиевВиды)
    }
)
ENGLISH_ONLY = frozenset({"english word"})  # Kazakh-list rules that read English runs alone
# Rules joining two parts of one written word (`left`, `right`): both parts written, or both a rule's reading of one
# script (a Latin Kazakh text's broken word), never a written part and another rule's reading (жібер- special-edu.kz:
# the Latin word said спешл is no end of the Cyrillic word before it).
SAME_ORIGIN_PARTS = frozenset({"word broken across a line"})
# Repairs of how the text was typed, made before the Russian rules read it as well (АC: a Latin C among Cyrillic).
TYPING_REPAIRS = frozenset(
    {
        "greek look-alike letters",
        "look-alike letters",
        "space after a full stop",
        "soft hyphen inside a word",
        "menu's words run together",
        "latin capitals run onto a cyrillic word",
    }
)
_BLANKS = re.compile(r"(?! (?![ \t\u00a0\u202f\u2009]))[ \t\u00a0\u202f\u2009]+")  # not a lone space: it stays
# A mark's space closes up, not a question mark's that opens a word (?зірмелер: a letter the page lost, left unread).
_SPACE_BEFORE_MARK = re.compile(r" +([,.;:!»)]|\?(?![^\W\d_]))")
_EDGE_SPACE = re.compile(r"^\s+|\s+$")


@dataclass(frozen=True)
class Rewrite:
    rule: str
    written: str
    spoken: str
    kind: str = ""
    guess: bool = False
    span: tuple[int, int] = (0, 0)  # of the original text


@dataclass(frozen=True)
class Normalised:
    """The spoken form, what each written token became, and the rewrites that made it."""

    spoken: str
    groups: tuple[WordGroup, ...]
    log: list[Rewrite]


Pin = tuple[int, int, str]  # text[start:end] is read as this (an inline mark's reading), normalised as written
MARK = "mark"  # the rule and kind of a pinned reading


def normalize_tokens(
    text: str, lexicon: Lexicon | None = None, switch: bool = True, pins: Sequence[Pin] = ()
) -> Normalised:
    """The spoken form of `text` with the spoken words of each written token (see `provenance`), each group marked
    with its language. Russian runs (`language.language_runs`) are normalised by the Russian rules; English runs
    are read by the Kazakh ones (the Kazakh voice's reading of English), their numbers first said in English
    (`englishnumbers`), their groups marked "en" all the same.
    `switch=False` reads everything as Kazakh. `pins` are put in first, so the lexicon and rules read them as
    written."""
    log: list[Rewrite] = []
    traced = Traced.nfc(text)
    as_read = lookalikes_repaired(legacy_repaired(plain_characters(text)))  # as the rules will read it
    runs = language_runs(as_read) if switch else []
    for start, end, spoken in sorted(pins, reverse=True):  # from the end: each keeps its place in `text`
        traced.pin(start, end, spoken)
        log.append(Rewrite(MARK, text[start:end], spoken.strip(), MARK, span=_pinned_span(text, start, end)))
    log.reverse()
    if lexicon:  # once, before the rules: its spoken side may hold its written side (Алматы → Алматы қаласы)
        rule = lexicon.rule()
        traced.sub(rule.pattern, _logged(rule, log, traced, _within(traced, runs, None, rule.name)))
    retyped = plain_typography(traced)  # after the lexicon, whose entries are written as the text types them
    lines_in_capitals_lowered(traced)
    passes = []
    if any(run.lang == RUSSIAN for run in runs):
        passes += [(_typing_repairs(), None), (russian.rules(), RUSSIAN)]
    if any(run.lang == ENGLISH for run in runs):
        passes.append((englishnumbers.rules(), ENGLISH))
    passes.append((kazakh_rules(), None))
    for rules, language in passes:
        _run_to_fixed_point(rules, traced, _rewriter(log, traced, runs, language))
    _tidy(traced)
    if retyped:
        typed_marks_restored(traced, text)
    agree_particles(traced, text, _within(traced, runs, None, "particle after a rewritten token"))
    groups = with_rewrites(traced.groups(text), [(r.span, Applied(r.rule, r.kind, r.guess)) for r in log])
    if any(run.lang != KAZAKH for run in runs):
        groups = tuple(replace(g, lang=language_at(runs, g.tokens[0].at)) for g in groups)
    return Normalised(traced.text, groups, log)


def _run_to_fixed_point(
    rules: Sequence[Rule], traced: Traced, rewriter: Callable[[Rule], Callable[[re.Match[str]], str]]
) -> None:
    """The rules in turn, going round until a whole round of them has left the text as it was (a rule's leftovers can
    be another rule's input), at most `_MAX_PASSES` rounds. A rule that has seen the text as it now is would leave it
    so again: the round ends at the rule that last changed it, not at the list's end. Only the rules whose `needs`
    the text holds are visited, found at once for each text the rules make; the others would leave it as it is."""
    count = len(rules)
    at, unchanged, visits = 0, 0, _MAX_PASSES * count
    while unchanged < count:
        before = traced.text
        opened = gates.opened(rules, before)
        first = bisect_left(opened, at)
        for index in opened[first:] + opened[:first]:
            passed_over = (index - at) % count  # rules whose needs the text lacks: as if run, unchanged
            if unchanged + passed_over >= count or visits <= passed_over:
                return
            visits -= passed_over + 1
            rule = rules[index]
            traced.sub(rule.pattern, rewriter(rule))
            at = (index + 1) % count
            if traced.text != before:
                unchanged = 0
                break
            unchanged += passed_over + 1
        else:
            return


def _rewriter(
    log: list[Rewrite], traced: Traced, runs: list[Run], language: str | None
) -> Callable[[Rule], Callable[[re.Match[str]], str]]:
    """What makes a rule's logged rewrite of a match, for the rules of `language`."""
    return lambda rule: _logged(rule, log, traced, _within(traced, runs, language, rule.name))


@cache
def _typing_repairs() -> list[Rule]:
    """The Kazakh rules that mend typing in a Russian run before the Russian rules read it."""
    return [rule for rule in kazakh_rules() if rule.name in TYPING_REPAIRS]


def _pinned_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span a pin's rewrite is listed under: its own, or for words read where nothing is written, the written
    character before them, whose word they join (the first one's at the start)."""
    if end > start:
        return start, end
    before = len(text[:start].rstrip())
    return (before - 1, before) if before else (start, start + 1)


def _within(traced: Traced, runs: list[Run], language: str | None, rule_name: str) -> Callable[[re.Match[str]], bool]:
    """Whether a match is one the rules of `language` rewrite: in a run of that language (Kazakh rules: not in a
    Russian run, except those about scripts and addresses, which read Russian text as well)."""

    def applies(match: re.Match[str]) -> bool:
        if rule_name in SAME_ORIGIN_PARTS and _read(traced, match, "left") != _read(traced, match, "right"):
            return False
        if not runs:
            return language is None and rule_name not in ENGLISH_ONLY
        at = traced.origins[match.start()][0] if match.start() < len(traced.origins) else len(traced.origins)
        found = language_at(runs, at)
        if language:
            return found == language
        if rule_name in ENGLISH_ONLY:
            return found == ENGLISH
        return found != RUSSIAN or rule_name in ANY_LANGUAGE

    return applies


def _read(traced: Traced, match: re.Match[str], group: str) -> bool:
    """Whether a rule has read a match's group: its characters trace to fewer written spans than they are (спешл, all
    five from special), not one each, as written ones and a look-alike letter put right do."""
    start, end = match.span(group)
    return len(set(traced.origins[start:end])) < end - start


def explain(text: str, lexicon: Lexicon | None = None) -> tuple[str, list[Rewrite]]:
    """The spoken form of `text` and every rewrite that produced it, in order."""
    normalised = normalize_tokens(text, lexicon)
    return normalised.spoken, normalised.log


def normalize(text: str, lexicon: Lexicon | None = None) -> str:
    """Kazakh text as a newsreader would say it: numbers, dates, abbreviations and symbols in words."""
    return normalize_tokens(text, lexicon).spoken


def _logged(
    rule: Rule, log: list[Rewrite], traced: Traced, applies: Callable[[re.Match[str]], bool]
) -> Callable[[re.Match[str]], str]:
    def rewrite(match: re.Match[str]) -> str:
        if not applies(match):
            return match.group()
        spoken = rule.speak(match)
        if spoken != match.group():
            kind, guess = (spoken.kind, spoken.guess) if isinstance(spoken, Spoken) else (rule.kind, rule.guess)
            span = traced.origin(*match.span())
            log.append(Rewrite(rule.name, match.group(), spoken.strip(), kind, guess, span))
        return str(spoken)

    return rewrite


def _tidy(traced: Traced) -> None:
    traced.sub(_BLANKS, lambda m: " ")
    traced.sub(_SPACE_BEFORE_MARK, lambda m: m.group(1))
    if GLUED_AFTER_STOP_MARK.search(traced.text):  # a mark the rules' spaces left glued (№.І → нөмір. І)
        traced.sub(GLUED_AFTER_STOP, lambda m: " ")
    if traced.text.strip() != traced.text and "\n" not in traced.text:
        traced.sub(_EDGE_SPACE, lambda m: "")


__all__ = [
    "Lexicon", "Normalised", "Pin", "Rewrite", "Run", "WordGroup", "explain", "language_runs", "normalize",
    "normalize_tokens",
]  # fmt: skip
