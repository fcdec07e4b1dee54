"""Speak stage: each section's original and plain text to an MP3, with sentence timings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Final

from pipeline import audio, parallel
from pipeline.cache import CachedSpeech, SpeechCache, engine_identity, speech_key
from pipeline.engines.base import SpeechAudio, TTSEngine
from pipeline.models import AudioClip, SentenceTiming
from pipeline.speech_text import Lexicon, load_lexicon, to_speech

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
            speech = engine.synthesize(spoken) if spoken else audio.silence(1, 22050)
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
    *,
    cache: SpeechCache | None = None,
    workers: int = 1,
) -> list[AudioClip]:
    """Make every job's MP3 in `folder`, synthesising only what the cache does not hold.

    Cached clips cost no synthesis and no encoding: their MP3 bytes are tagged and written.
    The rest are rendered and encoded by `workers` processes (or here, for one), each loading
    the voice once; only this process writes files and cache entries.
    """
    folder.mkdir(parents=True, exist_ok=True)
    lang = album.language
    keys = [_cache_key(job, engine, lang, cache) for job in jobs] if cache else []
    clips: dict[int, AudioClip] = {}
    missing: list[int] = []
    for index, job in enumerate(jobs):
        hit = cache.get(keys[index]) if cache else None
        if hit is None:
            missing.append(index)
            continue
        clips[index] = _publish(job, hit, folder, album)
        _advance(on_sentence, _sentence_count(job))

    # Jobs with one key (a title whose plain text is its original) are spoken once.
    groups: dict[str, list[int]] = {}
    for index in missing:
        groups.setdefault(keys[index] if cache else str(index), []).append(index)
    # Longest first: workers finish together instead of one ending with a long section alone.
    order = sorted(groups, key=lambda group: -_word_count(jobs[groups[group][0]]))
    tasks = [(jobs[groups[group][0]], lang) for group in order]
    in_process = parallel.plan(workers, len(tasks)).workers == 1
    produce: Callable[[TTSEngine, tuple[SpeechJob, str]], CachedSpeech] = (
        partial(_produce, on_sentence=on_sentence) if in_process else _produce
    )
    for position, made in parallel.map_with_engine(produce, tasks, engine, workers):
        group = order[position]
        if cache:
            cache.put(group, made)
        for rank, index in enumerate(groups[group]):
            clips[index] = _publish(jobs[index], made, folder, album)
            if rank > 0 or not in_process:
                _advance(on_sentence, _sentence_count(jobs[index]))
    return [clips[index] for index in range(len(jobs))]


def _produce(
    engine: TTSEngine,
    task: tuple[SpeechJob, str],
    on_sentence: Callable[[], None] | None = None,
) -> CachedSpeech:
    """Render and encode one job: the unit a worker process runs and the cache stores."""
    job, lang = task
    rendered = render_job(job, engine, lang, on_sentence)
    mp3 = audio.encode_mp3(rendered.audio)
    return CachedSpeech(mp3=mp3, timings=rendered.timings, duration=audio.mp3_bytes_duration(mp3))


def _publish(job: SpeechJob, speech: CachedSpeech, folder: Path, album: AlbumInfo) -> AudioClip:
    destination = folder / job.file_name
    audio.write_tagged_mp3(
        speech.mp3,
        destination,
        audio.Tags(
            title=f"{job.title} ({job.version})",
            artist=album.artist,
            album=album.album,
            language=ISO_639_2.get(album.language, "und"),
        ),
    )
    return AudioClip(
        section_id=job.section_id,
        version=job.version,
        path=destination,
        duration=speech.duration,
        timings=speech.timings,
    )


def _cache_key(job: SpeechJob, engine: TTSEngine, lang: str, cache: SpeechCache) -> str:
    """Key of a job's audio: the spoken text of each sentence, the voice and the audio settings.

    The spoken text comes from the same `speakable` that `render_job` uses, so a lexicon or
    number-reading change renews exactly the clips whose speech it changes.
    """
    paragraphs = [[(sentence, speakable(sentence, lang)) for sentence in p] for p in job.paragraphs]
    options = {
        "lang": lang,
        "sentence_pause_ms": audio.SENTENCE_PAUSE_MS,
        "paragraph_pause_ms": audio.PARAGRAPH_PAUSE_MS,
        "bitrate": audio.MP3_BITRATE,
        "audio_path": audio.AUDIO_PATH_VERSION,
    }
    return speech_key(paragraphs, engine_identity(engine, cache), options)


def _sentence_count(job: SpeechJob) -> int:
    return sum(len(paragraph) for paragraph in job.paragraphs)


def _word_count(job: SpeechJob) -> int:
    return sum(len(sentence.split()) for paragraph in job.paragraphs for sentence in paragraph)


def _advance(on_sentence: Callable[[], None] | None, steps: int) -> None:
    if on_sentence is not None:
        for _ in range(steps):
            on_sentence()
