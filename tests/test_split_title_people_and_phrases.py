"""Section titles name topics: never a person by their office, and a set phrase whole."""

from __future__ import annotations

from pipeline.stages.split import salient_title

OTHERS = [
    "The budget pays for schools and teachers. Teachers get better pay.",
    "Farmers need rain. The drought hurt farmers across the plains.",
]


def test_a_person_named_by_office_and_name_titles_no_part() -> None:
    text = (
        "President Biden signed the infrastructure bill today. The bill funds roads and "
        "bridges. President Biden thanked Congress for the bill."
    )
    title = salient_title(text, others=OTHERS)
    assert "President" not in title and "Biden" not in title
    assert title == "Bill"


def test_a_person_named_by_office_alone_is_no_second_topic() -> None:
    # "Belarus and Federal Chancellor": the chancellor is who else spoke of Belarus.
    text = (
        "In Europe, along with the Federal Chancellor of Germany, we made progress on Ukraine. "
        "The situation in Belarus could divide us. The people of Belarus deserve admiration. "
        "We spoke with the German Chancellor about Belarus."
    )
    assert salient_title(text, others=OTHERS) == "Belarus"


def test_the_secretary_general_titles_no_part() -> None:
    text = (
        "The Secretary-General welcomed the ceasefire agreement. The Secretary-General urged "
        "all parties to respect the ceasefire. The ceasefire must hold."
    )
    assert "Secretary" not in salient_title(text, others=OTHERS)


def test_an_office_that_opens_a_name_is_kept() -> None:
    text = (
        "The President's Emergency Plan for AIDS Relief treats millions. The President's "
        "Emergency Plan for AIDS Relief has saved lives across Africa."
    )
    assert "Emergency Plan" in salient_title(text, others=OTHERS)


def test_a_spanish_set_phrase_is_one_topic_written_as_spanish_writes_it() -> None:
    text = (
        "Todo será insuficiente sin un alto el fuego. Hago un llamamiento a alcanzar un alto "
        "el fuego. La ocupación de los territorios es ilegal. Una ocupación que debe terminar."
    )
    others = ["La economía crece. La economía crea empleo.", "El clima cambia. El clima."]
    title = salient_title(text, others=others, lang="es")
    assert "alto el fuego" in title.lower()
    assert title != "Ocupación y fuego"


def test_a_french_hyphenated_set_phrase_stays_whole() -> None:
    text = (
        "Nous appelons à un cessez-le-feu immédiat. Le cessez-le-feu doit être respecté. "
        "L'occupation doit cesser. L'occupation viole le droit."
    )
    others = ["L'économie croît. L'économie crée des emplois.", "Le climat change."]
    assert "cessez-le-feu" in salient_title(text, others=others, lang="fr").lower()


def test_a_name_said_once_late_in_a_part_is_no_second_topic() -> None:
    others = [
        *OTHERS,
        "Our nation grows stronger. Our people work hard for our nation.",
        "We thank our troops. Their families serve too.",
    ]
    text = (
        "We are in a long war against a determined enemy. The war will be fought by leaders "
        "of both parties. Let us protect our country. Here at home, our prosperity grows. Our "
        "economy is healthy. Our workers created more jobs than Japan and the European Union "
        "combined. Our people have done well."
    )
    # It was "War and European Union"; "War" alone, a common word, takes what it is against.
    assert salient_title(text, others=others) == "War against a determined enemy"


def test_a_name_said_once_in_the_last_sentence_may_be_the_second_topic() -> None:
    # The last sentence says what the part asks: "Security and Patriot Act" stays.
    text = (
        "Our country must stay on the offensive against terrorism at home. The enemy has not "
        "lost the desire to attack us. Our professionals in homeland security protect us. "
        "They deserve our support for security. They deserve the tools they already use. "
        "So I ask you to reauthorize the Patriot Act."
    )
    assert salient_title(text, others=OTHERS) == "Security and Patriot Act"


def test_a_german_office_is_no_title_word_either() -> None:
    text = (
        "Der Bundeskanzler hat die Delegation empfangen. Der Bundeskanzler sprach über die "
        "Rentenreform. Die Rentenreform sichert die Renten. Der Bundeskanzler dankte."
    )
    others = ["Die Wirtschaft wächst.", "Das Klima ändert sich."]
    assert salient_title(text, others=others, lang="de") == "Rentenreform"
