"""Pass 4, continuations: a quotation paragraph with no cue carries on the previous speaker.

News style quotes a speaker over several paragraphs and names them once (AP Stylebook,
"quotations in the news"; the open quotation mark of each paragraph). The speaker is the
latest attribution's in the paragraph just before (quoted or paraphrased: "X said the
move was …" sets X up for the quotation after it), else the latest quotation's in the
two paragraphs before: a reader carries a speaker over a paragraph break, not over a
stretch of narration.
"""

from __future__ import annotations

import bisect
import re

from analysis.attribution.argument_asides import find_argument_asides
from analysis.attribution.screen import rate_continuation
from analysis.attribution.sentence_continuation import find_sentence_continuations
from analysis.attribution.state import Attribution, State, speechlike


class _Sources:
    """Attributions with a speaker, by end, to find the latest before an offset."""

    def __init__(self, found: list[Attribution]) -> None:
        with_speaker = [(a.end, i, a) for i, a in enumerate(found) if a.speaker_start is not None]
        self.quoted = self._index(e for e in with_speaker if e[2].kind != "indirect")
        self.any = self._index(with_speaker)

    @staticmethod
    def _index(entries) -> tuple[list[int], list[Attribution]]:
        # On equal ends the first found wins: keep only the first of each end.
        ordered: dict[int, Attribution] = {}
        for end, _, a in sorted(entries, key=lambda e: (e[0], e[1])):
            ordered.setdefault(end, a)
        return list(ordered), list(ordered.values())

    @staticmethod
    def latest(index: tuple[list[int], list[Attribution]], lo: int, hi: int) -> Attribution | None:
        """The attribution ending last in [lo, hi]."""
        ends, attributions = index
        k = bisect.bisect_right(ends, hi) - 1
        return attributions[k] if k >= 0 and ends[k] >= lo else None


def _paragraph_start(state: State, paragraph: int) -> int:
    """The offset from which an end lies in ``paragraph`` or later (0 before the first)."""
    return state.layout.para_starts[paragraph] if paragraph >= 1 else 0


_DASH_OPENING = re.compile(r"[ \u00a0]*(?:―|—|–|--|-)")


def _signature_line(state: State, paragraph: int) -> bool:
    """Is the paragraph one line opening with a dash (``– Jane S.``), the signature of
    the quotation before it rather than narration that sets up a speaker?"""
    lo, hi = state.layout.para_bounds[paragraph]
    return "\n" not in state.text[lo:hi] and _DASH_OPENING.match(state.text, lo) is not None


def find_continuations(state: State) -> None:
    """Attribute each cue-less quotation paragraph to the speaker before it (pass 4)."""
    sources = _Sources(state.found)
    layout = state.layout
    for quote in state.quotations:
        if state.is_claimed(quote.start, quote.end):
            continue
        p = layout.paragraph_at(quote.start)
        if (
            quote.start != layout.para_bounds[p][0]
            or layout.para_kinds[p] != "body"
            or not speechlike(state.text, quote)
        ):
            continue
        if p > 0 and _signature_line(state, p - 1):
            continue  # "“…” / – A reader / “…”": the line signed the quotation before it
        # The speaker the paragraph just before names (quoted or paraphrased) goes on;
        # else the latest quoted in the two paragraphs before.
        source = sources.latest(sources.any, _paragraph_start(state, p - 1), quote.start)
        if source is None:
            source = sources.latest(sources.quoted, _paragraph_start(state, p - 2), quote.start)
        if source is None:
            continue
        span = [(quote.start, quote.end)]
        attribution = Attribution(
            quote.start, quote.end, "direct", span, continuation=True, inherited_from=source
        )
        attribution.confidence = rate_continuation(source)
        state.add(attribution, None)
    find_sentence_continuations(state)  # "X told reporters A. “B.”" inside a paragraph
    find_argument_asides(state)  # "If A, the thinking goes, B" after "X say C"
