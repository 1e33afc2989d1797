"""`tts-edition export`: every sync format, written from a build's index."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tts_edition.atomic import write_text
from tts_edition.audio.tags import read_mp3_cover
from tts_edition.errors import EditionError
from tts_edition.timing.chapters import to_cue, to_ffmetadata
from tts_edition.timing.epub import check_sync, write_epub
from tts_edition.timing.index import read_index
from tts_edition.timing.smil import to_smil
from tts_edition.timing.subtitles import to_audacity, to_lrc, to_srt, to_vtt, to_vtt_words
from tts_edition.timing.wordlist import to_words_json, to_words_tsv


def to_json(index: dict[str, Any]) -> str:
    return json.dumps(index, ensure_ascii=False, indent=1) + "\n"


TEXT_FORMATS: dict[str, tuple[str, Callable[[dict[str, Any]], str]]] = {
    "json": (".json", to_json),
    "vtt": (".vtt", to_vtt),
    "vtt-words": (".words.vtt", to_vtt_words),
    "srt": (".srt", to_srt),
    "smil": (".smil", to_smil),
    "lrc": (".lrc", to_lrc),
    "audacity": (".labels.txt", to_audacity),
    "cue": (".cue", to_cue),
    "ffmetadata": (".ffmetadata.txt", to_ffmetadata),
    "words": (".words.tsv", to_words_tsv),
}
FORMATS = (*TEXT_FORMATS, "epub")


def export(build_dir: Path, format_name: str, out: Path | None = None, sync: str = "sentence") -> Path:
    """Write one format for the edition in `build_dir`; returns the file written (default: beside the MP3).

    `words` is written as JSON when `out` ends in `.json`; `sync` is the EPUB's media overlay level.
    """
    if format_name not in FORMATS:
        raise EditionError(f"unknown export format '{format_name}' (choose from {', '.join(FORMATS)})")
    check_sync(sync)  # before the work, not after
    index = read_index(build_dir)
    audio = Path(build_dir) / index["audio"]["mp3"]
    suffix = ".epub" if format_name == "epub" else TEXT_FORMATS[format_name][0]
    target = out or audio.with_name(audio.stem + suffix)
    if format_name == "epub":
        if not audio.is_file():
            raise EditionError(f"{audio}: the edition's MP3 is missing; rebuild the edition")
        write_epub(target, index, audio, read_mp3_cover(audio), sync)
    elif format_name == "words" and target.suffix == ".json":
        write_text(target, to_words_json(index))
    else:
        write_text(target, TEXT_FORMATS[format_name][1](index))
    return target
