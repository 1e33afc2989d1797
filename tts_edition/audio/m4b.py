"""The M4B that `tags.write_m4b` muxes from the spliced AAC, remembered by what it is made from.

Muxing is ffmpeg's work (0.3 s of CPU for 18 minutes of audio), and a rebuild whose AAC stream, chapters, cover and
tags are the last build's would make the same file again. So the cache keeps, by those inputs, the digest of the M4B
they made (`m4b-v1/<key>.sha256`), and a build keeps the edition's M4B when it is that file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from importlib import metadata
from pathlib import Path

from tts_edition.atomic import atomic_path, touch
from tts_edition.audio.encode import ffmpeg_encoder
from tts_edition.audio.tags import Tags
from tts_edition.publish import file_sha256

LAYOUT = "m4b-v1"  # the folder of remembered digests in the synthesis cache
MUXER = "1"  # how write_m4b and write_m4b_tags make the file: raise it when they make other bytes of the same inputs


def made_from(
    aac: Path, chapters: str, cover: tuple[bytes, str] | None, sample_rate: int, samples: int, tags: Tags
) -> str:
    """The key of an M4B's inputs: the AAC stream in `aac`, its ffmetadata chapters, cover and tags, and the tools."""
    tools = [MUXER, ffmpeg_encoder("adts"), metadata.version("mutagen"), metadata.version("tts-edition")]
    described = [*tools, file_sha256(aac), chapters, str(sample_rate), str(samples)]
    described += [json.dumps(tags.values(), sort_keys=True, ensure_ascii=False), *(cover[1:] if cover else [])]
    digest = hashlib.sha256("\x1e".join(described).encode())
    digest.update(cover[0] if cover else b"")
    return digest.hexdigest()


def remembered(cache_dir: Path | None, key: str) -> str | None:
    """The sha256 of the M4B that the inputs `key` names made, if the cache remembers it."""
    path = _path(cache_dir, key)
    if path is None:
        return None
    try:
        digest = path.read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return None
    touch(path)
    return digest


def remember(cache_dir: Path | None, key: str, m4b: Path) -> None:
    path = _path(cache_dir, key)
    if path:
        with contextlib.suppress(OSError), atomic_path(path) as temp:  # a cache that cannot be written is only read
            temp.write_text(file_sha256(m4b) + "\n", encoding="ascii")


def _path(cache_dir: Path | None, key: str) -> Path | None:
    return cache_dir / LAYOUT / f"{key}.sha256" if cache_dir else None
