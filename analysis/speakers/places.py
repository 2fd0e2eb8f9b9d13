"""Places: names of countries, regions and cities, so that a place is never counted as a
person or a body.

The names come from the Unicode CLDR English data shipped with the pinned ``babel``
package (territory names and the exemplar cities of time zones) and from
``place_names.tsv`` (short forms such as "UK", US states, capitals). A place can still
speak for its government ("Britain said", Quirk et al. 1985, 5.38: a proper noun for a
country used for its government); :func:`government_use` tells that use apart from a
place that only locates someone ("doctors in the UK told").
"""

from __future__ import annotations

import re
from functools import cache

from analysis import lexicons as lexicon_files
from analysis.speakers.lexicon import lexicons, source_noun_kind


@cache
def place_names() -> frozenset[str]:
    """Lower-case names of places, each also without a leading "the"."""
    names = {r["entry"].lower() for r in lexicon_files.rows("place_names")}
    try:
        from babel import localedata

        data = localedata.load("en")
    except (ImportError, OSError, ValueError):  # babel missing: the lexicon alone
        data = {}
    for code, name in data.get("territories", {}).items():
        if code.isdigit() or code in {"EU", "EZ", "UN", "QO", "ZZ"}:
            continue  # world regions by number, and bodies ("European Union")
        name = re.sub(r"\s+SAR China$|\s*\(.*\)$", "", str(name))
        names.add(name.lower())
    for zone in data.get("time_zones", {}).values():
        if isinstance(zone, dict) and zone.get("city"):
            names.add(str(zone["city"]).lower())
    return frozenset(names)


def is_place_name(name: str) -> bool:
    """Whether a canonical name is a place's name ("Hong Kong", "the UK")."""
    key = re.sub(r"^the\s+", "", " ".join(name.split()).lower())
    return key in place_names()


# what may stand before a place that speaks for its government: nothing but a determiner
# and clause openers; a preposition makes it a location ("in the UK", "from China")
_LOCATIVE = re.compile(
    r"\b(?:in|at|from|of|near|across|outside|inside|within|throughout|into|around|over|"
    r"under|between)\s+(?:the\s+)?(?:[A-Z][\w.-]*[’']s\s+)?$",
    re.IGNORECASE,
)


def government_use(text: str, start: int, end: int) -> bool:
    """Whether a place written at ``start``..``end`` is used for its government or people
    as a speaker: not the object of a preposition ("in the UK", "in Peru's Cusco
    region"), not a modifier of a source noun after it ("Macau police", "the Cusco
    health commission"), not a possessor ("China's ambassador")."""
    if _LOCATIVE.search(text[max(0, start - 40) : start]):
        return False
    if re.match(r"[’']s?\b", text[end : end + 3]):
        return False
    return source_noun_after(text, end) is None


def source_noun_after(text: str, end: int) -> int | None:
    """The end offset of a lower-case source noun ("police", "officials", "commission")
    among the next three lower-case words after ``end``, before any function word or
    reporting verb ("Macau health officials"; not "Macau has urged"), else None."""
    lex = lexicons()
    position = end
    for _ in range(3):
        word = _NEXT_WORD.match(text, position)
        if word is None or word.group(1) in lex.reporting_forms or word.group(1) in lex.not_names:
            return None
        position = word.end()
        if source_noun_kind(word.group(1)) in {"person", "body"}:
            return position
    return None


_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w-]*)")
