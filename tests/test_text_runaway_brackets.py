"""Brackets that close nothing are read as characters, and the searches built for them give the
same answers. How long they take is measured by `benchmarks/hostile_text.py`, not here: a line of
20,000 "[" took about 60 s before they were handled."""

from __future__ import annotations

import pytest

from pipeline.text import (
    drop_unsafe_links,
    escape_runaway_brackets,
    markdown_links,
    markdown_to_plain,
    runaway_brackets,
    split_sentences,
)

OPEN_RUN = "[" * 20_000
DEEP = "[" * 10_000 + "]" * 10_000
WORDS_IN_OPEN_BRACKETS = "We met. " + "[x " * 10_000


@pytest.mark.parametrize("text", [OPEN_RUN, DEEP, WORDS_IN_OPEN_BRACKETS])
def test_unsafe_link_search_leaves_runaway_brackets_alone(text: str) -> None:
    # Each "[" searched to the line's end for its "]": 18 s for 20,000 of them.
    assert drop_unsafe_links(text) == text


def test_unsafe_links_with_brackets_in_their_words_are_still_dropped() -> None:
    assert drop_unsafe_links("[see [1] here](javascript:x) ok") == "see [1] here ok"
    assert drop_unsafe_links("[a [b] [c]](data:x)") == "a [b] [c]"
    assert drop_unsafe_links("[[x]](file:/etc) [y](http://ok)") == "[x] [y](http://ok)"


@pytest.mark.parametrize("text", [OPEN_RUN, DEEP, WORDS_IN_OPEN_BRACKETS])
def test_markdown_reads_runaway_brackets_as_characters(text: str) -> None:
    # markdown-it looked for each "["'s "]" from there on: seconds for each of many calls.
    assert markdown_to_plain(text) == text.strip()


@pytest.mark.parametrize("text", [OPEN_RUN, DEEP, WORDS_IN_OPEN_BRACKETS])
def test_sentences_among_runaway_brackets_keep_every_character(text: str) -> None:
    # pysbd's search for text between brackets ran in square time as well.
    sentences = split_sentences(text + " The end.")
    assert "".join(sentences).replace(" ", "") == (text + " The end.").replace(" ", "")


def test_a_link_among_runaway_brackets_is_still_a_link() -> None:
    text = "[" * 100 + " Read the [guide](https://example.org/g)."
    assert markdown_links(text) == [("guide", "https://example.org/g")]
    assert markdown_to_plain(text) == "[" * 100 + " Read the guide."


def test_only_unclosed_and_too_deep_brackets_are_runaway() -> None:
    text = "[" * 70 + "a]" + "[b](x)" + "\\[" * 70
    # 69 "[" are never closed; "[a]" is closed and nested in no closed pair; "\[" is text.
    assert runaway_brackets(text) == list(range(69))
    assert escape_runaway_brackets(text) == "\\[" * 69 + "[a][b](x)" + "\\[" * 70
    nested = "[" * 20 + "x" + "]" * 20 + "[" * 64
    # The pairs inside the 8th are too deep: their "[" and their "]"; then the 64 unclosed.
    assert runaway_brackets(nested) == [*range(8, 20), *range(21, 33), *range(41, 105)]
    assert runaway_brackets("[" * 10) == []  # a few brackets are left as they are


def test_text_of_unspaced_sentence_ends_is_split_in_short_windows() -> None:
    # "![a![a…" is thousands of like "sentences" with no space: pysbd found each again from
    # the start of one 21,000-character window, 2 s a call, many calls a run.
    text = "![a" * 7000
    sentences = split_sentences(text)
    assert "".join(sentences) == text
