"""More input a user can hit: a named pipe, one file named twice in a batch, a 20,000-letter word.

A pipe hung every command until something wrote to it; a batch built a file once per hard
link; and a word with no space in it cost the titling regexes time in the square of its length.
"""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from pipeline.build import read_statement
from pipeline.settings import Settings
from pipeline.stages.split import NO_TITLE, _echoed_topic, _topic_words, salient_title


def _letters(count: int) -> str:
    """A word of `count` lowercase letters, the same on every run."""
    chosen = random.Random(count)
    return "".join(chosen.choice(string.ascii_lowercase) for _ in range(count))


# --------------------------------------------------------------------------------------
# A very long word: the titling regexes start only where a word starts
# --------------------------------------------------------------------------------------


def test_a_20000_letter_word_is_one_whole_sentence_of_one_untitled_section(
    tmp_path: Path,
) -> None:
    # Each regex tried again at each of its 20,000 letters: 5.6 s of CPU for this file.
    word = _letters(20_000)
    path = tmp_path / "word.txt"
    path.write_text(word + "\n", encoding="utf-8")
    statement = read_statement(Settings(input_path=path, language="en"))
    assert [section.title for section in statement.sections] == [NO_TITLE]
    assert statement.sections[0].sentences == (word,)


def test_a_long_word_inside_sentences_leaves_the_title_to_the_real_words(tmp_path: Path) -> None:
    word = _letters(20_000)
    path = tmp_path / "nurses.txt"
    path.write_text(
        f"Nurses would be paid more, the minister said. {word} was written on the wall. "
        "Contact: press@example.org.\n",
        encoding="utf-8",
    )
    statement = read_statement(Settings(input_path=path, language="en"))
    assert [section.title for section in statement.sections] == ["Nurses"]
    assert word in statement.sections[0].plain_text


@pytest.mark.parametrize(
    "shape",
    ["https://example.org/" + "a/b-c" * 4_000, "7" * 20_000, "a" * 20_000],
    ids=["url", "digits", "one-letter"],
)
def test_a_long_run_without_spaces_has_no_title(shape: str) -> None:
    assert salient_title(shape) == NO_TITLE


def test_an_echo_is_still_found_from_the_start_of_its_words() -> None:
    echo = "It requires the most elusive of all things in a democracy: unity. Unity."
    assert _echoed_topic(echo, "en") == "Unity"
    assert _echoed_topic(f"{_letters(5_000)}. Unity.", "en") is None


def test_an_address_is_still_taken_whole_from_where_its_word_starts() -> None:
    text = "Write to press@example.org, or (mail:desk@example.org) or see www.un.org today."
    assert _topic_words(text) == "Write to  — , or  — ) or see  —  today."
