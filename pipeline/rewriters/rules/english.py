"""English grammar helpers shared by the rule families.

Small questions about one word or clause (is this a noun? a past tense? which article fits?),
answered with lemminflect, wordfreq and short word lists. They know nothing of rules or passes,
so every family can ask them without importing another family.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from pipeline.rewriters.rules.context import RuleContext
from pipeline.rewriters.rules.lexicon import LexiconEntry
from pipeline.stages.readability import starts_with_vowel_sound

WELL_KNOWN_ZIPF: Final = 3.8
"""Acronyms at least this common in English (wordfreq) need no explanation: UN, NATO, COVID-19."""

FUNCTION_WORDS: Final = frozenset(
    "a an the this that these those our their its his her my your we they it he she i you and or "
    "but of to in on at by for with from as is are was were be been being has have had do does "
    "did not no so if than then there here which who whom whose what when where why how all any "
    "each every some such more most very".split()
)

DETERMINERS: Final = frozenset(
    "the a an this that these those its their his her our my your each every".split()
)


SUBJECT_VERBS: Final = frozenset(
    "is are was were has have had will would can could may might must should does did".split()
)
"""Finite verbs that, right after a sentence's first word, make that word their subject."""


MONTHS: Final = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)


@lru_cache(maxsize=4096)
def is_adjective(word: str) -> bool:
    """True for an adjective ("strong"), not a quantity word such as "few" or "more"."""
    from pipeline.wordforms import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    return "ADJ" in lemmas and word.lower() not in ("few", "many", "much", "little", "more", "less")


@lru_cache(maxsize=4096)
def is_verb_form(word: str) -> bool:
    """True for a verb or an auxiliary ("asks", "gained", "be", "can"), not "in" or "the"."""
    from pipeline.wordforms import getAllLemmas

    return word in MODAL_WORDS or "VERB" in getAllLemmas(word) or "AUX" in getAllLemmas(word)


FINITE_AUXILIARIES: Final = (
    "is|are|was|were|has|have|had|will|would|can|could|must|may|might|should|shall|do|does|did"
)


SHORT_NAME: Final = r"(?:[A-Z][\w'’.-]+)(?: (?:[A-Z][\w'’.-]+|of|de|van|von|the)){0,3}"


MODAL_WORDS: Final = frozenset("will would can could may might must shall should".split())


SAYING_VERBS: Final = frozenset(
    "say declare announce state believe think know feel find note warn claim report argue "
    "agree decide insist explain confirm add hope learn see hear show suggest write tell "
    "admit promise realize realise understand recognize recognise fear predict expect".split()
)
"""Verbs whose object may be a clause of its own ("said the storm hit the coast")."""


PREPOSITION_INGS: Final = frozenset(
    "according during including following regarding concerning considering excluding "
    "notwithstanding pending barring beginning starting involving".split()
)
"""Words ending in -ing that work as prepositions ("During the war, …"), not as participles."""
LEADING_SUBORDINATOR: Final = (
    r"(?:While|Although|Though|When|Whereas|If|Because|As|Since|After|Before|Unless|Until|Once)\b"
)
"""A sentence that opens with a subordinate clause; its main clause comes after a comma."""


PREPOSITIONS: Final = frozenset("in of on for at with from by to across under over".split())
MORE_PREPOSITIONS: Final = frozenset(
    "into out about after among until during within through between before since upon via "
    "behind beyond below above against along around toward towards without".split()
)


OBJECT_PRONOUNS: Final = {"they": "them", "he": "him", "she": "her", "we": "us", "i": "me"}
"""A pronoun subject turned into an object takes its object form ("They were seen" → "saw them")."""


