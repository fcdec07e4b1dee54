"""The plain-words entries added for words the dev corpus and ASSET still left long.

Each entry is checked where it must swap and where the same letters are another word: "combat"
the noun ("in combat", "combat sports"), "objective" the adjective ("an objective account").
The sentences are the corpus's and ASSET's own, or made-up ones of the same build.
"""

from __future__ import annotations

import pytest

from pipeline.rewriters.rules import (
    RulesRewriter,
)
from tests.plain_words import after_plain_words


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It is sometimes recommended to combat diarrhea, since it is high in pectin.",
            "to fight diarrhea",
        ),
        ("We have the means for combating the pandemic.", "the means for fighting the pandemic"),
        ("This could undermine national security.", "This could harm national security."),
        ("Manufacturing has been undermined by unfair trade.", "has been harmed by unfair"),
        ("She was a courageous woman.", "She was a brave woman."),
        ("Judges must not legislate from the bench.", "must not make laws from the bench"),
        ("Congress legislated quickly.", "Congress made laws quickly."),
        ("In order to accomplish their objective, surveyors use geometry.", "their goal,"),
        ("The Commission has set the objective of cutting emissions.", "set the goal of cutting"),
        ("The objectives set in Pau were met.", "The goals set in Pau"),
        ("Talks resumed under the auspices of the United Nations.", "under the United Nations."),
        ("A mission, under the aegis of the United Nations, went.", "under the United Nations,"),
        ("They debated the necessity of freedom.", "They debated the need for freedom."),
    ],
)
def test_new_entries_swap(sentence: str, expected: str) -> None:
    assert expected in after_plain_words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # "combat" the noun: a fight itself, or a kind of sport.
        "German soldiers would actively take part in combat.",
        "Boxing and fencing are examples of combat sports.",
        "A dogfight is aerial combat between fighter aircraft.",
        # "objective" the adjective: fair, not swayed, or a term of mathematics.
        "He gave an objective account of the events.",
        "The report is objective.",
        "The objective function is convex.",
        # A military objective is a term of the law of war.
        "Military objectives may be attacked.",
    ],
)
def test_other_senses_stay(sentence: str) -> None:
    assert after_plain_words(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iraqi forces are increasingly capable.", "Iraqi forces are more and more capable."),
        ("Her mother grows increasingly ill.", "Her mother grows more and more ill."),
    ],
)
def test_increasingly_keeps_both_mores(sentence: str, expected: str) -> None:
    # "more and more" is the plain side itself: the rule that says a new "clear and clear"
    # once must not cut it to "more".
    assert after_plain_words(sentence) == expected


def test_near_synonyms_still_said_once() -> None:
    assert after_plain_words("The answer was clear and unambiguous.") == "The answer was clear."


@pytest.mark.parametrize(
    "sentence",
    [
        "The situation is increasingly difficult.",
        "The task grows increasingly hard.",
    ],
)
def test_increasingly_stays_before_a_short_adjective(sentence: str) -> None:
    # "more and more hard" is no English; "harder and harder" would be, but no rule says it.
    plain = RulesRewriter().rewrite_text(sentence)
    assert "more and more" not in plain
    assert "increasingly" in plain


def test_to_legislate_stays_where_make_would_read_as_a_purpose() -> None:
    # "a commitment by all of us to make laws" was split into "… by all of us. The aim is to
    # make laws", which says why, not what the commitment is.
    text = "We need a commitment on the part of all of us to legislate and to regulate."
    plain = RulesRewriter().rewrite_text(text)
    assert "all of us to legislate and to regulate" in plain
    assert "The aim is" not in plain
