"""Print how every statement in a folder loads, splits and scores: one row per file.

Usage: python scripts/corpus_report.py DIR [--sections]

Columns: format, detected language, words, sections, words in the largest section, the
title-block fields found, the Flesch-Kincaid grade and the first formula made for the language.
Files named `*.source.txt` (where a statement came from) are skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run from a checkout: import this tree's pipeline, not another installed copy.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.errors import PipelineError
from pipeline.language import detect_language
from pipeline.metadata import _title_from_name
from pipeline.models import Statement
from pipeline.stages import load, readability, split

_FIELDS = ("title", "speaker", "speaker_role", "event", "place", "date_start", "date_end", "notes")
_SHORT = {
    "title": "title",
    "speaker": "spk",
    "speaker_role": "role",
    "event": "event",
    "place": "place",
    "date_start": "date",
    "date_end": "end",
    "notes": "notes",
}


def _fields(statement: Statement) -> str:
    meta = statement.meta
    found = [_SHORT[name] for name in _FIELDS if getattr(meta, name)]
    if meta.title == _title_from_name(statement.source_name):
        found[0] = "(title from file name)"
    return ",".join(found) or "-"


def main(argv: list[str]) -> int:
    """Report on every statement file in the folder given."""
    if not argv:
        print(__doc__)
        return 2
    folder = Path(argv[0])
    show_sections = "--sections" in argv
    files = sorted(
        p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".source.txt")
    )
    header = (
        f"{'file':<46} {'format':<8} {'lang':<4} {'words':>6} {'secs':>4} {'max':>4} "
        f"{'FK':>5} {'native':<28} fields"
    )
    print(header)
    print("-" * len(header))
    for path in files:
        try:
            source = load.load_source(path)
            guess = detect_language(source.text)
            statement = split.split_statement(source, guess.code)
        except PipelineError as error:
            print(f"{path.name[:46]:<46} ERROR {error.one_line()}")
            continue
        text = " ".join(s.plain_text for s in statement.sections)
        score = readability.score(text, statement.language)
        sizes = [s.word_count for s in statement.sections]
        native = (
            f"{score.language_scores[0].name.split()[0]} {score.language_scores[0].value:.1f}"
            if score.language_scores
            else "-"
        )
        print(
            f"{path.name[:46]:<46} {source.format:<8} {statement.language:<4} "
            f"{score.words:>6} {len(sizes):>4} {max(sizes):>4} "
            f"{score.flesch_kincaid_grade:>5.1f} {native:<28} {_fields(statement)}"
        )
        if show_sections:
            meta = statement.meta
            print(f"    meta: {meta}")
            for s in statement.sections:
                print(f"    {s.index:>2} {s.kind.value:<8} {s.word_count:>4}  {s.title}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
