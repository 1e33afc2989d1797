"""A newsroom's day in one run: ten real articles (Cyrillic, Latin and Arabic-script Kazakh) each built as its own
edition, the same bytes as ten separate builds; an unchanged article is not built again; one failure is one line."""

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, edition_files, run_cli, shared_build
from tts_edition.batch import slug

CORPUS = ROOT / "tests" / "normalisation" / "corpus"
SCRIPTS = ROOT / "tests" / "data" / "scripts"
# Real articles (their sources are the first line of each file), the headline first.
CYRILLIC = [
    "7kun-kz-aqyly-avtojol", "turkystan-kz-soltustik-makedoniia", "elordainfo-kz-2024-11-18-ayyppul",
    "smi24-kz-dollar-qymbattady", "24-kz-qantar-800-myn-sharshy-metr", "silkwaytv-kz-usaid-jana-joba",
    "qazaquni-kz-shagyn-futbol", "qaz365-kz-ait-namazy-neshede",
]  # fmt: skip
OTHER_SCRIPTS = [("qazaqtimes.lat", "Qazaq Times"), ("abai-tote.arab", "انا ءتىلىمىزدى قورعايىق!")]


def without_source(text: str) -> str:
    return text.split("\n", 1)[1]


def _write_newsroom_and_build_it(folder: Path) -> None:
    """Ten articles as a news site keeps them (a file each, the headline as its first heading) in `articles`, built
    in one run into `news`; what the run printed in `printed.txt`."""
    desk = folder / "articles"
    desk.mkdir()
    for n, name in enumerate(CYRILLIC, 1):
        headline, body = without_source((CORPUS / f"{name}.txt").read_text(encoding="utf-8")).split("\n", 1)
        (desk / f"{n:02d}-{name}.txt").write_text(f"# {headline}\n{body}", encoding="utf-8")
    for n, (name, headline) in enumerate(OTHER_SCRIPTS, len(CYRILLIC) + 1):
        body = without_source((SCRIPTS / f"{name}.txt").read_text(encoding="utf-8"))
        (desk / f"{n:02d}-{name}.txt").write_text(f"# {headline}\n{body}", encoding="utf-8")
    result = run_cli("build", str(desk), "--each", "--out-dir", str(folder / "news"), "--cache-dir", str(folder / "c"))
    assert result.returncode == 0, result.stdout + result.stderr
    (folder / "printed.txt").write_text(result.stdout, encoding="utf-8")


@pytest.fixture(scope="session")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_build(tmp_path_factory, "newsroom", _write_newsroom_and_build_it) / "articles"


@pytest.fixture(scope="session")
def batch(newsroom: Path) -> tuple[Path, list[str]]:
    return newsroom.parent / "news", (newsroom.parent / "printed.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.long
def test_ten_articles_in_one_run_are_ten_editions_named_by_their_headlines(batch: tuple[Path, list[str]]) -> None:
    _, lines = batch
    assert lines[-1] == "built 10, unchanged 0, failed 0"
    folders = [line.split(maxsplit=1)[1] for line in lines[:-1]]
    assert all(line.startswith("built ") for line in lines[:-1]) and len(set(folders)) == 10
    assert (
        Path(folders[0]).name
        == slug("Қазақстанда тағы бір автожол ақылы болмақ")
        == ("qazaqstanda-tagy-bir-avtozhol-aqyly-bolmaq")
    )
    for folder in map(Path, folders):
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        assert (folder / f"{folder.name}.mp3").is_file() and index["title"] != folder.name
        assert run_cli("check", str(folder)).returncode == 0
    scripts = {json.loads((Path(f) / "index.json").read_text(encoding="utf-8"))["script"] for f in folders}
    assert scripts == {"cyrillic", "latin", "arabic"}


def test_a_batch_gives_the_bytes_of_separate_builds(
    batch: tuple[Path, list[str]], newsroom: Path, tmp_path: Path
) -> None:
    _, lines = batch
    folders = [Path(line.split(maxsplit=1)[1]) for line in lines[:-1]]
    for source, folder in zip(sorted(newsroom.iterdir())[:3], folders[:3], strict=True):
        own = tmp_path / "separate" / folder.name
        result = run_cli("build", str(source), "--out", str(own), "--cache-dir", str(tmp_path / "own-cache"))
        assert result.returncode == 0, result.stderr
        strip = lambda files: {k: v for k, v in files.items() if k != "report.json"}  # noqa: E731
        assert strip(edition_files(own)) == strip(edition_files(folder))


def test_an_unchanged_article_is_not_built_again(batch: tuple[Path, list[str]], newsroom: Path, tmp_path: Path) -> None:
    desk = tmp_path / "articles"
    shutil.copytree(newsroom, desk)
    out = tmp_path / "news"
    shutil.copytree(batch[0], out)  # the editions of the first run, moved with their records
    times = {p: p.stat().st_mtime_ns for p in out.rglob("*.mp3")}
    edited = sorted(desk.iterdir())[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nСоңғы абзац қосылды.\n", encoding="utf-8")
    result = run_cli("build", str(desk), "--each", "--out-dir", str(out), "--cache-dir", str(newsroom.parent / "c"))
    assert result.returncode == 0, result.stderr
    statuses = [line.split()[0] for line in result.stdout.splitlines()[:-1]]
    assert statuses == ["unchanged", "built", *["unchanged"] * 8] and result.stdout.splitlines()[-1] == (
        "built 1, unchanged 9, failed 0"
    )
    rebuilt = Path(result.stdout.splitlines()[1].split(maxsplit=1)[1])
    assert {p for p, t in times.items() if p.stat().st_mtime_ns != t} <= set(rebuilt.rglob("*.mp3"))
    assert run_cli("check", str(rebuilt)).returncode == 0


def test_a_failed_article_is_one_line_and_the_others_are_built(tmp_path: Path) -> None:
    desk = tmp_path / "articles"
    desk.mkdir()
    (desk / "a.txt").write_text("# Бірінші жаңалық\nБүгін жаңбыр жауды.\n", encoding="utf-8")
    (desk / "b.docx").write_bytes(b"not a word document")
    (desk / "c.txt").write_text("# Бірінші жаңалық\nЕртең күн ашық болады.\n", encoding="utf-8")  # the same title
    result = run_cli("build", str(desk / "a.txt"), str(desk / "b.docx"), str(desk / "c.txt"), "--out-dir",
                     str(tmp_path / "news"), "--cache-dir", "none")  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"built     {tmp_path / 'news' / 'birinshi-zhanalyq'}"
    assert lines[1].startswith("failed    ") and "b.docx: not a readable Word document" in lines[1]
    assert lines[2] == f"built     {tmp_path / 'news' / 'birinshi-zhanalyq-2'}" and lines[3] == (
        "built 2, unchanged 0, failed 1"
    )
    assert sorted(p.name for p in (tmp_path / "news").iterdir()) == ["birinshi-zhanalyq", "birinshi-zhanalyq-2"]


def test_several_inputs_need_an_out_dir_not_an_out(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Сәлем.\n", encoding="utf-8")
    result = run_cli("build", str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), "--out", str(tmp_path / "x"))
    assert result.returncode == 2 and "several inputs go to --out-dir" in result.stderr
