"""Discourse rules: greetings, title lines, list items, acronyms and repeated names.

These look past one clause: at the whole greeting, the statement's title block, the sentences
around an acronym or a long name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pipeline.metadata import (
    IN_BRIEF,
    ISSUER_NOTES,
    day_in_words,
    in_brief,
    is_embargo,
    is_label_line,
    place_phrase,
)
from pipeline.models import (
    StatementMeta,
)
from pipeline.rewriters.rules.context import RuleContext
from pipeline.rewriters.rules.english import FUNCTION_WORDS, capitalise, is_past_verb, well_known
from pipeline.stages import factguard
from pipeline.text import FOOTNOTE_DIGITS, GAP_MARK, STAGE_DIRECTION, split_sentences


def tidy_list_item(sentence: str, context: RuleContext) -> list[str]:
    """A list item ends like a sentence, so it is read and spoken as one idea.

    Items often end with ';', ',' or '; and', and start with 'And'; in the plain version each
    stands alone.
    """
    # "… access; and" before the last item: the list's own joining word, not the item's.
    tidy = re.sub(r"[;,]\s*(?:and|or)?\s*$", ".", sentence.strip(), flags=re.IGNORECASE)
    tidy = re.sub(r"^(?:and|or)\s+(?=\w)", "", tidy, flags=re.IGNORECASE)
    if not re.search(rf"[.!?:][{FOOTNOTE_DIGITS}]*$", tidy):  # a footnote's mark may follow
        tidy += "."
    return [capitalise(tidy)]


def is_rewritten(lang: str) -> bool:
    """Whether the rules know the language: English (en, en-GB, en_US …) only."""
    return lang.replace("_", "-").split("-")[0].lower() == "en"


ROLE_ALONE: Final = re.compile(
    r"(?:(?:Chief|Deputy|Assistant|Vice|Prime|Lord|High|Police|Fire|Detective) )*"
    r"(?:Constable|Minister|Secretary|President|Commissioner|Mayor|Governor|Speaker|Director|"
    r"Chair(?:person|man|woman)?|Ambassador|Inspector|Superintendent|Judge|Justice|Officer|"
    r"Senator|Councill?or|Representative)s?"
    r"(?: General)?"
)
"""An office named without a person ("Chief Constable"), or its holders ("Honourable
Senators"): it takes "the" in a sentence ("Hello to Senators, …" read as a headline)."""


_THANKS: Final = re.compile(r"^(?:and\s+)?(?:thank you|thanks|many thanks)\b", re.IGNORECASE)
"""A greeting's sentence that thanks someone: "Thank you, Chair", "and thank you all …"."""
_TIME_OF_DAY: Final = re.compile(
    r"(?:and\s+)?good (?:morning|afternoon|evening|day)"
    r"(?:,?\s+(?:everyone|everybody|all|all of you|friends|colleagues))?[.!,]?",
    re.IGNORECASE,
)
"""A greeting to the room that is plain already: "good morning, everyone"."""
_NEXT_COURTESY: Final = re.compile(
    r",?\s+and\s+(?=(?:thank you|thanks|good (?:morning|afternoon|evening|day)|hello|welcome)\b)",
    re.IGNORECASE,
)
"""Where a thanks runs on into the next courtesy: "Thank you, Chair, and good morning, …"."""


def short_greeting(text: str) -> str:
    """The ceremonial greeting becomes a short line; whoever is named or thanked is kept.

    "Mr Chairperson, Excellencies, distinguished guests," says "hello" to the room; a listener
    gains nothing from the list of titles, but a named person is a fact and stays, with the
    role that goes with the name ("Volkan Bozkir, President of the General Assembly"), so a
    name of several words is never cut into a list of single words. A thanks is said to
    someone and stays as said, a sentence of its own ("Thank you, Chair, and good morning,
    everyone." → "Thank you, Chair. Good morning, everyone."): made a hello, it was lost.
    """
    if re.fullmatch(r"\s*Dear\s+[^,;:.!?]{1,60}[,:]?\s*", text):
        # A letter's "Dear Parents and Carers," is plain already, and names its readers;
        # "Hello to Parents and Carers and to you all." greeted a room that is not there.
        return text.strip()
    pieces = [
        re.sub(r"^and\s+", "", piece.strip(" ,;:"), flags=re.IGNORECASE)
        for line in text.splitlines()
        for sentence in split_sentences(line)
        for piece in _NEXT_COURTESY.split(sentence)
        if piece.strip(" ,;:.")
    ]
    if not any(_THANKS.match(piece) for piece in pieces):
        return _hello(text)
    lines: list[str] = []
    others: list[str] = []
    for piece in [*pieces, ""]:
        if piece and not _THANKS.match(piece):
            others.append(piece)
            continue
        if others and all(_TIME_OF_DAY.fullmatch(other) for other in others):
            # "Good morning, everyone" is plain already, and says what "Hello to you all" does.
            lines += [capitalise(other.rstrip(".!,")) + "." for other in others]
        elif others:
            lines.append(_hello("\n".join(others)))
        thanks, others = _thanks_and_room(piece)
        if thanks:
            lines.append(capitalise(thanks) + ".")
    return " ".join(lines)


def _thanks_and_room(piece: str) -> tuple[str, list[str]]:
    """A thanks and the forms of address said after whom it thanks, which greet the room.

    "Thank you very much, Madam Chair, Excellencies, distinguished delegates" thanks the
    Chair; "Excellencies" and "distinguished delegates" are a hello to everyone.
    """
    if not piece:
        return "", []
    head, *parts = piece.rstrip(".!").split(", ")
    kept = [head, *parts[:1]]
    room: list[str] = []
    for part in parts[1:]:
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", part)}
        if words and words <= _ADDRESS_ONLY_WORDS:
            room.append(part)
        else:
            kept.append(part)
    return ", ".join(kept), room


def _hello(text: str) -> str:
    """A greeting's forms of address as one hello that keeps the names in them."""
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
        if start == len(words) - 1 and start and words[start - 1].lower().strip(".") in _TITLES:
            # "Mr Williams" stays: a surname alone ("Hello to Williams") sounds curt, or like
            # a roll call; "Mr Antonio Guterres" may lose the "Mr" before the given name.
            start -= 1
        # "Excellency Mr Guterres" -> "Mr Guterres"; "Vice President Harris" stays
        words = words[start:]
        if (len(words) > 2 and words[1] == "of" and words[0].lower() in factguard.HONORIFICS) or (
            ROLE_ALONE.fullmatch(" ".join(words))
        ):
            # "Mr President of the General Assembly" -> "the President of the General Assembly";
            # "Thank you, Chief Constable," -> "the Chief Constable"
            words = ["the", *words]
        kept.append(" ".join(words))
    kept = list(dict.fromkeys(kept))
    if not kept:
        return "Hello to you all."
    if len(kept) == 1:
        return f"Hello to {kept[0]} and to you all."
    return f"Hello to {', '.join(kept)}, and to you all."


_ADDRESS_ONLY_WORDS: Final = frozenset(
    "ladies gentlemen distinguished delegates delegations dear friends excellencies excellency "
    "colleagues mr mrs ms madam madame mister sir president chair chairman chairperson "
    "chairwoman members fellow honourable honorable guests esteemed brothers sisters everyone "
    "and my of the".split()
)
_ADDRESS_CORE_WORDS: Final = _ADDRESS_ONLY_WORDS - {"and", "my", "of", "the"}


def is_form_of_address(paragraph: str) -> bool:
    """True for a paragraph that only turns to the audience: "Ladies and Gentlemen,".

    In the middle of a speech such a line marks a pause for the room; in a plain version it is
    a line the reader must skip. Anything with a name or a word of substance is kept.
    """
    if not re.search(r"[,:!]\s*$", paragraph):
        return False
    words = [word.lower() for word in re.findall(r"[A-Za-z]+", paragraph)]
    return (
        0 < len(words) <= 8
        and set(words) <= _ADDRESS_ONLY_WORDS
        and bool(set(words) & _ADDRESS_CORE_WORDS)
    )


_GREETING_PART: Final = re.compile(r"[,;\n]+")
_COURTESIES: Final = frozenset(
    "mr mrs ms miss mister madam madame sir dame dr excellency his her your honourable "
    "honorable hon dear distinguished the".split()
)
"""Polite forms a greeting drops before a name; an office ("Vice President Harris") stays."""
_TITLES: Final = frozenset("mr mrs ms miss mister madam madame sir dame dr".split())
"""Courtesies that go with a surname, and stay when the surname is all the greeting names."""


def title_sentences(meta: StatementMeta, source: str = "") -> list[str]:
    """The title block told as short sentences: who spoke, in what role, at what, where, when.

    Title lines are labels ("Jürgen Stock, INTERPOL Secretary General"), read as one long
    run-on line. Told as sentences from the fields the split stage read out of them, every
    name, number and date stays as written and a reader learns who, what, where and when.
    A block that names no speaker (a press release) is told when it says where or when: "It
    was issued in Geneva, on 21 November 2025.". `source` is the block's own text: a date it
    labels "Published:" dates the page, not the speech, and is told as such ("It was
    published on …"), never as the day it "took place".
    """
    if not meta.speaker and not (meta.place or meta.date_text or meta.notes):
        return []
    title = meta.title.strip().rstrip(".")
    speaker = (meta.speaker or "").strip()
    if title.endswith(("?", "!")):
        # "Missing: Have you seen Ellie Marsden?" ends itself ("?." read as a typing slip).
        sentences = [title] + ([f"It is a statement by {speaker}."] if speaker not in title else [])
    elif speaker and speaker not in title and re.match(r"[^:]{2,40}: \S", title):
        # A headline, its subject before a colon: "Sudan: civilians killed in North Darfur by
        # Ravina Shamdasani." had read as though she killed them.
        sentences = [f"{title}.", f"It is a statement by {speaker}."]
    else:
        sentences = [f"{title} by {speaker}." if speaker not in title else f"{title}."]
    # "Speech by the Minister for Housing at …" names the office: who holds it is told apart
    # ("… Summit by Tomas Lindqvist." had read "by … by").
    by_office = bool(
        speaker
        and speaker not in title
        and meta.speaker_role
        and re.search(rf"\bby (?:the )?{re.escape(meta.speaker_role)}\b", title)
    )
    if by_office:
        sentences = [f"{title}."]
    # The headline's second line, a sentence ("The Court finds that …"), goes on from it.
    sentences += in_brief(meta)
    if speaker and meta.speaker_role and (by_office or meta.speaker_role not in title):
        sentences.append(f"{speaker} is {_with_article(meta.speaker_role)}.")
    if meta.event and meta.event not in title:
        event, _, part = (p.strip() for p in meta.event.partition(" – "))
        sentences.append(f"The statement was made for {_with_article(event)}.")
        if part:
            sentences.append(f"It was part of {_with_article(part)}.")
    where = " " + place_phrase(meta.place) if meta.place else ""
    date = date_in_words(meta) or meta.date_text
    if date and (weekday := weekday_before_date(meta, source)):
        date = f"{weekday} {date}"  # "Issued: Saturday 21 November 2026": the day is a fact too
    # A proclamation's "November 16 - 22, 2026" is the week it proclaims, not the day it was
    # issued: "issued … for November 16 - 22, 2026".
    proclaims = meta.date_end is not None and "Proclamation" in meta.notes
    when = (" for " if proclaims else " on ") + date.strip() if date else ""
    if when and (time := time_after_date(meta, source)):
        when += f", at {time}"  # "Published: 3 October 2025, 18:40": the hour is a fact too
    label = date_label(meta, source, told_by_issuer=not speaker and not meta.event)
    issued = next((note for note in meta.notes if note.startswith(ISSUER_NOTES)), None)
    issuers = [note for note in meta.notes if note.startswith("Issued by ")]
    together = {issuers[0]: _issued_together(issuers)} if len(issuers) > 1 else {}
    issued = together.get(issued or "", issued)
    told_issuer = False
    if label is not None:
        # The page's date, not the speech's: "It took place on" would invent a fact.
        if where:
            sentences.append(f"{'It took place' if meta.event else 'It was given'}{where}.")
        sentences.append(f"It was {label}{when}.")
    elif where or when:
        spoken = speaker or (meta.speaker_role and _SPOKEN_KIND.search(title))
        subject = "It took place" if meta.event else "It was given" if spoken else "It was issued"
        office = meta.speaker_role
        if not speaker and not meta.event and office and office not in title:
            # "The Secretary-General" above "Message on World Refugee Day": an office alone put
            # it out (a message or a written statement is issued, not given), and the office
            # is told, though the guard would not miss it.
            subject = f"It was issued by {_with_article(office)}"
        elif issued and not meta.event:  # "It was issued by Northshire Police on 14 March 2025."
            subject, told_issuer = f"It was {issued[0].lower()}{issued[1:]}", True
        # "in Kyoto, Japan, on 7-9 March": a comma closes a place that holds one; "in Port
        # Alder on 20-21 November" needs none.
        # "issued by the Embassy of Valmira, London, on 28 November": so too after a body.
        comma = "," if when and "," in (where or (subject if told_issuer else "")) else ""
        sentences.append(f"{subject}{where}{comma}{when}.")
    references = [note.partition(": ")[2] for note in meta.notes if note.startswith("Reference: ")]
    for note in meta.notes:
        told_with = issuers if issued in together.values() else [issued]
        if (told_issuer and note in told_with) or note.startswith(IN_BRIEF):
            continue
        label, _, value = note.partition(": ")
        if note.lower() == "as delivered":
            sentences.append("This is the text as delivered.")
        elif label == "Subjects" and value:
            sentences.append(f"It covers these subjects: {_subjects_told(value)}.")
        elif note.lower() == "for immediate release":
            sentences.append("It is for immediate release.")  # no embargo holds it back
        elif is_embargo(note):
            sentences.append(f"{note.rstrip('.')}.")  # "Embargoed until 00:01 BST, …" says it
        elif label == "Reference" and value:
            if value == references[0]:  # "SG/SM/22456" and "OBV/2301" are told together
                plural = len(references) > 1
                listed = f"{', '.join(references[:-1])} and {references[-1]}" if plural else value
                sentences.append(f"Its reference{'s are' if plural else ' is'} {listed}.")
        elif label == "Case" and value:
            sentences.append(f"The case is {value}.")
        elif label in _BENCH_LABELS and value:
            sentences.append(f"The {_BENCH_LABELS[label]} were {_and_listed(value)}.")
        elif note.startswith("On appeal from "):
            sentences.append(f"The appeal was from {note.removeprefix('On appeal from ')}.")
        elif note.startswith(ISSUER_NOTES):  # when the sentence above told of an event
            if together and note in issuers[1:]:
                continue  # told with the first, in one sentence
            told = together.get(note, note)
            sentences.append(f"It was {told[0].lower()}{told[1:]}.")
        elif note.startswith("Updated "):  # "Updated on 1 December 2026 at 11:05"
            sentences.append(f"It was {note[0].lower()}{note[1:].rstrip('.')}.")
        elif label == "Began" and value:  # "1:05 P.M. EDT" under a briefing's title
            sentences.append(f"It began at {value}.")
        elif _HOLDS_UNTIL.match(note):  # "Valid until: 18 July 2025, 09:00"
            verb = "" if note.lower().startswith("expires") else "is "
            sentences.append(f"It {verb}{note[0].lower()}{note[1:].rstrip('.')}.")
        elif _KIND_TOLD.fullmatch(note):  # "PRESS RELEASE" above the headline
            kind = note[0].lower() + note[1:]
            if kind.endswith("notes"):  # "Press briefing notes": "These are …", not "a …"
                sentences.append(f"These are {kind}.")
            else:
                sentences.append(f"This is {'an' if kind[0] in 'aeiou' else 'a'} {kind}.")
        else:
            sentences.append(f"Note: {note.rstrip('.')}.")
    return sentences


def _subjects_told(subjects: str) -> str:
    """A transcript's "Hospital waiting lists; nurses' pay; bulk billing" as a sentence's list.

    The subjects keep their case as written: after a colon, a capital reads as it should.
    """
    parts = [part.strip() for part in re.split(r"\s*;\s*", subjects) if part.strip()]
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _issued_together(issuers: Sequence[str]) -> str:
    """Two "Issued by" notes as one: "Issued by the Commission and the Returning Officer".

    "Issued by the Northmere Electoral Commission and the Returning Officer, Westvale Town
    Hall, at 02:15": a body above the headline and an officer on the dated line both issued
    it, and "It was issued by" twice read as a slip. The dated line's issuer goes last, next
    to the time and date it gives.
    """
    bodies = [note.removeprefix("Issued by ") for note in [*issuers[1:], issuers[0]]]
    return f"Issued by {', '.join(bodies[:-1])} and {bodies[-1]}"


_SPOKEN_KIND: Final = re.compile(r"\b(?:address|speech|remarks|lecture|sermon)\b", re.IGNORECASE)
"""Titles of words said aloud: given by an office ("address by the Lord Mayor"), not issued."""
_BENCH_LABELS: Final = {
    "Justices": "justices", "Judges": "judges", "Before": "judges", "Bench": "judges",
    "Panel": "judges",
}  # fmt: skip
"""A court summary's line of who sat, by its label, and the word the told sentence uses."""
_HOLDS_UNTIL: Final = re.compile(
    r"(?:valid|in force|in effect|effective) (?:until|till|from|to) |expires ", re.I
)
"""A notice's time in force, from its title block ("Valid until 18 July 2025, 09:00")."""
_KIND_TOLD: Final = re.compile(
    r"(?:Press|News|Media|Statistical) (?:release|advisory)|(?:Press|Judgment) summary|News story"
    r"|(?:Product )?(?:safety )?recall|(?:Witness|Police|Public) appeal"
    r"|(?:(?:Oral|Written) s|S)tatement to Parliament|Note to correspondents|Readout"
    r"|Joint (?:notice|statement|release|press release|update|advisory|announcement)"
    r"|Executive order|Proclamation|Press briefing notes"
)


def _and_listed(names: str) -> str:
    """A list of names read as a sentence: "A, B, C" becomes "A, B and C"."""
    head, comma, last = names.rpartition(", ")
    return f"{head} and {last}" if comma and " and " not in last else names


def calmed_words(source: str, told: Sequence[str]) -> dict[str, str]:
    """Words a title block shouts ("GENEVA", "PRESS RELEASE") and the case `told` gives them.

    The split stage reads shouted lines in ordinary case, so the told sentences say "Geneva"
    and "Note: Press release."; the fact guard, which matches names by case, takes those as
    the same words. Acronyms ("UNHCR") are told as written and need nothing. A kind's words
    in title case ("Press Summary") are told in lower case ("This is a press summary.").
    """
    said = set(re.findall(r"[^\W\d_]+", " ".join(told)))
    forms: dict[str, str] = {}
    for word in set(re.findall(r"[^\W\d_]{2,}", source)):
        if not (word.isupper() or word.istitle()) or word in said:
            continue
        calm = next((form for form in (word.capitalize(), word.lower()) if form in said), None)
        if calm is not None:
            forms[word] = calm
    # "PRESIDENT GEORGE W. BUSH'S ADDRESS …": the guard reads "BUSH'S" as one name, which the
    # told "Bush's" keeps; without it the title block stayed in capitals, each line with a
    # full stop ("January 31, 2006.").
    told_text = " ".join(told)
    for word, mark in set(re.findall(r"\b([^\W\d_]{2,})(['’])S\b", source)):
        calm = forms.get(word, word if word in said else None)
        if calm is not None and f"{calm}{mark}s" in told_text:
            forms[f"{word}{mark}S"] = f"{calm}{mark}s"
    return forms


_NUMERIC_DATE: Final = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{2,4}")


def date_in_words(meta: StatementMeta) -> str | None:
    """A date written in figures ("24.09.2024") told in words ("24 September 2024"), or None.

    Figures leave the reader to guess the order (24 September, or 9 April in the US?); the
    split stage already read the date as ISO, so the words say what it found. A date already
    in words, or a range, stays as written, but for a seal's ("this 20th day of November,
    2026"), which is told the short way.
    """
    if not meta.date_text or not meta.date_start or meta.date_end:
        return None
    # A seal's "20th day of November, 2026" is told as "20 November 2026" too.
    sealed = re.search(r"\bday\s+of\b", meta.date_text, re.IGNORECASE)
    if not _NUMERIC_DATE.fullmatch(meta.date_text.strip()) and not sealed:
        return None
    year, month, day = (int(part) for part in meta.date_start.split("-"))
    return day_in_words(year, month, day, "en")


def date_label(meta: StatementMeta, source: str, told_by_issuer: bool = False) -> str | None:
    """The word `source` dates the page with ("published"), or None for the speech's own date.

    "Published: 24.09.2024" (or "Posted:", "Updated:") says when the page went up, which may
    not be the day the speech was given. With `told_by_issuer` (no speaker and no event, so
    the issuer's sentence tells the day), "Issued: 28 November 2026" is that sentence's own
    date: "It was issued on …" then "It was issued by …" had said it twice.
    """
    if not meta.date_text:
        return None
    label = re.search(
        rf"\b(published|posted|updated|issued)(?:\s*:|\s+on)?[\s*_]*{re.escape(meta.date_text)}",
        source,
        re.I,
    )
    word = label[1].lower() if label else None
    return None if word == "issued" and told_by_issuer else word


_CLOCK: Final = re.compile(
    r"(?:,\s*|\s+at\s+|\s+[-–|]\s+|\s+)(?P<time>\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?"
    r"(?:\s+(?:[A-Z]{1,3}T|UTC(?:[+-]\d{1,2})?)\b)?|\d{1,2}\s*[aApP]\.?[mM]\.?)(?![\w:.]*\d)"
)
"""A time of day after a date: "18:40", "4.15pm", "10:30 BST" (a zone ends in T: "BOIL" in a
banner below is none)."""


_WEEKDAY_BEFORE: Final = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$", re.IGNORECASE
)


