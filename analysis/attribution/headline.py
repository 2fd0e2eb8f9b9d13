"""Pass 3, headline attributions: ``Content: Speaker``, ``Speaker: content`` and title case.

Short paragraphs (headings, the first line) attribute without a reporting verb: a colon
between a short name and a statement, or a capitalised cue verb in a title-case headline
("Senator Endorses Mayor"). Headline grammar after Mårdh 1980, *Headlinese*.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.attribution import vocabulary as v
from analysis.attribution.cues import Cue, agrees, cue_lexicon, title_cue_pattern
from analysis.attribution.phrases import (
    is_capitalised,
    speaker_after,
    speaker_before,
    strip_span,
    word_count,
)
from analysis.attribution.state import Attribution, State
from analysis.core.datelines import dateline_end

# Longest paragraph, in words, read as a headline.
MAX_HEADLINE_WORDS = 30
_URL = re.compile(r"\s*(?:https?://|www\.)|\S+\.(?:com|org|net)\b", re.I)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@cache
def _section_labels() -> frozenset[str]:
    """Web page section labels ("Opinion", "Watch", "Up next"): never a speaker."""
    return frozenset(v.grammar("section_label"))


@cache
def _object_openers() -> frozenset[str]:
    """Determiners and object pronouns, which follow an imperative verb ("Visit the")."""
    return v.DETERMINERS | frozenset(v.grammar("object_pronoun"))


def headline_paragraphs(state: State) -> list[int]:
    """Paragraphs read as headlines: headings and the first body paragraph (Mårdh 1980:
    headline grammar belongs to headlines and, in a lead-less page, its first line)."""
    kinds = state.layout.para_kinds
    first_body = next((p for p, kind in enumerate(kinds) if kind == "body"), None)
    return [p for p, kind in enumerate(kinds) if kind == "heading" or p == first_body]


def _not_a_statement(text: str, lo: int, hi: int) -> bool:
    """A link ("www.example.com") or an imperative ("Host the Otters on Friday",
    "Visit the museum"): a listing or a call to action, not what a source says."""
    if _URL.match(text, lo, hi):
        return True
    tokens = [w.group() for w in _WORD.finditer(text, lo, min(hi, lo + 60))][:2]
    if len(tokens) < 2 or not tokens[0][:1].isupper():
        return False
    # "I’m the …", "We’re a …": a pronoun with its verb contracted opens a statement.
    first = re.split(r"[’']", tokens[0].lower())[0]
    second = tokens[1].lower()
    return first not in _object_openers() | v.PRONOUNS and second in _object_openers()


_KICKER_DASH = re.compile(r"\s*([^\W\d_][\w’' ]{0,24}?)\s*[–—-]\s+")


def past_kicker(text: str, lo: int, colon: int) -> int:
    """Where the source starts after a kicker and its dash ("EXCLUSIVE – Ana Ruiz: …",
    "Watch — Ana Ruiz: …"), or ``lo``: the kicker labels the story, the name speaks."""
    kicker = _KICKER_DASH.match(text, lo, colon)
    if kicker is None or not _is_label(text, *kicker.span(1)):
        return lo
    return kicker.end()


def _is_label(text: str, lo: int, hi: int) -> bool:
    """Is the speaker side a section label ("Opinion", "Up next")?"""
    return " ".join(text[lo:hi].lower().split()) in _section_labels()


def find_headlines(state: State) -> None:
    """Attribute headings and the first body paragraph by their colon or title-case cue
    (pass 3)."""
    text, layout = state.text, state.layout
    for p in headline_paragraphs(state):
        lo, hi = layout.para_bounds[p]
        if word_count(text, lo, hi) > MAX_HEADLINE_WORDS:
            continue
        if _source_colon_first(state, lo, hi):
            continue
        if _title_case_cue(state, lo, hi):
            continue
        colon = text.find(":", lo, hi)
        if colon < 0 or state.is_claimed(lo, hi):
            continue
        after = speaker_after(text, colon + 1, hi)
        if (
            after is not None
            and not text[after[1] : hi].strip(" .!?")
            and is_capitalised(text[after[0]])
        ):
            content = strip_span(text, lo, colon)
            if _is_label(text, *after) or _not_a_statement(text, *content):
                continue
            if word_count(text, *content) >= 2 and word_count(text, *after) <= 4:
                _add_headline(state, content, colon, colon + 1, after)
                continue
        lead = past_kicker(text, lo, colon)
        before = speaker_after(text, lead, colon)
        if before is not None and before[1] == strip_span(text, lead, colon)[1]:
            content = strip_span(text, colon + 1, hi)
            if _is_label(text, *before) or _not_a_statement(text, *content):
                continue
            if word_count(text, *content) >= 3 and word_count(text, *before) <= 4:
                _add_headline(state, content, colon, colon + 1, before)


def _add_headline(
    state: State, content: tuple[int, int], cue_start: int, cue_end: int, speaker: tuple[int, int]
) -> None:
    """Record a headline attribution (the colon or the title-case verb is the cue)."""
    kind = state.quoted_kind(*content)
    state.add(Attribution(*content, kind, [content], cue_start, cue_end, *speaker), None)


def _title_case_cue(state: State, lo: int, hi: int) -> bool:
    """``Veteran Coach Endorses Mayor Ruiz``: a headline's capitalised cue verb."""
    text = state.text
    if state.is_claimed(lo, hi):
        return False
    for match in title_cue_pattern().finditer(text, lo, hi):
        speaker = speaker_before(text, lo, match.start())
        content = strip_span(text, match.end(), hi)
        if speaker is None or word_count(text, *content) < 2:
            continue
        lemma = cue_lexicon()[match.group().lower()][0]
        cue = Cue(match.start(), match.end(), lemma, "verb", match.group().lower())
        if not agrees(text, cue, speaker):
            continue
        _add_headline(state, content, match.start(), match.end(), speaker)
        return True
    return False


