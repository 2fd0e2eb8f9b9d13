"""The article at a glance: structure, sentence lengths, frequent words, quotations.

Each function returns a tidy table with ``start``/``end`` offsets into the article,
built by joins and group-bys over :class:`~analysis.core.article.Article` tables.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import pandas as pd

from analysis import lexicons
from analysis.core.article import Article

WORD_KINDS = ("word", "number")
_HAS_LETTER = re.compile(r"[a-z]")


@cache
def stopwords() -> frozenset[str]:
    """English function words (``analysis/lexicons/stopwords.txt``)."""
    return lexicons.words("stopwords")


def _word_tokens(article: Article) -> pd.DataFrame:
    """Word and number tokens of the whole article (every paragraph kind)."""
    tokens = article.tokens
    return tokens[tokens["kind"].isin(WORD_KINDS)]


def paragraph_summary(article: Article) -> pd.DataFrame:
    """One row per paragraph: kind, offsets, words, sentences, share of words in quotation marks."""
    words = _word_tokens(article)
    size = len(article.paragraphs)
    # Counts per id by bin counts: one pass, no group-by per stage.
    ids = words["paragraph"].to_numpy(dtype=np.int64)
    counts = np.bincount(ids, minlength=size)[:size]
    quoted = np.bincount(ids, weights=words["in_quote"].to_numpy(dtype=float), minlength=size)
    sentences = np.bincount(article.sentences["paragraph"].to_numpy(dtype=np.int64), minlength=size)
    table = article.paragraphs.copy()
    table["words"] = counts.astype(int)
    table["sentences"] = sentences[:size].astype(int)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(counts > 0, quoted[:size] / np.maximum(counts, 1), 0.0)
    table["quoted_share"] = share
    return table[
        ["paragraph", "kind", "start", "end", "words", "sentences", "quoted_share", "text"]
    ]


def sentence_lengths(article: Article, kind: str | None = "body") -> pd.DataFrame:
    """One row per sentence (of paragraphs of ``kind``; None for all) with its length in words."""
    size = len(article.sentences)
    ids = _word_tokens(article)["sentence"].to_numpy(dtype=np.int64)
    table = article.sentences.copy()
    table["words"] = np.bincount(ids, minlength=size)[:size].astype(int)
    if kind is not None:
        table = table[table["kind"] == kind]
    return table[["sentence", "paragraph", "kind", "start", "end", "words", "text"]]


def content_words(article: Article, top: int = 15) -> pd.DataFrame:
    """The most frequent content words of the body, with the offsets of their first use.

    Content words are word tokens of body paragraphs that are not function words,
    at least three letters long; counted by lowercased form.
    """
    words = article.words
    stop = stopwords()
    found: dict[str, list] = {}  # word -> [count, quoted, start, end, text]
    for kind, lower, start, end, text, quoted in zip(
        words["kind"], words["lower"], words["start"], words["end"], words["text"],
        words["in_quote"], strict=True,
    ):  # fmt: skip
        if kind != "word" or len(lower) < 3 or lower in stop or not _HAS_LETTER.search(lower):
            continue
        entry = found.get(lower)
        if entry is None:
            found[lower] = [1, int(quoted), start, end, text]
        else:
            entry[0] += 1
            entry[1] += int(quoted)
    ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[1][2]))[:top]
    return pd.DataFrame(
        [(w, c, q, s, e, t) for w, (c, q, s, e, t) in ranked],
        columns=["word", "count", "quoted", "start", "end", "text"],
    )


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
