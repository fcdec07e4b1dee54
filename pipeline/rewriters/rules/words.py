"""Word rules: plain words and phrases for hard ones, and fewer fillers and hedges.

Each rule keeps the sentence whole and changes words inside it (the verb rules are in
`verbs.py`); the sentence rules cut sentences after these have made them shorter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Final, assert_never

from pipeline.rewriters.rules.context import RuleContext
from pipeline.rewriters.rules.english import (
    AFTER_A_PARTICIPLE,
    BETWEEN_AUXILIARY_AND_VERB,
    DETERMINERS,
    FUNCTION_WORDS,
    IRREGULAR_PARTICIPLES,
    MODAL_WORDS,
    MONTHS,
    MORE_PREPOSITIONS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    SUBJECT_VERBS,
    WISHED_FOR,
    capitalise,
    completes_with_infinitive,
    degree_form,
    fix_articles,
    follows_auxiliary,
    has_finite_verb,
    inflect,
    is_adjective,
    is_base_verb,
    is_noun,
    is_noun_not_verb,
    is_past_verb,
    is_plural_noun,
    is_plural_noun_here,
    is_present_verb,
    is_verb_form,
    match_case,
    may_be_noun,
    plain_entry,
    verb_of_participle,
    works_before_noun,
)
from pipeline.rewriters.rules.lexicon import (
    LexiconEntry,
    NeighbourTest,
    WordClass,
    kept_terms_pattern,
    phrase_clue,
    phrase_pattern,
    phrases,
    verb_inflections,
)
from pipeline.stages.factguard import NUMBER_WORDS

_PARTICLES_WITHOUT_INFINITIVE: Final = frozenset({"out", "for", "off", "down"})
"""Particles of plain two-word verbs ("carry out", "look for") that "to do" cannot follow."""
_OBLIGES: Final = re.compile(r"(?i)requir(?:e|es|ed|ing)$")
"""A verb that obliges someone to do something: its plain word "need" would not."""
_RULE_SUBJECT: Final = re.compile(
    r"(?i)\b(?:polic(?:y|ies)|laws?|rules?|regulations?|guidance|guidelines?|legislation|act|code"
    r"|standards?|directives?|conditions?|contracts?|licen[cs]es?|treaty|constitution|order)"
    r"(?:\s+(?:does|do|did|will|would|may|might|also|not|no\s+longer|now|still|already)){0,3}"
    r"\s+$"
)
"""A rule right before "require": what it requires is an obligation, which "need" is not."""
_GERUND_SUBJECT: Final = re.compile(r"^(?P<ing>[A-Z][a-z]+ing)\b[^,;:()]*\s+$")
"""A sentence that opens with an -ing word and runs to "requires" without a comma: an act as
subject ("Keeping America competitive requires …"). What an act requires is a condition of
success; "Keeping America competitive needs …" reads as if the act lacked something."""
_NOT_GERUNDS: Final = frozenset(
    "nothing something anything everything morning evening spring king thing during "
    "ceiling wedding".split()
)
"""Capitalised words ending in "-ing" that are no act ("Nothing requires …")."""
_DEED_NOUNS: Final = frozenset({"action", "actions", "step", "steps", "measures"})
"""Nouns of a deed, whose infinitive says what it is for: "unprecedented action to fight AIDS"."""
_TIME_AFTER_NOUN: Final = re.compile(
    r"\s+(?:today|tonight|now|yesterday|tomorrow|(?:this|last|next)\s+(?:year|month|week|time)"
    r"|in\s+\d{4}|in\s+recent\s+[a-z]+|(?:over|in|during)\s+the\s+(?:past|last)\s+[a-z]+)\b",
    re.IGNORECASE,
)
"""A time right after a noun: "challenges today", "setbacks in recent months", "losses in
2020", "floods over the past decade"."""
_GERUNDS_AFTER_IN: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,7}?in\s+[a-z]+ing\b[^.;:!?]*?(?:,|\band|\bor)\s+[a-z]+ing\b"
)
"""An object, then "in" and a list of gerunds: "members in identifying gaps, learning …"."""
_DOCUMENT_BEFORE_COMMA: Final = re.compile(
    r"(?i)\b(?:proclamation|executive order|order|law|bill|act|rule|regulation|directive|decree"
    r"|policy|treaty|statute|legislation)\b[^.;,]*,\s*$"
)
"""A document just before ", requiring …": what it requires is an obligation too."""
_PERSON_BEFORE_COMMA: Final = re.compile(r"^(?:He|She|They|We|I|You)\b[^.;]*,\s*$")
"""A clause a personal pronoun leads, just before ", requiring …": the person requires it,
which is to ask for it ("She …, requiring nothing more"), not to lack it."""
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
_SPLIT_PARTICLES: Final = frozenset("out up off down away back in on over".split())
"""Particles of phrasal verbs that an object pronoun must stand before ("threw it out")."""
_PRONOUN_OBJECTS: Final = frozenset("it them him her us me you".split())
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


_SOME_OF: Final = re.compile(r"\s+(?:the|its|their|our|his|her|your|my|these|those|this|that)\b")
"""A determiner after "a number of": "some" alone would leave "some its systems"."""
_PHRASE_SENSES: Final[dict[str, tuple[re.Pattern[str], str | None]]] = {
    "in respect of": (
        re.compile(r"\s+(?:[\w-]+\s+)?(?:damages?|costs?|expenses|loss(?:es)?|fees?)\b"),
        "for",
    ),
    "in the case of": (re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}v\.?\s"), None),
    "speculate on": (re.compile(r"[^,;:.!?]*?\babout\b"), None),
    "the perpetrators": (re.compile(r"\s+of\b"), None),
    "on behalf of": (
        re.compile(
            r"\s+(?:(?:this|the|my|our|his|her|their|all|successive|everyone)\b\s*)+"
            r"(?:[A-Z]|(?:whole\s+)?(?:government|council|committee|board|country|nation|people"
            r"|colleagues|family|families|team|staff|members|house|department|force)\b)"
        ),
        None,
    ),
    "a number of": (_SOME_OF, "some of"),
    "in a number of": (_SOME_OF, "in some of"),
    "in the meantime": (re.compile(r"[^.;:!?]*?\bhow long (?:that|this|it)\b"), None),
}
"""Phrases whose plain words depend on what follows: "about" for "in respect of" says what a
text is on, "for" what a payment covers ("7,500 euros for non-pecuniary damage"); "in the
case of" before a case's name ("Petrov v. Carpathia") is that court case, and stays;
"speculate on social media about them" says where, not what ("guess about social media
about them"), so only "speculate" is made plain; "on behalf of this Government" or "of the
Council" speaks for a body ("for this Government" reads as in its favour), and stays; "the
perpetrators" are "those responsible" (not yet "offenders", whom a court has convicted), but
"those responsible of the attack" is not English; "a number of its systems" is "some of its
systems", not "some its systems"; "in the meantime, and no one knows how long that will be"
is the span "that" points back to, which "meanwhile" does not name."""
_PHRASE_AFTER_BE: Final = {"in addition to": "on top of"}
"""Phrases whose plain word cannot follow "is": "The funding is in addition to the £1 billion
programme" is "on top of" it, where "and" would leave "is and the £1 billion"."""
_PHRASE_NOT_AFTER: Final = {
    "to date": re.compile(r"\bup[\s-]+$", re.IGNORECASE),
    "real-time": re.compile(r"\bin\s+$", re.IGNORECASE),
    "in close cooperation with": re.compile(
        r"\b(?:work|works|worked|working|cooperate|cooperates|cooperated|cooperating)\s+$",
        re.IGNORECASE,
    ),
    "the international community": re.compile(
        r"\b(?:(?:members?|parts?|place|seat|share)\s+(?:in|of|within)|(?:re-?)?join(?:s|ed|ing)?"
        r"|into|back\s+(?:in|to))\s+$",
        re.IGNORECASE,
    ),
    "as a result of": re.compile(r"\bbecause\b[^.;:!?]*$", re.IGNORECASE),
    "pre-eminent": re.compile(
        r"\b(?:is|are|was|were|be|been|being|seems?|remains?|more|most)\s+$", re.IGNORECASE
    ),
    "at this time": re.compile(
        r"\b(?:today|tonight|now|currently|presently|at present)[,\s]+$", re.IGNORECASE
    ),
    "together with": re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+$"),
}
"""Phrases that are part of a longer idiom after these words: "up to date" is current, and
"up so far" says nothing; "in real-time" is "as it happens", not "in live"; "we work in close
cooperation with" had become "we work working closely with". "The international
community" is the world's countries taken together, and "the world" says so in plain words
("the world must act"), but not as a body one belongs to or joins: "a member of the world",
"rejoin the world" would say something else. "As a result of" stays after a "because" in its
clause: "because the lines have shifted because of the crisis" says "because" twice.
"pre-eminent" after "is" or "most" stays, as "preeminent" does by its lexicon condition: "The
American economy is pre-eminent" says it is first among others; "is leading" says it is ahead
in a race. "At this time" stays right after a word for the present: "So today, at this time, in
this place" had become "So today, now, in this place", the time said twice in three words.
"Together with" stays right after a name that opens the sentence, its subject: "Latvia with
other Member States has called" reads as a Latvia that has them; after a comma ("Europe, together
with its partners, took …") "with" reads right."""


_MANDATE: Final = re.compile(
    r"\b(?:Special Rapporteur|Independent Expert|Special Representative|Special Envoy"
    r"|Special Adviser|Working Group)s?\b(?: of the Secretary-General)? (?:on|for) [^,;:.()]+"
)
"""A UN office named by its mandate, in the mandate's own words: "Special Rapporteur on
adequate housing as a component of the right to an adequate standard of living"."""


