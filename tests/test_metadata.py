"""Book metadata: from edition.toml, flags, Markdown front matter and EPUB input, into the index, the ID3 tag, the
M4B, the FLAC and the EPUB package, read back with mutagen, ffmpeg and a zip reader."""

import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from mutagen.flac import FLAC
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4

from tests.conftest import make_png, run_cli
from tts_edition.audio.encode import ffmpeg
from tts_edition.ingest import read

FRONT_MATTER_BOOK = """---
title: "Абай: өлеңдер"
author:
  - Абай Құнанбайұлы
  - Мұхтар Әуезов
publisher: Баспа емес
isbn: 978-601-7-00001-1
language: kk-KZ
description: Ақынның таңдамалы өлеңдері.
series: Қазақ классикасы
series_number: 2
copyright: © 2025 Жазушы
genre: Поэзия
date: 2025-11-11
---
# Бірінші тарау

Бірінші абзац. Екі сөйлем.

# Екінші тарау

Соңғы абзац.
"""


@pytest.fixture(scope="module")
def tagged_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tagged")
    (folder / "book.md").write_text(FRONT_MATTER_BOOK, encoding="utf-8")
    (folder / "cover.png").write_bytes(make_png(16, 16))
    (folder / "edition.toml").write_text(
        'formats = ["m4b", "flac"]\ncover = "cover.png"\npublisher = "Жазушы"\nnarrator = "Рая"\n'
        '[credits]\nclosing = "{title} аяқталды. Соңы."\n',
        encoding="utf-8",
    )
    run_cli("build", str(folder / "book.md"), "--out", str(folder / "out"), "-q", check=True)
    return folder / "out"


def ffmpeg_tags(path: Path) -> dict[str, str]:
    """The global tags as ffmpeg reads them (its ffmetadata listing), an independent reader."""
    listing = subprocess.run(
        [ffmpeg(), "-hide_banner", "-loglevel", "error", "-i", str(path), "-f", "ffmetadata", "-"],
        capture_output=True, check=True,
    ).stdout.decode()  # fmt: skip
    head = listing.split("[CHAPTER]")[0]
    return dict(line.split("=", 1) for line in head.splitlines()[1:] if "=" in line)


def test_the_index_records_the_settings_over_the_front_matter(tagged_build: Path) -> None:
    index = json.loads((tagged_build / "index.json").read_text(encoding="utf-8"))
    meta = index["metadata"]
    assert meta["authors"] == ["Абай Құнанбайұлы", "Мұхтар Әуезов"]
    assert index["author"] == "Абай Құнанбайұлы, Мұхтар Әуезов" and index["language"] == "kk-KZ"
    assert meta["publisher"] == "Жазушы" and meta["narrator"] == "Рая"  # edition.toml wins over the front matter
    assert (meta["isbn"], meta["series"], meta["series_number"]) == ("9786017000011", "Қазақ классикасы", "2")
    assert (meta["copyright"], meta["genre"]) == ("© 2025 Жазушы", "Поэзия")
    assert meta["credits"]["closing"] == "Абай: өлеңдер аяқталды. Соңы."
    opening = meta["credits"]["opening"]
    assert all(part in opening for part in ("Абай: өлеңдер", "Мұхтар Әуезов", "Рая", "синтезделген дауыс", "2025"))


def test_id3_carries_every_field_in_its_frame(tagged_build: Path) -> None:
    """ID3v2.3 (ffmpeg reads chapter titles of 128 bytes and more only from a 2.3 tag): several values are one text
    joined by "/", as 2.3 has them."""
    tag = ID3(tagged_build / "out.mp3")
    assert tag.version[:2] == (2, 3)
    assert tag["TPE1"].text == ["Абай Құнанбайұлы/Мұхтар Әуезов"]
    assert str(tag["TCOM"]) == str(tag["TXXX:NARRATOR"]) == "Рая"
    assert (str(tag["TPUB"]), str(tag["TCOP"]), str(tag["TXXX:ISBN"])) == ("Жазушы", "© 2025 Жазушы", "9786017000011")
    assert (str(tag["TXXX:SERIES"]), str(tag["TXXX:SERIES-PART"])) == ("Қазақ классикасы", "2")
    assert str(tag["TIT1"]) == "Қазақ классикасы"  # the content group: 2.3's frame for a larger work
    assert tag["TCON"].text == ["Audiobook/Поэзия"] and str(tag["TXXX:DESCRIPTION"]) == "Ақынның таңдамалы өлеңдері."
    head = (tagged_build / "out.mp3").read_bytes()[: tag.size]
    assert b"TYER" in head and b"TDAT" in head and b"TDRC" not in head  # mutagen shows them as one TDRC
    read = ffmpeg_tags(tagged_build / "out.mp3")
    assert read["composer"] == "Рая" and read["publisher"] == "Жазушы" and read["ISBN"] == "9786017000011"
    assert read["artist"] == "Абай Құнанбайұлы/Мұхтар Әуезов" and read["date"] == "2025-11-11"
    assert (read["grouping"], read["copyright"], read["language"]) == ("Қазақ классикасы", "© 2025 Жазушы", "kaz")


