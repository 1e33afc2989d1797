"""Build settings: defaults, then `edition.toml` beside the input (or --config), then command-line flags."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from tts_edition.audio.assemble import Pauses
from tts_edition.errors import EditionError
from tts_edition.script import CHOICES as SCRIPT_CHOICES
from tts_edition.timing.epub import check_sync
from tts_edition.voice import DEFAULT_VOICE

CONFIG_NAME = "edition.toml"
FORMATS = ("mp3", "m4b", "opus", "flac")


@dataclass(frozen=True)
class Settings:
    title: str = ""
    author: str = ""
    date: str = ""
    voice: str = DEFAULT_VOICE
    speaker: str | None = None
    loudness: str = "audiobook"
    formats: tuple[str, ...] = ("mp3",)
    pauses: Pauses = field(default_factory=Pauses)
    bitrate: int = 64  # kbps, the edition's MP3 and its clips
    lexicon: Path | None = None
    cover: Path | None = None
    jobs: int = 0  # 0: one worker per core
    executor: str = "local"
    ray_address: str | None = None
    cache_dir: Path | None = None  # None: the user cache; Path("none"): no cache
    device: str = "cpu"
    sync: str = "sentence"  # the EPUB's media overlays: sentence or word
    script: str = "auto"  # the script the input is written in: auto, cyrillic, latin or arabic


def config_path_for(input_path: Path) -> Path:
    folder = input_path if input_path.is_dir() else input_path.parent
    return folder / CONFIG_NAME


def load_settings(input_path: Path, config: Path | None = None, **overrides: Any) -> Settings:
    """Settings for building `input_path`; overrides that are None are ignored."""
    path = config or config_path_for(input_path)
    settings = Settings()
    if config and not config.is_file():
        raise EditionError(f"{config}: no such config file")
    if path.is_file():
        settings = _apply_file(settings, path)
    given = {k: v for k, v in overrides.items() if v is not None}
    if "formats" in given:
        given["formats"] = parse_formats(given["formats"])
    if "cache_dir" in given:
        given["cache_dir"] = Path(given["cache_dir"])
    if given.get("jobs", 0) < 0:
        raise EditionError("--jobs must be 0 (one per core) or more")
    settings = replace(settings, **given)
    check_sync(settings.sync)
    if settings.script not in SCRIPT_CHOICES:
        raise EditionError(f"unknown script {settings.script!r} (choose {', '.join(SCRIPT_CHOICES)})")
    return settings


def parse_formats(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    items = [f.strip().lower() for f in (value.split(",") if isinstance(value, str) else value) if f.strip()]
    unknown = [f for f in items if f not in FORMATS]
    if unknown:
        raise EditionError(f"unknown format {', '.join(unknown)} (this version writes: {', '.join(FORMATS)})")
    return tuple(dict.fromkeys(["mp3", *items]))


def _apply_file(settings: Settings, path: Path) -> Settings:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise EditionError(f"{path}: not valid TOML ({exc})") from None
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise EditionError(f"{path}: unknown setting {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    values: dict[str, Any] = dict(data)
    if "pauses" in values:
        values["pauses"] = _pauses(path, values["pauses"])
    if "formats" in values:
        values["formats"] = parse_formats(values["formats"])
    for key in ("lexicon", "cover", "cache_dir"):
        if key in values:
            values[key] = (path.parent / values[key]).resolve()
    if "loudness" in values:
        values["loudness"] = str(values["loudness"])
    return replace(settings, **values)


def _pauses(path: Path, table: Any) -> Pauses:
    known = {f.name for f in fields(Pauses)}
    if not isinstance(table, dict) or set(table) - known:
        raise EditionError(f"{path}: [pauses] takes {', '.join(sorted(known))} (seconds)")
    try:
        values = {k: float(v) for k, v in table.items()}
    except (TypeError, ValueError):
        raise EditionError(f"{path}: [pauses] values must be numbers of seconds") from None
    if any(v < 0 or v > 30 for v in values.values()):
        raise EditionError(f"{path}: [pauses] values must be between 0 and 30 seconds")
    return replace(Pauses(), **values)
