"""Word-level sentiment evidence for a piece of text, and the sentence features built from it.

Three sources of evidence, each word kept with its character offsets:

* **VADER** (Hutto & Gilbert 2014) through NLTK: each word's valence after VADER's own
  rules (negation x -0.74, boosters, ALL-CAPS, "but" halving what comes before and
  raising what follows by half). :class:`TracingVader` runs NLTK's code path unchanged and
  keeps the per-word valences that ``polarity_scores`` throws away.
* **Pattern** (De Smedt & Daelemans 2012, the ``en-sentiment.xml`` lexicon shipped in the
  TextBlob wheel, public domain): polarity in [-1, 1] of about 1,500 adjectives, averaged
  over their senses as Pattern does; a negation in the three words before flips and halves
  it (Pattern's rule).
* **News vocabulary** (``analysis/lexicons/sentiment_news_*.tsv``, written for this project):
  words of conflict, crime, political strife, economic trouble and harm that carry tone in
  news but are missing from VADER; used only for words VADER does not know.

:func:`sentence_features` turns the evidence into the few numbers the news-calibrated
model in :mod:`analysis.sentiment.scorers` weighs.

A module per concern, every name importable from here:
:mod:`~analysis.sentiment.tracing_vader` (VADER with per-word valences),
:mod:`~analysis.sentiment.word_lexicons` (Pattern, the news vocabulary, the shifters),
:mod:`~analysis.sentiment.evidence` (:func:`gather_evidence`), and here the feature names
and :func:`sentence_features`.
"""

from __future__ import annotations

import math

from analysis.sentiment.evidence import (
    Evidence,
    WordEvidence,
    gather_evidence,
    mask_names,
    normalise_for_lexicons,
)
from analysis.sentiment.tracing_vader import (
    FastSentiText,
    ReferenceVader,
    TracingVader,
    reference_vader,
    reference_word_offsets,
    vader,
    vader_word_offsets,
)
from analysis.sentiment.word_lexicons import (
    NEWS_CATEGORIES,
    news_lexicon,
    pattern_lexicon,
    shifters,
)

#: The VADER and Pattern sums that also enter the news model as densities, each sum
#: divided by sqrt(words) (:func:`sentence_features`).
DENSITY_OF: tuple[str, ...] = (
    "vader_positive",
    "vader_negative",
    "pattern_positive",
    "pattern_negative",
)

# Features both models share, before and after their news-lexicon features.
_LEXICON_FEATURES: tuple[str, ...] = (
    "vader_compound",
    "vader_positive",
    "vader_negative",
    "vader_positive_saturated",
    "vader_negative_saturated",
    "pattern_mean",
    "pattern_positive",
    "pattern_negative",
    "vader_shifted",
)
_SHAPE_FEATURES: tuple[str, ...] = ("negations", "question", "contrast", "log_words")

#: The sentence features the optional encoder's head was fitted on, in its stored order.
ENCODER_FEATURES: tuple[str, ...] = (
    *_LEXICON_FEATURES,
    *(f"news_{category}" for category in NEWS_CATEGORIES),
    *_SHAPE_FEATURES,
)

#: The features of one sentence for the news model, in the order its weights are stored.
#: The news words enter as signed shares of the sentence's words, not as counts.
FEATURES: tuple[str, ...] = (
    *_LEXICON_FEATURES,
    *(f"news_{category}_share" for category in NEWS_CATEGORIES),
    *_SHAPE_FEATURES,
    *(f"{name}_density" for name in DENSITY_OF),
)
_ENCODER_ONLY = tuple(name for name in ENCODER_FEATURES if name not in FEATURES)


# How many VADER valence points make the saturated features reach tanh(1) = 0.76.
SATURATION = 3.0


def vader_normalise(total: float, alpha: float = 15.0) -> float:
    """VADER's squashing of a valence sum into [-1, 1]: x / sqrt(x^2 + alpha)."""
    return total / math.sqrt(total * total + alpha)