INFINITIVE_NOUNS: Final = frozenset(
    "ability advice attempt capacity chance choice commitment courage decision desire "
    "determination duty effort efforts failure freedom guidance intention money need "
    "obligation opportunity permission plan pledge potential power "
    "promise proposal readiness refusal resolve resources responsibility right strength time "
    "tool tools urge way will wish willingness work".split()
)
"""Nouns completed by an infinitive: "the courage to build peace" is what the courage is for,
not the sentence's purpose, and "The aim is to build peace" would change what was said.
"guidance to help organizations" and "advice to help families" are what the guidance is for:
"have backed guidance. The aim is to help …" gave the purpose to the backing.
"tools to meet this test", "resources to encourage young people", "efforts to restore
public trust", "my proposal to save Social Security" and "thorough work to build an order"
(all in the dev corpus) are what the tools, resources, efforts, proposal and work are for:
"I believe in thorough work. The aims are to build …" said the belief was in work alone.
"the final choice to build the school" is the choice itself; see `completes_with_infinitive`
for "the platform of choice to allow …", where "of choice" means "preferred"."""


def completes_with_infinitive(noun: str, before: str) -> bool:
    """True when the infinitive after `noun` says what the noun is, not why the sentence acts.

    `before` is the text up to the noun. "of choice" and "first choice" say "preferred" ("the
    platform of choice to allow …", "the first choice to allow …"): there the infinitive is
    the platform's purpose again.
    """
    noun = noun.lower()
    if noun == "choice" and re.search(r"\b(?:of|first)\s*$", before):
        return False
    return noun in INFINITIVE_NOUNS


def split_at(
    sentence: str,
    context: RuleContext,
    splitter: re.Pattern[str],
    min_words: int,
    always: bool = False,
) -> list[str]:
    """Cut a long sentence where `splitter` matches, when every piece keeps `min_words`."""
    if not always and word_count(sentence) <= context.long_words:
        return [sentence]
    pieces = splitter.split(sentence)
    if len(pieces) == 1 or not all(word_count(p) >= min_words for p in pieces):
        return [sentence]
    if any(has_unpaired_bracket(piece) for piece in pieces):
        # "The grant (paid by the council; the rest by donors) covered it": a cut inside the
        # brackets leaves each piece with half of them, and neither reads as a sentence.
        return [sentence]
    context.changes.append(f"split a {word_count(sentence)}-word sentence in {len(pieces)}")
    tidied = []
    for piece in pieces:
        piece = capitalise(piece.strip().rstrip(",;"))
        if not re.search(r"[.!?:]$", piece):
            piece += "."
        tidied.append(piece)
    return tidied


def has_unpaired_bracket(text: str) -> bool:
    """True when `text` holds a bracket it does not close, or closes one it did not open."""
    return text.count("(") != text.count(")") or text.count("[") != text.count("]")


def word_count(text: str) -> int:
    """Words in `text`, counted the way sentence length is judged."""
    return len(text.split())


MIN_PLURAL_ZIPF: Final = 3.0
"""A plural rarer than this is no English plural ("spendings" 1.6, "advices" 2.8; "chances" 4.5)."""
WISHED_FOR: Final = re.compile(
    r"\b(?:hopes?|dreams?|promises?|wish(?:es)?|expectations?|aspirations?|ambitions?|"
    r"potential|desires?|destiny)\b",
    re.IGNORECASE,
)
"""What is fulfilled without being done: "fulfil" stays beside these ("carry out" would not)."""
AFTER_A_PARTICIPLE: Final = frozenset("by upon on in to for with from at under".split())
"""Words after a noun and an -ed form that leave it either a verb or a participle."""
PARTICIPLE_AUXILIARIES: Final = frozenset(
    "is are was were be been being has have had having get gets got as".split()
)
"""After these an -ed verb is a past participle: "is administered" → "is run", not "is ran"."""


def follows_auxiliary(previous: str, before_previous: str) -> bool:
    """Whether a verb form after these two words (lowercase) is a past participle.

    "is administered", and with an adverb between, "are generally perceived", "has since
    expanded".
    """
    return previous in PARTICIPLE_AUXILIARIES or (
        (previous.endswith("ly") or previous in BETWEEN_AUXILIARY_AND_VERB)
        and before_previous in PARTICIPLE_AUXILIARIES
    )


