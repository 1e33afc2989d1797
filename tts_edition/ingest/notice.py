"""One line on stderr about something a reader left out or guessed; the build goes on."""

from __future__ import annotations

import sys


def notice(message: str) -> None:
    sys.stderr.write(f"tts-edition: note: {message}\n")
