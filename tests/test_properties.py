"""Property-based tests over the text stages: thousands of generated statements, no surprises.

Each stage must either work or raise the tool's own clean error (a PipelineError), and keep
its promise: sectioning loses no body word, the plain version keeps every number, speech text
holds no markup, and the HTML holds no element the template does not have. Examples per test
are fixed (`EXAMPLES`), 2,050 in all, derandomised so CI is reproducible.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.build import build_package
from pipeline.errors import InputError, PipelineError
from pipeline.models import Statement
from pipeline.settings import Settings
from pipeline.stages import load, readability, simplify, split
from pipeline.stages.speak import speakable
from pipeline.text import markdown_to_html, markdown_to_plain
from tests.conftest import ROOT
from tests.fakes import without_template_scripts

EXAMPLES = {
    "load": 400,
    "split": 200,
    "readability": 120,
    "simplify": 120,
    "speech": 650,
    "inline_html": 500,
    "package_html": 60,
}
"""2,050 generated inputs in all; the cheap stages get most, so the file runs in under a minute."""


def _settings(name: str) -> settings:
    return settings(
        max_examples=EXAMPLES[name],
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


# -- Generators: statement-like text with the awkward parts real statements have --------------

PLAIN_WORDS = (
    "we the our partners will act now together in crime police countries world today work "
    "commence utilise approximately facilitate endeavour assistance Secretary General Vienna "
    "Kyoto Japan INTERPOL UN justice cooperation"
).split()
AWKWARD = [
    "Mr.", "Dr.", "U.N.", "No. 5", "e.g.", "2021", "3.5", "25%", "1,200", "7-9", "$40", "€5",
    "March", "1st", "<script>alert(1)</script>", '"><img src=x onerror=y>', "&amp;", "*",
    "_", "**bold**", "[link](https://un.org)", "[bad](javascript:alert(1))", "`code`",
    "—", "–", "…", "é", "İ", "ß", "ﬁ", "\u200b", "\u202e", "العربية", "東京", "κόσμος", "😀",
    "e\u0301", "#", "-", "(", ")", "“quote”", "'", "\\", "|", "~", "COVID-19", "S/RES/2021",
]  # fmt: skip
WORD = st.one_of(st.sampled_from(PLAIN_WORDS), st.sampled_from(AWKWARD))
SENTENCE = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(WORD, min_size=1, max_size=12),
    st.sampled_from([".", "!", "?", "", ";", "..."]),
)
PARAGRAPH = st.builds(
    lambda sentences, prefix: prefix + " ".join(sentences),
    st.lists(SENTENCE, min_size=1, max_size=3),
    st.sampled_from(["", "", "", "- ", "1. ", "## ", "# ", "> "]),
)
STATEMENT = st.lists(PARAGRAPH, min_size=1, max_size=5).map("\n\n".join)
ANY_TEXT = st.one_of(STATEMENT, st.text(min_size=1, max_size=200))


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).casefold()))


def _statement(text: str) -> Statement | None:
    try:
        source = load.load_source(None, text.encode("utf-8"))
        return split.split_statement(source, "en", 250)
    except InputError:
        return None


MARKER = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,9}[.)]\s+)+")


def _body(line: str) -> str:
    """A line without its block marker (heading, quote, bullet or number): not a body word."""
    return MARKER.sub("", line)


# -- Load ---------------------------------------------------------------------------------------


@_settings("load")
@given(st.one_of(st.binary(min_size=0, max_size=300), ANY_TEXT.map(str.encode)))
def test_load_reads_or_refuses_cleanly(data: bytes) -> None:
    try:
        source = load.load_source(None, data)
    except InputError as error:
        assert error.one_line() and "\n" not in error.one_line()
        return
    text = source.text
    assert text.strip()
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text and "\x00" not in text
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in text)


# -- Sections ---------------------------------------------------------------------------------


@_settings("split")
@given(STATEMENT)
def test_sectioning_loses_no_body_word(text: str) -> None:
    statement = _statement(text)
    if statement is None:
        return
    source = load.load_source(None, text.encode("utf-8")).text
    body = [line for line in source.split("\n") if not line.lstrip().startswith("#")]
    expected = _words(" ".join(markdown_to_plain(_body(line)) for line in body))
    kept = _words(
        " ".join(markdown_to_plain(_body(p.text)) for s in statement.sections for p in s.paragraphs)
    )
    assert not expected - kept, expected - kept
    ids = [s.id for s in statement.sections]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)
    assert [s.index for s in statement.sections] == list(range(1, len(ids) + 1))


# -- Readability ------------------------------------------------------------------------------


@_settings("readability")
@given(ANY_TEXT)
def test_readability_scores_any_text(text: str) -> None:
    result = readability.score(text, "en")
    assert result.words >= 0 and result.sentences >= 0
    for value in (result.flesch_kincaid_grade, result.reading_seconds, result.listening_seconds):
        assert value == value and abs(value) != float("inf")  # a number, not NaN or infinity
    assert result.verdict


# -- Plain language ---------------------------------------------------------------------------

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@_settings("simplify")
@given(STATEMENT)
def test_plain_version_keeps_every_number(text: str) -> None:
    statement = _statement(text)
    if statement is None:
        return
    for section in statement.sections:
        plain = simplify.simplify_section(section, "en")
        numbers = Counter(NUMBER.findall(section.plain_text))
        kept = Counter(NUMBER.findall(plain.text))
        assert not numbers - kept, (section.plain_text, plain.text)


# -- Speech normalisation ---------------------------------------------------------------------


@_settings("speech")
@given(st.one_of(SENTENCE, st.text(min_size=1, max_size=200)))
def test_speech_text_is_never_markup(sentence: str) -> None:
    spoken = speakable(sentence, "en")
    assert isinstance(spoken, str)
    assert not re.search(r"<\s*/?\s*[a-zA-Z]", spoken), spoken
    assert "javascript:" not in spoken.lower() or "javascript:" in sentence.lower()
    assert "**" not in spoken


# -- HTML rendering ---------------------------------------------------------------------------


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


def _elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser


TEMPLATE = _elements((ROOT / "pipeline" / "templates" / "package.html").read_text())
INLINE = {"em", "strong", "code", "a", "br"}


@_settings("inline_html")
@given(st.one_of(PARAGRAPH, st.text(min_size=1, max_size=200)))
def test_inline_html_has_only_safe_elements(text: str) -> None:
    parsed = _elements(markdown_to_html(load.normalise_text(text) or "x"))
    assert parsed.tags <= INLINE, parsed.tags
    assert parsed.attributes <= {"href", "title"}, parsed.attributes


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("packages")


@_settings("package_html")
@given(STATEMENT)
def test_package_html_parses_with_template_elements_only(out_dir: Path, text: str) -> None:
    source = out_dir / "statement.md"
    source.write_text(text, encoding="utf-8")
    try:
        result = build_package(
            Settings(
                input_path=source, output_dir=out_dir / "out", audio=False, slug="p", force=True
            )
        )
    except PipelineError as error:
        assert isinstance(error, InputError)
        return
    html = (result.package.folder / "index.html").read_text(encoding="utf-8")
    html = without_template_scripts(html)
    parsed = _elements(html)
    assert parsed.tags <= TEMPLATE.tags | INLINE, parsed.tags - TEMPLATE.tags
    assert not {a for a in parsed.attributes if a.startswith("on")}
    assert "<script" not in html.lower()
    json.loads((result.package.folder / "manifest.json").read_text(encoding="utf-8"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
def test_markdown_escape_gives_back_the_same_words(text: str) -> None:
    from pipeline.text import markdown_escape, markdown_to_plain

    assert markdown_to_plain(markdown_escape(text)) == " ".join(text.split())
