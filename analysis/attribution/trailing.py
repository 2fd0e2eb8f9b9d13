"""Sentence-final source clauses: ``clause, a source said.`` and its neighbours.

A plain verb of saying whose subject stands between the sentence's last comma and the
cue, with nothing after it but an adjunct ("…, county commissioners said Thursday evening,
as they …"), reports the whole clause before the comma (PARC 3.0: the source and cue
follow the content, Pareti 2015; Quirk et al. 1985, 15.53 on reporting clauses in final
position). The frame is read before the other cues of the sentence, so that a verb of
thought or wish inside the content ("… decided to change course, a source said.") does
not take the sentence; a verb of saying inside it ("X told Y …, a source said.") keeps
its own reading. The source's noun phrase itself ("a person familiar with the talks")
is read in :mod:`~analysis.attribution.source_noun_phrases`.
"""

from __future__ import annotations

import re

from analysis.attribution.content import adjunct_only, content_before
from analysis.attribution.cues import QUOTE_CHARS, Cue, agrees, cue_lexicon, is_weak, verb_reading
from analysis.attribution.phrases import (
    speaker_after,
    speaker_before,
    strip_span,
    word_count,
    words,
)
from analysis.attribution.screen import cue_classes
from analysis.attribution.shapes import NOMINATIVE
from analysis.attribution.source_noun_phrases import (
    agent_or_place,
    inflected_cue,
    postmodifier,
)
from analysis.attribution.source_noun_phrases import (
    source_before as _source_before,  # (also read by nested.py under this name)
)
from analysis.attribution.state import MIN_QUOTATION_WORDS, State
from analysis.attribution.subjects import verb_like
from analysis.attribution.vocabulary import (
    ADDRESSEE_VERBS,
    ADJUNCT_OPENERS,
    DETERMINERS,
    MONTHS,
    OPENERS,
    PREPOSITIONS,
    PRONOUNS,
    SUBORDINATORS,
    WEEKDAYS,
    grammar,
    source_heads,
)

# A time adjunct after the cue is short ("Friday afternoon", "last week").
MAX_TIME_WORDS = 4
# Classes of cue_classes.tsv that are plain verbs of saying (every other lemma is too).
_SAYING_CLASSES = frozenset({"statement"})
_CLAUSE_EVIDENCE = frozenset(grammar("finite_auxiliary"))
# Determiners that can head a noun phrase of people ("many", "some", "both").
_QUANTIFIERS = frozenset(grammar("determiner"))
_SINGULAR_QUANTIFIERS = frozenset(grammar("singular_quantifier"))
_SAY = "say"  # the one bare cue form that is not also a noun ("a say" aside)
# "…, X said as she left": a subordinator opening a clause of time or reason after the frame.
_MEDIUM_PREPOSITION = re.compile(r"\b(?:on|in)\s")
_SUBORDINATE_AFTER = re.compile(r"\b(?:as|while|when|because)\s+(\w+)")
_TIME_OPENERS = frozenset(grammar("time_opener")) | {w.lower() for w in WEEKDAYS + MONTHS}


def saying(cue: Cue) -> bool:
    """Is the cue a plain verb of saying (not thought, wish, refusal or evidence)?"""
    found = cue_classes().get(cue.lemma)
    return cue.kind == "verb" and (found is None or found in _SAYING_CLASSES)


