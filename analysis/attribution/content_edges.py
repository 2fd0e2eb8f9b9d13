"""Edges of an indirect attribution's content: where it starts past an aside after the
cue, and where it ends before an aside or a predicate that is the writer's, not the
source's (split off ``content``; PARC 3.0 content spans, Pareti 2015)."""

from __future__ import annotations

import re

from analysis import lexicons
from analysis.attribution.cues import QUOTE_CHARS
from analysis.attribution.phrases import strip_span, word_count, words
from analysis.attribution.state import State
from analysis.attribution.vocabulary import DETERMINERS, grammar

_FIRST_PERSON = frozenset(
    r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "first_person"
)
_ASIDE_LINKS = frozenset(grammar("aside_link"))
_ASIDE_WORDS = 12  # the link and the first-person subject are a few words apart


def before_first_person_aside(state: State, lo: int, hi: int) -> int:
    """``The report claims the screen will stay small, although given its source, we would
    not rule out …``: reported speech keeps the source's person, so an unquoted "I" or
    "we" after a linking comma, in content with no first person before it, is the
    author's aside (Quirk et al. 1985, 14.31 on person in indirect speech)."""
    text = state.text
    found = words(text, lo, hi)
    for k, (start, _, word) in enumerate(found):
        if word.lower() in _FIRST_PERSON or word in QUOTE_CHARS:
            return hi  # ("we" of the source itself, or a quotation: the content is theirs)
        if word != "," or k + 1 >= len(found) or found[k + 1][2].lower() not in _ASIDE_LINKS:
            continue
        rest = found[k + 2 : k + 2 + _ASIDE_WORDS]
        if any(w in QUOTE_CHARS for _, _, w in rest):
            return hi
        if k >= 4 and any(w.lower() in _FIRST_PERSON for _, _, w in rest):
            return start
    return hi


# "… and hammered Bevin", "… and launched a program": a past form after "and", then the
# start of its object (a determiner, a pronoun or a capitalised word or number).
_AND_PAST_PREDICATE = re.compile(
    r"\s+and\s+(?:(?:then|later|also|quickly)\s+)?[a-z]+ed\s+(?=(?:"
    + "|".join(sorted((DETERMINERS | set(grammar("object_pronoun"))) - {"no"}))
    + r")\b|[A-Z0-9])"
)


def before_second_past_predicate(state: State, lo: int, hi: int) -> int:
    """``X promised to defend the pensions and attacked Y on …``, ``X admitted to the
    fault and started a repair plan``: content that opens with "to" is non-finite (an
    infinitive or a "to" phrase), so a past form after "and" cannot continue it; it is a
    second predicate of the subject (Quirk et al. 1985, 13.43 on coordinated predicates)
    and the content ends before it."""
    text = state.text
    lo = strip_span(text, lo, hi)[0]
    if text[lo : lo + 3] != "to ":
        return hi
    found = _AND_PAST_PREDICATE.search(text, lo, hi)
    if found is None or state.has_quotation(lo, found.end()):
        return hi
    return found.start()


_DASH = re.compile(r"\s*(?:[—–]|--)\s*")


def past_dashed_aside(text: str, lo: int, hi: int) -> int | None:
    """``said — in a radio interview, of all places — that …``: a dash right after the cue opens an
    aside, and what was said starts after the dash that closes it. A dash that nothing
    closes ends the cue's clause ("the visual quality the firm promised – it's clear
    that …"): what follows is the author's, and nothing after the cue is content (None). Quirk et al. 1985, III.12-16
    on dashes."""
    opening = _DASH.match(text, lo, hi)
    if opening is None:
        return lo
    closing = _DASH.search(text, opening.end(), hi)
    if closing is None or word_count(text, closing.end(), hi) < 2:
        return None
    return closing.end()


# "According to the survey, released in a bulletin, the farmer …": a past participle phrase
# between commas after the source, with no finite verb in it.
_SOURCE_PARTICIPLE = re.compile(r"[a-z]+ed\b[^,;:“”\"]{0,80}?,\s+")
_FINITE = frozenset(grammar("finite_auxiliary"))


def past_source_participle(text: str, lo: int, hi: int) -> int:
    """``According to the survey, released in a bulletin, clause``: a reduced relative
    clause after the source's comma postmodifies the source (Quirk et al. 1985, 17.30);
    what was said starts after its closing comma. Returns where the content starts."""
    start = strip_span(text, lo, hi)[0]
    if not text[:start].rstrip().endswith(","):
        return lo
    found = _SOURCE_PARTICIPLE.match(text, start, hi)
    if found is None or any(w.lower() in _FINITE for _, _, w in words(text, start, found.end())):
        return lo
    return found.end() if word_count(text, found.end(), hi) >= 3 else lo


_BRACKETS = {"(": ")", "[": "]"}
_CLOSERS = {v: k for k, v in _BRACKETS.items()}


def before_unmatched_bracket(text: str, lo: int, hi: int) -> int:
    """``the rule (which the mayor said would cut costs) was passed``: a closing bracket
    with no opening one inside the content closes an aside the cue stands in, so the
    content ends there."""
    depth = {opener: 0 for opener in _BRACKETS}
    for k in range(lo, hi):
        ch = text[k]
        if ch in _BRACKETS:
            depth[ch] += 1
        elif ch in _CLOSERS:
            opener = _CLOSERS[ch]
            if depth[opener] == 0:
                return k
            depth[opener] -= 1
    return hi
