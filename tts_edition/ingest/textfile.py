"""Bytes from a file as text: UTF-8 (BOM or not), UTF-16/32, and the Kazakh single-byte code pages
(Windows-1251, KZ-1048), told apart by which one reads as Kazakh. Binary files are refused."""

from __future__ import annotations

import codecs
from pathlib import Path

from tts_edition.errors import EditionError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_SINGLE_BYTE = ("kz1048", "cp1251")
_KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = {chr(c) for c in range(0x0400, 0x0530)}
_TEXT_CONTROLS = {9, 10, 12, 13}


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise EditionError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise EditionError(f"{path}: is a folder, expected a file") from None
    except OSError as exc:
        raise EditionError(f"{path}: cannot read ({exc.strerror})") from None
    return decode_text(data, path)


def decode_text(data: bytes, path: Path | str = "input") -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(data, encoding, path)
    wide = _utf16_without_bom(data)
    if wide:
        return _decoded(data, wide, path)
    if _binary(data):
        raise EditionError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        mostly_utf8 = data.decode("utf-8", errors="replace")
        if sum(ch in _CYRILLIC for ch in mostly_utf8) >= 2 * mostly_utf8.count("\ufffd"):
            raise EditionError(f"{path}: broken UTF-8 text (byte {exc.start}); save it again as UTF-8") from None
    candidates = [(encoding, data.decode(encoding, errors="replace")) for encoding in _SINGLE_BYTE]
    _, text = max(candidates, key=lambda c: _kazakh_score(c[1]))
    if _kazakh_score(text) <= 0:
        raise EditionError(f"{path}: not text in a known encoding (UTF-8, UTF-16, Windows-1251, KZ-1048)")
    return text


def _decoded(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EditionError(f"{path}: broken {encoding.upper()} text (byte {exc.start})") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text has a NUL in every other byte when it is mostly Latin, or a steady high byte when Cyrillic."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if high.count(0) + high.count(4) > 0.9 * len(high) and low.count(0) < 0.1 * len(low):
            return encoding
    return None


def _binary(data: bytes) -> bool:
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
    return b"\x00" in sample or controls > 0.02 * max(1, len(sample))


def _kazakh_score(text: str) -> int:
    """Letters that make sense for Kazakh count for a decoding; replacement marks and stray symbols against it."""
    score = 0
    for ch in text:
        if ch in _KAZAKH:
            score += 3
        elif ch in _CYRILLIC:
            score += 1
        elif ch == "\ufffd" or (0x80 <= ord(ch) < 0x400 and not ch.isalpha()) or 0x2000 <= ord(ch) < 0x2100:
            score -= 2
    return score
