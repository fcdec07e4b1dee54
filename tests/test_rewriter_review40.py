"""The plain version read as an editor would: wrong or clumsy rewrites found in the dev corpus.

"Iraqi forces increasingly take the lead" had become "… more and more take the lead"; an
e-mail address and a file's path had their words swapped ("corpora/first.zip"); "particularly
…, especially in Africa" said "especially" twice. These pin the mended readings through every
rule, and that the fact guard passes on them.
"""

from __future__ import annotations

import pytest

from pipeline.rewriters.rules.lexicon import parse_conditions
from pipeline.stages import factguard
from pipeline.stages.simplify import simplify_text


def _plain(text: str) -> str:
    plain = simplify_text(text)
    assert factguard.check([text], [plain]).ok
    return plain


def test_the_verb_class_parses_as_a_word_class() -> None:
    (condition,) = parse_conditions("not-before:verb|hard")
    (test,) = condition.tests
    assert test.classes == frozenset({"verb"})
    assert test.words == frozenset({"hard"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Iraqi forces increasingly take the lead.",
        "Small firms increasingly rely on online sales.",
        "Voters increasingly turned to local news.",
    ],
)
def test_increasingly_before_a_verb_stays(sentence: str) -> None:
    plain = _plain(sentence)
    assert "increasingly" in plain
    assert "more and more" not in plain


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The work is increasingly complex.", "The work is more and more complex."),
        ("Our cities grow increasingly crowded.", "Our cities grow more and more crowded."),
    ],
)
def test_increasingly_before_a_describing_word_is_made_plain(sentence: str, expected: str) -> None:
    assert _plain(sentence) == expected


@pytest.mark.parametrize(
    "address",
    [
        "assistance@example.org",
        "https://www.example.gov/assistance/additional",
        "example.gov.uk/assistance",
        "packages/corpora/inaugural.zip",
    ],
)
def test_an_address_keeps_its_words(address: str) -> None:
    plain = _plain(f"For additional assistance, see {address} today.")
    assert address in plain
    assert plain.startswith("For more help")


def test_an_adverb_already_said_is_not_said_again() -> None:
    text = "Education, particularly for girls, remains a priority, especially in Africa."
    plain = _plain(text)
    assert plain.count("especially") == 1
    assert "particularly for girls" in plain


def test_an_adverb_said_once_is_still_made_plain() -> None:
    plain = _plain("Education, particularly for girls, remains a priority in Africa.")
    assert "especially for girls" in plain
