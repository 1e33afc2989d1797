"""A newsroom's articles built in one run against one process per article, timed alternately, as JSON.

Usage: python bench/batch.py [--runs 3] [--articles 10]
The articles are real passages from the normaliser's corpus, a headline each; every build has its own empty cache,
so both ways synthesise everything.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "normalisation" / "corpus"


def articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    sources = sorted(CORPUS.glob("*.txt"), key=lambda p: p.stat().st_size)[:count]
    made = []
    for n, source in enumerate(sources, 1):
        headline, body = source.read_text(encoding="utf-8").split("\n", 1)[1].split("\n", 1)
        made.append(folder / f"{n:02d}.txt")
        made[-1].write_text(f"# {headline}\n{body}", encoding="utf-8")
    return made


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--articles", type=int, default=10)
    args = parser.parse_args()
    cli = [sys.executable, "-m", "tts_edition", "build", "--quiet"]
    batch, separate = [], []
    with tempfile.TemporaryDirectory(prefix="tts-edition-bench-batch-") as work:
        sources = articles(Path(work) / "desk", args.articles)
        for run in range(args.runs):  # alternating, so that the machine's load falls on both alike
            out = Path(work) / f"run-{run}"
            batch.append(timed([*cli, *map(str, sources), "--out-dir", str(out / "batch"), "--cache-dir", "none"]))
            separate.append(sum(timed([*cli, str(source), "--out", str(out / "separate" / source.stem),
                                       "--cache-dir", "none"]) for source in sources))  # fmt: skip
            shutil.rmtree(out)
    print(json.dumps({
        "benchmark": "batch", "articles": args.articles, "runs": args.runs,
        "one_run_seconds": round(statistics.median(batch), 2),
        "separate_runs_seconds": round(statistics.median(separate), 2),
        "ratio": round(statistics.median(b / s for b, s in zip(batch, separate, strict=True)), 3),
        "goal": "one run <= 0.6x separate runs",
    }))  # fmt: skip


if __name__ == "__main__":
    main()
