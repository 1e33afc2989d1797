"""The edition MP3 and its clips: loudness and levels against the preset, every clip against its span, the ID3
chapters against the index."""

from __future__ import annotations

import math
import mmap
import re
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from mutagen import MutagenError
from mutagen.mp3 import MP3

from tts_edition.audio.encode import decode_chunks
from tts_edition.audio.loudness import LoudnessMeter
from tts_edition.audio.mp3 import audio_frames, frame_samples
from tts_edition.audio.tags import read_chapters_ffmpeg, read_mp3_chapters
from tts_edition.check.finding import Finding
from tts_edition.errors import EditionError
from tts_edition.timing.chapters import parse_ffmetadata_chapters
from tts_edition.timing.index import paragraphs

LOUDNESS_TOLERANCE_LU = 1.0
ACX_RMS_DBFS = (-23.0, -18.0)
ACX_NOISE_FLOOR_DBFS = -60.0
NOISE_WINDOW_SECONDS = 0.5
CLIPPING_LEVEL = 0.999
SILENT_SPAN_DBFS = -45.0
MAX_CLIP_OFFSET_SECONDS = 0.010
MAX_DURATION_ERROR_SECONDS = 0.005  # the decoder may keep a few samples of the last frame's padding
MIN_CLIP_CORRELATION = 0.9
CLIP_EXCERPT_SECONDS = 10  # of each clip's opening, found in its span
_DECODES_AHEAD = 4  # clips decoded beside the edition's own decode
_SEARCH_SECONDS = 0.05
_CLIP_NAME = r"^c\d+-p\d+\.{codec}$"  # what the build names clips


def mp3_findings(build_dir: Path, index: dict[str, Any]) -> list[Finding]:
    mp3 = build_dir / index["audio"]["mp3"]
    if not mp3.is_file():
        return [Finding("audio", False, f"{mp3.name} is missing")]
    rate = index["voice"]["sample_rate"]
    meter, levels = LoudnessMeter(rate), Levels(rate)
    chunks = _measured(decode_chunks(mp3), meter, levels)  # one decode feeds the levels and the clips' spans
    clips = _clips(build_dir, mp3, index, chunks)
    deque(chunks, maxlen=0)  # the audio after the last span
    findings = _loudness(meter, levels, index) + clips
    findings.append(_clip_files(build_dir, index))
    findings.append(_bitrates(build_dir, mp3, index))
    findings.append(_chapters(mp3, index))
    return findings


def _measured(chunks: Iterator[np.ndarray], meter: LoudnessMeter, levels: Levels) -> Iterator[np.ndarray]:
    for chunk in chunks:
        meter.feed(chunk)
        levels.feed(chunk)
        yield chunk


def _loudness(meter: LoudnessMeter, levels: Levels, index: dict[str, Any]) -> list[Finding]:
    target = index["loudness"]["target_lufs"]
    peak_limit = index["loudness"]["true_peak_limit_dbtp"]
    if not levels.samples:
        return [Finding("loudness", False, "the edition decodes to no audio")]
    lufs, peak = meter.integrated_lufs(), meter.true_peak_dbtp()
    duration = levels.samples / meter.sample_rate
    return [
        Finding("loudness", abs(lufs - target) <= LOUDNESS_TOLERANCE_LU,
                f"integrated {lufs:.2f} LUFS, target {target:.1f} ± {LOUDNESS_TOLERANCE_LU:g}"),
        Finding("true peak", peak <= peak_limit, f"{peak:.2f} dBTP, limit {peak_limit:.1f}"),
        Finding("duration", abs(duration - index["duration"]) <= MAX_DURATION_ERROR_SECONDS,
                f"decoded {duration:.3f} s, index {index['duration']:.3f} s"),
        Finding("ACX RMS", ACX_RMS_DBFS[0] <= levels.rms_dbfs() <= ACX_RMS_DBFS[1],
                f"{levels.rms_dbfs():.1f} dBFS, ACX range {ACX_RMS_DBFS[0]:g} to {ACX_RMS_DBFS[1]:g}"),
        Finding("noise floor", levels.floor_dbfs() <= ACX_NOISE_FLOOR_DBFS,
                f"quietest {NOISE_WINDOW_SECONDS:g} s: {levels.floor_dbfs():.1f} dBFS, limit {ACX_NOISE_FLOOR_DBFS:g}"),
        Finding("clipping", levels.clipped == 0, f"{levels.clipped} samples at full scale"),
    ]  # fmt: skip


