"""Golden cases for the rewriter: one file per case in tests/cases/simplify/.

A case file names the rule it exercises (`# rule: NAME`), optionally the sentence length a
pass may split above (`# long-words: N`, default 10, the last pass) and, for a section-level
rule, that the input is a section's sentences, one a line (`# input: sentences`), or the
sentence that follows the input in its text (`# next: SENTENCE`, for rules that look ahead); then
the input, a `--- expected ---` line, and the expected sentences, one a line (a list's items
as "- " lines). Set PLAINVOICE_UPDATE_CASES=1
to rewrite the expected parts from the current rules (and review the diff).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.rewriters import rules
from pipeline.rewriters.rules import RuleContext, load_acronyms, load_plain_words

CASES = Path(__file__).parent / "cases" / "simplify"
MARKER = "--- expected ---"


def _read(path: Path) -> tuple[dict[str, str], str, list[str]]:
    head, _, expected = path.read_text(encoding="utf-8").partition(f"\n{MARKER}\n")
    options: dict[str, str] = {}
    lines: list[str] = []
    for line in head.splitlines():
        if line.startswith("# ") and ":" in line:
            key, _, value = line[2:].partition(":")
            options[key.strip()] = value.strip()
        else:
            lines.append(line)
    return options, "\n".join(lines).strip(), [s for s in expected.splitlines() if s.strip()]


def _run(options: dict[str, str], text: str) -> list[str]:
    rule = getattr(rules, options["rule"])
    context = RuleContext(lang="en", words=load_plain_words(), acronyms=load_acronyms())
    context.long_words = int(options.get("long-words", "10"))
    context.text = f"{text} {options['next']}" if "next" in options else ""
    if options.get("input") == "sentences":
        # A section-level rule: the input is the section's sentences, one a line.
        whole: list[str] = rule(text.splitlines(), context)
        return whole
    result = rule(text, context)
    if options["rule"] == "series_as_list":
        # A sentence set out as a list: the lead, then "- " and an item a line.
        return [text] if result is None else [result.lead, *(f"- {i}" for i in result.items)]
    lines: list[str] = result
    return lines


@pytest.mark.parametrize("path", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_case(path: Path) -> None:
    options, text, expected = _read(path)
    actual = _run(options, text)
    if os.environ.get("PLAINVOICE_UPDATE_CASES") == "1":
        head = path.read_text(encoding="utf-8").partition(f"\n{MARKER}\n")[0]
        path.write_text(f"{head}\n{MARKER}\n" + "\n".join(actual) + "\n", encoding="utf-8")
        return
    assert actual == expected


def test_every_rule_family_has_a_case() -> None:
    named = {_read(path)[0]["rule"] for path in CASES.glob("*.txt")}
    default = {rule.__name__ for rule in rules.DEFAULT_RULES}
    assert default <= named
