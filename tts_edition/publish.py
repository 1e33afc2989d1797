"""An edition folder that the build writes in place and shares with its user.

`build/book` is an ordinary folder, the user's link to one, or a mount point: people serve it, rsync it, keep
notes and their own clips in it, keep it in git. The build owns only the files its record lists
(`.tts-edition/manifest.json`: each file's size and sha256, and the inode and time it had when written). It never
moves, re-creates, re-modes or deletes anything else, and a file of its own that someone has changed since is not
replaced: the build refuses, in one line, before anything is synthesised.

A build writes its outputs into `.tts-edition/staging/` and publishes them in two steps:
1. the plan (which staged file goes where, which files of the old edition go) is written to
   `.tts-edition/publish.json` with one rename: the commit point;
2. each staged file is renamed into place, `index.json` last, the old edition's files the new one lacks are
   removed, the manifest is written and the plan removed.
A kill before the commit point leaves the old edition as it was. After it, only renames are left to do: the next
build finishes them before anything else, and `check` says that a publish is unfinished until then.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import json
import os
import re
import secrets
import shutil
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from tts_edition.atomic import write_text
from tts_edition.errors import EditionError, reported

STATE = ".tts-edition"
MANIFEST_SCHEMA = "tts-edition/manifest/1"
_MANIFEST = "manifest.json"
_PLAN = "publish.json"
_STAGING = "staging"
_LAST = ("index.html", "index.json")  # readers start from these: they change after the files they name
_MAX_LINKS = 40
_HASH_CHUNK = 1 << 20
# Earlier layouts. Until 0.1 a build wrote into the folder itself, its clip list its only record; then `build/book`
# was a link to `build/.book.tts-edition/gen-NNNNNN`, a folder listing its build's files in `.edition-files.json`.
_GENERATIONS_MANIFEST = ".edition-files.json"
_LEGACY_CLIPS = "clips/.clips.json"
_LEGACY_NAMES = ("index.json", "report.json", "index.html", ".build.lock", _LEGACY_CLIPS)
_LEGACY_SUFFIXES = (".mp3", ".m4b", ".flac", ".vtt", ".srt", ".epub", ".aac.m4a")
_BUILT_CLIP = re.compile(r"c\d+-p\d+\.(mp3|opus)")
_RENAME_EXCHANGE = 2  # renameat2(2): swap two paths atomically
_AT_FDCWD = -100


@dataclass(frozen=True)
class Written:
    """A file as the build wrote it."""

    size: int
    sha256: str
    inode: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> Written:
        info = path.stat()
        return cls(info.st_size, file_sha256(path), info.st_ino, info.st_mtime_ns)

    def unchanged(self, path: Path) -> bool:
        """Whether `path` still holds these bytes: the same inode and time, or else the same content."""
        try:
            info = path.lstat()
        except FileNotFoundError:
            return False
        if not stat.S_ISREG(info.st_mode) or info.st_size != self.size:
            return False
        return (info.st_ino, info.st_mtime_ns) == (self.inode, self.mtime_ns) or file_sha256(path) == self.sha256

    def as_json(self) -> list[Any]:
        return [self.size, self.sha256, self.inode, self.mtime_ns]


# What the build owns in a folder: a record per file, or None for an earlier layout's file known by its name alone.
Owned = dict[str, Written | None]


def _unchanged(path: Path, record: Written | None) -> bool:
    return record.unchanged(path) if record else path.is_file() and not path.is_symlink()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class EditionFolder:
    """An edition's folder as a build or an export sees it, under its lock."""

    out: Path  # as the user named it, for messages
    root: Path  # the real folder
    owned: Owned
    exports: list[dict[str, str]] = field(default_factory=list)  # exports written into the edition, kept current
    previous_made_from: str = ""  # what the edition in the folder was made from (`batch.made_from`)
    made_from: str = ""  # what this build's edition is made from

    @property
    def staging(self) -> Path:
        return self.root / STATE / _STAGING

    def refuse_collisions(self, relatives: Iterable[str]) -> None:
        """One line for the first path the build would write over a file that is not its own, as it wrote it."""
        for relative in relatives:
            path = self.root / relative
            if not os.path.lexists(path):
                continue
            if relative not in self.owned:
                raise EditionError(
                    f"{self.out / relative}: not written by tts-edition; move it away or build into another --out"
                )
            if not _unchanged(path, self.owned[relative]):
                raise EditionError(
                    f"{self.out / relative}: changed since tts-edition wrote it; move it away (or delete it) "
                    "and build again"
                )

    def record_export(self, relative: str, export: dict[str, str]) -> None:
        """Add a file that `export` wrote into the edition: it is the build's from now on, rewritten by each build."""
        self.owned[relative] = Written.of(self.root / relative)
        self.exports = [e for e in self.exports if e["file"] != relative] + [export]
        _write_manifest(self.root, self.owned, self.exports, self.previous_made_from)


