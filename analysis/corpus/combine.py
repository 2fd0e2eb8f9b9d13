"""Finishing a corpus run: the part files combined into one Parquet and CSV file per table,
and the cross-article tables, here or in the workers of a pool or a Dask cluster.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from analysis.corpus.cross import cross_tables
from analysis.corpus.process import ARTICLE_COLUMNS, ERROR_COLUMNS, peak_memory_mb
from analysis.corpus.run_record import CorpusRun
from analysis.corpus.sources import Listing
from analysis.corpus.store import (
    PARTS,
    combine_table,
    read_table,
    table_parts,
    to_arrow,
    write_csv,
    write_parts,
)


def finish(
    run: CorpusRun, listing: Listing, started: float, keep_parts: bool = False, submit=None
) -> CorpusRun:
    """Combine the parts, add the cross-article tables, and time the whole run.

    ``submit(function, *args)`` (a process pool's or a Dask client's) returns a future:
    then every table is combined, and the cross-article tables computed, in the workers,
    in parallel, and this process only waits. Without it, all is done here.
    """
    run.skipped = listing.skipped
    parts = run.out / PARTS
    if not (parts / "articles").exists():  # an empty corpus still gets its two tables
        empty = {
            "articles": pd.DataFrame(columns=ARTICLE_COLUMNS),
            "errors": pd.DataFrame(columns=ERROR_COLUMNS),
        }
        write_parts(empty, parts, "000000")
    combining = time.perf_counter()
    run.rows, run.combine_rss_mb = _combine(run.out, submit or _now)
    if not keep_parts:
        shutil.rmtree(parts)
    run.combine_seconds = time.perf_counter() - combining
    run.seconds = time.perf_counter() - started
    run.main_rss_mb = peak_memory_mb()
    return run


class _Done:
    """The result of a call made at once, with a future's ``result()``."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def _now(function, *args) -> _Done:
    return _Done(function(*args))


def _combine(out: Path, submit) -> tuple[dict[str, int], float]:
    """Every table combined and the cross tables written, through ``submit``: rows per
    table, and the largest peak memory of the processes that did it.

    ``speakers`` and ``articles`` go first, as the cross-article tables read them; the
    cross tables (the longest single task) then start while the other tables combine.
    """
    out = Path(os.path.abspath(out))  # the workers' working folder may differ
    names = table_parts(out)
    first = [name for name in ("speakers", "articles") if name in names]
    futures = {name: submit(measured, combine_table, out, name) for name in first}
    done = {name: futures[name].result() for name in first}
    cross = submit(measured, write_cross_tables, out) if "speakers" in done else None
    rest = [name for name in names if name not in done]
    futures = {name: submit(measured, combine_table, out, name) for name in rest}
    done.update({name: future.result() for name, future in futures.items()})
    rows = {name: done[name][0] for name in sorted(done)}
    peaks = [peak for _, peak in done.values()]
    if cross is not None:
        cross_rows, peak = cross.result()
        rows.update(cross_rows)
        peaks.append(peak)
    return rows, max(peaks, default=0.0)


def measured(function, *args):
    """``function(*args)`` and the peak memory of the process that ran it."""
    return function(*args), peak_memory_mb()


def write_cross_tables(out: Path) -> dict[str, int]:
    """The cross-article tables from the combined ``speakers`` and ``articles``; rows of each."""
    speakers = read_table(out, "speakers", SPEAKER_COLUMNS)
    articles = read_table(out, "articles", ARTICLE_GROUP_COLUMNS)
    rows = {}
    for name, table in cross_tables(speakers, articles).items():
        pq.write_table(to_arrow(table), out / f"{name}.parquet")
        write_csv(out / f"{name}.parquet", out / f"{name}.csv")
        rows[name] = len(table)
    return rows


#: The columns of the ``articles`` table the cross-article tables read.
ARTICLE_GROUP_COLUMNS = [
    "article", "outlet", "date", "attributions", "direct", "indirect", "mixed", "start", "end",
]  # fmt: skip
#: The columns of the combined speaker table the cross-article tables read.
SPEAKER_COLUMNS = [
    "article", "speaker", "aliases", "kind", "gender", "attributions", "direct", "indirect",
    "mixed", "words_quoted", "mentions", "start", "end", "text",
]  # fmt: skip
