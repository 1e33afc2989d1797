"""The VITS waveform decoder run a stretch of frames at a time: the same samples as one pass, in bounded memory."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from tts_edition.engines import vits_decoder

torch = pytest.importorskip("torch")
HOP = 256  # the MMS decoder's upsampling, 8 × 8 × 2 × 2


def small_mms_decoder() -> Any:
    """The MMS voice's HiFi-GAN layout (kernels, dilations, upsampling) with few channels, randomly initialised."""
    from TTS.vocoder.models.hifigan_generator import HifiganGenerator

    torch.manual_seed(0)
    return HifiganGenerator(
        8, 1, "1", [[1, 3, 5]] * 3, [3, 7, 11], [16, 16, 4, 4], 32, [8, 8, 2, 2],
        inference_padding=0, conv_pre_weight_norm=False, conv_post_weight_norm=False, conv_post_bias=False,
    ).eval()  # fmt: skip


def test_each_frame_reaches_no_further_than_the_bound() -> None:
    decoder = small_mms_decoder()
    reach = vits_decoder.receptive_frames(decoder)
    assert reach == 22
    frames = torch.randn(1, 8, 120)
    nudged = frames.clone()
    nudged[..., 60] += 1.0
    with torch.inference_mode():
        changed = np.flatnonzero((decoder(nudged) - decoder(frames)).abs().numpy().reshape(-1) > 0)
    assert changed.min() >= (60 - reach) * HOP and changed.max() < (61 + reach) * HOP
    assert changed.max() - changed.min() > 20 * HOP  # the bound is near the real reach, not far above it


def test_a_long_sentence_is_decoded_in_chunks_to_the_same_samples(monkeypatch: pytest.MonkeyPatch) -> None:
    from torch.nn.utils import parametrize

    model = torch.nn.Module()
    model.waveform_decoder = small_mms_decoder()
    one_pass = model.waveform_decoder.forward
    frames = torch.randn(1, 8, 230)
    with torch.inference_mode():
        whole = one_pass(frames)
    monkeypatch.setattr(vits_decoder, "CHUNK_FRAMES", 50)
    vits_decoder.prepare_for_inference(model)
    assert not any(parametrize.is_parametrized(module) for module in model.modules())  # folded into the weights
    with torch.inference_mode():
        chunked = model.waveform_decoder(frames)
        too_close = vits_decoder._chunked(one_pass, HOP, 3)(frames)
    assert chunked.shape == whole.shape == (1, 1, 230 * HOP)
    assert (chunked - whole).abs().max() < 1e-6
    assert (too_close - whole).abs().max() > 1e-3  # stitched without enough context, the seams would show
