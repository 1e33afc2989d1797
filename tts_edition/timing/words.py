"""Word times on the written text: the engine's timed words are aligned to the normaliser's spoken words, and
each written token takes the time of the spoken words it became.

Engines do not always cut words where the normaliser does: espeak-ng reports "Қасым-Жомарт" as "Қасым", and
Piper's phoneme stream has its own spaces. An edit-distance alignment over the two word lists, with merges and
splits of up to three words, pairs them; where it cannot pair one to one, the time of the engine words in a block
is shared among its spoken words by their length, so a local mismatch costs a local estimate only.

When one rewrite read several written tokens together ("10 000" → "он мың"), its spoken words are dealt out to
the tokens in proportion to their written length, each token getting at least one while they last; tokens left
without a word of their own share the time of the group's words, again by length.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tts_edition.engines.base import WordTiming, proportional_words

if TYPE_CHECKING:  # the normaliser is not loaded to read an index's word times (`check`)
    from tts_edition.normalize.provenance import WordGroup

_GAP = 1.0  # a word on one side paired with nothing on the other
_JOIN = 0.5  # each extra word in a merge or split
_UNLIKE = 0.25  # per word of a pair or block that differs, before their difference in length
_MAX_JOIN = 3
_BAND = 10  # how far (in words) the alignment may stray from the diagonal, beyond the difference in counts

Block = tuple[int, int, int, int]  # engine words [a, b) paired with spoken words [c, d)


@dataclass(frozen=True)
class TimedWord:
    """A written word: as written, its offset in the sentence, what was said for it, and when (samples)."""

    text: str
    at: int
    spoken: str
    start: int
    end: int


def written_word_times(groups: Sequence[WordGroup], engine: Sequence[WordTiming], start: int) -> list[TimedWord]:
    """Times of the written tokens in `groups` from the engine's words; `start` is the sentence's first sample."""
    spoken = [word for group in groups for word in group.words]
    times = spoken_word_times(spoken, engine) if engine else [(start, start)] * len(spoken)
    timed: list[TimedWord] = []
    first = 0
    for group in groups:
        spans = times[first : first + len(group.words)]
        first += len(group.words)
        timed += _tokens(group, spans, timed[-1].end if timed else start)
    return timed


def spoken_word_times(spoken: Sequence[str], engine: Sequence[WordTiming]) -> list[tuple[int, int]]:
    """(start, end) of each spoken word, from the engine's words aligned to them."""
    times: list[tuple[int, int]] = []
    for a, b, c, d in _blocks(spoken, engine):
        begin, end = engine[a].start, engine[b - 1].end
        shares = proportional_words(list(spoken[c:d]), end - begin) if d - c > 1 else [WordTiming("", 0, end - begin)]
        times += [(begin + w.start, begin + w.end) for w in shares]
    return times


def _blocks(spoken: Sequence[str], engine: Sequence[WordTiming]) -> list[Block]:
    """The alignment as consecutive blocks, each with at least one engine word and one spoken word."""
    keys = [_key(w.text) for w in engine]
    wanted = [_key(w) for w in spoken]
    if keys == wanted:
        return [(n, n + 1, n, n + 1) for n in range(len(keys))]
    return _folded(_align(keys, wanted), len(keys), len(wanted))


def _align(engine: list[str], spoken: list[str]) -> list[Block]:
    """Least-cost monotone pairing of the two word lists (banded dynamic programming)."""
    n, m = len(engine), len(spoken)
    band = _BAND + abs(n - m)
    best: dict[tuple[int, int], tuple[float, tuple[int, int]]] = {(0, 0): (0.0, (0, 0))}
    steps = [(p, q) for p in range(_MAX_JOIN + 1) for q in range(_MAX_JOIN + 1) if p + q and ((p and q) or p + q == 1)]
    for i in range(n + 1):
        centre = i * m // max(n, 1)
        for j in range(max(0, centre - band), min(m, centre + band) + 1):
            for p, q in steps:
                previous = best.get((i - p, j - q)) if i >= p and j >= q else None
                if previous is None:
                    continue
                cost = previous[0] + _step_cost(engine[i - p : i], spoken[j - q : j])
                if (i, j) not in best or cost < best[(i, j)][0]:
                    best[(i, j)] = (cost, (i - p, j - q))
    blocks: list[Block] = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = best[(i, j)][1]
        blocks.append((pi, i, pj, j))
        i, j = pi, pj
    return blocks[::-1]


def _step_cost(engine: list[str], spoken: list[str]) -> float:
    if not engine or not spoken:
        return _GAP
    words = len(engine) + len(spoken)
    a, b = "".join(engine), "".join(spoken)
    if a == b:
        return _JOIN * (words - 2)
    unlike = _UNLIKE * words / 2 + (1 - _UNLIKE) * abs(len(a) - len(b)) / max(len(a), len(b), 1)
    return _JOIN * (words - 2) + unlike


def _folded(blocks: list[Block], engine_count: int, spoken_count: int) -> list[Block]:
    """Blocks with nothing on one side joined to the block before them (or after, at the start)."""
    kept = [b for b in blocks if b[1] > b[0] and b[3] > b[2]]
    if not kept:
        return [(0, engine_count, 0, spoken_count)] if engine_count and spoken_count else []
    starts = [(0, 0)] + [(a, c) for a, _, c, _ in kept[1:]]
    ends = [*starts[1:], (engine_count, spoken_count)]
    return [(a, b, c, d) for (a, c), (b, d) in zip(starts, ends, strict=True)]


def _key(word: str) -> str:
    return "".join(ch for ch in word.lower() if ch.isalnum())


def _tokens(group: WordGroup, spans: list[tuple[int, int]], before: int) -> list[TimedWord]:
    tokens, words = group.tokens, group.words
    if not words:
        return [TimedWord(t.text, t.at, "", before, before) for t in tokens]
    if len(words) >= len(tokens):
        cuts = _cuts([len(t.text) for t in tokens], len(words))
        return [
            TimedWord(t.text, t.at, " ".join(words[a:b]), spans[a][0], spans[b - 1][1])
            for t, a, b in zip(tokens, cuts[:-1], cuts[1:], strict=True)
        ]
    begin = spans[0][0]
    shares = proportional_words([t.text for t in tokens], spans[-1][1] - begin)
    said = " ".join(words)
    return [TimedWord(t.text, t.at, said, begin + s.start, begin + s.end) for t, s in zip(tokens, shares, strict=True)]


def _cuts(weights: list[int], count: int) -> list[int]:
    """Boundaries dealing `count` items to len(weights) takers by weight, each taker getting at least one."""
    total = sum(weights) or 1
    cuts = [0]
    running = 0
    for n, weight in enumerate(weights[:-1], 1):
        running += weight
        wanted = round(running / total * count)
        cuts.append(min(max(wanted, cuts[-1] + 1), count - (len(weights) - n)))
    return [*cuts, count]
