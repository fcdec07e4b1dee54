"""Verify a published package (folder or ZIP) against its manifest, as a receiver would.

Checks that every file the manifest lists is there with the stated size and SHA-256, that no
unlisted file slipped in, that every MP3 decodes and lasts as long as the manifest says, that the
captions are WebVTT, that the HTML parses and its local links resolve, and that the EPUB opens
as an EPUB (its container, package document and content documents parse, its resources exist).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import posixpath
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from shlex import quote
from typing import IO, Any, Final
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

from pipeline.errors import InputError, printable
from pipeline.models import MANIFEST_NAME

DURATION_TOLERANCE: Final = 0.05
"""Seconds an MP3's header length may differ from the stated duration (rounded to milliseconds)."""
DECODED_TOLERANCE: Final = 0.25
"""Seconds the decoded audio may differ from the stated duration: encoder delay and padding."""
_DECODE_RATE: Final = 8000
_OPF_NS: Final = "{http://www.idpf.org/2007/opf}"
_CONTAINER_NS: Final = "{urn:oasis:names:tc:opendocument:xmlns:container}"
CONTENT_CHECK_BYTES: Final = 64 * 1024 * 1024
"""Larger files are checked for content only when the manifest states their size."""
_CONTENT_CHECKED: Final = frozenset({".mp3", ".vtt", ".html", ".epub"})
"""The files whose content is checked, beyond their size and SHA-256."""
_UNREADABLE: Final = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
)
"""What reading a damaged ZIP member (bad CRC, broken deflate data) or an unreadable file raises,
and a member zipfile cannot open: password-protected (RuntimeError) or packed with a method it
lacks, such as Deflate64 (NotImplementedError)."""


@dataclass(frozen=True)
class CheckReport:
    """What `check_package` found."""

    source: Path
    """The folder or ZIP that was checked."""
    kind: str
    """"folder" or "ZIP"."""
    files_checked: int
    """Files listed in the manifest that were looked at."""
    problems: tuple[str, ...] = field(default=())
    """One line per problem, each naming the file."""

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems

    def lines(self) -> list[str]:
        """The report as people read it."""
        # A file name may hold a line break or a terminal escape: each problem stays one line,
        # and no name can print a line of its own ("OK: ...") or recolour the terminal.
        head = printable(
            f"Checked {self.source} ({self.kind}): {self.files_checked} files in the manifest."
        )
        if self.ok:
            return [head, "OK: every file matches the manifest; audio, HTML and EPUB are sound."]
        count = len(self.problems)
        return [
            head,
            *(f"  problem: {printable(p)}" for p in self.problems),
            f"FAILED: {count} problem{'s' if count != 1 else ''} found.",
        ]


class _Tree:
    """Files of a package by their path inside it, from a folder or from a ZIP."""

    def __init__(
        self,
        names: list[str],
        read: Callable[[str], bytes],
        size: Callable[[str], int],
        open_file: Callable[[str], IO[bytes]],
        not_files: dict[str, str] | None = None,
    ) -> None:
        self.names = sorted(names)
        self.read = read
        self.size = size
        """A file's size, as its folder or ZIP directory states it, without reading it."""
        self.open = open_file
        self.not_files = not_files or {}
        """Entries that are not plain files (symbolic links, devices), with what each is: never
        read, as a link's target is not part of the package."""

    def __contains__(self, name: str) -> bool:
        return name in set(self.names)


def _folder_tree(folder: Path) -> _Tree:
    names: list[str] = []
    not_files: dict[str, str] = {}
    for top, folders, files in os.walk(folder, onerror=None, followlinks=False):
        for entry in sorted(folders) + sorted(files):
            path = Path(top) / entry
            name = path.relative_to(folder).as_posix()
            if path.is_symlink():
                not_files[name] = _link_problem(folder, path)
            elif entry in files and not path.is_file():
                not_files[name] = "is not a regular file (a device, pipe or socket)"
            elif entry in files:
                names.append(name)
    return _Tree(
        names,
        lambda name: (folder / name).read_bytes(),
        lambda name: (folder / name).stat().st_size,
        lambda name: (folder / name).open("rb"),
        not_files,
    )


def _link_problem(folder: Path, link: Path) -> str:
    """What a symbolic link in a package is, and where it points.

    A package holds files: a link to a file outside it passed the check with content the
    folder does not hold (a copy or a ZIP of the folder would carry other bytes, or none).
    """
    try:
        target = os.readlink(link)
    except OSError:
        target = "?"
    try:
        inside = link.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a loop
        inside = False
    where = "inside the package" if inside else "outside the package"
    return f"is a symbolic link to {target}, {where}, not a file of its own"


