"""A poll's finding framed by a leading ``In``: ``In a Ledger poll released Monday, Ruiz
held a 10-point lead.``

A survey reports what it found, and a sentence may name it as the frame of the finding
with a locative adjunct instead of a reporting verb ("In a new poll, …" is read as
"according to a new poll, …"; PARC 3.0 annotates the poll as the source, Pareti 2015,
ch. 3; Quirk et al. 1985, 8.79 on viewpoint adjuncts). The frame is read only when the
adjunct opens its sentence, its head is a noun of surveys (``survey_noun`` in
``attribution_grammar.tsv``), none of its words names an election instead (Indian and
British English call elections "polls": ``election_poll_word``), and the clause after its
comma states a figure or a standing ("42 percent", "a 10-point lead", "trails", "ahead").
"""

from __future__ import annotations

import re

from analysis.attribution import vocabulary as v
from analysis.attribution.phrases import strip_span, word_count
from analysis.attribution.state import Attribution, State

# The adjunct: "In" and a noun phrase of a few words up to its comma.
_MAX_ADJUNCT_CHARS = 120
_MIN_FINDING_WORDS = 4
_LEADING_IN = re.compile(r"(?:[“\"(]\s*)?In\s+")


def _words(category: str) -> frozenset[str]:
    return frozenset(w.lower() for w in v.grammar(category))


_SURVEY_NOUNS = _words("survey_noun")
_ELECTION_WORDS = _words("election_poll_word")
_STANDING = _words("survey_standing")
_FIGURE = re.compile(r"\d|%")
_WORD = re.compile(r"[\w’'-]+")


def find_survey_frames(state: State) -> None:
    """Add a row for each sentence that opens with a survey as its frame (the pass after
    the nested one): the survey is the source, the clause after the comma the content."""
    text = state.text
    for s_lo, s_hi in state.layout.sent_bounds:
        opener = _LEADING_IN.match(text, s_lo, s_hi)
        if opener is None:
            continue
        comma = text.find(",", opener.end(), min(s_hi, opener.end() + _MAX_ADJUNCT_CHARS))
        if comma < 0 or not _names_a_survey(text, opener.end(), comma):
            continue
        content = _finding(text, _past_set_off(text, comma, s_hi), s_hi)
        if content is None or state.is_claimed(opener.start(), s_hi):
            continue
        cue_start = opener.end() - len(text[opener.start() : opener.end()].lstrip('“"( '))
        speaker = strip_span(text, opener.end(), comma)
        kind = state.quoted_kind(*content)
        state.add(Attribution(*content, kind, [content], cue_start, cue_start + 2, *speaker), None)


def _past_set_off(text: str, comma: int, s_hi: int) -> int:
    """Where the finding starts after the survey's comma: past a participle postmodifier
    the commas set off ("the latest poll, conducted in May, …") or a conjunct ("a new
    poll, however, …"); the survey's mention ends at its noun, the first comma."""
    following = _WORD.search(text, comma + 1, min(s_hi, comma + 40))
    if following is None or text[comma + 1 : following.start()].strip():
        return comma + 1
    second = text.find(",", following.end(), min(s_hi, following.end() + 60))
    word = following.group()
    if second < 0:
        return comma + 1
    if word.islower() and word.endswith("ed") and word_count(text, following.start(), second) <= 6:
        return second + 1
    if word.lower() in v.OPENERS and second == following.end():
        return second + 1
    return comma + 1


def _names_a_survey(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] a noun phrase of a survey ("a Ledger poll released Monday", "the
    latest surveys") and not of an election ("the assembly polls")?"""
    found = [w.lower() for w in _WORD.findall(text, lo, hi)]
    if not found or len(found) > 14 or not any(w in _SURVEY_NOUNS for w in found):
        return False
    return not any(w in _ELECTION_WORDS for w in found)


def _finding(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The clause after the adjunct's comma, when it states a figure or a standing."""
    content = strip_span(text, lo, hi)
    if word_count(text, *content) < _MIN_FINDING_WORDS:
        return None
    stretch = text[content[0] : content[1]]
    if _FIGURE.search(stretch) is None and not any(
        w.lower() in _STANDING for w in _WORD.findall(stretch)
    ):
        return None
    return content
