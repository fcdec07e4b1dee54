"""Turn one sentence of display text into the words a speech engine should say.

Speech engines read what they are given: asterisks, URLs, "75/10" and "UNODC" come out
as noise or guesses. This module rewrites a sentence so the listener hears what a
careful human reader would say. Every step is a small pure function listed, in order,
in :data:`NORMALISATION_RULES`, so each decision can be read, tested and changed alone.

Part of plainvoice, GPL-3.0-or-later.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Final

from num2words import CONVERTER_CLASSES, num2words

from pipeline.errors import InputError, UsageError
from pipeline.pages import unglue_page_numbers
from pipeline.text import (
    TIME_ZONES,
    roman_value,
    without_note_marks,
    without_stage_directions,
)

__all__ = [
    "MAX_PHRASE_SECONDS",
    "NORMALISATION_RULES",
    "Lexicon",
    "Rule",
    "RuleContext",
    "SpeechText",
    "chunk_for_speech",
    "load_lexicon",
    "split_phrases",
    "spoken_seconds",
    "to_speech",
]

# --------------------------------------------------------------------------- public types


@dataclass(frozen=True)
class SpeechText:
    """What the engine should say, plus the acronyms a human should check.

    Attributes:
        text: The sentence as it should be spoken.
        unknown_acronyms: All-caps tokens that were not in the lexicon, in order of
            first appearance, so they can go on a pronunciation review list.
    """

    text: str
    unknown_acronyms: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """A read-only map from a token as written to its spoken form.

    Keys are matched case-sensitively, so "WHO" (the organisation) is not confused
    with "who" (the pronoun).
    """

    words: Mapping[str, str]
    phonemes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Lower-case spoken word or phrase → IPA, for engines that take phonemes (Piper); others
    ignore it."""

    @cached_property
    def phoneme_phrase_pattern(self) -> re.Pattern[str] | None:
        """A regex for the phoneme entries of several words ("in sight"), longest first."""
        phrases = sorted((key for key in self.phonemes if " " in key), key=len, reverse=True)
        if not phrases:
            return None
        body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
        return re.compile(rf"(?<![\w'\[])(?:{body})(?![\w'\]])", re.IGNORECASE)

    def get(self, token: str) -> str | None:
        """Return the spoken form of ``token``, or None when it is not listed."""
        return self.words.get(token)

    def __contains__(self, token: object) -> bool:
        return token in self.words

    @cached_property
    def phrase_pattern(self) -> re.Pattern[str] | None:
        """A regex for entries that are not plain letters, such as "I-24/7" or "G20".

        Plain ASCII words are found by the acronym tokenizer; entries with digits,
        signs, spaces or accents need an exact search of their own, longest first so
        "G20" beats "G2".
        """
        phrases = sorted(
            (key for key in self.words if not (key.isascii() and key.isalpha())),
            key=len,
            reverse=True,
        )
        if not phrases:
            return None
        body = "|".join(re.escape(p) for p in phrases)
        return re.compile(rf"(?<![\w/-])(?:{body})(?![\w/-])")


@dataclass
class RuleContext:
    """What a rule may need besides the text: language, lexicon and a place to report.

    Attributes:
        lang: Primary language code understood by num2words ("en", "fr", ...).
        lexicon: The pronunciation lexicon in force.
        unknown: All-caps tokens found that the lexicon did not know (rules append).
    """

    lang: str
    lexicon: Lexicon
    unknown: list[str] = field(default_factory=list)


Rule = Callable[[str, RuleContext], str]
"""A normalisation step: takes the text so far and the context, returns new text."""


# --------------------------------------------------------------------------- vocabulary

# Words the rules insert, per language. English is complete; the others cover what the
# number and symbol rules need and fall back to English for the rest.
_VOCAB: dict[str, dict[str, str]] = {
    "en": {
        "to": "to",
        "slash": "slash",
        "percent": "percent",
        "dot": "dot",
        "at": "at",
        "plus": "plus",
        "minus": "minus",
        "number": "number",
        "numbers": "numbers",
        "and": "and",
        "section": "section",
        "sections": "sections",
        "celsius": "degrees Celsius",
        "fahrenheit": "degrees Fahrenheit",
        "degrees": "degrees",
        "less": "less than",
        "more": "more than",
        "equals": "equals",
        "about": "about",
        "oclock": "o'clock",
        # The same word in French, Spanish, German, Italian and Dutch news.
        "hashtag": "hashtag",
    },
    "fr": {
        "to": "à",
        "slash": "barre",
        "percent": "pour cent",
        "dot": "point",
        "at": "arobase",
        "plus": "plus",
        "minus": "moins",
        "number": "numéro",
        "numbers": "numéros",
        "and": "et",
        "section": "paragraphe",
        "sections": "paragraphes",
        "celsius": "degrés Celsius",
        "fahrenheit": "degrés Fahrenheit",
        "degrees": "degrés",
        "less": "moins de",
        "more": "plus de",
        "equals": "égale",
        "about": "environ",
        "hours": "heures",
    },
    "es": {
        "to": "a",
        "slash": "barra",
        "percent": "por ciento",
        "dot": "punto",
        "at": "arroba",
        "plus": "más",
        "minus": "menos",
        "number": "número",
        "numbers": "números",
        "and": "y",
        "section": "sección",
        "sections": "secciones",
        "celsius": "grados Celsius",
        "fahrenheit": "grados Fahrenheit",
        "degrees": "grados",
        "less": "menos de",
        "more": "más de",
        "equals": "igual a",
        "about": "aproximadamente",
        "hours": "horas",
    },
    "de": {
        "to": "bis",
        "slash": "Schrägstrich",
        "percent": "Prozent",
        "dot": "Punkt",
        "at": "ät",
        "plus": "plus",
        "minus": "minus",
        "number": "Nummer",
        "numbers": "Nummern",
        "and": "und",
        "section": "Paragraf",
        "sections": "Paragrafen",
        "celsius": "Grad Celsius",
        "fahrenheit": "Grad Fahrenheit",
        "degrees": "Grad",
        "less": "weniger als",
        "more": "mehr als",
        "equals": "gleich",
        "about": "etwa",
        "hours": "Uhr",
    },
    "it": {
        "to": "a",
        "slash": "barra",
        "percent": "per cento",
        "dot": "punto",
        "at": "chiocciola",
        "plus": "più",
        "minus": "meno",
        "number": "numero",
        "numbers": "numeri",
        "and": "e",
        "section": "paragrafo",
        "sections": "paragrafi",
        "celsius": "gradi Celsius",
        "fahrenheit": "gradi Fahrenheit",
        "degrees": "gradi",
        "less": "meno di",
        "more": "più di",
        "equals": "uguale a",
        "about": "circa",
        "hours": "ore",
    },
    "nl": {
        "to": "tot",
        "slash": "schuine streep",
        "percent": "procent",
        "dot": "punt",
        "at": "apenstaartje",
        "plus": "plus",
        "minus": "min",
        "number": "nummer",
        "numbers": "nummers",
        "and": "en",
        "section": "paragraaf",
        "sections": "paragrafen",
        "celsius": "graden Celsius",
        "fahrenheit": "graden Fahrenheit",
        "degrees": "graden",
        "less": "minder dan",
        "more": "meer dan",
        "equals": "is gelijk aan",
        "about": "ongeveer",
        "hours": "uur",
    },
}

# Currency sign -> (singular, plural, minor unit plural) per language.
_CURRENCIES: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {
        "$": ("dollar", "dollars", "cents"),
        "€": ("euro", "euros", "cents"),
        "£": ("pound", "pounds", "pence"),
        "¥": ("yen", "yen", "sen"),
        "CHF": ("Swiss franc", "Swiss francs", "centimes"),
    },
    "fr": {
        "$": ("dollar", "dollars", "cents"),
        "€": ("euro", "euros", "centimes"),
        "£": ("livre", "livres", "pence"),
        "¥": ("yen", "yens", "sen"),
    },
    "es": {
        "$": ("dólar", "dólares", "centavos"),
        "€": ("euro", "euros", "céntimos"),
        "£": ("libra", "libras", "peniques"),
        "¥": ("yen", "yenes", "sen"),
    },
    "de": {
        "$": ("Dollar", "Dollar", "Cent"),
        "€": ("Euro", "Euro", "Cent"),
        "£": ("Pfund", "Pfund", "Pence"),
        "¥": ("Yen", "Yen", "Sen"),
    },
    "it": {
        "$": ("dollaro", "dollari", "centesimi"),
        "€": ("euro", "euro", "centesimi"),
        "£": ("sterlina", "sterline", "penny"),
        "¥": ("yen", "yen", "sen"),
    },
    "nl": {
        "$": ("dollar", "dollar", "cent"),
        "€": ("euro", "euro", "cent"),
        "£": ("pond", "pond", "pence"),
        "¥": ("yen", "yen", "sen"),
    },
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}


def _word_set(words: str) -> frozenset[str]:
    """Build a lookup set from a space-separated word list (easier to read and edit)."""
    return frozenset(words.split())


# Words after which a four-digit number is a year even when a lowercase word follows.
_YEAR_CUES = _word_set(
    "in since by until till from to of and or between before after during year years "
    "mid early late circa fiscal end spring summer autumn fall winter "
    "en depuis de à et année dès avant après "
    "desde hasta del y año antes después "
    "im seit bis von und jahr vor nach"
)

# Words after which "75/10" is a document number, read "seventy-five slash ten".
_DOCUMENT_CUES = _word_set(
    "resolution resolutions decision decisions document documents report reports "
    "regulation directive rule law act convention notice case file ref reference "
    "résolution décision règlement directive loi "
    "resolución decisión reglamento directiva ley "
    "resolution beschluss verordnung richtlinie gesetz"
)


def _vocab(ctx: RuleContext, key: str) -> str:
    """Look up an inserted word in the context language, falling back to English."""
    words = _VOCAB.get(ctx.lang, _VOCAB["en"])
    # The English fallback is looked up only when needed: English has no word for every key.
    return words[key] if key in words else _VOCAB["en"][key]


# --------------------------------------------------------------------------- number words


def _words(value: int | Decimal, lang: str, to: str = "cardinal") -> str:
    """Spell a number with num2words, in one consistent style.

    English output drops the British "and" ("one hundred ninety-four",
    "two thousand nine") so cardinals and years sound alike. Numbers num2words cannot
    spell fall back to their digits read one by one.
    """
    try:
        text = str(num2words(value, lang=lang, to=to))
    except (OverflowError, NotImplementedError, ValueError, TypeError):
        return " ".join(_digit_words(ch, lang) for ch in str(value) if ch.isdigit())
    if lang == "en":
        text = text.replace(" and ", " ").replace("-oh-", " oh ").replace(" oh-", " oh ")
    return text.replace(",", "")


def _digit_words(digits: str, lang: str) -> str:
    """Read a string of digits one by one, as for phone numbers."""
    return " ".join(_words(int(d), lang) for d in digits if d.isdigit())


def _is_year(number: str) -> bool:
    """Whether a digit string looks like a year we should read as one (1100–2099)."""
    return len(number) == 4 and 1100 <= int(number) <= 2099


def _year_words(number: str, lang: str) -> str:
    """Read a year the way people say it ("twenty twenty-one", "two thousand nine")."""
    return _words(int(number), lang, to="year")


def _plain_number(raw: str, lang: str) -> str:
    """Spell a number written with the language's separators ("5,000", "3.5", "3,5")."""
    if lang == "en":
        cleaned = raw.replace(",", "")
    else:
        cleaned = re.sub(r"[.\u00a0\u202f ](?=\d{3}(?!\d))", "", raw).replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return raw
    if value == value.to_integral_value() and "." not in cleaned:
        return _words(int(value), lang)
    whole, _, fraction = cleaned.partition(".")
    if lang == "en" and fraction.endswith("0") and whole.lstrip("-").isdigit():
        # "5.30" and "3.10" as written: num2words drops the zero ("three point one").
        return f"{_words(int(whole), lang)} point {_digit_words(fraction, lang)}"
    if lang == "es" and "," in raw:
        # "3,5 millones": a decimal comma is said "coma"; num2words says "punto", the word
        # for the decimal point written in Mexico, which a reader of "3,5" never says.
        if len(fraction) == 2 and not fraction.startswith("0") and whole.lstrip("-").isdigit():
            # "2,50 metros", "3,25 millones": two figures are said as their number, "dos coma
            # cincuenta"; num2words dropped the zero ("dos coma cinco", another value).
            return f"{_words(int(whole), lang)} coma {_words(int(fraction), lang)}"
        return _words(value, lang).replace(" punto ", " coma ")
    return _words(value, lang)


# --------------------------------------------------------------------------- markup rules


_NAMES_A_REFERENCE: Final = frozenset("see and or in at of to paragraph paragraphs para".split())
"""Words after which "[12]" is said, not skipped: "See [1] and [2]." names the references."""


def strip_markup(text: str, ctx: RuleContext) -> str:
    """Remove Markdown and HTML so the engine never reads out stars, hashes or tags.

    Statements often arrive as Markdown; "*14th Congress*" must sound like the words,
    and list bullets or heading marks are layout, not speech.
    """
    text = re.sub(r"<[^<>\n]*>", " ", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = without_note_marks(text)  # "rose by 12%.[1]" was "twelve percent.one"
    # A court's paragraph reference, "determinative [34].", is for the eye; the year of a
    # neutral citation, "[2025] NLSC 12", is said without its brackets.
    text = re.sub(
        r"\b(\w+)?(\s?)\[\d{1,3}\](?=[.,;:!?)]|\s*$)",
        lambda m: (
            m.group(0) if (m.group(1) or "").lower() in _NAMES_A_REFERENCE else m.group(1) or ""
        ),
        text,
    )
    text = re.sub(r"\[(\d{1,4})\]", r"\1", text)  # "See [1] and [2]": the numbers are words
    # A heading's mark has a space after it: "#StopRansomware" and "#1 priority" opening a
    # sentence are a hashtag and a number ("StopRansomware", "one priority" before).
    text = re.sub(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)", "", text, flags=re.M)
    text = re.sub(r"[ \t]+#+[ \t]*$", "", text, flags=re.M)
    text = re.sub(r"^[ \t]*>[ \t]?", "", text, flags=re.M)
    text = re.sub(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", "", text, flags=re.M)
    # Typographic bullets: layout at the start of a line, a pause between items elsewhere.
    text = re.sub(r"^[ \t]*[•◦▪▫●○‣∙][ \t]*", "", text, flags=re.M)
    text = re.sub(r"\s+[•◦▪▫●○‣∙]\s+", ", ", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])", r"\1", text)
    # A footnote's mark after punctuation or opening its note is for the eye ("2025.¹"); after
    # a unit it may be a power ("km²") and stays, but after a word of four letters or more it
    # is a note's mark too ("the Convention¹ has", said "Convention one has").
    return without_note_marks(text).replace("`", "")


_BROKEN_WORD: Final = re.compile(
    r"(?<![\w-])([^\W\d_]+)-(?:[ \t]*\n[ \t]*|[ \t]+)([^\W\d_]+)(?![\w-])"
)
"""A word hyphenated at a line's end, its line break now a space: "inter- national"."""


_DASH_WORD_FREQUENCY: Final = 6.0
"""A word this common after "word- " ("es", "the", "is": Zipf 6 and over) follows a dash
written without its first space; no compound ends in one."""


def _spelling_frequency(word: str, lang: str) -> float:
    """How common `word` is in `lang` (wordfreq's Zipf scale), 0 when unknown."""
    from wordfreq import zipf_frequency

    try:
        return float(zipf_frequency(word, lang))
    except (LookupError, ValueError):
        return 0.0


def join_broken_words(text: str, ctx: RuleContext) -> str:
    """Mend a word hyphenated across a line break: "inter- national" -> "international".

    Text readers join wrapped lines with a space, so the voice said "inter" and "national"
    as two words with a break between. The whole word is used when it is commoner than the
    hyphened one ("international"); a real compound keeps its hyphen ("long-term",
    "israelo-palestino", "North-South"). A hyphen before "and"/"or" is a suspended one
    ("long- and short-term") and stays.
    """

    def mended(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if right.lower() in _JOINING_CUES:
            return match.group(0)
        whole, hyphened = left + right, f"{left}-{right}"
        if right[0].isupper():
            return hyphened  # "North- South": two names, "NorthSouth" is no word
        if _spelling_frequency(whole, ctx.lang) > _spelling_frequency(hyphened, ctx.lang):
            return whole
        if _spelling_frequency(right, ctx.lang) >= _DASH_WORD_FREQUENCY:
            return match.group(0)  # "aspiraciones- es hoy": a dash before "es", not a compound
        return hyphened

    return _BROKEN_WORD.sub(mended, text)


def drop_glued_page_numbers(text: str, ctx: RuleContext) -> str:
    """Leave out a page number glued to the sentence, in text the load stage never saw.

    The load stage drops page numbers in every language (`pages.unglue_page_numbers`), so
    the text, the page and the speech all lose them. What reaches speech without passing
    it, a reviewer's edited plain.md (`--plain-from`) with a paragraph pasted from the PDF,
    is read by the same rule here: "12 The next page" was said "twelve the next page".
    English only here, as it was: in a French edit "10 Ces" is still said "dix Ces".
    """
    return unglue_page_numbers(text) if ctx.lang == "en" else text


def drop_stage_directions(text: str, ctx: RuleContext) -> str:
    """Leave out a transcript's notes, "(Applause.)", "[inaudible]", "(Laughter)": not said.

    Read in the speaker's voice they sound like the speaker's words (the 2006 State of the
    Union's original audio said "Applause" 66 times). The text versions keep them; the
    listener hears the pause of the sentence they end instead. Between two dashes ("tax
    credit -- (applause) -- to encourage") one dash stays, as the pause it marks.
    """
    return without_stage_directions(text)


_CONTACT_LABELS: Final = (
    "Phone|Telephone|Tel|Mobile|Mob|Cell|Fax|Toll-free|Freephone|Text|SMS|WhatsApp|E-?mail"
    "|Web|Website|Online|Twitter|X|Facebook|Instagram|Out of hours|After hours"
    "|Tél|Téléphone|Portable|Courriel|Site|Teléfono|Móvil|Correo|Telefon|Handy|Webseite"
)
"""Labels of a contact block's lines: "Phone:", "Email:", "Web:"."""


def pause_between_contact_lines(text: str, ctx: RuleContext) -> str:
    """Give each line of a contact block its pause: "press officer, Phone: …, Mobile: …".

    A contact block reaches the voice as one line ("Jane Ortiz, press officer Phone: +1 202
    555 0147 Mobile: (202) 555-0188 Email: …"): the voice ran the name into the label and
    one number into the next label, and a listener could not tell where a number ended. A
    comma before each label (a capitalised word of the list, then a colon) gives the pause
    the line break gave the eye.
    """
    return re.sub(rf"(?<=[\w)])[ \t]+(?=(?:{_CONTACT_LABELS})[ \t]*:)", ", ", text)


def _spoken_address(address: str, ctx: RuleContext) -> str:
    """Read a host or path aloud: dots, slashes and dashes become words."""
    out: list[str] = []
    for part in re.split(r"([./@:_-])", address.lower()):
        if part == ".":
            out.append(f" {_vocab(ctx, 'dot')} ")
        elif part == "/":
            out.append(f" {_vocab(ctx, 'slash')} ")
        elif part == "@":
            out.append(f" {_vocab(ctx, 'at')} ")
        elif part in ("-", "_", ":"):
            out.append(" ")
        else:
            out.append(part)
    return "".join(out)


def speak_emails(text: str, ctx: RuleContext) -> str:
    """Read e-mail addresses as people say them: "press at un dot org".

    Runs before the URL rule so the domain of an address is not mistaken for a site.
    """
    pattern = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    text = re.sub(pattern, lambda m: _spoken_address(m.group(0), ctx), text)
    # A social media handle, "@DeptTransport", "@UN_News": "at Dept Transport", its words
    # apart. Sent as written, the voice ran the capitals into one word.
    text = re.sub(
        r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{1,29})(?![\w@]|\.\w)",
        lambda m: f"{_vocab(ctx, 'at')} " + _handle_words(m.group(1)),
        text,
    )
    # A hashtag, "#StormWatch", "#Paris2024": the sign was dropped, and the listener could not
    # tell the tag to search for from a name ("Parisdeux mille vingt-quatre" in French). A
    # presenter says "hashtag Storm Watch", the figures apart from the words.
    return re.sub(
        r"(?<![\w#&/])#([A-Za-z][A-Za-z0-9_]{1,49})(?![\w#])",
        lambda m: (
            f"{_vocab(ctx, 'hashtag')} "
            + re.sub(r"(?<=[a-z])(?=\d)", " ", _handle_words(m.group(1)))
        ),
        text,
    )


def _handle_words(handle: str) -> str:
    """A handle's words: "DeptTransport" -> "Dept Transport", "UN_News" -> "UN News"."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", handle)
    return " ".join(words.replace("_", " ").split())


_TLDS = "int|org|com|net|gov|edu|eu|info|io|uk|fr|de|es|ch|at|be|nl|it|jp|ca|au|news"


def speak_urls(text: str, ctx: RuleContext) -> str:
    """Read web addresses without the noise: no "https", no "www", no query strings.

    "https://www.interpol.int/en/News" becomes "interpol dot int slash en slash news",
    which is what a presenter would say and what a listener can type. A long path (three
    or more parts, or over 30 characters) is left out: only the site is said.
    """

    def spoken(match: re.Match[str]) -> str:
        url = match.group(0)
        trail = ""
        while url and url[-1] in ".,;:!?)'\"":
            trail = url[-1] + trail
            url = url[:-1]
        url = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url, flags=re.I)
        url = re.sub(r"^www\.", "", url, flags=re.I)
        url = re.split(r"[?#]", url, maxsplit=1)[0].rstrip("/")
        host, _, path = url.partition("/")
        if path.count("/") >= 2 or len(path) > 30:
            # Nobody can take down a long path by ear; the text has the link. Say the site.
            url = host
        return _spoken_address(url, ctx) + trail

    text = re.sub(r"\b(?:https?|ftp)://[^\s<>\"]+|\bwww\.[^\s<>\"]+", spoken, text, flags=re.I)
    bare = rf"(?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{_TLDS})(?:/[^\s<>\"]*)?(?![\w@-])"
    return re.sub(bare, spoken, text)


# --------------------------------------------------------------------------- word rules

_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")


def _is_roman(token: str) -> bool:
    """Whether a token is a small roman numeral ("II", "XIV"), which is not an acronym."""
    return bool(token) and _ROMAN.fullmatch(token) is not None


_CAPITAL_WORD: Final = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’-][^\W\d_]+)*(?![\w'’-])")
_VOWELS: Final = "AEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ"
_SPEAKER_IN_CAPITALS: Final = re.compile(
    r"^[ \t]*((?:[A-Z][A-Z'’-]+[ \t]+){1,3}[A-Z][A-Z'’-]+)(?=[ \t]*:)"
)
_SURNAME_FIRST: Final = re.compile(
    r"(?:^|(?<=\|))([ \t]*)([A-Z][A-Z'’-]*[A-Z])(?=,[ \t]+[A-Z][a-z])"
)


def _sayable(word: str) -> bool:
    """Whether a word in capitals can be said as a word: "CIVIL", "NORTHMERE"; not "UNHCR".

    Four letters at least, two vowels, and no four consonants together once "TH", "CH" and
    the like count as one sound.
    """
    if len(word) < 4 or sum(letter in _VOWELS for letter in word) < 2:
        return False
    sounds = re.sub(r"TH|CH|SH|PH|GH|CK|NG|WH|QU", "X", word)
    return re.search(rf"[^{_VOWELS}]{{4}}", sounds) is None


def _speak_short_capitals(text: str, ctx: RuleContext) -> str:
    """Say a short line or label in capitals as words: "CIVIL DIVISION", "RACHEL TEMBO:".

    The three-word rule below leaves a two-word heading and a transcript's speaker label to
    the acronym rule, which spelled them ("C I V I L Division", "R A C H E L T E M B O");
    a results table's "PATEL, Rohan" was "P A T E L". A word the lexicon knows, a roman
    numeral, a time zone and a word that cannot be said ("UNHCR") still go to the acronym
    rule. English only: other voices say their own letters.
    """
    if ctx.lang != "en":
        return text

    def said(match: re.Match[str], line: bool = False) -> str:
        word = match.group(0)
        bare = word.replace("'", "").replace("’", "").replace("-", "")
        # "CEO'S MESSAGE": the lexicon knows the word before its "'S" ("CEO", "C E O").
        stem = re.sub(r"['’]S$", "", word)
        if (
            not word.isupper()
            or word in ctx.lexicon
            or stem in ctx.lexicon
            or _is_roman(word)
            or word in TIME_ZONES
            or (not line and word.lower() in _SHOUTED_WORDS)
            or not _sayable(bare)
        ):
            return word
        if line:
            return _date_word(word) or word.lower()
        return word.capitalize()

    words = [w for w in _CAPITAL_WORD.findall(text) if len(w) > 1]
    if len(words) >= 2 and all(w.isupper() for w in words):
        return _CAPITAL_WORD.sub(lambda m: said(m, line=True), text)
    text = _SPEAKER_IN_CAPITALS.sub(lambda m: _CAPITAL_WORD.sub(said, m.group(0)), text)

    def surname(match: re.Match[str]) -> str:
        word = match.group(2)
        if word in ctx.lexicon or _is_roman(word) or not any(c in _VOWELS for c in word):
            return match.group(0)
        return match.group(1) + word.capitalize()

    return _SURNAME_FIRST.sub(surname, text)


def speak_vanity_numbers(text: str, ctx: RuleContext) -> str:
    """Say a phone number spelled in part with a word: "1-800-621-FEMA (3362)".

    It was "one-eight hundred-six hundred twenty-one-Feema, three thousand three hundred
    sixty-two": the figures read as amounts. Now "one, eight hundred, six two one, FEMA, three
    three six two", the word said as a word and the figures it stands for after it. English.
    """
    if ctx.lang != "en":
        return text

    def spoken(match: re.Match[str]) -> str:
        if not (match.group("one") or match.group("exchange")):
            return match.group(0)  # "800-TONNE": no number without its "1-" or exchange
        area = match.group("area")
        said = ["eight hundred" if area == "800" else _digit_words(area, "en")]
        if match.group("one"):
            said.insert(0, "one")
        if match.group("exchange"):
            said.append(_digit_words(match.group("exchange"), "en"))
        word = match.group("word").split("-")
        said.append(" ".join(w if w in ctx.lexicon else w.lower() for w in word))
        if match.group("digits"):
            said.append(_digit_words(match.group("digits"), "en"))
        return ", ".join(said)

    # Toll-free only (800, 888, 877 …): "items 100-200-ABCD" is no number to dial.
    return re.sub(
        r"(?<![\w(+-])(?P<one>1[-.])?(?P<area>8(?:00|\d\d))-(?:(?P<exchange>\d{3})-)?"
        r"(?P<word>[A-Z]{3,}(?:-[A-Z]{2,})?)(?:\s*\((?P<digits>\d{3}-?\d{4}|\d{4})\))?(?![\w-])",
        spoken,
        text,
    )


def lowercase_shouted_heading(text: str, ctx: RuleContext) -> str:
    """Lowercase a sentence written in capitals instead of spelling every word.

    "POLICE ARREST 20 SUSPECTS" is a shouted heading, not three acronyms. When most words
    are capitals and at least three are not in the lexicon, lexicon entries are kept (so
    "INTERPOL" still sounds right) and the rest are lowercased.
    """
    words = [w for w in _WORD.findall(text) if len(w) > 1]
    caps = [w for w in words if w.isupper()]
    unknown_caps = [w for w in caps if w not in ctx.lexicon and not _is_roman(w)]
    # Three unknown capitalised words are needed, so "ABC and XYZ" stays two acronyms.
    if len(words) < 3 or len(caps) * 2 <= len(words) or len(unknown_caps) < 3:
        return _lowercase_capital_s(_speak_short_capitals(text, ctx), ctx)

    def lower(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in ctx.lexicon or not word.isupper() or len(word) == 1 or _is_roman(word):
            return word
        if word in TIME_ZONES:
            return word  # "EMBARGOED UNTIL 00:01 BST": the zone is still said in letters
        # "THURSDAY 3 DECEMBER": a date's words keep their capital, or the date rules miss them.
        return _date_word(word) or word.lower()

    return _lowercase_capital_s(_WORD.sub(lower, text), ctx)


def _lowercase_capital_s(text: str, ctx: RuleContext) -> str:
    """Write a capital "'S" as "'s", the ending it is: as a letter of its own it was spelled.

    "THE UK'S ECONOMY" was said "the U K tick S economy", "FBI'S" "F B I tick S". In capitals
    "IT'S" is "it's", not the acronym "I T" ("IT'S TIME" was "I T tick S time"). English only.
    """
    if ctx.lang != "en":
        return text
    text = re.sub(r"\bIT(?=['’]S\b)", "it", text)
    return re.sub(r"(?<=[^\W\d_])(['’])S\b", r"\1s", text)


_WEEKDAY_NAMES: Final = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _date_word(word: str) -> str | None:
    """A month or weekday name, or a month's short form, as it is written in a date."""
    lower = word.lower()
    for name in (*_MONTHS["en"], *_WEEKDAY_NAMES):
        if lower == name.lower():
            return name
    short = lower.capitalize()
    return short if short in _MONTH_ABBREVIATIONS else None


def case_capital_dates(text: str, ctx: RuleContext) -> str:
    """Write a date's words in capitals the usual way: "3 DEC 2026" -> "3 Dec 2026".

    A title block's date line in capitals was "three D E C" (spelled as an acronym) or, as a
    shouted heading, "thursday three december" (`lowercase_shouted_heading` now keeps a date's
    words capitalised). A month or weekday name in capitals next to a day or a year is
    given its capital letter, so the date is read as one ("the third of December, twenty
    twenty-six"). English only.
    """
    if ctx.lang != "en":
        return text

    def cased(match: re.Match[str]) -> str:
        word = match.group(0)
        name = _date_word(word)
        if name is None or not word.isupper():
            return word
        return name

    names = "|".join((*_MONTHS["en"], *_WEEKDAY_NAMES, *_MONTH_ABBREVIATIONS))
    # "DECEMBER 3", "DEC. 2026", "THURSDAY 3": the name before its day or year.
    text = re.sub(rf"(?i:\b(?:{names})\b)(?=\.?,?\s+\d)", cased, text)
    # "3 DECEMBER", "3RD DEC": the name after its day.
    return re.sub(
        rf"(?<![\w.,:])(\d{{1,2}}(?:st|nd|rd|th|ST|ND|RD|TH)?\s+)((?i:{names})\b)",
        lambda m: m.group(1) + cased(re.match(r".+", m.group(2)) or m),
        text,
    )


_TITLED_SPEAKER: Final = re.compile(
    r"^(MRS|MR|MS|DR)(\.?[ \t]+)([A-Z][A-Z'’-]*[A-Z](?:[ \t]+[A-Z][A-Z'’-]*[A-Z]){0,2})(?=[ \t]*:)"
)


_QUESTION_LABEL: Final = re.compile(
    r"^Q(?::[ \t]*|[ \t]+(?=(?:Thanks|Thank|And|But|So|Yes|No|Okay|Just|On|Can|Could|Will|Would"
    r"|Do|Does|Did|Is|Are|Was|Were|What|Why|How|When|Where|Who|Which|Has|Have|Should|Sorry"
    r"|Follow|Madam|Sir|I)\b))"
)
"""A transcript's "Q:" (or the White House's "Q Thanks, Dana."): a reporter's question."""


def speak_titled_speaker(text: str, ctx: RuleContext) -> str:
    """Say a transcript's speaker labels: "MS. LEE:" -> "Ms. Lee:", "Q:" -> "Question:".

    A White House or UN briefing names each speaker in capitals before a colon ("MS. LEE:",
    "MR. KIRBY:"); as unknown acronyms they were spelled, "M S. L E E". Only at the start of
    a sentence and with a title, which makes the capitals a surname even when the lexicon
    spells them as an acronym ("MR. UN:" was "M R. U N:"; it is "Mister Un:"). English only.
    """
    if ctx.lang != "en":
        return text
    # "Q" alone was heard "Hugh": a reader of a transcript says "Question".
    text = _QUESTION_LABEL.sub("Question: ", text, count=1)
    match = _TITLED_SPEAKER.match(text)
    if match is None:
        return text
    name = re.sub(r"[A-Z]+", lambda m: m.group(0).capitalize(), match.group(3))
    return match.group(1).capitalize() + match.group(2) + name + text[match.end() :]


_EXCELLENCY_IN_CAPITALS: Final = re.compile(
    r"(?<![\w.'’-])(?P<excellency>H\.\s?E\.\s+)(?P<title>MRS|MR|MS|DR)(?P<dot>\.?)(?P<space>[ \t]+)"
    r"(?P<name>[^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_]"
    r"(?:[ \t]+(?!(?:AND|OR|OF|THE|FOR|TO|IN|ON|AT|BY|WITH)\b)"
    r"[^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_]){0,2})"
    r"(?![\w'’-])"
)
"""A diplomat's style, title and name in capitals: "H.E. MR. SMITH", "H.E. MR. PEDRO SÁNCHEZ".
The name's words are letters of any alphabet; `speak_excellency_in_capitals` keeps those in
capitals."""


def speak_excellency_in_capitals(text: str, ctx: RuleContext) -> str:
    """Say "H.E. MR. SMITH" as "His Excellency Mister Smith", not as 7 letters.

    The title and name in capitals were unknown acronyms, said "M R. S M I T H", and "H.E."
    was dropped, since only a title in small letters ("Mr", "Ms") tells "His" from "Her".
    After "H.E." the capitals are a title and a name: they are written "Mr. Smith", which the
    abbreviation rule then says in full with the right "His" or "Her". Elsewhere a title's
    capitals are left alone ("The MS. LEE: report" is no speaker label). A name with accents
    is read the same way ("SÁNCHEZ" had been "SÁN C H E Z"). English only.
    """
    if ctx.lang != "en":
        return text

    def cased(match: re.Match[str]) -> str:
        # The pattern takes up to three words of letters; the name is those in capitals.
        words = re.split(r"([ \t]+)", match.group("name"))
        kept = 0
        while kept < len(words) and words[kept].isupper():
            kept += 2
        if not kept:
            return match.group(0)
        written = "".join(words[: kept - 1])
        rest = "".join(words[kept - 1 :])
        name = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), written)
        title = match.group("title").capitalize() + match.group("dot")
        return f"{match.group('excellency')}{title}{match.group('space')}{name}{rest}"

    return _EXCELLENCY_IN_CAPITALS.sub(cased, text)


