from __future__ import annotations

import json
import re
import tempfile
from dataclasses import replace
from html import unescape
from pathlib import Path
from typing import Any, TypedDict, Unpack

import pytest
from typer.testing import CliRunner

import pipeline.engines
from pipeline.batch import BatchSettings, Status, discover, run_batch
from pipeline.cli import app
from pipeline.errors import ExitCode, InputError, SynthesisError, UsageError
from pipeline.executors import LocalExecutor
from tests.batch_fakes import PickyEngine
from tests.conftest import CORPUS
from tests.fakes import SilentEngine, VoiceFileEngine, start_tags

HARBOUR = """Statement on the new harbour
By Jane Doe, Minister of Transport
12 May 2024

The ministry will commence construction of the new harbour in June 2024. The works will cost 40 million euros.

Approximately 300 people will be employed during the construction. The harbour will open in 2027.
"""

SCHOOLS = """Statement on school meals
By John Smith, Minister of Education
3 March 2024

From September, every pupil in primary school will receive a free meal each day. This will help 120,000 families.

Schools will receive funding in advance. The programme will be reviewed after two years.
"""

FRENCH = """Déclaration sur le nouveau port
Par Jeanne Dupont, ministre des Transports

Le ministère commencera la construction du nouveau port en juin 2024. Les travaux coûteront quarante millions d'euros et dureront trois ans.

Environ trois cents personnes seront employées pendant le chantier. Le port ouvrira ses portes au public en 2027.
"""


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    _write(folder, "harbour.txt", HARBOUR)
    _write(folder, "schools.md", SCHOOLS)
    _write(folder, "empty.txt", "")
    _write(folder, "harbour.source.txt", HARBOUR)
    _write(folder, "notes.csv", "not,a,statement\n")
    return folder


class _Changes(TypedDict, total=False):
    """The settings a test changes from `_settings`' own."""

    inputs: tuple[Path, ...]
    exclude: tuple[str, ...]
    language: str
    engine: str
    audio: bool
    jobs: int | None
    cache_dir: Path
    use_cache: bool
    force: bool


def _settings(inbox: Path, out: Path, **changes: Unpack[_Changes]) -> BatchSettings:
    settings = BatchSettings(
        inputs=(inbox,),
        output_dir=out,
        exclude=("*.source.txt",),
        language="en",
        jobs=1,  # in this process, so the test's engine records what it was asked
    )
    return replace(settings, **changes)


def test_discover_takes_statement_files_of_folders_in_a_stable_order(
    inbox: Path, tmp_path: Path
) -> None:
    nested = _write(inbox / "2023", "harbour.txt", HARBOUR)
    _write(inbox / ".drafts", "secret.txt", SCHOOLS)
    items = discover(_settings(inbox, tmp_path / "out"))
    assert [(i.path.name, i.name) for i in items] == [
        ("harbour.txt", "harbour"),
        ("empty.txt", "empty"),
        ("harbour.txt", "harbour-2"),
        ("schools.md", "schools"),
    ]
    assert items[0].path == nested and items[2].path == inbox / "harbour.txt"
    with pytest.raises(InputError):
        discover(_settings(tmp_path / "missing", tmp_path / "out"))


