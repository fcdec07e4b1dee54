"""A long run of parallel actions becomes a bulleted list: one idea per item.

"Members confirmed their commitment to develop A, support B, pursue C, and forge D." is one
sentence a reader must hold whole; plain-language guides set it out as a lead and a list:
"Members confirmed their commitment to:" then "Develop A.", "Support B." … Screen readers
announce a list and its length, and a listener hears one idea at a time.

Only a series that is surely parallel is set out: three or more items after the same word
("to", "by" …), each starting with a verb of the same form (all "develop", or all
"developing"), the last one after ", and", none ending in a word that waits for
more ("prepare for, deal with, and recover from attacks" shares its object and stays). A
modal said before every item ("will launch A, and will work B") is said once, in the lead. The
items keep their words and order; only the "and" before the last goes.

A long run of names ("The counties are Bamberg, Barnwell, … and Union.", 68 members of a
coalition in one sentence) is set out the same way: "The counties are:" then "Bamberg." and so
on. Only names are set out, never a run of common nouns, whose words may share a noun ("state,
tribal, and local governments") or hide a clause; see `set_out_names`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pipeline.rewriters.rules.context import RuleContext
from pipeline.rewriters.rules.english import (
    FUNCTION_WORDS,
    MODAL_WORDS,
    MORE_PREPOSITIONS,
    PREPOSITIONS,
    capitalise,
    has_finite_verb,
    is_base_verb,
    is_plural_noun,
    is_verb_form,
    word_count,
)
from pipeline.stages import factguard

LIST_MIN_WORDS: Final = 25
"""A shorter sentence reads well enough as it is."""
MIN_ITEMS: Final = 3
MIN_LEAD_WORDS: Final = 2
MIN_MEAN_ITEM_WORDS: Final = 3.0
"""Items of one or two words ("to reduce, reuse, and recycle") are a phrase, not a list."""
LAST_ITEM_STRETCH: Final = 2.5
"""The last item may run this many times longer than the longest other: beyond that, the end
of the sentence probably belongs to the whole series, not to its last item."""

_ANCHORS: Final = {
    "base": frozenset({"to"}) | MODAL_WORDS,
    "ing": frozenset({"by", "through", "in", "on", "for", "of", "about", "from", "including"}),
}
"""The word before the first item, by the form of the items' verbs: "to" or a modal before
plain verbs ("we must confront A, strengthen B, and help C"), a preposition before "-ing"."""

_MODAL_ITEM: Final = re.compile(
    r"(?:and\s+)?(?P<modal>" + "|".join(sorted(MODAL_WORDS)) + r")\s+(?P<verb>[A-Za-z]+)\b",
    re.IGNORECASE,
)
"""An item that repeats its modal ("…, will launch an inquiry, and will work with …")."""

_OPEN_ENDINGS: Final = FUNCTION_WORDS | PREPOSITIONS | frozenset({"and", "or", "but", "nor"})
"""An item ending in one of these waits for words shared with the next: not a list."""
_NOT_ITEM_HEADS: Final = _OPEN_ENDINGS | MODAL_WORDS
"""Not the verb of an item: "will launch X" goes on a sentence's own verb, not on "to"."""

_SERIES_END: Final = re.compile(r"^and\s+", re.IGNORECASE)
"""Only "and": a list of choices ("A, B, or C") would lose its "or" as bullets."""
_TRAILING_TIME: Final = re.compile(
    r"\b(?:in|by|before|after|until|from|during|since|over)\s+"
    r"(?:\d{4}|the (?:end|start|beginning|coming|next|past|last)\b)[^,]*[.!?]?$"
)
"""A time at the end of the last item may be the whole series' time ("…, and C by 2030")."""


@dataclass(frozen=True)
class SetOutList:
    """A sentence set out as a lead ending in a colon and its items, each a sentence."""

    lead: str
    items: tuple[str, ...]


def _top_level_parts(sentence: str) -> list[str]:
    """The sentence cut at commas outside brackets (quoted sentences never get here)."""
    parts: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(sentence):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            parts.append(sentence[start:index])
            start = index + 1
    parts.append(sentence[start:])
    return [part.strip() for part in parts]


