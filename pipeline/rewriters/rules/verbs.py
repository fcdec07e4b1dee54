"""Verb rules: verbs for nouns and wordy phrases, the active voice, the subject first.

"helped the rescue of" becomes "helped rescue", "succeeded in capturing" becomes "captured",
"X was seen by Y" becomes "Y saw X", and "Among the dead were X." becomes "X were among the
dead.": each sentence says who does what, in that order.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.rewriters.rules.context import RuleContext
from pipeline.rewriters.rules.english import (
    DETERMINERS,
    FUNCTION_WORDS,
    MORE_PREPOSITIONS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    capitalise,
    fix_articles,
    has_finite_verb,
    inflect,
    is_adjective,
    is_base_verb,
    is_noun_not_verb,
    is_past_verb,
    is_plural_noun,
    is_verb_form,
    match_case,
    may_be_noun,
    verb_of,
    verb_of_participle,
)

_NOMINAL_VERBS: Final = r"(?:allow|enable|facilitate|support|help|make possible)(?:s|ed|d)?"


def verbs_for_nouns(sentence: str, context: RuleContext) -> list[str]:
    """A nominalisation after "helped" becomes a verb: "helped the rescue of" → "helped rescue".

    Verbs are read faster than the nouns made from them; the doer stays the same.
    """
    pattern = re.compile(
        rf"\b({_NOMINAL_VERBS}) the (\w+)(?: and (?:the )?(\w+))? of\b", re.IGNORECASE
    )

    def swap(match: re.Match[str]) -> str:
        verbs = [verb_of(match.group(2))]
        if match.group(3):
            verbs.append(verb_of(match.group(3)))
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
                or previous.lower() in PREPOSITIONS | MORE_PREPOSITIONS | DETERMINERS
                or not is_verb_form(previous.lower())
                or is_noun_not_verb(previous.lower())
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
    if first.lower() in PREPOSITIONS or re.search(r"\b(?:that|which|who|whom)\b", subject):
        # "By 2003 the board said that X was …": the subject is a clause, not a noun.
        return [sentence]
    agent = match.group("agent")
    if re.search(r"\s(?:in|on|at|during|after|before|since|until|from|for)\s", agent):
        # "replaced by the 4th Division in 1957": the time would end up inside the new subject.
        return [sentence]
    if _subject_taken_up_next(agent, context):
        # "The first era was started by the travels of Magellan; it was that of discovery.":
        # "it" is the era; made active, the travels open the sentence before "It was …".
        return [sentence]
    # "The treaty" → "the treaty"; a name keeps its capitals ("PackageKit", "Paris").
    head = first.lower() if first.lower() in FUNCTION_WORDS and first[1:].islower() else first
    subject = OBJECT_PRONOUNS.get(first.lower(), head) + (" " + rest if rest else "")
    context.changes.append("passive → active")
    return [f"{capitalise(agent)} {match.group('verb')} {subject}{match.group('end')}"]


def _subject_taken_up_next(agent: str, context: RuleContext) -> bool:
    """Whether the text goes on from the agent with a pronoun ("…; it was", ". They were").

    Such a pronoun takes the passive sentence's subject, its first noun; turned active, the
    agent would come first and the pronoun would seem to point to it.
    """
    words = re.findall(r"[\w'’-]+", agent)
    return bool(words) and bool(
        re.search(
            rf"\b{re.escape(words[-1])}[.;!]?\s*[.;]?\s+(?:it|they|he|she|this)\s",
            context.text,
            re.IGNORECASE,
        )
    )


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
    if has_finite_verb(subject.split(" ", 1)[0]) or re.search(r",\s*[^,\s]+$", subject):
        # "… were John Smith, 45, and Mary Jones, 32.": the last aside would need its closing
        # comma before the verb, which the sentence does not have.
        return [sentence]
    lead = match["lead"]
    head = _INVERTED_AS.get(lead, lead[:1].lower() + lead[1:])
    context.changes.append("subject put first")
    return [f"{capitalise(subject)} {match['verb']} {head} {match['place']}{match['end']}"]


def verbs_for_phrases(sentence: str, context: RuleContext) -> list[str]:
    """One verb says it: "succeeded in capturing" → "captured", "managed to win" → "won".

    Also "the key contribution X makes to Y" → "the key part X plays in Y" (`_part_played`).
    """

    def succeeded(match: re.Match[str]) -> str:
        verb = verb_of_participle(match.group(2))
        tense = "VBZ" if match.group(1).endswith("s") else "VBD"
        form = inflect(verb, tense) if verb else None
        if form is None:
            return match.group(0)
        context.changes.append(f"{match.group(0)} → {form}")
        return form

    result = re.sub(r"\b(succeeded|succeeds) in (\w+ing)\b", succeeded, sentence)

    def managed(match: re.Match[str]) -> str:
        verb = match.group(1)
        form = inflect(verb, "VBD") if is_base_verb(verb) else None
        if form is None:
            return match.group(0)
        context.changes.append(f"{match.group(0)} → {form}")
        return form

    result = re.sub(r"\bmanaged to (\w+)\b", managed, result)
    return [_part_played(_help_do(result, context), context)]


_WORTH_ADJECTIVES: Final = frozenset(
    "key vital important valuable invaluable essential crucial central unique outstanding "
    "critical decisive fundamental positive special".split()
)
"""Adjectives that weigh a contribution's worth. Not its kind ("financial") nor its size ("big",
"major", "significant"): "the big contribution our partners made to the appeal" may be money."""
_MAKE_TO_PLAY: Final = {
    "make": "play",
    "makes": "plays",
    "made": "played",
    "making": "playing",
}
_CONTRIBUTION_MADE: Final = re.compile(
    r"(?<![\w'’-])(?P<det>[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur|[Yy]our) "
    rf"(?P<adjective>{'|'.join(sorted(_WORTH_ADJECTIVES))}) contribution(?P<plural>s?) "
    r"(?P<that>(?:that|which) )?"
    r"(?P<doer>(?:(?!(?:make|makes|made|making|to|and|or|but|in|of)\b)[\w'’/-]+ ){1,6}?)"
    r"(?P<aux>(?:(?:has|have|had|will|would|can|could|may|might|must|should|is|are|was|were)"
    r"(?: not)? )?(?:been )?)"
    r"(?P<verb>make|makes|made|making) to (?P<next>[\w'’-]+)"
)
"""The contribution someone makes: "the key contribution these clinics make to public health"."""
_CONTRIBUTION_MADE_ONE: Final = re.compile(
    r"(?<![\w'’-])(?P<verb>[Mm]ake|[Mm]akes|[Mm]ade|[Mm]aking) (?P<article>an?) "
    rf"(?P<adjective>{'|'.join(sorted(_WORTH_ADJECTIVES))}) contribution to (?P<next>[\w'’-]+)"
)
"""One contribution made: "have made a vital contribution to" → "have played a vital part in"."""


def _part_played(sentence: str, context: RuleContext) -> str:
    """Say "the key part X plays in Y" for "the key contribution X makes to Y".

    One short noun and an everyday verb for a long noun: a reader takes "the part women play
    in the economy" at once. Only when an adjective weighs the contribution ("key", "vital",
    `_WORTH_ADJECTIVES`): without one, "the contribution the UK makes to the budget" may be
    money, which "the part the UK plays in the budget" is not. "to" must lead into a thing
    ("to Agenda 2030", "to the economy"), never a verb ("… make to help others"). "made a
    vital contribution to" is "played a vital part in" by the same rule.
    """

    def swap(match: re.Match[str]) -> str:
        following = match["next"]
        if following.islower() and following not in DETERMINERS and is_base_verb(following):
            return match[0]
        if any(_is_verb_here(word) for word in match["doer"].split()):
            # "the vital contribution is made to …", "… contribution they said was made to":
            # the words before "made" are no doer of it.
            return match[0]
        played = _MAKE_TO_PLAY[match["verb"]]
        if played == "plays" and not match["aux"] and _plural_doer(match["doer"]):
            # "the key contribution INTERPOL's Global Policing Goals makes": the goals play it.
            played = "play"
        context.changes.append(
            f"{match['adjective']} contribution{match['plural']} … {match['verb']} to → "
            f"{match['adjective']} part … {played} in"
        )
        # "the important contributions women make" is said "the important part women play".
        return (
            f"{match['det']} {match['adjective']} part {match['that'] or ''}{match['doer']}"
            f"{match['aux']}{played} in {following}"
        )

    result = _CONTRIBUTION_MADE.sub(swap, sentence)

    def made_one(match: re.Match[str]) -> str:
        following = match["next"]
        if following.islower() and following not in DETERMINERS and is_base_verb(following):
            return match[0]
        played = match_case(match["verb"], _MAKE_TO_PLAY[match["verb"].lower()])
        context.changes.append(
            f"{match['verb']} {match['article']} {match['adjective']} contribution to → "
            f"{played} {match['article']} {match['adjective']} part in"
        )
        return f"{played} {match['article']} {match['adjective']} part in {following}"

    return _CONTRIBUTION_MADE_ONE.sub(made_one, result)


_SINGULAR_PLURAL_NAMES: Final = frozenset(
    "states nations emirates netherlands philippines bahamas maldives seychelles comoros "
    "islands grenadines wales".split()
)
"""Last words of names that look plural and take a singular verb ("the United States makes")."""


def _plural_doer(doer: str) -> bool:
    """True when the doer before "makes" is a plural noun phrase ("INTERPOL's Global Goals").

    Its last word is the head: a plural noun, not the last word of a singular name ("the
    United Nations", `_SINGULAR_PLURAL_NAMES`), nor a name alone ("Athens"), and no preposition
    comes before it ("Doctors Without Borders" is one body; "each of our members" is each one).
    """
    words = doer.split()
    if len(words) == 1 and words[0][:1].isupper():
        return False
    if not words or any(word.lower() in PREPOSITIONS | MORE_PREPOSITIONS for word in words[:-1]):
        return False
    head = words[-1].lower()
    return head not in _SINGULAR_PLURAL_NAMES and is_plural_noun(head)


_AUXILIARIES: Final = frozenset(
    "is are was were be been being has have had will would can could may might must should "
    "shall do does did who which that".split()
)


def _is_verb_here(word: str) -> bool:
    """True for a word that makes the words before "made" a clause of their own, no doer."""
    lower = word.lower()
    return lower in _AUXILIARIES or (
        word.islower() and is_past_verb(lower) and not is_noun_not_verb(lower)
    )


_KEEP: Final = {"continue": "keep", "continues": "keeps", "continued": "kept"}
_CONTINUE_TO: Final = re.compile(
    r"(?<![\w'’-])(?P<head>[Cc]ontinue[sd]?) to (?P<verb>[a-z]+)\b(?=(?P<rest>[^.;:!?]*))"
)
_STATES: Final = frozenset(
    "be have remain exist own belong need know mean contain consist depend deserve seem appear "
    "want wish like love prefer matter lack include involve hold".split()
)
"""Verbs of a state, not an act: "keep being", "keep having" are not how English says them."""
_STILL_VERBS: Final = frozenset(
    "guide shape define inspire influence affect suffer face threaten haunt dominate believe "
    "hope rely play".split()
)
"""Verbs of a lasting hold, not a repeated act: "continues to guide us" is "still guides us";
"keeps guiding us" would make the guiding a habit, "keep suffering" a string of blows."""
_STILL_FORMS: Final = {"continue": "VB", "continues": "VBZ"}


def _still(match: re.Match[str], context: RuleContext) -> str | None:
    """Say "still guides" for "continues to guide": the same verb, in the tense "continue" had.

    Only in the present: "continued to shape the valley for centuries" is no "still shaped"
    (it is "kept shaping"). None where "still" does not fit.
    Not at a sentence's start ("Continue to guide …" is a request) nor after "to" ("want to
    continue to play"), where "still" would stand in the wrong place.
    """
    head = match["head"]
    before = match.string[: match.start()]
    if head not in _STILL_FORMS or re.search(r"\bto\s+$", before):
        return None
    verb = match["verb"]
    form = verb if _STILL_FORMS[head] == "VB" else inflect(verb, _STILL_FORMS[head])
    if form is None:
        return None
    context.changes.append(f"“{head} to {verb}” said as “still {form}”")
    return f"still {form}"


_ANOTHER_VERB: Final = re.compile(r"(?:,|\band\b|\bor\b)\s+(?:then\s+|to\s+)?([a-z]+)\b")


_KEEP_SAID: Final = re.compile(r"(?i)\b(?:keep|keeps|kept|keeping)\b")
"""Any form of "keep", the plain word `keep_doing` would bring in."""


def keep_doing(sentence: str, context: RuleContext) -> list[str]:
    """Say "keep working" for "continue to work": one short verb for the long one, same meaning.

    A finishing rule (run after the last pass), so a clause is split at the length it was
    written ("…, which continues to guide us" → "This agenda continues to guide us."), then
    shortened.
    The change log says it in words, not as "hard → plain": "continue to work" is no term
    for the glossary.

    Only before a verb of action in its base form ("continues to grow" → "keeps growing");
    "continue to have", "continue to the next stage" and "continuing to" stay, and "continue
    to be" is "stay" (`_stay`). "will continue demanding" is "will keep demanding". When "to"
    governs more verbs ("continue to reach out and seek"), turning only the first would break
    the list, so the sentence stays ("continue to protect X and to support Y" too). A verb whose
    "-ing" is spelt two ways ("travelling", "traveling") stays; "falling", "calling" do not.
    A sentence that already says "keep" stays: "continue to work to keep all Canadians safe"
    as "keep working to keep …" says "keep" twice for two things.
    """
    if _KEEP_SAID.search(sentence):
        return [sentence]

    def swap(match: re.Match[str]) -> str:
        verb = match["verb"]
        if verb == "be":
            return _stay(match, context)
        if verb in _STATES or not is_base_verb(verb):
            return match[0]
        if any(_governed(w) for w in _ANOTHER_VERB.findall(match["rest"])):
            return match[0]
        still = _still(match, context) if verb in _STILL_VERBS else None
        if still is not None:
            return still
        doing = inflect(verb, "VBG")
        if doing is None or (_TWO_SPELLINGS.search(verb) and doing == f"{verb}ing"):
            # "travel": "travelling" in British spelling, "traveling" in American.
            return match[0]
        keep = match_case(match["head"], _KEEP[match["head"].lower()])
        context.changes.append(f"“{match['head']} to {verb}” said as “{keep} {doing}”")
        return f"{keep} {doing}"

    def doing(match: re.Match[str]) -> str:
        verb = verb_of_participle(match["doing"])
        if verb is None or not is_base_verb(verb) or verb in _STATES:
            return match[0]
        keep = match_case(match["head"], _KEEP[match["head"].lower()])
        context.changes.append(f"“{match['head']}” said as “{keep}”")
        return f"{match['before']}{keep} {match['doing']}"

    return [_CONTINUE_DOING.sub(doing, _CONTINUE_TO.sub(swap, sentence))]


_CONTINUE_DOING: Final = re.compile(
    r"(?P<before>\b(?i:will|would|can|could|must|should|may|might|shall|to|we|they|I|you|he|she|"
    r"it|and|not) )(?P<head>continue[sd]?) (?P<doing>[a-z]{3,}ing)\b"
)
"""A verb of "continue" that takes the -ing form ("will continue demanding"): only after a
modal, a pronoun, "to", "and" or "not", where "continue" is sure to be the verb ("the continued
fighting" is an adjective and a noun)."""


def _governed(word: str) -> bool:
    """True for a verb after "and" or a comma that the same "to" may govern ("… and seek").

    Another "continue" starts a clause of its own ("rose in March and continue to rise"),
    which the rule turns in its own right.
    """
    return word not in _KEEP and word not in _NOT_VERBS_HERE and is_base_verb(word)


_TWO_SPELLINGS: Final = re.compile(r"(?<!ee|ai|oi|ea|oo|oa|ou)(?<=[aeiou])l$")
"""A verb ending in a vowel and "l" ("travel", "fuel", "dial"), whose "-ing" doubles the "l" in
British spelling only; "feel", "fail", "appeal" never double it."""
_NOT_VERBS_HERE: Final = frozenset("while still even please further better like right well".split())
"""Words that are verbs too ("to while away"), but after a comma open an aside, not an act."""


_STAY: Final = {"continue": "stay", "continues": "stays", "continued": "stayed"}


def _stay(match: re.Match[str], context: RuleContext) -> str:
    """Say "stays a priority" for "continues to be a priority", "stayed tense" for "… to be tense".

    Only before "a"/"an" or an adjective that is no participle: "continue to be held" is a
    passive ("stay held" says another thing), and "continue to be the case" has no "stay".
    """
    following = re.match(r"\s+([a-z]+)\b", match["rest"])
    word = following[1] if following else ""
    describes = is_adjective(word) and verb_of_participle(word) is None
    if not (word in ("a", "an") or (describes and word not in FUNCTION_WORDS)):
        return match[0]
    if any(_governed(w) for w in _ANOTHER_VERB.findall(match["rest"])):
        return match[0]
    stay = match_case(match["head"], _STAY[match["head"].lower()])
    context.changes.append(f"“{match['head']} to be” said as “{stay}”")
    return stay


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
        if previous in DETERMINERS or previous.endswith(("'s", "’s")) or is_adjective(previous):
            return match[0]
        verb = verb_of_participle(match["ing"])
        if verb is None or not is_base_verb(verb):
            return match[0]
        if re.search(r"(?:,|\band|\bor) [a-z]+ing\b", match.string[match.end() :]):
            # "in identifying gaps, learning lessons and …": the gerunds are a list "in"
            # governs, and turning only the first would break it.
            return match[0]
        if head.lower().startswith("support") and not (
            match["after"].strip() and match["after"].strip().lower() not in ("and", "or")
        ):
            return match[0]
        helped = match_case(head, _HELP_HEADS[head.lower()])
        context.changes.append(f"{head} … in {match['ing']} → {helped} … {verb}")
        return f"{helped} {match['object']}{verb}{match['after']}"

    return _HELP_DO.sub(swap, sentence)


_UNCOUNTED_AGENTS: Final = frozenset(
    "intelligence evidence data science research knowledge information youth industry".split()
)
"""Nouns that lead with no article ("led by evidence"); a plural does so too ("led by women")."""
_ONE_AGENT: Final = frozenset("community government state market".split())
"""Singular nouns a compound means as the one body of that kind: "led by the community"."""
_LED_COMPOUND: Final = re.compile(
    r"(?<![\w'’-])(?:(?P<adjective>[a-z][a-z-]*[a-z]), )?"
    r"(?P<agent>[a-z]+)-led (?P<noun>[a-z]+)(?=[.,;:!?]|$)"
)
"""An "X-led" compound before the noun that ends its phrase: "intelligence-led investigations."."""


def led_by_after_noun(sentence: str, context: RuleContext) -> list[str]:
    """An "X-led" compound before a noun says who leads after it: "investigations led by X".

    "the first choice for multi-country, intelligence-led investigations." → "… for
    multi-country investigations led by intelligence." The hyphened word packs a verb and its
    doer into an adjective; after the noun they read in the order spoken. Only when the noun
    ends its phrase (a mark follows), so nothing that belonged to the noun comes after "led
    by X"; only for a plural doer ("women-led"), a thing that cannot be counted
    ("evidence-led") or a body named by its kind ("community-led" → "led by the
    community"). A name ("UN-led", "Saudi-led") stays: whether it takes "the" is the name's
    own matter.
    """

    def swap(match: re.Match[str]) -> str:
        agent, noun, adjective = match["agent"], match["noun"], match["adjective"]
        if agent in _UNCOUNTED_AGENTS or (agent not in _ONE_AGENT and is_plural_noun(agent)):
            doer = agent
        elif agent in _ONE_AGENT:
            doer = f"the {agent}"
        else:
            return match.group(0)
        if not may_be_noun(noun):
            return match.group(0)
        kept = ""
        if adjective and not (is_adjective(adjective) or "-" in adjective):
            # "for growth, evidence-led policy": the word before the comma is no second
            # adjective of the noun, and stays where it is.
            kept, adjective = match.group(0)[: match.start("agent") - match.start()], None
        before = f"{adjective} " if adjective else ""
        context.changes.append(f"{agent}-led {noun} → {noun} led by {doer}")
        return f"{kept}{before}{noun} led by {doer}"

    result = _LED_COMPOUND.sub(swap, sentence)
    return [sentence] if result == sentence else [fix_articles(result)]
