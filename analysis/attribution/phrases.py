"""Speaker noun phrases: the source before or after a cue, and the subject a sentence opens with.

No parser: a noun phrase is read word by word from the cue outwards, and ends at
punctuation or at a word that cannot sit inside a subject noun phrase (a preposition
other than "of", a conjunction, a verb form; Quirk et al. 1985, 17.2).

This module reads the subject a sentence opens with (:func:`leading_subject`: past
openers, an introductory phrase, a span of time or a participle clause, 15.58) and
gives the attribution passes one place to import from: the noun phrase before a cue is
read in :mod:`~analysis.attribution.before_cue`, after a cue in
:mod:`~analysis.attribution.after_cue`, and the word and span helpers are in
:mod:`~analysis.attribution.phrase_words`.
"""

from __future__ import annotations

import re

from analysis import lexicons
from analysis.attribution.after_cue import issued_by, speaker_after
from analysis.attribution.before_cue import (
    noun_phrase_before,
    ratio_subject,
    speaker_before,
)
from analysis.attribution.phrase_words import (
    MAX_POSTMODIFIED_WORDS,
    PARTICIPLE_ENDINGS,
    POSTMODIFYING_ADJECTIVES,
    bare,
    can_head,
    first_word,
    is_adverb,
    is_capitalised,
    strip_span,
    word_count,
    words,
)
from analysis.attribution.time_adjuncts import AGO_ADJUNCT
from analysis.attribution.vocabulary import (
    DETERMINERS,
    INTRODUCERS,
    MONTHS,
    OPENERS,
    PREPOSITIONS,
    PRONOUNS,
    grammar,
    source_heads,
)
from analysis.core.datelines import dateline_end

__all__ = [
    "MAX_POSTMODIFIED_WORDS",
    "POSTMODIFYING_ADJECTIVES",
    "bare",
    "first_word",
    "is_adverb",
    "is_capitalised",
    "issued_by",
    "leading_subject",
    "noun_phrase_before",
    "ratio_subject",
    "speaker_after",
    "speaker_before",
    "strip_span",
    "word_count",
    "words",
]


_TIME_AFTER = frozenset({"ago", "later"})


# Words that open a sentence before its subject and are never one: the attribution
# grammar's openers and the conjuncts of ``subject_conjuncts.tsv``.
_OPENERS = OPENERS | lexicons.entries("subject_conjuncts")


_OBJECT_PRONOUNS = frozenset(
    r["entry"] for r in lexicons.rows("attribution_grammar") if r["category"] == "object_pronoun"
)


# "Earlier this week," "Last month,": a span of time opening the sentence.
_LEADING_TIME = re.compile(
    r"(?:earlier\s+|later\s+)?(?:this|last|next)\s+(?:week|weekend|month|year|spring|summer|fall|autumn|winter)\s*,\s*",
    re.IGNORECASE,
)


