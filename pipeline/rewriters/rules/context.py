"""What a rule is, and what it may read or remember while rewriting one section."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from pipeline.rewriters.rules.lexicon import LexiconEntry

LONG_SENTENCE_WORDS: Final = 20
"""Sentences longer than this are candidates for splitting (plain-language guides say 15-20)."""


@dataclass
class RuleContext:
    """What rules may read or remember while rewriting one section."""

    lang: str
    words: dict[str, LexiconEntry]
    acronyms: dict[str, str]
    seen_acronyms: set[str] = field(default_factory=set)
    changes: list[str] = field(default_factory=list)
    long_words: int = LONG_SENTENCE_WORDS
    """Sentences with more words than this may be split in the current pass."""
    allowed: dict[str, str] = field(default_factory=dict)
    """Short forms the rewriter expanded (acronym → expansion), for the fact guard."""
    fallbacks: list[str] = field(default_factory=list)
    """Sentences whose rewrite failed the fact guard and were kept as they were."""
    short_forms: dict[str, str] = field(default_factory=dict)
    """Long names shortened after their first mention (name → head), for the fact guard."""
    text: str = ""
    """The whole text being rewritten (a section, or one line), for rules that must know whether
    a short form is used again further on."""
    quoted: set[str] = field(default_factory=set)
    """Sentences that hold or lie within a quotation of someone's words: never reworded."""
    introduced: set[str] = field(default_factory=set)
    """Plain words the lexicon put in: a later pass leaves them alone, so "marginalized" →
    "excluded" is not made "left out" as well, a meaning the speaker did not give."""
    verbs_kept_apart: set[str] = field(default_factory=set)
    """Main verbs later passes keep as written, lowercase, because their plain word is the
    participle told just before ("The Pillar was led by A. It spearheaded efforts", never
    "It led efforts")."""


Rule = Callable[[str, RuleContext], list[str]]
"""A rule takes one sentence and returns the sentence(s) that replace it."""
