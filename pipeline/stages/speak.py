"""Speak stage: each section's original and plain text to an MP3, with sentence timings."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from pipeline import audio, parallel
from pipeline.cache import (
    CachedSpeech,
    SpeechCache,
    engine_identity,
    phrase_key,
    speech_key,
)
from pipeline.engines.base import SpeechAudio, TTSEngine
from pipeline.errors import SynthesisError
from pipeline.labels import section_labels
from pipeline.models import AudioClip, Section, SectionKind, SentenceTiming, StatementAudio
from pipeline.speech_text import (
    Lexicon,
    SpeechText,
    chunk_for_speech,
    load_lexicon,
    split_phrases,
    to_speech,
)
from pipeline.stages.readalong import spoken_number

ISO_639_2: Final = {"en": "eng", "fr": "fra", "es": "spa", "de": "deu"}
_WORD: Final = re.compile(r"(?<![\w'\[])([^\W\d_]+)(['’]s)?(?![\w'’\]])")
"""A word, with its possessive "'s" when it has one ("Latvia's")."""
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
    languages: tuple[str, ...] = ()
    """Each paragraph's language where it is not the statement's ("" for the statement's own);
    empty when every paragraph is in the statement's language. (Mixed-language statements.)
    Such a paragraph is read by its own language's rules ("2,4 milliards" is "deux virgule
    quatre milliards", not "two,four milliards"), and by a voice for it where one is here."""

    def paragraph_language(self, index: int, lang: str) -> str:
        """The language paragraph `index` is read in: its own, or the statement's `lang`."""
        return (self.languages[index] if index < len(self.languages) else "") or lang

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


def announcement_for(section: Section, lang: str = "en") -> str:
    """What to say before a section: "Part 3: Citizens online"; nothing for the title block.

    Listeners cannot see headings; the announcement is how they know where they are and
    can find a part again. The title block already says the title, so it is not announced.
    """
    if section.kind is SectionKind.TITLE:
        return ""
    return section_labels(lang).announcement(section.index, section.title)


def with_number(marker: str, sentences: tuple[str, ...], previous: str = "") -> tuple[str, ...]:
    """A paragraph's sentences as they are spoken: its own number first, when it has one.

    The build turns each paragraph of a speech job into these (`spoken_number`); a bullet and
    a paragraph without a number are spoken as written.
    """
    number = spoken_number(marker, previous)
    return (number, *sentences) if number and sentences else sentences


def speakable(text: str, lang: str = "en", lexicon_path: Path | None = None) -> str:
    """Text as it should be said: numbers, acronyms and symbols in words, never any markup."""
    return _spoken(text, lang, lexicon_path).text


def pronunciation_review(
    texts: Iterable[str], lang: str = "en", lexicon_path: Path | None = None
) -> tuple[str, ...]:
    """Acronyms in the texts that no lexicon knows, in order, for a human to check by ear."""
    found: dict[str, None] = {}
    for text in texts:
        for token in _spoken(text, lang, lexicon_path).unknown_acronyms:
            found.setdefault(token, None)
    return tuple(found)


@lru_cache(maxsize=16384)
def _spoken(text: str, lang: str, lexicon_path: Path | None) -> SpeechText:
    """One sentence's speech form, made once.

    The clip key, the phrase plan, the early start of speech and the pronunciation review
    all ask for it. Like `_lexicon`, it reads a lexicon file once per process.
    """
    return to_speech(text, lang, _lexicon(lexicon_path))


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


Voice = Callable[[str, str], SpeechAudio]
"""One engine input (a phrase, phonemes marked) and the language of the voice that says it
("" for the statement's voice) to its audio at the job's rate."""


def sentence_phrases(
    engine: TTSEngine,
    sentence: str,
    lang: str,
    options: SpeechOptions,
    phrase_breaks: bool = False,
    phonemes: bool = True,
    letters: bool = True,
) -> tuple[str, ...]:
    """The engine inputs for one displayed sentence; empty when there is nothing to say.

    The sentence is normalised, cut into breathable parts and its phonemes marked: these
    parts are the units of synthesis and of the phrase cache. With `phrase_breaks` (the title
    block), each comma also gets the breath between parts. Without `phonemes` (a paragraph in
    another language than the engine's), nothing is marked; without `letters` (a statement
    in another language), spelled letters are left to the voice: their names are English.
    """
    spoken = speakable(sentence, lang, options.lexicon_path)
    if not any(character.isalnum() for character in spoken):
        return ()
    lexicon = _lexicon(options.lexicon_path)
    chunks = chunk_for_speech(spoken, options.max_chunk_words)
    if phrase_breaks:
        chunks = [phrase for chunk in chunks for phrase in split_phrases(chunk)]
    if not phonemes:
        return tuple(chunks)
    return tuple(with_phonemes(chunk, lexicon, engine, letters) for chunk in chunks)


@lru_cache(maxsize=16)
def _espeak_voice(lang: str) -> TTSEngine | None:
    """espeak-ng's voice for `lang`, when the program and a voice for it are installed."""
    from pipeline.engines.espeak_engine import EspeakEngine, espeak_program, list_voices

    if not lang or espeak_program() is None:
        return None
    names = [name for name, _ in list_voices()]
    if not any(name == lang or name.startswith(f"{lang}-") for name in names):
        return None
    return EspeakEngine(lang)


def other_language_voice(engine: TTSEngine, lang: str) -> TTSEngine | None:
    """The voice for a paragraph in `lang`, another language than the engine's; None for none.

    (Mixed-language statements.) An English neural voice reading French says English sounds
    for French letters: on the bilingual test statement's two French paragraphs (87 words),
    Whisper base forced to French had a word error rate of 76%, sentence by sentence; given
    French phonemes, the English voice invents words (110% on the two paragraphs at once).
    espeak-ng's French voice is robotic but French: 60%, with a recogniser whose French is
    weak. So an offline engine (Piper, espeak-ng) hands such paragraphs to espeak-ng's voice
    for their language when it is installed; Piper first to a packaged Piper voice for it,
    when there is one (English paragraphs in a statement read with a French voice file). An
    online or add-on engine keeps its own voice: no text goes anywhere the user did not choose.
    """
    if not lang or lang == getattr(engine, "lang", None):
        return None
    if engine.name not in ("piper", "espeak") or not engine.offline:
        return None
    if engine.name == "piper":
        neural = _piper_voice(lang, getattr(engine, "threads", None))
        if neural is not None:
            return neural
    return _espeak_voice(lang)


@lru_cache(maxsize=16)
def _piper_voice(lang: str, threads: int | None) -> TTSEngine | None:
    """The packaged Piper voice for `lang`, when it is installed.

    For the English paragraphs of a statement read with a French Piper voice file: neural,
    like the statement's voice.
    """
    from pipeline.engines.piper_engine import VOICES, PiperEngine

    if lang not in VOICES:
        return None
    voice = PiperEngine(lang, threads=threads)
    return voice if voice.is_available() else None


def voice_language(engine: TTSEngine, lang: str) -> str:
    """Which voice says a paragraph in `lang`: its language when another voice does, else ""."""
    return lang if other_language_voice(engine, lang) is not None else ""


def _engine_for(engine: TTSEngine, voice_lang: str) -> TTSEngine:
    """The engine that speaks phrases for `voice_lang` ("" for the statement's own voice)."""
    if not voice_lang:
        return engine
    return other_language_voice(engine, voice_lang) or engine


def other_voices(jobs: Iterable[SpeechJob], engine: TTSEngine) -> dict[str, str]:
    """Language → description of each other voice these jobs use, for the disclosure."""
    found: dict[str, str] = {}
    for job in jobs:
        for lang in job.languages:
            other = other_language_voice(engine, lang) if lang else None
            if other is not None:
                found.setdefault(lang, other.voice_description())
    return dict(sorted(found.items()))


def _speak_phrases(
    voice: Voice, phrases: Sequence[str], voice_lang: str = ""
) -> SpeechAudio | None:
    """A sentence's phrases spoken and joined with a breath between them."""
    parts: list[SpeechAudio] = []
    for phrase in phrases:
        if parts:
            parts.append(audio.silence(CHUNK_PAUSE_MS, parts[0].sample_rate))
        parts.append(voice(phrase, voice_lang))
    return audio.join(parts) if parts else None


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
    A T after another letter starts a word of its own: inside the unit the voice flapped it
    after a vowel, and Whisper heard "ICRTF" as "ICRDF".
    """
    spelled = letters.split()
    names = [_LETTER_IPA[letter] for letter in spelled]
    stresses = ["ˌ"] * (len(names) - 1) + ["ˈ"]
    ipa = "".join(
        (" " if letter == "T" and index else "") + name.format(s=stress)
        for index, (letter, name, stress) in enumerate(zip(spelled, names, stresses, strict=True))
    )
    return ipa + ("z" if suffix else "")


def _spelled_block(match: re.Match[str], markup: Callable[[str], str]) -> str:
    article, letters, suffix = match.group(1), match.group(2), match.group(3) or ""
    ipa = spelled_ipa(letters, suffix)
    if article:
        ipa = f"{_ARTICLE_IPA[article.lower()]} {ipa}"
    return markup(ipa)


def _possessive_ipa(ipa: str) -> str:
    """The sound of "'s" after a word said `ipa`: "iz" after a hiss, "s" after a voiceless stop."""
    last = ipa.rstrip("ˈˌː")[-1:]
    if last in ("s", "z", "ʃ", "ʒ") or ipa.endswith(("tʃ", "dʒ")):
        return "ɪz"
    return "s" if last in ("p", "t", "k", "f", "θ") else "z"


def with_phonemes(text: str, lexicon: Lexicon, engine: TTSEngine, letters: bool = True) -> str:
    """Put phonemes in place of spelled acronyms and lexicon words, for engines that take them.

    An engine opts in with a `phoneme_markup(ipa) -> str` method (Piper: "[[ ipa ]]").
    Applied after chunking, so a phoneme block is never cut in two. The letters' phonemes are
    English ones: without `letters` a spelled acronym is left to the voice ("l'O N U" in a
    French statement had become "l'O en-you").
    """
    engine_markup = getattr(engine, "phoneme_markup", None)
    if not callable(engine_markup):
        return text
    blocks: dict[str, str] = {}

    def markup(ipa: str) -> str:
        block = str(engine_markup(ipa))
        blocks[block] = ipa
        return block

    if letters:
        text = _SPELLED.sub(lambda match: _spelled_block(match, markup), text)
    phrases = lexicon.phoneme_phrase_pattern if lexicon.phonemes else None
    if phrases is not None:
        text = phrases.sub(
            lambda match: markup(lexicon.phonemes[" ".join(match.group(0).lower().split())]),
            text,
        )

    def replace(match: re.Match[str]) -> str:
        ipa = lexicon.phonemes.get(match.group(1).lower())
        if not ipa:
            return match.group(0)
        return markup(ipa + _possessive_ipa(ipa) if match.group(2) else ipa)

    if lexicon.phonemes:
        text = _WORD.sub(replace, text)
    # Piper drops a stop or comma after a phoneme block, and the space with it: "[[ jˌuːˈɛn ]],
    # the" was said "U-Nthe", with no pause, and a sentence's last full stop was lost. Inside
    # the block the stop is said.
    for block, ipa in blocks.items():
        for stop in set(re.findall(rf"{re.escape(block)}([,;:.!?])", text)):
            text = text.replace(block + stop, str(engine_markup(ipa + stop)))
    return text


@dataclass(frozen=True)
class PhrasePlan:
    """A job's engine inputs, in speaking order: what must be synthesised to render it."""

    announcement: tuple[str, ...]
    """Phrases of the announcement; empty when there is none."""
    sentences: tuple[tuple[str, ...], ...]
    """Phrases of each displayed sentence, paragraphs flattened, in order."""
    voices: tuple[str, ...] = ()
    """For each sentence, the language of the other voice that says it ("" for the
    statement's voice); empty when the statement's voice says everything."""

    def voice_of(self, index: int) -> str:
        """The other voice's language for sentence `index`, "" for the statement's voice."""
        return self.voices[index] if index < len(self.voices) else ""

    def phrases(self) -> Iterator[str]:
        """Every phrase, announcement first."""
        return (phrase for phrase, _ in self.voiced())

    def voiced(self) -> Iterator[tuple[str, str]]:
        """Every phrase with its voice's language ("" for the statement's), announcement first."""
        for phrase in self.announcement:
            yield phrase, ""
        for index, sentence in enumerate(self.sentences):
            for phrase in sentence:
                yield phrase, self.voice_of(index)


def plan_phrases(job: SpeechJob, engine: TTSEngine, lang: str) -> PhrasePlan:
    """Cut a job into the phrases the engine will speak, without speaking any.

    A paragraph in another language (`SpeechJob.languages`) is read by that language's rules
    and, when `other_language_voice` has one, said by that voice.
    """
    options = job.options
    announcement: tuple[str, ...] = ()
    english = lang == "en"
    if job.announcement and options.announce:
        announcement = sentence_phrases(engine, job.announcement, lang, options, letters=english)
    sentences: list[tuple[str, ...]] = []
    voices: list[str] = []
    for index, paragraph in enumerate(job.paragraphs):
        own = job.paragraph_language(index, lang)
        voice_lang = voice_language(engine, own) if own != lang else ""
        # The letter names and lexicon phonemes are English: for an English voice only.
        phonemes = own == lang or (own == "en" and voice_lang == "en")
        for sentence in paragraph:
            sentences.append(
                sentence_phrases(
                    _engine_for(engine, voice_lang),
                    sentence,
                    own,
                    options,
                    job.phrase_breaks,
                    phonemes=phonemes,
                    letters=own == "en",
                )
            )
            voices.append(voice_lang)
    return PhrasePlan(announcement, tuple(sentences), tuple(voices) if any(voices) else ())


def render_job(
    job: SpeechJob,
    engine: TTSEngine,
    lang: str,
    on_sentence: Callable[[], None] | None = None,
    *,
    voice: Voice | None = None,
    plan: PhrasePlan | None = None,
) -> RenderedSpeech:
    """Speak one job sentence by sentence, with pauses, recording each sentence's start and end.

    A pure function of the job, the engine and the language, so it can be cached or run in
    another process. `voice` supplies phrases already spoken (by workers, or from the phrase
    cache); without it the engine speaks them here. The announcement, when there is one, comes
    first and has its own timing (kind "announcement"), so captions can show it too.
    """
    options = job.options
    plan = plan or plan_phrases(job, engine, lang)
    if voice is None:

        def voice(text: str, voice_lang: str) -> SpeechAudio:
            return _say(_engine_for(engine, voice_lang), text, options.rate)

    parts: list[SpeechAudio] = []
    timings: list[SentenceTiming] = []
    position = 0.0

    def add(piece: SpeechAudio) -> None:
        nonlocal position
        parts.append(piece)
        position += piece.duration

    def rate_of() -> int:
        return parts[0].sample_rate if parts else audio.MIN_SAMPLE_RATE

    def add_speech(speech: SpeechAudio, start: float) -> float:
        """Add speech; the clip's first opens with the lead-in. Returns where it starts."""
        if not parts:
            add(audio.silence(audio.LEAD_IN_MS, speech.sample_rate))
            start = position
        add(speech)
        return start

    speech = _speak_phrases(voice, plan.announcement)
    if speech is not None:
        start = add_speech(speech, position)
        timings.append(
            SentenceTiming(job.announcement, round(start, 3), round(position, 3), "announcement")
        )
    phrases = iter(enumerate(plan.sentences))
    for paragraph_index, paragraph in enumerate(job.paragraphs):
        for sentence_index, sentence in enumerate(paragraph):
            if parts:
                new_paragraph = sentence_index == 0 and (paragraph_index > 0 or bool(timings))
                pause = options.paragraph_pause_ms if new_paragraph else options.sentence_pause_ms
                add(audio.silence(pause, rate_of()))
            start = position
            number, said = next(phrases)
            speech = _speak_phrases(voice, said, plan.voice_of(number))
            if speech is not None:
                start = add_speech(speech, start)
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
        comment=_disclosure(engine, other_voices([job], engine)),
        track=track,
        year=album.year,
    )


