"""Parallel synthesis: worker processes share the cores, load the voice once, and agree with one process."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline import parallel
from pipeline.cache import SpeechCache
from pipeline.engines.base import SpeechAudio
from pipeline.errors import SynthesisError
from pipeline.stages.speak import AlbumInfo, SpeechJob, produce_clip, speak
from tests.fakes import SilentEngine

ALBUM = AlbumInfo("Album", "Speaker", "en")
JOBS = tuple(
    SpeechJob(
        f"0{n}-s", version, f"S{n}", ((f"Section {n} says one {version} thing.", "And another."),)
    )
    for n in range(1, 5)
    for version in ("original", "plain")
)


class LoggingEngine(SilentEngine):
    """Records every call, with its process and thread setting, in a file all processes share."""

    def __init__(self, log: Path) -> None:
        super().__init__()
        self.log = log
        self.threads: int | None = None
        self.loaded = False

    def synthesize(self, text: str) -> SpeechAudio:
        event = "synthesize"
        if not self.loaded:
            self.loaded = True
            event = "load+synthesize"
        with self.log.open("a") as file:
            file.write(
                json.dumps({"pid": os.getpid(), "threads": self.threads, "event": event}) + "\n"
            )
        return super().synthesize(text)

    def calls(self) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines()]


class FailingEngine(SilentEngine):
    def synthesize(self, text: str) -> SpeechAudio:
        raise SynthesisError("the voice broke", hint="try again")


@pytest.mark.parametrize(
    ("jobs", "tasks", "cores", "workers", "threads"),
    [
        (1, 10, 2, 1, None),  # one process, ONNX Runtime's own threading over every core
        (2, 10, 2, 2, 1),
        (4, 10, 2, 2, 1),  # never more workers than cores
        (2, 1, 2, 1, None),  # one task: no worker to start
        (2, 10, 8, 2, 4),
        (3, 10, 8, 3, 2),
        (8, 10, 8, 8, 1),
    ],
)
def test_plan_never_oversubscribes(
    jobs: int, tasks: int, cores: int, workers: int, threads: int | None
) -> None:
    plan = parallel.plan(jobs, tasks, cores)
    assert (plan.workers, plan.threads) == (workers, threads)
    assert plan.workers * (plan.threads or cores) <= max(cores, plan.workers)


def test_two_workers_make_the_same_clips_as_one(tmp_path: Path) -> None:
    one = LoggingEngine(tmp_path / "one.log")
    two = LoggingEngine(tmp_path / "two.log")
    serial = speak(JOBS, one, tmp_path / "serial", ALBUM)
    parallel_clips = speak(JOBS, two, tmp_path / "parallel", ALBUM, workers=2)
    assert [(c.section_id, c.version) for c in parallel_clips] == [
        (j.section_id, j.version) for j in JOBS
    ]
    for a, b in zip(serial, parallel_clips, strict=True):
        assert a.path.read_bytes() == b.path.read_bytes()
        assert a.timings == b.timings
    calls = two.calls()
    # 16 sentences, 9 different ("And another." is in every clip): each is spoken once.
    assert len(calls) == len(one.calls()) == 9
    # Synthesis ran in worker processes, never here, each loading its voice exactly once
    # and set to its share of the cores.
    pids = {call["pid"] for call in calls}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2
    loads = [call["pid"] for call in calls if call["event"].startswith("load")]
    assert sorted(loads) == sorted(pids)
    assert {call["threads"] for call in calls} == {max(1, parallel.available_cores() // 2)}
    assert two.threads is None  # the parent's engine is untouched


def test_parallel_run_fills_and_uses_the_cache(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    cold = LoggingEngine(tmp_path / "cold.log")
    speak(JOBS, cold, tmp_path / "cold", ALBUM, cache=cache, workers=2)
    assert len(cold.calls()) == 9
    warm = LoggingEngine(tmp_path / "warm.log")
    speak(JOBS, warm, tmp_path / "warm", ALBUM, cache=cache, workers=2)
    assert warm.calls() == []


def test_progress_counts_every_sentence_from_workers(tmp_path: Path) -> None:
    ticks: list[int] = []
    speak(JOBS, SilentEngine(), tmp_path, ALBUM, lambda: ticks.append(1), workers=2)
    assert len(ticks) == 16


def test_a_worker_error_keeps_its_message_and_exit_code(tmp_path: Path) -> None:
    with pytest.raises(SynthesisError) as caught:
        speak(JOBS, FailingEngine(), tmp_path, ALBUM, workers=2)
    # The message names the section, then keeps the engine's words and hint.
    assert caught.value.one_line().endswith("the voice broke (try again)")
    assert not list(tmp_path.glob("*.mp3"))


@pytest.mark.slow
def test_real_piper_workers_set_onnx_threads(tmp_path: Path) -> None:
    from pipeline.engines.piper_engine import PiperEngine

    jobs = (
        SpeechJob("01-a", "original", "A", (("Good morning.",),)),
        SpeechJob("01-a", "plain", "A", (("Hello.",),)),
    )
    engine = PiperEngine("en")
    clips = speak(jobs, engine, tmp_path, ALBUM, workers=2)
    assert all(0.3 < c.duration < 3 for c in clips)
    assert engine._voice is None  # the parent never loaded the voice

    # What a worker does with the engine it receives: its own copy, set to its thread share,
    # loaded once (one ONNX session, built with that share).
    import pickle

    parallel._start_worker(1)
    frozen = pickle.dumps(engine)
    copy = parallel.worker_engine(frozen)
    assert isinstance(copy, PiperEngine)
    assert copy is not engine and copy.threads == 1
    assert parallel.worker_engine(frozen) is copy
    voice = copy._load()
    assert voice.session.get_session_options().intra_op_num_threads == 1
    parallel._start_worker(None)
    parallel._worker_engines.clear()


def test_a_warmed_pool_loads_each_voice_once_and_is_reused(tmp_path: Path) -> None:
    engine = LoggingEngine(tmp_path / "pool.log")
    with parallel.SynthesisPool(2, cores=2) as pool:
        pool.warm(engine)
        first = speak(JOBS[:4], engine, tmp_path / "a", ALBUM, pool=pool)
        second = speak(JOBS[4:], engine, tmp_path / "b", ALBUM, pool=pool)
    assert len(first) == len(second) == 4
    calls = engine.calls()
    # Two runs without a cache: "And another." is spoken once in each.
    assert len(calls) == 10 and os.getpid() not in {call["pid"] for call in calls}
    # One engine copy per worker for the whole pool's life, shared by both runs.
    loads = [call["pid"] for call in calls if call["event"].startswith("load")]
    assert len(loads) == len(set(loads)) == len({call["pid"] for call in calls})
    assert {call["threads"] for call in calls} == {1}


class WarmingEngine(LoggingEngine):
    """Logs `load`, the call a pool's warm-up makes in each worker."""

    def load(self) -> None:
        with self.log.open("a") as file:
            file.write(json.dumps({"pid": os.getpid(), "event": "warm"}) + "\n")


