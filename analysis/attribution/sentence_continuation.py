"""Continuations inside a paragraph: a quotation sentence after a reported statement.

``The union's lawyer told reporters the deal was void. “We will see them in court.”``:
a quotation that makes up a whole sentence, with no cue of its own, right after a
sentence whose verb of saying reports a named source, goes on with that source, as a
quotation paragraph goes on with the speaker of the paragraph before it (AP Stylebook,
"quotations in the news"; :mod:`~analysis.attribution.continuation`). Only a plain verb of
saying sets the source up: after a thought, a wish or a refusal, the quotation is read
as no one's.
"""

from __future__ import annotations

import bisect

from analysis.attribution.cues import QUOTE_CHARS
from analysis.attribution.screen import rate_continuation
from analysis.attribution.state import Attribution, State, speechlike
from analysis.attribution.trailing import saying

_SENTENCE_END = frozenset(".?!…")


def _whole_sentence(state: State, quote) -> int | None:
    """The index of the sentence that the quotation makes up alone, else None."""
    layout = state.layout
    s = layout.sentence_at(quote.start)
    lo, hi = layout.sent_bounds[s]
    text = state.text
    if text[lo : quote.start].strip() or text[quote.end : hi].strip(" \n\u00a0" + QUOTE_CHARS):
        return None
    inner = text[quote.inner_start : quote.inner_end].rstrip()
    if inner[-1:] not in _SENTENCE_END:
        return None  # "“Frozen”": a title or a name, not a spoken sentence
    return s


def _reported_source(state: State, s: int) -> Attribution | None:
    """The attribution with a named source that ends the sentence ``s`` (no quotation of
    its own), reported with a plain verb of saying."""
    lo, hi = state.layout.sent_bounds[s]
    found = [
        a
        for a in state.found
        if a.speaker_start is not None
        and lo <= a.start
        and a.end <= hi
        and a.kind == "indirect"
        and not a.continuation
    ]
    if not found:
        return None
    source = max(found, key=lambda a: a.end)
    if source.cue_start is None or state.text[source.end : hi].strip(" .\n") != "":
        return None  # the content must run to the sentence's end: "X said A."
    k = bisect.bisect_left(state.cue_starts, source.cue_start)
    if k >= len(state.cues) or state.cues[k].start != source.cue_start:
        return None
    return source if saying(state.cues[k]) else None


def find_sentence_continuations(state: State) -> None:
    """Attribute each cue-less quotation sentence to the source reported just before it."""
    layout = state.layout
    for quote in state.quotations:
        if state.is_claimed(quote.start, quote.end) or not speechlike(state.text, quote):
            continue
        p = layout.paragraph_at(quote.start)
        if quote.start == layout.para_bounds[p][0] or layout.para_kinds[p] != "body":
            continue  # a paragraph's opening quotation is continuation.py's
        s = _whole_sentence(state, quote)
        if s is None or s == 0 or layout.paragraph_at(layout.sent_bounds[s - 1][0]) != p:
            continue
        source = _reported_source(state, s - 1)
        if source is None:
            continue
        attribution = Attribution(
            quote.start,
            quote.end,
            "direct",
            [(quote.start, quote.end)],
            continuation=True,
            inherited_from=source,
        )
        attribution.confidence = rate_continuation(source)
        state.add(attribution, None)
