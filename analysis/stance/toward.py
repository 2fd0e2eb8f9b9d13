"""Target-directed stance: where a passage stands on a short claim or proposal.

:func:`stance_toward` scores a passage toward a target from cues in the sentences that
talk about the target (relevance by shared word stems): see :func:`stance_evidence` for
the rule and :func:`score_evidence` for the formula. Weights and thresholds were set on
FNC-1 training pairs only (``benchmarks/stance_fnc1.py``). The article-level readings
(per attribution, per speaker, the matrix) are in :mod:`analysis.stance.article`.

>>> stance_toward("Good luck reaching consensus on this.", "NATO consensus")["label"]
'against'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from analysis import lexicons
from analysis.stance.markers import (
    LABELS,
    POLARITY_LEXICONS,
    Word,
    _sentence_bounds,
    match_markers,
    stem_terms,
    words_of,
)

__all__ = [
    "LABELS",
    "SentenceCues",
    "label_of",
    "passage_cues",
    "score_evidence",
    "sentence_cues",
    "stance_evidence",
    "stance_toward",
    "target_is_denial",
]

_CUE_LEXICONS: tuple[str, ...] = (
    "support",
    "refutation",
    "doubt",
    "negation",
    "hedges",
    "boosters",
    "conditionals",
    "contrast",
)


def _vader():
    """The project's one VADER analyser (built once in :mod:`analysis.sentiment.features`)."""
    from analysis.sentiment.features import vader

    return vader()


def _masked(text: str, lo: int, hi: int, spans: Iterable[tuple[int, int]]) -> str:
    """text[lo:hi] with the given spans blanked, so a cue already counted is not scored twice."""
    chars = list(text[lo:hi])
    for start, end in spans:
        chars[start - lo : end - lo] = " " * (end - start)
    return "".join(chars)


def _unscored(cues: list[dict], words: list[Word], target_terms: set[str]) -> list[tuple[int, int]]:
    """Spans left out of a sentence's sentiment: polarity cues (counted on their own) and the
    target's own words (*"a greater role"* is the topic, not an opinion of it)."""
    spans = [(c["start"], c["end"]) for c in cues if c["lexicon"] in POLARITY_LEXICONS]
    spans += [(w.start, w.end) for w in words if stem_terms([w.lower]) & target_terms]
    return spans


@dataclass(frozen=True)
class SentenceCues:
    """A sentence of a passage with what stance reads in it, whatever the target: its
    number in the passage, offsets, word tokens, content stems and stance cues."""

    sentence: int
    start: int
    end: int
    words: list[Word]
    terms: frozenset[str]
    cues: list[dict]


@lru_cache(maxsize=8192)
def passage_cues(text: str) -> tuple[SentenceCues, ...]:
    """The sentences of ``text`` that have words, with their cues from :func:`match_markers`
    over the support, refutation, doubt, negation, hedge, booster, conditional and contrast
    lexicons.

    None of it depends on the target, so it is computed once per passage and shared by
    every target it is read against (the stance matrix reads each attribution toward
    several). The result is shared: callers must not change it.
    """
    out = []
    for number, (lo, hi) in enumerate(_sentence_bounds(text)):
        words = words_of(text, lo, hi)
        if not words:
            continue
        terms = frozenset(stem_terms(w.lower for w in words))
        out.append(
            SentenceCues(number, lo, hi, words, terms, match_markers(text, words, _CUE_LEXICONS))
        )
    return tuple(out)


@lru_cache(maxsize=1024)
def _target_terms(target: str) -> frozenset[str]:
    """The content stems of a target (computed once per target)."""
    return frozenset(stem_terms(w.lower for w in words_of(target)))


def _relevance(sentence: SentenceCues, target_terms: frozenset[str]) -> float:
    """Share of the target's content stems the sentence contains."""
    return len(sentence.terms & target_terms) / len(target_terms) if target_terms else 0.0


def sentence_cues(text: str, target: str) -> pd.DataFrame:
    """One row per sentence of ``text``: how much it is about ``target`` and its stance cues.

    Columns: sentence, start, end, relevance (share of the target's content stems the
    sentence contains), n_words, cues (list of hits from :func:`match_markers` over the
    support, refutation, doubt, negation, hedge, booster, conditional and contrast
    lexicons), words (the sentence's :class:`Word` tokens). See :func:`passage_cues`.
    """
    target_terms = _target_terms(target)
    rows = [
        {
            "sentence": row.sentence,
            "start": row.start,
            "end": row.end,
            "relevance": _relevance(row, target_terms),
            "n_words": len(row.words),
            "cues": list(row.cues),
            "words": list(row.words),
        }
        for row in passage_cues(text)
    ]
    return pd.DataFrame(
        rows, columns=["sentence", "start", "end", "relevance", "n_words", "cues", "words"]
    )


