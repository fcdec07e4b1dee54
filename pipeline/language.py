"""Language detection: which language a statement is written in, offline.

Lingua ships its n-gram models inside the wheel (75 languages), so detection never downloads
anything and gives the same answer every run. The detector is limited to the languages
plainvoice supports, so a short English text is never called Luxembourgish, and runs in
Lingua's low-accuracy mode (trigrams only): for the six supported languages it loads in
0.1 s of CPU where py3langid took 1.0 s (decompressing a 68 MB model for 97 languages) and
the high-accuracy mode 2.2 s, and a statement of five words or more is long enough for it.
A text too short to judge falls back to the default language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from pipeline.settings import AUTO_LANGUAGE, DEFAULT_DETECTED_LANGUAGE, SUPPORTED_LANGUAGES

MIN_WORDS: Final = 5
"""Below this many words a guess is not worth making."""
MIN_CONFIDENCE: Final = 0.5
"""Probability (among the supported languages) a guess needs to be taken."""
SAMPLE_CHARS: Final = 20_000
"""Enough text to decide; longer statements are sampled from the start."""

_WORD: Final = re.compile(r"[^\W\d_]+")


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


def resolve_language(requested: str, text: str) -> str:
    """The language to use: the one asked for, or the detected one when asked for "auto"."""
    if requested != AUTO_LANGUAGE:
        return requested
    return detect_language(text).code
