"""Summaries: each section's "In short" points and a 150-word summary of the whole statement.

Both are extractive: every point is one of the plain version's own sentences, so a summary can
only say what the fact-checked plain text says. The summary is checked by the fact guard too:
it may leave facts out (it is short) but must never carry a number or name the statement lacks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice, pairwise, product
from typing import Final

from pipeline.labels import section_labels
from pipeline.metadata import (
    ISSUER_NOTES,
    PROCLAIMED_BY,
    day_in_words,
    holds_for,
    in_brief,
    is_document_kind,
    is_embargo,
    is_question_turn,
    is_title_from_file_name,
    issued_by_in_its_language,
    language_words,
    languages_with,
    occasion_noun,
    place_phrase,
    tells_its_occasion,
)
from pipeline.models import (
    NOT_REWRITTEN,
    FactCheck,
    PlainSection,
    Section,
    SectionKind,
    Statement,
    StatementMeta,
)
from pipeline.rewriters.rules.discourse import (
    ACRONYM_NOTE,
    ROLE_ALONE,
    date_in_words,
    date_label,
    is_rewritten,
)
from pipeline.rewriters.rules.english import (
    FUNCTION_WORDS,
    has_finite_verb,
    is_adjective,
    is_past_verb,
    may_be_noun,
)
from pipeline.rewriters.rules.lists import needs_its_lead, starts_with_action
from pipeline.stages import factguard
from pipeline.stages.readalong import list_items
from pipeline.stages.split import END_MARK
from pipeline.text import (
    FOOTNOTE_DIGITS,
    GAP_MARK,
    cut_quotations,
    markdown_escape,
    markdown_to_plain,
    split_sentences,
    word_count,
)

MAX_SUMMARY_WORDS: Final = 150
"""Short enough to paste into an e-mail, a web page or a social post."""
MAX_POINT_WORDS: Final = 40
"""A longer sentence is not a point to take in at a glance (a list of 68 members is not)."""
MAX_LEDE_WORDS: Final = 50
"""A release's lede says who did what, when and why in one sentence, long by design: "The
National Public Health Agency is urging parents … after the number of confirmed measles cases
… rose to 1,271 …, compared with 412 …" (47 words) is the news, and had been no point."""
_BACK_REFERENCE: Final = re.compile(r"^(?:This|These|That|Those)\b")
"""Opens a sentence that may point back ("This December …" need not): it scores lower."""
_REFERS_BACK: Final = re.compile(
    r"\b(?:this|these|those(?! (?:who|whom|whose|in|responsible|affected|most))|such)\b",
    re.IGNORECASE,
)
"""A point on "this urgent need" names something it no longer follows once lifted out; "those
in need" and "those responsible" name people, not what came before."""
_POINTS_BACK: Final = re.compile(
    # "The national court asked … whether that reading was compatible with EU law."
    r"\b(?:whether|of|on|in|to|with|for|by|from|about|at|under|after|before"
    # "Behind that number are families …": the number is in the sentence before.
    r"|(?i:behind|beyond|despite|against|through|within|without|among|besides)) that "
    r"(?!(?:is|was|are|were|it|its|they|we|he|she|you|I|the|a|an|this|there|which|what)\b)"
    r"[a-z]+\b"
    # A reporter's question answered: "Rachel Tembo: The earlier figure was from 2022, …",
    # "Since then construction costs have risen …".
    r"|^(?:[^:]{1,60}: )?(?:Since then\b|The (?:earlier|previous|former|latter|same|above) )"
    # A conclusion drawn from what came before: "The lodger therefore had no exclusive
    # possession (paras 40-44)." follows the facts that make it so.
    r"|\b(?:therefore|thus|hence|consequently)\b|^(?:Therefore|Thus|Hence|Consequently)\b"
    # One more of a kind the sentences before gave: "Another company was approved for 1,698
    # H-1B workers …", "A third company has reduced its U.S. workforce …".
    r"|^(?:Another|A (?:second|third|fourth|fifth|further)) (?!\d)"
    # A thing the sentence before named, as the last word of a short sentence of one clause:
    # "Running the cold kitchen tap for 5 minutes should clear it." ("…, while others
    # manipulate them." names its own "organizations").
    r"|^[^,;]{0,80}\s[a-z]+ it[.!]$"
    # What the sentence before named, met: "We must approach it without giving in to despair
    # …" (the new reality it faces is in the sentence before).
    r"|^(?:We|I) (?:must|should|need to|have to) (?:approach|face|tackle|confront|meet|seize"
    r"|embrace|accept) (?:it|them)\b"
    # What the sentence before did, done again: "Ostria becomes the 114th State to do so."
    r"|\b(?:to do so|did so|does so|do the same|did the same)\b"
    # "The new Canada Child Benefit will do just that.": what the sentence before set out.
    r"|\b(?:do|does|did|doing) (?:just |exactly |precisely )?that[.!]"
    # "We cannot have one without the other.": the two the sentence before named.
    r"|\bone without the other\b"
    # A list the summary does not carry: "Bottled water will be handed out at the following
    # points from 10:00 today." ("the following day" is a day, not a list).
    r"|\bthe following (?!(?:day|days|week|weeks|month|months|year|years|morning|afternoon"
    r"|evening|night|spring|summer|autumn|winter)\b)[a-z]+"
)
"""Other ways a sentence names what came before it: it scores as a point that points back."""
_LEANS_BACK: Final = re.compile(
    r"^(?:It|They|He|She|The aim|The reason|The result|Especially|That is)\b"
    r"|^(?:These|Those) (?!days\b)[a-z]+,"  # "Those words, written by …, still speak for us."
    # "This immediately became global, …": the pronoun is the subject, an adverb or not between.
    r"|^(?:This|That|These|Those) (?:[a-z]+ly )?(?:is|was|are|were|has|have|had|will|would|can|"
    r"could|may|must|should|means|meant|made|makes|led|shows|showed|became|becomes)\b"
)
"""A sentence that cannot stand alone at all ("They were …", "This is why …"): never a point."""
_LEANS_BACK_ELSEWHERE: Final = re.compile(
    r"^(?:C['’]est (?:dire|le cas|aussi le cas)|Cela|Ceci|(?:Es|Este es|Ese es) el caso|Es decir"
    r"|(?:Das|Dies) (?:ist|war) (?:der|die|das) Fall"
    # "Y que, ante las dudas de otros, responde …": the rest of a relative clause, its noun
    # in the sentence before.
    # German "Und die …" is as often an article, and is left.
    r"|(?:Y|E|Et),? (?:que|qui|qu['’]))\b"
)
"""`_LEANS_BACK` in French, Spanish and German: "C’est le cas de Cuba.", "C’est dire toute la
détermination …", "Cela a permis …" say nothing without the sentence before: never a point.
"C’est dans cet esprit que s’est tenu le 06 juillet 2024 … le premier Sommet" tells its own
fact, and stays."""
_CONTRASTS: Final = re.compile(
    r"^(?:[^:]{1,60}: )?(?:But|Yet|However|Still|Even so|Nevertheless|Nonetheless|Instead)\b"
)
"""A sentence that answers the one before it ("We cannot build our way out of this overnight.
But we can build faster …"): lifted out without it, "But" turns against nothing. It is a
point only right after the sentence it answers."""
_QUOTED: Final = re.compile(r"^[\"“‘'][^\"“”]+[\"”’']$")
"""A point that is a quotation and nothing else ("“The water came up to the roof …”"): the
sentence that says whose words they are is not in the summary."""
_TO_YOU: Final = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
"""A sentence said to those in the room ("Your enthusiasm … will serve your country well.")."""
_CEREMONY: Final = re.compile(
    r"(?:^|,\s)(?:I|We) (?:am|are) (?:glad|happy|pleased|honoured|honored|delighted|proud)\b|"
    r"\b(?:greet|thank|thanks|thanking|welcome|congratulat(?:e|es|ed|ing|ions?))\b"
    r"|\bgood (?:morning|afternoon|evening)\b"
    # "For 24 years of faithful service …, the United States is grateful to Justice …".
    r"|\b(?:is|are|am|remain|remains) (?:deeply |so |very |truly |forever |most )?grateful to\b"
    # A court's procedure: "you may remain seated", "Stand up, please", "Take him down."
    r"|\b(?:remain|stay) seated\b|^(?:Please )?stand up\b|^Take (?:him|her|them) down\b"
    # A briefing's order of business: "I have two things at the top, and then I'll take your
    # questions."
    r"|\btake (?:your|some|a few) questions\b|\bthings at the top\b"
    # The same courtesies in the other languages plainvoice reads, whose summaries are the
    # statement's own sentences: "Mein Dank gilt …", "je remercie …", "agradezco …".
    r"|\b(?:remercie\w*|remerciements?|salue|félicit\w*"
    r"|agradec\w*|gracias|felicit\w*"
    r"|dank|danke|danken|bedanke|begrüße|gratulier\w*|beglückwünsch\w*|glückwünsch\w*"
    r"|ringrazi\w*|grazie|congratulazioni"
    r"|bedank\w*|begroet|feliciteer)\b",
    re.IGNORECASE,
)
"""Courtesies ("I am glad to take part", "As the Queen's representative, I am pleased to be
here", "I greet you", "Je voudrais féliciter …", "Quisiera felicitar …") are not key points."""
_THANKS_TO_WHOM: Final = re.compile(r"^(?:[^,]{0,40},\s)?[Tt]hanks to [^,]{1,80},\s+(?=\w)")
""""Thanks to Europe, the World Health Assembly decided …": because of, no courtesy."""
_WELCOMES_A_STEP: Final = re.compile(
    r"^(?:[^:]{1,60}: )?(?:We|I|The \w+(?: \w+)?) (?:also |warmly |strongly )?welcome[sd]? the "
    r"(?:\w+ )?(?:decision|adoption|release|announcement|agreement|ceasefire|law|ruling|vote"
    r"|resolution|commitment|progress|steps?|move|plan|report|appointment|launch|signing)\b"
)
"""A position, not a courtesy: "We welcome the decision by the Parliament of Ostria … to abolish
the death penalty" is what a briefing says of Ostria (scored as a greeting, it had lost to
"Ostria becomes the 114th State to do so.")."""


def _is_courtesy(sentence: str) -> bool:
    """True for thanks, a greeting or congratulations, in any language plainvoice reads.

    "We welcome the decision …" is a position, and "Thanks to Europe, …" says why.
    """
    if _THANKS.search(sentence):
        return True
    if _CEREMONY.search(sentence) is None or _WELCOMES_A_STEP.search(sentence):
        return False
    cause = _THANKS_TO_WHOM.match(sentence)
    rest = sentence[cause.end() :] if cause else sentence
    # "The Government will welcome 25,000 new Canadians from Syria": a pledge to take people
    # in, not a greeting ("I would like to welcome you all" is one).
    rest = _TAKES_IN.sub("", rest)
    return _CEREMONY.search(rest) is not None


_TAKES_IN: Final = re.compile(
    r"\b(?:will|shall|to|would|must|can) welcome\b(?= (?:\d|more|new|up to|at least|refugees))",
    re.IGNORECASE,
)
"""A welcome that takes people in: "will welcome 25,000 new Canadians", "to welcome refugees"."""


_SLOGAN_OPENER: Final = re.compile(
    r"^(?:(?:Together|Now|And|So),? )?(?:We|I|A|An|Let us|Let's|Nothing|No one|Everyone|All of us)"
    r" (?P<verb>[\w'’]+)"
)
_SLOGAN_PAST: Final = re.compile(r"\b(?:was|were|had|did|has been|have been)\b")
MAX_SLOGAN_WORDS: Final = 8
"""A slogan is short: "A cure will be found.", "We have room to manoeuvre."."""


def _is_slogan(sentence: str, english: bool) -> bool:
    """True for a rallying line that carries no fact: "Together we will win!".

    It names no one, counts nothing and dates nothing; said short to "we" or of "a" thing
    to come ("A cure will be found.", "We will keep taking decisive action."), or cried out
    ("Je veux pouvoir vivre libre, digne et fière !"). A sentence with a number, a date or a
    name is never one; nor is a step to take ("Do not drink tap water."), nor what happened
    ("A man has been arrested.", "We agreed a new deal.").
    """
    if any(f.kind in ("number", "date", "name") for f in factguard.extract(sentence)):
        return False
    if re.search(r"!\s*[\"'”’»)]*$", sentence):
        return True
    if not english or word_count(sentence) > MAX_SLOGAN_WORDS:
        return False
    opener = _SLOGAN_OPENER.match(sentence)
    return (
        opener is not None
        and not is_past_verb(opener["verb"])
        and not _SLOGAN_PAST.search(sentence)
        and not re.search(r"\bthe\b", sentence, re.IGNORECASE)
        and not _tells_to_act(sentence)
    )


def _is_weak_point(sentence: str, english: bool) -> bool:
    """True for a courtesy or a slogan: a point only where no other sentence is one."""
    return _is_courtesy(sentence) or _is_slogan(sentence, english)


