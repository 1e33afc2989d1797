"""Reproducible editions: a sentence's audio depends on its text and voice alone, and an edition's bytes on its
input alone, however the build got there."""

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

from tests.conftest import ROOT
from tts_edition.audio.encode import encode
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


@pytest.mark.parametrize("codec", ["mp3", "opus", "flac", "aac"])
def test_an_encoded_clip_depends_on_its_samples_alone(tmp_path: Path, codec: str) -> None:
    samples = np.sin(np.arange(16000, dtype=np.float32) / 7) / 4
    encode(samples, 16000, tmp_path / f"one.{codec}", codec)
    encode(samples, 16000, tmp_path / f"two.{codec}", codec)
    assert (tmp_path / f"one.{codec}").read_bytes() == (tmp_path / f"two.{codec}").read_bytes()
