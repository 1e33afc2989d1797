"""`serve` at its edges: ranges RFC 9110 lets a server ignore, hidden files, symlinks out of a folder's index.html,
symlink loops, idle and slow connections, connection caps, Ctrl-C, and a rebuild under a running server. Real
sockets on 127.0.0.1; every wait is bounded and ends on an event."""

import http.client
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from tts_edition.serve import EditionServer

REQUEST = b"GET /index.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serve")
    (folder / "a.txt").write_text("Бірінші абзац.\nЕкінші абзац.\n", encoding="utf-8")
    run_cli("build", str(folder / "a.txt"), "--out", str(folder / "a"), "--cache-dir", str(folder / "cache"),
            check=True)  # fmt: skip
    return folder / "a"


@contextmanager
def serving(edition: Path, **limits: float) -> Iterator[EditionServer]:
    running = EditionServer(edition, 0, **limits)  # type: ignore[arg-type]
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.shutdown()
        running.server_close()
        thread.join(timeout=30)


@pytest.fixture
def server(edition: Path) -> Iterator[EditionServer]:
    with serving(edition) as running:
        yield running


def get(server: EditionServer, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


def closed_by_server(client: socket.socket) -> bool:
    """Whether the server closes the connection (what it sends before closing is read and dropped)."""
    try:
        while client.recv(1 << 16):
            pass
    except ConnectionResetError:
        pass
    except TimeoutError:
        return False
    return True


def keep_alive_client(address: tuple[str, int]) -> socket.socket:
    """A connection that has had one request answered and stays open, idle."""
    client = socket.create_connection(address, timeout=30)
    client.sendall(REQUEST)
    response = http.client.HTTPResponse(client)
    response.begin()
    response.read()
    assert response.status == 200 and not response.will_close
    return client


def test_the_last_zero_bytes_cannot_be_satisfied(server: EditionServer, edition: Path) -> None:
    size = (edition / "a.mp3").stat().st_size
    status, headers, body = get(server, "/a.mp3", {"Range": "bytes=-0"})
    assert status == 416 and headers["Content-Range"] == f"bytes */{size}" and body == b""


@pytest.mark.parametrize(
    "header",
    ["bytes=abc", "bytes=5-3", "items=0-5", "bytes=0-5,10-20", "bytes=-", "bytes=1-2-3",
     pytest.param("bytes=0-" + "9" * 5000, id="bytes=0-<5000 digits>"),
     pytest.param("bytes=" + "9" * 5000 + "-", id="bytes=<5000 digits>-")],
)  # fmt: skip
def test_ranges_a_server_may_ignore_get_the_whole_file(server: EditionServer, edition: Path, header: str) -> None:
    status, headers, body = get(server, "/a.mp3", {"Range": header})
    assert status == 200 and "Content-Range" not in headers and body == (edition / "a.mp3").read_bytes()


@pytest.mark.parametrize("path", ["/.edition-files.json", "/clips/.clips.json", "/.hidden", "/clips/.x/c01.mp3"])
def test_hidden_files_are_not_served(server: EditionServer, path: str) -> None:
    assert get(server, path)[0] == 404


def test_a_link_to_a_hidden_file_is_not_served(server: EditionServer, edition: Path) -> None:
    hidden = edition / ".records.json"
    hidden.write_text('{"private": true}', encoding="utf-8")
    (edition / "clips" / "records.json").symlink_to(hidden)
    try:
        status, _, body = get(server, "/clips/records.json")
    finally:
        (edition / "clips" / "records.json").unlink()
        hidden.unlink()
    assert status == 404 and b"private" not in body


@pytest.mark.parametrize("path", ["/docs/", "/docs", "/docs/index.html"])
def test_a_folder_index_linked_out_of_the_edition_is_refused(
    server: EditionServer, edition: Path, tmp_path: Path, path: str
) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("<p>secret</p>", encoding="utf-8")
    (edition / "docs").mkdir()
    (edition / "docs" / "index.html").symlink_to(secret)
    try:
        status, _, body = get(server, path)
    finally:
        (edition / "docs" / "index.html").unlink()
        (edition / "docs").rmdir()
    assert status == 403 and b"secret" not in body


def test_a_folder_index_inside_the_edition_is_served(server: EditionServer, edition: Path) -> None:
    (edition / "docs").mkdir()
    (edition / "docs" / "index.html").symlink_to(edition / "index.html")
    try:
        status, headers, body = get(server, "/docs/")
    finally:
        (edition / "docs" / "index.html").unlink()
        (edition / "docs").rmdir()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert body == (edition / "index.html").read_bytes()


@pytest.mark.parametrize("path", ["/loop.mp3", "/loop.mp3/c01.mp3", "/looped/index.html", "/looped/"])
def test_a_symlink_loop_is_answered_not_found(server: EditionServer, edition: Path, path: str) -> None:
    (edition / "loop.mp3").symlink_to("loop.mp3")
    (edition / "looped").symlink_to("looped")
    try:
        assert get(server, path)[0] == 404
    finally:
        (edition / "loop.mp3").unlink()
        (edition / "looped").unlink()


def test_an_idle_keep_alive_connection_is_closed(edition: Path) -> None:
    with serving(edition, idle_timeout=1.0) as server, keep_alive_client(server.server_address[:2]) as client:
        started = time.monotonic()
        assert closed_by_server(client)  # not by our own 30 s timeout
        assert time.monotonic() - started < 25


def test_many_idle_connections_hold_no_thread_and_block_nobody(edition: Path) -> None:
    with serving(edition) as server:
        threads = threading.active_count()
        idle = [keep_alive_client(server.server_address[:2]) for _ in range(64)]
        try:
            status, _, body = get(server, "/a.mp3")  # 10 s at most; a thread pool is held for 30 s by the idle ones
            assert status == 200 and body == (edition / "a.mp3").read_bytes()
            assert threading.active_count() <= threads
            for client in idle:  # all were open all the while, and still answer
                client.sendall(REQUEST)
                response = http.client.HTTPResponse(client)
                response.begin()
                assert response.status == 200 and json.loads(response.read())["schema"]
        finally:
            for client in idle:
                client.close()


class Trickle(threading.Thread):
    """Clients sending a request head one byte every `every` seconds until the server closes them: when each was
    closed, counted from its first byte, and how many bytes it had sent."""

    def __init__(self, server: EditionServer, count: int, every: float, give_up: float) -> None:
        super().__init__(daemon=True)
        self.clients = [socket.create_connection(server.server_address[:2], timeout=30) for _ in range(count)]
        self.every, self.give_up = every, give_up
        self.sent = dict.fromkeys(self.clients, 0)
        self.closed: dict[socket.socket, float] = {}
        self.started = time.monotonic()
        for client in self.clients:
            self._send_next(client)

    def run(self) -> None:
        due = self.started + self.every
        while len(self.closed) < len(self.clients) and time.monotonic() < self.started + self.give_up:
            waiting = [c for c in self.clients if c not in self.closed]
            readable, _, _ = select.select(waiting, [], [], max(0.0, due - time.monotonic()))
            for client in readable:
                self._mark_if_closed(client)
            if time.monotonic() >= due:
                for client in (c for c in waiting if c not in self.closed):
                    self._send_next(client)
                due += self.every

    def _send_next(self, client: socket.socket) -> None:
        try:
            client.send(REQUEST[self.sent[client] : self.sent[client] + 1])
            self.sent[client] += 1
        except OSError:
            self.closed[client] = time.monotonic() - self.started

    def _mark_if_closed(self, client: socket.socket) -> None:
        try:
            if client.recv(1 << 16):
                return  # the answer before the close (408)
        except OSError:
            pass
        self.closed[client] = time.monotonic() - self.started


def test_slow_senders_are_cut_at_the_head_deadline_and_block_nobody(edition: Path) -> None:
    deadline = 5.0
    with serving(edition, head_timeout=deadline) as server:
        slow = Trickle(server, 32, every=2.0, give_up=90.0)
        slow.start()
        try:
            status, _, body = get(server, "/a.mp3")  # 10 s at most
            assert status == 200 and body == (edition / "a.mp3").read_bytes()
            slow.join(timeout=120)
            assert len(slow.closed) == 32, f"{32 - len(slow.closed)} slow clients still open after 90 s"
            assert all(after >= deadline * 0.9 for after in slow.closed.values())  # not before the deadline
            assert all(sent >= 2 for sent in slow.sent.values())  # cut however they paced their bytes
        finally:
            for client in slow.clients:
                client.close()


def test_a_client_at_its_cap_loses_its_oldest_idle_connection(edition: Path) -> None:
    with serving(edition, max_per_client=4) as server:
        idle = [keep_alive_client(server.server_address[:2]) for _ in range(4)]
        try:
            assert get(server, "/index.json")[0] == 200  # the fifth is served
            assert closed_by_server(idle[0])  # the oldest idle one made room for it
            idle[1].sendall(REQUEST)
            response = http.client.HTTPResponse(idle[1])
            response.begin()
            assert response.status == 200
        finally:
            for client in idle:
                client.close()


def test_a_client_at_its_cap_with_no_idle_connection_is_answered_busy(edition: Path) -> None:
    with serving(edition, max_per_client=4) as server:
        started = [socket.create_connection(server.server_address[:2], timeout=30) for _ in range(4)]
        try:
            for client in started:  # one request and the start of the next in one write: the server has read both
                client.sendall(b"GET /api/paragraphs/c01-p001 HTTP/1.1\r\nHost: x\r\n\r\nGET /")  # by its answer
                response = http.client.HTTPResponse(client)
                response.begin()
                assert response.status == 200 and response.read()
            connection = http.client.HTTPConnection(*server.server_address[:2], timeout=10)
            connection.request("GET", "/index.json")
            assert connection.getresponse().status == 503
        finally:
            for client in started:
                client.close()


def test_a_malformed_request_is_answered(server: EditionServer) -> None:
    with socket.create_connection(server.server_address[:2], timeout=10) as client:
        client.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        response = http.client.HTTPResponse(client)
        response.begin()
        assert response.status == 400


def test_ctrl_c_stops_serve_cleanly(edition: Path) -> None:
    command = [sys.executable, "-m", "tts_edition", "serve", str(edition), "--port", "0"]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        url = process.stdout.readline().split(" at ")[1].split()[0]  # type: ignore[union-attr]
        port = int(url.rstrip("/").rsplit(":", 1)[1])
        with keep_alive_client(("127.0.0.1", port)):  # answered, so serving; and left open
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=30)
    assert process.returncode == 0 and err == "" and out == "stopped\n"