def test_a_batch_makes_packages_and_a_catalogue_and_isolates_a_failure(
    inbox: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    engine = SilentEngine()
    result = run_batch(_settings(inbox, out), engine=engine)
    by_name = {o.name: o for o in result.outcomes}
    assert set(by_name) == {"empty", "harbour", "schools"}
    assert by_name["empty"].status is Status.FAILED
    assert by_name["empty"].exit_code == ExitCode.INPUT
    assert by_name["empty"].error
    for name in ("harbour", "schools"):
        outcome = by_name[name]
        assert outcome.status is Status.BUILT, outcome.error
        manifest = json.loads((out / name / "manifest.json").read_text())
        assert outcome.audio_seconds == manifest["audio_seconds"] > 0
        # A section whose plain version says the same as the original shares one clip.
        assert outcome.clips == 2 * outcome.sections >= outcome.synthesised > outcome.sections
        assert (out / f"{name}.zip").is_file()
    assert by_name["harbour"].title == "Statement on the new harbour"
    catalogue = json.loads(result.catalogue_json.read_text())
    assert catalogue["complete"] is True
    assert catalogue["totals"]["failed"] == 1 and catalogue["totals"]["built"] == 2
    failed = next(s for s in catalogue["statements"] if s["name"] == "empty")
    assert failed["status"] == "failed" and failed["source"] == "empty.txt"
    # The catalogue goes on a web site: it names inputs by file name, never by where they lay.
    assert by_name["empty"].error and str(inbox) in by_name["empty"].error
    assert failed["error"] == by_name["empty"].error.replace(str(inbox / "empty.txt"), "empty.txt")
    for published in (result.catalogue_json, result.catalogue_html):
        assert str(tmp_path) not in published.read_text(encoding="utf-8")
    assert "package" not in failed
    # No staging folders or partial files are left behind.
    assert sorted(p.name for p in out.iterdir()) == [
        "catalogue.json",
        "harbour",
        "harbour.zip",
        "index.html",
        "schools",
        "schools.zip",
    ]


def test_the_catalogue_page_is_accessible(inbox: Path, tmp_path: Path) -> None:
    result = run_batch(_settings(inbox, tmp_path / "out"), engine=SilentEngine())
    html = result.catalogue_html.read_text()
    outline = start_tags(html)
    tags = [tag for tag, _ in outline]
    assert dict(outline)["html"]["lang"] == "en"
    assert tags.count("h1") == 1 and tags.count("main") == 1 and tags.count("caption") == 1
    skip = outline[tags.index("a")][1]
    assert skip["href"] == "#main"
    scopes = [attrs.get("scope") for tag, attrs in outline if tag == "th"]
    assert scopes.count("row") == 3 and scopes.count("col") == 8 and None not in scopes
    links = {attrs["href"] for tag, attrs in outline if tag == "a"}
    assert {"harbour/index.html", "harbour.zip", "schools/index.html", "catalogue.json"} <= links
    assert "Failed:" in html and "Statement on the new harbour" in html


def test_a_second_batch_skips_up_to_date_packages_and_redoes_changed_or_damaged_ones(
    inbox: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run_batch(_settings(inbox, out), engine=SilentEngine())
    again = SilentEngine()
    second = run_batch(_settings(inbox, out), engine=again)
    statuses = {o.name: o.status for o in second.outcomes}
    assert statuses == {
        "empty": Status.FAILED,
        "harbour": Status.UNCHANGED,
        "schools": Status.UNCHANGED,
    }
    assert again.texts == []
    unchanged = next(o for o in second.outcomes if o.name == "harbour")
    assert unchanged.audio_seconds > 0 and unchanged.title == "Statement on the new harbour"

    # One paragraph changes: only that section's clips are synthesised again.
    (inbox / "harbour.txt").write_text(HARBOUR.replace("2027", "2028"), encoding="utf-8")
    # A damaged package is rebuilt, entirely from the cache.
    (out / "schools" / "plain.txt").write_text("damaged", encoding="utf-8")
    third_engine = SilentEngine()
    third = {o.name: o for o in run_batch(_settings(inbox, out), engine=third_engine).outcomes}
    assert third["harbour"].status is Status.BUILT
    assert 0 < third["harbour"].synthesised < third["harbour"].clips
    assert any("twenty twenty-eight" in text for text in third_engine.texts)
    assert third["schools"].status is Status.BUILT and third["schools"].synthesised == 0
    assert (out / "schools" / "plain.txt").read_text() != "damaged"


def test_a_statement_renamed_with_the_same_text_is_rebuilt_under_its_new_name(
    inbox: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run_batch(_settings(inbox, out, audio=False), engine=SilentEngine())
    (inbox / "harbour.txt").rename(inbox / "harbour.md")
    second = run_batch(_settings(inbox, out, audio=False), engine=SilentEngine())
    harbour = next(o for o in second.outcomes if o.name == "harbour")
    assert harbour.status is Status.BUILT
    manifest = json.loads((out / "harbour" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["statement"]["source"] == "harbour.md"


def test_force_rebuilds_but_the_cache_still_saves_the_synthesis(
    inbox: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run_batch(_settings(inbox, out), engine=SilentEngine())
    engine = SilentEngine()
    result = run_batch(_settings(inbox, out, force=True), engine=engine)
    assert [o.status for o in result.outcomes if o.name != "empty"] == [Status.BUILT, Status.BUILT]
    assert engine.texts == [] and result.synthesised == 0


def test_no_cache_speaks_afresh_and_leaves_the_cache_alone(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    run_batch(_settings(inbox, out, cache_dir=cache), engine=SilentEngine())
    held = {p: p.stat().st_mtime_ns for p in cache.rglob("*")}
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    engine = SilentEngine()
    result = run_batch(_settings(inbox, out, cache_dir=cache, use_cache=False), engine=engine)
    # Every package rebuilt and spoken again, as `run --no-cache` does; nothing read from the
    # cache, nothing written to it, and the batch's own scratch cache gone afterwards.
    assert [o.status for o in result.outcomes if o.name != "empty"] == [Status.BUILT, Status.BUILT]
    assert engine.texts and result.synthesised > 0
    assert {p: p.stat().st_mtime_ns for p in cache.rglob("*")} == held
    assert list(scratch.iterdir()) == []
    assert (out / "harbour" / "manifest.json").is_file()


def test_batch_takes_no_cache_as_run_does(inbox: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "batch",
            str(inbox),
            "-o",
            str(out),
            "--exclude",
            "*.source.txt",
            "--no-audio",
            "--no-cache",
            "--lang",
            "en",
            "--json",
        ],
    )
    assert result.exit_code == ExitCode.SOME_FAILED, result.output
    assert (out / "harbour" / "manifest.json").is_file()


def test_an_engine_failure_fails_only_its_statement(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    _write(inbox, "a.txt", HARBOUR)
    _write(inbox, "b.txt", SCHOOLS.replace("in advance", "in an unspeakable way"))
    result = run_batch(_settings(inbox, tmp_path / "out"), engine=PickyEngine())
    outcomes = {o.name: o for o in result.outcomes}
    assert outcomes["a"].status is Status.BUILT
    assert outcomes["b"].status is Status.FAILED
    assert outcomes["b"].exit_code == ExitCode.SYNTHESIS
    assert "picky engine" in (outcomes["b"].error or "")
    assert not (tmp_path / "out" / "b").exists()


def test_languages_are_detected_per_statement(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    _write(inbox, "harbour.txt", HARBOUR)
    _write(inbox, "port.txt", FRENCH)
    result = run_batch(_settings(inbox, tmp_path / "out", language="auto"), engine=SilentEngine())
    outcomes = {o.name: o for o in result.outcomes}
    assert outcomes["harbour"].status is Status.BUILT and outcomes["harbour"].language == "en"
    # French is read, scored and simplified; the engine given here speaks any language.
    assert outcomes["port"].status is Status.BUILT
    assert outcomes["port"].language == "fr"


def test_a_statement_with_no_voice_is_not_told_to_use_an_option_batch_lacks(
    tmp_path: Path, runner: CliRunner
) -> None:
    # "… use a Piper voice file for 'fr' with --voice PATH.onnx": batch has no --voice, and
    # refused it ("No such option"); the voice file is named as `run`'s.
    inbox = tmp_path / "inbox"
    _write(inbox, "port.txt", FRENCH)
    args = ["batch", str(inbox), "-o", str(tmp_path / "out"), "--engine", "piper", "--json"]
    result = runner.invoke(app, [*args, "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == ExitCode.SOME_FAILED, result.output
    (statement,) = json.loads(result.stdout)["statements"]
    error = statement["error"]
    assert "no offline Piper voice for language 'fr'" in error
    assert "with plainvoice run --voice PATH.onnx" in error
    batch_help = runner.invoke(app, ["batch", "--help"], terminal_width=200).stdout
    offered = set(re.findall(r"(?<![\w-])--[a-z-]+", error.replace("plainvoice run --voice", "")))
    assert offered and all(option in batch_help for option in offered), offered


def test_a_bilingual_statement_is_read_as_run_reads_it(tmp_path: Path) -> None:
    # Judged as a whole, English and French paragraphs in turn lean to French: batch read the
    # statement as French, left its English unrewritten and titled it in French, where
    # `plainvoice run` reads it as English with its French paragraphs left as written.
    from tests.test_language_mixed import BILINGUAL, FRENCH

    inbox = tmp_path / "inbox"
    _write(inbox, "homes.txt", BILINGUAL + "\n")
    result = run_batch(_settings(inbox, tmp_path / "out", language="auto"), engine=SilentEngine())
    (outcome,) = result.outcomes
    assert outcome.status is Status.BUILT and outcome.language == "en"
    folder = tmp_path / "out" / "homes"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["statement"]["language"] == "en"
    assert [p["language"] for p in manifest["statement"]["other_language_paragraphs"]] == [
        "fr",
        "fr",
    ]
    plain = (folder / "plain.md").read_text()
    assert "will start in March" in plain and FRENCH[0] in plain
    # The catalogue and the batch table say so, as `run` warns.
    assert outcome.other_language_paragraphs == 2
    catalogue = json.loads((tmp_path / "out" / "catalogue.json").read_text())
    assert catalogue["statements"][0]["other_language_paragraphs"] == 2


def test_worker_processes_make_the_same_packages(inbox: Path, tmp_path: Path) -> None:
    here = run_batch(_settings(inbox, tmp_path / "here"), engine=SilentEngine())
    pooled = LocalExecutor(jobs=2)
    try:
        there = run_batch(
            _settings(inbox, tmp_path / "pool", force=True, cache_dir=tmp_path / "other-cache"),
            engine=SilentEngine(),
            executor=pooled,
        )
    finally:
        pooled.close()
    assert pooled._pool is None
    assert [o.status for o in there.outcomes] == [o.status for o in here.outcomes]
    for name in ("harbour", "schools"):
        a = (tmp_path / "here" / f"{name}.zip").read_bytes()
        b = (tmp_path / "pool" / f"{name}.zip").read_bytes()
        assert a == b
    assert there.synthesised == here.synthesised > 0


def test_an_output_folder_that_holds_every_input_is_named_as_the_reason(
    inbox: Path, runner: CliRunner
) -> None:
    # The statements are there; they are left out only because packages are written among them.
    result = runner.invoke(app, ["batch", str(inbox), "-o", str(inbox), "--no-audio", "-q"])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr.startswith("plainvoice: error: ")
    assert f"inside the output folder {inbox}" in result.stderr and "-o" in result.stderr


def test_invalid_batch_settings_are_reported_together(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        BatchSettings(inputs=(), jobs=0, scheduler="tcp://x:1").validate()
    message = str(caught.value)
    assert "at least one" in message and "--jobs" in message and "--scheduler" in message


def test_options_every_statement_shares_are_refused_before_any_work(
    inbox: Path, tmp_path: Path, runner: CliRunner
) -> None:
    # `batch --lang xx` (or --engine foo, --max-section-words 3) failed every statement on it
    # and wrote a catalogue of failures, exit 8, where `run` refuses the option: exit 2.
    with pytest.raises(UsageError) as caught:
        BatchSettings(inputs=(inbox,), language="xx", engine="foo", max_section_words=3).validate()
    message = str(caught.value)
    assert "language 'xx' is not supported" in message
    assert "--max-section-words must be between 40 and 5000" in message
    assert "unknown engine 'foo' (choose one of: " in message
    BatchSettings(inputs=(inbox,), engine="foo", audio=False).validate()  # no voice needed
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(inbox), "-o", str(out), "--lang", "xx", "--json"])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr.count("\n") == 1 and "language 'xx'" in result.stderr
    assert json.loads(result.stdout)["error"]["name"] == "USAGE"
    assert not out.exists()


def test_an_output_folder_that_cannot_be_written_stops_the_batch_before_any_work(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It was found only when the first catalogue was written, after that statement had been
    # read, rewritten and spoken: "cannot write out/catalogue.json: Permission denied".
    import os

    from pipeline.errors import OutputError

    out = tmp_path / "out"
    out.mkdir()
    writable = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != out and writable(path, mode))
    engine = SilentEngine()
    with pytest.raises(OutputError) as caught:
        run_batch(_settings(inbox, out), engine=engine)
    assert caught.value.one_line() == (
        f"cannot write to {out}: Permission denied (choose another folder with -o)"
    )
    assert engine.texts == [] and list(out.iterdir()) == []


def test_a_batch_whose_every_statement_is_excluded_says_so(inbox: Path, tmp_path: Path) -> None:
    # "no statements found in the inputs (folders contribute files ending in .txt, ...)"
    # beside a folder of .txt files sent people to rename files, when --exclude was the cause.
    with pytest.raises(InputError) as caught:
        discover(_settings(inbox, tmp_path / "out", exclude=("*",)))
    assert caught.value.one_line() == (  # notes.csv is no statement file
        "no statements found in the inputs "
        "(--exclude left out the 4 statement files the folders hold)"
    )


def test_a_bad_cache_limit_stops_the_batch_before_any_work(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLAINVOICE_CACHE_MAX_MB", "plenty")
    engine = SilentEngine()
    with pytest.raises(UsageError, match="PLAINVOICE_CACHE_MAX_MB"):
        run_batch(_settings(inbox, tmp_path / "out"), engine=engine)
    assert engine.texts == [] and not (tmp_path / "out").exists()


def test_the_cli_batch_prints_json_and_says_some_failed(
    inbox: Path, tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(pipeline.engines.ENGINES.built_ins, "silent", "tests.fakes:SilentEngine")
    out = tmp_path / "out"
    args = [
        "batch",
        str(inbox),
        "-o",
        str(out),
        "--engine",
        "silent",
        "--exclude",
        "*.source.txt",
        "-j",
        "1",
    ]
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == ExitCode.SOME_FAILED, result.output
    summary = json.loads(result.stdout)
    assert summary["failed"] == 1 and summary["synthesised"] > 0
    assert {s["status"] for s in summary["statements"]} == {"built", "failed"}
    # Without the bad file, the batch succeeds, and the table says the rest is up to date.
    (inbox / "empty.txt").unlink()
    result = runner.invoke(app, [*args, "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("unchanged") == 2


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_the_corpus_folder_yields_its_twelve_statements(tmp_path: Path) -> None:
    items = discover(
        BatchSettings(inputs=(CORPUS,), output_dir=tmp_path, exclude=("*.source.txt",))
    )
    assert len(items) == 12
    assert not any(i.path.name.endswith(".source.txt") for i in items)


def test_a_worker_refuses_to_speak_with_other_voice_files_than_the_batch_machine(
    tmp_path: Path,
) -> None:
    from pipeline.executors import synthesize_remotely, voice_digest
    from pipeline.stages.speak import SpeechJob

    (tmp_path / "voice.onnx").write_bytes(b"the batch machine's voice")
    engine = VoiceFileEngine(tmp_path / "voice.onnx")
    job = SpeechJob("s", "plain", "S", (("One sentence.",),))
    digest = voice_digest(engine)
    assert digest is not None and synthesize_remotely(engine, job, "en", digest).duration > 0
    with pytest.raises(SynthesisError, match="voice files on this worker differ"):
        synthesize_remotely(engine, job, "en", "0" * 64)


def test_progress_shows_one_overall_bar_and_a_bar_per_current_statement(
    inbox: Path, tmp_path: Path
) -> None:
    import io

    from rich.console import Console
    from rich.progress import Progress

    from pipeline.cli import _RichBatchReporter

    seen: list[set[str]] = []

    class Watching(_RichBatchReporter):
        def clip_done(self, name: str) -> None:
            super().clip_done(name)
            seen.append({task.description.strip() for task in self.progress.tasks})

    with Progress(console=Console(file=io.StringIO())) as progress:
        reporter = Watching(progress)
        run_batch(_settings(inbox, tmp_path / "out"), reporter=reporter, engine=SilentEngine())
        overall = progress.tasks[0]
        assert overall.description == "Statements" and overall.completed == overall.total == 3
        assert [t.description for t in progress.tasks] == ["Statements"]  # statement bars are gone
    assert {"Statements", "harbour"} in seen and {"Statements", "schools"} in seen


def test_a_statement_too_short_to_judge_gets_the_default_language_as_with_run(
    tmp_path: Path,
) -> None:
    # Lingua, asked among all its languages, called "Thank you." Lithuanian, "Hello team. Go!"
    # Latin, and numbers alone nothing at all ("looks like ('')"): each failed, while
    # `plainvoice run` makes all three in English. Plainly foreign text is still refused.
    inbox = tmp_path / "inbox"
    _write(inbox, "thanks.txt", "Thank you.\n")
    _write(inbox, "go.txt", "Hello team\n\nGo!\n")
    _write(inbox, "numbers.txt", "2021\n\n123 456 789.\n")
    _write(inbox, "russian.txt", "Заявление\n\nМы подписали соглашение сегодня утром в Москве.\n")
    result = run_batch(_settings(inbox, tmp_path / "out", language="auto"), engine=SilentEngine())
    outcomes = {o.name: o for o in result.outcomes}
    for name in ("thanks", "go", "numbers"):
        assert outcomes[name].status is Status.BUILT, outcomes[name].error
        assert outcomes[name].language == "en"
    assert outcomes["russian"].status is Status.FAILED
    assert outcomes["russian"].language == "ru"
    assert "the statement looks like" in (outcomes["russian"].error or "")


def test_the_catalogue_names_every_language_plainvoice_reads() -> None:
    # Italian and Dutch statements showed as "it" and "nl" beside "English" and "French", and
    # a refusal read "looks like ru ('ru')".
    from pipeline.batch import StatementOutcome, render_catalogue
    from pipeline.language import UnsupportedLanguage

    rows = [
        StatementOutcome(name=code, source=f"{code}.txt", status=Status.BUILT, language=code)
        for code in ("it", "nl")
    ]
    page = render_catalogue(rows)
    assert "<td>Italian</td>" in page and "<td>Dutch</td>" in page
    assert "looks like Russian ('ru')" in UnsupportedLanguage("ru").message


def test_the_readme_gives_the_exit_code_a_batch_with_failures_ends_with() -> None:
    # It said 7 (CHECK_FAILED); the batch ends with 8 (SOME_FAILED), as its exit-code table says.
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"the others are made, and the exit code is {int(ExitCode.SOME_FAILED)}." in readme


def test_a_file_named_both_itself_and_through_its_folder_is_one_statement(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `plainvoice batch harbour.txt .` made two packages of one statement, "harbour" and
    # "harbour-2": the relative name and the folder's did not match as paths.
    monkeypatch.chdir(inbox)
    items = discover(_settings(Path("."), tmp_path / "out", inputs=(Path("harbour.txt"), inbox)))
    assert [i.name for i in items] == ["harbour", "empty", "schools"], items
    assert items[0].path == Path("harbour.txt")


def test_exclude_leaves_out_a_folder_with_all_it_holds(inbox: Path, tmp_path: Path) -> None:
    # `--exclude drafts` matched file names only, so drafts/old.txt was made all the same.
    _write(inbox / "drafts", "old.txt", HARBOUR)
    _write(inbox / "drafts" / "deeper", "older.txt", HARBOUR)
    settings = _settings(inbox, tmp_path / "out", exclude=("*.source.txt", "drafts"))
    assert [i.name for i in discover(settings)] == ["empty", "harbour", "schools"]


def test_a_killed_batchs_half_written_catalogue_is_removed_by_the_next(
    inbox: Path, tmp_path: Path
) -> None:
    # The catalogue is rewritten after every statement; a batch killed while writing it left
    # `.catalogue.json.partial-<pid>` in the output folder, and no later batch removed it.
    import os

    from pipeline.parallel import pid_alive

    out = tmp_path / "out"
    out.mkdir()
    dead = next(pid for pid in range(4_000_000, 4_100_000) if not pid_alive(pid))
    leftovers = [out / f".catalogue.json.partial-{dead}", out / f".index.html.partial-{dead}"]
    live = out / f".catalogue.json.partial-{os.getppid()}"  # another batch, still writing
    someone_elses = out / f".notes.txt.partial-{dead}"
    for path in (*leftovers, live, someone_elses):
        path.write_text('{"statements": [', encoding="utf-8")
    run_batch(_settings(inbox, out, audio=False))
    assert not any(path.exists() for path in leftovers)
    assert live.exists() and someone_elses.exists()
    assert json.loads((out / "catalogue.json").read_text(encoding="utf-8"))["complete"]


def test_ctrl_c_while_the_catalogue_is_written_leaves_no_half_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from pipeline import batch

    def interrupted(source: object, target: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        batch._write_atomically(tmp_path / "catalogue.json", "{}")
    assert list(tmp_path.iterdir()) == []


def test_an_online_engine_speaks_in_the_batch_process_unless_jobs_say_otherwise(
    tmp_path: Path,
) -> None:
    # Every `batch --engine gtts` ended in a traceback: the engine was handed to worker
    # processes (one per core), and it cannot be pickled; `run` asks a service one at a time.
    from pipeline.batch import _make_executor
    from pipeline.parallel import default_workers

    def jobs(**changes: Unpack[_Changes]) -> int:
        executor = _make_executor(_settings(tmp_path, tmp_path / "out", **changes))
        assert isinstance(executor, LocalExecutor)
        return int(executor.jobs)

    assert jobs(engine="gtts", jobs=None) == 1
    assert jobs(engine="espeak", jobs=None) == default_workers()
    assert jobs(engine="espeak", jobs=3) == 3


def test_the_catalogue_names_the_formula_of_each_languages_grade() -> None:
    """A French 11 and an English 11 sat in one column as "US school grade"."""
    from pipeline.batch import StatementOutcome, render_catalogue

    rows = [
        StatementOutcome(
            name=code,
            source=f"{code}.txt",
            status=Status.BUILT,
            language=code,
            grade_before=11.0,
            grade_after=8.5,
        )
        for code in ("en", "fr", "en")
    ]
    page = " ".join(unescape(render_catalogue(rows)).split())
    assert "US school grade" not in page
    assert (
        "<p>Grade by Flesch-Kincaid (English). Grade by Kandel-Moles reading ease (French), "
        "on Flesch's table of school grades.</p>"
    ) in page
    english = render_catalogue(rows[:1])
    assert "Grade by Flesch-Kincaid (English)." in english and "named below" not in english


def test_batch_takes_max_input_mb_as_its_too_large_message_says(
    inbox: Path, tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The failure said "to read it, give --max-input-mb 1", an option only `run` had: batch
    # answered "No such option". Every read of the statement, language detection included,
    # now takes the batch's limit.
    import re

    import pipeline.stages.load

    limits: list[int | None] = []
    load_source = pipeline.stages.load.load_source

    def recording(*args: Any, **kwargs: Any) -> Any:
        limits.append(kwargs.get("max_bytes"))
        return load_source(*args, **kwargs)

    monkeypatch.setattr(pipeline.stages.load, "load_source", recording)
    out = tmp_path / "out"
    args = ["batch", str(inbox / "harbour.txt"), "-o", str(out), "--no-audio", "--json"]
    result = runner.invoke(app, [*args, "--max-input-mb", "0.0002"])
    assert result.exit_code == ExitCode.SOME_FAILED, result.output
    (failed,) = json.loads(result.stdout)["statements"]
    assert failed["exit_code"] == ExitCode.INPUT and "over the" in failed["error"]
    suggested = re.search(r"give (--max-input-mb \S+?)\)", failed["error"])
    assert suggested is not None, failed["error"]
    result = runner.invoke(app, [*args, *suggested[1].split()])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["statements"][0]["status"] == "built"
    assert limits and set(limits[-2:]) == {1_000_000}  # detection, then the statement


def test_a_max_input_mb_that_is_no_size_stops_the_batch_as_it_stops_run(
    inbox: Path, tmp_path: Path, runner: CliRunner
) -> None:
    with pytest.raises(UsageError, match="--max-input-mb must be more than 0"):
        BatchSettings(inputs=(inbox,), max_input_mb=0).validate()
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(inbox), "-o", str(out), "--max-input-mb", "nan"])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr.count("\n") == 1 and not out.exists()


def test_two_files_of_one_name_get_two_packages_and_the_output_says_which_is_which(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `batch a/statement.txt b/statement.txt`: the names were unique, but nothing said that
    # b's package was statement-2, or why.
    monkeypatch.chdir(tmp_path)  # short paths, so the table's note fits on one line
    first = _write(Path("a"), "statement.txt", HARBOUR)
    second = _write(Path("b"), "statement.txt", SCHOOLS)
    out = Path("out")
    items = discover(_settings(first, out, inputs=(first, second)))
    assert [(i.name, i.renamed_from) for i in items] == [
        ("statement", None),
        ("statement-2", "statement"),
    ]
    args = ["batch", str(first), str(second), "-o", str(out), "--no-audio", "--lang", "en"]
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    records = {s["name"]: s for s in json.loads(result.stdout)["statements"]}
    assert records["statement"]["source"] == str(first)
    assert records["statement-2"]["source"] == str(second)
    assert records["statement-2"]["renamed_from"] == "statement"
    assert records["statement"]["renamed_from"] is None
    assert records["statement"]["title"] == "Statement on the new harbour"
    assert records["statement-2"]["title"] == "Statement on school meals"
    catalogue = json.loads((out / "catalogue.json").read_text(encoding="utf-8"))
    assert [s["renamed_from"] for s in catalogue["statements"]] == [None, "statement"]
    result = runner.invoke(app, args)  # unchanged now, and the table still says why
    assert result.exit_code == 0, result.output
    note = f"statement was taken by {first}, so named statement-2"
    assert note in " ".join(result.stdout.split())
    help_text = " ".join(runner.invoke(app, ["batch", "--help"]).stdout.split())
    assert "the later one gets -2, -3" in help_text.replace("│ ", "")


def test_a_file_over_the_limit_is_refused_by_its_size_before_it_is_read(
    tmp_path: Path, runner: CliRunner
) -> None:
    # The batch read the whole file to hash it, then refused it: a 2 GB file cost 2 GB of
    # memory first. A sparse 64 MB file now costs no more than its stated size to refuse.
    import tracemalloc

    import pipeline.readers  # noqa: F401  # imported before memory is traced
    from pipeline.batch import input_digest

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    huge = inbox / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(64_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            input_digest(huge, 1_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, peak
    assert caught.value.message == f"{huge}: input is 64 MB, over the 1 MB limit"
    out = tmp_path / "out"
    args = ["batch", str(inbox), "-o", str(out), "--no-audio", "--json", "--max-input-mb", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == ExitCode.SOME_FAILED, result.output
    (failed,) = json.loads(result.stdout)["statements"]
    assert failed["exit_code"] == ExitCode.INPUT
    assert failed["error"] == (
        f"{huge}: input is 64 MB, over the 1 MB limit (to read it, give --max-input-mb 64)"
    )
    assert failed["input_sha256"] is None  # refused unread


def test_an_input_is_hashed_in_chunks_to_the_same_digest_and_an_endless_one_is_refused(
    tmp_path: Path,
) -> None:
    import hashlib

    from pipeline.batch import input_digest

    path = tmp_path / "notice.txt"
    data = bytes(range(256)) * 12_000  # 3 MB: three chunks
    path.write_bytes(data)
    assert input_digest(path, len(data)) == hashlib.sha256(data).hexdigest()
    # /dev/zero states size 0: read up to the limit, then refused without a size it never saw.
    with pytest.raises(InputError) as caught:
        input_digest(Path("/dev/zero"), 1_000_000)
    assert caught.value.message == "/dev/zero: input is over the 1 MB limit"
    with pytest.raises(InputError, match="cannot read"):
        input_digest(tmp_path / "gone.txt", 1024)


def test_the_batch_table_and_json_name_the_formula_of_each_languages_grade(
    tmp_path: Path, runner: CliRunner
) -> None:
    """The terminal table showed a French 11 beside an English 11 with nothing to tell them apart."""
    inbox = tmp_path / "inbox"
    _write(inbox, "harbour.txt", HARBOUR)
    _write(inbox, "port.txt", FRENCH)
    args = ["batch", str(inbox), "-o", str(tmp_path / "out"), "--no-audio"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    table, _, after = result.stdout.partition("└")
    assert "Grade by" not in table
    assert [line for line in after.splitlines() if line.startswith("Grade by")] == [
        "Grade by Flesch-Kincaid (English).",
        "Grade by Kandel-Moles reading ease (French), on Flesch's table of school grades.",
    ]
    rows = json.loads(runner.invoke(app, [*args, "--json"]).stdout)["statements"]
    assert {row["language"]: row["grade_measure"] for row in rows} == {
        "en": "Flesch-Kincaid grade",
        "fr": "Kandel-Moles reading ease",
    }


def test_a_failed_statement_names_no_grade_measure() -> None:
    from pipeline.batch import StatementOutcome, grade_notes

    failed = StatementOutcome(name="x", source="x.txt", status=Status.FAILED, error="empty")
    assert failed.to_json()["grade_measure"] is None and grade_notes([failed]) == []
    # catalogue.json read back: the derived key is not a field.
    assert StatementOutcome.from_json(failed.to_json()) == failed
