"""Simplify stage: a plain-language version of each section by small, ordered, documented rules.

Every rule works on one sentence and may return several. After each rule the fact guard
(`pipeline.stages.factguard`) compares the sentence before and after: if a number, date, name,
negation, modal verb or quotation went missing, or a number or name appeared from nowhere, that
rule's change to that sentence is undone and the section is flagged for review. The rules run
in passes, each allowed to cut shorter sentences than the last, until the section reaches the
target grade or a pass changes nothing more.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.models import (
    NOT_REWRITTEN,
    FactCheck,
    PlainSection,
    Section,
    SectionKind,
    StatementMeta,
)
from pipeline.rewriters.rules import DEFAULT_RULES
from pipeline.rewriters.rules.context import Rule, RuleContext
from pipeline.rewriters.rules.discourse import (
    explain_acronyms,
    is_rewritten,
    notes_before_antecedent,
    short_greeting,
    shorten_repeated_names,
    tidy_list_item,
    title_sentences,
)
from pipeline.rewriters.rules.lexicon import load_acronyms, load_plain_words
from pipeline.stages import factguard
from pipeline.text import markdown_to_plain, split_sentences

PASS_THRESHOLDS: Final = (20, 14, 10)
"""Sentence length above which each pass may split; later passes run only when still too hard."""
DEFAULT_TARGET_GRADE: Final = 8.0


def simplify_section(
    section: Section,
    lang: str = "en",
    rules: tuple[Rule, ...] = DEFAULT_RULES,
    target_grade: float | None = DEFAULT_TARGET_GRADE,
    meta: StatementMeta | None = None,
) -> PlainSection:
    """Rewrite one section in plain language until it meets `target_grade`, keeping every fact.

    Each pass applies every rule to every sentence, allowing shorter sentences to be split than
    the pass before. Passes stop when the section meets the target, when a pass changes nothing,
    or after the last threshold. If the finished section still fails the fact guard as a whole,
    the original wording is published and the section is flagged. With `meta`, the title block
    is told in sentences (`title_sentences`) when they keep every fact of its lines.
    """
    from pipeline.stages.readability import score

    context = RuleContext(lang=lang, words=load_plain_words(), acronyms=load_acronyms())
    context.text = " ".join(section.sentences)
    if not is_rewritten(lang):
        # The rules and the lexicon are English: on French they would add English words
        # ("Hello to Monsieur le Président"). The text stays as written, and says so.
        rules = ()
        context.changes.append(NOT_REWRITTEN)
    groups = _paragraph_sentences(section, context, rewrite=is_rewritten(lang))
    if section.kind is SectionKind.TITLE and meta is not None and rules:
        told = title_sentences(meta, " ".join(section.sentences))
        if told and factguard.check(section.sentences, " ".join(told)).ok:
            groups = [(True, told)]
            context.changes.append("title block told as sentences")
    thresholds = PASS_THRESHOLDS if target_grade is not None else PASS_THRESHOLDS[:1]
    for pass_index, threshold in enumerate(thresholds):
        context.long_words = threshold
        before = [list(g[1]) for g in groups]
        for rule in rules:
            if rule is explain_acronyms and pass_index > 0:
                continue
            groups = [
                (fixed, sentences if fixed else _apply_guarded(rule, sentences, context))
                for fixed, sentences in groups
            ]
        if [list(g[1]) for g in groups] == before:
            break
        text = " ".join(s for _, g in groups for s in g)
        if target_grade is None or score(text, lang).flesch_kincaid_grade <= target_grade:
            break
    if rules:
        groups = [
            (fixed, sentences if fixed else notes_before_antecedent(sentences, context))
            for fixed, sentences in groups
        ]
    if rules and section.kind is SectionKind.BODY:
        groups = _with_short_names(groups, context)
    sentences = [s for _, g in groups for s in g]
    paragraphs = [" ".join(g) for _, g in groups if g]
    text = " ".join(sentences)
    facts = factguard.check(
        section.sentences,
        text,
        context.allowed,
        # A greeting keeps its names but may drop its forms of address and kind words.
        require_all=section.kind is not SectionKind.GREETING,
    )
    fallbacks = list(context.fallbacks)
    if not facts.ok:
        # The whole rewrite lost something no single rule was blamed for: publish the original.
        fallbacks.append("the whole section")
        sentences = list(section.sentences)
        paragraphs = [markdown_to_plain(p.text) for p in section.paragraphs if p.text.strip()]
        facts = FactCheck(facts=facts.facts, missing=facts.missing, invented=facts.invented)
        text = " ".join(sentences)
    return PlainSection(
        section_id=section.id,
        sentences=tuple(sentences),
        paragraphs=tuple(paragraphs),
        changes=tuple(context.changes),
        facts=facts,
        fallbacks=tuple(fallbacks),
        target_grade=target_grade,
        grade=round(score(text, lang).flesch_kincaid_grade, 1) if text else 0.0,
    )


def simplify_text(text: str, lang: str = "en", rules: tuple[Rule, ...] = DEFAULT_RULES) -> str:
    """Rewrite free text (one or more sentences) with every rule, in the passes a section gets.

    Used for benchmarks such as ASSET, where each line is judged on its own; there is no target
    grade to stop at, so every pass runs.
    """
    context = RuleContext(lang=lang, words=load_plain_words(), acronyms=load_acronyms())
    context.text = text
    sentences = split_sentences(text, lang) or [text]
    for threshold in PASS_THRESHOLDS:
        context.long_words = threshold
        for rule in rules:
            sentences = _apply_guarded(rule, sentences, context)
    return " ".join(sentences)


def _paragraph_sentences(
    section: Section, context: RuleContext, rewrite: bool = True
) -> list[tuple[bool, list[str]]]:
    """Sentences grouped by paragraph; True marks a group the rules must not touch (title lines)."""
    groups: list[tuple[bool, list[str]]] = []
    if section.kind is SectionKind.GREETING and rewrite:
        # One line per paragraph: each addressed person or group is a part of its own.
        text = "\n".join(markdown_to_plain(p.text) for p in section.paragraphs)
        context.changes.append("greeting → one short line")
        return [(True, [short_greeting(text)])]
    intro_to = False
    for paragraph in section.paragraphs:
        plain = markdown_to_plain(paragraph.text)
        if not plain:
            continue
        if paragraph.is_list_item and intro_to:
            # "… solutions to:" then "- To counter X": the intro already says "to", and the
            # item reads as one idea without it ("Counter X."), like its neighbours.
            plain = re.sub(r"^(?:and\s+)?to\s+(?=[a-z]+\s)", "", plain, flags=re.IGNORECASE)
        elif not paragraph.is_list_item:
            intro_to = plain.endswith(" to:")
        if paragraph.is_heading:
            groups.append((True, [plain]))
            continue
        if section.kind is SectionKind.TITLE:
            if groups and re.search(r"\b(?:by|of|at|for)$", groups[-1][1][0]):
                groups[-1] = (True, [f"{groups[-1][1][0]} {plain}"])
            else:
                groups.append((True, [plain]))
            continue
        sentences = split_sentences(plain, context.lang)
        if paragraph.is_list_item:
            sentences = [s for item in sentences for s in tidy_list_item(item, context)]
        groups.append((False, sentences))
    if section.kind is SectionKind.TITLE:
        # Each title line reads as a sentence of its own, so the block is not scored (or
        # spoken) as one long run-on line.
        groups = [
            (True, [line if re.search(r"[.!?]$", line) else f"{line}."]) for _, (line,) in groups
        ]
        context.changes.append("title lines end as sentences")
    return groups


def _with_short_names(
    groups: list[tuple[bool, list[str]]], context: RuleContext
) -> list[tuple[bool, list[str]]]:
    """`shorten_repeated_names` across the section's paragraphs, leaving fixed lines as written."""
    shortened = iter(shorten_repeated_names([s for _, g in groups for s in g], context))
    result: list[tuple[bool, list[str]]] = []
    for fixed, sentences in groups:
        rewritten = [next(shortened) for _ in sentences]
        result.append((fixed, sentences if fixed else rewritten))
    return result


