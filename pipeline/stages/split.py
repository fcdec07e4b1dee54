"""Split stage: statement text into title block, greeting, body sections and closing.

Headings (Markdown, HTML and DOCX headings arrive as Markdown `#`; numbered lines such as
"1. Introduction" and lines in capitals) always start a section. Text without headings is cut
into sections by a dynamic programme that weighs section size against topic change, measured
as lexical cohesion across each gap in the way TextTiling does. Paragraphs too long for one
section are cut at sentence boundaries; a list always stays with the sentence introducing it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Final, NamedTuple

from pipeline.errors import InputError
from pipeline.labels import LABELS, SectionLabels, section_labels
from pipeline.metadata import (
    ISSUER_NOTES,
    calm,
    event_from_opening,
    find_date,
    is_circulation_line,
    is_date_line,
    is_document_kind,
    is_document_symbol,
    is_errors_excepted,
    is_issuer_line,
    is_letterhead,
    is_office_line,
    is_organisation,
    is_question_turn,
    is_signature,
    iso_date_in_words,
    proclaimed_by,
    signed_on,
)
from pipeline.metadata import parse_title_block as _parse_meta
from pipeline.models import Paragraph, Section, SectionKind, Statement, StatementMeta
from pipeline.stages.load import SourceText
from pipeline.text import (
    markdown_links,
    markdown_to_plain,
    slugify,
    split_sentences,
    word_count,
)

IDEAL_SECTION_WORDS: Final = 130
"""Body sections aim at about a minute of listening."""
MIN_SECTION_WORDS: Final = 40
HELD_CUT_COST: Final = 4.0
"""What a section cut costs where the text goes on across it ("… said:" over the quote, one
"WHEREAS" recital over the next): as much as a section below the minimum size, so only a
section that would otherwise grow past the maximum is cut there."""
TITLE_BLOCK_MAX_BLOCKS: Final = 8
COHESION_WINDOW: Final = 2
"""Units compared on each side of a gap, as TextTiling's block comparison does."""

_ITEM_LABEL: Final = r"(?:[a-z]|ii|iii|iv|vi{1,3}|ix|xi{1,3})"
"""A sub-item's letter or small roman numeral: "a", "iv" ("i", "v" and "x" are letters too)."""
NUMBER_MARK: Final = (
    r"\d{1,3}[.)]|\d{1,3}\((?:\d{1,3}|[a-z])\)"
    rf"|\((?:\d{{1,3}}|{_ITEM_LABEL})\)|{_ITEM_LABEL}\)"
)
"""A paragraph's own number as written: "1.", "2)", "3(1)", "(a)", "(iv)", "b)", "iii)"."""
LIST_MARKER: Final = re.compile(rf"^\s*(?:[-*+•▪◦–●○■□‣⁃►▶➢➤✓✔]|>>|(?P<number>{NUMBER_MARK}))\s+")
"""A list item's mark: a bullet, or a number as written, "1." or "2)", "(1)", "3(1)", a letter
or a small roman numeral, "(a)", "b)", "(iv)", "iii)", as UN resolutions, laws and court
orders number their paragraphs and sub-items. The `number` group is the number; a bullet has
none. A figure must be followed by its "." or ")": "2024 was …" and "10 Downing Street …"
only start with a number. A press office's odd bullets count too: "►", "✓", ">>"."""
_HEADING: Final = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED_HEADING: Final = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+\S")
_THANKS: Final = re.compile(r"^(?:and\s+)?(?:thank you|thanks|many thanks)\b", re.IGNORECASE)
"""A courtesy that goes with a greeting: thanks for an introduction or for coming."""
_SALUTATION: Final = re.compile(
    r"^(?:mr\.?|mrs\.?|ms\.?|madam|madame|mister|excellenc|your (?:excellenc|majest|highness)"
    r"|distinguished|dear|ladies|honou?rable|good (?:morning|afternoon|evening)|colleagues"
    r"|friends|fellow|president\b|chair|members of|heads of|lord mayor|lord provost|my lords?\b"
    r"|monsieur|messieurs|mesdames|mes chers|chers|chères|distingués|excellence"
    r"|señor|señora|señorías|señoras|queridos|queridas|distinguidos|excelentísim"
    r"|delegad[oa]s\b|embajador|estimad[oa]s\b"
    r"|sehr geehrte|liebe\b|meine (?:sehr )?(?:geehrten )?damen|exzellenz|verehrte"
    r"|signor|signora|signore\b|gentil[ei]\b|onorevol|illustr[ie]\b|eccellenz|egregi"
    r"|cari (?:amici|colleghi|concittadini)|care (?:amiche|colleghe|concittadine)"
    r"|geachte|beste (?:collega|aanwezigen|landgenoten)|dames en heren|excellentie"
    r"|mevrouw de voorzitter|meneer de voorzitter|mijnheer de voorzitter)",
    re.IGNORECASE,
)
_ADDRESS_THEN_CLAUSE: Final = re.compile(
    r"^(?P<address>(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Mister)\s+(?:Deputy\s+)?"
    r"(?:President|Chair|Chairman|Chairwoman|Chairperson)),\s+"
    r"(?P<rest>(?:[A-Za-z][\w'’-]*,?\s+){0,3}?(?:I|we|it|this|let me|allow me)\s+\w.{20,})$"
)
"""One person addressed, then the statement begins in the same sentence: "Madam President, I
would like to make a statement on …". The address is the greeting; the rest is what is said.
(Not the Speaker of a parliament: see `_TO_THE_SPEAKER`.)"""
_TO_THE_SPEAKER: Final = re.compile(
    r"^(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Mister)\s+(?:Deputy\s+)?Speaker,\s+"
    r"(?:[A-Za-z][\w'’-]*,?\s+){0,3}?(?:I|we|it|this|let me|allow me)\s+\w.{20,}$"
)
"""A sentence said through the Speaker ("Mr Speaker, with permission, I will make a statement
…"): in a parliament every remark is addressed so, and it greets no one ("Mr. Speaker, Vice
President Cheney, members of Congress, …:" does, and is the greeting). It stays the first
sentence of the body, whole; "Hello to the Speaker and to you all." was wrong in the House."""
_ADDRESS_WORDS: Final = re.compile(
    r"\b(?:excellenc|distinguished|ladies and gentlemen|fellow|delegates|guests|colleagues"
    r"|mesdames|messieurs|señoras|señores|delegad[oa]s|damen und herren"
    r"|signore e signori|colleghi|dames en heren)",
    re.IGNORECASE,
)
_CLOSING: Final = re.compile(
    r"^(?:i\s+)?thank\s+you|^thanks\b|^god bless|^long live|^may god|^merci|^je vous remercie"
    r"|^vive\b|^dieu bénisse|^que dieu|^gracias|^muchas gracias|^viva\b|^danke|^vielen dank"
    r"|^herzlichen dank|^ich danke|^grazie|^vi ringrazio|^dio benedica|^dank u\b"
    r"|^dank je\b|^hartelijk dank|^bedankt|^ik dank u",
    re.IGNORECASE,
)
_POSSESSIVE: Final = re.compile(r"['’]s$", re.IGNORECASE)
_ELISION: Final = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_DETERMINERS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        "the a an this these those my your his her its our their every each another no".split()
    ),
    "fr": frozenset(
        "le la les l un une des du au aux ce cette ces sa son ses leur leurs notre nos votre "
        "vos".split()
    ),
    "es": frozenset(
        "el la los las un una unos unas del al su sus nuestro nuestra nuestros nuestras este "
        "esta estos estas".split()
    ),
    "it": frozenset("il lo la i gli le un uno una della dei delle del".split()),
    "nl": frozenset("de het een".split()),
    "de": frozenset("der die das den dem des ein eine einen einem einer".split()),
}
"""Words after which a word is a noun, per language: "the give" is one, "I give" is not."""
_FURNITURE: Final = re.compile(
    # An e-mail address from the start of its word, up to its first "@": tried at each letter
    # and at each "@", a 50,000-letter word took 4.7 s and 8,000 "@" did not end in 8 s.
    r"©|\ball rights reserved\b|(?<!\S)\S[^\s@]*@\S+\.\w+|^\s*(?:tel|phone|fax|e-?mail)\b"
    r"|^\s*(?:media|press|news)\s+(?:enquiries|inquiries|office|desk|contacts?)\s*:",
    re.IGNORECASE,
)
_TELLS_THE_READER: Final = re.compile(
    r"^(?!.*(?:©|\ball rights reserved\b))(?!\s*(?:tel|phone|fax|e-?mail|media|press|news)\b)"
    r"(?=(?:\S+\s+){14})[^.!?]*\w[^.!?]*[.!?]\s+[A-Z][^@]*?\S+@\S+\.\w+",
    re.IGNORECASE | re.S,
)
"""Prose that gives the public an address among other things to do, before an end mark: "A
helpline is open from 8am to 8pm on 0300 555 0192. Residents can also email …". It is the
statement's own advice, not a page's footer, though it holds an e-mail address."""
_PUBLIC_CONTACT: Final = re.compile(
    r"^\s*(?:(?:public|general)\s+)?(?:enquiries|inquiries)\s*:\s*\S", re.IGNORECASE
)
"""A line that tells the public whom to ask ("Enquiries: Coroner's Office, 01823 555 210, …"):
the statement's own, kept at its end where a site's footer goes. One for the press ("Media
enquiries:") is for editors, and goes with the footer."""
_PHOTO_CAPTION: Final = re.compile(
    r"^(?P<caption>[^\n]{12,400}?[.!?]\s+)"
    r"(?:(?:[A-Z][\w.]*\s+){0,3}[Pp]hoto(?:graph)?\s*(?:by|courtesy of|credit:|:|/)\s*|"
    r"\((?:[A-Z][\w.]*\s+){0,3}[Pp]hoto(?:graph)?\s*(?:by|:|/)\s*)"
    r"[A-Z][a-z'’-]+(?:\s[A-Z]\.)?\s[A-Z][a-z'’-]+\)?(?P<rest>.*)$",
    re.S,
)
"""A photo's caption and credit opening a paragraph, as web pages put them between a speech's
paragraphs: "President … reacts to applause …, Jan. 31, 2006. White House photo by Eric
Draper". The credit's name is two words (a middle initial may come between), and the speech may
follow glued to it ("Eric DraperEvery time I'm invited …")."""
END_MARK: Final = re.compile(
    r"^\s*(?:#{3}|-\s*30\s*-|[-–—]*\s*(?:ENDS?|Ends|FIN|ENDE|EINDE|FINE)\s*[-–—]*"
    # The UN's "* *** *" under a message (read as a list item "*** *" when it opens with "* ").
    r"|\*(?:\s*\*){2,}"
    # A briefing's transcript ends with the time: "END 1:58 P.M. EDT".
    r"|END\s+\d{1,2}[:.]\d{2}\s*(?:[AP]\.?M\.?)?(?:\s+[A-Z]{2,4})?)\s*$"
)
"""A press release's end mark on a line of its own: "###", "-30-", "ENDS", "Ends", "– END –",
"***", and "FIN", "ENDE", "EINDE" or "FINE" in the other languages plainvoice reads."""
_EDITORS_NOTES: Final = re.compile(
    r"(?:notes?\s+(?:to|for)\s+editors|editor['’]?s\s+notes?|for\s+(?:more|further)\s+information"
    r"|(?:for\s+)?(?:media|press)\s+(?:contacts?|enquiries|inquiries|office)|contacts?\b"
    r"|about\s+\S+)",
    re.IGNORECASE,
)
"""What a press release puts after its end mark, for journalists: not the statement's words."""
_HELPLINE: Final = re.compile(
    r"\b(?:help\s?lines?|support\s+(?:lines?|services?|team)|advice\s+lines?|freephone"
    r"|(?:people|anyone|those|families|patients|residents|victims)\s+"
    r"(?:who\s+(?:are|were|have been)\s+)?affected\b[^.]*\b(?:call|ring|text|contact|phone))\b",
    re.IGNORECASE,
)
_FOR_JOURNALISTS: Final = re.compile(
    r"\b(?:media|press|journalists?|editors?|broadcasters?|interview)\b", re.IGNORECASE
)
_PHONE_OR_ADDRESS: Final = re.compile(r"\d[\d ]{6,}\d|\S+@\S+\.\w+|\bwww\.\S+|https?://\S+")


def _is_public_helpline(text: str) -> bool:
    """Whether a note after an end mark tells the people affected where to get help.

    Notes to editors are for journalists, but a release puts the public's support line
    among them too: dropped with them, the plain version told those harmed of no help.
    """
    return (
        _HELPLINE.search(text) is not None
        and _PHONE_OR_ADDRESS.search(text) is not None
        and _FOR_JOURNALISTS.search(text) is None
    )


_PRESS_CONTACT: Final = re.compile(
    r"^\W{0,3}(?:for\s+)?(?P<label>"
    r"(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|office|desk|relations)"
    r"|contacts?\s+(?:for\s+(?:the\s+)?)?(?:media|press|journalists)"
    r"|contacts?\s+(?:presse|médias?)|relations?\s+(?:presse|médias)|service\s+de\s+presse"
    r"|contactos?\s+(?:(?:de|con|para)\s+(?:la\s+|los\s+)?)?(?:prensa|medios)"
    r"|(?:oficina|gabinete)\s+de\s+prensa"
    r"|presse(?:kontakte?|stelle|anfragen)|medienkontakte?"
    r"|contatt[io]\s+(?:per\s+la\s+)?stampa|ufficio\s+stampa"
    r"|perscontact(?:en)?|persvoorlichting"
    # "For more information contact:", "For further information, please contact:"
    r"|(?:more|further)\s+information,?\s+(?:please\s+)?contact)"
    r"(?:\W{0,3}\s*[:：–—]|\W{0,3}\s*$|\s+-\s|(?P<comma>,))",
    re.IGNORECASE,
)
"""The label of a press contact: "Media contact:", "Press enquiries:", "For media enquiries,
…", "Contact presse :", "Contacto de prensa:", "Pressekontakt:", "Ufficio stampa:",
"Perscontact:". Its `label` group names it ("Contact presse")."""
_CONTACT_HEADING: Final = re.compile(
    r"(?i)(?:contacts?|kontakte?|contactos?|contatti|media|press|presse|prensa|stampa|pers)"
)
"""A heading over a press contact ("Contacts"), which goes with it."""


def _is_contact_line(paragraph: Paragraph) -> bool:
    """A line of a contact block under its label: a name, an office, a number, an address."""
    text = markdown_to_plain(paragraph.text).strip()
    return (
        not paragraph.is_heading
        and "©" not in text
        and not re.search(r"(?i)\ball rights reserved\b", text)
        and (
            _CONTACT_DETAIL.match(text) is not None
            or re.match(r"(?i)(?:tel|telephone|phone|mobile|cell|fax|e-?mail|web)\b", text)
            is not None
            or (len(text.split()) <= 12 and not text.endswith((".", "!", "?")))
        )
    )


_NOTES_TO_EDITORS: Final = re.compile(
    r"\W{0,3}(?:notes?\s+(?:to|for)\s+editors|editor['’]?s\s+notes?|hinweise\s+für\s+redaktionen"
    r"|notes?\s+aux\s+rédactions?|notas?\s+(?:para|a)\s+(?:los\s+)?(?:editores|redactores))"
    r"\W{0,3}",
    re.IGNORECASE,
)
"""The label over a release's notes to editors, on a line of its own."""


def _take_press_contact(
    paragraphs: list[Paragraph],
) -> tuple[tuple[str, list[Paragraph]] | None, list[Paragraph]]:
    """The press contact of a release, as its own section: its title and lines.

    "Media contact: Tom Reid / Email: … / Phone: …" or "Contact presse : Claire Martin, …"
    closes a press release, or comes just before its "Notes to editors". It tells a reader
    whom to ask, so it is kept, apart from the body section whose title it had given ("Press
    contact", "Jane Doe") or whose text it ran into, and after the statement's words.
    """
    found = _press_contact_before(paragraphs, len(paragraphs))
    if found is None:
        notes = (
            index
            for index, paragraph in enumerate(paragraphs)
            if index > 1 and _NOTES_TO_EDITORS.fullmatch(markdown_to_plain(paragraph.text))
        )
        found = next(
            (c for index in notes if (c := _press_contact_before(paragraphs, index))), None
        )
    if found is None:
        return None, paragraphs
    title, lines, start, end = found
    return (title, lines), paragraphs[:start] + paragraphs[end:]


def _press_contact_before(
    paragraphs: list[Paragraph], end: int
) -> tuple[str, list[Paragraph], int, int] | None:
    """The press contact whose lines end just before `end`: title, lines, start and end."""
    for start in range(end - 1, 0, -1):
        text = markdown_to_plain(paragraphs[start].text)
        label = _PRESS_CONTACT.match(text)
        if (
            label is not None
            and not paragraphs[start].is_list_item
            # "Press office, which worked all night, …" is a sentence, not a contact.
            and (label.group("comma") is None or _PHONE_OR_ADDRESS.search(text) is not None)
        ):
            break
        if not _is_contact_line(paragraphs[start]):
            return None
    else:
        return None
    title = label.group("label")
    title = title.capitalize() if title.isupper() else title  # "MEDIA CONTACT:"
    if re.match(r"(?i)(?:more|further)\s", title):
        title = f"For {title.lower()}"  # "For more information contact"
    # A heading "## Press contact" is the section's title, as any heading is, not a line of it.
    lines = paragraphs[start + 1 : end] if paragraphs[start].is_heading else paragraphs[start:end]
    if not lines:
        return None  # a heading over nothing: kept as the body's last words
    above = paragraphs[start - 1]
    if start > 1 and above.is_heading and _CONTACT_HEADING.match(markdown_to_plain(above.text)):
        start -= 1  # "## Contacts" over it is its title, as a heading titles its section
        title = calm(markdown_to_plain(above.text))
    return title[:1].upper() + title[1:], list(lines), start, end


_PAGE_NUMBER: Final = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")
_BREADCRUMB: Final = re.compile(r"^[^>›»|]{1,60}(?:\s[>›»]\s[^>›»]+){2,}$")
"""A web page's trail, "Home > News > Statement by …": where the page sat, not the title."""
_OPEN_ENDING: Final = re.compile(
    r"\b(?:of|the|by|and|for|to|at|on|in|de|la|les|des|du|et|del|y|der|die|und|von)$",
    re.IGNORECASE,
)
"""A title line ending on one of these words goes on in the next line."""
_CUT_AFTER: Final = re.compile(
    r"(?:^|(?<![;,:])\s)(?:the|a|an|of|to|at|by|for|from|with|into|in|on|and|or|their|its|our"
    r"|le|la|les|un|une|des|du|de|au|aux|à|entre|avec|sur|pour|par|dans|et"
    r"|el|los|las|del|al|con|en|por|para|y"
    r"|der|die|das|den|dem|des|ein|eine|mit|für|von|und|zu|im)$"
    r"|\b(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)['’]$"
)
"""A paragraph stopping on one of these words, or on an elision ("l'"), stopped mid-sentence:
a page break or a stray blank line cut it, and the next line goes on with it. Not after a
";" or ",": a recital's "…; and" ends its clause; nor in capitals: "Plan A", "Annex A"."""
WRAPPED_TITLE_CHARS: Final = 100
"""Title-block lines this long, without closing punctuation, were cut by a hard wrap."""
_SENTENCE_END: Final = tuple('.!?:;"”’)»')
_SENTENCE_BREAK: Final = re.compile(r"[.!?…]+[\"”’)»]*\s+")
"""Where one sentence of a section's text ends and the next begins."""
_WORD: Final = re.compile(r"[^\W\d_](?:[\w’'-]|/(?=\d))*[^\W_]|[^\W\d_]")
_STOPWORDS: Final = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each even ever every
    few for from further had has have having he her here hers him his how i if in into is it its
    itself just let like made make many may me more most much must my no nor not now of off on
    once one only or other our ours out over own same she should so some still such than that the
    their them then there these they this those through to too under until up upon us very was we
    well were what when where which while who whom why will with within without would you your
    today day year years time times together keep keeps kept great new every single remains
    remain remained thank thanks glad pleasure part take special possible despite including
    continued continue makes making done want wish shall always know need needs doesn don isn
    aren wasn weren won cannot ve ll re another versus million billion thousand hundred percent
    thing things matter way ways lot lots kind yours theirs cent per""".split()
)


@dataclass(frozen=True)
class _Block:
    """A run of lines between blank lines."""

    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines)


@dataclass(frozen=True)
class _Unit:
    """Paragraphs that stay in one section (a list with its intro, or one sentence run)."""

    paragraphs: tuple[Paragraph, ...]
    origins: tuple[int, ...]
    """For each paragraph, the source paragraph it came from (pieces of one are re-joined)."""


def split_statement(
    source: SourceText,
    lang: str = "en",
    max_words: int = 250,
    on_paragraphs: Callable[[Sequence[Paragraph]], None] | None = None,
) -> Statement:
    """Split a loaded statement into titled sections in reading order.

    `on_paragraphs` is given the spoken paragraphs after the title block (greeting, body,
    closing) as soon as they are known, before they are grouped into sections: the
    costliest step here, which the build does not make speech wait for.
    """
    blocks = _blocks(source.text)
    if not blocks:
        raise InputError(f"{source.name} holds no text to split into sections")
    front = dict(source.front_matter)

    blocks = _without_contents(blocks)
    title_blocks, rest = _take_title_block(blocks, has_title=bool(front.get("title")))
    title_blocks, rest = _take_dateline(title_blocks, rest)
    title_blocks, rest = _take_page_details(title_blocks, rest)
    shown = frozenset(
        line.strip() for table in source.tables if table.shown for line in table.lines
    )
    paragraphs = _paragraphs(rest, shown)
    paragraphs = _unquote_own_text(_drop_page_furniture(_rejoin_broken(paragraphs)))
    paragraphs, follow = _without_social_footer(paragraphs)
    contact, paragraphs = _take_press_contact(paragraphs)
    # "Notes to editors" on a line of its own heads the notes: they are for journalists, and
    # had run on in the last part of the news, under its title.
    paragraphs = [
        replace(p, is_heading=True)
        if not p.is_list_item and _NOTES_TO_EDITORS.fullmatch(markdown_to_plain(p.text))
        else p
        for p in paragraphs
    ]
    greeting, paragraphs = _take_greeting(paragraphs, lang)
    closing, paragraphs = _take_closing(paragraphs)
    paragraphs = _address_leads_on(paragraphs)
    if title_blocks and len(paragraphs) > 1 and not closing:
        last = paragraphs[-1]
        signatories = is_signature(markdown_to_plain(paragraphs[-2].text))
        if (
            not (last.is_heading or last.is_list_item)
            and is_signature(markdown_to_plain(last.text))
            and not signatories  # the last of several who signed is not the one speaker
        ):
            # "Stéphane Dujarric, Spokesperson for the Secretary-General" under a note: who
            # it comes from, told with the title block, not read out as the statement's end.
            title_blocks = [*title_blocks, _Block((last.text,))]
            paragraphs = paragraphs[:-1]
    if on_paragraphs is not None:
        on_paragraphs([*greeting, *paragraphs, *closing, *(contact[1] if contact else [])])

    title_lines = [_title_lines(block.lines) for block in title_blocks]
    meta = parse_title_block(
        [line for lines in title_lines for line in lines],
        source.name,
        front_matter=front,
        title_hint=source.title_hint,
        groups=[i for i, lines in enumerate(title_lines) for _ in lines],
        text=source.text,
        lang=lang,
    )
    said = [markdown_to_plain(p.text) for p in [*paragraphs, *closing]]
    meta = proclaimed_by(signed_on(meta, said), said)
    labels = section_labels(lang)
    drafts: list[tuple[SectionKind, str | None, list[Paragraph]]] = []
    if title_blocks:
        written = " ".join(line for lines in title_lines for line in lines)
        # Front matter the block does not repeat ("speaker: Tomas Lindqvist") is part of what
        # the About section tells, and of the original it is checked against.
        fields = [
            iso_date_in_words(front[key], lang) if key == "date" else front[key]
            for key in _FRONT_FIELDS
            if front.get(key)
            and front[key] not in written
            and not (key == "date" and find_date(written))  # "29 November 2026" says it
        ]
        drafts.append(
            (
                SectionKind.TITLE,
                labels.about,
                [Paragraph(field) for field in fields]
                + [
                    Paragraph(
                        _without_closing_dash(_strip_heading(line)),
                        is_heading=bool(_HEADING.match(line)),
                    )
                    for lines in title_lines
                    for line in lines
                ],
            )
        )
    if greeting:
        drafts.append((SectionKind.GREETING, labels.greeting, greeting))
    elif paragraphs and not closing and all(map(_is_salutation, paragraphs)):
        # Only a greeting ("Good morning, everyone."): it is titled as one, not "Morning".
        drafts.append((SectionKind.BODY, labels.greeting, paragraphs))
        paragraphs = []
    headed: set[int] = set()  # the drafts whose title is a heading of the statement
    for heading, group in _group_body(paragraphs, lang, max_words):
        if heading is not None:
            headed.add(len(drafts))
        drafts.append((SectionKind.BODY, heading, group))
    if closing:
        drafts.append((SectionKind.CLOSING, labels.closing, closing))
    if contact is not None:
        # After the statement's words, for whoever wants to ask: not part of its body.
        drafts.append((SectionKind.CLOSING, *contact))

    sections: list[Section] = []
    used_titles: set[str] = set()
    issuer = next((n.split(" by ", 1)[1] for n in meta.notes if n.startswith(ISSUER_NOTES)), None)
    # Sentence splitting is the costliest step of reading: do it once per section.
    drafted = [tuple(_sentences(group, lang, kind)) for kind, _, group in drafts]
    texts = [" ".join(sentences) for sentences in drafted]
    over: str | None = None  # the heading over the body sections met so far
    for position, (kind, title, group) in enumerate(drafts):
        sentences = drafted[position]
        if not sentences:
            continue
        others = texts[:position] + texts[position + 1 :]
        if title is None and lang == "en" and _is_question_time(group):
            title = QUESTIONS_TITLE  # not "Running costs", the subject of one question of three
        final_title = title or salient_title(
            " ".join(sentences), used_titles, others, lang=lang, issuer=issuer
        )
        if kind is SectionKind.BODY and title:
            over = title
        elif kind is SectionKind.BODY and over:
            final_title = _continued(over, final_title, texts[position], used_titles, lang)
        final_title = distinct_title(final_title, used_titles, labels)
        used_titles.add(final_title.lower())
        sections.append(
            Section(
                id=f"{len(sections) + 1:02d}-{slugify(final_title)}",
                index=len(sections) + 1,
                kind=kind,
                title=final_title,
                paragraphs=tuple(group),
                sentences=sentences,
                from_heading=position in headed,
            )
        )
    if not sections:
        if any(_WORD.search(line) for block in blocks for line in block.lines):
            # "# Only a title" was met with "is it only punctuation?", beside words.
            raise InputError(
                f"{source.name} holds only a title or headings, no text under them to read",
                hint="add the statement's text below its title",
            )
        raise InputError(f"{source.name} holds no words to read", hint="is it only punctuation?")
    return Statement(
        source_name=source.name,
        language=lang,
        meta=meta,
        sections=tuple(sections),
        text=source.text,
        tables=source.tables,
        # The page's own "Follow us" block, dropped by its reader, and one met in the text.
        follow=tuple(dict.fromkeys((*source.follow, *follow))),
        notes=source.notes,
    )


def distinct_title(title: str, used: set[str], labels: SectionLabels) -> str:
    """A title no earlier section of the statement has: the listener picks parts by title.

    A title met again is "… (continued)"; met a third time, it is numbered ("Clinics (3)"):
    three "## Clinics" headings had given two parts "Clinics (continued)", and a part the
    counted rules titled after one of them ("Clinics (continued)") had shared it too.
    """
    if title.lower() not in used:
        return title
    mark = labels.continuation("")  # " (continued)": a continued title is numbered, not re-marked
    base = title.removesuffix(mark) if mark.startswith(" ") else title
    continued = labels.continuation(base)
    if continued.lower() not in used:
        return continued
    number = 3
    while f"{base} ({number})".lower() in used:
        number += 1
    return f"{base} ({number})"


_LABEL_LINE: Final = re.compile(
    r"(?P<label>(?:What|How|Who|Where|When|Why|Which)\s+[\w’'-]+(?:\s+[\w’'-]+){1,7})\s*:"
)
"""A line that says what follows it, as a heading does: "What this means for your child:".
A letter writes its headings so; counted, the words below it had titled the part "Child and
After School Club". "The Council agreed the following:" and "Ms Lindqvist said:" lead into
what follows, and are no headings: only a line that asks what, how, who, where, when, why or
which is one."""


NO_TITLE: Final = "Statement"
"""The English title of a part in which no word can title it (each language has its own:
`SectionLabels.untitled`): plain, and true of every part."""
_UNTITLED: Final = frozenset(labels.untitled for labels in LABELS.values())
"""A part titled for want of words, in any language: no title to keep over "(continued)"."""


def _continued(heading: str, title: str, text: str, used: set[str], lang: str) -> str:
    """A part going on under a heading is the heading, continued, if its words say it again.

    "Security and opportunity", too long for one part, went on as "Canadians and
    opportunities": a second name for the same topic, which a listener takes for a new one.
    A part with a subject of its own ("Canada and First Nations", a name the heading does
    not say) keeps it; one with no title word at all is the heading's too.
    """
    said = {_stem(w.lower(), lang) for w in _WORD.findall(heading)}
    # A word of the title the part writes in lower case somewhere is a common one: a name
    # ("Canada") is no repeat of a heading that names it in passing.
    common = {w.lower() for w in _WORD.findall(text) if w.islower()}
    again = {_stem(w.lower(), lang) for w in _WORD.findall(title) if w.lower() in common}
    continued = section_labels(lang).continuation(heading)
    if continued.lower() in used:
        return title
    if _PLACE_HEADING.fullmatch(heading.strip(" .:")):
        # "Conclusion" says where the part stands, not what it is about: the rest of it had
        # been titled by its last words' "Divine Providence".
        return continued
    if title not in _UNTITLED and not (again & said) - _STOPWORDS:
        return title
    return continued


_PLACE_HEADING: Final = re.compile(
    r"(?i)(?:in\s+)?(?:conclusions?|concluding\s+remarks|closing\s+remarks|final\s+remarks"
    r"|introduction|opening\s+remarks|préambule|conclusión|conclusiones|introducción"
    r"|palabras\s+finales|schlussbemerkungen?|schlusswort|einleitung|fazit)"
)
"""A heading that says where a part stands in the statement ("Conclusion", "Introduction"),
in any language plainvoice reads, and so heads whatever goes on beneath it."""


_FRONT_FIELDS: Final = ("title", "speaker", "author", "role", "date")
"""Front matter fields told in the About section, in the order a title block gives them."""
QUESTIONS_TITLE: Final = "Questions and answers"
"""The title of a transcript's section of reporters' questions and the answers to them."""


def _is_question_time(paragraphs: Sequence[Paragraph]) -> bool:
    """Whether a section is a transcript's questions: one opens it, and a third are questions.

    Its title had been the subject of one of them ("Running costs"); a briefing's section that
    opens with the speaker's own words and takes two questions at its end keeps its title.
    """
    asked = [is_question_turn(markdown_to_plain(p.text)) for p in paragraphs]
    return any(asked[:2]) and sum(asked) >= 2 and sum(asked) * 3 >= len(asked)


def parse_title_block(
    lines: list[str],
    fallback_title: str,
    front_matter: dict[str, str] | None = None,
    title_hint: str | None = None,
    groups: list[int] | None = None,
    text: str = "",
    lang: str | None = None,
) -> StatementMeta:
    """Read title, speaker, role, event, place and date from the title block's lines."""
    cleaned = [markdown_to_plain(_strip_heading(line)) for line in lines]
    return _parse_meta(cleaned, fallback_title, front_matter, title_hint, groups, text, lang)


