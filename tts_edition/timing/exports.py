"""`tts-edition export`: every sync format, written from a build's index."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tts_edition.atomic import write_text
from tts_edition.audio.tags import read_mp3_cover
from tts_edition.errors import EditionError
from tts_edition.publish import STATE, edition_folder
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

    `words` is written as JSON when `out` ends in `.json`; `sync` is the EPUB's media overlay level. A file written
    into the edition's folder is the build's from then on: every later build writes it again from its new index,
    so it never outlives the audio it was timed on.
    """
    if format_name not in FORMATS:
        raise EditionError(f"unknown export format '{format_name}' (choose from {', '.join(FORMATS)})")
    check_sync(sync)  # before the work, not after
    index = read_index(build_dir)
    audio = Path(build_dir) / index["audio"]["mp3"]
    target = out or audio.with_name(audio.stem + export_suffix(format_name))
    if format_name == "epub" and not audio.is_file():
        raise EditionError(f"{audio}: the edition's MP3 is missing; rebuild the edition")
    inside = _inside_edition(Path(build_dir), target)
    if inside is None:
        write_export(target, format_name, index, audio, sync)
        return target
    with edition_folder(Path(build_dir), [inside]) as folder:
        index = read_index(folder.root)  # as it is under the lock
        write_export(folder.root / inside, format_name, index, folder.root / index["audio"]["mp3"], sync)
        folder.record_export(inside, {"format": format_name, "file": inside, "sync": sync})
    return target


def export_suffix(format_name: str) -> str:
    return ".epub" if format_name == "epub" else TEXT_FORMATS[format_name][0]


def write_export(target: Path, format_name: str, index: dict[str, Any], audio: Path, sync: str) -> None:
    """One format of the edition whose index and MP3 are given, written to `target`."""
    if format_name == "epub":
        write_epub(target, index, audio, read_mp3_cover(audio), sync)
    elif format_name == "words" and target.suffix == ".json":
        write_text(target, to_words_json(index))
    else:
        write_text(target, TEXT_FORMATS[format_name][1](index))


def _inside_edition(build_dir: Path, target: Path) -> str | None:
    """`target`'s path inside the edition's folder, or None when it is written elsewhere."""
    root, place = build_dir.resolve(), target.parent.resolve() / target.name
    if not place.is_relative_to(root):
        return None
    relative = place.relative_to(root)
    if relative.parts[0] == STATE:
        raise EditionError(f"{target}: that is the build's own record; write the export elsewhere")
    return str(relative)


def stale_exports(build_dir: Path, index: dict[str, Any]) -> tuple[int, list[str]]:
    """Sync files beside the edition's MP3 that an export wrote (named as `export` names them): how many there
    are, and those that no longer say what this index says (written from an earlier build)."""
    audio = Path(build_dir) / index["audio"]["mp3"]
    found, stale = 0, []
    for format_name, (suffix, render) in TEXT_FORMATS.items():
        path = audio.with_name(audio.stem + suffix)
        if format_name == "words" or not path.is_file():
            continue  # the words list is also the TSV a user may keep edited; it is not checked
        found += 1
        if path.read_text(encoding="utf-8", errors="replace") != render(index):
            stale.append(path.name)
    return found, stale
