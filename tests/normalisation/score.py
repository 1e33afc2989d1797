#!/usr/bin/env python3
"""Score a Kazakh normaliser on case files (written form → expected spoken forms).

    python tests/normalisation/score.py [CASES.tsv ...] [--func MODULE:FUNCTION] [--min RATIO] [-v]

Without files it scores every case file beside this script (kk-*.tsv), but the sets held aside (held-aside/,
kk-*-aside.tsv) only when named.
Output and expectation are compared after folding (see `fold`); a case passes when the output matches any of
its alternatives.
The last line printed is the overall score.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CASE_DIR = Path(__file__).resolve().parent
_NOT_WORD = re.compile(r"[^\w\s]|_")
_ONE_BEFORE_SCALE = re.compile(r"(?<!\S)бір (мың|жүз)(?!\S)")


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    written: str
    expected: list[str]


def fold(text: str) -> str:
    """Compare word for word: NFC, lower case, punctuation and hyphens as spaces, 'бір мың' = 'мың' and
    'бір жүз' = 'жүз' (both are said)."""
    words = _NOT_WORD.sub(" ", unicodedata.normalize("NFC", text).lower()).split()
    return _ONE_BEFORE_SCALE.sub(r"\1", " ".join(words))


def read_cases(path: Path) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            case_id, category, written, expected = line.split("\t")
            cases.append(Case(case_id, category, written, [e.strip() for e in expected.split(" || ")]))
    return cases


def score(cases: list[Case], normalise: Callable[[str], str], verbose: bool = False) -> float:
    """Print failures (every case when verbose) and a per-category tally; return the pass ratio."""
    tally: dict[str, list[int]] = {}
    passed = 0
    for case in cases:
        try:
            got = normalise(case.written)
        except Exception as exc:  # a crash fails the case, not the run
            got = f"<{type(exc).__name__}: {exc}>"
        ok = fold(got) in {fold(e) for e in case.expected}
        passed += ok
        counts = tally.setdefault(case.category, [0, 0])
        counts[0] += ok
        counts[1] += 1
        if verbose or not ok:
            print(f"{'ok  ' if ok else 'FAIL'} {case.id} [{case.category}] {case.written!r}")
            print(f"     got:      {got!r}\n     expected: {case.expected[0]!r}")
    for category, (ok, total) in sorted(tally.items()):
        print(f"  {category:18} {ok}/{total}")
    ratio = passed / len(cases) if cases else 0.0
    print(f"normalisation accuracy: {passed}/{len(cases)} = {ratio:.1%}")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    cases = sorted(p for p in CASE_DIR.glob("kk-*.tsv") if not p.stem.endswith("-aside"))
    parser.add_argument("cases", nargs="*", type=Path, default=cases)
    parser.add_argument("--func", default="tts_edition.normalize:normalize", help="MODULE:FUNCTION to score")
    parser.add_argument("--min", type=float, default=0.0, help="exit 1 when the pass ratio is below this")
    parser.add_argument("-v", "--verbose", action="store_true", help="show passing cases too")
    args = parser.parse_args()
    module, function = args.func.split(":")
    normalise = getattr(importlib.import_module(module), function)
    cases = [case for path in args.cases for case in read_cases(path)]
    return 0 if score(cases, normalise, args.verbose) >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
