"""What a delivery says that the edition does not: its credits, and a chapter title the input had no heading for.

Spoken with the edition's own voice and mastered to the edition's loudness, through the build's renderer and cache.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np

from tts_edition.audio.assemble import Pauses
from tts_edition.audio.loudness import LoudnessPreset
from tts_edition.cache import default_cache_dir, usable_cache
from tts_edition.document import speakable
from tts_edition.engines.registry import engine_version
from tts_edition.errors import EditionError
from tts_edition.ingest.sentences import split_sentences
from tts_edition.normalize import normalize
from tts_edition.recipe import make_recipe
from tts_edition.render import ParagraphJob, Renderer, RenderSpec
from tts_edition.script import convert_document
from tts_edition.voice import check_files, load_voice

_UNUSED_BITRATE = 64  # the recipe's MP3 bitrate: nothing here is encoded by the build's MP3 writer
_NARRATOR = 0  # the one voice of the cast here


class Speaker:
    """The edition's narrator (its voice, speaker and speed), ready to say short texts at the edition's rate."""

    def __init__(self, index: dict[str, Any], voice: str | None = None) -> None:
        entry = index["voice"]
        try:
            found = load_voice(voice or entry["id"], entry.get("speaker"))
        except EditionError as exc:
            raise EditionError(f"{exc}; the credits need the edition's voice: give --voice ID-or-PATH") from None
        found = dataclasses.replace(found, speed=float(entry.get("speed", 1.0)))
        check_files(found)
        loudness = index["loudness"]
        preset = LoudnessPreset("edition", loudness["target_lufs"], loudness["true_peak_limit_dbtp"])
        pause, rate = Pauses().sentence, int(entry["sample_rate"])
        recipe = make_recipe([(found, engine_version(found))], preset, pause, _UNUSED_BITRATE, rate)
        cache = usable_cache(default_cache_dir())
        self._renderer = Renderer(RenderSpec((found,), rate, preset, pause, cache, recipe))
        self._script = index.get("script", "cyrillic")
        self.sample_rate = rate

    def say(self, text: str) -> np.ndarray:
        """`text` spoken: read in Cyrillic when the edition is not, normalised, and mastered as the edition was."""
        written = split_sentences(" ".join(text.split()))
        cyrillic, _ = convert_document(written, self._script)
        spoken = tuple(s for s in map(normalize, cyrillic) if speakable(s))
        if not spoken:
            raise EditionError(f"nothing a voice can say in «{text[:80]}»")
        job = ParagraphJob("package", tuple(((_NARRATOR, sentence, 0.0),) for sentence in spoken))
        return self._renderer.render(job).audio.samples
