"""The source of a belief reported by someone else: ``X said he believes “…”``.

When a verb of belief ("believes", "thinks") whose subject is a personal pronoun opens
the content of a verb of saying ("X said (that) he believes “…”", "X told Y that she
thinks “…”"), the quotation reaches the reader through X's report: X is its source
(PARC 3.0 nests the belief inside X's statement and takes X as the quotation's source,
Pareti 2015; Quirk et al. 1985, 16.31 on verbs of belief).
"""

from __future__ import annotations

import bisect
from functools import cache

from analysis import lexicons
from analysis.attribution.cues import Cue
from analysis.attribution.state import State
from analysis.attribution.vocabulary import ADDRESSEE_VERBS

# "told NPR correspondent Ana Ruiz that": an addressee of a few words before "that".
_MAX_ADDRESSEE_WORDS = 6


@cache
def _classes() -> dict[str, str]:
    return {r["lemma"]: r["class"] for r in lexicons.rows("cue_classes")}


@cache
def _third_person_subjects() -> frozenset[str]:
    return frozenset(
        r["entry"]
        for r in lexicons.rows("pronouns")
        if r["case"] == "subject" and r["gender"] != "neuter"
    )


def outer_report(state: State, s_lo: int, cue: Cue, speaker: tuple[int, int]) -> int | None:
    """The index of the verb of saying whose content the belief cue ``cue`` (with the
    pronoun subject ``speaker``) opens, if any: its subject is the quotation's source."""
    text = state.text
    if _classes().get(cue.lemma) != "cognition" or cue.participle:
        return None
    if text[speaker[0] : speaker[1]].lower() not in _third_person_subjects():
        return None
    k = bisect.bisect_right(state.cue_starts, speaker[0]) - 1
    if k < 0 or state.cues[k].end > speaker[0] or state.cues[k].start < s_lo:
        return None
    outer = state.cues[k]
    if outer.kind != "verb" or _classes().get(outer.lemma, "statement") != "statement":
        return None
    between = text[outer.end : speaker[0]].split()
    if between in ([], ["that"]):
        return k
    if (
        between[-1] == "that"
        and outer.lemma in ADDRESSEE_VERBS
        and len(between) <= _MAX_ADDRESSEE_WORDS + 1
        and not any(w.endswith((",", ".", ";", ":")) for w in between)
    ):
        return k
    return None