_INSTRUMENT: Final = re.compile(
    r"\b(?:Regulation|Directive|Decision)\s+(?:\([A-Z]+\)\s+)?(?:No\.?\s+)?\d+/\d+(?:/[A-Z]+)?"
    r"(?:[^,.;:()]{0,100}?\s+on\s+[^,;:.()]+)?"
)
"""A legal instrument cited by its number and title: "Regulation (EU) 2021/782 on rail
passengers' rights and obligations" is that act's name, which "rights and duties" would not be."""


_QUOTED_WORDS: Final = re.compile(r"“[^“”]+”|\"[^\"]+\"|‘[^‘’]+(?:’\w[^‘’]*)*’(?!\w)")
"""Words in quotation marks: a term cited as written ("criteria for “strategic projects”"), a
gloss ("burgeis, meaning "an inhabitant of a town"") or someone's own words."""


_ADDRESS: Final = re.compile(
    r"(?:https?://|www\.)[^\s<>\"“”]+"  # a web address
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|(?<![\w/])[\w-]+(?:\.[\w-]+)+/[^\s<>\"“”]*"  # a site and its path ("gov.uk/help")
    r"|(?<![\w/])(?:[\w.-]+/)+[\w-]+\.[A-Za-z0-9]{1,5}\b",  # a file's path ("data/a.csv")
    re.IGNORECASE,
)
"""A web or e-mail address or a file's path, written letter for letter: a word in it
("assistance@…", "corpora/inaugural.zip") names the place, and its plain word names none."""


def _in_mandate(sentence: str) -> list[tuple[int, int]]:
    """Spans of `sentence` whose words are kept: names, terms of art, quoted words, addresses.

    An office named by its mandate and an instrument cited by its title are names; a kept
    term (`kept_terms.txt`: "collective security", "assisting an offender") names a doctrine
    or an offence that its plain words would not; quoted words are someone else's, and would
    no longer be theirs reworded. An address reworded would lead nowhere.
    """
    return [
        found.span()
        for pattern in (_MANDATE, _INSTRUMENT, kept_terms_pattern(), _QUOTED_WORDS, _ADDRESS)
        for found in pattern.finditer(sentence)
    ]


_NAMED_BY_APPOSITION: Final = re.compile(
    r",\s+the\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w'’-]*)*,"
)
"""A body's name set between commas right after a phrase, which it names: "the international
community, the United Nations, must act". Made plain, a wider phrase would be given that name
("the world, the United Nations,"), so the written words stay. A person's name ("The main
protagonist, Nausicaä,") names the same one whatever the words before it: the swap is made."""


def _named_after(text_after: str) -> bool:
    """Whether the words just before `text_after` are named by an apposition that follows them."""
    return _NAMED_BY_APPOSITION.match(text_after) is not None


def replace_phrases(sentence: str, context: RuleContext) -> list[str]:
    """Wordy phrases become short ones ("in the midst of" → "during"): fewer words, same meaning.

    A phrase written with capitals in the middle of a sentence is part of a name and is kept.
    """
    result = sentence
    # The sentence lowered, and its kept spans, are worked out again only when a phrase has
    # changed it: lowered for each of the 570 phrases, a 400 kB statement took 4 s here.
    lowered = result.lower()
    kept: tuple[str, list[tuple[int, int]]] | None = None
    for phrase in phrases():
        if phrase_clue(phrase) not in lowered:
            continue
        pattern = phrase_pattern(phrase)
        if kept is None or kept[0] != result:
            kept = (result, _in_mandate(result))
        mandates = kept[1]

        def swap(
            match: re.Match[str], phrase: str = phrase, mandates: list[tuple[int, int]] = mandates
        ) -> str:
            found = match.group(0)
            if match.start() > 0 and any(w[:1].isupper() for w in found.split()):
                return found
            if any(len(w) > 3 and w.lower() in context.introduced for w in found.split()):
                # "deterioration" → "decline" in one pass is not made "fall" in the next.
                return found
            if any(w.lower() in context.verbs_kept_apart for w in found.split()):
                return found  # "It spearheaded efforts" after "was led by" (split_past_participle)
            if any(start <= match.start() < end for start, end in mandates):
                return found
            if _named_after(match.string[match.end() :]):
                return found  # "the international community, the United Nations," stays
            if (idiom := _PHRASE_NOT_AFTER.get(phrase)) and idiom.search(
                match.string[: match.start()]
            ):
                return found
            plain = context.words[phrase].plain
            if (sense := _PHRASE_SENSES.get(phrase)) and sense[0].match(
                match.string[match.end() :]
            ):
                if sense[1] is None:
                    return found
                plain = sense[1]  # "EUR 3,000 in respect of costs" is paid for them
            if phrase in _PHRASE_AFTER_BE and re.search(
                r"\b(?:is|are|was|were|be|been|being)\s+$", match.string[: match.start()]
            ):
                plain = _PHRASE_AFTER_BE[phrase]
            following = re.match(r"\s+([a-z]+)", match.string[match.end() :])
            if following is not None and following.group(1) in context.introduced:
                # "taken action never seen before": the words after the phrase describe its
                # noun, which "acted" would leave without one.
                return found
            found_head, _, _ = found.partition(" ")
            lemma = phrase.split(" ", 1)[0]
            if context.words[phrase].pos == "verb" and plain.startswith("be "):
                # "stands ready" → "is ready", "we stand ready" → "we are ready"
                be = _be_for(found_head.lower(), lemma, match.string[: match.start()])
                if be is None:
                    return found
                plain = f"{be} {plain[3:]}"
            elif context.words[phrase].pos == "verb" and found_head.lower() != lemma:
                before = match.string[: match.start()]
                inflected = _phrase_verb_as(found_head.lower(), lemma, plain, before)
                if inflected is None:
                    return found
                plain = inflected
            after = match.string[match.end() :]
            if plain.endswith(" as") and re.match(
                rf"\s*(?:[,.;:!?]|$|(?:{_NOT_AFTER_AS})\b)", after
            ):
                # "was considered by many", "was considered until": "seen as" needs a noun.
                return found
            context.changes.append(f"{found} → {plain}")
            return match_case(found, plain)

        result = pattern.sub(swap, result)
        lowered = result.lower()
    return [fix_articles(result)]


def _phrase_verb_as(form: str, lemma: str, plain: str, before: str) -> str | None:
    """`plain` (a verb phrase in base form) with its first word in the form `form` of `lemma`.

    "gave rise to" → "caused", "is in possession of" → "has". A form that is both past tense
    and participle ("adhered") is a participle after an auxiliary ("has adhered to").
    """
    head, _, rest = plain.partition(" ")
    tags = [tag for tag, forms in verb_inflections(lemma).items() if form in forms]
    if "VBD" in tags and "VBN" in tags:
        words = ["", "", *before.lower().split()]
        tags = ["VBN" if follows_auxiliary(words[-1], words[-2]) else "VBD"]
    if not tags:
        return None
    # "are in possession of" → "have": a plural present is the base form.
    new_head = head if tags[0] in ("VB", "VBP") else inflect(head, tags[0])
    return None if new_head is None else f"{new_head} {rest}".strip()


_PLURAL_SUBJECTS: Final = frozenset("we they you these those both".split())
_SINGULAR_SUBJECTS: Final = frozenset("he she it this".split())
"""Subjects that take "was"; "that" may be a relative pronoun ("the panels that consisted")."""


_PLURALS: Final = frozenset("police people staff personnel cattle data media clergy".split())
"""Nouns without -s that take "were" ("the police stood ready")."""


_BARE_INFINITIVE_AFTER: Final = frozenset("let lets make makes made help helps see saw".split())
"""Verbs whose object takes a bare infinitive ("let them suffice"), which "are" cannot be."""


def _be_for(form: str, lemma: str, before: str) -> str | None:
    """The form of "be" that stands for `form` of the verb `lemma` after the words `before`.

    A plain side "be enough" or "be ready" takes the verb's place: "suffices" → "is enough",
    "these measures suffice" → "are enough", "will suffice" → "be enough", "I stand ready" →
    "am ready", "the panels which consist of" → "are made up of", "the team stood ready" →
    "was ready". None when the words before do not tell the form ("did not suffice" would be
    "did not be"; "we always stand ready"; "the panel that consisted of"), so the verb stays.
    """
    cased = re.findall(r"[A-Za-z0-9']+", before)
    words = [word.lower() for word in cased]
    previous = words[-1] if words else ""
    # "The WWF consisted of": a name, one thing (a plural one ends in -s, "the Beatles")
    name = len(cased) > 1 and cased[-1][:1].isupper() and previous not in FUNCTION_WORDS
    if previous == "not" or previous.endswith("ly") or previous in BETWEEN_AUXILIARY_AND_VERB:
        # "will not suffice", "will always stand ready": "be" after the modal; "does not
        # suffice" and "we always stand ready" ("we always are ready") stay.
        previous = words[-2] if len(words) > 1 else ""
        if previous not in MODAL_WORDS and previous != "to":
            return None
    if previous in DETERMINERS or (is_adjective(previous) and not may_be_noun(previous)):
        return None  # "built a stand ready for the show", "the new stands": a noun
    if any(word in _BARE_INFINITIVE_AFTER for word in words[-4:]):
        return None  # "let these measures suffice": no "are" after "let"
    tags = [tag for tag, forms in verb_inflections(lemma).items() if form in forms]
    if "VBZ" in tags:
        return "is"
    if "VBN" in tags and follows_auxiliary(previous, words[-2] if len(words) > 1 else ""):
        return "been"
    noun = previous not in FUNCTION_WORDS and may_be_noun(previous)
    plural = previous in _PLURAL_SUBJECTS or (noun and is_plural_noun(previous))
    if "VB" in tags or "VBP" in tags:
        if previous in MODAL_WORDS or previous in ("to", ""):
            return "be"  # "will suffice", "Stand ready!"
        if previous in ("do", "does", "did", "don't", "didn't"):
            return None
        # Otherwise a present: plural, or "I" ("the panels which consist of" → "are")
        return "am" if previous == "i" else "are"
    if "VBD" in tags:
        if plural:
            return "were"
        # "One warning sufficed": a noun not in -s ("funds" may be a plural all the same)
        singular = (noun or name) and not previous.endswith("s") and previous not in _PLURALS
        return "was" if previous in ("i", *_SINGULAR_SUBJECTS) or singular else None
    return None  # "standing ready" is no "being ready"


def _lemma_of(word: str, entry: LexiconEntry, context: RuleContext) -> str:
    """The lexicon's key for `word` ("sufficed" → "suffice"), `word` itself when it is one."""
    from pipeline.wordforms import getAllLemmas

    lemmas = getAllLemmas(word).get("VERB", ())
    return next((lemma for lemma in lemmas if context.words.get(lemma) is entry), word)


_NOT_AFTER_AS: Final = "by|until|when|while|for|in|to|because|after|before|and|or|but|that|if"
"""Words that cannot follow "seen as": the phrase it replaces was not followed by a noun."""

_QUANTITY_NOUNS: Final = frozenset("number numbers level levels amount amounts rise growth".split())
_BEFORE_QUANTITY: Final = {"unprecedented": "record"}
"""One-word plain forms that fit before a quantity ("a record number of"), where the lexicon's
phrase ("never seen before") cannot go."""
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
_NOT_NOUNS: Final = DETERMINERS | frozenset(
    "all any some no them it us him me you how what whether "
    "to in on at of for from with by as".split()
)
_CATENATIVE_VERBS: Final = frozenset(
    "continue continues continued keep keeps kept start starts started stop stops stopped "
    "begin begins began avoid avoids avoided consider considers considered".split()
)
_STAY_FORMS: Final = {"remain": "stay", "remains": "stays", "remained": "stayed"}
_STAY_NOT_STATES: Final = frozenset(
    "about above after over under near off out up down inside outside past behind beyond "
    "below around so such".split()
)
"""Words lemminflect may call adjectives that say where or how much, not a state."""
_STAY: Final = re.compile(
    r"(?<!the )(?<!its )(?<!their )(?<!what )(?<!which )\b(remain|remains|remained)\b"
    r"(?! increasingly\b)"
    r"(?= (?:open|closed|in|at|on|under|until|active|part|a|an|the|one|[a-z]+ly|"
    r"[a-z]+(?:ed|al|ive|ous|ful|ent|ant|ic|able|ible|ar)|(?P<adjective>[a-z]+))\b)",
    re.IGNORECASE,
)
"""The verb "remain" before a state ("remained open", "remain in force") is "stay"; the noun
"remains", "what remained of" and "the remaining" keep their word, and so does "remained
increasingly engaged" (a state that grows does not stay)."""
_NOT_BEFORE_VERB_REMAINS: Final = DETERMINERS | frozenset(
    "of and or no any some such whose all many few several".split()
)
"""Words after which "remains" is the noun ("the remains", "of remains", "whose remains")."""


def _remains_is_verb(sentence: str, end: int) -> bool:
    """Whether "remains" ending at `end` is the verb of a state ("access remains open").

    The verb needs a subject right before it: a noun or a pronoun, never a determiner, a
    possessive ("the city's remains") or an adjective ("human remains found in …"). Before a
    noun phrase ("remains a need", "remains an important centre") English says "is still",
    not "stays", so there it keeps its word.
    """
    start = end - len("remains")
    previous = re.search(r"([A-Za-z][\w'’]*)\s+$", sentence[:start])
    if previous is None or re.match(r" (?:a|an|the|one)\b", sentence[end:]):
        return False
    word = previous.group(1)
    return not (
        word.lower() in _NOT_BEFORE_VERB_REMAINS
        or word.lower().endswith(("'s", "’s", "s'", "s’"))
        or is_adjective(word)
    )


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
        and is_noun(following.group(0))
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
            or previous_word in DETERMINERS
            or (previous is not None and previous.group(0)[:1].isupper() and not clause_start)
            or is_adjective(previous_word)
            # "to protect manufacturing.": the object of a verb that is nothing else, a noun.
            or (
                previous_word not in _CATENATIVE_VERBS | _PROGRESSIVE_AUXILIARIES
                and _is_verb_only(previous_word)
            )
        )
    if not before and following is not None and following.group(0) in SUBJECT_VERBS:
        return False  # "Manufacturing is growing": the -ing word is the subject, a noun
    # "protect manufacturing that has been hurt", "protect manufacturing in the region": right
    # after a verb that is nothing else, with no noun to take, the -ing word is its object.
    return not (
        previous_word not in _CATENATIVE_VERBS | _PROGRESSIVE_AUXILIARIES | _LINKING_VERBS
        and _is_verb_only(previous_word)
    )