_SYMLINK_MODE: Final = 0o120000


def _zip_tree(archive: zipfile.ZipFile) -> _Tree:
    entries = [info.filename for info in archive.infolist() if not info.is_dir()]
    # A package ZIP holds one folder named after the package, the one with the manifest; strip
    # it. Anything added beside that folder is shown as "../NAME", outside the package.
    folders = {name.split("/")[0] for name in entries if name.count("/") == 1}
    homes = [f for f in folders if f"{f}/{MANIFEST_NAME}" in entries]
    prefix = f"{homes[0]}/" if len(homes) == 1 else ""
    shown = {
        (name.removeprefix(prefix) if name.startswith(prefix) else f"../{name}"): name
        for name in entries
    }
    # A member stored as a symbolic link is unpacked as one by `unzip`: a link, not a file.
    links = {
        name: "is stored as a symbolic link, which unpacks as a link, not a file of its own"
        for name, member in shown.items()
        if (archive.getinfo(member).external_attr >> 16) & 0o170000 == _SYMLINK_MODE
    }
    return _Tree(
        [name for name in shown if name not in links],
        lambda name: archive.read(shown[name]),
        lambda name: archive.getinfo(shown[name]).file_size,
        lambda name: archive.open(shown[name]),
        links,
    )


def check_package(path: Path) -> CheckReport:
    """Check a package folder or ZIP; problems are reported, not raised.

    Raises:
        InputError: `path` is neither a folder nor a ZIP file, or holds no manifest.json.
    """
    if path.is_dir():
        inside = sorted(p.parent.name for p in path.glob(f"*/{MANIFEST_NAME}"))
        if not (path / MANIFEST_NAME).is_file() and inside:
            # The -o folder of a run, or a batch's: point at the packages it holds.
            raise NotAPackage(path, inside)
        return _check(path, "folder", _folder_tree(path))
    if path.is_file() and (zipfile.is_zipfile(path) or _starts_as_zip(path)):
        # A ZIP cut short in transfer keeps its signature but loses its directory: damage to
        # report, not a file of the wrong kind.
        try:
            with zipfile.ZipFile(path) as archive:
                return _check(path, "ZIP", _zip_tree(archive))
        except _UNREADABLE as error:
            return CheckReport(path, "ZIP", 0, (f"the ZIP is damaged or cut short ({error})",))
    if path.exists():
        raise InputError(f"{path} is neither a package folder nor a ZIP file")
    raise InputError(f"{path} does not exist", hint="give the package folder or its ZIP")


class NotAPackage(InputError):
    """A folder or ZIP without manifest.json: wrong input, not a damaged package.

    It was reported as a check that failed (three lines, exit 7), as if a package were broken.
    """

    def __init__(self, path: Path, holds: list[str] | None = None) -> None:
        hint = f"no {MANIFEST_NAME}"
        if holds:
            # The -o folder of a run or a batch (or a ZIP of one): point at its packages.
            many = len(holds) > 1
            held = f"package{'s' * many} {_first_names(holds)}"
            hint += f"; it holds the {held}: check {'each' if many else 'that'} folder or its ZIP"
        super().__init__(f"not a plainvoice package: {path}", hint=hint)


NAMES_SHOWN: Final = 5
"""Packages a folder's error names, then how many more: a batch's folder of 150 packages had
all 150 names in one line."""


def _first_names(names: Sequence[str]) -> str:
    """The first `NAMES_SHOWN` names, then "and N more" for the rest."""
    if len(names) <= NAMES_SHOWN:
        return ", ".join(names)
    return f"{', '.join(names[:NAMES_SHOWN])} and {len(names) - NAMES_SHOWN} more"