def _form(word: str) -> str | None:
    """The verb form an item starts with: "base" ("develop"), "ing" ("developing"), or None."""
    lower = word.lower()
    if not re.fullmatch(r"[a-z]+", lower) or lower in _NOT_ITEM_HEADS:
        return None
    if lower.endswith("ing") and is_verb_form(lower):
        return "ing"
    if is_base_verb(lower):
        return "base"
    return None


_OPENS_WITH_MODAL: Final = re.compile(
    r"(?:Will|Would|Shall|Should|Must|May|Might|Can|Could)\b(?!\s+(?:I|we|you|they|he|she|it)\b)"
)
"""An item that goes on from its lead's subject ("the Government:" / "Will work …")."""
_ONLY_A_NAME: Final = re.compile(
    r"(?:The\s+)?[A-Z][\w.'’-]*(?:\s+(?:of|on|for|and|the|de|[A-Z][\w.'’-]*))*\.?"
)
"""An item of a list of names ("They were:" / "The Global Forum on Cyber Expertise.")."""


def needs_its_lead(item: str) -> bool:
    """True for a list item that says nothing whole without its lead.

    Such an item is never lifted out alone (as an "In short" point): an action ("Develop …"),
    a modal going on from the lead's subject ("Will work …") or a name ("The Global Forum on
    Cyber Expertise.").
    """
    return starts_with_action(item) or bool(
        _OPENS_WITH_MODAL.match(item) or _ONLY_A_NAME.fullmatch(item)
    )


def starts_with_action(text: str) -> bool:
    """True for an item that starts with a verb ("Develop …", "Driving …").

    Such an item is a fragment: it needs its list's lead to be understood.
    """
    first = re.match(r"[A-Za-z]+", text)
    return first is not None and _form(first.group(0)) is not None


def _first_item(part: str, form: str) -> tuple[str, str] | None:
    """Split the part holding the first item into the lead's end and that item.

    The item starts at the last word of the series' form that follows an anchor word ("to
    develop", "by driving"); the anchor stays with the lead.
    """
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", part))
    for position in range(len(words) - 1, 0, -1):
        word, before = words[position], words[position - 1]
        if before.group(0).lower() in _ANCHORS[form] and _form(word.group(0)) == form:
            return part[: word.start()].rstrip(), part[word.start() :]
    return None


def set_out_series(sentence: str) -> SetOutList | None:
    """The lead and items of a long sentence ending in a parallel series, or None.

    None whenever the series is not sure: fewer than three items, items of mixed forms, an
    item that ends waiting for more, quotations (whose words are the speaker's own), or a
    last item so long that the sentence's end may belong to every item.
    """
    if word_count(sentence) < LIST_MIN_WORDS or re.search(r"[\"“”]", sentence):
        return None
    if ":" in sentence:
        return _colon_series(sentence)
    body = sentence.rstrip()
    end = body[-1] if body[-1] in ".!?" else ""
    if end != ".":
        return None
    if ";" in body:
        subjects = _semicolon_subjects(body)
        if subjects is not None:
            return subjects
        found = _semicolon_series([part.strip() for part in body[:-1].split(";")])
    else:
        parts = _top_level_parts(body[:-1])
        if len(parts) < MIN_ITEMS or not _SERIES_END.match(parts[-1]):
            return None
        found = _modal_series(parts) or _plain_series(parts)
    if found is None:
        return None
    lead, items = found
    if word_count(lead) < MIN_LEAD_WORDS:
        return None  # "We:" then "Will build A." reads worse than the sentence
    if len(items) < MIN_ITEMS or not _items_are_whole(items):
        return None
    if _TRAILING_TIME.search(items[-1]):
        return None
    return SetOutList(
        lead=f"{capitalise(lead)}:",
        items=tuple(f"{capitalise(item)}." for item in items),
    )


COLON_MIN_ITEM_WORDS: Final = 4
"""Items after a colon shorter than this on average are a phrase's beats, not a list."""
_COLON_LEAD_ENDINGS: Final = _OPEN_ENDINGS | frozenset(
    "include includes including follows following said says told wrote reads are is were was "
    "as namely".split()
)
"""A lead ending in these ("the plan includes:", "as follows:", "he said:") is no whole
clause, or introduces someone's words: the sentence stays."""


