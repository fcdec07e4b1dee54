"""Language detection: which language a statement is written in, offline.

Lingua ships its n-gram models inside the wheel (75 languages), so detection never downloads
anything and gives the same answer every run. The detector is limited to the languages
plainvoice supports, so a short English text is never called Luxembourgish, and runs in
Lingua's low-accuracy mode (trigrams only): for the six supported languages it loads in
0.1 s of CPU where py3langid took 1.0 s (decompressing a 68 MB model for 97 languages) and
the high-accuracy mode 2.2 s, and a statement of five words or more is long enough for it.
A text too short to judge falls back to the default language.

A statement may be written in two languages (a Canadian, Swiss or Belgian body, a UN agency:
English and French paragraphs in turn). Each paragraph is then judged on its own, and the
statement's language is the one most of its words are in (`choose_language`). Lingua's own
mixed-text API (`detect_multiple_languages_of`) was tried and not used: in the low-accuracy
mode it cuts text into runs of two or three words that ignore paragraphs, and gave the
bilingual sample 92 French words to 69 English where the paragraphs hold about 100 English
words to 75 French; in the high-accuracy mode its runs still cross paragraphs, and loading
it takes 1.7 s of CPU. Judging whole paragraphs with the detector already loaded costs about
what judging the whole text does (4 ms on the sample, measured).

A paragraph can itself mix languages: an English sentence, then a 40-word French quotation,
which Lingua calls French at 1.0, so the statement was read as French. When the paragraphs
disagree, each one is judged again by its sentences and each language is credited with its
own words (`_credited_words`); a statement whose paragraphs all agree pays nothing more.
On that statement the sentences give 65 English words to 41 French; `detect_multiple_languages_of`
gave 58 to 45, with 3 words of Dutch ("poet wrote when") and 2 of French ("want to").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from pipeline.errors import UsageError
from pipeline.settings import AUTO_LANGUAGE, DEFAULT_DETECTED_LANGUAGE, SUPPORTED_LANGUAGES
from pipeline.text import and_listed, opening_words, split_sentences

if TYPE_CHECKING:
    from pipeline.models import Statement

MIN_WORDS: Final = 5
"""Below this many words a guess is not worth making."""
MIN_CONFIDENCE: Final = 0.5
"""Probability (among the supported languages) a guess needs to be taken."""
SAMPLE_CHARS: Final = 20_000
"""Enough text to decide; longer statements are sampled from the start."""

_WORD: Final = re.compile(r"[^\W\d_]+")
_SMALL_WORD: Final = re.compile(r"(?<![^\W\d_])[^\W\d_A-Z\u00c0-\u00de]+")
"""A word in small letters: the words that tell a language ("the", "de", "und"), not names."""

PARAGRAPH_MIN_SMALL_WORDS: Final = 6
"""A paragraph is judged on its own only with this many words in small letters: a line of
names ("Moldova, Romania, Rwanda, …", called Italian) or of capitals is not."""
PARAGRAPH_CONFIDENCE: Final = 0.95
"""Probability a paragraph needs to be called another language than the statement's: a short
English line ("Crime and criminals do not conform to confinement.", French at 0.84) is not."""
ENGLISH: Final = "en"
"""The language the plain-language rules rewrite."""
MIN_OTHER_WORDS: Final = 15
"""Words in another language's paragraphs before the statement is said to mix languages."""
MIN_OTHER_SHARE: Final = 0.1
"""Share of the judged paragraphs' words another language needs: a Spanish speech with an
English heading (1%) is Spanish."""


@dataclass(frozen=True)
class LanguageGuess:
    """The detector's verdict on a text."""

    code: str
    """ISO 639-1 code of the language chosen."""
    confidence: float
    """Probability of that language among the supported ones, 0-1."""
    detected: bool
    """False when the text was too short or unclear and the default was used."""


