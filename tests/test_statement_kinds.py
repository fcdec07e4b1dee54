"""Kinds of statement met for the first time: a data-breach notice, a rail and road closure, a
central bank's rate decision, a fire service's update, an election result, a ministerial
statement, a court's press summary of an appeal and a hospital strike notice.

Each test holds the few lines that had been read wrong: a fact changed or lost in the plain
version, a table or a list of figures run into one line, or a title block told as nonsense.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Paragraph, SectionKind, Statement
from pipeline.rewriters.rules.discourse import title_sentences
from pipeline.stages.load import SourceText, load_source
from pipeline.stages.simplify import simplify_text
from pipeline.stages.split import _holds_on, split_statement
from pipeline.stages.summary import lead_sentence

BODY = (
    "Officers are appealing for witnesses after a collision on the main road on Tuesday.\n\n"
    "Anyone with information is asked to call 101, quoting incident 318 of 10 November 2026."
)


def _split(text: str, name: str = "notice.txt") -> Statement:
    return split_statement(SourceText(text, name))


def _texts(text: str) -> list[str]:
    statement = split_statement(SourceText(text, "notice.txt"))
    return [p.text for section in statement.sections for p in section.paragraphs]


# The plain version's wording: facts that had changed or gone.


def test_no_members_of_the_public_stays_apart_from_the_injured_firefighter() -> None:
    # "No people were hurt" said the firefighter taken to hospital was not hurt either.
    plain = simplify_text(
        "One firefighter was taken to hospital with a minor hand injury. "
        "No members of the public were hurt."
    )
    assert "No members of the public were hurt." in plain


def test_both_directions_keeps_both_before_a_between_and() -> None:
    # "closed in directions between junction 4 and junction 6" lost how many directions.
    plain = simplify_text(
        "The road will be closed in both directions between junction 4 and junction 6."
    )
    assert "in both directions between junction 4 and junction 6" in plain
    # "both A and B" itself still says no more than "A and B".
    assert simplify_text("She met both the mayor and the chief constable.") == (
        "She met the mayor and the chief constable."
    )


def test_a_bracketed_item_label_stays_with_the_issue_it_names() -> None:
    # "On issue (i), …" had become "On issue, …", and "(ii)" "On issue , …".
    plain = simplify_text(
        "On issue (i), the judge held that the minister had been under a duty to consider "
        "cumulative effects. On issue (ii), the Court held that it was unnecessary to decide "
        "the point."
    )
    assert "On issue (i), " in plain
    assert "On issue (ii), " in plain


def test_a_second_request_after_also_says_also_once() -> None:
    plain = simplify_text(
        "I have also asked the Environment Agency to review, by June 2027, why the flood "
        "defences at Cressing and Tarnley were overtopped, and to report on what further "
        "protection is needed."
    )
    assert "also also" not in plain
    assert "I have also asked the Environment Agency to report on what further protection" in (
        plain
    )


def test_the_electorate_is_the_registered_voters_not_those_who_voted() -> None:
    assert "registered voters" in simplify_text("The electorate in the ward was 14,902.")


# The split stage: what is the statement's text, and how its lines hold together.


def test_a_helpline_paragraph_with_an_email_before_the_end_mark_is_kept() -> None:
    text = (
        "Every affected resident will receive a letter by 5 December 2026.\n\n"
        "A dedicated helpline is open from 8am to 8pm, Monday to Saturday, on 0300 555 0192. "
        "Residents can also email help@council.example.\n\n"
        "ENDS\n\nNotes to editors\n\n1. The Council holds 142,000 accounts.\n\n"
        "Media enquiries: press office, 01632 960 411, press@council.example"
    )
    texts = _texts(text)
    assert any("0300 555 0192" in t for t in texts)
    assert not any("142,000" in t or "press@council.example" in t for t in texts)


def test_a_press_office_address_at_the_end_is_kept_apart() -> None:
    """It had gone as a site's footer; it is the release's own contact (tests/test_split_contacts.py)."""
    text = (
        "Every affected resident will receive a letter by 5 December 2026. The letter says "
        "what to do next.\n\nPress office: press@council.example\n\n"
        "© 2026 Council. All rights reserved."
    )
    sections = split_statement(SourceText(text, "notice.txt")).sections
    assert [(s.kind, s.title) for s in sections][-1] == (SectionKind.CLOSING, "Press office")
    assert [p.text for p in sections[-1].paragraphs] == ["Press office: press@council.example"]
    assert not any("©" in t for t in _texts(text))


def test_for_media_enquiries_after_the_end_mark_is_for_journalists() -> None:
    text = (
        "We will issue the next update by 20:00 tonight.\n\n- ENDS -\n\n"
        "For media enquiries contact the communications team on 01632 960 770."
    )
    assert not any("01632" in t for t in _texts(text))


def test_figures_one_a_line_stay_one_a_line_under_their_heading() -> None:
    text = (
        "The Committee voted to reduce Bank Rate by 0.25 percentage points, to 3.75%, at its "
        "meeting ending on 2 December 2026.\n\n"
        "Key figures\n\n"
        "Bank Rate: 3.75% (previously 4.00%)\n"
        "Vote: 6 for a cut, 3 to hold\n"
        "CPI inflation (October): 2.6%\n"
        "Next decision: 4 February 2027\n\n"
        "The Committee judges that the risks from inflation persistence have continued to "
        "decrease, and a gradual approach remains appropriate for some time yet."
    )
    statement = split_statement(SourceText(text, "rates.txt"))
    paragraphs = [p for section in statement.sections for p in section.paragraphs]
    texts = [p.text for p in paragraphs]
    assert "Vote: 6 for a cut, 3 to hold" in texts
    assert "CPI inflation (October): 2.6%" in texts
    assert any(s.title == "Key figures" for s in statement.sections)


def test_a_table_typed_without_outer_bars_is_read_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "results.txt"
    path.write_text(
        "The votes recorded for each candidate were as follows:\n\n"
        "Candidate | Party | Votes\n"
        "ADEYEMI, Grace | Green Party | 1,874\n"
        "PATEL, Rohan | Conservative Party | 938\n\n"
        "I declare that Grace ADEYEMI is duly elected.\n",
        encoding="utf-8",
    )
    statement = split_statement(load_source(path))
    texts = [p.text for section in statement.sections for p in section.paragraphs]
    assert "PATEL, Rohan – Party: Conservative Party; Votes: 938" in texts
    assert not any("|" in t for t in texts)


def test_one_line_with_a_bar_is_no_table() -> None:
    from pipeline.stages.load import tables_as_rows

    text = "Opening hours | Monday to Friday\n\nThe office is open every weekday."
    assert tables_as_rows(text) == text


# The title block: who issued it, when, and what it is.


def test_a_bank_over_its_headline_issued_it_and_the_embargo_travels_with_that() -> None:
    statement = _split(
        "EMBARGOED UNTIL 12:00 GMT, THURSDAY 3 DECEMBER 2026\n\nBank of Northmere\n\n"
        "Monetary Policy Summary, December 2026\n\n" + BODY
    )
    meta = statement.meta
    assert meta.title == "Monetary Policy Summary, December 2026"
    assert "Issued by the Bank of Northmere" in meta.notes
    assert lead_sentence(meta) == (
        "Embargoed until 12:00 GMT, Thursday 3 December 2026. "
        "This statement was issued by the Bank of Northmere."
    )


def test_an_update_issued_at_an_hour_before_its_date_tells_the_hour_after_it() -> None:
    head = (
        "Westvale Fire and Rescue Service\n\n"
        "INCIDENT UPDATE: Warehouse fire, Mill Lane industrial estate, Cressing\n\n"
        "Update 3 – issued 16:20, Sunday 29 November 2026"
    )
    meta = _split(f"{head}\n\n{BODY}").meta
    assert meta.place is None  # "in 16:20, Sunday" had been told as where it was issued
    told = " ".join(title_sentences(meta, head))
    assert (
        "It was issued by the Westvale Fire and Rescue Service on Sunday 29 November 2026, "
        "at 16:20." in told
    )
    assert told.count("16:20") == 1


def test_a_returning_officer_s_hour_is_when_not_part_of_the_name() -> None:
    meta = _split(
        "NORTHMERE ELECTORAL COMMISSION\n\n"
        "Statement of results: Westvale City Council by-election, Riverside ward\n\n"
        "Issued by the Returning Officer, Westvale Town Hall, 02:15 on Friday 27 November 2026"
        f"\n\n{BODY}"
    ).meta
    assert meta.title == "Statement of results: Westvale City Council by-election, Riverside ward"
    assert meta.notes[0] == "Issued by the Returning Officer, Westvale Town Hall, at 02:15"
    assert "Issued by the Northmere Electoral Commission" in meta.notes


def test_a_court_of_appeal_summary_is_known_by_its_case_and_its_bench() -> None:
    meta = _split(
        "COURT OF APPEAL OF NORTHMERE\nCIVIL DIVISION\n\nPRESS SUMMARY\n\n"
        "Embargoed until 10:00 on Wednesday 2 December 2026\n\n"
        "R (on the application of Tarnley Residents' Association) v Secretary of State for "
        "Transport [2026] NMCA Civ 1187\n\n"
        "Lord Justice Amberley, Lady Justice Okoye and Lord Justice Penrose\n\n" + BODY
    ).meta
    assert meta.title.startswith("R (on the application of Tarnley Residents' Association) v")
    assert meta.speaker is None and meta.event is None
    assert "Issued by the Court of Appeal of Northmere, Civil Division" in meta.notes
    assert "Judges: Lord Justice Amberley, Lady Justice Okoye and Lord Justice Penrose" in (
        meta.notes
    )
    assert lead_sentence(meta) == (
        "Embargoed until 10:00 on Wednesday 2 December 2026. "
        "This statement was issued by the Court of Appeal of Northmere, Civil Division."
    )


def test_bodies_that_put_out_a_joint_notice_issued_it() -> None:
    meta = _split(
        "# Weekend closures: Tarnley to Westvale railway line\n\n"
        "**Northmere Rail and Northmere Highways — joint notice**\n\n"
        f"Issued: 27/11/2026\n\n{BODY}",
        "closure.md",
    ).meta
    assert meta.event is None  # "The statement was made for the Northmere Rail and …"
    assert "Joint notice" in meta.notes
    assert "Issued by Northmere Rail and Northmere Highways" in meta.notes


def test_load_keeps_a_bare_table_for_the_split_stage(tmp_path: Path) -> None:
    path = tmp_path / "results.txt"
    path.write_text(
        "Results\n\nName | Votes\nAnna | 12\nBen | 9\n\nAnna is elected.\n", encoding="utf-8"
    )
    assert "Anna – Votes: 12" in load_source(path).text


# Speech: a reference a caller must quote back is said so it can be written down.


def test_a_crime_reference_with_letters_is_said_digit_by_digit() -> None:
    from pipeline.speech_text import to_speech

    spoken = to_speech("Northmere Police opened an investigation (crime reference 26/88213/NP).")
    # Was "twenty-six slash eighty-eight thousand two hundred thirteen N P".
    assert "crime reference two six slash eight eight two one three slash N P" in spoken.text


def test_a_police_log_number_with_a_star_says_the_star() -> None:
    from pipeline.speech_text import to_speech

    spoken = to_speech("Call 101, quoting reference 26*318842.")
    # Was "twenty-six three hundred eighteen thousand eight hundred forty-two".
    assert "reference two six star three one eight eight four two" in spoken.text


# The summary's points: what a minister commits to, and no court summary's warning.


def _points(text: str) -> list[str]:
    from pipeline.stages import summary
    from pipeline.stages.simplify import simplify_section

    statement = split_statement(SourceText(text, "statement.txt"))
    return [
        point
        for section in statement.sections
        if section.kind is SectionKind.BODY
        for point in summary.in_short(section, simplify_section(section))
    ]


def test_a_ministers_numbered_commitments_are_points_told_whole() -> None:
    points = _points(
        "Today I am announcing a recovery package worth £212 million. The Government will:\n\n"
        "1. Pay £500 to every flooded household within 10 working days of a claim.\n"
        "2. Give flooded businesses a grant of up to £2,500.\n"
        "3. Fund councils in full for the cost of clearing debris, estimated at £61 million.\n\n"
        "Applications for the household payment open on 7 December 2026 and close on "
        "31 March 2027, and people can apply online or by phone."
    )
    # The lead is the paragraph's last sentence: before, no item was joined to it.
    pay = "The Government will pay £500 to every flooded household within 10 working days"
    assert any(point.startswith(pay) for point in points), points


def test_a_court_summary_s_warning_about_itself_is_no_point() -> None:
    points = _points(
        "This summary is provided to help in understanding the Court's decision. It does not "
        "form part of the reasons for the decision. The full judgment of the Court is the "
        "only authoritative document.\n\n"
        "The Court had to decide two questions:\n\n"
        "(i) whether the Secretary of State was required to assess cumulative emissions; and\n"
        "(ii) whether his conclusion was irrational.\n\n"
        "The Court of Appeal allows the appeal by a majority of 2 to 1. The development "
        "consent order granted in March 2025 is quashed."
    )
    assert points
    assert not any("authoritative" in p or "understanding" in p for p in points)
    assert not any(p.startswith("Whether") for p in points)


def test_a_page_updated_after_it_was_published_says_when() -> None:
    head = (
        "# Industrial action: what patients need to know\n\n"
        "**Tarn Valley Hospitals NHS Trust**\n\n"
        "_Published 30.11.2026, updated 1 December 2026 at 11:05_"
    )
    meta = _split(f"{head}\n\n{BODY}", "strike.md").meta
    assert "Updated on 1 December 2026 at 11:05" in meta.notes
    assert "Issued by the Tarn Valley Hospitals NHS Trust" in meta.notes
    told = title_sentences(meta, "Published 30.11.2026, updated 1 December 2026 at 11:05")
    assert "It was updated on 1 December 2026 at 11:05." in told


def test_a_returning_officer_s_declaration_is_a_point() -> None:
    points = _points(
        "The number of ballot papers rejected was as follows:\n\n"
        "(a) want of an official mark: 0\n(b) voting for more than one candidate: 12\n\n"
        "And I do hereby declare that Grace Funmi ADEYEMI is duly elected as councillor for "
        "the Riverside ward.\n\n"
        "The by-election was held following the resignation of Councillor Peter Lund (Labour) "
        "in September 2026. The Green Party gain from Labour comes with a swing of 9.4% "
        "compared with the May 2024 election, when turnout was 41.2%."
    )
    assert any("Grace Funmi ADEYEMI is duly elected" in point for point in points), points


# Session 27's kinds: a reserve bank's statement, a joint communiqué, a doorstep transcript,
# a fire service's timeline, a court summary and an outbreak news item.


def test_a_reserve_bank_over_its_statement_issued_it_and_a_decision_is_no_place() -> None:
    meta = _split(
        "NORTHMERE RESERVE BANK\n\nMONETARY POLICY STATEMENT\n\n"
        "Monetary Policy Committee decision, 3 December 2026\n\n" + BODY
    ).meta
    # Was: title "Northmere Reserve Bank", speaker "Monetary Policy Statement", place
    # "Monetary Policy Committee decision" ("It was given in Monetary Policy Committee …").
    assert meta.title == "Monetary Policy Statement: Monetary Policy Committee decision"
    assert meta.speaker is None and meta.place is None
    assert "Issued by the Northmere Reserve Bank" in meta.notes
    assert lead_sentence(meta) == (
        "This statement was issued by the Northmere Reserve Bank on 3 December 2026."
    )


def test_a_numbered_press_release_under_the_council_is_its_kind_not_a_speaker() -> None:
    meta = _split(
        "COUNCIL OF THE EUROPEAN UNION\nPRESS RELEASE 1021/26\n30/11/2026\n\n"
        "Joint communiqué of the Ministers of Energy of the North Sea Cooperation\n\n"
        "Esbjerg, 30 November 2026\n\n" + BODY
    ).meta
    # Was: "Press Release 1021/26 spoke at the Joint communiqué of the Ministers …".
    assert meta.title.startswith("Joint communiqué of the Ministers of Energy")
    assert meta.speaker is None and meta.event is None
    assert meta.place == "Esbjerg"
    assert "Issued by the Council of the European Union" in meta.notes
    assert "Reference: 1021/26" in meta.notes


def test_a_doorstep_transcript_head_names_the_minister_the_occasion_and_the_place() -> None:
    head = (
        "TRANSCRIPT\n\nMINISTER FOR HEALTH, THE HON. DAVID KERRIGAN MP\n"
        "DOORSTOP INTERVIEW, PARLIAMENT HOUSE, CANBERRA\nMONDAY, 30 NOVEMBER 2026\n\n"
        "SUBJECTS: Hospital waiting lists; nurses' pay; bulk billing.\n\nE&OE"
    )
    statement = _split(f"{head}\n\nMINISTER: Good morning everyone.\n\n{BODY}")
    meta = statement.meta
    # Was: the minister the title ("the HON."), the occasion a headline in brief, "SUBJECTS"
    # a section of its own and "E&OE" the next section's title.
    assert (meta.speaker, meta.speaker_role) == ("David Kerrigan MP", "Minister for Health")
    assert (meta.event, meta.place) == ("doorstop interview", "Parliament House, Canberra")
    assert meta.date_text == "30 November 2026"
    told = " ".join(title_sentences(meta, head))
    assert "It took place in Parliament House, Canberra, on Monday 30 November 2026." in told
    assert "It covers these subjects: Hospital waiting lists, nurses' pay and bulk billing." in told
    sections = statement.sections
    body = [p.text for s in sections if s.kind is SectionKind.BODY for p in s.paragraphs]
    assert not any("E&OE" in text or "SUBJECTS" in text for text in body), body
    assert "E&OE" not in [section.title for section in sections]


def test_a_timeline_under_its_heading_keeps_one_time_a_line() -> None:
    texts = _texts(
        "Crews were called to a warehouse fire at 01:47 this morning.\n\n"
        "TIMELINE\n01:47 – first call received\n01:54 – first crews arrive\n"
        "05:15 – fire under control; crews begin damping down\n\n" + BODY
    )
    # Was one line: "TIMELINE 01:47 – first call received 01:54 – first crews arrive …".
    assert "01:47 – first call received" in texts
    assert "01:54 – first crews arrive" in texts
    assert "05:15 – fire under control; crews begin damping down" in texts
    # One line opening with an hour is prose as ever, joined with the line it wraps onto.
    assert "10:00 – the road reopened after the crash on the A614 near Kelby." in _texts(
        "10:00 – the road reopened after the crash\non the A614 near Kelby.\n\n" + BODY
    )


def test_a_communique_s_signatories_for_each_state_stay_one_a_line() -> None:
    texts = _texts(
        BODY + "\n\nSigned in Esbjerg on 30 November 2026 by:\n\n"
        "For the Kingdom of Belgium – Tinne Van der Straeten, Minister of Energy\n"
        "For Ireland – Minister for Climate, Energy and the Environment\n"
        "For the European Commission – Commissioner for Energy and Housing"
    )
    assert "For Ireland – Minister for Climate, Energy and the Environment" in texts
    assert "For the European Commission – Commissioner for Energy and Housing" in texts


def test_how_to_cite_a_page_and_where_its_references_point_are_no_points() -> None:
    points = _points(
        "The Court held that the effect of the development on water supply was a material "
        "consideration [34]. The decision to grant planning permission is quashed [55].\n\n"
        "References in square brackets are to paragraphs in the judgment.\n\n"
        "Citable reference: World Health Organization (28 November 2026). Disease Outbreak "
        "News; Cholera – Republic of Marenza. Available at: https://www.who.example/don/612"
    )
    assert points
    assert not any("square brackets" in p or "Citable" in p for p in points), points
    assert not any("Disease Outbreak News" in p for p in points), points


def test_a_commission_s_name_as_the_first_heading_issued_the_headline_under_it() -> None:
    statement = _split(
        "**FOR IMMEDIATE RELEASE**\n\n# ELECTORAL COMMISSION OF ARANVALE\n\n"
        "## Declaration of Results – By-election for the Constituency of Lowmoor South\n\n"
        "Polling day: Thursday 26 November 2026\n"
        "Date of declaration: Friday 27 November 2026, 02:14\n\n" + BODY,
        "results.md",
    )
    meta = statement.meta
    # Was: the Commission the title, and the headline the body's first section's title.
    assert meta.title == (
        "Declaration of Results – By-election for the Constituency of Lowmoor South"
    )
    assert "Issued by the Electoral Commission of Aranvale" in meta.notes
    # Polling day is when people voted, not when the results were issued.
    assert meta.date_start == "2026-11-27"


def test_figures_and_a_reporter_s_question_stay_in_one_section_with_what_follows() -> None:
    def holds(first: str, second: str) -> bool:
        return _holds_on(Paragraph(first), Paragraph(second))

    assert holds("**Total valid votes:** 34,077", "**Rejected ballot papers:** 146")
    assert holds("01:47 – first call received", "01:54 – first crews arrive")
    assert holds(
        "QUESTION: Is it true that the offer was rejected?",
        "MINISTER: Well, I've seen the reports.",
    )
    assert not holds("MINISTER: Well, I've seen the reports.", "QUESTION: Will rates go up?")


def test_a_task_given_to_officials_is_told_whole_in_the_summary() -> None:
    points = _points(
        "We are concerned that supply chain bottlenecks, in particular for high-voltage cables "
        "and installation vessels, may delay up to 15 GW of projects. We therefore task our "
        "officials to:\n\n"
        "a) map the demand for cables and vessels until 2035;\n"
        "b) identify options for joint procurement; and\n"
        "c) report back to the next ministerial meeting."
    )
    # Was the bare item "Map the demand for cables and vessels until 2035.": whose task?
    assert "We therefore task our officials to map the demand for cables and vessels until " in (
        " ".join(points)
    )
    assert not any(point.startswith("Map the demand") for point in points), points


def test_a_subtitle_dated_under_the_title_is_told_after_it() -> None:
    head = (
        "NORTHMERE RESERVE BANK\n\nMONETARY POLICY STATEMENT\n\n"
        "Monetary Policy Committee decision, 3 December 2026"
    )
    meta = _split(f"{head}\n\n{BODY}").meta
    told = title_sentences(meta, head)
    # The About section had fallen back to the lines in capitals: "Committee" was told nowhere.
    assert told[0] == "Monetary Policy Statement: Monetary Policy Committee decision."
    # A labelled date under the title is no part of it ("of declaration: Friday" had been).
    meta = _split(
        "# Declaration of Results\n\nDate of declaration: Friday 27 November 2026, 02:14\n\n"
        + BODY,
        "results.md",
    ).meta
    assert meta.title == "Declaration of Results"


def test_a_label_in_capitals_before_the_headline_is_said_in_sentence_case() -> None:
    head = (
        "Eastvale Fire and Rescue Service\n\n"
        "INCIDENT UPDATE – Warehouse fire, Riverside Industrial Estate, Dunmore\n\n"
        "Update 3 – issued 1 December 2026, 06:30"
    )
    meta = _split(f"{head}\n\n{BODY}").meta
    # Was shouted in About this statement: "INCIDENT UPDATE – Warehouse fire, …".
    assert meta.title == "Incident update – Warehouse fire, Riverside Industrial Estate, Dunmore"
    assert title_sentences(meta, head)[0].startswith("Incident update – Warehouse fire")
    # Acronyms keep their capitals; a headline wholly in capitals is calmed as before.
    title = _split(f"WITNESS APPEAL: NHS worker assaulted in Westvale\n\n{BODY}").meta.title
    assert title == "Witness appeal: NHS worker assaulted in Westvale"
