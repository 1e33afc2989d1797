"""The one exception type for every failure a user can cause or fix, and how system errors become one."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

# What a user can do about each error the operating system reports.
_ADVICE = {
    errno.ENOSPC: "free some space or choose another folder",
    errno.EDQUOT: "free some space within your quota or choose another folder",
    errno.EROFS: "choose a folder on a writable disk",
    errno.EACCES: "check its permissions or choose another folder",
    errno.EPERM: "check its permissions or choose another folder",
    errno.ENOTDIR: "a part of that path is a file, not a folder: choose another path",
    errno.EISDIR: "that is a folder: name a file",
    errno.ENOENT: "check the path",
    errno.ENAMETOOLONG: "use a shorter path",
    errno.EMFILE: "raise the limit with `ulimit -n` or use fewer --jobs",
    errno.ENFILE: "close some programs or use fewer --jobs",
    errno.EIO: "the disk reported an input/output error: check it",
}


class EditionError(Exception):
    """A problem with the input, the settings or the environment, explained in one line."""


class Interrupted(EditionError):
    """The user stopped the command (Ctrl-C or SIGTERM)."""


def system_error(exc: OSError, path: str | Path | None = None, advice: str | None = None) -> EditionError:
    """`<path>: <what happened> (<what to do>)` for an error the operating system raised."""
    where = path if path is not None else exc.filename
    what = (exc.strerror or str(exc)).lower()
    todo = advice or _ADVICE.get(exc.errno or 0, "check the path and try again")
    return EditionError(f"{where}: {what} ({todo})" if where is not None else f"{what} ({todo})")


@contextlib.contextmanager
def reported(path: str | Path | None = None, advice: str | None = None) -> Iterator[None]:
    """Turn an OSError inside the block into one EditionError line about `path` (else the file it names)."""
    try:
        yield
    except OSError as exc:
        raise system_error(exc, path, advice) from None
