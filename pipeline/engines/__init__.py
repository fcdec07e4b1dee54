"""Engine registry: built-in engines and add-ons come in through one entry-point group.

A new engine is one class that follows `base.TTSEngine`: in an add-on, one file and one entry
point in its own package; built in, one new file plus its line here and in pyproject.toml
(tests/test_engines.py checks that the two lists agree). Nothing else lists engines.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from pipeline.engines.base import SpeechAudio, TTSEngine
from pipeline.errors import EngineUnavailable, UsageError
from pipeline.registry import Registry

__all__ = [
    "ENGINES",
    "ENTRY_POINT_GROUP",
    "SpeechAudio",
    "TTSEngine",
    "available_engines",
    "get_engine",
    "is_offline",
]

ENTRY_POINT_GROUP: Final = "plainvoice.tts_engines.v1"
"""Versioned, so the interface can change without breaking old add-ons silently."""

ENGINES: Final = Registry(
    kind="engine",
    group=ENTRY_POINT_GROUP,
    built_ins={
        "piper": "pipeline.engines.piper_engine:PiperEngine",
        "gtts": "pipeline.engines.gtts_engine:GTTSEngine",
        "espeak": "pipeline.engines.espeak_engine:EspeakEngine",
    },
)


def available_engines() -> list[str]:
    """Names of every registered engine, available here or not."""
    return ENGINES.names()


def is_offline(name: str) -> bool:
    """Whether the engine called `name` runs on this machine (unknown names: False)."""
    try:
        factory = ENGINES.factory(name)
    except UsageError:
        return False
    return bool(getattr(factory, "offline", False))


def get_engine(name: str, lang: str = "en", voice: str | None = None) -> TTSEngine:
    """Create the engine called `name` (with a chosen `voice`), or say clearly why it cannot run."""
    factory: Callable[..., TTSEngine] = ENGINES.factory(name)
    if voice is None:
        engine = factory(lang)
    else:
        from inspect import signature

        if "voice" not in signature(factory).parameters:
            raise UsageError(f"the {name} engine has no choice of voice", hint="leave out --voice")
        engine = factory(lang, voice=voice)
    reason = engine.unavailable_reason()
    if reason is not None:
        raise EngineUnavailable(f"engine '{name}' is unavailable: {reason}")
    return engine
