"""The pipeline in one readable sequence: load, split, score, simplify, speak, bundle."""

from __future__ import annotations

import re
import sys
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext, suppress
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Final, Protocol

from pipeline import freshness, parallel
from pipeline.cache import cache_limit_bytes, engine_identity
from pipeline.engines import TTSEngine
from pipeline.errors import InputError, OutputError
from pipeline.labels import section_labels
from pipeline.language import (
    LanguageChoice,
    choose_language,
    paragraph_language,
    refuse_other_scripts,
    release_model,
)
from pipeline.metadata import with_overrides
from pipeline.models import (
    AudioClip,
    Package,
    Paragraph,
    PlainSection,
    Readability,
    Section,
    SectionKind,
    Statement,
    StatementAudio,
)
from pipeline.readers import read_stdin
from pipeline.resolve import early_pool, make_engine, package_slug, speech_cache
from pipeline.rewriters import get_rewriter
from pipeline.rewriters.rules.lexicon import load_acronyms
from pipeline.settings import Settings, Versions
from pipeline.stages import (
    bundle,
    load,
    readability,
    readalong,
    review,
    simplify,
    speak,
    split,
    summary,
)
from pipeline.stages.bundle import EngineInfo, SectionResult
from pipeline.stages.summary import Summary
from pipeline.text import markdown_to_plain, slugify, split_sentences


class Reporter(Protocol):
    """Receives progress, so the CLI can draw bars and tests can stay quiet."""

    def start(self, stage: str, total: int) -> None:
        """A stage begins with `total` steps."""
        ...

    def advance(self, steps: int = 1) -> None:
        """Steps of the current stage are done."""
        ...


class SilentReporter:
    """Reports nothing."""

    def start(self, stage: str, total: int) -> None:
        """Ignore."""

    def advance(self, steps: int = 1) -> None:
        """Ignore."""


@dataclass(frozen=True)
class BuildResult:
    """What a run produced."""

    package: Package
    statement: Statement


MAX_PARAGRAPH_CHARS: Final = 100_000
"""Longest paragraph (line) read: sentence splitting slows down badly on longer ones, and no
statement has a paragraph of 30 pages."""

EARLY_SPEECH_WORDS: Final = 120
"""Words spoken before sections are found: about what two workers say while the
statement is grouped into sections (about half a second on the sample, measured)."""

EarlyParagraphs = Callable[[str, Sequence[Paragraph]], None]
"""Told the language and the spoken paragraphs once known, before sections are found."""


def read_statement(
    settings: Settings, stdin: bytes | None = None, on_paragraphs: EarlyParagraphs | None = None
) -> Statement:
    """Load and split the statement named by the settings (stdin when the path is None)."""
    max_bytes = settings.max_input_bytes
    if settings.input_path is None and stdin is None:
        stdin = read_stdin(sys.stdin.buffer, max_bytes)
    source = load.load_source(
        settings.input_path,
        stdin,
        max_bytes=max_bytes,
        fmt=None if settings.input_format == "auto" else load.InputFormat(settings.input_format),
    )
    _check_paragraphs(source.text, source.name)
    refuse_other_scripts(settings.language, source.text)
    choice = choose_language(settings.language, source.text)
    language = choice.code
    early = None
    if on_paragraphs is not None:
        early = partial(_early_paragraphs, on_paragraphs, choice)
    statement = split.split_statement(
        source, language, settings.max_section_words, on_paragraphs=early
    )
    if choice.others:
        statement = _with_paragraph_languages(statement, choice)
    if settings.title is None and settings.speaker is None and settings.date is None:
        return statement
    meta = with_overrides(statement.meta, settings.title, settings.speaker, settings.date)
    return replace(statement, meta=meta)


def _early_paragraphs(
    on_paragraphs: EarlyParagraphs, choice: LanguageChoice, paragraphs: Sequence[Paragraph]
) -> None:
    """Hand the early paragraphs on, those in another language marked as the split will mark them.

    Their early speech is then the speech their sections ask for.
    """
    if choice.others:
        paragraphs = [_marked(paragraph, choice) for paragraph in paragraphs]
    on_paragraphs(choice.code, paragraphs)


