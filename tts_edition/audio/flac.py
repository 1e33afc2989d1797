"""The FLAC master, spliced from stretches that ffmpeg encodes one by one, each cached by its samples (`splice`).

FLAC frames are independent: each holds its own warm-up samples and checksums and decodes alone, and FLAC has no
priming, so stretches encoded apart join exactly. Every stretch is encoded in blocks of the MP3's frame (576 samples,
1152 at 32 kHz and above), which each stretch but the edition's last is made of, so the whole is an ordinary
fixed-block-size stream. Each frame gets its number in the whole, and so its header checksum and its frame checksum,
anew; the STREAMINFO block in front gives the whole's length, frame sizes and the MD5 of its samples, summed here as
they stream. The samples are rounded to 16 bits (stores take 16-bit FLAC), as the MP3 encoder takes them: ffmpeg
encodes them as they are, and the FLAC decodes to them.
"""

from __future__ import annotations

import functools
import hashlib
import struct
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from fastcrc import crc8, crc16

from tts_edition.audio.encode import PipeEncoder, encode_bytes, ffmpeg_encoder
from tts_edition.audio.mp3 import frame_samples, to_pcm16
from tts_edition.audio.splice import StretchCodec, Stretches
from tts_edition.recipe import Recipe

CACHE_LAYOUT = "flac-v3"  # the folder of encoded stretches in the synthesis cache (v1: 24-bit; v2: fed as floats)
BITS = 16
_SYNC = b"\xff\xf8"  # a frame of a fixed-block-size stream starts so
_STREAMINFO = 34  # bytes
_MAX_HEADER = 4 + 6 + 2 + 2 + 1  # bytes: fixed fields, the longest coded number, block size and rate extensions, CRC-8


class SplicedFlacWriter:
    """Feed the edition's samples and call `cut()` where each paragraph starts; the FLAC is spliced as it goes.

    Paragraphs must start on the `frame` grid to start stretches; they need no silence before them (`gap`). It takes
    float samples or the 16-bit levels `mp3.to_pcm16` makes of them (`pcm16`), so that an edition rounds them once.
    """

    gap = 0
    pcm16 = True

    def __init__(self, path: Path, sample_rate: int, recipe: Recipe, cache_dir: Path | None) -> None:
        self.path, self.sample_rate = path, sample_rate
        self.frame = frame = frame_samples(sample_rate)
        options = ("-frame_size", str(frame))
        codec = StretchCodec(
            CACHE_LAYOUT, ".flac", (ffmpeg_encoder("flac", options),), "<i2", frame, 0, 0,
            functools.partial(_encoded, sample_rate=sample_rate, options=options),
            functools.partial(_Listing, sample_rate, options),
        )  # fmt: skip
        self.stretches = Stretches(codec, recipe, cache_dir, self._append)
        self._md5 = hashlib.md5()
        self._samples = self._frames = 0
        self._frame_bytes = [1 << 24, 0]  # the smallest and largest frame so far
        self._file = path.open("wb")
        self._file.write(b"fLaC" + bytes(4 + _STREAMINFO))  # the STREAMINFO block goes here at the end

    def write(self, samples: np.ndarray) -> None:
        pcm = to_pcm16(samples)
        self._md5.update(pcm)
        self._samples += len(pcm)
        self.stretches.write(pcm)

    def cut(self) -> None:
        self.stretches.cut()

    def close(self) -> None:
        self.stretches.close()
        self._file.seek(0)
        self._file.write(b"fLaC" + self._streaminfo())
        self._file.close()

    def abort(self) -> None:
        self.stretches.abort()
        self._file.close()

    def _append(self, listed: bytes) -> None:
        """A stretch's frames (as `_listed` keeps them), numbered on from the frames before them."""
        spliced, sizes = renumbered(listed, self._frames)
        self._frames += len(sizes)
        smallest, largest = self._frame_bytes
        self._frame_bytes = [int(sizes.min(initial=smallest)), int(sizes.max(initial=largest))]
        self._file.write(spliced)

    def _streaminfo(self) -> bytes:
        """The STREAMINFO metadata block, the last one (the frames follow it)."""
        smallest, largest = self._frame_bytes if self._frames else (0, 0)
        fields = (
            self.sample_rate << 44 | (1 - 1) << 41 | (BITS - 1) << 36 | self._samples
        )  # rate (20 bits), channels - 1 (3), bits - 1 (5), total samples (36)
        body = struct.pack(">HH", self.frame, self.frame) + smallest.to_bytes(3, "big") + largest.to_bytes(3, "big")
        body += fields.to_bytes(8, "big") + self._md5.digest()
        return (0x80 | 0).to_bytes(1, "big") + len(body).to_bytes(3, "big") + body


