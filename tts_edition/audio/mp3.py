"""The edition's MP3, spliced from stretches that LAME encodes one by one, each cached by its samples (`splice`).

A stretch is a paragraph with the pause after it. Encoded alone, `n` samples (a whole number of frames) decode
to `n + junction` samples (1152 with LAME): the encoder's priming and padding, silence. The frames are joined as
they are, and one Info/LAME frame in front gives players the frame count, a seek table, and the encoder delay and
padding of the whole, so the file decodes to exactly the edition's samples.

A paragraph's clip is cut from the same frames: those of its stretch from the first (encoded alone, it uses no bit
reservoir from before) up to the frame that completes the paragraph's last sample, behind an Info/LAME frame of its
own whose delay and padding make it decode to exactly the paragraph. No second encode; the bytes are the edition's.
"""

from __future__ import annotations

import functools
import mmap
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from tts_edition.audio.splice import StretchCodec, Stretches
from tts_edition.errors import EditionError
from tts_edition.recipe import Recipe

CACHE_LAYOUT = "mp3-v1"  # the folder of encoded stretches in the synthesis cache
ENCODER_DELAY = 576  # LAME's, as its header records it; decoders add their own 529
DECODER_DELAY = 529  # the synthesis filterbank's: a sample comes out of the frames this much after its place
QUALITY = 3  # LAME's default algorithm quality
_LSF_BITRATES = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
_MPEG1_BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
_SAMPLE_RATES = {3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000]}
_MPEG25_MAX_KBPS = 64  # LAME's own table for MPEG-2.5 (8 to 12 kHz) stops here


def frame_samples(sample_rate: int) -> int:
    return 1152 if sample_rate >= 32000 else 576


def bitrates(sample_rate: int) -> list[int]:
    """The bitrates (kbit/s) LAME writes an MP3 at `sample_rate` with: MPEG-1, MPEG-2 and MPEG-2.5 differ."""
    if sample_rate in _SAMPLE_RATES[3]:
        return _MPEG1_BITRATES[1:]
    if sample_rate in _SAMPLE_RATES[2]:
        return _LSF_BITRATES[1:]
    if sample_rate in _SAMPLE_RATES[0]:
        return [kbps for kbps in _LSF_BITRATES[1:] if kbps <= _MPEG25_MAX_KBPS]
    rates = sorted(rate for rates in _SAMPLE_RATES.values() for rate in rates)
    raise EditionError(f"an MP3 cannot be {sample_rate} Hz (it can be {', '.join(map(str, rates))} Hz)")


def check_bitrate(kbps: int, sample_rate: int) -> None:
    """Refuse a bitrate that an MP3 at `sample_rate` cannot carry: LAME would quietly write another one."""
    allowed = bitrates(sample_rate)
    if kbps not in allowed:
        steps = f" in steps of {', '.join(map(str, allowed))}" if allowed[0] < kbps < allowed[-1] else ""
        raise EditionError(
            f"bitrate = {kbps}: an MP3 at {sample_rate} Hz carries {allowed[0]} to {allowed[-1]} kbit/s{steps}"
        )


def kbps(bitrate: str) -> int:
    """'64k', '64' or '64000' → 64."""
    value = int(str(bitrate).lower().removesuffix("k"))
    return value // 1000 if value >= 1000 else value


def lame_encoder(sample_rate: int, bitrate_kbps: int) -> Any:
    """LAME through lameenc, in this process: it lets other threads run while it works. It writes exactly this
    bitrate and rate (left to itself, LAME resamples for a low bitrate: 22.05 kHz at 24 kbit/s became 16 kHz)."""
    import lameenc

    check_bitrate(bitrate_kbps, sample_rate)
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate_kbps)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_out_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(QUALITY)
    return encoder


def encode_pcm(pcm: np.ndarray, sample_rate: int, bitrate_kbps: int) -> bytes:
    encoder = lame_encoder(sample_rate, bitrate_kbps)
    return bytes(encoder.encode(pcm.tobytes()) + encoder.flush())


@functools.cache
def junction(sample_rate: int, bitrate_kbps: int) -> int:
    """How many samples a stretch of whole frames grows by when encoded alone (priming plus padding)."""
    frame = frame_samples(sample_rate)
    frames = len(frame_offsets(encode_pcm(np.zeros(frame, "<i2"), sample_rate, bitrate_kbps)))
    return frames * frame - frame


def to_pcm16(samples: np.ndarray) -> np.ndarray:
    """Float samples rounded to 16-bit levels; 16-bit ones as they are."""
    if samples.dtype == np.int16:
        return samples
    return np.round(np.clip(samples, -1.0, 32767 / 32768) * 32768).astype("<i2")