@lru_cache(maxsize=2)
def _detector(languages: tuple[str, ...] | None = SUPPORTED_LANGUAGES) -> Any:
    """Lingua's detector for these ISO 639-1 codes, or for every language it knows (None)."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    if languages is None:
        builder = LanguageDetectorBuilder.from_all_languages()
    else:
        codes = [IsoCode639_1.from_str(code) for code in languages]
        builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    return builder.with_low_accuracy_mode().build()


MIN_SCRIPT_LETTERS: Final = 40
"""Letters a text needs before its script is judged: a few Greek or Cyrillic words quoted in
an English statement do not make it Greek or Russian."""


class UnsupportedLanguage(UsageError):
    """A statement's detected language is one plainvoice cannot process."""

    def __init__(self, language: str) -> None:
        supported = and_listed([LANGUAGE_NAMES[code] for code in SUPPORTED_LANGUAGES])
        super().__init__(
            f"the statement looks like {language_name(language)} ('{language}'), which "
            f"plainvoice cannot process yet; it reads {supported}",
            hint="give --lang to override the detection",
        )
        self.language = language


def language_name(code: str | None) -> str:
    """A language's English name: every language plainvoice reads, and any Lingua detects."""
    if code is None:
        return "unknown"
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    from lingua import IsoCode639_1, Language

    try:
        return Language.from_iso_code_639_1(IsoCode639_1.from_str(code)).name.title()
    except ValueError:
        return code


def refuse_other_scripts(requested: str, text: str) -> None:
    """Stop a statement written mostly outside the Latin script, unless a language was asked for.

    Every language plainvoice reads is written in Latin letters, and the detector, asked only
    among them, called an Arabic statement English: `run` then scored it "about grade 0: very
    easy" and gave it to the English voice. Only such a text pays for the detector of every
    language (the batch's `identify`), to name what it is.
    """
    if requested != AUTO_LANGUAGE:
        return
    letters = [char for char in text[:SAMPLE_CHARS] if char.isalpha()]
    if len(letters) < MIN_SCRIPT_LETTERS:
        return
    latin = sum(unicodedata.name(char, "").startswith("LATIN") for char in letters)
    if latin * 2 >= len(letters):
        return
    found = identify(text)
    if found and found not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(found)


def release_model() -> None:
    """Let the detector's models go once the language is known (31 MB at peak, measured).

    A run that goes on to speak needs the memory for the voices more than it needs the
    models again; the next detection loads them afresh (0.1 s).
    """
    _detector.cache_clear()


def _best_guess(sample: str, languages: tuple[str, ...] | None) -> tuple[str, float]:
    """The likeliest language of `sample` and its probability among `languages`."""
    values = _detector(languages).compute_language_confidence_values(sample)
    if not values or values[0].value <= 0:
        return "", 0.0
    return values[0].language.iso_code_639_1.name.lower(), float(values[0].value)


def identify(text: str) -> str:
    """The ISO 639-1 code of the text's language among all Lingua knows ("" if none fits).

    For batch runs, which refuse a statement in a language plainvoice does not support
    rather than read it with the wrong voice.
    """
    return _best_guess(text[:SAMPLE_CHARS], None)[0]


def detect_language(text: str, default: str = DEFAULT_DETECTED_LANGUAGE) -> LanguageGuess:
    """Guess the language of `text`; fall back to `default` when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return LanguageGuess(code=default, confidence=0.0, detected=False)
    code, probability = _best_guess(sample, SUPPORTED_LANGUAGES)
    confidence = round(probability, 3)
    if confidence < MIN_CONFIDENCE:
        return LanguageGuess(code=default, confidence=confidence, detected=False)
    return LanguageGuess(code=code, confidence=confidence, detected=True)


@dataclass(frozen=True)
class LanguageChoice:
    """The statement's language, and the other languages some of its paragraphs are in."""

    code: str
    """ISO 639-1 code of the statement's language."""
    others: tuple[str, ...] = ()
    """Other languages whole paragraphs are written in, most words first; empty for a
    statement in one language."""


def _paragraphs(text: str) -> list[str]:
    """The lines of the text long enough in small-letter words to be judged on their own."""
    return [
        line
        for line in text[:SAMPLE_CHARS].split("\n")
        if len(_SMALL_WORD.findall(line)) >= PARAGRAPH_MIN_SMALL_WORDS
    ]


def _paragraph_verdicts(paragraphs: list[str]) -> list[str]:
    """Each paragraph's language when the detector is sure of it, "" when it is not."""
    # One call per paragraph: the `_in_parallel` form starts a thread pool on its first call,
    # 85 ms of CPU against 2 ms for the five paragraphs of a bilingual statement (measured).
    return [_sure_language(paragraph) for paragraph in paragraphs]