def _colon_series(sentence: str) -> SetOutList | None:
    """Lead and items of a series after a colon: "We must apply them: respect for A, …, and C".

    Only when a whole clause with its own verb comes before the one colon, and three or more
    items of a list's length follow it, the last after ", and", with no semicolon or bracket,
    none opening with "which", "who" or "and" (a clause cut at its comma: "…: A, which was
    …"). The items keep their words; only the "and" before the last goes.
    """
    body = sentence.rstrip()
    if sentence.count(":") != 1 or not body.endswith(".") or re.search(r"[;()\[\]]", body):
        return None
    lead, _, rest = body[:-1].partition(":")
    lead_words = re.findall(r"[A-Za-z'’]+", lead)
    if (
        len(lead_words) < 4
        or not rest.startswith(" ")
        or lead_words[-1].lower() in _COLON_LEAD_ENDINGS
        or not has_finite_verb(lead)
        or lead.count(",") > 1
    ):
        return None
    parts = _top_level_parts(rest.strip())
    if len(parts) < MIN_ITEMS or not _SERIES_END.match(parts[-1]):
        return None
    items = [*parts[:-1], _SERIES_END.sub("", parts[-1])]
    if any(
        not item
        or not item[0].islower()
        or re.match(r"(?:which|who|whom|whose|that|where|when|while|and|or|but)\b", item)
        for item in items
    ):
        return None  # "…: a plan, which we made …": a clause cut at its comma, not an item
    if not _items_are_whole(items) or sum(map(word_count, items)) < COLON_MIN_ITEM_WORDS * len(
        items
    ):
        # "…: much to repair, much to restore, and much to heal.": a speech's short beats
        # read as one line, not as a list.
        return None
    return SetOutList(
        lead=f"{capitalise(lead.strip())}:",
        items=tuple(f"{capitalise(item)}." for item in items),
    )


def _plain_series(parts: list[str]) -> tuple[str, list[str]] | None:
    """Lead and items of "… to develop A, support B, and pursue C": one verb form throughout."""
    last = _SERIES_END.sub("", parts[-1])
    form = _form(last.split()[0]) if last else None
    if form is None:
        return None
    items = [last]
    index = len(parts) - 2
    while index > 0 and parts[index] and _form(parts[index].split()[0]) == form:
        items.insert(0, parts[index])
        index -= 1
    split = _first_item(parts[index], form)
    if split is None:
        return None
    lead_end, first = split
    items.insert(0, first)
    return (", ".join([*parts[:index], lead_end]) if index else lead_end), items


def _modal_series(parts: list[str]) -> tuple[str, list[str]] | None:
    """Lead and items of "X will A, will B, and will C": "X:", then "Will A." and so on.

    Every item after the first must open with the same modal and a plain verb; the first
    item is the last "will" + verb of the part before them. Each item keeps its modal, as
    the sentence said it, so no "will" is lost (the fact guard counts them).
    """
    heads = [_MODAL_ITEM.match(part) for part in parts]
    final = heads[-1]
    if final is None:
        return None
    modal = final.group("modal").lower()
    items: list[str] = []
    index = len(parts) - 1
    while index > 0:
        head = heads[index]
        joined = head is not None and head.group(0).lower().startswith("and")
        if (
            head is None
            or head.group("modal").lower() != modal
            or joined != (index == len(parts) - 1)
            or _form(head.group("verb")) != "base"
        ):
            break
        items.insert(0, parts[index][head.start("modal") :])
        index -= 1
    if not items or index == len(parts) - 1:
        return None
    opening = [
        found
        for found in re.finditer(rf"\b{modal}\s+([A-Za-z]+)\b", parts[index], re.IGNORECASE)
        if _form(found.group(1)) == "base"
    ]
    if not opening:
        return None
    modal_start = opening[-1].start()
    items.insert(0, parts[index][modal_start:])
    lead_end = parts[index][:modal_start].rstrip()
    return (", ".join([*parts[:index], lead_end]) if index else lead_end), items


_SEMICOLON_OPENERS: Final = PREPOSITIONS | frozenset({"that", "which", "who"})
"""The first word a semicolon series may repeat before each item's verb: "that (will)", "to",
"by" (a second word, if any, must be a modal)."""


