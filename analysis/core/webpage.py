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
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from analysis.core.language import detect_language

if TYPE_CHECKING:  # lxml is imported on the first page (see _parser)
    import lxml.html

#: class or id words of boxes that are never the article (matched as whole words or
#: word parts separated by - or _): newsletter sign-ups, cookie and consent banners,
#: share bars, hover cards, captions and credits, promotions and recirculation.
_JUNK_WORDS = (
    "newsletter|newsletters|signup|sign-up|subscribe|subscription|cookie|cookies|consent|gdpr|"
    "share|sharing|social|social-share|sharebar|share-bar|tooltip|popover|rollover|hovercard|"
    "caption|figcaption|credit|credits|photo-credit|image-credit|promo|promotion|"
    "related|recirc|recirculation|recommended|recommendations|most-popular|popular|trending|"
    "outbrain|taboola|advert|advertisement|ad-slot|adslot|sponsored|paywall|breadcrumb|"
    "breadcrumbs|comments|comment-list|disqus|modal|overlay|print-only|visually-hidden|"
    "sr-only|screen-reader-text|read-more|more-stories|see-also"
)
_JUNK = re.compile(r"(?:^|[\s_-])(?:" + _JUNK_WORDS + r")(?:$|[\s_-])", re.IGNORECASE)
# Wrappers that hold the article itself: a junk word inside them ("article-share") is
# about one of their parts, so they are never pruned for it.
_MAIN = re.compile(r"(?i)\b(?:article-body|articlebody|story-body|post-body|entry-content)\b")
_HIDDEN_STYLE = re.compile(r"(?i)(?:display\s*:\s*none|visibility\s*:\s*hidden)")
_ALWAYS_DROP = ("figcaption",)

#: The longest box pruned for a junk class: a larger one may hold the article.
_MAX_PRUNED_CHARS = 1500

_URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_TIMESTAMP_ONLY = re.compile(
    r"^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$"
)
_DATE_IN_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


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


# --------------------------------------------------------------------------- parsing

#: Tables are data, not prose: left out (their rows would read as sentences and quotes).
INCLUDE_TABLES = False


@cache
def _parser():
    """lxml's HTML parser, imported on the first page: a corpus of plain text never loads it."""
    import lxml.html

    return lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """The page as an lxml tree (libxml2's HTML parser: linear, forgiving), or None."""
    import lxml.etree
    import lxml.html

    # lxml refuses str input that declares an encoding; the text is already decoded.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html[:1000]) + html[1000:]
    try:
        # Comments go at parse time: a "<!-- -->" inside a paragraph must not cut it.
        return lxml.html.document_fromstring(html, parser=_parser())
    except (lxml.etree.ParserError, ValueError):
        return None


def _attribute_words(element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".strip()


def _is_hidden(element) -> bool:
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
    )


def _link_share(element) -> float:
    text = " ".join(element.text_content().split())
    if not text:
        return 0.0
    linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return min(1.0, linked / len(text))


def _is_link_list(element) -> bool:
    """A list of links (related stories, tags, navigation): 60 % of its text is link text.

    (Also counting lists of teasers, a link and a blurb per item, lost more article
    text than teaser text on the development pages.)"""
    return _link_share(element) >= 0.6


def prune(tree) -> None:
    """Remove, in place, what is not the article (see the module docstring).

    A box named as junk is removed only when it is short (at most
    :data:`_MAX_PRUNED_CHARS` characters): a long one may be a wrapper of the article
    that happens to carry such a class. A list is removed when at least 60 % of its
    text is link text (related stories, tags, navigation).
    """
    import lxml.etree

    for element in list(tree.iter(*_ALWAYS_DROP)):
        _drop(element)
    for element in list(tree.iter(lxml.etree.Element)):
        if element.getparent() is None or element.tag in ("html", "body"):
            continue
        if _is_hidden(element):
            _drop(element)
            continue
        words = _attribute_words(element)
        if (
            (element.tag in ("nav", "aside", "footer") or (words and _JUNK.search(words)))
            and not _MAIN.search(words)
            and len(element.text_content()) <= _MAX_PRUNED_CHARS
        ):
            _drop(element)
    for element in list(tree.iter("ul", "ol")):
        if element.getparent() is not None and _is_link_list(element):
            _drop(element)


def _drop(element) -> None:
    """Remove an element but keep its tail text (the text after it belongs to its parent)."""
    parent = element.getparent()
    if parent is None:
        return
    element.drop_tree()


# --------------------------------------------------------------------------- trafilatura

_BLOCKS = {"p", "head", "item", "quote", "code", "row", "cell"}