def _disclosure(engine: TTSEngine, others: dict[str, str] | None = None) -> str:
    said = f"Synthetic voice, not the speaker's: {engine.name} engine, {engine.voice_description()}"
    return said + other_voices_note(others or {})


def other_voices_note(others: dict[str, str]) -> str:
    """What the disclosure adds when paragraphs in another language have their own voice."""
    from pipeline.language import LANGUAGE_NAMES

    return "".join(
        f"; {LANGUAGE_NAMES.get(lang, lang)} paragraphs: {description}"
        for lang, description in others.items()
    )


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
    # Each part opens with its lead-in, which is part of the pause between sections here.
    pause_ms = max(ordered[0][0].options.section_pause_ms - audio.LEAD_IN_MS, 0)
    destination = folder / f"statement.{version}.mp3"
    tags = audio.Tags(
        title=f"{album.album} ({version}, whole statement)",
        artist=album.artist,
        album=album.album,
        language=ISO_639_2.get(album.language, "und"),
        comment=_disclosure(engine, other_voices((job for job, _ in ordered), engine)),
        year=album.year,
    )
    spans = audio.concatenate_mp3([clip.path for _, clip in ordered], pause_ms, destination, tags)
    if spans is None:
        spans = _join_by_reencoding([clip for _, clip in ordered], pause_ms, destination, tags)
    duration = audio.mp3_duration(destination)
    chapters = [
        audio.Chapter(job.title, start, end)
        for (job, _), (start, end) in zip(ordered, contiguous(spans, duration), strict=True)
    ]
    audio.write_chapters(
        destination, chapters, transcript(job for job, _ in ordered), tags.language
    )
    return StatementAudio(
        version=version,
        path=destination,
        duration=duration,
        chapters=tuple(SentenceTiming(c.title, c.start, c.end, "chapter") for c in chapters),
    )


