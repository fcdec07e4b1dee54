"""Fuzz review 39: the smallest inputs that crashed a run, and failures after the sections.

Each crash a fuzz run found (generated Unicode, structure-shaped text, mutated sample and
corpus statements, in every format the readers take) is kept here as its minimal input, run
through the real CLI with `--no-audio`: it ends in one line on stderr and a documented exit
code, or in a package. The last tests fail a run after its sections are built and check that
the output folder holds only the package made before, byte for byte.
"""

from __future__ import annotations

import errno
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ExitCode
from pipeline.readers import clean_characters, decode_text
from pipeline.settings import SUPPORTED_LANGUAGES
from pipeline.speech_text import split_phrases, to_speech

STATEMENT = """# Working together against crime

## Why we meet

We meet in Vienna today. Crime crosses every border. We must answer together.

## What comes next

We will train more officers. We will share data faster. Thank you.
"""


def _run(source: Path, out: Path, *extra: str) -> Any:
    return CliRunner().invoke(app, ["run", str(source), "--no-audio", "-o", str(out), *extra])


def _snapshot(out: Path) -> dict[str, bytes]:
    """Every file in the output folder, hidden ones (staging folders, partial ZIPs) included."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


@pytest.fixture
def earlier_package(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A statement, its package made by an earlier run, and that output folder's files."""
    source = tmp_path / "statement.md"
    source.write_text(STATEMENT, encoding="utf-8")
    out = tmp_path / "out"
    assert _run(source, out).exit_code == 0
    source.write_text(STATEMENT.replace("more officers", "500 more officers"), encoding="utf-8")
    return source, out, _snapshot(out)


def test_a_nul_in_a_few_bytes_of_text_is_named_not_taken_for_utf16(tmp_path: Path) -> None:
    # One NUL in 7 bytes filled a third of one byte column: the bytes were read as UTF-16 and
    # refused for "undecodable byte 0x66 at offset 6", the last letter, not the NUL.
    source = tmp_path / "notes.txt"
    source.write_bytes(b"abc\x00def")
    result = _run(source, tmp_path / "out")
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr == (
        f"plainvoice: error: {source}: contains NUL bytes (binary data, not text) at offset 3\n"
    )
    assert not (tmp_path / "out").exists()
    # Four characters of UTF-16 without a byte-order mark are still read as UTF-16.
    assert decode_text("Hi.\n".encode("utf-16-le"), "x") == ("Hi.\n", "utf-16-le")
    assert decode_text("Hi.\n".encode("utf-16-be"), "x") == ("Hi.\n", "utf-16-be")


def test_a_failure_while_the_zip_is_written_keeps_the_earlier_package(
    earlier_package: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The disk fills halfway through the ZIP: part of it is on disk under its temporary name.
    from pipeline.stages import bundle

    def half_then_full(folder: Path, slug: str, zip_path: Path) -> None:
        with zipfile.ZipFile(zip_path, "w") as archive:
            archive.writestr(f"{slug}/index.html", "<p>half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bundle, "_write_zip", half_then_full)
    source, out, before = earlier_package
    result = _run(source, out)
    assert result.exit_code == ExitCode.OUTPUT
    assert result.stderr.startswith("plainvoice: error: ")
    assert result.stderr.count("\n") == 1, result.stderr
    assert "No space left on device" in result.stderr
    assert _snapshot(out) == before  # no partial ZIP, no staging folder, nothing replaced


def test_a_bug_after_the_sections_are_built_keeps_the_earlier_package(
    earlier_package: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sections, plain version and text files are written when the EPUB writer fails.
    from pipeline.stages import epub

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in the EPUB writer")

    monkeypatch.setattr(epub, "write_epub", broken)
    source, out, before = earlier_package
    result = _run(source, out)
    assert result.exit_code == ExitCode.FAILURE
    assert isinstance(result.exception, RuntimeError)
    assert _snapshot(out) == before


PIECES = (
    "9:30 a.m.", "25:61", "31 February 2021", "2021-13-45", "1e999%", "$-0", "0/0 %", "24/7",
    "1,000,000,000,000,000,000,000 €", "1000000000000000000000th", "MMMMCMXCIX", "No. 0",
    "mail@example.com", "https://example.org/a?b=c", "<script>x</script>", "**", "(((", "UN/EU",
    "\u200b", "\u202e", "\u0301", "\ufeff", "İSTANBUL", "ﬃ", "١٢٣", "½", "2²", "km", "mg/L",
)  # fmt: skip
"""Numbers, times, dates, addresses, markup and odd characters the speech rules rewrite."""
READABLE = st.characters(exclude_categories=("Cc", "Cs"), include_characters="\t\n")
"""Characters a statement holds once read: the readers refuse or drop other controls."""


@settings(
    max_examples=600,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(READABLE, max_size=12)), max_size=12).map(
        " ".join
    ),
    st.sampled_from(SUPPORTED_LANGUAGES),
)
def test_speech_text_reads_any_text_in_every_language(text: str, language: str) -> None:
    # Even a run without audio reads every sentence aloud in its head (75 times for the
    # sample): the pronunciation review and read-along timings come from the spoken form.
    spoken = to_speech(clean_characters(text), language)  # as the readers leave it
    assert not re.search(r"<\\s*/?\\s*[a-zA-Z]", spoken.text), spoken.text  # no tag is read out
    assert not re.search("[\\x00-\\x08\\x0b-\\x1f\\x7f]", spoken.text), spoken.text  # nor a control
    phrases = split_phrases(spoken.text)
    assert "".join("".join(phrases).split()) == "".join(spoken.text.split())  # nothing lost
