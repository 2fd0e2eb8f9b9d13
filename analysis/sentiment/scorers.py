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
``@scorer`` function in :mod:`analysis.sentiment.methods`. The model of ``"news"`` is
:mod:`analysis.sentiment.news_model`; here are the tables of scores and driving words,
and every name of those modules is importable from here. The article level (tone per
sentence, quotation, speaker) is :mod:`analysis.sentiment.article`.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.sentiment.features import WordEvidence
from analysis.sentiment.methods import (
    METHODS,
    SCORERS,
    VADER_BAND,
    Scorer,
    Scores,
    _check_method,
    _score,
    available_methods,
    default_method,
    neutral_band,
    scorer,
)
from analysis.sentiment.metrics import three_class
from analysis.sentiment.news_model import (
    MODEL_FILE,
    LinearModel,
    feature_table,
    model_card,
    news_model,
)

#: How many driving words ``score_sentiment`` lists per text.
MAX_DRIVERS = 5


#: A word drives the score when its push is at least this share of the strongest push.
DRIVER_SHARE = 0.2


SCORE_COLUMNS = ["text", "compound", "label", "drivers"]


WORD_COLUMNS = ["row", "start", "end", "word", "contribution"]


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


__all__ = [
    "DRIVER_SHARE",
    "LinearModel",
    "MAX_DRIVERS",
    "METHODS",
    "MODEL_FILE",
    "SCORERS",
    "SCORE_COLUMNS",
    "Scorer",
    "Scores",
    "VADER_BAND",
    "WORD_COLUMNS",
    "available_methods",
    "default_method",
    "feature_table",
    "model_card",
    "neutral_band",
    "news_model",
    "score_columns",
    "score_sentiment",
    "scorer",
    "sentiment_words",
]
