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
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Final

from pipeline.models import (
    NOT_REWRITTEN,
    FactCheck,
    PlainSection,
    Section,
    SectionKind,
    StatementMeta,
)
from pipeline.stages import factguard
from pipeline.text import markdown_to_plain, split_sentences

LONG_SENTENCE_WORDS: Final = 20
"""Sentences longer than this are candidates for splitting (plain-language guides say 15-20)."""
PASS_THRESHOLDS: Final = (20, 14, 10)
"""Sentence length above which each pass may split; later passes run only when still too hard."""
WELL_KNOWN_ZIPF: Final = 3.8
"""Acronyms at least this common in English (wordfreq) need no explanation: UN, NATO, COVID-19."""
DEFAULT_TARGET_GRADE: Final = 8.0

_FUNCTION_WORDS: Final = frozenset(
    "a an the this that these those our their its his her my your we they it he she i you and or "
    "but of to in on at by for with from as is are was were be been being has have had do does "
    "did not no so if than then there here which who whom whose what when where why how all any "
    "each every some such more most very".split()
)


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
    long_words: int = LONG_SENTENCE_WORDS
    """Sentences with more words than this may be split in the current pass."""
    allowed: dict[str, str] = field(default_factory=dict)
    """Short forms the rewriter expanded (acronym → expansion), for the fact guard."""
    fallbacks: list[str] = field(default_factory=list)
    """Sentences whose rewrite failed the fact guard and were kept as they were."""
    short_forms: dict[str, str] = field(default_factory=dict)
    """Long names shortened after their first mention (name → head), for the fact guard."""
    text: str = ""
    """The whole text being rewritten (a section, or one line), for rules that must know whether
    a short form is used again further on."""
    introduced: set[str] = field(default_factory=set)
    """Plain words the lexicon put in: a later pass leaves them alone, so "marginalized" →
    "excluded" is not made "left out" as well, a meaning the speaker did not give."""


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


@lru_cache(maxsize=1)
def _phrase_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Hyphenated words ("multi-lateral") are matched whole here: the word rule skips the
    # parts of a compound, so such entries count as phrases.
    phrases = sorted((k for k in load_plain_words() if " " in k or "-" in k), key=len, reverse=True)
    return tuple(
        (p, re.compile(rf"(?<![\w-]){re.escape(p)}(?![\w-])", re.IGNORECASE)) for p in phrases
    )


# --- discourse rules ---------------------------------------------------------------------------


def tidy_list_item(sentence: str, context: RuleContext) -> list[str]:
    """A list item ends like a sentence, so it is read and spoken as one idea.

    Items often end with ';' or ',' and start with 'And'; in the plain version each stands alone.
    """
    tidy = re.sub(r"[;,]\s*$", ".", sentence.strip())
    tidy = re.sub(r"^(?:and|or)\s+(?=\w)", "", tidy, flags=re.IGNORECASE)
    if not re.search(r"[.!?:]$", tidy):
        tidy += "."
    return [_capitalise(tidy)]


def is_rewritten(lang: str) -> bool:
    """Whether the rules know the language: English (en, en-GB, en_US …) only."""
    return lang.replace("_", "-").split("-")[0].lower() == "en"


def short_greeting(text: str) -> str:
    """The ceremonial greeting becomes one short line; whoever is named in it is kept.

    "Mr Chairperson, Excellencies, distinguished guests," says "hello" to the room; a listener
    gains nothing from the list of titles, but a named person is a fact and stays, with the
    role that goes with the name ("Volkan Bozkir, President of the General Assembly"), so a
    name of several words is never cut into a list of single words.
    """
    kept: list[str] = []
    for part in _GREETING_PART.split(text):
        words = part.strip(" \t\u2022*-\u2013\u2014:.").split()
        if words and words[0].lower() in ("and", "&"):
            words = words[1:]  # the list's own "and": the line adds its own
        if not factguard.names_in(" ".join(words)):
            continue  # a form of address alone: "Excellencies", "Distinguished Delegates"
        start = 0
        while start < len(words) - 1 and words[start].lower().strip(".") in _COURTESIES:
            start += 1
        words = words[start:]  # "Mr Guterres" -> "Guterres"; "Vice President Harris" stays
        if len(words) > 2 and words[1] == "of" and words[0].lower() in factguard.HONORIFICS:
            # "Mr President of the General Assembly" -> "the President of the General Assembly"
            words = ["the", *words]
        kept.append(" ".join(words))
    kept = list(dict.fromkeys(kept))
    if not kept:
        return "Hello to you all."
    if len(kept) == 1:
        return f"Hello to {kept[0]} and to you all."
    return f"Hello to {', '.join(kept)}, and to you all."


_GREETING_PART: Final = re.compile(r"[,;\n]+")
_COURTESIES: Final = frozenset(
    "mr mrs ms miss mister madam madame sir dame dr excellency his her your honourable "
    "honorable hon dear distinguished the".split()
)
"""Polite forms a greeting drops before a name; an office ("Vice President Harris") stays."""


def title_sentences(meta: StatementMeta, source: str = "") -> list[str]:
    """The title block told as short sentences: who spoke, in what role, at what, where, when.

    Title lines are labels ("Jürgen Stock, INTERPOL Secretary General"), read as one long
    run-on line. Told as sentences from the fields the split stage read out of them, every
    name, number and date stays as written and a reader learns who, what, where and when.
    Returns nothing when the block has no speaker: then there is no one to tell about.
    `source` is the block's own text: a date it labels "Published:" dates the page, not the
    speech, and is told as such ("It was published on …"), never as the day it "took place".
    """
    if not meta.speaker:
        return []
    title = meta.title.strip().rstrip(".")
    speaker = meta.speaker.strip()
    sentences = [f"{title} by {speaker}." if speaker not in title else f"{title}."]
    if meta.speaker_role and meta.speaker_role not in title:
        sentences.append(f"{speaker} is {_with_article(meta.speaker_role)}.")
    if meta.event and meta.event not in title:
        event, _, part = (p.strip() for p in meta.event.partition(" – "))
        sentences.append(f"The statement was made for {_with_article(event)}.")
        if part:
            sentences.append(f"It was part of {_with_article(part)}.")
    where = " in " + meta.place.strip() if meta.place else ""
    when = " on " + meta.date_text.strip() if meta.date_text else ""
    label = date_label(meta, source)
    if label is not None:
        # The page's date, not the speech's: "It took place on" would invent a fact.
        if where:
            sentences.append(f"{'It took place' if meta.event else 'It was given'}{where}.")
        sentences.append(f"It was {label}{when}.")
    elif where or when:
        subject = "It took place" if meta.event else "It was given"
        sentences.append(f"{subject}{where}{',' if where and when else ''}{when}.")
    for note in meta.notes:
        if note.lower() == "as delivered":
            sentences.append("This is the text as delivered.")
        else:
            sentences.append(f"Note: {note.rstrip('.')}.")
    return sentences


def date_label(meta: StatementMeta, source: str) -> str | None:
    """The word `source` dates the page with ("published"), or None for the speech's own date.

    "Published: 24.09.2024" (or "Posted:", "Updated:") says when the page went up, which may
    not be the day the speech was given.
    """
    if not meta.date_text:
        return None
    label = re.search(
        rf"\b(published|posted|updated)\s*:?\s*{re.escape(meta.date_text)}", source, re.I
    )
    return label[1].lower() if label else None


def _with_article(phrase: str) -> str:
    """A role or event takes "the" ("the INTERPOL Secretary General") unless it has one."""
    if re.match(r"(?:the|a|an|his|her|their|its)\s", phrase, re.IGNORECASE):
        return phrase
    return f"the {phrase}"


def drop_stage_directions(sentence: str, context: RuleContext) -> list[str]:
    """Transcript notes such as "(Applause.)" were not said; the plain version drops them."""
    # "tax credit -- (applause) -- to encourage": the dashes set the note apart and go with it.
    stripped = re.sub(
        rf"\s+(--|[–—])(?:{factguard.STAGE_DIRECTION.pattern})\s+\1(?=\s)",
        "",
        sentence,
        flags=re.IGNORECASE,
    )
    stripped = re.sub(factguard.STAGE_DIRECTION, "", stripped).strip()
    if re.fullmatch(r"\[[^\[\]]+\]", stripped):
        # "[At this point, a moment of silence was observed.]": a transcript's own note.
        stripped = ""
    if stripped != sentence.strip():
        context.changes.append("dropped a transcript note")
    return [stripped] if stripped else []


# --- word rules --------------------------------------------------------------------------------


def replace_phrases(sentence: str, context: RuleContext) -> list[str]:
    """Wordy phrases become short ones ("in the midst of" → "during"): fewer words, same meaning.

    A phrase written with capitals in the middle of a sentence is part of a name and is kept.
    """
    result = sentence
    for phrase, pattern in _phrase_patterns():
        if phrase.split(" ", 1)[0] not in result.lower():
            continue

        def swap(match: re.Match[str], phrase: str = phrase) -> str:
            found = match.group(0)
            if match.start() > 0 and any(w[:1].isupper() for w in found.split()):
                return found
            plain = context.words[phrase].plain
            after = match.string[match.end() :]
            if plain.endswith(" as") and re.match(
                rf"\s*(?:[,.;:!?]|$|(?:{_NOT_AFTER_AS})\b)", after
            ):
                # "was considered by many", "was considered until": "seen as" needs a noun.
                return found
            context.changes.append(f"{found} → {plain}")
            return _match_case(found, plain)

        result = pattern.sub(swap, result)
    return [_fix_articles(result)]


_NOT_AFTER_AS: Final = "by|until|when|while|for|in|to|because|after|before|and|or|but|that|if"
"""Words that cannot follow "seen as": the phrase it replaces was not followed by a noun."""

_QUANTITY_NOUNS: Final = frozenset("number numbers level levels amount amounts rise growth".split())
_BEFORE_QUANTITY: Final = {"unprecedented": "record"}
"""One-word plain forms that fit before a quantity ("a record number of"), where the lexicon's
phrase ("never seen before") cannot go."""

_DETERMINERS: Final = frozenset(
    "the a an this that these those its their his her our my your each every".split()
)
_WORD_TOKEN: Final = re.compile(r"(?<![\w'’-])[A-Za-z][a-z]+(?![\w'’-])")


_LINKING_VERBS: Final = frozenset("is are was were be been being seems seem remains remain".split())
_GERUND_PREPOSITIONS: Final = frozenset(
    "by after before while when without since through upon".split()
)
"""Prepositions after which an -ing word before a noun takes it as its object ("by
implementing reforms"); after "of", "in" or "with" it is as often an adjective ("of
devastating floods", "in emerging markets"), so there it stays."""
_PROGRESSIVE_AUXILIARIES: Final = frozenset("are were am be been being".split())
"""After these an -ing word before a noun is a verb with its object; after "is" it is as often
an adjective ("this is devastating news"), so there it stays."""
_NOT_NOUNS: Final = _DETERMINERS | frozenset(
    "all any some no them it us him me you how what whether "
    "to in on at of for from with by as".split()
)
_CATENATIVE_VERBS: Final = frozenset(
    "continue continues continued keep keeps kept start starts started stop stops stopped "
    "begin begins began avoid avoids avoided consider considers considered".split()
)
_CLAUSE_OPENERS: Final = frozenset("that we they you everyone everybody".split())
_STAY_FORMS: Final = {"remain": "stay", "remained": "stayed"}
_STAY_NOT_STATES: Final = frozenset(
    "about above after over under near off out up down inside outside past behind beyond "
    "below around so such".split()
)
"""Words lemminflect may call adjectives that say where or how much, not a state."""
_STAY: Final = re.compile(
    r"(?<!the )(?<!its )(?<!their )(?<!what )(?<!which )\b(remain|remained)\b"
    r"(?= (?:open|closed|in|at|on|under|until|active|part|a|an|the|one|[a-z]+ly|"
    r"[a-z]+(?:ed|al|ive|ous|ful|ent|ant|ic|able|ible|ar)|(?P<adjective>[a-z]+))\b)",
    re.IGNORECASE,
)
"""The verb "remain" before a state ("remained open", "remain in force") is "stay"; the noun
"remains", "what remained of" and "the remaining" keep their word."""


def _ing_is_verb(sentence: str, tokens: list[re.Match[str]], index: int) -> bool:
    """Whether an -ing word works as a verb here, so the verb's plain form may replace it.

    Before a noun it is a verb only opening a clause (", incorporating elements"), after a
    gerund's preposition ("by implementing reforms"), "are" or a verb such as "keep"; elsewhere it
    describes the noun ("of devastating floods", "bring manufacturing jobs"). At the end of
    a phrase it is a noun or an adjective after a determiner, a name, an adjective or "is"
    ("American manufacturing", "is compelling and farsighted"). Anywhere else, with an
    object, a preposition or a number after it ("the last occurring in 1991", "never
    exceeding 20 mm"), it is a verb.
    """
    match = tokens[index]
    previous = tokens[index - 1] if index > 0 else None
    previous_word = previous.group(0).lower() if previous else ""
    before = sentence[: match.start()].rstrip()
    after = sentence[match.end() :]
    clause_start = not before or before.endswith((",", ";", ":", "—", "–"))
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    next_is_noun = (
        following is not None
        and after[: following.start() - match.end()] == " "
        and following.group(0).islower()
        and following.group(0) not in _NOT_NOUNS
        and not following.group(0).endswith("ly")
        and _is_noun(following.group(0))
    )
    if next_is_noun:
        two_back = tokens[index - 2].group(0).lower() if index > 1 else ""
        return (
            clause_start
            or previous_word in _GERUND_PREPOSITIONS
            or previous_word in _CATENATIVE_VERBS
            # "they are implementing reforms", but "there are compelling reasons"
            or (previous_word in _PROGRESSIVE_AUXILIARIES and two_back != "there")
        )
    if re.match(r"\s*(?:[,.;:!?)]|and\b|or\b|$)", after):
        return not (
            previous_word in _LINKING_VERBS
            or previous_word in _DETERMINERS
            or (previous is not None and previous.group(0)[:1].isupper() and not clause_start)
            or _is_adjective(previous_word)
            # "to protect manufacturing.": the object of a verb that is nothing else, a noun.
            or (
                previous_word not in _CATENATIVE_VERBS | _PROGRESSIVE_AUXILIARIES
                and _is_verb_only(previous_word)
            )
        )
    if not before and following is not None and following.group(0) in _SUBJECT_VERBS:
        return False  # "Manufacturing is growing": the -ing word is the subject, a noun
    # "protect manufacturing that has been hurt", "protect manufacturing in the region": right
    # after a verb that is nothing else, with no noun to take, the -ing word is its object.
    return not (
        previous_word not in _CATENATIVE_VERBS | _PROGRESSIVE_AUXILIARIES | _LINKING_VERBS
        and _is_verb_only(previous_word)
    )


_SUBJECT_VERBS: Final = frozenset(
    "is are was were has have had will would can could may might must should does did".split()
)
"""Finite verbs that, right after a sentence's first word, make that word their subject."""


@lru_cache(maxsize=4096)
def _is_verb_only(word: str) -> bool:
    """True for a word English uses only as a verb ("protect", "rebuild"), not "support"."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return word not in _FUNCTION_WORDS and set(lemmas) == {"VERB"}


def _context_swaps(sentence: str, context: RuleContext) -> str:
    """Word swaps that depend on the words around them, applied in order and logged."""
    for label, swap in _CONTEXT_SWAPS:
        swapped = swap(sentence)
        if swapped != sentence:
            context.changes.append(label)
            sentence = swapped
    return sentence


def _stay_before_state(sentence: str) -> str:
    """The verb "remain" before a state is "stay" ("remained open" → "stayed open")."""
    return _STAY.sub(
        lambda m: (
            _match_case(m[1], _STAY_FORMS[m[1].lower()])
            if m["adjective"] is None
            or (_is_adjective(m["adjective"]) and m["adjective"].lower() not in _STAY_NOT_STATES)
            else m[0]
        ),
        sentence,
    )


def _including_as_like(sentence: str) -> str:
    """A closing ", including X" gives examples, as "like" does.

    After a count ("40 people, including 12 children") it says "of whom", and there it stays.
    An aside that the sentence goes on after (", including X, is …") is left to
    `split_parenthetical`; so is one inside the subject, before the sentence's verb
    ("civilians, including children, bear the brunt"), where "like" would compare the
    civilians with the children instead of counting the children among them.
    """
    return re.sub(
        r"\b([a-z]+), including (?=[a-z])(?![a-z]+ly\b)(?=[^;:()–—]*[.!?]?$)"
        r"(?![^.!?]*, (?:is|are|was|were|has|have)\b)",
        lambda m: (
            f"{m[1]}, like "
            if _is_plural_noun(m[1])
            and not re.search(r"\d", m.string[: m.start()])
            and _has_finite_verb(m.string[: m.start()])
            else m[0]
        ),
        sentence,
    )


def _additional_as_more(sentence: str) -> str:
    """Say "more" for "additional" ("more funds") and "another" for "an additional".

    After "the" or before a number ("an additional 50 officers") it stays.
    """
    more = re.sub(r"\b([Aa])n additional (?=[a-z])", lambda m: f"{m[1]}nother ", sentence)
    return re.sub(
        r"(?<!the )(?<!an )(?<!any )\b([Aa])dditional (?=[a-z])",
        lambda m: "More " if m[1] == "A" else "more ",
        more,
    )


def _known_as_called(sentence: str) -> str:
    """Say "called" for "known as" ("an area known as the Bay Area", "is sometimes known as").

    After "best", "well" or "became" it says "famous as" and stays.
    """
    return re.sub(
        r"(?<!best )(?<!well )(?<!became )(?<!become )(?<!becomes )(?<!becoming )"
        r"(?<![\w-])([Kk])nown as\b",
        lambda m: "Called" if m[1] == "K" else "called",
        sentence,
    )


_SOUGHT_PASSIVE: Final = re.compile(
    r"\b(be|been|being|is|are|was|were)((?: [a-z]+ly)?) sought\b(?![\w-])(?! to\b)"
)


def _sought_as_asked_for(sentence: str) -> str:
    """A thing sought from people is asked for: "input will be sought" → "will be asked for".

    The lexicon's "seek → look for" suits "seek help", but "will be looked for" says the
    input was lost.
    """
    return _SOUGHT_PASSIVE.sub(r"\1\2 asked for", sentence)


def _had_been_as_past(sentence: str) -> str:
    """Tell "had been" in the simple past: "had been closed" → "was closed"."""
    return re.sub(
        r"\b(?!(?:that|which|who|what)\b)"
        r"(?:(?!(?:this|his|its|thus|news|series|species)\b)(they|we|you|[a-z]+[^s\W]s)|([A-Za-z]+))"
        r" had been\b",
        lambda m: f"{m[1]} were" if m[1] else f"{m[2]} was",
        sentence,
    )


_NUMBER_WORDS: Final = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    "fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|"
    "billion|billions|dozen|dozens"
)


def _some_as_about(sentence: str) -> str:
    """Say "about" for "some" before a number ("some eight victims" → "about eight victims").

    Before a number "some" means "roughly", which a reader may take for "a few of"; "about"
    says it plainly. The number itself is untouched.
    """
    return re.sub(
        rf"(?<![\w-])([Ss])ome (?=(?:\d|(?:{_NUMBER_WORDS})\b))",
        lambda m: "About " if m[1] == "S" else "about ",
        sentence,
    )


_MONTHS: Final = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_PREMIERED: Final = re.compile(
    rf"\b(?:(?P<be>was|were) )?premiered(?= (?:in|on|at|{_MONTHS}|\d)\b)"
)


def _premiered_as_first_shown(sentence: str) -> str:
    """Say "was first shown" for "premiered" ("The film premiered in Mexico City").

    Only where a place or a date follows, so the word is the intransitive past; "were" after
    a plural noun or "they".
    """

    def swap(match: re.Match[str]) -> str:
        if match["be"]:
            return f"{match['be']} first shown"
        previous = re.findall(r"[\w'’]+", sentence[: match.start()])[-1:]
        plural = bool(previous) and (
            previous[0].lower() == "they" or _is_plural_noun(previous[0].lower())
        )
        return "were first shown" if plural else "was first shown"

    return _PREMIERED.sub(swap, sentence)


_SINCE: Final = re.compile(r"(?P<lead>^|, )(?P<since>[Ss]ince) (?P<clause>[^,;:.!?]+)")
_REASON_VERBS: Final = frozenset("is are does do can cannot must".split())


def _since_as_because(sentence: str) -> str:
    """Say "because" for "since" that gives a reason ("since Eros is not a sphere").

    "since" also tells a time ("since 1990", "since he arrived"); a time clause after it is
    told in the past or goes with a perfect ("Since 1980 the pastor has been"), so only a
    present verb ("is", "carries") within its first six words marks the reason for sure.
    """

    def swap(match: re.Match[str]) -> str:
        words = match["clause"].split()[:6]
        for index in range(1, len(words)):  # the first word is the subject's
            word = words[index]
            reason = word in _REASON_VERBS or (
                word not in _SUBJECT_VERBS
                and _is_present_verb(word)
                and not _is_plural_noun_here(words, index)
            )
            if reason:
                because = "Because" if match["since"] == "Since" else "because"
                return f"{match['lead']}{because} {match['clause']}"
            if word in _SUBJECT_VERBS or _is_past_verb(word):
                break  # "has been", "was": a time
        return match[0]

    return _SINCE.sub(swap, sentence)


_FOR_NOUN_WORDS: Final = frozenset("and or of the a an more better faster new".split())
_ENABLE_OBJECT: Final = re.compile(
    r"\b(?P<noun>[a-z]+) to (?:enable|facilitate) "
    r"(?P<object>[a-z-]+(?:,? [a-z-]+){0,6})(?P<end>[.!?]?)$"
)


def _enable_as_for(sentence: str) -> str:
    """A thing "to enable X" is a thing "for X": "a platform to enable investigations".

    When what is enabled is a plain noun phrase that closes the sentence, the verb only says
    what the thing is for, and "for" says it in one short word. A verb inside the phrase
    ("to enable countries to share data") or a noun that takes an infinitive of its own
    ("the power to enable change") keeps the wording.
    """
    match = _ENABLE_OBJECT.search(sentence)
    if match is None or match["noun"] in _INFINITIVE_NOUNS or not _may_be_noun(match["noun"]):
        return sentence
    before = re.findall(r"[\w'’-]+", sentence[: match.start()])[-1:]
    if not before or not (
        before[0] in _DETERMINERS or before[0] == "of" or _is_adjective(before[0])
    ):
        # "We pay to enable access", "This helps to enable growth": a verb, not a thing.
        return sentence
    words = match["object"].replace(",", "").split()
    if words[0] in _FOR_NOUN_WORDS - {"a", "an", "the", "more", "better", "faster", "new"}:
        return sentence
    for word in words:
        if word in _FOR_NOUN_WORDS or "-" in word:
            continue
        if (
            word in _FUNCTION_WORDS
            or word in _OBJECT_PRONOUNS.values()
            or not (_may_be_noun(word) or _is_adjective(word))
        ):
            return sentence
        if _is_base_verb(word) and not _is_noun(word) and not _is_adjective(word):
            return sentence
    if not (_is_plural_noun(words[-1]) or _may_be_noun(words[-1])):
        return sentence
    return f"{sentence[: match.start()]}{match['noun']} for {match['object']}{match['end']}"


def _rather_than_as_instead_of(sentence: str) -> str:
    """The words "rather than" before a noun phrase or an -ing form are "instead of".

    "nests rather than burrows" and "rather than contracting" read the same as "instead of";
    before a bare verb ("rather than focus only on …", "would rather than") it stays, as
    "instead of focus" is not English.
    """

    def swap(match: re.Match[str]) -> str:
        after = match.group(2)
        fits = (
            after.endswith("ing")
            or after.lower() in _DETERMINERS | {"just", "only", "being", "by"}
            or after[:1].isupper()
            or (_is_plural_noun(after) and not _is_present_verb(after))
            or ((_is_noun(after) or _is_adjective(after)) and not _is_base_verb(after))
        )
        if not fits or re.search(r"\b(?:would|had|'d)\s*$", sentence[: match.start()]):
            return match.group(0)
        return f"{_match_case(match.group(1), 'instead')} of {after}"

    return re.sub(r"\b(rather) than ([A-Za-z][A-Za-z-]*)", swap, sentence, flags=re.IGNORECASE)


_THAT_KEPT_BEFORE: Final = (
    "prior|before|after|in|on|at|during|when|if|because|since|while|although|though|by|"
    "for|until|unless|once|despite|without|with|under|from|as"
)
"""Words after "said that" that open a phrase before the clause: "that" stays, or "It is said
prior to the attacks …" would tell when it was said."""


