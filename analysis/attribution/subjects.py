"""Subjects a cue takes over from its clause: participles, coordinated verbs, appositives.

When no noun phrase stands right before a cue, its speaker is the subject of the clause
it hangs on (Quirk et al. 1985, 13.5 on coordinated predicates, 17.65 on appositives).
These read the state, since an attribution found earlier in the clause names it.
"""

from __future__ import annotations

import re

from analysis import lexicons
from analysis.attribution.participle_subjects import main_clause_subject, verb_like
from analysis.attribution.phrase_words import can_head
from analysis.attribution.phrases import (
    leading_subject,
    speaker_after,
    speaker_before,
    word_count,
    words,
)
from analysis.attribution.relative_clauses import (
    auxiliaries_start,
    relative_clause_end,
    relative_subject,
)
from analysis.attribution.state import State
from analysis.attribution.vocabulary import (
    DETERMINERS,
    INTRODUCERS,
    MONTHS,
    OPENERS,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    WEEKDAYS,
    grammar,
    source_heads,
)

__all__ = [
    "appositive_subject",
    "auxiliaries_start",
    "coordinated_predicate_subject",
    "coordinated_subject",
    "inherited_speaker",
    "phrase_complement",
    "relative_clause_end",
    "relative_subject",
    "reporting_clause_subject",
    "verb_like",
]

_APPOSITIVE_MARK = re.compile("[,—–]|--")  # "--": a dash typed as two hyphens
_CONJUNCTS = OPENERS | lexicons.entries("subject_conjuncts")
_BRACKETED = re.compile(r"\s*\([^()]{0,20}\)")  # "Ana Ruiz (D), …": an aside before the comma


