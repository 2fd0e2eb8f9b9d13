"""Cue forms that are no reporting verb by their neighbours: the first part of a compound
noun ("think tank") and a passive participle coordinated with another ("checked and
verified,"), and an object pronoun that is the addressee of a verb of telling
("tells us you should …"). Read by :func:`analysis.attribution.cues.find_cues` before a cue is kept."""

from __future__ import annotations

import re
from functools import cache

from analysis.attribution.vocabulary import alternation, grammar

# "must be carefully checked and verified", "were tested or confirmed": a cue form
# coordinated with a passive participle is a passive participle too (Quirk et al. 1985,
# 3.63-3.78 on the passive; 13.41 on coordinated predicates), no reporting verb.
_PASSIVE_CONJUNCT = re.compile(
    r"\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+"
    r"(?:and|or)\s+(?:[a-z]+ly\s+)?$"
)
# ... when nothing is reported after it: a comma, the end of a clause or a "by" agent
# ("was asked and said she …" is an active predicate with a clause).
_AFTER_PASSIVE = re.compile(r"\s*(?:[,.;:!?)]|by\b|$)")


def passive_conjunct(text: str, start: int, end: int) -> bool:
    """Is the cue form at text[start:end] a passive participle coordinated with another
    ("need to be checked and verified, and …")?"""
    return bool(
        _PASSIVE_CONJUNCT.search(text, max(0, start - 60), start)
        and _AFTER_PASSIVE.match(text, end)
    )


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


@cache
def _compound_nouns() -> frozenset[str]:
    """``cue_compound`` of the grammar: a cue form and the noun after it that make one
    lexicalised compound noun ("think tank", "report card"; Quirk et al. 1985, 17.108)."""
    return frozenset(grammar("cue_compound"))


def compound_noun(text: str, surface: str, end: int) -> bool:
    """Is the cue form ending at ``end`` the first part of a compound noun ("the
    Harbour Policy think tank told …": the cue is "told", not "think")?"""
    after = _NEXT_WORD.match(text, end)
    return after is not None and f"{surface} {after.group(1)}" in _compound_nouns()


# "tells us you should expect …", "told me it was over": an object pronoun is the
# addressee (Quirk et al. 1985, 16.59), and "you", "it" or "I" with a finite verb after
# it opens the clause that was told (a nominative "he", "they" is read by addressee.py).
_PRONOUN_ADDRESSEE_THEN_CLAUSE = re.compile(
    r"\s*(?:"
    + alternation(tuple(sorted(frozenset(grammar("object_pronoun")) - {"her", "it", "you"})))
    + r")\s+(?=(?:you|it|I)\s+(?:"
    + alternation(grammar("finite_auxiliary"))
    + r"\b|[a-z]+ed\b|[a-z]+n[’']t\b))"
)


def pronoun_addressee_end(text: str, lo: int, hi: int) -> int | None:
    """Where the told clause starts after an object pronoun addressee ("tells us you
    should …"), else None."""
    found = _PRONOUN_ADDRESSEE_THEN_CLAUSE.match(text, lo, hi)
    return None if found is None else found.end()