@lru_cache(maxsize=4096)
def _is_verb_only(word: str) -> bool:
    """True for a word English uses only as a verb ("protect", "rebuild"), not "support"."""
    from pipeline.wordforms import getAllLemmas

    lemmas = getAllLemmas(word)
    return word not in FUNCTION_WORDS and set(lemmas) == {"VERB"}


def _context_swaps(sentence: str, context: RuleContext) -> str:
    """Word swaps that depend on the words around them, applied in order and logged.

    An address ("example.gov/additional") is left as written: each swap reads the words
    between addresses.
    """
    addressed = _ADDRESS.search(sentence) is not None  # looked for once, not once a swap
    for label, swap in _CONTEXT_SWAPS:
        swapped = _swapped_outside_addresses(swap, sentence) if addressed else swap(sentence)
        if swapped != sentence:
            context.changes.append(label)
            sentence = swapped
    return sentence


def _swapped_outside_addresses(swap: Callable[[str], str], sentence: str) -> str:
    """`swap` applied to the text between the sentence's addresses, which stay as written."""
    pieces: list[str] = []
    position = 0
    for address in _ADDRESS.finditer(sentence):
        pieces += [swap(sentence[position : address.start()]), address.group(0)]
        position = address.end()
    return "".join(pieces) + swap(sentence[position:]) if pieces else swap(sentence)


_STILL_PLACE: Final = (
    r"(?=(?:a |an |the )?(?:[\w-]+,? (?:but )?){0,4}"
    r"(?:condition|hospital|custody|care|prison|detention|intensive care)\b)"
)
"""Where someone is kept or cared for, after "in": "hospital", "a critical but stable condition"."""
_STILL_IN: Final = re.compile(rf"\b(?P<verb>[Rr]emains) in {_STILL_PLACE}")
""""remains in hospital", "remains in a critical but stable condition": where someone still is."""
_STILL_IN_PLURAL: Final = re.compile(
    r"(?<![\w,.])(?P<lead>and|they|we|you|who|\d+|two|three|four|five|six|seven|eight|nine|ten) "
    rf"remain in {_STILL_PLACE}",
    re.IGNORECASE,
)
""""were arrested and remain in police custody", "4 remain in intensive care": where people
still are ("are still in"); after a modal ("must remain in custody") it is no present tense."""


_STILL_NEEDED: Final = re.compile(
    r"\b(?P<verb>[Rr]emains) (?=(?:essential|crucial|vital|critical|key|important|necessary|"
    r"central|pivotal|paramount)\b)"
)
""""It remains essential to our security": what is needed still is, "is still essential"; "stays
essential" (and then "stays key") tells of a thing that could change on its own."""


def _stay_before_state(sentence: str) -> str:
    """The verb "remain" before a state is "stay" ("remained open" → "stayed open").

    Someone who "remains in hospital" or "in a critical condition" is still there: "stays in
    hospital" would tell of a choice; what "remains essential" is still essential.
    """

    def is_still(after: str) -> Callable[[re.Match[str]], str]:
        def told(m: re.Match[str]) -> str:
            if not _remains_is_verb(m.string, m.start("verb") + len(m["verb"])):
                return m[0]
            return f"{match_case(m['verb'], 'is')} still {after}"

        return told

    sentence = _STILL_IN.sub(is_still("in "), sentence)
    sentence = _STILL_IN_PLURAL.sub(lambda m: f"{m['lead']} are still in ", sentence)
    sentence = _STILL_NEEDED.sub(is_still(""), sentence)
    return _STAY.sub(
        lambda m: (
            match_case(m[1], _STAY_FORMS[m[1].lower()])
            if (m[1].lower() != "remains" or _remains_is_verb(m.string, m.end()))
            and (
                m["adjective"] is None
                or (is_adjective(m["adjective"]) and m["adjective"].lower() not in _STAY_NOT_STATES)
            )
            else m[0]
        ),
        sentence,
    )


