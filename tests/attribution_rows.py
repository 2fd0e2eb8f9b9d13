"""Shared helpers of the attribution tests: the table of an invented text, and its one row."""

from __future__ import annotations

import pandas as pd

import analysis
from analysis.attribution.extract import quotes


def table_of(text: str) -> pd.DataFrame:
    """The attribution table of ``text`` parsed as an article."""
    return quotes(analysis.parse_article(text))


def only_row(text: str) -> pd.Series:
    """The single row of ``text``'s table; the assertion shows the rows when there are more."""
    table = table_of(text)
    assert len(table) == 1, table[["cue", "speaker_mention", "text"]].to_string()
    return table.iloc[0]


def rows_of(text: str) -> list[tuple[str, str, str]]:
    """(speaker mention, cue, content) of every row of ``text`` parsed as an article."""
    table = table_of(text)
    return list(zip(table.speaker_mention, table.cue, table.text, strict=True))


def rows(sentence: str) -> list[tuple[str, str, str]]:
    """(speaker mention, cue, content) of every row of a one-sentence article."""
    return rows_of("A headline here.\n\n" + sentence)
