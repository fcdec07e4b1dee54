#!/usr/bin/env python3
"""Grade before and after the plain-language rewrite, per file and per section, with the guard.

    python scripts/plain_report.py seeds/interpol-sg-un-crime-congress-2021.txt --sections
    python scripts/plain_report.py ../shared/corpus/dev/*.txt ../shared/corpus/dev/*.md

Files that are not in English (by the language guess of the loader) and `*.source.txt` are
skipped. The grade is textstat's Flesch-Kincaid, as in the package.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Print a Markdown table: FK before/after, sections meeting the target, sections flagged."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--target-grade", type=float, default=8.0)
    parser.add_argument("--sections", action="store_true", help="one row per section too")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from wordfreq import zipf_frequency

    from pipeline.models import SectionKind
    from pipeline.stages.load import load_source
    from pipeline.stages.readability import score
    from pipeline.stages.simplify import defined_short_forms, simplify_section
    from pipeline.stages.split import split_statement

    print(
        "| file | sections | FK before | FK after | body sections ≤ target | guard passed "
        "| flagged |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    rows = []
    for path in sorted(args.files):
        if path.name.endswith(".source.txt"):
            continue
        statement = split_statement(load_source(path))
        words = statement.text.split()[:400]
        english = sum(zipf_frequency(w.lower().strip(".,;:"), "en") > 5 for w in words)
        if english < len(words) * 0.3:
            continue
        defined = defined_short_forms(statement.sections)
        plains = [
            simplify_section(
                s, target_grade=args.target_grade, meta=statement.meta, defined=defined
            )
            for s in statement.sections
        ]
        before = score(" ".join(s.plain_text for s in statement.sections)).flesch_kincaid_grade
        after = score(" ".join(p.text for p in plains)).flesch_kincaid_grade
        body = [
            (s, p)
            for s, p in zip(statement.sections, plains, strict=True)
            if s.kind is SectionKind.BODY
        ]
        met = sum(bool(p.met_target) for _, p in body)
        passed = sum(p.facts.ok for p in plains)
        flagged = sum(p.flagged for p in plains)
        print(
            f"| {path.name} | {len(plains)} | {before:.1f} | {after:.1f} | {met}/{len(body)} "
            f"| {passed}/{len(plains)} | {flagged} |"
        )
        rows.append((statement, plains))
    if args.sections:
        for statement, plains in rows:
            print(f"\n{statement.source_name}\n")
            print("| section | kind | FK before | FK after | met target | guard | fallbacks |")
            print("| --- | --- | --- | --- | --- | --- | --- |")
            for s, p in zip(statement.sections, plains, strict=True):
                fk = score(s.plain_text).flesch_kincaid_grade
                print(
                    f"| {s.title} | {s.kind.value} | {fk:.1f} | {p.grade:.1f} | {p.met_target} "
                    f"| {'pass' if p.facts.ok else 'FAIL'} | {len(p.fallbacks)} |"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
