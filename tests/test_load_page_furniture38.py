"""Page furniture goes and the text's own headings, numbers and words stay.

Text exported from a PDF parts its pages with form feeds. A Roman numeral heading at a
page's top ("IV") was dropped as a page's number; a word hyphenated over a page break
("govern-" | "ment") stayed cut; section numbers over long sections ("1", "2", "3") were
taken for pages' numbers; and one misread page number ("3", "4", "8", "6") kept all of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.pages import (
    drop_page_numbers,
    edge_lines,
    filled_lines,
    is_one_word,
    join_pages,
    mend_word_over_page_break,
    roman_headings,
    roman_value,
)
from pipeline.readers import tidy_markdown
from pipeline.stages.load import load_source
from tests.conftest import CORPUS

HEADER = "Council record A/79/1"
TOPICS = ("police", "courts", "borders", "victims", "prisons", "schools", "judges", "ports")


def body(topic: int, sentences: int = 12) -> str:
    """A paragraph of 10 words a sentence, its words its own ("The courts plan, step 3, …")."""
    return " ".join(
        f"The {TOPICS[topic % len(TOPICS)]} plan, step {step}, says what the Council agreed."
        for step in range(sentences)
    )


def exported(pages: list[str]) -> str:
    """The pages as the load stage gets them from a text file: tidied, parted by form feeds."""
    return tidy_markdown("\f".join(pages))


def lone_lines(text: str) -> list[str]:
    """The lines of `text` that are a number or a Roman numeral alone."""
    return [
        line.strip()
        for line in text.split("\n")
        if line.strip().isdigit() or roman_value(line.strip().rstrip(".")) is not None
    ]


# 1. Roman numeral headings at a page's top


def test_a_roman_numeral_heading_over_a_heading_line_stays() -> None:
    pages = [
        f"{HEADER}\n\n{body(0)}\n\n1",
        f"{HEADER}\n\nIV\n\nFinance\n\n{body(1)}\n\n2",
        f"{HEADER}\n\n{body(2)}\n\n3",
    ]
    text = join_pages(exported(pages))
    assert "\n\nIV\n\nFinance\n\n" in text
    assert lone_lines(text) == ["IV"]


def test_roman_numerals_that_continue_the_text_s_own_sequence_stay() -> None:
    # "II" and "III" open a paragraph, not a heading: they follow "I." of the text.
    pages = [
        f"I.\n\nOpening\n\n{body(0)}",
        f"II\n\n{body(1)}",
        f"III\n\n{body(2)}",
        f"IV\n\nFinance\n\n{body(3)}",
    ]
    assert lone_lines(join_pages(exported(pages))) == ["I.", "II", "III", "IV"]


def test_front_pages_lowercase_numbers_still_go() -> None:
    pages = [f"i\n\nForeword\n\n{body(0)}", f"ii\n\n{body(1)}", f"iii\n\n{body(2)}"]
    text = join_pages(exported(pages))
    assert lone_lines(text) == []
    assert text.startswith("Foreword\n\nThe police plan")


def test_a_numeral_at_a_page_s_bottom_is_its_number_and_no_step_of_the_sequence() -> None:
    pages = [[body(0), "", "IV"], ["V", "", body(1)]]
    # "IV" ends page 1: a footer. "V" opens page 2 above a paragraph, continuing nothing.
    assert roman_headings(pages) == [set(), set()]


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("I", 1), ("iv", 4), ("IX", 9), ("xii", 12), ("XLIX", 49), ("IIII", None), ("VX", None)],
)
def test_roman_value_reads_numerals_as_written(numeral: str, value: int | None) -> None:
    assert roman_value(numeral) == value


# 2. A word hyphenated over a page break


def test_a_word_hyphenated_over_a_page_break_is_whole_again() -> None:
    pages = [
        f"{HEADER}\n\n{body(0)}\n\nIt is for the govern-\n\n1",
        f"{HEADER}\n\nment, and the courts agreed.\n\n{body(1)}\n\n2",
        f"{HEADER}\n\n{body(2)}\n\n3",
    ]
    text = join_pages(exported(pages))
    assert "It is for the government,\nand the courts agreed.\n\nThe courts plan" in text
    assert HEADER not in text


def test_a_compound_over_a_page_break_keeps_its_hyphen_and_its_lines() -> None:
    pages = [
        f"{HEADER}\n\n{body(0)}\n\nIt is for the well-\n\n1",
        f"{HEADER}\n\nbeing of all.\n\n{body(1)}\n\n2",
        f"{HEADER}\n\n{body(2)}\n\n3",
    ]
    assert "It is for the well-\nbeing of all.\n\n" in join_pages(exported(pages))


def test_a_word_s_end_alone_on_its_page_s_first_line_ends_its_paragraph() -> None:
    pages = [
        f"{HEADER}\n\n{body(0)}\n\nIt is for the govern-\n\n1",
        f"{HEADER}\n\nment\n\n{body(1)}\n\n2",
        f"{HEADER}\n\n{body(2)}\n\n3",
    ]
    assert "It is for the government\n\nThe courts plan" in join_pages(exported(pages))


@pytest.mark.parametrize(
    ("stem", "tail", "one_word"),
    [
        ("govern", "ment", True),
        ("inter", "national", True),
        ("Regie", "rung", True),
        ("gouverne", "ment", True),
        ("well", "being", False),
        ("cross", "border", False),
        ("follow", "up", False),
    ],
)
def test_is_one_word_tells_a_cut_word_from_a_compound(stem: str, tail: str, one_word: bool) -> None:
    assert is_one_word(stem, tail) is one_word


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("for the govern-", "Ment of the land"),  # a capital opens a new sentence
        ("the COVID-", "19 pandemic"),  # a figure is no word's end
        ("for the govern", "ment of the land"),  # no hyphen
    ],
)
def test_no_word_is_mended_without_a_hyphen_and_a_lowercase_end(before: str, after: str) -> None:
    assert mend_word_over_page_break(before, after) is None


# 3. Section numbers over long sections


def _numbered_sections(numbers: tuple[int, ...], *, heading: bool) -> str:
    """A statement: a title, 150 words, then each number above a section of 200 words."""
    sections = "".join(
        f"{number}\n\n"
        + (f"Heading {TOPICS[number % len(TOPICS)].title()}\n\n" if heading else "")
        + f"{body(number, 20)}\n\n"
        for number in numbers
    )
    return f"Council statement\n\n{body(0, 15)}\n\n{sections}"


@pytest.mark.parametrize("heading", [True, False], ids=["over a heading", "over a paragraph"])
def test_section_numbers_over_long_sections_stay(heading: bool) -> None:
    text = _numbered_sections((1, 2, 3), heading=heading)
    assert drop_page_numbers(text) == text


def test_section_numbers_stay_through_the_load_stage(tmp_path: Path) -> None:
    path = tmp_path / "sections.txt"
    path.write_text(_numbered_sections((1, 2, 3), heading=True), encoding="utf-8")
    assert lone_lines(load_source(path).text) == ["1", "2", "3"]


def test_numbers_that_cut_sentences_are_still_pages_numbers() -> None:
    pages = "".join(
        f"{body(number)} and the\n\n{number}\n\nplans go on.\n\n" for number in (1, 2, 3)
    )
    assert lone_lines(drop_page_numbers(f"Council statement\n\n{pages}")) == []


def test_numbers_between_paragraphs_that_start_past_1_are_still_pages_numbers() -> None:
    # As Burkina Faso's footers: between whole sentences, from 10 on.
    text = _numbered_sections((10, 11, 12), heading=False)
    assert lone_lines(drop_page_numbers(text)) == []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not on this machine")
def test_burkina_faso_s_footers_still_go() -> None:
    path = CORPUS / "09_unga79-burkina-faso-2024-fr.txt"
    if not path.is_file():
        pytest.skip("the Burkina Faso statement is not in the corpus")
    kept = lone_lines(load_source(path).text)
    assert not {"10", "11", "14", "15", "17"} & set(kept)


# 4. One slip in the pages' rise


def _pages_of(numbers: tuple[int, ...]) -> str:
    """A statement whose pages of 120 words each end with the next of `numbers`."""
    pages = "".join(f"{body(place, 12)}\n\n{number}\n\n" for place, number in enumerate(numbers))
    return f"Council statement\n\n{pages}The end of it, here."


@pytest.mark.parametrize(
    "numbers",
    [(3, 4, 8, 6, 7), (3, 4, 5, 6, 1), (9, 4, 5, 6, 7), (3, 4, 6, 7)],
    ids=["misread 5 as 8", "misread last", "misread first", "one missing"],
)
def test_one_slip_in_the_pages_rise_still_drops_them_all(numbers: tuple[int, ...]) -> None:
    assert lone_lines(drop_page_numbers(_pages_of(numbers))) == []


def test_two_slips_are_no_run_of_pages() -> None:
    text = _pages_of((3, 9, 5, 1, 7))
    assert drop_page_numbers(text) == text


def test_a_number_out_of_line_without_a_page_of_words_before_it_stays() -> None:
    # "2" after the title's 2 words is the text's; the pages 4, 5, 6 after it still go.
    text = "Council statement\n\n2\n\n" + _pages_of((4, 5, 6)).removeprefix("Council statement\n\n")
    assert lone_lines(drop_page_numbers(text)) == ["2"]


def test_a_misread_page_number_between_numbered_pages_goes_in_form_feed_text() -> None:
    pages = [f"{HEADER}\n\n{body(place)}\n\n{number}" for place, number in enumerate((3, 4, 8, 6))]
    assert lone_lines(join_pages(exported(pages))) == []


def test_a_count_ending_a_page_between_numbered_pages_stays() -> None:
    pages = [
        f"{HEADER}\n\n{body(0)}\n\n1",
        f"{HEADER}\n\n{body(1)}\n\nVotes in favour:\n\n120",
        f"{HEADER}\n\n{body(2)}\n\n3",
    ]
    assert lone_lines(join_pages(exported(pages))) == ["120"]


# 5. One list of a page's filled lines


def test_edge_lines_are_the_first_and_last_filled_lines() -> None:
    lines = ["", "Header", "", "One.", "Two.", "  ", "Three.", "Four.", "5", ""]
    assert filled_lines(lines) == [1, 3, 4, 6, 7, 8]
    assert edge_lines(lines) == [1, 3, 4, 6, 7, 8]
    assert edge_lines(["", "One.", "", "Two."]) == [1, 3]
