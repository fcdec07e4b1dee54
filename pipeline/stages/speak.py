"""Speak stage: each section's original and plain text to an MP3, with sentence timings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from pipeline import audio
from pipeline.engines.base import SpeechAudio, TTSEngine
from pipeline.errors import SynthesisError
from pipeline.models import AudioClip, SentenceTiming
from pipeline.speech_text import Lexicon, load_lexicon, to_speech
from pipeline.text import chunk_for_engine

ISO_639_2: Final = {"en": "eng", "fr": "fra", "es": "spa", "de": "deu"}


@dataclass(frozen=True)
class SpeechJob:
    """One MP3 to make: a section's version, as paragraphs of sentences."""

    section_id: str
    version: str
    """"original" or "plain"."""
    title: str
    """Chapter title, used in the ID3 title."""
    paragraphs: tuple[tuple[str, ...], ...]
    """Sentences grouped by paragraph, as displayed."""

    @property
    def file_name(self) -> str:
        """MP3 file name, derived from the section's safe id."""
        return f"{self.section_id}.{self.version}.mp3"


@dataclass(frozen=True)
class AlbumInfo:
    """What every MP3 of the statement shares in its tags."""

    album: str
    artist: str
    language: str


def speakable(text: str, lang: str = "en") -> str:
    """Text as it should be said: numbers, acronyms and symbols in words, never any markup."""
    return to_speech(text, lang, _lexicon()).text


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return load_lexicon()


@dataclass(frozen=True)
class RenderedSpeech:
    """One job's speech before encoding: PCM and where each sentence lies in it."""

    audio: SpeechAudio
    timings: tuple[SentenceTiming, ...]


def render_job(
    job: SpeechJob,
    engine: TTSEngine,
    lang: str,
    on_sentence: Callable[[], None] | None = None,
) -> RenderedSpeech:
    """Speak one job sentence by sentence, with pauses, recording each sentence's start and end.

    This is the unit of synthesis work: a pure function of the job, the engine and the language,
    so it can be cached or run in another process.
    """
    parts: list[SpeechAudio] = []
    timings: list[SentenceTiming] = []
    position = 0.0
    for paragraph_index, paragraph in enumerate(job.paragraphs):
        for sentence_index, sentence in enumerate(paragraph):
            if parts:
                pause_ms = (
                    audio.PARAGRAPH_PAUSE_MS
                    if sentence_index == 0 and paragraph_index > 0
                    else audio.SENTENCE_PAUSE_MS
                )
                gap = audio.silence(pause_ms, parts[0].sample_rate)
                parts.append(gap)
                position += gap.duration
            spoken = speakable(sentence, lang)
            # robust branch: very long sentences are spoken in engine-sized pieces.
            pieces = [engine.synthesize(piece) for piece in chunk_for_engine(spoken)]
            speech = audio.join(pieces) if pieces else audio.silence(1, 22050)
            parts.append(speech)
            timings.append(
                SentenceTiming(
                    text=sentence,
                    start=round(position, 3),
                    end=round(position + speech.duration, 3),
                )
            )
            position += speech.duration
            if on_sentence is not None:
                on_sentence()
    if parts:
        parts.append(audio.silence(audio.SENTENCE_PAUSE_MS, parts[0].sample_rate))
    return RenderedSpeech(audio=audio.join(parts), timings=tuple(timings))


def speak(
    jobs: Sequence[SpeechJob],
    engine: TTSEngine,
    folder: Path,
    album: AlbumInfo,
    on_sentence: Callable[[], None] | None = None,
) -> list[AudioClip]:
    """Synthesise every job into an MP3 in `folder`; one engine (one loaded voice) serves all."""
    clips: list[AudioClip] = []
    for job in jobs:
        try:
            rendered = render_job(job, engine, album.language, on_sentence)
        except SynthesisError as error:
            # robust branch: say which section failed, so the user knows where it stopped.
            raise SynthesisError(
                f"section '{job.title}' ({job.version}): {error.message}", error.hint
            ) from error
        destination = folder / job.file_name
        duration = audio.write_mp3(
            rendered.audio,
            destination,
            audio.Tags(
                title=f"{job.title} ({job.version})",
                artist=album.artist,
                album=album.album,
                language=ISO_639_2.get(album.language, "und"),
            ),
        )
        clips.append(
            AudioClip(
                section_id=job.section_id,
                version=job.version,
                path=destination,
                duration=duration,
                timings=rendered.timings,
            )
        )
    return clips
