"""A footnote's sentences are never the summary's points, its first or any after it.

PDF and Word statements now keep their footnotes ("¹ Figures as of 7 October 2026.
Assessments in several districts are still under way."): the note's second sentence was
lifted out as a key point of the statement.
"""

from __future__ import annotations

from pipeline.models import Paragraph, Section, SectionKind
from pipeline.stages import summary
from pipeline.stages.simplify import simplify_section
from pipeline.text import split_sentences


def test_no_sentence_of_a_footnote_is_a_point() -> None:
    paragraphs = (
        "The day was long and good for all of us here in the hall. " * 6,
        "¹ Figures as of 7 October 2026. Assessments in 14 districts of Niger are still under way.",
    )
    sentences = tuple(s for p in paragraphs for s in split_sentences(p))
    section = Section(
        "02-x", 2, SectionKind.BODY, "X", tuple(map(Paragraph, paragraphs)), sentences
    )
    points = summary.in_short(section, simplify_section(section))
    assert points
    assert all(point.startswith("The day was long") for point in points)


def test_a_sentence_ending_in_a_note_mark_can_be_a_point_and_loses_the_mark() -> None:
    paragraphs = (
        "Harbour City Council today approved a £14 million plan to strengthen flood defences"
        " along the River Wend.¹ The work will take three years. " + "We thank everyone. " * 8,
        "¹ The figure includes £3 million from the national fund.",
    )
    sentences = tuple(s for p in paragraphs for s in split_sentences(p))
    section = Section(
        "02-x", 2, SectionKind.BODY, "X", tuple(map(Paragraph, paragraphs)), sentences
    )
    points = summary.in_short(section, simplify_section(section))
    assert any(point.endswith("along the River Wend.") for point in points)
