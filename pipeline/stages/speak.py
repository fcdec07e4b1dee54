"""Speak stage: each section's original and plain text to an MP3, with sentence timings."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final

from pipeline import audio, parallel
from pipeline.cache import CachedSpeech, SpeechCache, engine_identity, speech_key
from pipeline.engines.base import SpeechAudio, TTSEngine
from pipeline.errors import SynthesisError
from pipeline.models import AudioClip, Section, SectionKind, SentenceTiming, StatementAudio
from pipeline.speech_text import (
    Lexicon,
    chunk_for_speech,
    load_lexicon,
    split_phrases,
    to_speech,
)

ISO_639_2: Final = {"en": "eng", "fr": "fra", "es": "spa", "de": "deu"}
_WORD: Final = re.compile(r"(?<![\w'\[])[^\W\d_]+(?![\w'\]])")
CHUNK_PAUSE_MS: Final = 150
"""Breath between the parts of a long sentence cut by `chunk_for_speech`: about a comma."""


@dataclass(frozen=True)
class SpeechOptions:
    """How to speak: rate, pauses, announcements and the user's lexicon (same for every job)."""

    rate: float = 1.0
    """Speaking rate, 0.5 (half speed) to 2.0 (double), pitch unchanged."""
    sentence_pause_ms: int = audio.SENTENCE_PAUSE_MS
    """Silence after each sentence."""
    paragraph_pause_ms: int = audio.PARAGRAPH_PAUSE_MS
    """Silence before a new paragraph (and after a section's announcement)."""
    section_pause_ms: int = audio.SECTION_PAUSE_MS
    """Silence between sections in the whole-statement MP3."""
    announce: bool = True
    """Say "Part 2: <title>" before each section."""
    lexicon_path: Path | None = None
    """The user's TOML or PLS lexicon, layered over the built-in one."""
    max_chunk_words: int = 28
    """Longer sentences are cut at breathing points before the engine sees them."""


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
    announcement: str = ""
    """Said before the first sentence, e.g. "Part 2: COVID-19 and crime"; empty for none."""
    track: int = 0
    """Track number (the section's index), 0 when unknown."""
    track_total: int = 0
    """Number of tracks of this version."""
    options: SpeechOptions = field(default_factory=SpeechOptions)
    """Rate, pauses and lexicon; part of the job so a cache keyed on the job sees them."""
    phrase_breaks: bool = False
    """Breathe at every comma (`split_phrases`): for the title block, whose lines are bylines."""

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
    year: str = ""
    """Year of the statement, for the ID3 year tag."""


def announcement_for(section: Section) -> str:
    """What to say before a section: "Part 3: Citizens online"; nothing for the title block.

    Listeners cannot see headings; the announcement is how they know where they are and
    can find a part again. The title block already says the title, so it is not announced.
    """
    if section.kind is SectionKind.TITLE:
        return ""
    return f"Part {section.index}: {section.title}"


def speakable(text: str, lang: str = "en", lexicon_path: Path | None = None) -> str:
    """Text as it should be said: numbers, acronyms and symbols in words, never any markup."""
    return to_speech(text, lang, _lexicon(lexicon_path)).text


def pronunciation_review(
    texts: Iterable[str], lang: str = "en", lexicon_path: Path | None = None
) -> tuple[str, ...]:
    """Acronyms in the texts that no lexicon knows, in order, for a human to check by ear."""
    found: dict[str, None] = {}
    lexicon = _lexicon(lexicon_path)
    for text in texts:
        for token in to_speech(text, lang, lexicon).unknown_acronyms:
            found.setdefault(token, None)
    return tuple(found)


@lru_cache(maxsize=4)
def _lexicon(path: Path | None = None) -> Lexicon:
    return load_lexicon(path)


@dataclass(frozen=True)
class RenderedSpeech:
    """One job's speech before encoding: PCM and where each sentence lies in it."""

    audio: SpeechAudio
    timings: tuple[SentenceTiming, ...]


