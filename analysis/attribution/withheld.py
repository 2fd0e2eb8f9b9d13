"""Where reported content ends before the writer's note that the source withheld more.

``The mayor said the bridge would reopen next year, but she gave no details on the
cost``: after "but", a clause whose subject is the source (a third-person pronoun, or no
subject at all: a second predicate of the cue's subject) and whose verb says that
nothing more was said ("gave no details", "didn't say when", "would not elaborate") is
the writer's narration, not part of what was said (Quirk et al. 1985, 14.31 on the
reporting frame; 13.41-13.47 on "but" between clauses and predicates; Searle 1976 on
refusals, which report no content).
"""

from __future__ import annotations

import re

from analysis.attribution.vocabulary import alternation, grammar

# The verbs that, negated, say the source kept something back ("did not say when");
# with a pronoun subject also "did not give", "would not provide" (``withheld_object_verb``).
_SAYING = alternation(grammar("withheld_verb"))
_GIVING = alternation(grammar("withheld_object_verb"))
# The verbs that, with "no" and a pronoun subject, say the same ("she gave no details").
_NO_OBJECT_VERBS = alternation(grammar("no_object_verb"))
# Not "could not" ("but couldn't provide them" is what the source said someone could not do).
_NEGATED_AUX = r"(?:also\s+)?(?:did|does|do|would|will)(?:\s+not|n[’']t)\s+"
_PRONOUN = r"(?:he|she|it|they)\s+"
_WITHHELD_AFTER_BUT = re.compile(
    r",\s+but\s+(?:"
    + _PRONOUN
    + r"(?:"
    + _NEGATED_AUX
    + r"(?:"
    + _SAYING
    + r"|"
    + _GIVING
    + r")|"
    + _NO_OBJECT_VERBS
    + r"\s+no)|"
    + _NEGATED_AUX
    + _SAYING
    + r")\b"
)


def before_withheld_turn(text: str, lo: int, hi: int) -> int:
    """The end of the content ``text[lo:hi]`` before a ", but (he) gave no details" turn
    (``hi`` when there is none)."""
    found = _WITHHELD_AFTER_BUT.search(text, lo, hi)
    if found is None or any(ch in '“”"' for ch in text[lo : found.start()]):
        return hi  # (a quotation before the turn: leave the quoted content whole)
    return found.start()
