"""Paragraphs of an article and what each one is, and the article's headline and date.

:func:`paragraphs` gives the blocks between blank lines (or lines, for text without
blank lines); :func:`paragraph_kind` says whether a block is a headline, byline, dateline,
boilerplate a scraper left, or body; :func:`headline_index` and :func:`article_date`
find the article's headline and publication date in its opening lines.
"""

from __future__ import annotations

import re
from datetime import date

from analysis.core.quotemarks import paragraph_bounds
from analysis.core.segmentation_words import QUOTE_CHARS, _segmentation_words

# Lines that scrapers and CMSs leave around an article.
_BOILERPLATE = re.compile(
    r"""(?ix)
    loading\.{3}|loading…|advertisement|^\s*ad\s*$|skip\ to\ (?:main\ )?content|
    all\ rights\ reserved|copyright|©|getty\ images|^\s*getty\.?\s*$|
    cookies?\ (?:policy|settings)|privacy\ policy|terms\ of\ (?:use|service)|
    related\ (?:articles|stories|coverage)\s*:?\s*$|^\s*(?:photo|image|credit)\s*:|
    ^\s*(?:date|published|updated|posted|by)\b\s*[:\d]|
    ^\W*(?:(?:additional\ )?reporting|editing|writing|contributing|translated|co-authored)
    \s*(?:by|:)|follow\ [^.]{1,40}\ on\ (?:twitter|facebook|instagram)|
    # calls to action count only as an imperative: at the start of a sentence
    (?:^|[.!?)]\s+|\()(?:subscribe|sign\ up|click\ here|read\ more|read\ the\ rest|
    share\ (?:this|on)|follow\ us)\b
    """
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# "By Jane Roe", "By JANE ROE and TIM LEE, Associated Press", "By Jane Roe | Reuters",
# "Jane Roe, Staff Writer": who wrote it, not what it says.
_BYLINE = re.compile(
    r"^\s*(?:[Bb]y|BY|[Ff]rom)\s+" + _NAME + r"(?:\s*(?:,|and|&)\s*" + _NAME + r"){0,3}"
    r"(?:\s*[,|/–—-]\s*[\w .'’&-]{1,40})?\s*$"
    r"|^\s*" + _NAME + r",\s*(?i:(?:senior\s+|chief\s+|staff\s+)?(?:writer|reporter|"
    r"correspondent|contributor|editor|columnist))\b[\w ,.'’-]{0,40}$"
)
# What is left of a dateline once its date, times, zones and labels are taken out.
_DATE_LINE_WORDS = re.compile(
    r"(?i)\b(?:updated|published|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|"
    r"et|edt|est|gmt|utc|bst|cet|pst|pdt|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|\d{1,2}:\d{2}"
)

_MONTH_NAMES = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
)  # fmt: skip


# --------------------------------------------------------------------------- paragraphs


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, trimmed of surrounding whitespace.

    Blank lines separate paragraphs. A text without any blank line but with several
    lines is taken to have one paragraph per line (a common export format).
    """
    bounds = paragraph_bounds(text)
    if len(bounds) == 1 and "\n" in text.strip():
        bounds = _lines(text)
    return bounds


def _lines(text: str) -> list[tuple[int, int]]:
    out, position = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = position + len(line) - len(line.lstrip())
            out.append((start, start + len(stripped)))
        position += len(line)
    return out


# Words a title-cased headline leaves in lower case (Chicago Manual of Style 8.159).
_MINOR_WORDS = _segmentation_words("headline_minor_word")


def _title_case_share(words: list[str]) -> float:
    """Share of a line's words, minor words aside, that start with a capital."""
    content = [w.strip(QUOTE_CHARS + ".,:;!?()[]-–—") for w in words]
    content = [w for w in content if w[:1].isalpha() and w.lower() not in _MINOR_WORDS]
    if not content:
        return 0.0
    return sum(w[0].isupper() for w in content) / len(content)


def paragraph_kind(block: str) -> str:
    """``boilerplate``, ``heading`` or ``body`` for one paragraph's text.

    Boilerplate: scraper and CMS lines (``Loading...``, ``Advertisement``, bylines,
    ``date 2020-01-11``). Heading: one short line that does not end like a
    sentence, or a short line in title case (headlines often keep a full stop).
    """
    if len(block) < 200 and (_BOILERPLATE.search(block) or _BYLINE.match(block)):
        return "boilerplate"
    if len(block) < 80 and _is_date_line(block):
        return "boilerplate"
    if "\n" in block.strip():
        return "body"
    words = block.split()
    core = block.rstrip(QUOTE_CHARS + " )")
    ends_like_sentence = core.endswith((".", "!", "?", "…", ":", ";", ","))
    if len(words) <= 14 and not ends_like_sentence and not block[:1].islower():
        return "heading"
    if len(words) <= 20 and _title_case_share(words) >= 0.9:
        return "heading"
    return "body"


def _is_date_line(block: str) -> bool:
    """A line that only dates the article: ``March 3, 2025``, ``Updated 5:31 p.m. ET, 3 March 2025``."""
    if find_date(block) is None:
        return False
    rest = block
    for pattern in _DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    rest = _DATE_LINE_WORDS.sub(" ", rest)
    return not re.search(r"[A-Za-z]", rest)


