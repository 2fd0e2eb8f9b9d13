"""Readability: syllables, the word table, the formula registry and the reports built on them.

Modules by concern: :mod:`~analysis.readability.syllable_counts` (syllables per word),
:mod:`~analysis.readability.words` (the word table, built once per article),
:mod:`~analysis.readability.formulas` (the registry of formulas: key, name, source, the
counts each reads, the sample it needs), :mod:`~analysis.readability.groups` (counts and
formulas per group of words as NumPy arrays), :mod:`~analysis.readability.body` (counts and
scores for the whole body), :mod:`~analysis.readability.breakdown` (per paragraph, sentence,
speaker or voice), :mod:`~analysis.readability.checks` (what to check by eye),
:mod:`~analysis.readability.report` (every value as one long table; re-exports the rest).
Exported here.
"""

from analysis.readability.formulas import MEASURE_KEYS, MEASURES, REGISTRY, Measure, formula
from analysis.readability.report import (
    GROUPINGS,
    Readability,
    compare_with_textstat,
    count_words,
    difficult_words,
    estimated_words,
    hardest_sentences,
    readability_by,
    readability_of_words,
    readability_report,
    readability_scores,
    score_counts,
    speaker_words,
)
from analysis.readability.words import (
    article_word_table,
    cannot_be_word,
    is_complex,
    is_familiar,
    unreadable_tokens,
    word_table,
)

__all__ = [
    "GROUPINGS",
    "MEASURES",
    "MEASURE_KEYS",
    "REGISTRY",
    "Measure",
    "Readability",
    "article_word_table",
    "cannot_be_word",
    "unreadable_tokens",
    "compare_with_textstat",
    "count_words",
    "difficult_words",
    "estimated_words",
    "formula",
    "hardest_sentences",
    "is_complex",
    "is_familiar",
    "readability_by",
    "readability_of_words",
    "readability_report",
    "readability_scores",
    "score_counts",
    "speaker_words",
    "word_table",
]
