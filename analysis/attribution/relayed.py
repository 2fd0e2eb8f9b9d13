"""Relayed attributions: the rows a report that relays another one implies.

:mod:`~analysis.attribution.nested` adds the outer row of a relayed report; this module
adds the other rows a relaying row implies, and keeps continuations on the right one:

* a row whose source and cue stand outside its content ("According to the Ledger,
  Ruiz said she would veto the bill.") relays the attribution that opens its content;
  when no pass found that one, :func:`add_inner` adds it;
* "…, the newspaper reported, citing two aides.": the cited source said what the
  newspaper relays (:func:`add_cited`; PARC 3.0, Pareti 2015: the object of "cite" is
  the source of another attribution);
* :func:`continue_inner` lets a quotation paragraph after a relayed report carry on the
  speaker who was quoted, not the source who relays the report.
"""

from __future__ import annotations

import bisect
import re

from analysis.attribution.content import adjunct_only, content_after
from analysis.attribution.cues import (
    QUOTE_CHARS,
    Cue,
    agrees,
    is_weak,
    past_addressee,
    states_something,
    verb_reading,
)
from analysis.attribution.phrases import (
    POSTMODIFYING_ADJECTIVES,
    speaker_after,
    speaker_before,
    strip_span,
    word_count,
)
from analysis.attribution.screen import rate_continuation
from analysis.attribution.shapes import all_pronouns
from analysis.attribution.state import Attribution, State
from analysis.attribution.trailing import quantifier_subject, saying
from analysis.attribution.vocabulary import PREPOSITIONS, grammar, source_heads

# The lemma of "cite": its object is a source, not content (attribution_grammar.tsv).
_CITE = grammar("citing_verb")[0]
# A postmodifier after a cited source is a few words long ("familiar with the talks").
_MAX_POSTMODIFIER_WORDS = 8
# Where a clause inside the reported clause starts: a comma or colon, or "that".
CLAUSE_BOUNDARY = re.compile(r"(?:[,;:]|\bthat\b)\s*")


def add_cited(state: State, rows: list[Attribution], s_lo: int, s_hi: int) -> bool:
    """``The governor plans to resign, the newspaper reported, citing two aides.``: the
    source that a reporting clause cites said what it reports (PARC 3.0, Pareti 2015: the
    object of "cite" is the source of another attribution): its row has the same content,
    the cue "citing" and the cited source. It takes the place of a row that read the
    cited source as content. True when the row was added."""
    text = state.text
    cues = state.cues_between(s_lo, s_hi)
    if not cues or state.cues[cues[-1]].lemma != _CITE or not state.cues[cues[-1]].participle:
        return False
    k = cues[-1]
    cue = state.cues[k]
    lead = text[s_lo : cue.start].rstrip()
    frames = [a for a in rows if a.cue_start is not None and a.end <= a.cue_start < cue.start]
    if not lead.endswith(",") or not frames:
        return False
    frame = max(frames, key=lambda a: a.cue_start)  # ", the newspaper reported,"
    mention = text[frame.speaker_start : frame.speaker_end].lower()
    if frame.kind == "direct" or mention in all_pronouns():
        return False  # "“…,” he said, citing …": a speaker's own words cite a reason
    frame_end = max(frame.cue_end, frame.speaker_end or 0)
    between = strip_span(text, frame_end, s_lo + len(lead) - 1)
    if between[1] > between[0] and not adjunct_only(text, *between):
        return False
    cited = speaker_after(text, cue.end, s_hi)
    if cited is None:
        return False
    if not names_a_source(text[cited[0] : cited[1]].split()):
        return False  # "citing rising costs": a reason, not a source
    rest = text[cited[1] : s_hi].strip(" .!?" + QUOTE_CHARS)
    if rest and ("," in rest or len(rest.split()) > _MAX_POSTMODIFIER_WORDS):
        return False  # only a postmodifier may follow ("two people familiar with the talks")
    cited_row = Attribution(
        frame.start, frame.end, frame.kind, list(frame.fragments), cue.start, cue.end, *cited
    )
    state.add(cited_row, k)
    # The cited source's row goes first: the original source, then the one relaying it
    # (rows with the same content keep this order in the table). A row that read the
    # cited source as content goes.
    kept = [a for a in state.found if a.cue_start != cue.start]
    at = kept.index(frame)
    state.replace_found([*kept[:at], cited_row, *kept[at:]])
    return True


