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
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_SUBJECTS,
    SKIPPABLE,
    SUBORDINATORS,
    WEAK_BEFORE_TO,
    grammar,
    source_heads,
)

# A row below this confidence is flagged for a reader to check.
CHECK_BELOW = 0.6
# The confidence a row keeps at most when its cue is hypothetical ("would have said"):
# below CHECK_BELOW (flagged), above the 0.3 a reader's default filter keeps.
DOUBTFUL = 0.55
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
    """A number, heading label, month, adverb, lone letter, dateline, a possessed body
    part ("his head"), or a relative pronoun opening its sentence ("That said,"): no
    reading makes these a source."""
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
    if head in _BODY_PARTS and len(words) > 1 and _possessed(words[:-1]):
        return True  # "his head snapped around", "the man's chest showed": a body part
    if len(words) == 1 and head.endswith("ly") and (mention.islower() or opens_sentence):
        return True  # "apparently", "Highly recommended": an adverb, not a name
    return _is_dateline(text, lo, hi, state.layout)


def _possessed(words: list[str]) -> bool:
    """Do the words before a head hold a possessive ("his", "the man's")?"""
    owners = _possessive_pronouns()
    return any(w.lower() in owners or w.endswith(("’s", "'s", "s’", "s'")) for w in words)


@cache
def _possessive_pronouns() -> frozenset[str]:
    """Possessive determiners ("his", "her", "their"): the pronoun forms among the
    determiners, and the possessive pronouns."""
    forms = frozenset(r["entry"] for r in lexicons.rows("pronouns"))
    possessive = frozenset(
        r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "possessive"
    )
    return (DETERMINERS & forms) | possessive


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
    if a.cue_start is not None and a.start < a.cue_start < a.end:
        return "clause"  # "At current rates, X said, there will be …": a parenthetical cue
    words = text[a.start : a.end].split()
    first = words[0].lower().strip("“\"‘'(") if words else ""
    first = _CONTRACTED.sub("", first)  # "she’ll"
    if _CLAUSE_LINK.fullmatch(first) or first in _all_pronouns() - {"him", "them", "her", "it"}:
        return "clause"
    # A subject and a finite verb within the first words, before any comma: "a top worry
    # is low pay" (not "a man bleeding, who was …": a relative clause inside an object).
    opening = text[a.start : a.end].split(",", 1)[0].split()[:8]
    if opening == words[: len(opening)] and len(opening) == len(words):
        opening = opening[:-1]  # "the pinch worse than others do": an ending "do" is elliptic
    mention = text[a.speaker_start : a.speaker_end] if a.speaker_start is not None else ""
    if mention.lower() in _RELATIVE_PRONOUNS:
        # "the aide who reported the call recalled that …": a reporting verb after the
        # relative clause's object is the main clause's verb, not the content's.
        lexicon = cue_lexicon()
        cut = [k for k, w in enumerate(opening) if w.endswith("ed") and w.lower() in lexicon]
        opening = opening[: cut[0]] if cut else opening
    opening = opening[: _second_predicate(opening, subordinate=False)]
    if first != "to" and any(w.strip(",;:") in _FINITE for w in opening[1:]):
        return "clause"
    second = words[1] if len(words) >= 3 else ""
    if words[0][:1].isupper() and second.endswith(("ed", "s")) and second[:1].islower():
        return "clause"  # "… believes Trump lost", "said Ruiz wins" (not "Bernie Sanders")
    return "object"


def _second_predicate(words: list[str], subordinate: bool = True) -> int:
    """Where a coordinated or subordinate predicate starts in the words after a cue: a
    coordinator before an "-ed" verb ("the design and launched a program"), "but" before
    a word that is no determiner, pronoun or clause link ("knowledge of crimes but feel
    that …"), or a subordinator
    after the first word ("victory as the House concluded"; only with ``subordinate``:
    whether a verb of thought reports at all is left to its own words, "felt comfortable
    because they could"). Its verb is not the content's (Quirk et al. 1985, 13.5 and
    15.17); len(words) when there is none."""
    for k, word in enumerate(words[1:], 1):
        low = word.lower().strip(",;:")
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        verb_next = after.endswith("ed") or (low == "but" and after not in _NOT_A_VERB)
        if (
            low in _COORDINATORS
            and words[k + 1 : k + 2]
            and words[k + 1][:1].islower()
            and verb_next
        ):
            return k
        if subordinate and low in SUBORDINATORS and low not in _CLAUSE_WORDS:
            return k
        if subordinate and low in ADJUNCT_OPENERS and after in DETERMINERS | _NOMINATIVE:
            return k  # "victory as the House concluded", not "the backlash as proof that"
    return len(words)


