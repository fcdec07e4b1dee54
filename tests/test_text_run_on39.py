"""Text with no end punctuation at all is segmented in windows, so its cost grows with its length."""

from __future__ import annotations

from pipeline.text import _RUN_ON_WINDOW_CHARS, _windows, split_sentences

_LINE = "the police and courts work with partners across the region on crime and justice matters"


def test_a_long_run_without_stops_is_cut_at_spaces_and_keeps_every_word() -> None:
    text = "\n\n".join([_LINE] * 400)  # about 35,000 characters, not one full stop
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert " ".join(sentences).split() == text.split()
    assert all(len(sentence) <= 2 * _RUN_ON_WINDOW_CHARS for sentence in sentences)


def test_prose_with_full_stops_is_windowed_as_before() -> None:
    text = " ".join(["The police work with partners every day."] * 200)
    windows = _windows(text)
    # Cut at sentence ends, never inside a sentence.
    assert all(window.endswith("day.") for window in windows)
    assert split_sentences(text) == ["The police work with partners every day."] * 200


def test_a_short_text_without_stops_stays_one_sentence() -> None:
    assert split_sentences(_LINE) == [_LINE]
