"""Page numbers and running headers an exported statement carries, dropped before it is read.

A module of its own, light to import: the load stage drops them from what it reads (the PDF
reader and the form feeds of text exported from a PDF share `page_furniture`), and the
speech text takes glued ones out of a reviewer's edited plain version, which never passes
through load; the speech workers import this, and load's readers would cost each worker
0.1 s more to start.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING, Final, NamedTuple

from pipeline.text import outside_fences

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence


_PAGE_NUMBER_LINE: Final = re.compile(
    r"^[ \t]*(?P<opening>[-–—][ \t]*)?(?P<page>(?:page|p\.)[ \t]*)?(?P<number>\d{1,3})"
    r"(?:[ \t]*(?:of|/)[ \t]*(?P<total>\d{1,3}))?(?P<closing>[ \t]*[-–—])?[ \t]*$",
    re.IGNORECASE,
)
"""A line that is a page's number alone: "10", "- 10 -", "Page 3 of 9"."""


class LoneNumber(NamedTuple):
    """A number alone on its line, which may be a page's number or a number of the text."""

    line: int
    """The index of its line in the text."""
    number: int
    """The number: the page's, if it is a page number ("3" in "Page 3 of 9")."""
    spelled_as_page: bool
    """Written as only a page's number is: "Page 3", "p. 3", "- 3 -". A count never is."""
    of_total: bool
    """Written as a page of pages, "3 of 9" or "3/9" (3 at most 9), as a score may be too."""

    @property
    def bare(self) -> bool:
        """True for a number with nothing around it ("3"), as a count or a list's item is."""
        return not (self.spelled_as_page or self.of_total)


def lone_numbers(lines: Sequence[str]) -> list[LoneNumber]:
    """The numbers alone on their line outside fenced code blocks, in the text's order."""
    found = []
    for index, line in outside_fences(lines):
        match = _PAGE_NUMBER_LINE.match(line)
        if not match:
            continue
        number = int(match.group("number"))
        total = match.group("total")
        dashed = bool(match.group("opening") and match.group("closing"))
        found.append(
            LoneNumber(
                line=index,
                number=number,
                spelled_as_page=bool(match.group("page")) or dashed,
                of_total=total is not None and number <= int(total),
            )
        )
    return found


def drop_page_numbers(text: str) -> str:
    """Drop a scanned or exported text's page numbers, left as lines of their own.

    Joined to the paragraph they interrupt they became words ("10 Ces parrainages que …"),
    shown and spoken. Numbers that are the text's own (a label's value, a list's or a
    column's item: `_Context.is_of_the_text`) are set aside; the rest are taken for pages'
    when there are two or more, their numbers rise a page at a time with a page's words
    between them, one slip allowed (`page_numbers_among`), unless they number the text's
    sections (`are_section_numbers`); or when one is the last page's number
    (`is_last_page_number`). Any other number ("In favour:", "1", "Against:", "2") stays:
    dropping it would lose a fact from the text, the plain version and the speech.
    """
    lines = text.split("\n")
    found = lone_numbers(lines)
    if not found:
        return text
    context = _Context(lines, found)
    candidates = [
        lone for position, lone in enumerate(found) if not context.is_of_the_text(position)
    ]
    drop = {lone.line for lone in page_numbers_among(lines, candidates)}
    if drop and are_section_numbers(lines, candidates, context):
        drop = set()
    elif not drop and candidates and is_last_page_number(lines, *candidates[-1][:2]):
        drop = {candidates[-1].line}
    if not drop:
        return text
    return "\n".join(line for index, line in enumerate(lines) if index not in drop)


WORDS_PER_PAGE_AT_LEAST: Final = 100
"""Fewest words a statement's page holds. In the corpus's two UN statements with page
numbers, the Burkina Faso one holds 169 words a page on average (2,868 words, 17 pages; 173
words between its footers 10 and 11, the fewest), Spain's 324 (3,236 words, 10 pages): a
number larger than the words allow counts no page."""
WORDS_BETWEEN_ITEMS_AT_MOST: Final = 2
"""Most words between two lone numbers for them to be a column's or a list's items, never
pages' numbers: "North" between "12" and "30", "Reduce costs." between "1" and "2"."""
LABEL_WORDS_AT_MOST: Final = 7
"""Most words in a label that a number on the next line is the value of ("Votes against the
motion", "30"); a wrapped line of running text holds 8 or more (`RUNNING_LINE_WORDS`)."""
_ENDS_SENTENCE: Final = re.compile(r"[.!?…][\"”’»)]*[ \t]*$")
_ENDS_WITH_COLON: Final = re.compile(r"[:：][*_]*[ \t]*$")
"""A line that ends in a colon, bold or not ("In favour:", "**Against:**"): a label."""


