"""Review 38: what a first user met in an afternoon with plainvoice, one test per fix.

Each test stands for one bug found by running the CLI as a press office would (the sample, the
dev corpus, the usual mistakes); its docstring says what happened before the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.check import NotAPackage, check_package
from pipeline.cli import app
from pipeline.engines import espeak_engine
from pipeline.engines.piper_engine import PiperEngine, espeak_voice_hint
from pipeline.errors import UsageError
from pipeline.metadata import parse_title_block, with_overrides
from pipeline.models import FactCheck
from pipeline.settings import Settings
from pipeline.stages.bundle import warned_summary_markdown, warned_summary_text
from pipeline.stages.summary import Summary


@pytest.mark.parametrize(
    ("title", "speaker", "role"),
    [
        (
            "Statement by Attorney General Merrick Garland on the Verdict",
            "Merrick Garland",
            "Attorney General",
        ),
        ("Remarks by Secretary General Jens Stoltenberg", "Jens Stoltenberg", "Secretary General"),
    ],
)
def test_an_office_ending_in_general_is_not_the_speakers_first_name(
    title: str, speaker: str, role: str
) -> None:
    """The speaker was 'General Merrick Garland', the role 'Attorney' (the page, tags, EPUB)."""
    meta = parse_title_block([title, "Washington, 3 May 2024"], "x.txt", groups=[0, 1])
    assert (meta.speaker, meta.speaker_role) == (speaker, role)


@pytest.mark.parametrize("office", ["Attorney General", "INTERPOL Secretary General"])
def test_a_speaker_flag_naming_only_an_office_names_no_general(office: str) -> None:
    """--speaker 'INTERPOL Secretary General' made the speaker 'General', the role the rest."""
    meta = parse_title_block(["Video Statement", "Jürgen Stock"], "x.txt", groups=[0, 1])
    overridden = with_overrides(meta, speaker=office)
    assert overridden.speaker == office
    assert overridden.speaker_role is None


@pytest.mark.parametrize(
    ("title", "speaker", "flag"),
    [(None, ",", "speaker"), (None, " - ", "speaker"), ("…", None, "title")],
)
def test_a_title_or_speaker_of_punctuation_alone_is_refused(
    title: str | None, speaker: str | None, flag: str, tmp_path: Path
) -> None:
    """--speaker ',' was taken: the heading read 'Video Statement by ,', the summary ', spoke at'."""
    settings = Settings(None, tmp_path, title=title, speaker=speaker)
    with pytest.raises(UsageError, match=f"--{flag} must be .* with a letter or a digit"):
        settings.validate()


def test_a_title_or_speaker_with_a_letter_or_digit_is_taken(tmp_path: Path) -> None:
    """The check refuses punctuation alone, not short or numeric values."""
    settings = Settings(None, tmp_path, title="2024", speaker="Jürgen Stock").validate()
    assert (settings.title, settings.speaker) == ("2024", "Jürgen Stock")


def test_an_espeak_voice_given_to_piper_is_named_as_such(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--voice de` (Piper by default) said only 'the voice file de does not exist'."""
    monkeypatch.setattr(espeak_engine, "list_voices", lambda: [("de", "German"), ("en-us", "")])
    assert espeak_voice_hint("de") == " ('de' is an espeak-ng voice: add --engine espeak)"
    assert espeak_voice_hint("nope") == ""
    reason = PiperEngine(voice="de").unavailable_reason()
    if reason is not None and "piper-tts" not in reason:  # Piper itself may be absent here
        assert reason.startswith("the voice file de does not exist ('de' is an espeak-ng voice")


def test_a_folder_of_many_packages_names_five_and_counts_the_rest(tmp_path: Path) -> None:
    """`plainvoice check` on a batch's folder of 150 packages printed all 150 names in one line."""
    for number in range(1, 8):
        (tmp_path / f"p{number}").mkdir()
        (tmp_path / f"p{number}" / "manifest.json").write_text("{}", encoding="utf-8")
    with pytest.raises(NotAPackage) as raised:
        check_package(tmp_path)
    assert "it holds the packages p1, p2, p3, p4, p5 and 2 more: check each" in str(raised.value)


def _summary(invented: tuple[str, ...]) -> Summary:
    facts = FactCheck(facts=("194",), missing=(), invented=invented)
    return Summary(
        lead="Jürgen Stock spoke.", points=("Support reached 149 countries.",), facts=facts
    )


def test_a_summary_with_a_fact_the_original_lacks_says_so_in_its_files() -> None:
    """An edit's '149' for '194' reached summary.md and summary.txt with no word (only the page)."""
    warning = "Fact check: this summary needs a person's check. It has “149”, which the original does not."
    text = warned_summary_text(_summary(("149",)))
    assert text.splitlines()[:3] == [warning, "", "Jürgen Stock spoke."]
    markdown = warned_summary_markdown(_summary(("149",)), "Video Statement")
    assert markdown.splitlines()[:3] == ["# In short: Video Statement", "", f"> **{warning}**"]


def test_a_summary_the_fact_check_passed_has_no_warning() -> None:
    """Only a summary with an added fact is headed by the warning."""
    summary = _summary(())
    assert warned_summary_text(summary) == summary.to_text()
    assert warned_summary_markdown(summary, "Video Statement") == summary.to_markdown(
        "Video Statement"
    )


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Flood defences</title>
<meta name="generator" content="plainvoice 0.1.0"></head>
<body><main><h1>Flood defences</h1><h2>What we will do</h2>
<p>The river defences in Westvale will be rebuilt by 2027. They will cost 40 million pounds.</p>
</main></body></html>
"""
PLAIN_MD = """<!-- plainvoice plain-language version. Edit the text between a section marker and \
its end marker; keep the markers and headings. Then run: plainvoice run INPUT --plain-from \
plain.md -->

# Flood defences: plain language

<!-- section: 01-what-we-will-do -->
## What we will do

The river defences will be rebuilt by 2027.

<!-- end section -->
"""


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("index.html", PAGE, "is a page plainvoice made, not a statement"),
        ("plain.md", PLAIN_MD, "is a plain.md that plainvoice wrote for editing, not a statement"),
    ],
)
def test_what_plainvoice_made_is_refused_as_a_statement(
    tmp_path: Path, name: str, text: str, said: str
) -> None:
    """`run pkg/index.html` made a package of the package (11 sections for 6: the summary,
    the grade notes, each part twice); `run pkg/plain.md` took the plain version for the
    original."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    output = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(source), "-o", str(output), "--no-audio"])
    assert result.exit_code == 3
    assert said in result.output
    assert not output.exists()


def test_a_page_without_plainvoices_mark_is_read(tmp_path: Path) -> None:
    """Only plainvoice's own generator mark refuses a page."""
    source = tmp_path / "page.html"
    unmarked = PAGE.replace('<meta name="generator" content="plainvoice 0.1.0">', "")
    source.write_text(unmarked, encoding="utf-8")
    output = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(source), "-o", str(output), "--no-audio", "-q"])
    assert result.exit_code == 0, result.output
    assert (output / "page" / "manifest.json").is_file()
