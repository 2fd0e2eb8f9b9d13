"""Where the content starts after the addressee of a verb of telling.

``told police he supported the plan``, ``told reporters the vote had been delayed``,
``told investors of the firm, its parent company, that …``: the first object of
"tell" is the addressee (Quirk et al. 1985, 16.59-16.64); what was told is the clause
after it, so the content starts there and not at the addressee.
"""

from __future__ import annotations

import re

from analysis import lexicons
from analysis.attribution.vocabulary import (
    DETERMINERS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    WEEKDAYS,
    alternation,
    grammar,
)

# Subject pronouns that can only open a clause ("he", "they", "we"; not "it", "you",
# which are objects as well).
_NOMINATIVE = frozenset(
    r["entry"] for r in lexicons.rows("pronouns") if r["case"] in ("subject", "first_person")
) - {"it"}
_FINITE_AUX = frozenset(grammar("finite_auxiliary"))
# Words that open the told clause itself: never part of an addressee.
_CLAUSE_OPENERS = RELATIVE_PRONOUNS | SUBORDINATORS | frozenset(grammar("clause_link"))
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# How far after a determiner the finite verb of its clause is looked for.
_CLAUSE_WINDOW = 8
# The addressee is a short noun phrase: "police", "the board", "WeWork executives".
MAX_ADDRESSEE_WORDS = 3
# An addressee with an appositive ends at a comma before "that", a short
# circumstance aside: "told investors of the firm, its parent company, (on May 2) that …".
_APPOSITIVE_THEN_THAT = re.compile(r"[^;:“”\"?!]{1,100}?,[^,;:“”\"?!]{0,30}?\b(?=that\b)")
MAX_APPOSITIVE_COMMAS = 2
# A time adjunct between the addressee and the clause: "told reporters on Monday the …"
# (Quirk et al. 1985, 8.51-8.60: a time adjunct may stand between object and complement).
_TIME_AFTER_ADDRESSEE = re.compile(
    r"(?:on\s+)?"
    + alternation(WEEKDAYS, capitalise=True)
    + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year)|today|yesterday"
)


def common_addressee_end(text: str, lo: int, hi: int) -> int:
    """The start of the clause after a short lower-case addressee (``lo`` if none):
    "told police he …" (a nominative pronoun opens the clause), "told reporters the
    vote had been delayed" (a determiner, then a finite verb within a few words)."""
    found = list(_WORD.finditer(text, lo, min(hi, lo + 200)))
    for k in range(1, min(MAX_ADDRESSEE_WORDS, len(found) - 1) + 1):
        if text[found[k - 1].end() : found[k].start()].strip():
            return lo  # punctuation inside: not a plain addressee then a clause
        head = found[k - 1].group()
        if head.lower() in _CLAUSE_OPENERS:
            return lo  # "warned that the council …": a complementizer, no addressee
        if head.lower() in _NOMINATIVE | PREPOSITIONS or (k > 1 and head.lower() in DETERMINERS):
            return lo
        time = _TIME_AFTER_ADDRESSEE.match(text, found[k].start())
        after_time = _clause_start(text, time.end(), hi) if time else None
        if after_time is not None:
            return after_time  # "told reporters on Monday the bridge would reopen"
        clause = _clause_start(text, found[k].start(), hi)
        if clause is not None:
            return clause
    return lo


def _clause_start(text: str, lo: int, hi: int) -> int | None:
    """Where a told clause opens at ``lo``: a nominative pronoun ("he …") or a determiner
    with a finite verb within a few words ("the vote had been delayed"), else None."""
    found = list(_WORD.finditer(text, lo, min(hi, lo + 200)))
    if not found or text[lo : found[0].start()].strip():
        return None
    opener = found[0].group().lower()
    if opener in _NOMINATIVE:
        return found[0].start()
    if opener in DETERMINERS:
        rest = [m.group().lower() for m in found[1 : 1 + _CLAUSE_WINDOW]]
        if any(w in _FINITE_AUX or (w.endswith("ed") and len(w) > 4) for w in rest):
            return found[0].start()
    return None


def appositive_addressee_end(text: str, lo: int, hi: int) -> int | None:
    """Where "that" starts after an addressee with an appositive, else None."""
    match = _APPOSITIVE_THEN_THAT.match(text, lo, hi)
    if match is None or match.group().count(",") > MAX_APPOSITIVE_COMMAS:
        return None
    return match.end()
