"""The sheet as TSV (one line a reading), JSON, or an HTML page a proofreader works in (`page.py`)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tts_edition.readings import Reading

SCHEMA = "tts-edition/readings/1"
FORMATS = ("tsv", "json", "html")
TSV_COLUMNS = ("written", "spoken", "rule", "count", "check", "paragraphs", "first", "was")


def as_rows(readings: list[Reading], base: Path) -> list[dict[str, Any]]:
    """Each reading as plain data; clip paths relative to `base` (where the sheet is written)."""
    return [_row(reading, base) for reading in readings]


def _row(reading: Reading, base: Path) -> dict[str, Any]:
    row: dict[str, Any] = {
        "written": reading.written,
        "spoken": reading.spoken,
        "rule": {"kind": reading.kind, "name": reading.rule},
        "count": reading.count,
        "check": reading.check,
        "lang": reading.lang,
        "where": {
            "paragraphs": reading.paragraphs,
            "sentences": [sentence for _, sentence in reading.sentences],
            "first": reading.snippet,
        },
    }
    if reading.was is not None:
        row["was"] = reading.was
    if reading.clip:
        src = Path(os.path.relpath(reading.clip.path.resolve(), base.resolve())).as_posix()
        row["clip"] = {"src": src, "start": round(reading.clip.start, 3), "end": round(reading.clip.end, 3)}
    return row


def to_tsv(readings: list[Reading]) -> str:
    lines = ["\t".join(TSV_COLUMNS)]
    for r in readings:
        cells = [r.written, r.spoken, f"{r.kind}: {r.rule}", str(r.count), "check" if r.check else "",
                 " ".join(r.paragraphs), r.snippet, r.was or ""]  # fmt: skip
        lines.append("\t".join(" ".join(cell.split()) for cell in cells))
    return "\n".join(lines) + "\n"


def to_json(readings: list[Reading], base: Path, source: str, lexicon: Path | None) -> str:
    sheet = {"schema": SCHEMA, "input": source, "lexicon": str(lexicon) if lexicon else None,
             "readings": as_rows(readings, base)}  # fmt: skip
    return json.dumps(sheet, ensure_ascii=False, indent=1) + "\n"