def _starts_as_zip(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _check(source: Path, kind: str, tree: _Tree) -> CheckReport:
    problems: list[str] = []
    if MANIFEST_NAME in tree.not_files:
        return CheckReport(source, kind, 0, (f"{MANIFEST_NAME}: {tree.not_files[MANIFEST_NAME]}",))
    if MANIFEST_NAME not in tree:
        inside = sorted({n.split("/")[-2] for n in tree.names if n.endswith(f"/{MANIFEST_NAME}")})
        raise NotAPackage(source, inside)
    try:
        manifest = json.loads(tree.read(MANIFEST_NAME).decode("utf-8"))
        if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
            # Python's own words ("list indices must be integers or slices, not str", "'files'")
            # were the whole message for a manifest that was a list or had no "files" list.
            raise TypeError('it is not a JSON object with a "files" list')
        records = list(manifest["files"])
        if not all(isinstance(record, dict) for record in records):
            raise TypeError("a file record is not an object")
    except (ValueError, KeyError, TypeError, *_UNREADABLE) as error:
        return CheckReport(source, kind, 0, (f"{MANIFEST_NAME} cannot be read: {error}",))

    listed: set[str] = set()
    for record in records:
        name = str(record.get("path", ""))
        listed.add(name)
        if name in tree.not_files:
            continue  # reported below, as every entry that is not a file is
        if name not in tree:
            problems.append(f"{name}: listed in the manifest but missing")
            continue
        stated = record.get("bytes")
        try:
            size = tree.size(name)
            # Hashed in chunks, and held whole only for a content check, and only when no larger
            # than the manifest says or CONTENT_CHECK_BYTES: a 0.3 MB ZIP whose member unpacks to
            # 300 MB took 620 MB of memory, and gigabytes would have ended the run.
            sha = hashlib.sha256()
            with tree.open(name) as file:
                while chunk := file.read(1 << 20):
                    sha.update(chunk)
            digest = sha.hexdigest()
            fits = size <= CONTENT_CHECK_BYTES or (isinstance(stated, int) and size <= stated)
            checked = fits and posixpath.splitext(name)[1].lower() in _CONTENT_CHECKED
            data = tree.read(name) if checked else b""
        except _UNREADABLE as error:
            problems.append(f"{name}: cannot be read from the {kind} (damaged: {error})")
            continue
        if size != stated:
            problems.append(f"{name}: {size} bytes, the manifest says {stated}")
        if digest != record.get("sha256"):
            problems.append(_changed(source, kind, name, manifest))
        if checked:
            problems.extend(f"{name}: {p}" for p in _content_problems(name, data, record, tree))
    for name in tree.names:
        if name != MANIFEST_NAME and name not in listed:
            problems.append(f"{name}: present but not listed in the manifest")
    problems.extend(f"{name}: {what}" for name, what in sorted(tree.not_files.items()))
    return CheckReport(source, kind, len(records), tuple(problems))


EDITABLE: Final = frozenset({"plain.md", "pronunciation-check.toml"})
"""The files a person is asked to edit, in a package folder: a change there is a review."""


def _changed(source: Path, kind: str, name: str, manifest: Any) -> str:
    """The line for a file whose bytes differ from the manifest's, with what to do if edited.

    An edited plain.md was reported as damage, with nothing to say that `--plain-from`
    makes the package from the edits (and that `check` passes on the package it makes).
    """
    problem = f"{name}: SHA-256 differs from the manifest (changed or damaged)"
    if name in EDITABLE and kind == "folder":
        statement = manifest.get("statement") if isinstance(manifest, dict) else None
        made_from = statement.get("source") if isinstance(statement, dict) else None
        given = quote(str(made_from)) if made_from and made_from != "<stdin>" else "INPUT"
        if name != "plain.md":  # the pronunciation check: fed back from a copy (see bundle)
            return problem + (
                "; if you corrected it, copy it out of the package and make the package with "
                f"it: plainvoice run {given} -o {quote(str(source.parent))} --lexicon COPY"
            )
        problem += (
            "; if you edited it, make the package from your edits: plainvoice run "
            f"{given} -o {quote(str(source.parent))} --plain-from {quote(str(source / name))}"
        )
    return problem


def _content_problems(name: str, data: bytes, record: dict[str, Any], tree: _Tree) -> list[str]:
    suffix = posixpath.splitext(name)[1].lower()
    if suffix == ".mp3":
        return _mp3_problems(data, record.get("duration_seconds"))
    if suffix == ".vtt":
        text = data.decode("utf-8", errors="replace")
        return [] if text.startswith("WEBVTT") else ["does not start with WEBVTT: not captions"]
    if suffix == ".html":
        return _html_problems(name, data, tree)
    if suffix == ".epub":
        return _epub_problems(data)
    return []


def _mp3_problems(data: bytes, stated: object) -> list[str]:
    """The MP3 must parse, decode without errors, and last as long as stated."""
    import subprocess

    from mutagen import MutagenError
    from mutagen.mp3 import MP3

    from pipeline.audio import ffmpeg_path

    try:
        length = float(MP3(io.BytesIO(data)).info.length)
    except (MutagenError, ValueError) as error:
        return [f"not a readable MP3 ({error})"]
    problems = []
    if isinstance(stated, int | float) and abs(length - stated) > DURATION_TOLERANCE:
        problems.append(f"lasts {length:.3f} s, the manifest says {stated:.3f} s")
    # The header can claim a length the data no longer has (a cut file keeps its Xing header), so
    # the audio is decoded in full and its real length compared too.
    command = [
        ffmpeg_path(), "-v", "error", "-xerror", "-i", "pipe:0",
        "-f", "s16le", "-ac", "1", "-ar", str(_DECODE_RATE), "pipe:1",
    ]  # fmt: skip
    done = subprocess.run(command, input=data, capture_output=True, check=False)
    if done.returncode != 0 or done.stderr.strip():
        detail = done.stderr.decode(errors="replace").strip().splitlines()[:1]
        problems.append(f"does not decode cleanly ({detail[0] if detail else 'ffmpeg failed'})")
    decoded = len(done.stdout) / (2 * _DECODE_RATE)
    if isinstance(stated, int | float) and abs(decoded - stated) > DECODED_TOLERANCE:
        problems.append(f"decodes to {decoded:.2f} s of audio, the manifest says {stated:.3f} s")
    return problems


class _Links(HTMLParser):
    """Collects local links and sources, and whether the page has the parts a package page has."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.tags: set[str] = set()
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        for attribute in ("href", "src"):
            target = values.get(attribute)
            if target and tag in ("a", "audio", "source", "track", "img", "link", "script"):
                self.targets.append(target)


def _html_problems(name: str, data: bytes, tree: _Tree) -> list[str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return ["is not UTF-8"]
    parser = _Links()
    try:
        parser.feed(text)
        parser.close()
    except AssertionError as error:
        # html.parser gives up on some broken markup ("<![foo") with an AssertionError.
        return [f"does not parse as HTML ({error})"]
    problems: list[str] = []
    if not parser.lang:
        problems.append("has no language (html lang)")
    problems.extend(f"has no <{tag}>" for tag in ("title", "main", "h1") if tag not in parser.tags)
    base = posixpath.dirname(name)
    for target in parser.targets:
        try:
            parts = urlsplit(target)
        except ValueError:  # "http://[oops": a bracket that opens no IPv6 address
            problems.append(f"has a malformed link {target}")
            continue
        if parts.scheme or parts.netloc or not parts.path:
            continue
        local = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
        if local.startswith("../"):
            continue  # the ZIP beside the folder is not part of the package
        if local not in tree:
            problems.append(f"links to {target}, which is not in the package")
    return list(dict.fromkeys(problems))


def _epub_problems(data: bytes) -> list[str]:
    """The EPUB's container, package document and every listed resource must be there and parse."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return ["is not a ZIP, so not an EPUB"]
    try:
        with archive:
            return _epub_archive_problems(archive)
    except _UNREADABLE as error:
        return [f"the EPUB is damaged ({error})"]


def _epub_archive_problems(archive: zipfile.ZipFile) -> list[str]:
    """The EPUB's parts, read from its open archive (damage inside raises, for the caller)."""
    infos = archive.infolist()
    if not infos or infos[0].filename != "mimetype":
        return ["the EPUB's first entry is not 'mimetype'"]
    if archive.read("mimetype") != b"application/epub+zip":
        return ["the EPUB's mimetype is wrong"]
    names = set(archive.namelist())
    try:
        container = ElementTree.fromstring(archive.read("META-INF/container.xml"))
        rootfile = container.find(f".//{_CONTAINER_NS}rootfile")
        opf_path = rootfile.get("full-path", "") if rootfile is not None else ""
        package = ElementTree.fromstring(archive.read(opf_path))
    except (KeyError, ElementTree.ParseError) as error:
        return [f"the EPUB's container or package document is unreadable ({error})"]
    problems = []
    base = posixpath.dirname(opf_path)
    for item in package.iter(f"{_OPF_NS}item"):
        href = posixpath.normpath(posixpath.join(base, unquote(item.get("href", ""))))
        if href not in names:
            problems.append(f"the EPUB lists {href} but does not contain it")
        elif href.endswith((".xhtml", ".smil", ".opf", ".xml")):
            try:
                ElementTree.fromstring(archive.read(href))
            except ElementTree.ParseError as error:
                problems.append(f"the EPUB's {href} is not well-formed XML ({error})")
    return problems
