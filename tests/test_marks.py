"""Inline marks in Markdown and plain text: a pause, a reading for one occurrence, text shown and not spoken, text
spoken and not shown. Each is built with espeak-ng and measured in the decoded audio against the unmarked build;
the index keeps the written words with their times, and every edition passes `check`."""

import itertools
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import run_cli, shared_build
from tts_edition.audio.encode import decode
from tts_edition.timing.index import paragraphs

RATE = 22050  # espeak-ng's, the edition's
SENTENCE = "Мен {} бітірдім{} енді университетте сабақ беремін."
PLAIN = SENTENCE.format("ЖОО", "")  # read by the rules: «жоғары оқу орны»
MARKED = {  # a paragraph each, in this order
    "pause": SENTENCE.format("ЖОО", " {1.5s}"),
    "reading": SENTENCE.format("{ЖОО|қазақ ұлттық университетін}", ""),
    "shown": SENTENCE.format("{ЖОО|}", ""),
    "spoken": SENTENCE.format("ЖОО", " {|бүгін кешке}"),
}


def build(folder: Path, suffix: str, text: str) -> Path:
    source = folder / f"article.{suffix}"
    source.write_text(text, encoding="utf-8")
    out = folder / "out"
    result = run_cli("build", str(source), "--out", str(out), "--cache-dir", str(folder / "cache"), "--quiet")
    assert result.returncode == 0, result.stderr
    checked = run_cli("check", str(out))
    assert checked.returncode == 0, checked.stdout
    return out


def _build_plain_and_marked(folder: Path) -> None:
    for kind in ("plain", "marked"):
        (folder / kind).mkdir()
    build(folder / "plain", "txt", "\n\n".join([PLAIN] * len(MARKED)) + "\n")
    build(folder / "marked", "md", "\n\n".join(MARKED.values()))


@pytest.fixture(scope="session")
def editions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The marked text in Markdown, and the same text unmarked."""
    folder = shared_build(tmp_path_factory, "marks", _build_plain_and_marked)
    return {"plain": folder / "plain" / "out", "marked": folder / "marked" / "out"}


def index_of(out: Path) -> dict:
    return json.loads((out / "index.json").read_text(encoding="utf-8"))


def sentence_of(out: Path, mark: str) -> dict:
    """The sentence of the paragraph that holds `mark` (in the plain edition: the same paragraph unmarked)."""
    (sentence,) = paragraphs(index_of(out))[list(MARKED).index(mark)]["sentences"]
    return sentence


def words(editions: dict[str, Path], mark: str) -> tuple[dict[str, dict], dict[str, dict]]:
    """The written words of the marked sentence and of the plain one, by their text."""
    return tuple({w["text"]: w for w in sentence_of(editions[e], mark)["words"]} for e in ("marked", "plain"))


def grown(editions: dict[str, Path], mark: str) -> float:
    """How much longer the marked sentence is than the plain one, in seconds."""
    duration = lambda s: s["end"] - s["start"]  # noqa: E731
    return duration(sentence_of(editions["marked"], mark)) - duration(sentence_of(editions["plain"], mark))


def longest_silence(samples: np.ndarray, start: float, end: float) -> float:
    """The longest run of samples under -60 dBFS between two times, in seconds."""
    quiet = np.abs(samples[round(start * RATE) : round(end * RATE)]) < 1e-3
    runs = [len(list(run)) for silent, run in itertools.groupby(quiet) if silent]
    return max(runs, default=0) / RATE


def shown_text(out: Path) -> str:
    """What a reader sees: the reader page, the EPUB's text documents and the subtitles."""
    page = (out / "index.html").read_text(encoding="utf-8")
    with zipfile.ZipFile(next(out.glob("*.epub"))) as epub:
        chapters = [epub.read(name).decode() for name in epub.namelist() if name.endswith(".xhtml")]
    subtitles = [path.read_text(encoding="utf-8") for path in [*out.glob("*.vtt"), *out.glob("*.srt")]]
    return "\n".join([page, *chapters, *subtitles])


def test_a_pause_mark_is_that_much_silence_where_it_stands(editions: dict[str, Path]) -> None:
    marked, _ = words(editions, "pause")
    samples = decode(next(editions["marked"].glob("*.mp3")))
    silence = longest_silence(samples, marked["бітірдім"]["end"], marked["енді"]["start"])
    assert silence == pytest.approx(1.5, abs=0.03)
    assert 1.5 - 0.03 <= grown(editions, "pause") <= 1.5 + 0.1  # and the words before it end a phrase
    assert sentence_of(editions["marked"], "pause")["text"] == PLAIN