def _marked(paragraph: Paragraph, choice: LanguageChoice) -> Paragraph:
    """The paragraph with its language when it is in another of the statement's languages."""
    if paragraph.is_heading:
        return paragraph
    language = paragraph_language(markdown_to_plain(paragraph.text), choice)
    return replace(paragraph, language=language) if language else paragraph


def _with_paragraph_languages(statement: Statement, choice: LanguageChoice) -> Statement:
    """A mixed-language statement whose paragraphs in another language say which one.

    (Mixed-language statements.) The rules then leave those paragraphs as written, and the
    summary takes no point from them. Headings and the title block are never rewritten
    paragraph by paragraph, so they are not marked: the paragraphs told to the user as left
    as written are exactly those the rules would otherwise have rewritten.
    """

    def marked(section: Section, paragraph: Paragraph) -> Paragraph:
        if section.kind is SectionKind.TITLE:
            return paragraph
        return _marked(paragraph, choice)

    sections = [
        replace(section, paragraphs=tuple(marked(section, p) for p in section.paragraphs))
        for section in statement.sections
    ]
    return replace(
        statement, sections=tuple(_retitled(sections, statement.language, statement.text))
    )


def _retitled(sections: list[Section], lang: str, text: str) -> list[Section]:
    """Sections titled again from their own language's words, where another's were among them.

    A title is found before paragraph languages are known: French words had titled an
    English statement's section ("Aux and Action"). A title taken from a heading stays: the
    heading is a line of the statement's text, no longer one of the section's paragraphs.
    """
    lines = text.splitlines()
    texts = [" ".join(p.text for p in section.paragraphs if not p.language) for section in sections]
    used = {section.title.lower() for section in sections}
    retitled: list[Section] = []
    for index, section in enumerate(sections):
        if (
            section.kind is not SectionKind.BODY
            or not any(p.language for p in section.paragraphs)
            or any(_titled_by(line, section.title) for line in lines)
        ):
            retitled.append(section)
            continue
        used.discard(section.title.lower())
        others = texts[:index] + texts[index + 1 :]
        title = _own_language_title(section, texts[index], used, others, lang)
        title = split.distinct_title(title, used, section_labels(lang))
        used.add(title.lower())
        number = section.id.split("-", 1)[0]
        retitled.append(replace(section, title=title, id=f"{number}-{slugify(title)}"))
    return retitled


def _own_language_title(
    section: Section, own_words: str, used: set[str], others: list[str], lang: str
) -> str:
    """A section's title from its words in the statement's language, or, with none, its own.

    An English part of a French statement has no French words to title it: titled from
    none, it had been "Statement" (the English fallback, in a French statement); titled in
    English from its English words, it is "Fares and budget".
    """
    if own_words.strip():
        return split.salient_title(own_words, used, others, lang=lang)
    spoken = Counter(p.language for p in section.paragraphs if p.language).most_common(1)
    return split.salient_title(
        " ".join(p.text for p in section.paragraphs),
        used,
        others,
        lang=spoken[0][0] if spoken else lang,
    )


_NUMBERING: Final = re.compile(r"\d+|[ivxlc]+|[a-z]")
"""A heading's own number before its words: "3.", "IV.", "b)"."""


def _titled_by(heading: str, title: str) -> bool:
    """True when `title` is `heading`'s words, in any case and without its number.

    A heading in capitals is titled in ordinary case ("OUR SHARED LANGUAGES" gives "Our Shared
    Languages"): compared as written, the section had been titled again from its words
    ("Port Alder") when it held a paragraph in another language.
    """
    heading_words = re.findall(r"[^\W_]+", heading.casefold())
    title_words = re.findall(r"[^\W_]+", title.casefold())
    if not title_words or len(heading_words) < len(title_words):
        return False
    number = heading_words[: len(heading_words) - len(title_words)]
    return heading_words[len(number) :] == title_words and all(
        _NUMBERING.fullmatch(word) for word in number
    )


