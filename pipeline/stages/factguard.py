"""The fact guard: proof that a plain version kept every fact of the original and invented none.

A fact is anything a reader could act on or quote: numbers and quantities (digits or words),
dates and years, names of people, bodies, places and documents, negations ("not", "never"),
modal verbs ("must", "may", "should", "will") and words in quotation marks; negations also
in the other languages plainvoice reads ("nicht", "ne … pas", "non", "niet"), so a person's
edit of a plain version in those languages is checked too. The guard extracts them from the
original, looks for each in the plain version, allowing the forms the rewriter itself
produces ("eight" for "8", an acronym's expansion, "don't" for "do not"), and also reports
numbers and names in the plain version that the original never had.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from pipeline.models import FactCheck
from pipeline.text import quotations, split_sentences, without_stage_directions

NUMBER_WORDS: Final = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "dozen": 12,
    "half": 0,
    "twice": 2,
    "double": 2,
}
"""Number words the guard treats as quantities; their digits count as the same fact."""

HONORIFICS: Final = frozenset(
    "mr mrs ms miss mister madam madame sir dame dr excellency excellencies chair chairperson "
    "chairman chairwoman president vice ladies gentlemen distinguished honourable honorable dear "
    "friends colleagues delegates guests members your his her majesty highness lord lords minister "
    "ministers ambassador ambassadors secretary-general brothers sisters fellow everyone hello "
    "good morning afternoon evening rt hon".split()
)
"""Forms of address: a greeting may drop them, and a plain version may use them freely.

A name that follows them ("Mr Guterres") is still a fact.
"""

NEGATIONS: Final = frozenset(
    "not n't no never nor none nothing nobody neither cannot without".split()
)
OTHER_NEGATIONS: Final = frozenset(
    # German, French, Spanish ("no" is above), Italian, Dutch. A person editing a plain
    # version of a statement in these languages must not drop its "nicht" unwarned either.
    "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder ohne "
    "ne jamais aucun aucune rien sans "
    "nunca jamás ningún ninguna ninguno nada nadie tampoco "
    "non nessun nessuno nessuna niente nulla senza "
    "niet geen nooit niets zonder noch".split()
)
"""Negations of the other languages plainvoice reads, none of them an English word.

