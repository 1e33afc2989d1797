"""How many synthesis workers a build runs (`--jobs auto`), and how much memory its processes take.

Each engine has a measured profile (bench/): what one worker costs in memory beyond its model file, how many
times the model's size it holds, whether it renders faster with a worker per core or as one process whose engine
uses every core, and whether its workers are threads sharing one loaded voice. Workers are then the fewest of: the
cores, what fits in the memory available, and what the voice file allows. A build also needs files open at once, which
it asks for before anything starts (`check_open_files`).
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tts_edition.errors import system_error
from tts_edition.voice import Voice, model_file

MEMORY_SHARE = 0.7  # of MemAvailable that the workers may take
# Files a build holds open at once: the interpreter's and its libraries', the voice's data (espeak-ng opens its
# phoneme tables and dictionaries as it starts), the encoders' pipes and the files being written. Below this the
# build would fail somewhere along the way, where a voice library may first print errors of its own.
FEWEST_OPEN_FILES = 64


@dataclass(frozen=True)
class EngineProfile:
    worker_mb: int  # one worker's own memory: libraries, buffers, the longest sentence's activations
    model_copies: float  # the model file's size, times this, in each worker
    pool: bool  # faster with a worker per core; else one process with the engine's threads on every core
    thread_mb: int = 0  # if not 0, workers are threads of the build sharing the voice, each further one this much


# Measured on the sample article (bench/run.py): Piper with ONNX Runtime's intra-op threads matches a pool of two
# at half the memory. Coqui (torch) gives other samples with more than one torch thread, so each sentence runs on
# one, and a worker per core gives the speed: threads of the build sharing one loaded model, which decode at once
# (torch lets go of Python's lock in its operators). An MMS-size Coqui voice peaks near 1.4 GB alone (torch's
# libraries, three times the 139 MB model, one 500-frame decoder stretch); each further thread adds a sentence's
# buffers (300 MB for 13 s).
PROFILES = {
    "espeak-ng": EngineProfile(worker_mb=150, model_copies=0, pool=False),  # faster than the encoder already
    "piper": EngineProfile(worker_mb=250, model_copies=3, pool=False),
    "coqui": EngineProfile(worker_mb=1000, model_copies=3, pool=True, thread_mb=400),
}


@dataclass(frozen=True)
class JobsChoice:
    workers: int
    cores: int
    memory_available_mb: int | None
    worker_estimate_mb: int
    chosen_by: str  # "--jobs", "voice file", "engine", "cores" or "memory"
    threads: bool  # the workers are threads of the build sharing its voices, not processes

    def as_report(self) -> dict[str, Any]:
        return asdict(self)


def choose_jobs(voices: Sequence[Voice], requested: int = 0) -> JobsChoice:
    """`requested` workers, or with 0 (auto) as many as the cores, the memory and the narrator's engine make worth
    it; threads where every voice's engine can share one loaded voice between them, else processes."""
    cores = os.cpu_count() or 1
    available = memory_available_mb()
    narrator = voices[0]
    estimate = worker_estimate_mb(narrator)
    threads = all(_profile(voice).thread_mb for voice in voices)
    if requested:
        return JobsChoice(requested, cores, available, estimate, "--jobs", threads)
    profile = _profile(narrator)
    limits = {"cores": cores, "engine": cores if profile.pool else 1}
    if "default_jobs" in narrator.spec:
        limits["voice file"] = int(narrator.spec["default_jobs"])
    if available is not None:
        room = int(available * MEMORY_SHARE)
        limits["memory"] = 1 + (room - estimate) // profile.thread_mb if threads else room // estimate
    chosen_by = min(limits, key=lambda name: limits[name])
    return JobsChoice(max(1, limits[chosen_by]), cores, available, estimate, chosen_by, threads)


def _profile(voice: Voice) -> EngineProfile:
    return PROFILES.get(voice.engine, PROFILES["coqui"])


def worker_estimate_mb(voice: Voice) -> int:
    profile = _profile(voice)
    model_mb = model_file(voice).stat().st_size / 2**20 if profile.model_copies else 0.0
    return round(profile.worker_mb + profile.model_copies * model_mb)


def memory_available_mb(meminfo: Path = Path("/proc/meminfo")) -> int | None:
    """MemAvailable from the kernel, in MB; None where there is no /proc."""
    try:
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


class PeakMemory:
    """Within `with`, samples the summed RSS of this process and all its descendants (the pool's workers)."""

    def __init__(self, interval: float = 0.1) -> None:
        self.peak = 0  # bytes
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="peak memory", daemon=True)

    @property
    def peak_mb(self) -> int:
        return self.peak >> 20

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while True:
            self.peak = max(self.peak, sum(_rss_pages(pid) for pid in _tree(os.getpid())) * page)
            if self._stop.wait(self._interval):
                return


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:  # out of file descriptors (the build reports that), the tree is what could be read
            tasks = list(Path(f"/proc/{current}/task").glob("*/children"))
        except OSError:
            continue
        for task in tasks:
            try:
                todo += [int(child) for child in task.read_text().split()]
            except OSError:
                continue
    return pids


def _rss_pages(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0


def check_open_files() -> None:
    """Raise the soft limit on open files to FEWEST_OPEN_FILES when it is lower and the hard limit allows it; when
    the hard limit does not, refuse in one line before any voice starts."""
    try:
        import resource
    except ImportError:  # Windows sets no such limit
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= FEWEST_OPEN_FILES:
        return
    if hard == resource.RLIM_INFINITY or hard >= FEWEST_OPEN_FILES:
        resource.setrlimit(resource.RLIMIT_NOFILE, (FEWEST_OPEN_FILES, hard))
        return
    advice = f"raise the limit with `ulimit -n` to {FEWEST_OPEN_FILES} or more: it is {hard}"
    raise system_error(OSError(errno.EMFILE, os.strerror(errno.EMFILE)), advice=advice)