def _encoded(pcm: np.ndarray, sample_rate: int, options: tuple[str, ...]) -> bytes:
    return _listed(encode_bytes(pcm, sample_rate, "flac", options))


class _Listing:
    """FLAC encoded as samples come, given as `_listed` keeps it."""

    def __init__(self, sample_rate: int, options: tuple[str, ...]) -> None:
        self._encoder, self._head = PipeEncoder(sample_rate, "flac", options, "s16le"), b""

    def encode(self, pcm: bytes) -> bytes:
        self._head += self._encoder.encode(pcm)
        return b""

    def flush(self) -> bytes:
        return _listed(self._head + self._encoder.flush())


def _listed(stream: bytes) -> bytes:
    """A FLAC stream's frames, without its metadata, behind their count and lengths: found once, when encoded."""
    found = list(frames(stream))
    lengths = np.array([len(frame) for frame in found], "<u4")
    return struct.pack("<I", len(found)) + lengths.tobytes() + b"".join(found)


def frames(data: bytes) -> Iterator[bytes]:
    """The frames of a FLAC stream of fixed block size, after its metadata; ValueError unless that is all it holds.

    A frame ends where the next one's header starts: the sync code, then a header that numbers the next frame and whose
    checksum holds, with the frame's own checksum holding up to there."""
    start, number = _first_frame(data), 0
    while start < len(data):
        end = data.find(_SYNC, start + 2)
        while end != -1 and not (_numbered(data, end, number + 1) and crc16.umts(data[start:end]) == 0):
            end = data.find(_SYNC, end + 1)
        end = len(data) if end == -1 else end
        if not _numbered(data, start, number) or crc16.umts(data[start:end]) != 0:
            raise ValueError(f"no FLAC frame {number} at byte {start}")
        yield data[start:end]
        start, number = end, number + 1


def renumbered(listed: bytes, first: int) -> tuple[bytes, np.ndarray]:
    """A stretch's frames (as `_listed` keeps them) numbered on from `first`, with both checksums of each made anew;
    and the frames' sizes. Every header of the stretch at once (it has thousands), then a checksum call per frame."""
    count = struct.unpack_from("<I", listed)[0]
    lengths = np.frombuffer(listed, "<u4", count, 4).astype(np.int64)
    starts = 4 + 4 * count + np.cumsum(lengths) - lengths
    data = np.frombuffer(listed, np.uint8)
    coded, extension = _CODED_LENGTH[data[starts + 4]], _EXTENSION_LENGTH[data[starts + 2]]
    if not coded.all():
        raise ValueError("not a coded frame number")
    headers, sizes = _headers(data, starts, coded, extension, first + np.arange(count, dtype=np.int64))
    old_sizes = 4 + coded + extension + 1
    view = memoryview(listed)
    bodies = [view[a:b] for a, b in zip((starts + old_sizes).tolist(), (starts + lengths - 2).tolist(), strict=True)]
    header_checksums = _checksums(headers, sizes, _CRC16, 16).tolist()
    checksums = [crc16.umts(body, start) for body, start in zip(bodies, header_checksums, strict=True)]
    # Between two bodies: the checksum that ends a frame, then the header that starts the next.
    between = np.zeros((count + 1, 2 + _MAX_HEADER), np.uint8)
    between[1:, :2] = np.array(checksums, ">u2").view(np.uint8).reshape(count, 2)
    between[:-1, 2:] = headers
    rows = (np.arange(count + 1) * between.shape[1]).tolist()
    ends = (np.array(rows) + 2 + np.append(sizes, 0)).tolist()
    joined = between.tobytes()
    pieces: list[bytes | memoryview] = [b""] * (2 * count + 1)
    pieces[0::2] = [joined[2 : ends[0]], *(joined[a:b] for a, b in zip(rows[1:], ends[1:], strict=True))]
    pieces[1::2] = bodies
    return b"".join(pieces), lengths - old_sizes + sizes


