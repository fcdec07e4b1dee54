"""The ASR round trip aligns each transcript once and can score a package section by section."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.test_scripts_asr_eval import _asr_eval

_WER_TOOL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "asr" / "wer.py"


def _scorer(module: ModuleType) -> ModuleType:
    scorer: ModuleType | None = module.load_scorer(_WER_TOOL) if _WER_TOOL.exists() else None
    if scorer is None:
        pytest.skip("the shared ASR scorer is not on this machine")
    return scorer


def _section(stem: str, *timings: tuple[str, float, float]) -> dict[str, Any]:
    sentences = [{"text": text, "start": start, "end": end} for text, start, end in timings]
    return {"audio": {"plain": {"path": f"audio/{stem}.plain.mp3", "sentences": sentences}}}


_MANIFEST: dict[str, Any] = {
    "sections": [
        _section("01-about", ("Statement by Jürgen Stock", 0.0, 1.5)),
        _section("02-silent", ("(Applause.)", 0.0, 0.0)),
        _section(
            "03-future",
            ("Part 3: Future", 0.0, 1.0),
            ("Mr Guterres met UN-Women on 24.09.2024.", 1.2, 4.0),
        ),
        {"audio": {}},
    ]
}


def test_each_section_with_speech_is_one_clip_with_its_own_reference() -> None:
    clips = _asr_eval().section_clips(Path("/pkg"), _MANIFEST, "plain")
    assert [(clip.name, clip.audio, clip.reference) for clip in clips] == [
        ("01-about", Path("/pkg/audio/01-about.plain.mp3"), "Statement by Jürgen Stock\n"),
        (
            "03-future",
            Path("/pkg/audio/03-future.plain.mp3"),
            "Part 3: Future\nMr Guterres met UN-Women on the 24th of September 2024.\n",
        ),
    ]


def test_the_sections_references_joined_are_the_whole_reference() -> None:
    module = _asr_eval()
    whole = module.scorer_text(module.spoken_dates(module.reference_text(_MANIFEST, "plain")))
    clips = module.section_clips(Path("/pkg"), _MANIFEST, "plain")
    assert "".join(clip.reference for clip in clips) == whole


def test_the_kept_alignment_gives_the_same_rows_as_aligning_again() -> None:
    module = _asr_eval()
    scorer = _scorer(module)
    reference = "UN-Women met Paul Kagame on the 24th of September 2024.\n"
    transcript = "You and women met Paul Kagame on the 24th of September 2024."
    tokens = module.tricky_tokens(reference)
    aligned = module.Alignment.of(reference, transcript, scorer)
    as_json = {
        "flags": [[wrong, words] for wrong, words in aligned.flags],
        "gaps": {str(unit): words for unit, words in aligned.gaps.items()},
        "hyp_owner": aligned.hyp_owner,
        "hyp_units": aligned.hyp_units,
    }
    kept = module.Alignment.from_json(as_json)
    assert kept == aligned
    rows = module.tokens_heard_in(reference, kept, tokens, scorer)
    assert rows == module.heard_tokens(reference, transcript, tokens, scorer)
    assert [(row["token"], row["heard"]) for row in rows] == [
        ("UN-Women", False),
        ("Paul Kagame", True),
        ("the 24th of September 2024", True),
    ]


def _report(module: ModuleType, scorer: ModuleType, reference: str, heard: str) -> dict[str, Any]:
    """A report as the ASR worker writes it, for a transcript given instead of audio."""
    result = scorer.score(scorer.normalise(reference), scorer.normalise(heard))
    aligned = module.Alignment.of(reference, heard, scorer)
    return {
        "wer": result["wer"],
        "errors": result["errors"],
        "ref_words": result["ref_words"],
        "worst_spans": [],
        "special_tokens": [],
        "transcript": heard,
        "alignment": {
            "flags": aligned.flags,
            "gaps": {str(unit): words for unit, words in aligned.gaps.items()},
            "hyp_owner": aligned.hyp_owner,
            "hyp_units": aligned.hyp_units,
        },
    }


def test_sections_are_summed_by_words_and_their_tokens_found_in_the_whole() -> None:
    module = _asr_eval()
    scorer = _scorer(module)
    clips = [
        module.Clip("01-about", Path("a.mp3"), "Statement by Paul Kagame\n"),
        module.Clip("02-talks", Path("b.mp3"), "Rwanda met Paul Kagame in Kigali.\n"),
    ]
    reports = [
        _report(module, scorer, clips[0].reference, "Statement by Paul Kagame"),
        _report(module, scorer, clips[1].reference, "Rwanda met Paul Kagame in Kigaly."),
    ]
    figures = module.evaluate(clips, reports, (), scorer)
    assert (figures["errors"], figures["ref_words"], figures["wer"]) == (1, 10, 0.1)
    assert figures["sections"] == [
        {"section": "01-about", "wer": 0.0, "errors": 0, "ref_words": 4},
        {"section": "02-talks", "wer": 0.1667, "errors": 1, "ref_words": 6},
    ]
    # "Rwanda" opens its sentence and is a name only because the whole reference shows it
    # mid-sentence nowhere: it stays out, as it would in the whole stream.
    assert [(row["token"], row["heard"], row["heard_as"]) for row in figures["heard_tokens"]] == [
        ("Paul Kagame", True, "Paul Kagame"),
        ("Paul Kagame", True, "Paul Kagame"),
        ("Kigali", False, "Kigaly."),
    ]
    assert figures["transcript"] == "Statement by Paul Kagame\nRwanda met Paul Kagame in Kigaly."


def test_one_clip_keeps_the_tools_own_rounded_wer_and_lists_no_sections() -> None:
    module = _asr_eval()
    scorer = _scorer(module)
    clip = module.Clip("statement", Path("s.mp3"), "Paul Kagame spoke in Kigali.\n")
    report = _report(module, scorer, clip.reference, "Paul Kagame spoke in Kigaly.")
    figures = module.evaluate([clip], [report], (), scorer)
    assert (figures["wer"], figures["errors"], figures["ref_words"]) == (0.2, 1, 5)
    assert figures["sections"] == []


def test_the_table_shows_each_sections_wer_under_the_whole() -> None:
    row = {
        "package": "interpol",
        "version": "plain",
        "wer": 0.1,
        "errors": 1,
        "ref_words": 10,
        "heard_by_kind": {"name": {"tokens": 0, "heard": 0}},
        "heard_tokens": [],
        "sections": [
            {"section": "01-about", "wer": 0.0, "errors": 0, "ref_words": 4},
            {"section": "02-talks", "wer": 0.1667, "errors": 1, "ref_words": 6},
        ],
    }
    lines = _asr_eval().report_lines(row)
    assert lines[0].split()[-3:] == ["WER", "10.00%", "(1/10)"]
    assert [line.split() for line in lines[1:]] == [
        ["section", "01-about", "WER", "0.00%", "(0/4)"],
        ["section", "02-talks", "WER", "16.67%", "(1/6)"],
    ]


def test_dotted_letters_are_acronyms_to_check_as_written() -> None:
    reference = "U.N. officials met. The plan was welcomed by U.N. officials and the U.S.\n"
    found = [(token.kind, token.text) for token in _asr_eval().tricky_tokens(reference)]
    assert found == [("acronym", "U.N."), ("acronym", "U.N."), ("acronym", "U.S.")]


def _stream_alignment(module: ModuleType, errors: list[int]) -> Any:
    """A kept alignment of ten one-word units, with the errors the scorer charged to each."""
    return module.Alignment(
        flags=[(bool(count), []) for count in errors],
        gaps={},
        hyp_owner=[],
        hyp_units=[],
        unit_words=[1] * len(errors),
        unit_errors=errors,
    )


_TWO_SECTIONS = ("Statement by Paul Kagame\n", "Rwanda met Paul Kagame in Kigali.\n")


def test_the_streams_one_alignment_gives_each_sections_wer() -> None:
    module = _asr_eval()
    scorer = _scorer(module)
    clips = [
        module.Clip("01-about", Path("a.mp3"), _TWO_SECTIONS[0]),
        module.Clip("02-talks", Path("b.mp3"), _TWO_SECTIONS[1]),
    ]
    alignment = _stream_alignment(module, [0, 0, 2, 0, 0, 0, 0, 0, 0, 1])
    assert module.stream_sections(clips, alignment, scorer) == [
        {"section": "01-about", "wer": 0.5, "errors": 2, "ref_words": 4},
        {"section": "02-talks", "wer": 0.1667, "errors": 1, "ref_words": 6},
    ]


def test_the_stream_is_broken_down_only_when_its_sections_make_it_up() -> None:
    module = _asr_eval()
    scorer = _scorer(module)
    sections = [
        module.Clip("01-about", Path("a.mp3"), _TWO_SECTIONS[0]),
        module.Clip("02-talks", Path("b.mp3"), _TWO_SECTIONS[1]),
    ]
    aligned = _stream_alignment(module, [0] * 9 + [1])
    report = {
        "alignment": {
            "flags": aligned.flags,
            "gaps": {},
            "hyp_owner": [],
            "hyp_units": [],
            "unit_words": aligned.unit_words,
            "unit_errors": aligned.unit_errors,
        }
    }
    stream = module.Clip("statement", Path("s.mp3"), "".join(_TWO_SECTIONS))
    rows = module._section_rows([stream], [report], scorer, sections)
    assert [(row["section"], row["errors"], row["ref_words"]) for row in rows] == [
        ("01-about", 0, 4),
        ("02-talks", 1, 6),
    ]
    other = module.Clip("statement", Path("s.mp3"), "Another text altogether.\n")
    assert module._section_rows([other], [report], scorer, sections) == []