def trailing_frame(
    state: State, c: int, s_lo: int, s_hi: int, inner_blocks: bool = True
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(speaker, content) when cue ``c`` ends its sentence as ``clause, SOURCE said``;
    None otherwise (then the cue is read as any other). ``inner_blocks=False``: a verb
    of saying inside the content no longer keeps the sentence (its row was screened out,
    :mod:`~analysis.attribution.reclaim`)."""
    text, cue = state.text, state.cues[c]
    if not saying(cue) or cue.participle or is_weak(text, cue):
        return None
    if not _only_adjuncts_after(state, cue, s_hi):
        return None
    comma = text.rfind(",", s_lo, cue.start)
    if comma < 0:
        return None
    lead_end = comma
    quotation = state.quotation_at(comma)
    if quotation is not None:
        if (
            text[comma + 1 : quotation.end].strip(QUOTE_CHARS)
            or word_count(text, quotation.inner_start, quotation.inner_end) >= MIN_QUOTATION_WORDS
        ):
            return None  # a longer quotation is the direct pass's ("“…,” she said")
        lead_end = quotation.end  # "Not paying taxes “makes me smart,” X said last week."
    speaker = _source_before(state, lead_end, cue.start)
    if speaker is None or not agrees(text, cue, speaker) or not verb_reading(text, cue, speaker):
        return None  # "…, Varga kept comments about …": a noun, not a cue
    content = content_before(state, s_lo, lead_end)
    if not _is_clause(text, *content):
        return None
    opening = words(text, *content)[:1]
    if opening and opening[0][2].lower() in SUBORDINATORS and "," not in text[slice(*content)]:
        return None  # "As the charges were read, X testified": a fronted clause, no content
    if inner_blocks and _holds_saying(state, content):
        return None  # "X told Y …, a source said": the inner report keeps its reading
    return speaker, content


def final_source_phrase(
    state: State, c: int, s_lo: int, s_hi: int, inner_blocks: bool = True
) -> bool:
    """Does source phrase ``c`` end its sentence (``clause, according to X.``) after a
    clause that holds no verb of saying? Then it is read first, before a verb of wish
    or thought in that clause ("Ruiz plans to visit, according to an aide")."""
    text, cue = state.text, state.cues[c]
    if cue.kind != "source_phrase" or not text[s_lo : cue.start].rstrip().endswith(","):
        return False
    speaker = speaker_after(text, cue.end, s_hi, source_phrase=True)
    if speaker is None or text[speaker[1] : s_hi].strip(" .!?" + QUOTE_CHARS):
        return False
    content = content_before(state, s_lo, text.rfind(",", s_lo, cue.start))
    return _is_clause(text, *content) and not (inner_blocks and _holds_saying(state, content))


def final_inverted_cue(state: State, c: int, s_lo: int, inner_blocks: bool = True) -> bool:
    """Is verb cue ``c`` an inverted reporting clause after a comma (``clause, said X
    …``; Quirk et al. 1985, 15.53 and 18.24), its content before it holding no verb of
    saying? Then it is read first, before a verb inside a relative clause of that content
    ("… in towns that do not fund …, said X")."""
    text, cue = state.text, state.cues[c]
    if not saying(cue) or cue.participle or is_weak(text, cue):
        return False
    if cue.text_form.split()[0].endswith("ing"):
        return False  # "…, pointing to the sale of …": a participle never inverts
    lead_end = inverted_lead_end(state, s_lo, cue.start)
    if lead_end is None:
        return False
    content = content_before(state, s_lo, lead_end)
    return _is_clause(text, *content) and not (inner_blocks and _holds_saying(state, content))


def inverted_lead_end(state: State, s_lo: int, cue_start: int) -> int | None:
    """Where the content before an inverted cue ends: at the comma before the cue
    (``clause, said X``), or after the quotation that closes right after its comma
    (``… may be “reckless,” said X``: American punctuation puts the comma inside the
    quotation marks, Chicago Manual of Style 6.9); None when no comma ends the lead."""
    text = state.text
    lead = text[s_lo:cue_start].rstrip()
    if lead.endswith(","):
        return s_lo + len(lead) - 1
    bare = lead.rstrip(QUOTE_CHARS)
    if len(bare) == len(lead) or not bare.endswith(","):
        return None
    quotation = state.quotation_at(s_lo + len(bare) - 1)
    if quotation is None or quotation.end != s_lo + len(lead):
        return None
    return quotation.end


def medial_frame(state: State, c: int, s_lo: int, s_hi: int, inner_blocks: bool = True) -> bool:
    """Is verb cue ``c`` a reporting clause inside its content (``Even if A, X said,
    B``; Quirk et al. 1985, 15.53), with no verb of saying before it? Then it is read
    first, before a verb in the fragment before it ("proves")."""
    text, cue = state.text, state.cues[c]
    if not saying(cue) or cue.participle or is_weak(text, cue):
        return False
    if not text[cue.end : s_hi].lstrip().startswith(","):
        return False
    comma = text.rfind(",", s_lo, cue.start)
    speaker = speaker_before(text, s_lo, cue.start)
    if comma < 0 or speaker is None or strip_span(text, comma + 1, cue.start)[0] != speaker[0]:
        return False
    head = content_before(state, s_lo, comma)
    return words(text, *head) != [] and not (inner_blocks and _holds_saying(state, head))


def _holds_saying(state: State, span: tuple[int, int]) -> bool:
    return any(saying(state.cues[k]) for k in state.cues_between(*span))


def postmodified_after(
    state: State, cue: Cue, speaker: tuple[int, int], s_hi: int
) -> tuple[int, int]:
    """``…, said one source in the room.``: a source after an inverted cue takes the
    postmodifier that runs to the end of the sentence (Quirk et al. 1985, 17.37)."""
    text = state.text
    head = text[speaker[0] : speaker[1]].split()
    end = strip_span(text, speaker[1], s_hi)[1]
    if not saying(cue):
        return speaker  # only verbs of saying invert ("…, urged X to …" is no source)
    rest = words(text, speaker[1], end)
    if not rest or head[-1].lower() not in source_heads() or "," in text[speaker[1] : end]:
        return speaker
    found = [w for _, _, w in rest]
    if found[0] == "to" and not agent_or_place(found[:2]):
        return speaker  # "…, told tech companies to become …": an infinitive follows
    if not postmodifier(found) or _medium_or_time(found):
        return speaker
    return speaker[0], rest[-1][1]


def _medium_or_time(found: list[str]) -> bool:
    """``…, said a spokesman in an email.``, ``… on Tuesday.``: a phrase naming a
    document or a time is an adjunct of the cue (medium or time, Quirk et al. 1985,
    8.1-8.3), not a postmodifier of the source."""
    heads = source_heads()
    return any(heads.get(w.lower()) == "document" or w.lower() in _TIME_OPENERS for w in found)


def _is_clause(text: str, lo: int, hi: int) -> bool:
    """Three words or more with a finite verb or verb-like word among them."""
    found = [w for _, _, w in words(text, lo, hi) if w[:1].isalnum()]
    return len(found) >= 3 and any(
        w.lower() in _CLAUSE_EVIDENCE
        or verb_like(w)
        or w.endswith("s")
        and w.islower()
        and w not in _NOT_A_VERB_IN_S
        for w in found[1:]
    )


# Words ending in "s" that are never a verb's third-person form ("his", "its", "this").
_NOT_A_VERB_IN_S = DETERMINERS | PREPOSITIONS | PRONOUNS | frozenset(grammar("object_pronoun"))


def _only_adjuncts_after(state: State, cue: Cue, s_hi: int) -> bool:
    """Does only an adjunct follow the cue to the sentence end: an addressee of "told",
    a time or prepositional adjunct ("Friday afternoon", "in a statement"), then at
    most a subordinate clause or participle after a comma ("…, as they left")?"""
    text = state.text
    lo, hi = strip_span(text, cue.end, s_hi)
    if hi > lo and text[hi - 1] in QUOTE_CHARS + ")" and not _closing_title(state, lo, hi):
        return False  # inside a quotation or aside: not this sentence's frame
    if hi <= lo:
        return True
    subordinate = _SUBORDINATE_AFTER.search(text, lo, hi)
    opener = subordinate.group(1).lower() if subordinate is not None else ""
    if opener not in DETERMINERS | NOMINATIVE and not opener.endswith("ing"):
        subordinate = None  # "testified as a witness": a preposition, no clause
    if subordinate is not None and "," not in text[lo : subordinate.start()]:
        hi = subordinate.start()  # "…, X told aides as he left": a clause of time after
        if hi <= lo:
            return True
    comma = text.find(",", cue.end, hi)
    first_end = comma if comma >= 0 else hi
    if comma >= 0:
        after = words(text, comma + 1, hi)
        opener = after[0][2].lower() if after else ""
        participle = _participle_cue(opener)
        if not text[cue.end : comma].strip() and not participle:
            return False  # "A, X said, until B": a medial cue, the clause goes on
        if not (opener in SUBORDINATORS | ADJUNCT_OPENERS or participle):
            return False
    if cue.lemma in ADDRESSEE_VERBS:
        addressee = speaker_after(text, lo, first_end)
        if addressee is None or addressee[0] != lo:
            return False
        lo = strip_span(text, addressee[1], first_end)[0]
    return lo >= first_end or _adjunct(text, lo, first_end)


def _closing_title(state: State, lo: int, hi: int) -> bool:
    """Does a short quoted title end the sentence after a preposition ("… on NBC’s
    “Morning Desk.”"), a medium named in an adjunct, not a quotation of the frame's own?"""
    quotation = state.quotation_at(hi - 1)
    if quotation is None or quotation.start < lo:
        return False
    short = word_count(state.text, quotation.inner_start, quotation.inner_end) <= MAX_TIME_WORDS
    return short and _MEDIUM_PREPOSITION.search(state.text, lo, quotation.start) is not None


def _participle_cue(word: str) -> bool:
    """``adding``, ``noting``: a participle cue that starts an attribution of its own."""
    entry = cue_lexicon().get(word)
    return entry is not None and entry[1] == "verb" and word.endswith("ing")


def _adjunct(text: str, lo: int, hi: int) -> bool:
    """A prepositional adjunct ("in a statement") or a short time adjunct ("Friday
    afternoon", "last week"), with no clause in it."""
    if any(
        w.islower() and (w.endswith("ed") or inflected_cue(w)) for _, _, w in words(text, lo, hi)
    ):
        return False  # "…, a person briefed on the call said": "briefed" is no cue here
    found_words = [w for _, _, w in words(text, lo, hi)]
    if found_words[:1] == ["to"] and not agent_or_place(found_words[:2]):
        return False  # "…, X asked the league to refund …": an infinitive, not an adjunct
    if adjunct_only(text, lo, hi):
        return True
    found = [w.lower() for _, _, w in words(text, lo, hi) if w[:1].isalnum()]
    if not found or found[0] not in _TIME_OPENERS:
        return False
    if any(w in _CLAUSE_EVIDENCE or w in PRONOUNS for w in found):
        return False
    if len(found) <= MAX_TIME_WORDS:
        return True
    return _time_then_place(text, lo, hi)


def _time_then_place(text: str, lo: int, hi: int) -> bool:
    """``Wednesday morning on a cable show``: a short time adjunct, then a prepositional
    adjunct of medium or place (Quirk et al. 1985, 8.1-8.3: adjuncts of time and place
    stack after the verb)."""
    found = words(text, lo, hi)
    for k, (start, _, word) in enumerate(found[: MAX_TIME_WORDS + 1]):
        if word.lower() in PREPOSITIONS:
            return k > 0 and adjunct_only(text, start, hi)
    return False


def quantifier_subject(text: str, s_lo: int, cue: Cue) -> tuple[int, int] | None:
    """``Many said``, ``Some say``: a quantifier right before the cue that heads its noun
    phrase (Quirk et al. 1985, 6.48; a source noun of ``source_nouns.tsv``) is the
    subject of a plain verb of saying in a past form or bare "say". Not before a form
    that is also a plural noun ("some calls", "many questions") or another bare form
    ("each report"), nor floating after the subject it quantifies ("Merkley, Brown and
    Menendez all suggested"); "some have called it X", "some might find it" name or
    opine, and are left to the other readings."""
    before = words(text, max(s_lo, cue.start - 60), cue.start)
    if not before or not saying(cue):
        return None
    start, end, word = before[-1]
    if word.lower() not in source_heads() or word.lower() not in _QUANTIFIERS:
        return None
    head = cue.text_form.split()[0]
    singular = word.lower() in _SINGULAR_QUANTIFIERS  # "another says": "-s" is the verb's
    if (head.endswith("s") and not singular) or (
        head == cue.lemma.split()[0] and cue.lemma != _SAY
    ):
        return None
    if cue.lemma in ADDRESSEE_VERBS and text[cue.end : cue.end + 1] == ",":
        return None  # "All told, …": "tell" with no addressee is the sentence adverbial
    # Only punctuation may stand before the quantifier: a sentence, clause or list opens;
    # or a linking adverb that opens the sentence ("Yet another said").
    previous = before[-2][2] if len(before) >= 2 else "."
    opener = len(before) == 2 and previous.lower() in OPENERS and before[0][0] == s_lo
    if (previous[-1:].isalnum() and not opener) or previous[-1:] == ")":
        return None
    return start, end
