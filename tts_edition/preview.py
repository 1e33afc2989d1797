"""`tts-edition preview`: a few paragraphs of a chapter with every setting of the full build, in seconds.

It builds that excerpt as an edition of its own in a temporary folder (the same synthesis cache as the full build,
so what it synthesises the build reuses, and the other way round) and keeps its MP3, or plays it.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from tts_edition.build import build_edition
from tts_edition.errors import reported


def preview(input_path: Path, chapter: int, paragraphs: int, out: Path | None = None, **options: Any) -> Path:
    """The MP3 of chapter `chapter`'s first `paragraphs` paragraphs; written to `out` (default
    build/<input stem>-preview.mp3). Options are the build's."""
    target = out or Path("build") / f"{Path(input_path).stem}-preview.mp3"
    with tempfile.TemporaryDirectory(prefix="tts-edition-preview-") as scratch:
        edition = Path(scratch) / "preview"
        options |= {"formats": "mp3", "excerpt": (chapter, paragraphs), "quiet": True}
        build_edition(input_path, edition, **options)
        with reported(target):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(edition / "preview.mp3", target.with_name(f".{target.name}.part"))
            target.with_name(f".{target.name}.part").replace(target)
    return target