_DATELINE_CITY: Final = re.compile(
    r"^([A-Z]{3,}(?:[ -][A-Z]{2,})*)(?=,(?:\s+[A-Z][\w.]*)*(?:,?\s+\d|\s*[-–—]|\s*$)"
    # "GENEVA (3 December 2026) –", "LONDON (Reuters) -": the date or the agency in brackets.
    r"|\s+\((?:[^()]*\d[^()]*|[A-Z][a-z]+)\)\s*(?:[-–—:]|$))"
)


def speak_dateline_city(text: str, ctx: RuleContext) -> str:
    """Say the capitalised city of a press release's dateline as a name: "LYON, France, 12 ...".

    Wire style writes the city in capitals ("LYON, France —", "NEW YORK, 25 March"); as an
    unknown acronym it was spelled "L Y O N". Only at the start of a sentence, before a
    comma and then a place, a date or a dash; with a known acronym ("UN HQ, 3 May") it is kept.
    """
    match = _DATELINE_CITY.match(text)
    if match is None or any(word in ctx.lexicon for word in re.split(r"[ -]", match.group(1))):
        return text
    city = re.sub(r"[A-Z]+", lambda m: m.group(0).capitalize(), match.group(1))
    return city + text[match.end() :]


_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"Mrs\.?", "Missus"),
    (r"Mr\.?", "Mister"),
    (r"Ms\.?", "Miz"),
    (r"Dr\.?", "Doctor"),
    (r"Prof\.", "Professor"),
    # "Main St." is a street: after a word and not before a name ("St. Louis", "on St. Patrick's").
    (r"(?<=[a-z]\s)St\.(?!\s+[A-Z])", "Street"),
    (r"St\.", "Saint"),
    # Without its dot: "14 Mill St at noon" is a street, "in St Ives" a saint's town.
    (r"(?<=[a-z]\s)St(?=\s+[a-z]|\s*[.;:]?\s*$)", "Street"),
    (r"St(?=\s+[A-Z][a-z])", "Saint"),
    # An address, "2 Victoria St, London": a street before the comma of the next line.
    (r"(?<=[a-z]\s)St(?=,\s+[A-Z])", "Street"),
    (r"Jr\.", "Junior"),
    (r"e\.\s?g\.", "for example"),
    (r"i\.\s?e\.", "that is"),
    (r"etc\.", "et cetera"),
    (r"vs\.?", "versus"),
    (r"[Aa]pprox\.?", "approximately"),
    # "incl. 3 children" was "inkl three": said as the word it shortens.
    (r"incl\.", "including"),
    # A minister's style, "Rt Hon Farah Siddiqui MP": "Right Honourable", not "R T Hon".
    (r"Rt\.? Hon\.?(?=\s+[A-Z])", "Right Honourable"),
    (r"cf\.", "compare"),
    # A telephone number's label, "Tel: 01234 567890"; "tel." at a sentence's end is one too,
    # cut from its number by the sentence splitter ("…, tel. +1 202 …"): it was "tell".
    (r"Tel\.?(?=:?\s*[+(\d])", "Telephone"),
    (r"tel\.?(?=:?\s*[+(\d])", "telephone"),
    (r"[Tt]el\.(?=\s*$)", "telephone"),
    # "ext. 12" was "ekst twelve".
    (r"[Ee]xt\.?(?=:?\s*\d)", "extension"),
    # "£250 p.a." was "P A".
    (r"p\.\s?a\.", "a year"),
    # "his WWII medals" was spelled "W W I I".
    (r"WW ?(?:II|2)", "World War Two"),
    (r"WW ?(?:I|1)", "World War One"),
    # A press office's reference, "Ref: PR/2026/031": the word, not "ref" as in a referee.
    (r"Ref\.?(?=:?\s*[A-Z\d])", "Reference"),
    # "see ref. 12", "our ref. HR/31": "ref" alone was said as a referee.
    # Only before a number or a code: "the ref. He blew the whistle" is a referee.
    (r"refs\.(?=\s*(?:\d|[A-Z]{1,6}[/\d-]|[A-Z]{2,}\b))", "references"),
    (r"ref\.(?=\s*(?:\d|[A-Z]{1,6}[/\d-]|[A-Z]{2,}\b))", "reference"),
    # A report's figure, "Fig. 3", "Figs. 2 and 4": only before a number ("fig." is also a fruit).
    (r"[Ff]igs\.(?=\s?\d)", "figures"),
    (r"[Ff]ig\.(?=\s?\d)", "figure"),
    # An address, "4 Merrion Sq., Dublin 2": a square after the name it belongs to.
    (r"(?<=[a-z]\s)Sq\.?(?=[\s,;]|$)", "Square"),
    # Titles, only with their dot and before a name: "Gen." alone may be a sentence's end.
    (r"Sen\.(?=\s+[A-Z])", "Senator"),
    (r"Rep\.(?=\s+[A-Z])", "Representative"),
    (r"Gov\.(?=\s+[A-Z])", "Governor"),
    (r"Gen\.(?=\s+[A-Z])", "General"),
    # Police and service ranks, with or without the dot: "Chief Supt. J. R. Hughes" was
    # "Chief Supt", "Flt Lt Evans" "flit L T Evans".
    (r"Supt\.?(?=\s+[A-Z])", "Superintendent"),
    (r"Insp\.?(?=\s+[A-Z])", "Inspector"),
    (r"Det\.?(?=\s+[A-Z])", "Detective"),
    (r"Cllr\.?(?=\s+[A-Z])", "Councillor"),
    (r"Flt\.?(?=\s+(?:Lt|Sgt)\b)", "Flight"),
    (r"Lt\.?(?=\s+[A-Z])", "Lieutenant"),
    (r"Col\.(?=\s+[A-Z])", "Colonel"),
    (r"Capt\.(?=\s+[A-Z])", "Captain"),
    (r"Sgt\.?(?=\s+[A-Z])", "Sergeant"),
    (r"Rev\.(?=\s+[A-Z])", "Reverend"),
    (r"Amb\.(?=\s+[A-Z])", "Ambassador"),
    # More titles before a name, each said by espeak-ng as letters or a non-word: "Adm. Ross"
    # was "Adam Ross", "Maj. Gen." "madge", "Cpl." "C P L", "Pvt." "P V T", "Mme" "M M E",
    # "Pres." "prees". "Hon." was "hon" as in "honey"; "Fr." before a name is a priest.
    (r"Adm\.(?=\s+[A-Z])", "Admiral"),
    (r"Maj\.(?=\s+[A-Z])", "Major"),
    (r"Cpl\.?(?=\s+[A-Z])", "Corporal"),
    (r"Pvt\.?(?=\s+[A-Z])", "Private"),
    (r"Pres\.(?=\s+[A-Z])", "President"),
    (r"Mme\.?(?=\s+[A-Z])", "Madame"),
    (r"Hon\.(?=\s+[A-Z])", "Honourable"),
    (r"Fr\.(?=\s+[A-Z][a-z])", "Father"),
    # A mountain or a fort before its name: "Mt. Hood" was "M T Hood", "Ft. Bragg" "F T Bragg".
    (r"Mt\.?(?=\s+[A-Z][a-z])", "Mount"),
    (r"Ft\.(?=\s+[A-Z][a-z])", "Fort"),
    # A street's kind after its name, like "Sq." below: "Oak Rd." was "Oak R D", "Sunset
    # Blvd." "B L V D", "Elm Ave." "Elm ah-vay".
    (r"(?<=[a-z]\s)Rd\.?(?=[\s,;]|$)", "Road"),
    (r"(?<=[a-z]\s)Blvd\.?(?=[\s,;]|$)", "Boulevard"),
    (r"(?<=[a-z]\s)Ave\.(?=[\s,;]|$)", "Avenue"),
    # A body's name shortened with its dot: "Univ. of Chicago" was "yoo-niv", "Govt." "guv-t".
    (r"Univ\.(?=\s)", "University"),
    (r"Govt\.(?=\s)", "Government"),
    (r"Natl\.(?=\s)", "National"),
    (r"Intl\.(?=\s)", "International"),
    (r"Assn\.(?=\s)", "Association"),
    # Degrees in dotted letters: "Ph.D." was "P H dot D dot", "B.Sc." "B dot S C dot".
    (r"Ph\.\s?D\.?", "P H D"),
    (r"B\.\s?Sc\.?", "B S C"),
    (r"M\.\s?Sc\.?", "M S C"),
    (r"LL\.\s?B\.?", "L L B"),
    (r"LL\.\s?M\.?", "L L M"),
    (r"Sr\.", "Senior"),
    # Page and paragraph references, only before a number.
    (r"pp\.(?=\s?\d)", "pages"),
    (r"p\.(?=\s?\d)", "page"),
    (r"paras\.?(?=\s?\d)", "paragraphs"),
    (r"para\.?(?=\s?\d)", "paragraph"),
    # An executive order's or a bill's "Sec. 2. Definitions." was said "seck two".
    (r"Secs\.(?=\s?\d)", "Sections"),
    (r"secs\.(?=\s?\d)", "sections"),
    (r"Sec\.(?=\s?\d)", "Section"),
    (r"sec\.(?=\s?\d)", "section"),
    (r"[Aa]rts\.(?=\s?\d)", "articles"),
    (r"[Aa]rt\.(?=\s?\d)", "article"),
    # A date known only roughly, "c. 1950", "ca. 1800": said as the letters before. Only
    # before a year: "Act 2005 c. 12" is a chapter.
    (r"(?:c|ca|circ)\.(?=\s?(?:1[1-9]|20)\d\d\b)", "circa"),
    (r"(?:Ca|Circ)\.(?=\s?(?:1[1-9]|20)\d\d\b)", "Circa"),
    (r"[Vv]ol\.(?=\s?\d)", "volume"),
    # A book's chapter, "Ch. 5", "chs. 3-4": it was "C H five".
    (r"Chs\.(?=\s?\d)", "Chapters"),
    (r"chs\.(?=\s?\d)", "chapters"),
    (r"Ch\.(?=\s?\d)", "Chapter"),
    (r"ch\.(?=\s?\d)", "chapter"),
    # US citations: "Pub. L. 117-58" was "Pub. L."; "86 Fed. Reg. 7009" was "Fed. Reg.".
    (r"Pub\.\s?L\.(?:\s?No\.)?(?=\s?\d)", "Public Law"),
    (r"Fed\.\s?Reg\.(?=\s?\d)", "Federal Register"),
)

_SPECIES: Final = (
    "coli|aureus|difficile|pneumoniae|cholerae|typhi|typhimurium|pylori|faecalis|jejuni"
    "|monocytogenes|botulinum|perfringens|falciparum|vivax|aegypti|sapiens|pestis|anthracis"
)
"""Species names that follow an abbreviated genus in public-health notices ("E. coli")."""

# Month abbreviations, said in full when a day or year is next to them ("Jan. 31, 2006",
# "4 Dec 2015"); elsewhere "Mar" or "Dec" may be a word or a name.
_MONTH_ABBREVIATIONS: dict[str, str] = {
    "Jan": "January",
    "Feb": "February",
    "Mar": "March",
    "Apr": "April",
    "Jun": "June",
    "Jul": "July",
    "Aug": "August",
    "Sep": "September",
    "Sept": "September",
    "Oct": "October",
    "Nov": "November",
    "Dec": "December",
}


@cache
def _abbreviation_patterns() -> tuple[tuple[tuple[re.Pattern[str], str], ...], re.Pattern[str]]:
    """`_ABBREVIATIONS` compiled once, with one pattern that finds any of them."""
    wrapped = [rf"(?<![\w.]){pattern}(?![\w])" for pattern, _ in _ABBREVIATIONS]
    compiled = tuple(
        (re.compile(rx), spoken) for rx, (_, spoken) in zip(wrapped, _ABBREVIATIONS, strict=True)
    )
    return compiled, re.compile("|".join(f"(?:{rx})" for rx in wrapped))


_FRENCH_TITLES: Final = (
    (r"MM\.", "Messieurs"),
    (r"M\.", "Monsieur"),
    (r"Mmes", "Mesdames"),
    (r"Mme", "Madame"),
    (r"Mlles", "Mesdemoiselles"),
    (r"Mlle", "Mademoiselle"),
)
"""French titles before a name or a role ("M. le Président"). espeak-ng's French voice says
"M." as the letter and "MM." as "millimètres"."""
_FRENCH_BEFORE_NUMBERS: Final = (
    (r"art\.", "article"),
    (r"arts\.", "articles"),
    (r"p\.", "page"),
    (r"pp\.", "pages"),
    (r"[Tt]él\.(?:\s?:)?", "téléphone"),
)
"""French abbreviations before a number: "art. 5" was "ar cinq", "p. 12" "pé douze"."""


_GERMAN_BEFORE_NUMBERS: Final = (
    (r"Art\.", "Artikel"),
    (r"Abs\.", "Absatz"),
    (r"Nr\.", "Nummer"),
    (r"Ziff\.", "Ziffer"),
    (r"Kap\.", "Kapitel"),
)
"""German labels of a law's parts, before their number: "Art. 5 Abs. 2 GG" was said "Art fünf
Abs zwei", the letters of the short form; a reader says "Artikel fünf Absatz zwei"."""


def _german_abbreviations(text: str) -> str:
    """A law's parts in full before their number, in a German paragraph."""
    for written, spoken in _GERMAN_BEFORE_NUMBERS:
        text = re.sub(rf"(?<![\w.]){written}\s?(?=\d)", f"{spoken} ", text)
    return text


def _french_abbreviations(text: str) -> str:
    """Titles before a name and labels before a number, in full, in a French paragraph."""
    for written, spoken in _FRENCH_TITLES:
        text = re.sub(rf"(?<![\w.]){written}(?=\s+(?:[A-ZÀ-Ý]|l[ae]s?\s))", spoken, text)
    for written, spoken in _FRENCH_BEFORE_NUMBERS:
        text = re.sub(rf"(?<![\w.]){written}\s?(?=[+(]?\d)", f"{spoken} ", text)
    return text


_SPANISH_TITLES: Final = (
    (r"S\.\s?M\.", "Su Majestad"),
    (r"Excmo\.", "Excelentísimo"),
    (r"Excma\.", "Excelentísima"),
    (r"Sra\.", "Señora"),
    (r"Sr\.", "Señor"),
    (r"Dña\.", "Doña"),
    (r"(?<=Señor )D\.", "Don"),
)
"""Spanish titles before a name ("Excmo. Sr. D. Pedro Sánchez", "S. M. el Rey"): read as
letters with a stop after each; "D." without its dot was the letter "de" ("of")."""


def _spanish_abbreviations(text: str) -> str:
    """Titles before a name, in full, in a Spanish paragraph."""
    for written, spoken in _SPANISH_TITLES:
        text = re.sub(rf"(?<![\w.]){written}(?=\s+[^\W\d_])", spoken, text, flags=re.IGNORECASE)
    return text


