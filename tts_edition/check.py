"""`tts-edition check`: measures the written edition against its index and its loudness preset."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.signal import correlate

from tts_edition.audio.encode import decode, decode_chunks
from tts_edition.audio.loudness import LoudnessMeter, loudness_preset
from tts_edition.audio.tags import read_mp3_chapters
from tts_edition.timing.index import paragraphs, read_index

LOUDNESS_TOLERANCE_LU = 1.0
MAX_CLIP_OFFSET_SECONDS = 0.010
MIN_CLIP_CORRELATION = 0.9
_SEARCH_SECONDS = 0.05


@dataclass(frozen=True)
class Finding:
    check: str
    ok: bool
    detail: str


def check_edition(build_dir: Path) -> list[Finding]:
    build_dir = Path(build_dir)
    index = read_index(build_dir)
    mp3 = build_dir / index["audio"]["mp3"]
    if not mp3.is_file():
        return [Finding("audio", False, f"{mp3.name} is missing")]
    findings = _loudness(mp3, index)
    findings += _clips(build_dir, mp3, index)
    findings.append(_chapters(mp3, index))
    return findings


def _loudness(mp3: Path, index: dict[str, Any]) -> list[Finding]:
    target = index["loudness"]["target_lufs"]
    peak_limit = _peak_limit(index)
    meter: LoudnessMeter | None = None
    samples = 0
    for chunk in decode_chunks(mp3):
        meter = meter or LoudnessMeter(index["voice"]["sample_rate"])
        meter.feed(chunk)
        samples += len(chunk)
    if meter is None:
        return [Finding("loudness", False, "the edition decodes to no audio")]
    lufs, peak = meter.integrated_lufs(), meter.true_peak_dbtp()
    duration = samples / meter.sample_rate
    return [
        Finding("loudness", abs(lufs - target) <= LOUDNESS_TOLERANCE_LU,
                f"integrated {lufs:.2f} LUFS, target {target:.1f} ± {LOUDNESS_TOLERANCE_LU:g}"),
        Finding("true peak", peak <= peak_limit, f"{peak:.2f} dBTP, limit {peak_limit:.1f}"),
        Finding("duration", abs(duration - index["duration"]) <= 0.002,
                f"decoded {duration:.3f} s, index {index['duration']:.3f} s"),
    ]  # fmt: skip


def _peak_limit(index: dict[str, Any]) -> float:
    for name in ("audiobook", "podcast", "ebu-r128"):
        preset = loudness_preset(name)
        if preset.target_lufs == index["loudness"]["target_lufs"]:
            return preset.peak_dbtp
    return loudness_preset(index["loudness"]["target_lufs"]).peak_dbtp


def _clips(build_dir: Path, mp3: Path, index: dict[str, Any]) -> list[Finding]:
    rate = index["voice"]["sample_rate"]
    spans = [(p, round(p["start"] * rate), round(p["end"] * rate)) for p in paragraphs(index)]
    margin = round(_SEARCH_SECONDS * rate)
    bad = []
    for paragraph, segment in zip(spans, _segments(decode_chunks(mp3), [(a - margin, b + margin) for _, a, b in spans]),
                                  strict=True):  # fmt: skip
        problem = _compare_clip(build_dir / paragraph[0]["clip"], segment, margin, rate)
        if problem:
            bad.append(f"{paragraph[0]['id']}: {problem}")
    detail = f"{len(spans)} clips match their spans" if not bad else "; ".join(bad[:5])
    return [Finding("clips", not bad, detail)]


def _compare_clip(path: Path, segment: np.ndarray, margin: int, rate: int) -> str:
    if not path.is_file():
        return "clip missing"
    clip = decode(path)
    if abs(len(clip) - (len(segment) - 2 * margin)) > rate // 100:
        return f"clip lasts {len(clip) / rate:.3f} s, span {(len(segment) - 2 * margin) / rate:.3f} s"
    if not len(clip) or not np.any(clip):
        return ""
    corr = correlate(segment, clip, mode="valid", method="fft")
    lag = int(np.argmax(corr))
    energy = np.sqrt(np.sum(clip**2) * np.sum(segment[lag : lag + len(clip)] ** 2)) or 1.0
    offset = (lag - margin) / rate
    similarity = corr[lag] / energy
    if abs(offset) > MAX_CLIP_OFFSET_SECONDS or similarity < MIN_CLIP_CORRELATION:
        return f"offset {offset * 1000:.1f} ms, similarity {similarity:.2f}"
    return ""


def _segments(chunks: Iterator[np.ndarray], spans: list[tuple[int, int]]) -> Iterator[np.ndarray]:
    """Cut sorted, possibly overlapping [start, end) spans out of a stream, holding only what is still needed."""
    buffer = np.zeros(0, np.float32)
    buffer_start = 0
    pending = iter(spans)
    span = next(pending, None)
    for chunk in chunks:
        buffer = np.concatenate([buffer, chunk])
        while span and buffer_start + len(buffer) >= span[1]:
            yield _cut(buffer, buffer_start, span)
            span = next(pending, None)
            next_start = span[0] if span else buffer_start + len(buffer)
            keep_from = min(len(buffer), max(0, next_start - buffer_start))
            buffer, buffer_start = buffer[keep_from:], buffer_start + keep_from
    while span:
        yield _cut(buffer, buffer_start, span)
        span = next(pending, None)


def _cut(buffer: np.ndarray, buffer_start: int, span: tuple[int, int]) -> np.ndarray:
    start, end = span
    piece = buffer[max(0, start - buffer_start) : max(0, end - buffer_start)]
    before = max(0, buffer_start - start)
    after = (end - start) - before - len(piece)
    return np.concatenate([np.zeros(before, np.float32), piece, np.zeros(max(0, after), np.float32)])


def _chapters(mp3: Path, index: dict[str, Any]) -> Finding:
    marks = read_mp3_chapters(mp3)
    expected = [(c["id"], c["title"], round(c["start"] * 1000), round(c["end"] * 1000)) for c in index["chapters"]]
    found = [(m.id, m.title, m.start_ms, m.end_ms) for m in marks]
    if found == expected:
        return Finding("chapters", True, f"{len(found)} ID3 chapters match the index")
    return Finding("chapters", False, f"ID3 chapters {found[:3]} differ from the index {expected[:3]}")
