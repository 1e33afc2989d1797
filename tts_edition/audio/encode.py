"""MP3, AAC, Opus and FLAC through the ffmpeg binary that imageio-ffmpeg ships: streamed in, gapless out."""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import queue
import subprocess
import tempfile
import threading
from collections.abc import Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from tts_edition.errors import EditionError

MP3_BITRATE = "64k"
_CHUNK_SAMPLES = 1 << 16
_QUEUED = 16  # chunks waiting for the encoder (at most 16 MB)
_CODECS = {
    # libmp3lame writes a Xing/LAME header holding encoder delay and padding, so decoders play exactly our samples.
    "mp3": ["-c:a", "libmp3lame", "-id3v2_version", "0", "-write_xing", "1", "-f", "mp3"],
    # AAC frames as they come, each behind its ADTS header (its length); the M4B's edit list hides the priming. The
    # fast coder: on the sample's speech at 64 kbit/s it scores higher than the default two-loop one (wideband PESQ
    # 4.20 against 3.98, SNR 29 against 22 dB, the same log-spectral distance) in a quarter of the time
    # (bench/codecs.py).
    "adts": ["-c:a", "aac", "-aac_coder", "fast", "-f", "adts"],
    # Opus runs at 48 kHz; the Ogg pre-skip field hides its priming samples. Bit-exact: the Ogg muxer would
    # otherwise pick a random stream serial number for every file.
    "opus": ["-c:a", "libopus", "-ar", "48000", "-f", "ogg", "-fflags", "+bitexact"],
    "flac": ["-c:a", "flac", "-sample_fmt", "s16", "-f", "flac"],  # 16-bit, as stores take FLAC
}
_BITRATES = {"mp3": MP3_BITRATE, "adts": "64k", "opus": "32k"}


def ffmpeg() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


_cores = itertools.count()


def start_ffmpeg(command: Sequence[str], **options: Any) -> subprocess.Popen[bytes]:
    """ffmpeg, its threads kept on one core. ffmpeg runs each stage (demuxer, decoder, filters, encoder, muxer) on a
    thread of its own and hands every packet across; spread over cores, the hand-offs cost more CPU than the work
    (decoding the sample article's MP3 takes 2.4 s of CPU spread, 1.1 s on one core). Each run takes the next core, so
    runs side by side still use them all. The thread that starts it is held to that core while it does: a process
    and every thread it makes inherit their maker's cores, so ffmpeg's threads are all held from their first
    instruction (setting them after the start would miss the threads ffmpeg made meanwhile)."""
    try:
        allowed = os.sched_getaffinity(0)  # 0: this thread
        os.sched_setaffinity(0, {sorted(allowed)[next(_cores) % len(allowed)]})
    except (AttributeError, OSError):  # no affinity on this system, or none this process may set
        return subprocess.Popen(command, **options)
    try:
        return subprocess.Popen(command, **options)
    finally:
        os.sched_setaffinity(0, allowed)


