"""How the edition's lossy encoders keep the speech: ITU-T P.862.2 wideband PESQ (the `pesq` package), SNR and
log-spectral distance of each decoded encode against the edition's own FLAC, and the encode's time, as JSON lines.

It compares the AAC encoder's coders (the M4B's, at its 64 kbit/s mono: `fast`, which builds use, and ffmpeg's default
`twoloop`) and the Opus clips' encoder, on passages of the sample article spoken by the embedded espeak-ng voice.
Usage: python bench/codecs.py [--passages 3] [--seconds 30]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from mutagen.flac import FLAC
from pesq import pesq

from tts_edition.audio.encode import decode, ffmpeg

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "baq-kz-2025-11-11-tokayev-article.txt"
PESQ_RATE = 16000  # wideband PESQ takes 16 kHz
ENCODERS = {
    "aac fast (builds)": (["-c:a", "aac", "-aac_coder", "fast", "-b:a", "64k", "-f", "adts"], "aac"),
    "aac twoloop (ffmpeg's default)": (["-c:a", "aac", "-aac_coder", "twoloop", "-b:a", "64k", "-f", "adts"], "aac"),
    "opus 32k (clips)": (["-c:a", "libopus", "-ar", "48000", "-b:a", "32k", "-f", "ogg"], "ogg"),
}


def _ffmpeg(arguments: list[str], data: bytes) -> bytes:
    done = subprocess.run([ffmpeg(), "-hide_banner", "-loglevel", "error", *arguments], input=data, capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace"))
    return done.stdout


def _resampled(samples: np.ndarray, rate: int, to: int) -> np.ndarray:
    pcm = ["-f", "f32le", "-ar", str(rate), "-ac", "1"]
    return np.frombuffer(
        _ffmpeg([*pcm, "-i", "pipe:0", "-ar", str(to), "-f", "f32le", "pipe:1"], samples.tobytes()), "<f4"
    )


def _aligned(reference: np.ndarray, decoded: np.ndarray, most: int = 2048) -> np.ndarray:
    """The decoded samples from where they line up with the reference (a decoder may keep the encoder's priming)."""
    n = min(len(reference), len(decoded)) - most
    lag = int(np.argmax([np.dot(reference[most:n], decoded[most + lag : n + lag]) for lag in range(most)]))
    return decoded[lag : lag + len(reference) - most]


def _log_spectral_distance(reference: np.ndarray, decoded: np.ndarray) -> float:
    def spectrum(x: np.ndarray) -> np.ndarray:
        frames = np.lib.stride_tricks.sliding_window_view(x, 512)[::256] * np.hanning(512)
        return 10 * np.log10(np.abs(np.fft.rfft(frames, axis=1)) ** 2 + 1e-10)

    return float(np.mean(np.sqrt(np.mean((spectrum(reference) - spectrum(decoded)) ** 2, axis=1))))


def measure(passage: np.ndarray, rate: int, arguments: list[str], container: str) -> dict[str, float]:
    start = time.perf_counter()
    encoded = _ffmpeg(
        ["-f", "f32le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0", *arguments, "pipe:1"], passage.tobytes()
    )
    seconds = time.perf_counter() - start
    decoded = np.frombuffer(_ffmpeg(["-f", container, "-i", "pipe:0", "-ac", "1", "-ar", str(rate), "-f", "f32le",
                                     "pipe:1"], encoded), "<f4")  # fmt: skip
    decoded = _aligned(passage, decoded)
    reference = passage[: len(decoded)]
    noise = np.sum((reference - decoded) ** 2)
    wideband = pesq(PESQ_RATE, _resampled(reference, rate, PESQ_RATE), _resampled(decoded, rate, PESQ_RATE), "wb")
    return {
        "pesq_wb": round(float(wideband), 3),
        "snr_db": round(float(10 * np.log10(np.sum(reference**2) / noise)), 2),
        "lsd_db": round(_log_spectral_distance(reference, decoded), 2),
        "encode_s": round(seconds, 3),
        "kbit_s": round(len(encoded) * 8 / 1000 / (len(passage) / rate), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passages", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "sample"
        subprocess.run([sys.executable, "-m", "tts_edition", "build", str(SAMPLE), "--out", str(out), "-q",
                        "--formats", "flac"], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        master, rate = decode(out / "sample.flac"), FLAC(out / "sample.flac").info.sample_rate
    length = int(args.seconds * rate)
    starts = np.linspace(0, len(master) - length, args.passages + 2)[1:-1].astype(int)
    for name, (arguments, container) in ENCODERS.items():
        results = [measure(master[s : s + length], rate, arguments, container) for s in starts]
        summary = {key: round(float(np.median([r[key] for r in results])), 3) for key in results[0]}
        line = {"benchmark": "codec-quality", "encoder": name, "passages": len(results), "seconds_each": args.seconds}
        print(json.dumps(line | {"median": summary, "each": results}, ensure_ascii=False))


if __name__ == "__main__":
    main()
