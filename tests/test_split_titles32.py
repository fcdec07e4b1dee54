"""Section titles a listener hears as odd: "X and Y" of a word the whole speech says, a
place the part opens with left out, half a phrase, the speaker's office as the topic.

Each test is a small text written for the rule, with the wrong title it gave.
"""

from __future__ import annotations

from pipeline.stages.load import SourceText
from pipeline.stages.split import salient_title, split_statement

# Ten other parts of a long speech, six of which say "America".
SPEECH = [
    "America faces a hard winter. Families in America pay more for heating.",
    "Schools in America need teachers. Teachers need better pay.",
    "Farmers feed America. Their harvests were poor this year.",
    "Roads and bridges across America are old. We will repair them.",
    "America trades with the world. Our ports are busy.",
    "Veterans served America. We owe them care.",
    "Our rivers are cleaner than ten years ago.",
    "Science and research lead to new medicines.",
    "Small businesses hire most workers.",
    "Housing costs have risen in every city.",
]


def test_a_word_the_whole_long_speech_says_is_no_second_topic() -> None:
    part = (
        "We must choose the path of unity. That path is hard, and the path is long. America "
        "has walked it before. America will walk it again. America always has, and America "
        "always will."
    )
    # It had been "Path and America": America is in six of ten other parts. "Path" alone, a
    # common word, takes what it is said of.
    assert salient_title(part, others=SPEECH) == "Path of unity"


def test_in_a_short_release_the_subject_said_throughout_still_pairs() -> None:
    others = SPEECH[:3]  # three other parts: no long speech
    part = (
        "We must choose the path of unity. That path is hard, and the path is long. America "
        "has walked it before. America will walk it again. America always has, and America "
        "always will."
    )
    assert salient_title(part, others=others) == "Path and America"


def test_a_name_inside_a_longer_one_the_speech_says_throughout_is_no_second_topic() -> None:
    part = (
        "Our children will judge us. What will our children say of this hour? We will write "
        "the next chapter in the history of the United States of America, and I believe in "
        "America."
    )
    assert salient_title(part, others=SPEECH) == "Children"


def test_a_part_that_opens_in_a_place_and_names_it_again_is_about_it() -> None:
    part = (
        "In Libya, the crisis has hurt the stability of the region. Libya is an example of "
        "the mistakes we could make. The embargo is violated by several Powers. Several "
        "Powers also bring in fighters. The Powers ignore the interests of Libya and its "
        "neighbours."
    )
    # It had been "Libya and Powers".
    assert salient_title(part, others=SPEECH) == "Libya"


def test_the_people_of_a_place_name_it_again() -> None:
    part = (
        "In Syria, the talks in Geneva are a positive step, but they cannot stop at a new "
        "constitution. Elections must respect the sovereignty of the Syrian people. The "
        "normalization of relations depends on a political solution, the only solution."
    )
    # It had been "Normalization and solution".
    assert salient_title(part, others=SPEECH) == "Syria"


def test_a_french_part_that_opens_in_a_place_is_about_it() -> None:
    part = (
        "Au Sahel, la France est engagée aux côtés des cinq États de la région. Les armées "
        "du Sahel progressent, et les sommets ont permis de renforcer la coalition."
    )
    assert salient_title(part, others=[], lang="fr") == "Sahel"


def test_a_place_said_once_is_only_a_setting() -> None:
    part = (
        "In Kyoto, ministers agreed new rules on data sharing. The rules protect victims of "
        "online fraud, and the rules start next year."
    )
    assert salient_title(part, others=SPEECH) != "Kyoto"


def test_a_french_noun_takes_no_adverb_of_degree_as_its_complement() -> None:
    part = (
        "Mon pays se réjouit du choix du thème combien évocateur de cette session. En "
        "évoquant ce thème, je pense aux paysans et à leurs familles."
    )
    assert salient_title(part, others=[], lang="fr") != "Thème combien"


def test_a_future_tense_is_no_complement() -> None:
    french = "Le ministre a déclaré que les écoles rouvriront en septembre."
    spanish = "El ministro dijo que las escuelas abrirán en septiembre."
    assert salient_title(french, others=[], lang="fr") == "Écoles"
    assert salient_title(spanish, others=[], lang="es") == "Escuelas"


def test_to_be_is_no_complement() -> None:
    part = (
        "Le ministre a déclaré que les écoles seront rénovées en septembre et que les écoles "
        "rurales auront des bus."
    )
    # It had been "Ministre", and without the minister "Écoles seront".
    assert salient_title(part, others=[], lang="fr") == "Écoles rurales"


