"""One paragraph from spoken sentences to mastered audio: cache or synthesise each part, join, master.

A `Renderer` holds the edition's voices, each loaded the first time a part needs it; every executor (in-process,
process pool, Ray actors) runs the same one. A sentence is read in parts (`casting.py`), each by its voice at that
voice's rate, then brought to the edition's rate.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tts_edition.audio.loudness import LoudnessPreset
from tts_edition.audio.master import MasteredParagraph, join_sentences, master, speech_bounds
from tts_edition.audio.resample import resample
from tts_edition.cache import ClipCache
from tts_edition.document import speakable
from tts_edition.engines.base import Clip, Engine, WordTiming
from tts_edition.engines.registry import engine_version, load_engine
from tts_edition.errors import EditionError
from tts_edition.recipe import Recipe
from tts_edition.voice import Voice

DEFAULT_MAX_CHARS = 400  # per synthesis call, for engines that do not say
CLAUSE_PAUSE_SECONDS = 0.15
_CLAUSE_END = re.compile(r"(?<=[,;:–—])\s+")
_WORD_GAP = re.compile(r"\s+")


@dataclass(frozen=True)
class RenderSpec:
    """What a worker needs to render any paragraph; small and picklable."""

    voices: tuple[Voice, ...]  # the cast: the narrator first; parts name a voice by its place here
    sample_rate: int  # the edition's
    preset: LoudnessPreset
    sentence_pause: float
    cache_dir: Path | None
    recipe: Recipe


# A sentence as its voices read it: (voice index, spoken text, seconds of silence after it) for each part; the last
# part's silence comes after the sentence, besides the pause between sentences.
SpokenSentence = tuple[tuple[int, str, float], ...]


@dataclass(frozen=True)
class ParagraphJob:
    id: str
    sentences: tuple[SpokenSentence, ...]


@dataclass
class Rendered:
    id: str
    audio: MasteredParagraph
    engine_version: str
    cache_hits: int  # sentences whose every part came from the cache
    cache_misses: int
    synthesis_seconds: float
    master_seconds: float
    synthesised: tuple[int, ...] = ()  # the positions of the sentences synthesised anew, not found in the cache


@dataclass
class Voiced:
    """A paragraph's sentences voiced, not yet joined and mastered (`Renderer.prepare`)."""

    job: ParagraphJob
    key: str  # of the mastered paragraph in the cache
    clips: list[Clip]
    after: list[float]  # a pause mark's silence after each sentence
    missed: tuple[int, ...]  # the sentences synthesised anew
    seconds: float  # spent voicing them