def _title_lines(lines: tuple[str, ...]) -> list[str]:
    """A title block's lines as they are meant: no breadcrumb trail, hard-wrapped lines whole.

    A line cut by a wrap ("… of the United Nations General" / "Assembly") is one line of the
    title; read as two, the second is a stray word.
    """
    kept: list[str] = []
    for line in lines:
        text = markdown_to_plain(_strip_heading(line))
        if (
            (_BREADCRUMB.match(text) and not _HEADING.match(line))
            or is_circulation_line(text)
            or is_letterhead(text)
            # "E&OE" (errors and omissions excepted): a transcript service's disclaimer, no
            # part of what was said or of who said it.
            or is_errors_excepted(text)
        ):
            continue
        previous = kept[-1].rstrip() if kept else ""
        if (
            previous
            and not _HEADING.match(kept[-1])
            and not previous.endswith((*_SENTENCE_END, ","))
            and (len(previous) >= WRAPPED_TITLE_CHARS or _OPEN_ENDING.search(previous))
        ):
            kept[-1] = f"{previous} {line.strip()}"
        else:
            kept.append(line)
    return kept


def _strip_heading(line: str) -> str:
    return _HEADING.sub(r"\2", line).strip()


def _without_closing_dash(line: str) -> str:
    """A dateline without the dash that leads into the story ("PARIS, 3 mars 2024 –").

    Told on its own in the About section, the dash had read "PARIS, 3 mars 2024 –.".
    """
    undashed = re.sub(r"\s+[–—-]$", "", line)
    return undashed if undashed != line and find_date(undashed) is not None else line


# ------------------------------------------------------------------------------------------
# Blocks and paragraphs
# ------------------------------------------------------------------------------------------


_RULE_LINE: Final = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
"""A line drawn across the page, which parts a text and says nothing."""


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[str] = []
    for line in text.split("\n"):
        if not current and _RULE_LINE.match(line):
            # "---" above "Notes:" is a break between parts, not words ("--- Notes:").
            continue
        if line.strip():
            current.append(line)
        elif current:
            blocks.extend(_unwrap(current))
            current = []
    if current:
        blocks.extend(_unwrap(current))
    return blocks


_CONTENTS: Final = re.compile(r"(?i)(?:table of )?contents:?")
"""The heading over a bulletin's own list of its parts."""


def _without_contents(blocks: list[_Block]) -> list[_Block]:
    """Blocks without a table of contents whose every entry comes back later as a heading.

    A statistical bulletin lists "1. Main points" … "5. Measuring the data" under "Table of
    contents": read as a list, its entries made the real "1. Main points" below read as one
    more item, so the part had no title and the contents were read out as text.
    """
    for number, block in enumerate(blocks[:-1]):
        if not _CONTENTS.fullmatch(_strip_marks(block.lines[0])):
            continue
        # The entries under the heading's line, or in the block after it.
        taken = 1 if len(block.lines) > 1 else 2
        entries = block.lines[1:] or blocks[number + 1].lines
        later = {_squash(b.lines[0]).lower() for b in blocks[number + taken :]}
        if len(entries) >= 2 and all(
            LIST_MARKER.match(line) and _squash(line).lower() in later for line in entries
        ):
            return blocks[:number] + blocks[number + taken :]
    return blocks


def _unwrap(lines: list[str]) -> list[_Block]:
    """Cut a block at line ends that end a paragraph, for text with one paragraph a line.

    Text pasted from a word processor puts each paragraph on one long line with no blank line
    between; hard-wrapped text ends a paragraph with a short line. A line ending a sentence that
    is either long (unwrapped) or clearly shorter than the block's wrap width ends a paragraph.
    """
    if len(lines) < 2:
        return [_Block(tuple(lines))]
    width = max(len(line.rstrip()) for line in lines)
    blocks: list[_Block] = []
    current: list[str] = []
    for number, line in enumerate(lines):
        current.append(line)
        stripped = line.rstrip()
        last = number == len(lines) - 1
        if last:
            break
        following = lines[number + 1].strip()
        ends = stripped.endswith(_SENTENCE_END) or (
            # An address line such as "Excellencies, ladies and gentlemen," on its own line.
            stripped.endswith(",")
            and bool(
                _SALUTATION.match(stripped.lstrip("•-*\t ")) or _ADDRESS_WORDS.search(stripped)
            )
        )
        starts_new = following[:1].isupper() or following[:1].isdigit() or following[:1] in '“"«'
        if _FIELD_LINE.match(stripped.strip()) and _FIELD_LINE.match(following):
            continue  # "Bank Rate: 3.75% (was 4%)" over "Vote: 6–3": one list of figures
        if (
            ends
            and starts_new
            and (len(stripped) > 150 or len(stripped) < 0.7 * width or width <= 40)
        ):
            blocks.append(_Block(tuple(current)))
            current = []
    if current:
        blocks.append(_Block(tuple(current)))
    return blocks


_SUBJECT_LINE: Final = re.compile(
    r"^(?:Subject|Topic)s?:[ \t]+(?P<subject>\S.{0,100})$", re.IGNORECASE
)
"""A briefing note's topic line, "Subject: Sahel – lean season funding gap": one a topic."""


def _subject_of(line: str) -> str | None:
    match = _SUBJECT_LINE.match(markdown_to_plain(line.strip()))
    if match is None or match.group("subject").rstrip().endswith((".", ":")):
        return None
    return match.group("subject").strip()


def _topic_blocks(blocks: Sequence[_Block]) -> list[_Block]:
    """Blocks that open a topic of a briefing note with several, each under its "Subject:" line.

    UN briefing notes give each speaker's topic as "Spokesperson for …: Name" over "Subject: …";
    with one such line the document has one subject (a memo's), told in its title block.
    """
    topics = [
        block
        for block in blocks
        if len(block.lines) <= 4 and any(_subject_of(line) for line in block.lines)
    ]
    return topics if len(topics) >= 2 else []


def _topic_paragraphs(block: _Block) -> list[Paragraph]:
    """A topic's heading (its subject) and the lines beside it (who speaks), one a paragraph."""
    subject = next(s for s in map(_subject_of, block.lines) if s)
    others = [line.strip() for line in block.lines if _subject_of(line) is None]
    return [Paragraph(subject, is_heading=True), *(Paragraph(line) for line in others)]


_SUBJECTS_LINE: Final = re.compile(r"(?:subjects|topics)\s*:\s+\S", re.IGNORECASE)
"""The subjects a transcript covers, listed under its head: title block matter."""


def _is_title_like(block: _Block) -> bool:
    if _HEADING.match(block.lines[0]) and len(block.lines) == 1:
        return True
    if len(block.lines) > 8 or _RECITAL.match(markdown_to_plain(block.lines[0].strip())):
        return False  # "WHEREAS, the storm …; and" gives a proclamation's grounds: its body
    for line in block.lines:
        stripped = markdown_to_plain(line.strip())
        if stripped.startswith("(") and stripped.endswith(")"):
            continue  # a note such as "(Check against delivery)"
        if re.match(r"^(?:published|date|posted|updated)\s*:", stripped, re.IGNORECASE):
            continue
        if _SUBJECTS_LINE.match(stripped) and len(block.lines) == 1:
            continue  # a transcript's "SUBJECTS: Waiting lists; nurses' pay." ends in a stop
        # "1. März 2026" alone is a German date, not a numbered list's first item.
        if len(stripped.split()) > 24 or (
            LIST_MARKER.match(stripped) and not is_date_line(stripped)
        ):
            return False
        ends_sentence = stripped.endswith((".", "!", "?", ":", ";", ",")) and not (
            # "N.Y.", "D.C." and an initial end no sentence; "in the EU." does.
            stripped.endswith("...") or re.search(r"(?:^|[\s.])[A-Z]\.$", stripped)
        )
        if ends_sentence:
            return False
    return True


def _take_title_block(blocks: list[_Block], has_title: bool) -> tuple[list[_Block], list[_Block]]:
    taken: list[_Block] = []
    topics = _topic_blocks(blocks)
    for block in blocks[:TITLE_BLOCK_MAX_BLOCKS]:
        if taken and block in topics:
            break  # "Subject: Korvania – death sentences" opens the briefing's first topic
        first = block.lines[0]
        heading = _HEADING.match(first)
        if has_title and heading and len(heading.group(1)) > 1:
            break  # with a front-matter title, a level-2 heading opens the body
        if taken and heading and not _only_notes_and_issuer(taken):
            break  # a second heading is the body's first; above the title only notes stand
        address = _strip_marks(first)
        if _SALUTATION.match(address) and address.endswith((",", ":", "!")):
            break
        following = blocks[len(taken) + 1] if len(taken) + 1 < len(blocks) else None
        if not _is_title_like(block) and not (
            not taken and following is not None and _is_question_headline(block, following)
        ):
            break
        # A press release's headline under "PRESS RELEASE" is its title, however short.
        headline = len(taken) == 1 and is_document_kind(_strip_marks(taken[0].text))
        # "Bank of Northmere" over "Monetary Policy Summary, December 2026": the headline
        # under the body's name, with only notes above them (an embargo line).
        headline = headline or (
            bool(taken)
            and len(taken[-1].lines) == 1
            and is_organisation(_strip_marks(taken[-1].text))
            and all(_is_above_title(b) for b in taken[:-1])
        )
        # "Issued by: Westvale Borough Council" over "Date: 2 March 2026", then the headline:
        # only lines set above a title, one of them naming the issuer.
        headline = headline or (
            bool(taken)
            and all(_is_above_title(b) or _is_issuer_block(b) for b in taken)
            and any(_is_issuer_block(b) for b in taken)
        )
        symbol = is_document_symbol(_strip_marks(first))  # "S/PRST/2025/4" under the title
        if (
            taken
            and len(block.lines) == 1
            and _is_short_heading(first, following)
            and not (headline or symbol or _TITLE_PHRASE.match(_strip_marks(first)))
            # "E&OE" under a transcript's head is a note on it, not the body's first heading.
            and not is_errors_excepted(_strip_marks(first))
            # "Subject: Sudan" under "Speaker: …" and "Location: …": the briefing's one topic,
            # a title block's line (it had headed the body's first part).
            and _subject_of(first) is None
        ):
            break  # "Water" above its first paragraph opens the body
        if taken and not (headline or symbol) and _heads_a_part(block, blocks[len(taken) + 1 :]):
            break  # "SUMMARY" over "Introduction" over its paragraph: a part and its first
        later = [b for b in blocks[len(taken) + 1 :] if not _PAGE_NUMBER.match(b.text)]
        if (
            later
            and later[0].lines[0].strip()[:1].islower()
            and not _title_goes_on(block, later[0])
        ):
            break  # a sentence broken over a blank line is body text, not a title
        taken.append(block)
    # A statement needs a body: a lone short block is the body, not a title.
    if len(taken) == len(blocks):
        return [], blocks
    return taken, blocks[len(taken) :]


def _heads_a_part(block: _Block, later: list[_Block]) -> bool:
    """Whether a short line opens a part whose first heading follows it.

    "SUMMARY" over "Introduction" over prose: the body's first headings, not the end of a
    title block (read as one, "Summary" was taken for the speaker).
    """
    first = _strip_marks(block.text)
    if (
        len(block.lines) != 1
        or len(later) < 2
        or len(later[0].lines) != 1
        or len(first.split()) > 3
        or not first[:1].isupper()
        or first.endswith((*_SENTENCE_END, ","))
        or is_organisation(first)
        or is_document_kind(first)
        or find_date(first) is not None
    ):
        return False
    return _is_short_heading(later[0].lines[0], later[1])


def _is_question_headline(block: _Block, following: _Block) -> bool:
    """Whether `block` is a headline put as a question, over its dated line.

    An appeal asks "Missing: Have you seen Ellie Marsden?" over "Issued by Westvale Police
    press office, 28 November 2026": read as the body's first paragraph, its title block was
    lost (no one issued it, on no date). A question opening a speech has no dated line under it.
    """
    question = _strip_marks(block.text)
    dated = _strip_marks(following.text)
    found = find_date(dated)
    return (
        len(block.lines) == 1
        and question.endswith("?")
        and len(question.split()) <= 12
        and len(following.lines) == 1
        and _is_title_like(following)
        and found is not None
        and not dated[found[0].end() :].strip(" .,")
    )


_GOES_ON: Final = re.compile(r"(?:of|for|on|between|at|by)\s")
"""How a title's second block goes on from its first: "of the Fourth Ministerial Meeting …"."""


def _title_goes_on(block: _Block, following: _Block) -> bool:
    """Whether `following`, in lowercase, ends a title `block` left open.

    "JOINT COMMUNIQUÉ" over "of the Fourth Ministerial Meeting of the …": one title set on
    two blocks, not a sentence broken over a blank line.
    """
    first = _strip_marks(block.text)
    rest = _strip_marks(following.text)
    return (
        len(block.lines) == 1
        and len(following.lines) == 1
        # "Report on an unannounced inspection of HMP Carrow" over "by HM Chief Inspector of
        # Prisons": a title in any case, not ending a sentence, goes on in the same way.
        and (_is_caps_heading(first) or _is_title_like(block))
        # "bei der Konferenz der Vereinten Nationen …" under "Rede von …": an occasion, in
        # any language of title_block_languages.toml, goes on from the title as "of" does.
        and (_GOES_ON.match(rest) is not None or event_from_opening(rest) is not None)
        and _is_title_like(following)
        and len(rest.split()) <= 16
    )


_TITLE_PHRASE: Final = re.compile(
    r"(?:statement|remarks|address|speech|message)\s+(?:by|of|from)\s+the\s+\S",
    re.IGNORECASE,
)
"""A line that names the statement and its giver ("Statement by the President of the Security
Council"): the title under a masthead, however short, not the body's first heading."""
_DATELINE: Final = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3})"
    r"(?:,\s+(?P<rest>.{6,40}?)|\s+\((?P<bracketed>[^()]{6,40})\))"
    r"(?:\s*[–—-]+|(?<=\d)\.(?P<stop>))\s+(?=[A-Z\"“])"
)
"""A news dateline opening the first paragraph: "GENEVA, 21 November 2025 – The agency …",
the UN human rights office's "GENEVA (18 June 2025) – UN experts …", or a court's "THE
HAGUE, 12 September 2025. The International Court …" (a place in capitals, then a stop)."""


def _take_dateline(
    title_blocks: list[_Block], rest: list[_Block]
) -> tuple[list[_Block], list[_Block]]:
    """The dateline of a press release, moved from the first paragraph to the title block.

    It says where and when, as a title block does, and no one reads it out as part of the
    statement: left in the paragraph, the plain version began "GENEVA, 21 November 2025 –".
    """
    if not rest:
        return title_blocks, rest
    # Markdown sets a dateline in bold: "**Copenhagen, 6 February 2025** – The European …".
    first = re.sub(r"^(\*\*|__|\*|_)([^*_]{6,60}?)\1(?=\s*[–—-])", r"\2", rest[0].lines[0])
    found = _DATELINE.match(first)
    if found is None or (found["stop"] is not None and not found["place"].isupper()):
        return title_blocks, rest
    when = (found["rest"] or found["bracketed"]).strip(" ,")
    dated = find_date(when)
    if dated is None or dated[0].group(0) != when:
        return title_blocks, rest
    dateline = f"{found.group('place')}, {when}"
    remainder = (first[found.end() :], *rest[0].lines[1:])
    return [*title_blocks, _Block((dateline,))], [_Block(remainder), *rest[1:]]


_PAGE_DETAIL: Final = re.compile(
    r"^(?:from|published|last updated|updated|organisation|part of)\b\s*:?\s+\S", re.IGNORECASE
)
"""A government page's details under its summary: "From: Department for Transport",
"Published 4 November 2025"."""


def _take_page_details(
    title_blocks: list[_Block], rest: list[_Block]
) -> tuple[list[_Block], list[_Block]]:
    """A block of page details among the first paragraphs, moved to the title block.

    GOV.UK pages put who published a story, and when, under the headline's summary: read out
    in the story, "From: Department for Transport Published 4 November 2025" ran as a
    sentence. They say who and when, as a title block does.
    """
    for index, block in enumerate(rest[:3]):
        if _is_page_details(block) and len(rest) > index + 1:
            # A page may set each detail apart ("From: …" then "Published: …", as an HTML
            # <dl> is read): the run of them goes together.
            end = index + 1
            while end + 1 < len(rest) and _is_page_details(rest[end]):
                end += 1
            return [*title_blocks, *rest[index:end]], [*rest[:index], *rest[end:]]
    return title_blocks, rest


def _is_page_details(block: _Block) -> bool:
    """Whether every line of a block is a page's detail: "From: …", "Published 4 November …"."""
    lines = [markdown_to_plain(line).strip() for line in block.lines if line.strip()]
    return bool(lines) and all(
        _PAGE_DETAIL.match(line) and not _ENDS_PROSE.search(line) for line in lines
    )


_ENDS_PROSE: Final = re.compile(r"[a-z)][.!?][\"”’]?$")
"""A line ending a sentence ("From Monday 6 April, bins will be … weekly."): prose, no detail."""
_RELEASE_NOTE: Final = re.compile(
    r"(?:strictly\s+)?(?:embargoed|under embargo|check against delivery|as (?:prepared|delivered)"
    r"|for immediate release)\b",
    re.IGNORECASE,
)


_DATED_OR_REFERENCED: Final = re.compile(
    r"^(?:date|dated|ref(?:erence)?|our ref|no)\.?\s*:", re.IGNORECASE
)
"""A line that dates or numbers a release ("Date: …", "Ref: …"), set above its title."""


def _is_above_title(block: _Block) -> bool:
    """Whether every line of a block is one set above a title: a note, a date, a reference.

    Under such lines only, a heading is the statement's title, not the body's first heading.
    """
    texts = [_strip_marks(line) for line in block.lines]
    return all(
        _is_release_note(text)
        or _DATED_OR_REFERENCED.match(text) is not None
        or is_letterhead(text)
        or is_office_line(text)
        or _is_place_and_date(text)
        or is_document_kind(re.sub(r"\s+No\.?\s*[\w/.-]+$", "", text))
        or is_document_symbol(text)
        for text in texts
    )


def _is_issuer_block(block: _Block) -> bool:
    """Whether a block's lines say who issued the statement and when, and nothing else.

    "Issued by: Westvale Borough Council" over "Date: 2 March 2026": set above the headline.
    """
    texts = [_strip_marks(line) for line in block.lines]
    return any(is_issuer_line(text) for text in texts) and all(
        is_issuer_line(text) or _is_above_title(_Block((text,))) for text in texts
    )


def _only_notes_and_issuer(taken: Sequence[_Block]) -> bool:
    """Whether the blocks above a heading are notes, the last of them perhaps who issued it.

    "# ELECTORAL COMMISSION OF ARANVALE" over "## Declaration of Results – By-election …":
    the body's name heads its headline. The headline had been taken for the body's first
    heading, and the Commission for the statement's title.
    """
    *above, last = taken
    issuer = len(last.lines) == 1 and is_organisation(_strip_marks(last.lines[0]))
    return all(_is_above_title(b) for b in above) and (issuer or _is_above_title(last))


def _is_place_and_date(line: str) -> bool:
    """True for "Luxembourg, 3 March 2026": where and when, alone on a line."""
    found = find_date(line)
    if found is None or line[found[0].end() :].strip(" .,"):
        return False
    before = line[: found[0].start()].strip(" ,–-")
    return len(before.split()) <= 3


def _is_release_note(text: str) -> bool:
    """A line set above a release's title: "EMBARGOED UNTIL …", "Check against delivery".

    A Word or PDF title under them is a heading: it was taken for the body's first, and the
    speaker, place and date under it were lost from the title block.
    """
    plain = _strip_marks(text)
    return _RELEASE_NOTE.match(plain) is not None or is_document_kind(plain)


def _strip_marks(text: str) -> str:
    return markdown_to_plain(LIST_MARKER.sub("", text.strip()))


def _calm_heading(title: str) -> str:
    """A heading in capitals in title case, its acronyms kept: "Our Plan for the NHS"."""
    from pipeline.rewriters.rules.lexicon import load_acronyms

    acronyms = load_acronyms().keys() - _ACRONYMS_THAT_ARE_WORDS
    return re.sub(
        r"[^\W\d_]+",
        lambda word: word.group(0).upper() if word.group(0).upper() in acronyms else word.group(0),
        calm(title),
    )


_ACRONYMS_THAT_ARE_WORDS: Final = frozenset({"WHO", "IT", "US", "AM", "AS", "AT", "IN", "ON", "OR"})
"""Acronyms also written as words: a shouted "WHO WE ARE" is "Who We Are"."""


def _calm_shouted(word: str, lang: str) -> str:
    """A shouted English word ("JUDGMENT") in lower case; an acronym ("NGO", "NATO") as it is."""
    from wordfreq import zipf_frequency

    shouted = word.isupper() and len(word) >= 5 and zipf_frequency(word.lower(), lang) >= 3.9
    return word.lower() if shouted else word


_FIELD_LINE: Final = re.compile(
    r"^[A-Z][^:.!?|]{1,50}:[ \t]+(?=\S)(?!.*[.!?:]$)(?!(?:\S+\s+){12}).{1,80}$"
)
"""A line that gives one figure or fact under its label: "Turnout: 34.9%", "CPI inflation
(October): 2.6%". Short, with no sentence after the label."""


_ENTRY_LINE: Final = re.compile(
    # "01:47 – first call received", "9.40pm: crews arrive", "14:05 hrs - road reopened"
    r"^(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?|\s?hrs)?(?:\s+[–—-]|:)"
    # "For the Kingdom of Belgium – Tinne Van der Straeten, Minister of Energy"
    r"|For\s+(?:the\s+)?[A-Z][^–—:]{2,80}?\s+[–—-])\s+\S"
)
"""A line that is one entry of a set written one a line: a timeline's "01:47 – first call
received" or a communiqué's "For the Kingdom of Belgium – Minister of Energy". Joined like
wrapped prose they had become one run-on line of times and names."""


def _entry_lines(lines: Sequence[str]) -> tuple[str | None, list[str]] | None:
    """A block's heading in capitals, if any, and its entries one a line; None if not such.

    Two entries at least, so one line that starts with an hour stays the prose it is.
    """
    heading = None
    if lines and _is_caps_heading(markdown_to_plain(lines[0].strip())):
        heading, lines = lines[0].strip(), lines[1:]
    entries = [line.strip() for line in lines]
    if len(entries) >= 2 and all(_ENTRY_LINE.match(markdown_to_plain(e)) for e in entries):
        return heading, entries
    return None


def _is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 4
        and all(c.isupper() for c in letters)
        and len(text.split()) <= 12
        and not text.rstrip().endswith((".", ",", ";", ":"))
    )


