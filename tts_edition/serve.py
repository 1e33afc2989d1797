"""`tts-edition serve`: a build folder, or a library of them, over HTTP/1.1 (what is answered is in `replies.py`).

One asyncio loop holds every connection and h11 parses HTTP, so an idle or slow client costs a little memory, never a
thread. A request's head must be complete `head_timeout` seconds after its first byte however the client paces its
bytes, and a keep-alive connection that sends nothing for `idle_timeout` seconds is closed. A client address holds at
most `max_per_client` connections and all clients `max_connections`: at a cap the oldest idle connection is closed to
make room, and when none is idle the newcomer is answered 503. Files go out with sendfile, a piece at a time, each of
which the client must take within `SEND_STALL_SECONDS`.
"""

from __future__ import annotations

import asyncio
import contextlib
import resource
import signal
import socket
import threading
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

import h11

from tts_edition.errors import EditionError, Interrupted
from tts_edition.library import Edition, Library
from tts_edition.replies import FileSpan, Reply, error_reply, reply_to, with_cors

HEAD_SECONDS = 10.0
IDLE_SECONDS = 30.0
SEND_STALL_SECONDS = 60.0
MAX_PER_CLIENT = 128
_PIECE = 1 << 18  # a client slower than 256 KiB a minute is cut
_RECEIVE = 1 << 16
_BUSY = b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 5\r\nConnection: close\r\n\r\n"


@dataclass(eq=False)
class _Client:
    """One connection: `idle` while it waits for a request and has sent no byte of it."""

    address: str
    writer: asyncio.StreamWriter
    idle: bool = True


