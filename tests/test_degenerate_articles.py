"""Degenerate articles: every public article-level function gives a well-formed result.

An article with no word tokens, one token, only quotation marks, only headings or no
sentence-ending punctuation must not crash anything: each function returns a table with
the columns it has on a real article (possibly no rows), every offset round-tripping.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

import analysis
from analysis.readability.report import Readability

DEGENERATE = {
    "no word tokens": "!!! ???",
    "10,000 curly marks": "“" * 10_000,
    "one token": "Hello",
    "only quotation marks": "“ ” \" ' ‘ ’ « » ``",
    "only headings": "Breaking News\n\nSecond Heading Here\n\nAnother Heading",
    "no sentences": "...",
    "marks across paragraphs": "“ “ “\n\n” ”",
    "full stops": ". " * 1_000,
    "commas": "," * 2_000,
    "said said said": "said " * 400,
    "one long token": "He said " + "x" * 5_000 + " today.",
}

READABILITY_BY = ("paragraph", "sentence", "speaker", "voice")
FUNCTIONS = [
    "quotes",
    "speaker_table",
    "mentions",
    "sentence_tone",
    "quote_tone",
    "readability_report",
    *(f"readability_by:{by}" for by in READABILITY_BY),
    "attribution_stance",
    "speaker_stance",
    "stance_matrix",
    "marker_rates",
    "framing_by_speaker",
    "propose_target",
]


def _call(name: str, article):
    if name.startswith("readability_by:"):
        return analysis.readability_by(article, by=name.split(":", 1)[1])
    return getattr(analysis, name)(article)


@pytest.fixture(scope="module")
def reference():
    """Each function's result on the seed article: the shape a result must have."""
    article = analysis.load_article()
    return {name: _call(name, article) for name in FUNCTIONS}


def _check_offsets(text: str, table: pd.DataFrame) -> None:
    if not {"start", "end", "text"} <= set(table.columns):
        return
    for start, end, value in table[["start", "end", "text"]].itertuples(index=False):
        if pd.isna(start) or pd.isna(end):
            continue
        assert text[int(start) : int(end)] == value


def _check(name: str, article, result, expected) -> None:
    if isinstance(expected, pd.DataFrame):
        assert isinstance(result, pd.DataFrame)
        assert list(result.columns) == list(expected.columns)
        _check_offsets(article.text, result)
    elif isinstance(expected, Readability):
        assert isinstance(result, Readability)
        assert set(result) == set(expected)
        assert list(result.table.columns) == list(expected.table.columns)
        for value in result.values():
            assert isinstance(value, int | float) and not math.isinf(value)
        if result.start is not None:
            assert 0 <= result.start <= result.end <= len(article.text)
    elif isinstance(expected, dict):
        assert isinstance(result, dict)
        assert set(result) == set(expected)
        if result.get("start") is not None:
            assert article.text[result["start"] : result["end"]] == result["text"]
    else:  # pragma: no cover - a new kind of result needs its own check
        raise AssertionError(f"{name}: unexpected reference type {type(expected)}")


PARAMS = [
    pytest.param(case, name, id=f"{case}-{name}") for case in DEGENERATE for name in FUNCTIONS
]


@pytest.fixture(scope="module")
def articles():
    return {case: analysis.parse_article(text) for case, text in DEGENERATE.items()}


@pytest.mark.parametrize(("case", "name"), PARAMS)
def test_function_is_well_formed_on_degenerate_article(case, name, articles, reference):
    article = articles[case]
    _check(name, article, _call(name, article), reference[name])


@pytest.mark.parametrize("case", list(DEGENERATE))
def test_degenerate_article_parses_with_offsets(case, articles):
    article = articles[case]
    assert len(article.paragraphs) >= 1 and len(article.sentences) >= 1
    for table in (article.paragraphs, article.sentences, article.tokens):
        _check_offsets(article.text, table)
