"""Paragraphs, sentences and tokens of a news article, with character offsets.

Every function returns plain tuples ``(start, end, ...)`` into the text it was given;
:mod:`analysis.core.article` turns them into the tidy tables.

Sentence splitting follows the punctuation-plus-context rules of news copy desks
(the same cues Punkt learns, Kiss & Strunk 2006, written out): a full stop, question
or exclamation mark, optionally followed by closing quotation marks or brackets,
ends a sentence when the next word opens one; titles (``Gen.``, ``Mr.``), initials,
months before a day, and acronyms followed by a proper noun (``U.S. Army``) do not.
"""

from __future__ import annotations

import re
from datetime import date

from analysis import lexicons
from analysis.core.quotemarks import DOUBLE_MARKS, SINGLE_MARKS, paragraph_bounds

QUOTE_CHARS = DOUBLE_MARKS + SINGLE_MARKS


def _segmentation_words(category: str) -> frozenset[str]:
    """Entries of one category of ``lexicons/segmentation.tsv``."""
    return frozenset(r["entry"] for r in lexicons.rows("segmentation") if r["category"] == category)


# Abbreviations that are always followed by more of the same sentence ("Gen.", "Sen.").
TITLES = _segmentation_words("title_abbreviation")
MONTHS = _segmentation_words("month_abbreviation")
# Words whose full stop belongs to the token ("Gen.", "Jan.").
_ABBREVIATED = TITLES | MONTHS
# Abbreviations that may end a sentence; they end one only before a common sentence starter.
OTHER_ABBREVIATIONS = _segmentation_words("other_abbreviation")
# Words that start sentences far more often than they start names: used to decide
# whether "U.S. The ..." or "... Inc. But ..." is a boundary.
SENTENCE_STARTERS = _segmentation_words("sentence_starter")

_SENTENCE_END = re.compile(
    r"(?P<stop>\.{3}|…|[.!?]+)(?P<close>[" + re.escape(QUOTE_CHARS) + r")\]’”]*)(?P<space>\s+)"
)
# "“Are you serious?” Cruz asked." is one sentence: a question or exclamation in
# quotation marks followed by its attribution on the same line does not end the sentence,
# nor does an adverb between the speaker and the verb ("“…?” Brooke tearfully asked").
# The verbs are every form of reporting_verbs.tsv (analysis.lexicons), longest first.
_ATTRIBUTION_AFTER_QUOTE = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){1,4}(?:[a-z]+ly\s+)?(?:"
    + "|".join(sorted(map(re.escape, lexicons.reporting_forms()), key=len, reverse=True))
    + r")\b"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"[" + re.escape(QUOTE_CHARS) + r"(\[]*(?P<word>[^\s]+)")

TOKEN_PATTERN = re.compile(
    r"""
    (?P<number>[$€£¥]?\d+(?:[.,:/]\d+)*(?:%|st|nd|rd|th|s|m|bn|k)?)
  | (?P<abbrev>(?:[A-Za-z]\.){2,})
  | (?P<word>\w+(?:[-'’.]\w+)*)
  | (?P<quote>``|''|["""
    + re.escape(QUOTE_CHARS)
    + r"""])
  | (?P<punct>\.{3}|--|[^\w\s])
    """,
    re.VERBOSE,
)

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


# --------------------------------------------------------------------------- sentences


def _is_boundary(
    text: str, match: re.Match, next_start: int, hi: int, last_alnum: int | None = None
) -> bool:
    """Whether the sentence-end ``match`` ends a sentence whose successor starts at ``next_start``.

    ``last_alnum`` is the offset of the last letter or digit before ``hi`` (computed when
    not given); passing it keeps a paragraph's split linear in its length.
    """
    stop = match["stop"]
    next_word_match = _NEXT_WORD.match(text, next_start, hi)
    if not next_word_match:
        return False
    if last_alnum is None:
        last_alnum = _last_alnum(text, next_start, hi)
    if last_alnum < next_start:
        return False  # only stray marks left: they belong to this sentence (“...dangerous. “)
    next_word = next_word_match["word"]
    first = next_word[0]
    opener = text[next_start]
    if not (first.isupper() or first.isdigit() or opener in QUOTE_CHARS + "(["):
        return False
    if set(stop) <= set("!?"):
        attributed = "\n" not in match["space"] and _ATTRIBUTION_AFTER_QUOTE.match(
            text, next_start, hi
        )
        return not (match["close"] and attributed)
    starter = next_word.strip(".,;:!?" + QUOTE_CHARS).lower() in SENTENCE_STARTERS
    if stop in ("...", "…"):
        return starter or opener in QUOTE_CHARS
    if match["close"]:
        return True  # a full stop inside closing quotation marks: “...alone.” He
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if not before:
        return True
    word = before.group(1)
    bare = word.rstrip(".").lower()
    if bare in TITLES:
        return False
    if bare in MONTHS:
        return not first.isdigit() and starter
    if len(word) == 1 and word.isupper():
        return starter  # an initial: John F. Kennedy
    if "." in word or bare in OTHER_ABBREVIATIONS:
        return starter  # U.S. Army / ... in the U.S. The
    return True


