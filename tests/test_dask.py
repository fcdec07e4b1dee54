"""Batch speech on a real Dask cluster: a LocalCluster of two worker processes on loopback."""

from __future__ import annotations

import ipaddress
import json
import os
import signal
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.batch import BatchResult, BatchSettings, Status, run_batch
from pipeline.errors import UsageError
from pipeline.executors import DaskExecutor
from pipeline.settings import ExecutorKind
from tests.batch_fakes import SlowSilentEngine, calls_in_this_process, resident_silent_engines
from tests.fakes import SilentEngine
from tests.test_batch import HARBOUR, SCHOOLS

distributed = pytest.importorskip("distributed")

_REAL_CONNECT = socket.socket.connect
_REAL_CREATE_CONNECTION = socket.create_connection


def _is_local(address: Any) -> bool:
    host: str | None = address[0] if isinstance(address, tuple) else None
    if host is None:
        return isinstance(address, str | bytes)  # a Unix socket path
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def connect(sock: socket.socket, address: Any) -> None:
        if not _is_local(address):
            raise OSError("network disabled in tests")
        _REAL_CONNECT(sock, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if not _is_local(address):
            raise OSError("network disabled in tests")
        return _REAL_CREATE_CONNECTION(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cluster talks over loopback; anything else stays refused, as in every test."""
    _loopback_only(monkeypatch)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    local = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        worker_dashboard_address=None,
    )
    try:
        yield local
    finally:
        local.close()


@pytest.fixture
def client(cluster: Any) -> Iterator[Any]:
    with distributed.Client(cluster, set_as_default=False) as connected:
        yield connected


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inbox")
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "schools.txt").write_text(SCHOOLS, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def _settings(inbox: Path, out: Path, cache: Path, scheduler: str | None = None) -> BatchSettings:
    return BatchSettings(
        inputs=(inbox,),
        output_dir=out,
        language="en",
        jobs=1,
        cache_dir=cache,
        executor=ExecutorKind.DASK if scheduler else ExecutorKind.LOCAL,
        scheduler=scheduler,
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _without_audio_hashes(manifest: dict[str, Any]) -> dict[str, Any]:
    manifest = json.loads(json.dumps(manifest))
    for record in manifest["files"]:
        if record["path"].endswith(".mp3"):
            del record["sha256"], record["bytes"]
    return manifest


@pytest.fixture(scope="module")
def dask_run(
    cluster: Any, inbox: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[BatchResult, Path, SilentEngine]:
    folder = tmp_path_factory.mktemp("dask")
    client_engine = SilentEngine()
    with pytest.MonkeyPatch.context() as patch:
        _loopback_only(patch)
        result = run_batch(
            _settings(inbox, folder / "out", folder / "cache", cluster.scheduler_address),
            engine=client_engine,
        )
    return result, folder, client_engine


def test_an_unreachable_scheduler_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="cannot reach the Dask scheduler"):
        DaskExecutor("tcp://127.0.0.1:9", connect_timeout="0.5s")


def test_workers_synthesise_and_the_package_equals_a_local_one_but_for_audio(
    dask_run: tuple[BatchResult, Path, SilentEngine], inbox: Path, tmp_path: Path, client: Any
) -> None:
    result, folder, client_engine = dask_run
    assert {o.name: o.status for o in result.outcomes} == {
        "empty": Status.FAILED,
        "harbour": Status.BUILT,
        "schools": Status.BUILT,
    }
    assert client_engine.texts == []  # this process spoke nothing: the workers did
    calls = client.run(calls_in_this_process)
    assert sum(calls.values()) > 0
    # Each worker loaded one voice and kept it for all its tasks.
    assert set(client.run(resident_silent_engines).values()) <= {0, 1}

    local = run_batch(_settings(inbox, tmp_path / "out", tmp_path / "cache"), engine=SilentEngine())
    assert [o.status for o in local.outcomes] == [o.status for o in result.outcomes]
    assert local.synthesised == result.synthesised > 0
    for name in ("harbour", "schools"):
        made_here = _files(tmp_path / "out" / name)
        made_there = _files(folder / "out" / name)
        assert made_here.keys() == made_there.keys()
        for path in made_here:
            if path.endswith(".mp3"):
                continue  # fresh Piper speech differs sample by sample; everything else may not
            if path == "manifest.json":
                here = _without_audio_hashes(json.loads(made_here[path]))
                assert here == _without_audio_hashes(json.loads(made_there[path]))
            else:
                assert made_here[path] == made_there[path], path


def test_a_local_run_after_a_dask_run_synthesises_nothing_and_gives_the_same_bytes(
    dask_run: tuple[BatchResult, Path, SilentEngine], inbox: Path
) -> None:
    _, folder, _ = dask_run
    engine = SilentEngine()
    again = run_batch(_settings(inbox, folder / "again", folder / "cache"), engine=engine)
    assert engine.texts == []
    assert again.synthesised == 0
    for name in ("harbour", "schools"):
        assert _files(folder / "again" / name) == _files(folder / "out" / name)
        assert (folder / "again" / f"{name}.zip").read_bytes() == (
            folder / "out" / f"{name}.zip"
        ).read_bytes()


class _KillOnFirstClip:
    """A reporter that kills a busy worker process as soon as the first clip is back."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.killed: int | None = None

    def batch_started(self, statements: int) -> None:
        pass

    def statement_started(self, name: str, clips: int) -> None:
        pass

    def statement_finished(self, outcome: Any) -> None:
        pass

    def clip_done(self, name: str) -> None:
        if self.killed is not None:
            return
        busy = [worker for worker, keys in self.client.processing().items() if keys]
        assert busy, "no task was running when the first clip came back"
        pid = self.client.run(os.getpid, workers=[busy[0]])[busy[0]]
        os.kill(pid, signal.SIGKILL)
        self.killed = pid


def test_a_worker_killed_mid_batch_is_survived(
    cluster: Any, client: Any, inbox: Path, tmp_path: Path
) -> None:
    reporter = _KillOnFirstClip(client)
    result = run_batch(
        _settings(inbox, tmp_path / "out", tmp_path / "cache", cluster.scheduler_address),
        reporter=reporter,
        engine=SlowSilentEngine(seconds=0.2),
    )
    assert reporter.killed is not None
    statuses = {o.name: o.status for o in result.outcomes}
    assert statuses == {"empty": Status.FAILED, "harbour": Status.BUILT, "schools": Status.BUILT}
    for name in ("harbour", "schools"):
        outcome = next(o for o in result.outcomes if o.name == name)
        manifest = json.loads((tmp_path / "out" / name / "manifest.json").read_text())
        assert len(manifest["sections"]) == outcome.sections
        assert all(len(s["audio"]) == 2 for s in manifest["sections"])
    assert reporter.killed not in client.run(os.getpid).values()
