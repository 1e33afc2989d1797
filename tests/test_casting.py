"""Voices per part of the text: speed, a voice per chapter and paragraph, dialogue and characters, Russian passages
read by a Russian voice, and one sample rate for every voice. Built with the CLI, decoded and checked."""

import itertools
import json
import re
import zipfile
from pathlib import Path

import mutagen.mp3
import numpy as np
import pytest

from tests.conftest import assert_fully_word_timed, run_cli
from tests.standins import tiny_vits
from tests.test_coqui import coqui_voice_file
from tests.test_voices import standin_voice
from tts_edition.audio.encode import decode
from tts_edition.timing.index import paragraphs, sentences

PROSE = "Бүгін ауа райы жылы болды. Балалар аулада ұзақ ойнады, үлкендер жұмысқа кетті.\n"
RUSSIAN_QUOTE = "Путин: «Мы ценим дружбу с Казахстаном уже 30 лет», – деді ол. Бұл 2025 жылы айтылды.\n"
DIALOGUE = """# Бірінші тарау

– Сәлем, – деді Абай. – Қалайсың?

Абай үйге қайтты.

«Кеттік!» – деді Тоғжан.
"""


def build(source: Path, out: Path, *args: str, settings: str = "") -> dict:
    (source.parent / "edition.toml").write_text(settings, encoding="utf-8")
    result = run_cli("build", str(source), "--out", str(out), "--cache-dir", str(source.parent / "cache"), *args)
    assert result.returncode == 0, result.stderr
    checked = run_cli("check", str(out))
    assert checked.returncode == 0, checked.stdout
    return json.loads((out / "index.json").read_text(encoding="utf-8"))


def speech_seconds(index: dict) -> float:
    return sum(s["end"] - s["start"] for s in sentences(index))


