"""End to end: the package carries the summary, plain.md and guard results; edits come back in."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.build import build_package
from pipeline.errors import InputError
from pipeline.settings import Settings, Versions
from tests.fakes import SilentEngine


def test_package_has_summary_plain_md_and_guard_results(sample_path: Path, tmp_path: Path) -> None:
    result = build_package(
        Settings(input_path=sample_path, output_dir=tmp_path, versions=Versions.PLAIN),
        engine=SilentEngine(),
    )
    folder = result.package.folder
    summary_txt = (folder / "summary.txt").read_text(encoding="utf-8")
    assert summary_txt.startswith("Jürgen Stock")
    assert len(summary_txt.split()) <= 150
    assert (folder / "summary.md").read_text(encoding="utf-8").startswith("# In short:")
    assert "<!-- section: " in (folder / "plain.md").read_text(encoding="utf-8")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["summary"]["facts"]["all_kept"]
    for section in manifest["sections"]:
        guard = section["guard"]
        assert guard["passed"] and not guard["flagged"] and guard["target_grade"] == 8
        assert guard["met_target"] in (True, False)
    assert any(section["in_short"] for section in manifest["sections"])
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert "In short:" in html and "Fact check: every fact kept." in html


def test_plain_from_uses_edits_and_speaks_only_changed_sections(
    sample_path: Path, tmp_path: Path
) -> None:
    settings = Settings(input_path=sample_path, output_dir=tmp_path, versions=Versions.PLAIN)
    first = build_package(settings, engine=SilentEngine())
    plain_md = first.package.folder / "plain.md"
    edited = tmp_path / "edited.md"
    text = plain_md.read_text(encoding="utf-8")
    edited.write_text(text.replace("Thank you.", "Thank you all."), encoding="utf-8")

    engine = SilentEngine()
    second = build_package(
        Settings(
            input_path=sample_path,
            output_dir=tmp_path,
            versions=Versions.PLAIN,
            plain_from=edited,
        ),
        engine=engine,
    )
    # Only the edited sentence is spoken again: the section's announcement was spoken before.
    assert engine.texts == ["Thank you all."]
    manifest = second.package.manifest
    closing = manifest["sections"][-1]
    assert closing["guard"]["reviewed_by_person"]
    assert not any(s["guard"]["reviewed_by_person"] for s in manifest["sections"][:-1])
    assert all(s["audio"]["plain"]["duration_seconds"] > 0 for s in manifest["sections"])
    section_mp3s = [
        p for p in (second.package.folder / "audio").glob("*.mp3") if p.name[0].isdigit()
    ]
    assert len(section_mp3s) == len(manifest["sections"])
    assert (second.package.folder / "audio" / "statement.plain.mp3").is_file()


def test_cli_passes_target_grade_and_plain_from(sample_path: Path, tmp_path: Path) -> None:
    from unittest import mock

    from typer.testing import CliRunner

    from pipeline.cli import app

    edited = tmp_path / "plain.md"
    edited.write_text("<!-- section: 01-x -->\ntext\n", encoding="utf-8")
    with mock.patch("pipeline.cli.build_package", autospec=True) as build:
        build.return_value.package.manifest = {"audio_seconds": 0}
        build.return_value.statement.sections = ()
        result = CliRunner().invoke(
            app,
            [
                "run",
                str(sample_path),
                "--no-audio",
                "-q",
                "--target-grade",
                "6",
                "--plain-from",
                str(edited),
            ],
        )
    assert result.exit_code == 0, result.output
    settings = build.call_args.args[0]
    assert settings.target_grade == 6 and settings.plain_from == edited


def test_missing_plain_from_file_is_a_usage_error(sample_path: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(
        app, ["run", str(sample_path), "--no-audio", "--plain-from", str(tmp_path / "nope.md")]
    )
    assert result.exit_code == 2
    assert "--plain-from" in result.output
    # A folder exists: "does not exist" sent people looking for a path that is there.
    result = CliRunner().invoke(
        app, ["run", str(sample_path), "--no-audio", "--plain-from", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert f"--plain-from file {tmp_path} is not a file" in result.stderr


HOSTILE = (
    "Statement on safety\n\nDear friends,\n\n"
    "We met today. <script>alert(1)</script> The <img src=x onerror=alert(2)> plan is good, "
    "and we will act on it now. We must keep 5 * 3 * 2 people safe in 2025.\n\n"
    "#MeToo changed how [we] listen to AT&amp;T staff and to `everyone`.\n\nThank you.\n"
)


def test_plain_md_shows_markup_as_text_and_reads_back_unchanged(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    settings = Settings(input_path=source, output_dir=tmp_path / "out")
    first = build_package(settings, engine=SilentEngine())
    folder = first.package.folder
    # A web page's Markdown renderer passes raw HTML through: none of the statement's may pass.
    renderer = MarkdownIt("commonmark", {"html": True})
    for name in ("plain.md", "summary.md"):
        html = renderer.render((folder / name).read_text(encoding="utf-8"))
        assert "<script" not in html and "<img" not in html, name
        assert "&lt;script&gt;" in html or name == "summary.md"
    # Fed back unedited, the escaped text is the same text: nothing reviewed, nothing spoken.
    engine = SilentEngine()
    second = build_package(
        Settings(input_path=source, output_dir=tmp_path / "out", plain_from=folder / "plain.md"),
        engine=engine,
    )
    assert engine.texts == []
    assert not any(s["guard"]["reviewed_by_person"] for s in second.package.manifest["sections"])
    plain = (second.package.folder / "plain.txt").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" in plain and "#MeToo" in plain and "5 * 3 * 2" in plain


def test_plain_md_and_plain_txt_keep_the_statements_lists_and_read_them_back(
    sample_path: Path, tmp_path: Path
) -> None:
    settings = Settings(input_path=sample_path, output_dir=tmp_path / "out", audio=False)
    folder = build_package(settings).package.folder
    plain_md = (folder / "plain.md").read_text(encoding="utf-8")
    # The sample's three bullets under "In the midst of the crisis:" stay a list.
    assert "\n- Police stayed eager to share information" in plain_md
    assert "\n- The wheels of justice stayed in motion." in plain_md
    assert "\n- The wheels of justice" in (folder / "plain.txt").read_text(encoding="utf-8")
    # Read back unedited, the items are the same paragraphs: nothing counts as reviewed.
    second = build_package(
        Settings(
            input_path=sample_path,
            output_dir=tmp_path / "out",
            audio=False,
            plain_from=folder / "plain.md",
        )
    )
    assert not any(s["guard"]["reviewed_by_person"] for s in second.package.manifest["sections"])
    assert (second.package.folder / "plain.md").read_text(encoding="utf-8") == plain_md


def test_list_items_edited_without_blank_lines_are_still_one_paragraph_each(
    tmp_path: Path,
) -> None:
    from pipeline.stages.review import read_edits

    edited = tmp_path / "plain.md"
    edited.write_text(
        "<!-- section: 03-x -->\n## X\n\nDuring the crisis:\n\n- Police shared.\n- Channels"
        " stayed\n  open.\n\n\\- not a list item\n<!-- end section -->\n",
        encoding="utf-8",
    )
    assert read_edits(edited)["03-x"] == (
        "During the crisis:",
        "Police shared.",
        "Channels stayed open.",
        "- not a list item",
    )


def test_a_sub_item_indented_under_its_item_reads_back_as_an_item(tmp_path: Path) -> None:
    from pipeline.stages.review import read_edited

    edited = tmp_path / "plain.md"
    edited.write_text(
        "<!-- section: 03-x -->\n## X\n\n- Companies cut jobs:\n\n    - One cut 16,000.\n\n"
        "    (b) Another cut 2,400.\n\nThat is all.\n<!-- end section -->\n",
        encoding="utf-8",
    )
    edit = read_edited(edited)["03-x"]
    assert edit.paragraphs == (
        "Companies cut jobs:",
        "One cut 16,000.",
        "Another cut 2,400.",
        "That is all.",
    )
    assert edit.list_items == (True, True, True, False)
    assert edit.markers == ("", "", "(b)", "")


def test_a_list_the_rewriter_set_out_reads_back_as_a_list(tmp_path: Path) -> None:
    source = tmp_path / "statement.md"
    source.write_text(
        "# Joint statement\n\n## The gathering\n\nDuring the gathering, members confirmed their"
        " joint commitment to develop shared resilience to ransomware, support members if they"
        " are faced with an attack, counter the use of virtual assets in the ransomware business"
        " model, and forge international partnerships against ransomware.\n",
        encoding="utf-8",
    )
    settings = Settings(input_path=source, output_dir=tmp_path / "out", audio=False)
    folder = build_package(settings).package.folder
    plain_md = (folder / "plain.md").read_text(encoding="utf-8")
    assert "commitment to:\n\n- Develop shared resilience to ransomware.\n" in plain_md
    assert "\n- Build international partnerships against ransomware.\n" in plain_md
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert '<li><span class="s">Develop shared resilience to ransomware.</span></li>' in html
    # Unedited, it comes back the same; edited, the person's items stay list items.
    again = build_package(replace(settings, plain_from=folder / "plain.md")).package.folder
    assert (again / "plain.md").read_text(encoding="utf-8") == plain_md
    edited = tmp_path / "edited.md"
    edited.write_text(plain_md.replace("- Develop shared", "- Build shared"), encoding="utf-8")
    third = build_package(replace(settings, plain_from=edited)).package
    record = next(s for s in third.manifest["sections"] if s["title"] == "The gathering")
    assert record["guard"]["reviewed_by_person"]
    third_md = (third.folder / "plain.md").read_text(encoding="utf-8")
    assert "commitment to:\n\n- Build shared resilience to ransomware.\n" in third_md


def test_a_plain_md_saved_by_an_editor_as_utf16_or_windows_1252_reads_the_same(
    tmp_path: Path,
) -> None:
    from pipeline.stages.review import read_edited
    from tests.fakes import ROAD_SAFETY_STATEMENT

    source = tmp_path / "road.txt"
    source.write_text(ROAD_SAFETY_STATEMENT, encoding="utf-8")
    built = build_package(Settings(input_path=source, output_dir=tmp_path / "out", audio=False))
    plain_md = built.package.folder / "plain.md"
    text = plain_md.read_text(encoding="utf-8").replace("Thank you.", "Thank you, café.")
    plain_md.write_text(text, encoding="utf-8")
    # Notepad's "Unicode" and an ANSI save: was a UnicodeDecodeError traceback (exit 1).
    for codec, name in (("utf-16", "notepad.md"), ("cp1252", "ansi.md")):
        (tmp_path / name).write_bytes(text.encode(codec))
        assert read_edited(tmp_path / name) == read_edited(plain_md), codec


def test_a_numbered_list_written_in_an_edit_is_one_item_a_line_as_bullets_are(
    tmp_path: Path,
) -> None:
    # "1. First\n2. Second" ran together into one paragraph, "1. First 2. Second", while the
    # same list with "- " was two items. A year wrapped to a line's start stays in its sentence.
    from pipeline.stages.review import read_edited

    edited = tmp_path / "plain.md"
    edited.write_text(
        "<!-- section: 03-x -->\n## X\n\nWe will:\n\n1. Meet the mayors.\n2) Open the roads."
        "\n\nWe met in\n2024. It went well.\n<!-- end section -->\n",
        encoding="utf-8",
    )
    edit = read_edited(edited)["03-x"]
    assert edit.paragraphs == (
        "We will:",
        "Meet the mayors.",
        "Open the roads.",
        "We met in 2024. It went well.",
    )
    assert edit.list_items == (False, True, True, False)


def test_a_heading_a_person_adds_inside_a_section_keeps_its_words(tmp_path: Path) -> None:
    # "### Key dates" under the section's own title vanished from the package without a word;
    # the title line plainvoice wrote is still not read as text.
    from pipeline.stages.review import read_edits

    edited = tmp_path / "plain.md"
    edited.write_text(
        "<!-- section: 03-x -->\n## X\n\nWe will meet.\n### Key dates ##\n\nWe meet in May."
        "\n<!-- end section -->\n",
        encoding="utf-8",
    )
    assert read_edits(edited)["03-x"] == ("We will meet.", "Key dates", "We meet in May.")


def test_a_plain_md_with_sections_this_statement_lacks_is_refused(
    sample_path: Path, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    other = tmp_path / "harbour.txt"
    other.write_text(
        "Harbour notice\n\n## Repairs\n\nThe harbour will close on Monday 3 June for repairs.\n",
        encoding="utf-8",
    )
    made = build_package(Settings(input_path=other, output_dir=tmp_path / "a", audio=False))
    edited = made.package.folder / "plain.md"
    # Another statement's plain.md: its edits would have been dropped without a word.
    result = CliRunner().invoke(
        app,
        [
            "run",
            str(sample_path),
            "--no-audio",
            "-o",
            str(tmp_path / "b"),
            "--plain-from",
            str(edited),
        ],
    )
    assert result.exit_code == 3, result.output
    assert "plain.md has sections this statement does not: " in result.stderr
    assert "repairs" in result.stderr
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_text_outside_every_section_is_refused_by_line_not_dropped(tmp_path: Path) -> None:
    # A sentence added after a section's end marker belonged to no section and was left out
    # of the package without a word; a person's note in a comment and the title stay welcome.
    import pytest

    from pipeline.errors import InputError
    from pipeline.stages.review import read_edits

    edited = tmp_path / "plain.md"
    head = "<!-- plainvoice … -->\n\n# Statement: plain language\n\n<!-- checked by Anna -->\n"
    section = "<!-- section: 03-x -->\n## X\n\nWe will meet.\n\n<!-- end section -->\n"
    edited.write_text(head + section, encoding="utf-8")
    assert read_edits(edited) == {"03-x": ("We will meet.",)}
    edited.write_text(head + section + "\nWe thank every officer.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"plain\.md line 13 is outside every section") as error:
        read_edits(edited)
    assert "We thank every officer." in str(error.value)
    assert "<!-- end section -->" in (error.value.hint or "")
    assert error.value.one_line().count("(") == 1  # one pair of brackets, not one inside another


def test_a_section_marker_an_editor_reshaped_still_starts_its_section(tmp_path: Path) -> None:
    # "  <!-- section: …" (indented) or "<!-- Section 05-x -->" was not a marker: the section's
    # edits were skipped as if outside any section, and the rewriter's text was published.
    from pipeline.stages.review import read_edits

    edited = tmp_path / "plain.md"
    edited.write_text(
        "  <!-- section: 04-x -->  \n## X\n\nFirst edit.\n\n  <!--end section-->\n\n"
        "<!-- Section 05-y -->\n## Y\n\nSecond edit.\n<!-- End Section -->\n",
        encoding="utf-8",
    )
    assert read_edits(edited) == {"04-x": ("First edit.",), "05-y": ("Second edit.",)}


def test_a_plain_md_edited_in_its_package_is_not_replaced_by_a_run_that_ignores_it(
    sample_path: Path, tmp_path: Path
) -> None:
    # Editing output/<name>/plain.md and running the same command again (no --plain-from)
    # replaced the file with the rewriter's text: the edits were gone, exit 0, no word.
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path / "out"
    command = ["run", str(sample_path), "-o", str(out), "--no-audio", "-q"]
    assert CliRunner().invoke(app, command).exit_code == 0
    plain_md = next(out.glob("*/plain.md"))
    edited = plain_md.read_text(encoding="utf-8").replace("Channels stayed open.", "Open.")
    plain_md.write_text(edited, encoding="utf-8")

    refused = CliRunner().invoke(app, command)
    assert refused.exit_code == 6, refused.output
    assert refused.stderr.startswith(f"plainvoice: error: {plain_md} was edited since its ")
    assert f"--plain-from {plain_md}" in refused.stderr
    assert plain_md.read_text(encoding="utf-8") == edited

    used = CliRunner().invoke(app, [*command, "--plain-from", str(plain_md)])
    assert used.exit_code == 0, used.output
    assert "- Open." in plain_md.read_text(encoding="utf-8")
    # The package now holds the person's text: a run that ignores it is refused as well.
    refused = CliRunner().invoke(app, command)
    assert refused.exit_code == 6, refused.output
    assert "holds a person's edits (03-criminal-justice); this run, without" in refused.stderr
    assert "- Open." in plain_md.read_text(encoding="utf-8")
    assert CliRunner().invoke(app, [*command, "--force"]).exit_code == 0
    assert "- Channels stayed open." in plain_md.read_text(encoding="utf-8")


def test_a_plain_md_that_marks_a_section_twice_is_refused(tmp_path: Path) -> None:
    # The second copy won without a word, dropping the first copy's edits (a section pasted
    # twice, or a marker copied onto the next section's text).
    from pipeline.stages.review import read_edits

    edited = tmp_path / "plain.md"
    edited.write_text(
        "<!-- section: 02-x -->\n## X\n\nWe will meet in May.\n<!-- end section -->\n\n"
        "<!-- section: 02-x -->\n## X\n\nWe meet.\n<!-- end section -->\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as refused:
        read_edits(edited)
    assert refused.value.message == f"{edited}: section 02-x is marked twice"
    assert refused.value.hint == "keep one copy of it, with the edits you want"


@pytest.mark.parametrize(
    "body",
    ["", "\n\n", "<!-- to do -->\n", "<!--\nrewrite this\n-->\n", "- \n"],
    ids=["nothing", "blank-lines", "a-comment", "a-long-comment", "an-empty-item"],
)
def test_a_section_whose_text_was_deleted_is_refused_naming_it(tmp_path: Path, body: str) -> None:
    # An emptied section gave an MP3 of its announcement alone and a heading over nothing.
    from pipeline.stages.review import read_edits

    edited = tmp_path / "plain.md"
    edited.write_text(
        "# S: plain language\n\n<!-- section: 02-x -->\n## X\n\nWe meet.\n<!-- end section -->\n\n"
        f"<!-- section: 03-key-dates -->\n## Key dates\n\n{body}<!-- end section -->\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as refused:
        read_edits(edited)
    assert refused.value.message == "plain.md: section 03-key-dates (line 9) has no text"
    assert "delete the section with its markers" in (refused.value.hint or "")


def test_a_comment_inside_a_section_is_a_note_not_words_to_speak(tmp_path: Path) -> None:
    # "<!-- checked by Anna -->" inside a section was read aloud as part of the next paragraph.
    from pipeline.stages.review import read_edits

    edited = tmp_path / "plain.md"
    edited.write_text(
        "<!-- section: 02-x -->\n## X\n\n<!-- checked by Anna -->\nWe <!-- really --> meet.\n\n"
        "<!--\nA note over\ntwo lines.\n-->\nThe text \\<!-- as written --> stays.\n"
        "<!-- end section -->\n",
        encoding="utf-8",
    )
    assert read_edits(edited) == {"02-x": ("We meet.", "The text <!-- as written --> stays.")}


def test_invisible_characters_typed_into_an_edit_are_removed_as_the_statement_s_are(
    tmp_path: Path,
) -> None:
    from pipeline.stages.review import read_edits

    edited = tmp_path / "plain.md"
    edited.write_text(
        "<!-- section: 02-x -->\n## X\n\nWe\u200b \u202emeet\u202c\ufffe to\u2060day.\n"
        "<!-- end section -->\n",
        encoding="utf-8",
    )
    assert read_edits(edited) == {"02-x": ("We meet today.",)}


def test_an_edit_keeps_the_numbers_of_numbered_paragraphs(tmp_path: Path) -> None:
    # A numbered item came back from plain.md as a bullet, or, written "(a)", as prose.
    from pipeline.stages.review import read_edited

    edited = tmp_path / "plain.md"
    edited.write_text(
        "<!-- section: 03-x -->\n## X\n\nThe Council:\n\n3. Decides to act.\n\n"
        "(a) Protect staff.\niii) Report back.\n\n\\(b) is a paragraph.\n<!-- end section -->\n",
        encoding="utf-8",
    )
    edit = read_edited(edited)["03-x"]
    assert edit.paragraphs == (
        "The Council:",
        "Decides to act.",
        "Protect staff.",
        "Report back.",
        "(b) is a paragraph.",
    )
    assert edit.list_items == (False, True, True, True, False)
    assert edit.markers == ("", "3.", "(a)", "iii)", "")


def test_a_paragraph_number_an_edit_drops_or_changes_is_a_warning(tmp_path: Path) -> None:
    from pipeline.models import FactCheck, Paragraph, PlainSection, Section, SectionKind
    from pipeline.stages.review import apply_edit, plain_markdown

    paragraphs = (
        Paragraph("The Council:"),
        Paragraph("Decides to act.", is_list_item=True, marker="1."),
        Paragraph("Asks for a report.", is_list_item=True, marker="2."),
    )
    sentences = ("The Council:", "Decides to act.", "Asks for a report.")
    section = Section("01-x", 1, SectionKind.BODY, "X", paragraphs, sentences)
    plain = PlainSection("01-x", sentences, sentences, (), FactCheck((), ()))
    kept = apply_edit(section, plain, sentences, {}, "en", (False, True, True))
    assert kept is plain  # the numbers come from the plain version: nothing changed
    renumbered = apply_edit(
        section, plain, sentences, {}, "en", (False, True, True), ("", "1.", "3.")
    )
    assert renumbered.reviewed and renumbered.facts.missing == ("paragraph 2.",)
    assert renumbered.markers == ("", "1.", "3.")
    # A prose paragraph that starts like a numbered one is written so it reads back as prose.
    odd = PlainSection("01-x", ("(a) is a letter.",), ("(a) is a letter.",), (), FactCheck((), ()))
    from pipeline.models import Statement, StatementMeta

    statement = Statement("t", "en", StatementMeta("T"), (replace(section, paragraphs=()),), "")
    assert "\n\\(a) is a letter.\n" in plain_markdown(statement, [odd])


def test_the_plain_md_heading_of_a_question_keeps_its_mark() -> None:
    # "# Missing: Have you seen Ellie Marsden?: plain language" read as a slip.
    from pipeline.models import Statement, StatementMeta
    from pipeline.stages.review import plain_markdown

    asked = Statement("t", "en", StatementMeta("Have you seen Ellie?"), (), "")
    told = Statement("t", "en", StatementMeta("Statement on the harbour"), (), "")
    assert "\n# Have you seen Ellie? (plain language)\n" in plain_markdown(asked, [])
    assert "\n# Statement on the harbour: plain language\n" in plain_markdown(told, [])


def test_plain_md_keeps_links_through_the_review_loop(tmp_path: Path) -> None:
    # plain.md lost every address: an editor's text came back with nowhere to "apply online".
    from pipeline.models import (
        FactCheck,
        Paragraph,
        PlainSection,
        Section,
        SectionKind,
        Statement,
        StatementMeta,
    )
    from pipeline.stages.readalong import plain_blocks, plain_links
    from pipeline.stages.review import apply_edit, plain_markdown, read_edited

    original = "Apply on the [council website](https://example.gov/apply) by *Friday*."
    said = "Apply on the council website by Friday."
    section = Section("01-x", 1, SectionKind.BODY, "X", (Paragraph(original),), (said,))
    plain = PlainSection("01-x", (said,), (said,), (), FactCheck((), ()))
    statement = Statement("t", "en", StatementMeta("T"), (section,), "")
    written = plain_markdown(statement, [plain])
    assert "Apply on the [council website](https://example.gov/apply) by Friday." in written
    path = tmp_path / "plain.md"
    path.write_text(written, encoding="utf-8")
    edit = read_edited(path)["01-x"]
    assert edit.paragraphs == (said,)
    assert edit.links == (("council website", "https://example.gov/apply"),)
    untouched = apply_edit(section, plain, edit.paragraphs, {}, "en", links=edit.links)
    assert untouched is plain
    # The editor changes the words and the address: both are published.
    path.write_text(
        written.replace(
            "[council website](https://example.gov/apply) by",
            "[grants page](https://example.gov/grants) by",
        ),
        encoding="utf-8",
    )
    edit = read_edited(path)["01-x"]
    edited = apply_edit(section, plain, edit.paragraphs, {}, "en", links=edit.links)
    assert edited.reviewed and edited.links == (("grants page", "https://example.gov/grants"),)
    assert plain_links(edited, section) == [("grants page", "https://example.gov/grants")]
    html = plain_blocks(edited, None, section)[0].cues[0].html
    assert '<a href="https://example.gov/grants">grants page</a>' in html
    # A plain.md written without links (an older package) keeps the original's.
    old = apply_edit(section, plain, ("Apply on the council website by Monday.",), {}, "en")
    assert old.links is None and plain_links(old, section)[0][1] == "https://example.gov/apply"