def inherited_speaker(state: State, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject a participle cue (``…, saying``) takes over from its clause."""
    # (An attribution whose cue opens the text is not looked up: the cue offset 0 has
    # always been read as "no cue" here.)
    last = state.latest_cue_within(max(lo, 1), hi)
    if last is not None:
        # "When Ruiz pointed out …, Kim seized on it, repeating": the clause after the
        # earlier attribution has its own subject, which the participle hangs on.
        own = main_clause_subject(state, lo, last, hi)
        return own or (last.speaker_start, last.speaker_end)
    return (
        reporting_clause_subject(state, lo, hi)
        or main_clause_subject(state, lo, None, hi)
        or leading_subject(state.text, lo, hi)
    )


def reporting_clause_subject(state: State, lo: int, hi: int) -> tuple[int, int] | None:
    """``A and B will meet, Spicer said, adding …``: a participle right after a reporting
    clause ("Spicer said,") takes that clause's subject, not the sentence's first noun
    phrase (the reporting clause may not be read yet when a quotation follows)."""
    text = state.text
    verbs = [
        k
        for k in state.cues_between(lo, hi)
        if state.cues[k].kind == "verb" and not state.cues[k].participle
    ]
    if not verbs:
        return None
    cue = state.cues[verbs[-1]]
    if text[cue.end : hi].strip() != "," or state.quotation_at(cue.start) is not None:
        return None
    subject = speaker_before(text, lo, cue.start)
    # (the comma may sit inside a closing quotation mark: "…,” Spicer added, saying")
    if subject is None or not text[lo : subject[0]].rstrip().rstrip("”’\"'").endswith(","):
        return None
    return subject


def coordinated_subject(state: State, lo: int, cue_start: int) -> tuple[int, int] | None:
    """``X spoke to reporters and said …``: the sentence subject owns the second verb."""
    before = state.text[lo:cue_start].rstrip()
    if before.endswith((" and", " but")) or before.endswith(","):
        return relative_subject(state, lo, cue_start) or leading_subject(state.text, lo, cue_start)
    return None


def appositive_subject(state: State, lo: int, cue_start: int) -> tuple[int, int] | None:
    """``X, director of Y, said …``: the noun phrase before the appositive's comma.

    Tries each comma of the clause from the left and takes the first name (a
    capitalised noun phrase) that ends at one: "As part of his plea, Dorin Vasko,
    51, said" gives "Dorin Vasko", not "his plea".
    """
    text = state.text
    skipped_to = None  # the end of a mark after an adjunct passed over
    for n, mark in enumerate(_APPOSITIVE_MARK.finditer(text, lo, cue_start)):
        comma = mark.start()
        subject = speaker_before(text, lo, comma)
        if subject is not None and _adjunct_part(text, lo, subject, n, skipped_to):
            # A place passed over may carry its state ("in Ames, Iowa,"); nothing else.
            last = text[subject[0] : subject[1]].split()[-1]
            is_place = (
                last[:1].isupper()
                and last.lower() not in _CONJUNCTS
                and last not in MONTHS + WEEKDAYS
            )
            after_place = skipped_to is not None and not text[skipped_to : subject[0]].strip()
            skipped_to = mark.end() if is_place and not after_place else None
            continue  # "However,", "In opposing the request,", "in Ames, Iowa,": no subject
        if (
            subject is not None
            and not _BRACKETED.sub("", text[subject[1] : comma]).strip()
            and any(ch.isupper() for ch in text[subject[0] : subject[1]])
            and not state.is_claimed(*subject)
        ):
            if _object_of_a_verb(state, lo, subject[0]):
                return None  # "he asked about X, called Y …": X is an object
            if _state_after_place(text, lo, subject):
                continue  # "A team … in Greenbelt, Maryland, has confirmed": the place's state
            if _participle_opening(text, subject):
                # "Many experts, including Ana Ruiz, have said": the head before the
                # examples is the subject ("including …" is no subject of its own)
                head = _head_before_examples(text, lo, subject)
                if head is not None:
                    return head
                continue
            if _after_preposition(text, lo, subject[0]):
                skipped_to = mark.end()
                continue  # "In Ohio, the candidate, Ana Ruiz, promised": a place adjunct
            between = text[comma:cue_start]
            if not any(ch in between for ch in ".;:!?") or word_count(text, comma, cue_start) < 25:
                return _named_appositive(text, subject, comma, cue_start) or subject
    return None


def _adjunct_part(
    text: str, lo: int, subject: tuple[int, int], n: int, skipped_to: int | None
) -> bool:
    """Is the noun phrase before the ``n``-th comma of the clause part of an adjunct?
    A conjunct ("However,"), the end of an opening introductory phrase ("In opposing the
    deposition request,"; Quirk et al. 1985, 8.17) or the state after a place passed over
    ("in Ames, Iowa,")."""
    mention = text[subject[0] : subject[1]]
    if mention.lower() in _CONJUNCTS:
        return True
    opening = words(text, lo, subject[0])
    opening = [w for _, _, w in opening if w.lower() not in _CONJUNCTS and w != ","]
    if n == 0 and opening and opening[0].lower() in INTRODUCERS:
        return True
    if skipped_to is None or text[skipped_to : subject[0]].strip():
        return False
    return _state_like(mention)


_PLACE_PREPOSITIONS = frozenset(grammar("place_preposition"))


def _head_before_examples(text: str, lo: int, examples: tuple[int, int]) -> tuple[int, int] | None:
    """``Editorial pages across the land, including …``: the source noun phrase that ends
    at the comma before an "including" phrase, or None."""
    comma = text.rfind(",", lo, examples[0])
    if comma < 0 or len(text[comma + 1 : examples[0]].split()) > 1:
        return None  # only the participle may stand between
    head = speaker_before(text, lo, comma)
    if head is None or head[1] != comma or not can_head(text, *head):
        return None
    return head


def _participle_opening(text: str, subject: tuple[int, int]) -> bool:
    """Does the noun phrase open with, or follow, a lower-case "-ing" participle
    ("including Ana Ruiz", "following the vote")? Then it is a participle clause's, not
    the subject."""
    first = text[subject[0] : subject[1]].split()[0]
    before = words(text, max(0, subject[0] - 20), subject[0])
    for word in (first, before[-1][2] if before else ""):
        if word.islower() and word.endswith("ing") and word not in source_heads():
            return True
    return False


def _state_after_place(text: str, lo: int, subject: tuple[int, int]) -> bool:
    """Is the one capitalised word at ``subject`` the state or country after a place a
    preposition governs ("… in Greenbelt, Maryland,")? Then it belongs to that place."""
    if not _state_like(text[subject[0] : subject[1]]):
        return False
    before = words(text, max(lo, subject[0] - 60), subject[0])
    if len(before) < 3 or before[-1][2] != ",":
        return False
    k = len(before) - 2
    while k >= 0 and before[k][2][:1].isupper() and before[k][2] not in MONTHS + WEEKDAYS:
        k -= 1  # the place's name: "Greenbelt", "Port Ellis" (not "on Sunday")
    return 0 <= k < len(before) - 2 and before[k][2] in _PLACE_PREPOSITIONS


def _state_like(mention: str) -> bool:
    """Could ``mention`` be the state or country after a place ("Iowa", "Colo.")? One
    capitalised word: a name of two words after a place ("In Ames, Ana Ruiz, …") is a
    subject."""
    return len(mention.split()) == 1 and mention[:1].isupper()


def _named_appositive(
    text: str, subject: tuple[int, int], comma: int, cue_start: int
) -> tuple[int, int] | None:
    """``Brill's parent firm, The Brill Trust, announced``: a common-noun subject
    followed by a name in apposition (Quirk et al. 1985, 17.65): the name is the better
    mention, the one the resolver can link. None when the subject is itself a name or
    no name alone fills the appositive."""
    if _head_word(text[subject[0] : subject[1]].split())[:1].isupper():
        return None
    close = _APPOSITIVE_MARK.search(text, comma + 1, cue_start)
    if close is None or not _AGE_ONLY.fullmatch(text[close.end() : cue_start]):
        return None  # (an age may follow the name: "One of the anglers, Morris Tabb, 64, said")
    name = speaker_after(text, comma + 1, close.start(), name_ends=True)
    if name is not None and _state_after_place(text, subject[0], name):
        return None  # "A team based in Port Ellis, Oregon,": the place's state, no name
    rest = text[name[1] : close.start()].split() if name is not None else []
    if name is None or (rest and rest[0] not in POSTMODIFIER_PREPOSITIONS):
        return None  # ("Hollis Brandt of Cedar Grange in Pikeville": a name and its affiliation)
    found = [w for _, _, w in words(text, *name)]
    # A title may carry lower-case premodifiers ("former Governor Ana Ruiz"); after
    # its first capital the name is capitalised words and links only.
    capital = next((k for k, w in enumerate(found) if w[:1].isupper()), None)
    if capital is None:
        return None
    if capital and (
        found[capital].lower().strip(".") not in source_heads()
        or not all(w.isalpha() and w.islower() for w in found[:capital])
        or any(w in DETERMINERS or w in POSTMODIFIER_PREPOSITIONS for w in found[:capital])
    ):
        return None  # "a protégé of Ana Ruiz", "provided by Quorvex": no title
    if not all(
        w[:1].isupper() or w.lower() in DETERMINERS | {"of", "and", "&"} for w in found[capital:]
    ):
        return None
    return name


_AGE_ONLY = re.compile(r"\s*(?:\d{1,3}\s*,\s*)?")


def _head_word(found: list[str]) -> str:
    """The head noun of a subject read as words: the word before its first postmodifier
    ("partner" of "partner at Lenox", "pastor" of "pastor supporting Mr. Lee"), else the
    last word; a determiner head ("One of the men") is lower-cased, a common head."""
    for k, word in enumerate(found[1:], start=1):
        if word in POSTMODIFIER_PREPOSITIONS or (word.islower() and word.endswith("ing")):
            head = found[k - 1]
            return head.lower() if head.lower() in DETERMINERS else head
    return found[-1]


def _after_preposition(text: str, lo: int, np_start: int) -> bool:
    """Does a preposition stand right before the noun phrase at ``np_start``? Then the
    noun phrase is its object ("In Ohio,"), never a subject."""
    before = words(text, max(lo, np_start - 20), np_start)
    return bool(before) and before[-1][2].lower() in PREPOSITIONS


def _object_of_a_verb(state: State, lo: int, np_start: int) -> bool:
    """Does a verb stand before the noun phrase at ``np_start`` in its stretch of the
    clause ("he asked about the union, called …")? Then the noun phrase is that verb's
    object, and the verb after the comma is coordinated with it (Quirk et al. 1985,
    13.5): its subject is the clause's subject, not the object."""
    return _verb_before(state, lo, np_start) is not None


def coordinated_predicate_subject(state: State, lo: int, cue_start: int) -> tuple[int, int] | None:
    """``he asked about X, called Y a …``: the second verb of a list of predicates takes
    the clause's subject."""
    text = state.text
    comma = text.rfind(",", lo, cue_start)
    if comma < 0 or text[comma + 1 : cue_start].strip():
        return None
    verb = _verb_before(state, lo, _last_np_start(state, lo, comma))
    if verb is None:
        return None
    # The subject of the first verb ("In the interview he asked …"), else the clause's.
    subject = speaker_before(text, lo, verb)
    if subject is not None and text[subject[0] : subject[1]].lower() == "who":
        return _antecedent_of_who(text, lo, subject) or subject
    return subject or leading_subject(text, lo, cue_start)


def _antecedent_of_who(text: str, lo: int, who: tuple[int, int]) -> tuple[int, int] | None:
    """``…that Dan Kim, who is thinking about running, said``: the first "predicate" is
    a non-restrictive relative clause, closed by the comma before the verb; its "who"
    stands for the noun phrase before its opening comma (Quirk et al. 1985, 17.22),
    which is the subject of the verb after the clause. None when no comma opens it."""
    before = text[lo : who[0]].rstrip()
    if not before.endswith(","):
        return None
    head = speaker_before(text, lo, lo + len(before) - 1)
    if head is None or not can_head(text, *head) or text[head[0] : head[1]].lower() in PRONOUNS:
        return None
    return head


def _last_np_start(state: State, lo: int, comma: int) -> int:
    subject = speaker_before(state.text, lo, comma)
    return subject[0] if subject is not None else comma


def _verb_before(state: State, lo: int, np_start: int) -> int | None:
    """Where the first verb before the noun phrase at ``np_start`` in its stretch of
    the clause starts, if any."""
    stretch = max(lo, state.text.rfind(",", lo, np_start) + 1)
    return next((a for a, _, w in words(state.text, stretch, np_start) if verb_like(w)), None)


_CLAUSE_EVIDENCE = frozenset(grammar("finite_auxiliary")) | frozenset(grammar("clause_link"))


def phrase_complement(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] one prepositional or noun phrase ("about the union", "the
    plan"), no clause and no comma? Only after such a complement does a comma and a verb
    start a new predicate ("he asked about the union, called …")."""
    found = [w for _, _, w in words(text, lo, hi)]
    if not found or "," in found or found[0].lower() not in PREPOSITIONS | DETERMINERS:
        return False
    return not any(w.lower() in _CLAUSE_EVIDENCE for w in found)
