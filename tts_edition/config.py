"""Build settings: defaults, then `edition.toml` beside the input (or --config), then command-line flags.

Every value, from the file or a flag, is checked against its type and range before anything is built; a wrong
one is one line naming the key.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from tts_edition.audio.assemble import Pauses
from tts_edition.audio.loudness import loudness_preset
from tts_edition.casting import OFF, Casting
from tts_edition.document import Role
from tts_edition.errors import EditionError
from tts_edition.ingest import FOOTNOTES
from tts_edition.ingest.dates import edition_date
from tts_edition.metadata import Credits, Metadata, credit_template, isbn13, language_tag, names, series_number
from tts_edition.script import CHOICES as SCRIPT_CHOICES
from tts_edition.timing.epub import SYNC_LEVELS
from tts_edition.voice import DEFAULT_VOICE, DEVICES

CONFIG_NAME = "edition.toml"
FORMATS = ("mp3", "m4b", "opus", "flac")
EXECUTORS = ("local", "ray")
NO_CACHE = Path("none")
# What LAME can write at some sample rate (MPEG-1 and MPEG-2 layer III bitrates), in kbit/s.
MP3_BITRATES = (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256, 320)
MAX_PAUSE_SECONDS = 30.0
SPEEDS = (0.5, 2.0)
# The sample rates an MP3 can carry (MPEG-1, -2 and -2.5).
SAMPLE_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)


@dataclass(frozen=True)
class Settings:
    title: str = ""
    author: tuple[str, ...] = ()  # one or more authors
    date: str = ""
    narrator: str = ""  # "" : the voice's name
    publisher: str = ""
    isbn: str = ""
    language: str = ""
    description: str = ""
    series: str = ""
    series_number: str = ""
    copyright: str = ""
    genre: str = ""
    credits: Credits = field(default_factory=Credits)
    voice: str = DEFAULT_VOICE
    speaker: str | None = None
    loudness: str = "audiobook"
    formats: tuple[str, ...] = ("mp3",)
    pauses: Pauses = field(default_factory=Pauses)
    bitrate: int = 64  # kbps, the edition's MP3 and its clips
    lexicon: Path | None = None
    cover: Path | None = None
    jobs: int = 0  # 0: auto, from the cores, the memory and the engine
    executor: str = "local"
    ray_address: str | None = None
    cache_dir: Path | None = None  # None: the user cache; NO_CACHE: no cache
    device: str = "cpu"
    sync: str = "sentence"  # the EPUB's media overlays: sentence or word
    script: str = "auto"  # the script the input is written in: auto, cyrillic, latin or arabic
    footnotes: str = "omit"  # omit, or read at the end of the paragraph that refers to them
    speed: float = 1.0  # every voice's pace: 1.25 reads a quarter faster; pauses stay as they are
    sample_rate: int = 0  # of the edition's audio; 0: the narrator's own
    languages: dict[str, str] = field(default_factory=dict)  # language → voice id, or "off"; "*": off for all
    chapters: dict[str, Role] = field(default_factory=dict)  # chapter number → its voice
    dialogue: Role | None = None  # who reads speech
    characters: dict[str, Role] = field(default_factory=dict)  # a character's name → who reads their speech

    def casting(self) -> Casting:
        """Who reads what (casting.py): roles that name only a speaker take the narrator's voice."""
        own = lambda role: Role(role.voice or self.voice, role.speaker)  # noqa: E731
        return Casting(
            Role(self.voice, self.speaker), self.speed, self.device,
            {number: own(role) for number, role in self.chapters.items()},
            own(self.dialogue) if self.dialogue else None,
            {name: own(role) for name, role in self.characters.items()},
            self.languages, self.pauses.line,
        )  # fmt: skip

    @property
    def metadata(self) -> Metadata:
        """The book's metadata these settings give (empty fields: the input's, then the defaults)."""
        return Metadata(
            self.author, self.narrator, self.publisher, self.isbn, self.language, self.description, self.series,
            self.series_number, self.copyright, self.genre, self.credits,
        )  # fmt: skip


class _Invalid(ValueError):
    """A value that does not fit its setting; the message says what would."""


def config_path_for(input_path: Path) -> Path:
    folder = input_path if input_path.is_dir() else input_path.parent
    return folder / CONFIG_NAME


