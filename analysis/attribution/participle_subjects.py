"""The subject of a participle cue that follows an object: ``sent a text to supporters saying``.

A participle clause right after a noun phrase usually postmodifies it ("a letter from
the mayor saying …"), but when that noun phrase is the object of a preposition of
direction or recipient ("to supporters", "on the radio"), the participle hangs on the
clause instead (Quirk et al. 1985, 15.58 on supplementive clauses): the one who sent,
wrote or spoke is the subject of the clause's verb, not the recipient.
"""

from __future__ import annotations

from analysis.attribution.phrase_words import can_head
from analysis.attribution.phrases import leading_subject, speaker_before, words
from analysis.attribution.state import State
from analysis.attribution.vocabulary import grammar

_RECIPIENT_PREPOSITIONS = frozenset(grammar("recipient_preposition"))


def subject_past_recipient(
    state: State, s_lo: int, speaker: tuple[int, int]
) -> tuple[int, int] | None:
    """The clause subject a participle cue takes when the noun phrase before it
    (``speaker``) is the object of a recipient preposition ("His campaign sent a text to
    supporters saying …" gives "His campaign"); None when no such preposition governs it,
    so the noun phrase keeps its reading ("a letter from residents saying …")."""
    text = state.text
    before = words(text, max(s_lo, speaker[0] - 20), speaker[0])
    if not before or before[-1][2].lower() not in _RECIPIENT_PREPOSITIONS:
        return None
    preposition = before[-1][0]
    stretch_lo = max(s_lo, text.rfind(",", s_lo, preposition) + 1)
    # The clause's own subject ("…, her campaign sent out a text …"), else the
    # sentence's ("As the chief executive, Ana Ruiz, put it in her memo to …").
    subject = _subject_before_predicate(text, stretch_lo, preposition)
    if subject is None and stretch_lo > s_lo:
        subject = _subject_before_predicate(text, s_lo, preposition)
    if subject is None or subject[1] > preposition or not can_head(text, *subject):
        return None
    return subject


def _subject_before_predicate(text: str, s_lo: int, hi: int) -> tuple[int, int] | None:
    """The sentence's opening subject cut before the first lower-case word that a noun
    phrase ending there leaves as a predicate ("His campaign | sent a text"): the
    verb need not be a known one."""
    subject = leading_subject(text, s_lo, hi)
    if subject is None:
        return None
    for w_start, _, word in words(text, subject[0], subject[1])[1:]:
        if not word.islower():
            continue
        head = speaker_before(text, subject[0], w_start)
        if head is not None and head[0] == subject[0] and can_head(text, *head):
            return head
    return subject
