"""The package's editor's part and its honest claims.

The page ends with "For editors": the words the voice may say wrongly (what it says, and
links to where), and the files to correct and feed back (plain.md, pronunciation-check.toml).
The pronunciation check is a lexicon: fed back with `--lexicon` unchanged, it changes nothing
the voice says and empties the review list; a corrected line changes its word. The book and
the page claim listening alone is enough only when every word is spoken; the whole-statement
MP3s have players; the book's overlay lights the section heading the voice announces.
"""

from __future__ import annotations

import json
import re
import shutil
import tomllib
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from pipeline.build import BuildResult, build_package
from pipeline.errors import OutputError
from pipeline.settings import Settings
from pipeline.stages.bundle import PRONUNCIATION_CHECK
from pipeline.stages.epub import every_text_spoken
from pipeline.stages.speak import speakable
from tests.fakes import SilentEngine
from tests.packages import sample_package

STATEMENT = """# Joint statement on the QXZ and the BRVTLKQ

## Cooperation

The QXZ met in Geneva on 3 May 2024. Its members agreed to share data with the BRVTLKQ. They agreed to meet twice a year, to publish what they find, and to ask the public for views before each meeting. Each member will name one person to answer questions from the press and from citizens.

## Funding

Members will pay for the work in equal shares. The budget for the first year is 2 million euros, and a review in the second year will say whether it is enough. Any member may leave at the end of a year by telling the others six months before.

## Next steps

The QXZ will report to the council by June 2025. Members thanked the host country for its welcome and for the rooms it lent for the talks. The next meeting will take place in Vienna in the autumn, on a date to be agreed.
"""


