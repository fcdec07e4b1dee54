"""The plain-words entries added for stiff verbs and phrases the dev corpus still kept.

Each entry is checked where it must swap and where the same letters are another word or a
fixed phrase: "foster" the adjective ("foster care"), "forge" as faking ("forging a
signature"), "leverage" the noun ("gained leverage"), "derived" as a participle ("words
derived from Latin"), "Foster" the name. The sentences are the corpus's and ASSET's own, or
made-up ones of the same build.
"""

from __future__ import annotations

import pytest

from tests.plain_words import after_plain_words


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Over the past year, this coalition has grown and keeps building upon the commitments.",
            "keeps building on the commitments",
        ),
        ("We can rely upon our partners.", "We can rely on our partners."),
        ("Success depends upon trust.", "Success depends on trust."),
        ("The plan is based upon sound science.", "is based on sound science"),
        ("The parties agreed upon a ceasefire.", "The parties agreed on a ceasefire."),
        ("She insisted upon a vote.", "She insisted on a vote."),
        ("He reflected upon his years in office.", "He reflected on his years"),
        ("The report touches upon the issue of water.", "The report touches on the issue"),
        ("The weight of matter is dependent upon gravity.", "dependent on gravity"),
        ("The rules imposed upon small firms are heavy.", "The rules imposed on small firms"),
        ("The name derives from the Nahuatl word for the shrub.", "The name comes from"),
        ("The organic matter in soil derives from plants.", "comes from plants"),
        ("The benefits that derive from trade are large.", "that come from trade"),
        ("So today, let's start afresh, all of us.", "let's start again, all of us."),
        ("We must begin anew.", "We must start again."),
        ("Each and every one of us has a part to play.", "Every one of us has a part"),
        ("We will answer any and all questions.", "We will answer all questions."),
        ("She first came to prominence as a singer.", "She first became well known as"),
        ("Forge international partnerships so we are ready.", "Build international partnerships"),
        ("We will forge new partnerships.", "We will build new partnerships."),
        ("To foster cooperation, members hosted events.", "To encourage cooperation,"),
        ("The goal is for Africa to leverage its own resources.", "Africa to use its own"),
        ("We must harness the power of data.", "We must use the power of data."),
        ("We are mindful of the risks.", "We are aware of the risks."),
        ("The residents are predominately farmers.", "are mostly farmers"),
        ("We must redouble our efforts.", "We must step up our efforts."),
        ("The plan will reinvigorate the economy.", "The plan will revive the economy."),
        ("They resolutely refused.", "They firmly refused."),
        ("Copies are available upon request.", "available on request."),
        ("The country embarked upon a new path.", "The country started on a new path."),
        ("The agency works in tandem with local police.", "The agency works with local police."),
        ("The region offers a wide array of services.", "The region offers many services."),
        ("The lion's share of the funds went to roads.", "Most of the funds went to roads."),
        ("Act in a manner that respects the law.", "Act in a way that respects the law."),
        ("In the run-up to the election, polls were close.", "Before the election,"),
        ("Latvia is a staunch ally of Ukraine.", "Latvia is a strong ally of Ukraine."),
        ("Farmers were adversely affected by the drought.", "Farmers were badly affected"),
        ("A vote wherein each member has one voice.", "A vote in which each member"),
        ("The letters were published in their entirety.", "were published in full."),
        ("Needless to say, the plan failed.", "Of course, the plan failed."),
        ("As a consequence, prices rose.", "As a result, prices rose."),
    ],
)
def test_new_entries_swap(sentence: str, expected: str) -> None:
    assert expected in after_plain_words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # "derived" after a noun is a participle: "came" would make it the sentence's verb.
        "Words derived from Latin are common.",
        # "derive" with an object says who draws it, not where it comes from.
        "We derive energy from food.",
        # "forge" as faking: "building a signature" would change the crime.
        "He was convicted of forging a signature.",
        "They forged new passports.",
        # "foster" as in fostering a child, and the adjective of care.
        "Children in foster care need support.",
        "She will foster children next year.",
        # A name stays.
        "The actor Jodie Foster won an award.",
        # "leverage" the noun: bargaining power, which "use" is not.
        "Power and leverage matter in talks.",
        # "harness" the noun, and "mindful" away from "of".
        "The climber wore a harness.",
        "Mindful breathing helps some people.",
        # A fixed phrase: "once upon a time" holds none of the verb phrases.
        "Once upon a time there was a king.",
        # "staunch" the verb: stopping a flow, which "strong" is not.
        "Nurses tried to staunch the bleeding.",
    ],
)
def test_other_senses_stay(sentence: str) -> None:
    assert after_plain_words(sentence) == sentence


def test_has_derived_keeps_its_tense() -> None:
    # Only after "has" is "derived" surely the verb: "has come from" keeps the perfect.
    assert (
        after_plain_words("The name has derived from a river.") == "The name has come from a river."
    )
