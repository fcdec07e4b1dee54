"""Batch mode: many statements, one package each, and an accessible catalogue of them all.

The text stages (load, split, score, simplify) run here, one statement after another, and each
statement's speech jobs go to a `SpeechExecutor` as soon as it is prepared: in this process, in
local worker processes, or on a Dask cluster. Results come back here, go into the speech cache,
and a statement's package is written (by the ordinary `build_package`, which then finds every
clip in the cache) once all its clips are in. A statement that fails is recorded with its error
and never stops the others. A statement whose package is complete and made from the same input
under the same settings is skipped, so an interrupted or repeated batch resumes where it was.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol

from pipeline import __version__
from pipeline.cache import chosen_cache_dir_problem
from pipeline.engines import TTSEngine, get_engine
from pipeline.errors import InputError, OutputError, PipelineError, UsageError
from pipeline.files import file_sha256, replaced_atomically
from pipeline.freshness import reusable_as_is, settings_fingerprint
from pipeline.language import (
    SAMPLE_CHARS,
    UnsupportedLanguage,
    identify,
    language_name,
)
from pipeline.models import package_as_output_problems
from pipeline.readers import not_a_file
from pipeline.settings import (
    DEFAULT_ENGINE,
    DEFAULT_MAX_INPUT_MB,
    DEFAULT_OUTPUT_DIR,
    DEFAULT_REWRITER,
    SUPPORTED_LANGUAGES,
    ExecutorKind,
    Settings,
    Versions,
    language_problems,
    max_input_problems,
    rewriter_problems,
    section_words_problems,
)
from pipeline.stages.readability import grade_measure, grade_note
from pipeline.text import MEGABYTE, slugify

if TYPE_CHECKING:
    from pipeline.build import PreparedStatement
    from pipeline.cache import SpeechCache
    from pipeline.executors import SpeechExecutor
    from pipeline.stages.speak import SpeechJob

CATALOGUE_JSON: Final = "catalogue.json"
CATALOGUE_HTML: Final = "index.html"
AUTO_LANGUAGE: Final = "auto"
INPUT_SUFFIXES: Final = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")
"""Files a folder contributes; other files in it are ignored."""


class Status(StrEnum):
    """What happened to one statement in a batch."""

    BUILT = "built"
    """The package was written in this run."""
    UNCHANGED = "unchanged"
    """The package was complete and up to date, so it was left as it was."""
    FAILED = "failed"
    """No package was written; `error` says why."""


@dataclass(frozen=True)
class BatchSettings:
    """Everything one batch needs; the CLI fills it, `run_batch` reads it."""

    inputs: tuple[Path, ...]
    """Statement files and folders of statements."""
    output_dir: Path = DEFAULT_OUTPUT_DIR
    """Folder that receives one package per statement, `index.html` and `catalogue.json`."""
    exclude: tuple[str, ...] = ()
    """Glob patterns of file or folder names to leave out of folders, e.g. "*.source.txt" or
    "drafts": a folder that matches is left out with everything in it."""
    language: str = AUTO_LANGUAGE
    """ISO 639-1 code for every statement, or "auto" to detect each statement's language."""
    engine: str = DEFAULT_ENGINE
    """Name of the speech engine in the registry."""
    audio: bool = True
    """False skips speech (text, scores and HTML only)."""
    versions: Versions = Versions.BOTH
    """Which versions get audio."""
    max_section_words: int = 250
    """Upper bound on words in a body section made from paragraphs."""
    jobs: int | None = None
    """Local worker processes for synthesis, None for one per core (unused with Dask)."""
    executor: ExecutorKind = ExecutorKind.LOCAL
    """Where speech is synthesised."""
    scheduler: str | None = None
    """Address of the Dask scheduler, e.g. "tcp://10.0.0.5:8786"."""
    worker_threads: int | None = None
    """ONNX Runtime threads per synthesis task on Dask workers; None lets workers decide."""
    cache_dir: Path | None = None
    """Speech cache folder; None means the per-user cache folder."""
    use_cache: bool = True
    """False (`--no-cache`) neither reads nor writes that folder: the batch's clips pass
    through a cache of its own, removed at the end, and every package is rebuilt, as a
    `run --no-cache` is."""
    force: bool = False
    """Rebuild every package even when it is up to date."""
    rewriter: str = DEFAULT_REWRITER
    """Name of the plain-language rewriter in the registry, for every statement."""
    max_input_mb: float = DEFAULT_MAX_INPUT_MB
    """Largest statement file accepted, in megabytes; a larger one fails alone."""

    @property
    def max_input_bytes(self) -> int:
        """`max_input_mb` in bytes, as each statement's `Settings` counts it."""
        return int(self.max_input_mb * MEGABYTE)

    def validate(self) -> BatchSettings:
        """Check all values at once and report every problem in one error."""
        problems: list[str] = []
        if not self.inputs:
            problems.append("give at least one statement file or folder")
        if self.jobs is not None and not 1 <= self.jobs <= 64:
            problems.append("--jobs must be between 1 and 64")
        if self.executor is ExecutorKind.DASK and not self.scheduler:
            problems.append("--executor dask needs --scheduler tcp://HOST:8786")
        if self.scheduler and self.executor is not ExecutorKind.DASK:
            problems.append("--scheduler is only used with --executor dask")
        if self.worker_threads is not None and not 1 <= self.worker_threads <= 256:
            problems.append("--worker-threads must be between 1 and 256")
        if self.output_dir.exists() and not self.output_dir.is_dir():
            problems.append(f"output path {self.output_dir} exists and is not a folder")
        problems += package_as_output_problems(self.output_dir)
        if (self.use_cache or self.cache_dir) and (
            problem := chosen_cache_dir_problem(self.cache_dir)
        ):
            problems.append(problem)
        # Options every statement shares are refused once, before any work: each statement
        # failed on them instead, and the batch wrote a catalogue of failures (exit 8).
        problems += language_problems(self.language)
        problems += section_words_problems(self.max_section_words)
        problems += rewriter_problems(self.rewriter)
        problems += max_input_problems(self.max_input_mb)
        if self.audio:
            problems += _engine_problems(self.engine)
        if problems:
            raise UsageError("; ".join(problems))
        return self

    def for_statement(self, path: Path, language: str, slug: str) -> Settings:
        """The single-statement settings one package of the batch is built with."""
        return Settings(
            input_path=path,
            output_dir=self.output_dir,
            engine=self.engine,
            language=language,
            audio=self.audio,
            versions=self.versions,
            max_section_words=self.max_section_words,
            slug=slug,
            use_cache=True,
            cache_dir=self.cache_dir,
            rewriter=self.rewriter,
            max_input_mb=self.max_input_mb,
        )


