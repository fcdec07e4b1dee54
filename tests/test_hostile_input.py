"""Hostile input: every case ends in one clear line and a documented exit code, or is handled.

Each case states its exact outcome. Input cases run through the real CLI (`--no-audio` unless
speech is the point); cases about speech or audio files use the silent test engine.
"""

from __future__ import annotations

import errno
import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.build import build_package
from pipeline.cli import app
from pipeline.errors import ExitCode
from pipeline.settings import Settings, Versions
from tests.conftest import ROOT
from tests.fakes import SilentEngine, start_tags, without_template_scripts

BODY = (
    "We meet today in Vienna to talk about crime. In 2021 we saw 25 new threats across "
    "194 countries. Our partners worked hard. We will act together and we will act now."
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # A fixed date: two calls must give the same bytes, however slow the run between them.
        archive.writestr(zipfile.ZipInfo("notes.txt", date_time=(2020, 1, 1, 0, 0, 0)), "hello")
    return buffer.getvalue()


def _cli(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(app, list(args))


def _assert_one_line_error(result: Any, code: ExitCode, fragment: str) -> None:
    assert result.exit_code == code, (result.exit_code, result.stderr)
    assert result.stderr.startswith("plainvoice: error: ")
    assert result.stderr.count("\n") == 1, result.stderr
    assert fragment in result.stderr, result.stderr
    assert "Traceback" not in result.output


def _package_files(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.is_file())


def _all_text(out: Path) -> dict[str, str]:
    """Every text the package holds, the ZIP's (and any EPUB's) members included."""
    texts: dict[str, str] = {}
    for path in _package_files(out):
        if path.suffix in (".zip", ".epub"):
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    if not name.endswith(".mp3"):
                        texts[f"{path.name}!{name}"] = archive.read(name).decode("utf-8", "replace")
        elif path.suffix != ".mp3":
            texts[str(path.relative_to(out))] = path.read_text(encoding="utf-8")
    return texts


# -- 1. Input that cannot be read: exit 3 (INPUT), one line -------------------------------

REFUSED: list[tuple[str, bytes, str]] = [
    ("empty", b"", "the input is empty"),
    ("whitespace-only", b"  \n\t \n\r\n", "contains only whitespace"),
    (
        "whitespace-and-invisible-characters-only",
        " \u200b\u2060 \n\t\u200d\ufeff\u00a0\u3000\u202e\ufffe\n".encode(),
        "contains only whitespace",
    ),
    ("png", PNG, "is a PNG image"),
    (
        "program",
        b"\x7fELF\x02\x01\x01" + bytes(57),
        "program.txt: is a program (binary data), not a statement (give a text, Markdown, HTML, "
        "DOCX or PDF file)",
    ),
    ("wav", b"RIFF\x24\x00\x00\x00WAVEfmt ", "wav.txt: is a media file (binary data), not a"),
    ("zip", _zip_bytes(), "is a ZIP archive"),
    ("nul-bytes", b"We act now.\x00 Together we act.", "contains NUL bytes"),
    (
        "invalid-utf8-in-the-middle",
        "Café résumé. We act now. ".encode() * 3 + b"\xff" + b" More text.",
        "undecodable byte 0xff at offset 84",
    ),
    (
        "nul-in-a-section-title",
        b"# Title\n\n## ../../etc/\x00passwd\n\nWe act now.",
        "contains NUL bytes",
    ),
    (
        "one-megabyte-line",
        ("alpha beta gamma. " * 60_000).encode()[: 1024 * 1024],
        "paragraph 1 is 1,048,576 characters long, over the 100,000 limit",
    ),
]


@pytest.mark.parametrize(("case", "data", "fragment"), REFUSED, ids=[c[0] for c in REFUSED])
def test_unreadable_input_is_one_line_and_exit_3(
    runner: CliRunner, tmp_path: Path, case: str, data: bytes, fragment: str
) -> None:
    source = tmp_path / f"{case}.txt"
    source.write_bytes(data)
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "out"), "--no-audio")
    _assert_one_line_error(result, ExitCode.INPUT, fragment)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = _cli(runner, "run", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out"))
    _assert_one_line_error(result, ExitCode.INPUT, "nope.txt: file not found")


def test_directory_instead_of_file(runner: CliRunner, tmp_path: Path) -> None:
    result = _cli(runner, "sections", str(tmp_path))
    _assert_one_line_error(result, ExitCode.INPUT, "is a directory, not a file")


def test_unreadable_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "secret.txt"
    source.write_text(BODY)
    source.chmod(0)
    if os.geteuid() == 0:
        # root reads any file, so the permission failure is simulated where the file is opened.
        real_open = Path.open

        def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self == source:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)
    result = _cli(runner, "sections", str(source))
    _assert_one_line_error(result, ExitCode.INPUT, "permission denied")


