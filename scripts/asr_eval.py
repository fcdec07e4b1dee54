#!/usr/bin/env python3
"""Measure what our MP3s say: Whisper round trip and word error rate against what should be heard.

For each package (or statement file, which is built first with `plainvoice run`), this
takes each whole-statement MP3 (`audio/statement.<version>.mp3`), writes the reference
text a listener should hear (every section's announcement and sentences, from the
manifest's timings, in order), and runs the shared ASR tool on the pair:

    python scripts/asr_eval.py output/interpol-sg-un-crime-congress-2021
    python scripts/asr_eval.py seeds/interpol-sg-un-crime-congress-2021.txt --out /tmp/asr-out
    python scripts/asr_eval.py PACKAGE --wer /path/to/eval/asr/wer.py --json

Each section's WER is listed under the whole, read off the stream's one alignment. With
`--by-section` each section's own MP3 is transcribed instead. That measures Whisper at clip
edges too: a 2.6-second last window came back as a repeated sentence (16 errors in 73 words,
where the stream had 1), and names were not heard better alone (Rwanda 2020, plain: "Bozkir"
misheard both ways, "Kigali" 3 times only by section; names heard 32 of 34 in the stream,
29 of 34 by section). The stream's WER is the figure to quote.

Besides the WER it lists, from the text itself, the dates, numbers, acronyms, names and
words the lexicon respells, and says for each whether Whisper heard it as written and what
it heard instead (JSON: `heard_tokens`, `heard_by_kind`), so a mishearing can be traced on
any statement. Dates are written the way the voice reads them ("the 24th of September
2024"), since the scorer reads "24.09.2024" as a decimal.

The ASR tool (faster-whisper, Whisper base) lives in `../shared/eval/asr/` with its own
venv made by its `setup.sh`; it is a measuring instrument, not a dependency of plainvoice.
Part of plainvoice, GPL-3.0-or-later.
"""

from __future__ import annotations

import argparse
import calendar
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # this checkout's pipeline, not an installed one
    sys.path.insert(0, str(ROOT))

from pipeline.speech_text import load_lexicon  # noqa: E402

DEFAULT_WER = ROOT.parent / "shared" / "eval" / "asr" / "wer.py"

# --------------------------------------------------------------------------- dates

_MONTHS: tuple[str, ...] = tuple(calendar.month_name)[1:]
_MONTH = "|".join(_MONTHS)
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
_NUMERIC_DATE = re.compile(
    r"(?<![\w.,/-])(?:(?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})"
    r"|(?P<first>\d{1,2})(?P<sep>[./])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}))(?![\w/-]|[.,]\d)"
)
_DAY_MONTH = re.compile(rf"(?<![\w.,])(?<!the )(\d{{1,2}}){_ORDINAL_SUFFIX}?\s+({_MONTH})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}){_ORDINAL_SUFFIX}?(?![\w.:]|,\d|\.\d)")


_DATE_RANGE_DASH = re.compile(rf"(?<=\d{_ORDINAL_SUFFIX})\s*[-\u2013\u2014]\s*(?=(?:{_MONTH})\b)")
"""The dash between two dates, "September 30th – October 3rd", which the voice says "to"."""