class EditionServer:
    """The edition, or the library of editions, on host:port, listening from the start; `serve_forever()` answers (in
    a thread, or in the main thread until Ctrl-C). With `cors_origin`, pages from that origin may read the answers."""

    def __init__(
        self,
        build_dir: Path,
        port: int = 8000,
        host: str = "127.0.0.1",
        *,
        head_timeout: float = HEAD_SECONDS,
        idle_timeout: float = IDLE_SECONDS,
        max_connections: int | None = None,
        max_per_client: int = MAX_PER_CLIENT,
        cors_origin: str | None = None,
    ) -> None:
        self.served = served(build_dir)
        self.cors_origin = cors_origin and _origin(cors_origin)
        self.head_timeout, self.idle_timeout = head_timeout, idle_timeout
        self.max_connections = max_connections or _connection_cap()
        self.max_per_client = max_per_client
        try:
            self._socket = socket.create_server((host, port))
        except OSError as exc:
            raise EditionError(f"cannot listen on {host}:{port} ({exc.strerror}; choose another --port)") from None
        self.server_address: tuple[str, int] = self._socket.getsockname()
        self._loop = asyncio.new_event_loop()
        self._stop = asyncio.Event()
        self._stopped = threading.Event()
        self._interrupted = False
        self._clients: dict[_Client, None] = {}  # admitted connections, oldest first
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def serve_forever(self) -> None:
        """Answer until `shutdown()`; in the main thread also until SIGINT or SIGTERM, which raise `Interrupted` once
        every connection is closed."""
        signals = [signal.SIGINT, signal.SIGTERM] if threading.current_thread() is threading.main_thread() else []
        handlers = {number: signal.getsignal(number) for number in signals}
        for number in signals:
            self._loop.add_signal_handler(number, self._interrupt)
        try:
            self._loop.run_until_complete(self._serve())
        finally:
            for number, handler in handlers.items():
                self._loop.remove_signal_handler(number)
                signal.signal(number, handler)
            self._stopped.set()
        if self._interrupted:
            raise Interrupted()

    def shutdown(self) -> None:
        """Stop `serve_forever()` from another thread, and wait until it has returned."""
        self._loop.call_soon_threadsafe(self._stop.set)
        self._stopped.wait()

    def server_close(self) -> None:
        self._socket.close()
        self._loop.close()

    def _interrupt(self) -> None:
        self._interrupted = True
        self._stop.set()

    async def _serve(self) -> None:
        async with await asyncio.start_server(self._connection, sock=self._socket, backlog=128):
            await self._stop.wait()
        for client in self._clients:
            client.writer.transport.abort()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        client = _Client(str((writer.get_extra_info("peername") or ("?",))[0]), writer)
        try:
            if self._make_room(client.address):
                self._clients[client] = None
                await self._exchange(client, reader)
            else:
                await _refuse(reader, writer)
        except asyncio.CancelledError:  # the server stops; a task that ends cancelled is logged as an error by 3.11
            pass
        finally:
            await _close(writer)
            self._clients.pop(client, None)
            self._tasks.discard(task)

    def _make_room(self, address: str) -> bool:
        """Whether a new connection from `address` may stay: at a cap, the oldest idle connection that counts against
        it is closed to make room."""
        theirs = [c for c in self._clients if c.address == address]
        return (len(theirs) < self.max_per_client or self._close_oldest_idle(theirs)) and (
            len(self._clients) < self.max_connections or self._close_oldest_idle(list(self._clients))
        )

    def _close_oldest_idle(self, clients: list[_Client]) -> bool:
        oldest = next((c for c in clients if c.idle), None)
        if oldest is None:
            return False
        del self._clients[oldest]
        oldest.writer.transport.abort()
        return True

    async def _exchange(self, client: _Client, reader: asyncio.StreamReader) -> None:
        """Requests on one connection answered in turn, until either side closes it or it times out."""
        http = h11.Connection(h11.SERVER)
        try:
            while await self._answer_next(http, client, reader):
                http.start_next_cycle()
                client.idle = True
        except h11.RemoteProtocolError as exc:  # malformed, or a head over 16 KiB
            await _fail(http, client.writer, HTTPStatus(exc.error_status_hint), str(exc))
        except TimeoutError:  # idle too long: closed; a head too slow: 408; a body the client stopped taking: cut
            if not client.idle:
                await _fail(http, client.writer, HTTPStatus.REQUEST_TIMEOUT, "the request head took too long")
        except OSError:  # the client went away (browsers do when they seek)
            pass

    async def _answer_next(self, http: h11.Connection, client: _Client, reader: asyncio.StreamReader) -> bool:
        """Receive one request and answer it; whether the connection stays open for another."""
        request = await self._receive(http, client, reader)
        if request is None:
            return False
        client.idle = False
        without_body = isinstance(http.next_event(), h11.EndOfMessage)  # a body is not read: the connection closes
        reply = self._reply(request)
        try:
            await _send(http, client.writer, reply, request.method == b"HEAD", close=not without_body)
        finally:
            if isinstance(reply.body, FileSpan):
                reply.body.file.close()
        return http.our_state is h11.DONE and http.their_state is h11.DONE

    async def _receive(self, http: h11.Connection, client: _Client, reader: asyncio.StreamReader) -> h11.Request | None:
        """The next request's head, None when the client closes. TimeoutError when the connection is idle for
        `idle_timeout`, or when the head is not complete `head_timeout` after its first byte."""
        if http.trailing_data[0]:  # part of a pipelined request is here already
            client.idle = False
        loop = asyncio.get_running_loop()
        async with asyncio.timeout(self.idle_timeout if client.idle else self.head_timeout) as deadline:
            while (event := http.next_event()) is h11.NEED_DATA:
                data = await reader.read(_RECEIVE)
                if data and client.idle:
                    client.idle = False
                    deadline.reschedule(loop.time() + self.head_timeout)
                http.receive_data(data)
        return event if isinstance(event, h11.Request) else None

    def _reply(self, request: h11.Request) -> Reply:
        try:
            ranges = b",".join(value for name, value in request.headers if name == b"range")  # two are malformed
            reply = reply_to(self.served, request.method.decode(), request.target.decode(), ranges.decode("latin-1"))
        except Exception as exc:  # e.g. an index.json a rebuild broke: still an answer
            reply = error_reply(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc))
        return with_cors(reply, self.cors_origin) if self.cors_origin else reply