def test_fifty_megabytes_is_refused_with_a_limit_that_can_be_raised(
    runner: CliRunner, tmp_path: Path
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 50 MB without writing 50 MB
        handle.truncate(50_000_000)
    result = _cli(runner, "run", str(big), "-o", str(tmp_path / "out"))
    _assert_one_line_error(result, ExitCode.INPUT, "input is 50 MB, over the 20 MB limit")
    assert "--max-input-mb" in result.stderr
    # The limit is a setting: lowered, it refuses a small file too; raised, it reads it.
    small = tmp_path / "small.txt"
    small.write_text(BODY * 20)
    lowered = _cli(
        runner,
        "run",
        str(small),
        "-o",
        str(tmp_path / "o2"),
        "--no-audio",
        "--max-input-mb",
        "0.001",
    )
    _assert_one_line_error(
        lowered, ExitCode.INPUT, "small.txt: input is 3.28 kB, over the 1 kB limit"
    )
    raised = _cli(
        runner, "run", str(small), "-o", str(tmp_path / "o3"), "--no-audio", "--max-input-mb", "60"
    )
    assert raised.exit_code == 0, raised.stderr


# -- 2. Unusual but valid text: handled, nothing lost -------------------------------------

HANDLED: list[tuple[str, str, list[str]]] = [
    ("only-punctuation", "!!! ??? ... ,,, ;;; --- !!!", ["!!! ???"]),
    ("only-numbers", "1 2 3 4 5 6 7 8 9 10 2021 3.5", ["2021", "3.5"]),
    ("only-emoji", "😀😀 🎉🎉 👍", ["😀😀", "👍"]),
    ("arabic-rtl", "السلام عليكم. نحن نعمل معا من أجل السلام.", ["السلام عليكم", "نعمل"]),
    (
        "mixed-scripts",
        "Hello мир, 世界 and κόσμος. We meet in 東京 on 5 May 2021.",
        ["мир", "世界", "κόσμος", "東京", "2021"],
    ),
    (
        "combining-characters",
        "Cafe\u0301 re\u0301sume\u0301 and n\u0303o. We act now.",
        ["Café résumé", "ño"],
    ),
]


@pytest.mark.parametrize(("case", "text", "kept"), HANDLED, ids=[c[0] for c in HANDLED])
def test_unusual_text_makes_a_package_and_keeps_its_words(
    runner: CliRunner, tmp_path: Path, case: str, text: str, kept: list[str]
) -> None:
    source = tmp_path / f"{case}.txt"
    source.write_text(text, encoding="utf-8")
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "out"), "--no-audio", "-q")
    assert result.exit_code == 0, result.stderr
    folder = tmp_path / "out" / case
    statement = (folder / "statement.txt").read_text(encoding="utf-8")
    html = (folder / "index.html").read_text(encoding="utf-8")
    for words in kept:
        assert words in statement and words in html
    json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_utf16_without_bom_is_decoded(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "utf16.txt"
    source.write_bytes(BODY.encode("utf-16-le"))
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "out"), "--no-audio", "-q")
    assert result.exit_code == 0, result.stderr
    assert "194 countries" in (tmp_path / "out" / "utf16" / "statement.txt").read_text()


