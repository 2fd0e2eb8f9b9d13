"""Subjects of a participle of saying that opens an adjunct, not a comma aside.

* ``X began by saying A``, ``X left the talks after telling Y that A``: an -ing clause
  after a preposition or subordinator takes the subject of the clause it hangs on
  (Quirk et al. 1985, 15.33-15.34), as ``…, saying A`` does.
* ``The row grew, with the mayor telling reporters A``: in a "with" absolute clause the
  noun phrase between "with" and the -ing verb is its subject (Quirk et al. 1985, 15.58).

Only plain verbs of saying are read so; "without saying" reports nothing and is no
opener here.
"""

from __future__ import annotations

from analysis import lexicons
from analysis.attribution import vocabulary as v
from analysis.attribution.before_cue import speaker_before
from analysis.attribution.clause_limits import opens_a_clause
from analysis.attribution.phrases import words
from analysis.attribution.state import State
from analysis.attribution.subjects import inherited_speaker, verb_like

_OPENERS = frozenset(v.grammar("participle_adjunct_opener"))
_NEUTER = frozenset(r["entry"] for r in lexicons.rows("pronouns") if r["gender"] == "neuter")
_ABSOLUTE = frozenset(v.grammar("absolute_opener"))
# The noun phrase of a "with" absolute clause is short ("nearly 140 House members").
_MAX_ABSOLUTE_WORDS = 8


def reports_content(text: str, lo: int) -> bool:
    """Does the content at ``lo`` open with more than a preposition ("after apologizing
    to the actor" names the addressee, not what was said)?"""
    found = words(text, lo, lo + 20)
    return bool(found) and found[0][2].lower() not in v.PREPOSITIONS


def adjunct_participle_subject(state: State, s_lo: int, cue_start: int) -> tuple[int, int] | None:
    """The subject of a participle cue at ``cue_start`` that follows an adjunct opener
    ("by saying") or the noun phrase of a "with" absolute clause; else None."""
    text = state.text
    before = words(text, max(s_lo, cue_start - 80), cue_start)
    if not before:
        return None
    last_start, last_end, last = before[-1]
    if last.lower() in _OPENERS and not text[last_end:cue_start].strip():
        if not opens_a_clause(text, s_lo, last_start):
            return None  # "After saying A, X left", "One month after saying": no clause before
        lead = text[s_lo:last_start].rstrip()
        if lead.endswith(",") and not _clause_then_comma(state, s_lo, s_lo + len(lead) - 1):
            return None  # "X, before saying A, left": an aside inside the clause
        return inherited_speaker(state, s_lo, last_start)
    return _absolute_subject(state, s_lo, cue_start, before)


def _absolute_subject(
    state: State, s_lo: int, cue_start: int, before: list[tuple[int, int, str]]
) -> tuple[int, int] | None:
    """``…, with NP saying``: NP, when it fills the whole stretch after ", with"."""
    text = state.text
    for k in range(len(before) - 1, max(-1, len(before) - 2 - _MAX_ABSOLUTE_WORDS), -1):
        w_start, w_end, word = before[k]
        if word.lower() not in _ABSOLUTE:
            continue
        if not text[s_lo:w_start].rstrip().endswith(","):
            return None  # "X met with reporters, telling …": no absolute clause
        inner = before[k + 1 :]
        if not inner or any(verb_like(w) and not w[:1].isupper() for _, _, w in inner):
            return None
        np = speaker_before(text, w_end, cue_start)
        if np is None or text[w_end : np[0]].strip():
            return None
        return np
    return None


def _clause_then_comma(state: State, s_lo: int, comma: int) -> bool:
    """``X told reporters A, before insisting B``: a whole clause with its subject and
    verb ends at the comma, so the adjunct after it hangs on that clause (Quirk et al.
    1985, 15.33: a final adverbial clause may follow a comma)."""
    text = state.text
    subject = inherited_speaker(state, s_lo, comma)
    if subject is None or text[subject[0] : subject[1]].lower() in _NEUTER:
        return False  # "It brought urgency to the effort, by highlighting …": no source
    if any(ch in text[subject[1] : comma] for ch in ",;:()"):
        return False  # "X has three ways: by filing A, by asking B": a list of means
    return any(verb_like(w) for _, _, w in words(text, subject[1], comma))
