"""Section titles from the dev corpus review: an adjective pair without its noun, a speech's
refrain glued to one sentence's word, Iran and its weapons, a bare common word.

Each test is a small text written for the rule, with the title it gave before.
"""

from __future__ import annotations

from pipeline.stages.split import _title_candidates, salient_title


def test_two_adjectives_whose_noun_always_follows_are_no_title_phrase() -> None:
    part = (
        "We must make vaccines global public goods to which everyone has access. Health, a "
        "global public good, is a battle we have waged for a year. Vaccines save lives."
    )
    shown = [candidate.shown for candidate in _title_candidates(part, [], "en")]
    # "global public" was counted twice ("good" is no title word) and offered as a topic.
    assert "global public" not in shown
    assert shown[0] == "vaccines"


def test_a_phrase_ending_on_a_noun_stays_a_candidate() -> None:
    part = (
        "Iran seeks nuclear weapons. The world must stop nuclear weapons from spreading. "
        "Talks go on."
    )
    shown = [candidate.shown for candidate in _title_candidates(part, [], "en")]
    assert "nuclear weapons" in shown


HOPEFUL_SPEECH = [
    "A hopeful society rewards work. Our economy grows.",
    "A hopeful society cares for the sick. Hospitals are open.",
    "Schools teach children to read.",
]


def test_a_refrain_the_sentences_open_with_is_no_second_topic_of_one_sentences_word() -> None:
    part = (
        "A hopeful society depends on courts that deliver equal justice. The court has two new "
        "members on its bench. They must serve the law and not legislate from the bench. Today "
        "marks the retirement of a fine judge. We thank her for her service. A hopeful society "
        "has institutions of science that do not cut ethical corners. Tonight I ask you to ban "
        "the cloning of embryos and the sale of human embryos."
    )
    # It had been "Embryos and hopeful society": the bill's subject glued to the frame.
    assert salient_title(part, others=HOPEFUL_SPEECH) == "Embryos"


def test_a_refrain_said_in_the_leads_own_sentence_still_pairs() -> None:
    part = (
        "A hopeful society depends on courts. A hopeful society protects human embryos from "
        "sale, and from the cloning of embryos. We will see it through."
    )
    assert salient_title(part, others=HOPEFUL_SPEECH) == "Embryos and hopeful society"


IRAN_SPEECH = [
    "Our economy grew last year. Jobs were created.",
    "Schools teach children to read.",
    "Our soldiers serve with honor.",
]


def test_a_name_pairs_with_what_its_own_government_is_twice_described_by() -> None:
    part = (
        "The same is true of Iran, a nation held hostage by a small elite. The regime in that "
        "country sponsors terrorists. The Iranian government is defying the world with its "
        "nuclear ambitions, and the world must not permit the Iranian regime to gain nuclear "
        "weapons. Tonight, let me speak to the citizens of Iran. We hope one day to be friends "
        "with a free Iran."
    )
    # It had been "Iran and regime": the regime is Iran's own, said as "the Iranian regime".
    assert salient_title(part, others=IRAN_SPEECH) == "Iran and nuclear weapons"


def test_a_word_said_after_another_name_is_a_second_topic_still() -> None:
    part = (
        "Iran sponsors terrorists. The regime in Iran jails its people. The Syrian regime "
        "does too. We speak to the citizens of Iran, and the regime will hear us."
    )
    # "the Syrian regime" is another country's: the part's regime is still said of Iran.
    assert salient_title(part, others=IRAN_SPEECH) == "Regime in Iran"


PLAIN_SPEECH = [
    "Our economy grew last year. Jobs were created.",
    "Schools teach children to read.",
    "Our roads are old and need repair.",
]


def test_an_echoed_common_word_takes_what_the_part_says_of_it() -> None:
    part = (
        "Leaders met in Geneva this week. They found the courage to build peace where there "
        "was war. It asks of each of us what it asked of them: courage. Courage."
    )
    # The echo had returned "Courage" before any fuller form was looked for.
    assert salient_title(part, others=PLAIN_SPEECH) == "Courage to build peace"


def test_a_common_word_takes_the_deed_it_is_said_to_be_when_the_part_says_it_again() -> None:
    part = (
        "Sergeant Dan Clay wrote a letter to his family. He wrote: I know what honor is. It has "
        "been an honor to protect and serve all of you. Do not hesitate to support those of us "
        "who have the honor of protecting you. His family is with us tonight."
    )
    assert salient_title(part, others=PLAIN_SPEECH) == "Honor to protect and serve"


def test_a_deed_said_once_gives_no_fuller_title() -> None:
    part = (
        "Sergeant Dan Clay wrote a letter to his family. He wrote: I know what honor is. It has "
        "been an honor to serve all of you. Do not hesitate to support those of us who have "
        "the honor of standing guard. His family is with us tonight."
    )
    assert salient_title(part, others=PLAIN_SPEECH) == "Honor"


FREEDOM_SPEECH = [
    "Freedom is the birthright of every people. Our economy grew last year.",
    "Schools teach children freedom of thought.",
    "Freedom of the press matters. Our roads are old.",
]


def test_a_common_word_said_throughout_a_speech_takes_the_noun_it_is_said_of() -> None:
    part = (
        "From the disruption of terror networks to the spread of freedom in troubled regions, "
        "we need our friends. American leaders rejected isolation and retreat. They knew that "
        "we are safer when freedom is on the march."
    )
    assert salient_title(part, others=FREEDOM_SPEECH) == "Spread of freedom"


def test_a_noun_as_common_as_part_gives_no_fuller_title() -> None:
    part = (
        "From the rest of the world to the part of freedom we hold, we need our friends. "
        "American leaders rejected isolation and retreat. They knew that we are safer when "
        "freedom is on the march."
    )
    assert salient_title(part, others=FREEDOM_SPEECH) == "Freedom"