_DIVISIONS: Final = {"Crim": "Criminal", "Civ": "Civil"}
"""The divisions of the Court of Appeal and the High Court in a neutral citation."""

_EXCELLENCY: Final = re.compile(r"(?<![\w.])H\.\s?E\.\s+(?=[A-Z])")
"""A diplomat's style, "H.E. Mr Ali Hassan", before the title or name it honours."""
_HIS: Final = re.compile(
    r"(?:Mr|Mister|Sir|King|Prince|Sheikh|Emir|Sultan|Lord|Monsieur|Señor|Herr)\b"
)
_HER: Final = re.compile(
    r"(?:Mrs|Ms|Miss|Madam|Madame|Mme|Dame|Lady|Queen|Princess|Sheikha|Señora|Frau)\b"
)


def _excellency(match: re.Match[str]) -> str:
    """Say "His" or "Her Excellency" as the next title says, and nothing when it does not.

    Spelled, "H E Ambassador Maria Lopez" was two letters no newsreader says. Which of "His"
    and "Her" only the title after it tells ("H.E. Mr", "H.E. Ms"); before a bare office or
    name ("H.E. Ambassador Maria Lopez") a newsreader leaves the honorific out rather than
    guess, as broadcast style does, and says "Ambassador Maria Lopez".
    """
    rest = match.string[match.end() :]
    if _HIS.match(rest):
        return "His Excellency "
    if _HER.match(rest):
        return "Her Excellency "
    return ""


_ON_THE_PERIOD: Final = {"y": "year on year", "m": "month on month", "q": "quarter on quarter"}


def _years(match: re.Match[str]) -> str:
    """Say "12 yrs" as "12 years", "1 yr" as "1 year", and "a 5 yr plan" as a "year" plan."""
    number, short, dot = match.group(1), match.group(2), match.group(3)
    one = number == "1" or (short == "yr" and _describes_a_noun(match))
    at_end = bool(dot) and not match.string[match.end() :].strip()
    return f"{number} {'year' if one else 'years'}" + ("." if at_end else "")


def expand_abbreviations(text: str, ctx: RuleContext) -> str:
    """Say abbreviations in full ("Dr" -> "Doctor", "e.g." -> "for example").

    Engines either spell these or pause at the dot as if a sentence ended. English, plus a
    short list each for French, German and Spanish (titles, and a law's parts before a
    number): the same letters mean other things in other languages. A dot that also ends
    the sentence is kept.
    """
    if ctx.lang == "fr":
        return _french_abbreviations(text)
    if ctx.lang == "de":
        return _german_abbreviations(text)
    if ctx.lang == "es":
        return _spanish_abbreviations(text)
    if ctx.lang != "en":
        return text
    # Before the titles are said in full: "H.E. Mr" needs the "Mr" as written.
    text = _EXCELLENCY.sub(_excellency, text)
    patterns, anywhere = _abbreviation_patterns()
    if anywhere.search(text):  # most sentences hold none: one scan instead of one per entry
        for pattern, spoken in patterns:

            def replace(match: re.Match[str], spoken: str = spoken) -> str:
                at_end = match.group(0).endswith(".") and not match.string[match.end() :].strip()
                if match.group(0)[:1].isupper():  # "Approx. 2,400 homes" opens a sentence
                    spoken = spoken[:1].upper() + spoken[1:]
                return spoken + ("." if at_end else "")

            text = pattern.sub(replace, text)
    # "Text SHOUT to 85258": the keyword is a word to type, the number a short code to text;
    # they were "S H O U T" and "eighty-five thousand two hundred fifty-eight".
    text = re.sub(
        r"\b([Tt]ext)\s+([A-Z]{2,10})\s+to\s+(\d{3,6})\b",
        lambda m: f"{m.group(1)} {m.group(2).lower()} to {_digit_words(m.group(3), ctx.lang)}",
        text,
    )
    # A change on the period before, as market and statistics notes write it: "2.3% y/y" was
    # "why why".
    text = re.sub(
        r"(?<![\w/])([ymq])/\1(?![\w/])|(?<![\w/])([YyQq])o\2(?![\w/])",
        lambda m: _ON_THE_PERIOD[(m.group(1) or m.group(2)).lower()],
        text,
    )
    # A company of initials joined by "&", "AT&T": spelled on both sides ("at and T" before,
    # as "AT" was taken for the word). "P&O" and "R&D" are said the same way already.
    text = re.sub(
        r"(?<![\w&])([A-Z]{1,3})&([A-Z]{1,3})(?![\w&])",
        lambda m: (
            m.group(0)
            if m.group(0) in ctx.lexicon
            else f"{' '.join(m.group(1))} and {' '.join(m.group(2))}"
        ),
        text,
    )
    # "He served 12 yrs", "aged 5-10 yrs": "yrs" was said as letters.
    text = re.sub(r"(?<![\w.,])(\d+)\s?(yrs|yr)\b(\.?)", _years, text)
    text = re.sub(r"(?<![\w.])yrs\b", "years", text)
    # A section of an Act as lawyers write it, "s.3(1)", "ss. 4-6": not a lone "s" and a pause.
    text = re.sub(
        r"(?<![\w.'’])(ss?)\.\s?(?=\d)",
        lambda m: "sections " if m.group(1) == "ss" else "section ",
        text,
    )
    # "E. coli", "S. aureus": the genus said as its letter; its dot was a full stop to the
    # voice, which paused as at a sentence's end.
    text = re.sub(rf"(?<![\w.])([A-Z])\.(?= (?:{_SPECIES})\b)", r"\1", text)
    # A criminal case, "R v Daniel Marsh": the Crown against the accused, as an English court
    # and a newsreader say it ("R versus Marsh" is American).
    text = re.sub(r"(?<![\w.])(R|Regina|Rex)\s+v\.?\s+(?=[A-Z])", r"\1 against ", text)
    # A neutral citation's court division, "[2019] EWCA Crim 1234": "Crim" was said "crim".
    text = re.sub(r"(?<=\b(?:EWCA|EWHC) )(Crim|Civ)\b", lambda m: _DIVISIONS[m.group(1)], text)
    # A case name, "Hale v Secretary of State", "Roe v. Wade": a lone "v" between names.
    text = re.sub(r"(?<=[A-Za-z)]) vs?\.? (?=[A-Z])", " versus ", text)
    months = "|".join(_MONTH_ABBREVIATIONS)
    text = re.sub(
        rf"(?<![\w.])({months})\.?(?=\s\d{{1,4}}(?![\d:]))",
        lambda m: _MONTH_ABBREVIATIONS[m.group(1)],
        text,
    )
    # "4 Dec 2015", and "Sat 14 Feb" or "Tuesday, 2 Dec." without a year: "Feb" was "feb".
    return re.sub(
        rf"(?<=\d\s)({months})(\.?)(?=\s\d{{4}}\b|[\s,;:)]|$)",
        lambda m: (
            _MONTH_ABBREVIATIONS[m.group(1)]
            + ("." if m.group(2) and not m.string[m.end() :].strip() else "")
        ),
        text,
    )


_SENTENCE_OPENERS: Final = _word_set(
    "the a an and but or so yet nor for then thus hence now today this that these those there "
    "here it its we our us i my you your he his she her they their them as at by in into on of "
    "to with without from after before since while when where if although though because "
    "however moreover meanwhile also still indeed finally first second third next last "
    "all both each every many most some no not nothing one two three "
    "what which who how why let please yes mr mrs ms dr"
)
"""Capitalised words that start a sentence far more often than they are a surname: after
"the U.S." or "Plan B." they mean the dot ended a sentence ("the U.S. Then we left")."""
_LABEL_WORDS: Final = _word_set(
    "annex appendix article part section chapter schedule plan option phase stage step type "
    "category class group grade level tier table figure exhibit form vitamin hepatitis "
    "model series division league zone area block room gate terminal platform team title "
    "volume item point list row column box"
)
"""Words a single letter labels ("Annex A.", "Plan B."): that letter is no name's initial."""
_SPACED_INITIALS: Final = re.compile(r"(?<![\w.])[A-Z]\.(?:[ \t]?[A-Z]\.)+(?![\w])")
_NAME_INITIAL: Final = re.compile(
    r"(?<![\w.'’-])(?P<letter>[B-HJ-Z])\.(?=[ \t]+(?P<next>[A-Z][\w'’-]*))"
)
_WORD_BEFORE: Final = re.compile(r"([\w'’-]+)[ \t]*$")


def _ends_sentence(match: re.Match[str]) -> bool:
    """True when the dot at the end of `match` also ends a sentence, so its stop stays.

    At the end of the text, or before a capitalised word that opens sentences ("Then",
    "We") rather than naming someone ("Bush", "Stock", "Government").
    """
    rest = match.string[match.end() :]
    if not rest.strip():
        return True
    following = re.match(r"\s+([A-Z][\w'’-]*)", rest)
    return following is not None and following.group(1).lower() in _SENTENCE_OPENERS


def speak_dotted_initials(text: str, ctx: RuleContext) -> str:
    """Read dotted initials without the engine's full stop: "U.S." -> "U S", "W. Bush" -> "W Bush".

    Piper ends a sentence at every dot before a capital: "George W. Bush" had a 250 ms stop
    after the "W", "J. Stock" 160 ms, and "U. S." was said as two sentences of one letter.
    A dot that also ends the sentence ("the U.S. Then we left") keeps its stop. "A." and
    "I." stay as written: without the dot they are the article and the pronoun, and a list's
    "A. First point" must be the letter. A letter after a label ("Annex B.") keeps its dot.
    A single initial is read so in English only, where the words that open a sentence are
    known; spaced initials ("S. M.") in every language.
    """

    def spoken(match: re.Match[str]) -> str:
        letters = " ".join(re.sub(r"[.\s]", "", match.group(0)))
        return letters + ("." if _ends_sentence(match) else "")

    def initial(match: re.Match[str]) -> str:
        if _ends_sentence(match):
            return match.group(0)
        before = _WORD_BEFORE.search(match.string, 0, match.start())
        if before is not None and (
            before.group(1).lower() in _LABEL_WORDS or before.group(1)[-1].isdigit()
        ):
            return match.group(0)
        return match.group("letter")

    text = _SPACED_INITIALS.sub(spoken, text)
    if ctx.lang != "en":
        return text  # whether a capital after the dot opens a sentence is known in English
    return _NAME_INITIAL.sub(initial, text)


_ACRONYM_PAIR: Final = re.compile(
    r"(?<![\w.'’])(?<!\d[/-])((?:[A-Z]\.){2,}|[A-Z]{2,6}s?)([ \t]*/[ \t]*|-|[ \t]+)"
    r"(?=((?:[A-Z]\.){2,}|[A-Z]{2,6}s?)(?![\w'’]|[/-]\d))"
)
"""Two written acronyms side by side: "UN/EU", "EU-US", "U.N. UN" (the second is looked at,
not taken, so a run of three, "UN/EU/AU", is read pair by pair). Not in a reference code
with figures, "CCC/IG/2026/114", which is said slash by slash."""


def _is_spelled(acronym: str, ctx: RuleContext) -> bool:
    """Whether the lexicon spells `acronym` letter by letter: "UN", "U.N.", "NGOs".

    Only known acronyms, which name a body or a country: unknown letters joined by a slash
    are mostly one term, said in one run ("OB/GYN", "TCP/IP"). A lexicon word ("NATO" is
    "Nato") needs no pause next to letters.
    """
    letters = acronym.replace(".", "")
    stem = letters[:-1] if letters.endswith("s") and "." not in acronym else letters
    known = ctx.lexicon.get(stem)
    return known is not None and re.fullmatch(r"(?:[A-Z] )+[A-Z]", known) is not None


def _two_mentions(first: str, second: str) -> bool:
    """Whether two acronyms with only a space between them are two mentions, not one name.

    The same letters twice are: "U.N. UN staff", a transcript's "UN UN". Other pairs are one
    name ("UN HQ", "U.S. EPA") or a time and its zone ("1:58 P.M. EDT").
    """
    return first.replace(".", "") == second.replace(".", "")


