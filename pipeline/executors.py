"""Where batch speech is synthesised: here, in local worker processes, or on a Dask cluster.

Every executor runs the same unit of work as `plainvoice run`: one section version (a
`SpeechJob`) rendered by an engine and encoded to MP3 (`speak.produce`), identified by the same
content-addressed cache key. Executors only compute: they hand the finished `CachedSpeech` back
to the batch, which stores it in its speech cache and writes the packages, so Dask workers need
no shared file system, only plainvoice and its voice installed.

Worker processes keep one engine per voice (`_ENGINES`), so each loads its voice once, on its
first task, and keeps it for every later one.
"""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Final, Protocol

from pipeline.errors import PipelineError, SynthesisError, UsageError
from pipeline.files import file_sha256

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from pipeline.cache import CachedSpeech, SpeechCache
    from pipeline.engines.base import TTSEngine
    from pipeline.stages.speak import SpeechJob

Outcome = tuple[str, "CachedSpeech | PipelineError"]
"""A finished task: its cache key, and the speech or the error that stopped it."""

DASK_RETRIES: Final = 2
"""Extra attempts Dask makes when a task raises; a worker that dies is handled by the scheduler."""
DASK_KEY_PREFIX: Final = "plainvoice-speech-"

_ENGINES: dict[tuple[str, str, int | None], TTSEngine] = {}
"""This process's engines, by class, language and threads: the cached loader of worker voices."""
_VOICES: dict[tuple[str, str, int | None], str | None] = {}
"""This process's voice-file digests, by the same key."""


class SpeechExecutor(Protocol):
    """Runs speech tasks somewhere and hands back what finished."""

    def submit(self, key: str, job: SpeechJob, engine: TTSEngine, lang: str) -> None:
        """Start synthesising `job`; `key` is its cache key and names the result."""
        ...

    def results(self, block: bool) -> list[Outcome]:
        """Finished tasks since the last call; with `block`, wait for at least one."""
        ...

    def close(self) -> None:
        """Release the workers or the cluster connection."""
        ...


def cache_key(job: SpeechJob, engine: TTSEngine, lang: str, cache: SpeechCache) -> str:
    """The content-addressed key of a job's clip, exactly as `plainvoice run` computes it."""
    from pipeline.stages import speak

    return speak.clip_cache_key(job, engine, lang, cache)


def synthesize(engine: TTSEngine, job: SpeechJob, lang: str) -> CachedSpeech:
    """Render and encode one job with `engine` itself (in the batch's own process)."""
    from pipeline.stages import speak

    return speak.produce_clip(engine, (job, lang))


def synthesize_remotely(
    engine: TTSEngine, job: SpeechJob, lang: str, voice: str | None = None
) -> CachedSpeech:
    """The task a worker runs: like `synthesize`, with the voice this worker already loaded.

    `engine` arrives as a fresh unpickled copy with every task; the worker's resident copy
    of the same voice is used instead, so the voice loads once per worker, not once per task.
    `voice` is the batch machine's `voice_digest`: the cache key was made from its voice, so a
    worker with other voice files refuses rather than store different speech under that key.

    Raises:
        SynthesisError: this worker's voice files differ from the batch machine's.
    """
    key = _engine_key(engine)
    if voice is not None and voice_digest(engine) != voice:
        raise SynthesisError(
            f"the voice files on this worker differ from the batch machine's ({key[0]}, {key[1]})",
            hint="install the same plainvoice and voice versions on every worker",
        )
    if key not in _ENGINES:
        _ENGINES[key] = engine
    return synthesize(_ENGINES[key], job, lang)


def voice_digest(engine: TTSEngine) -> str | None:
    """SHA-256 over an engine's voice files (Piper's model and config), once per process.

    None for engines without voice files.
    """
    key = _engine_key(engine)
    if key not in _VOICES:
        files = getattr(engine, "voice_files", None)
        digest = None
        if callable(files):
            combined = hashlib.sha256()
            for path in files():
                combined.update(bytes.fromhex(file_sha256(Path(path))))
            digest = combined.hexdigest()
        _VOICES[key] = digest
    return _VOICES[key]


def _engine_key(engine: TTSEngine) -> tuple[str, str, int | None]:
    return (
        f"{type(engine).__module__}.{type(engine).__qualname__}",
        str(getattr(engine, "lang", "")),
        getattr(engine, "threads", None),
    )


def _with_threads(engine: TTSEngine, threads: int | None) -> TTSEngine:
    """A copy of an (unloaded) engine set to use `threads` ONNX Runtime threads."""
    if threads is None or not hasattr(engine, "threads"):
        return engine
    task_engine = copy.copy(engine)
    task_engine.threads = threads
    return task_engine


