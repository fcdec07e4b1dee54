"""Title blocks of kinds met in session 24: who issued a statement, above or beside its headline."""

from __future__ import annotations

from pipeline.metadata import is_signature
from pipeline.models import StatementMeta
from pipeline.stages.load import SourceText
from pipeline.stages.split import split_statement

BODY = (
    "The Council has reviewed the figures for the year and found that the number of cases rose "
    "in every district. It will publish a full report in the spring, with the steps it will take."
)


def _meta(head: str) -> StatementMeta:
    return split_statement(SourceText(f"{head}\n\n{BODY}", "notice.txt")).meta


def test_a_body_and_its_branch_over_the_kind_issued_it() -> None:
    meta = _meta(
        "CROWN PROSECUTION SERVICE\nNORTHMERE AREA\n\nNEWS RELEASE\n\nDate: 26 November 2026\n"
        "Reference: CPS-NM/2026/114\n\nCare home manager jailed for stealing from residents"
    )
    assert meta.title == "Care home manager jailed for stealing from residents"
    assert meta.speaker is None and meta.event is None  # "News Release" had been the speaker
    assert "Issued by the Crown Prosecution Service, Northmere Area" in meta.notes
    assert "News release" in meta.notes


def test_a_body_alone_over_the_headline_issued_it_and_a_numbered_update_is_no_place() -> None:
    meta = _meta(
        "Northmere Health Protection Agency\n\nOutbreak update: Legionnaires' disease in Carrow"
        "\n\nUpdate 3 — 27 November 2026, 16:00"
    )
    assert meta.title == "Outbreak update: Legionnaires' disease in Carrow"
    assert (meta.place, meta.date_text, meta.date_end) == (None, "27 November 2026", None)
    assert meta.notes == ("Issued by the Northmere Health Protection Agency", "Update 3")


def test_a_case_name_that_ends_in_authority_is_no_issuer() -> None:
    meta = _meta(
        "Press Release No 34/26\n\nLuxembourg, 3 March 2026\n\n"
        "Judgment in Case C-412/24 Kowalczyk v. Regional Transport Authority\n\n"
        "Passengers with reduced mobility are entitled to assistance at unstaffed stations"
    )
    assert meta.title.startswith("Judgment in Case C-412/24")


def test_a_statement_by_line_names_the_speaker_and_the_occasion() -> None:
    meta = _meta(
        "Carrow City Council\n\nBudget statement 2027/28\n\nStatement by Councillor Anita Rao, "
        "Cabinet Member for Finance, to the meeting of Full Council on 25 February 2027"
    )
    assert meta.title == "Budget statement 2027/28"
    assert (meta.speaker, meta.speaker_role) == (
        "Councillor Anita Rao",
        "Cabinet Member for Finance",
    )
    assert meta.event == "meeting of Full Council"
    assert meta.notes == ("Issued by Carrow City Council",)


def test_a_notices_legal_basis_and_labelled_reference_are_no_event() -> None:
    meta = _meta(
        "ENFORCEMENT NOTICE\n\nNorthmere Water Services Regulation Authority\n\n"
        "Notice issued under section 18 of the Water Industry Act 2019\n\n"
        "Date of notice: 18 November 2026\nNotice reference: NWSRA/EN/2026/07"
    )
    assert meta.event is None
    assert "Issued under section 18 of the Water Industry Act 2019" in meta.notes
    assert "Reference: NWSRA/EN/2026/07" in meta.notes


def test_a_title_that_names_the_body_whose_statement_it_is_names_the_issuer() -> None:
    meta = _meta(
        "SC/16244\n14 October 2026\n\n"
        "Security Council Press Statement on Attack against Peacekeepers in Eastern Valmira"
    )
    assert "Issued by the Security Council" in meta.notes


def test_a_prosecution_service_over_news_release_issued_it() -> None:
    meta = _meta(
        "Crown Office & Procurator Fiscal Service\n\nNews Release\n\nThursday, 26 November 2026"
        "\n\nMan jailed for 9 years for attempted murder of neighbour in Paisley"
    )
    assert meta.title == "Man jailed for 9 years for attempted murder of neighbour in Paisley"
    assert meta.speaker is None and meta.event is None  # "News Release" had been the speaker
    assert "Issued by the Crown Office & Procurator Fiscal Service" in meta.notes


