"""Per-paragraph mastering: trim silence, join sentences, reach the loudness target, limit true peak."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from tts_edition.audio.loudness import (
    ENVELOPE_REACH,
    LoudnessPreset,
    gated_lufs,
    k_weighted,
    peak_envelope,
    segment_samples,
)
from tts_edition.engines.base import Clip, WordTiming

SILENCE_DBFS = -50.0
LOUDNESS_TOLERANCE_LU = 0.25
# MP3 encoding adds overshoot to peaks: aim this far under the limit so the decoded file stays under it.
CODEC_HEADROOM_DB = 2.0
CONTEXT_SECONDS = 0.3  # silence measured either side of a paragraph
_ROUNDS = 4  # of limiting and measuring, at most
_NEAR_STRETCHES = 1 << 12  # samples between two limited stretches under which their envelope is refreshed as one


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


def join_sentences(clips: list[Clip], sentence_pause: float, after: list[float] | None = None) -> MasteredParagraph:
    """Trim each sentence and join them with uniform pauses, and the seconds `after` each where given (the last
    one's at the paragraph's end); word times follow the samples."""
    rate = clips[0].sample_rate
    pause = np.zeros(round(sentence_pause * rate), np.float32)
    pieces: list[np.ndarray] = []
    spans, words = [], []
    position = 0
    for clip, extra in zip(clips, after or [0.0] * len(clips), strict=True):
        if pieces:
            pieces.append(pause)
            position += len(pause)
        start, end = speech_bounds(clip.samples, rate)
        piece = clip.samples[start:end]
        pieces.append(piece)
        spans.append((position, position + len(piece)))
        words.append([_shift(w, start, end, position) for w in clip.words])
        position += len(piece)
        if extra:
            pieces.append(np.zeros(round(extra * rate), np.float32))
            position += len(pieces[-1])
    samples = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
    return MasteredParagraph(samples, rate, spans, words, [c.words_estimated for c in clips])


def _shift(word: WordTiming, start: int, end: int, position: int) -> WordTiming:
    clamp = lambda t: position + min(max(t, start), end) - start  # noqa: E731
    return WordTiming(word.text, clamp(word.start), max(clamp(word.start), clamp(word.end)))


def master(paragraph: MasteredParagraph, preset: LoudnessPreset) -> MasteredParagraph:
    """Bring the paragraph to the loudness target, then keep its true peak under the preset's limit.

    Limiting takes some loudness away, so the gain is found by the secant method on the loudness that comes out
    of the limiter, always applied to the unlimited samples: two rounds mostly land within the tolerance. Each
    round costs little: the paragraph is filtered and oversampled once, and a round redoes only the places the
    limiter touches.
    """
    samples = np.asarray(paragraph.samples, np.float32)
    ceiling = 10 ** ((preset.peak_dbtp - CODEC_HEADROOM_DB) / 20)
    loudness = _ContextLoudness(samples, paragraph.sample_rate)
    level = loudness.lufs(1.0)
    if not math.isfinite(level):
        return paragraph
    limiter = _Limiter(samples, paragraph.sample_rate, ceiling)
    gain, previous = preset.target_lufs - level, None
    for _ in range(_ROUNDS):
        scale = 10 ** (gain / 20)
        result = limiter.limit(scale)
        level = loudness.lufs(scale, result)
        error = preset.target_lufs - level
        if abs(error) < LOUDNESS_TOLERANCE_LU:
            break
        # The first time, guess from what limiting took: the more it took, the more it takes of more gain.
        slope = 1 - error / 2 if previous is None else (level - previous[1]) / (gain - previous[0] or 1e-9)
        previous = (gain, level)
        gain += error / min(1.0, max(0.2, slope))  # limiting makes loudness grow slower than gain
    paragraph.samples = result
    return paragraph


class _ContextLoudness:
    """The paragraph's loudness between pauses, as the edition's meter will hear it (its gating blocks straddle
    the edges), after any gain and limiting: K-weighted once; a measurement refilters only what limiting changed.
    """

    def __init__(self, samples: np.ndarray, sample_rate: int) -> None:
        self.samples, self.sample_rate = samples, sample_rate
        self.pad = round(CONTEXT_SECONDS * sample_rate)
        self.segment = segment_samples(sample_rate)
        silence = np.zeros(self.pad, np.float32)
        weighted = k_weighted(np.concatenate([silence, samples, silence]), sample_rate, np.float32)
        self.weighted = weighted[: len(weighted) // self.segment * self.segment].reshape(-1, self.segment)
        self.energies = np.einsum("ij,ij->i", self.weighted, self.weighted, dtype=np.float64)

    def lufs(self, scale: float, limited: np.ndarray | None = None) -> float:
        """Loudness of `samples × scale`, or of `limited`, which differs from that only here and there."""
        energies = self.energies * scale**2
        if limited is not None:
            difference = np.zeros(self.weighted.size, np.float32)
            n = min(len(limited), self.weighted.size - self.pad)
            scaled = difference[self.pad : self.pad + n]  # computed in place: a long paragraph makes no copies
            np.multiply(self.samples[:n], np.float32(scale), out=scaled)
            np.subtract(limited[:n], scaled, out=scaled)
            difference = difference.reshape(-1, self.segment)
            # The filters are linear: filter only the segments that differ, each followed by one where it rings
            # on (after 100 ms the ringing is under 1e-10); the silent stretches left out between them change
            # nothing but that residue.
            changed = np.flatnonzero(np.any(difference, axis=1))
            rows = np.union1d(changed, np.minimum(changed + 1, len(difference) - 1))
            if len(rows):
                change = k_weighted(difference[rows].reshape(-1), self.sample_rate).reshape(len(rows), -1)
                exact = change
                exact += self.weighted[rows] * scale
                energies[rows] = np.einsum("ij,ij->i", exact, exact)
        return gated_lufs(energies, self.segment)


class _Limiter:
    """Look-ahead gain reduction that keeps the 4x-oversampled peak of the samples, at any gain, under `ceiling`.

    The samples are oversampled once, wherever they could reach the ceiling at the gains asked for; after that,
    only what limiting changed is oversampled again.
    """

    def __init__(self, samples: np.ndarray, sample_rate: int, ceiling: float) -> None:
        self.samples, self.ceiling = samples, ceiling
        self.window = max(3, round(0.005 * sample_rate))
        self._floor = math.inf
        self._envelope = np.zeros(0, np.float32)

    def limit(self, scale: float) -> np.ndarray:
        """The samples × scale, limited."""
        # Handed straight over, so that `_limit_block` holds the only reference to each buffer and can let it go.
        scaled = self.samples * np.float32(scale)
        return _limit_block(scaled, self.window, self.ceiling, self._envelope_for(scale) * np.float32(scale))

    def _envelope_for(self, scale: float) -> np.ndarray:
        if self.ceiling / scale < self._floor:  # exact down to 6 dB under what this gain needs, for later rounds
            self._floor = self.ceiling / scale / 2
            self._envelope = peak_envelope(self.samples, self._floor)
        return self._envelope


def limit_true_peak(samples: np.ndarray, sample_rate: int, ceiling: float) -> np.ndarray:
    """Look-ahead gain reduction so that the 4x-oversampled peak stays at or under `ceiling`."""
    return _Limiter(np.asarray(samples, np.float32), sample_rate, ceiling).limit(1.0)


def _limit_block(samples: np.ndarray, window: int, ceiling: float, envelope: np.ndarray) -> np.ndarray:
    """Limit `samples` in place, whose envelope (exact wherever it passes the ceiling) is given and kept up to date.
    The gain is worked out only around the samples over the ceiling, as far as its widening and smoothing reach:
    elsewhere it is 1, and speech mostly stays under the ceiling."""
    for _ in range(4):
        over = np.flatnonzero(envelope > ceiling)
        if not len(over):
            break
        stretches = _around(over, 2 * window + 1, len(samples))
        for start, end in stretches:
            gain = np.maximum(envelope[start:end], np.float32(1e-12))
            np.divide(np.float32(ceiling), gain, out=gain)
            np.minimum(gain, np.float32(1.0), out=gain)  # the gain each sample needs
            # Widen every dip, then smooth it: the average of a window of minima never exceeds the dip it covers.
            gain = _moving_average(_running_minimum(gain, window), window)
            gain[gain < 1] *= 0.999
            samples[start:end] *= gain
        envelope = _refreshed(envelope, samples, stretches, ceiling)
    return samples


def _refreshed(envelope: np.ndarray, samples: np.ndarray, changed: list[tuple[int, int]], ceiling: float) -> np.ndarray:
    """The envelope of the limited samples, worked out again, in place, only around the stretches the gain changed:
    elsewhere the samples, and so their envelope, are as they were. Each stretch is taken with room either side for
    the envelope's blocks and taps to see its real neighbours, and only its middle is kept."""
    room = 2 * ENVELOPE_REACH
    for start, end in _joined(changed, _NEAR_STRETCHES):
        first, last = max(0, start - room), min(len(samples), end + room)
        part = peak_envelope(samples[first:last], ceiling)
        keep_first, keep_last = max(0, start - ENVELOPE_REACH), min(len(samples), end + ENVELOPE_REACH)
        envelope[keep_first:keep_last] = part[keep_first - first : keep_last - first]
    return envelope


