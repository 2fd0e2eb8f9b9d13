"""Where the content of ``X said clause`` stops or starts inside its sentence.

Limits of an indirect attribution's content that the clause structure sets: a relative
pronoun's subject gap ("which critics said was unfair"), a coordinated clause with its
own source ("…, and sources told Y …"), a linking adverbial before a parenthetical cue
("Meanwhile, X says, …"), and a fronted adverbial clause ("While X said A, he did B").
PARC 3.0 content spans (Pareti 2015).
"""

from __future__ import annotations

import re

from analysis.attribution import vocabulary as v
from analysis.attribution.content import adjunct_only
from analysis.attribution.cues import QUOTE_CHARS
from analysis.attribution.phrases import first_word, speaker_before, strip_span, word_count, words
from analysis.attribution.state import State
from analysis.attribution.subjects import auxiliaries_start, coordinated_subject, verb_like
from analysis.attribution.summary_apposition import apposition_before

# "… and said", "… but has also said": a perfect auxiliary may open the second predicate.
_SECOND_PREDICATE = re.compile(
    r",?[”\"’']?\s+(?:and|but)\s+(?:ha(?:s|ve|d)\s+)?(?:\w+ly\s+|also\s+|then\s+)?$"
)
_FINITE_FIRST = frozenset(v.grammar("finite_auxiliary"))
_GAP_PRONOUNS = v.RELATIVE_SUBJECTS | {"what"}
# The adjunct between an "as" frame's cue and its comma is short ("at the time").
_AS_ADJUNCT_CHARS = 80
# ", but ultimately the board thinks …": a sentence adverb may open the next clause.
_NEXT_CLAUSE = re.compile(r"(?:,[”\"’']?\s*(?:and|but)|;)(?:\s+[a-z]{3,}ly)?\s*$")


def relative_gap(
    state: State, s_lo: int, speaker: tuple[int, int], content: tuple[int, int]
) -> tuple[int, int] | None:
    """``a bill, which critics said was unfair``, ``what he said were failures``: a
    relative pronoun right before the source, and content opening with a finite verb,
    whose subject is that pronoun (the subject gap of a relative clause, Quirk et al.
    1985, 17.12): the pronoun is the content's first fragment."""
    text = state.text
    first = first_word(text, content[0])
    if first is None or first.group() not in _FINITE_FIRST:
        return None
    apposition = apposition_before(text, s_lo, speaker[0])
    if apposition is not None:  # "…, a step its members believe could help": the noun
        return apposition.span("np")
    before = words(text, max(s_lo, speaker[0] - 12), speaker[0])
    if not before or before[-1][2].lower() not in _GAP_PRONOUNS:
        return None
    if text[before[-1][1] : speaker[0]].strip():
        return None  # only spaces between: "which critics said"
    return before[-1][0], before[-1][1]


def before_next_source(state: State, content: tuple[int, int]) -> tuple[int, int]:
    """``X rejected the claims, and sources in the camp told Y …``: the content ends
    before a coordinated clause with a source and a cue of its own (a second
    attribution, PARC 3.0), not at the end of the sentence."""
    text = state.text
    lo, hi = content
    for k in state.cues_between(lo, hi):
        cue = state.cues[k]
        if cue.kind != "verb" or cue.participle:
            continue
        link = _SECOND_PREDICATE.search(text, lo, cue.start)
        if link is not None and word_count(text, lo, link.start()) >= 2:
            # "X describes the plan as “bold,” but cautions that …": a second predicate
            # of the same subject with a cue of its own reports on its own.
            inflected = cue.text_form.split()[0] != cue.lemma.split()[0]  # not a noun
            s_lo = state.layout.sent_bounds[state.layout.sentence_at(lo)][0]
            if (
                inflected
                and state.quotation_at(link.end() - 1) is None
                and coordinated_subject(state, s_lo, auxiliaries_start(text, s_lo, cue.start))
                is not None
            ):
                closing = state.quotation_at(link.start())  # "as “bold,” but": keep it whole
                end = closing.end if closing is not None else link.start()
                return strip_span(text, lo, end)
        subject = speaker_before(text, lo, cue.start)
        if subject is None or subject[0] <= lo:
            continue
        link = _NEXT_CLAUSE.search(text, lo, subject[0])
        if link is None or word_count(text, lo, link.start()) < 2:
            continue
        quotation = state.quotation_at(link.start())
        if quotation is None:
            return strip_span(text, lo, link.start())
        if not text[link.start() + 1 : quotation.end].strip(QUOTE_CHARS):
            # "… as “patently false,” and sources … told": the comma closes a quotation.
            return lo, quotation.end
    return content