def _estimated_as_about(sentence: str) -> str:
    """An estimate before a number is "about": "an estimated 15 million" → "about 15 million"."""
    return re.sub(
        r"\b([Aa])n estimated (?=\d)", lambda m: _match_case(m[1], "a") + "bout ", sentence
    )


_VERBS_BEFORE_ING: Final = _CATENATIVE_VERBS | frozenset(
    "enjoy enjoys mind minds like likes love loves hate hates risk risks".split()
)
"""Verbs an -ing form may follow as their object ("keep following the car")."""
_CONTEXT_SWAPS: Final[tuple[tuple[str, Callable[[str], str]], ...]] = (
    ("remain → stay", _stay_before_state),
    ("including → like", _including_as_like),
    ("additional → more", _additional_as_more),
    ("known as → called", _known_as_called),
    ("sought → asked for (passive)", _sought_as_asked_for),
    ("had been → was", _had_been_as_past),
    ("some → about (before a number)", _some_as_about),
    ("since → because (a reason)", _since_as_because),
    ("premiered → was first shown", _premiered_as_first_shown),
    ("to enable X → for X", _enable_as_for),
    ("rather than → instead of", _rather_than_as_instead_of),
    ("an estimated N → about N", _estimated_as_about),
)


def replace_words(sentence: str, context: RuleContext) -> list[str]:
    """Hard words become common ones, keeping inflection and fitting the context.

    - Names are never touched: a capitalised word is skipped unless it starts the sentence,
      and words inside hyphenated compounds ("COVID-related") are left alone.
    - "more resilient" becomes "stronger", not "more strong".
    - An adjective whose plain side is a phrase ("unprecedented" → "never seen before") goes
      after its noun ("circumstances never seen before") or is left alone when that would read
      badly ("an unprecedented number of").
    """
    sentence = _context_swaps(sentence, context)
    tokens = list(_WORD_TOKEN.finditer(sentence))
    out: list[str] = []
    position = 0
    skip_until = -1
    for index, match in enumerate(tokens):
        if match.start() < skip_until:
            continue
        word = match.group(0)
        if (word[0].isupper() and match.start() > 0) or word.lower() in context.introduced:
            continue
        previous_word = tokens[index - 1].group(0).lower() if index > 0 else ""
        if (
            word.endswith("ing")
            and previous_word in _DETERMINERS
            and word.lower() not in context.words
        ):
            # "the remaining members": an -ing form after "the" works as an adjective, and
            # the verb's plain form would not ("the staying members").
            continue
        next_word = tokens[index + 1].group(0).lower() if index + 1 < len(tokens) else ""
        if (
            word.endswith("ing")
            and word.lower() not in context.words
            and not _ing_is_verb(sentence, tokens, index)
        ):
            # "compelling evidence", "of devastating floods", "American manufacturing", "is
            # compelling and farsighted": an adjective or a noun, which the verb's plain form
            # would not say ("forcing evidence", "American making").
            continue
        participle: bool | None = previous_word in _PARTICIPLE_AUXILIARIES or (
            # "are generally perceived", "has since expanded": an adverb may stand between.
            (previous_word.endswith("ly") or previous_word in _BETWEEN_AUXILIARY_AND_VERB)
            and index > 1
            and tokens[index - 2].group(0).lower() in _PARTICIPLE_AUXILIARIES
        )
        if (
            not participle
            and next_word in _AFTER_A_PARTICIPLE
            and index > 0
            and sentence[tokens[index - 1].end() : match.start()] == " "
            and previous_word not in _FUNCTION_WORDS
            and _has_finite_verb(sentence[: tokens[index - 1].start()])
        ):
            # "They spent the funds obtained from …": a verb came before, so this may be a
            # participle; "The show expanded from …" has none, and is the sentence's verb.
            participle = None
        entry_plain = _plain_form(word.lower(), context.words, participle)
        if entry_plain is None:
            continue
        replacement, pos = entry_plain
        if pos == "adj" and word.endswith("ed") and previous_word in ("be", "been", "being"):
            # "will be marginalized" is done to it, a verb: the adjective's plain word
            # ("marginalized groups" → "excluded groups") would say something else.
            continue
        if (
            pos == "verb"
            and previous_word in _DETERMINERS - {"that"}
            and index > 0
            and sentence[tokens[index - 1].end() : match.start()] == " "
        ):
            # "an assist", "the supply": a noun here; the verb's plain word ("a help") is not.
            continue
        if (
            pos == "verb"
            and next_word == "of"
            and _is_adjective(previous_word)
            and not _is_verb_form(previous_word)
        ):
            # "the illegal manufacture of guns": a noun again, after its adjective.
            continue
        if _OBLIGES.match(word) and re.match(
            r"(?:\s+(?:[\w$.'’-]|,(?=\d))+){1,8}?\s+to\s+[a-z]+", sentence[match.end() :]
        ):
            # "requires employers to keep records" obliges them; "needs employers to keep"
            # would say it depends on them. A figure's commas ("a $100,000 payment to
            # accompany") are part of the object.
            continue
        if pos == "noun" and previous_word in _LINKING_VERBS and _is_adjective(word.lower()):
            # "It is imperative for us to act": an adjective after "is", which the noun's
            # plain word ("It is urgent need") would not be.
            continue
        if pos == "noun" and replacement in ("need", "needs") and next_word == "of":
            # "the necessity of acting" is "the need for acting"; "the need of" is not said.
            continue
        if word.lower() == "located" and previous_word not in ("was", "were", "been", "had"):
            # "while located 50 mi northeast of …" tells where a thing is; "found" would say
            # someone came upon it. Only a past event ("was located in 1985") is "found".
            # Before "at", "in", "near" …, the place says it alone: "a roller coaster at X".
            place = re.match(
                r" (?:(?:at|in|on|near|along|within|inside|off)\b"
                r"|(?:(?:about|nearly|almost|some) )?\d)",
                sentence[match.end() :],
            )
            if (
                place is not None
                and index > 0
                and previous_word not in _FUNCTION_WORDS
                and not previous_word.endswith("ly")
                and sentence[tokens[index - 1].end() : match.start()] == " "
            ):
                out.append(sentence[position : tokens[index - 1].end()])
                context.changes.append(
                    f"{word} {place.group(0).strip()} → {place.group(0).strip()}"
                )
                position = match.end()
            continue
        if word.lower() in _PORTRAY_AS_PLAY and re.match(
            r"\s+(?:(?:the|a|an|his|her|their)\s+(?:[a-z]+\s+)?(?:character|role|part)\b"
            r"|by\s+[A-Z]|[A-Z])",
            sentence[match.end() :],
        ):
            # An actor "portrayed the character Alexx Woods" and Hoffman "was portrayed by
            # Michael Lembeck": played, not "showed".
            replacement = _PORTRAY_AS_PLAY[word.lower()]
        if word.lower() == "equilibrium" and (
            next_word in _EQUILIBRIUM_TERMS
            or (index > 1 and tokens[index - 1].group(0)[:1].isupper())
        ):
            # "equilibrium theory" and "Nash equilibrium" are terms of art.
            continue
        if (
            " " in replacement
            and replacement.rsplit(" ", 1)[-1] in _SPLIT_PARTICLES
            and next_word in _PRONOUN_OBJECTS
        ):
            # "expelled it" cannot be "threw out it": a pronoun goes inside a phrasal verb.
            continue
        if replacement.lower() == next_word:
            # "various different services" would become "different different services".
            continue
        if word.lower() == "identical" and previous_word != "the":
            if previous_word not in _LINKING_VERBS or not re.match(
                r"\s*(?:[,.;:!?]|$)|\s+(?:in|or|and)\b", sentence[match.end() :]
            ):
                # "identical twins" are not "same twins".
                continue
            # "The ethos is identical." → "… is the same.": "same" needs its article.
            replacement = "the same"
        raw_next = re.match(r"\s+([a-z]+)\b", sentence[match.end() :])
        if replacement == "gotten" and re.search(
            r"\b(?:is|are|was|were|be|been|being)(?:\s+[a-z]+ly)?\s+$", sentence[: match.start()]
        ):
            # "was poorly received by critics" is not "was poorly gotten": "get" has no
            # passive in plain writing.
            continue
        if replacement == "leading" and previous_word in ("more", "most"):
            # "the most prominent" cannot be "the most leading".
            continue
        if (
            word.lower() == "distributed"
            and raw_next is not None
            and (_is_noun(raw_next.group(1)) or _is_adjective(raw_next.group(1)))
            and (previous_word.endswith("ly") or previous_word in _DETERMINERS)
        ):
            # "evenly distributed resolution", "a distributed system": an adjective, which
            # "handed out" is not.
            continue
        if (
            word.lower() == "extensive"
            and raw_next is not None
            and raw_next.group(1) not in _WIDE_NOUNS
        ):
            # "a wide range" is said, but "extensive damage" is not "wide damage".
            continue
        raw_previous = re.search(r"\b([A-Za-z]+)\s+$", sentence[: match.start()])
        if (
            word.lower() == "designated"
            and raw_next is not None
            and raw_next.group(1) not in _FUNCTION_WORDS
            and _is_noun(raw_next.group(1))
            and (raw_previous is None or raw_previous.group(1).lower() not in _LINKING_VERBS)
        ):
            # "a designated hitter", "a designated area": a fixed term, not a "named" one.
            continue
        if word.lower().startswith("manufactur") and (
            re.search(rf"\b(?:{_MADE_UP_NOUNS})\b(?:\W+\w+){{0,5}}\W*$", sentence[: match.start()])
            or re.match(rf"(?:\W+\w+){{0,2}}\W+(?:{_MADE_UP_NOUNS})\b", sentence[match.end() :])
        ):
            # "facts … manipulated and even manufactured" are made up, not "made".
            continue
        if (
            pos == "noun"
            and previous_word == "to"
            and (next_word.endswith("ly") or next_word in _PREPOSITIONS | {"against"})
        ):
            # "the right to dissent peaceably": a verb after "to", which the noun's plain
            # word ("the right to disagreement peaceably") is not.
            continue
        if word.lower() == "legislation" and previous_word not in _LAW_DETERMINERS:
            # "introduce legislation that …" is a body of law; "introduce law that …" is not
            # English, and "a law" could be one where there are many. "the legislation" is
            # "the law".
            continue
        if replacement.split(" ")[0].startswith("stress") and next_word == "by":
            # "underscored by Canadians' desire to help" is not "stressed by" it, which reads
            # as strain.
            continue
        if word.lower() == "sustainable" and next_word in _SUSTAINABLE_TERMS:
            # "sustainable development" is a term of art; "long-term development" is not it.
            continue
        if replacement.lower() == "grown" and (
            previous_word in _LINKING_VERBS
            or (
                index > 1
                and tokens[index - 2].group(0).lower() in _LINKING_VERBS
                and (previous_word.endswith("ly") or previous_word in _BETWEEN_AUXILIARY_AND_VERB)
            )
        ):
            # "The number must be expanded": "grow" in the passive ("must be grown") says
            # that someone farms it.
            continue
        if replacement.startswith("carr") and _NOT_CARRIED_OUT.match(sentence[match.end() :]):
            # "implemented several tariffs" put them in place; "carried out tariffs" is not said.
            continue
        if replacement.startswith(("take to", "took to", "taken to", "taking to", "takes to")) and (
            _CRIME_OBJECT.match(sentence[match.end() :])
        ):
            # "prosecute these crimes": the people who did them go to court, not the crimes.
            continue
        if replacement == "so" and not re.search(
            r"(?:^|[,;:]\s*|\b(?:and|but|or)\s+)$", sentence[: match.start()], re.IGNORECASE
        ):
            # "Therefore, we act" is "So, we act", but "It is therefore important" is not
            # "It is so important": "so" links only at the start of a clause.
            continue
        if pos == "adv" and " " in replacement and previous_word == "to" and next_word:
            # "continues to deliberately target" cannot be "to on purpose target": a phrase
            # may not split an infinitive as one word can.
            continue
        if replacement.startswith("carr") and _WISHED_FOR.search(sentence):
            # Aspirations and promises are fulfilled, kept or met, never "carried out".
            continue
        if word.lower() in _BEFORE_A_NOUN_ONLY and not _is_noun(next_word):
            # "sustainable partnerships" are long-term ones, but a situation that is "not
            # sustainable" cannot go on: it is not "not long-term".
            continue
        if (
            pos == "verb"
            and replacement.rsplit(" ", 1)[-1] in _PARTICLES_WITHOUT_INFINITIVE
            and re.match(r"\s+to\s+[a-z]", sentence[match.end() :])
        ):
            # "will undertake to renew" promises: "carry out to renew" is not English, while
            # "went back to Paris" and "went on to score" are.
            continue
        if replacement.split(" ")[0] in ("give", "gives", "gave", "given", "giving") and re.match(
            r"(?:\s+[\w'’]+){1,3}\s+with\b", sentence[match.end() :]
        ):
            # "provides us with the data" → "gives us with" is not English.
            continue
        if replacement.split(" ")[1:2] == ["sure"] and next_word not in _CLAUSE_OPENERS:
            # "make sure" needs a clause: "ensure that we act" → "make sure that we act", but
            # "ensure fair access" → "make sure fair access" is not English.
            continue
        before_text = sentence[position : match.start()]
        after_start = match.end()
        previous = tokens[index - 1] if index > 0 else None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if pos == "adj" and previous is not None and previous.group(0).lower() in ("more", "most"):
            degree = _degree_form(replacement, previous.group(0).lower())
            if degree is not None and sentence[previous.end() : match.start()] == " ":
                # Replace "more resilient" as a unit.
                out.append(sentence[position : previous.start()])
                out.append(_match_case(previous.group(0), degree))
                context.changes.append(f"{previous.group(0)} {word} → {degree}")
                position = after_start
                continue
        if pos == "adj" and " " in replacement and not _works_before_noun(replacement):
            noun = following
            is_attributive = (
                noun is not None
                and sentence[match.end() : noun.start()] == " "
                and (_is_noun(noun.group(0)) or noun.group(0).lower() in _QUANTITY_NOUNS)
            )
            if is_attributive and noun is not None and noun.group(0).lower() in _QUANTITY_NOUNS:
                single = _BEFORE_QUANTITY.get(word.lower())
                if single is not None:
                    out.append(before_text)
                    out.append(_match_case(word, single))
                    context.changes.append(f"{word} → {single}")
                    position = after_start
                    continue
            if is_attributive and noun is not None:
                after_noun = sentence[noun.end() :]
                if re.match(r"\s+of\b", after_noun) or not re.match(r"[\s,.;:!?]|$", after_noun):
                    continue
                degree = ""
                if (
                    previous is not None
                    and previous.group(0).lower() in ("more", "most", "less", "least")
                    and sentence[previous.end() : match.start()] == " "
                ):
                    # "the most vulnerable countries" → "the countries most at risk": the
                    # degree goes with its adjective, not with the noun.
                    degree = f"{previous.group(0)} "
                    before_text = sentence[position : previous.start()]
                out.append(before_text)
                out.append(f"{noun.group(0)} {degree}{replacement}")
                context.changes.append(f"{word} {noun.group(0)} → {noun.group(0)} {replacement}")
                position = noun.end()
                skip_until = noun.end()
                continue
        out.append(before_text)
        out.append(_match_case(word, replacement))
        context.changes.append(f"{word} → {replacement}")
        context.introduced.update(replacement.lower().split())
        position = after_start
    out.append(sentence[position:])
    return [_without_new_doubles(_fix_articles("".join(out)), sentence)]


_DOUBLED: Final = re.compile(r"\b(\w+) (and|or) \1\b", re.IGNORECASE)


def _without_new_doubles(rewritten: str, original: str) -> str:
    """Say once two near-synonyms that became one word ("clear and unambiguous").

    "clear and clear" becomes "clear"; a pair the original already repeated ("again and
    again") stays.
    """
    if _DOUBLED.search(original):
        return rewritten
    return _DOUBLED.sub(r"\1", rewritten)


