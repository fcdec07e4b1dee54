"""The plainvoice command line: options in, one library call, an exit code out."""

from __future__ import annotations

import gc
import json
import os
import re
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Final, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from pipeline import __version__
from pipeline.errors import ExitCode, PipelineError, printable
from pipeline.language import mixed_language_note, other_language_paragraphs
from pipeline.settings import (
    DEFAULT_OUTPUT_DIR,
    DEFAULT_REWRITER,
    ExecutorKind,
    Settings,
    Versions,
    language_code,
)
from pipeline.text import MEGABYTE, and_listed, format_size

if TYPE_CHECKING:
    from pipeline.build import BuildResult, Reporter
    from pipeline.cache import SpeechCache
    from pipeline.models import Statement


def build_package(
    settings: Settings, reporter: Reporter | None = None, stdin: bytes | None = None
) -> BuildResult:
    """Run the build; the stages load only now, so `--help` and a warm re-run never import them.

    Synthesis workers start first, so their start-up overlaps the stages' imports. `stdin` is
    a statement already read from standard input.
    """
    from pipeline.resolve import early_pool

    pool = early_pool(settings)
    with pool or nullcontext():
        from pipeline.build import build_package as build

        return build(settings, reporter=reporter, pool=pool, stdin=stdin)


_CLICK_ERROR: type[Exception] = next(
    cls for cls in typer.BadParameter.__mro__ if cls.__name__ == "ClickException"
)
"""The command-line parser's error class (Typer vendors Click in recent releases, so it is
found from the public `typer.BadParameter` rather than imported from either)."""


def _plain_value_labels(command: Any, ctx: Any) -> None:
    """Value labels in plain words: none after a flag, no Python type after an argument.

    Typer 0.29 labels a flag with its type (`--no-audio <bool>`, even `--help <bool>`), which
    tells a reader the flag takes a value; `plainvoice run notes.txt --no-audio true` then
    failed with "Got unexpected extra argument(s) (true)". An empty metavar is the label
    every Typer release honours (older ones drew none for flags anyway); options that take a
    value keep theirs. An argument (INPUT, PATH) loses its Python type (`<str>`,
    `<list[Path]>`): its name and help say what to give.
    """
    for param in command.get_params(ctx):
        if getattr(param, "is_flag", False) and not getattr(param, "count", False):
            param.metavar = ""
        elif type(param) is TyperArgument:
            param.__class__ = _UnlabelledArgument


class _UnlabelledArgument(TyperArgument):
    """An argument drawn in help by its name alone, without a type label."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


_REQUIRED_PIECE: Final = re.compile(r"\{([^{}]+)\}")
"""Typer 0.29 draws a required argument in braces in the usage line (`run [OPTIONS]
{INPUT}`), which read as a placeholder to fill in or as shell syntax; the usual way, kept by
the README and every other tool, is the bare name (`INPUT`, `INPUT...`)."""


def _usage_pieces(pieces: list[str]) -> list[str]:
    return [_REQUIRED_PIECE.sub(r"\1", piece) for piece in pieces]


def _refuse_empty_values(command: Any, ctx: Any, arguments: list[str]) -> None:
    """An empty value (`-o ""`, `--cache-dir=`, an INPUT of `""`) is a usage error.

    An empty path means the current folder: `plainvoice batch "$INBOX"` with the variable
    unset made a package of every statement under the folder it was started in (40 of them,
    in a test), `run -o "$SITE"` wrote the package there, `--cache-dir ""` cached speech there,
    and `run ""` answered ".: is a directory, not a file".
    """
    options = {
        name: param
        for param in command.get_params(ctx)
        if param.param_type_name == "option" and not getattr(param, "is_flag", False)
        for name in param.opts
    }
    argument = next((p for p in command.params if p.param_type_name == "argument"), None)
    only_arguments = False
    for index, given in enumerate(arguments):
        name, equals, value = given.partition("=")
        param: Any = None
        if given == "--" and not only_arguments:
            only_arguments = True
        elif given == "":
            previous = arguments[index - 1] if index and not only_arguments else ""
            param = options.get(previous, argument)
        elif not only_arguments and name.startswith("--") and equals and not value:
            param = options.get(name)
        if param is not None:
            raise typer.BadParameter("the value is empty", ctx=ctx, param=param)


class _Command(TyperCommand):
    """A plainvoice command: its help shows no value label after a flag, nor braces."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _plain_value_labels(self, ctx)
        super().format_help(ctx, formatter)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _refuse_empty_values(self, ctx, args)
        try:
            return list(super().parse_args(ctx, args))
        except _CLICK_ERROR as error:
            # The parser's own errors carry no command: "Option '--lang' requires an
            # argument." was the one usage error that did not say which --help to read.
            if getattr(error, "ctx", False) is None:
                error.ctx = ctx  # type: ignore[attr-defined]
            raise

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _usage_pieces(super().collect_usage_pieces(ctx))


class _Group(TyperGroup):
    """A group of commands (`cache`): its help shows no value label after a flag."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _plain_value_labels(self, ctx)
        super().format_help(ctx, formatter)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _usage_pieces(super().collect_usage_pieces(ctx))


class _OneLineUsageErrors(_Group):
    """Usage errors (missing argument, unknown option, bad value) as one line and exit 2.

    Typer draws them as a usage line, a hint and a box of several lines, unlike every other
    error plainvoice prints; a script's log then held a box drawn in it. `--help` stays rich.
    """

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        with _usage_error_on_one_line(args):
            return super().make_context(info_name, args, parent=parent, **extra)

    def invoke(self, ctx: Any) -> Any:
        arguments = [
            *(getattr(ctx, "_protected_args", None) or getattr(ctx, "protected_args", [])),
            *ctx.args,
        ]
        with _usage_error_on_one_line(arguments):
            return super().invoke(ctx)


@contextmanager
def _usage_error_on_one_line(arguments: list[str]) -> Iterator[None]:
    """Usage errors as one line; Ctrl-C outside a library call too.

    Ctrl-C while the options were read, the settings checked or the result printed (outside
    `_guarded`) ended the run with exit 130 and not a word: Typer turns it into a silent exit.
    """
    as_json = "--json" in arguments[: arguments.index("--") if "--" in arguments else None]
    try:
        yield
    except KeyboardInterrupt:
        typer.echo(f"plainvoice: {_INTERRUPTED}", err=True)
        if as_json:
            typer.echo(_error_json(ExitCode.INTERRUPTED, _INTERRUPTED))
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except _CLICK_ERROR as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            raise  # the help has been shown, as asked
        line = _usage_line(error, arguments)
        code = int(getattr(error, "exit_code", ExitCode.USAGE))
        typer.echo(f"plainvoice: error: {line}", err=True)
        if as_json:
            typer.echo(_error_json(_exit_code(code), line))
        raise typer.Exit(code) from None


def _exit_code(code: int) -> ExitCode:
    """The documented exit code a parser's number stands for (its errors are usage errors)."""
    try:
        return ExitCode(code)
    except ValueError:
        return ExitCode.USAGE