def _words_between(lines: Sequence[str], start: int, end: int) -> int:
    """How many words the lines strictly between line `start` and line `end` hold."""
    return sum(len(line.split()) for line in lines[start + 1 : end])


def ends_with_colon(line: str) -> bool:
    """True when `line` is a label waiting for its value on the next line ("In favour:")."""
    return bool(_ENDS_WITH_COLON.search(line))


def is_short_label(line: str) -> bool:
    """True when `line` can name the number under it: short, and no sentence's end.

    "North", "Votes against the motion", "Abstentions:" are labels; "Reduce costs." and a
    wrapped line of a paragraph (8 words or more) are not.
    """
    words = line.split()
    return (
        0 < len(words) <= LABEL_WORDS_AT_MOST
        and not _ENDS_SENTENCE.search(line)
        and not _PAGE_NUMBER_LINE.match(line)
    )


class _Context:
    """The lines around each lone number, to tell the text's numbers from pages' numbers."""

    def __init__(self, lines: Sequence[str], found: Sequence[LoneNumber]) -> None:
        self.lines = lines
        self.found = found
        self._written = [index for index, line in enumerate(lines) if line.strip()]
        self._place = {index: place for place, index in enumerate(self._written)}
        self._lone = {lone.line for lone in found}

    def _written_line(self, index: int, step: int) -> int | None:
        """The index of the line with words `step` written lines from line `index`, if any."""
        place = self._place[index] + step
        return self._written[place] if 0 <= place < len(self._written) else None

    def lines_around(self, index: int) -> tuple[str | None, str | None]:
        """The lines with words right before and after line `index`; None at the text's ends."""
        before, after = self._written_line(index, -1), self._written_line(index, 1)
        return (
            self.lines[before].strip() if before is not None else None,
            self.lines[after].strip() if after is not None else None,
        )

    def _is_value_after_label(self, index: int) -> bool:
        """True when the lone number on line `index` has a short label right above it."""
        above = self._written_line(index, -1)
        return above is not None and is_short_label(self.lines[above])

    def is_in_label_value_run(self, index: int) -> bool:
        """True when the number on line `index` is one of two or more label/value pairs in a row.

        "North", "12", "South", "30": each number has a short label above it, and the pair
        before or after it is a label and a number too. A page's footer follows a page's
        last line, rarely a label, and has a label and a number right before or after it
        more rarely still.
        """
        if not self._is_value_after_label(index):
            return False
        label = self._written_line(index, -1)
        before = self._written_line(label, -1) if label is not None else None
        after = self._written_line(index, 2)
        return (before in self._lone and self._is_value_after_label(before)) or (
            after in self._lone and self._is_value_after_label(after)
        )

    def is_close_to_another_number(self, position: int) -> bool:
        """True when lone number `position` stands close to the one before or after it.

        At most `WORDS_BETWEEN_ITEMS_AT_MOST` words between them: a column ("1", "2", "3")
        or a list ("1", "Reduce costs.", "2", "Hire staff."), never two pages' numbers.
        """
        lone = self.found[position]
        neighbours = [
            self.found[other].line
            for other in (position - 1, position + 1)
            if 0 <= other < len(self.found)
        ]
        return any(
            _words_between(self.lines, min(lone.line, other), max(lone.line, other))
            <= WORDS_BETWEEN_ITEMS_AT_MOST
            for other in neighbours
        )

    def is_of_the_text(self, position: int) -> bool:
        """True when lone number `position` is the text's own: a value, a column's, a list's.

        A number written the way only a page's number is ("Page 3", "- 3 -") never is. Any
        other is when it is a label's value (`ends_with_colon` above it) or one of a run of
        label/value pairs; a bare one also when it stands close to another lone number
        (`is_close_to_another_number`).
        """
        lone = self.found[position]
        if lone.spelled_as_page:
            return False
        above = self._written_line(lone.line, -1)
        if above is not None and ends_with_colon(self.lines[above]):
            return True
        if self.is_in_label_value_run(lone.line):
            return True
        return lone.bare and self.is_close_to_another_number(position)


