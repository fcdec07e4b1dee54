"""The rewriter registry, and the stage's guard over whatever rewriter writes the plain version."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

import pytest
from typer.testing import CliRunner

import pipeline.rewriters
from pipeline.cli import app
from pipeline.errors import UsageError
from pipeline.models import Paragraph, Section, SectionKind, StatementMeta
from pipeline.rewriters import Rewrite, Rewriter, available_rewriters, get_rewriter
from pipeline.rewriters.base import NO_DEFINITIONS
from pipeline.rewriters.rules import RulesRewriter
from pipeline.stages.simplify import simplify_section
from pipeline.text import split_sentences
from tests.fakes import ROAD_SAFETY_STATEMENT


class _FakeRewriter:
    """What every fake here shares: the protocol's method, over a per-sentence change."""

    name = "fake"
    offline = True

    def rewrite(
        self,
        section: Section,
        lang: str,
        target_grade: float | None,
        meta: StatementMeta | None = None,
        *,
        defined: Mapping[str, str] = NO_DEFINITIONS,
    ) -> Rewrite:
        sentences = tuple(self.rewrite_sentence(s) for s in section.sentences)
        return Rewrite(sentences, (" ".join(sentences),), **self.declared())

    def rewrite_sentence(self, sentence: str) -> str:
        return sentence

    def declared(self) -> dict[str, Any]:
        return {}


class _RewriterBeforeDefinitions:
    """An add-on written for the first protocol, whose `rewrite` takes no `defined`."""

    name = "old-style"
    offline = True

    def __init__(self) -> None:
        self.seen: list[str] = []

    def rewrite(
        self,
        section: Section,
        lang: str,
        target_grade: float | None,
        meta: StatementMeta | None = None,
    ) -> Rewrite:
        self.seen.append(section.id)
        return Rewrite(section.sentences, (" ".join(section.sentences),))


def test_an_add_on_without_definitions_still_rewrites_a_statement_that_defines_one() -> None:
    # A statement-wide short form ("NHPA") is passed as `defined`, which an add-on written
    # before it existed cannot take: it raised TypeError on every section.
    section = _section("Staff at NHPA took samples.")
    engine = _RewriterBeforeDefinitions()
    # The registry loads add-ons by name and checks only their members at run time, so an old
    # add-on reaches simplify_section as a Rewriter although its signature lacks `defined`.
    plain = simplify_section(
        section,
        rewriter=cast(Rewriter, engine),
        defined={"NHPA": "Northmere Health Protection Agency"},
    )
    assert plain.sentences == ("Staff at NHPA took samples.",)
    assert engine.seen == [section.id]


class NumberDropper(_FakeRewriter):
    """A careless rewriter: every number becomes "many", so facts go missing."""

    name = "dropper"

    def rewrite_sentence(self, sentence: str) -> str:
        return re.sub(r"\d[\d,]*", "many", sentence)

    def declared(self) -> dict[str, Any]:
        return {"changes": ("numbers → many",)}


class AcronymSpeller(_FakeRewriter):
    """Writes out "UN" in full; says so through `allowed` only when asked to."""

    name = "speller"
    declare = True

    def rewrite_sentence(self, sentence: str) -> str:
        return sentence.replace("UN", "the United Nations")

    def declared(self) -> dict[str, Any]:
        return {"allowed": {"UN": "United Nations"} if self.declare else {}}


class SilentSpeller(AcronymSpeller):
    """The same rewrite, without declaring the expansion it wrote."""

    declare = False


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, target in {
        "dropper": "tests.test_rewriters:NumberDropper",
        "speller": "tests.test_rewriters:AcronymSpeller",
        "silent-speller": "tests.test_rewriters:SilentSpeller",
    }.items():
        monkeypatch.setitem(pipeline.rewriters.REWRITERS.built_ins, name, target)


def _section(*paragraphs: str) -> Section:
    sentences = tuple(s for p in paragraphs for s in split_sentences(p))
    return Section(
        "01-x", 1, SectionKind.BODY, "X", tuple(Paragraph(p) for p in paragraphs), sentences
    )


def test_registry_lists_the_rules_and_makes_them() -> None:
    assert "rules" in available_rewriters()
    rewriter = get_rewriter("rules")
    assert isinstance(rewriter, RulesRewriter)
    assert isinstance(rewriter, Rewriter)
    assert rewriter.name == "rules" and rewriter.offline is True


def test_unknown_rewriter_is_a_usage_error_naming_the_known_ones() -> None:
    with pytest.raises(UsageError) as caught:
        get_rewriter("gpt-magic")
    assert "unknown rewriter 'gpt-magic'" in caught.value.one_line()
    assert caught.value.hint is not None and "rules" in caught.value.hint


def test_the_rules_rewriter_reports_what_it_wrote() -> None:
    section = _section("The UN will commence the programme in 2025 with 194 member states.")
    rewrite = RulesRewriter().rewrite(section, "en", 8.0)
    assert rewrite.sentences and " ".join(rewrite.sentences) != section.plain_text
    assert any("commence" in change for change in rewrite.changes)
    assert "2025" in " ".join(rewrite.sentences) and "194" in " ".join(rewrite.sentences)


