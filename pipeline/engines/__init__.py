"""Engine registry: built-in engines and add-ons come in through one entry-point group."""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Final

from pipeline.engines.base import SpeechAudio, TTSEngine
from pipeline.errors import EngineUnavailable, UsageError

__all__ = [
    "ENTRY_POINT_GROUP",
    "SpeechAudio",
    "TTSEngine",
    "available_engines",
    "get_engine",
    "is_offline",
]

ENTRY_POINT_GROUP: Final = "plainvoice.tts_engines.v1"
"""Versioned, so the interface can change without breaking old add-ons silently."""

EngineFactory = Callable[[str], TTSEngine]

_BUILT_INS: Final[dict[str, str]] = {
    "piper": "pipeline.engines.piper_engine:PiperEngine",
    "gtts": "pipeline.engines.gtts_engine:GTTSEngine",
    "espeak": "pipeline.engines.espeak_engine:EspeakEngine",
}


def _load(target: str) -> EngineFactory:
    from importlib import import_module

    module_name, _, attribute = target.partition(":")
    factory: EngineFactory = getattr(import_module(module_name), attribute)
    return factory


def _factories() -> dict[str, str]:
    # Built-ins are listed here too, so a source checkout works before `pip install`.
    found = dict(_BUILT_INS)
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        found[entry.name] = entry.value
    return found


def available_engines() -> list[str]:
    """Names of every registered engine, available here or not."""
    return sorted(_factories())


def is_offline(name: str) -> bool:
    """Whether the engine called `name` runs on this machine (unknown names: False)."""
    target = _factories().get(name)
    return target is not None and bool(getattr(_load(target), "offline", False))


def get_engine(name: str, lang: str = "en", voice: str | None = None) -> TTSEngine:
    """Create the engine called `name` (with a chosen `voice`), or say clearly why it cannot run."""
    factories = _factories()
    if name not in factories:
        raise UsageError(
            f"unknown engine '{name}'", hint=f"choose one of: {', '.join(sorted(factories))}"
        )
    factory = _load(factories[name])
    if voice is None:
        engine = factory(lang)
    else:
        from inspect import signature

        if "voice" not in signature(factory).parameters:
            raise UsageError(f"the {name} engine has no choice of voice", hint="leave out --voice")
        engine = factory(lang, voice=voice)  # type: ignore[call-arg]
    reason = engine.unavailable_reason()
    if reason is not None:
        raise EngineUnavailable(f"engine '{name}' is unavailable: {reason}")
    return engine
