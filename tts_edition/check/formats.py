"""The formats built on request: the M4B (its length, its audio against the MP3's where the spliced AAC joins, and
its chapters as ffmpeg reads them), the FLAC master (to the sample, its MD5, and libFLAC's own test when installed)
and the Opus clips (one per paragraph, each its paragraph's length)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from mutagen import MutagenError
from mutagen.flac import FLAC

from tts_edition.audio.encode import decode_chunks
from tts_edition.audio.tags import read_chapters_ffmpeg
from tts_edition.check.finding import Finding
from tts_edition.check.mp3 import ACX_NOISE_FLOOR_DBFS, MAX_DURATION_ERROR_SECONDS, missing_and_extra_clips, segments
from tts_edition.errors import EditionError
from tts_edition.timing.chapters import parse_ffmetadata_chapters
from tts_edition.timing.index import paragraphs, written_files

OPUS_RATE = 48_000  # Opus always decodes at 48 kHz
# A paragraph's span is in the index to the millisecond (its length to ±1 ms), and resampling to 48 kHz for the
# encoder moves its end by a few samples; an Opus pre-skip a player failed to drop would add 6.5 ms (312 samples).
OPUS_TOLERANCE_SECONDS = 0.002
# Where a paragraph starts, the M4B and the MP3 decode to the same speech, each through its own codec at 64 kbit/s:
# 13 to 27 dB apart on the sample article (whole-file or spliced AAC alike). Moved by one AAC frame, or by 64 samples
# (3 ms), they are 2 dB apart or worse; so 6 dB tells a misplaced junction from two codecs.
MIN_JUNCTION_SNR_DB = 6.0
JUNCTION = 3072  # samples before a paragraph where the spliced AAC joins: its pre-roll and the priming frame before
_ONSET_SECONDS = 0.5  # of a paragraph compared with the MP3
_RINGING = 2048  # samples after a paragraph's end that a codec may still ring into


def format_findings(build_dir: Path, index: dict[str, Any]) -> list[Finding]:
    files = written_files(index)
    findings = _m4b(build_dir / files["m4b"], build_dir / files["mp3"], index) if "m4b" in files else []
    if "flac" in files:
        findings += _flac(build_dir / files["flac"], index)
    if "opus" in files["clips"]:
        findings.append(_opus_clips(build_dir, index))
    return findings


def _m4b(path: Path, mp3: Path, index: dict[str, Any]) -> list[Finding]:
    if not path.is_file():
        return [Finding("m4b", False, f"{path.name} is missing")]
    return [*_m4b_audio(path, mp3, index), _m4b_chapters(path, index)]


def _m4b_audio(path: Path, mp3: Path, index: dict[str, Any]) -> list[Finding]:
    """Its decoded length is the edition's: the MP4 edit list hides AAC's 1024 priming samples and the last frame's
    padding (a player that ignored it would be 46 ms or more off at 22.05 kHz), to the few samples allowed an MP3.
    And where each paragraph starts, its audio is the MP3's, and silent before it as the MP3 is."""
    rate = index["voice"]["sample_rate"]
    starts, ends = _paragraph_bounds(index)
    spans = [(start - 2 * JUNCTION, start + round(_ONSET_SECONDS * rate)) for start in starts]
    decoded = [0]
    try:
        pairs = zip(segments(_counted(decode_chunks(path), decoded), spans), segments(decode_chunks(mp3), spans),
                    strict=True)  # fmt: skip
        problems = [
            f"{paragraph['id']}: {problem}"
            for paragraph, start, end, (m4b, reference) in zip(paragraphs(index), starts, ends, pairs, strict=True)
            if (problem := _junction(m4b, reference, max(end + _RINGING - start + 2 * JUNCTION, 0)))
        ]
    except EditionError as exc:
        return [Finding("m4b", False, f"{path.name} cannot be decoded ({exc})")]
    seconds, wanted = decoded[0] / rate, index["samples"] / rate
    ok = abs(seconds - wanted) <= MAX_DURATION_ERROR_SECONDS
    detail = f"{len(starts)} paragraph starts as the MP3 has them (SNR ≥ {MIN_JUNCTION_SNR_DB:g} dB), silent before"
    return [
        Finding("m4b", ok, f"{path.name} decodes to {seconds:.3f} s, index {wanted:.3f} s"),
        Finding("m4b junctions", not problems, "; ".join(problems[:3]) if problems else detail),
    ]


def _paragraph_bounds(index: dict[str, Any]) -> tuple[list[int], list[int]]:
    """Each paragraph's start, and the end of the one before it (0 for the first), in samples."""
    rate = index["voice"]["sample_rate"]
    starts = [round(p["start"] * rate) for p in paragraphs(index)]
    return starts, [0, *(round(p["end"] * rate) for p in paragraphs(index)[:-1])]


