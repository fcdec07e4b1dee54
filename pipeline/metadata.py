"""Title-block metadata: title, speaker, role, event, place, ISO dates and delivery notes.

Official statements open with a few short lines saying who speaks, where and when, in several
house styles ("Statement by NAME, ROLE, at EVENT"; a speaker line "NAME, ROLE"; "PLACE, DATE";
a parenthesised "(Check against delivery)"). This module reads those lines in English, French,
Spanish and German; what it cannot place becomes the event, so nothing written is dropped.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any, Final

from pipeline.labels import LABELS, section_labels
from pipeline.models import StatementMeta
from pipeline.text import TIME_ZONES

_MONTH_NAMES: Final[dict[str, int]] = {}
for _number, _names in enumerate(
    (
        "january janvier enero januar jänner jan gennaio januari",
        "february février fevrier febrero februar feb febbraio februari",
        "march mars marzo märz maerz mar maart",
        "april avril abril apr aprile",
        "may mai mayo maggio mei",
        "june juin junio juni jun giugno",
        "july juillet julio juli jul luglio",
        "august août aout agosto aug augustus",
        "september septembre septiembre setiembre sept sep settembre",
        "october octobre octubre oktober oct ottobre",
        "november novembre noviembre nov",
        "december décembre decembre diciembre dezember dec dicembre",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTH_NAMES[_name] = _number

_MONTH: Final = "(" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_DASH: Final = r"\s*(?:[-–—]|to|au|al|bis)\s*"
_DAY: Final = r"(\d{1,2})(?:er|st|nd|rd|th|[º°ª]|\.)?"
"""A day of the month and its ordinal mark: "1er" (fr), "1st", "1." (de), "1º" or "1°" (it, es)."""
_YEAR: Final = r"(\d{4})"
_DATE_PATTERNS: Final = (
    # 7-9 March 2021 · 25 de septiembre de 2024 · 24. September 2024 · 7 March - 9 April 2021
    # · a seal's "this 20th day of November, 2026"
    (
        "dmy",
        re.compile(
            rf"\b{_DAY}(?:\s+{_MONTH})?(?:{_DASH}{_DAY})?\s+(?:de\s+|day\s+of\s+)?{_MONTH}"
            rf"\s*(?:de\s+|,\s*)?{_YEAR}\b",
            re.IGNORECASE,
        ),
    ),
    # March 7-9, 2021 · January 31, 2006
    (
        "mdy",
        re.compile(rf"\b{_MONTH}\s+{_DAY}(?:{_DASH}{_DAY})?,?\s+{_YEAR}\b", re.IGNORECASE),
    ),
    # 2024-09-24
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    # 24.09.2024 · 24/09/2024 · 24-09-2024 (day first, as in Europe and at the UN)
    ("numeric", re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b")),
)
_NOTES: Final = re.compile(
    r"as delivered|as prepared(?: for delivery)?|check against delivery|embargoed[^,;)]*"
    r"|unofficial translation|translation|seul le prononcé fait foi|seul le texte prononcé fait foi"
    r"|cotejar con (?:la )?intervención pronunciada|es gilt das gesprochene wort"
    r"|sperrfrist[^,;)]*|verbatim|transcript"
    # "E&OE" under a transcript's head: errors and omissions excepted.
    r"|\be\s?&\s?oe\b|errors and omissions excepted",
    re.IGNORECASE,
)
_ERRORS_EXCEPTED: Final = "Errors and omissions excepted"
"""The note "E&OE" stands for, written out: a listener hears no "E and O E"."""
_PARENTHESES: Final = re.compile(r"\(([^()]*)\)")
_ROLE_WORDS: Final = re.compile(
    r"\b(secretary|president|minister|director|chair|chairperson|ambassador|commissioner|chief"
    r"|head|governor|prime|king|queen|representative|executive|officer|judge|attorney|chancellor"
    r"|mayor|spokesperson|spokesman|envoy|rapporteur|high commissioner|général|générale"
    r"|constable|superintendent|inspector|sheriff|commander|detective|sergeant|coroner"
    r"|registrar|deputy|assistant|justice|magistrate|prosecutor|ombudsman|ombudsperson"
    r"|cabinet member|lead member|headteacher|headmaster|headmistress|principal"
    r"|independent expert|coordinator|adviser|advisor|solicitor general|taoiseach|tánaiste"
    r"|member of (?:the )?(?:european |scottish |welsh )?parliament"
    r"|président|présidente|ministre|presidente|ministro|ministra|embajador|kanzler|kanzlerin"
    r"|bundeskanzlerin|bundeskanzler|bundesministerin|bundesminister|präsident|präsidentin"
    r"|minister|ministerin|botschafter|botschafterin|presidenta|embajadora|alcalde|alcaldesa"
    r"|canciller|chancelier|chancelière|ambassadeur|ambassadrice|burgemeester|voorzitter"
    r"|kanselier|bondskanselier)\b",
    re.IGNORECASE,
)
_HONORIFICS: Final = re.compile(
    r"^(?:(?:h\.\s?e\.|his excellency|her excellency|his honour|her honour|excmo\.?|excma\.?"
    r"|(?:the\s+)?(?:rt\.?|right)\s+hon(?:ourable|\.)?|hon\.|the\s+hon(?:ourable|\.)"
    r"|sr\.|sra\.|d\.|dña\.|mr\.?|mrs\.?|ms\.?|dr\.?|s\.\s?e\.|m\.|mme)\s+)+",
    re.IGNORECASE,
)
_BY: Final = re.compile(
    r"^(?P<kind>.*?)\s+(?P<by>by|par|de|del|du|von|di|van)\s+(?P<who>.+)$", re.IGNORECASE
)
_POSSESSIVE: Final = re.compile(
    r"^(?P<who>.+?)(?:['’]s|(?<=s)['’])\s+"
    r"(?:(?:opening|closing|keynote|welcoming|introductory|concluding|joint)\s+)?"
    r"(?P<kind>address|speech|statement|remarks|message"
    r"|(?:press|media) (?:encounter|conference|briefing|stakeout))\b"
    # "… press encounter on the situation in the Middle East": the topic stays in the title.
    r"(?:\s+(?:before|to|at)\s+(?P<event>.+)|\s+on\s+.+)?$",
    re.IGNORECASE,
)
_STANDFIRST: Final = re.compile(
    r"[A-Z][\w'’-]*(?: [\w'’-]+){0,6} "
    r"(?:finds|rules|holds|decides|agrees|announces|confirms|launches|calls|urges|says"
    r"|welcomes|condemns|will|has|have|is|are|must|can)\b.{12,}"
)
"""A headline's second line that is a sentence: "The Court finds that it has jurisdiction …"."""
_ORGANISATION: Final = re.compile(
    r"^(?:the\s+)?(?:department|ministry|office|secretariat|embassy|(?:permanent )?mission"
    r"|commission|council|agency|bureau|authority|directorate|(?:central |national )?bank)"
    r"\s+(?:of|for)\b.*"
    r"|^.*\b(?:police|constabulary|police service|fire service|ministry|department"
    r"|fire (?:and|&) rescue service|ambulance service|prosecution service"
    # "Crown Office & Procurator Fiscal Service", "HM Inspectorate of Prisons for Northmere",
    # "Information Commissioner's Office for Northmere": bodies named as they sign.
    r"|procurator fiscal service|prison service|probation service"
    r"|inspectorate(?:\s+of\s+[\w\s]+?)?(?:\s+for\s+[\w\s]+)?"
    r"|commissioner['’]s office(?:\s+(?:of|for)\s+[\w\s]+)?"
    r"|(?:city|county|borough|district|town|parish) council|authority|agency"
    # "Electoral Commission of Aranvale": the country or region after the body's name.
    r"|(?:electoral|election|statistics|planning|law) commission(?:\s+(?:of|for)\s+[\w\s]+)?"
    r"|nhs (?:foundation )?trust"
    # "Northmere Reserve Bank", "Central Bank of …" is above: a central bank names itself so.
    r"|(?:reserve|central|national|federal|people['’]s) bank|monetary authority"
    # "Hillcrest Primary School" heading its letter to parents.
    r"|(?:primary|secondary|infant|junior|high|grammar|community|special) school|academy"
    # "World Food Programme", "United Nations Population Fund", "World Health Organization":
    # a UN agency named by its kind of body.
    r"|programme|fund|organi[sz]ation)$"
    # "Fisheries and Oceans Canada", "Services Australia": a federal body named by its work.
    r"|^(?-i:[A-Z][\w'’-]+\s+(?:(?:and|&)\s+[A-Z][\w'’-]+\s+)?(?:Canada|Australia))$",
    re.IGNORECASE,
)
"""A date line's organisation, which issued the statement: "Department of Health"."""
_WEEKDAY: Final = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag"
    r"|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì"
    r"|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?",
    re.IGNORECASE,
)
"""A day's name before a date ("Saturday 8 November 2025"): part of the date, not a place."""
_WEEKDAY_NAMES: Final = (
    "monday tuesday wednesday thursday friday saturday sunday",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "lunes martes miércoles jueves viernes sábado domingo",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
)
_WEEKDAY_NUMBER: Final = {
    name: number for names in _WEEKDAY_NAMES for number, name in enumerate(names.split())
}
"""Each language's day names, Monday first, as `date.weekday()` counts them."""
_NAMED_BODY: Final = re.compile(
    r"^(?:the\s|[A-Z][\w'’-]+\s+(?:(?:and|&)\s+[A-Z][\w'’-]+\s+)?(?:police|constabulary)\b"
    r"|[A-Z][\w'’-]+\s+(?:city|county|borough|district|town|parish)\s+council\b"
    r"|(?:[A-Z][\w'’-]+\s+){1,3}(?:(?:primary|secondary|infant|junior|high|grammar|community"
    r"|special)\s+school|academy)$"
    # "HM Inspectorate of Prisons", "His Majesty's Treasury": the Crown's bodies take none.
    r"|(?-i:HM|His Majesty['’]s|Her Majesty['’]s)\s"
    # "Fisheries and Oceans Canada", "Services Australia": a federal body named by its country
    # after its work ("the Government of Canada" keeps its "the").
    r"|(?-i:[A-Z][\w'’-]+\s+(?:(?:and|&)\s+[A-Z][\w'’-]+\s+)?(?:Canada|Australia)$))",
    re.I,
)
"""A body whose name needs no "the" before it (it has one, or is "Northshire Police")."""
_FROM_WHO: Final = re.compile(
    r"^(?P<kind>(?:\w+\s+)?(?:statement|message|letter|update|notice|alert|appeal))\s+"
    r"(?:from|attributable to)"
    r"\s+(?P<who>.+?)"
    r"(?:\s+(?:following|after|on|about|regarding|concerning)\s+.+)?$",
    re.IGNORECASE,
)
"""A title that names who a statement comes from: "Statement from Chief Constable Mark Reeve
following the incident in Harlow Square"."""
_REMARKS_OF: Final = re.compile(
    r"^(?P<kind>.*\b(?:remarks|statement|address|speech|message|judgment|ruling))\s+of\s+"
    r"(?P<who>(?:(?:his|her) honour|the (?:rt\.? )?hon(?:ourable|\.)?|mr|mrs|ms|dr|judge|justice"
    r"|lord|lady)\b.+)$",
    re.IGNORECASE,
)
"""A speech kind, then "of" and a person: "Sentencing Remarks of His Honour Judge Patel"."""
_AT_EVENT: Final = re.compile(r",?\s+(?:at|to|before|during)\s+(?:the\s+)?(?P<event>.+)$", re.I)
_TOPIC: Final = re.compile(
    r"\s+(?:on|about|regarding|concerning|following|after)\s+"
    r"(?:the|a|an|this|these|his|her|their|our|recent|today['’]s|yesterday['’]s)\s.+$"
    # "… Ministers of Health of Norland, Estavia and Marlow on antimicrobial resistance": a
    # topic in lowercase words to the end of the title.
    r"|\s+on\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}$"
    # "… the Prime Minister on National Day for Truth and Reconciliation": a named day.
    r"|\s+on\s+(?:(?:the\s+)?[A-Z][\w'’-]*\s+){0,4}(?:Day|Week|Month|Anniversary)\b.*$"
    # "… Amara Lindqvist on Karesia", "… the Secretary-General on South Sudan": a country, or
    # two, in at most three capitalised words ("Biden on Ukraine" had been a name).
    r"|\s+on\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,2}$"
)
"""What a statement is about, after who made it: "… Sarah Whitfield on the Riverside incident"."""
_VENUE: Final = re.compile(
    r"\b(?:room|hall|building|centre|center|palace|house|headquarters|chamber|auditorium"
    r"|theatre|theater|stadium|campus|embassy|residence|office)\b",
    re.IGNORECASE,
)
"""A title line that names where ("James S. Brady Press Briefing Room"), not who."""
_VENUE_NAME: Final = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,6}(?:Room|Hall|Chamber|Auditorium|Building|Centre|Center)"
)
"""A line that is only a venue's name: "James S. Brady Press Briefing Room"."""
_GENERIC_VENUE: Final = re.compile(r"\b(?:Room|Chamber|Auditorium)$")
"""Venues named by a common noun, which take "the" ("in the … Briefing Room")."""
_TOWN_AND_REGION: Final = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?"
)
"""A place line: "Ottawa, Ontario", "Kyoto, Japan"."""
_CLOCK_LINE: Final = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?$", re.IGNORECASE
)
"""A line that is only a time of day, with its zone: "1:32 P.M. EDT"."""
_CLOCK_BEFORE_DATE: Final = re.compile(
    rf"\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*,|\s+on)?(?:\s+{_WEEKDAY.pattern})?",
    re.IGNORECASE,
)
"""An hour, and the day's name, before a date: "16:20, Sunday" (in "issued 16:20, Sunday …")."""
_MANDATE_WORDS: Final = frozenset(
    "rapporteur rapporteurs envoy expert experts adviser advisor representative group committee "
    "coordinator commission panel office".split()
)
"""An office whose name goes on with "on" ("Special Rapporteur on the right to food")."""
_ISSUER: Final = re.compile(
    r"^(?:issued|released|published|distributed|sent)\s+by\s*:?\s+(?P<who>.+)$", re.IGNORECASE
)
"""Who put a statement out, on its date line: "Issued by Northshire Police, 14 March 2025"."""
_FROM: Final = re.compile(r"^from:\s*(?P<who>[A-Z].+)$", re.IGNORECASE)
"""Who a government page is from: "From: Department for Transport and Ravi Chandra MP"."""
_STATEMENT_FROM: Final = re.compile(
    r"^(?:(?:joint|press|news|media|official)\s+)?(?:statement|release|update|message)\s+from\s+"
    r"(?P<who>[A-Z].+)$",
    re.IGNORECASE,
)
"""A line naming whose statement it is, and nothing else: "Statement from Westvale Police"."""


def _statement_from_body(line: str) -> re.Match[str] | None:
    """The match of "Statement from X" when X is a body's name alone; None otherwise.

    Such a line says who put the statement out, as "Issued by X" does: it is not the title.
    "Statement from Chief Constable Mark Reeve following the incident …" names a person and
    what happened, and stays the title.
    """
    found = _STATEMENT_FROM.match(line)
    if found is None:
        return None
    who = re.sub(r"^the\s+", "", found["who"], flags=re.IGNORECASE)
    # "Statement from the High Court of Westvale": a court is a body too.
    return found if is_organisation(who) or _COURT_NAME.match(calm(who)) else None


@cache
def _issuer_openings() -> re.Pattern[str]:
    """A line naming who put a statement out, in a language other than English.

    "Publié par le Ministère de la Santé", "Herausgegeben vom Bundesministerium für Gesundheit",
    "Communiqué du Ministère de l'Intérieur": the openings and articles are the `issued_by` and
    `issuer_articles` of `title_block_languages.toml`. The name after them opens on a capital,
    so "Communiqué du 3 mars 2026" (a date) names no one.
    """
    data = _title_block_data()
    openings = {opening for table in data.values() for opening in table.get("issued_by", {})}
    articles = {word for table in data.values() for word in table.get("issuer_articles", ())}

    def alternatives(items: set[str]) -> str:
        return "|".join(re.escape(item) for item in sorted(items, key=len, reverse=True))

    return re.compile(
        rf"^(?P<opening>{alternatives(openings)})(?:\s*:)?(?:\s+|(?<=['’]))"
        rf"(?P<by>(?:(?P<article>{alternatives(articles)})(?:\s+|(?<=['’])))?(?P<who>[^\W\d_].*))$",
        re.IGNORECASE,
    )


