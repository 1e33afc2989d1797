"""A recursive (IIR) filter applied to a stream, chunk by chunk, as `scipy.signal.lfilter` with its state would.

y[n] = b0·x[n] + … + bk·x[n-k] - a1·y[n-1] - … - ak·y[n-k]. The feed-forward part is a short convolution; the
recursion is the same equations read as a banded lower-triangular system with ones on its diagonal, solved by BLAS
(`tbsv`). scipy.linalg loads in a quarter of a second, scipy.signal (where lfilter and sosfilt live) in more than
one, and every build and `check` filters: the import was most of a short article's start-up.
"""

from __future__ import annotations

import numpy as np


class IirFilter:
    """The filter b/a (a[0] normalised to 1), starting from rest and keeping its history from one call to the next."""

    def __init__(self, b: np.ndarray | list[float], a: np.ndarray | list[float]) -> None:
        a = np.asarray(a, np.float64)
        self.order = max(len(a), len(b)) - 1
        self._b = np.zeros(self.order + 1)
        self._b[: len(b)] = np.asarray(b, np.float64) / a[0]
        self._a = np.zeros(self.order + 1)
        self._a[: len(a)] = a / a[0]
        self._inputs = np.zeros(self.order)  # the last `order` samples in and out, oldest first
        self._outputs = np.zeros(self.order)
        self._band = np.zeros((self.order + 1, 0), order="F")

    def __call__(self, samples: np.ndarray) -> np.ndarray:
        """The next samples, filtered (float64)."""
        from scipy.linalg.blas import dtbsv

        k, count = self.order, len(samples)
        if not count or not k:
            return np.asarray(samples, np.float64) * self._b[0]
        inputs = np.concatenate([self._inputs, np.asarray(samples, np.float64)])
        known = np.convolve(inputs, self._b, mode="valid")  # the feed-forward part, one value per sample
        for n in range(min(k, count)):  # the recursion's terms that reach back into the previous call
            known[n] -= self._a[n + 1 :] @ self._outputs[n:][::-1]
        filtered = dtbsv(k, self._band_of(count), known, lower=1, diag=1, overwrite_x=1)
        self._inputs = inputs[-k:]
        self._outputs = np.concatenate([self._outputs, filtered])[-k:] if count < k else filtered[-k:].copy()
        return filtered

    def _band_of(self, count: int) -> np.ndarray:
        """The recursion's coefficients as BLAS stores a lower band: row i holds a[i] for every column."""
        if self._band.shape[1] < count:
            self._band = np.asfortranarray(np.repeat(self._a[:, None], count, axis=1))
        return self._band[:, :count]