def test_a_pool_warmed_as_it_starts_loads_the_voice_in_every_worker(tmp_path: Path) -> None:
    import time

    engine = WarmingEngine(tmp_path / "pool.log")
    with parallel.SynthesisPool(2, cores=2, warm=engine) as pool:
        deadline = time.monotonic() + 60
        while len(engine.calls()) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)  # the start-up thread forks the workers and sends the voice
        warmed = [call["pid"] for call in engine.calls()]
        assert len(warmed) == len(set(warmed)) == 2 and os.getpid() not in warmed
        speak(JOBS[:4], engine, tmp_path / "out", ALBUM, pool=pool)
    # The workers that loaded the voice are the ones that speak.
    spoken = {call["pid"] for call in engine.calls() if call["event"] != "warm"}
    assert spoken and spoken <= set(warmed)


class UnsendableEngine(SilentEngine):
    """An engine that cannot be sent to a worker process."""

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("this engine cannot be pickled")


def test_a_pool_that_could_not_start_says_so_where_it_is_used_next() -> None:
    pool = parallel.SynthesisPool(2, cores=2, warm=UnsendableEngine())
    try:
        with pytest.raises(TypeError, match="cannot be pickled"):
            pool.warm(SilentEngine())
        pool.warm(SilentEngine())  # the error is raised once; the pool still works
    finally:
        pool.close()


