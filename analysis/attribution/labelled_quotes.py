"""A quotation labelled with its speaker's name: ``Ruiz: “Our goal is to build it now.”``

Inside a paragraph, a sentence may be nothing but a name, a colon and a quotation, the
layout of a transcript set inline ("Ruiz and Kim reject the plan. Ruiz: “…” Kim: “…”";
AP Stylebook, "Q-and-A format"; PARC 3.0 reads the label and its colon as source and
cue, Pareti 2015). :mod:`~analysis.attribution.interview` reads such labels at paragraph
starts when a transcript repeats them; this pass reads a single one where the quotation
follows the colon at once, the label is a short run of capitalised words that can name
a speaker (no section label, no reporting verb), and its last word names someone the
text mentioned before (:func:`_mentioned_before`), so that a ``Note: “…”`` or ``Menu: “…”`` line stays as it is.
"""

from __future__ import annotations

import re

from analysis.attribution.interview import label_can_name
from analysis.attribution.state import Attribution, State, speechlike

_LABEL_BEFORE_COLON = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s*:\s*$")


def find_labelled_quotes(state: State) -> None:
    """Add a direct row for each quotation that a name and a colon open in its sentence
    (the pass after the interviews)."""
    text, layout = state.text, state.layout
    for quote in state.quotations:
        if state.is_claimed(quote.start, quote.end) or not speechlike(text, quote):
            continue
        s_lo = layout.sent_bounds[layout.sentence_at(quote.start)][0]
        if quote.start - s_lo > 60:
            continue
        label = _LABEL_BEFORE_COLON.fullmatch(text, s_lo, quote.start)
        if label is None or state.is_claimed(s_lo, quote.start):
            continue
        lo, hi = label.span(1)
        if not label_can_name(state, lo, hi):
            continue
        if not _mentioned_before(text, lo, hi):
            continue
        colon = text.index(":", hi)
        a = Attribution(
            quote.start, quote.end, "direct", [(quote.start, quote.end)], colon, colon + 1, lo, hi
        )
        state.add(a, None)


def _mentioned_before(text: str, lo: int, hi: int) -> bool:
    """Did the text name the label's person before: the whole label, or its last word
    when the first is no verb ("Continued Ruiz: “…”" is an inverted reporting clause,
    "Ted Ruiz" a name the text used before)?"""
    words = text[lo:hi].split()
    if text.find(text[lo:hi], 0, lo) >= 0:
        return True
    if len(words) > 1 and words[0].lower().endswith("ed"):
        return False
    return text.find(words[-1], 0, lo) >= 0