def _check_paragraphs(text: str, name: str) -> None:
    # Paragraphs are counted as a reader counts them, between blank lines, not line by line.
    number = 0
    after_blank = True
    for line in text.split("\n"):
        if not line.strip():
            after_blank = True
            continue
        number += after_blank
        after_blank = False
        if len(line) > MAX_PARAGRAPH_CHARS:
            raise InputError(
                f"{name}: paragraph {number} is {len(line):,} characters long, over the "
                f"{MAX_PARAGRAPH_CHARS:,} limit",
                hint="break the text into paragraphs with blank lines",
            )


@dataclass(frozen=True)
class PreparedStatement:
    """A statement after the text stages (load, split, score, simplify), ready to speak and bundle.

    Batch mode prepares statements first and sends their speech to workers, so it needs the
    text stages apart from the rest; `build_package` runs them itself when given none.
    """

    statement: Statement
    results: list[SectionResult]
    overall_original: Readability
    overall_plain: Readability
    slug: str
    """Package name: the settings' slug, or one made from the input file name or title."""
    summary: Summary
    """The whole statement in plain language, for distribution."""


def prepare_statement(
    settings: Settings,
    reporter: Reporter | None = None,
    stdin: bytes | None = None,
    on_read: Callable[[Statement], None] | None = None,
    on_paragraphs: EarlyParagraphs | None = None,
) -> PreparedStatement:
    """Run stages 1 to 4 (load, split, score, simplify) on the statement the settings name.

    `on_read` is called once the statement is read and its language known, before the rest,
    and `on_paragraphs` earlier still, once its paragraphs are: `build_package` uses them to
    start speech while the text stages run.
    """
    reporter = reporter or SilentReporter()
    # 1. Load and 2. split into sections; the language is known (or detected) from here on.
    reporter.start("Reading the statement", 1)
    statement = read_statement(settings, stdin, on_paragraphs)
    language = statement.language
    reporter.advance()
    if on_read is not None:
        on_read(statement)

    # 3. Score and 4. simplify each section, then score the plain version.
    reporter.start("Writing plain language", len(statement.sections))
    results: list[SectionResult] = []
    edits = _edits_for(settings.plain_from, statement)
    # What one section must know of the others: the short forms the statement defines.
    defined = simplify.defined_short_forms(statement.sections)
    acronyms = {**load_acronyms(), **defined}
    rewriter = get_rewriter(settings.rewriter)
    lede_section = summary.lede_section(statement)
    for section in statement.sections:
        plain = simplify.simplify_section(
            section,
            language,
            target_grade=settings.target_grade,
            meta=statement.meta,
            rewriter=rewriter,
            defined=defined,
        )
        if section.id in edits:
            # A person's edited text wins; the guard still checks it, as a warning.
            edit = edits[section.id]
            plain = review.apply_edit(
                section,
                plain,
                edit.paragraphs,
                acronyms,
                language,
                edit.list_items,
                edit.markers,
                edit.links,
            )
        plain = summary.with_in_short(section, plain, section.id == lede_section)
        results.append(_scored(section, plain, language))
        reporter.advance()
    overall_original = readability.score(
        " ".join(s.plain_text for s in statement.sections), language
    )
    overall_plain = (
        overall_original
        if all(r.plain.left_as_written for r in results)
        else readability.score(" ".join(r.plain.text for r in results), language)
    )
    short = summary.summarise(statement, [r.plain for r in results], acronyms)

    slug = package_slug(settings, statement)
    return PreparedStatement(statement, results, overall_original, overall_plain, slug, short)


def _edits_for(plain_from: Path | None, statement: Statement) -> dict[str, review.Edit]:
    """A person's edited plain text by section id (`--plain-from`); none without the option.

    Raises:
        InputError: The file edits sections this statement lacks: those edits would be lost
            without a word.
    """
    if plain_from is None:
        return {}
    edits = review.read_edited(plain_from)
    unknown = sorted(edits.keys() - {section.id for section in statement.sections})
    if unknown:
        raise InputError(
            f"{plain_from.name} has sections this statement does not: "
            f"{', '.join(unknown[:3])}{' …' if len(unknown) > 3 else ''}",
            hint="was it made from another statement, or were headings changed since? "
            "Run without --plain-from for a fresh plain.md, and copy the edits into it",
        )
    return edits


