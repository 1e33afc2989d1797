"""An edition folder replaced as a whole: a build writes a new generation and one rename publishes it.

`build/book` is a symbolic link to `build/.book.tts-edition/gen-000007`, a folder holding one build's outputs and
nothing else. A build writes `gen-000008` beside it, then points the link there with one rename, so a kill at any
instant leaves either the whole old edition or the whole new one: never new clips beside an old index, never a
format the new build did not write. Files a user put into the edition folder are not the build's (its manifest
lists every file it wrote); they are linked into the next generation, never deleted.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from tts_edition.errors import EditionError, reported

MANIFEST = ".edition-files.json"
_PREFIX = "gen-"
_RENAME_EXCHANGE = 2  # renameat2(2): swap two paths atomically
_AT_FDCWD = -100
# What builds before generations wrote into the folder itself: their own record is their clip list.
_LEGACY_CLIPS = "clips/.clips.json"
_LEGACY_NAMES = ("index.json", "report.json", "index.html", ".build.lock", _LEGACY_CLIPS)
_LEGACY_SUFFIXES = (".mp3", ".m4b", ".flac", ".vtt", ".srt", ".epub", ".aac.m4a")


def state_dir(out: Path) -> Path:
    """The hidden folder beside OUT holding its generations and its lock."""
    return out.parent.resolve() / f".{out.name}.tts-edition"


@contextlib.contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """One build at a time per edition; a killed build's lock goes with its process, its leftovers with the next."""
    if out.name in ("", ".", ".."):
        raise EditionError(f"{out}: name the edition's folder (e.g. --out build/book)")
    state = state_dir(out)
    with reported(out):
        state.mkdir(parents=True, exist_ok=True)
        lock = (state / "lock").open("a+")
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another process"
            raise EditionError(
                f"{out}: another build is writing here (pid {holder}); wait for it or use another --out"
            ) from None
        lock.seek(0)
        lock.truncate()
        lock.write(str(os.getpid()))
        lock.flush()
        _remove_unpublished(out)
        yield


def new_generation(out: Path) -> Path:
    """An empty folder for this build's outputs, numbered after every earlier one."""
    numbers = [int(p.name.removeprefix(_PREFIX)) for p in state_dir(out).glob(f"{_PREFIX}*") if p.name[4:].isdigit()]
    folder = state_dir(out) / f"{_PREFIX}{max(numbers, default=0) + 1:06d}"
    folder.mkdir()
    return folder


def publish(generation: Path, out: Path) -> None:
    """Record what the build wrote, bring over the user's own files, and switch OUT to `generation` at once."""
    written = sorted(str(p.relative_to(generation)) for p in generation.rglob("*") if not p.is_dir())
    (generation / MANIFEST).write_text(json.dumps(written, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    previous = out.resolve() if out.is_dir() else None
    if previous is not None:
        _carry_over(previous, generation)
    link = state_dir(out) / f"link-{generation.name}"
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(generation, out.parent))
    _switch(link, out)
    if previous is not None and previous.parent == state_dir(out):
        shutil.rmtree(previous, ignore_errors=True)


def _switch(link: Path, out: Path) -> None:
    """The one step that publishes: OUT becomes `link`."""
    if out.is_symlink() or not out.exists():
        os.replace(link, out)
    else:  # a plain folder: an earlier layout, or the user's own
        _exchange(link, out)
        shutil.rmtree(link)  # now the old folder; whatever it held that was not the build's was carried over


def _carry_over(previous: Path, generation: Path) -> None:
    """Link every file of the previous edition that its build did not write into the new generation."""
    own = _written_by_build(previous)
    for path in sorted(previous.rglob("*")):
        relative = path.relative_to(previous)
        target = generation / relative
        if path.is_dir() and not path.is_symlink():
            continue
        if own.intersection({str(relative), *map(str, relative.parents)}) or target.exists() or target.is_symlink():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink():
            target.symlink_to(os.readlink(path))
        else:
            _link_or_copy(path, target)


def _written_by_build(folder: Path) -> set[str]:
    """The relative paths the build that made `folder` wrote: its manifest, or an earlier layout's own record."""
    manifest = folder / MANIFEST
    if manifest.is_file():
        return {MANIFEST, *json.loads(manifest.read_text(encoding="utf-8"))}
    names = {*_LEGACY_NAMES, *(f"{folder.name}{suffix}" for suffix in _LEGACY_SUFFIXES)}
    names |= {p.name for p in folder.glob(".staging-*")}
    with contextlib.suppress(OSError, ValueError, AttributeError):
        clips = json.loads((folder / _LEGACY_CLIPS).read_text(encoding="utf-8"))
        names |= {f"clips/{name}" for name in clips.values() if isinstance(name, str) and "/" not in name}
    return names


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _exchange(first: Path, second: Path) -> None:
    """Swap two paths in one step (Linux renameat2); where the file system cannot, two renames."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is not None:
        result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
        if result == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
            raise OSError(code, os.strerror(code), str(second))
    aside = first.with_name(f"{first.name}.old")
    os.rename(second, aside)
    os.replace(first, second)
    os.rename(aside, first)


def _remove_unpublished(out: Path) -> None:
    """Generations and links a killed build left, and an interrupted first switch's folder."""
    current = out.resolve() if out.is_symlink() else None
    for path in state_dir(out).iterdir():
        if path.name == "lock" or path == current:
            continue
        if path.is_symlink() or path.is_file():
            path.unlink()
        else:
            shutil.rmtree(path, ignore_errors=True)
