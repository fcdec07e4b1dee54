"""More input a user can hit: a named pipe, one file named twice in a batch, a 20,000-letter word.

A pipe hung every command until something wrote to it; a batch built a file once per hard
link; and a word with no space in it cost the titling regexes time in the square of its length.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import socket
import string
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import readers
from pipeline.batch import BatchSettings, discover
from pipeline.build import read_statement
from pipeline.cli import app
from pipeline.errors import ExitCode, InputError
from pipeline.settings import Settings
from pipeline.stages.load import load_source
from pipeline.stages.split import NO_TITLE, _echoed_topic, _topic_words, salient_title


def _letters(count: int) -> str:
    """A word of `count` lowercase letters, the same on every run."""
    chosen = random.Random(count)
    return "".join(chosen.choice(string.ascii_lowercase) for _ in range(count))


# --------------------------------------------------------------------------------------
# A very long word: the titling regexes start only where a word starts
# --------------------------------------------------------------------------------------


def test_a_20000_letter_word_is_one_whole_sentence_of_one_untitled_section(
    tmp_path: Path,
) -> None:
    # Each regex tried again at each of its 20,000 letters: 5.6 s of CPU for this file.
    word = _letters(20_000)
    path = tmp_path / "word.txt"
    path.write_text(word + "\n", encoding="utf-8")
    statement = read_statement(Settings(input_path=path, language="en"))
    assert [section.title for section in statement.sections] == [NO_TITLE]
    assert statement.sections[0].sentences == (word,)


def test_a_long_word_inside_sentences_leaves_the_title_to_the_real_words(tmp_path: Path) -> None:
    word = _letters(20_000)
    path = tmp_path / "nurses.txt"
    path.write_text(
        f"Nurses would be paid more, the minister said. {word} was written on the wall. "
        "Contact: press@example.org.\n",
        encoding="utf-8",
    )
    statement = read_statement(Settings(input_path=path, language="en"))
    assert [section.title for section in statement.sections] == ["Nurses"]
    assert word in statement.sections[0].plain_text


@pytest.mark.parametrize(
    "shape",
    ["https://example.org/" + "a/b-c" * 4_000, "7" * 20_000, "a" * 20_000],
    ids=["url", "digits", "one-letter"],
)
def test_a_long_run_without_spaces_has_no_title(shape: str) -> None:
    assert salient_title(shape) == NO_TITLE


@pytest.mark.parametrize(
    "run",
    ["a-" * 5_000, "A" + "b" * 20_000, "Bundes" + "verfassungs" * 8],
    ids=["hyphened", "capitalised", "compound"],
)
def test_a_run_of_letters_longer_than_any_word_never_titles_a_section(run: str) -> None:
    text = f"{run} We will spend more on schools and on the schools budget this year."
    title = salient_title(text)
    assert len(title) < 40
    assert run[:20].lower() not in title.lower()


def test_a_long_real_compound_can_still_title_a_section() -> None:
    text = (
        "Das Bundesverfassungsgericht hat heute entschieden. "
        "Das Bundesverfassungsgericht prüft das Gesetz."
    )
    assert "Bundesverfassungsgericht" in salient_title(text, lang="de")


def test_an_echo_is_still_found_from_the_start_of_its_words() -> None:
    echo = "It requires the most elusive of all things in a democracy: unity. Unity."
    assert _echoed_topic(echo, "en") == "Unity"
    assert _echoed_topic(f"{_letters(5_000)}. Unity.", "en") is None


def test_an_address_is_still_taken_whole_from_where_its_word_starts() -> None:
    text = "Write to press@example.org, or (mail:desk@example.org) or see www.un.org today."
    assert _topic_words(text) == "Write to  — , or  — ) or see  —  today."


# --------------------------------------------------------------------------------------
# A named pipe is read as standard input is, and never waited on without a writer
# --------------------------------------------------------------------------------------

needs_pipes = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def _write_into(pipe: Path, data: bytes) -> threading.Thread:
    """A writer that opens the pipe (waiting for its reader, as `cat s.txt > pipe` does)."""

    def write() -> None:
        with contextlib.suppress(BrokenPipeError), pipe.open("wb") as handle:
            handle.write(data)  # a reader that stops at its size limit closes the pipe early

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return writer


@needs_pipes
def test_a_pipe_with_a_writer_is_read_to_its_end(tmp_path: Path, sample_path: Path) -> None:
    pipe = tmp_path / "statement.txt"
    os.mkfifo(pipe)
    writer = _write_into(pipe, sample_path.read_bytes())
    source = load_source(pipe)
    writer.join()
    assert source.name == "statement.txt"
    assert source.text == load_source(sample_path).text


@needs_pipes
def test_a_pipe_no_program_writes_to_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `open()` waited for a writer: `plainvoice sections pipe` hung until Ctrl-C.
    monkeypatch.setattr(readers, "PIPE_WRITER_WAIT_SECONDS", 0.0)
    pipe = tmp_path / "statement.txt"
    os.mkfifo(pipe)
    result = CliRunner().invoke(app, ["sections", str(pipe)])
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr == (
        f"plainvoice: error: {pipe}: is a named pipe that no program opened to write within "
        "0 s (start the program that writes the statement into it, or give the file)\n"
    )


@needs_pipes
def test_a_pipe_over_the_size_limit_is_refused_as_stdin_is(tmp_path: Path) -> None:
    pipe = tmp_path / "statement.txt"
    os.mkfifo(pipe)
    _write_into(pipe, b"We act now. " * 100_000)  # 1.2 MB; the reader stops after 1 MB
    with pytest.raises(InputError) as refused:
        load_source(pipe, max_bytes=1_000_000)
    assert refused.value.message == f"{pipe}: input is over the 1 MB limit"


@needs_pipes
def test_run_on_a_pipe_makes_the_package_and_does_not_read_the_pipe_again(
    tmp_path: Path, sample_path: Path
) -> None:
    # After the package was written, the run opened the pipe again to record its digest, and
    # waited there for a second writer.
    pipe = tmp_path / "statement.txt"
    os.mkfifo(pipe)
    out = tmp_path / "out"
    for _ in range(2):  # the second run finds the first one's package, and builds anew
        _write_into(pipe, sample_path.read_bytes())
        result = CliRunner().invoke(app, ["run", str(pipe), "-o", str(out), "--no-audio", "-q"])
        assert result.exit_code == ExitCode.OK, result.stderr
    manifest = json.loads((out / "statement" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["statement"]["source"] == "statement.txt"
    assert "build" not in manifest  # a pipe, like stdin, is read once: never reused


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_a_socket_is_refused_as_a_socket(tmp_path: Path) -> None:
    # It was "cannot read the file (No such device or address)".
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))
        with pytest.raises(InputError) as refused:
            load_source(path)
    assert refused.value.message == f"{path}: is a socket, not a file"


# --------------------------------------------------------------------------------------
# A batch given one file twice builds it once and says so
# --------------------------------------------------------------------------------------


@pytest.fixture
def inbox(tmp_path: Path, sample_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "harbour.txt").write_bytes(sample_path.read_bytes())
    return folder


def test_a_file_and_a_link_to_it_are_one_statement_said_in_one_line(
    inbox: Path, tmp_path: Path
) -> None:
    (inbox / "link.txt").symlink_to(inbox / "harbour.txt")
    said: list[str] = []
    settings = BatchSettings(inputs=(inbox / "harbour.txt", inbox), output_dir=tmp_path / "out")
    assert [(item.name, item.path) for item in discover(settings, said)] == [
        ("harbour", inbox / "harbour.txt")
    ]
    assert said == [
        f"{inbox / 'link.txt'} is the same file as {inbox / 'harbour.txt'}: one package, "
        "harbour, is made of it"
    ]


def test_a_second_hard_link_is_the_same_file(inbox: Path, tmp_path: Path) -> None:
    # A hard link resolves to a path of its own: it was built again, as "copy".
    os.link(inbox / "harbour.txt", tmp_path / "copy.txt")
    said: list[str] = []
    settings = BatchSettings(
        inputs=(tmp_path / "copy.txt", inbox / "harbour.txt"), output_dir=tmp_path / "out"
    )
    assert [item.name for item in discover(settings, said)] == ["copy"]
    assert said == [
        f"{inbox / 'harbour.txt'} is the same file as {tmp_path / 'copy.txt'}: one package, "
        "copy, is made of it"
    ]


def test_batch_given_one_file_twice_builds_it_once_and_warns(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    given = str(inbox / "harbour.txt")
    result = CliRunner().invoke(
        app, ["batch", given, given, "-o", str(out), "--no-audio", "--json"]
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    report = json.loads(result.stdout)
    warning = f"{given} was given twice: one package, harbour, is made of it"
    assert [s["name"] for s in report["statements"]] == ["harbour"]
    assert warning in report["warnings"]
    assert f"warning: {warning}" in result.stderr
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["harbour"]
