"""Grouping: mentions of one person or body gathered under one entity id.

A short name joins the fuller name it repeats ("Park" of "Lee Park", "Bernie" of
"Bernie Sanders"), a firm's name its shorter form ("Brightmoor Co." of "Brightmoor");
a name inside a body's name is the body's ("the Trump government").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import defaultdict

from analysis.speakers.detect import Mention
from analysis.speakers.lexicon import Lexicons
from analysis.speakers.namedata import could_be_given_name, is_given_name
from analysis.speakers.namesakes import given_name_gender, mention_gender, namesake


def drop_nested(found: list[Mention]) -> list[Mention]:
    """A name used as a modifier inside a body ("the Trump government") is the body's."""
    bodies = sorted((m.start, m.end) for m in found if m.form == "body")
    starts = [s for s, _ in bodies]
    longest = max((e - s for s, e in bodies), default=0)

    def nested(m: Mention) -> bool:
        hi = bisect.bisect_right(starts, m.start)
        lo = bisect.bisect_left(starts, m.end - longest)
        return any(m.end <= e and (s, e) != (m.start, m.end) for s, e in bodies[lo:hi])

    return [m for m in found if m.form == "body" or not nested(m)]


def split_joint_bodies(found: list[Mention], text: str) -> list[Mention]:
    """ "Brightmoor and Lomax" is two bodies when each is also written alone in the
    article ("Defense and Security Network", never split so, stays one body)."""
    alone = {m.name_words for m in found if "and" not in m.name_words}
    result = []
    for m in found:
        words = m.name_words
        if m.form != "body" or "and" not in words or words.count("and") > 1:
            result.append(m)
            continue
        at = words.index("and")
        left, right = words[:at], words[at + 1 :]
        if left not in alone or right not in alone:
            result.append(m)
            continue
        written = text[m.name_start : m.end]
        joint = re.search(r"\s+and\s+", written)
        for start, end, part in (
            (m.name_start, m.name_start + joint.start(), left),
            (m.name_start + joint.end(), m.end, right),
        ):
            result.append(dataclasses.replace(m, start=start, end=end, name_start=start,
                                              name_end=end, name_words=part))  # fmt: skip
    return result


def _same_person(
    short: tuple[str, ...], full: tuple[str, ...], particles, suffixes=frozenset()
) -> bool:
    """Whether a shorter name refers to a fuller one: its surname, or its first name.

    "Park" and "von berg" end "lee park" and "anna von berg";
    particles may be dropped ("Berg"), and so may a generational suffix ("Marsh" of
    "Owen P. Marsh Jr."). A lone first name matches too ("Bernie"), when it can be a
    given name: "Quorvex" is no first name of "Quorvex Lightdock", a product named after
    its maker (a body's short name is its name without a firm designator, see
    :func:`_join_firm_names`).
    """
    if not short or len(short) >= len(full):
        return short == full
    while len(full) > 1 and full[-1] in suffixes and short[-1] not in suffixes:
        full = full[:-1]
    if len(short) >= len(full):
        return short == full
    if full[-len(short) :] == short:
        return True
    core = tuple(w for w in full if w not in particles)
    if core[-len(short) :] == short:
        return True
    return len(short) == 1 and full[0] == short[0]


def _may_shorten(m: Mention, full: tuple[str, ...], introduced: int, lex: Lexicons) -> bool:
    """Whether a one-word name may stand for a fuller name it opens ("Bernie" of "Bernie
    Sanders", "Acme" of "Acme Inc."); every other match of :func:`_same_person` may.

    Only a company's suffix may be dropped from a body's name (Chicago Manual of Style
    8.67): "Acme" is not the product "Acme Lightdock", nor "Kestrel" the person
    "Kestrel Project Manager ...". A person is called by the given name alone when it
    can be one, and a rarer given name only after the full name introduced them.
    """
    short = m.name_words
    if not (len(short) == 1 < len(full) and full[0] == short[0] and short[0] not in full[1:]):
        return True
    if all(w.strip(".") in lex.company_suffixes or w in lex.company_suffixes for w in full[1:]):
        return True
    word = short[0]
    return could_be_given_name(word) and (is_given_name(word) or introduced < m.start)


