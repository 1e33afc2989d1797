"""Reading bytes from a file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM."""

from __future__ import annotations

import codecs
from pathlib import Path

from tts_edition.errors import EditionError


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise EditionError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise EditionError(f"{path}: is a folder, expected a file") from None
    except OSError as exc:
        raise EditionError(f"{path}: cannot read ({exc.strerror})") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise EditionError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EditionError(f"{path}: not valid UTF-8 text (byte {exc.start}); save it as UTF-8") from None