def _paragraphs(blocks: list[_Block], table_lines: frozenset[str] = frozenset()) -> list[Paragraph]:
    """The blocks as paragraphs; `table_lines` are a shown table's lines, never headings.

    A table's caption ("Possible exposure locations") or short last row ("Coroner – Mr
    Samuel Marsh") on a line of its own had been taken for a heading: the page then showed
    the table's rows as paragraphs, under a section titled by one of them.
    """
    paragraphs: list[Paragraph] = []
    topics = _topic_blocks(blocks)
    for number, block in enumerate(blocks):
        if block in topics:
            # "Spokesperson for the World Food Programme: Tomás Riedel" / "Subject: Sahel –
            # lean season funding gap": the topic titles its part, and had been lost in the
            # part before it, which a topic-finder then cut in the middle of a speaker's notes.
            paragraphs.extend(_topic_paragraphs(block))
            continue
        following = _what_follows(blocks, number + 1)
        listed = (
            bool(paragraphs)
            and (paragraphs[-1].text.rstrip().endswith(":") or paragraphs[-1].is_list_item)
            and _NUMBERED_HEADING.match(markdown_to_plain(block.lines[0].strip())) is not None
        )  # "1. The Chief Executive, Westmere Hospitals NHS Trust" under "… SENT TO:"
        # A line between a paragraph cut mid-sentence ("… funded by the") and the rest of the
        # sentence is part of it: "Local Energy For Communities Fund", "12 Victoria Street".
        inside = (
            bool(paragraphs)
            and not paragraphs[-1].is_heading
            and not paragraphs[-1].is_list_item
            and _CUT_AFTER.search(markdown_to_plain(paragraphs[-1].text).rstrip()) is not None
        ) or (following is not None and following.text.lstrip()[:1].islower())
        if (
            len(block.lines) == 1
            and not listed
            and not inside
            and block.lines[0].strip() not in table_lines
            # "## WHAT'S CHANGING" is a Markdown heading, read below with its level; taken
            # here as a heading in capitals, it had kept its "## " in the section's title.
            and not _HEADING.match(block.lines[0])
            and (_is_plain_heading(block.lines[0]) or _is_short_heading(block.lines[0], following))
        ):
            # "What this means for your child:" is a heading without its colon.
            heading_text = block.lines[0].strip()
            if _LABEL_LINE.fullmatch(markdown_to_plain(heading_text)):
                heading_text = heading_text.rstrip(":").rstrip()
            paragraphs.append(Paragraph(heading_text, is_heading=True))
            continue
        lines = block.lines
        if all(_QUOTE_LINE.match(line) for line in lines):
            paragraphs.extend(Paragraph(_blockquote_text(part)) for part in _quoted_parts(lines))
            continue
        if len(lines) >= 2 and all(is_signature(markdown_to_plain(line.strip())) for line in lines):
            # Signatories under a joint statement, one a line: "Dr Anna Lindqvist, Minister of
            # Health, Kingdom of Norland" each, not one run-on line of three names.
            paragraphs.extend(Paragraph(line.strip()) for line in lines)
            continue
        if len(lines) >= 2 and all(_FIELD_LINE.match(markdown_to_plain(x.strip())) for x in lines):
            # "Bank Rate: 3.75%" / "Vote: 6 for a cut, 3 to hold" / "Turnout: 34.9%": figures
            # one a line, each its own fact, not one run-on line ("… to hold CPI inflation …").
            paragraphs.extend(Paragraph(line.strip()) for line in lines)
            continue
        if _is_contact_block(lines):
            # "Marie-Claude Tremblay" / "Press Secretary" / "613-555-0147" / her e-mail: whom to
            # reach, one detail a line, not one run-on line ("… Tremblay, Press Secretary, 613 …").
            paragraphs.extend(Paragraph(line.strip()) for line in lines)
            continue
        if (entry_block := _entry_lines(lines)) is not None:
            # "TIMELINE" over "01:47 – first call received" / "01:54 – first crews arrive":
            # the heading, then each entry its own line.
            entry_heading, entries = entry_block
            if entry_heading is not None:
                paragraphs.append(Paragraph(entry_heading, is_heading=True))
            paragraphs.extend(Paragraph(entry) for entry in entries)
            continue
        if _is_sign_off(lines):
            # "Nia Pritchard" / "Public Services Ombudsman" / "November 2026" under a foreword:
            # a name, an office and a date, not one run-on phrase ("Nia Pritchard Public
            # Services Ombudsman November 2026").
            paragraphs.append(Paragraph(", ".join(line.strip() for line in lines)))
            continue
        if _opens_with_caps_heading(lines):
            # "BACKGROUND TO THE APPEAL" on the line right above its paragraph, no blank line
            # between: a court summary's heading, which had run into the paragraph's text.
            paragraphs.append(Paragraph(lines[0].strip(), is_heading=True))
            lines = lines[1:]
        prose: list[str] = []
        for line in lines:
            heading = _HEADING.match(line)
            marker = LIST_MARKER.match(line)
            if heading or marker:
                if prose:
                    paragraphs.append(Paragraph(" ".join(prose)))
                    prose = []
                if heading:
                    paragraphs.append(
                        Paragraph(
                            heading.group(2), is_heading=True, heading_level=len(heading.group(1))
                        )
                    )
                elif marker:
                    indent = len(line) - len(line.lstrip(" "))
                    own_number = marker.group("number") or ""
                    above = paragraphs[-1] if paragraphs and paragraphs[-1].is_list_item else None
                    nested = above is not None and (
                        indent >= 2 or _is_sub_number(own_number, above)
                    )
                    paragraphs.append(
                        Paragraph(
                            line[marker.end() :].strip(),
                            is_list_item=True,
                            nested=nested,
                            marker=own_number,
                        )
                    )
            elif paragraphs and paragraphs[-1].is_list_item and not prose and line.startswith(" "):
                # An indented continuation line belongs to the list item above it.
                last = paragraphs.pop()
                paragraphs.append(replace(last, text=f"{last.text} {line.strip()}"))
            else:
                prose.append(line.strip())
        if prose:
            paragraphs.append(Paragraph(" ".join(prose)))
    return [p for p in paragraphs if p.text.strip()]


def _what_follows(blocks: Sequence[_Block], index: int) -> _Block | None:
    """The block at `index`, with the list it introduces when it ends in a colon.

    "What the company must do" over "The company must:" and its numbered steps is a heading:
    weighed against the three words of the list's lead-in alone, it had been a paragraph of
    the section above.
    """
    if index >= len(blocks):
        return None
    block = blocks[index]
    if (
        block.text.rstrip().endswith(":")
        and index + 1 < len(blocks)
        and LIST_MARKER.match(blocks[index + 1].lines[0])
    ):
        return _Block((*block.lines, *blocks[index + 1].lines))
    return block


_QUOTE_LINE: Final = re.compile(r"^\s{0,3}>(?!>\s)\s?")
""">" quotes a line; ">> " is a bullet, as a press release sets out its steps."""
_CALLOUT: Final = re.compile(
    r"^(?:\*\*|__)?(?:note|important|warning|tip|caution)\b", re.IGNORECASE
)


_CONTACT_DETAIL: Final = re.compile(
    r"^(?:(?:tel|telephone|phone|mobile|cell|fax|e-?mail|[tmef]|t[ée]l[ée]phone|tél|telefon"
    r"|tel[ée]fono|m[óo]vil|portable|mobil|courriel|correo|cellulare)\.?\s*:?\s*)?"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ().-]{6,}\d(?:\s*(?:ext\.?|x)\s*\d+)?)$",
    re.IGNORECASE,
)
"""A line that is only a telephone number or an e-mail address, maybe labelled ("Tel: …",
"Téléphone :", "Telefon:", "Teléfono:")."""


def _is_contact_block(lines: Sequence[str]) -> bool:
    """Whether a block's lines are a contact block: short lines, one of them a number or e-mail.

    A release's "Media enquiries:" / a name / an office / a telephone number / an e-mail
    address are set one a line; run together they read as one phrase nobody can dial from.
    """
    texts = [markdown_to_plain(line.strip()) for line in lines]
    return (
        2 <= len(texts) <= 8
        and not any(LIST_MARKER.match(line) or _HEADING.match(line) for line in lines)
        and all(len(text.split()) <= 12 and not text.endswith((".", "!", "?")) for text in texts)
        and any(_CONTACT_DETAIL.match(text) for text in texts)
    )


def _is_sign_off(lines: Sequence[str]) -> bool:
    """Whether a block's lines are a sign-off: a name over an office, maybe a date or a place."""
    texts = [markdown_to_plain(line.strip()) for line in lines]
    return (
        2 <= len(texts) <= 4
        and not any(LIST_MARKER.match(line) or _HEADING.match(line) for line in lines)
        and all(
            len(text.split()) <= 12 and not text.endswith((*_SENTENCE_END, ",")) for text in texts
        )
        and 2 <= len(texts[0].split()) <= 4
        and not any(char.isdigit() for char in texts[0])
        and is_signature(f"{texts[0]}, {texts[1]}")
    )


def _quoted_parts(lines: Sequence[str]) -> list[list[str]]:
    """A block quotation's paragraphs, parted by its bare ">" lines, when each opens a quote.

    A quote of two paragraphs ("> "No university …" / ">" / "> "I want to be clear …") had
    been run into one, its second opening mark left inside it (… unless we act. "I want …").
    """
    parts: list[list[str]] = [[]]
    for line in lines:
        if _QUOTE_LINE.sub("", line).strip():
            parts[-1].append(line)
        elif parts[-1]:
            parts.append([])
    parts = [part for part in parts if part]
    opens = all(_QUOTE_LINE.sub("", part[0]).strip()[:1] in '"“' for part in parts)
    return parts if len(parts) > 1 and opens else [list(lines)]


def _blockquote_text(lines: Sequence[str]) -> str:
    """A Markdown block quotation ("> They shall grow not old …") as a quoted paragraph.

    Its ">" marks were read out and kept in the text, and its words reworded. Set in
    quotation marks, the lines are someone's words, which the plain version keeps as they
    are; a callout ("> **Note:** …") is the statement's own text and only loses its marks.
    """
    said = [words for line in lines if (words := _QUOTE_LINE.sub("", line).strip())]
    text = " ".join(said)
    if not text or _CALLOUT.match(text):
        return text
    speaker = ""
    named = _ATTRIBUTION.fullmatch(said[-1]) if len(said) > 1 else None
    if named and len(said[-1].split()) <= _MAX_ATTRIBUTION_WORDS:
        # "— Chief Constable Daniel Okafor" or "*Justice Minister Helen Marsh*" names the
        # speaker: it stays outside the marks, after a dash, or the name was read as part
        # of what they said ("… who is called." Justice Minister Helen Marsh).
        speaker = named["dashed"] or named["set"]
        said = said[:-1]
    words = " ".join(said)
    quoted = words if words[0] in "\"“‘'«" else f"“{words}”"
    return f"{quoted} — {speaker}" if speaker else quoted


_MAX_ATTRIBUTION_WORDS: Final = 16
_ATTRIBUTION: Final = re.compile(
    r"(?:[—―–]|-{1,2}(?=\s))\s*(?P<dashed>\S.*)"
    r"|(?P<mark>\*{1,2}|_)(?P<set>[^*_]*[^\s*_.!?:;,])(?P=mark)"
)
"""A quotation's last line naming who said it: "— Chief Constable Daniel Okafor", or the
name alone in italics under it ("*Justice Minister Helen Marsh*")."""


def _opens_with_caps_heading(lines: Sequence[str]) -> bool:
    """Whether a block's first line is a heading in capitals over a paragraph of prose."""
    if len(lines) < 2 or LIST_MARKER.match(lines[0]) or _HEADING.match(lines[0]):
        return False
    first = markdown_to_plain(lines[0].strip())
    rest = markdown_to_plain(" ".join(line.strip() for line in lines[1:]))
    return (
        _is_caps_heading(first)
        and not _is_caps_heading(markdown_to_plain(lines[1].strip()))
        and rest[:1].isupper()
        and word_count(rest) >= HEADED_PROSE_WORDS
        and rest.rstrip().endswith(_SENTENCE_END)
    )


HEADED_PROSE_WORDS: Final = 10
"""The shortest paragraph under a heading in capitals; title blocks' short lines stay lines."""


def _is_sub_number(number: str, above: Paragraph) -> bool:
    """True for a lettered item ("(a)", "iii)") under a numbered one ("3."), or after another.

    A resolution writes its sub-items flush with its paragraphs; their letters, not their
    indent, say that "(a)" and "(b)" are parts of paragraph 3.
    """
    lettered = bool(number) and not any(char.isdigit() for char in number)
    numbered = any(char.isdigit() for char in above.marker)
    return lettered and (numbered or (above.nested and bool(above.marker)))


def _is_short_heading(line: str, following: _Block | None) -> bool:
    """A short capitalised line alone, before a paragraph of prose, is a heading ("Health").

    Before a long paragraph, six words at most; before a short one, or at seven or eight
    words, only when the paragraph takes up the line's own words, as a speech's first line
    under a heading does ("Security and opportunity" → "Fifth, the Government is committed to
    providing greater security and opportunity for Canadians.").
    """
    text = markdown_to_plain(line.strip())
    if following is None or LIST_MARKER.match(line) or _HEADING.match(line):
        return False
    words = len(text.split())
    labelled = _LABEL_LINE.fullmatch(text) is not None
    if not text[:1].isupper() or words > 8:
        return False
    if text.endswith((*_SENTENCE_END, ",")) and not labelled:
        return False
    if _SALUTATION.match(text) or _CLOSING.match(text) or find_date(text) is not None:
        return False
    fields = following.lines
    if len(fields) >= 2 and all(_FIELD_LINE.match(markdown_to_plain(ln.strip())) for ln in fields):
        # "Key figures" over "Bank Rate: 3.75%" / "Turnout: 34.9%"; not "NEWS RELEASE" over
        # "Date: …" / "Reference: …", which are a title block's.
        return words <= 4 and not _is_above_title(following)
    after = markdown_to_plain(following.text)
    if not after.rstrip().endswith(_SENTENCE_END):
        # A paragraph whose list follows on the next lines: its prose is what comes before
        # the list ("As a precaution, people living nearby should:" then "* keep windows …").
        prose = []
        for prose_line in following.lines:
            if LIST_MARKER.match(prose_line):
                break
            prose.append(prose_line.strip())
        after = markdown_to_plain(" ".join(prose))
    if not after.rstrip().endswith(_SENTENCE_END):
        return False
    if words <= 6 and word_count(after) >= 15:
        return True
    if words <= 6 and _GUIDANCE_HEADING.match(text) and word_count(after) >= 6:
        return True  # "What you should do" over "Secure loose items such as bins …"
    if labelled:
        return word_count(after) >= 6  # "What this means for your child:" over what it means
    return word_count(after) >= 6 and _takes_up(text, after)


_GUIDANCE_HEADING: Final = re.compile(
    r"(?:What|Why|How|Where|When|Who) (?!a\b|an\b)\w+|(?:Next steps|Background|Advice)$"
)
"""A notice's headings, which ask the reader's question without its mark: "What you should
do", "What to expect", "How to claim", "Next steps"; a short step may follow them."""


def _takes_up(line: str, paragraph: str) -> bool:
    """True when two thirds of the line's longer words come back in the paragraph.

    Words are compared by their first five letters, so "diversity" and "diverse" agree.
    """
    stems = {w[:5] for w in _WORD.findall(line.lower()) if len(w) > 3}
    if not stems:
        return False
    found = {w[:5] for w in _WORD.findall(paragraph.lower())}
    return len(stems & found) * 3 >= len(stems) * 2


_STREET: Final = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Place|Pl|Square|Sq"
    r"|Way|Drive|Dr|Court|Ct|Crescent|Terrace|Gardens|Row|Boulevard|Blvd|Close|Walk|Parade"
    r"|Embankment|Mews|Hill|Green|Park|Wharf|Quay)\b\.?(?:,.*)?$"
)
"""A street address after its house number: "Victoria Street", "Marsham St, London"."""


def _is_plain_heading(line: str) -> bool:
    """A line on its own that is a heading in plain text: "1. Introduction" or "OUR PLAN"."""
    text = markdown_to_plain(line.strip())
    if text.endswith("?") and len(text.split()) >= 3:
        # "IS MY DATA SAFE?" over a notice's answer: the reader's question, in capitals, heads
        # its part. Read as a paragraph, it left the part untitled, cut mid-quote above it.
        return _is_caps_heading(text)
    if not text or text.endswith((".", ",", ";", ":", "!", "?")):
        return False
    if _NUMBERED_HEADING.match(text):
        body = re.sub(r"^\s*\S+\s+", "", text)
        if _STREET.match(body) and not re.match(r"\s*\d{1,2}\.", text):
            return False  # "12 Victoria Street" is where, not a numbered part
        # "3.5. People. People people." holds sentences: a heading holds none.
        return body[:1].isupper() and len(body.split()) <= 8 and not re.search(r"[.!?]\s", body)
    return _is_caps_heading(text)


def _is_salutation(paragraph: Paragraph) -> bool:
    text = _strip_marks(paragraph.text)
    if paragraph.is_heading or word_count(text) > 60 or _TO_THE_SPEAKER.match(text):
        return False
    # An address ends with a comma, colon or exclamation ("Mr President,"), or is very short
    # ("Good morning."); "President Biden declared ..." is a sentence, not a greeting.
    is_address = text.endswith((",", ":", "!", ";")) or word_count(text) <= 8
    if _SALUTATION.match(text) and is_address and len(split_sentences(text)) <= 2:
        return True
    sentences = split_sentences(text)
    if (
        (_SALUTATION.match(text) or _thanks_then_address(sentences[0]))
        and word_count(text) <= 40
        and all(_SALUTATION.match(s) or _THANKS.match(s) for s in sentences)
        and not _ADDRESS_THEN_CLAUSE.match(sentences[0])
    ):
        # "Good morning, everyone. Thank you, Chief Constable, for that kind introduction."
        return True
    # "President of the General Assembly, Secretary-General ..., ladies and gentlemen,"
    return text.endswith((",", ":")) and bool(_ADDRESS_WORDS.search(text))


def _thanks_then_address(sentence: str) -> bool:
    """Whether a sentence thanks and then addresses: "Thank you, Chair, and good morning, …".

    Opening a speech, it is the greeting; read as the first words of the body, "Chair" and
    "morning" were among the words that titled its first section.
    """
    if not _THANKS.match(sentence):
        return False
    pieces = re.split(r"[,;]\s*(?:and\s+)?", sentence.rstrip(".!"))
    return any(_SALUTATION.match(piece) for piece in pieces[1:])


def _take_greeting(
    paragraphs: list[Paragraph], lang: str
) -> tuple[list[Paragraph], list[Paragraph]]:
    taken: list[Paragraph] = []
    for paragraph in paragraphs[:8]:
        if not _is_salutation(paragraph):
            break
        taken.append(paragraph)
    if not taken:
        taken, paragraphs = _greeting_inside_first(paragraphs)
        return taken, paragraphs
    if len(taken) == len(paragraphs):
        return [], paragraphs
    return taken, paragraphs[len(taken) :]


def _greeting_inside_first(
    paragraphs: list[Paragraph],
) -> tuple[list[Paragraph], list[Paragraph]]:
    """A greeting that opens the first paragraph and ends with a colon: "..., my fellow X: This"."""
    if len(paragraphs) < 2 or paragraphs[0].is_heading or paragraphs[0].is_list_item:
        return [], paragraphs
    text = paragraphs[0].text
    if opening := _ADDRESS_THEN_CLAUSE.match(text):
        rest = opening["rest"]
        return [Paragraph(f"{opening['address']},")], [
            replace(paragraphs[0], text=rest[0].upper() + rest[1:]),
            *paragraphs[1:],
        ]
    # "THE PRESIDENT: Thank you all. Mr. Speaker, …, and fellow citizens: Today …": a
    # transcript's label for the one speaker, and the thanks before the address, go with it.
    label = _OPENING_LABEL.match(text)
    text = text[label.end() :] if label else text
    thanks = _OPENING_THANKS.match(text)
    start = thanks.end() if thanks else 0
    colon = text.find(": ", start)
    if colon < 0:
        return [], paragraphs
    head = text[start : colon + 1]
    if word_count(head) > 60 or head.count(",") < 2 or not _ADDRESS_WORDS.search(head):
        return [], paragraphs
    if re.search(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)[.!?]\s", head):  # "Mr. Speaker"
        return [], paragraphs
    greeting = text[: colon + 1]
    return [Paragraph(greeting)], [Paragraph(text[colon + 2 :].strip()), *paragraphs[1:]]


_OPENING_LABEL: Final = re.compile(r"(?:THE\s+)?[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}:\s+")
"""A transcript's label for who speaks, in capitals: "THE PRESIDENT: "."""
_OPENING_THANKS: Final = re.compile(
    r"(?:(?:Thank you|Thanks)(?:\s+(?:all|so much|very much|everyone|everybody))*[.!]\s+)+"
)
"""Thanks before a speech's address: "Thank you all. Thank you very much. "."""