def test_the_m4b_is_an_audiobook_with_its_narrator(tagged_build: Path) -> None:
    tags = MP4(tagged_build / "out.m4b").tags
    assert tags["stik"] == [2] and tags["\xa9nrt"] == tags["\xa9wrt"] == ["Рая"]
    assert tags["\xa9ART"] == ["Абай Құнанбайұлы", "Мұхтар Әуезов"] and tags["cprt"] == ["© 2025 Жазушы"]
    assert bytes(tags["----:com.apple.iTunes:ISBN"][0]) == b"9786017000011"
    read = ffmpeg_tags(tagged_build / "out.m4b")
    assert read["media_type"] == "2" and read["composer"] == "Рая" and read["SERIES"] == "Қазақ классикасы"
    assert run_cli("check", str(tagged_build)).returncode == 0  # its chapters and length still read as before


def test_the_flac_is_16_bit_with_comments_chapters_and_cover(tagged_build: Path) -> None:
    flac = FLAC(tagged_build / "out.flac")
    assert flac.info.bits_per_sample == 16
    assert flac["ARTIST"] == ["Абай Құнанбайұлы", "Мұхтар Әуезов"] and flac["NARRATOR"] == flac["COMPOSER"] == ["Рая"]
    assert flac["ISBN"] == ["9786017000011"] and flac["SERIES-PART"] == ["2"] and flac["ORGANIZATION"] == ["Жазушы"]
    index = json.loads((tagged_build / "index.json").read_text(encoding="utf-8"))
    second = index["chapters"][1]
    assert flac["CHAPTER002NAME"] == [second["title"]]
    seconds = flac["CHAPTER002"][0].split(":")
    assert abs(int(seconds[1]) * 60 + float(seconds[2]) - second["start"]) < 0.001
    assert len(flac.pictures) == 1 and (flac.pictures[0].type, flac.pictures[0].width) == (3, 16)
    assert ffmpeg_tags(tagged_build / "out.flac")["NARRATOR"] == "Рая"


def test_the_epub_package_names_creators_with_roles(tagged_build: Path) -> None:
    with zipfile.ZipFile(tagged_build / "out.epub") as book:
        opf = book.read(next(name for name in book.namelist() if name.endswith(".opf"))).decode()
    assert opf.count("<dc:creator") == 2 and opf.count(">aut</meta>") == 2
    assert '<dc:contributor id="person3">Рая</dc:contributor>' in opf and ">nrt</meta>" in opf
    assert "<dc:publisher>Жазушы</dc:publisher>" in opf and "urn:isbn:9786017000011" in opf
    assert 'property="belongs-to-collection" id="series">Қазақ классикасы<' in opf
    assert 'property="group-position">2<' in opf