def serve(build_dir: Path, port: int = 8000, host: str = "127.0.0.1", cors_origin: str | None = None) -> EditionServer:
    """A server for `build_dir` (an edition, or a folder of editions), listening; call `serve_forever()` on it (or run
    it in a thread)."""
    return EditionServer(build_dir, port, host, cors_origin=cors_origin)


def served(folder: Path) -> Edition | Library:
    """The edition in `folder`, or the library of the editions in the folders under it."""
    if (Path(folder) / "index.json").exists() or not Path(folder).is_dir():
        return Edition(folder)  # which says what is wrong with a folder that is no edition
    return Library(folder)


def _origin(origin: str) -> str:
    """A web origin as browsers send it (`https://news.example.kz`, a port if any, no path), or `*` for any."""
    if origin == "*":
        return origin
    parts = urlsplit(origin.rstrip("/"))
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path or parts.query or parts.fragment:
        raise EditionError(f"--cors-origin {origin}: give an origin such as https://news.example.kz, or *")
    return f"{parts.scheme}://{parts.netloc}"


def _connection_cap() -> int:
    """At most 1024 connections, and no more than the open-file limit leaves room for with a file open for each."""
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return 1024 if soft == resource.RLIM_INFINITY else max(1, min(1024, (soft - 64) // 2))


async def _send(http: h11.Connection, writer: asyncio.StreamWriter, reply: Reply, head_only: bool, close: bool) -> None:
    headers = [*reply.headers, ("Content-Length", str(len(reply.body)))] + ([("Connection", "close")] if close else [])
    response = h11.Response(status_code=reply.status, headers=headers, reason=reply.status.phrase)
    await _write(writer, http.send(response))
    if reply.body and not head_only:
        http.send_with_data_passthrough(h11.Data(data=reply.body))  # h11 counts it; Content-Length adds no framing
        await (_send_file(writer, reply.body) if isinstance(reply.body, FileSpan) else _write(writer, reply.body))
    await _write(writer, http.send(h11.EndOfMessage()))


async def _fail(http: h11.Connection, writer: asyncio.StreamWriter, status: HTTPStatus, message: str) -> None:
    """Answer a request that cannot be served, if the connection is at a point where an answer can still go."""
    if http.our_state in (h11.IDLE, h11.SEND_RESPONSE):
        with contextlib.suppress(OSError, h11.LocalProtocolError):
            await _send(http, writer, error_reply(status, message), head_only=False, close=True)


async def _refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """503; then what the client sends is read and dropped for a second at most, since closing with unread data
    would reset the connection and lose the answer."""
    writer.write(_BUSY)
    with contextlib.suppress(OSError):
        async with asyncio.timeout(1.0):
            while await reader.read(_RECEIVE):
                pass


async def _write(writer: asyncio.StreamWriter, data: bytes | None) -> None:
    if data:
        writer.write(data)
        async with asyncio.timeout(SEND_STALL_SECONDS):
            await writer.drain()


async def _send_file(writer: asyncio.StreamWriter, span: FileSpan) -> None:
    """The span with sendfile (the loop waits while the client's socket is full), a piece at a time."""
    loop = asyncio.get_running_loop()
    end = span.first + span.length
    for offset in range(span.first, end, _PIECE):
        if writer.transport.is_closing():  # the client reset the connection: sendfile would refuse it
            raise ConnectionResetError("the client went away")
        count = min(_PIECE, end - offset)
        async with asyncio.timeout(SEND_STALL_SECONDS):
            sent = await loop.sendfile(writer.transport, span.file, offset, count)
        if sent < count:  # the file shrank: the promised length cannot be kept
            raise ConnectionAbortedError("the file shrank while it was sent")


async def _close(writer: asyncio.StreamWriter) -> None:
    """Close once what is buffered has gone; a client that takes nothing within the stall timeout is cut."""
    writer.close()
    try:
        async with asyncio.timeout(SEND_STALL_SECONDS):
            await writer.wait_closed()
    except OSError:  # reset by the client, or the stall timeout
        pass
    finally:
        writer.transport.abort()  # nothing to do after a clean close
