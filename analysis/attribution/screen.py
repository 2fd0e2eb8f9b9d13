"""Screening: keep a row only when a source says, writes or reports something, and rate it.

Runs after the passes that find attributions and before continuations (so a quotation
paragraph never carries on a row that was screened out). Three kinds of general evidence
decide (Pareti 2015, PARC 3.0: source, cue, content):

* **The speaker mention's form** (:func:`~analysis.attribution.speaker_forms.speaker_form`): a name, a pronoun, a person, group,
  body or document noun can be a source; a dateline (``WASHINGTON —``), a number or heading
  label, a month or weekday, an adverb, a lone letter (``Q:``) or a bare common noun
  (``the calculations``) cannot.
* **The cue's class** (``cue_classes.tsv``): verbs of saying report whatever their frame;
  verbs of thought, evidence, naming and acts report only with clause or quoted content;
  a plan, a wish or a perception before an infinitive or a noun is no attribution
  ("a rover NASA plans to fly", "He felt a tap", "He declined to say when").
* **The frame**: a quotation, a that-clause, or a bare object; the word-by-word tests of
  content that is no content (a particle, an adjunct, a noun cue, a scare quote) are in
  :mod:`analysis.attribution.shapes`.

Each kept row gets a ``confidence`` (0-1: cue strength × frame × speaker form) and a
``check`` flag for doubtful rows (confidence below :data:`CHECK_BELOW`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis import lexicons
from analysis.attribution.content import adjunct_only
from analysis.attribution.cues import QUOTE_CHARS, cue_lexicon
from analysis.attribution.evidence import (
    clause_without_that,
    headed_by_document,
    offers_words,
    proposes_an_act,
    thought_clause,
)
from analysis.attribution.naming import names_in_own_words, titled_by_participle
from analysis.attribution.no_report import reports_nothing, sure_object, sure_reply
from analysis.attribution.screen_sources import named_group, screened_form
from analysis.attribution.senses import (
    hearsay_subject,
    modal_perfect,
    narrated_finding,
    other_sense,
    perceived_participle,
)
from analysis.attribution.shapes import (
    CLAUSE_VERBS,
    CLAUSE_WORDS,
    COORDINATORS,
    FINITE,
    NOMINATIVE,
    RELATIVE_PRONOUNS,
    WORD,
    adjunct_before,
    adverbial_participle,
    all_pronouns,
    bare_participle,
    cites_a_source,
    cue_lemma,
    depicts,
    holds_clause,
    in_as_clause,
    infinitive_after,
    noun_cue,
    object_end,
    only_a_name,
    only_a_reporting_clause,
    opens_with_coordination,
    opens_with_particle,
    opens_with_reflexive,
    opens_with_that,
    opens_with_verb,
    quoted_title,
    relative_forms,
    scare_quote,
    titled_adjunct,
)
from analysis.attribution.state import Attribution, State
from analysis.attribution.vocabulary import (
    ADJUNCT_OPENERS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SKIPPABLE,
    SUBORDINATORS,
    WEAK_BEFORE_TO,
    grammar,
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
    # "“…,” X barked": a verb of manner of speaking or reaction beside a quotation.
    "quotative": 0.9,
}
# A bare object ("reported earnings", "wrote songs", "rejected the attempt") is a reporting
# frame about half the time on real pages (hand audits, benchmarks/realnews.py): doubtful,
# so flagged; an object and an infinitive ("urged Chile to hold talks") is a directive.
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
    # A thing named by a premodifier ("the Black Friday Apple deals"): flagged, kept.
    "thing": 0.55,
    "not_a_speaker": 0.2,
}
# Classes of cue that report only with a clause or a quotation as content ("X believes
# that …", not "they knew little about …"); classes an infinitive after the cue turns
# into no attribution ("plans to fly", "declined to say when", "proved to be").
_NEEDS_CLAUSE = frozenset(
    {"cognition", "perception", "volition", "reply", "refusal", "evidence", "statement"}
)
_NO_INFINITIVE = frozenset({"volition", "perception", "refusal", "reply", "evidence", "act"})
_CLAUSE_LINK = re.compile(r"(?:that|whether|if|how|why|what|when|where|who)\b", re.I)
# An object then an infinitive: "Chile and its neighbours to hold talks".
_DIRECTIVE = re.compile(r"[^,;:]{1,60}?\s(?:not\s+)?to\s+(?P<verb>[a-z]+)\b")
_INFINITIVE = re.compile(r"[ \t]+(?:not[ \t]+)?to[ \t]+\w")
_LETTERS = re.compile(r"[^\W\d_]")
_CONTRACTED = re.compile(r"[’'](?:ll|s|d|re|ve|m)$")
# Subjects whose thought or wish is the writer's or the reader's, not a source's.
_GENERIC_SUBJECTS = frozenset({"you", "we", "i"})
# A bare quantity as the object: "added 20.72 points", "added $3 billion".
_QUANTITY_OBJECT = re.compile(
    r"[$€£]?\d[\d.,]*(?:%|\s+(?:points?|percent|per\s+cent|cents?|"
    r"dollars?|million|billion|yards?|runs?|goals?)\b)",
    re.I,
)
# A list of quantities ("2 Red, 1 Yellow"): a label, not a statement.
_QUANTITY_LIST = re.compile(r"\d[^,]*,\s*\d")


@cache
def cue_classes() -> dict[str, str]:
    """Lemma → class for the cues that are not plain verbs of saying (``cue_classes.tsv``)."""
    return {r["lemma"]: r["class"] for r in lexicons.rows("cue_classes")}


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
    first = words[0].lower().strip("“\"‘'(").rstrip(",;") if words else ""  # "that, on average"
    contracted, first = first, _CONTRACTED.sub("", first)  # "she’ll"
    if _CLAUSE_LINK.fullmatch(first) or first in all_pronouns() - {"him", "them", "her", "it"}:
        return "clause"
    if contracted != first and first in all_pronouns():
        return "clause"  # "it’s not the way": a pronoun with a verb glued on is a subject
    # A subject and a finite verb within the first words, before any comma: "the main fear
    # is rising rent" (not "a woman shouting, who was …": a relative clause inside an object).
    clause = text[a.start : a.end]
    set_off = (
        text[max(0, a.start - 8) : a.start].rstrip().endswith(",")
    )  # "According to X, as of 2016, …"
    if set_off and "," in clause and adjunct_only(text, a.start, a.start + clause.index(",")):
        clause = clause.split(",", 1)[1]  # "as of 2016, the town had …": a fronted adjunct
        words = clause.split()
    opening = clause.split(",", 1)[0].split()[:8]
    if opening == words[: len(opening)] and len(opening) == len(words):
        opening = opening[:-1]  # "the pinch worse than others do": an ending "do" is elliptic
    mention = text[a.speaker_start : a.speaker_end] if a.speaker_start is not None else ""
    if mention.lower() in RELATIVE_PRONOUNS:
        # "the clerk who reported the leak recalled that …": a reporting verb after the
        # relative clause's object is the main clause's verb, not the content's.
        lexicon = cue_lexicon()
        cut = [k for k, w in enumerate(opening) if w.endswith("ed") and w.lower() in lexicon]
        opening = opening[: cut[0]] if cut else opening
    opening = opening[: _second_predicate(opening, subordinate=False)]
    if first != "to" and any(_finite_after(opening, k) for k in range(1, len(opening))):
        return "clause"
    second = words[1] if len(words) >= 3 else ""
    if words[0][:1].isupper() and second.endswith(("ed", "s")) and second[:1].islower():
        return "clause"  # "… believes Trump lost", "said Ruiz wins" (not "Bernie Sanders")
    if _title_case(words) and any(w.lower() in FINITE for w in words[1:8]):
        return "clause"  # a headline "Mayor Says Bridge Will Close": capitals hide the verb
    return "object"


def _finite_after(words: list[str], k: int) -> bool:
    """Is ``words[k]`` a finite verb or modal, not a noun after a determiner ("had
    written a will", "the may of spring": Quirk et al. 1985, 5.10)?"""
    return words[k].strip(",;:") in FINITE and words[k - 1].lower() not in _NOUN_DETERMINERS


def _title_case(words: list[str]) -> bool:
    """Are three words or more all capitalised, as in a headline (AP Stylebook,
    "headlines")?"""
    letters = [w for w in words if w[:1].isalpha()]
    return len(letters) >= 3 and all(w[:1].isupper() for w in letters)


def _second_predicate(words: list[str], subordinate: bool = True) -> int:
    """Where a coordinated or subordinate predicate starts in the words after a cue: a
    coordinator before an "-ed" verb ("the design and launched a program"), "but" before
    a word that is no determiner, pronoun or clause link ("knowledge of crimes but feel
    that …"), or a subordinator
    after the first word ("victory as the council concluded"; only with ``subordinate``:
    whether a verb of thought reports at all is left to its own words, "felt comfortable
    because they could"). Its verb is not the content's (Quirk et al. 1985, 13.5 and
    15.17); len(words) when there is none."""
    for k, word in enumerate(words[1:], 1):
        low = word.lower().strip(",;:")
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        verb_next = after.endswith("ed") or (low == "but" and after not in _NOT_A_VERB)
        if (
            low in COORDINATORS
            and words[k + 1 : k + 2]
            and words[k + 1][:1].islower()
            and verb_next
        ):
            return k
        if subordinate and low in SUBORDINATORS and low not in CLAUSE_WORDS:
            return k
        if subordinate and low in ADJUNCT_OPENERS and after in DETERMINERS | NOMINATIVE:
            return k  # "victory as the council concluded", not "the vote as proof that"
    return len(words)


def _rated_frame(text: str, a: Attribution, frame: str) -> str:
    """The frame a row's confidence is rated by: an ``object`` read by :func:`_frame`
    that holds a verb further on ("a fire that destroyed a barn may have …",
    "more than 9,000 people signed up") is a clause without "that"; one with an
    infinitive after its object is a ``directive``; the rest stays a bare object."""
    if frame != "object":
        return frame
    if a.cue_start is not None and cue_lemma(text, a) in CLAUSE_VERBS:
        return "clause"  # "said the campaign made a mistake": "say" takes a clause, not a noun
    cue_class = _cue_class_of(text, a)
    if cue_class == "source_phrase":
        return "clause"  # "according to X, her label, which …, is": a source's claim
    saying = cue_class == "speech"
    first = WORD.match(text, a.start)
    if (
        saying
        and first
        and first.group().lower() == "to"
        and infinitive_after(text, a.start, a.end)
        and cue_lemma(text, a) not in WEAK_BEFORE_TO  # "the dispute threatened to stall"
    ):
        return "directive"  # "promised to protect the park": a commitment reported
    tokens = [w.group() for w in WORD.finditer(text, a.start, object_end(text, a, saying))]
    if saying and tokens and _GERUND.fullmatch(tokens[0]):
        return "clause"  # "reported hearing sirens", "denied having lied": a gerund clause
    if _pronoun_subject_follows(tokens):
        return "clause"  # "told nurses he picked mushrooms", "reiterated it still finds"
    tokens = tokens[: _second_predicate(tokens)]
    relatives = all_pronouns() | CLAUSE_WORDS
    mention = text[a.speaker_start : a.speaker_end] if a.speaker_start is not None else ""
    relative_speaker = mention.lower() in RELATIVE_PRONOUNS
    in_relative = False
    for k, (before, word) in enumerate(zip(tokens, tokens[1:], strict=False)):
        in_relative = in_relative or before.lower() in RELATIVE_PRONOUNS | {"whose"}
        if k and not saying and before.lower() in RELATIVE_PRONOUNS:
            break  # "notes the rule that crews carry radios": a clause inside the object
        if word in FINITE and before.lower() not in _NOUN_DETERMINERS:
            return "clause"  # lower case: "in May" is a month; "a will" is a noun
        # after a relative pronoun an "-ed" verb is the relative clause's ("refunds from
        # firms whose brakes failed"); a finite verb may still be the content's.
        ed_verb = word.islower() and word.endswith("ed") and not in_relative
        if ed_verb and relative_speaker and word.lower() in cue_lexicon():
            break  # "the clerk who reported the leak recalled that …": the main clause's verb
        if ed_verb and before.lower() not in relatives | COORDINATORS | DETERMINERS:
            # not "earnings that topped estimates", "a streak … and ended", nor "the
            # flawed hinge": after a determiner an "-ed" word is an adjective
            return "clause"
    return "directive" if _directive(text, a) else "object"


def _pronoun_subject_follows(tokens: list[str]) -> bool:
    """Does a clause with a pronoun subject open the content, or follow a listener
    ("nurses he picked mushrooms", "police she was home")? A nominative pronoun is a
    subject (Quirk et al. 1985, 6.3); "it" only before a verb ("it still finds", not
    "called it a sham"); after a verb of telling the noun before it is the listener
    (16.59)."""
    low = [w.lower() for w in tokens[:6]]
    if any(w in NOMINATIVE for w in low[:4]):
        k = next(k for k, w in enumerate(low) if w in NOMINATIVE)
        return k == 0 or all(w not in CLAUSE_WORDS for w in low[:k])
    if len(low) >= 2 and low[0] == "it":
        verb = low[2] if low[1] in SKIPPABLE and len(low) > 2 else low[1]
        return verb in FINITE or (verb.endswith("s") and verb not in DETERMINERS)
    return False


def _cue_class_of(text: str, a: Attribution) -> str:
    """The class of a row's cue word (``speech`` for a plain verb of saying), as
    :func:`_cue_class` without the punctuation cues."""
    cue = " ".join(text[a.cue_start : a.cue_end].lower().split())
    lemma, kind = cue_lexicon().get(cue, (cue, "verb"))
    return "source_phrase" if kind == "source_phrase" else cue_classes().get(lemma, "speech")


def _directive(text: str, a: Attribution) -> bool:
    """An object then an infinitive after a verb of directing ("urged Chile to hold
    talks", "told managers to wait"; ``directive_verb``): a directive reported, surer
    than a bare object (Quirk et al. 1985, 16.63)."""
    first = WORD.match(text, a.start)
    if first is None or first.group().lower() == "to" or cue_lemma(text, a) not in _DIRECTIVE_VERBS:
        return False  # "agreed a deal to lead the club": a noun's infinitive, no directive
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
    if reports_nothing(text, a, cue_class, lambda: _rated_frame(text, a, frame)):
        return False  # "wrote songs", "called an ambulance", "a device that supports …"
    if cue_class == "quotative" and a.kind == "indirect":
        return False  # "pressed the button": a quotative verb reports only a quotation
    if a.kind in ("indirect", "mixed") and bare_participle(text, a):
        return False  # "the post shown below claimed …": a participle modifying a noun
    if a.kind in ("indirect", "mixed") and noun_cue(state, a):
        return False  # "council documents leaked to …", "years of United States policy"
    if a.kind in ("indirect", "mixed") and opens_with_particle(text, a):
        return False  # "who reported back", "his hips snapped around faster": a phrasal verb
    inverted = a.speaker_start is not None and a.cue_start is not None
    if (
        inverted
        and a.kind != "direct"
        and a.cue_end <= a.speaker_start
        and cue_class in _NOT_INVERTED
    ):
        return False  # "Photos …, show the singer": only verbs of saying invert (“…,” said X)
    cue_end = a.cue_end if a.cue_end is not None and a.cue_end <= a.start + 1 else None
    if cue_class in _NO_INFINITIVE and cue_end is not None and _INFINITIVE.match(text, cue_end):
        return False  # "plans to fly", "declined to say", "proved to be"
    mention = text[a.speaker_start : a.speaker_end].lower() if a.speaker_start is not None else ""
    if cue_class == "naming" and mention.split()[:1] in (["a"], ["an"]):
        return False  # "a hydrocarbon called acetylene": a name, not speech
    if cue_class == "naming" and in_as_clause(text, a):
        return False  # "the “new Brightmoor,” as Vole dubbed the merger, will …": a name used
    short = a.kind == "direct" and len(text[a.start : a.end].split()) < 4
    if cue_class == "naming" and short and not names_in_own_words(text, a, form):
        return False  # "a game called ‘Night Harbour’": a title in quotation marks
    if cue_class == "naming" and a.kind in ("direct", "mixed") and titled_by_participle(text, a):
        return False  # "the group called “Friends of the Bay”": a title, not a label
    if cue_class == "evidence" and a.kind == "direct" and quoted_title(text, a):
        return False  # "TV shows like “Star Wars,”": a title, shown not said
    if a.kind == "direct" and scare_quote(text, a):
        return False  # "denied ‘sensational’ claims": a quoted modifier of the next noun
    if mention in _GENERIC_SUBJECTS and a.kind != "direct":
        return False  # "you think", "we estimate", "I write": the writer's or reader's voice
    if a.kind == "indirect" and _QUANTITY_OBJECT.match(text, a.start) and cue_class == "speech":
        return False  # "the index added 20.72 points": arithmetic, not speech
    if cue_class in ("evidence", "act") and depicts(mention) and not opens_with_that(text, a):
        return False  # "The video shows the officers …": a recording depicts a scene
    if cue_class == "act" and form == "document" and frame == "object":
        return False  # "Data … supported the existence of …": support is done by people
    if a.kind != "direct" and form in ("document", "thing") and perceived_participle(text, a):
        return False  # "watch the same, tired slogan painted on every wall": no speaker
    if a.kind != "direct" and other_sense(text, a):
        return False  # "reckoned with the cost of …", "found them under the bark of …"
    if cue_class in ("evidence", "act") and opens_with_reflexive(text, a):
        return False  # "those firms find themselves in a bind": no content
    reporting_source = form in ("document", "body") or headed_by_document(mention)
    if cue_class == "evidence" and reporting_source and frame == "object":
        return True  # "a poll shows Trump leading": what a poll or a body reports
    if a.kind in ("indirect", "mixed") and opens_with_verb(text, a):
        return False  # "nurse strikes were held", "the card Gus wrote was “warm”"
    if cue_class == "reply" and a.kind != "direct" and offers_words(text, a, form):
        return True  # "Hale offered the crowd an emotional apology": words given
    if cue_class in _NEEDS_CLAUSE and a.kind != "direct":
        # "added the exact cause of the fire remained unclear": a verb of saying's
        # clause without "that" may have its verb past the first words
        late_clause = cue_class == "statement" and _rated_frame(text, a, frame) == "clause"
        late_clause = late_clause or (cue_class == "cognition" and thought_clause(text, a))
        if cue_class in ("evidence", "reply"):
            late_clause = clause_without_that(text, a)  # "a survey found the mayor had …"
            late_clause = late_clause or proposes_an_act(text, a, form)  # "suggests cutting"
        return frame != "object" or late_clause
    if cue_class == "plea" and _PLEA.match(text, a.start):
        return False  # "pleaded not guilty to fraud": a plea to a charge, not speech
    if a.kind == "indirect" and frame == "object" and cites_a_source(state, a):
        return False  # "the broadcaster said, citing the port authority": a source, no content
    if a.kind == "mixed" and titled_adjunct(state, a):
        return False  # "said on “GBTK.”": a medium named in quotation marks, no content
    if a.kind == "indirect" and only_a_reporting_clause(text, a):
        return False  # "He said, she said": the words after the cue report, they are not content
    if a.kind in ("indirect", "mixed") and opens_with_coordination(text, a, a.kind == "mixed"):
        return False  # "she objected and ran a test": no content, a second verb
    if a.kind in ("indirect", "mixed") and adverbial_participle(text, a):
        return False  # "Hale said while visiting the fair": when he said it, not what
    if a.kind == "indirect" and adjunct_before(text, a):
        return False  # "During the meeting, the treasurer asked about …": the words before are no content
    if a.kind == "indirect" and frame == "object" and only_a_name(text, a):
        return False  # "…, said Harbor Watch on Friday": the source, inverted
    if a.kind == "indirect" and frame == "object":
        return holds_clause(text, a.start, a.end, cue_lemma(text, a), mention in relative_forms())
    return True


# Quotative inversion ("…, said X", "…, wrote X") is for verbs of saying only (Quirk et al.
# 1985, 18.24-18.25): a thought, a finding, a wish or an act never inverts.
_NOT_INVERTED = frozenset({"evidence", "cognition", "volition", "perception", "act", "naming"})


def verdict(state: State, a: Attribution) -> tuple[str | None, float]:
    """Why ``a`` is no attribution (None when it is one), and its confidence."""
    cue_class = _cue_class(state, a)
    frame = _frame(state, a)
    rated = _rated_frame(state.text, a, frame)
    form = screened_form(state, a, cue_class, rated)
    if rated == "object" and sure_object(state.text, a, cue_class, form):
        rated = "clause"  # "accused the board of bias", "denied the allegations"
    strength = 1.0 if sure_reply(state.text, a, cue_class) else CUE_STRENGTH[cue_class]
    confidence = strength * FRAME_STRENGTH[rated] * SPEAKER_STRENGTH[form]
    if a.cue_start is not None and not _reports(state, a, cue_class, frame, form):
        return f"{cue_class}/{frame}/{form}", confidence
    if narrated_finding(state.text, a, form):
        # "he discovered that …", "they found the galaxies …": a researcher's finding
        # narrated by the writer, as often as a statement the researcher made (Hunston 2000).
        confidence = min(confidence, DOUBTFUL)
    if hearsay_subject(state.text, a):
        # "People ask you to …", "Everyone says …": hearsay of nobody in particular, which a
        # reader should check before counting it as a source's words
        confidence = min(confidence, DOUBTFUL)
    if modal_perfect(state.text, a):
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
    no digits, and content of at least three words ("Shop it now: Quorvex", "Lunch
    Box Set: 2 Red, 1 Yellow" and "Rovers (2-1): Ivo Brandt 6 saves" are labels)."""
    text = state.text
    mention = text[a.speaker_start : a.speaker_end]
    words = mention.split()
    if any(ch.isdigit() for ch in mention):
        return False
    reporting_document = len(words) == 1 and words[0].lower() in _HEADLINE_DOCUMENTS
    if form not in ("name", "body", "person") and not (
        a.start > a.speaker_start and reporting_document
    ):
        return False  # "Poll: Mayor Leads Rival" is a poll's finding; "Analysis: …" a label
    capitalised = all(w[:1].isupper() or w.lower() in DETERMINERS | {"of", "and"} for w in words)
    if not capitalised and not named_group(words, form):
        return False
    content = text[a.start : a.end]
    quoted = any(ch in QUOTE_CHARS for ch in content)
    if a.start < a.speaker_start and len(words) < 2 and not quoted and len(content.split()) < 4:
        return False  # "Shop it now: Quorvex": a one-word label after a short line
    if a.start > a.speaker_start and words[0].lower() in DETERMINERS and form == "name":
        return False  # "The Seed Stage: …": a section label, not a named source
    if _QUANTITY_LIST.search(content):
        return False
    return sum(1 for w in content.split() if _LETTERS.match(w.strip("“\"‘'"))) >= 3


def rate_continuation(source: Attribution) -> float:
    """A continuation is as trustworthy as its source, a little less."""
    return round((source.confidence or 0.0) * CONTINUATION_SHARE, 2)


_DIRECTIVE_VERBS = frozenset(grammar("directive_verb"))
_GERUND = re.compile(r"[a-z]{3,}ing")
_NOT_A_VERB = DETERMINERS | PRONOUNS | frozenset(grammar("clause_link")) | PREPOSITIONS
# A plea to a charge: "guilty", "not guilty", "no contest", "innocent".
_PLEA = re.compile(r"[\s“\"]*(?:" + "|".join(re.escape(w) for w in grammar("plea")) + r")\b", re.I)
_HEADLINE_DOCUMENTS = frozenset(grammar("headline_document"))
# Determiners only a noun follows ("a will", "the may"; not "this is", "all this was").
_NOUN_DETERMINERS = frozenset(grammar("noun_determiner"))
