"""How hard an article is to read: the standard English formulas on counts that are right for news.

textstat has the formulas but counts its own sentences, and on news copy it splits at
"U.S.", "Gen." and "$1.2"; it also guesses syllables for unknown words from
hyphenation points. Here every formula takes its counts from the article's own tables:
sentences from :attr:`Article.body_sentences` (headings and boilerplate left out),
words from :attr:`Article.words`, syllables from :func:`analysis.readability.syllable_counts.syllables`
(the CMU dictionary, then a learned estimator; figures read aloud).

The unit of everything is one row per body word (:func:`word_table`), with its
syllables, letters and whether it is polysyllabic, complex (Gunning) or unfamiliar
(Dale-Chall). Counts are group-by sums of that table, so the same formulas give the
whole article (:func:`readability`), each paragraph, sentence, speaker or voice
(:func:`readability_by`).

Every formula was built on samples of about 100 words, and SMOG on 30 sentences; a
value computed on less is returned with ``valid=False`` and a note, never dropped and
never a division by zero (no words or no sentences gives NaN).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

from analysis.core.article import Article
from analysis.core.schema import UNRESOLVED
from analysis.readability.syllable_counts import (
    cmu_dictionary,
    number_syllables,
    phones_syllables,
    syllables_with_source,
)
from analysis.speakers import resolved_quotes
from analysis.takeaways import plural

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

#: The count columns every readability table carries, in order.
COUNT_COLUMNS = [
    "sentences", "words", "syllables", "polysyllables", "complex_words",
    "characters", "letters", "difficult_words",
]  # fmt: skip

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_CONTRACTION = re.compile(r"^(?P<base>[a-z]+)'(?:s|re|ve|ll|d|m|t)$|^(?P<neg>[a-z]+)n't$")


@dataclass(frozen=True)
class Measure:
    """One readability formula: its key, its name, whether its value is a US school grade."""

    key: str
    name: str
    is_grade: bool
    source: str


#: The formulas, in the order they are reported.
MEASURES: tuple[Measure, ...] = (
    Measure("flesch_reading_ease", "Flesch Reading Ease", False, "Flesch (1948)"),
    Measure("flesch_kincaid_grade", "Flesch-Kincaid grade", True, "Kincaid et al. (1975)"),
    Measure("gunning_fog", "Gunning fog", True, "Gunning (1952)"),
    Measure("smog", "SMOG", True, "McLaughlin (1969)"),
    Measure("coleman_liau", "Coleman-Liau", True, "Coleman & Liau (1975)"),
    Measure("automated_readability_index", "Automated Readability Index", True, "Smith & Senter (1967)"),
    Measure("dale_chall", "Dale-Chall (score)", False, "Dale & Chall (1948)"),
    Measure("dale_chall_grade", "Dale-Chall (grade)", True, "Dale & Chall (1948), grade table"),
    Measure("linsear_write", "Linsear Write", True, "O'Hayre (1966)"),
    Measure("consensus_grade", "Consensus grade", True, "median of the grade formulas above"),
)  # fmt: skip
MEASURE_KEYS = [m.key for m in MEASURES]
#: The grade-level formulas the consensus is the median of.
CONSENSUS_OF = [m.key for m in MEASURES if m.is_grade and m.key != "consensus_grade"]


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


def flesch_reading_ease(c) -> float:
    """Flesch Reading Ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words).

    Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology 32(3).
    0-100, higher is easier: 60-70 is "standard", 30-50 "difficult" (college level).
    """
    return _scalar_or_array(
        206.835 - 1.015 * _per(c["words"], c["sentences"]) - 84.6 * _per(c["syllables"], c["words"])
    )


def flesch_kincaid_grade(c) -> float:
    """Flesch-Kincaid grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59.

    Kincaid, J. P., Fishburne, R. P., Rogers, R. L., Chissom, B. S. (1975). Derivation of new
    readability formulas for Navy enlisted personnel. Research Branch Report 8-75.
    """
    return _scalar_or_array(
        0.39 * _per(c["words"], c["sentences"]) + 11.8 * _per(c["syllables"], c["words"]) - 15.59
    )


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


def smog(c) -> float:
    """SMOG grade = 1.0430 * sqrt(polysyllables * 30 / sentences) + 3.1291.

    McLaughlin, G. H. (1969). SMOG grading: a new readability formula. Journal of Reading
    12(8). Polysyllables have 3 or more syllables; valid on 30 or more sentences.
    """
    return _scalar_or_array(
        1.0430 * np.sqrt(30 * _per(c["polysyllables"], c["sentences"])) + 3.1291
    )


def coleman_liau(c) -> float:
    """Coleman-Liau = 0.0588 * L - 0.296 * S - 15.8.

    L is letters per 100 words, S sentences per 100 words. Coleman, M., Liau, T. L. (1975).
    A computer readability formula designed for machine scoring. Journal of Applied
    Psychology 60(2).
    """
    letters_per_100 = 100 * _per(c["letters"], c["words"])
    sentences_per_100 = 100 * _per(c["sentences"], c["words"])
    return _scalar_or_array(0.0588 * letters_per_100 - 0.296 * sentences_per_100 - 15.8)


def automated_readability_index(c) -> float:
    """ARI = 4.71 * (characters / words) + 0.5 * (words / sentences) - 21.43.

    Smith, E. A., Senter, R. J. (1967). Automated Readability Index. AMRL-TR-66-220.
    Characters are the letters and digits of the words (no punctuation, no spaces).
    """
    return _scalar_or_array(
        4.71 * _per(c["characters"], c["words"]) + 0.5 * _per(c["words"], c["sentences"]) - 21.43
    )


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


_FORMULAS = {
    "flesch_reading_ease": flesch_reading_ease,
    "flesch_kincaid_grade": flesch_kincaid_grade,
    "gunning_fog": gunning_fog,
    "smog": smog,
    "coleman_liau": coleman_liau,
    "automated_readability_index": automated_readability_index,
    "dale_chall": dale_chall,
    "dale_chall_grade": dale_chall_grade,
    "linsear_write": linsear_write,
}


def consensus_grade(grades: pd.DataFrame) -> pd.Series:
    """The median of the grade-level formulas of each row (the valid ones where flags are given).

    A median, not a mean, so that one formula thrown off by a feature of the text (SMOG
    on few sentences, Coleman-Liau on long names) does not move it. textstat's
    ``text_standard`` takes the most common rounded grade instead.
    """
    return grades[CONSENSUS_OF].median(axis=1, skipna=True)


# --- words: syllables, complexity, familiarity ------------------------------------------


@cache
def familiar_words() -> frozenset[str]:
    """The Dale-Chall list of about 3,000 words familiar to fourth-graders, as textstat ships it."""
    source = resources.files("textstat").joinpath("resources", "en", "easy_words.txt")
    return frozenset(w.strip().lower() for w in source.read_text(encoding="utf-8").splitlines())


def _inflection_bases(word: str) -> Iterator[str]:
    """Candidate base forms of a regularly inflected word: plural, -ed, -ing, -er, -est."""
    for suffix, replacements in (
        ("ies", ("y",)), ("ied", ("y",)), ("ier", ("y",)), ("iest", ("y",)),
        ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")), ("d", ("",)),
        ("ing", ("", "e")), ("er", ("", "e")), ("est", ("", "e")),
    ):  # fmt: skip
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            yield from (stem + r for r in replacements)
            if len(stem) > 2 and stem[-1] == stem[-2]:  # stopped -> stop, bigger -> big
                yield stem[:-1]


def is_familiar(lower: str) -> bool:
    """Whether a lower-case word counts as familiar under Dale & Chall's (1948) rules.

    Familiar: on the list; a regular plural, possessive, -ed, -ing, -er or -est form of a
    listed word; a contraction of one ("don't", "it's"); a hyphenated compound whose
    parts all are.
    """
    word = lower.translate(_APOSTROPHES)
    easy = familiar_words()
    if word in easy:
        return True
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return bool(parts) and all(is_familiar(p) for p in parts)
    contraction = _CONTRACTION.match(word)
    if contraction:
        return (contraction["base"] or contraction["neg"]) in easy
    return any(base in easy for base in _inflection_bases(word))


def _stem_syllables(lower: str) -> int | None:
    """Syllables of the stem of a word ending in -es, -ed or -ing, from the dictionary, if found."""
    dictionary = cmu_dictionary()
    for suffix in ("ing", "ed", "es"):
        if lower.endswith(suffix):
            for base in _inflection_bases(lower):
                if base in dictionary:
                    return phones_syllables(dictionary[base][0])
    return None


def is_complex(lower: str, n_syllables: int, proper: bool) -> bool:
    """Gunning's (1952) complex word: three or more syllables, with his three exceptions.

    Not counted: proper nouns, hyphenated compounds, and words whose third syllable
    comes from -es, -ed or -ing ("created", "trespasses"), i.e. whose stem has fewer
    than three.
    """
    if n_syllables < 3 or proper or "-" in lower:
        return False
    stem = _stem_syllables(lower)
    return stem is None or stem >= 3


def word_syllables(text: str, kind: str) -> tuple[int, str]:
    """Syllables of one word token and their source, at least 1.

    Figures are read aloud (source ``number``); words go through
    :func:`analysis.readability.syllable_counts.syllables_with_source` (``dictionary`` or ``estimated``).
    """
    if kind == "number":
        return max(1, number_syllables(text)), "number"
    counted, source = syllables_with_source(text)
    return max(1, counted), source


def word_table(article: Article) -> pd.DataFrame:
    """One row per body word (word and number tokens), with what the formulas count.

    Columns: the token's ``token``, ``sentence``, ``paragraph``, ``start``, ``end``,
    ``text``, ``lower``, ``kind``, ``in_quote``, and ``syllables`` (with
    ``syllable_source``: dictionary, estimated or number), ``letters``,
    ``characters`` (letters and digits), ``polysyllable`` (3+ syllables), ``proper``
    (capitalised and not the first word of its sentence or quotation, or first but
    capitalised mid-sentence elsewhere in the article, or all capitals),
    ``complex`` (Gunning) and ``difficult`` (Dale-Chall: unfamiliar, not a figure or a name).
    """
    tokens = article.tokens
    words = article.words.copy()
    # A capital after a sentence start or an opening quotation mark says nothing about names.
    previous_kind = (
        tokens["kind"].shift(1).where(tokens["sentence"].eq(tokens["sentence"].shift(1)))
    )
    opens_span = previous_kind.isna() | previous_kind.eq("quote")
    words["opens"] = opens_span.reindex(words.index).fillna(True).astype(bool)

    forms = words[["lower", "kind"]].drop_duplicates()
    counted = [word_syllables(t, k) for t, k in zip(forms["lower"], forms["kind"], strict=True)]
    forms["syllables"] = [n for n, _ in counted]
    forms["syllable_source"] = [source for _, source in counted]
    words = words.merge(forms, on=["lower", "kind"], how="left").set_index(words.index)

    text = words["text"]
    words["letters"] = text.str.count(r"[^\W\d_]")
    words["characters"] = text.str.count(r"[^\W_]")
    words["polysyllable"] = words["syllables"] >= 3
    capital = text.str.match(r"[^\W\d_]").astype(bool) & text.str[:1].str.isupper().astype(bool)
    all_caps = text.str.fullmatch(r"[A-Z][A-Z.&]+").astype(bool)
    named_mid_sentence = capital & ~words["opens"]
    # A capital at a sentence start is a name when the article also capitalises the word
    # mid-sentence ("Trump has spent..." after "...said Trump").
    names = set(text[named_mid_sentence])
    known_name = capital & words["opens"] & text.isin(names)
    words["proper"] = (named_mid_sentence | known_name | all_caps) & words["kind"].eq("word")
    words["proper"] &= words["lower"].ne("i")
    # A figure is neither a hard word nor an easy one: Gunning and Dale-Chall count vocabulary.
    words["complex"] = [
        kind == "word" and is_complex(w, n, p)
        for w, n, p, kind in zip(
            words["lower"], words["syllables"], words["proper"], words["kind"], strict=True
        )
    ]
    words["difficult"] = (
        words["kind"].eq("word") & ~words["proper"] & ~words["lower"].map(is_familiar).astype(bool)
    )
    return words.drop(columns=["opens"]).reset_index(drop=True)


# --- counts and scores ------------------------------------------------------------------


def count_words(words: pd.DataFrame, by: str | list[str] | None = None) -> pd.DataFrame:
    """The counts of :data:`COUNT_COLUMNS` from a :func:`word_table`, overall or per group.

    A group's sentences are the distinct sentences its words are in, so a sentence that
    is partly quotation counts once for the quotation and once for the narration.
    """
    named = {
        "sentences": ("sentence", "nunique"),
        "words": ("token", "size"),
        "syllables": ("syllables", "sum"),
        "polysyllables": ("polysyllable", "sum"),
        "complex_words": ("complex", "sum"),
        "characters": ("characters", "sum"),
        "letters": ("letters", "sum"),
        "difficult_words": ("difficult", "sum"),
    }
    if by is None:
        words = words.assign(_all=0)
        by = "_all"
        counts = words.groupby(by).agg(**named).reset_index(drop=True)
        if counts.empty:
            counts = pd.DataFrame([dict.fromkeys(COUNT_COLUMNS, 0)])
        return counts[COUNT_COLUMNS].astype(int)
    counts = words.groupby(by, sort=False).agg(**named).reset_index()
    return counts.astype({c: int for c in COUNT_COLUMNS})


def score_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """``counts`` with one column per formula, a ``consensus_grade``, and validity flags.

    ``few_words`` marks rows under :data:`MIN_WORDS` words (every formula was built on
    100-word samples), ``few_sentences_for_smog`` rows under :data:`SMOG_MIN_SENTENCES`.
    """
    scored = counts.copy()
    for key, formula in _FORMULAS.items():
        scored[key] = formula(scored) if len(scored) else pd.Series(dtype=float)
    scored["consensus_grade"] = consensus_grade(scored)
    scored["few_words"] = scored["words"] < MIN_WORDS
    scored["few_sentences_for_smog"] = scored["sentences"] < SMOG_MIN_SENTENCES
    return scored


def measure_validity(key: str, words: int, sentences: int) -> tuple[bool, str]:
    """Whether a formula's value stands on enough text, and why not when it does not."""
    if words == 0 or sentences == 0:
        return False, "no words or no sentences: nothing to measure"
    if key == "smog" and sentences < SMOG_MIN_SENTENCES:
        return (
            False,
            f"{sentences} sentences; SMOG is defined on {SMOG_MIN_SENTENCES} (McLaughlin 1969)",
        )
    if words < MIN_WORDS:
        return False, f"{words} words; the formulas were built on {MIN_WORDS}-word samples"
    return True, ""


