from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.engines import available_engines, get_engine
from pipeline.engines.base import TTSEngine
from pipeline.engines.gtts_engine import GTTSEngine
from pipeline.engines.piper_engine import PiperEngine
from pipeline.errors import EngineUnavailable, SynthesisError, UsageError
from tests.fakes import SilentEngine


def test_registry_lists_built_in_engines() -> None:
    assert {"piper", "gtts"} <= set(available_engines())


def test_unknown_engine_is_a_usage_error_naming_the_choices() -> None:
    with pytest.raises(UsageError, match="choose one of: espeak, gtts, piper"):
        get_engine("festival")


def test_engines_follow_the_protocol() -> None:
    assert isinstance(PiperEngine(), TTSEngine)
    assert isinstance(GTTSEngine(), TTSEngine)
    assert isinstance(SilentEngine(), TTSEngine)


def test_piper_is_available_offline_with_the_packaged_voice() -> None:
    engine = get_engine("piper")
    assert engine.offline
    assert "en_US-joe-medium" in engine.voice_description()


def test_piper_without_a_voice_for_the_language_says_what_to_do() -> None:
    reason = PiperEngine("xx").unavailable_reason()
    assert reason is not None and "--engine gtts" in reason
    with pytest.raises(EngineUnavailable):
        get_engine("piper", "xx")


def test_gtts_without_network_is_a_clear_synthesis_error() -> None:
    # The autouse fixture refuses every connection, as an offline machine would.
    with pytest.raises(SynthesisError) as caught:
        GTTSEngine().synthesize("Hello.")
    line = caught.value.one_line()
    assert "could not reach Google" in line and "--engine piper" in line


@pytest.mark.net
def test_gtts_speaks_when_online() -> None:  # pragma: no cover - needs the internet
    assert GTTSEngine().synthesize("Hello.").duration > 0.3


def test_the_gtts_engine_pickles_for_worker_processes() -> None:
    # `run --engine gtts -j 2` and `batch --engine gtts -j 2` ended in a traceback: the
    # default sleep was a lambda, which worker processes cannot receive.
    import pickle

    engine = pickle.loads(pickle.dumps(GTTSEngine("en", tld="co.uk")))
    assert (engine.lang, engine.tld) == ("en", "co.uk")


def test_an_engine_in_one_file_of_an_add_on_is_found_and_speaks_a_whole_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new engine is one class and one entry point naming it: nothing in plainvoice lists
    # engines besides the registry, so `--engine hum` works for a whole run and for batches.
    import json
    from importlib.metadata import EntryPoint

    from pipeline import registry
    from pipeline.batch import BatchSettings
    from pipeline.build import build_package
    from pipeline.engines import ENTRY_POINT_GROUP, is_offline
    from pipeline.settings import Settings
    from tests.fakes import ROAD_SAFETY_STATEMENT

    hum = EntryPoint(name="hum", value="tests.fakes:SilentEngine", group=ENTRY_POINT_GROUP)

    def entry_points(*, group: str) -> tuple[EntryPoint, ...]:
        return (hum,) if group == ENTRY_POINT_GROUP else ()

    registry._add_ons.cache_clear()
    monkeypatch.setattr(registry, "entry_points", entry_points)
    try:
        assert "hum" in available_engines() and is_offline("hum")
        statement = tmp_path / "road.txt"
        statement.write_text(ROAD_SAFETY_STATEMENT, encoding="utf-8")
        BatchSettings(inputs=(statement,), output_dir=tmp_path, engine="hum").validate()
        settings = Settings(input_path=statement, output_dir=tmp_path / "out", engine="hum", jobs=1)
        result = build_package(settings)
    finally:
        registry._add_ons.cache_clear()
    manifest = json.loads((result.package.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["engine"]["name"] == "silent"  # the name the class gives itself
    assert manifest["engine"]["voice"] == "silent test engine (synthetic)"
    assert manifest["audio_seconds"] > 0


def test_the_built_in_engines_and_rewriters_are_listed_alike_in_the_code_and_the_metadata() -> None:
    # The registries find built-ins in the code (a source checkout has no metadata), and
    # pyproject.toml lists them again as entry points: an engine added to one list and not
    # the other ran from a checkout and not when installed, or the other way round.
    import tomllib

    from pipeline.engines import ENGINES
    from pipeline.rewriters import REWRITERS
    from tests.conftest import ROOT

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = project["project"]["entry-points"]
    for registry in (ENGINES, REWRITERS):
        assert declared[registry.group] == registry.built_ins
