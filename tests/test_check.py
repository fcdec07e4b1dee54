"""`plainvoice check`: a sound package passes; each kind of damage is named; the exit code says so."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.check import check_package
from pipeline.cli import app
from pipeline.errors import ExitCode, InputError
from tests.packages import sample_package


@pytest.fixture(scope="module")
def good() -> tuple[Path, Path]:
    result = sample_package()
    return result.package.folder, result.package.zip_path


@pytest.fixture
def copy(good: tuple[Path, Path], tmp_path: Path) -> Path:
    folder = tmp_path / good[0].name
    shutil.copytree(good[0], folder)
    return folder


def test_a_fresh_package_passes_as_folder_and_as_zip(
    good: tuple[Path, Path], runner: CliRunner
) -> None:
    folder, zip_path = good
    for path in (folder, zip_path):
        report = check_package(path)
        assert report.ok, report.problems
        assert report.files_checked == len(
            json.loads((folder / "manifest.json").read_text())["files"]
        )
        result = runner.invoke(app, ["check", str(path)])
        assert result.exit_code == 0, result.output
        assert "OK:" in result.stdout


def test_changed_missing_and_extra_files_are_each_named(copy: Path, runner: CliRunner) -> None:
    with (copy / "plain.txt").open("a", encoding="utf-8") as handle:
        handle.write("An added line.\n")
    (copy / "statement.txt").unlink()
    (copy / "notes.txt").write_text("not part of the package\n")
    report = check_package(copy)
    assert not report.ok
    text = "\n".join(report.problems)
    assert (
        "plain.txt: SHA-256 differs" in text
        and "plain.txt: " in text
        and "bytes, the manifest says" in text
    )
    assert "statement.txt: listed in the manifest but missing" in text
    assert "notes.txt: present but not listed in the manifest" in text
    assert "index.html: links to statement.txt, which is not in the package" in text
    result = runner.invoke(app, ["check", str(copy)])
    assert result.exit_code == ExitCode.CHECK_FAILED
    assert "FAILED: " in result.stdout and "problem: statement.txt" in result.stdout


def test_a_cut_mp3_is_caught_by_decoding_even_with_its_header_intact(copy: Path) -> None:
    mp3 = sorted((copy / "audio").glob("*.mp3"), key=lambda p: p.stat().st_size)[-1]
    data = mp3.read_bytes()
    mp3.write_bytes(data[: len(data) // 2])
    report = check_package(copy)
    assert any(p.startswith(f"audio/{mp3.name}: decodes to ") for p in report.problems), (
        report.problems
    )


def test_garbage_in_place_of_an_mp3_is_not_readable_audio(copy: Path) -> None:
    mp3 = next((copy / "audio").glob("*.mp3"))
    mp3.write_bytes(b"this is not audio at all" * 100)
    report = check_package(copy)
    assert any(
        f"audio/{mp3.name}: " in p and ("not a readable MP3" in p or "decode" in p)
        for p in report.problems
    )


def test_a_broken_epub_and_broken_captions_are_reported(copy: Path) -> None:
    epub = next(copy.glob("*.epub"))
    with zipfile.ZipFile(epub) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info, data in entries:
            if info.filename.endswith(".xhtml") and "nav" not in info.filename:
                data = data.replace(b"</section>", b"", 1)
            archive.writestr(info, data)
    epub.write_bytes(buffer.getvalue())
    next((copy / "audio").glob("*.vtt")).write_text("1\n00:00 --> 00:01\nhello\n")
    problems = "\n".join(check_package(copy).problems)
    assert "is not well-formed XML" in problems
    assert "does not start with WEBVTT" in problems


def test_a_damaged_zip_entry_is_found(
    good: tuple[Path, Path], tmp_path: Path, runner: CliRunner
) -> None:
    _folder, zip_path = good
    damaged = tmp_path / zip_path.name
    with zipfile.ZipFile(zip_path) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("/index.html"):
                data = data.replace(b"Contents", b"Contents!", 1)
            target.writestr(info, data)
    result = runner.invoke(app, ["check", str(damaged), "--json"])
    assert result.exit_code == ExitCode.CHECK_FAILED
    payload = json.loads(result.stdout)
    assert payload["kind"] == "ZIP" and not payload["ok"]
    assert any(p.startswith("index.html: SHA-256 differs") for p in payload["problems"])


@pytest.mark.parametrize("as_zip", [False, True])
def test_a_folder_or_zip_without_a_manifest_is_bad_input_in_one_line(
    tmp_path: Path, runner: CliRunner, as_zip: bool
) -> None:
    # It printed three lines ("Checked …", "problem: manifest.json is missing: not a package",
    # "FAILED: 1 problem found.") and exited 7, as if a package were damaged.
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text("<!DOCTYPE html><title>x</title>")
    path = folder
    if as_zip:
        path = tmp_path / "site.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.write(folder / "index.html", "index.html")
    with pytest.raises(InputError) as caught:
        check_package(path)
    line = f"not a plainvoice package: {path} (no manifest.json)"
    assert caught.value.one_line() == line
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == ExitCode.INPUT
    assert result.stdout == "" and result.stderr == f"plainvoice: error: {line}\n"
    result = runner.invoke(app, ["check", str(path), "--json"])
    assert result.exit_code == ExitCode.INPUT
    assert json.loads(result.stdout)["error"]["message"] == line


def test_a_missing_path_is_an_input_error(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", str(tmp_path / "nowhere")])
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.startswith("plainvoice: error: ") and "does not exist" in result.stderr


def _flip_byte_inside(zip_path: Path, target: Path, suffix: str) -> str:
    """Copy the ZIP with one byte of a member's stored data flipped (as a bad download does)."""
    data = bytearray(zip_path.read_bytes())
    with zipfile.ZipFile(zip_path) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith(suffix))
    local = info.header_offset
    name_length = int.from_bytes(data[local + 26 : local + 28], "little")
    extra_length = int.from_bytes(data[local + 28 : local + 30], "little")
    data[local + 30 + name_length + extra_length + info.compress_size // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    return info.filename.split("/", 1)[1]


@pytest.mark.parametrize("suffix", [".plain.mp3", "/index.html", ".epub"])
def test_bytes_damaged_inside_the_zip_are_a_problem_not_a_crash(
    good: tuple[Path, Path], tmp_path: Path, runner: CliRunner, suffix: str
) -> None:
    damaged = tmp_path / good[1].name
    name = _flip_byte_inside(good[1], damaged, suffix)
    result = runner.invoke(app, ["check", str(damaged), "--json"])
    assert result.exit_code == ExitCode.CHECK_FAILED, result.output
    problems = json.loads(result.stdout)["problems"]
    assert any(p.startswith(f"{name}: cannot be read from the ZIP") for p in problems), problems


def test_a_cut_zip_is_a_failed_check_not_a_wrong_kind_of_file(
    good: tuple[Path, Path], tmp_path: Path, runner: CliRunner
) -> None:
    data = good[1].read_bytes()
    cut = tmp_path / good[1].name
    cut.write_bytes(data[: len(data) // 2])
    result = runner.invoke(app, ["check", str(cut)])
    assert result.exit_code == ExitCode.CHECK_FAILED, result.output
    assert "problem: the ZIP is damaged or cut short" in result.stdout


def test_a_manifest_whose_file_records_are_not_objects_is_a_problem(
    copy: Path, runner: CliRunner
) -> None:
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"][0] = "index.html"
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = runner.invoke(app, ["check", str(copy)])
    assert result.exit_code == ExitCode.CHECK_FAILED, result.output
    assert "problem: manifest.json cannot be read" in result.stdout


def test_a_file_added_beside_the_package_folder_in_the_zip_is_named_not_not_a_package(
    good: tuple[Path, Path], tmp_path: Path
) -> None:
    added = tmp_path / good[1].name
    shutil.copy(good[1], added)
    with zipfile.ZipFile(added, "a") as archive:
        archive.writestr("README.txt", "added after publishing\n")
    report = check_package(added)
    assert report.files_checked > 0, report.problems  # was: "manifest.json is missing"
    assert report.problems == ("../README.txt: present but not listed in the manifest",)


def test_the_output_folder_of_a_run_points_at_the_packages_it_holds(
    copy: Path, runner: CliRunner
) -> None:
    # `plainvoice run -o out` then `plainvoice check out`: "not a package" alone said nothing
    # of the package inside.
    result = runner.invoke(app, ["check", str(copy.parent)])
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr == (
        f"plainvoice: error: not a plainvoice package: {copy.parent} (no manifest.json; "
        f"it holds the package {copy.name}: check that folder or its ZIP)\n"
    )


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        ('<a href="http://[oops">x</a>', "index.html: has a malformed link http://[oops"),
        ("<![foo bar", "index.html: does not parse as HTML"),
    ],
)
def test_a_hand_edited_page_with_broken_markup_is_a_problem_not_a_crash(
    copy: Path, runner: CliRunner, edit: str, problem: str
) -> None:
    # Both raised out of the standard library (ValueError, AssertionError): a traceback, exit 1.
    page = copy / "index.html"
    page.write_text(page.read_text(encoding="utf-8") + edit, encoding="utf-8")
    result = runner.invoke(app, ["check", str(copy), "--json"])
    assert result.exit_code == ExitCode.CHECK_FAILED, result.output
    problems = json.loads(result.stdout)["problems"]
    assert any(p.startswith(problem) for p in problems), problems


def _rezip_with(zip_path: Path, target: Path, flag: int = 0, method: int | None = None) -> None:
    """Copy a ZIP, setting a general-purpose flag bit or a compression method on every entry.

    zipfile cannot write a password-protected or Deflate64 ZIP; the header fields say so.
    """
    import struct

    data = bytearray(zip_path.read_bytes())
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        at = data.find(signature)
        while at >= 0:
            struct.pack_into("<H", data, at + flag_at, data[at + flag_at] | flag)
            if method is not None:
                struct.pack_into("<H", data, at + method_at, method)
            at = data.find(signature, at + 4)
    target.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("flag", "method", "said"), [(1, None, "encrypted"), (0, 9, "compression method")]
)
def test_a_password_protected_or_deflate64_zip_is_a_problem_not_a_crash(
    good: tuple[Path, Path],
    tmp_path: Path,
    runner: CliRunner,
    flag: int,
    method: int | None,
    said: str,
) -> None:
    # Re-zipped with a password, or by a tool that packs with Deflate64: zipfile raised
    # RuntimeError / NotImplementedError, a traceback and exit 1.
    rezipped = tmp_path / good[1].name
    _rezip_with(good[1], rezipped, flag, method)
    result = runner.invoke(app, ["check", str(rezipped)])
    assert result.exit_code == ExitCode.CHECK_FAILED, result.output
    assert "problem: manifest.json cannot be read" in result.stdout and said in result.stdout


