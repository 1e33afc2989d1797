"""The pronunciation sheet (`readings`), the lexicon's context syntax and `lexicon check`, on real passages from the
normalisation corpus and examples of our own."""

import ast
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT, SAMPLE, run_cli
from tts_edition.cli import app
from tts_edition.ingest import read
from tts_edition.normalize import normalize
from tts_edition.normalize.lexicon import load_lexicon

CORPUS = ROOT / "tests" / "normalisation" / "corpus"
PASSAGES = [
    "el-kz-2023-09-12-shymkent-kasiporyndary", "kaz-inform-kz-ji-5-10-mumkindigi", "qaz-sarbaz-kz-su-tasqyny-102-myn",
]  # fmt: skip
_EXPLAINED = re.compile(r"^  (?P<rule>[^:]+): (?P<written>'.*'|\".*\") → (?P<spoken>'.*'|\".*\") \((?P<flags>[^)]*)\)$")


def passage(name: str, folder: Path) -> Path:
    """A corpus passage as an input file, its source line left out."""
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def sheet(path: Path, *args: str) -> list[dict]:
    result = run_cli("readings", str(path), "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["readings"]


def explained(sentence: str) -> list[tuple[str, str, str, bool]]:
    """What `normalize --explain` lists for one sentence: (written, spoken, kind, check) a rewritten token."""
    result = CliRunner().invoke(app, ["normalize", "--explain"], input=sentence)
    assert result.exit_code == 0, result.output
    found = []
    for line in result.output.splitlines()[1:]:
        match = _EXPLAINED.match(line)
        assert match, line
        flags = match["flags"].split(", ")
        written, spoken = ast.literal_eval(match["written"]), ast.literal_eval(match["spoken"])
        found.append((written, spoken, flags[0], "check" in flags))
    return found


@pytest.mark.parametrize("name", PASSAGES)
def test_the_sheet_lists_every_rewrite_that_explain_lists(name: str, tmp_path: Path) -> None:
    """Token for token: each sentence's `normalize --explain` lines are the sheet's readings of that sentence."""
    path = passage(name, tmp_path)
    readings = sheet(path)
    from_sheet = Counter(
        (sentence, r["written"], r["spoken"], r["rule"]["kind"], r["check"])
        for r in readings if r["rule"]["name"] != "language" for sentence in r["where"]["sentences"]
    )  # fmt: skip
    from_explain = Counter(
        (s.id, *reading)
        for p in read(path).paragraphs() for s in p.sentences for reading in explained(s.text)
    )  # fmt: skip
    assert from_sheet == from_explain
    assert sum(from_sheet.values()) >= 10
    assert [r["check"] for r in readings] == sorted((r["check"] for r in readings), reverse=True)  # guesses first


def test_check_is_set_on_guesses_and_not_on_numbers_with_clear_context(tmp_path: Path) -> None:
    path = tmp_path / "text.txt"
    path.write_text(
        "2020 жылы 5 адам «Алтын» ЖШС-да 15% өсім көрді. ЦСКА мен Midjourney туралы САПАРОВА жазды, барлығы 25.\n"
        "Путин: «Мы ценим дружбу с Казахстаном», – деді ол.\n",
        encoding="utf-8",
    )
    checked = {r["written"]: r["check"] for r in sheet(path)}
    assert {w: checked[w] for w in ("ЦСКА", "Midjourney", "САПАРОВА", "25", "Мы ценим дружбу с Казахстаном")} == {
        "ЦСКА": True, "Midjourney": True, "САПАРОВА": True, "25": True, "Мы ценим дружбу с Казахстаном": True,
    }  # fmt: skip
    assert {w: checked[w] for w in ("2020", "5", "ЖШС-да", "15%")} == {"2020": False, "5": False, "ЖШС-да": False,
                                                                      "15%": False}  # fmt: skip


def test_the_sample_article_sheet_lists_its_years_numbers_and_initialisms() -> None:
    readings = {(r["written"], r["spoken"]): r for r in sheet(SAMPLE)}
    assert readings[("1992", "мың тоғыз жүз тоқсан екінші")]["rule"] == {"kind": "ordinal", "name": "number"}
    assert readings[("АҚШ", "Америка Құрама Штаттары")]["rule"]["kind"] == "initialism"
    assert readings[("85%-ын", "сексен бес пайызын")]["rule"]["kind"] == "measure"
    assert readings[("МГИМО", "эм гэ и эм о")]["check"]
    assert readings[("МГИМО", "эм гэ и эм о")]["where"]["sentences"] == ["c01-p040-s02"]


def test_a_lexicon_shows_its_effect_and_what_the_rules_said(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.tsv"
    lexicon.write_text("МГИМО\tмгимо\n", encoding="utf-8")
    row = next(r for r in sheet(SAMPLE, "--lexicon", str(lexicon)) if r["written"] == "МГИМО")
    assert (row["spoken"], row["rule"], row["was"], row["check"]) == (
        "мгимо", {"kind": "lexicon", "name": "lexicon"}, "эм гэ и эм о", False,
    )  # fmt: skip


def test_tsv_and_html_are_written_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "sheet.tsv"
    assert run_cli("readings", str(SAMPLE), "--out", str(out)).returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["written", "spoken", "rule", "count", "check", "paragraphs", "first", "was"]
    assert "АҚШ\tАмерика Құрама Штаттары\tinitialism: initialism\t1\t\tc01-p014\t" in "\n".join(lines)
    page = tmp_path / "sheet.html"
    assert run_cli("readings", str(SAMPLE), "--format", "html", "--out", str(page)).returncode == 0
    assert '<html lang="kk">' in page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--format", "pdf"], "--format pdf: one of tsv, json, html"),
     (["--edition", "nowhere"], "nowhere: no edition there"),
     (["--lexicon", "missing.tsv"], "missing.tsv: cannot read the lexicon")],
)  # fmt: skip
def test_mistakes_are_one_line(args: list[str], message: str) -> None:
    result = run_cli("readings", str(SAMPLE), *args)
    assert result.returncode == 2 and message in result.stderr and result.stderr.count("\n") == 1


