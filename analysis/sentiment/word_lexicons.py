"""The word lists sentiment reads beside VADER: Pattern's adjectives, the news vocabulary and the shifters.

* **Pattern** (De Smedt & Daelemans 2012, the ``en-sentiment.xml`` lexicon shipped in the
  TextBlob wheel, public domain): polarity in [-1, 1] of about 1,500 adjectives, averaged
  over their senses as Pattern does.
* **News vocabulary** (``analysis/lexicons/sentiment_news_*.tsv``, written for this project):
  words of conflict, crime, political strife, economic trouble and harm, one list per
  category of :data:`NEWS_CATEGORIES`.
* **Shifters** (``sentiment_shifters.tsv``): words that turn the valence of what follows.
Each is read once.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from vaderSentiment import vaderSentiment as vader_reference

from analysis import lexicons

NEWS_CATEGORIES: tuple[str, ...] = ("conflict", "politics", "economy", "harm")


def _pattern_lexicon_file() -> Path:
    # find_spec locates the wheel's folder without importing TextBlob (slow, not needed).
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(
            "The news sentiment method needs the Pattern lexicon from the 'textblob' wheel: "
            "pip install -r requirements.txt"
        )
    return Path(spec.submodule_search_locations[0]) / "en" / "en-sentiment.xml"


@cache
def pattern_lexicon() -> dict[str, float]:
    """Pattern's polarity per single word, the mean over its senses (Pattern's own rule)."""
    senses: dict[str, list[float]] = {}
    for entry in ET.parse(_pattern_lexicon_file()).getroot().iter("word"):
        form = entry.get("form", "").lower()
        if form and " " not in form:
            senses.setdefault(form, []).append(float(entry.get("polarity", 0)))
    means = {form: sum(values) / len(values) for form, values in senses.items()}
    return {form: polarity for form, polarity in means.items() if polarity != 0}


@cache
def news_lexicon() -> dict[str, tuple[str, int]]:
    """Each inflected form of the news lexicons: its category and polarity (+1 or -1)."""
    forms: dict[str, tuple[str, int]] = {}
    for category in NEWS_CATEGORIES:
        for row in lexicons.rows(f"sentiment_news_{category}"):
            for form in row["forms"].split():
                forms[form.lower()] = (category, int(row["polarity"]))
    return forms


@cache
def shifters() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Content-word negators and diminishers (``sentiment_shifters.tsv`` through :mod:`analysis.lexicons`):
    single words, and multi-word phrases as word tuples.

    The negations VADER already applies itself ("no", "without", "never", ...) are left
    out so no word is flipped twice.
    """
    entries = [row["entry"].lower() for row in lexicons.rows("sentiment_shifters")]
    handled_by_vader = set(vader_reference.NEGATE) | {"no"}
    words = frozenset(e for e in entries if " " not in e) - handled_by_vader
    phrases = tuple(tuple(e.split()) for e in entries if " " in e)
    return words, phrases
