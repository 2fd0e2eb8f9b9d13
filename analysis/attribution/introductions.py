"""Pass 1, quotations introduced without a cue beside them: a clause ending in a colon
(``Ruiz fired back forcefully: “…”``) and a name signing a quotation after a dash
(``“…” ― Jane Smith``). Used by :mod:`~analysis.attribution.direct`.
"""

from __future__ import annotations

import re

from analysis.attribution.bridge import speaker_in_gap
from analysis.attribution.phrases import leading_subject, speaker_after, speaker_before, word_count
from analysis.attribution.state import Attribution, State, speechlike
from analysis.attribution.subjects import appositive_subject
from analysis.attribution.vocabulary import (
    DETERMINERS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
)
from analysis.core.quotemarks import QuoteSpan

_DASH = re.compile(r"[ \u00a0]*(?:―|—|–|--|-)[ \u00a0]*")


def add_direct(
    state: State,
    quote: QuoteSpan,
    cue_start: int,
    cue_end: int,
    speaker: tuple[int, int],
    cue_index: int | None = None,
) -> None:
    """Record the whole quotation as a direct attribution of ``speaker``."""
    span = [(quote.start, quote.end)]
    attribution = Attribution(quote.start, quote.end, "direct", span, cue_start, cue_end, *speaker)
    state.add(attribution, cue_index)


def colon_intro(state: State, quote: QuoteSpan) -> bool:
    """``Ruiz fired back forcefully: “…”``: a clause ending in a colon introduces
    the quotation even when its verb is not a reporting verb; its subject speaks. The
    clause may end the paragraph before a quotation paragraph."""
    text, layout = state.text, state.layout
    sent = layout.sentence_at(quote.start)
    s_lo, hi = layout.sent_bounds[sent][0], quote.start
    p = layout.paragraph_at(quote.start)
    if (
        not text[s_lo : quote.start].strip()
        and quote.start == layout.para_bounds[p][0]
        and sent > 0
        and layout.sent_para[sent - 1] == p - 1
        and layout.para_kinds[p - 1] == "body"
    ):
        # "Ana Ruiz issued the following statement:" ends the paragraph before.
        s_lo, hi = layout.sent_bounds[sent - 1][0], layout.para_bounds[p - 1][1]
    colon = text[s_lo:hi].rstrip()
    if not colon.endswith(":") or not speechlike(text, quote):
        return False
    colon_at = s_lo + len(colon) - 1
    signed = _name_after_dash(state, s_lo, colon_at)
    if signed is not None:
        add_direct(state, quote, colon_at, colon_at + 1, signed)
        return True
    clause_lo = max(s_lo, text.rfind(",", s_lo, colon_at) + 1)
    speaker = leading_subject(text, clause_lo, colon_at)
    if clause_lo > s_lo and (
        _predicate_word(text, speaker) if speaker is not None else _conjoined(text, clause_lo)
    ):
        # "X nodded, then stepped up and boomed:": the clause after the comma is a
        # predicate; the subject is the sentence's.
        speaker = leading_subject(text, s_lo, colon_at)
        if speaker is not None and _predicate_word(text, speaker):
            speaker = None
    if speaker is None:
        speaker = _subject_past_asides(state, s_lo, clause_lo, colon_at)
    if speaker is None or speaker[1] >= colon_at or state.is_claimed(*speaker):
        return False
    add_direct(state, quote, colon_at, colon_at + 1, speaker)
    return True


# Words after the subject of an "as" clause before its colon ("put it bluntly").
_MAX_AS_CLAUSE_REST = 3
_APPOSITIVE_ASIDE = re.compile(r",[^,]*,")
_AS_CLAUSE = re.compile(r"\s*(?:(?:or|and|but),?\s+)?as\s+(?=[A-Z])", re.IGNORECASE)


def _subject_past_asides(
    state: State, s_lo: int, clause_lo: int, colon_at: int
) -> tuple[int, int] | None:
    """The subject of a colon clause that :func:`leading_subject` does not reach:
    ``As Ana Ruiz put it:`` (a comparative "as" clause, Quirk et al. 1985, 15.52,
    whose subject speaks) and ``Ana Ruiz, of the river ward, delivered a blunt message
    to the mayor:`` (the clause after the last comma is the predicate; its subject is
    the name before the first aside, read as :func:`appositive_subject` does)."""
    text = state.text
    as_clause = _AS_CLAUSE.match(text, s_lo)
    if as_clause is not None and as_clause.end() < colon_at:
        speaker = leading_subject(text, as_clause.end(), colon_at)
        if speaker is not None and not _predicate_word(text, speaker):
            # Only "as X put it:" (the verb and little else after X, an appositive set
            # off by commas aside), not "As X tried to discuss …, Y responded:".
            rest = _APPOSITIVE_ASIDE.sub(" ", text[speaker[1] : colon_at])
            if len(rest.split()) <= _MAX_AS_CLAUSE_REST and "—" not in rest:
                return speaker
    first = re.match(r"\s*([A-Za-z]+)", text[clause_lo:colon_at])
    if clause_lo <= s_lo or first is None or not first.group(1).islower():
        return None
    if first.group(1) in DETERMINERS | PRONOUNS | SUBORDINATORS | RELATIVE_PRONOUNS:
        return None
    verbs = [k for k in state.cues_between(clause_lo, colon_at) if state.cues[k].kind == "verb"]
    if verbs and word_count(text, state.cues[verbs[-1]].end, colon_at) > 1:
        # "… and said she has the quality for the job:": the verb's own content, which
        # the indirect pass reads with the quotation (not "interjected to say:").
        return None
    return appositive_subject(state, s_lo, clause_lo)