def _usage_line(error: Exception, arguments: list[str]) -> str:
    """The parser's message and where to read more, on one line."""
    format_message = getattr(error, "format_message", None)
    message = " ".join(str(format_message() if format_message else error).split())
    # The parser's validation library names its own error kind: "Invalid value for
    # '--versions': Value error, 'loud' is not one of …".
    message = message.replace(": Value error, ", ": ")
    message = _plain_validation(message, _value_given(getattr(error, "param", None), arguments))
    context = getattr(error, "ctx", None)
    hints: list[str] = []
    if type(error).__name__ == "NoSuchOption":
        # "plainvoice run -notes.txt" is read as options; the file is meant.
        named = [a for a in arguments if a.startswith("-") and len(a) > 1 and Path(a).is_file()]
        if named:
            # "put -- before it" was wrong where options followed: they were read as files.
            hints.append(
                f"to read the file {named[0]}, write ./{named[0]}, or put it after -- at the "
                "end of the command"
            )
        command = _command_taking(context, getattr(error, "option_name", ""), arguments)
        if command is not None and context is not None:
            option = getattr(error, "option_name", "")
            message = re.sub(r" \(Possible options: [^)]*\)", "", message)
            hints.append(
                f"{option} belongs to the command: write it after '{command}', as in "
                f"'{context.command_path} {command} … {option}'"
            )
    if context is not None:
        hints.append(f"see '{context.command_path} --help'")
    if hints and message.endswith(".") and not message.endswith(".."):
        message = message[:-1]  # "Missing argument 'INPUT'. (see …)": the stop goes after it
    return printable(f"{message} ({'; '.join(hints)})" if hints else message)


def _command_taking(context: Any, option: str, arguments: list[str]) -> str | None:
    """The command named later on the line that takes `option`, when it was put before it.

    `plainvoice --json run notes.txt` answered "No such option: --json (Possible options:
    --version)", as if there were no --json at all.
    """
    commands = getattr(getattr(context, "command", None), "commands", None)
    if not option or not commands:
        return None
    for argument in arguments:
        command = commands.get(argument)
        if command is None:
            continue
        taken = {name for param in command.params for name in getattr(param, "opts", ())}
        return argument if option.partition("=")[0] in taken else None
    return None


_VALIDATION_WORDING: Final = (
    (re.compile(r"Input should be a valid integer\b.*"), "{value} is not a whole number"),
    (re.compile(r"Input should be a valid number\b.*"), "{value} is not a number"),
    (re.compile(r"Input should be greater than or equal to (\S+)"), "must be {0} or more"),
    (re.compile(r"Input should be less than or equal to (\S+)"), "must be {0} or less"),
    (re.compile(r"Input should be greater than (\S+)"), "must be more than {0}"),
    (re.compile(r"Input should be less than (\S+)"), "must be less than {0}"),
)
"""The option parser's validation messages (Typer 0.29 and later), and what plainvoice says.

"Invalid value for '--jobs' / '-j': Input should be a valid integer, unable to parse string
as an integer" spoke of strings and parsing and never quoted what was typed.
"""


def _plain_validation(message: str, value: str | None) -> str:
    """A validation message in plain words, naming the value given when it is known."""
    for pattern, wording in _VALIDATION_WORDING:
        found = pattern.search(message)
        if found is None:
            continue
        shown = repr(value) if value is not None else "the value"
        plain = wording.format(*found.groups(), value=shown)
        if value is not None and "{value}" not in wording:
            plain += f", not {value}"
        return message[: found.start()] + plain + message[found.end() :]
    return message


def _value_given(param: Any, arguments: list[str]) -> str | None:
    """What the command line gave an option (its last `--name VALUE` or `--name=VALUE`)."""
    names = set(getattr(param, "opts", None) or ())
    given = None
    for index, argument in enumerate(arguments):
        name, equals, value = argument.partition("=")
        if name in names and equals:
            given = value
        elif argument in names and index + 1 < len(arguments):
            given = arguments[index + 1]
    return given


_WHOLE_NUMBER: Final = "<int>"
_NUMBER: Final = "<float>"
"""Value labels for options with a lower bound: Typer's own, `<int range>`, read as if a range
such as 1-4 were wanted; the bound itself still shows after the label (`[x>=1]`)."""


def _examples(*lines: str) -> str:
    """A command's examples for the end of its help, one to a paragraph.

    Typer keeps paragraphs apart in every release (0.15 joined the lines of one paragraph);
    no square brackets, which its help reads as markup.
    """
    return "\n\n".join(("Examples:", *(f"  {line}" for line in lines)))


_EXIT_CODES: Final = (
    "Exit codes: 0 done; 1 internal error (a bug); 2 wrong usage; 3 input unreadable or not a "
    "package; 4 engine unavailable; 5 speech failed; 6 output not writable; 7 check found "
    "problems; 8 some statements of a batch failed; 130 interrupted."
)
"""The exit codes (`ExitCode`) in the main help: they were only in the README, so a script's
author at a terminal could not learn what 3 or 8 meant."""

