"""Entities: mentions grouped into people and bodies, with kinds, roles and affiliations."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from analysis.speakers.body_prefixes import join_body_prefixes
from analysis.speakers.descriptors import (
    RoleIndex,
    apposed_roles,
    link_descriptors,
    link_title_mentions,
)
from analysis.speakers.detect import Mention, find_mentions
from analysis.speakers.gender import (
    first_name,
    gender_of_votes,
    gender_votes,
    genders_from_names,
)
from analysis.speakers.lexicon import ACRONYM, Lexicons, lexicons, word_of
from analysis.speakers.namedata import could_be_given_name, is_given_name
from analysis.speakers.namesakes import given_name_gender, mention_gender, namesake
from analysis.speakers.places import is_place_name
from analysis.speakers.pronouns import Pronoun, pronoun_tokens


@dataclass
class Entities:
    """Everything found about the people and bodies of one article."""

    mentions: list[Mention]
    entities: pd.DataFrame  # one row per entity: name, kind, gender, role, aliases
    text: str
    pronouns: list[Pronoun] = field(default_factory=list)  # third-person narration pronouns

    def __post_init__(self) -> None:
        # plain dicts and lists: pronoun resolution looks these up once per mention; each
        # column is read out of the table once
        table = self.entities
        ids, genders, sources = (table[c].tolist() for c in ("entity", "gender", "gender_from"))
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
        self.first_start: dict[int, int] = self.entities["first_start"].to_dict()
        self.role_of: dict[int, str] = self.entities["role"].to_dict()
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


def _drop_nested(found: list[Mention]) -> list[Mention]:
    """A name used as a modifier inside a body ("the Trump government") is the body's."""
    bodies = sorted((m.start, m.end) for m in found if m.form == "body")
    starts = [s for s, _ in bodies]
    longest = max((e - s for s, e in bodies), default=0)

    def nested(m: Mention) -> bool:
        hi = bisect.bisect_right(starts, m.start)
        lo = bisect.bisect_left(starts, m.end - longest)
        return any(m.end <= e and (s, e) != (m.start, m.end) for s, e in bodies[lo:hi])

    return [m for m in found if m.form == "body" or not nested(m)]


def _split_joint_bodies(found: list[Mention], text: str) -> list[Mention]:
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


def _join_short_bodies(groups: dict[int, list[Mention]], kinds: dict, lex: Lexicons, text) -> None:
    """A name of unknown kind that is a body's name without its capitalised body noun
    ("Tidewell" of "Tidewell Airline") is that body; a person ("Trump" of "Trump
    Administration") is not, nor an adjective ("Afghan" of "the Afghan government")."""
    bodies: dict[tuple[str, ...], int] = {}
    for e, group in groups.items():
        if kinds.get(e) != "body":
            continue
        for m in group:
            key = tuple(w for w in m.name_words if w != "the")
            capitalised = text[m.start : m.end].split()[-1][:1].isupper()
            if m.form == "body" and len(key) > 1 and key[-1] in lex.body_nouns and capitalised:
                bodies.setdefault(key[:-1], e)
    for e in [e for e, k in kinds.items() if k is None]:
        named = {m.name_words for m in groups[e] if m.form == "name"}
        targets = {bodies[w] for w in named if w in bodies}
        if len(targets) != 1:
            continue
        target = targets.pop()
        for m in groups.pop(e):
            m.entity = target
            groups[target].append(m)
        groups[target].sort(key=lambda m: m.start)
        del kinds[e]


def _join_acronyms_and_heads(
    groups: dict[int, list[Mention]], kinds: dict, lex: Lexicons, text
) -> None:
    """A body written short joins the one body of the text it abbreviates: an acronym of
    2-6 capitals that spells the initials of its name ("HLE" of "Harbour Light Events",
    "of", "the", "and", "for" and "&" left out), or its capitalised head noun alone
    ("the Courier" of "the Valley Courier"), as a surname joins its person (Chicago Manual
    of Style 10.3, 8.67). Two bodies that fit, or a person or place, leave it alone."""
    names = {e: _body_key(group) for e, group in groups.items()}
    bodies = {
        e: key
        for e, key in names.items()
        if len(key) > 1
        and (kinds.get(e) == "body" or (kinds.get(e) is None and not is_given_name(key[0])))
        and not is_place_name(_canonical(groups[e], text))
    }
    for e in [e for e in groups if kinds.get(e) in {"body", None} and e not in bodies]:
        short = _short_body_form(groups[e], text, lex)
        if short is None:
            continue
        targets = [b for b, key in bodies.items() if b != e and _abbreviates(short, key, lex)]
        if len(targets) != 1:
            continue
        target = targets[0]
        for m in groups.pop(e):
            m.entity = target
            groups[target].append(m)
        groups[target].sort(key=lambda m: m.start)
        kinds[target] = "body"
        del kinds[e]


