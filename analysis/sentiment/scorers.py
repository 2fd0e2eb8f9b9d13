"""Sentiment of sentences, quotations and speakers, calibrated on news and checked against people.

Two methods score a text on VADER's -1..1 scale:

* ``"vader"``: plain VADER (Hutto & Gilbert 2014) as NLTK ships it, for comparison.
* ``"news"`` (default): a small linear model over the word evidence of
  :mod:`analysis.sentiment.features` (VADER's rule-adjusted valences, the Pattern
  adjective lexicon, the project's news vocabulary, each also per sentence length,
  negation, questions, "but", length),
  fitted by ``tools/fit_sentiment.py`` to the mean rating of 20 people per sentence on
  the NYT editorial sentences of the VADER paper (dev half only). Its ``compound`` estimates
  what those readers would average, divided by 4: -1 would be "everyone says extremely
  negative". The weights live in ``analysis/resources/sentiment_news.json``.
* ``"encoder"`` (only with the optional extra, see :mod:`analysis.sentiment.encoder`):
  all-MiniLM-L6-v2 sentence embeddings plus the news features, through a linear head
  fitted the same way. :func:`default_method` picks it when it is installed.

Labels follow the VADER convention: ``positive`` at or above the neutral band, ``negative``
at or below minus the band, ``neutral`` in between or at exactly 0. VADER's band is 0.05;
the news model's is the NYT raters' own band on its scale (their +-0.05 on a -4..4 mean is
+-0.0125 on mean / 4; ``neutral_band_rule`` in the model card). Whatever the method, a text
with no driving word (:func:`_drivers`) is ``neutral``: no polar label the reader cannot
trace to a word.

The methods form one registry, :data:`SCORERS` (:class:`Scorer`: name, how it scores a
list of texts, its neutral band, whether it is installed): adding a method is one
``@scorer`` function here. The article level (tone per sentence, quotation, speaker) is
:mod:`analysis.sentiment.article`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pandas as pd

from analysis.core.paths import PACKAGE_DIR
from analysis.sentiment.features import (
    ENCODER_FEATURES,
    FEATURES,
    SATURATION,
    Evidence,
    WordEvidence,
    density_divisor,
    gather_evidence,
    sentence_features,
    share_divisor,
    vader,
    vader_normalise,
    vader_word_offsets,
)
from analysis.sentiment.metrics import three_class

MODEL_FILE = PACKAGE_DIR / "resources" / "sentiment_news.json"


#: VADER's own neutral band (Hutto & Gilbert 2014; the vaderSentiment README).
VADER_BAND = 0.05


#: How many driving words ``score_sentiment`` lists per text.
MAX_DRIVERS = 5


#: A word drives the score when its push is at least this share of the strongest push.
DRIVER_SHARE = 0.2


SCORE_COLUMNS = ["text", "compound", "label", "drivers"]


WORD_COLUMNS = ["row", "start", "end", "word", "contribution"]


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


# ----------------------------------------------------------------------------- the methods

#: What a method returns for a list of texts: compound scores and each text's words with
#: their signed push on the score.
Scores = tuple[np.ndarray, list[list[WordEvidence]]]


@dataclass(frozen=True)
class Scorer:
    """One sentiment method: how it scores texts, its neutral band, whether it is installed."""

    name: str
    description: str
    score: Callable[[list[str]], Scores]
    band: Callable[[], float]
    available: Callable[[], bool] = lambda: True


#: Every method by name, in the order :func:`available_methods` lists them.
SCORERS: dict[str, Scorer] = {}


def scorer(name: str, band: Callable[[], float], available: Callable[[], bool] = lambda: True):
    """Register the decorated ``score(texts) -> (compound, words)`` as method ``name``."""

    def register(score: Callable[[list[str]], Scores]) -> Callable[[list[str]], Scores]:
        doc = (score.__doc__ or "").strip().splitlines()
        SCORERS[name] = Scorer(name, doc[0] if doc else "", score, band, available)
        return score

    return register


def _encoder_available() -> bool:
    from analysis.sentiment.encoder import encoder_available

    return encoder_available()


def _encoder_band() -> float:
    from analysis.sentiment.encoder import encoder_head

    return encoder_head().neutral_band


def _word_contributions(evidence: Evidence, model: LinearModel) -> list[WordEvidence]:
    """Each evidence word with the score change its own valence makes under ``model``.

    A word found in several lexicons (VADER and Pattern, say) gets one row, the sum.
    """
    totals: dict[tuple[int, int], float] = {}
    words: dict[tuple[int, int], str] = {}
    for item in evidence.words:
        key = (item.start, item.end)
        totals[key] = totals.get(key, 0.0) + model.word_contribution(item, evidence.n_words)
        words[key] = item.word
    return [WordEvidence(s, e, words[(s, e)], "news", v) for (s, e), v in totals.items()]


def _vader_words(text: str) -> tuple[float, list[WordEvidence]]:
    """NLTK VADER's compound for ``text`` and its words with their final valences."""
    words, valences, compound = vader().trace(text)
    found = [
        WordEvidence(start, end, text[start:end], "vader", float(valence))
        for (start, end), valence in zip(vader_word_offsets(text, words), valences, strict=True)
        if valence != 0
    ]
    return compound, found