def _drop_page_furniture(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Copyright lines, contacts, addresses and end marks after the statement are not its words.

    Statements copied from a web page often end with the site's footer; HTML input loses it in
    the reader, pasted text loses it here. Only a tail that holds a copyright, e-mail or
    "all rights reserved" line goes, with the short labels ("Contacts") among it.
    """
    # A press release's end mark closes its text, and notes to editors or contacts follow.
    marks = [i for i, p in enumerate(paragraphs) if END_MARK.match(markdown_to_plain(p.text))]
    after = marks[-1] + 1 if marks else len(paragraphs)
    if after < len(paragraphs) and _EDITORS_NOTES.match(markdown_to_plain(paragraphs[after].text)):
        # The statement's footnotes, which a Word or PDF reader sets at the very end, stay.
        notes = [
            i
            for i, p in enumerate(paragraphs)
            if i > after and p.is_heading and p.text == "Footnotes"
        ]
        # A helpline for the people the statement is about is told to them, not to editors:
        # "People affected can call the support line on 0800 123 4567" stays, as its own line.
        helplines = [
            replace(p, is_list_item=False, marker="", nested=False)
            for p in paragraphs[after + 1 : notes[0] if notes else len(paragraphs)]
            if _is_public_helpline(markdown_to_plain(p.text))
        ]
        paragraphs = paragraphs[: marks[-1]] + helplines + (paragraphs[notes[0] :] if notes else [])
    # End marks carry no words; left in, they show as a stray "###" in the text and HTML.
    paragraphs = [p for p in paragraphs if not END_MARK.match(markdown_to_plain(p.text))]
    paragraphs = [kept for p in paragraphs if (kept := _without_photo_caption(p)) is not None]
    end = len(paragraphs)
    seen = False
    while end > 1:
        text = markdown_to_plain(paragraphs[end - 1].text)
        if _PUBLIC_CONTACT.match(text):
            break  # "Enquiries: Coroner's Office, 01823 …": how the public reaches the body
        if _FURNITURE.search(text) and not _TELLS_THE_READER.search(text):
            seen = True
        elif not (word_count(text) <= 3 and not text.endswith((".", "!", "?"))):
            break
        end -= 1
    if seen:
        # A press contact in that tail is kept (see _take_press_contact); only what follows
        # it goes, a site's "© 2025 …".
        for last in range(len(paragraphs), end, -1):
            if _take_press_contact(paragraphs[:last])[0] is not None:
                return paragraphs[:last]
    return paragraphs[:end] if seen else paragraphs


_NETWORK: Final = (
    r"(?:\bX\b|(?i:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky"
    r"|mastodon|flickr|whatsapp|snapchat|pinterest|weibo|wechat)\b)"
)
"""A social network's name; "X" only as a capital standing alone."""
_SOCIAL_PROMPT: Final = re.compile(
    r"^(?i:stay\s+connected|stay\s+in\s+touch|connect\s+with\s+us|find\s+us\s+on"
    r"|like\s+us\s+on|join\s+(?:us|the\s+conversation)\s+on|follow\s+us"
    r"|follow\s+(?:the\s+)?[A-Z][\w'’&,.-]*(?:\s+[\w'’&,.-]+){0,8}?\s+on\b)"
    rf"(?=.*{_NETWORK})"
    r"|^(?i:subscribe\s+to|sign\s+up\s+(?:to|for))\s+(?:our|the)\s+"
    r"(?i:news|newsletters?|e-?mail|updates|alerts|media|press)\b"
)
"""A page's invitation to follow it elsewhere: "Follow us on X and Facebook", "Stay connected:
follow Public Safety Canada on …", "Subscribe to our news releases". Boilerplate of the site,
not the statement: read aloud, the listener heard a list of network names."""
_SOCIAL_HEADING: Final = re.compile(
    r"(?i)(?:stay\s+connected|stay\s+in\s+touch|connect\s+with\s+us|follow\s+us"
    r"(?:\s+on\s+social\s+media)?|social\s+media|find\s+us\s+online|get\s+social)[:.]?"
)
"""The heading over a social-media footer."""
SOCIAL_PROMPT_WORDS: Final = 20
"""The most words of an invitation to follow: a longer paragraph says more than that."""


def _is_social(paragraph: Paragraph) -> bool:
    """Whether a paragraph only invites the reader to follow the page ("Follow us on X")."""
    text = markdown_to_plain(paragraph.text).strip()
    if re.fullmatch(rf"{_NETWORK}(?:\s*(?:,|and|&)\s*{_NETWORK})*\.?", text):
        return True  # a list of the networks alone: "Facebook", "X"
    return word_count(text) <= SOCIAL_PROMPT_WORDS and bool(_SOCIAL_PROMPT.match(text))


def _without_social_footer(
    paragraphs: list[Paragraph],
) -> tuple[list[Paragraph], tuple[tuple[str, str], ...]]:
    """The paragraphs without a page's "Stay connected" footer, and the footer's links.

    Its words are not the statement's: they go from the spoken, plain and text versions as a
    copyright line does. Its links are kept (`Statement.follow`) for the foot of the page. A
    heading such as "Stay connected" goes when nothing is left under it.
    """
    kept = [p for p in paragraphs if p.is_heading or not _is_social(p)]
    if len(kept) == len(paragraphs):
        return paragraphs, ()
    follow = tuple(link for p in paragraphs if p not in kept for link in markdown_links(p.text))
    result: list[Paragraph] = []
    for index, paragraph in enumerate(kept):
        heads_nothing = index + 1 == len(kept) or kept[index + 1].is_heading
        text = markdown_to_plain(paragraph.text).strip()
        if heads_nothing and _SOCIAL_HEADING.fullmatch(text):
            continue
        result.append(paragraph)
    return result, follow


_OWN_TEXT_LEAD: Final = re.compile(
    r"\b(?:the following (?:\w+ ){0,2}(?:statement|text|declaration|communiqu[eé])"
    r"|(?:reads|read|is|are) as follows)\b[^:]*:$",
    re.IGNORECASE,
)
"""A lead-in that introduces the document's own text in quotation marks: "… the President of
the Security Council made the following statement on behalf of the Council:"."""
_OPENS_QUOTE: Final = re.compile(r"^[\"“]")
_CLOSES_QUOTE: Final = re.compile(r"[\"”]$")


def _unquote_own_text(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The statement's own text, set in quotation marks, without them.

    A presidential statement is published as a lead-in and then its text, each paragraph opened
    by a quotation mark and only the last one closed. Those marks say "here is the text", not
    "someone else's words": kept, they made the whole statement a quotation, which a plain
    version never rewords. Only a run of two or more such paragraphs, right after a lead-in
    that says it gives the following statement or text, and closed at its end, is read so.
    """
    for lead, paragraph in enumerate(paragraphs):
        if not _OWN_TEXT_LEAD.search(markdown_to_plain(paragraph.text)):
            continue
        run: list[Paragraph] = []
        for following in paragraphs[lead + 1 :]:
            body = following.text[1:]
            if not _OPENS_QUOTE.match(following.text) or any(c in '"“”' for c in body[:-1]):
                break  # prose, or a quotation inside the text: the marks are not the text's
            run.append(following)
            if _CLOSES_QUOTE.search(body):
                if len(run) < 2:
                    break
                unquoted = [replace(p, text=p.text[1:]) for p in run[:-1]]
                unquoted.append(replace(run[-1], text=run[-1].text[1:-1]))
                return [*paragraphs[: lead + 1], *unquoted, *paragraphs[lead + 1 + len(run) :]]
    return paragraphs


def _without_photo_caption(paragraph: Paragraph) -> Paragraph | None:
    """The paragraph without a photo caption that opens it; None when it was only a caption.

    A caption describes a picture the listener cannot see, in words the speaker never said;
    read aloud, its credit runs into the speech ("Eric Draper Every time I'm invited").
    """
    found = _PHOTO_CAPTION.match(paragraph.text)
    if found is None or paragraph.is_heading or word_count(found.group("caption")) > 60:
        return paragraph
    rest = found.group("rest").strip()
    return replace(paragraph, text=rest) if rest else None


def _take_closing(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], list[Paragraph]]:
    """The closing words: "Thank you.", with the blessings and cheers right before them.

    A closing written at the end of the last paragraph ("... I count on you. Thank you.") is
    cut off it at the sentence boundary.
    """
    if len(paragraphs) < 2:
        return [], paragraphs
    last = paragraphs[-1]
    text = _strip_marks(last.text)
    if last.is_heading or last.is_list_item:
        return [], paragraphs
    if not (_CLOSING.match(text) and word_count(text) <= 40):
        pieces = split_sentences(last.text)
        tail = _strip_marks(pieces[-1]) if len(pieces) > 1 else ""
        if not (tail and _CLOSING.match(tail) and word_count(tail) <= 8):
            return [], paragraphs
        if _squash(" ".join(pieces)) != _squash(last.text):
            return [], paragraphs
        body = Paragraph(" ".join(pieces[:-1]))
        return [Paragraph(pieces[-1])], [*paragraphs[:-1], body]
    start = len(paragraphs) - 1
    while start > 1:
        before = paragraphs[start - 1]
        words = _strip_marks(before.text)
        if before.is_heading or word_count(words) > 15:
            break
        if not (_CLOSING.match(words) or words.endswith("!")):
            break
        start -= 1
    return paragraphs[start:], paragraphs[:start]


def _rejoin_broken(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Undo paragraph breaks in mid-sentence.

    Text copied from a PDF breaks a sentence where the page ended; a paragraph that stops
    without punctuation and one that goes on in lowercase are one paragraph, and so are a long
    one that stops without punctuation and a fragment that ends its sentence ("… la Carta de
    Naciones" / "Unidas.": a name cut in two). The page's number between them went at load
    (`pipeline.pages`); a number alone that is still here is text ("Votes in favour:", "120").
    """
    result: list[Paragraph] = []
    for paragraph in paragraphs:
        if (
            result
            and not paragraph.is_heading
            and not paragraph.is_list_item
            and not result[-1].is_heading
            and not result[-1].is_list_item
            and (
                paragraph.text[:1].islower()
                or _ends_cut_sentence(result[-1], paragraph)
                # "The advice centre is at" / "12 Victoria Street" / "in the town centre."
                or _CUT_AFTER.search(markdown_to_plain(result[-1].text).rstrip()) is not None
            )
            and not result[-1].text.rstrip().endswith(_SENTENCE_END)
            # A contact block's e-mail line ("media@….gc.ca") is a line of its own.
            and not _CONTACT_DETAIL.match(markdown_to_plain(paragraph.text))
        ):
            gap = "" if result[-1].text.endswith(("'", "’")) else " "  # "l'" + "ONU"
            result[-1] = replace(result[-1], text=f"{result[-1].text}{gap}{paragraph.text}")
        else:
            result.append(paragraph)
    return result


CUT_SENTENCE_WORDS: Final = 12
"""A paragraph this long that stops without punctuation is no heading or label: it was cut."""
CUT_FRAGMENT_WORDS: Final = 3
"""The most words of a fragment that ends a cut sentence ("Unidas.", "of the Congress.")."""


def _ends_cut_sentence(before: Paragraph, after: Paragraph) -> bool:
    """Whether `after` ("Unidas.") is the end of the sentence `before` broke off mid-way.

    Only a fragment of a few words that ends a sentence: a greeting's lines end in commas, and
    a longer paragraph after a cut is as likely a new one.
    """
    text = after.text.strip()
    return (
        word_count(before.text) >= CUT_SENTENCE_WORDS
        and not before.text.rstrip().endswith(",")
        and word_count(text) <= CUT_FRAGMENT_WORDS
        and text.endswith((".", "!", "?"))
        and len(split_sentences(text)) == 1
    )


# ------------------------------------------------------------------------------------------
# Grouping the body
# ------------------------------------------------------------------------------------------


def _units(paragraphs: list[Paragraph], lang: str, max_words: int) -> list[_Unit]:
    """Units that must not be split: a list stays with the paragraph introducing it."""
    units: list[list[tuple[Paragraph, int]]] = []
    for origin, paragraph in enumerate(paragraphs):
        if units and paragraph.is_list_item and not units[-1][-1][0].is_heading:
            units[-1].append((paragraph, origin))  # the paragraph before a list introduces it
        elif not paragraph.is_list_item and _plain_words(paragraph.text) > max_words:
            units.extend([(piece, origin)] for piece in _sentence_pieces(paragraph, lang))
        else:
            units.append([(paragraph, origin)])
    result: list[_Unit] = []
    for unit in units:
        size = sum(_plain_words(p.text) for p, _ in unit)
        if size <= max_words or len(unit) < 3:
            result.append(_Unit(tuple(p for p, _ in unit), tuple(o for _, o in unit)))
            continue
        # A list too long for one section may be cut between items, the introduction staying
        # with the first item; the partition then balances the parts.
        head, rest = unit[:2], unit[2:]
        while rest and rest[0][0].nested:
            head, rest = [*head, rest[0]], rest[1:]
        result.append(_Unit(tuple(p for p, _ in head), tuple(o for _, o in head)))
        # A nested item stays with the item above it: the cut falls between top-level items.
        pieces: list[list[tuple[Paragraph, int]]] = []
        for entry in rest:
            if entry[0].nested and pieces:
                pieces[-1].append(entry)
            else:
                pieces.append([entry])
        result.extend(
            _Unit(tuple(p for p, _ in piece), tuple(o for _, o in piece)) for piece in pieces
        )
    return result


_RECITAL: Final = re.compile(r"(?i)whereas\b")
"""A proclamation's recital, the grounds it gives one a paragraph before it declares."""


_POINTS_BACK: Final = re.compile(
    r"(?:his|her|their|its|su|sus|son|sa|ses|leur|leurs|sein|seine|ihr|ihre|suo|sua|zijn|haar)\s",
    re.IGNORECASE,
)
"""A paragraph opening with a possessive, whose owner is in the paragraph before."""
POINTS_BACK_WORDS: Final = 30
"""A coda this short holds on to the paragraph whose person or thing its possessive means."""


def _address_leads_on(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """An address that ends a paragraph opens the next one, where the speaker turns with it.

    "… divergences profondes. Monsieur le Secrétaire Général," ran on from the page's lines:
    a section cut after it had ended on the address.
    """
    result = list(paragraphs)
    for index in range(len(result) - 1):
        paragraph, following = result[index], result[index + 1]
        if any(p.is_heading or p.is_list_item for p in (paragraph, following)):
            continue
        text = paragraph.text.rstrip()
        breaks = list(_SENTENCE_BREAK.finditer(text))
        if not text.endswith(",") or not breaks:
            continue
        head, tail = text[: breaks[-1].end()].rstrip(), text[breaks[-1].end() :]
        if _is_salutation(Paragraph(tail)):
            result[index] = replace(paragraph, text=head)
            result[index + 1] = replace(following, text=f"{tail} {following.text}")
    return result


def _holds_on(before: Paragraph, after: Paragraph) -> bool:
    """Whether `after` goes on what `before` began, so no section may start between them.

    "Dr Helen Marchetti, Chief Executive, said:" introduces the quote below it, and a quote's
    paragraph that does not close its quotation mark goes on in the next ("I want to apologise
    … / "We are working closely …"): a section cut there had put the speaker in one part and
    her words in the next, under a title of its own. So does an address said between two
    parts of a speech ("Monsieur le Président,"), which had ended the part before it.
    """
    if before.is_heading or after.is_heading or before.is_list_item or after.is_list_item:
        return False
    first = markdown_to_plain(before.text).strip()
    second = markdown_to_plain(after.text).strip()
    if first.endswith(":"):
        return True
    if first.endswith(",") and _is_salutation(before):
        return True  # "Monsieur le Président," turns to the part after it, not the one before
    if _RECITAL.match(first) and _RECITAL.match(second):
        return True  # "WHEREAS, …; and" / "WHEREAS, …": one preamble, read as one part
    if all(_FIELD_LINE.match(text) or _ENTRY_LINE.match(text) for text in (first, second)):
        # "Total valid votes: 34,077" / "Rejected ballot papers: 146", "01:47 – first call" /
        # "01:54 – crews arrive": one set of figures or times, cut in two by a section's end.
        return True
    if is_question_turn(first) and not is_question_turn(second):
        return True  # a reporter's question and the answer to it, in one part
    if _POINTS_BACK.match(second) and word_count(second) <= POINTS_BACK_WORDS:
        # "Su figura hoy bien merece ser reivindicada …" after a paragraph on Azcárate: a
        # short coda whose possessive is the person just spoken of, not a new part's opening.
        return True
    opens = first[:1] in '"“'
    unclosed = first.count('"') % 2 == 1 or first.count("“") > first.count("”")
    return opens and unclosed and second[:1] in '"“'


def _sentence_pieces(paragraph: Paragraph, lang: str) -> list[Paragraph]:
    """An over-long paragraph as sentence runs, so sections can be cut between sentences."""
    pieces = split_sentences(paragraph.text, lang)
    if _squash(" ".join(pieces)) != _squash(paragraph.text) or len(pieces) < 2:
        return [paragraph]
    return [Paragraph(piece) for piece in pieces]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _plain_words(text: str) -> int:
    return word_count(markdown_to_plain(text))


def _group_body(
    paragraphs: list[Paragraph], lang: str, max_words: int
) -> list[tuple[str | None, list[Paragraph]]]:
    """Group paragraphs into sections: a heading always starts one; else size and topic."""
    segments: list[tuple[Paragraph | None, list[Paragraph]]] = [(None, [])]
    for paragraph in paragraphs:
        if paragraph.is_heading:
            segments.append((paragraph, []))
        else:
            segments[-1][1].append(paragraph)
    has_text = any(body for _, body in segments)
    if len(segments) > 1 and segments[-1][0] is not None and not segments[-1][1] and has_text:
        # A heading that ends the text heads nothing: kept as the last words of the section
        # before, where it would otherwise be lost.
        last = segments.pop()[0]
        assert last is not None
        segments[-1][1].append(replace(last, is_heading=False, heading_level=0))
    segments = _merge_tiny_headed(segments, max_words)

    groups: list[tuple[str | None, list[Paragraph]]] = []
    for heading, body in segments:
        title = _heading_words(heading.text) or None if heading is not None else None
        if title is not None and _is_caps_heading(title):
            title = _calm_heading(title)  # "BACKGROUND TO THE APPEAL" is read as a title
        if not body:
            continue
        parts = _partition(_units(body, lang, max_words), max_words, lang)
        for number, part in enumerate(parts):
            if number == 0 and heading is not None:
                groups.append((title, part))  # the heading is the section's title
            else:
                groups.append((None, part))
    return groups


def _heading_words(heading: str) -> str:
    """A heading's words as a title: Markdown marks and HTML-like tags dropped.

    "## <b>HEALTH CLINICS</b>" had been spoken, shown and named a chapter with its tags;
    "<b>" is no word of the title, and a heading in capitals under it is calmed as any other.
    """
    return " ".join(_without_markup(markdown_to_plain(heading)).split())


def _merge_tiny_headed(
    segments: list[tuple[Paragraph | None, list[Paragraph]]], max_words: int
) -> list[tuple[Paragraph | None, list[Paragraph]]]:
    """A headed section too short to stand alone joins the next headed one when both fit.

    A heading with nothing under it ("Part I" right before "1. Introduction") always joins
    the next; the joined title names both.
    """
    merged: list[tuple[Paragraph | None, list[Paragraph]]] = []
    pending: tuple[Paragraph, list[Paragraph]] | None = None
    parent = False  # the pending title is a part and its first subpart ("Economy: Jobs")
    for heading, body in segments:
        if pending is not None and heading is not None:
            first, first_body = pending
            words = sum(_plain_words(p.text) for p in first_body + body)
            if (not first_body or words <= max_words) and _inside(heading, first, parent):
                # Each in title case if in capitals: "Coroner; Investigation and Inquest".
                a, b = (_calm_caps(_heading_words(p.text)) for p in (first, heading))
                joined = f"{a}: {b}" if not first_body else f"{a}; {b}"
                if first_body and a.endswith(("?", "!")):
                    joined = f"{a} {b}"  # "Why …? What if …?": two questions, no semicolon
                parent = parent or not first_body
                heading = replace(first, text=joined)
                body = first_body + body
            else:
                merged.append(pending)
                parent = False
            pending = None
        if heading is not None and sum(_plain_words(p.text) for p in body) < MIN_SECTION_WORDS:
            pending = (heading, body)
            continue
        merged.append((heading, body))
        parent = False
    if pending is not None:
        merged.append(pending)
    return merged


def _calm_caps(title: str) -> str:
    """A heading in capitals in title case ("INVESTIGATION AND INQUEST"), others as written."""
    return _calm_heading(title) if _is_caps_heading(title) else title


def _inside(heading: Paragraph, pending: Paragraph, parent: bool) -> bool:
    """Whether `heading` may join the pending short section's title.

    A Markdown heading above the pending one's level starts a new part ("## Health" after
    "### Prices"), and so does one at its level after a part's title joined its first subpart
    ("Economy: Jobs; Prices; Health" would put Health inside Economy). Headings told by their
    looks have no level, and join as before.
    """
    if not heading.heading_level or not pending.heading_level:
        return True
    if heading.heading_level < pending.heading_level:
        return False
    return not (parent and heading.heading_level == pending.heading_level)


_LEANS_ON_BEFORE: Final = re.compile(
    r"(?:This|That|These|Those)(?: [a-z]+)? (?:is|was|are|were|means|meant|shows?|showed|led)\b"
    r"|(?:But|And|So|Yet|However|Hence|Therefore|Thus)\b(?! far\b| many\b| much\b)"
    r"|It (?:would|will|is|was|also) therefore\b"
)
"""A paragraph that opens on what the one before said ("This is why France …", "These gains
are evidence of …", "But complete dependence …"): a section begun there opens mid-idea."""
LEANING_CUT_COST: Final = 1.0
"""What a cut before such a paragraph costs: a cut elsewhere is found where sizes allow."""


def _partition(units: list[_Unit], max_words: int, lang: str) -> list[list[Paragraph]]:
    """Cut a run of units into sections near the ideal size, cutting where topics change.

    Dynamic programming over cut points: each section costs its squared distance from the
    ideal size (with a heavy price below the minimum), and each cut costs the lexical cohesion
    across the gap (cosine of the word vectors of up to two units on each side, as in
    TextTiling's block comparison), so sections end where the vocabulary changes.
    """
    if not units:
        return []
    sizes = [sum(_plain_words(p.text) for p in u.paragraphs) for u in units]
    vectors = [_content_vector(" ".join(p.text for p in u.paragraphs), lang) for u in units]
    gap_cost = [0.0] * len(units)
    for gap in range(1, len(units)):
        left: Counter[str] = Counter()
        right: Counter[str] = Counter()
        for v in vectors[max(0, gap - COHESION_WINDOW) : gap]:
            left.update(v)
        for v in vectors[gap : gap + COHESION_WINDOW]:
            right.update(v)
        gap_cost[gap] = _cosine(left, right)
    held = [
        gap > 0 and _holds_on(units[gap - 1].paragraphs[-1], units[gap].paragraphs[0])
        for gap in range(len(units))
    ]
    leans = [
        gap > 0
        and lang == "en"
        and not units[gap].paragraphs[0].is_heading
        and _LEANS_ON_BEFORE.match(markdown_to_plain(units[gap].paragraphs[0].text).strip())
        is not None
        for gap in range(len(units))
    ]
    ideal = min(IDEAL_SECTION_WORDS, max_words)
    n = len(units)
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        words = 0
        for start in range(end - 1, -1, -1):
            words += sizes[start]
            if words > max_words and end - start > 1:
                break
            cost = ((words - ideal) / ideal) ** 2
            if words < MIN_SECTION_WORDS:
                cost += 4.0
            if start > 0:
                cost += 1.5 * gap_cost[start]
            # A cut inside a paragraph (between its sentences) is a last resort.
            if start > 0 and units[start].origins[0] == units[start - 1].origins[-1]:
                cost += 0.5
            if start > 0 and held[start]:
                cost += HELD_CUT_COST  # between "… said:" and the quote it introduces
            elif start > 0 and leans[start]:
                cost += LEANING_CUT_COST  # before "This is why …", "But …": cut elsewhere
            if best[start] + cost < best[end]:
                best[end] = best[start] + cost
                back[end] = start
    cuts: list[tuple[int, int]] = []
    end = n
    while end > 0:
        cuts.append((back[end], end))
        end = back[end]
    return [_rejoin(units[a:b]) for a, b in reversed(cuts)]


def _rejoin(units: list[_Unit]) -> list[Paragraph]:
    """Pieces of one paragraph that ended up in the same section become one paragraph again."""
    paragraphs: list[Paragraph] = []
    last_origin = -1
    for unit in units:
        for paragraph, origin in zip(unit.paragraphs, unit.origins, strict=True):
            if paragraphs and origin == last_origin and not paragraph.is_list_item:
                paragraphs[-1] = replace(
                    paragraphs[-1], text=f"{paragraphs[-1].text} {paragraph.text}"
                )
            else:
                paragraphs.append(paragraph)
            last_origin = origin
    return paragraphs


@lru_cache(maxsize=65536)
def _is_common(word: str, lang: str) -> bool:
    """Function words of any supported language: very frequent words carry no topic."""
    from wordfreq import zipf_frequency

    # English has a stop list, so only the very commonest words go; elsewhere frequency alone
    # tells function words (pour, dans, werden) from content words.
    return float(zipf_frequency(word, lang)) >= (6.0 if lang == "en" else 5.3)


def _content_vector(text: str, lang: str = "en") -> Counter[str]:
    words = _WORD.findall(markdown_to_plain(text).lower())
    return Counter(
        _stem(w, lang)
        for w in words
        if len(w) > 3 and w not in _STOPWORDS and not _is_common(w, lang)
    )


@lru_cache(maxsize=1024)
def _stem_set(text: str, lang: str) -> frozenset[str]:
    """The stems of a section's words; each section is seen by every other one's title."""
    return frozenset(_stem(w, lang) for w in _WORD.findall(text.lower()))


@lru_cache(maxsize=65536)
def _stem(word: str, lang: str) -> str:
    """A light stem so "terrorist" and "terrorists" count as one word."""
    if lang == "en":
        from pipeline.wordforms import getAllLemmas

        lemmas = getAllLemmas(word)
        for pos in ("NOUN", "VERB", "ADJ"):
            if pos in lemmas:
                return str(lemmas[pos][0])
        return word
    return re.sub(r"(?:es|en|s|e|n)$", "", word) if len(word) > 5 else word


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(a[w] * b[w] for w in a.keys() & b.keys())
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def _sentences(paragraphs: list[Paragraph], lang: str, kind: SectionKind) -> list[str]:
    sentences: list[str] = []
    for paragraph in paragraphs:
        plain = markdown_to_plain(paragraph.text)
        if not plain:
            continue
        if kind is SectionKind.TITLE or paragraph.is_heading:
            sentences.append(plain)
        else:
            sentences.extend(split_sentences(plain, lang))
    return sentences


# ------------------------------------------------------------------------------------------
# Titles
# ------------------------------------------------------------------------------------------

_TITLE_STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        """everything something anything nothing everyone everybody someone somebody anyone
        anybody nobody whatever whoever whichever oneself myself yourself himself herself
        ourselves yourselves themselves thee thou thy thine ye hath doth shalt wilt
        fellow several various numerous
        miles mile kilometres kilometers metres meters feet inches pounds kilograms percent
        per hour mph minutes hours seconds weeks months years decade decades
        whole entire whether although though unless whereas
        two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
        january february march april may june july august september october november
        december monday tuesday wednesday thursday friday saturday sunday""".split()
    ),
    "fr": frozenset(
        """tout tous toute toutes rien quelque quelques chose choses chacun chacune quelqu
        quiconque autrui aucun aucune nul nulle plusieurs certains certaines moindre
        moindres""".split()
    ),
    "es": frozenset(
        """todo toda todos todas nada nadie alguien algo alguno alguna algunos algunas
        ninguno ninguna cualquier cualquiera cada mismo misma mismos mismas""".split()
    ),
    "it": frozenset(
        """tutto tutta tutti tutte niente nulla qualcosa qualcuno nessuno nessuna ognuno
        ognuna chiunque ciascuno ciascuna""".split()
    ),
    "de": frozenset(
        """alles etwas nichts jemand niemand jeder jede jedes jeden jedem jedermann
        irgendwas irgendwer irgendetwas""".split()
    ),
    "nl": frozenset("alles iets niets iemand niemand iedereen ieder iedere elk elke".split()),
}
"""Words that name nothing, per language: pronouns and quantifiers ("everything", "nadie"),
English's archaic forms, the "fellow" of an address, a vague quantity ("several"), "whole" and
the calendar's months and days ("the whole of February" is when, not what). None of
them tells a listener what a section is about."""
_NOUN_CONTEXT: Final = frozenset(
    """of in on for with from by about against into through without under over between
    after before among across""".split()
)
"""English prepositions: after one (or a determiner), "tax relief" is a noun phrase."""
_VERB_CONTEXT: Final = frozenset(
    """to i we you they he she it who will would can could must should shall may might
    not never also always let us""".split()
)
"""English words after which a word that may be a verb is one: "we show", "to counter"."""
_NAME_WITH_CONNECTOR: Final = re.compile(
    r"\b([A-Z][\w-]+)\s+(?:of|for|des|de|du|del|di|della|dei|von|van)\s+"
    r"(?:(?:the|la|las|los|le|les)\s+|l['’])?[A-Z]"
)
"""A capitalised word opening a name that goes on after "of", "des", "de la"…"""
_INFINITIVE: Final[dict[str, re.Pattern[str]]] = {
    "fr": re.compile(r"(?:er|ir|re|oir)$"),
    "es": re.compile(r"(?:ar|er|ir)$"),
    "it": re.compile(r"(?:are|ere|ire)$"),
}
"""Endings of the infinitive: such a word never seen after a determiner is a verb ("vivre")."""
RARE_TITLE_ZIPF: Final = 1.5
"""Lowercase words rarer than this (wordfreq's Zipf scale) are odd titles: "refoundation"."""
SECOND_TERM_SHARE: Final = 0.45
""""X and Y" only when Y weighs at least this share of X; otherwise X alone."""
GENERAL_ZIPF: Final = 5.5
"""A second term this common in the language ("world", "life") says nothing of its own."""
OPENING_SENTENCES: Final = 2
"""A section's first sentences say what it is about: a word said there is no detail."""
LEAD_SHARE: Final = 0.5
"""A title leads with a surely-noun word weighing this share of a best word that may not be one."""
PHRASE_SHARE: Final = 0.8
"""A phrase weighing this share of the best single word beats the pair of single words."""
STATEMENT_WIDE_SHARE: Final = 1 / 3
STATEMENT_WIDE_SECTIONS: Final = 8
"""In a long statement (this many other sections or more), a word said in this share of
them is what the whole speech is about ("America" in a president's, "Burkina Faso" in its
minister's): no part's second topic ("Path and America", "Thème et Burkina Faso"). In a
short release the subject said throughout ("Supply and medicines") still tells its parts
apart."""


class _Token(NamedTuple):
    """One word of a section as titling sees it."""

    shown: str
    key: str
    """The word's stem, or "" for a word that cannot be part of a title."""
    breaks: bool
    """Punctuation follows, so no phrase goes on past this word."""
    joins: bool
    """It goes on a capitalised name begun by the word before ("Orleans" of "New Orleans")."""
    previous: str
    """The word before, lowercased; "" at a sentence start or after punctuation."""
    lowered: bool = False
    """Shown in lower case though written with a capital, as it starts a sentence."""
    sentence: int = 0
    """Which sentence of the section the word is in, counted from 0."""
    possessive: str = ""
    """The "'s" the word was written with: shown inside a name ("Children's Fund")."""


class _Candidate(NamedTuple):
    """A possible title: a word or phrase of the section, weighed."""

    keys: tuple[str, ...]
    shown: str
    score: float
    strong: bool
    """Surely a noun (or a name), so it may be the second term of "X and Y"."""
    occurrences: int
    """How often it occurs in the section."""
    sentences: frozenset[int] = frozenset()
    """The sentences it occurs in: "a treasure — a treasure" is said in one."""
    elsewhere: int = 0
    """How many other sections of the statement use all its words."""
    others: int = 0
    """How many other sections there are."""


_MODALS: Final = frozenset("will would can could must should may might shall".split())
"""English modal verbs: a word in -s before one is its subject, a plural ("nurses would")."""


def _title_candidates(text: str, others: list[str], lang: str) -> list[_Candidate]:
    """The section's words and phrases that can title it, best first."""
    tokens = _tokens(text, lang)
    counts: Counter[str] = Counter(t.key for t in tokens if t.key)
    # How many other sections use each word here: one pass over the others, not one per word,
    # so titling every section of a long statement stays linear in practice.
    elsewhere = [_stem_set(other, lang) for other in others]
    spread: Counter[str] = Counter()
    for words in elsewhere:
        spread.update(words.intersection(counts))
    weights: dict[str, float] = {}

    def weight(key: str) -> float:
        from wordfreq import zipf_frequency

        if key not in weights:
            rarity = math.sqrt(8.0 - min(float(zipf_frequency(key, lang)), 7.5))
            idf = math.log(1 + (1 + len(elsewhere)) / (1 + spread[key]))
            weights[key] = float(counts[key] ** 1.2 * rarity * idf)
        return weights[key]

    phrases: Counter[tuple[str, ...]] = Counter()
    said_in: dict[tuple[str, ...], set[int]] = {}
    in_noun_context: Counter[tuple[str, ...]] = Counter()
    in_verb_context: Counter[tuple[str, ...]] = Counter()
    shown: dict[tuple[str, ...], str] = {}
    plurals: dict[tuple[str, ...], str] = {}
    """English phrases also written with a plural -s or -es on their last word: the ending."""
    lowered: set[tuple[str, ...]] = set()  # shown in lower case only for a sentence start
    determiners = _DETERMINERS.get(lang, frozenset())
    # A word that mostly goes on a name ("Dan" of "Sergeant Dan Clay") is a piece of it.
    joined = Counter(t.key for t in tokens if t.joins)
    tails = {key for key, n in joined.items() if 2 * n >= counts[key]}
    run: list[_Token] = []
    for token in [*tokens, _Token("", "", True, False, "")]:
        if token.key:
            run.append(token)
        if not token.key or token.breaks:
            for size in (1, 2, 3, 4):
                for i in range(len(run) - size + 1):
                    gram = run[i : i + size]
                    if size == 4 and not all(t.shown[:1].isupper() for t in gram):
                        continue  # only a name runs to four words
                    if (
                        gram[0].joins
                        or gram[0].key in tails
                        or (i + size < len(run) and run[i + size].joins)
                    ):
                        continue  # a piece of a name: the whole name or nothing
                    keys = tuple(t.key for t in gram)
                    phrases[keys] += 1
                    said_in.setdefault(keys, set()).add(gram[0].sentence)
                    display = " ".join(
                        t.shown + (t.possessive if j < size - 1 else "") for j, t in enumerate(gram)
                    )
                    # A name first met at a sentence start is shown as written elsewhere.
                    if keys not in shown or (keys in lowered and not display.islower()):
                        shown[keys] = display
                        lowered.discard(keys)
                        if gram[0].lowered:
                            lowered.add(keys)
                    first = shown[keys].lower()
                    if lang == "en" and display.lower() in (f"{first}s", f"{first}es"):
                        plurals[keys] = display[len(first) :]
                    if gram[0].previous in determiners or gram[0].previous in _NOUN_CONTEXT:
                        in_noun_context[keys] += 1
                    elif gram[0].previous in _VERB_CONTEXT:
                        in_verb_context[keys] += 1
            run = []
    # "a human right" then "human rights": a topic reads best as the plural the text also uses.
    for keys, ending in plurals.items():
        shown[keys] = _calm_shouted(shown[keys], lang) + ending  # not "JUDGMENTs"

    # "Iranian regime", "humanitarian workers", "young French people": a word always before a
    # lowercase noun, or lowercase itself before a capitalised word, is an adjective there,
    # and no title on its own.
    modifying: Counter[str] = Counter(
        t.key
        for t, following in pairwise(tokens)
        if t.key
        and not t.breaks
        and following.key
        and (following.shown.islower() or t.shown.islower())
    )
    # "keep Canadians safe", "keep families warm": a word said after a plural, mostly, is the
    # state the plural is kept in, an adjective, whatever "a safe" elsewhere makes of it.
    complements: Counter[str] = Counter(
        following.key
        for t, following in pairwise(tokens)
        if t.key
        and not t.breaks
        and following.key
        and lang == "en"
        and _complement_after_plural([t.shown, following.shown])
    )
    # "Organisation des Nations Unies", "Union of Soviet Socialist Republics": the first word
    # of such a name is a piece of it, not a title.
    opens_name: Counter[str] = Counter(
        _stem(found.group(1).lower(), lang) for found in _NAME_WITH_CONNECTOR.finditer(text)
    )
    after_determiner: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    # The word before is taken from its start only: tried at each figure, 3,000 digits took
    # 0.12 s, 20,000 digits 6 s.
    for found in re.finditer(
        r"(?:(?<!\w)(\w+)['’\s]+)?([^\W\d_][\w-]*)(?=\s+([a-z][\w-]*))?", text
    ):
        key = _stem(found.group(2).lower(), lang)
        # "the humanitarian space": an adjective before an English noun is that noun's, and so
        # is the determiner ("the setbacks of", "the captain waits" and "the stand taken" stay).
        determined = bool(found.group(1)) and found.group(1).lower() in determiners
        modifies = (
            determined
            and lang == "en"
            and found.group(3) is not None
            and found.group(3) not in _STOPWORDS
            and _may_modify(found.group(2))
            and _reads_as_noun(found.group(3), found.group(3), True)
        )
        if determined and not modifies:
            after_determiner[key] += 1
        if found.group(2)[:1].isupper():
            capitalised[key] += 1
    if lang == "en":  # "nurses would be paid": "nurses" before a modal is no verb but a plural
        # From a word's start only: tried at each letter, a 20,000-letter word took 1.2 s.
        for found in re.finditer(
            rf"(?<![\w-])[\d_-]*([^\W\d_][\w-]*s)\s+(?:{'|'.join(_MODALS)})\b", text
        ):
            after_determiner[_stem(found.group(1).lower(), lang)] += 1

    def nounness(key: str, token: str, alone: bool = True) -> float:
        if lang == "en":
            if not alone:  # the head of "shared future", "federal funding"
                return 1.0 if _can_be_noun(key, token) else 0.0
            if modifying[key] >= counts[key] and _may_modify(token):
                return 0.0
            if 2 * complements[key] >= counts[key]:
                return 0.0
            return 1.0 if _reads_as_noun(key, token, after_determiner[key] > 0) else 0.0
        if lang == "de":  # German writes every noun with a capital
            return 1.0 if capitalised[key] >= max(1, counts[key] // 2) else 0.0
        if lang in ("fr", "es", "it", "nl"):
            infinitive = _INFINITIVE.get(lang)
            if not after_determiner[key] and infinitive and infinitive.search(token.lower()):
                return 0.0  # "vivre", "necesitar": a verb, never "le vivre"
            if token[:1].islower() and _romance_non_noun(token.lower(), lang):
                return 0.0  # "profunda", "necesitan", "convertirla"
            return 0.35 + 0.65 * min(1.0, after_determiner[key] / max(1, counts[key]))
        return 1.0

    def head_of(keys: tuple[str, ...]) -> tuple[str, str]:
        words = shown[keys].split()
        # "financiación internacional" is a financing, "profunda reforma" a reform.
        first = (
            lang in ("fr", "es", "it")
            and len(keys) > 1
            and not (words[0].islower() and _romance_non_noun(words[0], lang))
        )
        return (keys[0], words[0]) if first else (keys[-1], words[-1])

    scores: dict[tuple[str, ...], float] = {}

    def score(keys: tuple[str, ...]) -> float:
        if keys not in scores:
            scores[keys] = _phrase_score(keys)
        return scores[keys]

    def _phrase_score(keys: tuple[str, ...]) -> float:
        if len(set(keys)) < len(keys):
            return 0.0
        head, head_token = head_of(keys)
        noun = nounness(head, head_token, alone=len(keys) == 1)
        if noun == 0.0 or (len(keys) == 1 and 2 * opens_name[keys[0]] >= counts[keys[0]]):
            return 0.0
        mean = sum(weight(k) for k in keys) / len(keys) * noun
        if len(keys) == 1:
            return mean
        if lang == "en" and _complement_after_plural(shown[keys].split()):
            return 0.0
        # A phrase must recur, or be a name written in capitals, to beat its words.
        proper = all(w[:1].isupper() for w in shown[keys].split())
        if phrases[keys] < 2 and not proper:
            return 0.0
        if lang == "en" and not proper and _adjectives_without_noun(shown[keys], text):
            return 0.0  # "global public", of "global public goods … a global public good"
        # "show compassion", "deny access": a verb leads, unless the phrase is seen where
        # only a noun can stand ("for tax relief").
        lead = shown[keys].split()[0]
        if (
            lang == "en"
            and not proper
            and not in_noun_context[keys]
            and _may_lead_as_verb(lead, in_verb_context[keys] > 0)
        ):
            return 0.0
        return float(mean * (1.0 + 0.35 * (len(keys) - 1)) * min(phrases[keys], 3) ** 0.3)

    def strong(keys: tuple[str, ...]) -> bool:
        """Whether a second term is surely a noun, not an adjective or verb read as one."""
        head, head_token = head_of(keys)
        if head_token[:1].isupper():  # a name, unless it ends on an adjective: "Middle Eastern"
            return lang != "en" or not _only_adjective(head_token)
        return nounness(head, head_token, len(keys) == 1) > 0.5

    ranked = sorted(
        (k for k in phrases if score(k) > 0), key=lambda k: (-score(k), len(k), shown[k])
    )
    return [
        _Candidate(
            k,
            shown[k],
            score(k),
            strong(k),
            phrases[k],
            frozenset(said_in[k]),
            min(spread[key] for key in k),
            len(elsewhere),
        )
        for k in ranked
    ]


def _adjectives_without_noun(phrase: str, text: str) -> bool:
    """Whether an English phrase ends on a describing word that a noun follows every time.

    "global public goods … a global public good": "global public" was counted twice, as
    "good" is no title word, and offered as a topic; it is two adjectives without the noun
    they describe. A phrase ending on a noun ("nuclear weapons programme") is no such pair.
    """
    words = phrase.split()
    if not _may_modify(words[-1]) or not words[-1].islower():
        return False
    said = r"\s+".join(map(re.escape, words))
    after = [
        found.group(1)
        for found in re.finditer(
            rf"(?<![\w-]){said}(?![\w-])(?:\s+([a-z][\w-]*))?", text, re.IGNORECASE
        )
    ]
    return bool(after) and all(
        word is not None and word not in _STOPWORDS and _can_be_noun(word, word) for word in after
    )


_SERIES_WORD: Final = r"[A-Z](?:[\w’'-]|\.(?=\w))*"
_SERIES_ITEM: Final = (
    rf"\b(?:(?:the|la|le|les|el|los|las|die|der|das|il|lo|het)\s+)?{_SERIES_WORD}"
    rf"(?:\s+(?:of|on|for|de|del|des|du|la|le|the|{_SERIES_WORD})){{0,5}}"
)
_LONG_SERIES: Final = re.compile(
    rf"{_SERIES_ITEM}(?:,\s+{_SERIES_ITEM}){{3,}},?\s+(?:and|or|et|ou|y|o|und|oder|e|en)\s+"
    + _SERIES_ITEM
)
"""Five or more names in a row, "Albania, Argentina, … and Vietnam": examples, not a topic."""


_SERIES: Final = re.compile(
    rf"{_SERIES_ITEM}(?:,\s+{_SERIES_ITEM})+,?\s+(?:and|or|et|ou|y|o|und|oder|e|en)\s+"
    + _SERIES_ITEM
)
"""Three names or more in a row, "Fenwick Road, Carlton Street or Northgate Park"."""


def _only_in_series(name: str, text: str) -> bool:
    """Whether a name is said only as one of three or more in a row: an example, no topic.

    "anyone who was in Fenwick Road, Carlton Street or Northgate Park": one place of three
    had titled the call for witnesses as its second term ("Information and Northgate Park").
    """
    spans = [found.span() for found in _SERIES.finditer(text)]
    said = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    return bool(said) and all(any(a <= at < b for a, b in spans) for at in said)


_SPEAKER_LABEL: Final = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:(?:MR|MS|MRS|DR|THE)\.?\s+)?[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2}:"
    r"|Q(?=\s+[A-Z]))\s"
)
"""A transcript's speaker at a turn: "MS. LEE: Good afternoon", "Q Thanks, Dana."."""


