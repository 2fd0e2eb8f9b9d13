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
final position) and the clause before it holds an attribution of its own. It gives the
inner row back its own source where the direct pass took the outer one for it ("Ruiz
said: “…,” the Ledger reported."), and the participle of the outer clause ("…, citing
two aides") the outer subject. A sentence with one source ("Prices will rise, according
to the Ledger.") keeps its one row.

The other way round, a row that an earlier pass gave the relaying source ("According
to the Ledger, Ruiz said she would veto the bill.") gets the inner row it relays when
no pass found that one (:func:`_add_inner`). After the continuation pass,
:func:`continue_inner` lets a quotation paragraph after a relayed report carry on the
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
from analysis.attribution.subjects import coordinated_subject
from analysis.attribution.trailing import (
    _only_adjuncts_after,
    _source_before,
    quantifier_subject,
    saying,
)
from analysis.attribution.vocabulary import OPENERS, PREPOSITIONS, grammar, source_heads

# A source between a comma and its cue, or inside a source phrase, is a noun phrase of a
# few words ("two people familiar with the talks", "a report by the Daily Ledger").
_SOURCE_PHRASE_CHARS = 120
# The lemma of "cite": its object is a source, not content (attribution_grammar.tsv).
_CITE = grammar("citing_verb")[0]
# A postmodifier after a cited source is a few words long ("familiar with the talks").
_MAX_POSTMODIFIER_WORDS = 8
# Between the inner cue and its quotation only this may stand ("Ruiz said: “…”").
_CUE_TO_QUOTATION = frozenset(" \t\n,:")
# Where a clause inside the reported clause starts: a comma or colon, or "that".
_CLAUSE_BOUNDARY = re.compile(r"(?:[,;:]|\bthat\b)\s*")
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
            by_sentence.setdefault(state.layout.sentence_at(a.start), []).append(a)
    changed = False
    for k, rows in by_sentence.items():
        changed |= _nest_sentence(state, rows, *state.layout.sent_bounds[k])
        changed |= _add_cited(state, rows, *state.layout.sent_bounds[k])
    for a in list(state.found):
        _add_inner(state, a)
    if changed:
        state.replace_found(list(state.found))  # re-index the rows whose cue changed


def _nest_sentence(state: State, rows: list[Attribution], s_lo: int, s_hi: int) -> bool:
    """Add the outer row of one sentence, if it has one; True when a row was added."""
    final = _final_source(state, rows, s_lo, s_hi)
    if final is not None:
        c, speaker, clause_end = final
        if _nest(state, rows, c, speaker, strip_span(state.text, s_lo, clause_end), s_hi):
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
        inner = [a for a in rows if _inner(a, content)]
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


def _add_cited(state: State, rows: list[Attribution], s_lo: int, s_hi: int) -> bool:
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
    if not _names_a_source(text[cited[0] : cited[1]].split()):
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


def _names_a_source(words: list[str]) -> bool:
    """Is the head of this noun phrase (its last word before a preposition or a
    postmodifying adjective: "two people familiar with …", "data from the agency") a
    name, or a person, body or document noun (``source_nouns.tsv``)?"""
    head = words[0]
    for word in words:
        if word.lower() in PREPOSITIONS or word.lower() in POSTMODIFYING_ADJECTIVES:
            break
        head = word
    return head[:1].isupper() or head.lower().strip(".,") in source_heads()


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


def _add_inner(state: State, outer: Attribution) -> None:
    """``According to the Ledger, Ruiz said she would veto the bill.``: a row whose source
    and cue stand outside its content relays the attribution inside it; when no pass
    found that one (its cue lies in claimed text), add it: the subject of the first
    unused verb of saying in the content, and what follows the verb to the content's end
    (the clause a ``X said`` frame reports, PARC 3.0)."""
    text = state.text
    if outer.continuation or outer.speaker_start is None or not _relays(state, outer):
        return  # "X said (that) A": the content of a verb before it, not a relayed clause
    for k in state.cues_between(outer.start, outer.end):
        cue = state.cues[k]
        if k in state.used_cues or not saying(cue) or cue.participle or is_weak(text, cue):
            continue
        if state.quotation_at(cue.start) is not None:
            continue
        lo = outer.start
        for boundary in _CLAUSE_BOUNDARY.finditer(text, outer.start, cue.start):
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


def _cue_at(state: State, start: int) -> Cue | None:
    """The cue of the lexicon that starts at ``start``, if any (a colon cue is none)."""
    k = bisect.bisect_left(state.cue_starts, start)
    return state.cues[k] if k < len(state.cues) and state.cues[k].start == start else None


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
            return _final_phrase(state, c, s_lo, s_hi)
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


def _inner(a: Attribution, content: tuple[int, int]) -> bool:
    """Is ``a`` an attribution of its own inside the outer content: its cue and source
    both in it?"""
    lo, hi = content
    return (
        a.cue_start is not None
        and lo <= a.cue_start < hi
        and a.speaker_start is not None
        and lo <= a.speaker_start < hi
    )


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
    for boundary in _CLAUSE_BOUNDARY.finditer(text, content[0], cue.start):
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
        if not _relays(state, source):
            continue
        rows = by_sentence.get(state.layout.sentence_at(source.start), [])
        inner = [r for r in rows if r is not source and _inner(r, (source.start, source.end))]
        if inner:
            a.inherited_from = max(inner, key=lambda r: r.end)
            a.confidence = rate_continuation(a.inherited_from)


def _relays(state: State, a: Attribution) -> bool:
    """Can ``a`` relay another attribution: a source clause after its content ("…, the
    Ledger reported") or a source phrase before it ("According to the Ledger, …")?"""
    if a.cue_start is None or a.start <= a.cue_start < a.end:
        return False
    if a.cue_start >= a.end:
        return True
    cue = _cue_at(state, a.cue_start)
    return cue is not None and cue.kind == "source_phrase"