def drop_fillers(sentence: str, context: RuleContext) -> list[str]:
    """Words that add length but no meaning go: "every single day" → "every day", a leading "And".

    Also hedges and intensifiers before an adjective ("extremely rare" → "rare"), "both" in
    "both A and B", a mid-sentence ", however," or "also", "as well as" (→ "and"), "which"
    without a comma (→ "that"), "following" as a time (→ "after") and the "that" after
    "said"/"believed". Only
    words that change no fact are listed; the fact guard checks the rest.
    """
    # A leading "So" stays: it says what follows from the sentence before ("…resources. So
    # this would not be a free good"), and a split that cut ", so" kept it for that reason.
    result = re.sub(r"^And\s+(?=\w)", "", sentence)
    result = re.sub(r"^However,\s+", "But ", result)
    result = re.sub(r"^(?:In addition|Furthermore|Moreover|Additionally),\s+", "Also, ", result)
    result = re.sub(r"\bevery single\b", "every", result)
    # "Note that X" asks for attention the sentence already has.
    result = re.sub(r"^(?:Note|Notice) that (?=[a-zA-Z])", "", result)
    # An opening "Following the war," is a time: "After the war,".
    result = re.sub(
        r"^Following (?=(?:the|his|her|its|their|this|that|these|those)\b[^,;]{2,60},)",
        "After ",
        result,
    )
    result = re.sub(
        r"(?<![,;] )\b(?:really|truly|indeed|actually|very|currently)\s+(?=[a-z])",
        "",
        result,
    )
    result = re.sub(r"\s+just\s+(?=like\b)", " ", result)
    # A hedge or intensifier before an adjective only colours it: "extremely rare" → "rare",
    # "greatly reduced" → "reduced"; after "not" it is the point ("not completely") and after
    # "more" it is compared ("more fully engaged"), so there it stays.
    result = re.sub(
        r"(?<![,;] )(?<!not )(?<!n't )(?<!never )(?<!more )(?<!most )(?<!less )"
        r"\b(?:extremely|quite|rather|fairly|somewhat|"
        rf"relatively|particularly|{_INTENSIFIERS})\s+(?=([a-z]+)\b)",
        lambda m: "" if _is_adjective(m.group(1)) or _is_past_participle(m.group(1)) else m[0],
        result,
    )
    # "both A and B" says no more than "A and B".
    result = re.sub(r"\b(?<!the )both (?=[^,.;:]{1,40}? and )", "", result)
    # ", however," after a short subject ("The plan, however, failed") only; between two
    # clauses it says "but" and stays.
    result = re.sub(r"^(\S+(?: \S+){0,3}),\s+however,\s+", r"\1 ", result)
    # A mid-sentence "also" before a verb only links to what came before ("We also ask …" →
    # "We ask …"); "not only … but also" and "in A, also in B" keep it.
    result = re.sub(
        r"(?<=[a-z] )(?<!but )also (?=([a-z]+)\b)",
        lambda m: "" if _is_verb_form(m.group(1)) or result.startswith("Also ") else m.group(0),
        result,
    )
    # After an auxiliary, "also" only links to what came before too: "was also a singer" →
    # "was a singer", "has also won" → "has won".
    # "not only … but is also" needs it.
    result = re.sub(
        rf"\b(?<!not )({_AUXILIARY_WORDS}) also (?=[a-z])",
        lambda m: m.group(0) if "not only" in m.string[: m.start()] else f"{m.group(1)} ",
        result,
    )
    # "then" between a subject and its verb ("He then moved", "and then left") only says
    # "next", which the order of the words already says; "since then", "by then", "until
    # then", "the then president" and "if … then" keep it.
    result = re.sub(
        r"(?<=[a-z] )(?<!since )(?<!by )(?<!until )(?<!from )(?<!than )(?<!the )(?<!if )"
        r"(?<!till )(?<!just )(?<!only )(?<!even )then (?=([a-z]+)\b)",
        lambda m: "" if _is_past_verb(m.group(1)) else m.group(0),
        result,
    )
    # ", that is, B" only announces that B says A again: ", B".
    result = re.sub(r", that is, (?=[a-z])", ", ", result)
    # "A as well as B" is "A and B"; an opening "As well as …," is left alone.
    result = re.sub(r"(?<=\w) as well as (?=[a-z])", " and ", result)
    # A "which" clause without a comma defines its noun; plain English says "that". After a
    # preposition ("in which") "that" cannot stand, so those stay.
    result = re.sub(
        r"\b([a-z]+) which (?=(\w+) )",
        lambda m: (
            f"{m.group(1)} that "
            if m.group(1) not in _PREPOSITIONS | _MORE_PREPOSITIONS and _is_verb_form(m.group(2))
            else m.group(0)
        ),
        result,
    )
    # "resigned following the vote" is "resigned after the vote" (but not "the following
    # year", "by following", or ", following the work of Solow", which means "in the line of").
    result = re.sub(
        r"(?<=[a-z]ed )following "
        r"(?=(?:the|a|an|his|her|its|their|this|that)\b|[A-Z0-9])",
        "after ",
        result,
    )
    # "The following two years" are "the next two years".
    result = re.sub(
        r"\b([Tt])he following (?=(?:two|three|four|five|six|seven|eight|nine|ten|few|\d+) "
        r"(?:years|months|weeks|days|nights|seasons|decades|centuries)\b)",
        r"\1he next ",
        result,
    )
    # "a long decline following the attacks" and "a guitarist following Brainard's
    # departure": after a noun, too, it tells a time; after a verb ("keep following the
    # car") it does not, nor after a comma (", following the work of Solow").
    result = re.sub(
        r"(?<![\w'’-])([a-z]+) following "
        r"(?=(?:the|a|an|his|her|its|their|this|that)\b|[A-Z0-9])",
        lambda m: (
            f"{m[1]} after "
            if _is_noun(m[1])
            and m[1] not in _FUNCTION_WORDS
            and m[1] not in _VERBS_BEFORE_ING
            and not m[1].endswith(("ing", "ly"))
            else m[0]
        ),
        result,
    )
    # "said that X" → "said X": the "that" after a verb of saying or thinking can go.
    # Not in "so many … that", where "that" belongs to "so".
    result = re.sub(
        rf"\b({_SAYING_VERBS}) that (?!(?:{_THAT_KEPT_BEFORE})\b)(?=[a-z]+ )",
        lambda m: (
            m[0]
            if re.search(r"\b(?:so|such)\b", m.string[: m.start()], re.IGNORECASE)
            else f"{m[1]} "
        ),
        result,
    )
    if result != sentence:
        context.changes.append("dropped filler words")
    return [_capitalise(result)]


_AUXILIARY_WORDS: Final = "is|are|was|were|has|have|had|will|would|can|could|may|might|must|should"
"""Auxiliaries and modals after which "also" only links back ("was also", "must also")."""

_SAYING_VERBS: Final = (
    "said|says|say|believed|believes|believe|thought|think|thinks|claimed|claims|announced|"
    "reported|showed|shows|knew|know|felt|feel|argued|noted|suggested|revealed|realized|"
    "realised|stated|states|hoped|hope|agreed|decided|means|meant|mean|explains|explained|"
    "learned|discovered|proved|confirmed|confirms|indicated|indicates|warned|concluded|estimated|"
    "predicted|insisted|admitted|acknowledged|noticed|expected|promised|ensure|ensures|ensured"
)


@lru_cache(maxsize=4096)
def _is_adjective(word: str) -> bool:
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    return "ADJ" in lemmas and word.lower() not in ("few", "many", "much", "little", "more", "less")


_INTENSIFIERS: Final = (
    "fully|highly|greatly|hugely|vastly|utterly|absolutely|totally|completely|entirely|thoroughly|"
    "deeply|strongly|significantly|considerably|incredibly|remarkably|exceptionally"
)
"""Degree words that only strengthen the word after them."""


@lru_cache(maxsize=4096)
def _is_past_participle(word: str) -> bool:
    """True for a past participle ("reduced", "destroyed", "known"), used like an adjective."""
    from lemminflect import getAllLemmas, getInflection

    return any(word in getInflection(lemma, "VBN") for lemma in getAllLemmas(word).get("VERB", ()))


@lru_cache(maxsize=4096)
def _is_verb_form(word: str) -> bool:
    """True for a verb or an auxiliary ("asks", "gained", "be", "can"), not "in" or "the"."""
    from lemminflect import getAllLemmas

    return word in MODAL_WORDS or "VERB" in getAllLemmas(word) or "AUX" in getAllLemmas(word)


_NOMINAL_VERBS: Final = r"(?:allow|enable|facilitate|support|help|make possible)(?:s|ed|d)?"


def verbs_for_nouns(sentence: str, context: RuleContext) -> list[str]:
    """A nominalisation after "helped" becomes a verb: "helped the rescue of" → "helped rescue".

    Verbs are read faster than the nouns made from them; the doer stays the same.
    """
    pattern = re.compile(
        rf"\b({_NOMINAL_VERBS}) the (\w+)(?: and (?:the )?(\w+))? of\b", re.IGNORECASE
    )

    def swap(match: re.Match[str]) -> str:
        verbs = [_verb_of(match.group(2))]
        if match.group(3):
            verbs.append(_verb_of(match.group(3)))
        if not all(verbs):
            return match.group(0)
        nouns = [match.group(2), *([match.group(3)] if match.group(3) else [])]
        if all(noun.lower() == verb for noun, verb in zip(nouns, verbs, strict=True)):
            # "support the work of our minds": a noun that is also its verb may name the
            # doer after "of", not the thing done ("help work our minds").
            return match.group(0)
        head = match.group(1).lower()
        helped = "helped" if head.endswith("d") else "helps" if head.endswith("s") else "help"
        context.changes.append(f"{match.group(0)} → {helped} {' and '.join(map(str, verbs))}")
        return f"{helped} {' and '.join(v for v in verbs if v)}"

    return [_gerunds_for_nouns(pattern.sub(swap, sentence), context)]


_GERUNDS: Final = {
    "production": "making",
    "manufacture": "making",
    "construction": "building",
}
"""Nominalisations with a common -ing word for the same action ("the building of roads")."""
_SECOND_GERUNDS: Final = {**_GERUNDS, "marketing": "selling", "sale": "selling"}
"""After one of the above, "production and marketing" is the pair "making and selling"."""
_ACT_ADJECTIVES: Final = frozenset(
    "illegal illicit unlawful unauthorised unauthorized legal lawful secret".split()
)
"""Adjectives that can only describe the act ("the illegal production of"), never an amount."""
_GERUND_NOUN: Final = re.compile(
    r"(?<![\w'’-])(?P<det>[Tt]he )?(?P<adjective>[a-z]+ )??"
    rf"(?P<first>{'|'.join(_GERUNDS)})(?: and (?P<second>{'|'.join(_SECOND_GERUNDS)}))? of "
    r"(?=[a-z0-9])"
)


def _gerunds_for_nouns(sentence: str, context: RuleContext) -> str:
    """Say "the making and selling of X" for "the production and marketing of X".

    The -ing word names the action in the everyday word. Only the action is meant: before a
    name ("a production of Hamlet") or after "a", a possessive or a noun ("oil production of")
    the word stays. Without "the", the phrase must be a verb's object or open the sentence
    with an adjective ("Counter illegal production of X"), and gets "the" ("Counter the illegal
    making of X").
    """

    def swap(match: re.Match[str]) -> str:
        adjective = match["adjective"] or ""
        if adjective and adjective.strip() not in _ACT_ADJECTIVES:
            # "the high production of oil", "the annual production of": the amount, not the act.
            return match[0]
        if match["det"] is None:
            before = re.findall(r"[\w'’]+", match.string[: match.start()])
            previous = before[-1] if before else ""
            # "Counter illegal production of": a verb, an adjective, the noun. Without the
            # adjective the word before may be a noun ("Oil production of").
            if (
                not adjective
                or previous.lower() in _PREPOSITIONS | _MORE_PREPOSITIONS | _DETERMINERS
                or not _is_verb_form(previous.lower())
                or _is_noun_not_verb(previous.lower())
            ):
                return match[0]
        det = match["det"] or "the "
        words = _GERUNDS[match["first"]]
        if match["second"]:
            words += f" and {_SECOND_GERUNDS[match['second']]}"
        context.changes.append(f"{match[0].strip()} → {det}{adjective}{words} of")
        return f"{det}{adjective}{words} of "

    return _GERUND_NOUN.sub(swap, sentence)


def active_voice(sentence: str, context: RuleContext) -> list[str]:
    """A simple past passive with a named agent becomes active: "X was seen by Y" → "Y saw X".

    Only the plainest shape is turned: one subject, "was"/"were", a past participle, "by" and an
    agent up to the end of the sentence, so the meaning cannot shift.
    """
    match = re.fullmatch(
        r"(?P<subject>[A-Z][^,;:]{2,60}?) (?:was|were) (?P<verb>\w+ed) by "
        r"(?P<agent>[^,;:]{2,60})(?P<end>[.!])",
        sentence,
    )
    if match is None:
        return [sentence]
    subject = match.group("subject")
    first, _, rest = subject.partition(" ")
    if first.isupper() or (rest and rest[:1].isupper()) or first.lower() in ("it", "this", "there"):
        return [sentence]
    if first.lower() in _PREPOSITIONS or re.search(r"\b(?:that|which|who|whom)\b", subject):
        # "By 2003 the board said that X was …": the subject is a clause, not a noun.
        return [sentence]
    agent = match.group("agent")
    if re.search(r"\s(?:in|on|at|during|after|before|since|until|from|for)\s", agent):
        # "replaced by the 4th Division in 1957": the time would end up inside the new subject.
        return [sentence]
    # "The treaty" → "the treaty"; a name keeps its capitals ("PackageKit", "Paris").
    head = first.lower() if first.lower() in _FUNCTION_WORDS and first[1:].islower() else first
    subject = _OBJECT_PRONOUNS.get(first.lower(), head) + (" " + rest if rest else "")
    context.changes.append("passive → active")
    return [f"{_capitalise(agent)} {match.group('verb')} {subject}{match.group('end')}"]


_OBJECT_PRONOUNS: Final = {"they": "them", "he": "him", "she": "her", "we": "us", "i": "me"}
"""A pronoun subject turned into an object takes its object form ("They were seen" → "saw them")."""


_INVERTED: Final = re.compile(
    r"^(?P<lead>Among|Central to|Key to|At the heart of|Underlying) "
    r"(?P<place>(?:(?!(?:who|which|that|whom|whose|is|are|was|were)\b)[^\s,;:()]+ ){0,9}?"
    r"[^\s,;:()]+) (?P<verb>is|are|was|were) "
    r"(?!(?:that|how|what|whether|when|where|why|to|not|also|still)\b)"
    r"(?P<subject>[^;:()]{3,}?)(?P<end>[.!])$"
)
_INVERTED_AS: Final = {"Underlying": "the basis of"}
"""An opening that cannot follow the verb as it stands: "Y are the basis of X"."""


def subject_first(sentence: str, context: RuleContext) -> list[str]:
    """An inverted sentence puts its subject first: "Among the dead were X." → "X were among …".

    A reader expects the subject first; in an inverted sentence they must hold the opening in
    mind until the verb and the subject arrive. "Underlying X are Y" says "Y are the basis of X".
    Only a plain opening phrase (no comma, no clause) and a subject with no clause of its own
    that could be read as the verb's are turned.
    """
    match = _INVERTED.match(sentence)
    if match is None:
        return [sentence]
    subject = match["subject"]
    if _has_finite_verb(subject.split(" ", 1)[0]) or re.search(r",\s*[^,\s]+$", subject):
        # "… were John Smith, 45, and Mary Jones, 32.": the last aside would need its closing
        # comma before the verb, which the sentence does not have.
        return [sentence]
    lead = match["lead"]
    head = _INVERTED_AS.get(lead, lead[:1].lower() + lead[1:])
    context.changes.append("subject put first")
    return [f"{_capitalise(subject)} {match['verb']} {head} {match['place']}{match['end']}"]


# --- sentence rules ----------------------------------------------------------------------------


_TIME_PHRASE: Final = (
    r"(?:in|over|during) the (?:last|past|first|coming|next) (?:(?:few|two|three|five|ten) )?"
    r"(?:years?|months?|weeks?|days?|decades?)|(?:last|this|next) (?:year|month|week)"
)


def front_time_phrase(sentence: str, context: RuleContext) -> list[str]:
    """A time phrase between subject and verb moves to the front, next to nothing else.

    "The database in the last year helped …" → "In the last year, the database helped …": the
    subject and its verb then stand together, as a reader expects them.
    """
    match = re.match(
        rf"^(?P<subject>[A-Z][^,;:]{{2,80}}?) (?P<time>{_TIME_PHRASE}) (?P<verb>[a-z]+)\b"
        r"(?P<rest>.*)$",
        sentence,
    )
    if match is None:
        return [sentence]
    verb = match.group("verb")
    if not (_is_past_verb(verb) or _is_present_verb(verb) or verb in MODAL_WORDS) or re.search(
        r"\b(?:and|or|that|which|who)\b", match.group("subject")
    ):
        return [sentence]
    subject = match.group("subject")
    first, _, rest = subject.partition(" ")
    if first.lower() in _FUNCTION_WORDS and first[1:].islower():
        # "The database" → "the database"; a name or acronym keeps its capitals.
        subject = first.lower() + (" " + rest if rest else "")
    context.changes.append("moved the time phrase to the front")
    time = _capitalise(match.group("time"))
    return [f"{time}, {subject} {verb}{match.group('rest')}"]


def split_semicolons(sentence: str, context: RuleContext) -> list[str]:
    """Two ideas joined by a semicolon become two sentences.

    A part with no verb ("…; the Cyber-Shades and the Cyber-King.") is a list, not an idea of
    its own, and the sentence stays whole; a parallel phrase ("…; of light, not darkness.")
    may stand alone.
    """
    parts = _split_at(sentence, context, re.compile(r";\s+"), min_words=4, always=True)
    relative = re.compile(r"^(?:(?:and|or|but)\s+)?(that|which|who)\s", re.IGNORECASE)
    if any(
        (found := relative.match(part)) and re.search(rf"\b{found[1]}\b", parts[0], re.I)
        for part in parts[1:]
    ):
        # "… legislation that will X; that will Y; and that will Z": each part after the
        # first finishes the first one's noun, and alone would say "That will Y."
        context.changes.pop()
        return [sentence]
    if any(re.match(r"(?:a|an)\s[^;]*,\s+and\s+(?:a|an)\s", part, re.I) for part in parts[1:]):
        # "needed more facilities; a meeting room …, and a place for …": the part after the
        # semicolon lists what the first part named, and alone is no sentence.
        context.changes.pop()
        return [sentence]
    # A parallel phrase ("…; of unity, not division.") reads well alone, as in a speech.
    if len(parts) > 1 and not all(
        _has_finite_verb(part) or re.match(r"(?:Of|In|For|With|To|From|On|At|By|Not)\b", part)
        for part in parts
    ):
        context.changes.pop()
        return [sentence]
    return parts


def split_coordinated(sentence: str, context: RuleContext) -> list[str]:
    """A new clause after ", and we …" starts a new sentence: one idea a sentence.

    "but" and "so" are kept at the start of the new sentence, because they carry meaning.
    """
    parts = _split_at(
        sentence,
        context,
        re.compile(
            # ", so that they can" and ", so as to" tell a purpose, not a new clause.
            r",\s+(?:and\s+|(?=but\s|so\s(?!that\b|as\b)|yet\s))"
            r"(?=(?:but |so |yet )?(?:we|i|they|it|this|these|that|he|she|"
            r"our|their|there|its|his|her|the|a|an|many|most|some|several|both|each|"
            r"all|no|other|such|people)\b|but (?-i:[A-Z][a-z]+ [a-z]+(?:ed|s)\b))",
            re.IGNORECASE,
        ),
        min_words=5,
    )
    if len(parts) > 1 and not _are_new_clauses(parts):
        context.changes.pop()
        return [sentence]
    if len(parts) == 1:
        parts = _split_clause_with_verb(sentence, context)
    return parts


