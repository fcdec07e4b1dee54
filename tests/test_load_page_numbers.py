"""Page numbers left as lines of their own in a scanned or exported text are not words."""

from __future__ import annotations

from pathlib import Path

from pipeline.pages import drop_page_numbers
from pipeline.stages.load import load_source


def _page_of(sentence: str) -> str:
    """A page's worth of text, 120 words or more: a page number has a page of text above it."""
    return " ".join([sentence] * (120 // len(sentence.split()) + 1))


def test_rising_page_numbers_are_dropped_not_glued_to_the_next_sentence() -> None:
    text = (
        _page_of("Mon pays s'inquiète du soutien accordé aux terroristes.")
        + "\n\n10\n"
        + _page_of("Ces parrainages ont été portés à la face du monde.")
        + "\n\n11\nNous le disons.\n"
    )
    kept = drop_page_numbers(text)
    assert "10" not in kept and "11" not in kept
    assert "\nCes parrainages ont été" in kept and "\nNous le disons." in kept


def test_page_of_pages_and_dashed_numbers_are_page_numbers_too() -> None:
    text = "First page.\n\nPage 1 of 3\n\nSecond page.\n- 2 -\nThird page.\n\n3/3\n"
    assert drop_page_numbers(text) == "First page.\n\n\nSecond page.\nThird page.\n\n"


def test_a_single_number_or_numbers_that_do_not_rise_stay() -> None:
    single = "Votes in favour:\n\n120\n\nThe motion passed.\n"
    assert drop_page_numbers(single) == single
    falling = "Results:\n\n12\n\n7\n\nThat is all.\n"
    assert drop_page_numbers(falling) == falling


def test_numbers_in_a_fenced_block_are_not_counted_or_dropped() -> None:
    text = "Text.\n\n```\n1\n2\n```\n\nMore.\n"
    assert drop_page_numbers(text) == text


def test_a_text_file_s_page_numbers_are_gone_from_what_the_stages_read(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(
        "Statement by the Minister\n\n"
        + _page_of("We met today.")
        + "\n\n2\n"
        + _page_of("We agreed on three points.")
        + "\n\n3\nThank you.\n",
        encoding="utf-8",
    )
    text = load_source(path).text
    assert "2 We agreed" not in text and "\n2\n" not in text
    assert "We agreed on three points." in text and "3\nThank" not in text
