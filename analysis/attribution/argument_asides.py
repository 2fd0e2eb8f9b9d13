"""``If imports fall, the thinking goes, prices will rise``: a line of argument carried on.

A comment clause "the thinking goes" / "as the theory goes" (Quirk et al. 1985, 15.54)
reports its sentence as someone's reasoning without naming them: the writer has just
given the source ("Backers of the levy say …"), and the aside carries that source's
argument on, as a quotation paragraph carries on its speaker
(:mod:`~analysis.attribution.continuation`). The sentence without the aside is the
content; with no attribution in the sentence before, the aside gives no row.
"""

from __future__ import annotations

import re

from analysis.attribution import vocabulary as v
from analysis.attribution.screen import rate_continuation
from analysis.attribution.state import Attribution, State

_ASIDE = re.compile(
    r"(?:(?<=,)|(?<=^)|(?<=\n))[ \u00a0]*(?:(?:or\s+so|as)\s+)?the\s+(?:"
    + "|".join(re.escape(w) for w in v.grammar("argument_noun"))
    + r")\s+goes\b[ \u00a0]*[,.]",
    re.IGNORECASE,
)


def _content(text: str, lo: int, hi: int, aside: re.Match) -> list[tuple[int, int]]:
    """The sentence's stretches before and after the aside, trimmed of spaces and commas."""
    spans = []
    for a, b in ((lo, aside.start()), (aside.end(), hi)):
        stretch = text[a:b]
        left = len(stretch) - len(stretch.lstrip(" ,\u00a0\n"))
        right = len(stretch.rstrip(" ,.\u00a0\n"))
        if right > left:
            spans.append((a + left, a + right))
    return spans


def _source_before(state: State, s: int) -> Attribution | None:
    """The latest attribution with a named source in the sentence before ``s``, in the
    same paragraph."""
    if s == 0:
        return None
    layout = state.layout
    lo, hi = layout.sent_bounds[s - 1]
    if layout.paragraph_at(lo) != layout.paragraph_at(layout.sent_bounds[s][0]):
        return None
    found = [
        a
        for a in state.found
        if a.speaker_start is not None and lo <= a.start and a.end <= hi and not a.continuation
    ]
    return max(found, key=lambda a: a.end) if found else None


def find_argument_asides(state: State) -> None:
    """Attribute each sentence with a "the thinking goes" aside to the source before it."""
    text = state.text
    if not any(form in text for form in ("goes", "Goes", "GOES")):
        return  # the one word every aside holds: most texts are passed over at once
    layout = state.layout
    for aside in _ASIDE.finditer(text):
        if state.is_claimed(aside.start(), aside.end()):
            continue
        s = layout.sentence_at(aside.start())
        lo, hi = layout.sent_bounds[s]
        fragments = _content(text, lo, hi, aside)
        if not fragments or sum(b - a for a, b in fragments) < 20:
            continue
        if any(state.is_claimed(a, b) for a, b in fragments):
            continue
        source = _source_before(state, s)
        if source is None:
            continue
        cue_start = aside.start() + len(aside.group()) - len(aside.group().lstrip(" \u00a0"))
        attribution = Attribution(
            fragments[0][0],
            fragments[-1][1],
            "indirect",
            fragments,
            cue_start=cue_start,
            cue_end=aside.end() - 1,
            continuation=True,
            inherited_from=source,
        )
        attribution.confidence = rate_continuation(source)
        state.add(attribution, None)
