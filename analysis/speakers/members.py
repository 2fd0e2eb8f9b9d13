"""The named body whose members speak in "agency officials said", "Company management said".

A noun for a body's kind used as a premodifier, with no determiner, before a noun for
the people who speak for a body (Quirk et al. 1985, 17.104 on noun premodifiers) refers
to a body the text has set up, as "the agency" does (Vieira & Poesio 2000): "NASA plans
to spend …, agency officials said" is NASA speaking.
"""

from __future__ import annotations

import bisect
import re

from analysis import lexicons as lexicon_files
from analysis.speakers.descriptions import named_body_before
from analysis.speakers.detect import Mention
from analysis.speakers.entities import Entities
from analysis.speakers.lexicon import lexicons

_MEMBERS = lexicon_files.entries("body_members")


def members_kind(result: Entities, found: Mention | None, mention: str) -> str | None:
    """The kind noun of a mention "<kind> <members>" ("agency officials", "Company
    management"), when the mention is no named body itself; else None."""
    words = mention.split()
    if len(words) != 2 or words[1].lower() not in _MEMBERS:
        return None
    kind = words[0]
    if kind.lower() not in lexicons().body_kinds or (kind[1:] and not kind[1:].islower()):
        return None  # ("NASA officials": a name, not a kind)
    if found is not None:
        name = str(result.entities.at[found.entity, "name"]).lower().split()
        if not name or name[0] != kind.lower():
            return None  # a named body whose name only starts there
    return kind.lower()


def members_body(
    result: Entities, found: Mention | None, mention: str, start: int, end: int, sentence: int
) -> int | None:
    """The named body the members in ``mention`` speak for, else None."""
    kind = members_kind(result, found, mention)
    if kind is None:
        return None
    itself = found.entity if found is not None else None
    body = named_body_before(result, f"the {kind}", start, end, sentence, itself)
    if body is None:
        return None
    # Members of a kind of body are often of another body than the one just named
    # ("Home Depot … Union officials said"): only a name in this or the sentence before,
    # or one the text has already described by that kind ("… after the company cut").
    starts = result.group_starts.get(body, [])
    last = starts[bisect.bisect_left(starts, start) - 1] if starts else None
    if last is None or last >= start:
        return None
    last_sentence = result.mentions[bisect.bisect_left(result.starts, last)].sentence
    if sentence - last_sentence <= MEMBERS_SENTENCES:
        return body
    described = re.search(
        rf"\b[Tt]he\s+{re.escape(kind)}\b", result.text[max(0, start - 1500) : start]
    )
    return body if described else None


# how many sentences back the body "agency officials" speak for may be named
MEMBERS_SENTENCES = 1
