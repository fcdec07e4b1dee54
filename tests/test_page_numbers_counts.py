"""Counts that rise by one are the statement's text, not its page numbers.

A vote tally ("In favour:", "1", "Against:", "2", "Abstentions:", "3") rose a page at a time
with words between, and load dropped its three results from the text, the plain version and
the speech. A bare page number now needs a page of words above it; a label's value, a run of
label/value pairs and numbers one or two words apart are the text's own.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipeline.pages import drop_page_numbers, lone_numbers
from pipeline.stages.load import load_source
from pipeline.stages.split import split_statement
from tests.conftest import CORPUS

TITLE = "Council vote on the budget"
OPENING = (
    "The council voted on the motion today after a long debate about the budget and the schools."
)
TALLY = ("In favour:", "1", "Against:", "2", "Abstentions:", "3", "The motion failed.")


def _page_of(sentence: str) -> str:
    """A page's worth of text, 120 words or more, made of `sentence` again and again."""
    return " ".join([sentence] * (120 // len(sentence.split()) + 1))


def _write_tally(tmp_path: Path, suffix: str) -> Path:
    """The vote tally, written as a text, Markdown or HTML file."""
    path = tmp_path / f"votes{suffix}"
    if suffix == ".html":
        body = "".join(f"<p>{line}</p>" for line in (OPENING, *TALLY))
        path.write_text(
            f"<html><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>"
            f"{body}</main></body></html>",
            encoding="utf-8",
        )
    else:
        heading = f"# {TITLE}" if suffix == ".md" else TITLE
        path.write_text("\n\n".join((heading, OPENING, *TALLY)) + "\n", encoding="utf-8")
    return path


def test_the_tally_is_kept_as_written() -> None:
    text = "\n\n".join((OPENING, *TALLY)) + "\n"
    assert drop_page_numbers(text) == text


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_the_tally_s_results_stay_under_their_labels_in_every_format(
    tmp_path: Path, suffix: str
) -> None:
    statement = split_statement(load_source(_write_tally(tmp_path, suffix)))
    paragraphs = [p.text for section in statement.sections for p in section.paragraphs]
    for label, result in (("In favour:", "1"), ("Against:", "2"), ("Abstentions:", "3")):
        assert paragraphs.index(label) + 1 == paragraphs.index(result)
    assert paragraphs.index("3") + 1 == paragraphs.index("The motion failed.")


def test_a_bold_label_s_value_is_kept() -> None:
    text = "**In favour:**\n\n1\n\n**Against:**\n\n2\n\nThe motion failed.\n"
    assert drop_page_numbers(text) == text


def test_a_value_after_a_colon_stays_even_after_a_page_of_words() -> None:
    # "12" has a page of words above it and "13" a page after it, as two footers would:
    # the colon says "12" is the label's value, and "13" alone rises from nothing.
    text = (
        _page_of("The Assembly met again and heard the delegations.")
        + "\n\nVotes in favour:\n\n12\n\n"
        + _page_of("The debate went on into the evening.")
        + "\n\n13\n\nThe session closed.\n"
    )
    assert drop_page_numbers(text) == text


def test_label_value_pairs_without_colons_are_kept() -> None:
    text = "New cases this week\n\nNorth\n\n12\n\nSouth\n\n13\n\nEast\n\n14\n\nThat is all.\n"
    assert drop_page_numbers(text) == text


def test_label_value_pairs_between_page_numbers_stay_and_the_pages_go() -> None:
    # Labels of four words: no two numbers are close, the run of pairs tells them apart.
    text = (
        _page_of("The Council met and agreed the plan.")
        + "\n\n4\n\n"
        + _page_of("The Council counted the votes cast.")
        + "\n\nMembers present at the vote\n\n5\n\nMembers absent from the vote\n\n6\n\n"
        + _page_of("The Council closed the session.")
        + "\n\n5\n\nThe end.\n"
    )
    lines = [line.strip() for line in drop_page_numbers(text).split("\n")]
    assert lines.count("4") == 0
    assert lines.index("Members present at the vote") + 2 == lines.index("5")
    assert lines.index("Members absent from the vote") + 2 == lines.index("6")
    assert lines.count("5") == 1  # the count stays, the page's footer goes


def test_a_tally_between_page_numbers_stays_and_the_pages_go() -> None:
    tally = "\n\n".join(TALLY)
    text = (
        _page_of("The Council met and agreed the plan.")
        + "\n\n10\n\n"
        + _page_of("The Council voted on the motion.")
        + "\n\n"
        + tally
        + "\n\n11\n\n"
        + _page_of("The Council closed the session.")
    )
    kept = drop_page_numbers(text)
    assert tally in kept
    assert "10" not in kept.split() and "11" not in kept.split()


def test_a_numbered_list_written_as_lone_numbers_is_kept_as_text() -> None:
    text = "Our plan:\n\n1\n\nReduce costs.\n\n2\n\nHire staff.\n\n3\n\nOpen two schools.\n"
    assert drop_page_numbers(text) == text


def test_a_lone_number_list_with_longer_items_is_kept_as_text() -> None:
    text = (
        "We will do three things.\n\n1\n\nReduce the running costs of every ministry.\n\n"
        "2\n\nHire the staff the hospitals need this year.\n\n3\n\nOpen two schools.\n"
    )
    assert drop_page_numbers(text) == text


def test_a_lone_number_list_between_page_numbers_stays_and_the_pages_go() -> None:
    items = "1\n\nReduce costs.\n\n2\n\nHire staff."
    text = (
        _page_of("The Council met and agreed the plan.")
        + "\n\n7\n\n"
        + _page_of("The Council set out its aims.")
        + "\n\n"
        + items
        + "\n\nWe will report on each of them at the next session.\n\n8\n\nThe end.\n"
    )
    kept = drop_page_numbers(text)
    assert items in kept
    assert "7" not in kept.split() and "8" not in kept.split()


@pytest.mark.parametrize(
    "column",
    ["1\n2\n3\n4", "10\n11\n12", "1\n\n2\n\n3"],
)
def test_a_table_like_column_of_numbers_is_kept(column: str) -> None:
    text = f"{_page_of('The ranking of the regions follows.')}\n\n{column}\n\nThat is all.\n"
    assert drop_page_numbers(text) == text


def test_bare_numbers_with_less_than_a_page_between_are_kept() -> None:
    text = (
        "The first part, short.\n\n"
        + " ".join(["word"] * 60)
        + "\n\n2\n\n"
        + " ".join(["word"] * 60)
        + "\n\n3\n\nThe end, not a page's.\n"
    )
    assert drop_page_numbers(text) == text


def test_a_score_after_a_colon_is_kept() -> None:
    text = "Rating:\n\n3/10\n\nReviewers' average:\n\n4/10\n\nThat is all.\n"
    assert drop_page_numbers(text) == text


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        (
            "First page.\n\nPage 1 of 3\n\nSecond page.\n\nPage 2 of 3\n\nThird page.\n",
            "First page.\n\n\nSecond page.\n\n\nThird page.\n",
        ),
        ("One page.\n- 3 -\nTwo pages.\n- 4 -\nThe end.\n", "One page.\nTwo pages.\nThe end.\n"),
        ("One.\n\n3/10\n\nTwo.\n\n4/10\n\nThree.\n", "One.\n\n\nTwo.\n\n\nThree.\n"),
        ("One.\n\np. 7\n\nTwo.\n\np. 8\n\nThree.\n", "One.\n\n\nTwo.\n\n\nThree.\n"),
    ],
)
def test_numbers_written_as_pages_go_with_few_words_between(written: str, kept: str) -> None:
    assert drop_page_numbers(written) == kept


