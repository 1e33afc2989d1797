import os
import subprocess
import time
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest

from tts_edition.audio.encode import encode, ffmpeg, start_ffmpeg
from tts_edition.audio.loudness import (
    PRESETS,
    LoudnessMeter,
    integrated_lufs,
    oversampled,
    peak_envelope,
    true_peak,
)
from tts_edition.audio.master import (
    CODEC_HEADROOM_DB,
    MasteredParagraph,
    _limit_block,
    _moving_average,
    _running_minimum,
    join_sentences,
    limit_true_peak,
    master,
    speech_bounds,
)
from tts_edition.engines.base import Clip, WordTiming
from tts_edition.engines.registry import load_engine
from tts_edition.voice import load_voice

RATE = 22050


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    engine = load_engine(load_voice())
    return np.concatenate([engine.synthesize(t).samples for t in ["Қазақстан мен Ресей.", "Тарихтың өзі біздің."]])


def test_streaming_meter_agrees_with_pyloudnorm(speech: np.ndarray) -> None:
    # Ten seconds or more, varying in level: the two meters may differ only in how they end the last block.
    speech = np.concatenate([speech * gain for gain in (1.0, 0.3, 0.8, 0.05)])
    meter = LoudnessMeter(RATE)
    for start in range(0, len(speech), 3001):
        meter.feed(speech[start : start + 3001])
    assert abs(meter.integrated_lufs() - pyloudnorm.Meter(RATE).integrated_loudness(speech.astype(np.float64))) < 0.02
    assert abs(meter.true_peak_dbtp() - 20 * np.log10(true_peak(speech))) < 0.01


def test_limiter_holds_the_oversampled_peak_under_the_ceiling() -> None:
    t = np.arange(RATE) / RATE
    loud = (np.sin(2 * np.pi * 5000 * t + 0.3) * 1.6).astype(np.float32)  # inter-sample peaks above full scale
    limited = limit_true_peak(loud, RATE, 0.5)
    assert true_peak(limited) <= 0.5
    assert true_peak(limited) > 0.45  # limited, not silenced


def _limited_everywhere(samples: np.ndarray, window: int, ceiling: float, envelope: np.ndarray) -> np.ndarray:
    """The limiter as it was before it worked only around the loud places: the gain curve of the whole signal."""
    for _ in range(4):
        if envelope.max() <= ceiling:
            break
        gain = np.minimum(np.float32(ceiling) / np.maximum(envelope, np.float32(1e-12)), np.float32(1))
        gain = _moving_average(_running_minimum(gain, window), window)
        gain[gain < 1] *= 0.999
        samples = samples * gain
        envelope = peak_envelope(samples, ceiling)
    return samples


def test_limiting_around_the_loud_places_is_limiting_everything(speech: np.ndarray) -> None:
    """Bursts at both ends, two a few samples apart and lone ones, among quiet speech: the same samples as the
    whole signal's gain curve gives, and the quiet speech between them untouched."""
    quiet, burst = speech[:40000] * np.float32(0.1), speech[:3000] * np.float32(4)
    gap = np.zeros(60, np.float32)
    loud = np.concatenate([burst, quiet, burst, gap, burst, quiet, burst]).astype(np.float32)
    ceiling, window = 0.5, max(3, round(0.005 * RATE))
    envelope = peak_envelope(loud, ceiling)
    assert envelope.max() > 1.5 * ceiling
    expected = _limited_everywhere(loud.copy(), window, ceiling, envelope.copy())
    limited = _limit_block(loud.copy(), window, ceiling, envelope)
    np.testing.assert_allclose(limited, expected, rtol=0, atol=1e-7)
    assert true_peak(limited) <= ceiling
    middle = slice(len(burst) + 1000, len(burst) + len(quiet) - 1000)
    assert np.array_equal(limited[middle], loud[middle]) and np.any(limited[: len(burst)] != loud[: len(burst)])


def test_mastering_reaches_the_preset(speech: np.ndarray) -> None:
    for preset in PRESETS.values():
        paragraph = MasteredParagraph(speech * 0.05, RATE, [(0, len(speech))], [[]], [False])
        out = master(paragraph, preset).samples
        assert abs(integrated_lufs(out, RATE) - preset.target_lufs) < 0.5
        assert 20 * np.log10(true_peak(out)) <= preset.peak_dbtp - CODEC_HEADROOM_DB + 0.1


def test_join_trims_silence_and_shifts_words() -> None:
    tone = np.where(np.arange(RATE // 2) % 2, 0.3, -0.3).astype(np.float32)
    padded = np.concatenate([np.zeros(1000, np.float32), tone, np.zeros(3000, np.float32)])
    clip = Clip(padded, RATE, [WordTiming("сөз", 1000, 1000 + len(tone))])
    joined = join_sentences([clip, clip], sentence_pause=0.35)
    first, second = joined.sentence_spans
    assert second[0] - first[1] == round(0.35 * RATE)
    margin = round(0.01 * RATE)
    assert first == (0, len(tone) + 2 * margin)
    assert joined.words[1][0].start == second[0] + margin
    assert speech_bounds(np.zeros(100, np.float32), RATE) == (0, 0)


def test_espeak_words_are_timed_in_order() -> None:
    clip = load_engine(load_voice()).synthesize("Бір екі үш төрт бес.")
    assert [w.text for w in clip.words] == ["Бір", "екі", "үш", "төрт", "бес"]
    starts = [w.start for w in clip.words]
    assert starts == sorted(starts) and all(w.start < w.end <= len(clip.samples) for w in clip.words)


def test_the_peak_envelope_is_exact_wherever_it_could_pass_the_floor(speech: np.ndarray) -> None:
    exact = np.abs(oversampled(speech)).reshape(-1, 4).max(axis=1)  # every oversampled value, the slow way
    assert np.allclose(peak_envelope(speech), exact, atol=1e-6)
    floor = 0.7 * exact.max()
    pruned = peak_envelope(speech, floor)
    over = pruned > floor
    assert np.allclose(pruned[over], exact[over], atol=1e-6) and np.all(pruned >= exact - 1e-6)
    assert 0 < over.mean() < 0.2  # most samples were bounded, not interpolated


def test_ffmpeg_runs_each_of_its_threads_on_one_core_and_runs_side_by_side_on_different_ones(tmp_path: Path) -> None:
    if len(os.sched_getaffinity(0)) < 2 or not Path("/proc/self/task").is_dir():
        pytest.skip("needs two cores and /proc")
    encode(np.zeros(RATE * 30, np.float32), RATE, tmp_path / "silence.mp3")
    command = [ffmpeg(), "-v", "error", "-re", "-i", str(tmp_path / "silence.mp3"), "-f", "null", "-"]
    runs = [start_ffmpeg(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
    try:
        cores = []
        for run in runs:
            deadline = time.monotonic() + 20
            while len(threads := list(Path(f"/proc/{run.pid}/task").iterdir())) < 3 and time.monotonic() < deadline:
                time.sleep(0.05)  # ffmpeg starts its demuxer, decoder and muxer threads once the input is open
            allowed = {frozenset(os.sched_getaffinity(int(thread.name))) for thread in threads}
            assert len(threads) >= 3 and len(allowed) == 1 and len(next(iter(allowed))) == 1, allowed
            cores.append(next(iter(allowed)))
        assert cores[0] != cores[1]
    finally:
        for run in runs:
            run.kill()
            run.wait()