def _semicolon_series(parts: list[str]) -> tuple[str, list[str]] | None:
    """Lead and items of "… laws that will A; that will B; and that will C".

    Each item after the first repeats the same opening words before its own verb; they are
    said once, at the end of the lead ("laws that:"), except a modal, which each item keeps
    ("Will A.").
    """
    if len(parts) < MIN_ITEMS or not _SERIES_END.match(parts[-1]):
        return None
    rest = [part.split() for part in [*parts[1:-1], _SERIES_END.sub("", parts[-1])]]
    if min(len(words) for words in rest) < 3:
        return None
    heads = [[word.lower() for word in words[:2]] for words in rest]
    size = 2 if all(head == heads[0] for head in heads) else 1
    opener = heads[0][:size]
    if any(head[:size] != opener for head in heads):
        return None
    if opener[0] not in _SEMICOLON_OPENERS or not set(opener[1:]) <= MODAL_WORDS:
        return None
    if any(_form(words[size].rstrip(",")) is None for words in rest):
        return None
    pattern = r"\b" + r"\s+".join(map(re.escape, opener)) + r"\s+(?=([A-Za-z]+))"
    found = [m for m in re.finditer(pattern, parts[0], re.IGNORECASE) if _form(m.group(1))]
    if not found:
        return None
    said = found[-1]
    kept = next((n for n, word in enumerate(opener) if word in MODAL_WORDS), size)
    # The words before a modal are said once, in the lead; a modal stays in every item.
    said_words = list(re.finditer(r"[A-Za-z]+", said.group(0)))
    item_start = said.end() if kept == size else said.start() + said_words[kept].start()
    lead_end = parts[0][:item_start].rstrip()
    items = [parts[0][item_start:], *(" ".join(words[kept:]) for words in rest)]
    return lead_end, items


_LIST_PREDICATE: Final = re.compile(
    r"^and (?P<item>[a-z][^;]*?) (?P<predicate>(?:are|were|have|had|remain|remained) [^;]{10,})$"
)
"""The last of a list of subjects and their shared verb: "and the strengthening of X are …"."""
_ASIDE_CLAUSE: Final = re.compile(r",\s+(?:which|who|whose|that)\b.*$")


def _semicolon_subjects(body: str) -> SetOutList | None:
    """A list of subjects told one by one before a shared verb, set out as a list.

    "The withdrawal of A, which acted as …; the claim of B; C's projection; and the
    strengthening of D are all trends that should …" → "The following are all trends that
    should …:" then "- The withdrawal of A, which acted as …", "- The claim of B." …. Only
    when three or more parts are joined by semicolons, the last after "and", none has a verb of
    its own outside a "which" or "who" clause, and a plural verb follows the last item.
    """
    parts = [part.strip() for part in body[:-1].split(";")]
    if len(parts) < MIN_ITEMS or not body.endswith("."):
        return None
    last = _LIST_PREDICATE.match(parts[-1])
    if last is None:
        return None
    items = [*parts[:-1], last.group("item")]
    if any(
        not item
        or has_finite_verb(_ASIDE_CLAUSE.sub("", item))
        or "," in _ASIDE_CLAUSE.sub("", item)
        for item in items
    ):
        return None  # "…; we met them; and they are …": clauses, which split at the semicolons
    if not _items_are_whole(items):
        return None
    return SetOutList(
        lead=f"The following {last.group('predicate')}:",
        items=tuple(f"{capitalise(item)}." for item in items),
    )


def _items_are_whole(items: list[str]) -> bool:
    """Each item complete and of a list item's length, the last not swallowing the sentence."""
    lengths = [word_count(item) for item in items]
    if min(lengths) < 2 or sum(lengths) / len(lengths) < MIN_MEAN_ITEM_WORDS:
        return False
    if lengths[-1] > LAST_ITEM_STRETCH * max(lengths[:-1]):
        return False
    for item in items:
        tail = re.findall(r"[A-Za-z]+", item)
        if not tail or tail[-1].lower() in _OPEN_ENDINGS or _SERIES_END.match(item):
            return False
    return True


NAME_LIST_MIN_ITEMS: Final = 6
"""Up to five names are read in one breath; from six on, a reader loses count and place."""
NAME_MAX_WORDS: Final = 7
"""Longer than this, an "item" is more likely a phrase that holds a name than a name."""

