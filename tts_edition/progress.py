"""A progress bar for long builds (paragraphs, minutes of audio made, real-time factor, ETA) on a terminal."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress


class BuildProgress:
    """Shown only when stderr is a terminal and not quiet; otherwise every call does nothing."""

    def __init__(self, total_paragraphs: int, quiet: bool = False) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.audio_seconds = 0.0
        self._started = time.perf_counter()
        self._bar: Progress | None = None
        self._task = None
        if self.enabled:
            from rich.console import Console  # rich takes a tenth of a second to import: only for a bar shown
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("[bold]synthesising"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("paragraphs · {task.fields[audio]} · {task.fields[rtf]}"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._bar.add_task("build", total=total_paragraphs, audio="0.0 min", rtf="RTF –")

    def __enter__(self) -> BuildProgress:
        if self._bar:
            self._bar.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar:
            self._bar.stop()

    def advance(self, seconds_of_audio: float) -> None:
        self.audio_seconds += seconds_of_audio
        if self._bar is None or self._task is None:
            return
        wall = time.perf_counter() - self._started
        rtf = f"RTF {wall / self.audio_seconds:.3f}" if self.audio_seconds else "RTF –"
        self._bar.update(self._task, advance=1, audio=f"{self.audio_seconds / 60:.1f} min", rtf=rtf)
