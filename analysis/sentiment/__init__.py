"""Sentiment: per-word evidence, the scoring methods, and tone by sentence, quotation and speaker.

Modules by concern: :mod:`~analysis.sentiment.tracing_vader` (VADER with per-word
valences), :mod:`~analysis.sentiment.word_lexicons` (Pattern, the news vocabulary, the
shifters), :mod:`~analysis.sentiment.evidence` (word evidence from all three),
:mod:`~analysis.sentiment.features` (the sentence features built from it),
:mod:`~analysis.sentiment.news_model` (the news-calibrated linear model),
:mod:`~analysis.sentiment.methods` (the one registry of methods: vader, news, encoder),
:mod:`~analysis.sentiment.scorers` (tables of scores and driving words),
:mod:`~analysis.sentiment.article` (tone per sentence, quotation, speaker),
:mod:`~analysis.sentiment.metrics` (checks against human ratings) and the optional
:mod:`~analysis.sentiment.encoder`. Their public functions are exported here.
"""

from analysis.sentiment.article import (
    article_words,
    attribute_sentences,
    quote_sentiment,
    sentence_tone,
    sentiment_by,
    speaker_sentiment,
)
from analysis.sentiment.scorers import (
    METHODS,
    SCORERS,
    available_methods,
    default_method,
    feature_table,
    model_card,
    neutral_band,
    score_sentiment,
    sentiment_words,
)

__all__ = [
    "METHODS",
    "SCORERS",
    "article_words",
    "attribute_sentences",
    "available_methods",
    "default_method",
    "feature_table",
    "model_card",
    "neutral_band",
    "quote_sentiment",
    "score_sentiment",
    "sentence_tone",
    "sentiment_by",
    "sentiment_words",
    "speaker_sentiment",
]
