"""Sentence rules that lift embedded clauses into sentences of their own.

Relative clauses, appositions, asides in parentheses or dashes, closing emphasis and gapped
clauses each become a second sentence, so the first says one thing.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from pipeline.rewriters.rules.context import RuleContext
from pipeline.rewriters.rules.english import (
    DETERMINERS,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    MODAL_WORDS,
    MONTHS,
    PREPOSITIONS,
    SAYING_VERBS,
    SHORT_NAME,
    SUBJECT_VERBS,
    capitalise,
    fix_articles,
    has_clause_verb,
    has_finite_verb,
    has_unpaired_bracket,
    is_adjective,
    is_auxiliary_or_present,
    is_base_verb,
    is_noun,
    is_noun_not_verb,
    is_past_verb,
    is_plural_noun,
    is_plural_noun_here,
    is_present_verb,
    is_verb_form,
    may_be_noun,
    may_be_participle,
    same_tense_verbs,
    split_at,
    starts_with_subject,
    third_person,
    verb_of_participle,
    word_count,
)
from pipeline.stages import factguard
from pipeline.text import ITEM_NOUNS

_NOUN_PHRASE_STARTS: Final = frozenset(
    "the a an his her their its these those some many most".split()
)


def split_coordinated_predicates(sentence: str, context: RuleContext) -> list[str]:
    """Two predicates of one subject split: "Ann left and opted to coach" → "… Ann opted …".

    Both verbs must be finite ("left", "was") or both modal ("will renew …, and will work").
    A second predicate after ", but" splits too, and keeps its "But" ("Goya applied in 1763,
    but was refused" → "Goya applied in 1763. But Goya was refused."), when its verb is a past
    or an auxiliary, so it cannot be a noun ("not only relief, but schools that …").

    Only when the subject is a short name, a personal pronoun or a short noun phrase ("the
    band"), so repeating it is always right; an opening time phrase ("In 1990, ") stays with
    the first sentence.
    """
    parts = _split_predicates(sentence, context, (", and", ",? and"))
    if len(parts) == 1 and ", but " in sentence and not re.search(r"\bnot only\b", sentence):
        parts = _split_predicates(sentence, context, (", but",))
    return parts


_VERB_WORDS: Final = MODAL_WORDS | frozenset(
    "is are was were be been has have had do does did".split()
)
"""Auxiliaries and modals, which end a subject rather than belong to it."""


def _nouns_joined(before: str, second: str, after: str, sentence: str) -> bool:
    """Whether "… resources and related grants" joins two plural nouns, not two predicates.

    With no comma before "and", a plural noun before it, a word after it that may be an
    adjective ("related", "affected", "limited") and a plural noun after that, the words
    after "and" are a noun and its adjective, as the words before it are.
    """
    last = before.rsplit(" ", 1)[-1]
    following = re.match(r"[a-z]+", after)
    return (
        f"{before} and {second} " in sentence
        and is_plural_noun(last)
        and is_adjective(second)
        and following is not None
        and is_plural_noun(following.group(0))
    )


_BUT_VERBS: Final = frozenset(
    "is are was were has have had did does will would can could should must".split()
)
"""Verbs after ", but" that can only start a predicate (a present in -s may be a noun)."""


def _split_predicates(sentence: str, context: RuleContext, joints: tuple[str, ...]) -> list[str]:
    """`split_coordinated_predicates` at the first of `joints` that joins two predicates."""
    finite = ("is", "was", "are", "were", "has", "had", "have")
    match: re.Match[str] | None = None
    present = False
    # The noun phrase may run to four words ("The 1977 hurricane season"); the shortest that
    # is followed by a verb wins.
    for extra in range(4):
        subject_pattern = (
            r"^(?P<lead>(?:In|On|By|After|Since|From|At) [^,]{2,40}, )?"
            rf"(?P<subj>{_TITLED_NAME}|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]hese|"
            rf"[Tt]hose|[Ss]ome|[Mm]any|[Mm]ost) [\w'’-]+(?: [\w'’-]+){{{extra}}}"
            rf"|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|{SHORT_NAME}{_NAME_SUFFIX}) "
        )
        # ", and" marks the join best; a bare "and" may sit inside the first predicate
        # ("science and technology"), so it is tried second.
        for joint in joints:
            match = re.match(
                subject_pattern
                # "strongly condemns …, and stresses": an adverb before the first verb.
                + r"(?P<adv>(?:strongly|firmly|fully|deeply|also|again|further) )?"
                + rf"(?P<v1>[a-z]+)(?P<comma>,?) (?P<a>[^;]+?){joint} "
                r"(?P<v2>[a-z]+) (?P<b>.+)$",
                sentence,
            )
            # A present verb ("arrives", "leads") may be a plural noun ("storms"); it is
            # trusted only after a comma, which marks the second predicate, or when it is the
            # first verb again ("directs X and directs Y").
            present = joint in (", and", ", but") or (
                match is not None and match.group("v1") == match.group("v2")
            )
            if match is not None and same_tense_verbs(
                match.group("v1"), match.group("v2"), present
            ):
                break
        if match is not None and same_tense_verbs(match.group("v1"), match.group("v2"), present):
            break
    if match is not None and not same_tense_verbs(match.group("v1"), match.group("v2"), present):
        # "The Government will renew X, and will continue Y": two modal predicates split too.
        modal = "|".join(sorted(MODAL_WORDS))
        modal_joint = ", but" if joints == (", but",) else ",? and"
        match = re.match(
            subject_pattern
            + rf"(?P<adv>)(?P<v1>{modal})(?P<comma>) (?P<a>[^;]+?){modal_joint} (?P<v2>{modal}) "
            r"(?P<b>.+)$",
            sentence,
        )
    if match is None or word_count(match.group("a")) < 2 or word_count(match.group("b")) < 2:
        return [sentence]
    if set(match.group("subj").lower().split()[1:]) & _VERB_WORDS:
        # "The centres will cost … and are expected": a subject ends before its verb, and
        # "The centres will" said again would read "The centres will are expected".
        return [sentence]
    if match.group("a").split(" ", 1)[0] in MODAL_WORDS | SUBJECT_VERBS:
        # "Public input will be sought and considered": the verb comes after "input", which
        # was part of the subject, so there is no first predicate to end.
        return [sentence]
    if re.search(r", [a-z][\w'’-]*$", match.group("a")) and not is_past_verb(
        match.group("a").rsplit(" ", 1)[-1]
    ):
        # "the right to free, prior and informed consent": a word alone after the last comma
        # is a series ("free, prior and informed") that "and" ends, not a first predicate.
        return [sentence]
    if re.search(r"(?:, [\w'’-]+){2,}$", match.group("a")):
        # "is evidenced by the discovery of fossils, tools, coins, and remains of …": the
        # list of nouns goes on ("remains" is one), not a second predicate.
        return [sentence]
    if re.search(rf", (?:{'|'.join(sorted(MODAL_WORDS))}) [a-z]+", match.group("a")):
        # "will review A, will launch B, and will work C": a series of modal predicates
        # stays whole; splitting off the last would leave "will review A, will launch B."
        return [sentence]
    if any(is_past_verb(w) for w in re.findall(r", ([a-z]+)", match.group("a"))):
        # "destroyed 20 homes, left 30 damaged, and caused …": a list of predicates stays.
        return [sentence]
    if match.group("v1") != match.group("v2") and _inner_clause_may_take(
        match.group("v1"), match.group("a"), match.group("v2"), present
    ):
        # "He said the storm hit the coast and destroyed homes": the storm destroyed them,
        # so "He destroyed homes" would be wrong. Only a clause in another tense ("declared
        # that a disaster exists … and ordered") leaves the second verb to the subject.
        return [sentence]
    open_clause = re.search(r", (?:who|whom|whose|which) ([a-z]+)\b[^,]*$", match.group("a"))
    if open_clause and not (
        is_past_verb(open_clause.group(1))
        and is_present_verb(match.group("v1"))
        and match.group("v1").endswith("s")
        and match.group("v2").endswith("s")
    ):
        # "to register the applicant, who has a disability and was placed under guardianship":
        # the second verb goes on with the open "who" clause, not with the sentence's subject
        # ("The case was placed under guardianship" would say something false). A clause in
        # the past cannot own a present verb: "condemns the attack, which killed three, and
        # stresses …".
        return [sentence]
    if _nouns_joined(match.group("a"), match.group("v2"), match.group("b"), sentence):
        # "access to resources and related grants, protecting …": "related" is the adjective
        # of a second noun in a series, not a verb ("The Trump Administration related grants").
        return [sentence]
    if match.group("comma") == "" and _OPEN_SUBORDINATE.search(match.group("a")):
        # "came to light in May, when the daughter asked to see the account and found …":
        # with no comma before "and", the second verb goes on with the "when" clause's own
        # subject (the daughter found it), and "The thefts found …" would say something false.
        return [sentence]
    if match.group("v1") in finite and may_be_participle(match.group("v2")):
        # "It is the fourth game made, and directed by …": after "is"/"has" the second
        # verb may be a participle of the first clause, with no subject of its own.
        return [sentence]
    subject = match.group("subj")
    if subject.split()[-1].lower() in ("now", "then", "also", "still", "later", "often", "once"):
        return [sentence]
    first = subject.split()[0].lower()
    if first in FUNCTION_WORDS and first not in ("he", "she", "it", "they", "we", "i"):
        if first not in _NOUN_PHRASE_STARTS:
            return [sentence]
        if not is_noun(subject.split()[-1]) and not re.fullmatch(_TITLED_NAME, subject):
            # "The Security Council" is a name, whatever else "council" may be.
            return [sentence]
    lead = match.group("lead") or ""
    context.changes.append("split two joined predicates")
    office = re.match(rf"({_OFFICES}) [A-Z]", subject)
    # "President Joseph R. Biden, Jr. declared …" → "The President ordered …": the office
    # names the one person just named, and the full name again only adds length.
    again = f"The {office.group(1)}" if office else capitalise(subject)
    # "A 29-year-old man was detained … and has been arrested": said again, "A man" would be
    # another man; "The 29-year-old man" is the same one.
    again = re.sub(r"^An? ", "The ", again)
    if joints != (", but",):
        return [
            f"{lead}{subject} {match.group('adv') or ''}{match.group('v1')}{match.group('comma')}"
            f" {match.group('a')}.",
            f"{again} {match.group('v2')} {match.group('b')}",
        ]
    # "Goya submitted entries in 1763, but was denied entrance" → "… But Goya was denied …":
    # "But" keeps the contrast.
    if not (match.group("v2") in _BUT_VERBS or is_past_verb(match.group("v2"))):
        context.changes.pop()
        return [sentence]
    if again.split()[0].lower() in FUNCTION_WORDS and again.split()[0] != "I":
        again = again[:1].lower() + again[1:]
    return [
        f"{lead}{subject} {match.group('adv') or ''}{match.group('v1')}{match.group('comma')}"
        f" {match.group('a')}.",
        f"But {again} {match.group('v2')} {match.group('b')}",
    ]


_OPEN_SUBORDINATE: Final = re.compile(
    r", (?:when|where|while|whereas|after|before|because|since|until|once|as|if|unless"
    r"|although|though) (?:the|a|an|his|her|their|its|our|this|that|[A-Z][\w'’-]*|he|she|it"
    r"|they|we|I|you)\b[^,;]*$"
)
"""A clause with its own subject, still open where the first predicate ends ("…, when the
daughter … asked to see the account"): a bare "and" after it joins that clause's verbs."""


_OFFICES: Final = "President|Vice President|Prime Minister|Chancellor|Governor|Mayor"
"""Offices held by one person at a time, so "The President" can only be the one just named."""


_NAME_SUFFIX: Final = r"(?:,? (?:Jr|Sr)\.)?"
"""A name may end in "Jr." or "Sr." ("President Joseph R. Biden, Jr.")."""
_TITLED_NAME: Final = (
    r"The (?:[A-Z][\w'’-]+)(?: (?:[A-Z][\w'’-]+|and|of|for|on)){1,6}(?<=[a-z])(?<!\band)"
    r"(?<!\bof)(?<!\bfor)(?<!\bon)"
)
"""A body's capitalised name after "The" ("The Diplomacy and Capacity Building Pillar")."""


def _inner_clause_may_take(first: str, before: str, verb: str, present: bool) -> bool:
    """Whether a clause inside the first predicate may own the second verb.

    The first predicate's object may be a clause ("said the storm hit the coast", "declared
    that a disaster exists"); a verb of that clause in the second verb's tense could be the one
    the second verb is joined to, and then the subject repeated would do what it never did.
    """
    lemma = verb_of_participle(first) or first
    if not (before.startswith("that ") or lemma in SAYING_VERBS) or not has_finite_verb(before):
        return False
    words = re.findall(r"[A-Za-z]+", before)
    for index, word in enumerate(words):
        if not word.islower():
            continue
        if is_past_verb(verb) and (is_past_verb(word) or word in ("was", "were", "had")):
            return True
        if (
            present
            and not is_past_verb(verb)
            and (
                word in ("is", "are", "has", "have")
                or (is_present_verb(word) and not is_plural_noun_here(words, index))
            )
        ):
            return True
    return False


def split_inner_relative(sentence: str, context: RuleContext) -> list[str]:
    """An inner "which" clause follows: "X, which is in Y, was built" → "X was built. It is in Y".

    "many of which" (or "some of whom" …) takes "Many of them" as its subject.

    A non-restrictive clause inside the sentence holds a second idea; it follows as its own
    sentence. "who" clauses after a short name repeat the name instead of guessing a pronoun.
    """
    match = re.match(
        r"^(?P<head>.+?), (?P<rel>which|who|(?P<share>many|some|most|several|one|two|three|both"
        r"|half|all) of (?:which|whom)) (?P<clause>[^,]{3,120}), (?P<tail>[a-z][^,]*.+)$",
        sentence,
    )
    if match is None or word_count(match.group("head")) > 12:
        return [sentence]
    head = match.group("head")
    if match.group("share"):
        # "Host countries, many of which are grappling with …, have shown …": a share of
        # the things just named, "Many of them".
        subject = f"{match.group('share').capitalize()} of them"
    elif match.group("rel") == "who":
        name = re.search(rf"({SHORT_NAME})$", head)
        if name is None:
            return [sentence]
        subject = name.group(1)
    else:
        subject = "It"
    tail = match.group("tail")
    first_word = tail.split(" ", 1)[0]
    if re.match(r"[a-z]+, ", tail) and not re.fullmatch(FINITE_AUXILIARIES, first_word.rstrip(",")):
        # "…, which is evidenced by the discovery of fossils, tools, coins, and remains …":
        # the clause's own list goes on after its comma; the main clause does not.
        return [sentence]
    if not (
        re.match(r"(?:is|are|was|were|has|have|had|[a-z]+ed|[a-z]+s)\b", tail)
        or is_past_verb(first_word)
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
    return first in _FINITE_WORDS or is_past_verb(first) or is_present_verb(first)


def split_defining_clause(sentence: str, context: RuleContext) -> list[str]:
    """What a thing is, then what it does: "X is a Y that Z" becomes two sentences.

    "X is a Y. X Z." Only after "is/was a(n)", with the subject named again ("It/They" after
    "The …"), so the second sentence is still about X; "the first man who …" and other
    superlatives stay whole.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        # No dash inside the noun: "a deep conviction — the teleology that …" is an aside.
        r"^(?P<subj>[A-Z][^,;]{1,60}?) (?P<be>is|was|are|were) (?P<np>an? [^,;—–]{2,60}?) "
        r"(?P<rel>that|who|which) (?P<verb>[a-z]+) (?P<rest>[^;]{3,}[.!?])$",
        sentence,
    )
    if match is None or re.search(r"\b(?:first|last|only|next|most|[a-z]+est)\b", match["np"]):
        return [sentence]
    verb = match["verb"]
    if not (is_past_verb(verb) or is_present_verb(verb) or verb in _FINITE_WORDS):
        return [sentence]
    subject = match["subj"]
    if word_count(subject) > 4 or re.search(r"\b(?:and|or|of)\b", subject):
        return [sentence]
    if verb in ("are", "were", "have") and match["be"] in ("is", "was"):
        # "a list of victims of Nazism who were noted …": the clause tells about the plural
        # noun inside the phrase, not about the subject.
        return [sentence]
    stance = _STANCE_BEFORE_SUBJECT.match(subject)
    if stance is not None:
        # "We recognize that ransomware is a global threat which affects every member": the
        # thing is "ransomware", not "We recognize that ransomware", which said the stance
        # twice ("We recognize that ransomware affects every member"). A pronoun after "that"
        # ("we know that she is a leader who …") is a person "It" would not name: kept whole.
        if stance["inner"].split()[0].lower() in _PERSONAL_PRONOUNS or match["rel"] == "who":
            return [sentence]
        subject = "They" if match["be"] in ("are", "were") else "It"
    elif subject.split()[0] in ("The", "A", "An", "This", "These", "Its", "Their"):
        if match["rel"] == "who" and match["be"] in ("is", "was"):
            # "A choral scholar is a student who receives …": a person, whom "It" would not
            # name.
            return [sentence]
        subject = "They" if match["be"] in ("are", "were") else "It"
    context.changes.append("split what a thing is from what it does")
    return [f"{match['subj']} {match['be']} {match['np']}.", f"{subject} {verb} {match['rest']}"]


_FINITE_WORDS: Final = frozenset("is are was were has have had can could will would may".split())

_STANCE_BEFORE_SUBJECT: Final = re.compile(r"^(?P<stance>.+?) that (?P<inner>\S.*)$")
"""A subject that holds a stance and its "that" ("We recognize that ransomware"): the
thing the clause is about is the words after "that"."""

_PERSONAL_PRONOUNS: Final = frozenset("i we you he she they it".split())


def split_closing_who(sentence: str, context: RuleContext) -> list[str]:
    """A closing ", who …" after a name becomes a sentence about that person, named again.

    "… the last great composer was Francis Poulenc, who died in 1963." → "… Francis Poulenc.
    Francis Poulenc died in 1963." The name is repeated rather than guessed as "he" or "she".
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        rf"^(?P<main>.{{20,}}?\b(?P<name>{_PERSON_NAME})), who (?P<verb>[a-z]+) "
        r"(?P<rest>[^,;]{3,}[.!?])$",
        sentence,
    )
    if match is None or word_count(match.group("main")) < 5:
        return [sentence]
    before_name = match.group("main")[: -len(match.group("name"))].split()[-1:]
    if before_name and before_name[0].lower() == "of":
        # "the resident of Vanity Fair, who takes …": the "who" is the resident, not the place.
        return [sentence]
    verb = match.group("verb")
    if not (is_past_verb(verb) or is_present_verb(verb) or verb in ("is", "was", "has", "had")):
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
    splitter = re.compile(
        rf",\s+(?=which\b(?! (?:{_OBJECT_STARTS})\b)(?! [A-Z])"
        # "the Alliance, which, with our partners, we continue to develop": the subject after
        # the aside makes "which" the object again.
        rf"(?!,[^,;]+,\s+(?:{_OBJECT_STARTS})\b)"
        # "a person named Obadiah, which means "servant …"": the gloss is the name's,
        # and "This means …" would give it to the whole clause.
        r"(?! means [\"“‘']))"
    )
    gloss = re.match(
        r"^(?P<main>.{20,}\b(?:word|name|term|named|called) (?P<word>[\w'’-]+)), which means "
        r"(?P<rest>[\"“‘'][^,;]+)$",
        sentence,
    )
    if gloss is not None and word_count(sentence) > context.long_words:
        # "… a person named Obadiah, which means "servant of the Lord"": the name is said again.
        context.changes.append("moved the closing gloss to its own sentence")
        said = capitalise(gloss.group("word"))
        return [f"{gloss.group('main')}.", f"{said} means {gloss.group('rest')}"]
    share = re.match(
        r"^(?P<main>.{20,}?)(?:,| [—–]) (?P<share>both|all|many|most|some|several|none) of "
        r"(?:which|whom) (?P<rest>(?:are|were|is|was|have|had|has|will|would|can|could)\b"
        r"[^,;:—–]+[.!?])$",
        sentence,
    )
    if share is not None and word_count(sentence) > context.long_words:
        # "… released two albums — both of which were hits …": the share of the things just
        # named says the rest ("Both were hits …"); "both" alone had been dropped before,
        # which left "— of which were hits".
        context.changes.append("moved the closing “of which” clause to its own sentence")
        word = share.group("share")
        subject = "Both" if word == "both" else f"{word.capitalize()} of them"
        return [f"{share.group('main')}.", f"{subject} {share.group('rest')}"]
    parts = split_at(sentence, context, splitter, min_words=5)
    if len(parts) == 1:
        # "X, which the press asked for." → "X. The press asked for this.": only a clause
        # that ends on its preposition has a place for "this".
        # A place it is in or at ("which they traditionally live in") takes no "this".
        ending = "|".join(p for p in PREPOSITIONS if p not in ("in", "at", "on", "into", "within"))
        splitter = re.compile(rf",\s+which (?=(?:{_OBJECT_STARTS})\b[^,]*\b(?:{ending})[.!?]$)")
        parts = split_at(sentence, context, splitter, min_words=4)
        if len(parts) == 2:
            parts[1] = re.sub(r"([.!?])$", r" this\1", parts[1])
        return parts
    if any(_CLAUSE_AFTER_CLAUSE.search(part) for part in parts[1:]):
        # "moved to the 53rd Battalion, which was part of the 5th Division, when the force was
        # reinforced …": the "when" clause may tell about the main clause; cut off with the
        # "which" clause, it would tell about that one.
        context.changes.pop()
        return [sentence]
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
        if (
            result[index].startswith("It ")
            and last
            and is_plural_noun(last[0])
            and not re.match(r"It (?:is|was|has|does)\b", result[index])
            and _names_one_thing_before(parts[index - 1])
        ):
            # "the first interconnector linking wind farms in two Member States, which
            # entered into operation …": the verb says nothing of number, and "which" may be
            # the interconnector as well as the States; "They entered" gave it to the States.
            context.changes.pop()
            return [sentence]
        if (
            result[index].startswith("It ")
            and last
            and is_plural_noun(last[0])
            and not re.match(r"It (?:is|was|has|does)\b", result[index])
        ):
            # "two songs, which reached …" → "They reached …". A singular verb agrees with a
            # noun before the plural one: "its moratorium on executions, which was lifted" is
            # "It was lifted", where "They was lifted" agreed with nothing.
            result[index] = "They " + result[index][len("It ") :]
        modal = re.match(rf"This (?:{'|'.join(sorted(MODAL_WORDS))})\b", result[index])
        if (
            modal is not None
            and last
            and is_plural_noun(last[0])
            and not _tells_a_result(result[index][modal.end() :])
        ):
            # "plates of chitin or protein, which can reflect …": "They can reflect …". A
            # result ("use £4.7 million of our reserves, which will still leave us with …") is
            # the whole clause's: "This will still leave us …".
            result[index] = "They " + result[index][len("This ") :]
        if result[index].startswith("They ") and any(
            is_present_verb(verb) and verb.endswith("s") and not verb.endswith("ss")
            for verb in re.findall(r",\s+(?:and\s+)?([a-z]+)\b", result[index])
        ):
            # "memories, which oblige us to act, excludes cynicism, and forbids …": the clause
            # goes on with a singular verb, which "They" would not agree with.
            context.changes.pop()
            return [sentence]
        if _main_clause_goes_on(result[index]):
            context.changes.pop()
            return [sentence]
        if re.match(r"It (?:is|was) (?:why|how|what|where|when)\b", result[index]):
            # "…, which is why we will continue": the reason is the whole clause before.
            result[index] = "This " + result[index][len("It ") :]
        if result[index].startswith("This ") and _RENAMED_SUBJECT.match(parts[index - 1]):
            # "The digital space is also a common good — a unique, open and trusted common
            # good, which requires …": the dash names the subject again, and the clause tells
            # of it ("It requires …"); "This requires" had pointed at no one thing.
            result[index] = "It " + result[index][len("This ") :]
        result[index] = _name_the_thing(result[index], parts[index - 1])
    return result


_RENAMED_SUBJECT: Final = re.compile(
    r"^[A-Z][^,;:—–]*?\s(?:is|was)\s(?:also\s|still\s)?(?:a|an)\s[^,;:—–]+\s[—–]\s(?:a|an)\s"
    r"[^—–;:]+[.!?]$"
)
"""A subject said to be a thing, then named again after a dash: "X is a good — a rare good."."""


_THING_BEFORE: Final = re.compile(
    r"\b(?:(?:a|an|the|this|its|their|our|his|her)\s+(?:[a-z-]+\s+){0,2}?|"
    r"(?:to|on|in|for|with|from)\s+)(?P<head>[a-z]+)(?:\s+on\s+[a-z ]+)?$"
)
"""The object a closing "which" hangs on: "charted a transformative agenda on gender equality",
"is addicted to oil". Its head is the noun before an "on" phrase (its topic). After "of" the
"which" may be either noun ("the history of the city, which is the oldest"), so none is named."""
_LASTING_VERB: Final = re.compile(r"This (?:still |now |also )?(?P<verb>[a-z]+s)\b")


def _name_the_thing(clause: str, before: str) -> str:
    """Say "This oil is …" for a cut-off "which" clause whose pronoun would point elsewhere.

    "America is addicted to oil, which is often imported …": "It is often imported" reads as
    America, the subject. "…charted an agenda, which continues to guide us": "This continues"
    is no result of the charting, it is the agenda. When the thing before "which" is a singular
    common noun, it is named; a result ("which leads to …") keeps "This".
    """
    thing = _THING_BEFORE.search(before.rstrip(".!?"))
    if thing is None or re.search(r"\bof\s*$", before[: thing.start()]):
        return clause
    head = thing["head"]
    if is_plural_noun(head) or not is_noun(head):
        return clause
    if clause.startswith("It ") and _one_thing_acts(before):
        return f"This {head} {clause[len('It ') :]}"
    lasting = _LASTING_VERB.match(clause)
    if lasting is not None and _tells_of_the_thing(lasting["verb"]):
        return f"This {head} {clause[len('This ') :]}"
    return clause


def _tells_of_the_thing(verb: str) -> bool:
    """Whether a present verb after "This" tells of one thing, not of the whole clause before.

    "This is why …", "This has led to …", "This means …", "This leads to …" take up the clause.
    """
    whole = verb in ("is", "has", "does") or verb[:-1] in _RESULT_BASES | {"mean", "make"}
    return is_present_verb(verb) and not whole


def _one_thing_acts(clause: str) -> bool:
    """Whether a clause's subject is one thing ("America is …"), which "It" would point to.

    The clause is the last one before the "which": after a colon, the words after it.
    """
    words = re.findall(r"[A-Za-z'’-]+", re.split(r"[:;]\s+", clause)[-1])[:8]
    if not words or words[0].lower() in _NOT_ONE_THING:
        return False
    for word in words[1:]:
        if word in ("is", "was", "has"):
            return True
        if word in ("are", "were", "have") or word.lower() in MODAL_WORDS:
            return False
        singular = is_present_verb(word) and word.endswith("s") and not word.endswith("ss")
        if word.islower() and not is_plural_noun(word) and singular:
            return True  # "The island depends on coal"
        if word.islower() and is_past_verb(word):
            # "The people fled the town, which took them 3 days": after a past act, "which"
            # is as often the act as the thing, so no thing is named.
            return False
    return False


_NOT_ONE_THING: Final = frozenset("i we you they he she there it this these those".split())
"""Subjects "It" would not be read as: a person, several, or "it" itself."""


def _names_one_thing_before(clause: str) -> bool:
    """Whether a clause's last plural noun hangs on one thing named just before it.

    "the interconnector linking wind farms in two Member States": a singular noun, then a
    participle leading to the plural. A "which" after them may be that one thing, so neither
    "It" nor "They" is sure. After "with" ("an album with eleven songs, which reached …") the
    songs are taken to be meant, as before.
    """
    words = re.findall(r"[A-Za-z'’-]+", clause)[-9:-1]
    return any(
        link.endswith("ing") and is_verb_form(link.lower()) and _may_be_singular_noun(head)
        for head, link in itertools.pairwise(words)
    )


def _may_be_singular_noun(word: str) -> bool:
    """A singular noun, or a rare word no dictionary here knows ("interconnector").

    Common words the noun test does not know ("because") are no nouns: only a rare one is
    taken for a technical term's noun.
    """
    from wordfreq import zipf_frequency

    lower = word.lower()
    if lower in FUNCTION_WORDS or is_plural_noun(lower):
        return False
    rare = zipf_frequency(lower, "en") < RARE_ZIPF
    unknown = word.islower() and rare and not (is_verb_form(lower) or is_adjective(lower))
    return may_be_noun(lower) or unknown


RARE_ZIPF: Final = 3.0
"""Below this wordfreq score a word is rare enough to be a technical term ("interconnector")."""


_RESULT_BASES: Final = frozenset(
    "lead cause result mean allow force prompt spark trigger enable leave".split()
)
"""Verbs after "which will" that tell a result of the whole clause before them."""


def _tells_a_result(rest: str) -> bool:
    """Whether the words after a "which" clause's modal open on a verb of result."""
    words = re.findall(r"[a-z]+", rest.lower())[:2]
    if words and re.fullmatch(_RELATIVE_ADVERBS + "|also|not", words[0]):
        words = words[1:]  # "will still leave", "would also mean"
    return bool(words) and words[0] in _RESULT_BASES


def _main_clause_goes_on(clause: str) -> bool:
    """Whether ", and …" in a cut-off "which" clause goes on with the main clause.

    "condemns the attack, which led to three deaths, and stresses that …": the clause is past,
    "stresses" present, so "stresses" goes with the sentence's subject. Given to "This", it
    would be the attack that stresses.
    """
    words = clause.split()
    if len(words) < 2:
        return False
    thing = re.match(r"[^,;:]+,\s+and\s+((?:a|an|the|new|more|our|its|their)\s[^,;:]+)", clause)
    if thing is not None and not has_finite_verb(thing[1]):
        # "New grants, which will open on 1 May, and a helpline for exporters, …": the thing
        # after the clause's first comma and "and" is the list's second, not the clause's.
        # The clause's own series ("which includes Brisbane, Logan City, …, and the Gold
        # and Sunshine Coasts") has commas before its "and".
        return True
    first = words[1].lower()
    for verb in re.findall(r",\s+and\s+([a-z]+)\b", clause):
        if is_past_verb(first) and is_present_verb(verb) and verb.endswith("s"):
            return True
        if is_present_verb(first) and first.endswith("s") and is_past_verb(verb):
            return True
    return False


_CLAUSE_AFTER_CLAUSE: Final = re.compile(
    r",\s+(?:when|while|whereas|after|before|because|since|until|although|though|unless)\b"
)
"""A clause after the "which" clause's own comma: whose it is cannot be known."""
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
    if is_past_verb(verb) and verb not in _RESULT_VERBS:
        # "a sitcom, which premiered on CBS" → "It premiered …": the thing just named acted;
        # "which led to …", "which caused …" tell a result of the whole clause ("This").
        return "It" + space
    plural = verb in _PLURAL_VERBS or (
        is_base_verb(verb) and not is_past_verb(verb) and verb not in MODAL_WORDS
    )
    return ("They" if plural else "This") + space


_APPOSITION: Final = re.compile(
    r"^(?P<head>.*?\b(?P<name>(?:[A-Z][\w'’-]*|\d+)(?:\s+(?:[A-Z][\w'’-]*|\d+|of|on|for|and|the))*?"
    r"\s*(?:[A-Z][\w'’-]*|\d+))),\s+(?P<np>(?:our|the|a|an|its|their|his|her)\s[^,;]+?)(?P<end>[.!?])$"
)


_NAME_PARTICLES: Final = frozenset(
    "de la le del della da di du des der den van von y bin al".split()
)
"""Small words inside names ("Juan de la Cruz", "Ludwig van Beethoven")."""


_WE_THE: Final = re.compile(
    r"^(?P<we>We|I), (?:as )?(?=(?:the|members of|leaders of|representatives of) )"
)
_VERB_AFTER_ASIDE: Final = re.compile(
    r", (?P<rest>(?:(?:strongly|firmly|fully|jointly|today|again|also) )?(?P<verb>[a-z]+) )"
)


def split_we_apposition(sentence: str, context: RuleContext) -> list[str]:
    """Who "we" are, told first: "We, the G7 Ministers of A, B …, condemn X" → "We are …".

    The speakers name themselves between the subject and its verb, often at length (a list
    of countries); told first as a sentence of its own, the verb comes back to its subject.
    The aside ends at the first comma followed by a verb "we" can take ("condemn", "will").
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    opening = _WE_THE.match(sentence)
    if opening is None:
        return [sentence]
    for comma in _VERB_AFTER_ASIDE.finditer(sentence, opening.end()):
        verb = comma["verb"]
        if re.fullmatch(FINITE_AUXILIARIES, verb) or (
            is_base_verb(verb) and verb not in FUNCTION_WORDS and not is_noun(verb)
        ):
            who = sentence[opening.end() : comma.start()]
            if word_count(who) < 3:
                return [sentence]
            we = opening["we"]
            context.changes.append("told who 'we' are in a sentence of their own")
            return [
                f"{we} {'am' if we == 'I' else 'are'} {who}.",
                f"{we} {sentence[comma.start('rest') :]}",
            ]
    return [sentence]


def split_apposition(sentence: str, context: RuleContext) -> list[str]:
    """A closing apposition becomes a sentence: "… Agenda 2030, our roadmap." → "Agenda 2030 is …".

    Only an apposition after a name, at the end of the sentence, is moved, so "is" is always right.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _APPOSITION.match(sentence)
    if match is None or word_count(match.group("head")) < 4:
        return [sentence]
    if not re.search(r"[A-Za-z]", match.group("name")):
        # "around 1: 00, the crowd broke in" is a time, not a name with an apposition.
        return [sentence]
    if _has_main_verb(match.group("np")) or re.search(rf"\b(?:{MONTHS})\b", match.group("name")):
        # A date has no apposition: ", the Bundestag met" after it starts a clause.
        # "In August 1914, the regiment went to France": a clause, not an apposition.
        return [sentence]
    name = match.group("name").strip()
    before = match.group("head")[: match.start("name")].rstrip()
    if re.search(r"[A-Z][\w'’-]*,$", before) or before.rsplit(" ", 1)[-1] in _NAME_PARTICLES:
        # "Gouda, South Africa, a town …" and "… de la Santísima Trinidad, a series of names":
        # the name found is only the end of a longer one, which the apposition tells about.
        return [sentence]
    if not has_finite_verb(match.group("head")):
        # "In the third round, the Conference Finals, the two remaining teams … play": the
        # name ends an opening phrase with no verb of its own, and what follows its comma is
        # the main clause. Cut there, the first part would be a fragment ("In the third
        # round, the Conference Finals.") and the second would say the round is the teams.
        # A verb earlier in the head is enough ("he was a son of Rev, son of Mirian III").
        return [sentence]
    if re.search(
        r",\s+(?:[a-z]+\s+){0,1}(?:with|by|for|from|among|alongside|via)(?:\s+the)?$", before
    ):
        # "to rebuild, with Member States, the foundations of …": the name is in an aside
        # between commas, and what follows is the verb's object, not a second name for it.
        return [sentence]
    if has_unpaired_bracket(match.group("head")):
        # "Public domain (speech by a US President, a work of the government)": the
        # apposition is inside brackets and tells of the speech; cut there, neither part
        # closes its bracket and "US President is a work of the government" says it wrong.
        return [sentence]
    if before.rsplit(" ", 1)[-1].lower() in ("a", "an"):
        # "a speech by a US President, a work of …": after "a" the capitals are a title,
        # not a name, and the apposition may tell about the wider phrase.
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
    subject = capitalise(name)
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
        if word in ("is", "are", "was", "were", "has", "had", "have") or word in MODAL_WORDS:
            # "…, the two probes could continue …" goes on into a clause, too.
            return True
        if not is_past_verb(word):
            continue
        if not may_be_participle(word):
            return True  # "went", "began": only a main verb
        # "attacked the fort", "started." and "struggled to keep" are main verbs; "made up of"
        # and "committed to applying" describe the noun.
        after = words[index + 1 : index + 3]
        if not after or after[0] in DETERMINERS:
            return True
        if after[0] == "to" and len(after) > 1 and is_base_verb(after[1]):
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
    if match is None or word_count(match["list"]) < 6:
        return [sentence]
    verb = match["verb"]
    plural = any(is_plural_noun(w) for w in re.findall(r"\b[a-z]+\b", match["subject"]))
    if not plural or not (is_past_verb(verb) or is_auxiliary_or_present(verb)):
        return [sentence]
    be = "were" if is_past_verb(verb) else "are"
    context.changes.append("moved the list between dashes to its own sentence")
    return [
        f"{match['subject'].rstrip()} {sentence[match.start('verb') :]}",
        f"They {be} {match['list'].strip()}.",
    ]


_RELATIVE_WORD: Final = re.compile(r"\b(?:which|whom|whose)\b", re.IGNORECASE)
"""An aside with one of these hangs on a noun outside it: it is never a sentence alone."""


def split_parenthetical(sentence: str, context: RuleContext) -> list[str]:
    """Brackets and paired dashes interrupt a sentence: short asides go, long ones follow it.

    A dash aside with no verb goes only when it just stresses or points ("– far from it –"):
    "months – sometimes years – for a trial" would lose what the speaker added.
    An aside that holds a fact (a number, a name) is never dropped: a bracketed one follows the
    sentence as a short sentence of its own ("Born 2 May 1954."), a dash aside stays in place,
    and a bracketed acronym or single name stays beside the words it names, as do several
    bracketed facts in one sentence (each belongs to the words before it: "Peace (1814); …").
    A bracketed acronym that only repeats the name before it ("the Works Progress
    Administration (WPA)") goes when the text never uses it again.
    """
    if _TABLE_ROW.fullmatch(sentence):
        # "Millbrook Primary School – Address: Brook Street (car park); Opening hours: …" is a
        # table's row read with its headings: each bracket belongs to its cell, and dropped
        # it took away where to go.
        return [sentence]
    open_aside = re.search(
        r"\s+[–—-]\s+((?:from|including|such as|like)\s[^–—]{3,200}?),\s+"
        r"(?=(?P<verb>remains?|stays?|is|are|was|were|has|have|will|can|must)\b)",
        sentence,
    )
    if open_aside is not None:
        # "X – from A to B, remains Y": a dash opened the aside and a comma closed it. The
        # aside tells of X, the subject, so "It" (or "They") says it again; "This" would be
        # the whole sentence before ("This reaches from hubs …").
        aside = open_aside.group(1).strip()
        rest = sentence[: open_aside.start()] + " " + sentence[open_aside.end() :]
        several = open_aside["verb"] in ("remain", "stay", "are", "were", "have")
        verb = "include" if aside.startswith(("including", "such as", "like")) else "reach"
        subject_verb = f"They {verb}" if several else f"It {third_person(verb)}"
        aside = re.sub(r"^(?:including|such as|like)\s+", "", aside)
        context.changes.append(f"moved the aside “{aside}”")
        aside = re.sub(r",(?=\s+to\b)", "", aside)
        return [rest.strip(), f"{subject_verb} {aside}."]
    moved: list[str] = []
    # A name is a fact where the sentence uses it: "Saturday" alone opens a sentence, and
    # the guard, which reads the whole sentence, would find "(Saturday)" gone.
    names = {f.text for f in factguard.extract(sentence) if f.kind == "name"}

    def holds_fact(aside: str) -> bool:
        if _CONTACT.search(aside):
            # "contact Ms Torres (maria.torres@un.example.org)": the address is how to
            # reach her; without it the line names someone and gives no way to reach them.
            return True
        return bool(factguard.extract(aside)) or any(
            re.search(rf"\b{re.escape(name)}\b", aside) for name in names
        )

    fact_asides = [a for a in re.findall(r"\(([^()]{1,200})\)", sentence) if holds_fact(a)]

    def aside_out(match: re.Match[str]) -> str:
        aside = (match.group(1) or match.group(2) or "").strip()
        if (
            match.group(1)
            and _ITEM_LABEL.fullmatch(aside)
            and _NAMES_AN_ITEM.search(sentence[: match.start()])
        ):
            # "On issue (i), the judge held …": the label says which issue; without it the
            # sentence no longer says which one ("On issue, …").
            return match.group(0)
        spelled = spelled_out(aside, sentence[: match.start()]) if match.group(1) else None
        whole = context.text or sentence
        if spelled is not None and len(re.findall(rf"\b{re.escape(aside)}\b", whole)) <= 1:
            # "the European Space Agency (ESA)", and ESA is not used again: the short form in
            # brackets only repeats the name, so it goes (the guard accepts the long form).
            context.allowed[aside] = spelled
            context.changes.append(f"dropped the short form “{aside}”, used only once")
            return ""
        if match.group(1) and _UNIT_ASIDE.fullmatch(aside):
            # "Cost (£m): 5.5": the unit says what the figures count; without it a reader
            # of the table is left with "Cost: 5.5" and no idea of what.
            return match.group(0)
        if holds_fact(aside):
            if (
                match.group(2)
                or len(fact_asides) > 1
                or (word_count(aside) < 2 and not re.search(r"\d", aside))
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
        if match.group(1) and _NUMBERED_PROVISION.search(sentence[: match.start()]):
            # "Article 8 (right to respect for private and family life)": what the article
            # protects is the plain reader's way in to a bare number, not an aside.
            return match.group(0)
        if match.group(1) and _is_needed_aside(aside, sentence[: match.start()]):
            # "Single bus fare (adult)", "calling 119 (free from mobiles and landlines)": who
            # it is for, what it costs or when it holds. Dropped, the fare was everyone's and
            # the call of unknown cost.
            return match.group(0)
        verb = re.search(r"\b(?:is|are|was|were|has|have|will|can)\b", aside)
        tells = word_count(aside) >= 5 and verb is not None
        if tells and _RELATIVE_WORD.search(aside):
            # "(all but one of which was a Nordic cross)" hangs on the sentence's noun: on its
            # own it is no sentence, and dropped it would take a fact away.
            return match.group(0)
        if not tells and match.group(2) and not _ONLY_EMPHASIS.fullmatch(aside):
            # "They wait months – sometimes years – for a trial date": dropped, the aside
            # would take away what it adds; only an emphasis or a pointer says nothing new.
            return match.group(0)
        context.changes.append(f"moved the aside “{aside}”")
        if tells:
            moved.append(capitalise(aside.rstrip(".")) + ".")
        return " " if match.group(2) else ""

    rest = re.sub(
        r"\s*\(([^()]{1,200})\)|\s+[–—-]\s+([^–—]{3,200}?)\s+[–—-]\s+", aside_out, sentence
    )
    if rest == sentence:
        return [sentence]
    rest = re.sub(r"\s+([,.;:!?])", r"\1", rest).strip()
    return [rest, *moved]


_NEEDED_ASIDE: Final = re.compile(
    r"\b(?:if|unless|except|excluding|only|subject to|while stocks last|terms apply"
    r"|(?<![\w-])free|paid|charges?|chargeable|fees?|costs?|prices?|fares?|discount(?:ed)?"
    r"|half[- ]price"
    r"|concessions?|concessionary|adults?|child(?:ren)?|aged|under-\d+s?|over-\d+s?"
    r"|students?|pensioners?|eligible|residents?|households?|per (?:person|day|adult|child))\b",
    re.IGNORECASE,
)
"""Words of an aside that says who a thing is for, what it costs or when it holds."""


def _is_needed_aside(aside: str, before: str) -> bool:
    """Whether a bracketed aside says who qualifies, what it costs or on what condition.

    A reader needs "(adult)" after a fare and "(free from mobiles)" after a number to call;
    an aside whose every word the sentence has said already ("free travel (free)") only
    repeats, and goes.
    """
    if _NEEDED_ASIDE.search(aside) is None:
        return False
    said = {w.lower() for w in re.findall(r"[\w'’-]+", before)}
    words = [w.lower() for w in re.findall(r"[\w'’-]+", aside) if w.lower() not in FUNCTION_WORDS]
    return any(word not in said for word in words)


_CONTACT: Final = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\bwww\.\S+|https?://\S+")
"""An email or web address, which a reader needs whole to get in touch or find more."""
_ITEM_LABEL: Final = re.compile(r"[ivx]{1,5}|[a-h]|[IVX]{1,5}|[A-H]")
"""A list item's label in brackets, as a text refers back to it: "(i)", "(b)", "(IV)"."""
_LABELLED_NOUNS: Final = (
    *ITEM_NOUNS,
    *"paras? criteria criterion sections? articles? rules? clauses?".split(),
)
_NAMES_AN_ITEM: Final = re.compile(
    rf"\b(?:{'|'.join(_LABELLED_NOUNS)})(?: \([^()]{{1,5}}\) (?:and|or|to))?$", re.IGNORECASE
)
"""The noun a bracketed label goes with ("On issue (i)", "grounds (a) and (b)"); after other
words a bracketed letter is a symbol or a mark ("adenine (A)", "Chavo Guerrero (c)")."""
_TABLE_ROW: Final = re.compile(
    r"(?:(?! – )[^:;.!?])+ – [^:;]+?: (?:(?! – )[^;])+(?:; [^:;]+?: (?:(?! – )[^;])+)*(?<![.!?])"
)
"""A table's row as the readers write it under a heading row: "Eastgate – Stops: 2,310; …"."""
_UNIT_ASIDE: Final = re.compile(
    r"(?:in\s+)?(?:[£$€¥]\s*(?:m|bn|k|millions?|billions?|thousands?)?|%|per\s?cent"
    r"|(?:millions?|billions?|thousands?)(?:\s+of\s+\w+)?|km2?|km²|kg|tonnes|hectares|ha"
    r"|m2|m²|mm|cm|litres|hours|days|years|minutes)",
    re.IGNORECASE,
)
"""A bracketed unit after a heading or a figure ("Cost (£m)", "Share (%)", "Area (km²)")."""
_NUMBERED_PROVISION: Final = re.compile(
    r"\b(?:Article|Articles|Section|Sections|Rule|Protocol|Chapter|Regulation|Directive"
    r"|Resolution|Clause|Paragraph)(?: No\.)? [\w./-]*\d[\w./()-]*$"
)
"""A provision cited by its number, whose bracketed words say what it is about."""
_ONLY_EMPHASIS: Final = re.compile(
    r"(?:(?:far from it|absolutely|everything|of course|indeed|frankly|honestly|clearly|"
    r"obviously|naturally|certainly|surely|really|truly|again|once again|once more|alas|sadly|"
    r"admittedly|I (?:think|believe|hope|must say|repeat)|we (?:believe|hope)|so to speak|"
    r"as it were|if you will|you know|let me (?:be clear|say)|I say|see (?:above|below)|"
    r"see (?:page|section|annex|chapter) \S+)[,.!]?\s*)+",
    re.IGNORECASE,
)
"""A dash aside that only stresses or points ("– far from it –", "– see below –"): it can go."""
_INITIALS_SKIP: Final = frozenset("of and the for on in to de du la & a an".split())


def spelled_out(acronym: str, before: str) -> str | None:
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


def _names_the_subject(before: str) -> bool:
    """Whether the words before an aside are still the sentence's subject (no verb yet).

    A participle before its noun ("Fontane's first published work") describes the noun.
    """
    words = before.split()
    kept = [
        word
        for index, word in enumerate(words)
        if not (
            may_be_participle(word)
            and index + 1 < len(words)
            and is_noun(words[index + 1].strip(",;"))
        )
    ]
    return not has_finite_verb(" ".join(kept))


def _aside_as_sentence(aside: str, before: str) -> str | None:
    """A bracketed fact told as a whole sentence, or None when it cannot be told safely.

    - "(or Kitlineq)" gives another name: "It is also called Kitlineq."
    - "(born 2 May 1954)" or "(1904 – 1961)" right after a name that opens the sentence:
      "Anna Berg was born on 2 May 1954.", "Marcel Junod lived from 1904 to 1961."
    - an aside that is a clause of its own (it has a verb) follows as it is.
    A short label ("1990", "71 km", "2 miles away") has no subject to make a sentence with.
    """
    # "(, born 1947)": a pronunciation left out of the source leaves its comma behind.
    aside = aside.strip().lstrip(",;").strip().rstrip(".,;").strip()
    # "It is also called …" follows the whole sentence, where "It" is read as its subject:
    # another name for a later noun ("… convicts to Van Diemen's Land (now known as
    # Tasmania)") would go to the wrong thing, so only a name beside the subject is told.
    beside_subject = _names_the_subject(before)
    short = re.match(
        r"(?:or )?(?P<how>(?:often|usually|commonly|sometimes) )?(?P<verb>abbreviated|shortened) "
        r"(?:as |to )?"
        r"(?P<short>[A-Z][\w.-]*)$",
        aside,
    )
    if short is not None and beside_subject:
        # "(or often abbreviated RCT)": "It is often abbreviated RCT."
        verb = "shortened to" if short.group("verb") == "shortened" else "abbreviated"
        return f"It is {short.group('how') or ''}{verb} {short.group('short')}."
    other_name = re.match(r"(?:or|also called|also known as|aka)\s+(.+)$", aside)
    if other_name is not None:
        if not beside_subject or re.match(
            r"(?:often|usually|sometimes|commonly|[a-z]+ly|[a-z]+ed)\b", other_name.group(1)
        ):
            # "(or often abbreviated RCT)" is no name: "It is also called often …".
            return None
        return f"It is also called {other_name.group(1)}."
    known = re.match(r"(now|then|later|formerly|originally) (known|called) (.+)$", aside)
    if known is not None and not beside_subject:
        return None
    if known is not None:
        # "(now known as Tasmania)": "now" is said with "is", any earlier time with "was".
        tense = "is" if known.group(1) == "now" else "was"
        return f"It {tense} {aside}."
    spelled = re.match(r"(?:alternatively |also )?spelled (?:as )?(.+)$", aside)
    if spelled is not None and beside_subject:
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
    if word_count(aside) >= 4 and re.search(
        r"\b(?:is|are|was|were|has|have|had|will|can)\b", aside
    ):
        # "(all but one of which was a cross)" is a clause, but it hangs on a noun before it.
        return None if _RELATIVE_WORD.search(aside) else capitalise(aside) + "."
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
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<main>.{20,}?)\s+[–—-]\s+(?P<adverb>especially|particularly|notably|mainly)\s+"
        r"(?P<rest>[^–—]{3,120}?)(?P<end>[.!?])$",
        sentence,
    )
    if match is None or word_count(match.group("main")) < 5:
        return [sentence]
    if match.group("rest").split(" ", 1)[0].lower() not in _TRUE_OF:
        return [sentence]
    last = re.findall(r"[a-z]+", match.group("main").lower())[-1:]
    if (
        last
        and not may_be_noun(last[0])
        and (is_base_verb(last[0]) or is_past_verb(last[0]) or is_present_verb(last[0]))
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


_RESTATED: Final = re.compile(
    r"^(?P<main>.+\b(?:a|an|the|this|that|one|another) (?:[a-z]+ ){0,2}(?P<noun>[a-z]{3,}))"
    r"\s+(?:--|[–—])\s+"
    r"(?P<rest>(?:a|an|the) (?:[a-z]+ ){0,2}(?P=noun)\b[^–—]{10,}[.!?])$"
)
"""A noun said again after a dash, to be told more about: "a deep crisis — the crisis of …"."""


def split_dash_restated(sentence: str, context: RuleContext) -> list[str]:
    """A noun restated after a dash starts a sentence: "a deep crisis — the crisis of X that …".

    → "… a deep crisis. This is the crisis of X that …". Only when the same noun opens the part
    after the one dash ("a crisis — the crisis", "an agreement — an agreement that"), so "This"
    can only point to it, and that part runs to the end of the sentence. "This was" after a
    clause told in the past.
    """
    if word_count(sentence) <= context.long_words or len(_DASH.findall(sentence)) != 1:
        return [sentence]
    match = _RESTATED.match(sentence)
    if match is None or word_count(match.group("main")) < 5 or not has_clause_verb(match["main"]):
        return [sentence]
    if is_verb_form(match["noun"]) and not is_noun(match["noun"]):
        return [sentence]
    main = match.group("main")
    past = re.search(r"\b(?:was|were|had|did)\b", main) and not re.search(
        r"\b(?:is|are|am|has|have|will|shall|can|must|may)\b", main
    )
    context.changes.append("the noun restated after a dash starts a sentence")
    return [f"{main}.", f"{'This was' if past else 'This is'} {match.group('rest')}"]


def split_dash_clause(sentence: str, context: RuleContext) -> list[str]:
    """Two clauses joined by a dash become two sentences: "a goal -- we seek X" → "a goal. We …".

    Only when the part after the one dash is a full clause with its own subject ("we", "it",
    "the nation") and verb. "and" then goes, "but" and "yet" open the new sentence, and "so"
    says "That is why" (an opening "So" reads as a filler). A dash before a phrase ("– like X",
    "– or retreat") adds to the clause before it and stays.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    dashes = list(_DASH.finditer(sentence))
    if len(dashes) != 1:
        return [sentence]
    main, rest = sentence[: dashes[0].start()], sentence[dashes[0].end() :]
    link, _, clause = rest.partition(" ")
    if link.lower() == "so" and re.search(r"\b(?:can|could|may|might)\b", clause):
        # "-- so our children can live in peace" is a purpose ("so that"), not a result.
        return [sentence]
    linked = link.lower() in _DASH_LINKS
    if linked:
        opening = _DASH_LINKS[link.lower()]
    else:
        opening, clause = "", rest
    # "-- and now their government should …": a time adverb may come before the subject.
    subject_part = re.sub(r"^(?:now|today|then) (?=\w)", "", clause) if linked else clause
    first, _, after_first = subject_part.partition(" ")
    # After "and"/"but", "those decisions will" opens a clause; "this", "those" … are kept
    # out only where they may point back ("-- that we share", "-- all of it spent").
    pointing_back = first.lower() in _NOT_SUBJECTS and (
        not linked or first.lower() == "that" or after_first.startswith("of ")
    )
    if (
        word_count(main) < 5
        or word_count(clause) < 3
        or re.search(r"[,;:]$", main)
        or not re.search(r"[.!?]$", clause)
        or not starts_with_subject(subject_part)
        or pointing_back
        or not has_clause_verb(main)
        or not _opens_with_subject_and_verb(subject_part)
    ):
        return [sentence]
    context.changes.append("split the clauses a dash joined")
    return [f"{main}.", f"{opening}{clause}" if opening else capitalise(clause)]


_SPEECH_END: Final = re.compile(
    r"\b(?:said|says|say|wrote|writes|asked|asks|added|adds|declared|stated|told [a-z]+|quote|"
    r"follows|following|reads|read|goes|went)$"
)


def split_colon_clause(sentence: str, context: RuleContext) -> list[str]:
    """A colon before a whole clause becomes a full stop: "one option: We must …" → ". We must …".

    Only when a capital opens a subject and its verb after the one colon ("We must keep our
    word") and a clause ending in a noun comes before it ("our nation has only one option");
    after "said" or "wrote" the clause is what was said, and a stop would take it from its
    speaker.
    """
    if word_count(sentence) <= context.long_words or sentence.count(": ") != 1:
        return [sentence]
    main, _, clause = sentence.partition(": ")
    last = re.findall(r"[A-Za-z]+", main)[-1:] or [""]
    if (
        # "may include: The system …" and "… and that: Sea levels …" need what follows;
        # a noun ("only one option: We must …") ends a sentence.
        not (is_noun(last[0]) or is_noun_not_verb(last[0]))
        or word_count(main) < 5
        or word_count(clause) < 4
        or not clause[:1].isupper()
        or not re.search(r"[.!?]$", clause)
        or _SPEECH_END.search(main)
        or not starts_with_subject(clause)
        or not _opens_with_subject_and_verb(clause)
        # "… distinguished guests, and fellow citizens: Today …" addresses people; the part
        # before the colon must be a clause ("our nation has only one option").
        or not _opens_with_subject_and_verb(main.rsplit(", ", 1)[-1])
    ):
        return [sentence]
    context.changes.append("split the clauses a colon joined")
    return [f"{main}.", clause]


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
        if (
            is_past_verb(w)
            and may_be_participle(w)
            and re.search(r",\s+(?:and\s+)?(?:a|an|the)\s", clause)
        ):
            # "a pensioner defrauded of her savings, a teenager assaulted …": nouns, each
            # described by a participle, that name examples of the noun before the dash.
            return False
        if is_auxiliary_or_present(w) or is_past_verb(w) or (pronoun_before and is_base_verb(w)):
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
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _GAPPED.match(sentence)
    if match is None:
        return [sentence]
    predicate, subject2 = match["predicate"], match["subject2"]
    words2 = subject2.split()
    if not predicate.startswith("as ") and not (
        is_adjective(predicate) and not predicate.endswith("ing")
    ):
        return [sentence]
    has_noun = any(is_noun(w) for w in words2)
    has_verb = any(is_verb_form(w) and not is_noun(w) and not is_adjective(w) for w in words2)
    if (
        not has_noun
        or has_verb
        or has_finite_verb(subject2)
        or words2[0] in _SUBJECT_PRONOUNS
        or match["subject"].split()[0].lower() in _SUBORDINATORS
        or not has_clause_verb(match["main"])
    ):
        # "If he doesn't like it, he tries …": a condition and its main clause, not two
        # clauses sharing a verb.
        return [sentence]
    verb = match["verb"]
    if verb in _GAPPED_BE:
        # The verb agrees with the new subject: its head is the last word before a preposition.
        head = re.split(rf"\s(?:{'|'.join(PREPOSITIONS)})\s", subject2)[0].split()[-1]
        verb = _GAPPED_BE[verb] if is_plural_noun(head) != (verb in ("are", "were")) else verb
    context.changes.append("gave the second clause its verb")
    return [f"{match['main']}.", f"{capitalise(subject2)} {verb} {predicate}{match['end']}"]


_DESCRIBED_SUBJECT: Final = re.compile(
    r"^(?P<owner>(?:The|This|That|These|Those|Its|Their|Our|His|Her|My|Your)"
    r"|[A-Z][\w.&-]*(?:'s|’s))(?P<names>(?: [A-Z0-9][\w/.&-]*){0,2}) "
    r"(?P<first>[a-z]+), (?P<second>[a-z]+) (?P<noun>[a-z]+) (?P<verb>[a-z]+) "
    r"(?P<rest>[^;:]+[.!?])$"
)
"""A subject with two adjectives set apart by a comma, then its verb: "Its secure, global
network continued as …"."""

_ONLY_BEFORE_A_NOUN: Final = frozenset(
    "alleged chief current entire eventual final first former future initial inner key last "
    "late latter main mere next only other outer own particular potential present previous "
    "principal recent same second sheer sole third total upper lower utter very "
    "whole".split()
)
"""Adjectives that sort a noun or place it in time ("the former president", "the final
battle"): after "was" they are not English or say something else."""

_STATE_VERBS: Final[dict[str, tuple[bool | None, bool]]] = {
    "is": (False, False),
    "was": (False, True),
    "are": (True, False),
    "were": (True, True),
    "has": (False, False),
    "had": (None, True),
    "have": (True, False),
}
"""Auxiliaries after the subject: whether they need a plural subject (None: either), and
whether they tell of the past."""

_GOES_ON_VERBS: Final = frozenset("continued remained stayed".split())
"""Past verbs that tell a state going on up to now: the adjectives of a thing someone has
("Its secure, global network continued") then take "is"."""


def split_subject_adjectives(sentence: str, context: RuleContext) -> list[str]:
    """Two adjectives before the subject's noun become a short sentence of their own.

    "INTERPOL's secure, global network continued as …" → "INTERPOL's network is secure and
    global. This network continued as …" ("is": a network that continued so still is). The
    comma says both words describe the noun alike, so "A and B" keeps their meaning; the noun
    is named again ("This network"), never guessed as "it" or "he". Only before a plain past
    verb or an auxiliary, never when the verb may be a participle that a later verb follows
    ("The old, red car parked here broke down"), and never with a comparative or a sorting
    adjective ("the former, current …").
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _DESCRIBED_SUBJECT.match(sentence)
    if match is None:
        return [sentence]
    first, second, noun, verb = match["first"], match["second"], match["noun"], match["verb"]
    if not all(_describes_freely(adjective) for adjective in (first, second)):
        return [sentence]
    if not may_be_noun(noun) or noun in FUNCTION_WORDS:
        return [sentence]
    plural = is_plural_noun(noun)
    if verb in _STATE_VERBS:
        needs_plural, past = _STATE_VERBS[verb]
        if needs_plural is not None and needs_plural != plural:
            return [sentence]  # "The big, red barn doors was": the noun is not the head
    elif verb in MODAL_WORDS:
        past = verb in ("could", "would", "might")
    elif is_past_verb(verb) and (verb.endswith("ed") or not may_be_noun(verb)):
        past = True
        later = (w.strip('.,!?"”’').lower() for w in match["rest"].split())
        if may_be_participle(verb) and any(
            w in SUBJECT_VERBS or (w.isalpha() and is_past_verb(w)) for w in later
        ):
            # "The old, red car parked here broke down": "parked here" describes the car.
            return [sentence]
    else:
        return [sentence]
    if verb in _GOES_ON_VERBS and match["owner"] not in ("The", "This", "That", "These", "Those"):
        # "Its secure, global network continued as …": what someone has and kept going still
        # holds, so "was secure" would tell of a network no longer secure. "The long, cold
        # winter continued into April" was long and cold then.
        past = False
    be = ("were" if past else "are") if plural else ("was" if past else "is")
    named_again = f"These {noun}" if plural else f"This {noun}"
    context.changes.append("told the subject's two adjectives in a sentence of their own")
    return [
        f"{match['owner']}{match['names']} {noun} {be} {first} and {second}.",
        f"{named_again} {verb} {match['rest']}",
    ]


_OWNED_STACK: Final = re.compile(
    r"^(?P<lead>[A-Z][^,;:]{2,40}, )?(?P<owner>(?:The )?[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})"
    r"(?:'s|’s) (?P<words>(?:[a-z][a-z-]* ){5,7})(?P<rest>[^;:]+[.!?])$"
)
"""A name's possession, then words in lower case: "INTERPOL's international child sexual
exploitation database helped …"."""

_TIME_OWNERS: Final = frozenset(
    "today tomorrow yesterday tonight last next this year week month day weekend morning "
    "monday tuesday wednesday thursday friday saturday sunday everyone everybody someone "
    "somebody anyone anybody nobody one".split()
    + MONTHS.lower().split("|")
)
"""Words of an owner that is a time ("Today's", "Last year's"), which has nothing, or no one
in particular ("Everyone's")."""

_EVENT_NOUNS: Final = frozenset(
    "meeting conference summit visit speech statement address session election vote attack "
    "war crisis decision announcement ceremony trip tour launch debate hearing trial match "
    "game festival celebration anniversary event".split()
)
"""Things that happen once: a name "has" a database or a strategy, not this year's summit."""

_ENDINGS: Final = frozenset(
    "close end collapse shut cease expire fold dissolve disband stop finish terminate die "
    "burn sink crash fail lapse disappear vanish go fall scrap abolish sell replace retire "
    "withdraw cancel demolish destroy dismantle".split()
)
"""Verbs that tell a thing ended: after them the owner no longer "has" it."""

_LEAD_WORDS: Final = PREPOSITIONS | frozenset(
    "during since over across throughout last this each every".split()
)
"""First words of a time or place phrase before the subject ("In the last year, ")."""


def split_owned_stack(sentence: str, context: RuleContext) -> list[str]:
    """A long stack of words before a name's noun is told in a short sentence of its own.

    "In the last year, INTERPOL's international child sexual exploitation database helped
    identify …" → "INTERPOL has an international database on child sexual exploitation. In the
    last year, INTERPOL's database helped identify …" (the subject after the noun,
    `_topic_after_head`). A reader meets the thing in a sentence
    that only names it, then what it did; the name's "'s" becomes "has", and the noun is named
    again with its owner ("INTERPOL's database"), never guessed as "it", so the second
    sentence still stands alone (as a summary's point). Only when three to five words, each an
    adjective or a noun, stand before the noun, and the verb after it is a plain past, a
    present in -s or an auxiliary, so the noun is the subject's head ("… database helped");
    never for an event ("… meeting was held") or a thing that ended ("… plant closed"), which
    the owner does not "have".
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _OWNED_STACK.match(sentence)
    if match is None:
        return [sentence]
    owner = match["owner"]
    if any(word.lower() in _TIME_OWNERS for word in owner.split()):
        return [sentence]
    lead = match["lead"] or ""
    if lead and (lead.split()[0].lower() not in _LEAD_WORDS or has_clause_verb(lead)):
        return [sentence]  # "As prices rose, …": a clause, not a time or a place
    words = match["words"].split()
    # The longest stack first: in "new police training centres were", "training centres"
    # is no subject and verb.
    for size in range(min(5, len(words) - 2), 2, -1):
        stack, noun, verb = words[:size], words[size], words[size + 1]
        if not all(_stacks(word) for word in stack):
            continue
        if not _heads_subject(noun, verb, match["rest"]):
            continue
        if {noun, noun[:-1], noun[:-2]} & _EVENT_NOUNS:  # "meetings", "addresses"
            return [sentence]  # "Canada has a national budget speech." is no event's news
        then = (words[size + 2 : size + 3] or match["rest"].split()[:1] or [""])[0]
        ended = verb in _STATE_VERBS and (verb_of_participle(then) or then) in _ENDINGS
        if (
            verb in ("was", "were", "had")
            or ended
            or (verb_of_participle(verb) or verb) in _ENDINGS
        ):
            # "Drax's old coal power plant closed in 2019", "… was sold": "has" would say the
            # owner has it still.
            return [sentence]
        plural = is_plural_noun(noun)
        article = "" if plural else "a "
        rest = " ".join([*words[size + 2 :], match["rest"]])
        owned = sentence[match.start("owner") : match.start("words")]  # "INTERPOL's "
        context.changes.append("told the name's long noun stack in a sentence of its own")
        return [
            fix_articles(f"{owner} has {article}{_topic_after_head(stack, noun)}."),
            f"{lead}{owned}{noun} {verb} {rest}",
        ]
    return [sentence]


_TOPIC_HEADS: Final = frozenset(
    "database register report study survey strategy policy law review campaign inquiry".split()
)
"""Things that hold or tell about a subject, which "on" can name after them: "a database on
child sexual exploitation", "a campaign on road safety"."""


def _topic_after_head(stack: list[str], noun: str) -> str:
    """The stack and its noun, the subject told after the noun when that reads plainer.

    "international child sexual exploitation database" → "international database on child
    sexual exploitation": a reader meets what the thing is before what it is about. Only for a
    noun that tells about a subject (`_TOPIC_HEADS`), when two or more words of the stack,
    from its first noun on, name that subject; the adjectives before them ("international")
    describe the noun itself and stay before it. Otherwise the stack stays as written.
    """
    singular = noun[:-1] if noun.endswith("s") and noun[:-1] in _TOPIC_HEADS else noun
    written = f"{' '.join(stack)} {noun}"
    if singular not in _TOPIC_HEADS:
        return written
    leading = 0
    while leading < len(stack) and is_adjective(stack[leading]) and not is_noun(stack[leading]):
        leading += 1
    topic = stack[leading:]
    if len(topic) < 2 or not is_noun(topic[0]) or not may_be_noun(topic[-1]):
        return written
    return " ".join([*stack[:leading], noun, "on", *topic])


def _stacks(word: str) -> bool:
    """True for a word that can stand before a noun and describe it: an adjective or a noun."""
    return (
        word not in FUNCTION_WORDS
        and word not in _ONLY_BEFORE_A_NOUN
        and not word.endswith("ly")
        and (is_adjective(word) or may_be_noun(word))
    )


def _heads_subject(noun: str, verb: str, rest: str) -> bool:
    """True when `verb` is a finite verb whose subject ends with `noun` ("database helped")."""
    if not may_be_noun(noun) or noun in FUNCTION_WORDS:
        return False
    plural = is_plural_noun(noun)
    if verb in _STATE_VERBS:
        needs_plural, _ = _STATE_VERBS[verb]
        return needs_plural is None or needs_plural == plural
    if verb in MODAL_WORDS:
        return True
    if is_present_verb(verb):
        return not plural
    if not (is_past_verb(verb) and (verb.endswith("ed") or not may_be_noun(verb))):
        return False
    later = (w.strip('.,!?"”’').lower() for w in rest.split())
    # "The city's old red brick houses built in 1900 were …": a participle, then the verb.
    return not (
        may_be_participle(verb)
        and any(w in SUBJECT_VERBS or (w.isalpha() and is_past_verb(w)) for w in later)
    )


def _describes_freely(word: str) -> bool:
    """An adjective in its plain form that can also follow "is" ("secure", not "former")."""
    from pipeline.wordforms import getAllLemmas

    return (
        is_adjective(word)
        and word in getAllLemmas(word).get("ADJ", ())
        and word not in _ONLY_BEFORE_A_NOUN
        and word not in FUNCTION_WORDS
        and not word.endswith("ly")
    )


_REPORTED_PAIR: Final = re.compile(
    r"^(?P<lead>[A-Z][^,;]{2,40}, )?(?P<subject>I|We|(?<!^)we|The Government|The Council|The Court)"
    rf"(?P<auxiliary> (?:{FINITE_AUXILIARIES}))?(?P<head>(?: [a-z]+){{1,3}}?) that "
    r"(?P<first>[^;]+?), and that (?P<second>[^;]+)$"
)
"""Two things reported by one verb: "I can announce today that A, and that B"."""


def split_reported_pair(sentence: str, context: RuleContext) -> list[str]:
    """Two "that" clauses of one saying verb become two sentences, the verb said again.

    "I can announce today that the Government will act, and that we will pay £10 million." →
    "I can announce today that the Government will act. I can also announce that we will pay
    £10 million." Only a saying verb ("announce", "note", "confirm") takes two such clauses;
    "also" tells that the second is more of the same.
    """
    found = _REPORTED_PAIR.match(sentence)
    if found is None or word_count(sentence) <= context.long_words or sentence.count(" that ") > 3:
        return [sentence]
    words = found["head"].split()
    verb = words[0]
    if (verb_of_participle(verb) or verb) not in SAYING_VERBS and verb.rstrip("sd") not in (
        SAYING_VERBS
    ):
        return [sentence]
    if word_count(found["first"]) < 5 or word_count(found["second"]) < 5:
        return [sentence]
    if not (has_finite_verb(found["first"]) and has_finite_verb(found["second"])):
        return [sentence]
    subject, auxiliary = found["subject"], found["auxiliary"] or ""
    again = f"{capitalise(subject)}{auxiliary} also {verb}"
    context.changes.append(f"split a {word_count(sentence)}-word sentence in 2")
    return [
        f"{found['lead'] or ''}{subject}{auxiliary}{found['head']} that {found['first']}.",
        f"{again} that {found['second']}",
    ]


_PREPOSITION_WHICH: Final = re.compile(
    r"^(?P<main>.{20,}?\b(?P<noun>[A-Za-z][\w'’-]*)), (?P<preposition>under|through|within|via)"
    r" which (?P<rest>[a-z][^;]{20,})$"
)
"""A closing clause that opens with a preposition and "which": "…the Framework, under which
households will be eligible for £500"."""


_TOLL_IN_WHICH: Final = re.compile(
    r"^(?P<main>.{20,}?\b(?:the|an?) (?:[a-z-]+ )?(?P<event>attacks?|incidents?|crash|collision"
    r"|explosions?|blasts?|fires?|raids?|shootings?|bombings?|accidents?|clashes|ambush"
    r"|assaults?|earthquake|floods?|storms?|landslides?)\b[^;]*?), in which "
    r"(?P<rest>[a-z0-9][^;]*\b(?:killed|injured|wounded|died|hurt|lost their lives)\b[^;]*)$"
)
"""A closing ", in which …" that tells an event's toll ("the attack …, in which two
peacekeepers were killed"): the event is named, whatever noun stands last before the comma."""


def split_preposition_which(sentence: str, context: RuleContext) -> list[str]:
    """A closing ", under which X" becomes its own sentence, "Under it, X.": one idea a sentence.

    Only after a noun (the clause tells of it, so "it" or "them" takes its place), and only
    when the clause has a verb of its own.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    toll = _TOLL_IN_WHICH.match(sentence)
    if toll is not None and has_clause_verb(toll["rest"]):
        # "… condemned the attack … near the town of Korro, in which two peacekeepers were
        # killed": the place named last did not kill them, the event did, so it is named
        # again ("In the attack, …") rather than guessed as "it".
        context.changes.append(f"split a {word_count(sentence)}-word sentence in 2")
        return [f"{toll['main']}.", f"In the {toll['event'].lower()}, {toll['rest']}"]
    found = _PREPOSITION_WHICH.match(sentence)
    if found is None:
        return [sentence]
    noun, rest = found["noun"], found["rest"]
    if not (is_noun(noun.lower()) or noun[:1].isupper()) or not has_clause_verb(rest):
        return [sentence]
    pronoun = "them" if is_plural_noun(noun.lower()) and not noun[:1].isupper() else "it"
    context.changes.append(f"split a {word_count(sentence)}-word sentence in 2")
    return [f"{found['main']}.", f"{found['preposition'].capitalize()} {pronoun}, {rest}"]
