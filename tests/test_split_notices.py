"""Sections of notices, forewords and transcripts: their headings, sign-offs and titles."""

from __future__ import annotations

from pipeline.models import SectionKind
from pipeline.stages.load import SourceText
from pipeline.stages.split import QUESTIONS_TITLE, split_statement

WARNING = (
    "Severe weather warning: Amber warning of wind\n\n"
    "Issued by the National Weather Service at 10:00 on Sunday 29 November 2026\n\n"
    "What to expect\n\n"
    "A deep area of low pressure will bring very strong westerly winds to northern Scotland "
    "on Monday evening and overnight, with gusts of 70 to 80 mph on exposed coasts.\n\n"
    "What you should do\n\n"
    "Secure loose items such as bins and trampolines before Monday afternoon.\n\n"
    "Stay away from coastal paths and sea fronts during the warning period.\n"
)


def test_a_notices_question_heading_over_a_short_step_is_a_heading() -> None:
    # "What you should do" over a 13-word step had been a line of the section above.
    statement = split_statement(SourceText(WARNING, "warning.txt"))
    sentences = [sentence for s in statement.sections for sentence in s.sentences]
    assert not any(sentence.startswith("What you should do") for sentence in sentences)
    # Short sections under their headings are one, titled by both.
    assert [s.title for s in statement.sections if s.kind is SectionKind.BODY] == [
        "What to expect; What you should do"
    ]


def test_a_line_that_is_a_sentence_over_a_step_is_no_heading() -> None:
    text = WARNING.replace("What you should do\n", "What a night it will be\n")
    statement = split_statement(SourceText(text, "warning.txt"))
    sentences = [sentence for s in statement.sections for sentence in s.sentences]
    assert any(sentence.startswith("What a night it will be") for sentence in sentences)


FOREWORD = (
    "Foreword by the Public Services Ombudsman\n\n"
    "Laid before the Assembly on 26 November 2026\n\n"
    "We received 9,482 complaints in 2025-26, an increase of 14 per cent on the year "
    "before. Complaints about health services made up 41 per cent of the total.\n\n"
    "Of the complaints we investigated in full, we upheld 58 per cent in whole or in part, "
    "and public bodies accepted 412 of our recommendations.\n\n"
    "Nia Pritchard\nPublic Services Ombudsman\nNovember 2026\n"
)


def test_a_sign_off_over_lines_names_who_wrote_it_and_runs_on_no_phrase() -> None:
    statement = split_statement(SourceText(FOREWORD, "foreword.txt"))
    texts = [p.text for s in statement.sections for p in s.paragraphs]
    assert "Nia Pritchard Public Services Ombudsman November 2026" not in texts
    assert "Nia Pritchard, Public Services Ombudsman, November 2026" in texts
    # Its month is when it was signed, no part of the office.
    assert (statement.meta.speaker, statement.meta.speaker_role) == (
        "Nia Pritchard",
        "Public Services Ombudsman",
    )


def test_per_cent_gives_no_title_word() -> None:
    statement = split_statement(SourceText(FOREWORD, "foreword.txt"))
    assert all("cent" not in s.title.lower().split() for s in statement.sections)


TRANSCRIPT = (
    "RACHEL TEMBO: This morning the Government approved the business case for the Northern "
    "Rail Link, a 42-kilometre line between Wellmouth and Kersey, which will cost $3.8 "
    "billion and take around seven years to build.\n\n"
    "## Questions\n\n"
    "Happy to take questions.\n\n"
    "QUESTION: Minister, why has the cost gone up by almost a billion dollars?\n\n"
    "RACHEL TEMBO: Construction costs have risen across the industry since 2022.\n\n"
    "QUESTION: Will fares cover the running costs of the line?\n\n"
    "RACHEL TEMBO: No. We have budgeted $60 million a year in operating support.\n"
)


def test_a_section_of_reporters_questions_is_titled_as_such() -> None:
    text = TRANSCRIPT.replace("## Questions\n\n", "")
    statement = split_statement(SourceText(text * 3, "transcript.txt"))
    titles = [s.title for s in statement.sections]
    assert QUESTIONS_TITLE in titles  # was "Running costs", one question's subject


def test_a_questions_own_heading_is_kept() -> None:
    statement = split_statement(SourceText(TRANSCRIPT, "transcript.md"))
    assert "Questions" in [s.title for s in statement.sections]


REPORT = (
    "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS\n\nDate: 20 November 2026\n\n"
    "THIS REPORT IS BEING SENT TO:\n\n"
    "1. The Chief Executive, Westmere Hospitals NHS Trust\n\n"
    "2. The Secretary of State for Health and Social Care\n\n"
    "CORONER\n\nI am Dr Helen Amadi, Senior Coroner for the County of Westmere.\n\n"
    "INVESTIGATION AND INQUEST\n\n"
    "On 3 March 2026 I commenced an investigation into the death of Margaret Ellis, aged "
    "81. The investigation concluded at the end of the inquest on 12 November 2026.\n\n"
    "CIRCUMSTANCES OF THE DEATH\n\n"
    "Mrs Ellis fell on a hospital ward on 26 February 2026 and hit her head. She was not "
    "reviewed by a doctor for more than six hours, and a scan that would have shown a bleed "
    "on the brain was not carried out until the following day. She died on 1 March 2026, "
    "and the inquest heard that the ward had no written procedure for such falls.\n"
)


def test_numbered_lines_under_a_lead_ending_in_a_colon_are_items_not_headings() -> None:
    statement = split_statement(SourceText(REPORT, "report.txt"))
    items = [p for s in statement.sections for p in s.paragraphs if p.is_list_item]
    assert [p.text for p in items] == [
        "The Chief Executive, Westmere Hospitals NHS Trust",
        "The Secretary of State for Health and Social Care",
    ]
    assert not any(s.title.startswith("1.") for s in statement.sections)


def test_a_joined_title_of_headings_in_capitals_is_in_title_case() -> None:
    statement = split_statement(SourceText(REPORT, "report.txt"))
    # "CORONER; INVESTIGATION AND INQUEST" had stayed in capitals once joined to a title.
    assert "Coroner; Investigation and Inquest" in [s.title for s in statement.sections]


def test_signatories_under_a_joint_statement_are_a_line_each_and_none_is_the_speaker() -> None:
    text = (
        "Joint statement on the protection of health workers in armed conflict\n\n"
        "1 December 2026\n\n"
        "We, the undersigned Ministers of Health, are appalled by the rising number of attacks "
        "on health workers, hospitals and ambulances in armed conflicts around the world.\n\n"
        "We call on all parties to armed conflict to respect and protect health workers.\n\n"
        "Dr Anna Lindqvist, Minister of Health, Kingdom of Norland\n"
        "Dr Tomás Ferreira, Minister of Health, Republic of Estavia\n"
        "Ms Grace Mwangi, Cabinet Secretary for Health, Republic of Marlow\n"
    )
    statement = split_statement(SourceText(text, "joint.txt"))
    texts = [p.text for s in statement.sections for p in s.paragraphs]
    assert texts[-3:] == [
        "Dr Anna Lindqvist, Minister of Health, Kingdom of Norland",
        "Dr Tomás Ferreira, Minister of Health, Republic of Estavia",
        "Ms Grace Mwangi, Cabinet Secretary for Health, Republic of Marlow",
    ]
    assert statement.meta.speaker is None  # not the last of the three
