"""Section titles a listener can follow: what a section is about, never a fragment or a name.

Each test is one rule of `salient_title`, on text written for it, with the weak title the
rule replaced.
"""

from __future__ import annotations

from pipeline.readers import table_lines
from pipeline.stages.split import (
    _always_of,
    _Candidate,
    _enumerated_topics,
    _letter_purpose,
    _numbered,
    _offences,
    _only_in_series,
    _romance_opening_subject,
    _surnames,
    _table_title,
    _whole_name,
    _without_surnames,
    salient_title,
)

OTHER = (
    "The council has asked residents to report any leaks they see in the street. Engineers "
    "will visit every report within two hours, and the council will publish an update at "
    "noon each day until the supply is safe."
)


def test_a_table_is_titled_by_what_it_lists_not_by_its_column_headings() -> None:
    rows = [
        ["Collection point", "Address", "Opening hours"],
        ["Eastfield Library", "3 Mill Road", "09:00–17:00"],
        ["St Anne's Church Hall", "40 Quay Street", "10:00–16:00"],
        ["Harbour Sports Centre", "Harbour Way", "08:00–20:00"],
    ]
    table = " ".join(table_lines(rows, headed=True))
    text = f"{table} Bottled water is free, and there is no limit per household."
    # The headings, said in every row, had titled it "Address and Opening".
    assert salient_title(text, others=[OTHER]) == "Collection points and opening hours"


def test_only_a_table_read_with_its_headings_is_titled_by_them() -> None:
    years = [["Offence", "2023", "2024"], ["Burglary", "5,210", "4,987"], ["Theft", "9,1", "8"]]
    # Figures under years name no column a title could say: the section is titled as before.
    assert _table_title(" ".join(table_lines(years, headed=True)), "en") is None
    # Labelled lines with no heading row are a list, not a table.
    assert (
        _table_title("Turnout: 34.9% – Party: Labour; Votes: 12 – Party: Green; Votes: 9", "en")
        is None
    )
    rows = [["Point", "Address"], ["Library", "Mill Road"], ["Hall", "Quay Street"]]
    assert _table_title(" ".join(table_lines(rows, headed=True)), "fr") is None  # English only


def test_an_office_and_a_full_name_said_in_passing_title_nothing() -> None:
    text = (
        "The inquiry into the flooding will open in March. The inquiry was called after a "
        "request from Councillor Ruth Ambler in October. Its report on the flooding will be "
        "published next year."
    )
    title = salient_title(text, others=[OTHER])
    assert "Ambler" not in title and "Councillor" not in title
    assert "Inquiry" in title


def test_a_sentence_that_echoes_the_one_before_counts_once() -> None:
    text = (
        "Many people here feel anxiety and dread about what the winter holds. They worry "
        "about bills and about their jobs. We can meet this if we keep our nerve and show "
        "patience with each other, and if we walk in a neighbour's boots for a while. Walk "
        "in their boots."
    )
    # "boots", said twice only because the speaker says the sentence again, had titled it.
    title = salient_title(text, others=[OTHER])
    assert "boots" not in title.lower()
    assert title == salient_title(text.removesuffix(" Walk in their boots."), others=[OTHER])


def test_a_rare_word_said_once_in_a_pair_keeps_its_pair() -> None:
    text = (
        "Some warned of isolationism and protectionism. We will trade with the world and "
        "compete with confidence, as we have done before."
    )
    assert salient_title(text, others=[OTHER]) == "Isolationism and protectionism"


def test_a_noun_always_said_with_of_after_it_is_no_second_term() -> None:
    text = (
        "It notes that the purpose of the rules is equal access, and that the narrower "
        "reading would deprive that purpose of its effect."
    )
    # "Assistance and purpose" told a listener half of "the purpose of the Regulation".
    assert _always_of(_candidate("purpose"), text, "en")
    assert not _always_of(_candidate("purpose"), f"{text} Its purpose is clear.", "en")
    assert not _always_of(_candidate("territories"), "provinces and territories to act", "en")


def _candidate(word: str) -> _Candidate:
    return _Candidate((word,), word, 1.0, True, 2)


def test_two_title_words_said_the_same_way_each_time_are_titled_by_the_phrase() -> None:
    text = (
        "A passenger who is blind was refused boarding help at a small airport in 2023. The "
        "airline argued that its obligation to provide assistance applied only where its own "
        "agents worked. The court holds that the obligation to provide assistance applies at "
        "every airport. Where no agent is present, assistance must be arranged in advance. It "
        "notes that the purpose of the rules is equal access to air travel, and that the "
        "narrower reading would deprive that purpose of its effect."
    )
    # Paired, "Assistance and obligation" named one thing as two.
    assert salient_title(text, others=[OTHER]) == "Obligation to provide assistance"
    era = (
        "This is the era of automation. The era of automation asks workers for new skills, "
        "and automation will change every trade and every factory in the era ahead."
    )
    assert salient_title(era, others=[OTHER]) == "Era of automation"


