"""The word classes the content shapes read: finite verbs, pronouns by case, clause
links, coordinators, time words, the prepositions of prepositional speech verbs (from
``attribution_grammar.tsv``, ``pronouns.tsv``, ``not_names.tsv`` and
``attribution_prepositions.tsv``; Quirk et al. 1985, 6.3 on pronoun case, 10.32 on
approximators). Moved out of :mod:`analysis.attribution.shapes`, which re-exports the
public ones.
"""

from __future__ import annotations

import re
from functools import cache

from analysis import lexicons
from analysis.attribution.vocabulary import PRONOUNS, grammar

FINITE = frozenset(grammar("finite_auxiliary"))


WORD = re.compile(r"[^\W\d_][\w’'-]*")


CLAUSE_WORDS = frozenset(grammar("clause_link")) - {"which"}


COORDINATORS = frozenset(grammar("coordinator"))


# Nominative personal pronouns, never an object: a subject, so a clause starts there.
NOMINATIVE = frozenset(
    r["entry"]
    for r in lexicons.rows("pronouns")
    if r["case"] in ("subject", "first_person") and r["entry"] not in ("it", "you")
)


RELATIVE_PRONOUNS = frozenset(
    r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "relative"
)


CLAUSE_VERBS = frozenset(grammar("clause_verb"))


PHRASE_END = re.compile(r"[,;:](?=\s)|\s[—–-]\s|—")


REFLEXIVES = frozenset(grammar("reflexive"))


_APPROXIMATED = re.compile(
    r"(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in grammar("approximator"))
    + r")\s+(?:\$|€|£)?\d",
    re.I,
)


@cache
def all_pronouns() -> frozenset[str]:
    """Every personal pronoun form, object case included ("according to him")."""
    return PRONOUNS | frozenset(
        r["entry"] for r in lexicons.rows("pronouns") if r["case"] in ("object", "subject")
    )


@cache
def calendar_words() -> frozenset[str]:
    return frozenset(r["entry"] for r in lexicons.rows("not_names") if r["category"] == "calendar")


@cache
def relative_forms() -> frozenset[str]:
    """Relative pronouns ("who", "which", "that")."""
    return frozenset(r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "relative")


@cache
def all_subject_pronouns() -> frozenset[str]:
    """Subject pronouns ("it", "they"): a pronoun subject opens a clause."""
    return frozenset(r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "subject")


@cache
def speech_prepositions() -> frozenset[tuple[str, str]]:
    """(lemma, preposition) of prepositional speech verbs ("call for", "admit to", "hint
    at"; ``attribution_prepositions.tsv``): besides the topic prepositions any verb of
    saying takes ("about", "on", "of"), these only with their own verbs."""
    return frozenset(
        (r["lemma"], r["preposition"]) for r in lexicons.rows("attribution_prepositions")
    )


@cache
def time_words() -> frozenset[str]:
    """Words that open a time expression ("Wednesday at the show", "last week")."""
    return calendar_words() | frozenset(grammar("time_opener"))


def approximated_quantity(text: str, lo: int, hi: int) -> bool:
    """Content opening with an approximator and a number ("at least 4,200 people", "up
    to 30 workers"): a counted subject, not a preposition or particle phrase (Quirk et
    al. 1985, 10.32 on approximators)."""
    return bool(_APPROXIMATED.match(text, lo, hi))
