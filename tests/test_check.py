"""`check` proves every file the build wrote: a good edition passes every finding, with or without epubcheck, and
each kind of damage a player, store or validator would reject fails the finding that covers it."""

import html
import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
import srt
import webvtt

from tests.conftest import edition_files, run_cli
from tts_edition.audio import aac
from tts_edition.audio.encode import ffmpeg
from tts_edition.audio.tags import write_m4b
from tts_edition.check import Finding, epubcheck
from tts_edition.timing.chapters import to_ffmetadata
from tts_edition.timing.index import paragraphs, sentences, written_files

EVERY_FINDING = [
    "files", "exports", "loudness", "true peak", "duration", "ACX RMS", "noise floor", "clipping", "clips",
    "clip files", "bitrate", "chapters", "index times", "speaking rate", "word times", "m4b", "m4b junctions",
    "m4b chapters", "flac", "flac test", "opus clips", "WebVTT", "SRT", "reader", "epub", "epubcheck",
]  # fmt: skip
EPUBCHECK = "TTS_EDITION_EPUBCHECK"  # empty: as if epubcheck were not installed


def index_of(edition: Path) -> dict:
    return json.loads((edition / "index.json").read_text(encoding="utf-8"))


def findings(edition: Path) -> tuple[int, dict[str, dict]]:
    result = run_cli("check", str(edition), "--json")
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, {f["check"]: f for f in json.loads(result.stdout)}


def test_the_index_lists_every_file_the_build_wrote(book_build: Path) -> None:
    index = index_of(book_build)
    files = written_files(index)
    assert files == index["audio"] == {
        "mp3": "out.mp3", "bitrate_kbps": 64, "clips": ["mp3", "opus"], "m4b": "out.m4b", "flac": "out.flac",
        "epub": "out.epub", "vtt": "out.vtt", "srt": "out.srt", "reader": "index.html",
    }  # fmt: skip
    clips = {str(Path(p["clip"]).with_suffix(f".{codec}")) for p in paragraphs(index) for codec in files["clips"]}
    listed = {files[kind] for kind in ("mp3", "m4b", "flac", "epub", "vtt", "srt", "reader")}
    written = {name for name in edition_files(book_build) if not Path(name).name.startswith(".")}
    assert written == listed | clips | {"index.json", "report.json"}


def test_an_index_that_lists_only_the_mp3_expects_what_every_build_writes() -> None:
    """Editions built before the index listed its files."""
    files = written_files({"audio": {"mp3": "book.mp3", "bitrate_kbps": 64}})
    assert files == {"mp3": "book.mp3", "bitrate_kbps": 64, "clips": ["mp3"], "epub": "book.epub",
                     "vtt": "book.vtt", "srt": "book.srt", "reader": "index.html"}  # fmt: skip


@pytest.mark.parametrize("epubcheck", [True, False], ids=["epubcheck", "no-epubcheck"])
def test_a_good_edition_passes_every_finding(
    book_build: Path, monkeypatch: pytest.MonkeyPatch, epubcheck: bool
) -> None:
    monkeypatch.setenv(EPUBCHECK, "epubcheck" if epubcheck else "")  # the jar itself, not the run's warm one
    code, found = findings(book_build)
    assert code == 0 and all(f["ok"] for f in found.values()), found
    assert list(found) == (EVERY_FINDING if epubcheck else EVERY_FINDING[:-1])
    assert found["epub"]["detail"].endswith("epubcheck is not installed") != epubcheck
    if epubcheck:
        assert "epubcheck 4" in found["epubcheck"]["detail"] and "no errors or warnings" in found["epubcheck"]["detail"]


def test_the_subtitles_check_reads_them_as_the_reference_parsers_do(book_build: Path) -> None:
    """webvtt-py and the srt package find the cues `check` finds: one per sentence, with its times and text."""
    listed = sentences(index_of(book_build))
    times = [(round(s["start"] * 1000), round(s["end"] * 1000)) for s in listed]
    texts = [" ".join(s["text"].split()) for s in listed]
    cues = webvtt.read(str(book_build / "out.vtt"))
    assert [c.identifier for c in cues] == [s["id"] for s in listed]
    assert [(c.start_in_seconds * 1000 + c.start_time.milliseconds, c.end_in_seconds * 1000 + c.end_time.milliseconds)
            for c in cues] == times  # fmt: skip
    assert [html.unescape(c.text) for c in cues] == texts
    subtitles = list(srt.parse((book_build / "out.srt").read_text(encoding="utf-8")))
    assert [s.index for s in subtitles] == list(range(1, len(listed) + 1))
    assert [(round(s.start.total_seconds() * 1000), round(s.end.total_seconds() * 1000)) for s in subtitles] == times
    assert [s.content for s in subtitles] == texts