FRENCH_OTHER = "Les écoles ont rouvert dans le nord du pays et les familles rentrent chez elles."
SPANISH_OTHER = "La ciencia nos dice que el clima cambia y que las costas sufren cada año."


def test_a_french_bare_noun_takes_the_complement_it_is_said_with() -> None:
    text = (
        "Notre pays dénonce le soutien accordé par certains États aux milices. Ce soutien au "
        "terrorisme international prolonge la guerre."
    )
    # "accordé" goes on in a verb; the second mention says what is supported.
    assert salient_title(text, others=[FRENCH_OTHER], lang="fr") == (
        "Soutien au terrorisme international"
    )
    people = "C'est la volonté du peuple burkinabè à financer la lutte. La diaspora suit."
    # "à financer" goes on in a verb: the adjective alone says which people.
    assert salient_title(people, others=[FRENCH_OTHER], lang="fr") == "Peuple burkinabè"


def test_a_spanish_bare_noun_takes_its_adjective_and_complement() -> None:
    text = (
        "España quiere reforzar la cooperación regional al desarrollo. Nuestro país aportará "
        "más fondos cada año."
    )
    assert salient_title(text, others=[SPANISH_OTHER], lang="es") == (
        "Cooperación regional al desarrollo"
    )


def test_no_romance_complement_from_a_comparison() -> None:
    text = (
        "Queremos dejar un porvenir mejor que el nuestro a quienes vienen detrás. Es nuestra tarea."
    )
    assert salient_title(text, others=[SPANISH_OTHER], lang="es") == "Porvenir"


def test_the_action_a_section_tells_most_titles_it() -> None:
    text = (
        "You admitted causing serious injury by careless driving. You drove your van through "
        "a red light in Harbour Street and hit a cyclist. You drove away and did not stop. "
        "You had driven for ten hours. The cyclist was found by a neighbour."
    )
    # "drive" is told four times, "cyclist" twice: "Cyclist" said who was hit, not what
    # the section tells.
    assert salient_title(text, others=[OTHER]) == "Careless driving"


def test_a_gerund_that_goes_on_as_a_verb_names_no_action() -> None:
    text = (
        "We will not find safety by leaving our friends alone. If we leave them, the threat "
        "will come to us, and leaving is no answer. Our allies know it."
    )
    assert "Leaving" not in salient_title(text, others=[OTHER])


def test_a_section_that_opens_by_saying_what_it_lists_is_titled_by_it() -> None:
    text = (
        "The number of postal votes rejected was as follows: no signature: 14; no date of "
        "birth: 9; both missing: 3. The count was overseen by Councillor Mark Ellery Jones."
    )
    assert salient_title(text, others=[OTHER]) == "Rejected postal votes"


def test_a_name_keeps_the_number_it_is_always_said_with() -> None:
    text = (
        "This summer our Key Stage 2 pupils sat their national tests. In the Key Stage 2 "
        "reading test, 86% reached the expected standard. The Key Stage 2 results are the "
        "best since 2016, and the Key Stage 2 team deserves our thanks."
    )
    # Titling counts words: the number fell off, and "Key Stage" named no stage.
    assert salient_title(text, others=[OTHER]) == "Key Stage 2"
    treaty = (
        "Under Article 5 of the treaty, an attack on one ally is an attack on all. Article 5 "
        "has been invoked only once. We stand by Article 5 without condition."
    )
    assert salient_title(treaty, others=[OTHER]) == "Article 5"  # was "Article and attack"


def test_two_numbers_of_one_name_are_both_told_and_a_date_is_no_number() -> None:
    text = (
        "Our Key Stage 1 pupils did well. Key Stage 1 phonics results rose. In Key Stage 2, "
        "results fell. The Key Stage 2 writing scores were lower than Key Stage 1."
    )
    assert salient_title(text, others=[OTHER]) == "Key Stage 1 and 2"
    assert _numbered("Wednesday", "on Wednesday 19 November") is None
    assert _numbered("Labour", "Labour 41% and Labour 40%") is None
    assert _numbered("Congress", "Members of Congress I ask you") is None


def test_a_name_is_taken_whole_across_its_and_or_for() -> None:
    levy = (
        "Employers tell me they cannot find the skills they need. The Growth and Skills Levy "
        "will replace the Apprenticeship Levy. Firms will spend up to half of the Growth and "
        "Skills Levy on shorter courses."
    )
    assert salient_title(levy, others=[OTHER]) == "Growth and Skills Levy"  # was "Skills Levy"
    survey = (
        "These statistics count crimes recorded by the police, not all crime. The Crime "
        "Survey for England and Wales gives a better measure of long-term trends."
    )
    assert _whole_name("Crime Survey", survey) == "Crime Survey for England and Wales"
    # Two names in a row are not one: only one word before "and" is taken into a name.
    assert _whole_name("General Assembly", "the Security Council and General Assembly") == (
        "General Assembly"
    )