def _scored(section: Section, plain: PlainSection, language: str) -> SectionResult:
    """A section with its plain version and both their readability scores."""
    original_score = readability.score(section.plain_text, language)
    # Text left as written (another language) scores as the original: the same words
    # joined another way must not show a change that did not happen.
    plain_score = (
        original_score if plain.left_as_written else readability.score(plain.text, language)
    )
    return SectionResult(
        section=section, plain=plain, original_score=original_score, plain_score=plain_score
    )


def speech_jobs(prepared: PreparedStatement, settings: Settings) -> list[speak.SpeechJob]:
    """The MP3s a prepared statement needs under these settings (none without audio)."""
    if not settings.audio:
        return []
    return _with_speech_options(
        _speech_jobs(prepared.results, settings.versions, prepared.statement.language),
        prepared.statement.sections,
        settings,
        prepared.statement.language,
    )


def original_speech_jobs(statement: Statement, settings: Settings) -> list[speak.SpeechJob]:
    """The original version's MP3s, which need only the split statement (none without them)."""
    if not settings.audio or settings.versions is Versions.PLAIN:
        return []
    jobs = [_original_job(section, statement.language) for section in statement.sections]
    return _with_speech_options(jobs, statement.sections, settings, statement.language)


def describe_engine(engine: TTSEngine, others: dict[str, str] | None = None) -> EngineInfo:
    """What the manifest says about the engine, including whether text left the machine.

    `others` are the voices that said paragraphs in another language (`speak.other_voices`):
    the disclosure names them too.
    """
    from pipeline.engines.fallback import FallbackEngine

    primary: TTSEngine = engine
    fallback: TTSEngine | None = None
    failure: str | None = None
    if isinstance(engine, FallbackEngine):
        primary, failure = engine.primary, engine.failure
        fallback = engine.fallback if failure is not None else None
    service = getattr(primary, "service", None)
    return EngineInfo(
        engine.name,
        engine.voice_description() + speak.other_voices_note(others or {}),
        primary.offline,
        text_sent_online=not primary.offline,
        online_service=None if primary.offline else service or primary.name,
        fallback=fallback.name if fallback is not None else None,
        fallback_reason=failure,
        other_voices=dict(others or {}),
    )


def build_package(
    settings: Settings,
    engine: TTSEngine | None = None,
    reporter: Reporter | None = None,
    stdin: bytes | None = None,
    prepared: PreparedStatement | None = None,
    pool: parallel.SynthesisPool | None = None,
) -> BuildResult:
    """Run every stage in order and publish the package; nothing half-written survives a failure.

    `prepared` skips stages 1 to 4 when the caller has already run them (batch mode). `pool`
    is synthesis workers the caller started (and will stop) before importing this module;
    without one, the build starts its own when the settings call for workers.
    """
    reporter = reporter or SilentReporter()
    settings.validate()
    own_pool = early_pool(settings, engine) if pool is None and prepared is None else None
    with own_pool or nullcontext():
        return _build(settings, engine, reporter, stdin, prepared, pool or own_pool)


def describe_rewriter(name: str) -> dict[str, str | bool]:
    """What the manifest says about the rewriter: its name and whether text left the machine."""
    rewriter = get_rewriter(name)
    return {"name": rewriter.name, "offline": bool(rewriter.offline)}