def _say(engine: TTSEngine, text: str, rate: float) -> SpeechAudio:
    """One part through the engine at the rate, refusing silence."""
    at_rate = getattr(engine, "synthesize_at_rate", None)
    if abs(rate - 1.0) < 1e-6:
        speech = engine.synthesize(text)
    elif callable(at_rate):
        # Engines with their own rate control (Piper's length scale) sound better than stretching.
        speech = at_rate(text, rate)
    else:
        speech = audio.time_stretch(engine.synthesize(text), rate)
    if audio.is_silent(speech):
        raise SynthesisError(
            f"the {engine.name} engine returned silence for: {text[:80]!r}",
            hint="check the voice file, or try another engine with --engine",
        )
    return speech


def _speak_sentence(
    engine: TTSEngine,
    sentence: str,
    lang: str,
    options: SpeechOptions,
    phrase_breaks: bool = False,
) -> SpeechAudio | None:
    """A displayed sentence as audio: normalised, cut into breathable parts, spoken, joined.

    With `phrase_breaks` (the title block), each comma also gets the breath between parts.
    """
    spoken = speakable(sentence, lang, options.lexicon_path)
    if not any(character.isalnum() for character in spoken):
        return None  # nothing to say (a lone symbol or markup)
    parts: list[SpeechAudio] = []
    lexicon = _lexicon(options.lexicon_path)
    chunks = chunk_for_speech(spoken, options.max_chunk_words)
    if phrase_breaks:
        chunks = [phrase for chunk in chunks for phrase in split_phrases(chunk)]
    for chunk in chunks:
        if parts:
            parts.append(audio.silence(CHUNK_PAUSE_MS, parts[0].sample_rate))
        parts.append(_say(engine, with_phonemes(chunk, lexicon, engine), options.rate))
    return audio.join(parts)


_LETTER_IPA: Final = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "{s}eɪ b{s}iː s{s}iː d{s}iː {s}iː {s}ɛf dʒ{s}iː {s}eɪtʃ {s}aɪ dʒ{s}eɪ k{s}eɪ {s}ɛl {s}ɛm "
        "{s}ɛn {s}oʊ p{s}iː kj{s}uː {s}ɑːɹ {s}ɛs t{s}iː j{s}uː v{s}iː d{s}ʌbəljuː {s}ɛks w{s}aɪ "
        "z{s}iː".split(),
        strict=True,
    )
)
"""Letter names in IPA, with a place for the stress mark (espeak-ng's American English)."""
_SPELLED: Final = re.compile(r"(?<![\w'])(?:(a|an|An) )?((?:[A-Z] )+[A-Z])('s|s)?(?![\w'])")
_ARTICLE_IPA: Final = {"a": "ɐ", "an": "ɐn"}
"""Articles before a phoneme block go inside it: espeak-ng says a lone final "a" as "ay"."""


def spelled_ipa(letters: str, suffix: str = "") -> str:
    """IPA for a spelled acronym said as one unit: "U N" -> "jˌuːˈɛn", stress on the last letter.

    espeak-ng (inside Piper) reads "U N" as two stressed words, which Whisper hears as "you
    and", and reads the plural "N G Os" as "N G O S"; said as one unit, the letters are clear.
    """
    names = [_LETTER_IPA[letter] for letter in letters.split()]
    ipa = "".join(name.format(s="ˌ") for name in names[:-1]) + names[-1].format(s="ˈ")
    return ipa + ("z" if suffix else "")


def _spelled_block(match: re.Match[str], markup: Callable[[str], str]) -> str:
    article, letters, suffix = match.group(1), match.group(2), match.group(3) or ""
    ipa = spelled_ipa(letters, suffix)
    if article:
        ipa = f"{_ARTICLE_IPA[article.lower()]} {ipa}"
    return markup(ipa)


def with_phonemes(text: str, lexicon: Lexicon, engine: TTSEngine) -> str:
    """Put phonemes in place of spelled acronyms and lexicon words, for engines that take them.

    An engine opts in with a `phoneme_markup(ipa) -> str` method (Piper: "[[ ipa ]]").
    Applied after chunking, so a phoneme block is never cut in two.
    """
    markup = getattr(engine, "phoneme_markup", None)
    if not callable(markup):
        return text
    text = _SPELLED.sub(lambda match: _spelled_block(match, markup), text)
    if not lexicon.phonemes:
        return text
    phrases = lexicon.phoneme_phrase_pattern
    if phrases is not None:
        text = phrases.sub(
            lambda match: str(markup(lexicon.phonemes[" ".join(match.group(0).lower().split())])),
            text,
        )

    def replace(match: re.Match[str]) -> str:
        ipa = lexicon.phonemes.get(match.group(0).lower())
        return str(markup(ipa)) if ipa else match.group(0)

    return _WORD.sub(replace, text)


