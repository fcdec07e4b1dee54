"""The plainvoice command line: options in, one library call, an exit code out."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from pipeline import __version__
from pipeline.build import build_package, read_statement
from pipeline.errors import ExitCode, PipelineError
from pipeline.settings import DEFAULT_OUTPUT_DIR, Settings, Versions

app = typer.Typer(
    name="plainvoice",
    help=(
        "Turn an official statement into plain language, speech and an accessible package. "
        "Runs offline by default: no text leaves this machine unless you choose --engine gtts."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

T = TypeVar("T")

InputArg = Annotated[
    str,
    typer.Argument(
        metavar="INPUT",
        help="The statement: a UTF-8 text or Markdown file, or - to read standard input.",
        show_default=False,
    ),
]
LangOpt = Annotated[
    str,
    typer.Option(
        "--lang",
        help="Language of the statement (ISO 639-1 code: en, fr, es, de, it, nl), "
        "or auto to detect it from the text.",
    ),
]
FormatOpt = Annotated[
    str,
    typer.Option(
        "--format",
        help="Read the input as text, markdown, html, docx or pdf; auto detects it "
        "from the content and the file extension.",
    ),
]
MaxInputOpt = Annotated[
    float, typer.Option("--max-input-mb", help="Refuse inputs larger than this many megabytes.")
]
JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print JSON for machines instead of a table.")
]


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"plainvoice {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = False,
) -> None:
    """Plain language, speech and an accessible package from one statement, offline."""


def _input_path(value: str) -> Path | None:
    return None if value == "-" else Path(value)


def _fail(error: PipelineError) -> typer.Exit:
    typer.echo(f"plainvoice: error: {error.one_line()}", err=True)
    return typer.Exit(int(error.exit_code))


def _guarded(action: Callable[[], T]) -> T:
    """Run a library call; a PipelineError becomes one line on stderr and its exit code."""
    try:
        return action()
    except PipelineError as error:
        raise _fail(error) from None
    except KeyboardInterrupt:
        typer.echo("plainvoice: interrupted; no partial package was left behind.", err=True)
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None


class _RichReporter:
    """Draws one rich progress bar per stage on stderr."""

    def __init__(self, progress: Any) -> None:
        self.progress = progress
        self.task: Any = None

    def start(self, stage: str, total: int) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=self.progress.tasks[-1].total)
        self.task = self.progress.add_task(stage, total=max(total, 1))

    def advance(self, steps: int = 1) -> None:
        if self.task is not None:
            self.progress.advance(self.task, steps)


@contextmanager
def _progress(enabled: bool) -> Iterator[_RichReporter | None]:
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description:<24}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
    ) as progress:
        yield _RichReporter(progress)


@app.command()
def run(
    input_file: InputArg,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder that receives the package and its ZIP.")
    ] = DEFAULT_OUTPUT_DIR,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="Speech engine: piper (offline neural voice, default) or gtts (online, Google).",
        ),
    ] = "piper",
    no_audio: Annotated[
        bool, typer.Option("--no-audio", help="Skip speech: text, scores and HTML only.")
    ] = False,
    versions: Annotated[
        Versions, typer.Option("--versions", help="Which texts to speak.")
    ] = Versions.BOTH,
    lang: LangOpt = "auto",
    input_format: FormatOpt = "auto",
    max_input_mb: MaxInputOpt = 20.0,
    max_section_words: Annotated[
        int, typer.Option("--max-section-words", help="Most words in a body section.")
    ] = 250,
    target_grade: Annotated[
        float,
        typer.Option(
            "--target-grade",
            help="Flesch-Kincaid grade the plain version aims at; rules run until each "
            "section meets it or nothing more can safely be done.",
        ),
    ] = 8.0,
    plain_from: Annotated[
        Path | None,
        typer.Option(
            "--plain-from",
            help="An edited plain.md from an earlier package: its sections replace the "
            "rewriter's (still fact-checked) and only changed sections are spoken again.",
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bars; print only the result.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Make the accessible package: sections, scores, plain text, MP3s, HTML, manifest and ZIP."""
    settings = Settings(
        input_path=_input_path(input_file),
        output_dir=output,
        engine=engine,
        language=lang,
        audio=not no_audio,
        versions=versions,
        max_section_words=max_section_words,
        input_format=input_format,
        max_input_mb=max_input_mb,
        target_grade=target_grade,
        plain_from=plain_from,
    )
    show_progress = not quiet and not as_json and sys.stderr.isatty()
    with _progress(show_progress) as reporter:
        result = _guarded(lambda: build_package(settings, reporter=reporter))
    package = result.package
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "package": str(package.folder),
                    "zip": str(package.zip_path),
                    "sections": len(result.statement.sections),
                    "audio_seconds": package.manifest["audio_seconds"],
                },
                indent=2,
            )
        )
        return
    minutes = package.manifest["audio_seconds"] / 60
    typer.echo(
        f"Package: {package.folder}/index.html\nZIP: {package.zip_path}\n"
        f"{len(result.statement.sections)} sections, {minutes:.1f} minutes of audio."
    )
    guards = [s.get("guard", {}) for s in package.manifest.get("sections", [])]
    if guards:
        met = sum(bool(g.get("met_target")) for g in guards)
        flagged = sum(bool(g.get("flagged")) for g in guards)
        typer.echo(
            f"Plain version: {met} of {len(guards)} sections at grade {target_grade:g} or "
            f"below; {flagged} flagged for review (see manifest.json)."
        )


