"""Markdown tables as a press officer writes them: with or without a header row, every cell kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages.load import lettered_items, load_source, tables_as_rows
from pipeline.stages.split import split_statement

ROWS = "| North | 12 million euros |\n| South | 9 million euros |\n"


@pytest.mark.parametrize(
    "table",
    [
        "|  |  |\n|---|---|\n" + ROWS,  # an empty header row
        "|---|---|\n" + ROWS,  # the rule line on top, no header row
        ROWS,  # rows of bars and no rule line at all
        "| | |\n|-|-|\n" + ROWS,  # one dash a cell
    ],
)
def test_a_table_without_a_header_row_keeps_every_cell(table: str) -> None:
    # The rule-on-top and rule-less tables kept their bars and dashes, shown and spoken as one
    # paragraph ("| North | 12 million euros | | South | …"); "|-|-|" was no table either.
    text = f"The budget by region:\n\n{table}\nWe report in June.\n"
    assert tables_as_rows(text) == (
        "The budget by region:\n\nNorth – 12 million euros\n\nSouth – 9 million euros\n\n"
        "We report in June.\n"
    )


def test_a_header_row_names_each_figure_as_an_html_table_does() -> None:
    # "Burglary – 55,210 – 49,870" said nothing of which year is which.
    table = "| | 2023 | 2024 |\n|---|--:|--:|\n| Burglary | 55,210 | 49,870 |\n| Theft | 10 | |\n"
    assert tables_as_rows(f"Crime fell.\n\n{table}") == (
        "Crime fell.\n\n2023 – 2024\n\nBurglary – 2023: 55,210; 2024: 49,870\n\nTheft – 2023: 10\n"
    )


def test_a_row_of_figures_is_no_header_row() -> None:
    # Rows with no header: the first row's "12" was taken for a heading, "South – 12: 9".
    assert tables_as_rows("| North | 12 |\n| South | 9 |\n") == "North – 12\n\nSouth – 9\n"


def test_a_table_right_under_a_line_of_text_is_not_joined_to_it() -> None:
    # Its header row ran into the paragraph above: "Spending rises. Region – Money".
    text = "Spending rises.\n| Region | Money |\n|---|---|\n| North | 12 |\n"
    assert tables_as_rows(text) == "Spending rises.\n\nRegion – Money\n\nNorth – Money: 12\n"


def test_a_table_in_a_quote_or_a_list_item_loses_its_bars_too() -> None:
    quoted = "> | Region | Money |\n> |---|---|\n> | North | 12 |\n"
    assert tables_as_rows(quoted) == "> Region – Money\n>\n> North – Money: 12\n"
    listed = "- Budget:\n\n  | Region | Money |\n  |---|---|\n  | North | 12 |\n"
    assert tables_as_rows(listed) == "- Budget:\n\n  Region – Money\n\n  North – Money: 12\n"


def test_bars_that_are_no_table_are_left_alone() -> None:
    # One line of bars (an OCR capital I), a bullet before a bar, a table in a code block.
    for text in (
        "| I wish | to |\n",
        "| wish to thank you. | assure you\n| call on all\n",
        "- | a dash and a bar\n- two\n",
        "```\n| a | b |\n| c | d |\n```\n",
        "| a | b |\n| c | d | e |\n",
    ):
        assert tables_as_rows(text) == text, text


def test_a_headerless_table_reaches_the_sections_whole(tmp_path: Path) -> None:
    path = tmp_path / "budget.md"
    path.write_text(
        "# Budget for schools rises\n\nThe education ministry today published next year's "
        "budget for schools. Spending will rise in every region after two years of cuts.\n\n"
        "|---|---|\n| North | 12 million euros |\n| South | 9 million euros |\n\n"
        "The minister said the money would reach schools by September.\n",
        encoding="utf-8",
    )
    statement = split_statement(load_source(path))
    texts = [p.text for section in statement.sections for p in section.paragraphs]
    assert "North – 12 million euros" in texts and "South – 9 million euros" in texts
    assert not any("|" in text or "---" in text for text in texts)


LETTERED = (
    "The council decided the following:\n\n"
    "1. The parks will open at 7 a.m. and close at 9 p.m. from April to September.\n"
    "   a. Gates will be locked by park staff at closing time.\n"
    "   b. Night events need a permit from the council.\n"
    "2. Dogs must be kept on a lead near play areas.\n"
    "   a. Fines for breaking this rule will be 50 euros.\n"
    "      i. The fine doubles for a second offence.\n"
    "      ii. Fines go to the park repair fund.\n"
    "   b. Guide dogs are exempt.\n"
    "3. The council will review the rules in 2026.\n"
)


def test_sub_items_typed_with_letters_are_items_not_words_of_the_item_above() -> None:
    # "a." is no Markdown list mark: "1." read "… September. a. Gates will be locked … b.
    # Night events …", its sub-items run into it as one paragraph.
    assert lettered_items(LETTERED) == (
        "The council decided the following:\n\n"
        "1. The parks will open at 7 a.m. and close at 9 p.m. from April to September.\n"
        "   (a) Gates will be locked by park staff at closing time.\n"
        "   (b) Night events need a permit from the council.\n"
        "2. Dogs must be kept on a lead near play areas.\n"
        "   (a) Fines for breaking this rule will be 50 euros.\n"
        "      (i) The fine doubles for a second offence.\n"
        "      (ii) Fines go to the park repair fund.\n"
        "   (b) Guide dogs are exempt.\n"
        "3. The council will review the rules in 2026.\n"
    )
    statement = split_statement(load_source(None, f"# Parks\n\n{LETTERED}".encode()))
    items = [p for s in statement.sections for p in s.paragraphs if p.is_list_item]
    assert [p.marker for p in items] == [
        "1.",
        "(a)",
        "(b)",
        "2.",
        "(a)",
        "(i)",
        "(ii)",
        "(b)",
        "3.",
    ]
    assert items[0].text.endswith("from April to September.")
    assert all(p.nested for p in items if p.marker.startswith("("))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Measures:\n\na. Councils publish.\nb. Landlords repair.\n", "(a) Councils publish."),
        ("".join(f"{c}. Item {c}.\n" for c in "abcdefghij"), "(i) Item i."),  # after "h"
        ("iii. three\niv. four\n", "iii. three"),  # a series starts at "a" or "i"
        ("Cases of\ne. coli rose.\n", "e. coli rose."),
        ("a. lone line\n\nThen prose.\n", "a. lone line"),
        ("- Cases of\n  e. coli rose.\n", "  e. coli rose."),
        ("```\na. x\nb. y\n```\n", "a. x"),
        ("I. Introduction\nII. Scope\n", "I. Introduction"),  # capitals: headings
    ],
)
def test_only_a_series_of_letters_is_taken_for_items(text: str, expected: str) -> None:
    assert expected in lettered_items(text).split("\n")
