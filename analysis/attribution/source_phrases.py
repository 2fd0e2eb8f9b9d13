"""Source phrases: ``According to X, clause``, ``clause, according to X`` and
``A, according to X, B`` (Bergler 1992 on source-marking prepositional phrases;
Krestel, Bergler & Witte 2008, news reported-speech patterns; PARC 3.0 spans).
"""

from __future__ import annotations

import re

from analysis.attribution import vocabulary as v
from analysis.attribution.clause_limits import opens_a_clause
from analysis.attribution.content import content_after, content_before
from analysis.attribution.cues import Cue
from analysis.attribution.dashed_asides import inside_dashed_aside
from analysis.attribution.emit import emit
from analysis.attribution.phrases import first_word, speaker_after, word_count, words
from analysis.attribution.state import State
from analysis.attribution.subjects import verb_like
from analysis.attribution.trailing import saying

# A fronted adjunct before a source phrase is short ("About 10 p.m.", "In the spring").
_MAX_FRONTED_WORDS = 5


def according_to(state: State, c: int, s_lo: int, s_hi: int) -> None:
    """``According to X, clause`` / ``clause, according to X`` / ``A, according to X, B``."""
    text, cue = state.text, state.cues[c]
    speaker = speaker_after(text, cue.end, s_hi, source_phrase=True)
    if speaker is None:
        return
    colon = text.rfind(":", s_lo, cue.start)
    if colon >= 0 and not text[colon + 1 : cue.start].strip():
        s_lo = colon + 1  # "It has not gone unnoticed: According to X, clause"
    before = text[s_lo : cue.start].strip()
    if before.lower().strip(",") in v.OPENERS | {""}:
        rest = re.match(r"[^,]*,", text[speaker[1] : s_hi])
        lo = speaker[1] + (rest.end() if rest else 0)
        emit(state, c, content_after(state, lo, s_hi), speaker)
    elif _parenthetical_source(state, c, s_lo, s_hi, speaker) or _after_fronted_adjunct(
        state, c, s_lo, s_hi, speaker
    ):
        return
    elif relay_phrase(cue) and _holds_own_report(state, s_lo, cue.start):
        # "“…,” said an expert, as reported by X": the expert's words, relayed; the
        # phrase belongs to that report's frame, as its cue does.
        state.used_cues.add(c)
    else:  # ("A -- B, according to X --": only the aside B is X's)
        content = inside_dashed_aside(
            text, content_before(state, s_lo, cue.start), speaker[1], s_hi
        )
        emit(state, c, content, speaker)


def _after_fronted_adjunct(
    state: State, c: int, s_lo: int, s_hi: int, speaker: tuple[int, int]
) -> bool:
    """``About 10 p.m., according to a timeline, the guards left``: a fronted adjunct
    with no verb before the source phrase is no content; the clause after the source's
    comma is (Quirk et al. 1985, 8.17: adjuncts in initial position)."""
    text, cue = state.text, state.cues[c]
    head = content_before(state, s_lo, cue.start)
    after = re.match(r"\s*,", text[speaker[1] : s_hi])
    if (
        after is None
        or opens_a_clause(text, *head)
        or any(verb_like(w) for _, _, w in words(text, *head))
    ):
        return False
    if word_count(text, *head) > _MAX_FRONTED_WORDS:
        return False  # a long stretch is a clause with a verb this reading misses
    rest = content_after(state, speaker[1] + after.end(), s_hi)
    first = first_word(text, rest[0])
    if word_count(text, *rest) < 3 or first is None or first.group().lower() in v.NOT_A_PREDICATE:
        return False  # "…, according to X, and the other half left …": a new clause
    before = len(state.found)
    emit(state, c, rest, speaker)
    return len(state.found) > before


def _parenthetical_source(
    state: State, c: int, s_lo: int, s_hi: int, speaker: tuple[int, int]
) -> bool:
    """``The report, according to X, was a whitewash``: the source phrase interrupts
    its clause between the subject and the verb, so the content is both sides of it
    (two fragments)."""
    text, cue = state.text, state.cues[c]
    head = content_before(state, s_lo, cue.start)
    after = re.match(r"\s*,", text[speaker[1] : s_hi])
    if after is None or text[head[1] : cue.start].strip() != ",":
        return False
    rest = content_after(state, speaker[1] + after.end(), s_hi)
    if word_count(text, *rest) < 2 or state.is_claimed(*head) or word_count(text, *head) < 1:
        return False
    first = first_word(text, rest[0])
    if first is None or first.group().lower() in v.NOT_A_PREDICATE:
        return False  # "…, according to X, who …" / "…, and …": not the clause going on
    if first.group().islower() and first.group().endswith("ing"):
        return False  # "…, according to X, adding to …": a participle adjunct, no predicate
    if speaker_after(text, rest[0], rest[1]) == rest:
        return False  # "…, according to X, a professor at Y": an appositive
    before = len(state.found)
    emit(state, c, rest, speaker, head=head)
    return len(state.found) > before


# The lemma of "as (first) reported by X": the outlet that relayed a report.
_RELAY = "as reported by"


def relay_phrase(cue: Cue) -> bool:
    """Is the cue "as (first) reported by", which names the outlet that relayed a report
    (not "according to", which may frame a nested report: "…, X said, according to Y")?"""
    return cue.kind == "source_phrase" and cue.lemma == _RELAY


def _holds_own_report(state: State, lo: int, hi: int) -> bool:
    """Does text[lo:hi] hold a verb of saying of its own ("“…,” said an expert,",
    "the mayor told the council the deal was off,") that already made its attribution
    ("swing states" is a noun)? Then a trailing "as reported by X"
    names the outlet that relayed that report, not a source of its own: the report
    already has its speaker (Pareti 2015, PARC 3.0 on nested attribution)."""
    return any(saying(state.cues[j]) and j in state.used_cues for j in state.cues_between(lo, hi))
