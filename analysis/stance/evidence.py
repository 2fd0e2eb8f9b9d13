"""The evidence behind a passage's stance toward a target: cues of the sentences about it.

:func:`stance_evidence` keeps the sentences that talk about the target (or lead the text),
turns their lexicon hits into evidence kinds (support, refutation, doubt, negated
commitment, hedges, conditionals, ...) with negation in scope, adds sentiment when asked,
and says which way each item points (flipped when the target is itself a denial,
:func:`target_is_denial`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis import lexicons
from analysis.stance.markers import Word, match_markers, words_of
from analysis.stance.sentence_cues import (
    _masked,
    _relevance,
    _target_terms,
    _unscored,
    _vader,
    passage_cues,
)
from analysis.stance.weights import (
    CUE_WEIGHTS,
    LEAD_SENTENCES,
    MIN_RELEVANCE,
    NEGATION_SCOPE,
    SENTIMENT_WEIGHT,
)


def _polarity_cues(cues: list[dict], words: list[Word], text: str) -> list[dict]:
    """Turn a sentence's lexicon hits into stance evidence kinds.

    * support, refutation and doubt entries count as they are;
    * a negation followed within :data:`NEGATION_SCOPE` words by a shield, a booster or
      a support entry is a negated commitment (*don't think*, *not sure*, *no support*):
      disbelief, after Biber & Finegan's (1989) doubt stance; the cue it negates is used up;
    * a doubt entry scopes over the rest of its clause (up to the next punctuation):
      the support it governs is what is doubted (*good luck getting them to agree*); so
      does a conditional, whose antecedent is supposed, not asserted (*if allies agree*);
    * any other negation counts weakly against (the text denies something about the target);
    * attribution hedges (*reportedly*), shields (*may*) and conditionals (*only if*) are
      neutral evidence: the text reports or qualifies rather than commits.
    """
    position = {w.start: i for i, w in enumerate(words)}
    used: set[int] = set()
    out: list[dict] = []
    for neg in (c for c in cues if c["lexicon"] == "negation"):
        i = position.get(neg["start"])
        scope_end = (
            words[min(i + NEGATION_SCOPE, len(words) - 1)].end if i is not None else neg["end"]
        )
        negated = [
            c
            for c in cues
            if neg["end"] <= c["start"] <= scope_end
            and (c["lexicon"] in ("support", "boosters") or c["category"] == "shield")
            and id(c) not in used
        ]
        if negated:
            used.update({id(negated[0]), id(neg)})
            end = negated[0]["end"]
            out.append(
                {**neg, "end": end, "text": text[neg["start"] : end], "kind": "negated_commitment"}
            )
    for scope in (c for c in cues if c["lexicon"] == "doubt" or c["category"] == "conditional"):
        clause_end = _clause_end(text, scope["end"])
        used.update(
            id(c)
            for c in cues
            if c["lexicon"] == "support" and scope["end"] <= c["start"] < clause_end
        )
    for cue in cues:
        if id(cue) in used:
            continue
        kind = (
            cue["lexicon"]
            if cue["lexicon"] in ("support", "refutation", "doubt", "negation")
            else None
        )
        if cue["category"] in ("attribution_hedge", "shield", "conditional"):
            kind = cue["category"]
        if kind:
            out.append({**cue, "kind": kind})
    return out


_CLAUSE_END = re.compile(r"[,;:.!?\u2013\u2014()]")


def _clause_end(text: str, start: int) -> int:
    """Offset of the next clause-ending punctuation after ``start`` (or the end of text)."""
    match = _CLAUSE_END.search(text, start)
    return match.start() if match else len(text)


def _sentiment_words(text: str, words: list[Word], sign: float) -> list[Word]:
    """Words of a sentence in VADER's lexicon whose valence has the given sign."""
    lexicon = _vader().lexicon
    return [w for w in words if lexicon.get(w.lower, 0.0) * sign > 0]


@lru_cache(maxsize=1024)
def target_is_denial(target: str) -> bool:
    """True when the target itself denies or doubts (*"X is a hoax"*, *"No, X did not ..."*).

    Then a text that refutes agrees with the target, and a text that states the target's
    content plainly disagrees with it: any refutation, doubt or negation cue in the target
    flips the direction of the text's cues. (Headlines stack denials, "No, X did not", for
    emphasis, not to cancel them, so the count is not taken by parity.)
    """
    return bool(match_markers(target, words_of(target), ("refutation", "doubt", "negation")))


#: Adverbs skipped between a subject and its volition cue (*Trump now wants*): ``proposal_cues.tsv``.
_SUBJECT_ADVERBS = frozenset(
    row["entry"] for row in lexicons.rows("proposal_cues") if row["category"] == "subject_adverb"
)


def _named_subject(words: list[Word], start: int, text: str) -> bool:
    """True when the word before ``start`` (adverbs skipped) is a capitalised name, not "I"."""
    before = [w for w in words if w.end <= start]
    while before and before[-1].lower in _SUBJECT_ADVERBS:
        before.pop()
    if not before:
        return False
    word = text[before[-1].start : before[-1].end]
    return word[:1].isupper() and word != "I"


def _sentiment_evidence(
    text: str, row, words: list[Word], target_terms: set[str], relevance: float
) -> list[dict]:
    """VADER compound of a sentence with its cues and the target's own words blanked, shown on
    the words of VADER's lexicon that carry it (strength shared among them)."""
    skipped = _unscored(row.cues, words, target_terms)
    sentiment = _vader().polarity_scores(_masked(text, row.start, row.end, skipped))["compound"]
    if not sentiment:
        return []
    scored = [w for w in words if not any(a <= w.start < b for a, b in skipped)]
    carriers = _sentiment_words(text, scored, sentiment) or scored
    return [
        {
            "start": word.start,
            "end": word.end,
            "text": text[word.start : word.end],
            "entry": word.lower,
            "lexicon": "vader",
            "category": "positive" if sentiment > 0 else "negative",
            "kind": "sentiment",
            "sentence": row.sentence,
            "strength": relevance * abs(sentiment) / len(carriers),
        }
        for word in carriers
    ]


def stance_evidence(
    text: str,
    target: str,
    topic_floor: float = 0.0,
    sentiment_weight: float = SENTIMENT_WEIGHT,
    lead_sentences: int = LEAD_SENTENCES,
) -> list[dict]:
    """Every cue toward ``target`` found in ``text``, with offsets, kind, effect and strength.

    A sentence takes part when its relevance (share of the target's content stems it
    contains, raised to ``topic_floor`` for a passage already known to be about the
    target, and to :data:`MIN_RELEVANCE` for the first ``lead_sentences`` of a text) is
    at least :data:`MIN_RELEVANCE`. In it:

    * polarity cues from :func:`_polarity_cues` (support, refutation, doubt, negated
      commitment, negation, attribution hedge, shield, conditional); a volition cue
      (*wants, calls on*) only in a sentence naming part of the target and with no named
      third party right before it (:func:`_named_subject`);
    * a sentence that names the target (own relevance at least :data:`MIN_RELEVANCE`) with
      no such cue restates it as fact: an ``assertion``;
    * when ``sentiment_weight`` is not 0, the sentence's VADER compound (cues and target
      words blanked) as ``sentiment``, shown on the words of VADER's lexicon that carry it.

    ``strength`` is the sentence relevance (times |compound| for sentiment); the effect
    is favor / against / neutral, flipped between favor and against when the target is a
    denial (:func:`target_is_denial`).
    """
    flip = target_is_denial(target)
    target_terms = _target_terms(target)
    evidence: list[dict] = []
    for index, row in enumerate(passage_cues(text)):
        # the opening sentences of a text are about its story even when they do not name it
        lead_floor = MIN_RELEVANCE if index < lead_sentences else 0.0
        own_relevance = _relevance(row, target_terms)
        relevance = max(own_relevance, topic_floor, lead_floor)
        if relevance < MIN_RELEVANCE:
            continue
        words = row.words
        # wanting or urging favours only a sentence that names part of the target, and only when no
        # named third party does the wanting ("Trump now wants NATO to ...")
        cues = [
            c
            for c in row.cues
            if c["category"] != "volition"
            or (own_relevance > 0 and not _named_subject(words, c["start"], text))
        ]
        found = _polarity_cues(cues, words, text)
        if not found and own_relevance >= MIN_RELEVANCE:
            # the sentence itself restates the target, unqualified
            found = [
                {
                    "start": row.start,
                    "end": row.end,
                    "text": text[row.start : row.end],
                    "entry": "",
                    "lexicon": "",
                    "category": "assertion",
                    "kind": "assertion",
                }
            ]
        for cue in found:
            evidence.append({**cue, "sentence": row.sentence, "strength": relevance})
        if sentiment_weight:
            evidence += [
                {**item, "base": sentiment_weight}
                for item in _sentiment_evidence(text, row, words, target_terms, relevance)
            ]
    for item in evidence:
        item["effect"] = _effect(item, flip)
    return evidence


def _effect(item: dict, flip: bool) -> str:
    if item["kind"] == "sentiment":
        effect = "favor" if item["category"] == "positive" else "against"
    else:
        effect = CUE_WEIGHTS[item["kind"]][0]
    if flip and effect != "neutral":
        effect = "against" if effect == "favor" else "favor"
    return effect