@scorer("vader", band=lambda: VADER_BAND)
def _score_vader(texts: list[str]) -> Scores:
    """Plain VADER (Hutto & Gilbert 2014) as NLTK ships it, for comparison."""
    scored = [_vader_words(text) for text in texts]
    return np.array([c for c, _ in scored], dtype=float), [w for _, w in scored]


def _news_evidence(texts: list[str]) -> tuple[list[Evidence], list[dict[str, float]], list]:
    """Evidence, features and per-word contributions (under the news model) of each text."""
    model = news_model()
    evidence = [gather_evidence(text) for text in texts]
    features = [sentence_features(e) for e in evidence]
    words = [_word_contributions(e, model) for e in evidence]
    return evidence, features, words


def _feature_matrix(features: list[dict[str, float]], names: tuple[str, ...]) -> np.ndarray:
    return np.array([[f[name] for name in names] for f in features], dtype=float).reshape(
        -1, len(names)
    )


@scorer("news", band=lambda: news_model().neutral_band)
def _score_news(texts: list[str]) -> Scores:
    """The linear model over the news features, fitted to the NYT raters (dev half)."""
    evidence, features, words = _news_evidence(texts)
    compound = news_model().predict(_feature_matrix(features, FEATURES))
    # No word any lexicon knows, no tone: the model's intercept would otherwise call a
    # plain statement of fact slightly negative, as the editorial raters did on average.
    compound[[not e.words for e in evidence]] = 0.0
    return compound, words


@scorer("encoder", band=_encoder_band, available=_encoder_available)
def _score_encoder(texts: list[str]) -> Scores:
    """all-MiniLM-L6-v2 embeddings plus the news features through a fitted linear head."""
    from analysis.sentiment.encoder import encoder, encoder_head

    _, features, words = _news_evidence(texts)
    embeddings = encoder().embed(texts)
    head_inputs = _feature_matrix(features, ENCODER_FEATURES)
    compound = encoder_head().predict(np.column_stack([embeddings, head_inputs]))
    # The encoder reads meaning, not only lexicon words; an empty text has none.
    compound[[not text.strip() for text in texts]] = 0.0
    return compound, words


METHODS: tuple[str, ...] = tuple(SCORERS)


def available_methods() -> list[str]:
    """The methods this installation can run, the baseline first; ``encoder`` only with
    the optional extra (requirements-embeddings.txt)."""
    return [name for name, method in SCORERS.items() if method.available()]


def default_method() -> str:
    """The most accurate method installed: ``encoder`` with the extra, else ``news``."""
    return "encoder" if "encoder" in available_methods() else "news"


def neutral_band(method: str = "news") -> float:
    """The half-width of the neutral label band for ``method``."""
    _check_method(method)
    return SCORERS[method].band()


