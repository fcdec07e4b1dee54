"""What a summary pasted into an e-mail tells of who spoke, to whom, and what, first.

A speech with no title block had no lead at all; an embargoed release's lead was the embargo
line alone, with the news only under "The key points"; a transcript's point kept its speaker
label; a courtesy ("I thank my predecessors …"), a list's phrase ("At a walk-in clinic — no
appointment needed.") and a release's boilerplate after "ENDS" were points.
"""

from __future__ import annotations

from pipeline.rewriters.rules.discourse import title_sentences
from pipeline.stages import summary
from pipeline.stages.load import SourceText
from pipeline.stages.split import split_statement
from tests.summaries import summary_of


def test_a_speech_with_no_title_block_says_whom_its_greeting_addresses() -> None:
    made = summary_of(
        "4 December 2015\n\n"
        "•\tExcellency, Volkan Bozkir, President of the General Assembly\n"
        "•\tExcellency, Antonio Guterres, Secretary-General of the United Nations\n"
        "•\tDistinguished Delegates\n"
        "The 75th anniversary of the United Nations falls at a moment of great danger for our "
        "people and our planet. Five years ago, the Paris Agreement on Climate Change was "
        "signed by 195 countries.\n"
    )
    assert made.lead == (
        "This speech was given on 4 December 2015. It is addressed to Volkan Bozkir, the "
        "President of the General Assembly, and Antonio Guterres, the Secretary-General of the "
        "United Nations."
    )
    assert made.intro == summary.POINTS_INTRO


def test_a_greeting_of_offices_and_of_fellow_citizens_is_told_in_the_third_person() -> None:
    made = summary_of(
        "4 December 2015\n\n"
        "Chief Justice Roberts, Vice President Harris, Speaker Pelosi, and my distinguished "
        "guests, and my fellow Americans:\n\nThis is America's day. This is a day of history and "
        "hope. In 1863, Abraham Lincoln signed the Emancipation Proclamation.\n"
    )
    assert made.lead.endswith(
        "It is addressed to Chief Justice Roberts, Vice President Harris, "
        "Speaker Pelosi, and fellow Americans."
    )


def test_a_greeting_to_the_room_alone_gives_no_lead() -> None:
    made = summary_of(
        "Mister President,\n\nThe 75th anniversary of the United Nations falls at a moment of "
        "great danger for our people. Five years ago, 195 countries signed the Paris "
        "Agreement on Climate Change.\n"
    )
    assert made.lead == "" and made.intro == ""


def test_the_speakers_thanks_are_no_point_whatever_comes_before_them() -> None:
    made = summary_of(
        "As we look ahead in our uniquely American way, restless and bold, I thank my "
        "predecessors of both parties for their presence here today.\n\n"
        "A virus has taken as many lives in one year as America lost in all of World War II.\n"
    )
    assert not any("thank" in point for point in made.points)
    assert any("World War II" in point for point in made.points)


def test_an_embargoed_releases_lede_is_told_in_the_lead() -> None:
    made = summary_of(
        "PRESS RELEASE\nEMBARGOED UNTIL 00:01 GMT, TUESDAY 10 FEBRUARY 2026\n\n"
        "Food bank use in Northshire rises by a third\n\n"
        "The Northshire Food Partnership today published figures showing that its 42 food "
        "banks gave out 61,300 emergency food parcels in 2025, up 33% on 2024.\n\n"
        "The Partnership is calling on the county council to restore its local welfare fund, "
        "which was closed in 2023. More than a quarter of the parcels (17,100) went to "
        "households with at least one person in work, and 9 in 10 went to families with "
        "children.\n",
        "charity.txt",
    )
    assert made.lead.startswith("Embargoed until 00:01 GMT, Tuesday 10 February 2026. ")
    assert "The Northshire Food Partnership today published figures" in made.lead
    assert not any("published figures" in point for point in made.points)
    assert any("welfare fund" in point for point in made.points)


def test_a_transcripts_point_by_the_speaker_the_lead_names_has_no_label() -> None:
    made = summary_of(
        "Transcript: Minister for Transport, Hon. Rachel Tembo MP, press conference, "
        "Parliament House, Wellmouth\n\nWednesday 18 November 2026\n\n"
        "RACHEL TEMBO, MINISTER FOR TRANSPORT: Thanks everyone for coming. Happy to take "
        "questions.\n\n"
        "QUESTION: When will the first trains run?\n\n"
        "RACHEL TEMBO: If construction starts on time, we expect the first passenger "
        "services in 2034, and about 3 million journeys in the first full year of service.\n",
        "transcript.txt",
    )
    assert "Rachel Tembo" in made.lead
    assert any(point.startswith("If construction starts on time") for point in made.points)
    assert not any(point.startswith("Rachel Tembo") for point in made.points)


