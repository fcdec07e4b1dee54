"""An executive order's and a county proclamation's who and when, read from their foot.

An order's title block names the governor but no day, and a county's proclamation is headed
only "PROCLAMATION": the day each was signed is on its signing line ("GIVEN under my hand …
this 20th day of November, 2026.", "Adopted this 24th day of November, 2026."), and the body
that proclaims is named in its operative words ("BE IT PROCLAIMED by the Board of …").
"""

from __future__ import annotations

from pathlib import Path

from pipeline.metadata import find_date, parse_title_block
from pipeline.rewriters.rules.discourse import title_sentences
from pipeline.stages import summary
from pipeline.stages.load import SourceText
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement

DATA = Path(__file__).parent / "data"


def _summary_of(name: str) -> tuple[summary.Summary, list[str]]:
    text = (DATA / name).read_text(encoding="utf-8")
    statement = split_statement(SourceText(text, name), "en")
    plains = [summary.with_in_short(s, simplify_section(s, "en")) for s in statement.sections]
    made = summary.summarise(statement, plains)
    assert made.facts.ok
    return made, title_sentences(statement.meta, statement.text)


def test_a_seals_day_of_the_month_is_a_date() -> None:
    found = find_date("at the Capitol in Port Alder, this 20th day of November, 2026.")
    assert found is not None
    assert (found[0].group(0), found[1]) == ("20th day of November, 2026", "2026-11-20")


def test_an_executive_order_is_dated_by_its_signing_line() -> None:
    made, told = _summary_of("executive_order.txt")
    # It had read "Governor Margaret L. Okafor issued this executive order, titled "…"." with
    # no day at all.
    assert made.lead.startswith("Governor Margaret L. Okafor issued this executive order")
    assert made.lead.endswith(" on 20 November 2026.")
    assert "It was issued by the State of Northmere Executive Department on 20 November 2026." in (
        told
    )
    assert not any(point.startswith("GIVEN") for point in made.points)


def test_a_proclamation_with_no_signer_is_led_by_the_body_that_proclaims_it() -> None:
    made, told = _summary_of("county_proclamation.txt")
    # It had had no lead, and "Adopted this 24th day of November, 2026." had been a point.
    assert made.lead == (
        "This proclamation was issued by the Board of Commissioners of Westvale County on "
        "24 November 2026."
    )
    assert made.points[0] == (
        "The week of December 7 through December 13, 2026, is Winter Weather Preparedness "
        "Week in Westvale County."
    )
    assert not any(point.startswith(("Adopted", "NOW")) for point in made.points)
    assert "This is a proclamation." in told


def test_a_proclamation_that_names_no_body_keeps_its_formula() -> None:
    text = (
        "PROCLAMATION\n\nWinter Weather Preparedness Week\n\n"
        "WHEREAS, 61 people in the county have died from causes linked to cold weather; and\n\n"
        "NOW, THEREFORE, BE IT PROCLAIMED that the week of December 7 through December 13, "
        "2026, is Winter Weather Preparedness Week in Westvale County.\n"
    )
    statement = split_statement(SourceText(text, "proclamation.txt"), "en")
    assert not any(note.startswith("Issued by") for note in statement.meta.notes)


def test_a_proclamations_about_section_tells_who_issued_it_and_when() -> None:
    text = (DATA / "county_proclamation.txt").read_text(encoding="utf-8")
    statement = split_statement(SourceText(text, "county_proclamation.txt"), "en")
    about = simplify_section(statement.sections[0], "en", meta=statement.meta)
    # The Board is named in the operative words, not the title block: the told sentences had
    # been refused as inventing it, and the block's bare lines were shown instead.
    assert about.paragraphs == (
        "Winter Weather Preparedness Week. It was issued by the Board of Commissioners of "
        "Westvale County on 24 November 2026. This is a proclamation.",
    )
    assert not about.flagged


def test_a_country_after_on_in_a_title_is_no_part_of_the_speakers_name() -> None:
    meta = parse_title_block(
        ["Remarks by President Biden on Ukraine", "East Room", "March 1, 2026"],
        "x",
        groups=[0, 1, 2],
    )
    assert (meta.speaker, meta.speaker_role) == ("Biden", "President")  # not "Biden on Ukraine"