def render_job(
    job: SpeechJob,
    engine: TTSEngine,
    lang: str,
    on_sentence: Callable[[], None] | None = None,
) -> RenderedSpeech:
    """Speak one job sentence by sentence, with pauses, recording each sentence's start and end.

    This is the unit of synthesis work: a pure function of the job, the engine and the language,
    so it can be cached or run in another process. The announcement, when there is one, comes
    first and has its own timing (kind "announcement"), so captions can show it too.
    """
    options = job.options
    parts: list[SpeechAudio] = []
    timings: list[SentenceTiming] = []
    position = 0.0

    def add(piece: SpeechAudio) -> None:
        nonlocal position
        parts.append(piece)
        position += piece.duration

    def rate_of() -> int:
        return parts[0].sample_rate if parts else audio.MIN_SAMPLE_RATE

    if job.announcement and options.announce:
        speech = _speak_sentence(engine, job.announcement, lang, options)
        if speech is not None:
            start = position
            add(speech)
            timings.append(
                SentenceTiming(
                    job.announcement, round(start, 3), round(position, 3), "announcement"
                )
            )
    for paragraph_index, paragraph in enumerate(job.paragraphs):
        for sentence_index, sentence in enumerate(paragraph):
            if parts:
                new_paragraph = sentence_index == 0 and (paragraph_index > 0 or bool(timings))
                pause = options.paragraph_pause_ms if new_paragraph else options.sentence_pause_ms
                add(audio.silence(pause, rate_of()))
            start = position
            speech = _speak_sentence(engine, sentence, lang, options, job.phrase_breaks)
            if speech is not None:
                add(speech)
            timings.append(SentenceTiming(sentence, round(start, 3), round(position, 3)))
            if on_sentence is not None:
                on_sentence()
    if parts:
        add(audio.silence(options.sentence_pause_ms, rate_of()))
    return RenderedSpeech(audio=audio.join(parts), timings=tuple(timings))


def tags_for(job: SpeechJob, album: AlbumInfo, engine: TTSEngine) -> audio.Tags:
    """ID3 tags of one section's MP3, with the synthetic-voice disclosure in the comment."""
    track = ""
    if job.track:
        track = f"{job.track}/{job.track_total}" if job.track_total else str(job.track)
    return audio.Tags(
        title=f"{job.title} ({job.version})",
        artist=album.artist,
        album=album.album,
        language=ISO_639_2.get(album.language, "und"),
        comment=_disclosure(engine),
        track=track,
        year=album.year,
    )


def _disclosure(engine: TTSEngine) -> str:
    return f"Synthetic voice, not the speaker's: {engine.name} engine, {engine.voice_description()}"


def speak_statement(
    jobs: Sequence[SpeechJob],
    clips: Sequence[AudioClip],
    engine: TTSEngine,
    folder: Path,
    album: AlbumInfo,
    version: str,
) -> StatementAudio | None:
    """Join one version's section MP3s into one MP3 with a chapter per section and the transcript.

    The section MP3s' frames are copied, not re-synthesised or re-encoded, so the whole file
    says exactly what the parts say, at their loudness, in a fraction of a second; chapter
    times are where the parts landed. Parts of different formats (an engine fallback
    mid-run) are decoded and encoded once more instead.
    """
    by_section = {clip.section_id: clip for clip in clips if clip.version == version}
    ordered = [(job, by_section[job.section_id]) for job in jobs if job.version == version]
    ordered = [(job, clip) for job, clip in ordered if job.section_id in by_section]
    if not ordered:
        return None
    pause_ms = ordered[0][0].options.section_pause_ms
    destination = folder / f"statement.{version}.mp3"
    tags = audio.Tags(
        title=f"{album.album} ({version}, whole statement)",
        artist=album.artist,
        album=album.album,
        language=ISO_639_2.get(album.language, "und"),
        comment=_disclosure(engine),
        year=album.year,
    )
    spans = audio.concatenate_mp3([clip.path for _, clip in ordered], pause_ms, destination, tags)
    if spans is None:
        spans = _join_by_reencoding([clip for _, clip in ordered], pause_ms, destination, tags)
    chapters = [
        audio.Chapter(job.title, start, end)
        for (job, _), (start, end) in zip(ordered, spans, strict=True)
    ]
    audio.write_chapters(
        destination, chapters, transcript(job for job, _ in ordered), tags.language
    )
    return StatementAudio(
        version=version,
        path=destination,
        duration=audio.mp3_duration(destination),
        chapters=tuple(SentenceTiming(c.title, c.start, c.end, "chapter") for c in chapters),
    )


