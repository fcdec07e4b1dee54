"""Test doubles: an offline engine that writes short silent speech and records what it was told."""

from __future__ import annotations

from pipeline.engines.base import SpeechAudio


class SilentEngine:
    """Speaks silence whose length follows the text (150 words a minute), and records the texts."""

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
        rate = 16000
        return SpeechAudio(pcm=b"\x00\x00" * int(rate * seconds), sample_rate=rate)