@dataclass(frozen=True)
class Readability(Mapping):
    """An article's readability: a mapping of named counts and scores, plus a per-formula table.

    ``report["flesch_kincaid_grade"]``, ``report["sentences"]``; ``report.valid[key]`` says
    whether a formula's value stands on enough text, ``report.table`` has one row per
    formula with its value, validity, note and source.
    """

    counts: dict[str, int]
    scores: dict[str, float]
    valid: dict[str, bool]
    notes: dict[str, str]
    #: The stretch of the article the words were taken from (provenance), or None.
    start: int | None = None
    end: int | None = None

    def __getitem__(self, key: str) -> float:
        return self.counts[key] if key in self.counts else self.scores[key]

    def __iter__(self) -> Iterator[str]:
        return iter([*self.counts, *self.scores])

    def __len__(self) -> int:
        return len(self.counts) + len(self.scores)

    @property
    def table(self) -> pd.DataFrame:
        """One row per formula: ``measure``, ``name``, ``value``, ``is_grade``, ``valid``,
        ``note``, ``source``, and ``start``/``end`` of the text it was computed on."""
        return pd.DataFrame(
            [
                {
                    "measure": m.key,
                    "name": m.name,
                    "value": self.scores[m.key],
                    "is_grade": m.is_grade,
                    "valid": self.valid[m.key],
                    "note": self.notes[m.key],
                    "source": m.source,
                    "start": self.start,
                    "end": self.end,
                }
                for m in MEASURES
            ]
        )


