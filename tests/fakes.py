"""Test doubles: offline engines that record what they were told, with audio that costs nothing."""

from __future__ import annotations

import math
from array import array

from pipeline.engines.base import SpeechAudio

_RATE = 16000
_PERIOD = array("h", (round(2000 * math.sin(2 * math.pi * i / 80)) for i in range(80))).tobytes()
"""One period of a soft 200 Hz tone at 16 kHz: real speech is never silent, so fakes hum."""


class SilentEngine:
    """Says nothing meaningful: a soft tone whose length follows the text (150 words a minute).

    Named for what it does not say; its audio is a quiet hum, because the speak stage
    refuses silence from any engine. It records the texts it was given.
    """

    name = "silent"
    offline = True

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang
        self.texts: list[str] = []

    def is_available(self) -> bool:
        return True

    def unavailable_reason(self) -> str | None:
        return None

    def voice_description(self) -> str:
        return "silent test engine (synthetic)"

    def synthesize(self, text: str) -> SpeechAudio:
        self.texts.append(text)
        seconds = max(0.2, len(text.split()) / 150 * 60)
        periods = int(_RATE * seconds) // 80
        return SpeechAudio(pcm=_PERIOD * periods, sample_rate=_RATE)


class MuteEngine(SilentEngine):
    """A broken engine: returns true silence (or nothing), which must be an error."""

    name = "mute"

    def __init__(self, lang: str = "en", empty: bool = False) -> None:
        super().__init__(lang)
        self.empty = empty

    def synthesize(self, text: str) -> SpeechAudio:
        self.texts.append(text)
        return SpeechAudio(pcm=b"" if self.empty else b"\x00\x00" * _RATE, sample_rate=_RATE)
