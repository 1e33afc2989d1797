"""Speed and scale: the sentence cache, incremental rebuilds, the process pool, Ray actors, progress."""

import json
import multiprocessing
import os
import pty
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from tests.conftest import BOOK, ROOT, run_cli
from tests.test_voices import standin_voice
from tts_edition import build_edition, jobs
from tts_edition.audio.encode import decode
from tts_edition.audio.mp3 import CACHE_LAYOUT
from tts_edition.cache import ClipCache, parse_size, prune
from tts_edition.engines.base import Clip, WordTiming
from tts_edition.jobs import choose_jobs
from tts_edition.timing.index import paragraphs
from tts_edition.voice import load_voice

EDITED = BOOK.replace("Ортаңғы тарау.", "Ортаңғы тарау өзгертілді.")


def book(folder: Path, text: str = BOOK) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "book.md").write_text(text, encoding="utf-8")
    return folder / "book.md"


def report(build: Path) -> dict:
    return json.loads((build / "report.json").read_text(encoding="utf-8"))


def timings(build: Path) -> list[tuple[str, float, float]]:
    index = json.loads((build / "index.json").read_text(encoding="utf-8"))
    return [(p["id"], p["start"], p["end"]) for p in paragraphs(index)]


def test_cache_round_trip_is_exact_and_verified(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    samples = (np.sin(np.arange(22050) / 7) * 0.5).astype(np.float32)
    stored = cache.put("ab" * 32, Clip(samples, 22050, [WordTiming("сөз", 10, 900)], True))
    again = cache.get("ab" * 32)
    assert again is not None and np.array_equal(again.samples, stored.samples)
    assert np.max(np.abs(stored.samples - samples)) < 2**-23
    assert again.words == [WordTiming("сөз", 10, 900)] and again.words_estimated
    flac = next(tmp_path.rglob("*.flac"))
    data = bytearray(flac.read_bytes())
    data[len(data) // 2] ^= 0xFF
    flac.write_bytes(bytes(data))
    assert cache.get("ab" * 32) is None  # a damaged entry is a miss, never bad audio
    assert cache.get("cd" * 32) is None


def test_a_corrupt_entry_is_synthesised_again(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    source = book(tmp_path / "src")
    build_edition(source, tmp_path / "a", cache_dir=cache_dir, quiet=True)
    entries = sorted(cache_dir.rglob("*.flac"))
    entries[0].write_bytes(b"not audio")
    for flac in entries[1:]:  # one flipped byte in each of the others
        data = bytearray(flac.read_bytes())
        data[len(data) // 2] ^= 0x01
        flac.write_bytes(bytes(data))
    build_edition(source, tmp_path / "b", cache_dir=cache_dir, quiet=True)
    sentences = report(tmp_path / "a")["sentences"]
    assert report(tmp_path / "b")["cache"] == {"hits": 0, "misses": sentences}
    assert run_cli("check", str(tmp_path / "b")).returncode == 0


def test_incremental_rebuild_synthesises_only_the_edited_paragraph(tmp_path: Path) -> None:
    cache_dir, out = tmp_path / "cache", tmp_path / "out"
    build_edition(book(tmp_path / "src"), out, cache_dir=cache_dir, quiet=True)
    before = timings(out)
    clip_bytes = {p.name: p.read_bytes() for p in (out / "clips").glob("*.mp3")}
    edition_before = decode(out / "out.mp3")
    build_edition(book(tmp_path / "src", EDITED), out, cache_dir=cache_dir, quiet=True)
    after = timings(out)
    rebuilt = report(out)
    assert rebuilt["cache"]["misses"] == 1  # "Ортаңғы тарау өзгертілді." is the only new sentence
    assert rebuilt["clips"] == {"cut_from_edition": len(after), "encoded": 0, "reused": 0}
    assert rebuilt["mp3_stretches"]["encoded"] == 1  # the edition's other frames are spliced in as they were
    edited_from = round(next(a[1] for a in after if a[0] == "c02-p002") * 22050) - 1152
    assert np.array_equal(decode(out / "out.mp3")[:edited_from], edition_before[:edited_from])
    changed = [a[0] for a, b in zip(after, before, strict=True) if abs((a[2] - a[1]) - (b[2] - b[1])) > 0.0015]
    assert changed == ["c02-p002"]
    for name, data in clip_bytes.items():
        if name != "c02-p002.mp3":
            assert (out / "clips" / name).read_bytes() == data
    assert run_cli("check", str(out)).returncode == 0  # edition, clips, chapters and index agree


def test_a_rebuild_with_every_format_encodes_only_what_changed(tmp_path: Path) -> None:
    """Unchanged: nothing is encoded or muxed and the M4B and FLAC stay in place; the M4B is muxed again when the
    cache does not remember it (to the same bytes); one paragraph edited: one stretch of each spliced file and one
    Opus clip are encoded, and the M4B muxed."""
    cache_dir, out, formats = tmp_path / "cache", tmp_path / "out", "m4b,flac,opus"
    build_edition(book(tmp_path / "src"), out, cache_dir=cache_dir, formats=formats, quiet=True)
    assert report(out)["m4b"] == "muxed"
    written = {name: (out / name).stat() for name in ("out.m4b", "out.flac")}

    def in_place(name: str) -> bool:
        after = (out / name).stat()
        return (after.st_ino, after.st_mtime_ns) == (written[name].st_ino, written[name].st_mtime_ns)

    build_edition(book(tmp_path / "src"), out, cache_dir=cache_dir, formats=formats, quiet=True)
    again = report(out)
    assert [again[f"{kind}_stretches"]["encoded"] for kind in ("mp3", "aac", "flac")] == [0, 0, 0]
    assert again["clips"]["encoded"] == 0 and again["m4b"] == "kept"
    assert in_place("out.m4b") and in_place("out.flac")
    (remembered,) = (cache_dir / "m4b-v1").iterdir()
    remembered.write_text("0" * 64 + "\n")  # what another M4B would hash to
    build_edition(book(tmp_path / "src"), out, cache_dir=cache_dir, formats=formats, quiet=True)
    assert report(out)["m4b"] == "muxed" and in_place("out.m4b")
    build_edition(book(tmp_path / "src", EDITED), out, cache_dir=cache_dir, formats=formats, quiet=True)
    edited = report(out)
    assert [edited[f"{kind}_stretches"]["encoded"] for kind in ("mp3", "aac", "flac")] == [1, 1, 1]
    assert edited["m4b"] == "muxed"
    assert (edited["clips"]["encoded"], edited["clips"]["reused"]) == (1, len(timings(out)) - 1)
    assert run_cli("check", str(out)).returncode == 0


def test_process_pool_gives_the_same_edition_as_one_process(tmp_path: Path) -> None:
    source = book(tmp_path / "src")
    build_edition(source, tmp_path / "one", jobs=1, cache_dir=tmp_path / "c1", quiet=True)
    build_edition(source, tmp_path / "two", jobs=2, cache_dir=tmp_path / "c2", quiet=True)
    one, two = timings(tmp_path / "one"), timings(tmp_path / "two")
    assert [p[0] for p in one] == [p[0] for p in two]
    # espeak-ng's wave phase runs on between utterances, so a trimmed edge can move by a sample or two with
    # what the process spoke before; the cache then makes every later build exact.
    assert np.allclose([p[2] - p[1] for p in one], [p[2] - p[1] for p in two], atol=0.0025)
    build_edition(source, tmp_path / "warm", jobs=2, cache_dir=tmp_path / "c1", quiet=True)
    assert timings(tmp_path / "warm") == one


def test_ray_actors_give_the_local_executors_index(tmp_path: Path) -> None:
    import ray  # the [ray] extra, which `make test` installs

    source = book(tmp_path / "src")
    build_edition(source, tmp_path / "local", jobs=2, cache_dir=tmp_path / "shared", quiet=True)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        build_edition(source, tmp_path / "ray-fresh", executor="ray", jobs=2, cache_dir=tmp_path / "own", quiet=True)
        build_edition(source, tmp_path / "ray-warm", executor="ray", jobs=2, cache_dir=tmp_path / "shared", quiet=True)
    finally:
        ray.shutdown()
    local, fresh = timings(tmp_path / "local"), timings(tmp_path / "ray-fresh")
    assert [p[0] for p in fresh] == [p[0] for p in local]
    assert np.allclose([p[2] - p[1] for p in fresh], [p[2] - p[1] for p in local], atol=0.0025)
    assert report(tmp_path / "ray-fresh")["cache"]["hits"] == 0
    assert timings(tmp_path / "ray-warm") == local  # actors read the cache the local build wrote
    assert report(tmp_path / "ray-warm")["cache"]["misses"] == 0


def test_progress_bar_on_a_terminal_and_silence_otherwise(tmp_path: Path) -> None:
    source = book(tmp_path / "src")
    piped = run_cli("build", str(source), "--out", str(tmp_path / "piped"))
    assert piped.returncode == 0 and piped.stderr == ""
    leader, follower = pty.openpty()
    command = [sys.executable, "-m", "tts_edition", "build", str(source), "--out", str(tmp_path / "tty")]
    env = {**os.environ, "COLUMNS": "160", "TERM": "xterm"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower, cwd=ROOT, env=env) as process:
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        process.wait()
    os.close(leader)
    assert process.returncode == 0
    assert b"paragraphs" in shown and b"RTF" in shown
    quiet = run_cli("build", str(source), "--out", str(tmp_path / "quiet"), "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_cache_prune_keeps_the_most_recently_used(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    for n in range(6):
        cache.put(f"{n:02d}" * 32, Clip(np.random.default_rng(n).normal(0, 0.1, 22050).astype(np.float32), 22050))
        os.utime(next(tmp_path.rglob(f"{n:02d}{n:02d}*.json")), (1000 + n, 1000 + n))
    stretch = tmp_path / CACHE_LAYOUT / "ab" / ("ab" * 32 + ".mp3")  # an encoded MP3 stretch, used long ago
    stretch.parent.mkdir(parents=True)
    stretch.write_bytes(bytes(50_000))
    os.utime(stretch, (999, 999))
    cache.get("00" * 32)  # used just now
    size = sum(f.stat().st_size for f in tmp_path.rglob("*") if f.is_file())
    result = prune(tmp_path, size // 2)
    assert result.kept_bytes <= size // 2 and result.removed >= 3 and not stretch.exists()
    assert cache.get("00" * 32) is not None and cache.get("01" * 32) is None
    cli = run_cli("cache", "prune", "--max-size", "0", "--cache-dir", str(tmp_path))
    assert cli.returncode == 0 and "kept 0" in cli.stdout
    assert parse_size("1.5GB") == int(1.5 * (1 << 30)) and parse_size("500MB") == 500 << 20
    assert run_cli("cache", "prune", "--max-size", "lots").returncode == 2


def test_bad_jobs_and_executor_are_one_line(tmp_path: Path) -> None:
    source = book(tmp_path / "src")
    for flags in (["--jobs", "-1"], ["--jobs", "many"], ["--executor", "slurm"]):
        result = run_cli("build", str(source), "--out", str(tmp_path / "x"), *flags)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert not (tmp_path / "x" / "index.json").exists()
    shutil.rmtree(tmp_path / "x", ignore_errors=True)


def test_auto_jobs_follow_the_engine_the_cores_and_the_free_memory(tmp_path: Path, monkeypatch) -> None:
    model = tmp_path / "G_100000.pth"
    with model.open("wb") as file:
        file.truncate(100 << 20)  # 100 MB, sparse
    (tmp_path / "v.toml").write_text(f'id = "v"\nengine = "coqui"\n[model]\npath = "{model}"\n', encoding="utf-8")
    coqui = load_voice(tmp_path / "v.toml")
    (tmp_path / "meminfo").write_text("MemTotal:  8000000 kB\nMemAvailable:  2048000 kB\n")
    assert jobs.memory_available_mb(tmp_path / "meminfo") == 2000
    monkeypatch.setattr(jobs.os, "cpu_count", lambda: 8)
    monkeypatch.setattr(jobs, "memory_available_mb", lambda: 100_000)
    assert (choose_jobs([coqui]).workers, choose_jobs([coqui]).chosen_by) == (8, "cores")
    monkeypatch.setattr(jobs, "memory_available_mb", lambda: 4000)  # one voice of 1000 + 3 × 100 MB, 400 a thread
    assert (choose_jobs([coqui]).workers, choose_jobs([coqui]).chosen_by) == (4, "memory")
    monkeypatch.setattr(jobs, "memory_available_mb", lambda: 500)
    assert choose_jobs([coqui]).workers == 1  # one, however little is free
    assert choose_jobs([coqui], 3).workers == 3  # --jobs 3
    espeak = load_voice()
    assert choose_jobs([espeak]).workers == 1  # espeak-ng outruns the encoder in one process
    # Coqui's workers are threads sharing its model; a cast with a voice that cannot be shared runs processes.
    assert choose_jobs([coqui], 3).threads and not choose_jobs([espeak], 3).threads
    assert not choose_jobs([coqui, espeak], 3).threads


def _heap_round_trip() -> dict[str, int]:
    """In a fresh process: memory kept by a neural engine's malloc settings, faults on reuse, and after release."""
    import resource

    from tts_edition.engines.base import hold_freed_memory, release_freed_memory

    def rss_mb() -> int:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20

    def faults_making_tensors() -> int:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        tensors = [np.ones(1 << 20, np.float32) for _ in range(64)]  # 64 buffers of 4 MB, like a sentence's
        del tensors
        return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before

    hold_freed_memory()
    start = rss_mb()
    first = faults_making_tensors()
    held = rss_mb() - start
    again = faults_making_tensors()
    release_freed_memory()
    return {"first": first, "again": again, "held": held, "released": rss_mb() - start}


def in_a_fresh_process(function: Callable[..., dict], *arguments: str) -> dict:
    """`function(*arguments)` in a new process: glibc's malloc settings are a process's own."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(function, *arguments).result()


def test_coqui_workers_reuse_freed_buffers_within_a_sentence_and_give_them_back_after() -> None:
    heap = in_a_fresh_process(_heap_round_trip)
    assert heap["first"] >= 256 * 1024 // 64  # 256 MB paged in (the kernel may map a few pages a fault)
    assert heap["held"] >= 250  # freed, but kept for the next tensors
    assert heap["again"] < heap["first"] // 20  # which find their pages already there
    assert heap["released"] < 20  # and after the sentence the system has them back


LONG_SENTENCE = (
    "Қазақстан Республикасының Президенті мемлекеттік қызметшілердің жұмысын жақсарту, экономиканы әртараптандыру "
    "және азаматтардың әл-ауқатын арттыру жөніндегі жаңа бағдарламаның негізгі бағыттарын атап өтті."
)


def _piper_page_faults(voice_file: str) -> dict[str, object]:
    """In a fresh process: a Piper engine's session options, and the minor page faults of each of three times
    it speaks the same long sentence."""
    import resource

    from tts_edition.engines.piper import PiperEngine

    engine = PiperEngine(load_voice(voice_file))
    options = engine._voice.session.get_session_options()
    faults = []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        engine.synthesize(LONG_SENTENCE)
        faults.append(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
    return {"faults": faults, "arena": options.enable_cpu_mem_arena, "patterns": options.enable_mem_pattern}


def test_piper_runs_as_its_package_ships_it_and_speaks_in_the_pages_it_has(tmp_path: Path) -> None:
    """ONNX Runtime's arena and memory patterns stay on, glibc's malloc at its defaults: a sentence's tensors find
    their pages already there. Giving each freed buffer of 1 MB or more back to the system paged them in anew each
    time (300,000 faults for this sentence; 17.8 M for the sample build, which took 1.74x the bare PiperVoice)."""
    piper = in_a_fresh_process(_piper_page_faults, str(standin_voice(tmp_path)))
    assert piper["arena"] and piper["patterns"]
    first, *again = piper["faults"]
    assert first > 10_000  # 40 MB and more of activations
    assert again[-1] < first // 100
