from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Final
from unittest import mock

import pytest
import typer.core
import typer.main
from typer.testing import CliRunner, Result

from pipeline import __version__
from pipeline.cli import app
from pipeline.errors import ExitCode
from tests.fakes import SilentEngine


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"plainvoice {__version__}"


@pytest.mark.parametrize("command", ["run", "sections", "score", "engines"])
def test_every_command_explains_itself(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout and len(result.stdout) > 200


def test_run_starts_the_workers_and_hands_them_to_the_build(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    """The CLI starts the synthesis pool before it loads the stages, and the build uses it."""
    events: list[str] = []

    class RecordingPool:
        def __init__(self, workers: int, cores: int | None = None, warm: object = None) -> None:
            events.append(f"pool of {workers}, warming {type(warm).__name__}")

        def __enter__(self) -> RecordingPool:
            return self

        def __exit__(self, *exc: object) -> None:
            events.append("pool stopped")

    def recording_build(settings: object, **options: object) -> object:
        events.append(f"build with {type(options['pool']).__name__}")
        raise SystemExit(0)  # the stages themselves are tested elsewhere

    with (
        mock.patch("pipeline.parallel.SynthesisPool", RecordingPool),
        mock.patch("pipeline.parallel.available_cores", return_value=2),
        mock.patch("pipeline.build.build_package", recording_build),
    ):
        runner.invoke(app, ["run", str(sample_path), "-o", str(tmp_path), "--jobs", "2", "-q"])
    assert events == [
        "pool of 2, warming PiperEngine",
        "build with RecordingPool",
        "pool stopped",
    ]


def test_run_passes_options_to_the_library(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    with mock.patch("pipeline.cli.build_package", autospec=True) as build:
        build.return_value.package.manifest = {"audio_seconds": 0}
        build.return_value.statement.sections = ()
        result = runner.invoke(
            app,
            ["run", str(sample_path), "-o", str(tmp_path), "--engine", "gtts", "--no-audio", "-q"],
        )
    assert result.exit_code == 0, result.output
    settings = build.call_args.args[0]
    assert settings.input_path == sample_path
    assert settings.output_dir == tmp_path
    assert settings.engine == "gtts" and settings.audio is False


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["run", "missing.txt"], ExitCode.INPUT, "file not found"),
        (["run", "{sample}", "--engine", "festival"], ExitCode.USAGE, "unknown engine 'festival'"),
        (["run", "{sample}", "--lang", "xx"], ExitCode.USAGE, "language 'xx' is not supported"),
        (["score", "{empty}"], ExitCode.INPUT, "is empty"),
        (["sections", "{binary}"], ExitCode.INPUT, "binary"),
        (["run", "{sample}", "--date", "someday"], ExitCode.USAGE, "--date 'someday' is not"),
        (["run", "{sample}", "--title", " "], ExitCode.USAGE, "--title must be 1 to 300"),
        (["run", "{sample}", "--speaker", "A\nB"], ExitCode.USAGE, "--speaker must be"),
    ],
)
def test_errors_are_one_line_on_stderr_with_a_documented_code(
    runner: CliRunner,
    sample_path: Path,
    tmp_path: Path,
    args: list[str],
    code: ExitCode,
    fragment: str,
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.png").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    )
    filled = [
        a.format(sample=sample_path, empty=tmp_path / "empty.txt", binary=tmp_path / "binary.png")
        for a in args
    ]
    result = runner.invoke(
        app, [*filled, "-o", str(tmp_path / "out")] if args[0] == "run" else filled
    )
    assert result.exit_code == code
    assert fragment in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("plainvoice: error:")
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_gtts_offline_is_a_clear_message_not_a_traceback(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["run", str(sample_path), "-o", str(tmp_path), "--engine", "gtts"])
    assert result.exit_code == ExitCode.SYNTHESIS
    assert "could not reach Google" in result.stderr and "--engine piper" in result.stderr
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_score_json_for_machines(runner: CliRunner, sample_path: Path) -> None:
    result = runner.invoke(app, ["score", str(sample_path), "--json"])
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert 12 < payload["whole"]["flesch_kincaid_grade"] < 16
    assert len(payload["sections"]) >= 4


def test_sections_reads_stdin(runner: CliRunner, sample_path: Path) -> None:
    result = runner.invoke(app, ["sections", "-", "--json"], input=sample_path.read_bytes())
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["meta"]["speaker"] == "Jürgen Stock"
    assert [s["kind"] for s in payload["sections"]][:2] == ["title", "greeting"]


def test_score_table_is_readable(runner: CliRunner, sample_path: Path) -> None:
    result = runner.invoke(app, ["score", str(sample_path)])
    assert result.exit_code == 0
    assert "Whole" in result.stdout and "about grade" in result.stdout


def test_engines_lists_both(runner: CliRunner) -> None:
    result = runner.invoke(app, ["engines", "--json"])
    listing = {item["name"]: item for item in json.loads(result.stdout)}
    assert listing["piper"]["offline"] is True and listing["piper"]["available"] is True
    assert listing["gtts"]["offline"] is False


def test_rewriters_lists_the_offline_rules_as_default(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rewriters", "--json"])
    assert result.exit_code == 0
    listing = {item["name"]: item for item in json.loads(result.stdout)}
    assert listing["rules"] == {"name": "rules", "offline": True, "default": True, "add_on": None}
    table = runner.invoke(app, ["rewriters"])
    assert table.stdout.split() == ["rules", "offline", "default"]


def test_title_speaker_and_date_from_the_command_line_win(
    runner: CliRunner, tmp_path: Path
) -> None:
    speech = tmp_path / "speech.txt"
    speech.write_text(
        "Mister President,\n\nThe 75th anniversary of the United Nations falls at a moment of "
        "great danger for our people. We must act together now.\n\nFive years ago, the Paris "
        "Agreement on Climate Change was signed by 195 countries. It still guides us.\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app,
        [
            "run", str(speech), "-o", str(tmp_path / "out"), "--no-audio", "-q",
            "--title", "Statement to the General Assembly",
            "--speaker", "Anna Berg, Minister for Foreign Affairs",
            "--date", "23 September 2020",
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    folder = tmp_path / "out" / "speech"
    manifest = json.loads((folder / "manifest.json").read_text())
    meta = manifest["statement"]
    assert meta["title"] == "Statement to the General Assembly"
    assert (meta["speaker"], meta["speaker_role"]) == ("Anna Berg", "Minister for Foreign Affairs")
    assert (meta["date_text"], meta["date_start"]) == ("23 September 2020", "2020-09-23")
    lead = (folder / "summary.txt").read_text().splitlines()[0]
    assert (
        lead == "Anna Berg, Minister for Foreign Affairs, gave this statement to the General "
        "Assembly on 23 September 2020."
    )
    # What the user said is known, not invented: the summary's fact check passes.
    assert manifest["summary"]["facts"]["invented"] == []
    assert "Statement to the General Assembly" in (folder / "index.html").read_text()


def test_run_says_when_the_plain_version_is_left_as_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    speech = tmp_path / "discours.txt"
    speech.write_text(
        "Monsieur le Président,\n\nJ'ai le grand privilège de vous transmettre le salut "
        "fraternel du peuple du Burkina Faso. Nous devons agir ensemble pour la paix.\n\n"
        "Le Sahel a besoin de la paix, et nous la construirons avec nos partenaires.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["run", str(speech), "-o", str(tmp_path / "out"), "--no-audio"])
    assert result.exit_code == 0, result.output
    assert "Plain version: left as written (the plain-language rules are for English)." in (
        result.stdout
    )
    # The language it was read in is said, as the page's formulas and the voice follow it.
    assert "\nLanguage: fr.\n" in result.stdout, result.stdout


def test_the_console_entry_point_keeps_output_and_exit_codes(tmp_path: Path) -> None:
    # main() ends the process without the interpreter's teardown: what the command printed,
    # even into a pipe, and its exit code must still arrive.
    import subprocess
    import sys

    scored = subprocess.run(
        [sys.executable, "-m", "pipeline", "score", "-", "--json"],
        input="We will act today. The plan is clear and it is ours.",
        capture_output=True,
        text=True,
        check=False,
    )
    assert scored.returncode == 0
    assert "flesch_kincaid_grade" in json.loads(scored.stdout)["whole"]
    missing = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(tmp_path / "absent.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == ExitCode.INPUT
    assert missing.stderr.startswith("plainvoice: error:")
    assert not (tmp_path / "output").exists()


def test_an_engine_refused_after_the_workers_started_gives_one_line(tmp_path: Path) -> None:
    """The workers start before the language is known; when no Piper voice exists for it,
    the error was followed by "resource_tracker: … leaked semaphore objects"."""
    import subprocess
    import sys

    statement = tmp_path / "it.txt"
    statement.write_text(
        "Il governo stanzia venti milioni di euro per le scuole rurali del paese. "
        "I lavori iniziano in primavera e durano due anni.\n",
        encoding="utf-8",
    )
    refused = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(statement), "-o", str(tmp_path / "out"),
         "--jobs", "2"],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert refused.returncode == ExitCode.ENGINE_UNAVAILABLE, refused.stderr
    assert refused.stderr.count("\n") == 1, refused.stderr
    assert "no offline Piper voice for language 'it'" in refused.stderr
    assert "a Piper voice file for 'it'" in refused.stderr


def test_a_one_section_statement_is_one_section_not_one_sections(
    runner: CliRunner, tmp_path: Path
) -> None:
    speech = tmp_path / "short.txt"
    speech.write_text("We will act now.\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(speech), "-o", str(tmp_path / "out"), "--no-audio"])
    assert result.exit_code == 0, result.output
    # "0.0 minutes of audio" after --no-audio read as if speaking had failed.
    assert "\n1 section, no audio." in result.stdout, result.stdout


@pytest.mark.parametrize("command", [["info"], ["info", "--json"], ["prune"], ["clear"]])
def test_a_cache_dir_that_names_a_file_is_a_usage_error_for_the_cache_commands(
    runner: CliRunner, tmp_path: Path, command: list[str]
) -> None:
    # `run` refused it (exit 2, as documented); `cache` reported an empty cache in the file,
    # and `cache clear` said "Removed 0 cached clips from notes.txt".
    notes = tmp_path / "notes.txt"
    notes.write_text("not a cache\n", encoding="utf-8")
    result = runner.invoke(app, ["cache", *command, "--cache-dir", str(notes)])
    assert result.exit_code == ExitCode.USAGE, result.output
    message = f"cache path {notes} exists and is not a folder"
    # With --json, the error is JSON on stdout too (see the test of every command's errors).
    assert result.stdout == "" or json.loads(result.stdout)["error"]["message"] == message
    assert result.stderr == f"plainvoice: error: {message}\n"
    assert notes.read_text(encoding="utf-8") == "not a cache\n"


def test_score_says_which_columns_are_english_formulas_for_another_language(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A German table showed "FK grade 16.3" beside "about grade 10" without saying why."""
    rede = tmp_path / "rede.txt"
    rede.write_text(
        "Die Regierung stellt heute 20 Millionen Euro für ländliche Schulen bereit. "
        "Die Arbeiten an den Gebäuden beginnen im Frühjahr und dauern zwei Jahre.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["score", str(rede), "--lang", "de"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    assert "FK grade, Fog and SMOG are English formulas, for comparison only" in said, said
    assert "Grade by Wiener Sachtextformel (German)." in said, said
    english = runner.invoke(app, ["score", "-", "--lang", "en"], input="We will act now today.")
    assert "English formulas" not in english.stdout
    assert "Grade by Flesch-Kincaid (English)." in " ".join(english.stdout.split())


@pytest.mark.parametrize("typed", ["DE", "de-DE", "de_AT", " de "])
def test_lang_takes_a_language_tag_as_people_type_it(runner: CliRunner, typed: str) -> None:
    """'--lang DE' and '--lang de-DE' were refused as unsupported languages."""
    text = "Die Regierung stellt heute 20 Millionen Euro für ländliche Schulen bereit."
    result = runner.invoke(app, ["score", "-", "--lang", typed, "--json"], input=text)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] == "de"


def test_a_fact_an_edit_broke_is_named_with_its_section_on_stderr_and_in_json(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    # The run said only "1 flagged for review (see manifest.json)": the person who changed
    # "7-9 March" by mistake had to search the manifest for what and where.
    out = tmp_path / "out"
    first = runner.invoke(app, ["run", str(sample_path), "-o", str(out), "--no-audio", "-q"])
    assert first.exit_code == 0, first.output
    assert "warning" not in first.stderr
    plain_md = next(out.glob("*/plain.md")).read_text(encoding="utf-8")
    assert "on 7-9 March 2021." in plain_md
    edited = tmp_path / "edited.md"
    edited.write_text(plain_md.replace("on 7-9 March 2021.", "on 8-9 March 2021."), "utf-8")
    command = ["run", str(sample_path), "-o", str(out), "--no-audio", "--plain-from", str(edited)]
    result = runner.invoke(app, command)
    assert result.exit_code == 0, result.output
    assert "1 flagged for review" in result.stdout
    assert result.stderr == (
        "plainvoice: warning: section 1 'About this statement' (edited in plain.md, under "
        "<!-- section: 01-about-this-statement -->): '7-9' from the statement is missing; "
        "'8-9' is not in the statement.\n"
    )
    as_json = runner.invoke(app, [*command, "--json"])
    assert as_json.exit_code == 0 and as_json.stderr == ""
    (note,) = json.loads(as_json.stdout)["plain"]["review"]
    assert note["section"] == "01-about-this-statement" and note["reviewed_by_person"]
    assert (note["missing"], note["invented"]) == (["7-9"], ["8-9"])


def _help_words(runner: CliRunner, *command: str) -> str:
    """A command's help as plain words, without the boxes and line breaks of its layout."""
    result = runner.invoke(app, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    return " ".join(result.stdout.replace("│", " ").split())


@pytest.mark.parametrize("command", ["run", "sections", "score"])
def test_help_names_every_input_format_the_command_reads(runner: CliRunner, command: str) -> None:
    # It said "a UTF-8 text or Markdown file" while HTML, DOCX and PDF (and other encodings)
    # were read too: a user with a DOCX press release would think they had to convert it.
    words = _help_words(runner, command)
    assert "a text, Markdown, HTML, DOCX or PDF file, or - to read standard input" in words
    assert "UTF-8 text" not in words


def test_batch_help_names_every_engine_run_does(runner: CliRunner) -> None:
    # batch --help offered "piper (offline, default) or gtts", though espeak works there too
    # and is what its README section suggests for statements no Piper voice reads.
    engine = "piper (offline neural voice, default), espeak (offline, espeak-ng) or gtts"
    assert engine in _help_words(runner, "run")
    assert engine in _help_words(runner, "batch")


def test_batch_takes_the_cache_options_run_does(runner: CliRunner) -> None:
    # batch had --cache-dir but no --no-cache: "No such option: --no-cache".
    for option in ("--cache-dir <dir> Speech cache folder", "--no-cache Neither read nor write"):
        assert option in _help_words(runner, "run")
        assert option in _help_words(runner, "batch")


def test_help_says_which_megabyte_sizes_are_in(runner: CliRunner) -> None:
    # --max-input-mb counted 1024 x 1024 bytes and `cache prune --max-mb` 1,000,000; both
    # are SI now, and --help says so.
    for command in (("run",), ("batch",), ("sections",), ("score",)):
        assert "megabytes (MB of 1,000,000 bytes)" in _help_words(runner, *command)
    assert "in MB of 1,000,000 bytes" in _help_words(runner, "cache", "prune")


def test_cache_clear_counts_the_phrases_it_removes(runner: CliRunner, tmp_path: Path) -> None:
    # It said "Removed 17 cached clips" and nothing of the 97 phrases (most of the space)
    # it deleted with them; `cache info` lists both.
    from pipeline.cache import PHRASE_SUFFIX, SUFFIX, SpeechCache

    cache = SpeechCache(tmp_path / "cache")
    clip = cache._path("ab" + "0" * 62)
    phrases = [cache._phrase_path(f"c{n}" + "0" * 62) for n in range(3)]
    for path in (clip, *phrases):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\0" * 500_000)
    assert clip.suffix == SUFFIX and phrases[0].suffix == PHRASE_SUFFIX
    result = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Removed 1 cached clip and 3 phrases (2 MB) from {cache.root}\n"
    assert not clip.exists() and not any(path.exists() for path in phrases)


def test_a_flagged_sections_note_says_what_kept_its_wording() -> None:
    from pipeline.cli import _review_notes

    def note(fallbacks: list[str]) -> str:
        section = {"id": "04-x", "title": "X", "guard": {"flagged": True, "fallbacks": fallbacks}}
        return str(_review_notes({"sections": [section]})[0]["message"])

    # It said "so 3 kept the original wording": 3 what?
    assert "so 3 sentences keep their original wording" in note(["a: x", "b: y", "c: z"])
    assert "so 1 sentence keeps its original wording" in note(["a: x"])
    whole = note(["a: x", "the whole section"])
    assert "so the section keeps its original wording" in whole


PARSER_ERRORS = [
    (["run"], "Missing argument 'INPUT'", "run --help"),
    (["run", "--bogus", "x"], "No such option: --bogus", "run --help"),
    (["run", "{source}", "--target-grade", "abc"], "Invalid value for '--target-grade'", "run"),
    (["check"], "Missing argument 'PATH'", "check --help"),
    (["bogus"], "No such command 'bogus'", "--help"),
    (["cache", "prune", "--max-mb", "x"], "Invalid value for '--max-mb'", "cache prune --help"),
    (["run", "{source}", "--jobs", "many"], "Invalid value for '--jobs'", "run --help"),
]


@pytest.mark.parametrize(("args", "fragment", "help_for"), PARSER_ERRORS, ids=lambda v: str(v))
def test_a_usage_error_of_any_command_is_one_line_with_a_pointer_to_help(
    runner: CliRunner, tmp_path: Path, args: list[str], fragment: str, help_for: str
) -> None:
    """The parser's errors read as plainvoice's own do: one line, exit 2, no box drawn."""
    source = tmp_path / "f.txt"
    source.write_text("We act today.\n", encoding="utf-8")
    result = runner.invoke(app, [arg.format(source=source) for arg in args])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr.startswith("plainvoice: error: "), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert fragment in result.stderr and f"{help_for}" in result.stderr
    assert "--help" in result.stderr
    assert not set(result.stderr) & set("╭│╰─"), result.stderr


def test_a_file_whose_name_starts_with_a_dash_is_told_how_to_pass_it(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-notes.txt").write_text("We act today.\n", encoding="utf-8")
    result = runner.invoke(app, ["run", "-notes.txt"])
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.count("\n") == 1, result.stderr
    assert "write ./-notes.txt, or put it after -- at the end of the command" in result.stderr


def test_help_is_still_drawn_in_full(runner: CliRunner) -> None:
    result = runner.invoke(app, ["run", "--help"])
    assert result.exit_code == 0
    assert "--target-grade" in result.stdout and "╭" in result.stdout


def test_a_file_name_with_terminal_escapes_is_shown_escaped_in_the_error(
    runner: CliRunner, tmp_path: Path
) -> None:
    # The name went to the terminal raw: ESC sequences in it could clear or recolour it.
    missing = tmp_path / "\x1b[2J\u202egnp.txt"
    result = runner.invoke(app, ["sections", str(missing)])
    assert result.exit_code == ExitCode.INPUT
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "\\x1b[2J\\u202egnp.txt: file not found" in result.stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["run", "{missing}", "--no-audio", "--json"], ExitCode.INPUT),
        (["score", "{empty}", "--json"], ExitCode.INPUT),
        (["sections", "{missing}", "--json"], ExitCode.INPUT),
        (["check", "{missing}", "--json"], ExitCode.INPUT),
        (["batch", "{missing}", "--json"], ExitCode.INPUT),
        (["run", "{empty}", "--json", "--versions", "loud"], ExitCode.USAGE),
        (["run", "{empty}", "--json", "--rate", "9", "--no-audio"], ExitCode.USAGE),
        (["cache", "info", "--json", "--cache-dir", "{empty}"], ExitCode.USAGE),
        (["cache", "prune", "--json", "--max-mb", "inf"], ExitCode.USAGE),
        (["cache", "clear", "--json", "--cache-dir", "{empty}"], ExitCode.USAGE),
    ],
)
def test_with_json_an_error_is_json_on_stdout_as_well_as_one_line_on_stderr(
    runner: CliRunner, tmp_path: Path, args: list[str], code: ExitCode
) -> None:
    # stdout held nothing at all on an error: a script's json.loads (or jq) failed on empty
    # input and never learned what went wrong.
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    filled = [a.format(missing=tmp_path / "missing.txt", empty=empty) for a in args]
    result = runner.invoke(app, filled)
    assert result.exit_code == code, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith("plainvoice: error: ")
    assert json.loads(result.stdout) == {
        "error": {
            "exit_code": int(code),
            "name": code.name,
            "message": line.removeprefix("plainvoice: error: "),
        }
    }


def test_without_json_an_error_leaves_stdout_empty(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["score", str(tmp_path / "missing.txt")])
    assert result.exit_code == ExitCode.INPUT
    assert result.stdout == ""


def test_cache_clear_json(runner: CliRunner, tmp_path: Path) -> None:
    from pipeline.cache import SpeechCache

    cache = SpeechCache(tmp_path / "cache")
    phrase = cache._phrase_path("c1" + "0" * 62)
    phrase.parent.mkdir(parents=True)
    phrase.write_bytes(b"\0" * 1000)
    result = runner.invoke(app, ["cache", "clear", "--json", "--cache-dir", str(cache.root)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "path": str(cache.root),
        "removed": 0,
        "phrases_removed": 1,
        "freed_bytes": 1000,
    }


def test_a_batch_without_audio_says_no_audio_not_zero_minutes(
    runner: CliRunner, tmp_path: Path
) -> None:
    # "0.0 minutes of audio, 0 clips synthesised" read as if speaking had failed.
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "short.txt").write_text("We will act now. The plan starts in May.\n", "utf-8")
    result = runner.invoke(app, ["batch", str(inbox), "-o", str(tmp_path / "out"), "--no-audio"])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("\nno audio, 0 failed.\n"), result.stdout
    assert "minutes of audio" not in result.stdout


class OnlineEngine(SilentEngine):
    """An engine that says it sends the text to a service, as gTTS does (nothing is sent)."""

    name = "online"
    offline = False
    service = "Example speech service (speech.example.org)"


class DownEngine(OnlineEngine):
    """An online engine whose service cannot be reached."""

    name = "down"

    def synthesize(self, text: str) -> Any:
        from pipeline.errors import SynthesisError

        raise SynthesisError("could not reach speech.example.org")


@pytest.fixture
def online_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.engines import ENGINES

    for name in ("online", "down"):
        monkeypatch.setitem(ENGINES.built_ins, name, f"tests.test_cli:{name.title()}Engine")
    monkeypatch.setitem(ENGINES.built_ins, "silent", "tests.fakes:SilentEngine")


def test_a_run_that_sent_the_text_online_says_so_on_stderr_and_in_json(
    runner: CliRunner, tmp_path: Path, online_engines: None
) -> None:
    # A press officer with an embargoed statement saw only "Package: …": that the text went to
    # Google (or that Google failed and another voice spoke) was only in manifest.json.
    speech = tmp_path / "short.txt"
    speech.write_text("Embargoed until 10:00 BST.\n\nWe will act now.\n", encoding="utf-8")
    base = ["run", str(speech), "-o", str(tmp_path / "out"), "--versions", "original", "-j", "1"]
    offline = runner.invoke(app, [*base, "--engine", "silent", "--no-cache"])
    assert offline.exit_code == 0, offline.output
    assert "warning" not in offline.stderr
    sent = runner.invoke(app, [*base, "--engine", "online", "--force"])
    assert sent.exit_code == 0, sent.output
    assert sent.stderr == (
        "plainvoice: warning: the statement's text was sent to Example speech service "
        "(speech.example.org) to be spoken (--engine online); the default, --engine piper, "
        "keeps it on this machine.\n"
    )
    fell_back = runner.invoke(
        app, [*base, "--engine", "down", "--fallback", "silent", "--force", "--json"]
    )
    assert fell_back.exit_code == 0, fell_back.output
    (line,) = fell_back.stderr.splitlines()
    assert line.startswith(
        "plainvoice: warning: the statement's text was offered to Example speech service "
        "(speech.example.org) (--engine down), which failed; silent finished the speech offline."
    )
    assert "could not reach speech.example.org" in line
    told = json.loads(fell_back.stdout)
    assert told["engine"] == {
        "name": "down",
        "text_sent_online": True,
        "online_service": "Example speech service (speech.example.org)",
        "fallback": "silent",
        "fallback_reason": told["engine"]["fallback_reason"],
        "voice": told["engine"]["voice"],
    }
    assert "could not reach speech.example.org" in told["engine"]["fallback_reason"]
    assert told["warnings"] == [line.removeprefix("plainvoice: warning: ")]
    no_audio = runner.invoke(app, [*base, "--no-audio", "--force", "--json"])
    assert json.loads(no_audio.stdout)["engine"] is None
    # The options for speech that --no-audio leaves unused are said (and nothing else).
    assert json.loads(no_audio.stdout)["warnings"] == [
        "--no-audio makes no speech, so --versions and --jobs had no effect"
    ]


def test_a_batch_that_sent_the_text_online_says_so(
    runner: CliRunner, tmp_path: Path, online_engines: None
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "short.txt").write_text("We will act now. The plan starts in May.\n", "utf-8")
    command = ["batch", str(inbox), "-o", str(tmp_path / "out"), "-j", "1", "-q"]
    result = runner.invoke(app, [*command, "--engine", "online", "--versions", "original"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "plainvoice: warning: the statements' text was sent to an online service to be spoken "
        "(--engine online); the default, --engine piper, keeps it on this machine.\n"
    )


@pytest.mark.parametrize(
    ("start", "kind"),
    [(b"PK\x03\x04\x14\x00", "a Word document"), (b"%PDF-1.7\n", "a PDF")],
)
def test_a_plain_md_saved_as_a_document_is_refused_with_how_to_save_it_as_text(
    runner: CliRunner, sample_path: Path, tmp_path: Path, start: bytes, kind: str
) -> None:
    # Saved from Word as .docx, it was refused as "contains NUL bytes (binary data, not text)
    # at offset 5", which says nothing of what to do.
    saved = tmp_path / "plain.docx"
    saved.write_bytes(start + b"\0" * 64)
    command = ["run", str(sample_path), "-o", str(tmp_path / "out"), "--no-audio"]
    result = runner.invoke(app, [*command, "--plain-from", str(saved)])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr == (
        f"plainvoice: error: --plain-from file {saved} is {kind}"
        f"{' (or another ZIP)' if kind == 'a Word document' else ''}, not text: open it and "
        "save it as plain text (in Word: Save As, Plain Text (.txt), Unicode (UTF-8)), "
        "keeping the <!-- section --> markers\n"
    )
    assert not (tmp_path / "out").exists()


def test_an_online_fallback_is_refused_before_any_work(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    # `--engine espeak --fallback gtts` was taken, against the option's promise to finish
    # offline, and ended in a traceback when the engine was handed to the speech workers.
    out = tmp_path / "out"
    command = ["run", str(sample_path), "-o", str(out), "--engine", "espeak", "--fallback", "gtts"]
    result = runner.invoke(app, command)
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr == (
        "plainvoice: error: --fallback gtts is an online engine; the fallback finishes the run "
        "on this machine when the chosen engine fails (choose one of: espeak, piper)\n"
    )
    assert not out.exists()


def test_a_folder_given_to_run_points_at_batch(runner: CliRunner, tmp_path: Path) -> None:
    inbox = tmp_path / "press releases"
    inbox.mkdir()
    result = runner.invoke(app, ["run", str(inbox), "-o", str(tmp_path / "out"), "--no-audio"])
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr == (
        f"plainvoice: error: {inbox}: is a directory, not a file (to make a package of each "
        f"statement in it, run: plainvoice batch '{inbox}')\n"
    )


def test_a_value_not_among_the_choices_is_said_without_the_parsers_jargon(
    runner: CliRunner,
) -> None:
    result = runner.invoke(app, ["run", "statement.txt", "--versions", "loud"])
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith(
        "plainvoice: error: Invalid value for '--versions': 'loud' is not one of 'both', "
        "'original', 'plain' (see"
    ), result.stderr


def _sample_plain_md_and_greeting(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> tuple[Path, str, int, int]:
    """The sample's package folder, its plain.md, and where the greeting's section starts and ends."""
    out = tmp_path / "out"
    first = runner.invoke(app, ["run", str(sample_path), "-o", str(out), "--no-audio", "-q"])
    assert first.exit_code == 0, first.output
    plain_md = next(out.glob("*/plain.md")).read_text(encoding="utf-8")
    start = plain_md.index("<!-- section: 02-greeting -->")
    end = plain_md.index("<!-- end section -->", start) + len("<!-- end section -->")
    return out, plain_md, start, end


def _run_with_plain_from(
    runner: CliRunner, sample_path: Path, out: Path, edited: Path, text: str
) -> Result:
    """The sample run again with `text` as its edited plain.md; the run must succeed."""
    edited.write_text(text, "utf-8")
    command = ["run", str(sample_path), "-o", str(out), "--no-audio", "--plain-from", str(edited)]
    result = runner.invoke(app, command)
    assert result.exit_code == 0, result.output
    return result


def test_a_section_missing_from_the_edited_plain_version_is_named(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    # A section deleted from plain.md came back as the rewriter wrote it, without a word.
    out, plain_md, start, end = _sample_plain_md_and_greeting(runner, sample_path, tmp_path)
    edited = tmp_path / "edited.md"
    result = _run_with_plain_from(
        runner, sample_path, out, edited, plain_md[:start] + plain_md[end:]
    )
    assert result.stderr == (
        "plainvoice: warning: edited.md has no section 02-greeting ('Greeting'), so its plain "
        "version is the rewriter's\n"
    )
    # With --json the note was on stderr alone: the JSON a script reads now lists it too.
    command = ["run", str(sample_path), "-o", str(out), "--no-audio", "--plain-from", str(edited)]
    as_json = runner.invoke(app, [*command, "--json"])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.stdout)["warnings"] == [
        result.stderr.removeprefix("plainvoice: warning: ").rstrip("\n")
    ]
    assert as_json.stderr == result.stderr


def test_the_edited_plain_version_is_read_once(
    runner: CliRunner, sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The build read plain.md, and the CLI read it again to warn of a missing section.
    from pipeline.stages import review

    out, plain_md, start, end = _sample_plain_md_and_greeting(runner, sample_path, tmp_path)
    readings: list[Path] = []
    read = review._read_edited

    def counted(path: Path) -> dict[str, review.Edit]:
        readings.append(path)
        return read(path)

    monkeypatch.setattr(review, "_read_edited", counted)
    edited = tmp_path / "edited.md"
    result = _run_with_plain_from(
        runner, sample_path, out, edited, plain_md[:start] + plain_md[end:]
    )
    assert readings == [edited]
    assert "edited.md has no section 02-greeting" in result.stderr
    # Outside a run, each call reads the file as it is now.
    edited.write_text(plain_md, "utf-8")
    assert "02-greeting" in review.read_edited(edited)


def test_sections_moved_in_the_edited_plain_version_are_named(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    # Moving the greeting to the end of plain.md was silently undone in the package.
    out, plain_md, start, end = _sample_plain_md_and_greeting(runner, sample_path, tmp_path)
    moved = plain_md[:start] + plain_md[end:] + "\n" + plain_md[start:end] + "\n"
    result = _run_with_plain_from(runner, sample_path, out, tmp_path / "edited.md", moved)
    assert result.stderr == (
        "plainvoice: warning: edited.md has its sections in another order; the package keeps "
        "the statement's order (each section's edit is used where the statement has it)\n"
    )
    manifest = json.loads(next(out.glob("*/manifest.json")).read_text(encoding="utf-8"))
    assert [s["id"] for s in manifest["sections"]][:2] == ["01-about-this-statement", "02-greeting"]


def _command_paths(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """Every command and group of the app, with the words that name it on the command line."""
    found = [(path, command)]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        found += _command_paths(sub, (*path, name))
    return found


_EVERY_COMMAND: Final = pytest.mark.parametrize(
    ("path", "command"),
    _command_paths(typer.main.get_command(app)),
    ids=lambda v: " ".join(v) or "plainvoice" if isinstance(v, tuple) else "help",
)
"""Each test so marked runs once for every command and group of the app."""


@_EVERY_COMMAND
def test_help_shows_no_value_after_a_flag_and_a_label_after_an_option(
    runner: CliRunner, path: tuple[str, ...], command: Any
) -> None:
    # Typer 0.29 drew "--no-audio <bool>", "--json <bool>", even "--help <bool>": a reader
    # took the flag to need a value, and "--no-audio true" then failed on an extra argument.
    result = runner.invoke(app, [*path, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.stdout
    rows = {line.split()[1]: line for line in result.stdout.splitlines() if line.startswith("│ -")}
    flags = [p for p in command.params if getattr(p, "is_flag", False)]
    takes_value = [p for p in command.params if p.param_type_name == "option" and p not in flags]
    for param in [*flags, *takes_value]:
        row = rows[param.opts[0]]
        label = re.search(r"<[^>]+>", row.split(param.help.split()[0])[0])
        assert (label is None) == (param in flags), row
    assert "--help" in rows and "<" not in rows["--help"]


def test_help_keeps_the_value_labels_of_options_that_take_one(runner: CliRunner) -> None:
    words = _help_words(runner, "run")
    for option, label in [
        ("--output", "<dir>"),
        ("--target-grade", "<float>"),
        ("--versions", "<both|original|plain>"),
        ("--jobs", "<int> [x>=1]"),  # was "<int range>", as if "1-4" were wanted
    ]:
        assert re.search(rf"{option} (-\w )?{re.escape(label)}", words), option
    assert "--no-audio Skip speech" in words and "--json Print JSON" in words
    assert "range>" not in words and "--exclude <glob>" in _help_words(runner, "batch")


def test_reading_a_statement_typed_at_the_terminal_says_how_to_end_it(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `plainvoice sections -` at a terminal waited without a word: it looked like a hang.
    monkeypatch.setattr("pipeline.cli._stdin_is_terminal", lambda: True)
    result = runner.invoke(app, ["sections", "-", "--json"], input="We act today.\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("plainvoice: reading the statement from the terminal")
    assert "Ctrl-D" in result.stderr
    json.loads(result.stdout)  # the note stays off stdout
    monkeypatch.setattr("pipeline.cli._stdin_is_terminal", lambda: False)
    piped = runner.invoke(app, ["sections", "-"], input="We act today.\n")
    assert piped.exit_code == 0 and piped.stderr == ""


def test_a_batch_of_one_says_one_statement(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "notice.txt"
    source.write_text("Road closed.\n\nThe bridge on Mill Lane is closed on 4 May.\n", "utf-8")
    result = runner.invoke(app, ["batch", str(source), "-o", str(tmp_path / "o"), "--no-audio"])
    assert result.exit_code == 0, result.output
    assert "Batch: 1 statement in " in result.stdout  # it said "1 statements"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["run", "{source}", "--jobs", "0"], "'--jobs' / '-j': must be 1 or more, not 0 ("),
        (["run", "{source}", "-j", "many"], "'--jobs' / '-j': 'many' is not a whole number ("),
        (["run", "{source}", "--rate=fast"], "'--rate': 'fast' is not a number ("),
        (["cache", "prune", "--max-mb", "-1"], "'--max-mb': must be 0 or more, not -1 ("),
    ],
)
def test_a_bad_option_value_is_named_in_plain_words(
    runner: CliRunner, tmp_path: Path, args: list[str], said: str
) -> None:
    # "Input should be a valid integer, unable to parse string as an integer" spoke of
    # strings and parsing, and never quoted what the user typed.
    source = tmp_path / "f.txt"
    source.write_text("We act today.\n", encoding="utf-8")
    result = runner.invoke(app, [arg.format(source=source) for arg in args])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert f"plainvoice: error: Invalid value for {said}" in result.stderr
    assert "Input should" not in result.stderr and result.stderr.count("\n") == 1


@_EVERY_COMMAND
def test_the_examples_in_help_are_commands_that_parse(
    runner: CliRunner, path: tuple[str, ...], command: Any
) -> None:
    # run --help listed 30 options and not one whole command line to start from; sections,
    # score, engines, rewriters, voices and the cache commands still had none.
    import shlex

    assert command.epilog is not None, path
    examples = [line.split("| ")[-1].strip() for line in command.epilog.splitlines()]
    examples = [line for line in examples if line.startswith("plainvoice")]
    examples = [line for line in examples if not line.endswith("--help")]
    assert examples, path
    prefix = " ".join(("plainvoice", *path))
    for line in examples:
        assert f"{line} ".startswith(f"{prefix} "), line
        words = shlex.split(line)[1:]
        named: Any = typer.main.get_command(app)
        while words and words[0] in getattr(named, "commands", {}):
            named, words = named.commands[words[0]], words[1:]  # the command the example names
        assert not hasattr(named, "commands"), line
        named.make_context("plainvoice", words)  # an unknown option or bad value raises here
    assert "Examples:" in _help_words(runner, *path)


def test_a_command_that_makes_no_package_says_only_interrupted(
    runner: CliRunner, sample_path: Path
) -> None:
    # `sections` stopped with Ctrl-C said "no partial package was left behind": it makes none.
    with mock.patch("pipeline.build.read_statement", side_effect=KeyboardInterrupt):
        result = runner.invoke(app, ["sections", str(sample_path), "--json"])
    assert result.exit_code == ExitCode.INTERRUPTED
    assert result.stderr == "plainvoice: interrupted.\n"
    assert json.loads(result.stdout)["error"]["message"] == "interrupted."


def test_a_usage_error_has_no_stop_before_its_pointer_to_help(runner: CliRunner) -> None:
    # "Missing argument 'INPUT'. (see 'plainvoice run --help')": a sentence, then more of it.
    result = runner.invoke(app, ["run"])
    assert result.stderr.endswith("Missing argument 'INPUT' (see 'plainvoice run --help')\n")


@pytest.mark.parametrize(
    ("arguments", "command"),
    [
        (["score", "s.txt", "--json", "--lang"], "plainvoice score"),
        (["run", "s.txt", "--json", "-o"], "plainvoice run"),
        (["cache", "prune", "--json", "--max-mb"], "plainvoice cache prune"),
    ],
)
def test_an_option_without_its_value_points_to_its_commands_help(
    runner: CliRunner, arguments: list[str], command: str
) -> None:
    # "Option '--lang' requires an argument.": the one usage error with no pointer to a help.
    result = runner.invoke(app, arguments)
    assert result.exit_code == ExitCode.USAGE
    option = arguments[-1]
    line = f"Option '{option}' requires an argument (see '{command} --help')"
    assert result.stderr == f"plainvoice: error: {line}\n"
    assert json.loads(result.stdout)["error"]["message"] == line


@_EVERY_COMMAND
def test_help_labels_are_words_not_python_types(
    runner: CliRunner, path: tuple[str, ...], command: Any
) -> None:
    # Typer 0.29 drew "Usage: plainvoice run [OPTIONS] {INPUT}", "INPUT <str>", batch's
    # "INPUT <list[Path]>" and "--title <str>": braces read as something to fill in, and the
    # rest as Python. The usage line now says "INPUT" (batch: "INPUT..."), options "<text>".
    result = runner.invoke(app, [*path, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    for python_label in ("{", "<str>", "<path>", "list[", "<bool>", "<Path>"):
        assert python_label not in result.stdout, (python_label, path)
    usage = next(line for line in result.stdout.splitlines() if "Usage:" in line)
    arguments = [p.metavar for p in command.params if p.param_type_name == "argument"]
    for name in arguments:
        assert re.search(rf" {name}(\.\.\.)?\s*$", usage), usage


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["run", "", "--no-audio"], "'INPUT'"),
        (["run", "--no-audio", "--", ""], "'INPUT'"),
        (["sections", ""], "'INPUT'"),
        (["check", ""], "'PATH'"),
        (["batch", "", "--no-audio"], "'INPUT'"),
        (["batch", "{source}", "", "--no-audio"], "'INPUT'"),
        (["run", "{source}", "--no-audio", "-o", ""], "'--output' / '-o'"),
        (["batch", "{source}", "--no-audio", "--output="], "'--output' / '-o'"),
        (["run", "{source}", "--no-audio", "--cache-dir", ""], "'--cache-dir'"),
        (["run", "{source}", "--no-audio", "--plain-from="], "'--plain-from'"),
        (["run", "{source}", "--lexicon", ""], "'--lexicon'"),
        (["cache", "clear", "--cache-dir", ""], "'--cache-dir'"),
    ],
)
def test_an_empty_value_is_refused_before_it_can_mean_the_current_folder(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    named: str,
) -> None:
    # `plainvoice batch "$INBOX"` with the variable unset made a package of every statement
    # under the current folder; `-o ""` wrote there, `--cache-dir ""` cached speech there,
    # `cache clear --cache-dir ""` reported on it as a cache, and `run ""` said ".: is a
    # directory, not a file".
    source = tmp_path / "notice.txt"
    source.write_text("Road closed.\n\nThe bridge on Mill Lane is closed on 4 May.\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [arg.format(source=source) for arg in args])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr.startswith(f"plainvoice: error: Invalid value for {named}: the value is")
    assert result.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notice.txt"]  # nothing written


@pytest.mark.parametrize("as_json", [False, True])
def test_ctrl_c_outside_the_library_call_still_says_interrupted(
    runner: CliRunner, sample_path: Path, as_json: bool
) -> None:
    # Ctrl-C while the options were read or the settings made (before the library call)
    # ended with exit 130 and not a word: Typer turned it into a silent exit.
    with mock.patch("pipeline.cli._input_path", side_effect=KeyboardInterrupt):
        result = runner.invoke(app, ["run", str(sample_path), "--no-audio", *["--json"] * as_json])
    assert result.exit_code == ExitCode.INTERRUPTED
    assert result.stderr == "plainvoice: interrupted.\n"
    if as_json:
        assert json.loads(result.stdout)["error"]["name"] == "INTERRUPTED"
    else:
        assert result.stdout == ""


def test_ctrl_c_while_the_commands_are_built_says_interrupted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Typer reads every command's signature before parsing; Ctrl-C then printed a traceback
    # through typer/main.py.
    from pipeline.cli import main

    with (
        mock.patch("pipeline.cli.app", side_effect=KeyboardInterrupt),
        pytest.raises(SystemExit) as stopped,
    ):
        main()
    assert stopped.value.code == ExitCode.INTERRUPTED
    assert capsys.readouterr().err == "plainvoice: interrupted.\n"


def test_ctrl_c_while_the_cli_loads_says_interrupted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The CLI takes about 0.08 s to load; Ctrl-C then printed a traceback from __main__.py.
    import types

    from pipeline.__main__ import main

    class Loading(types.ModuleType):
        def __getattr__(self, name: str) -> object:
            raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "pipeline.cli", Loading("pipeline.cli"))
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == ExitCode.INTERRUPTED
    assert capsys.readouterr().err == "plainvoice: interrupted.\n"


@pytest.mark.parametrize("command", ["run", "batch"])
def test_an_output_folder_that_is_a_package_is_refused(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    # `run notice.txt -o site/notice` (the package, not the folder that holds it) wrote a
    # second package and its ZIP inside the first; `check` then failed on nine unlisted files.
    source = tmp_path / "notice.txt"
    source.write_text("Road closed.\n\nThe bridge on Mill Lane is closed on 4 May.\n", "utf-8")
    site = tmp_path / "site"
    made = runner.invoke(app, ["run", str(source), "-o", str(site), "--no-audio", "-q"])
    assert made.exit_code == 0, made.output
    package = site / "notice"
    before = sorted(p.relative_to(package) for p in package.rglob("*"))
    other = tmp_path / "other.txt"
    other.write_text("Park open.\n\nThe park on Mill Lane opens on 5 May.\n", "utf-8")
    result = runner.invoke(app, [command, str(other), "-o", str(package), "--no-audio", "--force"])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr == (
        f"plainvoice: error: output folder {package} is a package itself, and a package "
        f"written inside it would break it: give the folder that holds it (-o {site})\n"
    )
    assert sorted(p.relative_to(package) for p in package.rglob("*")) == before
    assert runner.invoke(app, ["check", str(package)]).exit_code == 0
