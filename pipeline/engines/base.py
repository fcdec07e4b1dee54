"""The one small interface every speech engine implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class SpeechAudio:
    """Raw speech for one sentence: 16-bit little-endian mono PCM."""

    pcm: bytes
    """Signed 16-bit samples."""
    sample_rate: int
    """Samples per second."""

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return len(self.pcm) / 2 / self.sample_rate


@runtime_checkable
class TTSEngine(Protocol):
    """A text-to-speech engine: say one sentence, get PCM back.

    Engines are created by the registry with the statement's language and load their voice
    lazily, once, on the first `synthesize` call.
    """

    name: str
    """Registry name, e.g. "piper"."""
    offline: bool
    """True when the engine never sends text over the network."""

    def is_available(self) -> bool:
        """True when the engine can run here."""
        ...

    def unavailable_reason(self) -> str | None:
        """Why the engine cannot run here, with the next step; None when it can."""
        ...

    def voice_description(self) -> str:
        """Engine and voice in words, for the synthetic-voice disclosure."""
        ...

    def synthesize(self, text: str) -> SpeechAudio:
        """Speak one sentence of plain text (no markup)."""
        ...
