"""A saved news page: its article text and what the page says about it.

The main text comes from trafilatura (Barbaresi 2021, ACL demo), run on the page's
bytes already in memory: it never fetches anything (no URL is given to it, and every
download helper it has stays unused). Before it runs, the page is pruned of what a
reader never sees or never reads as the article (:func:`prune`): hidden elements,
newsletter and cookie boxes, share bars, hover cards, image captions and credits,
and lists whose items are mostly links (related-story teasers). After it, paragraphs
that are only a URL, a timestamp or a repeat of the headline are dropped.

What is kept, by default: paragraphs, subheadings, block quotations and lists (each
item its own paragraph). What is not: reader comments, tables, image captions and
credits. The headline, when the page has one, is the first line of the text, so the
offsets of every table point into what the reader saw.

A page trafilatura returns nothing for (a page of a few short paragraphs, a form
wrapping everything) is read by :func:`visible_text`, the project's own reader: every
visible text block, one paragraph each. :attr:`Page.extractor` records which was used.
Both parse with lxml, in time linear in the size of the page.

A module per concern, every name importable from here:
:mod:`~analysis.core.page_parsing` (parsing and pruning), :mod:`~analysis.core.trafilatura_text`
(main text and metadata), :mod:`~analysis.core.fallback_reader` (the project's reader), and
here :class:`Page` and :func:`read_page`, which puts them together.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import date

from analysis.core.fallback_reader import visible_text
from analysis.core.language import detect_language
from analysis.core.page_parsing import parse_html, prune
from analysis.core.trafilatura_text import (
    INCLUDE_TABLES,
    _clean_blocks,
    _iso_date,
    declared_language,
    main_text,
    page_metadata,
)


@dataclass(frozen=True)
class Page:
    """The article of a page: text (headline first), metadata and where each value came from."""

    text: str
    title: str | None
    date: date | None
    metadata: dict[str, str | None] = field(default_factory=dict)
    metadata_source: dict[str, str] = field(default_factory=dict)
    extractor: str = "trafilatura"
    language: str | None = None


def read_page(html: str) -> Page | None:
    """The article of an HTML page, or None when the page holds no readable text."""
    tree = parse_html(html)
    if tree is None:
        return None
    language_declared = declared_language(tree)
    # The fallback reads an unpruned copy: pruning is tuned for trafilatura's input.
    pristine = copy.deepcopy(tree)
    metadata = page_metadata(copy.deepcopy(tree))
    sources = {key: "page metadata (trafilatura)" for key, value in metadata.items() if value}
    prune(tree)
    blocks = main_text(tree)
    extractor = "trafilatura"
    if not blocks:
        blocks, headline = visible_text(pristine)
        extractor = "project reader"
        if not metadata.get("title") and headline:
            metadata["title"], sources["title"] = headline, "first <h1>, else <title>"
    title = metadata.get("title")
    blocks = _clean_blocks(blocks, title)
    if not blocks:
        return None
    text = "\n\n".join(([title] if title else []) + blocks) + "\n"
    body = "\n\n".join(blocks)
    detected = detect_language(body)
    if detected is not None:
        language, sources["language"] = detected, "function words of the text"
        if detected == "und" and language_declared and not language_declared.startswith("en"):
            language, sources["language"] = language_declared, "page (<html lang>)"
    elif language_declared:
        language, sources["language"] = language_declared, "page (<html lang>)"
    else:
        language = None
    metadata = {**metadata, "language": language, "language_declared": language_declared}
    return Page(
        text=text,
        title=title,
        date=_iso_date(metadata.get("date")),
        metadata=metadata,
        metadata_source=sources,
        extractor=extractor,
        language=language,
    )


def json_ld(tree) -> list[dict]:
    """Every JSON-LD object of the page (for tests and the benchmark's references)."""
    out = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                value = json.loads(script.text)
            except ValueError:
                continue
            out.extend(value if isinstance(value, list) else [value])
    return out


__all__ = [
    "INCLUDE_TABLES",
    "Page",
    "declared_language",
    "json_ld",
    "main_text",
    "page_metadata",
    "parse_html",
    "prune",
    "read_page",
    "visible_text",
]
