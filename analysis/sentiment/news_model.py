"""The news-calibrated sentiment model: a linear model over the sentence features.

Fitted by ``tools/fit_sentiment.py`` to the mean rating of 20 people per sentence on the NYT
editorial sentences of the VADER paper (dev half only); the weights live in
``analysis/resources/sentiment_news.json`` (:data:`MODEL_FILE`), read once
(:func:`news_model`); :func:`model_card` shows them with their cross-validation, and
:func:`feature_table` the features it reads.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pandas as pd

from analysis.core.paths import PACKAGE_DIR
from analysis.sentiment.features import (
    ENCODER_FEATURES,
    FEATURES,
    SATURATION,
    WordEvidence,
    density_divisor,
    gather_evidence,
    sentence_features,
    share_divisor,
    vader_normalise,
)

MODEL_FILE = PACKAGE_DIR / "resources" / "sentiment_news.json"


@dataclass(frozen=True)
class LinearModel:
    """A stored ridge model: ``compound = clip(b0 + sum_f w_f (x_f - c_f) / s_f, -1, 1)``."""

    features: tuple[str, ...]
    center: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: float
    neutral_band: float
    per_unit: dict[str, float] = field(init=False, repr=False)

    def predict(self, X: np.ndarray) -> np.ndarray:
        """The model's compound score for each row of ``X`` (columns in ``features`` order)."""
        raw = self.intercept + ((X - self.center) / self.scale) @ self.weights
        return np.clip(raw, -1.0, 1.0)

    def __post_init__(self) -> None:
        # w_f / s_f: each feature's weight per unit of the raw feature.
        per_unit = dict(zip(self.features, self.weights / self.scale, strict=True))
        object.__setattr__(self, "per_unit", per_unit)

    def word_contribution(self, word: WordEvidence, n_words: int = 1) -> float:
        """The score change one word's own evidence makes in a sentence of ``n_words``
        words (the model is linear in it).

        A VADER valence v adds ``normalise(v)`` to VADER's compound and v (and tanh(v/3))
        to its positive or negative sums, or to the shifted sum; a Pattern polarity p is
        the mean and the signed sum of a one-word sentence; a VADER or Pattern sum also
        gets v / sqrt(n_words) in its density; a news word adds its sign / n_words to its
        category's share.
        """
        w, v = self.per_unit, word.valence
        if word.lexicon == "vader_shifted":
            return w["vader_compound"] * vader_normalise(v) + w["vader_shifted"] * v
        if word.lexicon.startswith("news_"):
            return w[f"{word.lexicon}_share"] * v / share_divisor(n_words)
        side = "positive" if v > 0 else "negative"
        total = f"{word.lexicon}_{side}"
        summed = (w[total] + w[f"{total}_density"] / density_divisor(n_words)) * v
        if word.lexicon == "vader":
            saturated = math.tanh(v / SATURATION)
            return (
                w["vader_compound"] * vader_normalise(v)
                + summed
                + w[f"vader_{side}_saturated"] * saturated
            )
        return w["pattern_mean"] * v + summed


@cache
def news_model() -> LinearModel:
    """The news-calibrated model stored in the package (written by tools/fit_sentiment.py)."""
    stored = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if tuple(stored["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE.name} was fitted on other features; rerun the fit.")
    return LinearModel(
        features=tuple(stored["features"]),
        center=np.array(stored["center"]),
        scale=np.array(stored["scale"]),
        weights=np.array(stored["weights"]),
        intercept=float(stored["intercept"]),
        neutral_band=float(stored["neutral_band"]),
    )


def model_card() -> pd.DataFrame:
    """The news model's weights, one row per feature, with how it was fitted in ``attrs``.

    ``attrs`` holds the cross-validated r and F1 on the dev half, the penalty, the neutral
    band and the sha256 of the file it was fitted on.
    """
    stored = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    card = pd.DataFrame(
        {"feature": stored["features"], "weight": stored["weights"], "scale": stored["scale"]}
    )
    card["weight_per_unit"] = card["weight"] / card["scale"]
    card.attrs = {
        k: stored[k] for k in ("neutral_band", "neutral_band_rule", "ridge_penalty", "fitted_on")
    }
    card.attrs["cross_validation"] = stored["cross_validation"]
    return card


def feature_table(texts: Iterable[str]) -> pd.DataFrame:
    """Every sentence feature of each text, one row per text: the news model's
    :data:`FEATURES` first, in order, then the rest of the encoder head's
    :data:`ENCODER_FEATURES`, and ``evidence``: how many lexicon words it has. A text
    with none is scored 0 by the news model."""
    evidence = [gather_evidence(text) for text in texts]
    table = pd.DataFrame([sentence_features(e) for e in evidence])
    table = table.reindex(columns=list(dict.fromkeys([*FEATURES, *ENCODER_FEATURES])))
    table["evidence"] = [len(e.words) for e in evidence]
    return table
