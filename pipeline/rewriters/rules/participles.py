"""Sentence rules for participles and leading clauses.

An opening or closing -ing or -ed phrase, a leading reason or circumstance and a purpose
clause each become a sentence with its own subject and verb.
"""

from __future__ import annotations

import itertools
import re
from types import MappingProxyType
from typing import Final

from pipeline.rewriters.rules.clauses import _opens_with_subject_and_verb, split_relative
from pipeline.rewriters.rules.context import RuleContext
from pipeline.rewriters.rules.coordination import split_coordinated, split_semicolons
from pipeline.rewriters.rules.english import (
    DETERMINERS,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    INFINITIVE_NOUNS,
    IRREGULAR_PARTICIPLES,
    LEADING_SUBORDINATOR,
    MORE_PREPOSITIONS,
    PREPOSITION_INGS,
    PREPOSITIONS,
    SHORT_NAME,
    capitalise,
    completes_with_infinitive,
    has_finite_verb,
    is_base_verb,
    is_noun,
    is_noun_not_verb,
    is_past,
    is_past_verb,
    is_plural_noun,
    is_present_verb,
    may_be_noun,
    may_be_participle,
    past_tense,
    plain_entry,
    starts_with_subject,
    third_person,
    verb_of_participle,
    word_count,
)
from pipeline.rewriters.rules.lexicon import LexiconEntry


