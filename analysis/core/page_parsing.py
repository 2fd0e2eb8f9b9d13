"""A saved page as an lxml tree, pruned of what a reader never sees or never reads as the article.

:func:`parse_html` parses with libxml2's HTML parser (linear, forgiving; lxml is imported on
the first page). :func:`prune` removes hidden elements, newsletter and cookie boxes, share
bars, hover cards, image captions and credits, and lists whose items are mostly links
(related-story teasers), so trafilatura reads the article alone.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

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
            if _is_hover_card(element):
                _keep_visible_part(element)
            else:
                _drop(element)
    for element in list(tree.iter("ul", "ol")):
        if element.getparent() is not None and _is_link_list(element):
            _drop(element)


#: Inline elements: a hover card made of them sits inside a sentence.
_INLINE = {"span", "a", "em", "strong", "b", "i", "u", "small", "abbr", "cite", "mark"}
_RUNNING_TEXT = ("p", "li", "blockquote")


def _is_hover_card(element) -> bool:
    """An inline box inside a paragraph that holds a visible word and a popup.

    News sites wrap a person's name in a hover card: ``<span class="rollover-…"><a>Ana
    Ruiz</a><span class="rollover-…-block">photo, full name, related links</span></span>``
    or a tooltip (``<span class="tooltip">term<span>definition</span></span>``). Dropping
    the whole box removes the name from its sentence ("Gov. (R) is defending …"). A box
    of text alone (a credit inside a paragraph) is no hover card and is still dropped.
    """
    return (
        element.tag in _INLINE
        and len(element) > 0
        and any(ancestor.tag in _RUNNING_TEXT for ancestor in element.iterancestors())
    )


def _keep_visible_part(element) -> None:
    """Keep a hover card's visible word, the card's own text or else its first child
    (see :func:`_reads_as_text`), and remove the popup (every other child); the card's
    tail text stays in place."""
    children = list(element)
    visible = None if (element.text or "").strip() else children[0]
    for child in children:
        if child is not visible:
            _drop(child)
    if visible is not None and len(visible) == 0 and _reads_as_text(visible):
        visible.drop_tag()
    element.drop_tag()


def _reads_as_text(element) -> bool:
    """A hover card's first child is its visible word when it is a link (a name linked
    to a profile) or carries no junk class; a junk-named one (a caption inside a
    caption box) is left for :func:`prune` to judge on its own."""
    words = _attribute_words(element)
    return element.tag == "a" or not (words and _JUNK.search(words))


def _drop(element) -> None:
    """Remove an element but keep its tail text (the text after it belongs to its parent)."""
    parent = element.getparent()
    if parent is None:
        return
    element.drop_tree()
