"""One line of `tts-edition check`'s verdict."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    check: str
    ok: bool
    detail: str