def test_zero_width_and_bidi_controls_are_removed(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "bidi.txt"
    source.write_text(
        "Hello\u200b world. The \u202eevil\u202c text\u2066 here\u2069. We act.", encoding="utf-8"
    )
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "out"), "--no-audio", "-q")
    assert result.exit_code == 0, result.stderr
    for name, text in _all_text(tmp_path / "out").items():
        for control in "\u200b\u202e\u202c\u2066\u2069":
            assert control not in text, (name, hex(ord(control)))
    assert "Hello world" in (tmp_path / "out" / "bidi" / "statement.txt").read_text()


NONCHARACTERS = "\ufffe\uffff\ufdd0\ufdef\U0001fffe\U0010ffff"
OTHER_INVISIBLES = "\u061c\u2060\u2063\ufff9\ufffa\ufffb\U000e0041\U000e0042"


def test_noncharacters_and_other_invisible_characters_are_removed_everywhere(
    runner: CliRunner, tmp_path: Path
) -> None:
    """U+FFFE, U+FFFF and the other noncharacters are never text: they reached every file."""
    source = tmp_path / "odd.txt"
    source.write_text(
        "# The\ufffe budget\n\nThe minister\uffff said that 5\ufdd0 people were hurt\U0001fffe. "
        "Word\u2060joiner\u061c and a tag\U000e0041\U000e0042 here. Notes\ufff9a\ufffab\ufffb. "
        "We act\U0010ffff. Scotland \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063"
        "\U000e0074\U000e007f plays today.",
        encoding="utf-8",
    )
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "out"), "--no-audio", "-q")
    assert result.exit_code == 0, result.stderr
    texts = _all_text(tmp_path / "out")
    for name, text in texts.items():
        for char in NONCHARACTERS + OTHER_INVISIBLES:
            assert char not in text, (name, hex(ord(char)))
    statement = texts["odd/statement.txt"]
    assert "The minister said that 5 people were hurt." in statement
    assert "Wordjoiner and a tag here" in statement
    # A flag spelt with tag characters is a flag: it stays whole.
    flag = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    assert flag in statement and flag in texts["odd/index.html"]


def test_twenty_thousand_character_sentence_is_chunked_before_the_engine(tmp_path: Path) -> None:
    words = [f"word{i}" for i in range(2600)]  # no two breath-sized pieces alike
    sentence = " ".join(words)[:20_000].rsplit(" ", 1)[0]
    source = tmp_path / "long.txt"
    source.write_text(sentence, encoding="utf-8")
    engine = SilentEngine()
    result = build_package(
        Settings(input_path=source, output_dir=tmp_path / "out", versions=Versions.ORIGINAL),
        engine=engine,
    )
    assert max(len(text) for text in engine.texts) <= 400
    spoken = " ".join(engine.texts).split()
    assert len(spoken) >= len(sentence.split())  # every word reached the engine
    assert result.package.zip_path.exists()


# -- 3. Text that looks like markup stays text in every output ----------------------------

HOSTILE_MARKUP = """# Statement <script>alert(1)</script>

Speaker: "><img src=x onerror=alert(2)>

## Our <iframe src=javascript:alert(4)> plans

We will act now <script>alert(1)</script> and "><img src=x onerror=alert(2)> in 2021.
See [the site](javascript:alert(3)) and <javascript:alert(5)> and [the UN](https://un.org).
Some *emphasis* and <b onclick="alert(6)">bold</b> with 25 partners.
"""


def _template_tags() -> set[str]:
    template = (ROOT / "pipeline" / "templates" / "package.html").read_text(encoding="utf-8")
    # Inline elements Markdown may render inside a paragraph.
    return {tag for tag, _ in start_tags(template)} | {"em", "strong", "code", "a", "br"}


@pytest.fixture(scope="module")
def hostile_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "hostile.md"
    source.write_text(HOSTILE_MARKUP, encoding="utf-8")
    build_package(Settings(input_path=source, output_dir=folder / "out"), engine=SilentEngine())
    return folder / "out"


def test_html_has_only_template_elements_and_no_script(hostile_package: Path) -> None:
    for path in hostile_package.rglob("*.html"):
        elements = start_tags(without_template_scripts(path.read_text(encoding="utf-8")))
        tags = {tag for tag, _ in elements}
        attributes = [item for _, attrs in elements for item in attrs.items()]
        assert tags <= _template_tags(), tags - _template_tags()
        assert "script" not in tags and "img" not in tags
        assert not [name for name, _ in attributes if name.startswith("on")]
        assert not [v for _, v in attributes if v and "javascript:" in v.lower()]


