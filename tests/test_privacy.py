"""Privacy and network: the default run opens no socket; gTTS faults are retried, named, survived.

gTTS is exercised through a fake transport put where gTTS makes its requests
(`gtts.tts.requests.Session`), so every fault (429, 5xx, DNS, no network, timeout) is
simulated exactly and no packet leaves the machine.
"""

from __future__ import annotations

import base64
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import requests
from typer.testing import CliRunner

from pipeline import audio
from pipeline.build import build_package, describe_engine
from pipeline.cli import app
from pipeline.engines.fallback import FallbackEngine
from pipeline.engines.gtts_engine import GTTSEngine, RetryPolicy
from pipeline.errors import ExitCode, SynthesisError
from pipeline.settings import Settings, Versions
from tests.conftest import ROOT
from tests.fakes import SilentEngine

SHORT = "We meet in Vienna today. We will act together.\n\nOur partners did well. We thank them."


# -- The default run opens no network connection ------------------------------------------

NO_NETWORK = """
import os, socket
_log = os.environ["PLAINVOICE_TEST_SOCKET_LOG"]
def refuse(*args, **kwargs):
    with open(_log, "a") as log:
        log.write(f"{os.getpid()} {args!r}\\n")
    raise OSError("network sockets are disabled for this test")
class NoNetworkSocket(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        # Unix sockets are how our own worker processes talk to each other, and a given
        # fileno wraps a socket made already; anything else could reach another machine.
        if fileno is None and family != socket.AF_UNIX:
            refuse(family, type)
        super().__init__(family, type, proto, fileno)
socket.socket = NoNetworkSocket
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""


def test_default_run_with_sockets_disabled_completes_offline(tmp_path: Path) -> None:
    """The whole default pipeline, real Piper voice and worker processes included, with no
    network: every Python process of the run (workers too) refuses network sockets.
    """
    source = tmp_path / "short.txt"
    source.write_text(SHORT)
    attempts = tmp_path / "attempts.log"
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(NO_NETWORK)
    home = tmp_path / "home"
    environment = {
        key: value for key, value in os.environ.items() if key != "ORT_DISABLE_TELEMETRY"
    }
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(source), "-o", str(tmp_path / "out"), "-q"],
        cwd=ROOT,
        env={
            **environment,
            "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)]),
            "PLAINVOICE_TEST_SOCKET_LOG": str(attempts),
            "HOME": str(home),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "PLAINVOICE_CACHE_DIR": str(tmp_path / "cache"),
        },
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert not attempts.exists(), attempts.read_text()
    # ONNX Runtime's telemetry talks from C++, past Python's sockets: it first stores its
    # events (device id, OS, the Python path) under ~/.cache/Microsoft, then sends them to
    # mobile.events.data.microsoft.com. Nothing may be stored there, so nothing is sent.
    assert not (home / ".cache" / "Microsoft").exists(), sorted((home / ".cache").rglob("*"))
    # The guard is live in every Python process started this way: a connection is caught.
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.socket().connect(('192.0.2.1', 80))"],
        env={**os.environ, "PYTHONPATH": str(site), "PLAINVOICE_TEST_SOCKET_LOG": str(attempts)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode != 0 and "network sockets are disabled" in probe.stderr
    assert attempts.exists()
    manifest = json.loads((tmp_path / "out" / "short" / "manifest.json").read_text())
    assert manifest["engine"]["name"] == "piper"
    assert manifest["engine"]["offline"] is True
    assert manifest["engine"]["text_sent_online"] is False
    assert manifest["engine"]["online_service"] is None
    assert any(f["path"].endswith(".mp3") for f in manifest["files"])


def test_gtts_is_never_chosen_by_default() -> None:
    assert Settings(input_path=None).engine == "piper"
    assert Settings(input_path=None).fallback is None


# -- A fake transport where gTTS sends its requests -----------------------------------------


@pytest.fixture(scope="module")
def mp3_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("mp3") / "beep.mp3"
    # A short tone: engines that return silence are refused, as they should be.
    tone = SilentEngine().synthesize("beep")
    audio.write_mp3(tone, path, audio.Tags("t", "a", "b", "eng"))
    return path.read_bytes()


def _response(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Any:
    response = requests.Response()
    response.status_code = status
    response.reason = {200: "OK", 429: "Too Many Requests", 503: "Service Unavailable"}.get(
        status, "Error"
    )
    response._content = body
    response._content_consumed = True
    response.headers.update(headers or {})
    return response


def _speech(mp3: bytes) -> bytes:
    payload = base64.b64encode(mp3).decode()
    return (
        ")]}'\n" + f'[["wrb.fr","jQ1olc","[\\"{payload}\\"]",null,null,null,"generic"]]\n'
    ).encode()


class FakeTransport:
    """Plays a script of answers (responses or exceptions) and records every request."""

    def __init__(self, script: list[Any], then: Any = None) -> None:
        self.script = list(script)
        self.then = then
        self.requests: list[Any] = []

    def __call__(self) -> FakeTransport:  # gTTS calls requests.Session()
        return self

    def __enter__(self) -> FakeTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def send(self, request: Any, **kwargs: Any) -> Any:
        assert kwargs["timeout"] is not None  # never wait forever
        self.requests.append(request)
        answer = self.script.pop(0) if self.script else self.then
        if isinstance(answer, BaseException):
            raise answer
        answer.request = request
        return answer


@pytest.fixture
def transport(monkeypatch: pytest.MonkeyPatch) -> Any:
    def install(script: list[Any], then: Any = None) -> FakeTransport:
        fake = FakeTransport(script, then)
        monkeypatch.setattr("gtts.tts.requests.Session", fake)
        return fake

    return install


def _engine(sleeps: list[float], **options: Any) -> GTTSEngine:
    return GTTSEngine("en", sleep=sleeps.append, rng=random.Random(7), **options)


def test_busy_service_is_retried_with_growing_jittered_waits(
    transport: Any, mp3_bytes: bytes
) -> None:
    fake = transport(
        [_response(429), _response(503), _response(502)], then=_response(200, _speech(mp3_bytes))
    )
    sleeps: list[float] = []
    speech = _engine(sleeps).synthesize("We act now.")
    assert speech.duration > 0.2
    assert len(fake.requests) == 4
    assert len(sleeps) == 3
    policy = RetryPolicy()
    for retry, wait in enumerate(sleeps, start=1):
        ceiling = policy.base_delay * 2 ** (retry - 1)
        assert ceiling / 2 <= wait <= ceiling  # exponential, with jitter inside the step


def test_jitter_differs_between_clients() -> None:
    policy = RetryPolicy()
    waits = {round(policy.delay(3, random.Random(seed)), 6) for seed in range(10)}
    assert len(waits) > 5 and all(2.0 <= w <= 4.0 for w in waits)


def test_retries_are_bounded_and_the_error_is_clear(transport: Any) -> None:
    fake = transport([], then=_response(503))
    sleeps: list[float] = []
    with pytest.raises(SynthesisError) as caught:
        _engine(sleeps).synthesize("We act now.")
    assert len(fake.requests) == RetryPolicy().attempts == 5
    assert len(sleeps) == 4 and sum(sleeps) <= 1 + 2 + 4 + 8
    assert "HTTP 503 Service Unavailable" in str(caught.value)
    assert "after 5 attempts" in str(caught.value) and "--fallback piper" in str(caught.value)
    assert caught.value.exit_code == ExitCode.SYNTHESIS


def test_retry_after_is_honoured_up_to_the_cap(transport: Any, mp3_bytes: bytes) -> None:
    transport(
        [_response(429, headers={"Retry-After": "3600"})], then=_response(200, _speech(mp3_bytes))
    )
    sleeps: list[float] = []
    _engine(sleeps).synthesize("We act now.")
    assert sleeps == [RetryPolicy().max_delay]


FAILS_AT_ONCE = [
    (
        "dns",
        requests.exceptions.ConnectionError(
            "HTTPSConnectionPool(host='translate.google.com', port=443): Failed to resolve "
            "'translate.google.com' ([Errno -3] Temporary failure in name resolution)"
        ),
        "the name could not be resolved (DNS failure or no network)",
    ),
    (
        "no-network",
        requests.exceptions.ConnectionError("[Errno 101] Network is unreachable"),
        "no connection (the network is down or blocked)",
    ),
    ("timeout", requests.exceptions.ReadTimeout("read timed out"), "no answer in time (timeout)"),
    ("forbidden", _response(403), "HTTP 403"),
]


@pytest.mark.parametrize(
    ("case", "answer", "fragment"), FAILS_AT_ONCE, ids=[c[0] for c in FAILS_AT_ONCE]
)
def test_faults_that_waiting_cannot_fix_fail_at_once(
    transport: Any, case: str, answer: Any, fragment: str
) -> None:
    fake = transport([], then=answer)
    sleeps: list[float] = []
    with pytest.raises(SynthesisError) as caught:
        _engine(sleeps).synthesize("We act now.")
    assert len(fake.requests) == 1 and sleeps == []
    assert fragment in str(caught.value)
    assert "could not reach Google's speech service" in str(caught.value)


def test_tld_and_slow_reach_the_request(transport: Any, mp3_bytes: bytes) -> None:
    fake = transport([], then=_response(200, _speech(mp3_bytes)))
    _engine([], tld="co.uk", slow=True).synthesize("We act now.")
    _engine([], tld="co.uk", slow=False).synthesize("We act now.")
    slow, normal = fake.requests
    assert slow.url.startswith("https://translate.google.co.uk/")
    assert slow.body != normal.body and "true" in slow.body and "true" not in normal.body


def test_text_without_words_is_silence_not_a_crash(transport: Any) -> None:
    fake = transport([], then=_response(500))
    speech = _engine([]).synthesize("!!! ...")
    assert speech.duration > 0 and fake.requests == []


# -- In a run: the section is named, the fallback finishes offline, the manifest tells -----


def test_failure_names_the_section(transport: Any, mp3_bytes: bytes, tmp_path: Path) -> None:
    source = tmp_path / "short.txt"
    source.write_text(SHORT)
    # The first sentences are spoken, then the service stays down.
    transport([_response(200, _speech(mp3_bytes))] * 3, then=_response(503))
    with pytest.raises(SynthesisError) as caught:
        build_package(
            Settings(input_path=source, output_dir=tmp_path / "out", engine="gtts"),
            engine=_engine([]),
        )
    assert "section '" in str(caught.value) and "HTTP 503" in str(caught.value)
    assert not (tmp_path / "out").exists()  # nothing half-written, no empty folder left


def test_fallback_finishes_offline_and_the_manifest_records_it(
    transport: Any, mp3_bytes: bytes, tmp_path: Path
) -> None:
    source = tmp_path / "short.txt"
    source.write_text(SHORT)
    fake = transport([_response(200, _speech(mp3_bytes))] * 3, then=_response(503))
    engine = FallbackEngine(_engine([]), SilentEngine())
    result = build_package(
        Settings(input_path=source, output_dir=tmp_path / "out", engine="gtts", fallback="silent"),
        engine=engine,
    )
    record = result.package.manifest["engine"]
    assert record["text_sent_online"] is True
    assert record["online_service"] == "Google Translate text-to-speech (translate.google.com)"
    assert record["fallback"] == "silent"
    assert "HTTP 503" in record["fallback_reason"]
    assert record["offline"] is False  # some text did go online before the fallback
    assert engine.primary_sentences == 3 and engine.fallback_sentences > 0  # gTTS's work kept
    assert (
        len(fake.requests) == 3 + RetryPolicy().attempts
    )  # the failing service is not asked again
    on_disk = json.loads((result.package.folder / "manifest.json").read_text())
    assert on_disk["engine"] == record


def test_manifest_records_that_text_was_sent_online(
    transport: Any, mp3_bytes: bytes, tmp_path: Path
) -> None:
    source = tmp_path / "short.txt"
    source.write_text(SHORT)
    transport([], then=_response(200, _speech(mp3_bytes)))
    result = build_package(
        Settings(
            input_path=source, output_dir=tmp_path / "out", engine="gtts", versions=Versions.PLAIN
        ),
        engine=_engine([], tld="co.uk"),
    )
    record = result.package.manifest["engine"]
    assert record["offline"] is False and record["text_sent_online"] is True
    assert record["online_service"] == "Google Translate text-to-speech (translate.google.co.uk)"
    assert record["fallback"] is None


def test_offline_engine_records_nothing_sent() -> None:
    info = describe_engine(SilentEngine())
    assert info.text_sent_online is False and info.online_service is None


def test_cli_passes_fallback_tld_and_slow(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "short.txt"
    source.write_text(SHORT)
    with mock.patch("pipeline.cli.build_package", autospec=True) as build:
        runner.invoke(
            app,
            [
                "run",
                str(source),
                "--engine",
                "gtts",
                "--fallback",
                "piper",
                "--tld",
                "co.uk",
                "--slow",
            ],
        )
    settings = build.call_args.args[0]
    assert (settings.engine, settings.fallback, settings.gtts_tld, settings.gtts_slow) == (
        "gtts", "piper", "co.uk", True,
    )  # fmt: skip


def test_cli_gtts_failure_is_one_line_exit_5(
    runner: CliRunner, transport: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "short.txt"
    source.write_text(SHORT)
    transport([], then=_response(429))
    monkeypatch.setattr("pipeline.engines.gtts_engine.time.sleep", lambda seconds: None)
    result = runner.invoke(
        app, ["run", str(source), "-o", str(tmp_path / "out"), "--engine", "gtts"]
    )
    assert result.exit_code == ExitCode.SYNTHESIS
    assert result.stderr.count("\n") == 1
    assert "HTTP 429 Too Many Requests" in result.stderr and "section '" in result.stderr
    assert not (tmp_path / "out").exists()
