#!/usr/bin/env python3
"""Reproduce the rewriter's ASSET figures with one command: rewrite, then score SARI and FKGL.

    python scripts/asset_eval.py            # all 2,000 validation sentences
    python scripts/asset_eval.py --limit 200

The ASSET data and the EASSE-compatible scorer live outside the package, in
`../shared/eval/asset/` and `../shared/eval/simplify/sari.py` (ASSET is CC BY-NC 4.0: used
for evaluation only, never shipped). The rewriter runs sentence by sentence with the default
rules, exactly as the pipeline does, and writes one output line per input line.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def _scorer(eval_dir: Path) -> ModuleType:
    path = eval_dir / "simplify" / "sari.py"
    spec = importlib.util.spec_from_file_location("sari", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: no SARI scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    """Rewrite the ASSET validation sentences and print SARI, its parts, and FKGL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=EVAL, help="the shared eval folder")
    parser.add_argument(
        "--output",
        type=Path,
        default=ROOT / "output" / "asset" / "asset.valid.plainvoice",
        help="where the rewritten sentences go, one per line",
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N lines")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from pipeline.stages.simplify import simplify_text

    asset = args.eval_dir / "asset"
    sari = _scorer(args.eval_dir)
    orig = sari.read_lines(asset / "asset.valid.orig")[: args.limit]
    refs = [sari.read_lines(asset / f"asset.valid.simp.{i}")[: args.limit] for i in range(10)]
    started = time.perf_counter()
    system = [simplify_text(line) for line in orig]
    seconds = time.perf_counter() - started
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(system) + "\n", encoding="utf-8")

    result = {}
    for name, lines in (("identity", orig), ("plainvoice", system)):
        scores = sari.sari_operation_scores(orig, lines, refs)
        result[name] = {
            "sari": round(scores.sari, 2),
            "add": round(scores.add, 2),
            "keep": round(scores.keep, 2),
            "delete": round(scores.delete, 2),
            "fkgl": round(sari.corpus_fkgl(lines), 2),
        }
    changed = sum(a != b for a, b in zip(orig, system, strict=True))
    result["sentences"] = len(orig)
    result["changed"] = changed
    result["seconds"] = round(seconds, 1)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"ASSET validation, {len(orig)} sentences ({changed} changed), rewritten in {seconds:.0f} s"
    )
    print(f"output: {args.output}")
    for name in ("identity", "plainvoice"):
        r = result[name]
        assert isinstance(r, dict)
        print(
            f"{name:<11} SARI {r['sari']:.2f} (add {r['add']:.2f}, keep {r['keep']:.2f}, "
            f"del {r['delete']:.2f})  FKGL {r['fkgl']:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
