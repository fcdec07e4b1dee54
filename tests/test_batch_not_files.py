"""A batch's folder may hold names that are no file: a link to nothing, a named pipe. They were
skipped without a word; a pipe given by name was said "does not exist"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.batch import BatchSettings, discover
from pipeline.cli import app
from pipeline.errors import ExitCode, InputError
from pipeline.readers import not_a_file

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


@pytest.fixture
def inbox(tmp_path: Path, sample_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_bytes(sample_path.read_bytes())
    os.mkfifo(folder / "pipe.txt")
    (folder / "broken.md").symlink_to(tmp_path / "gone.md")
    os.mkfifo(folder / "notes.log")  # not a statement's name: never mentioned
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    return folder


def test_what_a_name_that_is_no_file_is(inbox: Path) -> None:
    assert not_a_file(inbox / "pipe.txt") == "a named pipe, not a file"
    assert not_a_file(inbox / "broken.md") == (
        f"a link to {inbox.parent / 'gone.md'}, which does not exist"
    )
    assert not_a_file(inbox / "good.txt") is None
    assert not_a_file(inbox / "missing.txt") is None


def test_discover_names_what_it_skipped(inbox: Path, tmp_path: Path) -> None:
    skipped: list[str] = []
    settings = BatchSettings(inputs=(inbox,), output_dir=tmp_path / "out")
    assert [item.name for item in discover(settings, skipped)] == ["good"]
    assert skipped == [
        f"skipped {inbox / 'broken.md'}: it is a link to {inbox.parent / 'gone.md'}, which "
        "does not exist",
        f"skipped {inbox / 'loop.txt'}: it is a link that leads back to itself, not a file",
        f"skipped {inbox / 'pipe.txt'}: it is a named pipe, not a file",
    ]


def test_batch_warns_of_each_skipped_name_and_builds_the_rest(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(inbox), "-o", str(out), "--no-audio", "-q"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "warning: skipped" in line]
    assert len(warnings) == 3
    assert "pipe.txt: it is a named pipe, not a file" in warnings[2]
    assert (out / "good" / "index.html").is_file()


def test_a_pipe_given_to_batch_by_name_is_refused_as_a_pipe(inbox: Path, tmp_path: Path) -> None:
    settings = BatchSettings(inputs=(inbox / "pipe.txt",), output_dir=tmp_path / "out")
    with pytest.raises(InputError) as refused:
        discover(settings)
    assert refused.value.exit_code is ExitCode.INPUT
    assert refused.value.message == f"{inbox / 'pipe.txt'} is a named pipe, not a file"


def test_run_on_a_link_to_nothing_says_so(inbox: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["run", str(inbox / "broken.md"), "-o", str(tmp_path / "out"), "--no-audio"]
    )
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr == (
        f"plainvoice: error: {inbox / 'broken.md'}: is a link to {inbox.parent / 'gone.md'}, "
        "which does not exist\n"
    )


def test_a_warning_shows_control_characters_in_a_name_as_escapes(
    inbox: Path, tmp_path: Path
) -> None:
    os.mkfifo(inbox / "red\x1b[31m.txt")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(inbox), "-o", str(out), "--no-audio", "-q"])
    assert "\x1b" not in result.stderr
    assert "red\\x1b[31m.txt: it is a named pipe" in result.stderr