class Levels:
    """RMS, the quietest window and full-scale samples of a stream."""

    def __init__(self, sample_rate: int) -> None:
        self.window = round(NOISE_WINDOW_SECONDS * sample_rate)
        self.samples = 0
        self.clipped = 0
        self._squares = 0.0
        self._quietest = float("inf")
        self._carry = np.zeros(0, np.float32)

    def feed(self, chunk: np.ndarray) -> None:
        self.samples += len(chunk)
        self.clipped += int(np.count_nonzero(np.abs(chunk) >= CLIPPING_LEVEL))
        self._squares += float(np.sum(chunk.astype(np.float64) ** 2))
        data = np.concatenate([self._carry, chunk])
        whole = len(data) // self.window * self.window
        if whole:
            power = np.mean(data[:whole].astype(np.float64).reshape(-1, self.window) ** 2, axis=1)
            self._quietest = min(self._quietest, float(power.min()))
        self._carry = data[whole:]

    def rms_dbfs(self) -> float:
        return _dbfs(self._squares / max(1, self.samples))

    def floor_dbfs(self) -> float:
        return _dbfs(self._quietest if self._quietest != float("inf") else 0.0)


def _dbfs(power: float) -> float:
    return 10 * math.log10(power) if power > 0 else -120.0


def _clip_files(build_dir: Path, index: dict[str, Any]) -> Finding:
    missing, extra = missing_and_extra_clips(build_dir, index, "mp3")
    detail = f"{len(paragraphs(index))} clips, one per paragraph"
    if missing or extra:
        detail = f"missing {missing[:5]}, not in the index {extra[:5]}"
    return Finding("clip files", not missing and not extra, detail)


def missing_and_extra_clips(build_dir: Path, index: dict[str, Any], codec: str) -> tuple[list[str], list[str]]:
    """The clips in `codec` the index lists that are missing, and those named as the build names clips that it does
    not list (a user's own files are not the build's)."""
    listed = {Path(p["clip"]).with_suffix(f".{codec}").name for p in paragraphs(index)}
    folder = build_dir / "clips"
    named = re.compile(_CLIP_NAME.format(codec=re.escape(codec)))
    present = {f.name for f in folder.iterdir() if named.match(f.name)} if folder.is_dir() else set()
    return sorted(listed - present), sorted(present - listed)


def _bitrates(build_dir: Path, mp3: Path, index: dict[str, Any]) -> Finding:
    """The edition and every clip at the bitrate the index gives."""
    wanted = index["audio"]["bitrate_kbps"]
    files = [mp3, *(build_dir / p["clip"] for p in paragraphs(index))]
    odd = []
    for file in files:
        try:
            kbps = round(MP3(file).info.bitrate / 1000)
        except (OSError, MutagenError):
            continue  # a missing or broken clip is the clips check's to report
        if kbps != wanted:
            odd.append(f"{file.name} {kbps} kbit/s")
    detail = f"{len(files)} files at {wanted} kbit/s" if not odd else f"expected {wanted} kbit/s: {', '.join(odd[:5])}"
    return Finding("bitrate", not odd, detail)


