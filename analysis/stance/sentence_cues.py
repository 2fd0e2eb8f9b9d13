"""The stance cues of each sentence of a passage, and how much each sentence is about a target.

:func:`passage_cues` matches the stance lexicons once per passage (cached);
:func:`sentence_cues` adds each sentence's relevance to a target (the share of the target's
content stems it holds). :mod:`analysis.stance.evidence` turns the cues into evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from analysis.stance.markers import (
    POLARITY_LEXICONS,
    Word,
    _sentence_bounds,
    match_markers,
    stem_terms,
    words_of,
)

_CUE_LEXICONS: tuple[str, ...] = (
    "support",
    "refutation",
    "doubt",
    "negation",
    "hedges",
    "boosters",
    "conditionals",
    "contrast",
)


def _vader():
    """The project's one VADER analyser (built once in :mod:`analysis.sentiment.features`)."""
    from analysis.sentiment.features import vader

    return vader()


def _masked(text: str, lo: int, hi: int, spans: Iterable[tuple[int, int]]) -> str:
    """text[lo:hi] with the given spans blanked, so a cue already counted is not scored twice."""
    chars = list(text[lo:hi])
    for start, end in spans:
        chars[start - lo : end - lo] = " " * (end - start)
    return "".join(chars)


def _unscored(cues: list[dict], words: list[Word], target_terms: set[str]) -> list[tuple[int, int]]:
    """Spans left out of a sentence's sentiment: polarity cues (counted on their own) and the
    target's own words (*"a greater role"* is the topic, not an opinion of it)."""
    spans = [(c["start"], c["end"]) for c in cues if c["lexicon"] in POLARITY_LEXICONS]
    spans += [(w.start, w.end) for w in words if stem_terms([w.lower]) & target_terms]
    return spans


@dataclass(frozen=True)
class SentenceCues:
    """A sentence of a passage with what stance reads in it, whatever the target: its
    number in the passage, offsets, word tokens, content stems and stance cues."""

    sentence: int
    start: int
    end: int
    words: list[Word]
    terms: frozenset[str]
    cues: list[dict]


@lru_cache(maxsize=8192)
def passage_cues(text: str) -> tuple[SentenceCues, ...]:
    """The sentences of ``text`` that have words, with their cues from :func:`match_markers`
    over the support, refutation, doubt, negation, hedge, booster, conditional and contrast
    lexicons.

    None of it depends on the target, so it is computed once per passage and shared by
    every target it is read against (the stance matrix reads each attribution toward
    several). The result is shared: callers must not change it.
    """
    out = []
    for number, (lo, hi) in enumerate(_sentence_bounds(text)):
        words = words_of(text, lo, hi)
        if not words:
            continue
        terms = frozenset(stem_terms(w.lower for w in words))
        out.append(
            SentenceCues(number, lo, hi, words, terms, match_markers(text, words, _CUE_LEXICONS))
        )
    return tuple(out)


@lru_cache(maxsize=1024)
def _target_terms(target: str) -> frozenset[str]:
    """The content stems of a target (computed once per target)."""
    return frozenset(stem_terms(w.lower for w in words_of(target)))


def _relevance(sentence: SentenceCues, target_terms: frozenset[str]) -> float:
    """Share of the target's content stems the sentence contains."""
    return len(sentence.terms & target_terms) / len(target_terms) if target_terms else 0.0


def sentence_cues(text: str, target: str) -> pd.DataFrame:
    """One row per sentence of ``text``: how much it is about ``target`` and its stance cues.

    Columns: sentence, start, end, relevance (share of the target's content stems the
    sentence contains), n_words, cues (list of hits from :func:`match_markers` over the
    support, refutation, doubt, negation, hedge, booster, conditional and contrast
    lexicons), words (the sentence's :class:`Word` tokens). See :func:`passage_cues`.
    """
    target_terms = _target_terms(target)
    rows = [
        {
            "sentence": row.sentence,
            "start": row.start,
            "end": row.end,
            "relevance": _relevance(row, target_terms),
            "n_words": len(row.words),
            "cues": list(row.cues),
            "words": list(row.words),
        }
        for row in passage_cues(text)
    ]
    return pd.DataFrame(
        rows, columns=["sentence", "start", "end", "relevance", "n_words", "cues", "words"]
    )