def _ordinal(day: int) -> str:
    """'24th', '1st', '22nd': the day as the voice says it, in figures the scorer spells out."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _numeric_date(match: re.Match[str]) -> str:
    """'24.09.2024' → 'the 24th of September 2024'; a date that is no date stays as written.

    Day first unless the second figure cannot be a month ('9/24/2024' is September 24th), the
    reading `pipeline.speech_text` gives the voice.
    """
    if match["iso_year"]:
        year, month, day, day_first = match["iso_year"], match["iso_month"], match["iso_day"], True
    else:
        first, second, year = int(match["first"]), int(match["second"]), match["year"]
        day_first = not (match["sep"] == "/" and first <= 12 < second)
        day, month = (first, second) if day_first else (second, first)
    day, month = int(day), int(month)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match[0]
    if day_first:
        return f"the {_ordinal(day)} of {_MONTHS[month - 1]} {year}"
    return f"{_MONTHS[month - 1]} {_ordinal(day)}, {year}"


def spoken_dates(text: str) -> str:
    """Write each date the way the voice reads it, in figures the shared scorer can spell.

    The scorer reads '24.09.2024' as the decimal 'twenty-four point zero nine …' and '24
    September' as 'twenty-four September', while the voice says 'the twenty-fourth of
    September, twenty twenty-four': right speech was charged 4 to 6 errors a date.
    A dash from one date to another is written "to", as the voice says it: the scorer dropped
    it, and charged the voice's "to" as one more word.
    """
    text = _NUMERIC_DATE.sub(_numeric_date, text)
    text = _DAY_MONTH.sub(lambda m: f"the {_ordinal(int(m[1]))} of {m[2]}", text)
    text = _MONTH_DAY.sub(lambda m: f"{m[1]} {_ordinal(int(m[2]))}", text)
    return _DATE_RANGE_DASH.sub(" to ", text)


def scorer_text(text: str) -> str:
    """The reference as the scorer will split it: NFKC, and a dash between figures closed up.

    With these two done first, the scorer's units follow the text's whitespace tokens one by
    one, so a token found here can be told apart in its report.
    """
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"(?<=\d)[ \t]*[\u2013\u2014][ \t]*(?=\d)", "-", text)


# --------------------------------------------------------------------------- tokens to check

TOKEN_KINDS = ("date", "number", "acronym", "respelled", "name")
"""What a listener most often mishears, in the order a token is claimed when kinds overlap."""

_DATE_TOKEN = re.compile(
    rf"\b(?:the \d{{1,2}}{_ORDINAL_SUFFIX} of (?:{_MONTH})(?:,? \d{{4}})?"
    rf"|(?:{_MONTH}) \d{{1,2}}{_ORDINAL_SUFFIX}(?:,? \d{{4}})?)(?!\w)"
)
_NUMBER_TOKEN = re.compile(r"[$£€#]?\d(?:[\d,./:-]*\d)?(?:%|st|nd|rd|th|s)?(?![\w])")
_ACRONYM_TOKEN = re.compile(
    r"(?<![\w-])(?:[\w]+-)*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:[-/][\w]+)*(?:'s)?(?![\w-])"
    r"|(?<![\w.-])(?:[A-Z]\.){2,}(?:'s)?(?![\w-])"
)
"""'UN-Women', 'COVID-19', and dotted letters ('U.N.', 'U.S.'), which have no two capitals
in a row and were no token at all."""
_CAPITAL_WORD = r"[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)*"
_CAPITALISED = re.compile(rf"(?<![\w'’-]){_CAPITAL_WORD}")
_NAME_RUN = re.compile(rf"(?<![\w'’-]){_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD})*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"“(]\s*)$")


@dataclass(frozen=True)
class Token:
    """A word or figure a listener may mishear, where it stands in the reference."""

    text: str
    kind: str
    start: int
    end: int


def _at_sentence_start(text: str, index: int) -> bool:
    """True when nothing but a sentence's opening comes before `index` on its sentence."""
    return bool(_SENTENCE_START.search(text[max(0, index - 4) : index]))


def _has_two_capitals(word: str) -> bool:
    """'UN-Women', 'COVID-19', 'H-1B', 'U.N.': two capitals in a row mark an acronym, not a name."""
    return bool(re.search(r"[A-Z][A-Z0-9]|[A-Z]-\d|[A-Z]\.[A-Z]\.", word))


