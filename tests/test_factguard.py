"""The fact guard catches every kind of lost or invented fact, and never blames an exact copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.models import Paragraph, Section, SectionKind
from pipeline.rewriters.rules import RuleContext, RulesRewriter
from pipeline.stages import factguard
from pipeline.stages.load import load_source
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement
from pipeline.text import split_sentences

ORIGINAL = (
    "On 7 March 2021, INTERPOL said it must not stop helping 194 countries. "
    'Jürgen Stock called it "a shared roadmap".'
)


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(f.kind, f.text) for f in factguard.extract(text)}


def test_extracts_every_kind_of_fact() -> None:
    kinds = _kinds(ORIGINAL)
    for fact in [
        ("number", "7"),
        ("number", "2021"),
        ("number", "194"),
        ("date", "March"),
        ("name", "INTERPOL"),
        ("name", "Jürgen"),
        ("name", "Stock"),
        ("negation", "not"),
        ("modal", "must"),
        ("quote", "a shared roadmap"),
    ]:
        assert fact in kinds, fact


def test_identity_passes() -> None:
    assert factguard.check(ORIGINAL, ORIGINAL).ok


@pytest.mark.parametrize(
    ("broken", "lost"),
    [
        (ORIGINAL.replace("194", "many"), "194"),
        (ORIGINAL.replace("Jürgen Stock", "Jürgen Stack"), "Stock"),
        (ORIGINAL.replace("must not", "must"), "not"),
        (ORIGINAL.replace("must not", "may not"), "must"),
        (ORIGINAL.replace("March", "May"), "March"),
        (ORIGINAL.replace('"a shared roadmap"', "a plan"), "“a shared roadmap”"),
        (ORIGINAL.replace("INTERPOL", "the police"), "INTERPOL"),
    ],
    ids=[
        "dropped-number",
        "changed-name",
        "lost-not",
        "changed-modal",
        "changed-month",
        "lost-quote",
        "dropped-acronym",
    ],
)
def test_each_broken_rewrite_is_caught(broken: str, lost: str) -> None:
    result = factguard.check(ORIGINAL, broken)
    assert not result.ok
    assert lost in result.missing


@pytest.mark.parametrize(
    ("broken", "invented"),
    [
        (ORIGINAL + " It helped 3,000 people.", "3,000"),
        (ORIGINAL + " Europol agreed.", "Europol"),
        (ORIGINAL.replace("194 countries", "194 countries in 2020"), "2020"),
    ],
    ids=["invented-figure", "invented-name", "invented-year"],
)
def test_invented_numbers_and_names_are_caught(broken: str, invented: str) -> None:
    result = factguard.check(ORIGINAL, broken)
    assert not result.ok
    assert invented in result.invented


def test_rewriter_forms_are_allowed() -> None:
    original = "INTERPOL rescued some eight victims and did not stop. We will act."
    plain = (
        "INTERPOL is short for the International Criminal Police Organization. "
        "It rescued about 8 victims and didn't stop. We'll act."
    )
    allowed = {"INTERPOL": "International Criminal Police Organization"}
    assert factguard.check(original, plain, allowed).ok
    # Without the expansion being the rewriter's own, its words are invented names.
    assert not factguard.check(original, plain).ok


def test_an_acronym_may_be_replaced_by_its_expansion() -> None:
    allowed = {"UN": "United Nations"}
    assert factguard.check("The UN met.", "The United Nations met.", allowed).ok


def test_honorifics_are_not_facts_but_names_after_them_are() -> None:
    greeting = "Mr Chairperson, Excellencies, Ms Amina Mohammed, distinguished guests,"
    names = factguard.names_in(greeting)
    assert "Amina" in names and "Mohammed" in names
    assert not {"Mr", "Chairperson", "Excellencies", "Ms"} & set(names)


def test_sentence_start_capitals_are_not_names() -> None:
    assert factguard.names_in("Crime does not pay. The wheels of justice turn.") == []


def test_a_list_item_opening_with_a_plainer_word_is_not_an_invented_name() -> None:
    original = (
        "This panel will catalyze information sharing, build trust through clear rules, "
        "and develop best practices."
    )
    items = (
        "This panel will:",
        "Spark information sharing.",
        "Build trust through clear rules.",
        "Develop best practices.",
    )
    # Joined, "will: Spark" hides where the item starts, and "Spark" looked like a name.
    assert factguard.check(original, " ".join(items)).invented == ("Spark",)
    assert factguard.check(original, items).ok
    # An invented name at an item's start is still caught.
    assert factguard.check(original, (*items[:3], "Europol develops best practices.")).invented


def test_summary_mode_allows_leaving_facts_out_but_not_inventing() -> None:
    assert factguard.check(ORIGINAL, "INTERPOL helps 194 countries.", require_all=False).ok
    assert not factguard.check(ORIGINAL, "INTERPOL helps 195 countries.", require_all=False).ok


_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "INTERPOL",
                "UN",
                "Lyon",
                "May",
                "March",
                "not",
                "can't",
                "must",
                "will",
                "may",
                "eight",
                "8",
                "2021",
                "7-9",
                "24/7",
                "COVID-19",
                "Mr",
                "I",
                "The",
                "and",
                '"so"',
                "won't",
                "the",
                "police",
                "it's",
                "Jürgen",
                "O'Neil",
                "U.S.",
                "(see",
                "p.)",
            ]
        ),
        st.text(alphabet="abcXYZ019.,;:-'", min_size=1, max_size=8),
    ),
    min_size=1,
    max_size=30,
).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
@example(text="'0 .: '")  # a quotation the sentence splitter cut at ".:"
def test_identity_rewrite_of_any_text_passes(text: str) -> None:
    assert factguard.check(text, text).ok
    assert factguard.check(split_sentences(text) or [text], text).ok


def test_a_failed_rewrite_falls_back_and_flags_the_section() -> None:
    def breaks_facts(sentence: str, context: RuleContext) -> list[str]:
        return [sentence.replace("194", "many").replace("not ", "")]

    text = "Support to 194 countries did not stop. The wheels of justice turned."
    section = Section(
        "01-x", 1, SectionKind.BODY, "X", (Paragraph(text),), tuple(split_sentences(text))
    )
    plain = simplify_section(section, rewriter=RulesRewriter((breaks_facts,)))
    assert plain.text == text
    assert plain.flagged and plain.fallbacks
    assert plain.facts.ok


def test_guard_passes_on_every_section_of_the_sample(sample_path: Path) -> None:
    statement = split_statement(load_source(sample_path))
    for section in statement.sections:
        plain = simplify_section(section)
        assert plain.facts.ok, (section.id, plain.facts.missing, plain.facts.invented)
        assert not plain.flagged, (section.id, plain.fallbacks)


def test_a_range_is_kept_when_both_ends_are_said() -> None:
    assert factguard.check("He lived 1872–1951.", "He lived from 1872 to 1951.").ok
    assert not factguard.check("He lived 1872–1951.", "He lived from 1872.").ok


def test_only_the_rewriters_own_short_form_stands_for_a_long_name() -> None:
    original = "The United Nations Congress on Crime Prevention meets in Kyoto."
    short = {"United Nations Congress on Crime Prevention": "Congress"}
    assert factguard.check(original, "The Congress meets in Kyoto.", short_forms=short).ok
    # Without the rewriter's record, or with another word, the name is lost.
    assert not factguard.check(original, "The Congress meets in Kyoto.").ok
    assert not factguard.check(original, "The Meeting meets in Kyoto.", short_forms=short).ok
    # The record excuses the long name only: a dropped place is still caught.
    assert not factguard.check(original, "The Congress meets.", short_forms=short).ok


@pytest.mark.parametrize(
    ("original", "edited"),
    [
        ("Das ist nicht erlaubt.", "Das ist erlaubt."),
        ("Es gibt keine neuen Steuern.", "Es gibt neue Steuern."),
        ("Ce n'est pas permis.", "C'est permis."),
        ("Nous ne céderons jamais.", "Nous céderons."),
        ("Nunca aceptaremos la violencia.", "Aceptaremos la violencia."),
        ("Non possiamo accettarlo.", "Possiamo accettarlo."),
        ("Dat mag niet opnieuw gebeuren.", "Dat mag opnieuw gebeuren."),
    ],
)
def test_a_dropped_negation_in_another_language_is_missing(original: str, edited: str) -> None:
    """An edited plain version that says the opposite was passed: "nicht" was no negation.

    A person editing plain.md of a German statement (fed back with --plain-from) is checked
    by the same guard, which knew only English negations.
    """
    assert "not" in factguard.check([original], edited).missing
    assert factguard.check([original], original).ok


def test_a_paragraph_number_is_no_fact_but_a_lost_one_is_reported() -> None:
    from pipeline.stages.factguard import check, lost_paragraph_numbers

    # The number is kept apart from the words, so "1." is never a lost or invented "1".
    assert check(["The Council acts."], ["The Council acts now."]).ok
    assert lost_paragraph_numbers(["", "1.", "2.", "(a)"], ["", "1.", "2)", "(a)"]) == ()
    assert lost_paragraph_numbers(["1.", "2.", "3."], ["1.", "", "3."]) == ("paragraph 2.",)
    assert lost_paragraph_numbers(["(a)", "(b)"], ["(a)"]) == ("paragraph (b)",)


def test_a_quotation_cut_by_the_sentence_splitter_is_still_kept() -> None:
    # Found by the property test: "'0 .'0" splits into "'0 ." and "'0", whose join puts a
    # space inside the quotation; spaces are not words, so nothing was lost.
    text = "'0 .'0"
    assert factguard.check(split_sentences(text), text).ok


@pytest.mark.parametrize(
    ("original", "plain", "ok"),
    [
        # The lexicon's own plain words for phrases whose negation denies nothing: before,
        # each swap failed the guard and flagged its section for review.
        ("Return to talks without delay.", "Return to talks at once.", True),
        ("Apply no later than 5 May.", "Apply by 5 May.", True),
        ("It will come in the not too distant future.", "It will come soon.", True),
        # A real negation still counts.
        ("They entered without consent.", "They entered with consent.", False),
        ("Apply no later than 5 May, not after.", "Apply by 5 May, after.", False),
    ],
)
def test_a_phrase_whose_no_denies_nothing_is_no_negation(
    original: str, plain: str, ok: bool
) -> None:
    assert factguard.check(original, plain).ok is ok


def test_a_direction_holds_no_facts_to_keep() -> None:
    # "[The President paused for 30 seconds.]" is the transcript's, not the speaker's: the
    # plain version may keep it as written or not, and its words are not facts either way.
    original = ["[The President paused for 30 seconds.]", "We will act in May."]
    spoken = [f.text for f in factguard.extract(original[1:])]
    assert [f.text for f in factguard.extract(original)] == spoken
    assert [f.text for f in factguard.extract(" ".join(original))] == spoken
    assert "30" not in spoken and "President" not in spoken
    assert factguard.check(original, ["We will act in May."]).ok
    assert factguard.check(" ".join(original), " ".join(original)).ok
