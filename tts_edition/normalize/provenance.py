"""Which written token each spoken word came from, kept through every regex rewrite of the normaliser.

Every character of the text being rewritten carries the span of the original text it stands for. A substitution
gives each character of its replacement the span of everything it replaced, so after any number of passes of any
rules a spoken word's span says which written tokens it came from.

Written tokens are the whitespace tokens that hold a letter or digit. Spoken words whose spans touch the same
tokens form a `WordGroup`: usually one token and its words ("1992" → five words), sometimes several tokens that
one rewrite read together ("10 000" → "он мың"). A spoken word that came from no token (the "және" of a lone
"&") joins the group before it, or the first group when nothing comes before.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

Span = tuple[int, int]
LETTERS = "letters"  # the kind of a rewrite that only mends letters (Latin look-alikes, old fonts)
_TOKEN = re.compile(r"\S+")
_EDGE = " \t\n«»\"'“”„‘’()[]{},.;:!?…"  # what `written_form` leaves off a token
_CORE = re.compile(r"\w(?:.*\w)?")  # from the first to the last letter or digit: edge punctuation left out


@dataclass(frozen=True)
class WrittenToken:
    text: str  # as written, edge punctuation aside
    at: int  # offset in the original text


class Spoken(str):
    """A rule's reading that says its own kind and whether it is a guess; a plain string takes its rule's."""

    kind: str
    guess: bool

    def __new__(cls, text: str, kind: str, guess: bool = False) -> Spoken:
        made = super().__new__(cls, text)
        made.kind, made.guess = kind, guess
        return made


@dataclass(frozen=True)
class Applied:
    """One rule's rewrite of a written token: the rule, the kind of reading it made (cardinal, initialism, latin…)
    and whether the reading is a guess a person should confirm."""

    rule: str
    kind: str
    guess: bool = False


@dataclass(frozen=True)
class WordGroup:
    """Written tokens and the spoken words made from them, in order, the language they are in ("kk", "ru", "en":
    `language.language_runs`), which says which voice speaks them, and the rules that rewrote them, in order."""

    tokens: tuple[WrittenToken, ...]
    words: tuple[str, ...]
    lang: str = "kk"
    applied: tuple[Applied, ...] = ()

    @property
    def written(self) -> str:
        return " ".join(token.text for token in self.tokens)

    @property
    def span(self) -> Span:
        """From the first token's first letter or digit to the last one's last, in the original text."""
        return self.tokens[0].at, self.tokens[-1].at + len(self.tokens[-1].text)

    @property
    def rule(self) -> str:
        """The names of the rules that rewrote the tokens ("" when none did)."""
        return " + ".join(dict.fromkeys(a.rule for a in self.applied))

    @property
    def kind(self) -> str:
        """The kind of reading: the first rewrite's, letter fix-ups (look-alikes, old fonts) aside."""
        kinds = [a.kind for a in self.applied]
        return next((kind for kind in kinds if kind != LETTERS), kinds[0] if kinds else "")

    @property
    def guess(self) -> bool:
        return any(a.guess for a in self.applied)