def _rated_frame(text: str, a: Attribution, frame: str) -> str:
    """The frame a row's confidence is rated by: an ``object`` read by :func:`_frame`
    that holds a verb further on ("a stabbing that killed a passenger may have …",
    "more than 15,000 people registered") is a clause without "that"; one with an
    infinitive after its object is a ``directive``; the rest stays a bare object."""
    if frame != "object":
        return frame
    if a.cue_start is not None and _lemma(text, a) in _CLAUSE_VERBS:
        return "clause"  # "said the campaign made a mistake": "say" takes a clause, not a noun
    cue_class = _cue_class_of(text, a)
    if cue_class == "source_phrase":
        return "clause"  # "according to X, her label, which …, is": a source's claim
    saying = cue_class == "speech"
    first = _WORD.match(text, a.start)
    if (
        saying
        and first
        and first.group().lower() == "to"
        and _infinitive_after(text, a.start, a.end)
        and _lemma(text, a) not in WEAK_BEFORE_TO  # "the dispute threatened to stall"
    ):
        return "directive"  # "promised to protect Medicaid": a commitment reported
    tokens = [w.group() for w in _WORD.finditer(text, a.start, _object_end(text, a, saying))]
    if saying and tokens and _GERUND.fullmatch(tokens[0]):
        return "clause"  # "reported hearing gunfire", "denied having sex": a gerund clause
    if _pronoun_subject_follows(tokens):
        return "clause"  # "told doctors he ate the meat", "reiterated it still considers"
    tokens = tokens[: _second_predicate(tokens)]
    relatives = _all_pronouns() | _CLAUSE_WORDS
    mention = text[a.speaker_start : a.speaker_end] if a.speaker_start is not None else ""
    relative_speaker = mention.lower() in _RELATIVE_PRONOUNS
    in_relative = False
    for k, (before, word) in enumerate(zip(tokens, tokens[1:], strict=False)):
        in_relative = in_relative or before.lower() in _RELATIVE_PRONOUNS | {"whose"}
        if k and not saying and before.lower() in _RELATIVE_PRONOUNS:
            break  # "notes the rule that staff be vaccinated": a clause inside the object
        if word in _FINITE:  # lower case: "in May" is a month, not a modal
            return "clause"
        # after a relative pronoun an "-ed" verb is the relative clause's ("answers from
        # providers whose equipment failed"); a finite verb may still be the content's.
        ed_verb = word.islower() and word.endswith("ed") and not in_relative
        if ed_verb and relative_speaker and word.lower() in cue_lexicon():
            break  # "the aide who reported the call recalled that …": the main clause's verb
        if ed_verb and before.lower() not in relatives | _COORDINATORS:
            return "clause"  # not "earnings that topped estimates", "a streak … and ended"
    return "directive" if _directive(text, a) else "object"


def _pronoun_subject_follows(tokens: list[str]) -> bool:
    """Does a clause with a pronoun subject open the content, or follow a listener
    ("doctors he ate the meat", "police she was home")? A nominative pronoun is a
    subject (Quirk et al. 1985, 6.3); "it" only before a verb ("it still considers", not
    "called it a sham"); after a verb of telling the noun before it is the listener
    (16.59)."""
    low = [w.lower() for w in tokens[:6]]
    if any(w in _NOMINATIVE for w in low[:4]):
        k = next(k for k, w in enumerate(low) if w in _NOMINATIVE)
        return k == 0 or all(w not in _CLAUSE_WORDS for w in low[:k])
    if len(low) >= 2 and low[0] == "it":
        verb = low[2] if low[1] in SKIPPABLE and len(low) > 2 else low[1]
        return verb in _FINITE or (verb.endswith("s") and verb not in DETERMINERS)
    return False


