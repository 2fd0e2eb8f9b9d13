"""Inverted reporting clauses: ``clause, said X.``, ``clause, said X, director of Y.``
and ``There is a satisfaction, insists X, in …`` (Quirk et al. 1985, 15.53 and 18.24 on
subject-verb inversion after reported speech; PARC 3.0 spans, Pareti 2015).

Only a verb of saying with no object or particle inverts; a name with appositives or
adjuncts before the verb is its subject, not an inverted cue's content.
"""

from __future__ import annotations

import re

from analysis.attribution import vocabulary as v
from analysis.attribution.content import adjunct_only, content_before
from analysis.attribution.coordination import MAX_INTERRUPTED_SUBJECT_WORDS, predicate_verb
from analysis.attribution.cues import QUOTE_CHARS
from analysis.attribution.emit import emit
from analysis.attribution.phrases import first_word, speaker_after, strip_span, word_count, words
from analysis.attribution.state import State
from analysis.attribution.trailing import inverted_lead_end, postmodified_after, saying

# A verb group ending right before a cue: the progressive "is also asking", the
# catenative "went on to criticize", "has tried to explain", "have begun urging".
VERB_GROUP = re.compile(
    r"(?:(?P<progressive>\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+|also\s+|even\s+|still\s+|now\s+|not\s+)*)"
    r"|(?P<catenative>\b(?:" + v.alternation(v.grammar("catenative"))[3:-1] + r"|"
    # "X is said to have asked": the subject of the raising verb is the speaker.
    r"(?:is|are|was|were)\s+" + v.alternation(v.grammar("raising_participle")) + r")"
    r"\s+to\s+(?:have\s+)?)"
    r"|(?P<ing_taker>\b(?:"
    + v.alternation(v.grammar("ing_taker"))[3:-1]
    + r"|spent\s+\w+\s+\w+)\s+))$"
)


_RELATIVE_AFTER = re.compile(r"(?:who|whose)\s")
# "“Why?” asked Ruiz": of the verbs of telling only "ask" inverts before its subject.
_INVERTING_ADDRESSEE_VERBS = frozenset(v.grammar("inverting_addressee_verb"))


def _subject_with_appositive(state: State, lo: int, hi: int) -> bool:
    """Is text[lo:hi] a name and appositives or adjuncts only ("Sen. Ruth Okafor, D-Ohio",
    "The Civic Trust, in publishing the memo")?

    Such a lead is the subject of the verb after it, not the content of an
    inverted cue: the name fills its stretch up to the first comma, and each
    later stretch opens with a noun phrase (no verb before it).
    """
    text = state.text
    pieces = text[lo:hi].split(",")
    if len(pieces) < 2:
        return False
    offset = lo
    for k, piece in enumerate(pieces):
        start = offset + len(piece) - len(piece.lstrip())
        end = offset + len(piece.rstrip())
        offset += len(piece) + 1
        np = speaker_after(text, start, end, name_ends=True) if start < end else None
        if k > 0 and (np is None or np[0] != start) and adjunct_only(text, start, end):
            continue  # "The Civic Trust, in publishing the memo, noted …": an adjunct
        if np is None or np[0] != start:
            return False
        if k == 0 and (np[1] != end or not text[start].isupper()):
            return False
    return True


def inverted(state: State, c: int, s_lo: int, s_hi: int) -> bool:
    """``clause, said X.`` and ``clause, said X, director of Y.``"""
    text, cue = state.text, state.cues[c]
    if not saying(cue) or cue.text_form.split()[0].endswith("ing") or " " in cue.lemma:
        # "X, at a meeting, called the plan a failure", "X, …, called on Y to …": only a
        # verb of saying with no object or particle inverts (Quirk et al. 1985, 15.53).
        return False
    if cue.lemma in v.ADDRESSEE_VERBS - _INVERTING_ADDRESSEE_VERBS:
        return False  # "X, in a memo, reminded his staff …": what follows is the addressee
    if VERB_GROUP.search(text, max(s_lo, cue.start - 60), cue.start):
        return False  # "…, was asked": the subject is before the verb group
    lead_end = inverted_lead_end(state, s_lo, cue.start)
    if lead_end is None:
        return False
    speaker = speaker_after(text, cue.end, s_hi)
    if speaker is not None and text[speaker[0] : speaker[1]].split()[0] in v.OBJECT_ONLY_PRONOUNS:
        return False  # "X, in response to Y, accused him of …": an object, the subject is X
    if speaker is not None:
        speaker = postmodified_after(state, cue, speaker, s_hi)  # "said a source in the room."
    rest = text[speaker[1] : s_hi].strip(" .!?;" + QUOTE_CHARS) if speaker else ""
    if (
        speaker is not None
        and rest
        and not rest.startswith(",")
        and _adjunct_after_source(state, c, speaker, s_hi)
    ):
        rest = ""  # "…, said X in an email.": only an adjunct of the cue follows
    if (
        speaker is not None
        and _RELATIVE_AFTER.match(rest)
        and not state.has_quotation(speaker[1], s_hi)
    ):
        # "…, said a handful of aides who point to his record.": a restrictive relative
        # clause postmodifies the source (Quirk et al. 1985, 17.8); it is no content.
        rest = ""
    if speaker is None or (rest and not rest.startswith(",")):
        return False
    if _subject_with_appositive(state, s_lo, text.rfind(",", s_lo, cue.start)):
        return False  # "Sen. Ruth Okafor, D-Ohio, called the vote overdue"
    before = len(state.found)
    head = content_before(state, s_lo, lead_end)
    tail = _clause_goes_on(state, speaker[1], s_hi, head) if rest else None
    emit(state, c, tail or head, speaker, head=head if tail else None)
    return len(state.found) > before