def test_bare_page_numbers_with_a_page_of_words_between_go() -> None:
    text = (
        _page_of("The Council met and agreed the plan.")
        + "\n\n1\n\n"
        + _page_of("The Council set out its aims.")
        + "\n\n2\n\n"
        + _page_of("The Council closed the session.")
        + "\n\n3\n"
    )
    kept = drop_page_numbers(text)
    assert not {"1", "2", "3"} & set(kept.split())
    assert kept.count("The Council") == text.count("The Council")


def test_the_last_page_s_number_after_the_closing_still_goes() -> None:
    text = " ".join(["word"] * 400) + "\n\nThank you.\n\n3\n"
    assert drop_page_numbers(text).rstrip().endswith("Thank you.")


def test_lone_numbers_tell_page_forms_from_bare_numbers() -> None:
    found = lone_numbers(["Page 3 of 9", "- 4 -", "5/9", "6", "9/5", "Text", "- 7"])
    assert [(lone.line, lone.number) for lone in found] == [
        (0, 3),
        (1, 4),
        (2, 5),
        (3, 6),
        (4, 9),
        (6, 7),
    ]
    assert [lone.bare for lone in found] == [False, False, False, True, True, True]


_CORPUS_PAGE_NUMBERS = {
    "09_unga79-burkina-faso-2024-fr.txt": ["10", "11", "14", "15", "17"],
    "10_unga79-spain-2024-es.txt": ["10"],
}
"""The page numbers each corpus file holds on lines of their own; the others hold none."""


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not on this machine")
def test_every_corpus_file_loses_its_page_numbers_and_only_them() -> None:
    paths = sorted(
        path
        for pattern in ("*.txt", "*.md")
        for path in CORPUS.glob(pattern)
        if not path.name.endswith(".source.txt")
    )
    if not paths:
        pytest.skip("the corpus holds no statements")
    for path in paths:
        text = path.read_text(encoding="utf-8")
        dropped = Counter(text.split("\n")) - Counter(drop_page_numbers(text).split("\n"))
        expected = _CORPUS_PAGE_NUMBERS.get(path.name, [])
        assert sorted(line.strip() for line in dropped.elements()) == expected, path.name