def plain_form(
    word: str, lexicon: dict[str, LexiconEntry], participle: bool | None = False
) -> tuple[str, str] | None:
    """The plain word for `word`, inflected like it.

    `participle` is None when an -ed form may be either a past tense or a past participle.
    """
    found = plain_entry(word, lexicon, participle)
    return None if found is None else (found[0], found[1].pos)


def plain_entry(
    word: str, lexicon: dict[str, LexiconEntry], participle: bool | None = False
) -> tuple[str, LexiconEntry] | None:
    """The plain word for `word`, inflected like it, with the entry it comes from.

    The entry's own line wins over its base form's ("designated" over "designate"), so a
    form may carry conditions of its own.
    """
    entry = lexicon.get(word)
    if entry is not None:
        return entry.plain, entry
    from pipeline.wordforms import getAllLemmas

    for upos, lemmas in getAllLemmas(word).items():
        for lemma in lemmas:
            entry = lexicon.get(lemma)
            if entry is None or lemma == word:
                continue
            inflected = _inflect_like(word, lemma, entry, upos, participle)
            if inflected is not None:
                return inflected, entry
    return None


def _inflect_like(
    word: str, lemma: str, entry: LexiconEntry, upos: str, participle: bool | None = False
) -> str | None:
    from wordfreq import zipf_frequency

    from pipeline.wordforms import getInflection

    if upos == "VERB" and entry.pos == "verb":
        head, _, rest = entry.plain.partition(" ")
        if word.endswith("ing"):
            tag = "VBG"
        elif word.endswith("s"):
            tag = "VBZ"
        elif participle:
            tag = "VBN"
        else:
            tag = "VBD"
            # "the trust bestowed upon you" may be a participle with no auxiliary to tell: a
            # regular verb's one form is both, while "give" needs the right one of two.
            either = word in getInflection(lemma, "VBN")
            if (
                participle is None
                and either
                and getInflection(head, "VBD") != getInflection(head, "VBN")
            ):
                return None
        # Of two spellings the commoner one in English as a whole: "cancelled", which British
        # and UN English write and American English accepts, not "canceled".
        forms = sorted(
            (form for form in getInflection(head, tag) if "-" not in form),
            key=lambda form: zipf_frequency(form, "en"),
            reverse=True,
        )
        if forms and forms[0] == "gotten":
            # "gotten" is American and informal; official English says "has got worse", and
            # a bare "has got" reads as having ("has got many complaints"), so "has received"
            # and "has obtained" stay as written.
            return f"got {rest}" if rest else None
        return f"{forms[0]} {rest}".strip() if forms else None
    if upos == "NOUN" and entry.pos == "noun":
        *rest_words, head = entry.plain.split(" ")
        forms = getInflection(head, "NNS")
        if not forms or zipf_frequency(forms[0], "en") < MIN_PLURAL_ZIPF:
            return None  # "expenditures" is no "spendings": the plain word has no plural
        return " ".join([*rest_words, forms[0]])
    return None


@lru_cache(maxsize=1024)
def degree_form(adjective: str, degree: str) -> str | None:
    """The comparative or superlative ("strong" → "stronger") when it is a common English word."""
    if " " in adjective:
        return None
    from wordfreq import zipf_frequency

    from pipeline.wordforms import getInflection

    forms = getInflection(adjective, "JJR" if degree == "more" else "JJS")
    if not forms or forms[0] == adjective or zipf_frequency(forms[0], "en") < 3.0:
        return None
    return str(forms[0])


def works_before_noun(phrase: str) -> bool:
    """True for "very poor" or "most important" (fine before a noun), not "never seen before"."""
    return phrase.split(" ", 1)[0] in ("very", "most", "more", "less", "plenty", "social", "too")


