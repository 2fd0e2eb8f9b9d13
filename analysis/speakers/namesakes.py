"""Namesakes: which of several people sharing a surname a shorter name stands for.

A family shares a surname, not a person: "Mr. Obama" is not "Michelle Obama", and a bare
"Clinton" after "Bill Clinton" and "Hillary Clinton" is the one named last. Used by the
grouping of names into entities (:mod:`~analysis.speakers.entities`).
"""

from __future__ import annotations

from analysis.speakers.detect import Mention
from analysis.speakers.gender import genders_from_names, role_gender
from analysis.speakers.lexicon import Lexicons
from analysis.speakers.namedata import is_given_name


def mention_gender(m: Mention, lex: Lexicons) -> str | None:
    """The gender a name's own honorific or title gives ("Mr. Obama", "Queen Mary")."""
    if m.honorific_gender in {"male", "female"}:
        return m.honorific_gender
    return role_gender(m.title, lex) if m.title else None


def given_name_gender(full: tuple[str, ...], short: tuple[str, ...]) -> str | None:
    """The gender of a fuller name's given name, when the shorter name drops it: "Mr.
    Obama" is not "Michelle Obama" (a family shares a surname, not a person)."""
    if len(full) <= len(short) or full[0] == short[0] or len(full[0]) < 2:
        return None
    return genders_from_names([full[0]]).get(full[0])


def namesake(
    candidates: list[int], entities: list, earliest: list[int], seen: list[list[int]], start: int
) -> int:
    """The person a surname shared by several stands for: the one introduced first (news
    names its main actor early and uses the bare surname for them), unless every
    candidate is a different person named in full with a given name of their own
    ("Bill Clinton" and "Hillary Clinton"; not "Josh Apte" and "Joshua Apte", nor
    "Hosting Cook" and "Tim Cook"): then the one named last before it (recency, Lappin &
    Leass 1994). Recency alone was tried: nickname variants and capitalised words taken
    into a name then won the surname."""
    first = min(candidates, key=lambda e: earliest[e])
    given = [entities[e][0] for e in candidates]
    distinct = all(len(entities[e]) > 1 and is_given_name(entities[e][0]) for e in candidates)
    if not distinct or any(a != b and b.startswith(a) for a in given for b in given):
        return first
    before = {e: max((s for s in seen[e] if s < start), default=-1) for e in candidates}
    latest = max(candidates, key=lambda e: before[e])
    return latest if before[latest] >= 0 else first
