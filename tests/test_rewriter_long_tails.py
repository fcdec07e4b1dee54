"""Long notice sentences the rewriter used to leave whole: a grant's terms, the places affected,
what a signed document does. Through every pass, with the fact guard, as a section is rewritten."""

from __future__ import annotations

from pipeline.stages.simplify import check_facts, simplify_text
from pipeline.text import split_sentences

DECLARATION = (
    "The President ordered Federal assistance to supplement state and local recovery efforts "
    "in the areas affected by the March floods from March 4 to March 12, 2023. Federal funding "
    "is available to state and eligible local governments and certain private nonprofit "
    "organizations on a cost-sharing basis for emergency work and the repair of damaged roads."
)

PROCLAMATION = (
    "Today, the President signed a Proclamation to limit the entry of certain temporary "
    "workers into the country, requiring a $2,000 payment with each new petition filed "
    "after the date of the order."
)


def _longest(text: str) -> int:
    return max(len(sentence.split()) for sentence in split_sentences(text))


def test_a_declaration_is_said_in_short_sentences_with_every_fact_kept() -> None:
    plain = simplify_text(DECLARATION)
    assert "to add to state and local recovery efforts." in plain
    assert "These efforts are in the areas affected by the March floods" in plain
    assert "It is on a cost-sharing basis." in plain
    assert "It is for emergency work and the repair of damaged roads." in plain
    assert _longest(plain) <= 20 < _longest(DECLARATION)
    assert check_facts(DECLARATION, plain).ok


def test_what_a_signed_proclamation_requires_is_a_sentence_of_its_own() -> None:
    plain = simplify_text(PROCLAMATION)
    assert "The Proclamation requires a $2,000 payment" in plain
    assert ", requiring" not in plain
    assert check_facts(PROCLAMATION, plain).ok