_NAME_JOINERS: Final = frozenset(
    "of on for and the de du des la le del da do dos das van von der den y et".split()
)
"""Small words inside a name: "the Republic of Korea", "Trinidad and Tobago"."""
_ROLE_WORDS: Final = frozenset(
    "president vice prime minister secretary chancellor director chair chairman chairwoman "
    "governor mayor senator ambassador king queen prince princess general admiral judge "
    "justice commissioner representative speaker head leader member delegate delegation "
    "government people citizen mr mrs ms dr".split()
)
"""An item holding a title or a group of people is a role, not a name: after a comma it is said
of the name before it ("Joe Biden, President of the United States, …"), and at the end of the
lead it may be shared by every name ("the Foreign Ministers of Albania, Chad, …")."""
_NAME_ENDINGS: Final = frozenset("jr sr inc ltd llc plc co corp ii iii iv".split())
"""Parts of the name before them ("John Smith, Jr."), never an item of their own."""
_NAME_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*")
_INITIALS: Final = re.compile(r"(?:[A-Z]\.){2,}")
"""A lone "D.C." or "U.S." after a comma belongs to the place before it ("Washington, D.C.")."""
_LEAD_ENDINGS: Final = PREPOSITIONS | MORE_PREPOSITIONS | frozenset({"including", "like"})
_BE_FORMS: Final = frozenset("is are was were be been being".split())
_AS_ROLE: Final = re.compile(r"^(?P<name>.+?)\s+as\s+(?P<role>[^\W\d_][\w'’-]*(?:\s+\S+){0,3})$")
"""The role the whole series is named in, after its last name: "… and Vietnam as new members"."""


def _is_name_word(word: str) -> bool:
    """A capitalised word of a name ("Korea", "Papua", "INTERPOL", "Côte", "d’Ivoire")."""
    core = word[2:] if re.match(r"[dl]['’]", word) else word
    return bool(_NAME_WORD.fullmatch(core)) and core[0].isupper()


def _is_name(item: str) -> bool:
    """True for an item that is one name: capitalised words, small joiners inside, "the" first.

    Refuses what only looks like one: a title ("President of France"), a name's ending
    ("Jr.", "D.C."), a figure, a bracket, or anything lower case at either end.
    """
    words = item.split()
    if words[:1] == ["the"]:
        words = words[1:]
    if not words or len(words) > NAME_MAX_WORDS:
        return False
    first, last = words[0], words[-1]
    if not (_is_name_word(first) and _is_name_word(last)):
        return False
    if last.rstrip(".").lower() in _NAME_ENDINGS:
        return False
    if any(re.sub(r"s$|\.$", "", word.lower()) in _ROLE_WORDS for word in words):
        return False
    if any(word.lower() in factguard.HONORIFICS for word in words):
        return False  # "Distinguished Guests, Friends, …": a greeting, not a list of names
    if len(words) == 1 and (first.endswith(".") or _INITIALS.fullmatch(first)):
        return False
    return all(_is_name_word(word) or word in _NAME_JOINERS for word in words)


def _name_at_end(part: str) -> tuple[str, str] | None:
    """Split the part holding the first name into its lead and that name ("They were", "Chad").

    The name is the longest run of name words at the end of the part, from its first
    capitalised word (or the "the" before it); the lead is what comes before and must not be
    empty.
    """
    words = list(re.finditer(r"\S+", part))
    start = len(words)
    while start > 0 and (
        _is_name_word(words[start - 1].group(0)) or words[start - 1].group(0) in _NAME_JOINERS
    ):
        start -= 1
    while start < len(words) and not _is_name_word(words[start].group(0)):
        start += 1
    if start < len(words) and start > 0 and words[start - 1].group(0) == "the":
        start -= 1
    if start == 0 or start == len(words):
        return None
    name = part[words[start].start() :]
    return (part[: words[start].start()].rstrip(), name) if _is_name(name) else None


def _lead_is_clear(lead_parts: list[str], lead_end: str) -> bool:
    """True when the lead ends on the word the names hang on and says no "not".

    The last word must be a verb ("are", "welcomed") or a preposition ("from"): then every
    name is what that word is about. A negation stays with its sentence: "did not come from:"
    above a list is easily missed. An earlier part ending in a name may be an item of the
    same series the lead would cut off ("In Washington, D.C., …" too), so that refuses.
    """
    words = re.findall(r"[\w'’-]+", lead_end)
    if not words or word_count(" ".join([*lead_parts, lead_end])) < MIN_LEAD_WORDS:
        return False
    every = [word.lower() for part in [*lead_parts, lead_end] for word in part.split()]
    if set(every) & factguard.NEGATIONS or any(word.endswith("n't") for word in every):
        return False
    if any(_is_name_word(part.split()[-1]) for part in lead_parts if part.split()):
        return False
    last = words[-1]
    if words[-2:] == ["such", "as"]:
        return True  # "countries such as:" introduces its examples
    if not last.islower() or last in ("and", "or", "but", "nor", "than", "as"):
        return False
    return last in _LEAD_ENDINGS or is_verb_form(last)