def split_participle(sentence: str, context: RuleContext) -> list[str]:
    """A participle phrase becomes its own sentence.

    "Protecting the vulnerable, the database …" → "The database …. This protects the vulnerable."
    "X, respecting Y, is Z." → "X is Z. It respects Y."
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    lead = re.match(r"^([A-Z][a-z]+ing)\b([^,]{3,80}),\s+(.+)$", sentence)
    # The main clause must start with its subject; "Keeping X safe needs …, reflects …" is a
    # gerund subject, not a participle phrase.
    if (
        lead
        and not starts_with_subject(lead.group(3))
        and _bare_plural_subject(capitalise(lead.group(3))) is None
    ):
        lead = _long_lead(sentence)
    if lead and lead.group(1).lower() in PREPOSITION_INGS:
        lead = None
    if lead and re.match(r"(?:Turning|Returning|Moving|Coming|Switching)$", lead.group(1)):
        # "Turning to recovery, I can announce …" opens a new topic; moved after the
        # announcement it would come too late ("… I turn to recovery.").
        lead = None
    if lead and re.match(
        r"\s+(?:After|Before|When|While|As|Since|Because|If|Although|Though|Once|Until|Unless)\b",
        lead.group(2),
    ):
        # "Writing After Universal acquired the rights, Whedon began …": a heading ran into
        # a clause that opens with its own conjunction; there is no participle phrase.
        lead = None
    if lead and lead.group(1).lower() not in _LINKING_INGS:
        after_ing = lead.group(2).split()
        if after_ing and (
            is_past_verb(after_ing[0])
            or (len(after_ing) > 1 and is_noun(after_ing[0]) and is_past_verb(after_ing[1]))
        ):
            # "Casting included Waheed Murad, Shamim Ara, …" and "Leading figures included
            # Otto Ernst Remer, …": a subject and its verb, not a participle phrase.
            lead = None
    if lead and lead.group(3).rstrip().endswith(":"):
        # "Speaking after sentencing, the Fiscal said:" introduces the quote that follows;
        # moved after it, the phrase would stand between the colon and the quote.
        lead = None
    if lead and _next_leans_back(sentence, context):
        # "Having endured …, Latvia understands freedom. As do many others.": moved after
        # the main clause, the phrase would take the "As do" that belongs to the clause.
        lead = None
    if lead and verb_of_participle(lead.group(1)):
        verb = verb_of_participle(lead.group(1))
        main = capitalise(lead.group(3))
        if word_count(main) >= 5 and verb:
            # The phrase describes the main clause's subject: a pronoun, a short name or a
            # short noun phrase ("The storm") is repeated; anything else is "This".
            plural_pronoun = re.match(r"^(They|We|You|I)(?= [a-z])", main)
            if plural_pronoun is not None:
                # "Using their tail …, they deliver kicks" → "They use their tail …".
                doer = plural_pronoun.group(1)
                # The pronoun's own verb tells the tense ("I remember … who had lost" is now).
                own = main.split()[1]
                then = is_past(main)
                if own in _PRESENT_AFTER_PRONOUN or (is_base_verb(own) and not is_past_verb(own)):
                    then = False
                form = past_tense(verb) if then else verb
                if form:
                    context.changes.append("moved the opening participle phrase")
                    return _told_in_order(sentence, main, doer, _told_after(doer, form, lead, then))
            subject = re.match(rf"^(?:He|She|It|{SHORT_NAME})(?= [a-z])", main)
            if (
                subject is not None
                and lead.group(3)[:1].islower()
                and main.split()[0] not in ("He", "She", "It")
            ):
                # "…, many young people lack …": a word capitalised only to open the sentence
                # is no name ("Many uses new equipment").
                subject = None
            doer = "This"
            bare = _bare_plural_subject(main)
            if bare is not None:
                # "Noting that X, members agreed …" → "Members noted that X.": as sure a doer
                # as "the members".
                doer = bare
            subject_name = subject.group(0) if subject is not None else ""
            if bare is None and subject is not None and not re.search(r"['’]s?$", subject_name):
                doer = subject.group(0)
                if doer.split()[0].lower() in FUNCTION_WORDS - {"he", "she", "it"}:
                    doer = "This"
            noun_phrase = re.match(
                r"^(?:The|A|An|Its|Their|His|Her|Our) [A-Za-z][a-z]+(?: [a-z]+)?", main
            )
            if bare is None and doer == "This" and noun_phrase is not None:
                words = noun_phrase.group(0).split()
                after = main.split()[len(words)] if len(main.split()) > len(words) else ""
                if len(words) == 3 and _verb_and_object(words[2], after):
                    # "The database holds records": "holds" is the verb, not a plural head.
                    words, after = words[:2], words[2]
                if is_noun(words[-1]) and (
                    is_past_verb(after)
                    or is_present_verb(after)
                    or re.fullmatch(FINITE_AUXILIARIES, after) is not None
                    or _plural_and_its_verb(words[-1], after)
                ):
                    doer = " ".join(words)
                elif (
                    len(words) == 3
                    and is_noun(words[1])
                    and (
                        is_past_verb(words[2])
                        or re.fullmatch(FINITE_AUXILIARIES, words[2]) is not None
                    )
                ):
                    # "The terrorists have chosen …" → "The terrorists lacked …", not "This".
                    doer = " ".join(words[:2])
            if doer not in (subject_name, "This") and is_plural_noun(doer.split()[-1]):
                # "The storms moved …. The storms tracked …": the verb agrees.
                then = _tells_of_past(main, doer)
                verb_form = past_tense(verb) if then else verb
                if verb_form is None:
                    return [sentence]
                context.changes.append("moved the opening participle phrase")
                told = _told_after(doer, verb_form, lead, then)
                return _told_in_order(sentence, main, doer, told)
            manner = lead.group(2).split()
            if len(manner) < 2 and (
                doer == "This" or not manner or manner[0] == "together" or manner[0].endswith("ly")
            ):
                # "Working together, the Government will …" says how it acts: "This works
                # together." would give the act to no one, and "The Government works
                # together." tells a manner as if it were a deed of its own.
                return [sentence]
            if doer == "This" and lead.group(1).lower() in _CAUSE_INGS:
                # "Lacking X, the new and untested body chose Y": "This is because this lacks
                # X" names no one; the cause stays in its sentence.
                return [sentence]
            plural = False
            if doer == "This":
                # "This protected the most at risk" gave the deed to the whole clause, where
                # the subject did it; a subject with a head noun is taken up by its pronoun
                # ("It protected …"), and one with no head noun keeps the sentence whole.
                named = _subject_by_head(main)
                if named is None:
                    return [sentence]
                doer, plural = named
            then = _tells_of_past(main, doer)
            form = past_tense(verb) if then else (verb if plural else third_person(verb))
            if form is None:
                return [sentence]
            context.changes.append("moved the opening participle phrase")
            return _told_in_order(sentence, main, doer, _told_after(doer, form, lead, then))
    middle = re.search(r",\s+([a-z]+ing)\b([^,:;]{3,80}),\s+", sentence)
    if middle and middle.group(1) in PREPOSITION_INGS - {"including"}:
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
    if middle and re.match(r"(?:which|who|whom|whose|that)\b", sentence[middle.end() :]):
        # ", including the attack of 2 August, which resulted in …": the clause tells of the
        # phrase's noun; with the phrase gone it would tell of the noun before it.
        middle = None
    if middle and not has_finite_verb(sentence[middle.end() :]):
        # ", featuring his ancestor, Trevor Belmont.": what follows is a name, not the rest
        # of the main clause.
        middle = None
    if middle and re.match(
        r"(?:[^,]{1,40},\s+)*(?:and|or)\b|(?:[^,]{1,40},\s+){2,}[^,]{0,40}?\b(?:and|or)\b",
        sentence[middle.end() :],
    ):
        # ", including A, B, and C": the list goes on after the comma; cutting would garble it.
        middle = None
    if middle and re.fullmatch(
        r"(?:[\w'’-]+ ){0,3}[\w'’-]+ (?:and|or) (?:[\w'’-]+ ){0,3}[\w'’-]+[.!?]",
        sentence[middle.end() :],
    ):
        # ", including forfeiture of medals, points and prize money.": the list's last items
        # end the sentence; cut there, they were left as if the main clause went on.
        middle = None
    if middle and not has_finite_verb(sentence[middle.end() :].split(",")[0]):
        # ", including Belgium, the Netherlands and …" and ", linking two plateaux, the Causse
        # du Larzac and …": a list or an apposition goes on after the comma, not the main clause.
        middle = None
    if middle and re.match(LEADING_SUBORDINATOR, sentence) and "," in sentence[middle.end() :]:
        # "While smaller towns, including A and B, remained under threat, the CFA said …":
        # put after the main clause, "They include A and B" would tell about its nouns.
        middle = None
    if middle and verb_of_participle(middle.group(1)):
        verb = verb_of_participle(middle.group(1))
        main = sentence[: middle.start()] + " " + sentence[middle.end() :]
        if verb and word_count(main) >= 5:
            context.changes.append("moved a participle phrase")
            doer, plural = "It", False
            head = re.search(
                r"([A-Za-z]+)(?: (?:to|of|in|on|from|near|at|across|around|within) "
                r"(?:the |a |an )?[A-Za-z-]+)*$",
                sentence[: middle.start()],
            )
            if head is not None and is_plural_noun(head.group(1)):
                # "Smaller towns to the east, including A and B, …" → "They include A and B".
                doer, plural = "They", True
            owned = _NAME_AFTER_OF.search(sentence[: middle.start()])
            if middle.group(1) == "including" and owned is not None:
                # "The creation of the Access to Covid Tools Accelerator, including the COVAX
                # Facility, is …": the Accelerator includes it, not the creation ("It").
                doer, plural = f"The {owned['name']}", False
            after = sentence[middle.end() :]
            if middle.group(1) != "including" and re.match(
                r"(?:is|are|was|were|has|have|had|remains?|will|can|must|should|may)\b", after
            ):
                # "X, respecting Y, is Z": X is the subject, so it can be named.
                doer, plural = _this_head(sentence[: middle.start()])
            first_after = after.split(" ", 1)[0]
            if middle.group(1) != "including" and is_past_verb(first_after):
                # "careful examination in 1993, using the telescope, failed …": the phrase
                # tells how its subject acted then ("This examination used …"), not "It uses".
                doer, plural = _this_head(sentence[: middle.start()])
                past = past_tense(verb)
                if past:
                    return [main, f"{doer} {past}{middle.group(2)}."]
            form = verb if plural else third_person(verb)
            return [main, f"{doer} {form}{middle.group(2)}."]
    return [sentence]


def _bare_plural_subject(main: str) -> str | None:
    """A subject of one or two words with no article, ending in a plural noun: "Members agreed".

    "Noting that X, members agreed …" was kept whole where "Noting that X, the members
    agreed …" was split; a bare plural followed by its verb is as sure a doer.
    """
    words = main.split()
    for size in (1, 2):
        if len(words) <= size:
            return None
        head, after = words[size - 1], words[size]
        opening = words[0].lower()
        if opening in FUNCTION_WORDS or opening in DETERMINERS or not words[0].istitle():
            return None
        if not all(w.isalpha() for w in words[:size]) or not is_plural_noun(head.lower()):
            continue
        if (
            is_past_verb(after)
            or re.fullmatch(FINITE_AUXILIARIES, after) is not None
            or _plural_and_its_verb(head.lower(), after)
        ):
            return " ".join(words[:size])
    return None


def _subject_by_head(main: str) -> tuple[str, bool] | None:
    """The pronoun for the main clause's subject ("It", "They"), when it has a head noun.

    The subject is the words before the clause's first verb; None when there is no verb, or
    no head noun (`_this_head` gives "It"). The told sentence comes right after the main
    clause, whose subject the pronoun takes: "… database helped identify … victims. It
    protected the most at risk." ("This database" says the same with 2 more syllables.)
    """
    words = main.split()
    for index, word in enumerate(words[1:], start=1):
        verb = (
            is_past_verb(word)
            or re.fullmatch(FINITE_AUXILIARIES, word) is not None
            or (is_present_verb(word) and not is_plural_noun(word))
            or _plural_and_its_verb(words[index - 1], word)
        )
        if verb:
            break
    else:
        return None
    head, _ = _this_head(" ".join(words[:index]))
    if head == "It":
        return None
    plural = is_plural_noun(head.split()[-1])
    return ("They" if plural else "It"), plural


def _plural_and_its_verb(head: str, after: str) -> bool:
    """Whether `head` `after` ("teams reach") is a plural noun and its present verb.

    A plural subject takes the base form ("the rescue teams reach"), which is neither a past
    nor a third-person verb; without this, the phrase went to "This" ("This used new
    equipment"), a deed given to no one.
    """
    return is_plural_noun(head) and is_base_verb(after) and not is_past_verb(after)


def _tells_of_past(main: str, doer: str) -> bool:
    """Whether the main clause tells of the past, its subject's own verb deciding first.

    "The rescue teams reach survivors faster than they did" is present: "reach" after the
    subject says so, and the "did" of its comparison does not; `is_past` alone read the
    clause's first past verb ("This used new equipment").
    """
    rest = main[len(doer) :].split() if main.startswith(doer) else []
    own = rest[0] if rest else ""
    if re.fullmatch(FINITE_AUXILIARIES, own) is not None:
        # "have agreed", "will meet": an auxiliary's tense is for `is_past` to read.
        return is_past(main)
    if own and not is_past_verb(own) and (is_present_verb(own) or is_base_verb(own)):
        return False
    return is_past(main)


def _verb_and_object(word: str, after: str) -> bool:
    """Whether `word` `after` ("holds records") is a present verb and its object.

    Read as a noun and its verb, a plural head ("holds") would take "record", not "records".
    """
    return (
        is_plural_noun(word)
        and is_present_verb(word)
        and after.endswith("s")
        and is_plural_noun(after)
    )


_NAME_AFTER_OF: Final = re.compile(
    r"^[A-Z][a-z]+(?: [a-z]+){0,1} (?P<head>[a-z]+(?:tion|sion|ment|ance|ence|ure|al)) of the "
    r"(?P<name>[A-Z][\w'’-]*(?: (?:(?:to|of|for|on|and) )?[A-Z][\w'’-]*){1,6})$"
)
"""A subject that is an act or a state of a name, its head ending "-tion", "-ment" and the like
("The creation of the Access to Covid Tools Accelerator"): what "including" lists is the
name's, not the act's. "The members of the Union, including …" is no such subject."""


_PRESENT_AFTER_PRONOUN: Final = frozenset("am are do will shall can may must".split())
"""Auxiliaries after "I", "we" or "they" that make the clause present, whatever follows."""


def _long_lead(sentence: str) -> re.Match[str] | None:
    """An opening participle phrase that holds commas: "Recognizing that X, Y, the Government …".

    The main clause starts at the first comma followed by a subject and its verb ("the
    Government will", "I remember"), so a list or an aside inside the phrase ("Speaking to you,
    despite the distance, I …") stays in it.
    """
    opening = re.match(r"^(?P<ing>[A-Z][a-z]+ing) ", sentence)
    if opening is None:
        return None
    for comma in re.finditer(r",\s+", sentence):
        rest = sentence[comma.end() :]
        if comma.start() > opening.end() and (
            starts_with_subject(rest) and _opens_with_subject_and_verb(rest)
        ):
            length = comma.start() - len(opening.group("ing"))
            return re.match(rf"^([A-Z][a-z]+ing)\b(.{{{length}}}),\s+(.+)$", sentence)
    return None


_CAUSE_INGS: Final = frozenset(
    "lacking fearing knowing believing wanting needing hoping wishing sensing suspecting "
    "doubting".split()
)
"""Opening -ing words of a state of mind or of having, which give the reason for the main
clause: "Lacking the strength to challenge us, the terrorists have chosen fear" says why
they chose it; "The terrorists lack the strength." told after it loses the "why".
"Recognizing that X, the Government will …" grants a point more than it gives a cause, and
stays a plain deed."""


_STANCE_INGS: Final = frozenset(
    "recognizing recognising noting acknowledging realizing realising understanding".split()
)
"""Opening -ing words of a point granted or noted: "Recognizing that X, we act" stands on X,
and its main clause may point back into it ("…, we work to counter it"); the point is told
first, as a sentence of its own, so "it" still follows what it names."""


_FRAME_INGS: Final = frozenset("speaking addressing writing".split())
"""Opening -ing words that set the scene of the words that follow: "Speaking to you at this
moment, I remember a child …" is told first ("I speak to you at this moment. I remember …");
told after the memory, it came as a deed of its own after the child's story."""


def _told_in_order(sentence: str, main: str, doer: str, told: str) -> list[str]:
    """The main clause and the opening phrase told as a sentence, in the order that reads true.

    A point granted or noted (`_STANCE_INGS`) comes first, with the main clause's subject and
    tense: "We recognize that X. We commit to Y."; with a main clause in the perfect, so is the
    point ("The members have noted that X. The members have agreed …"). A phrase that sets
    the scene (`_FRAME_INGS`: "Speaking to you, I remember …") also comes first, as written.
    Any other phrase follows the main clause, as before. A stance the rule could give only
    to "This" stays as written: told first, "This recognizes that X" names no one.
    """
    stance = re.match(r"^([A-Z][a-z]+ing)\b", sentence)
    if stance is not None and stance.group(1).lower() in _FRAME_INGS and doer != "This":
        return [told, main]
    if stance is None or stance.group(1).lower() not in _STANCE_INGS:
        return [main, told]
    if doer == "This" or not told.startswith(f"{doer} "):
        return [sentence]
    verb, _, rest = told[len(doer) + 1 :].partition(" ")
    perfect = re.match(rf"{re.escape(doer)} (has|have) (?:[a-z]+ly )?[a-z]+(?:ed|en|wn|t)\b", main)
    if perfect is not None and is_past(verb):
        return [f"{doer} {perfect.group(1)} {verb} {rest}", main]
    return [told, main]


def _told_after(doer: str, form: str, lead: re.Match[str], past: bool) -> str:
    """The opening participle phrase as the sentence that follows the main clause.

    A phrase of cause (`_CAUSE_INGS`) keeps its link: "This is because the terrorists lack
    …" ("This was because" when the main clause is past); any other is told as a deed.
    """
    told = f"{doer} {form}{lead.group(2)}."
    if lead.group(1).lower() not in _CAUSE_INGS:
        return told
    link = "This was because" if past else "This is because"
    first, _, rest = doer.partition(" ")
    if first in _LOWERED_OPENERS:
        doer = f"{first.lower()} {rest}".rstrip()
    return f"{link} {doer} {form}{lead.group(2)}."


_LOWERED_OPENERS: Final = frozenset("The A An Its Their His Her Our He She It We They You".split())
"""Opening words of a doer that lose their capital inside "This is because …"; a name keeps it."""


_LINKING_INGS: Final = frozenset("having being getting becoming seeming feeling looking".split())
"""-ing words a past participle may follow inside a participle phrase ("Having persuaded …")."""


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


def _this_head(subject: str) -> tuple[str, bool]:
    """A subject named by its head noun: "Data matching in the field" → "This matching".

    Named so, the subject stays clear even when other sentences come between; "It" when no
    head noun is found. The flag says whether the head is plural ("These partnerships").
    """
    words = subject.split()
    for index, word in enumerate(words):
        if word in PREPOSITIONS:
            words = words[:index]
            break
    if not words or len(words) > 6 or not words[0][:1].isupper():
        return "It", False
    head = words[-1]
    if not head.isalpha() or not head.islower() or head in FUNCTION_WORDS:
        return "It", False
    if not (is_noun(head) or (head.endswith("ing") and len(words) > 1)):
        return "It", False
    plural = head.endswith("s") and not head.endswith("ss")
    return (f"These {head}" if plural else f"This {head}"), plural


def split_past_participle(sentence: str, context: RuleContext) -> list[str]:
    """An inner ", led by A and B," phrase becomes a sentence of its own, in the order written.

    "The Pillar, led by A and B, led efforts to disrupt the industry." → "The Pillar was led by
    A and B. It led efforts to disrupt the industry." The phrase describes the subject, so it
    stays next to it; put after the main clause, "It was led by …" pointed at that clause's
    last noun ("the industry"), and a later split of the main clause pushed it further away.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<head>(?:The|This|Our|Their|Its|[A-Z][\w'’-]*)\b[^,]{2,60}?), "
        rf"(?P<verb>[a-z]+(?:ed|en|led|t)|{IRREGULAR_PARTICIPLES}) (?P<phrase>by [^,]{{3,100}}), "
        r"(?P<tail>[a-z].+)$",
        sentence,
    )
    if match is None or not (
        is_past_verb(match.group("verb"))
        or re.fullmatch(IRREGULAR_PARTICIPLES, match.group("verb"))
    ):
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
    if plural and is_present_verb(match.group("tail").split(" ", 1)[0]):
        # "The centres, run by the councils, administers …": the verb agrees with no plural
        # head, so what it tells of is unclear; "They administers" would show the slip.
        return [sentence]
    past = is_past(match.group("tail").split(" ", 1)[0])
    be = ("were" if past else "are") if plural else ("was" if past else "is")
    pronoun = "They" if plural else "It"
    context.changes.append("moved a participle phrase to its own sentence")
    tail = _main_verb_apart(match.group("verb"), match.group("tail"), context)
    return [f"{head} {be} {match.group('verb')} {match.group('phrase')}.", f"{pronoun} {tail}"]


_SECOND_PLAIN_VERBS: Final = MappingProxyType({"spearhead": "head"})
"""A second plain word for a verb whose first ("lead") is also the participle before it ("led
by"): "It headed efforts", not "It led efforts" after "was led by A", nor the hard word kept.
Like the lexicon's plain words, it is more common in English than the word it replaces
(wordfreq's Zipf: head 5.51, spearhead 2.83). "drive" would echo the "driving forward" that
often follows in such statements."""


def _main_verb_apart(participle: str, tail: str, context: RuleContext) -> str:
    """The main clause, with a main verb whose plain word is the participle just told kept apart.

    "The Pillar, led by A and B, spearheaded efforts" is split first; a later pass would make
    "It spearheaded efforts" "It led efforts", right after "was led by A and B", one verb for
    two deeds. The verb takes its second plain word ("It headed efforts"); a verb with none
    goes into `context.verbs_kept_apart`, which later passes leave as written.
    """
    verb, _, rest = tail.partition(" ")
    lemma = verb_of_participle(verb) or verb
    entry = context.words.get(lemma.lower())
    participle_lemma = verb_of_participle(participle) or participle
    if entry is None or entry.pos != "verb" or entry.plain.split()[0] != participle_lemma:
        return tail
    second = _SECOND_PLAIN_VERBS.get(lemma.lower())
    lexicon = {lemma.lower(): LexiconEntry(second, "verb")} if second else {}
    found = plain_entry(verb.lower(), lexicon)
    if found is None:
        context.verbs_kept_apart.add(verb.lower())
        return tail
    context.changes.append(f"{verb} → {found[0]} (its first plain word is the participle's)")
    return f"{found[0]} {rest}"


_SECOND_CLAUSE: Final = re.compile(r"\s(?:--|[–—])\s+(?:and|but|so|yet)\s|;\s")
"""A dash or semicolon that joins a second clause to the main one."""


_LEAD_ASIDES: Final = "especially|particularly|notably|mainly|mostly|above all|in particular"
"""Words that open an aside narrowing the lead's last noun ("young Canadians, especially those
from low-income families,"): the aside goes with the lead, and the main clause follows it."""


def split_leading_reason(sentence: str, context: RuleContext) -> list[str]:
    """An opening reason or aim follows the main clause as a sentence of its own.

    "Because X, we act." → "We act. This is because X."
    "To reach X, we act." → "We act. The aim is to reach X."
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        rf"^(?P<kind>Because|To) (?P<lead>[^,]{{3,120}}(?:, (?:{_LEAD_ASIDES}) [^,]{{3,80}})?), "
        r"(?P<main>.+)$",
        sentence,
    )
    if match is None or not starts_with_subject(match.group("main")):
        return [sentence]
    if word_count(match.group("main")) < 5:
        return [sentence]
    kind = match.group("kind")
    if kind == "To" and not is_base_verb(match.group("lead").split(" ", 1)[0]):
        return [sentence]
    if kind == "To" and re.fullmatch(r"\w+ (?:so|this|that|it)", match.group("lead")):
        # "To do so, the Athlete must show …" points back to the sentence before; as "The aim
        # is to do so." after the main clause, it pointed at nothing.
        return [sentence]
    if _SECOND_CLAUSE.search(match.group("main")):
        # "To confront the issues, we must act in goodwill -- and I will do my part": the aim
        # is the first clause's, and after the second it would be told of "my part". The dash
        # splits first; the next pass moves the aim after the clause it belongs to.
        return [sentence]
    lead = match.group("lead").rstrip(".")
    second = f"This is because {lead}." if kind == "Because" else f"The aim is to {lead}."
    context.changes.append(f"moved the opening “{kind.lower()}” clause after the main one")
    return [capitalise(match.group("main")), second]


_CIRCUMSTANCE: Final = re.compile(
    r"^(?P<lead>Against|Despite|Amid|Amidst) "
    r"(?P<phrase>(?P<det>an?|the|this|that|these|those|our|their|its) "
    r"(?P<words>[a-z-]+(?: (?!(?:still|now|already) )[a-z-]+){0,4})) "
    r"(?P<adverb>(?:still|now|already) )?(?P<ing>(?:[a-z]{3,}|go)ing)(?P<particle> on| out)?, "
    r"(?P<main>.+)$"
)
_CIRCUMSTANCE_POINTERS: Final = {
    "Against": ("Against it", "Against them"),
    "Despite": ("Despite this", "Despite this"),
    "Amid": ("Amid this", "Amid this"),
    "Amidst": ("Amid this", "Amid this"),
}
"""How the main clause points back to the event once it is told first: "Against it, we …"."""
_HARMS: Final = frozenset(
    "pandemic pandemics epidemic epidemics crisis crises threat threats war wars attack attacks "
    "crime crimes wave waves surge outbreak outbreaks disease diseases scam scams".split()
)
"""Heads of an event someone works against: "against a pandemic" is to fight it, where
"against a market still recovering" only sets the scene."""


def split_leading_circumstance(sentence: str, context: RuleContext) -> list[str]:
    """An opening "Against/Despite/Amid a crisis still unfolding," is told first, as a sentence.

    "Against a second pandemic still unfolding, we secured X." → "A second pandemic was still
    unfolding. To fight it, we secured X." A reader meets the event as a plain clause of its own
    instead of holding a long phrase in mind before the subject arrives. The verb takes the
    main clause's tense and the noun's number. Only a short noun phrase of common words, with
    a noun for its head and no preposition inside, and an -ing form of a verb right before
    the comma (or with its particle: "a crisis still going on"), so the -ing form can only
    describe that noun.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _CIRCUMSTANCE.match(sentence)
    if match is None:
        return [sentence]
    words = match["words"].split()
    main = match["main"]
    if (
        any(w in PREPOSITIONS or w in MORE_PREPOSITIONS or w in FUNCTION_WORDS for w in words)
        or not may_be_noun(words[-1])
        or verb_of_participle(match["ing"]) is None
        or is_noun(match["ing"])
        or not starts_with_subject(main)
        or word_count(main) < 4
        or not has_finite_verb(main)
    ):
        return [sentence]
    plural = is_plural_noun(words[-1])
    past = is_past(main)
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    pointer = _CIRCUMSTANCE_POINTERS[match["lead"]][plural]
    if match["lead"] == "Against" and words[-1] in _HARMS and re.match(r"(?:[Ww]e|I) ", main):
        # "Against it, we secured …" puts a bare pronoun first; what the speaker did against
        # a harm is done to fight it.
        pointer = "To fight them" if plural else "To fight it"
    first, _, rest = main.partition(" ")
    if first.lower() in FUNCTION_WORDS and first[1:].islower():
        main = first.lower() + (" " + rest if rest else "")
    context.changes.append("told the opening circumstance as a sentence of its own")
    return [
        f"{capitalise(match['phrase'])} {be} {match['adverb'] or ''}{match['ing']}"
        f"{match['particle'] or ''}.",
        f"{pointer}, {main}",
    ]


_MEANS_OPENER: Final = re.compile(r"^By (?P<ing>[a-z]{2,}ing)\b(?P<phrase>[^;:?!\"“”()]*)$")
"""An opening means: "By focusing on X, …" (one sentence, no quotation or aside)."""
_MEANS_AUXILIARIES: Final = (
    "will|can|could|would|should|must|may|might|shall|have|has|had|am|is|are|was|were"
)
_MEANS_VERB: Final = (
    rf" (?:(?P<aux>{_MEANS_AUXILIARIES})(?P<adverb> also| now| then| already| [a-z]+ly)? )?"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^?]*[.!])$"
)
_MEANS_MAINS: Final = tuple(
    re.compile(f"(?P<subject>{subject}){_MEANS_VERB}")
    for subject in (
        r"[Ww]e|I|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t",
        rf"(?:the|this|our|their|its|these|those)(?: (?!(?:{_MEANS_AUXILIARIES})\b)[\w'’-]+){{2}}",
        r"(?:the|this|our|their|its|these|those) [\w'’-]+",
        r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}",
    )
)
"""The main clause after the opener: a pronoun, a noun phrase of 2 or 3 words or a name, then
its verb. The longer noun phrase is tried first: "the police forces work" is a subject of
three words, not "the police" doing "forces"."""
_MEANS_NOUNS: Final = frozenset(
    "morning evening spring nothing something anything everything king thing string".split()
)
"""Nouns that end in -ing: "By morning, the storm had passed" tells a time, not a means."""
_STATE_VERBS: Final = frozenset(
    "be have seem appear know believe mean need want like love hate own belong remain stay "
    "cost risk lose fail suffer get grow rise fall drop happen occur die".split()
)
"""Verbs of a state, a loss or a change that befalls the subject, not a deed: "We risk X. We do
this by …" would say we meant it; "The middle class will grow. It will do this by raising
rates" would give the means to the middle class."""
_PLURAL_PRONOUNS: Final = frozenset("we i you they".split())
_NEGATION: Final = re.compile(r"\b(?:not|never|no longer|neither|nor)\b|n[’']t\b")


def _do_this(subject: str, aux: str | None, verb: str) -> str | None:
    """The words "do this" in the main verb's tense and person ("will do this", "did this").

    None when the verb tells a state, or when its tense cannot be told ("cut" is past and
    present alike).
    """
    lemma = verb if is_base_verb(verb) else verb_of_participle(verb)
    if lemma is None or lemma in _STATE_VERBS:
        return None
    if aux in ("have", "has", "had"):
        return f"{aux} done this" if verb != lemma and may_be_participle(verb) else None
    if aux in ("am", "is", "are", "was", "were"):
        return f"{aux} doing this" if verb.endswith("ing") else None
    if aux is not None:
        return f"{aux} do this" if verb == lemma else None
    past = is_past_verb(verb)
    plural = subject.lower() in _PLURAL_PRONOUNS or is_plural_noun(subject.split()[-1])
    if past and not is_base_verb(verb):
        return "did this"
    if is_present_verb(verb) and not plural:
        return "does this"
    if verb == lemma and plural and not past:
        return "do this"
    return None


def split_leading_means(sentence: str, context: RuleContext) -> list[str]:
    """An opening "By doing X," goes after the main clause, as a sentence of its own.

    "By passing these reforms, we will save $14 billion." → "We will save $14 billion. We will
    do this by passing these reforms." The reader meets the subject and its deed first; the
    means follows in the main verb's tense ("did this", "will do this", "have done this").
    Only after a subject that is a pronoun, a noun phrase of up to 3 words or a name, which
    the second sentence says again; never when the main verb tells a state ("have", "risk"),
    is negated ("We will not … We will do this" would turn it around), or when the opener
    points back ("By doing so").
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    opener = _MEANS_OPENER.match(sentence)
    if opener is None:
        return [sentence]
    ing = opener["ing"]
    if ing in _MEANS_NOUNS or verb_of_participle(ing) is None:
        return [sentence]
    if re.match(r"(?:doing|so doing) (?:so|this|that|it)\b", sentence[3:]):
        return [sentence]
    for comma in re.finditer(r", ", sentence):
        lead, main = sentence[: comma.start()], sentence[comma.end() :]
        readings = [
            found for found in (main_clause.match(main) for main_clause in _MEANS_MAINS) if found
        ]
        if not readings:
            continue  # ", on delivering X": the opener goes on
        if (
            word_count(lead) < 3
            or word_count(main) < 4
            or len(re.findall(r"—|–|--", lead)) % 2
            or _NEGATION.search(main)
        ):
            return [sentence]
        for found in readings:
            do_this = _do_this(found["subject"], found["aux"], found["verb"])
            if do_this is None:
                continue
            # "This country can … This country can do this" says "this" twice.
            said_again = capitalise(re.sub(r"^(?:[Tt]his|[Tt]hese) ", "the ", found["subject"]))
            context.changes.append("moved the opening “by …” means after the main clause")
            return [capitalise(main), f"{said_again} {do_this} b{lead[1:]}."]
        return [sentence]
    return [sentence]


_PURPOSE_VERBS: Final = (
    "allow|enable|help|support|ensure|protect|prevent|stop|fight|end|make|provide|give|keep|build|"
    "create|reduce|curb|counter|tackle|strengthen|improve"
)


_HELP_OBJECT: Final = (
    r"\b(?:help|helps|helped|helping|allow\w*|enabl\w*|encourag\w*|urg\w*|ask\w*|want\w*|"
    r"forc\w*|persuad\w*|invit\w*|train\w*|teach\w*|get|gets|getting|got)(?: \S+){1,3}$"
)
"""A verb and its object that an infinitive completes ("help the government to fight")."""


_SO_THAT: Final = re.compile(
    r"^(?P<main>[^;:\"“”]{40,}?[a-z]),? so that "
    r"(?P<rest>(?P<subject>(?:[A-Za-z][\w'’-]* ){1,6}?)(?P<modal>can|may|will|could|might|would)"
    r" [^;\"“”]{10,}[.!?])$"
)
"""A closing "so that X can …", whose modal marks a purpose, not a result ("so that it fell")."""


_INTENT: Final = re.compile(
    r"\b(?:I|we|We|will|shall|must|should|wants?|wish(?:es)?|intends?|plans?|aims?|needs?|"
    r"asks?|urges?)\b"
)
"""Words that show someone means what the clause does: its "so that" then tells an aim."""


def _split_so_that(sentence: str, context: RuleContext) -> list[str]:
    """A closing "so that X can Y" becomes a sentence of its own: "This is so that X can Y".

    Only when a modal follows the new subject within a few words ("so that Lebanon can
    recover") and the clause before says someone means it (`_INTENT`): "so heavy that …",
    "…, so that the roads flooded" and "the storm hit, so that no one could leave" tell a
    result, and stay. "This was so that" when the modal is a past one ("could", "would").
    """
    match = _SO_THAT.match(sentence)
    if match is None:
        return [sentence]
    main, subject = match.group("main"), match.group("subject")
    last = main.rsplit(" ", 1)[-1].lower()
    if (
        word_count(main) < 8
        or word_count(match.group("rest")) < 5
        or last in ("and", "or", "but", "so", "such", "only", "just", "even")
        or not has_finite_verb(main)
        # "The storm closed the roads, so that no one could leave" tells a result; an aim
        # needs someone who means it: the speaker, a will or a duty ("I want …", "we must …").
        or not _INTENT.search(main)
        or not starts_with_subject(subject)
        or re.search(r"\b(?:that|which|who|but|if)\b", subject, re.IGNORECASE)
    ):
        return [sentence]
    past = match.group("modal") in ("could", "might", "would")
    context.changes.append("moved the purpose to its own sentence")
    return [f"{main}.", f"{'This was' if past else 'This is'} so that {match.group('rest')}"]


_FOR_SOMEONE_VERBS: Final = frozenset(
    "call calls called calling ask asks asked asking wait waits waited waiting push pushes "
    "pushed pushing press presses pressed pressing plead pleads pleaded pleading pray prays "
    "prayed praying hope hopes hoped hoping argue argues argued arguing vote votes voted "
    "voting campaign campaigns campaigned campaigning lobby lobbies lobbied lobbying "
    "appeal appeals appealed appealing advocate advocates advocated advocating arrange "
    "arranges arranged arranging".split()
)
"""Verbs whose "for X to Y" asks that X does Y ("calls for states to strengthen …"): no aim."""
_FOR_SOMEONE_NOUNS: Final = frozenset(
    "groundwork ground foundation foundations basis stage path paths room space door doors "
    "conditions scope incentive incentives".split()
)
"""Nouns that make room for X to act ("the groundwork for a coalition to strengthen …"):
the infinitive is what X will do, not the aim of the sentence's verb."""
_FOR_SOMEONE_PRONOUNS: Final = frozenset("me you him her it us them everyone everybody".split())


def _for_someone_to(main: str) -> bool:
    """True when `main` closes with "for X" that the infinitive after it tells what X does.

    "easier for immigrants to build", "time for us to act" and "calls for states to end …"
    say X does it. After a thing that is made or given ("petitions for new applications to
    curb abuses", "a new fund for members to strengthen …") the infinitive is the aim of
    making it, and may be told as one.
    """
    match = re.search(r"(?:^|\s)(?P<before>[\w'’-]+) for(?P<who>(?: \S+){1,3})$", main)
    if match is None:
        return False
    before, who = match.group("before").lower(), match.group("who").split()
    return (
        not is_noun(before)
        or before in INFINITIVE_NOUNS
        or before in _FOR_SOMEONE_VERBS
        or before in _FOR_SOMEONE_NOUNS
        or who[-1].lower() in _FOR_SOMEONE_PRONOUNS
    )


_MORE_PURPOSES: Final = re.compile(r"(?:,| and|, and) to (?P<verb>[a-z]+) ")
"""A second infinitive joined to a first: ", to counter X", " and to let Y"."""
_PURPOSE_BEFORE: Final = re.compile(r"(?:^|\s)(?P<noun>[\w'’-]+)(?P<comma>,?) to (?P<verb>[a-z]+) ")
_INSIDE_ANOTHER_CLAUSE: Final = re.compile(
    r"\b(?:after|before|when|while|because|since|until|unless|if|though|although|that|who"
    r"|which|whose|where|what|thought|think|said|say|says|like)\b"
)
"""Words that open a clause inside the main one: the infinitives may be that clause's aims
("just days after a mob thought they could use violence to silence …, to stop …")."""
_TAKES_AN_OBJECT_AND_TO: Final = re.compile(
    r"\b(?:want\w*|need\w*|expect\w*|ask\w*|urg\w*|encourag\w*|allow\w*|enabl\w*|help\w*"
    r"|invit\w*|requir\w*|tell|tells|told|call\w* on|get|gets|got|wish\w*)(?: \S+){1,4}$"
)
"""A verb whose object the infinitive completes ("want their government to do X, and to do
Y"): what the object is to do, not an aim."""


def split_purposes(sentence: str, context: RuleContext) -> list[str]:
    """Two or more joined purposes after a noun become a sentence of their own.

    "The unit will work with police forces to protect citizens, to counter fraud and to let
    intelligence flow." → "The unit will work with police forces. The aims are to protect
    citizens, to counter fraud and to let intelligence flow." The main clause is told whole
    first. Only when the first "to" follows a noun
    (or a noun and a comma), the main clause has no clause inside it, and no verb there
    takes the noun as an object the infinitive completes ("want their government to do").
    """
    if word_count(sentence) <= context.long_words or re.search(r"[;:\"“”()]", sentence):
        return [sentence]
    first = None
    for more in _MORE_PURPOSES.finditer(sentence):
        # The first infinitive is the last "noun to verb" before the first joined one.
        before = list(_PURPOSE_BEFORE.finditer(sentence, 0, more.start() + 1))
        if before and is_base_verb(more["verb"]):
            first = before[-1]
            break
    if first is None:
        return [sentence]
    main = sentence[: first.start("noun") + len(first["noun"])]
    noun = first["noun"].lower()
    before_noun = main[: -len(first["noun"])].split()
    if (
        not (is_noun(noun) or _heads_a_noun_phrase(first["noun"], before_noun))
        or not is_base_verb(first["verb"])
        or completes_with_infinitive(noun, main[: -len(first["noun"])])
        or noun in _FOR_SOMEONE_PRONOUNS
        # "a commitment by all of us to legislate": what the commitment is to do.
        or any(
            word.lower() in INFINITIVE_NOUNS and before.lower() in DETERMINERS
            for before, word in itertools.pairwise(before_noun[-6:])
        )
        or (before_noun and before_noun[-1].lower() in _NOT_BEFORE_A_NOUN)
        or word_count(main) < 6
        or not has_finite_verb(main)
        or _INSIDE_ANOTHER_CLAUSE.search(main)
        or _TAKES_AN_OBJECT_AND_TO.search(main)
        or _for_someone_to(main)
        or re.search(r"\bit \S+$", main)
        or re.search(r"\bto [a-z]+\b", main)
        or (not first["comma"] and re.search(r"(?:,|\band|\bor) \S+$", main))
    ):
        return [sentence]
    context.changes.append("moved the joined purposes to a sentence of their own")
    return [f"{main}.", f"The aims are to {sentence[first.start('verb') :]}"]


def _heads_a_noun_phrase(word: str, before: list[str]) -> bool:
    """True for a word that ends a noun phrase after an article: a noun here, whatever else.

    "an initiative, to encourage …" and "an American Competitiveness Initiative, to …":
    lemminflect also lists "initiative" as an adjective, so `is_noun` says no; right after
    "a", "an" or "the", or as the last of capitalised words after one, it names a thing.
    `is_noun` itself stays strict: 30 callers rely on it, and "executive" or "collective"
    are adjectives as often as nouns.
    """
    capitalised = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(before)))
    if word[:1].islower() and capitalised:
        return False
    if len(capitalised) >= len(before):
        return False  # no article before the name: "Tonight" is the sentence's first word
    return may_be_noun(word) and before[-len(capitalised) - 1].lower() in ("a", "an", "the")


