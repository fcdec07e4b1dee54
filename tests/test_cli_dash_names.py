"""A statement whose file name starts with a dash: the hint's two ways to pass it both work."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ExitCode


@pytest.mark.parametrize("command", ["run", "batch"])
def test_both_ways_the_hint_gives_to_pass_a_dash_named_file_work(
    command: str, sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The hint said "put -- before it": "run -- -lead.txt -o out" read "-o" and "out" as
    # files too ("Got unexpected extra argument(s)").
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-lead.txt").write_bytes(sample_path.read_bytes())
    options = ["-o", "out", "--no-audio", "-q"]
    refused = CliRunner().invoke(app, [command, "-lead.txt", *options])
    assert refused.exit_code == ExitCode.USAGE
    assert (
        "(to read the file -lead.txt, write ./-lead.txt, or put it after -- at the end of the "
        "command; see " in refused.stderr
    )
    written = CliRunner().invoke(app, [command, "./-lead.txt", *options])
    assert written.exit_code == 0, written.output
    last = CliRunner().invoke(app, [command, *options, "--force", "--", "-lead.txt"])
    assert last.exit_code == 0, last.output
    assert (tmp_path / "out" / "lead" / "index.html").is_file()
