"""Writing a file whole or not at all."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from pipeline.errors import OutputError
from pipeline.files import replaced_atomically


def test_the_file_appears_only_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    with replaced_atomically(target) as partial:
        partial.write_text("<p>whole</p>", encoding="utf-8")
        assert partial.name == ".page.html.partial" and not target.exists()
    assert target.read_text(encoding="utf-8") == "<p>whole</p>"
    assert list(tmp_path.iterdir()) == [target]


def test_a_refused_write_is_one_output_error_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "catalogue.json"
    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OutputError) as caught, replaced_atomically(target, ".partial-7") as partial:
        partial.write_text("{}", encoding="utf-8")
    assert caught.value.one_line() == f"cannot write {target}: No space left on device"
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "clip.mp3"
    target.write_bytes(b"the clip before")
    with pytest.raises(KeyboardInterrupt), replaced_atomically(target) as partial:
        partial.write_bytes(b"half")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == [target]
    assert target.read_bytes() == b"the clip before"