_NOT_BEFORE_A_NOUN: Final = frozenset(
    "to will would can could shall should may might must we they i you he she who which that "
    "not".split()
)
"""Words after which a noun-like word is a verb ("we forces", "to work"): no noun then."""


def split_purpose(sentence: str, context: RuleContext) -> list[str]:
    """A closing purpose becomes a sentence: "… a platform to allow X." → "The aim is to allow X".

    Only after a noun ("platform to allow"), so a verb's own "to" ("continued to grow") stays.
    "The aim is to" keeps it a purpose; "This allows X" would say it already happens.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    so_that = _split_so_that(sentence, context)
    if len(so_that) > 1:
        return so_that
    match = re.match(
        rf"^(?P<main>.{{25,}}? (?P<noun>[a-z]+)) to (?P<verb>{_PURPOSE_VERBS}) "
        r"(?P<rest>[^;]{8,})$",
        sentence,
    )
    if (
        match is None
        or not is_noun_not_verb(match.group("noun"))
        or completes_with_infinitive(
            match.group("noun"), match.group("main")[: -len(match.group("noun"))]
        )
        # "easier for immigrants to build": the infinitive says what they do, not an aim.
        or _for_someone_to(match.group("main"))
        # "helping the Iraqi government to fight corruption": what the helped one does.
        or re.search(_HELP_OBJECT, match.group("main"))
        # "has not yet made it possible to put an end to …": what is possible, not an aim.
        or re.search(r"\bit \S+$", match.group("main"))
        or word_count(match.group("main")) < 6
        # "…, policies to reduce X, cyber insurance, and a playbook": a list item's purpose,
        # not the sentence's; cut out, it would drag the rest of the list with it.
        or re.search(r"(?:,|\band|\bor) \S+$", match.group("main"))
    ):
        return [sentence]
    context.changes.append("moved the purpose to its own sentence")
    return [f"{match.group('main')}.", f"The aim is to {match.group('verb')} {match.group('rest')}"]


def split_leading_clauses(sentence: str, context: RuleContext) -> list[str]:
    """Opening "As …, as …," clauses become sentences of their own before the main one."""
    if word_count(sentence) <= context.long_words:
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
    if word_count(main) < 5 or not all(has_finite_verb(c) for c in clauses):
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
    if first not in FUNCTION_WORDS and is_base_verb(first) and not is_noun(first):
        # "As you consider the work ahead, remember …": told alone, the "as" clause would
        # state what was only a moment for the request ("You consider the work ahead.").
        return [sentence]
    if _duty_of_the_same_subject(clauses[-1], main):
        return [sentence]
    parts = [capitalise(re.sub(r"^[Aa]s\s+", "", c)) + "." for c in clauses]
    context.changes.append("moved opening “as” clauses to their own sentences")
    return [*parts, capitalise(main)]


_DUTY: Final = re.compile(r"^(?P<subject>[A-Za-z]+) (?:must|should|ought to|need to|have to)\b")
"""A main clause that states its subject's duty: "we must never give in …"."""