_THANKS: Final = re.compile(
    r"(?:^|[,;—–]\s*)(?:I|[Ww]e) (?:(?:also|too|would|want|wish|must|like|to|sincerely|warmly"
    r"|really|once again|again) )*(?:thank|greet|salute)\b"
)
"""The speaker's own thanks or greeting ("…, I thank my predecessors of both parties for
their presence here today."): a courtesy, never a point, whatever the sentence says first.
"We welcome the ceasefire" is a position, and only loses the courtesy's score."""
_DISCLAIMER: Final = re.compile(
    r"\bonly authoritative (?:document|text|version)\b|\bdoes not form part of the reasons\b"
    r"|\b(?:provided|given) to (?:help|assist) in understanding\b"
    # "References in square brackets are to paragraphs in the judgment."
    r"|\breferences in (?:square )?brackets are to (?:the )?paragraphs\b",
    re.IGNORECASE,
)
"""A court summary's warning about itself ("The full judgment of the Court is the only
authoritative document.", "References in square brackets are to paragraphs in the
judgment."): true of every summary, so no point of this one."""
_CITATION: Final = re.compile(
    r"(?:citable reference|suggested citation|cite (?:this|as)|how to cite)\b", re.IGNORECASE
)
"""How to cite the document, at its foot ("Citable reference: World Health Organization (28
November 2026). Disease Outbreak News; …"): each of its sentences had been a point."""
BACK_PENALTY: Final = 3.0
"""What a point that points back ("this attack") loses: alone, it names nothing."""
_REFERRED: Final = re.compile(
    r"\b(?:this|these|those|such) (?P<w1>[a-z]{3,})(?: (?P<w2>[a-z]{3,}))?"
)
"""The noun a point names with "this": "look into this attack", "this urgent need"."""
_CALL: Final = re.compile(
    r"\b(?:calls?|called) (?:on|upon)\b|\b(?:urges?|urged) (?=(?:the|all|both|an?)\b)"
    # "condemned in the strongest terms the attack", not the poem's "nor the years condemn."
    r"|\bcondemn(?:s|ed)? (?:in the strongest terms |unequivocally )?(?:the|all|this|these)\b"
)
"""A condemnation, or a call on someone to act: what a council's or a ministry's statement is
for."""
_APOLOGY: Final = re.compile(
    r"\b(?:I am|I'm|I’m|we are|we're|we’re) (?:truly |deeply |so |very )?sorry\b"
    r"|\b(?:I|we) (?:\w+ )?apologi[sz]e\b",
    re.IGNORECASE,
)
"""An apology ("I am truly sorry"): what a Government's apology is for, and so a point."""
_ROUTINE_APOLOGY: Final = re.compile(
    r"\bsorry for (?:the|any) (?:disruption|inconvenience|delay|trouble)", re.IGNORECASE
)
"""A courtesy ("I am sorry for the disruption"), not an apology for a harm: no point for it;
a mayor's quoted one had pushed out how to get water delivered."""
APOLOGY_BONUS: Final = 3.0
"""More than a figure: an apology with no number had lost to "The Inquiry made 14 findings"."""
CALL_BONUS: Final = 2.0
"""What a condemnation or a call ("called on the Government of Valmira to …") gains as a
point, as much as a figure: it carries none, yet a reader of a press statement looks for what
it condemns, whom it calls on, and to do what."""
_ADDS_TO: Final = re.compile(r"\balso\b|\bto do (?:\d+|two|three|four|five|these|the following) ")
"""A call added to another ("also called on …"), or one that only announces its aims ("I call
on governments to do 3 things."): neither is the call a reader looks for."""
LEDE_BONUS: Final = 3.0
"""What a release's first sentence gains as a point: enough to outweigh the length penalty of
a 35-word lede against a short sentence with a figure."""
_OUTCOME: Final = re.compile(
    r"\b(?:sentenced to|jailed|(?:months?|years?)['’]? imprisonment|life imprisonment"
    r"|(?:found|pleaded|pled) (?:not )?guilty|acquitted|convicted of|charged with"
    r"|(?:allows?|allowed|dismiss(?:es|ed)?|upholds?|upheld) the (?:appeal|claim|application)"
    r"|disqualified from"
    # A court's ruling in a press release: "In today's judgment, the Court holds that …".
    r"|(?:Court|Tribunal|judge|judges|panel) (?:holds|held|rules|ruled|finds|found|decides|decided"
    r"|concludes|concluded) that"
    # A committee's or a council's decision: "voted by a majority of 6–3 to reduce Bank Rate".
    r"|voted\b[^.;]{0,40}? to (?:reduce|raise|cut|increase|lower|hold|keep|maintain|adopt|approve)"
    # A returning officer's declaration: "I declare that Grace ADEYEMI is duly elected".
    r"|(?:is|was|has been|have been|are|were) (?:duly )?elected"
    r")\b",
    re.IGNORECASE,
)
"""What a court or a police force decided: the sentence passed, the verdict, the appeal's fate."""
_TOLL: Final = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:confirmed\s+)?(?:cases|deaths|casualties|fatalities|patients|victims"
    r"|people (?:have|had|were) (?:died|been killed|been injured))\b"
    r"|\b(?:has|have) died\b|\bwere killed\b|\blost (?:his|her|their) lives?\b"
    r"|\bdeaths? of (?:\d|one|two|three|four|five|six|seven|eight|nine|ten)"
    # People driven from their homes: "the displacement of more than 2.1 million people",
    # "310,000 people have been forced from their homes", "400,000 people have fled".
    r"|\bdisplacement of\b|\bdisplaced\b|\bforced (?:to flee|from their homes)\b"
    r"|\b(?:have|has|had) fled\b",
    re.IGNORECASE,
)
"""An outbreak's or a disaster's toll: "there have been 14 confirmed cases", "one person has
died", "two peacekeepers … were killed", "the displacement of more than 2.1 million people"."""
_DEATH: Final = re.compile(
    r"\b(?:(?:has|have|had|who) died|lost (?:his|her|their) lives?"
    r"|(?:was|were|been) killed|deaths? of (?:\d[\d,]*|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|more|at least)|(?:\d[\d,]*|one|two|three|four|five"
    r"|six|seven|eight|nine|ten) (?:\w+ )?deaths)\b",
    re.IGNORECASE,
)
"""A death: "one person, a man in his seventies, has died", "This led to the death of 3
peacekeepers". In a statement that tells of one, it is the fact a reader looks for first."""
_DISPLACED: Final = re.compile(
    r"\bdisplacement of\b|\b(?:been|were|was|are|people) displaced\b"
    r"|\bforced (?:to flee|from their homes)\b|\b(?:have|has|had) fled\b",
    re.IGNORECASE,
)
"""People driven from their homes: "the displacement of more than 2.1 million people"."""
TOLL_BONUS: Final = 1.5
"""What a toll gains as a point: the figure a reader looks for first in an outbreak update,
which a sentence naming two places ("the Westgate area of Carrow") had outweighed."""
OUTCOME_BONUS: Final = 1.5
"""Enough for "The sentence on count 1 is 8 years and 8 months' imprisonment." to beat the
guideline's starting point ("12 years' custody") in a judge's sentencing remarks."""
_TEASER: Final = re.compile(r":\s+(?:about |around |over |nearly |almost )?[£$€]?\d[\d,.]*%?[.!]$")
"""A speaker's lead-in to a figure ("Let me start with a number: 212,000."): the figure means
nothing until the next sentence says what it counts."""
_SIGNPOST: Final = re.compile(
    r"^(?:(?:So|And|But|Now|Today),? )?(?:let me|let us|let's|I (?:will|want to|would like to)|"
    r"I'll) (?:start|begin|turn|move on|end|finish|close|conclude)\b"
    # "Let me highlight a few points.": that points follow, not what they are.
    r"|^(?:(?:So|And|Now|Today),? )?(?:let me|let us|let's|I (?:will|want to|would like to)|I'll)"
    r" \w+ (?:a few|some|several|\d+|two|three|four|five) (?:points|things|issues|remarks"
    r"|thoughts|observations|priorities|areas)[.!]$"
    r"|\b(?:I am|I'm|we are|we're) (?:announcing|setting out|proposing) (?:\d+|two|three|four"
    r"|five|six) (?:things|changes|measures|steps|priorities|announcements|points)[.!]$"
    r"|\b(?:is|are) (?:shown|set out|listed|given|attached) (?:below|above)\.$"
    # A minister's opening and closing words to the House: "Mr Speaker, with permission, I will
    # make a statement on …", "I rise to make this statement …", "I commend this statement to the
    # House.": that a statement is made, not what it says.
    r"|\bI (?:will|will now|shall|wish to|want to|would like to|rise to|beg leave to) make"
    r" (?:a|this|an oral) statement\b"
    r"|^I commend this statement to the House\b"
    # A web page's pointer to what it links: "Read the terms of reference for the review.",
    # "The full plan is available on the council's flood defence page."
    r"|^(?:Read|See|View|Download) (?:the|our)\b"
    # "The table shows the yearly charge for each band, before any discount.": a summary
    # carries no table.
    r"|^The (?:table|chart|map|graph)s? (?:below |above )?(?:shows?|gives?|lists?|sets? out)\b"
    r"|\bis available (?:on|at|from) (?:the|our) [^.]*\b(?:page|website|site)\.$"
    # Whom journalists call: "For media enquiries, please contact the press office on …".
    r"|^For (?:more|further|media|press)\b[^.]*\b(?:contact|call|e-?mail)\b",
    re.IGNORECASE,
)
"""A speaker's signpost ("Let me start with apprenticeships.", "So today I am announcing 3
changes."): it says what comes next, not what was said; the points are what follows it. A
page's pointer too ("A map of the works is shown below."): the summary has no below."""
_ENDS_SENTENCE: Final = re.compile(rf"[.!?…][\"'”’)]*[{FOOTNOTE_DIGITS}]*$")
"""A point is a whole sentence: not a resolution's "Recalling the Charter …," nor a footer's
"48th meeting 4 April 2025 [Adopted without a vote.]"."""
_NOTE_MARKS: Final = re.compile(rf"(?<=[.!?…\"'”’)])[{FOOTNOTE_DIGITS}]+$")
"""A footnote's mark after a point ("… the River Wend.¹"): the summary holds no notes, so a
point with one was never chosen, and kept, its mark would point at nothing."""
_NOW: Final = re.compile(r"^(?i:now),? (?i:therefore),?\s+(?=I\b)")
"""A proclamation's turn from its reasons ("NOW, THEREFORE, I, Margaret L. Okafor, … do hereby
declare …"): lifted out without the "WHEREAS" before it, it turns from nothing."""
_STAR: Final = re.compile(r"(?<=\w)\*+(?=[\s,.;:])")
"""A release's mark for its footnote ("UN experts* today …"): the summary carries no note."""
_FIRST_PERSON: Final = re.compile(r"^(?:[\w .]+: )?(?:I|We|As\b[^,]*, I)\b")
"""A speech's opening words ("As the representative of …, I am pleased"), no news lede."""
POINTS_INTRO: Final = "The key points, in the statement's own voice:"
"""Comes between a lead and the points: the lead tells of the speaker ("Jürgen Stock spoke"),
and the points are the speaker's own sentences ("we must"), so the reader is told who "we" is."""


_FOR_EDITORS: Final = re.compile(
    r"(?:notes?\s+(?:to|for)\s+editors|editor['’]?s\s+notes?)\b", re.IGNORECASE
)
"""A section for journalists, under a release's news."""
_ABOUT_US: Final = re.compile(
    r"(?:about (?:us|the [\w' ]{2,60})|(?:media |press )?contacts?|media (?:enquiries|inquiries)"
    r"|associated links|related links|follow us)$",
    re.IGNORECASE,
)
"""A release's standing parts ("About us", "Contacts", "Associated links"): the same under every
release, so no point of this one ("For media enquiries, please contact …" had ended a prison
inspection's summary)."""
_SURE_CLAUSE: Final = re.compile(r"\b(?:I|we|you|they|he|she|it|am|cannot)\b|n['’]t\b", re.I)
"""Words that tell a clause even where the verb test finds no verb ("we cannot find")."""


_NAMES_THE_FOLLOWING: Final = re.compile(
    r"\b(?:the following\b[^.!?]*|as follows"
    r"|(?:at|in|to|for|from|on|by|with|include|includes|including|are|were|is|was))\s*:$"
)
"""A list's lead that its items complete: "… for the following areas:", "… available at:"."""
ACTION_BONUS: Final = 1.5
"""What a step of a list that tells the reader what to do gains as a point ("Boil all tap
water …"): a notice's steps carry no figure or name, yet they are what it is for."""


_DECIDED: Final = re.compile(
    r"^(?:[^:]*?,\s+)?(?P<who>[A-Z][^:,]{0,60}?)\s+(?P<verb>(?:(?:have|has)\s+)?(?:agreed|decided"
    r"|resolved|committed|undertook|undertaken|pledged))(?:\s+to)?\s*:$"
    r"|^(?P<bound>[A-Z][^:,]{0,60}?)\s+"
    r"(?P<modal>must|shall|will|is required to|are required to)\s*:$"
    # A task given to others: "We therefore task our officials to:" then "a) map the …".
    r"|^(?:[^:]*?,\s+)?(?P<asker>[A-Z][^:,]{0,60}?)\s+(?P<ask>(?:therefore\s+|also\s+)?"
    r"(?:task|tasked|instruct|instructed|ask|asked|invite|invited|mandate|mandated)"
    r"\s+[^:,]{1,60}?)\s+to\s*:$"
    # A finding: "The Commissioner found that Riverside Homes Group:" then "(b) Ignored …".
    r"|^(?P<finding>[A-Z][^:]{0,80}?\b(?:found|concluded|held|decided) that\s+[A-Z][^:]{0,60}?)"
    r"\s*:$"
)
"""A lead into what was agreed, asked or is required: "To reverse this decline, Ministers
agreed:", "We task our officials to:", "The company must:", and into what was found: "The
Commissioner found that Riverside Homes Group:"."""
_TO_DO: Final = re.compile(r"^(?:To|to)\s+(?=[a-z])")
DECISION_BONUS: Final = 2.0
"""What an agreed measure gains as a point: a communiqué's (a)-(c) are what it is for, and
carry fewer figures than the scene-setting paragraph on who met where."""


def _decision(lead_in: str, item: str) -> str | None:
    """An agreed or required measure told whole: "Ministers agreed to reduce the catch …".

    The item ("(a) to reduce the catch …;") says nothing alone; with who agreed from its
    lead-in, it is a sentence of the plain version's own words. Only an item that goes on
    from "agreed to" (or, after "must:", a step: "Publish …") is joined, and only its first
    sentence ("… a joint fund of USD 15 million.", not the aim after it). None for others.
    """
    # "Today I am announcing a package worth £212 million. The Government will:": the lead is
    # the paragraph's last sentence, after what came before it.
    lead_sentences = split_sentences(lead_in)
    found = _DECIDED.match(lead_sentences[-1] if lead_sentences else lead_in)
    if found is None:
        return None
    sentences = split_sentences(item)
    first = (sentences[0] if sentences else item).rstrip(";,")
    first = re.sub(r"[;,]?\s+(?:and|or)$", "", first)  # "(b) … by 1 March 2027; and"
    if not first.endswith((".", "!", "?")):
        first += "."
    if found["finding"]:
        # "(b) Ignored 2 warnings …" says what was found of whom only with its lead.
        verb = first.split(" ", 1)[0]
        if not verb.istitle() or not is_past_verb(verb):
            return None
        return f"{found['finding']} {first[0].lower()}{first[1:]}"
    if found["modal"]:
        # "The company must:" then "1. Publish, by 31 January 2027, a plan …": a step to take.
        if not starts_with_action(first):
            return None
        return f"{found['bound']} {found['modal']} {first[0].lower()}{first[1:]}"
    if found["ask"]:
        # "We therefore task our officials to:" then "a) map the demand …": who is to do what.
        if not starts_with_action(first):
            return None
        return f"{found['asker']} {found['ask']} to {first[0].lower()}{first[1:]}"
    if not _TO_DO.match(first):
        return None
    return f"{found['who']} {found['verb']} to {_TO_DO.sub('', first, count=1)}"


_LABELLED: Final = re.compile(r"^[A-Z][^:.!?]{0,50}: (?:[a-z]|[£$€]?\d)")
"""A list's item that is a label and its entry ("RSV: everyone aged 75 to 79, and pregnant
women from 28 weeks.", a table's row "Day ticket, bus and tram (zones 1-4): £7.20 → £7.60."):
it answers the heading above it, and alone says nothing."""


def _phrases(run: Sequence[tuple[str, bool]]) -> list[str]:
    """A list's items, when most of them are phrases with no verb ("Through the NHS App.").

    Their siblings are phrases too, even where the verb test finds a participle ("At a
    walk-in clinic — no appointment needed."): all answer the heading ("How to book"), and
    none stands alone as a point. A step ("Call 119 …") is what to do, and stays.
    """
    if len(run) < 2 or 2 * sum(verbless for _, verbless in run) < len(run):
        return []
    # Only beside a phrase: a list of places ("Oakfield Park.") run on into numbered steps
    # ("3. Do not use tap water to prepare infant formula.") leaves the steps whole.
    return [
        item
        for index, (item, _) in enumerate(run)
        if any(verbless for _, verbless in run[max(0, index - 1) : index + 2])
        and not _tells_to_act(item)
        and not item.startswith(("Do not ", "Don't ", "Don’t "))
    ]


_ROW: Final = re.compile(
    r"^(?:(?P<clock>\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:-|–|to)\s*\d{1,2}(?:[:.]\d{2})?"
    r"\s*(?:[ap]\.?m\.?)?)?)|(?P<label>[^:]{1,40})):\s+(?P<entry>\S.*)$",
    re.IGNORECASE,
)
"""A timetable's or a table's row: "8:00pm: Westvale Local Plan 2027-2042."."""


def _is_row(sentence: str) -> bool:
    """True for a row ("7:00pm: Budget and council tax 2027/28."): a label and a phrase.

    It answers the heading above it ("Agenda"), and lifted out it says nothing; a speaker's
    label before a sentence ("Rachel Tembo: If construction starts …") has a verb, and stays.
    """
    found = _ROW.match(sentence)
    if found is None:
        return False
    if found["clock"]:
        return True  # "6:45pm: Motions from councillors.": an hour's item, whatever its words
    return not has_finite_verb(found["entry"]) and not _SURE_CLAUSE.search(found["entry"])


