"""Target-directed stance: where a passage stands on a short claim or proposal.

:func:`stance_toward` scores a passage toward a target from cues in the sentences that
talk about the target (relevance by shared word stems): see :func:`stance_evidence` for
the rule and :func:`score_evidence` for the formula. Weights and thresholds were set on
FNC-1 training pairs only (``benchmarks/stance_fnc1.py``). The article-level readings
(per attribution, per speaker, the matrix) are in :mod:`analysis.stance.article`.

A module per concern, every name importable from here:
:mod:`~analysis.stance.sentence_cues` (the cues of each sentence and its relevance),
:mod:`~analysis.stance.evidence` (cues turned into evidence), :mod:`~analysis.stance.weights`
(weights and thresholds), and here the score and the label.

>>> stance_toward("Good luck reaching consensus on this.", "NATO consensus")["label"]
'against'
"""

from __future__ import annotations

from analysis.stance.evidence import stance_evidence, target_is_denial
from analysis.stance.markers import LABELS
from analysis.stance.sentence_cues import SentenceCues, passage_cues, sentence_cues
from analysis.stance.sentence_cues import _vader as _vader
from analysis.stance.weights import (
    AGAINST_THRESHOLD,
    CUE_WEIGHTS,
    FAVOR_THRESHOLD,
    LEAD_SENTENCES,
    MIN_RELEVANCE,
    NEGATION_SCOPE,
    SCORE_PRIOR,
    SENTIMENT_WEIGHT,
)


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


__all__ = [
    "AGAINST_THRESHOLD",
    "CUE_WEIGHTS",
    "FAVOR_THRESHOLD",
    "LABELS",
    "LEAD_SENTENCES",
    "MIN_RELEVANCE",
    "NEGATION_SCOPE",
    "SCORE_PRIOR",
    "SENTIMENT_WEIGHT",
    "SentenceCues",
    "label_of",
    "passage_cues",
    "score_evidence",
    "sentence_cues",
    "stance_evidence",
    "stance_toward",
    "target_is_denial",
]
