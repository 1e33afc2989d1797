"""Everyday words hunspell-kk lacks, counted from the development corpus (corpuswords.tsv).

The dictionary misses common words and word forms (аумағында, агенттігі, хабарлауынша, өңірлік), so the readers of
scraped text that ask it where words part and join refuse a right join or make a wrong split. The table holds each
lower-case word that occurs in at least three of the corpus's passages from at least two sites, and that is neither
two words the corpus also writes apart (бұданәрі) nor a piece of one (ындап), nor Russian; `capitals.known_form` asks
it. `tests/normalisation/count_corpus_words.py` builds it:

    PYTHONPATH=. python tests/normalisation/count_corpus_words.py > tts_edition/normalize/corpuswords.tsv
"""

from __future__ import annotations

from pathlib import Path

_TABLE = Path(__file__).with_name("corpuswords.tsv")


def _read(path: Path) -> frozenset[str]:
    rows = path.read_text(encoding="utf-8").splitlines()
    return frozenset(row.split("\t", 1)[0] for row in rows if row and not row.startswith("#"))


CORPUS_WORDS = _read(_TABLE)
