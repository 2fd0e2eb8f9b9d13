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

The frame and the cue's class are read by :mod:`analysis.attribution.screen_frames`
(:func:`cue_classes` is re-exported here for callers), whether a row reports at all by
:mod:`analysis.attribution.screen_reports`; this module weighs the three and keeps rows.
"""

from __future__ import annotations

import re

from analysis.attribution.cues import QUOTE_CHARS
from analysis.attribution.doubtful_frames import doubtful
from analysis.attribution.evidence import announces_a_plan
from analysis.attribution.no_report import sure_object, sure_reply
from analysis.attribution.screen_frames import (
    content_frame,
    cue_classes,
    rated_frame,
    screened_cue_class,
)
from analysis.attribution.screen_mental import narrated_mental_state
from analysis.attribution.screen_no_words import says_no_words
from analysis.attribution.screen_objects import stated_belief
from analysis.attribution.screen_reports import reports
from analysis.attribution.screen_senses import sung, thing_antecedent
from analysis.attribution.screen_sources import named_group, screened_form
from analysis.attribution.screen_unspoken import (
    directive_by_an_act,
    directive_runs_on,
    frame_before_saying,
    imagined_utterance,
    unspoken,
)
from analysis.attribution.senses import hearsay_subject, modal_perfect, narrated_finding
from analysis.attribution.state import Attribution, State
from analysis.attribution.vocabulary import DETERMINERS, grammar

__all__ = ["CHECK_BELOW", "cue_classes", "rate_continuation", "screen", "verdict"]

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
_LETTERS = re.compile(r"[^\W\d_]")
# A list of quantities ("2 Red, 1 Yellow"): a label, not a statement.
_QUANTITY_LIST = re.compile(r"\d[^,]*,\s*\d")
_HEADLINE_DOCUMENTS = frozenset(grammar("headline_document"))
# A price in a line after a colon ("New Deal: Wireless Earbuds for $39"): a shop listing.
_PRICE = re.compile(r"\b(?:for|at|only|just|now)\s+(?:US)?[$€£]\s?\d")


def verdict(state: State, a: Attribution) -> tuple[str | None, float]:
    """Why ``a`` is no attribution (None when it is one), and its confidence."""
    cue_class = screened_cue_class(state, a)
    frame = content_frame(state, a)
    rated = rated_frame(state.text, a, frame)
    form = screened_form(state, a, cue_class, rated)
    if rated == "object" and sure_object(state.text, a, cue_class, form):
        rated = "clause"  # "accused the board of bias", "denied the allegations"
    if rated == "object" and announces_a_plan(state.text, a, form):
        rated = "clause"  # "announced plans to expand the fleet": an announcement
    strength = 1.0 if sure_reply(state.text, a, cue_class) else CUE_STRENGTH[cue_class]
    confidence = strength * FRAME_STRENGTH[rated] * SPEAKER_STRENGTH[form]
    if a.cue_start is not None and not reports(state, a, cue_class, frame, form):
        return f"{cue_class}/{frame}/{form}", confidence
    if stated_belief(state.text, a, cue_class, form):
        # "The agency believes that …": a belief held by a named source, with "that"
        confidence = max(confidence, CHECK_BELOW)
    if narrated_finding(state.text, a, form):
        # "they found the galaxies …" (no "that"): a researcher's finding narrated by the
        # writer, as often as a statement the researcher made (Hunston 2000).
        confidence = min(confidence, DOUBTFUL)
    if hearsay_subject(state.text, a):
        # "People ask you to …", "Everyone says …": hearsay of nobody in particular, which a
        # reader should check before counting it as a source's words
        confidence = min(confidence, DOUBTFUL)
    if confidence < CHECK_BELOW and thing_antecedent(state.text, a):
        # "the only camera that supports night mode", "blood work, which showed …": a doubtful row
        # whose subject is a relative on a thing reports nobody's words
        return "relative on a thing", confidence
    if confidence < CHECK_BELOW and says_no_words(state.text, a):
        # "forecasts called for low humidity", "a region like X demands deployment"
        return "no words said", confidence
    if confidence < CHECK_BELOW and unspoken(state.text, a, cue_class, form):
        # "it confirms earlier surveys", "defended the plan, saying …", "reported the call"
        return "nobody's words", confidence
    if confidence < CHECK_BELOW and narrated_mental_state(state.text, a):
        # "Ruiz thought voters would forgive her", "She wondered whether to run"
        return "a mental state narrated", confidence
    if imagined_utterance(state.text, a):
        # "the more it drags on, the more voters will sigh and mutter, “…”": a conjecture
        return "imagined utterance", confidence
    if directive_by_an_act(state.text, a, rated):
        # "encouraged users to post more, by prompting them to …": a nudge made by an act
        return "directive by an act", confidence
    if frame_before_saying(state.text, a):
        # "defended the plan, saying …": the words are the participle's row, the object
        # names only what was defended (PolNeAR marks the frame too: 2 on train, 1 on dev)
        return "a stance before its saying", confidence
    if directive_runs_on(state.text, a, rated):
        # "asked the board to drop the deal and returned the money": acts told, flagged
        confidence = min(confidence, DOUBTFUL)
    if sung(state.text, a):
        confidence = min(confidence, DOUBTFUL)  # lyrics: a singer's words, not a statement
    if modal_perfect(state.text, a):
        if cue_class == "evidence":
            return "counterfactual demonstration", confidence  # "voters could have shown"
        confidence = min(confidence, DOUBTFUL)  # "she would have said": a guess, not a report
    confidence = min(confidence, DOUBTFUL) if doubtful(state.text, a, cue_class) else confidence
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
    if _QUANTITY_LIST.search(content) or _PRICE.search(content):
        return False  # "Lunch Box Set: 2 Red, 1 Yellow", "Price Drop: Earbuds for $39"
    return sum(1 for w in content.split() if _LETTERS.match(w.strip("“\"‘'"))) >= 3


def rate_continuation(source: Attribution) -> float:
    """A continuation is as trustworthy as its source, a little less."""
    return round((source.confidence or 0.0) * CONTINUATION_SHARE, 2)
