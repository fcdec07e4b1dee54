"""The rules engine: plain language by small, ordered, documented rules.

Every rule works on one sentence and may return several. After each rule the fact guard
(`pipeline.stages.factguard`) compares the sentence before and after: if a number, date, name,
negation, modal verb or quotation went missing, or a number or name appeared from nowhere, that
rule's change to that sentence is undone and the section is flagged for review. The rules run
in passes, each allowed to cut shorter sentences than the last, until the section reaches the
target grade or a pass changes nothing more.
"""

from __future__ import annotations

from typing import Final

from pipeline.rewriters.rules.clauses import (
    split_apposition,
    split_closing_emphasis,
    split_closing_who,
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
from pipeline.rewriters.rules.words import (
    active_voice,
    drop_fillers,
    replace_phrases,
    replace_words,
    subject_first,
    verbs_for_nouns,
    verbs_for_phrases,
)

__all__ = [
    "DEFAULT_RULES",
    "LONG_SENTENCE_WORDS",
    "SENTENCE_RULES",
    "WORD_RULES",
    "LexiconEntry",
    "Rule",
    "RuleContext",
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
    "split_closing_reason",
    "split_closing_who",
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
