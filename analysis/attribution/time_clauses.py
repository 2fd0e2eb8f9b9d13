"""A clause of time with a report of its own: ``X praised A as she urged B``.

"As" before a subject whose verb is one of saying opens an adverbial clause of time
(Quirk et al. 1985, 15.25): a second attribution, so the first content ends before it
(PARC 3.0, Pareti 2015: each source-cue-content triple is an attribution of its own).
"""

from __future__ import annotations

import re

from analysis import lexicons
from analysis.attribution.cues import Cue
from analysis.attribution.phrases import words
from analysis.attribution.vocabulary import PRONOUNS

# "as" opening a clause of time with its own subject and cue (Quirk et al. 1985, 15.25),
# not the second "as" of a comparison ("as much as", "as well as", "the same as"), nor a
# comment clause after a comma or dash (", as he later explained, …").
_AS_BEFORE = re.compile(
    r"(?<=[\w”\"’])(?<!\bas)(?<!\bwell)(?<!\bmuch)(?<!\bsoon)(?<!\blong)(?<!\bsame)(?<!\bsuch)"
    r"(?:\s+even)?\s+as\s+$"
)


def as_clause(text: str, lo: int, subject: tuple[int, int], cue: Cue) -> re.Match | None:
    """``… praised the plan as she urged voters to …``: "as" before a pronoun or a name
    whose verb is one of saying opens a clause of time with its own report (Quirk et al.
    1985, 15.25); a verb of wanting ("as it sought a listing") stays in the content."""
    mention = text[subject[0] : subject[1]]
    if not (mention.lower() in PRONOUNS or mention[:1].isupper()):
        return None
    if cue.text_form.split(" ", 1)[0] not in lexicons.reporting_forms():
        return None
    found = _AS_BEFORE.search(text, max(lo, subject[0] - 16), subject[0])
    before = words(text, max(lo, subject[0] - 40), subject[0])[-4:-1]
    if found is not None and any(w.lower() == "as" for _, _, w in before):
        return None  # "as strong as she claimed": the second "as" of a comparison
    return found
