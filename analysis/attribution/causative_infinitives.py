"""A cue in an infinitive under a verb of causing or permitting: ``allowed X to claim``.

``The new rule allowed the mayor to claim that taxes fell``: after a verb of causing or
permitting, the object is the subject of the to-infinitive (Quirk et al. 1985,
16.52-16.53, object + to-infinitive), and the verbs of ``attribution_grammar.tsv``
category ``causative``, in their past forms ("allowed", "forced", "prompted", "led"),
report that the act took place. So the object is the source of the plain verb of saying
in the infinitive. A present or bare form ("the rule allows firms to claim", "did allow
firms to propose") grants a permission that may never have been used, and a verb of
asking or urging ("urged X to say") asks for what may never have been said: neither is
read.
"""

from __future__ import annotations

import re

from analysis.attribution.cues import Cue
from analysis.attribution.phrases import speaker_after, words
from analysis.attribution.trailing import saying
from analysis.attribution.vocabulary import alternation, grammar, source_heads

# The object between the verb and "to" is a short noun phrase ("the city's new mayor").
MAX_CAUSEE_WORDS = 6
_CAUSATIVE_THEN_TO = re.compile(
    r"\b" + alternation(grammar("causative")) + r"\s+(?P<causee>[^,;:()\"“”]+?)\s+to\s+$"
)


def causee_subject(text: str, s_lo: int, cue: Cue) -> tuple[int, int] | None:
    """The object of a verb of causing or permitting right before ``to CUE`` ("allowed
    the mayor to claim"), when it is a whole noun phrase naming a person or body; None
    otherwise."""
    if not saying(cue) or cue.participle:
        return None
    found = _CAUSATIVE_THEN_TO.search(text, max(s_lo, cue.start - 80), cue.start)
    if found is None:
        return None
    lo, hi = found.span("causee")
    phrase = words(text, lo, hi)
    if not phrase or len(phrase) > MAX_CAUSEE_WORDS:
        return None
    causee = speaker_after(text, lo, hi, name_ends=True)
    if causee is None or causee != (lo, hi):
        return None  # "allowed prices in the north to …": no whole noun phrase of people
    head = phrase[-1][2]
    if not (head[:1].isupper() or head.lower() in source_heads()):
        return None  # "forced the change to …": a thing says nothing
    return causee