Left out: Spanish "sin" (also "sin embargo", however, and an English word), and Italian "mai"
(also the French month). French "ne" counts once, with "n'" before a vowel; its "pas" does not.
"""
MODALS: Final = ("must", "may", "might", "should", "shall", "will", "would", "can", "could")
_MODAL_FORMS: Final = {
    "must": ("must", "have to", "has to", "had to"),
    "may": ("may", "might", "can"),
    "might": ("might", "may"),
    "should": ("should", "ought to"),
    "shall": ("shall", "will", "'ll", "won't"),
    "will": ("will", "'ll", "won't"),
    "would": ("would", "'d", "wouldn't"),
    "can": ("can", "cannot", "can't", "able to"),
    "could": ("could", "couldn't"),
}
"""What the plain version may say for each modal of the original (all keep its force)."""

MONTHS: Final = (
    "January February March April May June July August September October November December"
).split()

_DIGITS: Final = re.compile(r"(?<![\w.-])\d+(?:[.,:/–-]\d+)*(?:st|nd|rd|th|s)?(?!\w)")
_NUMBER_WORD_ALTERNATIVES: Final = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMBER_WORD: Final = re.compile(
    rf"(?<![\w-])(?:{_NUMBER_WORD_ALTERNATIVES})(?:-(?:{_NUMBER_WORD_ALTERNATIVES}))?(?![\w-])",
    re.IGNORECASE,
)
_MONTH_WORDS: Final = tuple((month, re.compile(rf"\b{month}\b")) for month in MONTHS)
"""Each month as a word, compiled once: other texts' patterns pushed these out of `re`'s cache."""
_NAME: Final = re.compile(r"(?<![\w'’-])[A-Z][\w'’./-]*[\w]|(?<![\w'’-])[A-Z](?![\w'’-])")
_WORD: Final = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Fact:
    """One fact the plain version must keep."""

    kind: str
    """number, date, name, negation, modal or quote."""
    text: str
    """The fact as written in the original."""

    def __str__(self) -> str:
        return self.text


def extract(text: str | Sequence[str]) -> tuple[Fact, ...]:
    """Every fact in a text (or its sentences), once each, in order of first appearance."""
    return _extract(text if isinstance(text, str) else tuple(text))


@lru_cache(maxsize=16384)
def _extract(text: str | tuple[str, ...]) -> tuple[Fact, ...]:
    """`extract`, remembered.

    The rewriter checks each sentence against every rule's output, so the same original was
    read again for each rule (21,476 readings on a 400 kB statement).
    """
    if isinstance(text, str):
        text = without_stage_directions(text)
    else:
        text = tuple(without_stage_directions(sentence) for sentence in text)
    sentences = text
    text = text if isinstance(text, str) else " ".join(text)
    facts: list[Fact] = []
    facts += [Fact("number", m.group(0)) for m in _DIGITS.finditer(text)]
    facts += [
        Fact("number", m.group(0).lower())
        for m in _NUMBER_WORD.finditer(text)
        if m.group(0).lower() not in {"half", "double", "twice"}
    ]
    facts += [Fact("date", month) for month, said in _MONTH_WORDS if said.search(text)]
    facts += [Fact("name", name) for name in names_in(sentences)]
    words = [w.lower() for w in _WORD.findall(_NO_DENIAL.sub(" ", text))]
    negations = sum(_negation_count(w) for w in words)
    facts += [Fact("negation", "not")] * negations
    for modal, count in _modal_counts(text).items():
        facts += [Fact("modal", modal)] * count
    # A quotation left open (a stray mark, or one the next paragraph closes) is not a fact:
    # it would take in whatever follows the mark.
    facts += [Fact("quote", q.words(text)) for q in quotations(text) if q.closed]
    seen: dict[Fact, int] = {}
    ordered: list[Fact] = []
    for fact in facts:
        seen[fact] = seen.get(fact, 0) + 1
        if fact.kind in ("negation", "modal") or seen[fact] == 1:
            ordered.append(fact)
    return tuple(ordered)


def names_in(text: str | Sequence[str], rare_starts: bool = False) -> list[str]:
    """Capitalised words that are names: not a sentence's first word, not a form of address.

    A sentence's first word counts only when it is in capitals (INTERPOL) or is followed by
    another capitalised word ("Jürgen Stock"), because a capital there marks the sentence.
    With `rare_starts`, a first word that is rare in English ("Europol") counts too: the guard
    uses this to catch invented names, where a false alarm costs less than a miss.
    """
    names: list[str] = []
    sentences = (split_sentences(text) or [text]) if isinstance(text, str) else text
    for sentence in sentences:
        matches = list(_NAME.finditer(sentence))
        for index, match in enumerate(matches):
            word = _strip_possessive(match.group(0).rstrip("."))
            if len(word) < 2 or word.lower() in HONORIFICS:
                # A lone capital ("A", "I") is a word, not a name.
                continue
            if not word.isupper() and _is_function_word(word):
                # "And", "The" after a colon or a list marker start a clause, not a name.
                continue
            at_start = not sentence[: match.start()].strip(" \"“'‘(-–—*")
            if at_start and not word.isupper() and not any(c.isdigit() for c in word):
                following = matches[index + 1] if index + 1 < len(matches) else None
                joined = following is not None and following.start() == match.end() + 1
                # A sentence's first word is a name when it is rare in English and either runs
                # into another capitalised word ("Jürgen Stock") or, for `rare_starts`, alone.
                if not _is_rare(word, 4.0 if joined else 3.0) or not (joined or rare_starts):
                    continue
            names.append(word)
    return names


def check(
    original: str | Sequence[str],
    plain: str | Sequence[str],
    allowed: Mapping[str, str] | None = None,
    *,
    check_invented: bool = True,
    require_all: bool = True,
    short_forms: Mapping[str, str] | None = None,
) -> FactCheck:
    """Compare a plain version with its original.

    Args:
        original: The text as written, or its sentences (better: a list item's capital then
            starts a sentence rather than looking like a name).
        plain: The rewrite, or its sentences (better, for the same reason: a list item
            that opens with a plain word the original did not have, "Spark …", is then not
            taken for an invented name).
        allowed: Short forms and the expansions the rewriter may have written for them
            (acronym → expansion, a date in figures → in words); either form keeps the fact,
            and the words of an expansion are not invented.
        check_invented: Also report numbers and names the original never had.
        require_all: False for a summary, which keeps only some facts but must invent none.
        short_forms: Long names the rewriter shortened after their first full mention, each
            with its short form ("United Nations Congress on Crime Prevention and Criminal
            Justice" → "Congress"). Exactly those words of the original, where the plain
            version has the short form, count as kept by it; nothing else is excused.
    """
    allowed = allowed or {}
    plain_text = plain if isinstance(plain, str) else " ".join(plain)
    for long_name, short in (short_forms or {}).items():
        if _contains(plain_text, short, case=True):
            original = _shorten(original, long_name, short)
    facts = extract(original)
    missing: list[str] = []
    if require_all:
        missing = _missing(facts, plain_text, allowed)
    original_text = original if isinstance(original, str) else " ".join(original)
    invented = _invented(original_text, plain, allowed) if check_invented else []
    unique = tuple(dict.fromkeys(str(f) for f in facts))
    return FactCheck(facts=unique, missing=tuple(missing), invented=tuple(invented))


def _missing(facts: Iterable[Fact], plain: str, allowed: Mapping[str, str]) -> list[str]:
    missing: list[str] = []
    plain_compact = "".join(plain.lower().split())
    plain_words = [w.lower() for w in _WORD.findall(_NO_DENIAL.sub(" ", plain))]
    plain_modals = _modal_counts(plain, lenient=True)
    wanted_modals: Counter[str] = Counter()
    negations = 0
    for fact in facts:
        if fact.kind == "negation":
            negations += 1
        elif fact.kind == "modal":
            wanted_modals[fact.text] += 1
        elif fact.kind == "quote":
            # Spaces are not words: joined sentences put one where the original had none
            # (a quotation cut at ". :" and joined again reads ". :" where it was ".:").
            if "".join(fact.text.lower().split()) not in plain_compact:
                missing.append(f"“{fact.text}”")
        elif fact.kind == "number":
            forms = [
                *number_forms(fact.text),
                *([allowed[fact.text]] if fact.text in allowed else []),
            ]
            if not any(_contains(plain, form) for form in forms) and not (
                _range_kept(fact.text, plain)
            ):
                missing.append(fact.text)
        elif fact.kind == "name":
            forms = [fact.text, *([allowed[fact.text]] if fact.text in allowed else [])]
            forms += [short for short, long in allowed.items() if long == fact.text]
            if not any(_contains(plain, form, case=True) for form in forms):
                missing.append(fact.text)
        elif not _contains(plain, fact.text, case=True):
            missing.append(fact.text)
    have = sum(_negation_count(w) for w in plain_words)
    if have < negations:
        missing.extend(["not"] * (negations - have))
    for modal, count in wanted_modals.items():
        if plain_modals[modal] < count:
            missing.extend([modal] * (count - plain_modals[modal]))
    return missing


def _invented(original: str, plain: str | Sequence[str], allowed: Mapping[str, str]) -> list[str]:
    known = original.lower() + " " + " ".join(f"{k} {v}" for k, v in allowed.items()).lower()
    known_numbers = {n for f in extract(original) if f.kind == "number" for n in number_forms(f)}
    invented: list[str] = []
    plain_text = plain if isinstance(plain, str) else " ".join(plain)
    for match in _DIGITS.finditer(plain_text):
        if not _contains(known, match.group(0)) and match.group(0) not in known_numbers:
            invented.append(match.group(0))
    for name in names_in(plain, rare_starts=True):
        if name.lower() not in known:
            invented.append(name)
    return list(dict.fromkeys(invented))


def number_forms(fact: Fact | str) -> tuple[str, ...]:
    """The ways a plain version may write a number: as written, in digits or in words."""
    text = str(fact).lower()
    forms = [text]
    if text in NUMBER_WORDS and NUMBER_WORDS[text] > 0:
        forms.append(str(NUMBER_WORDS[text]))
        forms.append(f"{NUMBER_WORDS[text]:,}")
    elif text.isdigit() and int(text) <= 100:
        forms.extend(_number_words(int(text)))
    return tuple(forms)


@lru_cache(maxsize=256)
def _number_words(value: int) -> tuple[str, ...]:
    from num2words import num2words

    return (num2words(value),)


def _shorten(original: str | Sequence[str], long_name: str, short: str) -> str | list[str]:
    """The original with each exact occurrence of `long_name` written as `short`."""
    if isinstance(original, str):
        return original.replace(long_name, short)
    return [sentence.replace(long_name, short) for sentence in original]


def _range_kept(text: str, plain: str) -> bool:
    """A range ("1872–1951") is kept when the plain version says both ends ("from 1872 to 1951")."""
    ends = re.fullmatch(r"(\d+)[–-](\d+)", text)
    return ends is not None and all(_contains(plain, end) for end in ends.groups())


def _contains(text: str, form: str, case: bool = False) -> bool:
    flags = 0 if case else re.IGNORECASE
    return re.search(rf"(?<![\w-]){re.escape(form)}(?![\w])", text, flags) is not None or (
        # Inside a compound ("COVID-related") a name is still kept.
        re.search(rf"(?<![\w]){re.escape(form)}(?=-)", text, flags) is not None
    )


_NO_DENIAL: Final = re.compile(
    r"\b(?:without (?:any |further )?delay|(?:no|not) later than|in the not too distant future)\b",
    re.IGNORECASE,
)
"""Phrases whose "no", "not" or "without" denies nothing: "without delay" is "at once", "no
later than 5 May" is "by 5 May". The plain words for them carry no negation, and need none."""


def _negation_count(word: str) -> int:
    word = word.replace("’", "'")
    if word in NEGATIONS or word in OTHER_NEGATIONS:
        return 1
    if len(word) > 2 and word.startswith("n'") and word[2].isalpha():
        return 1  # French "n'est", "n'a"
    return 1 if word.endswith("n't") else 0


def _modal_counts(text: str, lenient: bool = False) -> Counter[str]:
    lower = text.lower().replace("’", "'")
    counts: Counter[str] = Counter()
    for modal in MODALS:
        forms = _MODAL_FORMS[modal] if lenient else (modal,)
        if not lenient and modal == "will":
            forms = ("will", "won't")
        if not lenient and modal == "can":
            forms = ("can", "cannot", "can't")
        for form in forms:
            # "May" the month is a date, not a modal: only lowercase counts.
            before = "" if form.startswith("'") else r"(?<![\w])"
            source = text.replace("’", "'") if modal == "may" else lower
            counts[modal] += len(_modal_pattern(before, form).findall(source))
    # The noun "will" ("the will of the people", "political will") is no modal; "can" as a
    # noun is rarer still.
    nouns = len(_NOUN_WILL.findall(lower))
    for modal in ("will", "shall") if lenient else ("will",):
        counts[modal] -= nouns
    return counts


_NOUN_WILL: Final = re.compile(
    r"(?<![\w'])(?:the|a|an|our|their|his|her|its|my|your|whose|political|good|free|ill"
    r"|collective|popular|sovereign|strong|shared)\s+will(?![\w'])"
)
""""will" after a determiner or an adjective: the noun ("the will of the people")."""


@lru_cache(maxsize=256)
def _modal_pattern(before: str, form: str) -> re.Pattern[str]:
    """A modal's form as a whole word, compiled once."""
    return re.compile(rf"{before}{re.escape(form)}(?![\w])")


def _strip_possessive(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


@lru_cache(maxsize=4096)
def _is_rare(word: str, below: float = 3.0) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") < below


@lru_cache(maxsize=4096)
def _is_function_word(word: str) -> bool:
    """True for "The", "In", "Our" ...: a capital there marks the sentence, not a name."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= 5.5


def lost_paragraph_numbers(original: Sequence[str], plain: Sequence[str]) -> tuple[str, ...]:
    """The original's paragraph numbers ("3.", "(a)") that the plain version's paragraphs lack.

    A paragraph's number is not one of its words: it is kept apart from them, so the "1." of
    paragraph 1 is never counted as a lost or invented "1". But people cite a paragraph by its
    number, so a plain version that drops or changes one must not pass in silence. Each lost
    number is told as "paragraph 3." (a change of "3." to "3)" is no loss).
    """

    def key(marker: str) -> str:
        return marker.strip().strip("().")

    left = Counter(key(marker) for marker in plain if marker)
    lost: list[str] = []
    for marker in original:
        if not marker:
            continue
        if left[key(marker)] > 0:
            left[key(marker)] -= 1
        else:
            lost.append(f"paragraph {marker}")
    return tuple(lost)
