"""The report of a summing-up apposition's relative clause: ``X said A, a claim Y denied``.

When the first content has ended at the apposition's comma
(:func:`~analysis.attribution.summary_apposition.apposition_before`), the relative's cue
has nothing after it: its object gap is the noun the apposition names, so that noun
phrase is its content and the relative's subject its speaker (Quirk et al. 1985, 17.81;
PARC 3.0, Pareti 2015).
"""

from __future__ import annotations

import re

from analysis.attribution.content import adjunct_only
from analysis.attribution.emit import emit
from analysis.attribution.phrases import speaker_before
from analysis.attribution.state import State
from analysis.attribution.summary_apposition import APPOSITION_CHARS, apposition_before

# What may follow the second cue: nothing up to the sentence's end or a comma, or an
# adjunct ("… disputes in court.").
_RESTS = re.compile(r"[^,;.!?]{0,40}?(?=\s*[,;.!?]|\s*$)")


def find_summary_reports(state: State) -> None:
    """``X said A, a claim that two aides dispute.``: a cue with nothing after it but an
    adjunct, whose subject follows a summing-up apposition, reports on the apposition
    (the relative's object gap is the noun it names); runs after the indirect pass, so
    the first content has ended at the apposition's comma (pass 2b)."""
    text, layout = state.text, state.layout
    for c, cue in enumerate(state.cues):
        if c in state.used_cues or cue.kind != "verb" or cue.participle:
            continue
        if state.is_claimed(cue.start, cue.end) or state.quotation_at(cue.start) is not None:
            continue
        s_lo, s_hi = layout.sent_bounds[layout.sentence_at(cue.start)]
        rest = _RESTS.match(text, cue.end, s_hi)
        if rest is None or (
            rest.end() - cue.end > 1 and not adjunct_only(text, cue.end, rest.end())
        ):
            continue
        speaker = speaker_before(text, max(s_lo, cue.start - APPOSITION_CHARS), cue.start)
        if speaker is None:
            continue
        apposition = apposition_before(text, s_lo, speaker[0])
        if apposition is not None and not state.is_claimed(*apposition.span("np")):
            emit(state, c, apposition.span("np"), speaker)
