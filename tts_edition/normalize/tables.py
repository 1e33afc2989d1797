"""The tab-separated tables the normaliser reads (abbreviations, Latin names, makers, names' languages)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def table_rows(path: Path) -> Iterator[list[str]]:
    """Each line's fields, blank lines and # comments left out."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")
