"""Speaker mention spans: the part of a source's noun phrase a row reports as its speaker.

The passes read a source's whole noun phrase (:mod:`analysis.attribution.phrases`); two
things decide the span a row keeps. A coordinated list of sources is one joint speaker
("A of X, B, and C told"; Quirk et al. 1985, 13.56). A personal name postmodified by its
affiliation ends at the name ("Ana Ruiz of the clinic"), and a document with its author
is the author ("data from BondWatch"), so that :mod:`analysis.speakers` never takes the
body or the document for the person.
"""

from __future__ import annotations

import re

from analysis import lexicons
from analysis.attribution.mention_trims import subject_only
from analysis.attribution.phrases import (
    MAX_POSTMODIFIED_WORDS,
    issued_by,
    noun_phrase_before,
    speaker_before,
    word_count,
    words,
)
from analysis.attribution.vocabulary import (
    DETERMINERS,
    INTRODUCERS,
    OPENERS,
    POSTMODIFIER_PREPOSITIONS,
    source_heads,
)

_OPENERS = OPENERS | lexicons.entries("subject_conjuncts")
_LIST_SEPARATOR = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")


def joint_speaker_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """:func:`speaker_before`, with a coordinated list of sources read whole ("A of X,
    B, and C told"; the direct pass joins "A and her team" in its own way)."""
    np = speaker_before(text, lo, cue_start)
    return None if np is None else _coordinated_list(text, lo, np)


def _coordinated_list(text: str, lo: int, np: tuple[int, int]) -> tuple[int, int]:
    """``A of X, B, and C of Y told``: a coordinated list of sources is one joint speaker
    (Quirk et al. 1985, 13.56), not its last member. Each member is a name or a source
    noun opening its stretch of the clause (not a verb's object: "agreed to play A, and
    B knew"); the list needs an "and" and stops at an adjunct ("In Ohio, Lee and Kim")."""
    if not _list_member(text, np):
        return np
    start, joined = np[0], " and " in text[np[0] : np[1]]
    while True:
        separator = _LIST_SEPARATOR.search(text, max(lo, start - 8), start)
        if separator is None:
            break
        member = noun_phrase_before(text, lo, separator.start())
        if member is None or text[member[1] : separator.start()].strip():
            break
        if not _list_member(text, member) or not _opens_stretch(text, lo, member[0]):
            break
        joined = joined or "and" in separator.group()
        start = member[0]
    if not joined or start == np[0] or word_count(text, start, np[1]) > 3 * MAX_POSTMODIFIED_WORDS:
        return np
    return start, np[1]


def _list_member(text: str, member: tuple[int, int]) -> bool:
    """Can text[member] be one source in a list: a name or a source noun as its head,
    no conjunct ("However")?"""
    found = text[member[0] : member[1]].split()
    if not found or found[0].lower() in _OPENERS:
        return False
    head = found[-1]
    for k, word in enumerate(found[1:], start=1):
        if word in POSTMODIFIER_PREPOSITIONS:
            head = found[k - 1]
            break
    return head[:1].isupper() or head.lower() in source_heads()


def _opens_stretch(text: str, lo: int, at: int) -> bool:
    """Does a noun phrase at ``at`` open its stretch of the clause: the clause's start, or
    after a comma or "and" (not after a verb or preposition, not inside an opening
    introductory phrase)?"""
    before = words(text, lo, at)
    if not before:
        return True
    if before[0][2].lower() in INTRODUCERS and "," not in (w for _, _, w in before):
        return False  # "For the case report A …": inside the introductory phrase
    last = before[-1][2]
    return last == "," or last.lower() in {"and", "both", "either"} or last.lower() in _OPENERS


def name_head(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The mention a row keeps of the source's noun phrase ``text[lo:hi]``: the subject
    alone (:func:`~analysis.attribution.mention_trims.subject_only`: "Then Ruiz" →
    "Ruiz", "The senator emailed donors" → "The senator"), then its name head."""
    return _name_head(text, *subject_only(text, lo, hi))


def _name_head(text: str, lo: int, hi: int) -> tuple[int, int]:
    """A personal name postmodified by its affiliation is the name alone: "Ana Ruiz of
    the clinic" → "Ana Ruiz" (the person speaks, not the body, and the resolver must not
    take the body for her). A document with its author is the author ("data from
    BondWatch" → "BondWatch"). Any other noun phrase is returned whole ("a spokesman
    for the ministry", "the Department of Energy", "officials in Ohio")."""
    found = words(text, lo, hi)
    for k, (_, _, word) in enumerate(found):
        if word in POSTMODIFIER_PREPOSITIONS:
            rest = [w for _, _, w in found[k + 1 :]]
            if "," in rest or (
                "and" in rest
                and any(w in POSTMODIFIER_PREPOSITIONS for w in rest[rest.index("and") :])
            ):
                # A list of sources ("A of X, B and C of Y"): a joint speaker, whole but
                # for its last member's affiliation.
                return _list_without_last_affiliation(text, lo, hi, found)
            after = found[k + 1][2] if k + 1 < len(found) else ""
            if k >= 1 and _personal_name([w for _, _, w in found[:k]], after):
                return lo, found[k - 1][1]
            if k >= 1 and _authored_document(found, k):
                return _name_head(text, found[k + 1][0], hi)  # "… by Ana Ruiz of the clinic"
            break
    return lo, hi


def _list_without_last_affiliation(
    text: str, lo: int, hi: int, found: list[tuple[int, int, str]]
) -> tuple[int, int]:
    """``A of X, B, and C of the Y in Z`` → ``A of X, B, and C``: the list ends at its last
    name (an affiliation at its end would be read as the speakers' name)."""
    last_link = max(k for k, (_, _, w) in enumerate(found) if w in {",", "and"})
    tail = found[last_link + 1 :]
    for k, (_, _, word) in enumerate(tail):
        if word in POSTMODIFIER_PREPOSITIONS and k >= 1:
            after = tail[k + 1][2] if k + 1 < len(tail) else ""
            if _personal_name([w for _, _, w in tail[:k]], after):
                return lo, tail[k - 1][1]
            break
    return lo, hi


def _authored_document(found: list[tuple[int, int, str]], k: int) -> bool:
    """``data from BondWatch``, ``a report by the Ledger``, ``a post from Ana Ruiz``: a
    document or other non-person noun, then "from" or "by" and a name. The name is the source; the document is what it issued ("polls
    in Ohio" name a place, not an author)."""
    if found[k][2] not in {"from", "by"} or k + 1 >= len(found):
        return False
    head = found[k - 1][2]
    if head.endswith(("ed", "en")) or not issued_by(head, found[k][2]):
        return False  # "a letter signed by Ana Ruiz": the participle's agent stays in it
    rest = [w for _, _, w in found[k + 1 :] if w.lower() not in DETERMINERS]
    return bool(rest) and rest[0][:1].isupper()


def _personal_name(head: list[str], after: str) -> bool:
    """Do the words ``head`` end in a personal name: two capitalised words that are no
    source noun ("Ana Ruiz", "Sen. Ruth Okafor"), or one before "of the"/"at a"
    ("Ruiz of the clinic")? A head opening with a determiner ("the University") or
    ending in a role or body noun ("Prime Minister", "Department") is not."""
    if head[0].lower() in DETERMINERS or not head[-1][:1].isupper():
        return False
    tail = head[-2:] if len(head) >= 2 and head[-2][:1].isupper() else head[-1:]
    if any(not w[:1].isalpha() or w.lower().strip(".") in source_heads() for w in tail):
        return False
    return len(tail) == 2 or after.lower() in DETERMINERS