def _block_text(element) -> str:
    """The text of one block of trafilatura's output, line breaks kept as single newlines."""
    parts: list[str] = []

    def walk(node):
        if node.tag == "lb":
            parts.append("\n")
        elif node.text and node.tag not in ("graphic",):
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _body_blocks(body) -> list[str]:
    """Paragraph texts of trafilatura's XML body, in order; a list item is a paragraph."""
    blocks: list[str] = []

    def walk(node):
        for child in node:
            if child.tag in ("list", "table") or (
                child.tag in _BLOCKS and any(c.tag in _BLOCKS | {"list"} for c in child)
            ):
                walk(child)  # a container: its items and paragraphs are the blocks
            elif child.tag in _BLOCKS or child.tag not in ("graphic",):
                text = _block_text(child)
                if text:
                    blocks.append(text)

    walk(body)
    return blocks


def _norm(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def _iso_date(value: str | None) -> date | None:
    match = _DATE_IN_ISO.search(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def declared_language(tree) -> str | None:
    """The language the page declares: ``<html lang>``, else Content-Language or og:locale."""
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        for meta in tree.iter("meta"):
            key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
            if key in ("content-language", "og:locale", "language", "dc.language"):
                lang = meta.get("content")
                break
    lang = (lang or "").strip().replace("_", "-").lower()
    return lang.split(",")[0] or None


def _clean_blocks(blocks: list[str], title: str | None) -> list[str]:
    """Drop blocks that are only a URL or a timestamp, and repeats of the headline."""
    headline = _norm(title)
    out = []
    for block in blocks:
        if _URL_ONLY.match(block) or _TIMESTAMP_ONLY.match(block):
            continue
        if headline and _norm(block) == headline:
            continue
        out.append(block)
    return out


def page_metadata(tree) -> dict[str, str | None]:
    """Title, author, date, site name, URL and description as the page states them.

    trafilatura reads ``<meta>`` tags, JSON-LD and microdata, then the ``<title>`` and
    ``<h1>``; the date comes from htmldate (Barbaresi 2020), which prefers the original
    publication date. No URL is given, so nothing is fetched; the page's own canonical
    URL is reported when it states one.
    """
    from trafilatura.metadata import extract_metadata

    document = extract_metadata(tree, default_url=None)
    return {
        "title": document.title,
        "author": document.author,
        "date": document.date,
        "sitename": document.sitename,
        "url": document.url,
        "description": document.description,
    }


def main_text(tree) -> list[str] | None:
    """The article's paragraphs as trafilatura finds them (no comments, tables or images)."""
    import trafilatura

    document = trafilatura.bare_extraction(
        tree,
        url=None,
        include_comments=False,
        include_tables=INCLUDE_TABLES,
        include_images=False,
        include_formatting=False,
        include_links=False,
        with_metadata=False,
    )
    if document is None or document.body is None:
        return None
    body = document.body
    if len(body) == 1 and body[0].tag == "p" and len(body[0]) == 0 and "\n" in (body[0].text or ""):
        # trafilatura's last resort (its "baseline"): every text of the page in one
        # paragraph, lines run together. The project's reader does that job better.
        return None
    return _body_blocks(body)


# --------------------------------------------------------------------------- fallback

_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "head"}
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article",
    "section", "header", "blockquote", "tr", "table", "figcaption", "main", "form",
}  # fmt: skip


def _visible_chars(element) -> int:
    texts = element.xpath(".//text()[not(ancestor::script or ancestor::style)]")
    return sum(len(t.strip()) for t in texts)


def visible_text(tree) -> tuple[list[str], str | None]:
    """Every visible text block of the page, and its headline (``<h1>``, else ``<title>``).

    The project's own reader: text outside scripts, styles, navigation, footers and
    asides, one paragraph per block element. Kept as the fallback for a page
    trafilatura returns nothing for.
    """
    import lxml.etree

    parts: list[str] = []
    skipping = 0
    # A form is a search box or a sign-up, unless it wraps most of the page (ASP.NET
    # pages put everything in one <form>): then it is read like any block.
    page_chars = max(1, _visible_chars(tree))
    small_forms = {form for form in tree.iter("form") if _visible_chars(form) < 0.5 * page_chars}
    for event, element in lxml.etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if element in small_forms:
            tag = "script"  # skipped like a script
        if event == "start":
            if tag in _SKIP:
                skipping += 1
            elif tag in _BLOCK_TAGS:
                parts.append("\n\n")
            if not skipping and element.text and tag and tag not in _SKIP:
                parts.append(element.text)
        else:
            if tag in _SKIP:
                skipping -= 1
            elif tag in _BLOCK_TAGS:
                parts.append("\n\n")
            if not skipping and element.tail:
                parts.append(element.tail)
    blocks = [" ".join(b.split()) for b in "".join(parts).split("\n\n")]
    h1 = next((" ".join(e.text_content().split()) for e in tree.iter("h1")), None)
    title_element = next(tree.iter("title"), None)
    title = h1 or (
        " ".join(title_element.text_content().split()) if title_element is not None else None
    )
    return [b for b in blocks if b], title or None


# --------------------------------------------------------------------------- the page


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