app = typer.Typer(
    cls=_OneLineUsageErrors,
    name="plainvoice",
    help=(
        "Turn an official statement into plain language, speech and an accessible package. "
        "Runs offline by default: no text leaves this machine unless you choose --engine gtts."
    ),
    epilog=_examples(
        "plainvoice run statement.docx -o site/",
        "plainvoice run statement.docx --no-audio",
        "plainvoice check site/statement",
    )
    + "\n\nEach command has its own help, for example: plainvoice run --help"
    + "\n\n"
    + _EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

T = TypeVar("T")

InputArg = Annotated[
    str,
    typer.Argument(
        metavar="INPUT",
        help="The statement: a text, Markdown, HTML, DOCX or PDF file, or - to read standard "
        "input.",
        show_default=False,
    ),
]
LangOpt = Annotated[
    str,
    typer.Option(
        "--lang",
        metavar="<code>",
        help="Language of the statement (ISO 639-1 code: en, fr, es, de, it, nl; a region "
        "such as de-DE is ignored), or auto to detect it from the text.",
        callback=language_code,
    ),
]
FormatOpt = Annotated[
    str,
    typer.Option(
        "--format",
        metavar="<format>",
        help="Read the input as text, markdown, html, docx or pdf; auto detects it "
        "from the content and the file extension.",
    ),
]
MaxInputOpt = Annotated[
    float,
    typer.Option(
        "--max-input-mb",
        help="Refuse inputs larger than this many megabytes (MB of 1,000,000 bytes).",
    ),
]
CacheDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--cache-dir",
        metavar="<dir>",
        help="Speech cache folder (default: $PLAINVOICE_CACHE_DIR, else the per-user cache "
        "folder).",
        show_default=False,
    ),
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the speech cache.")
]
JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print JSON for machines on stdout instead of text.")
]
EngineOpt = Annotated[
    str,
    typer.Option(
        "--engine",
        metavar="<name>",
        help=(
            "Speech engine: piper (offline neural voice, default), espeak (offline, "
            "espeak-ng) or gtts (online, Google)."
        ),
    ),
]
RewriterOpt = Annotated[
    str,
    typer.Option(
        "--rewriter",
        metavar="<name>",
        help="Plain-language rewriter: rules (offline, deterministic, default) or one an "
        "add-on registers; every rewrite is fact-checked the same way.",
    ),
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
    """The statement's file, or None for `-` (standard input).

    `plainvoice run -` typed at a terminal waited, without a word, for a statement to be
    typed or pasted; a first-time user took it for a hang. It now says what it waits for.
    """
    if value != "-":
        return Path(value)
    if _stdin_is_terminal():
        typer.echo(
            "plainvoice: reading the statement from the terminal: paste or type it, then "
            "press Ctrl-D on a new line (Ctrl-Z, Enter on Windows); Ctrl-C stops.",
            err=True,
        )
    return None


def _stdin_is_terminal() -> bool:
    with suppress(AttributeError, ValueError):
        return bool(sys.stdin.isatty())
    return False


def _error_json(code: ExitCode, message: str) -> str:
    """An error as the JSON a `--json` caller reads on stdout, beside the line on stderr.

    With `--json`, stdout held nothing at all on an error, so a script's `json.loads` (or
    `jq`) failed on empty input instead of reading what went wrong.
    """
    payload = {"error": {"exit_code": int(code), "name": code.name, "message": message}}
    return json.dumps(payload, ensure_ascii=False, indent=2)


def _fail(error: PipelineError, as_json: bool = False) -> typer.Exit:
    message = error.one_line()
    typer.echo(f"plainvoice: error: {message}", err=True)
    if as_json:
        typer.echo(_error_json(error.exit_code, message))
    return typer.Exit(int(error.exit_code))


_INTERRUPTED: Final = "interrupted."
_INTERRUPTED_BUILD: Final = (
    "interrupted; no partial package was left behind, and any earlier package is as it was."
)
"""What `run` and `batch` say when stopped; the commands that write no package say only
"interrupted." (`sections` and `score` spoke of a package they never make)."""


def _stop_as_if_interrupted(number: int, frame: Any) -> None:
    """SIGTERM handled as SIGINT would be now: held while a package is published, else raised."""
    handler = signal.getsignal(signal.SIGINT)
    if callable(handler):
        handler(signal.SIGINT, frame)
    else:  # SIGINT ignored (started in the background): a SIGTERM must still stop the run
        raise KeyboardInterrupt


@contextmanager
def _terminate_cleans_up() -> Iterator[None]:
    """A SIGTERM (`kill`, `timeout`, a CI job cancelled, `docker stop`) stops as Ctrl-C does.

    It ended the process at once: no "interrupted" line, exit 143, and the run's staging
    folder and workers' semaphores left behind ("resource_tracker: ... leaked semaphore
    objects" on stderr); the previous package was only put back by the next run. A handling
    someone else chose (a program that embeds plainvoice) is left alone.
    """
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
    ):
        yield
        return
    signal.signal(signal.SIGTERM, _stop_as_if_interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _guarded(action: Callable[[], T], as_json: bool = False, interrupted: str = _INTERRUPTED) -> T:
    """Run a library call; a PipelineError becomes one line on stderr and its exit code."""
    try:
        with _terminate_cleans_up():
            return action()
    except PipelineError as error:
        raise _fail(error, as_json) from None
    except KeyboardInterrupt:
        typer.echo(f"plainvoice: {interrupted}", err=True)
        if as_json:
            typer.echo(_error_json(ExitCode.INTERRUPTED, interrupted))
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
    with _progress_bars(enabled, label_width=24) as progress:
        yield _RichReporter(progress) if progress is not None else None


@contextmanager
def _progress_bars(enabled: bool, label_width: int) -> Iterator[Any]:
    """Rich progress bars on stderr (stdout stays for results and --json), or None when off."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn(f"{{task.description:<{label_width}}}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
    ) as progress:
        yield progress


@app.command(
    cls=_Command,
    epilog=_examples(
        "plainvoice run statement.docx -o site/",
        "plainvoice run speech.txt --no-audio --json",
        'cat statement.txt | plainvoice run - --title "Flood defences" --date 2027-05-04',
        "plainvoice run statement.docx -o site/ --plain-from site/statement/plain.md",
    ),
)
def run(
    ctx: typer.Context,
    input_file: InputArg,
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="<dir>", help="Folder that receives the package and its ZIP."
        ),
    ] = DEFAULT_OUTPUT_DIR,
    engine: EngineOpt = "piper",
    no_audio: Annotated[
        bool, typer.Option("--no-audio", help="Skip speech: text, scores and HTML only.")
    ] = False,
    versions: Annotated[
        Versions, typer.Option("--versions", help="Which texts to speak.", case_sensitive=False)
    ] = Versions.BOTH,
    lang: LangOpt = "auto",
    input_format: FormatOpt = "auto",
    max_input_mb: MaxInputOpt = 20.0,
    max_section_words: Annotated[
        int,
        typer.Option("--max-section-words", help="Most words in a body section, from 40 to 5000."),
    ] = 250,
    target_grade: Annotated[
        float,
        typer.Option(
            "--target-grade",
            help="Flesch-Kincaid grade the plain version aims at, from 1 to 18; rules run until "
            "each section meets it or nothing more can safely be done.",
        ),
    ] = 8.0,
    rewriter: RewriterOpt = DEFAULT_REWRITER,
    plain_from: Annotated[
        Path | None,
        typer.Option(
            "--plain-from",
            metavar="<plain.md>",
            help="An edited plain.md from an earlier package: its sections replace the "
            "rewriter's (still fact-checked) and only changed sections are spoken again.",
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            metavar="<text>",
            help="The statement's title, over what its text says (the page, the MP3 tags).",
        ),
    ] = None,
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", metavar="<text>", help='Who gave it: "Name" or "Name, Role".'),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="<date>",
            help="When it was given, e.g. 7 March 2021, 7-9 March 2021 or 2021-03-07.",
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bars; print only the result.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar=_WHOLE_NUMBER,
            help="Worker processes for speech; they share the cores, each loading the voice "
            "(320-340 MB). Default: one per core for offline engines, one for online services.",
            show_default=False,
        ),
    ] = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    as_json: JsonOpt = False,
    rate: Annotated[
        float, typer.Option("--rate", help="Speaking rate from 0.5 (slow) to 2.0 (fast).")
    ] = 1.0,
    voice: Annotated[
        str | None,
        typer.Option(
            "--voice",
            metavar="<voice>",
            help="A Piper voice file (PATH.onnx) or an espeak-ng voice; see: plainvoice voices.",
        ),
    ] = None,
    lexicon: Annotated[
        Path | None,
        typer.Option(
            "--lexicon",
            metavar="<file>",
            help="Your pronunciation lexicon: TOML (\\[words] table) or W3C PLS.",
        ),
    ] = None,
    no_announce: Annotated[
        bool, typer.Option("--no-announce", help="Do not say each section's title before it.")
    ] = False,
    sentence_pause: Annotated[
        int,
        typer.Option("--sentence-pause", metavar="<ms>", help="Silence after a sentence, in ms."),
    ] = 300,
    paragraph_pause: Annotated[
        int,
        typer.Option(
            "--paragraph-pause", metavar="<ms>", help="Silence between paragraphs, in ms."
        ),
    ] = 700,
    section_pause: Annotated[
        int,
        typer.Option(
            "--section-pause",
            metavar="<ms>",
            help="Silence between sections in the whole MP3, in ms.",
        ),
    ] = 1200,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Rebuild even when the package is up to date; replace an existing output "
            "folder that is not a plainvoice package.",
        ),
    ] = False,
    fallback: Annotated[
        str | None,
        typer.Option(
            "--fallback",
            metavar="<name>",
            help="Engine that finishes the run offline if the online engine fails, e.g. piper.",
        ),
    ] = None,
    tld: Annotated[
        str,
        typer.Option(
            "--tld", metavar="<domain>", help="gTTS only: Google domain for the accent, e.g. co.uk."
        ),
    ] = "com",
    slow: Annotated[bool, typer.Option("--slow", help="gTTS only: the slower voice.")] = False,
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
        rewriter=rewriter,
        plain_from=plain_from,
        jobs=jobs,
        use_cache=not no_cache,
        cache_dir=cache_dir,
        rate=rate,
        voice=voice,
        lexicon=lexicon,
        announce=not no_announce,
        sentence_pause_ms=sentence_pause,
        paragraph_pause_ms=paragraph_pause,
        section_pause_ms=section_pause,
        force=force,
        fallback=fallback,
        gtts_tld=tld,
        gtts_slow=slow,
        title=title,
        speaker=speaker,
        date=date,
    )
    if settings.input_path is not None and settings.input_path.is_dir():
        # "is a directory, not a file" left the user to find out that `batch` takes folders.
        from pipeline.errors import InputError

        raise _fail(
            InputError(
                f"{settings.input_path}: is a directory, not a file",
                hint=f"to make a package of each statement in it, run: plainvoice batch "
                f"{shlex.quote(str(settings.input_path))}",
            ),
            as_json,
        )
    # The edited plain.md is read once, by the build; the warnings below use that reading.
    with _edits_read_once(plain_from):
        # Nothing changed since the package was made: reuse it rather than redo it.
        from pipeline.freshness import current_package

        package = _guarded(
            lambda: current_package(settings.validate()), as_json, _INTERRUPTED_BUILD
        )
        unchanged = package is not None
        if package is None:
            typed = _typed_statement(settings, as_json)
            show_progress = not quiet and not as_json and _stderr_is_terminal()
            with _progress(show_progress) as reporter:
                package = _guarded(
                    lambda: build_package(settings, reporter=reporter, stdin=typed),
                    as_json,
                    _INTERRUPTED_BUILD,
                ).package
        not_in_edit = _not_in_edit(plain_from, package.manifest)
    sections = len(package.manifest.get("sections", []))
    guards = [s.get("guard", {}) for s in package.manifest.get("sections", [])]
    rewritten = any(g.get("rewritten", True) for g in guards)
    met = sum(bool(g.get("met_target")) for g in guards)
    flagged = sum(bool(g.get("flagged")) for g in guards)
    review = _review_notes(package.manifest)
    spoken_by = package.manifest.get("engine") or {}
    # (Mixed-language statements.) Which paragraphs are in another language, said once.
    told = package.manifest.get("statement", {})
    mixed = mixed_language_note(
        told.get("language", "en"),
        told.get("other_language_paragraphs", []),
        spoken=bool(spoken_by),
        voices=spoken_by.get("other_voices") or {},
    )
    # Every warning, in the order stderr gives them; `--json` lists them too, since a
    # plain.md that lacks a section or has moved one was told only on stderr.
    warnings = [
        *_unused_options(ctx),
        *told.get("input_notes", []),
        *([mixed] if mixed else []),
        *(note["message"] for note in review),
        *_privacy_warnings(spoken_by),
        *not_in_edit,
    ]
    if as_json:
        grades = package.manifest.get("readability", {})
        typer.echo(
            json.dumps(
                {
                    "package": str(package.folder),
                    "zip": str(package.zip_path),
                    "sections": sections,
                    "audio_seconds": package.manifest["audio_seconds"],
                    "unchanged": unchanged,
                    "language": told.get("language"),
                    "other_language_paragraphs": told.get("other_language_paragraphs", []),
                    "mixed_languages": mixed or None,
                    # Whether the statement's text left this machine (null: no audio made).
                    "engine": {
                        "name": spoken_by.get("name"),
                        "text_sent_online": bool(spoken_by.get("text_sent_online")),
                        "online_service": spoken_by.get("online_service"),
                        "fallback": spoken_by.get("fallback"),
                        "fallback_reason": spoken_by.get("fallback_reason"),
                        "voice": spoken_by.get("voice"),
                    }
                    if spoken_by
                    else None,
                    # What the last lines say to a person, for scripts that check a run.
                    "grade": {
                        v: grades[v].get("grade") for v in ("original", "plain") if v in grades
                    },
                    "plain": {
                        "rewritten": rewritten,
                        "target_grade": target_grade,
                        "sections_at_target": met,
                        "sections_flagged": flagged,
                        # Each flagged section: where it is and what the fact check found.
                        "review": review,
                    },
                    "warnings": warnings,
                },
                indent=2,
            )
        )
        # Flagged sections are in the JSON itself (plain.review); stderr keeps the rest.
        reviewed = {note["message"] for note in review}
        _warn([warning for warning in warnings if warning not in reviewed])
        return
    minutes = package.manifest["audio_seconds"] / 60
    if unchanged:
        typer.echo("Up to date: nothing changed since this package was made (--force rebuilds).")
    # "0.0 minutes of audio" after --no-audio would read as if speaking had failed.
    audio = f"{minutes:.1f} minutes of audio" if package.manifest.get("engine") else "no audio"
    typer.echo(
        f"Package: {package.folder}/index.html\nZIP: {package.zip_path}\n"
        f"{sections} section{'' if sections == 1 else 's'}, {audio}."
    )
    language = told.get("language", "en")
    if language != "en":
        # A statement in another language is read with its formulas and spoken by a voice for
        # it: say which, so a wrong detection or an unexpected voice is seen at once.
        voice = f"; voice: {spoken_by['voice']}" if spoken_by.get("voice") else ""
        typer.echo(f"Language: {language}{voice}.")
    if guards and not rewritten:
        typer.echo("Plain version: left as written (the plain-language rules are for English).")
    elif guards:
        typer.echo(
            f"Plain version: {met} of {len(guards)} sections at grade {target_grade:g} or "
            f"below; {flagged} flagged for review (see manifest.json)."
        )
    _warn(warnings)


_SPEECH_ONLY: Final = (
    "engine", "fallback", "voice", "rate", "versions", "jobs", "no_announce",
    "sentence_pause", "paragraph_pause", "section_pause", "tld", "slow",
    "cache_dir", "no_cache", "executor", "scheduler", "worker_threads",
)  # fmt: skip
"""Options that only change how speech is made (and cached): `--no-audio` leaves them unused."""
_GTTS_ONLY: Final = ("tld", "slow")


def _given(ctx: typer.Context, name: str) -> bool:
    """Whether the option was typed on the command line (not left at its default)."""
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "COMMANDLINE"


def _option_name(ctx: typer.Context, name: str) -> str:
    """The option's long name as the user types it (`--tld` for the parameter `tld`)."""
    for param in ctx.command.params:
        if param.name == name:
            return max(param.opts, key=len)
    return name


def _unused_options(ctx: typer.Context) -> list[str]:
    """Options given that this run cannot use, said once, instead of dropped without a word.

    `run --no-audio --voice en-gb --rate 0.8`, `--engine piper --slow` and `--no-cache
    --cache-dir DIR` finished as if the options had been read: nothing said that no voice
    was chosen, no slower voice existed, or no cache was used.
    """
    params = ctx.params
    notes = []
    if params.get("no_audio"):
        unused = [name for name in _SPEECH_ONLY if name in params and _given(ctx, name)]
        if unused:
            names = and_listed([_option_name(ctx, name) for name in unused])
            notes.append(f"--no-audio makes no speech, so {names} had no effect")
        return notes
    engine = params.get("engine", "piper")
    unused = [name for name in _GTTS_ONLY if name in params and _given(ctx, name)]
    if unused and engine != "gtts":
        names = and_listed([_option_name(ctx, name) for name in unused])
        verb, them = ("are", "them") if len(unused) > 1 else ("is", "it")
        notes.append(f"{names} {verb} for --engine gtts only; --engine {engine} ignored {them}")
    if params.get("no_cache") and _given(ctx, "cache_dir"):
        notes.append("--no-cache uses no speech cache, so --cache-dir had no effect")
    return notes


def _typed_statement(settings: Settings, as_json: bool) -> bytes | None:
    """The statement typed or pasted at the terminal, read before any bar or worker starts.

    `plainvoice run -` at a terminal drew its progress bar over what was being typed, from
    the first key, with the cursor hidden, and started the speech workers (320-340 MB each)
    to wait for the paste.
    """
    if settings.input_path is not None or not _stdin_is_terminal():
        return None
    from pipeline.readers import read_stdin

    limit = settings.max_input_bytes
    return _guarded(lambda: read_stdin(sys.stdin.buffer, limit), as_json, _INTERRUPTED_BUILD)


def _edits_read_once(plain_from: Path | None) -> AbstractContextManager[None]:
    """A block in which the edited plain.md is read once (the review stage loads only if asked)."""
    if plain_from is None:
        return nullcontext()
    from pipeline.stages.review import one_reading

    return one_reading()


def _not_in_edit(plain_from: Path | None, manifest: dict[str, Any]) -> list[str]:
    """Sections an edited plain.md lacks (the rewriter's are used), has moved or left open.

    A section deleted from plain.md came back as the rewriter wrote it, without a word.
    """
    if plain_from is None:
        return []
    from pipeline.stages.review import read_edited

    try:
        edits = read_edited(plain_from)
    except PipelineError:
        return []
    present = edits.keys()
    sections = manifest.get("sections", [])
    notes = [
        f"{plain_from.name} has no section {s['id']} ({s.get('title', '')!r}), so its plain "
        "version is the rewriter's"
        for s in sections
        if s["id"] not in present
    ]
    # A lost end marker ran the section on to the next marker: whatever lay between was kept.
    notes += [
        f"{plain_from.name}: section {section} has no <!-- end section --> before the next "
        "section's marker; its text was read up to that marker"
        for section, edit in edits.items()
        if not edit.closed
    ]
    # Sections moved in plain.md were taken, but in the statement's order, without a word.
    order = [s["id"] for s in sections]
    edited_order = [section for section in present if section in order]
    if edited_order != [section for section in order if section in present]:
        notes.append(
            f"{plain_from.name} has its sections in another order; the package keeps the "
            "statement's order (each section's edit is used where the statement has it)"
        )
    return notes


def _privacy_warnings(engine: dict[str, Any]) -> list[str]:
    """What a person must know when the text went to an online service, or a fallback spoke.

    A run with --engine gtts --fallback piper on an embargoed statement said only "Package:
    ...": neither that the text was offered to Google nor that Google failed and another voice
    spoke; both were only in manifest.json.
    """
    if not engine.get("text_sent_online"):
        return []
    service = engine.get("online_service") or engine.get("name")
    fallback = engine.get("fallback")
    if not fallback:
        return [
            f"the statement's text was sent to {service} to be spoken (--engine "
            f"{engine.get('name')}); the default, --engine piper, keeps it on this machine."
        ]
    reason = " ".join(str(engine.get("fallback_reason") or "it failed").split())
    return [
        f"the statement's text was offered to {service} (--engine {engine.get('name')}), "
        f"which failed; {fallback} finished the speech offline. Why: {reason}"
    ]


def _quoted(facts: list[str]) -> str:
    return ", ".join(f"'{fact}'" for fact in facts)


def _review_notes(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """What a person must check in each flagged section, said where it is and what is wrong.

    A count alone ("1 flagged for review") sent a press officer searching the manifest for
    the fact an edit broke; the section's id is the marker to look for in plain.md.
    """
    notes: list[dict[str, Any]] = []
    for number, section in enumerate(manifest.get("sections", []), start=1):
        guard = section.get("guard") or {}
        if not guard.get("flagged"):
            continue
        facts = section.get("facts") or {}
        missing, invented = list(facts.get("missing", [])), list(facts.get("invented", []))
        kept = list(guard.get("fallbacks", []))
        found = []
        if missing:
            verb = "is" if len(missing) == 1 else "are"
            found.append(f"{_quoted(missing)} from the statement {verb} missing")
        if invented:
            verb = "is" if len(invented) == 1 else "are"
            found.append(f"{_quoted(invented)} {verb} not in the statement")
        sentences = [item for item in kept if item != "the whole section"]
        if len(sentences) < len(kept):
            found.append("a rewrite lost a fact, so the section keeps its original wording")
        elif sentences:
            count = len(sentences)
            found.append(
                f"a rewrite lost a fact, so {count} sentence{'s' if count > 1 else ''} "
                f"{'keep their' if count > 1 else 'keeps its'} original wording"
            )
        where = f"section {number} '{section.get('title', '')}'"
        if guard.get("reviewed_by_person"):
            where += f" (edited in plain.md, under <!-- section: {section['id']} -->)"
        notes.append(
            {
                "section": section["id"],
                "title": section.get("title", ""),
                "reviewed_by_person": bool(guard.get("reviewed_by_person")),
                "missing": missing,
                "invented": invented,
                "original_wording_kept": kept,
                "message": f"{where}: {'; '.join(found) or 'please review it'}.",
            }
        )
    return notes


def _read(
    input_file: str, lang: str, input_format: str, max_input_mb: float, as_json: bool
) -> Statement:
    """Load and split the statement for the commands that only look at its text."""
    settings = Settings(
        input_path=_input_path(input_file),
        language=lang,
        input_format=input_format,
        max_input_mb=max_input_mb,
    )
    from pipeline.build import read_statement

    # A long statement takes a while to split (a minute for 400 kB here), which the preview
    # spent without a word; `run` shows this bar. Not while a statement is typed at a terminal.
    show_progress = not as_json and input_file != "-" and _stderr_is_terminal()
    with _progress(show_progress) as reporter:
        if reporter is not None:
            reporter.start("Reading the statement", 1)
        statement = _guarded(lambda: read_statement(settings.validate()), as_json)
        if reporter is not None:
            reporter.advance()
    return statement


def _stderr_is_terminal() -> bool:
    with suppress(AttributeError, ValueError):
        return bool(sys.stderr.isatty())
    return False


@app.command(
    cls=_Command,
    epilog=_examples("plainvoice sections statement.docx", "plainvoice sections speech.txt --json"),
)
def sections(
    input_file: InputArg,
    lang: LangOpt = "auto",
    input_format: FormatOpt = "auto",
    max_input_mb: MaxInputOpt = 20.0,
    as_json: JsonOpt = False,
) -> None:
    """Show how the statement is split into sections, with their titles and sizes."""
    statement = _read(input_file, lang, input_format, max_input_mb, as_json)
    warnings = _preview_warnings(statement)
    if as_json:
        payload = {
            "language": statement.language,
            # (Mixed-language statements.) Paragraphs in another language than the statement's.
            "other_language_paragraphs": other_language_paragraphs(statement),
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
            "warnings": warnings,
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        _warn(warnings)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=statement.meta.title)
    for column in ("#", "Kind", "Title", "Words", "Sentences"):
        table.add_column(column)
    for s in statement.sections:
        table.add_row(str(s.index), s.kind.value, s.title, str(s.word_count), str(len(s.sentences)))
    Console().print(table)
    _warn(warnings)


def _preview_warnings(statement: Statement) -> list[str]:
    """The input's notes and the mixed-language note `run` gives, so a preview says them too.

    `score` gave the mixed-language note in neither form, and `sections --json` not at all.
    """
    mixed = mixed_language_note(
        statement.language, other_language_paragraphs(statement), spoken=False
    )
    return [*statement.notes, *([mixed] if mixed else [])]


def _warn(warnings: list[str]) -> None:
    """Each warning on a line of its own on stderr, where `--json` output never goes.

    Control and bidi characters are shown as escapes, as in an error: a file name may hold them.
    """
    for warning in warnings:
        typer.echo(f"plainvoice: warning: {printable(warning)}", err=True)


@app.command(
    cls=_Command,
    epilog=_examples("plainvoice score statement.docx", "plainvoice score discours.html --lang fr"),
)
def score(
    input_file: InputArg,
    lang: LangOpt = "auto",
    input_format: FormatOpt = "auto",
    max_input_mb: MaxInputOpt = 20.0,
    as_json: JsonOpt = False,
) -> None:
    """Score the readability of each section and of the whole statement."""
    from pipeline.stages.readability import grade_note
    from pipeline.stages.readability import score as score_text

    statement = _read(input_file, lang, input_format, max_input_mb, as_json)
    warnings = _preview_warnings(statement)
    lang = statement.language
    rows = [(s.id, s.title, score_text(s.plain_text, lang)) for s in statement.sections]
    whole = score_text(" ".join(s.plain_text for s in statement.sections), lang)
    if as_json:
        payload = {
            "language": lang,
            "other_language_paragraphs": other_language_paragraphs(statement),
            "whole": asdict(whole),
            "sections": [{"id": i, "title": t, **asdict(r)} for i, t, r in rows],
            "warnings": warnings,
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        _warn(warnings)
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
    # Which formula "In words" is from, so a French grade is not read as a Flesch-Kincaid one.
    table.caption = (
        f"{grade_note(whole.language)}. Language: {whole.language}. Formulas made for it: "
        + (
            ", ".join(f"{x.name} {x.value:.1f}" for x in whole.language_scores)
            or ", ".join(whole.formulas)
        )
    )
    if whole.language != "en" and whole.language_scores:
        # FK grade 16.3 beside "about grade 10" would look like a contradiction.
        table.caption += (
            " (the verdict in words comes from them; FK grade, Fog and SMOG are English"
            " formulas, for comparison only)"
        )
    Console().print(table)
    _warn(warnings)


class _RichBatchReporter:
    """One overall bar for the batch, and one bar per statement being spoken."""

    def __init__(self, progress: Any) -> None:
        self.progress = progress
        self.overall: Any = None
        self.current: dict[str, Any] = {}

    def batch_started(self, statements: int) -> None:
        self.overall = self.progress.add_task("Statements", total=max(statements, 1))

    def statement_started(self, name: str, clips: int) -> None:
        if clips:
            self.current[name] = self.progress.add_task(f"  {name[:30]}", total=clips)

    def clip_done(self, name: str) -> None:
        if name in self.current:
            self.progress.advance(self.current[name])

    def statement_finished(self, outcome: Any) -> None:
        task = self.current.pop(outcome.name, None)
        if task is not None:
            self.progress.remove_task(task)
        self.progress.advance(self.overall)


@app.command(
    cls=_Command,
    epilog=_examples(
        "plainvoice batch statements/ -o site/",
        'plainvoice batch inbox/ -o site/ --exclude "drafts" --no-audio --json',
    ),
)
def batch(
    ctx: typer.Context,
    inputs: Annotated[
        list[Path],
        typer.Argument(
            metavar="INPUT",
            help="One or more statement files, or folders whose statement files are all "
            "processed. Each package is named after its file; when two files give the same "
            "name (a/statement.txt, b/statement.txt), the later one gets -2, -3, and so on.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="<dir>",
            help="Folder for the packages, index.html and catalogue.json.",
        ),
    ] = DEFAULT_OUTPUT_DIR,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar=_WHOLE_NUMBER,
            help="Local worker processes for speech (default: one per core).",
            show_default=False,
        ),
    ] = None,
    executor: Annotated[
        ExecutorKind,
        typer.Option(
            "--executor",
            help="Where speech is made: here, or on a Dask cluster.",
            case_sensitive=False,
        ),
    ] = ExecutorKind.LOCAL,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="<address>",
            help="Dask scheduler address, e.g. tcp://HOST:8786.",
            show_default=False,
        ),
    ] = None,
    worker_threads: Annotated[
        int | None,
        typer.Option(
            "--worker-threads",
            help="ONNX Runtime threads per task on Dask workers (default: the worker decides).",
            show_default=False,
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            metavar="<glob>",  # Typer's own label, <list[str]>, read as a Python list to type
            help="Leave out the files, and the folders with all they hold, whose name matches "
            "this glob; repeatable.",
        ),
    ] = None,
    lang: Annotated[
        str,
        typer.Option(
            "--lang",
            metavar="<code>",
            help="Language of every statement, or auto to detect each one.",
            callback=language_code,
        ),
    ] = "auto",
    engine: EngineOpt = "piper",
    no_audio: Annotated[
        bool, typer.Option("--no-audio", help="Skip speech: text, scores and HTML only.")
    ] = False,
    versions: Annotated[
        Versions, typer.Option("--versions", help="Which texts to speak.", case_sensitive=False)
    ] = Versions.BOTH,
    max_section_words: Annotated[
        int,
        typer.Option("--max-section-words", help="Most words in a body section, from 40 to 5000."),
    ] = 250,
    rewriter: RewriterOpt = DEFAULT_REWRITER,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    max_input_mb: MaxInputOpt = 20.0,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild every package, even those up to date.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bars; print only the summary.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Make a package for each of many statements, plus a catalogue; failures stay per statement."""
    from pipeline.batch import BatchSettings, run_batch

    settings = BatchSettings(
        inputs=tuple(inputs),
        output_dir=output,
        exclude=tuple(exclude or ()),
        language=lang,
        engine=engine,
        audio=not no_audio,
        versions=versions,
        max_section_words=max_section_words,
        rewriter=rewriter,
        jobs=jobs,
        executor=executor,
        scheduler=scheduler,
        worker_threads=worker_threads,
        cache_dir=cache_dir,
        use_cache=not no_cache,
        force=force,
        max_input_mb=max_input_mb,
    )
    show_progress = not quiet and not as_json and _stderr_is_terminal()
    with _batch_progress(show_progress) as reporter:
        result = _guarded(
            lambda: run_batch(settings, reporter=reporter), as_json, _INTERRUPTED_BUILD
        )
    from pipeline.engines import is_offline

    warnings = [*_unused_options(ctx), *result.skipped]
    if result.synthesised and not is_offline(engine):
        warnings.append(
            f"the statements' text was sent to an online service to be spoken (--engine "
            f"{engine}); the default, --engine piper, keeps it on this machine."
        )
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "catalogue": str(result.catalogue_html),
                    "catalogue_json": str(result.catalogue_json),
                    "seconds": result.seconds,
                    "audio_seconds": result.audio_seconds,
                    "synthesised": result.synthesised,
                    "failed": len(result.failed),
                    "statements": [o.to_json() for o in result.outcomes],
                    # Every warning the batch gives on stderr, as `run --json` lists them.
                    "warnings": warnings,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        _print_batch_table(result, audio_asked=not no_audio)
    _warn(warnings)
    if result.failed:
        raise typer.Exit(int(ExitCode.SOME_FAILED))


def _print_batch_table(result: Any, audio_asked: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    count = len(result.outcomes)
    table = Table(
        title=f"Batch: {count} statement{'' if count == 1 else 's'} in {result.seconds:.1f} s"
    )
    for column in ("Statement", "Status", "Lang", "Sections", "Audio", "Made", "Grade", "Note"):
        table.add_column(column)
    by_name = {o.name: o for o in result.outcomes}
    for o in result.outcomes:
        grades = f"{o.grade_before:.1f} → {o.grade_after:.1f}" if o.grade_before is not None else ""
        notes = [o.error or _left_as_written(o.other_language_paragraphs)]
        if o.renamed_from is not None and o.renamed_from in by_name:
            notes.append(
                f"{o.renamed_from} was taken by {by_name[o.renamed_from].source}, so named {o.name}"
            )
        table.add_row(
            o.name,
            o.status.value,
            o.language or "",
            str(o.sections or ""),
            f"{o.audio_seconds / 60:.1f} min" if o.clips else "",
            f"{o.synthesised}/{o.clips}" if o.clips else "",
            grades,
            "; ".join(note for note in notes if note),
        )
    Console(width=160).print(table)
    # A French grade is Kandel-Moles' on Flesch's table, a German one the Wiener
    # Sachtextformel's: the column is read by the formulas named under it.
    from pipeline.batch import grade_notes

    for note in grade_notes(result.outcomes):
        typer.echo(f"{note}.")
    # "0.0 minutes of audio, 0 clips synthesised" after --no-audio read as if speaking failed.
    spoken = any(o.clips for o in result.outcomes)
    audio = (
        f"{result.audio_seconds / 60:.1f} minutes of audio, {result.synthesised} clips synthesised"
        if spoken or audio_asked
        else "no audio"
    )
    typer.echo(f"Catalogue: {result.catalogue_html}\n{audio}, {len(result.failed)} failed.")


def _left_as_written(paragraphs: int) -> str:
    """The batch table's note for a statement that mixes languages."""
    if not paragraphs:
        return ""
    return f"{paragraphs} paragraph{'s' * (paragraphs != 1)} in another language left as written"


