"""A clip at another sample rate (soxr, very high quality): every voice of an edition is brought to its rate."""

from __future__ import annotations

import numpy as np

from tts_edition.engines.base import Clip, WordTiming


def resample(clip: Clip, rate: int) -> Clip:
    """`clip` at `rate`, its word times moved with it; the clip itself when it is at that rate already."""
    if clip.sample_rate == rate:
        return clip
    import soxr

    samples = soxr.resample(clip.samples, clip.sample_rate, rate, quality="VHQ").astype(np.float32, copy=False)
    scale = rate / clip.sample_rate
    words = [WordTiming(w.text, min(round(w.start * scale), len(samples)), min(round(w.end * scale), len(samples)))
             for w in clip.words]  # fmt: skip
    return Clip(samples, rate, words, clip.words_estimated)
