"""Worker processes for synthesis: each loads the voice once, and together they never oversubscribe.

ONNX Runtime already spreads one inference over every core, so N workers each get
cores // N intra-op threads: workers × threads = cores. Workers return finished results; only
the parent process writes files, so a failed or interrupted run leaves nothing behind.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, TypeVar, cast

from pipeline.engines.base import TTSEngine
from pipeline.errors import SynthesisError

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")


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


WORKER_MEMORY_MB: Final = 600
"""What one synthesis worker may hold: Python, the voice and ONNX Runtime's buffers (320-340 MB
measured with the default voice), with a margin. Automatic worker counts never exceed what fits."""


def default_workers(cores: int | None = None) -> int:
    """Workers when the user does not say: one per core, as many as the free memory holds.

    Measured on two cores, two single-threaded voices speak 1.2× faster than one voice on two
    ONNX Runtime threads (see the README), so a worker per core is the fastest plan.
    """
    cores = cores or available_cores()
    available = _available_memory_mb()
    if available is None:
        return cores
    return max(1, min(cores, available // WORKER_MEMORY_MB))


def _available_memory_mb() -> int | None:
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


_RUNTIMES: Final = ("onnxruntime", "piper")
"""Modules the forkserver imports for every worker when installed (an import error is ignored)."""


class SynthesisPool:
    """Worker processes that each load the voice once and speak whole clips.

    Start it early and `warm` it: process start-up, imports and voice loading (about a second
    per worker) then happen while this process runs the text stages, not after them.
    Only this process writes files; workers return finished results.
    """

    def __init__(
        self, workers: int, cores: int | None = None, warm: TTSEngine | None = None
    ) -> None:
        import multiprocessing
        import threading
        from concurrent.futures import ProcessPoolExecutor

        self.workers = max(1, workers)
        self.voice = warm
        """The engine the workers load as they start, when the caller named one."""
        self.threads = max(1, (cores or available_cores()) // self.workers)
        # forkserver, not fork: the parent may run threads (progress bars) that fork would
        # copy mid-lock. The server imports our modules and the voice's runtime once, and
        # every worker forks with them in place: one import for all, their pages shared.
        # The start-up thread starts the server (`start_forkserver`), away from the caller.
        self._preload = ["pipeline.stages.speak", __name__, *_RUNTIMES]
        context = multiprocessing.get_context("forkserver")
        self._executor = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(self.threads, os.getpid()),
        )
        self._started: dict[tuple[object, bytes, object], Future[object]] = {}
        """Work sent by `start` and not yet claimed by `map`, by function, engine and item."""
        self._start_error: BaseException | None = None
        # The first request forks the workers, and waits until the forkserver has imported
        # the runtimes (0.25 to 0.5 s): a thread waits for it while this process reads the
        # statement. Nothing else touches the executor until `_ready` has joined the thread.
        self._starting = threading.Thread(
            target=self._start, args=(warm,), name="plainvoice-pool-start", daemon=True
        )
        self._starting.start()

    def _start(self, engine: TTSEngine | None) -> None:
        try:
            start_forkserver(self._preload)
            if engine is None:
                for _ in range(self.workers):
                    self._executor.submit(_prime)
            else:
                self._submit_warm(engine)
        except BaseException as error:  # raised again by `_ready`, in the caller's thread
            self._start_error = error

    def _ready(self) -> None:
        """Wait for the start-up thread; raise here what it met."""
        self._starting.join()
        if self._start_error is not None:
            error, self._start_error = self._start_error, None
            raise error

    def warm(self, engine: TTSEngine) -> None:
        """Start every worker and load the engine's voice in each, without waiting."""
        self._ready()
        self._submit_warm(engine)

    def _submit_warm(self, engine: TTSEngine) -> None:
        frozen = pickle.dumps(engine)
        for _ in range(self.workers):
            self._executor.submit(_warm, frozen)

    def start(
        self, function: Callable[[TTSEngine, T], R], items: Sequence[T], engine: TTSEngine
    ) -> None:
        """Send work before the run asks for it, so the workers are not idle meanwhile.

        The build sends a statement's original speech while this process still writes the
        plain version; a later `map` with the same function, engine and item takes the result
        instead of sending the item again. Work never claimed is cancelled with the pool.
        """
        self._ready()
        frozen = pickle.dumps(engine)
        for item in items:
            key = (function, frozen, item)
            if key not in self._started:
                self._started[key] = self._executor.submit(_run, function, frozen, item)

    def map(
        self, function: Callable[[TTSEngine, T], R], items: Sequence[T], engine: TTSEngine
    ) -> Iterator[tuple[int, R]]:
        """Send `function(engine, item)` for every item to the workers at once.

        Items already sent by `start` are not sent again. The iterator returned yields
        (index, result) as each item finishes.

        Raises:
            SynthesisError: a worker process died (for example, killed for lack of memory).
        """
        self._ready()
        frozen = pickle.dumps(engine)
        pending: dict[Future[R], int] = {}
        for index, item in enumerate(items):
            started = self._started.pop((function, frozen, item), None)
            future = started or self._executor.submit(_run, function, frozen, item)
            pending[cast("Future[R]", future)] = index
        return _as_finished(pending)

    def close(self) -> None:
        """Stop the workers once they are idle (every result has been taken)."""
        self._starting.join()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def abort(self) -> None:
        """Stop the workers now, mid-clip: after an error or Ctrl-C nothing they make is used."""
        self._starting.join()
        stop_now(self._executor)

    def __enter__(self) -> SynthesisPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


