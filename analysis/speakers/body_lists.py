"""A body whose name coordinates the complements of "of": "the Ministry of Farms,
Fisheries and Forests", "the Office of Ports and Canals". The name is one body, not
a list of speakers nor its last member ("Forests"): the coordination sits inside the
"of" phrase that postmodifies the body noun (Quirk et al. 1985, 13.56 and 17.37;
Chicago Manual of Style 8.62: the full official name of a body). And a speaker span that
is only a list of names ("Ruiz, Park and Lee") is their joint speaker (13.2).
"""

from __future__ import annotations

import re

from analysis.speakers.lexicon import lexicons
from analysis.speakers.span_heads import plural_people

# "<Capitalised body noun> of A, B and C" closing a mention, a possessor or "the" before
_CAPITAL = r"[A-Z][\w’'&.-]*"
_COORDINATED_OF = re.compile(
    rf"(?P<noun>{_CAPITAL})\s+of\s+(?:the\s+)?{_CAPITAL}(?:\s+{_CAPITAL})*"
    rf"(?:,\s*{_CAPITAL}(?:\s+{_CAPITAL})*)*,?\s+(?:and|&)\s+{_CAPITAL}(?:\s+{_CAPITAL})*$"
)


def coordinated_body_name(mention: str) -> str | None:
    """The official name a speaker mention writes as a body noun with a coordinated "of"
    complement ("Veloria’s Ministry of Farms, Fisheries and Forests"), without a
    leading "the"; None for any other mention ("Ruiz, Park and Lee")."""
    written = mention.strip()
    found = _COORDINATED_OF.search(written)
    if found is None or found.group("noun").lower() not in lexicons().body_nouns:
        return None
    return re.sub(r"^[Tt]he\s+", "", written)


def listed_names(result, start: int, end: int) -> str | None:
    """The joint label of a speaker span that is nothing but two or more names joined by
    commas and "and" ("Ruiz, Park and Lee said"), names whose kind the text leaves open
    included (:func:`~analysis.speakers.span_heads.joint_names` wants a kind): a
    coordination of noun phrases is a plural subject (Quirk et al. 1985, 13.2), not its
    last member. None for any other span."""
    text = result.text
    names = [m for m in result.overlapping(start, end) if start <= m.start and m.end <= end]
    if len(names) < 2 or any(m.form != "name" for m in names):
        return None
    if any(
        isinstance(result.kind_of.get(m.entity), str)
        and result.kind_of.get(m.entity) not in {"person", "body"}
        for m in names
    ):
        return None  # "Paris and Rome": places speak through their governments
    if text[start : names[0].start].strip() or text[names[-1].end : end].strip(" ,"):
        return None
    gaps = [text[a.end : b.start] for a, b in zip(names, names[1:], strict=False)]
    if not all(_LINK.fullmatch(g) for g in gaps) or "and" not in gaps[-1]:
        return None
    entities = list(dict.fromkeys(m.entity for m in names))
    if len(entities) < 2:
        return None
    return " and ".join(str(result.entities.at[e, "name"]) for e in entities)


_LINK = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


# "and" then a group of people closing a mention: capitalised modifiers ("GOP", "Senate"),
# lower-case ones, and a plural noun for people last ("GOP legislative leaders")
_AND_GROUP = re.compile(
    r"\s+and\s+(?P<group>(?:[A-Z][\w’'&.-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*$"
)


def person_and_group(result, start: int, end: int) -> str | None:
    """The joint label of a speaker span that coordinates a named person with a group of
    people ("Gov. Dana Holt and GOP legislative leaders said"): they speak together, not
    the group's modifier ("GOP") nor the person alone (Quirk et al. 1985, 13.2). None
    unless the person's name ends right before "and" and the group ends in a plural noun
    for people."""
    text = result.text
    found = _AND_GROUP.search(text, start, end)
    if found is None or found.end() != end and text[found.end() : end].strip():
        return None
    group = found.group("group")
    if not plural_people(group, None):
        return None
    people = [
        m
        for m in result.overlapping(start, found.start())
        if m.form == "name" and start <= m.start and m.end <= found.start()
    ]
    if not people or people[-1].end != found.start():
        return None
    if result.kind_of.get(people[-1].entity) != "person" or len({m.entity for m in people}) > 1:
        return None
    name = result.entities["name"].get(people[-1].entity)
    return None if name is None else f"{name} and {group}"
