"""Sentence-final source clauses: ``clause, a source said.`` and its neighbours.

A plain verb of saying whose subject stands between the sentence's last comma and the
cue, with nothing after it but an adjunct ("…, county commissioners said Thursday evening,
as they …"), reports the whole clause before the comma (PARC 3.0: the source and cue
follow the content, Pareti 2015; Quirk et al. 1985, 15.53 on reporting clauses in final
position). The frame is read before the other cues of the sentence, so that a verb of
thought or wish inside the content ("… decided to change course, a source said.") does
not take the sentence; a verb of saying inside it ("X told Y …, a source said.") keeps
its own reading.
"""

from __future__ import annotations

import re

from analysis.attribution.content import adjunct_only, content_before
from analysis.attribution.cues import QUOTE_CHARS, Cue, agrees, cue_lexicon, is_weak, verb_reading
from analysis.attribution.phrases import (
    POSTMODIFYING_ADJECTIVES,
    is_adverb,
    speaker_after,
    speaker_before,
    strip_span,
    word_count,
    words,
)
from analysis.attribution.screen import cue_classes
from analysis.attribution.shapes import NOMINATIVE
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
    RELATIVE_SUBJECTS,
    SKIPPABLE,
    SUBORDINATORS,
    WEEKDAYS,
    grammar,
    source_heads,
)

# A postmodifier after a source's head is a few words long ("familiar with the talks").
MAX_POSTMODIFIER_WORDS = 12
# A time adjunct after the cue is short ("Friday afternoon", "last week").
MAX_TIME_WORDS = 4
# Classes of cue_classes.tsv that are plain verbs of saying (every other lemma is too).
_SAYING_CLASSES = frozenset({"statement"})
_CLAUSE_EVIDENCE = frozenset(grammar("finite_auxiliary"))
_NOT_IN_POSTMODIFIER = (
    PRONOUNS
    | SUBORDINATORS
    | ADJUNCT_OPENERS
    | _CLAUSE_EVIDENCE
    | frozenset(grammar("clause_link"))
)
# Determiners that can head a noun phrase of people ("many", "some", "both").
_QUANTIFIERS = frozenset(grammar("determiner"))
_SAY = "say"  # the one bare cue form that is not also a noun ("a say" aside)
_OBJECT_PRONOUNS = frozenset(grammar("object_pronoun"))
_RELATIVES = RELATIVE_SUBJECTS | {"who"}
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


def postmodified_subject(
    state: State, s_lo: int, cue_start: int, found: tuple[int, int] | None
) -> tuple[int, int] | None:
    """``A person familiar with the talks said …``, ``Aides to Ruiz say …``: when the
    clause before the cue is one source head with a postmodifier, that whole noun
    phrase is the subject, not the object of its last preposition (``found``, what
    :func:`speaker_before` read back from the cue)."""
    if found is None:
        return None
    text = state.text
    lo = max(s_lo, max(text.rfind(ch, s_lo, found[0]) for ch in ",;:—–") + 1)
    for _, end, word in words(text, lo, found[0]):
        if word.lower() not in OPENERS:
            break
        lo = end
    lo = strip_span(text, lo, found[0])[0]
    if lo >= found[0]:
        return found
    wider = _source_before(state, lo, cue_start)
    return wider if wider is not None and wider[0] < found[0] < wider[1] else found


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
    if found[0] == "to" and not _agent_or_place(found[:2]):
        return speaker  # "…, told tech companies to become …": an infinitive follows
    if not _postmodifier(found) or _medium_or_time(found):
        return speaker
    return speaker[0], rest[-1][1]


def _medium_or_time(found: list[str]) -> bool:
    """``…, said a spokesman in an email.``, ``… on Tuesday.``: a phrase naming a
    document or a time is an adjunct of the cue (medium or time, Quirk et al. 1985,
    8.1-8.3), not a postmodifier of the source."""
    heads = source_heads()
    return any(heads.get(w.lower()) == "document" or w.lower() in _TIME_OPENERS for w in found)


