"""`tts-edition check`: proves every file of a written edition against its index, the way players, stores and
validators read them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tts_edition.check.epub import epub_findings
from tts_edition.check.epubcheck import background_epubcheck
from tts_edition.check.finding import Finding
from tts_edition.check.formats import format_findings
from tts_edition.check.index import index_findings
from tts_edition.check.mp3 import mp3_findings
from tts_edition.check.reader import reader_finding
from tts_edition.check.record import record_findings
from tts_edition.check.subtitles import subtitle_findings
from tts_edition.errors import EditionError
from tts_edition.timing.index import read_index, written_files

__all__ = ["Finding", "check_edition"]


def check_edition(build_dir: Path) -> list[Finding]:
    build_dir = Path(build_dir)
    index = read_index(build_dir)
    try:
        return _findings(build_dir, index)
    except (KeyError, TypeError) as exc:
        raise EditionError(f"{build_dir}/index.json: no field {exc} where expected (rebuild the edition)") from None


def _findings(build_dir: Path, index: dict[str, Any]) -> list[Finding]:
    with background_epubcheck(build_dir / written_files(index)["epub"]) as epubcheck:
        findings = record_findings(build_dir, index)
        findings += mp3_findings(build_dir, index)
        findings += index_findings(index)
        findings += format_findings(build_dir, index)
        findings += subtitle_findings(build_dir, index)
        findings.append(reader_finding(build_dir, index))
        return findings + epub_findings(build_dir, index, epubcheck)
