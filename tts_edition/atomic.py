"""Atomic file writes: a temp file in the same folder, then one rename."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temp path beside `target`; rename it over `target` only if the block succeeds.

    An OSError names `target`, not the temp file the user never asked for.
    """
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Created with 0o666 for the kernel to apply the umask: the mode a plain open() would give.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        yield tmp
        os.replace(tmp, target)
    except OSError as exc:
        if exc.filename in (str(tmp), tmp):
            exc.filename = str(target)
        raise
    finally:
        tmp.unlink(missing_ok=True)


def write_text(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def touch(path: Path) -> None:
    """Mark a cache entry recently used, so that pruning keeps it; a read-only cache keeps its old times."""
    with contextlib.suppress(OSError):
        os.utime(path)


def link_or_copy(source: Path, target: Path) -> None:
    """`target` as another name of `source`'s file; a copy where the file system cannot link the two."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