_OFFICE_BEFORE_NAME: Final = (
    r"Councillor|Cllr|Mayor|Senator|Governor|Commissioner|Professor|Colonel|Captain|Capitaine"
    r"|Lieutenant|Sergeant|Inspector|Detective|Constable|Superintendent|Judge|Justice"
)
"""Offices and ranks written before a person's full name: "Councillor Peter Lund"."""
_POST_NOMINAL: Final = r"(?:MP|QC|KC|MEP|TD|MSP|MLA)"
"""Letters after a member's or a counsel's name ("Rachel Tembo MP"): no surname."""
_NAMED_PERSON: Final = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+|(?:said|says|written by|told by)\s+)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    rf"|\b(?:(?:{_OFFICE_BEFORE_NAME})\s+)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
    # "Rachel Tembo MP said": the member's letters are no part of the name (`_surnames`).
    rf"(?:\s+{_POST_NOMINAL})?(?:,[^,.]{{3,60}}(?=,\s+said\b)|(?=\s+said\b))"
    rf"|\b(?:{_OFFICE_BEFORE_NAME})\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}"
)
"""A person named as one ("Mrs Helen Okafor"), or as the one who said or wrote the words
("said Marta Kowalczyk", "Ruth Adeyemi said", "written by Laurence Binyon"), with who they
are ("Priya Holloway, of the Roads Policing Unit, said"): the unit is no section's subject.
So is one named with an office or rank before a full name ("Councillor Peter Lund", "le
Colonel Assimi GOITA"): said in passing, office and name had titled a part of their own."""


_PERSON_WITH_AGE: Final = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+(?:aged\s+)?\d{1,3},")
"""A person as a court or police release names one: "Daniel Harker, 34, of Orchard Lane"."""


COMMON_SURNAME_ZIPF: Final = 4.0
"""A surname as common as this as a word ("King", "Speaker") is not taken for one."""


def _surnames(texts: Sequence[str]) -> frozenset[str]:
    """The surnames of the people a statement names in full, anywhere in it.

    A release names a defendant or an officer in full once ("Daniel Harker, 34,"), then by
    surname alone ("Harker poured petrol …"): said in every sentence, the bare surname had
    titled the part ("Harker and officers"). A person is no section's subject; what they did is.
    """
    names: set[str] = set()
    for text in texts:
        names |= _surnames_in(text)
    return frozenset(names)


@lru_cache(maxsize=4096)
def _surnames_in(text: str) -> frozenset[str]:
    """The surnames one text names in full; kept, as each section's title looks at every other.

    Scanned afresh for each section, the 423 sections of a 400 kB statement took 16 s here.
    """
    from wordfreq import zipf_frequency

    names: set[str] = set()
    for found in (*_NAMED_PERSON.finditer(text), *_PERSON_WITH_AGE.finditer(text)):
        words = re.findall(r"[A-Z][\w'’-]+", found.group(0))
        words = [word for word in words if not re.fullmatch(_POST_NOMINAL, word)]
        surname = _POSSESSIVE.sub("", words[-1]) if len(words) >= 2 else ""
        # "Mr. Speaker", "Coretta Scott King": a common word is an office or another
        # word as often as a name, and is kept.
        if surname and zipf_frequency(surname.lower(), "en") < COMMON_SURNAME_ZIPF:
            names.add(surname)
    return frozenset(names)


def _without_surnames(text: str, surnames: frozenset[str]) -> str:
    """The text less each person named by a surname ("Harker", "Harker's", "Daniel Harker")."""
    if not surnames:
        return text
    names = "|".join(sorted(map(re.escape, surnames)))

    # The person's given names go with it: "Daniel Harker", said in the notes, is him too.
    return re.sub(
        rf"(?<![\w-])(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{names})(?:['’]s)?(?![\w-])(?!\s+[A-Z])",
        " — ",
        text,
    )


_CONTACT_DETAILS: Final = re.compile(
    # An e-mail address from the start of its word: tried at each character of a
    # 20,000-letter word, the search went to its end 20,000 times (1.5 s).
    r"(?<!\S)\S+@\S+\.\w+|\b(?:https?://|www\.)\S+"
    r"|\b(?:tel|telephone|phone|mobile|mob|fax)\b\.?:?\s*(?:\+\s?)?[\d(][\d ()./-]{5,}\d"
    r"|(?:(?<=\bcontact:)|(?<=\bcontacts:)|(?<=\benquiries:)|(?<=\binquiries:))"
    r"\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}",
    re.IGNORECASE,
)
"""How to reach someone: an e-mail address, a web address, a labelled phone number ("tel.
+352 4303 3355") and the person named to contact ("Press contact: Anna Lindqvist"). None is a
topic: "Tel", "Anna" and "curia" (of "…@curia.example.eu") had titled a release's notes."""


_FRAMED: Final = re.compile(
    r"(?:In|On|Regarding|Concerning|As\s+for|As\s+regards|Turning\s+to"  # English
    r"|En|Au|Aux|Sur|Quant\s+(?:à|au|aux)|Concernant|S['’]agissant\s+d[eu]"  # French
    r"|Sobre|Respecto\s+a|En\s+cuanto\s+a|Con\s+respecto\s+a"  # Spanish
    r")\s+(?:(?:the|la|le|les|el|los|las|l['’])\s*)?"
    r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:of|de|del|du)\s+)?[A-ZÀ-Ý][\w'’-]+){0,3}),"
)
"""A part that opens by naming what it turns to: "In Libya, …", "On North Korea, …", "Au
Sahel, …", "Sobre Ucrania, …"."""


def _framed_topic(text: str) -> str | None:
    """The name a part opens with as its frame, when the part says it again: its subject.

    "In Libya, the crisis is now having a profound impact …" then twice more "Libya": the
    part is about Libya; its counted words had titled it "Libya and Powers", and a part that
    opened "In Syria, …" "Normalization and solution". Said only once, the name may be no
    more than a setting ("In Kyoto, we agreed …"); "Syrian" says "Syria" again.
    """
    found = _FRAMED.match(text.lstrip())
    if found is None:
        return None
    place = found.group("place")
    if re.fullmatch(_CALENDAR, place, re.IGNORECASE) or find_date(place) is not None:
        return None  # "On Monday, …": a time, no subject
    # "the Syrian people" says Syria again.
    said = re.findall(rf"(?<![\w-]){re.escape(place)}(?:n|i?an|ien|ienne|o|a)?s?(?![\w-])", text)
    if len(said) < 2 or len(place.split()) > MAX_TITLE_WORDS:
        return None
    return place


_SIGNPOST: Final = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:[A-Z]\w*\s+){0,2}?(?:I\s+(?:want|would like|wish)\s+to|let\s+me"
    r"|I\s+(?:will|shall|now))\s+(?:now\s+)?(?:be\s+clear\s+about|talk\s+about|speak\s+about"
    r"|say\s+a\s+(?:few\s+)?words?\s+about|turn\s+to|focus\s+on|move\s+on\s+to)\s+"
    r"(?:(?:the|our|my|this|these)\s+)?(?P<topic>[\w’' -]{3,60}?)\s*[.!?:;,]",
    re.IGNORECASE,
)
"""A speaker's signpost: "I want to be clear about what we are protecting.", "Let me turn to
the economy."; what follows it is what the part is about."""
ANNOUNCED_TOPIC_WORDS: Final = 6


def _announced_topic(text: str, lang: str) -> str | None:
    """The topic a section's speaker announces, with at least two sentences after it to tell it.

    A section in which no word recurs has no salient word: its title had paired two said once.
    """
    if lang != "en":
        return None
    found = _SIGNPOST.search(text)
    if found is None:
        return None
    topic = found.group("topic").strip()
    after = split_sentences(text[found.end() :])
    if len(topic.split()) > ANNOUNCED_TOPIC_WORDS or len(after) < 2 or not _WORD.search(topic):
        return None
    if topic.split()[0].lower() in _COUNTED:
        return None  # "I will focus on three things:" counts the topics, and names none
    return topic[0].upper() + topic[1:]


_ENUMERATED: Final = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:First|Second|Third|Fourth|Fifth|Finally|Lastly)(?:ly)?,\s+"
    r"(?P<topic>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\.(?=\s|$)"
)
"""A speaker's own heading, said as a sentence: "Second, water.", "Finally, fraud and error."."""


def _enumerated_topics(text: str, lang: str) -> str | None:
    """The topics a speaker counts off in a part that opens by counting one ("Second, water.").

    "So today I want to talk about three things: money, water and people. First, money. …"
    — each part then opens with its own heading, and the regions its examples are set in had
    titled it ("Uplands and North Yorkshire Moors"). A part that opens so is titled by the
    topics counted off in it, the first two. English only; a clause ("Thirdly, we must
    protect …") names no topic.
    """
    if lang != "en":
        return None
    topics: list[str] = []
    for found in _ENUMERATED.finditer(text):
        if not topics and found.start() > 0:
            return None  # the part opens otherwise: the count is one of its details
        words = found.group("topic").split()
        last = words[-1].lower()
        if any(w in _STOPWORDS and w != "and" for w in words) or not _reads_as_noun(
            last, last, True
        ):
            break
        topics.append(found.group("topic"))
    if not topics:
        return None
    title = " and ".join(topics[:2])
    return title[0].upper() + title[1:]


_LETTER_PURPOSE: Final = re.compile(
    r"^(?:I\s+am|I'm|We\s+are|We're)\s+writing\s+to\s+(?:share|tell\s+you\s+about|explain"
    r"|update\s+you\s+on|let\s+you\s+know\s+about|give\s+you|inform\s+you\s+of)\s+"
    r"(?:(?:our|the|this|your(?:\s+child['’]s)?)\s+)?(?P<topic>[\w'’-]+(?:\s+[\w'’-]+){0,4}?)"
    r"(?=\s+(?:for|and|with|from|which|that|this|next|in|on)\b|\s*[,.;:])",
    re.IGNORECASE,
)
"""A letter's opening that says what it is for: "I am writing to share our Key Stage 2
results for this summer"."""


def _letter_purpose(text: str, lang: str) -> str | None:
    """What a letter's part says it is written to share, when it opens by saying so.

    "I am writing to share our Key Stage 2 results …": counting had titled it by the words the
    results are told in ("Expected standard"). English only; a topic must end on a noun.
    """
    if lang != "en":
        return None
    found = _LETTER_PURPOSE.match(text.strip())
    if found is None:
        return None
    topic = found.group("topic")
    last = topic.split()[-1].lower()
    if last in _STOPWORDS or not _reads_as_noun(last, last, True):
        return None
    return topic[0].upper() + topic[1:]


_ECHO: Final = re.compile(
    # From a word's start only: tried at each letter, 5,000 times "a-" took 3.1 s.
    r"(?<![\w'’-])(?P<said>[\w'’-]+(?:\s+[\w'’-]+){0,2})[.!]"
    r"\s+(?P<echo>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2})[.!](?=\s|$)"
)
"""A sentence of one to three words after a sentence that ends in them: "…: unity. Unity."."""


def _echoed_topic(text: str, lang: str) -> str | None:
    """The words a speaker says again as a sentence of their own, for weight: the topic.

    "It requires the most elusive of all things in a democracy: unity. Unity." says what the
    part is about more surely than any count: "Soul", said in its quoted Lincoln, had titled
    it. Only a noun phrase of content words is one ("Stand in their shoes." is no title).
    """
    if lang != "en":
        return None
    for found in _ECHO.finditer(text):
        echo = found.group("echo")
        said = found.group("said").lower().split()
        if said[-len(echo.split()) :] != echo.lower().split():
            continue
        words = echo.split()
        last = words[-1]
        if any(w.lower() in _STOPWORDS for w in words if w.lower() != "one"):
            continue  # "Thank you. Thank you.", "Never again. Never again."
        if not _can_be_noun(last.lower(), last.lower()) or not _reads_as_noun(
            last.lower(), last.lower(), True
        ):
            continue
        return echo
    return None


ECHO_WORDS: Final = 6
"""The longest sentence taken for an echo of the one before it."""


def _without_echoes(text: str) -> str:
    """The text less a short sentence that says again words of the sentence before it.

    "… if we're willing to stand in the other person's shoes, as my mom would say, just for a
    moment. Stand in their shoes." says one thing twice, for weight: counted twice, a figure
    of speech ("Shoes") had titled a part about fear and tolerance. A noun said so is the
    part's topic, which `_echoed_topic` finds before counting.
    """
    pieces = re.split(r"(?<=[.!?])\s+", text)
    kept = pieces[:1]
    for before, sentence in pairwise(pieces):
        words = [w.lower() for w in _WORD.findall(sentence)]
        content = {w for w in words if len(w) > 2 and w not in _STOPWORDS}
        said = {w.lower() for w in _WORD.findall(before)}
        if content and len(words) <= ECHO_WORDS and content <= said:
            kept.append("—")
        else:
            kept.append(sentence)
    return " ".join(kept)


_OPENING_DETERMINERS: Final = frozenset("the a an our this these".split())
OPENING_SUBJECT_WORDS: Final = 5
"""The longest opening subject taken as a title, in content words."""


def _opening_subject(text: str, lang: str) -> str | None:
    """The noun phrase that opens the section's first sentence, when nothing in it recurs.

    With every word said once, counting has nothing to go on, and the rarest word said in
    passing had titled the part ("Cressing", a town named once in a part about applying for
    the household payment). The subject the part opens with is what it is about:
    "Applications for the household payment". None when the sentence opens otherwise ("In
    this decisive year, …", "We reported …") or its head is as general as "number".
    """
    from wordfreq import zipf_frequency

    from pipeline.wordforms import getAllLemmas

    if lang != "en":
        return None
    first = re.split(r"(?<=[.!?:;,])\s", text.strip(), maxsplit=1)[0]
    words = first.rstrip(".!?:;,").split()
    if words and words[0].lower() in _OPENING_DETERMINERS:
        words = words[1:]
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper():
        # "Lord Arthurson also imposed …": the part opens with a name, and its first word
        # alone ("Lord") had titled it.
        return None
    phrase: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        if lower in ("of", "for") and phrase and following:
            phrase.append(lower)
            continue
        if lower in _OPENING_DETERMINERS and phrase and phrase[-1] in ("of", "for"):
            phrase.append(lower)
            continue
        if not _WORD.fullmatch(word) or lower in _STOPWORDS or not word[:1].isalpha():
            break
        lemmas = set(getAllLemmas(lower))
        if word[:1].isupper() and i > 0:
            break  # a name inside the opening is a detail of it: keep the plain phrase
        if "NOUN" in lemmas or not lemmas:
            phrase.append(lower if i == 0 else word)
        elif "ADJ" in lemmas and following and "NOUN" in set(getAllLemmas(following)):
            phrase.append(lower if i == 0 else word)  # "severe flooding"
        else:
            break
    while phrase and phrase[-1] in ("of", "for", *_OPENING_DETERMINERS):
        phrase.pop()
    content = [w for w in phrase if w not in ("of", "for", *_OPENING_DETERMINERS)]
    if not content or len(content) > OPENING_SUBJECT_WORDS:
        return None
    head = content[0] if "of" in phrase or "for" in phrase else content[-1]
    if "NOUN" not in set(getAllLemmas(content[-1])) or zipf_frequency(head, lang) >= GENERAL_ZIPF:
        return None
    title = " ".join(phrase)
    return title[0].upper() + title[1:]


_ROMANCE_DEMONSTRATIVES: Final[dict[str, frozenset[str]]] = {
    "fr": frozenset("ce cet cette ces celui celle ceux celles cela".split()),
    "es": frozenset(
        "este esta estos estas ese esa esos esas aquel aquella aquellos aquellas".split()
    ),
}
"""Words that point back: "Ces faits" names what the part before told, not this part."""
_ROMANCE_SUBJECT_ARTICLES: Final[dict[str, frozenset[str]]] = {
    "fr": frozenset("le la les l".split()),
    "es": frozenset("el la los las".split()),
}
"""The definite articles a subject opens with: Spanish "les" is a pronoun ("Les hablo")."""
ROMANCE_OPENING_CLAUSES: Final = 2
"""How many comma-separated clauses of the first sentence may hold its subject."""


def _romance_opening_subject(text: str, lang: str) -> str | None:
    """The French or Spanish noun phrase the section's first sentence is about.

    With every word said once, the rarest one had titled the part ("Equivalente" of "el
    equivalente a toda la riqueza", "République" of "la République bolivarienne du
    Venezuela", named in passing). The subject is the article and noun that open a clause of
    the first sentence, or that follow its first verb when the verb comes first, as Spanish
    often has it: "Por primera vez, crece el número de conflictos" is about "Número de
    conflictos"; "Sources de souffrances, les mesures coercitives … sont à proscrire" about
    "Mesures coercitives". The noun must come with its adjective or complement, as
    `_romance_complement` finds them: a bare noun says no more than the word it would replace.
    None when the opening points back ("Ces faits …"): what it names was told before.
    """
    from wordfreq import zipf_frequency

    pointers, articles = _ROMANCE_DEMONSTRATIVES.get(lang), _ROMANCE_SUBJECT_ARTICLES.get(lang)
    if pointers is None or articles is None:
        return None
    first = re.split(r"(?<=[.!?;:])\s", text.strip(), maxsplit=1)[0]
    for clause in re.split(r",\s*", first)[:ROMANCE_OPENING_CLAUSES]:
        words = re.findall(r"[\w-]+['’]?", clause)
        if not words:
            continue
        lowered = [w.lower().rstrip("'’") for w in words]
        if lowered[0] in pointers:
            return None
        if lowered[0] in articles:
            start = 1
        elif (
            len(words) > 2
            and lowered[1] in articles
            and words[0].islower()
            and not _is_common(words[0], lang)  # "tras la guerra", "sobre la reforma"
        ):
            start = 2  # "crece el número de conflictos": the verb before its subject
        else:
            continue
        noun = words[start] if start < len(words) else ""
        if (
            not noun.isalpha()
            or not noun.islower()
            or len(noun) <= 2
            or zipf_frequency(noun, lang) >= ROMANCE_FUNCTION_ZIPF
            or _romance_non_noun(noun, lang)
            or _PARTICIPLE.search(noun)
        ):
            return None
        bare = _Candidate((_stem(noun, lang),), noun, 0.0, strong=True, occurrences=1)
        phrase = _romance_complement(bare, " ".join(words[start:]), lang)
        if phrase is None:
            return None  # a bare noun ("Thème") says no more than the word it would replace
        return phrase.shown[0].upper() + phrase.shown[1:]
    return None


_COUNTED: Final = frozenset(
    "a an one two three four five six some several few many it that them this these".split()
)
"""Words opening an announced topic that name none: "three things", "a few points", "it"."""


_TRIAL_VOICE: Final = re.compile(
    r"\b(?:the\s+)?(?:court|jury|jurors|judge)\s+(?:also\s+)?(?:heard|was\s+told|were\s+told"
    r"|was\s+shown|were\s+shown|has\s+heard)\b",
    re.IGNORECASE,
)
"""How a court report tells each fact: "The jury heard that …", "The court was told …". Said
of every fact, the jury had titled the facts ("Jury and bed")."""
_VENUE: Final = re.compile(
    r"\b(?:here\s+(?:today\s+|tonight\s+)?(?:in|at)|welcome\s+(?:\w+\s+)?to)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3}"
)
"""Where the speaker stands: "a pleasure to be here in Lorensburg", "welcome to Geneva". The
venue is said once in passing, and no part's subject ("Lorensburg and households")."""
_CONTACT_LABEL: Final = re.compile(
    r"\b(?:(?:press|media|news)\s+)?(?:contacts?|enquiries|inquiries)(?=\s*:)", re.IGNORECASE
)
_PERSONAL_OFFICE: Final = (
    r"(?:Vice[- ])?President|Chancellor|(?:Prime\s+|Foreign\s+)?Minister"
    r"|(?:Deputy[- ])?Secretary[- ]General|Director[- ]General|Governor|Mayor|Senator"
    r"|Pope|Emperor|Chairperson|Chairman|Chairwoman"
    r"|[Pp]r[ée]sidente?|[Cc]hanceli[eè]re?|[Cc]anciller|[Pp]remier\s+[Mm]inistre"
    r"|[Pp]rimer[oa]?\s+[Mm]inistr[oa]|[Ss]ecr[ée]taire\s+[Gg][ée]n[ée]ral|[Ss]ecretario\s+[Gg]eneral"
    r"|Bundeskanzler(?:in)?|Bundespräsident(?:in)?|Kanzler(?:in)?|Präsident(?:in)?"
)
"""Offices that name one person: "the Federal Chancellor", "President Biden"."""
_PERSON_BY_OFFICE: Final = re.compile(
    r"(?<![\w'’-])(?:"
    # "the (German) Chancellor", "le président", "the King": a person by their office alone
    rf"(?:[Tt]he|[Ll]e|[Ll]a|[Ee]l|[Dd]er|[Dd]ie)\s+(?:[A-Z][\w'’-]+\s+){{0,2}}"
    rf"(?:{_PERSONAL_OFFICE}|King|Queen)"
    # "President Biden", "Foreign Minister Anna Berg", "le président Macron": with the name
    rf"|(?:[A-Z][\w'’-]+\s+){{0,2}}(?:{_PERSONAL_OFFICE})(?=\s+[A-ZÀ-Ý])"
    r")(?![\w'’-])(?!['’]s\s+[A-Z])(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}"
)
"""A person named by their office, with the name if it follows ("President Joe Biden", "the
Federal Chancellor"). A person is no part's subject: "Belarus and Federal Chancellor" titled
a part on Belarus that says who else spoke of it. An office that begins a name ("the
President's Emergency Plan") is left alone."""