def leading_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject a sentence opens with, after openers like "But" or "Meanwhile,", an
    introductory phrase ("In Aspen, Colo.,"), a span of time ("Earlier this week,", "A
    month later,") or a participle clause ("Speaking at a rally in Salem, …"), and after
    a dateline ("PORTVALE, Ore. (AP) — The mayor met … and said"), which names no one."""
    lo = dateline_end(text, lo) or lo
    found = words(text, lo, min(hi, lo + 200))
    k = _past_openers(text, found)
    if k is None or k >= len(found):
        return None
    opening = k
    k = _past_adverbial_opening(text, found, k, hi)
    if k > opening:
        return _subject_after_adverbial(text, found[k][0], hi)
    if _opens_participle_clause(found, k):
        return _subject_after_participle_clause(text, found, k, hi)
    if _predicate_first(found, k):
        return None
    return speaker_after(text, found[k][0], hi, name_ends=True)


def _past_openers(text: str, found: list[tuple[int, int, str]]) -> int | None:
    """The index of the first word after a sentence's openers, introductory phrase and
    span of time; None when an introductory phrase has no comma to end it."""
    k = 0
    while k < len(found) and (found[k][2].lower() in _OPENERS or found[k][2] in ",;"):
        k += 1
    time = _LEADING_TIME.match(text, found[k][0]) if k < len(found) else None
    if time is not None:
        # "Earlier this week, Mabry pressed …": the span of time is no subject.
        k = next((j for j in range(k, len(found)) if found[j][0] >= time.end()), len(found))
    if k < len(found) and found[k][2].lower() in INTRODUCERS:
        # "In an interview last year, Lazar said …": skip the introductory phrase.
        comma = next((j for j in range(k, len(found)) if found[j][2] == ","), None)
        if comma is None:
            return None
        k = _past_place(found, comma) + 1
    later = next(
        (j for j in range(k, min(k + 5, len(found))) if found[j][2].lower() in _TIME_AFTER), None
    )
    if later is not None and AGO_ADJUNCT.search(" " + text[found[k][0] : found[later][1]]):
        # "A few hours later they changed course": the span of time is no subject.
        k = later + 1 + (later + 1 < len(found) and found[later + 1][2] == ",")
    return k


_ADVERBIAL_OPENERS = frozenset(grammar("adverbial_opener")) | PREPOSITIONS
# An opening adverbial longer than this before its comma is read no further.
MAX_ADVERBIAL_WORDS = 9


def _past_adverbial_opening(text: str, found: list[tuple[int, int, str]], k: int, hi: int) -> int:
    """``Back in 1999, Ana Ruiz praised …``, ``More recently, Kim has …``, ``Facing
    mounting criticism, Lee released …``: a sentence opening with an adverb, preposition
    or participle, closed by a comma before a subject and its verb (Quirk et al. 1985,
    8.83-8.88, 15.58); the index of that subject, else ``k``."""
    first = found[k][2]
    low = first.lower()
    if not first[:1].isupper() or not first[1:].islower():
        return k
    if not (
        low in _ADVERBIAL_OPENERS
        or (len(low) > 4 and low.endswith("ly"))
        or (low.endswith("ing") and low not in source_heads())
    ):
        return k
    limit = min(k + MAX_ADVERBIAL_WORDS + 1, len(found))
    comma = next((j for j in range(k + 1, limit) if found[j][2] == ","), None)
    if comma is None or comma + 1 >= len(found):
        return k
    subject = speaker_after(text, found[comma + 1][0], hi, name_ends=True)
    if subject is None or not can_head(text, *subject):
        return k
    after = first_word(text, subject[1] + 1) if text[subject[1] : subject[1] + 1] == " " else None
    if after is None or not after.group().islower() or after.group() in PREPOSITIONS | DETERMINERS:
        return k  # the verb must follow: "Back in 1999, Ana Ruiz praised …"
    return comma + 1


def _subject_after_adverbial(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject after an opening adverbial: the name-ended reading, unless a source
    noun follows it ("Under pressure, Mexican officials now say": "Mexican officials")."""
    subject = speaker_after(text, lo, hi, name_ends=True)
    following = first_word(text, subject[1] + 1) if subject is not None else None
    if following is not None and following.group().lower() in source_heads():
        return speaker_after(text, lo, hi) or subject
    return subject


def _past_place(found: list[tuple[int, int, str]], comma: int) -> int:
    """``At a conference in Aspen, Colo., the …``: a place name ending an introductory
    phrase may carry its state or country after a comma ("City, State,"); the index of
    the comma that ends it."""
    if comma < 1 or not found[comma - 1][2][:1].isupper():
        return comma
    nxt = next(
        (j for j in range(comma + 1, min(comma + 5, len(found))) if found[j][2] == ","), None
    )
    if nxt is None or nxt == comma + 1:
        return comma
    place = [w for _, _, w in found[comma + 1 : nxt]]
    if len(place) == 1 and place[0][:1].isupper() and found[comma - 1][2] not in MONTHS:
        return nxt  # one word ("Iowa", "Colo."): "In Ames, Ana Ruiz, …" keeps its subject
    return comma


def _predicate_first(found: list[tuple[int, int, str]], k: int) -> bool:
    """Does the stretch open with a predicate, no subject? A lower-case "-ed"/"-ing"
    word without a source noun after it ("delivered a blunt message"; "elected
    officials" is a subject), or a bare word before an object pronoun ("put it")."""
    first = found[k][2]
    if not first.islower():
        return False
    following = found[k + 1][2].lower() if k + 1 < len(found) else ""
    if first.endswith(PARTICIPLE_ENDINGS) and following not in source_heads():
        return True
    if first in DETERMINERS or first in source_heads() or first in PRONOUNS:
        return False
    return following in _OBJECT_PRONOUNS


def _opens_participle_clause(found: list[tuple[int, int, str]], k: int) -> bool:
    """``Speaking at a town hall, …``, ``Chastened by the analyses, …``: a sentence
    opening with a participle clause (Quirk et al. 1985, 15.58) before its subject."""
    word = found[k][2]
    if not word[:1].isupper() or not word[1:].islower() or k + 1 >= len(found):
        return False
    following = found[k + 1][2].lower()
    return word.lower().endswith(PARTICIPLE_ENDINGS) and (
        following in PREPOSITIONS or following in DETERMINERS
    )


def _subject_after_participle_clause(
    text: str, found: list[tuple[int, int, str]], k: int, hi: int
) -> tuple[int, int] | None:
    """The subject after an opening participle clause: the first noun phrase after one
    of its commas that a lower-case word (the verb) follows ("…, in Salem, New
    Hampshire, Ana Ruiz went": not "New Hampshire," which a comma follows)."""
    commas = [j for j in range(k, len(found)) if found[j][2] == ","][:5]
    for j in commas:
        if j + 1 >= len(found):
            return None
        subject = speaker_after(text, found[j + 1][0], hi, name_ends=True)
        if subject is None:
            continue
        after = first_word(text, subject[1] + 1)
        if after is not None and after.start() == subject[1] + 1 and after.group().islower():
            return subject
    return None