def pause_between_spelled_acronyms(text: str, ctx: RuleContext) -> str:
    """Put a comma between two spelled acronyms side by side: "UN/EU talks" -> "UN, EU talks".

    The slash became a space and the voice said one four-letter block, "U N E U", with stress
    only on its last letter; "U.N. UN staff" likewise. A newsreader says "UN/EU", "US/UK" and
    "EU-US" as two groups with a short break between them, which a comma gives; each group
    keeps its own stress. With only a space between them, different letters are one name,
    "UN HQ", and stay one group. English only: other voices are not sent the letters as one
    block.
    """
    if ctx.lang != "en":
        return text

    def paused(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(3)
        if not (_is_spelled(first, ctx) and _is_spelled(second, ctx)):
            return match.group(0)
        if match.group(2).isspace() and not _two_mentions(first, second):
            return match.group(0)  # "UN HQ", "US EPA": one name, said in one breath
        return first + ", "

    return _ACRONYM_PAIR.sub(paused, text)


_SUBSCRIPT_DIGITS: Final = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_EMISSIONS: Final = re.compile(
    r"(?<![\w/-])(?P<mass>[kMG]?t)?CO2(?P<eq>e\b|eq\b|-eq(?:uivalent)?\b)?(?![\w/]|-\d)"
)
_MASS_OF: Final = {
    "t": "tonnes of",
    "kt": "thousand tonnes of",
    "Mt": "million tonnes of",
    "Gt": "billion tonnes of",
}


def speak_formulas(text: str, ctx: RuleContext) -> str:
    """Say a chemical formula's figures and a climate report's "MtCO2e" in words.

    A subscript figure is a figure ("CO₂", "PM₂.₅": the voice said "P M dot", losing both).
    "CO2e" was sent "COtwo e" and said "see OT-woh ee"; "5 MtCO2e" is "five million tonnes
    of C O two equivalent", as a climate officer reads it. English only for the words.
    """
    text = text.translate(_SUBSCRIPT_DIGITS)
    if ctx.lang != "en":
        return text

    def spoken(match: re.Match[str]) -> str:
        mass, equivalent = match.group("mass"), match.group("eq")
        if not mass and not equivalent:
            return match.group(0)  # plain "CO2" is the lexicon's
        said = "C O two" + (" equivalent" if equivalent else "")
        return f"{_MASS_OF[mass]} {said}" if mass else said

    return _EMISSIONS.sub(spoken, text)


def speak_vulnerability_ids(text: str, ctx: RuleContext) -> str:
    """Say a software flaw's number in two parts: "C V E twenty twenty-four, three four zero zero".

    "CVE-2024-3400" was "C V E-two thousand twenty-four-three thousand four hundred", the
    year and the number run together into one long figure.
    """

    def spoken(match: re.Match[str]) -> str:
        year, number = match.group(1), match.group(2)
        return f"CVE {_year_words(year, ctx.lang)}, {_digit_words(number, ctx.lang)}"

    return re.sub(r"(?<![\w-])CVE-((?:19|20)\d\d)-(\d{4,7})(?![\w-])", spoken, text)


def apply_lexicon_phrases(text: str, ctx: RuleContext) -> str:
    """Replace lexicon entries that contain digits or signs, such as "I-24/7".

    These must be handled before the number and symbol rules take them apart.
    """
    pattern = ctx.lexicon.phrase_pattern
    if pattern is None:
        return text
    return pattern.sub(lambda m: ctx.lexicon.get(m.group(0)) or m.group(0), text)


_EU_CASE_NUMBER: Final = re.compile(r"(?<![\w/-])([CTF])-(\d{1,4})/(\d{2})(?![\w/]|[.,]\d)")
"""A case of the EU courts, "C-311/18" (Court of Justice), "T-612/17" (General Court)."""


def speak_eu_case_numbers(text: str, ctx: RuleContext) -> str:
    """Say an EU court's case number as lawyers do: "C-311/18" -> "C three eleven slash eighteen".

    Split at the dash by the acronym rule, it was sent "C three hundred eleven slash eighteen",
    a count no one says. The number is a name, said in pairs like a flight's ("C one oh one"),
    and the year after the slash is its two figures ("oh five"). English only.
    """
    if ctx.lang != "en":
        return text
    slash = _vocab(ctx, "slash")

    def spoken(match: re.Match[str]) -> str:
        court, number, year = match.group(1), match.group(2), match.group(3)
        said = _paired_words(number, ctx.lang) if len(number) >= 3 else _words(int(number), "en")
        if year.startswith("0"):
            said_year = "oh " + ("oh" if year == "00" else _words(int(year), "en"))
        else:
            said_year = _words(int(year), "en")
        return f"{court} {said} {slash} {said_year}"

    return _EU_CASE_NUMBER.sub(spoken, text)


_SUBDIVISION_NAMES: Final = {
    "section": ("subsection", "paragraph", "subparagraph", "clause"),
    "article": ("paragraph", "point", "point", "point"),
}
"""What the bracketed parts after a section or an article are called, outermost first: an Act's
section has subsections, then paragraphs and sub-paragraphs ("section 3(1)(a)(ii)"); an EU
article has paragraphs, then points ("Article 5(2)(b)"), as the EU's drafting guide names them."""
_LEGAL_SUBDIVISION: Final = re.compile(
    r"(?<![\w-])(?P<head>§|[Ss]ection|[Aa]rticle)\s*(?P<number>\d{1,4}[A-Z]?)"
    r"(?P<parts>(?:\((?:\d{1,3}[a-z]?|[a-zA-Z]{1,4})\)){1,4})(?![\w(])"
)


def speak_legal_subdivisions(text: str, ctx: RuleContext) -> str:
    """Name the bracketed parts of a legal reference: "section 3(1)" -> "section 3, subsection 1".

    Read bare, "section three one" was heard as "section 31" and "Article five two b" as
    "Article 52b": the brackets that tell a reader where one part ends are lost on a listener.
    Each part is named as the law names it (an Act's "subsection", an EU "paragraph" and
    "point"), with a pause before it. A letter is said in capitals, so "point a" is not
    heard as the article "a". English only: other languages name the parts otherwise.
    """
    if ctx.lang != "en":
        return text

    def spoken(match: re.Match[str]) -> str:
        head = match.group("head")
        kind = "section" if head in ("§", "Section", "section") else "article"
        if kind == "section" and not match.group("parts")[1].isdigit():
            # "section 214(b)", "101(a)(15)(H)": the US Code's style, which lawyers and
            # visa officers say bare ("two fourteen b"); the letters are heard as parts.
            return match.group(0)
        said_head = "section" if head == "§" else head
        out = [f"{said_head} {match.group('number')}"]
        parts = re.findall(r"\(([^()]+)\)", match.group("parts"))
        for depth, part in enumerate(parts):
            name = _SUBDIVISION_NAMES[kind][depth]
            if kind == "article" and depth == 0 and not part[0].isdigit():
                name = "point"  # "Article 2(a)": an article without paragraphs has points
            after_letter = depth > 0 and parts[depth - 1].isalpha()
            if part.islower() and after_letter and _is_roman(part.upper()) and part != parts[0]:
                # "(a)(ii)": a numeral under a lettered part, said as its number
                out.append(f"{name} {_words(roman_value(part.upper()), 'en')}")
            else:
                out.append(f"{name} {part if part[0].isdigit() else part.upper()}")
        said = ", ".join(out)
        if said.endswith(" A") and re.match(r"\s+[^\W\d_]", match.string[match.end() :]):
            # espeak-ng reads a lone "A" before a word as the article ("point uh of"); the
            # letter's name is said before a pause: "Article two, point A, of the Directive"
            said += ","
        return said

    return _LEGAL_SUBDIVISION.sub(spoken, text)


_REFERENCE_LABEL: Final = re.compile(
    r"\b(?:ref|reference|case|file|crime|incident|application|claim|complaint)(?:\s+(?:no|number))?"
    r"\.?\s*:?\s*(?:[A-Z]{1,6}-)?$",
    re.IGNORECASE,
)
"""The words just before a code that a listener must write down and quote back."""


_DOCUMENT_SYMBOL: Final = re.compile(
    r"(?<![\w/])[A-Z]{1,6}(?:/[A-Za-z0-9.()-]*[A-Za-z0-9)])+"
    # A code that opens with its year or serial, "2026/CCC/IG", "114/IG/2026": read as written
    # only when one part is capitals, so "24/7" and "9/11" stay for the number rules.
    r"|(?<![\w/.,])\d{1,4}(?=(?:/[A-Za-z0-9]+)*/[A-Z]{2,6}(?![\w]))(?:/[A-Za-z0-9]+)+(?![\w/])"
)


def speak_document_symbols(text: str, ctx: RuleContext) -> str:
    """Read the slashes of UN-style document symbols: "A/RES/75/10", "S/2021/123".

    Each part is then read by the acronym and number rules; without this the slashes
    would be dropped or the numbers read as a fraction. A code that opens with its year,
    "Ref: 2026/CCC/IG", was said "twenty twenty-six C C C I G" (3 parts run into one); it
    is "twenty twenty-six slash C C C slash I G", which a listener can write down.
    """
    slash = _vocab(ctx, "slash")

    def spoken(match: re.Match[str]) -> str:
        symbol = match.group(0)
        if not any(ch.isdigit() for ch in symbol):
            return symbol
        if ctx.lang == "en" and _REFERENCE_LABEL.search(match.string, 0, match.start()):
            # A reference to quote back, "Ref: CCC/IG/2026/114": its serial digit by digit
            # ("one one four", was "one hundred fourteen"); a year in it stays a year.
            symbol = re.sub(
                r"(?<![\w.])\d+(?![\w.])",
                lambda n: n.group(0) if _is_year(n.group(0)) else _digit_words(n.group(0), "en"),
                symbol,
            )
        return symbol.replace("/", f" {slash} ").replace(".", " ")

    return _DOCUMENT_SYMBOL.sub(spoken, text)


_UK_POSTCODE: Final = re.compile(r"(?<![\w/-])([A-Z]{1,2}\d[A-Z\d]?) (\d[A-Z]{2})(?![\w/-])")
_UK_REGISTRATION: Final = re.compile(r"(?<![\w/-])([A-Z]{2}\d{2}) ?([A-Z]{3})(?![\w/-])")
_LETTERS_DIGITS_LETTERS: Final = re.compile(r"(?<![\w/-])[A-Z]+\d+[A-Z][A-Z\d]*(?![\w/-])")
_LETTERS_LONG_NUMBER: Final = re.compile(r"(?<![\w/-])[A-Z]{1,3}\d{5,}(?![\w/-]|[.,]\d)")


def _spell_characters(code: str, lang: str) -> str:
    """Say a code one character at a time: "AB12" -> "A B one two"."""
    return " ".join(_words(int(ch), lang) if ch.isdigit() else ch for ch in code)


def speak_letter_codes(text: str, ctx: RuleContext) -> str:
    """Say codes that mix capitals and digits as their characters: "H2O" -> "H two O".

    The voice was sent "Htwo O" for "H2O" and "Btwo B" for "B2B": the letters before the
    figure stuck to its words. A formula or code ("H2SO4", "Y2K") is said in runs: letters
    spelled (a lexicon entry wins), figures as numbers. A UK postcode ("SW1A 2AA") and a
    vehicle registration ("AB12 CDE") are said character by character, with a pause between
    their halves, as police and callers say them. "4x4" and "1920x1080" are "by", "10x" is
    "ten times".
    """

    def postcode(match: re.Match[str]) -> str:
        outward, inward = match.group(1), match.group(2)
        return f"{_spell_characters(outward, ctx.lang)}, {_spell_characters(inward, ctx.lang)}"

    def runs(match: re.Match[str]) -> str:
        parts = re.findall(r"[A-Z]+|\d+", match.group(0))
        return " ".join(
            _words(int(part), ctx.lang)
            if part.isdigit()
            else (ctx.lexicon.get(part) or _spell(part))
            for part in parts
        )

    text = _UK_POSTCODE.sub(postcode, text)
    text = _UK_REGISTRATION.sub(postcode, text)
    text = _LETTERS_DIGITS_LETTERS.sub(runs, text)
    # "Case No. T20257781": a court's or a crime's reference, letters and five or more figures.
    # Split at the letters, the figures were an amount ("T twenty million two hundred ...")
    # and "No." was read as the word "no"; a reference is quoted character by character.
    text = re.sub(r"\b[Nn]o\.\s?(?=[A-Z]{1,3}\d{5,}(?![\w/-]))", f"{_vocab(ctx, 'number')} ", text)
    text = _LETTERS_LONG_NUMBER.sub(lambda m: _spell_characters(m.group(0), ctx.lang), text)
    if ctx.lang == "en":
        # A recall's "batch numbers 2406A to 2609C": figures and a letter are a code, said
        # by their characters; as an amount it was "two thousand four hundred six A".
        text = re.sub(
            r"(?<![\w.,/£$€-])\d{4,}[ACDEFHJLNPQRSUXYZ](?![\w'’-])",
            lambda m: _spell_characters(m.group(0), ctx.lang),
            text,
        )
        # A number that names a body or an account, "registered charity, number 1187654",
        # "company number 4512873", or a "Barcode: 5 060123 456781", is quoted back: its
        # figures one by one, never "one million one hundred eighty-seven thousand …".
        text = re.sub(
            r"(\b(?:charity|company|registration|account|policy|licen[cs]e|serial|VAT)"
            r"(?:,?\s+\(?(?:number|no\.?))\s*:?\s+)(\d{5,})(?![\w]|[.,]\d)",
            lambda m: (
                re.sub(r"\b[Nn]o\.?(?=\s)", "number", m.group(1))
                + _digit_words(m.group(2), ctx.lang)
            ),
            text,
            flags=re.IGNORECASE,
        )
        text = re.sub(
            r"(\b(?:barcode|EAN|GTIN)s?\s*:?\s+)(\d[\d ]{6,}\d)(?![\w]|[.,]\d)",
            lambda m: m.group(1) + ", ".join(_digit_words(g, ctx.lang) for g in m.group(2).split()),
            text,
            flags=re.IGNORECASE,
        )
        text = re.sub(r"(?<![\w.,])(\d+) ?[x×] ?(\d+)(?![\w.,])", r"\1 by \2", text)
        # "10x faster", "a 1.5x rise": "ten times", not "ten ex".
        text = re.sub(r"(?<![\w.,])(\d+(?:\.\d+)?)[x×](?![\w.,]|\s?\d)", r"\1 times", text)
    return text


_POSTAL_COUNTRY_PREFIXES: Final = (
    "B|D|F|L|AT|BE|BG|CH|CY|CZ|DE|DK|EE|ES|FI|FR|GR|HR|HU|IE|IS|IT|LI|LT|LU|LV|MC|MT|NL|NO|PL"
    "|PT|RO|SE|SI|SK"
)
_PREFIXED_POSTCODE: Final = re.compile(
    rf"(?<![\w-])(?P<country>{_POSTAL_COUNTRY_PREFIXES})-(?P<code>\d{{4,5}})"
    # Before the town ("CH-1211 Geneva"), or last in an address line ("Riga, LV-1900").
    r"(?=[ \t]+[A-Z][a-zà-ÿ]|[ \t]*$)"
)


def speak_prefixed_postcodes(text: str, ctx: RuleContext) -> str:
    """Say a European postcode figure by figure: "L V, one nine zero zero".

    An address's "Riga, LV-1900" was said "L V nineteen hundred", "B-1049 Brussels" "B one
    thousand forty-nine" and "F-75008 Paris" "F-seventy-five thousand eight": a code to write
    on an envelope, read as a year or an amount. Only the countries' own prefixes, 4 or 5
    figures, and only before a capitalised town or at the end of the line, so "F-35" and
    "MH-17" stay names with a number. Austria's and Italy's one-letter "A-" and "I-" are left
    out: alone, the voice says "A" as the article.
    """

    def spoken(match: re.Match[str]) -> str:
        return f"{_spell(match.group('country'))}, {_digit_words(match.group('code'), ctx.lang)}"

    return _PREFIXED_POSTCODE.sub(spoken, text)


def split_acronym_numbers(text: str, ctx: RuleContext) -> str:
    """Separate an acronym from its number: "COVID-19" -> "COVID 19", "G8" -> "G 8".

    The acronym is then read by the lexicon and the number as a number. In English a
    number of three or four figures glued to its letters is a name said in pairs, as
    people say roads and aircraft: "A406" is "A four oh six", "A380" "A three eighty".
    """

    def split(match: re.Match[str]) -> str:
        letters, number, glued = match.group(1), match.group(3), not match.group(2)
        if glued and letters.lower() in _SHOUTED_WORDS and letters not in ctx.lexicon:
            letters = _spell(letters)  # "NO2" is "N O two", never "no two"
        # "the A38": a lone "A" before a word is said as the article "uh" (heard "At-38"); joined
        # by a hyphen, as road signs write it, the voice says the letter's name.
        between = "-" if letters == "A" and ctx.lang == "en" else " "
        if ctx.lang == "en" and glued and len(number) >= 3 and not number.startswith("0"):
            return f"{letters}{between}{_paired_words(number, ctx.lang)}"
        return f"{letters}{between}{number}"

    # "ES-10/21" (a session and number) and "G20/OECD" are split too ("Gtwenty" otherwise).
    return re.sub(r"(?<![\w-])([A-Z]{1,8})(-?)(\d{1,4})(?![\w-])", split, text)


def _spell(token: str) -> str:
    """Spell a token letter by letter for the engine ("UNDOF" -> "U N D O F")."""
    return " ".join(token)


_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.'’-])[A-Z][a-zà-ÿ]+[ \t\n]+$")
"""A capitalised word just before a token: "Ibrahim " in "Capitaine Ibrahim TRAORE"."""
_NOT_GIVEN_NAMES = _word_set(
    "the a an and of for at in on to by from with this that our their its his her "
    "first second third fourth fifth sixth seventh eighth ninth tenth new "
    "le la les de du des et au aux un une el los las del y en"
)
"""Capitalised words before an acronym that name no person ("the Fourth CRI Summit")."""


def _is_capitalised_surname(text: str, match: re.Match[str]) -> bool:
    """True for a surname in capitals after a given name, as UN and French texts write them.

    "le Capitaine Ibrahim TRAORE" was spelt "T R A O R E". A surname has vowels enough to be
    said: four letters at least, two vowels, no three consonants together ("Case UKSC",
    "Agency NHPA" stay letters; so, alas, does "SMITH"). It follows a word in ordinary
    capitals that is no article or ordinal ("the Fourth CRI Summit", "The ICRTF").
    """
    token = match.group(0)
    vowels = sum(letter in "AEIOU" for letter in token)
    if len(token) < 4 or vowels < 2 or re.search(r"[^AEIOUY]{3}", token):
        return False
    before = _GIVEN_NAME_BEFORE.search(text, 0, match.start())
    return before is not None and before.group(0).strip().lower() not in _NOT_GIVEN_NAMES


def _note_unknown(ctx: RuleContext, token: str) -> None:
    """Remember an unknown all-caps token once, for the pronunciation review list."""
    if token not in ctx.unknown:
        ctx.unknown.append(token)


# English words written in capitals that are never acronyms: said as words, never spelled.
_SHOUTED_WORDS = _word_set(
    "the and of to in for on with from by at an or but not no are was were be has have "
    "this that these those our your their his her its we you they he she all new "
    # A press office's layout and a briefing's speaker labels: "PRESS RELEASE" was sent
    # "P R E S S Release", "END" "E N D", "CHIEF MEDICAL OFFICER:" "C H I E F Medical Officer".
    "press news release media advisory fact sheet statement update note notes end ends "
    "chief medical officer"
)


def mend_scanned_pronoun(text: str, ctx: RuleContext) -> str:
    """A French sentence opening "II souhaite" or "IIs demandent": a scan's "Il", "Ils".

    Scanned text gives two capital I for "Il" (the Burkina Faso address does); the voice read
    "roman two souhaite" and the acronym rule made "IIs" "I Is". French only, and only
    before a word in small letters, so "II. Contexte" and "Louis II" stay numerals.
    """
    if ctx.lang != "fr":
        return text
    return re.sub(r"^II(s?)(?=\s+[a-zà-ÿ])", r"Il\1", text)


_ACRONYM_BEFORE_NAME: Final = re.compile(r"(?<![\w-])([A-Z]{2,6})-(?=[A-Z][a-z])")
"""An acronym joined to a name by a hyphen, "UN-Women", "UN-Habitat", "EU-China": the hyphen
is not said, and the voice ran the spelled "N" into the name ("U N-Women" was heard "you and
women" and "UM Women")."""


def speak_acronyms(text: str, ctx: RuleContext) -> str:
    """Say acronyms the way the organisation does, and spell the ones we do not know.

    The lexicon says whether an acronym is a word ("Interpol") or letters ("U N").
    Plurals keep their "s" ("N G Os"); possessives are untouched because the apostrophe
    is not part of the token. A hyphen between an acronym and a name is a space ("UN-Women"
    -> "U N Women"). Unknown capitals of two to six letters are spelled and reported;
    longer unknown ones are read as a word and reported. Roman numerals and ordinary
    capitalised words are left alone.
    """
    text = _ACRONYM_BEFORE_NAME.sub(r"\1 ", text)

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        known = ctx.lexicon.get(token)
        if known is not None:
            return known
        if len(token) < 2:
            return token
        if token.isupper():
            if _is_roman(token):
                return token
            if ctx.lang == "en" and token.lower() in _SHOUTED_WORDS:
                # "THE PRESIDENT: Thank you" (a transcript's speaker label) was sent "T H E".
                return token.lower()
            if _is_capitalised_surname(text, match):
                return token.capitalize()
            _note_unknown(ctx, token)
            return _spell(token) if len(token) <= 6 else token.capitalize()
        stem = token[:-1]
        if token.endswith("s") and len(stem) >= 2 and stem.isupper():
            known = ctx.lexicon.get(stem)
            if known is not None:
                return known + "s"
            _note_unknown(ctx, stem)
            return (_spell(stem) if len(stem) <= 6 else stem.capitalize()) + "s"
        return token

    return _WORD.sub(replace, text)


# Words after which a roman numeral is a number said as a cardinal: "World War Two". "Room IV"
# and "Region IV" are a place's number, not a king's (they were "Region the fourth").
_ROMAN_CUES = _word_set(
    "war title phase chapter article part section volume book act annex appendix schedule "
    "stage level tier category class type grade round pillar step division episode vatican "
    "room region clade"
)
# Capitalised words that are not names, so a numeral after them is not a king's number.
_NOT_NAMES = _word_set("The A An And Or Of In On At To For By With From As But If So Roman")
_RULER_TITLES = "King|Queen|Pope|Emperor|Empress|Tsar|Czar|Prince|Princess|Duke|Saint"


def speak_roman_numerals(text: str, ctx: RuleContext) -> str:
    """Say roman numerals as numbers: "World War II" -> "World War two".

    "Charles III" is "Charles the third". Sent as letters, the voice says "World War roman
    two" (espeak-ng's rule) or spells them.
    After a word such as "Title", "Phase" or "War" the numeral is a cardinal; after a name it
    is a ruler's or pope's number, said "the third". A lone "I", "V" or "X" is read only where
    it cannot be the pronoun or a letter: after a capitalised cue ("Title I", "World War I"),
    or after a title and a name ("King George V"; not "Malcolm X").
    English only: French says "Louis quatorze", German "Wilhelm der Zweite".
    """
    if ctx.lang != "en":
        return text

    def spoken(match: re.Match[str]) -> str:
        token = match.group(0)
        if not _is_roman(token):
            return token
        head = re.search(r"([A-Za-z]+)[ \t]+$", match.string[: match.start()])
        if head is None:
            return token
        before = head.group(1)
        single = len(token) == 1
        # "clade I" of mpox: no pronoun follows "clade", whatever its case.
        strong = before[0].isupper() or before.lower() == "clade"
        if before.lower() in _ROMAN_CUES and (not single or strong):
            return _words(roman_value(token), "en")
        is_name = before[0].isupper() and before[1:].islower() and before not in _NOT_NAMES
        if single:
            # "Malcolm X", "Generation X": one letter is a ruler's number only after a title.
            is_name = is_name and re.search(
                rf"\b(?:{_RULER_TITLES})\s+{before}[ \t]+$", head.string
            )
        if is_name:
            return "the " + _words(roman_value(token), "en", to="ordinal")
        return token

    def lettered(match: re.Match[str]) -> str:
        parts = re.findall(r"([IVX]+)([a-d])?", match.group("nums"))
        if match.group("cue").lower() not in _ROMAN_CUES or not all(
            _is_roman(numeral) for numeral, _ in parts
        ):
            return match.group(0)
        said = (
            f"{_words(roman_value(numeral), 'en')} {letter.upper()}" for numeral, letter in parts
        )
        out = " ".join(" ".join(said).split())
        if out.endswith(" A") and re.match(r"\s+[^\W\d_]", match.string[match.end() :]):
            out += ","  # a lone "A" before a word is read as the article "uh"
        return f"{match.group('cue')}{match.group('space')}{out}"

    # "mpox clade Ib", "a Phase IIb trial", "Phase Ib/IIa": a numeral with a part's letter
    # was said as a word ("ib") or left as letters.
    text = re.sub(
        r"\b(?P<cue>[A-Za-z]+)(?P<space>[ \t]+)"
        r"(?P<nums>[IVX]+[a-d](?:/[IVX]+[a-d]?)*|[IVX]+/[IVX]+[a-d](?:/[IVX]+[a-d]?)*)(?![\w-])",
        lettered,
        text,
    )
    return re.sub(r"(?<![\w.'’-])[IVX]+(?![\w-]|['’](?!s\b)|\.\w)", spoken, text)


# --------------------------------------------------------------------------- symbol rules


_UNITS: Final = {
    "km²": "square kilometer", "km2": "square kilometer", "sq km": "square kilometer",
    "m²": "square meter", "m2": "square meter", "m³": "cubic meter", "m3": "cubic meter",
    "km": "kilometer", "kg": "kilogram", "cm": "centimeter", "ha": "hectare",
    "mm": "millimeter", "mph": "mile per hour", "km/h": "kilometer per hour",
    # Energy and data, as a utility's or a ministry's release writes them: "30 kW" was "kay
    # double-u", "10 Mbps" "em bee pee ess", "100 ml" "em el".
    "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt",
    "kWh": "kilowatt hour", "MWh": "megawatt hour", "GWh": "gigawatt hour", "TWh": "terawatt hour",
    "ml": "milliliter", "mg": "milligram", "Mbps": "megabit per second",
    "Gbps": "gigabit per second", "MB": "megabyte", "GB": "gigabyte",
    # A water company's test result, "3.2 mg/L of lead": "em gee el" before.
    "mg/L": "milligram per liter", "mg/l": "milligram per liter",
    "µg/L": "microgram per liter", "μg/L": "microgram per liter", "µg/l": "microgram per liter",
    "μg/l": "microgram per liter", "µg": "microgram", "μg": "microgram",
    # Imperial measures and short time words, as a US agency or a weather notice writes them:
    # "2,400 lb" was "el bee", "3.5 sq mi" "ess queue my", "6 hrs" "aitch ar ess".
    "lb": "pound", "lbs": "pound", "oz": "ounce", "mi": "mile", "sq mi": "square mile",
    "mi²": "square mile", "yd": "yard", "g": "gram",
    "min": "minute", "mins": "minute", "sec": "second",
    "secs": "second",
    # A rate move in basis points, "cut by 50 bps": "bee pee ess" before.
    "bp": "basis point", "bps": "basis point",
    # A change in a rate's percentage, "up 2pp": espeak-ng said "pee pee".
    "pp": "percentage point", "ppt": "percentage point", "ppts": "percentage point",
}  # fmt: skip
"""Units written short after a figure, said in full in English ("10 km²")."""


def _unit_table(rows: str) -> dict[str, tuple[str, str]]:
    """Unit → (one, many) from lines "km | kilomètre | kilomètres" (easier to read and edit)."""
    table: dict[str, tuple[str, str]] = {}
    for row in rows.strip().splitlines():
        unit, one, many = (cell.strip() for cell in row.split("|"))
        table[unit] = (one, many)
    return table


_OTHER_UNITS: Final = {
    "fr": _unit_table("""
        km | kilomètre | kilomètres
        ha | hectare | hectares
        km/h | kilomètre par heure | kilomètres par heure
        km² | kilomètre carré | kilomètres carrés
        m² | mètre carré | mètres carrés
        m³ | mètre cube | mètres cubes
        kg | kilogramme | kilogrammes
        cm | centimètre | centimètres
        mm | millimètre | millimètres
        ml | millilitre | millilitres
        mg | milligramme | milligrammes
        kW | kilowatt | kilowatts
        kWh | kilowattheure | kilowattheures
        MW | mégawatt | mégawatts
        MWh | mégawattheure | mégawattheures
        GW | gigawatt | gigawatts
        GWh | gigawattheure | gigawattheures
        TWh | térawattheure | térawattheures
    """),
    "es": _unit_table("""
        km | kilómetro | kilómetros
        km/h | kilómetro por hora | kilómetros por hora
        km² | kilómetro cuadrado | kilómetros cuadrados
        m² | metro cuadrado | metros cuadrados
        m³ | metro cúbico | metros cúbicos
        kg | kilogramo | kilogramos
        cm | centímetro | centímetros
        mm | milímetro | milímetros
        ml | mililitro | mililitros
        mg | miligramo | miligramos
        kW | kilovatio | kilovatios
        kWh | kilovatio hora | kilovatios hora
        MW | megavatio | megavatios
        MWh | megavatio hora | megavatios hora
        GW | gigavatio | gigavatios
        GWh | gigavatio hora | gigavatios hora
        TWh | teravatio hora | teravatios hora
    """),
    "de": _unit_table("""
        km | Kilometer | Kilometer
        ha | Hektar | Hektar
        km/h | Kilometer pro Stunde | Kilometer pro Stunde
        km² | Quadratkilometer | Quadratkilometer
        m² | Quadratmeter | Quadratmeter
        m³ | Kubikmeter | Kubikmeter
        kg | Kilogramm | Kilogramm
        cm | Zentimeter | Zentimeter
        mm | Millimeter | Millimeter
        ml | Milliliter | Milliliter
        mg | Milligramm | Milligramm
        kW | Kilowatt | Kilowatt
        kWh | Kilowattstunde | Kilowattstunden
        MW | Megawatt | Megawatt
        MWh | Megawattstunde | Megawattstunden
        GW | Gigawatt | Gigawatt
        GWh | Gigawattstunde | Gigawattstunden
        TWh | Terawattstunde | Terawattstunden
    """),
    "it": _unit_table("""
        km | chilometro | chilometri
        km/h | chilometro all'ora | chilometri all'ora
        km² | chilometro quadrato | chilometri quadrati
        m² | metro quadrato | metri quadrati
        m³ | metro cubo | metri cubi
        kg | chilogrammo | chilogrammi
        cm | centimetro | centimetri
        mm | millimetro | millimetri
        ml | millilitro | millilitri
        mg | milligrammo | milligrammi
        kW | kilowatt | kilowatt
        kWh | kilowattora | kilowattora
        MW | megawatt | megawatt
        MWh | megawattora | megawattora
        GW | gigawatt | gigawatt
        GWh | gigawattora | gigawattora
        TWh | terawattora | terawattora
    """),
    "nl": _unit_table("""
        km | kilometer | kilometer
        ha | hectare | hectare
        km/h | kilometer per uur | kilometer per uur
        km² | vierkante kilometer | vierkante kilometer
        m² | vierkante meter | vierkante meter
        m³ | kubieke meter | kubieke meter
        kg | kilogram | kilogram
        cm | centimeter | centimeter
        mm | millimeter | millimeter
        ml | milliliter | milliliter
        mg | milligram | milligram
        kW | kilowatt | kilowatt
        kWh | kilowattuur | kilowattuur
        MW | megawatt | megawatt
        MWh | megawattuur | megawattuur
        GW | gigawatt | gigawatt
        GWh | gigawattuur | gigawattuur
        TWh | terawattuur | terawattuur
    """),
}
"""The same units said in the other languages plainvoice reads, one and many: a French
paragraph's "50 km/h" was sent as "cinquante km h". Dutch and German say the singular after a
figure ("50 kilometer"), as their speakers do. Spanish and Italian have no "ha": after a figure
it is the verb as often as the hectare ("el 2020 ha sido", "il 2020 ha visto")."""
_UNIT_SPELLINGS: Final = {"km2": "km²", "m2": "m²", "m3": "m³", "sq km": "km²"}
_UNIT_AFTER_FIGURE: Final = re.compile(
    r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s?("
    + "|".join(re.escape(unit) for unit in sorted(_UNITS, key=len, reverse=True))
    + r")(?![\w²/])"
)


_DETERMINER_BEFORE: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Ii]ts|[Oo]ur|[Tt]heir)\s+"
    r"(?:(?:further|new|additional|extra|proposed|planned|separate|second|total)\s+)?$"
)
_NOT_A_NOUN: Final = _word_set(
    "of in to for from on at by with and or but is was were are will would has have had be "
    "been that which as per than into over under a an the this each a year a month more less "
    "if when while so it its he she they we who said says"
)
"""Words after an amount that show it is not describing a noun ("the $5 million for …")."""


_GLUED_UNITS: Final = {"W": "watt", "t": "tonne", "m": "meter"}
"""Units of one letter, read only when written against the figure ("1500W", "44t")."""
_MEASURE_WORDS: Final = _word_set("long high wide deep tall away across below above thick")


def _describes_a_noun(match: re.Match[str]) -> bool:
    """Whether a figure with its unit describes the noun after it: "a 5 km road".

    It stands after a determiner ("a", "the", "each", "a further") and before a word in small
    letters that is no preposition or verb: "the £2m scheme", not "the £2m for roads".
    """
    head, tail = match.string[: match.start()], match.string[match.end() :]
    after = re.match(r"\s+([a-z][\w-]*)", tail)
    return bool(_DETERMINER_BEFORE.search(head) and after and after.group(1) not in _NOT_A_NOUN)


def _plural(unit: str) -> str:
    """A unit's plural: "square feet", "kilometers", "basis points"."""
    return unit[: -len("foot")] + "feet" if unit.endswith("foot") else unit + "s"


_HYPHENED_UNITS: Final = {
    **{unit: name for unit, name in _UNITS.items() if unit.isalpha() and len(unit) > 1},
    "m": "meter",
    "ft": "foot",
    "in": "inch",
    "hr": "hour",
}
_UNIT_BEFORE_NOUN: Final = re.compile(
    r"(?<![\w.,£$€¥])(\d[\d,]*(?:\.\d+)?)-("
    + "|".join(sorted(_HYPHENED_UNITS, key=len, reverse=True))
    + r")(?=\s+[a-z])"
)
_INCH_CUES: Final = _word_set("long high wide deep tall thick across of")
"""Words that show a lone "in" after a figure is inches: the preposition is never followed by
them ("12 in deep", "4 in of snow"), or "by" and a figure ("6 in by 4 in"); "3 in 4 adults"
is left alone, and so is "rose 12 in over a day", as "1 in over 100 cases" is a ratio."""