def readability_of_words(words: pd.DataFrame) -> Readability:
    """The :class:`Readability` of any set of rows of a :func:`word_table`."""
    counts = count_words(words).iloc[0].to_dict()
    counts = {k: int(v) for k, v in counts.items()}
    row = score_counts(pd.DataFrame([counts])).iloc[0]
    valid, notes = {}, {}
    for m in MEASURES:
        if m.key == "consensus_grade":
            continue
        valid[m.key], notes[m.key] = measure_validity(m.key, counts["words"], counts["sentences"])
    grades = {k: float(row[k]) for k in CONSENSUS_OF}
    usable = [v for k, v in grades.items() if valid[k] and not np.isnan(v)]
    if usable:
        consensus = float(np.median(usable))
        valid["consensus_grade"], notes["consensus_grade"] = (
            True,
            "median of the valid grade formulas",
        )
    else:
        consensus = float(row["consensus_grade"])
        valid["consensus_grade"] = False
        notes["consensus_grade"] = "no grade formula is valid on this text"
    scores = {m.key: float(row[m.key]) for m in MEASURES if m.key != "consensus_grade"}
    scores["consensus_grade"] = consensus
    start = int(words["start"].min()) if len(words) else None
    end = int(words["end"].max()) if len(words) else None
    return Readability(counts=counts, scores=scores, valid=valid, notes=notes, start=start, end=end)


