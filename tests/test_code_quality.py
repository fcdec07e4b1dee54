"""ruff and mypy are part of the suite, so CI holds the code to the same standard as review."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_ruff_is_clean() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "pipeline", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_is_clean() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_checks_the_tests_as_well_as_the_package() -> None:
    # Only `pipeline` was checked, and `mypy tests` had drifted to 83 errors: fixtures typed
    # `object`, names reached through modules that merely re-import them.
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert {"pipeline", "tests"} <= set(project["tool"]["mypy"]["packages"])


def test_the_build_asks_for_a_setuptools_that_reads_its_licence() -> None:
    # `license = "GPL-3.0-or-later"` (an SPDX expression, PEP 639) is read by setuptools 77
    # and later; the build asked for ">=69", and 69 to 76 stop `pip install .` with
    # "`project.license` must be valid exactly by one definition".
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(project["project"]["license"], str)
    (setuptools,) = [r for r in project["build-system"]["requires"] if r.startswith("setuptools")]
    minimum = re.fullmatch(r"setuptools>=(\d+)(?:\.\d+)*", setuptools)
    assert minimum is not None and int(minimum.group(1)) >= 77, setuptools


def test_a_run_of_the_suite_leaves_no_speech_cache_in_the_temp_folder(tmp_path: Path) -> None:
    # Each session made plainvoice-test-cache-* in the temp folder and never removed it.
    import os

    environment = {k: v for k, v in os.environ.items() if k != "PLAINVOICE_CACHE_DIR"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_docs.py"],
        cwd=ROOT,
        env={**environment, "TMPDIR": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert list(tmp_path.glob("plainvoice-test-cache-*")) == []
