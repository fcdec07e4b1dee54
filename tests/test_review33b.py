"""Small things a first user tripped on (review 33b): dates, markup titles, greetings, markers."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import _not_in_edit, app
from pipeline.errors import ExitCode
from pipeline.settings import Settings
from pipeline.stages.load import load_source
from pipeline.stages.review import read_edited
from pipeline.stages.split import salient_title, split_statement


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


IMG_TAG = "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize(
    "text",
    [
        IMG_TAG,
        f"Thank you. {IMG_TAG} We meet today about the roads, and the roads alone.",
        "<p>Roads and schools</p> <!-- note -->",
    ],
)
def test_words_inside_markup_are_no_title_words(text: str) -> None:
    title = salient_title(text)
    assert not {"Src", "Img", "Onerror", "Alert", "Note"} & set(title.split())


def test_a_section_holding_a_tag_is_titled_by_its_words_and_keeps_the_tag(tmp_path: Path) -> None:
    text = (
        "Remarks on road safety\n\nWe will keep the roads safe for every child in the city "
        f"this year, and we will fund crossings.\n\n{IMG_TAG}\n\nThank you.\n"
    )
    path = tmp_path / "statement.txt"
    path.write_text(text, encoding="utf-8")
    statement = split_statement(load_source(path))
    titles = [section.title for section in statement.sections]
    assert "Src" not in titles and "Crossings" in titles
    assert any(IMG_TAG in section.plain_text for section in statement.sections)


def test_text_with_lone_angle_brackets_keeps_its_words() -> None:
    assert salient_title("If roads < 5 and schools > 3, the roads come first.") == "Roads"


@pytest.mark.parametrize("name", ["greeting.txt", "welcome.txt"])
def test_a_statement_that_is_only_a_greeting_is_titled_as_one(tmp_path: Path, name: str) -> None:
    """Not "Morning", a topic made up from the greeting's own words."""
    path = tmp_path / name
    path.write_text("Good morning, everyone.\n", encoding="utf-8")
    sections = split_statement(load_source(path)).sections
    assert [section.title for section in sections] == ["Greeting"]
    assert sections[0].plain_text == "Good morning, everyone."


def test_a_greeting_before_the_body_keeps_its_own_section(tmp_path: Path) -> None:
    path = tmp_path / "remarks.txt"
    path.write_text(
        "Good morning, everyone.\n\nThe city will fund new crossings near every school.\n",
        encoding="utf-8",
    )
    titles = [section.title for section in split_statement(load_source(path)).sections]
    assert titles[0] == "Greeting" and len(titles) == 2 and "Morning" not in titles


EDITED = """# Statement: plain language

<!-- section: 01-opening -->
## Opening

We meet today.
{first_end}
<!-- section: 02-roads -->
## Roads

The city will fund new crossings.

<!-- end section -->
"""


def _edited(tmp_path: Path, first_end: str) -> Path:
    path = tmp_path / "plain.md"
    path.write_text(EDITED.format(first_end=first_end), encoding="utf-8")
    return path


def test_a_section_ended_by_the_next_marker_is_read_and_told_open(tmp_path: Path) -> None:
    edits = read_edited(_edited(tmp_path, ""))
    assert edits["01-opening"].paragraphs == ("We meet today.",)
    assert not edits["01-opening"].closed and edits["02-roads"].closed
    manifest = {"sections": [{"id": "01-opening"}, {"id": "02-roads"}]}
    notes = _not_in_edit(tmp_path / "plain.md", manifest)
    assert notes == [
        "plain.md: section 01-opening has no <!-- end section --> before the next section's "
        "marker; its text was read up to that marker"
    ]


def test_closed_sections_and_a_last_one_ended_by_the_file_are_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    # The first section is closed; the last runs to the end of the file, as plainvoice allows.
    path.write_text(EDITED.format(first_end="<!-- end section -->").rsplit("<!--", 1)[0])
    assert all(edit.closed for edit in read_edited(path).values())
    manifest = {"sections": [{"id": "01-opening"}, {"id": "02-roads"}]}
    assert _not_in_edit(path, manifest) == []


def test_a_tag_under_the_title_is_no_speaker(tmp_path: Path) -> None:
    """A line of markup names nobody: the title stays the statement's own, with no "by <img …>"."""
    text = (
        f"Statement on safety\n{IMG_TAG}\n\nWe will keep the roads safe for every child who "
        "walks to school, and we will fund new crossings this year.\n\nThank you.\n"
    )
    path = tmp_path / "statement.txt"
    path.write_text(text, encoding="utf-8")
    meta = split_statement(load_source(path)).meta
    assert meta.speaker is None
    assert "<img" not in meta.title


@pytest.mark.parametrize(
    ("line", "speaker"),
    [("Jürgen Stock", "Jürgen Stock"), ("Dana Lee", "Dana Lee"), (IMG_TAG, None), ("2024", None)],
)
def test_a_speaker_line_needs_a_word_of_letters_and_no_markup(
    line: str, speaker: str | None
) -> None:
    from pipeline.metadata import _speaker_and_role

    assert _speaker_and_role(line)[0] == speaker
