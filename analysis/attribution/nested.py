"""Nested attributions: a report that a second source relays has two sources.

"Ruiz said she would veto the bill, according to the Ledger." holds two attributions
(PARC 3.0 nests them, Pareti 2015, ch. 3; Krestel, Bergler & Witte 2008 on reported
speech inside reported speech): the inner one (Ruiz: "she would veto the bill") and the
outer one (the Ledger: "Ruiz said she would veto the bill", its content the whole
reported clause, the inner source and cue included). The passes before this one find
the inner attribution and leave the sentence-final source clause (", according to X.",
", X reported.", ", X said, citing Y.") without content, since its clause is claimed.

This pass runs after :mod:`~analysis.attribution.indirect` and adds the outer row when a
sentence ends in such a source clause (Quirk et al. 1985, 15.53: a reporting clause in
final position) or opens with "According to X," and the clause holds an attribution of
its own. It gives the inner row back its own source where the direct pass took the
outer one for it ("Ruiz said: “…,” the Ledger reported."), and the participle of the
outer clause ("…, citing rising costs") the outer subject. A sentence with one source
("Prices will rise, according to the Ledger.") keeps its one row. The rows a relaying
row implies (the inner row no pass found, a cited source's row) and the continuations
after it are :mod:`~analysis.attribution.relayed`'s.
"""

from __future__ import annotations

import re

from analysis.attribution.content import adjunct_only
from analysis.attribution.cues import (
    QUOTE_CHARS,
    Cue,
    agrees,
    is_weak,
    verb_reading,
)
from analysis.attribution.phrases import (
    speaker_after,
    speaker_before,
    strip_span,
    word_count,
)
from analysis.attribution.relayed import CLAUSE_BOUNDARY, add_cited, add_inner, holds
from analysis.attribution.shapes import all_pronouns
from analysis.attribution.source_phrases import relay_phrase
from analysis.attribution.state import Attribution, State
from analysis.attribution.subjects import coordinated_subject
from analysis.attribution.trailing import (
    _only_adjuncts_after,
    _source_before,
    saying,
)
from analysis.attribution.vocabulary import OPENERS

# A source between a comma and its cue, or inside a source phrase, is a noun phrase of a
# few words ("two people familiar with the talks", "a report by the Daily Ledger").
_SOURCE_PHRASE_CHARS = 120
# Between the inner cue and its quotation only this may stand ("Ruiz said: “…”").
_CUE_TO_QUOTATION = frozenset(" \t\n,:")
# After an inner frame ("…, K reported on Tuesday"), a coordinated clause: ", while B".
_COORDINATION = re.compile(
    r"[^,;]{0,40}?(?:[,;]\s*(?:and|but|while|whereas|although|though|yet)\s+|;\s*)"
)


def find_nested(state: State) -> None:
    """Add the outer attribution of each sentence whose final source clause relays an
    attribution found in the clause before it (the pass after the indirect one)."""
    by_sentence: dict[int, list[Attribution]] = {}
    for a in state.found:
        if not a.continuation and a.speaker_start is not None:
            # A quotation of two sentences ("“… delays. How long must we wait?” the mayor
            # said, according to the Ledger.") is framed in the sentence of its cue.
            framed = {state.layout.sentence_at(a.start)}
            if a.cue_start is not None:
                framed.add(state.layout.sentence_at(a.cue_start))
            for k in sorted(framed):
                by_sentence.setdefault(k, []).append(a)
    changed = False
    for k, rows in by_sentence.items():
        changed |= _nest_sentence(state, rows, *state.layout.sent_bounds[k])
        changed |= add_cited(state, rows, *state.layout.sent_bounds[k])
    for a in list(state.found):
        add_inner(state, a)
    if changed:
        state.replace_found(list(state.found))  # re-index the rows whose cue changed


def _nest_sentence(state: State, rows: list[Attribution], s_lo: int, s_hi: int) -> bool:
    """Add the outer row of one sentence, if it has one; True when a row was added."""
    final = _final_source(state, rows, s_lo, s_hi)
    if final is not None:
        c, speaker, clause_end = final
        opened = state.quotation_at(s_lo)
        lo = opened.start if opened is not None and opened.start < s_lo else s_lo
        if _nest(state, rows, c, speaker, strip_span(state.text, lo, clause_end), s_hi):
            return True
    leading = _leading_phrase(state, s_lo, s_hi)
    return leading is not None and _nest(state, rows, *leading, s_hi)