@contextlib.contextmanager
def edition_folder(out: Path, planned: Iterable[str] = (), adopt: bool = False) -> Iterator[EditionFolder]:
    """OUT checked, locked and ready for a build that will write `planned` (paths relative to it).

    Refused in one line, before anything is written: a file, a link to nothing, a folder that holds files of its
    own and is no edition (unless `adopt`), a planned path over a file the build did not write. An earlier
    layout's edition is taken over where it stands; a publish a killed build left unfinished is finished first.
    """
    out = Path(out)
    if out.name in ("", ".", ".."):
        raise EditionError(f"{out}: name the edition's folder (e.g. --out build/book)")
    root, created = _real_folder(out, adopt)
    with _locked(out, root):
        try:
            finish_publish(root, out)
            folder = EditionFolder(out, root, *_read_record(root, out))
            planned = list(planned)
            folder.refuse_collisions(planned)
            _probe_writable(out, root, planned)
            _remove_leftovers(root)
            yield folder
        except BaseException:
            if created:  # nothing of this build is left: not even the folder
                _remove_if_empty(root)
            raise


@contextlib.contextmanager
def _locked(out: Path, root: Path) -> Iterator[None]:
    """One build (or export) at a time per edition; a killed build's lock goes with its process."""
    with reported(out):
        if not (root / STATE).is_dir():
            (root / STATE).mkdir()
            write_text(root / STATE / ".gitignore", "# the build's own state: kept out of a repository here\n*\n")
        lock = (root / STATE / "lock").open("a+")
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
        yield


def publish(folder: EditionFolder) -> None:
    """Make the staged edition the edition: commit the plan, then carry it out."""
    staged = sorted(
        (str(p.relative_to(folder.staging)) for p in folder.staging.rglob("*") if not p.is_dir()),
        key=lambda name: (name in _LAST, _LAST.index(name) if name in _LAST else 0, name),
    )
    folder.refuse_collisions(staged)  # again: the user may have put a file there during the build
    files: dict[str, Written] = {}
    moves, replaces = [], {}
    for relative in staged:
        source, target = folder.staging / relative, folder.root / relative
        new = Written.of(source)
        old = folder.owned.get(relative)
        if old and old.sha256 == new.sha256 and os.path.lexists(target):
            source.unlink()  # the same bytes are in place (checked above): keep that file, its inode and its time
            info = target.stat()
            files[relative] = Written(new.size, new.sha256, info.st_ino, info.st_mtime_ns)
            continue
        if os.path.lexists(target):
            replaces[relative] = old.as_json() if old else None
        files[relative] = new
        moves.append(relative)
    removes = {
        name: record.as_json() if record else None
        for name, record in folder.owned.items()
        if name not in files and os.path.lexists(folder.root / name)
    }
    plan = {
        "schema": MANIFEST_SCHEMA,
        "files": {name: record.as_json() for name, record in files.items()},
        "exports": folder.exports,
        "made_from": folder.made_from,
        "moves": moves,
        "replaces": replaces,
        "removes": removes,
    }
    with reported(folder.out):
        write_text(folder.root / STATE / _PLAN, json.dumps(plan, ensure_ascii=False, indent=0) + "\n")
    finish_publish(folder.root, folder.out)


def finish_publish(root: Path, out: Path | None = None) -> None:
    """Carry out a committed plan: every step can be done again, so a plan cut short is finished by doing it."""
    path = root / STATE / _PLAN
    if not path.is_file():
        return
    plan = _read_json(path, out or root)
    with reported(out or root):
        for relative in plan["moves"]:
            _move_into_place(root, relative, plan["replaces"], out or root)
        for relative, record in plan["removes"].items():
            target = root / relative
            if _unchanged(target, _record(record)):
                target.unlink()
        files = {n: _record(r) for n, r in plan["files"].items()}
        _write_manifest(root, files, plan["exports"], plan.get("made_from", ""))
        path.unlink()
        shutil.rmtree(root / STATE / _STAGING, ignore_errors=True)


