"""The article at a glance: structure, sentence lengths, frequent words, quotations.

Each function returns a tidy table with ``start``/``end`` offsets into the article,
built by joins and group-bys over :class:`~analysis.core.article.Article` tables.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from analysis import lexicons
from analysis.core.article import Article

WORD_KINDS = ("word", "number")


@cache
def stopwords() -> frozenset[str]:
    """English function words (``analysis/lexicons/stopwords.txt``)."""
    return lexicons.words("stopwords")


def paragraph_summary(article: Article) -> pd.DataFrame:
    """One row per paragraph: kind, offsets, words, sentences, share of words in quotation marks."""
    words = article.tokens[article.tokens["kind"].isin(WORD_KINDS)]
    counts = words.groupby("paragraph").agg(words=("token", "size"), quoted=("in_quote", "sum"))
    sentences = article.sentences.groupby("paragraph").size().rename("sentences")
    table = (
        article.paragraphs.join(counts, on="paragraph")
        .join(sentences, on="paragraph")
        .fillna({"words": 0, "quoted": 0, "sentences": 0})
    )
    table = table.astype({"words": int, "quoted": int, "sentences": int})
    table["quoted_share"] = (table["quoted"] / table["words"].where(table["words"] > 0)).fillna(0.0)
    return table[
        ["paragraph", "kind", "start", "end", "words", "sentences", "quoted_share", "text"]
    ]


def sentence_lengths(article: Article, kind: str | None = "body") -> pd.DataFrame:
    """One row per sentence (of paragraphs of ``kind``; None for all) with its length in words."""
    words = article.tokens[article.tokens["kind"].isin(WORD_KINDS)]
    lengths = words.groupby("sentence").size().rename("words")
    table = article.sentences.join(lengths, on="sentence").fillna({"words": 0})
    table["words"] = table["words"].astype(int)
    if kind is not None:
        table = table[table["kind"] == kind]
    return table[["sentence", "paragraph", "kind", "start", "end", "words", "text"]]


def content_words(article: Article, top: int = 15) -> pd.DataFrame:
    """The most frequent content words of the body, with the offsets of their first use.

    Content words are word tokens of body paragraphs that are not function words,
    at least three letters long; counted by lowercased form.
    """
    words = article.words
    words = words[
        (words["kind"] == "word")
        & (words["lower"].str.len() >= 3)
        & ~words["lower"].isin(stopwords())
        & words["lower"].str.contains(r"[a-z]", regex=True)
    ]
    table = (
        words.groupby("lower", sort=False)
        .agg(count=("token", "size"), start=("start", "first"), end=("end", "first"),
             text=("text", "first"), quoted=("in_quote", "sum"))
        .reset_index()
        .rename(columns={"lower": "word"})
        .sort_values(["count", "start"], ascending=[False, True])
        .head(top)
        .reset_index(drop=True)
    )  # fmt: skip
    return table[["word", "count", "quoted", "start", "end", "text"]]


def quotation_spans(article: Article) -> pd.DataFrame:
    """One row per passage in quotation marks: offsets, paragraph, words, whether it closed.

    Nested quotations are left out (the outer one covers them). Whether a passage is
    speech or a scare quote is for :func:`analysis.attribution.extract` to decide; this is only
    where the marks are.
    """
    outer = [s for s in article.quote_spans if s.depth == 0]
    table = pd.DataFrame(
        {
            "start": [s.start for s in outer],
            "end": [s.end for s in outer],
            "closed": [s.closed for s in outer],
        }
    )
    if table.empty:
        return pd.DataFrame(
            columns=["quotation", "paragraph", "start", "end", "words", "closed", "text"]
        )
    paragraphs = article.paragraphs[["paragraph", "start"]]
    table = pd.merge_asof(
        table.sort_values("start"), paragraphs.rename(columns={"start": "p_start"}),
        left_on="start", right_on="p_start",
    ).drop(columns="p_start")  # fmt: skip
    table["text"] = [article.text[s:e] for s, e in zip(table["start"], table["end"], strict=True)]
    table["words"] = table["text"].str.count(r"\w+(?:[-'’]\w+)*")
    table.insert(0, "quotation", range(len(table)))
    return table[["quotation", "paragraph", "start", "end", "words", "closed", "text"]]


def quoted_share(article: Article) -> float:
    """Share of the body's words that stand inside quotation marks."""
    words = article.words
    return float(words["in_quote"].mean()) if len(words) else 0.0


# --------------------------------------------------------------------------- takeaways


def structure_takeaway(article: Article) -> str:
    """One sentence on the article's structure, computed from its paragraph table."""
    kinds = article.paragraphs["kind"].value_counts()
    body, heading, boiler = (int(kinds.get(k, 0)) for k in ("body", "heading", "boilerplate"))
    words = len(article.words)
    parts = [f"{body} body paragraphs ({words:,} words)"]
    if heading:
        parts.append(f"{heading} heading{'s' if heading > 1 else ''}")
    if boiler:
        parts.append(f"{boiler} boilerplate line{'s' if boiler > 1 else ''}, kept but set aside")
    return "The article has " + ", ".join(parts) + "."


def sentence_length_takeaway(lengths: pd.DataFrame) -> str:
    """One sentence on sentence length: median, and the longest sentence."""
    if lengths.empty:
        return "The article has no body sentences."
    longest = lengths.loc[lengths["words"].idxmax()]
    share_long = float((lengths["words"] > 30).mean())
    return (
        f"The median sentence has {lengths['words'].median():.0f} words; "
        f"{share_long:.0%} run past 30 words, the longest to {longest['words']} "
        f"(sentence {longest['sentence']})."
    )


def content_words_takeaway(words: pd.DataFrame) -> str:
    """One sentence naming the most frequent content words."""
    if words.empty:
        return "No content words were found."
    top = ", ".join(
        f"“{w}” ({c})" for w, c in words[["word", "count"]].head(3).itertuples(index=False)
    )
    return f"The words the article returns to most are {top}."


def quotation_takeaway(article: Article, spans: pd.DataFrame) -> str:
    """One sentence on how much of the article is quoted and where."""
    if spans.empty:
        return "The article has no passages in quotation marks."
    body_paragraphs = article.paragraphs[article.paragraphs["kind"] == "body"]["paragraph"]
    with_quotes = spans["paragraph"].isin(body_paragraphs)
    return (
        f"{quoted_share(article):.0%} of the body's words stand in quotation marks, in "
        f"{spans.loc[with_quotes, 'paragraph'].nunique()} of {len(body_paragraphs)} body paragraphs."
    )
