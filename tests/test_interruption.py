"""Interruption: a run killed at any point leaves the previous package whole, or none at all.

Each run is a real `plainvoice run` in a subprocess that SIGKILLs itself at an exact point
(`tests/kill_runner.py`), so no timing is involved. After each kill: every visible package
folder and ZIP verifies completely (manifest, sizes, hashes, ZIP members), the previous
package is byte-for-byte intact unless the new one was already published whole, and the
next run completes and leaves no leftovers.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.build import build_package
from pipeline.cli import app
from pipeline.errors import SynthesisError
from pipeline.settings import Settings
from tests.conftest import ROOT
from tests.fakes import SilentEngine

VERSION_A = """# Working together against crime

## Why we meet

We meet in Vienna today. Crime crosses every border. We must answer together.

## What we did

In 2021 we helped 194 countries. We shared 25 new notices. Our partners did well.

## What comes next

We will train more officers. We will share data faster. Thank you.
"""
VERSION_B = VERSION_A.replace("We will train more officers.", "We will train 500 more officers.")

KILL_POINTS = {
    "reading": "pipeline.stages.load:load_source:1",
    "sectioning": "pipeline.stages.split:split_statement:1",
    "plain-language": "pipeline.stages.simplify:simplify_section:2",
    "first-sentence": "tests.fakes:SilentEngine.synthesize:1",
    "synthesis-section-2": "tests.fakes:SilentEngine.synthesize:6",
    "synthesis-last-section": "tests.fakes:SilentEngine.synthesize:12",
    "mp3-before-rename": "pipeline.audio:write_tags:3",
    "html": "pipeline.stages.bundle:_render_html:1",
    "before-publish": "pipeline.stages.bundle:_publish_folder:1",
    "publish-swap": "publish-swap",
    "zip": "pipeline.stages.bundle:_write_zip:1",
}
"""Eleven points, from reading the input to writing the ZIP."""

CTRL_C_POINTS = {
    "ctrl-c-zip-second-pass": ("pipeline.stages.bundle:_write_zip:2:INT", "previous"),
    "ctrl-c-before-publish": ("pipeline.stages.bundle:_publish_folder:1:INT", "new"),
    "ctrl-c-publish-swap": ("publish-swap:::INT", "new"),
}
"""Ctrl-C while the package is written and published, and which package the user is left with.

Once publishing starts a Ctrl-C is held until it is done (three renames), so the user gets the
new package whole rather than a hidden previous one or a new folder beside the old ZIP."""


def verify_package(folder: Path) -> str:
    """Check a package completely; return its manifest's source hash (which version it is)."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    listed = {record["path"]: record for record in manifest["files"]}
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {
        "manifest.json"
    }
    assert present == set(listed), present ^ set(listed)
    for path, record in listed.items():
        data = (folder / path).read_bytes()
        assert len(data) == record["bytes"] and hashlib.sha256(data).hexdigest() == record["sha256"]
    source: str = manifest["statement"]["source_sha256"]
    return source


def verify_zip(zip_path: Path, slug: str) -> str:
    """Check a package ZIP: it unpacks to a package that verifies."""
    with zipfile.ZipFile(zip_path) as archive:
        assert archive.testzip() is None
        assert all(name.startswith(f"{slug}/") for name in archive.namelist())
        unpacked = zip_path.parent / f".verify-{zip_path.stem}"
        shutil.rmtree(unpacked, ignore_errors=True)
        archive.extractall(unpacked)
    try:
        return verify_package(unpacked / slug)
    finally:
        shutil.rmtree(unpacked)


def _snapshot(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file() and not p.relative_to(out).as_posix().startswith(".")
    }


def _settings(source: Path, out: Path) -> Settings:
    return Settings(input_path=source, output_dir=out, engine="silent")


