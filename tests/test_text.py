"""Helpers on statement text: a link's words and its address, a size in words."""

from __future__ import annotations

import pytest

from pipeline.text import (
    format_size,
    markdown_as_text,
    markdown_links,
    split_sentences,
    with_addresses,
)


def test_link_addresses_are_written_after_their_words_in_text() -> None:
    text = "See the [guide](https://example.org/jury) or [a@b.org](mailto:a@b.org). ![Map](m.png)"
    assert markdown_as_text(text) == (
        "See the guide (https://example.org/jury) or a@b.org. ![Map](m.png)"
    )
    links = markdown_links(text)
    assert links == [("guide", "https://example.org/jury"), ("a@b.org", "mailto:a@b.org")]
    assert with_addresses("Read the guide.", links) == "Read the guide (https://example.org/jury)."
    assert links == [("a@b.org", "mailto:a@b.org")]  # each address written once


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence() -> None:
    """ "in 2021.¹ The" and "act.”¹ The" had kept the next sentence on the first."""
    assert split_sentences("It was adopted in 2021.¹ The Minister agreed.") == [
        "It was adopted in 2021.¹",
        "The Minister agreed.",
    ]
    assert split_sentences("He said “we will act.”¹ The Minister agreed.") == [
        "He said “we will act.”¹",
        "The Minister agreed.",
    ]
    assert split_sentences("The area is 5 km². The end.") == ["The area is 5 km².", "The end."]


def test_a_us_citation_is_one_sentence() -> None:
    """pysbd ended a sentence after "Pub." and "Fed.": the voice said "Pub." alone."""
    assert split_sentences("It is Pub. L. 117-58. It passed.") == [
        "It is Pub. L. 117-58.",
        "It passed.",
    ]
    assert split_sentences("See 86 Fed. Reg. 7009 now.") == ["See 86 Fed. Reg. 7009 now."]
    assert split_sentences("The children were fed. Reg said so.") == [
        "The children were fed.",
        "Reg said so.",
    ]


def test_markdown_with_links_escapes_the_text_and_links_each_address_once() -> None:
    from pipeline.text import markdown_links, markdown_to_plain, markdown_with_links

    links = [("guide", "https://example.gov/guide_(2026)"), ("form", "https://example.gov/f")]
    text = "Read the *guide* and the guide again; the form <b> is new."
    written = markdown_with_links(text, links)
    assert written == (
        r"Read the \*[guide](<https://example.gov/guide_(2026)>)\* and the guide again; "
        r"the [form](https://example.gov/f) \<b> is new."
    )
    assert markdown_to_plain(written) == text and links == []
    assert markdown_links(written)[0] == ("guide", "https://example.gov/guide_(2026)")


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (1, "1 byte"),
        (999, "999 bytes"),
        # SI units, as --max-input-mb and the cache commands count (MB = 1,000,000 bytes):
        # the input limit counted 1024 x 1024 and the cache 1,000,000, both saying "MB".
        (1000, "1 kB"),  # --max-input-mb 0.001
        (1024, "1.02 kB"),
        (999_499, "999 kB"),
        (999_999, "1 MB"),
        (1_000_000, "1 MB"),
        (1024 * 1024, "1.05 MB"),
        (20_000_000, "20 MB"),
        (3_141_590, "3.14 MB"),
        (2_000_000_000, "2 GB"),
        (5_000_000_000_000, "5000 GB"),
    ],
)
def test_sizes_take_a_unit_that_suits_them(size: int, shown: str) -> None:
    """One way of saying a size, for limit messages and the package page's downloads."""
    assert format_size(size) == shown


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("[At this point, a moment of silence was observed.]", True),
        ("[Applause]", True),
        ("(Laughter.)", True),
        ("[Speaking French]", True),
        ("[Note: the figures are provisional.]", False),
        ("[1]", False),
        ("[The minister] said so.", False),
    ],
)
def test_a_direction_is_a_whole_bracketed_note(sentence: str, direction: bool) -> None:
    from pipeline.text import is_direction

    assert is_direction(sentence) is direction


def test_a_direction_at_either_end_of_a_sentence_is_set_apart() -> None:
    from pipeline.text import directions_apart

    assert directions_apart("[Silence.] Amen.") == ["[Silence.]", "Amen."]
    assert directions_apart("Amen. [The band plays.]") == ["Amen.", "[The band plays.]"]
    assert directions_apart("We [the people] act.") == ["We [the people] act."]
