"""Content-addressed store of synthesised sentences: FLAC audio (24-bit) plus word timings, verified on read.

Entries are found by the keys `recipe.py` makes from everything that changes the sound. A rebuild re-synthesises
only what is not here; a damaged entry is re-made.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import soundfile

from tts_edition.atomic import atomic_path, touch, write_text
from tts_edition.audio.aac import CACHE_LAYOUT as AAC_LAYOUT
from tts_edition.audio.flac import CACHE_LAYOUT as FLAC_LAYOUT
from tts_edition.audio.m4b import LAYOUT as M4B_LAYOUT
from tts_edition.audio.master import MasteredParagraph
from tts_edition.audio.mp3 import CACHE_LAYOUT as MP3_LAYOUT
from tts_edition.engines.base import Clip, WordTiming
from tts_edition.errors import EditionError, reported

ENV_VAR = "TTS_EDITION_CACHE_DIR"
_LAYOUT = "sentences-v1"
EPUBCHECK_LAYOUT = "epubcheck-v1"  # epubcheck's reports, by EPUB (check/epubcheck.py)
_SCALE = 1 << 23  # 24-bit PCM


def default_cache_dir() -> Path:
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tts-edition"


@dataclass
class ClipCache:
    folder: Path

    def get(self, key: str) -> Clip | None:
        """The cached clip, or None when it is absent or fails its checksum."""
        found = self._read(key)
        if found is None:
            return None
        samples, rate, info = found
        return Clip(samples, rate, _words(info["words"]), bool(info.get("words_estimated")))

    def put(self, key: str, clip: Clip) -> Clip:
        """Store `clip`; returns it as stored (24-bit), which is what a later `get` gives back."""
        meta = {"words": _timings(clip.words), "words_estimated": clip.words_estimated}
        return Clip(self._write(key, clip.samples, clip.sample_rate, meta), clip.sample_rate, clip.words,
                    clip.words_estimated)  # fmt: skip

    def has(self, key: str) -> bool:
        """Whether an entry is stored (it is verified only when read)."""
        return self._paths(key)[1].is_file()

    def get_paragraph(self, key: str) -> MasteredParagraph | None:
        """A mastered paragraph, so that a rebuild skips mastering what did not change."""
        found = self._read(key)
        if found is None:
            return None
        samples, rate, info = found
        spans = [(a, b) for a, b in info["spans"]]
        return MasteredParagraph(samples, rate, spans, [_words(w) for w in info["words"]], info["estimated"])

    def put_paragraph(self, key: str, paragraph: MasteredParagraph) -> MasteredParagraph:
        meta = {
            "spans": paragraph.sentence_spans,
            "words": [_timings(w) for w in paragraph.words],
            "estimated": paragraph.words_estimated,
        }
        paragraph.samples = self._write(key, paragraph.samples, paragraph.sample_rate, meta)
        return paragraph

    def _read(self, key: str) -> tuple[np.ndarray, int, dict[str, Any]] | None:
        audio, meta = self._paths(key)
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            if hashlib.sha256(audio.read_bytes()).hexdigest() != info["audio_sha256"]:
                return None
            pcm, rate = soundfile.read(audio, dtype="int32")
        except (OSError, ValueError, KeyError, RuntimeError, soundfile.LibsndfileError):
            return None
        if rate != info["sample_rate"] or len(pcm) != info["frames"]:
            return None
        touch(meta)
        return ((pcm >> 8) / _SCALE).astype(np.float32), rate, info

    def _write(self, key: str, samples: np.ndarray, sample_rate: int, meta: dict[str, Any]) -> np.ndarray:
        """Store samples (as 24-bit FLAC) and `meta`; returns the samples as stored."""
        pcm = (np.clip(np.round(samples * _SCALE), -_SCALE, _SCALE - 1).astype(np.int32)) << 8
        audio, info = self._paths(key)
        try:
            with atomic_path(audio) as tmp:
                soundfile.write(tmp, pcm, sample_rate, subtype="PCM_24", format="FLAC")
                checksum = hashlib.sha256(tmp.read_bytes()).hexdigest()
            entry = {"sample_rate": sample_rate, "frames": len(pcm), "audio_sha256": checksum, **meta}
            write_text(info, json.dumps(entry, ensure_ascii=False))  # written last: it marks the entry complete
        except (OSError, soundfile.LibsndfileError):
            pass  # a cache that cannot be written (read-only, full) is only read: `usable_cache` said so once
        return ((pcm >> 8) / _SCALE).astype(np.float32)

    def _paths(self, key: str) -> tuple[Path, Path]:
        folder = self.folder / _LAYOUT / key[:2]
        return folder / f"{key}.flac", folder / f"{key}.json"


def usable_cache(folder: Path) -> Path:
    """The cache folder, created when missing; one notice when it can only be read."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        writable = os.access(folder, os.W_OK)
    except OSError:
        writable = False
    if not writable:
        sys.stderr.write(f"tts-edition: note: the cache {folder} cannot be written; it is only read this time\n")
    return folder