@pytest.mark.parametrize("suffix", [".html", ".xhtml", ".smil", ".vtt", ".json", ".txt"])
def test_tags_from_the_statement_are_text_in_every_output(
    hostile_package: Path, suffix: str
) -> None:
    texts = {n: t for n, t in _all_text(hostile_package).items() if n.endswith(suffix)}
    if not texts:
        pytest.skip(f"this build writes no {suffix} files")
    for name, text in texts.items():
        if suffix == ".html":
            text = without_template_scripts(text)
        if suffix in (".html", ".xhtml", ".smil"):
            assert "<script" not in text and "<img" not in text and "<iframe" not in text, name
            if "alert(1)" in text:  # a file that shows the statement's words shows them as text
                assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text, name
        elif suffix == ".vtt":
            # WebVTT cue text is markup too: < and > must be escaped.
            assert "<script" not in text and "<img" not in text, name
        elif suffix == ".json":
            payload = json.loads(text)
            assert "<script>alert(1)</script>" in json.dumps(payload, ensure_ascii=False)


def test_javascript_links_are_dropped_and_their_words_kept(hostile_package: Path) -> None:
    for name, text in _all_text(hostile_package).items():
        assert "javascript:alert(3)" not in text and "javascript:alert(5)" not in text, name
    html = next(hostile_package.rglob("index.html")).read_text(encoding="utf-8")
    assert "See the site and" in html
    assert '<a href="https://un.org">the UN</a>' in html


# -- 4. Hostile titles and names: every path stays inside the output folder ---------------

TITLES = [
    ("dot-dot-slash", "../../etc/passwd"),
    ("windows-device", "CON"),
    ("three-hundred-chars", "Long " * 60),
    ("slashes", "a/b\\c/../d"),
    ("absolute", "/tmp/evil"),
]


@pytest.mark.parametrize(("case", "title"), TITLES, ids=[c[0] for c in TITLES])
def test_hostile_section_titles_keep_every_path_inside(
    tmp_path: Path, case: str, title: str
) -> None:
    source = tmp_path / "in" / "statement.md"
    source.parent.mkdir()
    source.write_text(
        f"# Statement\n\n## {title}\n\n{BODY}\n\n## {title}\n\n{BODY}\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    build_package(Settings(input_path=source, output_dir=out), engine=SilentEngine())
    everything = {p.resolve() for p in tmp_path.rglob("*")}
    assert everything <= {
        *(p.resolve() for p in out.rglob("*")),
        source.resolve(),
        source.parent.resolve(),
        out.resolve(),
    }
    for path in out.rglob("*"):
        assert len(path.name.encode()) <= 255 and path.resolve().is_relative_to(out.resolve())
    with zipfile.ZipFile(out / "statement.zip") as archive:
        for name in archive.namelist():
            assert name.startswith("statement/") and ".." not in name.split("/")


def test_input_named_like_a_windows_device_gets_a_safe_package_name(
    runner: CliRunner, tmp_path: Path
) -> None:
    source = tmp_path / "CON.txt"
    source.write_text(BODY)
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "out"), "--no-audio", "-q")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "con-statement",
        "con-statement.zip",
    ]


# -- 5. Where the package goes -------------------------------------------------------------


def test_existing_folder_that_is_not_a_package_is_refused(
    runner: CliRunner, tmp_path: Path
) -> None:
    source = tmp_path / "report.txt"
    source.write_text(BODY)
    precious = tmp_path / "out" / "report"
    precious.mkdir(parents=True)
    (precious / "thesis.docx").write_bytes(b"years of work")
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "out"), "--no-audio")
    _assert_one_line_error(result, ExitCode.OUTPUT, "exists and is not a plainvoice package")
    assert "--force" in result.stderr
    assert (precious / "thesis.docx").read_bytes() == b"years of work"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["report"]


