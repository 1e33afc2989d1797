"""Per-paragraph mastering: trim silence, join sentences, reach the loudness target, limit true peak."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyloudnorm
from scipy.ndimage import minimum_filter1d, uniform_filter1d

from tts_edition.audio.loudness import LoudnessMeter, LoudnessPreset, peak_envelope
from tts_edition.engines.base import Clip, WordTiming

SILENCE_DBFS = -50.0
LOUDNESS_TOLERANCE_LU = 0.25
# MP3 encoding adds overshoot to peaks: aim this far under the limit so the decoded file stays under it.
CODEC_HEADROOM_DB = 2.0
_MIN_LOUDNESS_SECONDS = 0.4
_BLOCK = 1 << 20  # samples (47 s at 22.05 kHz) mastered at a time in very long paragraphs
CONTEXT_SECONDS = 0.3  # silence measured either side of a paragraph
_ROUNDS = 4  # of limiting and measuring, at most


@dataclass
class MasteredParagraph:
    samples: np.ndarray
    sample_rate: int
    sentence_spans: list[tuple[int, int]]  # per sentence, samples within the paragraph
    words: list[list[WordTiming]]  # per sentence, samples within the paragraph
    words_estimated: list[bool]


def speech_bounds(samples: np.ndarray, sample_rate: int, margin_seconds: float = 0.01) -> tuple[int, int]:
    """First and one-past-last sample of sound (above -50 dBFS), widened by a small margin."""
    loud = np.flatnonzero(np.abs(samples) > 10 ** (SILENCE_DBFS / 20))
    if not len(loud):
        return 0, 0
    margin = round(margin_seconds * sample_rate)
    return max(0, int(loud[0]) - margin), min(len(samples), int(loud[-1]) + 1 + margin)


def join_sentences(clips: list[Clip], sentence_pause: float) -> MasteredParagraph:
    """Trim each sentence and join them with uniform pauses; word times follow the samples."""
    rate = clips[0].sample_rate
    pause = np.zeros(round(sentence_pause * rate), np.float32)
    pieces: list[np.ndarray] = []
    spans, words = [], []
    position = 0
    for clip in clips:
        if pieces:
            pieces.append(pause)
            position += len(pause)
        start, end = speech_bounds(clip.samples, rate)
        piece = clip.samples[start:end]
        pieces.append(piece)
        spans.append((position, position + len(piece)))
        words.append([_shift(w, start, end, position) for w in clip.words])
        position += len(piece)
    samples = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
    return MasteredParagraph(samples, rate, spans, words, [c.words_estimated for c in clips])


def _shift(word: WordTiming, start: int, end: int, position: int) -> WordTiming:
    clamp = lambda t: position + min(max(t, start), end) - start  # noqa: E731
    return WordTiming(word.text, clamp(word.start), max(clamp(word.start), clamp(word.end)))


def master(paragraph: MasteredParagraph, preset: LoudnessPreset) -> MasteredParagraph:
    """Bring the paragraph to the loudness target, then keep its true peak under the preset's limit.

    Limiting takes some loudness away, so the gain is found by the secant method on the loudness that comes out
    of the limiter, always applied to the unlimited samples: two rounds mostly land within the tolerance.
    """
    samples = paragraph.samples.astype(np.float32)
    rate = paragraph.sample_rate
    ceiling = 10 ** ((preset.peak_dbtp - CODEC_HEADROOM_DB) / 20)
    level = measure_lufs(_in_context(samples, rate), rate)
    if not math.isfinite(level):
        return paragraph
    gain, previous = preset.target_lufs - level, None
    for _ in range(_ROUNDS):
        result = limit_true_peak(samples * np.float32(10 ** (gain / 20)), rate, ceiling)
        level = measure_lufs(_in_context(result, rate), rate)
        error = preset.target_lufs - level
        if abs(error) < LOUDNESS_TOLERANCE_LU:
            break
        # The first time, guess from what limiting took: the more it took, the more it takes of more gain.
        slope = 1 - error / 2 if previous is None else (level - previous[1]) / (gain - previous[0] or 1e-9)
        previous = (gain, level)
        gain += error / min(1.0, max(0.2, slope))  # limiting makes loudness grow slower than gain
    paragraph.samples = result
    return paragraph


def _in_context(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """The paragraph between pauses, as the edition's meter will hear it: its gating blocks straddle the edges."""
    pad = np.zeros(round(CONTEXT_SECONDS * sample_rate), np.float32)
    return np.concatenate([pad, samples, pad])


def measure_lufs(samples: np.ndarray, sample_rate: int) -> float:
    """Integrated loudness; a clip shorter than one gating block is measured as if repeated."""
    if not len(samples) or not np.any(samples):
        return float("-inf")
    if len(samples) > _BLOCK:  # long paragraphs: the streaming meter, without a float64 copy of the whole
        meter = LoudnessMeter(sample_rate, true_peak=False)
        for start in range(0, len(samples), _BLOCK):
            meter.feed(samples[start : start + _BLOCK])
        return meter.integrated_lufs()
    needed = math.ceil(_MIN_LOUDNESS_SECONDS * sample_rate / len(samples)) + 1
    signal = np.tile(samples, needed) if needed > 2 else samples
    with np.errstate(divide="ignore"):
        return float(pyloudnorm.Meter(sample_rate).integrated_loudness(signal.astype(np.float64)))


def limit_true_peak(samples: np.ndarray, sample_rate: int, ceiling: float) -> np.ndarray:
    """Look-ahead gain reduction so that the 4x-oversampled peak stays at or under `ceiling`.

    Long signals go through in blocks, each with enough context either side that the result is the same.
    """
    window = max(3, round(0.005 * sample_rate))
    if len(samples) <= _BLOCK:
        return _limit_block(samples, window, ceiling)
    context = 8 * window + 64
    out = np.empty_like(samples, dtype=np.float32)
    for start in range(0, len(samples), _BLOCK):
        lo, hi = max(0, start - context), min(len(samples), start + _BLOCK + context)
        limited = _limit_block(samples[lo:hi], window, ceiling)
        out[start : min(len(samples), start + _BLOCK)] = limited[start - lo : start - lo + _BLOCK]
    return out


def _limit_block(samples: np.ndarray, window: int, ceiling: float) -> np.ndarray:
    for _ in range(4):
        envelope = peak_envelope(samples, ceiling)
        if not len(envelope) or envelope.max() <= ceiling:
            break
        needed = np.minimum(1.0, ceiling / np.maximum(envelope, 1e-12))
        # Widen every dip, then smooth it: the average of a window of minima never exceeds the dip it covers.
        gain = uniform_filter1d(minimum_filter1d(needed, 2 * window + 1), window)
        samples = (samples * gain * 0.999).astype(np.float32)
    return samples
