"""One line of `tts-edition check`'s verdict."""

from __future__ import annotations

from dataclasses import dataclass

REQUIRED, ADVISED, NOTE = "required", "advised", "note"


@dataclass(frozen=True)
class Finding:
    check: str
    ok: bool
    detail: str
    level: str = REQUIRED  # advised: a failure is a warning; note: what a file cannot prove, said once

    @property
    def fails(self) -> bool:
        return not self.ok and self.level == REQUIRED

    def line(self) -> str:
        mark = "note" if self.level == NOTE else "ok  " if self.ok else "FAIL" if self.level == REQUIRED else "warn"
        return f"{mark} {self.check}: {self.detail}"