def _engine_problems(name: str) -> list[str]:
    """An engine no one registered, as `run` words it, else nothing."""
    from pipeline.engines import ENGINES

    try:
        ENGINES.target(name)
    except UsageError as error:
        return [error.one_line()]
    return []


@dataclass(frozen=True)
class StatementOutcome:
    """One row of the catalogue: a statement, what happened to it, and what its package holds."""

    name: str
    """The package's folder name under the output folder."""
    source: str
    """The input file."""
    status: Status
    error: str | None = None
    """Why it failed, as one line."""
    exit_code: int | None = None
    """The exit code `plainvoice run` would have given for this failure."""
    title: str | None = None
    speaker: str | None = None
    date: str | None = None
    """The date as written in the statement."""
    language: str | None = None
    grade_before: float | None = None
    """School grade of the original, as its package's verdict gives it (Flesch-Kincaid in
    English, the language's own formula elsewhere)."""
    grade_after: float | None = None
    """School grade of the plain version, the same way."""
    sections: int = 0
    audio_seconds: float = 0.0
    clips: int = 0
    """MP3s in the package."""
    synthesised: int = 0
    """Clips synthesised in this run; the others came from the speech cache."""
    seconds: float = 0.0
    """Wall time spent on this statement in this run (0 when unchanged)."""
    input_sha256: str | None = None
    settings_sha256: str | None = None
    """Hash of everything besides the input that shapes the package."""
    manifest_sha256: str | None = None
    """Hash of the package's manifest.json, which lists every file's hash."""
    other_language_paragraphs: int = 0
    """Paragraphs in another language than the statement's, left as written (a bilingual
    statement); `plainvoice run` names them in a warning."""
    renamed_from: str | None = None
    """The name the file's own name gives, when an earlier input of the batch had it (two
    `statement.txt` from two folders): this package got `-2`, `-3`, … instead."""

    def to_json(self) -> dict[str, Any]:
        """The catalogue.json record."""
        record = asdict(self)
        record["status"] = self.status.value
        # Which formula the grades are from: a German 9 is the Wiener Sachtextformel's.
        record["grade_measure"] = (
            grade_measure(self.language)
            if self.language and self.grade_before is not None
            else None
        )
        if self.status is not Status.FAILED:
            record["package"] = f"{self.name}/index.html"
            record["zip"] = f"{self.name}.zip"
        return record

    def published(self) -> StatementOutcome:
        """This record as the catalogue files show it: the input named by its file name.

        The catalogue sits in the folder that goes on a web site, and the input's full path
        ("/home/anna/embargo/…", in `source` and in a failure's error) says where it lay on
        this machine, not what it is. The package's manifest names its input the same way.
        """
        name = Path(self.source).name
        error = self.error.replace(self.source, name) if self.error else self.error
        return replace(self, source=name, error=error)

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> StatementOutcome:
        """Read back a catalogue.json record (unknown keys are ignored)."""
        known = {name for name in cls.__dataclass_fields__}
        values = {key: value for key, value in record.items() if key in known}
        values["status"] = Status(values["status"])
        return cls(**values)


