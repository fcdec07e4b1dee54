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
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from pipeline.metadata import calm, is_label_line
from pipeline.models import LEFT_AS_WRITTEN, NOT_REWRITTEN, Section, SectionKind, StatementMeta
from pipeline.rewriters.base import NO_DEFINITIONS, Rewrite
from pipeline.rewriters.rules.clauses import (
    split_apposition,
    split_closing_emphasis,
    split_closing_who,
    split_colon_clause,
    split_coordinated_predicates,
    split_dash_clause,
    split_dash_list,
    split_dash_restated,
    split_defining_clause,
    split_gapped_clause,
    split_inner_relative,
    split_owned_stack,
    split_parenthetical,
    split_preposition_which,
    split_relative,
    split_reported_pair,
    split_subject_adjectives,
    split_we_apposition,
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
    split_long_range,
    split_repeated_preposition,
    split_second_request,
    split_semicolons,
    split_thanks,
    split_thus,
    split_where,
    split_while,
)
from pipeline.rewriters.rules.discourse import (
    ACRONYM_NOTE,
    calmed_words,
    date_in_words,
    date_label,
    drop_joined_address,
    drop_stage_directions,
    explain_acronyms,
    is_form_of_address,
    is_rewritten,
    notes_before_antecedent,
    short_greeting,
    shorten_repeated_names,
    tidy_list_item,
    title_sentences,
)
from pipeline.rewriters.rules.english import fix_articles
from pipeline.rewriters.rules.lexicon import LexiconEntry, load_acronyms, load_plain_words
from pipeline.rewriters.rules.lists import series_as_list
from pipeline.rewriters.rules.participles import (
    split_leading_circumstance,
    split_leading_clauses,
    split_leading_means,
    split_leading_reason,
    split_long_sentence,
    split_participle,
    split_past_participle,
    split_purpose,
    split_purpose_after_infinitive,
    split_purposes,
)
from pipeline.rewriters.rules.tails import (
    split_affected_places,
    split_available_basis,
    split_document_deed,
    split_with_absolute,
)
from pipeline.rewriters.rules.verbs import (
    active_voice,
    keep_doing,
    led_by_after_noun,
    subject_first,
    verbs_for_nouns,
    verbs_for_phrases,
)
from pipeline.rewriters.rules.words import (
    drop_fillers,
    numbers_as_digits,
    replace_phrases,
    replace_words,
)
from pipeline.stages import factguard
from pipeline.text import (
    FOOTNOTE_DIGITS,
    STAGE_DIRECTION,
    directions_apart,
    is_direction,
    markdown_to_plain,
    quoted_sentences,
    split_sentences,
)

__all__ = [
    "DEFAULT_RULES",
    "FINISHING_RULES",
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
    "drop_joined_address",
    "drop_stage_directions",
    "explain_acronyms",
    "fix_articles",
    "front_time_phrase",
    "is_rewritten",
    "keep_doing",
    "led_by_after_noun",
    "load_acronyms",
    "load_plain_words",
    "notes_before_antecedent",
    "numbers_as_digits",
    "replace_phrases",
    "replace_words",
    "series_as_list",
    "short_greeting",
    "shorten_repeated_names",
    "split_affected_places",
    "split_although",
    "split_apposition",
    "split_available_basis",
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
    "split_dash_restated",
    "split_defining_clause",
    "split_document_deed",
    "split_gapped_clause",
    "split_inner_relative",
    "split_leading_circumstance",
    "split_leading_clauses",
    "split_leading_means",
    "split_leading_reason",
    "split_long_range",
    "split_long_sentence",
    "split_owned_stack",
    "split_parenthetical",
    "split_participle",
    "split_past_participle",
    "split_preposition_which",
    "split_purpose",
    "split_purpose_after_infinitive",
    "split_purposes",
    "split_relative",
    "split_repeated_preposition",
    "split_reported_pair",
    "split_second_request",
    "split_semicolons",
    "split_subject_adjectives",
    "split_thanks",
    "split_thus",
    "split_we_apposition",
    "split_where",
    "split_with_absolute",
    "subject_first",
    "tidy_list_item",
    "title_sentences",
    "verbs_for_nouns",
    "verbs_for_phrases",
]

