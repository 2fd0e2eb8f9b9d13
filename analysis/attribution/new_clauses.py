"""Where a second clause with a report of its own opens inside a content.

``X praised A as she urged B``: "as" before a subject whose verb is one of saying opens
an adverbial clause of time (Quirk et al. 1985, 15.25); ``X says A, but it didn't say
B``: a coordinated clause whose subject comes before a negated "do". Each is a second
attribution, so the first content ends before it (PARC 3.0, Pareti 2015: each
source-cue-content triple is an attribution of its own).
"""

from __future__ import annotations

import re

from analysis import lexicons
from analysis.attribution.cues import Cue
from analysis.attribution.phrases import speaker_before, word_count, words
from analysis.attribution.time_adjuncts import time_adjunct_before
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


# "didn't", "doesn’t": a negated "do" is read as a word of its own before the cue.
_DO_NEGATION = re.compile(r"(?:did|does|do)n[’']t", re.IGNORECASE)
_COORDINATED_CLAUSE = re.compile(r",?\s+(?:and|but)\s+$")


def before_negated_clause(text: str, lo: int, negation_start: int, hi: int) -> int:
    """``The firm says A, but it didn't say B``: "and"/"but" before a subject and a
    negated "do" (read as one word before the cue) opens a clause of its own; the
    content ends before the coordinator. Without a coordinator the subject may be the
    content's own after a fronted adjunct ("that despite X, he didn't think …")."""
    subject = speaker_before(text, lo, negation_start)
    if subject is None:
        return hi
    link = _COORDINATED_CLAUSE.search(text, max(lo, subject[0] - 12), subject[0])
    if link is None or word_count(text, lo, link.start()) < 2:
        return hi
    return link.start()


def do_negation(text: str, span: tuple[int, int]) -> bool:
    """Is text[span] one negated "do" ("didn't", "doesn’t")?"""
    return _DO_NEGATION.fullmatch(text, *span) is not None


# ", but (late) on Monday she …": a coordinator, then a time adjunct before the subject.
_LINK_BEFORE_TIME = re.compile(
    r"(?:[,;]\s*(?:and|but|while)|\s(?:while|but))(?:\s+(?:late|early|later))?\s*$"
)


def clause_after_time(text: str, lo: int, subject: tuple[int, int], cue: Cue) -> re.Match | None:
    """``X defended A, but on Monday she said B``: a coordinated clause opening with a time
    adjunct before its own subject and verb of saying (Quirk et al. 1985, 8.83 on
    fronted adjuncts of time) reports on its own; the match starts at the coordinator."""
    if cue.text_form.split(" ", 1)[0] not in lexicons.reporting_forms():
        return None
    adjunct = time_adjunct_before(text, max(lo, subject[0] - 40), subject[0])
    if adjunct is None or adjunct.group().rstrip().endswith(","):
        return None  # ", but on Monday, she …" is read by the comma rule
    return _LINK_BEFORE_TIME.search(text, max(lo, adjunct.start() - 16), adjunct.start())
