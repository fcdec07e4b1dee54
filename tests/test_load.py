from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.stages.load import load_source, normalise_text


def test_reads_the_sample(sample_path: Path) -> None:
    source = load_source(sample_path)
    assert source.name == sample_path.name
    assert source.text.startswith("Video Statement (As delivered) by")
    assert "Jürgen Stock" in source.text


def test_stdin_bytes_with_bom_are_read() -> None:
    source = load_source(None, "\ufeffHello there. This is a statement.".encode())
    assert source.name == "<stdin>"
    assert source.text.strip() == "Hello there. This is a statement."


def test_normalises_unicode_whitespace_and_invisible_controls() -> None:
    decomposed = "Ju\u0308rgen\u200b said\r\n\r\n\r\n\r\nhello\u202e world !"
    assert normalise_text(decomposed).strip() == "Jürgen said\n\nhello world !"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "is empty"),
        (b"   \n\n\t  \n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Good text \xe9t\xe9 \x81 more", "byte 0x81 at offset 14"),
    ],
)
def test_bad_content_gets_one_clear_error(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "statement.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        load_source(path)
    assert fragment in caught.value.one_line()
    assert "\n" not in caught.value.one_line()


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        load_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_source(tmp_path)


def test_size_limit_can_be_raised(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(InputError, match="--max-input-mb"):
        load_source(path, max_bytes=1000)
    assert load_source(path, max_bytes=10_000).text.startswith("word word")
