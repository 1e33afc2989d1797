"""A recursive (IIR) filter applied to a stream, chunk by chunk, as `scipy.signal.lfilter` with its state would.

y[n] = b0·x[n] + … + bk·x[n-k] - a1·y[n-1] - … - ak·y[n-k]. The feed-forward part is a short convolution; the
recursion is the same equations read as a banded lower-triangular system with ones on its diagonal, solved by BLAS
(`tbsv`). Every build and `check` filters, and scipy.linalg takes a tenth of a second or more to import (scipy.signal,
where lfilter and sosfilt live, more than one): the solver is the OpenBLAS numpy's wheel carries, loaded already,
called through ctypes, and scipy's wrapper of the same routine only where numpy has no OpenBLAS of its own.
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable
from pathlib import Path

import numpy as np

# CBLAS's enumerations: column-major storage, a lower band, not transposed, ones on the diagonal
_COLUMN_MAJOR, _LOWER, _NOT_TRANSPOSED, _UNIT_DIAGONAL = 102, 122, 111, 132
_NUMPY_OPENBLAS = "libscipy_openblas64_*.so"  # numpy's wheels for Linux (64-bit integers: the *64_ symbols)
BandSolver = Callable[[int, np.ndarray, np.ndarray], np.ndarray]


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
        k, count = self.order, len(samples)
        if not count or not k:
            return np.asarray(samples, np.float64) * self._b[0]
        inputs = np.concatenate([self._inputs, np.asarray(samples, np.float64)])
        known = np.convolve(inputs, self._b, mode="valid")  # the feed-forward part, one value per sample
        for n in range(min(k, count)):  # the recursion's terms that reach back into the previous call
            known[n] -= self._a[n + 1 :] @ self._outputs[n:][::-1]
        filtered = band_solver()(k, self._band_of(count), known)
        self._inputs = inputs[-k:]
        self._outputs = np.concatenate([self._outputs, filtered])[-k:] if count < k else filtered[-k:].copy()
        return filtered

    def _band_of(self, count: int) -> np.ndarray:
        """The recursion's coefficients as BLAS stores a lower band: row i holds a[i] for every column."""
        if self._band.shape[1] < count:
            self._band = np.asfortranarray(np.repeat(self._a[:, None], count, axis=1))
        return self._band[:, :count]


@functools.cache
def band_solver() -> BandSolver:
    """x solved in place from a unit lower band (k below the diagonal, BLAS's band storage) and the right side."""
    found = sorted((Path(np.__file__).parent.parent / "numpy.libs").glob(_NUMPY_OPENBLAS))
    return _openblas_solver(found[0]) if found else _scipy_solver()


def _openblas_solver(library: Path) -> BandSolver:
    solve = ctypes.CDLL(str(library)).scipy_cblas_dtbsv64_
    size, enum, pointer = ctypes.c_int64, ctypes.c_int, ctypes.c_void_p
    solve.argtypes = [enum, enum, enum, enum, size, size, pointer, size, pointer, size]
    solve.restype = None

    def solved(k: int, band: np.ndarray, x: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(x, np.float64)
        band = np.asfortranarray(band, np.float64)
        solve(_COLUMN_MAJOR, _LOWER, _NOT_TRANSPOSED, _UNIT_DIAGONAL, len(x), k, band.ctypes.data, k + 1,
              x.ctypes.data, 1)  # fmt: skip
        return x

    return solved


def _scipy_solver() -> BandSolver:
    from scipy.linalg.blas import dtbsv

    return lambda k, band, x: dtbsv(k, band, x, lower=1, diag=1, overwrite_x=1)