def test_a_list_of_phrases_and_labelled_entries_gives_no_points() -> None:
    made = summary_of(
        "# Winter vaccines open for over-75s\n\n"
        "The Northmere Public Health Agency today launched its winter vaccination campaign "
        "for 2026, urging everyone who is eligible to come forward before Christmas.\n\n"
        "## Who can get the vaccines\n\n"
        "- Flu: everyone aged 65 and over, and children aged 2 to 11\n"
        "- RSV: everyone aged 75 to 79, and pregnant women from 28 weeks\n\n"
        "## How to book\n\n"
        "1) Online at www.northmere-health.example/vaccines\n"
        "2) Through the NHS App\n"
        "3) By calling 119\n"
        "4) At a walk-in clinic — no appointment needed\n",
        "vaccine.md",
    )
    assert made.points
    assert not any(point.startswith(("RSV:", "Flu:", "At a walk-in")) for point in made.points)


def test_what_a_release_says_after_its_end_mark_is_no_point() -> None:
    made = summary_of(
        "GENEVA (3 December 2026) – UN experts today expressed grave alarm over the forced "
        "eviction of more than 1,800 Indigenous families from their lands in Valmira.\n\n"
        "At least 4 people were reportedly killed when police fired on protesters on "
        "15 November.\n\n"
        "ENDS\n\n"
        "*The experts: Ms. Ana Quispe, Special Rapporteur on the rights of Indigenous "
        "Peoples.\n\n"
        "The Special Rapporteurs are part of what is known as the Special Procedures of the "
        "Human Rights Council, the largest body of 46 independent experts.\n",
        "unexperts.txt",
    )
    assert any("1,800" in point for point in made.points)
    assert not any("Special Procedures" in point for point in made.points)


def test_steps_run_on_from_a_list_of_places_stay_points() -> None:
    made = summary_of(
        "# Boil water notice for Riverton\n\n"
        "The water utility has found bacteria in the public supply serving 4 districts of "
        "Riverton, and a boil water notice is in force from 21 November 2026.\n\n"
        "## Areas and what to do\n\n"
        "- Northgate\n- Hillside and Upper Hillside\n- Oakfield Park\n"
        "1. Bring tap water to a rolling boil, then let it cool before use.\n"
        "2. Do not use tap water to prepare infant formula for babies under 12 months.\n"
        "3. You can keep using tap water for bathing, washing clothes and flushing toilets.\n",
        "notice.md",
    )
    assert any(point.startswith("Do not use tap water") for point in made.points)


def test_what_was_found_of_whom_is_told_whole_and_a_pointer_to_a_table_is_no_point() -> None:
    made = summary_of(
        "# Regulator fines housing association\n\n"
        "The Information Commissioner has fined Riverside Homes Group £1,200,000 after the "
        "details of 38,000 tenants were left open on the internet for almost 2 years.\n\n"
        "The Commissioner found that Riverside Homes Group:\n\n"
        "(a) Failed to carry out enough security testing before the portal went live in 2023.\n"
        "(b) Ignored 2 warnings from its own IT supplier, in May 2023 and February 2024.\n\n"
        "## Charges\n\n"
        "The table shows the yearly charge for each of the 8 bands in 2027, before any "
        "discount.\n\nEach home is put in a band by the valuation office.\n",
        "fine.txt",
    )
    assert any(
        point.startswith("The Commissioner found that Riverside Homes Group failed to ")
        or point.startswith("The Commissioner found that Riverside Homes Group ignored ")
        for point in made.points
    )
    assert not any(point.startswith(("Failed", "Ignored")) for point in made.points)
    assert not any(point.startswith("The table shows") for point in made.points)


def test_a_governors_order_and_proclamation_are_issued_and_a_proclaimed_week_is_for_its_days() -> (
    None
):
    body = (
        "\n\nWHEREAS, winter storms caused 14 deaths in New Hartford during the 2025-2026 "
        "season; and\n\nNOW, THEREFORE, I, Margaret L. Okafor, Governor of the State of New "
        "Hartford, do hereby order that a state of emergency is declared for all 21 counties."
        "\n\nMargaret L. Okafor\nGovernor\n"
    )
    order = summary_of(
        "EXECUTIVE ORDER NO. 26-31\n\nDECLARING A STATE OF EMERGENCY DUE TO WINTER STORM HOLLIS"
        + body
    )
    assert order.lead == (
        'Governor Margaret L. Okafor issued this executive order, titled "Declaring a State '
        'of Emergency Due to Winter Storm Hollis".'  # no '",.' where no place or date follows
    )
    proclaimed = summary_of(
        "PROCLAMATION\n\nWinter Weather Preparedness Week\nNovember 16 - 22, 2026" + body
    )
    assert proclaimed.lead.startswith("Governor Margaret L. Okafor issued this proclamation")
    assert proclaimed.lead.endswith(" for November 16 - 22, 2026.")  # the week it proclaims


