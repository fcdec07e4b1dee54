"""The whole rewriter does not say one plain word twice where the statement used two words.

A swap made in a later pass sees only the sentence a split left, so the golden cases of one
rule cannot show it; these run every rule, in every pass, on one sentence.
"""

from __future__ import annotations

from pipeline.rewriters.rules import RulesRewriter


def test_led_by_then_spearheaded_says_headed() -> None:
    text = (
        "The Policy Pillar, led by Singapore and the United Kingdom, spearheaded efforts to "
        "build resilience against ransomware attacks and leverage the ecosystem to disrupt "
        "the ransomware criminal industry."
    )
    plain = RulesRewriter().rewrite_text(text)
    assert "was led by Singapore and the United Kingdom." in plain
    assert "It headed efforts" in plain
    assert "It led efforts" not in plain
    assert "spearheaded" not in plain


def test_chaired_by_then_spearheaded_still_says_led() -> None:
    text = (
        "The Policy Pillar, chaired by Singapore and the United Kingdom, spearheaded efforts "
        "to build resilience against ransomware attacks and leverage the ecosystem to disrupt "
        "the ransomware criminal industry."
    )
    plain = RulesRewriter().rewrite_text(text)
    assert "led efforts" in plain
    assert "spearheaded" not in plain


def test_lacking_strength_keeps_the_cause() -> None:
    text = (
        "Lacking the military strength to challenge us directly, the terrorists have chosen "
        "the weapon of fear."
    )
    plain = RulesRewriter().rewrite_text(text)
    assert "This is because the terrorists lack the military strength" in plain
