"""The edition folder is the user's too: real layouts (links over links, earlier layouts, mounts, read-only parts,
a non-root user), and nothing the build did not write is ever moved, re-made or deleted."""

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, as_nobody, edition_files, leftovers, run_cli, run_cli_with, shared_build
from tts_edition.publish import STATE

SMALL = "Бірінші абзац.\nЕкінші абзац 2025 жылы.\n"


@pytest.fixture
def small(tmp_path: Path) -> Path:
    source = tmp_path / "small.txt"
    source.write_text(SMALL, encoding="utf-8")
    return source


def build(source: Path, out: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return run_cli("build", str(source), "--out", str(out), "--cache-dir", str(source.parent / "cache"), *more)


def tree(folder: Path) -> dict[str, tuple[int, bytes | str | None]]:
    """Every entry under `folder` (folders and links too) with its mode and content: what a user would miss.
    The lock's content (the last build's process id) aside."""
    entries = {}
    for path in sorted(p for p in folder.rglob("*") if p.relative_to(folder) != Path(STATE, "lock")):
        info = path.lstat()
        content = os.readlink(path) if path.is_symlink() else path.read_bytes() if path.is_file() else None
        entries[str(path.relative_to(folder))] = (info.st_mode, content)
    return entries


def one_line_refusal(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result
    assert words in result.stderr, result.stderr


def generations_layout(edition: Path, folder: Path, name: str) -> Path:
    """The layout of 2cd1b50: `folder/name` a link to `.name.tts-edition/gen-000001`, a folder listing its build's
    files in `.edition-files.json`, with the lock beside it."""
    state = folder / f".{name}.tts-edition"
    generation = state / "gen-000001"
    shutil.copytree(edition, generation, ignore=shutil.ignore_patterns(STATE))
    written = sorted(str(p.relative_to(generation)) for p in generation.rglob("*") if p.is_file())
    (generation / ".edition-files.json").write_text(json.dumps(written, indent=0) + "\n", encoding="utf-8")
    (state / "lock").write_text("1", encoding="utf-8")
    (folder / name).symlink_to(os.path.relpath(generation, folder))
    return folder / name


def _build_small(folder: Path) -> None:
    (folder / "small.txt").write_text(SMALL, encoding="utf-8")
    assert build(folder / "small.txt", folder / "book").returncode == 0


@pytest.fixture(scope="session")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_build(tmp_path_factory, "small", _build_small) / "book"


def test_a_first_build_writes_a_plain_folder_and_its_record(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "build" / "book"
    assert build(small, out).returncode == 0
    assert out.is_dir() and not out.is_symlink()
    assert sorted(p.name for p in tmp_path.joinpath("build").iterdir()) == ["book"]  # nothing beside it
    manifest = json.loads((out / STATE / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == set(edition_files(out))
    assert leftovers(out) == []


def test_an_unchanged_rebuild_leaves_the_files_as_they_were(small: Path, tmp_path: Path) -> None:
    """Same bytes: the same files (inode and time), so rsync, git and web caches see no change."""
    out = tmp_path / "book"
    assert build(small, out).returncode == 0
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file() and STATE not in str(p)}
    assert build(small, out).returncode == 0
    after = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in before}
    assert {p.name for p in before if before[p] != after[p]} == {"report.json"}


def test_point_1_a_dangling_link_of_the_generations_layout(edition: Path, small: Path, tmp_path: Path) -> None:
    """The state folder deleted, the link left: the next build must not delete what it publishes."""
    out = generations_layout(edition, tmp_path, "book")
    shutil.rmtree(tmp_path / ".book.tts-edition")
    assert build(small, out).returncode == 0
    assert out.is_dir() and not out.is_symlink()
    assert build(small, out).returncode == 0
    assert run_cli("check", str(out)).returncode == 0


def test_the_generations_layout_becomes_a_plain_folder_keeping_the_users_files(
    edition: Path, small: Path, tmp_path: Path
) -> None:
    out = generations_layout(edition, tmp_path, "book")
    (out / "notes.txt").write_text("мои заметки", encoding="utf-8")
    (out / "clips" / "my-interview.mp3").write_bytes(b"mine")
    (out / "book.m4b").write_bytes(b"a format this build does not write")  # listed as the old build's: goes
    listed = json.loads((out / ".edition-files.json").read_text(encoding="utf-8"))
    (out / ".edition-files.json").write_text(json.dumps([*listed, "book.m4b"]), encoding="utf-8")
    web = tmp_path / "www"
    web.symlink_to(out)  # a user's link over the build's link
    assert build(small, web).returncode == 0
    assert out.is_dir() and not out.is_symlink() and not (tmp_path / ".book.tts-edition").exists()
    assert (web / "notes.txt").read_text(encoding="utf-8") == "мои заметки"
    assert (web / "clips" / "my-interview.mp3").read_bytes() == b"mine"
    assert not (out / "book.m4b").exists() and not (out / ".edition-files.json").exists()
    assert run_cli("check", str(web)).returncode == 0


def test_point_2_out_naming_a_users_file_is_refused(small: Path, tmp_path: Path) -> None:
    mine = tmp_path / "book.mp3"
    mine.write_bytes(b"my own recording")
    before = tree(tmp_path)
    one_line_refusal(build(small, mine), "a file, not a folder")
    assert tree(tmp_path) == before
    one_line_refusal(build(small, mine), "a file, not a folder")
    assert mine.read_bytes() == b"my own recording"


def test_point_2_an_earlier_layout_with_a_read_only_folder_as_a_non_root_user(edition: Path, nobody_home: Path) -> None:
    home = nobody_home
    out = home / "book"
    shutil.copytree(edition, out, ignore=shutil.ignore_patterns(STATE))  # a plain edition folder, as builds left it
    (out / "notes").mkdir()
    (out / "notes" / "notes.txt").write_text("тексерілді", encoding="utf-8")
    (home / "small.txt").write_text(SMALL, encoding="utf-8")
    (out / "notes").chmod(0o555)
    for _ in range(2):
        result = as_nobody("build", "small.txt", "--out", "book", "--cache-dir", "none", cwd=home)
        assert result.returncode == 0, result.stderr
        assert (out / "notes" / "notes.txt").read_text(encoding="utf-8") == "тексерілді"
    assert stat.S_IMODE((out / "notes").stat().st_mode) == 0o555
    assert as_nobody("check", "book", cwd=home).returncode == 0


def test_a_read_only_folder_of_the_build_is_refused_before_synthesis(edition: Path, nobody_home: Path) -> None:
    home = nobody_home
    shutil.copytree(edition, home / "book")
    (home / "small.txt").write_text(SMALL.replace("Бірінші", "Жаңа"), encoding="utf-8")
    (home / "book" / "clips").chmod(0o555)
    before = tree(home / "book")
    result = as_nobody("build", "small.txt", "--out", "book", "--cache-dir", "none", cwd=home)
    one_line_refusal(result, "book/clips: permission denied")
    assert tree(home / "book") == before


def test_point_3_an_ordinary_folder_is_refused_then_built_beside_with_consent(small: Path, tmp_path: Path) -> None:
    """Empty folders, folder modes and a git repository survive; nothing of the user's is touched."""
    out = tmp_path / "site"
    out.mkdir()
    subprocess.run(["git", "init", "-q", str(out)], check=True)
    (out / "empty").mkdir()
    (out / "private").mkdir(mode=0o700)
    (out / "private").chmod(0o700)
    (out / "readme.md").write_text("# Менің сайтым\n", encoding="utf-8")
    subprocess.run(["git", "-C", str(out), "add", "readme.md"], check=True)
    before = tree(out)
    one_line_refusal(build(small, out), "add --into-existing")
    assert tree(out) == before
    for _ in range(2):
        assert build(small, out, "--into-existing").returncode == 0
    after = tree(out)
    assert {k: v for k, v in after.items() if k in before and not k.startswith(".git/")} == {
        k: v for k, v in before.items() if not k.startswith(".git/")
    }
    assert stat.S_IMODE((out / "private").stat().st_mode) == 0o700 and (out / "empty").is_dir()
    status = subprocess.run(["git", "-C", str(out), "status", "--porcelain"], capture_output=True, text=True)
    assert status.returncode == 0 and "A  readme.md" in status.stdout and STATE not in status.stdout
    assert run_cli("check", str(out)).returncode == 0


def test_point_3_the_input_folder_as_out_is_refused(tmp_path: Path) -> None:
    chapters = tmp_path / "chapters"
    chapters.mkdir()
    (chapters / "01.txt").write_text(SMALL, encoding="utf-8")
    before = tree(chapters)
    one_line_refusal(run_cli("build", str(chapters), "--out", str(chapters)), "holds other files and no edition")
    assert tree(chapters) == before


def test_point_4_a_symlinked_parent(small: Path, tmp_path: Path) -> None:
    """As on macOS, where the temporary folder is a link."""
    (tmp_path / "private").mkdir()
    (tmp_path / "tmp").symlink_to("private")
    out = tmp_path / "tmp" / "book"
    for _ in range(2):
        assert build(small, out).returncode == 0
        assert run_cli("check", str(out)).returncode == 0
    assert (tmp_path / "private" / "book" / "book.mp3").is_file()


def test_point_4_a_users_link_is_followed_not_replaced(small: Path, tmp_path: Path) -> None:
    served = tmp_path / "srv" / "www" / "book"
    served.mkdir(parents=True)
    (tmp_path / "build").mkdir()
    link = tmp_path / "build" / "book"
    link.symlink_to(served)
    for _ in range(2):
        assert build(small, link).returncode == 0
        assert link.is_symlink() and os.readlink(link) == str(served)
    assert (served / "book.mp3").is_file() and run_cli("check", str(served)).returncode == 0
    dangling = tmp_path / "build" / "gone"
    dangling.symlink_to(tmp_path / "nowhere")
    one_line_refusal(build(small, dangling), "which does not exist")
    assert not (tmp_path / "nowhere").exists()


def test_point_4_a_parent_the_user_cannot_write(nobody_home: Path) -> None:
    home = nobody_home
    (home / "shared" / "book").mkdir(parents=True)
    (home / "small.txt").write_text(SMALL, encoding="utf-8")
    (home / "shared").chmod(0o555)  # the edition's folder is the user's; its parent is not writable
    for _ in range(2):
        result = as_nobody("build", "small.txt", "--out", "shared/book", "--cache-dir", "none", cwd=home)
        assert result.returncode == 0, result.stderr
    assert as_nobody("check", "shared/book", cwd=home).returncode == 0


def test_point_4_an_edition_on_a_mount(small: Path, mounted) -> None:
    point = mounted("book", size="20m")
    (point / "notes.txt").write_text("жазбалар", encoding="utf-8")
    (point / "lost+found").mkdir()
    one_line_refusal(build(small, point), "add --into-existing")
    for _ in range(2):
        assert build(small, point, "--into-existing").returncode == 0
        assert os.path.ismount(point) and (point / "notes.txt").read_text(encoding="utf-8") == "жазбалар"
    assert (point / "book.mp3").is_file() and run_cli("check", str(point)).returncode == 0


# Writes a file of the user's into the edition, and one where the new edition will put a file, mid-publish.
USER_WRITES_WHILE_PUBLISHING = """
import pathlib, tts_edition.publish as publish
move = publish._move_into_place
def move_then_write(root, relative, replaces, out):
    move(root, relative, replaces, out)
    pathlib.Path(root, "late-note.txt").write_text("written during the publish", encoding="utf-8")
publish._move_into_place = move_then_write
"""


def test_point_5_a_file_written_while_the_build_publishes_is_kept(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "book"
    assert build(small, out).returncode == 0
    small.write_text(SMALL + "Үшінші абзац.\n", encoding="utf-8")
    result = run_cli_with(USER_WRITES_WHILE_PUBLISHING, "build", str(small), "--out", str(out), "--cache-dir",
                          str(tmp_path / "cache"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (out / "late-note.txt").read_text(encoding="utf-8") == "written during the publish"
    assert build(small, out).returncode == 0 and (out / "late-note.txt").is_file()
    assert run_cli("check", str(out)).returncode == 0


def test_a_users_file_where_the_build_writes_is_refused_before_synthesis(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "book"
    assert build(small, out).returncode == 0
    (out / "book.m4b").write_bytes(b"the user's own audiobook")
    result = build(small, out, "--formats", "m4b")
    one_line_refusal(result, "book.m4b: not written by tts-edition")
    assert (out / "book.m4b").read_bytes() == b"the user's own audiobook"
    (out / "index.html").write_text("<p>my own page</p>", encoding="utf-8")
    one_line_refusal(build(small, out), "index.html: changed since tts-edition wrote it")
    assert (out / "index.html").read_text(encoding="utf-8") == "<p>my own page</p>"


def test_point_9_an_export_into_the_edition_is_written_anew_by_each_build(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "book"
    assert build(small, out).returncode == 0
    assert run_cli("export", str(out), "--format", "cue").returncode == 0
    assert run_cli("export", str(out), "--format", "lrc", "--out", str(out / "sync" / "book.lrc")).returncode == 0
    small.write_text("Жаңа бірінші абзац, ұзынырақ сөйлем.\n" + SMALL, encoding="utf-8")
    assert build(small, out).returncode == 0
    fresh = tmp_path / "fresh"
    for name, format_name in (("book.cue", "cue"), ("sync/book.lrc", "lrc")):
        written = run_cli("export", str(out), "--format", format_name, "--out", str(fresh / name), check=True)
        assert written.returncode == 0 and (out / name).read_bytes() == (fresh / name).read_bytes(), name
    assert run_cli("check", str(out)).returncode == 0


def test_point_9_check_fails_a_stale_sync_file_beside_the_edition(small: Path, tmp_path: Path) -> None:
    """A cue sheet copied in from an earlier build (or an earlier version's export) is timed on other audio."""
    out = tmp_path / "book"
    small.write_text("# Бірінші тарау\nБірінші абзац.\n# Екінші тарау\nЕкінші абзац.\n", encoding="utf-8")
    assert build(small, out).returncode == 0
    run_cli("export", str(out), "--format", "cue", "--out", str(tmp_path / "book.cue"), check=True)
    small.write_text(
        small.read_text(encoding="utf-8").replace("Бірінші абзац.", "Ұзынырақ бірінші абзац."), encoding="utf-8"
    )
    assert build(small, out).returncode == 0
    shutil.copy(tmp_path / "book.cue", out / "book.cue")
    result = run_cli("check", str(out))
    assert result.returncode == 1 and "FAIL exports: book.cue: timed on another build" in result.stdout


def test_check_fails_a_file_changed_since_the_build(edition: Path, tmp_path: Path) -> None:
    copy = tmp_path / "book"
    shutil.copytree(edition, copy)
    assert run_cli("check", str(copy)).returncode == 0  # copied: other inodes and times, the same bytes
    with (copy / "book.epub").open("r+b") as epub:
        epub.truncate(1000)
    result = run_cli("check", str(copy))
    assert result.returncode == 1 and "FAIL files: missing or changed since the build wrote them: book.epub" in (
        result.stdout
    )


def test_make_clean_removes_editions_of_every_layout(edition: Path, tmp_path: Path) -> None:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    builds = tmp_path / "build"
    builds.mkdir()
    (builds / ".gitkeep").touch()
    shutil.copytree(edition, builds / "sample")
    generations_layout(edition, builds, "older")
    subprocess.run(["make", "-s", "-C", str(tmp_path), "clean"], check=True, capture_output=True)
    assert sorted(p.name for p in builds.iterdir()) == [".gitkeep"]
