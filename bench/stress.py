"""Run a pytest selection again and again while another build loads the CPU; count passes and failures.

Usage: python bench/stress.py [--runs 20] [--load SOURCE] -- PYTEST-ARGS…
e.g.   python bench/stress.py --runs 20 -- tests/test_reproducible.py
Exits 1 if any run failed. The load is a build of SOURCE (the sample article by default) with a fresh cache,
started again each time it finishes, so it synthesises, masters and encodes the whole time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "baq-kz-2025-11-11-tokayev-article.txt"


class Load:
    """Builds `source` over and over in the background until stopped."""

    def __init__(self, source: Path, work: Path) -> None:
        self.source, self.work = source, work
        self.builds = 0
        self._stop = threading.Event()
        self._process: subprocess.Popen[bytes] | None = None
        self._thread = threading.Thread(target=self._run, name="load", daemon=True)

    def __enter__(self) -> Load:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._process is not None:
            self._process.kill()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            out = Path(tempfile.mkdtemp(dir=self.work))
            command = [sys.executable, "-m", "tts_edition", "build", str(self.source), "--out", str(out / "edition")]
            self._process = subprocess.Popen(
                [*command, "--cache-dir", str(out / "cache"), "--quiet"],
                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            self.builds += self._process.wait() == 0


def run_once(pytest_args: list[str]) -> tuple[bool, float, str]:
    """One pytest run: (passed, seconds, its last lines)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *pytest_args],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    tail = "\n".join(done.stdout.strip().splitlines()[-12:])
    return done.returncode == 0, time.perf_counter() - started, tail


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20, help="how many times to run the selection")
    parser.add_argument("--load", type=Path, default=SAMPLE, help="the input the background build reads")
    parser.add_argument("pytest_args", nargs="+", help="what pytest runs (after --)")
    args = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="tts-edition-stress-") as work, Load(args.load, Path(work)) as load:
        for run in range(1, args.runs + 1):
            passed, seconds, tail = run_once(args.pytest_args)
            failures += not passed
            print(f"run {run}/{args.runs}: {'pass' if passed else 'FAIL'} in {seconds:.1f} s", flush=True)
            if not passed:
                print(tail, flush=True)
        builds = load.builds
    print(f"{args.runs - failures} passed, {failures} failed, of {args.runs} runs; {builds} load builds finished")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