def test_a_zip_of_a_whole_output_folder_points_at_the_packages_it_holds(
    copy: Path, tmp_path: Path, runner: CliRunner
) -> None:
    # A folder holding packages was told apart; the same folder zipped said only "not a
    # package".
    site = tmp_path / "site.zip"
    with zipfile.ZipFile(site, "w") as archive:
        for name in ("first", "second"):
            for path in sorted(p for p in copy.rglob("*") if p.is_file()):
                archive.write(path, f"{name}/{path.relative_to(copy).as_posix()}")
    result = runner.invoke(app, ["check", str(site)])
    assert result.exit_code == ExitCode.INPUT, result.output
    assert "it holds the packages first, second: check each folder or its ZIP" in result.stderr


@pytest.mark.parametrize("member", ["plain.txt", "audio/bomb.mp3"])
def test_a_zip_member_that_unpacks_to_far_more_than_listed_is_not_held_in_memory(
    good: tuple[Path, Path], tmp_path: Path, member: str
) -> None:
    # A 0.1 MB ZIP whose member unpacked to 100 MB was read whole (twice its size in memory):
    # a hostile ZIP of gigabytes would have ended the check. It is hashed in chunks now.
    import tracemalloc

    folder = good[0]
    bomb = tmp_path / "bomb.zip"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    if member.endswith(".mp3"):
        manifest["files"].append({"path": member, "bytes": 1000, "sha256": "0" * 64})
    with zipfile.ZipFile(good[1]) as source, zipfile.ZipFile(bomb, "w") as target:
        for info in source.infolist():
            name = info.filename.partition("/")[2]
            data = source.read(info)
            if name == "manifest.json":
                data = json.dumps(manifest).encode()
            target.writestr(info, b"\0" * 100_000_000 if name == member else data)
        if member.endswith(".mp3"):
            target.writestr(f"{folder.name}/{member}", b"\0" * 100_000_000, zipfile.ZIP_DEFLATED)
    tracemalloc.start()
    try:
        report = check_package(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert f"{member}: 100000000 bytes, the manifest says " in "\n".join(report.problems)
    assert peak < 20_000_000, peak


def test_a_file_that_is_a_link_to_outside_the_package_fails_naming_it(
    copy: Path, tmp_path: Path, runner: CliRunner
) -> None:
    # The same bytes, kept outside the package behind a symbolic link, passed: a copy or a
    # ZIP of the folder would not hold them.
    page = copy / "index.html"
    outside = tmp_path / "elsewhere.html"
    shutil.move(page, outside)
    page.symlink_to(outside)
    result = runner.invoke(app, ["check", str(copy)])
    assert result.exit_code == ExitCode.CHECK_FAILED, result.output
    assert f"problem: index.html: is a symbolic link to {outside}, outside the package" in (
        result.stdout
    )
    assert result.stdout.count("problem:") == 1, result.stdout


def test_links_inside_the_package_to_folders_and_to_the_manifest_are_named(
    copy: Path, tmp_path: Path
) -> None:
    shutil.move(copy / "audio", tmp_path / "audio")
    (copy / "audio").symlink_to(tmp_path / "audio")
    (copy / "again.html").symlink_to("index.html")
    problems = check_package(copy).problems
    assert f"audio: is a symbolic link to {tmp_path / 'audio'}, outside the package" in " ".join(
        problems
    )
    assert any(
        p.startswith("again.html: is a symbolic link to index.html, inside") for p in problems
    )
    shutil.move(copy / "manifest.json", tmp_path / "manifest.json")
    (copy / "manifest.json").symlink_to(tmp_path / "manifest.json")
    (only,) = check_package(copy).problems
    assert only.startswith("manifest.json: is a symbolic link to ")


def test_a_zip_member_stored_as_a_symbolic_link_is_named(
    good: tuple[Path, Path], tmp_path: Path
) -> None:
    damaged = tmp_path / "linked.zip"
    with zipfile.ZipFile(good[1]) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("/index.html"):
                info.external_attr = (0o120777 << 16) | (info.external_attr & 0xFFFF)
            target.writestr(info, data)
    problems = check_package(damaged).problems
    assert problems == (
        "index.html: is stored as a symbolic link, which unpacks as a link, not a file of its own",
    )


def test_a_file_name_with_a_line_break_or_escape_cannot_print_a_line_of_its_own(
    copy: Path, runner: CliRunner
) -> None:
    # "x\nOK: every file matches…" added to a package printed a second line reading "OK".
    (copy / "x\nOK: every file matches the manifest.").write_text("spoof")
    (copy / "\x1b[2Jclear.txt").write_text("spoof")
    result = runner.invoke(app, ["check", str(copy)])
    assert result.exit_code == ExitCode.CHECK_FAILED
    lines = result.stdout.splitlines()
    assert not any(line.startswith("OK") for line in lines), lines
    assert (
        "  problem: x\\x0aOK: every file matches the manifest.: present but not listed"
        in result.stdout
    )
    assert "\x1b" not in result.stdout and "\\x1b[2Jclear.txt: present but not listed" in (
        result.stdout
    )


def test_an_edited_plain_md_says_how_to_make_the_package_from_the_edits(
    copy: Path, runner: CliRunner
) -> None:
    # It was reported as damage, with nothing to say that --plain-from makes the package
    # from the edits (and that `check` passes on the package it makes).
    plain = copy / "plain.md"
    plain.write_text(plain.read_text(encoding="utf-8").replace("Hello", "Helo", 1), "utf-8")
    result = runner.invoke(app, ["check", str(copy)])
    assert result.exit_code == ExitCode.CHECK_FAILED
    assert (
        "  problem: plain.md: SHA-256 differs from the manifest (changed or damaged); if you "
        "edited it, make the package from your edits: plainvoice run "
        f"interpol-sg-un-crime-congress-2021.txt -o {copy.parent} --plain-from {plain}\n"
    ) in result.stdout
    (copy / "plain.txt").write_text("changed\n", encoding="utf-8")
    report = check_package(copy)
    assert "plain.txt: SHA-256 differs from the manifest (changed or damaged)" in report.problems