def load_settings(input_path: Path, config: Path | None = None, **overrides: Any) -> Settings:
    """Settings for building `input_path`; overrides (command-line flags) that are None are ignored."""
    path = config or config_path_for(input_path)
    settings = Settings()
    if config and not config.is_file():
        raise EditionError(f"{config}: no such config file")
    if path.is_file():
        settings = replace(settings, **_parsed(_read_toml(path), str(path), path.parent))
    given = {key: value for key, value in overrides.items() if value is not None}
    parsed = _parsed(given, "command line", Path.cwd())
    for table in ("pauses", "credits"):  # a table's entries given on the command line change only those
        if isinstance(given.get(table), dict):
            parsed[table] = replace(getattr(settings, table), **{k: getattr(parsed[table], k) for k in given[table]})
    return replace(settings, **parsed)


def parse_formats(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list | tuple) or not all(isinstance(f, str) for f in value):
        raise _Invalid(f"is a list of formats ({', '.join(FORMATS)})")
    items = [f.strip().lower() for f in value if f.strip()]
    unknown = [f for f in items if f not in FORMATS]
    if unknown:
        raise EditionError(f"unknown format {', '.join(unknown)} (this version writes: {', '.join(FORMATS)})")
    return tuple(dict.fromkeys(["mp3", *items]))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise EditionError(f"{path}: not valid TOML ({exc})") from None
    except UnicodeDecodeError:
        raise EditionError(f"{path}: not UTF-8 text (save it again as UTF-8)") from None


def _parsed(values: dict[str, Any], source: str, folder: Path) -> dict[str, Any]:
    """Each value checked and converted by its setting's parser; an unknown or wrong one is an EditionError."""
    unknown = sorted(set(values) - set(_PARSERS))
    if unknown:
        known = ", ".join(sorted(_PARSERS))
        raise EditionError(f"{source}: unknown setting {', '.join(unknown)} (known: {known})")
    parsed = {}
    for key, value in values.items():
        try:
            parsed[key] = _PARSERS[key](value, folder)
        except _Invalid as exc:
            raise EditionError(f"{source}: {key} = {value!r}: {key} {exc}") from None
        except EditionError as exc:
            raise EditionError(f"{source}: {key}: {exc}") from None
    return parsed


def _text(value: Any, _: Path) -> str:
    if not isinstance(value, str):
        raise _Invalid("must be text in quotes")
    return value


def _authors(value: Any, _: Path) -> tuple[str, ...]:
    if not (isinstance(value, str) or (isinstance(value, list | tuple) and all(isinstance(v, str) for v in value))):
        raise _Invalid("is a name in quotes or a list of names")
    return names(value)


def _checked(check: Callable[[str], str]) -> Callable[[Any, Path], str]:
    """A text setting that `check` accepts (or "", nothing)."""

    def parse(value: Any, folder: Path) -> str:
        text = _text(value, folder)
        return check(text) if text.strip() else ""

    return parse


def _series_number(value: Any, _: Path) -> str:
    if not isinstance(value, str | int | float):
        raise _Invalid("is a number (1, 2, 2.5)")
    return series_number(value) if str(value).strip() else ""


def _credits(value: Any, folder: Path) -> Credits:
    if isinstance(value, Credits):
        return value
    known = {f.name for f in fields(Credits)}
    if not isinstance(value, dict) or set(value) - known:
        raise _Invalid(f"is a table with {', '.join(sorted(known))} (the text of each, {{title}} and so on filled in)")
    return Credits(**{name: credit_template(_text(text, folder)) for name, text in value.items()})


def _speaker(value: Any, _: Path) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Invalid("is a speaker name or number")
    return str(value)


def _choice(*options: str) -> Callable[[Any, Path], str]:
    def parse(value: Any, _: Path) -> str:
        if value not in options:
            raise _Invalid(f"is one of {', '.join(options)}")
        return str(value)

    return parse


def _loudness(value: Any, _: Path) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _Invalid("is a preset name or a number in LUFS")
    loudness_preset(str(value))
    return str(value)


def _formats(value: Any, _: Path) -> tuple[str, ...]:
    return parse_formats(value)


def _pauses(value: Any, _: Path) -> Pauses:
    known = {f.name for f in fields(Pauses)}
    if isinstance(value, Pauses):
        return value
    if not isinstance(value, dict) or set(value) - known:
        raise _Invalid(f"is a table with {', '.join(sorted(known))} (seconds)")
    seconds = {}
    for name, amount in value.items():
        if isinstance(amount, bool) or not isinstance(amount, int | float) or not math.isfinite(amount):
            raise _Invalid(f"{name} must be a number of seconds")
        if not 0 <= amount <= MAX_PAUSE_SECONDS:
            raise _Invalid(f"{name} must be between 0 and {MAX_PAUSE_SECONDS:g} seconds")
        seconds[name] = float(amount)
    return replace(Pauses(), **seconds)