def _source_before(state: State, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The source filling text[lo:cue_start]: a noun phrase, optionally postmodified
    ("a person familiar with the talks", "officials who attended", Quirk et al. 1985,
    17.37 and 17.8)."""
    text = state.text
    lo, hi = strip_span(text, lo, cue_start)
    if hi <= lo or any(ch in text[lo:hi] for ch in ",;:()") or state.has_quotation(lo, hi):
        return None
    plain = speaker_before(text, lo, cue_start)
    if plain is not None and text[plain[0] : plain[1]].lower() in _RELATIVES:
        return None  # "…, the late X, who wrote as Y": a relative clause, not a source
    last_end = _last_word_end(text, lo, cue_start)
    if plain is not None and plain[0] == lo and plain[1] >= last_end:
        return plain  # (not "officials" of "officials who attended the meeting")
    head = speaker_after(text, lo, hi, name_ends=True) or _possessed_head(text, lo, hi)
    if head is not None:
        head = _before_ing_participle(text, head)
    if head is None or head[0] != lo or head[1] >= hi:
        return None
    head_words = [w.lower() for w in text[head[0] : head[1]].split()]
    if len(head_words) > 1 and head_words[-1] in POSTMODIFYING_ADJECTIVES:
        head_words.pop()  # "a person familiar": the adjective opens the postmodifier
    if head_words[-1] not in source_heads():
        return None  # "the hosts scored nine quick", "The word … came a week"
    rest = [w for _, _, w in words(text, head[1], cue_start)]
    if not _postmodifier(rest):
        return None
    return lo, last_end


# A possessor opening a noun phrase: "Canada's", "the mayor's", "Ana Ruiz's".
_POSSESSOR = re.compile(r"(?:(?:the|The|a|A)\s+)?(?:[\w.-]+\s+){0,2}[\w.-]+(?:’s|'s|s’|s')\s+")


def _possessed_head(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """``Canada's ambassador to Mexico said``: a head after a possessor (a determiner
    genitive, Quirk et al. 1985, 5.115) is read after it, and the possessor belongs to
    the noun phrase; without this the subject shrank to the object of "to"."""
    found = _POSSESSOR.match(text, lo, hi)
    if found is None:
        return None
    head = speaker_after(text, found.end(), hi, name_ends=True)
    return (lo, head[1]) if head is not None and head[0] == found.end() else None


def _before_ing_participle(text: str, head: tuple[int, int]) -> tuple[int, int]:
    """The head noun phrase up to an "-ing" participle right after a person or body noun
    ("the doctors offering to run …" → "the doctors"): with no auxiliary before it, the
    participle opens a reduced relative clause on that head (Quirk et al. 1985, 17.30),
    never the verb of the clause; read only before an infinitive ("offering to")."""
    found = words(text, *head)
    heads = source_heads()
    for k in range(1, len(found)):
        word = found[k][2]
        category = heads.get(found[k - 1][2].lower())
        infinitive = text[found[k][1] : found[k][1] + 4] == " to "
        if (
            word.islower()
            and word.endswith("ing")
            and category in ("person", "body")
            and infinitive
        ):
            return head[0], found[k - 1][1]
    return head


def _postmodifier(rest: list[str]) -> bool:
    """Are these words a postmodifier of a source's head: a prepositional phrase
    ("with knowledge of the talks"), a participle ("briefed on the call") or a relative
    clause ("who attended the meeting"), with no clause of its own after it ("turned
    around as he …")?"""
    first = rest[0] if rest else ""
    if len(rest) > MAX_POSTMODIFIER_WORDS or not first.islower():
        return False
    verb_at = 1 if first in _RELATIVES else 0
    participle = first.endswith(("ed", "en", "ing"))
    if not (verb_at or first in PREPOSITIONS or participle):
        return False
    catenative_ing = first.endswith("ing") and rest[1:2] == ["to"]  # "offering to run"
    if participle and not verb_at and not catenative_ing and not _agent_or_place(rest[1:3]):
        return False  # "One trustee threatened to make …": a main verb, not a participle
    later = [w.lower() for w in rest[verb_at + 1 :]]
    return not any(
        w in _NOT_IN_POSTMODIFIER or w.endswith("ed") or _inflected_cue(w) for w in later
    )


def _agent_or_place(after: list[str]) -> bool:
    """Does a prepositional phrase follow a participle ("briefed on the talks", "led by
    X", "opposed to the plan"), not an infinitive ("threatened to make")?"""
    if not after or after[0].lower() not in PREPOSITIONS:
        return False
    if after[0].lower() != "to":
        return True
    following = after[1] if len(after) > 1 else ""
    return following[:1].isupper() or following.lower() in DETERMINERS | _OBJECT_PRONOUNS


def _inflected_cue(word: str) -> bool:
    """An inflected reporting-verb form ("found", "says"), not a bare one that is also a
    noun ("call"): a verb of its own, so no part of a postmodifier."""
    entry = cue_lexicon().get(word)
    return entry is not None and entry[1] == "verb" and word != entry[0].split()[0]


def _last_word_end(text: str, lo: int, cue_start: int) -> int:
    """The end of the last word before the cue, the adverbs and auxiliaries that
    :func:`speaker_before` skips left out ("… familiar with the talks also said")."""
    found = words(text, lo, cue_start)
    while found and (found[-1][2].lower() in SKIPPABLE or is_adverb(found[-1][2])):
        found.pop()
    return found[-1][1] if found else strip_span(text, lo, cue_start)[1]


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
        w.islower() and (w.endswith("ed") or _inflected_cue(w)) for _, _, w in words(text, lo, hi)
    ):
        return False  # "…, a person briefed on the call said": "briefed" is no cue here
    found_words = [w for _, _, w in words(text, lo, hi)]
    if found_words[:1] == ["to"] and not _agent_or_place(found_words[:2]):
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
    if head.endswith("s") or (head == cue.lemma.split()[0] and cue.lemma != _SAY):
        return None
    if cue.lemma in ADDRESSEE_VERBS and text[cue.end : cue.end + 1] == ",":
        return None  # "All told, …": "tell" with no addressee is the sentence adverbial
    # Only punctuation may stand before the quantifier: a sentence, clause or list opens.
    previous = before[-2][2] if len(before) >= 2 else "."
    if previous[-1:].isalnum() or previous[-1:] == ")":
        return None
    return start, end
