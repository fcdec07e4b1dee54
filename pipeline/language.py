"""Language detection: which language a statement is written in, offline.

py3langid ships its trained model inside the wheel (a naive Bayes model over byte n-grams,
97 languages), so detection never downloads anything and gives the same answer every run.
The detector is limited to the languages plainvoice supports, so a short English text is never
called Luxembourgish; a text too short to judge falls back to the default language.
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


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED_LANGUAGES))
    return identifier


def release_model() -> None:
    """Let the detector's model go (about 70 MB, measured) once the language is known.

    A run that goes on to speak needs that memory for the voices more than it needs the
    model again; the next detection loads it afresh (~0.3 s).
    """
    _identifier.cache_clear()


def detect_language(text: str, default: str = DEFAULT_DETECTED_LANGUAGE) -> LanguageGuess:
    """Guess the language of `text`; fall back to `default` when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return LanguageGuess(code=default, confidence=0.0, detected=False)
    code, probability = _identifier().classify(sample.lower())
    confidence = round(float(probability), 3)
    if confidence < MIN_CONFIDENCE:
        return LanguageGuess(code=default, confidence=confidence, detected=False)
    return LanguageGuess(code=str(code), confidence=confidence, detected=True)


def resolve_language(requested: str, text: str) -> str:
    """The language to use: the one asked for, or the detected one when asked for "auto"."""
    if requested != AUTO_LANGUAGE:
        return requested
    return detect_language(text).code