_NUMBER_WORDS: Final = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    "fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|"
    "billion|billions|dozen|dozens"
)
_INCLUDING: Final = re.compile(
    r"\b([a-z]+), including (?=[a-z])(?![a-z]+ly\b)(?=[^;:()–—]*[.!?]?$)"
    # "families, including an estimated 4,000 children" and "three cases, including two
    # deaths": a count among them, not an example.
    rf"(?![^,;:.!?]*(?:\d|\b(?:{_NUMBER_WORDS})\b))"
    # "practices, including by members", "developments, including through his reports" and
    # "parliamentarians, including those who return": "like by" is no English, and "like
    # those who" would compare, not count them in.
    rf"(?!(?:{'|'.join(sorted(PREPOSITIONS | MORE_PREPOSITIONS))}|those|these|all)\b)"
    r"(?![^.!?]*, (?:is|are|was|were|has|have)\b)"
)


_COUNTED: Final = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
"""A count before ", including": "a panel of three academics, including one external member"
counts the member among the three, which "like" would not."""


def _including_as_like(sentence: str) -> str:
    """A closing ", including X" gives examples, as "like" does.

    After a count ("40 people, including 12 children") it says "of whom", and there it stays.
    An aside that the sentence goes on after (", including X, is …") is left to
    `split_parenthetical`; so is one inside the subject, before the sentence's verb
    ("civilians, including children, bear the brunt"), where "like" would compare the
    civilians with the children instead of counting the children among them.
    """
    return _INCLUDING.sub(
        lambda m: (
            f"{m[1]}, like "
            if is_plural_noun(m[1])
            and not _COUNTED.search(m.string[: m.start()])
            and has_finite_verb(m.string[: m.start()])
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


_CONTINUED_AS: Final = re.compile(
    r"\b(?P<verb>continu(?:e|es|ed|ing)) as (?P<article>the|a|an|its|their|our|his|her) "
    r"(?P<noun>(?:[a-z][\w'’-]* ){0,3}?[a-z][\w'’-]*)"
    r"(?=[.,;:!?]|$| (?:of|for|in|on|at|with|until|from|since)\b)"
)
_STAY_FOR_CONTINUE: Final = {
    "continue": "stay",
    "continues": "stays",
    "continued": "stayed",
    "continuing": "staying",
}


def _continued_as_stayed(sentence: str) -> str:
    """Say "stayed the first choice" for "continued as the first choice".

    Only before a noun phrase that ends the clause, with a noun that is never a verb as its
    last word: "continued as the police arrived" (a clause: "as" is "while") stays.
    """

    def swap(match: re.Match[str]) -> str:
        words = match["noun"].split()
        if any(w in DETERMINERS or w in FUNCTION_WORDS for w in words):
            return match[0]
        if not is_noun_not_verb(words[-1]) or any(
            is_past_verb(w) or (is_present_verb(w) and w is not words[-1]) for w in words
        ):
            return match[0]
        return f"{_STAY_FOR_CONTINUE[match['verb']]} {match['article']} {match['noun']}"

    return _CONTINUED_AS.sub(swap, sentence)


_SOUGHT_PASSIVE: Final = re.compile(
    r"\b(be|been|being|is|are|was|were)((?: [a-z]+ly)?) sought\b(?![\w-])(?! to\b)"
)


def _sought_as_asked_for(sentence: str) -> str:
    """A thing sought from people is asked for: "input will be sought" → "will be asked for".

    The lexicon has no "seek → look for" ("we seek the end of tyranny" is no search), and
    "will be looked for" would say the input was lost.
    """
    return _SOUGHT_PASSIVE.sub(r"\1\2 asked for", sentence)


_SINGLE_AFTER_THERE: Final = re.compile(r"(?:a|an|one|1|little|much)\b", re.IGNORECASE)
_PLURAL_AFTER_THERE: Final = re.compile(
    rf"(?:\d[\d,.]*|{_NUMBER_WORDS}|many|several|few|fewer|more|numerous)\b", re.IGNORECASE
)


def _there_had_been(match: re.Match[str]) -> str:
    """Make "there had been" agree with what follows it, or leave it: "there were 412 assaults"."""
    following = match.string[match.end() :].split()
    head = following[0].strip(",;:.!?") if following else ""
    if re.fullmatch(r"1(?:st)?", head) is None and _PLURAL_AFTER_THERE.fullmatch(head):
        return f"{match[2]} were"
    if _SINGLE_AFTER_THERE.fullmatch(head):
        return f"{match[2]} was"
    if head and is_plural_noun(head.lower()):
        return f"{match[2]} were"
    return match[0]  # "there had been some delays": the number is not plain to see


def _had_been_as_past(sentence: str) -> str:
    """Tell "had been" in the simple past: "had been closed" → "was closed"."""
    return re.sub(
        r"\b(?!(?:that|which|who|what)\b)"
        r"(?:(?!(?:this|his|its|thus|news|series|species)\b)(they|we|you|[a-z]+[^s\W]s)|([A-Za-z]+))"
        r" had been\b",
        lambda m: (
            f"{m[1]} were"
            if m[1]
            else _there_had_been(m)
            if m[2].lower() == "there"
            else f"{m[2]} was"
        ),
        sentence,
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


_PREMIERED: Final = re.compile(rf"\b(?:(?P<be>was|were) )?premiered(?= (?:in|on|at|{MONTHS}|\d)\b)")


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
            previous[0].lower() == "they" or is_plural_noun(previous[0].lower())
        )
        return "were first shown" if plural else "was first shown"

    return _PREMIERED.sub(swap, sentence)


_SINCE: Final = re.compile(r"(?P<lead>^|, )(?P<since>[Ss]ince) (?P<clause>[^,;:.!?]+)")
_REASON_VERBS: Final = frozenset("is are does do can cannot must".split())
_SINCE_TIME: Final = frozenset("then when last early late before after".split())
"""Words that make "since" a time at once: "since then", "since last year"."""


def _since_as_because(sentence: str) -> str:
    """Say "because" for "since" that gives a reason ("since Eros is not a sphere").

    "since" also tells a time ("since 1990", "since he arrived"); a time clause after it is
    told in the past or goes with a perfect ("Since 1980 the pastor has been"), so only a
    present verb ("is", "carries") within its first six words marks the reason for sure.
    """

    def swap(match: re.Match[str]) -> str:
        words = match["clause"].split()[:6]
        if words[0].lower() in _SINCE_TIME or words[0][0].isdigit():
            return match[0]  # "Since then construction costs have risen": a time
        for index in range(1, len(words)):  # the first word is the subject's
            word = words[index]
            reason = word in _REASON_VERBS or (
                word not in SUBJECT_VERBS
                and is_present_verb(word)
                and not is_plural_noun_here(words, index)
            )
            if reason:
                because = "Because" if match["since"] == "Since" else "because"
                return f"{match['lead']}{because} {match['clause']}"
            if word in SUBJECT_VERBS or is_past_verb(word):
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
    if (
        match is None
        or completes_with_infinitive(match["noun"], sentence[: match.start("noun")])
        or not may_be_noun(match["noun"])
    ):
        return sentence
    before = re.findall(r"[\w'’-]+", sentence[: match.start()])[-1:]
    if not before or not (before[0] in DETERMINERS or before[0] == "of" or is_adjective(before[0])):
        # "We pay to enable access", "This helps to enable growth": a verb, not a thing.
        return sentence
    words = match["object"].replace(",", "").split()
    if words[0] in _FOR_NOUN_WORDS - {"a", "an", "the", "more", "better", "faster", "new"}:
        return sentence
    for word in words:
        if word in _FOR_NOUN_WORDS or "-" in word:
            continue
        if (
            word in FUNCTION_WORDS
            or word in OBJECT_PRONOUNS.values()
            or not (may_be_noun(word) or is_adjective(word))
        ):
            return sentence
        if is_base_verb(word) and not is_noun(word) and not is_adjective(word):
            return sentence
    if not (is_plural_noun(words[-1]) or may_be_noun(words[-1])):
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
            or after.lower() in DETERMINERS | {"just", "only", "being", "by"}
            or after[:1].isupper()
            or (is_plural_noun(after) and not is_present_verb(after))
            or ((is_noun(after) or is_adjective(after)) and not is_base_verb(after))
        )
        if not fits or re.search(r"\b(?:would|had|'d)\s*$", sentence[: match.start()]):
            return match.group(0)
        return f"{match_case(match.group(1), 'instead')} of {after}"

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
        r"\b([Aa])n estimated (?=\d)", lambda m: match_case(m[1], "a") + "bout ", sentence
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
    ("continued as → stayed", _continued_as_stayed),
    ("sought → asked for (passive)", _sought_as_asked_for),
    ("had been → was", _had_been_as_past),
    ("some → about (before a number)", _some_as_about),
    ("since → because (a reason)", _since_as_because),
    ("premiered → was first shown", _premiered_as_first_shown),
    ("to enable X → for X", _enable_as_for),
    ("rather than → instead of", _rather_than_as_instead_of),
    ("an estimated N → about N", _estimated_as_about),
)


def _conditions_hold(entry: LexiconEntry, sentence: str, start: int, end: int) -> bool:
    """Whether the words around `sentence[start:end]` meet every condition of its lexicon entry.

    Knowledge about one word lives in its line of `plain_words.tsv` (the `when` column), where
    a reader can see and extend it; this applies it the same way for every word.
    """
    return all(
        any(_test_holds(test, sentence, start, end) for test in condition.tests)
        for condition in entry.when
    )


