"""Who said what, stance, sentiment and readability of English news articles.

::

    import analysis
    article = analysis.load_article("path/to/article.txt")
    result = analysis.analyse(article)  # every stage computed once, on first use
    result.quotes.head()
    result.tables()                      # every table, by name
    analysis.export(result, "tables/")   # every table as CSV

The subpackages follow the data flow: ``core`` (the article and its tables) →
``attribution`` (who said what) → ``speakers`` (who they are) → ``sentiment``,
``stance`` and ``readability``; ``pipeline`` ties them together, ``takeaways`` words
the findings and ``plots`` draws them. The functions of an article exported here
(``quotes``, ``speaker_table``, ...) are stages of the article's one
:class:`~analysis.pipeline.Analysis`. Importing the package writes nothing.
"""

from __future__ import annotations

from analysis.core.article import Article, load_article, parse_article
from analysis.core.loading import ArticleError
from analysis.core.paths import article_path
from analysis.core.schema import UNRESOLVED
from analysis.csv_export import export
from analysis.pipeline import (
    STAGES,
    Analysis,
    analyse,
    attribution_stance,
    framing_by_speaker,
    marker_rates,
    mentions,
    propose_target,
    quote_tone,
    quotes,
    readability_by,
    readability_report,
    sentence_tone,
    speaker_stance,
    speaker_table,
    stance_matrix,
)
from analysis.readability.syllable_counts import estimate_syllables, syllables
from analysis.sentiment import score_sentiment, sentiment_by, speaker_sentiment
from analysis.speakers import resolve_speakers
from analysis.stance import stance_toward
from analysis.takeaways import takeaway

__all__ = [
    "STAGES",
    "UNRESOLVED",
    "Analysis",
    "Article",
    "ArticleError",
    "analyse",
    "article_path",
    "attribution_stance",
    "estimate_syllables",
    "export",
    "framing_by_speaker",
    "load_article",
    "marker_rates",
    "mentions",
    "parse_article",
    "propose_target",
    "quote_tone",
    "quotes",
    "readability_by",
    "readability_report",
    "resolve_speakers",
    "score_sentiment",
    "sentence_tone",
    "sentiment_by",
    "speaker_sentiment",
    "speaker_stance",
    "speaker_table",
    "stance_matrix",
    "stance_toward",
    "syllables",
    "takeaway",
]
