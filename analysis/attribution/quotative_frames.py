"""Quotative verbs: the frames beside a quotation where a verb of manner of speaking or of
reaction reports ("“…,” she barked", "X shot back: “…”"; Levin 1993, 37.3). Elsewhere such
a verb has another sense ("charged with murder", "pressed the button")."""

from __future__ import annotations

import re
from functools import cache

from analysis import lexicons
from analysis.attribution.vocabulary import PREPOSITIONS, SKIPPABLE, alternation

_CLOSE_MARKS = "”\"’'»"
_OPEN_MARKS = "“\"‘'«`"


@cache
def _abbreviations() -> str:
    """Titles and honorifics written with a full stop ("Sen.", "Mr."): a stop inside a
    speaker phrase that ends no sentence."""
    entries = [e for e in lexicons.entries("honorifics") if e.endswith(".")]
    entries += [e for e in lexicons.entries("titles") if e.endswith(".") and " " not in e]
    return "|".join(re.escape(e) for e in sorted(set(entries), key=len, reverse=True))


@cache
def _quotative_frames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two frames where a quotative verb reports (Levin 1993, 37.3: "“…,” she
    barked"): after a quotation's closing mark, with at most a short speaker phrase
    between ("“…,” the senator barked", "“…?” pressed the host"), or before an opening mark
    after a comma, colon or dash, with at most a short adjunct between ("X shot back:
    “…”", "X charged in a statement, “…”"). Neither stretch holds a sentence end or a
    quotation mark; the speaker phrase stays on its line."""
    word = r"(?:(?i:" + _abbreviations() + r")|[A-Z]\.|[^\s“”\"«».;:!?]+)"
    phrase = r"(?:" + word + r"[ \t\u00a0]+){0,8}"
    close = r"(?:[,?!…—–-][ \t]*[" + _CLOSE_MARKS + r"]+|[" + _CLOSE_MARKS + r"]+[ \t]*[,—–-])"
    after = re.compile(close + r"[ \t\u00a0]*" + phrase + r"$")
    # Before the quotation only an adjunct may follow the verb ("barked at reporters:",
    # "charged angrily in a statement,"), never an object ("emailed a link:"), whose
    # noun would be read as the speaker.
    opener = r"(?:" + alternation(PREPOSITIONS | SKIPPABLE) + r"|[a-z]+ly)\b"
    inner = r"(?:[ \t\u00a0]+" + opener + r"(?:[ \t\u00a0]+[^\s“”\"«».;:!?]+){0,7})?"
    before = re.compile(inner + r"[ \t\u00a0]*[,:—–][ \t\u00a0]*\n?[ \t]*[" + _OPEN_MARKS + r"]")
    return after, before


def beside_quotation(text: str, start: int, end: int) -> bool:
    """Is the verb at text[start:end] in a quotative frame (:func:`_quotative_frames`)?"""
    after, before = _quotative_frames()
    return bool(after.search(text, max(0, start - 160), start)) or bool(
        before.match(text, end, min(len(text), end + 160))
    )
