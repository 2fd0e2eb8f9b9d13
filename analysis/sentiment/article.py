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

import pandas as pd

from analysis.core.schema import QUOTED_SENTENCE_SHARE, sentence_voices
from analysis.sentiment.scorers import score_sentiment, sentiment_words
from analysis.speakers import resolved_quotes

__all__ = [
    "article_words",
    "attribute_sentences",
    "quote_sentiment",
    "sentence_tone",
    "sentiment_by",
    "speaker_sentiment",
]


def _find_quotes(article) -> pd.DataFrame:
    """Who said what with resolved speakers, for a caller that did not pass it."""
    return resolved_quotes(article)


def _quote_share(article) -> pd.Series:
    """Share of each sentence's word and number tokens that lie inside quotation marks."""
    tokens = article.tokens
    words = tokens[tokens["kind"].isin(["word", "number"])]
    share = words.groupby("sentence")["in_quote"].mean()
    return share.reindex(article.body_sentences["sentence"], fill_value=0.0)


def attribute_sentences(sentences: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The attribution each sentence overlaps most, as ``quote`` (row label) and ``speaker``.

    Overlap is counted in characters between the sentence ``[start, end)`` and the
    attribution's content ``[start, end)``; sentences no attribution touches get none.
    """
    base = sentences[["sentence", "start", "end"]]
    if quotes.empty:
        return pd.DataFrame({"sentence": base["sentence"], "quote": pd.NA, "speaker": None}).astype(
            {"quote": "Int64", "speaker": object}
        )
    best = _best_overlaps(base, quotes)
    merged = base[["sentence"]].merge(best, on="sentence", how="left")
    return merged.astype({"quote": "Int64", "speaker": object})


def _best_overlaps(sentences: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """For each sentence some attribution overlaps, the one overlapping it most (the first on
    a tie): sentence, quote (row label), speaker.

    Sentences do not overlap each other, so each attribution touches a run of sentences
    found by bisection: linear in the article, not sentences x attributions.
    """
    order = sorted(
        zip(sentences["start"], sentences["end"], sentences["sentence"], strict=True),
        key=lambda row: row[0],
    )
    ends = [int(end) for _, end, _ in order]
    best: dict[int, tuple[int, object, object]] = {}  # position -> (overlap, quote, speaker)
    for label, start, end, speaker in zip(
        quotes.index, quotes["start"], quotes["end"], quotes["speaker"], strict=True
    ):
        position = bisect.bisect_right(ends, start)
        while position < len(order) and order[position][0] < end:
            s_start, s_end, _ = order[position]
            overlap = min(s_end, end) - max(s_start, start)
            if overlap > 0 and (position not in best or overlap > best[position][0]):
                best[position] = (overlap, label, speaker)
            position += 1
    rows = [(order[p][2], quote, speaker) for p, (_, quote, speaker) in sorted(best.items())]
    table = pd.DataFrame(rows, columns=["sentence", "quote", "speaker"])
    # the dtypes of the inputs, so the merge on sentence works on an empty table too
    return table.astype(
        {
            "sentence": sentences["sentence"].dtype,
            "quote": quotes.index.dtype,
            "speaker": quotes["speaker"].dtype,
        }
    )


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
    sentences = article.body_sentences.reset_index(drop=True)
    table = sentences[["sentence", "paragraph", "kind", "start", "end", "text"]].copy()
    table["quote_share"] = _quote_share(article).to_numpy()
    table["in_quote"] = table["quote_share"] >= QUOTED_SENTENCE_SHARE
    attributed = attribute_sentences(sentences, quotes)
    table["quote"] = attributed["quote"].to_numpy()
    table["speaker"] = attributed["speaker"].to_numpy()
    table["voice"] = sentence_voices(table["quote_share"], table["speaker"].notna())
    scores = score_sentiment(table["text"], method=method)
    return pd.concat([table, scores.drop(columns="text")], axis=1)


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
    scores = score_sentiment(table["text"].astype(object), method=method)
    return pd.concat([table, scores.drop(columns="text")], axis=1)


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


def sentiment_by(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """Aggregate a scored table (from :func:`sentiment` or :func:`quote_sentiment`) by ``by``.

    ``by`` is a column such as ``paragraph``, ``speaker`` or ``voice``. One row per group:
    ``n``, ``mean``, ``median``, ``low``, ``high`` of ``compound``, the shares labelled
    positive and negative, and ``start``/``end``, the first and last offset the group
    covers (a span, not a contiguous passage, for speakers and voices). Rows without a
    value of ``by`` (sentences no speaker is tied to) are left out.
    """
    if by not in table.columns:
        raise KeyError(f"No column {by!r} to group sentiment by; have {list(table.columns)}.")
    return _summary(table.dropna(subset=[by]).groupby(by, sort=True)).reset_index()


def speaker_sentiment(quote_table: pd.DataFrame) -> pd.DataFrame:
    """Tone per speaker over the text of their attributions, most quoted first."""
    summary = sentiment_by(quote_table, "speaker")
    return summary.sort_values(["n", "mean"], ascending=[False, True]).reset_index(drop=True)