@lru_cache(maxsize=4096)
def is_noun(word: str) -> bool:
    """True for a word that is only a noun, never an adjective or a function word."""
    from pipeline.wordforms import getAllLemmas

    if word.lower() in FUNCTION_WORDS:
        return False
    lemmas = getAllLemmas(word.lower())
    return "NOUN" in lemmas and "ADJ" not in lemmas


@lru_cache(maxsize=4096)
def may_be_noun(word: str) -> bool:
    """True for a word English uses as a noun, even if also as an adjective ("pandemic")."""
    from pipeline.wordforms import getAllLemmas

    return word.lower() not in FUNCTION_WORDS and "NOUN" in getAllLemmas(word.lower())


@lru_cache(maxsize=4096)
def is_noun_not_verb(word: str) -> bool:
    """True for a noun that cannot also be a verb ("policy", not "support")."""
    from pipeline.wordforms import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    return word.lower() not in FUNCTION_WORDS and "NOUN" in lemmas and "VERB" not in lemmas


@lru_cache(maxsize=1024)
def verb_of(noun: str) -> str | None:
    """The verb a nominalisation comes from ("identification" → "identify"), if English has it."""
    from wordfreq import zipf_frequency

    from pipeline.wordforms import getAllLemmas

    noun = noun.lower()
    candidates = [noun]
    for suffix, replacements in (
        ("ification", ("ify",)),
        ("isation", ("ise",)),
        ("ization", ("ize",)),
        ("ation", ("ate", "", "e")),
        ("tion", ("te", "", "t")),
        ("ment", ("",)),
        ("sion", ("de", "se", "t")),
    ):
        if noun.endswith(suffix):
            stem = noun[: -len(suffix)]
            candidates = [stem + r for r in replacements]
            break
    for candidate in candidates:
        lemmas = getAllLemmas(candidate)
        if candidate in lemmas.get("VERB", ()) and zipf_frequency(candidate, "en") >= 3.0:
            return candidate
    return None


_ADVERBS: Final = frozenset(
    "often also always never still sometimes even just now then soon".split()
)
BETWEEN_AUXILIARY_AND_VERB: Final = _ADVERBS | frozenset(
    "later since already recently once first not".split()
)
"""Adverbs that may stand between "has"/"was" and the participle: "has since expanded"."""


def is_auxiliary_or_present(word: str) -> bool:
    """A modal, a form of "be", "have" or "do", or a present verb ("arrives"): finite for sure."""
    return word in MODAL_WORDS or word in _BE_HAVE_DO or is_present_verb(word)


_BE_HAVE_DO: Final = frozenset("is are was were has have had do does did".split())


def has_finite_verb(text: str) -> bool:
    """True when a clause has a verb of its own: "crime evolves", "it is", "they met".

    A plain present ("offer", "fail") counts after a plural noun or a pronoun ("universities
    offer", "they mostly fail"), where it cannot be a noun.
    """
    words = re.findall(r"\b[A-Za-z]+\b", text)
    for index, word in enumerate(words):
        w = word.lower() if index == 0 else word
        if not w.islower():
            continue  # a name ("the Cyber-Shades") is not a verb
        if (is_auxiliary_or_present(w) and not is_plural_noun_here(words, index)) or (
            is_past_verb(w)
        ):
            return True
        previous = [p for p in words[:index] if not p.endswith("ly") and p not in _ADVERBS][-1:]
        if (
            previous
            and is_base_verb(w)
            and (previous[0].lower() in ("they", "we", "i", "you") or is_plural_noun(previous[0]))
        ):
            return True
    return False


LIST_SUBJECT: Final = re.compile(
    rf"^(?:(?:and|but|so|yet) )?[^,]{{1,40}}, (?:not )?(?:{FINITE_AUXILIARIES})\b", re.IGNORECASE
)
"""", and a Psionic, have left": the last item of a list subject, its verb after a comma."""


_SINGULAR_SUBJECTS: Final = frozenset("he she it this that who which".split())


