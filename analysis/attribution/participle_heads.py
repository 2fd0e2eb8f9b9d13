"""The plural noun for people an "-ing" participle postmodifies in a subject.

``Scientists using a telescope atop Mount Vexa have confirmed …``: the noun phrase read
back from the cue ("a telescope atop Mount Vexa") is the object of a participle that
postmodifies the subject's head (a reduced relative clause, Quirk et al. 1985, 17.27),
so the subject runs from the noun for people before the participle.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.attribution.phrase_words import MAX_POSTMODIFIED_WORDS, word_count, words
from analysis.attribution.vocabulary import source_heads

_ING = re.compile(r"[a-z]{2,}ing")

Span = tuple[int, int]


def people_before_participle(
    text: str,
    lo: int,
    found: list[tuple[int, int, str]],
    k: int,
    np: Span,
    noun_phrase_before: Callable[[str, int, int], Span | None],
) -> Span | None:
    """The subject when ``found[k]``, the word right before the noun phrase ``np``, is an
    "-ing" participle after a plural noun for people ("scientists", "officials"): from
    that noun phrase to the end of ``np`` (the noun phrase alone when the whole is too
    long). None when there is no such participle or noun."""
    if k < 1 or k >= len(found) or not _ING.fullmatch(found[k][2]):
        return None
    head = noun_phrase_before(text, lo, found[k][0])
    if head is None or text[head[1] : found[k][0]].strip():
        return None
    last = words(text, head[0], head[1])[-1][2]
    if not last.endswith("s") or source_heads().get(last.lower()) != "person":
        return None
    if word_count(text, head[0], np[1]) > MAX_POSTMODIFIED_WORDS:
        return head
    return head[0], np[1]