def contiguous(spans: Sequence[tuple[float, float]], duration: float) -> list[tuple[float, float]]:
    """Chapter times that cover the whole file: each ends where the next starts.

    The last ends at the file's end. Ending each chapter where its speech ends left a gap of
    the section pause less the lead-in (0.68 s by default) between chapters, which a player's
    chapter list did not cover.
    """
    starts = [start for start, _ in spans]
    ends = [*starts[1:], duration] if spans else []
    return list(zip(starts, ends, strict=True))


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
    """Make every job's MP3 in `folder`, speaking only phrases that were never spoken before.

    Three layers of reuse: a cached clip costs nothing (its MP3 bytes are tagged and written);
    a clip not cached is assembled from its phrases, and only phrases found neither in the
    phrase cache nor earlier in this run go to the engine, so a sentence both versions share
    is spoken once and an edited section speaks only its changed sentences. Phrases are spread
    over `workers` processes (or a `pool` already started) in the order of the clips that need
    them, so clips complete one after another and are encoded here while the workers go on.
    Only this process writes files and cache entries.
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

    # Jobs with one key (a title whose plain text is its original) are assembled once.
    groups: dict[str, list[int]] = {}
    for index in missing:
        groups.setdefault(keys[index] if cache else str(index), []).append(index)
    # Longest first: the last phrases to arrive belong to short clips, so the workers finish
    # together and the final encode is a short one.
    order = sorted(groups, key=lambda group: -_word_count(jobs[groups[group][0]]))
    assembly = _Assembly(engine, lang, cache, on_sentence)
    for group in order:
        assembly.add(group, [jobs[index] for index in groups[group]])
    tasks = assembly.tasks()

    def publish(group: str, made: CachedSpeech) -> None:
        if cache:
            cache.put(group, made)
        for index in groups[group]:
            clips[index] = _publish(jobs[index], made, folder, album, engine)

    produced: Iterator[tuple[int, SpeechAudio]]
    if pool is not None:
        produced = pool.map(speak_phrase, tasks, engine)
    elif parallel.plan(workers, len(tasks)).workers == 1:
        produced = ((index, speak_phrase(engine, task)) for index, task in enumerate(tasks))
    else:
        produced = parallel.map_with_engine(speak_phrase, tasks, engine, workers)
    try:
        assembly.run(produced, publish, max(1, workers, pool.workers if pool else 1))
    finally:
        close = getattr(produced, "close", None)
        if callable(close):
            close()  # stops the workers' remaining work after an error
    return [clips[index] for index in range(len(jobs))]


def start_speaking(
    jobs: Sequence[SpeechJob],
    engine: TTSEngine,
    lang: str,
    pool: parallel.SynthesisPool,
    cache: SpeechCache | None = None,
) -> None:
    """Send these jobs' phrases to the pool now; `speak` later takes the results.

    The original text is known once the statement is split, seconds before the plain
    version is written: its speech starts then, on workers that would otherwise wait.
    Clips and phrases the cache holds are not sent. Each job's phrases go as soon as they
    are planned: the workers start on the first while the rest are cut into phrases.
    """
    assembly = _Assembly(engine, lang, cache, None)
    sent = 0
    for job in sorted(jobs, key=_word_count, reverse=True):
        if cache is None or not cache.has(clip_cache_key(job, engine, lang, cache)):
            assembly.add(job.section_id, [job])
            tasks = assembly.tasks()
            pool.start(speak_phrase, tasks[sent:], engine)
            sent = len(tasks)


@dataclass(frozen=True)
class PhraseTask:
    """What a worker is asked to speak.

    Two tasks are the same work when their text and rate are: where the phrase was first
    asked for (an early paragraph, then its section) only names it in error messages.
    """

    text: str
    """The engine input."""
    rate: float
    where: str = field(compare=False)
    """Which clip, in words, for error messages."""
    voice: str = ""
    """The language of the other voice that says it (`other_language_voice`); "" for the
    engine's own."""


