"""Page numbers a scanned or exported statement carries, dropped before anything reads it.

A module of its own, light to import: the load stage drops them from what it reads, and the
speech text from a reviewer's edited plain version, which never passes through load; the
speech workers import this, and load's readers would cost each worker 0.1 s more to start.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from pipeline.text import outside_fences

if TYPE_CHECKING:
    from collections.abc import Sequence


_PAGE_NUMBER_LINE: Final = re.compile(
    r"^[ \t]*(?:[-–—][ \t]*)?(?:(?:page|p\.)[ \t]*)?(?P<number>\d{1,3})"
    r"(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?(?:[ \t]*[-–—])?[ \t]*$",
    re.IGNORECASE,
)
"""A line that is a page's number alone: "10", "- 10 -", "Page 3 of 9"."""


def drop_page_numbers(text: str) -> str:
    """Drop a scanned or exported text's page numbers, left as lines of their own.

    Joined to the paragraph they interrupt they became words ("10 Ces parrainages que …"),
    shown and spoken. A number alone on its line is taken for a page's when there are two or
    more such lines, their numbers rise a page at a time with a page's words between them
    (`_are_page_numbers`), or when it is the last page's number (`is_last_page_number`); any
    other number (a count after "Votes in favour:", a table's column) stays.
    """
    lines = text.split("\n")
    found = [
        (index, int(match.group("number")))
        for index, line in outside_fences(lines)
        if (match := _PAGE_NUMBER_LINE.match(line))
    ]
    drop: set[int] = set()
    if _are_page_numbers(lines, found):
        drop = {index for index, _ in found}
    elif found and is_last_page_number(lines, *found[-1]):
        drop = {found[-1][0]}
    if not drop:
        return text
    return "\n".join(line for index, line in enumerate(lines) if index not in drop)


WORDS_PER_PAGE_AT_LEAST: Final = 100
"""Fewest words a statement's page holds on average. In the corpus's two UN statements
with page numbers, the Burkina Faso one holds 169 words a page (2,868 words, 17 pages),
Spain's 324 (3,236 words, 10 pages): a number larger than the words allow counts no page."""
_ENDS_SENTENCE: Final = re.compile(r"[.!?…][\"”’»)]*[ \t]*$")


def _are_page_numbers(lines: Sequence[str], found: Sequence[tuple[int, int]]) -> bool:
    """True when the lone numbers `found` (line index, number) are the pages' numbers.

    Pages' numbers rise through the text one page at a time, with the page's words between
    them; a jump of more than one page needs the words of the pages whose number was lost,
    all but the last holding `WORDS_PER_PAGE_AT_LEAST` (Burkina Faso's 15 to 17: 228 words).
    A count ("In favour:", "12", "Against:", "30": 18 pages in 1 word) and a table's column
    ("1", "2", "3": no words between) are no pages.
    """
    if len(found) < 2:
        return False
    for (start, earlier), (end, later) in pairwise(found):
        words = sum(len(line.split()) for line in lines[start + 1 : end])
        if not words or not 0 < later - earlier <= 1 + words // WORDS_PER_PAGE_AT_LEAST:
            return False
    return True


def is_last_page_number(lines: Sequence[str], index: int, number: int) -> bool:
    """True when the number alone on line `index` is the footer of the statement's last page.

    The last words a text file holds, after a closing sentence ("Muchas gracias.", then
    "10"), are no part of the speech: nothing follows a closing, and a count ends no text
    after a full stop (a result after "Votes in favour:" stays). The number must also fit
    the text's length, at least `WORDS_PER_PAGE_AT_LEAST` words a page.
    """
    if any(line.strip() for line in lines[index + 1 :]):
        return False
    before = next((line for line in reversed(lines[:index]) if line.strip()), "")
    words = sum(len(line.split()) for line in lines[:index])
    return bool(_ENDS_SENTENCE.search(before)) and number * WORDS_PER_PAGE_AT_LEAST <= words


