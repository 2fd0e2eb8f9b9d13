"""The standard English readability formulas, as one registry.

Each formula is a :class:`Measure`: its key, name, source, the counts it reads, the
sample it was built on (:data:`MIN_WORDS` words; SMOG 30 sentences), and the function
that computes it from a mapping of counts (a dict, a Series, or a DataFrame whose
columns are the counts: one value per row). Adding a formula is one ``@formula``
function here; :mod:`analysis.readability.report` scores every registered formula, and
the consensus grade is the median of the registered grade formulas.

The counts themselves (sentences, words, syllables, ...) come from the article's word
table (:mod:`analysis.readability.words`): see that module for why they are right for news.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: Words in the samples the formulas were built on (Flesch 1948, Dale & Chall 1948, O'Hayre 1966).
MIN_WORDS = 100


#: Sentences SMOG needs: McLaughlin (1969) counts polysyllables in 30 sentences.
SMOG_MIN_SENTENCES = 30


#: Flesch-Kincaid grades where most news copy lands (see notebooks/05-readability.ipynb).
NEWS_GRADE_BAND = (9.0, 12.0)


#: Flesch's (1949, The Art of Readable Writing) table for Reading Ease: the lower limit of
#: each band, its description and the schooling it stands for.
FLESCH_EASE_BANDS: tuple[tuple[float, str, str], ...] = (
    (90, "very easy", "5th grade"),
    (80, "easy", "6th grade"),
    (70, "fairly easy", "7th grade"),
    (60, "standard", "8th-9th grade"),
    (50, "fairly difficult", "10th-12th grade"),
    (30, "difficult", "college"),
    (-np.inf, "very confusing", "college graduate"),
)


@dataclass(frozen=True)
class Measure:
    """One readability formula: key, name, whether its value is a US school grade, source,
    the counts it reads, the sample it was built on, and how it is computed.

    ``compute`` is None for the consensus grade, which is computed from the other grades.
    """

    key: str
    name: str
    is_grade: bool
    source: str
    counts: tuple[str, ...] = ()
    min_words: int = MIN_WORDS
    min_sentences: int = 0
    compute: Callable | None = None

    @property
    def citation(self) -> str:
        """The source as an inline citation: "McLaughlin (1969)" -> "McLaughlin 1969"."""
        return self.source.replace("(", "").replace(")", "")


#: Every formula by key, in the order they are reported (filled by :func:`formula`).
REGISTRY: dict[str, Measure] = {}


def formula(
    key: str,
    name: str,
    source: str,
    counts: tuple[str, ...],
    *,
    is_grade: bool = True,
    min_words: int = MIN_WORDS,
    min_sentences: int = 0,
):
    """Register the decorated ``compute(counts)`` as the formula ``key``."""

    def register(compute: Callable) -> Callable:
        REGISTRY[key] = Measure(
            key, name, is_grade, source, counts, min_words, min_sentences, compute
        )
        return compute

    return register


# --- ratios that survive empty input ---------------------------------------------------


def _per(numerator, denominator):
    """numerator / denominator, NaN where the denominator is 0; scalars in, a float out."""
    num = np.asarray(numerator, dtype=float)
    den = np.asarray(denominator, dtype=float)
    out = np.full(np.broadcast(num, den).shape, np.nan)
    np.divide(num, den, out=out, where=den > 0)
    return out if out.ndim else float(out)


def _scalar_or_array(value):
    value = np.asarray(value, dtype=float)
    return value if value.ndim else float(value)


# --- the formulas ---------------------------------------------------------------------
# Each takes a mapping of counts (a dict, a Series, or a DataFrame whose columns are the
# counts) and returns a float or an array, one value per row.


@formula("flesch_reading_ease", "Flesch Reading Ease", "Flesch (1948)", ("words", "sentences", "syllables"), is_grade=False)  # fmt: skip
def flesch_reading_ease(c) -> float:
    """Flesch Reading Ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words).

    Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology 32(3).
    0-100, higher is easier: 60-70 is "standard", 30-50 "difficult" (college level).
    """
    return _scalar_or_array(
        206.835 - 1.015 * _per(c["words"], c["sentences"]) - 84.6 * _per(c["syllables"], c["words"])
    )


@formula("flesch_kincaid_grade", "Flesch-Kincaid grade", "Kincaid et al. (1975)", ("words", "sentences", "syllables"))  # fmt: skip
def flesch_kincaid_grade(c) -> float:
    """Flesch-Kincaid grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59.

    Kincaid, J. P., Fishburne, R. P., Rogers, R. L., Chissom, B. S. (1975). Derivation of new
    readability formulas for Navy enlisted personnel. Research Branch Report 8-75.
    """
    return _scalar_or_array(
        0.39 * _per(c["words"], c["sentences"]) + 11.8 * _per(c["syllables"], c["words"]) - 15.59
    )


@formula("gunning_fog", "Gunning fog", "Gunning (1952)", ("words", "sentences", "complex_words"))  # fmt: skip
def gunning_fog(c) -> float:
    """Gunning fog = 0.4 * ((words / sentences) + 100 * (complex words / words)).

    Gunning, R. (1952). The Technique of Clear Writing. Complex words have three or more
    syllables, not counting proper nouns, hyphenated compounds, or words made three
    syllables by -es, -ed or -ing (see :func:`is_complex`). textstat counts "difficult
    words" (off the Dale-Chall list and 3+ syllables) instead, which is not Gunning's rule.
    """
    return _scalar_or_array(
        0.4 * (_per(c["words"], c["sentences"]) + 100 * _per(c["complex_words"], c["words"]))
    )


@formula("smog", "SMOG", "McLaughlin (1969)", ("polysyllables", "sentences"), min_sentences=SMOG_MIN_SENTENCES)  # fmt: skip
def smog(c) -> float:
    """SMOG grade = 1.0430 * sqrt(polysyllables * 30 / sentences) + 3.1291.

    McLaughlin, G. H. (1969). SMOG grading: a new readability formula. Journal of Reading
    12(8). Polysyllables have 3 or more syllables; valid on 30 or more sentences.
    """
    return _scalar_or_array(
        1.0430 * np.sqrt(30 * _per(c["polysyllables"], c["sentences"])) + 3.1291
    )


@formula("coleman_liau", "Coleman-Liau", "Coleman & Liau (1975)", ("letters", "sentences", "words"))  # fmt: skip
def coleman_liau(c) -> float:
    """Coleman-Liau = 0.0588 * L - 0.296 * S - 15.8.

    L is letters per 100 words, S sentences per 100 words. Coleman, M., Liau, T. L. (1975).
    A computer readability formula designed for machine scoring. Journal of Applied
    Psychology 60(2).
    """
    letters_per_100 = 100 * _per(c["letters"], c["words"])
    sentences_per_100 = 100 * _per(c["sentences"], c["words"])
    return _scalar_or_array(0.0588 * letters_per_100 - 0.296 * sentences_per_100 - 15.8)


@formula("automated_readability_index", "Automated Readability Index", "Smith & Senter (1967)", ("characters", "words", "sentences"))  # fmt: skip
def automated_readability_index(c) -> float:
    """ARI = 4.71 * (characters / words) + 0.5 * (words / sentences) - 21.43.

    Smith, E. A., Senter, R. J. (1967). Automated Readability Index. AMRL-TR-66-220.
    Characters are the letters and digits of the words (no punctuation, no spaces).
    """
    return _scalar_or_array(
        4.71 * _per(c["characters"], c["words"]) + 0.5 * _per(c["words"], c["sentences"]) - 21.43
    )


@formula("dale_chall", "Dale-Chall (score)", "Dale & Chall (1948)", ("difficult_words", "words", "sentences"), is_grade=False)  # fmt: skip
def dale_chall(c) -> float:
    """Dale-Chall score = 0.1579 * (100 * difficult words / words) + 0.0496 * (words / sentences),
    plus 3.6365 when more than 5% of the words are difficult.

    Dale, E., Chall, J. S. (1948). A formula for predicting readability. Educational Research
    Bulletin 27(1), with the adjusted constant of its 1948 instructions. Difficult words are
    those off the Dale-Chall list of familiar words (see :func:`is_difficult`).
    """
    share = 100 * _per(c["difficult_words"], c["words"])
    raw = 0.1579 * share + 0.0496 * _per(c["words"], c["sentences"])
    return _scalar_or_array(np.where(share > 5, raw + 3.6365, raw))


#: Dale-Chall score bands and the grades they stand for (Dale & Chall 1948, table of
#: corrected grade levels): upper score limit -> (grade range, middle of the range).
DALE_CHALL_GRADES: tuple[tuple[float, str, float], ...] = (
    (5.0, "4 and below", 4.0),
    (6.0, "5-6", 5.5),
    (7.0, "7-8", 7.5),
    (8.0, "9-10", 9.5),
    (9.0, "11-12", 11.5),
    (10.0, "13-15 (college)", 14.0),
    (np.inf, "16 and above (college graduate)", 16.0),
)


@formula("dale_chall_grade", "Dale-Chall (grade)", "Dale & Chall (1948), grade table", ("difficult_words", "words", "sentences"))  # fmt: skip
def dale_chall_grade(c) -> float:
    """The Dale-Chall score as a grade: the middle of its band in Dale & Chall's table.

    Below 5.0 is grade 4 and below; 5.0-5.9 grades 5-6; 6.0-6.9 grades 7-8; 7.0-7.9
    grades 9-10; 8.0-8.9 grades 11-12; 9.0-9.9 college (13-15); 10 and above college
    graduate (16).
    """
    score = np.asarray(dale_chall(c), dtype=float)
    limits = np.array([limit for limit, _, _ in DALE_CHALL_GRADES])
    middles = np.array([middle for _, _, middle in DALE_CHALL_GRADES])
    index = np.searchsorted(limits, np.nan_to_num(score, nan=0.0), side="right")
    grade = np.where(np.isnan(score), np.nan, middles[np.minimum(index, len(middles) - 1)])
    return _scalar_or_array(grade)


@formula("linsear_write", "Linsear Write", "O'Hayre (1966)", ("polysyllables", "words", "sentences"))  # fmt: skip
def linsear_write(c) -> float:
    """Linsear Write: r = (easy words + 3 * hard words) / sentences; grade r/2 if r > 20, else (r-2)/2.

    O'Hayre, J. (1966). Gobbledygook Has Gotta Go. US Bureau of Land Management. Hard words
    have 3 or more syllables, easy words fewer. The original scores a 100-word sample;
    the ratio per sentence is the same on the whole text, which is what is used here.
    """
    hard = np.asarray(c["polysyllables"], dtype=float)
    easy = np.asarray(c["words"], dtype=float) - hard
    r = _per(easy + 3 * hard, c["sentences"])
    return _scalar_or_array(
        np.where(np.asarray(r) > 20, np.asarray(r) / 2, (np.asarray(r) - 2) / 2)
    )


#: The consensus: the median of the grade formulas (not a formula of counts).
REGISTRY["consensus_grade"] = Measure(
    "consensus_grade", "Consensus grade", True, "median of the grade formulas above"
)

#: The formulas, in the order they are reported.
MEASURES: tuple[Measure, ...] = tuple(REGISTRY.values())
MEASURE_KEYS = [m.key for m in MEASURES]
#: The grade-level formulas the consensus is the median of.
CONSENSUS_OF = [m.key for m in MEASURES if m.is_grade and m.compute is not None]
#: Each formula of counts by key.
FORMULAS: dict[str, Callable] = {m.key: m.compute for m in MEASURES if m.compute is not None}


def consensus_grade(grades: pd.DataFrame) -> pd.Series:
    """The median of the grade-level formulas of each row (the valid ones where flags are given).

    A median, not a mean, so that one formula thrown off by a feature of the text (SMOG
    on few sentences, Coleman-Liau on long names) does not move it. textstat's
    ``text_standard`` takes the most common rounded grade instead.
    """
    return grades[CONSENSUS_OF].median(axis=1, skipna=True)
