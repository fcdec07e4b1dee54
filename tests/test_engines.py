from __future__ import annotations

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