def tricky_tokens(reference: str, respelled: Iterable[str] = ()) -> list[Token]:
    """Dates, numbers, acronyms, words the lexicon respells and names, in reference order.

    A stretch of text belongs to the first kind in `TOKEN_KINDS` that claims it. A name is
    a run of capitalised words; at a sentence's start a word counts only if the text also
    capitalises it elsewhere mid-sentence ("Rwanda", not "The").
    """
    taken = [False] * len(reference)
    found: list[Token] = []

    def claim(kind: str, start: int, end: int) -> None:
        if start < end and not any(taken[start:end]):
            taken[start:end] = [True] * (end - start)
            found.append(Token(reference[start:end], kind, start, end))

    for match in _DATE_TOKEN.finditer(reference):
        claim("date", match.start(), match.end())
    for match in _NUMBER_TOKEN.finditer(reference):
        claim("number", match.start(), match.end())
    for match in _ACRONYM_TOKEN.finditer(reference):
        if _has_two_capitals(match[0]):
            claim("acronym", match.start(), match.end())
    words = set(respelled)
    for match in re.finditer(r"[\w'’-]+", reference):
        word = match[0]
        bare = word[:-2] if word.endswith(("'s", "’s")) else word
        if bare in words or bare.lower() in words:
            claim("respelled", match.start(), match.end())
    mid_sentence = {
        match[0]
        for match in _CAPITALISED.finditer(reference)
        if not _at_sentence_start(reference, match.start())
    }
    for match in _NAME_RUN.finditer(reference):
        start = match.start()
        names = list(re.finditer(r"\S+", match[0]))
        if _at_sentence_start(reference, start) and names[0][0] not in mid_sentence:
            if len(names) == 1:
                continue
            start += names[1].start()
        if match[0][start - match.start() :] in {"I"}:
            continue
        claim("name", start, match.end())
    return sorted(found, key=lambda token: token.start)


def respelled_words(lexicon_words: Mapping[str, str], phonemes: Iterable[str]) -> set[str]:
    """The lexicon's entries that are words, not acronyms: what the voice is told to respell."""
    words = {key for key in lexicon_words if not _has_two_capitals(key) and key.isalpha()}
    return words | {key for key in phonemes if " " not in key}


# --------------------------------------------------------------------------- what was heard


def load_scorer(wer_tool: Path) -> ModuleType | None:
    """The shared scorer as a module, to align again in-process; None when it cannot load."""
    spec = importlib.util.spec_from_file_location("asr_wer", wer_tool)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    try:
        spec.loader.exec_module(module)
    except (ImportError, OSError, SyntaxError):
        return None
    return module


def _token_units(reference: str, scorer: ModuleType) -> list[tuple[int, int, int]]:
    """(start, end, first unit) of each whitespace token: where the scorer's units come from."""
    spans: list[tuple[int, int, int]] = []
    unit = 0
    for match in re.finditer(r"\S+", reference):
        spans.append((match.start(), match.end(), unit))
        unit += len(scorer.normalise(match[0]))
    spans.append((len(reference), len(reference), unit))
    return spans


@dataclass(frozen=True)
class Alignment:
    """Where the scorer put each reference unit against the transcript: one alignment, reused.

    `flags[unit]` is (charged an error?, indices of the words heard for it); `gaps[unit]`
    the words inserted after it (-1: before the first); `hyp_owner[word]` the transcript unit
    a word came from, and `hyp_units` those units as Whisper wrote them.
    """

    flags: list[tuple[bool, list[int]]]
    gaps: dict[int, list[int]]
    hyp_owner: list[int]
    hyp_units: list[str]
    unit_words: list[int] = field(default_factory=list)
    """Reference words of each unit, as the scorer counted them (empty: not kept)."""
    unit_errors: list[int] = field(default_factory=list)
    """Errors the scorer charged to each unit, an insertion to the unit before it."""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Alignment:
        """Read back what the ASR worker wrote (JSON keys of `gaps` are strings)."""
        return cls(
            flags=[(bool(wrong), list(words)) for wrong, words in data["flags"]],
            gaps={int(unit): list(words) for unit, words in data["gaps"].items()},
            hyp_owner=list(data["hyp_owner"]),
            hyp_units=list(data["hyp_units"]),
            unit_words=list(data.get("unit_words", [])),
            unit_errors=list(data.get("unit_errors", [])),
        )

    @classmethod
    def of(cls, reference: str, transcript: str, scorer: ModuleType) -> Alignment:
        """Align a saved transcript in-process with the scorer's own functions."""
        hyp_units = scorer.normalise(transcript)
        result = scorer.score(scorer.normalise(reference), hyp_units)
        return cls(
            flags=result["_flags"],
            gaps=result["_gaps"],
            hyp_owner=result["_hyp_o"],
            hyp_units=[unit.orig for unit in hyp_units],
        )