def frame_offsets(data: bytes) -> list[int]:
    """Where each MPEG layer III frame starts; ValueError unless the data is whole frames."""
    offsets, position = [], 0
    while position + 4 <= len(data):
        offsets.append(position)
        position += frame_length(data[position : position + 4])
    if position != len(data):
        raise ValueError("MP3 data does not end on a frame boundary")
    return offsets


def audio_frames(data: bytes | mmap.mmap) -> Iterator[int]:
    """Where each audio frame of an MP3 file starts: after its ID3v2 tag and its Info frame, up to any other tag."""
    position, first = id3v2_size(data), True
    while position + 4 <= len(data):
        try:
            length = frame_length(data[position : position + 4])
        except ValueError:
            return
        if not (first and b"Info" in data[position : position + length]):
            yield position
        position, first = position + length, False


def id3v2_size(data: bytes | mmap.mmap) -> int:
    """The length of the ID3v2 tag at the start of `data` (its first 10 bytes suffice), 0 when it has none."""
    if data[:3] != b"ID3":
        return 0
    synchsafe = sum((byte & 0x7F) << (7 * (3 - n)) for n, byte in enumerate(data[6:10]))
    return 10 + synchsafe + (10 if data[5] & 0x10 else 0)


@dataclass(frozen=True)
class FrameHeader:
    mpeg: str  # "1", "2" or "2.5"
    bitrate_kbps: int
    sample_rate: int
    mode: str  # "stereo", "joint stereo", "dual channel" or "mono"


def frame_header(header: bytes) -> FrameHeader:
    """What a layer III frame's four header bytes say (ValueError if they are not one)."""
    frame_length(header)
    word = int.from_bytes(header, "big")
    version, rate_index, bitrate_index = (word >> 19) & 3, (word >> 10) & 3, (word >> 12) & 15
    bitrate = (_MPEG1_BITRATES if version == 3 else _LSF_BITRATES)[bitrate_index]
    mode = ("stereo", "joint stereo", "dual channel", "mono")[(word >> 6) & 3]
    return FrameHeader({3: "1", 2: "2", 0: "2.5"}[version], bitrate, _SAMPLE_RATES[version][rate_index], mode)


def frame_length(header: bytes) -> int:
    word = int.from_bytes(header, "big")
    version, rate_index, bitrate_index = (word >> 19) & 3, (word >> 10) & 3, (word >> 12) & 15
    if word >> 21 != 0x7FF or (word >> 17) & 3 != 1 or version == 1 or rate_index == 3 or bitrate_index in (0, 15):
        raise ValueError(f"not an MPEG layer III frame header: {header.hex()}")
    bitrate = (_MPEG1_BITRATES if version == 3 else _LSF_BITRATES)[bitrate_index] * 1000
    per_frame = 144 if version == 3 else 72
    return per_frame * bitrate // _SAMPLE_RATES[version][rate_index] + ((word >> 9) & 1)


@dataclass
class _Clip:
    """A paragraph's clip: `count` of the edition's frames from frame `first`, gathered as they are spliced."""

    path: Path
    samples: int
    first: int
    count: int
    data: bytearray
    taken: int = 0

    def take(self, data: bytes, offsets: list[int], first: int) -> None:
        """Keep what the clip needs of `data`, whose frames start at `offsets` and are the edition's from `first`."""
        low = max(self.first + self.taken, first) - first
        high = min(self.first + self.count, first + len(offsets)) - first
        if low < high:
            self.data += data[offsets[low] : offsets[high] if high < len(offsets) else len(data)]
            self.taken += high - low