def weekday_before_date(meta: StatementMeta, source: str) -> str | None:
    """The day of the week written right before the date in `source` ("Saturday"), or None."""
    # The date is read in sentence case from a shouted line ("MONDAY, 30 NOVEMBER 2026").
    at = source.lower().find(meta.date_text.lower()) if meta.date_text else -1
    found = _WEEKDAY_BEFORE.search(source[max(0, at - 12) : at]) if at > 0 else None
    return found.group(1).capitalize() if found else None


_ISSUED_AT: Final = re.compile(
    r"\b(?:issued|published|updated|posted)(?:\s+at)?\s+"
    r"(?P<time>\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?)(?:\s*,|\s+on)?\s+"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$",
    re.IGNORECASE,
)
"""A time of day that the issuing line gives before its date: "issued 16:20, Sunday …"."""


def time_after_date(meta: StatementMeta, source: str) -> str | None:
    """The time of day written right after the date in `source` ("…2025, 18:40"), or None.

    An update gives its hour before the date ("Update 3 – issued 16:20, Sunday 29 November
    2026"): that hour is the same fact, told after the date too.
    """
    if not meta.date_text:
        return None
    at = source.find(meta.date_text)
    found = _CLOCK.match(source, at + len(meta.date_text)) if at >= 0 else None
    if found is None and at > 0:
        before = _ISSUED_AT.search(source[max(0, at - 40) : at])
        return before["time"] if before else None
    return found["time"] if found else None