"""The label of a line that says whom to contact: "Press contact:", "Media enquiries:"."""


_STAGE_NOTE: Final = re.compile(
    r"\(\s*[A-Z][a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}\.\s*\)"
    r"|\[\s*[A-Za-z][a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}\.?\s*\]"
)
"""A transcript's note of what the room did: "(Applause.)", "(Laughter and applause.)",
"[Crosstalk]". Said between sentences, it is no topic: "Applause", said after every line of
a speech, had titled a part ("Part 2: Applause")."""


_SPEECH_VERB: Final = (
    r"(?:said|says|added|adds|told|stated|noted|explained|stressed|declared|warned"
    r"|a\s+(?:déclaré|dit|ajouté|souligné|affirmé)|déclare|dijo|afirmó|declaró|añadió|señaló"
    r"|sagte|erklärte|betonte)"
)
_ROLE: Final = (
    r"(?:[Mm]inister|[Ss]ecretary|[Pp]resident|[Ss]pokes(?:person|man|woman)|[Cc]hair(?:man|woman)?"
    r"|[Dd]irector|[Cc]ommissioner|[Mm]ayor|[Gg]overnor|[Oo]fficials?|[Aa]mbassador|[Cc]hancellor"
    r"|ministre|ministra|ministro|porte-parole|portavoz|présidente?|presidenta?|Präsident(?:in)?"
    r"|Sprecher(?:in)?|Ministerin)"
)
_OFFICE_OF: Final = (
    r"(?:\s+(?:for|of|de|du|des|del)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,2})?"
)
"""What an office is of: "Minister for Health", "Secretary of State"."""
_REPORTED_VOICE: Final = re.compile(
    rf"\b(?:(?:the|le|la|el|der|die)\s+)?(?:[A-Z][\w'’-]+\s+){{0,3}}{_ROLE}{_OFFICE_OF}"
    rf"(?:\s+[A-Z][\w'’-]+){{0,2}}(?=,?\s+(?:also\s+)?{_SPEECH_VERB}\b)"
    rf"|(?P<verb>\b{_SPEECH_VERB}\s+)(?:(?:the|le|la|el|der|die)\s+)?(?:[A-Z][\w'’-]+\s+){{0,3}}"
    rf"{_ROLE}{_OFFICE_OF}",
)
"""Whoever says the words of a report, by their office: "The Minister said …", "Health
Minister Anna Berg said", "said the Secretary-General", "le ministre a déclaré". A part
that is one minister's words had been titled "Minister"."""


def _topic_words(text: str) -> str:
    """The text less what names no topic: series of names, speakers, people.

    A section that lists the 68 members of an initiative is about the initiative: "Dominican
    Republic", rare and said once, would otherwise outweigh it. A briefing's "MS. LEE:" at
    every turn would make the press secretary the title of every section, and a quoted
    minister or a victim ("Car and Mrs Helen Okafor") is no chapter's subject either.
    """
    text = _VENUE.sub(" — ", _CONTACT_DETAILS.sub(" — ", _STAGE_NOTE.sub(" — ", text)))
    text = _PERSON_BY_OFFICE.sub(" — ", text)
    text = _REPORTED_VOICE.sub(
        lambda found: f"{found.group('verb') or ''} — ", _TRIAL_VOICE.sub(" — ", text)
    )
    return _without_voice(
        _NAMED_PERSON.sub(" — ", _SPEAKER_LABEL.sub("", _LONG_SERIES.sub(" — ", text)))
    )


_SPEECH_ACT: Final = re.compile(
    r"(?:condemn|express|call|stress|reiterat|reaffirm|welcom|not|agre|request|thank|urg|recall"
    r"|recogni[sz]|underlin|underscor|emphasi[sz]|encourag|commend|decid|acknowledg|affirm|demand"
    r"|invit|remind|wish|support|appeal|look|regrett?|deplor|pledg|commit|resolv|highlight)"
    r"(?:e|es|s|ed|d)?$"
)
"""The verbs a body's statement is made of ("The Security Council condemns …")."""
_OPENING_BREAK: Final = re.compile(r"(?<=[.!?:])\s+(?=[A-Z\"“])")


def _without_voice(text: str) -> str:
    """The text less the words that open most of its sentences: who speaks, not the subject.

    "The members of the Security Council condemned … The members of the Security Council
    expressed …" in every paragraph of a press statement, "Ministers welcomed … Ministers
    agreed …" in a communiqué: the voice is in the About section, and titled every section.
    """
    sentences = _OPENING_BREAK.split(text)
    if len(sentences) < 3:
        return text
    openings: Counter[tuple[str, ...]] = Counter()
    reported: Counter[tuple[str, ...]] = Counter()
    for sentence in sentences:
        words = sentence.split()[:9]
        for size in range(1, len(words)):
            openings[tuple(words[:size])] += 1
            # "… condemned", "… reaffirms": a body's acts of speech; "Carbon falls" is the
            # subject's own doing, and "Carbon" the topic.
            reported[tuple(words[:size])] += bool(_SPEECH_ACT.match(words[size]))
    shared = [
        opening
        for opening, count in openings.items()
        if count >= 3
        and 2 * count >= len(sentences)
        and 2 * reported[opening] >= count
        # A name or a body ends it: "The members of the Security Council", "Ministers";
        # never "The" or "We", which open sentences of every kind.
        and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", opening[-1])
        and opening[-1].lower() not in _STOPWORDS
        and len(opening[-1]) > 3
    ]
    if not shared:
        return text
    opening = max(shared, key=len)
    text = re.sub(rf"(?:^|(?<=[.!?:]\s)){re.escape(' '.join(opening))}\b", " — ", text)
    # The body itself, wherever named ("the following Security Council press statement").
    name = re.search(r"(?:[A-Z][\w-]*\s)*[A-Z][\w-]*$", " ".join(opening))
    return re.sub(rf"\b{re.escape(name.group(0))}\b", " — ", text) if name else text


_TABLE_CELL_LABEL: Final = re.compile(
    r"(?:\s–\s|;\s)(?P<label>[A-Z][\w'’]*(?:\s[a-z][\w'’]*){0,3}):\s"
)
"""A table cell said with its column's heading, as the reader tells a row: "– Party: Labour"."""


def _table_title(text: str, lang: str) -> str | None:
    """What a table in the section lists, by its headings: "Distribution points and opening hours".

    The reader says each row's cells with their column headings ("Northgate Leisure Centre –
    Address: 14 Station Road; Opening hours: 10:00–20:00"), so the headings are the section's
    most frequent words, and had titled it as a topic ("Address and Opening", "Party and Votes
    ADEYEMI"). The table lists its first column's things, with what its last column tells of
    each. English only: the things are named in the plural.
    """
    from pipeline.wordforms import getInflection

    if lang != "en":
        return None
    labels = Counter(found.group("label") for found in _TABLE_CELL_LABEL.finditer(text))
    columns = [label for label, count in labels.items() if count >= 2]
    if not columns:
        return None
    head = re.search(
        r"(?:^|(?<=[.:;!?]\s))(?P<first>[A-Z][\w'’-]*(?:\s[a-z][\w'’-]*){0,2})\s–\s"
        + r"\s–\s".join(map(re.escape, columns))
        + r"(?=\s|$)",
        text,
    )
    if head is None:
        return None
    words = head.group("first").split()
    plural = getInflection(words[-1].lower(), "NNS")
    if not plural:
        return None
    things = " ".join([*words[:-1], plural[0]])
    told = columns[-1] if columns[-1].isupper() else columns[-1][0].lower() + columns[-1][1:]
    return f"{things[0].upper()}{things[1:]} and {told}"


_AS_FOLLOWS: Final = re.compile(
    r"(?:the\s+)?(?:(?:number|list|numbers)\s+of\s+)?(?P<what>[a-z][a-z -]{2,40}?)\s+"
    r"(?:is|are|was|were)\s+as\s+follows\s*:",
    re.IGNORECASE,
)
"""A section that opens by saying what it lists: "The number of ballot papers rejected was as
follows:"."""


def _listed_subject(text: str, lang: str) -> str | None:
    """What a section says it lists, when it opens so: "Rejected ballot papers".

    The items below ("want of an official mark: 0") have no words a listener can take for a
    topic, and a name said once further on ("Councillor Peter Lund") had titled the part. A
    participle after the noun goes before it, as a title says it. English only.
    """
    from pipeline.wordforms import getAllLemmas

    if lang != "en":
        return None
    found = _AS_FOLLOWS.match(text.strip())
    if found is None:
        return None
    words = found.group("what").lower().split()
    if len(words) > OPENING_SUBJECT_WORDS or any(w in _STOPWORDS for w in words[:1]):
        return None
    if len(words) > 1 and words[-1].endswith("ed") and "VERB" in getAllLemmas(words[-1]):
        words = [words[-1], *words[:-1]]
    title = " ".join(words)
    return title[0].upper() + title[1:]


_SET_PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "es": ("alto el fuego", "alto al fuego", "estado de derecho", "mantenimiento de la paz"),
    "fr": ("état de droit", "maintien de la paix", "chef d'État", "chefs d'État"),
    "it": ("cessate il fuoco", "stato di diritto", "mantenimento della pace"),
}
"""Romance nouns written as several words with a function word inside: one topic each.
"alto el fuego" had been split at "el", and titled a part "Ocupación y fuego"."""


@lru_cache(maxsize=16)
def _set_phrase_pattern(lang: str) -> re.Pattern[str] | None:
    """The language's set phrases, any case, as whole words."""
    phrases = _SET_PHRASES.get(lang)
    if not phrases:
        return None
    spoken = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{spoken})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _joined_set_phrases(text: str, lang: str) -> str:
    """The text with each set phrase written as one word ("alto-el-fuego"), as "cessez-le-feu".

    Kept: every section's title looks at every other section's text.
    """
    pattern = _set_phrase_pattern(lang)
    if pattern is None:
        return text
    return pattern.sub(lambda found: "-".join(found.group(0).split()), text)


def _unjoined_set_phrases(title: str, lang: str) -> str:
    """A title with each set phrase written again as the language writes it."""
    phrases = _SET_PHRASES.get(lang)
    if not phrases:
        return title
    joined = "|".join(re.escape("-".join(p.split())) for p in phrases)
    return re.sub(
        rf"(?<![\w-])(?:{joined})(?![\w-])",
        lambda found: found.group(0).replace("-", " "),
        title,
        flags=re.IGNORECASE,
    )


_MARKUP: Final = re.compile(r"</?[A-Za-z!][^<>\n]{0,500}>")
"""A tag as HTML writes it ("<img src=x onerror=…>", "</p>", "<!-- … -->"), on one line."""


def _without_markup(text: str) -> str:
    """`text` with each markup-like `<…>` run replaced by a space (its words name no topic)."""
    return _MARKUP.sub(" ", text)


def salient_title(
    text: str,
    avoid: set[str] | None = None,
    others: list[str] | None = None,
    max_terms: int = 2,
    *,
    lang: str = "en",
    issuer: str | None = None,
) -> str:
    """A short title from the section's own telling words (`_salient_title`).

    A set phrase ("alto el fuego") is one word to it, and titles as the language writes it.
    Words inside markup ("<img src=x>") are none of its words: they would title it "Src".
    """
    title = _salient_title(
        _joined_set_phrases(_without_markup(text), lang),
        {_joined_set_phrases(t, lang) for t in avoid or set()},
        [_joined_set_phrases(_without_markup(t), lang) for t in others or []],
        max_terms,
        lang=lang,
        issuer=issuer,
    )
    return _unjoined_set_phrases(title, lang)


def _salient_title(
    text: str,
    avoid: set[str],
    others: list[str],
    max_terms: int,
    *,
    lang: str,
    issuer: str | None,
) -> str:
    """A short title from the section's own telling words: frequent here, rare elsewhere.

    Candidates are runs of up to three content words inside a sentence (noun phrases such as
    "climate change" or "Security Council"; a name may have four); each word is weighed by its
    count here, its rarity in the language (wordfreq) and how few other sections use it (idf).
    For English, a phrase must end in a word that can be a noun (lemminflect), since titles
    read best as nouns; in French, Spanish and Italian an adjective or verb form is none. A name
    is taken whole or not at all, and two terms are paired only when the second weighs too, is
    surely a noun, is not a detail (said once, or in one sentence after the opening ones) and
    is not of the first one's family ("Iraqi and Iraqis" says one thing twice). A lone word
    said twice with "of" or "for" after it takes what follows ("Cry for racial justice").
    """
    taken = {_heard_as(t, lang) for t in avoid or set()}
    table = (
        _table_title(text, lang)
        or _listed_subject(text, lang)
        or _about_the_document(text, lang)
        or _refrain(text)
        or _shouted_state(text, lang)
        or _enumerated_topics(text, lang)
        or _letter_purpose(text, lang)
    )
    if table is not None and _heard_as(table, lang) not in taken:
        return table
    framed = _framed_topic(text)
    if framed is not None and _heard_as(framed, lang) not in taken:
        return framed
    topical = _topic_words(text)
    if issuer:
        # "call Nottshire Police on 101" in Nottshire Police's own appeal: who put the
        # statement out is in every section, and titles none.
        name = re.sub(r"^the\s+", "", issuer, flags=re.IGNORECASE)
        topical = re.sub(rf"\b(?:the\s+)?{re.escape(name)}\b", " — ", topical)
    topical = _without_surnames(topical, _surnames([text, *(others or [])]))
    candidates = (
        _title_candidates(_without_echoes(topical), others or [], lang) if topical != text else []
    )
    if candidates:
        text = topical
    else:  # a section that is nothing but a list of names is titled by it
        text = _CONTACT_DETAILS.sub(" — ", _STAGE_NOTE.sub(" — ", text))
        candidates = _title_candidates(_without_echoes(text), others or [], lang)
    if not candidates:
        # Only how to reach someone: "Press contact: Anna Lindqvist, tel. …" is the press
        # contact, as its label says ("Tel" had titled it).
        label = _CONTACT_LABEL.search(text)
        if label is None:
            return section_labels(lang).untitled
        return label.group(0)[0].upper() + label.group(0)[1:]
    echoed = _echoed_topic(text, lang)
    if echoed is not None and _heard_as(echoed, lang) not in taken:
        return _fuller_form(echoed, candidates, text, lang, taken)
    best = candidates[0]
    if not best.strong:  # "digne", "immense": lead with a noun that weighs nearly as much
        best = next(
            (c for c in candidates if c.strong and c.score >= LEAD_SHARE * best.score), best
        )
    best = _place_for_people(best, candidates, lang)
    if best.occurrences == 1 and (announced := _announced_topic(text, lang)):
        return announced  # no word recurs, and the speaker says what the part is about
    # In French and Spanish a verb said twice ("crece") keeps the test below from ever
    # holding: a lead word said once, left bare, is then replaced by the opening subject. Only
    # a bare word is: a phrase the rules below find ("Arrosage des jardins") stays.
    opening = _romance_opening_subject(text, lang) if best.occurrences == 1 else None
    if (
        all(c.occurrences == 1 for c in candidates)
        # One sentence is all opening: its name ("Fourth Water Gathering") is its subject.
        and any(max(c.sentences) > 0 for c in candidates)
        and (subject := _opening_subject(text, lang)) is not None
        and _heard_as(subject, lang) not in taken
    ):
        # Nothing recurs: the part is about what it opens with.
        return _fuller_form(subject, candidates, text, lang, taken)
    lead = _recurring_lead(best, candidates, lang)
    if lead is not best:  # "Collision and Vauxhall Astra" would bring the name back
        candidates = [c for c in candidates if c is not best]
        best = lead
    named = _name_it_describes(best, candidates, text, lang)
    if named is not None:  # "The Northern Rail Link is a 42-kilometre line": one thing
        candidates = [c for c in candidates if c is not best]
        best = named
    action = _offences(text, lang) or _told_action(best, text, lang)
    if action is not None and _heard_as(action, lang) not in taken:
        return action  # "Dangerous driving", not "Car", of the facts of a crash
    conjunction = {"fr": "et", "es": "y", "de": "und", "it": "e", "nl": "en"}.get(lang, "and")

    def render(terms: list[_Candidate]) -> str:
        title = f" {conjunction} ".join(_with_its_noun(t, text, lang) for t in terms)
        if (where := _thing_in_place(terms, text, lang)) is not None:
            return where
        if len(terms) == 2 and len(terms[0].keys) == len(terms[1].keys) == 1:
            # "Confiscation and order" of "a confiscation order": the two words as said.
            for first, second in (terms, terms[::-1]):
                said = re.search(
                    rf"(?<![\w-]){re.escape(first.shown)}\s+{re.escape(second.shown)}(?![\w-])",
                    text,
                    re.IGNORECASE,
                )
                if said is not None and not said.group(0).isupper():
                    title = said.group(0)
                    break
            else:
                title = (
                    _phrase_of_pair(terms[0].shown, terms[1].shown, text)
                    or _done_by(terms[0].shown, terms[1].shown, text, lang)
                    or title
                )
        elif len(terms) == 1 and named is None:  # a name the part describes is its topic
            title = _name_with_its_noun(terms[0], text, lang) or title
        if len(terms) == 1 and len(terms[0].keys) > 1 and terms[0].shown[:1].isupper():
            title = _whole_name(title, text) if title == terms[0].shown else title
        elif len(terms) == 1 and title == terms[0].shown:
            title = _numbered(title, text) or title  # "Article 5"
        return title[0].upper() + title[1:]

    def fits(other: _Candidate, once: bool = False) -> bool:
        """Whether `other` may follow `best` in "X and Y"."""
        if other is best or any(_same_family(a, b) for a in other.keys for b in best.keys):
            return False
        # A word said once beside a word said more often is a detail ("hand and
        # accounting"), and so is a word said only in one sentence, however often, beside a
        # word said in more ("Lebanon and treasure" of "a treasure — a treasure because"),
        # unless that sentence opens the section and so says what it is about ("cars"). A
        # name may be a detail.
        name = (
            len(other.keys) > 1
            and other.shown[:1].isupper()
            and not _only_in_series(other.shown, text)
        )
        recurs = other.occurrences >= min(2, best.occurrences) and (
            len(other.sentences) >= min(2, len(best.sentences))
            or min(other.sentences) < OPENING_SENTENCES
        )
        # Beside a word said once, another said once is one more detail: "Pavements and
        # reduction" paired two words of different sentences of a section about neither.
        if best.occurrences == 1 and other.occurrences == 1 and not once:
            return False
        if not once and not _said_together(best, other):
            return False  # "Embryos and bench": a bill on research, and judges on the bench
        if not once and _refrain_apart(best, other, text):
            return False  # "Embryos and hopeful society": one sentence's word, the speech's refrain
        if lang == "en" and _said_as_complement(best, other, text):
            return False  # "keep Canadians safe": "safe" is their state, no second topic
        if _always_of(other, text, lang):
            return False  # "the purpose of the Regulation": half of a phrase
        if other.shown in _RULING_VOICES:
            return False  # "Decision and Court": the court speaks every part of its ruling
        if _statement_wide(other):
            return False  # "Children and America": America is in half the speech
        if _name_in_passing(other, last_sentence, lang):
            return False  # "War and European Union", of "more than Japan and the European Union"
        if name and _in_wide_name(other.shown, wide, text):
            return False  # "Path and United States", of "the United States of America"
        if lang == "en" and _lead_s_own(best, other, text):
            return False  # "Iran and regime", of "the Iranian regime": Iran said twice
        return other.strong and (once or name or recurs) and not _too_general(other, lang)

    wide = [c.shown for c in candidates if _statement_wide(c)]
    # Counted as `_tokens` counts them; a stage note taken out at the end ("(Applause.)") is none.
    last_sentence = len(_SENTENCE_BREAK.findall(_without_echoes(text).rstrip(" —\n")))
    options = [[best]]
    # "Article 5" is a name, whole in itself: no "Article and attack".
    if len(best.keys) == 1 and max_terms > 1 and _numbered(best.shown, text) is None:
        phrase = next((c for c in candidates if len(c.keys) > 1 and best.keys[0] in c.keys), None)
        seconds = [c for c in candidates if fits(c)]
        # A name said once is no phrase of a word said throughout (in three sentences, as
        # `_recurring_lead` asks of a name): "Sentencing Council", of its guideline, said
        # once in a part that says "sentence" in three.
        if phrase is not None and _name_said_once(phrase) and len(best.sentences) >= 3:
            phrase = None
        if phrase is not None and phrase.score >= PHRASE_SHARE * best.score:
            options = [[phrase]]  # "clean environment" says more than "environment and clean"
        elif seconds and seconds[0].score >= SECOND_TERM_SHARE * best.score:
            options = [[best, seconds[0]]]
        elif lang == "en" and (described := _described_with_lead(best, text)) is not None:
            options = [[best, described]]  # "Iran and nuclear weapons"
        # A title an earlier section has is told apart by a second term if one fits.
        options += [[best, c] for c in candidates if fits(c, once=True)]
    elif len(best.keys) > 1:
        # or by another name or phrase of the section that weighs nearly as much.
        options += [
            [c]
            for c in candidates
            if len(c.keys) > 1
            and c.score >= SECOND_TERM_SHARE * best.score
            and not set(c.keys) & set(best.keys)
        ]
    if options[0] == [best] and len(best.keys) == 1:
        complemented = (
            _with_complement(best, text, lang)
            or _compound(best, text, lang)
            or _said_in_pair(best, text, lang)
            or _romance_complement(best, text, lang)
        )
        if complemented is not None:
            options.insert(0, [complemented])
    # "Ransomware attack" after "Ransomware attacks" is the same title to a listener.
    title = next((t for t in map(render, options) if _heard_as(t, lang) not in taken), None)
    if title is not None:
        title = _fuller_form(title, candidates, text, lang, taken, best)
    if opening is not None and " " not in (title or " ") and _heard_as(opening, lang) not in taken:
        return opening  # "Equivalente", said once in passing: "Número de conflictos"
    return title or section_labels(lang).continuation(render(options[0]))


_RULING_VOICES: Final = frozenset("Court Tribunal Chamber Bench".split())
"""A court as a ruling names itself: the voice of every part, no part's second topic."""


LATE_SHARE: Final = 2 / 3
"""Where the late part of a section begins, as a share of its sentences."""


def _name_in_passing(candidate: _Candidate, last_sentence: int, lang: str) -> bool:
    """Whether a name is said once, late in the part: a detail, no second topic.

    "more than Japan and the European Union combined", near the end of a part on the
    economy, had titled it "War and European Union". The last sentence is the exception: it
    often says what the part asks ("so I ask you to reauthorize the Patriot Act"). German
    writes every noun with a capital, so there a capital tells no name.
    """
    said = min(candidate.sentences, default=0)
    return (
        lang != "de"
        and candidate.shown[:1].isupper()
        and not candidate.shown.isupper()
        and candidate.occurrences == 1
        and LATE_SHARE * (last_sentence + 1) <= said < last_sentence
    )


def _in_wide_name(name: str, wide: list[str], text: str) -> bool:
    """Whether a name is part of a longer one with a word said throughout the statement."""
    whole = _whole_name(name, text)
    return whole != name and any(
        re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", whole) for word in wide
    )


def _statement_wide(candidate: _Candidate) -> bool:
    """Whether a word is said throughout the statement, not in this part in particular."""
    return (
        candidate.others >= STATEMENT_WIDE_SECTIONS
        and candidate.elsewhere >= STATEMENT_WIDE_SHARE * candidate.others
    )


def _name_said_once(candidate: _Candidate) -> bool:
    """Whether a candidate is a name of two words or more, said once in the part."""
    return (
        len(candidate.keys) > 1
        and all(w[:1].isupper() for w in candidate.shown.split())
        and candidate.occurrences == 1
    )


def _done_by(first: str, second: str, text: str, lang: str) -> str | None:
    """The pair as the text says it, when one term is done by the other: "Attacks by the Houthis".

    "the continued attacks by the Houthis against commercial vessels": paired, "Attacks and
    Houthis" named two topics where the text names one act and who does it. English only.
    """
    if lang != "en":
        return None
    for act, doer in ((first, second), (second, first)):
        said = re.search(
            rf"(?<![\w-]){re.escape(act)}\s+by\s+(?:the\s+)?{re.escape(doer)}(?![\w-])",
            text,
            re.IGNORECASE,
        )
        if said is not None and doer[:1].isupper():
            return said.group(0)
    return None


def _name_with_its_noun(name: _Candidate, text: str, lang: str) -> str | None:
    """A name said once, with the noun it is said after: "Life of Coretta Scott King".

    A name alone tells a listener who or where, not what the part says of them; "the good life
    of Coretta Scott King" says it. English only, for a name of two words or more.
    """
    if lang != "en" or not _name_said_once(name):
        return None
    from pipeline.wordforms import getAllLemmas

    said = re.search(
        rf"\b(?:the|a|an|our|their|his|her|its)\s+(?P<before>(?:[a-z-]+\s+){{0,2}}?)"
        rf"(?P<noun>[a-z]{{3,}})\s+(?P<link>(?:of|for)\s+(?:the\s+)?){re.escape(name.shown)}"
        r"(?![\w-])",
        text,
    )
    if said is None:
        return None
    noun = said.group("noun")
    if noun in _STOPWORDS or not _reads_as_noun(noun, noun, True):
        return None
    # "business case": a noun before the noun is part of it; "good life" keeps "life".
    words = said.group("before").split()
    while words and set(getAllLemmas(words[0])) != {"NOUN"}:
        words.pop(0)
    link = " ".join(said.group("link").split())
    return " ".join([*words, noun, link, name.shown])


_NAME_WORD: Final = r"[A-Z][\w'’-]*"
_NAMED_THING: Final = r"(?:programme|program|scheme|fund|strategy|initiative|plan|service|survey)"
"""What a name of a programme may end on in lower case: "Holiday Activities and Food programme"."""
_CALENDAR: Final = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
)
_NAME_NUMBER: Final = re.compile(
    rf"\s+(\d{{1,4}}[A-Za-z]?|(?-i:[IVX]{{2,4}}|I(?=[.,;:!?)]|$)|[VX]))"
    rf"(?![\w%-]|[.,]\d|\s+{_CALENDAR}(?!\w))",
    re.IGNORECASE,
)
"""The number a name carries: "Key Stage 2", "Article 5", "Phase II", "Section 106"; not a
date's ("Wednesday 19 November", "June 2026") or a share's ("Labour 41%")."""
MAX_TITLE_WORDS: Final = 6
MAX_TITLE_WORD_LETTERS: Final = 40
"""Longer than any word a title can use ("Bundesverfassungsgericht" has 24 letters, "Datenschutz-
Grundverordnung" 27): a run of 10,000 letters or "a-a-a-…" is no title, however rare its letters."""


def _with_its_noun(term: _Candidate, text: str, lang: str) -> str:
    """A capitalised name with the lowercase noun it always goes before: "Uyghur Muslim minority".

    Said so every time, the name is that noun's modifier, and alone names no one ("Uyghur
    Muslim"). English only: a Romance name's lowercase word after it is its adjective.
    """
    if lang != "en" or len(term.keys) < 2 or not term.shown[:1].isupper():
        return term.shown
    after = [
        m.group(1)
        for m in re.finditer(rf"(?<![\w-]){re.escape(term.shown)}(?:\s+([a-z]+))?(?![\w-])", text)
    ]
    noun = after[0] if after else None
    if noun is None or any(word != noun for word in after) or noun in _STOPWORDS:
        return term.shown
    if not _reads_as_noun(noun, noun, True) or _may_lead_as_verb(noun, False):
        return term.shown  # "the Paris Peace Forum in November", "the Act makes"
    return f"{term.shown} {noun}"