def _issuer_in_its_language(line: str) -> re.Match[str] | None:
    """The match of a line naming who put the statement out in another language, or None."""
    found = _issuer_openings().match(line.strip())
    if found is None or is_document_kind(line) or not found["who"][:1].isupper():
        return None
    return found


def _issuer_match(line: str) -> re.Match[str] | None:
    """The match of "Issued by X" or of its like in another language ("Publié par X")."""
    return _ISSUER.match(line) or _issuer_in_its_language(line)


def issued_by_in_its_language(line: str, lang: str) -> str | None:
    """How `lang` says who put the statement out, from its own line: "par le Ministère …".

    The words are the line's own after its opening ("Publié par le Ministère de la Santé"), so
    the article and case the line gives its issuer are kept ("vom Bundesministerium"); an
    opening that holds the article says it as `issued_by` gives it ("communiqué du" -> "par
    le"). None for a line in another language, or no issuer's line.
    """
    found = _issuer_in_its_language(line)
    own = lang.replace("_", "-").split("-")[0].lower()
    table = _title_block_data().get(own, {}).get("issued_by", {})
    if found is None or found["opening"].lower() not in table:
        return None
    said = [str(table[found["opening"].lower()])]
    if found["article"]:
        said.append(found["article"].lower())  # "PAR LE MINISTÈRE …": "par le Ministère …"
    said.append(_issuer_name(calm(found["who"])))
    told = said[0]
    for word in said[1:]:
        told += word if told.endswith(("'", "’")) else f" {word}"  # "dall'Istituto"
    return told


def _sender(line: str) -> re.Match[str] | None:
    """The match of a line that says who put the statement out ("Issued by X", "From: X")."""
    return _FROM.match(line) or _issuer_match(line) or _statement_from_body(line)


def is_issuer_line(line: str) -> bool:
    """True for a title block's line that says who put the statement out: "Issued by X".

    A headline under such lines is the statement's title, however short: the line is set
    above it, as a press release's kind is.
    """
    return _sender(line.strip()) is not None


ISSUER_NOTES: Final = ("Issued by ", "Adopted by ")
"""How the notes that say who put the text out begin ("Issued by Northshire Police")."""
IN_BRIEF: Final = "In brief: "
"""How the note begins that gives a statement's message in a sentence, from the headline's
second line or a banner ("In brief: The Court finds that it has jurisdiction …")."""


_LABEL_LINE: Final = re.compile(r"(?P<label>[A-Z][\w'’()/ -]{1,40}?)\s*:\s+(?P<value>\S.*)")
"""A title block's line of a label and its value: "Model number: BN-220", "Areas affected:
Highlands; Grampian"."""


def is_label_line(line: str) -> bool:
    """Whether a title block's line is a label and its value ("Batch numbers: 2406A to 2609C").

    A recall or a warning sets its details out so, one a line; told as a sentence they would
    read as a run-on list, and dropped they would lose the model and batch a reader checks.
    A line with a sentence in its value ("Note: The Court finds …") or a URL is none.
    """
    found = _LABEL_LINE.fullmatch(line.strip())
    if found is None or "//" in line:
        return False
    value = found["value"].rstrip(".")
    # "Headteacher: Mrs J. Whitaker BEd NPQH": an initial's stop ends no sentence.
    return len(found["label"].split()) <= 5 and not re.search(r"(?<!\b[A-Z])[.!?]\s+[A-Z]", value)


def in_brief(meta: StatementMeta) -> tuple[str, ...]:
    """The statement's message in a line, as sentences (told after its title, summary's first)."""
    return tuple(
        f"{note.removeprefix(IN_BRIEF)}." for note in meta.notes if note.startswith(IN_BRIEF)
    )


_ADOPTED: Final = re.compile(
    r"^(?:resolution|decision|declaration|decree|text)s?\s+adopted\s+by\s+(?P<who>.+?)(?:\s+on)?$",
    re.IGNORECASE,
)
"""Who adopted a resolution, on its date line: "Resolution adopted by the Human Rights Council
on 4 April 2025"."""
_LABEL: Final = re.compile(
    r"^(?:(?:published|date|dated|delivered|updated|posted|issued)(?!\s+by\b)(?:\s+on)?"
    r"|publié le|fecha|datum)\s*:?\s*",
    re.IGNORECASE,
)
_DOCUMENT_KIND: Final = re.compile(
    r"^(?:(?:press|news|media)\s+(?:releases?|advisory|advisories)|news story|for immediate release"
    # A UN spokesperson's "Press Briefing Notes"; a governor's "PROCLAMATION" or "EXECUTIVE
    # ORDER NO. 26-31" (the kind had been the speaker: "Proclamation spoke at …").
    r"|(?:press )?briefing notes?|proclamation|executive order"
    r"|note to correspondents|readout"
    r"|(?:oral |written )?statement to parliament|communiqué de presse"
    # A police force's, a regulator's or a court's kind of notice, set above its headline:
    # "WITNESS APPEAL", "PRODUCT SAFETY RECALL", "JOINT COMMUNIQUÉ", "PRESS SUMMARY".
    r"|(?:witness|police|public|missing (?:person|people|persons)) appeal|appeal for witnesses"
    r"|(?:product )?(?:safety )?recall(?: notice)?|product safety (?:alert|notice|warning)"
    r"|(?:joint |final )?communiqu[ée]|(?:press|judgment|case) summary"
    r"|child rescue alert|amber alert"
    r"|nota de prensa|comunicado de prensa|pressemitteilung|comunicato stampa|persbericht)$",
    re.IGNORECASE,
)
"""A document's kind above its headline, not its title: "PRESS RELEASE", "For immediate release"."""
_KIND_ISSUED_BY: Final = re.compile(
    r"^(?P<kind>(?:press|news|media)\s+release|statement)\s+(?:issued|released|published)"
    r"\s+by\s+(?P<who>.+)$",
    re.IGNORECASE,
)
"""A document's kind and who put it out, above its headline: "Press release issued by the
Registrar of the Court"."""
_VALIDITY: Final = re.compile(
    r"^(?P<label>(?:valid|in force|in effect|effective)\s+(?:until|till|from|to)|expires"
    r"|review date|next update)\s*:?\s*(?P<when>.+)$",
    re.IGNORECASE,
)
"""How long an alert or notice holds: "Valid until: 18 July 2025, 09:00"."""


def holds_for(meta: StatementMeta) -> str | None:
    """How long a warning or notice holds, as a sentence ("It is valid from 18:00 …."), or None.

    A severe-weather warning's summary, pasted into a post, must carry its times: without them
    a reader cannot tell whether it is in force.
    """
    for note in meta.notes:
        if _HOLDS.match(note):
            verb = "" if note.lower().startswith("expires") else "is "
            return f"It {verb}{note[0].lower()}{note[1:].rstrip('.')}."
    return None


_HOLDS: Final = re.compile(
    r"(?:valid|in force|in effect|effective) (?:until|till|from|to) |expires ", re.I
)
"""The note `_VALIDITY` makes of such a line: "Valid from 18:00 Monday 30 November to …"."""


_DOCUMENT_SYMBOL: Final = re.compile(
    r"^(?:[A-Z]{1,8}(?:/[A-Z0-9][\w.-]*)+"
    r"|(?:(?:(?:our|notice|case|file|order|decision)\s+)?ref(?:erence)?|no|doc)\.?\s*:?\s*"
    r"[A-Z0-9][\w./*-]*\d"
    # A judgment's neutral citation: "[2025] UKSC 14", "[2023] EWCA Civ 881", "[2024] EWHC
    # 1234 (Admin)".
    r"|\[\d{4}\] [A-Z]{2,8}(?: [A-Z][a-z]{2,5})? \d{1,5}(?: \([A-Z][A-Za-z]+\))?"
    # A court's or agency's press release number with its year: "ECHR 142 (2025)".
    r"|[A-Z]{2,8} \d{1,5}(?= \(\d{4}\)$))"
    r"(?:\s*\(\d{4}\))?$",
    re.IGNORECASE,
)
"""A line that is only a document's symbol or reference: "SC/15892", "A/78/L.1", "Ref: PR-14"."""
_PARTY_ROLE: Final = (
    r"\((?:Appellant|Respondent|Claimant|Defendant|Applicant|Petitioner|Intervener"
    r"|Interested Party)s?\)"
)
"""A party's part in the case after its name: "Harrow Community Trust (Appellant)"."""
_COURT_NAME: Final = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}(?:Court|Tribunal)"
    r"(?:\s+(?:of|for)(?:\s+[A-Z][\w'’-]+)+){0,2}$"
)
"""A court's name alone on a line: "Supreme Court of Northland", "Court of Appeal of Northmere"."""
_CASE_NAME: Final = re.compile(
    r"^(?:R(?: \(on the application of [^()]+\))?|Regina|Rex"
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4})"
    rf"(?: {_PARTY_ROLE})? v\.? [A-Z].{{1,80}}$"
)
"""A case's name on a court document's title page: "R v Daniel Okafor", "Smith v. Jones"."""
_HAS_PARTIES: Final = re.compile(
    rf" {_PARTY_ROLE} v\.? |^R \(on the application of "
    r"|\[\d{4}\] [A-Z]{2,8}(?: [A-Z][a-z]+)? \d+$"
)
"""A case name that says who appealed ("… (Appellant) v …"): a role word in it ("Secretary
of State") names a party, not the speaker. So does a judicial review's "R (on the application
of …)" and a name that ends in its neutral citation."""
_ON_APPEAL: Final = re.compile(r"^on appeal from\b", re.IGNORECASE)
"""Which judgment a court heard the appeal against: "On appeal from [2023] EWCA Civ 881"."""
_BENCH: Final = re.compile(
    r"^(?P<label>justices|judges|before|bench|panel)\s*:\s*(?P<who>.+)$", re.I
)
"""Who sat: "JUSTICES: Lord Reed (President), Lady Simler, …"."""
_JUDGE: Final = r"(?:(?:Lord|Lady|Mr|Mrs|Ms) Justice|Judge|Lord|Lady)\s+[A-Z][\w'’-]+"
_JUDGES: Final = re.compile(rf"{_JUDGE}(?:(?:,\s*|,?\s+and\s+){_JUDGE})+")
"""The bench, one judge after another, with no label: "Lord Justice Amberley, Lady Justice
Okoye and Lord Justice Penrose"."""
_BENCH_NOTES: Final = ("Justices: ", "Judges: ", "Before: ", "Bench: ", "Panel: ")
_DIVISION: Final = re.compile(
    r"(?:civil|criminal|family|chancery|(?:king|queen)['’]s bench|administrative)"
    r"\s+(?:division|court)",
    re.IGNORECASE,
)
"""A court's division on the line under its name: "CIVIL DIVISION"."""
_COURT_LINE: Final = re.compile(
    r"^in the (?P<court>(?:[\w'’-]+ ){0,4}(?:court|tribunal)\b.*)$", re.I
)
"""The court a judgment or sentence was given in: "IN THE CROWN COURT AT MANCHESTER"."""


_COURT_AT: Final = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}(?:Court|Tribunal)\s+(?:at|sitting at)"
    r"(?:\s+[A-Z][\w'’-]+)+$"
)
"""A court and its seat on a line of their own: "Crown Court at Leeds"."""
_SUMMARY_KIND: Final = re.compile(r"(?:press|judgment|case) summary", re.IGNORECASE)
"""A court's summary of its judgment, named by its kind above the case."""


_JURISDICTION: Final = re.compile(
    r"(?:the\s+)?(?:state|commonwealth|county|city|territory|province|republic|kingdom)\s+of"
    r"\s+[\w'’ -]+",
    re.IGNORECASE,
)
"""A masthead's jurisdiction ("STATE OF NEW HARTFORD"), above a governor's order."""
_BANNER_WORDS: Final = 6
"""How long a line over a kind line ("Press releases") may be and still be a banner."""


_PLACE_LABEL: Final = re.compile(r"^(?:location|place|venue)\s*:\s*(?P<value>[A-Z].{1,60})$", re.I)
_SUBJECT_LABEL: Final = re.compile(r"^(?:subject|topic|re)\s*:\s*(?P<value>\S.{1,120})$", re.I)
_ROLE_LABEL: Final = re.compile(
    r"^(?P<role>[A-Z][^:]{2,80}):\s+(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})$"
)
"""A role as a label, its holder as the value: "Spokesperson for the UN High Commissioner for
Human Rights: Liv Andersen"."""


def _labelled_detail(line: str) -> tuple[str, str] | None:
    """A title block's labelled line of where, on what or by whom, as (what, value), or None.

    The speaker's value is "role: name" as written; a label that is no office ("Model
    number: BN-220") is no speaker.
    """
    if found := _PLACE_LABEL.match(line):
        return "place", found["value"].strip()
    if found := _SUBJECT_LABEL.match(line):
        return "subject", found["value"].strip()
    found = _ROLE_LABEL.match(line)
    if found and _ROLE_WORDS.search(found["role"]) and len(found["role"].split()) <= 12:
        return "speaker", f"{found['role'].strip()}: {found['who']}"
    return None


def _issued_by(body: str) -> str:
    """The note for who issued a statement: "the" before a body's name unless it has one."""
    body = calm(body)  # "OFFICE OF THE GOVERNOR" on its letterhead is "Office of the Governor"
    return f"Issued by {body if _NAMED_BODY.match(body) else 'the ' + body}"


_ISSUED_WHEN: Final = re.compile(
    rf"(?:\s+on(?:\s+{_WEEKDAY.pattern})?|\s*,)+$|\s+{_WEEKDAY.pattern}$", re.IGNORECASE
)
"""The start of the date an issuer's line goes on to: "Issued by the National Weather Service
at 10:00 on Sunday" before "29 November 2026" (the day is told with the date)."""


_KIND_AFTER_BODY: Final = re.compile(
    r"^(?P<who>.+?)\s+(?P<kind>(?:statistical|press|news|media)\s+(?:release|notice|bulletin))$",
    re.IGNORECASE,
)
"""A body's name, then the kind of document it put out: "Department for Transport statistical
release"."""
_BODY_STATEMENT: Final = re.compile(
    r"(?:the\s+)?(?P<who>[A-Z][\w'’ -]{0,120}?)\s+(?:press\s+)?(?:statement|release)\b",
    re.IGNORECASE,
)
"""A title that names the body whose statement it is: "Security Council Press Statement on …".
The name is capped at 120 characters: unbounded, a title of spaces took time in the square of its
length (4,000 spaces: 0.65 s)."""
_UNDER_LAW: Final = re.compile(
    r"(?:(?:this\s+)?(?:notice|order|direction|decision|determination|statement)\s+)?"
    r"(?:is\s+)?(?P<how>issued|made|given|served|published)\s+under\s+(?P<law>.+)",
    re.IGNORECASE,
)
"""A notice's legal basis: "Notice issued under section 18 of the Water Industry Act 2019"."""
_BODY_THEN_KIND: Final = re.compile(r"(?P<who>[A-Z].+?)\s+[—–]\s+(?P<kind>[A-Za-z].+)")
"""A body's name, a dash, and the kind of document: "Embassy of Northmere in Porto Lindo —
Consular advisory"."""
_JOINT_KIND: Final = re.compile(
    r"joint\s+(?:notice|statement|release|press release|update|advisory|announcement)",
    re.IGNORECASE,
)
"""What bodies put out together, after their names and a dash: "— joint notice"."""
_STATEMENT_BY: Final = re.compile(
    r"(?:statement|speech|address|remarks)\s+(?:by|from)\s+(?P<who>[A-Z].+)", re.IGNORECASE
)
"""A title block's line that says who made the statement, before its date."""
_NUMBERED_UPDATE: Final = re.compile(
    r"(?P<label>(?:update|bulletin|situation report|sitrep|issue)\s+(?:no\.?\s*)?\d{1,3})"
    r"\s*[—–:-]\s*(?P<rest>\S.*)",
    re.IGNORECASE,
)
"""A numbered update's line, then its date: "Update 3 — 27 November 2026, 16:00"."""
_HEADLINE_AFTER_BODY: Final = re.compile(r"[A-Z][\w'’-]*:?(?:\s+\S+){2,}")
"""A headline's words, its country's label too ("Karesia: UN experts alarmed by …")."""
"""A headline under a body's name: three words at least, not a date or a kind alone."""
_DONE_ON: Final = re.compile(
    r"^(?P<what>(?:laid|presented|submitted|tabled|signed|agreed|approved|done)\b.+?)"
    r"(?:\s+(?:on|at))?$",
    re.IGNORECASE,
)
"""What was done on a title block's date: "Laid before the Assembly on 26 November 2026"."""
_SPEAKER_LABEL: Final = re.compile(
    r"^(?:speaker|delivered by|spoken by|presented by|remarks by|orador|oradora|intervenant)"
    r"\s*:\s*(?P<who>\S.+)$",
    re.IGNORECASE,
)
"""Who spoke, on a labelled line: "Speaker: H.E. Ms Anna Berg, Minister for Foreign Affairs"."""
_OTHER_DATES: Final = re.compile(
    r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2} (?:dates|day):\s", re.IGNORECASE
)
"""A line giving the dates of something the statement reports on: "Inspection dates: 7-18 …",
"Polling day: Thursday 26 November 2026" (the declaration, on the next line, was issued)."""
_DETAIL_LINE: Final = re.compile(r"^[A-Z][\w'’()/-]*(?: [\w'’()/-]+){0,3}:\s+\S")
"""A label and its value on a line: "Model number: BN-220", "Areas affected: Highlands"."""


