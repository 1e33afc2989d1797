"""`tts-edition voices`: list, describe, download (resumable, verified, atomic) and verify catalogue voices."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tarfile
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tts_edition.errors import EditionError, reported
from tts_edition.voice import (
    FILES_ENV_VAR,
    Voice,
    catalogue,
    check_files,
    download_dir,
    file_sha256,
    load_voice,
    model_file,
)

FILE_ROLES = ("model", "config")
_FILE_FIELDS = ("file", "path", "url", "unpack", "size", "sha256")
_BLOCK = 1 << 16


@dataclass(frozen=True)
class VoiceStatus:
    voice: Voice
    installed: bool
    size: int | None
    problem: str

    @property
    def downloadable(self) -> bool:
        return any("url" in self.voice.spec.get(role, {}) for role in FILE_ROLES)


def status(voice: Voice) -> VoiceStatus:
    size = sum(voice.spec[r].get("size", 0) for r in FILE_ROLES if r in voice.spec) or None
    try:
        check_files(voice)
    except EditionError as exc:
        return VoiceStatus(voice, False, size, str(exc))
    return VoiceStatus(voice, True, size, "")


def list_voices() -> list[VoiceStatus]:
    return [status(load_voice(voice_id)) for voice_id in catalogue()]


def describe(voice: Voice) -> dict[str, Any]:
    spec = voice.spec
    info = {
        "id": voice.id,
        "name": voice.name,
        "engine": voice.engine,
        "language": voice.language,
        "licence": spec.get("licence", "unknown"),
        "attribution": spec.get("attribution", ""),
        "commercial_use": spec.get("commercial_use", True),
        "speakers": spec.get("speakers", []),
        "synthesis": voice.settings,
        "installed": status(voice).installed,
    }
    for role in FILE_ROLES:
        if role in spec:
            info[role] = {k: v for k, v in spec[role].items() if k in _FILE_FIELDS}
    return info


def download(voice: Voice, quiet: bool = False) -> list[Path]:
    """Fetch the voice's files that are missing or damaged; each is verified before it is put in place."""
    folder = download_dir()
    with reported(folder, f"choose a writable folder for voices with {FILES_ENV_VAR}"):
        folder.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=folder).close()  # writable? asked before anything is fetched
        return _download(voice, quiet)


def _download(voice: Voice, quiet: bool) -> list[Path]:
    written = []
    for role in FILE_ROLES:
        entry = voice.spec.get(role)
        if not entry or "url" not in entry:
            continue
        target = download_dir() / entry["file"]
        if target.is_file() and ("unpack" in entry or _valid(target, entry)):
            continue
        if "unpack" in entry:  # the URL is a .tar.gz: its checksum is the archive's
            folder = download_dir() / entry["unpack"]
            archive = folder.with_name(f"{folder.name}.tar.gz")
            _fetch(entry["url"], archive, entry, quiet)
            _unpack(archive, folder, target.relative_to(folder))
        else:
            _fetch(entry["url"], target, entry, quiet)
        written.append(target)
    return written


def _unpack(archive: Path, folder: Path, needed: Path) -> None:
    """Unpack a downloaded archive into `folder` (a single top folder in it is flattened), then delete it.

    The files are unpacked beside `folder` and moved into place in one rename, so a failure leaves no half voice.
    """
    staging = folder.with_name(f".{folder.name}.unpacking")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        with tarfile.open(archive) as tar:
            tar.extractall(staging, filter="data")
    except (tarfile.TarError, OSError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        archive.unlink(missing_ok=True)
        reason = str(exc).splitlines()[0].rstrip(":")
        raise EditionError(f"{archive.name}: cannot unpack ({reason}); run the download again") from None
    top = list(staging.iterdir())
    root = top[0] if len(top) == 1 and top[0].is_dir() else staging
    if not (root / needed).is_file():
        shutil.rmtree(staging, ignore_errors=True)
        raise EditionError(f"{archive.name} has no {needed}; not installed")
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(root, folder)
    shutil.rmtree(staging, ignore_errors=True)
    archive.unlink()


def verify(voice: Voice) -> list[str]:
    """A line per file: ok, or what is wrong with it."""
    lines = []
    for role in FILE_ROLES:
        if role not in voice.spec:
            continue
        try:
            lines.append(f"ok   {role}: {model_file(voice, role)}")
        except EditionError as exc:
            lines.append(f"FAIL {role}: {exc}")
    return lines


def _valid(path: Path, entry: dict[str, Any]) -> bool:
    if entry.get("sha256"):
        return file_sha256(path) == entry["sha256"]
    if path.name.endswith((".json", ".json.part")):
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
    return True


def _fetch(url: str, target: Path, entry: dict[str, Any], quiet: bool) -> None:
    """Download to `<target>.part`, resuming what an earlier attempt left; verify; then rename into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    request = urllib.request.Request(url, headers={"Range": f"bytes={have}-"} if have else {})
    try:
        response = urllib.request.urlopen(request, timeout=60)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # the part is already whole
            response = None
        else:
            raise EditionError(f"download of {target.name} failed: HTTP {exc.code} from {url}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise EditionError(f"download of {target.name} failed: {getattr(exc, 'reason', exc)} ({url})") from None
    if response is not None:
        with response:
            resumed = response.status == 206
            total = int(response.headers.get("Content-Length") or 0) + (have if resumed else 0)
            _save(response, part, "ab" if resumed else "wb", have if resumed else 0, total or entry.get("size"), quiet)
    if entry.get("size") and part.stat().st_size != entry["size"]:
        raise EditionError(
            f"download of {target.name} stopped at {part.stat().st_size} of {entry['size']} bytes; "
            "run it again to resume"
        )
    digest = file_sha256(part)
    if entry.get("sha256") and digest != entry["sha256"]:
        part.unlink()
        expected = entry["sha256"][:12]
        raise EditionError(
            f"{target.name}: checksum mismatch (got {digest[:12]}…, expected {expected}…); not installed"
        )
    if target.suffix == ".json" and not _valid(part, {}):
        part.unlink()
        raise EditionError(f"{target.name}: the downloaded config is not valid JSON; not installed")
    os.replace(part, target)


def _save(response: Any, part: Path, mode: str, done: int, total: int | None, quiet: bool) -> None:
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn  # only downloads

    show = not quiet and sys.stderr.isatty()
    with Progress(
        TextColumn(part.name.removesuffix(".part")), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
        disable=not show, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("download", total=total, completed=done)
        with part.open(mode) as sink:
            try:
                while block := response.read(_BLOCK):
                    sink.write(block)
                    progress.advance(task, len(block))
            except (OSError, ConnectionError) as exc:
                raise EditionError(f"download of {part.name} interrupted ({exc}); run it again to resume") from None