def run_ffmpeg(command: Sequence[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """`start_ffmpeg` run to its end, fed `data`, its output and errors captured."""
    stdin = subprocess.PIPE if data is not None else subprocess.DEVNULL
    process = start_ffmpeg(command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, errors = process.communicate(data)
    return subprocess.CompletedProcess(list(command), process.returncode, out, errors)


def codec_arguments(codec: str) -> list[str]:
    """The ffmpeg arguments that choose and set up `codec`: what a clip's bytes depend on besides its samples."""
    return _CODECS[codec]


def ffmpeg_encoder(codec: str, options: Sequence[str] = ()) -> str:
    """The encoder of `codec` and its settings, as a cache key names it."""
    return f"imageio-ffmpeg {_imageio_ffmpeg_version()} {' '.join([*codec_arguments(codec), *options])}"


@functools.cache
def _imageio_ffmpeg_version() -> str:
    return metadata.version("imageio-ffmpeg")  # read from its metadata on disk: once, not for every clip


def _encode_command(
    codec: str,
    sample_rate: int,
    target: str,
    bitrate: str | None = None,
    options: Sequence[str] = (),
    sample_format: str = "f32le",
) -> list[str]:
    rate = ["-b:a", bitrate or _BITRATES[codec]] if codec in _BITRATES else []
    return [
        ffmpeg(), "-hide_banner", "-loglevel", "error", "-y",
        "-f", sample_format, "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0",
        *codec_arguments(codec), *options, *rate, target,
    ]  # fmt: skip


class AudioWriter:
    """Feed float32 chunks; the encoder runs beside us, so memory does not grow with the book.

    A thread hands the chunks to the encoder, so the caller goes on (synthesising, measuring) while it encodes;
    at most `_QUEUED` chunks wait in between.
    """

    def __init__(self, path: Path, sample_rate: int, codec: str = "mp3", bitrate: str | None = None) -> None:
        self.path = path
        self._process = start_ffmpeg(
            _encode_command(codec, sample_rate, str(path), bitrate), stdin=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self._queue: queue.Queue[bytes | None] = queue.Queue(_QUEUED)
        self._broken = threading.Event()
        self._feeder = threading.Thread(target=self._feed, name=f"encode {path.name}", daemon=True)
        self._feeder.start()

    def _feed(self) -> None:
        assert self._process.stdin is not None
        while (data := self._queue.get()) is not None:
            if self._broken.is_set():
                continue  # drain, so that write() never blocks on a dead encoder
            try:
                self._process.stdin.write(data)
            except (BrokenPipeError, ValueError):  # the encoder stopped (or was killed): close() reports why
                self._broken.set()

    def write(self, samples: np.ndarray) -> None:
        if self._broken.is_set():
            self.close()  # raises with the encoder's message
        self._queue.put(np.asarray(samples, "<f4").tobytes())

    def close(self) -> None:
        self._finish_feeding()
        error = self._process.stderr.read().decode(errors="replace") if self._process.stderr else ""
        if self._process.wait() != 0 or self._broken.is_set():
            raise EditionError(f"encoding {self.path.name} failed: {error.strip()[:300]}")

    def abort(self) -> None:
        self._process.kill()
        self._finish_feeding()
        self._process.wait()

    def _finish_feeding(self) -> None:
        if self._feeder.is_alive():
            self._queue.put(None)
            self._feeder.join()
        assert self._process.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            self._process.stdin.close()


def encode(samples: np.ndarray, sample_rate: int, path: Path, codec: str = "mp3", bitrate: str | None = None) -> None:
    """Encode one clip, streamed in chunks."""
    writer = AudioWriter(path, sample_rate, codec, bitrate)
    try:
        for start in range(0, len(samples), _CHUNK_SAMPLES):
            writer.write(samples[start : start + _CHUNK_SAMPLES])
    except BaseException:
        writer.abort()
        raise
    writer.close()


def encode_bytes(pcm: np.ndarray, sample_rate: int, codec: str, options: Sequence[str] = ()) -> bytes:
    """Encode samples held in memory, float32 or 16-bit; the encoded stream, as `codec`'s format writes it."""
    sample_format = "s16le" if pcm.dtype == np.int16 else "f32le"
    command = _encode_command(codec, sample_rate, "pipe:1", options=options, sample_format=sample_format)
    done = run_ffmpeg(command, np.asarray(pcm, "<i2" if sample_format == "s16le" else "<f4").tobytes())
    if done.returncode != 0:
        raise EditionError(f"encoding {codec} failed: {done.stderr.decode(errors='replace').strip()[:300]}")
    return done.stdout


class PipeEncoder:
    """Encode samples (as bytes of `sample_format`) fed as they come: the stream builds up in a temporary file and
    `flush` returns it whole, so the encoder's output never waits for us."""

    def __init__(self, sample_rate: int, codec: str, options: Sequence[str] = (), sample_format: str = "f32le") -> None:
        self.codec = codec
        self._output = tempfile.TemporaryFile()  # noqa: SIM115 (closed by flush, when the stream is whole)
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115
        command = _encode_command(codec, sample_rate, "pipe:1", options=options, sample_format=sample_format)
        self._process = start_ffmpeg(command, stdin=subprocess.PIPE, stdout=self._output, stderr=self._errors)

    def encode(self, pcm: bytes) -> bytes:
        assert self._process.stdin is not None
        with contextlib.suppress(BrokenPipeError):  # the encoder stopped: flush() says why
            self._process.stdin.write(pcm)
        return b""

    def flush(self) -> bytes:
        assert self._process.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            self._process.stdin.close()
        failed = self._process.wait() != 0
        with self._output, self._errors:
            self._errors.seek(0)
            self._output.seek(0)
            if failed:
                error = self._errors.read().decode(errors="replace").strip()
                raise EditionError(f"encoding {self.codec} failed: {error[:300]}")
            return self._output.read()


def decode_chunks(path: Path, sample_rate: int | None = None) -> Iterator[np.ndarray]:
    """Decoded mono float32 audio, a chunk at a time, as a player would hear it."""
    command = [ffmpeg(), "-hide_banner", "-loglevel", "error", "-i", str(path), "-ac", "1"]
    if sample_rate:
        command += ["-ar", str(sample_rate)]
    process = start_ffmpeg([*command, "-f", "f32le", "pipe:1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    finished = False
    try:
        carry = b""
        while chunk := process.stdout.read(_CHUNK_SAMPLES * 4):
            chunk = carry + chunk
            whole = len(chunk) // 4 * 4
            carry = chunk[whole:]
            yield np.frombuffer(chunk[:whole], "<f4")
        finished = True
    finally:
        if not finished:
            process.kill()
        process.stdout.close()
        error = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        if process.wait() != 0 and finished:
            raise EditionError(f"{path}: cannot decode audio ({error.strip()[:200]})")


def decode(path: Path, sample_rate: int | None = None) -> np.ndarray:
    chunks = list(decode_chunks(path, sample_rate))
    return np.concatenate(chunks) if chunks else np.zeros(0, np.float32)
