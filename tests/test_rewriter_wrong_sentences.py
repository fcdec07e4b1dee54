"""Sentences the default rules once got wrong, rewritten end to end (every rule, every pass).

Each golden case in tests/cases/simplify/ checks one rule alone; these check that the rules
together give a correct sentence: a later rule must not undo or spoil an earlier one's fix.
"""

from __future__ import annotations

import pytest

from pipeline.stages.simplify import simplify_text

CASES = [
    # "in order to" after an infinitive: shortened to "to", the purpose moved to the companies.
    (
        "The council is raising fees for firms seeking to use the permit scheme in order to "
        "stop abuse of the scheme and protect local workers.",
        [
            "The council is raising fees for firms trying to use the permit scheme.",
            "The aim is to stop abuse of the scheme and protect local workers.",
        ],
    ),
    # A closing "which continues to guide us": the agenda, named, still guides (no habit).
    (
        "Ten years ago, the assembly adopted a bold plan on clean water, which continues to "
        "guide our work.",
        [
            "Ten years ago, the assembly adopted a bold plan on clean water.",
            "This plan still guides our work.",
        ],
    ),
    # "keep giving leadership" is no English: to provide leadership is to lead.
    (
        "The agency will continue to provide leadership as the region recovers.",
        ["The agency will keep leading as the region recovers."],
    ),
    # ", led by A and B," stays beside its subject; after the main clause "It" met "industry".
    (
        "The Policy Pillar, led by Singapore and the United Kingdom, spearheaded efforts to "
        "build resilience and disrupt the ransomware criminal industry.",
        [
            "The Policy Pillar was led by Singapore and the United Kingdom.",
            "It headed efforts to build resilience and disrupt the ransomware criminal industry.",
        ],
    ),
    # A dash aside about the subject: "It reaches …", not a "This" that means the sentence.
    (
        "Frontline access to data – from hubs in the Americas and Europe, to the ports and "
        "border posts of Southeast Asia, remains at the heart of what we do.",
        [
            "Frontline access to data stays at the heart of what we do.",
            "It reaches from hubs in the Americas and Europe.",
            "It goes as far as the ports and border posts of Southeast Asia.",
        ],
    ),
    # "It" after the split would be the subject (the island), not the coal.
    (
        "The island is dependent on coal, which is often shipped from distant ports at high cost.",
        [
            "The island depends on coal.",
            "This coal is often shipped from distant ports at high cost.",
        ],
    ),
]


@pytest.mark.parametrize(("original", "expected"), CASES)
def test_sentence_is_rewritten_correctly(original: str, expected: list[str]) -> None:
    assert simplify_text(original) == " ".join(expected)


def test_which_is_why_keeps_this() -> None:
    """A closing "which is why" takes up the whole clause: no noun is put after "This"."""
    result = simplify_text(
        "Africa will be the driving force behind this new plan for the region, which is why we "
        "will keep up our efforts."
    )
    assert "This is why we will keep up our efforts." in result
    assert "This region" not in result and "This plan" not in result
