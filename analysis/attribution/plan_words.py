"""A plan made known: the object of "announced plans to …" (issue 10, round 11).

Read by the cue finder (:mod:`~analysis.attribution.verb_readings`: "outline", "lay out"
and "unveil" are cues only before a plan) and by the screen
(:func:`analysis.attribution.evidence.announces_a_plan`). Kept apart so that both can
import it without a cycle.
"""

from __future__ import annotations

import re

from analysis.attribution.vocabulary import grammar

PLAN_ONLY = frozenset(grammar("plan_only_cue"))
_PLAN_NOUNS = frozenset(grammar("plan_noun"))
# How many words may stand before the plan noun ("revealed its new plans") and between
# the plan noun and its "to"/"for" ("announced plans this week to …").
_PLAN_OPENING = 4
_PLAN_GAP = 3
_CLAUSE_END = re.compile(r"[.;:!?]")
_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,]*")


def plan_after(text: str, pos: int) -> bool:
    """Does a plan noun (``plan_noun``) open the words after ``pos`` within a few words,
    with its "to"/"for" complement or ending its clause ("plans to expand", "its new
    plan for", "outlined his cybersecurity plan.")?"""
    clause = _CLAUSE_END.split(text[pos : pos + 120], 1)
    words = [m.group().lower() for m in _WORD.finditer(clause[0])][:12]
    for k, word in enumerate(words[: _PLAN_OPENING + 1]):
        if word in _PLAN_NOUNS:
            ends_clause = k == len(words) - 1 and len(clause) > 1
            return ends_clause or any(w in ("to", "for") for w in words[k + 1 : k + 2 + _PLAN_GAP])
    return False
