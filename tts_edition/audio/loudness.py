"""Loudness (ITU-R BS.1770-4) and true peak, measured as audio streams past: memory stays flat."""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from tts_edition.audio.iir import IirFilter
from tts_edition.errors import EditionError

OVERSAMPLE = 4  # BS.1770 true peak: at least 4x oversampling below 96 kHz
# A 48-tap polyphase interpolator (12 taps a phase), the size BS.1770-4 Annex 2 describes.
# A windowed-sinc low-pass at the original Nyquist (as scipy.signal.firwin designs it), gain 4 for the zeros stuffed.
_TAPS = 48
_LOW_PASS = np.sinc((np.arange(_TAPS) - (_TAPS - 1) / 2) / OVERSAMPLE) * np.kaiser(_TAPS, 6.0)
_INTERPOLATOR = (_LOW_PASS / _LOW_PASS.sum() * OVERSAMPLE).astype(np.float32)
_DELAY = len(_INTERPOLATOR) // 2
_SPAN = len(_INTERPOLATOR) // OVERSAMPLE  # input samples that make each oversampled value
_BEFORE = _SPAN // 2 - 1  # of those, how many come before the sample (5) and after it (6)
# Row p: the taps giving the p-th oversampled value after sample n from samples n-5 … n+6 (the same as `oversampled`).
_PHASES = np.array(
    [[_INTERPOLATOR[_DELAY + OVERSAMPLE * (_BEFORE - q) + p] for q in range(_SPAN)] for p in range(OVERSAMPLE)]
)
_PEAK_BOUND = float(np.abs(_PHASES).sum(axis=1).max())  # no oversampled value exceeds this × the nearby samples
_BATCH = 1 << 14  # blocks worked out at a time
_BLOCK = 16  # samples per block when bounding the envelope; more than the interpolator reaches either side
# How far a change to the samples can move their envelope: a block and its neighbours make each bound.
ENVELOPE_REACH = 2 * _BLOCK
_SEGMENT_SECONDS = 0.1  # gating blocks are 400 ms with 75 % overlap: 4 segments of 100 ms
_CONTEXT = 32  # samples kept either side of a chunk so the interpolation filter sees real neighbours
_FEED_CHUNK = 1 << 16  # samples the meter filters at a time


@dataclass(frozen=True)
class LoudnessPreset:
    name: str
    target_lufs: float
    peak_dbtp: float


PRESETS = {
    "audiobook": LoudnessPreset("audiobook", -19.0, -3.0),
    "podcast": LoudnessPreset("podcast", -16.0, -1.0),
    "ebu-r128": LoudnessPreset("ebu-r128", -23.0, -1.0),
}


def loudness_preset(value: str | float) -> LoudnessPreset:
    """A preset name or a number in LUFS (with the audiobook peak limit)."""
    if isinstance(value, str) and value in PRESETS:
        return PRESETS[value]
    try:
        lufs = float(value)
    except ValueError:
        raise EditionError(f"loudness '{value}': use {', '.join(PRESETS)} or a number in LUFS") from None
    if not -40.0 <= lufs <= -5.0:
        raise EditionError(f"loudness {lufs} LUFS is outside the usable range -40..-5")
    return LoudnessPreset(f"{lufs:g} LUFS", lufs, PRESETS["audiobook"].peak_dbtp)


