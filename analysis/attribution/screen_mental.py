"""A doubtful row whose cue narrates a mental state ("Ruiz thought voters would forgive
her", "They knew the vote was lost", "She wondered whether to run") reports no words: the
writer tells what a person thought, knew, felt or hoped, which issue 10 counts as no
attribution (a perception or a thought is not a statement; Levin 1993, 29.5 and 31.2:
verbs of conjecture and of psychological state report no utterance).

Only rows the screen already doubts are dropped: a stated belief with its source named and
"that" ("The agency believes that …") is rated up before this rule and stays. The forms are
``narrated_mental_state`` rows of ``attribution_grammar.tsv``: past and progressive forms,
and "know(s)", which narrate; the present "believes", "thinks", "worries", "expects" of a
named source more often report a position it stated, and are not listed."""

from __future__ import annotations

from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import grammar

_MENTAL_FORMS = frozenset(grammar("narrated_mental_state"))


def narrated_mental_state(text: str, a: Attribution) -> bool:
    """Whether the cue of ``a`` is a narrated thought, feeling or piece of knowledge."""
    if a.cue_start is None or a.cue_end is None:
        return False
    return text[a.cue_start : a.cue_end].lower() in _MENTAL_FORMS