def _junction(m4b: np.ndarray, mp3: np.ndarray, quiet_from: int) -> str:
    """What is wrong, if anything, with the M4B around a paragraph start, given the samples both decoded from
    2 * JUNCTION before it; the pause before it is quiet from `quiet_from` on."""
    pause = slice(max(quiet_from, JUNCTION - 1024), 2 * JUNCTION - 1024)  # up to where pre-echo may start
    floor = 10 ** (ACX_NOISE_FLOOR_DBFS / 20)
    if len(m4b[pause]) and np.max(np.abs(m4b[pause])) > max(floor, np.max(np.abs(mp3[pause]))):
        return f"{20 * np.log10(np.max(np.abs(m4b[pause]))):.1f} dBFS in the pause before it"
    onset = slice(JUNCTION, None)
    error = float(np.sum((m4b[onset] - mp3[onset]) ** 2))
    snr = 10 * np.log10(float(np.sum(mp3[onset] ** 2)) / error) if error else float("inf")
    return f"SNR {snr:.1f} dB against the MP3" if snr < MIN_JUNCTION_SNR_DB else ""


def _counted(chunks: Iterator[np.ndarray], total: list[int]) -> Iterator[np.ndarray]:
    for chunk in chunks:
        total[0] += len(chunk)
        yield chunk


def _m4b_chapters(path: Path, index: dict[str, Any]) -> Finding:
    try:
        read = parse_ffmetadata_chapters(read_chapters_ffmpeg(path))
    except EditionError as exc:
        return Finding("m4b chapters", False, str(exc))
    found = [(title, round(start * 1000), round(end * 1000)) for start, end, title in read]
    expected = [(c["title"], round(c["start"] * 1000), round(c["end"] * 1000)) for c in index["chapters"]]
    if found == expected:
        return Finding("m4b chapters", True, f"{len(found)} chapters as ffmpeg reads them match the index")
    return Finding("m4b chapters", False, f"ffmpeg reads chapters {found[:3]}, the index has {expected[:3]}")


def _flac(path: Path, index: dict[str, Any]) -> list[Finding]:
    """Lossless: its stream info and its decoded samples count the edition's samples exactly, and the samples are
    those its stream info's MD5 was made of; libFLAC's `flac --test` (every frame's checksums too), when installed."""
    if not path.is_file():
        return [Finding("flac", False, f"{path.name} is missing")]
    try:
        info = FLAC(path).info
        samples, md5 = _decoded_md5(path, info.bits_per_sample)
    except (MutagenError, EditionError) as exc:
        return [Finding("flac", False, f"{path.name} cannot be read ({exc})")]
    rate, wanted = index["voice"]["sample_rate"], index["samples"]
    ok = info.sample_rate == rate and info.total_samples == samples == wanted and md5 == info.md5_signature
    detail = f"{path.name}: {info.sample_rate} Hz, {info.total_samples} samples in its stream info, {samples} decoded"
    detail += ", their MD5 its stream info's" if md5 == info.md5_signature else ", their MD5 not its stream info's"
    finding = Finding("flac", ok, f"{detail}; the edition: {rate} Hz, {wanted} samples")
    return [finding, _flac_test(path)] if shutil.which("flac") else [finding]


def _flac_test(path: Path) -> Finding:
    tested = subprocess.run(["flac", "--test", "--silent", str(path)], capture_output=True, text=True)
    said = " ".join(tested.stderr.split())[:200]
    return Finding("flac test", tested.returncode == 0, f"flac --test: {said or 'every frame and the MD5 hold'}")


def _decoded_md5(path: Path, bits: int) -> tuple[int, int]:
    """How many samples ffmpeg decodes from a FLAC, and the MD5 of them as FLAC sums it (little-endian, `bits` wide)."""
    digest, samples, scale = hashlib.md5(), 0, 1 << (bits - 1)
    for chunk in decode_chunks(path):
        whole = np.round(chunk.astype(np.float64) * scale).astype("<i4")  # exact: the decoder only scaled them
        digest.update(whole.view(np.uint8).reshape(-1, 4)[:, : bits // 8].tobytes())
        samples += len(chunk)
    return samples, int.from_bytes(digest.digest(), "big")


def _opus_clips(build_dir: Path, index: dict[str, Any]) -> Finding:
    missing, extra = missing_and_extra_clips(build_dir, index, "opus")
    problems = [f"missing {missing[:5]}"] * bool(missing) + [f"not in the index {extra[:5]}"] * bool(extra)
    listed = paragraphs(index)
    for paragraph in listed:
        path = (build_dir / paragraph["clip"]).with_suffix(".opus")
        if path.name in missing:
            continue
        try:
            seconds = _decoded_length(path, OPUS_RATE) / OPUS_RATE
        except EditionError:
            problems.append(f"{path.name} cannot be decoded")
            continue
        span = paragraph["end"] - paragraph["start"]
        if abs(seconds - span) > OPUS_TOLERANCE_SECONDS:
            problems.append(f"{path.name} lasts {seconds:.3f} s, its paragraph {span:.3f} s")
    detail = f"{len(listed)} clips, one per paragraph, each as long as its paragraph"
    return Finding("opus clips", not problems, "; ".join(problems[:3]) if problems else detail)


def _decoded_length(path: Path, sample_rate: int | None = None) -> int:
    """Samples a player gets from the file (ffmpeg decoding it whole)."""
    return sum(len(chunk) for chunk in decode_chunks(path, sample_rate))