def unfinished_publish(root: Path) -> bool:
    """Whether a build was killed between committing its plan and finishing it."""
    return (Path(root) / STATE / _PLAN).is_file()


def changed_files(root: Path) -> tuple[int, list[str]]:
    """How many files the manifest lists, and those that are missing or no longer what the build wrote."""
    owned, *_ = _read_record(Path(root), Path(root))
    bad = [name for name, record in owned.items() if record is not None and not record.unchanged(Path(root) / name)]
    return len(owned), bad


def _move_into_place(root: Path, relative: str, replaces: dict[str, Any], out: Path) -> None:
    source, target = root / STATE / _STAGING / relative, root / relative
    if not os.path.lexists(source):
        return  # moved before the cut
    if os.path.lexists(target) and not (relative in replaces and _unchanged(target, _record(replaces[relative]))):
        raise EditionError(
            f"{out / relative}: a file appeared there while the edition was published; move it away and build again"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)


def _record(value: list[Any] | None) -> Written | None:
    return Written(*value) if value else None


def _write_manifest(root: Path, owned: Owned, exports: list[dict[str, str]], made_from: str) -> None:
    """The build's record, a line per file: [size, sha256, inode, mtime_ns], or null for an earlier layout's."""
    files = ",\n".join(
        f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(record.as_json() if record else None)}"
        for name, record in sorted(owned.items())
    )
    text = (
        f'{{"schema": "{MANIFEST_SCHEMA}",\n "made_from": {json.dumps(made_from)},\n'
        f' "exports": {json.dumps(exports, ensure_ascii=False)},\n "files": {{\n{files}\n }}\n}}\n'
    )
    write_text(root / STATE / _MANIFEST, text)


