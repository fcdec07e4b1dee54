"""The EPUB 3: OCF container, package metadata, navigation and sentence-level media overlays."""

from __future__ import annotations

import io
import json
import posixpath
import re
import zipfile
from html import unescape
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from mutagen.mp3 import MP3

from pipeline.build import build_package
from pipeline.settings import Settings, Versions
from pipeline.stages.epub import smil_clock
from tests.conftest import SAMPLE
from tests.fakes import SilentEngine
from tests.packages import sample_package

OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
SMIL = "{http://www.w3.org/ns/SMIL}"
XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB_NS = "{http://www.idpf.org/2007/ops}"


def _clock(value: str) -> float:
    hours, minutes, seconds = value.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


@pytest.fixture(scope="module")
def book() -> tuple[zipfile.ZipFile, dict[str, Any]]:
    result = sample_package()
    path = result.package.folder / f"{result.package.folder.name}.epub"
    return zipfile.ZipFile(io.BytesIO(path.read_bytes())), result.package.manifest


def _package(archive: zipfile.ZipFile) -> ElementTree.Element:
    return ElementTree.fromstring(archive.read("EPUB/package.opf"))


def _meta(package: ElementTree.Element, prop: str) -> list[str]:
    return [m.text or "" for m in package.iter(f"{OPF}meta") if m.get("property") == prop]


def test_container_starts_with_an_uncompressed_mimetype(
    book: tuple[zipfile.ZipFile, dict[str, Any]],
) -> None:
    archive, _ = book
    first = archive.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert archive.read("mimetype") == b"application/epub+zip"
    container = ElementTree.fromstring(archive.read("META-INF/container.xml"))
    rootfile = container.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile")
    assert rootfile is not None and rootfile.get("full-path") == "EPUB/package.opf"


def test_package_document_carries_accessibility_metadata(
    book: tuple[zipfile.ZipFile, dict[str, Any]],
) -> None:
    archive, manifest = book
    package = _package(archive)
    assert package.get("version") == "3.0"
    assert package.findtext(f".//{DC}language") == "en"
    assert package.findtext(f".//{DC}title") == manifest["statement"]["title"]
    assert (package.findtext(f".//{DC}identifier") or "").startswith("urn:uuid:")
    assert set(_meta(package, "schema:accessMode")) == {"textual", "auditory"}
    # Listening alone is not enough: the title page, the grades and the version headings are
    # never spoken (test_bundle_honest_claims checks when it would be).
    assert {"textual", "textual,auditory"} == set(_meta(package, "schema:accessModeSufficient"))
    assert {
        "synchronizedAudioText",
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
    } <= set(_meta(package, "schema:accessibilityFeature"))
    assert _meta(package, "schema:accessibilityHazard") == ["none"]
    assert "synthetic voice" in _meta(package, "schema:accessibilitySummary")[0]
    # No conformance claim or certifier: no one evaluated this book against WCAG.
    assert not _meta(package, "dcterms:conformsTo") and not _meta(package, "a11y:certifiedBy")
    assert _meta(package, "media:narrator") == ["silent test engine (synthetic)"]
    assert _meta(package, "media:active-class") == ["-epub-media-overlay-active"]


def test_every_manifest_item_exists_and_the_spine_follows_the_sections(
    book: tuple[zipfile.ZipFile, dict[str, Any]],
) -> None:
    archive, manifest = book
    package = _package(archive)
    items = {i.get("id"): i for i in package.iter(f"{OPF}item")}
    names = set(archive.namelist())
    for item in items.values():
        assert f"EPUB/{item.get('href')}" in names
    title, *spine = [items[ref.get("idref")] for ref in package.iter(f"{OPF}itemref")]
    # The title page first: what the statement is, who reads it, and the summary.
    assert title.get("href") == "text/000-title.xhtml"
    assert len(spine) == len(manifest["sections"])
    for item, section in zip(spine, manifest["sections"], strict=True):
        doc = ElementTree.fromstring(archive.read(f"EPUB/{item.get('href')}"))
        assert doc.findtext(f".//{XHTML}h1") == section["title"]
        assert doc.get("lang") == "en"
    nav = ElementTree.fromstring(archive.read("EPUB/nav.xhtml"))
    toc = next(n for n in nav.iter(f"{XHTML}nav") if n.get(f"{EPUB_NS}type") == "toc")
    top = toc.find(f"{XHTML}ol")
    assert top is not None
    assert [li.findtext(f"{XHTML}a") for li in top.findall(f"{XHTML}li")] == [
        manifest["statement"]["title"],
        *(s["title"] for s in manifest["sections"]),
    ]
    # Under each section, its two versions: a reader goes to the original without paging
    # through the plain version (39 sections in a long speech, each read plain first).
    for li, item in zip(top.findall(f"{XHTML}li")[1:], spine, strict=True):
        versions = [(a.text, a.get("href")) for a in li.iter(f"{XHTML}a")][1:]
        href = str(item.get("href"))
        doc_id = "s-" + href.split("/")[-1].removesuffix(".xhtml")[4:]
        assert versions == [
            ("Plain language", f"{href}#{doc_id}-plain"),
            ("Original text", f"{href}#{doc_id}-original"),
        ]


