"""Reclaiming sentences after screening: a screened-out row hands its text back.

A cue inside the content of a source frame ("He may add staff or change duties, he
said.") can claim the sentence first; when the screen then drops its row ("add" with a
bare object reports nothing), the frame was lost. This pass, run right after the screen,
frees the text of the rows screened out and reads the indirect pass again in those
sentences only: the frames whatever verb of saying their content holds, and the plain
verbs of saying and source phrases a dropped row had swallowed ("X refused to answer …
but said …"). Every row found here is screened as any other (PARC 3.0, Pareti 2015:
each source-cue-content triple is an attribution of its own).
"""

from __future__ import annotations

from analysis.attribution.cues import Cue
from analysis.attribution.indirect import find_indirect
from analysis.attribution.screen import verdict
from analysis.attribution.state import State, kept_claims_only
from analysis.attribution.trailing import saying


def reclaim_frames(state: State) -> None:
    """After screening: a sentence whose inner cue's row was screened out is handed back
    to its source frame ("He may add staff or change duties, he said.": "add" with a bare
    object is no report, so "he said" reports the clause). Only the text of kept rows
    stays claimed while the frames are read again; a row found here is screened as any
    other (:func:`analysis.attribution.screen.verdict`)."""
    with kept_claims_only(state) as freed:
        before = len(state.found)
        if freed:
            find_indirect(state, inner_blocks=False, sentences=freed, only=_plain_report)
        added = state.found[before:]
    kept = state.found[:before]
    for a in added:
        reason, confidence = verdict(state, a)
        if reason is None:
            a.confidence = round(confidence, 2)
            kept.append(a)
    if added:
        state.replace_found(kept)


def _plain_report(text: str, cue: Cue) -> bool:
    """A source phrase, or a plain verb of saying in a past form or "says" ("said",
    "told", "noted"): a form that is no noun ("reports", "states", "comment") and no
    infinitive ("declined to comment"), so the only readings a screened-out row that
    swallowed it can hide are reports."""
    if cue.kind == "source_phrase":
        return True
    if not saying(cue) or cue.participle:
        return False
    form, bare = cue.text_form.split()[0], cue.lemma.split()[0]
    if form == bare or (form.endswith("s") and bare != "say"):
        return False  # "comment", "reports", "states": also nouns
    before = text[max(0, cue.start - 4) : cue.start].split()
    return before[-1:] != ["to"]
