"""The one small interface every plain-language rewriter implements."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Protocol, runtime_checkable

from pipeline.models import Section, StatementMeta


def _no_short_forms() -> Mapping[str, str]:
    return MappingProxyType({})


NO_DEFINITIONS: Final[Mapping[str, str]] = MappingProxyType({})
"""A statement that defines no short form of its own."""


@dataclass(frozen=True)
class Rewrite:
    """One section as a rewriter wrote it, before the stage checks it as a whole.

    The stage, not the rewriter, decides what is published: it runs the fact guard over the
    whole section with `allowed`, falls back to the original wording when that fails, and
    scores the grade. A rewriter only says what it wrote and why.
    """

    sentences: tuple[str, ...]
    """The plain sentences, in order."""
    paragraphs: tuple[str, ...]
    """The same text grouped as the original's paragraphs were."""
    changes: tuple[str, ...] = ()
    """One line per change made, for review (e.g. "commence → start")."""
    allowed: Mapping[str, str] = field(default_factory=_no_short_forms)
    """Short forms whose expansion the rewriter wrote (acronym → expansion): either form keeps
    the fact, and the expansion's words are not invented."""
    short_forms: Mapping[str, str] = field(default_factory=_no_short_forms)
    """Long names shortened after their first full mention (name → short form)."""
    fallbacks: tuple[str, ...] = ()
    """Sentences the rewriter kept as written because its own change to them lost a fact."""
    list_items: tuple[bool, ...] = ()
    """Which paragraphs are list items, one flag each; empty when the rewriter does not say
    (then the original's list items are used where the paragraphs match them one for one)."""
    markers: tuple[str, ...] = ()
    """Each paragraph's own number as the original writes it ("3.", "(a)"), "" for none; empty
    when the rewriter does not say (then the original's are used where the paragraphs match
    them one for one)."""


@runtime_checkable
class Rewriter(Protocol):
    """A plain-language rewriter: one section in, its plain version out.

    Rewriters are created by the registry without arguments and must keep no state from one
    section to the next, so one object serves a whole run (or a batch): what a section needs
    to know of the rest of the statement is given to it (`defined`).
    """

    name: str
    """Registry name, e.g. "rules"."""
    offline: bool
    """True when the rewriter never sends text over the network."""

    def rewrite(
        self,
        section: Section,
        lang: str,
        target_grade: float | None,
        meta: StatementMeta | None = None,
        *,
        defined: Mapping[str, str] = NO_DEFINITIONS,
    ) -> Rewrite:
        """Rewrite one section in language `lang`, aiming at `target_grade` (None: no target).

        `meta` is the statement's metadata, for a section that tells who spoke, where and when.
        `defined` holds the short forms the statement defines itself, in any section ("the
        Northmere Health Protection Agency (NHPA)": NHPA → Northmere Health Protection
        Agency): a section that uses one without its definition is explained as one from
        the rewriter's own list would be, since each section is read and heard on its own.
        """
        ...