@dataclass(frozen=True)
class BatchResult:
    """What a batch produced."""

    outcomes: tuple[StatementOutcome, ...]
    catalogue_json: Path
    catalogue_html: Path
    seconds: float
    """Wall time of the whole batch."""
    skipped: tuple[str, ...] = ()
    """A warning for each statement's name in the folders that was no file, and for each file
    the inputs named more than once (see `discover`)."""

    @property
    def failed(self) -> tuple[StatementOutcome, ...]:
        """The statements that got no package."""
        return tuple(o for o in self.outcomes if o.status is Status.FAILED)

    @property
    def audio_seconds(self) -> float:
        """Audio in all the packages of the catalogue."""
        return round(sum(o.audio_seconds for o in self.outcomes), 3)

    @property
    def synthesised(self) -> int:
        """Clips synthesised in this run."""
        return sum(o.synthesised for o in self.outcomes)


class BatchReporter(Protocol):
    """Receives progress, so the CLI can draw one overall bar plus a bar per current statement."""

    def batch_started(self, statements: int) -> None:
        """The batch has this many statements."""
        ...

    def statement_started(self, name: str, clips: int) -> None:
        """A statement is prepared and waits for `clips` clips."""
        ...

    def clip_done(self, name: str) -> None:
        """One of the statement's clips is ready."""
        ...

    def statement_finished(self, outcome: StatementOutcome) -> None:
        """A statement is built, unchanged or failed."""
        ...


class SilentBatchReporter:
    """Reports nothing."""

    def batch_started(self, statements: int) -> None:
        """Ignore."""

    def statement_started(self, name: str, clips: int) -> None:
        """Ignore."""

    def clip_done(self, name: str) -> None:
        """Ignore."""

    def statement_finished(self, outcome: StatementOutcome) -> None:
        """Ignore."""


@dataclass(frozen=True)
class BatchItem:
    """One input file and the package name it gets."""

    path: Path
    name: str
    renamed_from: str | None = None
    """The name its file gives, when an earlier input took it (see `StatementOutcome`)."""


def discover(settings: BatchSettings, skipped: list[str] | None = None) -> list[BatchItem]:
    """Every statement named by the inputs, in a stable order, each with a unique package name.

    Files given by name are always taken; folders contribute their statement files (by
    suffix, recursively, in path order), except hidden ones, excluded names and the output
    folder itself. A package is named after its file; a name an earlier file took gets -2,
    -3, …, so `a/statement.txt b/statement.txt` make `statement` and `statement-2`.
    A statement's name in a folder that is no file (a link to nothing, a named pipe), and a
    file the inputs name more than once, are added to `skipped` as the warning to give.
    """
    output = settings.output_dir.resolve()
    paths: list[Path] = []
    in_output = excluded = 0
    for given in settings.inputs:
        if given.is_dir():
            found = _folder_statements(given, settings.exclude, output)
            paths += found.paths
            in_output += found.in_output
            excluded += found.excluded
            if skipped is not None:
                skipped += found.skipped
        elif given.is_file():
            paths.append(given)
        elif reason := not_a_file(given):
            # A pipe is read once, and a batch reads each statement twice (its digest first).
            raise InputError(f"{given} is {reason}", hint="give the statement's file")
        else:
            raise InputError(f"{given} does not exist", hint="check the file or folder name")
    if not paths:
        raise _no_statements(output, in_output, excluded)
    return _named(paths, skipped)


@dataclass
class _FolderStatements:
    """A folder's statement files, and how many more it held that were not taken, and why."""

    paths: list[Path] = field(default_factory=list)
    in_output: int = 0
    """Inside the output folder: packages, never statements."""
    excluded: int = 0
    """Left out by --exclude."""
    skipped: list[str] = field(default_factory=list)
    """A warning for each statement's name that is no file (`readers.not_a_file`)."""