def test_a_surname_said_alone_titles_nothing() -> None:
    facts = (
        "Daniel Harker, 34, of Orchard Lane, pleaded guilty to arson and dangerous driving. "
        "Harker poured petrol over a car and set it alight. When officers arrived at Harker's "
        "address, Harker drove at them. One officer broke his wrist, and officers chased the van."
    )
    assert "Harker" not in salient_title(facts, others=[OTHER])  # was "Harker and officers"
    assert _surnames([facts]) == {"Harker"}
    # Named in full in the notes, the person is no topic either; a word as common as "King"
    # is kept ("Life of Coretta Scott King"), and so is a name the surname begins.
    notes = "Daniel Harker (born 1992) was sentenced on 31 October. The Harker Group is his firm."
    assert _without_surnames(notes, _surnames([facts])).split()[:2] == ["—", "(born"]
    assert "Harker Group" in _without_surnames(notes, _surnames([facts]))
    assert _surnames(["Mrs Coretta Scott King said"]) == frozenset()


def test_the_offences_a_defendant_pleaded_guilty_to_title_the_facts_of_the_case() -> None:
    facts = (
        "A man who drove at police officers has been jailed. Daniel Harker, 34, pleaded guilty "
        "to arson with intent to endanger life, dangerous driving and assaulting an emergency "
        "worker. When officers arrived, he drove towards them. One of the officers was thrown "
        "onto the bonnet, and officers chased the van through residential streets."
    )
    # Counting had titled the facts by the officers he drove at ("Harker and officers").
    assert salient_title(facts, others=[OTHER]) == "Arson and dangerous driving"
    assert _offences("She was convicted of murder at Leeds Crown Court.", "en") == "Murder"
    assert _offences("He pleaded guilty to the charge.", "en") is None
    counts = "He pleaded guilty to three counts of sexual assault and two charges of burglary."
    assert _offences(counts, "en") == "Sexual assault and burglary"  # was "Three counts"
    named = "He was found guilty of causing death by dangerous driving and failing to stop."
    assert _offences(named, "en") == "Causing death by dangerous driving"


def test_a_part_that_opens_with_a_counted_topic_is_titled_by_the_topics_it_counts() -> None:
    text = (
        "Second, water. Flooding on the Ouse destroyed crops on 14,000 hectares, and farms in "
        "the Vale of York were under water for weeks. Third, people. The average age of a "
        "farmer is 59, and we will fund 1,200 apprenticeships for farmers."
    )
    # "Farmers", said twice in the second topic, had titled both.
    assert salient_title(text, others=[OTHER]) == "Water and people"
    # A clause is no topic, and a count inside a part is one of its details.
    assert _enumerated_topics("Thirdly, we must protect our goods. It matters.", "en") is None
    assert _enumerated_topics("Farming had a hard year. First, money. It is late.", "en") is None


def test_a_justice_named_in_full_titles_no_section() -> None:
    text = (
        "A fair society depends on courts that deliver equal justice under the law. The Supreme "
        "Court has two new members on its bench: Chief Justice Mary Holt and Justice Sam Orrin. "
        "I will nominate judges who serve the law and do not legislate from the bench. After 24 "
        "years of service, the nation is grateful to Justice Ruth Delane Moore."
    )
    others = ["We will cut taxes for families.", "Our schools need more teachers."]
    # Like "Judge Pemberton", a justice is the person of an office, no part's subject: "Justice
    # Ruth Delane Moore" had titled it.
    assert salient_title(text, others=others) == "Bench and Supreme Court"


def test_a_name_said_only_as_one_of_a_row_of_places_is_no_second_term() -> None:
    text = (
        "I am asking anyone who was in Fenwick Road, Carlton Street or Northgate Park between "
        "9.30pm and 10pm to think back. Anyone with information should call 101. Information "
        "can also be given anonymously to Crimestoppers."
    )
    # One place of three, said as an example, had titled it "Information and Northgate Park".
    assert salient_title(text, others=[OTHER]) == "Information"
    assert _only_in_series("Northgate Park", text)
    assert not _only_in_series("Northgate Park", "He ran off towards Northgate Park.")


def test_a_letter_that_opens_by_saying_what_it_shares_is_titled_by_it() -> None:
    text = (
        "I am writing to share our Key Stage 2 results for this summer. This year, 78% of "
        "pupils reached the expected standard. In reading, 86% reached the expected standard, "
        "and in mathematics 83% reached the expected standard."
    )
    # The words the results are told in had titled them ("Expected standard").
    assert salient_title(text, others=[OTHER]) == "Key Stage 2 results"
    opening = "We are writing to let you know about changes to bin collections from June."
    assert _letter_purpose(opening, "en") == "Changes to bin collections"
    assert _letter_purpose("I am writing to explain what happened.", "en") is None