class _Outline(HTMLParser):
    """Headings, links and the rows of the review table, as a screen reader lists them."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[str, str]] = []
        self.ids: set[str] = set()
        self.rows: list[list[str]] = []
        self.row_links: list[list[str]] = []
        self._heading: str | None = None
        self._in_review = False
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag in ("h1", "h2", "h3"):
            self._heading = tag
            self.headings.append((tag, str(values.get("id") or "")))
        if tag == "table" and values.get("class") == "review":
            self._in_review = True
        if self._in_review and tag == "tr":
            self.rows.append([])
            self.row_links.append([])
        if self._in_review and tag in ("th", "td"):
            self._cell = []
        if self._in_review and tag == "a" and self.row_links:
            self.row_links[-1].append(str(values.get("href")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in_review = False
        if self._in_review and tag in ("th", "td") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _build(folder: Path, lexicon: Path | None = None) -> BuildResult:
    source = folder / "joint-statement.md"
    if not source.exists():
        source.write_text(STATEMENT, encoding="utf-8")
    settings = Settings(input_path=source, output_dir=folder / "out", lexicon=lexicon, force=True)
    return build_package(settings, engine=SilentEngine())


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return _build(tmp_path_factory.mktemp("editors"))


def test_review_entries_say_what_the_voice_says_and_where(reviewed: BuildResult) -> None:
    review = reviewed.package.manifest["pronunciation_review"]
    by_token = {entry["token"]: entry for entry in review}
    assert set(by_token) == {"QXZ", "BRVTLKQ"}
    ids = [section["id"] for section in reviewed.package.manifest["sections"]]
    assert ids == ["01-about-this-statement", "02-cooperation", "03-funding", "04-next-steps"]
    assert by_token["QXZ"]["said_as"] == "Q X Z"  # spelled: short and unknown
    assert by_token["BRVTLKQ"]["said_as"] == "Brvtlkq"  # read as a word: long and unknown
    # The title (in "About this statement") has both; "Funding" neither.
    assert by_token["QXZ"]["sections"] == [ids[0], ids[1], ids[3]]
    assert by_token["BRVTLKQ"]["sections"] == [ids[0], ids[1]]
    # What the list says is what the voice is given in the statement's own sentences.
    for entry in review:
        for section in reviewed.package.manifest["sections"]:
            if section["id"] in entry["sections"]:
                heard = " ".join(speakable(s["text"], "en") for s in _sentences(section))
                assert entry["said_as"] in heard, (entry, heard)


def _sentences(section: dict[str, Any]) -> list[dict[str, Any]]:
    return [t for audio in section["audio"].values() for t in audio["sentences"]]


def test_pronunciation_check_round_trips_through_the_lexicon_option(
    reviewed: BuildResult, tmp_path: Path
) -> None:
    check = reviewed.package.folder / PRONUNCIATION_CHECK
    table = tomllib.loads(check.read_text(encoding="utf-8"))
    assert table == {"words": {"QXZ": "Q X Z", "BRVTLKQ": "Brvtlkq"}}
    kept = tmp_path / "checked.toml"
    shutil.copy(check, kept)
    sentences = [
        t["text"] for section in reviewed.package.manifest["sections"] for t in _sentences(section)
    ]
    # Fed back unchanged: the voice says every sentence as before, and each word is checked.
    assert [speakable(s, "en", kept) for s in sentences] == [speakable(s, "en") for s in sentences]
    again = _build(tmp_path, lexicon=kept)
    assert again.package.manifest["pronunciation_review"] == []
    assert not (again.package.folder / PRONUNCIATION_CHECK).exists()
    # A corrected line changes what the voice says for that word, and only that word.
    fixed = tmp_path / "fixed.toml"
    fixed.write_text(
        kept.read_text(encoding="utf-8").replace('QXZ = "Q X Z"', 'QXZ = "quiz"'), encoding="utf-8"
    )
    assert speakable("The QXZ met the BRVTLKQ.", "en", fixed) == "The quiz met the Brvtlkq."


def test_editors_part_ends_the_page_with_the_list_and_the_files_to_feed_back(
    reviewed: BuildResult,
) -> None:
    page = (reviewed.package.folder / "index.html").read_text(encoding="utf-8")
    outline = _Outline()
    outline.feed(page)
    h2s = [heading_id for tag, heading_id in outline.headings if tag == "h2"]
    assert h2s[-1] == "for-editors" and h2s[-2] == "downloads"
    assert '<a href="#for-editors">For editors</a>' in page  # in the contents
    assert outline.rows[0] == ["Word", "The voice says", "Heard in"]
    rows = {row[0]: row[1:] for row in outline.rows[1:]}
    assert rows["QXZ"][0] == "Q X Z" and rows["BRVTLKQ"][0] == "Brvtlkq"
    links = [href for hrefs in outline.row_links for href in hrefs]
    assert links and all(href.startswith("#") and href[1:] in outline.ids for href in links)
    # plain.md is an editor's file: under "For editors", no longer among the downloads.
    downloads = page[page.index('<ul class="downloads">') : page.index('id="for-editors"')]
    editors = page[page.index('id="for-editors"') :]
    assert 'href="plain.md"' not in downloads and 'href="plain.md"' in editors
    assert f'href="{PRONUNCIATION_CHECK}"' in editors
    assert "(--lexicon)" in editors and "(--plain-from)" in editors


def test_without_words_to_check_the_page_says_so_and_writes_no_check_file() -> None:
    folder = sample_package().package.folder
    assert sample_package().package.manifest["pronunciation_review"] == []
    assert not (folder / PRONUNCIATION_CHECK).exists()
    page = (folder / "index.html").read_text(encoding="utf-8")
    editors = page[page.index('id="for-editors"') :]
    assert "the lexicon knows every acronym" in editors and "<table" not in editors
    assert 'href="plain.md"' in editors


def test_whole_statement_mp3s_have_labelled_players_with_their_parts() -> None:
    package = sample_package().package
    page = (package.folder / "index.html").read_text(encoding="utf-8")
    wholes = package.manifest["statement_audio"]
    assert set(wholes) == {"plain", "original"}
    # After the summary (the first thing in <main>), before the first part.
    at = page.index('<section class="listen"')
    assert page.index('id="in-short"') < at < page.index("<section aria-labelledby=", at)
    listen = page[at : page.index("</section>", at)]
    for version, whole in wholes.items():
        player = re.search(
            rf'<audio id="whole-{version}-audio" controls preload="none" src="{whole["path"]}" '
            r'aria-labelledby="([^"]+)">',
            listen,
        )
        assert player is not None, version
        label = re.search(rf'<p id="{player.group(1)}"><strong>([^<]+)</strong>', listen)
        assert label is not None
        said = {"plain": "plain language", "original": "original text"}[version]
        assert label.group(1) == f"The whole statement: {said} audio"
    parts = re.findall(r"<li>([^<]+): \d+:\d\d</li>", listen)
    titles = [chapter["text"] for chapter in wholes["plain"]["chapters"]]
    assert parts[: len(titles)] == [t.replace("'", "&#39;") for t in titles]


def test_listening_alone_is_claimed_only_when_every_word_is_spoken() -> None:
    xhtml = (
        b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body>'
        b'<h1 id="h">Part one</h1><p><span id="a">One.</span> <span id="b">Two.</span></p>'
        b"</body></html>"
    )
    smil = b'<par><text src="t.xhtml#h"/></par><par><text src="t.xhtml#a"/></par>'
    assert not every_text_spoken([xhtml], [smil])  # "Two." is never heard
    assert every_text_spoken([xhtml], [smil + b'<text src="t.xhtml#b"/>'])
    # The sample's book speaks both versions, yet its title page and grades are not spoken.
    package = sample_package().package
    book = zipfile.ZipFile(package.folder / f"{package.folder.name}.epub")
    opf = book.read("EPUB/package.opf").decode()
    sufficient = re.findall(r'property="schema:accessModeSufficient">([^<]+)<', opf)
    assert sorted(sufficient) == ["textual", "textual,auditory"]
    page = (package.folder / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert found is not None
    claims = json.loads(found.group(1))["accessModeSufficient"]
    assert [claim["itemListElement"] for claim in claims] == [["textual"]]


def test_a_check_file_fed_back_from_inside_its_package_is_refused(tmp_path: Path) -> None:
    # Corrected in the package and passed from there, the file went with the folder the run
    # replaced: the corrections were used once, then lost.
    first = _build(tmp_path)
    check = first.package.folder / PRONUNCIATION_CHECK
    corrected = check.read_text(encoding="utf-8").replace('QXZ = "Q X Z"', 'QXZ = "quiz"')
    check.write_text(corrected, encoding="utf-8")
    with pytest.raises(OutputError, match=r"lexicon .* is read from it"):
        _build(tmp_path, lexicon=check)
    assert check.read_text(encoding="utf-8") == corrected


def test_check_says_how_to_feed_back_a_corrected_check_file(
    reviewed: BuildResult, tmp_path: Path
) -> None:
    from pipeline.check import check_package

    copy = tmp_path / reviewed.package.folder.name
    shutil.copytree(reviewed.package.folder, copy)
    check = copy / PRONUNCIATION_CHECK
    check.write_text(check.read_text(encoding="utf-8") + "# checked\n", encoding="utf-8")
    problems = [p for p in check_package(copy).problems if "SHA-256" in p]
    assert len(problems) == 1 and problems[0].startswith(PRONUNCIATION_CHECK)
    assert "copy it out of the package" in problems[0] and "--lexicon COPY" in problems[0]