def _folder_statements(folder: Path, exclude: Sequence[str], output: Path) -> _FolderStatements:
    """The statement files under `folder`, in path order; hidden files and folders never count."""
    found = _FolderStatements()
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if path.suffix.lower() not in INPUT_SUFFIXES or any(p.startswith(".") for p in relative):
            continue
        if not path.is_file():
            if reason := not_a_file(path):
                found.skipped.append(f"skipped {path}: it is {reason}")
            continue
        if any(fnmatch.fnmatch(part, pattern) for part in relative for pattern in exclude):
            found.excluded += 1
        elif output in path.resolve().parents:
            found.in_output += 1
        else:
            found.paths.append(path)
    return found


def _no_statements(output: Path, in_output: int, excluded: int) -> PipelineError:
    """Why the inputs gave no statement, said so that the user looks at the right thing."""
    if in_output:
        # Said plainly: "no statements found" in a folder full of them sends people looking
        # at the files, when the cause is -o.
        return UsageError(
            f"every statement file of the inputs is inside the output folder {output}, whose "
            "files are packages, never statements",
            hint="write the packages elsewhere with -o",
        )
    if excluded:
        # "no statements found" beside a folder of them, when --exclude had left out them all.
        return InputError(
            "no statements found in the inputs",
            hint=f"--exclude left out the {excluded} statement file{'s' * (excluded != 1)} "
            "the folders hold",
        )
    return InputError(
        "no statements found in the inputs",
        hint=f"folders contribute files ending in {', '.join(INPUT_SUFFIXES)}",
    )


def _named(paths: list[Path], said: list[str] | None = None) -> list[BatchItem]:
    """Each file once, with the package name its file gives, or -2, -3, … when that is taken.

    The same file named twice is one statement, however it is spelled ("a.txt" and the folder
    it is in, a link to it, a second hard link): the first name given stays, and a line for
    `said` tells the user the others were not built again.
    """
    items: list[BatchItem] = []
    taken: set[str] = set()
    spellings: dict[object, list[Path]] = {}
    for path in paths:
        spellings.setdefault(_file_identity(path), []).append(path)
    for path, *others in spellings.values():
        base = slugify(path.stem, max_length=64) or "statement"
        name, number = base, 2
        while name in taken:
            name, number = f"{base}-{number}", number + 1
        taken.add(name)
        items.append(BatchItem(path=path, name=name, renamed_from=base if name != base else None))
        if others and said is not None:
            said.append(_built_once(path, others, name))
    return items


def _built_once(kept: Path, others: Sequence[Path], name: str) -> str:
    """The warning for a file the inputs name more than once: `batch a.txt link-to-a.txt`."""
    other_names = sorted({str(other) for other in others if str(other) != str(kept)})
    if not other_names:
        times = "twice" if len(others) == 1 else f"{len(others) + 1} times"
        return f"{kept} was given {times}: one package, {name}, is made of it"
    return (
        f"{', '.join(other_names)} {'is' if len(other_names) == 1 else 'are'} the same file as "
        f"{kept}: one package, {name}, is made of it"
    )


def _file_identity(path: Path) -> object:
    """What is equal for every way of naming the same file: its device and inode numbers.

    `resolve()` made a link and its target one file, but not two hard links to it, which
    were built twice; a file that cannot be looked at is known by its absolute path.
    """
    try:
        status = path.stat()
    except OSError:
        return path.absolute()
    return (status.st_dev, status.st_ino)


@dataclass
class _Pending:
    """A prepared statement waiting for its clips."""

    item: BatchItem
    settings: Settings
    prepared: PreparedStatement
    engine: TTSEngine
    waiting: set[str]
    """Cache keys of clips not back yet."""
    clips: int
    synthesised: int
    started: float
    input_sha256: str
    settings_sha256: str
    error: PipelineError | None = None


@dataclass
class _Run:
    """The mutable state of one batch, kept together so the steps stay small functions."""

    settings: BatchSettings
    reporter: BatchReporter
    cache: SpeechCache
    outcomes: dict[str, StatementOutcome] = field(default_factory=dict)
    pending: dict[str, _Pending] = field(default_factory=dict)
    owners: dict[str, list[str]] = field(default_factory=dict)
    """Cache key → names of the statements waiting for it."""
    engines: dict[str, TTSEngine] = field(default_factory=dict)
    fixed_engine: TTSEngine | None = None
    """An engine the caller gave for every statement, instead of the registry's."""
    executor: SpeechExecutor | None = None


