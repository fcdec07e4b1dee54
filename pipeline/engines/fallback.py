"""An engine that finishes offline when the online one fails (`--fallback piper`)."""

from __future__ import annotations

from pipeline.engines.base import SpeechAudio, TTSEngine
from pipeline.errors import SynthesisError


class FallbackEngine:
    """Speaks with `primary` until it fails, then with `fallback` for the rest of the run.

    Sentences already spoken by the primary engine are kept; the switch is permanent, so a
    failing service is not asked again for every sentence.
    """

    offline = False

    def __init__(self, primary: TTSEngine, fallback: TTSEngine) -> None:
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name
        self.failure: str | None = None
        """Why the primary engine was given up, once it was."""
        self.primary_sentences = 0
        self.fallback_sentences = 0

    def is_available(self) -> bool:
        """True when the primary engine can run."""
        return self.primary.is_available()

    def unavailable_reason(self) -> str | None:
        """The primary engine's reason, if any."""
        return self.primary.unavailable_reason()

    def voice_description(self) -> str:
        """Both voices when the fallback was used, for the disclosure."""
        if self.failure is None:
            return self.primary.voice_description()
        return (
            f"{self.primary.voice_description()}; after it failed, "
            f"{self.fallback.voice_description()}"
        )

    def synthesize(self, text: str) -> SpeechAudio:
        """Speak with the primary engine, or with the fallback once the primary has failed."""
        if self.failure is None:
            try:
                speech = self.primary.synthesize(text)
            except SynthesisError as error:
                self.failure = error.one_line()
            else:
                self.primary_sentences += 1
                return speech
        self.fallback_sentences += 1
        return self.fallback.synthesize(text)