def _speak_inches(text: str) -> str:
    """Say "in" after a figure as inches where it cannot be the preposition.

    Written against its figure ("a 55in screen") it is always the unit; with a space, only
    before a measure's word or a word the preposition never takes ("12 in deep", "4 in of
    snow"). The voice said "twelve in deep".
    """

    def inches(match: re.Match[str]) -> str:
        number = match.group(1)
        one = number == "1" or _describes_a_noun(match)
        return f"{number} {'inch' if one else 'inches'}"

    def second(match: re.Match[str]) -> str:
        between = re.sub(r"[x×] $", "by ", match.group(1))  # "6 in x 4 in": "x" was "ex"
        return between + ("1 inch" if match.group(2) == "1" else f"{match.group(2)} inches")

    text = re.sub(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)in\b(?![-’'])", inches, text)
    cues = "|".join(sorted(_INCH_CUES, key=len, reverse=True))
    text = re.sub(
        rf"(?<![\w.,])(\d[\d,]*(?:\.\d+)?) in(?=\s+(?:(?:{cues})\b|(?:by|x|×)\s+\d))",
        inches,
        text,
    )
    # The second of a pair, "6 in by 4 in": after a figure already said in inches.
    return re.sub(
        r"(\binch(?:es)? (?:by|x|×) )(\d[\d,]*(?:\.\d+)?) in\b(?!\s+[\w\d])", second, text
    )


_MID_SENTENCE_DOT: Final = r"(?:\.(?=[,;:]|\s+[a-z\d]))?"
"""A dot with the sentence going on after it ("sq. ft., then"): not said as an end."""


def speak_units(text: str, ctx: RuleContext) -> str:
    """Say a unit after a figure in words: "10 km²" -> "10 square kilometers".

    Engines read "km²" as letters and a stray superscript, and "kg" as "k g". English only;
    one of a unit is singular, and so is a unit that describes a noun ("a 5 km road").
    """
    if ctx.lang != "en":
        names = _OTHER_UNITS.get(ctx.lang)
        if names is None:
            return text

        def said(match: re.Match[str]) -> str:
            number, unit = match.group(1), match.group(2)
            unit = _UNIT_SPELLINGS.get(unit, unit)
            if unit not in names:  # "2 min", "5 g": no name in this language, left as written
                return match.group(0)
            one, many = names[unit]
            if number != "1":
                return f"{number} {many}"
            # The number rules say "eins", "uno": before a noun it is "ein", "eine", "un".
            article = {"de": "eine" if one.endswith("stunde") else "ein", "it": "un"}
            return f"{article.get(ctx.lang, number)} {one}"

        return _UNIT_AFTER_FIGURE.sub(said, text)

    def spoken(match: re.Match[str]) -> str:
        number, unit = match.group(1), _UNITS[match.group(2)]
        hyphened = match.string.startswith("-", match.end())  # "a 1,000 km-long pipeline"
        if number != "1" and not hyphened and not _describes_a_noun(match):
            # "square kilometers", "miles per hour": the noun takes the plural
            first, _, rest = unit.partition(" per ")
            unit = f"{_plural(first)} per {rest}" if rest else _plural(unit)
        return f"{number} {unit}"

    # A height, as police describe a suspect: "5ft 10in" and "6'2\"" are "five foot ten".
    text = re.sub(r"(?<![\w.,])(\d)\s?(?:ft|')\s?(\d{1,2})\s?(?:in\b|\"|”|″)", r"\1 foot \2", text)
    # A unit joined to its figure by a hyphen describes the noun after it and is singular:
    # "a 1,000-km pipeline" was "one thousand-kay em pipeline".
    text = _UNIT_BEFORE_NOUN.sub(lambda m: f"{m.group(1)} {_HYPHENED_UNITS[m.group(2)]}", text)

    def feet(match: re.Match[str]) -> str:
        # "19,685 ft" and "1.5 ft" too: the rule took only whole figures without a comma, and
        # the voice said "eff tee". "sq ft" is "square feet" ("ess queue eff tee" before).
        number, square = match.group(1), match.group(2)
        one = number == "1" or _describes_a_noun(match)  # "a 6ft fence"
        return f"{number} {'square ' if square else ''}{'foot' if one else 'feet'}"

    # The dot of "100 sq. ft. and" went on to the voice as a sentence's end, mid-sentence.
    text = re.sub(
        rf"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s?(sq\.?\s?)?ft\b(²)?{_MID_SENTENCE_DOT}", feet, text
    )
    text = _speak_inches(text)

    # "over 6 hrs" was "aitch ar ess". Four figures before it are a time ("at 1400hrs").
    def hours(match: re.Match[str]) -> str:
        one = match.group(1) == "1" or _describes_a_noun(match)  # "a 24 hr line"
        return f"{match.group(1)} {'hour' if one else 'hours'}"

    text = re.sub(r"(?<![\w.,:])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?hrs?\b", hours, text)
    # A scale glued to a figure without a currency, as headlines write it: "3.5bn" was said
    # "three point five bn", "1.2m people" "one point two m people". A figure in "m" is a
    # million only before what is counted ("1.2m people"); "a 2m wall" is metres.
    text = re.sub(
        r"(?<![\w.,])(\d+(?:\.\d+)?)(bn|tn)\b", lambda m: f"{m[1]} {_SHORT_SCALES[m[2]]}", text
    )

    def million(match: re.Match[str]) -> str:
        counted = re.match(r"\s+([^\W\d_]+)", match.string[match.end() :])
        if counted is None or not _looks_counted(counted.group(1)) or _describes_a_noun(match):
            return match.group(0)
        return f"{match.group(1)} million"

    text = re.sub(r"(?<![\w.,])(\d+(?:\.\d+)?)m\b", million, text)

    def glued(match: re.Match[str]) -> str:
        # "1500W heater", "44t", "16.5m long": a unit of one letter written against its figure
        # was said as the letter ("one thousand five hundred W"). An "m" is metres only with a
        # measure's word after it or a noun it describes; elsewhere it may be a million.
        number, letter = match.group(1), match.group(2)
        after = re.match(r"\s+([a-z]+)", match.string[match.end() :])
        if letter == "m" and not (
            _describes_a_noun(match) or (after and after.group(1) in _MEASURE_WORDS)
        ):
            return match.group(0)
        one = number == "1" or _describes_a_noun(match)
        name = _GLUED_UNITS[letter]
        return f"{number} {name if one else name + 's'}"

    text = re.sub(r"(?<![\w.,£$€])(\d[\d,]*(?:\.\d+)?)([Wtm])\b(?![-’'])", glued, text)

    def metres(match: re.Match[str]) -> str:
        # "3 m high", "a 100 m sprint": a lone "m" after a figure and a space is metres, which
        # the voice said as the letter; before what is counted ("5 m people") it is millions.
        counted = re.match(r"\s+([^\W\d_]+)", match.string[match.end() :])
        if counted and _looks_counted(counted.group(1)) and not _describes_a_noun(match):
            return f"{match.group(1)} million"
        one = match.group(1) == "1" or _describes_a_noun(match)
        return f"{match.group(1)} {'meter' if one else 'meters'}"

    text = re.sub(r"(?<![\w.,£$€])(\d[\d,]*(?:\.\d+)?) m\b(?![²³/’'-]|\.\w)", metres, text)

    def thousand(match: re.Match[str]) -> str:
        counted = re.match(r"\s+([^\W\d_]+)", match.string[match.end() :])
        if counted is None or not _looks_counted(counted.group(1)) or _describes_a_noun(match):
            return match.group(0)  # "a 5k run" is said "five K"
        return f"{match.group(1)} thousand"

    # "40k people" was "forty k people".
    text = re.sub(r"(?<![\w.,])(\d+(?:\.\d+)?)k\b", thousand, text)
    # "v2.1": "version two point one", not "vtwo point one".
    text = re.sub(r"(?<![\w.])v(?=\d+(?:\.\d+)+\b)", "version ", text)
    return _UNIT_AFTER_FIGURE.sub(spoken, text)


_AGE_WORDS: Final = _word_set("aged age ages")


def _figure_and_more(match: re.Match[str]) -> str:
    """Say a figure with a plus after it: "aged 3+", "5+ children", "3+".

    They are "three and over", "five or more children" and "three plus"; the voice was given
    "three+" and said "three".
    """
    head = re.search(r"([^\W\d_]+)\W*$", match.string[: match.start()])
    tail = re.match(r"\s+([a-z][\w'’-]*)", match.string[match.end() :])
    if head is not None and head.group(1).lower() in _AGE_WORDS:
        return f"{match.group(1)} and over"
    if tail is not None and tail.group(1) not in _NOT_A_NOUN:
        return f"{match.group(1)} or more"
    return f"{match.group(1)} plus"


def expand_symbols(text: str, ctx: RuleContext) -> str:
    """Say symbols that carry meaning: "&" -> "and", "§" -> "section", "°C", "%".

    Left alone, engines skip them or read their Unicode names.
    """
    text = re.sub(r"\s*&\s*", f" {_vocab(ctx, 'and')} ", text)
    text = re.sub(r"§§\s*", f"{_vocab(ctx, 'sections')} ", text)
    text = re.sub(r"§\s*", f"{_vocab(ctx, 'section')} ", text)
    # "n° 5", "nº 3": the numero sign, "n degrees five" before this.
    text = re.sub(r"(?<!\w)[Nn][°º]\s?(?=\d)", f"{_vocab(ctx, 'number')} ", text)
    if ctx.lang == "en":
        # One degree is singular: "1°C" was "one degrees Celsius" ("-1°C" and "0.1°C" too).
        text = re.sub(r"(?<![\w.,])([-−]?1)\s?°(?=\s?[CF]\b|[^\w]|$)", r"\1 degree", text)
        text = re.sub(r"(?<=\b1 degree)\s?C\b", " Celsius", text)
        text = re.sub(r"(?<=\b1 degree)\s?F\b", " Fahrenheit", text)
    text = re.sub(r"\s?°\s?C\b", f" {_vocab(ctx, 'celsius')}", text)
    text = re.sub(r"\s?°\s?F\b", f" {_vocab(ctx, 'fahrenheit')}", text)
    text = re.sub(r"\s?°", f" {_vocab(ctx, 'degrees')}", text)
    if ctx.lang == "en":
        # A British paper's percent, "up 12.5pc": it was "pee see". Lower case only ("PC").
        text = re.sub(r"(?<![\w.,])(\d+(?:\.\d+)?)\s?pc\b(?!\.\w)", r"\1%", text)
        # "4.00%" is "four percent" as a newsreader says it; "4.50%" "four point five".
        text = re.sub(
            r"(?<![\d.,])(\d+)\.(\d*?)0+(?=\s?%)",
            lambda m: f"{m.group(1)}.{m.group(2)}" if m.group(2) else m.group(1),
            text,
        )
        text = re.sub(r"(?<![\w.,])(\d+)\+(?![\w+])", _figure_and_more, text)
    text = re.sub(r"\s?%", f" {_vocab(ctx, 'percent')}", text)
    text = re.sub(r"(?<!\S)<\s?(?=\d)", f"{_vocab(ctx, 'less')} ", text)
    text = re.sub(r"(?<!\S)>\s?(?=\d)", f"{_vocab(ctx, 'more')} ", text)
    text = re.sub(r"(?<!\S)~\s?(?=\d)", f"{_vocab(ctx, 'about')} ", text)
    if ctx.lang == "en":
        # A change in a table, "+4%", and a margin, "±2%": the sign was dropped or read as
        # its Unicode name. A "+" before a phone number is left to the phone rule.
        text = re.sub(r"(?<![\w+])±\s?(?=\d)", "plus or minus ", text)
        percent = r"\d+(?:[.,]\d+)?\s?(?:%|per\s?cent|percent)(?!\w)"
        text = re.sub(rf"(?<![\w+])\+(?={percent})", "plus ", text)
    # A sample's size, "(n=1,204)": the sign against its letter was not said ("n one thousand").
    text = re.sub(r"(?<=\b[A-Za-z])\s?=\s?(?=\d)", f" {_vocab(ctx, 'equals')} ", text)
    return re.sub(r"\s=\s", f" {_vocab(ctx, 'equals')} ", text)


# --------------------------------------------------------------------------- number rules


def _french_pair(pair: str) -> str:
    """Two figures of a French phone number as a French reader says them: "45" is one number."""
    if pair.startswith("0"):
        return _digit_words(pair, "fr")
    return _words(int(pair), "fr")


def speak_phone_numbers(text: str, ctx: RuleContext) -> str:
    """Read international phone numbers digit by digit, pausing between groups.

    "+33 4 72 44 70 00" must not become "seventy-two forty-four ..." read as amounts.
    """

    def spoken(match: re.Match[str]) -> str:
        groups = re.findall(r"\d+", match.group(0))
        if ctx.lang == "fr" and groups[0] == "33" and all(len(g) <= 2 for g in groups):
            # "+33 1 45 67 89 10": "plus trente-trois, un, quarante-cinq, …", as in France.
            return f"{_vocab(ctx, 'plus')} " + ", ".join(_french_pair(g) for g in groups)
        return f"{_vocab(ctx, 'plus')} " + ", ".join(_digit_words(g, ctx.lang) for g in groups)

    # A UK number's last group may have six figures: "+44 1234 567890".
    pattern = (
        r"(?<![\w+])\+\d{1,3}(?:(?:[ .\-]\(?\d{1,4}\)?){1,6}[ .\-]\d{1,6}|[ .\-]?\d{6,12})(?![\d])"
    )
    # "+44 (0)20 7946 0000": the bracketed 0 is dialled only from inside the country, and is
    # not said; left in, the number was read as amounts ("zero, twenty seven thousand ...").
    text = re.sub(r"(?<![\w+])(\+\d{1,3})\s?\(0\)\s?(?=\d)", r"\1 ", text)
    text = re.sub(pattern, spoken, text)

    def grouped(match: re.Match[str]) -> str:
        groups = re.findall(r"\d+", match.group(0))
        if ctx.lang == "fr" and len(groups) == 5 and all(len(g) == 2 for g in groups):
            # "01 45 67 89 10" is said in pairs in France: "zéro un, quarante-cinq, …".
            return ", ".join(_french_pair(g) for g in groups)
        return ", ".join(_digit_words(g, ctx.lang) for g in groups)

    # "(202) 646-3272", "202-646-3272": an amount and a range without this. A toll-free
    # "1-800-555-0199" was "one-eight hundred-five hundred fifty-five-zero one nine nine".
    pattern = r"(?<![\w(-])(?:1[-.]|1 (?=\())?(?:\(\d{3}\)\s?|\d{3}-)\d{3}-\d{4}(?![\w-])"

    def north_american(match: re.Match[str]) -> str:
        # A toll-free "1-800-…" is said "one eight hundred", as its owners advertise it.
        said = grouped(match)
        if ctx.lang == "en":
            said = re.sub(r"^((?:one, )?)eight zero zero,", r"\1eight hundred,", said)
        return said

    text = re.sub(pattern, north_american, text)
    # "0800 555 111", "020 7946 0958": a national number opens with its 0, in groups.
    pattern = r"(?<![\w.,+:/-])0\d{1,4}(?:[ -]\d{2,4}){1,3}(?![\w:/-]|[.,]\d)"
    # A French number in five pairs, "01 45 67 89 10" or "01.45.67.89.10": its last pair
    # had been left over ("dix"), the dotted form read as one decimal.
    french = r"(?<![\w.,+:/-])0\d(?:([ .-])\d{2})(?:\1\d{2}){3}(?![\w:/-]|[.,]\d)"
    # A mobile, "07700 900123", is written in two groups, the second of six figures; a
    # German number, "030 12345678", "030/1234567", has a long second group too (it was
    # "null drei null zwölf Millionen …").
    long = r"(?<![\w.,+:/-])0\d{2,4}[ /]\d{5,8}(?![\w:/-]|[.,]\d)"

    def national(match: re.Match[str]) -> str:
        # "020 7946 0958 24 hours a day": the last figures count the hours, not the number.
        last = re.search(r"[ -](\d{1,3})$", match.group(0))
        following = re.match(r"\s+([^\W\d_]+)", match.string[match.end() :])
        if last and following and _looks_counted(following.group(1)):
            head = match.group(0)[: last.start()]
            if re.fullmatch(r"0\d{1,4}(?:[ -]\d{2,4})+", head):
                # A pause parts them: "… zero nine five eight, twenty-four hours a day".
                return f"{grouped(re.match(r'.+', head) or match)},{match.group(0)[last.start() :]}"
        return grouped(match)

    text = re.sub(rf"{french}|{pattern}|{long}", national, text)
    if ctx.lang == "es":
        # "915 123 456", "612 34 56 78": a Spanish number has no leading 0; it was read as
        # amounts ("novecientos quince ciento veintitrés …").
        text = re.sub(
            r"(?<![\w.,+:/-])[6789]\d{2}(?: \d{3}){2}(?![\w:/-]|[.,]\d| \d)"
            r"|(?<![\w.,+:/-])[6789]\d{2}(?: \d{2}){3}(?![\w:/-]|[.,]\d| \d)",
            grouped,
            text,
        )

    def labelled(match: re.Match[str]) -> str:
        if sum(character.isdigit() for character in match.group(2)) < 6:
            return match.group(0)
        return f"{match.group(1)}{grouped(match)}"

    # "tel. 555-1234", "fax: 4689 2100": after its label a number is dialled, group by group;
    # "555-1234" was read as a range ("five hundred fifty-five to twelve thirty-four").
    pattern = (
        r"\b((?:(?:tele)?phone|fax|mobile|tel|tél|téléphone)\.?:?\s+)"
        r"(\d{2,5}(?:[ .-]\d{2,5}){1,4})(?![\w-]|[.,]\d)"
    )
    text = re.sub(pattern, labelled, text, flags=re.IGNORECASE)
    if ctx.lang != "en":
        return text
    # "call 911", "contact us on 101": a service number is dialled, not counted.
    pattern = (
        r"\b((?:call|dial|ring|phone|text)(?:ing|ling)?(?:\s+(?:us|them|the police|police))?"
        r"(?:\s+on)?|via|N H S"
        r"|contact\s+(?:us|them|the police|police)\s+on)\s+(\d{3,6}(?:\s+(?:or|and)\s+\d{3,6})*)"
        r"(?=[,.;:!?)]|$|\s+(?:immediately|now|today|quoting|quote|if|with|from|in|before|first"
        r"|online)\b"
        r"|\s+(?:and|or|to)\s+(?!\d))"
    )

    def dialled(match: re.Match[str]) -> str:
        numbers = re.sub(r"\d+", lambda n: _digit_words(n.group(0), ctx.lang), match.group(2))
        return f"{match.group(1)} {numbers}"

    text = re.sub(pattern, dialled, text, flags=re.IGNORECASE)
    # "NHS 111", "NHS 119": the service is named by its number, wherever it stands.
    text = re.sub(
        r"(?<=\bN H S )(111|119)(?![\w]|[.,]\d)", lambda m: _digit_words(m.group(1), ctx.lang), text
    )
    if not re.search(r"\b(?:call|dial|ring|phone|emergenc)", text, flags=re.IGNORECASE):
        return text

    def emergency(match: re.Match[str]) -> str:
        # "call 101 quoting …, or 999 in an emergency": "nine nine nine", not a count.
        counted = re.match(r"\s+([^\W\d_]+)", match.string[match.end() :])
        # "answered 92% of 999 calls": the line's calls, not a count of 999 of them.
        before = match.string[: match.start()]
        line = re.search(r"\b(?:of|the|all|our|to|for|answer\w*|handl\w*)\s+$", before, re.I)
        calls = counted is not None and counted.group(1).lower() in {"call", "calls"}
        if counted is not None and _looks_counted(counted.group(1)) and not (calls and line):
            return match.group(0)  # "112 calls were made"
        return _digit_words(match.group(0), ctx.lang)

    return re.sub(r"(?<![\w.,$£€])(?:999|911|112)(?![\w]|[.,]\d)", emergency, text)


_AMOUNT = r"\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = r"thousand|million|billion|trillion|millions?|milliards?|mil|millones|Millionen|Milliarden"


_CURRENCY_CODES = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_DOLLAR_PREFIXES: Final = {
    "US": "US", "A": "Australian", "AU": "Australian", "C": "Canadian", "CA": "Canadian",
    "NZ": "New Zealand", "HK": "Hong Kong", "S": "Singapore",
}  # fmt: skip
"""Whose dollar "US$ 312 million" or "A$5" names: said before "dollars" in English."""


def _currency_sign(written: str) -> str:
    """The sign a currency is named by: "US$" and "A$" are "$", "USD" is "$"."""
    return "$" if written.endswith("$") else _CURRENCY_CODES.get(written, written)


_SHORT_SCALES: Final = {"tn": "trillion", "bn": "billion", "m": "million", "k": "thousand"}
"""The scales headlines glue to a figure; "$3tn" was said "three dollarstn"."""
_SHORT_SCALE: Final = "|".join(_SHORT_SCALES)
_SCALE_WORDS: Final = "|".join(_SHORT_SCALES.values())


def _currency_ranges(text: str, sign: str, names: Mapping[str, tuple[str, str, str]]) -> str:
    """A range of money said once: "£2m–£3m" -> "2 to 3 million pounds", "$10-$15".

    Each side was given its own unit and the dash between them was a pause ("two million
    pounds, three million pounds"), or "£2–3m" lost its unit ("two pounds–three m"). An
    amount in pounds and pence keeps the rule for one amount. English only.
    """
    scales = {**_SHORT_SCALES, **{word: word for word in _SHORT_SCALES.values()}}
    pattern = (
        rf"({sign})\s?(\d+(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+)({_SHORT_SCALE})?\s?[-–—]\s?"
        rf"(?:({sign})\s?)?(\d+(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+)"
        rf"(?:({_SHORT_SCALE})\b|\s({_SCALE_WORDS})\b)?(?![\w.,]\d|[\w%])"
    )

    def spoken(match: re.Match[str]) -> str:
        first_sign, low, low_scale, high_sign, high = match.group(1, 2, 3, 4, 5)
        scale = match.group(6) or match.group(7)
        if high_sign and _currency_sign(high_sign) != _currency_sign(first_sign):
            return match.group(0)
        if low_scale and (scale is None or scales[low_scale] != scales[scale]):
            return match.group(0)
        if scale is None and ("." in low or "." in high):
            return match.group(0)  # "£3.50-£4.50": pounds and pence, each said alone
        currency = (
            names.get(_currency_sign(first_sign)) or _CURRENCIES["en"][_currency_sign(first_sign)]
        )
        size = f" {scales[scale]}" if scale else ""
        # "a £2m–£3m scheme" is "a two-to-three-million-pound scheme": the unit is singular.
        unit = currency[0] if _describes_a_noun(match) else currency[1]
        return f"{low} to {high}{size} {unit}"

    return re.sub(pattern, spoken, text)


_SHORT_SCALES_ABROAD: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    # "3,5 M€", "2 Md€": a French budget's millions and milliards before the euro sign.
    "fr": ((r"Mds?|Mrds?", "milliards"), (r"M", "millions")),
    "es": ((r"MM", "mil millones"), (r"M", "millones")),
    # "3,5 Mio. Euro", "2 Mrd. €": German writes them before the currency's name or sign.
    "de": ((r"Mrd\.?", "Milliarden"), (r"Mio\.?", "Millionen")),
}
"""A scale's short form after an amount, per language, and the words a reader says for it."""


def _spelled_out_scales(text: str, lang: str) -> str:
    """Write the short scale of an amount in full: "3,5 M€" -> "3,5 millions €".

    The voice said "M€", "Mio." and "Mrd." as letters or not at all ("trois virgule cinq
    M€"). Only after a figure and before a currency (or, for German's dotted forms, any
    word), where the letters can only be a scale.
    """
    for short, words in _SHORT_SCALES_ABROAD.get(lang, ()):
        ahead = r"(?=\s|$)" if short.endswith(r"\.?") else r"(?=\s?(?:€|\$|£|EUR|USD)(?!\w))"
        text = re.sub(rf"(?<=\d)\s?(?:{short}){ahead}", f" {words}", text)
    return text


def _scale_of(plural: str, lang: str) -> str:
    """The currency after a scale word: "millions d'euros", "millones de dólares".

    French and Spanish join a scale to what it counts with "de" ("3,5 millions d'euros");
    "trois virgule cinq millions euros" is not French.
    """
    if lang == "fr":
        return f"d'{plural}" if plural[:1].lower() in "aeiouyéèh" else f"de {plural}"
    if lang == "es":
        return f"de {plural}"
    return plural


def speak_currency(text: str, ctx: RuleContext) -> str:
    """Move the currency after the amount and name it: "$5 million" -> "5 million dollars".

    "£3.50" becomes "3 pounds 50", which the cardinal rule then reads as
    "three pounds fifty"; ISO codes work too ("USD 300 million"). Amounts are left as
    digits for the number rules. Runs before the acronym rule so "USD" is not spelled.
    """
    names = _CURRENCIES.get(ctx.lang, _CURRENCIES["en"])
    decimal_mark = "." if ctx.lang == "en" else ","

    def spoken(written: str, amount: str, scale: str | None) -> str:
        whose = _DOLLAR_PREFIXES.get(written[:-1], "") if written.endswith("$") else ""
        sign = _currency_sign(written)
        singular, plural, minor = names.get(sign) or _CURRENCIES["en"][sign]
        if whose and ctx.lang == "en":  # "US$ 312 million": "312 million US dollars"
            singular, plural = f"{whose} {singular}", f"{whose} {plural}"
        if scale:
            return f"{amount} {scale} {_scale_of(plural, ctx.lang)}"
        whole, mark, cents = amount.rpartition(decimal_mark)
        if mark and len(cents) == 2 and whole:
            whole_digits = re.sub(r"\D", "", whole)
            if int(whole_digits or "0") == 0:
                return f"{int(cents)} {minor}"
            unit = singular if int(whole_digits) == 1 else plural
            joined = " con" if ctx.lang == "es" else ""  # "dos euros con cincuenta"
            return f"{whole} {unit}{joined} {int(cents)}" if int(cents) else f"{whole} {unit}"
        digits = re.sub(r"\D", "", amount)
        unit = singular if digits.lstrip("0") == "1" else plural
        return f"{amount} {unit}"

    def said_before(match: re.Match[str]) -> str:
        words = spoken(match.group(1), match.group(2), match.group(3))
        if ctx.lang == "en" and _describes_a_noun(match):
            # "a $100,000 payment" is "a hundred-thousand-dollar payment": the amount
            # describes the noun, so the unit is singular.
            singular, plural, _minor = names.get(_currency_sign(match.group(1)), ("", "", ""))
            if plural and words.endswith(f" {plural}"):
                words = words[: -len(plural)] + singular
        return words

    sign = r"(?<![\w$])(?:US|AU?|CA?|NZ|HK|S)\$|[$€£¥]|\b(?:USD|EUR|GBP|JPY|CHF)\b"
    if ctx.lang == "en":
        text = _currency_ranges(text, sign, names)
        # "£1.2m", "$3bn", "£500k": the scale glued to the figure, as headlines write it
        # (was "one point two poundsm").
        text = re.sub(
            rf"({sign})\s?({_AMOUNT})\s?({_SHORT_SCALE})\b",
            lambda m: f"{m.group(1)}{m.group(2)} {_SHORT_SCALES[m.group(3)]}",
            text,
        )

        def unit(match: re.Match[str]) -> str:
            plural = names.get(_currency_sign(match.group(1)), _CURRENCIES["en"]["$"])[1]
            scale = match.group(2)
            return f"(in {_SHORT_SCALES[scale]}s of {plural})" if scale else f"(in {plural})"

        # A table's unit with no amount, "Cost (£m): 5.5", was said "Cost, pound m".
        text = re.sub(rf"\(({sign})\s?({_SHORT_SCALE})?\)", unit, text)
    text = _spelled_out_scales(text, ctx.lang)
    before = rf"({sign})\s?({_AMOUNT})(?:\s({_SCALE})\b)?"
    text = re.sub(before, said_before, text)
    if ctx.lang == "en":
        # "75p for children" was "seventy-five p": pence, as the price is said.
        text = re.sub(
            r"(?<![\w.,])(\d{1,2})p\b(?![.\w])",
            lambda m: f"{m.group(1)} {'penny' if m.group(1) == '1' else 'pence'}",
            text,
        )
    after = rf"(?<![\w.,])({_AMOUNT})(?:\s({_SCALE}))?\s?({sign})"
    text = re.sub(after, lambda m: spoken(m.group(3), m.group(1), m.group(2)), text)
    if ctx.lang == "es":
        text = _SPANISH_PRICE.sub(_spanish_price, text)
    return text


_SPANISH_PRICE: Final = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+),(\d{2})(?=\s+(?:euros?|dólar(?:es)?|pesos?|libras?)\b)"
)
"""A Spanish price with its currency written as a word: "2,50 euros"."""


