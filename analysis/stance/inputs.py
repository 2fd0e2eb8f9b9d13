"""What the stance stages read from an article, read once and shared: its attributions and
its body words, as plain Python lists.

The stance stages (markers, marker rates, framing, stance per attribution and the matrix)
all read the same attributions and words. Reading them out of pandas once per article,
instead of filtering, merging and grouping small DataFrames in every stage, is most of
what makes these stages fast (issue 9); each stage builds its own table once, at the end.

* :class:`Attributions`: the who-said-what table's attributions in body sentences, their
  columns as lists, the passage each is read on, and who speaks a span (:meth:`voice_of`,
  the rule of :func:`analysis.core.schema.attributed_to`);
* :class:`BodyWords`: the body's word tokens (``article.words``), by sentence too;
* :func:`sort_order`: the row order pandas' one-column ``sort_values`` gives, so tables
  built in plain Python keep the row order (ties included) they had; :func:`typed`
  gives their columns the types pandas gave them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from analysis.core.schema import NARRATION, UNRESOLVED
from analysis.speakers import resolved_quotes
from analysis.stance.markers import _APOSTROPHES, Word

__all__ = ["Attributions", "BodyWords", "attributions", "body_words", "sort_order", "typed"]

#: A reporting cue this close to its content is read with it: "calls on | NATO to help",
#: "denied | that ...": the verb is part of what the speaker did.
CUE_GAP = 40


def sort_order(values: np.ndarray) -> list[int]:
    """Positions of ``values`` in the order ``pandas.Series.sort_values()`` gives them.

    pandas sorts one column with NumPy's default (quick) sort, which does not keep ties in
    their order; calling the same sort on the same array keeps the rows where they were.
    Missing values (``pd.NA``, NaN) go last, in their order, as pandas puts them.
    """
    missing = np.asarray(pd.isna(values), dtype=bool)
    if not missing.any():
        return np.asarray(values).argsort(kind="quicksort").tolist()
    present = np.flatnonzero(~missing)
    kept = values[~missing]
    if kept.dtype == object:  # a nullable integer column (Int64): its values as int64
        kept = kept.astype(np.int64)
    return present[kept.argsort(kind="quicksort")].tolist() + np.flatnonzero(missing).tolist()


def typed(values: list, dtype) -> pd.Series | pd.api.extensions.ExtensionArray:
    """``values`` as a column of type ``dtype`` for a DataFrame built from a dict of columns.

    An object column is a Series: a DataFrame reads a plain list or array of strings as
    text (``str``), so only a Series keeps them ``object``, as pandas' own operations did.
    """
    if pd.api.types.is_object_dtype(dtype):
        return pd.Series(values, dtype=object)
    return pd.array(values, dtype=dtype)


def _with_cue(start: int, end: int, cue_start, cue_end) -> tuple[int, int]:
    """The attribution's span, widened to take in its cue when the cue is adjacent."""
    start, end = int(start), int(end)
    if pd.isna(cue_start) or pd.isna(cue_end):
        return start, end
    cue_start, cue_end = int(cue_start), int(cue_end)
    if 0 <= start - cue_end <= CUE_GAP or 0 <= cue_start - end <= CUE_GAP:
        return min(start, cue_start), max(end, cue_end)
    return start, end


