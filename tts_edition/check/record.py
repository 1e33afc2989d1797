"""The build's own record of an edition: every file it lists as it wrote it, no publish left half done, and no
sync file beside the edition timed on another build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tts_edition.check.finding import Finding
from tts_edition.publish import changed_files, unfinished_publish
from tts_edition.timing.exports import stale_exports


def record_findings(build_dir: Path, index: dict[str, Any]) -> list[Finding]:
    return [*_build_record(build_dir), _exports(build_dir, index)]


def _build_record(build_dir: Path) -> list[Finding]:
    if unfinished_publish(build_dir):
        return [Finding("publish", False, "a build was stopped while publishing this edition: build again to finish")]
    listed, changed = changed_files(build_dir)
    if not listed:
        return []  # an edition of an earlier layout keeps no record of its files
    detail = f"{listed} files as the build wrote them"
    if changed:
        detail = f"missing or changed since the build wrote them: {', '.join(changed[:5])}"
    return [Finding("files", not changed, detail)]


def _exports(build_dir: Path, index: dict[str, Any]) -> Finding:
    found, stale = stale_exports(build_dir, index)
    if stale:
        return Finding("exports", False, f"{', '.join(stale[:5])}: timed on another build; export again")
    return Finding("exports", True, f"{found} sync files beside the edition agree with its index")
