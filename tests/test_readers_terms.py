"""An HTML page's description lists (``<dl>``): a term and its description read as one line.

A government page sets "From:" / "Northmere Courts and Tribunals Service" / "Published" /
"25 November 2026" in a ``<dl>``; each had been a paragraph of its own, so the page had no
issuer or date, and "25 November 2026" became a section's title.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.readers import read_source
from pipeline.stages.load import load_source
from pipeline.stages.split import split_statement

PAGE = (
    "<html><body><main><h1>Court service opens new video hearing centres</h1>"
    "<p>Five new centres will let people take part in hearings without travelling.</p>"
    "<dl><dt>From:</dt><dd>Northmere Courts and Tribunals Service</dd>"
    "<dt>Published</dt><dd>25 November 2026</dd></dl>"
    "<p>The service will open five new video hearing centres in 2027.</p>"
    "<p>Each centre will have private rooms where witnesses can join a hearing by video.</p>"
    "</main></body></html>"
)


def _markdown(html: str) -> str:
    return read_source(Path("page.html"), html.encode("utf-8")).markdown


def test_a_pages_details_are_label_lines_a_paragraph_each() -> None:
    markdown = _markdown(PAGE)
    assert "From: Northmere Courts and Tribunals Service\n\nPublished: 25 November 2026" in markdown


def test_key_figures_in_a_dl_do_not_run_on_as_one_paragraph() -> None:
    html = (
        "<html><body><h1>Keranda floods: situation report</h1>"
        "<p>Flooding has now affected 14 of the country's 22 districts.</p><h2>Key figures</h2>"
        "<dl><dt>People displaced</dt><dd>310,000</dd><dt>Deaths</dt><dd>47</dd></dl>"
        "<p>Partners have given shelter kits to 12,000 families.</p></body></html>"
    )
    statement = split_statement(load_source(Path("page.html"), html.encode("utf-8")))
    texts = [p.text for s in statement.sections for p in s.paragraphs]
    assert "People displaced: 310,000" in texts
    assert "Deaths: 47" in texts


def test_a_pages_details_in_a_dl_say_who_issued_it_and_when() -> None:
    statement = split_statement(load_source(Path("page.html"), PAGE.encode("utf-8")))
    assert "Issued by the Northmere Courts and Tribunals Service" in statement.meta.notes
    assert statement.meta.date_start == "2026-11-25"
    assert all("2026" not in section.title for section in statement.sections)


def test_a_glossarys_long_definitions_are_paragraphs_and_a_term_may_have_two() -> None:
    html = (
        "<html><body><dl><dt>Lodger</dt><dd>Someone who lives in a room in your home and "
        "shares the kitchen or bathroom with you, without a tenancy of their own.</dd>"
        "<dt>Sublet</dt><dd>To let part of a home you rent.</dd><dd>Also: sub-let.</dd>"
        "<dt>Tenant</dt><dd>renter</dd><dd>occupier</dd>"
        "</dl></body></html>"
    )
    assert _markdown(html) == (
        "Lodger: Someone who lives in a room in your home and shares the kitchen or bathroom "
        "with you, without a tenancy of their own.\n\n"
        "Sublet: To let part of a home you rent. Also: sub-let.\n\n"
        "Tenant: renter; occupier\n"
    )
