"""The pair of people a plural "they" continues: two people coordinated as the subject that
opens the sentence before ("Dan Kim and his wife, Ana Kim, saved for years. “…,” they said").

Coordinated noun phrases are a plural subject (Quirk et al. 1985, 13.2), and a plural
pronoun in the next sentence refers back to that subject before any plural noun written
earlier (the subject-first preference of centering, Grosz, Joshi & Weinstein 1995).
"""

from __future__ import annotations

import re

from analysis.speakers.entities import Entities
from analysis.speakers.lexicon import lexicons
from analysis.speakers.namedata import is_given_name

# between the first person and "and": nothing, or one appositive set off by commas
_FIRST_GAP = re.compile(r"(?:\s*,[^,.;:“”\"]{1,60},)?\s+and\s+")
# "his wife", "her husband", "their son": a role noun after a possessive determiner
_KIN = re.compile(r"(?:his|her|their)\s+([a-z]+)\b")
# an apposed name after the role noun: ", Ana Kim,"
_APPOSED = re.compile(r"\s*,\s*|\s+")


def opening_pair(result: Entities, sentence_start: int, sentence_end: int) -> str | None:
    """The joint label of two people coordinated as the subject that opens the sentence
    ``sentence_start``..``sentence_end`` ("Dan Kim and Ana Kim", "Dan Kim and his wife"),
    else None. The first must be a person's name opening the sentence; the second a
    person's name or a role noun after "his/her/their", optionally with its apposed name."""
    text = result.text
    opening = len(text[sentence_start:sentence_end]) - len(
        text[sentence_start:sentence_end].lstrip(' \n\t“"')
    )
    people = [
        m
        for m in result.overlapping(sentence_start, sentence_end)
        if m.form == "name"
        and (
            result.kind_of.get(m.entity) == "person"
            or (len(m.name_words) > 1 and is_given_name(m.name_words[0]))  # "Dan Kim"
        )
    ]
    first = next((m for m in people if m.start == sentence_start + opening), None)
    if first is None:
        return None
    gap = _FIRST_GAP.match(text, first.end)
    if gap is None:
        return None
    return _pair_after(result, _name(result, first.entity), first.entity, gap.end(), people)


def _pair_after(
    result: Entities, first_name: str | None, first_entity: int | None, second_start: int, people
) -> str | None:
    """The joint label of the first person and the second conjunct at ``second_start``:
    a person's name, or a role noun after "his/her/their" with its apposed name, if any
    ("his wife, Ana Kim", "his wife Kali"), else None."""
    text = result.text
    second = next((m for m in people if m.start == second_start), None)
    if second is not None and second.entity != first_entity:
        return _joined(first_name, _name(result, second.entity))
    kin = _KIN.match(text, second_start)
    if kin is None or not _companion(kin.group(1)):
        return None
    apposed = _APPOSED.match(text, kin.end())
    if apposed is not None:
        named = next((m for m in people if m.start == apposed.end()), None)
        if named is not None and named.entity != first_entity:
            return _joined(first_name, _name(result, named.entity))
    return _joined(first_name, text[second_start : kin.end()])


def mentioned_pair(result: Entities, start: int, end: int, first_person) -> str | None:
    """The joint label of a speaker mention that coordinates a person with a role noun
    after "his/her/their" ("planner Ed Marsh and his wife", "he and his wife Kali"): the
    two speak, neither alone (Quirk et al. 1985, 13.2). The first conjunct is the last
    person's name before "and" in the mention, or a pronoun opening it, resolved by
    ``first_person(pronoun, position)`` to an entity. None for any other mention."""
    text = result.text
    mention = text[start:end]
    at = mention.find(" and ")
    if at < 0:
        return None
    gap = _FIRST_GAP.match(text, start + at)
    kin = _KIN.match(text, gap.end()) if gap is not None else None
    if kin is None or not _companion(kin.group(1)) or kin.end() > end:
        return None
    people = [m for m in result.overlapping(start, end) if m.form == "name"]
    first = next((m for m in people if m.end == start + at), None)
    if first is not None and result.kind_of.get(first.entity) in {"person", None}:
        return _pair_after(result, _name(result, first.entity), first.entity, gap.end(), people)
    if not people and _common_group(mention[:at]):
        return " ".join(mention.split())  # "the tenants and their lawyer": nobody named
    pronoun = mention[:at].strip().lower()
    if pronoun not in lexicons().pronouns or lexicons().pronouns[pronoun][2] != "subject":
        return None
    entity = first_person(pronoun, start)
    if entity is None:
        return None
    return _pair_after(result, _name(result, entity), entity, gap.end(), people)


def pair_before(
    result: Entities, position: int, sentence_starts: list[int], sentence: int
) -> str | None:
    """The pair opening the sentence before the pronoun at ``position`` (index
    ``sentence``), else None."""
    if sentence < 1:
        return None
    return opening_pair(result, sentence_starts[sentence - 1], sentence_starts[sentence])


def _name(result: Entities, entity: int) -> str | None:
    name = result.entities["name"].get(entity)
    return None if name is None else str(name)


def _joined(first: str | None, second: str | None) -> str | None:
    if first is None or second is None:
        return None
    return f"{first} and {second}"


def _companion(noun: str) -> bool:
    """A noun for the people beside the first conjunct after "his/her/their": a role
    ("wife", "lawyer") or a group of people ("team", "colleagues", ``source_nouns``)."""
    lex = lexicons()
    return noun in lex.role_nouns or lex.source_nouns.get(noun) == "person"


def _common_group(first: str) -> bool:
    """A first conjunct that is a common noun phrase for people after a determiner ("the
    tenants", "the two nurses"): no name and no pronoun, its last word a plural noun."""
    words = first.split()
    lex = lexicons()
    if len(words) < 2 or words[0].lower() not in lex.articles:
        return False
    if any(not w.isalpha() or not w.islower() for w in words[1:]):
        return False
    return words[-1].endswith("s") and not words[-1].endswith("ss")
