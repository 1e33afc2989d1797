"""`serve` at its edges: ranges RFC 9110 lets a server ignore, hidden files, symlinks out of a folder's index.html,
symlink loops, idle connections, a bounded thread count, and a rebuild under a running server."""

import http.client
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tts_edition.serve import THREADS, EditionServer


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serve")
    (folder / "a.txt").write_text("Бірінші абзац.\nЕкінші абзац.\n", encoding="utf-8")
    run_cli("build", str(folder / "a.txt"), "--out", str(folder / "a"), "--cache-dir", str(folder / "cache"),
            check=True)  # fmt: skip
    return folder / "a"


@pytest.fixture
def server(edition: Path) -> Iterator[EditionServer]:
    running = EditionServer(edition, 0, timeout=1.0)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    yield running
    running.shutdown()
    running.server_close()


def get(server: EditionServer, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=30)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


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


def test_an_idle_connection_is_closed(server: EditionServer) -> None:
    with socket.create_connection(server.server_address[:2], timeout=30) as client:
        client.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # and then nothing
        started = time.monotonic()
        assert client.recv(1024) == b""  # closed by the server, not by our own 30 s timeout
    assert time.monotonic() - started < 25


def test_many_half_sent_requests_hold_a_bounded_number_of_threads(server: EditionServer) -> None:
    before = threading.active_count()
    clients = [socket.create_connection(server.server_address[:2], timeout=30) for _ in range(3 * THREADS)]
    try:
        for client in clients:
            client.sendall(b"GET / HTTP/1.1\r\n")
        time.sleep(0.3)
        assert threading.active_count() - before <= THREADS
        assert get(server, "/index.json")[0] == 200  # answered once the idle ones time out
    finally:
        for client in clients:
            client.close()


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