def test_epub_input_gives_authors_narrator_and_series(tmp_path: Path) -> None:
    opf = """<?xml version="1.0"?>
<package xmlns="http://www.idpf.org/2007/opf" xmlns:opf="http://www.idpf.org/2007/opf" version="3.0"
 unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
 <dc:identifier id="id">urn:uuid:12345678-1234-5678-1234-567812345678</dc:identifier>
 <dc:identifier>urn:isbn:0-306-40615-2</dc:identifier><dc:title>Жинақ</dc:title>
 <dc:creator id="a1">Бірінші Автор</dc:creator><meta refines="#a1" property="role" scheme="marc:relators">aut</meta>
 <dc:creator opf:role="aut">Екінші Автор</dc:creator>
 <dc:contributor id="n1">Оқушы</dc:contributor><meta refines="#n1" property="role" scheme="marc:relators">nrt</meta>
 <dc:contributor id="e1">Редактор</dc:contributor><meta refines="#e1" property="role" scheme="marc:relators">edt</meta>
 <dc:publisher>Фолиант</dc:publisher><dc:language>kk</dc:language>
 <dc:description>&lt;p&gt;Қысқа   сипаттама.&lt;/p&gt;</dc:description><dc:rights>© Фолиант</dc:rights>
 <dc:subject>Проза</dc:subject>
 <meta property="belongs-to-collection" id="s">Қазақ классикасы</meta>
 <meta refines="#s" property="collection-type">series</meta><meta refines="#s" property="group-position">3</meta>
</metadata><manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest>
<spine><itemref idref="a"/></spine></package>"""
    path = tmp_path / "book.epub"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip")
        book.writestr("META-INF/container.xml", '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                      '<rootfiles><rootfile full-path="package.opf"/></rootfiles></container>')  # fmt: skip
        book.writestr("package.opf", opf)
        book.writestr("a.xhtml", "<html><body><h1>Бір</h1><p>Сәлем, әлем.</p></body></html>")
    meta = read(path).metadata
    assert meta.authors == ("Бірінші Автор", "Екінші Автор") and meta.narrator == "Оқушы"
    assert (meta.publisher, meta.isbn, meta.language) == ("Фолиант", "9780306406157", "kk")
    assert (meta.description, meta.copyright, meta.genre) == ("Қысқа сипаттама.", "© Фолиант", "Проза")
    assert (meta.series, meta.series_number) == ("Қазақ классикасы", "3")


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('isbn = "978-601-7-00001-2"', "edition.toml: isbn: '978-601-7-00001-2' is not an ISBN"),
        ('language = "ru"', "language: 'ru' is not a Kazakh language tag"),
        ('series_number = "two"', "series_number: 'two' is not a number in a series"),
        ('author = ["A", 3]', "author is a name in quotes or a list of names"),
        ('[credits]\nopening = "{titel}"', "credits: unknown placeholder {titel}"),
        ('[credits]\nintro = "x"', "credits is a table with closing, opening"),
    ],
)
def test_a_wrong_metadata_setting_is_one_line_naming_it(tmp_path: Path, setting: str, message: str) -> None:
    (tmp_path / "a.txt").write_text("Сәлем.", encoding="utf-8")
    (tmp_path / "edition.toml").write_text(setting + "\n", encoding="utf-8")
    result = run_cli("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_wrong_isbn_in_front_matter_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\nisbn: 12345\n---\nСәлем.\n", encoding="utf-8")
    result = run_cli("build", str(tmp_path / "a.md"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and f"{tmp_path / 'a.md'}: isbn: '12345' is not an ISBN" in result.stderr


def test_version() -> None:
    from tts_edition import __version__

    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"tts-edition {__version__}"


def test_every_listed_setting_is_a_flag(tmp_path: Path) -> None:
    """--bitrate, --date, --lexicon and --pauses act as the settings do; a pause given alone changes only itself."""
    (tmp_path / "book.md").write_text("# Бір\n\nBAQ.KZ хабарлайды.\n\n# Екі\n\nСау бол.\n", encoding="utf-8")
    (tmp_path / "edition.toml").write_text("[pauses]\nparagraph = 1.5\n", encoding="utf-8")
    (tmp_path / "lexicon.tsv").write_text("BAQ.KZ\tбақ кз\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["--bitrate", "96", "--date", "2 қаңтар 2024", "--lexicon", str(tmp_path / "lexicon.tsv")]
    run_cli("build", str(tmp_path / "book.md"), "--out", str(out), "-q", *args, "--pauses", "chapter=4", check=True)
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["audio"]["bitrate_kbps"] == 96 and round(MP3(out / "out.mp3").info.bitrate / 1000) == 96
    assert index["date"] == "2024-01-02"
    assert index["chapters"][0]["paragraphs"][1]["spoken"].startswith("бақ кз")
    first, second = index["chapters"]
    assert 3.9 <= second["paragraphs"][0]["start"] - first["paragraphs"][-1]["end"] <= 4.1
    pause = first["paragraphs"][1]["start"] - first["paragraphs"][0]["end"]
    assert 1.45 <= pause <= 1.6  # edition.toml's paragraph pause kept
    wrong = run_cli("build", str(tmp_path / "book.md"), "--out", str(out), "--pauses", "chapter=99")
    assert wrong.returncode == 2 and "chapter must be between 0 and 30 seconds" in wrong.stderr
