"""A transcript's questions and a communiqué's signing line are no key points.

"Question: Minister, the last estimate was $2.9 billion." is a reporter's words, not the
statement's; "Done at Port Alder on 21 November 2026." says where it was signed, which the
title block tells. Both had been given to the reader as "the key points, in the statement's
own voice".
"""

from __future__ import annotations

from pipeline.stages import summary
from pipeline.stages.load import SourceText
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement


def _summary_of(text: str) -> summary.Summary:
    statement = split_statement(SourceText(text, "transcript.txt"), "en")
    plains = [summary.with_in_short(s, simplify_section(s, "en")) for s in statement.sections]
    return summary.summarise(statement, plains)


def test_a_reporters_question_gives_no_point_and_the_answer_does() -> None:
    result = _summary_of(
        "QUESTION: Minister, the last estimate for the new line was $2.9 billion. Why has "
        "the cost gone up by almost a billion dollars since 2022?\n\n"
        "RACHEL TEMBO: The earlier figure of $2.9 billion was from 2022, before the design "
        "of the line was finished.\n\n"
        "Q: Will fares from the 4 million passengers a year cover the running costs?\n\n"
        "RACHEL TEMBO: We have budgeted $60 million a year in operating support for the line.\n"
    )
    assert result.points
    assert not any(point.lower().startswith(("question", "q:")) for point in result.points)
    assert any("$60 million" in point for point in result.points)


def test_the_line_that_says_where_a_communique_was_signed_is_no_point() -> None:
    result = _summary_of(
        "Ministers thanked the people of Keranda for their warm welcome.\n\n"
        "The next meeting will be held in Lorensburg.\n\n"
        "Done at Port Alder on 21 November 2026.\n"
    )
    assert result.points
    assert not any(point.startswith("Done at") for point in result.points)


def test_a_paragraph_number_written_in_the_text_is_not_lifted_into_a_point() -> None:
    # A Word file keeps a court's "4. …" as text: the summary had read "4. The Supreme Court
    # unanimously allows the appeal."
    result = _summary_of(
        "4\\. The Supreme Court unanimously allows the appeal of Mrs Harwood in 2026.\n"
    )
    assert result.points == (
        "The Supreme Court unanimously allows the appeal of Mrs Harwood in 2026.",
    )


def test_a_sentence_that_leans_on_the_one_before_for_its_verb_is_no_point() -> None:
    result = _summary_of(
        "The question is whether taking in a lodger amounts to subletting part of a home. "
        "The Court holds that it does not (paras 31-38).\n\n"
        "A subtenant has exclusive possession of the part let to them. A lodger does not: "
        "the landlord keeps unrestricted access to the room (para 34).\n"
    )
    assert result.points
    assert not any("it does not" in point or "does not:" in point for point in result.points)


def test_a_sentence_ending_on_what_we_do_is_whole() -> None:
    result = _summary_of(
        "Frontline access to high-yield data from 196 countries stays at the heart of what we do.\n"
    )
    assert result.points == (
        "Frontline access to high-yield data from 196 countries stays at the heart of what we do.",
    )
