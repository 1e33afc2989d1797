"""Errors the operating system raises reach the user as one line naming the path and what to do, exit 2; the
earlier edition stays byte for byte and nothing is left behind. Full and read-only disks are real tmpfs mounts
(root only: skipped elsewhere, and said so)."""

import resource
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BOOK, ROOT, SAMPLE, edition_files, leftovers, remount_read_only, run_cli
from tests.test_voices import catalogue_voice


def one_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("tts-edition: error: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


@pytest.fixture(scope="module")
def small_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("small")
    (folder / "book.md").write_text(BOOK, encoding="utf-8")
    return folder / "book.md"


def test_a_full_disk_is_one_line_naming_the_space_needed(small_book: Path, mounted) -> None:
    disk = mounted("disk", "6m")
    out = disk / "book"
    run_cli("build", str(small_book), "--out", str(out), "--cache-dir", "none", check=True)
    before = edition_files(out)
    result = run_cli("build", str(SAMPLE), "--out", str(out), "--cache-dir", "none")
    one_line(result, f"{out}: no space left on device", "the edition needs about", "MB")
    assert edition_files(out) == before and leftovers(out) == []


def test_out_on_a_read_only_disk(small_book: Path, mounted) -> None:
    disk = mounted("disk", "1m")
    remount_read_only(disk)
    one_line(run_cli("build", str(small_book), "--out", str(disk / "book")), f"{disk / 'book'}: read-only file system")


def test_out_inside_a_file(small_book: Path) -> None:
    one_line(run_cli("build", str(small_book), "--out", "/dev/null/book"), "/dev/null/book: not a directory")


def test_out_with_a_name_too_long(small_book: Path, tmp_path: Path) -> None:
    one_line(run_cli("build", str(small_book), "--out", str(tmp_path / ("к" * 200))), "file name too long")


def test_export_where_nothing_can_be_written(book_build: Path) -> None:
    result = run_cli("export", str(book_build), "--format", "vtt", "--out", "/proc/x.vtt")
    one_line(result, "/proc/x.vtt: ")
    assert ".part" not in result.stderr


def test_an_unreadable_input(tmp_path: Path) -> None:
    folder = tmp_path / "book.md"
    folder.mkdir()
    (folder / "chapter.md").mkdir()  # a folder of chapters whose chapter is a folder: not readable as text
    result = run_cli("build", str(tmp_path / "book.md" / "chapter.md" / "x.txt"), "--out", str(tmp_path / "out"))
    one_line(result, "x.txt")


def test_too_many_open_files(small_book: Path, tmp_path: Path) -> None:
    def few_files() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (16, 16))  # Python starts with it; the encoders need more

    out = tmp_path / "out"
    command = [sys.executable, "-m", "tts_edition", "build", str(small_book), "--out", str(out),
               "--cache-dir", "none", "--formats", "m4b,flac,opus"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, preexec_fn=few_files)
    # refused before any voice starts, whatever the workers would have opened first (`jobs.check_open_files`)
    one_line(result, "too many open files (raise the limit with `ulimit -n` to 64 or more: it is 16)")
    assert not out.exists() and leftovers(out) == []


def test_a_low_soft_limit_on_open_files_is_raised_to_what_a_build_needs(small_book: Path, tmp_path: Path) -> None:
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard != resource.RLIM_INFINITY and hard < 64:
        pytest.skip(f"this machine's hard limit on open files is {hard}")

    def few_files_for_now() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (16, hard))  # the soft limit only: the build may raise it

    out = tmp_path / "out"
    command = [sys.executable, "-m", "tts_edition", "build", str(small_book), "--out", str(out), "--cache-dir", "none"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, preexec_fn=few_files_for_now)
    assert result.returncode == 0, result.stderr
    assert (out / "out.mp3").stat().st_size > 0


def test_the_memory_sampler_goes_on_without_file_descriptors() -> None:
    """It reads /proc while the build runs out of descriptors; the build reports that, the sampler must not."""
    script = (
        "import os, resource\n"
        "from tts_edition.jobs import _tree\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))\n"
        "held = []\n"
        "try:\n"
        "    while True:\n"
        "        held.append(os.open('/dev/null', os.O_RDONLY))\n"
        "except OSError:\n"
        "    pass\n"
        "print(_tree(os.getpid()))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr


def test_check_and_serve_on_an_edition_they_cannot_read(book_build: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(book_build, copy)
    (copy / "index.json").unlink()
    (copy / "index.json").mkdir()  # there, but not a file that can be read
    one_line(run_cli("check", str(copy)), "index.json: is a directory")
    one_line(run_cli("serve", str(copy), "--port", "0"), "index.json: is a directory")


def test_serve_on_a_port_in_use(book_build: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        one_line(run_cli("serve", str(book_build), "--port", str(port)), f"cannot listen on 127.0.0.1:{port}")


def test_voices_download_into_a_read_only_folder(mounted, monkeypatch, tmp_path: Path, http_files) -> None:
    """Refused before anything is fetched: the local server has no files, so asking it would fail otherwise."""
    url, _ = http_files
    home = mounted("voices", "1m")
    remount_read_only(home)
    monkeypatch.setenv("TTS_EDITION_VOICES_DIR", str(home))
    one_line(run_cli("voices", "download", str(catalogue_voice(tmp_path, url, b"model"))), f"{home}: read-only")


def test_cache_prune_on_a_read_only_cache(small_book: Path, tmp_path: Path, mounted) -> None:
    cache = mounted("cache", "20m")
    run_cli("build", str(small_book), "--out", str(tmp_path / "out"), "--cache-dir", str(cache), check=True)
    remount_read_only(cache)
    one_line(run_cli("cache", "prune", "--max-size", "0", "--cache-dir", str(cache)), f"{cache}: read-only")
