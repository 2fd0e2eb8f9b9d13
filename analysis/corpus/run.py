"""Run the per-article function over a corpus: in-process, on a process pool, or on Dask.

All three engines run :func:`~analysis.corpus.process.process_chunk` over chunks of
items and write Parquet part files per chunk (``OUT/parts/<table>/part-<chunk>``);
:func:`finish` then combines the parts into one Parquet and one CSV file per table
and adds the cross-article tables. Chunks are submitted lazily and at most a few per
worker are in flight, so memory stays flat however large the corpus (the pattern of
trafilatura on Dask and the Gender Gap Tracker's multiprocessing pool).

A module per concern, every name importable from here: :mod:`~analysis.corpus.chunks`
(chunks and workers), :mod:`~analysis.corpus.run_record` (:class:`CorpusRun`, the output
folder), :mod:`~analysis.corpus.pool` (the process pool that survives a dying worker),
:mod:`~analysis.corpus.combine` (:func:`finish`), and here :func:`run_corpus`.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from analysis.corpus.chunks import MAX_CHUNK, chunk_size, chunks_of, default_jobs
from analysis.corpus.combine import (
    ARTICLE_GROUP_COLUMNS,
    SPEAKER_COLUMNS,
    finish,
    measured,
    write_cross_tables,
)
from analysis.corpus.pool import ATTEMPTS, Task, _run_pool, lost_chunk, warm_up
from analysis.corpus.process import process_chunk
from analysis.corpus.run_record import CorpusRun, _record, table_names
from analysis.corpus.run_record import _prepare as _prepare
from analysis.corpus.run_record import _progress as _progress
from analysis.corpus.sources import Columns, Listing, corpus_items
from analysis.corpus.store import PARTS


def run_corpus(
    inputs,
    out: str | os.PathLike,
    *,
    jobs: int | None = None,
    columns: Columns | None = None,
    options: dict | None = None,
    progress: bool = True,
    keep_parts: bool = False,
) -> CorpusRun:
    """Analyse every article of ``inputs`` with ``jobs`` processes; write tables to ``out``.

    ``jobs=1`` runs in this process; more runs a :class:`ProcessPoolExecutor` over chunks.
    """
    started = time.perf_counter()
    out, jobs, listing = _prepare(out), jobs or default_jobs(), Listing()
    # Count first, then stream: a table's texts are read again rather than all held here.
    total = sum(1 for _ in corpus_items(inputs, columns))
    items = corpus_items(inputs, columns, listing)
    run = CorpusRun(out, engine=f"{jobs} process{'es' if jobs > 1 else ''}")
    size = chunk_size(jobs, total)
    with _progress(total, progress) as bar:
        if jobs == 1:
            for number, chunk in enumerate(chunks_of(items, size)):
                _record(run, process_chunk(f"{number:06d}", chunk, str(out / PARTS), options), bar)
        else:
            _run_pool(run, chunks_of(items, size, total, jobs), jobs, options, bar)
    if run.articles < COMBINE_APART_FROM:
        return finish(run, listing, started, keep_parts)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        return finish(run, listing, started, keep_parts, submit=pool.submit)


#: From this many articles on, a local run combines its tables in ``jobs`` fresh processes
#: ("spawn": they hold no analysis caches and do not inherit this process's memory), in
#: parallel; a smaller corpus is combined here, in less time than a process takes to start.
COMBINE_APART_FROM = 100


__all__ = [
    "ARTICLE_GROUP_COLUMNS",
    "ATTEMPTS",
    "COMBINE_APART_FROM",
    "CorpusRun",
    "MAX_CHUNK",
    "PARTS",
    "SPEAKER_COLUMNS",
    "Task",
    "chunk_size",
    "chunks_of",
    "default_jobs",
    "finish",
    "lost_chunk",
    "measured",
    "run_corpus",
    "table_names",
    "warm_up",
    "write_cross_tables",
]
