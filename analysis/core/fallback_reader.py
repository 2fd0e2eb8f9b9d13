"""The project's own reader of a page, for pages trafilatura returns nothing for.

A page of a few short paragraphs, or a form wrapping everything, is read block by block:
every visible text block is one paragraph (:func:`visible_text`), and the headline is the
first ``<h1>``, else the ``<title>``.
"""

from __future__ import annotations

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
