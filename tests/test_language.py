from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.language import detect_language, resolve_language
from tests.conftest import CORPUS

TEXTS = {
    "en": "The government will invest in schools and hospitals across the country next year.",
    "fr": "Le gouvernement investira dans les écoles et les hôpitaux de tout le pays l'an prochain.",
    "es": "El gobierno invertirá en escuelas y hospitales de todo el país el próximo año.",
    "de": "Die Regierung wird im nächsten Jahr in Schulen und Krankenhäuser im ganzen Land investieren.",
    "it": "Il governo investirà nelle scuole e negli ospedali di tutto il paese il prossimo anno.",
    "nl": "De regering zal volgend jaar investeren in scholen en ziekenhuizen in het hele land.",
}


@pytest.mark.parametrize(("code", "text"), sorted(TEXTS.items()))
def test_detects_each_supported_language_from_one_sentence(code: str, text: str) -> None:
    guess = detect_language(text)
    assert guess.code == code
    assert guess.detected
    assert guess.confidence >= 0.5


SHORT_TEXTS = {
    "en": "We will not give up on peace.",
    "fr": "Nous ne lâcherons rien, jamais.",
    "es": "Gracias a todos por venir hoy aquí.",
    "de": "Wir schaffen das, ganz sicher.",
    "it": "Grazie mille a tutti voi.",
    "nl": "Het kabinet neemt maatregelen tegen de droogte.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SHORT_TEXTS.items()))
def test_a_short_statement_of_five_or_six_words_is_detected(code: str, text: str) -> None:
    # The low-accuracy mode reads trigrams only; a headline-length text must still be enough.
    assert detect_language(text).code == code


def test_capitals_do_not_confuse_the_detector() -> None:
    assert detect_language(TEXTS["es"].upper()).code == "es"


def test_too_short_a_text_falls_back_to_the_default() -> None:
    guess = detect_language("Thank you.", default="fr")
    assert (guess.code, guess.detected) == ("fr", False)


def test_resolve_keeps_an_explicit_language_and_detects_auto() -> None:
    assert resolve_language("de", TEXTS["fr"]) == "de"
    assert resolve_language("auto", TEXTS["fr"]) == "fr"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("03_merkel-2021-abschiedsrede-de.txt", "de"),
        ("09_unga79-burkina-faso-2024-fr.txt", "fr"),
        ("10_unga79-spain-2024-es.txt", "es"),
        ("08_us-inaugural-2021-biden.txt", "en"),
        ("12_ungdc-france-2020-video-statement.txt", "en"),
    ],
)
def test_real_statements_are_detected(name: str, expected: str) -> None:
    path: Path = CORPUS / name
    if not path.exists():
        pytest.skip("dev corpus not present")
    assert detect_language(path.read_text(encoding="utf-8")).code == expected


def test_cli_detects_the_language_and_names_its_formulas() -> None:
    import json

    from typer.testing import CliRunner

    from pipeline.cli import app

    text = TEXTS["es"] + " " + TEXTS["es"].replace("gobierno", "ministerio")
    runner = CliRunner()
    shown = runner.invoke(app, ["sections", "-", "--json"], input=text)
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["language"] == "es"
    scored = runner.invoke(app, ["score", "-", "--json"], input=text)
    payload = json.loads(scored.stdout)
    assert payload["language"] == "es"
    assert "Fernández Huerta reading ease" in payload["whole"]["formulas"]
    table = runner.invoke(app, ["score", "-"], input=text)
    assert "Fernández Huerta" in table.stdout


def test_cli_refuses_an_unknown_format_or_language() -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.errors import ExitCode

    runner = CliRunner()
    result = runner.invoke(app, ["sections", "-", "--format", "rtf"], input="Hello there.")
    assert result.exit_code == ExitCode.USAGE
    assert "format 'rtf' is not known" in result.stderr
    result = runner.invoke(app, ["sections", "-", "--lang", "xx"], input="Hello there.")
    assert result.exit_code == ExitCode.USAGE
    assert "or auto" in result.stderr


def test_the_model_can_be_let_go_and_detection_still_works() -> None:
    from pipeline.language import _detector, release_model

    text = "The Secretary General spoke to the congress about crime prevention in Kyoto."
    assert detect_language(text).code == "en"
    assert _detector.cache_info().currsize == 1
    release_model()
    assert _detector.cache_info().currsize == 0
    assert detect_language(text).code == "en"  # loaded again when needed


ARABIC = (
    "بيان صحفي\n\nأعلن الأمين العام اليوم عن خطة جديدة لمكافحة الجريمة المنظمة عبر الحدود. "
    "وقال إن التعاون الدولي ضروري لحماية المواطنين.\n"
)


def test_a_statement_in_another_script_is_refused_by_name() -> None:
    """Asked only among Latin-script languages, the detector had called Arabic English."""
    from pipeline.errors import UsageError
    from pipeline.language import UnsupportedLanguage, refuse_other_scripts

    with pytest.raises(UnsupportedLanguage) as caught:
        refuse_other_scripts("auto", ARABIC)
    assert isinstance(caught.value, UsageError) and caught.value.language == "ar"
    assert "looks like Arabic ('ar')" in caught.value.message
    assert "English, French, Spanish, German, Italian and Dutch" in caught.value.message
    refuse_other_scripts("en", ARABIC)  # asked for: taken as asked
    quoted = "The minister quoted the motto «Ἓν οἶδα ὅτι οὐδὲν οἶδα» in her speech. " * 3
    refuse_other_scripts("auto", quoted + "We will act. " * 20)  # mostly Latin: read


def test_run_and_score_stop_with_one_line_on_an_arabic_statement(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    source = tmp_path / "bayan.txt"
    source.write_text(ARABIC, encoding="utf-8")
    runner = CliRunner()
    for args in (
        ["run", str(source), "--no-audio", "-o", str(tmp_path / "out")],
        ["score", str(source)],
        ["sections", str(source)],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert "looks like Arabic" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()
    forced = runner.invoke(app, ["score", str(source), "--lang", "en", "--json"])
    assert forced.exit_code == 0