def find_date(text: str) -> date | None:
    """The first full calendar date written in ``text`` (ISO, ``Jan. 11, 2020``, ``11 January 2020``)."""
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = (
                int(groups["mnum"])
                if groups.get("mnum")
                else _MONTH_NAMES.get((groups.get("month") or "").lower().rstrip("."))
            )
            try:
                found.append((match.start(), date(int(groups["year"]), month, int(groups["day"]))))
            except (TypeError, ValueError):
                continue
    return min(found)[1] if found else None


# Lines that look like a headline but are not one: photo captions and credits, tweet
# embeds and their credits, links, and lines with a date of a photo.
_NOT_HEADLINE = re.compile(
    r"""(?ix)
    \b(?:AP|AFP|EPA|Reuters|Getty|Xinhua|Bloomberg|Shutterstock)\s*(?:Photo|Images?)\b|
    \bfile\s+(?:photo|image)\b|\b(?:photo|photograph|image|picture|video)\s+(?:by|courtesy|credit)\b|
    ^\W*(?:photo|image|picture|video|credit|caption|source|file|watch|listen|related|read)\b\s*[:|/-]|
    \s/\s*(?:AP|AFP|Reuters|Getty\ Images|EPA)\s*$|
    @\w|pic\.twitter\.com|https?://|www\.|
    ^\s*[—–-]+\s
    """
)
# A caption dates the photo, a cookie or privacy notice its policy: never the article.
_NOT_DATELINE = re.compile(
    r"(?i)\b(?:photo|photograph|pictured|file\s+image|cookies?|privacy|consent|terms\s+of)\b"
)
#: How far into the first body paragraph a dateline's date may sit ("WASHINGTON, Nov. 3, 2019 —").
_DATELINE_REACH = 80
#: Lines before the body that may hold the date (headline, deck, byline, date line).
_HEAD_LINES = 6


def is_headline_like(line: str) -> bool:
    """A line that can be a headline: words (two or more, mostly letters), not a caption,
    credit, tweet, link or rule line (``___``, ``***``)."""
    words = line.split()
    letters = sum(ch.isalpha() for ch in line)
    if len(words) < 2 or letters < 0.6 * len(line.replace(" ", "")):
        return False
    return not _NOT_HEADLINE.search(line)


#: A headline is at most this many words (news headlines run 5-15; decks are longer).
_HEADLINE_WORDS = 25
_CREDIT_LINE = re.compile(
    r"(?i)^\W*(?:staff|wire|news)\s+(?:reports?|writers?|services?)\W*$|^\W*(?:the\s+)?associated\s+press\W*$"
)


def is_headline(line: str) -> bool:
    """A line that reads as a headline: one line of at most :data:`_HEADLINE_WORDS`
    words, not ending in a full stop, colon or comma, not starting in lower case, not in
    capitals only (a dateline's place, a shouted call to action), not a credit, and
    :func:`is_headline_like`."""
    line = line.strip()
    if "\n" in line or len(line.split()) > _HEADLINE_WORDS or len(line) > 200:
        return False
    core = line.rstrip(QUOTE_CHARS + " )]")
    if core.endswith((".", ":", ";", ",")) and not core.endswith("..."):
        return False
    if line[:1].islower() or _CREDIT_LINE.match(line):
        return False
    letters = [ch for ch in line if ch.isalpha()]
    if (
        letters
        and all(ch.isupper() for ch in letters if ch.isupper() or ch.islower())
        and any(ch.isupper() for ch in letters)
    ):
        return False
    return is_headline_like(line)


def headline_index(texts: list[str], kinds: list[str]) -> int | None:
    """Index of the paragraph that is the article's headline, or None.

    The text must start with it (after scraper lines such as ``Loading...``): a line
    that :func:`is_headline`, followed by the body (:func:`_reads_as_body`), perhaps
    after a deck, a byline or a date line. A line further down is a
    subheading, caption or credit, never the title.
    """
    first = next((i for i, kind in enumerate(kinds[:4]) if kind != "boilerplate"), None)
    if first is None or not is_headline(texts[first]):
        return None
    window = zip(texts[first + 1 : first + 12], kinds[first + 1 : first + 12], strict=False)
    following = [(text, kind) for text, kind in window if kind != "boilerplate"][:2]
    if not any(_reads_as_body(text, kind, texts[first]) for text, kind in following):
        return None
    return first


def _reads_as_body(text: str, kind: str, headline: str) -> bool:
    """A paragraph that can follow a headline as its story: it ends like a sentence and
    is a body paragraph or longer than the headline."""
    ends = bool(re.search(r"[.!?…。]", text))
    return ends and (kind == "body" or len(text) > len(headline))


def article_date(text: str, paragraphs) -> date | None:
    """The article's date: the first date of its dateline or byline region.

    That is the lines before the first body paragraph (at most :data:`_HEAD_LINES`)
    and the opening of the first body paragraph (a dateline). A caption's date ("In this
    Dec. 12, 2006, file photo") or a cookie notice's is skipped, and so is every date
    further into the story: those are part of the news.
    """
    kinds = paragraphs["kind"].tolist()
    starts, ends = paragraphs["start"].tolist(), paragraphs["end"].tolist()
    first_body = next((i for i, kind in enumerate(kinds) if kind == "body"), len(kinds))
    for i in range(min(first_body + 1, _HEAD_LINES + 1, len(kinds))):
        block = text[starts[i] : ends[i]]
        if i == first_body:
            block = block[:_DATELINE_REACH]
        if _NOT_DATELINE.search(block):
            continue
        found = find_date(block)
        if found:
            return found
    return None