def _are_new_clauses(parts: list[str]) -> bool:
    """Whether the parts cut at ", and" / ", but" / ", so" are clauses that can stand alone."""
    first, rest = parts[0], parts[1:]
    if not (
        _has_finite_verb(first)
        and all(_has_clause_verb(part) for part in rest)
        and not any(_LIST_SUBJECT.match(part) for part in rest)
    ):
        return False  # ", and a call like a dog's bark": the last item of a list
    if re.search(r";\s+(?:a|an)\s[^;]*$", first, re.IGNORECASE):
        # "needed more facilities; a meeting room …, and a place for …": a list of what
        # the clause named, not a new clause.
        return False
    if re.match(_LEADING_SUBORDINATOR, first) and "," not in first and "," in rest[0]:
        # "As we make progress, and Iraqi forces take the lead, we should …": both clauses
        # belong to the opening "As"; the main clause comes after the second comma.
        return False
    if any(re.match(r"so (?:[a-z]+ ){1,3}(?:can|may)\b", part, re.IGNORECASE) for part in rest):
        # "…, so all Iraqis can experience the benefits": a purpose ("so that"); alone,
        # "So all Iraqis can …" would tell a result.
        return False
    if re.search(r"\bbetween\b(?!.*\b(?:and|or)\b)", first):
        # "a connection between the module theory, and the L-functions that …": the second
        # thing of "between A and B" follows the comma.
        return False
    return not any(_goes_on_without_subject(part) for part in rest)


def _goes_on_without_subject(part: str) -> bool:
    """Whether a part split off at ", and" is no clause of its own, though it has a verb.

    "…, and that afterwards he would focus …" is a second thing said ("stated that …, and
    that …"); "…, and a tracking device strapped to his back, and leads the humans home" is a
    list item, after which the first clause's subject goes on ("and leads").
    """
    words = re.findall(r"[A-Za-z'’-]+", part)
    if re.match(r"(?:I|we) quote\b", part, re.IGNORECASE):
        # "the President said, and I quote, …": the quotation is what was said.
        return True
    if len(words) > 1 and words[0].lower() == "that":
        follower = words[1].lower()
        if not (
            re.fullmatch(_FINITE_AUXILIARIES, follower)
            or _is_past_verb(follower)
            or _is_present_verb(follower)
        ):
            return True
    later = re.search(r",\s+(?:and|but)\s+([a-z]+)\b", part)
    return later is not None and (
        re.fullmatch(_FINITE_AUXILIARIES, later.group(1)) is not None
        or _is_past_verb(later.group(1))
        or _is_present_verb(later.group(1))
    )


_FINITE_AUXILIARIES: Final = (
    "is|are|was|were|has|have|had|will|would|can|could|must|may|might|should|shall|do|does|did"
)


def _split_clause_with_verb(sentence: str, context: RuleContext) -> list[str]:
    """A bare subject and a finite verb after ", and" make a new clause: "…, and patients must".

    Only when the first part has no comma of its own (so "A, B, and C are …" stays a list) and
    an auxiliary or modal follows within the next five words.
    """
    match = re.match(
        rf"^(?P<a>[^,;]+), (?P<conj>and|but) (?P<b>(?P<subject>(?:[a-z][\w'’-]* ){{1,5}})"
        rf"(?:not )?(?:{_FINITE_AUXILIARIES}) .+)$",
        sentence,
    )
    if match is None or _words(sentence) <= context.long_words:
        return [sentence]
    if _words(match.group("a")) < 5 or _words(match.group("b")) < 5:
        return [sentence]
    first = match.group("b").split(" ", 1)[0]
    if (
        first in ("then", "also", "so", "thus", "therefore", "not")
        or first in _PREPOSITIONS | _MORE_PREPOSITIONS
        or re.fullmatch(_FINITE_AUXILIARIES, first)
        or re.search(r"\b(?:which|who|whom|whose|that)\b", match.group("subject"))
    ):
        # ", and may have …" goes on with the same subject, and ", and for which they must …"
        # is a relative clause: neither starts a sentence of its own.
        return [sentence]
    second = _capitalise(match.group("b"))
    if match.group("conj") == "but":
        second = f"But {match.group('b')}"
    context.changes.append(f"split a {_words(sentence)}-word sentence in 2")
    return [f"{match.group('a')}.", second]


def split_coordinated_names(sentence: str, context: RuleContext) -> list[str]:
    """A new clause whose subject is a name starts a new sentence: ", and Lopez's team filled in".

    Only when the first part holds no other comma, so a list of names ("A, B, and C were …")
    is never cut.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<a>[^,;]{20,}), (?P<conj>and|but) (?P<b>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
        r"(?:'s|’s)? [a-z].*)$",
        sentence,
    )
    if match is None or _words(match.group("a")) < 5 or _words(match.group("b")) < 4:
        return [sentence]
    if re.match(_LEADING_SUBORDINATOR, match.group("a")) and "," in match.group("b"):
        # "As we make progress, and Iraqi forces take the lead, we should …": both clauses
        # belong to the opening "As"; the main clause follows the second comma.
        return [sentence]
    second = match.group("b")
    if match.group("conj") == "but":
        second = f"But {second}"
    context.changes.append(f"split a {_words(sentence)}-word sentence in 2")
    return [f"{match.group('a')}.", second]


_RESULT_PARTICIPLES: Final = frozenset(
    "leaving making causing resulting giving bringing allowing forcing creating meaning "
    "killing ending prompting".split()
)
"""Participles that state a result of the whole clause before them, so "This" is their subject."""


def split_closing_participle(sentence: str, context: RuleContext) -> list[str]:
    """A closing result phrase gets its own sentence: ", leaving X" → ". This left X".

    Participles that say what the whole clause caused take "This" as subject; the tense follows
    the main clause ("meaning" glosses a word, so it stays present). Any other participle tells
    more about the subject, so it is split only after a past main clause whose subject is a
    pronoun or a short name, which the new sentence repeats ("She first won fame in Playboy,
    becoming …" → "… She became …").
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(r"^(?P<main>[^;]{20,}?), (?P<verb>[a-z]+ing) (?P<rest>[^,;].+)$", sentence)
    if match is None or match.group("verb") in _PREPOSITION_INGS:
        return [sentence]
    if _words(match.group("main")) < 5 or _words(match.group("rest")) < 2:
        return [sentence]
    *_, last_item = match.group("main").rsplit(", ", 1)
    list_goes_on = _words(last_item) <= 4 and not _has_finite_verb(last_item)
    if last_item != match.group("main") and list_goes_on:
        # "responsible for music, the organ, directing chants": a list goes on.
        return [sentence]
    if re.match(r"[^,]{1,40},\s+(?:and|or)\s", match.group("rest")):
        # "the German words Matte, meaning meadow, and Horn, which means peak": the phrase
        # is one item of a list that goes on; split there, "This means meadow, and Horn".
        return [sentence]
    verb = _verb_of_participle(match.group("verb"))
    if verb is None:
        return [sentence]
    if match.group("verb") not in _RESULT_PARTICIPLES:
        # "She won in Playboy, becoming …": the phrase tells more about the subject, so a
        # past main clause whose subject is a pronoun or a short name lends it that subject.
        subject = re.match(
            rf"^(?P<s>He|She|They|We|I|It|{_SHORT_NAME}) "
            r"(?:(?:first|later|then|also|soon|[a-z]+ly) )?(?P<v>[a-z]+)\b",
            sentence,
        )
        form = _past(verb)
        if subject is None or not _is_past_verb(subject.group("v")) or form is None:
            return [sentence]
        context.changes.append("moved the closing participle phrase to its own sentence")
        return [f"{match.group('main')}.", f"{subject.group('s')} {form} {match.group('rest')}"]
    if re.search(
        r"\b(?:will|would|could|might|may|can)\b", match.group("main").rsplit(", ", 1)[-1]
    ):
        # "the terrorists hope these horrors will break our will, allowing …": a result
        # that may come; "This allowed …" would say it came.
        return [sentence]
    if re.search(r"(?:^|, )(?:and )?who\b[^,]*$", match.group("main")):
        # "those who are still there today, providing treatment and food": the people do
        # it, so "This gave treatment" would give it to no one.
        return [sentence]
    past = verb != "mean" and _is_past(match.group("main"))
    form = _inflect(verb, "VBD" if past else "VBZ")
    if form is None:
        return [sentence]
    context.changes.append("moved the closing result phrase to its own sentence")
    return [f"{match.group('main')}.", f"This {form} {match.group('rest')}"]


_THING_PARTICIPLES: Final = frozenset(
    "published released built founded written recorded produced designed composed painted "
    "directed developed created constructed opened completed launched aired broadcast issued "
    "printed formed introduced adopted signed held owned made set".split()
)
"""Past participles that tell how a thing came about ("a novel, published in 1989")."""
_PLACE_PARTICIPLES: Final = frozenset("located situated based".split())


def split_closing_past_participle(sentence: str, context: RuleContext) -> list[str]:
    """A closing "…, published in 1989." becomes a sentence of its own: "It was published …".

    Only participles that tell how a thing was made or where it is, after a noun, so "It"
    ("They" after a plural noun) is the thing just named; "located/based in" says "is".
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<main>[^;]{20,}?(?P<last>[A-Za-z]+)), (?P<adv>(?:first|later|originally) )?"
        r"(?P<verb>[a-z]+) (?P<rest>(?:in|on|by|at|from|for|during|between|with|under)\b"
        r"[^,;]*[.!?])$",
        sentence,
    )
    if match is None or _words(match.group("main")) < 5:
        return [sentence]
    verb = match.group("verb")
    place = verb in _PLACE_PARTICIPLES
    if not (place or verb in _THING_PARTICIPLES):
        return [sentence]
    rest = match.group("rest")
    wrong_place = place and not re.match(r"(?:in|at|on)\b", rest)
    if wrong_place or (verb == "based" and not rest.startswith("in ")):
        # "…, based on the colour of the day" tells how, not where.
        return [sentence]
    plural = _is_plural_noun(match.group("last"))
    be = {(True, True): "are", (True, False): "is", (False, True): "were"}.get(
        (place, plural), "was"
    )
    subject = "They" if plural else "It"
    context.changes.append("moved the closing participle phrase to its own sentence")
    adverb = match.group("adv") or ""
    return [f"{match.group('main')}.", f"{subject} {be} {adverb}{verb} {match.group('rest')}"]


def split_closing_reason(sentence: str, context: RuleContext) -> list[str]:
    """A closing reason follows as its own sentence: ", because Y" → ". This is because Y".

    "This is because" keeps the link between the two; a "since" that may be a time was left
    alone by `_since_as_because`. A reason followed by ", and also to X" is not split: "to X"
    goes back to the main clause ("attributed to A, because …, and also to B").
    """
    if re.search(r", and (?:also )?(?:to|of|in|by|for|with|from)\b", sentence):
        return [sentence]
    return _split_closing_clause(
        sentence,
        context,
        _CLOSING_BECAUSE,
        "This is because",
        "moved the closing reason to its own sentence",
    )


def split_where(sentence: str, context: RuleContext) -> list[str]:
    """A closing ", where" clause after a place follows as a sentence: ". There he taught".

    Only after "in/at/to/from" and a place, so "where" can only mean that place.
    """
    parts = _split_closing_clause(
        sentence, context, _CLOSING_WHERE, "There", "moved the “where” clause to its own sentence"
    )
    if len(parts) == 2 and not re.match(r"There (?:he|she|they|we|I|you|it)\b", parts[1]):
        # "There a fine President … is fighting" reads as "there is"; a comma says "in that place".
        parts[1] = "There," + parts[1][len("There") :]
    return parts


_CLOSING_BECAUSE: Final = re.compile(
    r"^(?P<main>[^;]{20,}?[a-z0-9]), because (?P<rest>[^;]{3,}[.!?])$"
)
_CLOSING_WHERE: Final = re.compile(
    r"^(?P<main>[^;]{20,}? (?:in|at|to|from|near) [^,;]{2,60}), where "
    r"(?!(?i:there) )(?P<rest>[^;]{3,}[.!?])$"
)


def _split_closing_clause(
    sentence: str, context: RuleContext, pattern: re.Pattern[str], lead: str, change: str
) -> list[str]:
    """Split off a long sentence's closing clause as a sentence starting with `lead`.

    `pattern` names the two halves "main" and "rest"; the split is made only when the clause
    has its own subject and both halves are long enough to stand alone.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = pattern.match(sentence)
    if match is None or not _starts_with_subject(match.group("rest")):
        return [sentence]
    if _words(match.group("main")) < 5 or _words(match.group("rest")) < 4:
        return [sentence]
    context.changes.append(change)
    return [f"{match.group('main')}.", f"{lead} {match.group('rest')}"]


def split_although(sentence: str, context: RuleContext) -> list[str]:
    """A concession becomes its own sentence: "Although X, Y" → "X. But Y"; "Y, although X" too.

    The contrast stays, said by "But"; "while" is left alone because it may mean "during".
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    closing = re.match(
        r"^(?P<main>[^;]{20,}?[a-z0-9])(?<!\beven)(?:, although|, though| although) "
        r"(?P<rest>[^,;]{3,}(?:,[^,;]+)*[.!?])$",
        sentence,
    )
    if (
        closing is not None
        and re.search(
            r",\s+(?:and|but|or)\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]+(?:ed|s)?\b(?!,)",
            closing.group("rest"),
        )
        and not re.search(r",\s+(?:and|or)\s+\w+(?:\s+\w+)?[.!?]$", closing.group("rest"))
    ):
        # "…, although she was tired, and left.": the clause after the concession goes on
        # with the main subject; only a concession that runs to the end (a list in it may
        # have commas: "although it has Romanesque, Baroque and neoclassical elements") splits.
        closing = None
    if (
        closing is not None
        and _starts_with_subject(closing.group("rest"))
        and _words(closing.group("main")) >= 4
        and _words(closing.group("rest")) >= 4
    ):
        # "X, although Y." says "X. But Y.": the contrast stays, in two sentences.
        context.changes.append("split the closing concession from the main clause")
        return [f"{closing.group('main')}.", f"But {closing.group('rest')}"]
    match = re.match(
        r"^(?:Although|Though|Even though) (?P<lead>[^,]{3,120}), (?P<main>.+)$", sentence
    )
    if match is None or not _starts_with_subject(match.group("main")):
        return [sentence]
    if _words(match.group("lead")) < 3 or _words(match.group("main")) < 4:
        return [sentence]
    context.changes.append("split the opening concession from the main clause")
    main = match.group("main")
    return [f"{_capitalise(match.group('lead'))}.", f"But {main}"]


def split_coordinated_verbs(sentence: str, context: RuleContext) -> list[str]:
    """Two joined verbs become two sentences: "I am glad to join X and greet you" → "… I greet you".

    Only after a subject that is a pronoun, so the new sentence's subject is certain.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<subj>I|We) (?P<aux>am|are|want|wish|would like|hope) (?P<adj>(?:glad|happy|pleased|"
        r"honoured|honored|proud) )?to (?P<a>[^,;]+?) and (?P<verb>[a-z]+) (?P<rest>.+)$",
        sentence,
    )
    if match is None or not _is_base_verb(match.group("verb")) or _words(match.group("a")) < 4:
        return [sentence]
    context.changes.append("split two joined verbs into two sentences")
    subject, aux, adj = match.group("subj"), match.group("aux"), match.group("adj") or ""
    first = f"{subject} {aux} {adj}to {match.group('a')}."
    second = f"{match.group('subj')} {match.group('verb')} {match.group('rest')}"
    return [re.sub(r"\s+", " ", first), second]


def split_repeated_preposition(sentence: str, context: RuleContext) -> list[str]:
    """A repeated preposition splits: "X reminds us of A, and of B" → "It also reminds us of B"."""
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<head>.+? (?P<verb>[a-z]+s) (?P<obj>us|them|you|me|everyone) "
        r"(?P<prep>of|about|to|for)) (?P<a>[^,;]+), and (?P=prep) (?P<b>.+)$",
        sentence,
    )
    if match is None or _words(match.group("a")) < 2:
        return [sentence]
    context.changes.append("split a repeated “…, and of …” into two sentences")
    first = f"{match.group('head')} {match.group('a')}."
    verb, obj, prep = match.group("verb"), match.group("obj"), match.group("prep")
    second = f"It also {verb} {obj} {prep} {match.group('b')}"
    return [first, second]


