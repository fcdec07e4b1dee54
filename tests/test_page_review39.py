"""Review 39: a recording shared by two versions is counted once; PDF hyphens; batch jobs.

1. A section whose plain version has its original's words is heard from the original's MP3.
   The totals of audio (manifest, `run`'s last line, the batch catalogue) count that MP3 once;
   the page's listening time gives each version its own length, or one length when the
   plain version is the original's recording throughout.
2. A PDF line that ends in "well-" and a next line opening with "known" keep the hyphen;
   "inter-" and "national" are one word, as the page reader decides (`is_one_word`).
3. A batch sends no plain job whose recording is its original's to the workers: it makes
   exactly the clips `plainvoice run` makes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.batch import BatchSettings, run_batch
from pipeline.build import build_package
from pipeline.cli import app
from pipeline.models import AudioClip
from pipeline.readers import read_source
from pipeline.settings import Settings
from pipeline.stages.bundle import listening_time
from tests.fakes import ROAD_SAFETY_STATEMENT, SilentEngine
from tests.test_bundle_same_words import GERMAN_STATEMENT

# --------------------------------------------------------------------------------------
# 1. Totals of audio
# --------------------------------------------------------------------------------------


def _build(tmp_path: Path, source: bytes) -> tuple[Path, dict[str, Any]]:
    """A package built with a silent engine and no cache: its folder and manifest."""
    settings = Settings(input_path=None, output_dir=tmp_path, use_cache=False, jobs=1)
    folder = build_package(settings, engine=SilentEngine(), stdin=source).package.folder
    manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text("utf-8"))
    return folder, manifest


def _version_seconds(manifest: dict[str, Any], version: str) -> float:
    """How long one version plays, section by section (a shared MP3 counts in each)."""
    return sum(
        float(section["audio"][version]["duration_seconds"])
        for section in manifest["sections"]
        if version in section["audio"]
    )


def _section_mp3_seconds(manifest: dict[str, Any]) -> float:
    """The length of every section MP3 in the package, each file once."""
    return sum(
        float(record["duration_seconds"])
        for record in manifest["files"]
        if record["path"].endswith(".mp3") and not record["path"].startswith("audio/statement.")
    )


def test_the_manifest_total_counts_a_shared_recording_once(tmp_path: Path) -> None:
    _, manifest = _build(tmp_path, ROAD_SAFETY_STATEMENT.encode())
    shared = [s for s in manifest["sections"] if s["plain_audio_is_original"]]
    assert shared, "the title and the closing words have nothing to simplify"
    total = manifest["audio_seconds"]
    assert total == pytest.approx(_section_mp3_seconds(manifest), abs=0.01)
    both = _version_seconds(manifest, "original") + _version_seconds(manifest, "plain")
    shared_seconds = sum(s["audio"]["original"]["duration_seconds"] for s in shared)
    assert total == pytest.approx(both - shared_seconds, abs=0.01)


def test_the_page_gives_each_version_its_own_length() -> None:
    def clip(section: str, version: str, seconds: float, path: str) -> AudioClip:
        return AudioClip(section, version, Path(path), seconds)

    # "Thank you." is heard from the original's MP3 in the plain version as well.
    clips = [
        clip("01", "original", 200.0, "01.original.mp3"),
        clip("01", "plain", 260.0, "01.plain.mp3"),
        clip("02", "original", 100.0, "02.original.mp3"),
        clip("02", "plain", 100.0, "02.original.mp3"),
    ]
    assert listening_time(clips) == (
        "about 5 minutes for the original text and about 6 minutes for the plain-language version"
    )


def test_one_recording_for_both_versions_is_given_one_length(tmp_path: Path) -> None:
    folder, manifest = _build(tmp_path, GERMAN_STATEMENT)
    assert all(section["plain_audio_is_original"] for section in manifest["sections"])
    minutes = max(1, round(_version_seconds(manifest, "original") / 60))
    page = (folder / "index.html").read_text(encoding="utf-8")
    listening = re.search(r"Listening time: ([^<]*)\.", page)
    assert listening is not None
    unit = "minute" if minutes == 1 else "minutes"
    assert listening.group(1) == f"about {minutes} {unit}, one recording for both versions"


def test_runs_last_line_counts_a_shared_recording_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import build, resolve

    def silent(settings: Settings, language: str) -> SilentEngine:
        return SilentEngine()

    monkeypatch.setattr(build, "make_engine", silent)
    monkeypatch.setattr(resolve, "make_engine", silent)
    source = tmp_path / "road.txt"
    source.write_text(ROAD_SAFETY_STATEMENT, encoding="utf-8")
    out = tmp_path / "out"
    arguments = ["run", str(source), "-o", str(out), "--no-cache", "--jobs", "1"]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "road" / "manifest.json").read_text(encoding="utf-8"))
    distinct = _section_mp3_seconds(manifest)
    both = _version_seconds(manifest, "original") + _version_seconds(manifest, "plain")
    assert f"{distinct / 60:.1f}" != f"{both / 60:.1f}"  # the case tells the two apart
    assert f"{distinct / 60:.1f} minutes of audio." in result.stdout


# --------------------------------------------------------------------------------------
# 2. A hyphen at a PDF line's end
# --------------------------------------------------------------------------------------


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with these lines, one a row, as a hard-wrapped paragraph is drawn."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for line in lines:
        pdf.cell(0, 6, line or " ", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())


WRAPPED_LINES = [
    "Statement on the new harbour",
    "",
    "The harbour is a well-",
    "known place of work for the people of the town and for those who come from far.",
    "It will serve inter-",
    "national trade from 2027, and the ministry will report on the works every year.",
    "The state-of-the-",
    "art cranes arrive in June, and the works will employ three hundred people here.",
]


def test_a_pdf_keeps_the_hyphen_of_a_compound_and_mends_a_cut_word() -> None:
    text = read_source(Path("harbour.pdf"), _pdf(WRAPPED_LINES)).markdown
    assert "a well-known place" in text
    assert "serve international trade" in text
    assert "The state-of-the-art cranes" in text
    assert "wellknown" not in text and "inter-national" not in text


def test_a_pdf_keeps_a_real_hyphen_before_a_number() -> None:
    lines = [
        "Statement on health",
        "",
        "The plan meets the needs of people who fell ill with COVID-",
        "19 in the first year, and of those who cared for them at home, every day.",
    ]
    text = read_source(Path("health.pdf"), _pdf(lines)).markdown
    assert "with COVID-19 in the first year" in text


# --------------------------------------------------------------------------------------
# 3. A batch speaks what `run` speaks
# --------------------------------------------------------------------------------------


def _recordings(manifest: dict[str, Any]) -> dict[str, int]:
    """Each section MP3 of a package, once, with the sentences it says (its heading too)."""
    return {
        audio["path"]: len(audio["sentences"])
        for section in manifest["sections"]
        for audio in section["audio"].values()
    }


def test_a_batch_sends_no_plain_job_that_is_its_originals_recording(tmp_path: Path) -> None:
    # The title line gains a closing full stop in the plain version: the same spoken words,
    # another cache key. The batch sent such jobs to the workers: 28 sentences spoken for
    # 22, and 7 and 5 clips made for 5 and 4 recordings.
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "road.txt").write_text(ROAD_SAFETY_STATEMENT, encoding="utf-8")
    (inbox / "strassen.txt").write_bytes(GERMAN_STATEMENT)
    engine = SilentEngine()
    settings = BatchSettings(
        inputs=(inbox,),
        output_dir=tmp_path / "out",
        language="auto",
        jobs=1,
        cache_dir=tmp_path / "cache",
    )
    result = run_batch(settings, engine=engine)

    spoken = 0
    for outcome in result.outcomes:
        manifest = json.loads((tmp_path / "out" / outcome.name / "manifest.json").read_text())
        assert any(s["plain_audio_is_original"] for s in manifest["sections"]), outcome.name
        recordings = _recordings(manifest)
        assert outcome.clips == outcome.synthesised == len(recordings), outcome.name
        spoken += sum(recordings.values())
    # Each sentence of each recording was asked of the engine once, and nothing else was.
    assert len(engine.texts) == spoken
    assert engine.texts.count("Statement by the Director on road safety") == 1
