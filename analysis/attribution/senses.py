"""Cue words in a sense that reports nothing, and reports a reader should doubt (issue 10).

The screen (:mod:`analysis.attribution.screen`) asks whether a row reports at all; the
tests here look at the cue's sense in its sentence: a perceived participle ("saw the claim
echoed"), a verb of another sense ("reckoned with", "found them under the bark"), a
finding narrated by the writer, a modal perfect ("would have said") and hearsay of
nobody in particular ("People say …").
"""

from __future__ import annotations

import re

from analysis.attribution.shapes import CLAUSE_WORDS, all_pronouns, cue_lemma
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import (
    RELATIVE_PRONOUNS,
    RELATIVE_SUBJECTS,
    grammar,
    source_heads,
)


def attains(text: str, a: Attribution) -> bool:
    """``finds a purpose for the old barn``, ``found a way to win``: "find" with an
    object it attains (``achieved_object``; Levin 1993, 13.5.1 verbs of obtaining) gets
    a thing and reports no finding; the caller asks only of an object frame ("a way
    of life had ended" is a clause)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    after = _PLACE_AFTER_OBJECT.match(text, a.cue_end)
    if after is None or cue_lemma(text, a) not in _ACHIEVING_VERBS:
        return False
    first, second = after.group(1), after.group(2)
    return first in _ACHIEVED or (first in _ACHIEVED_DETERMINERS and second in _ACHIEVED)


def perceived_participle(text: str, a: Attribution) -> bool:
    """``hear the same message repeated``, ``saw the claim echoed``: an "-ed" cue after
    a document or thing that is the object of a verb of perception is that object's
    complement (Quirk et al. 1985, 16.52), so the noun before it is no subject and says
    nothing ("heard the mayor repeated …" may be a clause: left alone)."""
    if a.speaker_start is None or a.cue_start is None or a.speaker_start > a.cue_start:
        return False
    if not text[a.cue_start : a.cue_end].lower().endswith("ed"):
        return False
    mention = text[a.speaker_start : a.speaker_end].lower()
    if mention in all_pronouns() or mention in RELATIVE_SUBJECTS:
        return False  # "saw the mayor, who repeated": the relative clause's own subject
    before = [w.strip(",") for w in text[max(0, a.speaker_start - 40) : a.speaker_start].split()]
    verbs = [k for k, w in enumerate(before[-4:]) if w.lower() in _PERCEPTION_FORMS]
    if not verbs:
        return False
    between = before[-4:][verbs[-1] + 1 :]
    # only a determiner and adjectives between: "hear the same, somber message"
    return all(w.islower() and w not in CLAUSE_WORDS | all_pronouns() for w in between)


def other_sense(text: str, a: Attribution) -> bool:
    """Is the cue a verb of another sense: a prepositional verb that is no reporting
    ("reckon with" = grapple with; ``other_sense_preposition``), or a verb of finding
    with an object pronoun and a place ("found them under the bark of …":
    ``locating_verb``, Quirk et al. 1985, 16.44), which locates a thing and reports
    nothing?"""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    after = _PLACE_AFTER_OBJECT.match(text, a.cue_end)
    if after is None:
        return False
    lemma = cue_lemma(text, a)
    if f"{lemma} {after.group(1)}" in _OTHER_SENSE:
        return True
    return (
        lemma in _LOCATING_VERBS
        and after.group(1) in _OBJECT_PRONOUNS
        and after.group(2) in _PLACE_PREPOSITIONS
    )


def narrated_finding(text: str, a: Attribution, form: str) -> bool:
    """A verb of finding ("found", "discovered", "showed": ``finding_verb``) with a
    person, not a document, as its subject and no quotation: research the writer
    narrates about as often as a statement the researcher made (Hunston 2000). Not with
    "that" right after the cue ("Ruiz found that the cells …"): a finding stated as a
    proposition, which a reader attributes to its researcher (a blind audit of real
    pages read every such row as right)."""
    if a.kind == "direct" or form not in _PEOPLE_FORMS or a.cue_start is None:
        return False
    if cue_lemma(text, a) not in _FINDING_VERBS:
        return False
    if a.cue_end is not None and a.cue_end <= a.start + 1 and _THAT.match(text, a.start):
        return False
    mention = text[a.speaker_start : a.speaker_end].lower().split() if a.speaker_start else []
    if mention and mention[0] in RELATIVE_PRONOUNS | {"it"}:
        return False  # "It shows that …", "which shows": most often a thing, a document
    heads = source_heads()
    return not any(heads.get(w.strip(".,;:")) == "document" for w in mention)


def modal_perfect(text: str, a: Attribution) -> bool:
    """Is the cue a modal perfect ("could have shown", "would've said", "might not have
    known")? It tells what a source might or would have done, a counterfactual or a
    guess (Quirk et al. 1985, 4.60 and 14.25), not what it did say or show."""
    if a.cue_start is None:
        return False
    before = text[max(0, a.cue_start - 30) : a.cue_start].lower().replace("’", "'").split()
    before = [w for w in before[-4:] if w not in _SKIPPED_BEFORE_PERFECT]
    if before and before[-1].endswith("'ve"):
        return before[-1][:-3] in _MODAL_VERBS
    return len(before) >= 2 and before[-1] == "have" and before[-2].rstrip(",") in _MODAL_VERBS


_HEARSAY_SUBJECTS = frozenset(grammar("hearsay_subject"))


def hearsay_subject(text: str, a: Attribution) -> bool:
    """Is the speaker mention a bare generic noun or pronoun ("People", "everyone",
    "almost everyone")?"""
    if a.speaker_start is None or a.speaker_end is None:
        return False
    lo = past_approximator(text, a.speaker_start, a.speaker_end)
    return text[lo : a.speaker_end].lower() in _HEARSAY_SUBJECTS


# "almost", "nearly", "virtually" before a quantifier ("almost everyone", "nearly all").
_APPROXIMATOR = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in grammar("approximator")) + r")\s+", re.I
)


def past_approximator(text: str, lo: int, hi: int) -> int:
    """Where a mention starts after an approximator that opens it ("[almost] everyone",
    "[nearly] all"): a degree adverb modifies the quantifier, it names no one (Quirk et
    al. 1985, 7.56 and 10.32); ``lo`` when there is none or nothing would be left."""
    match = _APPROXIMATOR.match(text, lo, hi)
    return match.end() if match and match.end() < hi else lo


_FINDING_VERBS = frozenset(grammar("finding_verb"))
_THAT = re.compile(r"that\b", re.I)
# "reckoned with the role": a verb and preposition of another sense than the cue's.
_OTHER_SENSE = frozenset(grammar("other_sense_preposition"))
# "found them in the lining": a verb of finding with an object and a place locates.
_LOCATING_VERBS = frozenset(grammar("locating_verb"))
_PLACE_AFTER_OBJECT = re.compile(r"\s*([a-z]+)\s+([a-z]+)\b")
# Modals of a modal perfect ("could have"), and what may stand between ("would not have").
_MODAL_VERBS = frozenset(grammar("perfect_modal"))
# Speaker forms of people (not documents or bodies): whose findings may be narration.
_PEOPLE_FORMS = frozenset({"name", "person", "pronoun", "relative"})
_SKIPPED_BEFORE_PERFECT = frozenset(grammar("perfect_adverb"))
_OBJECT_PRONOUNS = frozenset(grammar("object_pronoun"))
_PLACE_PREPOSITIONS = frozenset(grammar("place_preposition"))
_PERCEPTION_FORMS = frozenset(grammar("perception_form"))
_ACHIEVING_VERBS = frozenset(grammar("achieving_verb"))
_ACHIEVED = frozenset(grammar("achieved_object"))
_ACHIEVED_DETERMINERS = frozenset(grammar("achieved_determiner"))
