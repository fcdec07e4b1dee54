"""The package's web page, captions, playlist and metadata, built with the silent engine."""

from __future__ import annotations

import itertools
import json
import re
import zipfile
from dataclasses import replace
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from pipeline.build import build_package
from pipeline.models import AudioClip, SentenceTiming
from pipeline.settings import Settings
from pipeline.stages import readalong
from pipeline.text import format_size
from tests.conftest import SAMPLE
from tests.fakes import SilentEngine
from tests.packages import sample_package
from tests.test_load import JURY_TABLE

CUE_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d\.\d{3}) --> (\d\d):(\d\d):(\d\d\.\d{3})$")


class _Page(HTMLParser):
    """Elements with their attributes, the JSON-LD text, and the text of each sentence span."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.json_ld = ""
        self.spans: list[dict[str, Any]] = []
        self._in_ld = False
        self._span_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.elements.append((tag, values))
        self._in_ld = tag == "script" and values.get("type") == "application/ld+json"
        if tag == "span" and values.get("class") == "s":
            self.spans.append({"attrs": values, "text": ""})
            self._span_depth = 1
        elif tag == "span" and self._span_depth:
            self._span_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_ld = False
        if tag == "span" and self._span_depth:
            self._span_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.json_ld += data
        if self._span_depth:
            self.spans[-1]["text"] += data

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.elements if name == tag]


@pytest.fixture(scope="module")
def built() -> tuple[Path, dict[str, Any], _Page]:
    result = sample_package()
    folder = result.package.folder
    page = _Page()
    page.feed((folder / "index.html").read_text(encoding="utf-8"))
    return folder, result.package.manifest, page


def _clips(manifest: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (version, audio)
        for section in manifest["sections"]
        for version, audio in section["audio"].items()
    ]


def _seconds(h: str, m: str, s: str) -> float:
    return int(h) * 3600 + int(m) * 60 + float(s)


def test_every_clip_has_webvtt_captions_timed_from_synthesis(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    folder, manifest, _ = built
    clips = _clips(manifest)
    assert len(clips) == 2 * len(manifest["sections"])
    for _, audio in clips:
        vtt = (folder / audio["path"]).with_suffix(".vtt").read_text(encoding="utf-8")
        assert vtt.startswith("WEBVTT\n\n")
        cues = [c for c in vtt.split("\n\n")[1:] if c.strip()]
        times = []
        for cue in cues:
            lines = cue.split("\n")
            match = CUE_TIME.match(lines[1])
            assert match, lines
            start, end = _seconds(*match.groups()[:3]), _seconds(*match.groups()[3:])
            assert start < end <= audio["duration_seconds"] + 0.001
            text = [line for line in lines[2:] if line]
            assert 1 <= len(text) <= 2 and all(len(line) <= 42 for line in text), text
            times.append((start, end))
        assert times == sorted(times)
        assert all(a[1] <= b[0] + 0.001 for a, b in itertools.pairwise(times))
        first = audio["sentences"][0]
        assert times[0][0] == pytest.approx(first["start"], abs=0.001)


def test_long_sentences_are_shared_over_cues_and_markup_is_escaped() -> None:
    sentence = "The <b>committee</b> & its partners " + "agreed to act on this now " * 6
    clip = AudioClip(
        "s", "plain", Path("s.plain.mp3"), 20.0, (SentenceTiming(sentence, 1.0, 13.0),)
    )
    vtt = readalong.webvtt(clip)
    cues = [c.split("\n") for c in vtt.split("\n\n")[1:] if c.strip()]
    assert len(cues) >= 2
    assert cues[0][1].startswith("00:00:01.000 --> ") and cues[-1][1].endswith(" --> 00:00:13.000")
    assert "&lt;b&gt;committee&lt;/b&gt; &amp;" in vtt and "<b>" not in vtt
    words = " ".join(line for c in cues for line in c[2:] if line)
    assert words.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == " ".join(
        sentence.split()
    )


def test_playlist_plays_every_clip_in_reading_order(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    folder, manifest, _ = built
    lines = (folder / "playlist.m3u8").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#EXTM3U"
    paths = [line for line in lines if not line.startswith("#")]
    expected = [s["audio"][v]["path"] for s in manifest["sections"] for v in ("plain", "original")]
    # A plain version with its original's words ("Thank you.") is the original's MP3: once.
    assert paths == list(dict.fromkeys(expected))
    assert all((folder / p).is_file() for p in paths)
    assert sum(line.startswith("#EXTINF:") for line in lines) == len(paths)


def test_each_section_has_both_versions_with_audio_and_captions(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    folder, manifest, page = built
    audios = page.all("audio")
    tracks = page.all("track")
    # Each section's two players (one when its plain words are its original's, "Thank you."),
    # and one for each whole-statement MP3.
    wholes = len(manifest["statement_audio"])
    shared = sum(section["plain_audio_is_original"] for section in manifest["sections"])
    assert shared == 1
    assert len(audios) == len(tracks) == 2 * len(manifest["sections"]) - shared + wholes
    for track in tracks:
        assert track["kind"] == "captions" and track["srclang"] == "en" and track["label"]
        assert (folder / str(track["src"])).is_file()
    for audio in audios:
        assert "controls" in audio
        assert (folder / str(audio["src"])).is_file()


def test_sentences_carry_the_times_they_are_heard(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    _, manifest, page = built
    timed = [s for s in page.spans if s["attrs"].get("data-start") is not None]
    heard = {
        (round(t["start"], 3), " ".join(t["text"].split()))
        for _, audio in _clips(manifest)
        for t in audio["sentences"]
    }
    assert len(timed) > 40
    plain_timed = [s for s in timed if "<" not in s["text"]]
    for span in plain_timed:
        start = float(str(span["attrs"]["data-start"]))
        assert float(str(span["attrs"]["data-end"])) > start
    # Every sentence span that is a single sentence matches a timing of the same text and start.
    matched = sum(
        (round(float(str(s["attrs"]["data-start"])), 3), " ".join(s["text"].split())) in heard
        for s in timed
    )
    assert matched >= 0.9 * len(timed)


def test_json_ld_states_the_accessibility_of_the_package(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    _, _, page = built
    data = json.loads(page.json_ld)
    assert data["@context"] == "https://schema.org"
    assert set(data["accessMode"]) == {"textual", "auditory"}
    sufficient = [tuple(item["itemListElement"]) for item in data["accessModeSufficient"]]
    assert sufficient == [("textual",)]  # the page's headings and notes are not spoken
    assert {
        "synchronizedAudioText",
        "transcript",
        "captions",
        "structuralNavigation",
        "readingOrder",
    } <= set(data["accessibilityFeature"])
    assert data["accessibilityHazard"] == ["none"]
    assert "synthetic voice" in data["accessibilitySummary"]
    assert data["inLanguage"] == "en" and data["author"]["name"] == "Jürgen Stock"
    assert all(
        m["description"].startswith("Read by a synthetic voice") for m in data["associatedMedia"]
    )


def test_page_discloses_the_synthetic_voice_naming_engine_and_voice(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    folder, _, _ = built
    text = (folder / "index.html").read_text(encoding="utf-8")
    assert "synthetic (computer-made) voice" in text
    assert "silent test engine (synthetic)" in text and "silent speech engine" in text


def test_glossary_explains_acronyms_and_hard_words(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    folder, _, _ = built
    text = (folder / "index.html").read_text(encoding="utf-8")
    assert 'id="glossary"' in text
    assert re.search(
        r"<dt><abbr>INTERPOL</abbr></dt><dd>International Criminal Police Organization</dd>", text
    )
    assert "<dt>unprecedented</dt>" in text


def test_glossary_pairs_the_originals_words_with_the_plain_versions() -> None:
    """A rule's note is no term, and a word rewritten twice is told from first to last."""
    from pipeline.build import prepare_statement
    from pipeline.stages.bundle import glossary

    prepared = prepare_statement(Settings(input_path=SAMPLE, audio=False))
    entries = {e["term"]: e["meaning"] for e in glossary(prepared.results)}
    # "enabled the identification and rescue of" became "allowed …", then "helped identify …".
    assert entries["enabled the identification and rescue of"] == "helped identify and rescue"
    assert entries["illicit production and marketing of"] == "the illegal making and selling of"
    assert "enabled" not in entries  # "allowed" is not in the plain version
    assert "greeting" not in entries and not any("enable x" in term for term in entries)
    assert entries["some"] == "about (before a number)"


