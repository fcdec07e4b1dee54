"""How long the text stages take on hostile text: runaway brackets, unspaced sentence ends.

Run from the repository root:

    python benchmarks/hostile_text.py            # a table, medians of 3 runs each
    python benchmarks/hostile_text.py --reps 5 --json hostile.json

Each of these inputs once took a minute or more (square-time searches in markdown-it, pysbd,
the unsafe-link filter and the speech text's tidying); the tests check what the text stages
make of them, and this script how long they take, so the suite never depends on the machine's
speed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.speech_text import to_speech
from pipeline.text import drop_unsafe_links, markdown_to_plain, split_sentences

INPUTS: dict[str, str] = {
    '20,000 "["': "[" * 20_000,
    '10,000 "[" then 10,000 "]"': "[" * 10_000 + "]" * 10_000,
    'words in 10,000 open "["': "We met. " + "[x " * 10_000,
    '"![a" x 7,000 (no spaced sentence end)': "![a" * 7_000,
    '100,000 "<"': "<" * 100_000,
}

STAGES: dict[str, Callable[[str], object]] = {
    "unsafe-link filter": drop_unsafe_links,
    "Markdown to text": markdown_to_plain,
    "sentence split": lambda text: split_sentences(text + " The end."),
    "speech text": to_speech,
}


@dataclass(frozen=True)
class Timing:
    """The median of one stage's repetitions on one input, in seconds."""

    text: str
    stage: str
    median_seconds: float
    runs: list[float]


def _seconds(stage: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    stage(text)
    return time.perf_counter() - start


def measure(reps: int) -> list[Timing]:
    """Time every stage on every input; the first call of each stage also warms its imports."""
    for stage in STAGES.values():
        stage("Warm up. [a](b)")
    timings = []
    for text_name, text in INPUTS.items():
        for stage_name, stage in STAGES.items():
            # Each repetition's text differs by its last word: the stages cache their answers.
            runs = [_seconds(stage, f"{text} {rep}") for rep in range(reps)]
            timings.append(Timing(text_name, stage_name, statistics.median(runs), runs))
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=3, help="repetitions of each case")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    timings = measure(args.reps)
    print("| input | stage | median (s) |")
    print("| --- | --- | --- |")
    for timing in timings:
        print(f"| {timing.text} | {timing.stage} | {timing.median_seconds:.3f} |")
    if args.json:
        args.json.write_text(json.dumps([asdict(t) for t in timings], indent=2) + "\n")


if __name__ == "__main__":
    main()
