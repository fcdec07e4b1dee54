"""Speech of mixed-language statements: each paragraph read by its own language's rules and voice.

A French paragraph in an English statement was normalised with the English rules ("investi
two,four milliards") and read by the English neural voice, which a listener cannot follow.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Unpack
from unittest import mock

import pytest

from pipeline.cache import SpeechCache
from pipeline.engines.espeak_engine import espeak_program
from pipeline.language import mixed_language_note
from pipeline.models import Paragraph, Section, SectionKind
from pipeline.stages.speak import (
    AlbumInfo,
    SpeechJob,
    clip_cache_key,
    other_language_voice,
    other_voices,
    plan_phrases,
    render_job,
    speak,
    tags_for,
)
from tests.fakes import SilentEngine, SpeechJobChanges

ENGLISH = "Over the past year, the Government has invested $2.4 billion in 13 of the 94 Calls."
FRENCH = "Le gouvernement a investi 2,4 milliards de dollars dans 13 des 94 appels."
ALBUM = AlbumInfo("Statement", "Prime Minister", "en", "2025")


class PiperLike(SilentEngine):
    """An offline engine registered as Piper: its French paragraphs may go to another voice."""

    name = "piper"

    def phoneme_markup(self, ipa: str) -> str:
        return f"[[ {ipa} ]]"


class OnlineEngine(SilentEngine):
    """An online engine: it keeps every paragraph, so no text goes anywhere unasked."""

    name = "gtts"
    offline = False


def _job(**changes: Unpack[SpeechJobChanges]) -> SpeechJob:
    job = SpeechJob(
        "02-schools", "original", "Schools", ((ENGLISH,), (FRENCH,)), languages=("", "fr")
    )
    return replace(job, **changes)


def test_a_french_paragraph_is_read_by_the_french_rules() -> None:
    plan = plan_phrases(_job(), SilentEngine(), "en")
    english, french = (" ".join(phrases) for phrases in plan.sentences)
    assert "two point four billion dollars" in english and "thirteen of the ninety-four" in english
    assert "deux virgule quatre milliards" in french
    assert "treize des quatre-vingt-quatorze appels" in french
    assert "two" not in french and "thirteen" not in french


def test_without_languages_every_paragraph_is_read_as_before() -> None:
    same = _job(languages=())
    plan = plan_phrases(same, SilentEngine(), "en")
    assert "two,four milliards" in " ".join(plan.sentences[1])
    assert plan.voices == ()


def test_a_french_paragraph_gets_no_english_letter_phonemes() -> None:
    job = _job(paragraphs=(("The UN met.",), ("L'ONU s'est réunie.",)))
    english, french = plan_phrases(job, PiperLike(), "en").sentences
    assert "[[" in english[0]  # "U N" said as one unit, in English letter names
    assert "[[" not in french[0] and "O N U" in french[0]


def test_the_french_voice_says_the_french_paragraph_and_only_it() -> None:
    main, french = PiperLike(), SilentEngine("fr")
    with mock.patch("pipeline.stages.speak._espeak_voice", return_value=french):
        rendered = render_job(_job(announcement="Part 2: Schools"), main, "en")
    assert french.texts == [
        "Le gouvernement a investi deux virgule quatre milliards de dollars "
        "dans treize des quatre-vingt-quatorze appels."
    ]
    assert main.texts[0] == "Part two: Schools" and len(main.texts) == 2
    # Captions still show the paragraph as written, at the time it is said.
    assert [t.text for t in rendered.timings[1:]] == [ENGLISH, FRENCH]


def test_no_other_voice_for_an_online_engine_or_the_statement_language() -> None:
    french = SilentEngine("fr")
    with mock.patch("pipeline.stages.speak._espeak_voice", return_value=french):
        assert other_language_voice(OnlineEngine(), "fr") is None
        assert other_language_voice(PiperLike(), "en") is None
        assert other_language_voice(PiperLike(), "fr") is french
        # An online engine speaks the French itself, but by the French rules.
        engine = OnlineEngine()
        render_job(_job(), engine, "en")
    assert french.texts == []
    assert "deux virgule quatre milliards" in engine.texts[1]


def test_without_a_french_voice_the_statement_voice_reads_it() -> None:
    engine = PiperLike()
    with mock.patch("pipeline.stages.speak._espeak_voice", return_value=None):
        render_job(_job(), engine, "en")
        assert other_voices([_job()], engine) == {}
    assert "deux virgule quatre milliards" in engine.texts[1]


@pytest.mark.skipif(espeak_program() is None, reason="espeak-ng is not installed")
def test_espeak_ng_is_the_french_voice_of_an_offline_engine() -> None:
    voice = other_language_voice(PiperLike(), "fr")
    assert voice is not None and voice.name == "espeak"
    assert "voice fr" in voice.voice_description()


def test_the_disclosure_names_the_french_voice() -> None:
    french = SilentEngine("fr")
    with mock.patch("pipeline.stages.speak._espeak_voice", return_value=french):
        comment = tags_for(_job(), ALBUM, PiperLike()).comment
        english_only = tags_for(_job(languages=()), ALBUM, PiperLike()).comment
    assert "French paragraphs: silent test engine (synthetic)" in comment
    assert "French" not in english_only


def test_the_clip_key_and_phrase_cache_know_the_paragraph_language(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    engine, french = PiperLike(), SilentEngine("fr")
    with mock.patch("pipeline.stages.speak._espeak_voice", return_value=french):
        mixed = clip_cache_key(_job(), engine, "en", cache)
        assert mixed != clip_cache_key(_job(languages=()), engine, "en", cache)
        speak([_job()], engine, tmp_path / "a", ALBUM, cache=cache)
        assert len(french.texts) == 1
        # The same sentence in an English-only job is English speech: not taken from the cache.
        speak(
            [_job(section_id="03-other", languages=())], engine, tmp_path / "b", ALBUM, cache=cache
        )
    assert any("two,four milliards" in text for text in engine.texts)
    assert len(french.texts) == 1


def test_the_note_says_which_voice_spoke_the_other_paragraphs() -> None:
    paragraphs = [{"language": "fr", "paragraph": 4, "section": "s", "starts": "Au cours …"}]
    voices = {"fr": "espeak-ng formant text-to-speech, voice fr (synthetic)"}
    note = mixed_language_note("en", paragraphs, spoken=True, voices=voices)
    assert "spoken by a French voice (espeak-ng formant text-to-speech)" in note
    assert "English voice" not in note
    assert "spoken by the English voice" in mixed_language_note("en", paragraphs, spoken=True)


def test_the_build_gives_each_job_its_paragraph_languages() -> None:
    from pipeline.build import _original_job, _plain_languages

    section = Section(
        "02-schools",
        2,
        SectionKind.BODY,
        "Schools",
        (Paragraph(ENGLISH), Paragraph(FRENCH, language="fr"), Paragraph("Thank you.")),
        (ENGLISH, FRENCH, "Thank you."),
    )
    assert _original_job(section, "en").languages == ("", "fr", "")
    plain = ("The Government put $2.4 billion into 13 of the 94 Calls.", FRENCH, "Thank you.")
    assert _plain_languages(plain, section) == ("", "fr", "")
    english = Section("03-end", 3, SectionKind.BODY, "End", (Paragraph("Thank you."),), ())
    assert _original_job(english, "en").languages == ()


def test_early_speech_knows_the_french_paragraphs() -> None:
    # Speech starts before the sections are found: its phrases must be the ones the sections'
    # jobs ask for, so the French paragraph is marked there too.
    from pipeline.build import _early_jobs, _early_paragraphs
    from pipeline.language import LanguageChoice
    from pipeline.settings import Settings

    english = (
        "Today the Council approved a plan to build new homes for families on low incomes, "
        "and the first residents will move in before the end of next year."
    )
    french = (
        "Aujourd'hui, le Conseil a approuvé un plan visant à construire de nouveaux logements "
        "pour les familles à faibles revenus, et les premiers résidents s'y installeront."
    )
    told: list[tuple[str, list[Paragraph]]] = []
    _early_paragraphs(
        lambda lang, paragraphs: told.append((lang, list(paragraphs))),
        LanguageChoice("en", ("fr",)),
        [Paragraph(english), Paragraph(french)],
    )
    ((lang, paragraphs),) = told
    assert lang == "en" and [p.language for p in paragraphs] == ["", "fr"]
    jobs = _early_jobs(paragraphs, Settings(input_path=None), lang)
    assert [job.languages for job in jobs] == [(), ("fr",)]


def test_english_paragraphs_of_a_french_voice_statement_get_the_english_piper_voice() -> None:
    # A French statement read with a French Piper voice file: its English paragraphs go to
    # the packaged English neural voice, acronyms as one unit in English letter names.
    french_voice, english = PiperLike("fr"), PiperLike("en")
    job = _job(paragraphs=(("L'ONU agit.",), ("The UN acts.",)), languages=("", "en"))
    with mock.patch("pipeline.stages.speak._piper_voice", return_value=english):
        render_job(job, french_voice, "fr")
        assert other_voices([job], french_voice) == {"en": "silent test engine (synthetic)"}
    assert french_voice.texts == ["L'O N U agit."]
    assert len(english.texts) == 1 and "[[" in english.texts[0]
    note = mixed_language_note(
        "fr",
        [{"language": "en", "paragraph": 2, "section": "s", "starts": "The UN acts."}],
        spoken=True,
        voices={"en": "Piper neural text-to-speech, voice en_US-joe-medium (synthetic)"},
    )
    assert "spoken by an English voice (Piper neural text-to-speech)" in note
