"""epubcheck, the validator stores run, on the edition's EPUB when it is installed: started first and run beside the
other checks, since it takes seconds (most of them starting Java), and given a bounded time. Its report on an EPUB is
kept in the cache, keyed by the EPUB's bytes and the epubcheck that made it: the same file is not validated twice."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tts_edition.atomic import write_text
from tts_edition.cache import EPUBCHECK_LAYOUT, default_cache_dir
from tts_edition.check.finding import Finding

EPUBCHECK_VARIABLE = "TTS_EDITION_EPUBCHECK"  # the epubcheck to run (a program or its jar); empty: none
BASE_SECONDS = 120  # how long epubcheck may take: this, and a little more for each MB of EPUB
SECONDS_PER_MB = 2
# A short run: Java's quick compiler and serial collector halve the CPU time epubcheck takes (5 s instead of 11).
_JAVA_OPTIONS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
_FAILING = ("FATAL", "ERROR", "WARNING")  # the edition is built to pass with no warning either
_SHOWN = 3


def epubcheck_command() -> list[str] | None:
    """The command that runs epubcheck here, or None when it is not installed. Debian installs the jar itself as
    /usr/bin/epubcheck; other systems a script."""
    program = shutil.which(os.environ.get(EPUBCHECK_VARIABLE, "epubcheck") or "")
    if not program:
        return None
    if not zipfile.is_zipfile(program):
        return [program]
    java = shutil.which("java")
    return [java, *_JAVA_OPTIONS, "-jar", program] if java else None


class Epubcheck:
    """epubcheck on one EPUB, running in the background until `finding()` waits for its verdict."""

    def __init__(self, command: list[str], epub: Path, remembered: Path) -> None:
        self.epub, self._remembered = epub, remembered
        self.seconds = BASE_SECONDS + SECONDS_PER_MB * epub.stat().st_size / 1e6
        self._deadline = time.monotonic() + self.seconds
        self._scratch = Path(tempfile.mkdtemp(prefix="tts-edition-epubcheck-"))
        self._report = self._scratch / "report.json"
        with (self._scratch / "output.txt").open("wb") as output:
            self._process = subprocess.Popen(
                [*command, str(epub), "--quiet", "--json", str(self._report)], stdout=output, stderr=output
            )

    def finding(self) -> Finding:
        try:
            self._process.wait(max(0.0, self._deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            self.stop()
            return Finding("epubcheck", False, f"{self.epub.name}: epubcheck did not finish in {self.seconds:.0f} s")
        try:
            report = json.loads(self._report.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            output = (self._scratch / "output.txt").read_text(encoding="utf-8", errors="replace").strip()
            return Finding("epubcheck", False, f"epubcheck gave no report: {output[:200]}")
        with contextlib.suppress(OSError):  # a cache that cannot be written is only not used
            write_text(self._remembered, json.dumps(report))
        return _verdict(self.epub, report)

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        shutil.rmtree(self._scratch, ignore_errors=True)


class RememberedVerdict:
    """epubcheck's report on these very bytes, made by this very epubcheck before."""

    def __init__(self, epub: Path, report: dict[str, Any]) -> None:
        self.epub, self._report = epub, report

    def finding(self) -> Finding:
        return _verdict(self.epub, self._report)

    def stop(self) -> None:
        pass


EpubcheckRun = Epubcheck | RememberedVerdict


@contextlib.contextmanager
def background_epubcheck(epub: Path) -> Iterator[EpubcheckRun | None]:
    """epubcheck started on `epub` (or its remembered report), stopped on leaving; None when it is not installed or
    there is no EPUB."""
    command = epubcheck_command()
    running: EpubcheckRun | None = None
    if command and epub.is_file():
        remembered = _remembered_report(command, epub)
        report = _read_report(remembered)
        running = RememberedVerdict(epub, report) if report else Epubcheck(command, epub, remembered)
    try:
        yield running
    finally:
        if running:
            running.stop()


def _remembered_report(command: list[str], epub: Path) -> Path:
    """Where epubcheck's report on `epub` is kept: named by the EPUB's bytes and by the program (its path, size and
    time), so a new epubcheck or a changed byte validates again."""
    program = Path(command[-1]).stat()
    key = hashlib.sha256(f"{command}\0{program.st_size}\0{program.st_mtime_ns}\0".encode())
    with epub.open("rb") as file:
        key.update(hashlib.file_digest(file, "sha256").digest())
    return default_cache_dir() / EPUBCHECK_LAYOUT / f"{key.hexdigest()}.json"


def _read_report(path: Path) -> dict[str, Any] | None:
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return report if isinstance(report, dict) and "checker" in report and "messages" in report else None


def _verdict(epub: Path, report: dict[str, Any]) -> Finding:
    version = f"epubcheck {report['checker']['checkerVersion']}"
    failing = [m for m in report["messages"] if m["severity"] in _FAILING]
    if not failing:
        return Finding("epubcheck", True, f"{epub.name}: {version}, no errors or warnings")
    shown = "; ".join(f"{m['severity']} {m['ID']} {_where(m)}: {m['message']}" for m in failing[:_SHOWN])
    return Finding("epubcheck", False, f"{epub.name}: {version}, {len(failing)} messages: {shown}")


def _where(message: dict[str, Any]) -> str:
    location = (message.get("locations") or [{}])[0]
    line = location.get("line", -1)
    return f"{location.get('path', '')}" + (f" line {line}" if line > 0 else "")