def features_from_words(words: tuple[WordEvidence, ...] | list[WordEvidence]) -> dict[str, float]:
    """The lexicon features of a set of words (no sentence-level features).

    Sums of VADER valences by sign, the same sums saturated by ``tanh(x / 3)`` (one strong
    word says much, a pile of weak ones little more), Pattern's mean polarity and its sums
    by sign, and the signed count of news words per category.
    """
    vader_values = [w.valence for w in words if w.lexicon == "vader"]
    pattern_values = [w.valence for w in words if w.lexicon == "pattern"]
    positive = sum(v for v in vader_values if v > 0)
    negative = sum(v for v in vader_values if v < 0)
    features = {
        "vader_positive": positive,
        "vader_negative": negative,
        "vader_positive_saturated": math.tanh(positive / SATURATION),
        "vader_negative_saturated": math.tanh(negative / SATURATION),
        "pattern_mean": sum(pattern_values) / len(pattern_values) if pattern_values else 0.0,
        "pattern_positive": sum(v for v in pattern_values if v > 0),
        "pattern_negative": sum(v for v in pattern_values if v < 0),
        "vader_shifted": sum(w.valence for w in words if w.lexicon == "vader_shifted"),
    }
    for category in NEWS_CATEGORIES:
        lexicon = f"news_{category}"
        features[lexicon] = sum(w.valence for w in words if w.lexicon == lexicon)
    return features


def density_divisor(n_words: int) -> float:
    """sqrt(n), what a VADER or Pattern sum is divided by for its density (1 if n is 0)."""
    return math.sqrt(max(n_words, 1))


def share_divisor(n_words: int) -> float:
    """n, what a news category's signed count is divided by for its share (1 if n is 0)."""
    return float(max(n_words, 1))


def sentence_features(evidence: Evidence) -> dict[str, float]:
    """Every feature of one sentence, from its evidence: :data:`FEATURES` (the news model)
    and :data:`ENCODER_FEATURES` (the encoder's head), by name.

    Length normalisation, for a sentence of n words: a sum of valences keeps growing with
    the sentence while readers rate the sentence as a whole, so one strong word says more
    in a short sentence than in a long one. Each VADER and Pattern sum of
    :data:`DENSITY_OF` is kept and also divided by sqrt(n) (its density; between the sum,
    n^0, and the mean, n^1, and the model weighs both), and each news category's signed
    count is divided by n (its share of the words: news vocabulary weighs most in a short
    sentence). Both were chosen on the dev half by the grouped cross-validation of
    tools/fit_sentiment.py: r rose from 0.572 to 0.591, and in every fold of five
    different fold assignments.
    """
    features = features_from_words(evidence.words)
    density, share = density_divisor(evidence.n_words), share_divisor(evidence.n_words)
    for name in DENSITY_OF:
        features[f"{name}_density"] = features[name] / density
    for category in NEWS_CATEGORIES:
        features[f"news_{category}_share"] = features[f"news_{category}"] / share
    features["vader_compound"] = evidence.vader_compound
    features["negations"] = float(evidence.negations)
    features["question"] = float(evidence.question)
    features["contrast"] = float(evidence.contrast)
    features["log_words"] = math.log1p(evidence.n_words)
    return {name: features[name] for name in (*FEATURES, *_ENCODER_ONLY)}


__all__ = [
    "DENSITY_OF",
    "ENCODER_FEATURES",
    "Evidence",
    "FEATURES",
    "FastSentiText",
    "NEWS_CATEGORIES",
    "ReferenceVader",
    "SATURATION",
    "TracingVader",
    "WordEvidence",
    "density_divisor",
    "features_from_words",
    "gather_evidence",
    "mask_names",
    "news_lexicon",
    "normalise_for_lexicons",
    "pattern_lexicon",
    "reference_vader",
    "reference_word_offsets",
    "sentence_features",
    "share_divisor",
    "shifters",
    "vader",
    "vader_normalise",
    "vader_word_offsets",
]
