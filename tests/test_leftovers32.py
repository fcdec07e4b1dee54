"""Small input and option problems: a --format the file is not, stray control characters,
and a --cache-dir that cannot be made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cache import cache_dir_problem
from pipeline.cli import app
from pipeline.errors import ExitCode, InputError, UsageError
from pipeline.readers import InputFormat, decode_text, read_source
from pipeline.settings import Settings

STATEMENT = "Statement by the Minister\n\nWe will open three new clinics this year.\n"


def _one_line_error(result: object, code: int) -> str:
    """The error line of a failed run; it is exactly one line."""
    assert result.exit_code == code, result.output  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, lines
    return str(lines[0])


# --- 1. --format a file plainly is not --------------------------------------------------


@pytest.mark.parametrize(("fmt", "what"), [("docx", "a Word document (.docx)"), ("pdf", "a PDF")])
def test_format_docx_or_pdf_on_text_says_it_is_text(
    runner: CliRunner, tmp_path: Path, fmt: str, what: str
) -> None:
    # Before: "notes.txt: cannot read the Word document; the .docx is corrupt or damaged
    # (BadZipFile)", and "the file is corrupt or damaged (PdfStreamError)" for --format pdf.
    notes = tmp_path / "notes.txt"
    notes.write_text(STATEMENT, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(notes), "--format", fmt, "--no-audio", "-o", str(out)])
    line = _one_line_error(result, ExitCode.INPUT)
    assert f"is plain text, not {what}; --format {fmt} cannot read it" in line
    assert "--format text" in line
    assert "corrupt" not in line
    assert not out.exists()


def test_format_html_on_an_image_names_the_image(runner: CliRunner, tmp_path: Path) -> None:
    # Before: "pic.png: contains NUL bytes (binary data, not text) at offset 515".
    picture = tmp_path / "pic.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = runner.invoke(
        app, ["run", str(picture), "--format", "html", "--no-audio", "-o", str(tmp_path / "o")]
    )
    line = _one_line_error(result, ExitCode.INPUT)
    assert "is a PNG image (binary data), not HTML; --format html cannot read it" in line


@pytest.mark.parametrize(
    ("data", "fmt", "fragment"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\n", InputFormat.TEXT, "is a PDF, not text"),
        (b"%PDF-1.4\n%\xe2\xe3\n", InputFormat.DOCX, "is a PDF, not a Word document"),
        (b"PK\x03\x04" + b"\x00" * 40, InputFormat.DOCX, "is a ZIP archive (binary data), not a"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, InputFormat.MARKDOWN, "is a program"),
        (b"\x00\x01\x02\xff\xfe" * 30, InputFormat.PDF, "is neither text nor a document"),
    ],
)
def test_a_forced_format_the_content_is_not_is_refused_by_what_it_is(
    data: bytes, fmt: InputFormat, fragment: str
) -> None:
    with pytest.raises(InputError) as info:
        read_source(None, data, fmt=fmt)
    assert fragment in info.value.message
    assert info.value.message.startswith("<stdin>: ")


def test_a_forced_format_the_content_is_still_reads(tmp_path: Path) -> None:
    # Text forced as HTML or Markdown, and HTML forced as text, are what the user asked for.
    page = b"<html><body><p>We will open three new clinics.</p></body></html>"
    assert "clinics" in read_source(None, page, fmt=InputFormat.TEXT).markdown
    assert "clinics" in read_source(None, STATEMENT.encode(), fmt=InputFormat.HTML).markdown
    # A PDF after leading junk is still tried as one.
    with pytest.raises(InputError) as info:
        read_source(None, b"junk\n" * 300 + b"%PDF-1.4\n", fmt=InputFormat.PDF)
    assert "not a PDF" not in info.value.message


# --- 2. stray control characters ---------------------------------------------------------

PASTED = (
    "Statement by the Minister\n\n"
    "We will open three new \x1b[1mclinics\x1b[0m this year.\n\n"
    "Each will have a nurse on duty at all hours.\x7f\n\n"
    "The work starts in March.\x1a More news follows.\n"
)


def test_a_few_stray_controls_are_dropped_with_a_note_of_where() -> None:
    # Before: "contains control byte 0x1b at offset 49 (binary data, not text)".
    document = read_source(None, PASTED.encode())
    assert "new clinics this year." in document.markdown
    assert "all hours.\n" in document.markdown
    assert "March. More news" in document.markdown
    assert not any(ord(char) < 32 and char not in "\n\t" for char in document.markdown)
    assert document.notes == (
        "<stdin>: dropped 4 stray control characters (0x1a, 0x1b, 0x7f) on lines 3, 5 and 7",
    )


def test_text_without_controls_has_no_note() -> None:
    assert read_source(None, STATEMENT.encode()).notes == ()


@pytest.mark.parametrize(
    "data",
    [
        b"Some text\x00\x00\x00 then binary",  # NUL bytes
        bytes(range(1, 32)) * 4 + b"words",  # many control bytes
        b"a few words " + b"\x1b\x7f\x01" * 3,  # more than a pasted statement holds
    ],
)
def test_binary_data_is_still_refused(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_text(data, "data.bin")
    assert "(binary data, not text)" in info.value.message


def test_run_warns_of_the_dropped_controls_on_stderr_and_in_json(
    runner: CliRunner, tmp_path: Path
) -> None:
    pasted = tmp_path / "pasted.txt"
    pasted.write_bytes(PASTED.encode())
    out = tmp_path / "out"
    note = "pasted.txt: dropped 4 stray control characters (0x1a, 0x1b, 0x7f) on lines 3, 5 and 7"
    result = runner.invoke(app, ["run", str(pasted), "--no-audio", "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["warnings"] == [note]
    assert f"plainvoice: warning: {note}\n" in result.stderr
    # The package is made from the cleaned text, and the next run, up to date, says it again.
    again = runner.invoke(app, ["run", str(pasted), "--no-audio", "-o", str(out)])
    assert again.exit_code == 0, again.output
    assert "Up to date" in again.stdout
    assert f"plainvoice: warning: {note}\n" in again.stderr
    sections = runner.invoke(app, ["sections", str(pasted)])
    assert sections.exit_code == 0, sections.output
    assert f"plainvoice: warning: {note}\n" in sections.stderr


# --- 3. a --cache-dir under a file --------------------------------------------------------


def test_a_cache_dir_under_a_file_is_a_usage_error_for_run(
    runner: CliRunner, tmp_path: Path
) -> None:
    # Before: the run went on with no cache, saying nothing (each write failed silently).
    notes = tmp_path / "notes.txt"
    notes.write_text(STATEMENT, encoding="utf-8")
    cache = notes / "cache"
    result = runner.invoke(
        app, ["run", str(notes), "--cache-dir", str(cache), "-o", str(tmp_path / "out"), "--json"]
    )
    message = f"cache path {cache} is inside {notes}, which is a file, not a folder"
    assert result.exit_code == ExitCode.USAGE, result.output
    assert json.loads(result.stdout)["error"]["message"] == message
    assert result.stderr == f"plainvoice: error: {message}\n"
    assert not (tmp_path / "out").exists()


def test_the_cache_commands_refuse_a_cache_dir_under_a_file(
    runner: CliRunner, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a cache\n", encoding="utf-8")
    result = runner.invoke(app, ["cache", "info", "--cache-dir", str(notes / "deeper" / "cache")])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert f"is inside {notes}, which is a file" in result.stderr


def test_cache_dir_problem(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("x", encoding="utf-8")
    assert cache_dir_problem(tmp_path) is None
    assert cache_dir_problem(tmp_path / "new" / "cache") is None  # made when first written
    assert cache_dir_problem(notes) == f"cache path {notes} exists and is not a folder"
    assert "which is a file" in str(cache_dir_problem(notes / "a" / "b"))
    with pytest.raises(UsageError) as info:
        Settings(input_path=notes, output_dir=tmp_path, cache_dir=notes / "c").validate()
    assert "which is a file" in info.value.message


def test_a_cache_variable_inside_a_file_is_refused_by_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$PLAINVOICE_CACHE_DIR under a regular file left `run` without a cache, silently."""
    notes = tmp_path / "notes.txt"
    notes.write_text("Thank you all for coming today. We will act on crime now.\n")
    monkeypatch.setenv("PLAINVOICE_CACHE_DIR", str(notes / "cache"))
    result = CliRunner().invoke(app, ["run", str(notes), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "$PLAINVOICE_CACHE_DIR: cache path" in result.output
    assert "which is a file, not a folder" in result.output
    fine = CliRunner().invoke(
        app, ["run", str(notes), "--no-cache", "--no-audio", "-o", str(tmp_path / "o2")]
    )
    assert fine.exit_code == 0, fine.output
