"""Section titles that say what a section is about, not a detail said once in it."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import SectionKind
from pipeline.stages.load import SourceText, load_source
from pipeline.stages.split import salient_title, split_statement

APPEAL_RELEASE = Path(__file__).parent / "data" / "witness_appeal.txt"

COLLISION = (
    "Officers investigating a serious collision on the B1040 near Eastby are appealing for "
    "witnesses. The collision, involving a blue Skoda Octavia and a lorry, happened at "
    "around 7pm on Friday. The driver of the Octavia was taken to hospital with serious "
    "injuries. The other driver was not hurt. The road was closed while collision "
    "investigators examined the scene."
)
APPEAL = (
    'Sergeant Tom Hale, of the Roads Policing Unit, said: "We want to hear '
    'from anyone who saw the car before the crash." Anyone with information is asked to '
    "call Eastshire Police on 101. Information can also be given anonymously to Crimestoppers."
)


def test_a_name_said_once_does_not_title_a_section_about_something_said_throughout() -> None:
    titles = [s.title for s in split_statement(load_source(APPEAL_RELEASE)).sections]
    # "Vauxhall Astra", said once, had titled the collision; "Roads Policing Unit", the
    # quoted sergeant's unit, had titled the call for information.
    assert titles == ["About this statement", "Collision and injuries", "Information"]


def test_the_unit_of_a_quoted_officer_and_the_issuer_title_nothing() -> None:
    title = salient_title(APPEAL, others=[COLLISION], issuer="Eastshire Police")
    assert title == "Information"
    # Without the issuer known, its name said once is still a candidate.
    assert "Roads Policing Unit" not in salient_title(APPEAL, others=[COLLISION])


def test_a_word_as_general_as_number_does_not_lead() -> None:
    release = load_source(Path(__file__).parent / "data" / "road_deaths.md")
    titles = [s.title for s in split_statement(release).sections]
    assert titles[1] == "Roads"  # was "Number and roads", of "The number of people killed"


def test_the_voice_that_opens_every_paragraph_titles_no_section() -> None:
    # "The members of the Security Council condemned … expressed … called on …": the voice.
    release = load_source(Path(__file__).parent / "data" / "sc_press_statement.txt")
    titles = [s.title for s in split_statement(release).sections]
    assert titles == ["About this statement", "Valmira and Estavia"]  # was "Security Council"


def test_cannot_is_no_title() -> None:
    text = (
        "We cannot build our way out of this overnight. But we cannot wait either, and we "
        "will build faster. The waiting list has 212,000 households on it today."
    )
    assert salient_title(text, others=["Thank you."]) != "Cannot"


NOTICE = (
    "ENFORCEMENT NOTICE\n\n"
    "Northmere Water Services Regulation Authority\n\n"
    "Summary\n\n"
    "The Authority has found that Carrow Valley Water Limited has failed to meet its duty to "
    "maintain an efficient and economical system of water supply, and lost 142 million litres "
    "of water a day through leaks.\n\n"
    "What the company must do\n\n"
    "The company must:\n\n"
    "1. Publish, by 31 January 2027, a plan to reduce leakage to no more than 108 million "
    "litres a day by 31 March 2029.\n\n"
    "2. Repair every reported visible leak within 24 hours of the report.\n\n"
    "3. Report its progress to the Authority every three months, and publish each report.\n\n"
    "Right of appeal\n\n"
    "The company may appeal against this notice to the Competition Tribunal within 28 days of "
    "the date of the notice, and the Authority may take further action if it does not comply.\n"
)


def test_a_heading_over_a_lead_in_to_a_list_starts_its_own_section() -> None:
    # "What the company must do" over "The company must:" had been a paragraph of "Summary".
    statement = split_statement(SourceText(NOTICE, "notice.txt"))
    sentences = [sentence for s in statement.sections for sentence in s.sentences]
    assert "What the company must do" not in sentences
    assert any("What the company must do" in s.title for s in statement.sections)


NOTES = (
    "Unofficial document for media use, not binding on the Court of Justice. The full text of "
    "the judgment is published on the CURIA website on the day of delivery. Press contact: "
    "Anna Lindqvist, tel. +352 4303 3355, anna.lindqvist@curia.example.eu"
)
RULING = "The Court holds that the duty to give assistance applies at every station."


def test_phone_numbers_e_mail_addresses_and_contacts_title_nothing() -> None:
    title = salient_title(NOTES, others=[RULING])
    for word in ("Tel", "Anna", "Lindqvist", "curia", "example"):
        assert word.lower() not in title.lower()
    contact = "Press contact: Anna Lindqvist, tel. +352 4303 3355, anna.lindqvist@curia.example.eu"
    assert salient_title(contact, others=[RULING]) == "Press contact"


SPEECH = (
    "Speech by the Minister for Housing at the Northmere Homes Summit\n\n"
    "Thank you, Chair, and good morning, everyone.\n\n"
    "It is a pleasure to be here in Lorensburg, with so many of the people who build our "
    "homes.\n\n"
    "Let me begin with a number: 212,000. That is how many households in Northmere are on a "
    "waiting list for social housing today. Behind that number are families living in one "
    "room, and young people who cannot leave home.\n\n"
    "We cannot build our way out of this overnight. But we can build faster, and we can build "
    "better.\n"
)


def test_thanks_then_an_address_is_the_greeting_and_the_venue_titles_nothing() -> None:
    statement = split_statement(SourceText(SPEECH, "speech.txt"))
    kinds = [s.kind for s in statement.sections]
    assert kinds[:2] == [SectionKind.TITLE, SectionKind.GREETING]
    assert statement.sections[1].sentences == ("Thank you, Chair, and good morning, everyone.",)
    body = statement.sections[2].title
    # "Lorensburg and households": where the minister stood, and a word said once.
    assert "Lorensburg" not in body and " and " not in body


def test_thanks_before_the_statement_itself_is_no_greeting() -> None:
    text = SPEECH.replace(
        "Thank you, Chair, and good morning, everyone.",
        "Thank you for coming. Today I am announcing a plan to build homes faster.",
    )
    statement = split_statement(SourceText(text, "speech.txt"))
    assert SectionKind.GREETING not in [s.kind for s in statement.sections]


BUDGET_PART = (
    "For a band D home, this means an increase of £1.71 a week. Households on the lowest "
    "incomes will continue to receive up to 100 per cent support through our council tax "
    "reduction scheme. I want to be clear about what we are protecting. We will keep all 14 "
    "libraries open. We will not reduce the number of bin collections. And we will invest £38 "
    "million over four years to repair roads and pavements. These are difficult choices."
)
BUDGET_OPENING = (
    "I present to you today a balanced budget. To set a balanced budget, we need to close a "
    "gap of £23.4 million, and we propose to raise council tax by 4.99 per cent."
)


def test_a_section_where_no_word_recurs_takes_the_topic_its_speaker_announces() -> None:
    # Every word said once: "Pavements and reduction" paired two details.
    assert salient_title(BUDGET_PART, others=[BUDGET_OPENING]) == "What we are protecting"
    # Without the signpost, one word said once is not paired with a word of another
    # sentence; only with the word it is said beside ("repair roads and pavements").
    unannounced = BUDGET_PART.replace("I want to be clear about what we are protecting. ", "")
    assert salient_title(unannounced, others=[BUDGET_OPENING]) == "Roads and pavements"


def test_a_signpost_at_a_sections_end_announces_the_next_one() -> None:
    text = BUDGET_PART.replace("I want to be clear about what we are protecting. ", "")
    text += " Let me now turn to housing."
    assert salient_title(text, others=[BUDGET_OPENING]) != "Housing"


def test_a_word_said_once_gives_way_to_one_said_in_two_sentences() -> None:
    release = load_source(Path(__file__).parent / "data" / "council_release.txt")
    titles = [s.title for s in split_statement(release).sections]
    # "Painkillers", said once in the minister's quoted words, had led "Painkillers and supply".
    assert titles[1] == "Supply and medicines"


def test_whether_is_no_title() -> None:
    text = (
        "The national court asked whether that reading was lawful. The Court examined whether "
        "the duty applies at unstaffed stations, and whether notice must be given."
    )
    assert "Whether" not in salient_title(text, others=["Thank you."])


def test_two_title_words_said_together_are_shown_as_said() -> None:
    text = (
        "A confiscation hearing will take place in the new year. The court will decide how much "
        "money must be paid back under a confiscation order. An order disqualifying her from "
        "managing a company was also made, and the families will be told of the order."
    )
    others = ["The manager stole from residents of a care home over six years."]
    assert salient_title(text, others=others) == "Confiscation order"  # not "… and order"


def test_a_counted_announcement_names_no_topic() -> None:
    text = BUDGET_PART.replace("I want to be clear about what we are protecting.", "")
    text = "I will focus on three things. " + text
    assert not salient_title(text, others=[BUDGET_OPENING]).startswith("Three")


def test_a_word_said_once_is_shown_with_the_nouns_it_is_said_with() -> None:
    text = (
        "From Monday 6 April, general waste bins will be collected every three weeks instead "
        "of every two. Recycling and food waste collections stay weekly."
    )
    others = [
        "Changes to bin collections from 6 April. Carrow City Council, 20 March 2026.",
        "Almost half of what goes into general waste bins could have been recycled.",
        "You can request a larger bin free of charge if five people live in your home.",
        "No. Your collection day stays the same. Check your new calendar.",
    ]
    # "Food and collections" paired two words said once; "Food" alone named no topic.
    assert salient_title(text, others=others) == "Food waste collections"
    # A plural ends its phrase: the verb after it is no part of a title.
    assert "stay" not in salient_title(text, others=others[2:3])


RAIL_LINK = (
    "This morning the Government has approved the business case for the Northern Rail Link, "
    "a 42-kilometre line between Wellmouth and Kersey. The line will cost $3.8 billion and "
    "take around seven years to build. When it opens, the journey between the two cities will "
    "fall from 75 minutes by road to 28 minutes by train."
)


def test_a_word_the_text_says_a_name_is_gives_way_to_the_name() -> None:
    # "a 42-kilometre line" is the Northern Rail Link: "Line and Northern Rail Link" named
    # one thing twice.
    assert salient_title(RAIL_LINK) == "Northern Rail Link"


SURVEILLANCE = (
    "We now know two of the hijackers placed telephone calls to al Qaeda operatives overseas. "
    "I have authorized a program to pursue the communications of suspected al Qaeda "
    "operatives and affiliates. If there are people inside our country who are talking with "
    "al Qaeda, we want to know about it."
)


def test_a_name_keeps_its_lowercase_particle() -> None:
    # "Qaeda operatives" split the name "al Qaeda".
    assert salient_title(SURVEILLANCE) == "Al Qaeda operatives"


KEPT_SAFE = (
    "To keep Canadians safe, the Government will review existing defence capabilities. "
    "The Government will negotiate trade agreements to expand opportunities for all "
    "Canadians. Canada is a safe and peaceful country, and the Government will keep all "
    "Canadians safe while protecting rights and freedoms and new opportunities."
)


def test_an_adjective_said_of_a_plural_is_no_title() -> None:
    # "keep Canadians safe": "safe" is their state; "Canadians safe" was the title.
    title = salient_title(KEPT_SAFE)
    assert "safe" not in title.lower()


def test_a_transcript_note_of_applause_titles_nothing() -> None:
    speech = (
        "We will build forty thousand homes for rent. (Applause.) The homes will go up on "
        "land the state already owns. (Applause.) And every one of those homes will be "
        "built to last. (Laughter and applause.)"
    )
    title = salient_title(speech, others=["Thank you all for coming tonight."])
    assert "Applause" not in title and "Laughter" not in title
    # A part that is nothing but the note falls back to the plain label, not "Applause".
    assert salient_title("(Applause.)", others=[speech]) == "Statement"


def test_words_said_again_as_a_sentence_of_their_own_title_the_part() -> None:
    speech = (
        "To heal this country asks more of us than speeches. It asks for the rarest thing in "
        "a republic: trust. Trust. Long ago a governor wrote that his whole heart was in the "
        "work. His whole heart was in it. Tonight my whole heart is in this task, and in "
        "every town that waits for it."
    )
    # "Heart", said thrice in the quoted governor's line, had titled it.
    assert salient_title(speech, others=["Thank you all for coming tonight."]) == "Trust"


def test_a_repeated_phrase_that_is_no_noun_or_only_small_words_titles_nothing() -> None:
    speech = (
        "We will rebuild the harbour wall before the winter storms. Thank you. Thank you. "
        "The harbour wall protects four hundred homes. Stand with us. Stand with us."
    )
    title = salient_title(speech, others=["Good evening."])
    assert title not in ("Thank you", "Stand with us")


def test_a_part_in_which_nothing_recurs_is_titled_by_what_it_opens_with() -> None:
    part = (
        "Claims for the flood grant open on 4 January and close on 30 April. People can claim "
        "online or by telephone, free of charge. I have also asked the river authority to "
        "report on why the banks at Ashby Parva gave way. Nobody will face the recovery alone."
    )
    # "Ashby Parva", named once in passing, had titled it.
    title = salient_title(part, others=["The floods struck the north on 14 November."])
    assert title == "Claims for the flood grant"


def test_an_opening_that_names_no_subject_leaves_the_title_to_the_words() -> None:
    part = (
        "In this hard winter, we will choose carefully. A sudden withdrawal of support from "
        "Ashby would abandon our partners. Our commitment stands."
    )
    title = salient_title(part, others=["Good evening."])
    assert not title.startswith("In this")


def test_a_thing_said_to_be_in_a_place_is_titled_as_one_topic() -> None:
    part = (
        "The Eastmere Health Agency is continuing to investigate an outbreak of measles in the "
        "north of Dunmore. As of 9:00 on 3 March, there have been 11 confirmed cases linked to "
        "the outbreak. This is 2 more than in our last update. Nine of the people affected have "
        "been treated in hospital. The first person became unwell on 2 February. All of the "
        "people affected live in, work in or visited the Harbour area of Dunmore in the month "
        "before they became ill."
    )
    others = ["Measles spreads easily through coughs and sneezes.", "Call 111 if you feel unwell."]
    assert salient_title(part, others=others) == "Outbreak in Dunmore"  # was "Dunmore and outbreak"


def test_a_thing_and_a_place_not_said_together_stay_two_topics() -> None:
    part = (
        "The outbreak has closed two wards. Dunmore's schools are open, and Dunmore's clinics "
        "are taking calls. The outbreak is being watched closely."
    )
    title = salient_title(part, others=["Measles spreads easily.", "Call 111 for advice."])
    assert " in " not in title


def test_an_item_said_again_and_again_in_one_list_does_not_title_the_part() -> None:
    part = (
        "The Trust has confirmed that a laptop holding patient records was stolen from a car "
        "on 3 May. The laptop was reported stolen to police the same evening. The laptop held "
        "names, dates of birth, clinic reference numbers for 900 patients, the last digits of "
        "reference numbers used for billing, and no full reference numbers for any other "
        "patient. The laptop was encrypted."
    )
    others = ["Call our helpline on weekdays.", "We are sorry for the worry this causes."]
    title = salient_title(part, others=others)
    assert "Reference numbers" not in title  # said thrice, all in the one list
    assert title.startswith("Laptop")


def _body_titles(text: str, max_words: int) -> list[str]:
    sections = split_statement(SourceText(text, "t.md"), "en", max_words).sections
    return [s.title for s in sections if s.kind is SectionKind.BODY]


HARBOUR = (
    "Dredging the harbour\n\n"
    "The port board met today and agreed its plan for the year.\n\n"
    "## Harbour and berths\n\n"
    "The harbour will be dredged this spring so that larger ships can berth. The work will "
    "take six weeks and the harbour stays open throughout.\n\n"
    "The new berths open in May. Each of the berths takes ships of two hundred metres, and the "
    "berths will bring more trade to the port.\n"
)


def test_a_part_that_goes_on_under_a_heading_and_says_it_again_is_the_heading_continued() -> None:
    titles = _body_titles(HARBOUR, max_words=30)
    # "Berths" said again what the heading says, as if a new topic.
    assert titles[1:] == ["Harbour and berths", "Harbour and berths (continued)"]


def test_a_part_under_a_heading_with_a_subject_of_its_own_keeps_its_title() -> None:
    text = HARBOUR.replace(
        "The new berths open in May. Each of the berths takes ships of two hundred metres, and "
        "the berths will bring more trade to the port.",
        "Ferries to Kirkwall will run from the old quay. Kirkwall ferries will keep their "
        "timetable, and Kirkwall passengers park free.",
    )
    titles = _body_titles(text, max_words=30)
    # "Kirkwall ferries will keep …": a plural before "will" is a noun, so the phrase says more.
    assert titles[1:] == ["Harbour and berths", "Kirkwall ferries"]


def test_a_part_under_a_heading_with_no_title_word_is_the_heading_continued() -> None:
    from pipeline.stages.split import NO_TITLE, _continued

    text = "Thank you. Thank you very much."
    assert _continued("Harbour and berths", NO_TITLE, text, set(), "en") == (
        "Harbour and berths (continued)"
    )
    # Said already, the continued heading gives way: two parts are never titled alike.
    used = {"harbour and berths (continued)"}
    assert _continued("Harbour and berths", NO_TITLE, text, used, "en") == NO_TITLE


def test_a_part_that_opens_with_a_name_is_not_titled_by_its_first_word() -> None:
    text = (
        "Lord Arthurson also imposed an Extended Sentence, meaning McLeish will be supervised "
        "for a further four years after his release. Speaking after sentencing, Fiona Baird, "
        'Procurator Fiscal for Homicide and Major Crime, said: "Gary McLeish carried out a '
        'vicious and sustained attack on his neighbour over what was a minor disagreement."'
    )
    assert salient_title(text) not in ("Lord", "lord")  # "Lord" alone had titled it
