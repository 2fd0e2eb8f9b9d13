"""An article as tidy tables: paragraphs, sentences and tokens, all with offsets.

>>> article = parse_article("A title\\n\\n“Hello,” she said. He left.")
>>> article.sentences[["sentence", "kind", "text"]].to_dict("records")[1:]
[{'sentence': 1, 'kind': 'body', 'text': '“Hello,” she said.'}, {'sentence': 2, 'kind': 'body', 'text': 'He left.'}]
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import numpy as np
import pandas as pd

from analysis.core import segment
from analysis.core.loading import ArticleError, read_article_file
from analysis.core.quotemarks import QuoteSpan, find_quote_spans, quoted_mask

PARAGRAPH_COLUMNS = ["paragraph", "kind", "start", "end", "text"]
SENTENCE_COLUMNS = ["sentence", "paragraph", "kind", "start", "end", "text"]
TOKEN_COLUMNS = [
    "token", "sentence", "paragraph", "start", "end", "text", "lower", "kind", "in_quote",
]  # fmt: skip


@dataclass(frozen=True, eq=False)
class Article:
    """One article: the text exactly as read, its metadata and its tables.

    Every ``start``/``end`` pair in every table points into :attr:`text`.
    """

    text: str
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    tokens: pd.DataFrame
    quote_spans: tuple[QuoteSpan, ...] = field(repr=False)
    title: str | None = None
    date: date | None = None
    source: str | None = None
    encoding: str | None = None
    format: str = "text"

    def __repr__(self) -> str:
        return (
            f"Article(title={self.title!r}, date={self.date}, source={self.source!r}, "
            f"paragraphs={len(self.paragraphs)}, sentences={len(self.sentences)}, "
            f"tokens={len(self.tokens)})"
        )

    @cached_property
    def body_sentences(self) -> pd.DataFrame:
        """Sentences of body paragraphs only (no headings, no boilerplate)."""
        return self.sentences[self.sentences["kind"] == "body"]

    @cached_property
    def words(self) -> pd.DataFrame:
        """Word and number tokens of body paragraphs."""
        body = self.tokens["paragraph"].map(self.paragraphs.set_index("paragraph")["kind"])
        return self.tokens[(body == "body") & self.tokens["kind"].isin(["word", "number"])]


def parse_article(
    text: str,
    *,
    source: str | None = None,
    encoding: str | None = None,
    format: str = "text",
) -> Article:
    """Split ``text`` into paragraphs, sentences and tokens.

    Raises :class:`ArticleError` for text that is empty or not a string.
    """
    if not isinstance(text, str):
        raise ArticleError(f"{source or 'input'}: expected text, got {type(text).__name__}.")
    if not text.strip():
        raise ArticleError(f"{source or 'input'}: contains no text.")

    paragraph_bounds = segment.paragraphs(text)
    kinds = [segment.paragraph_kind(text[s:e]) for s, e in paragraph_bounds]
    if "body" not in kinds:
        if all(kind == "boilerplate" for kind in kinds):
            raise ArticleError(
                f"{source or 'input'}: contains only site boilerplate (such as 'Loading...'), "
                "no article text."
            )
        # A text of short lines only (a one-line note, a list of headlines) is all content.
        kinds = ["body" if kind == "heading" else kind for kind in kinds]
    paragraphs = pd.DataFrame(
        {
            "paragraph": np.arange(len(paragraph_bounds)),
            "kind": kinds,
            "start": [s for s, _ in paragraph_bounds],
            "end": [e for _, e in paragraph_bounds],
            "text": [text[s:e] for s, e in paragraph_bounds],
        },
        columns=PARAGRAPH_COLUMNS,
    )

    sentence_rows = [
        (pid, kind, s, e)
        for pid, ((lo, hi), kind) in enumerate(zip(paragraph_bounds, kinds, strict=True))
        for s, e in segment.sentences(text, lo, hi)
    ]
    sentences = pd.DataFrame(
        {
            "sentence": np.arange(len(sentence_rows)),
            "paragraph": [r[0] for r in sentence_rows],
            "kind": [r[1] for r in sentence_rows],
            "start": [r[2] for r in sentence_rows],
            "end": [r[3] for r in sentence_rows],
            "text": [text[r[2] : r[3]] for r in sentence_rows],
        },
        columns=SENTENCE_COLUMNS,
    )

    spans = tuple(find_quote_spans(text, paragraph_bounds))
    tokens = _token_table(text, sentence_rows, quoted_mask(text, spans))

    # The date sits in the lines before the story (dateline, byline, "Updated ...") or in
    # its first paragraph; a date later on is part of the news, not the article's date.
    body_rows = np.flatnonzero(paragraphs["kind"].to_numpy() == "body")
    first_body = int(body_rows[0]) if len(body_rows) else len(paragraphs) - 1
    head = text[: paragraphs["end"].iloc[max(first_body, min(2, len(paragraphs) - 1))]]
    return Article(
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        tokens=tokens,
        quote_spans=spans,
        title=_title(paragraphs),
        date=segment.find_date(head),
        source=source,
        encoding=encoding,
        format=format,
    )


def _token_table(text: str, sentence_rows: list[tuple], mask: np.ndarray) -> pd.DataFrame:
    rows = [
        (sid, pid, s, e, kind)
        for sid, (pid, _, lo, hi) in enumerate(sentence_rows)
        for s, e, kind in segment.tokens(text, lo, hi)
    ]
    surface = [text[r[2] : r[3]] for r in rows]
    starts = np.fromiter((r[2] for r in rows), dtype=np.int64, count=len(rows))
    return pd.DataFrame(
        {
            "token": np.arange(len(rows)),
            "sentence": [r[0] for r in rows],
            "paragraph": [r[1] for r in rows],
            "start": starts,
            "end": [r[3] for r in rows],
            "text": surface,
            "lower": [t.lower().replace("’", "'") for t in surface],
            "kind": [r[4] for r in rows],
            "in_quote": mask[starts].astype(bool),
        },
        columns=TOKEN_COLUMNS,
    )


def _title(paragraphs: pd.DataFrame) -> str | None:
    """The first heading-like line: the headline when the text starts with one, else the
    first subheading (scraped articles often lose their headline but keep subheadings)."""
    headings = paragraphs.loc[paragraphs["kind"] == "heading", "text"]
    return headings.iloc[0] if len(headings) else None


def load_article(path: str | os.PathLike | None = None) -> Article:
    """Read and parse the article at ``path`` (default: ``ARTICLE`` env var, else the seed).

    Bad input (missing, a folder, empty, binary, undecodable) raises
    :class:`~analysis.core.loading.ArticleError` with one sentence naming the file.
    """
    from analysis.core.paths import article_path

    raw = read_article_file(article_path(path))
    return parse_article(raw.text, source=raw.source, encoding=raw.encoding, format=raw.format)