def _source_colon_first(state: State, lo: int, hi: int) -> bool:
    """``Ruiz: Kim should have congratulated me``, ``Kim camp: Ruiz plan threatens …``: a
    short source before a headline's colon says all that follows it (Mårdh 1980), so a
    cue inside that content is the source's own wording, and the rows read from it give
    way to the headline's. A cue before the colon ("Mayor Praises Ruiz: …"), a dateline
    or section label ("NEW DELHI:", "Opinion:") leave the paragraph to the other readings."""
    text = state.text
    colon = text.find(":", lo, hi)
    if colon < 0:
        return False
    lo = past_kicker(text, lo, colon)
    if dateline_end(text, lo) is not None:
        return False
    source = speaker_after(text, lo, colon)
    # A deck on the next line ("…; \nIn a speech, she …") is the writer's summary.
    line_end = text.find("\n", colon, hi)
    content = strip_span(text, colon + 1, hi if line_end < 0 else line_end)
    if (
        source is None
        or source[1] != strip_span(text, lo, colon)[1]
        or word_count(text, *source) > 4
        or word_count(text, *content) < 3
        or _is_label(text, *source)
        or _not_a_statement(text, *content)
        or title_cue_pattern().search(text, source[0] + 1, colon) is not None
    ):
        return False
    inner = [a for a in state.found if a.start < hi and a.end > lo]
    if not inner and title_cue_pattern().search(text, colon, hi) is None:
        return False  # nothing to give way: the colon readings below decide
    if any(a.cue_start is None or a.cue_start <= colon for a in inner):
        return False  # the colon itself, or a cue before it, is another pass's frame
    if any(a.speaker_start is not None and a.speaker_start < colon for a in inner):
        return False
    state.replace_found([a for a in state.found if not (a.start < hi and a.end > lo)])
    _add_headline(state, content, colon, colon + 1, source)
    return True
