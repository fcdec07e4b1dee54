"""A package's statement.txt, run again, gives the same sections, titles and plain version.

A press office re-runs from the text it has. statement.txt had written every section's title
as "## Title": the sample's "## About this statement" then became its title block, and its
"Greeting" joined the body (5 sections for 6).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from pipeline.build import build_package
from pipeline.settings import Settings

SAMPLE = Path(__file__).resolve().parents[1] / "seeds" / "interpol-sg-un-crime-congress-2021.txt"

PLAIN_TEXT_STATEMENT = (
    "Statement by the Mayor of Port Alder\n"
    "Jane Moreau, Mayor\n"
    "Port Alder, 4 May 2027\n\n"
    "Dear residents,\n\n"
    "Flood defences\n\n"
    "The council has agreed to spend four million euros on new flood walls along the river "
    "this year, after the floods of last winter damaged more than two hundred homes.\n\n"
    "The work will be done in three steps:\n\n"
    "- The old walls near the harbour will be taken down in June.\n"
    "- New walls will be built from July to October.\n"
    "- The riverside path will open again in November.\n\n"
    "Help for families\n\n"
    "Families whose homes were damaged can ask the council for a grant of up to five thousand "
    "euros, and the council will answer every request within four weeks of receiving it.\n\n"
    "Thank you.\n"
)
MARKDOWN_STATEMENT = (
    "# Council agrees a new budget for schools\n\n"
    "## Money for teachers\n\n"
    "The council will pay for forty new teachers in the city's primary schools from September, "
    "so that no class has more than twenty-five pupils in it.\n\n"
    "## New buildings\n\n"
    "Two schools will get new buildings. The council chose them because their old buildings "
    "cannot be heated well in winter:\n\n"
    "1. North Road School, to be finished in 2028.\n"
    "2. Harbour School, to be finished in 2029.\n"
)


def _build(source: Path, out: Path) -> Path:
    """The package folder that a run without audio makes of `source`."""
    settings = Settings(input_path=source, output_dir=out, audio=False)
    return build_package(settings).package.folder


def _section_titles(package: Path) -> list[str]:
    manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    return [section["title"] for section in manifest["sections"]]


def _plain_body(package: Path) -> str:
    """plain.md without its first heading, which names the statement after its file."""
    plain = (package / "plain.md").read_text(encoding="utf-8")
    return re.sub(r"(?m)^# .*: plain language$", "", plain)


def _round_trip(source: Path, where: Path) -> tuple[Path, Path]:
    """The package of `source`, and the package of that package's statement.txt."""
    first = _build(source, where / "first")
    again = where / "again" / "statement.txt"
    again.parent.mkdir(parents=True)
    shutil.copyfile(first / "statement.txt", again)
    return first, _build(again, where / "second")


@pytest.mark.parametrize(
    ("name", "text"),
    [("port-alder.txt", PLAIN_TEXT_STATEMENT), ("schools.md", MARKDOWN_STATEMENT)],
)
def test_a_made_up_statement_reads_back_the_same(name: str, text: str, tmp_path: Path) -> None:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    first, second = _round_trip(source, tmp_path)
    assert _section_titles(second) == _section_titles(first)
    assert _plain_body(second) == _plain_body(first)
    # Read back, the text is written the same again: a fixed point.
    statement = (first / "statement.txt").read_text(encoding="utf-8")
    assert (second / "statement.txt").read_text(encoding="utf-8") == statement


def test_the_made_up_statements_have_what_a_round_trip_must_keep(tmp_path: Path) -> None:
    # Without a title block, greeting, headings and a list, the test above proves little.
    source = tmp_path / "port-alder.txt"
    source.write_text(PLAIN_TEXT_STATEMENT, encoding="utf-8")
    titles = _section_titles(_build(source, tmp_path / "out"))
    assert titles[:2] == ["About this statement", "Greeting"]
    assert {"Flood defences", "Help for families"} <= set(titles)


def test_statement_txt_writes_headings_as_plain_lines_and_no_made_up_titles(
    tmp_path: Path,
) -> None:
    source = tmp_path / "schools.md"
    source.write_text(MARKDOWN_STATEMENT, encoding="utf-8")
    statement = (_build(source, tmp_path / "out") / "statement.txt").read_text(encoding="utf-8")
    assert "#" not in statement
    # Two short headed parts are one section, titled by both headings (250 words at most).
    assert "\n\nMoney for teachers; New buildings\n\n" in statement
    assert "\n1. North Road School, to be finished in 2028.\n" in statement


def test_the_sample_reads_back_with_its_title_block_greeting_and_six_sections(
    tmp_path: Path,
) -> None:
    first, second = _round_trip(SAMPLE, tmp_path)
    titles = _section_titles(first)
    assert len(titles) == 6
    assert titles[:2] == ["About this statement", "Greeting"]
    assert _section_titles(second) == titles
    assert _plain_body(second) == _plain_body(first)
    statement = (first / "statement.txt").read_text(encoding="utf-8")
    assert "About this statement" not in statement
    # The event, its part and its place stay one block, as the sample writes them.
    assert (
        "14th United Nations Congress on Crime Prevention and Criminal Justice\n"
        "High-Level Segment\nKyoto, Japan 7-9 March 2021\n\n"
    ) in statement
