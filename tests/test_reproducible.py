"""Reproducible editions: a sentence's audio depends on its text and voice alone, and an edition's bytes on its
input alone, however the build got there."""

import io
import subprocess
import sys

import numpy as np
import pytest

from tests.conftest import ROOT
from tts_edition.engines.registry import load_engine
from tts_edition.voice import load_voice

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
