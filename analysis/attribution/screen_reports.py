"""Whether a row is an attribution at all, by the evidence of its cue's class, its frame
and its speaker's form (Pareti 2015, PARC 3.0: source, cue, content).

Each test drops a row whose words report nothing ("wrote songs", "plans to fly", "a
hydrocarbon called acetylene"); the word-by-word shapes of content that is no content
are in :mod:`analysis.attribution.shapes`. Moved out of :mod:`analysis.attribution.screen`,
which calls :func:`reports` for every row with a cue.
"""

from __future__ import annotations

import re

from analysis.attribution.evidence import (
    announces_a_plan,
    clause_without_that,
    headed_by_document,
    offers_words,
    proposes_an_act,
    shows_no_plan,
    thought_clause,
)
from analysis.attribution.naming import names_in_own_words, titled_by_participle
from analysis.attribution.no_report import reports_nothing
from analysis.attribution.screen_frames import rated_frame
from analysis.attribution.screen_objects import unsaid
from analysis.attribution.senses import attains, other_sense, perceived_participle
from analysis.attribution.shapes import (
    adjunct_before,
    adverbial_participle,
    bare_participle,
    cites_a_source,
    cue_lemma,
    depicts,
    holds_clause,
    in_as_clause,
    noun_cue,
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
from analysis.attribution.vocabulary import grammar

# Classes of cue that report only with a clause or a quotation as content ("X believes
# that …", not "they knew little about …"); classes an infinitive after the cue turns
# into no attribution ("plans to fly", "declined to say when", "proved to be").
_NEEDS_CLAUSE = frozenset(
    {"cognition", "perception", "volition", "reply", "refusal", "evidence", "statement"}
)
_NO_INFINITIVE = frozenset({"volition", "perception", "refusal", "reply", "evidence", "act"})
_INFINITIVE = re.compile(r"[ \t]+(?:not[ \t]+)?to[ \t]+\w")
# Subjects whose thought or wish is the writer's or the reader's, not a source's.
_GENERIC_SUBJECTS = frozenset({"you", "we", "i"})
# A bare quantity as the object: "added 20.72 points", "added $3 billion".
_QUANTITY_OBJECT = re.compile(
    r"[$€£]?\d[\d.,]*(?:%|\s+(?:points?|percent|per\s+cent|cents?|"
    r"dollars?|million|billion|yards?|runs?|goals?)\b)",
    re.I,
)
# A plea to a charge: "guilty", "not guilty", "no contest", "innocent".
_PLEA = re.compile(r"[\s“\"]*(?:" + "|".join(re.escape(w) for w in grammar("plea")) + r")\b", re.I)
# Quotative inversion ("…, said X", "…, wrote X") is for verbs of saying only (Quirk et al.
# 1985, 18.24-18.25): a thought, a finding, a wish or an act never inverts.
_NOT_INVERTED = frozenset({"evidence", "cognition", "volition", "perception", "act", "naming"})


_FIRST_PERSON = frozenset({"i"})
_TELLING = frozenset({"tell"})


def told_that(text: str, a: Attribution, mention: str) -> bool:
    """``I told the judge that the money was gone``: the first person telling someone
    "that …" reports their own earlier words, not the writer's present view."""
    if mention not in _FIRST_PERSON or a.cue_end is None or cue_lemma(text, a) not in _TELLING:
        return False
    return opens_with_that(text, a) or text[a.start : a.start + 5].lower() == "that "


def reports(state: State, a: Attribution, cue_class: str, frame: str, form: str) -> bool:
    """Is the row an attribution at all, by the evidence of its cue, frame and speaker?"""
    text = state.text
    if form == "not_a_speaker" or (form == "common" and frame != "quotation"):
        return False
    if cue_class == "not_reporting":
        return False
    if shows_no_plan(text, a, form):
        return False  # "unveiled a new car": only "unveiled a plan to …" reports
    if unsaid(text, a, cue_class, frame, form):
        return False  # "a device that supports …", "may still believe", "if he reports"
    if reports_nothing(text, a, cue_class, lambda: rated_frame(text, a, frame)):
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
    if mention in _GENERIC_SUBJECTS and a.kind != "direct" and not told_that(text, a, mention):
        return False  # "you think", "we estimate", "I write": the writer's or reader's voice
    if a.kind == "indirect" and _QUANTITY_OBJECT.match(text, a.start) and cue_class == "speech":
        return False  # "the index added 20.72 points": arithmetic, not speech
    if cue_class in ("evidence", "act") and depicts(mention) and not opens_with_that(text, a):
        return False  # "The video shows the officers …": a recording depicts a scene
    if cue_class == "act" and form == "document" and frame == "object":
        return False  # "Data … supported the existence of …": support is done by people
    if a.kind != "direct" and form in ("document", "thing") and perceived_participle(text, a):
        return False  # "watch the same, tired slogan painted on every wall": no speaker
    if a.kind == "indirect" and frame == "object" and attains(text, a):
        return False  # "finds a purpose for the old barn", "found a way to win": attained
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
        late_clause = cue_class == "statement" and rated_frame(text, a, frame) == "clause"
        late_clause = late_clause or (cue_class == "cognition" and thought_clause(text, a))
        if cue_class in ("evidence", "reply"):
            late_clause = clause_without_that(text, a)  # "a survey found the mayor had …"
            late_clause = late_clause or proposes_an_act(text, a, form)  # "suggests cutting"
        late_clause = late_clause or announces_a_plan(text, a, form)  # "revealed plans to …"
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
