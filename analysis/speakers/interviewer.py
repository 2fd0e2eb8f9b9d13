"""The interviewer a question label ("Q:") stands for, when the lead names one: the
person who "spoke with", "talked to" or "interviewed" the guest ("Tom Hale spoke with
Ana Ruiz …"). A lead that names no asker ("We spoke with …") leaves the label
unresolved: the outlet asks.

The interview phrases are those of ``transcript_labels.tsv`` (role interview_phrase)
that a subject opens; a subject before them is the one asking (Quirk et al. 1985, 10.6:
the subject of a verb of speaking is its speaker).
"""

from __future__ import annotations

import re
from functools import cache

from analysis import lexicons
from analysis.speakers.entities import Entities


@cache
def question_labels() -> frozenset[str]:
    """Labels of an interviewer's turn ("q", "question", "interviewer"), lower case."""
    return frozenset(
        r["entry"] for r in lexicons.rows("transcript_labels") if r["role"] == "question"
    )


@cache
def _asking_phrases() -> re.Pattern[str]:
    """Interview verbs a subject opens ("spoke with", "interviewed"; role asking_verb),
    not the noun phrases ("interview with", "Q&A with") that name only the guest."""
    verbs = [r["entry"] for r in lexicons.rows("transcript_labels") if r["role"] == "asking_verb"]
    words = "|".join(re.escape(p) for p in sorted(verbs, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\s+(?:{words})\b", re.IGNORECASE)


# an appositive set off by commas right after a name: ", a reporter for the Ledger,"
_APPOSITIVE = re.compile(r"\s*,[^,.;:?!\n]{1,80},")


def interviewer(result: Entities, lead_end: int) -> int | None:
    """The one person named as the subject of an interview verb before ``lead_end`` (the
    first question label): "Tom Hale spoke with …" -> Tom Hale; None when there is none
    or more than one."""
    text = result.text
    found = set()
    for m in result.mentions:
        if m.start >= lead_end:
            break
        if result.kind_of.get(m.entity) != "person" or m.form != "name":
            continue
        # "Tom Hale, a reporter for the Ledger, spoke with …": an appositive may stand
        # between the subject and its verb (Quirk et al. 1985, 17.65)
        aside = _APPOSITIVE.match(text, m.end)
        after = aside.end() if aside is not None else m.end
        if _asking_phrases().match(text, after) is not None:
            found.add(m.entity)
    return found.pop() if len(found) == 1 else None
