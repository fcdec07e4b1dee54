"""Shared fixtures: the sample statement, a silent engine, a CLI runner, and no network."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.fakes import SilentEngine

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "interpol-sg-un-crime-congress-2021.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs with outgoing connections refused, so nothing can leak or download."""
    if request.node.get_closest_marker("net"):
        return

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


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