def _clips(build_dir: Path, mp3: Path, index: dict[str, Any], decoded: Iterator[np.ndarray]) -> list[Finding]:
    rate = index["voice"]["sample_rate"]
    spans = [(p, round(p["start"] * rate), round(p["end"] * rate)) for p in paragraphs(index)]
    margin = round(_SEARCH_SECONDS * rate)
    copied = _copied_frames(build_dir, mp3, index)
    openings = _openings([build_dir / p["clip"] for p, _, _ in spans], CLIP_EXCERPT_SECONDS * rate)
    bad = []
    for paragraph, segment, opening in zip(
        spans, segments(decoded, [(a - margin, b + margin) for _, a, b in spans]), openings, strict=True
    ):
        speech = segment[margin : len(segment) - margin]
        silent = len(speech) and _dbfs(float(np.dot(speech, speech)) / len(speech)) < SILENT_SPAN_DBFS
        problem = "its span of the edition is silent" if silent else ""
        problem = problem or _compare_clip(opening, segment, margin, rate)
        problem = problem or ("" if copied[paragraph[0]["id"]] else "its frames are not the edition's")
        if problem:
            bad.append(f"{paragraph[0]['id']}: {problem}")
    detail = f"{len(spans)} clips match their spans, frame for frame" if not bad else "; ".join(bad[:5])
    return [Finding("clips", not bad, detail)]


def _copied_frames(build_dir: Path, mp3: Path, index: dict[str, Any]) -> dict[str, bool]:
    """Per paragraph: whether its MP3 clip's audio frames are, byte for byte, the edition's from its start."""
    frame = frame_samples(index["voice"]["sample_rate"])
    copied = {}
    with mp3.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as edition:
        frames = audio_frames(edition)
        at, offset = -1, 0
        for p in paragraphs(index):
            first = round(p["start"] * index["voice"]["sample_rate"] / frame)
            while at < first:
                at, offset = at + 1, next(frames, len(edition))
            clip = build_dir / p["clip"]
            data = clip.read_bytes() if clip.is_file() else b""
            audio = data[next(audio_frames(data), len(data)) :]
            copied[p["id"]] = bool(audio) and edition[offset : offset + len(audio)] == audio
    return copied


def _compare_clip(opening: tuple[np.ndarray, int] | str, segment: np.ndarray, margin: int, rate: int) -> str:
    """Same length as its span, and its opening found at the span's start."""
    if isinstance(opening, str):
        return opening
    excerpt, length = opening
    if abs(length - (len(segment) - 2 * margin)) > rate // 100:
        return f"clip lasts {length / rate:.3f} s, span {(len(segment) - 2 * margin) / rate:.3f} s"
    clip, segment = excerpt, segment[: len(excerpt) + 2 * margin]
    if not len(clip) or not np.any(clip):
        return ""
    corr = _correlation(segment, clip)
    lag = int(np.argmax(corr))
    energy = np.sqrt(np.sum(clip**2) * np.sum(segment[lag : lag + len(clip)] ** 2)) or 1.0
    offset = (lag - margin) / rate
    similarity = corr[lag] / energy
    if abs(offset) > MAX_CLIP_OFFSET_SECONDS or similarity < MIN_CLIP_CORRELATION:
        return f"offset {offset * 1000:.1f} ms, similarity {similarity:.2f}"
    return ""


def _openings(paths: list[Path], wanted: int) -> Iterator[tuple[np.ndarray, int] | str]:
    """Each clip's opening and length (`_opening`), or what is wrong with it; decoded a few clips ahead, beside the
    edition's own decode."""
    with ThreadPoolExecutor(2, thread_name_prefix="clip decode") as pool:
        ahead: deque[Future[tuple[np.ndarray, int] | str]] = deque()
        for path in paths:
            ahead.append(pool.submit(_opening_or_problem, path, wanted))
            if len(ahead) > _DECODES_AHEAD:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


def _opening_or_problem(path: Path, wanted: int) -> tuple[np.ndarray, int] | str:
    if not path.is_file():
        return "clip missing"
    try:
        return _opening(path, wanted)
    except (EditionError, OSError):
        return "cannot be decoded"


