"""Small things a first user tripped on (review 33b): dates, markup titles, greetings, markers."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ExitCode
from pipeline.settings import Settings


@pytest.mark.parametrize("written", ["07/03/2021", "07.03.2021", "7-3-2021"])
def test_an_all_number_date_that_reads_two_ways_is_refused_in_one_line(
    runner: CliRunner, sample_path: Path, tmp_path: Path, written: str
) -> None:
    """Day first (Europe) and month first (a US office) give two days: the user must say which."""
    result = runner.invoke(
        app, ["run", str(sample_path), "--no-audio", "--date", written, "-o", str(tmp_path)]
    )
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("plainvoice: error:")
    assert "7 March 2021 or 3 July 2021" in result.stderr
    assert "2021-03-07" in result.stderr


@pytest.mark.parametrize("written", ["13/03/2021", "2021-03-07", "7 March 2021", "07/07/2021"])
def test_a_date_that_reads_one_way_is_taken(tmp_path: Path, written: str) -> None:
    settings = Settings(input_path=Path("x.txt"), output_dir=tmp_path / "out", date=written)
    assert not any("--date" in problem for problem in settings._metadata_problems())
