"""The edit list of an MP4's audio track: which of its decoded samples a player skips and which it plays.

ffmpeg muxes an ADTS stream as it is, every decoded sample played; the spliced AAC needs its priming skipped and the
last frame's padding cut, which is what an edit list says (ISO/IEC 14496-12 `elst`), as in an AAC encoder's own MP4.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_CONTAINERS = {b"moov", b"trak", b"mdia", b"edts"}
# Offsets of fields in a full box, for its version 0 and 1: after size, type, version and flags, then times.
_TIMESCALE = (20, 28)  # mvhd and mdhd
_MOVIE_DURATION = (24, 32)  # mvhd
_TRACK_DURATION = (28, 36)  # tkhd: after the track id and a reserved word


def set_edit_list(path: Path, skip: int, play: int) -> None:
    """Make the audio track of the MP4 at `path` skip `skip` samples and play the next `play` (in the track's own time
    scale, its sample rate): its edit list's one entry, and the track's and the movie's durations, changed in place."""
    with path.open("r+b") as file:
        start, moov = _moov(file)
        boxes = dict(_boxes(moov, 8, len(moov), b""))
        movie, track, elst = boxes[b"mvhd"], boxes[b"soun/tkhd"], boxes[b"soun/edts/elst"]
        duration = play * _read(moov, movie, _TIMESCALE) // _read(moov, boxes[b"soun/mdia/mdhd"], _TIMESCALE)
        if struct.unpack_from(">I", moov, elst + 12)[0] != 1:
            raise ValueError(f"{path.name}: the audio track's edit list has more than one entry")
        patches = {
            elst + 16: struct.pack(">Qq" if moov[elst + 8] else ">Ii", duration, skip),
            _offset(moov, movie, _MOVIE_DURATION): struct.pack(">Q" if moov[movie + 8] else ">I", duration),
            _offset(moov, track, _TRACK_DURATION): struct.pack(">Q" if moov[track + 8] else ">I", duration),
        }
        for offset, data in patches.items():
            file.seek(start + offset)
            file.write(data)


def _moov(file: BinaryIO) -> tuple[int, bytes]:
    """Where the movie box starts in the file, and its bytes."""
    position = 0
    while header := file.read(16):
        size, name = struct.unpack_from(">I4s", header)
        size = struct.unpack_from(">Q", header, 8)[0] if size == 1 else size
        file.seek(position)
        if name == b"moov":
            return position, file.read(size)
        position += size
        file.seek(position)
    raise ValueError("no movie box")


def _boxes(data: bytes, start: int, end: int, path: bytes) -> Iterator[tuple[bytes, int]]:
    """(path, offset) of every box in `data[start:end]`; a track's boxes have its handler for a path ("soun/tkhd")."""
    position = start
    while position + 8 <= end:
        size, name = struct.unpack_from(">I4s", data, position)
        size = struct.unpack_from(">Q", data, position + 8)[0] if size == 1 else size
        if name == b"trak":
            inside = dict(_boxes(data, position + 8, position + size, b""))
            handler = data[inside[b"mdia/hdlr"] + 16 : inside[b"mdia/hdlr"] + 20]  # after version, flags, a zero
            yield from ((handler + b"/" + name, offset) for name, offset in inside.items())
        else:
            yield path + name, position
            if name in _CONTAINERS:
                yield from _boxes(data, position + 8, position + size, path + name + b"/")
        position += size


def _offset(data: bytes, box: int, offsets: tuple[int, int]) -> int:
    return box + offsets[data[box + 8] == 1]


def _read(data: bytes, box: int, offsets: tuple[int, int]) -> int:
    return struct.unpack_from(">I", data, _offset(data, box, offsets))[0]