@dataclass(frozen=True, eq=False)
class Attributions:
    """The attributions stance reads (:func:`attributions`): ``table`` (the who-said-what
    rows kept, numbered from 0) and its columns as lists."""

    table: pd.DataFrame
    ids: list[int] = field(init=False)
    speakers: list[str] = field(init=False)
    starts: list[int] = field(init=False)
    ends: list[int] = field(init=False)
    cues: list = field(init=False)

    def __post_init__(self) -> None:
        for name, column in (
            ("ids", "attribution"), ("speakers", "speaker"), ("starts", "start"),
            ("ends", "end"), ("cues", "cue"),
        ):  # fmt: skip
            object.__setattr__(self, name, self.table[column].tolist())

    def __len__(self) -> int:
        return len(self.ids)

    @cached_property
    def passages(self) -> list[tuple[int, int]]:
        """The span each attribution is read on: its content, with its cue when adjacent."""
        columns = [self.table[c].tolist() for c in ("start", "end", "cue_start", "cue_end")]
        return [_with_cue(*row) for row in zip(*columns, strict=True)]

    @cached_property
    def by_start(self) -> list[int]:
        """Row positions in order of ``start`` (pandas' order, ties included)."""
        return sort_order(np.asarray(self.starts, dtype=np.int64))

    @cached_property
    def _voice_index(self) -> tuple[list[int], list[int], list[str]]:
        order = self.by_start
        return (
            [int(self.starts[i]) for i in order],
            [int(self.ends[i]) for i in order],
            [self.speakers[i] for i in order],
        )

    def speaker_of(self, start: int, end: int) -> str | None:
        """The speaker of the attribution whose content contains ``start:end``, else None.

        The rule of :func:`analysis.core.schema.attributed_to` (an as-of join): the
        attribution starting nearest before the span (the last of equal starts), when the
        span ends by that attribution's end.
        """
        starts, ends, speakers = self._voice_index
        nearest = bisect_right(starts, start) - 1
        if nearest >= 0 and end <= ends[nearest]:
            return speakers[nearest]
        return None

    def voices_of(self, starts: list[int], ends: list[int], in_quote: list[bool]) -> list[str]:
        """:meth:`voice_of` of many spans at once (NumPy: the rule applied to every span)."""
        if not len(self) or not starts:
            return [UNRESOLVED if quoted else NARRATION for quoted in in_quote]
        first, last, speakers = self._voice_index
        nearest = np.searchsorted(np.asarray(first), np.asarray(starts), side="right") - 1
        inside = (nearest >= 0) & (np.asarray(ends) <= np.asarray(last)[nearest])
        return [
            speakers[i] if ok else (UNRESOLVED if quoted else NARRATION)
            for i, ok, quoted in zip(nearest.tolist(), inside.tolist(), in_quote, strict=True)
        ]

    def voice_of(self, start: int, end: int, in_quote: bool) -> str:
        """Whose voice a span is in: the speaker whose attribution contains it, else
        :data:`NARRATION` for the reporter's own words (:mod:`analysis.core.schema`: outside
        quotation marks and no attribution's content), else :data:`UNRESOLVED` (words in
        quotation marks that no attribution gives a speaker)."""
        speaker = self.speaker_of(start, end)
        if speaker is not None:
            return speaker
        return UNRESOLVED if in_quote else NARRATION


def attributions(article, table: pd.DataFrame | Attributions | None = None) -> Attributions:
    """The who-said-what table's attributions in body sentences (headings and boilerplate
    are not speech), each with its ``attribution`` id (the table's own, else its row
    number) and a speaker (:data:`UNRESOLVED` when none). ``table`` defaults to
    :func:`analysis.speakers.resolved_quotes`; an :class:`Attributions` is returned as it is."""
    if isinstance(table, Attributions):
        return table
    if table is None:
        table = resolved_quotes(article)
    table = table.reset_index(drop=True)
    ids = table["attribution"] if "attribution" in table else pd.Series(range(len(table)))
    table = table.assign(
        attribution=ids.astype("int64"),
        speaker=table["speaker"].fillna(UNRESOLVED).astype(str),
    )
    if "sentence" in table:
        table = table[table["sentence"].isin(article.body_sentences["sentence"])]
    return Attributions(table.reset_index(drop=True))


@dataclass(frozen=True, eq=False)
class BodyWords:
    """The word and number tokens of the body (``article.words``) as lists, in text order.

    ``lower`` is the token table's lowercase form; ``words`` are :class:`Word` tokens
    (apostrophes normalised, :func:`analysis.stance.markers.words_of`'s form);
    ``sentences`` are (sentence number, its words), in order.
    """

    sentence: list[int]
    start: list[int]
    end: list[int]
    text: list[str]
    lower: list[str]
    in_quote: list[bool]
    words: list[Word]
    sentences: list[tuple[int, list[Word]]]


def body_words(article) -> BodyWords:
    """:class:`BodyWords` of an article: its tokens read once for every stance stage.

    The body's words are the tokens :func:`analysis.core.segment.tokens` gives each body
    sentence, so the sentences here are what :func:`words_of` finds in each of them.
    """
    table = article.words
    columns = {c: table[c].tolist() for c in ("sentence", "start", "end", "text", "lower")}
    in_quote = [bool(q) for q in table["in_quote"].tolist()]
    apostrophes = _APOSTROPHES
    lowers = [text.translate(apostrophes).lower() for text in columns["text"]]  # _normalize
    words = list(map(Word, columns["start"], columns["end"], lowers))
    sentences: list[tuple[int, list[Word]]] = []
    for number, word in zip(columns["sentence"], words, strict=True):
        if not sentences or sentences[-1][0] != number:
            sentences.append((number, []))
        sentences[-1][1].append(word)
    return BodyWords(**columns, in_quote=in_quote, words=words, sentences=sentences)


#: Who-said-what tables as given: a DataFrame, or one already read (:func:`attributions`).
Table = pd.DataFrame | Attributions | None
