"""Counts and formulas per group of words, as NumPy arrays: the core of every readability table.

A group is any set of rows of the word table (:mod:`analysis.readability.words`): the
whole body, a paragraph, a sentence, a voice, a speaker's quoted words. Each word row
gets a group code (``-1``: in no group) and the counts of every group are bin counts
over those codes, so an article's tables cost one pass over its words, not a pandas
group-by per table. The formulas of :mod:`analysis.readability.formulas` then run once
on the arrays of counts, one value per group.

Voices and speakers are found here too, with sorted searches in place of pandas'
as-of merges; their rules are those of :func:`analysis.core.schema.word_voices` and
:func:`analysis.readability.report.speaker_words`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.core.schema import NARRATION, PARAPHRASE, QUOTATION, UNRESOLVED
from analysis.readability.formulas import (
    CONSENSUS_OF,
    FORMULAS,
    MIN_WORDS,
    SMOG_MIN_SENTENCES,
)

#: The count columns every readability table carries, in order.
COUNT_COLUMNS = [
    "sentences", "words", "syllables", "polysyllables", "complex_words",
    "characters", "letters", "difficult_words",
]  # fmt: skip

#: The word-table column each count sums (``sentences`` counts distinct sentences instead).
SUMMED = {
    "syllables": "syllables", "polysyllables": "polysyllable", "complex_words": "complex",
    "characters": "characters", "letters": "letters", "difficult_words": "difficult",
}  # fmt: skip

#: The word-table columns the counts and groups read, as arrays (:func:`word_columns`).
ARRAY_COLUMNS = ("token", "sentence", "paragraph", "start", "end", "in_quote", *SUMMED.values())

#: Columns of a word table as NumPy arrays, by name.
Columns = dict[str, np.ndarray]

#: The columns :func:`score_arrays` adds to the counts, in order.
SCORE_COLUMNS = [*FORMULAS, "consensus_grade", "few_words", "few_sentences_for_smog"]


def word_columns(words: pd.DataFrame) -> Columns:
    """The :data:`ARRAY_COLUMNS` a word table has, as arrays: read once, counted many times."""
    return {c: words[c].to_numpy() for c in ARRAY_COLUMNS if c in words.columns}


def group_counts(words: Columns, codes: np.ndarray, n: int) -> dict[str, np.ndarray]:
    """:data:`COUNT_COLUMNS` of groups ``0..n-1``, given each word row's group code (-1: none).

    A group's sentences are the distinct sentences its words are in, so a sentence that
    is partly quotation counts once for the quotation and once for the narration.
    """
    keep = codes >= 0
    kept = codes[keep]
    sentences = np.zeros(n, dtype="int64")
    if len(kept):
        # each (group, sentence) pair once, as one integer: group * span + sentence offset
        sentence = words["sentence"][keep].astype("int64")
        lowest = sentence.min()
        span = int(sentence.max() - lowest) + 1
        pairs = np.unique(kept.astype("int64") * span + (sentence - lowest))
        sentences = np.bincount(pairs // span, minlength=n).astype("int64")
    counts = {"sentences": sentences, "words": np.bincount(kept, minlength=n).astype("int64")}
    for name, column in SUMMED.items():
        values = words[column][keep].astype("float64")
        counts[name] = np.bincount(kept, weights=values, minlength=n).astype("int64")
    return {name: counts[name] for name in COUNT_COLUMNS}


def consensus_of(grades: np.ndarray) -> np.ndarray:
    """Per row of a (groups x grade formulas) array, the median of its grades that are numbers
    (:func:`analysis.readability.formulas.consensus_grade`); NaN where none is.

    The median as NumPy and pandas take it: the middle value, or the mean of the two
    middle ones, ``(low + high) / 2``. Sorting puts the NaNs last.
    """
    ordered = np.sort(grades, axis=1)
    numbers = (~np.isnan(grades)).sum(axis=1)
    rows = np.arange(len(grades))
    low = ordered[rows, np.maximum((numbers - 1) // 2, 0)]
    high = ordered[rows, np.maximum(numbers // 2, 0)]
    middle = np.where(numbers % 2 == 1, high, (low + high) / 2)
    return np.where(numbers > 0, middle, np.nan)


def score_arrays(counts: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Every formula on arrays of counts (one value per group), the consensus grade, and the
    ``few_words`` (under :data:`MIN_WORDS`) and ``few_sentences_for_smog`` flags."""
    n = len(counts["words"])
    scores = {
        key: np.asarray(formula(counts), dtype="float64").reshape(n)
        for key, formula in FORMULAS.items()
    }
    scores["consensus_grade"] = consensus_of(np.column_stack([scores[k] for k in CONSENSUS_OF]))
    scores["few_words"] = counts["words"] < MIN_WORDS
    scores["few_sentences_for_smog"] = counts["sentences"] < SMOG_MIN_SENTENCES
    return scores