def readability_report(article: Article, words: pd.DataFrame | None = None) -> Readability:
    """Counts and every formula for the article's body text (no headings, no boilerplate).

    Sentences are the article's own body sentences that have a word in them; see the
    module docstring for the other counts and each formula's docstring for its source.
    ``words`` is :func:`word_table` of the article, computed when not given.
    """
    return readability_of_words(word_table(article) if words is None else words)


# --- by paragraph, sentence, speaker, voice ---------------------------------------------

GROUPINGS = ("paragraph", "sentence", "speaker", "voice")


def _runs(words: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per group, the spans of its consecutive words: ``spans`` as a tuple of (start, end)."""
    ordered = words.sort_values("token")
    # A run breaks where the next body word of the article does not belong to the group.
    position = ordered["position"]
    run = position.diff().ne(1).groupby(ordered[by]).cumsum()
    runs = (
        ordered.assign(run=run)
        .groupby([by, "run"], sort=False)
        .agg(start=("start", "min"), end=("end", "max"))
        .reset_index()
    )
    return (
        runs.groupby(by, sort=False)
        .agg(
            start=("start", "min"),
            end=("end", "max"),
            spans=("start", lambda s: tuple(zip(s, runs.loc[s.index, "end"], strict=True))),
        )
        .reset_index()
    )


def speaker_words(words: pd.DataFrame, quote_table: pd.DataFrame) -> pd.DataFrame:
    """The words each speaker is quoted saying: words in quotation marks inside a direct or
    mixed quotation's fragments, with that quotation's ``speaker``.

    ``quote_table`` follows the who-said-what contract (``analysis.attribution.extract``). Indirect
    quotations are left out: their words are the reporter's paraphrase, not the speaker's.
    A speaker the resolver could not name keeps the mention as written.
    """
    quoted = quote_table[quote_table["kind"].isin(["direct", "mixed"])]
    if quoted.empty:
        return words.iloc[0:0].assign(speaker=pd.Series(dtype=str))
    names = quoted["speaker"].where(quoted["speaker"].notna(), quoted["speaker_mention"])
    fragments = (
        quoted.assign(speaker=names.fillna(UNRESOLVED))[["speaker", "fragments"]]
        .explode("fragments")
        .dropna(subset=["fragments"])
    )
    fragments["frag_start"] = fragments["fragments"].map(lambda f: int(f[0]))
    fragments["frag_end"] = fragments["fragments"].map(lambda f: int(f[1]))
    fragments = fragments.sort_values("frag_start")[["frag_start", "frag_end", "speaker"]]
    inside = words[words["in_quote"]].sort_values("start")
    joined = pd.merge_asof(
        inside, fragments, left_on="start", right_on="frag_start", direction="backward"
    )
    joined = joined[joined["frag_end"].notna() & (joined["end"] <= joined["frag_end"])]
    return joined.drop(columns=["frag_start", "frag_end"])


def readability_by(
    article: Article,
    by: str = "paragraph",
    quote_table: pd.DataFrame | None = None,
    words: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Counts and formulas per ``paragraph``, ``sentence``, ``speaker`` or ``voice``, one row each.

    - ``paragraph`` / ``sentence``: the body's paragraphs or sentences, with their ``text``.
    - ``voice``: ``narration`` (words outside quotation marks) against ``quotation``.
    - ``speaker``: the words each speaker is quoted saying (:func:`speaker_words`), from
      ``quote_table`` or, when not given, ``analysis.quotes(article)``.

    Every row has ``start``/``end``; for paragraphs and sentences ``text[start:end]`` is
    the row's text, for voices and speakers it is the stretch from their first word to
    their last, and ``spans`` lists the (start, end) of each run of their words.
    Short groups are scored all the same and flagged ``few_words``: read them as a
    comparison, not as grades. ``words`` is :func:`word_table` of the article, computed
    when not given.
    """
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(GROUPINGS)}, not {by!r}")
    words = (word_table(article) if words is None else words).copy()
    words["position"] = np.arange(len(words))
    if by == "voice":
        words["voice"] = np.where(words["in_quote"], "quotation", "narration")
    elif by == "speaker":
        if quote_table is None:
            quote_table = resolved_quotes(article)
        words = speaker_words(words, quote_table)
    scored = score_counts(count_words(words, by=by))
    if by in ("paragraph", "sentence"):
        if by == "paragraph":
            located = article.paragraphs[["paragraph", "start", "end", "text"]]
        else:
            located = article.sentences[["sentence", "paragraph", "start", "end", "text"]]
        scored = located.merge(scored, on=by, how="inner")
    else:
        scored = _runs(words, by).merge(scored, on=by, how="inner")
        scored = scored.sort_values("words", ascending=False, kind="stable")
    return scored.reset_index(drop=True)