def _join_by_reencoding(
    clips: Sequence[AudioClip], pause_ms: int, destination: Path, tags: audio.Tags
) -> list[tuple[float, float]]:
    """Decode the parts to one sample rate and encode the whole: for parts of mixed formats."""
    parts: list[SpeechAudio] = []
    spans: list[tuple[float, float]] = []
    position = 0.0
    for number, clip in enumerate(clips):
        if number:
            gap = audio.silence(pause_ms, audio.MIN_SAMPLE_RATE)
            parts.append(gap)
            position += gap.duration
        decoded = audio.decode_mp3(clip.path.read_bytes(), audio.MIN_SAMPLE_RATE)
        parts.append(decoded)
        spans.append((round(position, 3), round(position + decoded.duration, 3)))
        position += decoded.duration
    audio.write_mp3(audio.join(parts), destination, tags)
    return spans


def transcript(jobs: Iterable[SpeechJob]) -> str:
    """What the listener hears, as text: announcements and paragraphs, a blank line between."""
    blocks: list[str] = []
    for job in jobs:
        if job.announcement and job.options.announce:
            blocks.append(job.announcement)
        blocks.extend(" ".join(paragraph) for paragraph in job.paragraphs)
    return "\n\n".join(blocks)


def speak(
    jobs: Sequence[SpeechJob],
    engine: TTSEngine,
    folder: Path,
    album: AlbumInfo,
    on_sentence: Callable[[], None] | None = None,
    *,
    cache: SpeechCache | None = None,
    workers: int = 1,
    pool: parallel.SynthesisPool | None = None,
) -> list[AudioClip]:
    """Make every job's MP3 in `folder`, synthesising only what the cache does not hold.

    Cached clips cost no synthesis and no encoding: their MP3 bytes are tagged and written.
    The rest are rendered and encoded by `workers` processes (or here, for one), each loading
    the voice once; a `pool` already started (and warmed) is used instead when given. Only
    this process writes files and cache entries.
    """
    folder.mkdir(parents=True, exist_ok=True)
    lang = album.language
    keys = [clip_cache_key(job, engine, lang, cache) for job in jobs] if cache else []
    clips: dict[int, AudioClip] = {}
    missing: list[int] = []
    for index, job in enumerate(jobs):
        hit = cache.get(keys[index]) if cache else None
        if hit is None:
            missing.append(index)
            continue
        clips[index] = _publish(job, hit, folder, album, engine)
        _advance(on_sentence, _sentence_count(job))

    # Jobs with one key (a title whose plain text is its original) are spoken once.
    groups: dict[str, list[int]] = {}
    for index in missing:
        groups.setdefault(keys[index] if cache else str(index), []).append(index)
    # Longest first: workers finish together instead of one ending with a long section alone.
    order = sorted(groups, key=lambda group: -_word_count(jobs[groups[group][0]]))
    tasks = [(jobs[groups[group][0]], lang) for group in order]
    in_process = pool is None and parallel.plan(workers, len(tasks)).workers == 1

    def keep(position: int, made: CachedSpeech) -> None:
        if cache:
            cache.put(order[position], made)

    produced: Iterator[tuple[int, CachedSpeech]]
    if in_process:
        produced = _produce_overlapped(tasks, engine, on_sentence, keep)
    elif pool is not None:
        produced = pool.map(produce_clip, tasks, engine)
    else:
        produced = parallel.map_with_engine(produce_clip, tasks, engine, workers)
    for position, made in produced:
        group = order[position]
        if not in_process:
            keep(position, made)
        for rank, index in enumerate(groups[group]):
            clips[index] = _publish(jobs[index], made, folder, album, engine)
            if rank > 0 or not in_process:
                _advance(on_sentence, _sentence_count(jobs[index]))
    return [clips[index] for index in range(len(jobs))]


