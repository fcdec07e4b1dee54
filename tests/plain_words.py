"""The plain-words pass alone, for tests that check one lexicon entry in a real sentence."""

from __future__ import annotations

from pipeline.rewriters.rules import (
    RuleContext,
    load_acronyms,
    load_plain_words,
    replace_phrases,
    replace_words,
)


def after_plain_words(sentence: str) -> str:
    """The sentence after the phrase and word rules, as the rewriter's first pass runs them."""
    context = RuleContext(lang="en", words=load_plain_words(), acronyms=load_acronyms())
    phrased = " ".join(replace_phrases(sentence, context))
    return " ".join(replace_words(phrased, context))