def hardest_sentences(article: Article, n: int = 5) -> pd.DataFrame:
    """The ``n`` body sentences with the highest Flesch-Kincaid grade, hardest first.

    One sentence is far shorter than the formulas' samples: the grade ranks sentences
    against each other (long sentences of long words first), it is not a grade of its own.
    """
    table = readability_by(article, "sentence")
    columns = [
        "sentence", "paragraph", "start", "end", "words", "syllables", "polysyllables",
        "difficult_words", "flesch_kincaid_grade", "text",
    ]  # fmt: skip
    return (
        table.sort_values(["flesch_kincaid_grade", "start"], ascending=[False, True])
        .head(n)[columns]
        .reset_index(drop=True)
    )


def difficult_words(article: Article) -> pd.DataFrame:
    """One row per distinct word off the Dale-Chall familiar list, most used and longest first.

    Columns: ``word`` (lower case, possessive 's removed), ``count``, ``quoted`` (uses in quotation marks),
    ``syllables``, ``complex`` (Gunning), and ``start``/``end``/``text`` of its first use.
    """
    words = word_table(article)
    hard = words[words["difficult"]]
    # "alliance’s" is a use of "alliance".
    hard = hard.assign(word=hard["lower"].str.replace(r"['’]s$", "", regex=True))
    return (
        hard.groupby("word", sort=False)
        .agg(
            count=("token", "size"),
            quoted=("in_quote", "sum"),
            syllables=("syllables", "min"),
            complex=("complex", "first"),
            start=("start", "first"),
            end=("end", "first"),
            text=("text", "first"),
        )
        .reset_index()
        .sort_values(["count", "syllables", "start"], ascending=[False, False, True])
        .reset_index(drop=True)
    )


