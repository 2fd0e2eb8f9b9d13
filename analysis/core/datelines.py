"""Datelines: the place (and agency) a news story opens with, before what it reports.

A dateline names where a story was filed, in capitals, then an optional state or country,
an optional agency in brackets, and a dash or colon: ``WASHINGTON —``, ``HAYWARD, Calif.
(AP) —``, ``NEW DELHI:``, ``OTTAWA, Ont. (Reuters) -`` (AP Stylebook, "datelines"). It is
the writer's, never part of what a source said, so an attribution's content starts after it.
A label in capitals in the same place (``UPDATE:``, ``EDITOR'S NOTE:``) is the writer's too,
and is read the same way.
"""

from __future__ import annotations

import re

# The place in capitals (one to four words; "ST. LOUIS", "NEW DELHI", "RIO DE JANEIRO"),
# then ", Calif." / ", Switzerland" (no dash inside), then "(AP)", then the dash or colon.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?:\s+(?:[A-Z][A-Z.'’-]*|de|da|del|di|du|la|le|el)){0,3})"
    r"(?:,\s*[A-Z][\w.' ]{0,30}?)?"
    r"(?:\s*\([^()\n]{1,30}\))?"
    r"\s*(?:[—–]|-{1,2}|:)\s+"
)


def dateline_end(text: str, start: int) -> int | None:
    """The offset just after a dateline opening ``text`` at ``start``, or None.

    The place must be written in capitals and be at least two letters long, so that a
    sentence opening with a name or an acronym and a dash ("Ana Ruiz — the mayor —",
    "A dash") is never read as a dateline.
    """
    found = _DATELINE.match(text, start)
    if found is None:
        return None
    place = found.group("place")
    letters = [ch for ch in place if ch.isalpha()]
    if len(letters) < 2 or not all(ch.isupper() for ch in letters if ch.isascii()):
        return None
    return found.end()
