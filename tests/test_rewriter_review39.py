"""The plain version read as a reader would: wrong rewrites found in the dev corpus, mended.

Each case was a sentence of a dev-corpus plain version that read worse than its original: a
shouted title kept in capitals with a full stop after each line, a phrase said twice, a word
swap that broke its idiom. These pin the mended reading, and that the fact guard passes on it.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.rewriters.rules.discourse import calmed_words
from pipeline.stages import factguard
from pipeline.stages.load import load_source
from pipeline.stages.simplify import simplify_section, simplify_text
from pipeline.stages.split import split_statement


def _plain(text: str) -> str:
    plain = simplify_text(text)
    assert factguard.check([text], [plain]).ok
    return plain


def test_a_shouted_possessive_is_the_same_name_in_ordinary_case() -> None:
    told = ["President Anna Kowalska's Address to the National Assembly."]
    forms = calmed_words("PRESIDENT ANNA KOWALSKA'S ADDRESS TO THE NATIONAL ASSEMBLY", told)
    assert forms["KOWALSKA'S"] == "Kowalska's"


def test_a_shouted_title_with_a_possessive_is_told_as_sentences() -> None:
    text = (
        "PRESIDENT ANNA KOWALSKA'S ADDRESS TO THE NATIONAL ASSEMBLY\n\nMarch 3, 2025\n\n"
        "Our towns have grown. We will build more schools this year.\n\nThank you.\n"
    )
    statement = split_statement(load_source(Path("address.txt"), text.encode()))
    title = statement.sections[0]
    plain = simplify_section(title, meta=statement.meta)
    assert plain.paragraphs == (
        "President Anna Kowalska's Address to the National Assembly. "
        "It took place on March 3, 2025.",
    )
    assert plain.facts.ok