def _headers(
    data: np.ndarray, starts: np.ndarray, coded: np.ndarray, extension: np.ndarray, numbers: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The headers of the frames at `starts` with new numbers, a row each (zeros after), and their sizes."""
    new_coded, new_sizes = _coded_numbers(numbers)
    sizes = 4 + new_sizes + extension + 1
    headers = np.zeros((len(starts), _MAX_HEADER), np.uint8)
    headers[:, :4] = data[starts[:, None] + np.arange(4)]
    headers[:, 4 : 4 + new_coded.shape[1]] = new_coded
    rows = np.arange(len(starts))
    for byte in range(int(extension.max(initial=0))):
        has = extension > byte
        headers[rows[has], 4 + new_sizes[has] + byte] = data[starts[has] + 4 + coded[has] + byte]
    headers[rows, sizes - 1] = _checksums(headers, sizes - 1, _CRC8, 8)
    return headers, sizes


def _coded_numbers(numbers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Frame numbers as `_utf8_number` codes them, a row each (zeros after), and how many bytes each takes."""
    sizes = 1 + (numbers[:, None] >= np.array([0x80, 0x800, 0x10000, 0x200000, 0x4000000])).sum(axis=1)
    coded = np.zeros((len(numbers), 6), np.uint8)
    coded[:, 0] = np.where(sizes == 1, numbers, (0xFF << (8 - sizes)) & 0xFF | numbers >> (6 * (sizes - 1)))
    for byte in range(1, 6):
        bits = numbers >> np.maximum(6 * (sizes - 1 - byte), 0) & 0x3F
        coded[:, byte] = np.where(byte < sizes, 0x80 | bits, 0)
    return coded, sizes


def _checksums(rows: np.ndarray, sizes: np.ndarray, table: np.ndarray, width: int) -> np.ndarray:
    """The CRC (MSB first, from 0, as FLAC's CRC-8 and CRC-16 are) of each row's first `sizes` bytes: a table lookup
    per column, over all rows at once."""
    crc = np.zeros(len(rows), table.dtype)
    for column in range(int(sizes.max(initial=0))):
        step = table[(crc >> (width - 8)) ^ rows[:, column]] ^ (crc << 8)
        crc = np.where(column < sizes, step, crc)
    return crc


def _first_frame(data: bytes) -> int:
    if data[:4] != b"fLaC":
        raise ValueError("not a FLAC stream")
    position, last = 4, False
    while not last:
        last = bool(data[position] & 0x80)
        position += 4 + int.from_bytes(data[position + 1 : position + 4], "big")
    return position


def _numbered(data: bytes, start: int, number: int) -> bool:
    """Whether a frame header numbered `number` whose checksum holds starts at `start`."""
    try:
        length = _header_length(data[start : start + 16])
        coded = _number_length(data[start + 4])
    except (IndexError, ValueError):
        return False
    header = data[start : start + length]
    return (
        len(header) == length
        and header[4 : 4 + coded] == _utf8_number(number)
        and crc8.smbus(header[:-1]) == header[-1]
    )


def _header_length(header: bytes | memoryview) -> int:
    """Bytes in a frame header, its checksum included: fixed fields, coded number, block size and rate extensions."""
    return 4 + _number_length(header[4]) + _extension_length(header[2]) + 1


def _extension_length(third: int) -> int:
    """Bytes a frame header gives its block size and sample rate after its number, from its third byte's codes."""
    return {6: 1, 7: 2}.get(third >> 4, 0) + {12: 1, 13: 2, 14: 2}.get(third & 0x0F, 0)


def _number_length(first: int) -> int:
    """How many bytes a frame number coded as UTF-8 takes, from its first byte."""
    ones = 8 - (~first & 0xFF).bit_length()  # leading one bits
    if ones == 0:
        return 1
    if ones == 1 or ones > 6:
        raise ValueError("not a coded frame number")
    return ones


def _utf8_number(number: int) -> bytes:
    """A frame number as FLAC codes it: UTF-8 (surrogates too) up to 0x10FFFF, the same scheme on up to 31 bits."""
    if number < 0x110000:
        return chr(number).encode("utf-8", "surrogatepass")
    length = next(n for n in range(4, 7) if number < 1 << (5 * n + 1))
    tail = [0x80 | (number >> (6 * k)) & 0x3F for k in reversed(range(length - 1))]
    return bytes([(0xFF << (8 - length)) & 0xFF | number >> (6 * (length - 1)), *tail])


def _number_length_or_0(first: int) -> int:
    try:
        return _number_length(first)
    except ValueError:
        return 0


# By a header's byte: how long its coded number is (0: not one) and its extensions; the checksums of one byte.
_CODED_LENGTH = np.array([_number_length_or_0(byte) for byte in range(256)])
_EXTENSION_LENGTH = np.array([_extension_length(byte) for byte in range(256)])
_CRC8 = np.array([crc8.smbus(bytes([byte])) for byte in range(256)], np.uint8)
_CRC16 = np.array([crc16.umts(bytes([byte])) for byte in range(256)], np.uint16)
