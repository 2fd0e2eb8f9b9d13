"""Which stretches of an article lie inside quotation marks.

News text uses curly, straight, single, guillemet and typewriter (````…''``) marks,
and real articles get them wrong: machine translation and some CMSs close a
quotation with an opening mark (``“…“``), quotations run over several paragraphs
with no closing mark, and apostrophes look like closing single quotes. So a mark's
role (open or close) is read from its context, not its glyph:

* a mark with space (or the start of the paragraph) before it and a word after it opens;
* a mark with a word or punctuation before it and space, punctuation or the end of the
  paragraph after it closes;
* anything else is decided by whether a quotation of its family is open.

Double marks nest on a stack; a double quotation left open at the end of its
paragraph ends there (the newspaper convention for quotations that go on into the
next paragraph). A single mark only makes a quotation when it pairs up inside the
paragraph: otherwise it is an apostrophe (``Americans’ willingness``, ``’80s``).

The pairing never raises: every input gets its best reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

DOUBLE_MARKS = '"“”„‟«»″〝〞＂'
SINGLE_MARKS = "'‘’‚‛‹›"
# ``  and '' are the typewriter double quotes of PTB-style text; NYT copy uses '' for
# both ends, so '' opens or closes by context like a straight mark. Some CMSs turn
# those into doubled curly singles (‘‘…’’), which are double marks too.
_DOUBLED_SINGLES = {"‘‘", "’’"}
_MARK = re.compile(r"``|'''|''|‘‘|’’|[" + re.escape(DOUBLE_MARKS + SINGLE_MARKS) + "]")
_OPEN_ONLY = {"``", "„", "«", "‹", "‚", "〝"}
_CLOSE_ONLY = {"»", "›", "〞"}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_OPENING_CONTEXT = set("([{—–-/")  # a quotation may open right after these
_SINGLE_OPENERS = "‘'‚‹"


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: from its opening mark to just after its closing mark.

    ``closed`` is False when the paragraph ended first; then ``end`` is the end of
    the paragraph's text and ``close_mark`` is None.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    family: str  # "double" or "single"
    depth: int
    closed: bool
    open_mark: str
    close_mark: str | None


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line-separated block, whitespace trimmed."""
    bounds = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(text)))
    trimmed = []
    for start, end in bounds:
        block = text[start:end]
        stripped = block.strip()
        if stripped:
            offset = start + len(block) - len(block.lstrip())
            trimmed.append((offset, offset + len(stripped)))
    return trimmed


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _last_visible(text: str, lo: int, hi: int) -> int:
    """Offset of the last non-whitespace character of text[lo:hi], ``lo - 1`` when none."""
    position = min(hi, len(text)) - 1
    while position >= lo and text[position].isspace():
        position -= 1
    return position


def _role(
    text: str, start: int, end: int, lo: int, hi: int, last_visible: int | None = None
) -> str:
    """'open', 'close' or 'either' for the mark at text[start:end] within [lo, hi).

    ``last_visible`` is :func:`_last_visible` of the paragraph (computed when not given).
    """
    mark = text[start:end]
    before = text[start - 1] if start > lo else ""
    after = text[end] if end < hi else ""
    if mark in _OPEN_ONLY:
        return "open"
    if mark in _CLOSE_ONLY:
        return "close"
    space_before = _is_space(before) or before in _OPENING_CONTEXT
    space_after = _is_space(after)
    if space_before and not space_after:
        return (
            "open" if after.isalnum() or after in DOUBLE_MARKS + SINGLE_MARKS + "(.…$" else "either"
        )
    if not space_before and (space_after or not after.isalnum()):
        return "close"
    if space_before and space_after:
        # A lone mark between spaces: closes at the end of a paragraph, else decided by state.
        if last_visible is None:
            last_visible = _last_visible(text, lo, hi)
        return "close" if last_visible < end else "either"
    return "either"  # letters on both sides: an apostrophe or a glued mark


def _is_apostrophe(text: str, start: int, lo: int, hi: int) -> bool:
    before = text[start - 1] if start > lo else ""
    after = text[start + 1] if start + 1 < hi else ""
    if before.isalpha() and after.isalpha():
        return True  # don't, Trump’s
    # ’80s, ’em: an elided start of a word
    return _is_space(before) and (after.isdigit() or text[start + 1 : start + 3] == "em")