def _apply_guarded(rule: Rule, sentences: list[str], context: RuleContext) -> list[str]:
    result: list[str] = []
    for sentence in sentences:
        changes_before = len(context.changes)
        seen_before = set(context.seen_acronyms)
        rewritten = [
            # A rule that ends a part with "." after an abbreviation ("Nick Jr.") says it once.
            re.sub(r"(?<!\.)\.\.$", ".", s) if not sentence.endswith("..") else s
            for s in rule(sentence, context)
            if s.strip()
        ]
        joined = " ".join(rewritten)
        if joined == sentence:
            result.append(sentence)
            continue
        if factguard.check(sentence, joined, context.allowed).ok:
            result.extend(rewritten)
        else:
            # The rule lost or invented a fact: keep the sentence as it was and flag it.
            del context.changes[changes_before:]
            context.seen_acronyms = seen_before
            context.fallbacks.append(f"{getattr(rule, '__name__', 'rule')}: {sentence}")
            result.append(sentence)
    return result


def extract_facts(text: str) -> tuple[str, ...]:
    """Facts in a text as strings (see `factguard.extract`)."""
    return tuple(dict.fromkeys(str(f) for f in factguard.extract(text)))


def check_facts(original: str, plain: str) -> FactCheck:
    """Which facts of `original` are missing from `plain`, and which it invented."""
    return factguard.check(original, plain, load_acronyms())