def _spanish_price(match: re.Match[str]) -> str:
    """Say a price as a price: "2,50 euros" -> "2 con 50 euros" ("dos con cincuenta euros").

    As a decimal it was "dos coma cinco euros": the cents lost their zero, and "coma" is not
    how a price is read. A leading zero is said: "2,05 euros" is "dos con cero cinco".
    """
    whole, cents = match.group(1), match.group(2)
    said = f"cero {cents[1]}" if cents.startswith("0") else cents
    return f"{whole} con {said}"


_EVENING: Final = re.compile(
    r"\s+(?:tonight|(?:this|that|in the) (?:afternoon|evening))\b",
    re.IGNORECASE,
)
"""Words after an afternoon time that already say which half of the day it is."""
_AFTERNOON_END: Final = re.compile(r"\s?(?:to|and|until|till)\s(?:1[3-9]|2[0-3]):[0-5]\d(?![\d:])")
"""The rest of a range whose end is in the afternoon: "10:00 to 20:00"."""


_RATIO_CUES: Final = _word_set("ratio ratios scale odds split majority margin")
_VULGAR_FRACTIONS: Final = {
    "½": "a half", "¼": "a quarter", "¾": "three quarters", "⅓": "a third", "⅔": "two thirds",
}  # fmt: skip


_CLOCK_BEFORE: Final = re.compile(
    r"\b(?:at|from|until|till|by|before|after|around|about|between|since|to|and|or)\s+$"
    r"|(?:\d:\d\d|[ap]\.?m\.?)\s*(?:to|and|until|till|[-–—])\s*$",
    re.IGNORECASE,
)
"""What stands before a time: "at 1:10", "from 1:15", "9:30 to 1:45"."""
_CLOCK_AFTER: Final = re.compile(
    rf"\s?(?:[ap][.\s]?m\b|o['’]clock\b|hrs\b|h\b|local time\b"
    rf"|(?:{'|'.join(sorted({*TIME_ZONES, *(' '.join(zone) for zone in TIME_ZONES)}))})\b"
    r"|(?:tonight|today|tomorrow|this (?:morning|afternoon|evening))\b"
    r"|\s*(?:to|and|until|till|[-–—])\s*\d{1,2}(?::\d\d|\s?[ap]\.?m\b))",
    re.IGNORECASE,
)
"""What follows a time: "1:10 pm", "1:30 GMT", "1:30 to 3:00"."""


def _said_as_clock(match: re.Match[str]) -> bool:
    """Whether "1:NN" is a time of day by its neighbours, as "at 1:10 pm" is.

    An hour of 1 with two-figure minutes is also how a ratio is written ("a 1:50 gradient",
    "a ratio of 1:40"), and the voice said "one fifty". Without a word that asks for a time
    ("at", "from", "pm", a zone, a range of times) such a pair is read as a ratio.
    """
    before = match.string[: match.start()]
    after = match.string[match.end() :]
    return _CLOCK_BEFORE.search(before) is not None or _CLOCK_AFTER.match(after) is not None


def speak_ratios(text: str, ctx: RuleContext) -> str:
    """Say a ratio's colon as "to": "a 1:1 ratio" -> "a 1 to 1 ratio", "1:50,000".

    The voice said "one colon one"; "a 1:50,000 map" was taken for a time ("one fifty,zero").
    A pair is a ratio when it cannot be a time ("3:2", "60:40", "1:100") or a word such as
    "ratio" or "scale" is next to it; "at 3:16" stays a time. After a capitalised word
    ("John 3:16", "Genesis 1:1") it is a verse or a reference, and is left alone. A figure
    with a vulgar fraction, "2½ hours", is "2 and a half". English only.
    """
    if ctx.lang != "en":
        return text
    text = re.sub(
        rf"(?<=\d)([{''.join(_VULGAR_FRACTIONS)}])",
        lambda m: f" and {_VULGAR_FRACTIONS[m.group(1)]}",
        text,
    )
    # A fraction alone, "About ¾ of respondents": it was not said at all.
    text = re.sub(
        rf"([{''.join(_VULGAR_FRACTIONS)}])",
        lambda m: _VULGAR_FRACTIONS[m.group(1)].removeprefix("a half").strip() or "half",
        text,
    )

    def spoken(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        head = re.search(r"([^\W\d_]+)\W*$", match.string[: match.start()])
        tail = re.match(r"\W*([^\W\d_]+)", match.string[match.end() :])
        near = re.findall(r"[^\W\d_]+", match.string[: match.start()])[-3:]
        if tail is not None:
            near.append(tail.group(1))
        cued = any(word.lower() in _RATIO_CUES for word in near)
        if head is not None and head.group(1)[0].isupper() and not cued:
            return match.group(0)
        clock = re.fullmatch(r"\d{2}", second) and int(first) < 24 and int(second) < 60
        if clock and not cued and (first != "1" or _said_as_clock(match)):
            return match.group(0)
        return f"{first} to {second}"

    return re.sub(
        r"(?<![\d:.,])(\d{1,3}):(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\d:]|[.,]\d)", spoken, text
    )


_SPELLED_ZONES: Final = "|".join(
    " ".join(zone) for zone in sorted(TIME_ZONES, key=len, reverse=True)
)


@cache
def _month_names(lang: str) -> str:
    """The month names a date may use in this language (its own and English), as one pattern."""
    return "|".join(_MONTHS.get(lang, _MONTHS["en"]) + _MONTHS["en"])


_HHMM: Final = r"(?:[01]\d|2[0-3])[0-5]\d"
"""A time on the 24-hour clock written without a colon, as police and the military do."""


def _hhmm(time: str) -> str:
    """A 24-hour time without its colon ("0730") as the clock rule reads it ("7:30 am").

    The leading zero says morning, which the eye sees and the ear does not: "at 0730" was
    said "seven thirty", and heard as "7.30 pm". From 1 to 11 the "am" is said; midnight's
    hour and the afternoon's speak for themselves.
    """
    hour, minute = time[:2], time[2:]
    return f"{int(hour)}:{minute} am" if 1 <= int(hour) <= 11 else f"{hour}:{minute}"


def _on_the_clock(match: re.Match[str], first: int = 1) -> str:
    """`_hhmm` for a match whose groups `first` and `first + 1` are the hour and the minutes."""
    return _hhmm(match.group(first) + match.group(first + 1))


def speak_clock_ranges(text: str, ctx: RuleContext) -> str:
    """Read a range of 24-hour times as times: "from 2200 to 0600" -> "from 22:00 to 06:00".

    It was "from two thousand two hundred to zero six zero zero", and "0800-1800" was taken
    for a phone number. A range is of times when one end has the clock's leading zero, or
    "hours", "hrs" or a zone follows it; "from 1200 to 1500 people" and "from 2000 to 2010"
    stay numbers. Runs before the phone rule; `speak_times` then says the times. English only.
    """
    if ctx.lang != "en":
        return text

    def clock(match: re.Match[str]) -> str:
        first, joined, second = match.group(1, 2, 3)
        if not (first.startswith("0") or second.startswith("0") or match.group(4)):
            return match.group(0)
        return f"{_hhmm(first)}{joined}{_hhmm(second)}"

    return re.sub(
        rf"(?<![\w.,:+-])({_HHMM})(\s?(?:to|until|till|and|[-–—])\s?)({_HHMM})(?![\w:-]|[.,]\d)"
        rf"(?=(\s?(?:hours|hrs|{_SPELLED_ZONES}|{'|'.join(TIME_ZONES)}|local time)\b)?)",
        clock,
        text,
    )


def speak_times(text: str, ctx: RuleContext) -> str:
    """Read clock times as spoken: "10:30" -> "ten thirty", "3 p.m." -> "three p m".

    Without this "10:30" is read as a ratio or "ten colon thirty".
    """

    def clock(match: re.Match[str]) -> str:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour > 23 or minute > 59:
            return match.group(0)
        h = _words(hour, ctx.lang)
        if ctx.lang == "it":
            return f"{h} e {_words(minute, ctx.lang)}" if minute else h  # "dieci e trenta"
        if ctx.lang == "fr":
            # "une heure", "vingt et une heures": the hour is feminine, and one is singular.
            h = re.sub(r"\bun$", "une", h)
            m = f" {_words(minute, ctx.lang)}" if minute else ""
            return f"{h} {'heure' if hour < 2 else 'heures'}{m}"
        if ctx.lang != "en":
            m = f" {_words(minute, ctx.lang)}" if minute else ""
            return f"{h} {_vocab(ctx, 'hours')}{m}"
        rest = match.string[match.end() :]
        suffix = re.match(r"\s?[ap]\.?m\b", rest, flags=re.I)

        def with_minutes(hour_words: str) -> str:
            if minute == 0:
                return hour_words
            if minute < 10:
                return f"{hour_words} oh {_words(minute, ctx.lang)}"
            return f"{hour_words} {_words(minute, ctx.lang)}"

        if hour > 12:
            # "20:00" is "eight p m" on the news, not the drill's "twenty hundred"; "by 20:00
            # tonight" already says the evening: "by eight o'clock tonight".
            spoken = with_minutes(_words(hour - 12, ctx.lang))
            if suffix:
                return spoken
            if _EVENING.match(rest):
                return spoken if minute else f"{spoken} {_vocab(ctx, 'oclock')}"
            return f"{spoken} p m"
        overnight = re.search(
            r"(?:1[3-9]|2[0-3]):[0-5]\d\s?(?:to|until|till|[-–—])\s?$",
            match.string[: match.start()],
        )
        if 0 < hour < 12 and not suffix and (_AFTERNOON_END.match(rest) or overnight):
            # "10:00–20:00" is "ten a m to eight p m": "ten o'clock to eight p m" would leave
            # the listener to guess which half of the day the range opens in.
            return f"{with_minutes(h)} a m"
        if minute == 0:
            if hour == 0 and not suffix:
                return "midnight"
            if hour == 12 and re.match(r"\s+noon\b", rest):
                return h  # "12:00 noon": "twelve noon", not "twelve o'clock noon"
            if hour == 12 and _AFTERNOON_END.match(rest):
                return "midday"  # "12:00–18:00": "midday to six p m" ("noon to" was "into")
            return h if suffix else f"{h} {_vocab(ctx, 'oclock')}"
        if hour == 0:  # "00:01", an embargo's minute past midnight: "twelve oh one a m"
            h, after = _words(12, ctx.lang), " a m"
        else:
            after = ""
        if minute < 10:
            return f"{h} oh {_words(minute, ctx.lang)}{after}"
        return f"{h} {_words(minute, ctx.lang)}{after}"

    def timestamp(match: re.Match[str]) -> str:
        # "15:22:00-04:00" (feeds, metadata): hours and minutes for `clock`, then the rest.
        hour, minute, second = (int(match.group(i)) for i in (1, 2, 3))
        if hour > 23 or minute > 59 or second > 59:
            return match.group(0)
        spoken = f"{hour}:{minute:02d}"
        if second and ctx.lang == "en":
            spoken += f" and {_words(second, ctx.lang)} seconds"
        if match.group(4):
            spoken += ", U T C"
        elif match.group(5):
            sign = _vocab(ctx, "plus" if match.group(5) == "+" else "minus")
            offset = _words(int(match.group(6)), ctx.lang)
            if int(match.group(7)):
                offset += f" {_words(int(match.group(7)), ctx.lang)}"
            spoken += f", U T C {sign} {offset}"
        return spoken

    text = re.sub(
        r"(?<![\d:])(\d{1,2}):(\d{2}):(\d{2})(?:(Z)|([+-])(\d{2}):?(\d{2}))?(?![\d:])",
        timestamp,
        text,
    )
    # "18 November 2025 10:30", a release's dateline: "twenty twenty-five ten thirty" ran the
    # year into the time, heard as one number. A pause between them, as after a comma.
    months = _month_names(ctx.lang)
    text = re.sub(
        rf"\b((?:{months})\.?\s+(?:1[89]|20)\d\d)[ \t]+(?=\d{{1,2}}:\d{{2}}(?!\d))", r"\1, ", text
    )
    if ctx.lang == "fr":
        # "10 h 30", "9h00", "14 h": the French clock, "dix h trente" and "neuf hzéro" before.
        text = re.sub(
            r"(?<![\w/.,:])([01]?\d|2[0-3])\s?h\s?([0-5]\d)?(?![\w/])",
            lambda m: f"{m.group(1)}:{m.group(2) or '00'}",
            text,
        )
    if ctx.lang != "en":
        # "10:30 Uhr" is said "zehn Uhr dreißig": the written unit moves into the time.
        hours = re.escape(_vocab(ctx, "hours"))
        text = re.sub(rf"(?<![\d:])(\d{{1,2}}:\d{{2}})\s*{hours}\b", r"\1", text)
        # "um 10.30 Uhr": the dotted form of the same time.
        text = re.sub(rf"(?<![\d.,])([01]?\d|2[0-3])\.([0-5]\d)\s*{hours}\b", r"\1:\2", text)
    if ctx.lang == "en":
        # The 24-hour clock as police write it, "0930hrs", "14:35 hrs": a time like any other
        # ("nine thirty a m", "two thirty-five p m"), with no "hours" after it.
        text = re.sub(r"(?<![\w.,:])([01]\d|2[0-3])([0-5]\d)\s?hrs\b", _on_the_clock, text)
        # "at 0930", "1400 GMT": the same clock without "hrs"; "at 0930" was "zero nine three
        # zero". Only with its leading zero or a time zone after it, so "at 1800 metres" stays.
        # The zones are spelled by now ("G M T"). "0800 hours" is the clock too; "1200 hours
        # of training" is not, nor is "In 1945 GMT was".
        zones = f"{_SPELLED_ZONES}|local time"
        text = re.sub(r"(?<![\w.,:])(0\d)([0-5]\d)\s?hours\b", _on_the_clock, text)
        # "by 1400 hours", "at 1530 hours": after a word that asks for a time, the clock
        # ("two p m"); it was "one thousand five hundred thirty hours". "gave 1500 hours of
        # their time" has no such word and stays a count.
        text = re.sub(
            r"\b((?:at|from|until|till|before|by|after)\s)([01]\d|2[0-3])([0-5]\d)\s?hours\b",
            lambda m: m.group(1) + _on_the_clock(m, 2),
            text,
            flags=re.I,
        )
        text = re.sub(
            rf"\b((?:at|from|until|till|before|by)\s)(0\d)([0-5]\d)(?![\w.,:]|\s*[a-z]+s\b"
            rf"|\s?(?:{zones})\b)",
            lambda m: m.group(1) + _on_the_clock(m, 2),
            text,
            flags=re.I,
        )
        text = re.sub(
            rf"(?<!\bin )(?<!\bsince )(?<![\w.,:])([01]\d|2[0-3])([0-5]\d)(?=\s?(?:{zones})\b)",
            # Before a zone, no "a m": "nine a m G M T" ran together, heard as "9amg".
            r"\1:\2",
            text,
            flags=re.I,
        )
        text = re.sub(r"(?<![\d:])(\d{1,2}:[0-5]\d)\s?hrs\b", r"\1", text)
        # British style, "11.15pm": a time, not "eleven point one five".
        text = re.sub(r"(?<![\w.,:])(\d{1,2})\.([0-5]\d)(?=\s?[ap]\.?m\b)", r"\1:\2", text)
        # A court listing's "at 10.30" has no "am": after "at", "from", "until" or "before" an
        # hour and its minutes are a time, not "ten point three zero", unless a unit follows.
        text = re.sub(
            r"\b((?:at|from|until|till|before)\s)([01]?\d|2[0-3])\.([0-5]\d)"
            r"(?![\w,%]|\.\d|\s*(?:per\b|percent|[a-z]+s\b|an?\s|each\b))"
            # "from 8.50 to 12.75 per kilo", "from 8.50 to 9.25 per cent": the range's end is
            # no time (75 minutes) or takes a unit, so neither end is one.
            r"(?!\s?(?:to|and|[-–—])\s?(?:\d+\.(?:[6-9]\d|\d{3,})|\d+(?:\.\d+)?\s*"
            r"(?:per\b|percent|%|[a-z]+s\b|an?\s|each\b)))",
            r"\1\2:\3",
            text,
            flags=re.I,
        )
        # "from 8.00 to 18.00": the end of a range of times is a time too, not "eighteen point
        # zero zero".
        text = re.sub(
            r"(?<=\d:[0-5]\d)(\s?(?:to|and|until|till|[-–—])\s?)([01]?\d|2[0-3])\.([0-5]\d)"
            r"(?![\d,%]|\.\d)",
            r"\1\2:\3",
            text,
        )
        # "10:30am" was sent "ten thirtyam": the dotted form is read after the clock's words.
        text = re.sub(r"(?<=\d)\s?([ap])m\b", r" \1.m", text, flags=re.IGNORECASE)
        # "1:32 P.M. EDT" (the dots are gone by now): in capitals the voice spelled "P M E D T"
        # as one acronym, heard "TMEDT"; the meridiem is said apart from the zone.
        text = re.sub(r"(?<=\d)\s?([AP]) M\b", lambda m: f" {m.group(1).lower()}.m", text)
    # "08:00-18:00": a range of times, "to", not a dash between words.
    text = re.sub(
        r"(?<![\d:])(\d{1,2}:\d{2})\s?[-–—]\s?(?=\d{1,2}:\d{2}(?![\d:]))",
        rf"\1 {_vocab(ctx, 'to')} ",
        text,
    )
    text = re.sub(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])", clock, text)
    if ctx.lang != "en":
        return text

    def meridiem(match: re.Match[str]) -> str:
        at_end = not match.string[match.end() :].strip() and match.group(0).endswith(".")
        return f" {match.group(1).lower()} m" + ("." if at_end else "")

    text = re.sub(r"(?<=[\w])\s?([ap])\.m\.?(?!\w)", meridiem, text, flags=re.I)
    return re.sub(r"(?<=\d)\s?([ap])m\b", meridiem, text, flags=re.I)


def speak_number_signs(text: str, ctx: RuleContext) -> str:
    """Read "No. 5" and "#5" as "number 5" rather than "no" or "hash".

    "No." is only expanded before a number, so "No." as an answer is untouched.
    """
    text = re.sub(r"\bNos\.\s?(?=\d)", f"{_vocab(ctx, 'numbers')} ", text)
    text = re.sub(r"\b[Nn]o\.\s?(?=\d)", f"{_vocab(ctx, 'number')} ", text)
    # "Press release No. ICJ/2025/41" (its letters spelled by now): a code is numbered too.
    slash = _vocab(ctx, "slash")
    text = re.sub(rf"\bNo\.\s?(?=[A-Z](?: [A-Z])*\s+{slash}\b)", f"{_vocab(ctx, 'number')} ", text)
    if ctx.lang == "en":
        # "Press Release No 34/26", "No 10 Downing Street": British style drops the dot; a
        # capital "No" before a figure is the numero, never the answer.
        text = re.sub(r"\bNo\s(?=\d+(?![\d-]))", f"{_vocab(ctx, 'number')} ", text)
    return re.sub(r"(?<![\w&])#\s?(?=\d)", f"{_vocab(ctx, 'number')} ", text)


_QUOTED_REFERENCE_CUES: Final = (
    "incidents?|ref|reference|logs?|crime|occurrence|case|quote|quoting|docket|warrant|collar"
    "|P C|D C"  # an officer's collar number, "PC 1234 Smith" (spelled by now)
)
"""Nouns before a number that a listener must write down and quote back: "incident 1187",
"crime number 4519". An announcer says these digit by digit ("one one eight seven"); said
as an amount or a year ("eleven eighty-seven") they cannot be taken down."""
_PAIRED_NUMBER_CUES: Final = (
    "flights?|rooms?|bus|buses|routes?|platforms?|gates?|resolutions?|res"
    "|H R"  # a bill of Congress, "H.R. 3684" (spelled by now): "H R thirty-six eighty-four"
)
"""Nouns before a number said in pairs of digits: "flight twelve oh five", "room one oh one",
"resolution twenty-seven twenty-eight" (the way the UN says its resolutions)."""
_LABEL_NUMBER_CUES: Final = (
    "sections?|articles?|paragraphs?|paras?|items?|rules?|clauses?|regulations?|chapters?|number"
    "|parts?|U S C|C F R"  # "5 C.F.R. 2635", "5 CFR part 2635": "twenty-six thirty-five"
)
"""Nouns before a number that names a part of a text. Up to three digits it is a count
("section one hundred twenty"); four digits are said in pairs, as lawyers say "section
nineteen eighty-three" and "section twelve oh one", never "one thousand two hundred one"."""


def _paired_words(number: str, lang: str) -> str:
    """Read three or four figures in pairs, as names are said: "101" is "one oh one"."""
    if len(number) == 4:
        return _year_words(number, lang)
    if len(number) < 3:
        return _words(int(number), lang)
    hundreds, rest = divmod(int(number), 100)
    if rest == 0:
        return _words(int(number), lang)
    if rest < 10:
        return f"{_words(hundreds, lang)} oh {_words(rest, lang)}"
    return f"{_words(hundreds, lang)} {_words(rest, lang)}"