class Renderer:
    """Renders paragraphs with the edition's voices; a voice is loaded only when something must be synthesised."""

    def __init__(self, spec: RenderSpec) -> None:
        self.spec = spec
        self._engines: dict[int, Engine] = {}
        self._loading = threading.Lock()  # the threads of a build share its voices (`executors.py`)
        self.version = "; ".join(dict.fromkeys(engine_version(voice) for voice in spec.voices))
        self.recipe = spec.recipe
        self.cache = ClipCache(spec.cache_dir) if spec.cache_dir else None

    def engine(self, voice: int) -> Engine:
        with self._loading:
            if voice not in self._engines:
                self._engines[voice] = load_engine(self.spec.voices[voice])
            return self._engines[voice]

    def render(self, job: ParagraphJob) -> Rendered:
        return self.finish(self.prepare(job))

    def prepare(self, job: ParagraphJob) -> Rendered | Voiced:
        """The paragraph from the cache, mastered, or its sentences voiced (from the cache or the engine) for
        `finish` to master: two steps, so that one thread can master while another synthesises."""
        started = time.perf_counter()
        key = self.recipe.paragraph_key(job.sentences)
        cached = self.cache.get_paragraph(key) if self.cache else None
        if cached is not None:
            return Rendered(job.id, cached, self.version, len(job.sentences), 0, time.perf_counter() - started, 0.0)
        clips, missed = [], []
        after = [sentence[-1][2] for sentence in job.sentences]  # a pause mark's silence after the sentence
        for n, sentence in enumerate(job.sentences):
            parts = []
            for voice, spoken, _ in sentence:
                clip = self._cached(voice, spoken)
                missed += [n] if clip is None and n not in missed else []
                parts.append(resample(clip or self._synthesise(voice, spoken), self.spec.sample_rate))
            gaps = [pause or CLAUSE_PAUSE_SECONDS for _, _, pause in sentence[:-1]]
            clips.append(join_pieces(parts, self.spec.sample_rate, gaps) if len(parts) != 1 else parts[0])
        return Voiced(job, key, clips, after, tuple(missed), time.perf_counter() - started)

    def finish(self, prepared: Rendered | Voiced) -> Rendered:
        """A voiced paragraph mastered (and kept in the cache); a cached one as it came."""
        if isinstance(prepared, Rendered):
            return prepared
        started, job = time.perf_counter(), prepared.job
        audio = master(join_sentences(prepared.clips, self.spec.sentence_pause, prepared.after), self.spec.preset)
        rendered = Rendered(
            job.id, audio, self.version, len(job.sentences) - len(prepared.missed), len(prepared.missed),
            prepared.seconds, time.perf_counter() - started, prepared.missed,
        )  # fmt: skip
        if self.cache:
            rendered.audio = self.cache.put_paragraph(prepared.key, rendered.audio)
        return rendered

    def has_cached(self, job: ParagraphJob) -> bool:
        return self.cache is not None and self.cache.has(self.recipe.paragraph_key(job.sentences))

    def _cached(self, voice: int, spoken: str) -> Clip | None:
        return self.cache.get(self.recipe.sentence_key(voice, spoken)) if self.cache else None

    def _synthesise(self, voice: int, spoken: str) -> Clip:
        engine = self.engine(voice)
        pieces = engine_pieces(spoken, getattr(engine, "max_chars", DEFAULT_MAX_CHARS))
        if not pieces:  # the build drops such sentences before they get here
            raise EditionError(f"nothing a voice can say in «{spoken[:80]}»")
        clips = [engine.synthesize(piece) for piece in pieces]
        clip = join_pieces(clips, engine.sample_rate) if len(clips) != 1 else clips[0]
        if speech_bounds(clip.samples, clip.sample_rate) == (0, 0):  # it would vanish in trimming, clip and all
            raise EditionError(f"voice '{self.spec.voices[voice].id}' made no audible sound for «{spoken[:80]}»")
        return self.cache.put(self.recipe.sentence_key(voice, spoken), clip) if self.cache else clip


def engine_pieces(spoken: str, limit: int) -> list[str]:
    """What an engine is asked to say for one sentence: pieces of at most `limit` characters, each with a letter."""
    return [piece for piece in split_long(spoken, limit) if speakable(piece)]


def split_long(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters: cut at clause marks, then between words, then anywhere."""
    if len(text) <= limit:
        return [text]
    for pattern in (_CLAUSE_END, _WORD_GAP):
        parts = [p for p in pattern.split(text) if p.strip()]
        if len(parts) > 1:
            return [piece for part in _packed(parts, limit) for piece in split_long(part, limit)]
    return [text[i : i + limit] for i in range(0, len(text), limit)]


def _packed(parts: list[str], limit: int) -> list[str]:
    pieces: list[str] = []
    for part in parts:
        if pieces and len(pieces[-1]) + len(part) + 1 <= limit:
            pieces[-1] = f"{pieces[-1]} {part.strip()}"
        else:
            pieces.append(part.strip())
    return pieces


def join_pieces(clips: list[Clip], sample_rate: int, gaps: list[float] | None = None) -> Clip:
    """One clip from the pieces of a sentence, a clause pause between them (or the `gaps` given, in seconds); word
    times follow."""
    seconds = iter(gaps or [CLAUSE_PAUSE_SECONDS] * len(clips))
    samples: list[np.ndarray] = []
    words: list[WordTiming] = []
    position = 0
    for clip in clips:
        if samples:
            gap = np.zeros(round(next(seconds) * sample_rate), np.float32)
            samples.append(gap)
            position += len(gap)
        samples.append(clip.samples)
        words += [WordTiming(w.text, w.start + position, w.end + position) for w in clip.words]
        position += len(clip.samples)
    return Clip(np.concatenate(samples), sample_rate, words, any(c.words_estimated for c in clips))
