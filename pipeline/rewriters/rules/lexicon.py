"""The packaged word lists the rules read: plain words and acronyms.

They live in `pipeline/data/` as tab-separated files, so a reviewer can change a word without
touching code; each list is read once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Final, Literal, get_args

from pipeline.errors import PipelineError

WordClass = Literal["noun", "name", "linking-verb", "verb", "number", "word"]
"""Word classes a condition may name instead of listing words (see `plain_words.tsv`)."""
_CLASS_NAMES: Final[dict[str, WordClass]] = {name: name for name in get_args(WordClass)}
WORD_CLASSES: Final = frozenset(_CLASS_NAMES)
_KEYWORDS: Final[dict[str, tuple[Literal["next", "previous"], bool]]] = {
    "before": ("next", False),
    "not-before": ("next", True),
    "after": ("previous", False),
    "not-after": ("previous", True),
}
"""Condition keywords: which neighbour of the word they test, and whether they negate the test."""


_WORD: Final = r"[a-z][a-z'’-]*"
"""One word of a condition: lowercase letters, apostrophes and hyphens."""
_RUN_WORD: Final = rf"(?:{_WORD}|\*)"
"""One word of a run: a word, or `*` for any one word ("the * deadline" holds "the 72-hour
deadline" and "the statutory deadline")."""


class LexiconError(PipelineError):
    """A packaged word list cannot be read: a bug in the package, named by file and line."""


@dataclass(frozen=True)
class NeighbourTest:
    """One test on the word next to the entry's word, such as `not-after:name`."""

    side: Literal["next", "previous"]
    """Which neighbour is tested: `before:` tests the next word, `after:` the previous one."""
    negated: bool
    """True for `not-before:` and `not-after:`: the neighbour must match none of the items."""
    words: frozenset[str] = frozenset()
    """Neighbours named literally, lowercase."""
    classes: frozenset[WordClass] = frozenset()
    """Word classes the neighbour may belong to instead."""
    runs: frozenset[str] = frozenset()
    """Runs of words beside it, lowercase and space-separated ("the law"): one word beside
    cannot tell "within the law" from "within the region". A `*` stands for any one word
    ("the * deadline")."""


@dataclass(frozen=True)
class Condition:
    """One condition of an entry: it holds when any of its tests does (`a or b`)."""

    tests: tuple[NeighbourTest, ...]


@dataclass(frozen=True)
class LexiconEntry:
    """One plain-words replacement."""

    plain: str
    """The plain word or phrase, in base form."""
    pos: str
    """Part of speech of the complex side: verb, noun, adj, adv or phrase."""
    when: tuple[Condition, ...] = ()
    """Conditions that must all hold for the swap; the words around decide where the plain
    word fits ("legislation" is "law" only after "the", "this", ...)."""


def _numbered_lines(name: str) -> list[tuple[int, list[str]]]:
    text = files("pipeline").joinpath("data", name).read_text(encoding="utf-8")
    return [
        (number, line.split("\t"))
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    ]


def _data_lines(name: str) -> list[list[str]]:
    return [fields for _, fields in _numbered_lines(name)]


def _parse_test(text: str, where: str) -> NeighbourTest:
    keyword, colon, items = text.strip().partition(":")
    place = _KEYWORDS.get(keyword.strip())
    if place is None or not colon:
        known = ", ".join(_KEYWORDS)
        raise LexiconError(
            f"{where}: unknown condition {text.strip()!r}",
            hint=f"a condition is KEYWORD:word|word|..., with KEYWORD one of {known}",
        )
    words: set[str] = set()
    classes: set[WordClass] = set()
    runs: set[str] = set()
    for item in (part.strip() for part in items.split("|")):
        if not item:
            raise LexiconError(f"{where}: empty word in condition {text.strip()!r}")
        if item in _CLASS_NAMES:
            classes.add(_CLASS_NAMES[item])
        elif re.fullmatch(_WORD, item):
            words.add(item)
        elif re.fullmatch(rf"{_RUN_WORD}(?: {_RUN_WORD})+", item) and item[0] != "*":
            runs.add(item)
        else:
            raise LexiconError(
                f"{where}: unknown word class {item!r} in condition {text.strip()!r}",
                hint=f"words are lowercase; the classes are {', '.join(sorted(WORD_CLASSES))}",
            )
    side, negated = place
    return NeighbourTest(side, negated, frozenset(words), frozenset(classes), frozenset(runs))


def parse_conditions(text: str, where: str = "condition") -> tuple[Condition, ...]:
    """The conditions in a `when` field, as `load_plain_words` reads them.

    `;` joins conditions that must all hold; `or` joins tests of which one is enough.

    Raises:
        LexiconError: for an unknown keyword or word class, naming `where` (file and line).
    """
    return tuple(
        Condition(tuple(_parse_test(test, where) for test in re.split(r"\s+or\s+", part.strip())))
        for part in text.split(";")
        if part.strip()
    )


def read_entry(fields: list[str], where: str) -> tuple[str, LexiconEntry] | None:
    """One line of `plain_words.tsv`, split at its TABs: the key and its entry.

    Raises:
        LexiconError: for a condition that cannot be read, or one on a phrase, naming `where`.
    """
    if len(fields) < 2:
        return None
    key = fields[0].strip().lower()
    pos = fields[2].strip() if len(fields) > 2 else "phrase"
    conditions = parse_conditions(fields[3] if len(fields) > 3 else "", where)
    if conditions and re.search(r"[ -]", key):
        raise LexiconError(
            f"{where}: conditions on the phrase {key!r}",
            hint="conditions apply to single words; a phrase's own words say its context",
        )
    return key, LexiconEntry(fields[1].strip(), pos, conditions)


@lru_cache(maxsize=1)
def load_plain_words() -> dict[str, LexiconEntry]:
    """The packaged plain-words lexicon: complex form → plain form, part of speech, conditions.

    Raises:
        LexiconError: when a condition in the file cannot be read.
    """
    entries: dict[str, LexiconEntry] = {}
    for number, fields in _numbered_lines("plain_words.tsv"):
        read = read_entry(fields, f"plain_words.tsv line {number}")
        if read is not None:
            entries[read[0]] = read[1]
    return entries


@lru_cache(maxsize=1)
def load_acronyms() -> dict[str, str]:
    """The packaged acronym list: acronym → expansion."""
    return {fields[0].strip(): fields[1].strip() for fields in _data_lines("acronyms.tsv")}


@lru_cache(maxsize=1)
def load_kept_terms() -> tuple[str, ...]:
    """The packaged terms of art whose words stay as written ("collective security")."""
    text = files("pipeline").joinpath("data", "kept_terms.txt").read_text(encoding="utf-8")
    return tuple(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def kept_terms_pattern() -> re.Pattern[str]:
    """One pattern for every kept term: whole words, any case, the last word also plural."""
    terms = sorted(load_kept_terms(), key=len, reverse=True)

    def words(term: str) -> str:
        written = r"\s+".join(map(re.escape, term.split()))
        # "compulsory redundancy" is also "compulsory redundancies".
        return f"{written[:-1]}(?:y|ies)" if re.search(r"[^aeiou]y$", term) else written

    body = "|".join(map(words, terms))
    return re.compile(rf"(?<![\w'’-])(?:{body})(?:s|es)?(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def phrases() -> tuple[str, ...]:
    """Multi-word and hyphenated lexicon entries, longest first (the longest match wins)."""
    # Hyphenated words ("multi-lateral") are matched whole by `phrase_pattern`: the word rule
    # skips the parts of a compound, so such entries count as phrases.
    return tuple(
        sorted((k for k in load_plain_words() if " " in k or "-" in k), key=len, reverse=True)
    )


@cache
def phrase_clue(phrase: str) -> str:
    """The longest word a text must hold for `phrase` to match (a verb's first word varies).

    Checking it first keeps the rule from compiling and running patterns that cannot match.
    """
    rest = phrase.partition(" ")[2]
    fixed = rest if load_plain_words()[phrase].pos == "verb" and rest else phrase
    return max(re.split(r"[ -]", fixed), key=len)  # keys are lowercase already


@cache
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The pattern of one phrase, compiled the first time a text holds its last word.

    A verb phrase matches every form of its first word ("adheres to", "took place"), as the
    file's header promises; the rule inflects the plain side to the form it found. Compiling
    all of them up front cost a third of a second per run for the few a statement uses.
    """
    head, _, rest = phrase.partition(" ")
    if load_plain_words()[phrase].pos == "verb" and rest:
        forms = "|".join(re.escape(f) for f in sorted(verb_forms(head), key=len, reverse=True))
        body = rf"(?:{forms}) {re.escape(rest)}"
    else:
        body = re.escape(phrase)
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


def verb_inflections(verb: str) -> dict[str, tuple[str, ...]]:
    """The forms of `verb` by Penn tag ("take": VBD → took, VBN → taken, …), from lemminflect."""
    from pipeline.wordforms import getAllInflections

    return dict(getAllInflections(verb, upos="VERB"))


def verb_forms(verb: str) -> set[str]:
    """Every form of `verb` ("take": take, takes, took, taken, taking), itself included."""
    return {verb}.union(*verb_inflections(verb).values())
