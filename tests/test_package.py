"""Store deliveries: a three-chapter book with a cover, packaged for every profile, every file decoded and measured
as the profile requires and its tags read back with mutagen and ffmpeg; `check --store` on planted defects."""

import hashlib
import json
import math
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import numpy as np
import pytest
import soxr
from mutagen.flac import FLAC
from mutagen.id3 import ID3
from mutagen.mp3 import MONO, MP3, BitrateMode
from PIL import Image
from scipy.signal import correlate

from tests.conftest import run_cli, shared_build
from tts_edition.audio.encode import decode, encode, ffmpeg
from tts_edition.audio.tags import read_chapters_ffmpeg
from tts_edition.errors import EditionError
from tts_edition.package.plan import track_groups
from tts_edition.package.speech import Speaker
from tts_edition.timing.chapters import parse_ffmetadata_chapters

RATE = 44100
ISBN = "9786017000011"
SENTENCES = [
    "Абай Құнанбайұлы қазақ әдебиетінің негізін қалаушы ақын.",
    "Ол он тоғызыншы ғасырда Семей өңірінде дүниеге келген.",
    "Ақынның өлеңдері халық арасында кеңінен тарады.",
    "Оның қара сөздері бүгінгі оқырманға да ой салады.",
    "Абай орыс және шығыс әдебиетін терең білді.",
    "Ақын жастарды білім алуға, еңбек етуге шақырды.",
    "Оның шығармалары көптеген тілдерге аударылды.",
    "Әр ұрпақ Абайды өзінше қайта ашады.",
]
CHAPTERS = {"Бірінші тарау": 22, "Екінші тарау": 4, "Үшінші тарау": 3}  # paragraphs: the first is over 5 minutes


def book_text() -> str:
    text = (f"---\ntitle: Абай туралы\nauthor:\n  - Бірінші Автор\n  - Екінші Автор\npublisher: Жазушы\n"
            f"isbn: {ISBN}\ndate: 2025-11-11\n---\n")  # fmt: skip
    for title, count in CHAPTERS.items():
        paragraphs = [" ".join(SENTENCES[(i + j) % len(SENTENCES)] for j in range(4)) for i in range(count)]
        text += f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n\n"
    return text


def jpeg(path: Path, side: int) -> Path:
    Image.new("RGB", (side, side), (30, 90, 160)).save(path, quality=85)
    return path


STORES = ("retail", "google", "apple", "findaway")


def _build_and_package(folder: Path) -> None:
    """The book's edition, and its delivery to each store beside it."""
    (folder / "book.md").write_text(book_text(), encoding="utf-8")
    cover = jpeg(folder / "cover.jpg", 2400)
    run_cli("build", str(folder / "book.md"), "--out", str(folder / "book"), "--formats", "flac", "--cover",
            str(cover), "-q", check=True)  # fmt: skip
    for store in STORES:
        extra = ["--provider", "TestBooks"] if store == "apple" else []
        result = run_cli("package", str(folder / "book"), "--store", store, *extra, check=True)
        assert Path(result.stdout.strip().splitlines()[-1]) == folder / f"book-{store}"


@pytest.fixture(scope="session")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_build(tmp_path_factory, "store-book", _build_and_package) / "book"


@pytest.fixture(scope="session")
def deliveries(edition: Path) -> dict[str, Path]:
    return {store: edition.parent / f"book-{store}" for store in STORES}


def manifest(folder: Path) -> dict:
    return json.loads((folder / "delivery.json").read_text(encoding="utf-8"))


def index_of(edition: Path) -> dict:
    return json.loads((edition / "index.json").read_text(encoding="utf-8"))


def dbfs(samples: np.ndarray) -> float:
    power = float(np.mean(np.square(samples, dtype=np.float64)))
    return 10 * math.log10(power) if power > 0 else -120.0