def find_quote_spans(text: str, bounds: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Every quotation in ``text``, outermost first within each paragraph.

    ``bounds`` are paragraph (start, end) pairs; by default blank lines separate them.
    """
    bounds = bounds if bounds is not None else paragraph_bounds(text)
    spans: list[QuoteSpan] = []
    for index, (lo, hi) in enumerate(bounds):
        following = bounds[index + 1][0] if index + 1 < len(bounds) else None
        continued = following is not None and text[following] in _SINGLE_OPENERS
        spans.extend(_paragraph_spans(text, lo, hi, single_continues=continued))
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


def _paragraph_spans(
    text: str, lo: int, hi: int, single_continues: bool = False
) -> list[QuoteSpan]:
    """The quotations of the paragraph text[lo:hi].

    ``single_continues``: the next paragraph opens with a single quotation mark, so a
    single quotation left open here runs on (British style: ‘…. / ‘… .’).
    """
    doubles: list[tuple[int, int, str]] = []  # open stack: (start, end, mark)
    singles: list[tuple[int, int, str]] = []
    found: list[QuoteSpan] = []

    def close(stack, family, start, end):
        open_start, open_end, open_mark = stack.pop()
        found.append(
            QuoteSpan(
                start=open_start,
                end=end,
                inner_start=open_end,
                inner_end=start,
                family=family,
                depth=len(doubles) + len(singles),
                closed=True,
                open_mark=open_mark,
                close_mark=text[start:end],
            )
        )

    last_visible = _last_visible(text, lo, hi)
    for match in _MARK.finditer(text, lo, hi):
        start, end = match.span()
        mark = match.group()
        if mark == "'''":
            # ",'''" ends a single quotation inside a typewriter double one (''I said,
            # 'No.'''): the single closes first; " '''Go" opens both, double first.
            if singles:
                close(singles, "single", start, start + 1)
                start += 1
            elif _role(text, start, end, lo, hi, last_visible) == "open":
                doubles.append((start, start + 2, "''"))
                singles.append((start + 2, end, "'"))
                continue
            mark = "''"
        if mark in _DOUBLED_SINGLES and singles:
            # "‘a joke’’": a single quotation closing; the second mark is left alone.
            close(singles, "single", start, start + 1)
            continue
        if mark in SINGLE_MARKS and _is_apostrophe(text, start, lo, hi):
            continue
        role = _role(text, start, end, lo, hi, last_visible)
        family = "single" if mark in SINGLE_MARKS else "double"
        stack = singles if family == "single" else doubles
        if family == "single" and role == "close" and not singles:
            continue  # a trailing apostrophe (Americans’), not a closing quote
        if role == "either":
            role = "close" if stack else "open"
        if role == "open":
            if family == "double" and singles:
                singles.clear()  # an unpaired single inside was an apostrophe
            stack.append((start, end, mark))
        elif stack:
            if family == "double":
                # A single mark opened inside this quotation and never closed was an
                # apostrophe ("’cause"): it must not nest the quotation one level down.
                singles[:] = [entry for entry in singles if entry[0] < stack[-1][0]]
            close(stack, family, start, end)
    # Double quotations still open run to the end of the paragraph; so does the first
    # single one when the next paragraph carries the quotation on.
    end_of_text = last_visible + 1
    if single_continues and singles and not doubles:
        doubles.append(singles[0])
        family_of_open = "single"
    else:
        family_of_open = "double"
    while doubles:
        open_start, open_end, open_mark = doubles.pop()
        found.append(
            QuoteSpan(
                start=open_start,
                end=end_of_text,
                inner_start=open_end,
                inner_end=end_of_text,
                family=family_of_open,
                depth=len(doubles),
                closed=False,
                open_mark=open_mark,
                close_mark=None,
            )
        )
    return found


def quoted_mask(text: str, spans: list[QuoteSpan]) -> np.ndarray:
    """Boolean array over the characters of ``text``: True inside a quotation's marks."""
    # Nested quotations overlap: count openings minus closings per character (linear in
    # the text and the spans, where marking each span's slice is quadratic for deep nests).
    size = len(text) + 1
    inside = [(s.inner_start, s.inner_end) for s in spans if s.inner_start < s.inner_end]
    if not inside:
        return np.zeros(size, dtype=bool)
    starts = np.array([min(s, size) for s, _ in inside], dtype=np.int64)
    ends = np.array([min(e, size) for _, e in inside], dtype=np.int64)
    depth = np.bincount(starts, minlength=size + 1) - np.bincount(ends, minlength=size + 1)
    return np.cumsum(depth[:size]) > 0
