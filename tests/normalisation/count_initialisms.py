#!/usr/bin/env python3
"""Count the initialisms of the development corpus, for the abbreviation table and initialisms.tsv.

    PYTHONPATH=. python tests/normalisation/count_initialisms.py [--missing] [--min N] [--spent LIST] [DIR ...]

Reads every passage under the given folders (default: corpus/ with its subfolders, but never a folder held aside
below them: held-aside/, corpus/init3-aside/; an aside folder named itself, whose cases were read and count as
development now, is read: `--spent LIST` adds the passages of each aside case file a list names, corpus/chem62-aside/
for kk-chem62-aside.tsv) and counts each all-capitals Cyrillic token of 2–6 letters (ҰБТ, ЖОО-ларға), with the case
suffixes written after it. A word in capitals (a headline's ЖАЛПЫ ЕРЕЖЕЛЕР, a name, ВИДЕО: what the
normaliser reads as a word, `capitals.is_word`) and a Roman numeral typed in Cyrillic (ХІХ) are not initialisms.
Prints `written <TAB> count <TAB> passages <TAB> reading now <TAB> suffixes`, most frequent first, where the reading
now is the table's kind, or `syllabic` or `letters` for an initialism the table lacks; `--missing` keeps only those
initialisms.tsv does not list yet, which are the ones still to be given a reading.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from tts_edition.normalize import abbreviations, capitals
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER
from tts_edition.normalize.roman import roman_value

HERE = Path(__file__).parent
TOKEN = re.compile(rf"(?<![\w-])(?P<written>[{KAZAKH_UPPER}]{{2,6}})(?:-(?P<suffix>[{KAZAKH_LOWER}]+))?(?![\w])")


def passages(folders: list[Path]) -> list[Path]:
    """The passages under the folders, but none in an aside folder below one of them."""
    return sorted(
        p
        for folder in folders
        for p in folder.rglob("*.txt")
        if not any(part.endswith("aside") for part in p.relative_to(folder).parts)
    )


def spent_folders(listing: Path) -> list[Path]:
    """The corpus folders of the aside case files a listing names (kk-chem62-aside.tsv → corpus/chem62-aside/)."""
    names = (name.removeprefix("kk-").removesuffix(".tsv") for name in listing.read_text(encoding="utf-8").split())
    return [folder for name in names if (folder := HERE / "corpus" / name).is_dir()]


def is_initialism(written: str) -> bool:
    if written in abbreviations.table():
        return True
    return not capitals.is_word(written) and not roman_value(written)


def count(paths: list[Path]) -> tuple[Counter[str], Counter[str], dict[str, set[str]]]:
    """How often each initialism occurs, in how many passages, and with which suffixes."""
    occurrences: Counter[str] = Counter()
    in_passages: Counter[str] = Counter()
    suffixes: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        text = path.read_text(encoding="utf-8").split("\n", 1)[-1]  # not the # source: line
        seen = set()
        for match in TOKEN.finditer(text):
            written = match["written"]
            if not is_initialism(written):
                continue
            occurrences[written] += 1
            seen.add(written)
            if match["suffix"]:
                suffixes[written].add(match["suffix"])
        in_passages.update(seen)
    return occurrences, in_passages, suffixes


def listed() -> set[str]:
    """The initialisms initialisms.tsv gives a reading for."""
    rows = (line.split("\t", 1)[0] for line in (HERE / "initialisms.tsv").read_text(encoding="utf-8").splitlines())
    return {row for row in rows if row and not row.startswith("#")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[HERE / "corpus"])
    parser.add_argument("--missing", action="store_true", help="only those initialisms.tsv does not list")
    parser.add_argument("--min", type=int, default=1, help="only those counted at least this often")
    parser.add_argument("--spent", type=Path, help="a list of aside case files read already: their passages too")
    args = parser.parse_args()
    paths = passages(args.folders + (spent_folders(args.spent) if args.spent else []))
    occurrences, in_passages, suffixes = count(paths)
    known = listed() if args.missing else set()
    print(f"# {len(paths)} passages, {sum(occurrences.values())} initialisms, {len(occurrences)} distinct")
    for written, n in sorted(occurrences.items(), key=lambda item: (-item[1], item[0])):
        if n < args.min or written in known:
            continue
        print(f"{written}\t{n}\t{in_passages[written]}\t{reading_now(written)}\t{' '.join(sorted(suffixes[written]))}")


def reading_now(written: str) -> str:
    entry = abbreviations.table().get(written)
    if entry:
        return entry.kind
    return "syllabic" if abbreviations.pronounceable(written) else "letters"


if __name__ == "__main__":
    main()
