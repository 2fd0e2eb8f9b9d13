"""Digest items: ``HEADING IN CAPITALS - Ana Ruiz and Dan Kim: “…”``.

A newsletter that gathers what others wrote lays each item out as a heading in
capitals, a spaced dash, the author's name and a colon before the quotation. The name
is the speaker; the heading is the writer's label of the item and never speaks. No verb
stands between the name and the colon, so the colon-introduction reading
(``Ruiz fired back: “…”``) does not apply: this reads the name label itself.
"""

from __future__ import annotations

from analysis.attribution.phrase_words import past_capitals_heading
from analysis.attribution.phrases import speaker_after
from analysis.attribution.state import Attribution, State, speechlike
from analysis.core.quotemarks import QuoteSpan

# A name label is short: "Frank Newport and Jim Harter" is five words.
MAX_LABEL_WORDS = 8


def digest_item(state: State, quote: QuoteSpan) -> bool:
    """Record ``quote`` as said by the name between a capitals heading and a colon right
    before it; False (nothing recorded) when the sentence is laid out otherwise."""
    text, layout = state.text, state.layout
    s_lo = layout.sent_bounds[layout.sentence_at(quote.start)][0]
    lead = text[s_lo : quote.start].rstrip()
    if not lead.endswith(":") or not speechlike(text, quote):
        return False
    colon_at = s_lo + len(lead) - 1
    name_lo = past_capitals_heading(text, s_lo)
    if name_lo == s_lo:
        return False
    name = speaker_after(text, name_lo, colon_at, name_ends=True)
    if name is None or text[name[1] : colon_at].strip() or state.is_claimed(*name):
        return False
    label = text[name[0] : name[1]].split()
    if len(label) > MAX_LABEL_WORDS or not all(_name_word(w) for w in label):
        return False
    span = [(quote.start, quote.end)]
    state.add(
        Attribution(quote.start, quote.end, "direct", span, colon_at, colon_at + 1, *name), None
    )
    return True


def _name_word(word: str) -> bool:
    """A word of a name label: capitalised but not all capitals (that would be more of
    the heading), or the "and" of two authors."""
    return word in {"and", "&"} or (word[:1].isupper() and not word.isupper()) or len(word) <= 2
