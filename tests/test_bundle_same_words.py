"""A section whose plain version has its original's words is spoken once and heard once.

A German statement's plain version is its text as written: it was spoken twice, and the
page showed two players per section for the same words (the German corpus file: 18 MP3s,
a 16 MB folder). An English "Thank you." has nothing to simplify and is the same case.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from pipeline.build import build_package
from pipeline.check import check_package
from pipeline.settings import Settings, Versions
from pipeline.stages import speak
from pipeline.stages.bundle import SAME_WORDS_NOTE
from tests.fakes import ROAD_SAFETY_STATEMENT, SilentEngine

GERMAN_STATEMENT = b"""\
Erklaerung der Ministerin zur Verkehrssicherheit

Sehr geehrte Damen und Herren, ich freue mich, heute bei Ihnen zu sein.

Im vergangenen Jahr sind auf unseren Strassen 1.204 Menschen gestorben. Das duerfen wir nicht
hinnehmen. Der neue Plan beginnt am 1. Maerz 2025 und gilt fuer fuenf Jahre.

Wir werden die Zahl der Toten halbieren. Dafuer brauchen wir die Hilfe aller Gemeinden.

Vielen Dank.
"""
"""A short statement in German: its plain version is its text, left as written."""


def _build(tmp_path: Path, source: bytes, versions: Versions = Versions.BOTH) -> tuple[Path, int]:
    """Build a package with a fresh silent engine and no cache: (its folder, engine calls)."""
    engine = SilentEngine()
    settings = Settings(input_path=None, output_dir=tmp_path, versions=versions, use_cache=False)
    result = build_package(settings, engine=engine, stdin=source)
    return result.package.folder, len(engine.texts)


def _manifest(folder: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return manifest


def _mp3_names(folder: Path) -> list[str]:
    return sorted(path.name for path in (folder / "audio").glob("*.mp3"))


def test_a_german_statement_is_spoken_once_with_one_player_per_section(tmp_path: Path) -> None:
    folder, calls = _build(tmp_path / "both", GERMAN_STATEMENT)
    _, original_calls = _build(tmp_path / "original", GERMAN_STATEMENT, Versions.ORIGINAL)
    assert calls == original_calls > 0

    manifest = _manifest(folder)
    sections = manifest["sections"]
    assert manifest["statement"]["language"] == "de"
    assert all(section["plain_audio_is_original"] for section in sections)
    for section in sections:
        assert section["audio"]["plain"]["path"] == section["audio"]["original"]["path"]
        assert section["audio"]["plain"]["path"].endswith(".original.mp3")

    names = _mp3_names(folder)
    assert not [name for name in names if name.endswith(".plain.mp3")], names
    assert len(names) == len(sections) + 1  # each section's MP3 and the whole statement
    assert "statement.original.mp3" in names
    assert set(manifest["statement_audio"]) == {"original"}
    assert manifest["audio_seconds"] == pytest.approx(
        sum(section["audio"]["original"]["duration_seconds"] for section in sections), abs=0.01
    )

    page = (folder / "index.html").read_text(encoding="utf-8")
    players = re.findall(r'<audio id="([^"]+)"', page)
    assert len(players) == len(sections) + 1
    assert not [player for player in players if player.endswith("-plain-audio")]
    assert page.count(SAME_WORDS_NOTE) == len(sections)
    playlist = (folder / "playlist.m3u8").read_text(encoding="utf-8")
    assert playlist.count("audio/") == len(sections)
    assert ".plain.mp3" not in page and ".plain.mp3" not in playlist

    assert check_package(folder).ok, check_package(folder).lines()
    assert check_package(folder.with_suffix(".zip")).ok


def test_an_english_thank_you_shares_its_clip_and_the_rest_are_spoken_twice(
    tmp_path: Path,
) -> None:
    folder, _ = _build(tmp_path, ROAD_SAFETY_STATEMENT.encode())
    manifest = _manifest(folder)
    shared = [s for s in manifest["sections"] if s["plain_audio_is_original"]]
    rewritten = [s for s in manifest["sections"] if not s["plain_audio_is_original"]]
    assert [s["title"] for s in shared if "Thank you" in s["title"]] or any(
        "Thank you" in sentence["text"]
        for s in shared
        for sentence in s["audio"]["original"]["sentences"]
    )
    assert rewritten, "the body is rewritten, so its plain version has a clip of its own"

    names = _mp3_names(folder)
    for section in shared:
        assert f"{section['id']}.plain.mp3" not in names
    for section in rewritten:
        assert {f"{section['id']}.plain.mp3", f"{section['id']}.original.mp3"} <= set(names)
    # The whole plain statement still has every section: the shared one from the original MP3.
    plain_whole = manifest["statement_audio"]["plain"]
    assert len(plain_whole["chapters"]) == len(manifest["sections"])
    assert "statement.plain.mp3" in names

    page = (folder / "index.html").read_text(encoding="utf-8")
    assert page.count(SAME_WORDS_NOTE) == len(shared)
    for section in shared:
        assert f'id="{section["id"]}-plain-audio"' not in page
    assert check_package(folder).ok, check_package(folder).lines()


def test_a_package_made_with_two_clips_for_the_same_words_still_passes_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Packages made before this change hold a plain MP3 for every section: still sound."""
    monkeypatch.setattr(speak, "plain_same_as_original", lambda jobs, lang: set())
    folder, _ = _build(tmp_path, GERMAN_STATEMENT)
    manifest = _manifest(folder)
    assert not any(section["plain_audio_is_original"] for section in manifest["sections"])
    plain_mp3s = [n for n in _mp3_names(folder) if n.endswith(".plain.mp3")]
    assert len(plain_mp3s) == len(manifest["sections"]) + 1  # and the whole statement's
    assert check_package(folder).ok, check_package(folder).lines()
    assert check_package(folder.with_suffix(".zip")).ok


def test_spoken_form_compares_the_words_said_not_the_version() -> None:
    original = speak.SpeechJob("s1", "original", "Thanks", (("Thank you.",),))
    plain = speak.SpeechJob("s1", "plain", "Thanks", (("Thank you.",),))
    changed = speak.SpeechJob("s1", "plain", "Thanks", (("Thanks a lot.",),))
    assert speak.plain_same_as_original([original, plain], "en") == {"s1"}
    assert speak.plain_same_as_original([original, changed], "en") == set()
    # No original job (--versions plain): nothing to share.
    assert speak.plain_same_as_original([plain], "en") == set()