def group_names(found: list[Mention], lex: Lexicons) -> None:
    """Give every name, title, and body mention an entity id; fuller names come first.

    A short name joins the fuller name it matches; when several match, the one
    introduced first.
    """
    names = [m for m in found if m.form == "name" and m.name_words]
    # of names of one length, those with a gendered honorific or title first: "Mr. Obama"
    # sets up a male Obama apart from "Michelle Obama" before a bare "Obama" picks one
    by_length = sorted(
        names, key=lambda m: (-len(m.name_words), mention_gender(m, lex) is None, m.start)
    )
    entities: list[tuple[str, ...]] = []
    earliest: list[int] = []  # the first start among each entity's names
    by_word: dict[str, set[int]] = defaultdict(set)  # only entities sharing a word can match
    honorific: dict[int, str] = {}  # the gender of the first "Mr."/"Mrs." given to an entity
    titles: dict[int, set[str]] = defaultdict(set)  # the titles written with them
    seen: list[list[int]] = []  # the starts of each entity's names grouped so far
    for m in by_length:
        near = by_word[m.name_words[-1]] | by_word[m.name_words[0]]
        gender = mention_gender(m, lex)
        matches = sorted(
            e
            for e in near
            if _same_person(m.name_words, entities[e], lex.particles, lex.name_suffixes)
            and _may_shorten(m, entities[e], earliest[e], lex)
            and (gender is None or given_name_gender(entities[e], m.name_words) in {gender, None})
        )
        if not matches:
            for w in m.name_words:
                by_word[w].add(len(entities))
            entities.append(m.name_words)
            earliest.append(m.start)
            seen.append([m.start])
            m.entity = len(entities) - 1
            titles[m.entity].add((m.title or "").lower())
            continue
        # several people share the surname: the one written with the same title
        # ("President Obama" of "President Ann Obama", not of "Joe Obama"); else the
        # one introduced first, as news names its main actor early and uses the bare
        # surname for them; but "Mr. Clinton" after "Mrs. Clinton" is the other Clinton.
        # Between two people of the family, each named in full with a given name of
        # their own ("Bill Clinton", "Hillary Clinton"), the one named last before it.
        fitting = [e for e in matches if honorific.get(e) in {gender, None}] if gender else []
        title = (m.title or "").lower()
        titled = [e for e in fitting or matches if title and title in titles[e]]
        m.entity = namesake(titled or fitting or matches, entities, earliest, seen, m.start)
        if gender:
            honorific.setdefault(m.entity, gender)
        earliest[m.entity] = min(earliest[m.entity], m.start)
        titles[m.entity].add(title)
        seen[m.entity].append(m.start)
    offset = len(entities)
    keys: dict[tuple[str, ...], int] = {}
    surnames = {words[-1]: e for e, words in reversed(list(enumerate(entities))) if len(words) > 1}
    for m in found:
        if m.form == "title" and len(m.name_words) == 1 and m.name_words[0] in surnames:
            # "Doctor said" after "Ana Doctor": the surname, not the title
            m.entity, m.form = surnames[m.name_words[0]], "name"
            continue
        if m.form in {"body", "title"}:
            key = tuple(w for w in m.name_words if w != "the")
            if key not in keys:
                keys[key] = offset + len(keys)
            m.entity = keys[key]
    _join_firm_names(found, entities, keys, lex)


def titles_in_roles(found: list[Mention]) -> None:
    """A title written inside a name's own appositive ("Ana Ruiz, CEO and founder of
    Acme") is that person's role, no title-holder of its own."""
    roles = sorted(
        (m.role_start, m.role_end, m.entity)
        for m in found
        if m.form == "name" and m.role_start >= 0 and m.role_start > m.start
    )
    if not roles:
        return
    starts = [r[0] for r in roles]
    for m in found:
        if m.form != "title":
            continue
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and roles[k][0] <= m.start and m.end <= roles[k][1]:
            m.entity, m.form = roles[k][2], "descriptor"


def _join_firm_names(found: list[Mention], entities, keys: dict, lex: Lexicons) -> None:
    """ "Brightmoor Co." and "Lomax Capital" are the firm also written "Brightmoor" and
    "Lomax": a firm's name without its generic last words (``firm_designator`` rows of
    ``body_nouns.tsv`` and ``company_suffixes.tsv``; Chicago Manual of Style 8.67), and
    two names of one firm that differ only there ("Orbis Corp.", "Orbis Corporation")
    are one."""
    short = {words: e for e, words in enumerate(entities)}
    stripped: dict[tuple[str, ...], int] = {}  # "Orbis Corp." and "Orbis Corporation"
    for m in found:
        if m.form != "body":
            continue
        key = tuple(w for w in m.name_words if w != "the")
        base = _without_designators(key, lex)
        if len(key) < 2 or base == key:
            continue
        # a firm named after its founder is called by the surname ("Walt Orbis Co." is
        # "Orbis"), as a person is (Chicago Manual of Style 8.67)
        founder = base[1:] if len(base) == 2 and could_be_given_name(base[0]) else None
        for name in (base, founder):
            if name in short:
                m.entity = short[name]
                break
            if name in keys:
                m.entity = keys[name]
                break
        else:
            m.entity = stripped.setdefault(base, m.entity)


def _without_designators(key: tuple[str, ...], lex: Lexicons) -> tuple[str, ...]:
    """A firm's name without its designators ("Orbis Group Corp." -> "Orbis")."""
    while len(key) > 1 and (key[-1] in lex.firm_designators or key[-1] in lex.company_suffixes):
        key = key[:-1]
    return key