@pytest.mark.parametrize(
    ("cores", "free_mb", "workers"),
    [(2, 24_000, 2), (8, 24_000, 8), (8, 1_300, 2), (4, 100, 1), (2, None, 2)],
)
def test_default_workers_fit_the_cores_and_the_free_memory(
    cores: int, free_mb: int | None, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "_available_memory_mb", lambda: free_mb)
    assert parallel.default_workers(cores) == workers


@pytest.mark.parametrize(
    ("args", "jobs", "use_cache", "cache_dir"),
    [
        ([], None, True, None),  # the default: automatic (one worker per core, memory allowing)
        (["--jobs", "2", "--no-cache"], 2, False, None),
        (["-j", "1", "--cache-dir", "speech"], 1, True, Path("speech")),
    ],
)
def test_run_passes_jobs_and_cache_options(
    runner: CliRunner,
    sample_path: Path,
    tmp_path: Path,
    args: list[str],
    jobs: int | None,
    use_cache: bool,
    cache_dir: Path | None,
) -> None:
    from unittest import mock

    from pipeline.cli import app

    with mock.patch("pipeline.cli.build_package", autospec=True) as build:
        build.return_value.package.manifest = {"audio_seconds": 0}
        build.return_value.statement.sections = ()
        result = runner.invoke(app, ["run", str(sample_path), "-o", str(tmp_path), "-q", *args])
    assert result.exit_code == 0, result.output
    settings = build.call_args.args[0]
    assert (settings.jobs, settings.use_cache, settings.cache_dir) == (jobs, use_cache, cache_dir)


def test_jobs_out_of_range_is_a_usage_error(sample_path: Path) -> None:
    from pipeline.errors import UsageError
    from pipeline.settings import Settings

    with pytest.raises(UsageError, match="--jobs"):
        Settings(input_path=sample_path, jobs=0).validate()


class StuckEngine(SilentEngine):
    """Never finishes a sentence: only stopping the worker ends it. Says when it starts."""

    def __init__(self, started: Path) -> None:
        super().__init__()
        self.started = started

    def synthesize(self, text: str) -> SpeechAudio:
        import time

        self.started.touch()
        time.sleep(600)
        return super().synthesize(text)


def test_an_interrupted_pool_stops_busy_workers_at_once(tmp_path: Path) -> None:
    import time

    started = tmp_path / "started"
    pool = parallel.SynthesisPool(2, cores=2)
    with pytest.raises(KeyboardInterrupt), pool:
        pool.map(produce_clip, [(JOBS[0], "en")], StuckEngine(started))
        while not started.exists():  # a worker is now inside a ten-minute sentence
            time.sleep(0.05)
        workers = list(pool._executor._processes.values())
        raise KeyboardInterrupt  # Ctrl-C: the pool must not wait for that sentence
    assert workers and not any(process.is_alive() for process in workers)


