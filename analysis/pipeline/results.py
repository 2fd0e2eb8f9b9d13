"""The results of one article's analysis: each stage computed once, on first use, with provenance.

:class:`Analysis` computes a stage when it is first asked for, handing it the results it
requires; :func:`with_provenance` gives every row of a table its ``start``/``end``/``text``
(rule 4); :func:`analyse` keeps the analysis on the article and :func:`release` drops it.
"""

from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import pandas as pd

from analysis.core.article import Article
from analysis.pipeline.registry import STAGES, Options


def _never_missing(dtype: Any) -> bool:
    return isinstance(dtype, np.dtype) and dtype.kind in "iu"


def with_provenance(table: pd.DataFrame, text: str) -> pd.DataFrame:
    """``table`` with the offset contract on every row: ``start``, ``end`` and ``text``.

    A summary table that points at a stretch by ``start``/``end`` only gets the stretch's
    ``text``; a row that points at nothing (a group with no member, the scores of an
    article with no words) gets the empty stretch 0:0, so ``text[start:end] == row.text``
    holds for every row of every table.
    """
    columns = table.columns
    # a set of the labels: an Index's own ``in`` builds its hash engine on first use,
    # which costs more than the set for the few columns of a table
    names = columns if isinstance(columns, pd.MultiIndex) else set(columns.tolist())
    if "start" not in names or "end" not in names:
        return table
    starts, ends = table["start"], table["end"]
    # numpy integer columns cannot hold a missing offset (nullable Int64 can): skip the
    # check on the common path
    if not (_never_missing(starts.dtype) and _never_missing(ends.dtype)):
        missing = starts.isna() | ends.isna()
        if missing.any():
            table = table.copy()
            table.loc[missing, ["start", "end"]] = 0
            table = table.astype({"start": "int64", "end": "int64"})
            if "text" in names:
                table.loc[missing, "text"] = ""
    if "text" not in names:
        starts = table["start"].to_numpy().tolist()
        ends = table["end"].to_numpy().tolist()
        stretches = [text[int(s) : int(e)] for s, e in zip(starts, ends, strict=True)]
        table = table.copy(deep=False)
        # typed as text even when empty, so tables of many articles concatenate cleanly
        table["text"] = pd.array(stretches, dtype="str")
    return table


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a stage runs, as it was afterwards.

    A stage allocates many short-lived containers (pandas objects, token lists), and each
    few hundred of them start a collection that walks every young object, and now and then
    every object in the process, word lists included: about a fifth of a full pass's CPU on
    PolNeAR dev (0.074 s against 0.051 per article, ``benchmarks/pipeline.py``). Reference
    counting still frees almost everything at once; what only the collector frees (cycles)
    waits until the next collection after the stage, so memory stays bounded by one stage.
    Nested stages leave the collector as the outermost one found it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Analysis:
    """The results of every stage for one article, each computed once, on first use.

    Stages are reached as attributes (``result.quotes``) or by name (``result["quotes"]``);
    ``computed`` counts how often each stage ran (once at most); ``seconds`` holds the CPU
    seconds each stage took on its own (its inputs were computed before it started).
    """

    def __init__(self, article: Article, options: Options | None = None) -> None:
        self.article = article
        self.options = options or Options()
        self.computed: Counter[str] = Counter()
        self.seconds: dict[str, float] = {}
        self._results: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._results:
            if name not in STAGES:
                raise KeyError(f"no stage named {name!r}; stages: {', '.join(STAGES)}")
            with collector_paused():
                self._compute(name)
        return self._results[name]

    def _compute(self, name: str) -> None:
        step = STAGES[name]
        inputs = [self[required] for required in step.requires]
        started = time.process_time()
        result = step.compute(self.article, self.options, *inputs)
        if step.table:
            result = with_provenance(result, self.article.text)
        self._results[name] = result
        self.seconds[name] = time.process_time() - started
        self.computed[name] += 1

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name not in STAGES:
            raise AttributeError(name)
        return self[name]

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(STAGES))

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the analysis, by stage name (export and corpus runs build on it)."""
        with collector_paused():
            return {name: self[name] for name, step in STAGES.items() if step.table}

    def __repr__(self) -> str:
        done = ", ".join(self._results) or "nothing yet"
        return f"Analysis({self.article!r}; computed: {done})"


def analyse(
    article: Article, *, target: str | None = None, sentiment_method: str = "news"
) -> Analysis:
    """The :class:`Analysis` of ``article`` with these options, kept on the article.

    Calling it again with the same article and options returns the same object, so its
    stages are computed once however many functions ask for them.
    """
    options = Options(target=target or None, sentiment_method=sentiment_method)
    kept: dict[Options, Analysis] = article.__dict__.setdefault("_analyses", {})
    if options not in kept:
        kept[options] = Analysis(article, options)
    return kept[options]


def release(article: Article) -> None:
    """Drop the analyses kept on ``article``, so a loop over many articles frees each at once.

    An article keeps its :class:`Analysis` and the analysis keeps its article: a reference
    cycle, which only the cyclic collector frees, late and at a cost (a loop over 400 PolNeAR
    train articles grew from 330 to 400 MB without this, and stayed near 320 MB with it). The
    corpus run calls it after each article's tables are written; the tables themselves stay.
    """
    article.__dict__.pop("_analyses", None)