@dataclass
class Traced:
    """Text under rewriting, with the original span behind each of its characters."""

    text: str
    origins: list[Span]

    @classmethod
    def nfc(cls, original: str) -> Traced:
        """The NFC form of `original`, each composed character traced to the characters it was made from."""
        if unicodedata.is_normalized("NFC", original) and not any(map(unicodedata.combining, original)):
            return cls(original, [(n, n + 1) for n in range(len(original))])  # as the loop below would trace it
        pieces, origins = [], []
        for start, end in _clusters(original):
            composed = unicodedata.normalize("NFC", original[start:end])
            pieces.append(composed)
            origins += [(start, end)] * len(composed)
        text = unicodedata.normalize("NFC", original)
        if "".join(pieces) != text:  # composed across clusters (Hangul jamo): traced to the whole text
            return cls(text, [(0, len(original))] * len(text))
        return cls(text, origins)

    def sub(self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> None:
        """`pattern.sub(replace, text)`, keeping the trace."""
        pieces: list[str] = []
        origins: list[Span] = []
        done = 0
        for match in pattern.finditer(self.text):
            start, end = match.span()
            spoken = replace(match)
            pieces.append(self.text[done:start])
            origins += self.origins[done:start]
            pieces.append(spoken)
            origins += self.origins[start:end] if spoken == match.group() else [self._span(start, end)] * len(spoken)
            done = end
        if pieces:
            pieces.append(self.text[done:])
            origins += self.origins[done:]
            self.text, self.origins = "".join(pieces), origins

    def pin(self, start: int, end: int, spoken: str) -> None:
        """`spoken` in place of what stands for `original[start:end]` (before `original[start]` when that is empty),
        traced to that span."""
        first = next((n for n, (a, _) in enumerate(self.origins) if a >= start), len(self.origins))
        last = next((n for n, (a, _) in enumerate(self.origins) if a >= end), len(self.origins))
        last = max(first, last)
        self.text = self.text[:first] + spoken + self.text[last:]
        self.origins = self.origins[:first] + [(start, end)] * len(spoken) + self.origins[last:]

    def origin(self, start: int, end: int) -> Span:
        """The span of the original text that `text[start:end]` stands for."""
        return self._span(start, end)

    def _span(self, start: int, end: int) -> Span:
        if end > start:
            return self.origins[start][0], self.origins[end - 1][1]
        at = self.origins[start - 1][1] if start else (self.origins[0][0] if self.origins else 0)
        return at, at

    def groups(self, original: str) -> tuple[WordGroup, ...]:
        """The written tokens of `original` with the spoken words of this text that came from each."""
        tokens = _written_tokens(original)
        ends = [end for _, (_, end) in tokens]  # in order, as the tokens' starts are
        built: list[tuple[int, int, list[str]]] = []  # first token, one past the last, words
        orphans: list[str] = []
        for start, length in word_spans(self.text):
            word = self.text[start : start + length]
            first, last = self.origins[start][0], self.origins[start + length - 1][1]
            touched = _overlapping(tokens, ends, first, last)
            if not touched:
                (built[-1][2] if built else orphans).append(word)
            elif built and touched[0] < built[-1][1]:
                built[-1][2].append(word)  # in place: a group of 100,000 words is not copied 100,000 times
                built[-1] = (built[-1][0], max(built[-1][1], touched[-1] + 1), built[-1][2])
            else:
                done = built[-1][1] if built else 0
                built += [(n, n + 1, []) for n in range(done, touched[0])]  # tokens that became no word
                built.append((touched[0], touched[-1] + 1, [word]))
        done = built[-1][1] if built else 0
        built += [(n, n + 1, []) for n in range(done, len(tokens))]
        if built and orphans:
            built[0] = (built[0][0], built[0][1], orphans + built[0][2])
        return tuple(WordGroup(tuple(t for t, _ in tokens[a:b]), tuple(words)) for a, b, words in built)


def _overlapping(tokens: list[tuple[WrittenToken, Span]], ends: list[int], first: int, last: int) -> list[int]:
    """The indices of the tokens (in order, each ending where `ends` says) that overlap [first, last)."""
    found = []
    for n in range(bisect_right(ends, first), len(tokens)):
        if tokens[n][1][0] >= last:
            break
        found.append(n)
    return found


def _clusters(text: str) -> list[Span]:
    """Spans of each character with the combining marks after it."""
    spans: list[Span] = []
    for n, ch in enumerate(text):
        if spans and unicodedata.combining(ch):
            spans[-1] = (spans[-1][0], n + 1)
        else:
            spans.append((n, n + 1))
    return spans


def word_spans(text: str) -> list[tuple[int, int]]:
    """(position, length) of each word: split at whitespace, without edge punctuation."""
    spans = []
    for token in _TOKEN.finditer(text):
        core = _CORE.search(token.group())
        if core:
            spans.append((token.start() + core.start(), len(core.group())))
    return spans


def _written_tokens(text: str) -> list[tuple[WrittenToken, Span]]:
    """Each written token with the span of its whole whitespace token (punctuation included)."""
    tokens = []
    for token in _TOKEN.finditer(text):
        core = _CORE.search(token.group())
        if core:
            tokens.append((WrittenToken(core.group(), token.start() + core.start()), token.span()))
    return tokens


def as_written(groups: tuple[WordGroup, ...], converted: str, written: str) -> tuple[WordGroup, ...]:
    """The groups of `converted` (the Cyrillic of a text written in another script) pointed at `written`.

    Conversion keeps the whitespace tokens, so the n-th token of one is the n-th of the other. Where it did not
    (spaced letters read as one initialism), the sentence's words form one group over all its written tokens.
    """
    if converted == written:
        return groups
    source = [token for token, _ in _written_tokens(written)]
    target = {token.at: n for n, (token, _) in enumerate(_written_tokens(converted))}
    if len(source) != len(target):
        words = tuple(word for group in groups for word in group.words)
        return (WordGroup(tuple(source), words, groups[0].lang, tuple(a for g in groups for a in g.applied)),)
    return tuple(replace(group, tokens=tuple(source[target[token.at]] for token in group.tokens)) for group in groups)


def written_form(text: str, group: WordGroup) -> str:
    """The group's tokens as written in `text`, signs that belong to them kept (85%-ы, $100), quotes and commas
    left out."""
    start, end = group.span
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].strip(_EDGE) or group.written


def with_rewrites(groups: tuple[WordGroup, ...], rewrites: list[tuple[Span, Applied]]) -> tuple[WordGroup, ...]:
    """Each group with the rewrites whose span of the original text touches one of its tokens, in order."""
    starts = [group.tokens[0].at if group.tokens else 0 for group in groups]
    found: list[list[Applied]] = [[] for _ in groups]
    for (start, end), applied in rewrites:
        first = max(bisect_right(starts, start) - 1, 0)
        for n in range(first, len(groups)):
            if starts[n] >= end and n > first:
                break
            if any(token.at < end and start < token.at + len(token.text) for token in groups[n].tokens):
                found[n].append(applied)
    return tuple(replace(g, applied=tuple(a)) if a else g for g, a in zip(groups, found, strict=True))