_BEFORE_NOUNS_ONLY: Final = (
    PREPOSITIONS
    | MORE_PREPOSITIONS
    | DETERMINERS
    | frozenset("near like unlike despite amid per beside besides except".split())
)
"""Words after which a word in -s, past any adjectives, is a plural noun, never a verb."""


def _only_describes(word: str) -> bool:
    """An adverb in -ly or an adjective that cannot be a noun or a verb ("disastrous")."""
    if word.endswith("ly") and word not in FUNCTION_WORDS:
        return True
    return is_adjective(word) and not is_verb_form(word) and not is_noun(word)


def is_plural_noun_here(words: list[str], index: int) -> bool:
    """Whether a word that may be a present verb ("films", "captains") is a plural noun here.

    It is after a determiner ("the captains of the fleet") and before "and" with no verb after
    it ("Esther Williams films and TV specials"); "The volcano ends at" and "he works and
    sleeps" keep their verb.
    """
    word = words[index]
    if not is_plural_noun(word):
        return False
    previous = words[index - 1].lower() if index else ""
    if previous in DETERMINERS and previous not in _SINGULAR_SUBJECTS:
        return True  # "the captains of the fleet", "several versions"
    before = index - 1
    while before >= 0 and _only_describes(words[before].lower()):
        before -= 1  # "the new", "with near disastrous": back to what the adjectives follow
    if before >= 0 and words[before].lower() in _BEFORE_NOUNS_ONLY:
        return True  # "with near disastrous results": no verb follows a preposition
    following = words[index + 1 : index + 3]
    # "films and TV specials": "and" joins another noun to it, not a second verb.
    return (
        len(following) == 2
        and following[0].lower() in ("and", "or")
        and not is_verb_form(following[1])
    )


_CLAUSE_INSIDE_A_NOUN: Final = frozenset({"that", "which", "who", "whom", "whose"})
_PRONOUN_SUBJECTS: Final = frozenset({"I", "we", "you", "they", "he", "she"})
_DETERMINERS: Final = frozenset(
    "the a an this these those that our their his her my your its every each all".split()
)
_TIME_NOUNS: Final = frozenset(
    "day days week weeks month months year years morning afternoon evening night time times "
    "moment hour hours decade decades century".split()
)


def has_clause_verb(text: str) -> bool:
    """True when a new clause has its verb near its start: "a team member reported it".

    A form that is past and participle alike ("named", "reported") far into the words is
    read as a participle after a noun: ", and a musket stolen from a marine named Hand" is
    the last item of a list, not a clause.
    """
    words = re.findall(r"\b[A-Za-z]+\b", text)
    common_before = 0  # words before this one, names aside ("the National Hurricane Center")
    for index, word in enumerate(words):
        w = word.lower() if index == 0 else word
        if (
            index >= 2
            and word in _PRONOUN_SUBJECTS
            and words[0].lower() in _DETERMINERS
            and words[index - 1].lower() not in _TIME_NOUNS
        ):
            # ", and the references I have read": a clause inside the noun phrase, with no
            # "that"; ", and the next day we left" is a clause of its own.
            return False
        if not w.islower():
            continue
        if index and w in _CLAUSE_INSIDE_A_NOUN:
            # ", and the evidence that you had consumed alcohol": the verb belongs to a clause
            # inside the noun phrase, the last item of a list; alone it is no sentence.
            return False
        if index and words[index - 1].lower() == "to":
            common_before += 1  # an infinitive ("the smart thing to do") is no clause's verb
            continue
        if is_auxiliary_or_present(w) and not is_plural_noun_here(words, index):
            return True
        common_before += 1
        if is_past_verb(w) and (not may_be_participle(w) or common_before <= 6):
            return index + 1 >= len(words) or words[index + 1].lower() != "by"
    return has_finite_verb(" ".join(words[:4]))  # "many universities offer degrees"


