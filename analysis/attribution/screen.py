"""Screening: keep a row only when a source says, writes or reports something, and rate it.

Runs after the passes that find attributions and before continuations (so a quotation
paragraph never carries on a row that was screened out). Three kinds of general evidence
decide (Pareti 2015, PARC 3.0: source, cue, content):

* **The speaker mention's form** (:func:`speaker_form`): a name, a pronoun, a person, group,
  body or document noun can be a source; a dateline (``WASHINGTON —``), a number or heading
  label, a month or weekday, an adverb, a lone letter (``Q:``) or a bare common noun
  (``the calculations``) cannot.
* **The cue's class** (``cue_classes.tsv``): verbs of saying report whatever their frame;
  verbs of thought, evidence, naming and acts report only with clause or quoted content;
  a plan, a wish or a perception before an infinitive or a noun is no attribution
  ("a rover NASA plans to fly", "He felt a tap", "He declined to say when").
* **The frame**: a quotation, a that-clause, or a bare object.

Each kept row gets a ``confidence`` (0-1: cue strength × frame × speaker form) and a
``check`` flag for doubtful rows (confidence below :data:`CHECK_BELOW`).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from analysis import lexicons
from analysis.attribution.content import adjunct_only
from analysis.attribution.cues import QUOTE_CHARS, cue_lexicon
from analysis.attribution.phrases import word_count
from analysis.attribution.state import MIN_QUOTATION_WORDS, Attribution, State
from analysis.attribution.vocabulary import (
    ADJUNCT_OPENERS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_SUBJECTS,
    SKIPPABLE,
    grammar,
    source_heads,
)

# A row below this confidence is flagged for a reader to check.
CHECK_BELOW = 0.6
# How much of the source's confidence a continuation paragraph keeps.
CONTINUATION_SHARE = 0.9

# Cue strength by class: saying reports outright; the others only in a reporting frame.
CUE_STRENGTH = {
    "speech": 1.0,
    "source_phrase": 0.95,
    "signature": 0.8,
    "evidence": 0.75,
    "naming": 0.7,
    "act": 0.65,
    "cognition": 0.6,
    "colon": 0.6,
    "volition": 0.5,
    "perception": 0.5,
    "reply": 0.6,
    "statement": 1.0,
    "not_reporting": 0.0,
    "refusal": 0.5,
    "plea": 1.0,
}
# A bare object ("reported earnings", "wrote songs", "rejected the attempt") is a reporting
# frame about half the time on real pages (hand audits, benchmarks/realnews.py): doubtful,
# so flagged; an object and an infinitive ("urged Vietnam to push back") is a directive.
FRAME_STRENGTH = {"quotation": 1.0, "clause": 0.95, "directive": 0.8, "object": 0.58}
SPEAKER_STRENGTH = {
    "name": 1.0,
    "person": 0.95,
    "body": 0.95,
    "document": 0.9,
    "pronoun": 0.85,
    "relative": 0.75,
    "none": 0.4,
    "common": 0.45,
    "not_a_speaker": 0.2,
}
# Classes of cue that report only with a clause or a quotation as content ("X believes
# that …", not "they knew far less about …"); classes an infinitive after the cue turns
# into no attribution ("plans to fly", "declined to say when", "proved to be").
_NEEDS_CLAUSE = frozenset(
    {"cognition", "perception", "volition", "reply", "refusal", "evidence", "statement"}
)
_NO_INFINITIVE = frozenset({"volition", "perception", "refusal", "reply", "evidence", "act"})
_CLAUSE_LINK = re.compile(r"(?:that|whether|if|how|why|what|when|where|who)\b", re.I)
_FINITE = frozenset(grammar("finite_auxiliary"))
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# An object then an infinitive: "Vietnam and others in the region to push back".
_DIRECTIVE = re.compile(r"[^,;:]{1,60}?\s(?:not\s+)?to\s+(?P<verb>[a-z]+)\b")
_INFINITIVE = re.compile(r"[ \t]+(?:not[ \t]+)?to[ \t]+\w")
_LETTERS = re.compile(r"[^\W\d_]")
# What follows a dateline: "WASHINGTON —", "OTTAWA, Ont. (Reuters) -".
_DATELINE_AFTER = re.compile(r"\s*(?:[,(]|—|–|-)")
_CONTRACTION = re.compile(r"^\w+[’'](?:re|ve|ll|d|m)$", re.I)
_CONTRACTED = re.compile(r"[’'](?:ll|s|d|re|ve|m)$")
_AGE = re.compile(r"^\d+-year-olds?$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}$")
# Subjects whose thought or wish is the writer's or the reader's, not a source's.
_GENERIC_SUBJECTS = frozenset({"you", "we", "i"})
# A bare quantity as the object: "added 20.72 points", "added $3 billion".
_QUANTITY_OBJECT = re.compile(
    r"[$€£]?\d[\d.,]*(?:%|\s+(?:points?|percent|per\s+cent|cents?|"
    r"dollars?|million|billion|yards?|runs?|goals?)\b)",
    re.I,
)
# A list of quantities ("1 Green, 1 Blue"): a label, not a statement.
_QUANTITY_LIST = re.compile(r"\d[^,]*,\s*\d")


@cache
def _all_pronouns() -> frozenset[str]:
    """Every personal pronoun form, object case included ("according to him")."""
    return PRONOUNS | frozenset(
        r["entry"] for r in lexicons.rows("pronouns") if r["case"] in ("object", "subject")
    )


@cache
def cue_classes() -> dict[str, str]:
    """Lemma → class for the cues that are not plain verbs of saying (``cue_classes.tsv``)."""
    return {r["lemma"]: r["class"] for r in lexicons.rows("cue_classes")}


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(r["entry"] for r in lexicons.rows("not_names") if r["category"] == "calendar")


def _is_dateline(text: str, lo: int, hi: int, layout) -> bool:
    """``WASHINGTON —`` / ``OTTAWA, Ont. (Reuters) -``: capitals opening a paragraph."""
    mention = text[lo:hi]
    if not mention.isupper() or len(_LETTERS.findall(mention)) < 3:
        return False
    p_lo = layout.para_bounds[layout.paragraph_at(lo)][0]
    return not text[p_lo:lo].strip() and bool(_DATELINE_AFTER.match(text, hi))


def _source_category(words: list[str]) -> str | None:
    """The category of the rightmost word that can head a source ("a source involved",
    "early results of the exit poll conducted"), or None."""
    heads = source_heads()
    for word in reversed(words):
        if word.endswith(("’s", "'s", "s’", "s'")):
            continue  # "the minister's phone": a possessive modifies the head, it is not one
        bare = word.lower().strip('.,;:"”“')
        if bare in heads:
            return heads[bare]
        if _AGE.match(bare):
            return "person"  # "the 46-year-old"
    return None


def _never_a_speaker(state: State, lo: int, hi: int, opens_sentence: bool) -> bool:
    """A number, heading label, month, adverb, lone letter, dateline, or a relative
    pronoun opening its sentence ("That said,"): no reading makes these a source."""
    text = state.text
    mention = text[lo:hi]
    words = mention.split()
    low = mention.lower()
    if low in RELATIVE_SUBJECTS:
        return opens_sentence
    if not words or not _LETTERS.search(mention):
        return True  # "4", "2019"
    if mention[0].isdigit() and lo > 0 and (text[lo - 1] in ",." or not text[lo - 1].isspace()):
        return True  # "248 cases" out of "3,248 cases"
    if len(_LETTERS.findall(mention)) == 1 and low != "i":
        return True  # "Q:", "A."
    if _CONTRACTION.match(mention):
        return True  # "We’re": a pronoun with its verb belongs to another clause
    head = words[-1].lower().rstrip(".,")
    if head in _calendar_words() or head in SKIPPABLE:
        return True  # "October", "long", "twice"
    if len(words) == 1 and head.endswith("ly") and (mention.islower() or opens_sentence):
        return True  # "apparently", "Highly recommended": an adverb, not a name
    return _is_dateline(text, lo, hi, state.layout)


def speaker_form(state: State, lo: int | None, hi: int | None) -> str:
    """What the mention text[lo:hi] is: ``name``, ``pronoun``, ``relative``, ``person``
    (or group), ``body``, ``document``, ``common`` (a bare common noun: "the
    calculations"), ``none`` (no mention) or ``not_a_speaker`` (a number, dateline,
    month, adverb or label)."""
    if lo is None or hi is None:
        return "none"
    text, layout = state.text, state.layout
    mention = text[lo:hi]
    low = mention.lower()
    s_lo = layout.sent_bounds[layout.sentence_at(lo)][0]
    opens_sentence = not text[s_lo:lo].strip(" \"“‘'")
    if low in _all_pronouns():
        return "pronoun"
    if _never_a_speaker(state, lo, hi, opens_sentence):
        return "not_a_speaker"
    if low in RELATIVE_SUBJECTS:
        return "relative"
    words = mention.split()
    category = _source_category(words)
    if category:
        return category
    owners = [k for k, w in enumerate(words[:-1]) if w.endswith(("’s", "'s", "s’", "s'"))]
    if owners and not any(w[:1].isupper() for w in words[owners[-1] + 1 :]):
        return "common"  # "Google's big [promises]": the cue is a noun after a possessive
    if _DOMAIN.match(mention) or any(
        w[:1].isupper() for k, w in enumerate(words) if k or not opens_sentence
    ):
        return "name"
    if len(words) == 1 and mention[:1].isupper():
        return "name"  # "Dashlane says": a one-word name opening the sentence
    return "common"


def _frame(state: State, a: Attribution) -> str:
    """``quotation`` (content holds one), ``clause`` (a that/wh-clause, a subject and
    verb, or the clause before ``…, X said``) or ``object`` (a noun phrase, infinitive)."""
    text = state.text
    if a.kind in ("direct", "mixed"):
        return "quotation"
    if a.cue_start is not None and a.cue_start >= a.end:
        return "clause"  # "clause, X said": the content is the clause before
    if _medial_cue(a):
        return "clause"  # "In any case, X said, the firm …": the cue interrupts a clause
    words = text[a.start : a.end].split()
    first = words[0].lower().strip("“\"‘'(") if words else ""
    contracted, first = first, _CONTRACTED.sub("", first)  # "she’ll"
    if _CLAUSE_LINK.fullmatch(first) or first in _all_pronouns() - {"him", "them", "her", "it"}:
        return "clause"
    if contracted != first and first in _all_pronouns():
        return "clause"  # "it’s not the way": a pronoun with a verb glued on is a subject
    # A subject and a finite verb within the first words, before any comma: "a top worry
    # is low pay" (not "a man bleeding, who was …": a relative clause inside an object).
    opening = text[a.start : a.end].split(",", 1)[0].split()[:8]
    if opening == words[: len(opening)] and len(opening) == len(words):
        opening = opening[:-1]  # "the pinch worse than others do": an ending "do" is elliptic
    if first != "to" and any(w.lower() in _FINITE for w in opening[1:]):
        return "clause"
    second = words[1] if len(words) >= 3 else ""
    if words[0][:1].isupper() and second.endswith(("ed", "s")) and second[:1].islower():
        return "clause"  # "… believes Trump lost", "said Ruiz wins" (not "Bernie Sanders")
    return "object"


def _medial_cue(a: Attribution) -> bool:
    """Does the cue stand between the two fragments of its content ("In the long run,
    economists say, costs will rise")? A reporting clause inside the reported clause
    (Quirk et al. 1985, 15.53): the content is a clause interrupted, not an object."""
    return (
        a.kind == "indirect"
        and len(a.fragments) == 2
        and a.cue_start is not None
        and a.fragments[0][1] <= a.cue_start < a.fragments[1][0]
    )


def _rated_frame(text: str, a: Attribution, frame: str) -> str:
    """The frame a row's confidence is rated by: an ``object`` read by :func:`_frame`
    that holds a verb further on ("a stabbing that killed a passenger may have …",
    "more than 15,000 people registered") is a clause without "that"; one with an
    infinitive after its object is a ``directive``; the rest stays a bare object."""
    if frame != "object":
        return frame
    if a.cue_start is not None and _lemma(text, a) in _CLAUSE_VERBS:
        return "clause"  # "said the campaign made a mistake": "say" takes a clause, not a noun
    tokens = [w.group() for w in _WORD.finditer(text, a.start, a.end)]
    relatives = _all_pronouns() | _CLAUSE_WORDS
    for before, word in zip(tokens, tokens[1:], strict=False):
        if word.lower() in _FINITE:
            return "clause"
        if word.islower() and word.endswith("ed") and before.lower() not in relatives:
            return "clause"  # not "earnings that topped estimates": a relative clause
    return "directive" if _directive(text, a) else "object"


def _lemma(text: str, a: Attribution) -> str:
    cue = " ".join(text[a.cue_start : a.cue_end].lower().split())
    return cue_lexicon().get(cue, (cue, ""))[0]


def _directive(text: str, a: Attribution) -> bool:
    """An object then an infinitive ("urged Vietnam to push back", "told executives to
    look"): a directive reported, surer than a bare object (Quirk et al. 1985, 16.63)."""
    first = _WORD.match(text, a.start)
    if first is None or first.group().lower() == "to":
        return False
    match = _DIRECTIVE.match(text, a.start, a.end)
    return match is not None and match.group("verb") not in DETERMINERS | PREPOSITIONS


def _cue_class(state: State, a: Attribution) -> str:
    """The cue's class: a ``cue_classes.tsv`` class, ``speech``, ``source_phrase``,
    ``colon`` (a headline or a clause ending in a colon) or ``signature`` (a dash)."""
    if a.cue_start is None:
        return "speech"
    cue = " ".join(state.text[a.cue_start : a.cue_end].lower().split())
    if cue == ":":
        return "colon"
    if not any(ch.isalpha() for ch in cue):
        return "signature"
    lemma, kind = cue_lexicon().get(cue, (cue, "verb"))
    if kind == "source_phrase":
        return "source_phrase"
    return cue_classes().get(lemma, "speech")


def _reports(state: State, a: Attribution, cue_class: str, frame: str, form: str) -> bool:
    """Is the row an attribution at all, by the evidence of its cue, frame and speaker?"""
    text = state.text
    if form == "not_a_speaker" or (form == "common" and frame != "quotation"):
        return False
    if cue_class == "not_reporting":
        return False
    inverted = a.speaker_start is not None and a.cue_start is not None
    if (
        inverted
        and a.kind != "direct"
        and a.cue_end <= a.speaker_start
        and cue_class in _NOT_INVERTED
    ):
        return False  # "Photos …, show the actress": only verbs of saying invert (“…,” said X)
    cue_end = a.cue_end if a.cue_end is not None and a.cue_end <= a.start + 1 else None
    if cue_class in _NO_INFINITIVE and cue_end is not None and _INFINITIVE.match(text, cue_end):
        return False  # "plans to fly", "declined to say", "proved to be"
    mention = text[a.speaker_start : a.speaker_end].lower() if a.speaker_start is not None else ""
    if cue_class == "naming" and mention.split()[:1] in (["a"], ["an"]):
        return False  # "a hydrocarbon called acetylene": a name, not speech
    if cue_class == "naming" and _in_as_clause(text, a):
        return False  # "the “new Gannett,” as Reed dubbed the merger, will …": a name used
    if cue_class == "naming" and a.kind == "direct" and len(text[a.start : a.end].split()) < 4:
        return False  # "a game called ‘Night Harbour’": a title in quotation marks
    if mention in _GENERIC_SUBJECTS and a.kind != "direct":
        return False  # "you think", "we estimate", "I write": the writer's or reader's voice
    if a.kind == "indirect" and _QUANTITY_OBJECT.match(text, a.start) and cue_class == "speech":
        return False  # "the index added 20.72 points": arithmetic, not speech
    if cue_class in ("evidence", "act") and _depicts(mention) and not _opens_with_that(text, a):
        return False  # "The video shows the officers …": a recording depicts a scene
    if cue_class == "act" and form == "document" and frame == "object":
        return False  # "Data … supported the existence of …": support is done by people
    if cue_class in ("evidence", "act") and _opens_with_reflexive(text, a):
        return False  # "those companies find themselves in a vise": no content
    if cue_class == "evidence" and form in ("document", "body") and frame == "object":
        return True  # "a poll shows Trump leading": what a poll or a body reports
    if a.kind in ("indirect", "mixed") and _opens_with_verb(text, a):
        return False  # "teacher protests were held", "the letter Mike wrote was “kind”"
    if cue_class in _NEEDS_CLAUSE and a.kind != "direct":
        return frame != "object"
    if cue_class == "plea" and _PLEA.match(text, a.start):
        return False  # "pleaded not guilty to fraud": a plea to a charge, not speech
    if a.kind == "indirect" and frame == "object" and _cites_a_source(state, a):
        return False  # "the agency said, citing the health commission": a source, no content
    if a.kind == "mixed" and _titled_adjunct(state, a):
        return False  # "said on “DWTS.”": a medium named in quotation marks, no content
    if a.kind == "indirect" and _opens_with_coordination(text, a):
        return False  # "he disagreed and performed a scan": no content, a second verb
    if a.kind == "indirect" and frame == "object":
        return _holds_clause(text, a.start, a.end)
    return True


def _depicts(mention: str) -> bool:
    """Is the mention's head a recording or picture ("the video", "surveillance
    footage")? With a verb of evidence and no that-clause it depicts a scene it holds
    ("shows the officers rammed the door"; Hunston 2000): no source says, writes or
    reports anything (Pareti 2015, PARC 3.0)."""
    words = mention.lower().split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]  # "video of the incident": the head is "video"
    return bool(words) and words[-1].strip(".,;:") in _DEPICTIONS


def _in_as_clause(text: str, a: Attribution) -> bool:
    """Is the speaker the subject of a comparative "as" clause ("as Reed dubbed the
    merger", "as critics call it")? The clause only names a term the writer uses
    (Quirk et al. 1985, 15.53); the sentence around it is the writer's, not content."""
    if a.speaker_start is None or a.cue_start is None:
        return False
    first = _WORD.match(text, a.start)
    if len(text[a.cue_start : a.cue_end].split()) > 1 or (
        first is not None and first.group().lower() in PREPOSITIONS
    ):
        return False  # "as she called for ratification": "call for" is a speech act
    before = text[max(0, a.speaker_start - 4) : a.speaker_start].split()
    return bool(before) and before[-1].lower() == "as"


def _opens_with_that(text: str, a: Attribution) -> bool:
    """Content opening with "that" ("video shows that he had his hands up"): a finding
    put as a proposition (Hunston 2000), which PolNeAR annotates as an attribution."""
    first = _WORD.match(text, a.start)
    return first is not None and first.group().lower() == "that"


def _opens_with_reflexive(text: str, a: Attribution) -> bool:
    """Content right after its cue opening with a reflexive ("find themselves in a
    vise", "showed itself ready"): the object is the subject again, no reported content
    (Quirk et al. 1985, 6.23-6.28)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    first = _WORD.match(text, a.start)
    return first is not None and first.group().lower() in _REFLEXIVES


def _opens_with_verb(text: str, a: Attribution) -> bool:
    """Content right after its cue opening with a finite auxiliary ("protests were held
    last year"): a reporting verb's content has its own subject first, so the cue word
    was a noun, the head of the verb's subject (Quirk et al. 1985, 10.2)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    first = _WORD.match(text, a.start)
    if first is None:
        return False
    word = first.group().lower()
    # "doesn't paint": only auxiliaries take "n't", and no content opens with one.
    return bool(_NEGATED.search(word)) or word in _PRIMARY_FINITE


def _cites_a_source(state: State, a: Attribution) -> bool:
    """``citing the regional health commission``: the object of "cite" names a source
    (a person, body or document), not what was said (Pareti 2015, PARC 3.0: the cited
    source of another attribution)."""
    if a.cue_start is None or a.cue_start > a.start:
        return False
    lemma = cue_lexicon().get(" ".join(state.text[a.cue_start : a.cue_end].lower().split()))
    if lemma is None or lemma[0] != _CITE:
        return False
    words = state.text[a.start : a.end].lower().split()
    if len(words) > _MAX_CITED_WORDS or set(words) & ADJUNCT_OPENERS:
        return False  # "cited the audit as the reason": a claim about what was cited
    # The head (last word) names a person, body or document: "the health commission".
    return words[-1].strip(".,;:") in source_heads()


def _titled_adjunct(state: State, a: Attribution) -> bool:
    """Mixed content after its cue that is only an adjunct holding a short quotation
    (a title: "explained on their podcast “Beyond Finances.”"): no quoted speech."""
    if a.cue_start is None or a.cue_start > a.start or not adjunct_only(state.text, a.start, a.end):
        return False
    k = bisect.bisect_left(state.quote_starts, a.start)
    quoted = []
    while k < len(state.quotations) and state.quotations[k].start < a.end:
        quoted.append(state.quotations[k])
        k += 1
    return all(
        word_count(state.text, q.inner_start, q.inner_end) < MIN_QUOTATION_WORDS for q in quoted
    )


def _opens_with_coordination(text: str, a: Attribution) -> bool:
    """Content right after its cue opening with "and", "but" or "or": the cue has no
    content of its own, and a coordinated verb follows (Quirk et al. 1985, 13.5)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    first = _WORD.match(text, a.start)
    return first is not None and first.group().lower() in _COORDINATORS


@cache
def _time_words() -> frozenset[str]:
    """Words that open a time expression ("Wednesday at the show", "last week")."""
    return _calendar_words() | frozenset(grammar("time_opener"))


def _holds_clause(text: str, lo: int, hi: int) -> bool:
    """Is content read as an object frame a proposition or the matter of a speech act
    (PARC 3.0, Pareti 2015)? A place or time adjunct is neither: content opening with
    a preposition of place or time ("before the House committee", "in a blog post") or
    a time expression ("Wednesday at the air show"), or a reflexive ("themselves in a
    vise"), with no finite auxiliary, subject pronoun or clause link after its first
    word. The prepositions of a prepositional speech verb ("called for", "warned
    against", "commented on": ``topic_preposition``) and an infinitive keep their
    content (Quirk et al. 1985, 16.5; 14.2-14.6)."""
    tokens = [w.group().lower() for w in _WORD.finditer(text, lo, hi)]
    if not tokens:
        return False
    first = tokens[0]
    adjunct = first in PREPOSITIONS or first in _time_words() or first in _REFLEXIVES
    adjunct = adjunct or first in ADJUNCT_OPENERS  # "wrote as Robert Jordan"
    if adjunct:
        # "before the committee in Washington, where lawmakers …": a relative clause
        # after the comma belongs to the adjunct; only its own stretch counts.
        comma = text.find(",", lo, hi)
        tokens = [w.group().lower() for w in _WORD.finditer(text, lo, hi if comma < 0 else comma)]
    links = _FINITE | _all_subject_pronouns() | _CLAUSE_WORDS
    if first in _CLAUSE_WORDS or any(w in links for w in tokens[1:]):
        return True
    if first in PREPOSITIONS:
        return first in _TOPIC_PREPOSITIONS
    return first not in _time_words() | _REFLEXIVES | ADJUNCT_OPENERS


# A plea to a charge: "guilty", "not guilty", "no contest", "innocent".
_PLEA = re.compile(r"[\s“\"]*(?:" + "|".join(re.escape(w) for w in grammar("plea")) + r")\b", re.I)
_CLAUSE_WORDS = frozenset(grammar("clause_link")) - {"which"}
_PRIMARY_FINITE = frozenset(grammar("finite_auxiliary")) - frozenset(grammar("modal"))
_TOPIC_PREPOSITIONS = frozenset(grammar("topic_preposition"))
_REFLEXIVES = frozenset(grammar("reflexive"))
_DEPICTIONS = frozenset(grammar("depiction_noun"))
_COORDINATORS = frozenset(grammar("coordinator"))
_CITE = grammar("citing_verb")[0]
_CLAUSE_VERBS = frozenset(grammar("clause_verb"))
# Quotative inversion ("…, said X", "…, wrote X") is for verbs of saying only (Quirk et al.
# 1985, 18.24-18.25): a thought, a finding, a wish or an act never inverts.
_NOT_INVERTED = frozenset({"evidence", "cognition", "volition", "perception", "act", "naming"})
_MAX_CITED_WORDS = 8  # "a past testimony and a separate op-ed"; longer objects carry a claim
_NEGATED = re.compile(r"n[’']t$")


@cache
def _all_subject_pronouns() -> frozenset[str]:
    """Subject pronouns ("it", "they"): a pronoun subject opens a clause."""
    return frozenset(r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "subject")


def verdict(state: State, a: Attribution) -> tuple[str | None, float]:
    """Why ``a`` is no attribution (None when it is one), and its confidence."""
    form = speaker_form(state, a.speaker_start, a.speaker_end)
    cue_class = _cue_class(state, a)
    frame = _frame(state, a)
    rated = _rated_frame(state.text, a, frame)
    confidence = CUE_STRENGTH[cue_class] * FRAME_STRENGTH[rated] * SPEAKER_STRENGTH[form]
    if a.cue_start is not None and not _reports(state, a, cue_class, frame, form):
        return f"{cue_class}/{frame}/{form}", confidence
    if cue_class == "colon" and a.kind != "direct" and not _headline_source(state, a, form):
        return "headline label", confidence
    return None, confidence


def screen(state: State) -> None:
    """Drop rows that are no attribution; rate the others (the pass after headlines)."""
    kept = []
    for a in state.found:
        reason, confidence = verdict(state, a)
        if reason is None:
            a.confidence = round(confidence, 2)
            kept.append(a)
    state.replace_found(kept)


def _headline_source(state: State, a: Attribution, form: str) -> bool:
    """``Content: Speaker`` / ``Speaker: content`` only with a name of capitalised words,
    no digits, and content of at least three words ("See it now: Fossil", "Portion
    Fix Containers: 1 Green, 1 Blue" and "Cocoa (1-2): Jordan Munoz 8 saves" are labels)."""
    text = state.text
    mention = text[a.speaker_start : a.speaker_end]
    words = mention.split()
    if form not in ("name", "body", "person") or any(ch.isdigit() for ch in mention):
        return False
    if not all(w[:1].isupper() or w.lower() in DETERMINERS | {"of", "and"} for w in words):
        return False
    content = text[a.start : a.end]
    quoted = any(ch in QUOTE_CHARS for ch in content)
    if a.start < a.speaker_start and len(words) < 2 and not quoted and len(content.split()) < 4:
        return False  # "See it now: Fossil": a one-word label after a short line
    if a.start > a.speaker_start and words[0].lower() in DETERMINERS and form == "name":
        return False  # "The Grow Stage: …": a section label, not a named source
    if _QUANTITY_LIST.search(content):
        return False
    return sum(1 for w in content.split() if _LETTERS.match(w.strip("“\"‘'"))) >= 3


def rate_continuation(source: Attribution) -> float:
    """A continuation is as trustworthy as its source, a little less."""
    return round((source.confidence or 0.0) * CONTINUATION_SHARE, 2)