def _build(
    settings: Settings,
    engine: TTSEngine | None,
    reporter: Reporter,
    stdin: bytes | None,
    prepared: PreparedStatement | None,
    pool: parallel.SynthesisPool | None,
) -> BuildResult:
    hashing = _hash_voice_ahead(settings, pool) if prepared is None else None

    def warm(statement: Statement) -> None:
        # The engine is chosen for the detected language, before any slow work (speech).
        nonlocal engine
        if engine is None:
            engine = make_engine(settings, statement.language)
        if pool is not None:
            pool.warm(engine)
            if hashing is not None:
                hashing.join()
            if settings.plain_from is None:  # a review may reuse the last package's audio
                jobs = original_speech_jobs(statement, settings)
                speak.start_speaking(jobs, engine, statement.language, pool, speech_cache(settings))

    def speak_early(language: str, paragraphs: Sequence[Paragraph]) -> None:
        # The first paragraphs' speech, while the sections are still being found.
        nonlocal engine
        if pool is None or settings.plain_from is not None or settings.versions is Versions.PLAIN:
            return
        if engine is None:
            engine = make_engine(settings, language)
        if hashing is not None:
            hashing.join()
        jobs = _early_jobs(paragraphs, settings, language)
        speak.start_speaking(jobs, engine, language, pool, speech_cache(settings))

    limit = cache_limit_bytes() if settings.audio and settings.use_cache else None
    # 1-4. Load, split, score and simplify.
    if prepared is None:
        prepared = prepare_statement(
            settings,
            reporter,
            stdin,
            on_read=warm if settings.audio else None,
            on_paragraphs=speak_early if settings.audio else None,
        )
        release_model()  # one statement per run: the voices need the memory more
    statement, results = prepared.statement, prepared.results
    if settings.audio and engine is None:
        engine = make_engine(settings, statement.language)
    overall_original, overall_plain = prepared.overall_original, prepared.overall_plain
    slug = prepared.slug
    bundle.check_target(
        settings.output_dir,
        slug,
        force=settings.force,
        plain_from=settings.plain_from,
        source=settings.input_path,
        lexicon=settings.lexicon,
    )
    bundle.check_same_statement(
        settings.output_dir / slug, statement, settings.input_path, force=settings.force
    )
    bundle.recover_interrupted(settings.output_dir, slug)
    staging = bundle.staging_path(settings.output_dir, slug)
    made = bundle.missing_folders(settings.output_dir)
    try:
        # Made inside the try: a Ctrl-C just after the folder is created still removes it.
        bundle.staging_folder(settings.output_dir, slug)
        # What the package says besides the audio is made on a thread while it is spoken
        # (this thread mostly waits for the workers then): once the last phrase is in, only
        # the last clips, the joined MP3s and the files themselves remain to be done.
        aside = ThreadPoolExecutor(1, thread_name_prefix="plainvoice-package")
        with aside:
            text_parts = aside.submit(_package_text, settings, engine, statement, results)
            clips, statement_audio, engine_info = _speak_all(
                settings, engine, reporter, prepared, slug, staging, pool
            )
            build_record, plain_markdown, rewriter, to_review = text_parts.result()

        # 6. Bundle: HTML, text, manifest, then publish folder and ZIP atomically.
        reporter.start("Writing the package", 1)
        package = bundle.write_package(
            staging,
            settings.output_dir,
            slug,
            statement,
            results,
            overall_original,
            overall_plain,
            clips,
            engine_info,
            summary=prepared.summary,
            plain_markdown=plain_markdown,
            statement_audio=statement_audio,
            rewriter=rewriter,
            pronunciation_review=to_review,
            build=build_record,
            lexicon=settings.lexicon,
        )
        reporter.advance()
    except BaseException as error:
        bundle.discard(staging, made)
        if isinstance(error, OutputError):
            # "cannot write out/.notice.partial-1895/audio/01-x.mp3: No space left on device"
            # named a hidden folder the user never sees, gone by then: name the package's own.
            error.message = error.message.replace(str(staging), str(settings.output_dir / slug))
        raise
    if limit is not None:
        _prune_speech_cache(settings, limit)
    return BuildResult(package=package, statement=statement)