# --- the lexicon ------------------------------------------------------------------------------------------------


def lexicon_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_tsv_options_case_part_and_context(tmp_path: Path) -> None:
    lexicon = load_lexicon(lexicon_file(tmp_path, "l.tsv", (
        "ЦСКА\tцэ-эс-ка\n"
        "алматы\tАлматы қаласы\tnocase\n"
        "ТЖМ(?= баспасөз)\tТөтенше жағдайлар министрлігінің\tregex\n"
        "грамм\tграм\tpart\n"
    )))  # fmt: skip
    assert normalize("ЦСКА-ның ойыншысы, Цска", lexicon) == "цэ-эс-каның ойыншысы, Цска"  # case as written
    assert normalize("АЛМАТЫ мен Алматы", lexicon) == "Алматы қаласы мен Алматы қаласы"
    assert normalize("ТЖМ баспасөз қызметі, ТЖМ хабарлады", lexicon) == (
        "Төтенше жағдайлар министрлігінің баспасөз қызметі, Төтенше жағдайлар министрлігі хабарлады"
    )
    assert normalize("килограмм", lexicon) == "килограм"


def test_toml_words_and_entries(tmp_path: Path) -> None:
    lexicon = load_lexicon(lexicon_file(tmp_path, "l.toml", (
        '[words]\n"Тоқаев" = "Тоқайев"\n'
        '[[entry]]\nwritten = "ЕАЭО"\nspoken = "еуразиялық экономикалық одақ"\ncase = false\n'
    )))  # fmt: skip
    assert normalize("Тоқаев пен еаэо", lexicon) == "Тоқайев пен еуразиялық экономикалық одақ"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [("l.tsv", "ЦСКА\tцэ\tloud\n", "l.tsv:1: unknown option 'loud'"),
     ("l.tsv", "# note\nЦСКА\n", "l.tsv:2: expected 'written<TAB>spoken'"),
     ("l.tsv", "[\tx\tregex\n", "l.tsv:1: '[' is not a regular expression"),
     ("l.toml", '[[entry]]\nwritten = "x"\nspoken = "y"\ncase = "no"\n', "l.toml: [[entry]] 1: case is not one of")],
)  # fmt: skip
def test_a_malformed_lexicon_is_one_line(tmp_path: Path, name: str, text: str, message: str) -> None:
    result = run_cli("normalize", "сәлем", "--lexicon", str(lexicon_file(tmp_path, name, text)))
    assert result.returncode == 2 and message in result.stderr and result.stderr.count("\n") == 1