def _read_json(path: Path, out: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("schema") != MANIFEST_SCHEMA:
        raise EditionError(
            f"{out}: the build's record {STATE}/{path.name} cannot be read; move the edition's files elsewhere and "
            "build into an empty folder"
        )
    return data


def _read_record(root: Path, out: Path) -> tuple[Owned, list[dict[str, str]], str]:
    """What the build owns in ROOT, the exports it keeps current and what the edition was made from, from its
    manifest or an earlier layout."""
    manifest = root / STATE / _MANIFEST
    if manifest.is_file():
        data = _read_json(manifest, out)
        owned = {name: _record(record) for name, record in data["files"].items()}
        return owned, data["exports"], str(data.get("made_from", ""))
    return dict.fromkeys(_earlier_layout_files(root)), [], ""


def _earlier_layout_files(root: Path) -> set[str]:
    """The files an earlier layout's build wrote: a generation's list, or the names a build gave its outputs."""
    listed = root / _GENERATIONS_MANIFEST
    with contextlib.suppress(OSError, ValueError):
        names = json.loads(listed.read_text(encoding="utf-8"))
        if isinstance(names, list):
            return {_GENERATIONS_MANIFEST, *(n for n in names if isinstance(n, str))}
    name = _earlier_edition_name(root)
    if name is None:
        return set()
    names = {*_LEGACY_NAMES, *(f"{name}{suffix}" for suffix in _LEGACY_SUFFIXES)}
    with contextlib.suppress(OSError, ValueError, AttributeError):
        clips = json.loads((root / _LEGACY_CLIPS).read_text(encoding="utf-8"))
        names |= {f"clips/{clip}" for clip in clips.values() if isinstance(clip, str) and "/" not in clip}
    with contextlib.suppress(OSError):
        names |= {f"clips/{p.name}" for p in (root / "clips").iterdir() if _BUILT_CLIP.fullmatch(p.name)}
    return names


def _earlier_edition_name(root: Path) -> str | None:
    """The name an earlier build gave its files (its MP3's stem), when ROOT holds an edition of one."""
    with contextlib.suppress(OSError, ValueError, AttributeError, TypeError):
        index = json.loads((root / "index.json").read_text(encoding="utf-8"))
        if str(index.get("schema", "")).startswith("tts-edition/index/"):
            return PurePath(index["audio"]["mp3"]).stem
    return None


def _is_edition(folder: Path) -> bool:
    return (
        (folder / STATE).is_dir()
        or (folder / _GENERATIONS_MANIFEST).is_file()
        or _earlier_edition_name(folder) is not None
    )


def _real_folder(out: Path, adopt: bool) -> tuple[Path, bool]:
    """The folder OUT names, through the user's links, and whether it was created now. Refuses what is unsafe."""
    with reported(out):
        folder = _through_links(out)
        if not folder.exists() and folder != out:
            raise EditionError(
                f"{out}: a link to {folder}, which does not exist; create that folder or choose another --out"
            )
        created = False
        if not os.path.lexists(folder):
            with contextlib.suppress(FileExistsError):  # another build made it first
                folder.mkdir(parents=True)
                created = True
        if not folder.is_dir():
            raise EditionError(f"{out}: a file, not a folder; --out names the edition's folder")
        if not adopt and not _is_edition(folder) and any(folder.iterdir()):
            raise EditionError(
                f"{out}: a folder that holds other files and no edition; choose an empty or new folder, "
                "or add --into-existing to build beside them (they are never touched)"
            )
        return folder.resolve(), created


def _through_links(out: Path) -> Path:
    """Follow OUT's links to the path they name; a link an earlier layout's build made is replaced on the way by
    the folder it pointed at."""
    path = out
    for _ in range(_MAX_LINKS):
        if not path.is_symlink():
            return path
        target = os.readlink(path)
        if _is_generation_link(path, target):
            return _take_over_generation(path, Path(os.path.normpath(path.parent / target)))
        path = Path(os.path.normpath(path.parent / target))
    raise EditionError(f"{out}: too many levels of links")


def _is_generation_link(link: Path, target: str) -> bool:
    *_, state, generation = ("", "", *PurePath(target).parts)
    return state == f".{link.name}.tts-edition" and re.fullmatch(r"gen-\d+", generation) is not None


def _take_over_generation(link: Path, generation: Path) -> Path:
    """An edition of the generations layout becomes a plain folder where its link was, in one exchange."""
    state = link.parent / f".{link.name}.tts-edition"
    with contextlib.ExitStack() as stack:
        if (state / "lock").is_file():
            lock = stack.enter_context((state / "lock").open("a+"))
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise EditionError(f"{link}: another build is writing here; wait for it or use another --out") from None
        if generation.is_dir() and not generation.is_symlink():
            _exchange(generation, link)
            generation.unlink()  # the link, now where the folder was
        else:  # its generations were deleted: a link to nothing
            link.unlink()
    shutil.rmtree(state, ignore_errors=True)  # the other generations and links: killed builds' leftovers
    return link


def _exchange(first: Path, second: Path) -> None:
    """Swap two paths in one step (Linux renameat2); where the file system cannot, one after the other."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is not None:
        if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
            raise OSError(code, os.strerror(code), str(second))
    aside = first.with_name(f"{first.name}.old")
    os.rename(second, aside)
    os.rename(first, second)
    os.rename(aside, first)


def _probe_writable(out: Path, root: Path, planned: list[str]) -> None:
    """Each existing folder the build will write into takes a file: found out now, not after the synthesis."""
    folders = {(root / relative).parent for relative in planned} | {root}
    for folder in sorted(f for f in folders if f.is_dir()):
        probe = folder / f".tts-edition-probe-{secrets.token_hex(4)}"
        with reported(out / folder.relative_to(root)):
            os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            probe.unlink()


def _remove_leftovers(root: Path) -> None:
    """What a killed build left in the build's own places: its staging, an earlier layout's staging folders."""
    shutil.rmtree(root / STATE / _STAGING, ignore_errors=True)
    if _earlier_edition_name(root) is not None and not (root / STATE / _MANIFEST).is_file():
        for staging in root.glob(".staging-*"):
            shutil.rmtree(staging, ignore_errors=True)


def _remove_if_empty(root: Path) -> None:
    """A folder this build created, when it holds nothing but the build's state: the build failed."""
    with contextlib.suppress(OSError):
        if [p.name for p in root.iterdir()] == [STATE]:
            shutil.rmtree(root / STATE)
            root.rmdir()
