"""tts-edition: Kazakh text in, finished audio edition out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tts_edition.errors import EditionError

if TYPE_CHECKING:
    from tts_edition.build import build_edition

__all__ = ["EditionError", "build_edition"]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """`build_edition` is imported on first use, so that the command line starts without the whole pipeline."""
    if name == "build_edition":
        from tts_edition.build import build_edition

        return build_edition
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