def _with_article(phrase: str) -> str:
    """A role or event takes "the" ("the INTERPOL Secretary General") unless it has one."""
    if re.match(r"(?:the|a|an|his|her|their|its)\s", phrase, re.IGNORECASE):
        return phrase
    return f"the {phrase}"


_CLAUSE_OPENERS: Final = frozenset(
    "i we you he she it they this that there these those yet but and so or".split()
)
"""Words that open a clause of its own after a dash, unlike "to encourage" or "the ..."."""


def _room_note(found: re.Match[str]) -> str:
    """What a transcript note leaves in the plain version: nothing, or a gap's mark as it is."""
    return found[0] if GAP_MARK.search(found[0]) else ""


def _between_dashes(found: re.Match[str]) -> str:
    """A note between two dashes: gone with both, or one dash left before a new clause."""
    if GAP_MARK.search(found[0]):
        return found[0]
    return f" {found[1]}" if found[2].lower() in _CLAUSE_OPENERS else ""


def drop_stage_directions(sentence: str, context: RuleContext) -> list[str]:
    """Transcript notes such as "(Applause.)" were not said; the plain version drops them.

    A note that words are missing ("[inaudible]", "[crosstalk]") is a fact about the record,
    not the room: it stays, as written, where the words are missing.
    """
    # "tax credit -- (applause) -- to encourage": the dashes set the note apart and go with it.
    # Before a new clause ("a personal crisis -- (laughter) -- it is a national challenge")
    # one dash stays: it is the mark between the two clauses the speaker said.
    stripped = re.sub(
        rf"\s+(--|[–—])(?:{STAGE_DIRECTION.pattern})\s+\1(?=\s+(\w+))",
        _between_dashes,
        sentence,
        flags=re.IGNORECASE,
    )
    stripped = STAGE_DIRECTION.sub(_room_note, stripped).strip()
    if GAP_MARK.fullmatch(stripped):
        return [stripped]  # "[inaudible]" where a whole sentence is missing
    if re.fullmatch(r"\[[^\[\]]+\]", stripped):
        # "[1]": a bracketed mark alone. A direction ("[At this point, a moment of silence
        # was observed.]") never gets here: it is kept as written (`_apply_guarded`).
        stripped = ""
    if stripped != sentence.strip():
        context.changes.append("dropped a transcript note")
    return [stripped] if stripped else []