def heard_tokens(
    reference: str, transcript: str, tokens: list[Token], scorer: ModuleType
) -> list[dict[str, Any]]:
    """For each token: did Whisper hear it as written, and what did it hear there.

    Aligns `transcript` anew; the evaluation itself reuses the ASR tool's alignment through
    `tokens_heard_in`, which gives the same rows without a second alignment.
    """
    return tokens_heard_in(reference, Alignment.of(reference, transcript, scorer), tokens, scorer)


def tokens_heard_in(
    reference: str, alignment: Alignment, tokens: list[Token], scorer: ModuleType
) -> list[dict[str, Any]]:
    """For each token: did Whisper hear it as written, and what did it hear there.

    A token counts as heard exactly when the scorer charged no error to any of its units.
    """
    flags, gaps, hyp_owner = alignment.flags, alignment.gaps, alignment.hyp_owner
    spans = _token_units(reference, scorer)
    rows: list[dict[str, Any]] = []
    for token in tokens:
        covering = [
            index
            for index, (start, end, _) in enumerate(spans[:-1])
            if start < token.end and token.start < end
        ]
        units = range(spans[covering[0]][2], spans[covering[-1] + 1][2]) if covering else range(0)
        wrong = any(flags[unit][0] for unit in units)
        heard_words: list[int] = [word for unit in units for word in flags[unit][1]]
        if wrong and units:
            heard_words += gaps.get(units.start - 1, []) + gaps.get(units[-1], [])
        heard_units = sorted({hyp_owner[word] for word in heard_words})
        rows.append(
            {
                "token": token.text,
                "kind": token.kind,
                "heard": bool(units) and not wrong,
                "heard_as": " ".join(alignment.hyp_units[unit] for unit in heard_units),
            }
        )
    return rows


def misheard_summary(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per kind: how many tokens there were and how many Whisper heard as written."""
    summary = {kind: {"tokens": 0, "heard": 0} for kind in TOKEN_KINDS}
    for row in rows:
        summary[row["kind"]]["tokens"] += 1
        summary[row["kind"]]["heard"] += int(row["heard"])
    return summary


def _spoken_lines(section: Mapping[str, Any], version: str) -> list[str]:
    """The lines one section's clip says in one version; none when it has no clip.

    A sentence the voice does not say ("(Applause.)", a stage direction shown on the page) has
    a timing that ends where it starts; counted, it made 65 of the 209 word errors Whisper was
    charged with on the 2006 State of the Union, for speech that was right.
    """
    clip = section["audio"].get(version)
    if clip is None:
        return []
    return [
        timing["text"]
        for timing in clip["sentences"]
        if timing.get("end", 1.0) > timing.get("start", 0.0)
    ]


def reference_text(manifest: dict[str, Any], version: str) -> str:
    """What the listener should hear in one version: announcements and sentences, in order."""
    lines = [line for section in manifest["sections"] for line in _spoken_lines(section, version)]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Clip:
    """One MP3 to transcribe and the reference it is scored against."""

    name: str
    audio: Path
    reference: str


def section_clips(folder: Path, manifest: dict[str, Any], version: str) -> list[Clip]:
    """Each section's own MP3 and its lines, in order; sections with nothing said are left out.

    The references joined are the whole statement's reference, so the tokens found in it
    fall each in one section.
    """
    clips: list[Clip] = []
    for section in manifest["sections"]:
        lines = _spoken_lines(section, version)
        if not lines:
            continue
        audio = folder / section["audio"][version]["path"]
        reference = scorer_text(spoken_dates("\n".join(lines) + "\n"))
        clips.append(Clip(audio.stem.removesuffix(f".{version}"), audio, reference))
    return clips


def build(statement: Path, out: Path, extra: list[str]) -> Path:
    """Run plainvoice on a statement file and return the package folder."""
    command = [sys.executable, "-m", "pipeline", "run", str(statement), "-o", str(out), "--json"]
    done = subprocess.run([*command, *extra], capture_output=True, text=True, check=True)
    return Path(json.loads(done.stdout)["package"])


_WORKER_SCORER = r"""
import contextlib, importlib.util, io, json, sys
request = json.load(sys.stdin)
spec = importlib.util.spec_from_file_location("asr_wer", request["wer"])
wer = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = wer
spec.loader.exec_module(wer)
import calendar, re
months = {name.lower() for name in calendar.month_name if name}
normalised = wer.normalise

def normalise_days(text):
    units = normalised(text)
    for month, day in zip(units, units[1:]):
        ordinal = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)\W*", day.orig)
        if ordinal and month.alts[0] and month.alts[0][-1] in months:
            for cardinal in wer.number_alts(ordinal[1]):
                if cardinal not in day.alts:
                    day.alts.append(cardinal)
    return units

