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

from analysis.attribution.subjects import phrase_complement
from analysis.attribution.vocabulary import DETERMINERS, RELATIVE_PRONOUNS, alternation, grammar

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


def before_narration(text: str, lo: int, hi: int) -> int:
    """The end of the content ``text[lo:hi]`` before the writer's narration that follows
    it: a withheld-more turn, a subjectless predicate after a phrase, or a past predicate
    after an object and infinitive."""
    hi = before_withheld_turn(text, lo, hi)
    hi = before_own_predicate(text, lo, hi)
    return before_past_after_infinitive(text, lo, hi)


def before_withheld_turn(text: str, lo: int, hi: int) -> int:
    """The end of the content ``text[lo:hi]`` before a ", but (he) gave no details" turn
    (``hi`` when there is none)."""
    found = _WITHHELD_AFTER_BUT.search(text, lo, hi)
    if found is None or any(ch in '“”"' for ch in text[lo : found.start()]):
        return hi  # (a quotation before the turn: leave the quoted content whole)
    return found.start()


# ", but seemed tired", "and was later …": after "but" or "and", a past form or a finite
# auxiliary with no subject before it opens a second predicate.
_SUBJECTLESS_PREDICATE = re.compile(
    r"(,)[”\"’']?\s+(?:but|and)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|"
    + alternation(grammar("finite_auxiliary"))
    + r")\b"
)


def before_own_predicate(text: str, lo: int, hi: int) -> int:
    """``The coach called the win “historic,” but seemed tired``: content that is one noun
    or prepositional phrase (an object and its complement, no clause) cannot go on with
    a predicate that has no subject; that predicate is the cue's subject's own
    (Quirk et al. 1985, 13.41-13.47), and the content ends at the comma before it."""
    found = _SUBJECTLESS_PREDICATE.search(text, lo, hi)
    if found is None or not _noun_phrase(text, lo, found.start(1)):
        return hi
    if any(w.endswith("ed") and len(w) > 4 for w in text[lo : found.start(1)].lower().split()):
        return hi  # "said the team played well, and seemed tired": a clause after all
    return found.start(1)


_POSSESSIVE = re.compile(r"\s*[A-Z][\w.-]*[’']s\s+")


def _noun_phrase(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] one noun or prepositional phrase ("the win “historic,”", "Ana's
    speech “brave”")? A possessive name stands for the determiner."""
    if phrase_complement(text, lo, hi):
        return True
    possessive = _POSSESSIVE.match(text, lo, hi)
    if possessive is None:
        return False
    rest = [w.strip("“”\"’',") for w in text[possessive.end() : hi].lower().split()]
    return bool(rest) and "," not in text[lo:hi] and not any(w in _CLAUSE_WORDS for w in rest)


_CLAUSE_WORDS = frozenset(grammar("finite_auxiliary")) | frozenset(grammar("clause_link"))


_OBJECT_STARTS = DETERMINERS | frozenset(grammar("object_pronoun"))
# "the board to delay the vote": an object, then "to" and a verb.
_OBJECT_THEN_INFINITIVE = re.compile(r"([^,;:“”\"]{1,50}?)\bto\s+[a-z]+\b")
# "… and returned the money": a past form after "and", then the start of its object.
_AND_PAST = re.compile(
    r"\s+and\s+(?:(?:then|later|also|quickly)\s+)?[a-z]+ed\s+(?=(?:"
    + alternation(tuple(sorted(_OBJECT_STARTS - {"no"})))
    + r")\b|[A-Z0-9])"
)


def before_past_after_infinitive(text: str, lo: int, hi: int) -> int:
    """``asked the board to delay the vote and returned the money``: content that is an
    object and a to-infinitive is non-finite, so a past form after "and" cannot go on
    with it; it is the cue's subject's second predicate (Quirk et al. 1985, 13.43), and
    the content ends before it."""
    found = _OBJECT_THEN_INFINITIVE.match(text, lo, hi)
    if found is None:
        return hi
    lead = found.group(1).split()
    if not lead or lead[0].lower() not in _OBJECT_STARTS and not lead[0][:1].isupper():
        return hi
    if any(w.lower() in _CLAUSE_WORDS or w.lower().endswith("ed") for w in lead):
        return hi  # "the board said it wanted to …": a clause, not an object
    past = _AND_PAST.search(text, found.end(), hi)
    if past is None or any(ch in '“”"' for ch in text[lo : past.end()]):
        return hi
    between = text[found.end() : past.start()].lower().split()
    if any(w in _CLAUSE_WORDS or w in RELATIVE_PRONOUNS or w.endswith("ed") for w in between):
        return hi  # "… during the storm that hit the town and flooded …": a clause's verbs
    return past.start()
