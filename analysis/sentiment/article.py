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

import numpy as np
import pandas as pd

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
    return share.reindex(article.sentences["sentence"], fill_value=0.0)


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
    spans = quotes[["start", "end", "speaker"]].rename_axis("quote").reset_index()
    pairs = base.merge(spans, how="cross", suffixes=("", "_quote"))
    pairs["overlap"] = np.minimum(pairs["end"], pairs["end_quote"]) - np.maximum(
        pairs["start"], pairs["start_quote"]
    )
    pairs = pairs[pairs["overlap"] > 0].sort_values(
        ["sentence", "overlap"], ascending=[True, False]
    )
    best = pairs.drop_duplicates("sentence")[["sentence", "quote", "speaker"]]
    merged = base[["sentence"]].merge(best, on="sentence", how="left")
    return merged.astype({"quote": "Int64", "speaker": object})


def _voice(in_quote: pd.Series, speaker: pd.Series) -> pd.Series:
    """``quotation`` inside quotation marks, ``paraphrase`` when attributed, else ``narration``."""
    voice = np.where(in_quote, "quotation", np.where(speaker.notna(), "paraphrase", "narration"))
    return pd.Series(voice, index=in_quote.index)


def sentence_tone(
    article, method: str = "news", quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per sentence of ``article`` with its tone and who, if anyone, is speaking.

    Columns: ``sentence``, ``paragraph``, ``kind``, ``start``, ``end``, ``text`` (from
    ``article.sentences``); ``quote_share`` and ``in_quote`` (at least half its words inside
    quotation marks); ``quote`` and ``speaker`` (the attribution of ``analysis.attribution.extract``
    that overlaps it most; pass ``quotes`` to use another table); ``voice``
    (``quotation``/``paraphrase``/``narration``); ``compound``, ``label``, ``drivers``.
    """
    if quotes is None:
        quotes = _find_quotes(article)
    sentences = article.sentences.reset_index(drop=True)
    table = sentences[["sentence", "paragraph", "kind", "start", "end", "text"]].copy()
    table["quote_share"] = _quote_share(article).to_numpy()
    table["in_quote"] = table["quote_share"] >= 0.5
    attributed = attribute_sentences(sentences, quotes)
    table["quote"] = attributed["quote"].to_numpy()
    table["speaker"] = attributed["speaker"].to_numpy()
    table["voice"] = _voice(table["in_quote"], table["speaker"])
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
