"""Section titles that say what a section is about, not a detail said once in it."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages.load import load_source
from pipeline.stages.split import salient_title, split_statement

APPEAL_RELEASE = Path(__file__).parent / "data" / "witness_appeal.txt"

COLLISION = (
    "Officers investigating a serious collision on the B1040 near Eastby are appealing for "
    "witnesses. The collision, involving a blue Skoda Octavia and a lorry, happened at "
    "around 7pm on Friday. The driver of the Octavia was taken to hospital with serious "
    "injuries. The other driver was not hurt. The road was closed while collision "
    "investigators examined the scene."
)
APPEAL = (
    'Sergeant Tom Hale, of the Roads Policing Unit, said: "We want to hear '
    'from anyone who saw the car before the crash." Anyone with information is asked to '
    "call Eastshire Police on 101. Information can also be given anonymously to Crimestoppers."
)


def test_a_name_said_once_does_not_title_a_section_about_something_said_throughout() -> None:
    titles = [s.title for s in split_statement(load_source(APPEAL_RELEASE)).sections]
    # "Vauxhall Astra", said once, had titled the collision; "Roads Policing Unit", the
    # quoted sergeant's unit, had titled the call for information.
    assert titles == ["About this statement", "Collision and injuries", "Information"]


def test_the_unit_of_a_quoted_officer_and_the_issuer_title_nothing() -> None:
    title = salient_title(APPEAL, others=[COLLISION], issuer="Eastshire Police")
    assert title == "Information"
    # Without the issuer known, its name said once is still a candidate.
    assert "Roads Policing Unit" not in salient_title(APPEAL, others=[COLLISION])


def test_a_word_as_general_as_number_does_not_lead() -> None:
    release = load_source(Path(__file__).parent / "data" / "road_deaths.md")
    titles = [s.title for s in split_statement(release).sections]
    assert titles[1] == "Roads"  # was "Number and roads", of "The number of people killed"


def test_the_voice_that_opens_every_paragraph_titles_no_section() -> None:
    # "The members of the Security Council condemned … expressed … called on …": the voice.
    release = load_source(Path(__file__).parent / "data" / "sc_press_statement.txt")
    titles = [s.title for s in split_statement(release).sections]
    assert titles == ["About this statement", "Valmira and Estavia"]  # was "Security Council"


def test_cannot_is_no_title() -> None:
    text = (
        "We cannot build our way out of this overnight. But we cannot wait either, and we "
        "will build faster. The waiting list has 212,000 households on it today."
    )
    assert salient_title(text, others=["Thank you."]) != "Cannot"
