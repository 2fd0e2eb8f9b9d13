"""Readability per paragraph, sentence, speaker or voice (:func:`readability_by`).

The same counts and formulas as the body's (:mod:`analysis.readability.body`), summed per
group of word rows with NumPy bin counts (:mod:`analysis.readability.groups`); a speaker's
words are those quoted in their direct and mixed quotations (:func:`speaker_words`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.core.article import Article
from analysis.readability.groups import (
    Columns,
    group_counts,
    runs_of,
    score_arrays,
    speaker_rows,
    voice_labels,
    word_columns,
)
from analysis.readability.words import article_word_table
from analysis.speakers import resolved_quotes

GROUPINGS = ("paragraph", "sentence", "speaker", "voice")


def speaker_words(words: pd.DataFrame, quote_table: pd.DataFrame) -> pd.DataFrame:
    """The words each speaker is quoted saying: words in quotation marks inside a direct or
    mixed quotation's fragments, with that quotation's ``speaker``.

    ``quote_table`` follows the who-said-what contract (``analysis.attribution.extract``). Indirect
    quotations are left out: their words are the reporter's paraphrase, not the speaker's.
    A speaker the resolver could not name keeps the mention as written.
    """
    if not any(kind in ("direct", "mixed") for kind in quote_table["kind"].tolist()):
        return words.iloc[0:0].assign(speaker=pd.Series(dtype=str))
    rows, names, kept = speaker_rows(word_columns(words), quote_table)
    # the row labels a filter of the as-of merge's rows (kept of the quoted words) had
    index = pd.RangeIndex(len(kept))[kept]
    table = words.iloc[rows].set_axis(index)
    return table.assign(speaker=pd.Series(names, index=index, dtype=names.dtype))


def _word_columns(article: Article, words: pd.DataFrame | None) -> Columns:
    """The arrays of ``words`` (the article's own word table when None); those of the
    article's own table are read once and kept with it, which no caller changes in place."""
    kept = article_word_table(article) if words is None else words
    if kept is not article.__dict__.get("_readability_words"):
        return word_columns(kept)
    columns = article.__dict__.get("_readability_word_columns")
    if columns is None:
        columns = article.__dict__["_readability_word_columns"] = word_columns(kept)
    return columns


def _located(article: Article, by: str, words: Columns) -> pd.DataFrame:
    """Counts and formulas of each body paragraph or sentence with words, in article order,
    with its ``start``, ``end`` and ``text`` (and a sentence's ``paragraph``)."""
    if by == "paragraph":
        located, columns = article.paragraphs, ["paragraph", "start", "end", "text"]
    else:
        located, columns = article.sentences, ["sentence", "paragraph", "start", "end", "text"]
    groups, codes = np.unique(words[by], return_inverse=True)
    counts = group_counts(words, codes.reshape(-1), len(groups))
    keys = located[by].to_numpy()
    at = np.minimum(np.searchsorted(groups, keys), max(len(groups) - 1, 0))
    present = np.flatnonzero(groups[at] == keys) if len(groups) else np.array([], dtype="intp")
    counts = {name: values[at[present]] for name, values in counts.items()}
    table = {column: located[column].array.take(present) for column in columns}
    return pd.DataFrame(table | counts | score_arrays(counts))


def _grouped(
    words: Columns, by: str, rows: np.ndarray, labels, dtype, text: str | None
) -> pd.DataFrame:
    """Counts and formulas of each voice or speaker (``labels``: the group of each word of
    ``rows``; ``dtype``: the column's), with its ``start``/``end`` and the ``spans`` of its
    runs of words; most words first. Given the article's ``text``, a last column has the
    stretch from each group's first word to its last."""
    columns = [words[c][rows].tolist() for c in ("token", "start", "end")]
    runs = runs_of(columns[0], rows.tolist(), columns[1], columns[2], list(labels))
    groups = list(runs)
    code_of = {group: code for code, group in enumerate(groups)}
    codes = np.full(len(words["token"]), -1, dtype="intp")
    codes[rows] = [code_of[label] for label in labels]
    counts = group_counts(words, codes, len(groups))
    order = np.argsort(-counts["words"], kind="stable")
    spans = np.empty(len(groups), dtype=object)
    spans[:] = [tuple(map(tuple, runs[group])) for group in groups]
    table = {
        # a Series keeps an object dtype, which an array in a dict would lose to "str";
        # a table of no group has always had an object column
        by: pd.Series(groups, dtype=dtype if groups else object).take(order).reset_index(drop=True),
        "start": np.array([min(s for s, _ in runs[g]) for g in groups], dtype="int64")[order],
        "end": np.array([max(e for _, e in runs[g]) for g in groups], dtype="int64")[order],
        "spans": spans[order],
    }
    counts = {name: values[order] for name, values in counts.items()}
    table |= counts | score_arrays(counts)
    if text is not None:
        stretches = zip(table["start"].tolist(), table["end"].tolist(), strict=True)
        table["text"] = pd.array([text[a:b] for a, b in stretches], dtype="str")
    return pd.DataFrame(table)


def readability_by(
    article: Article,
    by: str = "paragraph",
    quote_table: pd.DataFrame | None = None,
    words: pd.DataFrame | None = None,
    *,
    stretches: bool = False,
) -> pd.DataFrame:
    """Counts and formulas per ``paragraph``, ``sentence``, ``speaker`` or ``voice``, one row each.

    - ``paragraph`` / ``sentence``: the body's paragraphs or sentences, with their ``text``.
    - ``voice``: ``quotation``, ``paraphrase`` and ``narration`` words
      (:func:`analysis.core.schema.word_voices`, from ``quote_table``).
    - ``speaker``: the words each speaker is quoted saying (:func:`speaker_words`), from
      ``quote_table`` or, when not given, ``analysis.quotes(article)``.

    Every row has ``start``/``end``; for paragraphs and sentences ``text[start:end]`` is
    the row's text, for voices and speakers it is the stretch from their first word to
    their last, and ``spans`` lists the (start, end) of each run of their words.
    Short groups are scored all the same and flagged ``few_words``: read them as a
    comparison, not as grades. ``words`` is :func:`word_table` of the article, computed
    when not given. ``stretches`` gives voices and speakers a last column, ``text``, with
    that stretch (as the pipeline's tables have it). Counts are bin counts of the word
    table (:mod:`analysis.readability.groups`).
    """
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(GROUPINGS)}, not {by!r}")
    words = _word_columns(article, words)
    if by in ("paragraph", "sentence"):
        return _located(article, by, words)
    if quote_table is None:
        quote_table = resolved_quotes(article)
    text = article.text if stretches else None
    if by == "voice":
        voices = voice_labels(words, quote_table)
        return _grouped(words, by, np.arange(len(voices)), voices, "str", text)
    rows, names, _ = speaker_rows(words, quote_table)
    return _grouped(words, by, rows, names, names.dtype, text)