_JOINED_ADDRESS: Final = re.compile(
    r"^(?P<address>[A-Z][A-Za-z.]*(?: [A-Za-z.]+){0,7}),\s+(?P<rest>(?P<first>[A-Z][a-z]*)\s.+)$"
)
"""A form of address, a comma, then a capitalised word: "Mister President, The United …"."""


def drop_joined_address(sentence: str, context: RuleContext) -> list[str]:
    """A form of address run into the sentence after it is left out, as it is on its own line.

    A scan or a transcript can join the line "Mister President," to the paragraph below it:
    "Mister President, The United Nations is a place …" has a capital where the sentence
    began. On a line of its own the address is left out (`is_form_of_address`); so it is here.
    A comma and a lowercase word ("Mister President, we must act"), "I", or a name after it
    ("Mr. Speaker, Vice President Cheney, …") is an address said within its sentence: it stays.
    """
    joined = _JOINED_ADDRESS.match(sentence)
    if joined is None or not is_form_of_address(f"{joined['address']},"):
        return [sentence]
    if joined["first"] == "I" or joined["first"].lower() not in FUNCTION_WORDS:
        return [sentence]
    context.changes.append(f"form of address left out: {joined['address']},")
    return [joined["rest"]]


def explain_acronyms(sentence: str, context: RuleContext) -> list[str]:
    """An acronym is explained the first time a section uses it, in a short sentence of its own.

    A separate sentence ("INTERPOL is short for …") keeps the original sentence short, which a
    bracketed expansion would not. "Is short for" is true of every short form, where "stands
    for" is not: INTERPOL's letters are not the initials of its name, and UNICEF's are those
    of a name it no longer has. It comes before the sentence, or after one that opens with
    a pronoun ("It …"), which must stay next to what it points back to. Acronyms most readers
    know (UN, NATO, COVID-19: common in English by wordfreq) are not explained, and neither is
    one already spelt out beside it. A label and its figure ("CPI inflation (October): 2.6%")
    is no sentence to put a note before: the note waits for the section's next sentence.
    """
    if is_label_line(sentence) and not sentence.rstrip().endswith((".", "!", "?")):
        return [sentence]
    notes: list[str] = []
    for token in re.findall(r"(?<![\w-])[A-Z][A-Z0-9-]*[A-Z0-9](?![\w-])", sentence):
        expansion = context.acronyms.get(token)
        if expansion is None or token in context.seen_acronyms:
            continue
        context.seen_acronyms.add(token)
        context.allowed[token] = expansion
        if well_known(token) or expansion.lower() in sentence.lower():
            continue
        # A body's name takes "the" ("the United Nations"); a term does not ("artificial …").
        article = "the " if _BODY_WORDS & set(expansion.split()) else ""
        notes.append(f"{token} is short for {article}{expansion}.")
        context.changes.append(f"explained {token}")
    if notes and re.match(r"(?:It|This|They|These|He|She)\b", sentence):
        # "It reminds us …" points back to the sentence before; a note between them would
        # take that place, so it follows instead.
        return [sentence, *notes]
    opening = re.match(r"([A-Z][a-z]+ed) (?=[a-z0-9])", sentence)
    if notes and (sentence[:1].islower() or (opening and is_past_verb(opening[1].lower()))):
        # "(b) ignored two warnings from its own IT supplier": a list's item goes on from
        # its lead-in ("The Commissioner found that the Group:"); a note before it would
        # come between them ("(b) IT is short for …. Ignored 2 warnings").
        return [sentence, *notes]
    return [*notes, sentence]


