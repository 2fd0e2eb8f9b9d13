"""Descriptors: titles and role phrases ("the senator", "her spokesman") tied to the
named person whose title or role they repeat (Vieira & Poesio 2000).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from analysis.speakers.detect import Mention
from analysis.speakers.lexicon import Lexicons, descriptor_words, lexicons, role_head

if TYPE_CHECKING:
    from analysis.speakers.entities import Entities


def apposed_roles(found: list[Mention], text: str, lex: Lexicons) -> list[Mention]:
    """Titles and descriptors set off before a name: "The Health Secretary, Mr David Kemp,"
    or "Her spokesman, Tim Reed," (apposition, Quirk et al. 1985, 17.65).

    The name takes the phrase as its role (without determiner or possessor) unless it
    has one; the phrase becomes a mention of the name's person (form "apposed" until
    the names are grouped). The name must be closed by a comma or the sentence end.
    """
    linked = []
    names = [m for m in found if m.form == "name"]
    starts = [m.start for m in names]
    for m in found:
        if m.form not in {"title", "candidate"} or m.in_quote:
            continue
        i = bisect.bisect_left(starts, m.end)
        if i == len(names) or names[i].sentence != m.sentence:
            continue
        name = names[i]
        if text[m.end : name.start].strip() != "," or name.role:
            continue
        if not re.match(r"\s*(?:[,.;:]|$)", text[name.end : name.end + 2]):
            continue
        phrase = text[m.start : m.end]
        if m.form == "title":
            name.role = re.sub(r"^(?:the|The)\s+", "", phrase)
        else:
            name.role = " ".join(descriptor_words(phrase))
        name.role_start, name.role_end = m.start, m.end
        m.apposed, m.form = name, "apposed"
        linked.append(m)
    return linked


def _role_overlap(descriptor: list[str], phrases: list[str], lex: Lexicons) -> int:
    """How many final words of ``descriptor`` end one of a person's titles or roles.

    Only counts when the last word is a title or role noun: "Canada's foreign minister"
    matches "Foreign Minister" with 2, "the president" matches "US President" with 1.
    """
    if not descriptor:
        return 0
    last = descriptor[-1]
    if (last,) not in lex.titles and last not in lex.role_nouns:
        return 0
    # a compound title must match whole: "prime minister" is not "foreign minister"
    needed = max(
        (n for n in range(1, len(descriptor) + 1) if tuple(descriptor[-n:]) in lex.titles),
        default=1,
    )
    best = 0
    for phrase in phrases:
        head = role_head(phrase)
        k = 0
        while k < min(len(head), len(descriptor)) and head[-k - 1] == descriptor[-k - 1]:
            k += 1
        best = max(best, k)
    return best if best >= needed else 0


class RoleIndex:
    """The titles and roles of every named person, and where each is mentioned: built
    once, so that linking a descriptor does not walk every mention again."""

    def __init__(self, groups: dict[int, list[Mention]], kinds: dict) -> None:
        self.phrases = {
            e: list(dict.fromkeys(p for m in group for p in (m.title, m.role) if p))
            for e, group in groups.items()
            if kinds.get(e) == "person" and any(m.form == "name" for m in group)
        }
        self.starts = {e: sorted(m.start for m in groups[e]) for e in self.phrases}

    def add(self, entity: int, start: int) -> None:
        """A mention joins ``entity`` (its recency counts for later ties)."""
        if entity in self.starts:
            bisect.insort(self.starts[entity], start)

    def link(self, descriptor: str, position: int, lex: Lexicons) -> int | None:
        """The person whose title or role the descriptor repeats (Vieira & Poesio 2000,
        "definite descriptions": a role noun resolves to the entity it has been used for).

        Ties go to the person mentioned last before ``position``, else the first after.
        """
        words = descriptor_words(descriptor)
        scored = {}
        for e, phrases in self.phrases.items():
            k = _role_overlap(words, phrases, lex)
            if k:
                scored[e] = k
        if not scored:
            return None
        top = max(scored.values())
        tied = [e for e, k in scored.items() if k == top]

        def recency(e: int) -> tuple[int, int]:
            starts = self.starts[e]
            i = bisect.bisect_left(starts, position)
            return (1, starts[i - 1]) if i else (0, -starts[0])

        return max(tied, key=recency)


def link_title_mentions(found, groups, kinds, roles: RoleIndex, lex: Lexicons) -> None:
    """Move "the President" (a title with no name) to the named person with that title."""
    for m in [m for m in found if m.form == "title"]:
        target = roles.link(" ".join(m.name_words), m.start, lex)
        if target is None:
            continue
        groups[m.entity].remove(m)
        if not groups[m.entity]:
            del groups[m.entity]
            kinds.pop(m.entity, None)
        m.entity = target
        m.form = "descriptor"
        groups[target].append(m)
        roles.add(target, m.start)
    for e, group in groups.items():
        if all(m.form == "title" for m in group):
            kinds[e] = "person"


def link_descriptors(candidates, found, groups, roles: RoleIndex, lex) -> list[Mention]:
    """The candidate descriptors that repeat a named person's title or role, linked."""
    starts = [m.start for m in found]  # ``found`` is in text order
    longest = max((m.end - m.start for m in found), default=0)
    linked = []
    for m in candidates:
        lo = bisect.bisect_left(starts, m.start - longest)
        hi = bisect.bisect_left(starts, m.end)
        if any(m.start < t.end and t.start != m.start for t in found[lo:hi]):
            continue  # part of a name's title already read (a possessor may open it)
        target = roles.link(" ".join(m.name_words), m.start, lex)
        if target is None:
            continue
        m.entity, m.form = target, "descriptor"
        groups[target].append(m)
        roles.add(target, m.start)
        linked.append(m)
    return linked


def link_cataphoric(result: Entities, descriptor: str, end: int) -> int | None:
    """An indefinite descriptor ("a defense expert") introducing the next new person.

    News often announces a source before naming them; the link is taken only when the
    next person introduced (first mention within the next three paragraphs) has a role
    sharing a content word with the descriptor ("defense" ~ "Canadian Defense ... Network").
    """
    words = descriptor_words(descriptor)
    lex = lexicons()
    content = {w for w in words if len(w) > 3 and w not in lex.role_nouns}
    if not content:
        return None
    first = bisect.bisect_left(result.starts, end)
    if first == len(result.mentions):
        return None
    paragraph = result.mentions[first].paragraph
    for m in result.mentions[first:]:
        if m.paragraph > paragraph + 3:
            break
        if m.form != "name":
            continue
        if result.kind_of.get(m.entity) != "person" or result.first_start[m.entity] < end:
            continue
        role_words = set(descriptor_words(result.role_of[m.entity]))
        return m.entity if content & role_words else None
    return None
