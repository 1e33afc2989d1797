"""The delivery's audio, derived from the edition's samples in two passes over its source, a block at a time.

The first pass measures what each file would hold; the second resamples it (soxr), applies the gain that puts the
file's RMS inside the stores' range, lays room tone under all of it and before and after it, and encodes it. Every
file of a delivery is fed from one decode of the source, so memory stays flat however long the book is.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soxr

from tts_edition.audio.encode import AudioWriter, decode_chunks
from tts_edition.audio.loudness import LoudnessMeter
from tts_edition.audio.tags import ChapterMark
from tts_edition.check.mp3 import Levels
from tts_edition.errors import EditionError
from tts_edition.package.plan import DeliveryFile, Span, Speech
from tts_edition.package.roomtone import RoomTone, seed_of

# The RMS band a file is brought into (inside the stores' -23 to -18 dB, with room for the 0.3 dB LAME takes at
# 192 kbit/s), and the sample peak it may reach
# doing so (0.5 dB under the stores' -3 dB, for what MP3 encoding adds).
RMS_BAND_DBFS = (-21.5, -19.0)
PEAK_CEILING_DBFS = -3.5
RMS_LIMITS_DBFS = (-23.0, -18.0)
_QUALITY = "VHQ"


@dataclass(frozen=True)
class Output:
    rate: int
    codec: str
    bitrate: str | None  # "192k" for MP3
    head_seconds: float
    tail_seconds: float
    room_tone_dbfs: float


@dataclass
class Written:
    """What was sent to a file's encoder, measured as it went."""

    samples: int
    rms_dbfs: float
    peak_dbfs: float
    gain_db: float
    marks: list[ChapterMark]


class _Sink:
    def write(self, samples: np.ndarray) -> None: ...

    def mark(self, title: str) -> None: ...

    def close(self) -> None: ...


class _Feeder:
    """Feeds one file's pieces to its sink in order: its spans as the source's blocks pass, the rest at once."""

    def __init__(self, file: DeliveryFile, sink: _Sink, rate: int) -> None:
        self.file, self.sink, self.rate = file, sink, rate
        self._pieces = iter(file.pieces)
        self._span: Span | None = None
        self.done = False
        self._advance()

    def _advance(self) -> None:
        """Send what needs no source (speech, pauses) up to the next span, or close the file."""
        for piece in self._pieces:
            if piece.title:
                self.sink.mark(piece.title)
            if isinstance(piece.audio, Span):
                self._span = piece.audio
                return
            audio = piece.audio
            self.sink.write(audio.samples if isinstance(audio, Speech) else np.zeros(audio.samples, np.float32))
        self._span, self.done = None, True
        self.sink.close()

    def take(self, position: int, block: np.ndarray) -> None:
        """The source's samples [position, position + len(block))."""
        while self._span is not None and self._span.start < position + len(block):
            span = self._span
            first, last = max(span.start, position), min(span.end, position + len(block))
            if last > first:
                self.sink.write(_faded(block[first - position : last - position], first, span))
            if span.end > position + len(block):
                return
            self._advance()


def _faded(samples: np.ndarray, start: int, span: Span) -> np.ndarray:
    """The span's samples from `start`, with its fade-in and fade-out applied."""
    if not span.fade_in and not span.fade_out:
        return samples
    at = np.arange(start, start + len(samples))
    rising = (at - span.start + 1) / max(1, span.fade_in)
    falling = (span.end - at) / max(1, span.fade_out)
    return (samples * np.minimum(1.0, np.minimum(rising, falling))).astype(np.float32)


def _run(source: Path, total: int, feeders: list[_Feeder]) -> None:
    position = 0
    for block in decode_chunks(source):
        for feeder in feeders:
            if not feeder.done:
                feeder.take(position, block)
        position += len(block)
    if position != total or not all(f.done for f in feeders):
        raise EditionError(f"{source}: decodes to {position} samples, the index says {total} (rebuild the edition)")


class _Measure(_Sink):
    """Pass one: the energy, length and true peak of what a file holds, at the edition's rate."""

    def __init__(self, rate: int) -> None:
        self.meter = LoudnessMeter(rate)
        self.squares = 0.0
        self.samples = 0

    def write(self, samples: np.ndarray) -> None:
        self.meter.feed(samples)
        self.squares += float(np.sum(np.square(samples, dtype=np.float64)))
        self.samples += len(samples)


