"""One paragraph's clip: where it is, and playing it on this machine's audio output."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tts_edition.audio.encode import ffmpeg
from tts_edition.errors import EditionError
from tts_edition.timing.index import paragraphs, read_index

# Players that read a WAV file, most capable first; aplay needs an ALSA device of its own.
_PLAYERS = (("pw-play", []), ("paplay", []), ("aplay", ["-q"]))


def clip_path(build_dir: Path, paragraph_id: str) -> Path:
    for paragraph in paragraphs(read_index(build_dir)):
        if paragraph["id"] == paragraph_id:
            path = Path(build_dir) / paragraph["clip"]
            if not path.is_file():
                raise EditionError(f"{path}: the clip is missing; rebuild the edition")
            return path
    raise EditionError(f"no paragraph '{paragraph_id}' in {build_dir} (ids look like c01-p001)")


def audio_player() -> list[str] | None:
    """The command of a player that can reach a sound device here, or None."""
    for name, args in _PLAYERS:
        path = shutil.which(name)
        if not path:
            continue
        if name == "aplay" and not any(d.startswith("pcmC") for d in _listdir("/dev/snd")):
            continue
        if name != "aplay" and not _sound_server():
            continue
        return [path, *args]
    return None


def play_file(path: Path) -> None:
    player = audio_player()
    if player is None:
        raise EditionError(
            f"no audio output on this machine (no PipeWire/PulseAudio server or ALSA device); the clip is {path}"
        )
    with tempfile.TemporaryDirectory() as scratch:
        wav = Path(scratch) / "clip.wav"
        subprocess.run([ffmpeg(), "-v", "error", "-i", str(path), str(wav)], check=True)
        if subprocess.run([*player, str(wav)], capture_output=True).returncode != 0:
            raise EditionError(f"{Path(player[0]).name} could not play {path}")


def _sound_server() -> bool:
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    sockets = [Path(runtime, "pulse", "native"), Path(runtime, "pipewire-0")] if runtime else []
    return bool(os.environ.get("PULSE_SERVER")) or any(s.exists() for s in sockets)


def _listdir(folder: str) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []
