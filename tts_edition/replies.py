"""What `tts-edition serve` answers to a GET: the edition's files (one byte range at most), the reader page made
from index.json when the folder has none, `/api/paragraphs` (every paragraph) and `/api/paragraphs/<id>`. A library
(a folder of editions) answers its page and `/api/editions` at its root, and each edition under `/<its folder>/`.
JSON is UTF-8. With a CORS origin, pages from it may read every answer.

Nothing outside the build folder is served: a path, a folder's index.html included, is followed through its symlinks
and served only when the real file is inside the edition's real folder; hidden names (the build's own state) are
refused. index.json is read again when it changes, so a rebuild is served without a restart.
"""

from __future__ import annotations

import json
import mimetypes
import os
import re
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO
from urllib.parse import quote, unquote, urlsplit

from tts_edition.library import Edition, Library, summary
from tts_edition.reader import page
from tts_edition.reader.library import library_page

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",  # UTF-8 by definition (RFC 8259)
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
_METHODS = "GET, HEAD, OPTIONS"
_RANGE = re.compile(r"^bytes=(?=\d|-\d)(\d{0,18})-(\d{0,18})$")  # longer numbers are malformed: the whole file


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


def reply_to(served: Edition | Library, method: str, target: str, range_header: str) -> Reply:
    """The answer to `method target` (its body is the client's to leave out on HEAD)."""
    if method == "OPTIONS":  # a browser asking before a cross-origin request (CORS)
        return Reply(HTTPStatus.NO_CONTENT, [("Allow", _METHODS)])
    if method not in ("GET", "HEAD"):
        refused = error_reply(HTTPStatus.METHOD_NOT_ALLOWED, "only GET, HEAD and OPTIONS")
        refused.headers.append(("Allow", _METHODS))
        return refused
    try:
        path = unquote(urlsplit(target).path)
    except ValueError:  # an unclosed IPv6 bracket
        return error_reply(HTTPStatus.BAD_REQUEST, "malformed request target")
    if isinstance(served, Edition):
        return _edition_reply(served, path, range_header)
    return _library_reply(served, path, range_header)


def _library_reply(library: Library, path: str, range_header: str) -> Reply:
    """The library's page and list of editions, or what an edition under `/<its folder name>/` answers."""
    if path in ("/", "/index.html"):
        return _content(library_page([summary(e) for e in library.editions()]).encode(), MIME_TYPES[".html"])
    if path == "/api/editions":
        return _json([summary(e) for e in library.editions()])
    name, slash, rest = path.removeprefix("/").partition("/")
    edition = library.edition(name)
    if edition is None:
        return error_reply(HTTPStatus.NOT_FOUND, "no such edition")
    if not slash:  # the reader page's links are relative to its folder
        return Reply(HTTPStatus.PERMANENT_REDIRECT, [("Location", edition.base)])
    return _edition_reply(edition, "/" + rest, range_header)


def _edition_reply(edition: Edition, path: str, range_header: str) -> Reply:
    if path == "/api/paragraphs":
        return _json(paragraph_infos(edition))
    if path.startswith("/api/paragraphs/"):
        wanted = path.removeprefix("/api/paragraphs/")
        found = next((p for p in paragraph_infos(edition) if p["id"] == wanted), None)
        return _json(found) if found else error_reply(HTTPStatus.NOT_FOUND, "no such paragraph")
    if path in ("/", "/index.html") and not (edition.root / "index.html").is_file():
        return _content(page(edition.index).encode(), MIME_TYPES[".html"])
    file = edition.file(path)
    if isinstance(file, HTTPStatus):
        return error_reply(file, file.phrase.lower())
    return _file_reply(file, range_header)


def paragraph_infos(edition: Edition) -> list[dict[str, Any]]:
    return [_paragraph_info(edition, c, p) for c in edition.index["chapters"] for p in c["paragraphs"]]


def _paragraph_info(edition: Edition, chapter: dict[str, Any], paragraph: dict[str, Any]) -> dict[str, Any]:
    """A paragraph as the API gives it: its text, times and clips (the Opus clip where the edition has them)."""
    clip = edition.base + quote(paragraph["clip"])
    clips = edition.index["audio"].get("clips", ["mp3"])
    return {
        "id": paragraph["id"],
        "chapter": {"id": chapter["id"], "title": chapter["title"]},
        "text": paragraph["text"],
        "spoken": paragraph["spoken"],
        "start": paragraph["start"],
        "end": paragraph["end"],
        "clip": clip,
        "clip_opus": str(PurePosixPath(clip).with_suffix(".opus")) if "opus" in clips else None,
        "sentences": [{k: s[k] for k in ("id", "text", "start", "end")} for s in paragraph["sentences"]],
    }


def with_cors(reply: Reply, origin: str) -> Reply:
    """The reply, readable by pages from `origin` (their scripts may ask for ranges and see how long a file is)."""
    reply.headers += [
        ("Access-Control-Allow-Origin", origin),
        ("Access-Control-Allow-Methods", _METHODS),
        ("Access-Control-Allow-Headers", "Range"),
        ("Access-Control-Expose-Headers", "Accept-Ranges, Content-Length, Content-Range"),
        ("Access-Control-Max-Age", "86400"),
    ]
    return reply


def error_reply(status: HTTPStatus, message: str) -> Reply:
    return Reply(status, [("Content-Type", MIME_TYPES[".json"])], json.dumps({"error": message}).encode())


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


def _json(data: Any) -> Reply:
    """JSON as UTF-8 (Kazakh letters as themselves, not \\u escapes)."""
    return _content(json.dumps(data, ensure_ascii=False).encode(), MIME_TYPES[".json"])


def _content(body: bytes, kind: str) -> Reply:
    return Reply(HTTPStatus.OK, [("Content-Type", kind), ("Cache-Control", "no-cache")], body)


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