def produce_clip(
    engine: TTSEngine,
    task: tuple[SpeechJob, str],
    on_sentence: Callable[[], None] | None = None,
) -> CachedSpeech:
    """Render and encode one job: the unit a worker process runs and the cache stores."""
    return _encoded(_rendered(engine, task, on_sentence))


def _rendered(
    engine: TTSEngine, task: tuple[SpeechJob, str], on_sentence: Callable[[], None] | None
) -> RenderedSpeech:
    job, lang = task
    try:
        return render_job(job, engine, lang, on_sentence)
    except SynthesisError as error:
        # Say which section failed, so the user knows where it stopped.
        raise SynthesisError(
            f"section '{job.title}' ({job.version}): {error.message}", error.hint
        ) from error


def _encoded(rendered: RenderedSpeech) -> CachedSpeech:
    mp3 = audio.encode_mp3(rendered.audio)
    return CachedSpeech(mp3=mp3, timings=rendered.timings, duration=audio.mp3_bytes_duration(mp3))


def _produce_overlapped(
    tasks: Sequence[tuple[SpeechJob, str]],
    engine: TTSEngine,
    on_sentence: Callable[[], None] | None,
    keep: Callable[[int, CachedSpeech], None],
) -> Iterator[tuple[int, CachedSpeech]]:
    """In this process: synthesise the next clip while the last one is being encoded.

    Encoding (loudness measurement, MP3) runs in ffmpeg processes, so a thread that waits for
    them lets the voice use the CPU meanwhile instead of standing idle. `keep` (the cache)
    gets each clip the moment it is encoded, so an interrupted run has saved it.
    """
    from concurrent.futures import Future, ThreadPoolExecutor

    def encode_and_keep(position: int, rendered: RenderedSpeech) -> CachedSpeech:
        made = _encoded(rendered)
        keep(position, made)
        return made

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="plainvoice-encode") as encoder:
        # At most one clip waits for encoding: memory stays flat, and each clip is saved
        # before the one after next is spoken.
        pending: tuple[int, Future[CachedSpeech]] | None = None
        for position, task in enumerate(tasks):
            rendered = _rendered(engine, task, on_sentence)
            if pending is not None:
                yield pending[0], pending[1].result()
            pending = (position, encoder.submit(encode_and_keep, position, rendered))
        if pending is not None:
            yield pending[0], pending[1].result()


def _publish(
    job: SpeechJob, speech: CachedSpeech, folder: Path, album: AlbumInfo, engine: TTSEngine
) -> AudioClip:
    destination = folder / job.file_name
    audio.write_tagged_mp3(speech.mp3, destination, tags_for(job, album, engine))
    return AudioClip(
        section_id=job.section_id,
        version=job.version,
        path=destination,
        duration=speech.duration,
        timings=speech.timings,
    )


def clip_cache_key(job: SpeechJob, engine: TTSEngine, lang: str, cache: SpeechCache) -> str:
    """Key of a job's audio: the spoken text of each sentence, the voice and the audio settings.

    The spoken text comes from the same `speakable` that `render_job` uses, so a lexicon or
    number-reading change renews exactly the clips whose speech it changes.
    """
    lexicon = job.options.lexicon_path
    paragraphs = [
        [(sentence, speakable(sentence, lang, lexicon)) for sentence in p] for p in job.paragraphs
    ]
    speech_options = asdict(job.options)
    # The user's lexicon counts by its content, not its name: an edit renews what it changes.
    speech_options["lexicon_path"] = (
        hashlib.sha256(lexicon.read_bytes()).hexdigest() if lexicon is not None else None
    )
    # Phonemes change how a word sounds without changing the spoken text: they count too.
    phonemes = sorted(_lexicon(lexicon).phonemes.items())
    options = {
        "lang": lang,
        "phonemes": hashlib.sha256(repr(phonemes).encode()).hexdigest(),
        "announcement": job.announcement,
        "phrase_breaks": job.phrase_breaks,
        "speech": speech_options,
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
