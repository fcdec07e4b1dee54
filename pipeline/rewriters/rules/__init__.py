"""The rules engine: plain language by small, ordered, documented rules.

Every rule works on one sentence and may return several. After each rule the fact guard
(`pipeline.stages.factguard`) compares the sentence before and after: if a number, date, name,
negation, modal verb or quotation went missing, or a number or name appeared from nowhere, that
rule's change to that sentence is undone and the section is flagged for review. The rules run
in passes, each allowed to cut shorter sentences than the last, until the section reaches the
target grade or a pass changes nothing more.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

from pipeline.models import NOT_REWRITTEN, Section, SectionKind, StatementMeta
from pipeline.rewriters.base import Rewrite
from pipeline.rewriters.rules.clauses import (
    split_apposition,
    split_closing_emphasis,
    split_closing_who,
    split_colon_clause,
    split_coordinated_predicates,
    split_dash_clause,
    split_dash_list,
    split_defining_clause,
    split_gapped_clause,
    split_inner_relative,
    split_parenthetical,
    split_relative,
)
from pipeline.rewriters.rules.context import LONG_SENTENCE_WORDS, Rule, RuleContext
from pipeline.rewriters.rules.coordination import (
    front_time_phrase,
    split_although,
    split_closing_participle,
    split_closing_past_participle,
    split_closing_place_list,
    split_closing_reason,
    split_coordinated,
    split_coordinated_names,
    split_coordinated_verbs,
    split_repeated_preposition,
    split_semicolons,
    split_thanks,
    split_thus,
    split_where,
)
from pipeline.rewriters.rules.discourse import (
    date_label,
    drop_stage_directions,
    explain_acronyms,
    is_rewritten,
    notes_before_antecedent,
    short_greeting,
    shorten_repeated_names,
    tidy_list_item,
    title_sentences,
)
from pipeline.rewriters.rules.english import fix_articles
from pipeline.rewriters.rules.lexicon import LexiconEntry, load_acronyms, load_plain_words
from pipeline.rewriters.rules.participles import (
    split_leading_circumstance,
    split_leading_clauses,
    split_leading_reason,
    split_long_sentence,
    split_participle,
    split_past_participle,
    split_purpose,
)
from pipeline.rewriters.rules.verbs import (
    active_voice,
    subject_first,
    verbs_for_nouns,
    verbs_for_phrases,
)
from pipeline.rewriters.rules.words import drop_fillers, replace_phrases, replace_words
from pipeline.stages import factguard
from pipeline.text import markdown_to_plain, split_sentences

__all__ = [
    "DEFAULT_RULES",
    "LONG_SENTENCE_WORDS",
    "PASS_THRESHOLDS",
    "SENTENCE_RULES",
    "WORD_RULES",
    "LexiconEntry",
    "Rule",
    "RuleContext",
    "RulesRewriter",
    "active_voice",
    "date_label",
    "drop_fillers",
    "drop_stage_directions",
    "explain_acronyms",
    "fix_articles",
    "front_time_phrase",
    "is_rewritten",
    "load_acronyms",
    "load_plain_words",
    "notes_before_antecedent",
    "replace_phrases",
    "replace_words",
    "short_greeting",
    "shorten_repeated_names",
    "split_although",
    "split_apposition",
    "split_closing_emphasis",
    "split_closing_participle",
    "split_closing_past_participle",
    "split_closing_place_list",
    "split_closing_reason",
    "split_closing_who",
    "split_colon_clause",
    "split_coordinated",
    "split_coordinated_names",
    "split_coordinated_predicates",
    "split_coordinated_verbs",
    "split_dash_clause",
    "split_dash_list",
    "split_defining_clause",
    "split_gapped_clause",
    "split_inner_relative",
    "split_leading_circumstance",
    "split_leading_clauses",
    "split_leading_reason",
    "split_long_sentence",
    "split_parenthetical",
    "split_participle",
    "split_past_participle",
    "split_purpose",
    "split_relative",
    "split_repeated_preposition",
    "split_semicolons",
    "split_thanks",
    "split_thus",
    "split_where",
    "subject_first",
    "tidy_list_item",
    "title_sentences",
    "verbs_for_nouns",
    "verbs_for_phrases",
]

WORD_RULES: Final[tuple[Rule, ...]] = (
    replace_phrases,
    replace_words,
    verbs_for_nouns,
    verbs_for_phrases,
    drop_fillers,
    active_voice,
    subject_first,
)
SENTENCE_RULES: Final[tuple[Rule, ...]] = (
    front_time_phrase,
    split_semicolons,
    split_dash_list,
    split_parenthetical,
    split_leading_clauses,
    split_leading_reason,
    split_leading_circumstance,
    split_participle,
    split_past_participle,
    split_purpose,
    split_although,
    split_closing_reason,
    split_where,
    split_closing_place_list,
    split_coordinated,
    split_coordinated_names,
    split_coordinated_verbs,
    split_thanks,
    split_thus,
    split_inner_relative,
    split_coordinated_predicates,
    split_repeated_preposition,
    split_relative,
    split_closing_who,
    split_defining_clause,
    split_closing_emphasis,
    split_dash_clause,
    split_colon_clause,
    split_gapped_clause,
    split_closing_participle,
    split_closing_past_participle,
    split_apposition,
)
DEFAULT_RULES: Final[tuple[Rule, ...]] = (
    drop_stage_directions,
    *WORD_RULES,
    *SENTENCE_RULES,
    explain_acronyms,
)
"""Applied in this order: words first (shorter sentences score better), acronyms last, so an
explanation is added once, before the sentence that first uses the acronym."""


PASS_THRESHOLDS: Final = (20, 14, 10)
"""Sentence length above which each pass may split; later passes run only when still too hard."""


class RulesRewriter:
    """The default rewriter: the rules above, offline and deterministic.

    Args:
        rules: The rules to apply, in order; tests and benchmarks pass fewer or others.
    """

    name: str = "rules"
    offline: bool = True

    def __init__(self, rules: tuple[Rule, ...] = DEFAULT_RULES) -> None:
        self.rules = rules

    def rewrite(
        self,
        section: Section,
        lang: str,
        target_grade: float | None,
        meta: StatementMeta | None = None,
    ) -> Rewrite:
        """Rewrite one section in plain language until it meets `target_grade`.

        Each pass applies every rule to every sentence, allowing shorter sentences to be split
        than the pass before. Passes stop when the section meets the target, when a pass
        changes nothing, or after the last threshold. With `meta`, the title block is told in
        sentences (`title_sentences`) when they keep every fact of its lines.
        """
        from pipeline.stages.readability import score

        rules = self.rules
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
        return Rewrite(
            sentences=tuple(s for _, g in groups for s in g),
            paragraphs=tuple(" ".join(g) for _, g in groups if g),
            changes=tuple(context.changes),
            allowed=MappingProxyType(dict(context.allowed)),
            short_forms=MappingProxyType(dict(context.short_forms)),
            fallbacks=tuple(context.fallbacks),
        )

    def rewrite_text(self, text: str, lang: str = "en") -> str:
        """Rewrite free text (one or more sentences) with every rule, in every pass.

        Used for benchmarks such as ASSET, where each line is judged on its own; there is no
        target grade to stop at, so every pass runs.
        """
        context = RuleContext(lang=lang, words=load_plain_words(), acronyms=load_acronyms())
        context.text = text
        sentences = split_sentences(text, lang) or [text]
        for threshold in PASS_THRESHOLDS:
            context.long_words = threshold
            for rule in self.rules:
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
