"""Descriptions of one person, resolved to the person described: a role noun in lower
case ("the actor", "the singer and guitarist") to the previous speaker or the salient
person of agreeing gender, an age ("the 49-year-old") to the person last given that age;
none when the noun was written before for someone unnamed or a restrictive relative
clause introduces someone new.

Rules: an anaphoric definite description takes the salient compatible antecedent, and
repeats the head of an unnamed antecedent (Vieira & Poesio 2000); establishing relative
clauses (Poesio & Vieira 1998); an age stands for the person (AP Stylebook, "ages").
Called from :func:`analysis.speakers.descriptions.resolve_descriptor`.
"""

from __future__ import annotations

import bisect
import re

from analysis import lexicons as lexicon_files
from analysis.speakers.entities import Entities
from analysis.speakers.lexicon import lexicons, role_head
from analysis.speakers.pronouns import resolve_pronoun


def describing_capital(word: str) -> bool:
    """A capitalised modifier that describes rather than names: a participle compound
    ("Facebook-owned", "London-based") or a demonym ("German", "Japanese", "Iraqi",
    "British"; Quirk et al. 1985, 7.26: adjectives of nationality)."""
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        return last[:1].islower() and last.endswith(("ed", "owned", "run"))
    lex = lexicons()
    lower = word.lower()
    return word[:1].isupper() and lower in lex.demonyms


def person_description(
    result: Entities, mention: str, start: int, end: int, sentence: int, previous: int | None
) -> int | None:
    """The person a lower-case description of one person refers back to ("the actor",
    "the 49-year-old"), or None."""
    if age := re.search(r"\b(\d{1,3})-year-old$", mention):
        entity = _person_of_age(result, age.group(1), start)
        if entity is not None:
            return entity
    if (
        _generic_person(result.text, mention, start)
        and not _bare(mention)
        and not _restricted(result.text, end)
    ):
        return _salient_person(result, start, sentence, mention.split()[-1], previous)
    return None


def _generic_person(text: str, mention: str, start: int) -> bool:
    """A definite description of one person in lower case, headed by a role noun: "the
    actor", "the singer and guitarist" ("the" may stand before the mention's start)."""
    words = mention.split()
    if words and words[0].lower() in lexicons().pointing:
        words = words[1:]
    elif not re.search(
        r"\b(?:the|The)\s+(?:[a-z]+\s+(?:and\s+)?)?$", text[max(0, start - 40) : start]
    ):
        return False
    if words and re.fullmatch(r"\d+-year-old", words[-1]):
        return True  # "The 49-year-old said": an age stands for the person (AP Stylebook)
    if not words or not all(w[:1].islower() or describing_capital(w) for w in words):
        return False  # "the Portuguese boss": a demonym describes the person
    return all(w.lower() in lexicons().role_nouns or w == "and" for w in words[-1:])


def _restricted(text: str, end: int) -> bool:
    """Whether a restrictive relative clause follows the description ("the aide who
    took the call"): the clause says who is meant, so the description introduces
    someone new rather than referring back (Poesio & Vieira 1998, establishing
    relative clauses); a comma-set clause ("the actor, who …") does not."""
    return re.match(r"\s+(?:who|whom|whose)\b", text[end : end + 12]) is not None


def _bare(mention: str) -> bool:
    """Whether a description's head names a person without a role ("the man", "the
    source"; not the title "the first lady"): on PolNeAR train such descriptions taken
    for the salient named person were mostly someone unnamed (Vieira & Poesio 2000)."""
    words = mention.lower().split()
    if not words or tuple(words[-2:]) in lexicons().titles:
        return False
    return words[-1] in lexicon_files.entries("bare_person_nouns")


def _person_of_age(result: Entities, age: str, start: int) -> int | None:
    """The person last given that age before ``start``: "Tom Hale, 69, … the 69-year-old
    said" or "Ana Ruiz (41)" (AP Stylebook, "ages": an age set off after the name)."""
    text = result.text
    pattern = re.compile(rf"\s*(?:,\s*{age}\s*[,.;]|\(\s*{age}\s*\))")
    hi = bisect.bisect_left(result.starts, start)
    for m in reversed(result.mentions[:hi]):
        person = m.form == "name" and result.kind_of.get(m.entity) == "person"
        if person and pattern.match(text, m.end):
            return m.entity
    return None


def _salient_person(
    result: Entities, start: int, sentence: int, head: str, previous: int | None
) -> int | None:
    """The person a role-noun description ("the actor") refers back to when no one has
    that role: the previous speaker if a person of agreeing gender, else the most salient
    person, as "he" or "she" would find (the role noun's gender, else both), only when
    both genders agree on one person (Vieira & Poesio
    2000: an anaphoric definite description takes the salient compatible antecedent).

    Nobody when the same noun was written before for someone unnamed ("One man asked …
    the man shouted": :func:`_unnamed_before`); and a title of office ("the senator")
    goes to no person who holds another ("Gov. Ana Ruiz" is no senator).
    """
    lex = lexicons()
    if _unnamed_before(result, head, start):
        return None
    gender = lex.role_nouns.get(head.lower(), "-")
    office = (head.lower(),) in lex.titles

    def fits(e: int | None) -> int | None:
        # a holder of another office ("Gov. Ana Ruiz") is not "the senator": the
        # description is of someone else, so nobody (not the next most salient)
        held = [role_head(p) for p in result.roles.phrases.get(e, [])]
        return None if office and any(h and (h[-1],) in lex.titles for h in held) else e

    if result.kind_of.get(previous) == "person" and result.gender_of.get(previous) in {
        gender,
        None,
        "unknown",
    } | ({"male", "female"} if gender == "-" else set()):
        return fits(previous)  # "…,” said the actor: the speaker of the quotation before
    pronouns = {"male": ["he"], "female": ["she"]}.get(gender, ["he", "she"])
    people = {
        resolve_pronoun(
            result, p, start, sentence, allowed=lambda e: result.kind_of.get(e) == "person"
        )
        for p in pronouns
    }
    people.discard(None)
    return fits(people.pop()) if len(people) == 1 else None


# how far back a noun written for an unnamed person is read (about three paragraphs)
UNNAMED_WINDOW = 1500


def _unnamed_before(result: Entities, head: str, start: int) -> bool:
    """Whether the head noun of a description was written shortly before for nobody
    named: outside every mention, title and appositive role of a person ("A young woman
    asked …  the woman said"; "a senior official … The official said"): the description
    repeats that noun phrase's head, so it refers to the same unnamed person (Vieira &
    Poesio 2000, direct anaphora)."""
    text = result.text
    window = max(0, start - UNNAMED_WINDOW)
    noun = re.escape(head.lower())
    found = [window + m.start() for m in re.finditer(rf"\b{noun}\b", text[window:start])]
    if not found:
        return False
    lo = bisect.bisect_left(result.starts, window - result.longest)
    hi = bisect.bisect_left(result.starts, start)
    covered = [
        span
        for m in result.mentions[lo:hi]
        if result.kind_of.get(m.entity) == "person"
        for span in ((m.start, m.end), (m.role_start, m.role_end))
    ]
    return any(not any(a <= at < b for a, b in covered) for at in found)
