"""Entities: mentions grouped into people and bodies, with kinds, roles and affiliations.

The steps live in their own modules: :mod:`~analysis.speakers.grouping` (mentions of
one entity), :mod:`~analysis.speakers.kinds` (person, body or place),
:mod:`~analysis.speakers.bodies` (short forms of bodies) and
:mod:`~analysis.speakers.canonical` (names, affiliations and gender sources).
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import InitVar, dataclass, field
from functools import lru_cache

import pandas as pd

from analysis.speakers.bodies import join_acronyms_and_heads, join_short_bodies
from analysis.speakers.body_prefixes import join_body_prefixes
from analysis.speakers.canonical import affiliations, canonical_name, gender_sources
from analysis.speakers.descriptors import (
    RoleIndex,
    apposed_roles,
    link_descriptors,
    link_title_mentions,
)
from analysis.speakers.detect import Mention, find_mentions
from analysis.speakers.gender import gender_of_votes, gender_votes
from analysis.speakers.grouping import drop_nested, group_names, split_joint_bodies, titles_in_roles
from analysis.speakers.kinds import (
    entity_kind,
    mark_named_bodies,
    mark_places,
    pronoun_cues,
    unmark_determined,
    unmark_products,
)
from analysis.speakers.lexicon import lexicons
from analysis.speakers.pronouns import Pronoun, pronoun_tokens


@dataclass
class Entities:
    """Everything found about the people and bodies of one article."""

    mentions: list[Mention]
    entities: pd.DataFrame  # one row per entity: name, kind, gender, role, aliases
    text: str
    pronouns: list[Pronoun] = field(default_factory=list)  # third-person narration pronouns

    # the table's columns as plain lists, when the caller has them (find_entities): reading
    # them back out of the table costs more than the rest of this method
    columns: InitVar[dict[str, list] | None] = None

    def __post_init__(self, columns: dict[str, list] | None = None) -> None:
        # plain dicts and lists: pronoun resolution looks these up once per mention; each
        # column is read out of the table once
        table = self.entities
        if columns is None:
            columns = {c: table[c].tolist() for c in ("entity", "gender", "gender_from")}
            columns["first_start"] = table["first_start"].to_dict()
            columns["role"] = table["role"].to_dict()
        else:
            columns = {
                "first_start": dict(zip(columns["entity"], columns["first_start"], strict=True)),
                "role": dict(zip(columns["entity"], columns["role"], strict=True)),
                **{c: columns[c] for c in ("entity", "gender", "gender_from")},
            }
        ids, genders, sources = (columns[c] for c in ("entity", "gender", "gender_from"))
        # as the table holds it: a kind the text does not show is missing (NaN in a
        # column of text, None in a column with no kind at all)
        self.kind_of: dict[int, str] = table["kind"].to_dict()
        # pronoun agreement reads only what the text shows; a gender from a first name
        # is a guess about the name's bearers, not evidence about this person
        self.gender_of: dict[int, str | None] = {
            e: (g if source == "text" else None)
            for e, g, source in zip(ids, genders, sources, strict=True)
        }
        # the first name's gender, for pronoun agreement only where the text is silent
        self.name_gender_of: dict[int, str] = {
            e: g for e, g, source in zip(ids, genders, sources, strict=True) if source == "name"
        }
        self.starts: list[int] = [m.start for m in self.mentions]
        self.groups: dict[int, list[Mention]] = defaultdict(list)
        for m in self.mentions:
            self.groups[m.entity].append(m)
        self.first_start: dict[int, int] = columns["first_start"]
        self.role_of: dict[int, str] = columns["role"]
        # sorted starts per entity and the longest mention: bisect instead of list scans
        self.group_starts = {e: [m.start for m in g] for e, g in self.groups.items()}
        self.longest = max((m.end - m.start for m in self.mentions), default=0)
        self.roles = RoleIndex(self.groups, self.kind_of)
        self.body_keys: dict[tuple[str, ...], int] = {}
        for m in self.mentions:
            if m.form == "body":
                self.body_keys.setdefault(tuple(w for w in m.name_words if w != "the"), m.entity)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions overlapping ``start``..``end``, in text order."""
        hi = bisect.bisect_left(self.starts, end)
        lo = bisect.bisect_left(self.starts, start - self.longest)
        return [m for m in self.mentions[lo:hi] if start < m.end]


