"""The sampler that draws the normaliser's rewrites in real passages for a person to judge
(tests/normalisation/sample_rewrites.py)."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

CASES = Path(__file__).parent / "normalisation"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, CASES / f"{name}.py")
    assert spec and spec.loader
    module = sys.modules[name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_script("count_initialisms")
sampler = _script("sample_rewrites")

PASSAGE = "# source: https://example.kz/a\n2024 жылы  5 адам келді.\n\nҚР Үкіметі 3 қаулы қабылдады.\n"


def _corpus(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(PASSAGE, encoding="utf-8")
    (tmp_path / "news-aside").mkdir()
    (tmp_path / "news-aside" / "b.txt").write_text("# source: https://example.kz/b\n7 кітап\n", encoding="utf-8")
    return tmp_path


def test_it_finds_every_rewrite_but_spacing_and_never_an_aside_folder(tmp_path: Path) -> None:
    found = list(sampler.rewrites(sampler.passages([_corpus(tmp_path)]), frozenset()))
    assert sorted((f.rule, f.written, f.spoken) for f in found) == [
        ("initialism", "ҚР", "Қазақстан Республикасы"),
        ("number", "2024", "екі мың жиырма төртінші"),
        ("number", "3", "үш"),
        ("number", "5", "бес"),
    ]
    assert {f.passage.name for f in found} == {"a.txt"}


def test_a_named_rule_keeps_only_its_rewrites(tmp_path: Path) -> None:
    found = sampler.rewrites(sampler.passages([_corpus(tmp_path)]), frozenset({"initialism"}))
    assert [f.written for f in found] == ["ҚР"]


def test_the_same_seed_draws_the_same_rows_each_reading_once(tmp_path: Path) -> None:
    found = list(sampler.rewrites(sampler.passages([_corpus(tmp_path)]), frozenset()))
    twice = found + found
    first = sampler.sample(twice, 3, seed=7)
    assert first == sampler.sample(twice, 3, seed=7)
    assert len(first) == 3 and len({(f.written, f.spoken) for f in first}) == 3
    assert len(sampler.sample(twice, 10, seed=7)) == 4


def test_a_row_marks_the_span_and_gives_the_reading_a_listener_hears(tmp_path: Path) -> None:
    (found,) = sampler.rewrites(sampler.passages([_corpus(tmp_path)]), frozenset({"initialism"}))
    fields = sampler.row(1, found).split("\t")
    assert fields[1:5] == ["initialism", str(found.passage), "ҚР", "Қазақстан Республикасы"]
    assert fields[5] == "⟦ҚР⟧ Үкіметі 3 қаулы қабылдады."
    assert fields[6] == "Қазақстан Республикасы Үкіметі үш қаулы қабылдады."


def test_context_is_cut_back_to_whole_words() -> None:
    paragraph = "сөз " * 40 + "12 адам" + " сөз" * 40
    start = paragraph.index("12")
    left, right = sampler.context(paragraph, start, start + 2)
    assert paragraph[left:right].startswith("сөз ") and paragraph[left:right].endswith(" сөз")
    assert start - left <= sampler.CONTEXT and right - start - 2 <= sampler.CONTEXT