_OPENING_MARKS: Final = "#*_ \t\"“‘'«¿¡("
"""Marks a heading or paragraph may open with before its first letter."""


def are_section_numbers(
    lines: Sequence[str], candidates: Sequence[LoneNumber], context: _Context
) -> bool:
    """True when the lone numbers `candidates` number the text's sections, not its pages.

    "1", "2", "3", each above a section of 150 words or more, rise a page's words apart as
    pages' numbers do. Section numbers are bare, start at 1 and rise by exactly one; each
    sits right above what it numbers, at no page's edge: the line before it ends a
    sentence or is a heading (a page's edge falls anywhere, in mid-sentence too), and the
    line after it is a heading or opens a paragraph in a capital. Burkina Faso's footers,
    between whole sentences too, start at 10 and skip 12 and 13.
    """
    if len(candidates) < 2 or any(not lone.bare for lone in candidates):
        return False
    numbers = [lone.number for lone in candidates]
    if numbers != list(range(1, len(numbers) + 1)):
        return False
    for lone in candidates:
        before, after = context.lines_around(lone.line)
        if after is None or not after.lstrip(_OPENING_MARKS)[:1].isupper():
            return False
        if before is not None and not (_ENDS_BLOCK.search(before) or is_heading_line(before)):
            return False
    return True


def _follows_a_page_on(lines: Sequence[str], earlier: LoneNumber, later: LoneNumber) -> bool:
    """True when `later` can be the number of a page after the one `earlier` numbers.

    It rises by one page, or by more with the words of the pages whose number was lost,
    all but the last holding `WORDS_PER_PAGE_AT_LEAST` (Burkina Faso's 15 to 17: 228
    words); a bare number also needs a page of words since `earlier`.
    """
    words = _words_between(lines, earlier.line, later.line)
    if not words or not 0 < later.number - earlier.number <= 1 + words // WORDS_PER_PAGE_AT_LEAST:
        return False
    return not (later.bare and words < WORDS_PER_PAGE_AT_LEAST)


def _first_out_of_rise(lines: Sequence[str], candidates: Sequence[LoneNumber]) -> int | None:
    """The position of the first of `candidates` that breaks the pages' rise; None if none does.

    A bare first number needs a page of words, `WORDS_PER_PAGE_AT_LEAST`, before it: a
    count ("Against:", "2": 1 word) and a list's items are no pages.
    """
    first = candidates[0]
    if first.bare and _words_between(lines, -1, first.line) < WORDS_PER_PAGE_AT_LEAST:
        return 0
    for position, (earlier, later) in enumerate(pairwise(candidates), start=1):
        if not _follows_a_page_on(lines, earlier, later):
            return position
    return None


def _sits_where_a_page_ends(
    lines: Sequence[str], candidates: Sequence[LoneNumber], position: int
) -> bool:
    """True when candidate `position` has a page of words around it, as a misread footer has.

    A page of words since the number before it, and until the number after it when there
    is one (the last page may be short). A number written as a page's ("Page 8", "- 8 -")
    needs only some words on each side.
    """
    lone = candidates[position]
    least = 1 if lone.spelled_as_page else WORDS_PER_PAGE_AT_LEAST
    start = candidates[position - 1].line if position > 0 else -1
    if _words_between(lines, start, lone.line) < least:
        return False
    if position + 1 == len(candidates):
        return True
    return _words_between(lines, lone.line, candidates[position + 1].line) >= least


PAGE_NUMBERS_FOR_A_SLIP: Final = 3
"""Fewest candidates that tolerate one slip: with 2 numbers, one out of line leaves no rise."""


def page_numbers_among(lines: Sequence[str], candidates: Sequence[LoneNumber]) -> list[LoneNumber]:
    """The lone numbers of `candidates` that are the pages' numbers: all of them, or none.

    Pages' numbers rise through the text one page at a time, with the page's words between
    them (`_first_out_of_rise`). One slip is tolerated among 3 numbers or more: a footer
    lost or misread ("3", "4", "8", "6": OCR read 5 as 8) is passed over when the numbers
    on each side of it rise as pages do; it goes with them when it sits where a page ends
    (`_sits_where_a_page_ends`), and stays as the text's own otherwise.
    """
    if len(candidates) < 2:
        return []
    out_of_rise = _first_out_of_rise(lines, candidates)
    if out_of_rise is None:
        return list(candidates)
    if len(candidates) < PAGE_NUMBERS_FOR_A_SLIP:
        return []
    for slip in sorted({max(out_of_rise - 1, 0), out_of_rise}):
        rest = [lone for position, lone in enumerate(candidates) if position != slip]
        if _first_out_of_rise(lines, rest) is None:
            if _sits_where_a_page_ends(lines, candidates, slip):
                return list(candidates)
            return rest
    return []


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