def _sure_language(text: str) -> str:
    """The text's language when the detector gives it `PARAGRAPH_CONFIDENCE`, else ""."""
    values = _detector(SUPPORTED_LANGUAGES).compute_language_confidence_values(text)
    sure = bool(values) and values[0].value >= PARAGRAPH_CONFIDENCE
    return values[0].language.iso_code_639_1.name.lower() if sure else ""


def _sentence_words(paragraph: str, verdict: str) -> dict[str, int]:
    """The paragraph's words by language, each sentence judged on its own.

    A sentence too short to judge (`PARAGRAPH_MIN_SMALL_WORDS`), or unsure, counts for the
    paragraph's own verdict ("" when the paragraph has none: its words are not counted).
    """
    words: dict[str, int] = {}
    for sentence in split_sentences(paragraph, verdict or ENGLISH):
        judged = len(_SMALL_WORD.findall(sentence)) >= PARAGRAPH_MIN_SMALL_WORDS
        code = (_sure_language(sentence) if judged else "") or verdict
        if code:
            words[code] = words.get(code, 0) + len(_WORD.findall(sentence))
    return words


def _credited_words(paragraphs: list[str]) -> dict[str, int]:
    """How many words of the judged paragraphs each language holds.

    While every sure paragraph is in one language, each paragraph counts whole, as it always
    did. When they disagree, a paragraph may be the one mixing languages (an English opening
    and a longer French quotation, called French whole), so every paragraph is judged by its
    sentences: the sentence splitter and the extra detector calls are paid only by statements
    that already look mixed (none on the sample or the 20,000-word benchmark text).
    """
    verdicts = _paragraph_verdicts(paragraphs)
    mixed = len(set(verdicts) - {""}) > 1
    words: dict[str, int] = {}
    for paragraph, verdict in zip(paragraphs, verdicts, strict=True):
        if mixed:
            found = _sentence_words(paragraph, verdict)
        else:
            found = {verdict: len(_WORD.findall(paragraph))} if verdict else {}
        for code, count in found.items():
            words[code] = words.get(code, 0) + count
    return words


def choose_language(requested: str, text: str) -> LanguageChoice:
    """The statement's language (the one asked for, or detected) and any others it mixes in.

    Paragraphs are judged one by one (and by their sentences when they disagree, so a
    paragraph mixing languages credits each with its own words). When another language
    holds enough of their words (`MIN_OTHER_WORDS`, `MIN_OTHER_SHARE`), the statement mixes
    languages and, unless one was asked for, its language is the one with most words.
    Otherwise the answer is exactly `resolve_language`'s, so a statement in one language is
    read as it always was.

    A language asked for other than English is taken as it is, without loading the detector
    (0.1 s): only English is rewritten, so only then can a paragraph in another language be
    harmed. Asked for English, the paragraphs are still judged, so French ones stay as written.
    """
    if requested not in (AUTO_LANGUAGE, ENGLISH):
        return LanguageChoice(requested)
    words = _credited_words(_paragraphs(text))
    ranked = sorted(words, key=lambda code: (-words[code], code))
    judged = sum(words.values())
    mixed = [
        code
        for code in ranked[1:]
        if words[code] >= MIN_OTHER_WORDS and words[code] >= MIN_OTHER_SHARE * judged
    ]
    if not mixed:
        return LanguageChoice(resolve_language(requested, text))
    code = ranked[0] if requested == AUTO_LANGUAGE else requested
    others = tuple(c for c in (ranked[0], *mixed) if c != code)
    return LanguageChoice(code, others)


def paragraph_language(text: str, choice: LanguageChoice) -> str:
    """The other language a paragraph of a mixed statement is in, or "" for the statement's own.

    Only the languages the statement was found to mix are considered, with the same tests as
    `choose_language`: a paragraph too short to tell stays in the statement's language.
    """
    if not choice.others or len(_SMALL_WORD.findall(text)) < PARAGRAPH_MIN_SMALL_WORDS:
        return ""
    (code,) = _paragraph_verdicts([text])
    return code if code in choice.others else ""


def resolve_language(requested: str, text: str) -> str:
    """The language to use: the one asked for, or the detected one when asked for "auto"."""
    if requested != AUTO_LANGUAGE:
        return requested
    return detect_language(text).code


LANGUAGE_NAMES: Final = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
}
"""The English names of the languages plainvoice reads, for messages."""