def _object_end(text: str, a: Attribution, saying: bool) -> int:
    """Where the stretch ends in which the verb of a clause content is looked for. After
    a verb of saying, at a comma before a relative pronoun ("rejected the bid, which is
    due": the relative clause is the object's), a subject pronoun or a finite verb
    ("had written the song, she was …", "denying vaccines to migrants, is urging": the
    sentence's own clause goes on); after other verbs (acts, findings,
    names), at any comma, semicolon, colon or dash: what follows is an apposition, a
    relative or a new clause, not the object's verb (Quirk et al. 1985, 17.3-17.22)."""
    if not saying:
        match = _PHRASE_END.search(text, a.start, a.end)
        return match.start() if match else a.end
    relative = _RELATIVE_AFTER_COMMA.search(text, a.start, a.end)
    end = relative.start() if relative else a.end
    first_comma = text.find(",", a.start, end)
    new_clause = _NEW_CLAUSE_AFTER_COMMA.match(text, first_comma) if first_comma >= 0 else None
    # Only at the first comma: "the man who stole it, a driver, was arrested" closes an
    # apposition, and its verb is the content's.
    return first_comma if new_clause else end


def _cue_class_of(text: str, a: Attribution) -> str:
    """The class of a row's cue word (``speech`` for a plain verb of saying), as
    :func:`_cue_class` without the punctuation cues."""
    cue = " ".join(text[a.cue_start : a.cue_end].lower().split())
    lemma, kind = cue_lexicon().get(cue, (cue, "verb"))
    return "source_phrase" if kind == "source_phrase" else cue_classes().get(lemma, "speech")


def _lemma(text: str, a: Attribution) -> str:
    cue = " ".join(text[a.cue_start : a.cue_end].lower().split())
    return cue_lexicon().get(cue, (cue, ""))[0]


def _directive(text: str, a: Attribution) -> bool:
    """An object then an infinitive after a verb of directing ("urged Vietnam to push
    back", "told executives to look"; ``directive_verb``): a directive reported, surer
    than a bare object (Quirk et al. 1985, 16.63)."""
    first = _WORD.match(text, a.start)
    if first is None or first.group().lower() == "to" or _lemma(text, a) not in _DIRECTIVE_VERBS:
        return False  # "agreed a deal to replace him": a noun's infinitive, no directive
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
    if a.kind in ("indirect", "mixed") and _bare_participle(text, a):
        return False  # "the tweet shown above claimed …": a participle modifying a noun
    if a.kind in ("indirect", "mixed") and _noun_cue(state, a):
        return False  # "government documents leaked to …", "decades of United States policy"
    if a.kind in ("indirect", "mixed") and _opens_with_particle(text, a):
        return False  # "who reported back", "his head snapped around more": a phrasal verb
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
    if cue_class == "evidence" and a.kind == "direct" and _quoted_title(text, a):
        return False  # "TV shows like “Star Wars,”": a title, shown not said
    if a.kind == "direct" and _scare_quote(text, a):
        return False  # "denied ‘sensational’ claims": a quoted modifier of the next noun
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
    if a.kind == "indirect" and _only_a_reporting_clause(text, a):
        return False  # "He said, she said": the words after the cue report, they are not content
    if a.kind in ("indirect", "mixed") and _opens_with_coordination(text, a, a.kind == "mixed"):
        return False  # "he disagreed and performed a scan": no content, a second verb
    if a.kind in ("indirect", "mixed") and _adverbial_participle(text, a):
        return False  # "Cook said while visiting the fair": when he said it, not what
    if a.kind == "indirect" and _adjunct_before(text, a):
        return False  # "During the call, he asked about …": the words before are no content
    if a.kind == "indirect" and frame == "object" and _only_a_name(text, a):
        return False  # "…, said Amnesty International on Tuesday": the source, inverted
    if a.kind == "indirect" and frame == "object":
        return _holds_clause(text, a.start, a.end, _lemma(text, a), mention in _relatives())
    return True


