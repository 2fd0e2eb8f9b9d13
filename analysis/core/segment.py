"""Paragraphs, sentences and tokens of a news article, with character offsets.

Every function returns plain tuples ``(start, end, ...)`` into the text it was given;
:mod:`analysis.core.article` turns them into the tidy tables.

A module per concern, every name importable from here:
:mod:`~analysis.core.paragraph_kinds` (paragraphs, their kinds, the headline and date),
:mod:`~analysis.core.sentences` (sentence splitting by the rules of news copy desks),
:mod:`~analysis.core.segmentation_words` (the abbreviations and sentence starters they
read), and here :func:`tokens`.
"""

from __future__ import annotations

import re

from analysis.core.paragraph_kinds import (
    article_date,
    find_date,
    headline_index,
    is_headline,
    is_headline_like,
    paragraph_kind,
    paragraphs,
)
from analysis.core.quotemarks import SINGLE_MARKS
from analysis.core.segmentation_words import (
    _ABBREVIATED,
    MONTHS,
    NUMERO,
    OTHER_ABBREVIATIONS,
    QUOTE_CHARS,
    SENTENCE_STARTERS,
    TITLES,
)
from analysis.core.sentences import _SENTENCE_END as _SENTENCE_END
from analysis.core.sentences import _sentence_ends as _sentence_ends
from analysis.core.sentences import sentences

TOKEN_PATTERN = re.compile(
    r"""
    (?P<number>[$€£¥]?\d+(?:[.,:/]\d+)*(?:%|st|nd|rd|th|s|m|bn|k)?)
  | (?P<abbrev>(?:[A-Za-z]\.){2,})
  | (?P<word>\w+(?:[-'’.]\w+)*)
  | (?P<quote>``|''|["""
    + re.escape(QUOTE_CHARS)
    + r"""])
  | (?P<punct>\.{3}|--|[^\w\s])
    """,
    re.VERBOSE,
)


# --------------------------------------------------------------------------- tokens


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each token in text[lo:hi]; kind is word/number/punct/quote.

    Words keep inner apostrophes and hyphens (``Trump’s``, ``François-Philippe``);
    acronyms with full stops stay whole (``U.S.``) and so do known abbreviations
    (``Gen.``); quotation marks are tokens of their own.
    """
    out = []
    for match in TOKEN_PATTERN.finditer(text, lo, hi):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "abbrev":
            kind = "word"
        elif kind == "word":
            if end < hi and text[end] == "." and _takes_its_stop(text, start, end, hi):
                end += 1
        elif (
            kind == "quote"
            and text[start] in SINGLE_MARKS
            and lo < start
            and end < hi
            and text[start - 1].isalpha()
            and text[end].isalpha()
        ):
            kind = "punct"  # an apostrophe the word pattern did not take
        out.append((start, end, kind))
    return _merge_split_abbreviations(text, out)


# A figure after a number abbreviation and its space: "No. 2", "Nos. 3 and 4".
_FIGURE_AFTER = re.compile(r"\.\s+#?\d")


def _takes_its_stop(text: str, start: int, end: int, hi: int) -> bool:
    """Whether the word text[start:end] keeps the full stop after it: a title or month
    ("Gen.", "Jan."), or "No." before a figure (elsewhere the stop ends the word no)."""
    word = text[start:end].lower()
    if word in _ABBREVIATED:
        return True
    return word in NUMERO and _FIGURE_AFTER.match(text, end, hi) is not None


def _merge_split_abbreviations(text: str, toks: list[tuple[int, int, str]]):
    # The number pattern is tried first, so "p.m." style tokens need no merge; this only
    # drops the stray full stop the word branch leaves after a title it already took.
    merged = []
    for tok in toks:
        if merged and tok[2] == "punct" and tok[0] < merged[-1][1]:
            continue
        merged.append(tok)
    return merged


__all__ = [
    "MONTHS",
    "NUMERO",
    "OTHER_ABBREVIATIONS",
    "QUOTE_CHARS",
    "SENTENCE_STARTERS",
    "TITLES",
    "TOKEN_PATTERN",
    "article_date",
    "find_date",
    "headline_index",
    "is_headline",
    "is_headline_like",
    "paragraph_kind",
    "paragraphs",
    "sentences",
    "tokens",
]
