#!/usr/bin/env python3
"""Count the everyday words hunspell-kk lacks in the development corpus, for tts_edition/normalize/corpuswords.tsv.

    PYTHONPATH=. python tests/normalisation/count_corpus_words.py [--passages N] [--sites N] [DIR ...] > \
        tts_edition/normalize/corpuswords.tsv

Reads every passage under the given folders (default: corpus/ with its subfolders, but never a folder held aside:
held-aside/, corpus/*-aside/) and counts each lower-case Cyrillic word (a whole token between non-letters) the
dictionary does not accept. A word is kept when it occurs in at least --passages passages taken from at least --sites
different sites (the host of the passage's `# source:` line), so that one page's damage or one writer's habit does not
make a word; and when the corpus shows it is no scraping damage: not two words it also writes apart (бұданәрі, where
бұдан әрі is written), nor a piece it joins with the word beside it into a known word (ындап after жақ); nor a
Russian word (этом, который: no letter only Kazakh writes, and OpenCorpora knows it), nor one without a vowel (трлн).
Prints `word <TAB> passages <TAB> sites`, most widespread first.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from tts_edition.hunspell import kazakh_dictionary
from tts_edition.normalize import russianforms
from tts_edition.normalize.morphology import KAZAKH_LOWER, VOWELS

HERE = Path(__file__).parent
WORD = re.compile(r"[^\W\d_]+")
LOWER_WORD = re.compile(rf"[{KAZAKH_LOWER}]+")
SOURCE = re.compile(r"#\s*source:\s*(\S+)")
SHORTEST_WORD = 4
SHORTEST_PART = 2
KAZAKH_ONLY_LETTERS = frozenset("әғқңөұүһі")


def passages(folders: list[Path]) -> list[Path]:
    return sorted(
        p for folder in folders for p in folder.rglob("*.txt") if not any(part.endswith("aside") for part in p.parts)
    )


def site(first_line: str) -> str | None:
    """The host the passage was taken from (www. dropped), None when its first line does not name one."""
    found = SOURCE.match(first_line)
    return urlsplit(found[1]).hostname.removeprefix("www.") if found and urlsplit(found[1]).hostname else None


def russian(word: str) -> bool:
    """этом, который: a Russian word (a quotation's), which has none of the letters only Kazakh writes."""
    return not KAZAKH_ONLY_LETTERS.intersection(word) and russianforms.known_word(word)


class Corpus:
    """The unknown lower-case words of the passages, with the word pairs written side by side."""

    def __init__(self, paths: list[Path], known: Callable[[str], bool]) -> None:
        self.known = known
        self.in_passages: Counter[str] = Counter()
        self.sites: dict[str, set[str]] = defaultdict(set)
        self.pieces: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()
        for path in paths:
            first, _, text = path.read_text(encoding="utf-8").partition("\n")
            self._read(text, site(first) or path.parent.name)

    def _read(self, text: str, host: str) -> None:
        words = WORD.findall(text)
        self.pairs.update(itertools.pairwise(word.lower() for word in words))
        for left, right in itertools.pairwise(words):
            if not self.known(left) and self.known(left + right):
                self.pieces.add(left)
            if not self.known(right) and self.known(left + right):
                self.pieces.add(right)
        unknown = {w for w in words if len(w) >= SHORTEST_WORD and LOWER_WORD.fullmatch(w) and not self.known(w)}
        for word in unknown:
            self.in_passages[word] += 1
            self.sites[word].add(host)

    def written_apart(self, word: str) -> bool:
        """бұданәрі: two known words the corpus also writes side by side (бұдан әрі); кіретін, which no passage writes
        кір етін, is a word."""
        cuts = range(SHORTEST_PART, len(word) - SHORTEST_PART + 1)
        return any((word[:cut], word[cut:]) in self.pairs and self.known(word[:cut]) for cut in cuts)

    def listed(self, word: str, passages: int, sites: int) -> bool:
        """Whether the word is widespread enough, a Kazakh word, and no damage."""
        widespread = self.in_passages[word] >= passages and len(self.sites[word]) >= sites
        return widespread and not russian(word) and bool(VOWELS.intersection(word)) and not self.damage(word)

    def damage(self, word: str) -> bool:
        """Whether the word may be scraping damage: two words run together, or a piece of one."""
        return word in self.pieces or self.written_apart(word)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[HERE / "corpus"])
    parser.add_argument("--passages", type=int, default=3, help="in at least this many passages")
    parser.add_argument("--sites", type=int, default=2, help="from at least this many sites")
    args = parser.parse_args()
    dictionary = kazakh_dictionary()
    if dictionary is None:
        raise SystemExit("hunspell-kk is not installed: nothing to compare with")
    paths = passages(args.folders)
    corpus = Corpus(paths, dictionary.lookup)
    kept = [word for word in corpus.in_passages if corpus.listed(word, args.passages, args.sites)]
    print(
        f"# {len(paths)} passages: lower-case words hunspell-kk lacks, in >= {args.passages} passages from >= "
        f"{args.sites} sites (tests/normalisation/count_corpus_words.py)"
    )
    for word in sorted(kept, key=lambda w: (-corpus.in_passages[w], w)):
        print(f"{word}\t{corpus.in_passages[word]}\t{len(corpus.sites[word])}")


if __name__ == "__main__":
    main()
