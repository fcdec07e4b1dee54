"""The pipeline in one readable sequence: load, split, score, simplify, speak, bundle."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol

from pipeline.engines import TTSEngine, get_engine
from pipeline.errors import InputError, OutputError
from pipeline.models import Statement
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


MAX_PARAGRAPH_CHARS: Final = 100_000
"""Longest paragraph (line) read: sentence splitting slows down badly on longer ones, and no
statement has a paragraph of 30 pages."""

WINDOWS_RESERVED: Final = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)]
)
"""Names Windows will not open as files, so a package made here still unpacks there."""


def read_statement(settings: Settings, stdin: bytes | None = None) -> Statement:
    """Load and split the statement named by the settings (stdin when the path is None)."""
    if settings.input_path is None and stdin is None:
        stdin = sys.stdin.buffer.read(settings.max_input_bytes + 1)
    source = load.load_source(settings.input_path, stdin, max_bytes=settings.max_input_bytes)
    _check_paragraphs(source.text, source.name)
    return split.split_statement(source, settings.language, settings.max_section_words)


def _check_paragraphs(text: str, name: str) -> None:
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_PARAGRAPH_CHARS:
            raise InputError(
                f"{name}: paragraph {number} is {len(line):,} characters long, over the "
                f"{MAX_PARAGRAPH_CHARS:,} limit",
                hint="break the text into paragraphs with blank lines",
            )


def package_slug(settings: Settings, statement: Statement) -> str:
    """The package's folder name: safe on every system, never a reserved device name."""
    slug = settings.slug or split.slugify(
        settings.input_path.stem if settings.input_path else statement.meta.title, max_length=64
    )
    return f"{slug}-statement" if slug in WINDOWS_RESERVED else slug


def make_engine(settings: Settings) -> TTSEngine:
    """The engine the settings ask for, with its options and its offline fallback if any.

    Every engine is checked before any work is done, the fallback included.
    """
    from pipeline.engines.gtts_engine import GTTSEngine

    engine = get_engine(settings.engine, settings.language)
    if isinstance(engine, GTTSEngine):
        engine = engine.with_options(tld=settings.gtts_tld, slow=settings.gtts_slow)
    if settings.fallback is not None:
        from pipeline.engines.fallback import FallbackEngine

        engine = FallbackEngine(engine, get_engine(settings.fallback, settings.language))
    return engine


def describe_engine(engine: TTSEngine) -> EngineInfo:
    """What the manifest says about the engine, including whether text left the machine."""
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
        engine.voice_description(),
        primary.offline,
        text_sent_online=not primary.offline,
        online_service=None if primary.offline else service or primary.name,
        fallback=fallback.name if fallback is not None else None,
        fallback_reason=failure,
    )


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
        engine = make_engine(settings)

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

    slug = package_slug(settings, statement)
    bundle.check_target(settings.output_dir, slug, force=settings.force)
    bundle.recover_interrupted(settings.output_dir, slug)
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
            clips = speak.speak(jobs, engine, staging / "audio", album, reporter.advance)
            engine_info = describe_engine(engine)
            for clip in clips:
                _inside(clip.path, staging)

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


def _inside(path: Path, folder: Path) -> None:
    """Refuse any output path that would land outside the package folder."""
    if not path.resolve().is_relative_to(folder.resolve()):
        raise OutputError(f"refusing to write {path}: it is outside the package folder {folder}")


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