def test_the_office_that_says_the_words_is_no_topic() -> None:
    part = (
        "The Minister said the plan was fair. The Minister also said that nurses would be "
        "paid more from April."
    )
    # It had been "Minister", the one who says it, in a part of one paragraph.
    assert salient_title(part, others=SPEECH[:4]) == "Nurses"


def test_the_office_with_a_name_is_no_topic_either() -> None:
    part = (
        "Health Minister Anna Berg said the plan was fair. The Minister added that nurses "
        "would be paid more from April."
    )
    assert salient_title(part, others=SPEECH[:4]) == "Nurses"  # not "Statement"


def test_the_office_after_the_verb_is_no_topic_either() -> None:
    part = "The waiting lists for hip operations will halve by June, said the Prime Minister."
    assert "Minister" not in salient_title(part, others=SPEECH)


def test_a_heading_that_says_where_the_part_stands_heads_what_goes_on() -> None:
    recap = (
        "The agenda outlined today is ambitious, but it was not made in isolation. It is "
        "the result of conversations with people in every province, who told the government "
        "plainly what they need. People here are confident, and they know what kind of "
        "country they want to live in, and what they expect of this Parliament. "
    ) * 2
    blessing = (
        "By focusing on growth, on open government, on a clean environment and on security, "
        "the government will make real change happen. Members of the House of Commons, you "
        "will be asked to approve the funds required to carry out the services authorized "
        "by Parliament. May Divine Providence guide you in your deliberations and make you "
        "faithful custodians of the trust placed in you."
    )
    text = f"# Speech\n\nConclusion\n\n{recap}\n\n{blessing}"
    sections = split_statement(SourceText(text, "speech.txt"), "en", max_words=120).sections
    assert [s.title for s in sections][-2:] == ["Conclusion", "Conclusion (continued)"]


def test_two_words_said_once_as_a_noun_and_its_complement_are_one_topic() -> None:
    part = (
        "Many parents have deep concerns about the direction of our culture. A culture of "
        "responsibility is taking hold. Every direction we look, we see change in the culture, "
        "and we can take a new direction together."
    )
    # It had been "Direction and culture".
    assert salient_title(part, others=SPEECH) == "Direction of our culture"


def test_two_words_said_once_in_a_clause_stay_apart() -> None:
    part = (
        "We must choose the path of unity, for unity is the path forward. That path is hard, "
        "and unity takes courage."
    )
    assert salient_title(part, others=SPEECH) != "Unity is the path"


def _part(topic: str) -> str:
    return " ".join(
        f"Sentence {n} tells the assembly about {topic} and what the country does for {topic}."
        for n in range(1, 7)
    )


def test_an_address_between_two_parts_opens_the_second() -> None:
    sahel, reform = _part("the Sahel"), _part("the Council")
    for address in ("Monsieur le Président,\n\n", "Monsieur le Président,\n"):
        # Alone on its line, or run on to the paragraph before it as the page had it.
        text = f"# Speech\n\n{sahel}\n{address}{reform}"
        sections = split_statement(SourceText(text, "speech.txt"), "en", max_words=120).sections
        body = [s for s in sections if s.kind.value == "body"]
        assert len(body) == 2
        assert body[0].sentences[-1].endswith("the Sahel.")
        assert body[1].sentences[0].startswith("Monsieur le Président,")


def test_an_address_that_ends_a_paragraph_opens_the_next() -> None:
    from pipeline.models import Paragraph
    from pipeline.stages.split import _address_leads_on

    moved = _address_leads_on(
        [
            Paragraph("Nous sommes marqués par des divergences profondes. Monsieur le Président,"),
            Paragraph("Le Burkina Faso apprécie les actions des Nations Unies."),
        ]
    )
    assert [p.text for p in moved] == [
        "Nous sommes marqués par des divergences profondes.",
        "Monsieur le Président, Le Burkina Faso apprécie les actions des Nations Unies.",
    ]
    # A sentence that ends on a comma is no address.
    kept = [Paragraph("We thank our partners, and our friends in Geneva,"), Paragraph("Next.")]
    assert _address_leads_on(kept) == kept


def test_a_day_the_part_opens_with_is_no_subject() -> None:
    part = (
        "On Monday, ministers met in Geneva to agree the budget. On Monday evening they "
        "signed it, and the budget funds schools and hospitals next year."
    )
    assert salient_title(part, others=SPEECH) != "Monday"