def linking_only(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] only linking adverbials ("Meanwhile", "And yet")? (Quirk et al.
    1985, 8.134-8.137: conjuncts link the writer's clauses.)"""
    found = [w.lower() for _, _, w in words(text, lo, hi)]
    return bool(found) and all(w in v.OPENERS for w in found)


def before_main_clause(
    state: State, s_lo: int, speaker: tuple[int, int], content: tuple[int, int]
) -> tuple[int, int]:
    """``While X said A, he did B``, ``In June, after X asked A, 800 staff left``: a cue
    inside a fronted adverbial clause reports only up to the comma where the main
    clause starts (Quirk et al. 1985, 14.12 and 15.22: a fronted adverbial clause is
    followed by its main clause)."""
    text = state.text
    lead = text[s_lo : speaker[0]]
    first = first_word(text, strip_span(text, s_lo, speaker[0])[0])
    if first is None or first.group().lower() not in v.SUBORDINATORS:
        return content
    if "," in lead:
        return content
    for comma in re.finditer(r",\s+", text[content[0] : content[1]]):
        nxt = first_word(text, content[0] + comma.end())
        if nxt is not None and nxt.group().lower() in v.PRONOUNS:
            return strip_span(text, content[0], content[0] + comma.start())
    return content


def before_fronted_clause_end(
    state: State, s_lo: int, speaker: tuple[int, int], content: tuple[int, int]
) -> tuple[int, int]:
    """``After the mayor said the bridge would reopen, traffic rose``: the content of a cue
    in a fronted adverbial clause (sentence-first, or after a fronted adjunct: "In June,
    after X asked …,") ends at the first comma after which the main clause can start, not
    a coordinator, relative, preposition or participle (Quirk et al. 1985, 15.22)."""
    text = state.text
    lead = text[s_lo : speaker[0]]
    comma = lead.rfind(",")
    opener = first_word(text, strip_span(text, s_lo + comma + 1, speaker[0])[0])
    if opener is None:
        return content
    if (
        opener.group().lower() not in _FRONTED_SUBORDINATORS
        and not _fronted_relative(text, s_lo, speaker[0], opener)
        and not _late_subordinator(text, s_lo, speaker[0])
    ):
        return content
    if comma >= 0 and not _fronted_adjunct(text, s_lo, s_lo + comma):
        return content  # "The mayor resigned, after …": a clause after its main clause
    for found in re.finditer(r",\s+", text[content[0] : content[1]]):
        at = content[0] + found.start()
        nxt = first_word(text, content[0] + found.end())
        if state.quotation_at(at) is not None or nxt is None:
            continue
        word = nxt.group()
        if word.lower() in _NO_MAIN_CLAUSE or (word.islower() and word.endswith("ing")):
            continue
        if word_count(text, content[0], at) >= 2:
            return strip_span(text, content[0], at)
        return content
    return content


_ADVERBIAL_RELATIVES = frozenset(v.grammar("adverbial_relative"))


def _fronted_relative(text: str, s_lo: int, speaker_start: int, opener: re.Match[str]) -> bool:
    """``On the day that Ruiz announced A, I did B``: a fronted prepositional phrase whose
    noun a relative clause postmodifies, the cue in that clause (Quirk et al. 1985,
    17.10-17.12); the sentence opens with the preposition and has no comma before the
    source."""
    if opener.start() != strip_span(text, s_lo, speaker_start)[0]:
        return False
    if opener.group().lower() not in v.PREPOSITIONS or "," in text[s_lo:speaker_start]:
        return False
    lead = words(text, s_lo, speaker_start)
    return len(lead) >= 3 and lead[-1][2].lower() in _ADVERBIAL_RELATIVES


# A modifier before a fronted subordinator is short ("Over a decade before", "And once").
_MAX_SUBORDINATOR_MODIFIER = 4


def _late_subordinator(text: str, s_lo: int, speaker_start: int) -> bool:
    """``Over a decade before X wrote A, B``, ``And once X mentioned A, B``: a short
    modifier or a coordinator before the subordinator of a fronted adverbial clause
    (Quirk et al. 1985, 15.22 and 8.89 on modified subordinators); the sentence has no
    comma before the source and no verb in the modifier."""
    if "," in text[s_lo:speaker_start]:
        return False
    lead = [w for _, _, w in words(text, s_lo, speaker_start) if w[:1].isalnum()]
    if len(lead) < 2 or lead[-1].lower() not in _FRONTED_SUBORDINATORS:
        return False
    return len(lead) - 1 <= _MAX_SUBORDINATOR_MODIFIER and not any(verb_like(w) for w in lead[:-1])


# Words that go on with the fronted clause after a comma, not a main clause's start.
_NO_MAIN_CLAUSE = (
    v.NOT_A_PREDICATE - v.PRONOUNS - {"there", "here"} | v.PREPOSITIONS | v.RELATIVE_PRONOUNS
)
_FRONTED_SUBORDINATORS = v.SUBORDINATORS


def _fronted_adjunct(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] a short fronted adjunct ("In June 2001", "On Monday"), no clause?"""
    found = [w for _, _, w in words(text, lo, hi)]
    return 0 < len(found) <= _MAX_FRONTED_WORDS and not any(
        w.lower() in _CLAUSE_WORDS or verb_like(w) for w in found
    )


_MAX_FRONTED_WORDS = 5


def past_as_frame_adjunct(
    state: State, s_lo: int, speaker: tuple[int, int], content: tuple[int, int]
) -> tuple[int, int]:
    """``As X noted at the time, clause``: in a comparative "as" frame (Quirk et al.
    1985, 15.53) what was said is the main clause after the frame's comma; a short
    adjunct of the cue before that comma ("at the time", "in a report last year") is
    no part of it."""
    text = state.text
    lead = [w.lower() for _, _, w in words(text, s_lo, speaker[0]) if w[:1].isalnum()]  # "(As"
    if not lead or lead[-1] != "as" or any(w not in v.OPENERS for w in lead[:-1]):
        return content
    lo, hi = content
    comma = text.find(",", lo, min(hi, lo + _AS_ADJUNCT_CHARS))
    if comma < 0 or state.quotation_at(comma) is not None:
        return content
    if not adjunct_only(text, lo, comma) or word_count(text, comma + 1, hi) < 2:
        return content
    return strip_span(text, comma + 1, hi)


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_CLAUSE_WORDS = _FINITE_FIRST | frozenset(v.grammar("clause_link"))


def opens_a_clause(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] hold a main clause: a verb or clause link among three words or
    more, and no subordinator or connective first ("In July," and "As Y
    appears set to veto …," are not content)?"""
    found = [w.group() for w in _WORD.finditer(text, lo, hi)]
    if len(found) < 3 or found[0].lower() in v.SUBORDINATORS | v.ADJUNCT_OPENERS | v.OPENERS:
        return False
    return any(
        w.lower() in _CLAUSE_WORDS
        or (verb_like(w) and w.lower() not in v.PREPOSITIONS and not w.endswith("ing"))
        for w in found[1:]
    )  # ("to" of "according to" is no verb; "cheering crowds" holds no finite one)
