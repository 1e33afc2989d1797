"""Voice files: one TOML per voice in `voices/`, naming the engine and its settings."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tts_edition.errors import EditionError

DEFAULT_VOICE = "kk-espeak"


@dataclass(frozen=True)
class Voice:
    id: str
    engine: str
    language: str
    name: str = ""
    speaker: str | None = None
    source: Path | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    spec: dict[str, Any] = field(default_factory=dict)


def voices_dir() -> Path:
    """The catalogue: `voices/` beside the package in a checkout, or the copy inside an installed wheel."""
    package = Path(__file__).resolve().parent
    for candidate in (package.parent / "voices", package / "voices_data"):
        if candidate.is_dir():
            return candidate
    raise EditionError("the voice catalogue (voices/) is missing from this installation")


def catalogue() -> list[str]:
    return sorted(p.stem for p in voices_dir().glob("*.toml"))


def load_voice(id_or_path: str | Path = DEFAULT_VOICE, speaker: str | None = None) -> Voice:
    """A voice by catalogue id or by path to its `.toml`."""
    path = Path(id_or_path)
    if path.suffix != ".toml":
        path = voices_dir() / f"{id_or_path}.toml"
        if not path.is_file():
            known = ", ".join(catalogue())
            raise EditionError(f"unknown voice '{id_or_path}' (known voices: {known})")
    try:
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EditionError(f"{path}: no such voice file") from None
    except tomllib.TOMLDecodeError as exc:
        raise EditionError(f"{path}: not valid TOML ({exc})") from None
    missing = [key for key in ("id", "engine") if key not in spec]
    if missing:
        raise EditionError(f"{path}: voice file lacks {', '.join(missing)}")
    return Voice(
        id=str(spec["id"]),
        engine=str(spec["engine"]),
        language=str(spec.get("language", "kk")),
        name=str(spec.get("name", spec["id"])),
        speaker=speaker,
        source=path,
        settings=dict(spec.get("synthesis", {})),
        spec=spec,
    )
