"""The main text and metadata of a pruned page, read by trafilatura (Barbaresi 2021, ACL demo).

trafilatura runs on the tree already in memory: it never fetches anything (no URL is given
to it, and every download helper it has stays unused). :func:`main_text` gives the body
blocks (paragraphs, subheadings, block quotations, list items; no tables, comments or
captions), :func:`page_metadata` the title, date and the rest, :func:`declared_language`
the page's ``<html lang>``; paragraphs that are only a URL, a timestamp or a repeat of the
headline are dropped afterwards (:func:`_clean_blocks`).
"""

from __future__ import annotations

import re
from datetime import date

_URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_TIMESTAMP_ONLY = re.compile(
    r"^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$"
)
_DATE_IN_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


#: Tables are data, not prose: left out (their rows would read as sentences and quotes).
INCLUDE_TABLES = False


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
