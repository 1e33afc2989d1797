from pathlib import Path

import numpy as np
import pytest
from scipy.ndimage import minimum_filter1d, uniform_filter1d
from scipy.signal import lfilter

from tests.conftest import run_cli_with
from tts_edition.audio import iir
from tts_edition.audio.iir import IirFilter
from tts_edition.audio.loudness import k_weighting
from tts_edition.audio.master import _moving_average, _running_minimum
from tts_edition.package.roomtone import _A as PINK_A
from tts_edition.package.roomtone import _B as PINK_B

CHUNKS = [0, 1, 2, 3, 1, 5, 64, 0, 1000, 7, 65536, 4, 30000]


def _k_weighting_as_one(rate: int) -> tuple[np.ndarray, np.ndarray]:
    (shelf_b, shelf_a), (pass_b, pass_a) = k_weighting(rate)
    return np.convolve(shelf_b, pass_b), np.convolve(shelf_a, pass_a)


@pytest.mark.parametrize("rate", [16000, 22050, 44100, 48000])
def test_a_filter_fed_in_chunks_of_any_size_gives_what_scipy_gives_in_one_call(rate: int) -> None:
    signal = np.random.default_rng(rate).standard_normal(sum(CHUNKS)).astype(np.float32) * 0.3
    b, a = _k_weighting_as_one(rate)
    weigh, pieces, start = IirFilter(b, a), [], 0
    for size in CHUNKS:
        pieces.append(weigh(signal[start : start + size]))
        start += size
    ours, reference = np.concatenate(pieces), lfilter(b, a, signal.astype(np.float64))
    assert np.max(np.abs(ours - reference)) < 1e-9 * np.max(np.abs(reference))


def test_the_pink_filter_rings_as_scipy_says() -> None:
    impulse = np.zeros(5000)
    impulse[0] = 1.0
    reference = lfilter(PINK_B, PINK_A, impulse)
    assert np.allclose(IirFilter(PINK_B, PINK_A)(impulse), reference, rtol=0, atol=1e-12 * np.abs(reference).max())


@pytest.mark.parametrize("length", [1, 7, 110, 111, 333, 20000])
@pytest.mark.parametrize("reach", [3, 55, 110, 111])
def test_the_limiters_window_filters_give_scipy_ndimages_values_exactly(length: int, reach: int) -> None:
    rng = np.random.default_rng(length * reach)
    gain = np.where(rng.random(length) < 0.7, 1.0, rng.uniform(0.1, 1.0, length)).astype(np.float32)
    assert np.array_equal(_running_minimum(gain, reach), minimum_filter1d(gain, 2 * reach + 1))
    assert np.array_equal(_moving_average(gain, reach), uniform_filter1d(gain, reach))


def test_building_and_checking_an_edition_never_loads_scipy_signal(book_build: Path, tmp_path: Path) -> None:
    """scipy.signal takes over a second of CPU to import, scipy.ndimage a third: more than the rest of a short
    article's start-up. (This article's peaks are limited: the limiter runs.)"""
    loaded = "{'scipy.signal', 'scipy.ndimage'} & set(sys.modules)"
    report = f"import atexit; atexit.register(lambda: print(bool({loaded}), file=sys.stderr))"
    text = tmp_path / "article.txt"
    text.write_text("Бүгін 2025 жылғы 3 желтоқсан. Ауа райы жылы болады.\n", encoding="utf-8")
    built = run_cli_with(report, "build", str(text), "--out", str(tmp_path / "out"), "--cache-dir", "none")
    assert built.returncode == 0 and built.stderr.splitlines()[-1] == "False", built.stderr
    checked = run_cli_with(report, "check", str(book_build))
    assert checked.returncode == 0 and checked.stderr.splitlines()[-1] == "False", checked.stdout + checked.stderr


def test_numpys_openblas_solves_the_band_to_the_bits_scipys_wrapper_gives() -> None:
    """The filter calls the OpenBLAS numpy's wheel carries (no scipy import in a build or a check); where numpy has
    none it falls back to scipy's dtbsv. Both give the same bits, so an edition's bytes do not depend on which."""
    assert iir.band_solver().__qualname__.startswith("_openblas_solver")  # numpy's wheel, as make test installs
    rng = np.random.default_rng(7)
    for k, count in [(1, 9), (2, 100_000), (4, 1_000_003)]:
        a = np.concatenate([[1.0], rng.uniform(-0.45, 0.45, k)])
        band = np.asfortranarray(np.repeat(a[:, None], count, axis=1))
        right = rng.standard_normal(count)
        ours = iir.band_solver()(k, band, right.copy())
        assert np.array_equal(ours, iir._scipy_solver()(k, band, right.copy()))
