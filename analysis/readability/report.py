"""How hard an article is to read: counts and every formula, for the body and per paragraph, sentence, speaker or voice.

The formulas are the registry of :mod:`analysis.readability.formulas`; the counts come
from the word table of :mod:`analysis.readability.words`.

The unit of everything is one row per body word (:func:`word_table`), with its
syllables, letters and whether it is polysyllabic, complex (Gunning) or unfamiliar
(Dale-Chall). Counts are sums of that table per group (NumPy bin counts over the
word rows, :mod:`analysis.readability.groups`), so the same formulas give the whole
article (:func:`readability_report`), each paragraph, sentence, speaker or voice
(:func:`readability_by`), and each table is built once from plain columns.

Every formula was built on samples of about 100 words, and SMOG on 30 sentences; a
value computed on less is returned with ``valid=False`` and a note, never dropped and
never a division by zero (no words or no sentences gives NaN).

A module per concern, every name importable from here: :mod:`~analysis.readability.body`
(the whole body: :class:`Readability`, :func:`readability_report`),
:mod:`~analysis.readability.breakdown` (:func:`readability_by` per paragraph, sentence,
speaker or voice), :mod:`~analysis.readability.checks` (hardest sentences, difficult and
estimated words, textstat), and here :func:`readability_scores`, every value as one long
table.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.core.article import Article
from analysis.readability.body import (
    Readability,
    count_words,
    measure_validity,
    readability_of_words,
    readability_report,
    score_counts,
)
from analysis.readability.breakdown import GROUPINGS, readability_by, speaker_words
from analysis.readability.checks import (
    compare_with_textstat,
    difficult_words,
    estimated_words,
    hardest_sentences,
)
from analysis.readability.formulas import MEASURE_KEYS, MEASURES, MIN_WORDS, Measure

SCORE_COLUMNS = ["scope", "scope_id", "measure", "value", "valid", "start", "end", "text"]


def _group_valid(measure: Measure, words: np.ndarray, sentences: np.ndarray) -> np.ndarray:
    """Per group, whether the formula stands on enough text (:func:`measure_validity`); the
    consensus (the median of every grade formula) when the group has the :data:`MIN_WORDS`
    words they need."""
    if measure.compute is None:
        return (sentences > 0) & (words >= MIN_WORDS)
    return (
        (words > 0)
        & (sentences > 0)
        & (sentences >= measure.min_sentences)
        & (words >= measure.min_words)
    )


def _measure_values(table: pd.DataFrame) -> np.ndarray:
    """The (groups x measures) values of a :func:`readability_by` table, as one float array."""
    first = table.columns.get_loc(MEASURE_KEYS[0])
    if (
        isinstance(first, int)
        and list(table.columns[first : first + len(MEASURE_KEYS)]) == MEASURE_KEYS
    ):
        # the measures side by side, as readability_by leaves them: one slice of one block
        return table.iloc[:, first : first + len(MEASURE_KEYS)].to_numpy(dtype="float64")
    return np.column_stack([table[k].to_numpy(dtype="float64") for k in MEASURE_KEYS])


def _scope_rows(text: str, scope: str, table: pd.DataFrame) -> dict[str, object]:
    """One scope's groups (one row each of its :func:`readability_by` table): their scope,
    id, start, end, text, and their value and validity per measure (groups x measures)."""
    words = table["words"].to_numpy(dtype="int64")
    sentences = table["sentences"].to_numpy(dtype="int64")
    starts = table["start"].to_numpy(dtype="int64").tolist()
    ends = table["end"].to_numpy(dtype="int64").tolist()
    return {
        "scope": [scope] * len(table),
        "scope_id": [str(key) for key in table[scope].tolist()],
        "start": starts,
        "end": ends,
        "text": [text[a:b] for a, b in zip(starts, ends, strict=True)],
        "value": _measure_values(table),
        "valid": np.column_stack([_group_valid(k, words, sentences) for k in MEASURES]),
    }


def _article_rows(report: Readability, text: str) -> dict[str, object]:
    """The article scope as one group, from its :class:`Readability` (validity as it says)."""
    return {
        "scope": ["article"],
        "scope_id": ["body"],
        "start": [report.start],
        "end": [report.end],
        "text": [text[report.start : report.end] if report.start is not None else ""],
        "value": np.array([[report.scores[k] for k in MEASURE_KEYS]], dtype="float64"),
        "valid": np.array([[report.valid[k] for k in MEASURE_KEYS]], dtype=bool),
    }


def readability_scores(
    article: Article, report: Readability, by: dict[str, pd.DataFrame]
) -> pd.DataFrame:
    """Every readability value of the article, long: one row per scope and measure.

    ``scope`` is ``article`` (the body; ``scope_id`` "body") or a grouping of
    :data:`GROUPINGS` with its :func:`readability_by` table in ``by``; ``scope_id`` is
    the paragraph or sentence number, the speaker or the voice. Columns: scope, scope_id,
    measure, value, valid (:func:`measure_validity`), start, end, and text
    (``article.text[start:end]``: for speakers and voices the stretch from their first
    word to their last). Each column is built once per group and repeated per measure.
    """
    text = article.text
    parts = [_article_rows(report, text)]
    parts += [_scope_rows(text, scope, table) for scope, table in by.items() if len(table)]
    groups = {name: [v for part in parts for v in part[name]] for name in parts[0]}
    n, m = len(groups["scope"]), len(MEASURE_KEYS)
    per_group, per_measure = np.repeat(np.arange(n), m), np.tile(np.arange(m), n)

    def repeated(name: str, dtype: str):
        return pd.array(groups[name], dtype=dtype).take(per_group)

    return pd.DataFrame(
        {
            "scope": repeated("scope", "str"),
            "scope_id": repeated("scope_id", "str"),
            "measure": pd.array(MEASURE_KEYS, dtype="str").take(per_measure),
            "value": np.concatenate([part["value"] for part in parts]).ravel(),
            "valid": np.concatenate([part["valid"] for part in parts]).ravel(),
            "start": repeated("start", "Int64"),
            "end": repeated("end", "Int64"),
            "text": repeated("text", "str"),
        }
    )


__all__ = [
    "GROUPINGS",
    "Readability",
    "SCORE_COLUMNS",
    "compare_with_textstat",
    "count_words",
    "difficult_words",
    "estimated_words",
    "hardest_sentences",
    "measure_validity",
    "readability_by",
    "readability_of_words",
    "readability_report",
    "readability_scores",
    "score_counts",
    "speaker_words",
]
