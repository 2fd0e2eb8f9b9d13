"""Time adjuncts between a subject and its cue: "the senator on Tuesday said", "Ana
Ruiz, who met the mayor, last week said", "Lee, who in 2010 said" (Quirk et al. 1985, 8.51-8.60 on time
adjuncts; 17.22 on the comma that closes a non-restrictive relative clause).
"""

from __future__ import annotations

import re

from analysis.attribution.cues import DAY, MONTH
from analysis.attribution.vocabulary import NUMBER_WORDS, alternation

_TIME_ADJUNCT = re.compile(
    r",?\s+(?:(?:on\s+)?" + DAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier\s+this|late\s+last|next)\s+(?:week|month|year|spring|summer|fall|winter)"
    r"|in\s+recent\s+(?:days|weeks|months)|today|yesterday|tonight"
    # "Lee, who in 2010 said …": a year (Quirk et al. 1985, 9.37: "in" with a year)
    r"|in\s+(?:19|20)\d\d),?\s*$"
)


# "The Port Authority less than three days ago said": a span of time before "ago"
# (or "later") right before the verb.
AGO_ADJUNCT = re.compile(
    r"\s+(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|just\s+)?(?:a\s+few|"
    + alternation(NUMBER_WORDS)
    + r"|a|an|\d+)\s+(?:minute|hour|day|week|month|year|decade)s?\s+(?:ago|later)\s*$",
    re.IGNORECASE,
)


# "Gale Brennan in October revealed": a month adjunct right before the verb (with no
# comma after it: "…close in March, says X" is the content's own adjunct).
_MONTH_ADJUNCT = re.compile(
    r"\s+(?:in|on|since|during|until|by|last|early|late)\s+"
    + MONTH
    + r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s*$"
)


def time_adjunct_before(text: str, lo: int, cue_start: int) -> re.Match[str] | None:
    """The time adjunct that ends right at ``cue_start`` (a day, a season, a month, a
    span "ago"), or None."""
    return (
        _TIME_ADJUNCT.search(text, lo, cue_start)
        or _MONTH_ADJUNCT.search(text, lo, cue_start)
        or AGO_ADJUNCT.search(text, lo, cue_start)
    )


def aside_before_time(text: str, lo: int, cue_start: int) -> int | None:
    """``Ruiz, who backed Lee, last week said``: where the time adjunct right before the
    cue begins, after the comma that closes an aside on the subject (no comma after the
    adjunct), or None."""
    window_lo = max(lo, cue_start - 160, text.rfind("\n", lo, cue_start) + 1)
    adjunct = time_adjunct_before(text, window_lo, cue_start)
    if adjunct is None or not adjunct.group().lstrip().startswith(","):
        return None
    return None if closing_comma(adjunct) else text.index(",", adjunct.start()) + 1


def closing_comma(adjunct: re.Match[str]) -> bool:
    return adjunct.group().rstrip().endswith(",")


def whole_adjunct(adjunct: str) -> bool:
    """Is a time adjunct before the cue whole: no comma after it, or commas on both
    sides ("the senator, on Tuesday, said")? "Ana Ruiz, who met the mayor on Monday,
    said" ends a relative clause there, whose object is no subject."""
    stripped = adjunct.strip()
    return not stripped.endswith(",") or stripped.startswith(",")