def _speak_all(
    settings: Settings,
    engine: TTSEngine | None,
    reporter: Reporter,
    prepared: PreparedStatement,
    slug: str,
    staging: Path,
    pool: parallel.SynthesisPool | None,
) -> tuple[list[AudioClip], list[StatementAudio], EngineInfo | None]:
    """5. Speak each section's versions into `staging`, then join each version's whole MP3."""
    statement = prepared.statement
    clips: list[AudioClip] = []
    statement_audio: list[StatementAudio] = []
    engine_info = None
    if settings.audio and engine is not None:
        jobs = speech_jobs(prepared, settings)
        jobs_all = list(jobs)
        # A plain version with its original's words is heard from the original's MP3.
        same = speak.plain_same_as_original(jobs, statement.language)
        jobs = [job for job in jobs if not (job.version == "plain" and job.section_id in same)]
        reused = _reusable_audio(settings, slug, engine.name, jobs, staging)
        jobs = [job for job in jobs if (job.section_id, job.version) not in reused]
        reporter.start("Speaking", sum(len(s) for job in jobs for s in job.paragraphs))
        if pool is not None:
            bundle.load_templates()  # while the workers speak, not after
        album = speak.AlbumInfo(
            album=statement.meta.title,
            artist=statement.meta.speaker or "Unknown speaker",
            language=statement.language,
            year=(statement.meta.date_start or "")[:4],
        )
        clips = speak.speak(
            jobs,
            engine,
            staging / "audio",
            album,
            reporter.advance,
            cache=speech_cache(settings),
            workers=settings.jobs or 1,
            pool=pool,
        )
        clips = [*reused.values(), *clips]
        clips += speak.shared_plain_clips(clips, same)
        engine_info = describe_engine(engine, speak.other_voices(jobs_all, engine))
        for clip in clips:
            _inside(clip.path, staging)
        for version in ("original", "plain"):
            if version == "plain" and _plain_whole_is_original(jobs_all, same):
                continue
            whole = speak.speak_statement(
                jobs_all, clips, engine, staging / "audio", album, version
            )
            if whole is not None:
                statement_audio.append(whole)

    return clips, statement_audio, engine_info


def _plain_whole_is_original(jobs: Sequence[speak.SpeechJob], same: Collection[str]) -> bool:
    """True when every plain section has its original's words and both versions are spoken.

    The whole plain MP3 would then repeat the whole original one, so it is not made.
    """
    plain = {job.section_id for job in jobs if job.version == "plain"}
    original = {job.section_id for job in jobs if job.version == "original"}
    return bool(plain) and plain.issubset(same) and plain <= original


def _package_text(
    settings: Settings, engine: TTSEngine | None, statement: Statement, results: list[SectionResult]
) -> tuple[dict[str, str] | None, str, dict[str, str | bool], tuple[str, ...]]:
    """What the package says besides the audio: build record, plain.md, rewriter, review list."""
    return (
        _build_record(settings, engine),
        review.plain_markdown(statement, [r.plain for r in results]),
        describe_rewriter(settings.rewriter),
        speak.pronunciation_review(
            (s for r in results for s in (*r.section.sentences, *r.plain.sentences)),
            statement.language,
            settings.lexicon,
        ),
    )


def _hash_voice_ahead(
    settings: Settings, pool: parallel.SynthesisPool | None
) -> threading.Thread | None:
    """Hash the workers' voice files on a thread while the statement is read and split.

    Speech keys name the voice by its files' hash, which a cold cache has never seen (60 MB,
    about 0.05 CPU-s): made here, it is remembered before the first phrases are sent, where
    it had held them back while the workers waited with their voice loaded.
    """
    cache = speech_cache(settings) if settings.audio else None
    voice = pool.voice if pool is not None else None
    if cache is None or voice is None:
        return None

    def digest() -> None:
        with suppress(Exception):  # the same hash is made again, and its error told, later
            engine_identity(voice, cache)

    thread = threading.Thread(target=digest, name="plainvoice-voice-hash", daemon=True)
    thread.start()
    return thread


def _prune_speech_cache(settings: Settings, limit: int) -> None:
    """Keep the speech cache under its size limit once a run has added to it."""
    cache = speech_cache(settings)
    if cache is not None:
        cache.prune(limit)