def test_existing_folder_whose_manifest_is_someone_elses_is_refused(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Another tool's manifest.json ("tool": a string) is not ours: refused, not a traceback."""
    source = tmp_path / "report.txt"
    source.write_text(BODY)
    other = tmp_path / "out" / "report"
    other.mkdir(parents=True)
    (other / "manifest.json").write_text('{"tool": "webpack", "files": []}')
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "out"), "--no-audio")
    _assert_one_line_error(result, ExitCode.OUTPUT, "exists and is not a plainvoice package")
    assert (other / "manifest.json").read_text() == '{"tool": "webpack", "files": []}'


def test_existing_zip_that_is_not_a_package_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(BODY)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "report.zip").write_bytes(_zip_bytes())
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "out"), "--no-audio")
    _assert_one_line_error(result, ExitCode.OUTPUT, "report.zip exists and is not a plainvoice")
    assert (tmp_path / "out" / "report.zip").read_bytes() == _zip_bytes()


def test_force_replaces_a_folder_that_is_not_a_package(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(BODY)
    (tmp_path / "out" / "report").mkdir(parents=True)
    (tmp_path / "out" / "report" / "old.txt").write_text("old")
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "out"), "--no-audio", "--force")
    assert result.exit_code == 0, result.stderr
    assert not (tmp_path / "out" / "report" / "old.txt").exists()
    assert (tmp_path / "out" / "report" / "manifest.json").exists()


def test_previous_package_is_replaced_without_force(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(BODY)
    args = ("run", str(source), "-o", str(tmp_path / "out"), "--no-audio", "-q")
    assert _cli(runner, *args).exit_code == 0
    source.write_text(BODY + " A second run adds this sentence.")
    assert _cli(runner, *args).exit_code == 0
    assert "second run" in (tmp_path / "out" / "report" / "statement.txt").read_text()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["report", "report.zip"]


@pytest.mark.parametrize(
    ("input_name", "replaced", "force"),
    [
        ("speech", "speech", True),
        ("notes.zip", "notes.zip", True),
        ("speech/speech.md", "speech", False),
    ],
    ids=["file-named-like-the-folder", "file-named-like-the-zip", "inside-a-previous-package"],
)
def test_the_package_never_replaces_the_statement_it_is_made_from(
    runner: CliRunner, tmp_path: Path, input_name: str, replaced: str, force: bool
) -> None:
    # `run speech -o . --force` moved the statement aside as `.speech.old-<pid>`, which the
    # next run deleted; a statement kept in its previous package's folder went with it.
    if input_name.startswith("speech/"):
        earlier = tmp_path / "earlier.txt"
        earlier.write_text(BODY)
        built = _cli(runner, "run", str(earlier), "-o", str(tmp_path), "--no-audio", "--title", "x")
        assert built.exit_code == 0, built.stderr
        (tmp_path / "earlier").rename(tmp_path / "speech")
    source = tmp_path / input_name
    source.write_text(BODY)
    args = ["run", str(source), "-o", str(tmp_path), "--no-audio", "-q"]
    result = _cli(runner, *args, *(["--force"] if force else []))
    _assert_one_line_error(
        result, ExitCode.OUTPUT, f"refusing to replace {tmp_path / replaced}: the statement is read"
    )
    assert source.read_text() == BODY
    assert not list(tmp_path.glob(".*"))


def test_output_on_a_read_only_location(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(BODY)
    # /proc refuses new folders even to root, so this holds for every user.
    result = _cli(runner, "run", str(source), "-o", "/proc/plainvoice-out", "--no-audio")
    _assert_one_line_error(result, ExitCode.OUTPUT, "cannot write to /proc/plainvoice-out")


def test_output_path_that_is_a_file(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(BODY)
    (tmp_path / "taken").write_text("x")
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "taken"), "--no-audio")
    _assert_one_line_error(result, ExitCode.USAGE, "exists and is not a folder")


@pytest.mark.parametrize("failing", ["index.html", "mp3"])
def test_disk_full_leaves_the_previous_package_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner, failing: str
) -> None:
    source = tmp_path / "report.txt"
    source.write_text(BODY)
    out = tmp_path / "out"
    build_package(Settings(input_path=source, output_dir=out), engine=SilentEngine())
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def full(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device")

    if failing == "index.html":
        real = Path.write_text

        def write_text(self: Path, *args: Any, **kwargs: Any) -> Any:
            return full() if self.name == "index.html" else real(self, *args, **kwargs)

        monkeypatch.setattr(Path, "write_text", write_text)
    else:
        real_bytes = Path.write_bytes

        def write_bytes(self: Path, *args: Any, **kwargs: Any) -> Any:
            return full() if ".mp3" in self.name else real_bytes(self, *args, **kwargs)

        monkeypatch.setattr(Path, "write_bytes", write_bytes)
    source.write_text(BODY + " Changed.")
    from pipeline.errors import OutputError

    with pytest.raises(OutputError, match="No space left on device") as caught:
        build_package(Settings(input_path=source, output_dir=out), engine=SilentEngine())
    assert caught.value.exit_code == ExitCode.OUTPUT
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before  # nothing half-written, no staging folder left


# -- 6. Options that cannot work: exit 2 (USAGE) --------------------------------------------

USAGE = [
    (["--engine", "nosuch"], "unknown engine 'nosuch'"),
    (["--engine", "gtts", "--fallback", "gtts"], "--fallback must name another engine"),
    (["--engine", "gtts", "--tld", "../evil"], "--tld '../evil' is not a domain ending"),
    (["--max-section-words", "3"], "--max-section-words must be between 40 and 5000"),
]


@pytest.mark.parametrize(("options", "fragment"), USAGE, ids=[u[1][:24] for u in USAGE])
def test_options_that_cannot_work(
    runner: CliRunner, tmp_path: Path, options: list[str], fragment: str
) -> None:
    source = tmp_path / "report.txt"
    source.write_text(BODY)
    result = _cli(runner, "run", str(source), "-o", str(tmp_path / "out"), *options)
    _assert_one_line_error(result, ExitCode.USAGE, fragment)
    assert not (tmp_path / "out").exists()


def test_hostile_text_on_stdin(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["run", "-", "-o", str(tmp_path / "out"), "--no-audio", "-q"],
        input=HOSTILE_MARKUP.encode(),
    )
    assert result.exit_code == 0, result.stderr
    html = next((tmp_path / "out").rglob("index.html")).read_text(encoding="utf-8")
    assert "<script>" not in without_template_scripts(html) and "&lt;script&gt;" in html


def test_binary_on_stdin(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "-", "-o", str(tmp_path / "out")], input=PNG)
    _assert_one_line_error(result, ExitCode.INPUT, "<stdin>: is a PNG image")


