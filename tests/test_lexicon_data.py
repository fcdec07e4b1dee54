"""Checks for the bundled data files: the plain-words lexicon and the acronym list."""

from __future__ import annotations

import importlib.resources
from collections import Counter
from functools import cache

import pytest
from wordfreq import zipf_frequency

from pipeline.rewriters.rules.lexicon import (
    WORD_CLASSES,
    LexiconEntry,
    LexiconError,
    load_kept_terms,
    load_plain_words,
    parse_conditions,
    read_entry,
)

DATA = importlib.resources.files("pipeline") / "data"
LEXICON = "plain_words.tsv"
ACRONYMS = "acronyms.tsv"

POS_VALUES = {"verb", "noun", "adj", "adv", "phrase"}
READINGS = {"word", "letters"}

# Words that must never be a lexicon key: common function words, and words that
# are usually part of proper names in official statements.
FUNCTION_WORDS = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "and",
    "or",
    "but",
    "as",
    "is",
    "be",
    "it",
    "that",
    "this",
    "from",
    "not",
    "so",
    "if",
    "upon",
}
NAME_WORDS = {
    "united",
    "nations",
    "general",
    "global",
    "assembly",
    "secretary",
    "council",
    "justice",
    "court",
    "international",
    "national",
    "office",
    "organization",
    "organisation",
    "commission",
    "committee",
    "agency",
    "union",
    "state",
    "states",
}
FORBIDDEN_KEYS = FUNCTION_WORDS | NAME_WORDS


@cache
def _rows(name: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    text = (DATA / name).read_text(encoding="utf-8")
    rows = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        rows.append((lineno, tuple(line.split("\t"))))
    return tuple(rows)


def _is_bad_line(fields: tuple[str, ...], allowed_third: set[str], width: int = 3) -> bool:
    if not 3 <= len(fields) <= width or any(not f or f != f.strip() for f in fields):
        return True
    return fields[2] not in allowed_third


@cache
def _mapping(name: str) -> dict[str, tuple[str, ...]]:
    return {fields[0]: fields[1:] for _, fields in _rows(name)}


# --- plain_words.tsv ---------------------------------------------------------


def test_lexicon_starts_with_header_comment() -> None:
    first = (DATA / LEXICON).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#")


def test_lexicon_is_large_enough() -> None:
    assert len(_rows(LEXICON)) >= 1100


def test_lexicon_lines_have_three_or_four_clean_fields() -> None:
    name = LEXICON
    bad = [
        (lineno, fields) for lineno, fields in _rows(name) if _is_bad_line(fields, POS_VALUES, 4)
    ]
    assert not bad


def test_lexicon_conditions_parse_and_name_known_classes() -> None:
    # Every `when` field reads as conditions, and every word class it names is one the word
    # rule knows how to test.
    conditioned = {}
    for lineno, fields in _rows(LEXICON):
        if len(fields) == 4:
            conditions = parse_conditions(fields[3], f"{LEXICON} line {lineno}")
            assert conditions, f"line {lineno}: an empty condition column"
            conditioned[fields[0]] = conditions
    assert conditioned
    for conditions in conditioned.values():
        for condition in conditions:
            for test in condition.tests:
                assert test.classes <= WORD_CLASSES
                assert test.words or test.classes or test.runs
    loaded = load_plain_words()
    assert {key: loaded[key].when for key in conditioned} == conditioned
    # "the Sahel region", "in the region" (a part of the world) and "an autonomous region" (a
    # level of government) stay; "a remote region" is "a remote area".
    region = parse_conditions(
        "not-after:name|the|this|that|these|those|our|their|its|his|her|your|whole|entire|same|"
        "wider|broader|a|an|and|or|autonomous|administrative|special|underrepresented|"
        "under-represented|developing"
    )
    assert loaded["region"].when == region


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ("beside:range", "unknown condition 'beside:range'"),
        ("before:range|Noun", "unknown word class 'Noun'"),
        ("not-after:name; after:adverb_", "unknown word class 'adverb_'"),
        ("before:", "empty word"),
        ("not-before:the Law", "unknown word class 'the Law'"),
    ],
)
def test_bad_conditions_name_the_line(when: str, message: str) -> None:
    with pytest.raises(LexiconError, match=rf"plain_words.tsv line 7: {message}"):
        parse_conditions(when, "plain_words.tsv line 7")


def test_a_condition_item_may_be_a_run_of_words() -> None:
    # One word beside cannot tell "within the law" (kept) from "within the region" ("in").
    (condition,) = parse_conditions("not-before:days|the law|our means")
    (test,) = condition.tests
    assert (test.words, test.runs) == (frozenset({"days"}), frozenset({"the law", "our means"}))


def test_a_star_in_a_run_stands_for_any_one_word() -> None:
    # "within the 72-hour deadline" is a time limit, like "within the deadline": not "in".
    (condition,) = parse_conditions("not-before:the * deadline")
    (test,) = condition.tests
    assert test.runs == frozenset({"the * deadline"})
    with pytest.raises(LexiconError):
        parse_conditions("not-before:* deadline")  # a run opens on a word


def test_entry_reads_its_conditions_and_refuses_them_on_a_phrase() -> None:
    read = read_entry(["region", "area", "noun", "not-after:name"], "plain_words.tsv line 9")
    assert read == ("region", LexiconEntry("area", "noun", parse_conditions("not-after:name")))
    assert read_entry(["abate", "ease", "verb"], "line 1") == (
        "abate",
        LexiconEntry("ease", "verb"),
    )
    with pytest.raises(LexiconError, match="line 9: conditions on the phrase 'a number of'"):
        read_entry(["a number of", "some", "phrase", "before:noun"], "plain_words.tsv line 9")


