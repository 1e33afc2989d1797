"""The sample article built through the CLI, then decoded and measured as a listener's player would."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
from mutagen.id3 import ID3
from scipy.signal import correlate

from tests.conftest import assert_fully_word_timed, run_cli
from tts_edition.audio.encode import decode, ffmpeg
from tts_edition.audio.tags import read_mp3_chapters

RATE = 22050


def load_index(build: Path) -> dict:
    return json.loads((build / "index.json").read_text(encoding="utf-8"))


def all_paragraphs(index: dict) -> list[dict]:
    return [p for c in index["chapters"] for p in c["paragraphs"]]


def ebur128(path: Path) -> tuple[float, float]:
    """Integrated loudness and true peak by ffmpeg's own meter, independent of ours and pyloudnorm."""
    result = subprocess.run(
        [ffmpeg(), "-nostats", "-i", str(path), "-filter_complex", "ebur128=peak=true", "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    summary = result.stderr[result.stderr.rindex("Summary:") :]
    lufs = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))
    peak = float(re.search(r"Peak:\s+(-?[\d.]+) dBFS", summary).group(1))
    return lufs, peak


def test_index_follows_the_contract(sample_build: Path) -> None:
    index = load_index(sample_build)
    assert index["schema"] == "tts-edition/index/2"
    assert index["language"] == "kk" and index["date"] == "2025-11-11"
    assert index["voice"] == {"id": "kk-espeak", "engine": "espeak-ng", "speaker": None, "sample_rate": RATE}
    assert index["audio"] == {"mp3": "sample.mp3", "bitrate_kbps": 64, "clips": ["mp3"], "epub": "sample.epub",
                              "vtt": "sample.vtt", "srt": "sample.srt", "reader": "index.html"}  # fmt: skip
    assert round(index["samples"] / RATE, 3) == index["duration"]
    assert index["loudness"]["target_lufs"] == -19.0 and index["loudness"]["true_peak_limit_dbtp"] == -3.0
    paragraphs = all_paragraphs(index)
    assert len(paragraphs) == 48
    previous_end = 0.0
    for n, p in enumerate(paragraphs, 1):
        assert p["id"] == f"c01-p{n:03d}" and p["clip"] == f"clips/{p['id']}.mp3"
        assert previous_end < p["start"] < p["end"]
        assert len(p["hash"]) == 64
        for m, s in enumerate(p["sentences"], 1):
            assert s["id"] == f"{p['id']}-s{m:02d}"
            assert p["start"] <= s["start"] < s["end"] <= p["end"]
            assert all(set(w) == {"text", "at", "spoken", "start", "end"} for w in s["words"]), s["id"]
        previous_end = p["end"]
    assert index["chapters"][0]["end"] == index["duration"] > previous_end
    assert_fully_word_timed(index)


