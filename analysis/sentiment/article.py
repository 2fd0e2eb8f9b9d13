"""Tone in an article: per sentence, per attribution, and aggregated by paragraph, speaker or voice.

:func:`sentence_tone` gives one row per sentence with its offsets, paragraph, whether it
sits inside quotation marks and which speaker an attribution ties it to;
:func:`quote_sentiment` scores each attribution's own text; :func:`sentiment_by`
aggregates sentences by paragraph, speaker or voice (narration, paraphrase, quotation) and
:func:`speaker_sentiment` aggregates quotations per speaker; :func:`article_words` lists
every word that moved a score with its offsets into the article. The scores come from
:func:`analysis.sentiment.scorers.score_sentiment`.
"""

from __future__ import annotations

import bisect
import statistics

import numpy as np
import pandas as pd

from analysis.core.schema import QUOTED_SENTENCE_SHARE, sentence_voices
from analysis.sentiment.scorers import score_columns, sentiment_words
from analysis.speakers import resolved_quotes

__all__ = [
    "article_words",
    "attribute_sentences",
    "quote_sentiment",
    "sentence_tone",
    "sentiment_by",
    "speaker_sentiment",
]

SENTENCE_COLUMNS = ["sentence", "paragraph", "kind", "start", "end", "text"]


def _find_quotes(article) -> pd.DataFrame:
    """Who said what with resolved speakers, for a caller that did not pass it."""
    return resolved_quotes(article)


def _quote_share(article) -> np.ndarray:
    """Share of each body sentence's word and number tokens that lie inside quotation marks
    (0 for a sentence without any), in the order of ``article.body_sentences``."""
    tokens = article.tokens
    kinds = tokens["kind"].to_numpy()
    words = (kinds == "word") | (kinds == "number")
    ids = tokens["sentence"].to_numpy()[words]
    wanted = article.body_sentences["sentence"].to_numpy()
    size = int(max(ids.max(initial=-1), wanted.max(initial=-1))) + 1
    # counts of 0/1 values are exact in floats, so quoted / counted is the group mean
    counted = np.bincount(ids, minlength=size)
    quoted = np.bincount(ids, weights=tokens["in_quote"].to_numpy()[words], minlength=size)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(counted > 0, quoted / np.maximum(counted, 1), 0.0)
    return share[wanted].astype(float)


def attribute_sentences(sentences: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The attribution each sentence overlaps most, as ``quote`` (row label) and ``speaker``.

    Overlap is counted in characters between the sentence ``[start, end)`` and the
    attribution's content ``[start, end)``; sentences no attribution touches get none.
    """
    quote, speaker = _sentence_attributions(sentences, quotes)
    # without attributions the table keeps the sentences' row labels, as it always has
    index = sentences.index if quotes.empty else pd.RangeIndex(len(sentences))
    return pd.DataFrame(
        {
            "sentence": sentences["sentence"].to_numpy(),
            "quote": pd.array(quote, dtype="Int64"),
            "speaker": pd.Series(speaker, index=index, dtype=object),
        },
        index=index,
    )


def _sentence_attributions(sentences: pd.DataFrame, quotes: pd.DataFrame) -> tuple[list, list]:
    """Per sentence, in order: the row label of the attribution overlapping it most (None
    when none does) and that attribution's speaker (NaN when none does, as a left join
    leaves it; all None when there are no attributions)."""
    if quotes.empty:
        return [None] * len(sentences), [None] * len(sentences)
    best = _best_overlaps(sentences, quotes)
    found = [best.get(position) for position in range(len(sentences))]
    quote = [None if item is None else item[0] for item in found]
    speaker = [np.nan if item is None else item[1] for item in found]
    return quote, speaker


def _best_overlaps(sentences: pd.DataFrame, quotes: pd.DataFrame) -> dict[int, tuple]:
    """For each sentence (by position) some attribution overlaps, the one overlapping it
    most (the first on a tie): position -> (quote row label, speaker).

    Sentences do not overlap each other, so each attribution touches a run of sentences
    found by bisection: linear in the article, not sentences x attributions.
    """
    order = sorted(
        zip(
            sentences["start"].tolist(),
            sentences["end"].tolist(),
            range(len(sentences)),
            strict=True,
        ),
        key=lambda row: row[0],
    )
    ends = [end for _, end, _ in order]
    best: dict[int, tuple[int, object, object]] = {}  # position -> (overlap, quote, speaker)
    for label, start, end, speaker in zip(
        quotes.index.tolist(), quotes["start"].tolist(), quotes["end"].tolist(),
        quotes["speaker"].tolist(), strict=True,
    ):  # fmt: skip
        position = bisect.bisect_right(ends, start)
        while position < len(order) and order[position][0] < end:
            s_start, s_end, row = order[position]
            overlap = min(s_end, end) - max(s_start, start)
            if overlap > 0 and (row not in best or overlap > best[row][0]):
                best[row] = (overlap, label, speaker)
            position += 1
    return {row: (quote, speaker) for row, (_, quote, speaker) in best.items()}


def sentence_tone(
    article, method: str = "news", quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per body sentence of ``article`` with its tone and who, if anyone, is speaking.

    Headings and boilerplate are left out: the rows are ``article.body_sentences``, the
    one sentence count every analysis uses. Columns: ``sentence``, ``paragraph``,
    ``kind``, ``start``, ``end``, ``text``; ``quote_share`` and ``in_quote`` (at least
    half its words inside quotation marks); ``quote`` and ``speaker`` (the attribution of ``analysis.attribution.extract``
    that overlaps it most; pass ``quotes`` to use another table); ``voice``
    (:func:`analysis.core.schema.sentence_voices`); ``compound``, ``label``, ``drivers``.
    """
    if quotes is None:
        quotes = _find_quotes(article)
    sentences = article.body_sentences
    share = pd.Series(_quote_share(article))
    quote, speaker = _sentence_attributions(sentences, quotes)
    speaker = np.array(speaker, dtype=object)
    # one table built once; an Int64 column's to_numpy() is what the column used to hold
    columns = {name: sentences[name].array for name in SENTENCE_COLUMNS}
    columns |= {
        "quote_share": share,
        "in_quote": share >= QUOTED_SENTENCE_SHARE,
        "quote": pd.array(quote, dtype="Int64").to_numpy(),
        "speaker": speaker,
        "voice": sentence_voices(share, pd.Series(~pd.isna(speaker))),
    }
    columns |= score_columns(sentences["text"].tolist(), method)
    return pd.DataFrame(columns)