def _build_record(settings: Settings, engine: TTSEngine | None) -> dict[str, str] | None:
    """How this package was made, so a re-run with nothing changed can reuse it (freshness).

    Only for a named input file and with the cache on: the fingerprint hashes the voice
    through the cache's digest memo, and `--no-cache` runs are meant to rebuild anyway.
    """
    cache = speech_cache(settings)
    # A named pipe, like stdin, is read once: read again here it waited for a new writer.
    if settings.input_path is None or not settings.input_path.is_file() or cache is None:
        return None
    return freshness.build_record(
        freshness.input_digest(settings.input_path.read_bytes()),
        freshness.settings_fingerprint(settings, engine if settings.audio else None, cache),
    )


def _reusable_audio(
    settings: Settings, slug: str, engine_name: str, jobs: list[speak.SpeechJob], staging: Path
) -> dict[tuple[str, str], AudioClip]:
    """After a review (`--plain-from`), unchanged text keeps the last package's audio."""
    previous = settings.output_dir / slug
    if settings.plain_from is None or not review.same_engine(previous, engine_name):
        return {}
    texts = {
        (job.section_id, job.version): " ".join(s for p in job.paragraphs for s in p)
        for job in jobs
    }
    return review.reusable_clips(previous, texts, staging / "audio")


def _inside(path: Path, folder: Path) -> None:
    """Refuse any output path that would land outside the package folder."""
    if not path.resolve().is_relative_to(folder.resolve()):
        raise OutputError(f"refusing to write {path}: it is outside the package folder {folder}")


def _speech_jobs(
    results: list[SectionResult], versions: Versions, language: str
) -> list[speak.SpeechJob]:
    jobs: list[speak.SpeechJob] = []
    for result in results:
        section = result.section
        if versions in (Versions.BOTH, Versions.ORIGINAL):
            jobs.append(_original_job(section, language))
        if versions in (Versions.BOTH, Versions.PLAIN):
            numbers = readalong.markers(result.plain, section)
            jobs.append(
                speak.SpeechJob(
                    section_id=section.id,
                    version="plain",
                    title=section.title,
                    paragraphs=tuple(
                        speak.with_number(
                            number, tuple(split_sentences(p, language)) or (p,), before
                        )
                        for p, number, before in zip(
                            result.plain.paragraphs,
                            numbers,
                            readalong.previous_markers(numbers),
                            strict=True,
                        )
                    ),
                    languages=_plain_languages(result.plain.paragraphs, section),
                )
            )
    return jobs


def _plain_languages(plain: Sequence[str], section: Section) -> tuple[str, ...]:
    """Each plain paragraph's own language, where it is another language's paragraph.

    (Mixed-language statements.) Such a paragraph is left as written, so it is found by its
    words; "" for all others, and () when the section has none.
    """
    from pipeline.text import markdown_to_plain

    others = {markdown_to_plain(p.text): p.language for p in section.paragraphs if p.language}
    if not others:
        return ()
    return tuple(others.get(markdown_to_plain(paragraph), "") for paragraph in plain)


def _original_job(section: Section, language: str) -> speak.SpeechJob:
    paragraphs = _original_paragraphs(section, language)
    return speak.SpeechJob(
        section_id=section.id,
        version="original",
        title=section.title,
        paragraphs=tuple(sentences for sentences, _ in paragraphs),
        languages=_languages(own for _, own in paragraphs),
    )


def _languages(found: Iterable[str]) -> tuple[str, ...]:
    """A job's paragraph languages: () when every paragraph is in the statement's language."""
    languages = tuple(found)
    return languages if any(languages) else ()