def speak_phrase(engine: TTSEngine, task: PhraseTask) -> SpeechAudio:
    """Speak one phrase: the unit of work a synthesis worker runs."""
    try:
        return _say(_engine_for(engine, task.voice), task.text, task.rate)
    except SynthesisError as error:
        # Say which section failed, so the user knows where it stopped.
        raise SynthesisError(f"{task.where}: {error.message}", error.hint) from error


@dataclass(eq=False)
class _Clip:
    """A clip being put together: which of its phrases are still to come."""

    group: str
    job: SpeechJob
    copies: int
    """Jobs that share this clip (and its progress steps)."""
    plan: PhrasePlan
    phrases: set[str]
    """Ids of every phrase the clip uses."""
    waiting: set[str]
    """Ids of phrases not spoken yet."""
    sentences: list[set[str]]
    """For each displayed sentence, the ids of its phrases not spoken yet (empty: done)."""


class _Assembly:
    """Which phrases each clip needs, which must be spoken, and the clips as they complete.

    Phrases are identified by the hash of the engine input, voice and rate (the phrase cache's
    key). Spoken phrases stay in memory only until the clips that use them are assembled.
    """

    def __init__(
        self,
        engine: TTSEngine,
        lang: str,
        cache: SpeechCache | None,
        on_sentence: Callable[[], None] | None,
    ) -> None:
        from pipeline.engines.fallback import FallbackEngine

        self.engine = engine
        self.lang = lang
        # A fallback engine changes voice mid-run: what it says is not the primary's voice.
        self.cache = cache if not isinstance(engine, FallbackEngine) else None
        self.identity = engine_identity(engine, self.cache) if self.cache else {}
        self.on_sentence = on_sentence
        self.identities: dict[str, dict[str, Any]] = {"": self.identity}
        self.clips: list[_Clip] = []
        self.ids: dict[tuple[str, float, str], str] = {}
        self.to_speak: dict[str, PhraseTask] = {}
        """Phrase id → its task, for phrases no cache holds, in the order first needed."""
        self.users: dict[str, list[_Clip]] = {}
        self.spoken: dict[str, SpeechAudio] = {}

    def _id(self, text: str, rate: float, voice: str = "") -> str:
        """The phrase's cache key (its voice's identity in it), hashed once per run."""
        key = self.ids.get((text, rate, voice))
        if key is None:
            identity = self.identities.get(voice)
            if identity is None:
                other = _engine_for(self.engine, voice)
                identity = engine_identity(other, self.cache) if self.cache else {}
                self.identities[voice] = identity
            key = self.ids[(text, rate, voice)] = phrase_key(identity, text, rate)
        return key

    def add(self, group: str, jobs: Sequence[SpeechJob]) -> None:
        """Plan a clip (shared by `jobs`): its phrases, and which of them must be spoken."""
        job = jobs[0]
        plan = plan_phrases(job, self.engine, self.lang)
        rate = job.options.rate
        for text, voice in plan.voiced():
            key = self._id(text, rate, voice)
            if key not in self.to_speak and not (self.cache and self.cache.has_phrase(key)):
                self.to_speak[key] = PhraseTask(text, rate, _where(job), voice)
        phrases = {self._id(text, rate, voice) for text, voice in plan.voiced()}
        waiting = phrases & self.to_speak.keys()
        sentences = [
            {self._id(text, rate, plan.voice_of(index)) for text in s} & waiting
            for index, s in enumerate(plan.sentences)
        ]
        clip = _Clip(group, job, len(jobs), plan, phrases, waiting, sentences)
        self.clips.append(clip)
        for key in phrases:
            self.users.setdefault(key, []).append(clip)

    def tasks(self) -> list[PhraseTask]:
        """The phrases to speak, in the order of the clips that first need them."""
        return list(self.to_speak.values())

    def run(
        self,
        produced: Iterator[tuple[int, SpeechAudio]],
        publish: Callable[[str, CachedSpeech], None],
        encoders: int,
    ) -> None:
        """Take spoken phrases as they arrive; assemble and encode each clip once it is whole.

        Encoding (loudness, MP3) runs in ffmpeg processes, from `encoders` threads, while the
        engine goes on; at most twice that many clips wait for it, so memory stays flat.
        Once every phrase is in, the engine's cores are free: clips still waiting for a thread,
        and those the last phrases complete, are encoded at once on threads of their own, not
        queued behind clips still encoding.
        """
        from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

        encoding: dict[Future[CachedSpeech], str] = {}
        queued: dict[Future[CachedSpeech], RenderedSpeech] = {}
        """Clips sent to `encoder` while the engine speaks: any not started when the last
        phrase comes in move to `last`."""
        keys = list(self.to_speak)  # position in the task list → phrase id
        arrived = 0

        def finish(done: Iterable[Future[CachedSpeech]]) -> None:
            for future in done:
                publish(encoding.pop(future), future.result())

        def spoken_all() -> None:
            for future, rendered in list(queued.items()):
                if future.cancel():  # still queued behind another clip: start it now
                    encoding[last.submit(_encoded, rendered)] = encoding.pop(future)

        def assemble(clip: _Clip) -> None:
            spoken = bool(keys) and arrived == len(keys)
            while len(encoding) >= (4 if spoken else 2) * encoders:
                finish(wait(encoding, return_when=FIRST_COMPLETED)[0])
            rendered = render_job(
                clip.job, self.engine, self.lang, voice=self._voice(clip), plan=clip.plan
            )
            for key in clip.phrases:
                self._release(key, clip)
            if spoken:
                encoding[last.submit(_encoded, rendered)] = clip.group
            else:
                future = encoder.submit(_encoded, rendered)
                encoding[future] = clip.group
                queued[future] = rendered
                # Held only until encoded, as the encoder's own queue holds it.
                future.add_done_callback(lambda done: queued.pop(done, None))

        with (
            ThreadPoolExecutor(encoders, thread_name_prefix="plainvoice-encode") as encoder,
            ThreadPoolExecutor(encoders, thread_name_prefix="plainvoice-encode-last") as last,
        ):
            try:
                for clip in self.clips:
                    self._progress(clip)
                    if not clip.waiting:
                        assemble(clip)
                for position, speech in produced:
                    arrived += 1
                    if arrived == len(keys):
                        spoken_all()
                    key = keys[position]
                    self.spoken[key] = speech
                    if self.cache:
                        self.cache.put_phrase(key, speech)
                    for clip in list(self.users.get(key, [])):
                        if key in clip.waiting:
                            clip.waiting.discard(key)
                            self._progress(clip, key)
                            if not clip.waiting:
                                assemble(clip)
                finish(list(encoding))
            except BaseException:
                for future in encoding:
                    future.cancel()
                raise

    def _progress(self, clip: _Clip, arrived: str | None = None) -> None:
        """One step per displayed sentence (and job sharing it) once all its phrases are in."""
        for waiting in clip.sentences:
            if arrived is None and not waiting:
                _advance(self.on_sentence, clip.copies)
            elif arrived in waiting:
                waiting.discard(arrived)
                if not waiting:
                    _advance(self.on_sentence, clip.copies)

    def _voice(self, clip: _Clip) -> Voice:
        rate = clip.job.options.rate

        def voice(text: str, voice_lang: str) -> SpeechAudio:
            key = self._id(text, rate, voice_lang)
            speech = self.spoken.get(key)
            if speech is None and self.cache:
                speech = self.cache.get_phrase(key)
            if speech is None:
                # Deleted or damaged since it was planned: speak it again, here.
                task = PhraseTask(text, rate, _where(clip.job), voice_lang)
                speech = speak_phrase(self.engine, task)
                if self.cache:
                    self.cache.put_phrase(key, speech)
            return speech

        return voice

    def _release(self, key: str, clip: _Clip) -> None:
        users = self.users.get(key, [])
        if clip in users:
            users.remove(clip)
        if not users:
            self.spoken.pop(key, None)


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
        raise SynthesisError(f"{_where(job)}: {error.message}", error.hint) from error


