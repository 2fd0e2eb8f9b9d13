"""What the passes share: the article's layout, its quotations and cues, and what is claimed.

Each pass reads this state and records attributions in it; text an attribution covers
(content, cue, speaker) is *claimed*, and later passes leave claimed text alone. Every
look-up here is a bisection or a slice of a character mask, so a pass costs time in
proportion to the text it reads, not to how much was found before.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from analysis.attribution.cues import Cue, find_cues
from analysis.attribution.phrases import word_count
from analysis.core.quotemarks import DOUBLE_MARKS, QuoteSpan

# A quotation this short, with no cue next to it, is a scare quote, title or nickname.
MIN_QUOTATION_WORDS = 4


@dataclass
class Layout:
    """Paragraph and sentence bounds as plain sorted lists, for bisecting."""

    text: str
    para_bounds: list[tuple[int, int]]
    para_kinds: list[str]
    sent_bounds: list[tuple[int, int]]
    sent_para: list[int]
    sent_starts: list[int] = field(init=False)
    para_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.sent_starts = [s for s, _ in self.sent_bounds]
        self.para_starts = [s for s, _ in self.para_bounds]

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)

    def paragraph_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, offset) - 1)


@dataclass
class Attribution:
    """One attribution before it becomes a table row."""

    start: int
    end: int
    kind: str
    fragments: list[tuple[int, int]]
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    continuation: bool = False
    inherited_from: Attribution | None = field(default=None, repr=False)
    confidence: float | None = None  # set by analysis.attribution.screen


def _spans_of(a: Attribution) -> list[tuple[int, int]]:
    """The text an attribution claims: its content, cue and speaker."""
    spans = [(a.start, a.end)]
    if a.cue_start is not None and a.cue_end is not None:
        spans.append((a.cue_start, a.cue_end))
    if a.speaker_start is not None and a.speaker_end is not None:
        spans.append((a.speaker_start, a.speaker_end))
    return [(lo, hi) for lo, hi in spans if hi > lo]


def speechlike(text: str, span: QuoteSpan) -> bool:
    """A quotation long enough, or ending like speech, to stand on its own."""
    inner = text[span.inner_start : span.inner_end].rstrip()
    return (
        word_count(text, span.inner_start, span.inner_end) >= MIN_QUOTATION_WORDS
        or inner[-1:] in {".", ",", "?", "!", "…"}
        and word_count(text, span.inner_start, span.inner_end) >= 2
    )


class State:
    """The layout, quotations and cues of one text, and the attributions found so far."""

    def __init__(self, layout: Layout, spans: list[QuoteSpan]) -> None:
        self.layout = layout
        self.text = layout.text
        self.quotations = [s for s in spans if s.depth == 0]
        self.quote_starts = [q.start for q in self.quotations]
        self.cues: list[Cue] = find_cues(self.text)
        self.cue_starts = [c.start for c in self.cues]
        self.used_cues: set[int] = set()
        self.found: list[Attribution] = []
        # One byte per character: 1 where text is claimed by an attribution.
        self._mask = bytearray(len(self.text))
        self._claimed: list[tuple[int, int]] = []
        self._ends: list[int] = []  # ends of attributions found, sorted
        # (cue_start, -order) of attributions with a speaker and a cue, sorted.
        self._by_cue: list[tuple[int, int]] = []

    # ---- look-ups

    def quotation_at(self, offset: int) -> QuoteSpan | None:
        k = bisect.bisect_right(self.quote_starts, offset) - 1
        if k >= 0 and self.quotations[k].start <= offset < self.quotations[k].end:
            return self.quotations[k]
        return None

    def cues_between(self, lo: int, hi: int) -> list[int]:
        """Indexes of the cues lying wholly in text[lo:hi]."""
        k = bisect.bisect_left(self.cue_starts, lo)
        out = []
        while k < len(self.cues) and self.cues[k].start < hi:
            if self.cues[k].end <= hi:
                out.append(k)
            k += 1
        return out

    def has_quotation(self, lo: int, hi: int) -> bool:
        """Does a quotation, or a double mark left unpaired, lie in text[lo:hi]?

        Apostrophes ("Mrs. Obama's") are not quotation marks, so single marks count
        only when they open or close a quotation.
        """
        k = bisect.bisect_left(self.quote_starts, lo)
        if k < len(self.quotations) and self.quotations[k].start < hi:
            return True
        return any(ch in DOUBLE_MARKS for ch in self.text[lo:hi])

    def quoted_kind(self, lo: int, hi: int) -> str:
        """``mixed`` when text[lo:hi] holds or touches a quotation, else ``indirect``."""
        k = bisect.bisect_left(self.quote_starts, lo)
        if k < len(self.quotations) and self.quotations[k].start < hi:
            return "mixed"
        k -= 1
        if k >= 0 and self.quotations[k].end > lo:
            return "mixed"
        return "indirect"

    # ---- what is claimed

    def is_claimed(self, lo: int, hi: int) -> bool:
        """Does text[lo:hi] overlap text an attribution already covers?"""
        if lo >= hi:  # an empty span overlaps only a claim around it
            return any(s < hi and lo < e for s, e in self._claimed)
        return self._mask.find(1, lo, hi) >= 0

    def first_claimed(self, lo: int, hi: int) -> int:
        """Where claimed text starts in text[lo:hi] (``lo`` when a claim covers ``lo``), or -1."""
        return self._mask.find(1, lo, hi)

    def add(self, attribution: Attribution, cue_index: int | None) -> None:
        self.found.append(attribution)
        self._claim(attribution.start, attribution.end)
        if attribution.cue_start is not None:
            self._claim(attribution.cue_start, attribution.cue_end)
        if attribution.speaker_start is not None:
            self._claim(attribution.speaker_start, attribution.speaker_end)
            if attribution.cue_start is not None:
                key = (attribution.cue_start, -len(self.found))
                bisect.insort(self._by_cue, key)
        bisect.insort(self._ends, attribution.end)
        if cue_index is not None:
            self.used_cues.add(cue_index)

    def replace_found(self, kept: list[Attribution]) -> None:
        """Keep only ``kept`` of the attributions found (their text stays claimed)."""
        self.found = []
        self._ends, self._by_cue = [], []
        for attribution in kept:
            self.found.append(attribution)
            if attribution.speaker_start is not None and attribution.cue_start is not None:
                bisect.insort(self._by_cue, (attribution.cue_start, -len(self.found)))
            bisect.insort(self._ends, attribution.end)

    def _claim(self, lo: int, hi: int) -> None:
        self._claimed.append((lo, hi))
        if hi > lo:
            self._mask[lo:hi] = b"\x01" * (hi - lo)

    def last_end_within(self, lo: int, hi: int) -> int | None:
        """The latest end of an attribution found that lies in [lo, hi], if any."""
        k = bisect.bisect_right(self._ends, hi) - 1
        return self._ends[k] if k >= 0 and self._ends[k] >= lo else None

    def latest_cue_within(self, lo: int, hi: int) -> Attribution | None:
        """The attribution with a speaker whose cue starts last in [lo, hi) (first found on ties)."""
        k = bisect.bisect_left(self._by_cue, (hi, -len(self.found) - 1)) - 1
        if k < 0 or self._by_cue[k][0] < lo:
            return None
        return self.found[-self._by_cue[k][1] - 1]


@contextmanager
def kept_claims_only(state: State) -> Iterator[set[int]]:
    """Within the block only the text of the attributions kept is claimed (rows that
    were screened out free theirs); the block gets the sentences where text was freed.
    Afterwards every claim is back, with those of the rows the block added."""
    saved, before = state._mask, len(state.found)
    kept = bytearray(len(state.text))
    for a in state.found:
        for lo, hi in _spans_of(a):
            kept[lo:hi] = b"\x01" * (hi - lo)
    state._mask = kept
    try:
        yield _freed_sentences(state, saved, kept)
    finally:
        state._mask = saved
        for a in state.found[before:]:
            for lo, hi in _spans_of(a):
                saved[lo:hi] = b"\x01" * (hi - lo)


def _freed_sentences(state: State, claimed: bytearray, kept: bytearray) -> set[int]:
    """The sentences holding text ``claimed`` but not ``kept`` (one pass in C over the
    masks, then a jump per sentence)."""
    if claimed == kept:
        return set()
    n = len(claimed)
    freed = (int.from_bytes(claimed, "big") & ~int.from_bytes(kept, "big")).to_bytes(n, "big")
    found: set[int] = set()
    pos = freed.find(1)
    while pos >= 0:
        sentence = state.layout.sentence_at(pos)
        found.add(sentence)
        pos = freed.find(1, max(pos + 1, state.layout.sent_bounds[sentence][1]))
    return found