_SPACED_DASH = re.compile(r"\s(?:—|–|--|-)\s")
# Most words of a name between a dash and a colon ("Jeffrey M. Jones").
MAX_SIGNED_NAME_WORDS = 5


def _name_after_dash(state: State, s_lo: int, colon_at: int) -> tuple[int, int] | None:
    """``Turnout is falling in the valley - Ana Ruiz: “…”``: a roundup line, a topic,
    a spaced dash, then the name of the source and a colon; the name alone speaks, as
    in a dash signature (:func:`dash_signature`), not the topic's opening noun."""
    text = state.text
    dashes = list(_SPACED_DASH.finditer(text, s_lo, colon_at))
    if not dashes:
        return None
    lo = dashes[-1].end()
    speaker = speaker_after(text, lo, colon_at)
    if speaker is None or text[speaker[1] : colon_at].strip() or text[lo : speaker[0]].strip():
        return None
    found = text[speaker[0] : speaker[1]].split()
    if len(found) > MAX_SIGNED_NAME_WORDS or not all(w[:1].isupper() for w in found):
        return None  # every word capitalised: a name, not "the mayor's office"
    if text[speaker[0] : speaker[1]].isupper():
        return None  # "… - THE FINAL WEEK:": a heading in capitals, no name
    return None if state.is_claimed(*speaker) else speaker


# "as Ana Ruiz put it," / "as she would put it bluntly:" right before the quotation.
_AS_IT = re.compile(
    r"\bas\s+(?P<clause>[^,;:“”\"]{1,80}?)\s+(?P<it>it)(?:\s+[a-z]+ly)?\s*[,:]\s*$",
    re.IGNORECASE,
)


def as_clause_intro(state: State, quote: QuoteSpan) -> bool:
    """``As Ana Ruiz put it, “…”``: a comparative clause of manner whose verb takes
    "it" (Quirk et al. 1985, 15.52: "as X put it") introduces the quotation right
    after it; the clause's subject speaks, whatever its verb ("put", "phrased")."""
    text, layout = state.text, state.layout
    s_lo = layout.sent_bounds[layout.sentence_at(quote.start)][0]
    if quote.start - s_lo > MAX_AS_INTRO_CHARS or not speechlike(text, quote):
        return False
    match = _AS_IT.search(text, s_lo, quote.start)
    if match is None:
        return False
    if match.start() > s_lo and not text[s_lo : match.start()].rstrip().endswith(
        (",", "(", "—", "–")
    ):
        return False  # "He did it as he always does it, “…”": an adverbial of the clause
    clause_lo, it_end = match.start("clause"), match.end("it")
    verb = re.search(r"(\S+)\s*$", text[clause_lo : match.end("clause")])
    verb_start = clause_lo + verb.start(1)
    speaker = leading_subject(text, clause_lo, verb_start)
    if speaker is None or _predicate_word(text, speaker) or state.is_claimed(*speaker):
        return False
    if len(text[speaker[1] : verb_start].split()) > 1:
        return False  # only an auxiliary between ("as she would put it")
    add_direct(state, quote, verb_start, it_end, speaker)
    return True


# How far before its quotation an "as X put it," clause may start.
MAX_AS_INTRO_CHARS = 300


_CONJOINED_PREDICATE = re.compile(r"\s*(?:and\s+then|and|but|then)\s+[a-z]")


def _conjoined(text: str, lo: int) -> bool:
    """Does the clause at ``lo`` open with a coordinator before a lower-case word ("then
    stepped up", "and boomed"): a second predicate of the sentence's subject?"""
    return _CONJOINED_PREDICATE.match(text, lo) is not None


def _predicate_word(text: str, span: tuple[int, int]) -> bool:
    """Does the phrase open with a lower-case word that is no determiner or pronoun
    ("stepped up", "gave the idea a try")? Then it is a predicate, not a subject."""
    first = text[span[0] : span[1]].split()[0]
    return first.islower() and first not in DETERMINERS | PRONOUNS