def _joined(stretches: list[tuple[int, int]], gap: int) -> list[tuple[int, int]]:
    """The sorted stretches, those less than `gap` apart made one."""
    joined: list[tuple[int, int]] = []
    for start, end in stretches:
        if joined and start - joined[-1][1] < gap:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _around(positions: np.ndarray, reach: int, length: int) -> list[tuple[int, int]]:
    """The stretches within `reach` of the sorted `positions`, those that overlap joined, clipped to the signal."""
    breaks = np.flatnonzero(np.diff(positions) > 2 * reach) + 1
    firsts, lasts = positions[np.r_[0, breaks]], positions[np.r_[breaks - 1, len(positions) - 1]]
    return [(max(0, int(a) - reach), min(length, int(b) + reach + 1)) for a, b in zip(firsts, lasts, strict=True)]


def _running_minimum(values: np.ndarray, reach: int) -> np.ndarray:
    """Each value's minimum with the `reach` values either side (fewer at the ends), in a few passes whatever the reach:
    the padded signal is cut into blocks of the window's length, and every window is the end of one block and the
    start of the next (van Herk, Gil and Werman)."""
    size = 2 * reach + 1
    blocks = -(-(len(values) + 2 * reach) // size)
    padded = np.full(blocks * size, np.inf, values.dtype)
    padded[reach : reach + len(values)] = values
    rows = padded.reshape(blocks, size)
    to_end_of_block = np.minimum.accumulate(rows[:, ::-1], axis=1)[:, ::-1].reshape(-1)
    from_start_of_block = np.minimum.accumulate(rows, axis=1).reshape(-1)
    return np.minimum(to_end_of_block[: len(values)], from_start_of_block[size - 1 : size - 1 + len(values)])


def _moving_average(values: np.ndarray, size: int) -> np.ndarray:
    """The mean of `size` values around each (half of them before it), the signal mirrored at its ends."""
    before = size // 2
    padded = np.pad(values, (before, size - 1 - before), mode="symmetric")
    sums = np.concatenate([[0.0], np.cumsum(padded, dtype=np.float64)])
    return ((sums[size:] - sums[:-size]) / size).astype(values.dtype)