def _adjunct_after_source(state: State, c: int, speaker: tuple[int, int], s_hi: int) -> bool:
    """``…, said Ana Ruiz in an email.``: after an inverted cue's source only an adjunct
    of medium, place or time follows. Not after a pronoun or an addressee verb ("…, asked
    them about …": the object), and only when the source ends as a noun phrase should
    ("…, said the rule change opened the door to …" is a clause)."""
    text, cue = state.text, state.cues[c]
    first = text[speaker[0] : speaker[1]].split()[0].lower()
    if first in v.PRONOUNS | frozenset(v.grammar("object_pronoun")):
        return False  # "…, called her a genius at …": an object, no source
    if cue.lemma in v.ADDRESSEE_VERBS:
        return False
    if speaker_after(text, cue.end, s_hi, name_ends=True) != speaker:
        return False
    return adjunct_only(text, speaker[1], s_hi) or _medium_adjunct(text, speaker[1], s_hi)


def _medium_adjunct(text: str, lo: int, hi: int) -> bool:
    """``in a memo to members that was read by …``: a preposition and a document noun
    name the medium of the saying (Quirk et al. 1985, 8.1-8.3), whatever postmodifies
    that noun after it."""
    found = [w.lower() for _, _, w in words(text, lo, min(hi, lo + 40)) if w[:1].isalnum()]
    if len(found) < 2 or found[0] not in v.PREPOSITIONS:
        return False
    noun = found[2] if found[1] in v.DETERMINERS and len(found) > 2 else found[1]
    return v.source_heads().get(noun) == "document"


def _clause_goes_on(
    state: State, lo: int, s_hi: int, head: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """``There is a satisfaction, insists X, in building …``: after the inverted cue's
    speaker and a comma, the interrupted clause goes on (not an appositive "a farmer",
    a relative "who …" or a new clause "and …"); its rest is the second fragment."""
    text = state.text
    comma = re.match(r"\s*,\s*", text[lo:s_hi])
    if comma is None:
        return None
    rest = strip_span(text, lo + comma.end(), s_hi)
    first = first_word(text, rest[0])
    if first is None or word_count(text, *rest) < 2:
        return None
    word = first.group().lower()
    if (
        first.group().islower()
        and word not in v.DETERMINERS
        and word not in v.NOT_A_PREDICATE - v.PREPOSITIONS
        and (speaker_after(text, rest[0], rest[1]) is None or predicate_verb(text, word, head))
    ):
        return rest
    # "…, said X, head of research at Y": an appositive noun phrase, after which the
    # interrupted clause may still go on.
    return _past_appositive(state, rest[0], s_hi, head)


# An appositive of an inverted cue's source: a short noun phrase between two commas.
MAX_APPOSITIVE_WORDS = 12
_FINITE = frozenset(v.grammar("finite_auxiliary"))
_APPOSITIVE_BREAKERS = _FINITE | v.RELATIVE_PRONOUNS | v.SUBORDINATORS


def _past_appositive(
    state: State, lo: int, s_hi: int, head: tuple[int, int] | None
) -> tuple[int, int] | None:
    """``The new rule, said Ana Ruiz, an economist at the state college, will raise
    rents``: after the source's appositive (a verbless noun phrase closed by a comma) a
    finite or "-s" verb goes on with the predicate of the interrupted subject ``head``
    (Quirk et al. 1985, 15.54 on medial reporting clauses; 17.65 on appositives); that
    rest is the second fragment. A lead with a verb of its own ("Rents rose, said X, a
    trader, and …") is a whole clause, and nothing goes on."""
    text = state.text
    if not _interrupted_subject(text, head):
        return None
    comma = lo - 1
    for _ in range(MAX_APPOSITIVE_COMMAS):
        # "an immunologist at the state college, Eastport," : a place name may add a comma
        comma = text.find(",", comma + 1, s_hi)
        if comma < 0 or not _appositive(text, lo, comma):
            return None
        rest = strip_span(text, comma + 1, s_hi)
        after = first_word(text, rest[0])
        if after is None or word_count(text, *rest) < 2:
            return None
        word = after.group().lower()
        if after.group().islower() and (word in _FINITE or predicate_verb(text, word, head)):
            return rest
    return None


MAX_APPOSITIVE_COMMAS = 2


def _appositive(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] a short verbless noun phrase ("an economist at the state college")?"""
    piece = text[lo:hi]
    found = [w.strip("’'").lower() for w in piece.split()]
    if not found or len(found) > MAX_APPOSITIVE_WORDS or any(ch in QUOTE_CHARS for ch in piece):
        return False
    if any(w in _APPOSITIVE_BREAKERS for w in found):
        return False  # "…, said X, who has …": a clause, no appositive
    return found[0] in v.DETERMINERS or found[0] not in v.NOT_A_PREDICATE


def _interrupted_subject(text: str, head: tuple[int, int] | None) -> bool:
    """Is the lead before the inverted cue a short noun phrase with no verb ("The new
    rule")? Only then can the clause it opens go on after the cue's source."""
    if head is None:
        return False
    found = text[head[0] : head[1]].split()
    return (
        0 < len(found) <= MAX_INTERRUPTED_SUBJECT_WORDS
        and "," not in text[head[0] : head[1]]
        and not any(w in _FINITE or w.endswith("ed") for w in found)
    )
