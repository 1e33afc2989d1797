"""The command line as a user meets it: settings, a chaptered book, and every error as one line."""

import json
import math
import shutil
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from tests.conftest import ROOT, edition_files, leftovers, run_cli, run_cli_with
from tts_edition.audio.tags import read_mp3_chapters


def test_three_chapters_with_configured_pauses(book_build: Path) -> None:
    index = json.loads((book_build / "index.json").read_text(encoding="utf-8"))
    assert (index["title"], index["author"]) == ("Үш тарау", "Автор")
    chapters = index["chapters"]
    assert [c["title"] for c in chapters] == ["Бірінші тарау", "Екінші тарау", "Үшінші тарау"]
    first = chapters[0]["paragraphs"]
    assert first[0]["text"] == "Бірінші тарау"  # a heading is spoken as the chapter's first paragraph
    # With an M4B, paragraphs start on the grid of the MP3's and AAC's frames (576 and 1024): pauses grow by less.
    frame = math.lcm(576, 1024) / index["voice"]["sample_rate"]
    assert 1.5 - 0.002 <= first[2]["start"] - first[1]["end"] < 1.5 + frame + 0.002
    for previous, chapter in pairwise(chapters):
        assert previous["end"] == chapter["start"]
        assert 0.46 <= chapter["paragraphs"][0]["start"] - chapter["start"] <= 0.5  # lead-in on a 40 ms grid
        assert round(chapter["start"] * 1000) % 40 == 0
        gap = chapter["paragraphs"][0]["start"] - previous["paragraphs"][-1]["end"]
        assert 3.0 - 0.002 <= gap < 3.0 + frame + 0.002
    spoken = " ".join(p["spoken"] for c in chapters for p in c["paragraphs"])
    assert "екі мың жиырма бесінші жылы" in spoken and "Тәуелсіз Мемлекеттер Достастығына" in spoken
    marks = read_mp3_chapters(book_build / "out.mp3")
    assert [m.start_ms for m in marks] == [round(c["start"] * 1000) for c in chapters]


def test_clip_prints_the_path_of_a_paragraph(book_build: Path) -> None:
    result = run_cli("clip", str(book_build), "c02-p002")
    assert result.returncode == 0 and Path(result.stdout.strip()) == book_build / "clips" / "c02-p002.mp3"
    missing = run_cli("clip", str(book_build), "c09-p001")
    assert missing.returncode == 2 and "no paragraph 'c09-p001'" in missing.stderr


def test_normalize_reads_stdin_and_explains() -> None:
    command = [sys.executable, "-m", "tts_edition", "normalize", "--explain"]
    result = subprocess.run(command, input="ҚР-да 85%-ы\n", capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Қазақстан Республикасында сексен бес пайызы"
    assert "initialism: 'ҚР-да'" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "missing.txt"], "no such file"),
        (["build", "README.md", "--voice", "kk-nobody"], "unknown voice 'kk-nobody'"),
        (["build", "README.md", "--loudness", "loud"], "loudness 'loud'"),
        (["build", "README.md", "--formats", "mp3,wav"], "unknown format wav"),
        (["check", "examples"], "no index.json"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_failed_build_leaves_the_earlier_edition_whole(book_build: Path, tmp_path: Path) -> None:
    """The build fails after synthesis and encoding, while writing the EPUB: the rollback itself is exercised."""
    out = tmp_path / "out"
    shutil.copytree(book_build, out)
    before = edition_files(out)
    fault = (
        "import errno, tts_edition.build as build\n"
        "def broken(path, *args, **kwargs):\n"
        "    raise OSError(errno.EIO, 'Input/output error', str(path))\n"
        "build.write_epub = broken\n"
    )
    source = book_build.parent / "book.md"
    result = run_cli_with(fault, "build", str(source), "--out", str(out), "--loudness", "podcast")
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "out.epub: input/output error" in result.stderr
    assert edition_files(out) == before
    assert leftovers(out) == []


def test_unknown_config_key_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Сәлем.", encoding="utf-8")
    (tmp_path / "edition.toml").write_text("titel = 'x'\n", encoding="utf-8")
    result = run_cli("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "unknown setting titel" in result.stderr


# What a command that reads no text and writes no audio must not import: each takes a tenth of a second or more to
# import, and the suite starts the command several hundred times.
PIPELINE_MODULES = ("tts_edition.build", "tts_edition.normalize", "tts_edition.ingest", "tts_edition.audio",
                    "tts_edition.package", "numpy", "scipy", "num2words")  # fmt: skip
# `check` reads the index (and so the normaliser's types) but builds, reads and packages nothing, and says no number
# in Russian; scipy comes only with the audio it measures (here: none, the folder is no edition).
NOT_CHECKED = ("tts_edition.build", "tts_edition.ingest", "tts_edition.package", "scipy", "num2words")
NO_AUDIO = ("tts_edition.build", "tts_edition.audio", "tts_edition.package", "numpy", "scipy")  # transliterate


@pytest.mark.parametrize(
    ("args", "returncode", "unneeded"),
    [
        (["--help"], 0, PIPELINE_MODULES),
        (["check", "examples"], 2, NOT_CHECKED),
        (["transliterate", "missing.txt"], 2, NO_AUDIO),
    ],
)
def test_a_command_imports_only_what_it_runs(args: list[str], returncode: int, unneeded: tuple[str, ...]) -> None:
    command = [sys.executable, "-X", "importtime", "-m", "tts_edition", *args]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == returncode, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    imported = {line.rpartition("|")[2].strip() for line in lines}  # -X importtime: one line per module imported
    assert "tts_edition.cli" in imported
    assert sorted(m for m in imported if any(m == u or m.startswith(f"{u}.") for u in unneeded)) == []
