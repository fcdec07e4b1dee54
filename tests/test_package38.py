"""Rough edges of the package a reviewer found: overwrites, chapters, links, help, formats."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ExitCode, UsageError
from pipeline.settings import Settings
from tests.conftest import SAMPLE

OTHER = "Harbour works close the east quay.\n\nShips dock at the west quay until June.\n"


def _run(runner: CliRunner, source: Path, out: Path, *more: str) -> tuple[int, str]:
    result = runner.invoke(app, ["run", str(source), "-o", str(out), "--no-audio", "-q", *more])
    return result.exit_code, result.stderr


def _statement(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "statement.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_different_statement_with_the_same_name_is_refused(
    runner: CliRunner, tmp_path: Path
) -> None:
    first = _statement(tmp_path / "a", SAMPLE.read_text(encoding="utf-8"))
    second = _statement(tmp_path / "b", OTHER)
    out = tmp_path / "out"
    assert _run(runner, first, out)[0] == 0
    before = (out / "statement" / "statement.txt").read_bytes()
    code, stderr = _run(runner, second, out)
    assert code == ExitCode.OUTPUT
    assert len(stderr.strip().splitlines()) == 1
    assert "made from a different statement.txt" in stderr
    assert str(second) in stderr and "--force" in stderr and "-o" in stderr
    assert (out / "statement" / "statement.txt").read_bytes() == before
    assert _run(runner, second, out, "--force")[0] == 0
    assert "east quay" in (out / "statement" / "statement.txt").read_text(encoding="utf-8")


def test_an_edited_statement_still_replaces_its_package(runner: CliRunner, tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    source = _statement(tmp_path / "a", text)
    out = tmp_path / "out"
    assert _run(runner, source, out)[0] == 0
    source.write_text(text.replace("crime", "offending"), encoding="utf-8")
    assert _run(runner, source, out)[0] == 0
    assert "offending" in (out / "statement" / "statement.txt").read_text(encoding="utf-8")
    # A statement cut down to a part of itself is the same statement (0.18 of both texts'
    # words had been read as another statement's).
    source.write_text(text[: len(text) // 12], encoding="utf-8")
    assert _run(runner, source, out)[0] == 0
    source.write_text(text, encoding="utf-8")
    assert _run(runner, source, out)[0] == 0
    # The same words copied elsewhere make the same package: nothing is lost.
    copy = _statement(tmp_path / "copy", source.read_text(encoding="utf-8"))
    assert _run(runner, copy, out)[0] == 0


def test_the_whole_statement_chapters_cover_the_whole_file() -> None:
    from mutagen.id3 import ID3
    from mutagen.mp3 import MP3

    from tests.packages import sample_package

    folder = sample_package().package.folder
    for version in ("original", "plain"):
        path = folder / "audio" / f"statement.{version}.mp3"
        chapters = sorted(ID3(path).getall("CHAP"), key=lambda chapter: chapter.start_time)
        assert len(chapters) == 6
        assert chapters[0].start_time == 0
        for chapter, following in itertools.pairwise(chapters):
            assert chapter.end_time == following.start_time
        assert chapters[-1].end_time == round(MP3(path).info.length * 1000)


def test_contiguous_chapters_end_where_the_next_starts() -> None:
    from pipeline.stages.speak import contiguous

    assert contiguous([(0.0, 17.5), (18.18, 26.46), (27.14, 30.0)], 31.2) == [
        (0.0, 18.18),
        (18.18, 27.14),
        (27.14, 31.2),
    ]
    assert contiguous([], 0.0) == []


def test_each_section_links_its_mp3_once_by_a_name_that_says_what_it_is() -> None:
    from tests.packages import sample_package

    package = sample_package().package
    page = (package.folder / "index.html").read_text(encoding="utf-8")
    # A section whose plain version has its original's words has one recording ("Thank you.").
    shared = {s["id"] for s in package.manifest["sections"] if s.get("plain_audio_is_original")}
    assert shared == {"06-closing-words"}
    sections = re.findall(r'<section aria-labelledby="(\d\d-[^"]+)">(.*?)</section>', page, re.S)
    assert len(sections) == 6
    for section_id, body in sections:
        for version, label in (("original", "original text"), ("plain", "plain language")):
            if version == "plain" and section_id in shared:
                assert f"{section_id}.plain.mp3" not in body
                continue
            src = f"audio/{section_id}.{version}.mp3"
            links = re.findall(rf'<a href="{re.escape(src)}">(.*?)</a>', body, re.S)
            assert len(links) == 1, (src, links)
            assert links[0].startswith('MP3<span class="visually-hidden"> of ')
            assert links[0].endswith(f", {label}</span>")


def _help_words(runner: CliRunner, command: str) -> str:
    result = runner.invoke(app, [command, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    return " ".join(result.stdout.replace("│", " ").split())


def test_help_states_the_ranges_that_the_settings_accept(runner: CliRunner) -> None:
    for command in ("run", "batch"):
        assert "Most words in a body section, from 40 to 5000." in _help_words(runner, command)
    assert "grade the plain version aims at, from 1 to 18;" in _help_words(runner, "run")
    for words in (40, 5000):
        Settings(None, max_section_words=words).validate()
    for words in (39, 5001):
        with pytest.raises(UsageError, match="between 40 and 5000"):
            Settings(None, max_section_words=words).validate()
    for grade in (1.0, 18.0):
        Settings(None, target_grade=grade).validate()
    for grade in (0.9, 18.1):
        with pytest.raises(UsageError, match="between 1 and 18"):
            Settings(None, target_grade=grade).validate()


def test_a_text_file_forced_to_html_is_warned_of_the_paragraphs_it_lost(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    forced = runner.invoke(
        app, ["run", str(SAMPLE), "-o", str(out), "--no-audio", "-q", "--format", "html"]
    )
    assert forced.exit_code == 0
    warnings = [line for line in forced.stderr.splitlines() if "--format html" in line]
    assert warnings == [
        f"plainvoice: warning: {SAMPLE.name}: --format html read its 21 paragraphs as 1 "
        "(it looks like text: leave --format out, or give --format text)"
    ]


def test_a_forced_format_that_keeps_the_paragraphs_is_not_warned_of(tmp_path: Path) -> None:
    from pipeline.readers import InputFormat, read_source

    for fmt in (InputFormat.TEXT, InputFormat.MARKDOWN):
        assert read_source(SAMPLE, fmt=fmt).notes == ()
    page = tmp_path / "page.html"
    page.write_text("<p>One.</p>\n\n<p>Two.</p>\n\n<p>Three.</p>\n", encoding="utf-8")
    assert read_source(page, fmt=InputFormat.HTML).notes == ()
    # A short note of two lines and one blank line has no paragraphs to lose.
    note = tmp_path / "note.txt"
    note.write_text("First line.\n\nSecond line.\n", encoding="utf-8")
    assert read_source(note, fmt=InputFormat.HTML).notes == ()


def test_a_misnamed_text_file_forced_to_html_is_warned_of_too(tmp_path: Path) -> None:
    from pipeline.readers import InputFormat, read_source

    misnamed = tmp_path / "statement.pdf"
    misnamed.write_bytes(SAMPLE.read_bytes())
    assert read_source(misnamed, fmt=InputFormat.TEXT).notes == ()
    (note,) = read_source(misnamed, fmt=InputFormat.HTML).notes
    assert note.startswith("statement.pdf: --format html read its 21 paragraphs as 1 ")
