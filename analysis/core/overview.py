"""The article at a glance: structure, sentence lengths, frequent words, quotations.

Each function returns a tidy table with ``start``/``end`` offsets into the article,
built by joins and group-bys over :class:`~analysis.core.article.Article` tables.
"""

from __future__ import annotations

import bisect
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


def _word_mask(article: Article) -> np.ndarray:
    """Which tokens of the whole article (every paragraph kind) are words or numbers."""
    kinds = article.tokens["kind"].to_numpy()
    return (kinds == WORD_KINDS[0]) | (kinds == WORD_KINDS[1])


def _columns(table: pd.DataFrame, names: list[str], rows=None) -> dict:
    """Columns of ``table`` as arrays (its dtypes kept), all rows or the ``rows`` mask."""
    return {name: table[name].array if rows is None else table[name].array[rows] for name in names}


def paragraph_summary(article: Article) -> pd.DataFrame:
    """One row per paragraph: kind, offsets, words, sentences, share of words in quotation marks."""
    tokens, paragraphs = article.tokens, article.paragraphs
    words = _word_mask(article)
    size = len(paragraphs)
    # Counts per id by bin counts: one pass, no group-by per stage.
    ids = tokens["paragraph"].to_numpy(dtype=np.int64)[words]
    counts = np.bincount(ids, minlength=size)[:size]
    in_quote = tokens["in_quote"].to_numpy(dtype=float)[words]
    quoted = np.bincount(ids, weights=in_quote, minlength=size)
    sentences = np.bincount(article.sentences["paragraph"].to_numpy(dtype=np.int64), minlength=size)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(counts > 0, quoted[:size] / np.maximum(counts, 1), 0.0)
    columns = _columns(paragraphs, ["paragraph", "kind", "start", "end"])
    columns |= {
        "words": counts.astype(int),
        "sentences": sentences[:size].astype(int),
        "quoted_share": share,
        "text": paragraphs["text"].array,
    }
    return pd.DataFrame(columns, index=paragraphs.index)


def sentence_lengths(article: Article, kind: str | None = "body") -> pd.DataFrame:
    """One row per sentence (of paragraphs of ``kind``; None for all) with its length in words."""
    sentences = article.sentences
    size = len(sentences)
    ids = article.tokens["sentence"].to_numpy(dtype=np.int64)[_word_mask(article)]
    words = np.bincount(ids, minlength=size)[:size].astype(int)
    rows = None if kind is None else (sentences["kind"] == kind).to_numpy()
    columns = _columns(sentences, ["sentence", "paragraph", "kind", "start", "end"], rows)
    columns["words"] = words if rows is None else words[rows]
    columns |= _columns(sentences, ["text"], rows)
    index = sentences.index if rows is None else sentences.index[rows]
    return pd.DataFrame(columns, index=index)


def content_words(article: Article, top: int = 15) -> pd.DataFrame:
    """The most frequent content words of the body, with the offsets of their first use.

    Content words are word tokens of body paragraphs that are not function words,
    at least three letters long; counted by lowercased form.
    """
    words = article.words
    stop = stopwords()
    found: dict[str, list] = {}  # word -> [count, quoted, start, end, text]
    columns = ("kind", "lower", "start", "end", "text", "in_quote")
    for kind, lower, start, end, text, quoted in zip(
        *(words[c].tolist() for c in columns), strict=True
    ):
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


QUOTATION_COLUMNS = ["quotation", "paragraph", "start", "end", "words", "closed", "text"]
#: What ``words`` counts in a quotation (as ``str.count`` did: Python's ``re``).
_QUOTED_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def quotation_spans(article: Article) -> pd.DataFrame:
    """One row per passage in quotation marks: offsets, paragraph, words, whether it closed.

    Nested quotations are left out (the outer one covers them). Whether a passage is
    speech or a scare quote is for :func:`analysis.attribution.extract` to decide; this is only
    where the marks are.
    """
    outer = sorted((s for s in article.quote_spans if s.depth == 0), key=lambda s: s.start)
    if not outer:
        return pd.DataFrame(columns=QUOTATION_COLUMNS)
    starts = article.paragraphs["start"].tolist()
    ids = article.paragraphs["paragraph"].tolist()
    # the paragraph each passage starts in: the last one starting at or before it
    found = [bisect.bisect_right(starts, s.start) - 1 for s in outer]
    if min(found) < 0 or starts != sorted(starts):
        return _quotation_spans_by_merge(article, outer)
    texts = [article.text[s.start : s.end] for s in outer]
    return pd.DataFrame(
        {
            "quotation": np.arange(len(outer)),
            "paragraph": np.array(
                [ids[i] for i in found], dtype=article.paragraphs["paragraph"].dtype
            ),
            "start": np.array([s.start for s in outer], dtype=np.int64),
            "end": np.array([s.end for s in outer], dtype=np.int64),
            "words": np.array([len(_QUOTED_WORD.findall(t)) for t in texts], dtype=np.int64),
            "closed": np.array([s.closed for s in outer], dtype=bool),
            "text": texts,
        }
    )


def _quotation_spans_by_merge(article: Article, outer: list) -> pd.DataFrame:
    """:func:`quotation_spans` by pandas' as-of merge, for a passage before every
    paragraph (no paragraph: a missing value) or paragraphs out of order."""
    table = pd.DataFrame(
        {
            "start": [s.start for s in outer],
            "end": [s.end for s in outer],
            "closed": [s.closed for s in outer],
        }
    )
    paragraphs = article.paragraphs[["paragraph", "start"]]
    table = pd.merge_asof(
        table.sort_values("start"), paragraphs.rename(columns={"start": "p_start"}),
        left_on="start", right_on="p_start",
    ).drop(columns="p_start")  # fmt: skip
    table["text"] = [article.text[s:e] for s, e in zip(table["start"], table["end"], strict=True)]
    table["words"] = table["text"].str.count(_QUOTED_WORD.pattern)
    table.insert(0, "quotation", range(len(table)))
    return table[QUOTATION_COLUMNS]


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
