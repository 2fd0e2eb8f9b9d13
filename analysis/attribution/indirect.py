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
from analysis.attribution.causative_infinitives import causee_subject
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
    adverb_coordinated_subject,
    coordinated_participle_speaker,
    earlier_speaker,
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
from analysis.attribution.introductions import participle_aside_subject
from analysis.attribution.inverted import VERB_GROUP, inverted
from analysis.attribution.mention_spans import joint_speaker_before
from analysis.attribution.participle_adjuncts import adjunct_participle_subject, reports_content
from analysis.attribution.passive_agents import passive_agent
from analysis.attribution.phrases import (
    first_word,
    ratio_subject,
    strip_span,
    word_count,
)
from analysis.attribution.reduced_relatives import naming_appositive, postmodifies_a_subject
from analysis.attribution.source_noun_phrases import postmodified_subject
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
            inverted(state, c, s_lo, s_hi)  # "clause, said X in an email."
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
    speaker = coordinated_participle_speaker(state, s_lo, cue.start)  # "calling A and accusing B"
    if speaker is not None:
        pass
    elif inverted_lead_end(state, s_lo, cue.start) is not None:
        speaker = inherited_speaker(state, s_lo, cue.start)
    elif saying(cue):
        speaker = adjunct_participle_subject(state, s_lo, cue.start)  # "X began by saying"
        if speaker is None or not reports_content(text, cue.end):
            return
    else:
        return  # (a comma before the participle, or inside a quotation closing there)
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
        if inverted(state, c, s_lo, s_hi):
            return True
        speaker = appositive_subject(state, s_lo, verb_start)
        if speaker is None:
            speaker = participle_aside_subject(state, s_lo, verb_start)
        if speaker is None:
            speaker = coordinated_predicate_subject(state, s_lo, verb_start)
    if speaker is None and text[s_lo:verb_start].rstrip().endswith((" and", " but")):
        # "X described A and said B": the first conjunct's attribution names the subject
        # both verbs share; else the subject the sentence opens with.
        if saying(state.cues[c]):
            speaker = earlier_speaker(state, s_lo, verb_start, saying)  # "X's Y said A and said B"
        if speaker is None:
            speaker = coordinated_subject(state, s_lo, verb_start)
    if speaker is None and saying(state.cues[c]):
        speaker = then_coordinated_subject(state, s_lo, verb_start)  # "X did A, then says B"
    if speaker is None and saying(state.cues[c]):
        speaker = adverb_coordinated_subject(state, s_lo, verb_start)  # "… and also said B"
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
    if postmodifies_a_subject(state, c, s_hi) or naming_appositive(state, c, s_hi):
        return
    group = VERB_GROUP.search(text, max(s_lo, cue.start - 60), cue.start)
    verb_start = group.start() if group else cue.start
    if group is None:
        before_words = text[max(s_lo, cue.start - 12) : cue.start].split()
        if before_words and before_words[-1].lower() in v.PASSIVE_AUX | {"to"}:
            causee = causee_subject(text, s_lo, cue)  # "allowed X to claim that A"
            if causee is not None:
                _subject_then_content(state, c, s_lo, s_hi, causee)
                return
            passive_agent(state, c, s_lo, s_hi)  # "X was told by Y that A"
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
        if group["progressive"] and not cue.participle:
            passive_agent(state, c, s_lo, s_hi)  # "X was told by Y that A"
        return
    elif group["catenative"] and group["catenative"].split()[0].lower() in _UNREALISED:
        return  # "failed to locate the leak", "failed to answer": nothing was said or found
    speaker = _subject_of(state, c, s_lo, s_hi, verb_start)
    if speaker is True:
        return
    if speaker is None:
        inverted(state, c, s_lo, s_hi)
        return
    if _reading_fails(state, cue, speaker):
        return
    s_hi = relative_clause_end(state, c, speaker, s_lo, s_hi)  # "A man who asked … said"
    _subject_then_content(state, c, s_lo, s_hi, speaker)


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
    addressed = past_addressee(text, *content, cue.lemma)
    # "X told reporters the plan would fail": a clause after the addressee says something
    says = states_something(text, *content, cue.lemma) or addressed[0] > content[0]
    infinitive = object_infinitive(text, content[0], addressed[0], cue.lemma)
    content = _before_closing_dash(text, s_lo, cue.start, before_next_source(state, addressed))
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


_SPACED_DASH = re.compile(r"[ \u00a0](?:-|–|—|--)[ \u00a0]")


def _before_closing_dash(
    text: str, s_lo: int, cue_start: int, content: tuple[int, int]
) -> tuple[int, int]:
    """``The board - which has rejected the plan as unsafe - called for …``: a cue inside
    a dash aside reports only up to the dash that closes it (Quirk et al. 1985, 15.55)."""
    if len(_SPACED_DASH.findall(text, s_lo, cue_start)) % 2 == 0:
        return content
    closing = _SPACED_DASH.search(text, content[0], content[1])
    return content if closing is None else strip_span(text, content[0], closing.start())


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
