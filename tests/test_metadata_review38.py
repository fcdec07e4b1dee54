"""Who, when and where (review 38): all-number dates, titles from file names, the summary's
opening, a Dutch speaker named after "van", and an address line kept as its own paragraph.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ExitCode
from pipeline.metadata import find_date, signed_on, with_overrides
from pipeline.models import StatementMeta
from pipeline.settings import Settings
from pipeline.stages.load import SourceText
from pipeline.stages.split import parse_title_block, split_statement
from tests.summaries import summary_of

BODY = (
    "We will build 300 new roads for every town in the region this year. The work will start "
    "in March and take 8 months.\n"
)


def _meta(text: str, name: str = "roads.txt") -> StatementMeta:
    return split_statement(SourceText(text, name)).meta


# 1. --date: a day over 12 in the second place is read month first.


@pytest.mark.parametrize("written", ["03/13/2021", "13/03/2021", "03.13.2021", "3-13-2021"])
def test_an_all_number_date_with_a_day_over_12_reads_one_way(written: str) -> None:
    found = find_date(written)
    assert found is not None and found[1] == "2021-03-13"


@pytest.mark.parametrize("written", ["03/13/2021", "13/03/2021"])
def test_the_date_option_takes_a_day_over_12_in_either_place(tmp_path: Path, written: str) -> None:
    settings = Settings(input_path=Path("x.txt"), output_dir=tmp_path / "out", date=written)
    assert not any("--date" in problem for problem in settings._metadata_problems())
    meta = with_overrides(StatementMeta(title="Roads"), date=written)
    assert (meta.date_text, meta.date_start) == (written, "2021-03-13")


def test_a_date_option_that_reads_two_ways_is_still_refused_in_one_line(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    result = runner.invoke(
        app, ["run", str(sample_path), "--no-audio", "--date", "03/07/2021", "-o", str(tmp_path)]
    )
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.count("\n") == 1
    assert "3 July 2021 or 7 March 2021" in result.stderr


@pytest.mark.parametrize("written", ["13/13/2021", "00/13/2021", "03/32/2021"])
def test_an_all_number_date_that_is_no_day_either_way_is_no_date(written: str) -> None:
    assert find_date(written) is None


# 2. A numeric date in the text that reads two ways is never told as a guessed month.


def test_an_open_all_number_date_in_the_text_is_kept_as_written() -> None:
    meta = _meta(f"Remarks on roads\n\nKyoto, 03/07/2021\n\n{BODY}")
    assert (meta.date_text, meta.date_start, meta.place) == ("03/07/2021", None, "Kyoto")
    lead = summary_of(f"Remarks on roads\n\nKyoto, 03/07/2021\n\n{BODY}").lead
    assert "03/07/2021" in lead
    assert "July" not in lead and "March 2021" not in lead


def test_the_days_name_before_an_open_date_settles_it() -> None:
    # 7 March 2021 was a Sunday; 3 July 2021 a Saturday.
    assert _meta(f"Remarks on roads\n\nKyoto, Sunday 07/03/2021\n\n{BODY}").date_start == (
        "2021-03-07"
    )
    assert _meta(f"Remarks on roads\n\nKyoto, Saturday 07/03/2021\n\n{BODY}").date_start == (
        "2021-07-03"
    )


def test_the_same_day_in_words_elsewhere_settles_an_open_date() -> None:
    text = f"Remarks on roads\n\nKyoto, 03/07/2021\n\nOn 7 March 2021, the council met. {BODY}"
    assert _meta(text).date_start == "2021-03-07"
    assert "7 March 2021" in summary_of(text).lead


@pytest.mark.parametrize(
    ("written", "day"), [("07.03.2021", "2021-03-07"), ("03.07.2021", "2021-07-03")]
)
def test_an_all_number_date_with_dots_is_read_day_first_as_europe_writes_it(
    written: str, day: str
) -> None:
    assert _meta(f"Remarks on roads\n\nKyoto, {written}\n\n{BODY}").date_start == day


def test_an_open_date_on_a_signing_line_is_kept_as_written() -> None:
    meta = signed_on(StatementMeta(title="Order"), [BODY, "Done at Kyoto on 03/07/2021."])
    assert (meta.date_text, meta.date_start) == ("03/07/2021", None)
    named = signed_on(StatementMeta(title="Order"), [BODY, "Signed on Sunday 07/03/2021"])
    assert named.date_start == "2021-03-07"


def test_an_all_number_date_with_a_day_over_12_in_the_text_is_read() -> None:
    meta = _meta(f"Remarks on roads\n\nKyoto, 03/13/2021\n\n{BODY}")
    assert (meta.date_text, meta.date_start) == ("03/13/2021", "2021-03-13")
    assert "13 March 2021" in summary_of(f"Remarks on roads\n\nKyoto, 03/13/2021\n\n{BODY}").lead


# 3. A title from a file name needs a word of two letters or more.


@pytest.mark.parametrize("name", ["s.txt", "x.md", "s1.txt", "01.txt", "2021.txt", "x_y.txt"])
def test_a_file_name_without_a_real_word_gives_the_plain_fallback_title(name: str) -> None:
    assert parse_title_block([], name).title == "Statement"


@pytest.mark.parametrize(
    ("name", "title"), [("un.txt", "UN"), ("roads.txt", "Roads"), ("s-roads.txt", "S Roads")]
)
def test_a_file_name_with_a_real_word_still_gives_its_title(name: str, title: str) -> None:
    assert parse_title_block([], name).title == title


def test_a_one_letter_file_is_not_titled_by_its_letter() -> None:
    made = summary_of(BODY, "s.txt")
    assert "S." not in made.lead and '"S"' not in made.lead


# 4. The summary opens with who, when and where; whom the speech greets comes after or not at all.

GREETING = (
    "•\tExcellency, Volkan Bozkir, President of the General Assembly\n•\tDistinguished Delegates\n"
)
ADDRESSEE = "It is addressed to Volkan Bozkir, the President of the General Assembly."


def test_a_speech_that_tells_no_who_where_or_when_does_not_open_on_its_addressee() -> None:
    made = summary_of(f"{GREETING}{BODY}")
    assert "addressed to" not in made.text
    assert made.lead == "" and made.points


def test_a_dated_speech_tells_its_day_before_whom_it_addresses() -> None:
    made = summary_of(f"4 December 2015\n\n{GREETING}{BODY}")
    assert made.lead == f"This speech was given on 4 December 2015. {ADDRESSEE}"


def test_a_speaker_who_names_their_office_is_told_before_whom_they_address() -> None:
    made = summary_of(f"{GREETING}As governor general, I have seen what the region can do. {BODY}")
    assert made.lead == f"The governor general gave this speech. {ADDRESSEE}"


# 5. "Toespraak van X": X is the speaker when it is a person's name.


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Toespraak van Mark Rutte over het klimaat", "Mark Rutte"),
        ("Toespraak van Jan de Vries", "Jan de Vries"),
        ("Toespraak van Sigrid Kaag ter gelegenheid van Koningsdag", "Sigrid Kaag"),
        ("Toespraak van Hugo de Jonge in Rotterdam", "Hugo de Jonge"),
        ("Rede van Kees van der Staaij", "Kees van der Staaij"),
        ("Toespraak van Wopke Hoekstra aan de Universiteit Leiden", "Wopke Hoekstra"),
    ],
)
def test_a_dutch_speech_names_the_person_after_van(title: str, speaker: str) -> None:
    meta = parse_title_block([title, "Den Haag, 12 maart 2021"], "x.txt", lang="nl")
    assert meta.speaker == speaker
    assert meta.title == title


@pytest.mark.parametrize(
    "title", ["Toespraak van de Koning", "Mededeling van de Commissie aan het Parlement"]
)
def test_a_dutch_title_naming_no_person_after_van_names_no_speaker(title: str) -> None:
    assert parse_title_block([title], "x.txt", lang="nl").speaker is None