#: Weights of the cue types in :func:`stance_toward` (direction, weight). The weights are
#: round numbers chosen by hand; only the two label thresholds below are calibrated.
CUE_WEIGHTS: dict[str, tuple[str, float]] = {
    "support": ("favor", 1.0),
    "refutation": ("against", 1.0),
    "doubt": ("against", 1.0),
    "negated_commitment": ("against", 1.0),
    "negation": ("against", 0.5),
    "assertion": ("favor", 0.25),
    "attribution_hedge": ("neutral", 1.0),
    "shield": ("neutral", 1.0),
    "conditional": ("neutral", 0.5),
}


#: Sentiment of a participating sentence (VADER, cues and target words blanked) counts as
#: favor or against with this weight. 0 by default: on FNC-1 training pairs any positive
#: weight lowered macro-F1 (0.475 at 0, 0.469 at 0.25, 0.44 at 0.5): how pleasant a text
#: sounds is not where it stands. Pass ``sentiment_weight`` to :func:`stance_toward` to see it.
SENTIMENT_WEIGHT = 0.0


#: A sentence takes part when at least this share of the target's content stems is in it.
MIN_RELEVANCE = 0.25


#: The first sentences of a text (its lead) take part whatever their word overlap: a news
#: lead is about the story it opens even when it says "his arrest" (van Dijk 1988, news
#: schemata: the lead summarises the main event).
LEAD_SENTENCES = 2


#: Negation reaches this many words to its right (Councill, McDonald & Velikovich 2010
#: use a clause; a short window is the usual approximation).
NEGATION_SCOPE = 3


#: Added to the evidence mass in the score's denominator: a text with little evidence
#: stays near 0 (see :func:`score_evidence`).
SCORE_PRIOR = 0.5


#: Label thresholds on the score. The weights above were set by a small grid search and
#: these thresholds calibrated on FNC-1 training pairs only (Body ID not divisible by 5;
#: benchmarks/stance_fnc1.py), then checked on the held-out training bodies.
FAVOR_THRESHOLD = 0.25


AGAINST_THRESHOLD = 0.25


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


def _weight(item: dict) -> float:
    base = item["base"] if "base" in item else CUE_WEIGHTS[item["kind"]][1]
    return base * item["strength"]


def score_evidence(evidence: list[dict]) -> float:
    """Stance score in [-1, 1]: (favor - against) / (favor + against + neutral + prior).

    Each side is the sum of its evidence weights (kind weight x strength, or an item's
    ``weight`` when it already has one); the neutral mass and :data:`SCORE_PRIOR` pull a
    text with little or hedged evidence toward 0.
    """
    mass = {"favor": 0.0, "against": 0.0, "neutral": 0.0}
    for item in evidence:
        mass[item["effect"]] += item["weight"] if "weight" in item else _weight(item)
    return (mass["favor"] - mass["against"]) / (sum(mass.values()) + SCORE_PRIOR)


def label_of(score: float) -> str:
    """favor above :data:`FAVOR_THRESHOLD`, against below minus :data:`AGAINST_THRESHOLD`."""
    if score >= FAVOR_THRESHOLD:
        return "favor"
    if score <= -AGAINST_THRESHOLD:
        return "against"
    return "neutral"


def stance_toward(
    text: str,
    target: str,
    topic_floor: float = 0.0,
    sentiment_weight: float = SENTIMENT_WEIGHT,
    lead_sentences: int = LEAD_SENTENCES,
) -> dict:
    """Stance of ``text`` toward ``target`` (a short claim or proposal in words).

    Returns ``{"label": "favor"|"against"|"neutral", "score": float in [-1, 1],
    "evidence": [...]}``; each evidence item has ``start``/``end`` offsets into ``text``,
    the ``text`` of the span, its ``kind`` and ``effect`` and the ``weight`` it added,
    strongest first. See :func:`stance_evidence` for the cues and :func:`score_evidence`
    for the formula.
    """
    evidence = stance_evidence(text, target, topic_floor, sentiment_weight, lead_sentences)
    score = score_evidence(evidence)
    items = sorted(
        (
            {
                "start": e["start"],
                "end": e["end"],
                "text": e["text"],
                "kind": e["kind"],
                "effect": e["effect"],
                "weight": round(_weight(e), 4),
            }
            for e in evidence
        ),
        key=lambda e: -e["weight"],
    )
    return {"label": label_of(score), "score": score, "evidence": items}
