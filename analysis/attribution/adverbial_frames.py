"""A cue inside a fronted adverbial clause is no introduction of the quotation after it.

``Ruiz said that when the mayor railed against the banks, “it was a fair point.”``: the
cue "railed" sits in a clause opened by a subordinator ("when", "if", "because"), and
the comma after its own object closes that clause (Quirk et al. 1985, 15.17-15.22 and
8.88 on adverbial clauses before the main clause). The quotation after the comma is the
main clause, the words of the sentence's reporter, not of the subordinate clause's
subject. A subordinate cue with nothing after it ("After Ruiz warned, “…”") still
introduces its quotation, and "as" clauses ("As Ruiz put it, “…”") are
:mod:`~analysis.attribution.introductions`' own. Also here: a circumstance of the saying
between the cue and its quotation ("said in a guest column after the inquiry,").
"""

from __future__ import annotations

from analysis.attribution.cues import Cue
from analysis.attribution.phrases import words
from analysis.attribution.vocabulary import ADDRESSEE_VERBS, PREPOSITIONS, SUBORDINATORS

# Longest stretch between a cue and its quotation when the stretch is a circumstance
# ("said in a guest column after the 2019 inquiry into the bridge collapse,").
MAX_CIRCUMSTANCE_INTRO_WORDS = 20


def closes_adverbial_clause(
    text: str, s_lo: int, cue: Cue, speaker: tuple[int, int], gap: str
) -> bool:
    """Does the cue's clause open with a subordinator right before its subject, and does
    the stripped ``gap`` between the cue and the quotation hold words before its comma
    (the cue's own object or adjunct)?"""
    if not gap.endswith(",") or not gap[:-1].strip() or cue.lemma in ADDRESSEE_VERBS:
        return False  # ("when he told the crowd, “…”": an addressee, then what was said)
    before = words(text, max(s_lo, speaker[0] - 20), speaker[0])
    return bool(before) and before[-1][2].lower() in SUBORDINATORS


def circumstance_intro(stretch: str) -> bool:
    """``in a guest column after the inquiry,``: a stretch after the cue that opens with
    a preposition and holds no clause ("that …") is a circumstance of the saying, so the
    quotation after it is what was said, however long the stretch."""
    found = stretch.split()
    return (
        0 < len(found) <= MAX_CIRCUMSTANCE_INTRO_WORDS
        and found[0].lower() in PREPOSITIONS
        and "that" not in (w.strip(",:").lower() for w in found)
    )
