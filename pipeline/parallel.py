"""Worker processes for synthesis: each loads the voice once, and together they never oversubscribe.

ONNX Runtime already spreads one inference over every core, so N workers each get
cores // N intra-op threads: workers × threads = cores. Workers return finished results; only
the parent process writes files, so a failed or interrupted run leaves nothing behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pipeline.engines.base import TTSEngine
from pipeline.errors import SynthesisError

T = TypeVar("T")
R = TypeVar("R")

_worker_engine: Any = None
"""The engine of this worker process, set once by `_start_worker`."""


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, not just the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class WorkerPlan:
    """How synthesis is spread: worker processes, and ONNX threads in each."""

    workers: int
    """Processes; 1 means synthesis runs in this process."""
    threads: int | None
    """Intra-op threads per worker; None keeps the engine's default (all cores)."""


def plan(jobs: int, tasks: int, cores: int | None = None) -> WorkerPlan:
    """Choose workers and threads so that workers × threads = cores, never more.

    One task, or `jobs` 1, runs in this process with the engine's own threading: a worker
    process would only add the cost of loading the voice again.
    """
    cores = cores or available_cores()
    workers = max(1, min(jobs, tasks, cores))
    if workers == 1:
        return WorkerPlan(workers=1, threads=None)
    return WorkerPlan(workers=workers, threads=max(1, cores // workers))


def map_with_engine(
    function: Callable[[TTSEngine, T], R],
    items: Sequence[T],
    engine: TTSEngine,
    jobs: int,
) -> Iterator[tuple[int, R]]:
    """Apply `function(engine, item)` to every item, yielding (index, result) as each finishes.

    With one worker this runs here, in order, on `engine` itself. Otherwise each worker
    process gets a copy of the unloaded engine, set to its share of the threads, and loads
    the voice on its first item only.

    Raises:
        SynthesisError: a worker process died (for example, killed for lack of memory).
    """
    worker_plan = plan(jobs, len(items))
    if worker_plan.workers == 1:
        for index, item in enumerate(items):
            yield index, function(engine, item)
        return

    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    # forkserver, not fork: the parent may run threads (progress bars) that fork would copy
    # mid-lock; the server preloads our modules so each worker starts quickly.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([function.__module__, __name__])
    executor = ProcessPoolExecutor(
        max_workers=worker_plan.workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(engine, worker_plan.threads),
    )
    try:
        pending: dict[Future[R], int] = {
            executor.submit(_run, function, item): index for index, item in enumerate(items)
        }
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                index = pending.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool as error:
                    raise SynthesisError(
                        "a synthesis worker stopped unexpectedly",
                        hint="try fewer --jobs, or --jobs 1",
                    ) from error
                yield index, result
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _start_worker(engine: TTSEngine, threads: int | None) -> None:
    global _worker_engine
    if threads is not None and hasattr(engine, "threads"):
        engine.threads = threads
    _worker_engine = engine


def _run(function: Callable[[TTSEngine, T], R], item: T) -> R:
    return function(_worker_engine, item)
