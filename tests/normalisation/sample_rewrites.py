#!/usr/bin/env python3
"""Draw a random sample of the normaliser's rewrites in the development corpus, for a person to judge by ear.

    PYTHONPATH=. python tests/normalisation/sample_rewrites.py [--size N] [--seed S] [--rule NAME ...] [DIR ...]

The case files hold the tokens someone chose to write down; most rewrites the rules make in real text were never
checked. This reads every paragraph of the passages under the given folders (default: corpus/ without the aside
folders below it, as `count_initialisms.py` reads them), asks `explain` for each rewrite, and draws N of them
uniformly (the same seed draws the same rows), each rewritten text and reading once. A rule that only mends spacing
is left out. `--rule` keeps only the named rules. Prints `n <TAB> rule <TAB> passage <TAB> written <TAB> spoken <TAB>
context <TAB> output`, where the context is the text around the rewrite with its span in ⟦…⟧ and the output is the
normaliser's reading of that context, the reading a listener hears: judge that, as later rules may change `spoken`.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from count_initialisms import HERE, passages

from tts_edition.normalize import explain, normalize

SPACING_RULES = frozenset({
    "spaces typed in a run", "space after a full stop", "decoration", "table's pipes and bullets",
    "space before a glued number", "space after a glued comma", "space after a scale word's stop",
    "russian space before a glued number",
})  # fmt: skip
CONTEXT = 90  # characters of context on each side, cut back to a space


class Found(NamedTuple):
    passage: Path
    paragraph: str
    rule: str
    written: str
    spoken: str
    span: tuple[int, int]


def rewrites(files: list[Path], rules: frozenset[str]) -> Iterator[Found]:
    """Every rewrite `explain` reports in the passages' paragraphs (the source line aside), in the named rules or,
    without names, in every rule but the spacing ones."""
    for passage in files:
        for paragraph in passage.read_text(encoding="utf-8").split("\n"):
            if not paragraph.strip() or paragraph.startswith("# source:"):
                continue
            for rewrite in explain(paragraph)[1]:
                if rewrite.rule in rules if rules else rewrite.rule not in SPACING_RULES:
                    yield Found(passage, paragraph, rewrite.rule, rewrite.written, rewrite.spoken, rewrite.span)


def context(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the context around paragraph[start:end], cut back to whole words."""
    left, right = max(0, start - CONTEXT), min(len(paragraph), end + CONTEXT)
    if left > 0 and -1 < (space := paragraph.find(" ", left)) < start:
        left = space + 1
    if right < len(paragraph) and (space := paragraph.rfind(" ", end, right)) != -1:
        right = space
    return left, right


def sample(found: list[Found], size: int, seed: int) -> list[Found]:
    """`size` rewrites drawn uniformly, each written text with its reading once."""
    shuffled = found[:]
    random.Random(seed).shuffle(shuffled)
    seen: set[tuple[str, str]] = set()
    drawn = []
    for rewrite in shuffled:
        if (rewrite.written, rewrite.spoken) not in seen and len(drawn) < size:
            seen.add((rewrite.written, rewrite.spoken))
            drawn.append(rewrite)
    return drawn


def row(n: int, rewrite: Found) -> str:
    start, end = rewrite.span
    left, right = context(rewrite.paragraph, start, end)
    text = rewrite.paragraph
    marked = f"{text[left:start]}⟦{text[start:end]}⟧{text[end:right]}"
    fields = [str(n), rewrite.rule, _shown(rewrite.passage), rewrite.written, rewrite.spoken, marked]
    return "\t".join(f.replace("\t", " ") for f in [*fields, normalize(text[left:right])])


def _shown(passage: Path) -> str:
    """The passage's path below tests/normalisation, or as given where it lies elsewhere."""
    resolved = passage.resolve()
    return str(resolved.relative_to(HERE) if resolved.is_relative_to(HERE) else passage)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[HERE / "corpus"])
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--seed", type=int, default=30)
    parser.add_argument("--rule", action="append", default=[], help="keep only this rule's rewrites (repeatable)")
    args = parser.parse_args()
    drawn = sample(list(rewrites(passages(args.folders), frozenset(args.rule))), args.size, args.seed)
    print("n\trule\tpassage\twritten\tspoken\tcontext\toutput")
    for n, rewrite in enumerate(drawn, 1):
        print(row(n, rewrite))


if __name__ == "__main__":
    main()
