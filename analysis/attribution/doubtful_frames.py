"""Rows a reader should check although a cue and a source are there: a predicted
utterance (:mod:`analysis.attribution.predicted`) and a quotation that is only the name
of the thing an act is about.

``The governor is defending the launch of a campaign with the slogan “Clean Air Now.”``:
"defend" is speech only with a clause or a quotation of what was said (Austin 1962;
``act`` in ``cue_classes.tsv``), and a quotation after a label noun ("the slogan", "the
hashtag", "the headline") names a slogan or a title (Quirk et al. 1985, 17.69-17.73 on
appositive names), not the source's words.
"""

from __future__ import annotations

import re

from analysis.attribution.predicted import predicted_utterance
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import grammar
from analysis.core.quotemarks import DOUBLE_MARKS

_LABEL_NOUNS = frozenset(grammar("label_noun"))
# The words right before a quotation: "the slogan “…”", "its tagline, “…”".
_BEFORE_QUOTATION = re.compile(r"([a-z]+)[,:]?\s*$")
_OPENING = re.compile("[" + re.escape(DOUBLE_MARKS) + "]")


def doubtful(text: str, a: Attribution, cue_class: str) -> bool:
    """Should ``a`` be flagged: a predicted utterance or a named slogan only?"""
    return predicted_utterance(text, a) or named_quotation(text, a, cue_class)


def named_quotation(text: str, a: Attribution, cue_class: str) -> bool:
    """Is every quotation of the mixed content of an act ("defending the launch …") the
    name after a label noun ("with the slogan “…”")?"""
    if a.kind != "mixed" or cue_class != "act":
        return False
    content = text[a.start : a.end]
    opened = [m.start() for k, m in enumerate(_OPENING.finditer(content)) if k % 2 == 0]
    if not opened:
        return False
    for at in opened:
        before = _BEFORE_QUOTATION.search(content[max(0, at - 30) : at].lower())
        if before is None or before.group(1) not in _LABEL_NOUNS:
            return False
    return True
