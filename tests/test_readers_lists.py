"""Lists as HTML pages number them: letters, roman numerals and nested lists keep their marks."""

from __future__ import annotations

import pytest

from pipeline.readers import read_source


def _markdown(body: str) -> str:
    page = (
        f"<!doctype html><html><body><main><p>The Council decides:</p>{body}</main></body></html>"
    )
    return read_source(None, page.encode("utf-8")).markdown


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ('<ol type="a">', "(a) Decides.\n(b) Notes.\n(c) Urges."),
        ('<ol type="i">', "(i) Decides.\n(ii) Notes.\n(iii) Urges."),
        ('<ol type="a" start="4">', "(d) Decides.\n(e) Notes.\n(f) Urges."),
        ('<ol type="i" start="4">', "(iv) Decides.\n(v) Notes.\n(vi) Urges."),
        # Capitals in lower case: the only case a list mark is read in.
        ('<ol type="A">', "(a) Decides.\n(b) Notes.\n(c) Urges."),
        ('<ol type="I">', "(i) Decides.\n(ii) Notes.\n(iii) Urges."),
        ('<ol style="list-style-type: lower-alpha">', "(a) Decides.\n(b) Notes.\n(c) Urges."),
        ('<ol style="list-style: upper-roman inside">', "(i) Decides.\n(ii) Notes.\n(iii) Urges."),
        ('<ol type="1">', "1. Decides.\n2. Notes.\n3. Urges."),
    ],
)
def test_an_html_list_keeps_its_letters_and_roman_numerals(opening: str, expected: str) -> None:
    # <ol type="a"> was read as "1.", "2.", "3.": the page and the text files showed numbers
    # the document does not have, and "paragraph (b)" could not be found.
    markdown = _markdown(f"{opening}<li>Decides.</li><li>Notes.</li><li>Urges.</li></ol>")
    assert expected in markdown


def test_letters_beyond_the_alphabet_are_written_as_figures() -> None:
    markdown = _markdown('<ol type="a" start="26"><li>Decides.</li><li>Notes.</li></ol>')
    assert "(z) Decides.\n27. Notes." in markdown


def test_three_levels_of_html_lists_keep_their_marks_and_their_indents() -> None:
    # The sub-items were "1.", "2." again at every level.
    markdown = _markdown(
        "<ol><li>Opens the parks.<ol type='a'><li>Gates close at 9 p.m.</li>"
        "<li>Fines rise.<ol type='i'><li>The fine doubles.</li><li>Fines fund repairs.</li>"
        "</ol></li></ol></li><li>Reviews the rules.</li></ol>"
    )
    assert (
        "1. Opens the parks.\n"
        "   (a) Gates close at 9 p.m.\n"
        "   (b) Fines rise.\n"
        "       (i) The fine doubles.\n"
        "       (ii) Fines fund repairs.\n"
        "2. Reviews the rules."
    ) in markdown