def _encoded(rendered: RenderedSpeech) -> CachedSpeech:
    mp3 = audio.encode_mp3(rendered.audio)
    return CachedSpeech(mp3=mp3, timings=rendered.timings, duration=audio.mp3_bytes_duration(mp3))


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


def spoken_form(job: SpeechJob, lang: str) -> tuple[object, ...]:
    """Everything that decides a job's audio except its version: two jobs with one form sound alike.

    The words the voice says (each sentence's `speakable` text, paragraph by paragraph, not
    the Markdown shown), their languages, the announcement and the speech options. A closing
    full stop does not count: a title line is given one in the plain version ("Erklärung zur
    Lage" becomes "Erklärung zur Lage."), and the voice says the same words.
    """
    lexicon = job.options.lexicon_path
    return (
        job.announcement,
        job.phrase_breaks,
        job.options,
        job.languages,
        tuple(
            tuple(
                speakable(sentence, job.paragraph_language(index, lang), lexicon).rstrip(". ")
                for sentence in p
            )
            for index, p in enumerate(job.paragraphs)
        ),
    )


def plain_same_as_original(jobs: Sequence[SpeechJob], lang: str) -> set[str]:
    """Ids of the sections whose plain job says exactly what their original job says.

    A statement in another language keeps its words as its plain version, and an English
    "Thank you." has nothing to simplify: such a plain version is not spoken again, it is
    heard from the original's MP3 (`shared_plain_clips`).
    """
    originals = {job.section_id: job for job in jobs if job.version == "original"}
    return {
        job.section_id
        for job in jobs
        if job.version == "plain"
        and (original := originals.get(job.section_id)) is not None
        and spoken_form(job, lang) == spoken_form(original, lang)
    }


