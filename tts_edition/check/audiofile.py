"""One delivery audio file as a store's tools see it: its stream (MP3 frame headers, FLAC stream info) and its
decoded samples (levels, room tone before and after the speech, digital silence)."""

from __future__ import annotations

import math
import mmap
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from mutagen import MutagenError
from mutagen.flac import FLAC

from tts_edition.audio.encode import decode_chunks
from tts_edition.audio.loudness import LoudnessMeter
from tts_edition.audio.mp3 import FrameHeader, audio_frames, frame_header
from tts_edition.check.mp3 import SILENT_SPAN_DBFS, Levels
from tts_edition.errors import EditionError

SPEECH_WINDOW_SECONDS = 0.01  # speech starts with the first 10 ms louder than SILENT_SPAN_DBFS, ends after the last


@dataclass
class Stream:
    codec: str  # "mp3", "flac" or what ffmpeg would call it
    sample_rate: int
    channels: int
    bits: int = 0  # FLAC's bits per sample
    bitrates: set[int] = field(default_factory=set)  # MP3: kbit/s of every audio frame
    mpeg: set[str] = field(default_factory=set)
    modes: set[str] = field(default_factory=set)


@dataclass
class Region:
    """The stretch before the first word (or after the last): its length, level and how much is exact zeros."""

    samples: int = 0
    squares: float = 0.0
    zeros: int = 0

    def add(self, samples: np.ndarray) -> None:
        self.samples += len(samples)
        self.squares += float(np.sum(np.square(samples, dtype=np.float64)))
        self.zeros += int(np.count_nonzero(samples == 0))

    def rms_dbfs(self) -> float:
        return 10 * math.log10(self.squares / self.samples) if self.squares > 0 and self.samples else -120.0

    def digital_silence(self) -> bool:
        """Mostly exact zeros: no room tone."""
        return self.samples > 0 and self.zeros * 2 > self.samples


@dataclass
class Measured:
    stream: Stream
    samples: int
    sample_rate: int
    rms_dbfs: float
    floor_dbfs: float
    peak_dbfs: float
    true_peak_dbtp: float
    head: Region
    tail: Region
    longest_zeros: int  # samples in the longest run of exact zeros

    @property
    def seconds(self) -> float:
        return self.samples / self.sample_rate


def stream_of(path: Path) -> Stream:
    """The codec and its parameters as the file's own headers give them."""
    if path.suffix.lower() == ".flac":
        try:
            info = FLAC(path).info
        except MutagenError as exc:
            raise EditionError(f"{path.name}: not a readable FLAC ({exc})") from None
        return Stream("flac", info.sample_rate, info.channels, info.bits_per_sample)
    headers = _frame_headers(path)
    if not headers:
        raise EditionError(f"{path.name}: no MP3 audio frames in it")
    return Stream(
        "mp3", headers[0].sample_rate, 1 if headers[0].mode == "mono" else 2, 0,
        {h.bitrate_kbps for h in headers}, {h.mpeg for h in headers}, {h.mode for h in headers},
    )  # fmt: skip


def _frame_headers(path: Path) -> list[FrameHeader]:
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return [frame_header(data[at : at + 4]) for at in audio_frames(data)]


def measure(path: Path) -> Measured:
    stream = stream_of(path)
    rate = stream.sample_rate
    window = max(1, round(SPEECH_WINDOW_SECONDS * rate))
    loud = 10 ** (SILENT_SPAN_DBFS / 10)
    levels, meter = Levels(rate), LoudnessMeter(rate)
    head, tail = Region(), Region()
    peak, longest, run, spoke = 0.0, 0, 0, False
    carry = np.zeros(0, np.float32)
    for chunk in decode_chunks(path):
        levels.feed(chunk)
        meter.feed(chunk)
        peak = max(peak, float(np.max(np.abs(chunk), initial=0.0)))
        longest, run = _zero_runs(chunk, longest, run)
        data = np.concatenate([carry, chunk])
        whole = len(data) // window * window
        for block in data[:whole].reshape(-1, window):
            if float(np.mean(np.square(block, dtype=np.float64))) > loud:
                spoke, tail = True, Region()
            else:
                (tail if spoke else head).add(block)
        carry = data[whole:]
    (tail if spoke else head).add(carry)
    return Measured(
        stream, levels.samples, rate, levels.rms_dbfs(), levels.floor_dbfs(),
        20 * math.log10(peak) if peak else -120.0, meter.true_peak_dbtp(), head, tail, max(longest, run),
    )  # fmt: skip


def _zero_runs(chunk: np.ndarray, longest: int, run: int) -> tuple[int, int]:
    """The longest run of exact zeros so far, and the run the chunk ends in, given the run it started in."""
    sound = np.flatnonzero(chunk != 0)
    if not len(sound):
        return max(longest, run + len(chunk)), run + len(chunk)
    gaps = np.diff(sound) - 1
    inner = int(gaps.max()) if len(gaps) else 0
    return max(longest, run + int(sound[0]), inner), len(chunk) - 1 - int(sound[-1])
