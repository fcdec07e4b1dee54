"""Review 33: what broke when the release was used as a press office would use it.

Each test stands for one bug found by running the CLI on the sample, the dev corpus and hostile
input; its docstring says what happened before the fix.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from pipeline.build import build_package
from pipeline.settings import Settings
from tests.fakes import SilentEngine

STATEMENT = """# Flood defences

## What we will do

The river defences in Westvale will be rebuilt by 2027. They will cost 40 million pounds.

## Who pays

The council pays half. The government pays the other half. Thank you.
"""


def _zip_manifest(zip_path: Path, slug: str) -> dict[str, Any]:
    with zipfile.ZipFile(zip_path) as archive:
        manifest: dict[str, Any] = json.loads(archive.read(f"{slug}/manifest.json"))
    return manifest


def test_the_zip_is_published_before_the_previous_folder_is_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run killed while the previous folder was being deleted left the new folder beside
    the previous package's ZIP: both verified on their own, but the ZIP was the old version.
    """
    source = tmp_path / "statement.md"
    source.write_text(STATEMENT, encoding="utf-8")
    settings = Settings(input_path=source, output_dir=tmp_path / "out", engine="silent")
    build_package(settings, engine=SilentEngine())
    source.write_text(STATEMENT.replace("40 million", "45 million"), encoding="utf-8")

    folder, zip_path = tmp_path / "out" / "statement", tmp_path / "out" / "statement.zip"
    seen_while_deleting: list[tuple[str, str]] = []
    real_rmtree = shutil.rmtree

    def rmtree_watching(path: Any, *args: Any, **kwargs: Any) -> None:
        if ".old-" in Path(path).name:
            folder_manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
            seen_while_deleting.append(
                (
                    folder_manifest["statement"]["source_sha256"],
                    _zip_manifest(zip_path, "statement")["statement"]["source_sha256"],
                )
            )
        real_rmtree(path, *args, **kwargs)

    monkeypatch.setattr("pipeline.stages.bundle.shutil.rmtree", rmtree_watching)
    build_package(settings, engine=SilentEngine())

    assert len(seen_while_deleting) == 1
    in_folder, in_zip = seen_while_deleting[0]
    assert in_folder == in_zip
    assert not [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("text", ["[1, 2, 3]", "{}", '{"files": 5}', '"files"'])
def test_check_names_a_manifest_without_a_files_list_in_plain_words(
    tmp_path: Path, text: str
) -> None:
    """`check` on a manifest that was a list said "list indices must be integers or slices,
    not str"; one without "files" said only "'files'"."""
    from pipeline.check import check_package

    (tmp_path / "index.html").write_text("<!doctype html>", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(text, encoding="utf-8")
    report = check_package(tmp_path)
    assert report.problems == (
        'manifest.json cannot be read: it is not a JSON object with a "files" list',
    )


@pytest.mark.parametrize(
    "title",
    [
        "Déclaration du Président\u00a0: la paix",
        "Article\u00a05 of the Treaty",
        "Rede\u202fam 3. Mai",
    ],
)
def test_a_title_with_a_no_break_space_is_taken(tmp_path: Path, title: str) -> None:
    """`--title "Déclaration du Président : la paix"` copied from a French release (a no-break
    space before the colon) was refused: "--title must be 1 to 300 characters of text on one
    line"."""
    settings = Settings(input_path=tmp_path / "s.txt", output_dir=tmp_path, title=title)
    assert settings.validate().title == title


@pytest.mark.parametrize("title", ["Two\nlines", "Bell\x07", "Turned \u202eevil"])
def test_a_title_with_a_line_break_or_control_character_is_still_refused(
    tmp_path: Path, title: str
) -> None:
    from pipeline.errors import UsageError

    settings = Settings(input_path=tmp_path / "s.txt", output_dir=tmp_path, title=title)
    with pytest.raises(UsageError, match="--title must be 1 to 300 characters"):
        settings.validate()
