"""What `serve` and `feed` read: an edition's folder, and a library: the editions in the folders directly under one
folder (what `build A B C --out-dir DIR` makes), newest first.

An edition's index.json is read again when it changes, so a rebuild is served without a restart. A library's
folder is looked at again on every call, so an edition built while `serve` runs is listed at once; a folder without
index.json (a build still under way) is passed over, one whose index cannot be read is named in an error.
"""

from __future__ import annotations

from collections.abc import Iterable
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tts_edition.errors import EditionError
from tts_edition.script.writing import writing
from tts_edition.timing.index import edition_script, read_index


class Edition:
    """The build folder as it is now: its real root, and its index, read again when index.json changes."""

    def __init__(self, folder: Path, base: str = "/") -> None:
        self.folder = Path(folder).absolute()
        self.base = base  # the URL path it is served under
        self._stamp, self._index = self._read()  # an edition that cannot be read is refused at once

    @property
    def root(self) -> Path:
        return self.folder.resolve()

    @property
    def index(self) -> dict[str, Any]:
        if self._index_stamp() != self._stamp:
            self._stamp, self._index = self._read()
        return self._index

    def _read(self) -> tuple[tuple[int, int, int] | None, dict[str, Any]]:
        return self._index_stamp(), read_index(self.root)

    def _index_stamp(self) -> tuple[int, int, int] | None:
        try:
            stat = (self.root / "index.json").stat()
        except OSError:  # read_index says what is wrong
            return None
        return stat.st_ino, stat.st_mtime_ns, stat.st_size

    def file(self, path: str) -> Path | HTTPStatus:
        """The real file a URL path names (a folder names its index.html), or why it is not served."""
        parts = [p for p in path.split("/") if p]
        if "\x00" in path or "\\" in path or _hidden(parts):  # .., and hidden files
            return HTTPStatus.NOT_FOUND
        try:
            root = self.root
            real = root.joinpath(*parts).resolve(strict=True)
            if real.is_dir():
                real = (real / "index.html").resolve(strict=True)
        except (OSError, RuntimeError):  # missing, unreadable, or a symlink loop
            return HTTPStatus.NOT_FOUND
        if not real.is_relative_to(root):
            return HTTPStatus.FORBIDDEN
        return HTTPStatus.NOT_FOUND if _hidden(real.relative_to(root).parts) or not real.is_file() else real


class Library:
    """The editions under `folder`, each served under `/<its folder name>/`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder).absolute()
        self._known: dict[str, Edition] = {}  # by folder name; each re-reads its index when it changes
        if not self.editions():
            raise EditionError(f"{folder}: no edition here or in the folders under it (build one, or give its folder)")

    def editions(self) -> list[Edition]:
        """Every edition under the folder now, newest first (by date, then title)."""
        try:
            names = sorted(p.name for p in self.folder.iterdir() if _edition_folder(p))
        except OSError as exc:
            raise EditionError(f"{self.folder}: cannot list the folder ({exc.strerror})") from None
        self._known = {name: self._known.get(name) or Edition(self.folder / name, f"/{quote(name)}/") for name in names}
        by_title = sorted(self._known.values(), key=lambda e: e.index["title"])
        return sorted(by_title, key=lambda e: e.index.get("date") or "", reverse=True)

    def edition(self, name: str) -> Edition | None:
        """The edition in the folder `name`, if there is one."""
        return next((e for e in self.editions() if e.folder.name == name), None)


def summary(edition: Edition) -> dict[str, Any]:
    """What a list of editions shows of one: `GET /api/editions` and the library's page."""
    index = edition.index
    return {
        "id": edition.folder.name,
        "title": index["title"],
        "author": index.get("author") or "",
        "date": index.get("date"),
        "duration": index["duration"],
        "language": index["language"],
        "script": edition_script(index),
        "lang": writing(index["language"], edition_script(index)).lang,
        "chapters": len(index["chapters"]),
        "url": edition.base,
        "audio": edition.base + quote(index["audio"]["mp3"]),
        "paragraphs": edition.base + "api/paragraphs",
    }


def _edition_folder(path: Path) -> bool:
    return not _hidden([path.name]) and (path / "index.json").is_file()


def _hidden(parts: Iterable[str]) -> bool:
    return any(p.startswith(".") for p in parts)
