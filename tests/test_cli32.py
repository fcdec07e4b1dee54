"""The command line as a new user meets it: options it cannot use, warnings, bars, bad input."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from typer.testing import CliRunner, Result

from pipeline.cli import app
from pipeline.errors import ExitCode
from tests.test_language_mixed import BILINGUAL

WARNING = "plainvoice: warning: "


def _run_without_building(runner: CliRunner, args: list[str]) -> Result:
    """`run` with the build replaced by an empty package: only the CLI's own work is done."""
    with mock.patch("pipeline.cli.build_package", autospec=True) as build:
        build.return_value.package.manifest = {"audio_seconds": 0, "sections": []}
        return runner.invoke(app, ["run", *args])


def _warnings(result: Result) -> list[str]:
    return [line.removeprefix(WARNING) for line in result.stderr.splitlines()]


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (
            ["--no-audio", "--voice", "en-gb", "--rate", "0.8"],
            "--no-audio makes no speech, so --voice and --rate had no effect",
        ),
        (
            ["--no-audio", "--engine", "gtts", "--no-announce", "--section-pause", "900"],
            "--no-audio makes no speech, so --engine, --no-announce and --section-pause had "
            "no effect",
        ),
        (["--slow"], "--slow is for --engine gtts only; --engine piper ignored it"),
        (
            ["--engine", "espeak", "--tld", "co.uk", "--slow"],
            "--tld and --slow are for --engine gtts only; --engine espeak ignored them",
        ),
        (
            ["--no-cache", "--cache-dir", "{tmp}/cache"],
            "--no-cache uses no speech cache, so --cache-dir had no effect",
        ),
    ],
)
def test_run_names_the_options_it_cannot_use(
    runner: CliRunner, sample_path: Path, tmp_path: Path, given: list[str], said: str
) -> None:
    # They were dropped without a word: `--no-audio --voice en-gb` ended as if a voice had
    # been chosen, and `--slow` with Piper as if a slower voice existed.
    args = [str(sample_path), "-o", str(tmp_path / "out"), "-q"]
    given = [value.format(tmp=tmp_path) for value in given]
    result = _run_without_building(runner, [*args, *given])
    assert result.exit_code == 0, result.output
    assert _warnings(result) == [said]
    as_json = _run_without_building(runner, [*args, *given, "--json"])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.stdout)["warnings"] == [said]
    assert _warnings(as_json) == [said]


@pytest.mark.parametrize(
    "given",
    [
        ["--no-audio"],
        ["--no-audio", "--lexicon", "{tmp}/words.toml", "--versions", "both"],
        ["--engine", "gtts", "--tld", "co.uk", "--slow"],
        ["--cache-dir", "{tmp}/cache"],
        ["--no-cache"],
    ],
)
def test_run_says_nothing_of_options_it_uses_or_that_were_not_given(
    runner: CliRunner, sample_path: Path, tmp_path: Path, given: list[str]
) -> None:
    # --lexicon also marks words for review in the text, so it is used without audio, and
    # an option not typed says nothing...
    (tmp_path / "words.toml").write_text('[words]\nINTERPOL = "interpol"\n', encoding="utf-8")
    given = [value.format(tmp=tmp_path) for value in given]
    args = [str(sample_path), "-o", str(tmp_path / "out"), "-q", *given]
    result = _run_without_building(runner, args)
    assert result.exit_code == 0, result.output
    warned = [w for w in _warnings(result) if "had no effect" in w or "ignored" in w]
    if "--versions" in given:
        # ... but one typed is named, even at its default value: it does nothing here.
        assert warned == ["--no-audio makes no speech, so --versions had no effect"]
    else:
        assert warned == []


def test_batch_names_the_options_it_cannot_use_in_json_too(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "statement.txt").write_bytes(sample_path.read_bytes())
    command = ["batch", str(inbox), "-o", str(tmp_path / "out"), "--no-audio", "-j", "2"]
    result = runner.invoke(app, [*command, "--json"])
    assert result.exit_code == 0, result.output
    said = "--no-audio makes no speech, so --jobs had no effect"
    assert json.loads(result.stdout)["warnings"] == [said]
    assert result.stderr == f"{WARNING}{said}\n"
    plain = runner.invoke(app, ["batch", str(inbox), "-o", str(tmp_path / "out"), "--json"])
    assert json.loads(plain.stdout)["warnings"] == []


