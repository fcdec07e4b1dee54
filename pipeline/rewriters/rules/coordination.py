"""Sentence rules that cut at coordination and closing clauses.

Semicolons, "and"/"but" between whole clauses, closing reasons and places, "although",
thanks and "thus": each cut leaves two sentences that can stand alone.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.rewriters.rules.context import RuleContext
from pipeline.rewriters.rules.english import (
    DETERMINERS,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    LEADING_SUBORDINATOR,
    LIST_SUBJECT,
    MODAL_WORDS,
    MORE_PREPOSITIONS,
    PREPOSITION_INGS,
    PREPOSITIONS,
    SAYING_VERBS,
    SHORT_NAME,
    capitalise,
    has_clause_verb,
    has_finite_verb,
    inflect,
    is_base_verb,
    is_noun_not_verb,
    is_past,
    is_past_verb,
    is_plural_noun,
    is_present_verb,
    is_verb_form,
    may_be_participle,
    past_tense,
    split_at,
    starts_with_subject,
    verb_of_participle,
    word_count,
)

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
    if not (is_past_verb(verb) or is_present_verb(verb) or verb in MODAL_WORDS) or re.search(
        r"\b(?:and|or|that|which|who)\b", match.group("subject")
    ):
        return [sentence]
    subject = match.group("subject")
    if subject.split()[-1].lower() in PREPOSITIONS | MORE_PREPOSITIONS:
        # "Our net budget for next year will be …": the time phrase is what "for" takes, part
        # of the subject; moved out, it would leave "our net budget for will be".
        return [sentence]
    first, _, rest = subject.partition(" ")
    if first.lower() in FUNCTION_WORDS and first[1:].islower():
        # "The database" → "the database"; a name or acronym keeps its capitals.
        subject = first.lower() + (" " + rest if rest else "")
    context.changes.append("moved the time phrase to the front")
    time = capitalise(match.group("time"))
    return [f"{time}, {subject} {verb}{match.group('rest')}"]


def split_semicolons(sentence: str, context: RuleContext) -> list[str]:
    """Two ideas joined by a semicolon become two sentences.

    A part with no verb ("…; the Cyber-Shades and the Cyber-King.") is a list, not an idea of
    its own, and the sentence stays whole; a parallel phrase ("…; of light, not darkness.")
    may stand alone.
    """
    parts = split_at(sentence, context, re.compile(r";\s+"), min_words=4, always=True)
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
    if any(_repeats_the_listed_phrase(parts[0], part) for part in parts[1:]):
        # "a better path: an agenda for a nation …; an agenda that will raise …": the part is
        # one more item of what the colon announced, with a verb only in its "that" clause.
        context.changes.pop()
        return [sentence]
    # A parallel phrase ("…; of unity, not division.") reads well alone, as in a speech.
    if len(parts) > 1 and not all(
        has_finite_verb(part) or re.match(r"(?:Of|In|For|With|To|From|On|At|By|Not)\b", part)
        for part in parts
    ):
        context.changes.pop()
        return [sentence]
    return parts


def _repeats_the_listed_phrase(first: str, part: str) -> bool:
    """Whether `part` opens as the phrase after the colon of `first` ("path: an agenda").

    Such a part is one more item of what the colon announced, not a sentence, even with a verb
    inside its own "that" clause ("an agenda that will raise standards").
    """
    # A noun phrase: "…: it will not use …; it will not interfere …" are clauses, and split.
    announced = re.search(r":\s+(?P<lead>(?:an?|the) [A-Za-z]+)\b", first, re.IGNORECASE)
    return announced is not None and part.lower().startswith(announced["lead"].lower() + " ")


def split_coordinated(sentence: str, context: RuleContext) -> list[str]:
    """A new clause after ", and we …" starts a new sentence: one idea a sentence.

    "but" and "so" are kept at the start of the new sentence, because they carry meaning.
    """
    parts = split_at(sentence, context, _COORDINATED_JOINT, min_words=5)
    if len(parts) > 1 and not _are_new_clauses(parts):
        context.changes.pop()
        return _split_at_last_joint(sentence, context)
    if len(parts) == 1:
        parts = _split_at_last_joint(sentence, context)
    if len(parts) == 1:
        parts = _split_clause_with_verb(sentence, context)
    if len(parts) == 1:
        parts = _split_bare_and_pronoun(sentence, context)
    if len(parts) == 1:
        parts = _split_bare_noun_clause(sentence, context)
    return parts


_COORDINATED_JOINT: Final = re.compile(
    # ", so that they can" and ", so as to" tell a purpose, not a new clause.
    r",\s+(?:and\s+|(?=but\s|so\s(?!that\b|as\b)|yet\s))"
    r"(?=(?:but |so |yet )?(?:we|i|they|it|this|these|that|he|she|"
    r"our|their|there|its|his|her|the|a|an|many|most|some|several|both|each|"
    r"all|no|other|such|people)\b|but (?-i:[A-Z][a-z]+ [a-z]+(?:ed|s)\b)|"
    # ", but what we need is …": "what we need" is the new clause's subject.
    r"but what (?:we|they|you|I|people) [a-z]+ [^,]*?\b(?:is|are|was|were)\b)",
    re.IGNORECASE,
)
"""Where ", and we …", ", but the …", ", so they …" may open a new clause."""


def _split_at_last_joint(sentence: str, context: RuleContext) -> list[str]:
    """The last ", and the world will …" of a long sentence that opens a clause starts a sentence.

    Used when cutting at every joint fails because another one opens an aside or a list item
    ("But, meanwhile, and no one knows how long, each country must …, and the world will …";
    "… must be clear, and we must apply them: respect for …, and the requirement to …"): the
    joints are tried from the last, and the first whose two parts are clauses that could stand
    alone is cut; the asides and list items stay in their part.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    joints = list(_COORDINATED_JOINT.finditer(sentence))
    if len(joints) < 2:
        return [sentence]  # one joint: cutting at every joint already judged it
    for joint in reversed(joints):
        first, second = sentence[: joint.start()], sentence[joint.end() :]
        if word_count(first) < 8 or word_count(second) < 5 or not re.search(r"[.!?]$", second):
            continue
        parts = [f"{first}.", capitalise(second)]
        if not _are_new_clauses(parts) or (
            # "When the police came, and the crowd had gone, and the fire was out, we left":
            # the main clause of the opening "When" may come after the joint.
            re.match(LEADING_SUBORDINATOR, first, re.IGNORECASE) and "," in second
        ):
            continue
        context.changes.append(f"split a {word_count(sentence)}-word sentence in 2")
        return parts
    return [sentence]