def same_tense_verbs(first: str, second: str, present: bool) -> bool:
    """Both verbs finite and in one tense: "left … and opted", "arrives … and is"."""
    finite_past = ("was", "were", "had")
    finite_present = ("is", "are", "has", "have")
    if all(is_past_verb(v) or v in finite_past for v in (first, second)):
        return True
    if not present:
        return all(is_past_verb(v) or v in finite_past + finite_present for v in (first, second))
    return all(is_present_verb(v) or v in finite_present for v in (first, second))


def is_plural_noun(word: str) -> bool:
    """True for a plural noun ("storms", "forces"), not "news" or "glass"."""
    from pipeline.wordforms import getAllLemmas

    if word.lower() in _PLURAL_ONLY:
        return True
    lemmas = getAllLemmas(word).get("NOUN", ())
    return bool(lemmas) and word not in lemmas


_PLURAL_ONLY: Final = frozenset("people police cattle".split())
"""Nouns that are plural with no -s, which the word list gives as their own lemma."""


@lru_cache(maxsize=4096)
def is_present_verb(word: str) -> bool:
    """True for a verb in the third person singular present ("arrives", "holds")."""
    from pipeline.wordforms import getAllLemmas, getInflection

    return word.endswith("s") and any(
        word in getInflection(lemma, "VBZ") for lemma in getAllLemmas(word).get("VERB", ())
    )


@lru_cache(maxsize=1024)
def is_base_verb(word: str) -> bool:
    """True for a verb in its base form ("run", not "runs")."""
    from pipeline.wordforms import getAllLemmas

    return word in getAllLemmas(word).get("VERB", ())


_SUBJECT_STARTS: Final = frozenset(
    "the a an this that these those our their its his her my your we i they it he she there "
    "every each some many most all other several both such".split()
)


def starts_with_subject(clause: str) -> bool:
    """True when a clause opens like a subject: a determiner, a pronoun or a name."""
    first = clause.split(" ", 1)[0]
    return first.lower() in _SUBJECT_STARTS or (first[:1].isupper() and first.lower() != first)


def verb_of_participle(word: str) -> str | None:
    """The base verb of an inflected form ("given" → "give"), None for a base form."""
    from pipeline.wordforms import getLemma

    lemmas = getLemma(word.lower(), "VERB")
    if not lemmas or lemmas[0] == word.lower():
        return None
    return str(lemmas[0])


def inflect(verb: str, tag: str) -> str | None:
    """`verb` in the form the Penn tag names ("VBD", "VBZ"), if lemminflect knows it."""
    from pipeline.wordforms import getInflection

    forms = getInflection(verb, tag)
    return str(forms[0]) if forms else None


@lru_cache(maxsize=4096)
def is_past_verb(word: str) -> bool:
    """True for a past verb ("left", "opted"), never for a modal.

    lemminflect calls "must" and "could" past too, but they need a verb after them: "must help
    … and excluded people" joins no predicates.
    """
    from pipeline.wordforms import getAllLemmas, getInflection

    if word in MODAL_WORDS:
        return False
    return any(word in getInflection(lemma, "VBD") for lemma in getAllLemmas(word).get("VERB", ()))


@lru_cache(maxsize=4096)
def may_be_participle(word: str) -> bool:
    """True for "directed" (past and participle alike), not for "became" (participle "become")."""
    from pipeline.wordforms import getAllLemmas, getInflection

    return any(word in getInflection(lemma, "VBN") for lemma in getAllLemmas(word).get("VERB", ()))


_PRESENT_AUXILIARIES: Final = frozenset("am is are do does will shall can may must".split())
_PAST_AUXILIARIES: Final = frozenset("was were did could would might".split())


