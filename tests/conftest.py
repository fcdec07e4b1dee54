"""Shared fixtures: the sample statement, a silent engine, a CLI runner, and no network."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from tests.fakes import SilentEngine

# Property tests draw the same examples every run, so CI passes or fails on the code alone;
# PLAINVOICE_HYPOTHESIS=explore draws new ones (and many more) to look for new failures.
settings.register_profile("deterministic", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("PLAINVOICE_HYPOTHESIS", "deterministic"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "interpol-sg-un-crime-congress-2021.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs with outgoing connections refused, so nothing can leak or download."""
    if request.node.get_closest_marker("net"):
        return

    connect = socket.socket.connect

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise OSError("network disabled in tests")

    def connect_locally_only(sock: socket.socket, address: Any) -> None:
        # Unix-domain sockets never leave the machine; multiprocessing's forkserver uses one.
        if sock.family == socket.AF_UNIX:
            return connect(sock, address)
        refuse()

    monkeypatch.setattr(socket.socket, "connect", connect_locally_only)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True)
def private_speech_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own empty speech cache, so no test sees another's (or the user's) audio."""
    folder = tmp_path_factory.mktemp("speech-cache")
    monkeypatch.setenv("PLAINVOICE_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def silent_engine() -> SilentEngine:
    return SilentEngine()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `net` need the internet: skipped unless PLAINVOICE_NET_TESTS=1."""
    import os

    if os.environ.get("PLAINVOICE_NET_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="needs the internet; set PLAINVOICE_NET_TESTS=1")
    for item in items:
        if "net" in item.keywords:
            item.add_marker(skip)


_SESSION_CACHE: list[Path] = []
"""The private speech cache this session made, removed when it ends."""


def pytest_configure(config: pytest.Config) -> None:
    """Session-wide fixtures too use a private speech cache, never the user's own."""
    import os
    import tempfile

    if "PLAINVOICE_CACHE_DIR" not in os.environ:
        folder = Path(tempfile.mkdtemp(prefix="plainvoice-test-cache-"))
        os.environ["PLAINVOICE_CACHE_DIR"] = str(folder)
        _SESSION_CACHE.append(folder)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the session's speech cache: every run of the suite left one in the temp folder
    (5 to 20 MB each; 487 of them, 2.6 GB, on the build machine)."""
    import shutil

    while _SESSION_CACHE:
        shutil.rmtree(_SESSION_CACHE.pop(), ignore_errors=True)
