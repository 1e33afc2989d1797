"""What `tts-edition serve` answers to a GET: the edition's files (one byte range at most), the reader page made
from index.json when the folder has none, and `/api/paragraphs/<id>`.

Nothing outside the build folder is served: a path, a folder's index.html included, is followed through its symlinks
and served only when the real file is inside the edition's real folder; hidden names (the build's own state) are
refused. index.json is read again when it changes, so a rebuild is served without a restart.
"""

from __future__ import annotations

import json
import mimetypes
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urlsplit

from tts_edition.reader import page
from tts_edition.timing.index import read_index

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".mp3": "audio/mpeg",
    ".m4b": "audio/mp4",
    ".opus": "audio/ogg; codecs=opus",
    ".flac": "audio/flac",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip; charset=utf-8",
    ".smil": "application/smil+xml",
    ".epub": "application/epub+zip",
    ".lrc": "text/plain; charset=utf-8",
    ".cue": "text/plain; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
_RANGE = re.compile(r"^bytes=(?=\d|-\d)(\d{0,18})-(\d{0,18})$")  # longer numbers are malformed: the whole file


class Edition:
    """The build folder as it is now: its real root, and its index, read again when index.json changes."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder).absolute()
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


@dataclass
class FileSpan:
    """`length` bytes of an open file from byte `first`: a response body that goes out with sendfile."""

    file: BinaryIO
    first: int
    length: int

    def __len__(self) -> int:
        return self.length


@dataclass
class Reply:
    status: HTTPStatus
    headers: list[tuple[str, str]]
    body: bytes | FileSpan = b""


def reply_to(edition: Edition, method: str, target: str, range_header: str) -> Reply:
    """The answer to `method target` (its body is the client's to leave out on HEAD)."""
    if method not in ("GET", "HEAD"):
        refused = error_reply(HTTPStatus.METHOD_NOT_ALLOWED, "only GET and HEAD")
        refused.headers.append(("Allow", "GET, HEAD"))
        return refused
    try:
        path = unquote(urlsplit(target).path)
    except ValueError:  # an unclosed IPv6 bracket
        return error_reply(HTTPStatus.BAD_REQUEST, "malformed request target")
    if path.startswith("/api/paragraphs/"):
        info = paragraph_info(edition.index, path.removeprefix("/api/paragraphs/"))
        if info is None:
            return error_reply(HTTPStatus.NOT_FOUND, "no such paragraph")
        return _content(json.dumps(info, ensure_ascii=False).encode(), "application/json")
    if path in ("/", "/index.html") and not (edition.root / "index.html").is_file():
        return _content(page(edition.index).encode(), MIME_TYPES[".html"])
    file = edition.file(path)
    if isinstance(file, HTTPStatus):
        return error_reply(file, file.phrase.lower())
    return _file_reply(file, range_header)


def paragraph_info(index: dict[str, Any], paragraph_id: str) -> dict[str, Any] | None:
    found = next(((c, p) for c in index["chapters"] for p in c["paragraphs"] if p["id"] == paragraph_id), None)
    if found is None:
        return None
    chapter, paragraph = found
    return {
        "id": paragraph["id"],
        "chapter": {"id": chapter["id"], "title": chapter["title"]},
        "text": paragraph["text"],
        "spoken": paragraph["spoken"],
        "start": paragraph["start"],
        "end": paragraph["end"],
        "clip": "/" + paragraph["clip"],
        "sentences": [{k: s[k] for k in ("id", "text", "start", "end")} for s in paragraph["sentences"]],
    }


def error_reply(status: HTTPStatus, message: str) -> Reply:
    return Reply(status, [("Content-Type", "application/json")], json.dumps({"error": message}).encode())


def _file_reply(file: Path, range_header: str) -> Reply:
    """The whole file, or the one range asked for; a malformed or multi-part range gets the whole file (RFC 9110)."""
    try:
        source = file.open("rb")
    except OSError:
        return error_reply(HTTPStatus.NOT_FOUND, "not found")
    size = os.fstat(source.fileno()).st_size
    kind = MIME_TYPES.get(file.suffix.lower()) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    headers = [("Content-Type", kind), ("Accept-Ranges", "bytes"), ("Cache-Control", "no-cache")]
    wanted = _single_range(range_header)
    if wanted is None:
        return Reply(HTTPStatus.OK, headers, FileSpan(source, 0, size))
    span = _byte_range(wanted, size)
    if span is None:
        source.close()
        return Reply(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, [("Content-Range", f"bytes */{size}")])
    first, last = span
    headers.append(("Content-Range", f"bytes {first}-{last}/{size}"))
    return Reply(HTTPStatus.PARTIAL_CONTENT, headers, FileSpan(source, first, last - first + 1))


def _content(body: bytes, kind: str) -> Reply:
    return Reply(HTTPStatus.OK, [("Content-Type", kind), ("Cache-Control", "no-cache")], body)


def _hidden(parts: Iterable[str]) -> bool:
    return any(p.startswith(".") for p in parts)


def _single_range(header: str) -> re.Match[str] | None:
    """A valid one-range `bytes=` header; None for anything else (malformed, multi-part, last before first)."""
    match = _RANGE.match(header.strip())
    if match and match[1] and match[2] and int(match[2]) < int(match[1]):
        return None
    return match


def _byte_range(match: re.Match[str], size: int) -> tuple[int, int] | None:
    """(first, last) byte of a `bytes=` range, or None when it cannot be satisfied."""
    if size == 0:
        return None
    first, last = match.groups()
    if not first:  # the final N bytes; the final 0 bytes are no bytes at all
        return (max(0, size - int(last)), size - 1) if int(last) > 0 else None
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    return (start, end) if start <= end else None
