"""A title set as a heading under a release's notes is still the title block's.

Word and PDF statements mark their title as a heading; above it stand "CHECK AGAINST
DELIVERY" and the embargo. The heading was taken for the body's first, and the speaker,
place and date under it were lost: the summary said only "EMBARGOED UNTIL …".
"""

from __future__ import annotations

from pipeline.models import SectionKind
from pipeline.stages.load import SourceText
from pipeline.stages.split import split_statement

BODY = (
    "Thank you, Chair, and good morning to you all. It is a privilege to open this year's "
    "conference, and I want to begin by thanking the organisers and the volunteers.\n\n"
    "Twelve months ago I stood in this hall and promised that this Government would put "
    "the skills of working people at the centre of our economic strategy."
)


def test_a_heading_under_check_against_delivery_and_an_embargo_is_the_title() -> None:
    text = (
        "CHECK AGAINST DELIVERY\n\nEMBARGOED UNTIL 09:30 GMT, 5 March 2026\n\n"
        "# Speech by the Minister for Skills, Rt Hon Priya Natarajan MP, to the National "
        "Skills Conference\n\nManchester Central, 5 March 2026\n\n" + BODY
    )
    statement = split_statement(SourceText(text, "speech.docx"))
    assert statement.meta.place == "Manchester Central"
    assert statement.meta.date_text == "5 March 2026"
    assert statement.meta.speaker == "Priya Natarajan MP"
    assert statement.sections[0].kind is SectionKind.TITLE
    assert statement.sections[1].paragraphs[0].text.startswith("Thank you, Chair")


def test_a_heading_under_a_line_of_text_still_opens_the_body() -> None:
    text = "Statement on the floods\n\n## Background\n\n" + BODY
    statement = split_statement(SourceText(text, "s.md"))
    assert [section.title for section in statement.sections][1] == "Background"


def test_the_un_end_mark_of_stars_is_no_list_item() -> None:
    # "* *** *" under a UN message had been read as a list item and read out as "*** *".
    statement = split_statement(SourceText(BODY + "\n\nThank you.\n\n* *** *\n", "message.txt"))
    texts = [p.text for section in statement.sections for p in section.paragraphs]
    assert not any("*" in text for text in texts)