def _words(rows: list[list[Any]]) -> list[WordTiming]:
    return [WordTiming(text, start, end) for text, start, end in rows]


def _timings(words: list[WordTiming]) -> list[list[Any]]:
    return [[w.text, w.start, w.end] for w in words]


@dataclass(frozen=True)
class PruneResult:
    removed: int
    freed_bytes: int
    kept: int
    kept_bytes: int


def prune(folder: Path, max_bytes: int) -> PruneResult:
    """Remove the least recently used entries (sentences, paragraphs, encoded stretches, epubcheck's reports, the
    digests of M4Bs) until at most `max_bytes`."""
    with reported(folder, "a read-only or foreign cache cannot be pruned: check the folder"):
        return _prune(folder, max_bytes)


def _prune(folder: Path, max_bytes: int) -> PruneResult:
    root = folder / _LAYOUT
    entries: list[tuple[float, int, tuple[Path, ...]]] = []
    for meta in root.glob("*/*.json") if root.is_dir() else []:
        audio = meta.with_suffix(".flac")
        size = meta.stat().st_size + (audio.stat().st_size if audio.exists() else 0)
        entries.append((meta.stat().st_mtime, size, (meta, audio)))
    for stray in root.glob("*/*.flac") if root.is_dir() else []:  # audio whose entry never completed
        if not stray.with_suffix(".json").exists():
            stray.unlink(missing_ok=True)
    for layout, pattern in ((MP3_LAYOUT, "*/*.mp3"), (AAC_LAYOUT, "*/*.aac"), (FLAC_LAYOUT, "*/*.flac"),
                            (EPUBCHECK_LAYOUT, "*.json"), (M4B_LAYOUT, "*.sha256")):  # fmt: skip
        for single in (folder / layout).glob(pattern):
            entries.append((single.stat().st_mtime, single.stat().st_size, (single,)))
    entries.sort(key=lambda e: e[0])
    total = sum(e[1] for e in entries)
    removed = freed = 0
    for _, size, files in entries:
        if total <= max_bytes:
            break
        for file in files:
            file.unlink(missing_ok=True)
        total -= size
        removed += 1
        freed += size
    return PruneResult(removed, freed, len(entries) - removed, total)


def parse_size(text: str) -> int:
    """'500MB', '2G', '1024' → bytes."""
    units = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
    value = text.strip().lower().removesuffix("ib").removesuffix("b")
    unit = value[-1] if value and value[-1] in units else ""
    try:
        number = float(value[: len(value) - len(unit)])
    except ValueError:
        raise EditionError(f"'{text}' is not a size (try 500MB or 2GB)") from None
    if not 0 <= number < 1 << 60:  # no negative, infinite or NaN sizes
        raise EditionError(f"'{text}' is not a size (try 500MB or 2GB)")
    return int(number * units[unit])