def _numbered(name: str, text: str) -> str | None:
    """A capitalised name with the number it always has here: "Article 5", "Key Stage 2".

    Two numbers are both told ("Key Stage 1 and 2"); a name said once without one is the
    name alone, and so is one said with three numbers or more (None).
    """
    if not name[:1].isupper() or re.fullmatch(_CALENDAR, name, re.IGNORECASE):
        return None
    said = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    found = [_NAME_NUMBER.match(text, end) for end in said]
    numbers = list(dict.fromkeys(m.group(1) for m in found if m is not None))
    if not said or None in found or len(numbers) > 2:
        return None
    return f"{name} {' and '.join(numbers)}"


def _whole_name(name: str, text: str) -> str:
    """A name as the section says it whole: with its number, or the words across its "and".

    Titling counts runs of content words, so a name stops at a number or a link word: "Key
    Stage" of "Key Stage 2" names no stage, and "Skills Levy" of the "Growth and Skills
    Levy", "Crime Survey" of the "Crime Survey for England and Wales" are other names. Taken
    only when every time the section says the name it says it so, up to six words.
    """
    if (numbered := _numbered(name, text)) is not None:
        return numbered
    before = rf"(?:{_NAME_WORD}\s+(?:and|&|of)\s+)?"  # "Union of", never "Geneva for the"
    after = (
        rf"(?:\s+(?:and|&)\s+{_NAME_WORD}(?:\s+{_NAMED_THING})?"
        rf"|\s+(?:for|of)\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:and\s+)?{_NAME_WORD}){{0,2}})?"
    )

    def in_a_name(start: int) -> bool:
        """Whether a capitalised word other than "The" goes before: "Security Council and"."""
        found = re.search(r"([A-Z][\w'’-]*)\s+$", text[:start])
        return found is not None and found.group(1).lower() not in _STOPWORDS

    wholes = {
        "" if in_a_name(m.start()) else m.group(0)  # two names in a row are not one
        for m in re.finditer(rf"(?<![\w-]){before}{re.escape(name)}{after}(?![\w-])", text)
    }
    if len(wholes) != 1:
        return name
    whole = wholes.pop()
    if not whole or whole == name or len(whole.split()) > MAX_TITLE_WORDS:
        return name
    if re.search(rf"(?<![\w-]){re.escape(whole)}(?![\w-])", text) is None:
        return name
    return whole


_ABOUT_THE_DOCUMENT: Final = re.compile(
    r"\s*This\s+(?P<what>summary|document|note|notice|release|press\s+release|statement|letter)"
    r"\s+(?:is|was|has\s+been|does\s+not|is\s+not)\s+(?:\w+\s+){0,2}?"
    r"(?:provided|prepared|issued|published|intended|binding|form|part|meant)\b"
)
"""A part that says what the document is for: "This summary is provided to help …"."""
ABOUT_THE_DOCUMENT_SENTENCES: Final = 4
"""The longest part taken as a note about the document itself."""


def _about_the_document(text: str, lang: str) -> str | None:
    """Titles "About this summary" a short part that says what the document is and is not.

    "This summary is provided to help in understanding the Court's decision. It does not form
    part of the reasons …": its words had titled it "Decision and Court", which a listener
    takes for the ruling itself. English only.
    """
    if lang != "en":
        return None
    found = _ABOUT_THE_DOCUMENT.match(text)
    if found is None or len(split_sentences(text)) > ABOUT_THE_DOCUMENT_SENTENCES:
        return None
    return f"About this {found.group('what')}"


REFRAIN_TIMES: Final = 3
"""A sentence said this often in one part is its refrain."""
REFRAIN_WORDS: Final = 8
"""The longest refrain taken as a title, in words."""


def _refrain(text: str) -> str | None:
    """The sentence a part says again and again, as its title: "Je veux pouvoir vivre libre …".

    A speaker who ends each of four voices with the same sentence says what the part is about
    in it; the rarest word said once in passing ("Jeunesse") had titled it. Any language.
    """
    sentences = [
        " ".join(piece.strip(' «»"“”').split())
        for piece in re.split(r"(?<=[.!?])\s+|\s*[!?]\s*", text)
    ]
    said = Counter(sentence.lower().rstrip(".!? ") for sentence in sentences if sentence)
    refrain, times = said.most_common(1)[0] if said else ("", 0)
    words = refrain.split()
    if times < REFRAIN_TIMES or not 2 < len(words) <= REFRAIN_WORDS:
        return None
    shown = next(s for s in sentences if s.lower().rstrip(".!? ") == refrain).rstrip(".!? ")
    # A title is a phrase, not the speaker's sentence: "Je veux pouvoir vivre libre, digne et
    # fière" is titled by what the speaker wants, "Vivre libre, digne et fière".
    shown = _WANTING.sub("", shown, count=1) if len(words) > MAX_TITLE_WORDS else shown
    if len(shown.split()) > MAX_TITLE_WORDS or len(shown.split()) < 2:
        return None
    return shown[0].upper() + shown[1:]


_WANTING: Final = re.compile(
    r"^(?:(?:je|nous|yo|nosotros|I|we)\s+)?(?:(?:veux|voulons|dois|devons|peux|pouvons|pouvoir"
    r"|quiero|queremos|debemos|podemos|poder|want\s+to|will|must|can|shall|be\s+able\s+to)\s+)+",
    re.IGNORECASE,
)
"""A speaker's "I want to", "je veux pouvoir", "queremos": who wants, before what they want."""


_SHOUTED_STATE: Final = re.compile(
    r"\b(?:the|our|this|your)\s+(?P<thing>[a-z]{3,})\s+(?:will\s+be|is|are|remains?|has\s+been)"
    r"\s+(?P<state>[A-Z]{4,})\b"
)
"""What a notice writes in capitals about its subject: "the school will be CLOSED"."""


def _shouted_state(text: str, lang: str) -> str | None:
    """The thing and the state a notice stresses in capitals, in the part's opening sentence.

    "the school will be CLOSED to all pupils on Tuesday …" is the news of a head teacher's
    letter: its words had titled the part "Hall and Key Stage", of the reasons told after. A
    word in capitals that is a word of the language, not an acronym, is the writer's stress.
    English only.
    """
    from pipeline.wordforms import getAllLemmas

    if lang != "en":
        return None
    first = split_sentences(text)[:1]
    found = _SHOUTED_STATE.search(first[0]) if first else None
    if found is None:
        return None
    state = found.group("state").lower()
    if not {"ADJ", "VERB"} & set(getAllLemmas(state)) or not _can_be_noun(
        found.group("thing"), found.group("thing")
    ):
        return None
    return f"{found.group('thing').capitalize()} {state}"


def _always_of(candidate: _Candidate, text: str, lang: str) -> bool:
    """Whether a common noun is said each time with "of" after it: no topic alone.

    "the purpose of the Regulation … that purpose of much of its effect": the word is the head
    of a phrase that needs its complement, and "Assistance and purpose" told a listener half
    of it. ("to" is no sign: "provinces and territories to deliver" goes on in a verb.)
    English only.
    """
    if lang != "en" or len(candidate.keys) > 1 or not candidate.shown.islower():
        return False
    return _always_before_of(candidate.shown, text)


@lru_cache(maxsize=65536)
def _always_before_of(word: str, text: str) -> bool:
    """Whether the text says `word` only ever before "of"; remembered, as `_always_of` is."""
    said = re.findall(rf"\b{re.escape(word)}\b(\s+\w+)?", text, re.IGNORECASE)
    return bool(said) and all(after.strip().lower() == "of" for after in said)


def _phrase_of_pair(first: str, second: str, text: str) -> str | None:
    """The phrase the text says two title words in, when it says it so each time.

    "its obligation to provide assistance … the obligation to provide assistance": paired,
    "Assistance and obligation" named one thing as two; said twice the same way, the phrase
    is the topic ("Obligation to provide assistance"). Said once, only a noun and its
    complement ("Direction of our culture").
    """
    for one, other in ((first, second), (second, first)):
        shown: dict[str, str] = {}
        found = Counter(
            shown.setdefault(said.group(0).lower(), said.group(0)).lower()
            for said in re.finditer(
                rf"(?<![\w-]){re.escape(one)}(?:\s+[a-z]+){{1,2}}\s+{re.escape(other)}(?![\w-])",
                text,
                re.IGNORECASE,
            )
        )
        phrase, count = found.most_common(1)[0] if found else ("", 0)
        if count == 0 or count < sum(found.values()):
            continue
        # Said once, the phrase must join its words as a noun's complement: "the direction of
        # our culture" is one topic ("Culture and direction" had made two); "unity is the
        # path" is a clause.
        link = phrase.split()[len(one.split()) : -len(other.split())]
        if count >= 2 or (link[0] in _OF_LINKS and all(w in _OF_LINKS_THEN for w in link[1:])):
            return shown[phrase]  # as written: "flu and RSV", not "flu and rsv"
    return None


_OF_LINKS: Final = frozenset("of for against".split())
_OF_LINKS_THEN: Final = frozenset("the our their its all this these every".split())
"""What may join a noun to its complement in a title: "Accountability for all crimes"."""


_GERUND: Final = re.compile(
    r"\b(?:by|of|for|from|in|on|against)\s+(?:(?P<adjective>[a-z]+)\s+)?(?P<gerund>[a-z]{3,}ing)\b"
    r"(?=\s*[.,;:!?)]|\s+(?:and|or)\b|\s*$)"
)
"""An action named as a noun after a preposition: "causing death by dangerous driving and".
It ends its phrase: "by leaving an assaulted world" goes on as a verb."""
ACTION_TIMES: Final = 3
"""An action told at least this often (any form of its verb) may title the section."""
ACTION_ZIPF: Final = 5.5
"""A verb this common ("make", "work") tells no particular action."""


def _told_action(best: _Candidate, text: str, lang: str) -> str | None:
    """The action a section tells, named as the text names it, when told more than any thing.

    "… causing death by dangerous driving. … you drove your Audi … struck the car driven by
    … You drove on …": the facts of a crash say "drive" four times and "car" twice, and "Car"
    titled them. The action is named as the text names it as a noun ("Dangerous driving").
    English only.
    """
    from wordfreq import zipf_frequency

    from pipeline.wordforms import getAllInflections, getAllLemmas

    if lang != "en" or best.occurrences > 2:
        return None
    for found in _GERUND.finditer(text):
        gerund = found.group("gerund")
        verbs = getAllLemmas(gerund).get("VERB", ())
        if not verbs or zipf_frequency(verbs[0], lang) >= ACTION_ZIPF:
            continue
        forms = {form for group in getAllInflections(verbs[0]).values() for form in group}
        forms.add(verbs[0])
        told = sum(1 for word in _WORD.findall(text) if word.lower() in forms)
        if told < max(ACTION_TIMES, best.occurrences + 2):
            continue
        adjective = found.group("adjective")
        lemmas = getAllLemmas(adjective) if adjective else {}
        shown = gerund
        if adjective and set(lemmas) == {"ADJ"}:
            shown = f"{adjective} {gerund}"
        return shown[0].upper() + shown[1:]
    return None


_PLEA_OR_VERDICT: Final = re.compile(
    r"\b(?:pleaded|pled|admitted)\s+guilty\s+to|\b(?:was|were|been)\s+(?:convicted|found\s+guilty)"
    r"\s+of|\b(?:was|were|been)\s+charged\s+with"
)
"""What a court or police release says a person is guilty of, or charged with: the offences."""
_COUNTS_OF: Final = re.compile(
    r"\b(?:\w+\s+)?(?:counts?|charges?|offences?)\s+of\s+", re.IGNORECASE
)
_OFFENCE_ENDS: Final = re.compile(r"\s+(?:with|to|of|at|in|on|after|while|contrary)\s.*$")


def _offences(text: str, lang: str) -> str | None:
    """The offences a section says someone pleaded guilty to, was convicted of or charged with.

    "Daniel Harker pleaded guilty to arson with intent to endanger life, dangerous driving and
    assaulting an emergency worker": the part tells the facts of the case, and what the court
    calls them says it best ("Arson and dangerous driving"), where counting had titled it by
    the officers the defendant drove at. The first two, each to the word before its detail
    ("with intent …"); English only.
    """
    if lang != "en":
        return None
    found = _PLEA_OR_VERDICT.search(text)
    if found is None:
        return None
    listed = re.split(r"[.;:(]", text[found.end() :], maxsplit=1)[0]
    # "two counts of fraud": the offence is what the counts are of.
    listed = _COUNTS_OF.sub("", listed)
    offences: list[str] = []
    for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed):
        words = _OFFENCE_ENDS.sub("", item).split()
        if not words or len(words) > 5 or not all(_WORD.fullmatch(w) for w in words):
            break
        if words[0].lower() in _STOPWORDS or words[0][:1].isupper():
            break  # "pleaded guilty to the charge", "… to Winchester Crown Court"
        offences.append(" ".join(words).lower())
    if not offences:
        return None
    title = " and ".join(offences[:2])
    if len(title.split()) > MAX_TITLE_WORDS:
        title = offences[0]  # "causing death by dangerous driving" says enough
    return title[0].upper() + title[1:]


def _thing_in_place(terms: list[_Candidate], text: str, lang: str) -> str | None:
    """The pair "Carrow and outbreak" as one topic, "Outbreak in Carrow", when the text says so.

    A pair of a common noun and a place told as two topics is one topic when the section says
    the thing is in the place ("an outbreak of Legionnaires' disease in the west of Carrow"):
    "and" made a listener wait for a second subject that never came. English only.
    """
    if lang != "en" or len(terms) != 2:
        return None
    things = [t for t in terms if len(t.keys) == 1 and t.shown.islower()]
    places = [t for t in terms if all(w[:1].isupper() for w in t.shown.split())]
    if len(things) != 1 or len(places) != 1:
        return None
    thing, place = things[0].shown, places[0].shown
    said = re.search(
        rf"\b{re.escape(thing)}\b(?:\s+(?!in\b)[\w'’-]+){{0,5}}?\s+in\s+"
        rf"(?:the\s+(?:[a-z-]+\s+){{1,2}}of\s+)?{re.escape(place)}\b",
        text,
        re.IGNORECASE,
    )
    if said is None:
        return None
    return f"{thing[0].upper()}{thing[1:]} in {place}"


def _name_it_describes(
    best: _Candidate, candidates: list[_Candidate], text: str, lang: str
) -> _Candidate | None:
    """The name a common word stands for, when the text says the name is one.

    "the Northern Rail Link, a 42-kilometre line", then "The line will cost …": paired, the
    two would name one thing twice ("Line and Northern Rail Link"); the name says which one.
    """
    if lang != "en" or len(best.keys) > 1 or not best.shown.islower():
        return None
    for other in candidates:
        if len(other.keys) < 2 or not other.shown[:1].isupper():
            continue
        described = re.search(
            rf"\b{re.escape(other.shown)}(?:,|\s+(?:is|was|will\s+be))\s+(?:a|an|the)\s+"
            rf"(?:[\w-]+\s+){{0,3}}?{re.escape(best.shown)}\b",
            text,
        )
        if described is not None:
            return other
    return None


NAME_LEAD_SHARE: Final = 0.3
"""A word said throughout leads with this share of a name said once, which weighs for rarity."""
LISTED_TIMES: Final = 3
"""A word said this often in one sentence past a section's opening is a list's item."""


def _recurring_lead(best: _Candidate, candidates: list[_Candidate], lang: str) -> _Candidate:
    """A word said throughout the section, in place of a name said once or a general word.

    "Vauxhall Astra", rare and a name, outweighed "collision", said in three of the section's
    sentences; "Number" led "The number of people killed on roads …". Either gives way to a
    strong candidate that weighs half as much, the one said in most sentences (and, for a
    name, in three at least).
    """
    once_named = (
        lang == "en" and len(best.keys) > 1 and best.shown[:1].isupper() and best.occurrences == 1
    )
    general = _too_general(best, lang)
    # A word said once, ahead of one said in two sentences ("Painkillers", of the minister's
    # quoted "Shortages of basic antibiotics and painkillers", over "supply"), is a detail.
    # A name that holds it ("Justice Sam Alito" of "justice") says whom the section is about.
    once = (
        best.occurrences == 1
        and len(best.keys) == 1
        and not any(
            len(c.keys) > 1 and best.keys[0] in c.keys and c.score >= PHRASE_SHARE * best.score
            for c in candidates
        )
    )
    # Said again and again in one sentence past the opening ("names, … Council Tax account
    # numbers, … the last four digits of account numbers … No full bank account numbers"): a
    # list's item, however often, not what the section is about.
    listed = (
        best.occurrences >= LISTED_TIMES
        and len(best.sentences) == 1
        and min(best.sentences) >= OPENING_SENTENCES
    )
    if not (once_named or general or once or listed):
        return best
    # A place or body said once ("Northmere", rare, of "hospital admissions in Northmere") is
    # where or who, and a word said in two sentences or more ("flu") what the part is about.
    named = lang == "en" and once and best.shown[:1].isupper()
    leads = [
        other
        for other in candidates
        if other is not best
        and other.strong
        and other.score >= (NAME_LEAD_SHARE if named else LEAD_SHARE) * best.score
        and not _too_general(other, lang)
        and (not named or len(other.sentences) >= 2)
        and (not once_named or len(other.sentences) >= 3)
        and (not once or general or len(other.sentences) >= 2)
        and (not listed or len(other.sentences) >= 2)
    ]
    # The word said in most sentences ("collision", in three, over "injuries", in two).
    return max(leads, key=lambda c: (len(c.sentences), c.score), default=best)


_COMPLEMENT: Final = re.compile(
    r"\s+(?P<preposition>of|for)\s+(?:(?:the|a|an|our|their|its|his|her|my|your|this)\s+)?"
    r"(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
)
"""What follows a noun after "of" or "for": "a cry for racial justice", "a story of hope"."""


def _with_complement(best: _Candidate, text: str, lang: str) -> _Candidate | None:
    """The title word with what it is of or for, when the section says so more than once.

    "Cry" or "Story" alone tells a listener little; "a cry for racial justice … a cry for
    survival" and "a story of hope … a story of decency" make the word the head of a phrase,
    shown as first said ("Cry for racial justice", "Story of hope"). English only.
    """
    if lang != "en" or not best.shown.islower():
        return None
    mentions = re.finditer(rf"\b{re.escape(best.shown)}\b", text, re.IGNORECASE)
    said = [c for m in mentions if (c := _COMPLEMENT.match(text, m.end())) is not None]
    if len(said) < 2 or len({c.group("preposition") for c in said}) > 1:
        return None
    words: list[str] = []
    for word in said[0].group("words").split():
        if word in _STOPWORDS or _is_common(word, lang) or not _WORD.fullmatch(word):
            break
        words.append(word)
    while words and not _can_be_noun(words[-1], words[-1]):
        words.pop()  # "a cry that can't", "racial": only a noun ends the phrase
    if not words:
        return None
    return best._replace(
        keys=(*best.keys, *(_stem(w, lang) for w in words)),
        shown=" ".join([best.shown, said[0].group("preposition"), *words]),
    )


def _compound(best: _Candidate, text: str, lang: str) -> _Candidate | None:
    """A lone word said once, with the nouns it is said with: "food" of "food waste collections".

    Said once, the word is one of a compound that names the thing; alone ("Food") it titled a
    section about bin collections. English only.
    """
    if lang != "en" or best.occurrences != 1 or not best.shown.islower():
        return None
    if best.shown.endswith("s"):
        return None  # a plural ends its noun phrase: "collections stay weekly" goes on in a verb
    said = re.search(rf"\b{re.escape(best.shown)}((?:\s+[a-z]+){{1,2}})", text, re.IGNORECASE)
    if said is None:
        return None
    words: list[str] = []
    for word in said.group(1).split():
        if word in _STOPWORDS or _is_common(word, lang) or not _can_be_noun(word, word):
            break
        words.append(word)
    while words and (_may_lead_as_verb(words[-1], False) or _may_describe(words[-1])):
        words.pop()
    if not words or not _reads_as_noun(words[-1], words[-1], True):
        return None
    return best._replace(
        keys=(*best.keys, *(_stem(w, lang) for w in words)),
        shown=" ".join([best.shown, *words]),
    )


def _said_in_pair(best: _Candidate, text: str, lang: str) -> _Candidate | None:
    """A lone word said once in a pair of nouns, with its pair: "Fear and trepidation".

    A word said once leads only for its rarity, and "trepidation" said alone is half of what
    the speaker said ("view the future with fear and trepidation"). English only.
    """
    if lang != "en" or best.occurrences != 1 or not best.shown.islower():
        return None
    word = re.escape(best.shown)
    said = re.search(rf"\b([a-z]+)\s+and\s+{word}\b|\b{word}\s+and\s+([a-z]+)\b", text)
    if said is None:
        return None
    other = said.group(1) or said.group(2)
    if other in _STOPWORDS or _is_common(other, lang) or not _reads_as_noun(other, other, True):
        return None
    if _same_family(_stem(other, lang), best.keys[0]):
        return None
    shown = said.group(0)
    return best._replace(
        keys=tuple(_stem(w, lang) for w in (shown.split()[0], shown.split()[-1])),
        shown=shown,
    )


ABSTRACT_ZIPF: Final = 4.0
"""A lone lowercase noun at least this common (wordfreq's Zipf scale) names no topic a
listener skipping sections can find by: "story" 5.45, "example" 5.27, "reality" 4.89,
"courage" 4.32 are in many statements; "embryos" 3.29 and "cynicism" 3.13 are in few."""
_TOLD_COMPLEMENT: Final = re.compile(
    r"\s+(?:(?P<preposition>of|for|against)\s+(?P<determiner>(?:the|a|an|our|their|its|this)\s+)?"
    r"(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    r"|to\s+(?P<verb>[a-z]{3,})\s+(?P<object>[a-z][\w-]*)"
    r"|that\s+(?P<clause_verb>[a-z]{3,}s)\s+(?P<pronoun>us|them|you))\b"
)
"""What completes a noun where it is first said: "a long war against a determined enemy",
"the courage to build peace", "the story that guides us"."""


_LINK: Final = re.compile(r"\s+(of|for|against|to)\b")
"""The preposition that joins a noun to its complement ("that" opens a clause about it)."""


def _fuller_form(
    title: str,
    candidates: Sequence[_Candidate],
    text: str,
    lang: str,
    taken: set[str],
    best: _Candidate | None = None,
) -> str:
    """A title that is one common noun, with what the part says of it, when it says so.

    Whichever rule found it: "Unity", the word a part echoes ("unity. Unity."), and
    "Societies", the subject a part opens with, are as bare as a counted "Honor". `best` is
    the title's candidate, looked up among `candidates` when not given.
    """
    if best is None:
        best = next((c for c in candidates if c.shown.lower() == title.lower()), None)
    if best is None or not _lone_common_noun(title, best, lang):
        return title
    found = best
    # In order of preference, each looked for only when the ones before give nothing.
    finders: tuple[Callable[[], str | None], ...] = (
        lambda: _opened_with(found, text, lang),
        lambda: _pair_said_near(found, candidates, text),
        lambda: _said_with_complement(found, text),
        lambda: _said_to_do_again(found, text),
        lambda: _said_with_modifier(found, text),
        lambda: _what_it_is_said_of(found, text),
    )
    return next((t for find in finders if (t := find()) and _heard_as(t, lang) not in taken), title)


_TO_DO: Final = re.compile(r"\s+to\s+(?P<verb>[a-z]{3,})(?:\s+and\s+(?P<also>[a-z]{3,}))?\b")
"""A noun's "to" and what it is to do: "an honor to protect and serve"."""


def _said_to_do_again(best: _Candidate, text: str) -> str | None:
    """A common lone title word with the deed it is said to be, when the part says it again.

    "It has been an honor to protect and serve all of you. … those of us who have the
    honor of protecting that which is worth protecting": "Honor" alone titled a soldier's
    letter; "Honor to protect and serve" is what the letter says honor is, its verb said
    three times. The verb (or the one after "and") must be a verb, said again in another form
    or place, and the title stays within `MAX_TITLE_WORDS`.
    """
    from pipeline.wordforms import getAllLemmas

    lemma_of: dict[str, set[str]] = {}
    for word in _WORD.findall(text.lower()):
        lemma_of.setdefault(word, set(getAllLemmas(word).get("VERB", ())))
    for found in re.finditer(rf"(?<![\w-]){re.escape(best.shown)}(?![\w-])", text):
        told = _TO_DO.match(text, found.end())
        if told is None:
            continue
        verbs = [v for v in (told.group("verb"), told.group("also")) if v]
        if any(v in _STOPWORDS or not lemma_of.get(v) for v in verbs):
            continue
        lemmas = set().union(*(lemma_of[v] for v in verbs))
        said = sum(
            len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE))
            for word, forms in lemma_of.items()
            if forms & lemmas
        )
        if said <= len(verbs):
            continue  # said only here: no deed the part comes back to
        title = best.shown + told.group(0)
        if len(title.split()) <= MAX_TITLE_WORDS:
            return _capitalised(title)
    return None


def _what_it_is_said_of(best: _Candidate, text: str) -> str | None:
    """A common lone title word with the noun it is first said to be of: "Spread of freedom".

    "from the disruption of terror networks, to victory in Iraq, to the spread of freedom and
    hope": "Freedom", said in half of a long speech, named nothing a listener could find. The
    noun comes after "the", is no commoner than `GENERAL_ZIPF` ("the part of", "the rest of"
    say nothing) and is not of the word's own family.
    """
    from wordfreq import zipf_frequency

    for found in re.finditer(
        rf"(?<![\w-])the\s+([a-z]{{3,}})\s+of\s+{re.escape(best.shown)}(?![\w-])", text
    ):
        head = found.group(1)
        if (
            head in _STOPWORDS
            or zipf_frequency(head, "en") >= GENERAL_ZIPF
            or _same_family(head, best.keys[0])
            or not _reads_as_noun(head, head, True)
        ):
            continue
        return _capitalised(f"{head} of {best.shown}")
    return None


def _lone_common_noun(title: str, best: _Candidate, lang: str) -> bool:
    """Whether a title is one common English noun, which tells a listener little.

    "Reality", "Story" and "Example" titled parts about living with the pandemic, the story
    a nation tells and the example it sets: words at or above `ABSTRACT_ZIPF` that any part
    of a speech may say. A name ("Zarqawi") or a rare word ("Embryos") does say what it is.
    """
    from wordfreq import zipf_frequency

    if lang != "en" or " " in title or len(best.keys) != 1 or not best.shown.islower():
        return False
    return float(zipf_frequency(best.shown, lang)) >= ABSTRACT_ZIPF


APART_SENTENCES: Final = 4
"""Two title words whose nearest sentences are this many apart or more, one of them said in
one sentence only, are two topics: "bench" in a part's second and fourth sentences,
"embryos" in its eighth alone."""


def _said_together(first: _Candidate, second: _Candidate) -> bool:
    """Whether two title words may be one topic: said near, or both said throughout the part.

    "Embryos and bench" joined a bill on medical research (one sentence, late) to judges on
    the Supreme Court's bench, four sentences before it: a title naming both presents two
    topics as one. Two words each said in several sentences ("Alto el fuego y ocupación")
    are the part's two topics, however far apart.
    """
    if not first.sentences or not second.sentences:
        return True
    if len(first.sentences) > 1 and len(second.sentences) > 1:
        return True
    nearest = min(abs(a - b) for a in first.sentences for b in second.sentences)
    return nearest < APART_SENTENCES


REFRAIN_OPENINGS: Final = 2
"""How many sentences of a part a phrase must open to be the speech's refrain there."""


def _refrain_apart(lead: _Candidate, other: _Candidate, text: str) -> bool:
    """Whether a second title term is a refrain the part opens sentences with, not its topic.

    "A hopeful society depends on courts …", "A hopeful society has institutions of science
    …": the phrase opens two sentences here and is said in five other parts; "embryos" is
    said twice in one later sentence, which does not say it. "Embryos and hopeful society"
    glued a bill's subject to the frame the speaker hangs every topic on. A refrain said in
    the lead's one sentence, or a lead said in two sentences or more, pairs as before.
    """
    if len(lead.sentences) != 1 or lead.sentences & other.sentences or not other.elsewhere:
        return False
    words = r"\s+".join(map(re.escape, other.shown.split()))
    openings = re.findall(
        rf"(?:^|(?<=[.!?—])\s+)(?:(?:A|An|The|Our|This)\s+)?{words}(?![\w-])",
        text,
        re.IGNORECASE,
    )
    return len(openings) >= REFRAIN_OPENINGS


