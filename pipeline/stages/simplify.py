"""Simplify stage: a plain-language version of each section that keeps every fact.

The rewriting itself is done by a rewriter from the registry (`pipeline.rewriters`; by default
the offline rules in `pipeline.rewriters.rules`). What does not depend on the rewriter is done
here: the fact guard (`pipeline.stages.factguard`) checks the whole rewritten section against
the original, and when a number, date, name, negation, modal verb or quotation went missing, or
a number or name appeared from nowhere, the original wording is published and the section is
flagged for review. The stage also scores the plain version's grade.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Final

from pipeline.models import FactCheck, PlainSection, Section, SectionKind, StatementMeta
from pipeline.rewriters import DEFAULT_REWRITER, Rewriter, get_rewriter
from pipeline.rewriters.base import NO_DEFINITIONS
from pipeline.rewriters.rules import DEFAULT_RULES, Rule, RulesRewriter, load_acronyms
from pipeline.rewriters.rules.clauses import spelled_out
from pipeline.stages import factguard, readalong
from pipeline.text import markdown_to_plain

DEFAULT_TARGET_GRADE: Final = 8.0

_BRACKETED_SHORT_FORM: Final = re.compile(r"\(([A-Z][A-Za-z0-9&-]*[A-Z0-9])\)")
"""A short form in brackets after the words it stands for: "(NHPA)", "(G-20)"."""


def defined_short_forms(sections: Iterable[Section]) -> Mapping[str, str]:
    """The short forms a statement defines itself, each with the words it stands for.

    "The Northmere Health Protection Agency (NHPA) is …" defines NHPA once, in one section;
    a later section that says "at NHPA" is read and heard on its own, so the rewriter must
    know the definition there too. The first definition of a short form counts.
    """
    found: dict[str, str] = {}
    for section in sections:
        for sentence in section.sentences:
            for match in _BRACKETED_SHORT_FORM.finditer(sentence):
                before = sentence[: match.start()]
                words = spelled_out(match.group(1), before)
                if words is not None:
                    found.setdefault(match.group(1), _whole_name(words, before))
    return MappingProxyType(found)


def _whole_name(words: str, before: str) -> str:
    """The name whose last words a short form spells, with the capitalised words before them.

    "the International Counter Ransomware Initiative (CRI)": CRI spells "Counter Ransomware
    Initiative", and the body is the International one. A sentence's first word may be
    capitalised only for being first, and is left out.
    """
    name = words.split()
    head = before.split()[: -len(name)]
    while len(head) > 1 and re.fullmatch(r"[A-Z][a-z]+", head[-1]):
        name.insert(0, head.pop())
    return " ".join(name)


def _takes_definitions(engine: Rewriter) -> bool:
    """Whether a rewriter takes `defined`: an add-on written before it existed does not.

    Called with it, such an add-on failed on every section of a statement that defines a
    short form of its own; called without, it rewrites as it always did.
    """
    import inspect

    try:
        parameters = inspect.signature(engine.rewrite).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.name == "defined" or p.kind is p.VAR_KEYWORD for p in parameters)


def simplify_section(
    section: Section,
    lang: str = "en",
    *,
    target_grade: float | None = DEFAULT_TARGET_GRADE,
    meta: StatementMeta | None = None,
    rewriter: Rewriter | str = DEFAULT_REWRITER,
    defined: Mapping[str, str] = NO_DEFINITIONS,
) -> PlainSection:
    """Rewrite one section in plain language, aiming at `target_grade`, keeping every fact.

    `rewriter` is a rewriter or its registry name. If its rewrite of the whole section fails
    the fact guard, the original wording is published and the section is flagged: no rewriter
    can publish a lost or invented fact. `meta` lets a rewriter tell the title block in
    sentences; `defined` holds the short forms the whole statement defines
    (`defined_short_forms`), which a section may use without defining.
    """
    from pipeline.stages.readability import score

    engine = get_rewriter(rewriter) if isinstance(rewriter, str) else rewriter
    if defined and _takes_definitions(engine):
        rewrite = engine.rewrite(section, lang, target_grade, meta, defined=defined)
    else:
        rewrite = engine.rewrite(section, lang, target_grade, meta)
    sentences = list(rewrite.sentences)
    paragraphs = list(rewrite.paragraphs)
    list_items = rewrite.list_items
    markers = rewrite.markers
    text = " ".join(sentences)
    facts = factguard.check(
        section.sentences,
        sentences,
        rewrite.allowed,
        # A greeting keeps its names but may drop its forms of address and kind words.
        require_all=section.kind is not SectionKind.GREETING,
    )
    # A paragraph's number is no fact of its words, but the rewrite must keep it ("3.").
    drafted = PlainSection(
        section.id,
        tuple(sentences),
        tuple(paragraphs),
        (),
        facts,
        list_items=list_items if len(list_items) == len(paragraphs) else (),
        markers=markers if len(markers) == len(paragraphs) else (),
    )
    lost = factguard.lost_paragraph_numbers(
        [p.marker for p in section.paragraphs], readalong.markers(drafted, section)
    )
    if lost:
        facts = replace(facts, missing=(*facts.missing, *lost))
    fallbacks = list(rewrite.fallbacks)
    if not facts.ok:
        # The whole rewrite lost something no single rule was blamed for: publish the original.
        fallbacks.append("the whole section")
        sentences = list(section.sentences)
        paragraphs = [markdown_to_plain(p.text) for p in section.paragraphs if p.text.strip()]
        list_items = markers = ()
        facts = FactCheck(facts=facts.facts, missing=facts.missing, invented=facts.invented)
        text = " ".join(sentences)
    return PlainSection(
        section_id=section.id,
        sentences=tuple(sentences),
        paragraphs=tuple(paragraphs),
        changes=rewrite.changes,
        facts=facts,
        fallbacks=tuple(fallbacks),
        target_grade=target_grade,
        list_items=list_items if len(list_items) == len(paragraphs) else (),
        markers=markers if len(markers) == len(paragraphs) else (),
        # The grade the verdict gives (Flesch-Kincaid in English, the language's own formula
        # elsewhere), so "met the target" agrees with the "about grade 6" beside it.
        grade=score(text, lang).grade if text else 0.0,
    )


def simplify_text(text: str, lang: str = "en", rules: tuple[Rule, ...] = DEFAULT_RULES) -> str:
    """Rewrite free text (one or more sentences) with the rules, in every pass.

    Used for benchmarks such as ASSET, where each line is judged on its own; there is no target
    grade to stop at, so every pass runs.
    """
    return RulesRewriter(rules).rewrite_text(text, lang)


# --- the fact guard, kept importable from here for the first version's callers ---------------


def extract_facts(text: str) -> tuple[str, ...]:
    """Facts in a text as strings (see `factguard.extract`)."""
    return tuple(dict.fromkeys(str(f) for f in factguard.extract(text)))


def check_facts(original: str, plain: str) -> FactCheck:
    """Which facts of `original` are missing from `plain`, and which it invented."""
    return factguard.check(original, plain, load_acronyms())