wer.normalise = normalise_days
"""
"""Runs in the ASR venv: the shared scorer from `request["wer"]`, days read as Whisper writes them.

A day after its month ("August 4th") may also be heard as the bare figure: Whisper writes
"August 4" for a voice that says "August fourth", and the scorer read that "four", one
error a date for speech that was right (2 of 13 errors on a disaster declaration). The
transcript cannot tell "fourth" from "four" there, so neither is charged.
"""

_WORKER = (
    _WORKER_SCORER
    + r"""
scored = wer.score
alignments = []
import faster_whisper
models = {}
made = faster_whisper.WhisperModel

def loaded_once(path, **options):
    key = (path, tuple(sorted(options.items())))
    if key not in models:
        models[key] = made(path, **options)
    return models[key]

faster_whisper.WhisperModel = loaded_once

flagged = wer.unit_flags
final_ops = []

def flag_and_keep(ops, ref_o, n_units):
    final_ops[:] = [(ops, ref_o, n_units)]
    return flagged(ops, ref_o, n_units)

def per_unit(ops, ref_o, n_units):
    words, errors, last = [0] * max(n_units, 1), [0] * max(n_units, 1), 0
    for op, ref, _ in ops:
        if ref is not None:
            last = ref_o[ref]
            words[last] += 1
        errors[last] += op != "="
    return words, errors

def score_and_keep(ref_units, hyp_units, *args, **kwargs):
    result = scored(ref_units, hyp_units, *args, **kwargs)
    words, errors = per_unit(*final_ops[0])
    alignments.append({"flags": result["_flags"], "gaps": result["_gaps"],
                       "hyp_owner": result["_hyp_o"], "hyp_units": [u.orig for u in hyp_units],
                       "unit_words": words, "unit_errors": errors})
    return result

wer.unit_flags = flag_and_keep

wer.score = score_and_keep
reports = []
for job in request["jobs"]:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        status = wer.main([job["audio"], job["text"], "--json", "--model", request["model"]])
    if status:
        sys.exit(f"ASR tool failed on {job['audio']}")
    report = json.loads(printed.getvalue())
    report["alignment"] = alignments[-1]
    reports.append(report)
json.dump(reports, sys.stdout)
"""
)
"""Runs in the ASR venv: the shared tool's own `main` on each clip, its alignment kept.