_NOT_A_BARE_SUBJECT: Final = frozenset("the of on in at and to from across".split())
"""Small words that cannot open a bare noun subject ("…, and in the end …")."""


def _split_bare_noun_clause(sentence: str, context: RuleContext) -> list[str]:
    """A new clause whose subject has no article: "…, and river levels on the Eden rose".

    Only at the sentence's one ", and ", when the words after it run (words and names, no
    comma, figure or "that") to a verb that can only be a finite past ("rose", "went") or a
    modal or auxiliary, right after a plural noun or a name; a past that may be a participle
    ("levels recorded at …") could describe the noun, and stays.
    """
    if word_count(sentence) <= context.long_words or sentence.count(", and ") != 1:
        return [sentence]
    first, _, second = sentence.partition(", and ")
    words = second.split(" ")
    if word_count(first) < 5 or word_count(second) < 5 or not has_finite_verb(first):
        return [sentence]
    if not words[0].islower() or words[0] in _NOT_A_BARE_SUBJECT or is_verb_form(words[0]):
        # ", and stresses that …": a second verb of the first subject, not a new subject.
        return [sentence]
    if re.search(r"\b(?:that|which|who|whom|whose|whether|if|because)\b", " ".join(words[:9])):
        # ", and whose names were added …": a second relative clause, no new subject.
        return [sentence]
    for index in range(1, min(9, len(words))):
        word = words[index]
        if not re.fullmatch(r"[A-Za-z][\w'’-]*", word):
            return [sentence]  # a comma or a figure: no bare subject
        verb = re.fullmatch(FINITE_AUXILIARIES, word) is not None or (
            is_past_verb(word) and not may_be_participle(word)
        )
        if verb and (is_plural_noun(words[index - 1]) or words[index - 1][:1].isupper()):
            parts = [f"{first}.", capitalise(second)]
            if not _are_new_clauses(parts):
                return [sentence]
            context.changes.append(f"split a {word_count(sentence)}-word sentence in 2")
            return parts
    return [sentence]


_NOT_A_MAIN_CLAUSE: Final = re.compile(
    r"\b(?:that|which|who|whom|whose|what|where|when|if|as|because|since|while|whether|"
    r"unless|until|and|or|but)\b",
    re.IGNORECASE,
)


def _split_bare_and_pronoun(sentence: str, context: RuleContext) -> list[str]:
    """Two clauses joined by "and we will" with no comma split: "It is our duty … and we will …".

    Only when the part before "and" is one main clause, with no "that", "what", "who" or "as"
    in which the new subject could sit ("the Nation we can be and we must be"), and a personal
    pronoun with its auxiliary opens the part after it.
    """
    match = re.match(
        r"^(?P<a>[A-Z][^,;:]+?) and (?P<b>(?:we|I|they|he|she) (?:not )?"
        rf"(?:{FINITE_AUXILIARIES}) [^;]+)$",
        sentence,
    )
    if match is None or word_count(sentence) <= context.long_words:
        return [sentence]
    first = match.group("a")
    if (
        word_count(first) < 5
        or word_count(match.group("b")) < 5
        or _NOT_A_MAIN_CLAUSE.search(first)
        or not starts_with_subject(first)
        or not has_finite_verb(" ".join(first.split()[:3]))
        # "I know it is hard and we must go on": after "know" or "said" the second clause
        # may be part of what is known or said.
        or any((verb_of_participle(w) or w) in SAYING_VERBS for w in first.lower().split())
    ):
        return [sentence]
    context.changes.append(f"split a {word_count(sentence)}-word sentence in 2")
    # "wrong before -- and we will do it again": the dash that led to the clause goes with it.
    return [f"{first.rstrip(' -–—')}.", capitalise(match.group("b"))]


