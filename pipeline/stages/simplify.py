"""Simplify stage: a plain-language version of each section by small, ordered, documented rules.

Every rule works on one sentence and may return several. After each rule the fact guard
compares the sentence before and after: if a number, date or name went missing, that rule's
change to that sentence is undone. So the plain version keeps every fact by construction, and
`check_facts` proves it again on the whole section.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Final

from pipeline.models import FactCheck, PlainSection, Section, SectionKind
from pipeline.text import markdown_to_plain, split_sentences

LONG_SENTENCE_WORDS: Final = 20
"""Sentences longer than this are candidates for splitting (plain-language guides say 15-20)."""


@dataclass(frozen=True)
class LexiconEntry:
    """One plain-words replacement."""

    plain: str
    """The plain word or phrase, in base form."""
    pos: str
    """Part of speech of the complex side: verb, noun, adj, adv or phrase."""


@dataclass
class RuleContext:
    """What rules may read or remember while rewriting one section."""

    lang: str
    words: dict[str, LexiconEntry]
    acronyms: dict[str, str]
    seen_acronyms: set[str] = field(default_factory=set)
    changes: list[str] = field(default_factory=list)


Rule = Callable[[str, RuleContext], list[str]]
"""A rule takes one sentence and returns the sentence(s) that replace it."""


def _data_lines(name: str) -> list[list[str]]:
    text = files("pipeline").joinpath("data", name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@lru_cache(maxsize=1)
def load_plain_words() -> dict[str, LexiconEntry]:
    """The packaged plain-words lexicon: complex form → plain form and part of speech."""
    entries: dict[str, LexiconEntry] = {}
    for fields in _data_lines("plain_words.tsv"):
        if len(fields) >= 2:
            pos = fields[2].strip() if len(fields) > 2 else "phrase"
            entries[fields[0].strip().lower()] = LexiconEntry(fields[1].strip(), pos)
    return entries


@lru_cache(maxsize=1)
def load_acronyms() -> dict[str, str]:
    """The packaged acronym list: acronym → expansion."""
    return {fields[0].strip(): fields[1].strip() for fields in _data_lines("acronyms.tsv")}


# --- rules -------------------------------------------------------------------------------


def tidy_list_item(sentence: str, context: RuleContext) -> list[str]:
    """A list item ends like a sentence, so it is read and spoken as one idea.

    Items often end with ';' or ',' and start with 'And'; in the plain version each stands alone.
    """
    tidy = re.sub(r"[;,]\s*$", ".", sentence.strip())
    tidy = re.sub(r"^(?:and|or)\s+(?=\w)", "", tidy, flags=re.IGNORECASE)
    if not re.search(r"[.!?:]$", tidy):
        tidy += "."
    return [_capitalise(tidy)]


def replace_phrases(sentence: str, context: RuleContext) -> list[str]:
    """Wordy phrases become short ones ("in the midst of" → "during"): fewer words, same meaning."""
    phrases = sorted((k for k in context.words if " " in k), key=len, reverse=True)
    result = sentence
    for phrase in phrases:
        pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)

        def swap(match: re.Match[str], phrase: str = phrase) -> str:
            plain = context.words[phrase].plain
            context.changes.append(f"{match.group(0)} → {plain}")
            return _match_case(match.group(0), plain)

        result = pattern.sub(swap, result)
    return [result]


def replace_words(sentence: str, context: RuleContext) -> list[str]:
    """Hard words become common ones, keeping their inflection ("commenced" → "started").

    Only lowercase words (or a capitalised first word) are replaced, so names such as
    "Global Policing Goals" are never touched.
    """

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        if word[0].isupper() and match.start() > 0:
            return word
        replacement = _plain_form(word.lower(), context.words)
        if replacement is None:
            return word
        context.changes.append(f"{word} → {replacement}")
        return _match_case(word, replacement)

    return [fix_articles(re.sub(r"\b[A-Za-z][a-z]+(?:-[a-z]+)*\b", swap, sentence))]


def fix_articles(sentence: str) -> str:
    """After a swap, "a"/"an" must suit the new next word ("an unprecedented" → "a new")."""

    def choose(match: re.Match[str]) -> str:
        article, next_word = match.group(1), match.group(2)
        lower = next_word.lower()
        vowel_sound = (
            lower[0] in "aeiou" and not lower.startswith(("uni", "use", "usu", "one", "eu"))
        ) or lower.startswith(("hour", "honest", "honour", "honor", "heir"))
        wanted = "an" if vowel_sound else "a"
        if article[0].isupper():
            wanted = wanted.capitalize()
        return f"{wanted} {next_word}"

    return re.sub(r"\b(an?|An?)\s+([a-z]\w*)", choose, sentence)


def explain_acronyms(sentence: str, context: RuleContext) -> list[str]:
    """An acronym is explained the first time a section uses it, in a short sentence of its own.

    A separate sentence ("INTERPOL stands for …") keeps the original sentence short, which a
    bracketed expansion would not.
    """
    notes: list[str] = []
    for token in re.findall(r"\b[A-Z][A-Z0-9-]*[A-Z0-9]\b", sentence):
        if token in context.acronyms and token not in context.seen_acronyms:
            context.seen_acronyms.add(token)
            notes.append(f"{token} stands for {context.acronyms[token]}.")
            context.changes.append(f"explained {token}")
    return [*notes, sentence]


def split_long_sentence(sentence: str, context: RuleContext) -> list[str]:
    """Long sentences are cut where a new clause starts: at semicolons and at ", and we …".

    Each part must keep at least five words, so no fragment is left behind.
    """
    if len(sentence.split()) <= LONG_SENTENCE_WORDS:
        return [sentence]
    parts = [sentence]
    splitters = (
        re.compile(r";\s+"),
        re.compile(
            r",\s+(?:and|but|so)\s+(?=(?:we|i|they|it|this|these|that|he|she|our|their)\b)",
            re.IGNORECASE,
        ),
        re.compile(r",\s+(?=which\b)"),
    )
    for splitter in splitters:
        next_parts: list[str] = []
        for part in parts:
            pieces = splitter.split(part)
            if len(pieces) > 1 and all(len(p.split()) >= 5 for p in pieces):
                next_parts.extend(pieces)
            else:
                next_parts.append(part)
        parts = next_parts
    if len(parts) == 1:
        return parts
    context.changes.append(f"split a {len(sentence.split())}-word sentence in {len(parts)}")
    tidied = []
    for part in parts:
        part = re.sub(r"^which\b", "This", part.strip())
        part = _capitalise(part.rstrip(",;"))
        if not re.search(r"[.!?:]$", part):
            part += "."
        tidied.append(part)
    return tidied


DEFAULT_RULES: Final[tuple[Rule, ...]] = (
    replace_phrases,
    replace_words,
    split_long_sentence,
    explain_acronyms,
)
"""Applied in this order: words first (shorter sentences score better), acronyms last."""


# --- the stage ---------------------------------------------------------------------------


def simplify_section(
    section: Section, lang: str = "en", rules: tuple[Rule, ...] = DEFAULT_RULES
) -> PlainSection:
    """Rewrite one section in plain language; every rule's change is fact-checked."""
    context = RuleContext(lang=lang, words=load_plain_words(), acronyms=load_acronyms())
    paragraphs: list[str] = []
    all_sentences: list[str] = []
    for paragraph in section.paragraphs:
        plain = markdown_to_plain(paragraph.text)
        if not plain:
            continue
        if section.kind is SectionKind.TITLE or paragraph.is_heading:
            paragraphs.append(plain)
            all_sentences.append(plain)
            continue
        sentences = split_sentences(plain, lang)
        if paragraph.is_list_item:
            sentences = [s for item in sentences for s in tidy_list_item(item, context)]
        for rule in rules:
            sentences = _apply_guarded(rule, sentences, context)
        paragraphs.append(" ".join(sentences))
        all_sentences.extend(sentences)
    return PlainSection(
        section_id=section.id,
        sentences=tuple(all_sentences),
        paragraphs=tuple(paragraphs),
        changes=tuple(context.changes),
        facts=check_facts(section.plain_text, " ".join(all_sentences)),
    )