def _last_alnum(text: str, lo: int, hi: int) -> int:
    """Offset of the last letter or digit in text[lo:hi], ``lo - 1`` when there is none."""
    position = min(hi, len(text)) - 1
    while position >= lo and not text[position].isalnum():
        position -= 1
    return position


# Where a sentence end may start: a run of full stops, question and exclamation marks
# (taken whole), or an ellipsis character.
_STOP_RUN = re.compile(r"[.!?]++|…")


def _sentence_ends(text: str, lo: int, hi: int):
    """The matches of :data:`_SENTENCE_END` in text[lo:hi], as ``finditer`` finds them.

    ``finditer`` would retry the pattern at every mark of a run such as ``!!!!``; when
    it fails at the run's first mark it fails at all of them (the run is taken whole
    before the closing marks and space), so each run is tried once, at its start.
    """
    position = lo
    while True:
        candidate = _STOP_RUN.search(text, position, hi)
        if candidate is None:
            return
        match = _SENTENCE_END.match(text, candidate.start(), hi)
        if match is not None:
            yield match
            position = match.end()
        else:
            position = candidate.end()


def sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the paragraph text[lo:hi]."""
    out: list[tuple[int, int]] = []
    start = lo
    last_alnum = _last_alnum(text, lo, hi)
    for match in _sentence_ends(text, lo, hi):
        next_start = match.end()
        if next_start >= hi:
            break
        if _is_boundary(text, match, next_start, hi, last_alnum):
            out.append((start, match.start("space")))
            start = next_start
    if start < hi:
        out.append((start, hi))
    return [piece for s, e in out for piece in _split_glued_stops(text, s, e)]


# "…on Wednesday.The stabbing …": a full stop with no space after it between a word of
# two letters or more and a capitalised word.
_GLUED_STOP = re.compile(r"(?<=[A-Za-z]{2})\.(?=[A-Z][a-z])")


def _split_glued_stops(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """text[lo:hi] cut after each full stop that lost its space ("…on Wednesday.The
    stabbing …"): one a scraper glued, not an abbreviation ("Gov.Ruiz" stays), nor a
    dot inside a web address, e-mail address or file name ("Amazon.com", "a.b@c.org")."""
    pieces, start = [], lo
    for match in _GLUED_STOP.finditer(text, lo, hi):
        token_lo = max(text.rfind(ch, lo, match.start()) for ch in " \t\n") + 1
        token_hi = next((k for k in range(match.end(), hi) if text[k].isspace()), hi)
        token = text[max(lo, token_lo) : token_hi]
        if any(mark in token for mark in "/@") or token.count(".") > 1:
            continue  # a web or e-mail address: "www.Example.com", "Ana.Ruiz@mail.org"
        word = _WORD_BEFORE.search(text, max(lo, match.start() - 40), match.start())
        bare = word.group(1).lower() if word else ""
        if bare in TITLES or bare in MONTHS or bare in OTHER_ABBREVIATIONS:
            continue
        pieces.append((start, match.end()))
        start = match.end()
    return [*pieces, (start, hi)] if pieces else [(lo, hi)]


# --------------------------------------------------------------------------- tokens


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each token in text[lo:hi]; kind is word/number/punct/quote.

    Words keep inner apostrophes and hyphens (``Trump’s``, ``François-Philippe``);
    acronyms with full stops stay whole (``U.S.``) and so do known abbreviations
    (``Gen.``); quotation marks are tokens of their own.
    """
    out = []
    for match in TOKEN_PATTERN.finditer(text, lo, hi):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "abbrev":
            kind = "word"
        elif kind == "word":
            if end < hi and text[end] == "." and text[start:end].lower() in _ABBREVIATED:
                end += 1
        elif (
            kind == "quote"
            and text[start] in SINGLE_MARKS
            and lo < start
            and end < hi
            and text[start - 1].isalpha()
            and text[end].isalpha()
        ):
            kind = "punct"  # an apostrophe the word pattern did not take
        out.append((start, end, kind))
    return _merge_split_abbreviations(text, out)


def _merge_split_abbreviations(text: str, toks: list[tuple[int, int, str]]):
    # The number pattern is tried first, so "p.m." style tokens need no merge; this only
    # drops the stray full stop the word branch leaves after a title it already took.
    merged = []
    for tok in toks:
        if merged and tok[2] == "punct" and tok[0] < merged[-1][1]:
            continue
        merged.append(tok)
    return merged
