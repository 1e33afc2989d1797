"""Room tone: a steady, low pink noise laid under a whole delivery file, so its pauses are not digital silence.

Seeded from what the file holds, so the same edition gives the same bytes; generated a block at a time, so a long
file costs no memory.
"""

from __future__ import annotations

import hashlib
import math

import numpy as np

from tts_edition.audio.iir import IirFilter

# Paul Kellet's economy pink filter (-3 dB per octave within 0.5 dB from 20 Hz up, at 44.1 kHz).
_B = np.array([0.049922035, -0.095993537, 0.050612699, -0.004408786])
_A = np.array([1.0, -2.494956002, 2.017265875, -0.522189400])


def _power_gain() -> float:
    """The filter's output power for white noise of power 1: the energy of its impulse response."""
    impulse = np.zeros(1 << 16)
    impulse[0] = 1.0
    return float(np.sum(IirFilter(_B, _A)(impulse) ** 2))


_SCALE_FOR_UNIT_RMS = 1 / math.sqrt(_power_gain())
_SETTLE = 1 << 16  # samples run through the filter first, so the noise starts at its steady level


def seed_of(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("\n".join(parts).encode()).digest()[:8], "big")


class RoomTone:
    """Successive blocks of pink noise at `level_dbfs` RMS."""

    def __init__(self, seed: int, level_dbfs: float) -> None:
        self._random = np.random.Generator(np.random.PCG64(seed))
        self._gain = _SCALE_FOR_UNIT_RMS * 10 ** (level_dbfs / 20)
        self._pink = IirFilter(_B, _A)
        self.next(_SETTLE)

    def next(self, count: int) -> np.ndarray:
        return (self._pink(self._random.standard_normal(count)) * self._gain).astype(np.float32)