def test_overlays_point_each_sentence_at_its_stretch_of_audio(
    book: tuple[zipfile.ZipFile, dict[str, Any]],
) -> None:
    archive, manifest = book
    package = _package(archive)
    items = {i.get("id"): i for i in package.iter(f"{OPF}item")}
    durations = {
        f"EPUB/{i.get('href')}": MP3(io.BytesIO(archive.read(f"EPUB/{i.get('href')}"))).info.length
        for i in items.values()
        if i.get("media-type") == "audio/mpeg"
    }
    declared = {
        m.get("refines"): m.text or ""
        for m in package.iter(f"{OPF}meta")
        if m.get("property") == "media:duration"
    }
    total = 0.0
    pars_seen = 0
    for item in items.values():
        overlay_id = item.get("media-overlay")
        if not overlay_id:
            continue
        overlay_item = items[overlay_id]
        smil_path = f"EPUB/{overlay_item.get('href')}"
        smil = ElementTree.fromstring(archive.read(smil_path))
        doc = ElementTree.fromstring(archive.read(f"EPUB/{item.get('href')}"))
        ids = {e.get("id") for e in doc.iter() if e.get("id")}
        overlay_sum = 0.0
        last_end: dict[str, float] = {}
        for par in smil.iter(f"{SMIL}par"):
            text = par.find(f"{SMIL}text")
            audio = par.find(f"{SMIL}audio")
            assert text is not None and audio is not None
            target = text.get("src", "")
            assert target.split("#")[1] in ids
            source = posixpath.normpath(
                posixpath.join(posixpath.dirname(smil_path), audio.get("src", ""))
            )
            begin, end = _clock(audio.get("clipBegin", "")), _clock(audio.get("clipEnd", ""))
            assert 0 <= begin < end <= durations[source] + 0.001
            assert begin >= last_end.get(source, 0.0) - 0.001  # no overlap, in order
            last_end[source] = end
            overlay_sum += end - begin
            pars_seen += 1
        assert _clock(declared[f"#{overlay_id}"]) == pytest.approx(overlay_sum, abs=0.002)
        total += overlay_sum
    assert _clock(declared[None]) == pytest.approx(total, abs=0.002)
    spoken = sum(
        1
        for s in manifest["sections"]
        for a in s["audio"].values()
        for t in a["sentences"]
        if t.get("kind", "sentence") in ("sentence", "announcement")
    )
    assert pars_seen >= 0.9 * spoken


def test_each_spoken_section_title_lights_the_section_heading(
    book: tuple[zipfile.ZipFile, dict[str, Any]],
) -> None:
    # The overlays skipped "Part 3: …": a reading system went from the plain version's last
    # sentence into the original's first with no heading lit and no title heard between them.
    # Then "Part 3: Criminal justice" lit "Original text", a heading without those words: it
    # lights the section's heading, once before each version.
    archive, manifest = book
    overlays = "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".smil"))
    announced = 0
    shared = 0
    for section in manifest["sections"]:
        for version, audio in section["audio"].items():
            if version == "plain" and section["plain_audio_is_original"]:
                shared += 1  # the same words, heard once: with the original text
                continue
            for timing in audio["sentences"]:
                if timing.get("kind") != "announcement":
                    continue
                announced += 1
                par = re.search(
                    rf'#s-{re.escape(section["id"])}-title"/>\s*'
                    rf'<audio src="[^"]+\.{version}\.mp3" '
                    r'clipBegin="([^"]+)" clipEnd="([^"]+)"',
                    overlays,
                )
                assert par is not None, (section["id"], version)
                assert _clock(par.group(1)) == pytest.approx(timing["start"], abs=0.001)
                assert _clock(par.group(2)) == pytest.approx(timing["end"], abs=0.001)
    assert announced >= 2 * (len(manifest["sections"]) - 1) - shared