def _share_a_noun(items: list[str]) -> bool:
    """True for words that share the last item's noun: "the French, German, … and Greek Embassies".

    Every item but the last is one word, and the last ends in a plural noun after a word of
    its own; "… and the United States" (with its own "the") stays a name.
    """
    words = [item.split() for item in items]
    if words[0][:1] == ["the"]:
        words[0] = words[0][1:]
    last = words[-1]
    if any(len(item) != 1 for item in words[:-1]) or len(last) < 2 or last[0] == "the":
        return False
    return is_plural_noun(last[-1].lower())


def _is_role(role: str) -> bool:
    """A short plural noun phrase ("new CRI members"), not a clause ("as they arrived")."""
    words = role.split()
    last = words[-1]
    plural = last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))
    closed = FUNCTION_WORDS | MODAL_WORDS | PREPOSITIONS | MORE_PREPOSITIONS
    return plural and len(words) <= 4 and not any(word.lower() in closed for word in words)


def set_out_names(sentence: str) -> SetOutList | None:
    """The lead and items of a sentence ending in a long run of names, or None.

    "The counties are Bamberg, Barnwell, … and Union." becomes "The counties are:" and one
    name an item. A role said of every name ("welcomed A, B, … and Z as new members") moves
    into the lead: "welcomed these new members:". None unless the series is sure: at least
    `NAME_LIST_MIN_ITEMS` names, every item a name, ", and" before the last, nothing after it
    but the role, no figure ("1,000"), quotation, colon or semicolon, no name twice (as in
    "Columbia, South Carolina, Greenville, South Carolina"), and a lead that ends on a verb
    or preposition with no negation. A series that is the sentence's subject has no lead
    and a verb after it, so it stays.
    """
    body = sentence.rstrip()
    if not body.endswith(".") or re.search(r"[\"“”:;]|\d,\d", body):
        return None
    parts = _top_level_parts(body[:-1])
    if len(parts) < NAME_LIST_MIN_ITEMS or not _SERIES_END.match(parts[-1]):
        return None
    last = _SERIES_END.sub("", parts[-1])
    role = _AS_ROLE.match(last)
    if role is not None:
        if not _is_role(role.group("role")):
            return None
        last = role.group("name")
    items = [last]
    index = len(parts) - 2
    while index > 0 and _is_name(parts[index]):
        items.insert(0, parts[index])
        index -= 1
    split = _name_at_end(parts[index])
    if split is None or not _is_name(last):
        return None
    lead_end, first = split
    items.insert(0, first)
    if len(items) < NAME_LIST_MIN_ITEMS or len({item.lower() for item in items}) < len(items):
        return None
    if any(re.search(r"\d", item) for item in items) or _share_a_noun(items):
        return None
    if word_count(first) > max(word_count(item) for item in items[1:]) + 1:
        return None  # the name may have swallowed the end of the lead ("… from CRI Members Chad")
    if not _lead_is_clear(parts[:index], lead_end):
        return None
    if role is not None:
        if not is_verb_form(lead_end.split()[-1]) or lead_end.split()[-1] in _BE_FORMS:
            return None  # "were A, B … as members" has no object to name the role of
        lead_end = f"{lead_end} these {role.group('role')}"
    lead = ", ".join([*parts[:index], lead_end])
    return SetOutList(
        lead=f"{capitalise(lead)}:",
        items=tuple(f"{capitalise(item)}." for item in items),
    )


def series_as_list(sentence: str, context: RuleContext) -> SetOutList | None:
    """`set_out_series` or `set_out_names`, when the list keeps every fact; noted for review."""
    found = set_out_series(sentence)
    kind = "parallel actions"
    if found is None:
        found, kind = set_out_names(sentence), "names"
    if found is None:
        return None
    if not factguard.check(sentence, (found.lead, *found.items), context.allowed).ok:
        return None  # the sentence stays as it was; nothing was lost, so nothing to flag
    context.changes.append(f"set out {len(found.items)} {kind} as a list")
    return found