The tool aligns once to score; keeping that alignment for the token report spares aligning
the transcript a second time in-process (about 4 minutes on a 42-minute statement). The model
is loaded once for all clips (1 to 2.5 s a load), not once a section.
"""


def asr_python(wer_tool: Path) -> Path:
    """The ASR venv's interpreter: `$ASR_VENV`, else the venv beside the shared tool's default."""
    venv = os.environ.get("ASR_VENV", "/tmp/asr-venv")
    python = Path(venv) / "bin" / "python"
    if not python.exists():
        raise SystemExit(f"no ASR venv at {venv}: run {wer_tool.parent / 'setup.sh'}")
    return python


def score(wer_tool: Path, clips: list[Clip], model: str) -> list[dict[str, Any]]:
    """Transcribe and score each clip in one ASR process; each report keeps its `alignment`."""
    with tempfile.TemporaryDirectory(prefix="asr-eval-") as folder:
        jobs = []
        for index, clip in enumerate(clips):
            text = Path(folder) / f"{index:03d}.txt"
            text.write_text(clip.reference, encoding="utf-8")
            jobs.append({"audio": str(clip.audio), "text": str(text)})
        request = {"wer": str(wer_tool), "model": model, "jobs": jobs}
        done = subprocess.run(
            [str(asr_python(wer_tool)), "-c", _WORKER],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise SystemExit(f"ASR tool failed: {done.stderr[-500:]}")
    reports: list[dict[str, Any]] = json.loads(done.stdout)
    return reports


def stream_sections(
    clips: list[Clip], alignment: Alignment, scorer: ModuleType
) -> list[dict[str, Any]]:
    """Each section's WER within the whole stream's one alignment: no second transcription.

    `clips` are the sections, whose references joined are the stream's; a section's errors
    are those charged to its units, so the sections' errors add up to the stream's.
    """
    whole = "".join(clip.reference for clip in clips)
    firsts = [unit for start, _, unit in _token_units(whole, scorer)]
    starts = [start for start, _, _ in _token_units(whole, scorer)]
    rows: list[dict[str, Any]] = []
    offset = 0
    for clip in clips:
        end = offset + len(clip.reference)
        units = range(firsts[bisect_left(starts, offset)], firsts[bisect_left(starts, end)])
        words = sum(alignment.unit_words[unit] for unit in units)
        errors = sum(alignment.unit_errors[unit] for unit in units)
        rows.append(
            {
                "section": clip.name,
                "wer": round(errors / max(words, 1), 4),
                "errors": errors,
                "ref_words": words,
            }
        )
        offset = end
    return rows


def _timing(report: Mapping[str, Any], key: str) -> float:
    """One of the ASR tool's timings for a clip, 0 when it gave none (a transcript given)."""
    timing = report.get("timing") or {}
    return float(timing.get(key, 0.0))


def evaluate(
    clips: list[Clip],
    reports: list[dict[str, Any]],
    respelled: Iterable[str],
    scorer: ModuleType | None,
    sections: list[Clip] | None = None,
) -> dict[str, Any]:
    """One version's figures from its clips' reports: the whole's WER, tokens heard, sections.

    The WER of several clips is their errors over their reference words, so a long section
    weighs more than a short one, as it does in the whole stream. One clip (the stream) is
    broken down into `sections` when their references join to its own.
    """
    errors = sum(report["errors"] for report in reports)
    ref_words = sum(report["ref_words"] for report in reports)
    listened: list[dict[str, Any]] = []
    if scorer is not None:
        whole = "".join(clip.reference for clip in clips)
        tokens = tricky_tokens(whole, respelled)
        offset = 0
        for clip, report in zip(clips, reports, strict=True):
            end = offset + len(clip.reference)
            own = [
                Token(token.text, token.kind, token.start - offset, token.end - offset)
                for token in tokens
                if offset <= token.start < end
            ]
            alignment = Alignment.from_json(report["alignment"])
            listened += tokens_heard_in(clip.reference, alignment, own, scorer)
            offset = end
    worst = sorted(
        (span for report in reports for span in report.get("worst_spans", [])),
        key=lambda span: -int(span["errors"]),
    )
    return {
        "wer": reports[0]["wer"] if len(reports) == 1 else round(errors / max(ref_words, 1), 4),
        "errors": errors,
        "ref_words": ref_words,
        "worst_spans": worst[:8],
        "tricky_tokens": [
            token for report in reports for token in report.get("special_tokens", [])
        ],
        "heard_tokens": listened,
        "heard_by_kind": misheard_summary(listened),
        "transcript": "\n".join(report.get("transcript", "") for report in reports),
        "asr_seconds": {
            "audio": round(sum(report.get("audio_s", 0.0) for report in reports), 2),
            "load": round(sum(_timing(report, "load_s") for report in reports), 2),
            "transcribe": round(sum(_timing(report, "transcribe_s") for report in reports), 2),
        },
        "sections": _section_rows(clips, reports, scorer, sections or []),
    }