@pytest.mark.parametrize("command", ["sections", "score"])
def test_previews_give_the_mixed_language_warning_in_every_form(
    runner: CliRunner, command: str
) -> None:
    # `score` never gave it and `sections --json` neither; a script had no way to learn it.
    as_json = runner.invoke(app, [command, "-", "--json"], input=BILINGUAL)
    assert as_json.exit_code == 0, as_json.output
    warnings = json.loads(as_json.stdout)["warnings"]
    assert len(warnings) == 1 and "mixes languages" in warnings[0]
    assert _warnings(as_json) == warnings
    table = runner.invoke(app, [command, "-"], input=BILINGUAL)
    assert table.exit_code == 0 and _warnings(table) == warnings


@pytest.mark.parametrize("command", ["sections", "score"])
def test_previews_show_a_reading_bar_only_on_a_terminal(
    runner: CliRunner, sample_path: Path, command: str
) -> None:
    # A 400 kB statement took a minute to split with nothing on the screen.
    with mock.patch("pipeline.cli._stderr_is_terminal", return_value=True):
        shown = runner.invoke(app, [command, str(sample_path)])
        typed = runner.invoke(app, [command, "-"], input=BILINGUAL)
        as_json = runner.invoke(app, [command, str(sample_path), "--json"])
    assert shown.exit_code == 0 and "Reading the statement" in shown.stderr
    assert "Reading the statement" not in shown.stdout
    # Not over a statement being typed at the terminal, nor beside --json.
    assert "Reading the statement" not in typed.stderr
    assert as_json.stderr == "" and json.loads(as_json.stdout)["sections"]
    piped = runner.invoke(app, [command, str(sample_path)])
    assert piped.stderr == ""


def test_the_main_help_lists_every_exit_code(runner: CliRunner) -> None:
    # They were only in the README.
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for code in ExitCode:
        assert f" {int(code)} " in text, code


def test_cache_dir_help_names_its_environment_variable(runner: CliRunner) -> None:
    for command in (["run"], ["batch"], ["cache", "info"]):
        result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
        assert "$PLAINVOICE_CACHE_DIR" in result.stdout, command


def _hostile_files(folder: Path, sample: str) -> dict[str, Path]:
    """Inputs a new user's folder holds, each as a file."""
    files = {
        "empty": b"",
        "whitespace": b"  \n\n\t\n",
        "binary": bytes(range(256)) * 8,
        "nul inside text": sample.encode() + b"\0" + sample.encode(),
        "bell inside text": sample.encode()[:400] + b"\x07" + sample.encode()[400:],
        "controls all through": b"\x07\x1b".join(
            sample.encode()[i : i + 40] for i in range(0, 800, 40)
        ),
        "utf-16 without BOM": sample.encode("utf-16-le"),
        "latin-1": ("Déclaration du ministère. " + sample).encode("latin-1", "replace"),
        "script and tags": ("<script>alert(1)</script><b>Bold</b>\n\n" + sample).encode(),
        "bidi and zero-width": ("\u202eevil\u202c title\u200b\n\n" + sample).encode(),
    }
    paths = {}
    for name, data in files.items():
        path = folder / f"{name.replace(' ', '-')}.txt"
        path.write_bytes(data)
        paths[name] = path
    paths["directory"] = folder / "a-folder"
    paths["directory"].mkdir()
    paths["missing"] = folder / "missing.txt"
    return paths


REFUSED = {
    "empty": "the input is empty",
    "whitespace": "only whitespace",
    "binary": "binary data",
    "nul inside text": "binary data",
    "controls all through": "control byte 0x07",
    "directory": "is a directory",
    "missing": "file not found",
}
READ = ("utf-16 without BOM", "latin-1", "script and tags", "bidi and zero-width")
WARNED = {"bell inside text": "dropped 1 stray control character (0x07) on line"}
"""Read, with one warning: a stray control byte is dropped, not taken for binary data."""


@pytest.mark.parametrize("command", ["sections", "score", "run"])
def test_hostile_inputs_give_one_line_or_clean_json(
    runner: CliRunner, sample_path: Path, tmp_path: Path, command: str
) -> None:
    files = _hostile_files(tmp_path, sample_path.read_text(encoding="utf-8"))
    extra = ["-o", str(tmp_path / "out"), "--no-audio", "-q"] if command == "run" else []
    for name, path in files.items():
        result = runner.invoke(app, [command, str(path), "--json", *extra])
        payload: dict[str, Any] = json.loads(result.stdout)  # only JSON on stdout, always
        assert "Traceback" not in result.output, name
        if name in REFUSED:
            assert result.exit_code == ExitCode.INPUT, (name, result.output)
            assert result.stderr.count("\n") == 1, (name, result.stderr)
            assert result.stderr.startswith("plainvoice: error: "), name
            assert REFUSED[name] in result.stderr, (name, result.stderr)
            assert payload["error"]["exit_code"] == ExitCode.INPUT
            assert payload["error"]["message"] in result.stderr
        else:
            assert name in READ or name in WARNED
            assert result.exit_code == 0, (name, result.output)
            if name in WARNED:
                assert result.stderr.startswith("plainvoice: warning: "), (name, result.stderr)
                assert result.stderr.count("\n") == 1 and WARNED[name] in result.stderr
            else:
                assert result.stderr == "", (name, result.stderr)
            assert payload["language"] == "en" and payload["sections"], name
            shown = json.dumps(payload, ensure_ascii=False)
            assert "\u202e" not in shown and "\u200b" not in shown


