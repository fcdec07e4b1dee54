"""Run the plainvoice CLI in this process and kill it at a chosen point (for test_interruption).

Usage: ``PLAINVOICE_KILL_AT=module:function:N[:SIGNAL] python -m tests.kill_runner ARGS...``,
or ``python -m tests.kill_runner --batch PLAN.json RESULTS.json`` to run many: the plan maps a
name to ``{"spec": ..., "args": [...]}``; the runner imports plainvoice once, then forks one
child per entry (so each run does not pay the start-up again) and records how each child
ended (a negative number is the signal that killed it).

The N-th call of the named function sends SIGNAL (KILL by default) to this very process
before the function runs, so the interruption lands at an exact point without any timing.
The special target ``publish-swap`` fires between the two renames that publish a package.
The silent test engine is registered as ``silent`` so runs are fast and offline.

A SIGINT stands for Ctrl-C in a terminal, so the runner first gives SIGINT the disposition an
interactive run has (Python's KeyboardInterrupt handler, the signal not blocked) whatever it
inherited: a test run started in the background of a script (``pytest &`` in a shell without
job control) inherits SIGINT ignored, Python then leaves it ignored, and the "interrupted"
run would go on to publish its package.
"""

from __future__ import annotations

import os
import signal
import sys
from importlib import import_module
from typing import Any


def as_from_a_terminal() -> None:
    """Give SIGINT the handling it has when plainvoice is started from an interactive shell.

    Python installs its KeyboardInterrupt handler only when SIGINT was not ignored at start-up,
    and a blocked signal stays pending; either would swallow the simulated Ctrl-C.
    """
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _fire(sig: str) -> None:
    os.kill(os.getpid(), getattr(signal, f"SIG{sig}"))


def _arm(spec: str) -> None:
    parts = spec.split(":")
    sig = parts[3] if len(parts) > 3 else "KILL"
    if parts[0] == "publish-swap":
        real_replace = os.replace

        def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            name = os.path.basename(os.fspath(src))
            if os.path.isdir(src) and ".partial-" in name and name.startswith("."):
                _fire(sig)
            real_replace(src, dst, *args, **kwargs)

        os.replace = replace
        return
    module_name, attribute, count = parts[0], parts[1], int(parts[2])
    owner: Any = import_module(module_name)
    *path, name = attribute.split(".")
    for step in path:
        owner = getattr(owner, step)
    real = getattr(owner, name)
    calls = 0

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == count:
            _fire(sig)
        return real(*args, **kwargs)

    setattr(owner, name, wrapper)


def _run(spec: str | None, args: list[str]) -> None:
    from pipeline.cli import app

    if spec:
        _arm(spec)
    sys.argv = ["plainvoice", *args]
    app()


def _batch(plan_path: str, results_path: str) -> None:
    import json

    # Warm every import (textstat alone takes seconds) before forking.
    import pipeline.cli
    import pipeline.stages.readability
    import pipeline.stages.simplify  # noqa: F401

    with open(plan_path) as handle:
        plan: dict[str, dict[str, Any]] = json.load(handle)
    results: dict[str, int] = {}
    running: dict[int, str] = {}
    for name, entry in plan.items():
        if len(running) >= 2:  # two at a time: the CI machine has two cores
            _reap(running, results)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _run(entry["spec"], entry["args"])
            except SystemExit as done:
                code = done.code if isinstance(done.code, int) else 1
            except BaseException:
                code = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        running[pid] = name
    while running:
        _reap(running, results)
    with open(results_path, "w") as handle:
        json.dump(results, handle)


def _reap(running: dict[int, str], results: dict[str, int]) -> None:
    pid, status = os.wait()
    name = running.pop(pid)
    results[name] = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def main() -> None:
    from pipeline import engines

    engines.ENGINES.built_ins["silent"] = "tests.fakes:SilentEngine"
    as_from_a_terminal()
    if sys.argv[1:2] == ["--batch"]:
        _batch(sys.argv[2], sys.argv[3])
    else:
        _run(os.environ.get("PLAINVOICE_KILL_AT"), sys.argv[1:])


if __name__ == "__main__":
    main()