def split_thanks(sentence: str, context: RuleContext) -> list[str]:
    """Thanks and their reason split: "Thanks to X for making Y" → "Thanks to X. They made Y".

    Thanks and the reason for them are two ideas; the second gets its own verb.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<thanks>(?:(?:A|My|Our) )?(?:(?:special|warm|big|sincere|heartfelt) )?"
        r"(?:thanks|gratitude) (?:go(?:es)? )?to [^,;]+?) for (?P<verb>[a-z]+ing) (?P<rest>.+)$",
        sentence,
        flags=re.IGNORECASE,
    )
    if match is None:
        return [sentence]
    verb = _verb_of_participle(match.group("verb"))
    past = _past(verb) if verb else None
    if past is None:
        return [sentence]
    context.changes.append("split thanks and the reason for them")
    return [f"{match.group('thanks')}.", f"They {past} {match.group('rest')}"]


def verbs_for_phrases(sentence: str, context: RuleContext) -> list[str]:
    """One verb says it: "succeeded in capturing" → "captured", "managed to win" → "won"."""

    def succeeded(match: re.Match[str]) -> str:
        verb = _verb_of_participle(match.group(2))
        tense = "VBZ" if match.group(1).endswith("s") else "VBD"
        form = _inflect(verb, tense) if verb else None
        if form is None:
            return match.group(0)
        context.changes.append(f"{match.group(0)} → {form}")
        return form

    result = re.sub(r"\b(succeeded|succeeds) in (\w+ing)\b", succeeded, sentence)

    def managed(match: re.Match[str]) -> str:
        verb = match.group(1)
        form = _inflect(verb, "VBD") if _is_base_verb(verb) else None
        if form is None:
            return match.group(0)
        context.changes.append(f"{match.group(0)} → {form}")
        return form

    result = re.sub(r"\bmanaged to (\w+)\b", managed, result)
    return [_help_do(result, context)]


_HELP_HEADS: Final = {
    "help": "help",
    "helps": "helps",
    "helped": "helped",
    "helping": "helping",
    "assist": "help",
    "assists": "helps",
    "assisted": "helped",
    "assisting": "helping",
    "support": "help",
    "supports": "helps",
    "supported": "helped",
    "supporting": "helping",
}
_HELP_DO: Final = re.compile(
    rf"(?<![\w'’-])(?P<head>{'|'.join(_HELP_HEADS)}) "
    r"(?P<object>(?:(?!(?:in|to|for|with|by|from|at|on|as|than|of|who|which|that)\b)"
    r"[\w'’-]+ ){1,7}?)in (?P<ing>[a-z]+ing)\b(?P<after>\s*[\w'’]*)",
    re.IGNORECASE,
)


def _help_do(sentence: str, context: RuleContext) -> str:
    """Say "help X do Y" for "help X in doing Y": "assisted Ann in creating" → "helped Ann create".

    The head must be the verb: after a determiner, a possessive or an adjective ("your support
    in finding", "mutual help in building") it is a noun, and it stays. "support" only helps with
    a task that has an object ("support members in combating crime"); "workers in mining" is a
    trade, not a task. A list of gerunds after "in" stays whole.
    """

    def swap(match: re.Match[str]) -> str:
        head = match["head"]
        before = re.findall(r"[\w'’]+", match.string[: match.start()])
        previous = before[-1].lower() if before else ""
        if previous in _DETERMINERS or previous.endswith(("'s", "’s")) or _is_adjective(previous):
            return match[0]
        verb = _verb_of_participle(match["ing"])
        if verb is None or not _is_base_verb(verb):
            return match[0]
        if re.search(r"(?:,|\band|\bor) [a-z]+ing\b", match.string[match.end() :]):
            # "in identifying gaps, learning lessons and …": the gerunds are a list "in"
            # governs, and turning only the first would break it.
            return match[0]
        if head.lower().startswith("support") and not (
            match["after"].strip() and match["after"].strip().lower() not in ("and", "or")
        ):
            return match[0]
        helped = _match_case(head, _HELP_HEADS[head.lower()])
        context.changes.append(f"{head} … in {match['ing']} → {helped} … {verb}")
        return f"{helped} {match['object']}{verb}{match['after']}"

    return _HELP_DO.sub(swap, sentence)


def split_thus(sentence: str, context: RuleContext) -> list[str]:
    """A result gets its own sentence: ", thus re-establishing X" → ". This re-established X"."""
    match = re.match(
        r"^(?P<main>.{20,}?),? (?:thus|thereby|so) (?P<verb>[a-z-]+ing)\b(?P<rest>.+)$", sentence
    )
    if match is None or re.search(r"\bin$", match.group("main")):
        # "and in so doing passes": "so doing" is not a result clause.
        return [sentence]
    verb = _verb_of_participle(match.group("verb"))
    if verb is None:
        return [sentence]
    form = _inflect(verb, "VBD" if _is_past(match.group("main")) else "VBZ")
    if form is None:
        return [sentence]
    context.changes.append("split off the result clause")
    return [f"{match.group('main')}.", f"This {form}{match.group('rest')}"]


_SHORT_NAME: Final = r"(?:[A-Z][\w'’.-]+)(?: (?:[A-Z][\w'’.-]+|of|de|van|von|the)){0,3}"


_NOUN_PHRASE_STARTS: Final = frozenset(
    "the a an his her their its these those some many most".split()
)


def split_coordinated_predicates(sentence: str, context: RuleContext) -> list[str]:
    """Two predicates of one subject split: "Ann left and opted to coach" → "… Ann opted …".

    Both verbs must be finite ("left", "was") or both modal ("will renew …, and will work").

    Only when the subject is a short name, a personal pronoun or a short noun phrase ("the
    band"), so repeating it is always right; an opening time phrase ("In 1990, ") stays with
    the first sentence.
    """
    finite = ("is", "was", "are", "were", "has", "had", "have")
    match: re.Match[str] | None = None
    present = False
    # The noun phrase may run to four words ("The 1977 hurricane season"); the shortest that
    # is followed by a verb wins.
    for extra in range(4):
        subject_pattern = (
            r"^(?P<lead>(?:In|On|By|After|Since|From|At) [^,]{2,40}, )?"
            rf"(?P<subj>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]hese|[Tt]hose|[Ss]ome|"
            rf"[Mm]any|[Mm]ost) [\w'’-]+(?: [\w'’-]+){{{extra}}}"
            rf"|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|{_SHORT_NAME}) "
        )
        # ", and" marks the join best; a bare "and" may sit inside the first predicate
        # ("science and technology"), so it is tried second.
        for joint in (", and", ",? and"):
            match = re.match(
                subject_pattern + rf"(?P<v1>[a-z]+)(?P<comma>,?) (?P<a>[^;]+?){joint} "
                r"(?P<v2>[a-z]+) (?P<b>.+)$",
                sentence,
            )
            # A present verb ("arrives", "leads") may be a plural noun ("storms"); it is
            # trusted only after a comma, which marks the second predicate.
            present = joint == ", and"
            if match is not None and _same_tense_verbs(
                match.group("v1"), match.group("v2"), present
            ):
                break
        if match is not None and _same_tense_verbs(match.group("v1"), match.group("v2"), present):
            break
    if match is not None and not _same_tense_verbs(match.group("v1"), match.group("v2"), present):
        # "The Government will renew X, and will continue Y": two modal predicates split too.
        modal = "|".join(sorted(MODAL_WORDS))
        match = re.match(
            subject_pattern
            + rf"(?P<v1>{modal})(?P<comma>) (?P<a>[^;]+?),? and (?P<v2>{modal}) (?P<b>.+)$",
            sentence,
        )
    if match is None or _words(match.group("a")) < 2 or _words(match.group("b")) < 2:
        return [sentence]
    if match.group("a").split(" ", 1)[0] in MODAL_WORDS | _SUBJECT_VERBS:
        # "Public input will be sought and considered": the verb comes after "input", which
        # was part of the subject, so there is no first predicate to end.
        return [sentence]
    if re.search(r"(?:, [\w'’-]+){2,}$", match.group("a")):
        # "is evidenced by the discovery of fossils, tools, coins, and remains of …": the
        # list of nouns goes on ("remains" is one), not a second predicate.
        return [sentence]
    if any(_is_past_verb(w) for w in re.findall(r", ([a-z]+)", match.group("a"))):
        # "destroyed 20 homes, left 30 damaged, and caused …": a list of predicates stays.
        return [sentence]
    if match.group("v1") in finite and _may_be_participle(match.group("v2")):
        # "It is the fourth game made, and directed by …": after "is"/"has" the second
        # verb may be a participle of the first clause, with no subject of its own.
        return [sentence]
    subject = match.group("subj")
    if subject.split()[-1].lower() in ("now", "then", "also", "still", "later", "often", "once"):
        return [sentence]
    first = subject.split()[0].lower()
    if first in _FUNCTION_WORDS and first not in ("he", "she", "it", "they", "we", "i"):
        if first not in _NOUN_PHRASE_STARTS:
            return [sentence]
        if not _is_noun(subject.split()[-1]):
            return [sentence]
    lead = match.group("lead") or ""
    context.changes.append("split two joined predicates")
    return [
        f"{lead}{subject} {match.group('v1')}{match.group('comma')} {match.group('a')}.",
        f"{_capitalise(subject)} {match.group('v2')} {match.group('b')}",
    ]


def split_inner_relative(sentence: str, context: RuleContext) -> list[str]:
    """An inner "which" clause follows: "X, which is in Y, was built" → "X was built. It is in Y".

    A non-restrictive clause inside the sentence holds a second idea; it follows as its own
    sentence. "who" clauses after a short name repeat the name instead of guessing a pronoun.
    """
    match = re.match(
        r"^(?P<head>.+?), (?P<rel>which|who) (?P<clause>[^,]{3,120}), (?P<tail>[a-z][^,]*.+)$",
        sentence,
    )
    if match is None or _words(match.group("head")) > 12:
        return [sentence]
    head = match.group("head")
    if match.group("rel") == "who":
        name = re.search(rf"({_SHORT_NAME})$", head)
        if name is None:
            return [sentence]
        subject = name.group(1)
    else:
        subject = "It"
    tail = match.group("tail")
    first_word = tail.split(" ", 1)[0]
    if re.match(r"[a-z]+, ", tail) and not re.fullmatch(
        _FINITE_AUXILIARIES, first_word.rstrip(",")
    ):
        # "…, which is evidenced by the discovery of fossils, tools, coins, and remains …":
        # the clause's own list goes on after its comma; the main clause does not.
        return [sentence]
    if not (
        re.match(r"(?:is|are|was|were|has|have|had|[a-z]+ed|[a-z]+s)\b", tail)
        or _is_past_verb(first_word)
    ):
        return [sentence]
    if not _opens_with_verb(match.group("clause")):
        # "which many predicted would fail": the pronoun is not the clause's subject, and
        # "It many predicted would fail." is not English.
        return [sentence]
    context.changes.append(f"moved the “{match.group('rel')}” clause to its own sentence")
    end = "" if re.search(r"[.!?]$", match.group("clause")) else "."
    return [f"{head} {tail}", f"{subject} {match.group('clause')}{end}"]


def _opens_with_verb(clause: str) -> bool:
    """True when a clause starts with its verb, perhaps after an adverb ("now holds")."""
    words = clause.split()
    if words and words[0].endswith("ly") and len(words) > 1:
        words = words[1:]
    first = words[0] if words else ""
    return first in _FINITE_WORDS or _is_past_verb(first) or _is_present_verb(first)


def split_defining_clause(sentence: str, context: RuleContext) -> list[str]:
    """What a thing is, then what it does: "X is a Y that Z" becomes two sentences.

    "X is a Y. X Z." Only after "is/was a(n)", with the subject named again ("It/They" after
    "The …"), so the second sentence is still about X; "the first man who …" and other
    superlatives stay whole.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<subj>[A-Z][^,;]{1,60}?) (?P<be>is|was|are|were) (?P<np>an? [^,;]{2,60}?) "
        r"(?P<rel>that|who|which) (?P<verb>[a-z]+) (?P<rest>[^;]{3,}[.!?])$",
        sentence,
    )
    if match is None or re.search(r"\b(?:first|last|only|next|most|[a-z]+est)\b", match["np"]):
        return [sentence]
    verb = match["verb"]
    if not (_is_past_verb(verb) or _is_present_verb(verb) or verb in _FINITE_WORDS):
        return [sentence]
    subject = match["subj"]
    if _words(subject) > 4 or re.search(r"\b(?:and|or|of)\b", subject):
        return [sentence]
    if verb in ("are", "were", "have") and match["be"] in ("is", "was"):
        # "a list of victims of Nazism who were noted …": the clause tells about the plural
        # noun inside the phrase, not about the subject.
        return [sentence]
    if subject.split()[0] in ("The", "A", "An", "This", "These", "Its", "Their"):
        if match["rel"] == "who" and match["be"] in ("is", "was"):
            # "A choral scholar is a student who receives …": a person, whom "It" would not
            # name.
            return [sentence]
        subject = "They" if match["be"] in ("are", "were") else "It"
    context.changes.append("split what a thing is from what it does")
    return [f"{match['subj']} {match['be']} {match['np']}.", f"{subject} {verb} {match['rest']}"]


_FINITE_WORDS: Final = frozenset("is are was were has have had can could will would may".split())