def _check_method(method: str) -> None:
    if method not in SCORERS:
        raise ValueError(f"Unknown sentiment method {method!r}; choose one of {METHODS}.")
    if not SCORERS[method].available():
        from analysis.sentiment.encoder import EncoderUnavailable

        raise EncoderUnavailable(
            f'method="{method}" needs the optional extra: pip install -r requirements-embeddings.txt'
        )


def _score(texts: list[str], method: str) -> Scores:
    """Compound scores and per-word contributions of every text under ``method``."""
    return SCORERS[method].score(texts)


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


def _as_series(texts: Iterable[str] | pd.Series) -> pd.Series:
    series = texts if isinstance(texts, pd.Series) else pd.Series(list(texts), dtype=object)
    if not series.map(lambda t: isinstance(t, str)).all():
        raise TypeError("score_sentiment takes strings; found a non-string value.")
    return series


def _drivers(words: list[WordEvidence], compound: float) -> list[str]:
    """The words that pushed the score the way it went, strongest first, each word once.

    Words pulling the other way are counterweights, not drivers; a word counts when its
    push is at least :data:`DRIVER_SHARE` of the strongest one's.
    """
    if compound == 0:
        return []
    same_way = [w for w in words if w.valence * compound > 0]
    if not same_way:
        return []
    strongest = sorted(same_way, key=lambda w: (-abs(w.valence), w.start))
    floor = DRIVER_SHARE * abs(strongest[0].valence)
    drivers: list[str] = []
    for word in strongest:
        if abs(word.valence) >= floor and word.word.lower() not in map(str.lower, drivers):
            drivers.append(word.word)
    return drivers[:MAX_DRIVERS]


def score_sentiment(texts: Iterable[str] | pd.Series, method: str = "news") -> pd.DataFrame:
    """Sentiment of each text: one row per text, in order (a Series keeps its index).

    Columns: ``text``; ``compound`` in [-1, 1]; ``label`` (``positive``/``negative``/
    ``neutral``, see :func:`analysis.sentiment.metrics.three_class` and
    :func:`neutral_band`); ``drivers``, the words that moved the score most, strongest
    first, among those pushing the way the score went (for ``"vader"`` ranked by VADER's
    rule-adjusted valence, for ``"news"`` by each word's own contribution to the model's
    score); :func:`sentiment_words` lists every word with its push.
    """
    _check_method(method)
    series = _as_series(texts)
    columns = score_columns(series.tolist(), method)
    return pd.DataFrame(
        {"text": series.to_numpy(dtype=object), **columns},
        index=series.index,
        columns=SCORE_COLUMNS,
    )


def score_columns(texts: list[str], method: str = "news") -> dict[str, object]:
    """The scores of :func:`score_sentiment` as plain columns, for a caller that builds its
    own table: ``compound`` (float array), ``label`` (object array), ``drivers`` (list)."""
    _check_method(method)
    if not all(isinstance(text, str) for text in texts):
        raise TypeError("score_sentiment takes strings; found a non-string value.")
    compound, words = _score(texts, method)
    drivers = [_drivers(w, c) for w, c in zip(words, compound, strict=True)]
    labels = three_class(compound, neutral_band(method))
    # No polar label without a word that drives it: a score the reader cannot trace to a
    # word (the intercept, a counterweight) is no tone.
    labels[[not d for d in drivers]] = "neutral"
    return {"compound": compound, "label": labels, "drivers": drivers}


def sentiment_words(texts: Iterable[str] | pd.Series, method: str = "news") -> pd.DataFrame:
    """Every word that moved a text's score: one row per (text, word).

    ``row`` is the text's index label, ``start``/``end`` offsets into that text, and
    ``contribution`` the word's signed push on the compound score (VADER valence for
    ``"vader"``, score change for ``"news"``).
    """
    _check_method(method)
    series = _as_series(texts)
    _, words = _score(series.tolist(), method)
    rows = [
        (label, w.start, w.end, w.word, w.valence)
        for label, found in zip(series.index, words, strict=True)
        for w in found
    ]
    return pd.DataFrame(rows, columns=WORD_COLUMNS)
