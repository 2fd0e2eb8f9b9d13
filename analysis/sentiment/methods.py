"""The registry of sentiment methods: each one scores a list of texts on VADER's -1..1 scale.

:data:`SCORERS` holds one :class:`Scorer` per method (name, how it scores, its neutral band,
whether it is installed): ``"vader"`` (plain VADER), ``"news"`` (the news-calibrated model of
:mod:`analysis.sentiment.news_model`) and ``"encoder"`` (the optional extra of
:mod:`analysis.sentiment.encoder`). Adding a method is one ``@scorer`` function here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from analysis.sentiment.features import (
    ENCODER_FEATURES,
    FEATURES,
    Evidence,
    WordEvidence,
    gather_evidence,
    sentence_features,
    vader,
    vader_word_offsets,
)
from analysis.sentiment.news_model import LinearModel, news_model

#: VADER's own neutral band (Hutto & Gilbert 2014; the vaderSentiment README).
VADER_BAND = 0.05


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
