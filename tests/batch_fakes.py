"""Engines for batch and Dask tests, importable by worker processes (they unpickle by module name)."""

from __future__ import annotations

import time

from pipeline.engines.base import SpeechAudio
from pipeline.errors import SynthesisError
from tests.fakes import SilentEngine


class SlowSilentEngine(SilentEngine):
    """Silent speech that takes a while per sentence, so a worker can be killed mid-task."""

    name = "slow-silent"

    def __init__(self, lang: str = "en", seconds: float = 0.25) -> None:
        super().__init__(lang)
        self.seconds = seconds

    def synthesize(self, text: str) -> SpeechAudio:
        time.sleep(self.seconds)
        return super().synthesize(text)


class PickyEngine(SilentEngine):
    """Fails on any sentence with the word "unspeakable", like an engine meeting text it cannot say."""

    name = "picky"

    def synthesize(self, text: str) -> SpeechAudio:
        if "unspeakable" in text.lower():
            raise SynthesisError("the picky engine cannot say this sentence")
        return super().synthesize(text)


def calls_in_this_process() -> int:
    """Sentences this process's resident engines were asked to speak (run on Dask workers)."""
    from pipeline.executors import _ENGINES

    return sum(len(getattr(engine, "texts", ())) for engine in _ENGINES.values())


def resident_silent_engines() -> int:
    """How many silent engines this process keeps loaded (run on Dask workers)."""
    from pipeline.executors import _ENGINES

    return sum(type(engine) is SilentEngine for engine in _ENGINES.values())