@contextmanager
def _batch_progress(enabled: bool) -> Iterator[Any]:
    with _progress_bars(enabled, label_width=34) as progress:
        yield _RichBatchReporter(progress) if progress is not None else None


@app.command(cls=_Command, epilog=_examples("plainvoice engines", "plainvoice engines --json"))
def engines(as_json: JsonOpt = False) -> None:
    """List the speech engines, and whether each can run here."""
    from pipeline.engines import ENGINES

    listing = []
    for name in ENGINES.names():
        engine = ENGINES.factory(name)("en")
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


@app.command(cls=_Command, epilog=_examples("plainvoice rewriters", "plainvoice rewriters --json"))
def rewriters(as_json: JsonOpt = False) -> None:
    """List the plain-language rewriters, and whether each keeps the text on this machine."""
    from pipeline.rewriters import DEFAULT_REWRITER, REWRITERS, get_rewriter

    listing = [
        {
            "name": name,
            "offline": get_rewriter(name).offline,
            "default": name == DEFAULT_REWRITER,
            "add_on": REWRITERS.distribution(name),
        }
        for name in REWRITERS.names()
    ]
    if as_json:
        typer.echo(json.dumps(listing, indent=2))
        return
    for item in listing:
        where = "offline" if item["offline"] else "online"
        notes = ["default"] if item["default"] else []
        if item["add_on"]:
            notes.append(str(item["add_on"]))
        typer.echo(f"{item['name']:<8} {where:<8} {', '.join(notes)}".rstrip())


