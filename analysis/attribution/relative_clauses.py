"""Relative clauses around a cue's subject: where the verb group before a cue starts
after a closed relative aside, where a cue inside a relative clause stops reporting, and
the "who" a verb coordinated inside a relative clause takes as its subject (Quirk et al.
1985, 17.8 on restrictive, 17.22 on non-restrictive relative clauses). Moved out of
:mod:`analysis.attribution.subjects`, which re-exports these names.
"""

from __future__ import annotations

import re

from analysis.attribution.phrases import is_adverb, noun_phrase_before, speaker_before, words
from analysis.attribution.state import State
from analysis.attribution.time_adjuncts import aside_before_time
from analysis.attribution.vocabulary import (
    MODALS,
    PASSIVE_AUX,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SKIPPABLE,
    grammar,
)

# The auxiliaries that open a verb group: "has", "had", "did", "will", "would", …
_AUXILIARIES = (frozenset(grammar("finite_auxiliary")) - PASSIVE_AUX) | MODALS


# A non-restrictive relative clause closed by its comma right before the verb group.
_CLOSED_RELATIVE = re.compile(r",\s+who\s+[^,;:]+,$")


def auxiliaries_start(text: str, lo: int, cue_start: int) -> int:
    """Where the auxiliaries and adverbs right before a cue begin ("has said", "had also
    said"): ``X, who …, has said`` closes its appositive or relative clause at the comma
    before them, as ``X, who …, said`` does before the verb, and ``X … and has said``
    coordinates its predicate (Quirk et al. 1985, 3.30 and 13.5). ``X, who …, last week
    said`` closes it at the comma before the time adjunct."""
    after_aside = aside_before_time(text, lo, cue_start)
    if after_aside is not None:
        return after_aside
    start, auxiliary = cue_start, None
    for w_start, _, word in reversed(words(text, max(lo, cue_start - 40), cue_start)):
        if word.lower() not in SKIPPABLE and not is_adverb(word):
            break
        start = w_start
        if word.lower() in _AUXILIARIES:
            auxiliary = w_start
    # Adverbs alone do not move it ("…, then recommended as …" may be a passive), nor a
    # modal after "and"/"but" ("… but would say nothing": a refusal inside a clause).
    before = text[lo:start].rstrip()
    if auxiliary is None and start < cue_start and _CLOSED_RELATIVE.search(before):
        return start  # "X, who had a long career there, also said": the aside is closed
    if auxiliary is None or (
        not before.endswith((",", "—", "–", "--"))
        and text[auxiliary : auxiliary + 6].split()[0].lower() in MODALS
    ):
        return cue_start
    return start


# ", a farmer" right before "who": an indefinite appositive noun phrase (Quirk 17.65)
_APPOSITIVE_HEAD = re.compile(r",\s+(?:a|an)\s+[^\W\d][^,;:()“”\"]{0,60}$")


def relative_clause_end(
    state: State, c: int, speaker: tuple[int, int], s_lo: int, s_hi: int
) -> int:
    """``A neighbour who asked not to be named said …``: a cue whose subject is the "who"
    of a restrictive relative clause inside the subject of a later verb of its sentence
    (Quirk et al. 1985, 17.8) reports only up to that verb: the relative clause ends
    there. Returns where its sentence stretch ends."""
    text = state.text
    if text[speaker[0] : speaker[1]].lower() not in RELATIVE_PRONOUNS:
        return s_hi
    if text[max(s_lo, speaker[0] - 3) : speaker[0]].strip(" ") in {",", "—", "–", "("}:
        return s_hi  # "A neighbour, who …, said": the appositive readings see to it
    before = text[s_lo : speaker[0]].rstrip()
    if before.endswith(",") or _APPOSITIVE_HEAD.search(before):
        # "Ana Ruiz, who backed Kim, said …"; "A source, a farmer who feared reprisals,
        # said …": the relative clause on an appositive closes with the appositive
        aside_end = _aside_end(state, c, s_hi)
        if aside_end < s_hi:
            return aside_end
    for k in state.cues_between(state.cues[c].end, s_hi):
        later = state.cues[k]
        if later.kind != "verb" or later.participle:
            continue
        if later.text_form.split()[0] == later.lemma.split()[0]:
            continue  # a bare form may be a noun ("the television show"): only "said", "told"
        verb_start = auxiliaries_start(text, s_lo, later.start)
        own = noun_phrase_before(text, s_lo, verb_start)
        if own is not None and text[own[0] : own[1]].lower() in PRONOUNS:
            continue  # "who said she saw …": the later verb has its own subject
        subject = speaker_before(text, s_lo, verb_start)
        if (
            subject is not None
            and subject[0] < speaker[0]
            and not text[subject[1] : speaker[0]].strip()
        ):
            return later.start  # the later verb's subject is the relative clause's head
    return s_hi


def _aside_end(state: State, c: int, s_hi: int) -> int:
    """``Ana Ruiz, who has long backed Kim, said Wednesday …``: a non-restrictive relative
    clause closes at the comma right before the main clause's verb (Quirk et al. 1985,
    17.22), so a cue inside it reports only up to that comma; the later verb is a
    reporting verb with nothing between the comma and its verb group. Returns where the
    cue's stretch ends (``s_hi`` when no such verb follows)."""
    text = state.text
    for k in state.cues_between(state.cues[c].end, s_hi):
        later = state.cues[k]
        if later.kind != "verb" or later.participle:
            continue
        # (a bare form, "say", may be a noun elsewhere; right after the comma it is a verb)
        verb_start = auxiliaries_start(text, state.cues[c].end, later.start)
        before = text[state.cues[c].end : verb_start].rstrip()
        if before.endswith(",") and state.quotation_at(verb_start) is None:
            return state.cues[c].end + len(before) - 1
    return s_hi


_RELATIVE_OPENING = re.compile(r",\s+(?P<who>who)\s+[^,;:]+$")


def relative_subject(state: State, lo: int, cue_start: int) -> tuple[int, int] | None:
    """``Tom met Ana Ruiz, who answered her door and said …``: a verb coordinated inside
    a non-restrictive relative clause shares the relative pronoun as its subject (Quirk
    et al. 1985, 17.22), not the sentence's subject."""
    before = state.text[lo:cue_start].rstrip()
    if not before.endswith((" and", " but")):
        return None
    match = _RELATIVE_OPENING.search(state.text, max(lo, cue_start - 200), cue_start)
    return match.span("who") if match else None
