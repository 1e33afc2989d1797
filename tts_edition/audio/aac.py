"""The M4B's AAC, spliced from stretches that ffmpeg encodes one by one, each cached by its samples (`splice`).

AAC codes 1024 samples a frame through an MDCT whose windows overlap by half, so each frame's samples come out of it
and the frame before it together. Encoded alone, a stretch of whole frames decodes to 1024 samples more, its priming:
the first frame, which has no frame before it. Each stretch but the last is encoded without its last 1024 samples
(silence), and the next stretch's first frame gives them back: the frames on both sides of a junction code silence,
so the halves that overlap there are silent in both encodes and the junction decodes to silence, as it should. A
stretch starts two frames before its paragraph, so that the encoder meets the paragraph's first sound after silence,
as one long encode does, and switches to short windows ahead of an onset. Paragraphs start on the 1024-sample grid.

The stream is written as ADTS; `tags.write_m4b` puts it into the M4B with an edit list that hides the priming and the
last frame's padding.
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

from tts_edition.audio.encode import PipeEncoder, encode_bytes, ffmpeg_encoder
from tts_edition.audio.splice import StretchCodec, Stretches
from tts_edition.recipe import Recipe

CACHE_LAYOUT = "aac-v1"  # the folder of encoded stretches in the synthesis cache
FRAME = 1024  # samples an AAC-LC frame holds
PREROLL = 2 * FRAME  # a stretch starts this much before its paragraph


def frame_offsets(data: bytes) -> list[int]:
    """Where each frame of an ADTS stream starts; ValueError unless the stream is whole frames."""
    offsets, position = [], 0
    while position < len(data):
        header = data[position : position + 7]
        if len(header) < 7 or header[0] != 0xFF or header[1] & 0xF6 != 0xF0:
            raise ValueError(f"not an ADTS frame at byte {position}")
        offsets.append(position)
        position += (header[3] & 3) << 11 | header[4] << 3 | header[5] >> 5
    if position != len(data):
        raise ValueError("ADTS data does not end on a frame boundary")
    return offsets


@functools.cache
def priming(sample_rate: int) -> int:
    """How many samples a stretch of whole frames grows by when encoded alone: the encoder's priming."""
    return len(frame_offsets(encode_bytes(np.zeros(FRAME, np.float32), sample_rate, "adts"))) * FRAME - FRAME


class SplicedAacWriter:
    """Feed the edition's samples and call `cut()` where each paragraph starts; the ADTS stream is spliced as it goes.

    Paragraphs must start on the `frame` grid, after at least `gap` samples of silence, to start stretches. It takes
    float samples, not 16-bit levels (`pcm16`).
    """

    frame = FRAME
    pcm16 = False

    def __init__(self, path: Path, sample_rate: int, recipe: Recipe, cache_dir: Path | None) -> None:
        self.path, self.sample_rate = path, sample_rate
        self.gap = priming(sample_rate) + PREROLL
        codec = StretchCodec(
            CACHE_LAYOUT, ".aac", (ffmpeg_encoder("adts"),), "<f4", FRAME, priming(sample_rate), PREROLL,
            functools.partial(encode_bytes, sample_rate=sample_rate, codec="adts"),
            functools.partial(PipeEncoder, sample_rate, "adts"),
        )  # fmt: skip
        self.stretches = Stretches(codec, recipe, cache_dir, self._append)
        self._file = path.open("wb")

    def write(self, samples: np.ndarray) -> None:
        self.stretches.write(np.asarray(samples, "<f4"))

    def cut(self) -> None:
        self.stretches.cut()

    def close(self) -> None:
        self.stretches.close()
        self._file.close()

    def abort(self) -> None:
        self.stretches.abort()
        self._file.close()

    def _append(self, data: bytes) -> None:
        frame_offsets(data)  # whole frames, or the encoder or the cache gave something else
        self._file.write(data)
