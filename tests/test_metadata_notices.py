"""Title blocks of notices, appeals, court summaries and transcripts: who, where and when.

Each kind had a title block the metadata misread, so the summary's first line told the reader
something false ("Model number: BN-220 spoke at …", "Press Summary gave this statement") or
nothing at all (a communiqué's title in two blocks, an appeal's headline put as a question).
"""

from __future__ import annotations

from pipeline.metadata import is_label_line
from pipeline.models import SectionKind, StatementMeta
from pipeline.stages.load import SourceText
from pipeline.stages.split import split_statement
from pipeline.stages.summary import lead_sentence

BODY = (
    "Officers are appealing for witnesses after a collision on the main road on Tuesday.\n\n"
    "Anyone with information is asked to call 101, quoting incident 318 of 10 November 2026."
)


def _meta(head: str, body: str = BODY, name: str = "notice.txt") -> StatementMeta:
    return split_statement(SourceText(f"{head}\n\n{body}", name)).meta


def test_a_kind_of_notice_above_the_headline_is_no_title() -> None:
    meta = _meta(
        "WITNESS APPEAL\n\nPolice appeal for witnesses after collision on the A614\n\n"
        "Nottshire Police\n\nPublished: 12 November 2026, 09:15\n\nReference: 26*318842"
    )
    assert meta.title == "Police appeal for witnesses after collision on the A614"
    assert "Witness appeal" in meta.notes
    # A police log number with its star is a reference, not the event the statement was for.
    assert "Reference: 26*318842" in meta.notes
    assert meta.event is None
    # The force alone on its line under the headline put the appeal out: no one spoke.
    assert meta.speaker is None
    assert "Issued by Nottshire Police" in meta.notes
    assert lead_sentence(meta, source="Published: 12 November 2026, 09:15") == (
        "This statement was issued by Nottshire Police. It was published on 12 November 2026."
    )


def test_a_recall_names_who_issued_it_and_its_details_name_no_speaker() -> None:
    meta = _meta(
        "PRODUCT SAFETY RECALL\n\nBrightnest Baby Bouncer, model BN-220\n\n"
        "Date of recall: 16 November 2026\n\n"
        "Issued by: Office for Product Safety and Standards\n\n"
        "Product: Brightnest Baby Bouncer\nModel number: BN-220\nBatch numbers: 2406A to 2609C"
    )
    assert meta.title == "Brightnest Baby Bouncer, model BN-220"
    assert meta.speaker is None  # was "Model number: BN-220"
    assert meta.event is None  # was the product's details
    assert "Issued by the Office for Product Safety and Standards" in meta.notes
    assert lead_sentence(meta) == (
        "This statement was issued by the Office for Product Safety and Standards on "
        "16 November 2026."
    )


def test_an_issuer_with_the_hour_and_day_before_the_date() -> None:
    meta = _meta(
        "Severe weather warning: Amber warning of wind\n\n"
        "Issued by the National Weather Service at 10:00 on Sunday 29 November 2026\n\n"
        "Areas affected: Highlands; Orkney and Shetland; Grampian"
    )
    assert "Issued by the National Weather Service at 10:00" in meta.notes
    assert meta.event is None  # was "Areas affected: …", told as the event it was given at
    assert lead_sentence(meta) == (
        "This statement was issued by the National Weather Service at 10:00 on 29 November 2026."
    )


def test_what_was_done_on_the_date_is_no_place() -> None:
    meta = _meta(
        "Foreword by the Public Services Ombudsman\n\nLaid before the Assembly on 26 November 2026"
    )
    assert meta.place is None  # was "Laid before the Assembly on"
    assert "Laid before the Assembly" in meta.notes
    assert meta.date_start == "2026-11-26"


def test_a_body_and_its_kind_of_release_over_the_date() -> None:
    meta = _meta(
        "# Road deaths fall to lowest level on record\n\n"
        "**Department for Transport statistical release — 19 November 2026**",
        name="figures.md",
    )
    assert "Issued by the Department for Transport" in meta.notes
    assert "Statistical release" in meta.notes
    assert meta.date_start == "2026-11-19"


