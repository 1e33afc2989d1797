import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "examples" / "baq-kz-2025-11-11-tokayev-article.txt"


def run_cli(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    """The installed command, as a user runs it."""
    command = [sys.executable, "-m", "tts_edition", *args]
    return subprocess.run(command, capture_output=True, text=True, check=check, cwd=ROOT)


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("editions") / "sample"
    run_cli("build", str(SAMPLE), "--out", str(out), check=True)
    return out


@pytest.fixture
def sample_copy(sample_build: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "sample"
    shutil.copytree(sample_build, copy)
    return copy