_PERSON: Final = re.compile(
    r"(?:dr|mr|mrs|ms|miss|prof(?:essor)?|sir|dame|judge|lord|lady)\.?\s+[A-Z]", re.IGNORECASE
)
"""A person's name by its title ("Dr Helen Amadi, Senior Coroner …"), not a body's."""
_SIGNED_WHEN: Final = re.compile(rf",\s*(?:{_DAY}\s+)?{_MONTH}\s+{_YEAR}$", re.IGNORECASE)
"""The month a sign-off is dated, after its office: ", November 2026"."""


def _issuer_name(who: str) -> str:
    """Who issued a statement, without the words that lead into its date.

    An hour after the issuer's name is when ("the Returning Officer, Westvale Town Hall,
    02:15"): told "at 02:15", it is no part of the name.
    """
    name = _ISSUED_WHEN.sub("", who.strip()).strip(" ,")
    # "Communiqué du Conseil des ministres du 12 mars 2024": "du" leads into the date.
    name = re.sub(r"\s+(?:du|vom|del|dal|van)$", "", name)
    return re.sub(r",\s*(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)$", r", at \1", name, flags=re.I)


def _is_dated_headline(before: str) -> bool:
    """Whether the words before a line's date make it a headline that names a day.

    "Bus and tram fares to change from 3 January 2027" is the title, and the fares change that
    day; read as a date line, it had dated the statement a month late and lost its title.
    """
    words = before.split()
    return (
        len(words) >= 4
        and re.fullmatch(r"from|until|till|before|after|since|by", words[-1], re.I) is not None
        and _issuer_match(before) is None
        and _STATEMENT_BY.match(before) is None
        and not _LABEL.match(before)
    )


def _headline_follows(items: Sequence[tuple[str, int]], start: int) -> bool:
    """Whether a headline comes next, past any date, reference or kind lines.

    "Information Commissioner's Office for Northmere" over "Date: 30-11-2026", "Reference:
    PR/2026/087" and then the headline: the body put it out, and is not the title.
    """
    for line, _ in items[start:]:
        found = find_date(line)
        dated = found is not None and len(line[: found[0].start()].split()) <= 2
        if dated or _DOCUMENT_SYMBOL.match(line) or is_document_kind(line) or is_embargo(line):
            continue
        # "Spokesperson for …: Liv Andersen" is a label of who spoke, no headline.
        return _HEADLINE_AFTER_BODY.match(line) is not None and _labelled_detail(line) is None
    return False


_PLACE_SMALL_WORDS: Final = frozenset(
    "of the and upon on in at by de des du la le les el los di del da do am an der den".split()
)
"""The only words a place's name writes in lower case: "Stratford-upon-Avon", "Palais des
Nations", "Frankfurt am Main"."""


def _names_a_place(words: str) -> bool:
    """Whether the words before a date can name where: no common word in lower case.

    "Monetary Policy Committee decision, 3 December 2026" is what was decided that day; told
    as a place, it had read "It was given in Monetary Policy Committee decision". A name ends
    on a name's word, never on "du", "del" or "van": "Communiqué du 3 mars 2024" is dated, and
    had read "faite à Communiqué du".
    """
    found = re.findall(r"[^\W\d_][\w'’-]*", words)
    return all(word in _PLACE_SMALL_WORDS or not word[:1].islower() for word in found) and not (
        found and found[-1] in _PLACE_SMALL_WORDS
    )


def _names_part_of(head: str, issuer: str) -> bool:
    """Whether an issuer's note names a body the other note names with more.

    "NORTHSHIRE POLICE" above the headline and "Issued by Northshire Police press office"
    on the date line are one issuer: told as two, the reader heard "issued by Northshire
    Police and Northshire Police press office".
    """

    def body(note: str) -> str:
        return re.sub(r"^issued by (?:the )?", "", note.casefold()).strip()

    return re.search(rf"\b{re.escape(body(head))}\b", body(issuer)) is not None


def _has_issuer(notes: Sequence[str]) -> bool:
    """Whether a note already says who issued the statement: a second one would contradict it."""
    return any(note.startswith("Issued by ") for note in notes)


def is_document_symbol(line: str) -> bool:
    """True for a line that is only a document's symbol ("S/PRST/2025/4"): title block matter."""
    return _DOCUMENT_SYMBOL.match(line.strip()) is not None


def is_document_kind(line: str) -> bool:
    """True for a line that names the kind of document ("PRESS RELEASE"), not its subject."""
    return _DOCUMENT_KIND.match(_KIND_NUMBER.sub("", line.strip(" .:"))) is not None


_KIND_NUMBER: Final = re.compile(r"\s+(?:No\.?\s*)?\d[\w/.-]*$", re.IGNORECASE)
"""The number after a kind of document: "PRESS RELEASE 1021/26", "Press Release No 34/26"."""


def place_phrase(place: str) -> str:
    """Where, with its preposition: "in Geneva", or "at the Cenotaph, Carrow" as written."""
    place = place.strip()
    return place if re.match(r"(?:at|in|on)\s", place) else f"in {place}"


_CIRCULATION: Final = re.compile(
    r"(?:distr(?:ibution)?\.?|original)\s*:\s*[A-Za-z]+(?:\s+and\s+[A-Za-z]+)?",
    re.IGNORECASE,
)


def is_circulation_line(line: str) -> bool:
    """True for a UN document's "Distr.: General" or "Original: English": how it was sent out."""
    return _CIRCULATION.fullmatch(line.strip()) is not None


_UN_ORGAN: Final = re.compile(
    r"(?:Security Council|General Assembly|Economic and Social Council|Human Rights Council"
    r"|Trusteeship Council|International Court of Justice|Secretariat)"
)
"""A principal organ named in a UN document's masthead: the body that issued it."""
_BREADCRUMB: Final = re.compile(r"\s(?:>|»|/)\s.*\s(?:>|»|/)\s")
_SPACES: Final = re.compile(r"\s+")
_SMALL_WORDS: Final = frozenset(
    "of the and a an at on in to for by de del la las los el en y et le les des du au aux "
    "von der die das und im am zu".split()
)
_ACRONYMS: Final = frozenset("un us usa uk eu nato who unesco unicef oas au g7 g20".split())
_NO_VOWEL: Final = re.compile(r"[b-df-hj-np-tv-xz]{2,5}")
"""An all-caps word with no vowel ("HM", "RSV", "NHS"), which can only be an acronym."""
_TITLE_ABBREVIATIONS: Final = frozenset("mr mrs ms dr prof st sr jr rev gen col lt sgt hon".split())
_OF_WORDS: Final = frozenset({"of", "del", "de", "du", "des", "der", "of the"})


_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@cache
def _language_table() -> Mapping[str, Mapping[str, Any]]:
    """pipeline/data/summary_languages.toml, read once: each language's words and formats."""
    text = files("pipeline").joinpath("data", "summary_languages.toml").read_text("utf-8")
    return tomllib.loads(text)


def language_words(lang: str) -> Mapping[str, Any]:
    """The words and formats `lang` is written with; {} for a language the table lacks."""
    return _language_table().get(lang.replace("_", "-").split("-")[0].lower(), {})


def languages_with(key: str) -> tuple[str, ...]:
    """The languages whose entry in the table has `key` ("greetings": en, fr, es, de, it, nl)."""
    return tuple(lang for lang, words in _language_table().items() if key in words)


def day_in_words(year: int, month: int, day: int, lang: str) -> str | None:
    """One day as `lang` writes it ("1er mars 2024", "1. März 2024"); None for another language.

    The first of the month is where languages part: French writes "1er" and Italian "1º" (an
    ordinal), English, Spanish, German and Dutch write the number ("1 de marzo", "1. März").
    The summary's first line and the page's facts both write a day here, from one table.
    """
    from pipeline.speech_text import _MONTHS  # the month names speech already reads

    formats = language_words(lang)
    months = _MONTHS.get(lang.replace("_", "-").split("-")[0].lower())
    if months is None or "day" not in formats or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    told_day = str(formats.get("first_day", "1")) if day == 1 else str(day)
    return str(formats["day"]).format(day=told_day, month=months[month - 1], year=year)


def iso_date_in_words(value: str, lang: str) -> str:
    """A front matter's ISO date ("2026-11-24") as the language writes it: "24 November 2026".

    A front matter is written for a machine: a reader met "2026-11-24" in the original's About
    section and the page's facts, beside "It took place on 24 November 2026" in the plain
    version. Any other date stays as written.
    """
    found = _ISO_DATE.fullmatch(value.strip())
    if found is None:
        return value
    year, month, day = (int(part) for part in found.groups())
    return day_in_words(year, month, day, lang) or value


def names_its_giver(meta: StatementMeta) -> bool:
    """Whether the title already says whose statement it is, so " by <speaker>" would repeat.

    "Speech by the Minister for Housing at … by Tomas Lindqvist" and "Press Briefing by Press
    Secretary Dana Lee by Dana Lee" headed their pages: a title that says "by" (or names the
    speaker) has its giver; the facts under it name the speaker.
    """
    if not meta.speaker:
        return True
    surname = meta.speaker.split()[-1]
    return (
        "by" in meta.title.lower().split()
        or re.search(rf"\b{re.escape(surname)}\b", meta.title) is not None
    )


_SIGNING_LINE: Final = re.compile(
    r"^(?:given under my hand|in witness whereof|(?:adopted|signed|done|proclaimed|issued|given)"
    r"\b(?:\s+(?:at|in)\s+[^,.]{1,60}?)?,?\s+(?:this|on)\s)",
    re.IGNORECASE,
)
"""The line an order or a proclamation is signed with, at its foot: "GIVEN under my hand and
the Great Seal … this 20th day of November, 2026.", "Adopted this 24th day of November,
2026.", "Done at Port Alder on 21 November 2026."."""
_LAST_PARAGRAPHS: Final = 3
"""How near the foot a signing line is looked for: a signature and an office may follow it."""


def signed_on(meta: StatementMeta, paragraphs: Sequence[str]) -> StatementMeta:
    """`meta` with the date of its signing line, when the title block gives none.

    An executive order's or a proclamation's title block names no day: the day it was signed
    is on its last lines ("GIVEN under my hand … this 20th day of November, 2026."), and the
    summary had said only "Governor Margaret L. Okafor issued this executive order".
    """
    if meta.date_text is not None:
        return meta
    for paragraph in paragraphs[-_LAST_PARAGRAPHS:]:
        line = " ".join(paragraph.split())
        found = find_date(line) if _SIGNING_LINE.match(line) else None
        if found is not None:
            dated = replace(
                meta, date_text=found[0].group(0), date_start=found[1], date_end=found[2]
            )
            return without_a_guessed_day(dated, "\n".join(paragraphs))
    return meta


PROCLAIMED_BY: Final = re.compile(
    r"^(?:now,?\s+therefore,?\s+)?be\s+it\s+(?:hereby\s+)?(?:proclaimed|resolved)\s+by\s+"
    r"(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;:]{2,80}?)\s*,?\s+that\s+",
    re.IGNORECASE,
)
"""A proclamation's or a resolution's operative words, naming the body that makes it: "NOW,
THEREFORE, BE IT PROCLAIMED by the Board of Commissioners of Westvale County that …"."""


def proclaimed_by(meta: StatementMeta, paragraphs: Sequence[str]) -> StatementMeta:
    """`meta` with the body that proclaims it as its issuer, when the title block names no one.

    A county's proclamation is headed only "PROCLAMATION" and its occasion: who makes it is
    said in its operative words, and the summary had had no lead at all.
    """
    if meta.speaker or meta.speaker_role or _has_issuer(meta.notes):
        return meta
    for paragraph in paragraphs:
        found = PROCLAIMED_BY.match(" ".join(paragraph.split()))
        if found is not None:
            who = re.sub(r"^the\s+", "", found["who"], flags=re.IGNORECASE)
            return replace(meta, notes=(*meta.notes, _issued_by(who)))
    return meta


def is_date_line(line: str) -> bool:
    """Whether a line is only a date, its day's name perhaps before it ("1. März 2026").

    Such a line dates the statement: it is neither a numbered list's item ("1." is the
    German day's mark) nor a word of the title above it ("01.03.2026" is one word).
    """
    found = find_date(line)
    if found is None or line[found[0].end() :].strip(" .,;"):
        return False
    before = line[: found[0].start()].strip(" ,.")
    return not before or _WEEKDAY.fullmatch(before) is not None


def find_date(text: str) -> tuple[re.Match[str], str, str | None] | None:
    """The first date written in `text`: the match, its ISO start and ISO end (for a range)."""
    best: tuple[re.Match[str], str, str | None] | None = None
    for kind, pattern in _DATE_PATTERNS:
        for found in pattern.finditer(text):
            parsed = _parse_date(kind, found)
            if parsed is None:
                continue
            if best is None or found.start() < best[0].start():
                best = (found, *parsed)
            break
    return best


def ambiguous_numeric_date(text: str) -> tuple[date, date] | None:
    """The two days an all-number date may mean ("07/03/2021": 7 March or 3 July), if both can.

    Europe and the UN write the day first, a US office the month first: when both numbers
    are 1 to 12 and differ, nothing in the date itself says which is meant.
    """
    found = find_date(text)
    numeric = dict(_DATE_PATTERNS)["numeric"]
    if found is None or not (whole := numeric.fullmatch(found[0].group())):
        return None
    first, _, second, year = whole.groups()
    if first == second or not (int(first) <= 12 and int(second) <= 12):
        return None
    try:
        return date(int(year), int(second), int(first)), date(int(year), int(first), int(second))
    except ValueError:
        return None


def without_a_guessed_day(meta: StatementMeta, text: str) -> StatementMeta:
    """`meta` without a day its all-number date does not settle ("03/07/2021"), unless `text` does.

    "03/07/2021" is 3 July in Europe and 7 March at a US office: it had been read day first
    without a word, and the summary said "3 July 2021". The statement settles it by the day's
    name before it ("Sunday 07/03/2021" is 7 March), by the same day written in words
    elsewhere ("7 March 2021") or by its dots ("07.03.2021", day first); otherwise the date is
    kept only as the statement writes it.
    """
    readings = ambiguous_numeric_date(meta.date_text) if meta.date_text else None
    if readings is None or meta.date_text is None:
        return meta
    told = _reading_told(meta.date_text, readings, text)
    return replace(meta, date_start=told.isoformat() if told else None, date_end=None)


def _reading_told(written: str, readings: tuple[date, date], text: str) -> date | None:
    """Which of an all-number date's two readings `text` tells, by a day's name or in words.

    Dots ("01.12.2026") are Europe's way, where the day comes first; a US office writes the
    month first with slashes or dashes only.
    """
    if "." in written:
        return readings[0]
    told: set[date] = set()
    named_day = re.compile(rf"\b({_WEEKDAY.pattern})\s+{re.escape(written)}", re.IGNORECASE)
    for found in named_day.finditer(text):
        number = _WEEKDAY_NUMBER.get(found.group(1).rstrip(",").lower())
        told.update(day for day in readings if day.weekday() == number)
    for kind, pattern in _DATE_PATTERNS:
        if kind == "numeric":
            continue  # another all-number date is as open as this one
        for found in pattern.finditer(text):
            parsed = _parse_date(kind, found)
            told.update(day for day in readings if parsed and parsed[0] == day.isoformat())
    return told.pop() if len(told) == 1 else None


