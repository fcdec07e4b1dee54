"""The packaged word lists the rules read: plain words and acronyms.

They live in `pipeline/data/` as tab-separated files, so a reviewer can change a word without
touching code; each list is read once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


@dataclass(frozen=True)
class LexiconEntry:
    """One plain-words replacement."""

    plain: str
    """The plain word or phrase, in base form."""
    pos: str
    """Part of speech of the complex side: verb, noun, adj, adv or phrase."""


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


@lru_cache(maxsize=1)
def phrase_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Multi-word and hyphenated lexicon entries with their patterns, longest first.

    A verb phrase matches every form of its first word ("adheres to", "took place"), as the
    file's header promises; the rule inflects the plain side to the form it found.
    """
    # Hyphenated words ("multi-lateral") are matched whole here: the word rule skips the
    # parts of a compound, so such entries count as phrases.
    lexicon = load_plain_words()
    phrases = sorted((k for k in lexicon if " " in k or "-" in k), key=len, reverse=True)
    patterns = []
    for phrase in phrases:
        head, _, rest = phrase.partition(" ")
        if lexicon[phrase].pos == "verb" and rest:
            forms = "|".join(re.escape(f) for f in sorted(verb_forms(head), key=len, reverse=True))
            body = rf"(?:{forms}) {re.escape(rest)}"
        else:
            body = re.escape(phrase)
        patterns.append((phrase, re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)))
    return tuple(patterns)


def verb_forms(verb: str) -> set[str]:
    """Every form of `verb` ("take": take, takes, took, taken, taking), itself included."""
    from lemminflect import getAllInflections

    forms = {verb}
    for inflected in getAllInflections(verb, upos="VERB").values():
        forms.update(inflected)
    return forms