def test_lexicon_check_lists_one_problem_a_line(tmp_path: Path) -> None:
    path = lexicon_file(tmp_path, "l.tsv", "МГИМО\tмгимо\nЦСКА\tцэ-эс-ка\nмгимо\tмгимо\tnocase\nАҚШ\tαβ\n")
    result = run_cli("lexicon", "check", str(path), str(SAMPLE))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{path}:2: 'ЦСКА' never occurs in {SAMPLE}",
        f"{path}:3: 'мгимо' is given twice (also {path}:1)",
        f"{path}:4: the voice cannot read α β in 'αβ'",
    ]
    clean = lexicon_file(tmp_path, "clean.tsv", "МГИМО\tмгимо\n")
    assert run_cli("lexicon", "check", str(clean), str(SAMPLE)).stdout == f"{clean}: no problems\n"


# --- a lexicon fix and the rebuild it asks for ---------------------------------------------------------------------

MATCH = """# Ойын
«Барыс» бүгін ЦСКА командасымен кездесті. Ойын 3:2 есебімен аяқталды.

Екінші кезеңде шайба соғылмады. Жанкүйерлер көп болды.

ЦСКА қақпашысы жақсы ойнады. Келесі ойын сенбіде өтеді.
"""
WITH_THE_WORD = ["c01-p002-s01", "c01-p004-s01"]


def build_twice(folder: Path, *voice: str) -> tuple[dict, dict, Path]:
    """A build of MATCH, then a rebuild after a one-entry lexicon for ЦСКА; both reports and the edition."""
    text, out = folder / "match.md", folder / "out"
    text.write_text(MATCH, encoding="utf-8")
    common = ["--out", str(out), "--cache-dir", str(folder / "cache"), "--jobs", "1", "-q", *voice]
    assert run_cli("build", str(text), *common).returncode == 0
    first = json.loads((out / "report.json").read_text(encoding="utf-8"))
    (folder / "lexicon.tsv").write_text("ЦСКА\tцэ-эс-ка\n", encoding="utf-8")
    (folder / "edition.toml").write_text('lexicon = "lexicon.tsv"\n', encoding="utf-8")
    assert run_cli("build", str(text), *common).returncode == 0
    return first, json.loads((out / "report.json").read_text(encoding="utf-8")), out


def test_a_lexicon_fix_resynthesises_exactly_the_sentences_that_contain_the_word(tmp_path: Path) -> None:
    """With a voice that keeps sentences in the cache (the Piper stand-in): two sentences, their two stretches."""
    from tests.test_voices import standin_voice

    first, rebuilt, out = build_twice(tmp_path, "--voice", str(standin_voice(tmp_path)))
    assert len(first["resynthesised"]) == first["sentences"] == 7
    assert rebuilt["resynthesised"] == WITH_THE_WORD
    assert rebuilt["mp3_stretches"]["encoded"] == 2  # the two paragraphs' stretches; the rest reused
    assert rebuilt["mp3_stretches"]["reused"] == sum(first["mp3_stretches"].values()) - 2
    spoken = {s["id"]: s["spoken"] for c in json.loads((out / "index.json").read_text())["chapters"]
              for p in c["paragraphs"] for s in p["sentences"]}  # fmt: skip
    assert all("цэ-эс-ка" in spoken[id] for id in WITH_THE_WORD)
    checked = run_cli("check", str(out))
    assert checked.returncode == 0, checked.stdout


def test_the_espeak_voice_speaks_only_the_changed_sentences_again(tmp_path: Path) -> None:
    """The default voice keeps sentences in the cache too: a fix re-speaks only the sentences that hold the word."""
    first, rebuilt, out = build_twice(tmp_path)
    assert rebuilt["resynthesised"] == WITH_THE_WORD
    assert rebuilt["mp3_stretches"]["encoded"] == 2
    assert rebuilt["mp3_stretches"]["reused"] == sum(first["mp3_stretches"].values()) - 2
    readings = sheet(tmp_path / "match.md", "--edition", str(out))
    row = next(r for r in readings if r["written"] == "ЦСКА")
    assert row["rule"]["kind"] == "lexicon" and row["count"] == 2
    clip = row["clip"]
    assert (ROOT / clip["src"]).resolve() == (out / "clips" / "c01-p002.mp3").resolve()
    assert 0 <= clip["start"] < clip["end"]
