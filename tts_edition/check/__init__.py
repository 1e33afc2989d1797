"""`tts-edition check`: proves every file of a written edition against its index, the way players, stores and
validators read them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tts_edition.check.finding import Finding
from tts_edition.check.mp3 import mp3_findings
from tts_edition.errors import EditionError
from tts_edition.timing.index import read_index

__all__ = ["Finding", "check_edition"]


def check_edition(build_dir: Path) -> list[Finding]:
    build_dir = Path(build_dir)
    index = read_index(build_dir)
    try:
        return _findings(build_dir, index)
    except (KeyError, TypeError) as exc:
        raise EditionError(f"{build_dir}/index.json: no field {exc} where expected (rebuild the edition)") from None


def _findings(build_dir: Path, index: dict[str, Any]) -> list[Finding]:
    return mp3_findings(build_dir, index)
