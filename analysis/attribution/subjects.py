"""Subjects a cue takes over from its clause: participles, coordinated verbs, appositives.

When no noun phrase stands right before a cue, its speaker is the subject of the clause
it hangs on (Quirk et al. 1985, 13.5 on coordinated predicates, 17.65 on appositives).
These read the state, since an attribution found earlier in the clause names it.
"""

from __future__ import annotations

import re

from analysis.attribution.phrases import leading_subject, speaker_before, word_count
from analysis.attribution.state import State

_APPOSITIVE_MARK = re.compile("[,—–]")


def inherited_speaker(state: State, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject a participle cue (``…, saying``) takes over from its clause."""
    # (An attribution whose cue opens the text is not looked up: the cue offset 0 has
    # always been read as "no cue" here.)
    last = state.latest_cue_within(max(lo, 1), hi)
    if last is not None:
        return last.speaker_start, last.speaker_end
    return leading_subject(state.text, lo, hi)


def coordinated_subject(state: State, lo: int, cue_start: int) -> tuple[int, int] | None:
    """``X spoke to reporters and said …``: the sentence subject owns the second verb."""
    before = state.text[lo:cue_start].rstrip()
    if before.endswith((" and", " but")) or before.endswith(","):
        return leading_subject(state.text, lo, cue_start)
    return None


def appositive_subject(state: State, lo: int, cue_start: int) -> tuple[int, int] | None:
    """``X, director of Y, said …``: the noun phrase before the appositive's comma.

    Tries each comma of the clause from the left and takes the first name (a
    capitalised noun phrase) that ends at one: "As part of his plea, Marcel Lazar,
    44, said" gives "Marcel Lazar", not "his plea".
    """
    text = state.text
    for mark in _APPOSITIVE_MARK.finditer(text, lo, cue_start):
        comma = mark.start()
        subject = speaker_before(text, lo, comma)
        if (
            subject is not None
            and not text[subject[1] : comma].strip()
            and any(ch.isupper() for ch in text[subject[0] : subject[1]])
            and not state.is_claimed(*subject)
        ):
            between = text[comma:cue_start]
            if not any(ch in between for ch in ".;:!?") or word_count(text, comma, cue_start) < 25:
                return subject
    return None