def _of_lead_family(word: str, lead: _Candidate) -> bool:
    """Whether a capitalised word is the lead name's own or its adjective ("Iranian", "Iran")."""
    return word[:1].isupper() and _same_family(_stem(word.lower(), "en"), lead.keys[0])


def _lead_s_own(lead: _Candidate, other: _Candidate, text: str) -> bool:
    """Whether a second title word is said of the lead name's own: "the Iranian regime".

    "Iran and regime" named Iran twice, once by its government: the part says "the Iranian
    regime" and "The regime in that country". A lowercase word the part once says after the
    lead's adjective is the lead itself, no second topic; after the name itself it makes a
    phrase ("Kirkwall ferries"), which the title says as it is said.
    """
    if len(lead.keys) != 1 or not lead.shown[:1].isupper() or not other.shown.islower():
        return False
    said_after = re.findall(rf"([A-Z][\w-]*)\s+{re.escape(other.shown)}(?![\w-])", text)
    return any(
        _of_lead_family(word, lead) and word.lower() != lead.shown.lower() for word in said_after
    )


DESCRIBED_ZIPF: Final = 5.0
"""The commonest describing word that may title a part beside its lead name: "nuclear" 4.73
and "global" 4.9 say what is meant; "strong" 5.2 and "new" 6.3 are said of anything."""


def _described_with_lead(lead: _Candidate, text: str) -> _Candidate | None:
    """What a describing word said twice, beside the lead name each time, is said of last.

    "The Iranian government is defying the world with its nuclear ambitions, and … the
    Iranian regime to gain nuclear weapons": no noun recurs beside "Iran", but "nuclear"
    does, in both sentences that name Iran's government; said last of "weapons", it titles
    the part "Iran and nuclear weapons". Only a word that is nothing but an adjective, and
    no commoner than `DESCRIBED_ZIPF`, before a noun that is not one.
    """
    from wordfreq import zipf_frequency

    if len(lead.keys) != 1 or not lead.shown[:1].isupper():
        return None
    said: dict[str, list[str]] = {}
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if not any(_of_lead_family(word, lead) for word in _WORD.findall(sentence)):
            continue
        for found in re.finditer(r"(?<![\w-])([a-z]{3,})(?=\s+([a-z]{3,})(?![\w-]))", sentence):
            describing, noun = found.group(1), found.group(2)
            if (
                describing in _STOPWORDS
                or noun in _STOPWORDS
                or not _only_adjective(describing)
                or _may_modify(noun)
                or not _reads_as_noun(noun, noun, True)
                or zipf_frequency(describing, "en") > DESCRIBED_ZIPF
            ):
                continue
            said.setdefault(describing, []).append(noun)
    twice = [describing for describing, nouns in said.items() if len(nouns) >= 2]
    if not twice:
        return None
    # Said most often; of two said as often, the rarer in the language.
    describing = max(twice, key=lambda w: (len(said[w]), -zipf_frequency(w, "en"), w))
    noun = said[describing][-1]
    return lead._replace(
        keys=(_stem(describing, "en"), _stem(noun, "en")), shown=f"{describing} {noun}"
    )


OPENED_TOPIC_SENTENCES: Final = 3
"""A lone word said in this many sentences of a part is what the part is about throughout."""


def _opened_with(best: _Candidate, text: str, lang: str) -> str | None:
    """A common lone title word as the part's opening subject says it: "American economy".

    "The American economy is preeminent, but …" opens a part that says "economy" 7 times:
    "Economy" alone told a listener less than the words the part opens with. Only a subject
    ending on the title word (or a form of it) is taken, of a word said in at least
    `OPENED_TOPIC_SENTENCES` sentences: "The Iranian regime …", of a part saying "regime" in
    two, stays "Regime", no adjective of one sentence leading it.
    """
    if len(best.sentences) < OPENED_TOPIC_SENTENCES:
        return None
    opening = _opening_subject(text, lang)
    if opening is None or " " not in opening:
        return None
    last = _WORD.findall(opening)[-1].lower()
    if last != best.keys[0] and not _same_family(last, best.keys[0]):
        return None
    return opening


def _pair_said_near(best: _Candidate, candidates: Sequence[_Candidate], text: str) -> str | None:
    """A common lone title word with another title word it is said with, as it is said.

    "not merely by the example of our power, but by the power of our example": both
    phrases join the two words with "of"; the one said last is what the speaker means, and
    titles the part "Power of our example".
    """
    for other in candidates:
        if other is best or len(other.keys) != 1 or not other.strong or not other.shown.islower():
            continue  # "thanked Congress for the bill": a name before "for" is a verb's object
        if not other.sentences & best.sentences or _same_family(other.keys[0], best.keys[0]):
            continue
        said = [
            (found.start(), found.group(0))
            for one, two in ((best.shown, other.shown), (other.shown, best.shown))
            for found in re.finditer(
                rf"(?<![\w-]){re.escape(one)}\s+of"
                rf"(?:\s+(?:the|our|their|its|this|these|all))?\s+{re.escape(two)}(?![\w-])",
                text,
                re.IGNORECASE,
            )
        ]
        if said:
            return _capitalised(max(said)[1])
    return None


def _said_with_complement(best: _Candidate, text: str) -> str | None:
    """A common lone title word with what completes it the first time it is said so.

    "Courage", "War" and "Story" alone name no topic; "the courage to build peace", "a long
    war against a determined enemy" and "the story that guides us" do. The complement must
    end on a noun (or "us", "them", "you" after "that …s"), and the title stays short. A word
    said with complements of different kinds ("the sentence for the theft … a sentence of 6
    months") is said of several things, and the first is one of them.
    """
    ends = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(best.shown)}(?![\w-])", text)]
    if len({link.group(1) for end in ends if (link := _LINK.match(text, end))}) > 1:
        return None
    complements = [c for end in ends if (c := _TOLD_COMPLEMENT.match(text, end))]
    for told in complements:
        if told.group("pronoun"):
            return _capitalised(best.shown + told.group(0))
        if told.group("verb"):
            verb, thing = told.group("verb"), told.group("object")
            if verb in _STOPWORDS or thing in _STOPWORDS or not _reads_as_noun(thing, thing, True):
                continue
            return _capitalised(best.shown + told.group(0))
        words: list[str] = []
        for word in told.group("words").split():
            if word in _STOPWORDS or _is_common(word, "en"):
                break
            words.append(word)
        while words and not _can_be_noun(words[-1], words[-1]):
            words.pop()  # "a war against a determined": only a noun ends the phrase
        if words and _reads_as_noun(words[-1], words[-1], True):
            determiner = told.group("determiner") or ""
            return _capitalised(
                f"{best.shown} {told.group('preposition')} {determiner}{' '.join(words)}"
            )
    return None


_NO_MODIFIERS: Final = frozenset(
    "the a an our their its his her my your this that these those own more most much only"
    " same few many other such every each all any some no".split()
)
"""Words before a noun that point to it or count it, and describe nothing ("our own")."""


def _said_with_modifier(best: _Candidate, text: str) -> str | None:
    """A common lone title word with the adjective said just before it every time.

    "this new reality … That new global reality": "Reality" alone names nothing a listener
    can find; "New reality" is what the speaker calls it. Two mentions at least, and the
    adjective within the two words before each.
    """
    before = [
        {w.lower() for w in said.group(1).split()}
        for said in re.finditer(
            rf"((?:\b[A-Za-z-]+\s+){{1,2}}){re.escape(best.shown)}(?![\w-])", text
        )
    ]
    if len(before) < 2:
        return None
    shared = set.intersection(*before) - _NO_MODIFIERS
    first_said = text.lower().split()
    modifier = min(
        (w for w in shared if _may_modify(w)),
        key=lambda w: first_said.index(w) if w in first_said else len(first_said),
        default=None,
    )
    return _capitalised(f"{modifier} {best.shown}") if modifier else None


def _capitalised(title: str) -> str:
    """A title as said, its first letter made a capital and its spaces single."""
    title = " ".join(title.split())
    return title[0].upper() + title[1:]


_ROMANCE_LINKS: Final[dict[str, frozenset[str]]] = {
    "fr": frozenset("de des du d au aux à contre pour sur".split()),
    "es": frozenset("de del al a contra para sobre".split()),
    "it": frozenset("di del della dei delle al alla ai contro per su".split()),
}
"""The prepositions a French, Spanish or Italian noun takes its complement with."""
_ROMANCE_ARTICLES: Final = frozenset("le la les l el los las il lo gli i".split())
_ROMANCE_AUXILIARIES: Final = frozenset(
    "est sont sera seront serait seraient était étaient soit soient ont aura auront avait"
    " avaient es son será serán sería serían era eran está están estará estarán han habrá"
    " habían fue fueron sea sean è sono sarà saranno era erano".split()
)
"""Forms of "to be" and "to have": "les écoles seront rénovées" is no "Écoles seront"."""
_ROMANCE_DEGREE: Final = frozenset(
    "combien très si plus moins aussi trop assez bien fort tellement muy más menos tan bastante"
    " demasiado molto più meno così troppo".split()
)
"""Adverbs of degree: "du thème combien évocateur" goes on to describe, and "Thème combien"
was half a phrase."""
_PARTICIPLE: Final = re.compile(r"(?:é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata)$")
"""A past participle's ending: "soutien accordé" goes on in a verb, not a topic."""
ROMANCE_FUNCTION_ZIPF: Final = 6.0
"""Words this common (wordfreq's Zipf scale) are function words, no part of a complement."""
ROMANCE_COMPLEMENT_TIMES: Final = 2
"""A word said this often or less is a bare noun, which its own words complete."""


def _romance_complement(best: _Candidate, text: str, lang: str) -> _Candidate | None:
    """A French, Spanish or Italian noun with the adjective or complement it is said with.

    "Financiación", "Adhésion", "Soutien" alone told a listener a bare word; the speaker said
    "la financiación internacional al desarrollo", "l'adhésion populaire", "son soutien au
    terrorisme international". The noun takes a lowercase adjective after it, then a
    preposition and a noun ("de recursos domésticos"), from the first mention that has either.
    """
    links = _ROMANCE_LINKS.get(lang)
    if links is None or len(best.keys) > 1 or best.occurrences > ROMANCE_COMPLEMENT_TIMES:
        return None
    if best.shown.isupper() or (best.shown[:1].isupper() and best.shown.lower() not in text):
        return None  # a name ("République" of "République bolivarienne du Venezuela")

    from wordfreq import zipf_frequency

    def content(word: str) -> bool:
        # Only function words are as common as this: "internacional" is a content word.
        return (
            word.islower()
            and len(word) > 2
            and zipf_frequency(word, lang) < ROMANCE_FUNCTION_ZIPF
            and word not in _TITLE_STOPWORDS.get(lang, frozenset())
            and not _PARTICIPLE.search(word)
            and word not in _ROMANCE_AUXILIARIES
            and not (future is not None and future.search(word))
        )

    infinitive = _INFINITIVE.get(lang)
    future = _FUTURE_TENSE.get(lang)

    for said in re.finditer(rf"(?<![\w-]){re.escape(best.shown)}(?![\w-])", text, re.I):
        # "de l'isolement": an elided article is written against its noun.
        following = re.match(r"(?:\s+[\w-]+|\s*['’][\w-]*){1,5}", text[said.end() :])
        words = re.findall(r"[\w-]+|['’]", following.group(0)) if following else []
        taken: list[str] = []
        # "internacional", "populaire"; not "brave" of "une jeunesse brave et combattante",
        # one of two adjectives that describe rather than say which, nor "mejor" of "un
        # futuro mejor que nuestro presente", a comparison.
        described = len(words) >= 2 and (
            words[1].lower() in ("que", "che")
            or (
                len(words) >= 3
                and words[1].lower() in ("et", "y", "e", "ou", "o")
                and words[2].lower() not in _ROMANCE_ARTICLES
            )
        )
        if words and words[0].lower() in _ROMANCE_DEGREE:
            continue  # "thème combien évocateur": a description, no complement
        if words and content(words[0]) and words[0] not in links and not described:
            taken.append(words.pop(0))
        if len(words) >= 2 and words[0].lower() in links:
            link = [words.pop(0)]
            if words and words[0] in ("'", "’"):
                link[-1] += words.pop(0)  # "d'", "l'"
            if words and words[0].lower() in _ROMANCE_ARTICLES:
                link.append(words.pop(0))
                if words and words[0] in ("'", "’"):
                    link[-1] += words.pop(0)
            # "à financer" goes on in a verb; "de recursos" names the complement.
            verb = len(link) == 1 and infinitive is not None and infinitive.search(words[0])
            if words and content(words[0]) and not verb:
                taken += [*link, words.pop(0)]
                if words and content(words[0]) and _romance_non_noun(words[0], lang):
                    taken.append(words.pop(0))  # "de recursos domésticos"
        if taken:
            shown = " ".join([said.group(0), *taken]).replace("' ", "'").replace("’ ", "’")
            return best._replace(
                keys=(*best.keys, *(_stem(w.lower(), lang) for w in taken if len(w) > 2)),
                shown=shown,
            )
    return None


def _may_describe(word: str) -> bool:
    """Whether an English word may be an adjective or an adverb ("weekly"): no phrase's end."""
    from pipeline.wordforms import getAllLemmas

    return bool({"ADJ", "ADV"} & set(getAllLemmas(word)))


_PEOPLE_ENDINGS: Final = re.compile(r"(?:ese|ian|ans?|is?|ish)$")
"""How English names a country's people or things from its name: Lebanese, Syrian, Iraqi."""


def _place_for_people(best: _Candidate, candidates: list[_Candidate], lang: str) -> _Candidate:
    """The place, when the leading word names its people and the section names it too.

    "Iraqi forces", "the Lebanese people": such a word is an adjective or a people, and alone
    it titles nothing; "Iraq" or "Lebanon", of the same family and also in the section, does.
    The weight stays the people's, which the place's mentions share: a second term must weigh
    against it as before.
    """
    if lang != "en" or len(best.keys) != 1 or not best.shown[:1].isupper():
        return best
    if not _PEOPLE_ENDINGS.search(best.shown):
        return best
    place = next(
        (
            c
            for c in candidates
            if len(c.keys) == 1
            and c.shown[:1].isupper()
            and not _PEOPLE_ENDINGS.search(c.shown)
            and _same_family(c.keys[0], best.keys[0])
            # A place is shorter than its people: "Christian" is not "Christmas".
            and len(c.shown) < len(best.shown)
            # "Iraqi" holds "Iraq", but "Francis" does not hold "France".
            and (not best.shown.endswith(("i", "is")) or best.keys[0].startswith(c.keys[0]))
        ),
        None,
    )
    if place is None:
        return best
    return best._replace(
        keys=place.keys, shown=place.shown, sentences=best.sentences | place.sentences
    )


def _heard_as(title: str, lang: str) -> str:
    """A title by its words' stems (`_stem`), to tell two titles apart by ear."""
    return " ".join(_stem(word, lang) for word in title.lower().split())


_NAME_PARTICLE: Final = re.compile(
    r"(?<![\w'’-])(al|el|bin|ibn|van|von|de|da|di|du|del|della|dos|das)\s\Z"
)
"""A lowercase particle that opens a name in English text: "al Qaeda", "van Gogh"."""


def _tokens(text: str, lang: str) -> list[_Token]:
    """The section's words, each with its key ("" for a word that cannot be in a title)."""
    result: list[_Token] = []
    stop = _TITLE_STOPWORDS.get(lang, frozenset())
    previous_end = 0
    previous_named = False  # the word before is capitalised and can be part of a name
    previous_lower = ""
    sentence_ends = [end.end() for end in _SENTENCE_BREAK.finditer(text)]
    sentence = 0
    for found in _WORD.finditer(text):
        token = _POSSESSIVE.sub("", _ELISION.sub("", found.group(0))).strip("’'-")
        if not token:
            continue
        lower = token.lower()
        after = text[found.end() : found.end() + 2]
        # Punctuation ends a phrase, right after the word or after a space: "Patrie (VDP)".
        following = text[found.end() : found.end() + 4].lstrip()
        breaks = bool(following) and (
            following[0] in '.,;:!?()[]"“”«»—–' or following.startswith(("--", "- "))
        )
        start = found.start()
        while sentence < len(sentence_ends) and sentence_ends[sentence] <= start:
            sentence += 1
        before = text[:start].rstrip()
        sentence_start = not before or before[-1] in '.!?:;"“'
        adjacent = previous_end > 0 and not text[previous_end:start].strip()
        capital = token[:1].isupper()
        is_function = (
            lower in _STOPWORDS
            or lower in stop
            or len(lower) < 3
            or len(lower) > MAX_TITLE_WORD_LETTERS
            or (_is_common(lower, lang) and not token.isupper())
            or token.isdigit()
        )
        if (
            is_function
            and capital
            and not sentence_start
            and lower not in stop
            and lower not in _DETERMINERS.get(lang, frozenset())
        ):
            # "New" of "New Orleans", "UN" of "UN Charter", "Day" of "World Humanitarian
            # Day": a word inside a name.
            is_function = not (
                (after[:1] == " " and after[1:2].isupper())
                or (adjacent and previous_named and lower != "i")
            )
        elif not is_function:
            is_function = (
                _is_glued(token)
                or (not capital and _odd_title_word(lower, lang))
                # "year-old" of "34-year-old", "strong" of "5,000-strong": half of a figure
                or bool(re.search(r"\d-$", text[max(0, start - 2) : start]))
            )
        joins = capital and not sentence_start and adjacent and previous_named
        previous = previous_lower if adjacent else ""
        previous_end, previous_lower = found.end(), lower
        previous_named = capital and not is_function
        if is_function:
            result.append(_Token(token, "", True, False, previous, sentence=sentence))
            continue
        # German writes every noun with a capital, so one opening a sentence ("März" after
        # "am 3.", "Bildung ist …") keeps it: lowered, "Schulen und märz" was a title.
        keeps_case = token.isupper() or (capital and (not sentence_start or lang == "de"))
        shown = token if keeps_case else lower
        particle = _NAME_PARTICLE.search(text, 0, start)
        if lang == "en" and capital and not sentence_start and particle is not None:
            # "al Qaeda", "bin Laden", "de Gaulle": the lowercase particle is the name's own.
            shown = f"{particle.group(1)} {shown}"
        lowered = capital and not keeps_case
        mark = _POSSESSIVE.search(found.group(0))
        result.append(
            _Token(
                shown,
                _stem(lower, lang),
                breaks,
                joins,
                previous,
                lowered,
                sentence,
                mark.group(0) if mark and capital else "",
            )
        )
    return result


@lru_cache(maxsize=65536)
def _is_glued(token: str) -> bool:
    """Two words run together by OCR or a lost space, "DraperEvery": no word of any language."""
    from wordfreq import zipf_frequency

    glue = re.search(r"[^\W\d_A-Z]{3}([A-Z][^\W\d_A-Z]+)$", token)
    return bool(glue) and zipf_frequency(token.lower(), "en") == 0.0


@lru_cache(maxsize=65536)
def _odd_title_word(lower: str, lang: str) -> bool:
    """A word too rare for a title ("refoundation"), or archaic English ("cometh", "giveth")."""
    from wordfreq import zipf_frequency

    if lang != "de" and float(zipf_frequency(lower, lang)) < RARE_TITLE_ZIPF:
        return True  # German compounds are rare and fine, and always capitalised anyway
    if lang != "en" or not lower.endswith(("eth", "est")):
        return False
    from pipeline.wordforms import getAllLemmas

    if getAllLemmas(lower):
        return False
    return any("VERB" in getAllLemmas(lower[:-cut]) for cut in (2, 3))


def _too_general(candidate: _Candidate, lang: str) -> bool:
    """A word as common as "world" or "life" adds nothing after the first term."""
    from wordfreq import zipf_frequency

    if len(candidate.keys) > 1:
        return False
    return float(zipf_frequency(candidate.shown, lang)) >= GENERAL_ZIPF


@lru_cache(maxsize=65536)
def _may_modify(token: str) -> bool:
    """Whether an English word may be an adjective before a noun.

    A capitalised word ("Iranian"), an adjective in lemminflect ("humanitarian", "young") or
    an unknown word ending like one ("unsustainable").
    """
    from pipeline.wordforms import getAllLemmas

    if token[:1].isupper():
        return True
    lemmas = getAllLemmas(token.lower())
    return "ADJ" in lemmas or (not lemmas and bool(_ADJECTIVE_ENDING.search(token.lower())))


def _same_family(a: str, b: str) -> bool:
    """Whether two keys are forms of one word family, which as a pair name one thing twice.

    One is the other's start or end ("Iraqi"/"Iraqis", "escalada"/"desescalada"), or they share
    most of their start ("Lebanese"/"Lebanon").
    """
    import unicodedata

    a, b = (
        unicodedata.normalize("NFKD", w.lower()).encode("ascii", "ignore").decode() for w in (a, b)
    )
    short, long = sorted((a, b), key=len)
    if short == long or (len(short) >= 4 and long.startswith(short)):
        return True
    if len(short) >= 5 and long.endswith(short):
        return True
    pairs = enumerate(zip(short, long[: len(short)], strict=True))
    shared = next((i for i, (x, y) in pairs if x != y), len(short))
    return shared >= 5 and shared >= 0.6 * len(short)


@lru_cache(maxsize=65536)
def _may_lead_as_verb(token: str, after_subject: bool) -> bool:
    """Whether a phrase's first word may be a verb acting on the rest ("show compassion").

    A word lemminflect knows as a verb, unless it is also an adjective ("clean environment")
    and never follows a subject, a modal or "to" ("to counter ransomware"). Past participles
    ("shared future") read as adjectives, so they may lead.
    """
    from pipeline.wordforms import getAllLemmas

    lower = token.lower()
    if token[:1].isupper() or lower.endswith("ed"):
        return False
    lemmas = getAllLemmas(lower)
    return "VERB" in lemmas and ("ADJ" not in lemmas or after_subject)


_GENDER_ENDING: Final[dict[str, re.Pattern[str]]] = {
    "es": re.compile(r"(?<=[^aeiou])([oa])(s?)$"),
    "it": re.compile(r"(?<=[^aeiou])([oa])$"),
    "fr": re.compile(r"(?<=[^aeiouy])(e?)(s?)$"),
}
"""Where Spanish, Italian and French words show their gender: "profundo", "profunda"."""
_FUTURE_TENSE: Final[dict[str, re.Pattern[str]]] = {
    "fr": re.compile(r"\w{4}ront$"),
    "es": re.compile(r"\w{2}(?:rán|rá)$"),
}
"""The future tense of French and Spanish verbs ("rouvriront", "abrirán"); "affront" keeps."""
_SPANISH_VERB: Final = re.compile(
    r"^(?:(?P<stem>\w{4,})(?:an|amos|en|emos|imos)|\w{3,}(?:ar|er|ir)(?:l[aeo]s?|se|nos))$"
)
"""A Spanish present tense ("necesitan") or an infinitive with a pronoun ("convertirla")."""
GENDER_PAIR_ZIPF: Final = 0.5
"""Masculine and feminine this close in frequency are one adjective's forms, not two nouns."""


@lru_cache(maxsize=65536)
def _romance_non_noun(lower: str, lang: str) -> bool:
    """Whether a French, Spanish or Italian word is an adjective or a verb form, no title.

    An adjective has a masculine and a feminine about as common as each other ("profundo",
    "profunda"; "brillant", "brillante"), where a noun's other gender is rare or another word
    ("futuro", "futura"). A Spanish verb ends as its person does, after the stem of a common
    infinitive ("necesitan" of "necesitar"), or carries its pronoun ("convertirla").
    """
    from wordfreq import zipf_frequency

    future = _FUTURE_TENSE.get(lang)
    if future is not None and future.search(lower):
        return True  # "les écoles rouvriront": "Écoles rouvriront" was a clause
    ending = _GENDER_ENDING.get(lang)
    found = ending.search(lower) if ending else None
    if found is not None:
        if lang == "fr":  # "brillant" and "brillante", "brillants" and "brillantes"
            other_gender = "" if found.group(1) else "e"
        else:
            other_gender = "a" if found.group(1) == "o" else "o"
        plural = found.group(2) if found.lastindex == 2 else ""
        paired = lower[: found.start()] + other_gender + plural
        own, other = zipf_frequency(lower, lang), zipf_frequency(paired, lang)
        if other >= RARE_TITLE_ZIPF and abs(own - other) <= GENDER_PAIR_ZIPF:
            return True
    if lang != "es":
        return False
    verb = _SPANISH_VERB.match(lower)
    if verb is None:
        return False
    stem = verb.group("stem")
    if stem is None:
        return True
    infinitive = stem + ("ar" if lower.endswith(("an", "amos")) else "er")
    return any(zipf_frequency(form, lang) >= 3.0 for form in (infinitive, stem + "ir"))


@lru_cache(maxsize=65536)
def _only_adjective(token: str) -> bool:
    """Whether lemminflect knows an English word as an adjective and nothing else."""
    from pipeline.wordforms import getAllLemmas

    return set(getAllLemmas(token.lower())) == {"ADJ"}


_PLURAL_ENDING: Final = re.compile(r"[^suiy'’]s$")
"""A plural's ending ("Canadians", "people's" aside): not "-ss", "-us", "-is" or "-ys"."""


def _complement_after_plural(words: list[str]) -> bool:
    """Whether a phrase ends on an adjective said of a plural before it: "keep Canadians safe".

    A plural seldom modifies a noun, so the last word is the object's state, not a head:
    "Canadians safe" names no topic, while "arms control" and "human rights" do.
    """
    from pipeline.wordforms import getAllLemmas

    last, before = words[-1], words[-2]
    return (
        last.islower() and "ADJ" in getAllLemmas(last) and _PLURAL_ENDING.search(before) is not None
    )


def _said_as_complement(first: _Candidate, second: _Candidate, text: str) -> bool:
    """Whether the text says one term right after the other as an adjective of a plural.

    Either order: "keep Canadians safe" pairs neither "Canadians and safe" nor the reverse.
    """
    return _said_as_complement_of(first.shown, second.shown, text)


@lru_cache(maxsize=65536)
def _said_as_complement_of(first: str, second: str, text: str) -> bool:
    """`_said_as_complement`, remembered: a title's choice asks it twice of each term."""
    for one, other in ((first, second), (second, first)):
        said = re.search(
            rf"(?<![\w-]){re.escape(one)}\s+{re.escape(other)}(?![\w-])",
            text,
            re.IGNORECASE,
        )
        if said is not None and _complement_after_plural(said.group(0).split()):
            return True
    return False


@lru_cache(maxsize=65536)
def _can_be_noun(key: str, token: str) -> bool:
    from pipeline.wordforms import getAllLemmas

    if token[:1].isupper():
        return True
    lemmas = getAllLemmas(token.lower())
    return not lemmas or "NOUN" in lemmas or "PROPN" in lemmas


_VERB_ENDING: Final = re.compile(r"(?:ize|ise|ate|ify)$")
_ADJECTIVE_ENDING: Final = re.compile(r"(?:able|ible|ous|ive|ful|less|ical)$")


@lru_cache(maxsize=65536)
def _reads_as_noun(key: str, token: str, after_determiner: bool) -> bool:
    """Whether a word is used as a noun here, so it can title a section on its own.

    Titles are spoken ("Part 9: …"), and "Another and doesn't" tells a listener nothing.
    lemminflect lists a noun sense for most verbs ("give", "fail", "stand"), so a word that is
    also a verb or an adjective must be seen after a determiner in the section ("the stand");
    contractions and unknown words that look like verbs never are.
    """
    from pipeline.wordforms import getAllLemmas

    if not _can_be_noun(key, token) or "'" in token or "’" in token:
        return False
    if token[:1].isupper():
        return True
    lemmas = getAllLemmas(token.lower())
    if not lemmas:  # "ransomware" is a noun, "mobilise" and "unsustainable" are not
        if _VERB_ENDING.search(token.lower()):
            return False
        return after_determiner or not _ADJECTIVE_ENDING.search(token.lower())
    nouns = lemmas.get("NOUN", ())
    lower = token.lower()
    if lower.endswith("ed") and any(verb != lower for verb in lemmas.get("VERB", ())):
        return False  # "those affected", "affected tenants": people described, no topic
    if set(lemmas) == {"NOUN"} or after_determiner:
        return True
    # A plural that is no verb form: "choices" (not "stalks", which may be a verb).
    return bool(nouns) and "VERB" not in lemmas and token.lower() not in nouns
