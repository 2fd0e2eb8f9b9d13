"""Recording an indirect or mixed attribution found by the frames of pass 2.

The one place where a frame's content, speaker and cue become an
:class:`~analysis.attribution.state.Attribution`: content overlapping text already
claimed (often a direct quotation) keeps only its part before it, and content that is
one quotation, or holds one, gives the row its kind (PARC 3.0, Pareti 2015).
"""

from __future__ import annotations

from analysis.attribution.cues import QUOTE_CHARS
from analysis.attribution.phrases import strip_span, word_count
from analysis.attribution.state import Attribution, State


def emit(
    state: State,
    c: int,
    content: tuple[int, int],
    speaker: tuple[int, int] | None,
    head: tuple[int, int] | None = None,
) -> None:
    """Record an indirect or mixed attribution; ``head`` is a first fragment before
    a parenthetical cue ("The team, he said, will …")."""
    text, cue = state.text, state.cues[c]
    lo, hi = content
    if hi <= lo or word_count(text, lo, hi) < 2 or speaker is None:
        return
    if state.is_claimed(lo, hi):
        # Overlaps an attribution already found (often a direct quotation): keep only
        # the part before it, if any.
        first = state.first_claimed(lo, hi)
        if first <= lo:
            return
        lo, hi = strip_span(text, lo, first)
        if word_count(text, lo, hi) < 2:
            return
    hi = _to_quotation_end(state, lo, hi)
    fragments = [(lo, hi)] if head is None else [head, (lo, hi)]
    start = fragments[0][0]
    kind = state.quoted_kind(start, hi)
    quotation = state.quotation_at(start)
    if head is None and quotation is not None and quotation.start == start and quotation.end >= hi:
        kind = "direct"  # the content is one quotation ("“…,” was how X described it")
    state.add(Attribution(start, hi, kind, fragments, cue.start, cue.end, *speaker), c)


def _to_quotation_end(state: State, lo: int, hi: int) -> int:
    """``X said the plan "may fail. We cannot fund it."``: content that ends inside a
    quotation it opened goes on to the quotation's close, across the sentence ends
    inside it (the quoted words are one stretch of what was said, PARC 3.0), when no
    attribution has claimed the rest."""
    if state.text[hi - 1] in QUOTE_CHARS:
        return hi  # the content closes a quotation mark: a pairing to doubt, not to follow
    quotation = state.quotation_at(hi - 1)
    if quotation is None or quotation.start < lo or quotation.end <= hi:
        return hi
    layout = state.layout
    if layout.paragraph_at(quotation.end - 1) != layout.paragraph_at(lo):
        return hi
    if state.is_claimed(hi, quotation.end):
        return hi
    return quotation.end
