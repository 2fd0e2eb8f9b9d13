"""The words segmentation reads: abbreviations, sentence starters and quotation marks.

Every list comes from ``lexicons/segmentation.tsv`` (AP Stylebook; Chicago Manual of
Style), read once here for :mod:`analysis.core.sentences`,
:mod:`analysis.core.paragraph_kinds` and the tokens of :mod:`analysis.core.segment`.
"""

from __future__ import annotations

from analysis import lexicons
from analysis.core.quotemarks import DOUBLE_MARKS, SINGLE_MARKS

QUOTE_CHARS = DOUBLE_MARKS + SINGLE_MARKS


def _segmentation_words(category: str) -> frozenset[str]:
    """Entries of one category of ``lexicons/segmentation.tsv``."""
    return frozenset(r["entry"] for r in lexicons.rows("segmentation") if r["category"] == category)


# Abbreviations that are always followed by more of the same sentence ("Gen.", "Sen.").
TITLES = _segmentation_words("title_abbreviation")
MONTHS = _segmentation_words("month_abbreviation")
# "No." / "Nos." abbreviate "number" only before a figure ("the No. 2 official"); before
# anything else the full stop ends the word no ("He said no. Then ...").
NUMERO = _segmentation_words("numero_abbreviation")
# Words whose full stop belongs to the token ("Gen.", "Jan.").
_ABBREVIATED = TITLES | MONTHS
# Abbreviations that may end a sentence; they end one only before a common sentence starter.
OTHER_ABBREVIATIONS = _segmentation_words("other_abbreviation")
# Words that start sentences far more often than they start names: used to decide
# whether "U.S. The ..." or "... Inc. But ..." is a boundary.
SENTENCE_STARTERS = _segmentation_words("sentence_starter")