def test_conditions_join_with_semicolon_and_or() -> None:
    conditions = parse_conditions("not-before:noun or after:linking-verb; not-after:the|a")
    assert len(conditions) == 2
    first, second = conditions
    assert [(t.side, t.negated, t.classes) for t in first.tests] == [
        ("next", True, frozenset({"noun"})),
        ("previous", False, frozenset({"linking-verb"})),
    ]
    assert second.tests[0].words == frozenset({"the", "a"})


def test_lexicon_keys_are_lowercase() -> None:
    bad = [fields[0] for _, fields in _rows(LEXICON) if fields[0] != fields[0].lower()]
    assert not bad


def test_lexicon_has_no_duplicate_keys() -> None:
    counts = Counter(fields[0] for _, fields in _rows(LEXICON))
    assert [key for key, n in counts.items() if n > 1] == []


def test_lexicon_plain_side_differs_from_key() -> None:
    bad = [fields[0] for _, fields in _rows(LEXICON) if fields[0] == fields[1]]
    assert not bad


def test_lexicon_plain_side_is_not_itself_a_key() -> None:
    # One pass of replacements must be enough: no plain side may be rewritten again.
    keys = _mapping(LEXICON)
    bad = [key for key, (plain, *_rest) in keys.items() if plain in keys]
    assert not bad


def test_lexicon_is_sorted() -> None:
    keys = [fields[0] for _, fields in _rows(LEXICON)]
    assert keys == sorted(keys)


def test_lexicon_avoids_function_words_and_name_words() -> None:
    bad = [fields[0] for _, fields in _rows(LEXICON) if fields[0] in FORBIDDEN_KEYS]
    assert not bad


def test_lexicon_plain_side_is_more_common_than_key() -> None:
    failures = []
    for _, (key, plain, *_rest) in _rows(LEXICON):
        z_key = zipf_frequency(key, "en")
        z_plain = zipf_frequency(plain, "en")
        if not z_plain > z_key:
            failures.append(f"{key} ({z_key}) -> {plain} ({z_plain})")
    assert not failures


@pytest.mark.parametrize(
    ("key", "plain", "pos"),
    [
        ("in the midst of", "during", "phrase"),
        ("commence", "start", "verb"),
        ("unprecedented", "never seen before", "adj"),
        ("in order to", "to", "phrase"),
        ("prior to", "before", "phrase"),
        ("in the event that", "if", "phrase"),
        ("with regard to", "on", "phrase"),
        ("a large number of", "many", "phrase"),
        ("at this point in time", "now", "phrase"),
        ("utilise", "use", "verb"),
        ("utilize", "use", "verb"),
        ("facilitate", "make easier", "verb"),
        ("ascertain", "find out", "verb"),
        ("assistance", "help", "noun"),
        ("subsequently", "later", "adv"),
        ("illicit", "illegal", "adj"),
        ("paramount", "most important", "adj"),
        ("disseminate", "spread", "verb"),
        ("mitigate", "reduce", "verb"),
        ("endeavour", "try", "verb"),
    ],
)
def test_lexicon_spot_checks(key: str, plain: str, pos: str) -> None:
    assert _mapping(LEXICON)[key][:2] == (plain, pos)


# --- acronyms.tsv ------------------------------------------------------------


def test_acronyms_start_with_header_comment() -> None:
    first = (DATA / ACRONYMS).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#")


def test_acronyms_are_many_enough() -> None:
    assert len(_rows(ACRONYMS)) >= 150


def test_acronym_lines_have_three_clean_fields() -> None:
    name = ACRONYMS
    bad = [(lineno, fields) for lineno, fields in _rows(name) if _is_bad_line(fields, READINGS)]
    assert not bad


def test_acronym_keys_look_like_acronyms() -> None:
    bad = [
        key
        for _, (key, expansion, _reading) in _rows(ACRONYMS)
        if " " in key or not key[0].isupper() or key == expansion
    ]
    assert not bad


def test_acronyms_have_no_duplicate_keys() -> None:
    counts = Counter(fields[0] for _, fields in _rows(ACRONYMS))
    assert [key for key, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(
    ("key", "expansion", "reading"),
    [
        ("INTERPOL", "International Criminal Police Organization", "word"),
        ("UN", "United Nations", "letters"),
        ("WHO", "World Health Organization", "letters"),
        ("NATO", "North Atlantic Treaty Organization", "word"),
        ("UNICEF", "United Nations Children's Fund", "word"),
        ("UNODC", "United Nations Office on Drugs and Crime", "letters"),
        ("UNHCR", "United Nations High Commissioner for Refugees", "letters"),
        ("COVID-19", "coronavirus disease 2019", "word"),
        ("FBI", "Federal Bureau of Investigation", "letters"),
        ("FEMA", "Federal Emergency Management Agency", "word"),
        ("GDP", "gross domestic product", "letters"),
        ("SDGs", "Sustainable Development Goals", "letters"),
    ],
)
def test_acronym_spot_checks(key: str, expansion: str, reading: str) -> None:
    assert _mapping(ACRONYMS)[key] == (expansion, reading)


def test_every_kept_term_guards_a_word_the_lexicon_would_change() -> None:
    """A kept term earns its line: one of its words (or a run of them) is a lexicon key.

    Without the term a plain word would replace it ("collective" → "shared").
    """
    words = load_plain_words()
    terms = load_kept_terms()
    assert len(terms) == len(set(terms))
    for term in terms:
        assert term == term.lower(), term
        parts = term.split()
        runs = {
            " ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
        }
        # "assisting" is a form of the key "assist", "agreements" of "agreement".
        stems = {run.removesuffix("s") for run in runs} | {
            part.removesuffix("ing") + end for part in parts for end in ("", "e")
        }
        assert any(form in words for form in runs | stems), term