def test_every_content_document_is_well_formed_xhtml(
    book: tuple[zipfile.ZipFile, dict[str, Any]],
) -> None:
    archive, _ = book
    for name in archive.namelist():
        if name.endswith((".xhtml", ".smil", ".opf", ".xml")):
            ElementTree.fromstring(archive.read(name))


def test_smil_clock_values() -> None:
    assert smil_clock(0) == "0:00:00.000"
    assert smil_clock(61.5) == "0:01:01.500"
    assert smil_clock(3723.0004) == "1:02:03.000"
    assert re.fullmatch(r"\d+:\d\d:\d\d\.\d{3}", smil_clock(59.9996))


def test_without_audio_the_book_has_text_and_no_overlays(tmp_path: Path) -> None:
    result = build_package(Settings(input_path=SAMPLE, output_dir=tmp_path, audio=False))
    archive = zipfile.ZipFile(result.package.folder / f"{result.package.folder.name}.epub")
    assert not [n for n in archive.namelist() if n.endswith((".smil", ".mp3"))]
    package = _package(archive)
    assert _meta(package, "schema:accessMode") == ["textual"]
    assert _meta(package, "schema:accessModeSufficient") == ["textual"]
    assert not _meta(package, "media:duration")


def test_original_only_overlays_cover_just_the_original(tmp_path: Path) -> None:
    settings = Settings(input_path=SAMPLE, output_dir=tmp_path, versions=Versions.ORIGINAL)
    result = build_package(settings, engine=SilentEngine())
    archive = zipfile.ZipFile(result.package.folder / f"{result.package.folder.name}.epub")
    audio = [n for n in archive.namelist() if n.endswith(".mp3")]
    assert audio and all(".original." in n for n in audio)
    for name in archive.namelist():
        if name.endswith(".smil"):
            targets = re.findall(r'<text src="[^"#]+#([^"]+)"', archive.read(name).decode())
            assert targets and all(
                t.startswith("o") or re.fullmatch(r"s-.+-title", t) for t in targets
            )
    # The plain version is in the book but never spoken: listening alone is not enough, on
    # the book or on the page.
    package = _package(archive)
    assert set(_meta(package, "schema:accessModeSufficient")) == {"textual", "textual,auditory"}
    page = (result.package.folder / "index.html").read_text(encoding="utf-8")
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert ld is not None
    sufficient = [
        item["itemListElement"] for item in json.loads(ld.group(1))["accessModeSufficient"]
    ]
    assert sufficient == [["textual"]]


@pytest.mark.slow
def test_real_piper_voice_overlays_and_captions_fit_the_audio(tmp_path: Path) -> None:
    """With real speech the MP3 lengths come from the encoder: every clip must still fit inside."""
    from pipeline.check import check_package
    from pipeline.engines import get_engine

    engine = get_engine("piper", "en")
    source = tmp_path / "water.txt"
    source.write_text(
        "Statement on water safety\n\nThe council met on 3 May 2024. It agreed to test the water "
        "in every school by June. Parents will get the results by letter.\n",
        encoding="utf-8",
    )
    result = build_package(Settings(input_path=source, output_dir=tmp_path / "out"), engine=engine)
    assert check_package(result.package.zip_path).ok
    archive = zipfile.ZipFile(result.package.folder / "water.epub")
    lengths = {
        n: MP3(io.BytesIO(archive.read(n))).info.length
        for n in archive.namelist()
        if n.endswith(".mp3")
    }
    ends = [
        (f"EPUB/audio/{m.group(1)}", _clock(m.group(2)))
        for n in archive.namelist()
        if n.endswith(".smil")
        for m in re.finditer(
            r'<audio src="\.\./audio/([^"]+)" clipBegin="[^"]+" clipEnd="([^"]+)"',
            archive.read(n).decode(),
        )
    ]
    assert len(ends) >= 4
    assert all(end <= lengths[name] + 0.001 for name, end in ends)


def test_characters_xml_cannot_hold_are_left_out_of_the_book(tmp_path: Path) -> None:
    # U+FFFE and U+FFFF pass the reader; in a content document they made it not well-formed
    # XML (EPUBCheck: FATAL RSC-016), so `plainvoice check` failed on a fresh package.
    statement = tmp_path / "odd.txt"
    statement.write_text(
        "Statement on odd \ufffe characters\n\nWe will act\uffff now. The board agreed.\n",
        encoding="utf-8",
    )
    result = build_package(Settings(input_path=statement, output_dir=tmp_path, audio=False))
    archive = zipfile.ZipFile(result.package.folder / f"{result.package.folder.name}.epub")
    for name in archive.namelist():
        if name.endswith((".xhtml", ".smil", ".opf", ".xml")):
            ElementTree.fromstring(archive.read(name))
    text = " ".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".xhtml"))
    assert "We will act now." in text


