"""A re-run with nothing changed reuses the package; any change, or damage, rebuilds it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import pipeline.build
import pipeline.engines
from pipeline.cli import app
from pipeline.settings import Settings
from tests.fakes import ROAD_SAFETY_STATEMENT, SilentEngine


class _Counter:
    """Counts synthesis calls and text-stage runs across CLI invocations."""

    def __init__(self) -> None:
        self.synthesised = 0
        self.prepared = 0


@pytest.fixture
def counter(monkeypatch: pytest.MonkeyPatch) -> _Counter:
    counts = _Counter()
    monkeypatch.setitem(pipeline.engines.ENGINES.built_ins, "silent", "tests.fakes:SilentEngine")
    synthesize = SilentEngine.synthesize

    def counting_synthesize(self: SilentEngine, text: str) -> Any:
        counts.synthesised += 1
        return synthesize(self, text)

    monkeypatch.setattr(SilentEngine, "synthesize", counting_synthesize)
    prepare = pipeline.build.prepare_statement

    def counting_prepare(*args: Any, **kwargs: Any) -> Any:
        counts.prepared += 1
        return prepare(*args, **kwargs)

    monkeypatch.setattr(pipeline.build, "prepare_statement", counting_prepare)
    return counts


@pytest.fixture
def statement(tmp_path: Path) -> Path:
    path = tmp_path / "road-safety.txt"
    path.write_text(ROAD_SAFETY_STATEMENT, encoding="utf-8")
    return path


def _run(runner: CliRunner, statement: Path, out: Path, *extra: str) -> dict[str, Any]:
    # --jobs 1: synthesis runs in this process, where the counter sees it.
    result = runner.invoke(
        app,
        ["run", str(statement), "-o", str(out), "--engine", "silent", "--json", "-j", "1", *extra],
    )
    assert result.exit_code == 0, result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_rerun_with_nothing_changed_does_no_work(
    runner: CliRunner, statement: Path, tmp_path: Path, counter: _Counter
) -> None:
    out = tmp_path / "out"
    first = _run(runner, statement, out)
    assert first["unchanged"] is False and counter.prepared == 1 and counter.synthesised > 0
    manifest = (out / "road-safety" / "manifest.json").read_bytes()
    zip_bytes = (out / "road-safety.zip").read_bytes()
    assert json.loads(manifest)["build"]["input_sha256"]

    counter.synthesised = 0
    second = _run(runner, statement, out)
    assert second["unchanged"] is True
    assert counter.prepared == 1 and counter.synthesised == 0
    assert second["sections"] == first["sections"] >= 3
    assert second["audio_seconds"] == first["audio_seconds"]
    assert (out / "road-safety" / "manifest.json").read_bytes() == manifest
    assert (out / "road-safety.zip").read_bytes() == zip_bytes

    plain = runner.invoke(app, ["run", str(statement), "-o", str(out), "--engine", "silent"])
    assert plain.exit_code == 0 and plain.stdout.startswith("Up to date")


@pytest.mark.parametrize(
    "change",
    ["input", "rate", "no-announce", "target-grade", "versions", "lexicon", "force", "no-cache"],
)
def test_any_change_that_shapes_the_package_rebuilds_it(
    runner: CliRunner, statement: Path, tmp_path: Path, counter: _Counter, change: str
) -> None:
    out = tmp_path / "out"
    lexicon = tmp_path / "words.toml"
    lexicon.write_text('[words]\nDirector = "the director"\n', encoding="utf-8")
    # Only changes that reach the audio need audio to show it; the rest run text-only (faster).
    audible = change in {"rate", "no-announce", "versions", "lexicon"}
    base = ["--lexicon", str(lexicon)] + ([] if audible else ["--no-audio"])
    _run(runner, statement, out, *base)
    extra: list[str] = list(base)
    if change == "input":
        statement.write_text(ROAD_SAFETY_STATEMENT.replace("1,204", "1,205"), encoding="utf-8")
    elif change == "lexicon":
        lexicon.write_text('[words]\nDirector = "director"\n', encoding="utf-8")
    else:
        extra += {
            "rate": ["--rate", "1.25"],
            "no-announce": ["--no-announce"],
            "target-grade": ["--target-grade", "6"],
            "versions": ["--versions", "original"],
            "force": ["--force"],
            "no-cache": ["--no-cache"],
        }[change]
    again = _run(runner, statement, out, *extra)
    assert again["unchanged"] is False and counter.prepared == 2


@pytest.mark.parametrize(
    "damage", ["audio", "page", "zip", "manifest-in-zip", "manifest-bytes-in-zip"]
)
def test_a_damaged_package_is_rebuilt_not_reused(
    runner: CliRunner, statement: Path, tmp_path: Path, counter: _Counter, damage: str
) -> None:
    import zipfile

    out = tmp_path / "out"
    extra = [] if damage == "audio" else ["--no-audio"]
    _run(runner, statement, out, *extra)
    folder = out / "road-safety"
    if damage == "audio":
        mp3 = next((folder / "audio").glob("*.mp3"))
        mp3.write_bytes(mp3.read_bytes()[:-100])
    elif damage == "page":
        (folder / "index.html").write_text("<p>edited by hand</p>", encoding="utf-8")
    elif damage == "zip":
        (out / "road-safety.zip").unlink()
    elif damage == "manifest-bytes-in-zip":
        _break_deflate_data(out / "road-safety.zip", "road-safety/manifest.json")
    else:
        with zipfile.ZipFile(out / "road-safety.zip", "w") as archive:
            archive.writestr("road-safety/manifest.json", "{}")
    again = _run(runner, statement, out, *extra)
    assert again["unchanged"] is False and counter.prepared == 2
    from pipeline.check import check_package

    assert check_package(folder).ok


def _break_deflate_data(zip_path: Path, member: str) -> None:
    """Give a deflated member a reserved block type: reading it raises zlib.error, not BadZipFile."""
    import zipfile

    data = bytearray(zip_path.read_bytes())
    with zipfile.ZipFile(zip_path) as archive:
        info = archive.getinfo(member)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    local = info.header_offset
    name_length = int.from_bytes(data[local + 26 : local + 28], "little")
    extra_length = int.from_bytes(data[local + 28 : local + 30], "little")
    data[local + 30 + name_length + extra_length] = 0xFF
    zip_path.write_bytes(bytes(data))


def test_standard_input_always_builds(runner: CliRunner, tmp_path: Path, counter: _Counter) -> None:
    out = tmp_path / "out"
    for _ in range(2):
        result = runner.invoke(
            app, ["run", "-", "-o", str(out), "--no-audio", "--json"], input=ROAD_SAFETY_STATEMENT
        )
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["unchanged"] is False
    assert counter.prepared == 2


def test_fingerprint_ignores_where_and_how_fast(tmp_path: Path) -> None:
    """Output folder, jobs and cache location do not shape the package, so they do not count."""
    from pipeline.cache import SpeechCache
    from pipeline.freshness import settings_fingerprint

    cache = SpeechCache(tmp_path / "cache")
    one = Settings(input_path=tmp_path / "a.txt", output_dir=tmp_path / "x", jobs=1)
    two = Settings(
        input_path=tmp_path / "b.txt", output_dir=tmp_path / "y", jobs=2, cache_dir=tmp_path
    )
    assert settings_fingerprint(one, None, cache) == settings_fingerprint(two, None, cache)
    louder = Settings(input_path=tmp_path / "a.txt", sentence_pause_ms=500)
    assert settings_fingerprint(louder, None, cache) != settings_fingerprint(one, None, cache)


def test_the_same_text_under_another_file_name_is_rebuilt(
    runner: CliRunner, statement: Path, tmp_path: Path, counter: _Counter
) -> None:
    # road-safety.txt and road-safety.md make the same package folder; the manifest names the
    # source, and the name's extension decides how the text is read (text, Markdown, HTML).
    out = tmp_path / "out"
    _run(runner, statement, out, "--no-audio")
    renamed = statement.with_suffix(".md")
    renamed.write_bytes(statement.read_bytes())
    again = _run(runner, renamed, out, "--no-audio")
    assert again["unchanged"] is False
    manifest = json.loads((out / "road-safety" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["statement"]["source"] == "road-safety.md"


def test_a_voice_for_another_language_installed_or_removed_makes_the_package_stale(
    runner: CliRunner, tmp_path: Path, counter: _Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bilingual statement's French paragraphs change voice when espeak-ng's French comes or
    goes (it is no setting), so the package made before is rebuilt; nothing else is."""
    import pipeline.stages.speak as speak
    from tests.test_language_mixed import BILINGUAL

    source = tmp_path / "homes.txt"
    source.write_text(BILINGUAL + "\n", encoding="utf-8")
    out = tmp_path / "out"
    monkeypatch.setattr(speak, "other_language_voice", lambda engine, lang: None)
    assert _run(runner, source, out)["unchanged"] is False
    assert _run(runner, source, out)["unchanged"] is True
    french = SilentEngine("fr")
    monkeypatch.setattr(
        speak, "other_language_voice", lambda engine, lang: french if lang == "fr" else None
    )
    assert _run(runner, source, out)["unchanged"] is False
    assert _run(runner, source, out)["unchanged"] is True
    manifest = json.loads((out / "homes" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["engine"]["other_voices"] == {"fr": french.voice_description()}
    # A statement in one language does not ask which voices are installed.
    monkeypatch.setattr(speak, "other_language_voice", lambda engine, lang: 1 / 0)
    plain = tmp_path / "road.txt"
    plain.write_text(ROAD_SAFETY_STATEMENT, encoding="utf-8")
    assert _run(runner, plain, out)["unchanged"] is False
    assert _run(runner, plain, out)["unchanged"] is True