def test_a_rewriter_that_drops_a_number_is_caught_and_the_original_published(
    fakes: None,
) -> None:
    section = _section("Last year 1,204 people died on our roads.", "We must act now.")
    plain = simplify_section(section, "en", rewriter="dropper")
    assert plain.sentences == section.sentences
    assert "1,204" in plain.text and "many" not in plain.text
    assert "the whole section" in plain.fallbacks
    assert plain.flagged
    assert "1,204" in " ".join(str(f) for f in plain.facts.missing)


def test_expansions_count_only_when_the_rewriter_declares_them(fakes: None) -> None:
    section = _section("The UN met in Geneva.")
    declared = simplify_section(section, "en", rewriter="speller")
    assert declared.text == "The the United Nations met in Geneva."
    assert not declared.flagged
    undeclared = simplify_section(section, "en", rewriter="silent-speller")
    assert undeclared.text == "The UN met in Geneva." and undeclared.flagged


def _run(runner: CliRunner, statement: Path, out: Path, *extra: str) -> dict[str, Any]:
    result = runner.invoke(
        app, ["run", str(statement), "-o", str(out), "--no-audio", "--json", *extra]
    )
    assert result.exit_code == 0, result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_cli_rewriter_option_is_recorded_and_shapes_the_package(
    runner: CliRunner, tmp_path: Path, fakes: None
) -> None:
    statement = tmp_path / "road-safety.txt"
    statement.write_text(ROAD_SAFETY_STATEMENT, encoding="utf-8")
    out = tmp_path / "out"
    first = _run(runner, statement, out)
    manifest = json.loads((out / "road-safety" / "manifest.json").read_text(encoding="utf-8"))
    assert first["unchanged"] is False
    assert manifest["rewriter"] == {"name": "rules", "offline": True}
    assert _run(runner, statement, out, "--rewriter", "rules")["unchanged"] is True

    # Another rewriter makes another plain version: the package is not reused.
    again = _run(runner, statement, out, "--rewriter", "dropper")
    assert again["unchanged"] is False
    manifest = json.loads((out / "road-safety" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rewriter"] == {"name": "dropper", "offline": True}
    guards = {s["id"]: s["guard"] for s in manifest["sections"]}
    flagged = [sid for sid, guard in guards.items() if guard["flagged"]]
    assert flagged and all("the whole section" in guards[sid]["fallbacks"] for sid in flagged)
    plain = (out / "road-safety" / "plain.txt").read_text(encoding="utf-8")
    assert "1,204" in plain and "many people" not in plain


def test_cli_unknown_rewriter_is_one_line_and_exit_2(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    result = runner.invoke(
        app, ["run", str(sample_path), "-o", str(tmp_path), "--no-audio", "--rewriter", "nope"]
    )
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "plainvoice: error: unknown rewriter 'nope' (choose one of: rules)"
    ]
    assert not any(tmp_path.iterdir())


def test_cli_sample_with_the_rules_rewriter_matches_the_default(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    default = _run(runner, sample_path, tmp_path / "default")
    chosen = _run(runner, sample_path, tmp_path / "chosen", "--rewriter", "rules")
    assert default["sections"] == chosen["sections"]
    [folder] = [p for p in (tmp_path / "default").iterdir() if p.is_dir()]
    named = tmp_path / "chosen" / folder.name
    assert (named / "plain.md").read_bytes() == (folder / "plain.md").read_bytes()
    manifest = json.loads((named / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rewriter"]["name"] == "rules"


def test_batch_passes_the_rewriter_to_every_statement(
    runner: CliRunner, tmp_path: Path, fakes: None
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "road-safety.txt").write_text(ROAD_SAFETY_STATEMENT, encoding="utf-8")
    out = tmp_path / "site"
    result = runner.invoke(
        app, ["batch", str(folder), "-o", str(out), "--no-audio", "--rewriter", "dropper"]
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "road-safety" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rewriter"]["name"] == "dropper"
    bad = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--rewriter", "nope"])
    assert bad.exit_code == 2 and "unknown rewriter 'nope'" in bad.stderr


def test_an_address_that_starts_a_sentence_keeps_its_lower_case() -> None:
    # A contact block's e-mail line came back as "Marie-claude.tremblay@ps-sp.gc.ca".
    from pipeline.rewriters.rules.english import capitalise

    assert capitalise("marie-claude.tremblay@ps-sp.gc.ca") == "marie-claude.tremblay@ps-sp.gc.ca"
    assert capitalise("www.council.example/apply is open") == "www.council.example/apply is open"
    assert capitalise("the council met.") == "The council met."


def test_a_direction_stays_as_written_and_is_set_apart_from_words_after_it() -> None:
    # "[At this point, a moment of silence was observed.]" was dropped from the plain
    # version, so its "Amen." followed a request for silence that never came.
    direction = "[At this point, a moment of silence was observed.]"
    section = _section(
        "So I ask you to commence a silent prayer for those we lost.",
        direction,
        f"{direction} Amen.",
        "We will win. (Applause.)",
    )
    rewrite = RulesRewriter().rewrite(section, "en", 8.0)
    assert rewrite.paragraphs[1] == direction
    assert rewrite.paragraphs[2] == f"{direction} Amen."
    assert rewrite.sentences.count(direction) == 2 and "Amen." in rewrite.sentences
    assert "start" in rewrite.paragraphs[0]  # the speaker's words are still made plainer
    assert rewrite.paragraphs[3] == "We will win."  # a room's note still goes
