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

from analysis.attribution.content import adjunct_only
from analysis.attribution.cues import QUOTE_CHARS
from analysis.attribution.phrases import strip_span, word_count
from analysis.attribution.screen import rate_continuation
from analysis.attribution.state import Attribution, State, speechlike
from analysis.attribution.trailing import saying

_SENTENCE_END = frozenset(".?!…")
# A time adjunct after a trailing frame is short ("on Monday", "last week").
_MAX_TIME_WORDS = 3


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
    """The attribution with a named source that ends the sentence ``s``, reported with a
    plain verb of saying: its content runs to the sentence's end ("X said A.", "X said A
    “b.”"), or its source and cue do ("A “b,” X said.", "A, X said on Monday.": the frame
    after the content, Quirk et al. 1985, 15.53)."""
    lo, hi = state.layout.sent_bounds[s]
    found = [
        a
        for a in state.found
        if a.speaker_start is not None
        and lo <= a.start
        and a.end <= hi
        and a.kind in ("indirect", "mixed")
        and not a.continuation
    ]
    if not found:
        return None
    source = max(found, key=lambda a: a.end)
    if source.cue_start is None:
        return None
    k = bisect.bisect_left(state.cue_starts, source.cue_start)
    if k >= len(state.cues) or state.cues[k].start != source.cue_start:
        return None
    cue = state.cues[k]
    if state.text[source.end : hi].strip(" .\n") != "" and not _frame_ends(state, source, cue, hi):
        return None  # "X said A, while B …": the sentence goes on after the report
    return source if saying(cue) else None


def _frame_ends(state: State, source: Attribution, cue, hi: int) -> bool:
    """Does the trailing frame ``…, X said [adjunct].`` end the sentence: the source and
    cue after the content, then only a short adjunct ("on Monday", "in a statement")?"""
    text = state.text
    if source.speaker_end is None or source.speaker_start < source.end or cue.start < source.end:
        return False
    frame_end = max(source.speaker_end, cue.end)
    if text[source.end : min(source.speaker_start, cue.start)].strip(" ,\n" + QUOTE_CHARS):
        return False  # something stands between the content and its frame
    lo, end = strip_span(text, frame_end, hi)
    while end > lo and text[end - 1] in ".!?":
        end -= 1
    if end <= lo:
        return True
    tail = text[frame_end:end]
    return (
        "," not in tail
        and not any(ch in tail for ch in QUOTE_CHARS)
        and (adjunct_only(text, lo, end) or word_count(text, lo, end) <= _MAX_TIME_WORDS)
    )


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
