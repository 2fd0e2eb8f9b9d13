"""How hard the whole body is to read: its counts, every formula, and whether each stands on enough text.

Counts are sums of the word table of :mod:`analysis.readability.words`; the formulas are the
registry of :mod:`analysis.readability.formulas`. Every formula was built on samples of about
100 words, and SMOG on 30 sentences; a value computed on less is returned with
``valid=False`` and a note (:func:`measure_validity`), never dropped and never a division by
zero (no words or no sentences gives NaN).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.core.article import Article
from analysis.readability.formulas import CONSENSUS_OF, FORMULAS, MEASURES, REGISTRY
from analysis.readability.groups import (
    COUNT_COLUMNS,
    SUMMED,
    group_counts,
    score_arrays,
    word_columns,
)
from analysis.readability.words import article_word_table


def count_words(words: pd.DataFrame, by: str | list[str] | None = None) -> pd.DataFrame:
    """The counts of :data:`COUNT_COLUMNS` from a :func:`word_table`, overall or per group.

    A group's sentences are the distinct sentences its words are in, so a sentence that
    is partly quotation counts once for the quotation and once for the narration.
    """
    if by is None:
        return pd.DataFrame(group_counts(word_columns(words), np.zeros(len(words), "intp"), 1))
    if not isinstance(by, str):
        named = {
            "sentences": ("sentence", "nunique"),
            "words": ("token", "size"),
            **{name: (column, "sum") for name, column in SUMMED.items()},
        }
        counts = words.groupby(by, sort=False).agg(**named).reset_index()
        return counts.astype({c: int for c in COUNT_COLUMNS})
    codes, groups = pd.factorize(words[by], sort=False)
    return pd.DataFrame({by: groups, **group_counts(word_columns(words), codes, len(groups))})


def score_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """``counts`` with one column per formula, a ``consensus_grade``, and validity flags.

    ``few_words`` marks rows under :data:`MIN_WORDS` words (every formula was built on
    100-word samples), ``few_sentences_for_smog`` rows under :data:`SMOG_MIN_SENTENCES`.
    """
    arrays = {c: counts[c].to_numpy() for c in COUNT_COLUMNS}
    scores = score_arrays(arrays)
    return pd.concat([counts, pd.DataFrame(scores, index=counts.index)], axis=1)


def measure_validity(key: str, words: int, sentences: int) -> tuple[bool, str]:
    """Whether a formula's value stands on enough text (the sample its registry entry says it
    was built on), and why not when it does not."""
    if words == 0 or sentences == 0:
        return False, "no words or no sentences: nothing to measure"
    measure = REGISTRY[key]
    if sentences < measure.min_sentences:
        return (
            False,
            f"{sentences} sentences; {measure.name} is defined on {measure.min_sentences} "
            f"({measure.citation})",
        )
    if words < measure.min_words:
        return False, f"{words} words; the formulas were built on {measure.min_words}-word samples"
    return True, ""


@dataclass(frozen=True)
class Readability(Mapping):
    """An article's readability: a mapping of named counts and scores, plus a per-formula table.

    ``report["flesch_kincaid_grade"]``, ``report["sentences"]``; ``report.valid[key]`` says
    whether a formula's value stands on enough text, ``report.table`` has one row per
    formula with its value, validity, note and source.
    """

    counts: dict[str, int]
    scores: dict[str, float]
    valid: dict[str, bool]
    notes: dict[str, str]
    #: The stretch of the article the words were taken from (provenance), or None.
    start: int | None = None
    end: int | None = None

    def __getitem__(self, key: str) -> float:
        return self.counts[key] if key in self.counts else self.scores[key]

    def __iter__(self) -> Iterator[str]:
        return iter([*self.counts, *self.scores])

    def __len__(self) -> int:
        return len(self.counts) + len(self.scores)

    def _columns(self) -> dict[str, list]:
        n = len(MEASURES)
        return {
            "measure": [m.key for m in MEASURES],
            "name": [m.name for m in MEASURES],
            "value": [self.scores[m.key] for m in MEASURES],
            "is_grade": [m.is_grade for m in MEASURES],
            "valid": [self.valid[m.key] for m in MEASURES],
            "note": [self.notes[m.key] for m in MEASURES],
            "source": [m.source for m in MEASURES],
            "start": [self.start] * n,
            "end": [self.end] * n,
        }

    @property
    def table(self) -> pd.DataFrame:
        """One row per formula: ``measure``, ``name``, ``value``, ``is_grade``, ``valid``,
        ``note``, ``source``, and ``start``/``end`` of the text it was computed on."""
        return pd.DataFrame(self._columns())

    def located_table(self, text: str) -> pd.DataFrame:
        """:attr:`table` with a last column, ``text``: the stretch of ``text`` (the article's)
        it was computed on, empty when there were no words."""
        stretch = text[self.start : self.end] if self.start is not None else ""
        column = pd.array([stretch] * len(MEASURES), dtype="str")
        return pd.DataFrame(self._columns() | {"text": column})


def _consensus(grades: dict[str, float], valid: dict[str, bool]) -> tuple[float, bool, str]:
    """The consensus grade of one text: the median of its valid grade formulas, else (flagged)
    the median of every grade formula that gave a number."""
    usable = [v for k, v in grades.items() if valid[k] and not np.isnan(v)]
    if usable:
        return float(np.median(usable)), True, "median of the valid grade formulas"
    numbers = [v for v in grades.values() if not np.isnan(v)]
    consensus = float(np.median(numbers)) if numbers else float("nan")
    return consensus, False, "no grade formula is valid on this text"


def readability_of_words(words: pd.DataFrame) -> Readability:
    """The :class:`Readability` of any set of rows of a :func:`word_table`."""
    totals = group_counts(word_columns(words), np.zeros(len(words), dtype="intp"), 1)
    counts = {k: int(v[0]) for k, v in totals.items()}
    scores = {key: float(formula(counts)) for key, formula in FORMULAS.items()}
    valid, notes = {}, {}
    for key in FORMULAS:
        valid[key], notes[key] = measure_validity(key, counts["words"], counts["sentences"])
    grades = {k: scores[k] for k in CONSENSUS_OF}
    scores["consensus_grade"], valid["consensus_grade"], notes["consensus_grade"] = _consensus(
        grades, valid
    )
    start = int(words["start"].min()) if len(words) else None
    end = int(words["end"].max()) if len(words) else None
    return Readability(counts=counts, scores=scores, valid=valid, notes=notes, start=start, end=end)


def readability_report(article: Article, words: pd.DataFrame | None = None) -> Readability:
    """Counts and every formula for the article's body text (no headings, no boilerplate).

    Sentences are the article's own body sentences that have a word in them; see the
    module docstring for the other counts and each formula's docstring for its source.
    ``words`` is :func:`word_table` of the article, computed when not given.
    """
    return readability_of_words(article_word_table(article) if words is None else words)
