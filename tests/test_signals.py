"""SIGTERM (`kill`, `timeout`, a cancelled CI job, `docker stop`) stops a run as Ctrl-C does.

Each run is a real CLI run in a subprocess that signals itself at an exact point
(`tests/kill_runner.py`), so no timing is involved.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.build import build_package
from pipeline.cli import app
from pipeline.engines import ENGINES
from pipeline.settings import Settings
from tests.conftest import ROOT
from tests.fakes import ROAD_SAFETY_STATEMENT, SilentEngine


def _killed(spec: str, args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.kill_runner", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PLAINVOICE_KILL_AT": spec},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,  # only a guard against a hang
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_sigterm_mid_run_exits_130_cleans_up_and_keeps_the_previous_package(
    tmp_path: Path,
) -> None:
    # It ended the process at once (exit 143, no word), leaving the staging folder and the
    # workers' semaphores ("resource_tracker: ... leaked semaphore objects") behind.
    source = tmp_path / "statement.txt"
    source.write_text(ROAD_SAFETY_STATEMENT, encoding="utf-8")
    out = tmp_path / "out"
    build_package(Settings(input_path=source, output_dir=out, audio=False), engine=SilentEngine())
    previous = _files(out)
    source.write_text(ROAD_SAFETY_STATEMENT.replace("five years", "six years"), encoding="utf-8")
    args = ["run", str(source), "-o", str(out), "--engine", "silent", "-q", "-j", "1",
            "--cache-dir", str(tmp_path / "cache"), "--versions", "original"]  # fmt: skip
    done = _killed("tests.fakes:SilentEngine.synthesize:3:TERM", args)
    assert done.returncode == 130, done.stderr
    assert (
        done.stderr
        == "plainvoice: interrupted; no partial package was left behind, and any earlier package is as it was.\n"
    )
    assert sorted(p.name for p in out.iterdir()) == ["statement", "statement.zip"]
    assert _files(out) == previous


def test_sigterm_mid_batch_exits_130_and_the_next_batch_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, years in (("one", "five years"), ("two", "six years")):
        text = ROAD_SAFETY_STATEMENT.replace("five years", years)
        (inbox / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    args = ["batch", str(inbox), "-o", str(out), "--engine", "silent", "-q", "-j", "1",
            "--cache-dir", str(tmp_path / "cache"), "--versions", "original"]  # fmt: skip
    done = _killed("tests.fakes:SilentEngine.synthesize:4:TERM", args)
    assert done.returncode == 130, done.stderr
    assert (
        done.stderr
        == "plainvoice: interrupted; no partial package was left behind, and any earlier package is as it was.\n"
    )
    left = [p.name for p in out.iterdir()] if out.exists() else []
    assert not [name for name in left if ".partial" in name or ".old-" in name]
    monkeypatch.setitem(ENGINES.built_ins, "silent", "tests.fakes:SilentEngine")
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0, again.output
    assert sorted(p.name for p in out.iterdir()) == [
        "catalogue.json",
        "index.html",
        "one",
        "one.zip",
        "two",
        "two.zip",
    ]
