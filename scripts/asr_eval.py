#!/usr/bin/env python3
"""Measure what our MP3s say: Whisper round trip and word error rate against what should be heard.

For each package (or statement file, which is built first with `plainvoice run`), this
takes each whole-statement MP3 (`audio/statement.<version>.mp3`), writes the reference
text a listener should hear (every section's announcement and sentences, from the
manifest's timings, in order), and runs the shared ASR tool on the pair:

    python scripts/asr_eval.py output/interpol-sg-un-crime-congress-2021
    python scripts/asr_eval.py seeds/interpol-sg-un-crime-congress-2021.txt --out /tmp/asr-out
    python scripts/asr_eval.py PACKAGE --wer /path/to/eval/asr/wer.py --json

The ASR tool (faster-whisper, Whisper base) lives in `../shared/eval/asr/` with its own
venv made by its `setup.sh`; it is a measuring instrument, not a dependency of plainvoice.
Part of plainvoice, GPL-3.0-or-later.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WER = ROOT.parent / "shared" / "eval" / "asr" / "wer.py"
TRICKY = ("INTERPOL's", "I-24/7", "7-9", "2021", "14th", "75/10")


def reference_text(manifest: dict[str, Any], version: str) -> str:
    """What the listener should hear in one version: announcements and sentences, in order.

    A sentence the voice does not say ("(Applause.)", a stage direction shown on the page) has
    a timing that ends where it starts; counted, it made 65 of the 209 word errors Whisper was
    charged with on the 2006 State of the Union, for speech that was right.
    """
    lines: list[str] = []
    for section in manifest["sections"]:
        clip = section["audio"].get(version)
        if clip is None:
            continue
        lines.extend(
            timing["text"]
            for timing in clip["sentences"]
            if timing.get("end", 1.0) > timing.get("start", 0.0)
        )
    return "\n".join(lines) + "\n"


def build(statement: Path, out: Path, extra: list[str]) -> Path:
    """Run plainvoice on a statement file and return the package folder."""
    command = [sys.executable, "-m", "pipeline", "run", str(statement), "-o", str(out), "--json"]
    done = subprocess.run([*command, *extra], capture_output=True, text=True, check=True)
    return Path(json.loads(done.stdout)["package"])


def score(wer_tool: Path, mp3: Path, reference: str, model: str) -> dict[str, Any]:
    """Run the shared ASR tool on one MP3 against the reference text; its JSON report."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as file:
        file.write(reference)
    done = subprocess.run(
        [sys.executable, str(wer_tool), str(mp3), file.name, "--json", "--model", model],
        capture_output=True,
        text=True,
        check=False,
    )
    Path(file.name).unlink()
    if done.returncode != 0:
        raise SystemExit(f"ASR tool failed on {mp3}: {done.stderr[-500:]}")
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def main() -> None:
    """Parse the arguments, score every version of every package, print a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="+", type=Path, help="package folders or statements")
    parser.add_argument("--versions", nargs="+", default=["original", "plain"])
    parser.add_argument("--wer", type=Path, default=DEFAULT_WER, help="the shared wer.py")
    parser.add_argument("--model", default="base")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "asr-eval")
    parser.add_argument("--run-option", action="append", default=[], help="passed to run")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    results: list[dict[str, Any]] = []
    for target in args.targets:
        folder = target if target.is_dir() else build(target, args.out, args.run_option)
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        for version in args.versions:
            mp3 = folder / "audio" / f"statement.{version}.mp3"
            if not mp3.exists():
                continue
            report = score(args.wer, mp3, reference_text(manifest, version), args.model)
            tricky = [
                token
                for token in report.get("special_tokens", [])
                if any(t.lower() in str(token.get("ref", "")).lower() for t in TRICKY)
            ]
            results.append(
                {
                    "package": folder.name,
                    "version": version,
                    "wer": report["wer"],
                    "errors": report["errors"],
                    "ref_words": report["ref_words"],
                    "worst_spans": report.get("worst_spans", [])[:8],
                    "tricky_tokens": tricky,
                }
            )
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    for row in results:
        print(
            f"{row['package']:<55} {row['version']:<9} WER {100 * row['wer']:5.2f}% "
            f"({row['errors']}/{row['ref_words']})"
        )
        for token in row["tricky_tokens"]:
            mark = "ok " if token.get("ok") else "BAD"
            print(f"    {mark} {token.get('ref')!s:<14} heard {token.get('hyp')!r}")


if __name__ == "__main__":
    main()