def run_batch(
    settings: BatchSettings,
    reporter: BatchReporter | None = None,
    engine: TTSEngine | None = None,
    executor: SpeechExecutor | None = None,
) -> BatchResult:
    """Build a package for every statement, write the catalogue, and return every outcome.

    Args:
        settings: what to process and how.
        reporter: progress receiver (silent when None).
        engine: the engine to use for every statement instead of the registry's (tests).
        executor: where to synthesise instead of the one the settings choose (tests).

    Raises:
        UsageError: the settings are wrong, or the Dask scheduler cannot be reached.
        InputError: an input does not exist or the inputs hold no statement.
    """
    from pipeline.cache import cache_limit_bytes

    began = time.perf_counter()
    settings.validate()
    if settings.audio:
        cache_limit_bytes()  # a bad limit stops the batch before any work, not each statement
    skipped: list[str] = []
    items = discover(settings, skipped)
    if settings.use_cache:
        result = _run_batch(settings, items, began, reporter, engine, executor)
    else:
        # Always a cache: it is how clips made elsewhere reach the packages written here. With
        # --no-cache it is the batch's own, so nothing is read from or left in the user's.
        with tempfile.TemporaryDirectory(prefix="plainvoice-batch-cache-") as scratch:
            settings = replace(settings, cache_dir=Path(scratch))
            result = _run_batch(settings, items, began, reporter, engine, executor)
    return replace(result, skipped=tuple(skipped))


def _run_batch(
    settings: BatchSettings,
    items: Sequence[BatchItem],
    began: float,
    reporter: BatchReporter | None,
    engine: TTSEngine | None,
    executor: SpeechExecutor | None,
) -> BatchResult:
    from pipeline.cache import SpeechCache, default_cache_dir

    reporter = reporter or SilentBatchReporter()
    cache = SpeechCache(settings.cache_dir or default_cache_dir())
    run = _Run(
        settings=settings, reporter=reporter, cache=cache, fixed_engine=engine, executor=executor
    )
    if run.executor is None and settings.audio and settings.executor is ExecutorKind.DASK:
        # Connect first: an unreachable scheduler stops the batch before any work is done.
        run.executor = _make_executor(settings)
    _ready_to_write(settings.output_dir)
    remove_dead_partials(settings.output_dir)
    previous = _previous_outcomes(settings.output_dir)
    reporter.batch_started(len(items))
    try:
        for item in items:
            _start(run, item, previous.get(item.name))
            _collect(run, block=False)
        while run.pending:
            _collect(run, block=True)
    except BaseException:
        if run.executor is not None and executor is None:
            # Ctrl-C or an error: stop the workers mid-clip (close would wait for them).
            getattr(run.executor, "abort", run.executor.close)()
        raise
    if run.executor is not None and executor is None:
        run.executor.close()
    outcomes = tuple(run.outcomes[item.name] for item in items)
    seconds = round(time.perf_counter() - began, 3)
    json_path, html_path = write_catalogue(settings.output_dir, outcomes, seconds)
    return BatchResult(outcomes, json_path, html_path, seconds)


def _start(run: _Run, item: BatchItem, previous: StatementOutcome | None) -> None:
    """Skip, fail or prepare one statement and send its missing clips to the executor."""
    began = time.perf_counter()
    input_sha256 = ""
    try:
        input_sha256 = input_digest(item.path, run.settings.max_input_bytes)
        settings = _statement_settings(run, item)
        engine = _engine_for(run, settings) if settings.audio else None
        # The same fingerprint `run` records: options, lexicon, voice, plainvoice's own code.
        settings_sha256 = settings_fingerprint(settings, engine, run.cache)
        fresh_ok = run.settings.use_cache and not run.settings.force
        if fresh_ok and _up_to_date(
            previous, run.settings.output_dir, item.path, input_sha256, settings_sha256, engine
        ):
            assert previous is not None
            outcome = replace(
                previous,
                source=str(item.path),
                seconds=0.0,
                synthesised=0,
                renamed_from=item.renamed_from,
            )
            _finish(run, replace(outcome, status=Status.UNCHANGED))
            return
        from pipeline.build import prepare_statement, speech_jobs

        prepared = prepare_statement(settings)
        jobs = _jobs_to_speak(speech_jobs(prepared, settings), prepared.statement.language)
    except PipelineError as error:
        failure = _failure(item, error, input_sha256, began)
        if isinstance(error, UnsupportedLanguage):
            failure = replace(failure, language=error.language)
        _finish(run, failure)
        return
    pending = _Pending(
        item=item,
        settings=settings,
        prepared=prepared,
        engine=engine or _NO_ENGINE,
        waiting=set(),
        clips=len(jobs),
        synthesised=0,
        started=began,
        input_sha256=input_sha256,
        settings_sha256=settings_sha256,
    )
    run.pending[item.name] = pending
    run.reporter.statement_started(item.name, len(jobs))
    try:
        _submit(run, pending, jobs)
    except PipelineError as error:
        pending.error = error
    if not pending.waiting:
        _complete(run, pending)