def _test_holds(test: NeighbourTest, sentence: str, start: int, end: int) -> bool:
    """One `before:`/`after:` test: the word beside is (or, negated, is not) listed."""
    if test.side == "next":
        beside = _WORD_AFTER.match(sentence, end)
        opens_sentence = False
    else:
        beside = _WORD_BEFORE.search(sentence, 0, start)
        opens_sentence = beside is not None and not sentence[: beside.start(1)].strip(" \"“‘'([")
    neighbour = beside.group(1) if beside is not None else ""
    if "number" in test.classes:
        # A number in digits is no word beside, but the class "number" names it too.
        numeral = (
            _NUMERAL_AFTER.match(sentence, end)
            if test.side == "next"
            else _NUMERAL_BEFORE.search(sentence, 0, start)
        )
        if numeral is not None:
            return not test.negated
    found = (
        neighbour.lower() in test.words
        or any(_in_class(word_class, neighbour, opens_sentence) for word_class in test.classes)
        or _has_run_beside(test, sentence, start, end)
    )
    return found != test.negated


def _has_run_beside(test: NeighbourTest, sentence: str, start: int, end: int) -> bool:
    """Whether one of the test's runs of words ("the law") sits right beside the word."""
    if not test.runs:
        return False
    pattern = _run_beside(test.runs, test.side)
    beside = sentence[end:] if test.side == "next" else sentence[:start]
    return pattern.search(beside) is not None


@lru_cache(maxsize=256)
def _run_beside(runs: frozenset[str], side: str) -> re.Pattern[str]:
    """A pattern for any of `runs` right beside the word (only spaces between), whole words."""
    alternatives = "|".join(
        r"\s+".join(r"[\w'’-]+" if word == "*" else re.escape(word) for word in run.split())
        for run in sorted(runs)
    )
    if side == "next":
        return re.compile(rf"\A\s+(?:{alternatives})(?![\w'’-])", re.IGNORECASE)
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})\s+\Z", re.IGNORECASE)


def _in_class(word_class: WordClass, neighbour: str, opens_sentence: bool) -> bool:
    """Whether the word beside belongs to a word class that a lexicon condition names.

    A name is capitalised in any part of a compound ("Provence-Alpes-Côte d'Azur",
    "Nord-Pas-de-Calais") and does not open the sentence, where every word is capitalised.
    """
    if word_class == "noun":
        return is_noun(neighbour.lower())
    if word_class == "linking-verb":
        return neighbour.lower() in _LINKING_VERBS
    if word_class == "verb":
        # "take", "relies", "shaped": a verb that is never an adjective. "connected" and
        # "complex" are adjectives too, and an adverb before them reads as a degree.
        return is_verb_form(neighbour.lower()) and not is_adjective(neighbour.lower())
    if word_class == "name":
        return not opens_sentence and any(
            part[:1].isupper() for part in re.split(r"[-'’]", neighbour)
        )
    if word_class == "number":
        return neighbour.lower() in NUMBER_WORDS
    if word_class == "word":
        return bool(neighbour)
    assert_never(word_class)


_NUMERAL_BEFORE: Final = re.compile(r"(?<![\w.,])\d[\d,.]*\s+$")
"""A number in digits right before a position."""
_NUMERAL_AFTER: Final = re.compile(r"\s+[£$€¥]?\d")
"""A number in digits right after a position, or an amount ("an initial £1.8m")."""


_WORD_BEFORE: Final = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)\s+$")
"""The word right before a position, with only spaces between (a mark ends the phrase)."""
_WORD_AFTER: Final = re.compile(r"\s+([^\W\d_][\w'’-]*)")
"""The word right after a position, with only spaces between."""


_AUXILIARY_VERBS: Final = frozenset("be is are was were been have has had do does did".split())
"""Plain verbs that also serve as auxiliaries: said twice, they do not read as a repeat."""


def _said_elsewhere(plain_form: str, tokens: list[re.Match[str]], index: int) -> bool:
    """True when `plain_form`, the swap's very word ("led"), is another word of the sentence.

    Another form of its verb ("given … give notice") reads as no repeat.
    """
    if plain_form.lower() in _AUXILIARY_VERBS:
        return False
    return any(
        token.group(0).lower() == plain_form.lower()
        for other, token in enumerate(tokens)
        if other != index
    )


def _says_already(phrase: str, sentence: str) -> bool:
    """True when the sentence already has the words of `phrase`, in a run of its own length.

    "never seen before" is in "never before seen" too: the order of the words does not count.
    """
    wanted = sorted(phrase.lower().split())
    words = [w.lower() for w in re.findall(r"[\w'’-]+", sentence)]
    return any(
        sorted(words[start : start + len(wanted)]) == wanted
        for start in range(len(words) - len(wanted) + 1)
    )