NOTE_QUOTED: Final = 3
"""Paragraphs quoted by their first words in the mixed-language note; more are counted."""


def other_language_paragraphs(statement: Statement) -> list[dict[str, Any]]:
    """The paragraphs of a mixed-language statement in another language, for manifest.json.

    Each says its language, its number among the statement's paragraphs (from 1, as a person
    counts them in the document: the blocks between blank lines, so the title block's place
    and date are one paragraph, not two), its place in a list ("item", from 1) when it is one
    of a block's items, its section and its first words; empty for a statement in one language.
    """
    found: list[dict[str, Any]] = []
    blocks = _BlockCounter(statement.text)
    for section in statement.sections:
        for paragraph in section.paragraphs:
            number, item = blocks.place(paragraph.text)
            if paragraph.language:
                entry: dict[str, Any] = {"language": paragraph.language, "paragraph": number}
                if paragraph.is_list_item and item:
                    entry["item"] = item
                entry.update(section=section.id, starts=opening_words(paragraph.text, 5))
                found.append(entry)
    return found


_LIST_MARK: Final = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)]|\(?[A-Za-z0-9]{1,4}\))[ \t]", re.M)
"""A list item's marker at the start of a line: "- ", "2. ", "(b) "."""


class _BlockCounter:
    """Where each paragraph stands among the text's blocks, found in reading order.

    The split cuts a title block into its lines and a list into its items; a reader counts
    the blocks between blank lines. Each paragraph's first words are looked for after the
    last one found; one that cannot be found (its text was rebuilt) is counted as the next.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0] + [m.end() for m in re.finditer(r"\n[ \t]*\n\s*", text)]
        self._cursor = 0
        self._block = 0

    def place(self, paragraph: str) -> tuple[int, int]:
        """The paragraph's block number (from 1), and its item in the block's list (0 if none)."""
        words = paragraph.split()[:6]
        found = None
        if words:
            needle = r"\s+".join(re.escape(word) for word in words)
            found = re.compile(needle).search(self._text, self._cursor)
        if found is None:
            self._block += 1
            return self._block, 0
        self._cursor = found.end()
        block = bisect.bisect_right(self._starts, found.start())
        before = self._text[self._starts[block - 1] : found.start()]
        self._block = block
        return block, len(_LIST_MARK.findall(before))


def _article(word: str) -> str:
    """The article before `word`: "an English voice", "a French voice"."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def mixed_language_note(
    language: str,
    paragraphs: list[dict[str, Any]],
    spoken: bool,
    voices: Mapping[str, str] | None = None,
) -> str:
    """One line telling a person the statement mixes languages, and what was done ("" if not).

    Names the other paragraphs (by number, list item and first words), says they are left as written
    (and, with audio, which voice spoke them: their own language's in `voices`, else the
    statement's), and how to choose otherwise: `--lang`, or one document per language.
    """
    if not paragraphs:
        return ""
    name = LANGUAGE_NAMES.get(language, language)
    others = sorted({p["language"] for p in paragraphs}, key=lambda c: LANGUAGE_NAMES.get(c, c))
    names = " and ".join(LANGUAGE_NAMES.get(c, c) for c in others)
    quoted = [
        f"{p['paragraph']} ({'item ' + str(p['item']) + ', ' if p.get('item') else ''}"
        f'"{p["starts"]}")'
        for p in paragraphs[:NOTE_QUOTED]
    ]
    more = len(paragraphs) - len(quoted)
    if more:
        listed = f"{', '.join(quoted)} and {more} more"
    else:
        listed = " and ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)
    several = len(paragraphs) > 1
    voice = ""
    if spoken:
        own = [c for c in others if voices and c in voices]
        kept = [c for c in others if c not in own]
        said = [
            f"by {_article(LANGUAGE_NAMES.get(c, c))} {LANGUAGE_NAMES.get(c, c)} voice "
            f"({voices[c].split(',')[0]})"
            for c in own
            if voices
        ]
        said += [f"by the {name} voice"] if kept else []
        voice = f", and spoken {' and '.join(said)}"
    return (
        f"this statement mixes languages: it is read as {name} (most of its words), and "
        f"paragraph{'s' if several else ''} {listed}, in {names}, {'are' if several else 'is'} "
        f"left as written in the plain version and kept out of the summary{voice}; to choose "
        "the statement's language use --lang, or split the document into one file per language"
    )