@app.command(
    cls=_Command,
    epilog=_examples("plainvoice check site/statement", "plainvoice check site/statement.zip"),
)
def check(
    path: Annotated[
        Path,
        typer.Argument(
            metavar="PATH", help="A package folder or its ZIP file.", show_default=False
        ),
    ],
    as_json: JsonOpt = False,
) -> None:
    """Verify a package against its manifest: files, sizes, SHA-256, audio, HTML and EPUB.

    Exits 7 with a list of what is wrong; exits 3 when PATH is no package (no manifest.json).
    """
    from pipeline.check import check_package

    report = _guarded(lambda: check_package(path), as_json)
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


cache_app = typer.Typer(
    cls=_Group,
    help="Inspect, shrink or empty the speech cache.",
    epilog=_examples(
        "plainvoice cache info", "plainvoice cache prune --max-mb 500", "plainvoice cache clear"
    ),
    no_args_is_help=True,
)
app.add_typer(cache_app, name="cache")


def _cache(cache_dir: Path | None, as_json: bool = False) -> SpeechCache:
    """The speech cache; a --cache-dir that names a file is a usage error, as it is for `run`."""
    from pipeline.cache import SpeechCache, chosen_cache_dir_problem, default_cache_dir
    from pipeline.errors import UsageError

    if problem := chosen_cache_dir_problem(cache_dir):
        raise _fail(UsageError(problem), as_json)
    return SpeechCache(cache_dir or default_cache_dir())