# --- sentences for takeaways ------------------------------------------------------------


def describe_grade(report: Readability, band: tuple[float, float] = NEWS_GRADE_BAND) -> str:
    """One sentence placing the Flesch-Kincaid and consensus grades against the news band."""
    fk, consensus = report["flesch_kincaid_grade"], report["consensus_grade"]
    if np.isnan(fk):
        return "The body has no words to measure."
    low, high = band
    where = "below" if fk < low else "above" if fk > high else "within"
    words_per_sentence = report["words"] / max(report["sentences"], 1)
    sentence = (
        f"Flesch-Kincaid puts the body at grade {fk:.1f}, {where} the grade {low:.0f}-{high:.0f} "
        f"band usual for news, with {words_per_sentence:.0f} words per sentence; "
        f"the median of the grade formulas is {consensus:.1f}."
    )
    if not report.valid["flesch_kincaid_grade"]:
        sentence += f" Read it with care: {report.notes['flesch_kincaid_grade']}."
    return sentence


def describe_by(table: pd.DataFrame, by: str, measure: str = "flesch_kincaid_grade") -> str:
    """One sentence naming the hardest and easiest rows of a :func:`readability_by` table."""
    rows = table.dropna(subset=[measure])
    if rows.empty:
        return f"No {by} has words to measure."
    hardest = rows.loc[rows[measure].idxmax()]
    easiest = rows.loc[rows[measure].idxmin()]
    if by in ("paragraph", "sentence"):
        label = lambda row: f"{by} {int(row[by])}"  # noqa: E731
    else:
        label = lambda row: str(row[by])  # noqa: E731
    if len(rows) == 1:
        return f"Only {label(hardest)} has words to measure: grade {hardest[measure]:.1f}."
    sentence = (
        f"The hardest is {label(hardest)} at grade {hardest[measure]:.1f} "
        f"({int(hardest['words'])} words), the easiest {label(easiest)} at grade "
        f"{easiest[measure]:.1f} ({int(easiest['words'])} words)."
    )
    if rows["few_words"].any():
        sentence += " Groups under 100 words are compared, not graded."
    return sentence


