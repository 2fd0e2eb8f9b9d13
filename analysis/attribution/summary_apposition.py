"""A noun summing up a report, with a report of its own: ``X said A, a claim Y denied``.

A sentential apposition (Quirk et al. 1985, 17.65-17.67 and 17.81) after the content of
a report names that content ("a charge", "a claim", "something") and carries a relative
clause whose own source takes a stand on it ("…, a charge that the clerk has denied").
The first content ends before the apposition's comma; the apposition with its relative
pronoun is the content of the second cue, whose subject is its speaker (PARC 3.0: each
source-cue-content triple is an attribution of its own, Pareti 2015).
"""

from __future__ import annotations

import re

from analysis.attribution import vocabulary as v
from analysis.attribution.phrases import first_word
from analysis.attribution.subjects import verb_like

_SUMMARY_NOUNS = frozenset(v.grammar("summary_noun"))
# ", a charge that", ", a bold claim which", ", something": then the relative's subject.
_APPOSITION = re.compile(
    r",\s+(?P<np>(?:(?:a|an)\s+(?:(?!that\b|which\b)[a-z]+\s+)?)?(?P<noun>(?!that\b|which\b)[a-z]+)(?:\s+(?:that|which))?)\s+$"
)
# The apposition and its relative pronoun are a few words: search only this far back.
APPOSITION_CHARS = 50


def apposition_before(text: str, lo: int, subject_start: int) -> re.Match[str] | None:
    """The summing-up apposition right before the subject of a later cue, if any: its
    match starts at the comma that ends the first content (group ``np`` is the noun
    phrase with its relative pronoun)."""
    found = _APPOSITION.search(text, max(lo, subject_start - APPOSITION_CHARS), subject_start)
    if found is None or found.group("noun") not in _SUMMARY_NOUNS:
        return None
    subject = first_word(text, subject_start)
    if subject is None or verb_like(subject.group()):
        return None  # ", a move that outlived two appeals": "that" is the subject
    article = found.group("np").split()[0]
    if found.group("noun") == "something" and article in {"a", "an"}:
        return None
    if found.group("noun") != "something" and article not in {"a", "an"}:
        return None  # ", claims Y denied": a bare plural is no apposition to one clause
    return found
