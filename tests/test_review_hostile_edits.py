"""The review loop with an edited plain.md as people leave it: markers lost or broken, comments
left open, rules and quotations between paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import ExitCode, InputError
from pipeline.stages.review import read_edits

_HEAD = "<!-- plainvoice … -->\n\n# Statement: plain language\n\n"
_FIRST = "<!-- section: 02-x -->\n## X\n\nWe will meet.\n\n<!-- end section -->\n\n"


def _edited(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plain.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_last_section_needs_no_end_marker(tmp_path: Path) -> None:
    # The file's end closes it: the last section's edits were dropped with only a warning.
    path = _edited(tmp_path, _HEAD + _FIRST + "<!-- section: 03-y -->\n## Y\n\nWe part.\n")
    assert read_edits(path) == {"02-x": ("We will meet.",), "03-y": ("We part.",)}


def test_a_file_of_one_section_without_its_end_marker_is_that_section(tmp_path: Path) -> None:
    path = _edited(tmp_path, "<!-- section: 03-y -->\n## Y\n\nWe part.\n\n- One.\n- Two.")
    assert read_edits(path) == {"03-y": ("We part.", "One.", "Two.")}


@pytest.mark.parametrize(
    ("body", "line", "until"),
    [
        ("We meet. <!-- ask Anna\n\nWe part.\n", 8, "the marker on line 12"),
        ("<!--\nWe part.\n", 8, "the marker on line 11"),
    ],
    ids=["inside-a-line", "on-its-own-line"],
)
def test_a_comment_left_open_in_a_section_is_refused_by_line(
    tmp_path: Path, body: str, line: int, until: str
) -> None:
    # The rest of the section (its later paragraphs) was silently left out.
    text = _HEAD + "<!-- section: 02-x -->\n## X\n\n" + body + "\n<!-- end section -->\n"
    path = _edited(tmp_path, text)
    with pytest.raises(InputError) as refused:
        read_edits(path)
    assert refused.value.exit_code is ExitCode.INPUT
    assert refused.value.message == (
        f"plain.md line {line} opens a comment (<!--) that is not closed before {until}"
    )
    assert "\n" not in refused.value.one_line()


def test_a_comment_left_open_at_the_end_of_the_file_is_refused(tmp_path: Path) -> None:
    path = _edited(tmp_path, _HEAD + _FIRST + "<!-- to do: the closing words\n")
    with pytest.raises(InputError, match=r"line 12 opens a comment .* before the end of the file"):
        read_edits(path)


@pytest.mark.parametrize(
    "broken",
    [
        "<!-- section: 03-y",
        "<!- section: 03-y -->",
        "<-- section: 03-y -->",
        "<!-- end section",
        "<!-- section: 03-y --",
    ],
)
def test_a_broken_marker_is_refused_by_line_not_skipped(tmp_path: Path, broken: str) -> None:
    # "<!-- section: 03-y" opened a comment that hid the whole section, which then kept the
    # rewriter's text with a warning that the file "has no section 03-y".
    after = "\n## Y\n\nWe part.\n\n<!-- end section -->\n"
    path = _edited(tmp_path, _HEAD + _FIRST + broken + after)
    with pytest.raises(InputError) as refused:
        read_edits(path)
    assert refused.value.message == f"plain.md line 12 is a broken section marker: {broken!r}"
    assert "<!-- section: ID -->" in (refused.value.hint or "")


@pytest.mark.parametrize(
    "note", ["<!-- section 3 needs work -->\n", "<!-- Section 3 is long:\ncut it -->\n"]
)
def test_a_note_that_names_a_section_is_still_a_note(tmp_path: Path, note: str) -> None:
    path = _edited(tmp_path, _HEAD + note + _FIRST.replace("We will", note + "We will"))
    assert read_edits(path) == {"02-x": ("We will meet.",)}


def test_rules_and_quotations_in_a_section_are_breaks_and_words(tmp_path: Path) -> None:
    # "---" and "***" were spoken and shown as paragraphs, and "> " stayed before the words.
    body = (
        "We meet.\n\n---\n\n> The wheels turned.\n> Still.\n>\n> > Inner words.\n***\n- - -\nEnd."
    )
    path = _edited(tmp_path, "<!-- section: 02-x -->\n## X\n\n" + body + "\n<!-- end section -->\n")
    assert read_edits(path) == {
        "02-x": ("We meet.", "The wheels turned. Still.", "Inner words.", "End.")
    }


def test_the_text_s_own_escaped_rule_and_quote_mark_stay_words(tmp_path: Path) -> None:
    body = "\\---\n\n\\> as written\n"
    path = _edited(tmp_path, "<!-- section: 02-x -->\n## X\n\n" + body + "<!-- end section -->\n")
    assert read_edits(path) == {"02-x": ("---", "> as written")}


def test_a_broken_edit_is_one_line_and_exit_3_and_leaves_the_package_alone(
    sample_path: Path, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path / "out"
    command = ["run", str(sample_path), "-o", str(out), "--no-audio", "-q"]
    assert CliRunner().invoke(app, command).exit_code == 0
    plain_md = next(out.glob("*/plain.md"))
    written = plain_md.read_text(encoding="utf-8")
    edited = tmp_path / "edited.md"
    edited.write_text(written.replace("Hello to you all.", "Hello. <!-- ask"), encoding="utf-8")

    refused = CliRunner().invoke(app, [*command, "--plain-from", str(edited)])
    assert refused.exit_code == ExitCode.INPUT, refused.output
    assert refused.stderr.count("\n") == 1
    assert refused.stderr.startswith("plainvoice: error: edited.md line ")
    assert plain_md.read_text(encoding="utf-8") == written