def test_markdown_images_become_their_words_and_fetch_nothing(tmp_path: Path) -> None:
    # "![Logo](https://…)" made an <img> on the page (a request to another site whenever it is
    # opened) and in the EPUB (EPUBCheck RSC-006/RSC-007), and a local one a link to a file
    # the package lacks, so `plainvoice check` failed on the fresh package.
    from pipeline.check import check_package

    source = tmp_path / "images.md"
    source.write_text(
        "# Statement on the new logo\n\n"
        "We chose ![the blue harbour logo](https://tracker.example/p.png) for 2024. "
        'It replaces ![the old logo](old.png "Old") on every sign.\n',
        encoding="utf-8",
    )
    result = build_package(Settings(input_path=source, output_dir=tmp_path / "out"))
    folder = result.package.folder
    book = zipfile.ZipFile(folder / f"{folder.name}.epub")
    pages = [(folder / "index.html").read_text(encoding="utf-8")] + [
        book.read(name).decode() for name in book.namelist() if name.endswith(".xhtml")
    ]
    for page in pages:
        assert "<img" not in page and "tracker.example" not in page and "old.png" not in page
    assert "We chose the blue harbour logo for 2024." in pages[0]
    # The plain version, the summary and the speech say the image's words too; they said
    # "We chose for 2024."
    from pipeline.text import markdown_to_plain

    assert "We chose the blue harbour logo for 2024." in (folder / "plain.txt").read_text("utf-8")
    assert markdown_to_plain("Our ![*blue* logo](x.png) and ![](y.png)!") == "Our blue logo and !"
    assert check_package(folder).ok, check_package(folder).problems