def test_an_input_over_the_limit_is_one_line_naming_the_option(
    runner: CliRunner, sample_path: Path
) -> None:
    for command in ("sections", "score"):
        result = runner.invoke(app, [command, str(sample_path), "--max-input-mb", "0.001"])
        assert result.exit_code == ExitCode.INPUT
        assert result.stderr.count("\n") == 1 and "--max-input-mb" in result.stderr


@pytest.mark.parametrize(
    ("args", "command"),
    [(["--json", "run", "notes.txt"], "run"), (["cache", "--json", "info"], "cache info")],
)
def test_an_option_put_before_its_command_says_where_it_goes(
    runner: CliRunner, args: list[str], command: str
) -> None:
    # "No such option: --json (Possible options: --version)" read as if there were no --json.
    result = runner.invoke(app, args)
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.count("\n") == 1
    assert f"as in 'plainvoice {command} … --json'" in result.stderr
    assert "Possible options" not in result.stderr
    assert json.loads(result.stdout)["error"]["name"] == "USAGE"


def test_an_option_no_command_takes_keeps_the_parser_message(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--jsn", "run", "notes.txt"])
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == ("plainvoice: error: No such option: --jsn (see 'plainvoice --help')\n")


@pytest.mark.parametrize(("given", "taken"), [("Plain", "plain"), ("ORIGINAL", "original")])
def test_versions_takes_any_case_as_lang_and_engine_do(
    runner: CliRunner, sample_path: Path, tmp_path: Path, given: str, taken: str
) -> None:
    # `--lang DE` and `--engine Piper` were taken, `--versions Plain` refused.
    with mock.patch("pipeline.cli.build_package", autospec=True) as build:
        build.return_value.package.manifest = {"audio_seconds": 0, "sections": []}
        args = ["run", str(sample_path), "-o", str(tmp_path), "-q", "--versions", given]
        result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert build.call_args.args[0].versions.value == taken


@pytest.mark.parametrize("terminal", [True, False])
def test_a_statement_typed_at_the_terminal_is_read_before_the_bar_starts(
    runner: CliRunner, tmp_path: Path, terminal: bool
) -> None:
    # The bar was drawn over what was being typed, from the first key, with the cursor
    # hidden; the speech workers started too, to wait for the paste.
    events: list[str] = []
    typed = b"We will open 40 new schools in 2027. They will serve 12,000 pupils.\n"

    def build(settings: object, reporter: object = None, stdin: bytes | None = None) -> Any:
        events.append(f"build given {stdin!r}")
        raise SystemExit(0)

    class Bar:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def __enter__(self) -> Bar:
            events.append(f"bar drawn after reading {sys.stdin.buffer.tell()} bytes")
            return self

        def __exit__(self, *exc: object) -> None:
            pass

    with (
        mock.patch("pipeline.cli._stdin_is_terminal", return_value=terminal),
        mock.patch("pipeline.cli._stderr_is_terminal", return_value=True),
        mock.patch("pipeline.cli.build_package", build),
        mock.patch("rich.progress.Progress", Bar),
    ):
        result = runner.invoke(app, ["run", "-", "-o", str(tmp_path)], input=typed)
    assert result.exit_code == 0, result.output
    if terminal:
        assert "paste or type it" in result.stderr
        assert events == [f"bar drawn after reading {len(typed)} bytes", f"build given {typed!r}"]
    else:  # a pipe or a file: the build reads it, as before
        assert events == ["bar drawn after reading 0 bytes", "build given None"]


def test_every_cache_command_names_its_cache_in_json(runner: CliRunner, tmp_path: Path) -> None:
    for command in ("info", "prune", "clear"):
        result = runner.invoke(app, ["cache", command, "--cache-dir", str(tmp_path), "--json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["path"] == str(tmp_path), command
        assert result.stderr == ""