def text_file(folder: Path, text: str, name: str = "text.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def espeak(folder: Path) -> str:
    return "kk-espeak"


def piper(folder: Path) -> str:
    return str(standin_voice(folder))


def coqui(folder: Path) -> str:
    return str(coqui_voice_file(folder, *tiny_vits(folder / "model")))


@pytest.mark.long
@pytest.mark.parametrize("voice", [espeak, piper, coqui])
def test_speed_shortens_the_spoken_time_and_leaves_the_pauses(tmp_path: Path, voice) -> None:
    source = text_file(tmp_path, PROSE * 2)
    chosen = voice(tmp_path)
    plain = build(source, tmp_path / "plain", "--voice", chosen)
    fast = build(source, tmp_path / "fast", "--voice", chosen, "--speed", "1.25")
    assert speech_seconds(plain) / speech_seconds(fast) == pytest.approx(1.25, rel=0.05)
    listed = sentences(fast)
    gaps = [b["start"] - a["end"] for a, b in itertools.pairwise(listed)]
    assert min(gaps) >= 0.35 - 0.01  # the pause between sentences is the setting's, whatever the speed
    assert_fully_word_timed(fast)


def test_a_speed_the_engine_cannot_reach_is_refused_before_synthesis(tmp_path: Path) -> None:
    source = text_file(tmp_path, PROSE)
    result = run_cli("build", str(source), "--out", str(tmp_path / "out"), "--speed", "0.5")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "espeak-ng speaks 80-450 words a minute" in result.stderr and not (tmp_path / "out").exists()


def test_a_russian_quote_is_read_by_the_russian_voice_and_marked_everywhere(tmp_path: Path) -> None:
    source = text_file(tmp_path, RUSSIAN_QUOTE)
    index = build(source, tmp_path / "out")
    quote = sentences(index)[0]
    assert [(p["lang"], p["voice"]) for p in quote["parts"]] == [("kk", "kk-espeak"), ("ru", "ru-espeak"),
                                                                  ("kk", "kk-espeak")]  # fmt: skip
    russian = quote["parts"][1]
    assert quote["text"][russian["at"] : russian["end"]].startswith("Мы ценим дружбу")
    assert "тридцать лет" in quote["spoken"] and quote["lang"] == "ru"
    assert sentences(index)[1]["lang"] == "kk" and "parts" not in sentences(index)[1]
    assert_fully_word_timed(index)
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<span class="part" lang="ru" data-voice="ru-espeak"[^>]*><span class="word"[^>]*>Мы<', page)
    with zipfile.ZipFile(tmp_path / "out" / "out.epub") as epub:
        assert '<span xml:lang="ru" lang="ru">Мы ценим' in epub.read("EPUB/text/c01.xhtml").decode()
    vtt = (tmp_path / "out" / "out.vtt").read_text(encoding="utf-8")
    assert "«<lang ru>Мы ценим дружбу с Казахстаном уже 30 лет», – </lang>деді ол." in vtt
    # the same quote with switching off: the Kazakh voice reads it, numbers and all, and it sounds otherwise
    off = build(source, tmp_path / "off", settings='languages = "off"\n')
    assert "parts" not in sentences(off)[0] and "тридцать" not in sentences(off)[0]["spoken"]
    assert not np.array_equal(decode(tmp_path / "out" / "clips" / "c01-p001.mp3"),
                              decode(tmp_path / "off" / "clips" / "c01-p001.mp3"))  # fmt: skip


def test_dialogue_lines_are_read_by_the_dialogue_voice_and_named_characters(tmp_path: Path) -> None:
    source = text_file(tmp_path, DIALOGUE, "book.md")
    plain = build(source, tmp_path / "plain")
    cast = 'dialogue = { speaker = "f3" }\n[characters]\n"Абай" = { speaker = "m3" }\n'
    index = build(source, tmp_path / "cast", settings=cast)
    by_text = {s["text"]: s for s in sentences(index)}
    greeting = by_text["– Сәлем, – деді Абай."]
    assert [(p["speaker"], greeting["text"][p["at"] : p["end"]].strip()) for p in greeting["parts"]] == [
        ("m3", "– Сәлем, –"), (None, "деді Абай.")]  # fmt: skip
    assert by_text["– Қалайсың?"]["speaker"] == "m3"  # the same paragraph: still Абай
    assert by_text["Абай үйге қайтты."]["speaker"] is None  # narration
    tojan = by_text["«Кеттік!» – деді Тоғжан."]
    assert [p["speaker"] for p in tojan["parts"]][:1] == ["f3"]  # speech without a character of its own
    assert_fully_word_timed(index)
    clip = lambda build, n: decode(tmp_path / build / "clips" / f"c01-p00{n}.mp3")  # noqa: E731
    assert not np.array_equal(clip("plain", 2), clip("cast", 2))  # the dialogue sounds otherwise
    assert np.array_equal(clip("plain", 3), clip("cast", 3))  # the narration does not
    page = (tmp_path / "cast" / "index.html").read_text(encoding="utf-8")
    assert 'data-voice="kk-espeak, m3"' in page and 'data-voice="kk-espeak, f3"' in page
    assert [p["id"] for p in paragraphs(index)] == [p["id"] for p in paragraphs(plain)]


def test_voice_lines_in_the_text_give_a_chapter_or_a_paragraph_its_voice(tmp_path: Path) -> None:
    text = ("# Бір\n\nБірінші абзац.\n\n<!-- voice: kk-espeak, speaker: f2 -->\nЕкінші абзац.\n\n"
            "<!-- speaker: m4 -->\n# Екі\n\nҮшінші абзац.\n\nТөртінші абзац.\n")  # fmt: skip
    index = build(text_file(tmp_path, text, "book.md"), tmp_path / "out")
    assert [(p["text"], p["sentences"][0]["speaker"]) for p in paragraphs(index)] == [
        ("Бір", None), ("Бірінші абзац.", None), ("Екінші абзац.", "f2"),
        ("Екі", "m4"), ("Үшінші абзац.", "m4"), ("Төртінші абзац.", "m4"),
    ]  # fmt: skip
    settings = '[chapters."2"]\nspeaker = "m1"\n'
    overridden = build(text_file(tmp_path, text, "book.md"), tmp_path / "settings", settings=settings)
    assert {p["sentences"][0]["speaker"] for p in overridden["chapters"][1]["paragraphs"]} == {"m1"}


def test_every_voice_is_brought_to_the_editions_sample_rate(tmp_path: Path) -> None:
    source = text_file(tmp_path, RUSSIAN_QUOTE)
    index = build(source, tmp_path / "out", "--sample-rate", "44100")
    assert index["voice"]["sample_rate"] == 44100
    assert mutagen.mp3.MP3(tmp_path / "out" / "out.mp3").info.sample_rate == 44100
    coqui_voice = coqui(tmp_path / "coqui")  # 16 kHz, read beside the 22.05 kHz espeak-ng voice
    mixed = build(source, tmp_path / "mixed", settings=f'[languages]\nru = "{coqui_voice}"\n')
    assert mixed["voice"]["sample_rate"] == 22050
    assert [p["voice"] for p in sentences(mixed)[0]["parts"]] == ["kk-espeak", "kk-coqui-local", "kk-espeak"]


@pytest.mark.parametrize(
    ("setting", "words"),
    [("speed = 3", "speed is a number from 0.5 to 2"), ("sample_rate = 44000", "sample_rate is one of"),
     ('languages = "on"', 'languages is "off" or a table'), ('dialogue = { colour = "red" }', "dialogue"),
     ('[chapters]\n"2" = "kk-espeak"', "chapters"), ('[characters."Абай"]\nspeaker = 3.5', "characters")],
)  # fmt: skip
def test_voice_settings_are_checked_before_anything_is_built(tmp_path: Path, setting: str, words: str) -> None:
    source = text_file(tmp_path, PROSE)
    (tmp_path / "edition.toml").write_text(setting + "\n", encoding="utf-8")
    result = run_cli("build", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and words in result.stderr, result.stderr
    assert not (tmp_path / "out").exists()


def test_a_voice_line_that_names_nothing_is_one_line(tmp_path: Path) -> None:
    source = text_file(tmp_path, "<!-- voice: -->\nАбзац.\n", "book.md")
    result = run_cli("build", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "a voice line names a voice, a speaker or both" in result.stderr