def test_an_unsigned_executive_order_is_told_as_one() -> None:
    made = summary_of(
        "Executive Order No. 2026-14\n\nEstablishing the Governor's Task Force on Housing\n\n"
        "December 1, 2026\n\nIts members shall report by 30 June 2027 on ways to build "
        "40,000 new homes a year across the State.\n"
    )
    assert made.lead.startswith("This executive order, titled ")  # not "This statement …"
    assert made.lead.endswith(" was issued on December 1, 2026.")


_FIRE = (
    "# Crews tackle large fire at Harbour Road recycling centre\n\n"
    "**Northshire Fire and Rescue Service**\n\n"
    "Issued: 28 November 2026\n\n"
    "Firefighters are dealing with a large fire at a recycling centre on Harbour Road, "
    "Westvale. No one has been hurt, and 10 fire engines are at the scene.\n"
)


def test_a_release_dated_issued_says_who_issued_it_and_when_once() -> None:
    # "This statement was issued by the Northshire Fire and Rescue Service. It was issued on
    # 28 November 2026." said "issued" twice.
    # The release's lede, what happened, comes before who issued it.
    made = summary_of(_FIRE, "fire.md")
    assert made.lead == (
        "Firefighters are dealing with a large fire at a recycling centre on Harbour Road, "
        "Westvale. This statement was issued by the Northshire Fire and Rescue Service on "
        "28 November 2026."
    )
    assert made.lead.count("issued") == 1


def test_a_release_dated_issued_is_told_in_one_sentence_in_its_about_section() -> None:
    statement = split_statement(SourceText(_FIRE, "fire.md"), "en")
    told = title_sentences(statement.meta, statement.text)
    assert told[1:] == [
        "It was issued by the Northshire Fire and Rescue Service on 28 November 2026."
    ]


_ON_KARESIA = (
    "\n\nFighting has forced more than 310,000 people from their homes in Karesia since "
    "September, and 1.4 million people now need food assistance.\n\n"
    "We call on both parties to allow the safe passage of humanitarian aid.\n"
)


def test_a_lead_names_a_country_that_is_both_topic_and_place_once() -> None:
    made = summary_of(
        "Statement by Amara Lindqvist on Karesia\n\nLocation: Karesia\nDate: 25 November 2026"
        + _ON_KARESIA
    )
    # "Amara Lindqvist gave this statement on Karesia in Karesia on 25 November 2026."; the
    # title had not given her name at all.
    assert made.lead == "Amara Lindqvist gave this statement in Karesia on 25 November 2026."


def test_a_lead_does_not_repeat_the_topic_its_office_names() -> None:
    made = summary_of(
        "Statement by the Special Envoy on Karesia\n\nGeneva, 25 November 2026" + _ON_KARESIA
    )
    # "The Special Envoy on Karesia gave this statement on Karesia in Geneva …"
    assert made.lead == (
        "The Special Envoy on Karesia gave this statement in Geneva on 25 November 2026."
    )


def test_a_country_named_after_on_in_a_title_is_the_topic_not_part_of_the_name() -> None:
    made = summary_of(
        "Statement by the Secretary-General on South Sudan\n\nNew York, 25 November 2026"
        + _ON_KARESIA
    )
    assert made.lead == (
        "The Secretary-General gave this statement on South Sudan in New York on 25 November 2026."
    )


def test_an_independent_experts_name_line_names_who_spoke_not_an_event() -> None:
    made = summary_of(
        "Statement by the Independent Expert on Karesia\n\n"
        "Amara Lindqvist, Independent Expert on the situation of human rights in Karesia\n\n"
        "Geneva, 25 November 2026" + _ON_KARESIA
    )
    # "The Independent Expert on Karesia spoke at the Amara Lindqvist, Independent Expert …"
    assert made.lead == (
        "Amara Lindqvist, Independent Expert on the situation of human rights in Karesia, gave "
        "this statement in Geneva on 25 November 2026."
    )