def _after_a_notes_label(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs after a "Notes to editors" or "About us" line inside a section."""
    for index, paragraph in enumerate(paragraphs):
        label = paragraph.strip().rstrip(":.")
        if _FOR_EDITORS.fullmatch(label) or _ABOUT_US.fullmatch(label):
            return list(paragraphs[index + 1 :])
    return []


def _tells_to_act(sentence: str) -> bool:
    """True for an instruction: "Boil all tap water …", not "Second, the Government …"."""
    first = re.match(r"([A-Z][a-z]+) (?=[a-z])", sentence)
    return (
        first is not None
        and first.group(1).lower() not in _ORDINAL_OPENERS
        and starts_with_action(sentence)
    )


_SIGNED_AT: Final = re.compile(
    r"^(?:Done|Signed|Adopted|Issued) (?:at|in) [A-Z][^.]{0,60}\.$"
    # A governor's seal: "IN WITNESS WHEREOF, I have hereunto set my hand …", "GIVEN under
    # my hand and the Great Seal … this 1st day of December, 2026."
    r"|^(?i:in witness whereof|given under my hand)\b"
    # "Adopted this 24th day of November, 2026.": the day, which the lead tells.
    r"|^(?:Done|Signed|Adopted|Issued|Given|Proclaimed) (?:this|on) [^.]{0,40}\d{4}\.$"
)
"""A communiqué's last line, where and when it was signed ("Done at Port Alder on 21 November
2026."): the title block says so, and it is no key point."""
_ELLIPTICAL: Final = re.compile(
    # "… at the heart of what we do." ends on a whole clause, and so does "… than we can."
    r"(?<!\bwhat )(?<!\bwhich )(?<!\bhow )(?<!\bas )(?<!\bthan )(?<!\ball )(?<!\bwhere )"
    r"(?<!\bwhen )(?<!\bwhatever )"
    r"\b(?:it|they|he|she|we|I|you|this|that) (?:does|did|do|is|was|are|were|has|have|had|can"
    r"|could|will|would|should|must|may)(?: not|n['’]t)?(?: so)?(?: \([^()]*\))?[.!?]$"
    # "A lodger does not: the landlord keeps …" answers the sentence before it.
    r"|^(?:\w+ ){1,3}(?:does|did|do|is|was|are|were|has|have|had|can|will) not[:;]"
    # "Parliament shall be no exception.": to what the sentence before said of others.
    r"|\b(?:is|are|was|were|be|been|will be|shall be) no (?:exception|different)[.!]$"
    # "Whether the Secretary of State was required to …." is a question the lead above it
    # put ("The Court had to decide 2 questions:"), not a point.
    r"|^Whether\b[^?]*\.$"
)
"""A sentence that ends on its verb's helper ("The Court holds that it does not (paras
31-38).") or opens on one ("A lodger does not: …"): its verb is in the sentence before, and
alone it says nothing."""
_PARAGRAPH_NUMBER: Final = re.compile(r"^(?:\d{1,3}\.|\(\d{1,3}\)|\([a-z]\))\s+(?=[A-Z])")
"""A court's or a communiqué's paragraph number written in the text ("4. The Supreme Court
unanimously allows the appeal."), as a Word file keeps it: lifted out as a point, it numbers
nothing."""
_ANSWER: Final = re.compile(r"^(?:Yes|No)[.!]\s+(?=[A-Z])")
"""A question-and-answer page's "No." before the answer ("No. Your collection day stays the
same."): lifted out from under its question, it answers nothing; the rest of it does."""
_ORDINAL_OPENERS: Final = frozenset("first second third fourth fifth next last finally".split())


_CUT_WORDS: Final = 10
"""A line this long that ends on a word, with a verb, is a sentence cut by a page's gap, not a
heading."""
_CUT_WORDS_ELSEWHERE: Final = 12
"""The same where no verb test is known (Spanish, French, German): a little longer."""


def _goes_on_from(plain: PlainSection, index: int) -> bool:
    """True for a sentence that is the rest of the one before, cut at a capital by a gap.

    "… donde España seguirá apoyando al enviado personal del secretario general de Naciones"
    over "Unidas para alcanzar una solución …": the PDF's gap fell inside "Naciones Unidas",
    and the tail, which opens on a capital, had been a point ("Unidas para alcanzar …"). A
    short line ending on a word is a heading, and what follows it stands alone.
    """
    if index == 0:
        return False
    before = plain.sentences[index - 1]
    if re.search(r"[^\W\d_]$", before) is None or word_count(before) < _CUT_WORDS:
        return False
    # A long heading has no verb ("Northmere Council's response to the flooding of the River
    # Wend in November 2026"); the verb test knows English words only.
    english = NOT_REWRITTEN not in plain.changes
    return has_finite_verb(before) if english else word_count(before) >= _CUT_WORDS_ELSEWHERE


_PARTICIPLE_OPENING: Final = re.compile(
    r"^(?:(?:By|Through) [a-z]+ing|(?!\w*thing\b|During\b)[A-Z][a-z]{2,}ing)\b"
)
"""A phrase that opens on what someone is doing ("Thinking about their families, …", "By
being smart, and caring …"): a sentence only where a clause with its own verb follows."""
_CLAUSE_WITHIN: Final = re.compile(r"\b(?:what|which|who|whom|that)\b[^,;:—]*")
"""A clause inside a phrase ("about what comes next"): its verb is not the phrase's."""


def _is_fragment(sentence: str) -> bool:
    """True for "A violation of Article 8 …": a list's item lifted out of its lead-in.

    A phrase that opens with "A" or "An" and has no verb is taken for one: the verb test
    misses some presents ("the people of our world live"), and imperatives have no subject.
    So is one that opens on a participle and has no verb but a clause's within it: "Thinking
    about their families, about what comes next." and "By being smart, and caring—on a scale
    as never before." are a speech's half sentences, said after the sentence they complete.
    """
    if re.fullmatch(r"By \S+ votes? to \S+[.,;:]", sentence):
        return True  # "(2) By fourteen votes to two,": how a court voted on the clause below
    if _PARTICIPLE_OPENING.match(sentence):
        main = _CLAUSE_WITHIN.sub("", sentence)
        return not has_finite_verb(main) and not _SURE_CLAUSE.search(main)
    return (
        re.match(r"An?\s", sentence) is not None
        and not has_finite_verb(sentence)
        and not _SURE_CLAUSE.search(sentence)
    )


@dataclass(frozen=True)
class Summary:
    """The whole statement in plain language, in at most 150 words."""

    lead: str
    """Who spoke, where and when, in one sentence; empty when the statement says none of it."""
    points: tuple[str, ...]
    """The key points, one plain sentence each (two where the second leans on the first:
    "… near Bunagana. This led to the death of 3 peacekeepers."), in the statement's order."""
    facts: FactCheck
    """The fact guard's verdict: nothing invented (a summary may leave facts out)."""
    intro: str = ""
    """Leads into the points after the lead (`POINTS_INTRO`); empty without a lead or points."""
    lang: str = "en"
    """The statement's language: the heading is in it, like the points under it."""

    @property
    def text(self) -> str:
        """Lead, intro and points as one paragraph."""
        return " ".join(part for part in (self.lead, self.intro, *self.points) if part)

    @property
    def words(self) -> int:
        """Words in the summary."""
        return word_count(self.text)

    def to_markdown(self, title: str) -> str:
        """The summary as Markdown: a heading, the lead and a bullet per point.

        Made to be pasted into web pages: the words are escaped, never run as HTML.
        """
        lead = [markdown_escape(self.lead), ""] if self.lead else []
        intro = [markdown_escape(self.intro), ""] if self.intro else []
        heading = section_labels(self.lang).summary_heading(markdown_escape(title))
        lines = [f"# {heading}", "", *lead, *intro]
        lines += [f"- {markdown_escape(point)}" for point in self.points]
        return "\n".join(lines).rstrip() + "\n"

    def to_text(self) -> str:
        """The summary as plain text, one sentence a line, ready to paste."""
        return "\n".join(part for part in (self.lead, self.intro, *self.points) if part) + "\n"


_ANNOUNCES: Final = re.compile(
    r"\b(?:I|we) (?:am |are )?(?:(?:hereby|now|also) )?"
    r"(?:announc(?:e|ing)|unveil(?:ing)?|launch(?:ing)?) (?:the|a|an|our|my|\d)\b",
)
"""The speaker's own news: "So tonight, I announce the Advanced Energy Initiative -- a
22-percent increase in clean-energy research"."""
_PLEDGE: Final = re.compile(
    r"^(?:[^,]{1,40}, )?(?:I|We|The Government|Our Government|My Government)"
    r" (?:will|shall|are going to|am going to|(?:are|am) committed to)"
    r" (?!(?:be|not|never|have|always|all|each|both|see|get|go|keep|continue)\b)[a-z]+\b"
)
"""What the speaker undertakes to do: "We will repair our alliances and engage with the world
once again, …", "I will fight as hard for those who did not support me …", not a hope ("We
will be a strong and trusted partner …")."""
PLEDGE_BONUS: Final = 1.0
"""What an undertaking gains as a point: a speech's news is what it will do, and an
inaugural's pledges had lost to its framing ("Through a crucible for the ages …")."""
ANNOUNCE_BONUS: Final = 2.0
"""What an announcement gains as a point, as much as a call: a State of the Union's new
initiative had lost to its framing ("In a system of 2 parties, 2 chambers, …")."""


def _news_weight(sentence: str) -> float:
    """What a sentence carries as news alone: figures, dates, names, "must", a verdict, a toll."""
    facts = factguard.extract(sentence)
    weight = 2.0 * any(f.kind in ("number", "date") for f in facts)
    weight += min(2, sum(f.kind == "name" for f in facts))
    weight += 1.0 * any(f.kind == "modal" for f in facts)
    weight += OUTCOME_BONUS if _OUTCOME.search(sentence) else 0.0
    weight += TOLL_BONUS if _TOLL.search(sentence) else 0.0
    weight += ANNOUNCE_BONUS if _ANNOUNCES.search(sentence) else 0.0
    weight += PLEDGE_BONUS if _PLEDGE.match(sentence) else 0.0
    return weight


def in_short(section: Section, plain: PlainSection, lede: bool = False) -> tuple[str, ...]:
    """One to three key points of a body section, taken from its own plain sentences.

    A sentence is a good point when it stands alone (no "This …" pointing back, not an acronym
    note, a list's lead-in or an item that needs its lead), carries facts (numbers, names,
    "must"), and is not too long. Longer sections get more points; points keep the section's order.
    With `lede`, the section's first sentence is a news release's lede, which says what
    happened ("… launched an appeal for US$4.2 billion …"): it is long by design, and comes first.
    """
    if (
        section.kind is not SectionKind.BODY
        or _FOR_EDITORS.match(section.title)
        or _ABOUT_US.match(section.title)
    ):
        return ()  # "Notes to editors", "About us": background for journalists, not the news
    candidates: list[tuple[float, int, str]] = []
    referents: dict[int, str] = {}  # a point's "this attack": what it points back to
    fragments: list[str] = []
    steps: list[str] = []
    lead_in = ""
    before = ("", "")  # the item before, and whether it has no verb: a "need" or a "step"
    opener = ""  # the last paragraph that leads into a list, item or not ("4. … agreed:")
    decided: dict[str, str] = {}  # an agreed measure's first sentence, told whole
    run: list[tuple[str, bool]] = []  # the list's items so far, and whether each has no verb
    english = NOT_REWRITTEN not in plain.changes  # the verb test knows English words only
    for paragraph, item in zip(plain.paragraphs, list_items(plain, section), strict=True):
        joined = _decision(opener, paragraph) if item else None
        if joined is not None:
            decided[split_sentences(paragraph)[0]] = joined
        opener = paragraph if paragraph.endswith(":") else opener if joined else ""
        if not item:
            lead_in = paragraph
            before = ("", "")
            fragments += _phrases(run)
            run = []
            continue
        steps.append(paragraph)
        verbless = (
            NOT_REWRITTEN not in plain.changes
            and not has_finite_verb(paragraph)
            and not _SURE_CLAUSE.search(paragraph)
        )
        # "Water treatment, latrines and hygiene kits …" reads as a step ("Water the …"), but
        # beside "Emergency shelter for 65,000 families." it is one of a list of needs too.
        kind = "" if not verbless else "step" if _tells_to_act(paragraph) else "need"
        if kind == "step" and before[1] == "need":
            kind = "need"
        elif kind == "need" and before[1] == "step":
            fragments.append(before[0])
        before = (paragraph, kind)
        run.append((paragraph, verbless))
        if (
            (needs_its_lead(paragraph) and lead_in.endswith(":"))
            or (_NAMES_THE_FOLLOWING.search(lead_in) and word_count(paragraph) < 12)
            or kind == "need"
            or (english and _LABELLED.match(paragraph))
        ):
            # "… is in effect for the following areas:" then "- Properties on Ferry Lane
            # numbered 1 to 48": an item that names one of them says nothing alone, nor does
            # an item with no verb ("Emergency shelter for 65,000 families." under "Priority
            # needs"). Steps with no lead-in ("1. Boil all tap water …") do.
            fragments.append(paragraph)
    fragments += _phrases(run)
    # "Notes to editors" as a line of the section's own, not its heading: what follows it is
    # for journalists ("2. HMP Eastfield was last inspected in March 2023."), no point.
    fragments += _after_a_notes_label(plain.paragraphs)
    # "… family said: 'Joanne was the heart of our family." opens a quotation it does not close.
    cut_flags = cut_quotations(plain.sentences)
    cut = {s for s, is_cut in zip(plain.sentences, cut_flags, strict=True) if is_cut}
    # A footnote's later sentences too: "¹ Figures as of 7 October. Assessments are under way."
    notes = [paragraph for paragraph in plain.paragraphs if paragraph[:1] in FOOTNOTE_DIGITS]
    notes += [paragraph for paragraph in plain.paragraphs if _CITATION.match(paragraph)]
    # (Mixed-language statements.) A paragraph in another language, left as written, gives
    # no point: the summary is in the statement's language.
    foreign = [markdown_to_plain(p.text) for p in section.paragraphs if p.language]
    # A reporter's question in a transcript ("Question: Minister, the last estimate was $2.9
    # billion.") is not the statement's voice: the answers are.
    asked = [paragraph for paragraph in plain.paragraphs if is_question_turn(paragraph)]
    carried = _carried(plain)
    apologised = False
    told_with = {index + 1 for index in carried}  # "Two people lost their lives." goes with it
    # "Welcome also to the 197 members who are newly elected. Your enthusiasm and fresh ideas
    # will serve your country well.": what a courtesy goes on to say to those it greets.
    greeted = {
        sentence
        for paragraph in plain.paragraphs
        if _CEREMONY.search((split_sentences(paragraph) or [""])[0])
        for sentence in split_sentences(paragraph)[1:]
        if _TO_YOU.search(sentence)
    }
    answers: set[int] = set()  # "But we can build faster …": a point only after what it answers
    leaning: set[int] = set()  # points that lost the penalty for pointing back
    weak: set[int] = set()  # courtesies and slogans: points only where nothing else is
    for index, sentence in enumerate(plain.sentences):
        words = word_count(sentence)
        own = ""  # a point's first sentence, when the next is carried with it
        if words < 5 or not _ENDS_SENTENCE.search(sentence) or ACRONYM_NOTE.match(sentence):
            continue  # a lead-in ("… as follows:"), a resolution's "Recalling …," or a footer
        if sentence in cut or index in told_with:
            continue
        joined = decided.get(sentence)
        if joined is not None:
            sentence = joined  # "Ministers agreed to reduce …", not "(a) To reduce …"
            words = word_count(sentence)
        elif index in carried:
            # "… a number: 212,000. That is how many households …": the second sentence's
            # "That" points into the point, and each sentence is as long as it is to read.
            own = sentence
            sentence = carried[index]
            words = word_count(sentence)
        elif _TEASER.search(sentence) or _SIGNPOST.search(sentence):
            continue  # "Let me start with apprenticeships.": what comes next, not a point
        if (
            sentence[:1] in FOOTNOTE_DIGITS
            or sentence.startswith(("*", "†"))
            or any(sentence in note for note in notes)
        ):
            # A footnote ("*The experts: …"): where a figure came from or who the experts
            # are, not what the statement says.
            continue
        if any(sentence in fragment for fragment in fragments):
            continue
        if any(sentence in paragraph for paragraph in foreign):
            continue
        if any(sentence in paragraph for paragraph in asked) or _SIGNED_AT.match(sentence):
            continue
        if (
            _ASKS.search(sentence)
            or (english and _ASKS_UNMARKED.match(sentence))
            or GAP_MARK.search(_EDGE_GAP.sub("", own or sentence))
        ):
            # "How many of you know someone who cannot afford a home?" asks the room, and
            # "… moving costs. [inaudible]" lacks words: neither is a point to take as said.
            continue
        limit = MAX_LEDE_WORDS if lede and index == 0 else MAX_POINT_WORDS
        if _LEANS_BACK.match(sentence) or _ELLIPTICAL.search(sentence) or words > limit:
            continue  # "They were Albania, …" (113 words) is neither alone nor short
        if not english and _LEANS_BACK_ELSEWHERE.match(sentence):
            continue  # "C’est le cas de Cuba." names the case the sentence before told
        if not english and is_any_echo(sentence):
            continue  # "Una ciencia que pone al ser humano en el centro …": no main verb
        # The next sentence with words: "… étudiant etc.." is followed by a lone "." first.
        following = next((s for s in plain.sentences[index + 1 :] if re.search(r"\w", s)), "")
        if joined is None and (
            sentence[:1].islower() or following[:1].islower() or _goes_on_from(plain, index)
        ):
            # A sentence cut at a stop inside it ("… artisan, étudiant etc.." then "jeunes de
            # toutes régions …"), or by a page's gap ("- Restaurer l'intégrité du territoire
            # en veillant à la sécurité" over "des populations et de leurs biens, …"): neither
            # half is one to lift out.
            continue
        if _DISCLAIMER.search(sentence) or _QUOTED.match(sentence) or _THANKS.search(sentence):
            continue  # true of every court summary; words whose speaker the point leaves out
        if english and (_is_fragment(sentence) or _is_row(sentence)):
            continue  # "A violation of Article 8 …": what a lead-in above it held, no point
        score = _news_weight(sentence)
        score += DECISION_BONUS if joined is not None else 0.0
        if (
            english
            and any(sentence in step for step in steps)
            and (_tells_to_act(sentence) or sentence.startswith(("Do not ", "Don't ")))
        ):
            score += ACTION_BONUS  # "1. Boil all tap water before drinking it": what to do
        score += 1.0 if not candidates else 0.0
        if lede and index == 0 and words >= 12 and not _FIRST_PERSON.match(sentence):
            score += LEDE_BONUS  # told of, not said: "Mark Ellison, 45, … was today jailed"
        if _CALL.search(sentence) and not _ADDS_TO.search(sentence):
            score += CALL_BONUS  # the first call, not the one added to it ("also called on")
        if (
            _APOLOGY.search(sentence)
            and not _ROUTINE_APOLOGY.search(sentence)
            and sentence[:1] not in "\"“‘'"
            and not apologised
        ):
            # The first apology, not each "I am sorry that …" after it: the facts it is for
            # are points too.
            score += APOLOGY_BONUS
            apologised = True
        alone = own or sentence
        if (
            _BACK_REFERENCE.match(alone)
            or _REFERS_BACK.search(alone)
            or (english and _POINTS_BACK.search(alone))
        ):
            score -= BACK_PENALTY
            leaning.add(index)
            named = _REFERRED.search(alone)
            if (
                named is not None
                and not _BACK_REFERENCE.match(alone)
                and named["w1"] not in FUNCTION_WORDS
            ):
                # "this urgent need" names a need; "this attack and …" an attack.
                adjective = named["w2"] and is_adjective(named["w1"])
                referents[index] = named["w2"] if adjective else named["w1"]
        if _CONTRASTS.match(alone) or (
            _goes_on(alone, english) and not _MERELY_JOINED.match(alone)
        ):
            # "Here too we will stay fully committed.", "In fact, they had changed …": what
            # goes on from the sentence before reads right only after it, as "But …" does.
            score -= BACK_PENALTY
            answers.add(index)
            leaning.add(index)
        courtesy = _is_courtesy(sentence)
        score -= 4.0 if courtesy or sentence in greeted else 0.0
        if courtesy or sentence in greeted or _is_slogan(own or sentence, english):
            weak.add(index)
        longest = max(map(word_count, (own, sentence.removeprefix(own)))) if own else words
        score -= max(0, longest - 20) / 5
        candidates.append((score, index, sentence))
    if any(index not in weak for _, index, _ in candidates):
        # "A cure will be found." beside the section's facts, or congratulations on the
        # President's election beside what the speech says ("Il me plait … mes chaleureuses
        # félicitations …" had opened a French speech's summary).
        candidates = [c for c in candidates if c[1] not in weak]
    count = 1 if section.word_count < 60 else 2 if section.word_count < 150 else 3
    # Not where a part is background ("Next steps; Background"): "The Commission presented its
    # proposal on 11 March 2025." is context, and the summary had ended on it.
    two_parts = (
        count == 1
        and len(plain.paragraphs) >= 2
        and section.word_count >= _TWO_PARTS_WORDS
        and not _BACKGROUND.search(section.title)
    )
    if two_parts:
        # "Supply; Compensation": two short parts told in one section, each with its own news
        # (supplies restored; £40 for every household). One point had told only the first.
        count = 2
    count += min(3, len(decided))  # what was agreed, beside what the section says besides
    best = _named_before(candidates, referents, count, answers)
    if two_parts and len(best) == 2:
        # The second point of a short section only from the other part, standing alone and
        # carrying something: not a courtesy ("I wish to congratulate His Excellency …"), nor
        # "The earlier figure was …" beside the figure's own paragraph.
        first, second = sorted(best, key=lambda c: (-c[0], c[1]))
        one_part = any(first[2] in p and second[2] in p for p in plain.paragraphs)
        if one_part or second[0] <= 0 or second[1] in leaning:
            best = [first]
    for harm in (_DEATH, _DISPLACED):
        # People killed or driven from their homes are always a point: "Sadly, one person …
        # has died." had lost to the count of cases and the lede, a council's "displacement
        # of more than 640,000 people" to its opening "confirms its strong commitment".
        if not any(harm.search(sentence) for _, _, sentence in best):
            told = [c for c in candidates if harm.search(c[2]) and c not in best]
            best += sorted(told, key=lambda c: (-c[0], c[1]))[:1]
    return tuple(
        _STAR.sub(
            "",
            _NOTE_MARKS.sub("", _ANSWER.sub("", _PARAGRAPH_NUMBER.sub("", _NOW.sub("", sentence)))),
        )
        for _, _, sentence in sorted(best, key=lambda c: c[1])
    )


_ASKS: Final = re.compile(r"\?[\"'”’)]*$")
"""A sentence that asks: in a speech, the room ("How many of you know someone who …?"); in a
page of questions and answers, the reader's question. The answer is the point."""
_ASKS_UNMARKED: Final = re.compile(
    r"^(?:Will|Shall|Can|Could|Would|Do|Does|Did|Are|Is|Have|Has) (?:we|you|they|I)\b"
    r"|.*\bis the question[.!]$"
)
"""A question asked without its mark: "Will we rise to the occasion, is the question.". Not
"Should you smell gas, call …": a notice's condition."""
_ORDINAL: Final = re.compile(
    r"^(?:First|Firstly|Second|Secondly|Third|Thirdly|Fourth|Fourthly|Fifth|Fifthly|Sixth"
    r"|Lastly),\s+(?=\w)"
    # "Let us not forget that Canadians have been clear …": the room is asked to recall what
    # the point says.
    r"|^(?:Let us|Let's) (?:not forget|never forget|remember) that\s+(?=\w)"
)
"""A speech's count of what it announces ("Second, councils will have to decide …"): lifted
out, the summary counts from nothing ("Second" with no "First"), so the summary's point goes
without it; so too a call on the room to remember it. A section's own points keep it."""


_EDGE_GAP: Final = re.compile(
    rf"^\s*{GAP_MARK.pattern}\s*(?=(?-i:[A-Z\"“]))|\s*{GAP_MARK.pattern}\s*$", re.IGNORECASE
)
"""A gap before or after a sentence ("… in December 2026. [crosstalk]"): the sentence itself
was heard whole; "[inaudible] the cost has gone up …" lost its start."""


_SIGNPOSTED: Final = re.compile(
    r"^(?:Of note|Notably|Importantly),\s+(?=\w)"
    # "So tonight, I announce …": the "So" ties the news to the sentence before it.
    r"|^So,? (?=(?:today|tonight|now),? (?:I|we)\b)"
)
"""Words that flag a point as worth noting, or tie it to what came before ("Of note, CRI
members … have backed guidance …"): lifted into the summary, the point says it alone."""


def _without_its_ordinal(point: str) -> str:
    """A point less its count, its signpost and its edge gap: "Third, the Government …"."""
    point = _EDGE_GAP.sub("", point)
    found = _ORDINAL.match(point) or _SIGNPOSTED.match(point)
    if found is None:
        return point
    rest = point[found.end() :]
    return rest[:1].upper() + rest[1:]


_BACKGROUND: Final = re.compile(r"\b(?:background|context)\b", re.IGNORECASE)
"""A part a release gives for context, under its news."""
_TWO_PARTS_WORDS: Final = 30
"""A short section of two paragraphs or more, this long, holds two points."""
_BARE_TOLL_WORDS: Final = 6
"""A toll this short ("One person has died.") says no more than that people died."""


_WHAT_FOR: Final = re.compile(r"^The (?:aim|purpose|goal|reason) (?:is|was|will be)\b")
"""What the sentence before did, told after it ("… have backed guidance. The aim is to help
organizations …"): the plain version splits a long sentence so, and its first half alone
("… have backed guidance.") says nothing of what for."""


_THAT_THING: Final = re.compile(
    r"\b(?:such|that (?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must"
    r"|should|we|they|it|he|she|you|I|the|a|an|our|their|its)\b))\s*[a-z]+"
)
"""A thing named before ("that support"), not a clause ("manufacturing that has been …")."""


_NOW_THEN: Final = re.compile(
    r"^(?:Today|Now|Nowadays|These days|This year),? (?:there (?:are|is)|it is|it's|we have"
    r"|they are|that (?:number|figure) is)\b"
)
"""The present set against the past the sentence before told: "Today, there are 122."."""
_THEN: Final = re.compile(
    r"^(?:In|By|Back in) (?:the )?(?:1[5-9]\d\d|20\d\d)s?\b|\bago\b|^(?:Once|At one time)\b"
)
"""A sentence that sets out a past ("In 1945, …", "Ten years ago, …") for what follows."""
_NOW_WORDS_MAX: Final = 12
"""A present this short only completes the past before it; a longer one is a point itself."""


def _carried(plain: PlainSection) -> dict[int, str]:
    """Sentences told together with the one after them, as one point, by the first's index.

    The next sentence leans back ("That is how many households …", "This led to the death of
    3 peacekeepers.") so it is never a point alone; yet it says what a lone figure counts
    ("Let me start with a number: 212,000."), that people died, which is what a reader
    looks for first, or what the first was done for ("The aim is to help …"). Only two
    sentences of one paragraph, together short enough for a point. A bare toll ("Two people
    lost their lives.") is told with the figure before it that says of what ("About 4,300
    homes and 650 businesses were flooded."): alone, it says nothing of where or how.
    """
    pairs: dict[int, str] = {}
    for index, (first, then) in enumerate(pairwise(plain.sentences)):
        bare = _DEATH.search(then) and word_count(then) <= _BARE_TOLL_WORDS
        # "The aim is to draw that support." points further back than the sentence before.
        what_for = _WHAT_FOR.match(then) and not _THAT_THING.search(then)
        leans = _LEANS_BACK.match(then) and (
            _TEASER.search(first) or _DEATH.search(then) or what_for
        )
        # "In 1945, there were about two dozen lonely democracies in the world." then "Today,
        # there are 122.": the past is set out for the present, and alone says only the past.
        now = _NOW_THEN.match(then) and _THEN.search(first) and word_count(then) <= _NOW_WORDS_MAX
        if not leans and not now and not (bare and re.search(r"\d", first)):
            continue
        both = f"{first} {then}"
        if word_count(both) <= MAX_POINT_WORDS and any(both in p for p in plain.paragraphs):
            pairs[index] = both
    return pairs


def _named_before(
    candidates: list[tuple[float, int, str]],
    referents: dict[int, str],
    count: int,
    answers: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[float, int, str]]:
    """The `count` best points, letting a point on "this attack" follow one that names it.

    A point that points back loses `BACK_PENALTY`: lifted out, its "this attack" names
    nothing. When a point chosen before it names the attack, it reads as it did in the
    statement, so it is scored again without the penalty, and kept only if that point stays.
    A point in `answers` ("But we can build faster …") is kept only right after the sentence
    it answers, and then without the penalty.
    """

    def best(pool: list[tuple[float, int, str]]) -> list[tuple[float, int, str]]:
        chosen = sorted(pool, key=lambda c: (-c[0], c[1]))[:count]
        alone = [c for c in chosen if c[1] in answers and not named(c[1], chosen)]
        if not alone:
            return chosen
        return best([c for c in pool if c not in alone])  # "But …" after nothing it answers

    def named(index: int, chosen: list[tuple[float, int, str]]) -> bool:
        if index in answers:
            return any(earlier == index - 1 for _, earlier, _ in chosen)
        if index not in referents:
            return False
        word = re.escape(referents[index].removesuffix("s"))
        return any(
            earlier < index and re.search(rf"\b{word}s?\b", sentence, re.IGNORECASE)
            for _, earlier, sentence in chosen
        )

    first = best(candidates)
    waived = {i for i in (*referents, *answers) if named(i, first)}
    if not waived:
        return first
    second = best([(s + BACK_PENALTY if i in waived else s, i, t) for s, i, t in candidates])
    if all(named(i, second) for _, i, _ in second if i in waived):
        return second
    return first


def lede_section(statement: Statement) -> str | None:
    """The id of the section whose first sentence is a news release's lede, if any.

    A release that names no speaker opens with its lede: what happened, in one sentence.
    """
    if statement.meta.speaker is not None:
        return None
    return next((s.id for s in statement.sections if s.kind is SectionKind.BODY), None)


def with_in_short(section: Section, plain: PlainSection, lede: bool = False) -> PlainSection:
    """The plain section with its "In short" points filled in, none opening on a greeting.

    A French section's points read "Monsieur le Secrétaire Général, Le Burkina Faso apprécie
    …" and "Monsieur le Président, ces aspirations sont …": said to the room, not the point.
    The section does not know its language, and a greeting of any language plainvoice reads
    opens no sentence of another, so each is looked for.
    """
    told = (without_any_greeting(point) for point in in_short(section, plain, lede))
    return replace(plain, in_short=tuple(point for point in told if point))


_IS_FORM_OF_TITLE: Final = re.compile(
    r"(?:Judge|Justice|President|Minister|Commissioner|Governor|Mayor|Ambassador|Senator|"
    r"Chief Constable|Detective (?:Chief )?(?:Inspector|Superintendent|Sergeant)|Inspector|"
    r"Superintendent|Sergeant|Constable|Commander|Sheriff|Coroner|Prosecutor|Chancellor)"
)
"""A role said before the name as a title ("Judge Patel"), read out so in the summary."""


_PUBLICATION: Final = re.compile(
    r"\b(?:report|accounts|review|yearbook|bulletin|newsletter|strategy|plan)"
    r"(?:\s+(?:for\s+)?\d{4}(?:\s*[-–/]\s*\d{2,4})?)?$",
    re.IGNORECASE,
)
"""An event that is a publication ("Annual Report and Accounts 2025-26"): a foreword is written
for it; "spoke at the Annual Report" had told of a speech no one gave."""


def _names_place(who: str, place: str) -> bool:
    """True when `who` ends on the place's name: "the High Court of Westvale" and "Westvale"."""
    name = place.split(",")[0].strip()
    return bool(name) and re.search(rf"\b(?:of|in|for)\s+{re.escape(name)}$", who) is not None


def lead_sentence(meta: StatementMeta, lang: str = "en", source: str = "") -> str:
    """Who spoke, where and when, from the title block; empty when it names none of them.

    "The speaker gave this statement." would tell the reader nothing. A statement
    in another language gets its own language's sentence (`lead_in_its_language`).
    A date that `source` labels "Published:" dates the page, so it is told as such, not as
    the day the speaker spoke.
    """
    embargo = next((note for note in meta.notes if is_embargo(note)), None)
    if embargo and is_rewritten(lang):
        # A press office pastes this summary into an e-mail: the embargo must travel with it.
        # Who issued it travels too ("… 3 December 2026. This statement was issued by the Bank
        # of Northmere."): without it the e-mail said only when it may be published.
        issuers = tuple(note for note in meta.notes if note.startswith(ISSUER_NOTES))
        rest = lead_sentence(replace(meta, notes=issuers), lang, source)
        return f"{embargo.rstrip('.')}. {rest}".strip()
    if not is_rewritten(lang):
        return lead_in_its_language(meta, lang)
    named = meta.speaker or meta.speaker_role
    issued = any(note.startswith(ISSUER_NOTES) for note in meta.notes)
    if not (named or meta.event or meta.place or meta.date_text or issued):
        return ""
    who = meta.speaker
    if meta.speaker and meta.speaker_role and _IS_FORM_OF_TITLE.fullmatch(meta.speaker_role):
        who = f"{meta.speaker_role} {meta.speaker}"  # "Judge Patel", not "Patel, Judge,"
    elif meta.speaker and meta.speaker_role:
        who = f"{meta.speaker}, {meta.speaker_role},"
    elif meta.speaker_role:  # "Statement by the Special Rapporteur on …" names an office
        who = re.sub(r"^(?:the\s+)?", "The ", meta.speaker_role, count=1, flags=re.IGNORECASE)
    written_for = meta.event is not None and _PUBLICATION.search(meta.event) is not None
    instrument = _instrument(meta)
    if who is not None and written_for:
        parts = [f"{who} wrote this"]  # a foreword is written for a report, not said at it
    elif who is not None and instrument and meta.event is None:
        parts = [f"{who} issued this {instrument}"]  # an order is signed, not spoken
    elif who is not None:
        parts = [f"{who} gave this statement" if meta.event is None else f"{who} spoke"]
    else:
        # A joint statement, a press release or a court's summary names no one who spoke.
        issuer = next((n for n in meta.notes if n.startswith(ISSUER_NOTES)), None)
        if issuer and meta.event is None:  # "This statement was issued by Northshire Police"
            text = "resolution" if issuer.startswith("Adopted") else instrument or "statement"
            parts = [f"This {text} was {issuer[0].lower()}{issuer[1:]}"]
        elif meta.event is None:  # "This executive order was issued on December 1, 2026."
            parts = [f"This {instrument or 'statement'} was issued"]
        else:
            parts = [f"This statement was {'written' if written_for else 'given'}"]
    if meta.event:
        event = re.sub(r"\s+[–—-]\s+", ", ", meta.event)
        at = "for" if written_for else "at"
        the = "" if event.lower().startswith("the ") else "the "
        parts.append(f"{at} {the}{event}")
    if meta.place and not _names_place(parts[0], meta.place):
        # Not "issued by the High Court of Westvale in Westvale": the name says where.
        parts.append(place_phrase(meta.place))
    # "This statement was issued by … on 28 November 2026.": the issued day, said once.
    label = date_label(meta, source, told_by_issuer=who is None and meta.event is None)
    date = date_in_words(meta) or meta.date_text  # "2024-10-14" → "14 October 2024"
    if date and label is None:
        # "Winter Weather Preparedness Week, November 16 - 22, 2026" on a proclamation: the
        # days it proclaims, not the day it was signed.
        covers = instrument == "proclamation" and meta.date_end is not None
        parts.append(f"{'for' if covers else 'on'} {date}")
    if label and len(parts) == 1 and who is None:
        # Only the page's date is known: "This statement was issued." would say nothing.
        if " was issued by " in parts[0]:
            # "…was issued by the Department for Transport. It was published on …"
            return f"{parts[0]}. It was {label} on {date}."
        return f"This {instrument or 'statement'} was {label} on {date}."
    # A comma after a part that holds commas of its own ("in Kyoto, Japan, on 7-9 March"),
    # none after one that does not ("issued in Port Alder on 20-21 November").
    lead = parts[0]
    if who is None and "," in lead and len(parts) > 1:
        lead += ","  # "issued by the Crown Prosecution Service, Northmere Area, on …"
    for before in parts[1:-1]:
        lead += f" {before}{',' if ',' in before else ''}"
    lead = f"{lead} {parts[-1]}." if len(parts) > 1 else f"{lead}."
    lead = f"{lead} The statement was {label} on {date}." if label else lead
    # A warning's times in force travel with it: "It is valid from 18:00 Monday 30 November …"
    holds = holds_for(meta)
    return f"{lead} {holds}" if holds else lead


def day_in_its_language(meta: StatementMeta, lang: str) -> str | None:
    """The statement's day in words in `lang` ("25 de septiembre de 2024"), or None.

    A range, or a date the title block gives in no form read as one day, stays as written.
    """
    if not meta.date_start or meta.date_end:
        return meta.date_text
    year, month, day = (int(part) for part in meta.date_start.split("-"))
    return day_in_words(year, month, day, lang) or meta.date_text


def lead_in_its_language(meta: StatementMeta, lang: str) -> str:
    """Who spoke, where and when, in the statement's language; "" without a named speaker.

    A Spanish speech whose title block names its speaker had a summary with no first line at
    all: "Pedro Sánchez Pérez-Castejón, Presidente del Gobierno de España, habló en Nueva York
    el 25 de septiembre de 2024." says it in Spanish, from per-language templates kept as
    data. The event is told when the title block named it with its article ("el Debate General
    del …", `tells_its_occasion`) and the language says how ("habló en el Debate General …").
    """
    words = language_words(lang)
    if not meta.speaker or "lead" not in words:
        return ""
    who = f"{meta.speaker}, {meta.speaker_role}," if meta.speaker_role else meta.speaker
    day = day_in_its_language(meta, lang)
    place = _place_in_its_language(meta, lang)
    date = str(words["date"]).format(date=day) if day else ""
    event = _event_in_its_language(meta, lang)
    return str(words["lead"]).format(who=who, event=event, place=place, date=date)


def _place_in_its_language(meta: StatementMeta, lang: str) -> str:
    """The place as said after the verb in `lang` (" à Lisbonne", " en France"); "" if none.

    A city takes the language's `place` template; a country named in its `countries` table
    takes the words written there: French "à Japon" and Italian "a Francia" had been said
    for "au Japon" and "in Francia". A country not in the table is said as a city is.
    """
    words = language_words(lang)
    if not meta.place or "place" not in words:
        return ""
    countries = {name.casefold(): said for name, said in words.get("countries", {}).items()}
    said = countries.get(meta.place.casefold())
    return f" {said}" if said else str(words["place"]).format(place=meta.place)


def _event_in_its_language(meta: StatementMeta, lang: str) -> str:
    """The event as said after the verb in `lang` (" au Débat général …"); "" where unsafe.

    Only an event read with its article is told, and, where the language names the articles
    its preposition takes (German "bei der", "beim": dative), only with one of them:
    "anlässlich des Gipfels" (genitive) would need declining, so it is left out.
    """
    words = language_words(lang)
    if not meta.event or "event" not in words or not tells_its_occasion(meta.event, lang):
        return ""
    allowed = words.get("event_articles")
    if allowed is not None and meta.event.split()[0] not in allowed:
        return ""
    if not _event_in_its_case(meta.event, lang):
        return ""
    event = str(words["event"]).format(event=meta.event)
    for written, said in words.get("contractions", {}).items():
        event = event.replace(written, said)  # "à le Débat général" is "au Débat général"
    return event


def _event_in_its_case(event: str, lang: str) -> bool:
    """Whether the event's article fits the event's preposition, by `event_nouns_after`.

    German "der" is dative after "bei der Konferenz" but genitive after "anlässlich der": a
    feminine noun in the singular reads the same in both ("bei der Eröffnung"), a plural does
    not ("anlässlich der Gedenkfeiern" is "bei den Gedenkfeiern", never "bei der"). The event
    is told only when its occasion's noun ends on one of the listed singular nouns.
    """
    nouns = language_words(lang).get("event_nouns_after", {}).get(event.split()[0])
    if nouns is None:
        return True
    noun = occasion_noun(event, lang)
    return noun is not None and noun.casefold().endswith(tuple(nouns))


_OPENING_CHARACTERS: Final = 1_000
"""How far into a statement it says on whose behalf it is given: in its first paragraphs."""
_TITLE_BLOCK_LINES: Final = 5
"""How many of a statement's first lines may hold its title."""
_NAMED_WHOM: Final = r"(?P<whom>[A-ZÀ-Ý][^,.;:!?«»\"“”]*(?:,\s+[A-ZÀ-Ý][^,.;:!?«»\"“”]*)*)"
"""Whom a statement is given for: a name, then offices after commas, each capitalised ("Son
Excellence le Capitaine Ibrahim TRAORE, Président du Faso, Chef de l'Etat"); the lower-case word
after them ("le salut fraternel …") is the sentence going on."""


def on_whose_behalf(statement: Statement) -> str:
    """Whom the statement says, in its opening, that it is given for; "" where it says no one.

    "J'ai le grand privilège … de vous transmettre, au nom de Son Excellence le Capitaine
    Ibrahim TRAORE, Président du Faso, Chef de l'Etat, le salut fraternel …": the minister
    who speaks is not named, the President they speak for is. Only a name or office in
    capitals follows ("au nom du Gouvernement" and "au nom de mon pays" name no one).
    """
    phrases = language_words(statement.language).get("on_behalf_of", ())
    if not phrases:
        return ""
    opening = " ".join(statement.text[:_OPENING_CHARACTERS].split())
    said = "|".join(map(re.escape, phrases))
    found = re.search(rf"\b(?:{said})\s+{_NAMED_WHOM}", opening)
    return found["whom"].strip() if found else ""


def own_title(statement: Statement) -> str:
    """The title when the statement's own first lines hold it; "" for one made from its file name.

    "Abschiedsrede als Bundeskanzlerin" heads Merkel's speech and may be told; "UNGA79 Burkina
    Faso 2024" is the file's name, which the statement never says.
    """
    title = " ".join((statement.meta.title or "").split())
    lines = (
        " ".join(markdown_to_plain(line.strip()).split()) for line in statement.text.splitlines()
    )
    # Only the first lines are read: a long statement's other lines are not made plain for it.
    first = list(islice((line for line in lines if line), _TITLE_BLOCK_LINES))
    return title if title and title in first else ""


_ISSUER_LINES: Final = 12
"""How many of a statement's first lines may hold the line naming who put it out."""


def issued_by_as_written(statement: Statement) -> str:
    """Who put the statement out, as its own line says it in its language; "" where none does.

    "Publié par le Ministère de la Santé" gives "par le Ministère de la Santé": the line's
    article and case are kept ("vom Bundesministerium"), none is guessed. Only a statement
    whose title block was read as issued by someone is looked at.
    """
    if not any(note.startswith("Issued by ") for note in statement.meta.notes):
        return ""
    lines = (line.strip() for line in statement.text.splitlines() if line.strip())
    for line in islice(lines, _ISSUER_LINES):
        said = issued_by_in_its_language(markdown_to_plain(line).strip(), statement.language)
        if said:
            return said
    return ""


def _with_its_subject(sentence: str, subject: str) -> str:
    """`sentence` with its subject, "" left where the verb says it ("Es del …", "È del …")."""
    said = sentence.replace("{it}", subject).strip()
    return said[:1].upper() + said[1:]


def first_line_without_a_speaker(statement: Statement) -> str:
    """A statement's first line in its language when its title block names no speaker.

    A French or German statement with no speaker named had no first line and no line leading
    into its points: the summary opened on a point. What is safely there is told, each from a
    per-language template kept as data: on whose behalf it is given ("Cette déclaration est
    faite au nom de …"), its own title ("Die Erklärung trägt den Titel „…“."), who put it out
    ("Elle a été publiée par le Ministère de la Santé …", in the words of its own line), where
    it was given ("Elle a été faite à Lisbonne le 28 juin 2022."), else its day ("Die
    Erklärung stammt vom 1. März 2024."). A template quotes or names what the text says, so no
    case or gender needs guessing ("Abschiedsrede" stays as written, in quotation marks). The
    first sentence of these to need a subject names the statement; the next say "it".
    """
    lang = statement.language
    meta = statement.meta
    words = language_words(lang)
    behalf = on_whose_behalf(statement)
    title = own_title(statement)
    by = issued_by_as_written(statement)
    day = day_in_its_language(meta, lang)
    event = _event_in_its_language(meta, lang)
    place = _place_in_its_language(meta, lang)
    date = str(words["date"]).format(date=day) if day and "date" in words else ""
    fills = {"whom": behalf, "title": title, "date": day, "by": by, "event": event, "place": ""}
    fills["it"] = "{it}"  # the subject is chosen below, once the sentences before are known
    told = [
        str(words[key]).format(**fills)
        for key, known in (("behalf", behalf), ("titled", title))
        if known and key in words
    ]
    # The issuer's line and the dateline say where and when it was put out; an event, where
    # it was given. Either tells the day, so it is not told again alone.
    said: list[str] = []
    if by and "issued" in words:
        said.append(str(words["issued"]).format(**fills | {"place": place, "date": date}))
    if "given" in words and (event or (place and not by)):
        where = place if not by else ""
        when = date if not by else ""
        said.append(str(words["given"]).format(**fills | {"place": where, "date": when}))
    if not said and day and "dated" in words:
        said.append(str(words["dated"]).format(**fills))
    for sentence in said:
        subject = str(words.get("it", "")) if told else str(words.get("this", ""))
        told.append(_with_its_subject(sentence, subject))
    return " ".join(told)


_ADDED_IN_ITS_LANGUAGE: Final = (
    "intro",
    "lead",
    "event",
    "place",
    "date",
    "behalf",
    "titled",
    "dated",
    "issued",
    "given",
    "this",
)
"""The templates whose words a summary adds to the statement's own in another language."""


def _words_it_adds(lang: str) -> str:
    """The words the summary's templates add in `lang`, without their blanks, one per line.

    German writes its nouns with capitals: "Die wichtigsten Punkte" and "Die Erklärung trägt den
    Titel" read to the fact guard as names the statement never had. They are the summary's own
    words, known in advance; what fills their blanks is checked as any point is.
    """
    words = language_words(lang)
    told = (str(words[key]) for key in _ADDED_IN_ITS_LANGUAGE if key in words)
    return "\n".join(re.sub(r"\{\w+\}", " ", template) for template in told)


def points_intro(lang: str) -> str:
    """What leads into the key points, in the statement's language (`POINTS_INTRO` in English)."""
    return str(language_words(lang).get("intro", POINTS_INTRO))


@cache
def _greetings(lang: str) -> re.Pattern[str] | None:
    """The greetings said to the room in `lang` ("Mister President", "Señoras y señores")."""
    greetings = sorted(language_words(lang).get("greetings", ()), key=len, reverse=True)
    if not greetings:
        return None
    return re.compile(rf"(?:(?:{'|'.join(map(re.escape, greetings))})\s*[,;.!:]\s*)+", re.I)


def without_any_greeting(point: str) -> str:
    """`without_the_greeting` in every language with greetings in summary_languages.toml."""
    for lang in languages_with("greetings"):
        point = without_the_greeting(point, lang)
    return point


def without_the_greeting(point: str, lang: str) -> str:
    """A point without the greeting it opens on; "" for a point that is only a greeting.

    "Mister President, The United Nations is a place where …" and "Señoras y señores, España
    tomó la decisión …" are said to the room: a press officer's e-mail carries the news
    ("The United Nations is a place where …"), never "Mr President, Excellencies …".
    """
    found = greetings.match(point) if (greetings := _greetings(lang)) else None
    if found is None:
        return point
    rest = point[found.end() :]
    return rest[:1].upper() + rest[1:] if re.search(r"\w", rest) else ""


@cache
def _echo(lang: str) -> re.Pattern[str] | None:
    """A noun phrase and its relative clause, said as a sentence in `lang` (`is_echo`)."""
    words = language_words(lang)
    articles, relatives = words.get("articles", ()), words.get("relatives", ())
    if not articles or not relatives:
        return None
    relative = "|".join(re.escape(r) + ("" if r[-1] in "'’" else r"\b") for r in relatives)
    return re.compile(
        rf"^(?:{'|'.join(map(re.escape, articles))})\s*[\w-]+(?:\s[\w-]+){{0,2}}"
        rf"(?:,\s[^,.;:]{{1,60}},)?\s(?:{relative})"
    )


def is_echo(point: str, lang: str) -> bool:
    """True for a verbless echo of the sentence before: a noun phrase and its relative clause.

    "Un país, España, que cree en los mecanismos internacionales …" and "Una ocupación que debe
    terminar inmediatamente." take up what the sentence before said; alone, at the head of
    a summary, they are fragments with no main verb.
    """
    echo = _echo(lang)
    return echo is not None and echo.match(point) is not None


def is_any_echo(point: str) -> bool:
    """`is_echo` in every language with articles in summary_languages.toml.

    A section does not know its language, as `without_any_greeting` says; an article and a
    relative word of one language open no whole sentence of another.
    """
    return any(is_echo(point, lang) for lang in languages_with("articles"))


def is_self_described(point: str, lang: str) -> bool:
    """True for a line of a speaker's litany of who they are: "Je suis un Soldat Burkinabè, …".

    "Je suis un paysan burkinabè …", "Je suis un enfant …", "Je suis un Soldat …" frame a
    speech in the voices of its people; the first of them had opened a French summary, above
    the news (70% of the territory back under the State's control).
    """
    words = language_words(lang)
    i_am, articles = words.get("i_am"), words.get("articles", ())
    if not i_am or not articles:
        return False
    return (
        re.match(rf"{re.escape(i_am)} (?i:{'|'.join(map(re.escape, articles))})\b", point)
        is not None
    )


_FRAMING: Final = re.compile(
    r"^Here (?:we|I) (?:stand|are)\b"
    r"|^(?:[\w-]+ ){1,2}(?:years|decades|centuries) ago\b"
    r"|^(?:Last|A) (?:year|month|week|time)\b,? (?:we|I) (?:met|gathered|came|stood|spoke)\b"
    r"|\b(?:the|our) (?:will|voice) of the people\b",
    re.IGNORECASE,
)
"""A line that frames a speech rather than telling its news: "Here we stand looking out on
the great Mall …", "Twenty-five years ago, the World Conference …", "Last year, we met in New
York …", "The will of the people has been heeded."."""
FRAMING_PENALTY: Final = 3.0
"""What a framing line loses beside the points around it: as much as one that recalls history."""


def is_framing(point: str, english: bool) -> bool:
    """True for a point that frames the speech (`_FRAMING`): taken after the substantive ones."""
    return english and _FRAMING.search(point) is not None


_INSTRUMENTS: Final = {"proclamation": "proclamation", "executive order": "executive order"}
"""Kinds of text a governor or a president signs, by the kind note the title block gave."""


def _instrument(meta: StatementMeta) -> str:
    """The kind of signed instrument the statement is ("proclamation"), or "" for others.

    "Governor Margaret L. Okafor gave this statement" told of a speech; a proclamation or an
    executive order is issued, and says so in the lead.
    """
    return next((_INSTRUMENTS[n.lower()] for n in meta.notes if n.lower() in _INSTRUMENTS), "")


MAX_TITLE_WORDS: Final = 16
"""A longer title (a court's full case name) costs the points more than it tells."""
_KIND_OF_TEXT: Final = (
    r"(?:statement|message|remarks|address|speech|foreword|transcript|notice|briefing|letter)"
)
_TOPIC: Final = re.compile(
    rf"\b{_KIND_OF_TEXT}\b(?:(?!\b(?:on|following|about|regarding|(?<!attributable )to)\b).)*?"
    r"\s(?P<topic>(?:on|following|about|regarding|(?<!attributable )to)\s.+)$",
    re.IGNORECASE,
)
"""A title that says what a statement is on: "Statement by the Prime Minister on National Day
for Truth and Reconciliation", "Statement from Chief Constable … following the incident …",
or to whom it was said: "Statement to the General Assembly"."""
_ONLY_WHO: Final = re.compile(
    rf"\b(?i:{_KIND_OF_TEXT})\s+(?:(?i:by|from|attributable to)\s|of\s+(?:the\s+)?[A-Z])"
)
"""A title that names only who spoke ("Sentencing Remarks of His Honour Judge Whitfield"):
the lead names them already."""
_THIS_TEXT: Final = re.compile(
    r"\b(?:this|This) (?:statement|resolution|proclamation|executive order)\b"
)


def _stems(text: str) -> frozenset[str]:
    """A text's content words, less a plural's "s": "roads" and "road" are one word."""
    return frozenset(word.removesuffix("s") for word in _content_words(text))


def retells_title(meta: StatementMeta, points: Sequence[str]) -> bool:
    """True when a point says half of what the title says or more, as a headline's lede does.

    "Care home manager jailed for stealing £186,000 from residents" over "A care home manager
    who stole £186,000 … has been jailed …": the title in the lead would say it twice.
    """
    title = _stems(meta.title or "")
    return bool(title) and any(len(title & _stems(point)) >= len(title) / 2 for point in points)


def what_it_is_on(meta: StatementMeta, lead: str) -> str:
    """The lead with what the statement is about, from its title, where no event says it.

    "This statement was issued by the Returning Officer …" told an e-mail's reader who and
    when, never of what; "This statement, titled "Statement of results: Westvale City Council
    by-election, Riverside ward", was issued by …" does. A title that says what it is on gives
    only that ("gave this statement on the Sudan"). A speech names its event ("spoke at the
    Northmere Homes Summit"), and a title that only names who spoke, or that the lead says
    already, adds nothing.
    """
    title = " ".join((meta.title or "").split()).rstrip(".")
    found = _THIS_TEXT.search(lead)
    if meta.event or not title or found is None or word_count(title) > MAX_TITLE_WORDS:
        return lead
    if is_document_kind(title):
        return lead  # 'titled "Press briefing notes"' names what it is, not what it is on
    topic = _TOPIC.search(title)
    said = _content_words(topic["topic"]) if topic is not None else frozenset()
    if said and said <= _content_words(lead):
        return lead  # "The Special Envoy on Karesia gave this statement": said by the office
    if topic is not None and meta.place:
        # "… gave this statement on Karesia in Karesia": the place and the topic name one
        # country; told once, as the topic, where that is all the topic is.
        place = place_phrase(meta.place)
        named = re.search(rf"\b{re.escape(meta.place)}$", topic["topic"])
        if named is not None and f" {place}" in lead:
            if re.fullmatch(r"\w+\s+(?:the\s+)?", topic["topic"][: named.start()]):
                return lead
            lead = lead.replace(f" {place}", "", 1)
    if topic is not None:
        about = f" {topic['topic']}"
    elif _ONLY_WHO.search(title) or _content_words(title) <= _content_words(lead):
        return lead
    else:
        about = f', titled "{title}",'
    rest = lead[found.end() :]
    if rest.startswith("."):
        about = about.rstrip(",")  # 'issued this executive order, titled "…".', not '",.'
    return f"{lead[: found.end()]}{about}{rest}"


_RECALL_KIND: Final = re.compile(
    r"^(?:product )?(?:safety )?recall(?: notice)?$|^product safety (?:alert|notice|warning)$",
    re.IGNORECASE,
)
"""A recall's or a safety notice's kind, above its headline ("PRODUCT SAFETY RECALL")."""


def what_it_recalls(meta: StatementMeta) -> str:
    """What a recall is of, when its title names the product ("It is a recall of the …").

    "It is a product safety recall of the Brightnest 2-in-1 Baby Bouncer and Rocker, model
    BN-220." A recall's title is the product, and its points ("The bouncer's seat frame can crack")
    say "the bouncer": without this sentence, a summary pasted into an e-mail never says which
    one. A title that is a headline ("Brightnest recalls bouncers") is left to the points.
    """
    kind = next((note for note in meta.notes if _RECALL_KIND.match(note)), None)
    title = (meta.title or "").strip().rstrip(".")
    if kind is None or not title or _RECALL_KIND.match(title) or has_finite_verb(title):
        return ""
    title = re.sub(r"^the\s+", "", title, flags=re.IGNORECASE)
    about = "of" if kind.lower().endswith("recall") else "about"
    return f"It is a {kind.lower()} {about} the {title}."


def _body_sentences(statement: Statement, plains: Sequence[PlainSection]) -> tuple[str, ...]:
    """The body's plain sentences, in order, less acronym notes and lists' lead-ins."""
    return tuple(
        sentence
        for section, plain in zip(statement.sections, plains, strict=True)
        if section.kind is SectionKind.BODY
        for sentence in plain.sentences
        if not sentence.endswith(":") and not ACRONYM_NOTE.match(sentence)
    )


def _content_words(point: str) -> frozenset[str]:
    """A point's words that carry its meaning: "court", "jurisdiction", "norland"."""
    words = re.findall(r"[^\W\d_]{4,}", point.lower())
    return frozenset(word for word in words if word not in FUNCTION_WORDS)


def _retells(point: frozenset[str], before: frozenset[str]) -> bool:
    """True when one point says nearly all another says: nine in ten of the shorter's words."""
    shorter = min(len(point), len(before))
    return shorter >= 5 and len(point & before) >= 0.9 * shorter


_REFERRED_AT_ALL: Final = re.compile(_REFERRED.pattern, re.IGNORECASE)
"""`_REFERRED` at a sentence's start too: "These efforts …", "This coalition …"."""
_HERE_AND_NOW: Final = frozenset(
    "year years week month day days morning afternoon evening night time moment decade century"
    " season occasion hall room chamber house city town country nation place world government"
    " parliament council assembly summit conference meeting session statement notice report"
    " letter order judgment decision summary release message speech address page document"
    " website recall warning alert update announcement".split()
)
"""What "this" names where the words are said, not what came before: "this year", "this
hall", "this Government", "against this notice"."""


_SUBJECT_WORDS: Final = 8
"""How far into a point "this coalition" may stand to point back out of it: a sentence's
opening words, where its subject is."""


def _names_what_it_lacks(point: str, before: str) -> bool:
    """True for a point on "this coalition" when nothing the summary says before it names one.

    In its section the coalition was named a few sentences up; lifted out under a lead and
    the points before it ("The 68 members of the … Initiative met …"), "this coalition" names
    nothing. What "this" names in the here and now ("this year", "this notice") is known.
    """
    sentences = split_sentences(point)
    own = sentences[0] if sentences else point  # "… near Bunagana. This led to …" is carried
    if not _REFERS_BACK.search(own):
        return False
    found = _REFERRED_AT_ALL.search(own)
    if found is None or word_count(own[: found.start()]) > _SUBJECT_WORDS:
        # "… the Survivors who keep carrying the trauma of these institutions": late in a
        # sentence, "these" points into the sentence itself (the residential schools).
        return False
    first = found["w1"].lower()
    word = found["w2"] if found["w2"] and is_adjective(first) else first
    if first in _HERE_AND_NOW or word in _HERE_AND_NOW or not may_be_noun(word):
        return False
    stem = re.escape(word.removesuffix("s"))
    return re.search(rf"\b{stem}(?:s|es)?\b", before, re.IGNORECASE) is None


def _follows_what_it_answers(point: str, sentences: Sequence[str], chosen: list[str]) -> bool:
    """False for "But we can build faster …" when the sentence it answers is not said before.

    In its section, the point came right after the sentence it answers; the summary keeps it
    only if that sentence is one of the points already chosen.
    """
    if not _CONTRASTS.match(point):
        return True
    index = next(
        (i for i, sentence in enumerate(sentences) if point in sentence or sentence in point),
        None,
    )
    if index is None or index == 0:
        return index is None  # a joined or trimmed point that opens no sentence of its own
    return any(sentences[index - 1] in earlier for earlier in chosen)


def _choose(
    lead: str,
    headline: tuple[str, ...],
    by_section: Sequence[Sequence[str]],
    sentences: Sequence[Sequence[str]],
    lede: str = "",
    english: bool = True,
    now: int | None = None,
    intro: str = POINTS_INTRO,
) -> tuple[str, ...]:
    """The points the words left after `lead` and `headline` allow, in the statement's order.

    Each section's first point comes first, then the second points, and so on, until the
    next point would pass the word limit. Where not every section's first point fits, the
    points are spread over the whole statement instead (see `_spread`).
    """
    intro = intro if lead else ""
    budget = MAX_SUMMARY_WORDS - word_count(lead) - word_count(intro)
    budget -= sum(word_count(point) for point in headline)
    before = " ".join((lead, *headline))
    chosen: list[tuple[int, int, str]] = []
    said: set[str] = set()
    told = [_content_words(point) for point in headline]
    words = budget
    crowded = False  # a section's first point left out for want of words
    # The substantive points first, in rank order; the framing lines ("Here we stand …")
    # only with the words they leave.
    for framing, rank in product((False, True), range(max(len(p) for p in by_section))):
        for section_index, points in enumerate(by_section):
            if rank >= len(points) or is_framing(points[rank], english) != framing:
                continue
            if word_count(points[rank]) > budget:
                crowded = crowded or (rank == 0 and not framing)
                continue
            if not _fits_after(
                points[rank],
                said,
                told,
                before,
                [p for s, r, p in chosen if (s, r) < (section_index, rank)],
            ):
                continue
            if not _follows_what_it_answers(
                points[rank], sentences[section_index], [p for _, _, p in chosen]
            ):
                continue  # "But we can build faster …" without "We cannot build … overnight."
            said.add(" ".join(points[rank].lower().split()))
            told.append(_content_words(points[rank]))
            chosen.append((section_index, rank, points[rank]))
            budget -= word_count(points[rank])
    if crowded and len(by_section) > 2:
        spread = _spread(words, before, headline, by_section, sentences, lede, english, now)
        if spread:
            return headline + spread
    return headline + tuple(point for _, _, point in sorted(chosen))


def _fits_after(
    point: str, said: set[str], told: Sequence[frozenset[str]], before: str, earlier: list[str]
) -> bool:
    """Whether a point may follow the lead, the headline and the points chosen before it."""
    if " ".join(point.lower().split()) in said:
        return False  # sections that repeat a sentence give it to the summary once
    if any(_retells(_content_words(point), words) for words in told):
        # The headline "The Court finds that it has jurisdiction …", then the operative
        # clause "Finds that it has jurisdiction, based on Article 36 …".
        return False
    # "Over the past year, this coalition has grown …": which coalition?
    return not _names_what_it_lacks(point, " ".join((before, *earlier)))


_VOCATIVE: Final = re.compile(
    r"^(?:My (?:dear )?|Dear |Honou?rable |Distinguished )?"
    r"(?:Members?|Friends|Colleagues|Ladies|Gentlemen|Excellenc(?:y|ies)|Delegates|Senators"
    r"|Citizens|[Ff]ellow \w+|Folks|Look|Listen"
    r"|(?:Mr\.?|Madam) (?:President|Speaker|Chair))\b[^,.;:]{0,60}, ",
)
"""A sentence opening on whom it speaks to ("Members of the House of Commons, you will be
asked to …", "Members of Congress, however we feel …", "My fellow Americans, …", "Look,
folks, …"): said to the room, often a formula of the occasion."""
VOCATIVE_PENALTY: Final = 2.0
"""What a point said to the room loses beside the points of the sections around it."""


_GOES_ON: Final = re.compile(
    r"^(?:Likewise|Similarly|Moreover|Furthermore|Also|Again|Indeed|In fact|In addition|Because"
    r"|On the contrary|On the other hand|As a result|In turn|Even so"
    r"|(?:Here|There),? (?:too|as well|again)"
    r"|(?:So|And|Then)(?! (?:far|many|much|long|often)\b)(?!,? (?:today|tonight|now),? (?:I|we)\b))"
    r"\b,?"
)
"""A sentence that goes on from the one before it ("Likewise, we will not put up with …",
"On the contrary, as Winston Churchill said, …", "Because here is the thing about life: …",
"Here too we will stay fully committed."):
lifted out alone, it goes on from nothing. "So tonight, I announce …" turns to the news."""


_LONG_AGO: Final = re.compile(
    r"\b(?:(?:many|several|a few|two|three|\d+) )?(?:centuries|decades|generations) ago\b"
    r"|\ba (?:century|generation) ago\b"
    r"|\b(?:(?:[2-9]\d|\d{3,})|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred"
    r"|hundreds of)(?:[- ]\w+)?) years ago\b",
    re.IGNORECASE,
)
"""A time long past, told from now: "Many centuries ago, Saint Augustine …", "where 108 years
ago, at another Inaugural, …"."""
_NOW_WORDS: Final = re.compile(r"\b(?:today|now|this year|tonight)\b", re.IGNORECASE)
"""A point that sets the past beside the present ("In 1945, … Today, there are 122.") tells of
now."""
HISTORY_YEARS: Final = 25
"""How far before the statement a year is history: a generation."""
HISTORY_PENALTY: Final = 3.0
"""What a point that recalls history loses: as much as one that points back, and enough that
"In another January … in 1863, Abraham Lincoln signed the Emancipation Proclamation." (a
date and two names) no longer outweighs what a speech says of today."""


def statement_year(meta: StatementMeta) -> int | None:
    """The year the statement was given, from its date, else from a year its title names."""
    if meta.date_start:
        return int(meta.date_start[:4])
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", meta.title or "")]
    return max(years) if years else None


def recalls_history(point: str, now: int | None = None) -> bool:
    """True for a point that tells of a time long before the statement, and not of now.

    A speech recalls history to frame what it says ("In another January … in 1863, Abraham
    Lincoln signed …", "Many centuries ago, Saint Augustine … wrote …"); with its date and
    names, such a sentence had outscored what the speech said of today. A year counts as
    history `HISTORY_YEARS` or more before `now`, the statement's year.
    """
    if _NOW_WORDS.search(point):
        return False
    if _LONG_AGO.search(point):
        return True
    years = [int(y) for y in re.findall(r"(?<![\d/.,-])(?:1[5-9]\d\d|20\d\d)(?![\d%])", point)]
    return now is not None and bool(years) and max(years) <= now - HISTORY_YEARS


_IN_ONE: Final = re.compile(r"\bin (?:just |only )?one (?:year|month|week|decade)\b", re.IGNORECASE)
"""A span counted ("has taken as many lives in one year as America lost in all of World War
II"): a figure, unlike "one day there will be …"."""


def _point_worth(point: str, lede: str, english: bool, now: int | None = None) -> float:
    """What a section's point is worth beside the points of the sections around it.

    The news a sentence carries (`_news_weight`, where "one" alone is no figure), a
    condemnation, a call or an apology, a release's lede; less for a point said to the room,
    one that points back, answers or goes on from what it no longer follows, and for a long
    one, as in a section's own "In short".
    """
    worth = _news_weight(point)
    figures = [f.text.lower() for f in factguard.extract(point) if f.kind in ("number", "date")]
    if figures and set(figures) == {"one"} and not _IN_ONE.search(point):
        worth -= 2.0  # "one day there will be a cure", "no one can deny …": no figure
    worth += CALL_BONUS if _CALL.search(point) and not _ADDS_TO.search(point) else 0.0
    worth += APOLOGY_BONUS if _APOLOGY.search(point) and not _ROUTINE_APOLOGY.search(point) else 0.0
    worth += LEDE_BONUS if lede and point == lede else 0.0
    worth -= VOCATIVE_PENALTY if _VOCATIVE.match(point) else 0.0
    if _REFERS_BACK.search(point) or _leans_on_another(point, english):
        worth -= BACK_PENALTY
    worth -= HISTORY_PENALTY if recalls_history(point, now) else 0.0
    worth -= FRAMING_PENALTY if is_framing(point, english) else 0.0
    return worth - max(0, word_count(point) - 20) / 5


_OF_THESE: Final = re.compile(r"\b(?:of|all|both|each|any|none) (?:these|those|them)\b", re.I)
""""Any one of these would be enough …": of what the sentences before named."""


_WHOM_BEFORE: Final = re.compile(
    r"^(?:\S+ ){0,4}(?:them|him|[Tt]heir|[Hh]is|[Ii]ts)\b(?! own\b)"
    r"|^(?:\S+ ){0,4}[Hh]er (?=[a-z]+ )"
)
"""Someone named before, early in a point ("We will honor them by …", "Their hopes must be
fulfilled"): lifted out of its section, it names no one."""


_GOES_ON_ELSEWHERE: Final = re.compile(
    r"^(?:Y|E|Pero|Sin embargo|Además|También|Por eso|Por ello|Por tanto|Así"
    r"|Et|Mais|Cependant|Toutefois|Pourtant|Aussi|Par ailleurs|De plus|En outre|Donc"
    r"|Pour (?:leur|sa|son) part"
    r"|Und|Aber|Doch|Jedoch|Auch|Deshalb|Daher|Dennoch|Trotzdem)\b"
    r"|^(?:\S+ ){0,5}(?:ese|esa|esos|esas)\b"
)
"""`_GOES_ON` and `_CONTRASTS` in Spanish, French and German: "Y lo hace, también, el impacto
económico …", "Pero también emergen nuevos, …", "Pour leur part, … les pays de la
Confédération …", "A estas alturas del año, ese volumen supera el 60%." go on from the
sentence before."""


_ICI_ET_MAINTENANT: Final = (
    "année semaine mois jour journée soir matin siècle moment instant heure période session"
    " tribune assemblée salle occasion auguste enceinte dernier dernière derniers dernières"
    " prochain prochaine prochains prochaines"
)
"""What a French demonstrative names where the words are said ("cette année", "cette tribune",
"ces derniers mois"), as `_HERE_AND_NOW` does in English."""
_CELA: Final = re.compile(
    r"^(?!C['’]est (?:dans|à|pour|en|sur) (?:ce|cet|cette|ces) \w+ qu)"
    r"(?:\S+ ){0,6}(?i:ce|cet|cette|ces)\s+"
    rf"(?!(?:que|qui|dont|qu['’]|{'|'.join(_ICI_ET_MAINTENANT.split())})\b)\w"
)
"""A French point that opens on what the sentence before said: "Face à ce terrorisme de type
nouveau, …", "Ces faits particulièrement graves …"; not "ce que" (what), "cette année" (now),
nor a cleft whose news follows its "que" ("C'est dans cet esprit que s'est tenu le 6 juillet
2024 … le premier Sommet …")."""


_MERELY_JOINED: Final = re.compile(r"^(?:So|And|Then|Y|E|Et|Und)\b")
"""A sentence joined to the one before by "So" or "And" alone ("So we will build 30,000 homes
a year"): in a section's own "In short" it still says its news, and stays a point."""


def _goes_on(sentence: str, english: bool) -> bool:
    """True for a sentence that opens by going on from the one before, in its language.

    "Likewise, …", "Here too …", "Y lo hace …", "Par ailleurs, …": lifted out, each goes on
    from nothing.
    """
    return _GOES_ON.match(sentence) is not None or (
        not english and _GOES_ON_ELSEWHERE.match(sentence) is not None
    )


def _leans_on_another(point: str, english: bool) -> bool:
    """True for a point that says little without the sentence before it in its section.

    "These gains are …", "But …", "Likewise, …", "Any one of these would …": in a section's
    "In short" the sentence before may be a point too; spread over a long statement, the
    summary takes one point of a section, and so none of these.
    """
    opening = re.match(r"(?:This|These|That|Those)\b(?: (\w+))?", point)
    if opening and opening[1] and (opening[1] in _HERE_AND_NOW or opening[1][:1].isupper()):
        opening = None  # "This year, 4,000 homes …", "This December marks …": now, not before
    return bool(
        opening
        or (english and _POINTS_BACK.search(point))
        or _CONTRASTS.match(point)
        or _goes_on(point, english)
        or _OF_THESE.search(point)
        or _WHOM_BEFORE.match(point)
        or (not english and _CELA.match(point) is not None)
        # "I am thinking, in particular, of the 2015 attacks …": one case of what came before.
        or re.match(r"(?:\S+ ){0,3}in particular\b", point) is not None
    )


def _stretches(sizes: Sequence[int], count: int) -> list[list[int]]:
    """The sections' indexes in `count` runs of about as many words each, in order.

    A section belongs to the run its middle falls in; a run may be left empty where one
    section is longer than a run.
    """
    total = sum(sizes) or 1
    runs: list[list[int]] = [[] for _ in range(count)]
    passed = 0
    for index, size in enumerate(sizes):
        runs[min(count - 1, int(count * (passed + size / 2) / total))].append(index)
        passed += size
    return [run for run in runs if run]


_ENOUGH_POINTS: Final = 3
"""Points worth something that a long statement must hold before those worth nothing go."""


def _spread(
    budget: int,
    before: str,
    headline: tuple[str, ...],
    by_section: Sequence[Sequence[str]],
    sentences: Sequence[Sequence[str]],
    lede: str,
    english: bool,
    now: int | None = None,
) -> tuple[str, ...]:
    """Sections' best points spread over the whole statement, its halves, thirds and so on.

    A long speech's first sections took all 150 words, a point each ("Last year, we met in
    New York …", "All the challenges … were increased …"), and the news further on (Iran,
    North Korea, the climate) was never told. The body is cut into 2 runs of sections of about
    as many words each, then 3, 4 and so on; each run that holds no point yet gives its best
    point (`_point_worth`), the best runs first, until no more points fit. A section's best
    point, not its first: Canada's Speech from the Throne opens each part on its theme ("The
    Government's agenda reflects that Canada's strength is its diversity.") and tells what it
    will do after it ("The Government will renew Canada's commitment to United Nations
    peacekeeping operations.").
    """
    sizes = [max(1, sum(word_count(s) for s in told)) for told in sentences]
    firsts = [(index, point) for index, points in enumerate(by_section) for point in points]
    worth = {point: _point_worth(point, lede, english, now) for _, point in firsts}
    ranked = sorted(
        ((i, p) for i, p in firsts if not _leans_on_another(p, english)),
        key=lambda c: (-worth[c[1]], c[0]),
    )
    if sum(worth[p] > 0 for _, p in ranked) >= _ENOUGH_POINTS:
        # "Now we're going to be tested.", "The agenda outlined today is an ambitious one.":
        # where a run has nothing better, it had given a line that tells nothing; its words
        # go to the other runs' points.
        ranked = [(i, p) for i, p in ranked if worth[p] > 0]

    def fits(index: int, point: str, picked: list[tuple[int, str]]) -> bool:
        said = {" ".join(p.lower().split()) for _, p in picked}
        told = [_content_words(p) for p in (*headline, *(p for _, p in picked))]
        earlier = [p for i, p in sorted(picked) if i < index]
        return _fits_after(point, said, told, before, earlier) and _follows_what_it_answers(
            point, sentences[index], earlier
        )

    # Each run looks only at its own sections' points, in rank order, and the words so far
    # are counted once a round: a 400 kB statement's 419 rounds over every point took 17 s.
    counts = {point: word_count(point) for _, point in ranked}
    places: dict[int, list[int]] = {}
    for place, (index, _) in enumerate(ranked):
        places.setdefault(index, []).append(place)
    shortest = min(counts.values(), default=0)
    picked: list[tuple[int, str]] = []
    used = 0
    for count in range(2, len(by_section) + 1):
        if not ranked or used + shortest > budget:
            break  # no point fits any more, in this round or a later one
        # Halves first, then thirds, quarters …: a run none of whose sections gave a point
        # yet gives its best one, the runs with the best points first, while the words last.
        given = {i for i, _ in picked}
        best: list[tuple[int, str] | None] = []
        for run in _stretches(sizes, count):
            if any(i in given for i in run):
                continue
            ordered = sorted(place for i in run for place in places.get(i, ()))
            best.append(
                next(
                    (
                        ranked[place]
                        for place in ordered
                        if used + counts[ranked[place][1]] <= budget
                        and fits(*ranked[place], picked)
                    ),
                    None,
                )
            )
        for index, point in sorted((b for b in best if b), key=lambda b: -worth[b[1]]):
            if used + counts[point] <= budget and fits(index, point, picked):
                picked.append((index, point))
                used += counts[point]
    return tuple(point for _, point in sorted(picked))


def _with_its_lede(
    statement: Statement, plains: Sequence[PlainSection], lead: str, points: tuple[str, ...]
) -> tuple[str, tuple[str, ...]]:
    """An embargo line that is the whole lead, told with the release's lede after it.

    "Embargoed until 00:01 GMT, Tuesday 10 February 2026." then "The key points, in the
    statement's own voice:" told an e-mail's reader when, never who or what; the first point
    ("The Northshire Food Partnership today published figures showing …") said both. A lede
    that tells of its subject (not "I", "we" or "you") is news, and goes up beside the embargo.
    """
    embargo = next((note for note in statement.meta.notes if is_embargo(note)), None)
    if embargo is None or lead != f"{embargo.rstrip('.')}." or not points:
        return lead, points
    first = next(
        (
            plain.sentences[0]
            for section, plain in zip(statement.sections, plains, strict=True)
            if section.kind is SectionKind.BODY and plain.sentences
        ),
        "",
    )
    first = _NOTE_MARKS.sub("", first)  # "… same period last year.¹": the point has no mark
    own_voice = _FIRST_PERSON.match(first) or _TO_YOU.search(first) or first[:1] in "\"“‘'"
    if points[0] != first or own_voice or _tells_to_act(first):
        return lead, points
    return f"{lead} {first}", points[1:]


_ISSUED_ON: Final = re.compile(
    r"This (?:statement|proclamation|executive order) was issued on (?P<date>[^.]+)\."
)
"""A lead that says only the day a release was issued."""
_ISSUED_BY_ON: Final = re.compile(
    r"This (?:statement|proclamation|executive order)(?P<titled>, titled \"[^\"]*\",)?"
    r" was issued (?P<by>by .+?) on (?P<date>[^.]+)\."
)
"""A lead that says who issued a release and on what day, and nothing of what happened."""
_TODAY: Final = re.compile(r"^Today,?\s+|(?<=\s)today\b(?!['’])")
""""Today" in a release's lede: the day it was issued ("On 19 September 2025, …")."""


def _lede_with_its_day(
    statement: Statement, plains: Sequence[PlainSection], lead: str, points: tuple[str, ...]
) -> tuple[str, tuple[str, ...]]:
    """A date-only lead told with the release's lede: who did what, and when.

    A press release that names no speaker had "This statement was issued on 14 October 2024."
    as its first line, and a press officer's e-mail said when, never what. The lede says
    both: "On 19 September 2025, President Donald J. Trump signed a Proclamation …" where it
    said "Today, …", else "President Joseph R. Biden, Jr. declared that a major disaster
    exists … This statement was issued on 14 October 2024.". A release issued "by X on <date>"
    opened the same way on its issuer: the lede goes first there too, the issuer after it.
    """
    found = _ISSUED_ON.fullmatch(lead) or _ISSUED_BY_ON.fullmatch(lead)
    meta = statement.meta
    if found is None or meta.speaker or meta.speaker_role or not points:
        return lead, points
    first = _NOTE_MARKS.sub("", _lede_point(statement, plains))
    own_voice = _FIRST_PERSON.match(first) or _TO_YOU.search(first) or first[:1] in "\"“‘'"
    if not first or points[0] != first or own_voice or _tells_to_act(first):
        return lead, points
    today = _TODAY.search(first)
    if today is None:
        return f"{first} {lead}", points[1:]
    on_the_day = "On {}, " if today.start() == 0 else "on {}"
    dated = f"{first[: today.start()]}{on_the_day.format(found['date'])}{first[today.end() :]}"
    if found.re is _ISSUED_BY_ON:
        # The day is in the lede now; who issued it is not: "… This statement was issued by
        # Westvale Police."
        issuer = lead.replace(f" on {found['date']}.", ".")
        return f"{dated} {issuer}", points[1:]
    return dated, points[1:]


_TURN: Final = re.compile(r"^(?P<who>[A-Z][^:]{0,59}): (?=[A-Z\d\"“])")
"""A transcript's speaker label before a point ("Rachel Tembo: If construction starts …")."""


def _without_the_speakers_label(meta: StatementMeta, point: str) -> str:
    """A point said by the speaker the lead names, without the transcript's label for them.

    "Rachel Tembo MP … spoke at the press conference" then "Rachel Tembo: If construction
    starts on time, …" named her twice, the second time as a script does; so did "Minister:
    No. Fares …", by her office. Another speaker's label stays: it says who else spoke.
    """
    found = _TURN.match(point)
    if found is None or not (meta.speaker or meta.speaker_role):
        return point
    label = set(found["who"].lower().replace(",", " ").split()) - {"the"}
    # "Minister: No. Fares …" or "Minister Tembo: …" under "Rachel Tembo MP, Minister for
    # Transport, spoke …": her office is her label too.
    named = f"{meta.speaker or ''} {meta.speaker_role or ''}".lower().replace(",", " ")
    if not label or not label <= set(named.split()):
        return point
    return _ANSWER.sub("", point[found.end() :])  # "Minister: No. Fares …": "Fares …"


def _without_the_proclaimer(lead: str, point: str) -> str:
    """A proclamation's operative point without its formula, when the lead names who made it.

    "This proclamation was issued by the Board of Commissioners of Westvale County …" then
    "NOW, THEREFORE, BE IT PROCLAIMED by the Board of Commissioners of Westvale County that the
    week of …" said who twice, the second time in capitals; "The week of … is Winter Weather
    Preparedness Week in Westvale County." is what it proclaims.
    """
    found = PROCLAIMED_BY.match(point)
    who = re.sub(r"^the\s+", "", found["who"], flags=re.IGNORECASE) if found else ""
    if found is None or who.lower() not in lead.lower():
        return point
    rest = point[found.end() :]
    return rest[:1].upper() + rest[1:]


def _after_the_end(statement: Statement, plains: Sequence[PlainSection]) -> tuple[str, ...]:
    """The plain paragraphs a press release puts after its end mark ("ENDS"): no points.

    "The Special Rapporteurs are part of what is called the Special Procedures …" is said
    under every such release, for journalists, and the splitter keeps it (the note on who the
    experts are, which the release's "UN experts*" points to, is among it).
    """
    offset, end = 0, -1
    for line in statement.text.splitlines(keepends=True):
        if END_MARK.match(markdown_to_plain(line.strip())):
            end = offset + len(line)
        offset += len(line)
    if end < 0:
        return ()
    head, tail = statement.text[:end], statement.text[end:]
    after: list[str] = []
    for section, plain in zip(statement.sections, plains, strict=True):
        if len(section.paragraphs) != len(plain.paragraphs):
            continue
        for paragraph, told in zip(section.paragraphs, plain.paragraphs, strict=True):
            opening = paragraph.text.strip()[:40]
            if opening and opening in tail and opening not in head:
                after.append(told)
    return tuple(after)


_HELLO: Final = re.compile(r"^Hello to (?P<whom>.+?),? and to you all\.$")
"""The plain greeting that names whom a speech is to ("Hello to Volkan Bozkir, the President
of the General Assembly, and to you all.")."""


def addressed_to(whom: str) -> str:
    """The sentence saying whom a speech is addressed to, told after who gave it and when.

    The greeting names them in the statement's own words: "It is addressed to Volkan Bozkir,
    the President of the General Assembly, and Antonio Guterres, …". A greeting to the room
    alone ("Mister President,", "Hello to you all.") names no one, and no sentence is made.
    """
    return f"It is addressed to {whom}." if whom else ""


def _greeted_whom(statement: Statement, plains: Sequence[PlainSection]) -> str:
    """Whom the greeting names ("the Senators and the Members of the House of Commons"), or ""."""
    if not is_rewritten(statement.language):
        return ""
    found = next(
        (
            _HELLO.match(plain.paragraphs[0])
            for section, plain in zip(statement.sections, plains, strict=True)
            if section.kind is SectionKind.GREETING and plain.paragraphs
        ),
        None,
    )
    if found is None:
        return ""
    # "Volkan Bozkir, the President of …": a role after a name is said of it, one person.
    people: list[str] = []
    for part in found["whom"].split(", "):
        part = re.sub(r"^my (?=fellow\b)", "", part)  # "my fellow Americans": the lead is not "I"
        if part.startswith("the ") and people and not people[-1].startswith("the "):
            people[-1] += f", {part}"
        else:
            people.append(part)
    if all(ROLE_ALONE.fullmatch(person.removeprefix("the ")) for person in people):
        return ""  # "the President": of what, the greeting does not say
    whom = people[0] if len(people) == 1 else f"{', '.join(people[:-1])} and {people[-1]}"
    if len(people) > 2 or (len(people) == 2 and any("," in person for person in people)):
        whom = f"{', '.join(people[:-1])}, and {people[-1]}"
    return whom


_OFFICE: Final = (
    r"(?:the )?(?P<office>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3})"
    r"(?P<of> (?:of|for) [^,]{3,60})?, I\b"
)
_AS_OFFICE: Final = re.compile(rf"^As {_OFFICE}")
"""A speaker who names their office in their own words: "As governor general, I have seen …",
"As the representative of Her Majesty The Queen, I am pleased …"."""
_MY_TIME_AS: Final = re.compile(rf"\bmy (?:[a-z]+ ){{1,3}}as {_OFFICE}")
"""The same, later in a speech: "And, in my first act as President, I'd like to ask you …"."""
_SELF_NAMED_SENTENCES: Final = 15
"""How far into the body a speaker names their office: in the opening, not in a story later."""


def self_named(statement: Statement, plains: Sequence[PlainSection], day: str = "") -> str:
    """Who gave a speech with no title block, by the office they name themselves; else "".

    `day`, when the speech is dated, is told with who gave it ("given by the governor general
    on 4 December 2015").

    Canada's Speech from the Throne, pasted without its title block, opens "As the
    representative of Her Majesty The Queen, I am pleased …" and goes on "As governor general,
    I have seen …": the summary had said only whom it was addressed to, never who spoke. An
    inaugural names its speaker further on ("in my first act as President, I …"). An office
    named bare ("governor general") is preferred to one told by whom it serves; "As a mother,
    I …" names no office.
    """
    if not is_rewritten(statement.language) or statement.meta.speaker:
        return ""
    sentences = _body_sentences(statement, plains)
    opening = [_AS_OFFICE.match(sentence) for sentence in sentences[:_SELF_NAMED_SENTENCES]]
    offices = [
        found
        for found in (*opening, *(_MY_TIME_AS.search(sentence) for sentence in sentences))
        if found is not None
        and ROLE_ALONE.fullmatch(found["office"].title())
        # 'Ann Lee said: "In my first year as Mayor, I …"' is a quoted speaker, not this one.
        and not re.search(r"[\"“”]", found.string[: found.start()])
    ]
    if not offices:
        return ""
    office = min(offices, key=lambda found: found["of"] is not None)  # bare first, else first
    role = f"{office['office']}{office['of'] or ''}"
    whom = _greeted_whom(statement, plains)
    # "The President gave this speech to Chief Justice Roberts, …, and fellow Americans." gave a
    # speech to a list of titles; said as the untitled speech's line is, it is addressed to them.
    on_day = f" on {day}" if day else ""
    if whom:
        # Who spoke and when come first; whom they spoke to after ("The speech, given by the
        # governor general on …, is addressed to …" had opened on the speech's addressee).
        return f"The {role} gave this speech{on_day}. {addressed_to(whom)}"
    return f"The {role} gave this statement{on_day}."


def _lede_point(statement: Statement, plains: Sequence[PlainSection]) -> str:
    """A news release's lede, when its section's "In short" took it as a point; else ""."""
    lede = lede_section(statement)
    for section, plain in zip(statement.sections, plains, strict=True):
        # "ECOWAS is short for …": the notes on its acronyms go before the lede, not in place.
        told = [sentence for sentence in plain.sentences if not ACRONYM_NOTE.match(sentence)]
        if section.id != lede or not told:
            continue
        first = told[0]
        if word_count(first) >= 12 and not _FIRST_PERSON.match(first) and first in plain.in_short:
            return first
    return ""


_AT_AN_EVENT: Final = re.compile(
    r"(?:at|during|of|en|del|de|à|au|durante|bei|im|nel|tijdens|van)\s", re.IGNORECASE
)
"""A line of the title block in capitals that says where a speech was given ("EN EL DEBATE
GENERAL", "DEL SEPTUAGÉSIMO NOVENO PERÍODO …"), read as its message in brief: no headline."""


def _who_and_when(statement: Statement, plains: Sequence[PlainSection]) -> str:
    """The summary's first line: who spoke, where and when, then to whom, as far as known.

    The title block's lead first; a speech with none names the office its speaker gives
    themselves, and its day, then whom its greeting addresses. A speech that tells none of
    who, where or when has no lead: whom it greets alone is no opening.
    """
    lead = lead_sentence(statement.meta, statement.language, statement.text)
    if not lead and not is_rewritten(statement.language):
        return first_line_without_a_speaker(statement)
    issued_on = _ISSUED_ON.fullmatch(lead)
    if lead and issued_on is None:
        return lead
    named = self_named(statement, plains)
    if named:
        return self_named(statement, plains, issued_on["date"]) if issued_on else named
    if issued_on is not None:
        whom = _greeted_whom(statement, plains)
        given = f"This speech was given on {issued_on['date']}."
        return f"{given} {addressed_to(whom)}" if whom else lead
    # Neither who spoke, nor where, nor when: the summary opens on the points, not on whom
    # the greeting names (corpus 02 and 12 had opened "The speech is addressed to …").
    return ""


def _points_told(
    statement: Statement, plains: Sequence[PlainSection]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each section's "In short" points that may go in the summary, with its plain sentences.

    A release's boilerplate after "ENDS" and a verbless echo ("Un país, España, que cree …")
    are no points; a greeting a point opens on ("Señoras y señores, …") is not its words.
    """
    after = _after_the_end(statement, plains)
    lang = statement.language
    return [
        (points, plain.sentences)
        for plain in plains
        if (
            points := tuple(
                said
                for p in plain.in_short
                if not any(p in a for a in after) and not is_echo(p, lang)
                if (said := without_the_greeting(p, lang))
            )
        )
    ]


def summarise(
    statement: Statement,
    plains: Sequence[PlainSection],
    allowed: dict[str, str] | None = None,
) -> Summary:
    """The statement in at most 150 plain words, built from the sections' "In short" points.

    Each body section's first point comes first, then the second points, and so on, until the
    next point would pass the word limit; points are then put back in the statement's order.
    The lead says what the statement is on, from its title, unless the points say it already.
    """
    lead = _who_and_when(statement, plains)
    recalled = what_it_recalls(statement.meta)
    untitled = lead = f"{lead} {recalled}" if lead and recalled else lead
    # A recall's title is its product, which the sentence after the lead names; a title made
    # from the file's name is no words of the statement's to quote.
    if not recalled and not is_title_from_file_name(
        statement.meta.title or "", statement.source_name
    ):
        lead = what_it_is_on(statement.meta, lead)
    # "The Court finds that it has jurisdiction …" under the headline: the news, said first.
    headline = tuple(h for h in in_brief(statement.meta) if not _AT_AN_EVENT.match(h))
    headline = headline[: 1 if lead else 0]
    lang = statement.language
    told = _points_told(statement, plains)
    english = is_rewritten(statement.language)
    if any(
        not _is_weak_point(p, english) and not is_self_described(p, lang)
        for points, _ in told
        for p in points
    ):
        # A section with nothing but thanks ("Félicitations") or a slogan gives its points
        # to its own "In short"; the summary says what the statement says besides.
        told = [
            (kept, sentences)
            for points, sentences in told
            if (
                kept := tuple(
                    p
                    for p in points
                    if not _is_weak_point(p, english) and not is_self_described(p, lang)
                )
            )
        ]
    by_section = [points for points, _ in told]
    sentences = [sentences for _, sentences in told]
    if not by_section:
        # Sentences too short to make points ("We will act now."): the statement is its own
        # summary, as far as the words allow.
        by_section = [_body_sentences(statement, plains)]
        sentences = by_section
    lede = _lede_point(statement, plains)
    now = statement_year(statement.meta)
    intro = points_intro(statement.language)
    points = _choose(untitled, headline, by_section, sentences, lede, english, now, intro)
    if lead != untitled and retells_title(statement.meta, points):
        lead = untitled  # the headline's lede says what the title says: the words go to points
    elif lead != untitled:
        points = _choose(lead, headline, by_section, sentences, lede, english, now, intro)
    lead, points = _with_its_lede(statement, plains, lead, points)
    lead, points = _lede_with_its_day(statement, plains, lead, points)
    # Once chosen, so the words a count frees ("Second, …") let in no point of their own.
    points = tuple(_without_its_ordinal(point) for point in points)
    if lead:
        points = tuple(_without_the_speakers_label(statement.meta, point) for point in points)
        points = tuple(_without_the_proclaimer(lead, point) for point in points)
    intro = intro if lead and points else ""
    text = " ".join(part for part in (lead, intro, *points) if part)
    # The lead may name what the user gave on the command line (--speaker, --date): those
    # are known facts too, not inventions.
    meta, meta_lang = statement.meta, statement.language
    known = (meta.title, meta.speaker, meta.speaker_role, meta.event, meta.place, meta.date_text)
    reference = "\n".join(
        [statement.text, *(field for field in known if field), _words_it_adds(meta_lang)]
    )
    in_words = date_in_words(meta) if english else day_in_its_language(meta, meta_lang)
    if meta.date_text and in_words and in_words != meta.date_text:
        allowed = {**(allowed or {}), meta.date_text: in_words}
    facts = factguard.check(reference, text, allowed, require_all=False)
    return Summary(lead=lead, points=points, facts=facts, intro=intro, lang=statement.language)