def test_an_index_of_schema_1_asks_for_a_rebuild(sample_copy: Path) -> None:
    index = load_index(sample_copy)
    index["schema"] = "tts-edition/index/1"
    (sample_copy / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    for command in (["check"], ["export", "--format", "lrc"]):
        result = run_cli(*command, str(sample_copy))
        assert result.returncode == 2 and result.stderr.count("\n") == 1
        assert "'tts-edition/index/1'" in result.stderr and "rebuild the edition" in result.stderr


def test_decoded_length_equals_the_index_duration(sample_build: Path) -> None:
    audio = decode(sample_build / "sample.mp3")
    assert abs(len(audio) / RATE - load_index(sample_build)["duration"]) < 0.002


def test_loudness_and_true_peak_measured_on_the_decoded_mp3(sample_build: Path) -> None:
    audio = decode(sample_build / "sample.mp3").astype(np.float64)
    assert abs(pyloudnorm.Meter(RATE).integrated_loudness(audio) - -19.0) <= 1.0
    lufs, peak = ebur128(sample_build / "sample.mp3")
    assert abs(lufs - -19.0) <= 1.0
    assert peak <= -3.0


def test_every_clip_matches_its_span_of_the_edition(sample_build: Path) -> None:
    edition = decode(sample_build / "sample.mp3")
    margin = round(0.05 * RATE)
    for p in all_paragraphs(load_index(sample_build)):
        clip = decode(sample_build / p["clip"])
        start, end = round(p["start"] * RATE), round(p["end"] * RATE)
        assert abs(len(clip) - (end - start)) < RATE // 100, p["id"]
        segment = edition[start - margin : end + margin]
        corr = correlate(segment, clip, mode="valid", method="fft")
        lag = int(np.argmax(corr))
        assert abs(lag - margin) / RATE <= 0.010, p["id"]
        similarity = corr[lag] / np.sqrt(np.sum(clip**2) * np.sum(segment[lag : lag + len(clip)] ** 2))
        assert similarity > 0.95, p["id"]


def test_id3_tags_and_chapters_equal_the_index(sample_build: Path) -> None:
    index = load_index(sample_build)
    tags = ID3(sample_build / "sample.mp3")
    assert tags.version[:2] == (2, 3)  # not 2.4: ffmpeg misreads the frames inside its CHAP frames (audio/tags.py)
    assert str(tags["TIT2"]) == "Мәңгілік достық – халқымыз үшін бағдаршы жұлдыз"
    assert str(tags["TPE1"]) == "Қасым-Жомарт Тоқаев"
    assert str(tags["TCON"]) == "Audiobook"
    assert "kk-espeak" in str(tags.getall("COMM")[0])
    marks = read_mp3_chapters(sample_build / "sample.mp3")
    assert [(m.id, m.title, m.start_ms, m.end_ms) for m in marks] == [
        (c["id"], c["title"], round(c["start"] * 1000), round(c["end"] * 1000)) for c in index["chapters"]
    ]


def test_subtitles_have_one_cue_per_sentence(sample_build: Path) -> None:
    sentences = [s for p in all_paragraphs(load_index(sample_build)) for s in p["sentences"]]
    vtt = (sample_build / "sample.vtt").read_text(encoding="utf-8")
    srt = (sample_build / "sample.srt").read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT\n\n") and vtt.count(" --> ") == len(sentences)
    assert srt.count(" --> ") == len(sentences)
    first = sentences[0]
    assert f"00:00:{first['start']:06.3f}".replace(".", ",") in srt


def test_report_states_what_the_build_did(sample_build: Path) -> None:
    report = json.loads((sample_build / "report.json").read_text(encoding="utf-8"))
    assert report["paragraphs"] == 48 and report["sentences"] > 48
    assert set(report["stages"]) >= {"read", "normalise", "synthesise", "encode", "export"}
    assert set(report["worker_seconds"]) == {"synthesise", "master"}
    assert report["cache"]["hits"] + report["cache"]["misses"] == report["sentences"]
    assert report["clips"] == {"cut_from_edition": 48, "encoded": 0, "reused": 0}  # no second MP3 encode
    assert report["jobs"]["workers"] == 1 and report["jobs"]["chosen_by"] in ("engine", "voice file")
    assert 50 < report["peak_rss_mb"] < 1000
    assert 0 < report["real_time_factor"] < 1
    assert abs(report["loudness"]["integrated_lufs"] - -19.0) <= 1.0


def test_check_passes_on_a_good_build(sample_build: Path) -> None:
    result = run_cli("check", str(sample_build))
    assert result.returncode == 0, result.stdout
    assert result.stdout.count("ok  ") == 20 and "FAIL" not in result.stdout
    assert "ok   word times:" in result.stdout


def test_check_fails_when_a_clip_is_swapped(sample_copy: Path) -> None:
    shutil.copy(sample_copy / "clips" / "c01-p003.mp3", sample_copy / "clips" / "c01-p002.mp3")
    result = run_cli("check", str(sample_copy))
    assert result.returncode == 1
    assert "FAIL clips: c01-p002" in result.stdout


@pytest.mark.long
def test_check_fails_when_the_audio_is_too_loud(sample_copy: Path) -> None:
    mp3 = sample_copy / "sample.mp3"
    louder = sample_copy / "louder.mp3"
    subprocess.run([ffmpeg(), "-v", "error", "-i", str(mp3), "-map_metadata", "0", "-id3v2_version", "4",
                    "-af", "volume=8dB", str(louder)], check=True)  # fmt: skip
    louder.replace(mp3)
    result = run_cli("check", str(sample_copy))
    assert result.returncode == 1
    assert "FAIL loudness" in result.stdout and "FAIL true peak" in result.stdout


def test_check_fails_when_chapters_disagree(sample_copy: Path) -> None:
    index = load_index(sample_copy)
    index["chapters"][0]["title"] = "Басқа"
    (sample_copy / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    result = run_cli("check", str(sample_copy))
    assert result.returncode == 1 and "FAIL chapters" in result.stdout
