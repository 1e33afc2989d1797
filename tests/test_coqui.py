"""Coqui TTS voices on models made here: a local model (model_path + config_path, as a user's voice file names it)
and Meta's MMS release format, downloaded from a local server, unpacked and loaded as `kk-mms` is."""

import hashlib
import io
import itertools
import json
import tarfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import (
    BOOK,
    RICH_SENTENCES,
    assert_fully_word_timed,
    check_written_times,
    edition_files,
    run_cli,
    shared_build,
)
from tests.standins import KAZAKH_LETTERS, mms_like_vits, tiny_vits
from tts_edition.engines.coqui import CoquiEngine, token_starts
from tts_edition.errors import EditionError
from tts_edition.ingest.sentences import split_sentences
from tts_edition.normalize import normalize_tokens
from tts_edition.normalize.provenance import word_spans
from tts_edition.timing.index import paragraphs, sentences
from tts_edition.timing.words import written_word_times
from tts_edition.voice import load_voice

SENTENCE = "Бірінші абзац, екі сөйлем бар."


def coqui_voice_file(folder: Path, model: Path, config: Path) -> Path:
    path = folder / "coqui.toml"
    path.write_text(
        f'id = "kk-coqui-local"\nengine = "coqui"\nlanguage = "kk"\n'
        f'[model]\npath = "{model}"\nsha256 = "{hashlib.sha256(model.read_bytes()).hexdigest()}"\n'
        f'[config]\npath = "{config}"\n[synthesis]\nlength_scale = 1.2\n',
        encoding="utf-8",
    )
    return path


def _make_voice_and_build(folder: Path) -> None:
    """A local Coqui voice, `coqui.toml`, and the three-chapter book built with it into `out`."""
    voice = coqui_voice_file(folder, *tiny_vits(folder / "model"))
    (folder / "book.md").write_text(BOOK, encoding="utf-8")
    result = run_cli("build", str(folder / "book.md"), "--out", str(folder / "out"), "--voice", str(voice))
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="session")
def local_voice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_build(tmp_path_factory, "coqui", _make_voice_and_build) / "coqui.toml"


@pytest.fixture(scope="session")
def coqui_build(local_voice: Path) -> Path:
    return local_voice.parent / "out"


def test_a_local_coqui_model_builds_the_outputs_of_the_embedded_voice(coqui_build: Path, book_build: Path) -> None:
    ours = json.loads((coqui_build / "index.json").read_text(encoding="utf-8"))
    embedded = json.loads((book_build / "index.json").read_text(encoding="utf-8"))
    assert [p["id"] for p in paragraphs(ours)] == [p["id"] for p in paragraphs(embedded)]
    assert [s["id"] for s in sentences(ours)] == [s["id"] for s in sentences(embedded)]
    assert [c["title"] for c in ours["chapters"]] == [c["title"] for c in embedded["chapters"]]
    assert ours["voice"] == {"id": "kk-coqui-local", "engine": "coqui", "speaker": None, "sample_rate": 16000}
    assert sorted(p.name for p in (coqui_build / "clips").glob("*.mp3")) == [f"{p['id']}.mp3" for p in paragraphs(ours)]
    report = json.loads((coqui_build / "report.json").read_text(encoding="utf-8"))
    assert report["engine"].startswith("coqui-tts 0.28") and "torch 2.11.0" in report["engine"]
    checked = run_cli("check", str(coqui_build), "--json")
    assert checked.returncode == 0, checked.stdout


def test_coqui_workers_are_threads_sharing_the_voice_and_change_no_byte(coqui_build: Path, tmp_path: Path) -> None:
    folder = coqui_build.parent
    out = tmp_path / coqui_build.name  # the edition's files are named after its folder
    args = ["build", str(folder / "book.md"), "--voice", str(folder / "coqui.toml"), "--out", str(out)]
    result = run_cli(*args, "--jobs", "3", "--cache-dir", str(tmp_path / "cache"))  # every sentence synthesised
    assert result.returncode == 0, result.stderr
    jobs = json.loads((out / "report.json").read_text(encoding="utf-8"))["jobs"]
    assert (jobs["workers"], jobs["threads"]) == (3, True)
    without_report = {name: data for name, data in edition_files(out).items() if name != "report.json"}
    assert without_report == {name: data for name, data in edition_files(coqui_build).items() if name != "report.json"}


