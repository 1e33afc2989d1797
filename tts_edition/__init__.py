"""tts-edition: Kazakh text in, finished audio edition out."""

from tts_edition.build import build_edition
from tts_edition.errors import EditionError

__all__ = ["EditionError", "build_edition"]
__version__ = "0.1.0"
