"""A speech's and a transcript's summary points: whole statements, in the speaker's voice.

A press office pastes the summary into an e-mail: a question to the room ("How many of you
know someone …?"), a count with nothing before it ("Second, councils will …"), a script's
label ("Minister: …") or a sentence with words missing from the record ("… [inaudible]") is
no key point as it stood.
"""

from __future__ import annotations

from pipeline.stages import summary
from pipeline.stages.load import SourceText
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement


def _summary_of(text: str, name: str = "speech.txt") -> summary.Summary:
    statement = split_statement(SourceText(text, name), "en")
    plains = [summary.with_in_short(s, simplify_section(s, "en")) for s in statement.sections]
    return summary.summarise(statement, plains)


_SPEECH = (
    "Speech by Priya Ramanathan, Minister for Housing, at the Northmere Homes Summit\n\n"
    "Port Alder, 19 November 2026\n\n"
    "How many of you know someone who cannot afford a home of their own in Northmere? I "
    "suspect it is most of the people in this room.\n\n"
    "Last year, 18,400 new homes were completed in Northmere, the highest number in 15 "
    "years.\n\n"
    "Second, councils will have to decide on planning applications for housing within 12 "
    "weeks, or the application will pass to the state planning panel.\n\n"
    "Third, at least 20 per cent of the homes on every large public site will be set aside "
    "as social housing.\n"
)


def test_a_question_put_to_the_room_is_no_point() -> None:
    made = _summary_of(_SPEECH)
    assert made.points
    assert not any(point.endswith("?") for point in made.points)


def test_a_point_that_counts_what_is_announced_goes_without_its_count() -> None:
    made = _summary_of(_SPEECH)
    assert any(point.startswith("At least 20 per cent") for point in made.points)
    assert not any(point.startswith(("Second,", "Third,")) for point in made.points)


_TRANSCRIPT = (
    "Transcript: Minister for Transport, Hon. Rachel Tembo MP, press conference, "
    "Parliament House, Port Alder\n\nTuesday 17 November 2026\n\n"
    "QUESTION: Sorry, just to be clear, will fares go up?\n\n"
    "MINISTER: No. Fares on the Northline will be the same as on every other tram and bus "
    "in Port Alder.\n\n"
    "QUESTION: What about the people whose homes are in the way of the line?\n\n"
    "THE MINISTER: Thirty-two households will need to move, and we will pay market value plus "
    "15 per cent. [inaudible] We have also set up a support line for the 32 households.\n\n"
    "COMMISSIONER HALE: The Northline Commission will publish the contract in December 2026.\n"
)


def test_a_label_by_the_speakers_office_is_no_part_of_her_point() -> None:
    made = _summary_of(_TRANSCRIPT, "transcript.txt")
    assert "Rachel Tembo" in made.lead
    fares = "Fares on the Northline will be the same as on every other tram and bus in Port Alder."
    assert fares in made.points
    assert not any(point.startswith(("Minister", "The Minister", "No.")) for point in made.points)
    # Another speaker's label says who else spoke, and stays.
    assert any(point.startswith("Commissioner Hale: ") for point in made.points)


def test_a_sentence_with_words_missing_from_the_record_is_no_point() -> None:
    made = _summary_of(
        "Transcript: Minister for Transport, Hon. Rachel Tembo MP, press conference, "
        "Parliament House, Port Alder\n\nTuesday 17 November 2026\n\n"
        "RACHEL TEMBO: We will pay the 32 households market value plus 15 per cent, "
        "[inaudible] and their moving costs from 1 March 2027.\n\n"
        "RACHEL TEMBO: The Northline Commission will publish the contract in December 2026. "
        "[crosstalk]\n",
        "transcript.txt",
    )
    assert not any("32 households" in point for point in made.points)
    # The sentence before the gap was heard whole: a point, without the mark.
    assert made.points == ("The Northline Commission will publish the contract in December 2026.",)


def test_a_call_on_the_room_to_remember_goes_and_what_it_recalls_stays() -> None:
    made = _summary_of(
        "Speech from the Throne to open the First Session of the 42nd Parliament\n\n"
        "Ottawa, Ontario\n\n4 December 2015\n\n"
        "Let us not forget that Canadians have been clear in their desire for real change in "
        "the 2015 election.\n"
    )
    assert made.points == (
        "Canadians have been clear in their desire for real change in the 2015 election.",
    )


def test_a_count_freed_from_a_point_lets_in_no_other_point() -> None:
    # The summary is chosen with the count's words, then the count goes: the Canadian Speech
    # from the Throne had gained "We know the greatness that Canada is capable of."
    made = _summary_of(_SPEECH)
    statement = split_statement(SourceText(_SPEECH, "speech.txt"), "en")
    plains = [summary.with_in_short(s, simplify_section(s, "en")) for s in statement.sections]
    assert any(p.startswith("Third, ") for plain in plains for p in plain.in_short)
    assert len(made.points) == sum(len(plain.in_short) for plain in plains)