def names_a_source(words: list[str]) -> bool:
    """Is the head of this noun phrase (its last word before a preposition or a
    postmodifying adjective: "two people familiar with …", "data from the agency") a
    name, or a person, body or document noun (``source_nouns.tsv``)?"""
    head = words[0]
    for word in words:
        if word.lower() in PREPOSITIONS or word.lower() in POSTMODIFYING_ADJECTIVES:
            break
        head = word
    return head[:1].isupper() or head.lower().strip(".,") in source_heads()


def add_inner(state: State, outer: Attribution) -> None:
    """``According to the Ledger, Ruiz said she would veto the bill.``: a row whose source
    and cue stand outside its content relays the attribution inside it; when no pass
    found that one (its cue lies in claimed text), add it: the subject of the first
    unused verb of saying in the content, and what follows the verb to the content's end
    (the clause a ``X said`` frame reports, PARC 3.0)."""
    text = state.text
    if outer.continuation or outer.speaker_start is None or not relays(state, outer):
        return  # "X said (that) A": the content of a verb before it, not a relayed clause
    for k in state.cues_between(outer.start, outer.end):
        cue = state.cues[k]
        if k in state.used_cues or not saying(cue) or cue.participle or is_weak(text, cue):
            continue
        if state.quotation_at(cue.start) is not None:
            continue
        lo = outer.start
        for boundary in CLAUSE_BOUNDARY.finditer(text, outer.start, cue.start):
            lo = boundary.end()
        subject = speaker_before(text, lo, cue.start) or quantifier_subject(text, lo, cue)
        if subject is None or subject[0] != outer.start or not agrees(text, cue, subject):
            return  # only the subject of the relayed clause itself ("Ruiz said …")
        if not verb_reading(text, cue, subject):
            return
        content = content_after(state, cue.end, outer.end)
        if not states_something(text, *content, cue.lemma):
            return
        content = past_addressee(text, *content, cue.lemma)
        if word_count(text, *content) < 2:
            return
        kind = state.quoted_kind(*content)
        fragments = [content]
        state.add(Attribution(*content, kind, fragments, cue.start, cue.end, *subject), k)
        return


def cue_at(state: State, start: int) -> Cue | None:
    """The cue of the lexicon that starts at ``start``, if any (a colon cue is none)."""
    k = bisect.bisect_left(state.cue_starts, start)
    return state.cues[k] if k < len(state.cues) and state.cues[k].start == start else None


def holds(a: Attribution, content: tuple[int, int]) -> bool:
    """Is ``a`` an attribution of its own inside the outer content: its cue and source
    both in it?"""
    lo, hi = content
    return (
        a.cue_start is not None
        and lo <= a.cue_start < hi
        and a.speaker_start is not None
        and lo <= a.speaker_start < hi
    )


def continue_inner(state: State) -> None:
    """A quotation paragraph after a relayed report carries on the speaker who was quoted,
    not the source who relays it ("“…,” Ruiz said, according to the Ledger." then
    "“…”": Ruiz goes on). Runs after the continuation pass, which takes the latest
    attribution before the paragraph: the outer row ends after the inner one."""
    by_sentence: dict[int, list[Attribution]] = {}
    for a in state.found:
        if not a.continuation and a.speaker_start is not None:
            by_sentence.setdefault(state.layout.sentence_at(a.start), []).append(a)
    for a in state.found:
        source = a.inherited_from
        if not a.continuation or source is None:
            continue
        if not relays(state, source):
            continue
        rows = by_sentence.get(state.layout.sentence_at(source.start), [])
        inner = [r for r in rows if r is not source and holds(r, (source.start, source.end))]
        if inner:
            a.inherited_from = max(inner, key=lambda r: r.end)
            a.confidence = rate_continuation(a.inherited_from)


def relays(state: State, a: Attribution) -> bool:
    """Can ``a`` relay another attribution: a source clause after its content ("…, the
    Ledger reported") or a source phrase before it ("According to the Ledger, …")?"""
    if a.cue_start is None or a.start <= a.cue_start < a.end:
        return False
    if a.cue_start >= a.end:
        return True
    cue = cue_at(state, a.cue_start)
    return cue is not None and cue.kind == "source_phrase"
