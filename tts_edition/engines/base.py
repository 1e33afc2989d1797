"""What every engine gives: float32 PCM at its sample rate, and where each word starts and ends."""

from __future__ import annotations

import contextlib
import ctypes
import functools
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from tts_edition.errors import EditionError
from tts_edition.voice import Voice

WORDS_VERSION = 2  # raise when the word times engines give change: cached sentences are then made anew


@dataclass
class WordTiming:
    text: str
    start: int  # samples from the start of the clip
    end: int


@dataclass
class Clip:
    samples: np.ndarray  # float32, mono, -1..1
    sample_rate: int
    words: list[WordTiming] = field(default_factory=list)
    words_estimated: bool = False

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate


class Engine(Protocol):
    sample_rate: int
    version: str

    def synthesize(self, text: str) -> Clip:
        """Speak one sentence of normalised text."""
        ...


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3


def hold_freed_memory() -> None:
    """Set glibc's malloc up for a Coqui worker: buffers of up to 32 MB come from the heap, and what is freed stays
    there until `release_freed_memory`, which the engine calls after each sentence.

    A sentence's tensors then reuse pages already faulted in, and between sentences the worker shrinks back to its
    model. The MMS-size voice's sample build with two workers, decoding each sentence in one pass: glibc's defaults
    keep whatever the longest sentences left behind, for good (254 s, 6.5 GB); handing every buffer of 1 MB or more
    back as it is freed makes each tensor fault in anew (289 s, 2.8 GB, even with huge pages); holding until the
    sentence ends: 265 s, 3.6 GB (261-263 s, 3.0-3.1 GB with `vits_decoder`'s chunks).
    """
    _malloc_call("mallopt", _M_MMAP_THRESHOLD, 32 << 20)  # a fixed threshold also stops glibc raising it
    _malloc_call("mallopt", _M_TRIM_THRESHOLD, (1 << 31) - 1)  # the largest C int: never trim the top on a free


def release_freed_memory() -> None:
    """Give the system back every free page of the heap (after a sentence; see `hold_freed_memory`)."""
    _malloc_call("malloc_trim", 0)


@functools.cache
def _c_library() -> ctypes.CDLL:
    return ctypes.CDLL(None)


def _malloc_call(function: str, *arguments: int) -> None:
    """Call one of glibc's malloc functions; nothing where the C library is not glibc."""
    with contextlib.suppress(OSError, AttributeError):
        getattr(_c_library(), function)(*arguments)


def words_from_starts(
    spans: list[tuple[int, int]], starts: list[int], text: str, samples: np.ndarray, sample_rate: int
) -> list[WordTiming]:
    """Word timings from engine-reported start samples; each word ends where its sound ends before the next."""
    words = []
    bounds = [*starts[1:], len(samples)]
    for (pos, length), start, limit in zip(spans, starts, bounds, strict=True):
        end = _last_sound(samples, start, max(start, limit), sample_rate)
        words.append(WordTiming(text=text[pos : pos + length], start=start, end=end))
    return words


def _last_sound(samples: np.ndarray, start: int, limit: int, sample_rate: int) -> int:
    """Index after the last 10 ms frame in [start, limit) louder than -45 dBFS; `limit` when all are."""
    frame = max(1, sample_rate // 100)
    segment = samples[start:limit]
    n = len(segment) // frame
    if n == 0:
        return limit
    rms = np.sqrt(np.mean(segment[: n * frame].reshape(n, frame) ** 2, axis=1))
    loud = np.flatnonzero(rms > 10 ** (-45 / 20))
    return start + (int(loud[-1]) + 1) * frame if len(loud) else limit


def proportional_words(words: list[str], total: int) -> list[WordTiming]:
    """Estimated word times when an engine gives none: each word's share of the clip follows its length."""
    weights = [len(w) + 1 for w in words]
    bounds = np.round(np.cumsum([0, *weights]) / max(1, sum(weights)) * total).astype(int)
    return [WordTiming(w, int(a), int(b)) for w, a, b in zip(words, bounds[:-1], bounds[1:], strict=True)]


def speaker_index(voice: Voice, names: dict[str, int], count: int) -> int | None:
    """The model's speaker number for `--speaker` (a name or a number); None for one-speaker models."""
    if voice.speaker is None or count <= 1:
        if voice.speaker is not None:
            raise EditionError(f"voice '{voice.id}' has one speaker; drop --speaker")
        return None
    if voice.speaker in names:
        return int(names[voice.speaker])
    if voice.speaker.isdigit() and int(voice.speaker) < count:
        return int(voice.speaker)
    listed = sorted(names.items(), key=lambda item: item[1])
    choices = ", ".join(f"{n} {name}" for name, n in listed) or f"0 to {count - 1}"
    raise EditionError(f"voice '{voice.id}' has no speaker '{voice.speaker}' (choose: {choices})")
