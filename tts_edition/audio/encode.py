"""MP3 through the ffmpeg binary that imageio-ffmpeg ships: streamed in, gapless header written out."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from tts_edition.errors import EditionError

MP3_BITRATE = "64k"
_CHUNK_SAMPLES = 1 << 16


def ffmpeg() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def _mp3_command(sample_rate: int, path: Path, bitrate: str) -> list[str]:
    # libmp3lame writes a Xing/LAME header holding encoder delay and padding, so decoders play exactly our samples.
    return [
        ffmpeg(), "-hide_banner", "-loglevel", "error", "-y",
        "-f", "f32le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0",
        "-c:a", "libmp3lame", "-b:a", bitrate, "-id3v2_version", "0", "-write_xing", "1",
        "-f", "mp3", str(path),
    ]  # fmt: skip


class Mp3Writer:
    """Feed float32 chunks; the encoder runs beside us, so memory does not grow with the book."""

    def __init__(self, path: Path, sample_rate: int, bitrate: str = MP3_BITRATE) -> None:
        self.path = path
        self.sample_rate = sample_rate
        self.samples_written = 0
        self._process = subprocess.Popen(
            _mp3_command(sample_rate, path, bitrate), stdin=subprocess.PIPE, stderr=subprocess.PIPE
        )

    def write(self, samples: np.ndarray) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write(np.asarray(samples, "<f4").tobytes())
        self.samples_written += len(samples)

    def write_silence(self, count: int) -> None:
        for start in range(0, count, _CHUNK_SAMPLES):
            self.write(np.zeros(min(_CHUNK_SAMPLES, count - start), np.float32))

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        error = self._process.stderr.read().decode(errors="replace") if self._process.stderr else ""
        if self._process.wait() != 0:
            raise EditionError(f"MP3 encoding of {self.path.name} failed: {error.strip()[:300]}")

    def abort(self) -> None:
        self._process.kill()
        self._process.wait()


def encode_mp3(samples: np.ndarray, sample_rate: int, path: Path, bitrate: str = MP3_BITRATE) -> None:
    result = subprocess.run(
        _mp3_command(sample_rate, path, bitrate), input=np.asarray(samples, "<f4").tobytes(), capture_output=True
    )
    if result.returncode != 0:
        raise EditionError(f"MP3 encoding of {path.name} failed: {result.stderr.decode(errors='replace')[:300]}")


def decode_chunks(path: Path, sample_rate: int | None = None) -> Iterator[np.ndarray]:
    """Decoded mono float32 audio, a chunk at a time, as a player would hear it."""
    command = [ffmpeg(), "-hide_banner", "-loglevel", "error", "-i", str(path), "-ac", "1"]
    if sample_rate:
        command += ["-ar", str(sample_rate)]
    process = subprocess.Popen([*command, "-f", "f32le", "pipe:1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
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
