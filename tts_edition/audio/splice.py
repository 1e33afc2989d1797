"""An edition's audio spliced from stretches that a codec encodes one by one, each cached by its samples.

A stretch runs from one paragraph to the next. Encoded alone, a stretch of whole frames decodes to more samples than
it has: the codec's priming before them and padding after them, `junction` samples of silence in all. So each
stretch but the last is encoded without its final `junction` samples, which must be silent, and the next stretch's
priming takes their place; the frames are joined as they are. A codec whose encoder decides from what comes next
(AAC switches to short windows ahead of an onset) starts each stretch `preroll` samples before its paragraph, in the
silence, so that it meets the paragraph's first sound as one long encode would.

Paragraphs start on the codec's frame grid (`assemble` places them so), which makes every stretch's samples
independent of where it lands in the book: after an edit, only the changed paragraph's stretch is encoded again. A
paragraph too long to hold is cut the same way at a pause between its sentences, so its pieces are too.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from tts_edition.atomic import atomic_path, touch
from tts_edition.recipe import Recipe

# Samples of a stretch held (32 MB as float32): a longer one is cut in a pause, or else encoded as it comes, not cached.
MAX_BUFFERED = 1 << 23


class StreamEncoder(Protocol):
    """An encoder fed as samples come: what it has made so far from each call, the rest from `flush`."""

    def encode(self, pcm: bytes) -> bytes: ...

    def flush(self) -> bytes: ...


@dataclass(frozen=True)
class StretchCodec:
    layout: str  # the folder of its encoded stretches in the synthesis cache
    suffix: str  # of a cached stretch's file
    encoder: tuple[str, ...]  # the encoder and every setting it is given: part of each stretch's cache key
    dtype: str  # of the samples it takes
    frame: int  # samples a frame holds: every stretch but the edition's last is whole frames
    junction: int  # silent samples a stretch ends with that it is encoded without: the next one's priming
    preroll: int  # silent samples before a paragraph that its stretch starts with
    encode: Callable[[np.ndarray], bytes]  # a stretch, alone
    stream: Callable[[], StreamEncoder]  # for a stretch too long to hold


class Stretches:
    """Feed samples (as the codec takes them) and call `cut()` where each paragraph starts; each stretch's frames go
    to `sink(data)` in order. Stretches are encoded on background threads, as many at a time as there are cores;
    `encoded` and `reused` (from the cache) count them for the build report."""

    def __init__(
        self, codec: StretchCodec, recipe: Recipe, cache_dir: Path | None, sink: Callable[[bytes], None]
    ) -> None:
        self.codec, self.recipe, self.sink = codec, recipe, sink
        self.cache_dir = cache_dir / codec.layout if cache_dir else None
        self.encoded = self.reused = 0
        self._pieces: list[np.ndarray] = [np.zeros(0, codec.dtype)]
        self._held = 0  # samples in _pieces
        self._stretch = 0  # samples in the current stretch, streamed ones included
        self._lead = 0  # of those, the pre-roll it started with
        self._streaming: StreamEncoder | None = None
        self._streamed = b""
        workers = max(1, os.cpu_count() or 1)
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix=codec.layout)
        self._pending: deque[tuple[Future[tuple[bytes, bool]], int]] = deque()  # with the bytes of each stretch
        self._window = 2 * workers

    @property
    def at_start(self) -> bool:
        """Whether nothing has been written since the current stretch began (pre-roll aside)."""
        return self._stretch == self._lead

    def write(self, pcm: np.ndarray) -> None:
        self._stretch += len(pcm)
        self._pieces.append(pcm)
        self._held += len(pcm)
        while self._held > MAX_BUFFERED + self._kept and not self._cut_in_a_pause():
            self._stream_held()

    def cut(self) -> None:
        """A paragraph starts here: end the stretch if it is whole frames and the edition is silent long enough before
        this point for its junction and the next stretch's pre-roll."""
        frames = self._stretch - self.codec.preroll
        if frames >= max(1, self.codec.junction) and not frames % self.codec.frame and not self._tail_is_loud():
            held = self._joined()
            self._submit(held[: len(held) - self._kept])
            lead = held[len(held) - self.codec.preroll :]
            self._pieces, self._held, self._stretch, self._lead = [lead], len(lead), len(lead), len(lead)

    def close(self) -> None:
        """Encode the last stretch and hand on every stretch's frames."""
        self._submit(self._joined())
        while self._pending:
            self._hand_on(self._pending.popleft()[0].result())
        self._pool.shutdown()

    def abort(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    @property
    def _kept(self) -> int:
        """Samples at the end of the held ones that may not be encoded yet: the junction and the next pre-roll."""
        return self.codec.junction + self.codec.preroll

    def _joined(self) -> np.ndarray:
        return np.concatenate(self._pieces)

    def _tail_is_loud(self) -> bool:
        seen = 0
        for piece in reversed(self._pieces):
            part = piece[max(0, len(piece) - (self._kept - seen)) :]
            if np.any(part):
                return True
            seen += len(part)
            if seen >= self._kept:
                return False
        return False

    def _cut_in_a_pause(self) -> bool:
        """The stretch outgrew the buffer: end it at the last pause in its first `MAX_BUFFERED` samples (and those to
        be kept) where a paragraph could start a stretch, so that a long paragraph is encoded in pieces side by side
        and each is cached. The place depends on the stretch's samples alone, as a paragraph's start does."""
        if self._streaming is not None:
            return False
        held = self._joined()
        point = self._last_pause(held[: MAX_BUFFERED + self._kept])
        if point is None:
            return False
        self._submit(held[: point - self._kept])
        rest = held[point - self.codec.preroll :]
        self._pieces, self._held, self._stretch, self._lead = [rest], len(rest), len(rest), self.codec.preroll
        return True

    def _last_pause(self, held: np.ndarray) -> int | None:
        """The last point of `held` on the frame grid after a frame of silence at least, and all the silence the
        codec needs there (its junction and the next stretch's pre-roll); None if there is none."""
        codec, silence = self.codec, max(self._kept, self.codec.frame)
        for point in range(len(held) - (len(held) - codec.preroll) % codec.frame, silence - 1, -codec.frame):
            if point - codec.preroll >= max(1, codec.junction) and not np.any(held[point - silence : point]):
                return point
        return None

    def _stream_held(self) -> None:
        """The stretch outgrew the buffer: encode all but the samples to be kept now."""
        held = self._joined()
        if self._streaming is None:
            self._streaming = self.codec.stream()
        self._streamed += self._streaming.encode(held[: len(held) - self._kept].tobytes())
        self._pieces, self._held = [held[len(held) - self._kept :]], self._kept

    def _submit(self, stretch: np.ndarray) -> None:
        if self._streaming is not None:  # the end of a long stretch: not cached
            done: Future[tuple[bytes, bool]] = Future()
            end = self._streaming.encode(stretch.tobytes()) + self._streaming.flush()
            done.set_result((self._streamed + end, False))
            self._streaming, self._streamed = None, b""
        else:
            done = self._pool.submit(self._encoded, stretch)
        self._pending.append((done, stretch.nbytes))
        while self._pending and (self._pending[0][0].done() or self._too_many_pending()):
            self._hand_on(self._pending.popleft()[0].result())

    def _too_many_pending(self) -> bool:
        """Whether to wait for the oldest stretch: only when more than `_window` stretches are pending and they hold
        more than a stretch held whole may (their samples, or once encoded their frames), so that one slow encode (an
        edited paragraph's) does not hold up the edition while the stretches after it come from the cache."""
        held = sum(len(done.result()[0]) if done.done() else size for done, size in self._pending)
        return len(self._pending) > self._window and held > MAX_BUFFERED * 4

    def _encoded(self, stretch: np.ndarray) -> tuple[bytes, bool]:
        """The stretch's frames, and whether they came from the cache."""
        key = self.recipe.stretch_key(*self.codec.encoder, pcm=stretch)
        path = self.cache_dir / key[:2] / f"{key}{self.codec.suffix}" if self.cache_dir else None
        cached = _load(path) if path else None
        if cached is not None:
            return cached, True
        data = self.codec.encode(stretch)
        if path:
            _store(path, data)
        return data, False

    def _hand_on(self, result: tuple[bytes, bool]) -> None:
        data, reused = result
        self.sink(data)
        self.reused += reused
        self.encoded += not reused


def _load(path: Path) -> bytes | None:
    """A cached stretch, if it is whole: its frames followed by their sha256."""
    try:
        stored = path.read_bytes()
    except OSError:
        return None
    data, digest = stored[:-32], stored[-32:]
    if len(stored) <= 32 or hashlib.sha256(data).digest() != digest:
        return None
    touch(path)
    return data


def _store(path: Path, data: bytes) -> None:
    """A cached stretch: its frames, then their sha256; written to a temp file of its own and renamed."""
    with contextlib.suppress(OSError), atomic_path(path) as temp:  # a cache that cannot be written is only read
        temp.write_bytes(data + hashlib.sha256(data).digest())
