"""Subject-verb agreement for bare cue forms: "say", "call" report only after a plural
subject or a modal ("officials say", "would say"); after a singular subject they are read
as nouns ("his remark", "a telephone call"). Quirk et al. 1985, 10.34 and 17.37 on the
number of coordinated and postmodified noun phrases. Read by
:func:`analysis.attribution.cues.agrees`."""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from analysis.attribution.phrase_words import (
    ABBREVIATION,
    postmodifier_word,
    share_premodifier,
    share_subject,
    words,
)
from analysis.attribution.vocabulary import (
    BARE_FORM_SUBJECTS,
    DETERMINERS,
    IRREGULAR_PLURALS,
    MODALS,
    PRENOMINAL,
    PREPOSITIONS,
    grammar,
    source_heads,
)

if TYPE_CHECKING:
    from analysis.attribution.cues import Cue

_FINITE_AUX = frozenset(grammar("finite_auxiliary"))
_FRACTION_HEADS = frozenset(grammar("fraction_head"))
_EXAMPLES = frozenset(p.split()[0] for p in grammar("example_postmodifier"))


def subject_agrees(
    text: str, cue: Cue, speaker: tuple[int, int], cue_forms: Container[str]
) -> bool:
    """A bare verb form ("say", "call") needs a plural subject or a modal before it.

    Bare forms are also nouns ("a telephone call", "his remark"); with a singular
    subject and no modal ("would say") they are read as nouns, not cues. ``cue_forms``
    are the known cue forms (:func:`analysis.attribution.cues.cue_lexicon`).
    """
    head = cue.text_form.split()[0]
    if head != cue.lemma.split()[0] or head.endswith(("ed", "s")):
        return True
    between = text[speaker[1] : cue.start].lower().split()
    if any(word in MODALS for word in between):
        return True
    if between and between[-1] in PRENOMINAL:
        return False
    last = text[speaker[0] : speaker[1]].split()[-1].lower()
    if last in BARE_FORM_SUBJECTS | IRREGULAR_PLURALS or share_subject(text, *speaker):
        return True  # "they say", "12 percent say": a share of people is plural
    if _plural_form(last):
        return True
    return _plural_head(text, cue, speaker, cue_forms)


def _plural_form(word: str) -> bool:
    """A plural "-s" noun ("officials"), not a singular "-s" word ("serious", "campus")."""
    return word.endswith("s") and not word.endswith(("’s", "'s", "ss", "us"))


def _plural_head(text: str, cue: Cue, speaker: tuple[int, int], cue_forms: Container[str]) -> bool:
    """Is the subject plural by its head, not its last word? A coordinated noun phrase
    ("Ms. Okafor and Mr. Lindqvist say") takes a plural verb (Quirk et al. 1985, 10.34), and
    a postmodifier does not change the head's number ("supporters in Congress say",
    17.37). A bare form with a verb right after it is a noun ("the Senate and House
    report said"), not a cue."""
    found = text[speaker[0] : speaker[1]].split()
    if len(found) == 1 and found[0].lower() in DETERMINERS and found[0].lower() in source_heads():
        return True  # "Some say", "Many say": a quantifier heading a plural noun phrase
    cut = next(
        (k for k, w in enumerate(found) if k and (w in PREPOSITIONS | {"of"} or w in _EXAMPLES)),
        None,
    )  # ("experts like Ana Ruiz say", "critics such as the mayor argue": "experts" heads)
    head = found[:cut] if cut is not None else found
    if cut is not None and len(head) > 1 and _postmodifier_before(head[-1], found[cut]):
        head = head[:-1]  # "People close to the mayor say": the head is before the adjective
    after = text[cue.end : cue.end + 40].split()[:1]
    if after and (after[0] in _FINITE_AUX or after[0] in cue_forms):
        return False
    if any(w in {"and", "&"} for w in head[1:-1]):
        return True
    if _fraction_of_people(head, after) and _opens_clause(text, speaker[0]):
        return True  # "half of the tenants on each floor say", "a third say", "majorities say"
    # The head must be a source noun: in "three hours of public comment" the words
    # before the cue are no whole noun phrase, and "hours" is not their speaker.
    last = head[-1].lower()
    if _people_with_participle(found):
        return True  # "Officials using the new system say": the officials, plural
    if found[0].lower() in _PLURAL_DEMONSTRATIVES and (cut is not None or len(found) > 1):
        return True  # "Those close to the mayor say", "those who drew it up say": plural
    plural = _plural_form(last) or last in IRREGULAR_PLURALS  # "people close to X say"
    return cut is not None and last in source_heads() and plural


_PLURAL_DEMONSTRATIVES = frozenset(grammar("plural_demonstrative"))
_ING = re.compile(r"[a-z]{2,}ing")


def _people_with_participle(found: list[str]) -> bool:
    """A plural noun for people right before an "-ing" participle that postmodifies it
    ("officials using the system"; a reduced relative, Quirk et al. 1985, 17.27)."""
    return any(
        _ING.fullmatch(w) is not None
        and _plural_form(found[k - 1])
        and found[k - 1].lower() in source_heads()
        for k, w in enumerate(found)
        if k
    )


def _postmodifier_before(word: str, preposition: str) -> bool:
    """A postmodifying adjective or participle before its complement (``postmodifier_word``),
    or a present participle before a to-infinitive ("nurses trying to win the vote say"):
    after a plural head and before the cue, "-ing to" is a reduced relative clause, not the
    finite catenative verb an "-ed" form could be (Quirk et al. 1985, 17.27)."""
    if postmodifier_word(word, preposition):
        return True
    return preposition == "to" and word.islower() and word.endswith("ing") and len(word) > 5


def _fraction_of_people(head: list[str], after: list[str]) -> bool:
    """Is the subject's head a fraction or share ("half", "a third", "two-thirds",
    "majorities") before a bare verb? Such a head takes a plural verb when it stands for
    people (notional agreement, Quirk et al. 1985, 10.35-10.36). A past form right after
    the bare form makes it a noun ("a third call came"), not a cue; the caller checks that
    the subject opens its clause ("provided the fifth vote for" is an ordinal and a noun)."""
    if not head or (after and after[0].endswith("ed")):
        return False
    return head[-1].lower().split("-")[-1] in _FRACTION_HEADS


_CLAUSE_OPENERS = frozenset(grammar("coordinator")) | frozenset(grammar("subordinator"))


def _opens_clause(text: str, lo: int) -> bool:
    """Does the subject at ``lo`` open its clause, past its premodifiers ("nearly",
    "at least")? At the start of a line or sentence, after punctuation, a coordinator
    or a subordinator; not after a verb ("has a wide majority of …") or a preposition."""
    line_start = text.rfind("\n", 0, lo) + 1
    for _, _, word in reversed(words(text, max(line_start, lo - 40), lo)):
        if share_premodifier(word):
            continue
        ends_sentence = word.endswith(".") and not ABBREVIATION.match(word)
        return ends_sentence or not word[:1].isalnum() or word.lower() in _CLAUSE_OPENERS
    return True
