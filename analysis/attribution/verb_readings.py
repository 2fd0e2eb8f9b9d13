"""Is a cue form a reporting verb here, with this subject? The readings that make it a
noun, an inscription or the author's own frame (Quirk et al. 1985 on verb
complementation and noun phrases; :mod:`~analysis.attribution.author_frames`)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis import lexicons
from analysis.attribution.author_frames import (
    evocation,
    hypothetical_source,
    interrogative_state,
    noun_before_own_verb,
)
from analysis.attribution.phrase_words import share_subject
from analysis.attribution.plan_words import PLAN_ONLY, plan_after
from analysis.attribution.vocabulary import (
    DETERMINERS,
    NOUN_LIKE_FORMS,
    NUMBER_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    QUOTATION_ONLY_LEMMAS,
    RELATIVE_SUBJECTS,
    source_heads,
)

if TYPE_CHECKING:
    from analysis.attribution.cues import Cue


@cache
def _possessive_determiners() -> frozenset[str]:
    """Determiners that are pronoun forms ("his", "her", "their"): a mention opening with
    one is a noun phrase whose head must be a noun."""
    pronoun_forms = frozenset(r["entry"] for r in lexicons.rows("pronouns"))
    return DETERMINERS & pronoun_forms


def verb_reading(text: str, cue: Cue, speaker: tuple[int, int]) -> bool:
    """Is the cue a verb here, not a noun or a verb that only introduces quotations?

    A noun-like form ("states", "attacks") counts as a verb only after a pronoun or a
    name ("Ruiz states", "she attacks"), not after a common noun ("production beat
    forecasts"), a number or a preposition's object ("in U.S. states"); no cue form
    after a number is a verb ("played 6 snaps").
    """
    if cue.lemma in QUOTATION_ONLY_LEMMAS:
        return False
    if cue.lemma in PLAN_ONLY and not plan_after(text, cue.end):
        return False  # "unveiled a new car": only "unveiled a plan to …" reports
    if (
        hypothetical_source(text, speaker, cue.start)
        or interrogative_state(text, cue.lemma, cue.end)
        or evocation(text, cue.lemma, cue.end)
    ):
        return False  # "Others might argue", "they know if", "reminds us of": no report
    mention = text[speaker[0] : speaker[1]]
    last = mention.split()[-1].lower()
    if (last[:1].isdigit() or last in NUMBER_WORDS) and not share_subject(text, *speaker):
        return False  # "played 6 snaps", "two reports": a counted noun ("41% say" is people)
    if mention.islower() and " " not in mention and mention.endswith("ing"):
        return False  # "returning calls": the object of a participle, not its subject
    words = mention.split()
    if words[0].lower() in _possessive_determiners() and len(words) > 1:
        head = words[-1]
        if head.islower() and head.endswith(("ed", "ing")) and head not in source_heads():
            return False  # "His repeated claims": the cue is the head noun after a possessive
    if cue.text_form not in NOUN_LIKE_FORMS:
        return True
    if any(w[:1].isdigit() or w.lower() in NUMBER_WORDS for w in words):
        return False  # "the only two coastal states to have signed": a counted plural noun
    before = text[max(0, speaker[0] - 20) : speaker[0]].split()
    if before and before[-1].lower() in PREPOSITIONS | DETERMINERS:
        return False  # "across U.S. states where": the object of a preposition, a noun after it
    head = mention.split()[-1]
    if mention.lower() not in PRONOUNS and noun_before_own_verb(text, cue.end, True):
        return False  # "Enemy attacks track you": the cue form heads the subject
    return (
        mention.lower() in PRONOUNS
        or head.lower() in source_heads()
        or (head[:1].isupper() and not head.endswith(("’s", "'s")))
    )


def inscription(text: str, cue: Cue, speaker: tuple[int, int]) -> bool:
    """``signs that read “…”``: words written on a thing, not a source's statement.

    "read" reports a text ("the statement read"), but with a relative pronoun as its
    subject it describes what a sign, shirt or banner carries.
    """
    return cue.lemma == "read" and text[speaker[0] : speaker[1]].lower() in RELATIVE_SUBJECTS
