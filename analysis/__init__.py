"""Who said what, stance, sentiment and readability of English news articles.

::

    import analysis
    article = analysis.load_article("path/to/article.txt")
    result = analysis.analyse(article)  # every stage computed once, on first use
    result.quotes.head()

The subpackages follow the data flow: ``core`` (the article and its tables) →
``attribution`` (who said what) → ``speakers`` (who they are) → ``sentiment``,
``stance`` and ``readability``; ``pipeline`` ties them together, ``takeaways`` words
the findings and ``plots`` draws them. Importing the package writes nothing.
"""

from __future__ import annotations

from analysis.attribution import quotes
from analysis.core.article import Article, load_article, parse_article
from analysis.core.loading import ArticleError
from analysis.core.paths import article_path
from analysis.readability.formulas import readability_by, readability_report
from analysis.readability.syllable_counts import estimate_syllables, syllables
from analysis.sentiment.scores import (
    quote_sentiment,
    score_sentiment,
    sentence_tone,
    sentiment_by,
    speaker_sentiment,
)
from analysis.speakers import UNRESOLVED, mentions, resolve_speakers, speaker_table
from analysis.stance.toward import (
    attribution_stance,
    framing_by_speaker,
    marker_rates,
    propose_target,
    speaker_stance,
    stance_matrix,
    stance_toward,
)
from analysis.takeaways import takeaway

__all__ = [
    "UNRESOLVED",
    "Article",
    "ArticleError",
    "article_path",
    "attribution_stance",
    "estimate_syllables",
    "framing_by_speaker",
    "load_article",
    "marker_rates",
    "mentions",
    "parse_article",
    "propose_target",
    "quote_sentiment",
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
