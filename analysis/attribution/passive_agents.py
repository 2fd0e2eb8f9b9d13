"""Passive reports with their agent: ``He was told by the agency that the permit had
lapsed``, ``The singer was accused of assault by a woman``.

In a passive the source is the agent of the "by" phrase (Quirk et al. 1985, 3.63-3.66),
not the subject. What was said is the clause after the agent ("that the permit had
lapsed"); a verb of charging says its charge of the subject ("The singer … of
assault"), read as two fragments, as the active "accused the singer of assault" is.
Only plain verbs of saying; "is said to" and other raising passives are read elsewhere.
"""

from __future__ import annotations

import re

from analysis.attribution import vocabulary as v
from analysis.attribution.after_cue import speaker_after
from analysis.attribution.before_cue import speaker_before
from analysis.attribution.content import content_after
from analysis.attribution.emit import emit
from analysis.attribution.phrase_words import is_adverb
from analysis.attribution.phrases import strip_span, words
from analysis.attribution.state import State
from analysis.attribution.trailing import saying

_BY = re.compile(r"[ \u00a0]+by[ \u00a0]+")
# "accused of fraud by …", "described as reckless by …": a short complement before "by".
_COMPLEMENT_BY = re.compile(
    r"[ \u00a0]+(?P<c>(?:of|as)[ \u00a0]+[^,;:.\"“”]{1,80}?)[ \u00a0]+by[ \u00a0]+"
)
_THAT_OR_CLAUSE = re.compile(r",?[ \u00a0]+that[ \u00a0]+")


def _passive_subject(state: State, s_lo: int, cue_start: int) -> tuple[int, int] | None:
    """The subject of ``SUBJECT was (adverb) CUE`` when a passive auxiliary comes right
    before the cue (adverbs aside), else None."""
    text = state.text
    found = words(text, max(s_lo, cue_start - 40), cue_start)
    k = len(found) - 1
    while k >= 0 and (is_adverb(found[k][2]) or found[k][2].lower() in v.SKIPPABLE - v.PASSIVE_AUX):
        k -= 1
    if k < 0 or found[k][2].lower() not in v.PASSIVE_AUX:
        return None
    return speaker_before(text, s_lo, found[k][0])


def passive_agent(state: State, c: int, s_lo: int, s_hi: int) -> bool:
    """Record ``X was told by Y that A`` (speaker Y, content A) or ``X was accused of A
    by Y`` (speaker Y, content "X … of A"); True when a row was recorded."""
    text, cue = state.text, state.cues[c]
    if cue.kind != "verb" or not saying(cue):
        return False
    subject = _passive_subject(state, s_lo, cue.start)
    if subject is None:
        return False
    complement = None
    by = _BY.match(text, cue.end)
    if by is None:
        by = _COMPLEMENT_BY.match(text, cue.end)
        if by is None:
            return False
        complement = by.span("c")
    agent = speaker_after(text, by.end(), s_hi, name_ends=True)
    if agent is None or agent[0] != by.end():
        return False
    clause = _THAT_OR_CLAUSE.match(text, agent[1])
    if clause is not None and complement is None:
        content = content_after(state, agent[1], s_hi)
        emit(state, c, content, agent)
        return True
    if complement is not None:
        emit(state, c, strip_span(text, *complement), agent, head=subject)
        return True
    return False