def dash_signature(state: State, quote: QuoteSpan, p_hi: int) -> bool:
    """``“…” ― Jane Smith``: a name after a dash, alone at the end of its line,
    signs the quotation before it (reader comments, epigraphs, pull quotes)."""
    text = state.text
    line_end = text.find("\n", quote.end, p_hi)
    line_end = p_hi if line_end < 0 else line_end
    match = _DASH.match(text, quote.end, line_end)
    if match is None or not speechlike(text, quote):
        return False
    speaker = speaker_after(text, match.end(), line_end)
    if speaker is None or text[speaker[1] : line_end].strip(" .\u00a0"):
        return False
    if not text[speaker[0]].isupper() or word_count(text, *speaker) > 5:
        return False
    dash = match.end() - len(match.group().lstrip(" \u00a0"))
    add_direct(state, quote, dash, dash + len(match.group().strip(" \u00a0")), speaker)
    return True


def signature_paragraph(state: State, quote: QuoteSpan, p_hi: int) -> bool:
    """``“…”`` then a paragraph ``- Jane Smith.`` (or ``—Jane Smith, writing on …``):
    a quotation ending its paragraph is signed by a name after a dash opening the
    next one, as in a quotation set as a block with its source below (Chicago Manual
    13.33). A masked or lower-case "name" signs nothing."""
    text, layout = state.text, state.layout
    p = layout.paragraph_at(quote.start)
    if text[layout.para_bounds[p][0] : quote.start].strip() or text[quote.end : p_hi].strip():
        return False  # the quotation is the whole paragraph, not a fragment of narration
    if not speechlike(text, quote):
        return False
    p += 1
    if p >= len(layout.para_bounds):  # (a short signature line may read as a heading)
        return False
    lo, hi = layout.para_bounds[p]
    match = _DASH.match(text, lo, hi)
    if match is None or match.start() != lo or "\n" in text[lo:hi]:
        return False
    comma = text.find(",", match.end(), hi)
    name_end = hi if comma < 0 else comma
    speaker = speaker_after(text, match.end(), name_end)
    if speaker is None or text[speaker[1] : name_end].strip(" .\u00a0"):
        return False
    found = text[speaker[0] : speaker[1]].split()
    if len(found) > MAX_SIGNED_NAME_WORDS or not all(
        w[:1].isupper() and w.rstrip(".").replace("-", "").isalpha() for w in found
    ):
        return False
    if state.is_claimed(*speaker) or text[speaker[0] : speaker[1]].isupper():
        return False  # "- REUTERS": a wire credit in capitals signs the article
    dash = match.start() + len(match.group()) - len(match.group().lstrip(" \u00a0"))
    add_direct(state, quote, dash, dash + len(match.group().strip(" \u00a0")), speaker)
    return True


def participle_aside_subject(state: State, s_lo: int, verb_start: int) -> tuple[int, int] | None:
    """``Ana Ruiz, citing “a broken system,” said the plan would fail``: a participle
    clause set off by commas between the subject and its verb is parenthetic (Quirk et
    al. 1985, 15.58 on supplementive clauses), so the noun phrase opening the sentence
    before it is the verb's subject, a quotation inside the aside notwithstanding."""
    text = state.text
    for c in state.cues_between(s_lo, verb_start):
        cue = state.cues[c]
        if not cue.participle:
            continue
        lead = text[s_lo : cue.start].rstrip()
        if not lead.endswith(","):
            return None
        speaker = speaker_before(text, s_lo, s_lo + len(lead) - 1)
        if speaker is None or text[s_lo : speaker[0]].strip():
            return None
        return speaker
    return None


def opening_participle(state: State, quote: QuoteSpan) -> bool:
    """``Recalling “the long winter,” the mayor told residents …``: a participle opening
    the sentence, right before the quotation, is a supplementive clause whose subject
    is the main clause's (Quirk et al. 1985, 15.58): it reports the quotation, with the
    subject of the reporting verb after it as speaker, and that verb keeps its own
    content. Records the attribution and returns True when the reading applies."""
    text, layout = state.text, state.layout
    sentence = layout.sentence_at(quote.start)
    s_lo, s_hi = layout.sent_bounds[sentence]
    before = state.cues_between(s_lo, quote.start)
    if len(before) != 1 or before[0] in state.used_cues:
        return False
    cue = state.cues[before[0]]
    if (
        not cue.participle
        or text[s_lo : cue.start].strip(" \"“‘'")
        or text[cue.end : quote.start].strip()
    ):
        return False
    if not text[quote.inner_start : quote.inner_end].rstrip().endswith(","):
        return False  # American punctuation: "Recalling “…,” the mayor"
    for c in state.cues_between(quote.end, s_hi):
        verb = state.cues[c]
        if verb.kind != "verb" or verb.participle:
            continue
        speaker = speaker_in_gap(state, quote, verb)
        if speaker is None or text[quote.end : speaker[0]].strip():
            return False
        add_direct(state, quote, cue.start, cue.end, speaker, before[0])
        return True
    return False