PAGE_OPENERS: Final = frozenset(
    """
    The This That These Those There Here We Our It Its He His She Her They Their You Your
    In On At As If When While But And Or So Yet For Then Thus Hence Also Still Indeed Finally
    However Moreover Meanwhile Although Though Because Since After Before Where What Which Who
    How Why Let Please My Today Now Thank
    Le La Les Ce Ces Cet Cette Nous Notre Nos Il Elle Ils Elles Je Mon Ma Mes Dans Au Aux
    Mais Et Pour Par Sur Aujourd Merci
    El Los Las Este Esta Estos Estas Nosotros Nuestro Nuestra Nuestros Por Para Pero Hoy
    Hay Gracias
    Der Die Das Den Dem Des Wir Unser Unsere Ich Sie Er Es Diese Dieser Dieses Im Auf Mit
    Aber Und Heute Danke
    Lo Gli Questo Questa Questi Queste Noi Io Nel Nella Ma Oggi Grazie
    De Het Wij Ons Onze Deze Dit Dat Op Maar En Vandaag Dank
    """.split()
)
"""Capitalised words that open sentences and never follow a count, in the six languages
read: articles, demonstratives, pronouns, linking words ("12 The", "10 Ces", "3 Wir").
Single letters ("A", "I", "E", "Y") and words for one ("Un", "Ein", "Een") are left out:
"2 A new plan" may be a label, "1 Un" a count."""
_ELIDED_OPENERS: Final = frozenset({"C", "D", "J", "L", "N", "Qu", "S"})
"""French openers cut by an apostrophe: "10 L'Ukraine", "12 C'est"."""
_GLUED_PAGE_NUMBER: Final = re.compile(
    r"(?P<before>^[ \t]*|[.!?…][\"”’»)]*[ \t]+)"
    r"(?P<page>(?:(?i:page|p\.)[ \t]*)?\d{1,3}(?:[ \t]*(?i:of|/)[ \t]*\d{1,3})?)[ \t]+"
    r"(?=(?P<next>[^\W\d_]+)(?P<elision>['’])?)"
)
"""A number at a line's start or after a sentence's end, then a word: "sentence. 10 Ces"."""


def is_glued_page_number(match: re.Match[str]) -> bool:
    """True when the number `_GLUED_PAGE_NUMBER` found before a word is a page's number.

    A count comes before a noun ("12 new cases", "10 Member States"); before a word that opens
    sentences ("12 The next page", "10 Ces parrainages", "10 L'Ukraine") the number counts
    nothing, and is what a reader skips: the footer of the page the sentence ran onto.
    """
    following = match.group("next")
    openers = _ELIDED_OPENERS if match.group("elision") else PAGE_OPENERS
    opens = following in openers
    return opens and (bool(match.group("before").strip()) or _runs_on(match))


RUNNING_LINE_WORDS: Final = 8
"""Fewest words after a number at a line's start for the line to be running text."""


def _runs_on(match: re.Match[str]) -> bool:
    """True when the line a number starts is running text, not an address ("12 The Mall").

    A page's footer glued to the page after it starts a line of the text that page ran onto:
    a sentence ("12 The next page begins here.") or a wrapped line of eight words or more.
    A street address is shorter and ends without a stop ("12 The Mall, London SW1A 2AA").
    """
    rest = match.string[match.end() :].rstrip()
    return bool(_ENDS_SENTENCE.search(rest)) or len(rest.split()) >= RUNNING_LINE_WORDS


def unglue_page_numbers(text: str) -> str:
    """Drop page numbers glued to the next sentence: "terroristes. 10 Ces parrainages".

    A reader that joins a page's footer to the text after it leaves the number at a line's
    start or after a sentence's end, before a word that opens sentences (`is_glued_page_number`).
    In every language read; a number in a sentence ("in 10 years", "Resolution 75/10") or a
    list's "1." is never matched. Lines in fenced code blocks are left as written.
    """

    def unglued(match: re.Match[str]) -> str:
        return match.group("before") if is_glued_page_number(match) else match.group(0)

    lines = text.split("\n")
    for index, line in outside_fences(lines):
        lines[index] = _GLUED_PAGE_NUMBER.sub(unglued, line)
    return "\n".join(lines)