def _apply_guarded(rule: Rule, sentences: list[str], context: RuleContext) -> list[str]:
    result: list[str] = []
    for sentence in sentences:
        changes_before = len(context.changes)
        seen_before = set(context.seen_acronyms)
        rewritten = rule(sentence, context)
        if check_facts(sentence, " ".join(rewritten)).ok:
            result.extend(rewritten)
        else:
            # The rule lost a fact: keep the sentence as it was and forget the change.
            del context.changes[changes_before:]
            context.seen_acronyms = seen_before
            result.append(sentence)
    return result


# --- the fact guard ----------------------------------------------------------------------

_NUMBER: Final = re.compile(r"\d+(?:[.,:/–-]\d+)*(?:st|nd|rd|th)?")
_MONTH: Final = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
_NAME: Final = re.compile(r"\b[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*")


def extract_facts(text: str) -> tuple[str, ...]:
    """Numbers, dates and proper names in a text: what a plain version must never lose."""
    facts: list[str] = []
    facts.extend(_NUMBER.findall(text))
    facts.extend(_MONTH.findall(text))
    for sentence in split_sentences(text):
        for match in _NAME.finditer(sentence):
            words = match.group(0).split()
            # A capital at the start of a sentence marks the sentence, not a name.
            if match.start() == 0 and len(words) == 1 and not words[0].isupper():
                continue
            for word in words:
                word = re.sub(r"['’]s$", "", word)
                if word.isupper() or match.start() > 0 or len(words) > 1:
                    facts.append(word)
    seen: dict[str, None] = {}
    for fact in facts:
        seen.setdefault(fact, None)
    return tuple(seen)


def check_facts(original: str, plain: str) -> FactCheck:
    """Which facts of `original` are missing from `plain` (names compared with their capitals)."""
    facts = extract_facts(original)
    missing = tuple(fact for fact in facts if not re.search(rf"(?<!\w){re.escape(fact)}", plain))
    return FactCheck(facts=facts, missing=missing)


# --- helpers -----------------------------------------------------------------------------


def _plain_form(word: str, lexicon: dict[str, LexiconEntry]) -> str | None:
    entry = lexicon.get(word)
    if entry is not None and " " not in word:
        return entry.plain
    from lemminflect import getAllLemmas

    for upos, lemmas in getAllLemmas(word).items():
        for lemma in lemmas:
            entry = lexicon.get(lemma)
            if entry is None or lemma == word:
                continue
            return _inflect_like(word, lemma, entry, upos)
    return None


def _inflect_like(word: str, lemma: str, entry: LexiconEntry, upos: str) -> str | None:
    from lemminflect import getInflection

    if upos == "VERB" and entry.pos == "verb":
        tag = "VBG" if word.endswith("ing") else "VBZ" if word.endswith("s") else "VBD"
        head, _, rest = entry.plain.partition(" ")
        forms = getInflection(head, tag)
        return f"{forms[0]} {rest}".strip() if forms else None
    if upos == "NOUN" and entry.pos == "noun":
        *rest_words, head = entry.plain.split(" ")
        forms = getInflection(head, "NNS")
        return " ".join([*rest_words, forms[0]]) if forms else None
    return None


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper():
        return _capitalise(replacement)
    return replacement


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