def test_the_jury_that_hears_every_fact_titles_none() -> None:
    text = (
        "The jury heard that Mrs Clara Benning, 81, was asleep in bed when the intruder broke "
        "in through a rear window. The jury was told that he pulled her from her bed and "
        "demanded money. The jury also heard that he took jewellery worth 4,000 pounds and a "
        "purse. Her neighbour found her on the floor the next morning."
    )
    others = ["The defendant was jailed for nine years at Bristol Crown Court."]
    # "The jury heard …" tells every fact: the jury had titled them ("Jury and bed").
    assert salient_title(text, others=others) == "Intruder"


def test_a_name_is_taken_whole_from_the_word_before_its_of() -> None:
    text = "The Union of Soviet Socialist Republics broke apart, and its states chose freedom."
    # "Soviet Socialist Republics" had titled a part: a name cut at its "of".
    assert _whole_name("Soviet Socialist Republics", text) == "Union of Soviet Socialist Republics"
    said = "the Food and Agriculture Organization of the United Nations"
    assert _whole_name("United Nations", said) == "United Nations"  # a longer name's tail


def test_a_long_refrain_is_titled_by_what_the_speaker_wants() -> None:
    text = (
        "Je suis une mère. Je veux pouvoir vivre libre, digne et fière ! Je suis un paysan. "
        "Je veux pouvoir vivre libre, digne et fière ! Je suis un enfant des villes. Je veux "
        "pouvoir vivre libre, digne et fière !"
    )
    # The whole sentence, eight words, had titled it: a title is a phrase of six at most.
    assert salient_title(text, others=[OTHER], lang="fr") == "Vivre libre, digne et fière"


def test_a_name_always_said_before_a_noun_keeps_the_noun() -> None:
    text = (
        "We have responsibilities to every people. We will not accept the fate of the Uyghur "
        "Muslim minority, and we will keep our responsibilities to them."
    )
    title = salient_title(text, others=[OTHER])
    # A modifier alone names no one: it had titled the part "… and Uyghur Muslim".
    assert "Uyghur Muslim minority" in title


def test_a_spanish_part_whose_words_are_said_once_is_titled_by_its_opening_subject() -> None:
    text = (
        "Desde hace tres años, aumenta el precio de la vivienda en todas las ciudades del país. "
        "Aumenta también el número de familias que dedican más de la mitad de sus ingresos al "
        "alquiler. Es decir, el equivalente a un salario entero cada dos meses. Estas cifras "
        "exigen una respuesta firme de todas las administraciones."
    )
    other = (
        "El Gobierno presentará la próxima semana un plan de empleo juvenil. El plan incluye "
        "becas, contratos de formación y ayudas a las empresas que contraten."
    )
    # "Aumenta", said twice, kept the English rule from holding: "Equivalente", said once
    # in passing, had titled the part.
    assert salient_title(text, others=[other], lang="es") == "Precio de la vivienda"


def test_the_opening_subject_is_a_noun_with_its_words_and_no_pointer_back() -> None:
    # The subject after a verb that comes first, or after an opening clause.
    assert (
        _romance_opening_subject("Por primera vez, crece el número de conflictos armados.", "es")
        == "Número de conflictos"
    )
    assert (
        _romance_opening_subject(
            "Dans nos campagnes, les coupures de courant privent des milliers de foyers.", "fr"
        )
        == "Coupures de courant"
    )
    # "Ces faits" names what the part before told; "Les hablo" opens with a pronoun; a bare
    # "thème" says no more than the rare word it would replace.
    assert _romance_opening_subject("Ces faits graves révèlent une volonté ancienne.", "fr") is None
    assert _romance_opening_subject("Les hablo en nombre de mi país.", "es") is None
    assert _romance_opening_subject("Le thème de notre session est important.", "fr") is None
    assert _romance_opening_subject("The price of housing rises.", "en") is None


def test_a_french_part_titled_by_a_phrase_keeps_it_over_its_opening_subject() -> None:
    text = (
        "Depuis le début de l'été, le niveau des nappes baisse dans le nord du département. "
        "Les relevés placent trois communes en situation de crise. La préfète a signé ce matin "
        "un arrêté qui interdit l'arrosage des jardins et le lavage des véhicules."
    )
    other = "Les contrôles de la gendarmerie seront renforcés pendant les vacances."
    # Only a bare word said once gives way to the opening subject ("Niveau des nappes").
    assert salient_title(text, others=[other], lang="fr") == "Arrosage des jardins"