def _jobs_to_speak(jobs: Sequence[SpeechJob], lang: str) -> list[SpeechJob]:
    """The jobs less each plain one that says its original's words, as `plainvoice run` does.

    Such a plain version is heard from its original's MP3 (`speak.plain_same_as_original`);
    sent to the workers, its clip was made and never used: a title line given a closing full
    stop, or every section of a statement in another language, was spoken twice.
    """
    from pipeline.stages import speak

    same = speak.plain_same_as_original(jobs, lang)
    return [job for job in jobs if not (job.version == "plain" and job.section_id in same)]


def _submit(run: _Run, pending: _Pending, jobs: Sequence[SpeechJob]) -> None:
    from pipeline.executors import cache_key

    lang = pending.settings.language
    for job in jobs:
        key = cache_key(job, pending.engine, lang, run.cache)
        if key in run.owners:  # the same clip is already on its way for another statement
            run.owners[key].append(pending.item.name)
            pending.waiting.add(key)
            continue
        if run.cache.get(key) is not None:
            run.reporter.clip_done(pending.item.name)
            continue
        if run.executor is None:
            run.executor = _make_executor(run.settings)
        run.owners[key] = [pending.item.name]
        pending.waiting.add(key)
        pending.synthesised += 1
        run.executor.submit(key, job, pending.engine, lang)


def _collect(run: _Run, block: bool) -> None:
    """Store the clips that are back, and write the packages that have all theirs."""
    if run.executor is None:
        return
    for key, result in run.executor.results(block=block):
        owners = run.owners.pop(key, [])
        if not isinstance(result, PipelineError):
            run.cache.put(key, result)
        for name in owners:
            pending = run.pending.get(name)
            if pending is None:
                continue
            pending.waiting.discard(key)
            if isinstance(result, PipelineError) and pending.error is None:
                pending.error = result
            run.reporter.clip_done(name)
            if not pending.waiting:
                _complete(run, pending)


def _complete(run: _Run, pending: _Pending) -> None:
    """Write the package of a statement whose clips are all in the cache (or record its error)."""
    from pipeline.build import build_package

    del run.pending[pending.item.name]
    if pending.error is not None:
        outcome = _failure(pending.item, pending.error, pending.input_sha256, pending.started)
        _finish(run, outcome)
        return
    try:
        result = build_package(
            pending.settings,
            engine=pending.engine if pending.settings.audio else None,
            prepared=pending.prepared,
        )
    except PipelineError as error:
        _finish(run, _failure(pending.item, error, pending.input_sha256, pending.started))
        return
    manifest_path = result.package.folder / "manifest.json"
    manifest = result.package.manifest
    meta = result.statement.meta
    readability = manifest["readability"]
    outcome = StatementOutcome(
        name=pending.item.name,
        source=str(pending.item.path),
        status=Status.BUILT,
        title=meta.title,
        speaker=meta.speaker,
        date=meta.date_text,
        language=result.statement.language,
        grade_before=readability["original"]["grade"],
        grade_after=readability["plain"]["grade"],
        sections=len(result.statement.sections),
        audio_seconds=float(manifest["audio_seconds"]),
        clips=pending.clips,
        synthesised=pending.synthesised,
        seconds=round(time.perf_counter() - pending.started, 3),
        input_sha256=pending.input_sha256,
        settings_sha256=pending.settings_sha256,
        manifest_sha256=file_sha256(manifest_path),
        other_language_paragraphs=len(manifest["statement"].get("other_language_paragraphs", [])),
        renamed_from=pending.item.renamed_from,
    )
    _finish(run, outcome)


def _finish(run: _Run, outcome: StatementOutcome) -> None:
    run.outcomes[outcome.name] = outcome
    run.reporter.statement_finished(outcome)
    # The catalogue is rewritten after every statement, so an interrupted batch resumes.
    _write_json(run.settings.output_dir, [*run.outcomes.values()], None)


def _failure(
    item: BatchItem, error: PipelineError, input_sha256: str, began: float
) -> StatementOutcome:
    return StatementOutcome(
        name=item.name,
        source=str(item.path),
        status=Status.FAILED,
        error=error.one_line(),
        exit_code=int(error.exit_code),
        seconds=round(time.perf_counter() - began, 3),
        input_sha256=input_sha256 or None,
        renamed_from=item.renamed_from,
    )


class _NoEngine:
    """Stands in for the engine of a statement without audio; never asked to speak."""

    name = "none"
    offline = True

    def is_available(self) -> bool:
        return False

    def unavailable_reason(self) -> str | None:
        return "no audio was asked for"

    def voice_description(self) -> str:
        return "no audio"

    def synthesize(self, text: str) -> Any:
        raise AssertionError("a statement without audio was asked to speak")


_NO_ENGINE: Final = _NoEngine()