def test_a_reading_mark_is_spoken_in_the_written_words_time(editions: dict[str, Path]) -> None:
    marked, plain = words(editions, "reading")
    assert marked["ЖОО"]["spoken"] == "қазақ ұлттық университетін" and plain["ЖОО"]["spoken"] == "жоғары оқу орны"
    assert marked["Мен"]["end"] <= marked["ЖОО"]["start"] < marked["ЖОО"]["end"] <= marked["бітірдім"]["start"]
    span = lambda words: words["ЖОО"]["end"] - words["ЖОО"]["start"]  # noqa: E731
    longer = grown(editions, "reading")
    assert longer > 0.2 and span(marked) - span(plain) == pytest.approx(longer, abs=0.06)  # all of it in ЖОО's time
    assert "ЖОО" in shown_text(editions["marked"]) and "ұлттық" not in shown_text(editions["marked"])


def test_text_shown_and_not_spoken_is_in_the_text_not_the_audio(editions: dict[str, Path]) -> None:
    marked, plain = words(editions, "shown")
    assert marked["ЖОО"]["spoken"] == "" and marked["ЖОО"]["start"] == marked["ЖОО"]["end"]
    said = plain["бітірдім"]["start"] - plain["Мен"]["end"]  # ЖОО as the plain build reads it, and a word gap
    assert -grown(editions, "shown") == pytest.approx(said, abs=0.06) and said > 0.5
    assert sentence_of(editions["marked"], "shown")["text"] == PLAIN
    assert "жоғары" not in sentence_of(editions["marked"], "shown")["spoken"]


def test_text_spoken_and_not_shown_is_in_the_audio_not_the_text(editions: dict[str, Path]) -> None:
    sentence = sentence_of(editions["marked"], "spoken")
    assert "бүгін кешке" in sentence["spoken"] and sentence["text"] == PLAIN
    marked, _ = words(editions, "spoken")
    assert marked["бітірдім"]["spoken"] == "бітірдім бүгін кешке"  # in its written word's time
    assert grown(editions, "spoken") > 0.5
    assert "бүгін" not in shown_text(editions["marked"]) and "бітірдім енді" in shown_text(editions["marked"])


def test_pauses_after_a_sentence_and_on_a_line_of_their_own(tmp_path: Path) -> None:
    """After a sentence's end a mark lengthens the pause between sentences; alone between paragraphs, it is
    silence after the paragraph before. An escaped brace or bar is itself."""
    text = "Бірінші сөйлем осында. {1s} Екінші сөйлем осында.\n\n{2,5 с}\n\nЖақша \\{ішінде\\} тұр, сызық \\| да.\n"
    first, second = paragraphs(index_of(build(tmp_path, "txt", text)))
    assert [s["text"] for s in first["sentences"]] == ["Бірінші сөйлем осында.", "Екінші сөйлем осында."]
    a, b = first["sentences"]
    assert b["start"] - a["end"] == pytest.approx(0.35 + 1.0, abs=0.005)  # the sentence pause and the mark
    assert first["end"] - b["end"] == pytest.approx(2.5, abs=0.005)
    assert second["text"] == "Жақша {ішінде} тұр, сызық | да."


@pytest.mark.parametrize(
    ("suffix", "text", "line", "says"),
    [
        ("txt", "Бірінші жол.\n\nСөз {ЖОО жоғары} бар.\n", 3, "is not a mark"),
        ("txt", "Сөз {ЖОО|жоғары\nоқу} бар.\n", 1, "is not closed on its line"),
        ("md", "---\ntitle: Т\n---\n\n# Бас\n\nСөз } бар.\n", 7, "a closing brace without its mark"),
        ("md", "Сөз {ЖОО|а|б} бар.\n", 1, "what is shown, what is spoken or both"),
        ("txt", "Сөз {90s} бар.\n", 1, "at most 60 seconds"),
    ],
)
def test_a_malformed_mark_is_one_line_naming_its_line(tmp_path: Path, suffix: str, text: str, line: int,
                                                       says: str) -> None:  # fmt: skip
    source = tmp_path / f"article.{suffix}"
    source.write_text(text, encoding="utf-8")
    result = run_cli("build", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert f"{source}: line {line}: " in result.stderr and says in result.stderr


def test_the_sheet_lists_a_reading_mark_as_a_mark_to_trust(tmp_path: Path) -> None:
    source = tmp_path / "article.md"
    source.write_text(SENTENCE.format("{ЖОО|жоғары оқу орнын}", "") + " Тағы ЖОО бар.\n", encoding="utf-8")
    result = run_cli("readings", str(source), "--format", "json")
    assert result.returncode == 0, result.stderr
    readings = json.loads(result.stdout)["readings"]
    marked = next(r for r in readings if r["spoken"] == "жоғары оқу орнын")
    assert marked["written"] == "ЖОО" and marked["rule"]["kind"] == "mark" and not marked["check"]
    assert marked["count"] == 1  # the mark is for one occurrence: the other ЖОО is read by the rules
