"""The whole rewriter on the garbled sentences a reviewer found: each now reads true or stays whole.

A wrong sentence is worse than a long one: these pin that the plain form keeps the subject,
the tense and the stance of what was written, and that the fact guard passes on it.
"""

from __future__ import annotations

import re

from pipeline.rewriters.rules.english import INFINITIVE_NOUNS, IRREGULAR_PARTICIPLES
from pipeline.stages import factguard
from pipeline.stages.simplify import simplify_text


def _plain(text: str) -> str:
    plain = simplify_text(text)
    assert factguard.check([text], [plain]).ok
    return plain


def test_opening_participle_goes_to_the_plural_subject_in_its_tense() -> None:
    text = (
        "Using new equipment, the rescue teams reach survivors faster than they did in the "
        "past years."
    )
    plain = _plain(text)
    assert "This used" not in plain
    assert "This uses" not in plain
    assert "The rescue teams use new equipment." in plain


def test_stance_is_not_said_twice_after_a_defining_clause() -> None:
    plain = _plain("We recognize that ransomware is a global threat which affects every member.")
    assert plain.count("recognize") == 1
    assert "It affects every member." in plain


def test_run_by_is_a_participle_and_its_verb_stays_apart() -> None:
    plain = _plain(
        "The centre, run by the council, administers the funds for all the families of the region."
    )
    assert plain.startswith("The centre is run by the council.")
    assert "It administers the funds" in plain
    assert "runs the funds" not in plain


def test_irregular_participles_are_whole_words_only() -> None:
    pattern = re.compile(rf"\b(?:{IRREGULAR_PARTICIPLES}) by\b")
    assert pattern.search("The centre, run by the council,")
    assert pattern.search("The talks, held by the ministers,")
    assert not pattern.search("The runners, rerun by the judges,")


def test_guidance_keeps_its_purpose() -> None:
    assert "guidance" in INFINITIVE_NOUNS
    text = (
        "Of note, CRI members and insurance bodies have endorsed guidance to help "
        "organizations experiencing a ransomware attack."
    )
    plain = _plain(text)
    assert "The aim is" not in plain
    assert "guidance to help organizations" in plain


def test_rapid_test_is_a_term_of_art() -> None:
    plain = _plain("We will fund rapid HIV tests for every clinic in the country.")
    assert "rapid HIV tests" in plain
    assert "fast" not in plain
    assert "fast response" in _plain("The rapid response of the teams saved many lives.")
