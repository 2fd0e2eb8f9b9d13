"""How hard an article is to read: counts and every formula, for the body and per paragraph, sentence, speaker or voice.

The formulas are the registry of :mod:`analysis.readability.formulas`; the counts come
from the word table of :mod:`analysis.readability.words`.

The unit of everything is one row per body word (:func:`word_table`), with its
syllables, letters and whether it is polysyllabic, complex (Gunning) or unfamiliar
(Dale-Chall). Counts are sums of that table per group (NumPy bin counts over the
word rows, :mod:`analysis.readability.groups`), so the same formulas give the whole
article (:func:`readability_report`), each paragraph, sentence, speaker or voice
(:func:`readability_by`), and each table is built once from plain columns.

Every formula was built on samples of about 100 words, and SMOG on 30 sentences; a
value computed on less is returned with ``valid=False`` and a note, never dropped and
never a division by zero (no words or no sentences gives NaN).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.core.article import Article
from analysis.readability.formulas import (
    CONSENSUS_OF,
    FORMULAS,
    MEASURE_KEYS,
    MEASURES,
    MIN_WORDS,
    REGISTRY,
    Measure,
)
from analysis.readability.groups import (
    COUNT_COLUMNS,
    SUMMED,
    Columns,
    group_counts,
    runs_of,
    score_arrays,
    speaker_rows,
    voice_labels,
    word_columns,
)
from analysis.readability.words import article_word_table
from analysis.speakers import resolved_quotes


def count_words(words: pd.DataFrame, by: str | list[str] | None = None) -> pd.DataFrame:
    """The counts of :data:`COUNT_COLUMNS` from a :func:`word_table`, overall or per group.

    A group's sentences are the distinct sentences its words are in, so a sentence that
    is partly quotation counts once for the quotation and once for the narration.
    """
    if by is None:
        return pd.DataFrame(group_counts(word_columns(words), np.zeros(len(words), "intp"), 1))
    if not isinstance(by, str):
        named = {
            "sentences": ("sentence", "nunique"),
            "words": ("token", "size"),
            **{name: (column, "sum") for name, column in SUMMED.items()},
        }
        counts = words.groupby(by, sort=False).agg(**named).reset_index()
        return counts.astype({c: int for c in COUNT_COLUMNS})
    codes, groups = pd.factorize(words[by], sort=False)
    return pd.DataFrame({by: groups, **group_counts(word_columns(words), codes, len(groups))})


def score_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """``counts`` with one column per formula, a ``consensus_grade``, and validity flags.

    ``few_words`` marks rows under :data:`MIN_WORDS` words (every formula was built on
    100-word samples), ``few_sentences_for_smog`` rows under :data:`SMOG_MIN_SENTENCES`.
    """
    arrays = {c: counts[c].to_numpy() for c in COUNT_COLUMNS}
    scores = score_arrays(arrays)
    return pd.concat([counts, pd.DataFrame(scores, index=counts.index)], axis=1)


def measure_validity(key: str, words: int, sentences: int) -> tuple[bool, str]:
    """Whether a formula's value stands on enough text (the sample its registry entry says it
    was built on), and why not when it does not."""
    if words == 0 or sentences == 0:
        return False, "no words or no sentences: nothing to measure"
    measure = REGISTRY[key]
    if sentences < measure.min_sentences:
        return (
            False,
            f"{sentences} sentences; {measure.name} is defined on {measure.min_sentences} "
            f"({measure.citation})",
        )
    if words < measure.min_words:
        return False, f"{words} words; the formulas were built on {measure.min_words}-word samples"
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

    def _columns(self) -> dict[str, list]:
        n = len(MEASURES)
        return {
            "measure": [m.key for m in MEASURES],
            "name": [m.name for m in MEASURES],
            "value": [self.scores[m.key] for m in MEASURES],
            "is_grade": [m.is_grade for m in MEASURES],
            "valid": [self.valid[m.key] for m in MEASURES],
            "note": [self.notes[m.key] for m in MEASURES],
            "source": [m.source for m in MEASURES],
            "start": [self.start] * n,
            "end": [self.end] * n,
        }

    @property
    def table(self) -> pd.DataFrame:
        """One row per formula: ``measure``, ``name``, ``value``, ``is_grade``, ``valid``,
        ``note``, ``source``, and ``start``/``end`` of the text it was computed on."""
        return pd.DataFrame(self._columns())

    def located_table(self, text: str) -> pd.DataFrame:
        """:attr:`table` with a last column, ``text``: the stretch of ``text`` (the article's)
        it was computed on, empty when there were no words."""
        stretch = text[self.start : self.end] if self.start is not None else ""
        column = pd.array([stretch] * len(MEASURES), dtype="str")
        return pd.DataFrame(self._columns() | {"text": column})


def _consensus(grades: dict[str, float], valid: dict[str, bool]) -> tuple[float, bool, str]:
    """The consensus grade of one text: the median of its valid grade formulas, else (flagged)
    the median of every grade formula that gave a number."""
    usable = [v for k, v in grades.items() if valid[k] and not np.isnan(v)]
    if usable:
        return float(np.median(usable)), True, "median of the valid grade formulas"
    numbers = [v for v in grades.values() if not np.isnan(v)]
    consensus = float(np.median(numbers)) if numbers else float("nan")
    return consensus, False, "no grade formula is valid on this text"


def readability_of_words(words: pd.DataFrame) -> Readability:
    """The :class:`Readability` of any set of rows of a :func:`word_table`."""
    totals = group_counts(word_columns(words), np.zeros(len(words), dtype="intp"), 1)
    counts = {k: int(v[0]) for k, v in totals.items()}
    scores = {key: float(formula(counts)) for key, formula in FORMULAS.items()}
    valid, notes = {}, {}
    for key in FORMULAS:
        valid[key], notes[key] = measure_validity(key, counts["words"], counts["sentences"])
    grades = {k: scores[k] for k in CONSENSUS_OF}
    scores["consensus_grade"], valid["consensus_grade"], notes["consensus_grade"] = _consensus(
        grades, valid
    )
    start = int(words["start"].min()) if len(words) else None
    end = int(words["end"].max()) if len(words) else None
    return Readability(counts=counts, scores=scores, valid=valid, notes=notes, start=start, end=end)


def readability_report(article: Article, words: pd.DataFrame | None = None) -> Readability:
    """Counts and every formula for the article's body text (no headings, no boilerplate).

    Sentences are the article's own body sentences that have a word in them; see the
    module docstring for the other counts and each formula's docstring for its source.
    ``words`` is :func:`word_table` of the article, computed when not given.
    """
    return readability_of_words(article_word_table(article) if words is None else words)


GROUPINGS = ("paragraph", "sentence", "speaker", "voice")


def speaker_words(words: pd.DataFrame, quote_table: pd.DataFrame) -> pd.DataFrame:
    """The words each speaker is quoted saying: words in quotation marks inside a direct or
    mixed quotation's fragments, with that quotation's ``speaker``.

    ``quote_table`` follows the who-said-what contract (``analysis.attribution.extract``). Indirect
    quotations are left out: their words are the reporter's paraphrase, not the speaker's.
    A speaker the resolver could not name keeps the mention as written.
    """
    if not any(kind in ("direct", "mixed") for kind in quote_table["kind"].tolist()):
        return words.iloc[0:0].assign(speaker=pd.Series(dtype=str))
    rows, names, kept = speaker_rows(word_columns(words), quote_table)
    # the row labels a filter of the as-of merge's rows (kept of the quoted words) had
    index = pd.RangeIndex(len(kept))[kept]
    table = words.iloc[rows].set_axis(index)
    return table.assign(speaker=pd.Series(names, index=index, dtype=names.dtype))


def _word_columns(article: Article, words: pd.DataFrame | None) -> Columns:
    """The arrays of ``words`` (the article's own word table when None); those of the
    article's own table are read once and kept with it, which no caller changes in place."""
    kept = article_word_table(article) if words is None else words
    if kept is not article.__dict__.get("_readability_words"):
        return word_columns(kept)
    columns = article.__dict__.get("_readability_word_columns")
    if columns is None:
        columns = article.__dict__["_readability_word_columns"] = word_columns(kept)
    return columns


def _located(article: Article, by: str, words: Columns) -> pd.DataFrame:
    """Counts and formulas of each body paragraph or sentence with words, in article order,
    with its ``start``, ``end`` and ``text`` (and a sentence's ``paragraph``)."""
    if by == "paragraph":
        located, columns = article.paragraphs, ["paragraph", "start", "end", "text"]
    else:
        located, columns = article.sentences, ["sentence", "paragraph", "start", "end", "text"]
    groups, codes = np.unique(words[by], return_inverse=True)
    counts = group_counts(words, codes.reshape(-1), len(groups))
    keys = located[by].to_numpy()
    at = np.minimum(np.searchsorted(groups, keys), max(len(groups) - 1, 0))
    present = np.flatnonzero(groups[at] == keys) if len(groups) else np.array([], dtype="intp")
    counts = {name: values[at[present]] for name, values in counts.items()}
    table = {column: located[column].array.take(present) for column in columns}
    return pd.DataFrame(table | counts | score_arrays(counts))


def _grouped(
    words: Columns, by: str, rows: np.ndarray, labels, dtype, text: str | None
) -> pd.DataFrame:
    """Counts and formulas of each voice or speaker (``labels``: the group of each word of
    ``rows``; ``dtype``: the column's), with its ``start``/``end`` and the ``spans`` of its
    runs of words; most words first. Given the article's ``text``, a last column has the
    stretch from each group's first word to its last."""
    columns = [words[c][rows].tolist() for c in ("token", "start", "end")]
    runs = runs_of(columns[0], rows.tolist(), columns[1], columns[2], list(labels))
    groups = list(runs)
    code_of = {group: code for code, group in enumerate(groups)}
    codes = np.full(len(words["token"]), -1, dtype="intp")
    codes[rows] = [code_of[label] for label in labels]
    counts = group_counts(words, codes, len(groups))
    order = np.argsort(-counts["words"], kind="stable")
    spans = np.empty(len(groups), dtype=object)
    spans[:] = [tuple(map(tuple, runs[group])) for group in groups]
    table = {
        # a Series keeps an object dtype, which an array in a dict would lose to "str";
        # a table of no group has always had an object column
        by: pd.Series(groups, dtype=dtype if groups else object).take(order).reset_index(drop=True),
        "start": np.array([min(s for s, _ in runs[g]) for g in groups], dtype="int64")[order],
        "end": np.array([max(e for _, e in runs[g]) for g in groups], dtype="int64")[order],
        "spans": spans[order],
    }
    counts = {name: values[order] for name, values in counts.items()}
    table |= counts | score_arrays(counts)
    if text is not None:
        stretches = zip(table["start"].tolist(), table["end"].tolist(), strict=True)
        table["text"] = pd.array([text[a:b] for a, b in stretches], dtype="str")
    return pd.DataFrame(table)


def readability_by(
    article: Article,
    by: str = "paragraph",
    quote_table: pd.DataFrame | None = None,
    words: pd.DataFrame | None = None,
    *,
    stretches: bool = False,
) -> pd.DataFrame:
    """Counts and formulas per ``paragraph``, ``sentence``, ``speaker`` or ``voice``, one row each.

    - ``paragraph`` / ``sentence``: the body's paragraphs or sentences, with their ``text``.
    - ``voice``: ``quotation``, ``paraphrase`` and ``narration`` words
      (:func:`analysis.core.schema.word_voices`, from ``quote_table``).
    - ``speaker``: the words each speaker is quoted saying (:func:`speaker_words`), from
      ``quote_table`` or, when not given, ``analysis.quotes(article)``.

    Every row has ``start``/``end``; for paragraphs and sentences ``text[start:end]`` is
    the row's text, for voices and speakers it is the stretch from their first word to
    their last, and ``spans`` lists the (start, end) of each run of their words.
    Short groups are scored all the same and flagged ``few_words``: read them as a
    comparison, not as grades. ``words`` is :func:`word_table` of the article, computed
    when not given. ``stretches`` gives voices and speakers a last column, ``text``, with
    that stretch (as the pipeline's tables have it). Counts are bin counts of the word
    table (:mod:`analysis.readability.groups`).
    """
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(GROUPINGS)}, not {by!r}")
    words = _word_columns(article, words)
    if by in ("paragraph", "sentence"):
        return _located(article, by, words)
    if quote_table is None:
        quote_table = resolved_quotes(article)
    text = article.text if stretches else None
    if by == "voice":
        voices = voice_labels(words, quote_table)
        return _grouped(words, by, np.arange(len(voices)), voices, "str", text)
    rows, names, _ = speaker_rows(words, quote_table)
    return _grouped(words, by, rows, names, names.dtype, text)


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


def difficult_words(article: Article, words: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per distinct word off the Dale-Chall familiar list, most used and longest first.

    Columns: ``word`` (lower case, possessive 's removed), ``count``, ``quoted`` (uses in quotation marks),
    ``syllables``, ``complex`` (Gunning), and ``start``/``end``/``text`` of its first use.
    """
    words = article_word_table(article) if words is None else words
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


def estimated_words(article: Article, words: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per distinct body word whose syllables were estimated (not in the CMU dictionary).

    Columns: ``word`` (as first written), ``syllables``, ``count``, and ``start``/``end``/
    ``text`` of its first use. These are the counts to check by ear.
    """
    words = article_word_table(article) if words is None else words
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


SCORE_COLUMNS = ["scope", "scope_id", "measure", "value", "valid", "start", "end", "text"]


def _group_valid(measure: Measure, words: np.ndarray, sentences: np.ndarray) -> np.ndarray:
    """Per group, whether the formula stands on enough text (:func:`measure_validity`); the
    consensus (the median of every grade formula) when the group has the :data:`MIN_WORDS`
    words they need."""
    if measure.compute is None:
        return (sentences > 0) & (words >= MIN_WORDS)
    return (
        (words > 0)
        & (sentences > 0)
        & (sentences >= measure.min_sentences)
        & (words >= measure.min_words)
    )


def _measure_values(table: pd.DataFrame) -> np.ndarray:
    """The (groups x measures) values of a :func:`readability_by` table, as one float array."""
    first = table.columns.get_loc(MEASURE_KEYS[0])
    if (
        isinstance(first, int)
        and list(table.columns[first : first + len(MEASURE_KEYS)]) == MEASURE_KEYS
    ):
        # the measures side by side, as readability_by leaves them: one slice of one block
        return table.iloc[:, first : first + len(MEASURE_KEYS)].to_numpy(dtype="float64")
    return np.column_stack([table[k].to_numpy(dtype="float64") for k in MEASURE_KEYS])


def _scope_rows(text: str, scope: str, table: pd.DataFrame) -> dict[str, object]:
    """One scope's groups (one row each of its :func:`readability_by` table): their scope,
    id, start, end, text, and their value and validity per measure (groups x measures)."""
    words = table["words"].to_numpy(dtype="int64")
    sentences = table["sentences"].to_numpy(dtype="int64")
    starts = table["start"].to_numpy(dtype="int64").tolist()
    ends = table["end"].to_numpy(dtype="int64").tolist()
    return {
        "scope": [scope] * len(table),
        "scope_id": [str(key) for key in table[scope].tolist()],
        "start": starts,
        "end": ends,
        "text": [text[a:b] for a, b in zip(starts, ends, strict=True)],
        "value": _measure_values(table),
        "valid": np.column_stack([_group_valid(k, words, sentences) for k in MEASURES]),
    }


def _article_rows(report: Readability, text: str) -> dict[str, object]:
    """The article scope as one group, from its :class:`Readability` (validity as it says)."""
    return {
        "scope": ["article"],
        "scope_id": ["body"],
        "start": [report.start],
        "end": [report.end],
        "text": [text[report.start : report.end] if report.start is not None else ""],
        "value": np.array([[report.scores[k] for k in MEASURE_KEYS]], dtype="float64"),
        "valid": np.array([[report.valid[k] for k in MEASURE_KEYS]], dtype=bool),
    }


def readability_scores(
    article: Article, report: Readability, by: dict[str, pd.DataFrame]
) -> pd.DataFrame:
    """Every readability value of the article, long: one row per scope and measure.

    ``scope`` is ``article`` (the body; ``scope_id`` "body") or a grouping of
    :data:`GROUPINGS` with its :func:`readability_by` table in ``by``; ``scope_id`` is
    the paragraph or sentence number, the speaker or the voice. Columns: scope, scope_id,
    measure, value, valid (:func:`measure_validity`), start, end, and text
    (``article.text[start:end]``: for speakers and voices the stretch from their first
    word to their last). Each column is built once per group and repeated per measure.
    """
    text = article.text
    parts = [_article_rows(report, text)]
    parts += [_scope_rows(text, scope, table) for scope, table in by.items() if len(table)]
    groups = {name: [v for part in parts for v in part[name]] for name in parts[0]}
    n, m = len(groups["scope"]), len(MEASURE_KEYS)
    per_group, per_measure = np.repeat(np.arange(n), m), np.tile(np.arange(m), n)

    def repeated(name: str, dtype: str):
        return pd.array(groups[name], dtype=dtype).take(per_group)

    return pd.DataFrame(
        {
            "scope": repeated("scope", "str"),
            "scope_id": repeated("scope_id", "str"),
            "measure": pd.array(MEASURE_KEYS, dtype="str").take(per_measure),
            "value": np.concatenate([part["value"] for part in parts]).ravel(),
            "valid": np.concatenate([part["valid"] for part in parts]).ravel(),
            "start": repeated("start", "Int64"),
            "end": repeated("end", "Int64"),
            "text": repeated("text", "str"),
        }
    )
