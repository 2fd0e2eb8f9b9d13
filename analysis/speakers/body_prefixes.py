"""A name the text also writes as the opening of a body's name is that body: "Big
Machine said …" where the text elsewhere says "Big Machine Records" (a firm called by
its name without the generic head, Chicago Manual of Style 17th ed. 8.67).

Called from :func:`analysis.speakers.entities.find_entities` after the short bodies and
acronyms are joined, on its groups of mentions and their kinds.
"""

from __future__ import annotations

from analysis.speakers.detect import Mention
from analysis.speakers.lexicon import Lexicons
from analysis.speakers.namedata import is_given_name
from analysis.speakers.places import is_place_name


def _key(m: Mention) -> tuple[str, ...]:
    return tuple(w for w in m.name_words if w != "the")


def _body_names(groups: dict[int, list[Mention]], text: str, lex: Lexicons) -> dict:
    """(name words) -> entities, of every name the text writes ending in a capitalised
    body noun ("Big Machine Records", "Harbour Light Group")."""
    found: dict[tuple[str, ...], set[int]] = {}
    for e, group in groups.items():
        for m in group:
            key = _key(m)
            written = text[m.start : m.end].split()
            joint = "and" in key or "&" in written  # "X Pro and X Air": two names
            if (
                len(key) > 1
                and key[-1] in lex.body_nouns
                and written[-1][:1].isupper()
                and not joint
            ):
                found.setdefault(key, set()).add(e)
    return found


def _no_person_evidence(group: list[Mention]) -> bool:
    """No title, role or honorific, and no given name opening it ("Big Machine" may be
    a firm; "Ana Ruiz" of "Ana Ruiz Foundation" is a person)."""
    return all(
        m.form in {"name", "body"}
        and not (m.title or m.role or m.honorific_gender != "-")
        and not (m.name_words and is_given_name(m.name_words[0]))
        for m in group
    )


def join_body_prefixes(
    groups: dict[int, list[Mention]], kinds: dict, lex: Lexicons, text: str
) -> None:
    """A name without person evidence whose every written form opens a body's name the
    text writes out ("Big Machine", "Machine" -> "Big Machine Records") is that body;
    of several, the one written first."""
    bodies = _body_names(groups, text, lex)
    if not bodies:
        return
    openings: dict[tuple[str, ...], set[int]] = {}  # the first n words of each, n >= 2
    for key, owners in bodies.items():
        for n in range(2, len(key)):
            openings.setdefault(key[:n], set()).update(owners)
    for e in [e for e in groups if kinds.get(e) in {"person", None, "body"}]:
        group = groups.get(e)
        if not group:
            continue
        fullest = max(group, key=lambda m: len(_key(m)))
        longest = _key(fullest)
        if len(longest) < 2 or longest in bodies and e in bodies[longest]:
            continue
        targets = {t for t in openings.get(longest, set()) - {e} if groups.get(t)}
        if not targets or not _no_person_evidence(group):
            continue
        if is_place_name(text[fullest.name_start : fullest.name_end]):
            continue  # "Hong Kong" of "Hong Kong Polytechnic University": a place
        # several bodies open with it ("… Records", "… Label Group"): the one the
        # text writes first introduces it, as a surname joins the person named first
        target = min(targets, key=lambda t: groups[t][0].start)
        for t in [t for t in groups if t != e and kinds.get(t) == "body"]:
            if t != target and _same_name(groups[t], longest):
                _merge(groups, kinds, t, target)  # "Big Machine" written as a body too
        _merge(groups, kinds, e, target)


def _same_name(group: list[Mention], key: tuple[str, ...]) -> bool:
    return max((_key(m) for m in group), key=len) == key


def _merge(groups: dict[int, list[Mention]], kinds: dict, source: int, target: int) -> None:
    """Move every mention of ``source`` to ``target``, a body."""
    for m in groups.pop(source):
        m.entity = target
        groups[target].append(m)
    groups[target].sort(key=lambda m: m.start)
    kinds[target] = "body"
    kinds.pop(source, None)
