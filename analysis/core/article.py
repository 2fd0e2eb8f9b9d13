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
from analysis.core.language import detect_language, is_english, language_note
from analysis.core.loading import MAX_BYTES, ArticleError, read_article_file
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
    #: Everything known about the article besides its text: ``title``, ``date`` (ISO),
    #: and for a page ``author``, ``sitename``, ``url``, ``description``,
    #: ``language_declared``; plus ``language``. Values may be None.
    metadata: dict = field(default_factory=dict, repr=False)
    #: Where each non-empty metadata value came from ("page metadata (trafilatura)",
    #: "first line of the text", "dateline or byline", "function words of the text"...).
    metadata_source: dict = field(default_factory=dict, repr=False)
    #: How the text was obtained: "plain text", "trafilatura" or "project reader" (a page
    #: trafilatura found nothing in, read block by block).
    extractor: str = "plain text"
    #: ISO 639-1 code ("en", "fr"...), "und" (not English, language unknown) or None
    #: (too short to tell). See :mod:`analysis.core.language`.
    language: str | None = None
    #: Byte sequences of the file that were not valid in its encoding, each now U+FFFD.
    decode_errors: int = 0

    @property
    def is_english(self) -> bool:
        """False when the article is known to be in another language than English."""
        return is_english(self.language)

    @property
    def language_note(self) -> str | None:
        """One sentence saying the analyses are for English, when the article is not; else None."""
        return language_note(self.language)

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
        tokens = self.tokens
        # each token's paragraph row, by the paragraph ids (-1: no such paragraph)
        rows = pd.Index(self.paragraphs["paragraph"]).get_indexer(tokens["paragraph"])
        kinds = np.append(self.paragraphs["kind"].to_numpy(dtype=object), None)
        token_kinds = tokens["kind"].to_numpy()
        words = (token_kinds == "word") | (token_kinds == "number")
        return tokens[(kinds[rows] == "body") & words]


def parse_article(
    text: str,
    *,
    source: str | None = None,
    encoding: str | None = None,
    format: str = "text",
    metadata: dict | None = None,
    metadata_source: dict | None = None,
    extractor: str | None = None,
    decode_errors: int = 0,
) -> Article:
    """Split ``text`` into paragraphs, sentences and tokens.

    ``metadata`` holds what is already known (a page's title, date, language...): a
    value given there is kept, and a missing title, date or language is found in the
    text (:func:`_title`, :func:`segment.article_date`, :func:`detect_language`).
    Raises :class:`ArticleError` for text that is empty, not a string or too long.
    """
    if not isinstance(text, str):
        raise ArticleError(f"{source or 'input'}: expected text, got {type(text).__name__}.")
    if len(text) > MAX_BYTES:
        raise ArticleError(
            f"{source or 'input'}: the text is {len(text) / 1e6:.1f} million characters, too "
            f"long for one news article (the limit is {MAX_BYTES / 1e6:.0f} million)."
        )
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

    metadata, sources = _metadata(text, paragraphs, metadata or {}, metadata_source or {})
    return Article(
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        tokens=tokens,
        quote_spans=spans,
        title=metadata["title"],
        date=date.fromisoformat(metadata["date"]) if metadata["date"] else None,
        source=source,
        encoding=encoding,
        format=format,
        metadata=metadata,
        metadata_source=sources,
        extractor=extractor or ("plain text" if format == "text" else "trafilatura"),
        language=metadata["language"],
        decode_errors=decode_errors,
    )


def _metadata(
    text: str, paragraphs: pd.DataFrame, given: dict, given_sources: dict
) -> tuple[dict, dict]:
    """Title, date and language: the values given, else found in the text; and their sources."""
    metadata, sources = dict(given), dict(given_sources)
    if not metadata.get("title"):
        metadata["title"] = _title(paragraphs)
        if metadata["title"]:
            sources["title"] = "first line of the text (a headline)"
    given_date = _iso(metadata.get("date"))
    if given_date is None:
        found = segment.article_date(text, paragraphs)
        metadata["date"] = found.isoformat() if found else None
        if found:
            sources["date"] = "dateline or byline of the text"
    else:
        metadata["date"] = given_date.isoformat()
    if "language" not in metadata:
        metadata["language"] = detect_language(text)
        if metadata["language"]:
            sources["language"] = "function words of the text"
    for key in [k for k in sources if not metadata.get(k)]:
        del sources[key]
    return metadata, sources


def _iso(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


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
    """The headline, when the text starts with one (:func:`segment.headline_index`).

    Only the opening line can be the headline: a heading-like line further down is a
    subheading, a caption or a credit, and a text that starts with its body has no title.
    """
    index = segment.headline_index(paragraphs["text"].tolist(), paragraphs["kind"].tolist())
    return None if index is None else paragraphs["text"].iloc[index]


def load_article(path: str | os.PathLike | None = None) -> Article:
    """Read and parse the article at ``path`` (default: ``ARTICLE`` env var, else the seed).

    Bad input (missing, a folder, empty, binary, undecodable) raises
    :class:`~analysis.core.loading.ArticleError` with one sentence naming the file.
    """
    from analysis.core.paths import article_path

    if path is not None and not isinstance(path, str | os.PathLike):
        raise ArticleError(
            f"expected the path of an article file, got {type(path).__name__}: {path!r:.60}."
        )
    try:
        resolved = article_path(path)
    except (RuntimeError, KeyError, ValueError, OSError) as error:
        # "~nobody/a.txt" with no such user, a NUL in the path, a missing home folder.
        raise ArticleError(f"{path}: this path cannot be used ({error}).") from None
    raw = read_article_file(resolved)
    page = raw.page
    return parse_article(
        raw.text,
        source=raw.source,
        encoding=raw.encoding,
        format=raw.format,
        metadata=({**page.metadata, "title": page.title, "date": page.date} if page else None),
        metadata_source=page.metadata_source if page else None,
        extractor=page.extractor if page else "plain text",
        decode_errors=raw.decode_errors,
    )
