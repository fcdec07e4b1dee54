"""The README documents every command, option of `run`, engine and exit code."""

from __future__ import annotations

import re

from typer.core import TyperGroup
from typer.main import get_command

from pipeline.cli import app
from pipeline.engines import available_engines
from pipeline.errors import ExitCode
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def _commands() -> TyperGroup:
    """The CLI as click sees it: a group of commands, since the app has more than one."""
    group = get_command(app)
    assert isinstance(group, TyperGroup)
    return group


def test_every_command_is_documented_and_has_help() -> None:
    for name, command in _commands().commands.items():
        assert f"plainvoice {name}" in README, name
        assert command.help, name


def test_every_run_option_is_documented() -> None:
    run = _commands().commands["run"]
    for param in run.params:
        for option in param.opts:
            if option.startswith("--"):
                assert option in README, option


def test_every_engine_and_exit_code_is_documented() -> None:
    for engine in available_engines():
        assert f"`{engine}`" in README
    for code in ExitCode:
        assert re.search(rf"\| {code.value} \| {code.name} \|", README), code


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    command = "bash scripts/setup-a11y.sh && python -m pip install -e '.[test]' && PLAINVOICE_REQUIRE_A11Y=1 python -m pytest"
    assert command in README and command in ci
