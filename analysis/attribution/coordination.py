"""The subject of a second coordinated reporting verb: ``X said A and said B``.

When the sentence's subject is a phrase the subject readers do not find again from
the second verb ("Norway's foreign ministry said A and said B"), the first
attribution of the sentence already names it: a verb coordinated right after that
attribution's content shares its subject (Quirk et al. 1985, 13.47 on predication
coordination).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from analysis.attribution.cues import Cue
from analysis.attribution.phrase_words import is_adverb, words
from analysis.attribution.state import State
from analysis.attribution.subjects import coordinated_subject, verb_like
from analysis.attribution.vocabulary import MODALS, PASSIVE_AUX, SKIPPABLE, grammar

_AND_AT_END = re.compile(r"[,”\"’']*\s+(?:and|but)\s*(?:[a-z]+ly\s+)?$")
# How far before the second verb its "and" (with a manner adverb: "and pointedly saying")
# and the first content's end may be.
_LINK_CHARS = 24


def earlier_speaker(
    state: State, s_lo: int, verb_start: int, saying: Callable[[Cue], bool]
) -> tuple[int, int] | None:
    """The speaker of the attribution whose content ends right before "and <verb>" in
    the same sentence (its cue before its content, a verb of saying as ``saying``
    reads it), else None."""
    link = _AND_AT_END.search(state.text, max(s_lo, verb_start - _LINK_CHARS), verb_start)
    if link is None:
        return None
    for a in state.found:
        if a.speaker_start is None or a.cue_start is None or a.speaker_start < s_lo:
            continue
        lead = state.text[s_lo : a.speaker_start].strip()
        if lead and not (lead.endswith(",") and state.text[a.speaker_start].isupper()):
            # only the sentence's own subject, after a fronted adjunct at most ("In June,
            # X said A but added B"): "X's envoy to Y said" read as "Y" is not
            continue
        if a.cue_start < a.start and link.start() - 2 <= a.end <= link.start() + 1:
            k = bisect.bisect_left(state.cue_starts, a.cue_start)
            if k < len(state.cues) and state.cues[k].start == a.cue_start:
                return (a.speaker_start, a.speaker_end) if saying(state.cues[k]) else None
    return None


# A noun-phrase subject interrupted by an inverted cue is short ("The new plan").
MAX_INTERRUPTED_SUBJECT_WORDS = 6
_FINITE = frozenset(grammar("finite_auxiliary"))


def predicate_verb(text: str, word: str, head: tuple[int, int] | None) -> bool:
    """``The plan, says X, relies on buses``: after an inverted cue that interrupts a
    short subject noun phrase (``head``, no verb in it), a lower-case "-ed" form or
    third-person "-s" form goes on with the subject's predicate; it is no appositive of
    the speaker (Quirk et al. 1985, 15.54 on medial reporting clauses)."""
    if head is None:
        return False
    found = text[head[0] : head[1]].split()
    if not found or len(found) > MAX_INTERRUPTED_SUBJECT_WORDS:
        return False
    if any(w in _FINITE or w.endswith("ed") for w in found) or "," in text[head[0] : head[1]]:
        return False
    third_person = word.endswith("s") and not word.endswith(("ss", "us", "’s", "'s"))
    return verb_like(word) or third_person


_THEN_AT_END = re.compile(r"(,|\band)\s+then\s*$")


def then_coordinated_subject(state: State, s_lo: int, verb_start: int) -> tuple[int, int] | None:
    """``X offered him a job, then says …``: a verb coordinated by ", then" or "and
    then" shares the sentence's subject, as one after "and" does (Quirk et al. 1985,
    13.47); the coordinator is read where "then" begins."""
    link = _THEN_AT_END.search(state.text, max(s_lo, verb_start - _LINK_CHARS), verb_start)
    if link is None:
        return None
    subject = coordinated_subject(state, s_lo, link.end(1))
    if subject is None:
        return None
    between = state.text[subject[1] : link.start()].lower().split()
    if any(w in PASSIVE_AUX for w in between):
        return None  # "X has been studied, then recommended as …": a passive, no speaker
    return subject


_NOT_AN_ADVERB = frozenset(grammar("finite_auxiliary")) | MODALS | frozenset(grammar("negator"))


def adverb_coordinated_subject(state: State, s_lo: int, verb_start: int) -> tuple[int, int] | None:
    """``X praised the nurses and also said B``, ``X rejected the claims, and later said
    B``: a verb of saying coordinated after adverbs alone ("also", "later") shares the
    sentence subject (Quirk et al. 1985, 13.5), as "and said" does. No auxiliary, modal
    or negator is passed over ("but would not say": a refusal)."""
    text = state.text
    start = verb_start
    for w_start, _, word in reversed(words(text, max(s_lo, verb_start - 40), verb_start)):
        low = word.lower()
        if low in _NOT_AN_ADVERB or not (low in SKIPPABLE or is_adverb(word)):
            break
        start = w_start
    if start == verb_start or not text[s_lo:start].rstrip().endswith((" and", " but")):
        return None
    return coordinated_subject(state, s_lo, start)


def coordinated_participle_speaker(
    state: State, s_lo: int, verb_start: int
) -> tuple[int, int] | None:
    """``X went after Y, calling A and accusing B``: a participle coordinated right after
    the content of a participle cue shares that cue's speaker (Quirk et al. 1985, 13.47)."""
    link = _AND_AT_END.search(state.text, max(s_lo, verb_start - _LINK_CHARS), verb_start)
    if link is None:
        return None
    for a in reversed(state.found):
        if a.speaker_start is None or a.cue_start is None or not s_lo <= a.cue_start < a.start:
            continue
        if link.start() - 2 <= a.end <= link.start() + 1:
            k = bisect.bisect_left(state.cue_starts, a.cue_start)
            if k < len(state.cues) and state.cues[k].start == a.cue_start:
                return (a.speaker_start, a.speaker_end) if state.cues[k].participle else None
    return None
