"""The whole rewriter on the dev corpus's sentences a reader would trip on.

Each case was a wrong sentence in a plain version of the dev corpus or in a rule's own example:
a deed given to the wrong doer, a word read as a name, a purpose cut from its noun. These pin
that the plain form now reads true, or stays as written, and that the fact guard passes on it.
"""

from __future__ import annotations

from pipeline.rewriters.rules.english import INFINITIVE_NOUNS
from pipeline.stages import factguard
from pipeline.stages.simplify import simplify_text


def _plain(text: str) -> str:
    plain = simplify_text(text)
    assert factguard.check([text], [plain]).ok
    return plain


def test_closing_participle_after_an_infinitive_is_not_given_to_the_subject() -> None:
    text = (
        "The Trump Administration issued new guidance to ensure illegal aliens are not allowed "
        "access to federal workforce development resources and related grants, protecting job "
        "trainings for American workers."
    )
    plain = _plain(text)
    assert "The Trump Administration protected" not in plain
    assert "grants, protecting job trainings for American workers." in plain


def test_opening_participle_with_a_bare_plural_subject_is_split_like_a_singular() -> None:
    plain = _plain(
        "Noting that ransomware attacks have grown in number every year, members agreed to "
        "share more data on attacks."
    )
    assert plain.startswith("Members noted")
    assert "Members agreed to share more data on attacks." in plain


def test_opening_participle_is_never_given_to_this() -> None:
    plain = _plain(
        "Protecting the most vulnerable, our database in the last year helped identify and "
        "rescue some eight young victims every day."
    )
    assert "This protected" not in plain
    assert plain.endswith("It protected the most at risk.")


def test_a_word_capitalised_to_open_the_clause_is_no_name() -> None:
    plain = _plain(
        "Using new equipment, several teams in rural areas reached the survivors before nightfall."
    )
    assert "Several uses" not in plain
    assert "Several used" not in plain
    assert plain.endswith("They used new equipment.")


def test_work_keeps_what_it_is_for() -> None:
    assert {"work", "efforts", "resources", "tools"} <= INFINITIVE_NOUNS
    plain = _plain(
        "I believe in determined, methodical, thorough work to build a modern international "
        "order that will spare future generations the scourge of war, to assert human rights "
        "and equality between nations, and to promote social progress in greater freedom."
    )
    assert "thorough work." not in plain
    assert "The aims are" not in plain


def test_passive_stays_when_the_next_sentence_takes_up_its_subject() -> None:
    plain = _plain(
        "The first era of globalization was initiated by the travels of Christopher Columbus "
        "and Ferdinand Magellan; it was that of discovery."
    )
    assert "Magellan started the first era" not in plain
    assert plain.startswith("The first era of globalization was started by the travels")
