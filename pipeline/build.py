"""The pipeline in one readable sequence: load, split, score, simplify, speak, bundle."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Protocol

from pipeline.cache import SpeechCache, default_cache_dir
from pipeline.engines import TTSEngine, get_engine
from pipeline.models import Statement
from pipeline.parallel import available_cores
from pipeline.settings import Settings, Versions
from pipeline.stages import bundle, load, readability, simplify, speak, split
from pipeline.stages.bundle import EngineInfo, Package, SectionResult
from pipeline.text import split_sentences


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


def read_statement(settings: Settings, stdin: bytes | None = None) -> Statement:
    """Load and split the statement named by the settings (stdin when the path is None)."""
    if settings.input_path is None and stdin is None:
        stdin = sys.stdin.buffer.read()
    source = load.load_source(settings.input_path, stdin)
    return split.split_statement(source, settings.language, settings.max_section_words)


def build_package(
    settings: Settings,
    engine: TTSEngine | None = None,
    reporter: Reporter | None = None,
    stdin: bytes | None = None,
) -> BuildResult:
    """Run every stage in order and publish the package; nothing half-written survives a failure."""
    reporter = reporter or SilentReporter()
    settings.validate()
    # An unavailable engine is reported before any work is done.
    if settings.audio and engine is None:
        engine = get_engine(settings.engine, settings.language)

    # 1. Load and 2. split into sections.
    reporter.start("Reading the statement", 1)
    statement = read_statement(settings, stdin)
    reporter.advance()

    # 3. Score and 4. simplify each section, then score the plain version.
    reporter.start("Writing plain language", len(statement.sections))
    results: list[SectionResult] = []
    for section in statement.sections:
        plain = simplify.simplify_section(section, settings.language)
        results.append(
            SectionResult(
                section=section,
                plain=plain,
                original_score=readability.score(section.plain_text, settings.language),
                plain_score=readability.score(plain.text, settings.language),
            )
        )
        reporter.advance()
    overall_original = readability.score(
        " ".join(s.plain_text for s in statement.sections), settings.language
    )
    overall_plain = readability.score(" ".join(r.plain.text for r in results), settings.language)

    slug = settings.slug or split.slugify(
        settings.input_path.stem if settings.input_path else statement.meta.title, max_length=64
    )
    staging = bundle.staging_folder(settings.output_dir, slug)
    try:
        # 5. Speak each section's versions.
        clips = []
        engine_info = None
        if settings.audio and engine is not None:
            jobs = _speech_jobs(results, settings.versions)
            reporter.start("Speaking", sum(len(s) for job in jobs for s in job.paragraphs))
            album = speak.AlbumInfo(
                album=statement.meta.title,
                artist=statement.meta.speaker or "Unknown speaker",
                language=settings.language,
            )
            clips = speak.speak(
                jobs,
                engine,
                staging / "audio",
                album,
                reporter.advance,
                cache=speech_cache(settings),
                # None asks for one worker per core: measured, two single-threaded voices
                # speak faster than one voice on two ONNX Runtime threads (see the README).
                workers=settings.jobs or available_cores(),
            )
            engine_info = EngineInfo(engine.name, engine.voice_description(), engine.offline)

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
        )
        reporter.advance()
    except BaseException:
        bundle.discard(staging)
        raise
    return BuildResult(package=package, statement=statement)


def speech_cache(settings: Settings) -> SpeechCache | None:
    """The speech cache the settings ask for: `--cache-dir`, the per-user folder, or none."""
    if not settings.use_cache:
        return None
    return SpeechCache(settings.cache_dir or default_cache_dir())


def _speech_jobs(results: list[SectionResult], versions: Versions) -> list[speak.SpeechJob]:
    jobs: list[speak.SpeechJob] = []
    for result in results:
        section = result.section
        if versions in (Versions.BOTH, Versions.ORIGINAL):
            jobs.append(
                speak.SpeechJob(
                    section_id=section.id,
                    version="original",
                    title=section.title,
                    paragraphs=_original_paragraphs(result),
                )
            )
        if versions in (Versions.BOTH, Versions.PLAIN):
            jobs.append(
                speak.SpeechJob(
                    section_id=section.id,
                    version="plain",
                    title=section.title,
                    paragraphs=tuple(
                        tuple(split_sentences(p)) or (p,) for p in result.plain.paragraphs
                    ),
                )
            )
    return jobs


def _original_paragraphs(result: SectionResult) -> tuple[tuple[str, ...], ...]:
    from pipeline.models import SectionKind
    from pipeline.text import markdown_to_plain

    paragraphs: list[tuple[str, ...]] = []
    for paragraph in result.section.paragraphs:
        plain = markdown_to_plain(paragraph.text)
        if not plain:
            continue
        if result.section.kind is SectionKind.TITLE and paragraphs:
            # The title block is announced as one paragraph: its lines get sentence pauses.
            paragraphs[-1] = (*paragraphs[-1], plain)
        elif result.section.kind is SectionKind.TITLE or paragraph.is_heading:
            paragraphs.append((plain,))
        else:
            paragraphs.append(tuple(split_sentences(plain)))
    return tuple(paragraphs)