class LocalExecutor:
    """Synthesis on this machine: in this process for one job, else in worker processes.

    Worker processes start on the first task, so a batch that finds everything in the cache
    starts none; they share the cores the way `plainvoice run --jobs` does.
    """

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = jobs
        self._done: list[Outcome] = []
        self._pool: ProcessPoolExecutor | None = None
        self._threads: int | None = None
        self._futures: dict[Future[CachedSpeech], str] = {}

    def submit(self, key: str, job: SpeechJob, engine: TTSEngine, lang: str) -> None:
        """Synthesise now (one job) or hand the task to a worker process."""
        if self.jobs == 1:
            try:
                self._done.append((key, synthesize(engine, job, lang)))
            except PipelineError as error:
                self._done.append((key, error))
            return
        pool = self._pool or self._start()
        future = pool.submit(
            synthesize_remotely,
            _with_threads(engine, self._threads),
            job,
            lang,
            voice_digest(engine),
        )
        self._futures[future] = key

    def _start(self) -> ProcessPoolExecutor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from pipeline.parallel import ignore_interrupts, plan, start_forkserver

        worker_plan = plan(self.jobs, self.jobs)
        self._threads = worker_plan.threads
        # forkserver, as in `plainvoice run --jobs`: never fork a parent that runs threads;
        # and as there, Ctrl-C is this process's to handle, never the workers'.
        start_forkserver([__name__])
        self._pool = ProcessPoolExecutor(
            max_workers=worker_plan.workers,
            mp_context=multiprocessing.get_context("forkserver"),
            initializer=ignore_interrupts,
        )
        return self._pool

    def results(self, block: bool) -> list[Outcome]:
        """What is done; waits for the first worker result when asked to."""
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        from pipeline.parallel import worker_died

        done, self._done = self._done, []
        if self._futures:
            finished, _ = wait(
                self._futures,
                timeout=None if block and not done else 0,
                return_when=FIRST_COMPLETED,
            )
            for future in finished:
                key = self._futures.pop(future)
                try:
                    done.append((key, future.result()))
                except PipelineError as error:
                    done.append((key, error))
                except BrokenProcessPool:
                    done.append((key, worker_died()))
        return done

    def close(self) -> None:
        """Stop the worker processes once their current tasks are done."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def abort(self) -> None:
        """Stop the worker processes now, mid-clip: after Ctrl-C nothing they make is used."""
        from pipeline.parallel import stop_now

        if self._pool is not None:
            stop_now(self._pool)
            self._pool = None


class DaskExecutor:
    """Synthesis on a Dask distributed cluster; results come back to this process.

    Each task is one section version, submitted under a key made from its cache key, with
    Dask's retries for tasks that raise; a worker that dies mid-task has its tasks rescheduled
    on the others by the scheduler. Engines travel unloaded with each task (a few hundred
    bytes) and each worker process keeps one loaded copy per voice.
    """

    def __init__(
        self,
        address: str,
        worker_threads: int | None = None,
        *,
        connect_timeout: str = "10s",
    ) -> None:
        try:
            from distributed import Client, as_completed
        except ImportError as error:
            raise UsageError(
                "--executor dask needs the dask and distributed packages",
                hint="run: pip install 'plainvoice[dask]'",
            ) from error
        try:
            self.client = Client(address, timeout=connect_timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            raise UsageError(
                f"cannot reach the Dask scheduler at {address}: {error}",
                hint="start one with `dask scheduler` and give its address, tcp://HOST:8786",
            ) from error
        self.worker_threads = worker_threads
        self._completed = as_completed(loop=self.client.loop)
        self._keys: dict[str, str] = {}

    def submit(self, key: str, job: SpeechJob, engine: TTSEngine, lang: str) -> None:
        """Send one task to the cluster."""
        future = self.client.submit(
            synthesize_remotely,
            _with_threads(engine, self.worker_threads),
            job,
            lang,
            voice_digest(engine),
            key=f"{DASK_KEY_PREFIX}{key}",
            retries=DASK_RETRIES,
        )
        self._keys[future.key] = key
        self._completed.add(future)

    def results(self, block: bool) -> list[Outcome]:
        """The tasks that finished, each released on the cluster once its result is here."""
        if not self._keys or (not block and not self._completed.has_ready()):
            return []
        outcomes: list[Outcome] = []
        for future in self._completed.next_batch(block=block):
            key = self._keys.pop(future.key)
            if future.status == "finished":
                outcomes.append((key, future.result()))
            else:
                outcomes.append((key, _remote_error(future.exception())))
            future.release()
        return outcomes

    def close(self) -> None:
        """Leave the cluster running for others; only this client disconnects."""
        self.client.close()


def _remote_error(error: BaseException | None) -> PipelineError:
    """A worker's exception as the error of the statements that needed the clip."""
    if isinstance(error, PipelineError):
        return error
    return SynthesisError(
        f"the Dask cluster could not synthesise a clip: {type(error).__name__}: {error}",
        hint="see the worker logs; every worker needs the same plainvoice and voice installed",
    )
