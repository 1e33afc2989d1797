"""Time the Kazakh normaliser on the sample article, as one JSON line on stdout.

`first_call_ms` includes loading the abbreviation table and the hunspell-kk dictionary; `article_ms` is the median
of the following runs over every sentence of the article (the budget is 50 ms). `peak_rss_mb` is this process's
peak resident memory after the runs, beside `bare_python_rss_mb`, the same interpreter's with nothing imported.
Usage: python bench/normalize.py [--runs 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tts_edition.ingest import read
from tts_edition.normalize import normalize
from tts_edition.normalize.capitals import known_word

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "baq-kz-2025-11-11-tokayev-article.txt"


def _peak_rss_kb(status: str) -> int:
    """Peak resident memory (VmHWM) from a Linux /proc/<pid>/status text."""
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))


def _bare_python_peak_rss_kb() -> int:
    """The same interpreter's peak resident memory with nothing imported: the floor the normaliser adds to."""
    code = "import sys; sys.stdout.write(open('/proc/self/status').read())"
    return _peak_rss_kb(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    sentences = [s.text for p in read(SAMPLE).paragraphs() for s in p.sentences]

    def run() -> float:
        start = time.perf_counter()
        for sentence in sentences:
            normalize(sentence)
        return (time.perf_counter() - start) * 1000

    first = run()
    times = [run() for _ in range(args.runs)]
    print(json.dumps({
        "benchmark": "normalize-sample-article",
        "sentences": len(sentences),
        "characters": sum(map(len, sentences)),
        "hunspell_kk": known_word("және") is not None,
        "first_call_ms": round(first, 1),
        "article_ms": round(statistics.median(times), 2),
        "article_ms_max": round(max(times), 2),
        "peak_rss_mb": round(_peak_rss_kb(Path("/proc/self/status").read_text()) / 1024, 1),
        "bare_python_rss_mb": round(_bare_python_peak_rss_kb() / 1024, 1),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