def _day_and_month(first: int, second: int) -> tuple[int, int]:
    """The day and the month of an all-number date, whose first number is read as the day.

    "13/03/2021" is 13 March, as Europe and the UN write it; "03/13/2021" has no 13th month,
    so it is a US office's month first: 13 March too (it had been refused as no date). When
    both numbers are 1 to 12 the day stays first: `ambiguous_numeric_date` tells that case.
    """
    if second > 12 >= first:
        return second, first
    return first, second


def _parse_date(kind: str, found: re.Match[str]) -> tuple[str, str | None] | None:
    groups = found.groups()
    try:
        if kind == "dmy":
            day1, month1, day2, month2, year = groups
            month_end = _MONTH_NAMES[month2.lower()]
            month_start = _MONTH_NAMES[month1.lower()] if month1 else month_end
            start = date(int(year), month_start, int(day1))
            end = date(int(year), month_end, int(day2)) if day2 else None
        elif kind == "mdy":
            month, day1, day2, year = groups
            number = _MONTH_NAMES[month.lower()]
            start = date(int(year), number, int(day1))
            end = date(int(year), number, int(day2)) if day2 else None
        elif kind == "iso":
            start, end = date(int(groups[0]), int(groups[1]), int(groups[2])), None
        else:
            day, month = _day_and_month(int(groups[0]), int(groups[2]))
            start, end = date(int(groups[3]), month, day), None
    except (ValueError, KeyError):
        return None
    if end is not None and end < start:
        return None
    return start.isoformat(), end.isoformat() if end else None


def _notes_in(text: str) -> list[str]:
    notes: list[str] = []
    for found in _NOTES.finditer(text):
        note = _SPACES.sub(" ", found.group(0)).strip(" ,;.")
        if "&" in note or note.lower() == _ERRORS_EXCEPTED.lower():
            notes.append(_ERRORS_EXCEPTED)
            continue
        if note.isupper() and not note.lower().startswith("embargoed"):
            note = note.lower()  # "CHECK AGAINST DELIVERY": a note, said in sentence case
        notes.append(note[0].upper() + note[1:])
    return notes


def _is_shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


_EMBARGO: Final = re.compile(
    r"^(?:strictly\s+)?(?:embargo(?:ed)?|under embargo|not for (?:publication|release|broadcast))"
    r"\b",
    re.IGNORECASE,
)
"""A press release's embargo line: the time before which it may not be published."""
_CALENDAR_WORDS: Final = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|may|june|july|august|september|october|november|december)\b"
)


def is_errors_excepted(line: str) -> bool:
    """True for a transcript's "E&OE" alone on its line: a note on the text, not a heading."""
    return _notes_in(line) == [_ERRORS_EXCEPTED] and len(line.split()) <= 4


def is_embargo(text: str) -> bool:
    """True for an embargo line or the note made of it ("Embargoed until 00:01 BST, …")."""
    return _EMBARGO.match(text) is not None


def _embargo_note(line: str) -> str:
    """An embargo line as a note, in sentence case when it was shouted ("Embargoed until …")."""
    if not _is_shouting(line) and not line.startswith("EMBARGOED"):
        return line
    lower = re.sub(
        r"[a-z]+", lambda m: m[0].upper() if m[0].upper() in TIME_ZONES else m[0], line.lower()
    )
    lower = _CALENDAR_WORDS.sub(lambda m: m.group(0).capitalize(), lower)
    return lower[:1].upper() + lower[1:]


def calm(text: str) -> str:
    """ALL-CAPS lines ("CHIEF MEDICAL OFFICER") read as names; short acronyms (UN, H.E.) kept."""
    if not _is_shouting(text):
        return text
    words = []
    for number, word in enumerate(text.split()):
        bare = word.strip(",;:()").lower()
        if bare.rstrip(".") in _TITLE_ABBREVIATIONS:
            words.append(word.capitalize())  # "MS. LEE" is "Ms. Lee", not an acronym
        elif ("." in word and len(word) <= 5) or bare in _ACRONYMS or _NO_VOWEL.fullmatch(bare):
            # "HM", "RSV", "NHS": a word with no vowel is letters said one by one, not a word
            words.append(word)
        elif number and bare in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word.capitalize())
    result = " ".join(words)
    return re.sub(r"-(\w)", lambda m: "-" + m.group(1).upper(), result)


_UPDATED_AFTER_DATE: Final = re.compile(
    r"^[\s,;]*(?:last\s+)?(?:updated|revised|amended)\s*:?\s*(?:on\s+)?(?P<when>\S.*?)[\s.]*$",
    re.IGNORECASE,
)
"""When a page was changed, after the date it was first put out: ", updated 1 December …"."""
_BY_AFTER_DATE: Final = re.compile(r"^[\s,]*by\s+(?P<who>.+?)[\s.]*$", re.IGNORECASE)
_ROLE_THEN_NAME: Final = re.compile(r"^(?:the\s+)?(?P<role>.+),\s+(?P<name>[^,]+)$", re.IGNORECASE)
"""An office, then its holder after the last comma: "the Secretary of State for Environment,
Food and Rural Affairs, the Rt Hon Dana Whitlock MP"."""


_REF_LABEL: Final = re.compile(
    r"^(?:(?:our|notice|case|file|order|decision)\s+)?ref(?:erence)?\.?\s*:\s*", re.IGNORECASE
)
_ADDRESS: Final = re.compile(
    r"(?:https?://|www\.)\S+|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\s[·•]\s"
    r"|(?i:\b(?:tel|t[eé]l[eé]phone|tel[eé]fono|telefon|phone)\.?\s*:?\s*[(+]?\d)"
)
"""A web address, a UK postcode, "·" between the parts of a line ("UNITED NATIONS • NATIONS
UNIES"), or a telephone number ("… N.Y. 10017 TEL. (212) 661-1050")."""


_QUESTION_TURN: Final = re.compile(
    r"^(?:\*\*)?(?:Q\d*|Question(?: \d+)?|Questioner|Reporter|Journalist|Audience member)"
    r"(?: \([^()]{1,30}\))?(?:\*\*)?\s*[:.]\s",
    re.IGNORECASE,
)


def is_question_turn(paragraph: str) -> bool:
    """True for a reporter's turn in a transcript: "Q: …", "QUESTION: …", "Reporter (BBC): …".

    It is not the statement's voice: no key point, and a section of them is titled as such.
    """
    return _QUESTION_TURN.match(paragraph) is not None


def is_organisation(line: str) -> bool:
    """True for a body's name alone on a line ("Bank of Northmere").

    Over a statement's headline, it is the one who put the statement out.
    """
    return _ORGANISATION.fullmatch(line.strip()) is not None and len(line.split()) <= 8


def is_letterhead(line: str) -> bool:
    """True for a letterhead's address: "Police Headquarters, …, Eastport EP1 4QS · www.…".

    It says where the issuer is, not where anything was said, and is no part of the statement.
    """
    return _ADDRESS.search(line) is not None and not line.rstrip().endswith((".", "!", "?"))


def is_office_line(line: str) -> bool:
    """True for a line that is only an office: "THE SECRETARY-GENERAL" above a message."""
    return _OFFICE_LINE.fullmatch(calm(line.strip())) is not None


def is_signature(line: str) -> bool:
    """True for a sign-off under a statement: "Stéphane Dujarric, Spokesperson for the …"."""
    if len(line.split()) > 12 or line.rstrip().endswith((".", "!", "?", ":", ";")):
        return False
    if "," not in line and (
        _office_then_member(calm(line.strip())) is not None
        or _office_of_then_name(calm(line.strip())) is not None
    ):
        # "Minister for Transport Rachel Tembo MP", "Minister for Foreign Affairs Anna Berg":
        # the office, then the member
        return True
    name, role = _speaker_and_role(line) if "," in line else (None, None)
    return bool(name and role and _ROLE_WORDS.search(role))


def _office_end(words: Sequence[str], cut: int) -> int:
    """Where an office written before a name ends: past a "General" that closes it.

    "Attorney General Merrick Garland", "Secretary General Jens Stoltenberg": the office is
    two words; "General Merrick Garland" had been the name and "Attorney" the office, and
    "Secretary General" alone had named a "General".
    """
    if cut < len(words) and words[cut].lower() == "general":
        return cut + 1
    return cut


def _speaker_and_role(text: str, made_by: bool = False) -> tuple[str | None, str | None]:
    """Read "NAME, ROLE" or "the ROLE" or "ROLE NAME"; None when it names nobody.

    `made_by` when a title says someone made the statement ("Discours de …"): only there is
    "Charles de Gaulle" a person's name, where a line alone may be a place ("Palacio de la
    Moncloa") or a body ("Consejo de Seguridad").
    """
    text = calm(_HONORIFICS.sub("", text.strip(" ,")))
    if not text:
        return None, None
    if (office := _ROLE_THEN_NAME.match(text)) and _ROLE_WORDS.match(office["role"]):
        name = _HONORIFICS.sub("", office["name"])
        words = name.split()
        name_like = 2 <= len(words) <= 5 and all(word[:1].isupper() for word in words)
        if name_like and not _ROLE_WORDS.search(name):
            return name, office["role"]
    article = _OFFICE_ARTICLE.match(text)
    # "la ministre Marie Curie", "de minister-president Mark Rutte": the office's holder.
    if article and (held := _holder_after_article(text[article.end() :])) is not None:
        return held
    if re.match(r"^(?:the|la|le|el|der|die)\s+", text, re.IGNORECASE) and not (
        made_by and _is_surname_alone(text)
    ):
        role = re.sub(r"^(?:the|la|le|el|der|die)\s+", "", text, flags=re.IGNORECASE)
        return None, role[0].upper() + role[1:] if role else None
    if "," in text:
        name, role = (part.strip() for part in text.split(",", 1))
        if _ROLE_WORDS.search(role) and not _ROLE_WORDS.match(name):
            return name, role.strip(" ,")
    if (named := _office_then_member(text)) is not None:
        return named
    if (named := _office_of_then_name(text)) is not None:
        return named
    words = text.split()
    if (
        _ROLE_WORDS.match(text)
        and len(words) >= 2
        and words[1].lower() in _OF_WORDS
        and not _opens_a_surname(words[1:])
    ):
        return None, text  # "President of the Government of Spain": a role, no name
    # "President George W. Bush", "Press Secretary Dana Lee": the title's words up to its
    # last role word, then the name.
    leading = [
        i
        for i, word in enumerate(words[:4])
        if _ROLE_WORDS.match(word) or _is_compound_office(word)
    ]
    cut = _office_end(words, leading[-1] + 1) if leading else len(words)
    if cut < len(words) and _is_office_then_name(words, cut):
        return " ".join(words[cut:]), " ".join(words[:cut])
    if leading and cut == len(words) > leading[-1] + 1:
        return None, text  # "Attorney General", "UN Secretary General": an office, no name
    if _ROLE_ALONE.fullmatch(text):
        return None, text  # "Secretary-General's press encounter": an office, no name
    office_of = re.fullmatch(r"[A-Z]{2,10}\s+(?P<office>.+)", text)
    if office_of and _ROLE_ALONE.fullmatch(office_of["office"]):
        return None, text  # "WHO Director-General": an organisation's office, no name
    # A name has a word of letters and no markup: "<img src=x onerror=…>" has no word that is
    # letters alone, and had been read as the speaker ("Statement on safety by <img …>").
    lettered = any(w.isalpha() for w in words) and not re.search(r"[<>=]", text)
    if lettered and 1 <= len(words) <= 6 and all(w[:1].isupper() for w in words if w.isalpha()):
        return text, None
    if made_by and lettered and _is_name_with_particles(words):
        return text, None  # "Ursula von der Leyen", "Charles de Gaulle": one name
    return None, None


def _is_surname_alone(text: str) -> bool:
    """Whether `text` is a surname opening on its particle, with nothing else: "Le Pen".

    Read as "le" and an office, "Discours de Le Pen" had been the speech of a "Pen". The
    particle keeps its capital only in a name: "la Commission" is a body.
    """
    words = text.split()
    return (
        len(words) == 2
        and _opens_a_surname(words)
        and not _ROLE_WORDS.match(words[1])
        and not is_organisation(text)
        and not is_foreign_body(text)
    )


def _is_compound_office(word: str) -> bool:
    """Whether `word` is a German compound ending on an office: "Bundespräsident".

    German joins an office to what it is of in one word ("Bundespräsident",
    "Ministerpräsidentin", "Oberbürgermeister"): "Rede von Bundespräsident Frank-Walter
    Steinmeier" had named "Bundespräsident Frank-Walter Steinmeier" as the speaker.
    """
    folded = word.lower()
    return word[:1].isupper() and any(
        folded.endswith(office) and len(folded) > len(office)
        for office in _title_block_data()["de"]["offices"]
    )


def _opens_a_surname(words: Sequence[str]) -> bool:
    """Whether `words` open on a surname's particle, written with its capital ("De Gaulle").

    "ministre De Gaulle" had read "De" as "of", and the whole as an office no one held.
    """
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[0].lower() in _NAME_PARTICLES - {"of"}
        and words[1][:1].isupper()
    )


def _is_name_with_particles(words: Sequence[str]) -> bool:
    """Whether `words` are one person's name with particles inside it: "Luis de Guindos".

    Capitalised words with "von der", "de", "van" between them, never first or last, each
    run of them followed by a capitalised word. A body's name is none ("Ministère de la
    Santé"), however it is capitalised.
    """
    text = " ".join(words)
    if not 3 <= len(words) <= 6 or is_organisation(text) or is_foreign_body(text):
        return False
    capitalised = [word[:1].isupper() for word in words]
    particles = [word.lower() in _NAME_PARTICLES for word in words]
    return (
        capitalised[0]
        and capitalised[-1]
        and all(big or small for big, small in zip(capitalised, particles, strict=True))
        and not any(_ROLE_WORDS.fullmatch(word) for word in words)
    )


_OFFICE_ARTICLE: Final = re.compile(r"^(?:the|la|le|el|der|die|de|het)\s+", re.IGNORECASE)
"""The article before an office ("the", "la", Dutch "de"), which may be followed by its holder."""
_NAME_PARTICLES: Final = frozenset(
    "van von der den ter ten te da di du dos das de del della la le zu".split()
)
"""Small words inside a person's name: "Hugo de Jonge", "Kees van der Staaij", "Luis de
Guindos", "María Teresa Fernández de la Vega"."""


def _is_office_then_name(words: Sequence[str], cut: int) -> bool:
    """True when `words[:cut]` is an office and `words[cut:]` a capitalised name.

    The office may be written in lowercase, as Dutch, French and Spanish write it ("minister
    Hugo de Jonge", "ministre Jean Dupont", "ministro Juan García"): only the name needs
    capitals, with its particles ("de", "van der") between them.
    """
    office_like = all(
        word[:1].isupper() or word.lower() in _SMALL_WORDS or _ROLE_WORDS.match(word)
        for word in words[:cut]
    )
    name_like = words[cut][:1].isupper() and all(
        word[:1].isupper() or word.lower() in _SMALL_WORDS | _NAME_PARTICLES for word in words[cut:]
    )
    return office_like and name_like


def _holder_after_article(text: str) -> tuple[str, str] | None:
    """(name, office) for an office and its holder after an article, or None.

    "la ministre Marie Curie" had been the role "Ministre Marie Curie", and "de
    minister-president Mark Rutte" named no one; "the Prime Minister" names an office alone.
    """
    if not _ROLE_WORDS.match(text):
        return None
    name, office = _speaker_and_role(text)
    return (name, office) if name and office else None


_POST_NOMINALS: Final = re.compile(
    r"(?:\s+(?:MP|QC|KC|MEP|TD|MSP|MLA|MS|SC|PC|CBE|OBE|MBE|KBE|DBE))+$"
)
"""Letters after a member's or a counsel's name: "Rachel Tembo MP", "Lord Hermer KC"."""
_NAME_PREFIX: Final = frozenset("Lord Lady Sir Dame Baroness Baron".split())
"""A peer's or a knight's style, part of the name it goes before: "Lord Hermer KC"."""
_HONORIFIC_AT_END: Final = re.compile(
    r"\s+(?:(?:the\s+)?(?:Rt\.?|Right)\s+Hon(?:ourable|\.)?|Hon\.?|The\s+Hon(?:ourable|\.)?"
    r"|H\.\s?E\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)$"
)