def _body_key(group: list[Mention]) -> tuple[str, ...]:
    """The longest name a group is written with, without "the"."""
    named = [tuple(w for w in m.name_words if w != "the") for m in group if m.name_words]
    return max(named, key=len, default=())


def _short_body_form(group: list[Mention], text: str, lex: Lexicons) -> tuple[str, str] | None:
    """("acronym", letters) when every mention of a group is one acronym of 2-6 capitals
    ("WHO", "U.N."), ("head", noun) when every mention is one capitalised body noun ("the
    Chronicle"); else None."""
    written = {word_of(re.sub(r"^(?:[Tt]he\s+)", "", text[m.start : m.end]))[0] for m in group}
    if len(written) != 1:
        return None
    word = written.pop()
    letters = word.replace(".", "")
    if ACRONYM.match(word) and letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6:
        return "acronym", letters.lower()
    # a head stands for the name only after "the" ("Tribune, the owner of the Daily
    # Tribune" names a company of its own)
    definite = all(re.search(r"\b[Tt]he\s+$", text[max(0, m.start - 5) : m.start]) or
                   re.match(r"[Tt]he\s", text[m.start : m.end]) for m in group)  # fmt: skip
    if definite and re.fullmatch(r"[A-Z][a-z]+", word) and word.lower() in lex.short_heads:
        return "head", word.lower()
    return None


def _abbreviates(short: tuple[str, str], key: tuple[str, ...], lex: Lexicons) -> bool:
    """Whether an acronym spells the initials of a body's name words (connectors left
    out), or a head noun is a word of that name."""
    form, value = short
    if form == "acronym":
        words = [w for w in key if w not in lex.connectors]
        initials = "".join(w[0] for w in words)
        return initials == value and all(w.replace("-", "").isalpha() for w in words)
    # the head of the name: its last word, or the word an "of" phrase follows
    heads = {key[-1]} | {w for w, nxt in zip(key, key[1:], strict=False) if nxt == "of"}
    return value in heads


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


def _group_names(found: list[Mention], lex: Lexicons) -> None:
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


def _titles_in_roles(found: list[Mention]) -> None:
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
    "Lomax": a firm's name without its generic last word (Chicago Manual of Style 8.67)."""
    short = {words: e for e, words in enumerate(entities)}
    for m in found:
        if m.form != "body":
            continue
        key = tuple(w for w in m.name_words if w != "the")
        if len(key) < 2 or key[-1] not in lex.firm_designators:
            continue
        if key[:-1] in short:
            m.entity = short[key[:-1]]
        elif key[:-1] in keys:
            m.entity = keys[key[:-1]]


def _entity_kind(group: list[Mention], cues: Counter | None = None) -> str | None:
    """ "person", "body" or None (not enough evidence: likely a place or a thing).

    A name is a person when the text treats it as one: a title, an honorific, a role
    (prenominal or appositive), or, for a name of two words or more, its surname reused
    alone (or its given name: "Bernie"), a generational suffix ("Jr."), a common given
    name opening a subject, or a reporting verb next to it. A single word
    with only a reporting verb ("Moscow said") is a body. Where only that weak evidence
    speaks, the pronoun bound to the name decides (``cues``, :func:`_pronoun_cues`):
    "Vogel said he …" is a person, "Blue Lantern said it …" a body.
    """
    forms = {m.form for m in group}
    if "body" in forms:
        return "body"
    if "title" in forms:
        return "person"
    if any(m.title or m.role or m.honorific_gender != "-" for m in group):
        return "person"
    cues = Counter(cues or {})
    named = [m.name_words for m in group if m.name_words]
    longest = max(named, key=len, default=())
    if len(longest) > 1 and is_given_name(longest[0]):
        cues["body"] = 0  # "Lena Park said it was not": "it" is the deal, not Park
    if cues["person"] != cues["body"]:
        return "person" if cues["person"] > cues["body"] else "body"
    reports = any(m.reports for m in group)
    if len(longest) > 1 and any(_short_form(n, longest) for n in named):
        return "person"
    if len(longest) > 1 and longest[-1] in lexicons().name_suffixes:
        return "person"  # "Patrick Mallory Jr.": a generational suffix is a person's
    if len(longest) > 1 and is_given_name(longest[0]) and any(m.subject for m in group):
        return "person"  # "Patrick Mallory was arrested": a common given name, a subject
    if len(longest) > 1 and reports:
        # only a reporting verb: a person if the name opens with a given name, else a
        # body speaking through its name ("Hong Kong said" is rather its government,
        # "Goldman Sachs said", "North Korea said")
        return "person" if could_be_given_name(longest[0]) else "body"
    if reports:
        return "body"
    return None