KILLED_PARENT = """
import os, signal, sys, time
from pipeline import parallel
from tests.fakes import SilentEngine
pool = parallel.SynthesisPool(2, cores=2)
pool.warm(SilentEngine())
while len(pool._executor._processes) < 2:
    time.sleep(0.05)
print(" ".join(str(pid) for pid in pool._executor._processes), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_workers_end_when_the_run_is_killed() -> None:
    """A SIGKILLed run (out of memory, a CI timeout) must not leave workers holding voices."""
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT

    done = subprocess.run(
        [sys.executable, "-c", KILLED_PARENT],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    workers = [int(pid) for pid in done.stdout.split()]
    assert len(workers) == 2, done.stderr

    def alive(pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                return stat.read().split(")")[-1].split()[0] != "Z"
        except FileNotFoundError:
            return False

    deadline = time.monotonic() + 60  # a bound for a slow machine, not a speed requirement
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)


def test_speech_started_early_is_taken_not_spoken_again(tmp_path: Path) -> None:
    import time

    from pipeline.stages.speak import start_speaking

    engine = LoggingEngine(tmp_path / "pool.log")
    originals = [job for job in JOBS if job.version == "original"]
    with parallel.SynthesisPool(2, cores=2) as pool:
        start_speaking(originals, engine, "en", pool)
        deadline = time.monotonic() + 60
        while len(engine.calls()) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)  # the workers speak the originals before `speak` is called
        assert len(engine.calls()) == 5  # four sentences and the shared "And another."
        clips = speak(JOBS, engine, tmp_path / "out", ALBUM, pool=pool)
    assert [clip.path.name for clip in clips] == [job.file_name for job in JOBS]
    assert all(clip.path.stat().st_size > 0 for clip in clips)
    # The plain sentences are the only new ones: nothing started early is spoken twice.
    assert len(engine.calls()) == 9


def test_speech_started_early_skips_what_the_cache_holds(tmp_path: Path) -> None:
    from pipeline.stages.speak import start_speaking

    cache = SpeechCache(tmp_path / "cache")
    originals = [job for job in JOBS if job.version == "original"]
    engine = LoggingEngine(tmp_path / "pool.log")
    speak(originals, engine, tmp_path / "first", ALBUM, cache=cache)
    assert len(engine.calls()) == 5
    engine.log.unlink()
    with parallel.SynthesisPool(2, cores=2) as pool:
        start_speaking(originals, engine, "en", pool, cache)
        speak(originals, engine, tmp_path / "second", ALBUM, cache=cache, pool=pool)
    assert engine.calls() == []


def test_a_phrase_started_for_one_clip_is_taken_by_another_that_says_it(tmp_path: Path) -> None:
    from dataclasses import replace

    from pipeline.stages.speak import PhraseTask, start_speaking

    # Paragraphs are sent before their sections exist, under names of their own.
    assert PhraseTask("Hello.", 1.0, "paragraph 1") == PhraseTask("Hello.", 1.0, "section 'A'")
    engine = LoggingEngine(tmp_path / "pool.log")
    early = [replace(job, section_id="paragraph-1", title="paragraph 1") for job in JOBS[:1]]
    with parallel.SynthesisPool(2, cores=2) as pool:
        start_speaking(early, engine, "en", pool)
        speak(JOBS, engine, tmp_path / "out", ALBUM, pool=pool)
    # Four sections' two versions: eight sentences of their own and one they share.
    assert len(engine.calls()) == 9


def stall(engine: object, marker: str) -> None:
    """A task that says it has started, then never ends: only stopping its worker does."""
    import time

    Path(marker).touch()
    time.sleep(600)


def send_half_a_result(engine: object, marker: str) -> None:
    """A task whose worker is stopped mid-way through sending its result, like a long MP3.

    It writes the header of a one-megabyte message and ten bytes of it to the results pipe,
    then stalls, as a worker terminated during the parent's reading would.
    """
    import gc
    import struct
    import time
    from multiprocessing.connection import Connection
    from multiprocessing.queues import SimpleQueue

    results = next(item for item in gc.get_objects() if isinstance(item, SimpleQueue))
    # typeshed leaves out SimpleQueue's private pipe end, which this test writes to directly.
    writer: Connection = vars(results)["_writer"]
    os.write(writer.fileno(), struct.pack("!i", 1_000_000) + b"x" * 10)
    Path(marker).touch()
    time.sleep(600)


def _run_script(script: str, *args: str, new_session: bool = False) -> tuple[int, str, str]:
    """Run `script` in a fresh interpreter with this checkout importable; (code, out, err)."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,  # a bound for a slow machine; the old code hung here for ever
        start_new_session=new_session,
    )
    return done.returncode, done.stdout, done.stderr