def _office_then_member(text: str) -> tuple[str, str] | None:
    """An office written before its holder's name and post-nominals, as (name, office).

    "Minister for Transport Rachel Tembo MP", "Attorney General Lord Hermer KC": the letters
    end the name, and the name is its last two words (with a peer's "Lord"). The office had
    been read whole as a role ("Secretary of State for Health Wes Streeting MP"), as part of
    the name ("General Lord Hermer KC"), or not at all. None without post-nominals, where
    the office's last words and the name's first cannot be told apart ("Minister for
    Foreign Affairs Anna Berg").
    """
    letters = _POST_NOMINALS.search(text)
    if letters is None:
        return None
    words = text[: letters.start()].split()
    if len(words) < 3:
        return None  # "Rachel Tembo MP": a name alone
    size = 3 if words[-3] in _NAME_PREFIX else 2
    name, office = words[-size:], " ".join(words[:-size])
    office = _HONORIFIC_AT_END.sub("", office)  # "Minister for Transport Hon. Rachel Tembo MP"
    if (
        not all(word[:1].isupper() for word in name)
        or _ROLE_WORDS.search(" ".join(name))
        or not _ROLE_WORDS.search(office)
    ):
        return None
    return f"{' '.join(name)} {letters.group(0).strip()}", office


_OFFICE_OF: Final = re.compile(r"\s(?:for|of)\s")
"""What an office is of ("Minister for Foreign Affairs", "Secretary of State for Health")."""
_INITIAL: Final = re.compile(r"[A-Z]\.")


def _office_of_then_name(text: str) -> tuple[str, str] | None:
    """An office of something, then its holder's name without letters, as (name, office).

    "Minister for Foreign Affairs Anna Berg": where the office ends is told by its last word,
    a common noun ("Affairs", "Health", "Transport"), and the name's first word, which is none
    ("Anna"). The name is its last two words (three with an initial: "Anna K. Berg"). Where
    either test fails ("… Foreign Affairs Mary Lou McDonald", "… Health Grace Okoro") the line
    may be cut wrongly, and nothing is guessed.
    """
    from pipeline.wordforms import getAllLemmas

    words = text.split()
    size = 3 if len(words) >= 3 and _INITIAL.fullmatch(words[-2]) else 2
    if len(words) < size + 3:
        return None
    name, office = words[-size:], " ".join(words[:-size])
    office = _HONORIFIC_AT_END.sub("", office)  # "Director of Public Health Dr Anna Berg"
    if (
        not _ROLE_WORDS.match(office)
        or _OFFICE_OF.search(office) is None
        or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in office.split())
        or not all(re.fullmatch(r"[A-Z][\w’'-]*\.?", w) for w in name)
        or _ROLE_WORDS.search(" ".join(name))
    ):
        return None
    last, first = office.split()[-1].lower(), name[0].lower()
    if "NOUN" not in getAllLemmas(last) or getAllLemmas(first) or first in _SMALL_WORDS:
        return None
    return " ".join(name), office


_ROLE_ALONE: Final = re.compile(
    r"(?:(?:deputy|under|assistant)[- ])?secretary[- ]general|(?:vice[- ])?president"
    r"|prime minister|high commissioner|director[- ]general|chief constable",
    re.IGNORECASE,
)
"""Offices that name their holder alone, without "the", in a title ("President's remarks")."""
_OFFICE_LINE: Final = re.compile(rf"(?:the\s+)?(?:{_ROLE_ALONE.pattern})", re.IGNORECASE)
"""A line that is only an office, above the title: "The Secretary-General"."""