def test_a_court_above_its_press_summary_is_the_issuer_and_the_case_the_title() -> None:
    meta = _meta(
        "SUPREME COURT OF NORTHMERE\n\nPRESS SUMMARY\n\n24 November 2026\n\n"
        "Harwood (Appellant) v Coastal Housing Trust (Respondent) [2026] NSC 41\n\n"
        "On appeal from the Court of Appeal\n\nJustices: Lord Reed, Lady Okonjo"
    )
    assert meta.title == "Harwood (Appellant) v Coastal Housing Trust (Respondent) [2026] NSC 41"
    assert meta.speaker is None  # was "Press Summary"
    assert "Issued by the Supreme Court of Northmere" in meta.notes
    assert "Press summary" in meta.notes


def test_a_title_in_capitals_going_on_in_a_lowercase_block() -> None:
    meta = _meta(
        "JOINT COMMUNIQUÉ\n\nof the Fourth Ministerial Meeting of the Coastal States Forum\n\n"
        "Port Alder, 20-21 November 2026",
        body="1. The Ministers met in Port Alder on 20 and 21 November 2026.\n\n"
        "2. The Fifth Ministerial Meeting will be held in Lorensburg in 2028.",
    )
    assert meta.title == (
        "Joint Communiqué of the Fourth Ministerial Meeting of the Coastal States Forum"
    )
    assert meta.place == "Port Alder"
    assert (meta.date_start, meta.date_end) == ("2026-11-20", "2026-11-21")


def test_a_sentence_broken_over_a_blank_line_still_opens_the_body() -> None:
    statement = split_statement(
        SourceText("Thank you all for\n\ncoming here today to hear our news.\n\n" + BODY, "a.txt")
    )
    assert statement.sections[0].kind is SectionKind.BODY


def test_a_headline_put_as_a_question_over_its_dated_line() -> None:
    statement = split_statement(
        SourceText(
            "Missing: Have you seen Ellie Marsden?\n\n"
            "Issued by Westvale Police press office, 28 November 2026\n\n" + BODY,
            "missing.txt",
        )
    )
    assert statement.sections[0].kind is SectionKind.TITLE
    assert statement.meta.title == "Missing: Have you seen Ellie Marsden?"
    assert "Issued by Westvale Police press office" in statement.meta.notes


def test_a_question_opening_a_speech_is_no_headline() -> None:
    statement = split_statement(
        SourceText("What is a police force for?\n\nIt is there to keep us safe.\n\n" + BODY, "q")
    )
    assert statement.sections[0].kind is SectionKind.BODY


def test_a_transcript_title_that_lists_speaker_occasion_and_place() -> None:
    meta = _meta(
        "Transcript: Minister for Transport, Hon. Rachel Tembo MP, press conference, "
        "Parliament House, Wellmouth\n\nWednesday 18 November 2026"
    )
    assert (meta.speaker, meta.speaker_role) == ("Rachel Tembo MP", "Minister for Transport")
    assert meta.event == "press conference"
    assert meta.place == "Parliament House, Wellmouth"
    assert lead_sentence(meta) == (
        "Rachel Tembo MP, Minister for Transport, spoke at the press conference in "
        "Parliament House, Wellmouth, on 18 November 2026."
    )


def test_an_embassy_under_a_named_speaker_issued_it_and_is_no_event() -> None:
    meta = _meta(
        "Statement by H.E. Ambassador Lucía Ferreira on the National Day of Valmira\n\n"
        "Embassy of the Republic of Valmira, London\n\n28 November 2026"
    )
    assert meta.speaker == "Lucía Ferreira"
    assert meta.event is None  # "spoke at the Embassy of the Republic of Valmira, London"
    assert "Issued by the Embassy of the Republic of Valmira, London" in meta.notes


def test_a_foreword_is_written_for_its_report_not_said_at_it() -> None:
    meta = _meta(
        "Foreword by the Public Services Ombudsman\n\nAnnual Report and Accounts 2025-26\n\n"
        "Laid before the Assembly on 26 November 2026"
    )
    assert meta.event == "Annual Report and Accounts 2025-26"
    assert lead_sentence(meta) == (
        "The Public Services Ombudsman wrote this for the Annual Report and Accounts 2025-26 "
        "on 26 November 2026."
    )


