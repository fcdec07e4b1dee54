"""espeak-ng: a small offline formant engine for 100+ languages, used when it is installed."""

from __future__ import annotations

import shutil
import subprocess
from typing import Final

from pipeline.engines.base import SpeechAudio
from pipeline.errors import SynthesisError

DEFAULT_WORDS_PER_MINUTE: Final = 175
"""espeak-ng's own default speed; --rate scales it."""


def espeak_program() -> str | None:
    """Path of the espeak-ng program, or None when it is not installed."""
    return shutil.which("espeak-ng")


def _wav_to_pcm(data: bytes) -> SpeechAudio:
    """PCM and rate from espeak-ng's streamed WAV (whose size fields are placeholders)."""
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise SynthesisError("espeak-ng did not return WAV audio")
    sample_rate = int.from_bytes(data[24:28], "little")
    position = 12
    while position + 8 <= len(data):
        chunk, size = (
            data[position : position + 4],
            int.from_bytes(data[position + 4 : position + 8], "little"),
        )
        if chunk == b"data":
            pcm = data[position + 8 :]
            return SpeechAudio(pcm=pcm[: len(pcm) // 2 * 2], sample_rate=sample_rate)
        position += 8 + size
    raise SynthesisError("espeak-ng returned WAV audio without samples")


class EspeakEngine:
    """Speaks with the espeak-ng program: robotic but clear, offline, and in many languages."""

    name = "espeak"
    offline = True

    def __init__(self, lang: str = "en", voice: str | None = None) -> None:
        self.lang = lang
        self.voice = voice or ("en-us" if lang == "en" else lang)
        """An espeak-ng voice name, e.g. "en-us", "fr" or "de"."""

    def unavailable_reason(self) -> str | None:
        """Why espeak-ng cannot run: the program is not installed."""
        if espeak_program() is None:
            return "the espeak-ng program is not installed; run: sudo apt-get install espeak-ng"
        return None

    def is_available(self) -> bool:
        """True when the espeak-ng program is on PATH."""
        return self.unavailable_reason() is None

    def voice_description(self) -> str:
        """Engine and voice for the disclosure."""
        return f"espeak-ng formant text-to-speech, voice {self.voice} (synthetic)"

    def synthesize(self, text: str) -> SpeechAudio:
        """Speak one sentence at the normal speed."""
        return self.synthesize_at_rate(text, 1.0)

    def synthesize_at_rate(self, text: str, rate: float) -> SpeechAudio:
        """Speak one sentence; espeak-ng's words-per-minute setting keeps the pitch."""
        program = espeak_program()
        if program is None:
            raise SynthesisError(self.unavailable_reason() or "espeak-ng is not installed")
        speed = str(round(DEFAULT_WORDS_PER_MINUTE * rate))
        # The text goes on stdin so it can never be taken for an option.
        done = subprocess.run(
            [program, "--stdout", "-v", self.voice, "-s", speed],
            input=text.encode("utf-8"),
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            raise SynthesisError(
                f"espeak-ng failed: {done.stderr.decode(errors='replace').strip()[:200]}",
                hint="check the voice name with: plainvoice voices",
            )
        return _wav_to_pcm(done.stdout)


def list_voices() -> list[tuple[str, str]]:
    """espeak-ng's voices as (name for --voice, description) pairs; empty when not installed."""
    program = espeak_program()
    if program is None:
        return []
    done = subprocess.run([program, "--voices"], capture_output=True, check=False, text=True)
    voices: list[tuple[str, str]] = []
    for line in done.stdout.splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 5:
            voices.append((fields[1], fields[3].replace("_", " ")))
    return voices