def gain_db(measured: _Measure, source_rate: int, output: Output) -> float:
    """The gain that brings the file's RMS (room tone included) inside RMS_BAND_DBFS, as far as the peak allows."""
    ratio = output.rate / source_rate
    length = measured.samples * ratio + (output.head_seconds + output.tail_seconds) * output.rate
    tone = 10 ** (output.room_tone_dbfs / 10)
    rms = lambda gain: 10 * math.log10((gain**2 * measured.squares * ratio) / length + tone)  # noqa: E731
    level = rms(1.0)
    wanted = min(max(level, RMS_BAND_DBFS[0]), RMS_BAND_DBFS[1]) - level
    peak = measured.meter.true_peak_dbtp()
    gain = min(wanted, PEAK_CEILING_DBFS - peak) if wanted > 0 else wanted
    reached = rms(10 ** (gain / 20))
    if not RMS_LIMITS_DBFS[0] <= reached <= RMS_LIMITS_DBFS[1]:
        raise EditionError(
            f"cannot bring its RMS ({level:.1f} dB) to {RMS_LIMITS_DBFS[0]:g}…{RMS_LIMITS_DBFS[1]:g} dB with its peaks "
            f"under {PEAK_CEILING_DBFS:g} dB (rebuild the edition with --loudness audiobook)"
        )
    return gain


class _Encode(_Sink):
    """Pass two: gain, resampling, room tone under everything and around it, the encoder, and a meter. The
    encoder starts with the file's first samples, so only the files being written hold one."""

    def __init__(self, path: Path, output: Output, source_rate: int, gain: float, seed: int) -> None:
        self.path, self.output, self.source_rate, self.gain = path, output, source_rate, 10 ** (gain / 20)
        self._seed = seed
        self._head = round(output.head_seconds * output.rate)
        self._encoder: AudioWriter | None = None
        self._levels = Levels(output.rate)
        self._peak = 0.0
        self._taken = 0  # source samples
        self.marks: list[tuple[str, int]] = []  # title, output sample

    def _start(self) -> None:
        self._resampler = soxr.ResampleStream(self.source_rate, self.output.rate, 1, dtype="float32", quality=_QUALITY)
        self._tone = RoomTone(self._seed, self.output.room_tone_dbfs)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._encoder = AudioWriter(self.path, self.output.rate, self.output.codec, self.output.bitrate)
        self._send(np.zeros(self._head, np.float32))

    def write(self, samples: np.ndarray) -> None:
        if self._encoder is None:
            self._start()
        self._taken += len(samples)
        self._send(self._resampler.resample_chunk(np.asarray(samples * self.gain, np.float32)))

    def mark(self, title: str) -> None:
        """A section starts here; the first one at the file's start, before its room tone."""
        at = self._head + round(self._taken * self.output.rate / self.source_rate) if self.marks else 0
        self.marks.append((title, at))

    def _send(self, samples: np.ndarray) -> None:
        assert self._encoder is not None
        out = (samples + self._tone.next(len(samples))).astype(np.float32)
        self._levels.feed(out)
        self._peak = max(self._peak, float(np.max(np.abs(out), initial=0.0)))
        self._encoder.write(out)

    def close(self) -> None:
        if self._encoder is None:
            self._start()
        self._send(self._resampler.resample_chunk(np.zeros(0, np.float32), last=True))
        self._send(np.zeros(round(self.output.tail_seconds * self.output.rate), np.float32))
        assert self._encoder is not None
        self._encoder.close()

    def abort(self) -> None:
        if self._encoder is not None:
            self._encoder.abort()

    def written(self, gain: float) -> Written:
        rate = self.output.rate
        ends = [at for _, at in self.marks[1:]] + [self._levels.samples] * bool(self.marks)
        marks = [
            ChapterMark(f"c{n:02d}", title, round(at * 1000 / rate), round(end * 1000 / rate))
            for n, ((title, at), end) in enumerate(zip(self.marks, ends, strict=True), 1)
        ]
        peak = 20 * math.log10(self._peak) if self._peak else -120.0
        return Written(self._levels.samples, self._levels.rms_dbfs(), peak, gain, marks)


def derive(
    source: Path, total: int, source_rate: int, files: list[DeliveryFile], output: Output, folder: Path,
    seed: Callable[[DeliveryFile], str],
) -> dict[str, Written]:  # fmt: skip
    """Write every file of `files` into `folder`; what each holds, measured, by name."""
    measures = {file.name: _Measure(source_rate) for file in files}
    _run(source, total, [_Feeder(file, measures[file.name], source_rate) for file in files])
    gains = {name: _named(name, lambda m=m: gain_db(m, source_rate, output)) for name, m in measures.items()}
    encoders: dict[str, _Encode] = {}
    try:
        feeders = []
        for file in files:
            gain, tone = gains[file.name], seed_of(seed(file))
            encoders[file.name] = _Encode(folder / file.name, output, source_rate, gain, tone)
            feeders.append(_Feeder(file, encoders[file.name], source_rate))
        _run(source, total, feeders)
    except BaseException:
        for encoder in encoders.values():
            encoder.abort()
        raise
    return {name: encoder.written(gains[name]) for name, encoder in encoders.items()}


def _named(name: str, work: Callable[[], float]) -> float:
    try:
        return work()
    except EditionError as exc:
        raise EditionError(f"{name}: {exc}") from None
