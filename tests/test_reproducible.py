"""Reproducible editions: a sentence's audio depends on its text and voice alone, and an edition's bytes on its
input alone, however the build got there."""

import dataclasses
import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import BOOK, ROOT, make_png, run_cli, run_cli_with
from tests.standins import tiny_vits
from tests.test_coqui import coqui_voice_file
from tests.test_robustness import STOP_AFTER_PARAGRAPHS
from tests.test_voices import standin_voice
from tts_edition.audio.encode import encode
from tts_edition.engines import piper
from tts_edition.engines.coqui import CoquiEngine
from tts_edition.engines.piper import PiperEngine
from tts_edition.engines.registry import load_engine
from tts_edition.errors import EditionError
from tts_edition.timing.epub import edition_time, write_epub
from tts_edition.voice import load_voice

DATA = Path(__file__).parent / "data"
SENTENCE = "Бірінші абзац, екі сөйлем бар."
OTHERS = (
    "Қасым-Жомарт Тоқаев хат жазды, бағасы он мың теңге.",
    "Мың тоғыз жүз тоқсан екінші жылы он алтыншы желтоқсанда.",
    "Ортаңғы тарау.",
)
# Shares the middle chapter with BOOK; its other chapters differ.
OTHER_BOOK = "# Басқа кітап\n\n" + "\n\n".join(OTHERS) + "\n\n# Екінші тарау\n\nОртаңғы тарау.\n"