def test_coqui_word_times_come_from_predicted_durations(coqui_build: Path) -> None:
    assert_fully_word_timed(json.loads((coqui_build / "index.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("sentence", split_sentences(RICH_SENTENCES))
def test_vits_durations_time_every_written_token(local_voice: Path, sentence: str) -> None:
    check_written_times(CoquiEngine(load_voice(local_voice)), sentence)


def test_a_letter_the_model_lacks_costs_only_its_word(local_voice: Path) -> None:
    text = "Әә Әлем мен бірге."  # the tiny model has no "ә": the first word has no token at all
    clip = CoquiEngine(load_voice(local_voice)).synthesize(text)
    assert not clip.words_estimated and [w.text for w in clip.words] == ["Әлем", "мен", "бірге"]
    timed = written_word_times(normalize_tokens(text).groups, clip.words, 0)
    assert [w.text for w in timed] == ["Әә", "Әлем", "мен", "бірге"] and all(w.end > w.start for w in timed)
    assert (timed[0].start, timed[1].end) == (clip.words[0].start, clip.words[0].end)  # they share its time
    assert [(w.start, w.end) for w in timed[2:]] == [(w.start, w.end) for w in clip.words[1:]]


@pytest.mark.parametrize(("add_blank", "eos_bos"), [(True, False), (False, False), (True, True), (False, True)])
def test_each_word_starts_at_the_frames_of_its_first_letter(add_blank: bool, eos_bos: bool) -> None:
    from TTS.tts.utils.text.characters import Graphemes
    from TTS.tts.utils.text.cleaners import multilingual_cleaners
    from TTS.tts.utils.text.tokenizer import TTSTokenizer

    letters = Graphemes(characters=KAZAKH_LETTERS, punctuations=" !,.?-")
    tokenizer = TTSTokenizer(
        text_cleaner=multilingual_cleaners, characters=letters, add_blank=add_blank, use_eos_bos=eos_bos
    )
    ids = tokenizer.text_to_ids(SENTENCE)
    frames = np.arange(1, len(ids) + 1, dtype=float)  # all different: a token off by one shows as a wrong time
    starts = token_starts(tokenizer, SENTENCE, frames, int(frames.sum()) * 256)
    assert starts is not None and len(starts) == 5
    elapsed = np.concatenate([[0], np.cumsum(frames)]) * 256
    for (position, _), start in zip(word_spans(SENTENCE), starts, strict=True):
        first = int(np.flatnonzero(elapsed == start)[0])
        assert ids[first] == letters.char_to_id(SENTENCE[position].lower())
    assert token_starts(tokenizer, SENTENCE, frames[:-1], 1000) is None  # durations that do not fit: no times


def test_the_engine_times_words_and_repeats_itself(local_voice: Path) -> None:
    engine = CoquiEngine(load_voice(local_voice))
    clip = engine.synthesize(SENTENCE)
    assert clip.sample_rate == 16000 and not clip.words_estimated
    assert [w.text for w in clip.words] == ["Бірінші", "абзац", "екі", "сөйлем", "бар"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(clip.words))
    assert np.array_equal(engine.synthesize(SENTENCE).samples, clip.samples)  # seeded by the text


def test_threads_sharing_the_engine_speak_each_sentence_as_it_would_alone(local_voice: Path) -> None:
    engine = CoquiEngine(load_voice(local_voice))
    alone = {text: engine.synthesize(text).samples for text in (SENTENCE, RICH_SENTENCES)}
    second_done = threading.Event()

    def hold_the_first(module: object, args: object) -> None:  # after the first sentence's seed, before its noise
        if threading.current_thread().name == "first":
            second_done.wait(10)  # the other sentence's seed in between would change this one's noise

    engine._model.duration_predictor.register_forward_pre_hook(hold_the_first)
    spoken: dict[str, np.ndarray] = {}

    def speak(text: str) -> None:
        spoken[text] = engine.synthesize(text).samples

    first = threading.Thread(target=speak, args=(SENTENCE,), name="first")
    first.start()
    speak(RICH_SENTENCES)
    second_done.set()
    first.join()
    assert all(np.array_equal(spoken[text], samples) for text, samples in alone.items())


def test_threads_sharing_the_engine_decode_at_once(local_voice: Path) -> None:
    engine = CoquiEngine(load_voice(local_voice))
    together, decoding, met = threading.Condition(), set(), []

    def meet(module: object, args: object) -> None:  # each decoder stretch waits for the other sentence's
        with together:
            decoding.add(threading.get_ident())
            together.notify_all()
            met.append(together.wait_for(lambda: len(decoding) == 2, timeout=60))

    engine._model.waveform_decoder.conv_pre.register_forward_pre_hook(meet)
    with ThreadPoolExecutor(2) as pool:
        clips = list(pool.map(engine.synthesize, [SENTENCE, RICH_SENTENCES]))
    assert met and all(met) and all(len(clip.samples) for clip in clips)


def test_word_spans_leave_out_edge_punctuation() -> None:
    text = "«Қазақстан» — ел, 2025-жылы т.б."
    assert [text[p : p + n] for p, n in word_spans(text)] == ["Қазақстан", "ел", "2025-жылы", "т.б"]


def test_a_one_speaker_model_refuses_a_speaker(local_voice: Path) -> None:
    with pytest.raises(EditionError, match="one speaker"):
        CoquiEngine(load_voice(local_voice, speaker="2"))


def test_the_mms_release_downloads_unpacks_and_speaks(tmp_path: Path, voices_home: Path, http_files) -> None:
    url, handler = http_files
    release = mms_like_vits(tmp_path / "kaz")
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz", compresslevel=1) as tar:
        tar.add(release.parent, arcname="kaz")  # laid out as Meta's kaz.tar.gz: one top folder
    handler.files = {"/mms/tts/kaz.tar.gz": archive.getvalue()}
    spec = (Path(__file__).parents[1] / "voices" / "kk-mms.toml").read_text(encoding="utf-8")
    voice_file = tmp_path / "kk-mms.toml"
    voice_file.write_text(spec.replace("https://dl.fbaipublicfiles.com", url), encoding="utf-8")

    (tmp_path / "note.txt").write_text(SENTENCE, encoding="utf-8")
    missing = run_cli("build", str(tmp_path / "note.txt"), "--voice", str(voice_file))
    assert missing.returncode == 2 and "voices download kk-mms" in missing.stderr
    result = run_cli("voices", "download", str(voice_file), "--quiet")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in voices_home.iterdir()) == ["mms-kaz"]  # the archive is gone once unpacked
    assert sorted(p.name for p in (voices_home / "mms-kaz").iterdir()) == ["G_100000.pth", "config.json", "vocab.txt"]
    assert run_cli("voices", "verify", str(voice_file)).returncode == 0

    started = time.perf_counter()
    engine = CoquiEngine(load_voice(voice_file))
    loaded = time.perf_counter()
    clip = engine.synthesize(SENTENCE)
    spoken = time.perf_counter()
    assert clip.sample_rate == 16000 and not clip.words_estimated and len(clip.words) == 5
    print(f"MMS-size VITS: load {loaded - started:.2f} s, real-time factor {(spoken - loaded) / clip.duration:.3f}")


def test_the_mms_catalogue_entry_says_it_is_not_for_commercial_use() -> None:
    info = json.loads(run_cli("voices", "info", "kk-mms").stdout)
    assert info["licence"] == "CC-BY-NC-4.0" and info["commercial_use"] is False and info["engine"] == "coqui"
    assert info["model"]["url"].endswith("/mms/tts/kaz.tar.gz") and info["model"]["unpack"] == "mms-kaz"


def test_a_whispering_model_is_refused_and_a_bad_archive_installs_nothing(
    tmp_path: Path, voices_home: Path, http_files
) -> None:
    model, config = tiny_vits(tmp_path / "quiet", audible=False)  # untrained: about -52 dBFS, below the trim level
    (tmp_path / "note.txt").write_text(SENTENCE, encoding="utf-8")
    voice = coqui_voice_file(tmp_path, model, config)
    quiet = run_cli("build", str(tmp_path / "note.txt"), "--out", str(tmp_path / "out"), "--voice", str(voice))
    assert quiet.returncode == 2 and "made no audible sound for «Бірінші абзац" in quiet.stderr
    assert not (tmp_path / "out" / "index.json").exists()

    url, handler = http_files
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz") as tar:
        info = tarfile.TarInfo("kaz/README")
        tar.addfile(info, io.BytesIO(b""))
    handler.files = {"/mms/tts/kaz.tar.gz": archive.getvalue(), "/bad/mms/tts/kaz.tar.gz": b"not a tar file" * 10}
    spec = (Path(__file__).parents[1] / "voices" / "kk-mms.toml").read_text(encoding="utf-8")
    for prefix, error in [(url, "mms-kaz.tar.gz has no G_100000.pth"), (f"{url}/bad", "cannot unpack")]:
        voice_file = tmp_path / "kk-mms.toml"
        voice_file.write_text(spec.replace("https://dl.fbaipublicfiles.com", prefix), encoding="utf-8")
        result = run_cli("voices", "download", str(voice_file), "--quiet")
        assert result.returncode == 2 and error in result.stderr and result.stderr.count("\n") == 1
        assert not (voices_home / "mms-kaz").exists()
