"""The whole rewriter where a reader stumbled: openers of a point granted, a verb said twice,
an address run into a sentence, a name given to a plainer word, the time said twice."""

from __future__ import annotations

from pipeline.rewriters.rules import RulesRewriter


def test_recognizing_that_is_told_first_so_it_still_follows_what_it_names() -> None:
    text = (
        "Recognizing that ransomware is a global threat, we commit to working together "
        "across borders and sectors to counter it."
    )
    plain = RulesRewriter().rewrite_text(text)
    assert plain.index("We recognize that ransomware is a global threat.") < plain.index(
        "We commit to working together"
    )


def test_noting_keeps_the_main_clauses_perfect() -> None:
    text = (
        "Noting that the threat continues to grow, the members have agreed to meet again in "
        "2025 to review progress on the commitments made here."
    )
    plain = RulesRewriter().rewrite_text(text)
    assert plain.startswith("The members have noted")
    assert "The members have agreed to meet again in 2025" in plain


def test_spearheaded_after_led_by_is_headed() -> None:
    text = (
        "The Diplomacy Pillar, led by Germany and Nigeria, spearheaded efforts to expand "
        "the partnerships of the coalition with 18 new members."
    )
    plain = RulesRewriter().rewrite_text(text)
    assert "was led by Germany and Nigeria." in plain
    assert "It headed efforts" in plain
    assert "spearheaded" not in plain
    assert "It led efforts" not in plain


def test_a_verb_with_no_second_plain_word_is_kept_after_its_participle() -> None:
    text = (
        "The Capacity Pillar, supported by Germany and Nigeria, underpins the work of members "
        "to build resilience against ransomware attacks."
    )
    plain = RulesRewriter().rewrite_text(text)
    assert "The Capacity Pillar is supported by Germany and Nigeria." in plain
    assert "It underpins the work" in plain


def test_an_address_run_into_a_sentence_is_left_out() -> None:
    text = (
        "Mister President, The United Nations is a place where no country’s voice can be "
        "dimmed by more resourceful powers."
    )
    plain = RulesRewriter().rewrite_text(text)
    assert plain.startswith("The United Nations is a place")
    assert "Mister President" not in plain


def test_an_apposition_keeps_the_words_it_names() -> None:
    text = (
        "It is imperative for the international community, the United Nations, to support "
        "efforts that ensure the protection of all civilians."
    )
    plain = RulesRewriter().rewrite_text(text)
    assert "the international community, the United Nations," in plain
    assert "the world, the United Nations" not in plain


def test_at_this_time_after_today_is_not_now() -> None:
    plain = RulesRewriter().rewrite_text("And so today, at this time, in this place, let us begin.")
    assert "today, now," not in plain
    assert "today, at this time, in this place" in plain


def test_spearheads_after_led_by_is_heads_not_leads() -> None:
    text = (
        "The Policy Pillar, led by Singapore and the United Kingdom, spearheads efforts to "
        "build resilience against ransomware attacks."
    )
    plain = RulesRewriter().rewrite_text(text)
    assert "It heads efforts" in plain
    assert "It leads efforts" not in plain
