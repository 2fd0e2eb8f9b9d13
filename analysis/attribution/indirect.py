"""Pass 2, indirect and mixed attributions: every cue outside quotation marks left unused.

A reporting verb with a subject before it (``X said (that) clause``, ``X warned Y that
clause``), after it (``clause, said X``), a source phrase (``According to X, clause`` /
``clause, according to X``), and participles that inherit the subject (``…, noting that
clause``). Content holding a quotation is *mixed*. PARC 3.0 (Pareti 2015) spans.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.attribution import vocabulary as v
from analysis.attribution.clause_limits import (
    before_fronted_clause_end,
    before_main_clause,
    before_next_source,
    linking_only,
    opens_a_clause,
    past_as_frame_adjunct,
    relative_gap,
)
from analysis.attribution.content import (
    adjunct_only,
    content_after,
    content_before,
    inside_relative_clause,
    object_infinitive,
    occasion_only,
)
from analysis.attribution.coordination import (
    earlier_speaker,
    predicate_verb,
    then_coordinated_subject,
)
from analysis.attribution.cues import (
    QUOTE_CHARS,
    Cue,
    agrees,
    inscription,
    is_weak,
    past_addressee,
    states_something,
    verb_reading,
)
from analysis.attribution.emit import emit
from analysis.attribution.mention_spans import joint_speaker_before
from analysis.attribution.phrases import (
    first_word,
    ratio_subject,
    speaker_after,
    speaker_before,
    strip_span,
    word_count,
    words,
)
from analysis.attribution.screen import cue_classes
from analysis.attribution.source_phrases import according_to
from analysis.attribution.state import State
from analysis.attribution.subjects import (
    appositive_subject,
    auxiliaries_start,
    coordinated_predicate_subject,
    coordinated_subject,
    inherited_speaker,
    relative_clause_end,
)
from analysis.attribution.trailing import (
    final_inverted_cue,
    final_source_phrase,
    inverted_lead_end,
    medial_frame,
    postmodified_after,
    postmodified_subject,
    quantifier_subject,
    saying,
    trailing_frame,
)

# "… was how X described it", "… is what X told us": a pseudo-cleft puts the content first.
_PSEUDO_CLEFT = re.compile(r",?\s+(?:is|was|'s|’s)\s+(?:how|what)\s+$")
_UNREALISED = frozenset(v.grammar("unrealised_catenative"))

# How far from its cue a clause is read: no attribution's content runs for thousands of
# characters, and the bound keeps the pass linear in the length of a run-on "sentence".
MAX_CLAUSE_CHARS = 4000

# A verb group ending right before a cue: the progressive "is also asking", the
# catenative "went on to criticize", "has tried to explain", "have begun urging".
_VERB_GROUP = re.compile(
    r"(?:(?P<progressive>\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+|also\s+|even\s+|still\s+|now\s+|not\s+)*)"
    r"|(?P<catenative>\b(?:" + v.alternation(v.grammar("catenative"))[3:-1] + r"|"
    # "X is said to have asked": the subject of the raising verb is the speaker.
    r"(?:is|are|was|were)\s+" + v.alternation(v.grammar("raising_participle")) + r")"
    r"\s+to\s+(?:have\s+)?)"
    r"|(?P<ing_taker>\b(?:"
    + v.alternation(v.grammar("ing_taker"))[3:-1]
    + r"|spent\s+\w+\s+\w+)\s+))$"
)


def find_indirect(
    state: State,
    inner_blocks: bool = True,
    sentences: set[int] | None = None,
    only: Callable[[str, Cue], bool] | None = None,
) -> None:
    """Attribute every cue the direct pass left, weak cues last (pass 2).
    ``inner_blocks=False``: the pass read again after screening, in the ``sentences``
    where screening freed text, for the cues ``only`` admits
    (:func:`analysis.attribution.reclaim.reclaim_frames`)."""
    _trailing_sources(state, inner_blocks, sentences)
    # Weak cues go last, so that a real reporting cue claims their sentence first.
    order = sorted(range(len(state.cues)), key=lambda c: is_weak(state.text, state.cues[c]))
    for c in order:
        cue = state.cues[c]
        if c in state.used_cues or state.quotation_at(cue.start) is not None:
            continue
        if sentences is not None and state.layout.sentence_at(cue.start) not in sentences:
            continue
        if only is not None and not only(state.text, cue):
            continue
        if state.is_claimed(cue.start, cue.end) or cue.kind == "circumstance":
            continue
        s_lo, s_hi = state.layout.sent_bounds[state.layout.sentence_at(cue.start)]
        s_lo = max(s_lo, cue.start - MAX_CLAUSE_CHARS)
        s_hi = min(s_hi, cue.end + MAX_CLAUSE_CHARS)
        if cue.kind == "source_phrase":
            according_to(state, c, s_lo, s_hi)
        else:
            _reporting_verb(state, c, s_lo, s_hi)


def _trailing_sources(
    state: State, inner_blocks: bool = True, sentences: set[int] | None = None
) -> None:
    """``clause, a source said.``: sentence-final source clauses first, so that a verb
    of thought or wish inside their content does not take the sentence
    (:mod:`~analysis.attribution.trailing`). ``inner_blocks=False`` reads the frames
    again after screening, a verb of saying inside the content aside
    (:func:`analysis.attribution.reclaim.reclaim_frames`)."""
    for c, cue in enumerate(state.cues):
        if c in state.used_cues or state.quotation_at(cue.start) is not None:
            continue
        if state.is_claimed(cue.start, cue.end):
            continue
        if sentences is not None and state.layout.sentence_at(cue.start) not in sentences:
            continue
        s_lo, s_hi = state.layout.sent_bounds[state.layout.sentence_at(cue.start)]
        s_lo = max(s_lo, cue.start - MAX_CLAUSE_CHARS)
        frame = trailing_frame(state, c, s_lo, s_hi, inner_blocks)
        if frame is not None:
            emit(state, c, frame[1], frame[0])
        elif final_source_phrase(state, c, s_lo, s_hi, inner_blocks):
            according_to(state, c, s_lo, s_hi)  # "clause, according to X."
        elif final_inverted_cue(state, c, s_lo, inner_blocks):
            _inverted(state, c, s_lo, s_hi)  # "clause, said X in an email."
        elif medial_frame(state, c, s_lo, s_hi, inner_blocks):
            _reporting_verb(state, c, s_lo, s_hi)  # "Even if A, X said, B"


def _coordinated_cue_follows(state: State, content: tuple[int, int]) -> bool:
    """Does the content open with a preposition and hold "and <cue>"?"""
    lo, hi = content
    first = first_word(state.text, lo)
    if first is None or first.group().lower() not in v.PREPOSITIONS:
        return False
    return any(
        state.text[max(lo, state.cues[k].start - 5) : state.cues[k].start] == " and "
        for k in state.cues_between(lo, hi)
    )


def _participle(state: State, c: int, s_lo: int, s_hi: int) -> None:
    """``…, noting that clause``: the participle takes the subject of its clause."""
    text, cue = state.text, state.cues[c]
    if inverted_lead_end(state, s_lo, cue.start) is None:
        return  # (a comma before the participle, or inside a quotation closing there)
    speaker = inherited_speaker(state, s_lo, cue.start)
    content = content_after(state, cue.end, s_hi)
    if occasion_only(text, cue, *content):
        return  # "X, speaking to reporters on Monday, said …": no content of its own
    emit(state, c, past_addressee(text, *content, cue.lemma), speaker)


def _subject_of(
    state: State, c: int, s_lo: int, s_hi: int, verb_start: int
) -> tuple[int, int] | None | bool:
    """The subject of the verb group at ``verb_start``; True when an inverted cue
    (``clause, said X``) was recorded instead."""
    text = state.text
    verb_start = auxiliaries_start(text, s_lo, verb_start)  # "X, who …, has said"
    speaker = postmodified_subject(
        state, s_lo, verb_start, joint_speaker_before(text, s_lo, verb_start)
    )
    if speaker is None and (
        text[s_lo:verb_start].rstrip().endswith((",", "—", "–", "--"))
        or inverted_lead_end(state, s_lo, verb_start) is not None  # "X, citing “…,” said"
    ):
        if _inverted(state, c, s_lo, s_hi):
            return True
        speaker = appositive_subject(state, s_lo, verb_start)
        if speaker is None:
            speaker = coordinated_predicate_subject(state, s_lo, verb_start)
    if speaker is None and text[s_lo:verb_start].rstrip().endswith((" and", " but")):
        speaker = coordinated_subject(state, s_lo, verb_start)
        if speaker is None and saying(state.cues[c]):
            speaker = earlier_speaker(state, s_lo, verb_start, saying)  # "X's Y said A and said B"
    if speaker is None and saying(state.cues[c]):
        speaker = then_coordinated_subject(state, s_lo, verb_start)  # "X did A, then says B"
    return speaker


def _reading_fails(state: State, cue: Cue, speaker: tuple[int, int]) -> bool:
    """Is the cue, with this subject, not a reporting verb (a noun, an inscription, a risk)?"""
    text = state.text
    if not agrees(text, cue, speaker) or inscription(text, cue, speaker):
        return True
    if is_weak(text, cue) and text[speaker[0] : speaker[1]].lower() in v.RELATIVE_SUBJECTS:
        return True  # "a standoff that threatened to stall talks": "who" would be a person
    return not verb_reading(text, cue, speaker)


def _reporting_verb(state: State, c: int, s_lo: int, s_hi: int) -> None:
    """A reporting verb outside quotation marks: ``X said clause``, ``clause, X said``."""
    text, cue = state.text, state.cues[c]
    if _postmodifies_a_subject(state, c, s_hi) or _naming_appositive(state, c, s_hi):
        return
    group = _VERB_GROUP.search(text, max(s_lo, cue.start - 60), cue.start)
    verb_start = group.start() if group else cue.start
    if group is None:
        before_words = text[max(s_lo, cue.start - 12) : cue.start].split()
        if before_words and before_words[-1].lower() in v.PASSIVE_AUX | {"to"}:
            return  # "is said to", "wants to say": not an attribution of its own
        quantifier = quantifier_subject(text, s_lo, cue) or ratio_subject(text, s_lo, cue.start)
        if before_words and before_words[-1].lower() in v.DETERMINERS | {"'s", "’s"}:
            if quantifier is not None:  # "Many said": a quantifier heads the subject
                _subject_then_content(state, c, s_lo, s_hi, quantifier)
                return
            return  # "the report", "a call": a noun
        if cue.participle:
            _participle(state, c, s_lo, s_hi)
            return
    elif cue.participle != bool(group["progressive"] or group["ing_taker"]):
        return
    elif group["catenative"] and group["catenative"].split()[0].lower() in _UNREALISED:
        return  # "failed to locate the leak", "failed to answer": nothing was said or found
    speaker = _subject_of(state, c, s_lo, s_hi, verb_start)
    if speaker is True:
        return
    if speaker is None:
        _inverted(state, c, s_lo, s_hi)
        return
    if _reading_fails(state, cue, speaker):
        return
    s_hi = relative_clause_end(state, c, speaker, s_lo, s_hi)  # "A man who asked … said"
    _subject_then_content(state, c, s_lo, s_hi, speaker)


def _naming_appositive(state: State, c: int, s_hi: int) -> bool:
    """``His group, called the River Fund, will own …``: a naming participle between
    commas, its name closed by a comma and a predicate going on after it, is a reduced
    relative clause on the noun before (Quirk et al. 1985, 17.30), not a verb of its own."""
    text, cue = state.text, state.cues[c]
    if cue_classes().get(cue.lemma) != "naming" or not cue.text_form.endswith("ed"):
        return False
    if not text[max(0, cue.start - 3) : cue.start].rstrip().endswith(","):
        return False
    comma = text.find(",", cue.end, s_hi)
    if comma < 0 or state.has_quotation(cue.end, comma + 1):
        return False  # ("called the law “much, much better”": a quoted label, no name)
    name = text[cue.end : comma].strip()
    after = words(text, comma + 1, s_hi)[:1]
    if not after or not (name[:1].isupper() or name[:4] == "the "):
        return False
    return after[0][2].islower() and after[0][2] not in v.NOT_A_PREDICATE


def _postmodifies_a_subject(state: State, c: int, s_hi: int) -> bool:
    """``Two people briefed on the merger said …``: an "-ed" or "-ing" cue inside the
    subject of a later cue of its sentence is a participle postmodifying that subject's
    head (a reduced relative, Quirk et al. 1985, 17.30), not a verb of its own."""
    text, cue = state.text, state.cues[c]
    if cue.kind != "verb" or not cue.text_form.endswith(("ed", "ing")):
        return False
    after, before = first_word(text, cue.end + 1), words(text, max(0, cue.start - 40), cue.start)
    if after is None or after.group() not in v.PREPOSITIONS - {"to"} or not before:
        return False  # "The lawyer defended tenants …": a verb with its object, no postmodifier
    head = before[-1][2]
    if not (head[:1].isupper() or head.lower() in v.source_heads()):
        return False  # the participle must follow the head noun ("people briefed on")
    s_lo = state.layout.sent_bounds[state.layout.sentence_at(cue.start)][0]
    for k in state.cues_between(cue.end, s_hi):
        later = state.cues[k]
        if later.kind == "verb" and not later.participle:
            subject = speaker_before(text, s_lo, later.start)
            return subject is not None and subject[0] < cue.start and subject[1] >= cue.end
    return False


def _subject_then_content(
    state: State, c: int, s_lo: int, s_hi: int, speaker: tuple[int, int]
) -> None:
    """``X said clause`` (content after the cue), else ``clause, X said`` (before it)."""
    text, cue = state.text, state.cues[c]
    pseudo_cleft = _PSEUDO_CLEFT.search(text, max(s_lo, speaker[0] - 20), speaker[0])
    if pseudo_cleft and word_count(text, s_lo, pseudo_cleft.start()) >= 2:
        # "“…,” was how Okafor described it": the content is the subject of "was how".
        lo, hi = content_before(state, s_lo, pseudo_cleft.start())
        emit(state, c, (lo + (text[lo] == "("), hi), speaker)
        return
    content = content_after(state, cue.end, s_hi)
    content = inside_relative_clause(state, s_lo, speaker, content)
    content = past_as_frame_adjunct(state, s_lo, speaker, content)  # "As X noted then, …"
    content = before_main_clause(state, s_lo, speaker, content)
    content = before_fronted_clause_end(state, s_lo, speaker, content)
    # "…, an insurgent source told Radio Valla.": only an addressee after the cue, so
    # the content is the clause before it.
    says = states_something(text, *content, cue.lemma)
    addressed = past_addressee(text, *content, cue.lemma)
    infinitive = object_infinitive(text, content[0], addressed[0], cue.lemma)
    content = before_next_source(state, addressed)
    if (
        says
        and not infinitive
        and adjunct_only(text, *content)
        and _clause_before(state, c, s_lo, speaker, True)
    ):
        return  # "…, the source claimed to the outlet.": the clause before is the content
    if says and word_count(text, *content) >= 2:
        if _coordinated_cue_follows(state, (content[0], s_hi)):
            return  # "X spoke to reporters and said …": the second verb reports
        gap = relative_gap(state, s_lo, speaker, content)
        if gap is not None:
            emit(state, c, content, speaker, head=gap)  # "which critics said was unfair"
            return
        lead = text[s_lo : speaker[0]].rstrip()
        if lead.endswith(",") and text[cue.end : content[0]].strip().startswith(","):
            # "The team, he said, will develop a plan": a parenthetical cue.
            head = strip_span(text, s_lo, len(lead) - 1 + s_lo)
            if linking_only(text, *head):
                # "Meanwhile, Okafor says, the firm …": a linking adverbial ties the
                # writer's sentences together; it is no part of what was said.
                emit(state, c, content, speaker)
                return
            if word_count(text, *head) >= 1 and not state.is_claimed(*head):
                emit(state, c, content, speaker, head=head)
                return
        emit(state, c, content, speaker)
        return
    # "On Friday, the third day of his tour, X told a joke": words after the cue are its
    # object, so the stretch before is content only when it is a clause of its own.
    _clause_before(state, c, s_lo, speaker, word_count(text, *content) > 0)


_RELATIVE_AFTER = re.compile(r"(?:who|whose)\s")
# "“Why?” asked Ruiz": of the verbs of telling only "ask" inverts before its subject.
_INVERTING_ADDRESSEE_VERBS = frozenset(v.grammar("inverting_addressee_verb"))


def _clause_before(
    state: State, c: int, s_lo: int, speaker: tuple[int, int], instead_of_adjunct: bool = False
) -> bool:
    """``clause, X said.``: record the clause before the speaker's comma as the content.

    ``instead_of_adjunct``: only an adjunct follows the cue ("…, X claimed to the outlet"),
    so the stretch before must itself be a clause, not an introductory phrase ("In July,
    X called for …", "As Y appears set to veto …, X said on …")."""
    text = state.text
    if instead_of_adjunct and not opens_a_clause(text, s_lo, speaker[0]):
        return False
    if text[speaker[0] : speaker[1]].lower() in {"who", "which"}:
        return False  # "The committee, which backed Ruiz, …": the antecedent is no content
    comma = text.rfind(",", s_lo, speaker[0])
    if comma < 0 or text[comma + 1 : speaker[0]].strip(" \n" + QUOTE_CHARS):
        return False
    # A comma inside a closing quotation ("the “tourist tax,” Ruiz said") keeps the
    # quotation whole.
    quotation = state.quotation_at(comma)
    end = quotation.end if quotation is not None else comma
    before = len(state.found)
    emit(state, c, content_before(state, s_lo, end), speaker)
    return len(state.found) > before


def _subject_with_appositive(state: State, lo: int, hi: int) -> bool:
    """Is text[lo:hi] a name and appositives or adjuncts only ("Sen. Ruth Okafor, D-Ohio",
    "Judicial Watch, in releasing the email")?

    Such a lead is the subject of the verb after it, not the content of an
    inverted cue: the name fills its stretch up to the first comma, and each
    later stretch opens with a noun phrase (no verb before it).
    """
    text = state.text
    pieces = text[lo:hi].split(",")
    if len(pieces) < 2:
        return False
    offset = lo
    for k, piece in enumerate(pieces):
        start = offset + len(piece) - len(piece.lstrip())
        end = offset + len(piece.rstrip())
        offset += len(piece) + 1
        np = speaker_after(text, start, end, name_ends=True) if start < end else None
        if k > 0 and (np is None or np[0] != start) and adjunct_only(text, start, end):
            continue  # "Judicial Watch, in releasing the email, noted …": an adjunct
        if np is None or np[0] != start:
            return False
        if k == 0 and (np[1] != end or not text[start].isupper()):
            return False
    return True


def _inverted(state: State, c: int, s_lo: int, s_hi: int) -> bool:
    """``clause, said X.`` and ``clause, said X, director of Y.``"""
    text, cue = state.text, state.cues[c]
    if not saying(cue) or cue.text_form.split()[0].endswith("ing") or " " in cue.lemma:
        # "X, at a meeting, called the plan a failure", "X, …, called on Y to …": only a
        # verb of saying with no object or particle inverts (Quirk et al. 1985, 15.53).
        return False
    if cue.lemma in v.ADDRESSEE_VERBS - _INVERTING_ADDRESSEE_VERBS:
        return False  # "X, in a memo, reminded his staff …": what follows is the addressee
    if _VERB_GROUP.search(text, max(s_lo, cue.start - 60), cue.start):
        return False  # "…, was asked": the subject is before the verb group
    lead_end = inverted_lead_end(state, s_lo, cue.start)
    if lead_end is None:
        return False
    speaker = speaker_after(text, cue.end, s_hi)
    if speaker is not None and text[speaker[0] : speaker[1]].split()[0] in v.OBJECT_ONLY_PRONOUNS:
        return False  # "X, in response to Y, accused him of …": an object, the subject is X
    if speaker is not None:
        speaker = postmodified_after(state, cue, speaker, s_hi)  # "said a source in the room."
    rest = text[speaker[1] : s_hi].strip(" .!?;" + QUOTE_CHARS) if speaker else ""
    if (
        speaker is not None
        and rest
        and not rest.startswith(",")
        and _adjunct_after_source(state, c, speaker, s_hi)
    ):
        rest = ""  # "…, said X in an email.": only an adjunct of the cue follows
    if (
        speaker is not None
        and _RELATIVE_AFTER.match(rest)
        and not state.has_quotation(speaker[1], s_hi)
    ):
        # "…, said a handful of aides who point to his record.": a restrictive relative
        # clause postmodifies the source (Quirk et al. 1985, 17.8); it is no content.
        rest = ""
    if speaker is None or (rest and not rest.startswith(",")):
        return False
    if _subject_with_appositive(state, s_lo, text.rfind(",", s_lo, cue.start)):
        return False  # "Sen. Ruth Okafor, D-Ohio, called the vote overdue"
    before = len(state.found)
    head = content_before(state, s_lo, lead_end)
    tail = _clause_goes_on(state, speaker[1], s_hi, head) if rest else None
    emit(state, c, tail or head, speaker, head=head if tail else None)
    return len(state.found) > before


def _adjunct_after_source(state: State, c: int, speaker: tuple[int, int], s_hi: int) -> bool:
    """``…, said Ana Ruiz in an email.``: after an inverted cue's source only an adjunct
    of medium, place or time follows. Not after a pronoun or an addressee verb ("…, asked
    them about …": the object), and only when the source ends as a noun phrase should
    ("…, said the rule change opened the door to …" is a clause)."""
    text, cue = state.text, state.cues[c]
    first = text[speaker[0] : speaker[1]].split()[0].lower()
    if first in v.PRONOUNS | frozenset(v.grammar("object_pronoun")):
        return False  # "…, called her a genius at …": an object, no source
    if cue.lemma in v.ADDRESSEE_VERBS:
        return False
    if speaker_after(text, cue.end, s_hi, name_ends=True) != speaker:
        return False
    return adjunct_only(text, speaker[1], s_hi) or _medium_adjunct(text, speaker[1], s_hi)


def _medium_adjunct(text: str, lo: int, hi: int) -> bool:
    """``in a memo to members that was read by …``: a preposition and a document noun
    name the medium of the saying (Quirk et al. 1985, 8.1-8.3), whatever postmodifies
    that noun after it."""
    found = [w.lower() for _, _, w in words(text, lo, min(hi, lo + 40)) if w[:1].isalnum()]
    if len(found) < 2 or found[0] not in v.PREPOSITIONS:
        return False
    noun = found[2] if found[1] in v.DETERMINERS and len(found) > 2 else found[1]
    return v.source_heads().get(noun) == "document"


def _clause_goes_on(
    state: State, lo: int, s_hi: int, head: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """``There is a satisfaction, insists X, in building …``: after the inverted cue's
    speaker and a comma, the interrupted clause goes on (not an appositive "a farmer",
    a relative "who …" or a new clause "and …"); its rest is the second fragment."""
    text = state.text
    comma = re.match(r"\s*,\s*", text[lo:s_hi])
    if comma is None:
        return None
    rest = strip_span(text, lo + comma.end(), s_hi)
    first = first_word(text, rest[0])
    if first is None or word_count(text, *rest) < 2 or not first.group().islower():
        return None
    word = first.group().lower()
    if word in v.DETERMINERS or word in v.NOT_A_PREDICATE - v.PREPOSITIONS:
        return None
    if speaker_after(text, rest[0], rest[1]) is not None and not predicate_verb(text, word, head):
        return None  # "…, said X, head of research at Y": an appositive noun phrase
    return rest