def parse_title_block(
    lines: Sequence[str],
    fallback_title: str,
    front_matter: Mapping[str, str] | None = None,
    title_hint: str | None = None,
    groups: Sequence[int] | None = None,
    text: str = "",
    lang: str | None = None,
) -> StatementMeta:
    """Read title, speaker, role, event, place, date and notes from the title block's lines.

    Args:
        lines: The title block's lines, Markdown marks already removed.
        fallback_title: A file name to make a title from when nothing better is found.
        front_matter: Fields of a YAML front matter block (title, date, author).
        title_hint: A title from the document's own metadata (HTML <title>, DOCX core title).
        groups: For each line, the number of the blank-line block it came from; lines of one
            block are read as one phrase when they continue each other.
        text: The statement's text, to write a title made from the file name's words as the
            statement writes them.
        lang: The statement's language, whose words for an occasion win where languages
            differ (`title_block_languages.toml`); every language's are read.
    """
    front = dict(front_matter or {})
    block_of = list(groups) if groups is not None else list(range(len(lines)))
    items = [
        (_SPACES.sub(" ", line).strip(), block)
        for line, block in zip(lines, block_of, strict=False)
        if line.strip() and not _BREADCRUMB.search(line)
    ]
    items = _fold_transcript_head(items)
    notes: list[str] = []
    has_symbol = any(_DOCUMENT_SYMBOL.match(line) and "/" in line for line, _ in items)
    masthead = ""
    speaker = role = place = date_text = start = end = event = None
    title: str | None = None
    subject = ""  # a "Subject: …" line's value, when it is the title
    leftovers: list[tuple[str, int]] = []

    for index, (line, block) in enumerate(items):
        # Parenthesised delivery notes, alone on a line or after the title.
        for inner in _PARENTHESES.findall(line):
            found_notes = _notes_in(inner)
            if found_notes:
                notes.extend(found_notes)
                line = line.replace(f"({inner})", " ")
        line = _SPACES.sub(" ", line).strip(" ,")
        if not line:
            continue
        numbered_update = _NUMBERED_UPDATE.match(line)
        if numbered_update:
            # "Update 3 — 27 November 2026, 16:00": the third update, dated; "3 — 27 November"
            # had been read as a range of days, and "Update" as the place.
            notes.append(numbered_update["label"])
            line = numbered_update["rest"]
        if (
            title is None
            and _ORGANISATION.fullmatch(line)
            # "Issued by the Westvale Borough Council" is read below ("Issued by the Issued by …")
            and _sender(line) is None
            and not re.search(r"\d|\sv\.?\s", line)  # "Judgment in Case C-412/24 … Authority"
            and len(line.split()) <= 8
            and index + 1 < len(items)
            and items[index + 1][1] != block
            and _headline_follows(items, index + 1)
            and not _has_issuer(notes)
        ):
            # "Northmere Health Protection Agency" alone over "Outbreak update: …": who put it
            # out, above the headline (it had been the title, and the headline a detail).
            notes.append(_issued_by(calm(line) if _is_shouting(line) else line))
            continue
        if subjects := _SUBJECTS.fullmatch(line):
            # "SUBJECTS: Hospital waiting lists; nurses' pay; bulk billing." under a
            # transcript's head: what was asked about, not the body's first section.
            notes.append(f"Subjects: {subjects['what'].rstrip(' .')}")
            continue
        if is_embargo(line):
            # "EMBARGOED UNTIL 00:01 BST, THURSDAY 15 MAY 2025": when it may be published, not
            # where or when it was given. The note keeps its time zone and date as written.
            notes.append(_embargo_note(line))
            continue
        if _notes_in(line) and len(line.split()) <= 6:
            notes.extend(_notes_in(line))
            continue
        again: tuple[re.Match[str], str, str | None] | None = None
        if date_text is not None:
            again = find_date(line)
        if again is not None and not line[again[0].end() :].strip(" ,.–—-"):
            before = _without_word_before_date(line[: again[0].start()].strip(" ,.–—-"))
            if not before:
                continue  # the date again, alone on its line under a title that gave it
            labelled_again = before.endswith(":")  # "Expires: 19 March 2026" is no place
            if (
                place is None
                and len(before.split()) <= 3
                and _names_a_place(before)
                and not _LABEL.match(before)
                and not labelled_again
            ):
                place = calm(before)  # a dateline under the title block: "THE HAGUE, 12 …"
                continue
        if (
            date_text is None
            and (found := find_date(line)) is not None
            and not (title is None and _is_dated_headline(line[: found[0].start()]))
            and not (
                # "Inspection dates: 7-18 September 2026" over "Published: 01.12.2026": when
                # the work was done, not when the report was issued ("issued on 7-18 September").
                _OTHER_DATES.match(line)
                and any(_LABEL.match(later) and find_date(later) for later, _ in items[index + 1 :])
            )
        ):
            match, start, end = found
            date_text = match.group(0)
            written_before = line[: match.start()].rstrip()
            before = _LABEL.sub("", written_before).strip(" ,–—-:(")  # "GENEVA (18 …)"
            before = _without_word_before_date(before)  # "Paris, le 1er octobre 2026"
            kind_first = re.match(r"(?P<kind>[^–—]+?)\s+[–—-]\s*(?P<rest>.*)$", before)
            if kind_first and is_document_kind(kind_first["kind"]):
                # "FOR IMMEDIATE RELEASE — Wednesday, December 2, 2026": the kind, then the
                # date (the kind and the day had been read as the place).
                kind = kind_first["kind"]
                notes.append(kind[0].upper() + kind[1:].lower())
                before = written_before = kind_first["rest"].strip(" ,")
            if _WEEKDAY.fullmatch(before):
                before = ""
            issuer = _issuer_match(before)
            # "Judgment date: 3 April 2025": a label ends in a colon, and is no place.
            labelled = written_before.endswith(":")
            if issuer:
                # The dated line says who issued it, and when ("Issued by the Returning
                # Officer …, 02:15 on Friday 27 November 2026"): told first, with its date; a
                # body named above the headline follows.
                heads = [note for note in notes if note.startswith("Issued by ")]
                notes = [note for note in notes if note not in heads]
                dated_issuer = (
                    f"Issued by {_issuer_name(issuer.group('who'))}"
                    if issuer.re is _ISSUER  # "Issued by the Returning Officer", as written
                    else _issued_by(_issuer_name(issuer.group("who")))  # "Publié par le …"
                )
                heads = [head for head in heads if not _names_part_of(head, dated_issuer)]
                notes += [dated_issuer, *heads]
            elif adopted := _ADOPTED.match(before):
                # "Resolution adopted by the Human Rights Council on 4 April 2025"
                notes.append(f"Adopted by {adopted.group('who').strip()}")
            elif (
                before
                and not labelled
                and (body := _KIND_AFTER_BODY.match(before))
                and _ORGANISATION.match(body["who"])
            ):
                # "Department for Transport statistical release — 19 November 2026": who
                # issued it, and what it is.
                kind = body["kind"][0].upper() + body["kind"][1:].lower()
                notes += [kind, _issued_by(body["who"])]
            elif before and not labelled and _ORGANISATION.match(before) and place is None:
                # "Department of Health, 14 January 2025": who issued it, not where.
                notes.append(_issued_by(before))
            elif (
                title is not None
                and speaker is None
                and role is None
                and (by := _STATEMENT_BY.match(before))
            ):
                # "Statement by Councillor Anita Rao, Cabinet Member for Finance, to the meeting
                # of Full Council on 25 February 2027": who spoke, at what, on the date.
                spoken_by = re.sub(r"\s+on$", "", by["who"])
                at = _AT_EVENT.search(spoken_by)
                if at and event is None:
                    event, spoken_by = at["event"], spoken_by[: at.start()]
                speaker, role = _speaker_and_role(spoken_by)
            elif before and not labelled and (done := _DONE_ON.match(before)):
                # "Laid before the Assembly on 26 November 2026": what was done that day, no
                # place ("in Laid before the Assembly on").
                notes.append(done["what"])
            elif (
                before
                and not labelled
                and len(before.split()) <= 5
                and place is None
                and _names_a_place(before)
                and not _WEEKDAY.fullmatch(before)
                # "issued 16:20, Sunday 29 November": the hour it was issued, no place
                and not _CLOCK_BEFORE_DATE.fullmatch(before)
            ):
                place = calm(before)
            elif (
                before
                and not labelled
                and title is not None
                and place is None
                and ":" not in before + title
                and before[:1].isupper()
            ):
                # "Monetary Policy Committee decision, 3 December 2026" under the title: what
                # it is, the title's second part (no place, and not lost from the told block).
                title = f"{calm(title) if _is_shouting(title) else title}: {calm(before)}"
            elif (
                before
                and title is None
                and (written_before.endswith(("–", "—")) or (labelled and len(before.split()) > 5))
            ):
                # "WHO Director-General's opening remarks at the media briefing – 9 October
                # 2025": the title, dated after a dash.
                title = before
            if re.match(r"\s*[|–—]\s", line[match.end() :]):
                # "November 20, 2026 | Halifax, Nova Scotia | Fisheries and Oceans Canada":
                # a news release's date, place and issuer on one line, set apart by bars or
                # dashes.
                for part in re.split(r"\s[|–—]\s", line[match.end() :]):
                    part = part.strip()
                    if place is None and _TOWN_AND_REGION.fullmatch(part):
                        place = part
                    elif is_organisation(part) and not _has_issuer(notes):
                        notes.append(_issued_by(part))
            if updated := _UPDATED_AFTER_DATE.match(line[match.end() :]):
                # "Published 30.11.2026, updated 1 December 2026 at 11:05": the page changed
                # since, and when is a fact the reader needs (the plain version had lost it).
                when = updated["when"]
                on = "on " if when[:1].isdigit() or _WEEKDAY.match(when) else ""
                notes.append(f"Updated {on}{when}")
            delivered_by = _BY_AFTER_DATE.match(line[match.end() :])
            if delivered_by and speaker is None and role is None:
                # "Delivered on 12 February 2026 by the Secretary of State for …, the Rt Hon
                # Dana Whitlock MP": who spoke, after the date.
                speaker, role = _speaker_and_role(delivered_by["who"])
            continue
        if is_letterhead(line):
            continue  # the issuer's address at the top of its paper
        if has_symbol and line.lower() == "united nations" and index + 1 < len(items):
            masthead = "United Nations "  # a UN document's masthead, above its symbol and organ
            continue
        if has_symbol and _UN_ORGAN.fullmatch(line) and not _has_issuer(notes):
            # "Security Council" in the masthead: "Issued by the United Nations Security Council"
            notes.append(_issued_by(f"the {masthead}{line}"))
            continue
        if _DOCUMENT_SYMBOL.match(line) and (title is not None or index + 1 < len(items)):
            # A symbol, not a title to read out as one; "Ref: PR/2026/031" without its label.
            notes.append(f"Reference: {_REF_LABEL.sub('', line)}")
            continue
        if _CASE_NAME.match(line) and (_HAS_PARTIES.search(line) or not _ROLE_WORDS.search(line)):
            notes.append(f"Case: {line}")
            continue
        if _ON_APPEAL.match(line):
            notes.append(line[0].upper() + line[1:])
            continue
        if bench := _BENCH.match(line):
            notes.append(f"{bench['label'].capitalize()}: {bench['who'].rstrip('.')}")
            continue
        benched = any(note.startswith(_BENCH_NOTES) for note in notes)
        if _JUDGES.fullmatch(line.rstrip(".")) and not benched:
            # "Lord Justice Amberley, Lady Justice Okoye and Lord Justice Penrose" under the
            # case: who sat, with no label (they had been the event, and "Press Summary" the
            # speaker).
            notes.append(f"Judges: {line.rstrip('.')}")
            continue
        if (
            title is None
            and index + 2 < len(items)
            and _COURT_NAME.match(calm(line))
            and _DIVISION.fullmatch(items[index + 1][0])
            and is_document_kind(items[index + 2][0])
            and not _has_issuer(notes)
        ):
            # "COURT OF APPEAL OF NORTHMERE" and "CIVIL DIVISION" over "PRESS SUMMARY": the
            # court put it out (the two lines had been the title).
            court_name = calm(line.removeprefix("The ").removeprefix("the "))
            notes.append(f"Issued by the {court_name}, {calm(items[index + 1][0])}")
            items[index + 1] = ("", block)
            continue
        if _COURT_AT.match(line) and place is None:
            place = f"the {calm(line.removeprefix('The ').removeprefix('the '))}"
            continue  # "Crown Court at Leeds": where the remarks were given
        if (court := _COURT_LINE.match(line)) and place is None:
            place = f"the {calm(court.group('court'))}"
            continue
        if title is not None and _COURT_NAME.match(line) and not _has_issuer(notes):
            # "Supreme Court of Northland" under "Press Summary": the court issued it.
            notes.append(f"Issued by the {calm(line.removeprefix('The ').removeprefix('the '))}")
            continue
        if title is None and (issued_by := _KIND_ISSUED_BY.match(line)) and index + 1 < len(items):
            kind = issued_by["kind"]
            if is_document_kind(kind):
                notes.append(kind[0].upper() + kind[1:].lower())
            if not _has_issuer(notes):
                notes.append(_issued_by(issued_by["who"]))
            continue
        sender = _sender(line)
        # Above the headline too: "Issued by the Westvale Fire and Rescue Service" over the date
        # names who put the statement out, and had been its title. Under a title, a second
        # issuer's line is left for the event or the block as written.
        if sender and (title is None or not _has_issuer(notes)):
            # "From: Department for Transport", "Issued by: Office for Product Safety …"
            sent_by = _issuer_name(sender["who"]).rstrip(" .")
            name, office = _speaker_and_role(sent_by) if "," in sent_by else (None, None)
            if name and office and speaker is None and role is None and _PERSON.match(sent_by):
                # "Issued by: Dr Helen Amadi, Senior Coroner for …": a person, who signs it
                # ("issued by the Dr Helen Amadi" had made her a body).
                speaker, role = name, office
            elif _issued_by(sent_by) not in notes:
                notes.append(_issued_by(sent_by))
            continue
        if validity := _VALIDITY.match(line):
            label = validity["label"]
            notes.append(f"{label[0].upper()}{label[1:].lower()} {validity['when']}")
            continue
        if (
            title is None
            and role is None
            and _OFFICE_LINE.fullmatch(line)
            and index + 1 < len(items)
        ):
            # "The Secretary-General" above "Message on World Refugee Day": who, not the title.
            role = re.sub(r"^the\s+", "", calm(line), flags=re.IGNORECASE)
            continue
        if (
            title is None
            and index + 2 < len(items)
            and (_ORGANISATION.fullmatch(line) or _COURT_NAME.match(calm(line)))
            and is_document_kind(items[index + 1][0])
            and not _has_issuer(notes)
        ):
            # "Council of the EU" or "INTERNATIONAL COURT OF JUSTICE" over "Press release"
            # over the headline: who put it out.
            notes.append(_issued_by(calm(line) if _is_shouting(line) else line))
            continue
        if (
            title is None
            and index + 3 < len(items)
            and _ORGANISATION.fullmatch(line)
            and items[index + 1][1] == block
            and 0 < len(items[index + 1][0].split()) <= 3
            and is_document_kind(items[index + 2][0])
            and not _has_issuer(notes)
        ):
            # "CROWN PROSECUTION SERVICE" and "NORTHMERE AREA" over "NEWS RELEASE": the body
            # and its branch put it out (they had been the title, and the kind the speaker).
            unit = items[index + 1][0]
            branch = ", ".join(calm(part) if _is_shouting(part) else part for part in (line, unit))
            notes.append(_issued_by(branch))
            items[index + 1] = ("", block)
            continue
        if (detail := _labelled_detail(line)) is not None:
            # A briefing's labels ("Spokesperson for …: Liv Andersen", "Location: Geneva",
            # "Subject: Karesia and Ostria"): who spoke, where, and on what. Read as the
            # title, they had been "titled "Spokesperson for …: Liv Andersen Location: …"".
            field, value = detail
            if field == "place" and place is None:
                place = value
                continue
            if field == "subject" and title is None:
                title = subject = value
                continue
            if field == "speaker" and speaker is None and role is None:
                role, speaker = value.split(": ", 1)
                role = re.sub(r"^the\s+", "", role, flags=re.IGNORECASE)
                continue
        labelled_speaker = _SPEAKER_LABEL.match(line)
        if labelled_speaker and speaker is None and role is None:
            # "Speaker: H.E. Ms Anna Berg, Minister for Foreign Affairs". Read before the title
            # is taken: under "Press briefing notes" alone, "Speaker: Ravina Shamdasani" had
            # been the title, run on with "Location: Geneva", and no one spoke.
            who, what = _speaker_and_role(labelled_speaker["who"])
            if who or what:
                speaker, role = who, what
                continue
        # "Executive Order No. 26-31", "Executive Order 2026-07": a kind and its number.
        numbered = re.fullmatch(r"(?P<kind>.+?)\s+(?P<no>(?i:No)\.?\s*)?(?P<ref>\d[\w/.-]*)", line)
        is_kind = is_document_kind(numbered["kind"] if numbered else line)
        if (
            title is not None
            and is_kind
            and len(title.split()) <= _BANNER_WORDS
            and ":" not in title  # "Karesia: killing of protesters" is a headline
            and _headline_follows(items, index + 1)
        ):
            # "Special Procedures" over "Press releases" over the headline, "STATE OF NEW
            # HARTFORD" over "PROCLAMATION": a site's section or a masthead, not the title
            # (the kind had been the event or the speaker: "Proclamation spoke at …").
            held_at = next((i for i, n in enumerate(notes) if n.startswith("Issued by ")), -1)
            if is_organisation(title) and held_at < 0:
                notes.append(_issued_by(title))
            elif _JURISDICTION.fullmatch(title) and held_at >= 0:
                # "OFFICE OF THE GOVERNOR" over "STATE OF NEW HARTFORD": whose office it is.
                notes[held_at] = f"{notes[held_at]}, {calm(title)}"
            elif not _JURISDICTION.fullmatch(title):
                notes.append(calm(title))  # "Special Procedures": told, as the block says it
            title = None
        if title is None and numbered and is_document_kind(numbered["kind"]):
            # "Press Release No 34/26" over the headline: its kind and its number.
            kind = numbered["kind"]
            ref = f"No {numbered['ref']}" if numbered["no"] else numbered["ref"]
            notes += [kind[0].upper() + kind[1:].lower(), f"Reference: {ref}"]
            continue
        if title is not None and is_kind and not numbered:
            # "Press Briefing Notes" under the headline: its kind, never who spoke ("Press
            # Briefing Notes gave this statement") nor the event.
            notes.append(line[0].upper() + line[1:].lower())
            continue
        if (
            title is None
            and is_document_kind(line)
            and index + 1 < len(items)
            and not items[index + 1][0][:1].islower()
            # "Press Summary" over "Supreme Court of Northland": the title, and the court
            # issued it (read below).
            and not _COURT_NAME.match(calm(items[index + 1][0]))
        ):
            kind = line[0].upper() + line[1:].lower()  # "PRESS RELEASE" over its headline
            kind = re.sub(r"releases$", "release", kind)  # a site's "Press releases" section
            notes.append(kind.replace("parliament", "Parliament"))
            continue
        if title is None:
            title = line
            # A title wrapped over lines of its block continues while lines start in lowercase
            # or are one or two words long; a block of its own that starts in lowercase goes
            # on from it too ("JOINT COMMUNIQUÉ" over "of the Fourth Ministerial Meeting …").
            while index + 1 < len(items) and items[index + 1][1] - block <= 1:
                following, next_block = items[index + 1]
                same = next_block == block
                if following[:1].islower() or (
                    # "01.03.2026" under the headline is its date, not a word of it.
                    same and len(following.split()) <= 2 and not is_date_line(following)
                ):
                    # "STATE OF NEW HARTFORD" over "EXECUTIVE DEPARTMENT": both calmed, or
                    # the title is half in capitals and never calmed as a whole.
                    following = calm(following) if _is_shouting(following) else following
                    title = f"{calm(title) if _is_shouting(title) else title} {following}"
                    items[index + 1] = ("", next_block)
                    index += 1
                    block = next_block
                else:
                    break
            standfirst = items[index + 1][0] if index + 1 < len(items) else ""
            if standfirst and items[index + 1][1] - block <= 1 and _STANDFIRST.match(standfirst):
                # "The Court finds that it has jurisdiction …" under the headline: the news in
                # a sentence, told as one, not an event the statement was made for.
                notes.append(f"{IN_BRIEF}{standfirst.rstrip('.')}")
                items[index + 1] = ("", block)
            continue
        if _CLOCK_LINE.match(line):
            # "1:32 P.M. EDT": when a briefing began, not an event or a name
            notes.append(f"Began: {line}")
            continue
        following = items[index + 1][0] if index + 1 < len(items) else ""
        dated_next = (found_next := find_date(following)) is not None and not following.replace(
            found_next[0].group(0), ""
        ).strip(" ,.")
        if place is None and dated_next and _TOWN_AND_REGION.fullmatch(line):
            place = line  # "Ottawa, Ontario" over "30 September 2025": where, not who
            continue
        if (
            speaker is None
            and role is None
            and not _VENUE.search(line)
            and not _DETAIL_LINE.match(line)
            # "Nottshire Police" alone under the headline put the statement out: no one spoke.
            and not (title is not None and _ORGANISATION.fullmatch(line))
            # "Davanti all'Assemblea Generale" says at what, not who spoke
            and event_from_opening(line, lang) is None
        ):
            # "Nia Pritchard, Public Services Ombudsman, November 2026" signs a foreword: the
            # month is when, no part of the office.
            who, what = _speaker_and_role(_SIGNED_WHEN.sub("", line))
            if who or (what and _ROLE_WORDS.search(what)):
                speaker, role = who, what
                continue
        if place is None and _VENUE_NAME.fullmatch(line):
            # "James S. Brady Press Briefing Room": where it was given, not an event
            place = f"the {line}" if _GENERIC_VENUE.search(line) else line
            continue
        leftovers.append((line, block))

    if title is not None:
        title = re.sub(r"\s+(?:by|par|por|von)$", "", title, flags=re.IGNORECASE).strip(" ,:")
        speaker, role, titled_event = _from_title(title, speaker, role, lang)
        event = titled_event or event  # or the occasion its own line named ("to the meeting …")
        if event is None and lang and not lang.startswith("en"):
            # "Erklärung der Delegation … bei der Konferenz der Vereinten Nationen …": the
            # occasion the title ends on, with no speaker named before it.
            event = (_occasion_after_who(calm(title), lang) or (None, None))[1]
        if speaker is None and role is None:
            role = office_in_title(title, lang)
        parts = _LABELLED_TITLE.match(calm(title))
        if parts and place is None and (speaker or role):
            place = _title_place(parts["rest"], speaker, role)
    case = next((note for note in notes if note.startswith("Case: ")), None)
    if case and title and _SUMMARY_KIND.fullmatch(title):
        # "PRESS SUMMARY" over the case: a court's summary is known by the case's name.
        notes = [title[0].upper() + title[1:].lower(), *(n for n in notes if n != case)]
        title = case.removeprefix("Case: ")
    elif case and title is None and any(_SUMMARY_KIND.fullmatch(note) for note in notes):
        # "SUPREME COURT OF NORTHMERE" over "PRESS SUMMARY" over the case: the same, the
        # court above its kind (its name had been the title, and "Press Summary" the speaker).
        notes = [note for note in notes if note != case]
        title = case.removeprefix("Case: ")
    if (
        title
        and _is_shouting(title)
        and front.get("title")
        and re.sub(r"\W+", " ", front["title"].lower()).startswith(
            re.sub(r"\W+", " ", title.lower()).strip()
        )
    ):
        # "title: Winter vaccines: RSV and flu …" over "# WINTER VACCINES: RSV AND FLU …": the
        # front matter writes the same title in its own case, which shouting had lost.
        title = front["title"]
    if not title and front.get("title") and speaker is None and role is None:
        # "title: Speech by the Minister for Housing at the Northmere Homes Summit" above a
        # block that only says "CHECK AGAINST DELIVERY": the office and the occasion.
        title = front["title"]
        speaker, role, event = _from_title(title, speaker, role, lang)
    kinds = [note for note in notes if is_document_kind(note)]
    if title and title == subject and kinds:
        # "Press briefing notes" over "Subject: Sudan": the title is both ("Sudan by Ravina
        # Shamdasani." had told the topic as though it were the notes' name).
        title = f"{kinds[0]} on {title}"
        notes.remove(kinds[0])
    elif not title and not front.get("title") and not title_hint and kinds and (speaker or role):
        # "Press briefing notes" over "Speaker: …", "Location: …" and "Date: …": the kind is
        # all the block calls it, and a better title than the file's name, which the told
        # block had named as though the speaker wrote it ("Ohchr 0312 by Ravina Shamdasani").
        title = kinds[0]
        notes.remove(kinds[0])
    if not title:
        title = front.get("title") or title_hint or _title_from_name(fallback_title, text, lang)
    if start is None and front.get("date"):
        found = find_date(front["date"])
        if found is not None:
            # "date: '2024-10-14'" is written for a machine: a reader of the title block and
            # of statement.txt had met "2024-10-14" where "14 October 2024" is said.
            date_text, start, end = iso_date_in_words(front["date"], lang or "en"), *found[1:]
    if speaker is None and (front.get("speaker") or front.get("author")):
        speaker = front.get("speaker") or front["author"]
    if role is None and speaker == (front.get("speaker") or front.get("author")):
        role = front.get("role") or role  # "role: Minister for Housing" beside "speaker:"
    for line, block in leftovers:
        made_by = _STATEMENT_BY.match(line)
        if made_by and speaker is None and role is None and title and len(title.split()) <= 4:
            # "Regional Security Council" over "Statement by the President of the Regional
            # Security Council": the body is the masthead, the line names who made it (it had
            # been the event: "This statement was given at the Statement by the President …").
            speaker, role = _speaker_and_role(made_by["who"])
            if not _has_issuer(notes) and title in line:
                notes.append(_issued_by(title))
            title = line
            leftovers = [item for item in leftovers if item != (line, block)]
            break
    for line, block in leftovers:
        if under := _UNDER_LAW.fullmatch(line):
            # "Notice issued under section 18 of the Water Industry Act 2019": the law it is
            # made under, no event ("The statement was made for the Notice issued under …").
            notes.append(f"{under['how'].capitalize()} under {under['law']}")
            leftovers = [item for item in leftovers if item != (line, block)]
            break
    for line, block in leftovers:
        body = _BODY_THEN_KIND.fullmatch(line)
        if (
            body
            and (_ORGANISATION.fullmatch(body["who"]) or _JOINT_KIND.fullmatch(body["kind"]))
            and not _has_issuer(notes)
        ):
            # "Northmere Rail and Northmere Highways — joint notice": the bodies that put
            # it out together, whatever their names.
            # "Westvale Police — Annual crime statistics 2025/26": who issued it, and what it
            # is (it had been the event: "The statement was made for the Westvale Police …").
            who = body["who"]
            # Two bodies' own names ("Northmere Rail and Northmere Highways") take no "the".
            issued = f"Issued by {who}" if " and " in who else _issued_by(who)
            notes += [body["kind"][0].upper() + body["kind"][1:], issued]
            leftovers = [item for item in leftovers if item != (line, block)]
            break
    named = _BODY_STATEMENT.match(title or "")
    if (
        named
        and speaker is None
        and role is None
        and not _has_issuer(notes)
        and (_UN_ORGAN.fullmatch(named["who"]) or _ORGANISATION.fullmatch(named["who"]))
    ):
        # "Security Council Press Statement on Attack against Peacekeepers …": the Council
        # issued it ("This statement was issued on 14 October 2026." had named no one).
        notes.append(_issued_by(named["who"]))
    if event is None:
        event, leftovers = _event_block(leftovers, lang)
    leftovers = _without_translation(leftovers, speaker)
    issuers = [
        line
        for line, _ in leftovers
        if _ORGANISATION.fullmatch(line) or is_foreign_body(line, lang)
    ]
    if issuers and not _has_issuer(notes):
        # "Devonshire and Moor Police" on a line of its own put the statement out: it is no
        # event ("The statement was made for the Devonshire and Moor Police").
        notes.append(_issued_by(issuers[0]))
        leftovers = [(line, block) for line, block in leftovers if line != issuers[0]]
    banners = [
        line
        for line, _ in leftovers
        # "STATE OF NEW HARTFORD" on a governor's paper names where, and says nothing in brief.
        if _is_shouting(line) and len(line.split()) >= 3 and not _JURISDICTION.fullmatch(line)
    ]
    if title is not None and banners and is_organisation(title) and not _has_issuer(notes):
        # A letter headed "Hillcrest Primary School" over "URGENT: SCHOOL CLOSED TUESDAY …":
        # the school sent it, and the line in capitals says what it is about. Named by the
        # school, the letter was "Hillcrest Primary School by Jane Whitaker".
        notes.append(_issued_by(title))
        title = banners[0]
        leftovers = [(line, block) for line, block in leftovers if line != banners[0]]
        banners = []
    if title is not None and banners:
        # "BOIL WATER NOTICE IN FORCE" under an emergency notice's title: its message in a
        # line, told as a sentence, not an event the statement was given at.
        notes.append(f"{IN_BRIEF}{calm(banners[0]).rstrip('.')}")
        leftovers = [(line, block) for line, block in leftovers if line != banners[0]]
    # "Model number: BN-220", "Areas affected: …": a notice's details, told as written, name
    # no event ("This statement was given at the Areas affected: …").
    # "STATE OF NEW HARTFORD" under "OFFICE OF THE GOVERNOR" is its masthead, no event either:
    # whose office it is.
    places = [line for line, _ in leftovers if _JURISDICTION.fullmatch(line)]
    issuer_at = next((i for i, n in enumerate(notes) if n.startswith("Issued by ")), -1)
    if places and issuer_at >= 0 and calm(places[0]) not in notes[issuer_at]:
        notes[issuer_at] = f"{notes[issuer_at]}, {calm(places[0])}"
    leftovers = [
        (line, block)
        for line, block in leftovers
        if not _DETAIL_LINE.match(line) and not _JURISDICTION.fullmatch(line)
    ]
    if leftovers:
        first_block = leftovers[0][1]
        phrase = [line for line, block in leftovers if block == first_block]
        joined = _join_lines(phrase)
        event = joined if event is None else f"{event} – {joined}"
    meta = StatementMeta(
        title=calm(title) if _is_shouting(title) else _calm_label(title),
        speaker=speaker,
        speaker_role=role,
        event=event,
        place=place,
        # "MONDAY, 30 NOVEMBER 2026" is told as "30 November 2026", not shouted mid-sentence.
        date_text=calm(date_text) if date_text and _is_shouting(date_text) else date_text,
        date_start=start,
        date_end=end,
        notes=tuple(dict.fromkeys(notes)),
    )
    return without_a_guessed_day(meta, text)