def spoken_in_a_new_process(voice: str, *before: str) -> np.ndarray:
    """SENTENCE as a fresh process speaks it after `before`."""
    code = (
        "import sys, numpy as np\n"
        "from tts_edition.engines.registry import load_engine\n"
        "from tts_edition.voice import load_voice\n"
        "engine = load_engine(load_voice(sys.argv[1]))\n"
        "for text in sys.argv[3:]: engine.synthesize(text)\n"
        "np.save(sys.stdout.buffer, engine.synthesize(sys.argv[2]).samples)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, voice, SENTENCE, *before], capture_output=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr.decode()
    return np.load(io.BytesIO(done.stdout))


@pytest.mark.parametrize("before", [(), OTHERS, OTHERS[::-1]], ids=["first", "after-others", "after-others-reversed"])
def test_espeak_speaks_a_sentence_the_same_whatever_came_before(before: tuple[str, ...]) -> None:
    engine = load_engine(load_voice("kk-espeak"))
    for text in before:
        engine.synthesize(text)
    assert np.array_equal(engine.synthesize(SENTENCE).samples, spoken_in_a_new_process("kk-espeak"))


def test_espeak_speaks_a_sentence_the_same_after_an_interrupted_one(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = load_engine(load_voice("kk-espeak"))
    take = engine._take
    calls = iter(range(3))

    def interrupted(*args: object) -> None:
        if next(calls, None) is None:
            raise KeyboardInterrupt
        take(*args)

    monkeypatch.setattr(engine, "_take", interrupted)
    with pytest.raises(KeyboardInterrupt):
        engine.synthesize(" ".join(OTHERS))
    monkeypatch.undo()
    assert np.array_equal(engine.synthesize(SENTENCE).samples, spoken_in_a_new_process("kk-espeak", *OTHERS))


def test_espeak_version_names_the_variant_that_makes_it_steady() -> None:
    """The variant shapes the sound, so it is part of the engine version and so of every cache key."""
    assert "roughness 8" in load_engine(load_voice("kk-espeak")).version


@pytest.mark.parametrize(
    ("date", "epoch", "made"),
    [
        ("2025-11-11", None, datetime(2025, 11, 11, tzinfo=UTC)),
        ("2025", None, datetime(2025, 1, 1, tzinfo=UTC)),
        ("2025-13-40", None, datetime(1980, 1, 1, tzinfo=UTC)),
        ("", None, datetime(1980, 1, 1, tzinfo=UTC)),
        ("2025-11-11", "1700000000", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
    ],
)
def test_the_edition_time_comes_from_the_input(
    monkeypatch: pytest.MonkeyPatch, date: str, epoch: str | None, made: datetime
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    if epoch:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert edition_time({"date": date}) == made


def test_a_malformed_source_date_epoch_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(EditionError, match="SOURCE_DATE_EPOCH"):
        edition_time({})


def test_the_epub_is_dated_by_the_edition_not_the_clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    index = json.loads((DATA / "small" / "index.json").read_text(encoding="utf-8"))
    audio = tmp_path / "small.mp3"
    audio.write_bytes(b"\xff\xfb" * 100)
    os.utime(audio, (0, 0))
    write_epub(tmp_path / "small.epub", index, audio)
    with zipfile.ZipFile(tmp_path / "small.epub") as book:
        assert {entry.date_time for entry in book.infolist()} == {(2025, 11, 11, 0, 0, 0)}
        assert book.read("EPUB/audio/small.mp3") == audio.read_bytes()
        assert '"dcterms:modified">2025-11-11T00:00:00Z<' in book.read("EPUB/package.opf").decode()


@pytest.mark.parametrize("codec", ["mp3", "opus", "flac", "adts"])
def test_an_encoded_clip_depends_on_its_samples_alone(tmp_path: Path, codec: str) -> None:
    samples = np.sin(np.arange(16000, dtype=np.float32) / 7) / 4
    encode(samples, 16000, tmp_path / f"one.{codec}", codec)
    encode(samples, 16000, tmp_path / f"two.{codec}", codec)
    assert (tmp_path / f"one.{codec}").read_bytes() == (tmp_path / f"two.{codec}").read_bytes()


def built(folder: Path) -> dict[str, str]:
    """The sha256 of every file an edition folder holds, clips included; aside: the report (it has timings) and
    the hidden files at the top, the build's own bookkeeping (such as its lock, which holds its process id)."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "report.json" and not path.relative_to(folder).parts[0].startswith(".")
    }


@pytest.mark.long
def test_an_edition_is_the_same_however_it_was_built(tmp_path: Path) -> None:
    """Fresh cache with one job; fresh cache with two after the same process and cache spoke other text; warm;
    over another edition in the same folder; resumed after a kill. M4B, FLAC and Opus clips included."""
    (tmp_path / "book.md").write_text(BOOK, encoding="utf-8")
    (tmp_path / "other.md").write_text(OTHER_BOOK, encoding="utf-8")
    (tmp_path / "cover.png").write_bytes(make_png())
    (tmp_path / "edition.toml").write_text('formats = ["m4b", "opus", "flac"]\ncover = "cover.png"\n')
    book = str(tmp_path / "book.md")

    def build(way: str, cache: str, *options: str) -> dict[str, str]:
        out = tmp_path / way / "edition"
        run_cli("build", book, "--out", str(out), "--cache-dir", str(tmp_path / cache), *options, check=True)
        return built(out)

    first = build("fresh", "cache-1", "--jobs", "1")
    code = (
        "import sys\nfrom tts_edition import build_edition\n"
        "build_edition(sys.argv[1], sys.argv[2], cache_dir=sys.argv[3], jobs=1, quiet=True)\n"
        "build_edition(sys.argv[4], sys.argv[5], cache_dir=sys.argv[3], jobs=2, quiet=True)\n"
    )
    folders = [tmp_path / "other", tmp_path / "cache-2", book, tmp_path / "after-other" / "edition"]
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "other.md"), *map(str, folders)], cwd=ROOT, check=True)
    assert {p.suffix for p in (tmp_path / "after-other" / "edition" / "clips").iterdir()} >= {".mp3", ".opus"}
    assert len(first) > 20 and built(tmp_path / "after-other" / "edition") == first
    assert {"edition.m4b", "edition.flac"} <= set(first)
    assert build("warm", "cache-1", "--jobs", "2") == first
    other = (str(tmp_path / "other.md"), "--out", str(tmp_path / "over-other" / "edition"))
    run_cli("build", *other, "--cache-dir", str(tmp_path / "cache-3"), check=True)
    assert build("over-other", "cache-3") == first
    killed = STOP_AFTER_PARAGRAPHS.format(after=3, kill="SIGKILL")
    out = tmp_path / "resumed" / "edition"
    assert run_cli_with(killed, "build", book, "--out", str(out), "--cache-dir", str(tmp_path / "cache-4")).returncode
    assert build("resumed", "cache-4") == first


@pytest.fixture(scope="module")
def piper_voice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return standin_voice(tmp_path_factory.mktemp("piper"))


def test_piper_speaks_a_sentence_the_same_whatever_came_before_and_however_many_threads(piper_voice: Path) -> None:
    """Its noise is seeded by the sentence; one or two ONNX Runtime threads sum alike; so does a new process."""
    voice = load_voice(piper_voice)
    alone = PiperEngine(dataclasses.replace(voice, threads=1)).synthesize(SENTENCE).samples
    engine = PiperEngine(dataclasses.replace(voice, threads=2))
    for text in OTHERS:
        engine.synthesize(text)
    assert np.array_equal(engine.synthesize(SENTENCE).samples, alone)
    assert np.array_equal(spoken_in_a_new_process(str(piper_voice), *OTHERS), alone)


def test_piper_noise_drawn_again_when_too_short_is_the_same(piper_voice: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = PiperEngine(load_voice(piper_voice))
    expected = engine.synthesize(SENTENCE).samples
    monkeypatch.setattr(piper, "_NOISE_PER_PHONEME", 2)
    assert np.array_equal(engine.synthesize(SENTENCE).samples, expected)


def test_coqui_speaks_a_sentence_the_same_whatever_came_before_and_whoever_runs_it(tmp_path: Path) -> None:
    """Seeded by the sentence, on one torch thread whatever the voice's thread share (the sum order follows it)."""
    voice_file = coqui_voice_file(tmp_path, *tiny_vits(tmp_path / "model"))
    engine = CoquiEngine(dataclasses.replace(load_voice(voice_file), threads=2))
    for text in OTHERS:
        engine.synthesize(text)
    assert np.array_equal(engine.synthesize(SENTENCE).samples, spoken_in_a_new_process(str(voice_file)))
