"""Publishing formats: golden sync files with parser round-trips, M4B/Opus/FLAC, EPUB 3 checked by epubcheck."""

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import quote, unquote

import numpy as np
import pytest
import srt
import webvtt
from mutagen.id3 import ID3

from tests.conftest import EPUBCHECK, ODD_NAME, RICH_SENTENCES, make_png, run_cli
from tts_edition.audio.encode import decode, ffmpeg
from tts_edition.audio.tags import read_chapters_ffmpeg, read_mp3_chapters, read_mp3_cover
from tts_edition.ingest import read
from tts_edition.timing.chapters import parse_cue_starts, parse_ffmetadata_chapters
from tts_edition.timing.exports import TEXT_FORMATS, export
from tts_edition.timing.index import sentences

DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def small(tmp_path: Path) -> Path:
    build = tmp_path / "small"
    shutil.copytree(DATA / "small", build)
    return build


def index_of(build: Path) -> dict:
    return json.loads((build / "index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(TEXT_FORMATS))
def test_export_matches_its_golden_file(small: Path, name: str) -> None:
    written = export(small, name)
    assert written == small / f"small{TEXT_FORMATS[name][0]}"
    assert written.read_text(encoding="utf-8") == (GOLDEN / written.name).read_text(encoding="utf-8")


def test_vtt_round_trips_through_webvtt_py(small: Path) -> None:
    cues = webvtt.read(str(export(small, "vtt")))
    expected = sentences(index_of(small))
    assert [c.identifier for c in cues] == [s["id"] for s in expected]
    assert [(c.start_in_seconds + c.start_time.milliseconds / 1000) for c in cues] == pytest.approx(
        [s["start"] for s in expected], abs=0.0005
    )
    assert cues[2].text == "Бәрі → жақсы."


def test_srt_round_trips_through_the_srt_package(small: Path) -> None:
    subtitles = list(srt.parse(export(small, "srt").read_text(encoding="utf-8")))
    expected = sentences(index_of(small))
    assert [s.start.total_seconds() for s in subtitles] == pytest.approx([s["start"] for s in expected])
    assert [s.end.total_seconds() for s in subtitles] == pytest.approx([s["end"] for s in expected])
    assert subtitles[1].content == "2025 жылы 5 & 6 <маусым> болды."


def test_audacity_labels_and_lrc_parse_back(small: Path) -> None:
    expected = sentences(index_of(small))
    rows = [line.split("\t") for line in export(small, "audacity").read_text(encoding="utf-8").splitlines()]
    assert [(float(a), float(b)) for a, b, _ in rows] == [(s["start"], s["end"]) for s in expected]
    lrc = export(small, "lrc").read_text(encoding="utf-8")
    line_starts = [int(m) * 60 + float(s) for m, s in re.findall(r"^\[(\d\d):(\d\d\.\d\d)\]\S", lrc, re.M)]
    assert line_starts == pytest.approx([s["start"] for s in expected], abs=0.005)


def test_word_exports_carry_the_written_words(small: Path, tmp_path: Path) -> None:
    expected = sentences(index_of(small))
    cues = webvtt.read(str(export(small, "vtt-words")))
    assert [c.identifier for c in cues] == [s["id"] for s in expected]
    assert cues[1].raw_text == (
        "2025 <00:00:04.500>жылы <00:00:05.250>5 &amp; <00:00:06.500>6 &lt;<00:00:07.750>маусым> <00:00:09.000>болды."
    )
    assert cues[1].text == "2025 жылы 5 &amp; 6 &lt;маусым> болды."  # the timestamps are tags, not text
    rows = json.loads(export(small, "words", tmp_path / "words.json").read_text(encoding="utf-8"))
    tsv = [line.split("\t") for line in export(small, "words").read_text(encoding="utf-8").splitlines()]
    assert tsv[0] == ["chapter", "paragraph", "sentence", "text", "at", "spoken", "start", "end"]
    assert [[str(v) for v in row.values()] for row in rows] == tsv[1:]
    assert rows[2] == {"chapter": "c01", "paragraph": "c01-p002", "sentence": "c01-p002-s01", "text": "2025", "at": 0,
                       "spoken": "екі мың жиырма бесінші", "start": 2.42, "end": 4.5}  # fmt: skip


def test_ffmetadata_is_read_by_ffmpeg(small: Path, tmp_path: Path) -> None:
    meta = export(small, "ffmetadata")
    silence = tmp_path / "silence.mka"
    subprocess.run(
        [ffmpeg(), "-v", "error", "-f", "lavfi", "-t", "75.5", "-i", "anullsrc=r=8000:cl=mono", "-i", str(meta),
         "-map", "0", "-map_chapters", "1", "-map_metadata", "1", "-c:a", "pcm_s16le", str(silence)],
        check=True,
    )  # fmt: skip
    chapters = parse_ffmetadata_chapters(read_chapters_ffmpeg(silence))
    assert [(start, end) for start, end, _ in chapters] == [(0.0, 31.24), (31.24, 75.5)]
    assert chapters[1][2] == "Екінші; = # \\ тарау"


def test_export_refuses_an_unknown_format(small: Path) -> None:
    result = run_cli("export", str(small), "--format", "mobi")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "choose from" in result.stderr


def test_export_command_writes_where_asked(small: Path, tmp_path: Path) -> None:
    target = tmp_path / "chapters.cue"
    result = run_cli("export", str(small), "--format", "cue", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert parse_cue_starts(target.read_text(encoding="utf-8")) == pytest.approx([0.0, 31.24])


def with_chapters(build: Path, count: int) -> list[float]:
    """Give the edition `count` chapters of 40 s each (the first one's paragraphs); their starts."""
    index = index_of(build)
    first = index["chapters"][0]
    index["chapters"] = [
        {**first, "id": f"c{n + 1:02d}", "title": f"Тарау {n + 1}", "start": 40.0 * n, "end": 40.0 * (n + 1)}
        for n in range(count)
    ]
    index["duration"] = 40.0 * count
    (build / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    return [c["start"] for c in index["chapters"]]


def test_a_cue_sheet_of_99_chapters_is_read_whole_by_cuetools_and_more_are_refused(small: Path) -> None:
    starts = with_chapters(small, 99)
    sheet = export(small, "cue")
    breaks = subprocess.run(["cuebreakpoints", str(sheet)], capture_output=True, text=True, check=True)
    assert breaks.stderr == ""
    points = re.findall(r"^(\d+):(\d\d)\.(\d\d)$", breaks.stdout, re.M)
    read = [int(m) * 60 + int(s) + int(f) / 75 for m, s, f in points]
    assert read == pytest.approx(starts[1:])  # cuebreakpoints lists where each track after the first starts
    with_chapters(small, 100)
    result = run_cli("export", str(small), "--format", "cue")
    assert result.returncode == 2 and result.stderr == (
        "tts-edition: error: a cue sheet holds at most 99 tracks and this edition has 100 chapters "
        "(export ffmetadata or json, or use the MP3's own ID3 chapters)\n"
    )


def test_chapter_starts_agree_across_every_format(book_build: Path, tmp_path: Path) -> None:
    index = index_of(book_build)
    starts_ms = [round(c["start"] * 1000) for c in index["chapters"]]
    assert len(starts_ms) == 3
    id3 = [m.start_ms for m in read_mp3_chapters(book_build / "out.mp3")]
    m4b = [
        round(start * 1000) for start, _, _ in parse_ffmetadata_chapters(read_chapters_ffmpeg(book_build / "out.m4b"))
    ]
    cue_sheet = export(book_build, "cue", tmp_path / "c.cue").read_text(encoding="utf-8")
    ffmetadata = export(book_build, "ffmetadata", tmp_path / "c.txt").read_text(encoding="utf-8")
    cue = [round(s * 1000) for s in parse_cue_starts(cue_sheet)]
    ffmeta = [round(s * 1000) for s, _, _ in parse_ffmetadata_chapters(ffmetadata)]
    assert id3 == m4b == cue == ffmeta == starts_ms


def varied_chapters(count: int) -> str:
    """A book whose chapter titles (and so ID3 chapter frames) differ in length, not growing with their number."""
    names = [
        "Күз",
        "Ауылдағы ұзақ қыс",
        "Бала",
        "Тау басындағы кішкентай үй",
        "Өзен",
        "Жол",
        "Ескі достар кездесуі",
        "Абай облысындағы тұрғын үй құрылысы туралы ұзақ әңгіменің бірінші бөлімі",
    ]  # over 128 bytes
    chapters = [f"# {n}. {names[n % len(names)]}\n\nБұл тарау қысқа.\n" for n in range(1, count + 1)]
    return "---\ntitle: Кітап\n---\n" + "\n".join(chapters)


@pytest.fixture(scope="module")
def book28(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("book28")
    (folder / "book.md").write_text(varied_chapters(28), encoding="utf-8")
    run_cli("build", str(folder / "book.md"), "--out", str(folder / "out"), "-q", check=True)
    return folder / "out"


def test_ffmpeg_lists_the_id3_chapters_in_time_order_and_converts_them_so(book28: Path, tmp_path: Path) -> None:
    index = index_of(book28)
    expected = [(c["start"], c["end"], c["title"]) for c in index["chapters"]]
    assert len(expected) == 28
    assert parse_ffmetadata_chapters(read_chapters_ffmpeg(book28 / "out.mp3")) == expected
    m4b = tmp_path / "converted.m4b"
    subprocess.run([ffmpeg(), "-v", "error", "-i", str(book28 / "out.mp3"), "-map_chapters", "0", "-c:a", "aac",
                    str(m4b)], check=True)  # fmt: skip
    converted = parse_ffmetadata_chapters(read_chapters_ffmpeg(m4b))
    assert [title for _, _, title in converted] == [title for _, _, title in expected]
    # ffmpeg moves chapters read from an MP3 earlier by the start it reports for the stream, the encoder delay
    delay = (576 + 529) / index["voice"]["sample_rate"]
    for (start, end, _), (wanted_start, wanted_end, _) in zip(converted, expected, strict=True):
        assert max(0, wanted_start - delay) - 0.001 <= start <= wanted_start
        assert wanted_end - delay - 0.001 <= end <= wanted_end


def test_check_fails_an_mp3_whose_chapter_frames_are_out_of_time_order(book28: Path, tmp_path: Path) -> None:
    copy = tmp_path / "out"
    shutil.copytree(book28, copy)
    tags = ID3(copy / "out.mp3")
    tags.save(copy / "out.mp3", v2_version=4)  # mutagen's own order: frames sorted by size
    assert read_mp3_chapters(copy / "out.mp3") == read_mp3_chapters(book28 / "out.mp3")  # the CTOC is right
    result = run_cli("check", str(copy))
    assert result.returncode == 1
    assert "FAIL chapters: ffmpeg lists " in result.stdout
    assert run_cli("check", str(book28)).returncode == 0


def test_m4b_flac_and_opus_decode_to_the_edition(book_build: Path) -> None:
    index = index_of(book_build)
    mp3 = decode(book_build / "out.mp3")
    m4b = decode(book_build / "out.m4b")
    flac = decode(book_build / "out.flac")
    rate = index["voice"]["sample_rate"]
    assert abs(len(m4b) - len(mp3)) / rate <= 0.05
    assert round(len(flac) / rate, 3) == index["duration"]  # lossless and sample-exact
    assert abs(len(mp3) / rate - index["duration"]) <= 0.03
    for paragraph in (p for c in index["chapters"] for p in c["paragraphs"]):
        opus = decode(book_build / "clips" / f"{paragraph['id']}.opus", rate)
        assert abs(len(opus) / rate - (paragraph["end"] - paragraph["start"])) <= 0.03
    # FLAC is lossless: the MP3 is a lossy copy of the same samples, so they correlate closely.
    n = min(len(mp3), len(flac))
    assert np.corrcoef(mp3[:n], flac[:n])[0, 1] > 0.95


def test_m4b_carries_tags_and_cover(book_build: Path) -> None:
    meta = read_chapters_ffmpeg(book_build / "out.m4b")
    assert "title=Үш тарау" in meta and "artist=Автор" in meta and "genre=Audiobook" in meta
    probe = subprocess.run(
        [ffmpeg(), "-hide_banner", "-i", str(book_build / "out.m4b")], capture_output=True, text=True
    )
    assert re.search(r"Video: png.*\(attached pic\)", probe.stderr)
    assert read_mp3_cover(book_build / "out.mp3") == (make_png(), "image/png")


def epubcheck(path: Path) -> str:
    result = subprocess.run([*EPUBCHECK, str(path)], capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output


@pytest.mark.parametrize("build_name", ["sample_build", "book_build"])
def test_epub_passes_epubcheck_without_errors_or_warnings(build_name: str, request: pytest.FixtureRequest) -> None:
    build: Path = request.getfixturevalue(build_name)
    epub = next(build.glob("*.epub"))
    assert "0 fatals / 0 errors / 0 warnings" in epubcheck(epub)


def test_epub_overlays_point_at_sentences_and_the_audio(book_build: Path) -> None:
    index = index_of(book_build)
    with zipfile.ZipFile(book_build / "out.epub") as book:
        assert book.namelist()[0] == "mimetype" and book.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        package = book.read("EPUB/package.opf").decode()
        for chapter in index["chapters"]:
            text = book.read(f"EPUB/text/{chapter['id']}.xhtml").decode()
            smil = book.read(f"EPUB/smil/{chapter['id']}.smil").decode()
            for paragraph in chapter["paragraphs"]:
                for s in paragraph["sentences"]:
                    assert f'id="{s["id"]}"' in text
                    begin = re.search(rf'{s["id"]}"/><audio src="../audio/out.mp3" clipBegin="([^"]+)"', smil)
                    h, m, sec = begin.group(1).split(":")
                    assert int(h) * 3600 + int(m) * 60 + float(sec) == pytest.approx(s["start"], abs=0.0005)
        assert 'media-overlay="smil-c01"' in package and "media:active-class" in package
        assert 'properties="cover-image"' in package
        assert book.read("EPUB/audio/out.mp3") == (book_build / "out.mp3").read_bytes()


def test_word_overlays_pass_epubcheck_and_time_each_written_word(book_build: Path, tmp_path: Path) -> None:
    target = export(book_build, "epub", tmp_path / "words.epub", sync="word")
    assert "0 fatals / 0 errors / 0 warnings" in epubcheck(target)
    index = index_of(book_build)
    with zipfile.ZipFile(target) as book:
        for chapter in index["chapters"]:
            text = book.read(f"EPUB/text/{chapter['id']}.xhtml").decode()
            smil = book.read(f"EPUB/smil/{chapter['id']}.smil").decode()
            clips = re.findall(r'#([\w-]+)"/><audio src="[^"]+" clipBegin="([^"]+)" clipEnd="([^"]+)"', smil)
            sentence_list = [s for p in chapter["paragraphs"] for s in p["sentences"]]
            words = [(s, n, w) for s in sentence_list for n, w in enumerate(s["words"])]
            assert [c[0] for c in clips] == [f"{s['id']}-w{n + 1:02d}" for s, n, _ in words]
            for (_, begin, end), (s, n, w) in zip(clips, words, strict=True):
                assert f'<span id="{s["id"]}-w{n + 1:02d}">{w["text"]}</span>' in text
                assert seconds(begin) == pytest.approx(s["start"] if n == 0 else w["start"], abs=0.0005)
                assert seconds(end) <= s["end"] + 0.0005
    result = run_cli("export", str(book_build), "--format", "epub", "--sync", "letter")
    assert result.returncode == 2 and "unknown sync level 'letter'" in result.stderr


def test_build_sync_word_writes_word_overlays(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(RICH_SENTENCES, encoding="utf-8")
    refused = run_cli("build", str(tmp_path / "note.txt"), "--out", str(tmp_path / "out"), "--sync", "letter")
    assert refused.returncode == 2 and "sync = 'letter': sync is one of sentence, word" in refused.stderr
    result = run_cli("build", str(tmp_path / "note.txt"), "--out", str(tmp_path / "out"), "--sync", "word")
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(tmp_path / "out" / "out.epub") as book:
        smil = book.read("EPUB/smil/c01.smil").decode()
    assert 'src="../text/c01.xhtml#c01-p001-s01-w01"' in smil
    assert smil.count("<par ") == sum(len(s["words"]) for s in sentences(index_of(tmp_path / "out")))
    assert "0 fatals / 0 errors / 0 warnings" in epubcheck(tmp_path / "out" / "out.epub")


def seconds(clock: str) -> float:
    h, m, s = clock.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def test_epub_export_rebuilds_the_same_book(book_build: Path, tmp_path: Path) -> None:
    target = export(book_build, "epub", tmp_path / "again.epub")
    with zipfile.ZipFile(target) as again, zipfile.ZipFile(book_build / "out.epub") as first:
        assert again.namelist() == first.namelist()
        assert again.read("EPUB/smil/c02.smil") == first.read("EPUB/smil/c02.smil")


def test_an_edition_name_with_url_characters_gives_a_valid_epub(odd_name_build: Path, tmp_path: Path) -> None:
    assert "0 fatals / 0 errors / 0 warnings" in epubcheck(odd_name_build / f"{ODD_NAME}.epub")
    with zipfile.ZipFile(odd_name_build / f"{ODD_NAME}.epub") as book:
        package = book.read("EPUB/package.opf").decode()
        smil = book.read("EPUB/smil/c01.smil").decode()
        href = re.search(r'<item id="audio" href="([^"]+)"', package).group(1)
        assert re.fullmatch(r"[A-Za-z0-9%._/-]+", href)  # an URL: no raw "#", "?", space or letter beyond ASCII
        assert set(re.findall(r'<audio src="([^"]+)"', smil)) == {f"../{href}"}
        audio = book.read(f"EPUB/{unquote(href)}")
    assert audio == (odd_name_build / f"{ODD_NAME}.mp3").read_bytes()
    page = (odd_name_build / "index.html").read_text(encoding="utf-8")
    assert f'<audio id="edition" preload="metadata" src="{quote(ODD_NAME)}.mp3">' in page
    overlay = export(odd_name_build, "smil", tmp_path / "whole.smil").read_text(encoding="utf-8")
    assert set(re.findall(r'<audio src="([^"]+)"', overlay)) == {f"{quote(ODD_NAME)}.mp3"}


def test_an_edition_dated_after_2107_builds_and_keeps_its_date(tmp_path: Path) -> None:
    (tmp_path / "book.txt").write_text("date 2150-01-01\nСәлем, әлем.\n", encoding="utf-8")
    result = run_cli("build", str(tmp_path / "book.txt"), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    assert "0 fatals / 0 errors / 0 warnings" in epubcheck(tmp_path / "out" / "out.epub")
    with zipfile.ZipFile(tmp_path / "out" / "out.epub") as book:
        package = book.read("EPUB/package.opf").decode()
        stamps = {entry.date_time for entry in book.infolist()}
    assert "<dc:date>2150-01-01</dc:date>" in package
    assert '<meta property="dcterms:modified">2150-01-01T00:00:00Z</meta>' in package
    assert stamps == {(2107, 12, 31, 23, 59, 58)}  # the last time a zip entry can carry


def epub_identifier(build: Path) -> str:
    with zipfile.ZipFile(next(build.glob("*.epub"))) as book:
        return re.search(r'<dc:identifier id="uid">([^<]+)<', book.read("EPUB/package.opf").decode()).group(1)


def test_editions_sharing_a_title_have_their_own_epub_identifier(tmp_path: Path) -> None:
    builds = {}
    for name, text in (("first", "Бірінші кітап."), ("second", "Екінші кітап."), ("again", "Бірінші кітап.")):
        (tmp_path / f"{name}.md").write_text(f"---\ntitle: Кітап\n---\n{text}\n", encoding="utf-8")
        run_cli("build", str(tmp_path / f"{name}.md"), "--out", str(tmp_path / name), "-q", check=True)
        builds[name] = epub_identifier(tmp_path / name)
    assert builds["first"] != builds["second"]
    assert builds["first"] == builds["again"] and builds["first"].startswith("urn:uuid:")


def write_epub_input(path: Path) -> None:
    """An EPUB 3 as another tool would make it: a cover page, a nav, three chapters, one without a heading."""
    folder = DATA / "epub-input"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip")
        for file in sorted(folder.rglob("*.*")):
            book.write(file, file.relative_to(folder).as_posix())
        book.writestr("OEBPS/images/cover art.png", make_png())


def test_epub_input_reads_spine_headings_toc_and_cover(tmp_path: Path) -> None:
    source = tmp_path / "book.epub"
    write_epub_input(source)
    edition = read(source)
    assert (edition.title, edition.author, edition.date) == ("Кітап", "Жазушы", "2024-05-06")
    assert [c.title for c in edition.chapters] == ["Бірінші тарау", "Екі тарау", "Соңы"]
    # a <br/> ends a line of its paragraph (verse), not the paragraph
    assert [p.text for p in edition.chapters[0].paragraphs] == ["Бірінші тарау", "Алғашқы & абзац.", "Екінші\nжол."]
    assert [p.text for p in edition.chapters[2].paragraphs] == ["Соңы", "Бір.", "Екі."]
    assert edition.cover == (make_png(), "image/png")


def test_a_broken_epub_is_one_clear_line(tmp_path: Path) -> None:
    source = tmp_path / "broken.epub"
    source.write_bytes(b"PK\x03\x04 not really a zip")
    result = run_cli("build", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.startswith("tts-edition: error:") and result.stderr.count("\n") == 1


def test_arabic_script_is_right_to_left_in_the_epub_and_the_subtitles(arabic_build: Path) -> None:
    assert "0 fatals / 0 errors / 0 warnings" in epubcheck(arabic_build / "out.epub")
    with zipfile.ZipFile(arabic_build / "out.epub") as book:
        text = book.read("EPUB/text/c01.xhtml").decode()
        package = book.read("EPUB/package.opf").decode()
    assert re.search(r'<html [^>]*lang="kk-Arab" xml:lang="kk-Arab" dir="rtl"', text)
    assert '<p id="c01-p003" lang="kk" xml:lang="kk" dir="ltr">' in text  # the Cyrillic paragraph inside
    assert "<dc:language>kk-Arab</dc:language>" in package and 'page-progression-direction="rtl"' in package
    expected = sentences(index_of(arabic_build))
    marks = ["\u200f" if s["id"] != "c01-p003-s01" else "" for s in expected]
    cues = webvtt.read(str(arabic_build / "out.vtt"))
    assert [c.text for c in cues] == [mark + s["text"] for mark, s in zip(marks, expected, strict=True)]
    subtitles = srt.parse((arabic_build / "out.srt").read_text(encoding="utf-8"))
    assert [s.content for s in subtitles] == [mark + s["text"] for mark, s in zip(marks, expected, strict=True)]