@dataclass(frozen=True)
class _TitleBlockWords:
    """How title blocks name an occasion and a body, in the languages read together."""

    event_opening: re.Pattern[str]
    """An event's line: its opening words (`opening`), then the event (`rest`)."""
    articles: Mapping[str, str]
    """What each opening leaves before the event once taken off ("au" -> "le")."""
    event_word: re.Pattern[str]
    """A noun of an occasion ("debate", "Generaldebatte")."""
    body: re.Pattern[str]
    """A body's name in another language than English ("Misión Permanente de España …")."""


@cache
def _title_block_data() -> dict[str, dict[str, Any]]:
    """The words of `title_block_languages.toml`, by language code."""
    text = files("pipeline").joinpath("data", "title_block_languages.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def _english_event_words() -> re.Pattern[str]:
    """An occasion after "at the", not part of an office ("Minister at the Home Office").

    "Speech by the Minister for Justice at the launch of the Victims' Strategy". The
    nouns are the English `event_words` of `title_block_languages.toml`.
    """
    nouns = "|".join(map(re.escape, _title_block_data()["en"]["event_words"]))
    return re.compile(rf"(?:(?:\w+ ){{0,2}})(?:{nouns})\b", re.IGNORECASE)


@cache
def _title_block_words(lang: str | None) -> _TitleBlockWords:
    """The words of `lang` and of every other language (a block may repeat itself in English).

    Where two languages read one opening differently ("al": "el" in Spanish, "il" in
    Italian), the statement's own language wins.
    """
    data = _title_block_data()
    own = (lang or "").replace("_", "-").split("-")[0].lower()
    order = [code for code in data if code != own] + ([own] if own in data else [])
    articles: dict[str, str] = {}
    words: set[str] = set()
    bodies: set[str] = set()
    for code in order:
        articles.update({k.lower(): v for k, v in data[code].get("event_openings", {}).items()})
        words.update(word.lower() for word in data[code].get("event_words", ()))
        bodies.update(body.lower() for body in data[code].get("bodies", ()))

    def alternatives(items: set[str] | dict[str, str]) -> str:
        return "|".join(re.escape(item) for item in sorted(items, key=len, reverse=True))

    return _TitleBlockWords(
        event_opening=re.compile(
            rf"^(?P<opening>{alternatives(articles)})(?:\s+|(?<=['’]))(?P<rest>\S.*)$",
            re.IGNORECASE,
        ),
        articles=articles,
        event_word=re.compile(rf"\w*(?:{alternatives(words)})(?:s|es|e|en|n|x)?", re.I),
        body=re.compile(rf"^(?:the\s+)?(?:{alternatives(bodies)})\b.*", re.IGNORECASE),
    )


@cache
def _word_before_date() -> re.Pattern[str]:
    """A dateline's word between the place and the date, after a comma, in any language.

    The words are the `before_date` of `title_block_languages.toml`: "Paris, le 1er octobre
    2026" was given in "Paris, le", which the French first line then told as the place.
    """
    words = {
        word for table in _title_block_data().values() for word in table.get("before_date", ())
    }
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|\s*,\s*)(?:{alternatives})$", re.IGNORECASE)


_WEEKDAY_BEFORE_DATE: Final = re.compile(rf"(?:^|\s*,?\s+){_WEEKDAY.pattern}$", re.IGNORECASE)
"""The day's name that ends the words before a date: "London, Monday" of "London, Monday 2
March 2026" (the day is told with the date; read as the place, it was "in London, Monday")."""


def _without_word_before_date(before: str) -> str:
    """The words before a date without the day's name or the dateline's "le", "den" or "a".

    "Paris, le 1er octobre 2026" is in "Paris"; "Le 1er mars 2026" alone names no place.
    """
    before = _WEEKDAY_BEFORE_DATE.sub("", before.strip()) if before.strip() else before
    return _word_before_date().sub("", before)


_EVENT_NOUN_WORDS: Final = 4
"""How far into an event's phrase its noun comes ("el Debate General", "la 79e session")."""


def event_from_opening(phrase: str, lang: str | None = None) -> str | None:
    """The event a phrase opening on "at the", "en el", "au" … names, without that opening.

    "EN EL DEBATE GENERAL DEL SEPTUAGÉSIMO NOVENO PERÍODO …" is "el Debate General del
    Septuagésimo Noveno Período …"; "Au nom de Son Excellence …" names no occasion: None.
    """
    words = _title_block_words(lang)
    found = words.event_opening.match(calm(phrase))
    if found is None:
        return None
    first_words = found["rest"].split()[:_EVENT_NOUN_WORDS]
    if not any(words.event_word.fullmatch(word.strip(",.;:")) for word in first_words):
        return None
    article = words.articles[found["opening"].lower()]
    if not article:
        return str(found["rest"])  # "AT THE GENERAL DEBATE …": "General Debate …"
    joiner = "" if article.endswith(("'", "’")) else " "
    return f"{article}{joiner}{found['rest']}"


def occasion_noun(event: str, lang: str | None = None) -> str | None:
    """The word naming an event's occasion, among its first words after the article.

    "der Gedenkfeiern zum 80. Jahrestag …" is named by "Gedenkfeiern"; None where no word is
    an occasion's noun.
    """
    words = _title_block_words(lang)
    for word in event.split()[1 : _EVENT_NOUN_WORDS + 1]:
        if words.event_word.fullmatch(word.strip(",.;:")):
            return word.strip(",.;:")
    return None


def tells_its_occasion(event: str, lang: str) -> bool:
    """True for an event read with the article `lang` names occasions with ("el Debate …").

    Only such an event goes into a sentence in `lang`; one cut from its line ("Del
    Septuagésimo Noveno Período …") needs the grammar of the language to be told.
    """
    own = lang.replace("_", "-").split("-")[0].lower()
    articles = _title_block_data().get(own, {}).get("event_openings", {}).values()
    first = re.match(r"[^\s'’]+['’]?", event)
    return first is not None and first.group(0) in set(articles)


@cache
def _kind_in_office(lang: str | None) -> re.Pattern[str] | None:
    """A title of a speech given in an office, in `lang` ("Abschiedsrede als Bundeskanzlerin")."""
    data = _title_block_data()
    own = (lang or "").replace("_", "-").split("-")[0].lower()
    chosen = [data[own]] if own in data else list(data.values())
    kinds = [kind for words in chosen for kind in words.get("speech_kinds", ())]
    as_words = [word for words in chosen for word in words.get("in_office", ())]
    offices = [office for words in chosen for office in words.get("offices", ())]
    if not (kinds and as_words and offices):
        return None

    def alternatives(items: list[str]) -> str:
        return "|".join(re.escape(item) for item in sorted(set(items), key=len, reverse=True))

    return re.compile(
        rf"^(?:[\w'’-]+\s+){{0,2}}?[\w'’-]*(?:{alternatives(kinds)})\s+(?:{alternatives(as_words)})"
        rf"\s+(?P<office>(?:(?:the|la|le|el|il|de|der|die)\s+)?[\w'’-]*(?:{alternatives(offices)})"
        rf"(?:\s+\S.*)?)$",
        re.IGNORECASE,
    )


def office_in_title(title: str, lang: str | None = None) -> str | None:
    """The office a title says its speech was given in, when it names no one.

    "Abschiedsrede als Bundeskanzlerin" (a farewell speech as Federal Chancellor) tells who
    spoke only by office: "Bundeskanzlerin", and never a name guessed from elsewhere.
    """
    pattern = _kind_in_office(lang)
    found = pattern.match(calm(title)) if pattern is not None else None
    return found["office"] if found else None


def is_foreign_body(line: str, lang: str | None = None) -> bool:
    """True for a body's name in another language: "MISIÓN PERMANENTE DE ESPAÑA EN …"."""
    return (
        _title_block_words(lang).body.fullmatch(line.strip()) is not None
        and len(line.split()) <= 10
    )


def _event_block(
    leftovers: list[tuple[str, int]], lang: str | None
) -> tuple[str | None, list[tuple[str, int]]]:
    """The event a block of lines names as one phrase, and the lines left without that block.

    "EN EL DEBATE GENERAL" over "DEL SEPTUAGÉSIMO NOVENO PERÍODO …" is one occasion; line by
    line, the first had been the message in brief and the second the event, without its noun.
    """
    for block in dict.fromkeys(block for _, block in leftovers):
        lines = [line for line, number in leftovers if number == block]
        named = event_from_opening(" ".join(lines), lang)
        if named is not None:
            return named, [item for item in leftovers if item[1] != block]
    return None, leftovers


def _without_translation(
    leftovers: list[tuple[str, int]], speaker: str | None
) -> list[tuple[str, int]]:
    """The lines left, without the blocks that name the speaker already read.

    A title block given again in English under the Spanish one ("STATEMENT BY THE PRESIDENT …"
    / "H.E. MR. PEDRO SÁNCHEZ …") tells nothing new: it is no message in brief, nor an event.
    """
    if not speaker:
        return leftovers
    name = speaker.casefold()
    repeated = {block for line, block in leftovers if name in calm(line).casefold()}
    return [item for item in leftovers if item[1] not in repeated]


_SHOUTED_LABEL: Final = re.compile(
    r"^(?P<label>[A-Z][A-Z'’&]+(?: [A-Z][A-Z'’&]+)+)(?P<mark> [–—-] |: )"
)
"""A label in capitals before a title in sentence case: "INCIDENT UPDATE – Warehouse fire"."""


def _calm_label(title: str) -> str:
    """A title's label in capitals said in sentence case, its acronyms kept.

    "INCIDENT UPDATE – Warehouse fire, Riverside Industrial Estate" is "Incident update –
    Warehouse fire, …": read and heard as the heading it is, not shouted in the About section.
    """
    found = _SHOUTED_LABEL.match(title)
    if found is None or not re.search(r"[a-z]", title[found.end() :]):
        return title
    first, *rest = calm(found["label"]).split()
    label = " ".join([first, *(word if word.isupper() else word.lower() for word in rest)])
    return f"{label}{found['mark']}{title[found.end() :]}"


def with_overrides(
    meta: StatementMeta,
    title: str | None = None,
    speaker: str | None = None,
    date: str | None = None,
) -> StatementMeta:
    """The metadata with what the user said on the command line in place of what was read.

    The user knows the statement better than its title block: their words win. A speaker
    given as "Name, Role" fills both; a bare name drops a role read for someone else.
    """
    if title is not None:
        meta = replace(meta, title=" ".join(title.split()))
    if speaker is not None:
        name, role = _speaker_and_role(speaker)
        meta = replace(
            meta, speaker=name or " ".join(speaker.split()), speaker_role=role if name else None
        )
    found = find_date(date) if date is not None else None
    if date is not None and found is not None:
        meta = replace(
            meta, date_text=" ".join(date.split()), date_start=found[1], date_end=found[2]
        )
    return meta


def _join_lines(lines: list[str]) -> str:
    """Lines of one block: capitals run on as one phrase; separate phrases get a dash."""
    if all(_is_shouting(line) for line in lines):
        return calm(" ".join(lines))
    return " – ".join(lines)


def _occasion_after_who(who_text: str, lang: str | None) -> tuple[str, str] | None:
    """Who, and the occasion a title names after them in its language, or None.

    "Rede von Bundesministerin Anna Berg bei der Eröffnung der Radwege": Anna Berg spoke at
    "der Eröffnung der Radwege" (the opening of the cycle paths); the occasion had been read
    as part of her name, and no one was named. The openings ("bei der", "lors de la") and the
    nouns of occasions are those of `title_block_languages.toml`.
    """
    words = who_text.split()
    for cut in range(2, len(words)):
        event = event_from_opening(" ".join(words[cut:]), lang)
        if event is not None:
            return " ".join(words[:cut]).rstrip(" ,"), event
    return None


def _from_title(
    title: str, speaker: str | None, role: str | None, lang: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """Speaker, role and event named inside the title itself, when the lines below do not."""
    event = None
    text = calm(title)
    if (labelled := _LABELLED_TITLE.match(text)) and speaker is None and role is None:
        told = _title_parts(labelled["rest"])
        if told is not None:
            return told
    possessive = _POSSESSIVE.match(text)
    if possessive:
        who, what = _speaker_and_role(possessive.group("who"))
        event_text = possessive.group("event")
        if event_text:
            event = re.sub(r"^(?:a|an|the)\s+", "", event_text, flags=re.IGNORECASE)
        return speaker or who, role or what, event
    held = _speech_of_holder(text, lang)
    if held is not None and speaker is None and role is None:
        name, office, after = held
        return name, office, event_from_opening(after, lang) if after else None
    by = _made_by(text) or _REMARKS_OF.match(text) or _FROM_WHO.match(text)
    if by and (speaker is None or role is None):
        who_text = by.group("who")
        at = _AT_EVENT.search(who_text)
        before_at = calm(who_text[: at.start()]) if at else ""
        if at and (
            "," in before_at
            or _english_event_words().match(at.group("event"))
            # "Minister for Foreign Affairs Anna Berg at the Nordic Council": the office and
            # its holder end where "at" begins.
            or _office_then_member(before_at) is not None
            or _office_of_then_name(before_at) is not None
        ):
            event = at.group("event")
            who_text = who_text[: at.start()]
        elif at is None and (occasion := _occasion_after_who(who_text, lang)) is not None:
            who_text, event = occasion
        who, what = _speaker_and_role(who_text, made_by=True)
        topic = _TOPIC.search(who_text)
        # A comma may be a name's and its role's ("Jane Doe, Minister …"), or a list's in
        # an office of several ("the Ministers of Health of Norland, Estavia and Marlow").
        if topic and ("," not in who_text or re.match(r"the\s", who_text, re.IGNORECASE)):
            # "… Sarah Whitfield on the Riverside incident": the topic stays in the title. A
            # role may go on with "on" ("the Special Rapporteur on the right to food").
            named, named_role = _speaker_and_role(who_text[: topic.start()], made_by=True)
            before = who_text[: topic.start()].split()[-1].lower()
            if named or (named_role and before not in _MANDATE_WORDS):
                who, what = named, named_role
        if (who is None or _name_and_topic(who) is not None) and (
            name_and_topic := _name_and_topic(who_text)
        ) is not None:
            # "Mark Rutte Over Het Klimaat" (of a title in capitals), "Jean Dupont sur le
            # climat": the name ends where the topic or the occasion opens.
            named, named_role = _speaker_and_role(name_and_topic[0], made_by=True)
            if named:
                who, what = named, named_role or what
                event = event or event_from_opening(name_and_topic[1], lang)
        if who or what:
            return speaker or who, role or what, event
    if speaker is None and role is None and (person := _person_after_van(text)):
        return person, None, event
    return speaker, role, event


def _genitive_office(word: str, table: Mapping[str, Any]) -> str | None:
    """The office `word` names in the genitive, as written alone ("Ministers" -> "Minister")."""
    folded = word.lower()
    for office in sorted(table.get("offices", ()), key=len, reverse=True):
        for ending in ("", *table.get("genitive_endings", ())):
            if folded.endswith(office + ending):
                return word[: len(word) - len(ending)]
    return None


_MOST_NAME_WORDS: Final = 5


def _speech_of_holder(title: str, lang: str | None) -> tuple[str | None, str, str] | None:
    """(name, office, what follows) of a title naming its speaker with a genitive, or None.

    "Rede des Bundespräsidenten Frank-Walter Steinmeier beim Festakt" is the speech of
    Federal President Steinmeier, at the ceremony: nothing had read a speaker from it. Only
    the languages with `speech_of` in `title_block_languages.toml` write titles so.
    """
    table = _title_block_data().get((lang or "").replace("_", "-").split("-")[0].lower(), {})
    words = title.split()
    kinds = tuple(table.get("speech_kinds", ()))
    at = next(
        (
            i
            for i in range(1, min(3, len(words) - 1))
            if words[i].lower() in table.get("speech_of", ())
            and words[i - 1].lower().endswith(kinds)
        ),
        None,
    )
    if at is None or (office := _genitive_office(words[at + 1], table)) is None:
        return None  # "Erklärung der Delegation …": a body's, no office's
    rest = words[at + 2 :]
    if rest and not rest[0][:1].isupper():
        return _office_of_in_genitive(office, rest, lang)
    size = 0
    while size < min(len(rest), _MOST_NAME_WORDS) and (
        rest[size][:1].isupper() or _opens_a_name_part(rest[size:])
    ):
        size += 1
    name = " ".join(rest[:size]) or None
    return name, office, " ".join(rest[size:])


_NAME_AFTER_OFFICE_OF: Final = 2


def _office_of_in_genitive(
    office: str, rest: Sequence[str], lang: str | None
) -> tuple[str | None, str, str]:
    """(name, office, what follows) when the office goes on with what it is of.

    "Rede des Bundesministers der Finanzen Christian Lindner": the office is "Bundesminister
    der Finanzen" and the name its last two words, as with "Minister for Foreign Affairs
    Anna Berg"; "der Finanzen Christian Lindner" had been the speaker's name. Where the
    office's last word and the name's first cannot be told apart, no name is guessed.
    """
    text = " ".join(rest)
    if _name_end().match(text) or event_from_opening(text, lang):
        return None, office, text  # "des Bundespräsidenten beim Festakt": the occasion
    head, after = _name_and_topic(text) or (text, "")
    if (occasion := _occasion_after_who(head, lang)) is not None:
        head, after = occasion[0], " ".join(head.split()[len(occasion[0].split()) :])
    words = head.split()
    name = words[-_NAME_AFTER_OFFICE_OF:]
    if len(words) == _NAME_AFTER_OFFICE_OF:
        return None, f"{office} {head}", after  # "des Bundesministers der Finanzen"
    if len(words) > _NAME_AFTER_OFFICE_OF + 1 and all(
        word[:1].isupper() and word.lower() not in _NAME_PARTICLES
        for word in words[-_NAME_AFTER_OFFICE_OF - 1 :]
    ):
        return " ".join(name), f"{office} {' '.join(words[:-_NAME_AFTER_OFFICE_OF])}", after
    return None, office, after


def _opens_a_name_part(words: Sequence[str]) -> bool:
    """Whether `words` open on a name's particles and go on with its next capitalised word."""
    particles = 0
    while particles < len(words) and words[particles].lower() in _NAME_PARTICLES:
        particles += 1
    return 0 < particles < len(words) and words[particles][:1].isupper()


@cache
def _name_end() -> re.Pattern[str]:
    """A word that ends a name in a title and opens its topic or occasion, in any language.

    The words are the `after_name` of `title_block_languages.toml` ("over", "bij", "sur",
    "über", "sobre", "on" …), matched in any case: a title in capitals had been calmed to
    "Mark Rutte Over Het Klimaat", which read as a five-word name.
    """
    words = {word for table in _title_block_data().values() for word in table["after_name"]}
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?=\s|$)", re.IGNORECASE)