def describe_reading_ease(report: Readability) -> str:
    """One sentence placing Flesch Reading Ease in Flesch's (1949) bands."""
    score = report["flesch_reading_ease"]
    if np.isnan(score):
        return "The body has no words to measure."
    name, schooling = next((n, g) for low, n, g in FLESCH_EASE_BANDS if score >= low)
    return (
        f"Reading Ease is {score:.0f} of 100, '{name}' on Flesch's scale, "
        f"a band he matched to {schooling} reading."
    )


def describe_voices(voices: pd.DataFrame, speakers: pd.DataFrame | None = None) -> str:
    """One sentence comparing the grade of quotations with narration, then the speakers' range."""
    grade = voices.set_index("voice")["flesch_kincaid_grade"]
    if "quotation" not in grade or "narration" not in grade:
        only = ", ".join(grade.index) or "nothing"
        return (
            f"There is only {only} to measure here: no comparison between narration and quotation."
        )
    quoted, narrated = grade["quotation"], grade["narration"]
    gap = narrated - quoted
    comparison = (
        "more plainly than"
        if gap > 1
        else "less plainly than"
        if gap < -1
        else "about as plainly as"
    )
    sentence = (
        f"Quotations read at grade {quoted:.1f} and narration at {narrated:.1f}: "
        f"the quoted voices speak {comparison} the reporter writes."
    )
    if speakers is not None and len(speakers.dropna(subset=["flesch_kincaid_grade"])) > 1:
        ranked = speakers.dropna(subset=["flesch_kincaid_grade"])
        plain = ranked.loc[ranked["flesch_kincaid_grade"].idxmin()]
        hard = ranked.loc[ranked["flesch_kincaid_grade"].idxmax()]
        sentence += (
            f" Among speakers, {plain['speaker']} is plainest ({plain['flesch_kincaid_grade']:.1f})"
            f" and {hard['speaker']} hardest ({hard['flesch_kincaid_grade']:.1f})"
        )
        sentence += ", each on under 100 words." if ranked["few_words"].all() else "."
    return sentence


