"""Structure a reader or listener needs: who said a quote, what a table counts, note marks.

An HTML quote's ``<footer>`` (its speaker) went with the page footers, a table's
``<caption>`` was dropped, a ``<sup>1</sup>`` mark ran into the sentence ("codes.1"), and
Markdown notes ("[^1]") were kept as written and run together in one paragraph.
"""

from __future__ import annotations

from pipeline.readers import InputFormat, markdown_footnotes, read_source, table_lines


def _html(body: str) -> str:
    page = f"<html><body><nav><a href='/'>Home</a></nav><main>{body}</main></body></html>"
    return read_source(None, page.encode(), fmt=InputFormat.HTML).markdown


def test_a_quotes_own_footer_names_its_speaker_and_the_page_footer_goes() -> None:
    markdown = _html(
        "<p>The review starts today.</p><blockquote><p>We want every stop to be fair.</p>"
        "<footer>— Chief Constable Daniel Okafor</footer></blockquote>"
        "<footer>© Northshire Police</footer>"
    )
    assert "> — Chief Constable Daniel Okafor" in markdown
    assert "Northshire Police" not in markdown and "Home" not in markdown


def test_a_tables_caption_is_read_before_its_rows() -> None:
    markdown = _html(
        "<table><caption>Stops in the year to September</caption>"
        "<tr><th>District</th><th>Stops</th></tr><tr><td>Eastgate</td><td>2,310</td></tr>"
        "</table>"
    )
    assert markdown.strip().split("\n\n") == [
        "Stops in the year to September",
        "District – Stops",
        "Eastgate – Stops: 2,310",
    ]


def test_a_raised_note_number_is_a_superscript_mark_and_a_power_of_words_is_kept() -> None:
    markdown = _html(
        "<p>Under the codes.<sup>1</sup> In October.<sup><a href='#n2'>[2]</a></sup>"
        " On 1<sup>st</sup> May.</p>"
    )
    assert markdown.strip() == "Under the codes.¹ In October.² On 1st May."


def test_markdown_notes_are_numbered_marks_and_paragraphs_of_their_own() -> None:
    text = (
        "The plan costs £14 million.[^cost] Calls are free.[^2]\n\n"
        "## Notes\n\n[^2]: Lines open at 9am.\n[^cost]: Includes £3 million of grants.\n"
    )
    assert markdown_footnotes(text) == (
        "The plan costs £14 million.¹ Calls are free.²\n\n## Notes\n\n"
        "\n² Lines open at 9am.\n\n¹ Includes £3 million of grants.\n"
    )


def test_text_with_no_markdown_note_is_kept_as_it_is() -> None:
    text = "A regex such as [^a-z] is text, not a note [^1]."
    assert markdown_footnotes(text) == text


def test_hours_under_their_headings_are_read_with_them() -> None:
    rows = [
        ["Day", "Current hours", "New hours"],
        ["Monday", "9:00 to 16:00", "10:00 to 16:00"],
        ["Friday", "9:00 to 15:00", "9.00am"],
    ]
    assert table_lines(rows) == [
        "Day – Current hours – New hours",
        "Monday – Current hours: 9:00 to 16:00; New hours: 10:00 to 16:00",
        "Friday – Current hours: 9:00 to 15:00; New hours: 9.00am",
    ]


def test_a_table_of_words_has_no_headings_read_into_it() -> None:
    rows = [["Before", "After"], ["Post only", "Email or post"]]
    assert table_lines(rows) == ["Before – After", "Post only – Email or post"]


def test_an_abbreviations_title_is_written_once_before_it() -> None:
    markdown = _html(
        "<p>Under the <abbr title='Police and Criminal Evidence Act'>PACE</abbr> codes."
        " <abbr title='Police and Criminal Evidence Act'>PACE</abbr> Code A applies."
        " The <abbr title='International Criminal Police Organization'>INTERPOL</abbr>"
        " (International Criminal Police Organization) agreed.</p>"
    )
    assert markdown.strip() == (
        "Under the Police and Criminal Evidence Act (PACE) codes. PACE Code A applies."
        " The INTERPOL (International Criminal Police Organization) agreed."
    )