def _correlation(signal: np.ndarray, part: np.ndarray) -> np.ndarray:
    """At each lag where `part` lies wholly within `signal`, the sum of their products (through the FFT)."""
    size = 1 << (len(signal) - 1).bit_length()
    product = np.fft.rfft(signal, size) * np.conj(np.fft.rfft(part, size))
    return np.fft.irfft(product, size)[: len(signal) - len(part) + 1]


def _opening(path: Path, wanted: int) -> tuple[np.ndarray, int]:
    """The first `wanted` samples of a file and its whole length, holding no more than that in memory."""
    kept: list[np.ndarray] = []
    length = 0
    for chunk in decode_chunks(path):
        if length < wanted:
            kept.append(chunk[: wanted - length])
        length += len(chunk)
    return (np.concatenate(kept) if kept else np.zeros(0, np.float32)), length


def segments(chunks: Iterator[np.ndarray], spans: list[tuple[int, int]]) -> Iterator[np.ndarray]:
    """Cut sorted, possibly overlapping [start, end) spans out of a stream, holding only what is still needed."""
    held: list[np.ndarray] = []  # consecutive chunks starting at sample `held_start`
    held_start = held_length = 0
    pending = iter(spans)
    span = next(pending, None)
    for chunk in chunks:
        held.append(chunk)
        held_length += len(chunk)
        if span is None or held_start + held_length < span[1]:
            continue
        buffer = np.concatenate(held)
        while span and held_start + len(buffer) >= span[1]:
            yield _cut(buffer, held_start, span)
            span = next(pending, None)
        next_start = span[0] if span else held_start + len(buffer)
        keep_from = min(len(buffer), max(0, next_start - held_start))
        held, held_start = [buffer[keep_from:]], held_start + keep_from
        held_length = len(held[0])
    buffer = np.concatenate(held) if held else np.zeros(0, np.float32)
    while span:
        yield _cut(buffer, held_start, span)
        span = next(pending, None)


def _cut(buffer: np.ndarray, buffer_start: int, span: tuple[int, int]) -> np.ndarray:
    start, end = span
    piece = buffer[max(0, start - buffer_start) : max(0, end - buffer_start)]
    before = max(0, buffer_start - start)
    after = (end - start) - before - len(piece)
    return np.concatenate([np.zeros(before, np.float32), piece, np.zeros(max(0, after), np.float32)])


def _chapters(mp3: Path, index: dict[str, Any]) -> Finding:
    """The ID3 chapters against the index, as mutagen reads them (by the CTOC) and as ffmpeg does (in the order of
    the file's CHAP frames, as every tool built on it lists them)."""
    expected = [(c["id"], c["title"], round(c["start"] * 1000), round(c["end"] * 1000)) for c in index["chapters"]]
    found = [(m.id, m.title, m.start_ms, m.end_ms) for m in read_mp3_chapters(mp3)]
    if found != expected:
        return Finding("chapters", False, f"ID3 chapters {found[:3]} differ from the index {expected[:3]}")
    try:
        listed = parse_ffmetadata_chapters(read_chapters_ffmpeg(mp3))
    except EditionError as exc:
        return Finding("chapters", False, str(exc))
    by_ffmpeg = [(title, round(start * 1000), round(end * 1000)) for start, end, title in listed]
    wanted = [chapter[1:] for chapter in expected]
    if by_ffmpeg != wanted:
        n = next(n for n, (a, b) in enumerate(zip([*by_ffmpeg, None], [*wanted, None], strict=False)) if a != b)
        return Finding("chapters", False, f"ffmpeg lists {len(by_ffmpeg)} chapters, number {n + 1} as "
                                          f"{by_ffmpeg[n:n + 1]}; the index has {wanted[n:n + 1]}")  # fmt: skip
    return Finding("chapters", True, f"{len(found)} ID3 chapters match the index, read by mutagen and by ffmpeg")