def _early_jobs(
    paragraphs: Sequence[Paragraph], settings: Settings, language: str
) -> list[speak.SpeechJob]:
    """The first paragraphs as jobs of their own, to be spoken before sections are found.

    Their phrases are the ones their sections' jobs will ask for (same sentences, same
    options), so those jobs take them instead of speaking them again. Only enough to keep
    the workers busy until the sections are known: the rest keeps section order, so clips
    complete, and are encoded, while speech goes on.
    """
    jobs: list[speak.SpeechJob] = []
    words = 0
    options = _speech_options(settings)
    befores = _previous_markers(paragraphs)
    for number, paragraph in enumerate(paragraphs, start=1):
        if words >= EARLY_SPEECH_WORDS:
            break
        sentences = _spoken_sentences(paragraph, language, befores[number - 1])
        if sentences:
            name = f"paragraph {number}"
            jobs.append(
                speak.SpeechJob(
                    section_id=name.replace(" ", "-"),
                    version="original",
                    title=name,
                    paragraphs=(sentences,),
                    options=options,
                    languages=_languages([paragraph.language]),
                )
            )
            words += sum(len(sentence.split()) for sentence in sentences)
    return jobs


def _speech_options(settings: Settings) -> speak.SpeechOptions:
    return speak.SpeechOptions(
        rate=settings.rate,
        sentence_pause_ms=settings.sentence_pause_ms,
        paragraph_pause_ms=settings.paragraph_pause_ms,
        section_pause_ms=settings.section_pause_ms,
        announce=settings.announce,
        lexicon_path=settings.lexicon,
    )


def _with_speech_options(
    jobs: list[speak.SpeechJob], sections: Sequence[Section], settings: Settings, language: str
) -> list[speak.SpeechJob]:
    """Give every job the run's speech options, announcement, track number and phrase breaks."""
    options = _speech_options(settings)
    by_id = {section.id: section for section in sections}
    return [
        replace(
            job,
            options=options,
            announcement=speak.announcement_for(by_id[job.section_id], language),
            track=by_id[job.section_id].index,
            track_total=len(sections),
            phrase_breaks=by_id[job.section_id].kind is SectionKind.TITLE,
        )
        for job in jobs
    ]


def _original_paragraphs(section: Section, language: str) -> list[tuple[tuple[str, ...], str]]:
    """The section's spoken paragraphs, each with its own language ("" for the statement's)."""
    from pipeline.models import SectionKind
    from pipeline.text import markdown_to_plain

    paragraphs: list[tuple[tuple[str, ...], str]] = []
    befores = _previous_markers(section.paragraphs)
    for paragraph, before in zip(section.paragraphs, befores, strict=True):
        if section.kind is not SectionKind.TITLE:
            sentences = _spoken_sentences(paragraph, language, before)
            if sentences:
                paragraphs.append((sentences, paragraph.language))
            continue
        plain = markdown_to_plain(paragraph.text)
        if plain and paragraphs:
            # The title block is announced as one paragraph: its lines get sentence pauses.
            paragraphs[-1] = ((*paragraphs[-1][0], plain), "")
        elif plain:
            paragraphs.append(((plain,), ""))
    return paragraphs


def _spoken_sentences(paragraph: Paragraph, language: str, previous: str = "") -> tuple[str, ...]:
    """A paragraph's sentences as they are spoken: a heading is one, in full.

    `previous` is the marker of the paragraph before (`readalong.spoken_number`).
    """
    from pipeline.text import markdown_to_plain

    plain = markdown_to_plain(paragraph.text)
    if not plain:
        return ()
    if paragraph.is_heading:
        return (plain,)
    return speak.with_number(_marker(paragraph), tuple(split_sentences(plain, language)), previous)


def _marker(paragraph: Paragraph) -> str:
    """A list item's own number as written; "" for a bullet or a paragraph of prose."""
    return paragraph.marker if paragraph.is_list_item else ""


def _previous_markers(paragraphs: Sequence[Paragraph]) -> list[str]:
    """For each paragraph, the marker of the last one before it with words ("" for none).

    The read-along asks `spoken_number` with the same neighbour.
    """
    from pipeline.text import markdown_to_plain

    found, previous = [], ""
    for paragraph in paragraphs:
        found.append(previous)
        if markdown_to_plain(paragraph.text):
            previous = _marker(paragraph)
    return found
