"""The formats built on request: the M4B (its length and its chapters as ffmpeg reads them), the FLAC master (to the
sample) and the Opus clips (one per paragraph, each its paragraph's length)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mutagen import MutagenError
from mutagen.flac import FLAC

from tts_edition.audio.encode import decode_chunks
from tts_edition.audio.tags import read_chapters_ffmpeg
from tts_edition.check.finding import Finding
from tts_edition.check.mp3 import MAX_DURATION_ERROR_SECONDS, missing_and_extra_clips
from tts_edition.errors import EditionError
from tts_edition.timing.chapters import parse_ffmetadata_chapters
from tts_edition.timing.index import paragraphs, written_files

OPUS_RATE = 48_000  # Opus always decodes at 48 kHz
# A paragraph's span is in the index to the millisecond (its length to ±1 ms), and resampling to 48 kHz for the
# encoder moves its end by a few samples; an Opus pre-skip a player failed to drop would add 6.5 ms (312 samples).
OPUS_TOLERANCE_SECONDS = 0.002


def format_findings(build_dir: Path, index: dict[str, Any]) -> list[Finding]:
    files = written_files(index)
    findings = _m4b(build_dir / files["m4b"], index) if "m4b" in files else []
    if "flac" in files:
        findings.append(_flac(build_dir / files["flac"], index))
    if "opus" in files["clips"]:
        findings.append(_opus_clips(build_dir, index))
    return findings


def _m4b(path: Path, index: dict[str, Any]) -> list[Finding]:
    if not path.is_file():
        return [Finding("m4b", False, f"{path.name} is missing")]
    return [_m4b_length(path, index), _m4b_chapters(path, index)]


def _m4b_length(path: Path, index: dict[str, Any]) -> Finding:
    """Its decoded length is the edition's: the MP4 edit list hides AAC's 1024 priming samples and the last frame's
    padding (a player that ignored it would be 46 ms or more off at 22.05 kHz), to the few samples allowed an MP3."""
    try:
        samples = _decoded_length(path)
    except EditionError as exc:
        return Finding("m4b", False, f"{path.name} cannot be decoded ({exc})")
    rate = index["voice"]["sample_rate"]
    seconds, wanted = samples / rate, index["samples"] / rate
    ok = abs(seconds - wanted) <= MAX_DURATION_ERROR_SECONDS
    return Finding("m4b", ok, f"{path.name} decodes to {seconds:.3f} s, index {wanted:.3f} s")


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


def _flac(path: Path, index: dict[str, Any]) -> Finding:
    """Lossless: its stream info and its decoded samples count the edition's samples exactly."""
    if not path.is_file():
        return Finding("flac", False, f"{path.name} is missing")
    try:
        info = FLAC(path).info
        samples = _decoded_length(path)
    except (MutagenError, EditionError) as exc:
        return Finding("flac", False, f"{path.name} cannot be read ({exc})")
    rate, wanted = index["voice"]["sample_rate"], index["samples"]
    ok = info.sample_rate == rate and info.total_samples == samples == wanted
    detail = f"{path.name}: {info.sample_rate} Hz, {info.total_samples} samples in its stream info, {samples} decoded"
    return Finding("flac", ok, f"{detail}; the edition: {rate} Hz, {wanted} samples")


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