def _are_new_clauses(parts: list[str]) -> bool:
    """Whether the parts cut at ", and" / ", but" / ", so" are clauses that can stand alone."""
    first, rest = parts[0], parts[1:]
    if not (
        has_finite_verb(first)
        and all(has_clause_verb(part) for part in rest)
        and not any(LIST_SUBJECT.match(part) for part in rest)
    ):
        return False  # ", and a call like a dog's bark": the last item of a list
    items = first.split(", ")[-3:]
    if len(items) == 3 and all(
        word_count(item) <= 3 and not has_finite_verb(item) for item in items[1:]
    ):
        # "subject to threats, health risks, stress, low income, and other pitfalls
        # associated with …": the list goes on; its last item is no clause.
        return False
    if any(re.search(r":\s[^:]*,", part) for part in parts[:-1]):
        # "we must apply them: care for the old, help for the young, and the duty to …": the
        # part after the joint is the last item of the list the colon opened.
        return False
    if re.search(r";\s+(?:a|an)\s[^;]*$", first, re.IGNORECASE):
        # "needed more facilities; a meeting room …, and a place for …": a list of what
        # the clause named, not a new clause.
        return False
    if re.match(LEADING_SUBORDINATOR, first) and "," not in first and "," in rest[-1]:
        # "As we make progress, and Iraqi forces take the lead, we should …": both clauses
        # belong to the opening "As"; the main clause comes after the last part's comma.
        return False
    if any(re.match(r"so (?:[a-z]+ ){1,3}(?:can|may)\b", part, re.IGNORECASE) for part in rest):
        # "…, so all Iraqis can experience the benefits": a purpose ("so that"); alone,
        # "So all Iraqis can …" would tell a result.
        return False
    if _ASKS_FOR.search(first) and any(
        re.match(r"so (?:we|they|you|he|she|it|people|more) [a-z]+\b(?<!ed)", part, re.I)
        and not re.match(r"so \w+ (?:will|would|did|was|were|had)\b", part, re.I)
        for part in rest
    ):
        # "I propose to train teachers …, so they have a better chance": after a request or a
        # proposal, "so" with a present verb tells its purpose; "So they have …" alone would
        # tell a fact that follows.
        return False
    if any(
        (others := _OTHERS_DESCRIBED.match(part)) and may_be_participle(others.group("verb"))
        for part in rest
    ):
        # "can meet these challenges, and all others brought before it": more of what the
        # clause named, described by a participle; alone, "All others brought before it." is
        # no sentence.
        return False
    if any(
        (played := _PART_PLAYED.match(part)) and not has_clause_verb(played["after"])
        for part in rest
    ):
        # "… play in patient safety, and the key part the UN plays in global health": a second
        # thing named, the part someone plays; alone, "The key part the UN plays in …" is no
        # sentence.
        return False
    if re.search(r"\bbetween\b(?!.*\b(?:and|or)\b)", first):
        # "a connection between the module theory, and the L-functions that …": the second
        # thing of "between A and B" follows the comma.
        return False
    return not any(_goes_on_without_subject(part, first) for part in rest)


_PART_PLAYED: Final = re.compile(
    r"(?:the|their|its|his|her|our|your)\s+(?:[a-z]+\s+)?(?:part|role)s?\s+(?!that\b|which\b)"
    r"(?:[\w'’/-]+\s+){1,6}?(?:play|plays|played)\s+in\s+(?P<after>.*)",
    re.IGNORECASE,
)
"""A noun, not a clause: "the key part the United Nations plays in …" ("that" left out)."""


_OTHERS_DESCRIBED: Final = re.compile(
    r"(?:(?:all|any|many|most|the)\s+)?(?:the\s+)?(?:others|other\s+[a-z]+s)\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
"""The opening of "…, and all others brought before it": others of the kind just named,
whose verb-like word may be a participle that describes them."""


_ASKS_FOR: Final = re.compile(
    r"\b(?:propose|proposes|ask|asks|urge|urges|call on|calls on|want|wants|plan|plans)\b"
    r"[^,;]*\bto\s[a-z]",
    re.IGNORECASE,
)
"""A request or a proposal to do something, whose purpose a following "so" may tell."""


def _goes_on_without_subject(part: str, first: str = "") -> bool:
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
            re.fullmatch(FINITE_AUXILIARIES, follower)
            or is_past_verb(follower)
            or is_present_verb(follower)
        ):
            return True
    later = re.search(r",\s+(?:and|but)\s+([a-z]+)\b", part)
    if (
        later is not None
        and later.group(1) in ("are", "were", "have")
        and re.match(r"(?:we|they)\s", part, re.IGNORECASE)
        and (lead := re.match(r"^[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* ([a-z]+)\b", first))
        and is_present_verb(lead.group(1))
    ):
        # "CRI continues …, and we stay committed …, and are jointly committed …": "are"
        # cannot go on from "CRI continues", so it goes on from "we", in the same part.
        return False
    return later is not None and (
        re.fullmatch(FINITE_AUXILIARIES, later.group(1)) is not None
        or is_past_verb(later.group(1))
        or is_present_verb(later.group(1))
    )