@lru_cache(maxsize=16)
def find_entities(article) -> Entities:
    """Find, group, classify and gender every person and body of ``article``.

    Cached per article object (an :class:`~analysis.core.article.Article` is immutable).
    """
    lex = lexicons()
    found = split_joint_bodies(drop_nested(find_mentions(article)), article.text)
    apposed = apposed_roles(found, article.text, lex)
    candidates = [m for m in found if m.form == "candidate" and m.apposed is None]
    found = [m for m in found if m.form not in {"candidate", "apposed"}]
    group_names(found, lex)
    for m in apposed:
        m.entity, m.form = m.apposed.entity, "descriptor"
    titles_in_roles(found)
    found = sorted(found + apposed, key=lambda m: m.start)
    groups: dict[int, list[Mention]] = defaultdict(list)
    for m in found:
        groups[m.entity].append(m)
    cues = pronoun_cues(found, article.text, lex)
    kinds = {e: entity_kind(g, cues.get(e)) for e, g in groups.items()}
    mark_named_bodies(groups, kinds, article.text)  # "the journal Orbis Astronomy"
    unmark_products(groups, kinds, cues)  # "Orbis" ... "Orbis EarPods"
    unmark_determined(groups, kinds, cues, article.text)  # "the 16-inch Orbis Pro"
    join_short_bodies(groups, kinds, lex, article.text)
    join_acronyms_and_heads(groups, kinds, lex, article.text)
    join_body_prefixes(groups, kinds, lex, article.text)  # "Big Machine" of "… Records"
    mark_places(groups, kinds, cues, article.text)
    roles = RoleIndex(groups, kinds)
    link_title_mentions(found, groups, kinds, roles, lex)
    found = sorted(
        found + link_descriptors(candidates, found, groups, roles, lex, article.text),
        key=lambda m: m.start,
    )
    people = {e for e, k in kinds.items() if k == "person"}
    pronouns = pronoun_tokens(article, lex)
    votes = gender_votes(article, found, people, lex, pronouns)
    genders = {e: gender_of_votes(votes.get(e, Counter())) for e in groups}
    canonical = {e: canonical_name(group, article.text) for e, group in groups.items()}
    named = {e for e, group in groups.items() if any(m.form == "name" for m in group)}
    sources = gender_sources(canonical, kinds, genders, named, lex)
    # names without evidence (kind None: often places or things) stay, so that a
    # speaker table can still merge "Huckabee" with "Mike Huckabee"; mentions() and
    # pronoun resolution leave them out
    bodies = [m for m in found if kinds.get(m.entity) == "body"]
    columns = _entity_columns(groups, kinds, canonical, sources, bodies, article.text)
    return Entities(
        mentions=found,
        entities=_entity_table(columns),
        text=article.text,
        pronouns=pronouns,
        columns=columns,
    )


ENTITY_COLUMNS = ["entity", "name", "kind", "gender", "gender_from", "role", "affiliation",
                  "aliases", "first_start", "first_end"]  # fmt: skip


def _entity_columns(groups, kinds, canonical, sources, bodies, text: str) -> dict[str, list]:
    """The entity table's columns, one value per entity in ``groups`` order."""
    lex = lexicons()
    columns: dict[str, list] = {c: [] for c in ENTITY_COLUMNS}
    for e, group in groups.items():
        group.sort(key=lambda m: m.start)
        # an honorific (Mr, Ms, Dr) is no role: it gives gender only
        roles = list(
            dict.fromkeys(
                r for m in group for r in (m.role, m.title) if r and r.lower() not in lex.honorifics
            )
        )
        if not roles and all(m.form == "title" for m in group):
            roles = [canonical_name(group, text)]  # "the Prime Minister of Iraq"
        row = {
            "entity": e,
            "name": canonical[e],
            "affiliation": "; ".join(affiliations(group, bodies, text))
            if kinds[e] == "person"
            else "",
            "kind": kinds[e],
            "gender": sources[e][0],
            "gender_from": sources[e][1],
            "role": "; ".join(roles),
            "aliases": list(dict.fromkeys(text[m.start : m.end] for m in group)),
            "first_start": group[0].start,
            "first_end": group[0].end,
        }
        for c in ENTITY_COLUMNS:
            columns[c].append(row[c])
    return columns


def _entity_table(columns: dict[str, list]) -> pd.DataFrame:
    """One row per entity, indexed by its id (also kept as the column ``entity``).

    Built from columns, not from rows: pandas infers each column's type the same way
    either way, at half the cost; a table with no rows keeps the types a table of no
    records gets (object columns)."""
    if not columns["entity"]:
        return pd.DataFrame([], columns=ENTITY_COLUMNS).set_index("entity", drop=False)
    table = pd.DataFrame(columns, columns=ENTITY_COLUMNS)
    table.index = _entity_index(columns["entity"])
    return table


def _entity_index(ids: list[int]) -> pd.Index:
    """The index ``set_index("entity")`` gives: a RangeIndex when the ids are evenly
    spaced (two or more of them), else an Index of the ids."""
    step = ids[1] - ids[0] if len(ids) > 1 else 0
    if step and all(b - a == step for a, b in zip(ids, ids[1:], strict=False)):
        return pd.RangeIndex(ids[0], ids[-1] + step, step, name="entity")
    return pd.Index(ids, name="entity")