def k_weighting(sample_rate: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """The two BS.1770 pre-filters (a +4 dB high shelf at 1.5 kHz, a 38 Hz high pass) for any sample rate."""
    shelf_w0 = 2 * math.pi * 1500.0 / sample_rate
    gain = 10 ** (4.0 / 40)
    alpha = math.sin(shelf_w0) / (2 * (1 / math.sqrt(2)))
    cos, root = math.cos(shelf_w0), math.sqrt(gain)
    shelf_b = [
        gain * ((gain + 1) + (gain - 1) * cos + 2 * root * alpha),
        -2 * gain * ((gain - 1) + (gain + 1) * cos),
        gain * ((gain + 1) + (gain - 1) * cos - 2 * root * alpha),
    ]
    shelf_a = [
        (gain + 1) - (gain - 1) * cos + 2 * root * alpha,
        2 * ((gain - 1) - (gain + 1) * cos),
        (gain + 1) - (gain - 1) * cos - 2 * root * alpha,
    ]
    pass_w0 = 2 * math.pi * 38.0 / sample_rate
    pass_alpha = math.sin(pass_w0) / (2 * 0.5)
    pass_cos = math.cos(pass_w0)
    pass_b = [(1 + pass_cos) / 2, -(1 + pass_cos), (1 + pass_cos) / 2]
    pass_a = [1 + pass_alpha, -2 * pass_cos, 1 - pass_alpha]
    return [_normalised(shelf_b, shelf_a), _normalised(pass_b, pass_a)]


def _normalised(b: list[float], a: list[float]) -> tuple[np.ndarray, np.ndarray]:
    return np.array(b) / a[0], np.array(a) / a[0]


def k_weighting_filter(sample_rate: int) -> IirFilter:
    """Both BS.1770 pre-filters as one, starting from rest and keeping their state from one call to the next."""
    (shelf_b, shelf_a), (pass_b, pass_a) = k_weighting(sample_rate)
    return IirFilter(np.convolve(shelf_b, pass_b), np.convolve(shelf_a, pass_a))


def k_weighted(samples: np.ndarray, sample_rate: int, dtype: type = np.float64) -> np.ndarray:
    """The signal through both BS.1770 pre-filters, starting from rest: filtered in float64 a chunk at a time (so
    a long paragraph needs no float64 copy of itself), stored as `dtype`."""
    weigh = k_weighting_filter(sample_rate)
    weighted = np.empty(len(samples), dtype)
    for start in range(0, len(samples), _FEED_CHUNK):
        weighted[start : start + _FEED_CHUNK] = weigh(samples[start : start + _FEED_CHUNK])
    return weighted


def segment_samples(sample_rate: int) -> int:
    """The length of the 100 ms segments whose energies make up gating blocks."""
    return round(sample_rate * _SEGMENT_SECONDS)


def gated_lufs(energies: np.ndarray, segment: int) -> float:
    """Gated integrated loudness from the K-weighted energies of consecutive `segment`-sample segments; -inf for
    silence or fewer than four segments (one 400 ms block)."""
    if len(energies) < 4:
        return float("-inf")
    blocks = (energies[:-3] + energies[1:-2] + energies[2:-1] + energies[3:]) / (4 * segment)
    with np.errstate(divide="ignore"):
        levels = -0.691 + 10 * np.log10(blocks)
    gated = blocks[levels > -70.0]
    if not len(gated):
        return float("-inf")
    relative = -0.691 + 10 * math.log10(gated.mean()) - 10.0
    final = blocks[(levels > -70.0) & (levels > relative)]
    return -0.691 + 10 * math.log10(final.mean())


class LoudnessMeter:
    """Integrated loudness and true peak of a mono signal fed in chunks."""

    def __init__(self, sample_rate: int, true_peak: bool = True) -> None:
        self.sample_rate = sample_rate
        self._measure_peak = true_peak
        self._weigh = k_weighting_filter(sample_rate)
        self._segment = segment_samples(sample_rate)
        self._pending = np.zeros(0)
        self._energies = array("d")  # per 100 ms segment: 8 bytes each, 2.9 MB for a 10-hour book
        self._tail = np.zeros(2 * _CONTEXT, np.float32)
        self._peak = 0.0

    def feed(self, samples: np.ndarray) -> None:
        for start in range(0, len(samples), _FEED_CHUNK):  # a long paragraph's float64 copies stay small
            self._feed(samples[start : start + _FEED_CHUNK])

    def _feed(self, samples: np.ndarray) -> None:
        weighted = self._weigh(samples)
        self._pending = np.concatenate([self._pending, weighted**2])
        whole = len(self._pending) // self._segment * self._segment
        if whole:
            self._energies.frombytes(self._pending[:whole].reshape(-1, self._segment).sum(axis=1).tobytes())
            self._pending = self._pending[whole:]
        if self._measure_peak:
            self._peak_of(np.asarray(samples, np.float32))

    def _peak_of(self, samples: np.ndarray) -> None:
        window = np.concatenate([self._tail, samples])
        if len(window) > 2 * _CONTEXT:
            middle = peak_envelope(window, self._peak)[_CONTEXT : len(window) - _CONTEXT]
            self._peak = max(self._peak, float(np.max(middle)))
        self._tail = window[-2 * _CONTEXT :]

    def integrated_lufs(self) -> float:
        """Gated integrated loudness; -inf for silence or audio shorter than one 400 ms block."""
        return gated_lufs(np.frombuffer(self._energies, np.float64), self._segment)

    def true_peak_dbtp(self) -> float:
        self._peak_of(np.zeros(2 * _CONTEXT, np.float32))
        return 20 * math.log10(self._peak) if self._peak > 0 else float("-inf")


def oversampled(samples: np.ndarray) -> np.ndarray:
    """The signal interpolated 4x, aligned so that index 4n is sample n."""
    from scipy.signal import upfirdn

    up = upfirdn(_INTERPOLATOR, np.asarray(samples, np.float32), OVERSAMPLE)
    return up[_DELAY : _DELAY + OVERSAMPLE * len(samples)]


def peak_envelope(samples: np.ndarray, floor: float = 0.0) -> np.ndarray:
    """Per sample, the largest magnitude among its 4 oversampled values (BS.1770 true peak).

    Worked out only where it could exceed `floor`; elsewhere a bound at or under `floor` stands in (the nearby
    samples' largest magnitude times the interpolator's gain bound). A limiter needs no more, and speech mostly
    stays well under its ceiling, so this is faster than oversampling everything.
    """
    signal = np.asarray(samples, np.float32)
    blocks = -(-len(signal) // _BLOCK)
    loudest = np.zeros(blocks * _BLOCK, np.float32)
    np.abs(signal, out=loudest[: len(signal)])
    loudest = loudest.reshape(blocks, _BLOCK).max(axis=1)
    near = np.maximum(loudest, np.maximum(np.r_[0, loudest[:-1]], np.r_[loudest[1:], 0]))  # a block and its neighbours
    bound = near * np.float32(_PEAK_BOUND)
    envelope = np.repeat(bound, _BLOCK).reshape(blocks, _BLOCK)
    chosen = np.flatnonzero(bound > floor)
    if len(chosen):
        padded = np.zeros(_BEFORE + blocks * _BLOCK + _SPAN, np.float32)
        padded[_BEFORE : _BEFORE + len(signal)] = signal
        windows = sliding_window_view(padded, _BLOCK + _SPAN - 1)[::_BLOCK]  # a block and what its taps reach
        for start in range(0, len(chosen), _BATCH):
            some = chosen[start : start + _BATCH]
            envelope[some] = _block_peaks(windows[some])
    return envelope.reshape(-1)[: len(signal)]


def _block_peaks(windows: np.ndarray) -> np.ndarray:
    """The envelope of whole blocks, from each block's window: 4 phases, each the sum of 12 shifted taps."""
    peaks = np.zeros((len(windows), _BLOCK), np.float32)
    for phase in _PHASES:
        value = np.zeros_like(peaks)
        for q, tap in enumerate(phase):
            value += tap * windows[:, q : q + _BLOCK]
        np.maximum(peaks, np.abs(value), out=peaks)
    return peaks


def true_peak(samples: np.ndarray) -> float:
    """Linear true peak (4x oversampled) of a whole signal."""
    if not len(samples):
        return 0.0
    return float(np.max(np.abs(oversampled(samples))))


def integrated_lufs(samples: np.ndarray, sample_rate: int) -> float:
    meter = LoudnessMeter(sample_rate)
    meter.feed(samples)
    return meter.integrated_lufs()