def _split_clause_with_verb(sentence: str, context: RuleContext) -> list[str]:
    """A bare subject and a finite verb after ", and" make a new clause: "…, and patients must".

    Only when the first part has no comma of its own (so "A, B, and C are …" stays a list) and
    an auxiliary or modal follows within the next five words.
    """
    match = re.match(
        rf"^(?P<a>[^,;]+), (?P<conj>and|but) (?P<b>(?P<subject>(?:[a-z][\w'’-]* ){{1,5}})"
        rf"(?:not )?(?:{FINITE_AUXILIARIES}) .+)$",
        sentence,
    )
    if match is None or word_count(sentence) <= context.long_words:
        return [sentence]
    if word_count(match.group("a")) < 5 or word_count(match.group("b")) < 5:
        return [sentence]
    first = match.group("b").split(" ", 1)[0]
    if (
        # "When the police came, and the crowd had gone, …": "When the police came." alone
        # is no sentence; its main clause comes later.
        re.match(LEADING_SUBORDINATOR, match.group("a"))
        or first in ("then", "also", "so", "thus", "therefore", "not")
        or first in PREPOSITIONS | MORE_PREPOSITIONS
        or re.fullmatch(FINITE_AUXILIARIES, first)
        or re.search(r"\b(?:which|who|whom|whose|that)\b", match.group("subject"))
        or _opens_with_a_verb_and_object(match.group("subject"))
    ):
        # ", and may have …" goes on with the same subject, and ", and for which they must …"
        # is a relative clause: neither starts a sentence of its own.
        return [sentence]
    second = capitalise(match.group("b"))
    if match.group("conj") == "but":
        second = f"But {match.group('b')}"
    context.changes.append(f"split a {word_count(sentence)}-word sentence in 2")
    return [f"{match.group('a')}.", second]


def _opens_with_a_verb_and_object(subject: str) -> bool:
    """Whether the words after ", but" are a verb and its object, not a subject.

    "…, but argued a lodger is not a subtenant" goes on with the same subject (the tenant
    argued); cut off, "But argued a lodger is …" is no sentence. "…, and elected officials
    must …" opens with a subject, whose second word is no article.
    """
    words = subject.split()
    return len(words) >= 2 and is_past_verb(words[0]) and words[1] in DETERMINERS


def split_coordinated_names(sentence: str, context: RuleContext) -> list[str]:
    """A new clause whose subject is a name starts a new sentence: ", and Lopez's team filled in".

    Only when the first part holds no other comma, so a list of names ("A, B, and C were …")
    is never cut.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<a>[^,;]{20,}), (?P<conj>and|but) (?P<b>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
        r"(?:'s|’s)? [a-z].*)$",
        sentence,
    )
    if match is None or word_count(match.group("a")) < 5 or word_count(match.group("b")) < 4:
        return [sentence]
    if re.match(LEADING_SUBORDINATOR, match.group("a")) and "," in match.group("b"):
        # "As we make progress, and Iraqi forces take the lead, we should …": both clauses
        # belong to the opening "As"; the main clause follows the second comma.
        return [sentence]
    second = match.group("b")
    if match.group("conj") == "but":
        second = f"But {second}"
    context.changes.append(f"split a {word_count(sentence)}-word sentence in 2")
    return [f"{match.group('a')}.", second]


_RESULT_PARTICIPLES: Final = frozenset(
    "leaving making causing resulting giving bringing allowing forcing creating meaning "
    "killing ending prompting reflecting indicating marking highlighting underlining "
    "underscoring signalling signaling".split()
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
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = re.match(r"^(?P<main>[^;]{20,}?), (?P<verb>[a-z]+ing) (?P<rest>[^,;].+)$", sentence)
    if match is None or match.group("verb") in PREPOSITION_INGS:
        return [sentence]
    if word_count(match.group("main")) < 5 or word_count(match.group("rest")) < 2:
        return [sentence]
    *_, last_item = match.group("main").rsplit(", ", 1)
    list_goes_on = word_count(last_item) <= 4 and not has_finite_verb(last_item)
    if last_item != match.group("main") and list_goes_on:
        # "responsible for music, the organ, directing chants": a list goes on.
        return [sentence]
    if re.match(r"[^,]{1,40},\s+(?:and|or)\s", match.group("rest")):
        # "the German words Matte, meaning meadow, and Horn, which means peak": the phrase
        # is one item of a list that goes on; split there, "This means meadow, and Horn".
        return [sentence]
    if re.match(r"(?:or|and) [a-z]+ing\b", match.group("rest")):
        # "human cloning, creating or implanting embryos, …": a list of deeds, not a result.
        return [sentence]
    if re.search(
        r"\b(?:and|or) (?!\w+ing (?:is|are|was|were|has|have)\b)[a-z]+ing [a-z]",
        match.group("rest"),
    ):
        # "leaving 46,000 households without power and closing sections of Highway 101": a
        # second participle joined to the first, which "This left … and closing …" strands.
        return [sentence]
    if match.group("verb") == "meaning" and re.match(r"[\"“‘']", match.group("rest")):
        # "the Greek word lyrikos, meaning "singing to the lyre"": the gloss tells what the
        # word means; "This means …" would give the meaning to the whole clause. A word
        # named as a word is said again ("Lyrikos means …"); any other is left alone.
        word = re.search(r"\b(?:word|name|term|named|called) ([\w'’-]+)$", match.group("main"))
        if word is None:
            return [sentence]
        context.changes.append("moved the closing gloss to its own sentence")
        said = capitalise(word.group(1))
        return [f"{match.group('main')}.", f"{said} means {match.group('rest')}"]
    # "The cyclone turned northwest, making landfall …" and "…, making her debut": the
    # subject did it, so "This made landfall" would give the deed to no one.
    deed = match.group("verb") == "making" and re.match(
        r"(?:landfall|a|an|his|her|its|their|our)\b", match.group("rest")
    )
    verb = verb_of_participle(match.group("verb"))
    if verb is None:
        return [sentence]
    if match.group("verb") not in _RESULT_PARTICIPLES or deed:
        # "She won in Playboy, becoming …": the phrase tells more about the subject, so a
        # past main clause whose subject is a pronoun or a short name lends it that subject.
        subject = re.match(
            rf"^(?P<s>He|She|They|We|I|It|{SHORT_NAME}) "
            r"(?:(?:first|later|then|also|soon|[a-z]+ly) )?(?P<v>[a-z]+)\b",
            sentence,
        )
        form = past_tense(verb)
        if subject is None or not is_past_verb(subject.group("v")) or form is None:
            return [sentence]
        if _holds_another_doer(match.group("main")[subject.end() :]):
            # "The Administration issued guidance to ensure aliens are not allowed …,
            # protecting job trainings": the guidance protects, not the Administration; with
            # a second clause or an infinitive before the comma, the doer is not sure.
            return [sentence]
        if verb == "require" and subject.group("s") in _PERSONS:
            # "She agreed, requiring nothing more": she asked for nothing more. Alone, "She
            # required nothing more." would be made "She needed nothing more" by the word
            # rules, which says she lacked nothing.
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
    past = verb != "mean" and is_past(match.group("main"))
    form = inflect(verb, "VBD" if past else "VBZ")
    if form is None:
        return [sentence]
    context.changes.append("moved the closing result phrase to its own sentence")
    return [f"{match.group('main')}.", f"This {form} {match.group('rest')}"]


def _holds_another_doer(predicate: str) -> bool:
    """Whether the words after the main verb hold a clause or an infinitive of their own.

    "issued guidance to ensure aliens are not allowed access …" names a second deed ("to
    ensure") and a second subject ("aliens are"); a closing participle may tell of either,
    or of the thing just named, so lending it the sentence's subject may give the deed to
    the wrong one.
    """
    infinitive = any(
        is_base_verb(word) and not is_noun_not_verb(word)
        for word in re.findall(r"\bto ([a-z]+)\b", predicate)
    )
    # "self-contained films" and "a team led by Scott Sheppard" hold no clause: a compound
    # word and a participle before its "by" are set aside before looking for a verb.
    plain = re.sub(r"[\w'’]+(?:-[\w'’]+)+ ?", "", predicate)
    plain = re.sub(r"\b[a-z]+ by\b", "by", plain)
    return infinitive or has_finite_verb(plain)


_PERSONS: Final = frozenset("He She They We I".split())
"""Subjects that are people: what a person requires, the person asks for."""
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
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<main>[^;]{20,}?(?P<last>[A-Za-z]+)), (?P<adv>(?:first|later|originally) )?"
        r"(?P<verb>[a-z]+) (?P<rest>(?:in|on|by|at|from|for|during|between|with|under)\b"
        r"[^,;]*[.!?])$",
        sentence,
    )
    if match is None or word_count(match.group("main")) < 5:
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
    plural = is_plural_noun(match.group("last"))
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
    goes back to the main clause ("attributed to A, because …, and also to B"). A reason
    told by ", for we …" splits the same way.
    """
    if re.search(r", and (?:also )?(?:to|of|in|by|for|with|from)\b", sentence):
        return [sentence]
    main = _CLOSING_BECAUSE.match(sentence)
    if main is not None and re.search(r"\bbecause\b(?! of\b)", main.group("main"), re.I):
        # "… because it is good for us, because we cannot …": the closing reason is one more
        # of a series; "This is because …" would give it to the whole sentence before.
        return [sentence]
    parts = _split_closing_clause(
        sentence,
        context,
        _CLOSING_BECAUSE,
        "This is because",
        "moved the closing reason to its own sentence",
    )
    bare = _BARE_BECAUSE.match(sentence)
    if (
        len(parts) > 1
        or bare is None
        or main is not None
        or word_count(bare.group("main")) < 10
        or word_count(bare.group("rest")) < 8
        # "did not leave because he was afraid" may deny the reason, not the leaving; "it
        # is because X that we act" and "only because" put the reason at the sentence's heart.
        or re.search(r"\b(?:not|never|no|nor|nothing|none)\b|n[’']t\b", bare["main"], re.I)
        or re.search(r"\bbecause\b", bare.group("main"), re.IGNORECASE)
        # "a treasure for all — a treasure because it …": the reason is the aside's own.
        or re.search(r"\s(?:--|[–—-])\s", bare.group("main"))
        # "Families who moved away because rents rose are coming back": the reason belongs
        # to a clause inside the subject, and the sentence's verb comes after it.
        or re.search(
            r"\b(?:who|whom|whose|which|where|when|if|unless|although|while|whether)\b",
            bare.group("main"),
            re.IGNORECASE,
        )
        or any(
            is_noun_not_verb(noun) or is_plural_noun(noun)
            for noun in re.findall(r"([A-Za-z]+) that\b", bare.group("main"))
        )
        or not has_finite_verb(bare.group("main"))
        or not has_finite_verb(bare.group("rest"))
    ):
        return parts
    return _split_closing_clause(
        sentence,
        context,
        _BARE_BECAUSE,
        "This is because",
        "moved the closing reason to its own sentence",
    )


def split_where(sentence: str, context: RuleContext) -> list[str]:
    """A closing ", where" clause after a place follows as a sentence: ". There he taught".

    Only after "in/at/to/from" and a place, so "where" can only mean that place. After a time
    ("in the first years of the last century, where most worked …") it means "then", and the
    clause opens "At that time,".
    """
    time = _WHERE_AFTER_TIME.match(sentence)
    if time is not None:
        if (
            word_count(sentence) > context.long_words
            and word_count(time.group("main")) >= 8
            and word_count(time.group("rest")) >= 5
            and _opens_with_subject_and_verb_near(time.group("rest"))
        ):
            context.changes.append("moved the “where” clause to its own sentence")
            return [f"{time.group('main')}.", f"At that time, {time.group('rest')}"]
        return [sentence]  # a time is no place: "There" would be wrong
    parts = _split_closing_clause(
        sentence, context, _CLOSING_WHERE, "There", "moved the “where” clause to its own sentence"
    )
    if len(parts) == 2 and not re.match(r"There (?:he|she|they|we|I|you|it)\b", parts[1]):
        # "There a fine President … is fighting" reads as "there is"; a comma says "in that place".
        parts[1] = "There," + parts[1][len("There") :]
    return parts


_WHERE_AFTER_TIME: Final = re.compile(
    r"^(?P<main>[^;]{20,}? (?:the|this|that|an?) (?:[a-z]+ ){0,2}"
    r"(?:century|centuries|era|age|period|decade|decades|time|times)), where "
    r"(?P<rest>[^;]{3,}[.!?])$"
)
"""A closing ", where …" after a time ("the nineteenth century, where …"): it tells then."""


def _opens_with_subject_and_verb_near(clause: str) -> bool:
    """Whether a subject of up to four words and then a finite verb open `clause`."""
    words = clause.split(" ")
    for index, word in enumerate(words[:5]):
        if index and (re.fullmatch(FINITE_AUXILIARIES, word) or is_past_verb(word)):
            return not re.search(r"\b(?:that|which|who|and|or|but)\b", " ".join(words[:index]))
        if not re.fullmatch(r"[A-Za-z][\w'’-]*", word):
            return False
    return False


_CLOSING_BECAUSE: Final = re.compile(
    # ", for we have much to do" gives a reason too: "for" before "we" or "they" is no
    # preposition ("for us"), so it can only mean "because"; so does ", given that it was …".
    r"^(?P<main>[^;]{20,}?[a-z0-9]), (?:because|given that|for(?= (?:we|I|they|he|she) [a-z])) "
    r"(?P<rest>[^;]{3,}[.!?])$"
)
_BARE_BECAUSE: Final = re.compile(
    # "… need to be rethought today because the crisis has shown …": no comma, but a whole
    # clause with its subject after "because"; "only because", "just because" … stay.
    r"^(?P<main>[^;,]{20,}?[a-z0-9])"
    r"(?<!\bonly)(?<!\bjust)(?<!\bpartly)(?<!\bsimply)(?<!\bmainly)(?<!\blargely)"
    r"(?<!\bprecisely)(?<!\bmostly)(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)"
    r" because (?!of\b)(?P<rest>[^;]{3,}[.!?])$"
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
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = pattern.match(sentence)
    if match is None or not starts_with_subject(match.group("rest")):
        return [sentence]
    if word_count(match.group("main")) < 5 or word_count(match.group("rest")) < 4:
        return [sentence]
    context.changes.append(change)
    return [f"{match.group('main')}.", f"{lead} {match.group('rest')}"]


_CLOSING_WHILE: Final = re.compile(
    r"^(?P<main>[^;]{20,}?[a-z0-9]), (?:while|whereas) (?P<rest>[^;]{3,}[.!?])$"
)
_WHILE_PAIR_SUBJECT: Final = re.compile(
    r"(?:others?|the others?|the rest|the latter|the second|the other \w+|(?:an|the) opponent|"
    r"(?:the|a|an|its|their|his|her) [a-z]+(?: [a-z]+)?)\s",
    re.IGNORECASE,
)


def split_while(sentence: str, context: RuleContext) -> list[str]:
    """A closing ", while Y" (or ", whereas Y") beside the first fact becomes its own sentence.

    "Some are arboreal, while others are semiaquatic." → "Some are arboreal. Others are
    semiaquatic." With a comma and a subject of its own, "while" says "whereas": the two
    sentences side by side say the same. Only a clause with a determiner, "others" or a name as
    its subject and a verb of its own is moved ("while still being …", "while keeping the name"
    have neither), and never after a saying verb or a "that" clause, whose speaker the second
    sentence would lose ("Police said the suspect fled, while officers searched …").
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _CLOSING_WHILE.match(sentence)
    if match is None:
        return [sentence]
    main, rest = match.group("main"), match.group("rest")
    named = rest[:1].isupper() and starts_with_subject(rest)
    if not (_WHILE_PAIR_SUBJECT.match(rest) or named) or not has_finite_verb(rest):
        return [sentence]
    if re.match(r"(?:the|a|an|its|their|his|her) [a-z]+ (?:being|having)\b", rest, re.I):
        # "while the storm having …": no verb of its own after all.
        return [sentence]
    words = re.findall(r"[a-z]+", main.lower())
    if (
        word_count(main) < 5
        or word_count(rest) < 4
        or "while" in words
        or "whereas" in words
        or re.search(r"\bthat (?!(?:[a-z]+ly )?[a-z]+(?:s|ed)\b)", main)
        or any((verb_of_participle(w) or w) in SAYING_VERBS for w in words)
        or re.match(LEADING_SUBORDINATOR, main)
    ):
        return [sentence]
    context.changes.append("split the closing “while” clause from the main clause")
    return [f"{main}.", capitalise(rest)]


def split_although(sentence: str, context: RuleContext) -> list[str]:
    """A concession becomes its own sentence: "Although X, Y" → "X. But Y"; "Y, although X" too.

    The contrast stays, said by "But"; "while" is left alone because it may mean "during".
    """
    if word_count(sentence) <= context.long_words:
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
        and starts_with_subject(closing.group("rest"))
        and word_count(closing.group("main")) >= 4
        and word_count(closing.group("rest")) >= 4
    ):
        # "X, although Y." says "X. But Y.": the contrast stays, in two sentences.
        context.changes.append("split the closing concession from the main clause")
        return [f"{closing.group('main')}.", f"But {closing.group('rest')}"]
    match = re.match(
        r"^(?:Although|Though|Even though) (?P<lead>[^,]{3,120}), (?P<main>.+)$", sentence
    )
    if match is None or not starts_with_subject(match.group("main")):
        return [sentence]
    if word_count(match.group("lead")) < 3 or word_count(match.group("main")) < 4:
        return [sentence]
    if re.match(r"(?:he|she|they|it)\b", match.group("lead")) and not re.match(
        r"(?:i|we|you|he|she|they|it|this|that|there)\b", match.group("main"), re.IGNORECASE
    ):
        # "Though he was raised a Lutheran, Bergman later said …": the pronoun points ahead
        # to the name; as a sentence of its own, "He was raised …" would come before it.
        return [sentence]
    context.changes.append("split the opening concession from the main clause")
    main = match.group("main")
    return [f"{capitalise(match.group('lead'))}.", f"But {main}"]


_PLACE_KINDS: Final = (
    "counties|states|countries|cities|provinces|regions|districts|parishes|territories|"
    "municipalities|towns|villages|islands|communities"
)
_LIST_NAME: Final = r"(?:the )?[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|and the))*"
_CLOSING_PLACES: Final = re.compile(
    rf"^(?P<main>.+?) (?P<prep>in|across|for|from|to|of) the (?P<kind>{_PLACE_KINDS}) of "
    rf"(?P<names>{_LIST_NAME}(?:, {_LIST_NAME}){{2,}},? and {_LIST_NAME})\.$"
)


def split_closing_place_list(sentence: str, context: RuleContext) -> list[str]:
    """A closing list of places gets a sentence of its own ("The counties are A, B and C").

    "… damaged by the storm in the counties of A, B, …, and Z." → "… damaged by the storm in
    the following counties. The counties are A, B, …, and Z." The list is read as a list, and
    the sentence before it says its one thing. Only a list of three or more names ends the
    sentence, so nothing after it is torn away from its clause.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _CLOSING_PLACES.match(sentence)
    if match is None or word_count(match.group("main")) < 8:
        return [sentence]
    kind = match.group("kind")
    context.changes.append(f"moved the list of {kind} to its own sentence")
    return [
        f"{match.group('main')} {match.group('prep')} the following {kind}.",
        f"The {kind} are {match.group('names')}.",
    ]


_REACH_VERBS: Final = r"reach(?:es|ed)?|stretch(?:es|ed)?|extend(?:s|ed)?|spread(?:s)?"
_LONG_RANGE: Final = re.compile(
    rf"^(?P<subject>[A-Z][\w'’-]*(?: [\w'’-]+){{0,5}}) (?P<verb>{_REACH_VERBS}) from "
    r"(?P<start>[^,;:()–—]+?) to (?P<end>[^,;:()–—]+?)(?P<stop>[.!?])$"
)
"""A sentence that says how far something reaches, "X reaches from A to B", and nothing more."""
_PLURAL_SUBJECTS: Final = frozenset("these those they we".split())
_AUXILIARY_WORDS: Final = frozenset([*FINITE_AUXILIARIES.split("|"), "to", "not"])


def split_long_range(sentence: str, context: RuleContext) -> list[str]:
    """A long "from A to B" of places is told in two steps, the far end in a sentence of its own.

    "It reaches from hubs in the Americas and the Schengen zone to the Sahel battlefields
    and the ports of Southeast Asia." → "It reaches from hubs in the Americas and the
    Schengen zone. It goes as far as the Sahel battlefields and the ports of Southeast
    Asia." "As far as" keeps B as the far end, so the span is still told. Only after a verb of
    extent in space (reach, stretch, extend, spread; not "run", which may be fleeing, nor
    "range", a span of sizes), when each end holds at least four words and no figure: "from
    about 200 families to over 1,400" and "from Galway to the north of Donegal" stay whole.
    The new sentence names the subject again by a pronoun ("It", "They"), which can only be
    the subject just named.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _LONG_RANGE.match(sentence)
    if match is None:
        return [sentence]
    start, end = match["start"], match["end"]
    if word_count(start) < 4 or word_count(end) < 4 or re.search(r"\d", start + end):
        return [sentence]
    first = end.split(" ", 1)[0]
    if first.islower() and first not in DETERMINERS and is_base_verb(first):
        return [sentence]  # "… run from home to make a living": "to" opens a purpose
    subject = match["subject"].split()
    if any(w.lower() in _AUXILIARY_WORDS for w in subject):
        return [sentence]  # "The line will reach from …": the verb is not the word matched
    head = subject[-1]
    plural = head.lower() in _PLURAL_SUBJECTS or (
        len(subject) > 1 and head.islower() and is_plural_noun(head)
    )
    pronoun = "They" if plural else "It"
    if head.lower() in ("i", "you", "we"):
        pronoun = capitalise(head)
    context.changes.append("told a long range from A to B in two sentences")
    return [
        f"{match['subject']} {match['verb']} from {start}.",
        f"{pronoun} {_went(match['verb'])} as far as {end}{match['stop']}",
    ]


def _went(verb: str) -> str:
    """The verb "go" in the tense of a verb of extent ("reaches" → "goes", "stretched" → "went").

    "Goes as far as" is the plainest way to name the far end; "spread" stays itself, since it
    also says the thing grew to get there ("The fire spread as far as the school").
    """
    if verb.startswith("spread"):
        return verb
    if verb.endswith("ed"):
        return "went"
    return "goes" if verb.endswith("s") else "go"


def split_coordinated_verbs(sentence: str, context: RuleContext) -> list[str]:
    """Two joined verbs become two sentences: "I am glad to join X and greet you" → "… I greet you".

    Only after a subject that is a pronoun, so the new sentence's subject is certain.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<subj>I|We) (?P<aux>am|are|want|wish|would like|hope) (?P<adj>(?:glad|happy|pleased|"
        r"honoured|honored|proud) )?to (?P<a>[^,;]+?) and (?P<verb>[a-z]+) (?P<rest>.+)$",
        sentence,
    )
    if match is None or not is_base_verb(match.group("verb")) or word_count(match.group("a")) < 4:
        return [sentence]
    context.changes.append("split two joined verbs into two sentences")
    subject, aux, adj = match.group("subj"), match.group("aux"), match.group("adj") or ""
    first = f"{subject} {aux} {adj}to {match.group('a')}."
    second = f"{match.group('subj')} {match.group('verb')} {match.group('rest')}"
    return [re.sub(r"\s+", " ", first), second]


def split_repeated_preposition(sentence: str, context: RuleContext) -> list[str]:
    """A repeated preposition splits: "X reminds us of A, and of B" → "It also reminds us of B"."""
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<head>.+? (?P<verb>[a-z]+s) (?P<obj>us|them|you|me|everyone) "
        r"(?P<prep>of|about|to|for)) (?P<a>[^,;]+), and (?P=prep) (?P<b>.+)$",
        sentence,
    )
    if match is None or word_count(match.group("a")) < 2:
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
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = re.match(
        r"^(?P<thanks>(?:(?:A|My|Our) )?(?:(?:special|warm|big|sincere|heartfelt) )?"
        r"(?:thanks|gratitude) (?:go(?:es)? )?to [^,;]+?) for (?P<verb>[a-z]+ing) (?P<rest>.+)$",
        sentence,
        flags=re.IGNORECASE,
    )
    if match is None:
        return [sentence]
    verb = verb_of_participle(match.group("verb"))
    past = past_tense(verb) if verb else None
    if past is None:
        return [sentence]
    context.changes.append("split thanks and the reason for them")
    return [f"{match.group('thanks')}.", f"They {past} {match.group('rest')}"]


def split_thus(sentence: str, context: RuleContext) -> list[str]:
    """A result gets its own sentence: ", thus re-establishing X" → ". This re-established X"."""
    match = re.match(
        r"^(?P<main>.{20,}?),? (?:thus|thereby|so) (?P<verb>[a-z-]+ing)\b(?P<rest>.+)$", sentence
    )
    if match is None or re.search(r"\bin$", match.group("main")):
        # "and in so doing passes": "so doing" is not a result clause.
        return [sentence]
    verb = verb_of_participle(match.group("verb"))
    if verb is None:
        return [sentence]
    form = inflect(verb, "VBD" if is_past(match.group("main")) else "VBZ")
    if form is None:
        return [sentence]
    context.changes.append("split off the result clause")
    return [f"{match.group('main')}.", f"This {form}{match.group('rest')}"]


_SECOND_REQUEST: Final = re.compile(
    r"^(?P<subj>[A-Z][^,;:]{2,60}?) (?P<verb>(?:calls?|called) (?:on|upon)|urges?|urged"
    r"|asks?|asked|invites?|invited|encourages?|encouraged|requests?|requested)"
    r" (?P<obj>[^,;:]{2,60}?) to (?P<a>[^;:]+?), and to (?P<b>[a-z][^;:]+[.!?])$"
)
"""A request with two aims: "X called on Y to investigate …, and to keep Z informed"."""


def split_second_request(sentence: str, context: RuleContext) -> list[str]:
    """A request's second aim after ", and to" is asked again in a sentence of its own.

    "The members called on the Government to investigate the attack, and to keep the
    countries informed." → "… to investigate the attack. The members also called on the
    Government to keep the countries informed." Who asks and who is asked are said again, so
    each sentence stands alone; a list of aims ("to A, to B, and to C") stays whole.
    """
    found = _SECOND_REQUEST.match(sentence)
    if found is None or word_count(sentence) <= context.long_words:
        return [sentence]
    if re.search(r",\s+to\s", found["a"]) or word_count(found["a"]) < 3:
        return [sentence]
    if re.search(r"\b(?:who|which|that|and|or)\b", found["subj"]) or word_count(found["subj"]) > 8:
        return [sentence]
    context.changes.append("asked the second request in a sentence of its own")
    # "I have also asked …, and to report": the subject already says "also" once.
    also = "" if re.search(r"\balso$", found["subj"]) else " also"
    again = f"{found['subj']}{also} {found['verb']} {found['obj']} to {found['b']}"
    return [f"{found['subj']} {found['verb']} {found['obj']} to {found['a']}.", again]
