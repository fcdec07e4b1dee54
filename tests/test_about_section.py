"""The "About this statement" section as a reader meets it: told sentences, then details."""

from __future__ import annotations

from pathlib import Path

from pipeline.metadata import is_label_line
from pipeline.stages.load import load_source
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement

RECALL = """PRODUCT SAFETY RECALL

Kettle K-40, model K-40

Date of recall: 2 March 2026

Issued by: Office for Product Safety

Model number: K-40
Batch numbers: 2401A to 2412C
Sold: May 2025 to January 2026

Hazard

The kettle's base can overheat when it boils dry, and the heat can melt the plastic around
the switch. Stop using the kettle at once and contact the seller for a full refund.
"""

WARNING = """Flood warning: River Carrow at Mill End

Issued by the Environment Service at 08:00 on Monday 2 March 2026

Valid until 20:00 Tuesday 3 March 2026

Areas affected: Mill End; Riverside; Carrow Bridge

What to expect

River levels will rise quickly through Monday night after heavy rain upstream. Flooding of
roads and of low-lying gardens is likely, and some homes may be flooded.
"""


def _about(text: str, tmp_path: Path) -> tuple[str, tuple[str, ...], tuple[bool, ...]]:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    statement = split_statement(load_source(path))
    plain = simplify_section(statement.sections[0], meta=statement.meta)
    assert plain.facts.ok
    return plain.text, plain.paragraphs, plain.list_items


def test_a_recalls_details_are_set_out_as_a_list_under_the_told_sentences(tmp_path: Path) -> None:
    text, paragraphs, items = _about(RECALL, tmp_path)
    assert paragraphs[0] == (
        "Kettle K-40, model K-40. It was issued by the Office for Product Safety on "
        "2 March 2026. This is a product safety recall."
    )
    # The date, the issuer and the model are told; the batches and dates sold are listed.
    assert paragraphs[1:] == ("Batch numbers: 2401A to 2412C", "Sold: May 2025 to January 2026")
    assert items == (False, True, True)
    assert "Note:" not in text


def test_a_warnings_areas_are_listed_and_its_headline_is_not(tmp_path: Path) -> None:
    _, paragraphs, items = _about(WARNING, tmp_path)
    assert paragraphs[-1] == "Areas affected: Mill End; Riverside; Carrow Bridge"
    assert items[-1] and not any(items[:-1])
    assert not any(p.startswith("Flood warning") for p in paragraphs[1:])


def test_a_label_line_is_a_short_label_and_a_value() -> None:
    assert is_label_line("Model number: BN-220")
    assert is_label_line("Areas affected: Highlands; Orkney")
    assert not is_label_line("Note: The Court finds that it has jurisdiction. It rules today.")
    assert not is_label_line("More information: https://example.org/recalls")
    assert not is_label_line("The Minister said that the following were agreed: a fund")


def test_a_label_line_told_in_other_words_is_not_listed_again(tmp_path: Path) -> None:
    dated = "Statement by the Mayor of Carrow\n\nPublished: 24.09.2024\n\n" + WARNING.split(
        "What to expect\n\n", 1
    )[1].replace("River", "The river", 1)
    text, _, items = _about(dated, tmp_path)
    assert "24 September 2024" in text
    assert not any(items)  # "Published: 24.09.2024" is told, not listed


SPEECH = """---
title: Speech by the Minister for Housing at the Northmere Homes Summit
speaker: Tomas Lindqvist
role: Minister for Housing
date: 2026-11-24
---

CHECK AGAINST DELIVERY

Thank you, Chair. Today I am announcing that we will invest £2.4 billion over the next five
years in new social and affordable homes, and that every new development of more than 50
homes will have to include at least 30 per cent affordable housing.
"""


def test_front_matter_names_the_speaker_the_about_section_tells(tmp_path: Path) -> None:
    text, _, _ = _about(SPEECH, tmp_path)
    # The block only said "CHECK AGAINST DELIVERY", and was shown so, in capitals.
    assert "Tomas Lindqvist" in text and "24 November 2026" in text
    assert "Note: Check against delivery." in text
    path = tmp_path / "notice.txt"
    meta = split_statement(load_source(path)).meta
    assert (meta.speaker, meta.speaker_role) == ("Tomas Lindqvist", "Minister for Housing")
    assert meta.event == "Northmere Homes Summit"


def test_a_body_then_its_kind_after_a_dash_is_who_issued_it(tmp_path: Path) -> None:
    release = (
        "# Crime in Westvale falls\n\n**Westvale Police — Annual crime statistics 2025/26**\n\n"
        "*Published 20 November 2026*\n\n" + WARNING.split("What to expect\n\n", 1)[1]
    )
    text, _, _ = _about(release, tmp_path)
    assert "It was issued by Westvale Police." in text
    assert "made for" not in text  # no event: "The statement was made for the Westvale Police"


def test_a_title_by_an_office_tells_who_holds_it_apart(tmp_path: Path) -> None:
    text, _, _ = _about(SPEECH, tmp_path)
    assert text.startswith(
        "Speech by the Minister for Housing at the Northmere Homes Summit. "
        "Tomas Lindqvist is the Minister for Housing."
    )


def test_two_issuers_are_told_in_one_sentence(tmp_path: Path) -> None:
    # The election result said "It was issued by the Returning Officer, … It was issued by
    # the Northmere Electoral Commission.": the same words twice, read as a slip.
    result = (
        "NORTHMERE ELECTORAL COMMISSION\n\n"
        "Statement of results: Westvale City Council by-election, Riverside ward\n\n"
        "Issued by the Returning Officer, Westvale Town Hall, 02:15 on Friday 27 November 2026\n\n"
        + WARNING.split("What to expect\n\n", 1)[1]
    )
    text, _, _ = _about(result, tmp_path)
    assert text.count("It was issued by") == 1
    assert (
        "It was issued by the Northmere Electoral Commission and the Returning Officer, "
        "Westvale Town Hall, at 02:15, on Friday 27 November 2026."
    ) in text


def test_a_governors_proclamation_is_told_with_its_office_and_the_week_it_is_for(
    tmp_path: Path,
) -> None:
    _, paragraphs, _ = _about(
        "OFFICE OF THE GOVERNOR\nSTATE OF NEW HARTFORD\n\nPROCLAMATION\n\n"
        "Winter Weather Preparedness Week\nNovember 16 - 22, 2026\n\n"
        "WHEREAS, winter storms caused 14 deaths in New Hartford last season; and\n\n"
        "NOW, THEREFORE, I do hereby proclaim November 16 - 22, 2026, as Winter Weather "
        "Preparedness Week in New Hartford.\n",
        tmp_path,
    )
    # The block had been listed line by line in capitals: "OFFICE OF THE GOVERNOR." …
    assert paragraphs[0] == (
        "Winter Weather Preparedness Week. It was issued by the Office of the Governor, State "
        "of New Hartford, for November 16 - 22, 2026. This is a proclamation."
    )


def test_briefing_notes_are_told_as_such(tmp_path: Path) -> None:
    text, _, _ = _about(
        "Press Briefing Notes\n\n"
        "Spokesperson for the UN High Commissioner for Human Rights: Liv Andersen\n"
        "Location: Geneva\nDate: 27 November 2026\nSubject: Karesia and Ostria\n\n"
        "Karesia\n\nWe are deeply concerned by the killing of at least 17 protesters in Vell "
        "on 24 and 25 November.\n",
        tmp_path,
    )
    # The kind is told once, in the title it makes with the subject, and never as a "Note:".
    assert text.startswith("Press briefing notes on Karesia and Ostria by Liv Andersen.")
    assert "Note:" not in text