def _as_a_background_job() -> None:
    """Start the runner with SIGINT ignored (as `pytest &` in a script leaves it) and blocked.

    The Ctrl-C run must be interrupted however the test run itself was started, so the runner
    always starts in the least favourable state; before the runner reset SIGINT, this run
    went on to publish its package whenever the tests were started in the background.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


@pytest.fixture(scope="module")
def killed_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[Path, int, dict[str, bytes]]]:
    """Start every killed run at once (they are independent), then wait for all of them."""
    base = tmp_path_factory.mktemp("kills")
    template = base / "template"
    source = template / "in" / "statement.md"
    source.parent.mkdir(parents=True)
    source.write_text(VERSION_A)
    build_package(_settings(source, template / "out"), engine=SilentEngine())
    previous = _snapshot(template / "out")
    source.write_text(VERSION_B)
    plan = {}
    for name, spec in [
        *KILL_POINTS.items(),
        ("ctrl-c", "tests.fakes:SilentEngine.synthesize:5:INT"),
        *((name, spec) for name, (spec, _) in CTRL_C_POINTS.items()),
    ]:
        work = base / name
        shutil.copytree(template, work)
        # Each killed run has its own empty speech cache, so it synthesises all 13 sentences;
        # -j 1 keeps synthesis in the process where the kill point is armed.
        args = ["run", str(work / "in" / "statement.md"), "-o", str(work / "out"), "--engine",
                "silent", "-q", "-j", "1", "--cache-dir", str(work / "cache")]  # fmt: skip
        plan[name] = {"spec": spec, "args": args}
    (base / "plan.json").write_text(json.dumps(plan))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.kill_runner",
            "--batch",
            str(base / "plan.json"),
            str(base / "results.json"),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        check=False,
        # Only a guard against a hang: the batch takes seconds, but a loaded machine once
        # stretched it past an earlier 10-minute limit and failed every test here.
        timeout=3600,
        preexec_fn=_as_a_background_job,
    )
    assert done.returncode == 0, done.stderr.decode()
    codes = json.loads((base / "results.json").read_text())
    results = {name: (base / name, codes[name], previous) for name in plan}
    return results


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_sigkill_never_leaves_a_broken_package(
    killed_runs: dict[str, tuple[Path, int, dict[str, bytes]]], point: str
) -> None:
    work, code, previous = killed_runs[point]
    out = work / "out"
    assert code == -signal.SIGKILL
    # Recover as the next run would, so an interrupted publish puts the previous package back.
    from pipeline.stages.bundle import recover_interrupted

    recover_interrupted(out, "statement")
    folder, zip_path = out / "statement", out / "statement.zip"
    a_hash = hashlib.sha256(VERSION_A.encode()).hexdigest()
    b_hash = hashlib.sha256(VERSION_B.encode()).hexdigest()
    if folder.exists():
        assert verify_package(folder) in (a_hash, b_hash)
    if zip_path.exists():
        assert verify_zip(zip_path, "statement") in (a_hash, b_hash)
    visible = _snapshot(out)
    # The ZIP is written before the folder is published, so a kill there leaves the previous
    # package byte-for-byte intact.
    assert visible == previous
    _check_reports_broken_or_passes(folder)

    # The next run completes and leaves nothing behind.
    result = build_package(_settings(work / "in" / "statement.md", out), engine=SilentEngine())
    assert verify_package(result.package.folder) == b_hash
    assert verify_zip(result.package.zip_path, "statement") == b_hash
    assert sorted(p.name for p in out.iterdir()) == ["statement", "statement.zip"]


def _check_reports_broken_or_passes(folder: Path) -> None:
    """`plainvoice check` (when present) must pass only a package that verifies."""
    runner = CliRunner()
    if runner.invoke(app, ["check", "--help"]).exit_code != 0:
        return  # the check command arrives with the package branch
    result = runner.invoke(app, ["check", str(folder)])
    try:
        verify_package(folder)
        whole = True
    except (AssertionError, OSError, ValueError):
        whole = False
    assert (result.exit_code == 0) == whole


def test_ctrl_c_exits_130_cleans_up_and_keeps_the_previous_package(
    killed_runs: dict[str, tuple[Path, int, dict[str, bytes]]],
) -> None:
    work, code, previous = killed_runs["ctrl-c"]
    assert code == 130
    out = work / "out"
    assert sorted(p.name for p in out.iterdir()) == ["statement", "statement.zip"]  # no temp files
    assert _snapshot(out) == previous


@pytest.mark.parametrize("point", list(CTRL_C_POINTS))
def test_ctrl_c_while_publishing_exits_130_and_leaves_one_whole_package(
    killed_runs: dict[str, tuple[Path, int, dict[str, bytes]]], point: str
) -> None:
    work, code, previous = killed_runs[point]
    assert code == 130
    out = work / "out"
    assert sorted(p.name for p in out.iterdir()) == ["statement", "statement.zip"]  # no temp files
    if CTRL_C_POINTS[point][1] == "previous":
        assert _snapshot(out) == previous
    else:
        b_hash = hashlib.sha256(VERSION_B.encode()).hexdigest()
        assert verify_package(out / "statement") == b_hash
        assert verify_zip(out / "statement.zip", "statement") == b_hash


def test_ctrl_c_just_after_the_staging_folder_is_made_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.stages import bundle

    source = tmp_path / "statement.md"
    source.write_text(VERSION_A)
    make_staging = bundle.staging_folder

    def then_ctrl_c(output_dir: Path, slug: str) -> Path:
        make_staging(output_dir, slug)
        raise KeyboardInterrupt

    monkeypatch.setattr(bundle, "staging_folder", then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        build_package(_settings(source, tmp_path / "out"), engine=SilentEngine())
    assert not (tmp_path / "out").exists()  # the run made it, and took it away empty


def test_a_second_ctrl_c_during_the_clean_up_still_removes_the_staging_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `timeout -s INT` signals the run, then its whole process group: the second SIGINT
    # could land in the removal and leave an empty `.statement.partial-<pid>/` behind.
    from pipeline.stages import bundle

    source = tmp_path / "statement.md"
    source.write_text(VERSION_A)
    make_staging, remove = bundle.staging_folder, shutil.rmtree

    def then_ctrl_c(output_dir: Path, slug: str) -> Path:
        make_staging(output_dir, slug)
        raise KeyboardInterrupt

    def interrupted_again(path: Path, ignore_errors: bool = False) -> None:
        monkeypatch.setattr(shutil, "rmtree", remove)
        os.kill(os.getpid(), signal.SIGINT)
        remove(path, ignore_errors=ignore_errors)

    monkeypatch.setattr(bundle, "staging_folder", then_ctrl_c)
    monkeypatch.setattr(shutil, "rmtree", interrupted_again)
    with pytest.raises(KeyboardInterrupt):
        build_package(_settings(source, tmp_path / "out"), engine=SilentEngine())
    assert not (tmp_path / "out").exists()  # the run made it, and took it away empty


def test_a_failed_run_removes_the_empty_output_folders_it_made(tmp_path: Path) -> None:
    # A run that failed while speaking (gTTS offline, a voice that breaks on the text) left
    # the `-o` folder it had created behind its error, empty, parents and all.
    from tests.batch_fakes import PickyEngine

    source = tmp_path / "statement.md"
    source.write_text(VERSION_A.replace("Thank you.", "Unspeakable thanks."))
    with pytest.raises(SynthesisError):
        build_package(_settings(source, tmp_path / "new" / "site"), engine=PickyEngine())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["statement.md"]
    # A folder the user had stays, even empty; so does one the run made if it is not empty.
    had = tmp_path / "had"
    had.mkdir()
    with pytest.raises(SynthesisError):
        build_package(_settings(source, had / "site"), engine=PickyEngine())
    assert had.is_dir() and list(had.iterdir()) == []
    from pipeline.stages import bundle

    made = bundle.missing_folders(tmp_path / "x" / "y")
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "note.txt").write_text("someone else's")
    bundle.discard(tmp_path / "x" / "y" / ".partial", made)
    assert made == [tmp_path / "x" / "y", tmp_path / "x"]
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == ["note.txt"]


def test_next_run_reuses_sections_synthesised_before_the_kill(
    killed_runs: dict[str, tuple[Path, int, dict[str, bytes]]],
) -> None:
    work, code, _ = killed_runs["synthesis-last-section"]
    assert code == -signal.SIGKILL
    source = work / "in" / "statement.md"
    # A run from scratch speaks every sentence once...
    fresh = SilentEngine()
    build_package(
        Settings(input_path=source, output_dir=work / "fresh", cache_dir=work / "fresh-cache"),
        engine=fresh,
    )
    # ...the run after the kill speaks only what the killed run had not finished.
    resumed = SilentEngine()
    result = build_package(
        Settings(input_path=source, output_dir=work / "out", cache_dir=work / "cache"),
        engine=resumed,
    )
    assert 0 < len(resumed.texts) < len(fresh.texts)
    assert set(resumed.texts) < set(fresh.texts)
    hash_b = hashlib.sha256(VERSION_B.encode()).hexdigest()
    assert verify_package(result.package.folder) == hash_b


def _dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_another_package_s_leftovers_of_a_dead_run_go_once_abandoned(tmp_path: Path) -> None:
    # A run killed while making `a` left `.a.partial-<pid>/` for good when only `b` was made
    # in that folder afterwards: only a run of `a` itself cleared it.
    from pipeline.stages import bundle

    out = tmp_path / "out"
    dead = _dead_pid()
    stale = out / f".a.partial-{dead}"
    (stale / "audio").mkdir(parents=True)
    (stale / "audio" / "01-x.plain.mp3").write_bytes(b"half")
    stale_zip = out / f".a.zip.partial-{dead}"
    stale_zip.write_bytes(b"PK half")
    old = out / f".c.old-{dead}"
    shutil.copytree(_published(tmp_path), old)  # a previous package of `c`, mid-publishing
    recent = out / f".d.partial-{dead}"  # maybe a live run on another machine: too fresh
    recent.mkdir()
    alive = out / f".e.partial-{os.getppid()}"  # a live process's
    alive.mkdir()
    not_ours = out / ".notes.txt"
    not_ours.write_text("a user's hidden file")
    hour_ago = time.time() - bundle.ABANDONED_AFTER - 60
    for path in (stale, stale / "audio", stale / "audio" / "01-x.plain.mp3", stale_zip, alive):
        os.utime(path, (hour_ago, hour_ago))
    for path in (old, *old.rglob("*")):
        os.utime(path, (hour_ago, hour_ago))

    source = tmp_path / "b.md"
    source.write_text(VERSION_A)
    build_package(_settings(source, out), engine=SilentEngine())

    left = sorted(p.name for p in out.iterdir())
    assert left == sorted(["b", "b.zip", "c", recent.name, alive.name, not_ours.name])
    verify_package(out / "c")  # the previous package of `c` is put back whole


def _published(tmp_path: Path) -> Path:
    """A finished package folder to stand in for another statement's previous package."""
    source = tmp_path / "c-src" / "c.md"
    source.parent.mkdir()
    source.write_text(VERSION_B)
    result = build_package(_settings(source, tmp_path / "c-out"), engine=SilentEngine())
    return result.package.folder