WORD_RULES: Final[tuple[Rule, ...]] = (
    split_purpose_after_infinitive,
    replace_phrases,
    replace_words,
    verbs_for_nouns,
    verbs_for_phrases,
    drop_fillers,
    numbers_as_digits,
    active_voice,
    subject_first,
)
SENTENCE_RULES: Final[tuple[Rule, ...]] = (
    front_time_phrase,
    split_we_apposition,
    split_semicolons,
    split_reported_pair,
    split_dash_list,
    split_parenthetical,
    split_leading_clauses,
    split_leading_reason,
    split_leading_circumstance,
    split_leading_means,
    split_participle,
    split_past_participle,
    split_purposes,
    split_purpose,
    split_although,
    split_while,
    split_closing_reason,
    split_where,
    split_available_basis,
    split_affected_places,
    split_document_deed,
    split_with_absolute,
    split_closing_place_list,
    split_long_range,
    split_coordinated,
    split_coordinated_names,
    split_coordinated_verbs,
    split_thanks,
    split_thus,
    split_second_request,
    split_inner_relative,
    split_coordinated_predicates,
    split_repeated_preposition,
    split_relative,
    split_preposition_which,
    split_closing_who,
    split_defining_clause,
    split_closing_emphasis,
    split_dash_restated,
    split_dash_clause,
    split_colon_clause,
    split_gapped_clause,
    split_closing_participle,
    split_closing_past_participle,
    split_apposition,
    split_subject_adjectives,
    split_owned_stack,
)
FINISHING_RULES: Final[tuple[Rule, ...]] = (keep_doing, led_by_after_noun)
"""Word rules that run once, after the last pass: a clause is split at the length it was
written ("…, which continues to guide us" → "This agenda continues to guide us."), then
shortened; shortened first, it could fall under a pass's length and stay joined.
"… investigations led by intelligence" comes last too: the sentence rules would read its
"led" as a clause's verb ("Its secure, global network continued as …" would no longer be
split)."""
DEFAULT_RULES: Final[tuple[Rule, ...]] = (
    drop_stage_directions,
    drop_joined_address,
    *WORD_RULES,
    *SENTENCE_RULES,
    explain_acronyms,
    *FINISHING_RULES,
)
"""Applied in this order: words first (shorter sentences score better), acronyms last, so an
explanation is added once, before the sentence that first uses the acronym; the finishing
rules run after every pass."""


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
        *,
        defined: Mapping[str, str] = NO_DEFINITIONS,
    ) -> Rewrite:
        """Rewrite one section in plain language until it meets `target_grade`.

        Each pass applies every rule to every sentence, allowing shorter sentences to be split
        than the pass before. Passes stop when the section meets the target, when a pass
        changes nothing, or after the last threshold. With `meta`, the title block is told in
        sentences (`title_sentences`) when they keep every fact of its lines. The statement's
        own short forms (`defined`) are explained like the lexicon's, and mean what the
        statement says they mean where the two differ.
        """
        from pipeline.stages.readability import score

        rules = self.rules
        acronyms = {**load_acronyms(), **defined} if defined else load_acronyms()
        context = RuleContext(lang=lang, words=load_plain_words(), acronyms=acronyms)
        context.text = " ".join(section.sentences)
        if not is_rewritten(lang):
            # The rules and the lexicon are English: on French they would add English words
            # ("Hello to Monsieur le Président"). The text stays as written, and says so.
            rules = ()
            context.changes.append(NOT_REWRITTEN)
        groups, items, markers = _paragraph_sentences(section, context, rewrite=is_rewritten(lang))
        if section.kind is SectionKind.TITLE and meta is not None and rules:
            told = title_sentences(meta, " ".join(section.sentences))
            in_words = date_in_words(meta)
            # The date told in words keeps the fact of the date in figures, and "Geneva" keeps
            # the "GENEVA" of a shouted line.
            forms = {meta.date_text: in_words} if meta.date_text and in_words else {}
            forms.update(calmed_words(" ".join(section.sentences), told))
            details = _details_untold(section, told, meta.title, forms) if told else []
            # Who a proclamation's operative words name ("BE IT PROCLAIMED by the Board …") is
            # read from the statement, not made up, though the title block does not say it.
            footed = [n for n in meta.notes if n.startswith("Issued by ")]
            if footed and not any(
                note.removeprefix("Issued by ") in context.text for note in footed
            ):
                forms.update({note: note for note in footed})
            if told and factguard.check(section.sentences, [*told, *details], forms).ok:
                # A recall's "Model number: BN-220" or a warning's "Areas affected: …", which
                # the told sentences leave out, are set out under them as a list.
                groups = [(True, told), *((True, [line]) for line in details)]
                items = [False, *(True for _ in details)]
                markers = ["" for _ in groups]
                context.allowed.update(forms)
                context.changes.append("title block told as sentences")
        written = [len(sentences) for _, sentences in groups]
        thresholds = PASS_THRESHOLDS if target_grade is not None else PASS_THRESHOLDS[:1]
        for pass_index, threshold in enumerate(thresholds):
            context.long_words = threshold
            before = [list(g[1]) for g in groups]
            for rule in rules:
                if (rule is explain_acronyms and pass_index > 0) or rule in FINISHING_RULES:
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
        for rule in (r for r in rules if r in FINISHING_RULES):
            groups = [
                (fixed, sentences if fixed else _apply_guarded(rule, sentences, context))
                for fixed, sentences in groups
            ]
        if rules:
            groups = [
                (fixed, sentences if fixed else notes_before_antecedent(sentences, context))
                for fixed, sentences in groups
            ]
        if rules and section.kind is SectionKind.BODY:
            groups = _with_short_names(groups, context)
            groups, items, markers = _one_idea_per_item(groups, items, markers, written, context)
            groups, items, markers = _lists_set_out(groups, items, markers, context)
        kept = [
            (g, item, marker)
            for (_, g), item, marker in zip(groups, items, markers, strict=True)
            if g
        ]
        return Rewrite(
            sentences=tuple(s for _, g in groups for s in g),
            paragraphs=tuple(" ".join(g) for g, _, _ in kept),
            list_items=tuple(item for _, item, _ in kept),
            markers=tuple(marker for _, _, marker in kept),
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
                if rule not in FINISHING_RULES:
                    sentences = _apply_guarded(rule, sentences, context)
        for rule in (r for r in self.rules if r in FINISHING_RULES):
            sentences = _apply_guarded(rule, sentences, context)
        return " ".join(sentences)


_CODE: Final = re.compile(r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]+\b")
"""A batch or model code ("2406A", "BN-220"), which the fact guard does not count as a fact."""


def _details_untold(
    section: Section, told: list[str], title: str, forms: dict[str, str]
) -> list[str]:
    """The title block's label lines ("Batch numbers: 2406A to 2609C") `told` does not tell.

    A line whose facts and codes the told sentences keep ("Issued by: …", "Published:
    24.09.2024", "Model number: BN-220" under "…, model BN-220") is not repeated, nor is the
    headline's own line; the others are kept as written, one a list item.
    """
    said = " ".join(told)
    details: list[str] = []
    for paragraph in section.paragraphs:
        line = markdown_to_plain(paragraph.text).rstrip(".")
        if not is_label_line(line) or line == title:
            continue
        codes = _CODE.findall(line.partition(":")[2])
        if factguard.check([line], told, forms).missing or any(c not in said for c in codes):
            details.append(line)
    return details


def _paragraph_sentences(
    section: Section, context: RuleContext, rewrite: bool = True
) -> tuple[list[tuple[bool, list[str]]], list[bool], list[str]]:
    """Sentences grouped by paragraph, which groups are list items, and each one's number.

    True in a group marks one the rules must not touch (title lines). The number ("3.",
    "(a)") is kept apart from the sentences, so no rule can change or drop it.
    """
    groups: list[tuple[bool, list[str]]] = []
    items: list[bool] = []
    markers: list[str] = []
    # (Mixed-language statements.) A paragraph in another language is kept as written.
    foreign = [p for p in section.paragraphs if p.language]
    if section.kind is SectionKind.GREETING and rewrite and not foreign:
        # One line per paragraph: each addressed person or group is a part of its own.
        text = "\n".join(markdown_to_plain(p.text) for p in section.paragraphs)
        context.changes.append("greeting → one short line")
        # A thanks is a sentence of its own ("Thank you, Chair. Good morning, everyone.").
        greeting = short_greeting(text)
        return [(True, split_sentences(greeting, context.lang) or [greeting])], [False], [""]
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
        if (
            paragraph.language
            and rewrite
            and not paragraph.is_heading
            and section.kind is not SectionKind.TITLE
        ):
            # The rules would garble it ("Hello to Monsieur le Président"), as they would a
            # whole statement in its language (NOT_REWRITTEN): it stays as written, and fixed.
            groups.append((True, split_sentences(plain, paragraph.language) or [plain]))
            items.append(paragraph.is_list_item)
            markers.append(paragraph.marker)
            context.changes.append(f"{LEFT_AS_WRITTEN} ({paragraph.language}): {plain[:60]}")
            continue
        if paragraph.is_heading:
            groups.append((True, [plain]))
            items.append(False)
            markers.append("")
            continue
        if (
            rewrite
            and section.kind is SectionKind.BODY
            and len(section.paragraphs) > 1
            and is_form_of_address(plain)
        ):
            context.changes.append(f"form of address left out: {plain}")
            continue
        if section.kind is SectionKind.TITLE:
            if groups and re.search(r"\b(?:by|of|at|for)$", groups[-1][1][0]):
                groups[-1] = (True, [f"{groups[-1][1][0]} {plain}"])
            else:
                groups.append((True, [plain]))
                items.append(False)
                markers.append("")
            continue
        label = _SPEAKER_LABEL.match(plain) if section.kind is SectionKind.BODY else None
        if label and rewrite and sum(c.isalpha() for c in label["who"]) > 3:
            # "CHIEF MEDICAL OFFICER: The NHS is …": a transcript's label, not shouted words.
            calmed = calm(label["who"])
            context.allowed.update(calmed_words(label["who"], [calmed]))
            plain = f"{calmed}:{plain[label.end('who') + 1 :]}"
        sentences = split_sentences(plain, context.lang)
        if paragraph.is_list_item:
            sentences = [s for item in sentences for s in tidy_list_item(item, context)]
        quoted = quoted_sentences(sentences)
        context.quoted.update(s for s, inside in zip(sentences, quoted, strict=True) if inside)
        groups.append((False, sentences))
        items.append(paragraph.is_list_item)
        markers.append(paragraph.marker)
    if section.kind is SectionKind.TITLE:
        # Each title line reads as a sentence of its own, so the block is not scored (or
        # spoken) as one long run-on line.
        groups = [
            (True, [line if re.search(r"[.!?]$", line) else f"{line}."]) for _, (line,) in groups
        ]
        context.changes.append("title lines end as sentences")
    return groups, items, markers


_SPEAKER_LABEL: Final = re.compile(r"^(?P<who>[A-Z][A-Z.'’ -]{1,40}[A-Z.]):\s")
"""A transcript's speaker label in capitals: "CHIEF MEDICAL OFFICER: "."""


def _with_short_names(
    groups: list[tuple[bool, list[str]]], context: RuleContext
) -> list[tuple[bool, list[str]]]:
    """`shorten_repeated_names` across the section's paragraphs, leaving fixed lines as written."""
    shortened = iter(shorten_repeated_names([s for _, g in groups for s in g], context))
    result: list[tuple[bool, list[str]]] = []
    for fixed, sentences in groups:
        shorter = [next(shortened) for _ in sentences]
        rewritten = [
            sentence if sentence in context.quoted else short
            for sentence, short in zip(sentences, shorter, strict=True)
        ]
        result.append((fixed, sentences if fixed else rewritten))
    return result


_LEANS_BACK: Final = re.compile(
    r"^(?:This|That|These|Those|It|Its|They|Their|Them|He|She|His|Her|Such|So|But|And|Or|Also|"
    r"Then|Thus|However|Yet|Still|There|Here|Both|Each|Either|Neither|Instead|Otherwise|"
    r"The aim|The reason|The result|As a result)\b"
)
"""A sentence that starts so goes on from the one before: it stays in the same item."""


def _one_idea_per_item(
    groups: list[tuple[bool, list[str]]],
    items: list[bool],
    markers: list[str],
    written: list[int],
    context: RuleContext,
) -> tuple[list[tuple[bool, list[str]]], list[bool], list[str]]:
    """A list item the rules split into sentences becomes one item per sentence.

    "Channels remained open, operational support to 194 countries unabated." was one item; its
    plain sentences are two ideas, so they are two items. A sentence that leans on the one
    before ("This helped.", "But …", "The aim is to …") stays in its item, as does an
    acronym's note with the sentence it explains; an item the statement itself wrote in
    several sentences is left as the author grouped it. A numbered item ("3.") stays one
    item: it is the document's paragraph 3, which people cite, in as many sentences as the
    rules make of it.
    """
    new_groups: list[tuple[bool, list[str]]] = []
    new_items: list[bool] = []
    new_markers: list[str] = []
    for (fixed, sentences), item, marker, count in zip(
        groups, items, markers, written, strict=True
    ):
        if fixed or not item or marker or count != 1 or len(sentences) < 2:
            new_groups.append((fixed, sentences))
            new_items.append(item)
            new_markers.append(marker)
            continue
        pieces: list[list[str]] = []
        for sentence in sentences:
            joins = pieces and (_LEANS_BACK.match(sentence) or ACRONYM_NOTE.match(pieces[-1][-1]))
            if joins:
                pieces[-1].append(sentence)
            else:
                pieces.append([sentence])
        if len(pieces) > 1:
            context.changes.append(f"one idea per list item: {len(pieces)} items")
        new_groups += [(False, piece) for piece in pieces]
        new_items += [True] * len(pieces)
        new_markers += [""] * len(pieces)
    return new_groups, new_items, new_markers


def _lists_set_out(
    groups: list[tuple[bool, list[str]]],
    items: list[bool],
    markers: list[str],
    context: RuleContext,
) -> tuple[list[tuple[bool, list[str]]], list[bool], list[str]]:
    """Paragraphs whose sentence ends in a long parallel series, set out as a lead and a list.

    The paragraph is cut there: its sentences up to the lead, one item per list paragraph, and
    its sentences after the series as a paragraph of their own. A list item is never given a
    list of its own (no nesting), and a set-out list that would lose a fact stays a sentence.
    """
    new_groups: list[tuple[bool, list[str]]] = []
    new_items: list[bool] = []
    new_markers: list[str] = []
    for (fixed, sentences), item, marker in zip(groups, items, markers, strict=True):
        current: list[str] = []
        for sentence in sentences:
            found = (
                None
                if fixed or item or sentence in context.quoted
                else series_as_list(sentence, context)
            )
            if found is None:
                current.append(sentence)
                continue
            # "… in the following counties." then "The counties are:": the first sentence
            # leads into the list itself.
            announced = re.fullmatch(r"The (\w+) are:", found.lead)
            if announced and current and current[-1].endswith(f" the following {announced[1]}."):
                new_groups.append((fixed, [*current[:-1], f"{current[-1][:-1]}:"]))
            else:
                new_groups.append((fixed, [*current, found.lead]))
            new_items.append(False)
            new_markers.append(marker)
            new_groups += [(False, [entry]) for entry in found.items]
            new_items += [True] * len(found.items)
            new_markers += [""] * len(found.items)
            current = []
            marker = ""  # the paragraph's number stays at its start, with the lead
        if current or not sentences:
            new_groups.append((fixed, current))
            new_items.append(item)
            new_markers.append(marker)
    return new_groups, new_items, new_markers


_OPENS_QUOTATION: Final = re.compile(r"^(?P<said>[^\"“”]*?)(?:^|(?<=\s))[\"“](?=\S)")
"""A sentence whose first quotation mark opens a quotation: "… said: "…"."""


def _said_before_quotation(sentence: str) -> str:
    """The words of a sentence before the quotation it opens; "" when it opens none.

    A sentence inside a quotation begun earlier has no mark before its words, or a closing
    one ("… low," he said): none of its words is the narrator's before a quotation opens.
    """
    opening = _OPENS_QUOTATION.match(sentence)
    return opening["said"] if opening else ""


_FOOTNOTE_MARK: Final = re.compile(rf"(?<=[.!?])[{FOOTNOTE_DIGITS}]+$")
"""A footnote's mark after a sentence ("… since 1 January 2025.¹"): it stays on the last part."""


_DOUBLE_STOP: Final = re.compile(r"(?<!\.)\.\.$")
"""Two full stops closing a part, where the sentence had one (compiled once: it is asked of
every rule's every output)."""


def _apply_guarded(rule: Rule, sentences: list[str], context: RuleContext) -> list[str]:
    result: list[str] = []
    notes: list[str] = []
    """Acronym notes for a quotation, which follow it whole, never cut into it."""
    for sentence in sentences:
        if sentence in context.quoted:
            explained = rule(sentence, context) if rule is explain_acronyms else [sentence]
            said = _said_before_quotation(sentence)
            if (
                len(explained) > 1
                and explained[-1] == sentence
                and all(
                    re.search(rf"(?<![\w-]){re.escape(note.split()[0])}(?![\w-])", said)
                    for note in explained[:-1]
                )
            ):
                # "… at NHPA, said: "…"": the short form is the narrator's, before the
                # quotation opens; its note comes first, as anywhere else, cutting nothing.
                result += [*notes, *explained[:-1]]
                notes = []
            else:
                notes += [note for note in explained if note != sentence]
            result.append(sentence)  # someone's own words, kept as they said them
            continue
        result += notes
        notes = []
        if is_direction(sentence) and not STAGE_DIRECTION.fullmatch(sentence.strip()):
            # "[At this point, a moment of silence was observed.]" is no one's words to make
            # plainer: it stays as written, for the reader (the voice leaves it out). A room's
            # "(Applause.)" is for `drop_stage_directions` to drop.
            result.append(sentence)
            continue
        apart = directions_apart(sentence)
        if len(apart) > 1:
            # "[At this point, a moment of silence was observed.] Amen.", one sentence to the
            # splitter: the direction stays as written, and "Amen." is rewritten on its own.
            context.changes.append("set a transcript's direction apart")
            result += [s for part in apart for s in _apply_guarded(rule, [part], context)]
            continue
        changes_before = len(context.changes)
        seen_before = set(context.seen_acronyms)
        # The rules know a sentence by its end: "2025.¹" would get a second full stop.
        mark = _FOOTNOTE_MARK.search(sentence) if sentence[-1:] in FOOTNOTE_DIGITS else None
        bare = sentence[: mark.start()] if mark else sentence
        rewritten = [
            # A rule that ends a part with "." after an abbreviation ("Nick Jr.") says it once.
            _DOUBLE_STOP.sub(".", s) if not bare.endswith("..") else s
            for s in rule(bare, context)
            if s.strip()
        ]
        if mark and rewritten:
            rewritten[-1] += mark.group(0)
        joined = " ".join(rewritten)
        if joined == sentence:
            result.append(sentence)
            continue
        if bare.endswith(":") and len(rewritten) > 1 and not rewritten[-1].endswith(":"):
            # "… and ORDER AND DIRECT as follows:" introduces the list below it: a part split
            # off to come after it ("They include ORS 401.165.") would stand between the two.
            del context.changes[changes_before:]
            context.seen_acronyms = seen_before
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
    return result + notes
