"""How a reader finds the summary and the fact check warnings on the page.

The summary was the 21st of 22 downloads at the foot of the page, after every MP3; a fact
check warning sat inside one section's plain column, where a screen reader user moving by
headings or landmarks never met it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.build import build_package
from pipeline.settings import Settings
from tests.conftest import SAMPLE
from tests.packages import sample_package
from tests.test_bundle import _french_package


def _main(html: str) -> str:
    return html[html.index('<main id="main"') : html.index("</main>")]


def test_the_summary_opens_the_statement_and_the_contents() -> None:
    folder = sample_package().package.folder
    html = (folder / "index.html").read_text(encoding="utf-8")
    main = _main(html)
    # The first thing in <main> (where "Skip to the statement" lands), before every section.
    assert main.index('<h2 id="in-short">In short</h2>') < main.index("<section aria-labelledby")
    contents = html[html.index('<h2 id="contents">') : html.index("</nav>")]
    assert re.findall(r'<li><a href="#([^"]+)"', contents)[0] == "in-short"
    # Every line of summary.txt is on the page, in its order.
    summary = main[main.index('id="in-short"') : main.index("</section>")]
    at = 0
    for line in (folder / "summary.txt").read_text(encoding="utf-8").splitlines():
        at = summary.index(line.replace("'", "&#39;"), at)
    assert "Picked by plainvoice from the sentences of the plain-language version." in summary
    # Nothing was flagged: no warning at the top, none in the contents.
    assert 'id="to-review"' not in html and "(fact check warning)" not in html


def test_a_statement_in_another_language_has_its_summary_marked_in_it(tmp_path: Path) -> None:
    folder = _french_package(tmp_path)
    main = _main((folder / "index.html").read_text(encoding="utf-8"))
    summary = main[main.index('<h2 id="in-short"') : main.index("</section>")]
    assert summary.startswith('<h2 id="in-short">In short</h2>')  # the page's English
    assert '<ul lang="fr">' in summary
    assert "the statement's own sentences, as written" in summary


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The sample with a person's edit that changed two facts, one of them in the summary."""
    out = tmp_path_factory.mktemp("edited")
    settings = Settings(input_path=SAMPLE, output_dir=out / "first", audio=False)
    first = build_package(settings)
    text = (first.package.folder / "plain.md").read_text(encoding="utf-8")
    assert "on 7-9 March 2021." in text and "194 countries" in text
    plain = out / "edited.md"
    plain.write_text(
        text.replace("on 7-9 March 2021.", "on 8-9 March 2021.").replace(
            "194 countries", "190 countries"
        ),
        encoding="utf-8",
    )
    second = build_package(replace(settings, output_dir=out / "second", plain_from=plain))
    return (second.package.folder / "index.html").read_text(encoding="utf-8")


def test_the_top_of_the_page_links_to_every_fact_check_warning(edited: str) -> None:
    header = edited[: edited.index("</header>")]
    (note,) = re.findall(r'<p class="guard-warning" id="to-review">.*?</p>', header)
    targets = re.findall(r'href="#([^"]+)"', note)
    assert targets == [
        "in-short-fact-check",
        "01-about-this-statement-fact-check",
        "03-criminal-justice-fact-check",
    ]
    assert "read the warnings on these parts before using them" in note
    # Each link lands on the warning itself, a note named by its own first line.
    for target in targets:
        found = re.search(
            rf'<div class="guard-warning" id="{target}" role="note" '
            rf'aria-labelledby="{target}-title">\s*<p id="{target}-title">',
            edited,
        )
        assert found, target
    contents = edited[edited.index('<h2 id="contents">') : edited.index("</nav>")]
    assert contents.count("(fact check warning)") == 3
    assert '<a href="#03-criminal-justice">Criminal Justice</a> (fact check warning)' in contents


def test_a_fact_the_summary_took_from_an_edit_is_said_there(edited: str) -> None:
    # The edit's "190" reached the summary (summary.md, summary.txt) with no word of warning.
    main = _main(edited)
    summary = main[main.index('id="in-short"') : main.index("</section>")]
    assert "Fact check: this summary needs a person's check." in summary
    assert "It has “190”, which the original does not." in summary
    assert summary.index("“190”") < summary.index("<ul>\n<li>COVID-19")


def test_the_accessibility_summaries_say_the_summary_comes_first() -> None:
    import json
    import zipfile

    folder = sample_package().package.folder
    html = (folder / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert found is not None
    said = json.loads(found.group(1))["accessibilitySummary"]
    assert "A short summary of its key points comes first." in said
    with zipfile.ZipFile(folder / f"{folder.name}.epub") as book:
        opf = book.read("EPUB/package.opf").decode()
    assert "A short summary of its key points comes first." in opf
