"""The ASR round trip's reference holds what the voice says, not what it rightly leaves unsaid."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "asr_eval.py"


def _asr_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("asr_eval", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _manifest(*timings: tuple[str, float, float]) -> dict[str, object]:
    sentences = [{"text": text, "start": start, "end": end} for text, start, end in timings]
    return {"sections": [{"audio": {"original": {"sentences": sentences}}}]}


def test_a_stage_direction_the_voice_does_not_say_is_not_in_the_reference() -> None:
    manifest = _manifest(
        ("Part 3: Freedom.", 0.0, 1.2),
        ("We will not tire.", 1.5, 2.8),
        ("(Applause.)", 2.8, 2.8),
        ("We will not falter.", 3.1, 4.4),
    )
    reference = _asr_eval().reference_text(manifest, "original")
    assert reference == "Part 3: Freedom.\nWe will not tire.\nWe will not falter.\n"


def test_a_version_without_audio_adds_nothing() -> None:
    manifest = _manifest(("Said.", 0.0, 1.0))
    assert _asr_eval().reference_text(manifest, "plain") == "\n"


def test_a_dotted_date_is_written_as_the_voice_reads_it_not_as_a_decimal() -> None:
    spoken = _asr_eval().spoken_dates("Signed on 24.09.2024 in Geneva.")
    assert spoken == "Signed on the 24th of September 2024 in Geneva."


def test_iso_and_slashed_dates_follow_the_voices_day_and_month_order() -> None:
    spoken = _asr_eval().spoken_dates("From 2024-09-24 to 9/24/2024 and 1/10/2020.")
    assert spoken == (
        "From the 24th of September 2024 to September 24th, 2024 and the 1st of October 2020."
    )


def test_a_date_in_words_gets_the_ordinal_the_voice_says() -> None:
    spoken = _asr_eval().spoken_dates("On 22 March, and on September 3, 2021, it met.")
    assert spoken == "On the 22nd of March, and on September 3rd, 2021, it met."


def test_a_decimal_and_an_impossible_date_stay_as_written() -> None:
    text = "Growth was 3.5 percent; code 45.13.2020 and 12.5.2.1 are not dates."
    assert _asr_eval().spoken_dates(text) == text


def test_tokens_to_check_come_from_the_text_itself() -> None:
    module = _asr_eval()
    reference = (
        "Part 2: Health\n"
        "On the 1st of October 2020, UN-Women and COVAX met Paul Kagame in Kigali with 40 states.\n"
        "Mr Guterres thanked Rwanda. Rwanda thanked him."
    )
    found = [(token.kind, token.text) for token in module.tricky_tokens(reference, {"Guterres"})]
    assert found == [
        ("number", "2"),
        ("date", "the 1st of October 2020"),
        ("acronym", "UN-Women"),
        ("acronym", "COVAX"),
        ("name", "Paul Kagame"),
        ("name", "Kigali"),
        ("number", "40"),
        ("respelled", "Guterres"),
        ("name", "Rwanda"),
        ("name", "Rwanda"),
    ]


def test_a_capitalised_word_opening_a_sentence_is_no_name() -> None:
    found = _asr_eval().tricky_tokens("The meeting ended. Thanks were given.")
    assert found == []


def test_respelled_words_are_the_lexicons_words_not_its_acronyms() -> None:
    words = _asr_eval().respelled_words(
        {"UN": "U N", "Fallujah": "fuh-LOO-jah"}, ["in sight", "lead"]
    )
    assert words == {"Fallujah", "lead"}


_WER_TOOL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "asr" / "wer.py"


def test_each_token_is_reported_heard_or_misheard_with_what_was_heard() -> None:
    import pytest

    module = _asr_eval()
    scorer = module.load_scorer(_WER_TOOL) if _WER_TOOL.exists() else None
    if scorer is None:
        pytest.skip("the shared ASR scorer is not on this machine")
    reference = "UN-Women met Paul Kagame on the 24th of September 2024.\n"
    transcript = "You and women met Paul Kagame on the 24th of September 2024."
    tokens = module.tricky_tokens(reference)
    rows = module.heard_tokens(reference, transcript, tokens, scorer)
    assert [(row["token"], row["heard"]) for row in rows] == [
        ("UN-Women", False),
        ("Paul Kagame", True),
        ("the 24th of September 2024", True),
    ]
    assert "You" in rows[0]["heard_as"]
    assert module.misheard_summary(rows)["acronym"] == {"tokens": 1, "heard": 0}


def test_the_table_lists_each_kinds_tally_and_every_misheard_token() -> None:
    row = {
        "package": "12-france",
        "version": "plain",
        "wer": 0.0412,
        "errors": 40,
        "ref_words": 971,
        "heard_by_kind": {
            "date": {"tokens": 0, "heard": 0},
            "acronym": {"tokens": 3, "heard": 2},
            "name": {"tokens": 5, "heard": 5},
        },
        "heard_tokens": [
            {"token": "UN-Women", "kind": "acronym", "heard": False, "heard_as": "you and women"},
            {"token": "COVAX", "kind": "acronym", "heard": True, "heard_as": "COVAX"},
        ],
    }
    lines = _asr_eval().report_lines(row)
    assert lines[0].split()[-3:] == ["WER", "4.12%", "(40/971)"]
    assert lines[1] == "    heard as written: acronym 2/3, name 5/5"
    assert lines[2:] == [f"    BAD acronym   {'UN-Women':<24} heard 'you and women'"]