class SplicedMp3Writer:
    """Feed the edition's samples and call `cut()` where each paragraph starts; the MP3 is spliced as it goes.

    Counts of stretches `encoded` and `reused` from the cache, and of `clips` cut, are kept for the build report. It
    takes float samples or their 16-bit levels (`pcm16`, as `to_pcm16` makes them).
    """

    pcm16 = True

    def __init__(self, path: Path, sample_rate: int, recipe: Recipe, cache_dir: Path | None) -> None:
        self.path = path
        self.sample_rate, self.bitrate = sample_rate, recipe.bitrate_kbps
        self.frame = frame_samples(sample_rate)
        self.gap = junction(sample_rate, self.bitrate)  # the silence a paragraph needs before it to start a stretch
        encoder = f"lameenc {metadata.version('lameenc')} q{QUALITY} {sample_rate} Hz, not resampled"
        codec = StretchCodec(
            CACHE_LAYOUT, ".mp3", (encoder, str(self.bitrate)), "<i2", self.frame, self.gap, 0,
            functools.partial(encode_pcm, sample_rate=sample_rate, bitrate_kbps=self.bitrate),
            functools.partial(lame_encoder, sample_rate, self.bitrate),
        )  # fmt: skip
        self.stretches = Stretches(codec, recipe, cache_dir, self._append)
        self.clips = 0
        self._header = _info_header(encode_pcm(np.zeros(1, "<i2"), sample_rate, self.bitrate)[:4])
        self._samples = self._frames = 0  # in the edition so far
        self._open: list[_Clip] = []  # clips waiting for their frames
        self._file = path.open("wb")
        self._file.write(bytes(frame_length(self._header)))  # the Info frame goes here at the end

    def write(self, samples: np.ndarray) -> None:
        pcm = to_pcm16(samples)
        self._samples += len(pcm)
        self.stretches.write(pcm)

    def cut(self, clip: Path | None = None, samples: int = 0) -> None:
        """A paragraph starts here: end the stretch if the edition has been silent long enough before this point.

        With `clip`, the paragraph's next `samples` are also written there as a clip of the edition's own frames;
        the paragraph must then start a stretch (`junction` samples of silence before it, or none at all).
        """
        self.stretches.cut()
        if clip is not None:
            if not self.stretches.at_start:
                raise ValueError(f"{clip.name}: its paragraph does not start a stretch (too little silence before)")
            count = -(-(samples + ENCODER_DELAY + DECODER_DELAY) // self.frame)
            self._open.append(_Clip(clip, samples, self._samples // self.frame, count, bytearray()))

    def close(self) -> None:
        """Encode the last stretch, write all frames and then the Info frame in front."""
        self.stretches.close()
        padding = self._frames * self.frame - ENCODER_DELAY - self._samples
        total = self._file.tell()
        self._file.seek(0)
        self._file.write(info_frame(self._header, self._frames, total, padding))
        self._file.close()
        for clip in self._open:  # none unless the edition ended inside a clip's last frame
            self._write_clip(clip)

    def abort(self) -> None:
        self.stretches.abort()
        self._file.close()

    def _append(self, data: bytes) -> None:
        offsets = frame_offsets(data)
        self._file.write(data)
        for clip in self._open:
            clip.take(data, offsets, self._frames)
        self._frames += len(offsets)
        while self._open and self._open[0].taken == self._open[0].count:
            self._write_clip(self._open.pop(0))

    def _write_clip(self, clip: _Clip) -> None:
        padding = clip.taken * self.frame - ENCODER_DELAY - clip.samples
        header = info_frame(self._header, clip.taken, frame_length(self._header) + len(clip.data), padding)
        clip.path.write_bytes(header + clip.data)
        self.clips += 1


def info_frame(header: bytes, frames: int, total_bytes: int, padding: int) -> bytes:
    """A silent first frame with the Xing "Info" tag (CBR) and the LAME tag, laid out as LAME writes them.

    `header` is the frame header to use (see `_info_header`); `frames` counts the audio frames after this one.
    """
    size = frame_length(header)
    word = int.from_bytes(header, "big")
    mono, mpeg1 = (word >> 6) & 3 == 3, (word >> 19) & 3 == 3
    side_info = (17 if mono else 32) if mpeg1 else (9 if mono else 17)
    toc = bytes(min(255, (size + (total_bytes - size) * i // 100) * 256 // total_bytes) for i in range(100))
    lame = (
        b"LAME3.100" + bytes(12)
        + (ENCODER_DELAY << 12 | min(4095, max(0, padding))).to_bytes(3, "big")
        + bytes(4) + struct.pack(">I", total_bytes)
        + bytes(2)  # the audio's own CRC: left at 0 (players do not check it; a CRC in Python is slow)
    )  # fmt: skip
    body = b"Info" + struct.pack(">III", 0x0F, frames, total_bytes) + toc + struct.pack(">I", 0) + lame
    frame = bytearray(size)
    frame[:4] = header
    frame[4 + side_info : 4 + side_info + len(body)] = body
    crc_at = 4 + side_info + len(body)  # 190 for MPEG-1 stereo, less for mono: the side information is shorter
    frame[crc_at : crc_at + 2] = _crc16(bytes(frame[:crc_at])).to_bytes(2, "big")
    return bytes(frame)


def _info_header(audio_header: bytes) -> bytes:
    """The audio frames' header without the padding bit, at a bitrate whose frame holds the tags (192 bytes)."""
    word = int.from_bytes(audio_header, "big") & ~(1 << 9)
    while frame_length(word.to_bytes(4, "big")) < 192:
        word += 1 << 12  # the next bitrate
    return word.to_bytes(4, "big")


def _crc16(data: bytes) -> int:
    """CRC-16/ARC, as the LAME tag's own checksum uses it (over the frame from its header up to that checksum)."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc
