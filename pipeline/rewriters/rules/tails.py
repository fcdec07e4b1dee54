"""Sentence rules for long tails that official notices hang on a main clause.

"X is available to A on a B basis for C" and "… efforts in the areas affected by D" are
each one idea followed by conditions; said one at a time they read easier, with the thing
they are about named again ("It is …", "These efforts are …").
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.rewriters.rules.context import RuleContext
from pipeline.rewriters.rules.english import (
    FUNCTION_WORDS,
    MORE_PREPOSITIONS,
    PREPOSITION_INGS,
    PREPOSITIONS,
    capitalise,
    inflect,
    is_noun,
    is_past,
    is_plural_noun,
    third_person,
    verb_of_participle,
    word_count,
)

_AVAILABLE_ON_BASIS: Final = re.compile(
    r"^(?P<main>[A-Z][^,;:]*? (?P<be>is|are) (?:available|open|offered|given) to .{8,}?) "
    r"(?P<basis>on an? [\w-]+ basis)(?: (?P<purpose>for .{8,}?))?(?P<end>[.!?])$"
)
"""A grant and its terms: who may have it, then the basis (and what it pays for)."""

AFFECTED_PLACES: Final = frozenset(
    {
        "areas",
        "area",
        "places",
        "regions",
        "region",
        "counties",
        "county",
        "communities",
        "states",
        "parts",
        "zones",
    }
)
"""Places a closing "in the … affected by" names: what a notice's help or work is for."""

AFFECTED_PLACES_WORK: Final = frozenset(
    {
        "efforts",
        "effort",
        "work",
        "operations",
        "assistance",
        "aid",
        "help",
        "relief",
        "programs",
        "programmes",
        "projects",
        "services",
        "measures",
        "activities",
        "recovery",
    }
)
"""What goes on in the places affected: "These efforts are in the areas …" holds while it
lasts. A thing ("lost their homes in the areas hit …") or a deed done there is left whole:
"These homes are in the areas" would drop that they were lost there."""

_AFFECTED_TAIL: Final = re.compile(
    r"^(?P<main>[A-Z].{30,}? (?P<noun>[a-z]+)) "
    r"(?P<tail>in the (?P<place>[a-z]+) (?:affected|hit|damaged|struck) by [^;:]{4,}?)"
    r"(?P<end>[.!?])$"
)


DOCUMENTS: Final = (
    "Executive Order|Proclamation|Presidential Memorandum|Memorandum|Directive|Decree|"
    "Resolution|Bill|Act|Law|Rule|executive order|proclamation|memorandum|directive|decree|"
    "resolution|bill|law|rule"
)
"""Documents that, once signed, require or direct things themselves."""

DOCUMENT_DEEDS: Final = (
    "requiring|directing|ordering|allowing|establishing|creating|banning|barring|granting|"
    "restricting|prohibiting|calling"
)
"""What a document does ("…, requiring a payment"): said again with the document as subject."""

_SIGNED_DOCUMENT: Final = re.compile(
    r"^(?P<main>[A-Z][^;:]*? (?:signed|issued|enacted|adopted|passed|approved) "
    rf"(?:a|an|the) (?:new )?(?P<doc>{DOCUMENTS})\b[^,;:]{{0,160}}), "
    rf"(?P<verb>{DOCUMENT_DEEDS}) (?P<rest>[^;]{{8,}})$"
)


def split_document_deed(sentence: str, context: RuleContext) -> list[str]:
    """What a signed document does gets a sentence with the document as subject.

    "He signed a Proclamation to limit entry, requiring a payment." → "He signed a
    Proclamation to limit entry. The Proclamation requires a payment." The phrase tells what
    the document says, which holds as long as it does, so the verb is in the present.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _SIGNED_DOCUMENT.match(sentence)
    if match is None or word_count(match.group("main")) < 6:
        return [sentence]
    verb = verb_of_participle(match.group("verb"))
    if verb is None:
        return [sentence]
    context.changes.append("gave what the signed document does a sentence of its own")
    said = f"The {match.group('doc')} {third_person(verb)} {match.group('rest')}"
    return [f"{match.group('main')}.", said]


def split_available_basis(sentence: str, context: RuleContext) -> list[str]:
    """A grant's terms get sentences: "X is available to A on a B basis for C." → three.

    "X is available to A. It is on a B basis. It is for C." Who may have a grant,
    on what terms and for what, are three facts; "It" is the grant the first
    sentence names, as its subject is the only thing that "is" anything there.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _AVAILABLE_ON_BASIS.match(sentence)
    if match is None:
        return [sentence]
    pronoun = "They" if match.group("be") == "are" else "It"
    be, end = match.group("be"), match.group("end")
    parts = [f"{match.group('main')}.", f"{pronoun} {be} {match.group('basis')}{end}"]
    if match.group("purpose"):
        parts[1] = f"{pronoun} {be} {match.group('basis')}."
        parts.append(f"{pronoun} {be} {match.group('purpose')}{end}")
    context.changes.append("gave a grant's terms sentences of their own")
    return parts


def split_affected_places(sentence: str, context: RuleContext) -> list[str]:
    """A closing "in the areas affected by …" gets a sentence, naming what lies there.

    "… recovery efforts in the areas affected by the storm." → "… recovery efforts. These
    efforts are in the areas affected by the storm." The work before the tail is what
    goes on in those places, so it is named again with "This"/"These"; anything
    else there (`AFFECTED_PLACES_WORK`) leaves the sentence whole.
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _AFFECTED_TAIL.match(sentence)
    if (
        match is None
        or match.group("place") not in AFFECTED_PLACES
        # "… by the storm, which …" or ", and …": a clause goes on past the places.
        or re.search(r", (?:and|or|but|which|who|while|as|where)\b", match.group("tail"))
    ):
        return [sentence]
    noun = match.group("noun")
    main = match.group("main")
    if (
        noun not in AFFECTED_PLACES_WORK
        or word_count(main) < 8
        or word_count(match.group("tail")) < 6
    ):
        return [sentence]
    plural = is_plural_noun(noun)
    restated = f"{'These' if plural else 'This'} {noun} {'are' if plural else 'is'}"
    context.changes.append("gave the places affected a sentence of their own")
    return [f"{main}.", f"{restated} {match.group('tail')}{match.group('end')}"]


_WITH_TAIL: Final = re.compile(
    r"^(?P<main>[^;:]{20,}?), with (?P<tail>[^;:,\"“”()]+)(?P<end>[.!?])$"
)
"""A closing ", with …" that runs to the end of the sentence, in one piece (no comma inside)."""
_LEADS_A_SUBJECT: Final = frozenset(
    "the a an its their his her our some many most all both few fewer more several no "
    "about nearly over around almost".split()
)
"""Words that may open the noun phrase of ", with prices rising": determiners, quantities."""
_MAIN_MODALS: Final = re.compile(r"\b(?:would|could|should|might|may|must|can|shall)\b")


def _is_head_noun(word: str) -> bool:
    """True for a noun or a figure that can head a subject ("prices", "300"), not "long"."""
    return is_noun(word) or bool(re.fullmatch(r"[\d.,]+%?", word))


def _absolute_parts(tail: str) -> tuple[str, str, str] | None:
    """The noun phrase, the -ing verb and the rest of ", with prices rising in every region".

    The noun phrase is 1 to 4 words: an opening determiner or quantity, then words that are no
    function word or preposition ("of" may join two), ending in a noun. None when no reading
    fits ("with emphasis on not just spending more" has a preposition inside).
    """
    words = tail.split()
    for index in range(1, min(5, len(words))):
        ing = words[index]
        noun_phrase = words[:index]
        if not ing.endswith("ing") or ing in PREPOSITION_INGS or verb_of_participle(ing) is None:
            continue
        inner = noun_phrase[1:] if noun_phrase[0].lower() in _LEADS_A_SUBJECT else noun_phrase
        if not inner or noun_phrase[-1] == "of" or not _is_head_noun(noun_phrase[-1]):
            continue
        if any(
            word.lower() in FUNCTION_WORDS - {"of"}
            or word in PREPOSITIONS - {"of"}
            or word in MORE_PREPOSITIONS
            for word in inner
        ):
            continue
        return " ".join(noun_phrase), ing, " ".join(words[index + 1 :])
    return None


def split_with_absolute(sentence: str, context: RuleContext) -> list[str]:
    """A closing ", with prices rising in every region" becomes a sentence of its own.

    "Inflation fell again, with prices rising in every region." → "Inflation fell again.
    Prices rose in every region." The noun phrase becomes the subject; the verb takes the
    main clause's time: past ("rose"), "will rise", the present ("rise"), or the present as it
    goes on after a main clause that is going on ("is championing" → "Prices are rising"). Left
    whole after a main clause with another modal ("could", "may"), and when a
    second -ing form or a clause follows ("and wages falling", "which …").
    """
    if word_count(sentence) <= context.long_words:
        return [sentence]
    match = _WITH_TAIL.match(sentence)
    if match is None or word_count(match["main"]) < 5:
        return [sentence]
    parts = _absolute_parts(match["tail"])
    if parts is None:
        return [sentence]
    noun_phrase, ing, rest = parts
    if re.search(r"\b(?:and|or|but|which|who|while|whose)\b", rest) or re.match(
        r"(?:it|them|him|her|us|me)\b", noun_phrase, re.IGNORECASE
    ):
        return [sentence]
    main = match["main"]
    if _MAIN_MODALS.search(main) or main.count(",") > 1:
        # "In the third round, the Conference Finals, the two teams play each other": a
        # main clause of three pieces, which other rules would cut at an aside.
        return [sentence]
    verb = verb_of_participle(ing)
    head = noun_phrase.split()[-1]
    plural = is_plural_noun(head) or (head[0].isdigit() and not re.match(r"1\b", head))
    if verb is None:
        return [sentence]
    if re.search(r"\bwill\b", main):
        said = f"will {verb}"
    elif verb == "be":
        said = ("were" if plural else "was") if is_past(main) else ("are" if plural else "is")
    elif is_past(main):
        past = inflect(verb, "VBD")
        if past is None:
            return [sentence]
        said = past
    elif re.search(r"\b(?:am|is|are)\b(?: \w+ly)? \w+ing\b", main):
        said = f"{'are' if plural else 'is'} {ing}"
    else:
        said = verb if plural else third_person(verb)
    tail = f" {rest}" if rest else ""
    context.changes.append("told the closing “with …” phrase as a sentence of its own")
    return [f"{main}.", f"{capitalise(noun_phrase)} {said}{tail}{match['end']}"]
