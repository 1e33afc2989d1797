"""Voice files: one TOML per voice in `voices/`, naming the engine and its settings."""

from __future__ import annotations

import functools
import hashlib
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tts_edition.errors import EditionError

DEFAULT_VOICE = "kk-espeak"
FILES_ENV_VAR = "TTS_EDITION_VOICES_DIR"
DEVICES = ("cpu", "cuda")


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
    device: str = "cpu"
    threads: int = 0  # Piper's compute threads (0: its default); set for pool workers. Coqui always uses one
    speed: float = 1.0  # how much faster than the voice's own pace it speaks (pauses between sentences aside)

    @property
    def part(self) -> str:
        """What tells this voice apart from another part of the same edition: id, speaker and speed."""
        return "|".join([self.id, self.speaker or "", f"{self.speed:g}"])


def voices_dir() -> Path:
    """The catalogue: `voices/` beside the package in a checkout, or the copy inside an installed wheel."""
    package = Path(__file__).resolve().parent
    for candidate in (package.parent / "voices", package / "voices_data"):
        if candidate.is_dir():
            return candidate
    raise EditionError("the voice catalogue (voices/) is missing from this installation")


def catalogue() -> list[str]:
    return sorted(p.stem for p in voices_dir().glob("*.toml"))


def load_voice(id_or_path: str | Path = DEFAULT_VOICE, speaker: str | None = None, device: str = "cpu") -> Voice:
    """A voice by catalogue id, by path to its `.toml`, or by path to a Piper `.onnx` (its `.onnx.json` beside it)."""
    if device not in DEVICES:
        raise EditionError(f"unknown device '{device}' (choose from {', '.join(DEVICES)})")
    path = Path(id_or_path)
    if path.suffix == ".onnx":
        if not path.is_file():
            raise EditionError(f"{path}: no such Piper model")
        # absolute, not resolved: a symlinked model keeps the .onnx.json the user put beside the link
        spec = {"id": path.stem, "engine": "piper", "model": {"path": str(path.absolute())}}
        return Voice(id=path.stem, engine="piper", language="kk", name=path.stem, speaker=speaker, source=path,
                     spec=spec, device=device)  # fmt: skip
    if path.suffix != ".toml":
        path = voices_dir() / f"{id_or_path}.toml"
        if not path.is_file():
            known = ", ".join(catalogue())
            raise EditionError(f"unknown voice '{id_or_path}' (known voices: {known})")
    spec = read_voice_file(path)
    return Voice(
        id=str(spec["id"]),
        engine=str(spec["engine"]),
        language=str(spec.get("language", "kk")),
        name=str(spec.get("name", spec["id"])),
        speaker=speaker,
        source=path,
        settings=dict(spec.get("synthesis", {})),
        spec=spec,
        device=device,
    )


def read_voice_file(path: Path) -> dict[str, Any]:
    try:
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EditionError(f"{path}: no such voice file") from None
    except tomllib.TOMLDecodeError as exc:
        raise EditionError(f"{path}: not valid TOML ({exc})") from None
    missing = [key for key in ("id", "engine") if key not in spec]
    if missing:
        raise EditionError(f"{path}: voice file lacks {', '.join(missing)}")
    return spec


def files_dirs() -> list[Path]:
    """Where downloaded model files are looked for, in order; downloads go to the first writable one."""
    user = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "tts-edition" / "voices"
    dirs = [Path(os.environ[FILES_ENV_VAR])] if os.environ.get(FILES_ENV_VAR) else []
    return [*dirs, voices_dir(), user]


def download_dir() -> Path:
    if os.environ.get(FILES_ENV_VAR):  # the user's choice: used even when it cannot be written (one clear line)
        return Path(os.environ[FILES_ENV_VAR])
    for folder in files_dirs():
        if os.access(folder, os.W_OK) or not folder.exists():
            return folder
    raise EditionError("no writable folder for voice files (set TTS_EDITION_VOICES_DIR)")


def model_file(voice: Voice, role: str = "model") -> Path:
    """The installed file for `role` ("model" or "config") of `voice`, checked against its sha256."""
    entry = voice.spec.get(role, {})
    if "path" in entry:
        path = Path(entry["path"])
        if voice.source and not path.is_absolute():
            path = voice.source.parent / path
    else:
        name = entry.get("file", "")
        path = next((d / name for d in files_dirs() if name and (d / name).is_file()), Path(name))
    if not path.is_file():
        size = f" ({entry['size'] / 1e6:.0f} MB)" if "size" in entry else ""
        raise EditionError(
            f"voice '{voice.id}' is not downloaded: run `tts-edition voices download {voice.id}`{size}"
            if "url" in entry
            else f"voice '{voice.id}': its {role} file {path} is missing"
        )
    if entry.get("sha256") and "unpack" not in entry and file_sha256(path) != entry["sha256"]:
        raise EditionError(
            f"{path}: checksum mismatch for voice '{voice.id}' (damaged or wrong file); "
            f"run `tts-edition voices download {voice.id}` again"
        )
    return path


def config_file(voice: Voice, model: Path) -> Path:
    """The model's config: named in the voice file, else where the engine expects it beside the model."""
    if "config" in voice.spec:
        return model_file(voice, "config")
    return Path(f"{model}.json") if voice.engine == "piper" else model.with_name("config.json")


def voice_files(voice: Voice) -> list[Path]:
    """Every installed file whose bytes shape the voice's sound: model, config, and an MMS vocabulary."""
    if "model" not in voice.spec:
        return []
    model = model_file(voice, "model")
    files = [model, config_file(voice, model)]
    if voice.spec.get("format") == "fairseq":
        files.append(model.with_name("vocab.txt"))
    return [f for f in files if f.is_file()]


def check_files(voice: Voice) -> None:
    for role in ("model", "config"):
        if role in voice.spec:
            model_file(voice, role)


def file_sha256(path: Path) -> str:
    stat = path.stat()
    return _sha256(path.resolve(), stat.st_size, stat.st_mtime_ns)


@functools.cache
def _sha256(path: Path, size: int, mtime: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while block := source.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
