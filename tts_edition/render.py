"""One paragraph from spoken sentences to mastered audio: cache or synthesise, join, master.

A `Renderer` holds a loaded voice; every executor (in-process, process pool, Ray actors) runs the same one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tts_edition.audio.loudness import LoudnessPreset
from tts_edition.audio.master import MasteredParagraph, join_sentences, master
from tts_edition.cache import ClipCache, voice_key
from tts_edition.engines.base import Clip, Engine
from tts_edition.engines.registry import load_engine
from tts_edition.voice import Voice


@dataclass(frozen=True)
class RenderSpec:
    """What a worker needs to render any paragraph; small and picklable."""

    voice: Voice
    preset: LoudnessPreset
    sentence_pause: float
    cache_dir: Path | None


@dataclass(frozen=True)
class ParagraphJob:
    id: str
    sentences: tuple[str, ...]  # spoken text


@dataclass
class Rendered:
    id: str
    audio: MasteredParagraph
    engine_version: str
    cache_hits: int
    cache_misses: int
    synthesis_seconds: float
    master_seconds: float


class Renderer:
    def __init__(self, spec: RenderSpec, engine: Engine | None = None) -> None:
        self.spec = spec
        self.engine = engine or load_engine(spec.voice)
        self.key = voice_key(spec.voice, self.engine.version)
        self.cache = ClipCache(spec.cache_dir) if spec.cache_dir else None

    def render(self, job: ParagraphJob) -> Rendered:
        started = time.perf_counter()
        hits = 0
        clips = []
        for spoken in job.sentences:
            clip = self._cached(spoken)
            hits += clip is not None
            clips.append(clip or self._synthesise(spoken))
        synthesised = time.perf_counter()
        audio = master(join_sentences(clips, self.spec.sentence_pause), self.spec.preset)
        return Rendered(
            job.id, audio, self.engine.version, hits, len(clips) - hits,
            synthesised - started, time.perf_counter() - synthesised,
        )  # fmt: skip

    def _cached(self, spoken: str) -> Clip | None:
        if self.cache is None or not _speakable(spoken):
            return None
        return self.cache.get(self.cache.key(self.key, spoken))

    def _synthesise(self, spoken: str) -> Clip:
        if not _speakable(spoken):
            return Clip(np.zeros(0, np.float32), self.engine.sample_rate)
        clip = self.engine.synthesize(spoken)
        return self.cache.put(self.cache.key(self.key, spoken), clip) if self.cache else clip


def _speakable(spoken: str) -> bool:
    return any(ch.isalpha() for ch in spoken)