def test_a_body_over_its_date_and_reference_lines_is_no_title() -> None:
    meta = _meta(
        "PRESS RELEASE\n\nInformation Commissioner's Office for Northmere\n\nDate: 30-11-2026\n"
        "Reference: PR/2026/087\n\nREGULATOR FINES HOUSING ASSOCIATION £1.2 MILLION FOR EXPOSING DATA"
    )
    assert meta.title == "Regulator Fines Housing Association £1.2 Million for Exposing Data"
    assert meta.date_start == "2026-11-30"  # a day, month and year joined by hyphens
    assert "Issued by the Information Commissioner's Office for Northmere" in meta.notes


def test_for_immediate_release_before_the_date_is_no_place() -> None:
    meta = _meta(
        "Winter vaccines: flu programme opens\n\nFOR IMMEDIATE RELEASE — Wednesday, December 2,"
        " 2026"
    )
    assert meta.place is None  # it had been "FOR IMMEDIATE RELEASE — Wednesday"
    assert meta.date_start == "2026-12-02"
    assert "For immediate release" in meta.notes


def test_a_shouted_title_keeps_its_acronyms_and_takes_the_front_matters_case() -> None:
    meta = _meta("HM INSPECTORATE OF PRISONS FOR NORTHMERE REPORTS ON RSV\n\n1 December 2026")
    assert meta.title.startswith("HM Inspectorate of Prisons")  # "Hm" had been written
    assert meta.title.endswith("RSV")
    source = SourceText(
        f"# WINTER VACCINES: RSV AND FLU PROGRAMME OPENS\n\n1 December 2026\n\n{BODY}",
        "vaccines.md",
        front_matter=(("title", "Winter vaccines: RSV and flu programme opens for over-75s"),),
    )
    assert split_statement(source).meta.title == (
        "Winter vaccines: RSV and flu programme opens for over-75s"
    )


def test_a_headline_that_names_a_day_is_the_title_not_the_date() -> None:
    meta = _meta("Bus and tram fares to change from 3 January 2027\n\nPublished 1 December 2026")
    assert meta.title == "Bus and tram fares to change from 3 January 2027"
    assert meta.date_start == "2026-12-01"  # it had been dated 3 January 2027, a month late


def test_a_headteacher_signs_a_letter() -> None:
    assert is_signature("Mrs Jane Whitaker, Headteacher")


def test_a_sites_banner_over_the_kind_is_no_title_and_a_country_label_opens_a_headline() -> None:
    meta = _meta(
        "Special Procedures\n\nPress releases\n\n"
        "Karesia: UN experts alarmed by mass arrests of journalists ahead of elections\n\n"
        "GENEVA (18 November 2026)"
    )
    assert (
        meta.title
        == "Karesia: UN experts alarmed by mass arrests of journalists ahead of elections"
    )
    assert meta.event is None  # "This statement was given at the Press releases" had been told
    assert meta.place == "Geneva"
    assert meta.notes == ("Special Procedures", "Press release")  # told in the About section


def test_an_order_number_and_a_proclamation_are_kinds_not_speakers() -> None:
    order = _meta(
        "STATE OF NEW HARTFORD\nEXECUTIVE DEPARTMENT\n\nEXECUTIVE ORDER NO. 26-31\n\n"
        "DECLARING A STATE OF EMERGENCY DUE TO WINTER STORM HOLLIS"
    )
    assert order.speaker is None  # "Executive Order NO. 26-31 spoke at …"
    assert order.title == "Declaring a State of Emergency Due to Winter Storm Hollis"
    assert "Executive order" in order.notes and "Reference: No 26-31" in order.notes
    assert "Issued by the State of New Hartford Executive Department" in order.notes
    proclaimed = _meta(
        "OFFICE OF THE GOVERNOR\nSTATE OF NEW HARTFORD\n\nPROCLAMATION\n\n"
        "Winter Weather Preparedness Week\nNovember 16 - 22, 2026"
    )
    assert (proclaimed.title, proclaimed.speaker, proclaimed.event) == (
        "Winter Weather Preparedness Week",
        None,
        None,  # the masthead's "State of New Hartford" had been the event
    )
    assert (proclaimed.date_start, proclaimed.date_end) == ("2026-11-16", "2026-11-22")
    assert proclaimed.notes == (
        "Issued by the Office of the Governor, State of New Hartford",
        "Proclamation",
    )