def _name_and_topic(who_text: str) -> tuple[str, str] | None:
    """`who_text` cut at the first word that ends a name, past its first two words, or None.

    "minister Hugo de Jonge over het klimaat" is ("minister Hugo de Jonge", "over het
    klimaat"). A name has at least two words, so its second word is never a cut.
    """
    words = who_text.split()
    for cut in range(2, len(words)):
        if _name_end().match(" ".join(words[cut:])):
            return " ".join(words[:cut]), " ".join(words[cut:])
    return None


_DUTCH_NAME_WORD: Final = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:[-'’][A-ZÀ-Ýa-zà-ÿ]+)*"
_DUTCH_PARTICLES: Final = r"(?:(?:van|de|der|den|ter|te|ten|'t|’t)\s+){1,3}"
_SPEECH_VAN_PERSON: Final = re.compile(
    rf"^(?P<kind>\w+)\s+van\s+(?P<name>{_DUTCH_NAME_WORD}"
    rf"(?:\s+(?:{_DUTCH_PARTICLES})?{_DUTCH_NAME_WORD}){{1,3}})(?=$|\s*[,:;–—-]|\s+[a-z])"
)
"""A Dutch title naming a person after "van": "Toespraak van Jan de Vries over het klimaat"."""


def _person_after_van(title: str) -> str | None:
    """The person a Dutch speech's title names after "van", when it names no office, or None.

    "Toespraak van Mark Rutte over het klimaat" named no speaker: the topic after the name was
    read as part of it. A person's name is 2 to 4 capitalised words, with "de", "van" or "ter"
    between them ("Jan de Vries"); "Toespraak van de Koning" names an office, not a person.
    """
    found = _SPEECH_VAN_PERSON.match(title)
    if found is None or found["kind"].lower() not in _title_block_data()["nl"]["speech_kinds"]:
        return None
    return found["name"]


def _made_by(title: str) -> re.Match[str] | None:
    """A title's kind of speech and who made it: "Statement by …", "Discours de …".

    French and Spanish "de" also joins a body to its field ("Le ministère de la Santé lance
    une campagne …"), as Italian "di" and Dutch "van" do ("Mededeling van de Commissie aan
    …"), so after them the words before must name a speech (`speech_kinds`
    of `title_block_languages.toml`, in any language): the headline had been read as a role
    ("Santé lance une campagne …").
    """
    found = _BY.match(title)
    if found is None or found["by"].lower() not in ("de", "del", "du", "di", "van"):
        return found
    kinds = {kind for table in _title_block_data().values() for kind in table["speech_kinds"]}
    last = found["kind"].split()[-1].lower() if found["kind"].split() else ""
    return found if last in kinds else None


_LABELLED_TITLE: Final = re.compile(
    r"^(?:transcript|remarks|doorst[eo]p(?: interview)?|interview|(?:press|media|news) conference)"
    r"\s*[:–—]\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
"""A transcript's title that lists its parts after a label: "Transcript: Minister for
Transport, Hon. Rachel Tembo MP, press conference, Parliament House, Wellmouth"."""
_SUBJECTS: Final = re.compile(r"(?:subjects|topics)\s*:\s*(?P<what>\S.*)", re.IGNORECASE)
"""A transcript's list of what it covers: "SUBJECTS: Waiting lists; nurses' pay"."""
_TRANSCRIPT_LABEL: Final = re.compile(r"(?:transcript|verbatim transcript)", re.IGNORECASE)
"""A transcript's label alone on the first line of its title block: "TRANSCRIPT"."""


def _fold_transcript_head(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A head of lines under "TRANSCRIPT" read as the one labelled title it stands for.

    "TRANSCRIPT" over "MINISTER FOR HEALTH, THE HON. DAVID KERRIGAN MP" and "DOORSTOP
    INTERVIEW, PARLIAMENT HOUSE, CANBERRA" says what "Transcript: Minister for Health, …,
    doorstop interview, Parliament House, Canberra" does on one line. Line by line, the
    minister had been the title and the occasion a headline in brief. The lines fold up to
    the date; only when one of them names an office, so a headline under the label stays one.
    """
    if len(items) < 3 or not _TRANSCRIPT_LABEL.fullmatch(items[0][0].strip(" .:")):
        return items
    lines: list[str] = []
    for line, _ in items[1:]:
        if find_date(line) is not None or len(lines) == 4:
            break
        lines.append(calm(line).rstrip(" ,"))
    if not lines or not any(_ROLE_WORDS.search(line) for line in lines):
        return items
    # "Doorstop Interview" in capitals is the occasion, told in lower case mid-sentence.
    parts = [
        part.lower() if _OCCASION.fullmatch(part) else part
        for line in lines
        for part in line.split(", ")
    ]
    folded = f"Transcript: {', '.join(parts)}"
    return [(folded, items[1][1]), *items[1 + len(lines) :]]


_OCCASION: Final = re.compile(
    r"(?:(?:press|media|news) conference|(?:press |media )?briefing|doorst[eo]p(?: interview)?"
    r"|interview|stakeout|press encounter|media encounter)$",
    re.IGNORECASE,
)
"""A part of such a title that names the occasion: "press conference", "doorstop"."""


def _title_parts(parts_text: str) -> tuple[str | None, str | None, str | None] | None:
    """Speaker, role and occasion from a labelled title's parts; None when it names nobody.

    The place ("Parliament House, Wellmouth") is read by `_title_place`.
    """
    speaker = role = event = None
    for part in (p.strip() for p in parts_text.split(",")):
        bare = _HONORIFICS.sub("", part)
        if _VENUE.search(part):
            break  # the place, to the end of the title
        if _OCCASION.fullmatch(part):
            event = event or part
        elif role is None and _ROLE_WORDS.match(re.sub(r"^the\s+", "", bare, flags=re.I)):
            role = bare
        elif speaker is None and 2 <= len(bare.split()) <= 5:
            words = bare.split()
            if all(word[:1].isupper() for word in words) and not _ROLE_WORDS.search(bare):
                speaker = bare
    if speaker is None and role is None:
        return None
    return speaker, role, event


def _title_place(parts_text: str, speaker: str | None, role: str | None) -> str | None:
    """The place a labelled title ends on: its venue's part and what follows it.

    Without a venue, the parts after the speaker and the office that are names of places
    ("Port Hedland, Western Territory") are the place; a part with an acronym ("ABC Radio
    National") names a broadcaster, not where.
    """
    parts = [p.strip() for p in parts_text.split(",")]
    venue = next((i for i, part in enumerate(parts) if _VENUE.search(part)), None)
    if venue is not None:
        return ", ".join(parts[venue:])
    known = [i for i, part in enumerate(parts) if part and part in (speaker, role)]
    known += [i for i, part in enumerate(parts) if speaker and speaker in part]
    if not known or max(known) + 1 >= len(parts):
        return None
    rest = parts[max(known) + 1 :]
    named = all(
        1 <= len(part.split()) <= 4
        and all(word[:1].isupper() and not word.isupper() for word in part.split())
        and not _OCCASION.fullmatch(part)
        for part in rest
    )
    return ", ".join(rest) if named else None


_MINOR_TITLE_WORDS: Final = frozenset(
    "a an and as at by for from in of on or the to vs via with".split()
)
_FILE_MARK: Final = re.compile(r"(?:ocr|scan(?:ned)?)\d*|v\d+|rev\d+|\(\d+\)", re.IGNORECASE)
"""Words a file name says about the file, not the statement: "…_en_ocr", "…-v2 (1)"."""
_FILE_STATE: Final = frozenset("final draft copy edited revised".split())
"""Words that say the file's state at the end of its name ("…-speech-final"), not before
("final-communique")."""
_FILE_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")
"""A year, the one number of a file name that says something: "unga79_latvia_2024"."""
_ABBREVIATIONS: Final = frozenset("mr mrs ms dr st jr sr ltd".split())
"""Words without a vowel that are no initialism: "Dr", "St"."""


def _file_name_words(name: str) -> list[str]:
    """The words of a file name that name the statement, in order.

    Dropped: the extension, marks about the file ("ocr", "v2", "(1)", a last "final"), bare
    numbers that are serials at either end ("02_…", "…_003") and the month and day after a
    year, and language codes at the end ("…_en_ocr"): the page says the language.
    """
    from pipeline.settings import SUPPORTED_LANGUAGES  # settings imports this module

    stem = re.sub(r"\.[A-Za-z0-9]+$", "", name)
    words: list[str] = []
    in_date = False
    for word in re.split(r"[-_\s.]+|(?=\()", stem):
        if not word or _FILE_MARK.fullmatch(word):
            continue
        if in_date and word.isdigit() and len(word) <= 2:
            continue  # "2021_01_20": the month and the day are said by no title
        in_date = _FILE_YEAR.fullmatch(word) is not None
        words.append(word)

    def serial(word: str) -> bool:
        return word.isdigit() and not _FILE_YEAR.fullmatch(word)

    while len(words) > 1 and serial(words[0]):
        words = words[1:]
    while len(words) > 1 and (
        serial(words[-1]) or words[-1].lower() in (*SUPPORTED_LANGUAGES, *_FILE_STATE)
    ):
        words = words[:-1]
    return words


def _is_initialism(word: str, acronyms: Mapping[str, str]) -> bool:
    """Whether a file name's word is said letter by letter: "unga79", "wh", "ungdc".

    A known acronym is one, and so is a word without a vowel ("wh") or a known acronym
    with such letters after it ("ungdc" of "UN" and "GDC").
    """
    from pipeline.settings import SUPPORTED_LANGUAGES  # settings imports this module

    letters = re.match(r"[A-Za-z]+", word)
    if letters is None:
        return False
    upper = letters.group(0).upper()
    if upper in acronyms:
        return True
    if upper.lower() in _ABBREVIATIONS or upper.lower() in SUPPORTED_LANGUAGES:
        return False  # "Dr"; "fr", a file name's only word
    return any(
        (not head or head in acronyms) and not re.search(r"[AEIOUY]", upper[len(head) :])
        for head in (upper[:size] for size in range(len(upper) - 1))
    )


def _is_real_word(word: str) -> bool:
    """Whether a file name's word is a word: two letters or more in a row ("un", "speech").

    A lone letter ("s" of "s.txt") or a number ("01", "2021") names nothing a title can say.
    """
    return re.search(r"[^\W\d_]{2}", word) is not None


def _title_from_name(name: str, text: str = "", lang: str | None = None) -> str:
    """A title made from a file name, for a statement whose text gives none.

    "02_ungdc-rwanda-2020-video-statement.txt" had become "Ungdc rwanda 2020 video
    statement". Each word now takes the capitals the statement itself writes it with
    ("H-1B", "Burkina"), an initialism is in capitals ("UNGA79", "UNGDC"), other words start
    with a capital, and what says nothing of the statement is dropped ("…_en_ocr"). A name
    with no word gives the statement's own word for a statement ("Erklärung" in German: the
    English "Statement" had headed a German page and been said by a German voice).
    """
    from pipeline.rewriters.rules.lexicon import load_acronyms

    untitled = section_labels(lang or "en").untitled
    words = _file_name_words(name)
    if not any(_is_real_word(word) for word in words):
        return untitled  # "s.txt" had titled the statement "S."
    acronyms = load_acronyms()
    titled: list[str] = []
    position = 0
    while position < len(words):
        word = words[position]
        if position and word.lower() in _MINOR_TITLE_WORDS:
            titled.append(word.lower())
            position += 1
            continue
        # Longest first: a hyphenated name the file name cannot tell from its separators.
        spans = range(min(3, len(words) - position), 0, -1)
        found = next(
            (
                (written, size)
                for size in spans
                if (written := _written_form("-".join(words[position : position + size]), text))
            ),
            None,
        )
        if found is not None:
            titled.append(found[0])
            position += found[1]
            continue
        if _is_initialism(word, acronyms):
            titled.append(word.upper())
        else:
            titled.append(word[:1].upper() + word[1:])
        position += 1
    return " ".join(titled) or untitled


def is_title_from_file_name(title: str, name: str) -> bool:
    """Whether `title` is the one made from the file's name, which the statement never says.

    "Issued by the Ministry of Health" over "12 March 2024", with no headline, is titled from
    its file ("En Issuer"): the English summary had told it as 'This statement, titled "En
    Issuer", was issued by …'.
    """
    if not any(_is_real_word(word) for word in _file_name_words(name)):
        # A name with no word titles the statement in its language's word ("Déclaration").
        return title in {labels.untitled for labels in LABELS.values()}
    return bool(title) and title.casefold() == _title_from_name(name).casefold()


def _written_form(word: str, text: str) -> str | None:
    """How the text writes `word` with capitals inside a sentence ("H-1B"), if it does."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE):
        before = text[max(0, found.start() - 4) : found.start()]
        if found.start() == 0 or re.search(r"(?:[.!?:]\s+|\n\s*|^\s*)$", before):
            continue  # a sentence's first word has its capital from the sentence
        if found.group(0) != found.group(0).lower():
            return found.group(0)
    return None