@app.command()
def sections(
    input_file: InputArg,
    lang: LangOpt = "auto",
    input_format: FormatOpt = "auto",
    max_input_mb: MaxInputOpt = 20.0,
    as_json: JsonOpt = False,
) -> None:
    """Show how the statement is split into sections, with their titles and sizes."""
    settings = Settings(
        input_path=_input_path(input_file),
        language=lang,
        input_format=input_format,
        max_input_mb=max_input_mb,
    )
    statement = _guarded(lambda: read_statement(settings.validate()))
    if as_json:
        payload = {
            "language": statement.language,
            "meta": asdict(statement.meta),
            "sections": [
                {
                    "id": s.id,
                    "kind": s.kind.value,
                    "title": s.title,
                    "words": s.word_count,
                    "sentences": list(s.sentences),
                }
                for s in statement.sections
            ],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=statement.meta.title)
    for column in ("#", "Kind", "Title", "Words", "Sentences"):
        table.add_column(column)
    for s in statement.sections:
        table.add_row(str(s.index), s.kind.value, s.title, str(s.word_count), str(len(s.sentences)))
    Console().print(table)


@app.command()
def score(
    input_file: InputArg,
    lang: LangOpt = "auto",
    input_format: FormatOpt = "auto",
    max_input_mb: MaxInputOpt = 20.0,
    as_json: JsonOpt = False,
) -> None:
    """Score the readability of each section and of the whole statement."""
    from pipeline.stages.readability import score as score_text

    settings = Settings(
        input_path=_input_path(input_file),
        language=lang,
        input_format=input_format,
        max_input_mb=max_input_mb,
    )
    statement = _guarded(lambda: read_statement(settings.validate()))
    lang = statement.language
    rows = [(s.id, s.title, score_text(s.plain_text, lang)) for s in statement.sections]
    whole = score_text(" ".join(s.plain_text for s in statement.sections), lang)
    if as_json:
        payload = {
            "language": lang,
            "whole": asdict(whole),
            "sections": [{"id": i, "title": t, **asdict(r)} for i, t, r in rows],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Readability: {statement.meta.title}")
    for column in ("Section", "Words", "FK grade", "Reading ease", "Fog", "SMOG", "In words"):
        table.add_column(column)
    for _, title, r in [*rows, ("whole", "Whole statement", whole)]:
        table.add_row(
            title,
            str(r.words),
            f"{r.flesch_kincaid_grade:.1f}",
            f"{r.flesch_reading_ease:.1f}",
            f"{r.gunning_fog:.1f}",
            f"{r.smog_index:.1f}",
            r.verdict,
        )
    table.caption = f"Language: {whole.language}. Formulas made for it: " + (
        ", ".join(f"{x.name} {x.value:.1f}" for x in whole.language_scores)
        or ", ".join(whole.formulas)
    )
    Console().print(table)


@app.command()
def engines(as_json: JsonOpt = False) -> None:
    """List the speech engines, and whether each can run here."""
    from pipeline.engines import _factories, _load

    listing = []
    for name, target in sorted(_factories().items()):
        engine = _load(target)("en")
        listing.append(
            {
                "name": name,
                "offline": engine.offline,
                "available": engine.is_available(),
                "reason": engine.unavailable_reason(),
            }
        )
    if as_json:
        typer.echo(json.dumps(listing, indent=2))
        return
    for item in listing:
        state = "available" if item["available"] else f"unavailable: {item['reason']}"
        where = "offline" if item["offline"] else "online"
        typer.echo(f"{item['name']:<8} {where:<8} {state}")


@app.command()
def check(
    path: Annotated[
        Path,
        typer.Argument(
            metavar="PATH", help="A package folder or its ZIP file.", show_default=False
        ),
    ],
    as_json: JsonOpt = False,
) -> None:
    """Verify a package against its manifest: files, sizes, SHA-256, audio, HTML and EPUB."""
    from pipeline.check import check_package

    report = _guarded(lambda: check_package(path))
    if as_json:
        payload = {
            "path": str(report.source),
            "kind": report.kind,
            "files_checked": report.files_checked,
            "ok": report.ok,
            "problems": list(report.problems),
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for line in report.lines():
            typer.echo(line)
    if not report.ok:
        raise typer.Exit(int(ExitCode.CHECK_FAILED))


def main() -> None:
    """Console-script entry point."""
    app()