def loud_windows(samples: np.ndarray) -> np.ndarray:
    """Which 10 ms windows are speech (over -45 dBFS)."""
    window = RATE // 100
    blocks = samples[: len(samples) // window * window].reshape(-1, window).astype(np.float64)
    return np.flatnonzero(10 * np.log10(np.mean(blocks**2, axis=1) + 1e-20) > -45)


def quietest(samples: np.ndarray, seconds: float = 0.5) -> float:
    window = round(seconds * RATE)
    blocks = samples[: len(samples) // window * window].reshape(-1, window)
    return min(dbfs(block) for block in blocks)


MPEG1_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]


def frame_bitrates(path: Path) -> set[tuple[int, str]]:
    """(kbit/s, channel mode) of every MPEG-1 layer III audio frame, walked header by header after the ID3 tag."""
    data = path.read_bytes()
    at = 10 + sum((b & 0x7F) << (7 * (3 - n)) for n, b in enumerate(data[6:10])) if data[:3] == b"ID3" else 0
    found = set()
    while at + 4 <= len(data):
        word = int.from_bytes(data[at : at + 4], "big")
        assert word >> 21 == 0x7FF and (word >> 19) & 3 == 3 and (word >> 17) & 3 == 1, "not an MPEG-1 layer III frame"
        kbps, padding = MPEG1_KBPS[(word >> 12) & 15], (word >> 9) & 1
        if b"Info" not in data[at : at + 64]:
            found.add((kbps, ("stereo", "joint stereo", "dual channel", "mono")[(word >> 6) & 3]))
        at += 144 * kbps * 1000 // 44100 + padding
    return found


def ffmpeg_tags(path: Path) -> dict[str, str]:
    listing = subprocess.run([ffmpeg(), "-hide_banner", "-loglevel", "error", "-i", str(path), "-f", "ffmetadata", "-"],
                             capture_output=True, check=True).stdout.decode()  # fmt: skip
    return dict(line.split("=", 1) for line in listing.split("[CHAPTER]")[0].splitlines()[1:] if "=" in line)


@pytest.mark.long
def test_retail_files_measure_as_acx_requires(deliveries: dict[str, Path], edition: Path) -> None:
    """Frames: MPEG-1 layer III, 44.1 kHz, CBR 192 kbit/s, mono. Decoded: 0.5-1 s of room tone (not silence, under
    -60 dB) before the first word and 1-5 s after the last, RMS -23..-18 dB, peaks under -3 dB, floor under -60 dB."""
    folder = deliveries["retail"]
    entries = manifest(folder)["files"]
    assert [e["role"] for e in entries] == ["opening", "chapter", "chapter", "chapter", "closing", "sample"]
    index = index_of(edition)
    for entry in entries:
        path = folder / entry["file"]
        info = MP3(path).info
        assert (info.sample_rate, info.bitrate, info.mode, info.bitrate_mode) == (RATE, 192000, MONO, BitrateMode.CBR)
        assert frame_bitrates(path) == {(192, "mono")}
        audio = decode(path)
        loud = loud_windows(audio)
        head, tail = loud[0] / 100, len(audio) / RATE - (loud[-1] + 1) / 100
        assert 0.5 <= head <= 1.0 and 1.0 <= tail <= 5.0, (entry["file"], head, tail)
        room = audio[: int(head * RATE) - 441]
        assert -72 < dbfs(room) <= -60 and not np.any(room == 0), entry["file"]  # room tone, not digital silence
        assert -72 < dbfs(audio[-int((tail - 0.2) * RATE) :]) <= -60
        assert -23 <= dbfs(audio) <= -18 and 20 * math.log10(np.max(np.abs(audio))) <= -3, entry["file"]
        assert quietest(audio) <= -60 and len(audio) / RATE <= 120 * 60
        if entry["role"] == "chapter":
            chapter = next(c for c in index["chapters"] if c["id"] == entry["chapter"])
            speech = chapter["paragraphs"][-1]["end"] - chapter["paragraphs"][0]["start"]
            assert abs(len(audio) / RATE - (0.75 + speech + 2.0)) < 0.01, entry["file"]


def test_the_retail_sample_is_cut_at_a_sentence_end_under_five_minutes(deliveries: dict[str, Path],
                                                                         edition: Path) -> None:  # fmt: skip
    audio = decode(deliveries["retail"] / "Retail-Sample.mp3")
    assert 4 * 60 < len(audio) / RATE <= 5 * 60
    loud = loud_windows(audio)
    spoken = (loud[-1] + 1 - loud[0]) / 100
    first = index_of(edition)["chapters"][0]
    ends = [s["end"] - first["paragraphs"][0]["start"] for p in first["paragraphs"] for s in p["sentences"]]
    assert min(abs(spoken - end) for end in ends) < 0.05
    assert spoken < ends[-1] - 30  # cut well inside the chapter


def test_tags_read_back_with_mutagen_and_ffmpeg(deliveries: dict[str, Path]) -> None:
    chapter = deliveries["retail"] / "01_Chapter-01.mp3"
    tag = ID3(chapter)
    assert (str(tag["TIT2"]), str(tag["TALB"]), str(tag["TRCK"])) == ("Бірінші тарау", "Абай туралы", "2/5")
    assert tag["TPE1"].text == ["Бірінші Автор/Екінші Автор"] and str(tag["TCOM"]) == "eSpeak NG Kazakh"
    assert str(tag["TXXX:ISBN"]) == ISBN and str(tag["TPUB"]) == "Жазушы" and tag.getall("APIC")
    read = ffmpeg_tags(chapter)
    assert (read["title"], read["album"], read["composer"]) == ("Бірінші тарау", "Абай туралы", "eSpeak NG Kazakh")
    assert (read["artist"], read["track"], read["date"]) == ("Бірінші Автор/Екінші Автор", "2/5", "2025-11-11")
    assert (read["publisher"], read["ISBN"], read["genre"], read["language"]) == ("Жазушы", ISBN, "Audiobook", "kaz")
    flac = FLAC(deliveries["google"] / f"{ISBN}_2of5.flac")
    assert (flac.info.bits_per_sample, flac.info.sample_rate, flac.info.channels) == (16, RATE, 1)
    assert flac["TITLE"] == ["Бірінші тарау"] and flac["ARTIST"] == ["Бірінші Автор", "Екінші Автор"]
    assert flac["NARRATOR"] == ["eSpeak NG Kazakh"] and flac["ISBN"] == [ISBN] and len(flac.pictures) == 1
    assert ffmpeg_tags(deliveries["google"] / f"{ISBN}_2of5.flac")["ALBUM"] == "Абай туралы"


def test_ffmpeg_plays_every_retail_file_to_its_end(deliveries: dict[str, Path]) -> None:
    """ffmpeg (what ffprobe reports) finds one MP3 stream, 44.1 kHz mono at 192 kbit/s, as long as the samples it
    decodes, and decodes the whole file without an error."""
    for entry in manifest(deliveries["retail"])["files"]:
        path = deliveries["retail"] / entry["file"]
        command = [ffmpeg(), "-hide_banner", "-xerror", "-i", str(path), "-map", "0:a", "-f", "null", "-"]
        played = subprocess.run(command, capture_output=True, text=True)
        assert played.returncode == 0 and "Audio: mp3" in played.stderr, played.stderr
        assert "44100 Hz, mono" in played.stderr and "192 kb/s" in played.stderr
        stated = re.search(r"Duration: (\d+):(\d+):([\d.]+)", played.stderr)
        assert stated, played.stderr
        seconds = 3600 * int(stated[1]) + 60 * int(stated[2]) + float(stated[3])
        assert abs(seconds - len(decode(path)) / RATE) < 0.05, entry["file"]


def test_flac_deliveries_carry_room_tone_and_the_findaway_disclosure(deliveries: dict[str, Path]) -> None:
    for store in ("google", "findaway"):
        for entry in manifest(deliveries[store])["files"]:
            path = deliveries[store] / entry["file"]
            info = FLAC(path).info
            assert (info.bits_per_sample, info.sample_rate, info.channels) == (16, RATE, 1)
            audio = decode(path)
            assert -72 < dbfs(audio[: RATE // 2]) <= -60 and quietest(audio) <= -60
    disclosure = "This audiobook is narrated by a digital voice."
    assert manifest(deliveries["findaway"])["metadata"]["description"].startswith(disclosure)
    assert FLAC(deliveries["findaway"] / "01_Chapter-01.flac")["DESCRIPTION"][0].startswith(disclosure)


def test_the_apple_package_is_one_track_with_its_chapters(deliveries: dict[str, Path]) -> None:
    package = deliveries["apple"] / f"{ISBN}.itmsp"
    raw = (package / "metadata.xml").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    ns = {"a": "http://apple.com/itunes/importer"}
    root = ElementTree.fromstring(raw)
    assert root.get("version") == "music5.3" and root.findtext("a:provider", "", ns) == "TestBooks"
    assert root.findtext("a:language", "", ns) == "kk" and root.findtext("a:album/a:vendor_id", "", ns) == ISBN
    assert root.findtext("a:album/a:album_type", "", ns) == "audiobook"
    files = root.findall(".//a:artwork_files/a:file", ns) + root.findall(".//a:audio_file", ns)
    assert len(files) == 2 and len(root.findall(".//a:track", ns)) == 1
    for entry in files:
        data = (package / entry.findtext("a:file_name", "", ns)).read_bytes()
        assert entry.findtext("a:size", "", ns) == str(len(data))
        assert entry.findtext("a:checksum", "", ns) == hashlib.md5(data).hexdigest()
    track = package / f"{ISBN}.mp3"
    info = MP3(track).info
    assert (info.sample_rate, info.bitrate, info.mode, info.bitrate_mode) == (RATE, 192000, MONO, BitrateMode.CBR)
    assert frame_bitrates(track) == {(192, "mono")}
    chapters = sorted(ID3(track).getall("CHAP"), key=lambda c: c.start_time)
    titles = [str(c.sub_frames["TIT2"]) for c in chapters]
    assert titles == ["Бастапқы титрлар", *CHAPTERS, "Соңғы титрлар"]
    starts = [c.start_time for c in chapters]
    assert starts[0] == 0 and starts == sorted(starts) and chapters[-1].end_time <= info.length * 1000 + 1
    assert [title for _, _, title in parse_ffmetadata_chapters(read_chapters_ffmpeg(track))] == titles


@pytest.mark.parametrize("store", STORES)
def test_every_profile_passes_its_own_check(deliveries: dict[str, Path], store: str) -> None:
    result = run_cli("check", "--store", store, str(deliveries[store]))
    assert result.returncode == 0 and "FAIL" not in result.stdout, result.stdout + result.stderr
    assert "note synthetic narration" in result.stdout


def test_the_same_edition_packages_to_the_same_bytes(edition: Path, deliveries: dict[str, Path],
                                                     tmp_path: Path) -> None:  # fmt: skip
    again = tmp_path / "again"
    run_cli("package", str(edition), "--store", "retail", "--out", str(again), check=True)
    first = deliveries["retail"]
    assert sorted(p.name for p in again.iterdir()) == sorted(p.name for p in first.iterdir())
    for path in first.iterdir():
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def _reencoded(path: Path, rate: int = RATE, bitrate: str = "192k", head_silence: float = 0.0) -> None:
    audio = decode(path)
    audio[: round(head_silence * RATE)] = 0
    if rate != RATE:
        audio = soxr.resample(audio, RATE, rate).astype(np.float32)
    encode(audio, rate, path, "mp3", bitrate)


PLANTED = {
    "128 kbit/s": (lambda d: _reencoded(d / "01_Chapter-01.mp3", bitrate="128k"),
                   "FAIL bitrate: 01_Chapter-01.mp3: CBR 128 kbit/s"),
    "22.05 kHz": (lambda d: _reencoded(d / "02_Chapter-02.mp3", 22050, "64k"),
                  "FAIL sample rate: 02_Chapter-02.mp3: 22050 Hz"),
    "digital silence at the head": (lambda d: _reencoded(d / "03_Chapter-03.mp3", head_silence=0.75),
                                    "FAIL room tone: 03_Chapter-03.mp3 head: 0.7"),
    "missing credits": (lambda d: (d / "00_Opening-Credits.mp3").unlink(),
                        "FAIL credits: no opening credits file (00_Opening-Credits.mp3 is missing)"),
    "sample over 5 minutes": (lambda d: shutil.copy(d / "01_Chapter-01.mp3", d / "Retail-Sample.mp3"),
                              "FAIL retail sample: Retail-Sample.mp3 5.9"),
    "1000 px cover": (lambda d: jpeg(d / "cover.jpg", 1000),
                      "FAIL cover: cover.jpg is 1000×1000 px, each side must be at least 2400 px"),
}  # fmt: skip


@pytest.mark.parametrize("defect", PLANTED)
def test_check_store_fails_a_planted_defect(deliveries: dict[str, Path], tmp_path: Path, defect: str) -> None:
    copy = tmp_path / "delivery"
    shutil.copytree(deliveries["retail"], copy)
    plant, line = PLANTED[defect]
    plant(copy)
    result = run_cli("check", "--store", "retail", str(copy))
    assert result.returncode == 1 and line in result.stdout, result.stdout


@pytest.fixture(scope="module")
def headless(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A text with no heading: its one chapter is titled with the book's title, which the edition never says."""
    folder = tmp_path_factory.mktemp("headless")
    (folder / "note.txt").write_text("Қысқа хабар. Бұл мәтінде тақырып жоқ.\n", encoding="utf-8")
    run_cli("build", str(folder / "note.txt"), "--out", str(folder / "note"), "--title", "Хабар", "--cover",
            str(jpeg(folder / "cover.jpg", 2400)), "-q", check=True)  # fmt: skip
    return folder / "note"


def _starts_with(audio: np.ndarray, speech: np.ndarray) -> float:
    """How alike the start of `audio` is to `speech` (normalised cross-correlation, best lag in the first 1.5 s)."""
    piece = audio[: len(speech) + round(1.5 * RATE)]
    corr = correlate(piece, speech, mode="valid", method="fft")
    lag = int(np.argmax(corr))
    window = piece[lag : lag + len(speech)]
    return float(corr[lag] / math.sqrt(np.sum(speech.astype(np.float64) ** 2) * np.sum(window.astype(np.float64) ** 2)))


def test_credits_and_an_unheaded_chapter_title_are_spoken_by_the_edition_voice(headless: Path) -> None:
    result = run_cli("package", str(headless), "--store", "retail")
    assert result.returncode == 0, result.stderr
    assert "lossy source" in result.stdout  # built without --formats flac
    folder = Path(result.stdout.strip().splitlines()[-1])
    entries = manifest(folder)
    assert entries["source"] == {"file": "note.mp3", "lossless": False}
    assert next(e for e in entries["files"] if e["role"] == "chapter")["title_spoken"] == "added"
    index = index_of(headless)
    speaker = Speaker(index)
    said = lambda text: soxr.resample(speaker.say(text), index["voice"]["sample_rate"], RATE)  # noqa: E731
    assert _starts_with(decode(folder / "01_Chapter-01.mp3"), said("Хабар")) > 0.9
    opening = index["metadata"]["credits"]["opening"]
    assert "Хабар" in opening and "синтезделген дауыс" in opening
    assert _starts_with(decode(folder / "00_Opening-Credits.mp3"), said(opening)) > 0.9
    assert index["metadata"]["credits"]["closing"].endswith("Соңы.")
    assert _starts_with(decode(folder / "02_Closing-Credits.mp3"), said(index["metadata"]["credits"]["closing"])) > 0.9


def test_the_credits_keep_the_edition_speed(headless: Path, tmp_path: Path) -> None:
    """An edition read at 1.5× has its credits said at 1.5× too: the index records the speed, the speaker keeps it."""
    fast = tmp_path / "fast"
    run_cli("build", str(headless.parent / "note.txt"), "--out", str(fast), "--title", "Хабар", "--speed", "1.5",
            "--cover", str(headless.parent / "cover.jpg"), "-q", check=True)  # fmt: skip
    assert index_of(fast)["voice"]["speed"] == 1.5 and "speed" not in index_of(headless)["voice"]
    spoken = {}
    for edition in (headless, fast):
        out = tmp_path / f"{edition.name}-retail"
        run_cli("package", str(edition), "--store", "retail", "--out", str(out), check=True)
        loud = loud_windows(decode(out / "00_Opening-Credits.mp3"))
        spoken[edition] = (loud[-1] + 1 - loud[0]) / 100
    assert spoken[fast] < 0.8 * spoken[headless], spoken


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--store", "google"], "the book lasts"),
        (["--store", "nowhere"], "unknown store 'nowhere' (profiles: retail, google, apple, findaway)"),
        (["--store", "retail", "--sample-rate", "48000"], "--sample-rate 48000: retail takes 44100 Hz"),
        (["--store", "retail", "--bitrate", "128"], "--bitrate 128: retail wants at least 192 kbit/s"),
        (["--store", "retail", "--bitrate", "200"], "bitrate = 200: an MP3 at 44100 Hz carries 32 to 320 kbit/s"),
        (["--store", "google", "--bitrate", "192"], "--bitrate: google is delivered as lossless FLAC"),
        (["--store", "apple"], "--store apple needs --provider NAME"),
        (["--store", "retail", "--sample-chapter", "c09"], "--sample-chapter c09: no such chapter"),
        (["--store", "retail", "--cover", "COVER1000"], "the cover is 1000×1000 px, each side must be at least 2400"),
        (["--store", "retail", "--out", "EDITION/sub"], "inside the edition"),
        (["--store", "retail", "--out", "FOREIGN"], "holds files and no delivery of tts-edition"),
    ],
)
def test_package_refuses_in_one_line(headless: Path, tmp_path: Path, args: list[str], message: str) -> None:
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    swap = {"EDITION": str(headless), "FOREIGN": str(foreign), "COVER1000": str(jpeg(tmp_path / "small.jpg", 1000))}
    args = [next((a.replace(k, v) for k, v in swap.items() if k in a), a) for a in args]
    result = run_cli("package", str(headless), *args)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and (foreign / "notes.txt").is_file()


def test_an_earlier_delivery_is_replaced_and_one_with_files_of_yours_is_kept(headless: Path, tmp_path: Path) -> None:
    out = tmp_path / "delivery"
    run_cli("package", str(headless), "--store", "retail", "--out", str(out), check=True)
    run_cli("package", str(headless), "--store", "retail", "--out", str(out), check=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["delivery"]  # no temporary folder left beside it
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = run_cli("package", str(headless), "--store", "retail", "--out", str(out))
    assert result.returncode == 2 and "files it did not write (notes.txt)" in result.stderr
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_apple_tracks_are_the_fewest_whole_sections() -> None:
    hour = 3600.0
    assert track_groups([0.01 * hour, 22.9 * hour], 23 * hour) == [[0, 1]]
    assert track_groups([12 * hour, 12 * hour], 23 * hour) == [[0], [1]]
    assert track_groups([5 * hour, 10 * hour, 7 * hour], 23 * hour) == [[0, 1, 2]]
    assert track_groups([10 * hour, 10 * hour, 10 * hour], 23 * hour) == [[0, 1], [2]]
    with pytest.raises(EditionError, match="longer than a track"):
        track_groups([24 * hour], 23 * hour)


@pytest.mark.long
def test_a_book_of_ours_passes_the_retail_check(sample_build: Path, tmp_path: Path) -> None:
    """The sample article (17.5 minutes, built from its MP3: a lossy source) packaged and proven for retail."""
    cover = jpeg(tmp_path / "cover.jpg", 2400)
    out = tmp_path / "sample-retail"
    result = run_cli("package", str(sample_build), "--store", "retail", "--cover", str(cover), "--out", str(out))
    assert result.returncode == 0 and "lossy source" in result.stdout, result.stderr
    checked = run_cli("check", "--store", "retail", str(out))
    assert checked.returncode == 0 and "FAIL" not in checked.stdout, checked.stdout