PAGE_BREAK: Final = "\f"
"""The form feed that parts two pages in text exported from a PDF (pdftotext, a viewer's
"save as text"); `pipeline.readers.tidy_markdown` keeps it on a line of its own."""
EDGE_LINES: Final = 3
"""Lines with words at a page's top and at its bottom that may be its running header or
footer: a body's name, a document symbol, a date, "Page 3 of 12", a bare number."""
_PAGE_NUMBER_AT_EDGE: Final = re.compile(
    r"^(?:(?:page|p\.|pg\.?|seite|página|pagina|pág\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?"
    r"(?:\s*(?:of|/|von|de|sur|di)\s*\d{1,4})?$|^[ivx]{1,5}$",
    re.IGNORECASE,
)
"""A page's number as a page's edge writes it, in the languages read: "12", "- 12 -",
"Page 3 of 12", "Seite 3 von 12", "3/12", "iv"."""
_ROMAN_NUMERAL_LINE: Final = re.compile(
    r"^(?:#{1,6}[ \t]*)?(?P<numeral>[IVXLC]{1,9}|[ivxlc]{1,9})\.?$"
)
"""A line that is a Roman numeral alone, in one case, dotted or not, as a heading or as a
page's number: "IV.", "## II", "iv"."""
_CANONICAL_ROMAN: Final = re.compile(r"^c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
"""A Roman numeral from 1 to 399 as it is written, lowercased: "iv", never "iiii" or "vx"."""
_ROMAN_DIGITS: Final = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral from 1 to 399 ("IV" is 4, "xii" 12); None for "IIII", "VX"."""
    lowered = numeral.lower()
    if not lowered or not _CANONICAL_ROMAN.match(lowered):
        return None
    values = [_ROMAN_DIGITS[digit] for digit in lowered]
    return sum(
        -value if value < following else value
        for value, following in zip(values, [*values[1:], 0], strict=True)
    )


def is_heading_line(line: str) -> bool:
    """True when `line` reads as a heading: a Markdown "#" line, or a short label in a capital.

    "Finance", "Cooperation across borders": `is_short_label` (7 words at most, no
    sentence's end) and a capital first letter; a page's running text is longer or ends in
    a full stop.
    """
    stripped = line.strip()
    if stripped.startswith("#"):
        return True
    return is_short_label(stripped) and stripped[:1].isupper()


def roman_headings(pages: Sequence[Sequence[str]]) -> list[set[int]]:
    """For each page, the indices of the Roman numerals at its top edge that are headings.

    A numeral written as a page's number ("IV", "iv") at a page's top is the text's own
    heading when it continues the document's own sequence (the last numeral kept before
    it, in the same case, is one less: "III" then "IV") or when it is in capitals and the
    next line with words on its page is a heading ("IV", then "Finance"). Front pages' "i",
    "ii", "iii" continue nothing and are in lowercase: they go as before. A numeral at a
    page's bottom edge is its number and no step of the sequence.
    """
    last_kept: tuple[int, bool] | None = None
    """The value of the last numeral kept as the text's, and whether it is in capitals."""
    found: list[set[int]] = []
    for lines in pages:
        filled = filled_lines(lines)
        top, bottom = set(filled[:EDGE_LINES]), set(filled[-EDGE_LINES:])
        headings: set[int] = set()
        for place, index in enumerate(filled):
            line = lines[index].strip()
            match = _ROMAN_NUMERAL_LINE.match(line)
            value = roman_value(match.group("numeral")) if match else None
            if match is None or value is None:
                continue
            capitals = match.group("numeral").isupper()
            if _PAGE_NUMBER_AT_EDGE.match(line) and index in top:
                after = lines[filled[place + 1]] if place + 1 < len(filled) else ""
                continues = last_kept == (value - 1, capitals)
                if not (continues or (capitals and is_heading_line(after))):
                    continue
                headings.add(index)
            elif _PAGE_NUMBER_AT_EDGE.match(line) and index in bottom:
                continue
            last_kept = (value, capitals)
        found.append(headings)
    return found


_BARE_NUMBER: Final = re.compile(r"^\s*\d{1,4}\s*$")
"""A line that is a number and nothing else: a page's number, or a count ("120")."""
_FIGURES: Final = re.compile(r"\d+")


def furniture_key(line: str) -> str:
    """A line with its case, spacing and figures evened out, as running headers repeat.

    "United Nations  A/79/PV.5  24/09/2024" keeps one key on every page, and so does
    "Page 3 of 4": only the figures differ from page to page.
    """
    return _FIGURES.sub("#", " ".join(line.lower().split()))


def filled_lines(lines: Sequence[str]) -> list[int]:
    """The indices of a page's lines that hold more than spaces, top to bottom."""
    return [index for index, line in enumerate(lines) if line.strip()]


def edge_lines(lines: Sequence[str]) -> list[int]:
    """The indices of the `EDGE_LINES` lines with words at a page's top and at its bottom."""
    filled = filled_lines(lines)
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def _edge_runs(lines: Sequence[str], is_furniture: Callable[[int], bool]) -> set[int]:
    """The indices of the furniture lines in an unbroken run from a page's top or bottom.

    `is_furniture` is asked about a line by its index. A line that repeats in the middle of
    a page (a speech's refrain) is never furniture: it counts only when every line between
    it and the page's edge is furniture too.
    """
    filled = filled_lines(lines)
    drop: set[int] = set()
    for edge in (filled[:EDGE_LINES], filled[::-1][:EDGE_LINES]):
        for index in edge:
            if not is_furniture(index):
                break
            drop.add(index)
    return drop


def page_number_offsets(pages: Sequence[Sequence[str]]) -> set[int]:
    """How far the pages' bare numbers run ahead of their place in the file, when they do.

    A page's number is its place in the file plus one offset for the whole document (0, or
    9 when an excerpt starts at page 10): an offset two pages' edge numbers share, or 0,
    marks a bare number at a page's edge as the page's. Any other number there is a count
    the page happened to end on ("Votes in favour:", "120"), which stays.
    """
    seen: Counter[int] = Counter()
    for place, lines in enumerate(pages, start=1):
        numbers = {
            int(lines[index]) for index in edge_lines(lines) if _BARE_NUMBER.match(lines[index])
        }
        seen.update({number - place for number in numbers})
    return {0} | {offset for offset, count in seen.items() if count >= 2}


def _carries_its_number(lines: Sequence[str], place: int, offsets: set[int]) -> bool:
    """True when the page at `place` has a bare number at its edge that is its place's."""
    return any(
        _BARE_NUMBER.match(lines[index]) and int(lines[index]) - place in offsets
        for index in edge_lines(lines)
    )


def misread_page_numbers(pages: Sequence[Sequence[str]], offsets: set[int]) -> set[tuple[int, int]]:
    """The places and line indices of bare numbers that are their page's number, misread.

    Pages numbered 3, 4, 8, 6 (OCR read 5 as 8): a page whose edge holds no number of its
    place, between two pages that hold theirs, has its bare number as its first or last
    line with words: that number is its page's, slipped. A count after a label ("Votes in
    favour:", "120") is the text's own and stays.
    """
    carries = [
        _carries_its_number(lines, place, offsets) for place, lines in enumerate(pages, start=1)
    ]
    misread: set[tuple[int, int]] = set()
    for place in range(2, len(pages)):
        if carries[place - 1] or not (carries[place - 2] and carries[place]):
            continue
        lines = pages[place - 1]
        filled = filled_lines(lines)
        if not filled:
            continue
        last_is_value = len(filled) > 1 and ends_with_colon(lines[filled[-2]])
        edges = {filled[0], filled[-1]} - ({filled[-1]} if last_is_value else set())
        misread |= {(place, index) for index in edges if _BARE_NUMBER.match(lines[index])}
    return misread


def page_furniture(pages: Sequence[Sequence[str]]) -> list[set[int]]:
    """For each page, given as its lines, the indices of its running headers, footers and numbers.

    A line at a page's edge (`edge_lines`) is furniture when it repeats at the edge of more
    than half the pages with words (at least 2), as `furniture_key` sees it; when it is
    written as a page's number ("Page 3 of 4", "- 3 -"); or when it is a bare number that
    is its page's place in the file, give or take one offset (`page_number_offsets`), or
    that page's misread number (`misread_page_numbers`). A Roman numeral at a page's top
    that is a heading stays (`roman_headings`). Only runs from the edge go (`_edge_runs`).
    The PDF reader and the load stage both use it.
    """
    texty = [lines for lines in pages if any(line.strip() for line in lines)]
    counts: Counter[str] = Counter()
    for lines in texty:
        counts.update({furniture_key(lines[index]) for index in edge_lines(lines)})
    needed = max(2, len(texty) // 2 + 1)
    repeated = {key for key, count in counts.items() if count >= needed}
    offsets = page_number_offsets(pages)
    headings = roman_headings(pages)
    misread = misread_page_numbers(pages, offsets)
    found: list[set[int]] = []
    for place, (lines, kept) in enumerate(zip(pages, headings, strict=True), start=1):

        def is_furniture(
            index: int, lines: Sequence[str] = lines, place: int = place, kept: set[int] = kept
        ) -> bool:
            if index in kept:
                return False
            line = lines[index].strip()
            if _BARE_NUMBER.match(line):
                return int(line) - place in offsets or (place, index) in misread
            return furniture_key(line) in repeated or _PAGE_NUMBER_AT_EDGE.match(line) is not None

        found.append(_edge_runs(lines, is_furniture))
    return found


_ENDS_BLOCK: Final = re.compile(r"[.!?:;…][\"”’»)\]*_]*$")
"""A line that ends a sentence, a label or a clause list: no sentence runs on from it."""
_OPENS_BLOCK: Final = re.compile(r"^(?:#|[-*+>|]\s|\d{1,3}[.)]\s|```|~~~)")
"""A line that opens a Markdown heading, list item, quotation, table row or code fence."""


def runs_over_page_break(before: str, after: str) -> bool:
    """True when the line that ends a page and the one that opens the next are one sentence.

    "the crimes that cross" / "borders and": the page ended in mid-sentence. The line before
    the break ends no sentence, neither opens a heading, list item or table row, and the
    line after goes on in lowercase or follows a wrapped line of running text
    (`RUNNING_LINE_WORDS` words or more: no heading or label is that long).
    """
    before, after = before.strip(), after.strip()
    if not before or not after or _ENDS_BLOCK.search(before):
        return False
    if _OPENS_BLOCK.match(before) or _OPENS_BLOCK.match(after):
        return False
    return after[:1].islower() or len(before.split()) >= RUNNING_LINE_WORDS


_HYPHENATED_AT_END: Final = re.compile(r"(?<![^\W\d_])(?P<stem>[^\W\d_]+)-$")
"""A line that ends in a word's first letters and a hyphen: "the govern-", "well-"."""
_WORD_AT_START: Final = re.compile(r"^(?P<tail>[^\W\d_]+)(?P<attached>\S*)[ \t]*")
"""The word a line opens with, its letters and what is written onto them: "ment," in
"ment, and"."""
KNOWN_WORD_ZIPF: Final = 2.0
"""Fewest uses a word needs, on wordfreq's Zipf scale (2.0: once in 10 million words), to
be a word of one of the languages read: "government" is 5.57 in English, "crossborder" 1.46."""
COMPOUND_MARGIN_ZIPF: Final = 1.0
"""How far below the rarer of its halves the joined word may fall and still be one word.
"wellbeing" (3.52) is 2.4 below "being" (5.95): "well-being" keeps its hyphen; "preparedness"
(3.32) is 0.3 below "ness" (3.60) and "government" (5.57) above "ment" (3.14): joined."""


@functools.lru_cache(maxsize=4096)
def is_one_word(stem: str, tail: str) -> bool:
    """True when `stem` and `tail`, a hyphen and a page break between them, are one word.

    In one of the languages read, the joined form is a known word (`KNOWN_WORD_ZIPF`) and
    not much rarer than the rarer half (`COMPOUND_MARGIN_ZIPF`): "govern" + "ment" is
    "government"; "well" + "being" is the compound "well-being", as "cross-border" and
    "follow-up" are. Remembered: a word is looked up in six languages, about 1 ms a pair.
    """
    from wordfreq import zipf_frequency

    from pipeline.settings import SUPPORTED_LANGUAGES

    joined = stem + tail
    for language in SUPPORTED_LANGUAGES:
        frequency = zipf_frequency(joined, language)
        halves = min(zipf_frequency(stem, language), zipf_frequency(tail, language))
        if frequency >= KNOWN_WORD_ZIPF and frequency >= halves - COMPOUND_MARGIN_ZIPF:
            return True
    return False


def mend_word_over_page_break(before: str, after: str) -> tuple[str, str] | None:
    """A word hyphenated over a page break, joined: the two lines as they then read, or None.

    "for the govern-" and "ment, and the courts" read "for the government," and "and the
    courts". The line before ends in a word's first letters and a hyphen, the line after
    opens in lowercase, and the joined form is one word (`is_one_word`). None when no word
    is cut there: "well-" and "being" keep their hyphen and their lines, as the same two
    lines read within a page.
    """
    cut = _HYPHENATED_AT_END.search(before.rstrip())
    opening = _WORD_AT_START.match(after.lstrip())
    if cut is None or opening is None or not opening.group("tail")[:1].islower():
        return None
    stem, tail = cut.group("stem"), opening.group("tail")
    if not is_one_word(stem, tail):
        return None
    head = before.rstrip()[: cut.start()]
    return head + stem + tail + opening.group("attached"), after.lstrip()[opening.end() :]


WORDS_A_PAGE_ON_AVERAGE: Final = 20
"""Fewest words an exported statement's pages hold on average for its form feeds to be page
breaks: a page holds 100 or more (`WORDS_PER_PAGE_AT_LEAST`), a cover page or a short last
page fewer. A form feed every line or two parts no pages, and 1,000,000 of them ("a" and a
form feed, 2 MB) took 43 s to read as pages."""
_FORM_FEED_LINE: Final = re.compile(r"(?:\n*\f)+\n*")


def joined_at_page_break(before: str, after: str) -> tuple[str, str, str]:
    r"""The text before a page break and the page after it, as they join, and what parts them.

    A word hyphenated over the break is mended first (`mend_word_over_page_break`); its
    sentence goes on after a line break ("\n"), as does any sentence that runs over the
    break (`runs_over_page_break`). Any other break parts two paragraphs ("\n\n"). When the
    page opened with the word's end alone on its line, the blank line after it, if any,
    still parts two paragraphs.
    """
    head, newline, last_line = before.rpartition("\n")
    first_line, _, rest = after.partition("\n")
    mended = mend_word_over_page_break(last_line, first_line)
    if mended is None:
        runs_over = runs_over_page_break(last_line, first_line)
        return before, "\n" if runs_over else "\n\n", after
    last_line, first_line = mended
    before = head + newline + last_line
    if first_line:
        return before, "\n", f"{first_line}\n{rest}" if rest else first_line
    return before, "\n\n" if rest.startswith("\n") else "\n", rest.strip("\n")


def join_pages(text: str) -> str:
    """Join the pages of text exported from a PDF, without their headers, footers and numbers.

    The pages are parted by form feeds (`PAGE_BREAK`), the strongest sign of where a page's
    furniture stands (`page_furniture`). A sentence that runs over a page break
    (`runs_over_page_break`) goes on in the same paragraph; any other break parts two
    paragraphs. A word hyphenated over the break is joined again when its halves make one
    word (`mend_word_over_page_break`). Text with no form feed is returned as it is; form
    feeds closer together than `WORDS_A_PAGE_ON_AVERAGE` words part paragraphs, not pages.
    """
    if PAGE_BREAK not in text:
        return text
    written = text.split(PAGE_BREAK)
    if len(text.split()) < WORDS_A_PAGE_ON_AVERAGE * len(written):
        return _FORM_FEED_LINE.sub("\n\n", text)
    pages = [page.split("\n") for page in written]
    furniture = page_furniture(pages)
    parts: list[str] = []
    for lines, dropped in zip(pages, furniture, strict=True):
        kept = [line for index, line in enumerate(lines) if index not in dropped]
        body = "\n".join(kept).strip("\n")
        if parts and body.strip():
            before, joint, body = joined_at_page_break(parts.pop(), body)
            parts += [before, joint] if body.strip() else [before]
        if body.strip():
            parts.append(body)
    return "".join(parts) + "\n" if parts else ""