ACRONYM_NOTE: Final = re.compile(r"^(?P<token>[A-Z][A-Z0-9-]*[A-Z0-9]) is short for \S")
"""The note `explain_acronyms` writes ("INTERPOL is short for …"), as the other stages find it."""
_POINTS_BACK: Final = re.compile(r"^(?:It|This|They|These|He|She)\b")
_DEMONSTRATIVE: Final = re.compile(r"\b(?:this|these|such)\b", re.IGNORECASE)
"""A sentence that names something said before it, which a note must not come between."""


def notes_before_antecedent(sentences: list[str], context: RuleContext) -> list[str]:
    """An acronym's note that follows "It …" moves before the sentence "It" points back to.

    `explain_acronyms` puts a note after a sentence that opens with a pronoun, so the pronoun
    keeps its place next to what it names. Once a later pass has split that sentence, the
    note would sit between its parts ("It reminds us of X. INTERPOL is short for …. Agenda
    2030 is …"); placed before the sentence the pronoun points back to, the note still
    comes before the acronym's use and breaks no link. Works on one paragraph: a pronoun
    that opens a paragraph points outside it, and its note stays.
    """
    result = list(sentences)
    index = 1
    while index < len(result):
        note = ACRONYM_NOTE.match(result[index])
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
            or ACRONYM_NOTE.match(result[start])
            or _DEMONSTRATIVE.search(result[start])
        ):
            # "reminds us of this need": the note would come between it and its need. It
            # stays right after the sentence that first uses the short form, even before an
            # apposition split off that sentence ("… to Agenda 2030. Agenda 2030 is our plan
            # …"): moved past it, the note would explain a word two sentences back.
            index += 1
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