def _mark_places(groups: dict[int, list[Mention]], kinds: dict, cues: dict, text: str) -> None:
    """Kind "place" for a name of a place (:func:`~analysis.speakers.places.is_place_name`)
    unless the text shows a person: a title, an honorific, a role, or "he"/"she"/"who"
    bound to it ("Georgia Lee, who ...", "Mr. Jordan"); a reporting verb alone is no such
    evidence ("Hong Kong said" is its government)."""
    for e, group in groups.items():
        if kinds.get(e) not in {None, "body", "person"}:
            continue
        if any(m.form != "name" and m.form != "body" for m in group):
            continue  # a title or descriptor joined it: a person or a named body
        if any(m.title or m.role or m.honorific_gender != "-" for m in group):
            continue
        if cues.get(e, Counter())["person"]:
            continue
        if is_place_name(_canonical(group, text)):
            kinds[e] = "place"


def _short_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A shorter name reusing a person's surname ("Park" of "Lee Park") or given name
    ("Bernie"); "Tottenham" of "Tottenham Hotspur" is neither (not a given name)."""
    if not short or len(short) >= len(full):
        return False
    if full[-len(short) :] == short:
        return True
    return len(short) == 1 and short[0] == full[0] and could_be_given_name(short[0])


# "Vogel said he", "Blue Lantern said that it", "Ruiz, who", "Acme, which": a pronoun
# bound to the name by the syntax (a reporting clause's subject, a relative clause)
_BOUND_PRONOUN = re.compile(
    r"(?:\s*[,—–]\s*(?P<relative>who|which)\b|\s+(?P<verb>[a-z]+)\s+(?:that\s+)?(?P<subject>he|she|it)\b)"
)


def _pronoun_cues(found: list[Mention], text: str, lex: Lexicons) -> dict[int, Counter]:
    """Per entity, how often a pronoun bound to one of its names says person or body:
    "who", "he", "she" a person; "which", "it" a body (Quirk et al. 1985, 6.3-6.10)."""
    cues: dict[int, Counter] = defaultdict(Counter)
    for m in found:
        if m.form != "name" or m.in_quote or not m.head:
            continue  # "Ted Marsh of Texas, who": the relative is the head's
        bound = _BOUND_PRONOUN.match(text, m.end)
        if bound is None:
            continue
        if bound.group("relative"):
            word = bound.group("relative")
        elif bound.group("verb") in lex.reporting_forms:  # the name right before: its subject
            word = bound.group("subject")
        else:
            continue
        cues[m.entity]["body" if word in {"it", "which"} else "person"] += 1
    return cues


def _affiliations(group: list[Mention], bodies: list[Mention], text: str) -> list[str]:
    """The bodies a person's titles and roles name: "NATO Secretary General" -> NATO,
    "professor at Carleton University" -> Carleton University.

    Bodies mentioned inside an appositive role, or acronyms and body names written in a
    title before the name.
    """
    starts = [b.start for b in bodies]  # ``bodies``: mentions of bodies in text order
    inside = sorted(
        {
            i
            for m in group
            if m.role_start >= 0
            for i in range(
                bisect.bisect_left(starts, m.role_start), bisect.bisect_right(starts, m.role_end)
            )
            if bodies[i].end <= m.role_end
        }
    )
    inside = [bodies[i] for i in inside]
    names = [m.affiliation for m in group if m.affiliation]
    names += [_canonical([b], text) for b in inside]
    for m in group:
        title = text[m.start : m.name_start]
        # an acronym in the title names a body ("NATO Secretary General"), unless it is
        # the office itself ("Senior VP", "CEO")
        names += [
            w
            for w in re.findall(r"[\w.&]+", title)
            if ACRONYM.match(w) and (w.lower(),) not in lexicons().titles
        ]
    return list(dict.fromkeys(names))


def _canonical(group: list[Mention], text: str) -> str:
    """The fullest name written (most words, then first written); bodies without "the",
    unless a capital "The" inside a sentence shows it to be part of the name ("according
    to The Wrap": the name of a periodical or body, Chicago Manual of Style 8.170)."""
    named = [m for m in group if m.form == "name"] or group
    best = max(named, key=lambda m: (len(m.name_words), -m.start))
    if best.form in {"body", "title"}:
        name = re.sub(r"^(?:the|The)\s+", "", text[best.start : best.end])
    else:
        name = text[best.name_start : best.name_end]
    words = tuple(w for w in best.name_words if w != "the")
    the = any(
        tuple(w for w in m.name_words if w != "the") == words and _capital_the(m, text)
        for m in group
    )
    return f"The {name}" if the and best.form != "title" else name


def _capital_the(m: Mention, text: str) -> bool:
    """Whether a mention opens with, or comes right after, "The" written capitalised
    inside a sentence ("according to The Wrap")."""
    at = m.start if text.startswith("The ", m.start) else m.start - 4
    if at < 0 or not text.startswith("The ", at):
        return False
    before = text[max(0, at - 3) : at].rstrip(" ")
    return bool(before) and before[-1].isalpha()


def _gender_sources(canonical, kinds, genders, named, lex: Lexicons) -> dict[int, tuple]:
    """(gender, where it comes from) per entity: the text first, then the first name of
    a person written with a name (not a bare title: "Prime Minister of Iraq"), else
    ("unknown", "none"); bodies and things get (None, "none")."""
    people = [e for e, kind in kinds.items() if kind == "person"]
    firsts = {
        e: first_name(canonical[e], lex) for e in people if genders.get(e) is None and e in named
    }
    by_name = genders_from_names([f for f in firsts.values() if f])
    sources: dict[int, tuple] = {e: (None, "none") for e in canonical}
    for e in people:
        if genders.get(e) is not None:
            sources[e] = (genders[e], "text")
        elif firsts.get(e) in by_name:
            sources[e] = (by_name[firsts[e]], "name")
        else:
            sources[e] = ("unknown", "none")
    return sources


@lru_cache(maxsize=16)
def find_entities(article) -> Entities:
    """Find, group, classify and gender every person and body of ``article``.

    Cached per article object (an :class:`~analysis.core.article.Article` is immutable).
    """
    lex = lexicons()
    found = _split_joint_bodies(_drop_nested(find_mentions(article)), article.text)
    apposed = apposed_roles(found, article.text, lex)
    candidates = [m for m in found if m.form == "candidate" and m.apposed is None]
    found = [m for m in found if m.form not in {"candidate", "apposed"}]
    _group_names(found, lex)
    for m in apposed:
        m.entity, m.form = m.apposed.entity, "descriptor"
    _titles_in_roles(found)
    found = sorted(found + apposed, key=lambda m: m.start)
    groups: dict[int, list[Mention]] = defaultdict(list)
    for m in found:
        groups[m.entity].append(m)
    cues = _pronoun_cues(found, article.text, lex)
    kinds = {e: _entity_kind(g, cues.get(e)) for e, g in groups.items()}
    _join_short_bodies(groups, kinds, lex, article.text)
    _join_acronyms_and_heads(groups, kinds, lex, article.text)
    join_body_prefixes(groups, kinds, lex, article.text)  # "Big Machine" of "… Records"
    _mark_places(groups, kinds, cues, article.text)
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
    canonical = {e: _canonical(group, article.text) for e, group in groups.items()}
    named = {e for e, group in groups.items() if any(m.form == "name" for m in group)}
    sources = _gender_sources(canonical, kinds, genders, named, lex)
    # names without evidence (kind None: often places or things) stay, so that a
    # speaker table can still merge "Huckabee" with "Mike Huckabee"; mentions() and
    # pronoun resolution leave them out
    bodies = [m for m in found if kinds.get(m.entity) == "body"]
    rows = []
    for e, group in groups.items():
        group.sort(key=lambda m: m.start)
        # an honorific (Mr, Ms, Dr) is no role: it gives gender only
        roles = list(
            dict.fromkeys(
                r for m in group for r in (m.role, m.title) if r and r.lower() not in lex.honorifics
            )
        )
        if not roles and all(m.form == "title" for m in group):
            roles = [_canonical(group, article.text)]  # "the Prime Minister of Iraq"
        rows.append(
            {
                "entity": e,
                "name": canonical[e],
                "affiliation": "; ".join(_affiliations(group, bodies, article.text))
                if kinds[e] == "person"
                else "",
                "kind": kinds[e],
                "gender": sources[e][0],
                "gender_from": sources[e][1],
                "role": "; ".join(roles),
                "aliases": list(dict.fromkeys(article.text[m.start : m.end] for m in group)),
                "first_start": group[0].start,
                "first_end": group[0].end,
            }
        )
    entities = pd.DataFrame(rows, columns=[
        "entity", "name", "kind", "gender", "gender_from", "role", "affiliation", "aliases",
        "first_start", "first_end",
    ]).set_index("entity", drop=False)  # fmt: skip
    return Entities(mentions=found, entities=entities, text=article.text, pronouns=pronouns)
