"""Bad input, interrupted builds, the build lock, and `check` on editions damaged in each way it detects."""

import json
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import BOOK, ROOT, cli_with, edition_files, leftovers, run_cli, run_cli_with, shared_build
from tts_edition.audio.encode import decode, encode
from tts_edition.audio.tags import read_mp3_chapters
from tts_edition.document import drop_unspeakable, speakable
from tts_edition.errors import EditionError
from tts_edition.ingest import make_edition, markdown, read, text
from tts_edition.ingest.clean import clean
from tts_edition.normalize import normalize
from tts_edition.render import engine_pieces, split_long
from tts_edition.timing.index import paragraphs

KAZAKH = "Қазақстан мен Ресей – одақтас мемлекеттер.\nӘңгіме ұзақ болды, өйткені һәр нәрсе үшін шешім керек."
RUSSIAN = "Казахстан и Россия – союзники.\nРазговор был долгим."


@pytest.mark.parametrize(
    ("encoding", "content", "prefix"),
    [("utf-8", KAZAKH, b""), ("utf-8-sig", KAZAKH, b""), ("utf-16", KAZAKH, b""), ("utf-16-le", KAZAKH, b""),
     ("utf-16-be", KAZAKH, b""), ("utf-32", KAZAKH, b""), ("kz1048", KAZAKH, b""), ("cp1251", RUSSIAN, b"")],
)  # fmt: skip
def test_encodings_are_detected(tmp_path: Path, encoding: str, content: str, prefix: bytes) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(prefix + content.encode(encoding))
    edition = read(path)
    assert [p.text for p in edition.paragraphs()] == content.split("\n")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
     ("random.md", random.Random(1).randbytes(4000), "binary"),
     ("empty.txt", b"", "no text to read"), ("blank.txt", b" \n\t\n  \r\n", "no text to read"),
     ("marks.txt", "... !!! ??? — «» ***\n---\n".encode(), "no text to read"),
     ("emoji.txt", "😀 🎉\n❤️\n".encode(), "no text to read")],
)  # fmt: skip
def test_unusable_input_is_one_line_and_writes_nothing(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(data)
    result = run_cli("build", str(tmp_path / name), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and message in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert not (tmp_path / "out" / "index.json").exists()


def test_emoji_controls_surrogates_and_lookalikes() -> None:
    written = "Сәлем 👋🏽 әлем\u200b!\x07 Қaзaқстaн\ud800 ❤️ бaрды."
    assert clean(written) == "Сәлем әлем! Қaзaқстaн бaрды."
    assert normalize(clean(written)) == "Сәлем әлем! Қазақстан барды."
    edition = make_edition(text.parse(written + "\n\x00\x1f\n")[1], "t")
    assert [p.text for p in edition.paragraphs()] == ["Сәлем әлем! Қaзaқстaн бaрды."]


def test_long_sentences_are_cut_at_clauses_then_words() -> None:
    sentence = ", ".join(["бірінші бөлік осында тұр"] * 60) + "."
    pieces = split_long(sentence, 400)
    assert all(len(p) <= 400 for p in pieces) and all(p.endswith(",") for p in pieces[:-1])
    assert " ".join(pieces) == sentence
    assert split_long("а" * 2000, 400) == ["а" * 400] * 5


@pytest.mark.long
def test_engine_hostile_text_builds(tmp_path: Path) -> None:
    long_paragraph = " ".join(
        f"Бұл {n}-сөйлем, ол ұзын абзацтың бір бөлігі, үтірлері де бар; бәрі {n * 7} сөзден тұрмайды."
        for n in range(620)
    )
    assert len(long_paragraph) > 50_000
    source = tmp_path / "hostile.txt"
    source.write_text(
        "\n".join(["1234567890 42 7", "!!! ??? ...", "а" * 2000, "%%% №№ 100%", long_paragraph]), encoding="utf-8"
    )
    # At twice the pace: the same text, half the audio to synthesise, master and encode.
    result = run_cli("build", str(source), "--out", str(tmp_path / "out"), "--cache-dir", "none", "--speed", "2")
    assert result.returncode == 0, result.stderr
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    spoken = [p["spoken"] for p in paragraphs(index)]
    assert len(spoken) == 4 and "бір миллиард" in spoken[0] and not any(ch.isdigit() for s in spoken for ch in s)
    assert paragraphs(index)[3]["end"] - paragraphs(index)[3]["start"] > 1500  # an hour at the usual pace
    findings = {f["check"]: f["ok"] for f in json.loads(run_cli("check", str(tmp_path / "out"), "--json").stdout)}
    assert findings["clips"] and findings["loudness"] and findings["true peak"] and findings["clipping"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.text(max_size=300))
def test_fuzzed_input_never_crashes_and_never_sends_an_empty_sentence(written: str) -> None:
    for parse in (text.parse, markdown.parse):
        try:
            edition = make_edition(parse(written)[1], "t")
        except EditionError:
            continue
        for paragraph in edition.paragraphs():
            assert paragraph.sentences
            for sentence in paragraph.sentences:
                assert sentence.text.strip()
                sentence.spoken = normalize(sentence.text)
        drop_unspeakable(edition)
        for sentence in (s for p in edition.paragraphs() for s in p.sentences):
            pieces = engine_pieces(sentence.spoken, 50)  # what the engine is asked to say, and nothing else
            assert pieces and all(speakable(piece) and len(piece) <= 50 for piece in pieces), pieces


def without_report(files: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if name != "report.json"}


def _build_reference(folder: Path) -> None:
    (folder / "book.md").write_text(BOOK, encoding="utf-8")
    run_cli("build", str(folder / "book.md"), "--out", str(folder / "book"), "--cache-dir", str(folder / "cache"),
            check=True)  # fmt: skip


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An edition of the three-chapter book, the earlier edition each interrupted build below replaces."""
    return shared_build(tmp_path_factory, "reference", _build_reference) / "book"


def edited_book(folder: Path) -> Path:
    edited = folder / "book.md"
    edited.write_text(BOOK.replace("Ортаңғы тарау.", "Ортаңғы тарау өзгерді."), encoding="utf-8")
    return edited


# Stops the build with `kill` once `after` paragraphs have been rendered: the same point on any machine.
STOP_AFTER_PARAGRAPHS = """
import os, signal, tts_edition.progress as progress
advance = progress.BuildProgress.advance
rendered = []
def advance_then_stop(self, seconds):
    advance(self, seconds)
    rendered.append(seconds)
    if len(rendered) == {after}:
        os.kill(os.getpid(), signal.{kill})
progress.BuildProgress.advance = advance_then_stop
"""


@pytest.mark.parametrize(("kill", "after"), [(signal.SIGINT, 2), (signal.SIGKILL, 5)])
def test_an_interrupted_build_keeps_the_old_edition_and_resumes(
    kill: signal.Signals, after: int, reference: Path, tmp_path: Path
) -> None:
    out = tmp_path / "book"
    shutil.copytree(reference, out)  # an earlier edition in the same folder
    before = edition_files(out)
    edited, cache = edited_book(tmp_path), tmp_path / "cache"
    stop = STOP_AFTER_PARAGRAPHS.format(after=after, kill=kill.name)
    stopped = run_cli_with(stop, "build", str(edited), "--out", str(out), "--cache-dir", str(cache))
    assert stopped.returncode == (130 if kill == signal.SIGINT else -9), stopped.stderr
    if kill == signal.SIGINT:
        assert stopped.stderr.count("\n") == 1 and "interrupted" in stopped.stderr
    assert edition_files(out) == before  # untouched, and still playable:
    assert len(decode(out / "book.mp3")) > 0 and read_mp3_chapters(out / "book.mp3")
    finished = run_cli("build", str(edited), "--out", str(out), "--cache-dir", str(cache))
    assert finished.returncode == 0, finished.stderr
    assert leftovers(out) == []
    uninterrupted = tmp_path / "uninterrupted" / "book"
    run_cli("build", str(edited), "--out", str(uninterrupted), "--cache-dir", str(tmp_path / "fresh"), check=True)
    assert without_report(edition_files(out)) == without_report(edition_files(uninterrupted))  # byte for byte
    assert run_cli("check", str(out)).returncode == 0


# Kills the build in the publish step: just before it commits its plan, or after `moved` of its files are in place
# (-1: after all of them and the removals, before the manifest is written).
KILL_IN_PUBLISH = """
import os, signal, tts_edition.publish as publish
moved = []
if {moved} is None:
    write_text = publish.write_text
    def killed(path, text):
        if path.name == "publish.json":
            os.kill(os.getpid(), signal.SIGKILL)
        write_text(path, text)
    publish.write_text = killed
elif {moved} == -1:
    def killed(*args):
        os.kill(os.getpid(), signal.SIGKILL)
    publish._write_manifest = killed
else:
    move = publish._move_into_place
    def killed(*args):
        if len(moved) == {moved}:
            os.kill(os.getpid(), signal.SIGKILL)
        moved.append(args)
        move(*args)
    publish._move_into_place = killed
"""


@pytest.mark.parametrize("moved", [None, 0, 3, -1])
def test_a_kill_while_publishing_leaves_one_whole_edition(moved: int | None, reference: Path, tmp_path: Path) -> None:
    """Before the commit the old edition stays as it was; after it, `check` names the unfinished publish and the
    next build finishes it: the new edition, byte for byte."""
    out = tmp_path / "book"
    shutil.copytree(reference, out)
    before = edition_files(out)
    edited, cache = edited_book(tmp_path), tmp_path / "cache"
    whole = tmp_path / "whole" / "book"  # the new edition as an uninterrupted build makes it, from the same cache
    run_cli("build", str(edited), "--out", str(whole), "--cache-dir", str(cache), check=True)
    killed = run_cli_with(KILL_IN_PUBLISH.format(moved=moved), "build", str(edited), "--out", str(out),
                          "--cache-dir", str(cache))  # fmt: skip
    assert killed.returncode == -9, killed.stderr
    checked = run_cli("check", str(out))
    if moved is None:
        assert edition_files(out) == before and checked.returncode == 0, checked.stdout
    else:
        assert checked.returncode == 1 and "FAIL publish: a build was stopped while publishing" in checked.stdout
    assert run_cli("build", str(edited), "--out", str(out), "--cache-dir", str(cache)).returncode == 0
    assert leftovers(out) == [] and without_report(edition_files(out)) == without_report(edition_files(whole))
    assert run_cli("check", str(out)).returncode == 0


# Holds the build once it has its lock, until the test lets it go on.
HOLD_WITH_LOCK = """
import pathlib, time, tts_edition.progress as progress
enter = progress.BuildProgress.__enter__
def held(self):
    pathlib.Path({locked!r}).touch()
    while not pathlib.Path({go!r}).exists():
        time.sleep(0.05)
    return enter(self)
progress.BuildProgress.__enter__ = held
"""


def test_two_builds_into_one_folder_do_not_interleave(tmp_path: Path) -> None:
    out, locked, go = tmp_path / "book", tmp_path / "locked", tmp_path / "go"
    (tmp_path / "book.md").write_text(BOOK, encoding="utf-8")
    build = ["build", str(tmp_path / "book.md"), "--out", str(out), "--cache-dir", "none"]
    hold = HOLD_WITH_LOCK.format(locked=str(locked), go=str(go))
    first = subprocess.Popen(cli_with(hold, *build), cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        while not locked.exists():
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            time.sleep(0.05)
        second = run_cli(*build)
    finally:
        go.touch()
    assert first.wait(timeout=300) == 0
    assert second.returncode == 2 and "another build is writing here" in second.stderr
    assert run_cli("check", str(out)).returncode == 0


def damaged(build: Path, tmp_path: Path, change) -> Path:
    copy = tmp_path / "out"
    shutil.copytree(build, copy)
    mp3 = copy / "out.mp3"
    index = json.loads((copy / "index.json").read_text(encoding="utf-8"))
    audio = decode(mp3)
    audio = change(audio, index, copy)
    if audio is not None:
        marks = read_mp3_chapters(mp3)
        encode(audio, index["voice"]["sample_rate"], mp3)
        from tts_edition.audio.tags import Tags, write_mp3_tags

        write_mp3_tags(mp3, Tags(index["title"], index["date"], "voice"), marks)
    (copy / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    return copy


def span(index: dict, rate: int, n: int) -> slice:
    p = paragraphs(index)[n]
    return slice(round(p["start"] * rate), round(p["end"] * rate))


def _clipped(audio, index, _):
    audio[span(index, 22050, 1)][::50] = 1.0
    return audio


def _silenced(audio, index, _):
    audio[span(index, 22050, 2)] = 0
    return audio


def _noisy(audio, index, _):
    return audio + np.random.default_rng(0).normal(0, 0.004, len(audio)).astype(np.float32)


def _quiet(audio, index, _):
    return audio * np.float32(10 ** (-9 / 20))


def _missing_and_extra(audio, index, build):
    (build / "clips" / "c01-p002.mp3").rename(build / "clips" / "c09-p999.mp3")


def _babble(audio, index, _):
    paragraphs(index)[3]["spoken"] = paragraphs(index)[3]["spoken"] * 4  # far more text than its audio holds


@pytest.mark.parametrize(
    ("change", "fails"),
    [(_clipped, "clipping"), (_silenced, "clips"), (_noisy, "noise floor"), (_quiet, "ACX RMS"),
     (_missing_and_extra, "clip files"), (_babble, "speaking rate")],
)  # fmt: skip
def test_check_catches_each_kind_of_damage(book_build: Path, tmp_path: Path, change, fails: str) -> None:
    healthy = {f["check"]: f["ok"] for f in json.loads(run_cli("check", str(book_build), "--json").stdout)}
    assert healthy[fails]
    result = run_cli("check", str(damaged(book_build, tmp_path, change)), "--json")
    findings = {f["check"]: f for f in json.loads(result.stdout)}
    assert result.returncode == 1
    assert not findings[fails]["ok"], findings[fails]


def test_ctrl_c_inside_espeak_stops_the_sentence_instead_of_cutting_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from tts_edition.engines.espeak import EspeakEngine
    from tts_edition.voice import load_voice

    engine = EspeakEngine(load_voice())
    whole = engine.synthesize("Бірінші абзац, екі сөйлем бар.")
    calls = {"n": 0}
    take = engine._take

    def interrupted(*args: object) -> None:  # Ctrl-C lands while espeak-ng is handing over audio
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        take(*args)

    monkeypatch.setattr(engine, "_take", interrupted)
    with pytest.raises(KeyboardInterrupt):
        engine.synthesize("Бірінші абзац, екі сөйлем бар.")
    monkeypatch.undo()
    assert len(engine.synthesize("Бірінші абзац, екі сөйлем бар.").samples) == len(whole.samples)  # and goes on