_HASH_CHUNK: Final = 1024 * 1024


def input_digest(path: Path, max_bytes: int) -> str:
    """The SHA-256 of an input file, refused by its size before a byte of it is read.

    The whole file was read to hash it, and only then refused as too large: a 2 GB file
    cost 2 GB of memory first. Its stated size is checked now, and the bytes are hashed a
    megabyte at a time, up to the limit (a device or a growing file states no true size).
    """
    from pipeline.readers import too_large

    digest = hashlib.sha256()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise too_large(str(path), size, max_bytes)
        read = 0
        with path.open("rb") as handle:
            while chunk := handle.read(min(_HASH_CHUNK, max_bytes + 1 - read)):
                read += len(chunk)
                if read > max_bytes:
                    raise too_large(str(path), None, max_bytes)
                digest.update(chunk)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error
    return digest.hexdigest()


def _statement_settings(run: _Run, item: BatchItem) -> Settings:
    """The statement's settings, with its language detected when the batch says "auto"."""
    settings = run.settings.for_statement(item.path, run.settings.language, item.name)
    if settings.language == AUTO_LANGUAGE:
        from pipeline.stages.load import load_source

        # Read under the batch's --max-input-mb: the readers' default refused a file the
        # batch had been told to accept.
        text = load_source(item.path, max_bytes=settings.max_input_bytes).text
        settings = replace(settings, language=_batch_language(text))
    return settings.validate()


_LATIN_WORD: Final = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def _batch_language(text: str) -> str:
    """The statement's language; refused only when it is plainly one plainvoice cannot read.

    A text too short to judge ("Thank you.", a few words, only numbers) in the Latin script
    all six languages use gets what `plainvoice run` gives it, the default language: Lingua,
    asked among all its languages, called "Thank you." Lithuanian and "Hello team. Go!" Latin.
    """
    from pipeline.language import MIN_WORDS, choose_language, resolve_language

    found = identify(text)
    if found in SUPPORTED_LANGUAGES:
        # Paragraph by paragraph, as `plainvoice run` judges it: a bilingual statement is read
        # in the language most of its words are in (the whole text had leant to French).
        return choose_language(AUTO_LANGUAGE, text).code
    words = re.findall(r"[^\W\d_]+", text[:SAMPLE_CHARS])
    if not found or (len(words) < MIN_WORDS and all(_LATIN_WORD.fullmatch(w) for w in words)):
        return resolve_language(AUTO_LANGUAGE, text)
    raise UnsupportedLanguage(found)


def _engine_for(run: _Run, settings: Settings) -> TTSEngine:
    """One engine per language for the whole batch, so its voice identity is hashed once."""
    if run.fixed_engine is not None:
        return run.fixed_engine
    language = settings.language
    if language not in run.engines:
        run.engines[language] = get_engine(settings.engine, language)
    return run.engines[language]


def _up_to_date(
    previous: StatementOutcome | None,
    output_dir: Path,
    input_path: Path,
    input_sha256: str,
    settings_sha256: str,
    engine: TTSEngine | None = None,
) -> bool:
    """True when the last package of this name is from the same input and settings, and whole.

    Whole means its manifest is unchanged, every file it lists is there with its hash, and
    the ZIP carries the same manifest (`freshness.reusable_as_is`, as `run` checks).
    """
    if (
        previous is None
        or previous.status is Status.FAILED
        or previous.input_sha256 != input_sha256
        or previous.settings_sha256 != settings_sha256
    ):
        return False
    folder = output_dir / previous.name
    zip_path = output_dir / f"{previous.name}.zip"
    try:
        manifest_bytes = (folder / "manifest.json").read_bytes()
        if hashlib.sha256(manifest_bytes).hexdigest() != previous.manifest_sha256:
            return False
        return reusable_as_is(folder, zip_path, previous.name, manifest_bytes, input_path, engine)
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _make_executor(settings: BatchSettings) -> SpeechExecutor:
    from pipeline.executors import DaskExecutor, LocalExecutor

    if settings.executor is ExecutorKind.DASK:
        assert settings.scheduler is not None  # checked by validate()
        return DaskExecutor(settings.scheduler, worker_threads=settings.worker_threads)
    from pipeline.engines import is_offline
    from pipeline.parallel import default_workers

    # An online service is asked one sentence at a time, as by `run`: handing gTTS to worker
    # processes ended every `batch --engine gtts` in a traceback (it cannot be pickled).
    default = default_workers() if is_offline(settings.engine) else 1
    return LocalExecutor(settings.jobs or default)