def last_at_or_before(starts: np.ndarray, points: np.ndarray) -> np.ndarray:
    """For each point, the row of ``starts`` with the greatest start at or before it (-1: none).

    What ``pandas.merge_asof(direction="backward")`` picks after ``sort_values`` on the
    starts: among equal starts, the last in that sort's order.
    """
    order = np.argsort(starts, kind="quicksort")
    at = np.searchsorted(starts[order], points, side="right") - 1
    return np.where(at >= 0, order[np.maximum(at, 0)], -1)


def voice_labels(words: Columns, attributions: pd.DataFrame) -> np.ndarray:
    """The voice of each word, by the rule of :func:`analysis.core.schema.word_voices`.

    Quotation inside quotation marks; else paraphrase inside the content of an
    attribution with a speaker (the one starting nearest before the word, when the word
    ends by its end); else narration.
    """
    in_quote = words["in_quote"].astype(bool)
    attributed = np.zeros(len(in_quote), dtype=bool)
    if len(in_quote) and len(attributions):
        row = last_at_or_before(
            attributions["start"].to_numpy().astype("int64"),
            words["start"].astype("int64"),
        )
        ends = attributions["end"].to_numpy().astype("int64")
        has_speaker = attributions["speaker"].notna().to_numpy()
        found = row >= 0
        at = np.maximum(row, 0)
        attributed = found & (words["end"] <= ends[at]) & has_speaker[at]
    return np.where(in_quote, QUOTATION, np.where(attributed, PARAPHRASE, NARRATION)).astype(object)


def _fragments(quoted: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Start, end and quotation of every fragment of the quotations' ``fragments``, in order."""
    starts, ends, owners = [], [], []
    for owner, fragments in enumerate(quoted):
        items = [fragments] if pd.api.types.is_scalar(fragments) else list(fragments)
        for fragment in items:
            if pd.api.types.is_scalar(fragment) and pd.isna(fragment):
                continue
            starts.append(int(fragment[0]))
            ends.append(int(fragment[1]))
            owners.append(owner)
    as_array = [np.array(v, dtype="int64") for v in (starts, ends, owners)]
    return as_array[0], as_array[1], as_array[2]


def quoted_speakers(quote_table: pd.DataFrame) -> tuple[list, pd.Series]:
    """The ``fragments`` of the direct and mixed quotations and the name of each one's
    speaker: the resolved ``speaker``, else the mention as written, else :data:`UNRESOLVED`.

    Only the three columns are read, not a copy of the whole table.
    """
    kinds = quote_table["kind"].tolist()
    rows = np.array([i for i, k in enumerate(kinds) if k in ("direct", "mixed")], dtype="intp")
    speaker = quote_table["speaker"].take(rows)
    names = speaker.where(speaker.notna(), quote_table["speaker_mention"].take(rows))
    return quote_table["fragments"].take(rows).tolist(), names.fillna(UNRESOLVED)


def speaker_rows(
    words: Columns, quote_table: pd.DataFrame
) -> tuple[np.ndarray, object, np.ndarray]:
    """The word rows each speaker is quoted saying, per row that speaker's name, and which
    of the words in quotation marks (in order of their start) these rows are.

    A word counts when it is in quotation marks and inside a fragment of a direct or
    mixed quotation (the fragment starting nearest before it, when the word ends by its
    end). Rows in order of their start; names keep the dtype of the quote table's.
    """
    quoted, names = quoted_speakers(quote_table)
    if not quoted:  # no speaker's own words: an empty text column
        names = pd.Series(dtype=str)
    starts, ends, owners = _fragments(quoted)
    inside = np.flatnonzero(words["in_quote"].astype(bool))
    inside = inside[np.argsort(words["start"][inside], kind="stable")]
    if not len(starts) or not len(inside):
        return inside[:0], names.array[:0], np.zeros(len(inside), dtype=bool)
    fragment = last_at_or_before(starts, words["start"][inside].astype("int64"))
    at = np.maximum(fragment, 0)
    within = (fragment >= 0) & (words["end"][inside] <= ends[at])
    return inside[within], names.array.take(owners[at[within]]), within


def runs_of(
    tokens: list[int], positions: list[int], starts: list[int], ends: list[int], labels: list
) -> dict[object, list[list[int]]]:
    """Per group (in order of its first word), the (start, end) of each run of its consecutive
    words, given the words in token order.

    A run breaks where the group's next word is not the next body word of the article
    (a word of another group, or of no group, lies between). Plain Python, one pass.
    """
    spans: dict[object, list[list[int]]] = {}
    last: dict[object, int] = {}
    for _, position, start, end, group in sorted(
        zip(tokens, positions, starts, ends, labels, strict=True), key=lambda word: word[0]
    ):
        runs = spans.setdefault(group, [])
        if runs and last[group] == position - 1:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
        last[group] = position
    return spans
