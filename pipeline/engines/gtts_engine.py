"""gTTS: an online engine (Google Translate's voice), used only when asked for."""

from __future__ import annotations

from pipeline.engines.base import SpeechAudio
from pipeline.errors import SynthesisError


class GTTSEngine:
    """Sends each sentence to Google's text-to-speech service; needs the internet."""

    name = "gtts"
    offline = False

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang

    def unavailable_reason(self) -> str | None:
        """Why gTTS cannot run: the package is missing."""
        from importlib.util import find_spec

        if find_spec("gtts") is None:
            return "the gTTS package is not installed; run: pip install gTTS"
        return None

    def is_available(self) -> bool:
        """True when gTTS is installed (reachability is only known when speaking)."""
        return self.unavailable_reason() is None

    def voice_description(self) -> str:
        """Engine and voice for the disclosure."""
        return f"Google Translate text-to-speech via gTTS, language {self.lang} (synthetic)"

    def synthesize(self, text: str) -> SpeechAudio:
        """Fetch MP3 speech from Google and decode it to PCM."""
        import io

        from gtts import gTTS, gTTSError

        from pipeline.audio import decode_mp3

        buffer = io.BytesIO()
        try:
            gTTS(text=text, lang=self.lang).write_to_fp(buffer)
        except gTTSError as error:
            raise SynthesisError(
                f"gTTS could not reach Google's speech service ({error.msg})",
                hint="check the internet connection, or use the offline default: --engine piper",
            ) from error
        except OSError as error:
            raise SynthesisError(
                f"gTTS could not reach Google's speech service ({error.__class__.__name__})",
                hint="check the internet connection, or use the offline default: --engine piper",
            ) from error
        return decode_mp3(buffer.getvalue())
