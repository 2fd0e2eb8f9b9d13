"""Short forms of bodies: a body's name without its body noun ("Tidewell" of "Tidewell
Airline"), its acronym ("HLE" of "Harbour Light Events") or its head noun alone ("the
Courier" of "the Valley Courier") join the body they abbreviate.
"""

from __future__ import annotations

import re

from analysis.speakers.canonical import canonical_name
from analysis.speakers.detect import Mention
from analysis.speakers.lexicon import ACRONYM, Lexicons, word_of
from analysis.speakers.namedata import is_given_name
from analysis.speakers.places import is_place_name


def join_short_bodies(groups: dict[int, list[Mention]], kinds: dict, lex: Lexicons, text) -> None:
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


def join_acronyms_and_heads(
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
        and not is_place_name(canonical_name(groups[e], text))
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