def test_a_person_who_issued_a_report_signs_it() -> None:
    meta = _meta(
        "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS\n\n"
        "Issued by: Dr Helen Amadi, Senior Coroner for the County of Westmere\n\n"
        "Date: 20 November 2026"
    )
    # "This statement was issued by the Dr Helen Amadi, …" had made her a body.
    assert (meta.speaker, meta.speaker_role) == (
        "Helen Amadi",
        "Senior Coroner for the County of Westmere",
    )
    assert not any(note.startswith("Issued by") for note in meta.notes)


def test_a_child_rescue_alert_is_a_kind_over_its_headline() -> None:
    meta = _meta(
        "CHILD RESCUE ALERT\n\nAppeal for information: missing boy, 7, from Carrow\n\n"
        "Carrow Constabulary\n\n30 November 2026, 15:40"
    )
    assert meta.title == "Appeal for information: missing boy, 7, from Carrow"
    assert "Child rescue alert" in meta.notes
    assert "Issued by Carrow Constabulary" in meta.notes


def test_a_labelled_title_names_its_place_after_the_speaker() -> None:
    meta = _meta(
        "Doorstop interview: Prime Minister, Hon. Daniel Kaur MP, Port Hedland, Western "
        "Territory\n\nFriday 27 November 2026"
    )
    assert (meta.speaker, meta.speaker_role) == ("Daniel Kaur MP", "Prime Minister")
    assert meta.place == "Port Hedland, Western Territory"


def test_a_broadcaster_after_the_speaker_is_no_place() -> None:
    meta = _meta(
        "Transcript: Minister for Transport, Hon. Rachel Tembo MP, ABC Radio National\n\n"
        "Wednesday 18 November 2026"
    )
    assert meta.speaker == "Rachel Tembo MP"
    assert meta.place is None


def test_a_fire_and_rescue_service_under_the_headline_issued_it() -> None:
    meta = _meta(
        "UPDATE: Road closed after chemical leak\n\nEastport Fire and Rescue Service\n\n"
        "Last updated: 30 November 2026, 16:05"
    )
    assert meta.event is None  # "given at the Eastport Fire and Rescue Service"
    assert "Issued by the Eastport Fire and Rescue Service" in meta.notes


def test_a_warnings_summary_carries_its_times_in_force() -> None:
    meta = _meta(
        "Severe weather warning: Amber warning of wind\n\n"
        "Issued by the National Weather Service at 10:00 on Sunday 29 November 2026\n\n"
        "Valid from 18:00 Monday 30 November to 09:00 Tuesday 1 December 2026"
    )
    assert lead_sentence(meta).endswith(
        " It is valid from 18:00 Monday 30 November to 09:00 Tuesday 1 December 2026."
    )


def test_a_notice_that_expires_says_so() -> None:
    meta = _meta("Boil water notice for Eastfield\n\n12 March 2026\n\nExpires: 19 March 2026")
    assert lead_sentence(meta).endswith(" It expires 19 March 2026.")


def test_a_labelled_speaker_line_names_the_speaker() -> None:
    meta = _meta(
        "General debate of the eighty-first session\n\n"
        "Speaker: H.E. Ms Anna Berg, Minister for Foreign Affairs\n\n23 September 2026"
    )
    assert (meta.speaker, meta.speaker_role) == ("Anna Berg", "Minister for Foreign Affairs")


def test_a_school_letter_is_titled_by_its_message_and_issued_by_the_school() -> None:
    meta = _meta(
        "Hillcrest Primary School\nAshby Road, Tarnley TN4 7QP\n\n"
        "Monday 30 November 2026\n\nURGENT: SCHOOL CLOSED TUESDAY 1 DECEMBER",
        "Dear Parents and Carers,\n\n" + BODY,
    )
    assert meta.title == "Urgent: School Closed Tuesday 1 December"
    assert "Issued by Hillcrest Primary School" in meta.notes


def test_an_initial_in_a_label_lines_value_ends_no_sentence() -> None:
    assert is_label_line("Headteacher: Mrs J. Whitaker BEd NPQH")
    assert not is_label_line("Note: The Court finds for Mr Ray. It orders costs")


def test_a_reports_work_dates_do_not_date_its_publication() -> None:
    meta = _meta(
        "Report on an unannounced inspection of HMP Carrow\n\n"
        "Inspection dates: 7-18 September 2026\nPublished: 01.12.2026"
    )
    assert meta.date_start == "2026-12-01"
