"""What the entity table says of an entity: its canonical name, the bodies its titles and
roles name (affiliations), and where its gender comes from.
"""

from __future__ import annotations

import bisect
import re

from analysis.speakers.detect import Mention
from analysis.speakers.gender import first_name, genders_from_names
from analysis.speakers.lexicon import ACRONYM, Lexicons, lexicons


def affiliations(group: list[Mention], bodies: list[Mention], text: str) -> list[str]:
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
    names += [canonical_name([b], text) for b in inside]
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


_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def canonical_name(group: list[Mention], text: str) -> str:
    """The fullest name written (most words, then first written); bodies without "the",
    unless a capital "The" inside a sentence shows it to be part of the name ("according
    to The Wrap": the name of a periodical or body, Chicago Manual of Style 8.170)."""
    named = [m for m in group if m.form == "name"] or group
    best = max(named, key=lambda m: (len(m.name_words), -m.start))
    if best.form in {"body", "title"}:
        name = _LEADING_THE.sub("", text[best.start : best.end])
    else:
        name = text[best.name_start : best.name_end]
    words = tuple(w for w in best.name_words if w != "the")
    the = any(
        # the test of the text first: it rules out nearly every mention at once
        _capital_the(m, text) and tuple(w for w in m.name_words if w != "the") == words
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


def gender_sources(canonical, kinds, genders, named, lex: Lexicons) -> dict[int, tuple]:
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
