#!/usr/bin/env python3
"""How often a reading changes when only the typing of a case changes: a dash, a space, a quotation mark, a letter
typed on the other script's keyboard.

    PYTHONPATH=. python tests/normalisation/variants.py [--every N] [--variant NAME ...] [CASES.tsv ...]

Sites differ in typography more than in anything else, and text from a new site reads worse than text like the
cases. Each variant below rewrites a case's written form in a way a newsreader would read the same (one change per
case: the first place it applies); the normaliser's reading of the variant is compared with its reading of the case as
written, after `score.fold`. Cases come from every development case file (no aside file, never `held-aside/`), every
N-th of them with `--every`. Prints one JSON line per variant: cases changed, readings that changed, and up to three
examples of each.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from score import CASE_DIR, Case, fold, read_cases

from tts_edition.normalize import normalize

_LATIN_OF = dict(zip("аеорсх", "aeopcx", strict=True))
_CYRILLIC_OF = {latin: cyrillic for cyrillic, latin in _LATIN_OF.items()}


def _first(pattern: str, replace: str | Callable[[re.Match[str]], str]) -> Callable[[str], str]:
    compiled = re.compile(pattern)
    return lambda text: compiled.sub(replace, text, count=1)


def _one_letter_typed_in_other_script(word_pattern: str, letters: dict[str, str]) -> Callable[[str], str]:
    """The first letter of `letters` in the first word matching `word_pattern` typed as its look-alike."""

    def retype(word: re.Match[str]) -> str:
        at = next(n for n, letter in enumerate(word.group()) if letter in letters)
        return word.group()[:at] + letters[word.group()[at]] + word.group()[at + 1 :]

    return _first(word_pattern, retype)


class Variant(NamedTuple):
    name: str
    rewrite: Callable[[str], str]


VARIANTS = (
    Variant("en dash before a number's suffix", _first(r"(?<=\d)-(?=[^\W\d_])", "\u2013")),
    Variant("no-break hyphen before a number's suffix", _first(r"(?<=\d)-(?=[^\W\d_])", "\u2011")),
    Variant("en dash in a number after №", _first(r"(?<=№ )(\d+)-(\d+)(?![\d-])", "\\1\u2013\\2")),
    Variant("no-break space after a number", _first(r"(?<=\d) (?=\S)", "\u00a0")),
    Variant("narrow no-break space between thousands", _first(r"(?<=\d) (?=\d{3}\b)", "\u202f")),
    Variant("space before a percent sign", _first(r"(?<=\d)%", " %")),
    Variant("space after №", _first(r"№(?=\d)", "№ ")),
    Variant("no space after №", _first(r"№ (?=\d)", "№")),
    Variant("english quotation marks", lambda text: text.replace("«", "“").replace("»", "”")),
    Variant("german quotation marks", lambda text: text.replace("«", "„").replace("»", "“")),
    Variant("ellipsis as one character", lambda text: text.replace("...", "\u2026")),
    Variant("spaced em dash", lambda text: text.replace(" \u2013 ", " \u2014 ", 1)),
    Variant("minus sign for a range's dash", _first(r"(?<=\d)( ?)\u2013( ?)(?=\d)", "\\1\u2212\\2")),
    Variant("a dash bullet opening the line", lambda text: "– " + text),
    Variant("the line in guillemets", lambda text: f"«{text}»"),
    Variant("two spaces", lambda text: text.replace(" ", "  ", 1)),
    Variant("space at the end", lambda text: text + " "),
    Variant("in capitals, as a headline", str.upper),
    Variant("a number's suffix glued on", _first(r"(?<=\d)-(?=[а-яәғқңөұүһі]{1,5}\b)", "")),
    Variant("a range of years spaced", _first(r"\b((?:19|20)\d\d)-((?:19|20)\d\d)\b(?!-)", "\\1 – \\2")),
    Variant("a decimal point for a comma", _first(r"(?<![\d.,])(\d+),(\d+)(?=\s?(?:%|млн|млрд|мың|пайыз))", "\\1.\\2")),
    Variant("thousands run together", _first(r"\b\d{1,3}(?: \d{3})+\b", lambda found: found.group().replace(" ", ""))),
    Variant("a time with a stop", _first(r"(?<=сағат )(\d{1,2}):(\d\d)\b", "\\1.\\2")),
    Variant("№ typed as N", _first(r"№ ?(?=\d)", "N ")),
    Variant("a year's ж. glued on", _first(r"(?<=\d{4}) ж\.", "ж.")),
    Variant(
        "latin look-alike in a cyrillic word",
        _one_letter_typed_in_other_script(r"\b(?=[а-яәғқңөұүһі]*[аеорсх])[а-яәғқңөұүһі]{5,}\b", _LATIN_OF),
    ),
    Variant(
        "cyrillic look-alike in a latin word",
        _one_letter_typed_in_other_script(r"\b(?=[A-Za-z]*[aeopcx])[A-Za-z]{4,}\b", _CYRILLIC_OF),
    ),
)


class Changed(NamedTuple):
    case: str
    written: str
    reading: str
    variant_reading: str


def development_cases(paths: Iterable[Path] = ()) -> list[Case]:
    """The cases of `paths`, else of every case file beside this script but the aside ones, in file order."""
    files = list(paths) or [path for path in sorted(CASE_DIR.glob("kk-*.tsv")) if not path.stem.endswith("-aside")]
    return [case for path in files for case in read_cases(path)]


def changed_readings(variant: Variant, cases: Iterable[Case]) -> Iterator[tuple[Case, Changed | None]]:
    """Each case the variant rewrites, with what changed in its reading (None where nothing did)."""
    for case in cases:
        written = variant.rewrite(case.written)
        if written == case.written:
            continue
        reading, variant_reading = normalize(case.written), normalize(written)
        same = fold(reading) == fold(variant_reading)
        yield case, None if same else Changed(case.id, written, reading, variant_reading)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--every", type=int, default=1, help="take every N-th case")
    parser.add_argument("--variant", action="append", help="only the named variants")
    args = parser.parse_args()
    cases = development_cases(args.files)[:: args.every]
    for variant in VARIANTS:
        if args.variant and variant.name not in args.variant:
            continue
        results = list(changed_readings(variant, cases))
        changed = [change for _, change in results if change]
        examples = [change._asdict() for change in changed[:3]]
        print(json.dumps({"variant": variant.name, "cases": len(results), "changed": len(changed),
                          "examples": examples}, ensure_ascii=False))  # fmt: skip


if __name__ == "__main__":
    main()
