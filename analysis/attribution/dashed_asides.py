"""A source phrase that closes a dashed aside reports only the aside.

``The bridge -- which has been closed 12 times this year, according to the city --
will reopen in May``: the dashes set the aside off from its sentence (Quirk et al.
1985, 15.54 and Appendix III.26 on dashes around a parenthesis), so "according to the
city" names the source of the words inside them, not of the sentence's start; a leading
"and" or "the fact that" ("-- and the fact that the mayor has missed 40 votes,
according to the clerk --") is the writer's link to the aside (17.26 on "the fact that").
"""

from __future__ import annotations

import re

from analysis.attribution.phrases import strip_span

# A spaced hyphen or double hyphen, or an en or em dash: an aside's opening or closing.
_DASH = re.compile(r"\s(?:--?|–)\s|\s?—\s?")
_CLOSING = re.compile(r"\s*(?:--?|–|—)")
_LINK = re.compile(r"(?:(?:and|or|but)\s+)?(?:the\s+fact\s+that\s+)?", re.I)


def inside_dashed_aside(
    text: str, content: tuple[int, int], speaker_end: int, s_hi: int
) -> tuple[int, int]:
    """The part of ``content`` inside the dashed aside that the source phrase closes
    (``content`` itself when the phrase closes no aside)."""
    lo, hi = content
    if _CLOSING.match(text, speaker_end, s_hi) is None:
        return content
    openings = list(_DASH.finditer(text, lo, hi))
    if not openings:
        return content
    start = openings[-1].end()
    link = _LINK.match(text, start, hi)
    start = link.end() if link else start
    inner = strip_span(text, start, hi)
    return (
        inner
        if inner[1] - inner[0] > 0 and len(text[inner[0] : inner[1]].split()) >= 3
        else content
    )
