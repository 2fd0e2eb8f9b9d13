"""Who said what, stance, sentiment and readability of one English news article.

The public functions are imported lazily from their modules, so ``import analysis``
stays fast and a notebook pays only for what it uses::

    import analysis
    article = analysis.load_article("seeds/000_8a47d5ff032e1d14.txt")
    article.sentences.head()
"""

from __future__ import annotations

import sys
import types
from importlib import import_module

from analysis.offline import ensure_nltk_data

# NLTK and textstat must find the offline data before anything asks for it.
ensure_nltk_data()

_EXPORTS: dict[str, str] = {
    # loading and tokenizing
    "Article": "analysis.article",
    "ArticleError": "analysis.loading",
    "load_article": "analysis.article",
    "parse_article": "analysis.article",
    "article_path": "analysis.paths",
    # style
    "COLORS": "analysis.style",
    "use_style": "analysis.style",
    "takeaway": "analysis.style",
    # who said what
    "quotes": "analysis.quotes",
    "speakers": "analysis.speakers",
    "mentions": "analysis.speakers",
    "resolve_speakers": "analysis.speakers",
    # sentiment
    "score_sentiment": "analysis.sentiment",
    "sentiment": "analysis.sentiment",
    "sentiment_by": "analysis.sentiment",
    "quote_sentiment": "analysis.sentiment",
    "speaker_sentiment": "analysis.sentiment",
    # readability
    "readability": "analysis.readability",
    "readability_by": "analysis.readability",
    "syllables": "analysis.syllables",
    "estimate_syllables": "analysis.syllables",
    # stance
    "stance_toward": "analysis.stance",
    "stance": "analysis.stance",
    "speaker_stance": "analysis.stance",
    "propose_target": "analysis.stance",
    "stance_matrix": "analysis.stance",
    "marker_rates": "analysis.stance",
    "framing_by_speaker": "analysis.stance",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


class _Package(types.ModuleType):
    """The ``analysis`` package, whose public functions win over same-named submodules.

    ``analysis.quotes`` is the function defined in ``analysis/quotes.py``. Importing that
    submodule (``from analysis.quotes import ...``) makes the import system set the
    package attribute ``quotes`` to the module, which would shadow the function for
    everyone afterwards. This refuses exactly that assignment; the module stays
    reachable through ``sys.modules`` and ``from analysis.quotes import ...``.
    """

    def __setattr__(self, name: str, value) -> None:
        if isinstance(value, types.ModuleType) and _EXPORTS.get(name) == f"{__name__}.{name}":
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
