"""The summary as a package makes it, for tests that read one statement's summary."""

from __future__ import annotations

from pipeline.stages import summary
from pipeline.stages.load import SourceText
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement


def summary_of(text: str, name: str = "statement.txt", lang: str = "en") -> summary.Summary:
    """Split, rewrite with the lede and title block known, and summarise, as a run does."""
    statement = split_statement(SourceText(text, name), lang)
    lede = summary.lede_section(statement)
    plains = [
        summary.with_in_short(s, simplify_section(s, lang, meta=statement.meta), s.id == lede)
        for s in statement.sections
    ]
    made = summary.summarise(statement, plains)
    assert made.facts.ok  # nothing in the summary the statement does not say
    return made
