"""gTTS: an online engine (Google Translate's voice), used only when asked for.

Google's service answers with 429 when it is busy and with 5xx when it fails, so each
sentence is retried a bounded number of times with exponential back-off and jitter; other
failures (no network, DNS, a refused request) are reported at once, since waiting will not
fix them. The caller names the section; this module names the cause.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from pipeline.engines.base import SpeechAudio
from pipeline.errors import SynthesisError

SERVICE: Final = "Google Translate text-to-speech (translate.google.{tld})"
"""Where gTTS sends the text, recorded in the manifest."""
RETRY_STATUSES: Final = frozenset({429, 500, 502, 503, 504})
"""Answers that mean "try again later"."""
TIMEOUT: Final = (10.0, 30.0)
"""Connect and read timeouts in seconds; gTTS would otherwise wait forever."""
_BUSY_HINT: Final = (
    "try again later, or speak offline: --engine piper (or, with run, --fallback piper)"
)
_OFFLINE_HINT: Final = "check the internet connection, or use the offline default: --engine piper"


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait before giving up on a busy or failing service."""

    attempts: int = 5
    """Tries per sentence, the first included."""
    base_delay: float = 1.0
    """Wait before the second try, in seconds; doubled each time."""
    max_delay: float = 16.0
    """No single wait is longer than this, even when the server asks for more."""

    def delay(self, retry: int, rng: random.Random, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number `retry` (from 1): exponential, with full jitter.

        Jitter spreads retries from many clients; a server's Retry-After is honoured up to
        `max_delay`.
        """
        ceiling = min(self.max_delay, self.base_delay * 2 ** (retry - 1))
        wait = rng.uniform(ceiling / 2, ceiling)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.max_delay))
        return wait


class GTTSEngine:
    """Sends each sentence to Google's text-to-speech service; needs the internet."""

    name = "gtts"
    offline = False

    def __init__(
        self,
        lang: str = "en",
        *,
        tld: str = "com",
        slow: bool = False,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.lang = lang
        self.tld = tld
        self.slow = slow
        self.retry = retry or RetryPolicy()
        self._sleep = sleep or time.sleep  # a module function: the engine pickles for workers
        self._rng = rng or random.Random()
        self.requests_sent = 0
        """Requests that carried text to the service (tried, whether answered or not)."""

    def with_options(self, *, tld: str | None = None, slow: bool | None = None) -> GTTSEngine:
        """A copy with another Google domain or the slow voice (None keeps the current value)."""
        return GTTSEngine(
            self.lang,
            tld=self.tld if tld is None else tld,
            slow=self.slow if slow is None else slow,
            retry=self.retry,
            sleep=self._sleep,
            rng=self._rng,
        )

    @property
    def service(self) -> str:
        """The online service the text goes to."""
        return SERVICE.format(tld=self.tld)

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
        pace = ", slow" if self.slow else ""
        return (
            f"Google Translate text-to-speech via gTTS, language {self.lang}, "
            f"translate.google.{self.tld}{pace} (synthetic)"
        )

    def synthesize(self, text: str) -> SpeechAudio:
        """Fetch MP3 speech from Google, retrying when busy, and decode it to PCM."""
        from pipeline.audio import decode_mp3, silence

        retry = 0
        while True:
            try:
                return decode_mp3(self._fetch(text))
            except _NothingToSay:
                return silence(200, 22050)
            except _Retryable as busy:
                retry += 1
                if retry >= self.retry.attempts:
                    raise SynthesisError(
                        f"gTTS could not reach Google's speech service: {busy.reason} from "
                        f"translate.google.{self.tld}, still after {self.retry.attempts} attempts",
                        hint=_BUSY_HINT,
                    ) from None
                self._sleep(self.retry.delay(retry, self._rng, busy.retry_after))

    def _fetch(self, text: str) -> bytes:
        import io

        from gtts import gTTS, gTTSError

        buffer = io.BytesIO()
        try:
            speech = gTTS(text=text, lang=self.lang, tld=self.tld, slow=self.slow, lang_check=False)
            speech.timeout = TIMEOUT
            self.requests_sent += 1
            speech.write_to_fp(buffer)
        except AssertionError:
            # gTTS asserts when the text has nothing it can say (only punctuation, say).
            raise _NothingToSay from None
        except gTTSError as error:
            response = error.rsp
            if response is not None and response.status_code in RETRY_STATUSES:
                raise _Retryable(
                    f"HTTP {response.status_code} {response.reason or ''}".strip(),
                    _retry_after(response),
                ) from None
            raise SynthesisError(
                f"gTTS could not reach Google's speech service at translate.google.{self.tld}: "
                f"{_cause(error)}",
                hint=_OFFLINE_HINT + ", or finish offline with --fallback piper",
            ) from error
        except OSError as error:
            raise SynthesisError(
                f"gTTS could not reach Google's speech service at translate.google.{self.tld} "
                f"({error.strerror or error.__class__.__name__})",
                hint=_OFFLINE_HINT,
            ) from error
        data = buffer.getvalue()
        if not data:
            raise SynthesisError(
                f"gTTS: translate.google.{self.tld} answered without any audio",
                hint="the service may have changed; use --engine piper",
            )
        return data


class _NothingToSay(Exception):
    """gTTS found no words to send."""


class _Retryable(Exception):
    """The service is busy or failing; trying again later may work."""

    def __init__(self, reason: str, retry_after: float | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _retry_after(response: Any) -> float | None:
    value = response.headers.get("Retry-After") if response.headers else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None  # an HTTP date: ignore it and use our own back-off


def _cause(error: Exception) -> str:
    """Tell DNS failure, no connection and timeouts apart; gTTS hides them behind one message."""
    import requests

    response = getattr(error, "rsp", None)
    if response is not None:
        return f"HTTP {response.status_code} {response.reason or ''}".strip()
    context = error.__context__
    text = str(context).lower()
    if isinstance(context, requests.exceptions.Timeout):
        return "no answer in time (timeout)"
    if any(mark in text for mark in ("name resolution", "resolve", "getaddrinfo", "nodename")):
        return "the name could not be resolved (DNS failure or no network)"
    if isinstance(context, requests.exceptions.SSLError):
        return "the secure connection failed (TLS error)"
    if isinstance(context, requests.exceptions.ConnectionError):
        return "no connection (the network is down or blocked)"
    return str(getattr(error, "msg", None) or error)
