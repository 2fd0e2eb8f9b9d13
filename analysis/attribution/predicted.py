"""Utterances the writer predicts or imagines: ``voters will simply shrug and shout,
“Enough!”``, ``fans would boo and yell, “…”``.

A verb of saying in its base form after a modal of prediction or possibility, alone
("will say") or at the end of a chain of predicates coordinated after the modal ("will
shrug and shout"), tells what someone would say, not what anyone said (Quirk et al.
1985, 4.49-4.58 on modal prediction; 13.41-13.47 on coordinated predicates sharing one
auxiliary). Such a row is doubtful: a reader should check it before counting it.
"""

from __future__ import annotations

import re

from analysis.attribution.cues import QUOTE_CHARS, cue_lexicon
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import RELATIVE_PRONOUNS, SUBORDINATORS, grammar

_MODALS = frozenset(grammar("prediction_modal"))
_GAP = frozenset(grammar("modal_gap_word"))
# Words that open another clause: the modal before them is not the cue's.
_CLAUSE_BREAKERS = SUBORDINATORS | RELATIVE_PRONOUNS | {"that", "whether"}
# How many words the coordinated predicates between the modal and the cue may take.
MAX_CHAIN_WORDS = 14
_WORD = re.compile(r"[a-z’']+|[,;:.!?()]|[" + re.escape(QUOTE_CHARS) + r"]")


def predicted_utterance(text: str, a: Attribution) -> bool:
    """Is the cue of ``a`` a base-form verb under a modal of prediction, alone ("will
    say") or after predicates coordinated with it ("will simply shrug and shout")?"""
    if a.cue_start is None or a.cue_end is None:
        return False
    form = " ".join(text[a.cue_start : a.cue_end].lower().split())
    entry = cue_lexicon().get(form)
    if entry is None or entry[1] != "verb" or entry[0] != form:
        return False  # only a base form follows a modal ("will shout", not "shouted")
    found = _WORD.findall(text[max(0, a.cue_start - 120) : a.cue_start].lower())
    if not found:
        return False
    if _habitual(found):
        return False  # "When the editors would ask him …": a past habit, said each time
    if _ends_in_modal(found):
        return True  # "will say", "would simply tell"
    if found[-1] not in ("and", "or"):
        return False
    for k in range(len(found) - 2, max(-1, len(found) - 2 - MAX_CHAIN_WORDS), -1):
        word = found[k]
        if word in _MODALS or word.endswith(("’ll", "'ll")):
            return k + 1 < len(found) - 1  # a predicate between the modal and "and"
        if word in _CLAUSE_BREAKERS or word in QUOTE_CHARS or word in (";", ":", ".", "!", "?"):
            return False
    return False


def _ends_in_modal(words: list[str]) -> bool:
    """Do the words end in a modal and then only gap words ("will", "may still")?"""
    for word in reversed(words):
        if word in _MODALS or word.endswith(("’ll", "'ll")):
            return True
        if word not in _GAP and not word.endswith("ly"):
            return False  # ("will angrily dismiss": a manner adverb between)
    return False


_HABIT_OPENERS = frozenset({"when", "whenever"})


def _habitual(words: list[str]) -> bool:
    """Does the cue's clause open with "when" or "whenever" before a "would" ("When his
    editors would ask …")? Then "would" tells a past habit (Quirk et al. 1985, 4.55)."""
    for word in reversed(words):
        if word in (";", ":", ".", "!", "?") or word in QUOTE_CHARS:
            return False
        if word in _HABIT_OPENERS:
            return "would" in words[len(words) - 1 - words[::-1].index(word) :]
    return False