def speak_reference_numbers(text: str, ctx: RuleContext) -> str:
    """Read a number that names something the way an announcer does, not as a year or count.

    "Incident 1187" was read as a year ("eleven eighty-seven") and "resolution 2728" as an
    amount ("two thousand seven hundred twenty-eight"). What the number names decides:
    a reference to quote is said digit by digit ("crime number four five one nine"), a
    flight, room, bus or resolution in pairs ("flight twelve oh five"), a section or article
    of four digits in pairs ("section twelve oh one"). Years after other words ("in 1987",
    "the 2024 report") are not touched. English only: the cue words are English.
    """
    if ctx.lang != "en":
        return text
    label = r"(?:\s+(?:reference|ref|number|no))*\s*:?\s+"
    # "in case 2020 brings ..." is the phrase "in case", not a case number.
    quoted = rf"(?<![\w-])(?<!\bin\s)(?:{_QUOTED_REFERENCE_CUES}){label}"

    def quoted_digits(match: re.Match[str]) -> str:
        following = re.match(r"\s+([^\W\d_]+)", match.string[match.end() :])
        verb = re.match(r"(?:log|logs|quote|quoting)\b", match.group(1), flags=re.IGNORECASE)
        if verb and following and _looks_counted(following.group(1)):
            return match.group(0)  # "pilots must log 1500 hours": a count, not a reference
        # "26/88213/N P" (its letters spelled by now), a police log's "26*318842": each run
        # of digits digit by digit, the letters as they are, the star said.
        parts = re.split(r"([/*])", match.group(2))
        said = {"/": f" {_vocab(ctx, 'slash')} ", "*": " star "}
        return match.group(1) + "".join(
            said[part]
            if part in said
            else part
            if part[:1].isalpha()
            else _digit_words(part, ctx.lang)
            for part in parts
        )

    text = re.sub(
        rf"({quoted})(\d{{3,}}(?:/\d+)*|\d+(?:/\d+){{2,}}"
        r"|\d+(?:[/*]\d+)+/[A-Z](?: [A-Z]){0,3}\b|\d{1,4}\*\d{3,})"
        r"(?![\w/]|[.,]\d|-\d)",
        quoted_digits,
        text,
        flags=re.IGNORECASE,
    )
    # "Public Law 117-58": the Congress, said as a name ("one seventeen"), then the law's
    # number; the dash had made it a range, "one hundred seventeen to fifty-eight".
    text = re.sub(
        r"(\bPublic Laws?\s+)(\d{2,3})[-–](\d{1,4})\b",
        lambda m: f"{m.group(1)}{_paired_words(m.group(2).lstrip('0'), ctx.lang)} {m.group(3)}",
        text,
    )
    not_a_part = r"(?![\w/]|[.,]\d|\s?[-–]\s?\d)"
    # "resolutions 2712 (2023) and 2720 (2023)", "flights 321 and 322": each one named.
    one = rf"\d{{3,4}}{not_a_part}(?:\s*\(\d{{4}}\))?"
    listed = rf"{one}(?:(?:,\s*|,?\s+(?:and|or)\s+){one})*"
    slash = _vocab(ctx, "slash")

    def paired(match: re.Match[str]) -> str:
        numbers = re.sub(
            r"(?<!\()\b\d{3,4}\b(?!\))",
            lambda n: _paired_words(n.group(0), ctx.lang),
            match.group(2),
        )
        return match.group(1) + numbers

    text = re.sub(
        rf"((?<![\w-])(?:{_PAIRED_NUMBER_CUES})\s+(?:{slash}\s+)?)({listed})",
        paired,
        text,
        flags=re.IGNORECASE,
    )
    return re.sub(
        rf"((?<![\w-])(?:{_LABEL_NUMBER_CUES})\s+)(\d{{4}}){not_a_part}",
        lambda m: m.group(1) + _paired_words(m.group(2), ctx.lang),
        text,
        flags=re.IGNORECASE,
    )


def speak_iso_dates(text: str, ctx: RuleContext) -> str:
    """Read ISO dates "2021-03-07" as "7 March, twenty twenty-one", not as subtractions."""
    months = _MONTHS.get(ctx.lang, _MONTHS["en"])

    def said_day(day: int, match: re.Match[str]) -> str:
        # German says the day as an ordinal, "am dritten Oktober"; "am 3.10.2024" was "am
        # drei Oktober", a count.
        return _german_day(day, match.string[: match.start()]) if ctx.lang == "de" else str(day)

    def spoken(match: re.Match[str]) -> str:
        year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group(0)
        return f"{said_day(day, match)} {months[month - 1]}, {_year_words(year, ctx.lang)}"

    text = re.sub(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])", spoken, text)

    def dotted(match: re.Match[str]) -> str:
        # "24.09.2024" (day, month, year) is read "twenty-four point nine point ..." otherwise.
        day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
        head = match.string[: match.start()].split()
        if head and head[-1].lower().rstrip(":") in ("version", "release", "v"):
            return match.group(0)
        if not (1 <= month <= 12 and 1 <= day <= 31 and _is_year(year)):
            return match.group(0)
        return f"{said_day(day, match)} {months[month - 1]}, {_year_words(year, ctx.lang)}"

    text = re.sub(r"(?<![\w.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\w]|[.,]\d)", dotted, text)

    def slashed(match: re.Match[str]) -> str:
        # "31/12/2024" was "thirty-one slash twelve slash ...". Only a date whose order is
        # plain is read: "12/03/2024" is 12 March in London and December 3 in New York.
        first, second, year = int(match.group(1)), int(match.group(2)), match.group(3)
        if not _is_year(year) or first == 0 or second == 0:
            return match.group(0)
        if 12 < first <= 31 and second <= 12:
            return f"{first} {months[second - 1]}, {_year_words(year, ctx.lang)}"
        if ctx.lang == "en" and 12 < second <= 31 and first <= 12:
            return f"{months[first - 1]} {second}, {_year_words(year, ctx.lang)}"
        return match.group(0)

    return re.sub(r"(?<![\w./,])(\d{1,2})/(\d{1,2})/(\d{4})(?![\w/]|[.,]\d)", slashed, text)


_CLOCK_HOURS: Final = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight"
"""An hour in words: "10.30am-12.30pm" reaches the range rule as "ten thirty a m-twelve ..."."""
_SHORT_DAYS: Final = "Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun"
"""Days written short in opening hours, "Mon–Fri"; only read in a range, where they are days."""


def _day_name(short: str) -> str:
    """The day a short form names: "Thurs" -> "Thursday"."""
    days = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
    return next(day for day in days if day.startswith(short[:3]))


def speak_ranges(text: str, ctx: RuleContext) -> str:
    """Read a dash between numbers as "to": "7-9 March" -> "7 to 9 March".

    A range of years is read as years at once ("twenty twenty to twenty twenty-four"),
    since each side alone might otherwise be read as a count.
    """
    to = _vocab(ctx, "to")

    def spoken(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        # "between 7-9 March" is "between seven and nine", never "between seven to nine".
        between = ctx.lang == "en" and re.search(
            r"\bbetween\s+$", match.string[: match.start()], re.I
        )
        joined = _vocab(ctx, "and") if between else to
        if _is_year(first) and (_is_year(second) or len(second) == 2):
            last = _year_words(second, ctx.lang) if len(second) == 4 else second
            return f"{_year_words(first, ctx.lang)} {joined} {last}"
        return f"{first} {joined} {second}"

    num = r"\d+(?:[.,]\d+)*"
    pattern = rf"(?<![\w.,/+:-])({num})\s?[-–—]\s?({num})(?![\w/]|[-–]\d|[.,]\d)"
    text = re.sub(pattern, spoken, text)
    # "September 30 – October 3", "Monday–Friday": a dash between dates or days is "to", not
    # the pause a dash between words becomes.
    if ctx.lang == "en":
        # "8am–10pm" (the times are "8 a m" by now): "eight a m to ten p m", not a pause.
        text = re.sub(
            rf"(?<= [ap] m)\s?[-–—]\s?(?=\d|(?:{_CLOCK_HOURS})\b)", f" {to} ", text, flags=re.I
        )
        # "Mon–Fri", "Mon-Sat": opening hours, said in full.
        text = re.sub(
            rf"\b({_SHORT_DAYS})\.?\s?[-–—]\s?({_SHORT_DAYS})\b{_MID_SENTENCE_DOT}",
            lambda m: f"{_day_name(m.group(1))} {to} {_day_name(m.group(2))}",
            text,
        )
        # "from Mon 3 to Fri 7 March": a day before its date was "mon" and "fry".
        text = re.sub(
            rf"\b({_SHORT_DAYS})\.?(?=,?\s\d{{1,2}}\b)", lambda m: _day_name(m.group(1)), text
        )
        # "10%-15%": "ten percent to fifteen percent" (the dash had run the two together).
        text = re.sub(rf"(?<=\d) ({_vocab(ctx, 'percent')})\s?[-–—]\s?(?=\d)", rf" \1 {to} ", text)
    months = _month_names(ctx.lang)
    days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    # "Wednesday 3 – Friday 5 December": a weekday's date opens the span too (the dash had
    # been a pause, "Wednesday three, Friday the fifth of December").
    date_end = (
        rf"(?:\b(?:{months})\s+\d{{1,2}}|\b\d{{1,2}}\s+(?:{months})|\b(?:{days})(?:\s+\d{{1,2}})?)"
    )
    # "Unemployment (July–September)": two months with a dash are a span, "July to September".
    text = re.sub(rf"\b({months})\s*[–—]\s*(?=(?:{months})\b)", rf"\1 {to} ", text)
    return re.sub(
        rf"({date_end})\s*[-–—]\s*(?=(?:{months}|{days})\b|\d{{1,2}}\s+(?:{months})\b)",
        rf"\1 {to} ",
        text,
    )


def speak_dates(text: str, ctx: RuleContext) -> str:
    """Read the year of a written date as a year, with a pause after day and month.

    "7 to 9 March 2021" -> "7 to 9 March, twenty twenty-one"; "March 7, 2021" keeps its
    comma; "in March 2021" needs no pause.
    """
    months = _month_names(ctx.lang)
    year = r"(1[1-9]\d\d|20\d\d)(?![\w]|[.,]\d)"
    text = re.sub(
        rf"(\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s+)({months})\s+{year}",
        lambda m: f"{m.group(1)}{m.group(2)}, {_year_words(m.group(3), ctx.lang)}",
        text,
    )
    return re.sub(
        rf"\b({months})(\s+\d{{1,2}}(?:st|nd|rd|th)?,)?\s+{year}",
        lambda m: f"{m.group(1)}{m.group(2) or ''} {_year_words(m.group(3), ctx.lang)}",
        text,
    )


_WEEKDAYS: Final = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


def _german_day(day: int, before: str) -> str:
    """A German date's day as its ordinal, "dritte" after "der", "die", "das", else "dritten"."""
    ordinal = _words(day, "de", to="ordinal")
    nominative = re.search(r"\b(?:der|die|das)\s+$", before, re.IGNORECASE)
    return ordinal if nominative else ordinal + "n"


def _german_day_ordinals(text: str) -> str:
    """Say a German date's day as the ordinal it is: "am 3. Dezember" -> "am dritten Dezember".

    The dot after the day marks an ordinal; the voice was sent "am drei. Dezember", a
    count and a full stop. After "der", "die" or "das" the ordinal ends in "-te" ("der
    dritte Dezember"); after "am", "vom", "zum", a weekday or nothing, in "-ten".
    """
    months = "|".join(_MONTHS["de"])

    def spoken(match: re.Match[str]) -> str:
        day = int(match.group(2))
        if not 1 <= day <= 31:
            return match.group(0)
        said = _german_day(day, match.string[: match.start(2)])
        return f"{match.group(1)}{said} {match.group(3)}"

    # "vom 1. bis 3. Juni": the first day of the span is an ordinal too ("ersten bis dritten").
    text = re.sub(
        rf"(^|(?<=[\s(]))(\d{{1,2}})\.(?=\s*(?:bis|und|[-–])\s*\d{{1,2}}\.\s+(?:{months})\b)",
        lambda m: (
            f"{m.group(1)}{_words(int(m.group(2)), 'de', to='ordinal')}n"
            if 1 <= int(m.group(2)) <= 31
            else m.group(0)
        ),
        text,
    )
    return re.sub(rf"(^|(?<=[\s(]))(\d{{1,2}})\.\s+({months})\b", spoken, text)


def speak_day_ordinals(text: str, ctx: RuleContext) -> str:
    """Say the day of a date as an ordinal: "4 January" -> "the 4th of January", "March 4th".

    The day was read as a count, "thirty-one March", "Saturday four January", "March four",
    which no newsreader says. A day before its month (British) is "the fourth of January",
    one after it (American) "March fourth"; "7 to 9 March" is "the seventh to the ninth of
    March". English only: the other languages say their days as counts.
    """
    if ctx.lang == "de":
        return _german_day_ordinals(text)
    if ctx.lang != "en":
        return text
    months = _month_names(ctx.lang)
    day = r"(\d{1,2})(?:st|nd|rd|th)?"

    def nth(number: str) -> str | None:
        return _words(int(number), "en", to="ordinal") if 1 <= int(number) <= 31 else None

    def british(match: re.Match[str]) -> str:
        the, listed, first, joined, weekday, second, month = match.group(1, 2, 3, 4, 5, 6, 7)
        days = [*re.findall(r"\d+", listed or ""), first]
        said = [nth(number) for number in days] + [nth(second) if second else ""]
        if None in said:
            return match.group(0)
        opening = f"{the or ''}{'' if the else 'the '}{', '.join(str(d) for d in said[:-1])}"
        if not second:
            return f"{opening} of {month}"
        # "7 to 9 March": "the seventh to the ninth"; "11, 12 and 13 January": "the eleventh,
        # twelfth and thirteenth".
        again = "the " if len(days) == 1 else ""
        weekday = f"{weekday} " if weekday else ""
        return f"{opening} {joined} {weekday}{again}{said[-1]} of {month}"

    text = re.sub(
        rf"(?<![\w.,:/-])(the\s+)?((?:\d{{1,2}}(?:st|nd|rd|th)?,\s+)*){day}"
        rf"(?:\s+(to|and)\s+(?:({_WEEKDAYS})\s+)?(?:the\s+)?{day})?\s+({months})\b",
        british,
        text,
    )

    def american(match: re.Match[str]) -> str:
        month, first, joined, second = match.group(1, 2, 3, 4)
        said = [nth(first), nth(second) if second else ""]
        if None in said:
            return match.group(0)
        return f"{month} {said[0]}" + (f" {joined} {said[1]}" if second else "")

    return re.sub(rf"\b({months})\s+{day}(?:\s+(to|and)\s+{day})?(?![\w:]|[.,]\d)", american, text)


_FRACTION_NAMES = {2: ("half", "halves"), 4: ("quarter", "quarters")}


def speak_number_slashes(text: str, ctx: RuleContext) -> str:
    """Read "a/b" by what it means: document number, "24/7", a fraction, or "slash".

    "Resolution 75/10" is a reference ("seventy-five slash ten"), "24/7" is an idiom
    ("twenty-four seven", likewise "50/50" and "9/11"), a lone "1/2" is a fraction ("one half").
    """
    slash = _vocab(ctx, "slash")

    def spoken(match: re.Match[str]) -> str:
        a, b = int(match.group(1)), int(match.group(2))
        before = re.findall(r"([^\W\d_]+)\.?\s*$", match.string[: match.start()])
        if before and before[-1].lower() in _DOCUMENT_CUES:
            return f"{match.group(1)} {slash} {match.group(2)}"
        if _is_year(match.group(1)) and len(match.group(2)) == 2 and (a + 1) % 100 == b > 0:
            # "2023/24", a financial or academic year: "twenty twenty-three to twenty-four".
            return f"{_year_words(match.group(1), ctx.lang)} {_vocab(ctx, 'to')} {match.group(2)}"
        if (a, b) in ((24, 7), (50, 50), (9, 11)):
            return f"{a} {b}"
        if ctx.lang == "en" and 0 < a < b <= 10:
            singular, plural = _FRACTION_NAMES.get(
                b, (_words(b, "en", to="ordinal"), _words(b, "en", to="ordinal") + "s")
            )
            return f"{_words(a, 'en')} {singular if a == 1 else plural}"
        return f"{match.group(1)} {slash} {match.group(2)}"

    text = re.sub(r"(?<![\w/.,])(\d+)/(\d+)(?![\w/]|[.,]\d)", spoken, text)
    return re.sub(r"(?<=\d)\s*/\s*(?=\d)", f" {slash} ", text)


def speak_ordinals(text: str, ctx: RuleContext) -> str:
    """Read written ordinals as words: "14th" -> "fourteenth", "1er" -> "premier"."""
    suffixes = {"en": r"st|nd|rd|th", "fr": r"er|re|e|ème|eme", "es": r"º|ª|\.º|\.ª"}
    if ctx.lang not in suffixes:
        return text
    # "the 1,000th visitor" was "one thousand th": the grouped figures are one number.
    group = "," if ctx.lang == "en" else "[.\u00a0\u202f ]"
    number = rf"\d{{1,3}}(?:{group}\d{{3}})+|\d+"
    pattern = rf"(?<![\w.,])({number})(?:{suffixes[ctx.lang]})(?![^\W\d_])"
    return re.sub(
        pattern,
        lambda m: _words(int(re.sub(r"\D", "", m.group(1))), ctx.lang, to="ordinal"),
        text,
    )


_COUNT_CUES = _word_set(
    "about over under some nearly almost than around approximately least only total "
    "additional another another further more fewer environ plus moins unos más etwa über"
)
_NOT_PLURAL = _word_set(
    "is was has as this its his thus plus versus us yes less across unless does goes marks sees"
)
_COUNTED_NOUNS = _word_set("people children men women police personnel staff times")
# Plural nouns after which a four-digit number is still a year: "below 1990 levels".
_YEAR_NOUNS = _word_set(
    "levels elections budgets accounts estimates figures prices games olympics negotiations "
    "pledges commitments targets"
)


def _looks_counted(word: str) -> bool:
    """Whether the word after a number looks like the thing counted (a plural noun)."""
    word = word.lower()
    if word in _COUNTED_NOUNS:
        return True
    return word.endswith("s") and len(word) > 2 and word not in _NOT_PLURAL


_JOINING_CUES: Final = _word_set("and or to from of et ou y und oder")
"""Year cues that join as readily as they date: "between 2019 and 2020", "and 2021 people"."""

_DATED_BY_OF: Final = _word_set("class classes summer spring autumn winter fall election elections")
"""Words that take a year after "of" whatever follows: "the class of 2019 graduates"."""


def _joins_a_count(head: list[str], rest: str) -> bool:
    """Whether a number after "and", "to" or "of" is a count: "and 2021 people attended".

    Those words are year cues for "between 2019 and 2020" and "from 2015 to 2025", where a
    year stands before them; with none there and a plural noun after, the number is a count
    (it was "twenty twenty-one people").
    """
    if not head or head[-1].lower().strip(",(") not in _JOINING_CUES:
        return False
    if len(head) >= 2 and re.fullmatch(r"(?:1[1-9]\d\d|20\d\d)[,;]?", head[-2]):
        return False
    if len(head) >= 2 and head[-1].lower() == "of" and head[-2].lower() in _DATED_BY_OF:
        return False
    following = re.match(r"\s+([^\W\d_A-Z][^\W\d_]*)", rest)
    return (
        following is not None
        and following.group(1).lower() not in _YEAR_NOUNS
        and _looks_counted(following.group(1))
    )


_PERIOD_BEFORE: Final = re.compile(
    r"(?:\bQ ?[1-4]|\bH ?[12]|\b[QH] (?:one|two|three|four)|\bF ?Y|\b[Ff]iscal [Yy]ear)[ \t]+$"
)
"""A quarter, a half or a fiscal year before a four-digit number, which makes it a year."""


def speak_year_after_two_thousand(text: str, ctx: RuleContext) -> str:
    """Say the year after "2000 and" the way 2000 is said: "two thousand and two thousand nineteen".

    "between 2000 and 2019" was "between two thousand and twenty nineteen", which a listener
    parses as "two thousand and twenty" (2020) followed by "nineteen": Whisper heard "between
    2019 and 2019" in the H-1B fact sheet's stream. In the style of "two thousand" the second
    year cannot join the first. English only; only 2010 to 2099 after exactly "2000 and".
    """
    if ctx.lang != "en":
        return text
    return re.sub(
        r"(?<![\w.,])(2000\s+and\s+)(20[1-9]\d)(?![\w.,]\w|[.,]\d)",
        lambda m: m.group(1) + _words(int(m.group(2)), "en"),
        text,
    )


def speak_years(text: str, ctx: RuleContext) -> str:
    """Read a lone four-digit number from 1100 to 2099 as a year: "nineteen ninety".

    After "in", "since" and the like it is always a year. It is a count after "about",
    "over" and the like, or before a plural noun ("1990 officers"), so the cardinal rule
    reads it. Decades ("1990s") are read as decades.
    """

    def spoken(match: re.Match[str]) -> str:
        number, plural = match.group(1), match.group(2)
        if plural:
            if ctx.lang != "en":
                return match.group(0)
            words = _year_words(number, ctx.lang)
            return words[:-1] + "ies" if words.endswith("y") else words + "s"
        head = match.string[: match.start()].split()
        cue = head[-1].lower().strip(",(") if head else ""
        if cue in _YEAR_CUES and not _joins_a_count(head, match.string[match.end() :]):
            return _year_words(number, ctx.lang)
        if cue in _COUNT_CUES:
            return number
        if _PERIOD_BEFORE.search(match.string[: match.start()]):
            # "Q3 2024 results", "FY 2025 approvals": a quarter's or a fiscal year's year,
            # which the plural after it had made "two thousand twenty-four".
            return _year_words(number, ctx.lang)
        following = re.match(r"\s+([^\W\d_A-Z][^\W\d_]*)", match.string[match.end() :])
        if following and following.group(1).lower() in _YEAR_NOUNS:
            return _year_words(number, ctx.lang)
        if following and _looks_counted(following.group(1)):
            if cue == "the" and ctx.lang == "en" and 1900 <= int(number) <= 2099:
                # "the 2015 attacks", "the 1994 elections": a count this size is written with
                # its comma ("the 2,015 attacks"); it was "two thousand fifteen attacks".
                return _year_words(number, ctx.lang)
            return number
        return _year_words(number, ctx.lang)

    pattern = r"(?<![\w.,:/$€£¥+-])(1[1-9]\d\d|20\d\d)(s|'s)?(?![\w%]|[.,:]\d)"
    # "mid-2025", "the mid-1990s", "pre-2020 levels": the year after a prefix's hyphen was
    # left to the cardinal rule ("mid-one thousand nine hundred ninety s").
    text = re.sub(
        r"\b(mid|pre|post|early|late)-(?=(?:1[1-9]\d\d|20\d\d)(?:s|'s)?(?![\w%-]|[.,:]\d))",
        r"\1 ",
        text,
        flags=re.I,
    )
    text = re.sub(pattern, spoken, text)
    if ctx.lang != "en":
        return text

    def decade(match: re.Match[str]) -> str:
        # "the '90s", "in their 80s": "nineties", "eighties" (not "ninety s").
        words = _words(int(match.group(1)), "en")
        return words[:-1] + "ies" if words.endswith("y") else words + "s"

    text = re.sub(r"(?<![\w'’.,])['’]?([1-9]0)['’]?s\b", decade, text)
    # An age group, "under-18s", "the over 65s", "rugby 7s": "eighteens", not "eighteen s".
    return re.sub(r"(?<![\w'’.,])([1-9]\d?)s\b", _number_plural, text)


def _number_plural(match: re.Match[str]) -> str:
    """A number's plural in words: "sixty-fives", "sixes", "twenties"."""
    words = _words(int(match.group(1)), "en")
    if words.endswith("y"):
        return words[:-1] + "ies"
    return words + ("es" if words.endswith("x") else "s")


def speak_cardinals(text: str, ctx: RuleContext) -> str:
    """Spell every remaining number, honouring thousands separators and decimals.

    "5,000" -> "five thousand", "3.5" -> "three point five" (French and German use
    the comma for decimals). A unit glued to the number ("10km") is split off, and a
    leading minus sign is said.
    """
    if ctx.lang == "en":
        pattern = r"(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?"
    else:
        # French also groups thousands with a plain space ("5 000").
        group = "[ .\u00a0\u202f]" if ctx.lang == "fr" else "[.\u00a0\u202f]"
        pattern = rf"(\d{{1,3}}(?:{group}\d{{3}})+(?!\d)|\d+)(,\d+)?"

    def spoken(match: re.Match[str]) -> str:
        words = _plain_number(match.group(0), ctx.lang)
        following = match.string[match.end() : match.end() + 1]
        if ctx.lang == "es" and words.endswith("uno"):
            words = _spanish_one_before_noun(words, match.string[match.end() :])
        if ctx.lang == "es" and "ientos" in words:
            words = _spanish_hundreds_before_noun(words, match.string[match.end() :])
        return words + (" " if following.isalpha() else "")

    text = re.sub(r"(?:(?<=\s)|(?<=^)|(?<=\())[-−](?=\d)", f"{_vocab(ctx, 'minus')} ", text)
    if ctx.lang == "en":
        # Thousands grouped by a space, as the WHO, the EU and SI style write them: "(30 692)"
        # was "thirty, six hundred ninety-two". Phone numbers (a leading 0 or +) are words by
        # now; a further group of figures ("202 646 3272") is not an amount.
        text = re.sub(
            r"(?<![\w.,+])(?<!\d[ \u00a0\u202f\u2009])([1-9]\d{0,2})"
            r"((?:[ \u00a0\u202f\u2009]\d{3})+)(?![\w]|,\d|[ \u00a0\u202f\u2009]\d)",
            lambda m: m.group(1) + re.sub(r"\D", "", m.group(2)),
            text,
        )
    # "2022/0123", "log 0456": a number written with its leading zero is a code, said digit by
    # digit; as an amount the zero is lost ("one hundred twenty-three").
    text = re.sub(
        r"(?<![\w.,])(?<!\d[ \u00a0\u202f])0\d{2,}(?![\w]|[.,]\d)",
        lambda m: _digit_words(m.group(0), ctx.lang),
        text,
    )
    if ctx.lang != "en":
        # "2.4" in a text that writes decimals with a comma is still a decimal (an English
        # sentence in a French release, "$2.4 billion"): it was "deux.quatre". A dot before
        # three figures groups thousands and is left alone ("2.400").
        text = re.sub(r"(?<![\d.,])(\d+)\.(\d{1,2}|\d{4,})(?![\d.,])", r"\1,\2", text)
    if ctx.lang == "en":
        # Section and version numbers: "3.2.1" -> "three point two point one".
        text = re.sub(
            r"(?<![\d.,])\d+(?:\.\d+){2,}(?![\d])",
            lambda m: " point ".join(_words(int(p), "en") for p in m.group(0).split(".")),
            text,
        )
    return re.sub(pattern, spoken, text)


_SPANISH_NOT_NOUNS: Final = _word_set(
    "de del y e o u a al en por para con sin que ni pero como entre sobre hasta desde es son "
    "fue fueron ha han coma"
)
_SPANISH_MASCULINE_IN_A: Final = _word_set(
    "día días problema problemas programa sistema mapa clima"
)


def _spanish_one_before_noun(words: str, rest: str) -> str:
    """Spanish drops the "o" of "uno" before a noun: "31 meses" is "treinta y un meses".

    The voice was sent "treinta y uno meses", which a Spanish listener hears as a mistake.
    "21" is "veintiún"; before a feminine noun "una" ("una persona", "veintiuna semanas"). Before
    "de", "por" (a date, "por ciento") and the like "uno" stays.
    """
    following = re.match(r"\s+([^\W\d_]+)", rest)
    if following is None or following.group(1).lower() in _SPANISH_NOT_NOUNS:
        return words
    if _spanish_feminine(following.group(1)):
        return words[:-1] + "a"  # "veintiuna personas", "treinta y una semanas"
    return words[:-3] + ("ún" if words.endswith("veintiuno") else "un")


_SPANISH_FEMININE_IN_E: Final = _word_set(
    "mujeres madres veces leyes noches redes clases calles muertes fuentes"
)


def _spanish_feminine(word: str) -> bool:
    """Whether a Spanish noun (or the adjective before it) is feminine, by its ending."""
    noun = word.lower()
    if noun in _SPANISH_NOT_NOUNS or noun in _SPANISH_MASCULINE_IN_A:
        return False
    return (
        noun in _SPANISH_FEMININE_IN_E
        or re.search(r"(?:as?|ión|iones|dad|dades)$", noun) is not None
    )


def _spanish_hundreds_before_noun(words: str, rest: str) -> str:
    """The hundreds agree with a feminine noun: "500 escuelas" is "quinientas escuelas".

    num2words says only the masculine ("quinientos escuelas"), which a Spanish listener hears
    as a mistake. Only the part after the last "millón" agrees: in "doscientos millones de
    personas" the hundreds count the millions, a masculine noun.
    """
    following = re.match(r"\s+(?:mil\s+)?([^\W\d_]+)", rest)  # "500 mil personas"
    if following is None or not _spanish_feminine(following.group(1)):
        return words
    head, scale, tail = words.rpartition(" millones " if " millones " in words else " millón ")
    return head + scale + re.sub(r"ientos\b", "ientas", tail)


# --------------------------------------------------------------------------- final rules


def speak_dashes_and_slashes(text: str, ctx: RuleContext) -> str:
    """Turn a dash between words into a pause and "and/or" into "and or".

    Runs after the number rules, which give dashes between numbers their own meaning.
    """
    text = re.sub(r"\s+(?:--?|[–—])\s+", ", ", text)
    text = re.sub(r"(?<=\w)(?:--|[—])(?=\w)", ", ", text)
    # An em dash next to other punctuation, "(CRI)—Albania" after the aside's commas: the
    # voice was sent ", —Albania". Numbers are words by now, so it is never a range.
    text = re.sub(r"\s*(?:--|—)\s*", ", ", text)
    text = re.sub(r"(?<=[^\W\d_])/(?=[^\W\d_])", " ", text)
    if ctx.lang == "en":
        # espeak-ng says a hyphenated word as one, so the "t" of "cost-sharing" ran into
        # "sharing" as the "ch" of "chairing" (heard "cost-charing"); a space keeps the join.
        text = re.sub(r"(?<=[^\W\d_][tT])-(?=[Ss][Hh])", " ", text)
    return re.sub(r"\s*/\s*", f" {_vocab(ctx, 'slash')} ", text)


_NUMBER_WORDS: Final = _word_set(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion"
)
"""English number words: "four(s)" after the number rules is a label "S", not a plural."""


def _plural_mark(match: re.Match[str]) -> str:
    """Join a written "(s)" to its word ("applicants"), unless the word is a spelled number."""
    word = re.search(r"[^\W\d_]+$", match.string[: match.start()])
    if word is not None and word.group(0).lower() in _NUMBER_WORDS:
        return match.group(0)
    return "s"


def _said_label(match: re.Match[str]) -> str:
    """A bracketed label without its brackets; a lone letter by its name: "(b)" -> " B ".

    A letter label ("paragraph 4(a)", "under (b) below") is said in capitals, as the legal
    references say theirs. "A" before a word gets a pause ("four A, and"): otherwise the voice
    says the article "uh", the only letter it misreads so. "(i)" stays: it may be a numeral.
    """
    label = match.group(1)
    if len(label) != 1 or label in "iI":
        return f" {label} "
    if label in "aA" and re.match(r"[\s(]*\w", match.string[match.end() :]):
        return " A, "
    return f" {label.upper()} "


_NUMERAL_CUES: Final = (
    "issues?|grounds?|questions?|limbs?|conditions?|options?|heads?|counts?|stages?|steps?"
    "|points?|criteria|criterion|tests?|propositions?"
)
"""Nouns numbering the parts of an argument or a ruling, before a bracketed numeral."""
_LIST_NUMERAL: Final = re.compile(r"\((x{0,3}(?:ix|iv|v?i{0,3}))\)")
_LEADING_NUMERAL: Final = re.compile(
    r"^(?:(?P<lower>x{0,3}(?:ix|iv|v?i{0,3}))|(?P<upper>X{0,3}(?:IX|IV|V?I{0,3})))[.)](?=\s|$)"
)
_LEADING_LETTER: Final = re.compile(r"^\(([A-Za-z])\)\s+(?=[^\W\d_])")


def speak_list_numerals(text: str, ctx: RuleContext) -> str:
    """Say a roman list marker as its number: "(ii) calls for calm" -> "two, calls for calm".

    espeak-ng reads a lower-case numeral as "roman two" (Whisper wrote "Roman II"), which
    no one reading a sub-paragraph "(ii)" or a heading "IV. Results" aloud says: they say
    "two" and "four". A lone "(i)", "(v)" or "(x)" may be a letter of an "(a)", "(b)" list,
    so it is a number only beside another numeral ("(i) to (iv)"), or as the first item of
    a list that starts the text (no "(h)" or "(j)" beside it); otherwise it stays a letter.
    A marker that starts the text gets a pause after it, as a reader gives one. Names keep
    their own rule ("Elizabeth II", "Title IV"). After a paragraph's number a numeral is
    named: "paragraph 1 (ii)" is "paragraph one, sub-paragraph two". English only.
    """
    if ctx.lang != "en":
        return text
    labels = _LIST_NUMERAL.findall(text)
    numbered = any(len(label) > 1 for label in labels)

    def in_brackets(match: re.Match[str]) -> str:
        label = match.group(1)
        # "On issue (i), ..." alone in its sentence (the "(ii)" is in the next): after a noun
        # that numbers the points of an argument, the numeral is a number ("issue one"); as a
        # letter it was "issue i", heard as "issue eye".
        cued = re.search(rf"\b(?:{_NUMERAL_CUES})\s*$", match.string[: match.start()], re.I)
        if not label or (len(label) == 1 and not numbered and cued is None):
            return match.group(0)
        said = _words(roman_value(label), "en")
        number = re.search(r"([\w-]+)\s*$", match.string[: match.start()])
        if number is not None and number.group(1).split("-")[-1].lower() in _NUMBER_WORDS:
            # "paragraph 1 (ii)" was "paragraph one two", heard as "twelve": the part is named.
            head = match.string[: number.start()]
            part = "sub-paragraph " if re.search(r"\bparagraphs?\s*$", head, re.I) else ""
            return f", {part}{said} "
        return f" {said} "

    def leading(match: re.Match[str]) -> str:
        label = match.group("lower") or match.group("upper")
        if not label or len(label) == 1:
            return match.group(0)  # "I." or "v." may be an initial or a letter
        return _words(roman_value(label), "en") + match.group(0)[-1].replace(")", ",")

    start = re.match(r"\s*\(([ivx]+)\)\s+(?=[^\W\d_])", text)
    # A list's first item, "(i) monitor the ceasefire;", comes alone from the sentence
    # splitter: as a letter it was "I, monitor", heard as the pronoun ("I monitor"). A
    # sub-paragraph "(i)" is far more common than a ninth lettered one: said "one".
    lettered = re.search(r"\([hj]\)", text) is not None
    first = start is not None and start.group(1) == "i" and not lettered
    if start is not None and (len(start.group(1)) > 1 or numbered or first):
        text = f"{_words(roman_value(start.group(1)), 'en')}, {text[start.end() :]}"
    text = _LEADING_NUMERAL.sub(leading, text.lstrip())
    text = _LIST_NUMERAL.sub(in_brackets, text)
    # "(b) calls for calm": a letter that starts the text is a marker too, said before a pause.
    return _LEADING_LETTER.sub(lambda m: f"{m.group(1).upper()}, ", text)


def speak_parentheses(text: str, ctx: RuleContext) -> str:
    """Say a parenthesis as an aside: "(As delivered)" -> ", As delivered,".

    Engines drop the brackets without a pause, so "Video Statement (As delivered) by" runs
    on as one phrase and "As" is heard as "is". A reader marks an aside with short pauses;
    commas give the engine the same cue. Runs after the number rules, so brackets that are
    part of a number or symbol ("(0)20", "A/RES/75(1)") have already been read.
    """
    # "the applicant(s)": the plural a reader says, not a letter "s" after the word.
    text = re.sub(r"(?<=[a-z]{2})\(s\)(?!\w)", _plural_mark, text)
    # A short label such as "(a)" or "(ii)" is an enumerator, not an aside: no pauses.
    # Likewise a label glued to a reference, "101(a)(15)(H)", once its number is in words.
    text = re.sub(r"(?<=[\w)])\(([^\W_][\w-]{0,20})\)", _said_label, text)
    text = re.sub(r"\(\s*([A-Za-z])\s*\)", _said_label, text)
    text = re.sub(r"\(\s*(\w{1,3})\s*\)", r" \1 ", text)
    text = re.sub(r"\(\s*([^()]*?)\s*\)", r", \1, ", text)
    return text.replace("(", ", ").replace(")", ", ")


def tidy_whitespace(text: str, ctx: RuleContext) -> str:
    """Drop any leftover markup characters and collapse spaces around punctuation.

    Guarantees the engine never sees "*", "_", "#", "<" or ">". A bar between a line's
    fields ("PATEL, Rohan | Conservative Party | 938", a results list in a text file) is the
    pause a comma gives: the voice dropped it and ran the fields together.
    """
    text = re.sub(r"[*_#<>`]", " ", text)
    # Spaces are collapsed first: "\s*" before a bar searched each space of a long run again
    # (100,000 "<" in a row did not finish in two minutes).
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" ?\| ?", ", ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r",\s*([.;:!?])", r"\1", text)
    # "Part 4: – ENDS –: Notes to editors" was sent "Part four:, ends –: Notes": a dash left
    # at an edge or against a stop is no pause of its own, and a stop needs no comma after it.
    text = re.sub(r"(?:^|\s+)[–—-]+(?=[,.;:!?]|$)|^[–—-]+\s*", "", text)
    text = re.sub(r"([;:!?]),\s*", r"\1 ", text)
    return text.strip(" ,")


NORMALISATION_RULES: tuple[Rule, ...] = (
    strip_markup,
    join_broken_words,
    drop_glued_page_numbers,
    drop_stage_directions,
    pause_between_contact_lines,
    speak_emails,
    speak_urls,
    speak_titled_speaker,
    speak_excellency_in_capitals,
    speak_vanity_numbers,
    lowercase_shouted_heading,
    case_capital_dates,
    speak_dateline_city,
    expand_abbreviations,
    speak_currency,
    speak_units,
    pause_between_spelled_acronyms,
    speak_dotted_initials,
    speak_formulas,
    speak_vulnerability_ids,
    apply_lexicon_phrases,
    speak_eu_case_numbers,
    speak_legal_subdivisions,
    speak_document_symbols,
    speak_prefixed_postcodes,
    speak_letter_codes,
    split_acronym_numbers,
    mend_scanned_pronoun,
    speak_acronyms,
    speak_roman_numerals,
    expand_symbols,
    speak_clock_ranges,
    speak_phone_numbers,
    speak_ratios,
    speak_times,
    speak_number_signs,
    speak_reference_numbers,
    speak_iso_dates,
    speak_ranges,
    speak_dates,
    speak_day_ordinals,
    speak_number_slashes,
    speak_ordinals,
    speak_year_after_two_thousand,
    speak_years,
    speak_cardinals,
    speak_dashes_and_slashes,
    speak_list_numerals,
    speak_parentheses,
    tidy_whitespace,
)
"""The rules :func:`to_speech` applies, in this order (later rules rely on earlier ones)."""


# --------------------------------------------------------------------------- lexicon files


def _builtin_words() -> dict[str, str]:
    """Read the lexicon shipped in ``pipeline/data/pronunciation.toml``."""
    source = resources.files("pipeline").joinpath("data/pronunciation.toml")
    return _words_from_toml(source.read_text(encoding="utf-8"), "built-in pronunciation.toml")


def _builtin_phonemes() -> dict[str, str]:
    """Read the ``[phonemes]`` table of the built-in lexicon."""
    source = resources.files("pipeline").joinpath("data/pronunciation.toml")
    return _phonemes_from_toml(source.read_text(encoding="utf-8"), "built-in pronunciation.toml")


def _words_from_toml(content: str, name: str) -> dict[str, str]:
    """Parse a TOML lexicon with a ``[words]`` table of token = "spoken form"."""
    try:
        data = tomllib.loads(content)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            f"the lexicon file {name} is not valid TOML: {exc}",
            hint='write entries under [words], one per line: UNODC = "U N O D C"',
        ) from exc
    table = data.get("words")
    if not isinstance(table, dict):
        raise InputError(
            f"the lexicon file {name} has no [words] table",
            hint='start the file with [words] and add lines like UNODC = "U N O D C"',
        )
    words: dict[str, str] = {}
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip() or not key.strip():
            raise InputError(
                f"the lexicon file {name}: entry {key!r} must map to non-empty text",
                hint='quote the spoken form, for example UNODC = "U N O D C"',
            )
        words[key.strip()] = " ".join(value.split())
    return words


