"""Pass 1, a quotation that finishes a clause: ``The plan, she said, “is working” for
now`` (a parenthetical cue before a lower-case quotation, one mixed attribution of the
whole clause), ``said that “we need more time” to finish`` (the clause goes on
after the closing mark) and ``“…,” he said, that …`` (a that-clause after the cue). Used by :mod:`~analysis.attribution.direct`.
"""

from __future__ import annotations

import bisect
import re

from analysis.attribution.cues import Cue
from analysis.attribution.phrases import first_word, strip_span, word_count, words
from analysis.attribution.shapes import COORDINATORS
from analysis.attribution.state import Attribution, State
from analysis.attribution.trailing import saying
from analysis.attribution.vocabulary import SUBORDINATORS, grammar
from analysis.core.quotemarks import QuoteSpan

_LINKS = COORDINATORS | SUBORDINATORS
_FINITE = frozenset(grammar("finite_auxiliary"))
_IRREGULAR_PAST = frozenset(grammar("irregular_past"))
# A scare-quoted subject's verb comes within a few words ("“zero” new voters would").
_PREDICATE_WITHIN = 4


def _new_clause(text: str, lo: int, hi: int) -> int | None:
    """Where a new clause starts in text[lo:hi] (a semicolon, or a comma before a
    coordinator or subordinator), None when none does."""
    for match in _CLAUSE_LINK.finditer(text, lo, hi):
        if match.group(1) is None or match.group(1).lower() in _LINKS:
            return match.start()
    return None


def parenthetical_fragment(
    state: State, s_lo: int, speaker: tuple[int, int], quote: QuoteSpan
) -> bool:
    """``The plan, she said, “is working” for now``: a reporting clause set off by commas
    inside its sentence (Quirk et al. 1985, 15.54) before a quotation that opens in
    lower case: the quoted words finish the clause begun before the cue, so the
    attribution is the whole clause, a mixed one (PARC 3.0, Pareti 2015), which the
    indirect pass reads with its fragment before the cue. "In May, she said, “We …”"
    opens a quotation of its own and stays direct."""
    text = state.text
    lead = text[s_lo : speaker[0]].rstrip()
    if not lead.endswith(",") or word_count(text, s_lo, speaker[0]) < 1:
        return False
    if state.is_claimed(s_lo, speaker[0]) or state.has_quotation(s_lo, speaker[0]):
        return False
    if any(state.cues[k].kind == "verb" for k in state.cues_between(s_lo, speaker[0])):
        return False  # "X conceded …, which is a setback, she said, “…”": X reports
    first = first_word(text, quote.inner_start)
    return first is not None and first.start() < quote.inner_end and first.group()[:1].islower()


# A new clause after the quotation: a semicolon, or a comma before a coordinator or
# subordinator ("…, and since May she …", "…, because …").
_CLAUSE_LINK = re.compile(r";|,\s+([A-Za-z]+)\s")


def add_parenthetical(
    state: State, quote: QuoteSpan, c: int, speaker: tuple[int, int], s_lo: int
) -> None:
    """Record ``The plan, she said, “is working” for now`` as one mixed attribution of
    two fragments: the clause's opening before the cue and the quotation, with the
    rest of the clause when it runs on past the closing mark (up to the next quotation)."""
    text, cue = state.text, state.cues[c]
    head = strip_span(text, s_lo, speaker[0])
    end = quote.end
    if clause_goes_on(state, quote):
        s_hi = state.layout.sent_bounds[state.layout.sentence_at(quote.start)][1]
        k = bisect.bisect_right(state.quote_starts, quote.start)
        if k < len(state.quote_starts) and state.quote_starts[k] < s_hi:
            s_hi = state.quote_starts[k]
        clause_break = _new_clause(text, quote.end, s_hi)
        if clause_break is not None:
            s_hi = clause_break  # "…, and since 2008 she has …": a clause of its own
        end = max(end, strip_span(text, quote.end, s_hi)[1])
    fragments = [head, (quote.start, end)]
    state.add(Attribution(head[0], end, "mixed", fragments, cue.start, cue.end, *speaker), c)


def clause_goes_on(state: State, quote: QuoteSpan, cue: Cue | None = None) -> bool:
    """Does the clause go on after a quotation that ends with no punctuation of its own
    ("said that “we need more time” to finish the job")? The quotation is then a
    fragment of an indirect report, which the indirect pass reads whole as a mixed
    attribution (PARC 3.0, Pareti 2015), not a direct quotation."""
    text = state.text
    inner = text[quote.inner_start : quote.inner_end].rstrip()
    if inner[-1:] in {".", ",", "?", "!", "…", ";", ":"}:
        return False
    gap = len(text[quote.end : quote.end + 3]) - len(text[quote.end : quote.end + 3].lstrip(" "))
    after = first_word(text, quote.end + gap)
    if not gap or after is None:
        return False  # a comma or a full stop after the mark ends the clause
    s_hi = state.layout.sent_bounds[state.layout.sentence_at(quote.start)][1]
    if after.start() >= s_hi or not after.group()[:1].islower():
        return False
    if word_count(text, quote.inner_start, quote.inner_end) < 2:
        # "denied ‘sensational’ claims": a scare quote, left to the screen; unless a
        # predicate follows it after a verb of saying ("said “zero” voters would back
        # it"): a clause's subject. ("What X considers “smart” might …": no report.)
        return cue is not None and saying(cue) and _predicate_follows(text, after.start(), s_hi)
    return True


def _predicate_follows(text: str, lo: int, s_hi: int) -> bool:
    """Does a finite verb come within a few words after ``lo``, before any comma?"""
    comma = text.find(",", lo, s_hi)
    following = words(text, lo, s_hi if comma < 0 else comma)[:_PREDICATE_WITHIN]
    return any(
        w in _FINITE or w in _IRREGULAR_PAST or (w.islower() and w.endswith("ed") and len(w) > 3)
        for _, _, w in following
    )  # ("said “reforms” drove prices up": an irregular past is finite too)


def that_after(state: State, cue: Cue, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """``“…,” he said, that …``: a that-clause right after a parenthetical cue and its
    source, to the end of the cue's sentence, goes on with the quoted words before the
    cue (the clause is the cue's object, split by the parenthesis; Quirk et al. 1985,
    15.54)."""
    text, layout = state.text, state.layout
    tail = max(cue.end, speaker[1])
    after = text[tail : tail + 8]
    if not after.startswith(", that "):
        return None
    lo = tail + 2
    s_hi = layout.sent_bounds[layout.sentence_at(cue.start)][1]
    if state.has_quotation(lo, s_hi):
        return None
    return strip_span(text, lo, s_hi)