def test_a_briefings_labels_name_the_speaker_the_place_and_the_subject() -> None:
    meta = _meta(
        "Press Briefing Notes\n\n"
        "Spokesperson for the UN High Commissioner for Human Rights: Liv Andersen\n"
        "Location: Geneva\nDate: 27 November 2026\nSubject: Karesia and Ostria"
    )
    assert (meta.speaker, meta.speaker_role) == (
        "Liv Andersen",
        "Spokesperson for the UN High Commissioner for Human Rights",
    )
    # The kind and the subject make the title, as the notes' own pages name them.
    assert (meta.place, meta.event) == ("Geneva", None)
    assert meta.title == "Press briefing notes on Karesia and Ostria"


def test_a_federal_body_named_by_its_country_issues_its_release_from_the_barred_line() -> None:
    meta = _meta(
        "Fisheries and Oceans Canada\n\nNews release\n\n"
        "November 20, 2026 | Halifax, Nova Scotia | Fisheries and Oceans Canada\n\n"
        "Government of Canada invests $48 million to restore wild Atlantic salmon habitat"
    )
    assert meta.title.startswith("Government of Canada invests $48 million")
    assert meta.place == "Halifax, Nova Scotia" and meta.event is None
    assert meta.notes == ("Issued by Fisheries and Oceans Canada", "News release")  # no "the"


def test_the_crowns_bodies_take_no_article() -> None:
    meta = _meta(
        "HM Inspectorate of Prisons for Northmere\n\n"
        "HMP Eastfield: inspectors find violence has doubled\n\nPublished: 24 November 2026"
    )
    assert meta.notes == ("Issued by HM Inspectorate of Prisons for Northmere",)


def test_a_statement_by_line_under_the_bodys_name_names_who_made_it() -> None:
    meta = _meta(
        "Regional Security Council\n\n4 December 2026\n\n"
        "Statement by the President of the Regional Security Council"
    )
    assert meta.event is None  # "given at the Statement by the President of …" had been told
    assert (meta.speaker, meta.speaker_role) == (None, "President of the Regional Security Council")
    assert meta.title == "Statement by the President of the Regional Security Council"
    assert "Issued by the Regional Security Council" in meta.notes


def test_a_date_line_set_apart_by_dashes_gives_its_place_too() -> None:
    meta = _meta(
        "Fisheries and Oceans Canada\n\nNews release\n\n"
        "November 20, 2026 – Halifax, Nova Scotia – Fisheries and Oceans Canada\n\n"
        "Government of Canada invests $48 million to restore wild Atlantic salmon habitat"
    )
    assert (meta.place, meta.date_text) == ("Halifax, Nova Scotia", "November 20, 2026")


def test_a_kind_under_the_headline_is_a_note_and_a_role_label_no_headline() -> None:
    under = _meta("Karesia: killing of protesters\n\nPress Briefing Notes\n\n27 November 2026")
    assert under.speaker is None  # "Press Briefing Notes gave this statement" had been told
    assert (under.title, under.notes) == (
        "Karesia: killing of protesters",
        ("Press briefing notes",),
    )
    labelled = _meta(
        "Karesia: killing of protesters\n\nPress briefing notes\n\n"
        "Spokesperson for the UN High Commissioner for Human Rights: Liv Andersen\n"
        "Date: 27 November 2026"
    )
    assert labelled.title == "Karesia: killing of protesters"  # no banner: it has a colon
    assert labelled.speaker == "Liv Andersen"
    order = _meta(
        "Executive Order 2026-07\n\nOrdering the Closure of State Offices\n\n1 December 2026"
    )
    assert (order.title, order.event) == ("Ordering the Closure of State Offices", None)
    assert order.notes == ("Executive order", "Reference: 2026-07")
