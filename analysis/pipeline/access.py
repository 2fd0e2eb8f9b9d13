"""The package's functions of an article, each one stage of the article's kept analysis.

Calling several of them computes every upstream stage once. Each returns a copy, so changing
a returned table cannot change what later stages read. Given an upstream table of their own
(``table=``, ``quotes=``), they compute from it instead, outside the kept analysis.
"""

from __future__ import annotations

import pandas as pd

from analysis import readability, sentiment, speakers, stance
from analysis.core.article import Article
from analysis.pipeline.results import analyse


def quotes(article: Article) -> pd.DataFrame:
    """Who said what: one row per attribution, with its resolved ``speaker``."""
    return analyse(article).quotes.copy()


def mentions(article: Article) -> pd.DataFrame:
    """Every mention of a person or body (:func:`analysis.speakers.mentions`)."""
    return analyse(article).mentions.copy()


def speaker_table(article: Article, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per person or body (:func:`analysis.speakers.speaker_table`)."""
    result = analyse(article)
    if table is not None:
        return speakers.speaker_table(article, table, result.entities, result.mentions)
    return result.speakers.copy()


def sentence_tone(
    article: Article, method: str = "news", quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Tone of every sentence (:func:`analysis.sentiment.sentence_tone`)."""
    if quotes is not None:
        return sentiment.sentence_tone(article, method, quotes)
    return analyse(article, sentiment_method=method).sentence_tone.copy()


def quote_tone(
    article: Article, method: str = "news", quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Tone of every attribution (:func:`analysis.sentiment.quote_sentiment`)."""
    if quotes is not None:
        return sentiment.quote_sentiment(article, method, quotes)
    return analyse(article, sentiment_method=method).quote_tone.copy()


def propose_target(article: Article) -> dict:
    """The article's central issue (:func:`analysis.stance.propose_target`)."""
    return dict(analyse(article).central_proposal)


def attribution_stance(
    article: Article, target: str | None = None, table: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Stance of every attribution toward ``target`` (default: the central issue)."""
    result = analyse(article, target=target)
    if table is not None:
        return stance.attribution_stance(article, result.target["text"], table)
    return result.stance.copy()


def speaker_stance(
    article: Article, target: str | None = None, table: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Stance of every speaker toward ``target`` (default: the central issue)."""
    if table is not None:
        return stance.pool_speaker_stance(attribution_stance(article, target, table))
    return analyse(article, target=target).speaker_stance.copy()


def stance_matrix(
    article: Article, targets: pd.DataFrame | None = None, table: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Speakers against the article's main proposals and names (or ``targets``)."""
    result = analyse(article)
    if targets is None and table is None:
        return result.stance_matrix.copy()
    targets = result.stance_targets if targets is None else targets
    return stance.stance_matrix(article, targets, result.quotes if table is None else table)


def marker_rates(article: Article, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Stance markers per 100 words for each speaker and the narration."""
    if table is not None:
        return stance.marker_rates(article, table)
    return analyse(article).marker_rates.copy()


def framing_by_speaker(article: Article, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """How the reporting verbs frame each speaker."""
    if table is not None:
        return stance.framing_by_speaker(article, table)
    return analyse(article).framing_by_speaker.copy()


def readability_report(article: Article) -> readability.Readability:
    """Counts and every formula for the body (:func:`analysis.readability.readability_report`)."""
    return analyse(article).readability_report


def readability_by(
    article: Article, by: str = "paragraph", quote_table: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Counts and formulas per ``paragraph``, ``sentence``, ``speaker`` or ``voice``."""
    if by not in readability.GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(readability.GROUPINGS)}, not {by!r}")
    result = analyse(article)
    if quote_table is not None:
        return readability.readability_by(article, by, quote_table, result.words)
    return result[f"readability_by_{by}"].copy()