def shared_plain_clips(clips: Iterable[AudioClip], same: Collection[str]) -> list[AudioClip]:
    """The plain clips of the sections in `same`: their original clips under the plain version.

    They name the original's MP3, so the package holds one file for the two versions.
    """
    return [
        replace(clip, version="plain")
        for clip in clips
        if clip.version == "original" and clip.section_id in same
    ]


def clip_cache_key(job: SpeechJob, engine: TTSEngine, lang: str, cache: SpeechCache) -> str:
    """Key of a job's audio: the spoken text of each sentence, the voice and the audio settings.

    The spoken text comes from the same `speakable` that `render_job` uses, so a lexicon or
    number-reading change renews exactly the clips whose speech it changes.
    """
    lexicon = job.options.lexicon_path
    paragraphs = [
        [
            (sentence, speakable(sentence, job.paragraph_language(index, lang), lexicon))
            for sentence in p
        ]
        for index, p in enumerate(job.paragraphs)
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
        # (Mixed-language statements.) Which paragraphs another voice says, and that voice.
        **(
            {
                "voices": [
                    engine_identity(other_language_voice(engine, own) or engine, cache)
                    if (own := job.paragraph_language(index, lang)) != lang
                    else None
                    for index in range(len(job.paragraphs))
                ]
            }
            if any(job.languages)
            else {}
        ),
        "bitrate": audio.MP3_BITRATE,
        "audio_path": audio.AUDIO_PATH_VERSION,
    }
    return speech_key(paragraphs, engine_identity(engine, cache), options)


def _where(job: SpeechJob) -> str:
    """Which clip, in words, for error messages: the user learns where speech stopped."""
    return f"section '{job.title}' ({job.version})"


def _sentence_count(job: SpeechJob) -> int:
    return sum(len(paragraph) for paragraph in job.paragraphs)


def _word_count(job: SpeechJob) -> int:
    return sum(len(sentence.split()) for paragraph in job.paragraphs for sentence in paragraph)


def _advance(on_sentence: Callable[[], None] | None, steps: int) -> None:
    if on_sentence is not None:
        for _ in range(steps):
            on_sentence()