def _as_finished(pending: dict[Future[R], int]) -> Iterator[tuple[int, R]]:
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    # Work left when the caller stops early is cancelled by the pool's `close` or `abort`,
    # never here: a future cancelled in this thread while the executor's own thread marks
    # every pending future of a broken pool (a worker killed, or ended by Ctrl-C) made that
    # thread raise InvalidStateError, a traceback printed after the "interrupted" line.
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            index = pending.pop(future)
            try:
                result = future.result()
            except BrokenProcessPool as error:
                raise worker_died() from error
            yield index, result


def worker_died() -> SynthesisError:
    """The error for a worker process that died mid-task (often killed for lack of memory).

    One wording for `run --jobs` and `batch`: the pool cannot say which task killed it.
    """
    return SynthesisError(
        "a synthesis worker stopped unexpectedly", hint="try fewer --jobs, or --jobs 1"
    )


def start_forkserver(preload: Sequence[str]) -> None:
    """Start the forkserver, if not yet running, with Ctrl-C blocked in it and its workers.

    A Ctrl-C in a terminal signals every process of the run. The forkserver ignores SIGINT
    only once its imports are done, and workers take Python's handler back: a Ctrl-C then
    printed a KeyboardInterrupt traceback from the server or from each idle worker, and a
    worker that died of it broke the pool. The parent alone handles an interruption (it
    stops its workers with `stop_now`), so the server starts from a thread that blocks
    SIGINT; the server and every worker it forks inherit the blocked signal.
    """
    import signal
    from multiprocessing import forkserver, resource_tracker

    forkserver.set_forkserver_preload(list(preload))
    # The server starts the resource tracker first, which unblocks SIGINT on its way out.
    resource_tracker.ensure_running()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def ignore_interrupts() -> None:
    """A worker's initializer: Ctrl-C is the parent's to handle (see `start_forkserver`).

    For a forkserver that something else started without SIGINT blocked.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def stop_now(executor: ProcessPoolExecutor) -> None:
    """Stop a process pool's workers mid-task, after an error or Ctrl-C, and wait for its thread.

    The executor has no public way to stop busy workers before Python 3.14. Its management
    thread is joined too: left running, it closed its wake-up pipe while the interpreter's
    exit wrote to it ("Exception ignored ... OSError: [Errno 9] Bad file descriptor").
    """
    processes = list((getattr(executor, "_processes", None) or {}).values())
    manager = getattr(executor, "_executor_manager_thread", None)
    results = getattr(executor, "_result_queue", None)  # shutdown forgets these three
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)
    if all(process.exitcode is not None for process in processes):
        # A worker stopped while it sent a result (whole MP3s, so often) left the thread
        # waiting for the rest of the message: the interpreter's exit then waited for that
        # thread forever. With every worker gone, this process holds the results pipe's only
        # writing end; closing it ends that wait, and the thread finds the pool broken.
        writer = getattr(results, "_writer", None)
        if writer is not None:
            writer.close()
    if manager is not None:
        manager.join(timeout=5)


def map_with_engine(
    function: Callable[[TTSEngine, T], R],
    items: Sequence[T],
    engine: TTSEngine,
    jobs: int,
) -> Iterator[tuple[int, R]]:
    """Apply `function(engine, item)` to every item, yielding (index, result) as each finishes.

    With one worker this runs here, in order, on `engine` itself. Otherwise a pool of worker
    processes gets copies of the unloaded engine, set to their share of the threads, each
    loading the voice once.

    Raises:
        SynthesisError: a worker process died (for example, killed for lack of memory).
    """
    worker_plan = plan(jobs, len(items))
    if worker_plan.workers == 1:
        for index, item in enumerate(items):
            yield index, function(engine, item)
        return
    with SynthesisPool(worker_plan.workers) as pool:
        yield from pool.map(function, items, engine)


_worker_threads: int | None = None
"""ONNX Runtime threads for each engine of this worker process, set once by `_start_worker`."""
_worker_engines: dict[bytes, TTSEngine] = {}
"""This worker's engines, by their pickled (unloaded) form: each voice is loaded once."""


def _start_worker(threads: int | None, parent: int | None = None) -> None:
    global _worker_threads
    _worker_threads = threads
    ignore_interrupts()
    if parent is not None:
        _exit_with(parent)


def _exit_with(parent: int) -> None:
    """End this worker when the process that started the pool dies, even by SIGKILL.

    Workers are children of the forkserver, not of the plainvoice process, so nothing else
    tells them: without this, a killed run would leave workers holding a voice in memory,
    waiting forever for work that will never come.
    """
    import threading

    def watch() -> None:
        try:
            handle = os.pidfd_open(parent)
        except (AttributeError, OSError):  # no pidfd (not Linux 5.3+): poll instead
            while pid_alive(parent):
                threading.Event().wait(1.0)
        else:
            import select

            select.select([handle], [], [])  # readable once the parent has exited
        os._exit(1)

    threading.Thread(target=watch, name="plainvoice-parent-watch", daemon=True).start()


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (one we may not signal counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def worker_engine(frozen: bytes) -> TTSEngine:
    """The worker's own copy of an engine, loaded at most once and set to its thread share."""
    engine = _worker_engines.get(frozen)
    if engine is None:
        engine = pickle.loads(frozen)  # bytes from our own parent process, never a file
        if _worker_threads is not None and hasattr(engine, "threads"):
            engine.threads = _worker_threads
        _worker_engines[frozen] = engine
    return engine


def _prime() -> None:
    """Start a worker before any voice is known (its imports come from the forkserver)."""


def _warm(frozen: bytes) -> None:
    load = getattr(worker_engine(frozen), "load", None)
    if callable(load):
        load()


def _run(function: Callable[[TTSEngine, T], R], frozen: bytes, item: T) -> R:
    return function(worker_engine(frozen), item)
