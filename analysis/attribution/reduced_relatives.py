"""A participle cue that is a reduced relative clause, not a verb of its own.

``Two people briefed on the merger said …`` and ``His group, called the River Fund,
will own …``: an "-ed" or "-ing" cue right after a noun, inside the subject of a later
verb or between commas before the predicate, postmodifies that noun (a reduced relative
clause, Quirk et al. 1985, 17.30). Moved out of :mod:`~analysis.attribution.indirect`,
which reads every other cue.
"""

from __future__ import annotations

from analysis.attribution import vocabulary as v
from analysis.attribution.phrases import first_word, speaker_before, words
from analysis.attribution.screen import cue_classes
from analysis.attribution.state import State


def naming_appositive(state: State, c: int, s_hi: int) -> bool:
    """``His group, called the River Fund, will own …``: a naming participle between
    commas, its name closed by a comma and a predicate going on after it, is a reduced
    relative clause on the noun before (Quirk et al. 1985, 17.30), not a verb of its own."""
    text, cue = state.text, state.cues[c]
    if cue_classes().get(cue.lemma) != "naming" or not cue.text_form.endswith("ed"):
        return False
    if not text[max(0, cue.start - 3) : cue.start].rstrip().endswith(","):
        return False
    comma = text.find(",", cue.end, s_hi)
    if comma < 0 or state.has_quotation(cue.end, comma + 1):
        return False  # ("called the law “much, much better”": a quoted label, no name)
    name = text[cue.end : comma].strip()
    after = words(text, comma + 1, s_hi)[:1]
    if not after or not (name[:1].isupper() or name[:4] == "the "):
        return False
    return after[0][2].islower() and after[0][2] not in v.NOT_A_PREDICATE


def postmodifies_a_subject(state: State, c: int, s_hi: int) -> bool:
    """``Two people briefed on the merger said …``: an "-ed" or "-ing" cue inside the
    subject of a later cue of its sentence is a participle postmodifying that subject's
    head (a reduced relative, Quirk et al. 1985, 17.30), not a verb of its own."""
    text, cue = state.text, state.cues[c]
    if cue.kind != "verb" or not cue.text_form.endswith(("ed", "ing")):
        return False
    after, before = first_word(text, cue.end + 1), words(text, max(0, cue.start - 40), cue.start)
    if after is None or after.group() not in v.PREPOSITIONS - {"to"} or not before:
        return False  # "The lawyer defended tenants …": a verb with its object, no postmodifier
    head = before[-1][2]
    if not (head[:1].isupper() or head.lower() in v.source_heads()):
        return False  # the participle must follow the head noun ("people briefed on")
    s_lo = state.layout.sent_bounds[state.layout.sentence_at(cue.start)][0]
    for k in state.cues_between(cue.end, s_hi):
        later = state.cues[k]
        if later.kind == "verb" and not later.participle:
            subject = speaker_before(text, s_lo, later.start)
            return subject is not None and subject[0] < cue.start and subject[1] >= cue.end
    return False