def _verb_of_a_by_phrase(plain_form: str, sentence: str) -> bool:
    """True when `plain_form` ("leads") is, in any form, the participle of a "by" phrase there.

    "The Pillar, led by A and B, spearheads efforts" made "…, led by A and B, leads efforts"
    (and "It leads efforts" once split): one verb for two deeds, which `_said_elsewhere`,
    matching the very word, let through.
    """
    lemma = verb_of_participle(plain_form.lower()) or plain_form.lower()
    return any(
        (verb_of_participle(found) or found) == lemma
        for found in re.findall(rf"\b([a-z]+(?:ed|en|t)|{IRREGULAR_PARTICIPLES})\s+by\b", sentence)
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
    mandates = _in_mandate(sentence)
    for index, match in enumerate(tokens):
        if match.start() < skip_until:
            continue
        if any(start <= match.start() < end for start, end in mandates):
            continue  # "Special Rapporteur on adequate housing": an office's name
        word = match.group(0)
        if (word[0].isupper() and match.start() > 0) or word.lower() in context.introduced:
            continue
        if word.lower() in context.verbs_kept_apart:
            continue  # its plain word is the participle told just before (split_past_participle)
        previous_word = tokens[index - 1].group(0).lower() if index > 0 else ""
        if (
            word.endswith("ing")
            and previous_word in DETERMINERS
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
        participle: bool | None = follows_auxiliary(
            previous_word, tokens[index - 2].group(0).lower() if index > 1 else ""
        )
        if (
            not participle
            and next_word in AFTER_A_PARTICIPLE
            and index > 0
            and sentence[tokens[index - 1].end() : match.start()] == " "
            and previous_word not in FUNCTION_WORDS
            and has_finite_verb(sentence[: tokens[index - 1].start()])
        ):
            # "They spent the funds obtained from …": a verb came before, so this may be a
            # participle; "The show expanded from …" has none, and is the sentence's verb.
            participle = None
        found = plain_entry(word.lower(), context.words, participle)
        if found is None:
            continue
        replacement, entry = found
        pos = entry.pos
        if pos == "verb" and (
            _said_elsewhere(replacement.split()[0], tokens, index)
            or _verb_of_a_by_phrase(replacement.split()[0], sentence)
        ):
            # "The Pillar, led by A and B, spearheaded efforts": "led … led efforts" says
            # one verb twice for two deeds; the written word keeps them apart.
            continue
        if (
            pos == "adv"
            and re.fullmatch(r"[a-z]+ly", replacement)
            and _said_elsewhere(replacement, tokens, index)
        ):
            # "especially the education of girls, stays a priority, especially in Africa":
            # "particularly" as "especially" would say the same adverb twice in one sentence.
            # A short word ("in", "also") may come twice; a later rule drops a doubled "also".
            continue
        if pos == "verb" and entry.plain.startswith("be "):
            # "these measures suffice" → "are enough", never "be enough"
            be = _be_for(
                word.lower(), _lemma_of(word.lower(), entry, context), sentence[: match.start()]
            )
            if be is None:
                continue
            replacement = f"{be} {entry.plain[3:]}"
        if not _conditions_hold(entry, sentence, match.start(), match.end()):
            # The entry's own conditions, from the lexicon ("legislation" is "law" only
            # after "the", "this" …; an administrative "region" after a name stays).
            continue
        if (
            pos == "adj"
            and previous_word in ("and", "or")
            and index > 2
            and tokens[index - 3].group(0).lower() in ("more", "most", "less", "least")
            and re.fullmatch(r" \S+ (?:and|or) ", sentence[tokens[index - 3].end() : match.start()])
        ):
            # "more challenging or difficult": "more" goes with both adjectives, which the
            # plain word alone would not ("more challenging or hard").
            continue
        if pos == "adj" and word.endswith("ed") and previous_word in ("be", "been", "being"):
            # "will be marginalized" is done to it, a verb: the adjective's plain word
            # ("marginalized groups" → "excluded groups") would say something else.
            continue
        if (
            pos == "verb"
            and previous_word in DETERMINERS - {"that"}
            and index > 0
            and sentence[tokens[index - 1].end() : match.start()] == " "
        ):
            # "an assist", "the supply": a noun here; the verb's plain word ("a help") is not.
            continue
        if (
            pos == "verb"
            and word.lower() in context.words
            and next_word in ("is", "are", "was", "were", "has", "had")
        ):
            # "brick and tile manufacture was flourishing": a verb's bare form before "was" is
            # a noun, its subject, which the verb's plain word ("tile make was") is not.
            continue
        if (
            pos == "verb"
            and next_word == "of"
            and is_adjective(previous_word)
            and not is_verb_form(previous_word)
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
        if _OBLIGES.match(word) and _RULE_SUBJECT.search(sentence[: match.start()]):
            # "The Trust's falls policy did not require a CT scan" says what the policy made
            # staff do; "did not need a CT scan" says the patient had no need of one.
            continue
        gerund = _GERUND_SUBJECT.match(sentence[: match.start()])
        if (
            _OBLIGES.match(word)
            and gerund is not None
            and gerund["ing"].lower() not in _NOT_GERUNDS
        ):
            # "Raising up a democracy requires the rule of law": the act's condition, which
            # "Raising up a democracy needs the rule of law" turns into a want.
            continue
        if word == "requiring" and _DOCUMENT_BEFORE_COMMA.search(sentence[: match.start()]):
            # "He signed a Proclamation to limit entry, requiring a payment": the Proclamation
            # demands it; "needing a payment" would say it lacks one.
            continue
        if word == "requiring" and _PERSON_BEFORE_COMMA.search(sentence[: match.start()]):
            # "She finished in 10 minutes, requiring nothing more": she asked for nothing
            # more; "needing nothing more" (then "She needed nothing more") says she lacked
            # nothing.
            continue
        if word == "Require" and match.start() == 0:
            # A list item "Require monitoring on all vessels" (its "to" said by the intro)
            # tells someone to demand it; "Need monitoring" would say something else.
            continue
        if pos == "noun" and previous_word in _LINKING_VERBS and is_adjective(word.lower()):
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
                and previous_word not in FUNCTION_WORDS
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
        if (
            word.lower() == "distributed"
            and raw_next is not None
            and (is_noun(raw_next.group(1)) or is_adjective(raw_next.group(1)))
            and (previous_word.endswith("ly") or previous_word in DETERMINERS)
        ):
            # "evenly distributed resolution", "a distributed system": an adjective, which
            # "handed out" is not.
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
            and (next_word.endswith("ly") or next_word in PREPOSITIONS | {"against"})
        ):
            # "the right to dissent peaceably": a verb after "to", which the noun's plain
            # word ("the right to disagreement peaceably") is not.
            continue
        if replacement.lower() == "grown" and (
            previous_word in _LINKING_VERBS
            or (
                index > 1
                and tokens[index - 2].group(0).lower() in _LINKING_VERBS
                and (previous_word.endswith("ly") or previous_word in BETWEEN_AUXILIARY_AND_VERB)
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
        if replacement.startswith("carr") and WISHED_FOR.search(sentence):
            # Aspirations and promises are fulfilled, kept or met, never "carried out".
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
            r"(?:\s+[\w'’]+){1,3}\s+with\b|(?:\s+[\w'’]+){1,4}\s+for\b", sentence[match.end() :]
        ):
            # "provides us with the data" → "gives us with" is not English, and "provide health
            # care for the poor" is not "give health care for" (one gives it to them).
            continue
        if word.lower().startswith("assist") and _GERUNDS_AFTER_IN.match(sentence, match.end()):
            # "to assist members in identifying gaps, learning best practices and …": "help"
            # takes no "in" ("help members in identifying"), and a list of gerunds cannot be
            # made "help members identify …, learn …" one by one (`verbs_for_phrases`).
            continue
        before_text = sentence[position : match.start()]
        after_start = match.end()
        previous = tokens[index - 1] if index > 0 else None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if pos == "adj" and previous is not None and previous.group(0).lower() in ("more", "most"):
            degree = degree_form(replacement, previous.group(0).lower())
            if degree is not None and sentence[previous.end() : match.start()] == " ":
                # Replace "more resilient" as a unit.
                out.append(sentence[position : previous.start()])
                out.append(match_case(previous.group(0), degree))
                context.changes.append(f"{previous.group(0)} {word} → {degree}")
                position = after_start
                continue
        if (
            pos == "adj"
            and " " in replacement
            and any(_says_already(replacement, said) for said in (sentence, context.text))
        ):
            # "a crisis of an unprecedented scale, which …, never before seen since …": the
            # phrase would say it twice ("of a scale never seen before. This …, never before
            # seen since"). The section's own words are asked: a pass may have cut the
            # sentence from the one that says it.
            continue
        if pos == "adj" and " " in replacement and not works_before_noun(replacement):
            noun = following
            is_attributive = (
                noun is not None
                and sentence[match.end() : noun.start()] == " "
                and (is_noun(noun.group(0)) or noun.group(0).lower() in _QUANTITY_NOUNS)
                # "residents are particularly vulnerable must be …": "must" is a verb here.
                and noun.group(0).lower() not in MODAL_WORDS
            )
            if is_attributive and noun is not None and noun.group(0).lower() in _QUANTITY_NOUNS:
                single = _BEFORE_QUANTITY.get(word.lower())
                if single is not None:
                    out.append(before_text)
                    out.append(match_case(word, single))
                    context.changes.append(f"{word} → {single}")
                    position = after_start
                    continue
            if is_attributive and noun is not None:
                after_noun = sentence[noun.end() :]
                if re.match(r"\s+of\b", after_noun) or not re.match(r"[\s,.;:!?]|$", after_noun):
                    continue
                if _TIME_AFTER_NOUN.match(after_noun):
                    # "We face unprecedented challenges today": the time would close the
                    # phrase ("challenges never seen before today"), which says they had not
                    # been seen until today.
                    continue
                head_noun = noun.group(0).lower()
                if re.match(r"\s+to\s+[a-z]+", after_noun) and (
                    head_noun in _DEED_NOUNS
                    or completes_with_infinitive(head_noun, sentence[: noun.start()])
                ):
                    # "taken unprecedented action to fight AIDS": the noun's infinitive would
                    # follow the phrase ("action never seen before to fight AIDS", and once
                    # set out as a list, "action never seen before to:"). "help the most
                    # vulnerable countries to tackle" is the verb's infinitive, and may follow.
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
                context.introduced.update(replacement.lower().split())
                position = noun.end()
                skip_until = noun.end()
                continue
            if (
                following is not None
                and sentence[match.end() : following.start()] == " "
                and is_adjective(following.group(0).lower())
            ):
                # "produced unprecedented tangible results": the phrase cannot go after a
                # noun that another adjective stands before ("made never seen before real").
                continue
        if replacement.endswith(_EASIER) and not _PASSIVE_BEFORE.search(sentence, 0, match.start()):
            # "to facilitate humanitarian access" → "to make humanitarian access easier": the
            # object goes inside, whole ("to help access" says someone else gets the help).
            # Without an object that fits, the verb stays; a passive ("was facilitated by")
            # is "was made easier by" below. An object of more than four words keeps the
            # verb: "to make fast and unimpeded humanitarian access easier" leaves "easier"
            # too far from "make" to read as one.
            whole = _WHOLE_OBJECT.match(sentence, match.end())
            if (
                whole is None
                or whole.group("first").lower() in _NOT_OBJECT_OPENERS
                or len(whole.group("object").split()) > _MOST_WORDS_INSIDE
            ):
                continue
            out.append(before_text)
            out.append(match_case(word, replacement[: -len(_EASIER)]))
            out.append(whole.group("object"))
            out.append(_EASIER)
            context.changes.append(f"{word} → {replacement}")
            context.introduced.update(replacement.lower().split())
            position = whole.end("object")
            skip_until = position
            continue
        complement = next((c for c in _AFTER_THE_OBJECT if replacement.endswith(f" {c}")), None)
        if (
            complement is not None
            and raw_next is not None
            and not _PASSIVE_BEFORE.search(sentence, 0, match.start())
            and _opens_object(raw_next.group(1))
        ):
            # "prosecute the driver" → "take the driver to court", "endangers lives" → "puts
            # lives at risk": the object goes inside the phrase ("take to court them" is not
            # English). An object too long to go inside ("the main perpetrators of the crime
            # of aggression") keeps the verb as it is.
            found_object = _SHORT_OBJECT.match(sentence, match.end())
            if found_object is None:
                continue
            verb_part = replacement[: -len(complement)].rstrip()
            out.append(before_text)
            out.append(match_case(word, verb_part))
            out.append(found_object.group("object"))
            out.append(f" {complement}")
            context.changes.append(f"{word} → {replacement}")
            context.introduced.update(replacement.lower().split())
            position = found_object.end("object")
            skip_until = position
            continue
        out.append(before_text)
        out.append(match_case(word, replacement))
        context.changes.append(f"{word} → {replacement}")
        context.introduced.update(replacement.lower().split())
        if replacement != replacement.lower():
            # "television" → "TV": the short form says the word it replaces, which the fact
            # guard would otherwise take for a name the original never had.
            context.allowed.setdefault(replacement, word.lower())
        position = after_start
    out.append(sentence[position:])
    return [_without_new_doubles(fix_articles("".join(out)), sentence, context.words)]


_AFTER_THE_OBJECT: Final = ("to court", "at risk", "into line", "to hospital", "into practice")
"""Ends of plain verb phrases that follow the verb's object: "take the driver to court"."""
_SHORT_OBJECT: Final = re.compile(
    r"(?P<object>(?:\s+[a-z][\w'’-]*){1,4}?)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|for|in|on|at|with|by|after|before|because|if|when|"
    r"while|under|over|since|until|from|across|without)\b)"
)
"""A short object, up to four lowercase words before a mark or a word that ends it ("the rules
across states", "lives."); "the main perpetrators of the crime of aggression would" is longer."""


_MOST_WORDS_INSIDE: Final = 4
"""The longest object that goes inside "make … easier" ("make the return of refugees easier")."""
_EASIER: Final = " easier"
"""The end of "make … easier", the plain side of "facilitate": it follows the whole object."""
_WHOLE_OBJECT: Final = re.compile(
    r"(?P<object>\s+(?P<first>[\w'’-]+)(?:\s+(?!(?:that|which|who|whom|whose|while|because|"
    r"to\s+(?!the|their|its|his|her|our|your|my|a|an|this|these|those)|"
    r"so|but|if|when|where|as|than|is|are|was|were|will|would|can|could|should|must|may|might)"
    r"\b)[\w'’-]+){0,7})(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|or)\s+(?:are|is|was|were|will|would|"
    r"can|could|should|must|may|might|has|have|had|to)\b)"
)
"""An object that runs, in up to eight words and no second clause, to a mark, the end or a
second verb ("the dialogue and are carrying out"): "rapid and unimpeded humanitarian
access."; "talks that could end" goes on as a clause."""
_NOT_OBJECT_OPENERS: Final = (FUNCTION_WORDS - DETERMINERS) | frozenset(
    "to that which who while because so but if when where as than".split()
)
"""Words that cannot open the object of "make … easier" ("facilitate to" is no object)."""


_PASSIVE_BEFORE: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)(?:\s+[a-z]+ly)?\s+$", re.IGNORECASE
)
"""A form of "be" or "get" right before a participle: "was (quickly) hospitalized" has no
object, and what follows it ("the next day") is none."""


def _opens_object(word: str) -> bool:
    """Whether `word` after a verb opens its object ("the", "them", "lives"), not a phrase.

    A word that may be an adjective is left out: "hospitalized later that week" has none.
    """
    return (
        word in DETERMINERS
        or word in _PRONOUN_OBJECTS
        or (word not in FUNCTION_WORDS and is_noun(word))
    )


_DOUBLED: Final = re.compile(r"\b(\w+) (and|or) \1\b", re.IGNORECASE)


def _without_new_doubles(rewritten: str, original: str, lexicon: Mapping[str, LexiconEntry]) -> str:
    """Say once two near-synonyms that became one word ("clear and unambiguous").

    "clear and clear" becomes "clear"; a pair the original already repeated ("again and
    again") stays, and so does a pair that is itself a plain side of the lexicon
    ("increasingly" → "more and more", which "more" alone would not say).
    """
    if _DOUBLED.search(original):
        return rewritten

    def once(match: re.Match[str]) -> str:
        if any(entry.plain == match.group(0).lower() for entry in lexicon.values()):
            return match.group(0)
        return match.group(1)

    return _DOUBLED.sub(once, rewritten)


_HOWEVER_AFTER_OPENING: Final = re.compile(
    r"^(?P<first>\S+)(?P<more>(?: \S+){0,3}),\s+however,\s+(?P<rest>\S)"
)
"""A ", however," after a short opening ("The plan, however, failed")."""


_COMMON_OPENERS: Final = frozenset(
    "let neither either none each both many most several few others".split()
)
"""Opening words beyond the function words that are never a name, so lose their capital."""


def _however_as_but(sentence: str) -> str:
    """Say a ", however," after a short opening as an opening "But", as "However," is said.

    "however" sets the sentence against the one before: "Let us not forget, however, that
    Canadians have been clear" → "But let us not forget that …"; dropped, the contrast went.
    Only when the opening word is a function word, "Let" or "Neither" and the like, which
    lose their capital safely; a name ("Canada, however, …") keeps the sentence as written.
    Between two clauses (", however, the old well …") it says "but" there and stays.
    """
    match = _HOWEVER_AFTER_OPENING.match(sentence)
    if match is None:
        return sentence
    first = match["first"]
    if first.lower() not in FUNCTION_WORDS | _COMMON_OPENERS:
        return sentence
    return f"But {first.lower()}{match['more']} {sentence[match.start('rest') :]}"


def drop_fillers(sentence: str, context: RuleContext) -> list[str]:
    """Words that add length but no meaning go: "every single day" → "every day", a leading "And".

    Also intensifiers before an adjective ("utterly wrong" → "wrong"; hedges such as
    "relatively" stay, "extremely" is "very"), "both" in
    "both A and B", a second "also", "as well as" (→ "and"), "which"
    without a comma (→ "that"), "following" as a time (→ "after") and the "that" after
    "said"/"believed". Only
    words that change no fact are listed; the fact guard checks the rest. A ", however,"
    after a short opening is said as an opening "But" (`_however_as_but`), not dropped.
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
    # "I am truly sorry" is an apology's weight, which "I am sorry" no longer carries.
    # "very strong winds" is a warning's grade, not a filler: "strong winds" is a lower one;
    # so is "a very severe reaction", "very few cases" or "very difficult" conditions.
    # "The very second they ask us to leave" is a moment: "The second they ask" reads as a
    # count ("the second of them").
    result = re.sub(
        r"(?<![,;] )\b(?:really|truly|indeed|actually|very|currently)\s+(?=([a-z]+))"
        r"(?!sorry\b|second\b)",
        lambda m: (
            m[0]
            if m[0].startswith("very") and ("very" in context.introduced or m[1] in _GRADED)
            else ""
        ),
        result,
    )
    result = re.sub(r"\s+just\s+(?=like\b)", " ", result)
    # A hedge or intensifier before an adjective only colours it: "extremely rare" → "rare",
    # "greatly reduced" → "reduced"; after "not" it is the point ("not completely") and after
    # "more" it is compared ("more fully engaged"), so there it stays.
    # A strong degree word before an adjective is part of the message ("Measles is highly
    # infectious", "access remains extremely difficult"): it becomes "very", which says the
    # same degree in a plainer word. Before a participle ("highly trained") "very" is no
    # English, and the degree word goes as before.
    result = re.sub(
        r"(?<![,;] )(?<!not )(?<!n't )(?<!never )(?<!more )(?<!most )(?<!less )"
        rf"\b(?:{_DEGREE_WORDS})\s+(?=([a-z]+)\b)",
        lambda m: _plain_degree(m[0], m.group(1), context),
        result,
    )
    # A hedge is no filler: "a relatively low risk" is not "a low risk", nor "fairly poor"
    # "poor", so "quite", "rather", "fairly", "somewhat" and "relatively" stay, and
    # "particularly" is the lexicon's "especially".
    result = re.sub(
        r"(?<![,;] )(?<!not )(?<!n't )(?<!never )(?<!more )(?<!most )(?<!less )"
        rf"\b(?:{_INTENSIFIERS})\s+(?=([a-z]+)\b)",
        lambda m: (
            ""
            if (is_adjective(m.group(1)) or _is_past_participle(m.group(1)))
            and not (m[0].lower().startswith("completely") and m.group(1) in _WHOLLY)
            else m[0]
        ),
        result,
    )
    # "both A and B" says no more than "A and B".
    # In "both directions between junction 4 and junction 6" the "and" is the "between"'s:
    # "both" is the only word that says two directions, and stays.
    # In "if both parents or carers are key workers and you have …" the "and" joins two
    # clauses and "both" says the two parents: an "or" or a verb before the "and" keeps it.
    result = re.sub(
        r"\b(?<!the )both (?=(?:(?!\b(?:between|or|are|is|were|was|have|has|had)\b)[^,.;:])"
        r"{1,40}? and )",
        "",
        result,
    )
    result = _however_as_but(result)
    # A mid-sentence "also" says the sentence adds to what came before ("The fund also pays
    # for …", "was also a judge"), so it stays; only a second one after an opening "Also"
    # ("Moreover, we also ask" → "Also, we also ask") repeats it and goes. "but also" and
    # "also called" keep theirs.
    if re.match(r"Also\b", result):
        result = re.sub(rf"(?<=[a-z] )(?<!but )also {_ANOTHER_NAME}(?=[a-z])", "", result)
    # "and also" says "and" twice: "is the headquarters and also served as the capital".
    result = re.sub(rf"\band also {_ANOTHER_NAME}(?=[a-z])", "and ", result)
    # "then" between a subject and its verb ("He then moved", "and then left") only says
    # "next", which the order of the words already says; "since then", "by then", "until
    # then", "the then president" and "if … then" keep it.
    result = re.sub(
        r"(?<=[a-z] )(?<!since )(?<!by )(?<!until )(?<!from )(?<!than )(?<!the )(?<!if )"
        r"(?<!till )(?<!just )(?<!only )(?<!even )then (?=([a-z]+)\b)",
        lambda m: "" if is_past_verb(m.group(1)) else m.group(0),
        result,
    )
    # ", that is, B" only announces that B says A again: ", B".
    result = re.sub(r", that is, (?=[a-z])", ", ", result)
    # "A as well as B" is "A and B"; an opening "As well as …," is left alone, and so is a
    # comparison ("not as well as expected", "works as well as it did"). After a comma it is
    # "and" too when the sentence ends with B ("…, as well as the local police."); with a
    # comma after B ("The Creed, as well as other creeds, is …") the verb agrees with A alone.
    result = re.sub(
        rf"(?<=\w)(?<!\bnot)(?<!n't)(?<!\bjust)(?<!\bnearly)(?<!\balmost)(?<!\bquite)"
        rf" as well as (?!(?:{_COMPARED_WITH})\b)(?=[a-z])",
        lambda m: m[0] if _compares_doing(result[: m.start()]) else " and ",
        result,
    )
    result = re.sub(
        rf"(?<=\w), as well as (?!(?:{_COMPARED_WITH})\b)(?=[a-z][^,;:—–-]*[.!?]$)",
        ", and ",
        result,
    )
    # A "which" clause without a comma defines its noun; plain English says "that". After a
    # preposition ("in which") "that" cannot stand, so those stay; nor after "that" itself
    # ("protecting that which is worth protecting" is not "that that is").
    result = re.sub(
        r"\b([a-z]+) which (?=(\w+) )",
        lambda m: (
            f"{m.group(1)} that "
            if m.group(1) not in PREPOSITIONS | MORE_PREPOSITIONS | {"that"}
            and is_verb_form(m.group(2))
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
            if is_noun(m[1])
            and m[1] not in FUNCTION_WORDS
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
            or _is_noun_before_that(m[1], m.string[: m.start()])
            else f"{m[1]} "
        ),
        result,
    )
    if result != sentence:
        context.changes.append("dropped filler words")
    return [capitalise(result)]


_COMPARED_WITH: Final = (
    "expected|hoped|planned|anticipated|intended|possible|before|ever|usual|anyone|anybody|"
    "any|one|i|you|he|she|it|we|they|can|could|might|would|and|or"
)
"""Words after "as well as" that make it a comparison ("as well as expected", "as well as
they could"), where it does not mean "and"; "and"/"or" after it would say "and and"."""


def _compares_doing(before: str) -> bool:
    """True when "as well as" follows a verb ("played as well as the champions"): a comparison."""
    last = re.findall(r"[A-Za-z']+", before)[-1:]
    return bool(last) and last[0].islower() and (is_past_verb(last[0]) or _is_verb_only(last[0]))


_ANOTHER_NAME: Final = r"(?!(?:called|known|named|spelled|spelt|referred|termed)\b)"
"""Not before these: "is also called X" says X is a second name; without "also", the only one."""

_SAYING_NOUNS: Final = frozenset("claims states shows hope means mean".split())
"""Saying verbs that are nouns too: "There are claims that …", "the states that joined"."""
_SUBJECTS_OF_SAYING: Final = frozenset(
    "i you he she it we they who this that which one also still now".split()
)
"""Words before "claims that" that make it a verb: "he claims that", "this means that"."""


def _is_noun_before_that(word: str, before: str) -> bool:
    """Whether `word` before "that" is a noun, whose "that" the sentence needs.

    "We hear claims that immigrants are bad" without "that" reads "claims immigrants"; "the
    states that joined" is a relative clause. After a subject pronoun ("he claims that", "this
    means that") or an adverb ("clearly states") it is the verb, and "that" may go; after a
    name it may be either ("Member states that …"), and "that" stays.
    """
    if word.lower() not in _SAYING_NOUNS:
        return False
    previous = re.search(r"([A-Za-z'’]+)\s*$", before)
    if previous is None:
        return False
    found = previous.group(1)
    return not (found.lower() in _SUBJECTS_OF_SAYING or found.endswith("ly"))


_SAYING_VERBS: Final = (
    "said|says|say|believed|believes|believe|thought|think|thinks|claimed|claims|announced|"
    "reported|showed|shows|knew|know|felt|feel|argued|noted|suggested|revealed|realized|"
    "realised|stated|states|hoped|hope|agreed|decided|means|meant|mean|explains|explained|"
    "learned|discovered|proved|confirmed|confirms|indicated|indicates|warned|concluded|estimated|"
    "predicted|insisted|admitted|acknowledged|noticed|expected|promised|ensure|ensures|ensured"
)


_GRADED: Final = frozenset(
    # warnings and risk levels
    "strong heavy high low likely unlikely possible probable dangerous serious infectious "
    "contagious severe grave critical urgent "
    # a person's state, need or harm
    "ill sick unwell poor vulnerable weak frail young old elderly hungry "
    # size and amount: "very few cases", "a very small number of reactions"
    "small large few little many much limited "
    # difficulty and feeling, which a statement says on purpose
    "difficult hard important concerned worried grateful pleased proud disappointed sad".split()
)
"""Words whose "very" is a grade of its own ("very strong winds", "a very high risk", "a very
severe reaction", "very few cases"), which a plain version keeps; before other words
("a very special guest", "the very heart") "very" only stresses and goes."""
_DEGREE_WORDS: Final = "extremely|highly|hugely|vastly|incredibly|remarkably|exceptionally"
"""Degree words that say "very" in a longer word: "highly infectious" is "very infectious"."""
_INTENSIFIERS: Final = "utterly|absolutely|totally|completely"
"""Degree words that only strengthen the word after them. Not listed, because in a statement
they are the point: "fully committed", "deeply concerned", "strongly opposed", "significantly
reduced", "considerably larger", "greatly reduced", "entirely new"; "fully treatable" is not
"treatable"; "thoroughly cooked" is an instruction's standard, which "cooked" no longer sets."""
_WHOLLY: Final = frozenset(
    "dry cooked recovered healed closed sealed covered submerged flooded cut blocked "
    "empty full clear solid safe removed cleared filled free melted thawed defrosted".split()
)
"""States a thing may be in only partly, where "completely" says all of it: "until the meat is
completely defrosted", "the road is completely closed", "the core is completely solid"."""


def _plain_degree(found: str, following: str, context: RuleContext) -> str:
    """Say "very" for a strong degree word before an adjective, and nothing before a participle.

    "very worried" is English and "very trained" is not: a word that is also an adjective
    ("worried", "skilled") takes "very", a participle only ("trained", "regarded") none.
    """
    if not is_adjective(following):
        return "" if _is_past_participle(following) else found
    context.introduced.add("very")
    return match_case(found, "very ")


@lru_cache(maxsize=4096)
def _is_past_participle(word: str) -> bool:
    """True for a past participle ("reduced", "destroyed", "known"), used like an adjective."""
    from pipeline.wordforms import getAllLemmas, getInflection

    return any(word in getInflection(lemma, "VBN") for lemma in getAllLemmas(word).get("VERB", ()))


_NOT_NUMERALS: Final = frozenset({"dozen", "twice", "double"})
"""Quantity words the fact guard knows that are no numeral: "a dozen" is not "a 12"."""
_DIGIT_VALUES: Final = {
    word: str(value)
    for word, value in NUMBER_WORDS.items()
    if 2 <= value < 100 and word not in _NOT_NUMERALS
}
"""Number words a plain version writes in digits ("one" stays: it is also a pronoun)."""
_NUMBER_WORD: Final = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(sorted(_DIGIT_VALUES, key=len, reverse=True))})(?![\w'’-])",
    re.IGNORECASE,
)
_NUMBER_TAIL: Final = re.compile(
    r"\s+(?:hundred|thousand|dozen|score|halves|thirds?|quarters?|fourths?|fifths?|sixths?|"
    r"sevenths?|eighths?|ninths?|tenths?|and a half|one|two|three|four|five|six|seven|eight|"
    r"nine)\b|\s*[-–—]"
)
"""After these a number word is part of a longer number or a fraction: it stays a word."""
_GROUP_BEFORE: Final = DETERMINERS | frozenset("all both us we you them".split())
"""After these a number may stand for a group of people or things ("the two met", "all three
of them", "by the two."): it is written in digits only before a plural noun or an adjective."""
_ONE_BESIDE_NUMBER: Final = re.compile(
    rf"\bone\s+(?:or|to|and|in|out of|by)\s+(?:every\s+)?(?:{'|'.join(_DIGIT_VALUES)})\b|"
    rf"\b(?:{'|'.join(_DIGIT_VALUES)})\s+(?:or|to|and|in|by)\s+one\b",
    re.IGNORECASE,
)
""""one or two", "one in five": "one" stays a word, so its partner does too.

"twenty one" (a number written without its hyphen) stays whole too: see `_NUMBER_TAIL`."""
_QUOTED: Final = re.compile(r"[\"“][^\"”]*[\"”]")


def _counts_things(word: str) -> bool:
    """True when a number before `word` counts things: "two men", "three main parts"."""
    return (
        word in {"million", "billion", "trillion"}
        or is_plural_noun(word)
        or is_adjective(word)
        or is_noun(word)
        or (may_be_noun(word) and not is_verb_form(word))
    )


def numbers_as_digits(sentence: str, context: RuleContext) -> list[str]:
    """Numbers from two up are written in digits: "seventeen days" → "17 days".

    Plain-language style guides (GOV.UK among them) write every number but "one" in digits,
    which readers find and take in at a glance. The sentence is changed as a whole or not at
    all, so it never mixes "2" and "three": a number that must stay a word ("two hundred",
    "two-thirds", "one or two", a capitalised "Two" that may open the sentence or a name, "the
    two met", a number in a quotation) keeps every number word in the sentence as written.
    "one" stays a word, as those guides keep it.
    """
    matches = list(_NUMBER_WORD.finditer(sentence))
    if not matches or _ONE_BESIDE_NUMBER.search(sentence):
        return [sentence]
    quoted = [m.span() for m in _QUOTED.finditer(sentence)]
    for match in matches:
        word = match.group(0)
        if not word.islower() or any(start <= match.start() < end for start, end in quoted):
            return [sentence]
        after = sentence[match.end() :]
        if _NUMBER_TAIL.match(after):
            return [sentence]
        before = re.search(r"([A-Za-z]+)\s+$", sentence[: match.start()])
        if before is not None and before.group(1) == "in" and re.match(r"\s*(?:[,.;:!?]|$)", after):
            # "split in two": an expression, not a count.
            return [sentence]
        if before is not None and before.group(1).lower() in _GROUP_BEFORE:
            following = re.match(r"\s+([A-Za-z]+)\b", after)
            head = following.group(1) if following is not None else ""
            if not (head[:1].isupper() or (head.islower() and _counts_things(head))):
                # "the two met", "all three of them": the number stands for a group.
                return [sentence]
    context.changes.append("numbers in digits")
    digits = _NUMBER_WORD.sub(lambda m: _DIGIT_VALUES[m.group(0)], sentence)
    # "four (4) years", the digits already given in brackets, is "4 years", not "4 (4) years".
    return [re.sub(r"\b(\d+) \(\1\)", r"\1", digits)]
