"""The written words of the whole edition as a list: TSV for spreadsheets and scripts, or JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

_COLUMNS = ("chapter", "paragraph", "sentence", "text", "at", "spoken", "start", "end")


def word_rows(index: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per written word, in reading order, with the ids of its chapter, paragraph and sentence."""
    for chapter in index["chapters"]:
        for paragraph in chapter["paragraphs"]:
            for sentence in paragraph["sentences"]:
                for word in sentence["words"]:
                    yield {"chapter": chapter["id"], "paragraph": paragraph["id"], "sentence": sentence["id"],
                           **{key: word[key] for key in _COLUMNS[3:]}}  # fmt: skip


def to_words_tsv(index: dict[str, Any]) -> str:
    lines = ["\t".join(_COLUMNS)]
    lines += ["\t".join(str(row[key]) for key in _COLUMNS) for row in word_rows(index)]
    return "\n".join(lines) + "\n"


def to_words_json(index: dict[str, Any]) -> str:
    return json.dumps(list(word_rows(index)), ensure_ascii=False, indent=1) + "\n"