def truncate(path: Path, keep: float = 0.5) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def rewrite_member(epub: Path, name: str, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(epub) as book:
        members = [(info, book.read(info)) for info in book.infolist()]
    with zipfile.ZipFile(epub, "w") as book:
        for info, data in members:
            book.writestr(info, change(data) if info.filename == name else data)


def _truncated_epub(edition: Path, index: dict) -> None:
    truncate(edition / "out.epub")


def _overlay_shows_a_missing_id(edition: Path, index: dict) -> None:
    rewrite_member(
        edition / "out.epub", "EPUB/smil/c01.smil", lambda smil: smil.replace(b"#c01-p002-s01", b"#c01-p002-s99")
    )


def _missing_vtt(edition: Path, index: dict) -> None:
    (edition / "out.vtt").unlink()


def _vtt_with_comma_times(edition: Path, index: dict) -> None:
    vtt = edition / "out.vtt"
    vtt.write_text(vtt.read_text(encoding="utf-8").replace(".", ",", 3), encoding="utf-8")


def _missing_srt(edition: Path, index: dict) -> None:
    (edition / "out.srt").unlink()


def _srt_missing_a_cue(edition: Path, index: dict) -> None:
    srt_file = edition / "out.srt"
    blocks = srt_file.read_text(encoding="utf-8").split("\n\n")
    srt_file.write_text("\n\n".join(blocks[:2] + blocks[3:]), encoding="utf-8")


def _missing_reader(edition: Path, index: dict) -> None:
    (edition / "index.html").unlink()


def _reader_loses_a_clip(edition: Path, index: dict) -> None:
    (edition / "clips" / "c01-p003.mp3").rename(edition / "clips" / "elsewhere.mp3")


def _sentence_past_the_end(edition: Path, index: dict) -> None:
    sentences(index)[-1]["end"] = index["duration"] + 5.0


def _truncated_m4b(edition: Path, index: dict) -> None:
    truncate(edition / "out.m4b", 0.7)


def _m4b_without_a_chapter(edition: Path, index: dict) -> None:
    meta = edition / "chapters.txt"
    meta.write_text(to_ffmetadata(index | {"chapters": index["chapters"][:1] + index["chapters"][2:]}), "utf-8")
    remuxed = edition / "remuxed.m4b"
    subprocess.run([ffmpeg(), "-v", "error", "-i", str(edition / "out.m4b"), "-i", str(meta), "-map", "0",
                    "-map_metadata", "1", "-map_chapters", "1", "-c", "copy", "-f", "mp4", str(remuxed)],
                   check=True)  # fmt: skip
    remuxed.replace(edition / "out.m4b")
    meta.unlink()


def _m4b_with_a_frame_out_of_place(edition: Path, index: dict) -> None:
    """The AAC frame before a paragraph moved to the end: the M4B is as long as before, the rest a frame early."""
    adts, rate = edition / "out.aac", index["voice"]["sample_rate"]
    subprocess.run([ffmpeg(), "-v", "error", "-i", str(edition / "out.m4b"), "-map", "0:a", "-c", "copy", "-f", "adts",
                    str(adts)], check=True)  # fmt: skip
    data = adts.read_bytes()
    offsets = [*aac.frame_offsets(data), len(data)]
    frames = [data[a:b] for a, b in pairwise(offsets)]
    moved = (round(paragraphs(index)[2]["start"] * rate) + aac.priming(rate)) // aac.FRAME - 1
    adts.write_bytes(b"".join(frames[:moved] + frames[moved + 1 :] + frames[moved : moved + 1]))
    write_m4b(adts, edition / "out.m4b", to_ffmetadata(index), None, rate, index["samples"])
    adts.unlink()


def _truncated_flac(edition: Path, index: dict) -> None:
    truncate(edition / "out.flac", 0.8)


def _flac_with_a_flipped_bit(edition: Path, index: dict) -> None:
    data = bytearray((edition / "out.flac").read_bytes())
    data[len(data) // 2] ^= 0x10
    (edition / "out.flac").write_bytes(bytes(data))


def _missing_opus_clip(edition: Path, index: dict) -> None:
    (edition / "clips" / "c02-p002.opus").unlink()


def _truncated_opus_clip(edition: Path, index: dict) -> None:
    truncate(edition / "clips" / "c01-p004.opus", 0.6)


@pytest.mark.parametrize(
    ("damage", "fails", "epubcheck"),
    [(_truncated_epub, "epub", False), (_truncated_epub, "epubcheck", True),
     (_overlay_shows_a_missing_id, "epub", False), (_overlay_shows_a_missing_id, "epubcheck", True),
     (_missing_vtt, "WebVTT", False), (_vtt_with_comma_times, "WebVTT", False),
     (_missing_srt, "SRT", False), (_srt_missing_a_cue, "SRT", False),
     (_missing_reader, "reader", False), (_reader_loses_a_clip, "reader", False),
     (_sentence_past_the_end, "index times", False),
     (_truncated_m4b, "m4b", False), (_m4b_without_a_chapter, "m4b chapters", False),
     (_m4b_with_a_frame_out_of_place, "m4b junctions", False), (_truncated_flac, "flac", False),
     (_flac_with_a_flipped_bit, "flac", False), (_flac_with_a_flipped_bit, "flac test", False),
     (_missing_opus_clip, "opus clips", False),
     (_truncated_opus_clip, "opus clips", False)],
    ids=lambda value: value.__name__.strip("_") if callable(value) else str(value),
)  # fmt: skip
def test_each_damage_fails_its_finding(
    book_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage, fails: str, epubcheck: bool
) -> None:
    if not epubcheck:  # it judges the EPUB alone; the other damages need not wait for it
        monkeypatch.setenv(EPUBCHECK, "")
    edition = tmp_path / "out"
    shutil.copytree(book_build.resolve(), edition, symlinks=False)
    index = index_of(edition)
    damage(edition, index)
    (edition / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    code, found = findings(edition)
    assert code == 1 and not found[fails]["ok"], found.get(fails)
    assert found[fails]["detail"].count("\n") == 0


def test_word_overlays_are_checked_against_the_words_times(
    book_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(EPUBCHECK, "")
    edition = tmp_path / "out"
    shutil.copytree(book_build.resolve(), edition, symlinks=False)
    words = tmp_path / "words.epub"
    assert run_cli("export", str(edition), "--format", "epub", "--sync", "word", "--out", str(words)).returncode == 0
    words.replace(edition / "out.epub")  # as `build --sync word` writes it
    clips = sum(max(1, len(s["words"])) for s in sentences(index_of(edition)))
    code, found = findings(edition)
    assert found["epub"]["ok"] and f"{clips} overlay clips at the index's times" in found["epub"]["detail"]
    assert [name for name, f in found.items() if not f["ok"]] == ["files"]  # the build's EPUB was replaced
    later = lambda smil: smil.replace(b'clipEnd="0:', b'clipEnd="1:', 1)  # noqa: E731 (an hour later)
    rewrite_member(edition / "out.epub", "EPUB/smil/c02.smil", later)
    code, found = findings(edition)
    assert code == 1 and "is not the index's" in found["epub"]["detail"], found["epub"]


def test_epubcheck_is_given_a_bounded_time_and_must_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A validator that hangs, or runs but writes no report (no Java, say), fails the finding instead of passing."""
    epub = tmp_path / "book.epub"
    epub.write_bytes(b"PK")
    monkeypatch.setattr(epubcheck, "BASE_SECONDS", 1)
    hangs = epubcheck.Epubcheck([sys.executable, "-c", "import time; time.sleep(60)"], epub, tmp_path / "a.json")
    silent = epubcheck.Epubcheck([sys.executable, "-c", "print('Error: no Java runtime')"], epub, tmp_path / "b.json")
    try:
        assert hangs.finding() == Finding("epubcheck", False, "book.epub: epubcheck did not finish in 1 s")
        assert silent.finding() == Finding("epubcheck", False, "epubcheck gave no report: Error: no Java runtime")
    finally:
        hangs.stop()
        silent.stop()


@pytest.mark.long
def test_epubcheck_reports_are_remembered_by_the_epubs_bytes(
    book_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second check of the same EPUB reads epubcheck's report from the cache; a changed byte validates again."""
    monkeypatch.setenv("TTS_EDITION_CACHE_DIR", str(tmp_path / "cache"))
    edition = tmp_path / "out"
    shutil.copytree(book_build.resolve(), edition, symlinks=False)
    assert findings(edition)[1]["epubcheck"]["ok"]
    [report] = (tmp_path / "cache" / "epubcheck-v1").glob("*.json")
    planted = json.loads(report.read_text(encoding="utf-8"))
    planted["messages"] = [{"severity": "ERROR", "ID": "RSC-005", "message": "planted", "locations": []}]
    report.write_text(json.dumps(planted), encoding="utf-8")
    code, found = findings(edition)
    assert code == 1 and "ERROR RSC-005" in found["epubcheck"]["detail"]  # the remembered report, not a new run
    with zipfile.ZipFile(edition / "out.epub", "a") as epub:
        epub.comment = b"changed"
    code, found = findings(edition)
    assert found["epubcheck"]["ok"], found["epubcheck"]
    assert len(list((tmp_path / "cache" / "epubcheck-v1").glob("*.json"))) == 2


def test_epubcheck_is_found_as_a_program_or_a_jar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "epubcheck"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv(EPUBCHECK, str(script))
    assert epubcheck.epubcheck_command() == [str(script)]
    monkeypatch.setenv(EPUBCHECK, "/usr/bin/epubcheck")  # Debian's: the jar itself
    command = epubcheck.epubcheck_command()
    assert command is not None and command[0].endswith("java") and command[-2:] == ["-jar", "/usr/bin/epubcheck"]
    monkeypatch.setenv(EPUBCHECK, "")
    assert epubcheck.epubcheck_command() is None
