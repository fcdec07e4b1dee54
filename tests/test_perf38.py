"""Letter runs no word is that long are spared pysbd's and pyphen's full reading.

pysbd reads only the two ends of a run of over `LONG_WORD_LETTERS` letters, and textstat's
syllable count does not hyphenate it. These tests check that sentences come out as pysbd
reads the whole text, and that real words are hyphenated as pyphen does. Speed is measured by
scripts, not here.
"""

from __future__ import annotations

import random
import re
import string

import pytest
from pyphen import Pyphen  # type: ignore[import-untyped]

from pipeline import text
from pipeline.stages import readability
from pipeline.text import LONG_WORD_LETTERS, _piece_ends, _segment, _segmenter, _without_long_runs

CONTEXTS = (
    "We met {w}. Then we left.",
    "Mr. {w} spoke. Dr. Smith agreed.",
    "{w}. {W} is next.",
    "It is {w}! Is it? {W}.",
    "See p. 5 of {w} i.e. the report. {W} said so.",
    "The U.S. and {W}. The U.N. said {w}.",
    "a) {w} b) {w} c) end.",
    'He said "{w}." Then {W} left.',
    "{w} -- {w} -- done. Next.",
    "In 2021 {w}.{W} and more.",
    "Jan. {w} e.g. {W}. Ok.",
    "(i) {w}. (ii) {W}.",
    "{w}...{W}... end",
    "Über {w}é. Straße {W}ß.",
)


def _word(length: int, seed: int) -> str:
    """A run of `length` lowercase letters, the same on every run."""
    chosen = random.Random(seed)
    return "".join(chosen.choice(string.ascii_lowercase) for _ in range(length))


@pytest.mark.parametrize("length", [LONG_WORD_LETTERS + 1, LONG_WORD_LETTERS + 7, 400])
@pytest.mark.parametrize("context", CONTEXTS)
def test_sentences_around_a_long_run_are_the_ones_pysbd_finds_in_the_whole_text(
    monkeypatch: pytest.MonkeyPatch, context: str, length: int
) -> None:
    statement = context.format(w=_word(length, 1), W=_word(length, 2).capitalize())
    segmenter = _segmenter("en")
    shortened = _segment(segmenter, statement)
    monkeypatch.setattr(text, "_LONG_LETTER_RUN", re.compile(r"(?!)"))  # matches nothing
    assert shortened == _segment(segmenter, statement)
    assert "".join(shortened) == statement


def test_only_runs_over_the_limit_are_shortened_to_their_two_ends() -> None:
    word = _word(LONG_WORD_LETTERS, 3)
    assert _without_long_runs(f"A {word} b.") == (f"A {word} b.", [])
    long_word = _word(1_000, 4)
    shortened, cuts = _without_long_runs(f"A {long_word} b. {long_word}")
    kept = long_word[:30] + long_word[-30:]
    assert shortened == f"A {kept} b. {kept}"
    assert cuts == [(32, 940), (2 + 60 + 4 + 30, 940)]


def test_a_piece_that_ends_where_letters_were_taken_out_is_not_mapped() -> None:
    shortened, cuts = _without_long_runs("Go " + _word(500, 5) + ".")
    assert _piece_ends([shortened[:33], shortened[33:]], shortened, cuts) is None
    assert _piece_ends([shortened[:3], shortened[3:]], shortened, cuts) == [3, 3 + 500 + 1]
    assert _piece_ends([shortened[:3]], shortened, cuts) is None  # not the whole text


def test_a_50000_letter_word_is_kept_whole_in_its_sentence() -> None:
    word = _word(50_000, 6)
    sentences = text.split_sentences(f"We met today. It is {word}. Thank you.")
    assert sentences == ["We met today.", f"It is {word}.", "Thank you."]


@pytest.mark.parametrize(
    "word",
    [
        "hyphenation",
        "pneumonoultramicroscopicsilicovolcanoconiosis",
        "grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung",
        _word(LONG_WORD_LETTERS, 7),
    ],
)
def test_words_up_to_the_limit_are_hyphenated_as_pyphen_does(word: str) -> None:
    textstat_counts = readability._textstat().backend.counts._count_syllables
    hyphenator = textstat_counts.get_pyphen("en_US")
    assert hyphenator.positions(word) == Pyphen(lang="en_US").positions(word)


def test_a_run_over_the_limit_counts_one_syllable() -> None:
    textstat_counts = readability._textstat().backend.counts._count_syllables
    assert textstat_counts.get_pyphen("en_US").positions(_word(LONG_WORD_LETTERS + 1, 8)) == []
    assert textstat_counts.count_syllables(_word(50_000, 9), "en_US") == 1