def is_past(clause: str) -> bool:
    """Whether a clause tells of the past: its first auxiliary decides, else any past verb.

    "are being replaced" is present although "replaced" looks past; "has" and "have" decide
    nothing ("have built" reads well with a past sentence after it).
    """
    words = re.findall(r"[a-z]+", clause)
    for index, word in enumerate(words):
        if word in _PRESENT_AUXILIARIES:
            return False
        if (
            word in ("has", "have")
            and index + 1 < len(words)
            and not may_be_participle(words[index + 1])
            and not words[index + 1].endswith("ly")
            and words[index + 1] not in ("been", "not", "never", "since", "already", "just")
        ):
            # "Libpurple has support for …": "has" is the main verb here, and present.
            return False
        if word in _PAST_AUXILIARIES or is_past_verb(word):
            return True
    return False


def past_tense(verb: str) -> str | None:
    """The simple past of `verb` ("give" → "gave"), if lemminflect knows it."""
    from pipeline.wordforms import getInflection

    forms = getInflection(verb, "VBD")
    return str(forms[0]) if forms else None


def third_person(verb: str) -> str:
    """The he/she/it present of `verb` ("give" → "gives"), or `verb` when unknown."""
    from pipeline.wordforms import getInflection

    forms = getInflection(verb, "VBZ")
    return forms[0] if forms else verb


@lru_cache(maxsize=512)
def well_known(acronym: str) -> bool:
    """True for an acronym common enough in English to need no explanation.

    One spelt like a function word ("WHO", "IT") is not judged by that word's frequency:
    wordfreq counts "who", not the World Health Organization.
    """
    from wordfreq import zipf_frequency

    if acronym.lower() in FUNCTION_WORDS:
        return False
    return zipf_frequency(acronym.lower(), "en") >= WELL_KNOWN_ZIPF


def fix_articles(sentence: str) -> str:
    """After a swap, "a"/"an" must suit the new next word ("an unprecedented" → "a record")."""

    def choose(match: re.Match[str]) -> str:
        article, next_word = match.group(1), match.group(2)
        before = sentence[: match.start()].rstrip()
        if article[0].isupper() and before and before[-1] not in "\"“‘'([—–:.!?":
            return match.group(0)  # a letter mid-sentence: "a Category A offence"
        lower = next_word.lower()
        # A word spelt with a vowel is looked up: "an unimportant race" but "a unique one".
        heard = starts_with_vowel_sound(lower) if lower[0] in "aeiou" else None
        vowel_sound = (
            heard
            if heard is not None
            else (
                lower[0] in "aeiou"
                and not lower.startswith(("uni", "use", "usu", "one", "once", "eu", "ura", "ure"))
            )
            or lower.startswith(("hour", "honest", "honour", "honor", "heir"))
        )
        wanted = "an" if vowel_sound else "a"
        if article[0].isupper():
            wanted = wanted.capitalize()
        return f"{wanted} {next_word}"

    return re.sub(r"(?<![\w'’-])(an?|An?)\s+([a-z]\w*)", choose, sentence)


def match_case(original: str, replacement: str) -> str:
    """`replacement` capitalised when `original` was, so a swap at a sentence start reads right."""
    if original[:1].isupper():
        return capitalise(replacement)
    return replacement


_ADDRESS_START: Final = re.compile(r"[^\s@]+@[^\s@]+\.\w|(?:https?://|www\.)\S", re.IGNORECASE)
"""An e-mail or web address, written in lower case however a sentence starts."""


def capitalise(text: str) -> str:
    """`text` with its first letter upper case and the rest as it was.

    An address is left as written: a contact block's line "marie-claude.tremblay@…" had
    become "Marie-claude.tremblay@…", which is not how the address is written.
    """
    if not text or _ADDRESS_START.match(text):
        return text
    return text[:1].upper() + text[1:]


IRREGULAR_PARTICIPLES: Final = (
    "run|made|held|said|paid|laid|sold|told|won|done|begun|found|hung|struck|sung|spun|swung"
)
"""Past participles (a regex alternation) that end in none of "-ed", "-en" or "-t", for the
rules that find a participle before "by" ("The centre, run by the council, …"); "built",
"set" and "cut" end in "-t" and "led" in "-ed", so those patterns find them already."""
