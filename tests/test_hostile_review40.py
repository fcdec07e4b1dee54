"""Hostile review 40: damaged wide text, deep nesting and long indents end clearly.

A UTF-16 or UTF-32 file cut short or damaged is named as such; a page nested deeper than the
reader goes is refused in one line naming its depth and the limit; long runs of spaces (a list
nested hundreds deep) are read as before, with the same trailing spaces, comments and stage
directions taken out. Cases run through the real CLI where the message is the point.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ExitCode, InputError
from pipeline.readers import MAX_HTML_DEPTH, decode_text, read_source, tidy_markdown
from pipeline.stages.load import load_source
from pipeline.text import without_stage_directions
from tests.fakes import start_tags, without_template_scripts

STATEMENT = "The council met on 4 May 2024.\nIt approved 3 million euros for the river.\n"


def _run(source: Path, out: Path) -> Any:
    return CliRunner().invoke(app, ["run", str(source), "--no-audio", "-o", str(out)])


def _assert_one_line_input_error(result: Any, fragment: str) -> None:
    assert result.exit_code == ExitCode.INPUT, (result.exit_code, result.output)
    assert result.stderr.startswith("plainvoice: error: ")
    assert result.stderr.count("\n") == 1, result.stderr
    assert fragment in result.stderr, result.stderr
    assert "Traceback" not in result.output


# -- UTF-16 and UTF-32 that do not decode --------------------------------------------------


def test_utf16_cut_short_says_it_is_utf16_cut_short(tmp_path: Path) -> None:
    source = tmp_path / "cut.txt"
    data = b"\xff\xfe" + STATEMENT.encode("utf-16-le")[:-1]
    source.write_bytes(data)
    result = _run(source, tmp_path / "out")
    _assert_one_line_input_error(
        result, f"is UTF-16 text cut short or damaged: its {len(data)} bytes end in the middle"
    )
    assert "Windows-1252" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_utf16_without_a_bom_cut_short_is_named_utf16() -> None:
    data = (STATEMENT * 3).encode("utf-16-be")[:-1]
    with pytest.raises(InputError, match="is UTF-16 text cut short or damaged"):
        decode_text(data, "cut.txt")


def test_utf16_with_a_lone_surrogate_is_named_damaged_with_its_offset() -> None:
    body = STATEMENT.encode("utf-16-le")
    data = b"\xff\xfe" + body + b"\x00\xd8A\x00"
    with pytest.raises(InputError) as caught:
        decode_text(data, "damaged.txt")
    message = caught.value.one_line()
    assert (
        f"is UTF-16 text that is damaged: undecodable byte 0x00 at offset {2 + len(body)}"
        in message
    )
    assert "save it as UTF-8" in message


def test_utf32_cut_short_says_it_is_utf32() -> None:
    data = b"\xff\xfe\x00\x00" + STATEMENT.encode("utf-32-le")[:-2]
    with pytest.raises(InputError, match="is UTF-32 text cut short or damaged"):
        decode_text(data, "cut.txt")


def test_whole_utf16_is_still_read() -> None:
    text, codec = decode_text(b"\xff\xfe" + STATEMENT.encode("utf-16-le"), "whole.txt")
    assert (text, codec) == (STATEMENT, "utf-16-le")


# -- Deeply nested HTML ----------------------------------------------------------------------


def _nested_page(depth: int) -> str:
    return (
        "<html><body>" + "<div>" * depth + "<p>The council met on 4 May 2024.</p>"
        "" + "</div>" * depth + "</body></html>"
    )


def test_a_page_nested_5000_deep_is_refused_naming_its_depth_and_the_limit(
    tmp_path: Path,
) -> None:
    source = tmp_path / "deep.html"
    source.write_text(_nested_page(5000), encoding="utf-8")
    result = _run(source, tmp_path / "out")
    # html, body, 5,000 <div> and the <p>.
    _assert_one_line_input_error(
        result, f"nested too deeply to read: 5,003 elements deep, over the {MAX_HTML_DEPTH} limit"
    )
    assert not (tmp_path / "out").exists()


def test_a_page_nested_just_under_the_limit_is_read_whole() -> None:
    depth = MAX_HTML_DEPTH - 3  # with html, body and the <p>: the limit exactly
    document = read_source(Path("deep.html"), _nested_page(depth).encode())
    assert document.markdown.strip() == "The council met on 4 May 2024."


# -- Long runs of spaces: nested lists, comments, stage directions --------------------------


def test_trailing_spaces_go_and_indents_stay() -> None:
    assert tidy_markdown("- one  \n\t- two\t \n" + " " * 600 + "- deep \n") == (
        "- one\n    - two\n" + " " * 600 + "- deep\n"
    )


def test_a_list_nested_300_deep_loads_with_every_item() -> None:
    text = "".join("  " * level + f"- item {level}\n" for level in range(300))
    source = load_source(Path("deep.md"), text.encode())
    assert [line.strip() for line in source.text.splitlines()] == [
        f"- item {level}" for level in range(300)
    ]


def test_a_comment_after_a_long_indent_goes_with_the_spaces_before_it() -> None:
    text = "Intro line here.\n\n" + " " * 3000 + "- said. " + " " * 50 + "<!-- note --> Then.\n"
    source = load_source(Path("comment.md"), text.encode())
    assert "note" not in source.text
    assert "- said. Then." in source.text


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("Thank you. (Applause.) We act -- (laughter) -- now.", "Thank you.  We act -- now."),
        ("We act  (Applause.)   (Laughter.) now.", "We act   now."),
        ("  (Applause.) Start.", "  Start."),
    ],
)
def test_stage_directions_go_as_before(text: str, heard: str) -> None:
    assert without_stage_directions(text) == heard


def test_stage_directions_after_long_indents_go_and_the_words_stay() -> None:
    text = "\n".join(" " * (2 * level) + "- item (Applause.)" for level in range(1000))
    heard = without_stage_directions(text)
    assert "Applause" not in heard
    assert heard.count("- item") == 1000


def test_a_markdown_list_nested_200_deep_makes_a_package_with_its_words(tmp_path: Path) -> None:
    source = tmp_path / "deep-list.md"
    items = "".join("  " * level + f"- Item number {level}.\n" for level in range(200))
    source.write_text(STATEMENT + "\n" + items, encoding="utf-8")
    out = tmp_path / "out"
    result = _run(source, out)
    assert result.exit_code == ExitCode.OK, result.output
    with zipfile.ZipFile(out / "deep-list.zip") as archive:
        page = next(
            archive.read(name).decode() for name in archive.namelist() if name.endswith(".html")
        )
    assert "Item number 0" in page
    assert "Item number 199" in page


# -- A web page with scripts, handlers and frames ------------------------------------------

HOSTILE_PAGE = """<html><head><title>Notice</title><script>alert(1)</script>
<style>body { color: red }</style></head>
<body onload="alert(2)"><h1 onclick="steal()">Council notice</h1>
<p onmouseover="steal()">The council met on 4 May 2024. It approved 3 million euros.</p>
<iframe src="https://example.org/frame"></iframe><img src="x" onerror="alert(3)">
<p>Read <a href="javascript:alert(4)">the minutes</a> today.</p>
<svg onload="alert(5)"><script>alert(6)</script></svg>
<p>&lt;script&gt;alert(7)&lt;/script&gt; is text here.</p>
</body></html>"""


def test_a_page_with_scripts_and_handlers_keeps_its_words_and_none_of_its_code(
    tmp_path: Path,
) -> None:
    source = tmp_path / "notice.html"
    source.write_text(HOSTILE_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = _run(source, out)
    assert result.exit_code == ExitCode.OK, result.output
    page = next(out.rglob("index.html")).read_text(encoding="utf-8")
    elements = start_tags(without_template_scripts(page))
    assert not {tag for tag, _ in elements} & {"script", "iframe", "object", "embed"}
    attributes = [item for _, attrs in elements for item in attrs.items()]
    assert not [name for name, _ in attributes if name.startswith("on")]
    assert not [value for _, value in attributes if value and "javascript:" in value.lower()]
    for code in ("alert(1)", "alert(2)", "alert(3)", "alert(4)", "alert(5)", "alert(6)", "steal"):
        assert code not in page
    # The page's own text that shows a tag is shown as text, escaped.
    assert "&lt;script&gt;alert(7)&lt;/script&gt; is text here." in page
    assert "the minutes" in page
    assert "3 million euros" in page


def test_a_long_run_of_angle_brackets_leaves_only_the_words_for_the_voice() -> None:
    # 100,000 "<" in a row became spaces that the bar rule searched again from each one.
    from pipeline.speech_text import to_speech

    spoken = to_speech("We met. " + "<" * 100_000 + " It ended | well.").text
    assert spoken == "We met. It ended, well."


def test_an_over_long_paragraph_is_numbered_as_a_reader_counts_paragraphs(tmp_path: Path) -> None:
    # The third paragraph, after a title and a paragraph of two lines: counted line by line it
    # had been "paragraph 6".
    source = tmp_path / "long.txt"
    source.write_text("Statement\n\nWe met today.\nWe agreed.\n\n" + "word " * 25_000 + "\n")
    result = _run(source, tmp_path / "out")
    assert result.exit_code == ExitCode.INPUT, result.output
    assert "paragraph 3 is 124,999 characters long" in result.output
    assert not (tmp_path / "out" / "long").exists()
