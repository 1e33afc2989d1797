import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import tempfile
import threading
import zlib
from collections.abc import Callable, Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from filelock import FileLock
from hypothesis import HealthCheck, settings
from playwright.sync_api import Browser, sync_playwright

from tests.documents import CHROMIUM
from tts_edition.check.epubcheck import EPUBCHECK_VARIABLE, epubcheck_command
from tts_edition.normalize import normalize, normalize_tokens
from tts_edition.timing.words import written_word_times

# The property tests draw the same examples on every machine and every run, as Hypothesis does under CI: a run's
# verdict depends on the code, not on a random seed or on what an earlier run saved (exploring is `python -m
# hypothesis` or a longer fuzz's job, not the suite's).
settings.register_profile(
    "exact", derandomize=True, database=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("exact")

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "examples" / "baq-kz-2025-11-11-tokayev-article.txt"
# Builds in tests share one synthesis cache of their own, never the user's: one for the whole run, made by the process
# that starts it; pytest-xdist's workers inherit it (its entries are written atomically, so workers can share it).
if not os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ["TTS_EDITION_CACHE_DIR"] = tempfile.mkdtemp(prefix="tts-edition-test-cache-")
EPUBCHECK_SERVICE = Path(__file__).parent / "epubcheck"


def _warm_epubcheck() -> subprocess.Popen[str] | None:
    """epubcheck spends two of the three seconds of a run starting Java and loading its schemas. The process that
    starts the run keeps one epubcheck warm, the same jar with the same Java options, and the builds and checks of
    every worker reach it through its client as their epubcheck: the same verdict and report in a tenth of the time.
    One test runs the jar as `check` finds it."""
    command = epubcheck_command()
    if not command or "-jar" not in command:
        return None
    *java, _, jar = command
    socket = Path(tempfile.mkdtemp(prefix="tts-edition-epubcheck-")) / "service"
    source = EPUBCHECK_SERVICE / "EpubcheckService.java"
    service = subprocess.Popen([*java, "-cp", jar, str(source), str(socket)], stdout=subprocess.PIPE, text=True)
    if service.stdout is None or service.stdout.readline() != "ready\n":  # the jar alone, then, as `check` runs it
        service.kill()
        service.wait()
        shutil.rmtree(socket.parent, ignore_errors=True)
        print("tests: the warm epubcheck did not start; each check starts its own", file=sys.stderr)
        return None
    os.environ["EPUBCHECK_SERVICE"] = str(socket)
    os.environ[EPUBCHECK_VARIABLE] = str(EPUBCHECK_SERVICE / "client.py")
    return service


WARM_EPUBCHECK = None if os.environ.get("PYTEST_XDIST_WORKER") else _warm_epubcheck()
# epubcheck's command line for the tests that run it themselves, as `check` runs it: the warm one, or Debian's jar
EPUBCHECK = epubcheck_command() or ["epubcheck"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest tests (marked `long`) go first: a worker that draws one at the end of the run would keep the whole
    run waiting for it while the others sit idle."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


def pytest_unconfigure(config: pytest.Config) -> None:
    """The process that made the run's cache removes it, after its workers have stopped."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        shutil.rmtree(os.environ["TTS_EDITION_CACHE_DIR"], ignore_errors=True)
    if WARM_EPUBCHECK is not None:
        WARM_EPUBCHECK.kill()
        WARM_EPUBCHECK.wait()
        shutil.rmtree(Path(os.environ["EPUBCHECK_SERVICE"]).parent, ignore_errors=True)


def run_cli(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    """The installed command, as a user runs it."""
    command = [sys.executable, "-m", "tts_edition", *args]
    return subprocess.run(command, capture_output=True, text=True, check=check, cwd=ROOT)


# Numbers, dates, abbreviations and initials: written and spoken words far from one to one.
RICH_SENTENCES = (
    "1992 жылы 16 желтоқсанда ҚР-да 3,5% өсті, Қасым-Жомарт Тоқаев 2024-2025 оқу жылында А. Б. Серікбаевқа хат жазды."
    " Бағасы 10 000 теңге, 5 & 6 маусымда 14:30-да №7 үйде."
)
BOOK = """---
title: Үш тарау
author: Автор
---
# Бірінші тарау

Бірінші абзац. Екі сөйлем.

Екінші абзац 2025 жылы жазылды.

RICH_SENTENCES

# Екінші тарау

Ортаңғы тарау.

# Үшінші тарау

Соңғы тарау ТМД-ға арналған.
""".replace("RICH_SENTENCES", RICH_SENTENCES)

# Arabic-script Kazakh (төте жазу) in two chapters, with a Cyrillic paragraph inside.
ARABIC_BOOK = """---
title: قازاقستان
author: اۆتور
---
# قازاقستان رەسپۋبليكاسى

قازاقستان رەسپۋبليكاسى — تاۋەلسىز مەملەكەت. ەلىمىز ۇلكەن.

KAZINFORM хабарлайды: бұл абзац кирилшемен жазылған.

# مەرەكە

بۇل جارقىن مەرەكە ازاماتتارىمىزدىڭ قۇرمەتى.
"""


def check_written_times(engine: Any, text: str) -> None:
    """Each written token of `text` takes exactly the engine's times of its spoken words (the engine speaks them
    one engine word each), in order, without overlap and inside the clip."""
    normalised = normalize_tokens(text)
    clip = engine.synthesize(normalised.spoken)
    assert not clip.words_estimated and len(clip.words) == sum(len(g.words) for g in normalised.groups)
    timed = written_word_times(normalised.groups, clip.words, 0)
    times = [t for w in timed for t in (w.start, w.end)]
    assert times == sorted(times) and times[0] >= 0 and times[-1] <= len(clip.samples)
    written = iter(timed)
    first = 0
    for group in normalised.groups:
        own = clip.words[first : first + len(group.words)]
        first += len(group.words)
        tokens = [next(written) for _ in group.tokens]
        assert (tokens[0].start, tokens[-1].end) == (own[0].start, own[-1].end), tokens
        assert " ".join(t.spoken for t in tokens) == " ".join(group.words)


def assert_fully_word_timed(index: dict[str, Any]) -> None:
    """Every written word of every sentence is listed where the text has it, timed by the engine (not estimated),
    with a time of its own, in order, inside its sentence."""
    for s in (s for c in index["chapters"] for p in c["paragraphs"] for s in p["sentences"]):
        assert [(w["text"], w["at"]) for w in s["words"]] == [
            (m.group(), m.start()) for m in re.finditer(r"\w(?:\S*\w)?", s["text"])
        ]
        assert not s.get("words_estimated"), s["id"]
        times = [t for w in s["words"] for t in (w["start"], w["end"])]
        assert times == sorted(times) and s["start"] <= times[0] and times[-1] <= s["end"], s["id"]
        assert all(w["end"] > w["start"] for w in s["words"]), s


def reading_test(table: dict[str, list[tuple[str, str]]]) -> Callable[[str, str], None]:
    """A test that each written text of `table` (pairs, grouped by the rule they show) is read as its spoken one."""

    @pytest.mark.parametrize(
        ("written", "spoken"), [pair for pairs in table.values() for pair in pairs], ids=lambda value: value[:40]
    )
    def test_reading(written: str, spoken: str) -> None:
        assert normalize(written) == spoken

    return test_reading


def make_png(width: int = 8, height: int = 8) -> bytes:
    """A real (tiny, orange) PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x80\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def shared_build(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder `make` fills once per test run, whichever pytest-xdist worker asks first; the others wait for it.

    Tests only read it (they copy it before changing anything)."""
    root = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above each worker's own
    folder, done = root / f"shared-{name}", root / f"shared-{name}.done"
    with FileLock(root / f"shared-{name}.lock"):
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # a worker stopped half-way through it
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


def _build_book(folder: Path) -> None:
    (folder / "book.md").write_text(BOOK, encoding="utf-8")
    (folder / "cover.png").write_bytes(make_png())
    (folder / "edition.toml").write_text(
        'formats = ["m4b", "opus", "flac"]\ncover = "cover.png"\n[pauses]\nparagraph = 1.5\nchapter = 3.0\n',
        encoding="utf-8",
    )
    run_cli("build", str(folder / "book.md"), "--out", str(folder / "out"), check=True)


@pytest.fixture(scope="session")
def book_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A three-chapter Markdown book with every output format and a cover."""
    return shared_build(tmp_path_factory, "book", _build_book) / "out"


def _build_arabic(folder: Path) -> None:
    (folder / "tote.md").write_text(ARABIC_BOOK, encoding="utf-8")
    run_cli("build", str(folder / "tote.md"), "--out", str(folder / "out"), check=True)


@pytest.fixture(scope="session")
def arabic_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_build(tmp_path_factory, "arabic", _build_arabic) / "out"


def _build_sample(folder: Path) -> None:
    run_cli("build", str(SAMPLE), "--out", str(folder / "sample"), check=True)


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_build(tmp_path_factory, "editions", _build_sample) / "sample"


# An edition name with the characters a URL gives a meaning to ("#", "?", "%"), a space and Kazakh letters.
ODD_NAME = "Кітап #1? 50% ұзын"


def _build_odd_name(folder: Path) -> None:
    (folder / "book.md").write_text("# Бір\n\nСәлем, әлем.\n\n# Екі\n\nСау бол.\n", encoding="utf-8")
    run_cli("build", str(folder / "book.md"), "--out", str(folder / ODD_NAME), "-q", check=True)


@pytest.fixture(scope="session")
def odd_name_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_build(tmp_path_factory, "odd-name", _build_odd_name) / ODD_NAME


@pytest.fixture
def sample_copy(sample_build: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "sample"
    shutil.copytree(sample_build, copy)
    return copy


class _Files(BaseHTTPRequestHandler):
    """Serves `files` with byte ranges; `cut_after` bytes into a response it drops the connection."""

    files: ClassVar[dict[str, bytes]] = {}
    cut_after: ClassVar[int | None] = None
    ranges: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        data = self.files.get(self.path)
        if data is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        start = 0
        if self.headers.get("Range"):
            self.ranges.append(self.headers["Range"])
            start = int(self.headers["Range"].removeprefix("bytes=").split("-")[0])
            self.send_response(HTTPStatus.PARTIAL_CONTENT)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(HTTPStatus.OK)
        self.send_header("Content-Length", str(len(data) - start))
        self.end_headers()
        body = data[start:]
        if self.cut_after is not None:
            self.wfile.write(body[: self.cut_after])
            self.wfile.flush()
            self.connection.shutdown(2)
            return
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_files() -> Iterator[tuple[str, type[_Files]]]:
    handler = type("Files", (_Files,), {"files": {}, "cut_after": None, "ranges": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


@pytest.fixture
def voices_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "voice-files"
    monkeypatch.setenv("TTS_EDITION_VOICES_DIR", str(home))
    return home


def cli_with(patch: str, *args: str) -> list[str]:
    """The command line that runs `tts-edition ARGS` with `patch` (Python source) run first: a fault or a pause
    put at a chosen point of a real run."""
    argv = ["tts-edition", *args]
    source = f"import sys\n{patch}\nfrom tts_edition.cli import main\nsys.argv = {argv!r}\nmain()\n"
    return [sys.executable, "-c", source]


def run_cli_with(patch: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_with(patch, *args), capture_output=True, text=True, cwd=ROOT)


def edition_files(folder: Path) -> dict[str, bytes]:
    """Every file of an edition (through the user's links), by relative path; the build's own state aside."""
    from tts_edition.publish import STATE

    root = folder.resolve()
    files = (p for p in sorted(root.rglob("*")) if p.is_file() and STATE not in p.relative_to(root).parts)
    return {str(p.relative_to(root)): p.read_bytes() for p in files}


def leftovers(out: Path) -> list[str]:
    """What a build left in its state folder besides its lock and its record: staging, an unfinished plan."""
    from tts_edition.publish import STATE

    state, kept = out / STATE, ("lock", "manifest.json", ".gitignore")
    return sorted(p.name for p in state.iterdir() if p.name not in kept) if state.is_dir() else []


@pytest.fixture
def nobody_home() -> Iterator[Path]:
    """A folder of nobody's own, where nobody can reach it (pytest's temporary folders are root's alone)."""
    home = Path(tempfile.mkdtemp(prefix="tts-edition-nobody-"))
    home.chmod(0o755)
    yield home
    shutil.rmtree(home, ignore_errors=True)


def as_nobody(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`tts-edition ARGS` run by a user who is not root (nobody), as a user's shell runs it: permissions hold.

    Root's Python lives where nobody cannot reach, so the system's Python of the same version runs the
    project's code and its installed packages. Skipped where this process cannot switch users."""
    system_python = Path(f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}")
    if os.geteuid() != 0 or not system_python.is_file():
        pytest.skip("running a command as another user needs root and the system's Python of this version")
    subprocess.run(["chown", "-R", "nobody:nogroup", str(cwd)], check=True)
    site = next(p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir())
    for code in (ROOT, Path(site)):
        _readable_by_everyone(code)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "PYTHONPATH": f"{ROOT}:{site}", "LANG": "C.UTF-8"}
    command = [str(system_python), "-s", "-m", "tts_edition", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env, user=65534, group=65534,
                          extra_groups=[])  # fmt: skip


def _readable_by_everyone(code: Path) -> None:
    """Let every user list the folder of code `code` (Python's imports list it) and pass through the folders above it
    (search only): a checkout in a private folder (`mktemp -d` makes one 0700) is otherwise out of nobody's reach."""
    for folder, wanted in ((code, stat.S_IROTH | stat.S_IXOTH), *((parent, stat.S_IXOTH) for parent in code.parents)):
        mode = folder.stat().st_mode
        if mode & wanted != wanted:
            folder.chmod(stat.S_IMODE(mode) | wanted)


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """Mount a small tmpfs (`mounted("name", size="6m")`); skipped where mounting is not allowed."""
    points: list[Path] = []

    def mount(name: str, size: str = "6m") -> Path:
        point = tmp_path / name
        point.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip()}): needs root")
        points.append(point)
        return point

    yield mount
    for point in reversed(points):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def remount_read_only(point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True, capture_output=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, driven by Playwright, allowed to play audio without a click. Per module, not per session:
    while it runs, no other Playwright can start in the worker (tests/documents.py prints PDFs with its own)."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--autoplay-policy=no-user-gesture-required"]
        )
        yield launched
        launched.close()