def _quoted_title(text: str, a: Attribution) -> bool:
    """A quotation of one or two capitalised words ("“Star Wars,”", "“Nashville,”"):
    after a verb of evidence a title of a show, not a finding quoted."""
    words = _WORD.findall(text, a.start, a.end)
    return 0 < len(words) < 3 and all(w[:1].isupper() for w in words)


def _scare_quote(text: str, a: Attribution) -> bool:
    """A quotation of one or two words without punctuation inside, followed by a lower-
    case word that is no function word ("have denied ‘sensational’ claims", "considers
    ''smart'' might be"): a scare quote modifying or heading the phrase it stands in, no
    quoted speech (Quirk et al. 1985, III.17 on quotation marks)."""
    inner = text[a.start : a.end].strip("“”\"‘’'")
    if len(inner.split()) > 2 or any(ch in inner for ch in ".,;:!?"):
        return False
    after = _LOWER_WORD_AFTER.match(text, a.end)
    # not before a function word: 'said "budget reforms" and …', 'claimed "X lies" the …'
    return after is not None and after.group(1) not in _FUNCTION_AFTER_QUOTE


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


def _opens_with_coordination(text: str, a: Attribution, after_listener: bool = False) -> bool:
    """Content right after its cue opening with "and", "but" or "or", or with only a
    listener before one ("told me, and …"; only this with ``after_listener``): the cue
    has no content of its own, and a coordinated verb follows (Quirk et al. 1985, 13.5)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    tokens = [w.group().lower() for w in _WORD.finditer(text, a.start, min(a.end, a.start + 30))]
    head = text[a.start : a.end].split(",", 1)[0].strip(" “\"'").lower()
    if tokens and tokens[0] in _LISTENERS and head == tokens[0]:
        tokens = tokens[1:]  # "told me, and easing the pain": a listener, then a new verb
    elif after_listener:
        return False  # "X said, but instead “…”": a quotation after "but" is still content
    return bool(tokens) and tokens[0] in _COORDINATORS


def _adverbial_participle(text: str, a: Attribution) -> bool:
    """Content right after its cue opening with a subordinator and a participle ("said
    while visiting the fair", "wrote after reading the report"): an adverbial clause of
    the saying with no subject of its own, no content (Quirk et al. 1985, 15.57)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    tokens = [w.group().lower() for w in _WORD.finditer(text, a.start, a.end)]
    return (
        len(tokens) >= 2
        and tokens[0] in SUBORDINATORS
        and tokens[1].endswith(("ing", "ed"))
        and tokens[1] not in _FINITE
        # "said while visiting Lyon that …", "if elected he could work …": a clause follows
        and not set(tokens[2:]) & (_CLAUSE_WORDS | _FINITE | _all_subject_pronouns())
    )


def _only_a_name(text: str, a: Attribution) -> bool:
    """Content after "said" (a verb that takes a clause, ``clause_verb``) that is only
    capitalised words and a time ("said Amnesty International on Tuesday, November
    19"): the inverted source of the clause before, never what was said (Quirk et al.
    1985, 18.24 on quotative inversion)."""
    if a.cue_start is None or a.cue_start > a.start or _lemma(text, a) not in _CLAUSE_VERBS:
        return False
    tokens = _WORD.findall(text, a.start, a.end)
    if not tokens or not tokens[0][:1].isupper():
        return False
    allowed = _time_words() | PREPOSITIONS | DETERMINERS
    return all(w[:1].isupper() or w.lower() in allowed for w in tokens)


def _bare_participle(text: str, a: Attribution) -> bool:
    """A cue that is only a past participle ("shown", "written": ``participle_only``)
    with no auxiliary before it ("the tweet shown above claimed", "a note written in
    pencil"): a participle modifying the noun before it, not that noun's verb (Quirk
    et al. 1985, 17.30 on reduced relatives). "has shown", "could have written" and a
    passive ("was written by") keep theirs."""
    if a.cue_start is None or a.speaker_start is None or a.speaker_start > a.cue_start:
        return False
    if text[a.cue_start : a.cue_end].lower() not in _PARTICIPLE_ONLY:
        return False
    between = text[a.speaker_end : a.cue_start].lower().replace("’", "'").split()
    before = text[max(0, a.speaker_end - 12) : a.speaker_end].lower().replace("’", "'")
    aux = any(w in _PERFECT_AUX or w.endswith(("'ve", "'s", "'d")) for w in between)
    return not aux and not before.endswith(("'ve", "'s", "'d"))


def _noun_cue(state: State, a: Attribution) -> bool:
    """Is the cue a noun here, the head of a noun phrase, not a verb? Two general signs
    (Quirk et al. 1985, 17.104-17.108 on noun compounds and postmodifying participles):
    a capitalised cue word inside a name in a sentence that is not in title case
    ("decades of United States policy"), and an "-s" form whose content opens with a
    participle and a preposition ("government documents leaked to the
    paper have shown", "Harbor protests exploding to new levels"), unless a singular
    verb makes the "-ing" form a gerund subject ("says going there has helped"): a verb
    of saying has its content's subject first, a noun its postmodifier."""
    text = state.text
    if a.cue_start is None or a.cue_end is None:
        return False
    cue = text[a.cue_start : a.cue_end]
    s_lo, s_hi = state.layout.sent_bounds[state.layout.sentence_at(a.cue_start)]
    if cue[:1].isupper() and text[s_lo : a.cue_start].strip():
        before = text[s_lo : a.cue_start].split()
        sentence = _WORD.findall(text, s_lo, s_hi)
        lower = sum(1 for w in sentence if w[:1].islower())
        if before[-1][:1].isupper() and lower * 2 > len(sentence):
            return True
    if not cue.endswith("s") or cue.endswith("ss") or a.cue_start > a.start:
        return False
    tokens = [w.group() for w in _WORD.finditer(text, a.start, _object_end(text, a, False))]
    if len(tokens) < 2 or not tokens[0].islower() or not tokens[0].endswith(("ed", "ing")):
        return False
    if tokens[0].endswith("ing") and set(w.lower() for w in tokens) & _SINGULAR_FINITE:
        return False  # "says going through a dark time has helped": a gerund subject
    return tokens[1].lower() in PREPOSITIONS


def _narrated_finding(text: str, a: Attribution, form: str) -> bool:
    """A verb of finding ("found", "discovered", "showed": ``finding_verb``) with a
    person, not a document, as its subject and no quotation: research the writer
    narrates about as often as a statement the researcher made (Hunston 2000)."""
    if a.kind == "direct" or form not in _PEOPLE_FORMS or a.cue_start is None:
        return False
    if _lemma(text, a) not in _FINDING_VERBS:
        return False
    mention = text[a.speaker_start : a.speaker_end].lower().split() if a.speaker_start else []
    if mention and mention[0] in _RELATIVE_PRONOUNS | {"it"}:
        return False  # "It shows that …", "which shows": most often a thing, a document
    heads = source_heads()
    return not any(heads.get(w.strip(".,;:")) == "document" for w in mention)


def _only_a_reporting_clause(text: str, a: Attribution) -> bool:
    """Content that is only a subject and a reporting verb ("she said" of "He said, she
    said", "they claim"): a second reporting clause with no content of its own, never
    what the first source said (Quirk et al. 1985, 16.31 on reporting clauses)."""
    words = [w.strip(".,;:!?“”\"'‘’") for w in text[a.start : a.end].split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= 3 or words[-1].lower() not in cue_lexicon():
        return False
    subject = words[0]
    if subject.lower() in DETERMINERS or any(w.endswith(("’s", "'s", "s’", "s'")) for w in words):
        return False  # "denied Swift's claims", "Mr. Trump's remarks": a noun phrase object
    if subject.lower() not in PRONOUNS and not subject[:1].isupper():
        return False
    if any(w.lower() in _FINITE for w in words[1:-1]):
        return False  # "he was joking": a progressive clause, content of its own
    return cue_lexicon()[words[-1].lower()][1] == "verb"


def _modal_perfect(text: str, a: Attribution) -> bool:
    """Is the cue a modal perfect ("could have shown", "would've said", "might not have
    known")? It tells what a source might or would have done, a counterfactual or a
    guess (Quirk et al. 1985, 4.60 and 14.25), not what it did say or show."""
    if a.cue_start is None:
        return False
    before = text[max(0, a.cue_start - 30) : a.cue_start].lower().replace("’", "'").split()
    before = [w for w in before[-4:] if w not in _SKIPPED_BEFORE_PERFECT]
    if before and before[-1].endswith("'ve"):
        return before[-1][:-3] in _MODAL_VERBS
    return len(before) >= 2 and before[-1] == "have" and before[-2].rstrip(",") in _MODAL_VERBS


def _opens_with_particle(text: str, a: Attribution) -> bool:
    """Content right after its cue opening with an adverb particle not followed by a
    clause link ("snapped around more", "find out about the plan", "the first thing they
    found out is"): the cue is a phrasal verb of another sense, or its object was moved
    away; the words after it are no content (Quirk et al. 1985, 16.2-16.4)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    tokens = [w.group().lower() for w in _WORD.finditer(text, a.start, min(a.end, a.start + 40))]
    if not tokens or tokens[0] not in _PARTICLES or _approximated_quantity(text, a.start, a.end):
        return False
    if (_lemma(text, a), tokens[0]) in _speech_prepositions():
        return False  # "called out his rival", "cried out for", "tweeted back at"
    return len(tokens) < 2 or tokens[1] not in _CLAUSE_WORDS


def _adjunct_before(text: str, a: Attribution) -> bool:
    """Content before its cue that is only a prepositional adjunct of the cue's clause
    ("In a recorded interview, X confessed …", "After that, X wrote"): it sets the
    scene of the saying, it is not what was said (Quirk et al. 1985, 8.1-8.3)."""
    if a.cue_start is None or a.cue_start < a.end:
        return False
    if "," in text[a.start : a.end]:
        return False  # "As a woman, Ms. Malik likely raised less suspicion": a clause after it
    tokens = [w.group().lower() for w in _WORD.finditer(text, a.start, a.end)]
    short = 1 < len(tokens) <= 3 and tokens[0] in PREPOSITIONS | SUBORDINATORS
    if short and not set(tokens[1:]) & (_FINITE | _all_subject_pronouns()):
        return True  # "After that, Ford wrote": "that" is a demonstrative here
    return adjunct_only(text, a.start, a.end) or text[a.start : a.end].lower() in _time_words()


@cache
def _speech_prepositions() -> frozenset[tuple[str, str]]:
    """(lemma, preposition) of prepositional speech verbs ("call for", "admit to", "hint
    at"; ``attribution_prepositions.tsv``): besides the topic prepositions any verb of
    saying takes ("about", "on", "of"), these only with their own verbs."""
    return frozenset(
        (r["lemma"], r["preposition"]) for r in lexicons.rows("attribution_prepositions")
    )


@cache
def _time_words() -> frozenset[str]:
    """Words that open a time expression ("Wednesday at the show", "last week")."""
    return _calendar_words() | frozenset(grammar("time_opener"))


def _holds_clause(text: str, lo: int, hi: int, lemma: str, strict: bool = False) -> bool:
    """Is content read as an object frame a proposition or the matter of a speech act
    (PARC 3.0, Pareti 2015)? A place or time adjunct is neither: content opening with
    a preposition of place or time ("before the House committee", "in a blog post") or
    a time expression ("Wednesday at the air show"), or a reflexive ("themselves in a
    vise"), with no finite auxiliary, subject pronoun or clause link after its first
    word. The prepositions of a prepositional speech verb ("warned against", "commented
    on": ``topic_preposition``; "called for", "admitted to": that verb's own, in
    ``attribution_prepositions.tsv``) and an infinitive keep their content, unless the
    preposition's object is a time ("said on Tuesday") or the verb has another sense
    ("reported for duty") (Quirk et al. 1985, 16.5; 14.2-14.6). ``strict`` (a relative
    pronoun as the speaker: "staffers who reported for duty, …, were") reads the adjunct
    only up to its comma, since the main clause goes on after it."""
    tokens = [w.group().lower() for w in _WORD.finditer(text, lo, hi)]
    if not tokens:
        return False
    first = tokens[0]
    if _approximated_quantity(text, lo, hi) or text[lo : lo + 1] in _NUMBER_OPENERS:
        return True  # "at least 5,000 people entered", "70% of adults need": a counted subject
    prepositions = PREPOSITIONS | POSTMODIFIER_PREPOSITIONS  # with "of"
    adjunct = first in prepositions or first in _time_words() or first in _REFLEXIVES
    adjunct = adjunct or first in ADJUNCT_OPENERS  # "wrote as Robert Jordan"
    links = _FINITE | _all_subject_pronouns() | _CLAUSE_WORDS
    if adjunct:
        # "before the committee in Washington, where lawmakers …": a relative clause
        # after the comma belongs to the adjunct; only its own stretch counts, unless a
        # clause of its own follows the comma ("noted at the time, the risk was …").
        end = _PHRASE_END.search(text, lo, hi)  # a comma, or a dash: "– on the same day"
        comma = end.start() if end else -1
        if comma >= 0 and not strict and first in prepositions:
            after = [w.group().lower() for w in _WORD.finditer(text, comma, hi)][:10]
            opener = after[0] if after else ""
            # a relative closes the adjunct; "that" after a comma opens content ("said,
            # for example, that she …"): a restrictive relative takes no comma.
            closing = (_RELATIVE_LINKS - {"that"}) | ADJUNCT_OPENERS | PREPOSITIONS
            if text[comma] == "," and opener not in closing and any(w in links for w in after):
                return True
        tokens = [w.group().lower() for w in _WORD.finditer(text, lo, hi if comma < 0 else comma)]
    if first in _CLAUSE_WORDS or any(w in links for w in tokens[1:]):
        return True
    if first in prepositions:
        if len(tokens) > 1 and tokens[1] in _time_words():
            # "said on Tuesday": a time, not the matter of the saying; what follows it
            # may be ("announced on Monday the lawsuit against …").
            rest = list(_WORD.finditer(text, lo, hi))[2:3]
            if not rest or "," in text[lo : rest[0].start()]:
                return False
            return _holds_clause(text, rest[0].start(), hi, lemma, strict)
        if first == "to" and len(tokens) > 1 and _infinitive_after(text, lo, hi):
            return True  # "promised to protect": an infinitive, not a preposition
        return first in _TOPIC_PREPOSITIONS or (lemma, first) in _speech_prepositions()
    return first not in _time_words() | _REFLEXIVES | ADJUNCT_OPENERS


def _infinitive_after(text: str, lo: int, hi: int) -> bool:
    """Does "to" at ``lo`` open an infinitive ("to protect Medicaid"), not a noun phrase
    ("to her family", "to Beijing's demands", "to an interview", "to 2021")?"""
    second = list(_WORD.finditer(text, lo, hi))[1:2]
    if not second:
        return False
    word = second[0].group()
    if text[lo] == "T" and word[:1].isupper():
        return True  # "Proposes To Eliminate Tax Breaks": a title-case headline
    if word[:1].isupper() or word[:1].isdigit() or word.lower() in DETERMINERS | PRONOUNS:
        return False
    if word.endswith("ing") and len(word) > 5:
        return False  # "admitted to threatening": a gerund (not "to bring")
    return not word.lower().endswith(("’s", "'s"))


def _approximated_quantity(text: str, lo: int, hi: int) -> bool:
    """Content opening with an approximator and a number ("at least 5,000 people", "up
    to 30 workers"): a counted subject, not a preposition or particle phrase (Quirk et
    al. 1985, 10.32 on approximators)."""
    return bool(_APPROXIMATED.match(text, lo, hi))


# A plea to a charge: "guilty", "not guilty", "no contest", "innocent".
_PLEA = re.compile(r"[\s“\"]*(?:" + "|".join(re.escape(w) for w in grammar("plea")) + r")\b", re.I)
_CLAUSE_WORDS = frozenset(grammar("clause_link")) - {"which"}
_RELATIVE_LINKS = frozenset(grammar("clause_link"))
_PRIMARY_FINITE = frozenset(grammar("finite_auxiliary")) - frozenset(grammar("modal"))
_TOPIC_PREPOSITIONS = frozenset(grammar("topic_preposition"))
_REFLEXIVES = frozenset(grammar("reflexive"))
_DEPICTIONS = frozenset(grammar("depiction_noun"))
_COORDINATORS = frozenset(grammar("coordinator"))
_PARTICLES = frozenset(grammar("particle"))
_DIRECTIVE_VERBS = frozenset(grammar("directive_verb"))
_PARTICIPLE_ONLY = frozenset(grammar("participle_only"))
_PERFECT_AUX = frozenset(grammar("participle_auxiliary"))
_LISTENERS = frozenset(grammar("listener_pronoun"))
_BODY_PARTS = frozenset(grammar("body_part"))
_GERUND = re.compile(r"[a-z]{3,}ing")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
_FUNCTION_AFTER_QUOTE = (
    DETERMINERS
    | PREPOSITIONS
    | frozenset(grammar("clause_link"))
    | frozenset(grammar("coordinator"))
)
_NOT_A_VERB = DETERMINERS | PRONOUNS | frozenset(grammar("clause_link")) | PREPOSITIONS
_NUMBER_OPENERS = frozenset("0123456789$€£")
_SINGULAR_FINITE = frozenset(grammar("singular_finite"))
# Nominative personal pronouns, never an object: a subject, so a clause starts there.
_NOMINATIVE = frozenset(
    r["entry"]
    for r in lexicons.rows("pronouns")
    if r["case"] in ("subject", "first_person") and r["entry"] not in ("it", "you")
)
_FINDING_VERBS = frozenset(grammar("finding_verb"))
# Speaker forms of people (not documents or bodies): whose findings may be narration.
_PEOPLE_FORMS = frozenset({"name", "person", "pronoun", "relative"})
_PHRASE_END = re.compile(r"[,;:](?=\s)|\s[—–-]\s|—")
_RELATIVE_PRONOUNS = frozenset(
    r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "relative"
)
_RELATIVE_AFTER_COMMA = re.compile(
    r",\s+(?:" + "|".join(sorted(_RELATIVE_PRONOUNS - {"that"})) + r")\b", re.I
)
_NEW_CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?:" + "|".join(sorted(frozenset(grammar("finite_auxiliary")) | _NOMINATIVE)) + r")\b",
    re.I,
)
# Modals of a modal perfect ("could have"), and what may stand between ("would not have").
_MODAL_VERBS = frozenset(grammar("perfect_modal"))
_SKIPPED_BEFORE_PERFECT = frozenset(grammar("perfect_adverb"))
_APPROXIMATED = re.compile(
    r"(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in grammar("approximator"))
    + r")\s+(?:\$|€|£)?\d",
    re.I,
)
_CITE = grammar("citing_verb")[0]
_CLAUSE_VERBS = frozenset(grammar("clause_verb"))
# Quotative inversion ("…, said X", "…, wrote X") is for verbs of saying only (Quirk et al.
# 1985, 18.24-18.25): a thought, a finding, a wish or an act never inverts.
_NOT_INVERTED = frozenset({"evidence", "cognition", "volition", "perception", "act", "naming"})
_MAX_CITED_WORDS = 8  # "a past testimony and a separate op-ed"; longer objects carry a claim
_NEGATED = re.compile(r"n[’']t$")


@cache
def _relatives() -> frozenset[str]:
    """Relative pronouns ("who", "which", "that")."""
    return frozenset(r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "relative")


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
    if _narrated_finding(state.text, a, form):
        # "he discovered that …", "they found the galaxies …": a researcher's finding
        # narrated by the writer, as often as a statement the researcher made (Hunston 2000).
        confidence = min(confidence, DOUBTFUL)
    if _modal_perfect(state.text, a):
        if cue_class == "evidence":
            return "counterfactual demonstration", confidence  # "voters could have shown"
        confidence = min(confidence, DOUBTFUL)  # "she would have said": a guess, not a report
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