def split_closing_who(sentence: str, context: RuleContext) -> list[str]:
    """A closing ", who …" after a name becomes a sentence about that person, named again.

    "… the last great composer was Francis Poulenc, who died in 1963." → "… Francis Poulenc.
    Francis Poulenc died in 1963." The name is repeated rather than guessed as "he" or "she".
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        rf"^(?P<main>.{{20,}}?\b(?P<name>{_PERSON_NAME})), who (?P<verb>[a-z]+) "
        r"(?P<rest>[^,;]{3,}[.!?])$",
        sentence,
    )
    if match is None or _words(match.group("main")) < 5:
        return [sentence]
    before_name = match.group("main")[: -len(match.group("name"))].split()[-1:]
    if before_name and before_name[0].lower() == "of":
        # "the resident of Vanity Fair, who takes …": the "who" is the resident, not the place.
        return [sentence]
    verb = match.group("verb")
    if not (_is_past_verb(verb) or _is_present_verb(verb) or verb in ("is", "was", "has", "had")):
        return [sentence]
    context.changes.append("moved the “who” clause to its own sentence")
    name = match.group("name")
    return [f"{match.group('main')}.", f"{name} {verb} {match.group('rest')}"]


_LIST_BEFORE: Final = re.compile(r",[^,;]+\b(?:and|or)\b[^,;]+$")
"""A clause that ends on a list ("…, A, B and C")."""


def split_relative(sentence: str, context: RuleContext) -> list[str]:
    """A closing ", which …" clause becomes its own sentence starting "It", "They" or "This".

    "which is/was/has/had" describes the thing just named ("Blowfish, which has been
    available …" → "It has been …"); another verb may take up the whole clause ("…, which
    surprised many" → "This surprised many"). A "which" that is the object of its clause
    ("a fort, which they called …") is left alone: no subject fits in its place.
    """
    # "a song, which Nick Jonas wrote about …": a name after "which" is the clause's subject,
    # so "which" is its object and no "This" fits in its place.
    splitter = re.compile(rf",\s+(?=which\b(?! (?:{_OBJECT_STARTS})\b)(?! [A-Z]))")
    parts = _split_at(sentence, context, splitter, min_words=5)
    if len(parts) == 1:
        # "X, which the press asked for." → "X. The press asked for this.": only a clause
        # that ends on its preposition has a place for "this".
        splitter = re.compile(
            rf",\s+which (?=(?:{_OBJECT_STARTS})\b[^,]*\b(?:{'|'.join(_PREPOSITIONS)})[.!?]$)"
        )
        parts = _split_at(sentence, context, splitter, min_words=4)
        if len(parts) == 2:
            parts[1] = re.sub(r"([.!?])$", r" this\1", parts[1])
        return parts
    # An adverb after "which" ("Edo, which now is called Tokyo") is passed over to find the verb.
    result = [
        re.sub(rf"^[Ww]hich\b(?: (?=(?:(?:{_RELATIVE_ADVERBS}) )?(\w+)))?", _relative_subject, p)
        for p in parts
    ]
    for index in range(1, len(result)):
        if result[index].startswith("It ") and _LIST_BEFORE.search(parts[index - 1]):
            # "a type of music marked by X, Y and jazzy guitar solos, which originated …":
            # after a list, "which" may be the list or the thing it describes; neither "It"
            # nor "They" can be known to be right.
            context.changes.pop()
            return [sentence]
        last = re.findall(r"[A-Za-z]+", parts[index - 1])[-1:]
        if result[index].startswith("It ") and last and _is_plural_noun(last[0]):
            # "two songs, which reached …" → "They reached …".
            result[index] = "They " + result[index][len("It ") :]
    return result


_RELATIVE_ADVERBS: Final = (
    "now|today|still|later|then|once|often|usually|largely|mainly|mostly|currently|"
    "originally|eventually|soon|since|formerly|officially|traditionally"
)
"""Adverbs that may stand between "which" and its verb."""
_PLURAL_VERBS: Final = frozenset("are were have do".split())
_RESULT_VERBS: Final = frozenset(
    "led caused resulted meant made allowed forced gave brought prompted sparked triggered "
    "enabled helped marked ended left angered surprised shocked saw became".split()
)
"""Past verbs after ", which" that usually tell a result of the whole clause before them."""
_THING_VERBS: Final = frozenset("is was has had".split())
_OBJECT_STARTS: Final = "i|you|he|she|we|they|it|the|a|an|his|her|their|its|our|my|your|this|these"
"""Words after "which" that make it the object of its clause: "which they called …"."""


def _relative_subject(match: re.Match[str]) -> str:
    """The new subject for a "which" clause.

    "They" before a plural verb, "It" before "is/was/has/had" (the thing just named), else
    "This" (which may mean the whole clause).
    """
    verb = match.group(1)
    space = match.group(0)[len("which") :]
    if verb is None or not verb.islower():
        return "This" + space
    if verb in _THING_VERBS:
        return "It" + space
    if _is_past_verb(verb) and verb not in _RESULT_VERBS:
        # "a sitcom, which premiered on CBS" → "It premiered …": the thing just named acted;
        # "which led to …", "which caused …" tell a result of the whole clause ("This").
        return "It" + space
    plural = verb in _PLURAL_VERBS or (
        _is_base_verb(verb) and not _is_past_verb(verb) and verb not in MODAL_WORDS
    )
    return ("They" if plural else "This") + space


MODAL_WORDS: Final = frozenset("will would can could may might must shall should".split())


_APPOSITION: Final = re.compile(
    r"^(?P<head>.*?\b(?P<name>(?:[A-Z][\w'’-]*|\d+)(?:\s+(?:[A-Z][\w'’-]*|\d+|of|on|for|and|the))*?"
    r"\s*(?:[A-Z][\w'’-]*|\d+))),\s+(?P<np>(?:our|the|a|an|its|their|his|her)\s[^,;]+?)(?P<end>[.!?])$"
)


_NAME_PARTICLES: Final = frozenset(
    "de la le del della da di du des der den van von y bin al".split()
)
"""Small words inside names ("Juan de la Cruz", "Ludwig van Beethoven")."""


def split_apposition(sentence: str, context: RuleContext) -> list[str]:
    """A closing apposition becomes a sentence: "… Agenda 2030, our roadmap." → "Agenda 2030 is …".

    Only an apposition after a name, at the end of the sentence, is moved, so "is" is always right.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = _APPOSITION.match(sentence)
    if match is None or _words(match.group("head")) < 4:
        return [sentence]
    if not re.search(r"[A-Za-z]", match.group("name")):
        # "around 1: 00, the crowd broke in" is a time, not a name with an apposition.
        return [sentence]
    if _has_main_verb(match.group("np")) or re.search(rf"\b(?:{_MONTHS})\b", match.group("name")):
        # A date has no apposition: ", the Bundestag met" after it starts a clause.
        # "In August 1914, the regiment went to France": a clause, not an apposition.
        return [sentence]
    name = match.group("name").strip()
    before = match.group("head")[: match.start("name")].rstrip()
    if re.search(r"[A-Z][\w'’-]*,$", before) or before.rsplit(" ", 1)[-1] in _NAME_PARTICLES:
        # "Gouda, South Africa, a town …" and "… de la Santísima Trinidad, a series of names":
        # the name found is only the end of a longer one, which the apposition tells about.
        return [sentence]
    if " of the " in name:
        # "Smbat of the House of Orbelian, a branch of the Liparitids": the apposition may
        # tell about the house, not the man.
        return [sentence]
    if re.match(
        r"(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}(?:being|having)\b",
        match.group("np"),
    ):
        # "… during the Battle of Normandy, the German forces being involved in …" tells
        # why (an absolute phrase); it is not a second name for the battle.
        return [sentence]
    if re.match(r"(?:the|a|an)\s+[A-Z]", match.group("np")):
        # "made up of the Royal Australian Navy, the Australian Army, the …" is a list of
        # names, and "at the Mouse King, the Nutcracker seizes …" starts a clause.
        return [sentence]
    first = f"{match.group('head')}."
    subject = _capitalise(name)
    if re.search(r"\bthe$", before) and not name.lower().startswith("the "):
        # "came from the Royal Rumble, the event …" → "The Royal Rumble is …", as named.
        subject = f"The {name}"
    second = f"{subject} is {match.group('np')}{match.group('end')}"
    context.changes.append(f"moved the apposition after {name} to its own sentence")
    return [first, second]


def _has_main_verb(phrase: str) -> bool:
    """True when a noun phrase goes on into a verb of its own: "the regiment went to France".

    A participle right after the article ("an integrated suite") and a verb inside a relative
    clause ("the son of a slave who was adopted") do not count.
    """
    words = phrase.split()
    for index, word in enumerate(words):
        if word in ("who", "that", "which", "whose", "whom"):
            return False
        if index < 2:
            continue
        if word in ("is", "are", "was", "were", "has", "had", "have"):
            return True
        if not _is_past_verb(word):
            continue
        if not _may_be_participle(word):
            return True  # "went", "began": only a main verb
        # "attacked the fort", "started." and "struggled to keep" are main verbs; "made up of"
        # and "committed to applying" describe the noun.
        after = words[index + 1 : index + 3]
        if not after or after[0] in _DETERMINERS:
            return True
        if after[0] == "to" and len(after) > 1 and _is_base_verb(after[1]):
            return True
    return False


_DASH_LIST: Final = re.compile(
    r"^(?P<subject>[A-Z][^—–,;]{3,150}?)\s*[—–]\s*"
    r"(?P<list>[A-Z][^—–;()]*?,[^—–;()]*?,[^—–;()]*?\band\s[^—–;()]+?)\s*[—–]\s*"
    r"(?P<verb>[a-z]+)\b"
)


def split_dash_list(sentence: str, context: RuleContext) -> list[str]:
    """A list between dashes after the subject follows the sentence, in a sentence of its own.

    "The 68 members—A, B, … and Z—met in X." → "The 68 members met in X. They were A, B, …
    and Z." A reader keeps the subject in mind until its verb; a long list in between (names of
    countries, bodies) makes that hard. The subject must be plural ("members"), and the list
    keeps every item and its order.
    """
    match = _DASH_LIST.match(sentence)
    if match is None or _words(match["list"]) < 6:
        return [sentence]
    verb = match["verb"]
    plural = any(_is_plural_noun(w) for w in re.findall(r"\b[a-z]+\b", match["subject"]))
    if not plural or not (_is_past_verb(verb) or _is_auxiliary_or_present(verb)):
        return [sentence]
    be = "were" if _is_past_verb(verb) else "are"
    context.changes.append("moved the list between dashes to its own sentence")
    return [
        f"{match['subject'].rstrip()} {sentence[match.start('verb') :]}",
        f"They {be} {match['list'].strip()}.",
    ]


_RELATIVE_WORD: Final = re.compile(r"\b(?:which|whom|whose)\b", re.IGNORECASE)
"""An aside with one of these hangs on a noun outside it: it is never a sentence alone."""


def split_parenthetical(sentence: str, context: RuleContext) -> list[str]:
    """Brackets and paired dashes interrupt a sentence: short asides go, long ones follow it.

    An aside that holds a fact (a number, a name) is never dropped: a bracketed one follows the
    sentence as a short sentence of its own ("Born 2 May 1954."), a dash aside stays in place,
    and a bracketed acronym or single name stays beside the words it names, as do several
    bracketed facts in one sentence (each belongs to the words before it: "Peace (1814); …").
    A bracketed acronym that only repeats the name before it ("the Works Progress
    Administration (WPA)") goes when the text never uses it again.
    """
    open_aside = re.search(
        r"\s+[–—-]\s+((?:from|including|such as|like)\s[^–—]{3,200}?),\s+"
        r"(?=(?:remains?|stays?|is|are|was|were|has|have|will|can|must)\b)",
        sentence,
    )
    if open_aside is not None:
        # "X – from A to B, remains Y": a dash opened the aside and a comma closed it.
        aside = open_aside.group(1).strip()
        rest = sentence[: open_aside.start()] + " " + sentence[open_aside.end() :]
        verb = "includes" if aside.startswith(("including", "such as", "like")) else "reaches"
        aside = re.sub(r"^(?:including|such as|like)\s+", "", aside)
        context.changes.append(f"moved the aside “{aside}”")
        aside = re.sub(r",(?=\s+to\b)", "", aside)
        return [rest.strip(), f"This {verb} {aside}."]
    moved: list[str] = []
    fact_asides = [a for a in re.findall(r"\(([^()]{1,200})\)", sentence) if factguard.extract(a)]

    def aside_out(match: re.Match[str]) -> str:
        aside = (match.group(1) or match.group(2) or "").strip()
        spelled = _spelled_out(aside, sentence[: match.start()]) if match.group(1) else None
        whole = context.text or sentence
        if spelled is not None and len(re.findall(rf"\b{re.escape(aside)}\b", whole)) <= 1:
            # "the European Space Agency (ESA)", and ESA is not used again: the short form in
            # brackets only repeats the name, so it goes (the guard accepts the long form).
            context.allowed[aside] = spelled
            context.changes.append(f"dropped the short form “{aside}”, used only once")
            return ""
        if factguard.extract(aside):
            if (
                match.group(2)
                or len(fact_asides) > 1
                or (_words(aside) < 2 and not re.search(r"\d", aside))
            ):
                # A dash aside with a fact, or a bracketed acronym or single name, stays put.
                return match.group(0)
            # A bracketed aside with a number or a name is a fact: it follows as a sentence
            # of its own when it can be told as one ("Anna Berg was born on 2 May 1954");
            # otherwise it stays beside the words it tells about, never as a fragment.
            told = _aside_as_sentence(aside, sentence[: match.start()])
            if told is None:
                return match.group(0)
            context.changes.append(f"moved the aside “{aside}”")
            moved.append(told)
            return ""
        verb = re.search(r"\b(?:is|are|was|were|has|have|will|can)\b", aside)
        tells = _words(aside) >= 5 and verb is not None
        if tells and _RELATIVE_WORD.search(aside):
            # "(all but one of which was a Nordic cross)" hangs on the sentence's noun: on its
            # own it is no sentence, and dropped it would take a fact away.
            return match.group(0)
        context.changes.append(f"moved the aside “{aside}”")
        if tells:
            moved.append(_capitalise(aside.rstrip(".")) + ".")
        return " " if match.group(2) else ""

    rest = re.sub(
        r"\s*\(([^()]{1,200})\)|\s+[–—-]\s+([^–—]{3,200}?)\s+[–—-]\s+", aside_out, sentence
    )
    if rest == sentence:
        return [sentence]
    rest = re.sub(r"\s+([,.;:!?])", r"\1", rest).strip()
    return [rest, *moved]


_INITIALS_SKIP: Final = frozenset("of and the for on in to de du la & a an".split())


def _spelled_out(acronym: str, before: str) -> str | None:
    """The words just before a bracketed acronym that it abbreviates, or None.

    "European Southern Observatory" before "(ESO)", "reduced instruction set computer" before
    "(RISC)", "Wi-Fi Protected Access" before "(WPA)": the initials of the last few words, with
    or without the small words ("of", "and"), spell the acronym's capitals.
    """
    if not re.fullmatch(r"[A-Z][A-Za-z0-9&-]*[A-Z0-9]", acronym) or len(acronym) > 8:
        return None
    capitals = re.sub(r"[^A-Z]", "", acronym)
    words = before.split()
    for count in range(2, min(len(words), 10) + 1):
        phrase = words[-count:]
        if phrase[0].lower() in _INITIALS_SKIP or not re.match(r"[\w]", phrase[0]):
            continue
        heads = [w.split("-")[0] for w in phrase]
        full = "".join(w[:1] for w in heads).upper()
        content = "".join(w[:1] for w in heads if w.lower() not in _INITIALS_SKIP).upper()
        if capitals in (full, content):
            return " ".join(phrase)
    return None


_PERSON_NAME: Final = (
    r"[A-Z][\w'’-]+(?: (?:[A-Z]\.|[\"“][A-Z][\w'’-]+[\"”]|[A-Z][\w'’-]+|de|van|von|da|di)){1,4}"
)
"""A person's name as a sentence opens with it: "William J. "Bill" Bowerman", "Anna Berg"."""


def _aside_as_sentence(aside: str, before: str) -> str | None:
    """A bracketed fact told as a whole sentence, or None when it cannot be told safely.

    - "(or Kitlineq)" gives another name: "It is also called Kitlineq."
    - "(born 2 May 1954)" or "(1904 – 1961)" right after a name that opens the sentence:
      "Anna Berg was born on 2 May 1954.", "Marcel Junod lived from 1904 to 1961."
    - an aside that is a clause of its own (it has a verb) follows as it is.
    A short label ("1990", "71 km", "2 miles away") has no subject to make a sentence with.
    """
    # "(, born 1947)": a pronunciation left out of the source leaves its comma behind.
    aside = aside.strip().lstrip(",;").strip().rstrip(".")
    other_name = re.match(r"(?:or|also called|also known as|aka)\s+(.+)$", aside)
    if other_name is not None:
        return f"It is also called {other_name.group(1)}."
    known = re.match(r"(now|then|later|formerly|originally) (known|called) (.+)$", aside)
    if known is not None:
        # "(now known as Tasmania)": "now" is said with "is", any earlier time with "was".
        tense = "is" if known.group(1) == "now" else "was"
        return f"It {tense} {aside}."
    spelled = re.match(r"(?:alternatively |also )?spelled (?:as )?(.+)$", aside)
    if spelled is not None:
        return f"It is also spelled {spelled.group(1)}."
    name = re.fullmatch(rf"\s*({_PERSON_NAME})\s*", before)
    if name is not None and len(name.group(1).split()) >= 2:
        born = re.match(r"born\s+(.+)$", aside)
        if born is not None:
            # "(born August 27, 1970 in)": a place the source lost leaves its "in" behind.
            when = re.sub(r",?\s+(?:in|at|on)$", "", born.group(1))
            if re.match(r"\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}\b", when):
                when = f"on {when}"
            elif re.match(r"\d{3,4}\b", when):
                when = f"in {when}"
            return f"{name.group(1)} was born {when}."
        date = r"(?:\d{1,2} [A-Z][a-z]+ |[A-Z][a-z]+ (?:\d{1,2}, )?)?\d{3,4}"
        span = re.fullmatch(rf"({date})\s*[–—-]\s*({date}|\d{{2}})", aside)
        if span is not None:
            return f"{name.group(1)} lived from {span.group(1)} to {span.group(2)}."
    if _words(aside) >= 4 and re.search(r"\b(?:is|are|was|were|has|have|had|will|can)\b", aside):
        # "(all but one of which was a cross)" is a clause, but it hangs on a noun before it.
        return None if _RELATIVE_WORD.search(aside) else _capitalise(aside) + "."
    quantity = re.search(r"(?<![\w.,])(\d[\d,.]*) ([a-z]+)\s*$", before)
    if quantity is not None and re.fullmatch(r"\d[\d,.]*\s*[a-z][\w /²³]*", aside):
        # "44 miles (71 km)": the same quantity in other units, told as a sentence.
        number, unit = quantity.groups()
        if number != "1":
            unit = _UNIT_PLURALS.get(unit, unit)
        return f"{number} {unit} is {aside}."
    return None


_UNIT_PLURALS: Final = {
    "mile": "miles",
    "foot": "feet",
    "yard": "yards",
    "inch": "inches",
    "metre": "metres",
    "meter": "meters",
    "kilometre": "kilometres",
    "kilometer": "kilometers",
    "pound": "pounds",
    "ton": "tons",
    "tonne": "tonnes",
    "acre": "acres",
    "hectare": "hectares",
    "gallon": "gallons",
    "litre": "litres",
    "liter": "liters",
}
"""Units written in the singular before a noun ("a 23 mile eyewall") and their plurals."""


_TRUE_OF: Final = frozenset(
    "for in of among at when where if within across during after since as because now today "
    "here under throughout whenever wherever once".split()
)
"""Words that can follow "This is especially true": a place, a time, a case or a group the
claim holds for ("– especially in Africa", "– particularly when …"). After "against", "to" or
a bare noun ("– especially children") the phrase completes the claim's own words, and "This
is especially true against X" would not be English."""


def split_closing_emphasis(sentence: str, context: RuleContext) -> list[str]:
    """A closing "– especially X" gets its own sentence: ". This is especially true X".

    The dash adds weight to the whole claim before it, so "This is … true" keeps the meaning.
    Only when X opens with a word that says where, when or for whom the claim holds
    (`_TRUE_OF`); any other phrase stays attached, as written.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<main>.{20,}?)\s+[–—-]\s+(?P<adverb>especially|particularly|notably|mainly)\s+"
        r"(?P<rest>[^–—]{3,120}?)(?P<end>[.!?])$",
        sentence,
    )
    if match is None or _words(match.group("main")) < 5:
        return [sentence]
    if match.group("rest").split(" ", 1)[0].lower() not in _TRUE_OF:
        return [sentence]
    last = re.findall(r"[a-z]+", match.group("main").lower())[-1:]
    if (
        last
        and not _may_be_noun(last[0])
        and (_is_base_verb(last[0]) or _is_past_verb(last[0]) or _is_present_verb(last[0]))
    ):
        # "We must act and invest – especially in schools": the phrase completes the verb,
        # and "This is especially true in schools" would say something else.
        return [sentence]
    # "particularly" and "notably" may already read "especially" (the lexicon ran first).
    adverb = "mainly" if match.group("adverb") == "mainly" else "especially"
    context.changes.append("moved the closing emphasis to its own sentence")
    return [
        f"{match.group('main')}.",
        f"This is {adverb} true {match.group('rest')}{match.group('end')}",
    ]


_DASH: Final = re.compile(r"\s+(?:--|[–—-])\s+")
_DASH_LINKS: Final = {"and": "", "but": "But ", "so": "That is why ", "yet": "Yet "}


def split_dash_clause(sentence: str, context: RuleContext) -> list[str]:
    """Two clauses joined by a dash become two sentences: "a goal -- we seek X" → "a goal. We …".

    Only when the part after the one dash is a full clause with its own subject ("we", "it",
    "the nation") and verb. "and" then goes, "but" and "yet" open the new sentence, and "so"
    says "That is why" (an opening "So" reads as a filler). A dash before a phrase ("– like X",
    "– or retreat") adds to the clause before it and stays.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    dashes = list(_DASH.finditer(sentence))
    if len(dashes) != 1:
        return [sentence]
    main, rest = sentence[: dashes[0].start()], sentence[dashes[0].end() :]
    link, _, clause = rest.partition(" ")
    if link.lower() == "so" and re.search(r"\b(?:can|could|may|might)\b", clause):
        # "-- so our children can live in peace" is a purpose ("so that"), not a result.
        return [sentence]
    if link.lower() in _DASH_LINKS:
        opening = _DASH_LINKS[link.lower()]
    else:
        opening, clause = "", rest
    if (
        _words(main) < 5
        or _words(clause) < 3
        or re.search(r"[,;:]$", main)
        or not re.search(r"[.!?]$", clause)
        or not _starts_with_subject(clause)
        or clause.split(" ", 1)[0].lower() in _NOT_SUBJECTS
        or not _has_clause_verb(main)
        or not _opens_with_subject_and_verb(clause)
    ):
        return [sentence]
    context.changes.append("split the clauses a dash joined")
    return [f"{main}.", f"{opening}{clause}" if opening else _capitalise(clause)]


_BEFORE_VERB_STOPS: Final = frozenset(
    "that which who whom whose because when where if as while since although".split()
)


def _opens_with_subject_and_verb(clause: str) -> bool:
    """True when a short subject and its verb open `clause`: "it ends", "the nation will lead".

    A noun with its own clause or list after it ("a war that will be fought", "a treasure
    because it …", "a unique, open and trusted good") repeats a noun: an apposition, not a clause.
    """
    words = re.findall(r"[A-Za-z'’]+|,", clause)
    common = 0
    for index, word in enumerate(words):
        if word == ",":
            return False
        if index > 0 and not word.islower():
            continue  # a name ("the United States of America") is part of the subject
        w = word.lower()
        if w in _BEFORE_VERB_STOPS:
            return False
        pronoun_before = index > 0 and words[index - 1].lower() in ("we", "i", "you", "they")
        if _is_auxiliary_or_present(w) or _is_past_verb(w) or (pronoun_before and _is_base_verb(w)):
            return common <= 4
        common += 1
    return False


_NOT_SUBJECTS: Final = frozenset("that this these those all both each every some many most".split())
"""Words that may open a clause as its subject, but after a dash as often point back to a noun
("a goal -- that we share", "the budget -- all of it spent"): such parts stay."""


_GAPPED: Final = re.compile(
    r"^(?P<main>(?P<subject>[A-Z][^,;:]{1,60}?) (?P<verb>stayed|remained|was|were|is|are|"
    r"became|seemed|looked) [^,;:]{2,60}), "
    r"(?P<subject2>(?!(?:and|or|but|as|with|while|who|whom|whose|which|that|where|when|if)\b)"
    r"[a-z][^,;:]{1,60}?) (?P<predicate>as [a-z]+ as (?:ever|before|always|usual)|[a-z]+)"
    r"(?P<end>[.!])$"
)
_SUBJECT_PRONOUNS: Final = frozenset("i you he she it we they".split())
_SUBORDINATORS: Final = frozenset(
    "if when whenever while although though because as since unless after before once until "
    "whether where wherever".split()
)
_GAPPED_BE: Final = {"is": "are", "are": "is", "was": "were", "were": "was"}


def split_gapped_clause(sentence: str, context: RuleContext) -> list[str]:
    """A second clause that leaves out its verb gets it back, as a sentence of its own.

    "The sky was grey, the streets empty." → "The sky was grey. The streets were empty." The
    reader no longer has to carry the verb over the comma. Only linking verbs ("was",
    "stayed") and a closing adjective ("empty", "as strong as ever") are turned, so the second
    part cannot be an apposition ("born in 1950, the son of a farmer").
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = _GAPPED.match(sentence)
    if match is None:
        return [sentence]
    predicate, subject2 = match["predicate"], match["subject2"]
    words2 = subject2.split()
    if not predicate.startswith("as ") and not (
        _is_adjective(predicate) and not predicate.endswith("ing")
    ):
        return [sentence]
    has_noun = any(_is_noun(w) for w in words2)
    has_verb = any(_is_verb_form(w) and not _is_noun(w) and not _is_adjective(w) for w in words2)
    if (
        not has_noun
        or has_verb
        or _has_finite_verb(subject2)
        or words2[0] in _SUBJECT_PRONOUNS
        or match["subject"].split()[0].lower() in _SUBORDINATORS
        or not _has_clause_verb(match["main"])
    ):
        # "If he doesn't like it, he tries …": a condition and its main clause, not two
        # clauses sharing a verb.
        return [sentence]
    verb = match["verb"]
    if verb in _GAPPED_BE:
        # The verb agrees with the new subject: its head is the last word before a preposition.
        head = re.split(rf"\s(?:{'|'.join(_PREPOSITIONS)})\s", subject2)[0].split()[-1]
        verb = _GAPPED_BE[verb] if _is_plural_noun(head) != (verb in ("are", "were")) else verb
    context.changes.append("gave the second clause its verb")
    return [f"{match['main']}.", f"{_capitalise(subject2)} {verb} {predicate}{match['end']}"]


_PREPOSITION_INGS: Final = frozenset(
    "according during including following regarding concerning considering excluding "
    "notwithstanding pending barring beginning starting involving".split()
)
"""Words ending in -ing that work as prepositions ("During the war, …"), not as participles."""


def split_participle(sentence: str, context: RuleContext) -> list[str]:
    """A participle phrase becomes its own sentence.

    "Protecting the vulnerable, the database …" → "The database …. This protects the vulnerable."
    "X, respecting Y, is Z." → "X is Z. It respects Y."
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    lead = re.match(r"^([A-Z][a-z]+ing)\b([^,]{3,80}),\s+(.+)$", sentence)
    # The main clause must start with its subject; "Keeping X safe needs …, reflects …" is a
    # gerund subject, not a participle phrase.
    if lead and not _starts_with_subject(lead.group(3)):
        lead = None
    if lead and lead.group(1).lower() in _PREPOSITION_INGS:
        lead = None
    if lead and lead.group(1).lower() not in _LINKING_INGS:
        after_ing = lead.group(2).split()
        if after_ing and (
            _is_past_verb(after_ing[0])
            or (len(after_ing) > 1 and _is_noun(after_ing[0]) and _is_past_verb(after_ing[1]))
        ):
            # "Casting included Waheed Murad, Shamim Ara, …" and "Leading figures included
            # Otto Ernst Remer, …": a subject and its verb, not a participle phrase.
            lead = None
    if lead and _next_leans_back(sentence, context):
        # "Having endured …, Latvia understands freedom. As do many others.": moved after
        # the main clause, the phrase would take the "As do" that belongs to the clause.
        lead = None
    if lead and _verb_of_participle(lead.group(1)):
        verb = _verb_of_participle(lead.group(1))
        main = _capitalise(lead.group(3))
        if _words(main) >= 5 and verb:
            # The phrase describes the main clause's subject: a pronoun, a short name or a
            # short noun phrase ("The storm") is repeated; anything else is "This".
            plural_pronoun = re.match(r"^(They|We|You|I)(?= [a-z])", main)
            if plural_pronoun is not None:
                # "Using their tail …, they deliver kicks" → "They use their tail …".
                doer = plural_pronoun.group(1)
                form = _past(verb) if _is_past(main) else verb
                if form:
                    context.changes.append("moved the opening participle phrase")
                    return [main, f"{doer} {form}{lead.group(2)}."]
            subject = re.match(rf"^(?:He|She|It|{_SHORT_NAME})(?= [a-z])", main)
            doer = "This"
            if subject is not None and not re.search(r"['’]s?$", subject.group(0)):
                doer = subject.group(0)
                if doer.split()[0].lower() in _FUNCTION_WORDS - {"he", "she", "it"}:
                    doer = "This"
            noun_phrase = re.match(r"^(?:The|A|An|Its|Their|His|Her|Our) [a-z]+(?: [a-z]+)?", main)
            if doer == "This" and noun_phrase is not None:
                words = noun_phrase.group(0).split()
                after = main.split()[len(words)] if len(main.split()) > len(words) else ""
                if _is_noun(words[-1]) and (
                    _is_past_verb(after)
                    or _is_present_verb(after)
                    or re.fullmatch(_FINITE_AUXILIARIES, after) is not None
                ):
                    doer = noun_phrase.group(0)
                elif (
                    len(words) == 3
                    and _is_noun(words[1])
                    and (
                        _is_past_verb(words[2])
                        or re.fullmatch(_FINITE_AUXILIARIES, words[2]) is not None
                    )
                ):
                    # "The terrorists have chosen …" → "The terrorists lacked …", not "This".
                    doer = " ".join(words[:2])
                if doer != "This" and _is_plural_noun(doer.split()[-1]):
                    # "The storms moved …. The storms tracked …": the verb agrees.
                    verb_form = _past(verb) if _is_past(main) else verb
                    context.changes.append("moved the opening participle phrase")
                    return [main, f"{doer} {verb_form}{lead.group(2)}."]
            if doer == "This" and len(lead.group(2).split()) < 2:
                # "Working together, the Government will …" says how it acts: "This works
                # together." would give the act to no one.
                return [sentence]
            form = _past(verb) if _is_past(main) else _third_person(verb)
            context.changes.append("moved the opening participle phrase")
            return [main, f"{doer} {form}{lead.group(2)}."]
    middle = re.search(r",\s+([a-z]+ing)\b([^,:;]{3,80}),\s+", sentence)
    if middle and middle.group(1) in _PREPOSITION_INGS - {"including"}:
        middle = None
    if (
        middle
        and re.search(r"[A-Z][\w'’.-]*$", middle.group(2))
        and re.match(r"[A-Z]", sentence[middle.end() :])
    ):
        # "near Fort Walton Beach, Florida with …": a comma inside a place's name.
        middle = None
    if middle and re.search(r"\b(?:and|or) [a-z]+ing\b", middle.group(2)):
        # ", exporting X and disregarding the interests of Libya, its neighbours …": a second
        # participle goes on past the comma, into a list; cut there, both would be garbled.
        middle = None
    if middle and not _has_finite_verb(sentence[middle.end() :]):
        # ", featuring his ancestor, Trevor Belmont.": what follows is a name, not the rest
        # of the main clause.
        middle = None
    if middle and re.match(
        r"(?:[^,]{1,40},\s+)*(?:and|or)\b|(?:[^,]{1,40},\s+){2,}[^,]{0,40}?\b(?:and|or)\b",
        sentence[middle.end() :],
    ):
        # ", including A, B, and C": the list goes on after the comma; cutting would garble it.
        middle = None
    if middle and not _has_finite_verb(sentence[middle.end() :].split(",")[0]):
        # ", including Belgium, the Netherlands and …" and ", linking two plateaux, the Causse
        # du Larzac and …": a list or an apposition goes on after the comma, not the main clause.
        middle = None
    if middle and re.match(_LEADING_SUBORDINATOR, sentence) and "," in sentence[middle.end() :]:
        # "While smaller towns, including A and B, remained under threat, the CFA said …":
        # put after the main clause, "They include A and B" would tell about its nouns.
        middle = None
    if middle and _verb_of_participle(middle.group(1)):
        verb = _verb_of_participle(middle.group(1))
        main = sentence[: middle.start()] + " " + sentence[middle.end() :]
        if verb and _words(main) >= 5:
            context.changes.append("moved a participle phrase")
            doer, plural = "It", False
            head = re.search(
                r"([A-Za-z]+)(?: (?:to|of|in|on|from|near|at|across|around|within) "
                r"(?:the |a |an )?[A-Za-z-]+)*$",
                sentence[: middle.start()],
            )
            if head is not None and _is_plural_noun(head.group(1)):
                # "Smaller towns to the east, including A and B, …" → "They include A and B".
                doer, plural = "They", True
            after = sentence[middle.end() :]
            if middle.group(1) != "including" and re.match(
                r"(?:is|are|was|were|has|have|had|remains?|will|can|must|should|may)\b", after
            ):
                # "X, respecting Y, is Z": X is the subject, so it can be named.
                doer, plural = _this_head(sentence[: middle.start()])
            first_after = after.split(" ", 1)[0]
            if middle.group(1) != "including" and _is_past_verb(first_after):
                # "careful examination in 1993, using the telescope, failed …": the phrase
                # tells how its subject acted then ("This examination used …"), not "It uses".
                doer, plural = _this_head(sentence[: middle.start()])
                past = _past(verb)
                if past:
                    return [main, f"{doer} {past}{middle.group(2)}."]
            form = verb if plural else _third_person(verb)
            return [main, f"{doer} {form}{middle.group(2)}."]
    return [sentence]


_LINKING_INGS: Final = frozenset("having being getting becoming seeming feeling looking".split())
"""-ing words a past participle may follow inside a participle phrase ("Having persuaded …")."""
_LEADING_SUBORDINATOR: Final = (
    r"(?:While|Although|Though|When|Whereas|If|Because|As|Since|After|Before|Unless|Until|Once)\b"
)
"""A sentence that opens with a subordinate clause; its main clause comes after a comma."""


_LEANS_BACK: Final = (
    r"(?:As|So|Nor|Neither)\s+(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|"
    r"should|must|may|might)\b"
)
"""The opening of a sentence that repeats the last one's verb for others ("As do many")."""


def _next_leans_back(sentence: str, context: RuleContext) -> bool:
    """Whether the sentence after this one in the text goes on from its end ("As do many.").

    Such a sentence takes the last clause before it; a rule that puts another clause last
    would change what it says.
    """
    words = re.findall(r"[\w'’-]+", sentence)
    return bool(words) and bool(
        re.search(rf"\b{re.escape(words[-1])}[.!?]?[\"”’]?\s+{_LEANS_BACK}", context.text)
    )


_PREPOSITIONS: Final = frozenset("in of on for at with from by to across under over".split())
_MORE_PREPOSITIONS: Final = frozenset(
    "into out about after among until during within through between before since upon via "
    "behind beyond below above against along around toward towards without".split()
)


def _this_head(subject: str) -> tuple[str, bool]:
    """A subject named by its head noun: "Data matching in the field" → "This matching".

    Named so, the subject stays clear even when other sentences come between; "It" when no
    head noun is found. The flag says whether the head is plural ("These partnerships").
    """
    words = subject.split()
    for index, word in enumerate(words):
        if word in _PREPOSITIONS:
            words = words[:index]
            break
    if not words or len(words) > 6 or not words[0][:1].isupper():
        return "It", False
    head = words[-1]
    if not head.isalpha() or not head.islower() or head in _FUNCTION_WORDS:
        return "It", False
    if not (_is_noun(head) or (head.endswith("ing") and len(words) > 1)):
        return "It", False
    plural = head.endswith("s") and not head.endswith("ss")
    return (f"These {head}" if plural else f"This {head}"), plural


def split_past_participle(sentence: str, context: RuleContext) -> list[str]:
    """An inner ", led by A and B," phrase becomes a sentence of its own: "It was led by …".

    The phrase describes the subject before it, so "It" (or "They" after a plural) is right.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<head>(?:The|This|Our|Their|Its|[A-Z][\w'’-]*)\b[^,]{2,60}?), "
        r"(?P<verb>[a-z]+(?:ed|en|led|t)) (?P<phrase>by [^,]{3,100}), (?P<tail>[a-z].+)$",
        sentence,
    )
    if match is None or not _is_past_verb(match.group("verb")):
        return [sentence]
    if re.search(r"\b(?:we|I|you|they|he|she)\b", match.group("head")) or re.match(
        r"[a-z]+ by\b", match.group("tail")
    ):
        # "we turn to those tasks of our time, sustained by faith, driven by conviction, …":
        # the phrases tell about "we", and more of them follow; "It is sustained by faith"
        # would give them to the wrong thing.
        return [sentence]
    head = match.group("head")
    plural = head.split()[-1].endswith("s") and not head.split()[-1].endswith("ss")
    past = _is_past(match.group("tail").split(" ", 1)[0])
    be = ("were" if past else "are") if plural else ("was" if past else "is")
    pronoun = "They" if plural else "It"
    context.changes.append("moved a participle phrase to its own sentence")
    return [
        f"{head} {match.group('tail')}",
        f"{pronoun} {be} {match.group('verb')} {match.group('phrase')}.",
    ]


def split_leading_reason(sentence: str, context: RuleContext) -> list[str]:
    """An opening reason or aim follows the main clause as a sentence of its own.

    "Because X, we act." → "We act. This is because X."
    "To reach X, we act." → "We act. The aim is to reach X."
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(r"^(?P<kind>Because|To) (?P<lead>[^,]{3,120}), (?P<main>.+)$", sentence)
    if match is None or not _starts_with_subject(match.group("main")):
        return [sentence]
    if _words(match.group("main")) < 5:
        return [sentence]
    kind = match.group("kind")
    if kind == "To" and not _is_base_verb(match.group("lead").split(" ", 1)[0]):
        return [sentence]
    lead = match.group("lead").rstrip(".")
    second = f"This is because {lead}." if kind == "Because" else f"The aim is to {lead}."
    context.changes.append(f"moved the opening “{kind.lower()}” clause after the main one")
    return [_capitalise(match.group("main")), second]


_CIRCUMSTANCE: Final = re.compile(
    r"^(?P<lead>Against|Despite|Amid|Amidst) "
    r"(?P<phrase>(?P<det>an?|the|this|that|these|those|our|their|its) "
    r"(?P<words>[a-z-]+(?: (?!(?:still|now|already) )[a-z-]+){0,4})) "
    r"(?P<adverb>(?:still|now|already) )?(?P<ing>[a-z]{3,}ing), (?P<main>.+)$"
)
_CIRCUMSTANCE_POINTERS: Final = {
    "Against": ("Against it", "Against them"),
    "Despite": ("Despite this", "Despite this"),
    "Amid": ("Amid this", "Amid this"),
    "Amidst": ("Amid this", "Amid this"),
}
"""How the main clause points back to the event once it is told first: "Against it, we …"."""


def split_leading_circumstance(sentence: str, context: RuleContext) -> list[str]:
    """An opening "Against/Despite/Amid a crisis still unfolding," is told first, as a sentence.

    "Against a second pandemic still unfolding, we secured X." → "A second pandemic was still
    unfolding. Against it, we secured X." A reader meets the event as a plain clause of its own
    instead of holding a long phrase in mind before the subject arrives. The verb takes the
    main clause's tense and the noun's number. Only a short noun phrase of common words, with
    a noun for its head and no preposition inside, and an -ing form of a verb right before
    the comma, so the -ing form can only describe that noun.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = _CIRCUMSTANCE.match(sentence)
    if match is None:
        return [sentence]
    words = match["words"].split()
    main = match["main"]
    if (
        any(w in _PREPOSITIONS or w in _MORE_PREPOSITIONS or w in _FUNCTION_WORDS for w in words)
        or not _may_be_noun(words[-1])
        or _verb_of_participle(match["ing"]) is None
        or _is_noun(match["ing"])
        or not _starts_with_subject(main)
        or _words(main) < 4
        or not _has_finite_verb(main)
    ):
        return [sentence]
    plural = _is_plural_noun(words[-1])
    past = _is_past(main)
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    pointer = _CIRCUMSTANCE_POINTERS[match["lead"]][plural]
    first, _, rest = main.partition(" ")
    if first.lower() in _FUNCTION_WORDS and first[1:].islower():
        main = first.lower() + (" " + rest if rest else "")
    context.changes.append("told the opening circumstance as a sentence of its own")
    return [
        f"{_capitalise(match['phrase'])} {be} {match['adverb'] or ''}{match['ing']}.",
        f"{pointer}, {main}",
    ]


_PARTICLES_WITHOUT_INFINITIVE: Final = frozenset({"out", "for", "off", "down"})
"""Particles of plain two-word verbs ("carry out", "look for") that "to do" cannot follow."""
_BEFORE_A_NOUN_ONLY: Final = frozenset({"sustainable", "principal"})
"""Adjectives whose plain word fits only before a noun: not after "is", and "the principal
of the school" is no "main"."""
_OBLIGES: Final = re.compile(r"(?i)requir(?:e|es|ed|ing)$")
"""A verb that obliges someone to do something: its plain word "need" would not."""
_PORTRAY_AS_PLAY: Final = {
    "portray": "play",
    "portrays": "plays",
    "portrayed": "played",
    "portraying": "playing",
}
"""An actor's "portray" is "play" ("portrayed the character X")."""
_MADE_UP_NOUNS: Final = (
    "facts?|evidence|consent|crisis|crises|outrage|news|stor(?:y|ies)|claims?|quotes?|"
    "controvers(?:y|ies)|scandals?|data|rumou?rs?|lies"
)
"""Things that are "manufactured" only in the sense of made up."""
_LAW_DETERMINERS: Final = frozenset("the this that its their our his her such".split())
"""Words before "legislation" after which "law" reads right ("the legislation" → "the law")."""
_WIDE_NOUNS: Final = frozenset(
    "range ranges area areas network networks coverage variety selection choice array "
    "collection region regions support spread".split()
)
"""Nouns that "wide" fits where "extensive" stood ("an extensive range" → "a wide range")."""
_SPLIT_PARTICLES: Final = frozenset("out up off down away back in on over".split())
"""Particles of phrasal verbs that an object pronoun must stand before ("threw it out")."""
_PRONOUN_OBJECTS: Final = frozenset("it them him her us me you".split())
_EQUILIBRIUM_TERMS: Final = frozenset("theory constant point price model state".split())
"""Nouns after "equilibrium" that make a term of art ("equilibrium theory")."""
_SUSTAINABLE_TERMS: Final = frozenset(
    "development energy agriculture farming fishing fisheries forestry tourism consumption "
    "production transport transportation use management fuel fuels sources practices".split()
)
"""Nouns with which "sustainable" names a term of art (it does not harm the planet), which
"long-term" would not say: "sustainable development" is not "long-term development"."""
_NOT_CARRIED_OUT: Final = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s+(?:tariffs?|tax(?:es)?|duties|levies|fees|sanctions|"
    r"partnerships?|systems?|technolog(?:y|ies)|tools?|software|platforms?|mechanisms?|"
    r"frameworks?|agreements?|treat(?:y|ies)|conventions?|protocols?|legislation|laws?|"
    r"standards?)\b",
    re.IGNORECASE,
)
"""Things put in place rather than done: tariffs, partnerships and frameworks (or laws and
treaties) are not "carried out"."""
_CRIME_OBJECT: Final = re.compile(
    r"^(?:\s+[\w'’-]+){0,2}?\s+(?:crimes?|offen[cs]es?|violations?|abuses?|cases?|acts?)\b",
    re.IGNORECASE,
)
"""Objects of "prosecute" that are deeds: a crime is prosecuted, never "taken to court"."""

_PURPOSE_VERBS: Final = (
    "allow|enable|help|support|ensure|protect|prevent|stop|fight|end|make|provide|give|keep|build|"
    "create|reduce"
)


_INFINITIVE_NOUNS: Final = frozenset(
    "ability attempt capacity chance commitment courage decision desire determination "
    "duty effort failure freedom intention need obligation opportunity permission plan power "
    "promise readiness refusal resolve responsibility right strength time urge way will wish "
    "willingness".split()
)
"""Nouns completed by an infinitive: "the courage to build peace" is what the courage is for,
not the sentence's purpose, and "The aim is to build peace" would change what was said."""


_HELP_OBJECT: Final = (
    r"\b(?:help|helps|helped|helping|allow\w*|enabl\w*|encourag\w*|urg\w*|ask\w*|want\w*|"
    r"forc\w*|persuad\w*|invit\w*|train\w*|teach\w*|get|gets|getting|got)(?: \S+){1,3}$"
)
"""A verb and its object that an infinitive completes ("help the government to fight")."""


def split_purpose(sentence: str, context: RuleContext) -> list[str]:
    """A closing purpose becomes a sentence: "… a platform to allow X." → "The aim is to allow X".

    Only after a noun ("platform to allow"), so a verb's own "to" ("continued to grow") stays.
    "The aim is to" keeps it a purpose; "This allows X" would say it already happens.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        rf"^(?P<main>.{{25,}}? (?P<noun>[a-z]+)) to (?P<verb>{_PURPOSE_VERBS}) "
        r"(?P<rest>[^;]{8,})$",
        sentence,
    )
    if (
        match is None
        or not _is_noun_not_verb(match.group("noun"))
        or match.group("noun") in _INFINITIVE_NOUNS
        # "easier for immigrants to build": the infinitive says what they do, not an aim.
        or re.search(r"\bfor(?: \S+){1,3}$", match.group("main"))
        # "helping the Iraqi government to fight corruption": what the helped one does.
        or re.search(_HELP_OBJECT, match.group("main"))
        # "has not yet made it possible to put an end to …": what is possible, not an aim.
        or re.search(r"\bit \S+$", match.group("main"))
        or _words(match.group("main")) < 6
        # "…, policies to reduce X, cyber insurance, and a playbook": a list item's purpose,
        # not the sentence's; cut out, it would drag the rest of the list with it.
        or re.search(r"(?:,|\band|\bor) \S+$", match.group("main"))
    ):
        return [sentence]
    context.changes.append("moved the purpose to its own sentence")
    return [f"{match.group('main')}.", f"The aim is to {match.group('verb')} {match.group('rest')}"]


def split_leading_clauses(sentence: str, context: RuleContext) -> list[str]:
    """Opening "As …, as …," clauses become sentences of their own before the main one."""
    if _words(sentence) <= context.long_words:
        return [sentence]
    # "As well as X, …" adds an item and "As long as X, …" sets a condition: neither is an
    # "as" clause that can stand alone.
    match = re.match(
        r"^((?:As\s(?!\w+ as\b)[^,]{3,80},\s+)(?:as\s(?!\w+ as\b)[^,]{3,80},\s+)*)(.+)$",
        sentence,
    )
    if match is None:
        return [sentence]
    clauses = [c.strip() for c in re.split(r",\s+", match.group(1)) if c.strip()]
    main = match.group(2)
    if _words(main) < 5 or not all(_has_finite_verb(c) for c in clauses):
        # "As a result, …" and "As part of the plan, …" are phrases, not clauses.
        return [sentence]
    if re.match(r"(?:and|or|but)\s", main, re.IGNORECASE) or any(
        len(re.findall(r"—|–|--", clause)) % 2 or clause.count("(") != clause.count(")")
        for clause in clauses
    ):
        # "As we make progress, and Iraqi forces take the lead, we …" and "As we look ahead
        # in our way—restless, bold—and set …": the "as" clause goes on past the comma, and
        # cut there it would leave "Iraqi forces take the lead, we …" or "Bold—and set …".
        return [sentence]
    first = main.split()[0].lower()
    if first not in _FUNCTION_WORDS and _is_base_verb(first) and not _is_noun(first):
        # "As you consider the work ahead, remember …": told alone, the "as" clause would
        # state what was only a moment for the request ("You consider the work ahead.").
        return [sentence]
    parts = [_capitalise(re.sub(r"^[Aa]s\s+", "", c)) + "." for c in clauses]
    context.changes.append("moved opening “as” clauses to their own sentences")
    return [*parts, _capitalise(main)]


def split_long_sentence(sentence: str, context: RuleContext) -> list[str]:
    """Long sentences are cut where a new clause starts: semicolons, ", and we …", ", which".

    Kept for callers of the first version; the default rules split with the smaller rules above.
    """
    if _words(sentence) <= context.long_words:
        return [sentence]
    threshold, context.long_words = context.long_words, 0
    parts = [sentence]
    try:
        for rule in (split_semicolons, split_coordinated, split_relative):
            parts = [piece for part in parts for piece in rule(part, context)]
    finally:
        context.long_words = threshold
    return parts


def explain_acronyms(sentence: str, context: RuleContext) -> list[str]:
    """An acronym is explained the first time a section uses it, in a short sentence of its own.

    A separate sentence ("INTERPOL stands for …") keeps the original sentence short, which a
    bracketed expansion would not. It comes before the sentence, or after one that opens with
    a pronoun ("It …"), which must stay next to what it points back to. Acronyms most readers
    know (UN, NATO, COVID-19: common in English by wordfreq) are not explained, and neither is
    one already spelt out beside it.
    """
    notes: list[str] = []
    for token in re.findall(r"(?<![\w-])[A-Z][A-Z0-9-]*[A-Z0-9](?![\w-])", sentence):
        expansion = context.acronyms.get(token)
        if expansion is None or token in context.seen_acronyms:
            continue
        context.seen_acronyms.add(token)
        context.allowed[token] = expansion
        if _well_known(token) or expansion.lower() in sentence.lower():
            continue
        # A body's name takes "the" ("the United Nations"); a term does not ("artificial …").
        article = "the " if _BODY_WORDS & set(expansion.split()) else ""
        notes.append(f"{token} stands for {article}{expansion}.")
        context.changes.append(f"explained {token}")
    if notes and re.match(r"(?:It|This|They|These|He|She)\b", sentence):
        # "It reminds us …" points back to the sentence before; a note between them would
        # take that place, so it follows instead.
        return [sentence, *notes]
    return [*notes, sentence]


_NOTE: Final = re.compile(r"^(?P<token>[A-Z][A-Z0-9-]*[A-Z0-9]) stands for \S")
_POINTS_BACK: Final = re.compile(r"^(?:It|This|They|These|He|She)\b")
_DEMONSTRATIVE: Final = re.compile(r"\b(?:this|these|such)\b", re.IGNORECASE)
"""A sentence that names something said before it, which a note must not come between."""


def notes_before_antecedent(sentences: list[str], context: RuleContext) -> list[str]:
    """An acronym's note that follows "It …" moves before the sentence "It" points back to.

    `explain_acronyms` puts a note after a sentence that opens with a pronoun, so the pronoun
    keeps its place next to what it names. Once a later pass has split that sentence, the
    note would sit between its parts ("It reminds us of X. INTERPOL stands for …. Agenda
    2030 is …"); placed before the sentence the pronoun points back to, the note still
    comes before the acronym's use and breaks no link. Works on one paragraph: a pronoun
    that opens a paragraph points outside it, and its note stays.
    """
    result = list(sentences)
    index = 1
    while index < len(result):
        note = _NOTE.match(result[index])
        before = result[index - 1]
        if (
            note is None
            or note["token"] not in context.acronyms
            or not _POINTS_BACK.match(before)
            or not re.search(rf"(?<![\w-]){re.escape(note['token'])}(?![\w-])", before)
        ):
            index += 1
            continue
        start = index - 1
        while start > 0 and _POINTS_BACK.match(result[start]):
            start -= 1
        if (
            _POINTS_BACK.match(result[start])
            or _NOTE.match(result[start])
            or _DEMONSTRATIVE.search(result[start])
        ):
            index += 1  # "reminds us of this need": the note would come between it and its need
            continue
        result.insert(start, result.pop(index))
        context.changes.append(f"moved the note on {note['token']} before the sentence it serves")
        index += 1
    return result


_BODY_WORDS: Final = frozenset(
    "Organization Organisation Union Nations Council Court Bank Fund Agency Office Department "
    "Committee Commission Conference Association Community Bureau Service Administration Force "
    "Programme Program Institute Forum Movement Party Republic Kingdom States Emirates "
    "Federation Assembly Parliament Convention Treaty Covenant Mission Initiative Coalition "
    "Centers Centre Center Authority Board Secretariat Alliance Group Partnership Cooperation "
    "System Goals Protection Enforcement Customs Council".split()
)
"""Words that make an expansion the name of a body or document, which takes "the"."""


_LONG_NAME: Final = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w'’-]+ ){1,4}?[A-Z][\w'’-]+(?: (?:of|on|for|and|in|the) "
    r"(?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)+)"
)
"""A definite name of at least four words: "the United Nations Congress on Crime Prevention …"."""
_NO_SHORT_HEADS: Final = frozenset(
    "States Kingdom Republic Republics Emirates Nations Islands Union Federation".split()
)
"""Heads that would name something else ("the States", "the Union"): such names stay whole."""


def short_form(name: str) -> str | None:
    """The word a long name is known by after its first mention: "Congress on Crime …" → "Congress".

    The head is the last capitalised word before the first "of/on/for/in"; names of countries
    and unions have none, and neither has a name of fewer than four words.
    """
    words = name.split()
    if len(words) < 4:
        return None
    head = words[0]
    for word in words:
        if word in ("of", "on", "for", "and", "in", "the"):
            break
        head = word
    if head in _NO_SHORT_HEADS:
        return None
    return head


def shorten_repeated_names(sentences: list[str], context: RuleContext) -> list[str]:
    """After a long name's first full mention in a section, it is "the Congress".

    A reader who has just met "the United Nations Congress on Crime Prevention and Criminal
    Justice" knows which congress "the Congress" is; the full name again only adds length. The
    head must name nothing else in the section, and the fact guard accepts exactly the short
    forms made here (`RuleContext.short_forms`).
    """
    text = " ".join(sentences)
    names = [m.group(1) for m in _LONG_NAME.finditer(text)]
    heads: dict[str, set[str]] = {}
    for name in names:
        head = short_form(name)
        if head is not None:
            heads.setdefault(head, set()).add(name)
    seen: set[str] = set()
    result: list[str] = []
    for sentence in sentences:
        rewritten = sentence
        # In a list of bodies ("A, B, the Forum, C") a short form reads as one more body.
        listing = sentence.count(",") >= 3
        for match in list(_LONG_NAME.finditer(sentence)):
            name = match.group(1)
            head = short_form(name)
            if name not in seen:
                seen.add(name)
                continue
            if head is None or listing or len(heads.get(head, ())) != 1:
                continue
            # The head alone must not already stand for something else in the section.
            if len(re.findall(rf"\b{re.escape(head)}\b", text)) != text.count(name):
                continue
            rewritten = re.sub(rf"\b([Tt]he) {re.escape(name)}", rf"\1 {head}", rewritten)
        if rewritten != sentence:
            shorts = {name: head for name in seen if (head := short_form(name))}
            if factguard.check(sentence, rewritten, context.allowed, short_forms=shorts).ok:
                context.short_forms.update(shorts)
                context.changes.append("a long name repeated by its short form")
                sentence = rewritten
        result.append(sentence)
    return result


def fix_articles(sentence: str) -> str:
    """After a swap, "a"/"an" must suit the new next word ("an unprecedented" → "a record")."""
    return _fix_articles(sentence)


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


# --- the stage ---------------------------------------------------------------------------------


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


# --- the fact guard, kept importable from here for the first version's callers ---------------


def extract_facts(text: str) -> tuple[str, ...]:
    """Facts in a text as strings (see `factguard.extract`)."""
    return tuple(dict.fromkeys(str(f) for f in factguard.extract(text)))


def check_facts(original: str, plain: str) -> FactCheck:
    """Which facts of `original` are missing from `plain`, and which it invented."""
    return factguard.check(original, plain, load_acronyms())


# --- helpers -----------------------------------------------------------------------------------


def _split_at(
    sentence: str,
    context: RuleContext,
    splitter: re.Pattern[str],
    min_words: int,
    always: bool = False,
) -> list[str]:
    if not always and _words(sentence) <= context.long_words:
        return [sentence]
    pieces = splitter.split(sentence)
    if len(pieces) == 1 or not all(_words(p) >= min_words for p in pieces):
        return [sentence]
    context.changes.append(f"split a {_words(sentence)}-word sentence in {len(pieces)}")
    tidied = []
    for piece in pieces:
        piece = _capitalise(piece.strip().rstrip(",;"))
        if not re.search(r"[.!?:]$", piece):
            piece += "."
        tidied.append(piece)
    return tidied


def _words(text: str) -> int:
    return len(text.split())


MIN_PLURAL_ZIPF: Final = 3.0
"""A plural rarer than this is no English plural ("spendings" 1.6, "advices" 2.8; "chances" 4.5)."""
_WISHED_FOR: Final = re.compile(
    r"\b(?:hopes?|dreams?|promises?|wish(?:es)?|expectations?|aspirations?|ambitions?|"
    r"potential|desires?|destiny)\b",
    re.IGNORECASE,
)
"""What is fulfilled without being done: "fulfil" stays beside these ("carry out" would not)."""
_AFTER_A_PARTICIPLE: Final = frozenset("by upon on in to for with from at under".split())
"""Words after a noun and an -ed form that leave it either a verb or a participle."""
_PARTICIPLE_AUXILIARIES: Final = frozenset(
    "is are was were be been being has have had having get gets got as".split()
)
"""After these an -ed verb is a past participle: "is administered" → "is run", not "is ran"."""


def _plain_form(
    word: str, lexicon: dict[str, LexiconEntry], participle: bool | None = False
) -> tuple[str, str] | None:
    """The plain word for `word`, inflected like it.

    `participle` is None when an -ed form may be either a past tense or a past participle.
    """
    entry = lexicon.get(word)
    if entry is not None:
        return entry.plain, entry.pos
    from lemminflect import getAllLemmas

    for upos, lemmas in getAllLemmas(word).items():
        for lemma in lemmas:
            entry = lexicon.get(lemma)
            if entry is None or lemma == word:
                continue
            inflected = _inflect_like(word, lemma, entry, upos, participle)
            if inflected is not None:
                return inflected, entry.pos
    return None


def _inflect_like(
    word: str, lemma: str, entry: LexiconEntry, upos: str, participle: bool | None = False
) -> str | None:
    from lemminflect import getInflection
    from wordfreq import zipf_frequency

    if upos == "VERB" and entry.pos == "verb":
        head, _, rest = entry.plain.partition(" ")
        if word.endswith("ing"):
            tag = "VBG"
        elif word.endswith("s"):
            tag = "VBZ"
        elif participle:
            tag = "VBN"
        else:
            tag = "VBD"
            # "the trust bestowed upon you" may be a participle with no auxiliary to tell: a
            # regular verb's one form is both, while "give" needs the right one of two.
            either = word in getInflection(lemma, "VBN")
            if (
                participle is None
                and either
                and getInflection(head, "VBD") != getInflection(head, "VBN")
            ):
                return None
        forms = getInflection(head, tag)
        return f"{forms[0]} {rest}".strip() if forms else None
    if upos == "NOUN" and entry.pos == "noun":
        *rest_words, head = entry.plain.split(" ")
        forms = getInflection(head, "NNS")
        if not forms or zipf_frequency(forms[0], "en") < MIN_PLURAL_ZIPF:
            return None  # "expenditures" is no "spendings": the plain word has no plural
        return " ".join([*rest_words, forms[0]])
    return None


@lru_cache(maxsize=1024)
def _degree_form(adjective: str, degree: str) -> str | None:
    """The comparative or superlative ("strong" → "stronger") when it is a common English word."""
    if " " in adjective:
        return None
    from lemminflect import getInflection
    from wordfreq import zipf_frequency

    forms = getInflection(adjective, "JJR" if degree == "more" else "JJS")
    if not forms or forms[0] == adjective or zipf_frequency(forms[0], "en") < 3.0:
        return None
    return str(forms[0])


def _works_before_noun(phrase: str) -> bool:
    """True for "very poor" or "most important" (fine before a noun), not "never seen before"."""
    return phrase.split(" ", 1)[0] in ("very", "most", "more", "less", "plenty", "social", "too")


@lru_cache(maxsize=4096)
def _is_noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    if word.lower() in _FUNCTION_WORDS:
        return False
    lemmas = getAllLemmas(word.lower())
    return "NOUN" in lemmas and "ADJ" not in lemmas


@lru_cache(maxsize=4096)
def _may_be_noun(word: str) -> bool:
    """True for a word English uses as a noun, even if also as an adjective ("pandemic")."""
    from lemminflect import getAllLemmas

    return word.lower() not in _FUNCTION_WORDS and "NOUN" in getAllLemmas(word.lower())


@lru_cache(maxsize=4096)
def _is_noun_not_verb(word: str) -> bool:
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    return word.lower() not in _FUNCTION_WORDS and "NOUN" in lemmas and "VERB" not in lemmas


@lru_cache(maxsize=1024)
def _verb_of(noun: str) -> str | None:
    """The verb a nominalisation comes from ("identification" → "identify"), if English has it."""
    from lemminflect import getAllLemmas
    from wordfreq import zipf_frequency

    noun = noun.lower()
    candidates = [noun]
    for suffix, replacements in (
        ("ification", ("ify",)),
        ("isation", ("ise",)),
        ("ization", ("ize",)),
        ("ation", ("ate", "", "e")),
        ("tion", ("te", "", "t")),
        ("ment", ("",)),
        ("sion", ("de", "se", "t")),
    ):
        if noun.endswith(suffix):
            stem = noun[: -len(suffix)]
            candidates = [stem + r for r in replacements]
            break
    for candidate in candidates:
        lemmas = getAllLemmas(candidate)
        if candidate in lemmas.get("VERB", ()) and zipf_frequency(candidate, "en") >= 3.0:
            return candidate
    return None


_ADVERBS: Final = frozenset(
    "often also always never still sometimes even just now then soon".split()
)
_BETWEEN_AUXILIARY_AND_VERB: Final = _ADVERBS | frozenset(
    "later since already recently once first not".split()
)
"""Adverbs that may stand between "has"/"was" and the participle: "has since expanded"."""


def _is_auxiliary_or_present(word: str) -> bool:
    """A modal, a form of "be", "have" or "do", or a present verb ("arrives"): finite for sure."""
    return word in MODAL_WORDS or word in _BE_HAVE_DO or _is_present_verb(word)


_BE_HAVE_DO: Final = frozenset("is are was were has have had do does did".split())


def _has_finite_verb(text: str) -> bool:
    """True when a clause has a verb of its own: "crime evolves", "it is", "they met".

    A plain present ("offer", "fail") counts after a plural noun or a pronoun ("universities
    offer", "they mostly fail"), where it cannot be a noun.
    """
    words = re.findall(r"\b[A-Za-z]+\b", text)
    for index, word in enumerate(words):
        w = word.lower() if index == 0 else word
        if not w.islower():
            continue  # a name ("the Cyber-Shades") is not a verb
        if (_is_auxiliary_or_present(w) and not _is_plural_noun_here(words, index)) or (
            _is_past_verb(w)
        ):
            return True
        previous = [p for p in words[:index] if not p.endswith("ly") and p not in _ADVERBS][-1:]
        if (
            previous
            and _is_base_verb(w)
            and (previous[0].lower() in ("they", "we", "i", "you") or _is_plural_noun(previous[0]))
        ):
            return True
    return False


_LIST_SUBJECT: Final = re.compile(
    rf"^(?:(?:and|but|so|yet) )?[^,]{{1,40}}, (?:not )?(?:{_FINITE_AUXILIARIES})\b", re.IGNORECASE
)
"""", and a Psionic, have left": the last item of a list subject, its verb after a comma."""


_SINGULAR_SUBJECTS: Final = frozenset("he she it this that who which".split())


def _is_plural_noun_here(words: list[str], index: int) -> bool:
    """Whether a word that may be a present verb ("films", "captains") is a plural noun here.

    It is after a determiner ("the captains of the fleet") and before "and" with no verb after
    it ("Esther Williams films and TV specials"); "The volcano ends at" and "he works and
    sleeps" keep their verb.
    """
    word = words[index]
    if not _is_plural_noun(word):
        return False
    previous = words[index - 1].lower() if index else ""
    if previous in _DETERMINERS and previous not in _SINGULAR_SUBJECTS:
        return True  # "the captains of the fleet", "several versions"
    following = words[index + 1 : index + 3]
    # "films and TV specials": "and" joins another noun to it, not a second verb.
    return (
        len(following) == 2
        and following[0].lower() in ("and", "or")
        and not _is_verb_form(following[1])
    )


def _has_clause_verb(text: str) -> bool:
    """True when a new clause has its verb near its start: "a team member reported it".

    A form that is past and participle alike ("named", "reported") far into the words is
    read as a participle after a noun: ", and a musket stolen from a marine named Hand" is
    the last item of a list, not a clause.
    """
    words = re.findall(r"\b[A-Za-z]+\b", text)
    common_before = 0  # words before this one, names aside ("the National Hurricane Center")
    for index, word in enumerate(words):
        w = word.lower() if index == 0 else word
        if not w.islower():
            continue
        if index and words[index - 1].lower() == "to":
            common_before += 1  # an infinitive ("the smart thing to do") is no clause's verb
            continue
        if _is_auxiliary_or_present(w) and not _is_plural_noun_here(words, index):
            return True
        common_before += 1
        if _is_past_verb(w) and (not _may_be_participle(w) or common_before <= 6):
            return index + 1 >= len(words) or words[index + 1].lower() != "by"
    return _has_finite_verb(" ".join(words[:4]))  # "many universities offer degrees"


def _same_tense_verbs(first: str, second: str, present: bool) -> bool:
    """Both verbs finite and in one tense: "left … and opted", "arrives … and is"."""
    finite_past = ("was", "were", "had")
    finite_present = ("is", "are", "has", "have")
    if all(_is_past_verb(v) or v in finite_past for v in (first, second)):
        return True
    if not present:
        return all(_is_past_verb(v) or v in finite_past + finite_present for v in (first, second))
    return all(_is_present_verb(v) or v in finite_present for v in (first, second))


def _is_plural_noun(word: str) -> bool:
    """True for a plural noun ("storms", "forces"), not "news" or "glass"."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word).get("NOUN", ())
    return bool(lemmas) and word not in lemmas


@lru_cache(maxsize=4096)
def _is_present_verb(word: str) -> bool:
    """True for a verb in the third person singular present ("arrives", "holds")."""
    from lemminflect import getAllLemmas, getInflection

    return word.endswith("s") and any(
        word in getInflection(lemma, "VBZ") for lemma in getAllLemmas(word).get("VERB", ())
    )


@lru_cache(maxsize=1024)
def _is_base_verb(word: str) -> bool:
    from lemminflect import getAllLemmas

    return word in getAllLemmas(word).get("VERB", ())


_SUBJECT_STARTS: Final = frozenset(
    "the a an this that these those our their its his her my your we i they it he she there "
    "every each some many most all other several both such".split()
)


def _starts_with_subject(clause: str) -> bool:
    first = clause.split(" ", 1)[0]
    return first.lower() in _SUBJECT_STARTS or (first[:1].isupper() and first.lower() != first)


def _verb_of_participle(word: str) -> str | None:
    from lemminflect import getLemma

    lemmas = getLemma(word.lower(), "VERB")
    if not lemmas or lemmas[0] == word.lower():
        return None
    return str(lemmas[0])


def _inflect(verb: str, tag: str) -> str | None:
    from lemminflect import getInflection

    forms = getInflection(verb, tag)
    return str(forms[0]) if forms else None


@lru_cache(maxsize=4096)
def _is_past_verb(word: str) -> bool:
    """True for a past verb ("left", "opted"), never for a modal.

    lemminflect calls "must" and "could" past too, but they need a verb after them: "must help
    … and excluded people" joins no predicates.
    """
    from lemminflect import getAllLemmas, getInflection

    if word in MODAL_WORDS:
        return False
    return any(word in getInflection(lemma, "VBD") for lemma in getAllLemmas(word).get("VERB", ()))


@lru_cache(maxsize=4096)
def _may_be_participle(word: str) -> bool:
    """True for "directed" (past and participle alike), not for "became" (participle "become")."""
    from lemminflect import getAllLemmas, getInflection

    return any(word in getInflection(lemma, "VBN") for lemma in getAllLemmas(word).get("VERB", ()))


_PRESENT_AUXILIARIES: Final = frozenset("am is are do does will shall can may must".split())
_PAST_AUXILIARIES: Final = frozenset("was were did could would might".split())


def _is_past(clause: str) -> bool:
    """Whether a clause tells of the past: its first auxiliary decides, else any past verb.

    "are being replaced" is present although "replaced" looks past; "has" and "have" decide
    nothing ("have built" reads well with a past sentence after it).
    """
    words = re.findall(r"[a-z]+", clause)
    for index, word in enumerate(words):
        if word in _PRESENT_AUXILIARIES:
            return False
        if (
            word in ("has", "have")
            and index + 1 < len(words)
            and not _may_be_participle(words[index + 1])
            and not words[index + 1].endswith("ly")
            and words[index + 1] not in ("been", "not", "never", "since", "already", "just")
        ):
            # "Libpurple has support for …": "has" is the main verb here, and present.
            return False
        if word in _PAST_AUXILIARIES or _is_past_verb(word):
            return True
    return False


def _past(verb: str) -> str | None:
    from lemminflect import getInflection

    forms = getInflection(verb, "VBD")
    return str(forms[0]) if forms else None


def _third_person(verb: str) -> str:
    from lemminflect import getInflection

    forms = getInflection(verb, "VBZ")
    return forms[0] if forms else verb


@lru_cache(maxsize=512)
def _well_known(acronym: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(acronym.lower(), "en") >= WELL_KNOWN_ZIPF


def _fix_articles(sentence: str) -> str:
    def choose(match: re.Match[str]) -> str:
        article, next_word = match.group(1), match.group(2)
        lower = next_word.lower()
        vowel_sound = (
            lower[0] in "aeiou"
            and not lower.startswith(("uni", "use", "usu", "one", "once", "eu", "ura", "ure"))
        ) or lower.startswith(("hour", "honest", "honour", "honor", "heir"))
        wanted = "an" if vowel_sound else "a"
        if article[0].isupper():
            wanted = wanted.capitalize()
        return f"{wanted} {next_word}"

    return re.sub(r"(?<![\w'’-])(an?|An?)\s+([a-z]\w*)", choose, sentence)


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper():
        return _capitalise(replacement)
    return replacement


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