def article_words(table: pd.DataFrame, method: str = "news") -> pd.DataFrame:
    """Every word that moved a sentence's score, with offsets into the article.

    ``table`` is :func:`sentiment`'s (or ``article.sentences``): one row per word with
    ``sentence``, ``start``, ``end`` (so ``article.text[start:end] == word``), ``word`` and
    ``contribution``, its signed push on the sentence's score.
    """
    words = sentiment_words(table["text"].reset_index(drop=True), method=method)
    located = table[["sentence", "start"]].reset_index(drop=True).rename_axis("row")
    words = words.join(located.rename(columns={"start": "offset"}), on="row")
    words["start"] += words["offset"]
    words["end"] += words["offset"]
    return words[["sentence", "start", "end", "word", "contribution"]]


def quote_sentiment(
    article, method: str = "news", quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Each attribution of ``analysis.quotes(article)`` with the tone of its own words.

    One row per attribution: ``quote`` (its row label), ``start``, ``end``, ``text``,
    ``kind``, ``speaker``, ``paragraph``, ``sentence``, then ``compound``, ``label``,
    ``drivers`` of the content text.
    """
    if quotes is None:
        quotes = _find_quotes(article)
    columns = ["start", "end", "text", "kind", "speaker", "paragraph", "sentence"]
    table = quotes[columns].rename_axis("quote").reset_index()
    scores = score_columns(table["text"].astype(object).tolist(), method)
    return pd.DataFrame({**{name: table[name] for name in table.columns}, **scores})


#: The columns of :func:`sentiment_by` after the grouping column.
SUMMARY_COLUMNS = [
    "n", "mean", "median", "low", "high", "share_positive", "share_negative", "start", "end",
]  # fmt: skip


def _summary(grouped) -> pd.DataFrame:
    return grouped.agg(
        n=("compound", "size"),
        mean=("compound", "mean"),
        median=("compound", "median"),
        low=("compound", "min"),
        high=("compound", "max"),
        share_positive=("label", lambda s: float((s == "positive").mean())),
        share_negative=("label", lambda s: float((s == "negative").mean())),
        start=("start", "min"),
        end=("end", "max"),
    )


def _check_column(table: pd.DataFrame, by: str) -> None:
    if by not in table.columns:
        raise KeyError(f"No column {by!r} to group sentiment by; have {list(table.columns)}.")


def sentiment_by(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """Aggregate a scored table (from :func:`sentiment` or :func:`quote_sentiment`) by ``by``.

    ``by`` is a column such as ``paragraph``, ``speaker`` or ``voice``. One row per group:
    ``n``, ``mean``, ``median``, ``low``, ``high`` of ``compound``, the shares labelled
    positive and negative, and ``start``/``end``, the first and last offset the group
    covers (a span, not a contiguous passage, for speakers and voices). Rows without a
    value of ``by`` (sentences no speaker is tied to) are left out.
    """
    _check_column(table, by)
    rows = _summary_rows(table, by)
    if rows is None:
        return _summary(table.dropna(subset=[by]).groupby(by, sort=True)).reset_index()
    return _summary_frame(table, by, rows)


def speaker_sentiment(quote_table: pd.DataFrame) -> pd.DataFrame:
    """Tone per speaker over the text of their attributions, most quoted first."""
    _check_column(quote_table, "speaker")
    rows = _summary_rows(quote_table, "speaker")
    if rows is None:
        summary = sentiment_by(quote_table, "speaker")
        return summary.sort_values(["n", "mean"], ascending=[False, True]).reset_index(drop=True)
    # a stable sort of the rows in speaker order, as pandas' multi-column sort is
    rows.sort(key=lambda row: (-row[1], row[2]))
    return _summary_frame(quote_table, "speaker", rows)


def _plain_summary(table: pd.DataFrame, by: str) -> bool:
    """Whether :func:`_summary_rows` gives what pandas' group-by gives: finite float
    scores without a negative zero (min and max then agree on ties), integer offsets, a
    grouping column that is not one of the summary's."""
    numeric = all(table[c].dtype == np.int64 for c in ("start", "end"))
    scores = table["compound"]
    if scores.dtype != np.float64:
        return False
    values = scores.to_numpy()
    plain = bool(np.isfinite(values).all()) and not bool(np.signbit(values[values == 0]).any())
    return numeric and plain and by not in SUMMARY_COLUMNS and "label" in table.columns


def _summary_rows(table: pd.DataFrame, by: str) -> list[tuple] | None:
    """One tuple per group of ``by``, in sorted order: the group's first row position,
    then the values of :data:`SUMMARY_COLUMNS`; None when only pandas can say (no
    group, unsortable keys, values :func:`_plain_summary` does not cover)."""
    if not _plain_summary(table, by):
        return None
    keys = table[by].to_numpy()
    groups: dict[object, list[int]] = {}
    for position, (key, missing) in enumerate(zip(keys.tolist(), pd.isna(keys), strict=True)):
        if not missing:
            groups.setdefault(key, []).append(position)
    try:
        ordered = sorted(groups)
    except TypeError:
        return None
    if not ordered:
        return None
    means = _group_means(table["compound"].to_numpy(), ordered, groups)
    compound, labels = table["compound"].tolist(), table["label"].tolist()
    starts, ends = table["start"].tolist(), table["end"].tolist()
    return [
        _group_summary(groups[key], mean, compound, labels, starts, ends)
        for key, mean in zip(ordered, means, strict=True)
    ]


def _group_means(scores: np.ndarray, ordered: list, groups: dict[object, list[int]]) -> list[float]:
    """The mean score of each group, by pandas itself on the same values in the same
    order (one vectorised call): its summation order decides the last bit."""
    code_of = {position: code for code, key in enumerate(ordered) for position in groups[key]}
    kept = sorted(code_of)
    codes = [code_of[position] for position in kept]
    return pd.Series(scores[kept]).groupby(codes, sort=True).mean().tolist()


def _group_summary(
    rows: list[int],
    mean: float,
    compound: list[float],
    labels: list,
    starts: list[int],
    ends: list[int],
) -> tuple:
    """The summary of one group (row positions ``rows``), as pandas' aggregations compute it."""
    values = [compound[i] for i in rows]
    n = len(rows)
    positive = sum(labels[i] == "positive" for i in rows)
    negative = sum(labels[i] == "negative" for i in rows)
    return (
        rows[0], n, mean, statistics.median(values), min(values), max(values),
        positive / n, negative / n, min(starts[i] for i in rows), max(ends[i] for i in rows),
    )  # fmt: skip


def _summary_frame(table: pd.DataFrame, by: str, rows: list[tuple]) -> pd.DataFrame:
    """The table of :func:`sentiment_by` from :func:`_summary_rows`' tuples, typed as
    pandas' group-by types it (the key column as an index of the group keys)."""
    firsts = [row[0] for row in rows]
    columns = {by: pd.Index(table[by].to_numpy()[firsts])}
    for i, name in enumerate(SUMMARY_COLUMNS, start=1):
        dtype = np.int64 if name in ("n", "start", "end") else np.float64
        columns[name] = np.array([row[i] for row in rows], dtype=dtype)
    return pd.DataFrame(columns)
