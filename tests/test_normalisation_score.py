"""The normaliser against the hand-checked case files in tests/normalisation (real news text and the dev set)."""

import importlib.util
import sys
from pathlib import Path

import pytest

from tts_edition.normalize import normalize

CASES = Path(__file__).parent / "normalisation"
_spec = importlib.util.spec_from_file_location("normalisation_score", CASES / "score.py")
assert _spec and _spec.loader
scorer = sys.modules[_spec.name] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)


@pytest.mark.parametrize(
    ("name", "minimum"),
    [
        ("kk-news.tsv", 0.98),
        ("kk-dev.tsv", 0.98),
        ("kk-real.tsv", 0.98),
        ("kk-fresh.tsv", 0.965),
        ("kk-fresh2.tsv", 0.78),
        ("kk-latin3.tsv", 0.925),
        ("kk-init3.tsv", 0.98),
        ("kk-units4.tsv", 1.0),
        ("kk-foreign4.tsv", 0.925),
        ("kk-init5.tsv", 0.925),
        ("kk-rus5.tsv", 0.8),
        ("kk-soc6.tsv", 0.97),
        ("kk-hist6.tsv", 0.93),
        ("kk-sport7.tsv", 0.98),
        ("kk-econ7.tsv", 0.95),
        ("kk-region7.tsv", 1.0),
        ("kk-abbr7.tsv", 0.95),
        ("kk-gov7.tsv", 0.98),
        ("kk-culture7.tsv", 0.95),
        ("kk-edu8.tsv", 0.98),
        ("kk-health8.tsv", 1.0),
        ("kk-tech8.tsv", 0.96),
        ("kk-law8.tsv", 1.0),
        ("kk-eco8.tsv", 0.98),
        ("kk-transport8.tsv", 1.0),
        ("kk-agri8.tsv", 0.98),
        ("kk-lit8.tsv", 1.0),
        ("kk-media8.tsv", 0.97),
        ("kk-intl8.tsv", 0.97),
        ("kk-energy8.tsv", 1.0),
        ("kk-build8.tsv", 0.98),
        ("kk-rus8.tsv", 0.97),
        ("kk-fin8.tsv", 0.97),
        ("kk-army8.tsv", 1.0),
        ("kk-sport8.tsv", 1.0),
        ("kk-sci8.tsv", 0.98),
        ("kk-local9.tsv", 0.97),
        ("kk-crime9.tsv", 1.0),
        ("kk-history9.tsv", 0.91),
        ("kk-social9.tsv", 1.0),
        ("kk-weather9.tsv", 1.0),
        ("kk-space9.tsv", 1.0),
        ("kk-tourism9.tsv", 1.0),
        ("kk-parliament9.tsv", 1.0),
        ("kk-religion9.tsv", 0.98),
        ("kk-auto9.tsv", 1.0),
        ("kk-arts9.tsv", 0.97),
        ("kk-food9.tsv", 1.0),
        ("kk-demography9.tsv", 1.0),
        ("kk-labour10.tsv", 1.0),
        ("kk-emergency10.tsv", 1.0),
        ("kk-bio10.tsv", 1.0),
        ("kk-utility10.tsv", 0.98),
        ("kk-family10.tsv", 1.0),
        ("kk-industry10.tsv", 0.96),
        ("kk-sport10.tsv", 0.96),
        ("kk-science10.tsv", 0.97),
        ("kk-migration10.tsv", 1.0),
        ("kk-youth10.tsv", 0.97),
        ("kk-nature10.tsv", 0.98),
        ("kk-startup10.tsv", 1.0),
        ("kk-courts11.tsv", 1.0),
        ("kk-health11.tsv", 1.0),
        ("kk-transport11.tsv", 1.0),
        ("kk-culture11.tsv", 0.92),
        ("kk-qandas11.tsv", 1.0),
        ("kk-water11.tsv", 0.98),
        ("kk-ai11.tsv", 1.0),
        ("kk-geography11.tsv", 1.0),
        ("kk-calendar11.tsv", 1.0),
        ("kk-realestate11.tsv", 1.0),
        ("kk-prices11.tsv", 1.0),
        ("kk-police11.tsv", 1.0),
        ("kk-pension12.tsv", 1.0),
        ("kk-trade12.tsv", 1.0),
        ("kk-kase12.tsv", 1.0),
        ("kk-exams12.tsv", 0.98),
        ("kk-football12.tsv", 1.0),
        ("kk-tax12.tsv", 1.0),
        ("kk-aviation13.tsv", 1.0),
        ("kk-history13.tsv", 1.0),
        ("kk-telecom13.tsv", 1.0),
        ("kk-elections13.tsv", 1.0),
        ("kk-oilgas13.tsv", 1.0),
        ("kk-mining13.tsv", 1.0),
        ("kk-chess14.tsv", 1.0),
        ("kk-budget14.tsv", 1.0),
        ("kk-esports14.tsv", 0.8),
        ("kk-roads14.tsv", 1.0),
        ("kk-medicine14.tsv", 0.97),
        ("kk-concerts14.tsv", 0.96),
        ("kk-olympiads15.tsv", 1.0),
        ("kk-gadgets15.tsv", 1.0),
        ("kk-agri15.tsv", 1.0),
        ("kk-autos15.tsv", 1.0),
        ("kk-recipes15.tsv", 1.0),
        ("kk-fraud15.tsv", 0.93),
        ("kk-boxing16.tsv", 1.0),
        ("kk-diplomacy16.tsv", 1.0),
        ("kk-weather16.tsv", 0.97),
        ("kk-ecology16.tsv", 0.97),
        ("kk-space16.tsv", 0.96),
        ("kk-railway17.tsv", 1.0),
        ("kk-books17.tsv", 1.0),
        ("kk-govtech17.tsv", 1.0),
        ("kk-hajj17.tsv", 1.0),
        ("kk-electricity17.tsv", 1.0),
        ("kk-tourism17.tsv", 0.97),
        ("kk-health18.tsv", 1.0),
        ("kk-housing18.tsv", 1.0),
        ("kk-obits18.tsv", 1.0),
        ("kk-courts18.tsv", 1.0),
        ("kk-sports18.tsv", 1.0),
        ("kk-students18.tsv", 0.96),
        ("kk-banks19.tsv", 1.0),
        ("kk-water19.tsv", 1.0),
        ("kk-youth19.tsv", 0.97),
        ("kk-startups19.tsv", 1.0),
        ("kk-theatre19.tsv", 1.0),
        ("kk-army19.tsv", 1.0),
        ("kk-villages20.tsv", 1.0),
        ("kk-accidents20.tsv", 1.0),
        ("kk-kazsport20.tsv", 1.0),
        ("kk-holidays20.tsv", 1.0),
        ("kk-awards20.tsv", 1.0),
        ("kk-english21.tsv", 0.96),
        ("kk-numdates21.tsv", 0.93),
        ("kk-ordinals21.tsv", 1.0),
        ("kk-glued21.tsv", 1.0),
        ("kk-signs21.tsv", 1.0),
        ("kk-decimals21.tsv", 1.0),
        ("kk-initwords21.tsv", 1.0),
        ("kk-models21.tsv", 1.0),
        ("kk-biblio21.tsv", 0.96),
        ("kk-capitals22.tsv", 1.0),
        ("kk-webaddr22.tsv", 1.0),
        ("kk-phones22.tsv", 0.92),
        ("kk-latinkk22.tsv", 1.0),
        ("kk-russian22.tsv", 1.0),
        ("kk-sports23.tsv", 1.0),
        ("kk-units23.tsv", 0.92),
        ("kk-years23.tsv", 1.0),
        ("kk-money23.tsv", 0.96),
        ("kk-dotted24.tsv", 0.89),
        ("kk-roman24.tsv", 0.94),
        ("kk-abbrtable24.tsv", 1.0),
        ("kk-englishwords24.tsv", 0.84),
        ("kk-collective25.tsv", 1.0),
        ("kk-docnumbers25.tsv", 1.0),
        ("kk-times25.tsv", 0.9),
        ("kk-fractions25.tsv", 1.0),
        ("kk-addresses25.tsv", 0.96),
        ("kk-latinacronyms25.tsv", 1.0),
        ("kk-headings25.tsv", 0.95),
    ],
)
def test_case_file_scores_at_least(name: str, minimum: float, capsys: pytest.CaptureFixture[str]) -> None:
    ratio = scorer.score(scorer.read_cases(CASES / name), normalize)
    report = capsys.readouterr().out
    assert ratio >= minimum, report


def test_the_news_corpus_is_real_text_with_sources() -> None:
    passages = sorted((CASES / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in passages]
    sites = {t.split("\n", 1)[0].split("//", 1)[1].split("/", 1)[0].removeprefix("www.") for t in texts}
    assert all(t.startswith("# source: http") for t in texts)
    assert len(passages) >= 25 and len(sites) >= 10
    assert sum(len(t.split("\n", 1)[1]) for t in texts) >= 25_000
    assert len(scorer.read_cases(CASES / "kk-news.tsv")) >= 500


def test_fold_ignores_case_punctuation_hyphens_and_one_before_a_scale() -> None:
    assert scorer.fold("Бір мың  тоғыз-жүз, «ТОҚСАН»!") == "мың тоғыз жүз тоқсан"
    assert scorer.fold("үш мың бір жүз") == scorer.fold("үш мың жүз")