def _duty_of_the_same_subject(as_clause: str, main: str) -> bool:
    """True when the main clause states a duty of the "as" clause's own subject.

    "As we look at these challenges, we must never give in to …": the "as" clause is the
    moment the duty holds, like a request's ("As you consider …, remember …"); told alone it
    would state a plain fact ("We look at these challenges."), and the duty would lose its
    moment. "As crime evolves, we must act" has 2 subjects, and splits.
    """
    duty = _DUTY.match(main)
    subject = re.match(r"[Aa]s\s+(?P<subject>[A-Za-z]+)\b", as_clause)
    return bool(duty and subject and duty["subject"].lower() == subject["subject"].lower())


def split_long_sentence(sentence: str, context: RuleContext) -> list[str]:
    """Long sentences are cut where a new clause starts: semicolons, ", and we …", ", which".

    Kept for callers of the first version; the default rules split with the smaller rules above.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    threshold, context.long_words = context.long_words, 0
    parts = [sentence]
    try:
        for rule in (split_semicolons, split_coordinated, split_relative):
            parts = [piece for part in parts for piece in rule(part, context)]
    finally:
        context.long_words = threshold
    return parts


_IN_ORDER_TO_AFTER_INFINITIVE: Final = re.compile(
    r"^(?P<main>.*?\bto (?P<verb>[a-z]+)\b[^,;:—–]*?) in order to (?P<rest>[a-z][^;]*)$"
)
"""A purpose "in order to" whose clause holds an infinitive of its own ("seeking to use X in
order to address Y"): no comma, dash or "and" between them, so both "to"s share one clause."""


def split_purpose_after_infinitive(sentence: str, context: RuleContext) -> list[str]:
    """Say a purpose after an infinitive as "The aim is to …", before "in order to" is "to".

    "imposing costs on companies seeking to use the program in order to address abuse":
    "in order to" ties the purpose to the main verb; shortened to "to", the purpose would be the
    companies' ("… seeking to use the program to address abuse"). A word rule that runs before
    the lexicon, and at any length: the meaning, not the length, is at stake.
    """
    match = _IN_ORDER_TO_AFTER_INFINITIVE.match(sentence)
    if (
        match is None
        or not is_base_verb(match["verb"])
        or match["verb"] in FUNCTION_WORDS
        or word_count(match["main"]) < 6
        or re.search(r"\b(?:and|or)$", match["main"])
    ):
        return [sentence]
    context.changes.append("moved the purpose after an infinitive to its own sentence")
    return [f"{match['main']}.", f"The aim is to {match['rest']}"]