def _nest(
    state: State,
    rows: list[Attribution],
    c: int,
    speaker: tuple[int, int],
    content: tuple[int, int],
    s_hi: int,
) -> bool:
    """Add the outer row of source clause ``c`` over ``content`` when it relays an
    attribution of its own; True when the row was added."""
    text = state.text
    if word_count(text, *content) < 3:
        return False
    taken = [a for a in rows if a.cue_start == state.cues[c].start]
    if taken:
        # The direct pass gave the quotation the outer source: give it its own back.
        if len(taken) > 1 or not _give_back_inner(state, taken[0], content, speaker):
            return False
    else:
        if c in state.used_cues or state.is_claimed(*speaker):
            return False
        inner = [a for a in rows if holds(a, content)]
        if not inner or any(
            _same_source(text, (a.speaker_start, a.speaker_end), speaker) for a in inner
        ):
            return False  # one source only (or named twice): its row is already there
        content = _after_coordinated_frame(state, inner, content)
        if content is None:
            return False
    rows.append(_add_outer(state, c, speaker, content))
    _outer_participle(state, rows, c, speaker, s_hi)
    return True


def _same_source(text: str, inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Is the outer source the inner one named again ("Pence said A but added, “…,” Pence
    said"; "…, she said")? A pronoun as the outer source refers back; a relaying source
    is named."""
    outer_words = text[outer[0] : outer[1]].lower().split()
    inner_words = text[inner[0] : inner[1]].lower().split()
    if len(outer_words) == 1 and outer_words[0] in all_pronouns():
        return True
    return bool(outer_words and inner_words) and outer_words[-1] == inner_words[-1]


def _after_coordinated_frame(
    state: State, inner: list[Attribution], content: tuple[int, int]
) -> tuple[int, int] | None:
    """``A, K reported, while B, S reported.``: when the inner attribution's source and cue
    close their own clause and a coordinated clause follows, the outer source reports only
    that clause (Quirk et al. 1985, 13.1: coordinated clauses), and the inner one only the
    clause before (not ``A … B`` around a medial cue)."""
    text = state.text
    last = max(inner, key=lambda a: a.cue_start or 0)
    if last.cue_start is None or last.cue_start < last.start:
        return content  # "X said A": its content may run on to the outer clause
    frame_end = max(last.cue_end or 0, last.speaker_end or 0)
    link = _COORDINATION.match(text, frame_end, content[1])
    if link is None:
        return content
    rest = strip_span(text, link.end(), content[1])
    if word_count(text, *rest) < 3:
        return None
    if last.end > link.start():
        if len(last.fragments) != 2:
            return None
        last.fragments = last.fragments[:1]  # the medial reading took the clause after
        last.end = last.fragments[0][1]
    elif state.is_claimed(*rest):
        return None
    return rest


def _final_source(
    state: State, rows: list[Attribution], s_lo: int, s_hi: int
) -> tuple[int, tuple[int, int], int] | None:
    """(cue, source, end of the clause before) when the sentence text[s_lo:s_hi] ends in a
    source clause after a comma: ``…, according to X.`` or ``…, X reported (Tuesday)
    (, citing Y).``, and ``rows`` (the sentence's) may hold an inner attribution for it;
    None otherwise."""
    for c in reversed(state.cues_between(s_lo, s_hi)):
        cue = state.cues[c]
        if state.quotation_at(cue.start) is not None:
            return None  # the sentence ends inside a quotation
        if cue.kind == "verb" and cue.participle:
            continue  # "…, citing two aides": read the clause before the participle
        if cue.kind == "source_phrase":
            return None if relay_phrase(cue) else _final_phrase(state, c, s_lo, s_hi)
        found = None
        if cue.kind == "verb" and _may_relay(state, rows, c):
            found = _final_verb(state, c, s_lo, s_hi)
        if found is not None:
            return found
        # A cue inside the source or its adjunct ("according to a report by X", "X
        # reported in its Sunday report") is no frame of its own: read the cue before
        # it, when it is near enough to frame the same tail.
        if c == 0 or cue.start - state.cues[c - 1].end > _SOURCE_PHRASE_CHARS:
            return None
    return None


def _may_relay(state: State, rows: list[Attribution], c: int) -> bool:
    """Can verb cue ``c`` relay a row of its sentence: unused with a row's cue before it,
    or the cue of a quotation (that :func:`_give_back_inner` may give its own source)?
    (A cheap test before the reading of the frame.)"""
    start = state.cues[c].start
    if c not in state.used_cues:
        return any(a.cue_start is not None and a.cue_start < start for a in rows)
    s_lo = state.layout.sent_bounds[state.layout.sentence_at(start)][0]
    return any(
        a.cue_start == start
        and a.kind == "direct"
        and any(k not in state.used_cues for k in state.cues_between(s_lo, a.start))
        for a in rows
    )


def _leading_phrase(
    state: State, s_lo: int, s_hi: int
) -> tuple[int, tuple[int, int], tuple[int, int]] | None:
    """(cue, source, the clause after) when the sentence opens with ``According to X,``
    (after a linking adverbial at most) and its source phrase is unused."""
    text = state.text
    cues = state.cues_between(s_lo, s_hi)
    if not cues or state.cues[cues[0]].kind != "source_phrase" or cues[0] in state.used_cues:
        return None
    c = cues[0]
    cue = state.cues[c]
    if text[s_lo : cue.start].strip().lower().strip(",") not in OPENERS | {""}:
        return None
    speaker = speaker_after(text, cue.end, s_hi)
    if speaker is None or not text[speaker[1] : s_hi].startswith(","):
        return None
    lo, hi = strip_span(text, speaker[1] + 1, s_hi)
    if hi > lo and text[hi - 1] in ".!?" and state.quotation_at(hi - 1) is None:
        hi -= 1  # the full stop is the writer's, not the relayed clause's
    return c, speaker, (lo, hi)


def _clause_end(state: State, comma: int) -> int:
    """Where the clause before a source clause's comma ends: at the comma, or after the
    quotation that the comma closes ("“No comment,” the Ledger reported")."""
    quotation = state.quotation_at(comma)
    return quotation.end if quotation is not None else comma


def _final_phrase(
    state: State, c: int, s_lo: int, s_hi: int
) -> tuple[int, tuple[int, int], int] | None:
    """``…, according to X.`` with only an adjunct after X."""
    text, cue = state.text, state.cues[c]
    lead = text[s_lo : cue.start].rstrip()
    if not lead.endswith(","):
        return None
    speaker = speaker_after(text, cue.end, s_hi)
    if speaker is None:
        return None
    rest = text[speaker[1] : s_hi].strip(" .!?" + QUOTE_CHARS)
    if rest and not adjunct_only(text, speaker[1], s_hi):
        return None
    return c, speaker, _clause_end(state, s_lo + len(lead) - 1)


def _final_verb(
    state: State, c: int, s_lo: int, s_hi: int
) -> tuple[int, tuple[int, int], int] | None:
    """``…, X reported.``: a plain verb of saying whose subject fills the stretch after
    the sentence's last comma, and only an adjunct after it (:mod:`.trailing`)."""
    text, cue = state.text, state.cues[c]
    comma = text.rfind(",", s_lo, cue.start)
    if comma < 0 or cue.start - comma > _SOURCE_PHRASE_CHARS or not saying(cue):
        return None  # (the cheap tests first: this runs for every sentence with a row)
    if is_weak(text, cue) or not _only_adjuncts_after(state, cue, s_hi):
        return None
    source_lo = _clause_end(state, comma) if state.quotation_at(comma) is not None else comma + 1
    speaker = _source_before(state, source_lo, cue.start)
    if speaker is None or not agrees(text, cue, speaker) or not verb_reading(text, cue, speaker):
        return None
    return c, speaker, _clause_end(state, comma)


def _give_back_inner(
    state: State, row: Attribution, content: tuple[int, int], outer: tuple[int, int]
) -> bool:
    """``When asked, Ruiz said: “…,” the Ledger reported.``: a quotation that the direct
    pass gave the outer source belongs to the unused verb of saying right before it, with
    that verb's subject. True when the row got its own source back."""
    text = state.text
    if row.kind != "direct":
        return False
    before = [k for k in state.cues_between(content[0], row.start) if k not in state.used_cues]
    if not before:
        return False
    k = before[-1]
    cue: Cue = state.cues[k]
    if not saying(cue) or cue.participle or state.quotation_at(cue.start) is not None:
        return False
    if not set(text[cue.end : row.start]) <= _CUE_TO_QUOTATION:
        return False
    # The subject stands after the last clause boundary ("recalled that he said"), not
    # in the clause that embeds it ("The aide who heard it recalled …").
    lo = content[0]
    for boundary in CLAUSE_BOUNDARY.finditer(text, content[0], cue.start):
        lo = boundary.end()
    subject = speaker_before(text, lo, cue.start) or coordinated_subject(state, lo, cue.start)
    if subject is None or not agrees(text, cue, subject) or _same_source(text, subject, outer):
        return False
    row.cue_start, row.cue_end = cue.start, cue.end
    row.speaker_start, row.speaker_end = subject
    state.used_cues.add(k)
    return True


def _add_outer(
    state: State, c: int, speaker: tuple[int, int], content: tuple[int, int]
) -> Attribution:
    """Record the outer row: the whole reported clause, indirect, mixed when it holds a
    quotation."""
    cue = state.cues[c]
    lo, hi = content
    outer = Attribution(lo, hi, state.quoted_kind(lo, hi), [(lo, hi)], cue.start, cue.end, *speaker)
    state.add(outer, c)
    return outer


def _outer_participle(
    state: State, rows: list[Attribution], c: int, speaker: tuple[int, int], s_hi: int
) -> None:
    """``…, the newspaper reported, citing two aides.``: the participle after the outer
    cue shares the outer subject (Quirk et al. 1985, 15.59), not the inner one."""
    cue_end = state.cues[c].end
    for k in state.cues_between(cue_end, s_hi):
        if not state.cues[k].participle:
            continue
        for a in rows:
            if a.cue_start == state.cues[k].start and a.start > cue_end:
                a.speaker_start, a.speaker_end = speaker
