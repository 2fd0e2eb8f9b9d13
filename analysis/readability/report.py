"""How hard an article is to read: counts and every formula, for the body and per paragraph, sentence, speaker or voice.

The formulas are the registry of :mod:`analysis.readability.formulas`; the counts come
from the word table of :mod:`analysis.readability.words`.

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

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.core.article import Article
from analysis.core.schema import UNRESOLVED, word_voices
from analysis.readability.formulas import (
    CONSENSUS_OF,
    FORMULAS,
    MEASURES,
    MIN_WORDS,
    REGISTRY,
    SMOG_MIN_SENTENCES,
    Measure,
    consensus_grade,
)
from analysis.readability.words import article_word_table
from analysis.speakers import resolved_quotes

#: The count columns every readability table carries, in order.
COUNT_COLUMNS = [
    "sentences", "words", "syllables", "polysyllables", "complex_words",
    "characters", "letters", "difficult_words",
]  # fmt: skip


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
    if not isinstance(by, str):
        counts = words.groupby(by, sort=False).agg(**named).reset_index()
        return counts.astype({c: int for c in COUNT_COLUMNS})
    return _count_by(words, by)


#: The word-table column each count sums (``sentences`` counts distinct sentences instead).
_SUMMED = {
    "syllables": "syllables", "polysyllables": "polysyllable", "complex_words": "complex",
    "characters": "characters", "letters": "letters", "difficult_words": "difficult",
}  # fmt: skip


def _count_by(words: pd.DataFrame, by: str) -> pd.DataFrame:
    """:func:`count_words` per value of one column, with NumPy bin counts: groups in order of
    first appearance, rows without a value left out (what ``groupby(by, sort=False)`` gives)."""
    codes, groups = pd.factorize(words[by], sort=False)
    keep = codes >= 0
    codes = codes[keep]
    n = len(groups)
    table = {by: groups, "sentences": np.zeros(n, dtype="int64")}
    if len(codes):
        pairs = np.unique(np.column_stack([codes, words["sentence"].to_numpy()[keep]]), axis=0)
        table["sentences"] = np.bincount(pairs[:, 0], minlength=n)
    table["words"] = np.bincount(codes, minlength=n)
    for name, column in _SUMMED.items():
        values = words[column].to_numpy()[keep].astype("float64")
        table[name] = np.bincount(codes, weights=values, minlength=n)
    counts = pd.DataFrame(table)
    return counts.astype({c: "int64" for c in COUNT_COLUMNS})


def score_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """``counts`` with one column per formula, a ``consensus_grade``, and validity flags.

    ``few_words`` marks rows under :data:`MIN_WORDS` words (every formula was built on
    100-word samples), ``few_sentences_for_smog`` rows under :data:`SMOG_MIN_SENTENCES`.
    """
    scored = counts.copy()
    for key, formula in FORMULAS.items():
        scored[key] = formula(scored) if len(scored) else pd.Series(dtype=float)
    scored["consensus_grade"] = consensus_grade(scored)
    scored["few_words"] = scored["words"] < MIN_WORDS
    scored["few_sentences_for_smog"] = scored["sentences"] < SMOG_MIN_SENTENCES
    return scored


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
    return readability_of_words(article_word_table(article) if words is None else words)


GROUPINGS = ("paragraph", "sentence", "speaker", "voice")


def _runs(words: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per group, the spans of its consecutive words: ``spans`` as a tuple of (start, end).

    A run breaks where the group's next word is not the next body word of the article
    (a word of another group, or of no group, lies between). Groups in order of their
    first word; plain Python, one pass over the words.
    """
    ordered = words.sort_values("token")
    columns = [ordered[c].tolist() for c in (by, "position", "start", "end")]
    spans: dict[object, list[list[int]]] = {}
    last: dict[object, int] = {}
    for group, position, start, end in zip(*columns, strict=True):
        if pd.isna(group):
            continue
        runs = spans.setdefault(group, [])
        if runs and last[group] == position - 1:
            runs[-1][1] = max(runs[-1][1], int(end))
        else:
            runs.append([int(start), int(end)])
        last[group] = position
    rows = [
        (group, min(s for s, _ in runs), max(e for _, e in runs), tuple(map(tuple, runs)))
        for group, runs in spans.items()
    ]
    table = pd.DataFrame(rows, columns=[by, "start", "end", "spans"])
    return table.astype({"start": "int64", "end": "int64"})


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
    - ``voice``: ``quotation``, ``paraphrase`` and ``narration`` words
      (:func:`analysis.core.schema.word_voices`, from ``quote_table``).
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
    words = (article_word_table(article) if words is None else words).copy()
    words["position"] = np.arange(len(words))
    if by in ("voice", "speaker") and quote_table is None:
        quote_table = resolved_quotes(article)
    if by == "voice":
        words["voice"] = word_voices(words, quote_table).to_numpy()
    elif by == "speaker":
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


def _article_scores(report: Readability, text: str) -> list[tuple]:
    """The rows of the article scope, from its :class:`Readability` (validity as it says)."""
    span = text[report.start : report.end] if report.start is not None else ""
    return [
        ("article", "body", m.key, report.scores[m.key], report.valid[m.key], report.start,
         report.end, span)
        for m in MEASURES
    ]  # fmt: skip


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


def _scope_scores(text: str, scope: str, table: pd.DataFrame) -> pd.DataFrame:
    """The long rows of one :func:`readability_by` table: each row times each measure."""
    n, m = len(table), len(MEASURES)
    words = table["words"].to_numpy(dtype="int64")
    sentences = table["sentences"].to_numpy(dtype="int64")
    starts = table["start"].to_numpy(dtype="int64")
    ends = table["end"].to_numpy(dtype="int64")
    spans = np.empty(n, dtype=object)
    spans[:] = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    values = table[[k.key for k in MEASURES]].to_numpy(dtype="float64").reshape(n, m)
    valid = np.column_stack([_group_valid(k, words, sentences) for k in MEASURES]).reshape(n, m)
    return pd.DataFrame(
        {
            "scope": scope,
            "scope_id": np.repeat(table[scope].astype(str).to_numpy(dtype=object), m),
            "measure": np.tile(np.array([k.key for k in MEASURES], dtype=object), n),
            "value": values.ravel(),
            "valid": valid.ravel(),
            "start": np.repeat(starts, m),
            "end": np.repeat(ends, m),
            "text": np.repeat(spans, m),
        },
        columns=SCORE_COLUMNS,
    )


def readability_scores(
    article: Article, report: Readability, by: dict[str, pd.DataFrame]
) -> pd.DataFrame:
    """Every readability value of the article, long: one row per scope and measure.

    ``scope`` is ``article`` (the body; ``scope_id`` "body") or a grouping of
    :data:`GROUPINGS` with its :func:`readability_by` table in ``by``; ``scope_id`` is
    the paragraph or sentence number, the speaker or the voice. Columns: scope, scope_id,
    measure, value, valid (:func:`measure_validity`), start, end, and text
    (``article.text[start:end]``: for speakers and voices the stretch from their first
    word to their last).
    """
    text = article.text
    parts = [pd.DataFrame(_article_scores(report, text), columns=SCORE_COLUMNS)]
    parts += [_scope_scores(text, scope, table) for scope, table in by.items() if len(table)]
    table = pd.concat(parts, ignore_index=True)
    return table.astype(
        {"scope_id": str, "value": "float64", "valid": bool, "start": "Int64", "end": "Int64"}
    )
