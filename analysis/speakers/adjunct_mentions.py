"""Mentions inside a fronted adverbial phrase, which a pronoun after it seldom takes up.

``In a statement to reporters the day the bids from Vantor were due, it said …``: the
body named inside the opening prepositional phrase is no likely antecedent of the
clause's subject "it"; the topic of the sentences before is. Lappin & Leass (1994) give
a mention outside any adverbial prepositional phrase a "non-adverbial emphasis" of 50;
here a mention inside one loses that much, and its head emphasis (it is embedded in
the phrase). A phrase opened by a subordinator ("After Vantor won the bid, it said")
may be a clause whose subject the pronoun takes up: it keeps its weight.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.attribution.vocabulary import grammar

# the weight Lappin & Leass (1994) give a mention outside an adverbial phrase
NON_ADVERBIAL_WEIGHT = 50.0

# how far back the opening of the pronoun's sentence is looked for
_SENTENCE_REACH = 400

_FIRST_WORD = re.compile(r"\W*([A-Za-z]+)")


@cache
def _prepositions() -> frozenset[str]:
    """Prepositions that open a phrase, not a clause: "after", "since" and the other
    subordinators may open a clause whose subject the pronoun takes up ("After Vantor
    won the bid, it said"), so they do not count."""
    return frozenset(grammar("preposition")) - frozenset(grammar("subordinator"))


def fronted_adjunct(text: str, position: int) -> tuple[int, int] | None:
    """The opening prepositional phrase of the sentence whose clause subject is the
    pronoun at ``position`` ("In a statement …, it said"): (start, comma) when the
    sentence opens with a preposition and the pronoun follows a comma directly; else
    None."""
    before = text[max(0, position - _SENTENCE_REACH) : position]
    if not before.rstrip().endswith(","):
        return None
    base = position - len(before)
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    if cut < 0 and base > 0:
        return None
    lo = base + cut + 1
    first = _FIRST_WORD.match(text, lo, position)
    if first is None or first.group(1).lower() not in _prepositions():
        return None
    return lo, base + len(before.rstrip()) - 1