def describe_hardest(hardest: pd.DataFrame, report: Readability) -> str:
    """One sentence on what sets the hardest sentences apart from the body: length or long words.

    Flesch-Kincaid grows with words per sentence and syllables per word; the factor
    whose ratio to the body's average is larger is named.
    """
    if hardest.empty or report["words"] == 0:
        return "There is no sentence to rank."
    length = hardest["words"].sum() / len(hardest)
    weight = hardest["syllables"].sum() / max(hardest["words"].sum(), 1)
    body_length = report["words"] / max(report["sentences"], 1)
    body_weight = report["syllables"] / report["words"]
    cause = "their length" if length / body_length >= weight / body_weight else "their long words"
    return (
        f"The {len(hardest)} hardest sentences run {length:.0f} words on average "
        f"(the body: {body_length:.0f}) at {weight:.2f} syllables a word (the body: "
        f"{body_weight:.2f}): it is {cause} that sets them apart."
    )


def describe_difficult(table: pd.DataFrame, report: Readability) -> str:
    """One sentence on how many words are off the Dale-Chall list and which recur most."""
    if table.empty:
        return "Every word of the body is on the Dale-Chall list of familiar words."
    share = report["difficult_words"] / max(report["words"], 1)
    top = table.iloc[0]
    return (
        f"{report['difficult_words']} of {report['words']} words ({share:.0%}) are off the "
        f"Dale-Chall list of familiar words; the most used is '{top['word']}' ({plural(int(top['count']), 'time')})."
    )


def estimated_words(article: Article) -> pd.DataFrame:
    """One row per distinct body word whose syllables were estimated (not in the CMU dictionary).

    Columns: ``word`` (as first written), ``syllables``, ``count``, and ``start``/``end``/
    ``text`` of its first use. These are the counts to check by ear.
    """
    words = word_table(article)
    guessed = words[words["syllable_source"].eq("estimated")]
    return (
        guessed.groupby("lower", sort=False)
        .agg(
            word=("text", "first"),
            syllables=("syllables", "first"),
            count=("token", "size"),
            start=("start", "first"),
            end=("end", "first"),
            text=("text", "first"),
        )
        .reset_index(drop=True)
    )


def compare_with_textstat(article: Article) -> pd.DataFrame:
    """The project's counts and Flesch scores next to textstat's own on the same body text.

    One row per quantity (sentences, words, syllables, Flesch Reading Ease, Flesch-Kincaid
    grade) with ``project``, ``textstat`` and ``difference``. textstat is given the body
    sentences joined by spaces, exactly the text the project scores, so every difference
    comes from its counting: its sentence splitter and its pyphen fallback for syllables.
    """
    import textstat

    body = " ".join(article.body_sentences["text"])
    report = readability_report(article)
    rows = [
        ("sentences", report["sentences"], textstat.sentence_count(body)),
        ("words", report["words"], textstat.lexicon_count(body)),
        ("syllables", report["syllables"], textstat.syllable_count(body)),
        ("flesch_reading_ease", report["flesch_reading_ease"], textstat.flesch_reading_ease(body)),
        (
            "flesch_kincaid_grade",
            report["flesch_kincaid_grade"],
            textstat.flesch_kincaid_grade(body),
        ),
    ]
    table = pd.DataFrame(rows, columns=["quantity", "project", "textstat"])
    table["difference"] = table["project"] - table["textstat"]
    return table.assign(start=report.start, end=report.end)


def describe_textstat_gap(comparison: pd.DataFrame) -> str:
    """One sentence on how far textstat's own counts move its grade from the project's."""
    row = comparison.set_index("quantity")
    sentences, grade = row.loc["sentences"], row.loc["flesch_kincaid_grade"]
    if sentences["textstat"] == sentences["project"]:
        split = f"textstat finds the same {int(sentences['project'])} sentences"
    else:
        split = (
            f"textstat counts {int(sentences['textstat'])} sentences where the article's "
            f"sentence table has {int(sentences['project'])}"
        )
    return (
        f"On this body {split}; with its own counts it grades the text "
        f"{grade['textstat']:.1f} against the project's {grade['project']:.1f}."
    )