def _phonemes_from_toml(content: str, name: str) -> dict[str, str]:
    """Parse the optional ``[phonemes]`` table: spoken word = "IPA" (for Piper and espeak-ng)."""
    table = tomllib.loads(content).get("phonemes", {})
    if not isinstance(table, dict):
        raise InputError(f"the lexicon file {name}: [phonemes] must be a table")
    phonemes: dict[str, str] = {}
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip() or not key.strip():
            raise InputError(
                f"the lexicon file {name}: phoneme entry {key!r} must map words to IPA",
                hint='for example: fourteenth = "fˌɔːɹtˈiːnθ"',
            )
        # A key may be a phrase ("in sight"): words said together, with their own stresses.
        phonemes[" ".join(key.lower().split())] = value.strip()
    return phonemes


def _local(tag: str) -> str:
    """Strip an XML namespace from a tag name."""
    return tag.rsplit("}", 1)[-1]


def _words_from_pls(content: str, name: str) -> dict[str, str]:
    """Parse a W3C PLS 1.0 lexicon, keeping lexemes that have an ``<alias>``.

    DOCTYPE and entity declarations are refused outright: a lexicon never needs them
    and they are how XML bombs and external-entity tricks get in.
    """
    hint = "use a PLS 1.0 file of <lexeme><grapheme>…</grapheme><alias>…</alias></lexeme>"
    if re.search(r"<!\s*(DOCTYPE|ENTITY)", content, flags=re.I):
        raise InputError(
            f"the lexicon file {name} declares a DOCTYPE or entities, which are not allowed",
            hint="remove the <!DOCTYPE …> and <!ENTITY …> lines",
        )
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise InputError(f"the lexicon file {name} is not well-formed XML: {exc}", hint) from exc
    if _local(root.tag) != "lexicon":
        raise InputError(f"the lexicon file {name} is not a PLS lexicon", hint)
    words: dict[str, str] = {}
    for lexeme in root.iter():
        if _local(lexeme.tag) != "lexeme":
            continue
        graphemes = [
            (child.text or "").strip() for child in lexeme if _local(child.tag) == "grapheme"
        ]
        aliases = [(child.text or "").strip() for child in lexeme if _local(child.tag) == "alias"]
        aliases = [a for a in aliases if a]
        if not aliases:
            continue
        for grapheme in graphemes:
            if grapheme:
                words[grapheme] = " ".join(aliases[0].split())
    return words


def _phonemes_from_pls(content: str) -> dict[str, str]:
    """IPA ``<phoneme>`` entries of a PLS lexicon (already checked by `_words_from_pls`)."""
    root = ET.fromstring(content)
    if root.get("alphabet", "ipa").lower() != "ipa":
        return {}
    phonemes: dict[str, str] = {}
    for lexeme in root.iter():
        if _local(lexeme.tag) != "lexeme":
            continue
        children = list(lexeme)
        ipa = [(c.text or "").strip() for c in children if _local(c.tag) == "phoneme"]
        if not ipa or not ipa[0]:
            continue
        for child in children:
            grapheme = (child.text or "").strip()
            if _local(child.tag) == "grapheme" and grapheme:
                phonemes[" ".join(grapheme.lower().split())] = ipa[0]
    return phonemes


def _read_lexicon_file(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Read a user lexicon (words and phonemes), choosing TOML or PLS from extension and content."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(f"the lexicon file {path} does not exist") from exc
    except UnicodeDecodeError as exc:
        raise InputError(
            f"the lexicon file {path} is not UTF-8 text", hint="save it as UTF-8"
        ) from exc
    except OSError as exc:
        raise InputError(f"the lexicon file {path} cannot be read: {exc.strerror}") from exc
    if path.suffix.lower() in (".pls", ".xml") or content.lstrip().startswith("<"):
        return _words_from_pls(content, str(path)), _phonemes_from_pls(content)
    return _words_from_toml(content, str(path)), _phonemes_from_toml(content, str(path))


def load_lexicon(extra: Path | None = None) -> Lexicon:
    """Load the built-in lexicon, with a user's TOML or PLS file layered on top.

    Args:
        extra: Optional path to a TOML file with a ``[words]`` table, or a W3C PLS 1.0
            XML file (``.pls``/``.xml``). Its entries override built-in ones.

    Returns:
        The merged, read-only lexicon.

    Raises:
        InputError: When the file is missing, unreadable, or not a valid lexicon.
    """
    words = _builtin_words()
    phonemes = _builtin_phonemes()
    if extra is not None:
        extra_words, extra_phonemes = _read_lexicon_file(Path(extra))
        words.update(extra_words)
        phonemes.update(extra_phonemes)
    return Lexicon(MappingProxyType(words), MappingProxyType(phonemes))


@cache
def _default_lexicon() -> Lexicon:
    """The built-in lexicon, read once per process."""
    return load_lexicon()


def _primary_language(lang: str) -> str:
    """Reduce "en-GB" or "fr_CA" to the primary language the rules and num2words know."""
    primary = lang.strip().replace("-", "_").split("_", 1)[0].lower()
    if primary in CONVERTER_CLASSES:
        return primary
    raise UsageError(
        f"Cannot read numbers aloud in language {lang!r}.",
        hint="use a language code such as en, fr, es or de",
    )


def to_speech(text: str, lang: str = "en", lexicon: Lexicon | None = None) -> SpeechText:
    """Rewrite one sentence of display text into what the speech engine should read.

    Args:
        text: One sentence as shown to readers (may contain Markdown).
        lang: Language of the sentence, for numbers and inserted words.
        lexicon: Pronunciation lexicon; the built-in one when None.

    Returns:
        The text to speak and the unknown acronyms met on the way.

    Raises:
        UsageError: When num2words cannot spell numbers in ``lang``.
    """
    ctx = RuleContext(
        lang=_primary_language(lang), lexicon=lexicon if lexicon is not None else _default_lexicon()
    )
    for rule in NORMALISATION_RULES:
        text = rule(text, ctx)
    return SpeechText(text=text, unknown_acronyms=tuple(ctx.unknown))


# --------------------------------------------------------------------------- chunking

_BREAK_AFTER = re.compile(r"[,;:–—]$")
_BREAK_BEFORE = _word_set(
    "and but or nor so yet because although though while whereas which who whom whose "
    "where when that including through with without against within between across"
)


SECONDS_PER_LETTER: Final = 0.06
SECONDS_PER_BREAK: Final = 0.29
"""How long Piper's English voice takes per letter and per comma-like pause, fitted on 447
phrases of a 5,000-word run (error 0.36 s; a word count alone was out by 1 s): lists of names
with a comma each run much longer than their word count suggests."""
MAX_PHRASE_SECONDS: Final = 9.0
"""Longest phrase given to the engine in one call. ONNX Runtime keeps the buffers of the
longest phrase a worker has spoken (measured: 345 MB for 10 s, 420 MB for 12.6 s), so this
bounds each worker's memory; 9 s is a long breath, and 8% of phrases are cut at it."""


def spoken_seconds(text: str) -> float:
    """About how long a voice takes to say `text` (its letters and pauses), before speaking it."""
    letters = sum(character.isalnum() for character in text)
    breaks = sum(text.count(mark) for mark in ",;:")
    return SECONDS_PER_LETTER * letters + SECONDS_PER_BREAK * breaks


def chunk_for_speech(
    text: str,
    max_words: int = 28,
    min_words: int = 5,
    max_seconds: float = MAX_PHRASE_SECONDS,
) -> list[str]:
    """Cut a long spoken sentence into parts an engine can say without running out of breath.

    Neural voices slur, rush or trail off on very long inputs, a sentence with no
    punctuation gives them no place to pause, and the engine's memory grows with the
    longest input. A sentence longer than ``max_words``, or one that would take longer than
    ``max_seconds`` to say and has room for two parts of ``min_words``, is cut where a
    reader would breathe: after a comma, semicolon, colon or dash if there is one,
    otherwise before a conjunction or relative word ("and", "which", "because"), otherwise
    in the middle; the cut nearest the middle wins, and each part keeps at least
    ``min_words`` words. Parts are cut again until every one fits.

    Args:
        text: One sentence, already normalised for speech.
        max_words: Longest part left whole.
        min_words: Shortest part a cut may leave.
        max_seconds: Longest part left whole, in estimated speaking time.

    Returns:
        The parts in order; the input alone when it is short enough.
    """
    words = text.split()
    too_long = len(words) > max_words or (
        len(words) >= 2 * min_words and spoken_seconds(text) > max_seconds
    )
    if not too_long:
        return [text] if text.strip() else []
    middle = len(words) / 2
    candidates: list[tuple[int, float, int]] = []
    for index in range(min_words, len(words) - min_words + 1):
        if _BREAK_AFTER.search(words[index - 1]):
            rank = 0
        elif words[index].lower() in _BREAK_BEFORE:
            rank = 1
        else:
            continue
        candidates.append((rank, abs(index - middle), index))
    cut = min(candidates)[2] if candidates else round(middle)
    head, tail = " ".join(words[:cut]), " ".join(words[cut:])
    return [
        *chunk_for_speech(head, max_words, min_words, max_seconds),
        *chunk_for_speech(tail, max_words, min_words, max_seconds),
    ]


def split_phrases(text: str) -> list[str]:
    """Cut a spoken line at its commas, for lines that are lists of phrases (a byline).

    A byline ("Video Statement, As delivered, by Jürgen Stock, INTERPOL Secretary General")
    is a list of labels, not a flowing sentence: a reader stops briefly between the name and
    the role. Neural voices shorten commas in a long line until they vanish, so the name runs
    into the role ("Stock, INTERPOL" was heard as "Stock and her Bull"). Saying each phrase
    as its own part, with the breath between parts, gives the pause back.

    Args:
        text: One line, already normalised for speech.

    Returns:
        The phrases in order, each keeping its comma; the input alone when it has none.
    """
    parts = [part for part in re.split(r"(?<=,)\s+", text.strip()) if part.strip(" ,")]
    return parts or ([text] if text.strip() else [])