def _previous_outcomes(output_dir: Path) -> dict[str, StatementOutcome]:
    """The outcomes recorded by the last batch into this folder (none when unreadable)."""
    try:
        catalogue = json.loads((output_dir / CATALOGUE_JSON).read_text(encoding="utf-8"))
        return {
            record["name"]: StatementOutcome.from_json(record) for record in catalogue["statements"]
        }
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def write_catalogue(
    output_dir: Path, outcomes: Sequence[StatementOutcome], seconds: float
) -> tuple[Path, Path]:
    """Write `catalogue.json` and the accessible `index.html` listing every statement."""
    json_path = _write_json(output_dir, outcomes, seconds)
    html_path = output_dir / CATALOGUE_HTML
    _write_atomically(html_path, render_catalogue(outcomes))
    return json_path, html_path


def _write_json(
    output_dir: Path, outcomes: Sequence[StatementOutcome], seconds: float | None
) -> Path:
    payload = {
        "tool": {"name": "plainvoice", "version": __version__},
        "complete": seconds is not None,
        "seconds": seconds,
        "totals": {
            "statements": len(outcomes),
            **{status.value: sum(o.status is status for o in outcomes) for status in Status},
            "audio_seconds": round(sum(o.audio_seconds for o in outcomes), 3),
            "synthesised": sum(o.synthesised for o in outcomes),
        },
        "statements": [outcome.published().to_json() for outcome in outcomes],
    }
    path = output_dir / CATALOGUE_JSON
    _write_atomically(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return path


_PARTIAL: Final = re.compile(
    rf"\.(?:{re.escape(CATALOGUE_JSON)}|{re.escape(CATALOGUE_HTML)})\.partial-(?P<pid>\d+)"
)
"""What `_write_atomically` writes before its rename: `.catalogue.json.partial-<pid>`."""


def _write_atomically(path: Path, text: str) -> None:
    # Ctrl-C while writing: the catalogue is rewritten after every statement, so this window
    # comes often, and the half-written file was left for good; the partial file goes.
    with replaced_atomically(path, f".partial-{os.getpid()}") as partial:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(text, encoding="utf-8")


def _ready_to_write(output_dir: Path) -> None:
    """Make the output folder, or refuse it, before any statement's work is done.

    A folder that could not be written was found only when the first catalogue was written,
    after that statement had been read, rewritten and spoken, and the error did not say
    what to do ("cannot write out/catalogue.json: Permission denied").
    """
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        if not os.access(output_dir, os.W_OK | os.X_OK):
            raise PermissionError(13, "Permission denied")
    except OSError as error:
        raise OutputError(
            f"cannot write to {output_dir}: {error.strerror or error}",
            hint="choose another folder with -o",
        ) from error


def remove_dead_partials(output_dir: Path) -> list[Path]:
    """Remove the half-written catalogues of batches that were killed; returns what went.

    A batch killed while writing its catalogue (rewritten after every statement) left
    `.catalogue.json.partial-<pid>` in the output folder, and no later batch removed it.
    A live batch's own file is kept: another batch may be writing into the same folder.
    """
    from pipeline.parallel import pid_alive

    removed: list[Path] = []
    if not output_dir.is_dir():
        return removed
    for path in sorted(output_dir.glob(".*.partial-*")):
        found = _PARTIAL.fullmatch(path.name)
        if found is None or not path.is_file() or path.is_symlink():
            continue
        pid = int(found["pid"])
        if pid != os.getpid() and pid_alive(pid):
            continue
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def render_catalogue(outcomes: Sequence[StatementOutcome]) -> str:
    """The catalogue page: one table row per statement, with links to its page and ZIP."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        keep_trailing_newline=True,
    )
    rows = [
        {
            **outcome.published().to_json(),
            "duration": _minutes_seconds(outcome.audio_seconds) if outcome.clips else "none",
            "language_name": language_name(outcome.language),
        }
        for outcome in outcomes
    ]
    failed = sum(o.status is Status.FAILED for o in outcomes)
    return env.get_template("catalogue.html").render(
        rows=rows,
        grade_notes=grade_notes(outcomes),
        total=len(outcomes),
        failed=failed,
        audio=_minutes_seconds(sum(o.audio_seconds for o in outcomes)),
        version=__version__,
    )


def grade_notes(outcomes: Sequence[StatementOutcome]) -> list[str]:
    """Each formula the statements' grades are from, in words, once, in the order met.

    A German grade is the Wiener Sachtextformel's, a French one Kandel-Moles' on Flesch's
    table: one column holds unlike scores, so the catalogue and the batch table name them.
    """
    scored = [o.language for o in outcomes if o.language and o.grade_before is not None]
    return list(dict.fromkeys(grade_note(language) for language in scored))


def _minutes_seconds(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"
