"""Speakers written as what stands for them: a document for whoever issued or owns it
("the statement" after "the US navy said in a statement", "Acme's statement said"), a
place for its government ("Peru said") unless it only locates the speaker ("nurses in
the UK told", "Macau police").

Rules: a document stands for its author as the source (Pareti 2015, PARC 3.0); a
definite description refers back to its introduction (Vieira & Poesio 2000); a proper
noun for a country used for its government (Quirk et al. 1985, 5.38;
:func:`analysis.speakers.places.government_use`).
"""

from __future__ import annotations

import bisect
import re

from analysis.core.schema import UNRESOLVED
from analysis.speakers.entities import Entities
from analysis.speakers.lexicon import lexicons, names_a_source, source_noun_kind
from analysis.speakers.places import government_use, source_noun_after
from analysis.speakers.span_heads import in_possessor, normalise_descriptor


def definite_document(mention: str) -> bool:
    """ "the statement", "the report": a definite description of a document."""
    words = mention.split()
    return (
        len(words) == 2
        and words[0].lower() in lexicons().pointing
        and words[1][:1].islower()
        and source_noun_kind(words[1]) == "document"
    )


def document_issuer(result: Entities, head: str, start: int) -> int | None:
    """Who issued the document "the statement" refers to: the subject of the sentence that
    introduced it ("the US navy said in a statement"), within 600 characters before
    (Vieira & Poesio 2000: a definite description refers back to its introduction)."""
    window = result.text[max(0, start - 600) : start]
    intros = list(re.finditer(rf"\b(?:a|an)\s+(?:[a-z]+\s+)?{re.escape(head)}\b", window))
    if not intros:
        return None
    position = max(0, start - 600) + intros[-1].start()
    before = result.mentions[: bisect.bisect_left(result.starts, position)]
    issuers = [
        m
        for m in before[-8:]
        if not m.in_quote
        and (m.subject or _reports_next(result.text, m.end))
        and result.kind_of.get(m.entity) in {"person", "body", "place"}
        and not re.search(r"[.!?]\s", result.text[m.end : position])
    ]
    if not issuers:
        return None
    issuer = max(issuers, key=lambda m: (m.end, -m.start))
    # "the US military": the whole noun phrase, not the "US" inside it
    around = [
        m
        for m in before[-8:]
        if m.start <= issuer.start and issuer.end <= m.end and result.kind_of.get(m.entity)
    ]
    return max(around, key=lambda m: m.end - m.start).entity


def _reports_next(text: str, end: int) -> bool:
    """Whether a reporting verb follows right after ``end`` ("the army said")."""
    following = re.match(r"\s+([a-z]+)", text[end : end + 20])
    return bool(following) and following.group(1) in lexicons().reporting_forms


def document_owner(result: Entities, mention: str, start: int, end: int) -> int | None:
    """The named person or body whose document speaks ("The Wrap's report claims",
    "Acme's statement said"): the possessor of a span headed by a document noun
    (Pareti 2015, PARC 3.0: a document stands for its author as the source)."""
    words = re.findall(r"[^\W\d_][\w’'-]*", mention)
    if not words or source_noun_kind(words[-1]) != "document":
        return None
    owners = [
        m
        for m in result.overlapping(start, end)
        if m.form in {"name", "body"}
        and in_possessor(result.text, m.end, end)
        and result.kind_of.get(m.entity) in {"person", "body"}
    ]
    return owners[-1].entity if owners else None


def place_speaker(
    result: Entities, mention: str, start: int, end: int, entity: int
) -> tuple[str, int, int | None, str | None]:
    """A speaker span whose name is a place: the place when it stands for its government
    ("Peru said", "The UK has urged"); else the source noun it modifies ("Macau
    police", even when written after the span), the span's own source noun ("health
    officials in Peru's Cusco region"), or nobody known ("nurses ... in the UK told": the
    place only locates the speaker)."""
    text = result.text
    written = [m for m in result.overlapping(start, end) if m.entity == entity]
    place = written[-1] if written else None
    if place is None or government_use(text, place.start, place.end):
        return mention, end, entity, None
    noun_end = source_noun_after(text, place.end)
    if place.end >= end and noun_end is not None:
        extended = text[start:noun_end]
        return extended, noun_end, None, normalise_descriptor(extended)
    before = text[start : place.start]
    if names_a_source(mention) and (names_a_source(before) or place.end < end):
        return mention, end, None, normalise_descriptor(mention)
    return mention, end, None, UNRESOLVED
