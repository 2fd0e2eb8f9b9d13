"""The poll behind a share of respondents: ``In a Post-ABC poll, 8 percent of voters said …``.

A share of the people polled ("8 percent of Democrats", "42%") is the grammatical
subject of the reporting verb, but when the sentence opens by naming the poll the share
comes from, the poll is the source that reports it (Pareti 2015, PARC 3.0: the source
is the entity the content is ascribed to; a survey's findings are the survey's). The
speaker mention moves to the poll's noun phrase; the share stays what was said of.
"""

from __future__ import annotations

import re

from analysis.attribution.phrase_words import share_of_people, words
from analysis.attribution.state import Attribution, Layout
from analysis.attribution.vocabulary import source_heads

# "In a Washington Post-ABC News poll released Sunday, 8 percent …": the fronted phrase.
_FRONTED_IN = re.compile(r"\s*In\s+(?=\S)")
# The share's own premodifiers before it ("just 8 percent", "only some 12%").
_PREMODIFIERS_AT_END = re.compile(r"(?:\s+[a-z]+){1,2}\s*$")
# A poll's noun phrase is short: "a national CNN/ORC poll released Monday" is six words.
MAX_POLL_WORDS = 14


def poll_source(text: str, layout: Layout, a: Attribution) -> tuple[int, int] | None:
    """The span of the poll named by a fronted ``In …,`` phrase right before the share
    of people that is ``a``'s speaker mention, or None."""
    if a.speaker_start is None or a.speaker_end is None:
        return None
    if not share_of_people(text[a.speaker_start : a.speaker_end]):
        return None
    s_lo = layout.sent_bounds[layout.sentence_at(a.speaker_start)][0]
    lead = _PREMODIFIERS_AT_END.sub("", text[s_lo : a.speaker_start]).rstrip()
    opening = _FRONTED_IN.match(text, s_lo, s_lo + len(lead))
    if opening is None or not lead.endswith(",") or "," in lead[:-1]:
        return None
    np_lo, np_hi = opening.end(), s_lo + len(lead) - 1
    found = [w for _, _, w in words(text, np_lo, np_hi)]
    if not found or len(found) > MAX_POLL_WORDS or not found[0].islower():
        return None  # ("In Ohio, 42% say": a place, no poll)
    heads = source_heads()
    if not any(heads.get(w.lower()) == "document" for w in found):
        return None
    return np_lo, np_hi
