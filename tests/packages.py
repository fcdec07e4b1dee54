"""The sample statement's package, built once per test session with the silent engine.

Several test modules look at the same package; building it once keeps the suite fast. Tests
must treat it as read-only (copy it before changing anything).
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

from pipeline.build import BuildResult, build_package
from pipeline.settings import Settings
from tests.conftest import SAMPLE
from tests.fakes import SilentEngine


@functools.cache
def sample_package() -> BuildResult:
    """Build (once) and return the sample's package in a temporary folder removed at exit."""
    out = Path(tempfile.mkdtemp(prefix="plainvoice-sample-"))
    atexit.register(shutil.rmtree, out, True)
    return build_package(Settings(input_path=SAMPLE, output_dir=out), engine=SilentEngine())