def test_a_rebuild_is_served_without_a_restart(server: EditionServer, edition: Path) -> None:
    source = edition.parent / "a.txt"
    try:
        source.write_text("Бірінші абзац.\nЕкінші абзац.\nҮшінші абзац қосылды.\n", encoding="utf-8")
        run_cli("build", str(source), "--out", str(edition), "--cache-dir", str(edition.parent / "cache"), check=True)
        status, _, body = get(server, "/index.json")
        assert status == 200 and len(json.loads(body)["chapters"][0]["paragraphs"]) == 3
        assert get(server, "/clips/c01-p003.mp3")[0] == 200
        assert get(server, "/api/paragraphs/c01-p003")[0] == 200
    finally:
        source.write_text("Бірінші абзац.\nЕкінші абзац.\n", encoding="utf-8")
        run_cli("build", str(source), "--out", str(edition), "--cache-dir", str(edition.parent / "cache"), check=True)


def test_index_json_rewritten_in_place_is_read_again(server: EditionServer, edition: Path) -> None:
    index_file = edition / "index.json"
    original = index_file.read_bytes()
    index = json.loads(original)
    index["chapters"][0]["paragraphs"][0]["text"] = "Өзгертілген абзац."
    replacement = edition / "index.json.new"
    replacement.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    try:
        os.replace(replacement, index_file)  # the folder stays where it is: only the file says it changed
        status, _, body = get(server, "/api/paragraphs/c01-p001")
        assert status == 200 and json.loads(body)["text"] == "Өзгертілген абзац."
    finally:
        index_file.write_bytes(original)
