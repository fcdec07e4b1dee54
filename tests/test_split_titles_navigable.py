"""Section titles a listener skipping chapters can tell apart: no lone common noun, no pair of
words the part never says together."""

from __future__ import annotations

from pipeline.stages.split import salient_title

OTHERS = [
    "The budget pays for schools and teachers. Teachers get better pay.",
    "Farmers need rain. The drought hurt farmers across the plains.",
    "Our rivers are cleaner than ten years ago. Fish have come back to them.",
]


def test_a_lone_common_noun_takes_what_it_is_the_courage_to_do() -> None:
    text = (
        "Last year I called on you to have the courage to build peace. Such courage has been "
        "tested by a crisis. That courage came from nurses and doctors on the front line."
    )
    assert salient_title(text, others=OTHERS) == "Courage to build peace"


def test_a_lone_common_noun_takes_the_adjective_said_before_it_each_time() -> None:
    text = (
        "The world will have to learn to live with this new reality. That new global reality "
        "is clear and brutal. We must face it with clear eyes."
    )
    assert salient_title(text, others=OTHERS) == "New reality"


def test_a_word_that_only_points_is_no_adjective_of_the_title() -> None:
    text = (
        "We look after our own security. Our own security comes before trade. No one else "
        "will guard it for us."
    )
    assert not salient_title(text, others=OTHERS).startswith("Own")


def test_a_lone_common_noun_takes_the_clause_that_says_what_it_does_for_us() -> None:
    text = (
        "May this be the story that guides us, the story that inspires us, the story that "
        "our children tell. We owe it to those who came before."
    )
    assert salient_title(text, others=OTHERS) == "Story that guides us"


def test_two_phrases_of_one_pair_title_with_the_one_said_last() -> None:
    text = (
        "We will not lead by the example of our power. We will lead by the power of our "
        "example. Others follow an example."
    )
    assert salient_title(text, others=OTHERS) == "Power of our example"


def test_a_word_said_with_complements_of_two_kinds_keeps_none() -> None:
    text = (
        "The sentence for the theft is two years. The sentence of the court for the assault "
        "is six months. You will serve half of each sentence."
    )
    title = salient_title(text, others=OTHERS)
    assert title.split()[0] == "Sentence" and "theft" not in title


def test_a_rare_lone_word_is_title_enough() -> None:
    text = (
        "Memories of those we lost oblige us to act and exclude cynicism. Young people believe "
        "our words. If we betray them, they will lose hope."
    )
    assert salient_title(text, others=OTHERS) == "Cynicism"


def test_two_words_never_said_near_each_other_are_not_one_topic() -> None:
    text = (
        "The Supreme Court has two new members on its bench. I thank the Senate for its vote. "
        "Judges must not legislate from the bench. A retired judge is with us tonight. She "
        "served for many years. We are grateful to her. Science must keep its ethics. I ask "
        "you to ban trade in embryos and research that destroys embryos."
    )
    title = salient_title(text, others=OTHERS)
    assert title.lower() not in {"embryos and bench", "bench and embryos"}


def test_two_words_said_together_stay_paired() -> None:
    text = (
        "We must secure our borders. Immigration must be orderly, and our borders must be open "
        "to trade. Immigration laws need reform. Agents at the borders need support."
    )
    assert salient_title(text, others=OTHERS) == "Borders and immigration"


def test_a_french_title_gets_no_english_complement() -> None:
    text = (
        "Le courage de bâtir la paix nous oblige. Ce courage a été mis à l'épreuve par la "
        "crise. Ce courage est venu des soignants."
    )
    title = salient_title(text, others=OTHERS, lang="fr")
    assert title.startswith("Courage") and not any(
        word in title.split() for word in ("to", "of", "that")
    )


def test_a_lone_name_is_left_as_it_is() -> None:
    text = (
        "A sudden withdrawal would put men like Zarqawi in charge. Zarqawi wants us gone. We "
        "must keep our word."
    )
    assert salient_title(text, others=OTHERS) == "Zarqawi"