@cache_app.command(
    cls=_Command,
    name="info",
    epilog=_examples(
        "plainvoice cache info", "plainvoice cache info --cache-dir /srv/plainvoice-cache --json"
    ),
)
def cache_info(cache_dir: CacheDirOpt = None, as_json: JsonOpt = False) -> None:
    """Show where the speech cache is, how many clips and phrases it holds, their size and limit."""
    from pipeline.cache import cache_limit_bytes

    info = _cache(cache_dir, as_json).info()
    limit = _guarded(cache_limit_bytes, as_json)
    payload = {
        "path": str(info.path),
        "entries": info.entries,
        "phrases": info.phrases,
        "bytes": info.size_bytes,
        "limit_bytes": limit,
    }
    text = (
        f"Speech cache: {info.path}\n{info.entries} clips, {info.phrases} phrases, "
        f"{format_size(info.size_bytes)} (limit {format_size(limit)})"
    )
    typer.echo(json.dumps(payload, indent=2) if as_json else text)


@cache_app.command(
    cls=_Command,
    name="prune",
    epilog=_examples("plainvoice cache prune", "plainvoice cache prune --max-mb 500 --json"),
)
def cache_prune(
    max_mb: Annotated[
        float | None,
        typer.Option(
            "--max-mb",
            min=0,
            metavar=_NUMBER,
            help="Size to shrink the cache to, in MB of 1,000,000 bytes (default: the limit, "
            "$PLAINVOICE_CACHE_MAX_MB or 2000).",
        ),
    ] = None,
    cache_dir: CacheDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Delete the least recently used clips and phrases until the cache fits its size limit.

    Runs do this by themselves after speaking; use it to make room now or to shrink further.
    """
    from pipeline.cache import cache_limit_bytes
    from pipeline.errors import UsageError

    if max_mb is not None and max_mb == float("inf"):
        raise _fail(
            UsageError("--max-mb inf is not a size", hint="give a number such as 500"), as_json
        )
    limit = round(max_mb * MEGABYTE) if max_mb is not None else _guarded(cache_limit_bytes, as_json)
    cache = _cache(cache_dir, as_json)
    result = cache.prune(limit)
    payload = {
        # Which cache, as `cache info` and `cache clear` say: it was the one key they lacked.
        "path": str(cache.root),
        "removed": result.removed,
        "freed_bytes": result.freed_bytes,
        "bytes": result.size_bytes,
        "limit_bytes": limit,
    }
    text = (
        f"Removed {result.removed} least recently used entries "
        f"({format_size(result.freed_bytes)}); the cache holds "
        f"{format_size(result.size_bytes)} of {format_size(limit)} allowed."
    )
    typer.echo(json.dumps(payload, indent=2) if as_json else text)


@cache_app.command(
    cls=_Command,
    name="clear",
    epilog=_examples("plainvoice cache clear", "plainvoice cache clear --cache-dir /tmp/speech"),
)
def cache_clear(cache_dir: CacheDirOpt = None, as_json: JsonOpt = False) -> None:
    """Delete every cached clip and phrase, and the remembered hashes of voice files.

    The next run synthesises all its speech again. Other files in the folder are left alone.
    """
    cache = _cache(cache_dir, as_json)
    held = cache.info()
    removed = _guarded(cache.clear, as_json)
    if as_json:
        payload = {
            "path": str(cache.root),
            "removed": removed,
            "phrases_removed": held.phrases,
            "freed_bytes": held.size_bytes,
        }
        typer.echo(json.dumps(payload, indent=2))
        return
    # Phrases are most of the cache's size: a count of clips alone said far less was freed.
    typer.echo(
        f"Removed {removed} cached clip{'' if removed == 1 else 's'} and {held.phrases} "
        f"phrase{'' if held.phrases == 1 else 's'} ({format_size(held.size_bytes)}) "
        f"from {cache.root}"
    )


@app.command(cls=_Command, epilog=_examples("plainvoice voices", "plainvoice voices --json"))
def voices(as_json: JsonOpt = False) -> None:
    """List the voices this machine can speak with (Piper voice files and espeak-ng voices)."""
    from pipeline.engines.voices import all_voices

    listing = all_voices()
    if as_json:
        typer.echo(json.dumps([asdict(v) for v in listing], ensure_ascii=False, indent=2))
        return
    for v in listing:
        marker = " (default)" if v.default else ""
        # A file that is plainly no voice is listed, so its owner learns why it is not used.
        problem = f"  unusable: {v.problem}" if v.problem else ""
        typer.echo(f"{v.engine:<7} {v.language:<8} {v.name}{marker}  [{v.description}]{problem}")


_REGEX_CACHE: Final = 4096
"""Compiled patterns the `re` module keeps for reuse (Python's default: 512).

pysbd and the rules build patterns for each sentence they read; at 512, each new one pushed
out one still in use, and pysbd compiled its own rules again for every paragraph: 8,217
compilations on a 5,600-word statement (1.3 CPU-s), 2,237 at 4,096, peak memory the same.
"""

_GC_THRESHOLD: Final = 10_000
"""New objects between two passes of the cycle collector (Python's default: 700).

A run makes modules, templates and word tables by the hundred thousand and keeps them to the
end; at 700 the collector spent 0.14 CPU-s of the sample's run walking them again and again.
"""


def main() -> None:
    """Console-script entry point.

    Once a command has finished, every file it wrote is closed and renamed into place, so the
    process ends there, without the interpreter's teardown: freeing the language data (lemmas,
    word frequencies) took 0.15-0.2 s of every run, measured on the sample. A failure (any
    non-zero exit) and Ctrl-C still unwind as usual.
    """
    gc.set_threshold(_GC_THRESHOLD)
    re._MAXCACHE = _REGEX_CACHE  # type: ignore[attr-defined]  # no public setting; 3.11-3.13
    try:
        app()
    except SystemExit as finished:
        code = finished.code
    except KeyboardInterrupt:
        # Ctrl-C while Typer builds the commands from their signatures, before any of
        # plainvoice's own handling runs: it printed a traceback through typer/main.py.
        typer.echo(f"plainvoice: {_INTERRUPTED}", err=True)
        code = int(ExitCode.INTERRUPTED)
    else:
        code = 0
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        # A reader that went away (… | head) has all it wanted.
        with suppress(OSError, ValueError):
            stream.flush()
    if code:
        # A failed run may leave worker queues open (the engine was refused after the
        # workers started): the usual teardown releases them, where a bare exit left
        # "resource_tracker: … leaked semaphore objects" under the one-line error.
        sys.exit(code)
    os._exit(0)