def _bitrate(value: Any, _: Path) -> int:
    """'64k', '64', 64 or 64000 → 64 (kbit/s)."""
    text = str(value).strip().lower().removesuffix("k") if isinstance(value, str | int) else ""
    if isinstance(value, bool) or not text.isdigit():
        raise _Invalid(f"is an MP3 bitrate in kbit/s ({', '.join(map(str, MP3_BITRATES))})")
    kbps = int(text) // 1000 if int(text) >= 1000 else int(text)
    if kbps not in MP3_BITRATES:
        raise _Invalid(f"is an MP3 bitrate in kbit/s ({', '.join(map(str, MP3_BITRATES))})")
    return kbps


def _path(value: Any, folder: Path) -> Path:
    if not isinstance(value, str | Path):
        raise _Invalid("must be a path in quotes")
    return (folder / value).resolve()


def _cache_dir(value: Any, folder: Path) -> Path:
    return NO_CACHE if str(value).lower() == "none" else _path(value, folder)


def _jobs(value: Any, _: Path) -> int:
    if value == "auto":
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _Invalid('is "auto" or a whole number of workers')
    return value


def _date(value: Any, _: Path) -> str:
    return edition_date(str(value)) if value is not None else ""


def _speed(value: Any, _: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _Invalid(f"is a number from {SPEEDS[0]:g} to {SPEEDS[1]:g}")
    try:
        speed = float(value)
    except ValueError:
        raise _Invalid(f"is a number from {SPEEDS[0]:g} to {SPEEDS[1]:g}") from None
    if not SPEEDS[0] <= speed <= SPEEDS[1]:
        raise _Invalid(f"is a number from {SPEEDS[0]:g} to {SPEEDS[1]:g}")
    return speed


def _sample_rate(value: Any, _: Path) -> int:
    if isinstance(value, bool) or str(value).strip().isdigit() is False or int(value) not in SAMPLE_RATES:
        raise _Invalid(f"is one of {', '.join(map(str, SAMPLE_RATES))} (Hz)")
    return int(value)


def _languages(value: Any, _: Path) -> dict[str, str]:
    """ "off", or a table: a language code → the voice that reads it, or "off"."""
    if value == OFF:
        return {"*": OFF}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise _Invalid('is "off" or a table of languages and voices (ru = "ru-espeak", en = "off")')
    return dict(value)


def _role(value: Any, _: Path) -> Role:
    if not isinstance(value, dict) or not value or set(value) - {"voice", "speaker"}:
        raise _Invalid("is a table with a voice, a speaker or both")
    voice, speaker = value.get("voice", ""), value.get("speaker")
    if not isinstance(voice, str) or (speaker is not None and not isinstance(speaker, str | int)):
        raise _Invalid("has a voice id in quotes and a speaker name or number")
    return Role(voice, None if speaker is None else str(speaker))


def _roles(key_is: str) -> Callable[[Any, Path], dict[str, Role]]:
    def parse(value: Any, folder: Path) -> dict[str, Role]:
        if not isinstance(value, dict):
            raise _Invalid(f"is a table: {key_is} → {{ voice = …, speaker = … }}")
        return {str(key): _role(role, folder) for key, role in value.items()}

    return parse


_PARSERS: dict[str, Callable[[Any, Path], Any]] = {
    "title": _text, "author": _authors, "date": _date, "narrator": _text, "publisher": _text,
    "isbn": _checked(isbn13), "language": _checked(language_tag), "description": _text, "series": _text,
    "series_number": _series_number, "copyright": _text, "genre": _text, "credits": _credits, "voice": _text,
    "speaker": _speaker, "loudness": _loudness,
    "formats": _formats, "pauses": _pauses, "bitrate": _bitrate, "lexicon": _path, "cover": _path, "jobs": _jobs,
    "executor": _choice(*EXECUTORS), "ray_address": _text, "cache_dir": _cache_dir, "device": _choice(*DEVICES),
    "sync": _choice(*SYNC_LEVELS), "script": _choice(*SCRIPT_CHOICES), "speed": _speed, "sample_rate": _sample_rate,
    "languages": _languages, "chapters": _roles("a chapter number"), "dialogue": _role,
    "characters": _roles("a name"), "footnotes": _choice(*FOOTNOTES),
}  # fmt: skip
