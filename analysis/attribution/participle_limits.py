"""Where a content ends before a participle cue of the same subject.

``X went after Y, calling A and accusing B``: participles coordinated after one
subject each report on their own (Quirk et al. 1985, 13.47 on predication
coordination; PARC 3.0 gives each cue its own content, Pareti 2015). ``X called A
“unfair,” accusing B``: a participial adjunct after a comma that closes a quotation
starts an attribution of its own, as one after a bare comma does.
"""

from __future__ import annotations

import re

from analysis.attribution.phrases import word_count, words

# "… and accusing", ", but warning", "and pointedly saying": the coordinator (with a
# manner adverb) right before the second participle.
_AND_BEFORE = re.compile(r",?\s+(?:and|but)\s+(?:[a-z]+ly\s+)?$")
# "…,” accusing": a comma inside the closing quotation marks.
_COMMA_QUOTE_BEFORE = re.compile(r",[”’\"']+\s*$")
_LOOK_BACK = 24


def before_coordinated_participle(text: str, lo: int, cue_start: int) -> int | None:
    """Where the content ``text[lo:…]`` of an "-ing" cue ends before "and <participle cue>"
    at ``cue_start`` (the coordinator's start), else None. The first cue must be an
    "-ing" form too, and the word before "and" no "-ing" form ("hoping and praying":
    coordinated gerunds inside the content)."""
    link = _AND_BEFORE.search(text, max(lo, cue_start - _LOOK_BACK), cue_start)
    if link is None or word_count(text, lo, link.start()) < 2:
        return None
    cue_words = words(text, max(0, lo - 30), lo)[-2:]
    if not any(_ing(w) for _, _, w in cue_words):
        return None  # (a phrasal cue ends in its particle: "pointing to A and saying B")
    before = words(text, lo, link.start())
    if not before or _ing(before[-1][2]):
        return None
    return link.start()


def before_quoted_comma(text: str, lo: int, cue_start: int) -> int | None:
    """Where the content ends before ``…,” <participle cue>``: after the closing quotation
    marks (the quotation stays whole), else None."""
    found = _COMMA_QUOTE_BEFORE.search(text, max(lo, cue_start - _LOOK_BACK), cue_start)
    if found is None or word_count(text, lo, found.start()) < 2:
        return None
    return found.start() + len(found.group().rstrip())


def _ing(word: str) -> bool:
    return word.islower() and len(word) > 5 and word.endswith("ing")
