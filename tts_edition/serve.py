"""`tts-edition serve`: the build folder over HTTP, with byte ranges (browsers seek MP3s with them) and a JSON API.

Nothing outside the build folder is served: a path, a folder's index.html included, is followed through its symlinks
and served only when the real file is inside the edition's real folder; hidden names (the build's own state) are
refused. Requests are answered by a bounded pool of threads, and a
connection that sends nothing for `timeout` seconds is closed, so slow or idle clients cannot pile up threads.
The folder is looked up on every request, and index.json is read again when it changes: after a rebuild it serves
the new edition.
"""

from __future__ import annotations

import json
import mimetypes
import re
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from tts_edition.errors import EditionError
from tts_edition.reader import page
from tts_edition.timing.index import paragraphs, read_index

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
_CHUNK = 1 << 16
THREADS = 16
TIMEOUT_SECONDS = 30.0


class EditionServer(HTTPServer):
    def __init__(
        self, build_dir: Path, port: int = 8000, host: str = "127.0.0.1", timeout: float = TIMEOUT_SECONDS
    ) -> None:
        self.folder = Path(build_dir).absolute()
        self.timeout_seconds = timeout
        self._stamp, self._index = self._read()  # an edition that cannot be read is refused at once
        self._pool = ThreadPoolExecutor(THREADS, thread_name_prefix="serve")
        try:
            super().__init__((host, port), _Handler)
        except OSError as exc:
            self._pool.shutdown()
            raise EditionError(f"cannot listen on {host}:{port} ({exc.strerror}; choose another --port)") from None

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

    @property
    def paragraphs(self) -> dict[str, dict[str, Any]]:
        return {p["id"]: p for p in paragraphs(self.index)}

    def process_request(self, request: Any, client_address: Any) -> None:
        self._pool.submit(self._handle, request, client_address)

    def _handle(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that drops a connection (it does so when seeking) is not an error worth a traceback."""

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"


def serve(build_dir: Path, port: int = 8000, host: str = "127.0.0.1") -> EditionServer:
    """A server for `build_dir`, listening; call `serve_forever()` on it (or run it in a thread)."""
    return EditionServer(build_dir, port, host)


def paragraph_info(server: EditionServer, paragraph_id: str) -> dict[str, Any] | None:
    paragraph = server.paragraphs.get(paragraph_id)
    if paragraph is None:
        return None
    chapter = next(c for c in server.index["chapters"] if paragraph in c["paragraphs"])
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


class _Handler(BaseHTTPRequestHandler):
    server: EditionServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        self.timeout = self.server.timeout_seconds  # the socket's: a silent client is dropped
        super().setup()

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the CLI prints the URL once
        pass

    def _respond(self, send_body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        if path.startswith("/api/paragraphs/"):
            info = paragraph_info(self.server, path.removeprefix("/api/paragraphs/"))
            if info is None:
                return self._error(HTTPStatus.NOT_FOUND, "no such paragraph")
            return self._bytes(json.dumps(info, ensure_ascii=False).encode(), "application/json", send_body)
        if path in ("/", "/index.html") and not (self.server.root / "index.html").is_file():
            return self._bytes(page(self.server.index).encode(), MIME_TYPES[".html"], send_body)
        file = self._resolve(path)
        if isinstance(file, HTTPStatus):
            return self._error(file, file.phrase.lower())
        self._file(file, send_body)

    def _resolve(self, path: str) -> Path | HTTPStatus:
        """The real file a URL path names (a folder names its index.html), or why it is not served."""
        parts = [p for p in path.split("/") if p]
        if "\x00" in path or "\\" in path or _hidden(parts):  # .., and hidden files
            return HTTPStatus.NOT_FOUND
        try:
            root = self.server.root
            real = root.joinpath(*parts).resolve(strict=True)
            if real.is_dir():
                real = (real / "index.html").resolve(strict=True)
        except (OSError, RuntimeError):  # missing, unreadable, or a symlink loop
            return HTTPStatus.NOT_FOUND
        if not real.is_relative_to(root):
            return HTTPStatus.FORBIDDEN
        return HTTPStatus.NOT_FOUND if _hidden(real.relative_to(root).parts) or not real.is_file() else real

    def _file(self, file: Path, send_body: bool) -> None:
        size = file.stat().st_size
        kind = MIME_TYPES.get(file.suffix.lower()) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        first, last = 0, size - 1
        status = HTTPStatus.OK
        wanted = _single_range(self.headers.get("Range", ""))
        if wanted:  # one range; a malformed or multi-part one is ignored and the whole file sent (RFC 9110)
            span = _byte_range(wanted, size)
            if span is None:
                self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            first, last = span
            status = HTTPStatus.PARTIAL_CONTENT
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(last - first + 1))
        self.send_header("Cache-Control", "no-cache")
        if status == HTTPStatus.PARTIAL_CONTENT:
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.end_headers()
        if send_body:
            with file.open("rb") as source:
                source.seek(first)
                _copy(source, self.wfile, last - first + 1)

    def _bytes(self, body: bytes, kind: str, send_body: bool) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _error(self, status: HTTPStatus, message: str) -> None:
        body = json.dumps({"error": message}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


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


def _copy(source: Any, target: Any, count: int) -> None:
    try:
        while count > 0:
            chunk = source.read(min(_CHUNK, count))
            if not chunk:
                break
            target.write(chunk)
            count -= len(chunk)
    except (BrokenPipeError, ConnectionResetError):  # the browser moved on (seeking does this)
        pass
