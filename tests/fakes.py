"""Test doubles: offline engines that record what they were told, with audio that costs nothing.

And small readers of what a run writes (a page's elements), shared by the test modules.
"""

from __future__ import annotations

import math
from array import array
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from pipeline.engines.base import SpeechAudio

if TYPE_CHECKING:
    from pipeline.stages.speak import SpeechOptions

_RATE = 16000
_PERIOD = array("h", (round(2000 * math.sin(2 * math.pi * i / 80)) for i in range(80))).tobytes()
"""One period of a soft 200 Hz tone at 16 kHz: real speech is never silent, so fakes hum."""

ROAD_SAFETY_STATEMENT = """\
Statement by the Director on road safety

Good morning, colleagues.

Last year 1,204 people died on our roads. We must not accept this. The new plan
starts on 1 March 2025 and runs for five years.

Thank you.
"""
"""A short statement with every kind of section and a number, a date and a modal to keep."""


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


class VoiceFileEngine(SilentEngine):
    """A silent engine whose voice is a file, as Piper's is: the cache and workers hash it."""

    def __init__(self, voice: Path) -> None:
        super().__init__()
        self.voice = voice

    def voice_files(self) -> tuple[Path, ...]:
        return (self.voice,)


class MuteEngine(SilentEngine):
    """A broken engine: returns true silence (or nothing), which must be an error."""

    name = "mute"

    def __init__(self, lang: str = "en", empty: bool = False) -> None:
        super().__init__(lang)
        self.empty = empty

    def synthesize(self, text: str) -> SpeechAudio:
        self.texts.append(text)
        return SpeechAudio(pcm=b"" if self.empty else b"\x00\x00" * _RATE, sample_rate=_RATE)


TEMPLATE_SCRIPT_TYPES = frozenset({"application/ld+json", ""})


def without_template_scripts(html: str) -> str:
    """The page with the template's own scripts (JSON-LD metadata, read-along) taken out.

    Fails if a script is not one of those two, so statement text can never have added one.
    """
    import re

    blocks = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S | re.I)
    assert len(blocks) <= 2, f"{len(blocks)} scripts; the template has at most 2"
    for attributes, body in blocks:
        kind = re.search(r'type="([^"]*)"', attributes)
        assert (kind.group(1) if kind else "") in TEMPLATE_SCRIPT_TYPES, attributes
        assert "<script" not in body and "<img" not in body, body[:200]
    return re.sub(r"<script[^>]*>.*?</script>", "", html, flags=re.S | re.I)


class SpeechJobChanges(TypedDict, total=False):
    """Fields a test may change in a SpeechJob (`dataclasses.replace`), with their types."""

    section_id: str
    version: str
    title: str
    paragraphs: tuple[tuple[str, ...], ...]
    announcement: str
    track: int
    track_total: int
    options: SpeechOptions
    phrase_breaks: bool
    languages: tuple[str, ...]


Tag = tuple[str, dict[str, str | None]]
"""An element's name and its attributes, as a page gives them."""


class _StartTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[Tag] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def start_tags(html: str) -> list[Tag]:
    """Every element of a page in order, with its attributes: for checks on its structure."""
    parser = _StartTags()
    parser.feed(html)
    parser.close()
    return parser.tags