def test_grade_chart_is_decoration_beside_a_caption_that_says_the_grades(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    # The chart was an image named "Reading grade: original 18, plain version 6." above a
    # caption saying "about grade 18 … about grade 6": a screen reader read the grades twice.
    _, manifest, page = built
    charts = page.all("svg")
    assert len(charts) == len(manifest["sections"])
    for chart in charts:
        assert chart["aria-hidden"] == "true" and "role" not in chart
    assert len(page.all("title")) == 1  # the page's own <title> only


def test_grade_chart_says_the_number_its_caption_says(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    """The bar's label and the verdict under it round the same grade (the greeting's 15.45)."""
    folder, _, _ = built
    text = (folder / "index.html").read_text(encoding="utf-8")
    charts = re.findall(
        r'<svg aria-hidden="true".*?y="20">(\d+)</text>.*?y="48">(\d+)</text>.*?'
        r"<figcaption>Original: about grade (\d+):[^.]*\. Plain version: about grade (\d+):",
        text,
        flags=re.S,
    )
    assert len(charts) >= 6
    for original, plain, said_original, said_plain in charts:
        assert (original, plain) == (said_original, said_plain)


def test_each_clip_length_is_said_as_the_player_shows_it(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    """Chromium shows 55.6 s as 0:55, so the words beside its player say 55 seconds, not 56."""
    folder, manifest, _ = built
    durations = {audio["path"]: audio["duration_seconds"] for _, audio in _clips(manifest)}
    text = (folder / "index.html").read_text(encoding="utf-8")
    said = re.findall(r'Audio, ([^:<]+): <a href="(audio/[^"]+\.mp3)"', text)
    assert {path for _, path in said} == set(durations)
    for words, path in said:
        minutes, seconds = divmod(max(1, int(durations[path])), 60)
        expected = f"{minutes} min {seconds} s" if minutes else f"{seconds} seconds"
        assert words == expected, (path, durations[path])


def test_downloads_name_their_sizes_and_the_zip_size_is_true(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    folder, _, _ = built
    text = (folder / "index.html").read_text(encoding="utf-8")
    downloads = re.findall(r'<li><a href="([^"]+)">[^<]+</a> \(([^,]+), ([^;)]+)', text)
    hrefs = {href for href, _, _ in downloads}
    assert {"plain.txt", "statement.txt", f"{folder.name}.epub", "playlist.m3u8"} <= hrefs
    assert sum(h.endswith(".mp3") for h in hrefs) == len(list((folder / "audio").glob("*.mp3")))
    for href, _, size in downloads:
        target = (
            folder.parent / href.removeprefix("../") if href.startswith("../") else folder / href
        )
        assert size == format_size(target.stat().st_size), href


def test_same_input_and_audio_give_byte_identical_folder_and_zip(tmp_path: Path) -> None:
    first = build_package(
        Settings(input_path=SAMPLE, output_dir=tmp_path / "a"), engine=SilentEngine()
    )
    second = build_package(
        Settings(input_path=SAMPLE, output_dir=tmp_path / "b"), engine=SilentEngine()
    )
    a, b = first.package.folder, second.package.folder
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for name in files_a:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert first.package.zip_path.read_bytes() == second.package.zip_path.read_bytes()
    with zipfile.ZipFile(first.package.zip_path) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_markup_in_the_statement_is_shown_as_text_never_run(tmp_path: Path) -> None:
    source = (
        b"A statement on safety\n\nWe will publish the <script>alert(1)</script> report "
        b"on **1 March 2025**. The council met. Everyone agreed.\n"
    )
    result = build_package(
        Settings(input_path=None, output_dir=tmp_path), engine=SilentEngine(), stdin=source
    )
    folder = result.package.folder
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<strong>1 March 2025</strong>" in html
    epub = zipfile.ZipFile(next(folder.glob("*.epub")))
    texts = [epub.read(n).decode() for n in epub.namelist() if n.endswith(".xhtml")]
    assert not any("<script>alert" in t for t in texts)


def test_without_audio_the_page_has_text_but_no_players(tmp_path: Path) -> None:
    result = build_package(Settings(input_path=SAMPLE, output_dir=tmp_path, audio=False))
    folder = result.package.folder
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert "<audio" not in html and "<track" not in html and "data-start" not in html
    assert "This package has no audio." in html
    assert not (folder / "playlist.m3u8").exists()
    # No empty audio folder for a reader to open and wonder at.
    assert not (folder / "audio").exists()
    with zipfile.ZipFile(result.package.zip_path) as archive:
        assert not [name for name in archive.namelist() if "/audio/" in name]
    # The book's link promised "read-along audio" the book did not have (WCAG 2.4.4).
    assert "read-along audio" not in html and ">EPUB 3 book (text only)</a>" in html
    assert '"accessMode": [\n  "textual"\n ]' in html


def test_files_other_stages_add_are_offered_as_downloads(tmp_path: Path) -> None:
    from pipeline.stages.bundle import _other_files

    (tmp_path / "audio").mkdir()
    (tmp_path / "summary.md").write_text("# In short\n")
    (tmp_path / "audio" / "whole.mp3").write_bytes(b"\xff" * 2000)
    (tmp_path / "audio" / "whole.vtt").write_text("WEBVTT\n")
    (tmp_path / "index.html").write_text("<!DOCTYPE html>")
    (tmp_path / "plain.txt").write_text("listed already")
    listed = [{"href": "plain.txt", "label": "Plain", "kind": "text", "size": "14 bytes"}]
    others = _other_files(tmp_path, listed)
    assert [(o["href"], o["kind"], o["size"]) for o in others] == [
        ("audio/whole.mp3", "MP3", "2 kB"),
        ("summary.md", "Markdown text", "11 bytes"),
    ]
    assert [o["label"] for o in others] == [
        "whole.mp3",
        "Summary in plain language, for a web page",
    ]


def test_every_download_link_says_what_its_file_is(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    # A screen reader's list of links read "statement.plain.mp3", "plain.md", "summary.md"
    # and "summary.txt": file names, where every other link said what it was.
    import re

    folder, _, _ = built
    html = (folder / "index.html").read_text(encoding="utf-8")
    downloads = html[html.index('<ul class="downloads">') :]
    downloads = downloads[: downloads.index("</ul>")]
    labels = re.findall(r'<a href="([^"]+)">([^<]+)</a>', downloads)
    assert labels and all(label != href.rsplit("/", 1)[-1] for href, label in labels), labels
    # plain.md is an editor's file: it is listed under "For editors" (test_bundle_editors).
    editors = html[html.index('<ul class="editor-files">') :]
    editors = editors[: editors.index("</ul>")]
    assert ("plain.md", "Plain-language text to edit and feed back (--plain-from)") in re.findall(
        r'<a href="([^"]+)">([^<]+)</a>', editors
    )


def test_a_grade_below_zero_is_shown_as_zero(built: tuple[Path, dict[str, Any], _Page]) -> None:
    folder, manifest, _ = built
    closing = manifest["sections"][-1]
    assert (
        closing["kind"] == "closing"
        and closing["readability"]["original"]["flesch_kincaid_grade"] < 0
    )
    html = (folder / "index.html").read_text(encoding="utf-8")
    chart = html[html.index(f'<section aria-labelledby="{closing["id"]}">') :]
    chart = chart[: chart.index("</figure>")]
    assert re.findall(r'y="(?:20|48)">(-?\d+)</text>', chart) == ["0", "0"]
    assert "Original: about grade 0:" in chart and "Plain version: about grade 0:" in chart


def test_a_section_left_as_written_says_so_in_its_guard_record() -> None:
    from pipeline.models import Paragraph, Section, SectionKind
    from pipeline.stages.bundle import guard_record
    from pipeline.stages.simplify import simplify_section

    sentence = "Nous devons agir ensemble, maintenant, pour la paix au Sahel."
    section = Section("03-paix", 3, SectionKind.BODY, "Paix", (Paragraph(sentence),), (sentence,))
    french = guard_record(simplify_section(section, "fr"))
    assert french["rewritten"] is False and french["passed"] is True
    assert french["status"] == "left as written (the plain-language rules are for English)"
    english = Section("03-peace", 3, SectionKind.BODY, "Peace", (Paragraph("We act now."),),
                      ("We act now.",))  # fmt: skip
    assert guard_record(simplify_section(english, "en"))["rewritten"] is True


def test_templates_compile_ahead_and_once() -> None:
    from pipeline.stages import bundle, epub

    bundle.load_templates()  # every name the page and the book use exists
    environments = (bundle._html_environment(), epub._environment())
    compiled: list[str] = []
    for env in environments:
        assert env.cache is not None  # None only when built with cache_size=0
        compiled += [name for _, name in list(env.cache.keys())]
    assert sorted(compiled) == sorted(["package.html", *epub.EPUB_TEMPLATES])
    # The page is rendered twice a run; both renderings share one compiled template.
    assert bundle._html_environment() is bundle._html_environment()


def test_a_word_longer_than_a_caption_line_is_cut_to_fit() -> None:
    # "Please visit https://example.org/aaaa…" (400 characters) was one caption line.
    address = "https://example.org/" + "a" * 380
    clip = AudioClip(
        "s",
        "plain",
        Path("s.plain.mp3"),
        20.0,
        (SentenceTiming(f"Please visit {address} today.", 1.0, 13.0),),
    )
    cues = [c.split("\n") for c in readalong.webvtt(clip).split("\n\n")[1:] if c.strip()]
    lines = [line for cue in cues for line in cue[2:] if line]
    assert all(len(line) <= readalong.VTT_LINE for line in lines), lines
    assert "".join(lines).replace(" ", "") == f"Pleasevisit{address}today."


def test_each_player_says_which_section_and_version_it_plays(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    """A screen reader lists twelve players; each must say which it is, not just "audio"."""
    folder, manifest, page = built
    html = (folder / "index.html").read_text(encoding="utf-8")
    # The name is a hidden span's text, not an attribute: a title is never put in an attribute.
    hidden = dict(re.findall(r'<span id="([^"]+)" hidden>([^<]*)</span>', html))
    names = [
        unescape(hidden.get(str(audio.get("aria-labelledby")), ""))
        for audio in page.all("audio")
        if not str(audio.get("id")).startswith("whole-")  # see test_bundle_editors
    ]
    expected = [
        f"{section['title']}: {label} audio"
        for section in manifest["sections"]
        for label in ("plain language", "original text")
        if not (label == "plain language" and section["plain_audio_is_original"])
    ]
    assert names == expected


def test_links_with_the_same_name_go_to_the_same_file(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    """Twelve links all named "MP3" (and twelve "captions (WebVTT)") failed WCAG 2.4.4: a
    links list gave no way to tell them apart. Each now names its section and version."""
    folder, _, _ = built
    html = (folder / "index.html").read_text(encoding="utf-8")
    targets: dict[str, set[str]] = {}
    for href, inner in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', html, flags=re.S):
        name = " ".join(re.sub(r"<[^>]+>", "", inner).split())
        targets.setdefault(name, set()).add(href)
    assert {name: hrefs for name, hrefs in targets.items() if len(hrefs) > 1} == {}
    assert "MP3 of Greeting, plain language" in targets


def test_the_page_prints_text_without_players_or_screen_only_parts(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    """On paper a player is an empty box and the skip link and file links lead nowhere."""
    folder, _, _ = built
    html = (folder / "index.html").read_text(encoding="utf-8")
    found = re.search(r"@media print \{(.*?)\n\}", html, flags=re.S)
    assert found, "no print stylesheet"
    hidden = re.search(r"([^{}]+)\{ display: none", found.group(1))
    assert hidden
    selectors = {part.strip() for part in hidden.group(1).split(",")}
    assert {".skip", "audio", ".hint", ".audio-files"} <= selectors
    assert "--bg: #ffffff" in found.group(1)  # black on white even from a dark-scheme browser


def test_a_statement_without_facts_has_no_empty_list_and_claims_no_glossary(
    tmp_path: Path,
) -> None:
    """An empty <dl> was announced as "list, 0 items"; the summary promised a glossary the
    page did not have."""
    source = b"The council met on Monday. Everyone agreed to meet again.\n"
    result = build_package(
        Settings(input_path=None, output_dir=tmp_path, audio=False), stdin=source
    )
    html = (result.package.folder / "index.html").read_text(encoding="utf-8")
    assert '<dl class="facts">' not in html
    assert 'id="glossary"' not in html
    page = _Page()
    page.feed(html)
    assert "glossary" not in json.loads(page.json_ld)["accessibilitySummary"]


def test_accessibility_summary_names_only_what_the_document_has() -> None:
    from pipeline.stages.bundle import accessibility_summary

    both = accessibility_summary({"plain", "original"}, has_glossary=True, has_captions=True)
    assert "glossary" in both and "Each version can be heard" in both and "captions" in both
    book = accessibility_summary({"plain", "original"}, has_glossary=False, has_captions=False)
    assert "glossary" not in book and "captions" not in book
    plain = accessibility_summary({"plain"}, has_glossary=False, has_captions=True)
    assert "The plain-language version can be heard" in plain and "Each" not in plain
    silent = accessibility_summary(set(), has_glossary=False, has_captions=False)
    assert "heard" not in silent and "table of contents" in silent


def _french_package(tmp_path: Path, title_block: str = "") -> Path:
    """A short French statement built without audio; returns the package folder."""
    source = (
        title_block
        + "Monsieur le Président,\n\n"
        + "Le gouvernement soutient la paix et la coopération entre les peuples. " * 6
        + "\n\nJe vous remercie.\n"
    ).encode()
    result = build_package(
        Settings(input_path=None, output_dir=tmp_path, audio=False, language="fr"), stdin=source
    )
    return result.package.folder


def test_only_the_title_is_marked_as_the_statements_language(tmp_path: Path) -> None:
    """The "by Jean Dupont" after the title is the page's English: with the whole h1
    lang="fr", a screen reader read "by" as French."""
    folder = _french_package(
        tmp_path, "Déclaration (Seul le prononcé fait foi) par\n\nJean Dupont, Ministre\n\n"
    )
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="statement-title"><span lang="fr">Déclaration</span> by Jean Dupont</h1>' in html


def test_a_statement_the_rules_do_not_rewrite_is_not_called_a_plain_version(
    tmp_path: Path,
) -> None:
    """A French statement is left as written; plain.txt, plain.md and the page had called
    that text the plain-language version, with a grade for it."""
    folder = _french_package(tmp_path)
    plain_txt = (folder / "plain.txt").read_text(encoding="utf-8")
    assert plain_txt.splitlines()[0].endswith(
        "— text as written (the plain-language rules are for English)"
    )
    assert "plain-language rules are for English" in (folder / "plain.md").read_text("utf-8")
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert "No plain-language version was written" in html
    assert "The plain-language version: about grade" not in html
    sections = json.loads((folder / "manifest.json").read_text("utf-8"))["sections"]
    assert html.count('<p class="note">Not rewritten:') == len(sections)
    # The footer said "The plain version was written by rules" here too.
    footer = " ".join(html.partition("<footer")[2].split())
    assert "written by rules" not in footer
    assert "The plain column gives the text as written: the rules are for English." in footer
    # And the book, whose "Plain language" heading sat over the text as written, says so.
    book = zipfile.ZipFile(folder / f"{folder.name}.epub")
    texts = [
        book.read(n).decode()
        for n in book.namelist()
        if n.startswith("EPUB/text/") and not n.endswith("000-title.xhtml")
    ]
    note = '<p class="note" lang="en" xml:lang="en">Not rewritten: the plain-language rules'
    assert texts and all(note in text for text in texts)


def test_the_footer_says_who_wrote_each_sections_plain_version() -> None:
    """The footer said "written by rules" of every page: French ones, where the rules do not
    run, and sections a person rewrote."""
    from pipeline.models import LEFT_AS_WRITTEN, NOT_REWRITTEN, FactCheck, PlainSection
    from pipeline.stages.bundle import plain_credit

    ruled = PlainSection("s", ("A.",), ("A.",), ("commence → start",), FactCheck((), ()))
    edited = replace(ruled, reviewed=True)
    left = replace(ruled, changes=(NOT_REWRITTEN,))
    own = replace(left, reviewed=True)
    mixed = replace(ruled, changes=(f"{LEFT_AS_WRITTEN} (fr): Le gouvernement",))
    checked = "checked to keep every number, date and name"
    as_written = "The plain column gives the text as written: the rules are for English."
    assert plain_credit([ruled, ruled]) == f"The plain version was written by rules and {checked}."
    assert plain_credit([ruled], "llm") == (
        f"The plain version was written by the llm rewriter and {checked}."
    )
    assert plain_credit([ruled, edited, ruled]) == (
        f"The plain version was written by rules and {checked}; a person then edited 1 of "
        "those sections."
    )
    assert plain_credit([edited]) == (
        f"The plain version was written by rules and {checked}; a person then edited it."
    )
    assert plain_credit([left, left]) == as_written
    assert plain_credit([own]) == f"The plain version was written by a person and {checked}."
    assert plain_credit([own, left, left]) == (
        f"The plain version was written by a person in 1 of its 3 sections and {checked}. "
        "The plain column of 2 sections gives the text as written: the rules are for English."
    )
    assert plain_credit([ruled, mixed]) == (
        f"The plain version was written by rules and {checked}. "
        "Paragraphs in another language are given as written."
    )


def test_each_text_with_audio_has_one_toggle_and_no_sentence_is_a_control(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    # Every sentence was made a button: a screen reader said "button" before each of them.
    # Now the sentences are text; one toggle per text makes them choosable from the keyboard.
    _, manifest, page = built
    texts = [a for a in page.all("div") if a.get("class") == "text" and a.get("data-audio")]
    toggles = [a for a in page.all("button") if a.get("class") == "pick"]
    assert len(texts) == len(_clips(manifest)) == len(toggles) == 12
    assert sorted(str(t["aria-controls"]) for t in toggles) == sorted(str(t["id"]) for t in texts)
    for toggle in toggles:
        assert toggle["type"] == "button" and toggle["aria-pressed"] == "false"
        assert "hidden" in toggle  # shown by the script, which makes it work
    assert page.spans and not any(
        "role" in span["attrs"] or "tabindex" in span["attrs"] for span in page.spans
    )


def _section_html(html: str, section_id: str) -> str:
    start = html.index(f'<section aria-labelledby="{section_id}">')
    return html[start : html.index("</section>", start)]


def test_a_fact_an_edit_lost_is_said_beside_its_section(tmp_path: Path) -> None:
    # The page said only "Fact check: reviewed by a person (fact check warnings)": which date
    # the edit lost was in manifest.json.
    settings = Settings(input_path=SAMPLE, output_dir=tmp_path, audio=False)
    first = build_package(settings)
    plain_md = first.package.folder / "plain.md"
    edited = tmp_path / "edited.md"
    text = plain_md.read_text(encoding="utf-8")
    assert "on 7-9 March 2021." in text
    edited.write_text(text.replace("on 7-9 March 2021.", "on 8-9 March 2021."), "utf-8")
    second = build_package(replace(settings, plain_from=edited))
    html = (second.package.folder / "index.html").read_text(encoding="utf-8")
    about = _section_html(html, "01-about-this-statement")
    assert '<div class="guard-warning" id="01-about-this-statement-fact-check" role="note"' in about
    assert "The edited plain version does not have “7-9”, which the original has." in about
    assert "The edited plain version has “8-9”, which the original does not." in about
    # The warning comes before the plain text it is about, after the column's heading.
    assert about.index("Plain language") < about.index("“7-9”") < about.index('class="text"')
    # One beside the section, one at the top of the page that links to it.
    assert html.count('class="guard-warning"') == 2
    assert "Fact check: every fact kept." in _section_html(html, "03-criminal-justice")


def test_guard_notes_say_what_was_lost_and_nothing_when_all_was_kept() -> None:
    from pipeline.models import FactCheck, Paragraph, PlainSection, Section, SectionKind
    from pipeline.stages.bundle import guard_notes
    from pipeline.stages.simplify import simplify_section
    from tests.test_rewriters import NumberDropper

    kept = PlainSection("s", ("A.",), ("A.",), (), FactCheck(("2021",), ()))
    assert guard_notes(kept) == ()
    # The rewriter lost a figure: the section is published as written, and the page says so.
    text = "Last year 1,204 people died on our roads."
    section = Section("01-x", 1, SectionKind.BODY, "X", (Paragraph(text),), (text,))
    (note,) = guard_notes(simplify_section(section, "en", rewriter=NumberDropper()))
    assert note == (
        "The plain-language rewrite of this section left out “1,204”, so the section is "
        "shown here in its original wording."
    )
    one = replace(
        kept,
        fallbacks=(
            "plain_words: Channels remained open, operational support to 194 countries unabated.",
        ),
    )
    assert guard_notes(one) == (
        "One sentence is shown in its original wording, because its plain rewrite lost a "
        "number, name or other fact: “Channels remained open, operational support to 194 countries …”.",
    )
    edited = replace(kept, reviewed=True, facts=FactCheck(("not",), ("not", *"ABCDEFG"), ()))
    assert guard_notes(edited) == (
        "The edited plain version does not have the word “not”, “A”, “B”, “C”, “D”, “E” "
        "and 2 more, which the original has.",
    )


NUMBERED_STATEMENT = (
    "Statement by the President of the Security Council\n\nS/PRST/2025/4\n\n"
    "The President of the Security Council made the following statement on behalf of the "
    "Council:\n\n"
    "1. The Security Council reaffirms its primary responsibility for the maintenance of "
    "international peace and security.\n\n"
    "2. The Security Council notes that 2024 was the deadliest year on record for aid "
    "workers, with 281 killed.\n\n"
    "3. The Council demands that all parties comply with their obligations:\n"
    "(a) protect humanitarian personnel;\n"
    "(b) hold those responsible accountable.\n"
)


def test_numbered_paragraphs_keep_their_numbers_in_every_text_and_on_the_page(
    tmp_path: Path,
) -> None:
    # They came out as bullets, "- The Security Council …", and <ul> items without numbers.
    source = tmp_path / "numbered.txt"
    source.write_text(NUMBERED_STATEMENT, encoding="utf-8")
    folder = build_package(
        Settings(input_path=source, output_dir=tmp_path / "out", audio=False)
    ).package.folder
    statement = (folder / "statement.txt").read_text(encoding="utf-8")
    assert "\n1. The Security Council reaffirms" in statement
    assert "\n2. The Security Council notes that 2024" in statement
    # The sub-items are indented under paragraph 3, whose parts they are.
    assert "\n    (a) protect humanitarian personnel;" in statement
    assert "- The Security Council" not in statement
    for name in ("plain.md", "plain.txt"):
        plain = (folder / name).read_text(encoding="utf-8")
        assert "\n1. The Security Council" in plain, name
        assert "\n2. The Security Council" in plain, name
        # Indented in plain.md too: flush, "(b)" read as one more paragraph after "3.".
        assert "\n    (b) " in plain, name
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert '<ol>\n<li value="1"><span class="s">The Security Council reaffirms' in html
    assert '<li value="3"><span class="s">The Council demands' in html
    # "(a)" is no number an <ol> can show: it is written out, in a list without its own
    # numbers, inside paragraph 3 whose part it is.
    assert (
        'comply with their obligations:</span>\n<ol class="marks">\n'
        '<li><span class="marker">(a)</span> <span class="s">protect humanitarian personnel;'
    ) in html
    assert "ol.marks { list-style: none;" in html
    # Read back unedited, the numbered items are the same paragraphs: nothing is "reviewed".
    again = build_package(
        Settings(
            input_path=source,
            output_dir=tmp_path / "out",
            audio=False,
            plain_from=folder / "plain.md",
        )
    ).package
    assert not any(s["guard"]["reviewed_by_person"] for s in again.manifest["sections"])
    assert all(s["guard"]["passed"] for s in again.manifest["sections"])
    assert (again.folder / "plain.md").read_text(encoding="utf-8") == (
        folder / "plain.md"
    ).read_text(encoding="utf-8")


def test_a_page_without_numbered_lists_is_unchanged_by_them(tmp_path: Path) -> None:
    source = tmp_path / "bullets.md"
    source.write_text(
        "# Plan\n\n## Steps\n\nWe will act now on three fronts this year:\n\n- Roads.\n- Rail.\n",
        encoding="utf-8",
    )
    folder = build_package(
        Settings(input_path=source, output_dir=tmp_path / "out", audio=False)
    ).package.folder
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert "<ul>\n<li><span" in html and "<ol class" not in html and "ol.marks" not in html


def _blocks(*texts: str) -> list[readalong.Block]:
    return [readalong.Block((readalong.Cue(html=t, text=t),)) for t in texts]


def test_a_rewritten_table_is_read_back_into_its_cells() -> None:
    from pipeline.models import TableData
    from pipeline.stages.bundle import nested_groups, table_runs

    table = TableData(
        lines=("Before – After", "Before: Summons by post – After: Email"),
        head=("Before", "After"),
        rows=(("Summons by post", "Email"),),
    )
    blocks = _blocks("Intro.", "Before – After", "Before: Calls by post – After: Email", "End.")
    [(start, end, _, cells)] = table_runs(blocks, [table])
    assert (start, end) == (1, 3)
    assert cells == (("Before", "After"), ("Calls by post", "Email"))
    groups = nested_groups(blocks, [], lambda block: [block.cues[0].html], [table])
    assert [bool(group.get("table")) for group in groups] == [False, True, False]
    # Lines that no longer fit the table stay paragraphs.
    assert table_runs(_blocks("Before – After", "Calls by post, then email"), [table]) == []


def test_page_and_book_show_a_table_and_the_text_files_its_lines(tmp_path: Path) -> None:
    source = tmp_path / "jury.md"
    source.write_text(JURY_TABLE, encoding="utf-8")
    from pipeline.stages.load import load_source

    loaded = load_source(source)
    assert len(loaded.tables) == 1
    result = build_package(Settings(input_path=source, output_dir=tmp_path / "out", audio=False))
    folder = result.package.folder
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert html.count("<table>") == 2  # the plain version and the original
    assert '<th scope="col">Before</th><th scope="col">After</th>' in html
    assert re.search(r'<caption><span class="visually-hidden">What is different</span>', html)
    assert '<a href="https://example.org/jury">jury service guide</a>' in html
    for name in ("statement.txt", "plain.txt"):
        text = (folder / name).read_text(encoding="utf-8")
        assert "Before: Summons by post only – After: Summons by email" in text
        assert "jury service guide (https://example.org/jury)" in text
    with zipfile.ZipFile(next(folder.glob("*.epub"))) as book:
        texts = [book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml")]
    body = next(t for t in texts if "<table>" in t)
    assert '<th scope="col">Before</th>' in body and re.search(r'<tr id="o\d+-\d+">', body)


def test_a_table_row_is_lit_and_sought_to_as_one_line(tmp_path: Path) -> None:
    source = tmp_path / "jury.md"
    source.write_text(JURY_TABLE, encoding="utf-8")
    result = build_package(
        Settings(input_path=source, output_dir=tmp_path / "out"), engine=SilentEngine()
    )
    folder = result.package.folder
    html = (folder / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="s" data-start="[\d.]+" data-end="[\d.]+">', html)
    assert len(rows) == 6  # heading row and two rows, in each version
    # A row is never made a button: it would stop being a row to a screen reader.
    assert 'c.tagName !== "TR"' in html
    with zipfile.ZipFile(next(folder.glob("*.epub"))) as book:
        names = book.namelist()
        texts = "".join(book.read(n).decode() for n in names if n.endswith(".xhtml"))
        overlays = "".join(book.read(n).decode() for n in names if n.endswith(".smil"))
    row_ids = re.findall(r'<tr id="([^"]+)"', texts)
    assert len(row_ids) == 6
    # The table's plain version has its original's words: the book reads them once, there.
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert all(section["plain_audio_is_original"] for section in manifest["sections"])
    assert sum(f"#{row_id}" in overlays for row_id in row_ids) == 3


def test_a_table_of_labelled_rows_is_a_table_with_row_headings_and_no_heading_row(
    tmp_path: Path,
) -> None:
    source = tmp_path / "inquest.html"
    source.write_text(
        "<html><body><main><h1>Inquest opened into death of cyclist</h1>"
        "<p>An inquest has been opened and adjourned into the death of a man who was struck "
        "by a lorry on the A38 near Bridgwater on 12 February 2026.</p>"
        "<h2>Hearing details</h2><table>"
        "<tr><td>Date</td><td>18 June 2026, 10am</td></tr>"
        "<tr><td>Place</td><td>Taunton Coroner's Court</td></tr>"
        "<tr><td>Coroner</td><td>Mr Samuel Marsh</td></tr></table>"
        "<p>Members of the public and the press may attend the hearing.</p>"
        "<p>Follow us on <a href='https://x.com/somerset'>X</a> and "
        "<a href='https://facebook.com/somerset'>Facebook</a>.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    result = build_package(Settings(input_path=source, output_dir=tmp_path / "out", audio=False))
    folder = result.package.folder
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert html.count("<table>") == 2 and "<thead>" not in html
    assert re.search(r'<th scope="row">Coroner</th><td>Mr Samuel Marsh</td>', html)
    assert '<caption><span class="visually-hidden">Hearing details</span>' in html
    # The short last row is a row, not the title of a section.
    assert all("Coroner –" not in section.title for section in result.statement.sections)
    # The "Follow us" line is not read, and its links are at the foot of the page.
    for name in ("statement.txt", "plain.txt", "plain.md"):
        assert "Follow us" not in (folder / name).read_text(encoding="utf-8")
    assert '<li><a href="https://x.com/somerset">X</a></li>' in html.split('id="follow"')[1]
    with zipfile.ZipFile(next(folder.glob("*.epub"))) as book:
        body = next(
            text
            for name in book.namelist()
            if name.endswith(".xhtml") and "<table>" in (text := book.read(name).decode())
        )
    assert '<th scope="row">Place</th>' in body and "<thead>" not in body


def _contrast(one: str, two: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_a_link_in_the_sentence_being_read_keeps_its_contrast(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    # A link kept the accent colour on the highlight: 4.49:1 in the dark scheme and 1.0:1
    # (#b8dcff on #ffd500, unreadable) with high contrast and dark, WCAG 1.4.3.
    folder, _, _ = built
    html = (folder / "index.html").read_text(encoding="utf-8")
    css = html[html.index("<style>") : html.index("</style>")]
    assert re.search(r"\.s\.now a \{ color: inherit; \}", css)
    base: dict[str, str] = {}
    for number, block in enumerate(re.findall(r":root \{([^}]*)\}", css)):
        colours = dict(re.findall(r"(--[\w-]+): (#[0-9a-f]{6})", block))
        if number == 0:
            base = colours
        scheme = {**base, **colours}
        assert _contrast(scheme["--now-fg"], scheme["--now-bg"]) >= 4.5, block
    assert number >= 3  # light, dark, more contrast, more contrast and dark


def test_a_french_title_in_the_pages_english_labels_is_marked_french(tmp_path: Path) -> None:
    # "Salutations: plain language audio" was all English to a screen reader, which read
    # the French title with English sounds (WCAG 3.1.2), in the players' names, the MP3 and
    # captions links, the sentence chooser and the downloads.
    source = (
        "Monsieur le Président,\n\n"
        + "Le gouvernement soutient la paix et la coopération entre les peuples. " * 6
        + "\n\nJe vous remercie.\n"
    ).encode()
    result = build_package(
        Settings(input_path=None, output_dir=tmp_path, language="fr"),
        engine=SilentEngine(),
        stdin=source,
    )
    html = (result.package.folder / "index.html").read_text(encoding="utf-8")
    title = '<span lang="fr">Salutations</span>'
    # A French section's plain version is its original, heard from the original's one player.
    assert re.search(rf'-original-audio-name" hidden>{title}: original text audio</span>', html)
    assert f'MP3<span class="visually-hidden"> of {title}, original text</span>' in html
    assert f'(WebVTT)<span class="visually-hidden"> of {title}, original text</span>' in html
    assert f'from<span class="visually-hidden"> ({title}, plain language)</span>' in html
    assert re.search(
        rf'<li><a href="audio/[^"]+\.original\.mp3">{title}: original text audio</a>', html
    )
    assert "Salutations: plain" not in html


def test_the_listening_time_is_each_versions_own_audio_length() -> None:
    # "about 6 minutes for each version", from a word count, for a statement whose plain
    # version played for 8 min 19 s and its original for 6 min 42 s.
    from pipeline.stages.bundle import listening_time

    def clip(version: str, seconds: float) -> AudioClip:
        return AudioClip("01-a", version, Path(f"a.{version}.mp3"), seconds)

    clips = [clip("original", 250.0), clip("plain", 300.0), clip("original", 152.3)]
    clips.append(clip("plain", 199.2))
    assert listening_time(clips) == (
        "about 7 minutes for the original text and about 8 minutes for the plain-language version"
    )
    assert listening_time([clip("plain", 40.0)]) == "about 1 minute for the plain-language version"


def test_the_page_gives_the_listening_time_of_the_audio_it_has(
    built: tuple[Path, dict[str, Any], _Page],
) -> None:
    folder, manifest, _ = built
    totals = {"original": 0.0, "plain": 0.0}
    for version, audio in _clips(manifest):
        totals[version] += audio["duration_seconds"]
    html = (folder / "index.html").read_text(encoding="utf-8")
    original, plain = (max(1, round(totals[key] / 60)) for key in ("original", "plain"))
    assert f"Listening time: about {original} minute" in html
    assert f"and about {plain} minute" in html and "for each version" not in html


def test_manifest_and_page_name_the_grade_formula(tmp_path: Path) -> None:
    """A French package's grades come from Kandel-Moles, not Flesch-Kincaid as the page said."""
    folder = _french_package(tmp_path)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    blocks = [manifest["readability"], *(s["readability"] for s in manifest["sections"])]
    assert {block[v]["grade_measure"] for block in blocks for v in block} == {
        "Kandel-Moles reading ease"
    }
    text = " ".join(unescape((folder / "index.html").read_text(encoding="utf-8")).split())
    assert "Grade by Kandel-Moles reading ease (French), on Flesch's table of school grades" in text
    assert "Flesch-Kincaid grades" not in text


def test_english_page_names_flesch_kincaid(built: tuple[Path, dict[str, Any], _Page]) -> None:
    folder, manifest, _ = built
    assert manifest["readability"]["original"]["grade_measure"] == "Flesch-Kincaid grade"
    text = " ".join((folder / "index.html").read_text(encoding="utf-8").split())
    assert "Grade by Flesch-Kincaid (English); scores from textstat." in text