CANCELLED_THEN_BROKEN = """
import json, os, signal, sys, threading, time
from pathlib import Path
from typing import Any
from pipeline import parallel
from tests.fakes import SilentEngine
from tests.test_parallel import stall

errors = []
threading.excepthook = lambda hook: errors.append(hook.exc_type.__name__)
folder = Path(sys.argv[1])
pool = parallel.SynthesisPool(2, cores=2)
results = pool.map(stall, [str(folder / str(n)) for n in range(10)], SilentEngine())
while len(list(folder.iterdir())) < 2:  # both workers busy, eight items waiting
    time.sleep(0.05)
time.sleep(0.5)  # the executor's thread has queued what it can and sleeps


def ctrl_c(*_):
    raise KeyboardInterrupt


signal.signal(signal.SIGALRM, ctrl_c)
signal.setitimer(signal.ITIMER_REAL, 0.3)
try:
    next(results)  # Ctrl-C while waiting for the first result
except KeyboardInterrupt:
    pass
# The same Ctrl-C ended a worker (in a terminal it reaches every process of the run).
manager = pool._executor._executor_manager_thread
os.kill(next(iter(pool._executor._processes)), signal.SIGKILL)
manager.join(timeout=60)
pool.abort()
print(json.dumps(errors))
"""


def test_a_pool_broken_after_ctrl_c_marks_its_work_without_invalid_state_error(
    tmp_path: Path,
) -> None:
    """Ctrl-C while waiting, then a worker's death: the old code cancelled the waiting work
    itself, and the executor's thread, marking every pending task of the broken pool, raised
    InvalidStateError on the cancelled ones (a traceback after the "interrupted" line)."""
    code, out, err = _run_script(CANCELLED_THEN_BROKEN, str(tmp_path))
    assert code == 0, err
    assert out.split() == ["[]"], err
    assert "Traceback" not in err


HALF_A_RESULT = """
import sys, time
from pathlib import Path
from typing import Any
from pipeline import parallel
from tests.fakes import SilentEngine
from tests.test_parallel import send_half_a_result

marker = Path(sys.argv[1]) / "started"
pool = parallel.SynthesisPool(2, cores=2)
try:
    with pool:
        pool.map(send_half_a_result, [str(marker)], SilentEngine())
        while not marker.exists():
            time.sleep(0.05)
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""


def test_a_worker_stopped_while_sending_its_result_does_not_hang_the_exit(
    tmp_path: Path,
) -> None:
    """Ctrl-C while a worker sent a clip: the executor's thread waited for the rest of the
    message for ever, and so did the interpreter's exit (the run never ended)."""
    code, out, err = _run_script(HALF_A_RESULT, str(tmp_path))
    assert (code, out.strip()) == (0, "interrupted"), err
    assert "Traceback" not in err


IDLE_POOL = """
import time
from pipeline import parallel
from tests.fakes import SilentEngine
from tests.kill_runner import as_from_a_terminal

as_from_a_terminal()  # a test run in the background inherits SIGINT ignored

pool = parallel.SynthesisPool(2, cores=2)
try:
    with pool:
        pool.warm(SilentEngine())
        while len(pool._executor._processes) < 2:
            time.sleep(0.05)
        time.sleep(0.5)
        print("ready", flush=True)
        time.sleep(600)
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""


def test_ctrl_c_in_a_terminal_is_handled_by_the_run_alone(tmp_path: Path) -> None:
    """A terminal's Ctrl-C signals every process of the run: idle workers (and a forkserver
    still importing) printed KeyboardInterrupt tracebacks, and a dead worker broke the pool."""
    import signal
    import subprocess
    import sys

    from tests.conftest import ROOT

    process = subprocess.Popen(
        [sys.executable, "-c", IDLE_POOL],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert (process.returncode, out.strip()) == (0, "interrupted"), err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_the_batch_s_workers_stop_mid_clip_when_it_is_interrupted(tmp_path: Path) -> None:
    """`close` waits for the clips being made; after Ctrl-C `abort` must not."""
    import time

    from pipeline.executors import LocalExecutor

    started = tmp_path / "started"
    executor = LocalExecutor(jobs=2)
    executor.submit("key", JOBS[0], StuckEngine(started), "en")
    while not started.exists():
        time.sleep(0.05)
    assert executor._pool is not None
    workers = list(executor._pool._processes.values())
    began = time.monotonic()
    executor.abort()
    assert time.monotonic() - began < 60
    assert workers and not any(process.is_alive() for process in workers)