def _section_rows(
    clips: list[Clip],
    reports: list[dict[str, Any]],
    scorer: ModuleType | None,
    sections: list[Clip],
) -> list[dict[str, Any]]:
    """Each section's figures: its own clip's report, or its part of the stream's alignment."""
    if len(clips) > 1:
        return [
            {
                "section": clip.name,
                "wer": report["wer"],
                "errors": report["errors"],
                "ref_words": report["ref_words"],
            }
            for clip, report in zip(clips, reports, strict=True)
        ]
    joined = "".join(section.reference for section in sections)
    if scorer is None or len(sections) < 2 or joined != clips[0].reference:
        return []
    alignment = Alignment.from_json(reports[0]["alignment"])
    if not alignment.unit_words:
        return []
    return stream_sections(sections, alignment, scorer)


def main() -> None:
    """Parse the arguments, score every version of every package, print a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="+", type=Path, help="package folders or statements")
    parser.add_argument("--versions", nargs="+", default=["original", "plain"])
    parser.add_argument("--wer", type=Path, default=DEFAULT_WER, help="the shared wer.py")
    parser.add_argument("--model", default="base")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "asr-eval")
    parser.add_argument("--run-option", action="append", default=[], help="passed to run")
    parser.add_argument(
        "--by-section",
        action="store_true",
        help="transcribe each section's own MP3 (Whisper errs more at clip edges; see above)",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    lexicon = load_lexicon()
    respelled = respelled_words(lexicon.words, lexicon.phonemes)
    scorer = load_scorer(args.wer)
    results: list[dict[str, Any]] = []
    for target in args.targets:
        folder = target if target.is_dir() else build(target, args.out, args.run_option)
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        for version in args.versions:
            mp3 = folder / "audio" / f"statement.{version}.mp3"
            if not mp3.exists():
                continue
            sections = section_clips(folder, manifest, version)
            if args.by_section:
                clips = sections
            else:
                reference = scorer_text(spoken_dates(reference_text(manifest, version)))
                clips = [Clip("statement", mp3, reference)]
            reports = score(args.wer, clips, args.model)
            figures = evaluate(clips, reports, respelled, scorer, sections)
            results.append({"package": folder.name, "version": version, **figures})
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    for row in results:
        print("\n".join(report_lines(row)))


def report_lines(row: dict[str, Any]) -> list[str]:
    """One package version's lines in the table: its WER, then each kind's tally and misses."""
    lines = [
        f"{row['package']:<55} {row['version']:<9} WER {100 * row['wer']:5.2f}% "
        f"({row['errors']}/{row['ref_words']})"
    ]
    lines.extend(
        f"    section {section['section']:<47} WER {100 * section['wer']:5.2f}% "
        f"({section['errors']}/{section['ref_words']})"
        for section in row.get("sections", [])
    )
    counts = ", ".join(
        f"{kind} {tally['heard']}/{tally['tokens']}"
        for kind, tally in row["heard_by_kind"].items()
        if tally["tokens"]
    )
    if counts:
        lines.append(f"    heard as written: {counts}")
    lines.extend(
        f"    BAD {token['kind']:<9} {token['token']!s:<24} heard {token['heard_as']!r}"
        for token in row["heard_tokens"]
        if not token["heard"]
    )
    return lines


if __name__ == "__main__":
    main()