def test_accessibility_summary_claims_nothing_the_book_lacks(
    book: tuple[zipfile.ZipFile, dict[str, Any]],
) -> None:
    """The book has no glossary and no caption files (the web page has both); its summary
    said it had them."""
    archive, _ = book
    summary = _meta(_package(archive), "schema:accessibilitySummary")[0]
    texts = " ".join(archive.read(n).decode() for n in archive.namelist() if n.endswith("xhtml"))
    assert "glossary" not in texts.lower() and not any(
        n.endswith(".vtt") for n in archive.namelist()
    )
    assert "glossary" not in summary and "captions" not in summary
    assert "Each version can be heard" in summary and "highlighted" in summary


def test_a_link_in_the_sentence_being_read_takes_the_highlight_colours(
    book: tuple[zipfile.ZipFile, dict[str, Any]],
) -> None:
    # The reading system's link colour stayed on the pale highlight (#fff3b0), where a night
    # mode's light link colour is unreadable.
    archive, _ = book
    css = archive.read("EPUB/style.css").decode()
    assert ".-epub-media-overlay-active { background-color: #fff3b0; color: #000000; }" in css
    assert ".-epub-media-overlay-active a { color: inherit; }" in css


def test_a_book_without_overlays_declares_no_unused_read_along_style(tmp_path: Path) -> None:
    """EPUBCheck's CSS-029: a class the book never uses."""
    result = build_package(Settings(input_path=SAMPLE, output_dir=tmp_path, audio=False))
    archive = zipfile.ZipFile(result.package.folder / f"{result.package.folder.name}.epub")
    assert "-epub-media-overlay-active" not in archive.read("EPUB/style.css").decode()


def test_the_book_shows_numbered_paragraphs_with_their_own_numbers(tmp_path: Path) -> None:
    from tests.test_bundle import NUMBERED_STATEMENT

    source = tmp_path / "numbered.txt"
    source.write_text(NUMBERED_STATEMENT, encoding="utf-8")
    folder = build_package(
        Settings(input_path=source, output_dir=tmp_path / "out", audio=False)
    ).package.folder
    with zipfile.ZipFile(next(folder.glob("*.epub"))) as book:
        texts = [book.read(name).decode() for name in book.namelist() if "/text/" in name]
    body = "".join(texts)
    assert '<li value="1"><span id=' in body and '<li value="2"><span id=' in body
    assert '<ol class="marks">\n<li><span class="marker">(a)</span> <span id=' in body
    for text in texts:
        ElementTree.fromstring(text.split("\n", 1)[1].split("\n", 1)[1])  # still XHTML


def test_each_section_names_the_formula_its_grades_are_from(
    book: tuple[zipfile.ZipFile, dict[str, Any]], tmp_path: Path
) -> None:
    """The book said "about grade 9" and never which formula, where the page names it."""
    archive, _ = book
    scores = [
        re.search(r'<p class="score"[^>]*>(.*?)</p>', archive.read(name).decode(), re.S)
        for name in archive.namelist()
        if name.startswith("EPUB/text/") and not name.endswith("000-title.xhtml")
    ]
    assert scores and all(
        s is not None and s[1].endswith(". Grade by Flesch-Kincaid (English).") for s in scores
    )
    statement = tmp_path / "annonce.txt"
    statement.write_text(
        "Annonce du ministère\n\nLe ministère commencera la construction du nouveau port en "
        "juin. Les travaux coûteront quarante millions d'euros.\n",
        encoding="utf-8",
    )
    settings = Settings(input_path=statement, output_dir=tmp_path, audio=False, language="fr")
    result = build_package(settings)
    french = zipfile.ZipFile(result.package.folder / f"{result.package.folder.name}.epub")
    texts = [
        unescape(french.read(n).decode())
        for n in french.namelist()
        if n.startswith("EPUB/text/") and not n.endswith("000-title.xhtml")
    ]
    note = "Grade by Kandel-Moles reading ease (French), on Flesch's table of school grades."
    assert texts and all(note in text for text in texts)
    # Said in English, as the rest of the book's own words are, inside a French book.
    assert all('<p class="score" lang="en" xml:lang="en">' in text for text in texts)
