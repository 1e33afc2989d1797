"""Where paragraphs are rendered: in this process (on one thread or several sharing its voices), a local process
pool, or Ray actors on a cluster.

Every executor yields results in the order of the jobs and keeps only a bounded number in flight, so memory
does not grow with the book however fast the workers are.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from tts_edition.errors import EditionError
from tts_edition.render import ParagraphJob, Rendered, Renderer, RenderSpec

EXECUTORS = ("local", "ray")
T = TypeVar("T")

_worker: Renderer | EditionError | None = None


def render_all(
    jobs: Sequence[ParagraphJob],
    spec: RenderSpec,
    workers: int,
    executor: str = "local",
    ray_address: str | None = None,
    threads: bool = False,
) -> Iterator[Rendered]:
    """The jobs rendered by `workers`: threads of this process sharing one renderer with `threads`, else processes."""
    if executor not in EXECUTORS:
        raise EditionError(f"unknown executor '{executor}' (choose from {', '.join(EXECUTORS)})")
    renderer = Renderer(spec)
    # No more workers than paragraphs to synthesise: after a small edit, starting a pool costs more than it saves.
    workers = min(workers, max(1, sum(not renderer.has_cached(job) for job in jobs)))
    if executor == "ray":
        return _ray(jobs, spec, workers, ray_address)
    if workers <= 1 or threads:
        return _on_threads(renderer, jobs, workers)
    return _pool(jobs, spec, workers)


def in_order(
    submit: Callable[[ParagraphJob], T], wait: Callable[[T], Rendered], jobs: Iterable[ParagraphJob], window: int
) -> Iterator[Rendered]:
    """Submit ahead up to `window` jobs; yield results in job order."""
    pending: deque[T] = deque()
    for job in jobs:
        pending.append(submit(job))
        if len(pending) >= window:
            yield wait(pending.popleft())
    while pending:
        yield wait(pending.popleft())


def _pool(jobs: Iterable[ParagraphJob], spec: RenderSpec, workers: int) -> Iterator[Rendered]:
    # spawn, not fork: the build has encoder threads running, and forking a threaded process is unsafe.
    context = multiprocessing.get_context("spawn")
    threads = max(1, (os.cpu_count() or 1) // workers)
    spec = dataclasses.replace(spec, voices=tuple(dataclasses.replace(v, threads=threads) for v in spec.voices))
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(spec,))
    try:
        yield from _in_order_on([pool], lambda job: pool.submit(_render_in_worker, job), jobs, workers)
    except BrokenProcessPool:
        raise EditionError("a synthesis worker died (out of memory?); run again with fewer --jobs") from None


def _on_threads(renderer: Renderer, jobs: Iterable[ParagraphJob], workers: int) -> Iterator[Rendered]:
    """`workers` threads voice paragraphs ahead while one more masters what they voiced, and this one measures and
    encodes what came before: the voice is not kept waiting while a paragraph is mastered."""
    voicing, mastering = ThreadPoolExecutor(workers, "synthesis"), ThreadPoolExecutor(1, "mastering")

    def submit(job: ParagraphJob) -> Future[Rendered]:
        voiced = voicing.submit(renderer.prepare, job)
        return mastering.submit(lambda: renderer.finish(voiced.result()))

    yield from _in_order_on([voicing, mastering], submit, jobs, workers)


def _in_order_on(
    pools: list[Executor],
    submit: Callable[[ParagraphJob], Future[Rendered]],
    jobs: Iterable[ParagraphJob],
    workers: int,
) -> Iterator[Rendered]:
    with contextlib.ExitStack() as stack:
        for pool in pools:
            stack.enter_context(pool)
        try:
            yield from in_order(submit, Future.result, jobs, 2 * workers + 2)
        except BaseException:
            for pool in pools:
                pool.shutdown(wait=False, cancel_futures=True)
            raise


def _start_worker(spec: RenderSpec) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the pool
    try:
        _worker = Renderer(spec)
    except EditionError as exc:  # raised from the first job instead: a failing initializer breaks the pool
        _worker = exc


def _render_in_worker(job: ParagraphJob) -> Rendered:
    if isinstance(_worker, EditionError):
        raise _worker
    assert _worker is not None
    return _worker.render(job)


def _ray(jobs: Iterable[ParagraphJob], spec: RenderSpec, workers: int, address: str | None) -> Iterator[Rendered]:
    try:
        import ray
    except ImportError:
        raise EditionError("the ray executor needs Ray: pip install 'tts-edition[ray]'") from None
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    actor_class = ray.remote(num_cpus=1)(_RayRenderer)
    actors = [actor_class.remote(spec) for _ in range(max(1, workers))]
    turns = itertools.cycle(actors)

    def submit(job: ParagraphJob) -> Any:
        return next(turns).render.remote(job)

    try:
        yield from in_order(submit, ray.get, jobs, 2 * len(actors) + 2)
    finally:
        for actor in actors:
            ray.kill(actor)
        if started_here:
            ray.shutdown()


class _RayRenderer:
    """A Ray actor holding one loaded voice."""

    def __init__(self, spec: RenderSpec) -> None:
        self.renderer = Renderer(spec)

    def render(self, job: ParagraphJob) -> Rendered:
        return self.renderer.render(job)
