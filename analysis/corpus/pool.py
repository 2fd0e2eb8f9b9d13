"""Chunks analysed on a process pool that survives a worker dying.

Chunks are submitted lazily, two per worker in flight. A worker that dies (killed, out of
memory, a crash in a C library) breaks the whole pool: the chunks in flight are split into
single articles and tried again one at a time on pools of their own, so only the article
that kills its worker fails, with an ``errors`` row (:func:`lost_chunk`).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.corpus.process import ERROR_COLUMNS, ChunkSummary, process_chunk
from analysis.corpus.run_record import CorpusRun, _record
from analysis.corpus.sources import CorpusItem
from analysis.corpus.store import PARTS, write_parts


def _run_pool(run: CorpusRun, chunks: Iterator[list[CorpusItem]], jobs: int, options, bar) -> None:
    """Submit chunks lazily, two per worker in flight, on a pool renewed when a worker dies.

    A worker that dies (killed, out of memory, a crash in a C library) breaks the whole
    pool: the chunks in flight are split into single articles and tried again one at a
    time, so only the article that kills its worker fails, after :data:`ATTEMPTS` tries,
    with an ``errors`` row; then the run goes on on a new pool.
    """
    parts = str(run.out / PARTS)
    warm_up(options)
    work: Iterator[Task] = (Task(f"{n:06d}", c) for n, c in enumerate(chunks))
    while True:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            broken = _drain(run, pool, work, 2 * jobs, parts, options, bar)
        if not broken:
            return
        for task in (piece for failed in broken for piece in failed.retries()):
            _retry_alone(run, task, parts, options, bar)


def warm_up(options: dict | None = None) -> None:
    """Load the word lists and dictionaries once, here, before the workers fork.

    Forked workers inherit them (the CMU dictionary alone takes seconds to read), instead
    of each reading them again for its first article.
    """
    import multiprocessing

    from analysis.corpus.process import analyse_item

    if multiprocessing.get_start_method() != "fork":  # spawned workers would not inherit them
        return
    analyse_item(
        CorpusItem("warm-up", text="Warm-up\n\n“We are ready,” she said on Monday."), options
    )


def _retry_alone(run: CorpusRun, task: Task, parts: str, options, bar) -> None:
    """Run one article on a pool of its own until it succeeds or has had :data:`ATTEMPTS` tries."""
    for attempt in range(1, ATTEMPTS + 1):
        with ProcessPoolExecutor(max_workers=1) as pool:
            broken = _drain(run, pool, iter([task]), 1, parts, options, bar)
        if not broken:
            return
        task.attempt, task.error = attempt, broken[0].error
    _record(run, lost_chunk(task.name, task.items, parts, task.error), bar)


#: How often an article whose worker died is tried on its own before it becomes an error.
ATTEMPTS = 2


@dataclass
class Task:
    """A chunk to analyse: its part-file name, its items, and how often it was tried."""

    name: str
    items: list[CorpusItem]
    attempt: int = 1
    error: BaseException | None = None

    def retries(self) -> list[Task]:
        """A failed chunk as single articles (their part names sort where the chunk's would)."""
        if len(self.items) == 1:
            return [self]
        return [
            Task(f"{self.name}-{i:04d}", [item], 1, self.error) for i, item in enumerate(self.items)
        ]


def _drain(run, pool, work: Iterator[Task], in_flight: int, parts, options, bar) -> list[Task]:
    """Run ``work`` on ``pool``, ``in_flight`` tasks at a time; return those in flight if it breaks."""
    pending: dict[Future, Task] = {}
    while True:
        for task in itertools.islice(work, in_flight - len(pending)):
            future = pool.submit(process_chunk, task.name, task.items, parts, options)
            pending[future] = task
        if not pending:
            return []
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            task = pending.pop(future)
            try:
                _record(run, future.result(), bar)
            except BrokenProcessPool as error:
                _remove_parts(parts, task.name)
                for other in pending.values():
                    _remove_parts(parts, other.name)
                task.error = error
                for other in pending.values():
                    other.error = error
                return [task, *pending.values()]
            except Exception as error:  # the chunk's result could not come back
                _record(run, lost_chunk(task.name, task.items, parts, error), bar)


def _remove_parts(parts: str, name: str) -> None:
    """Half a chunk's parts would count its articles twice."""
    for table in os.listdir(parts) if os.path.isdir(parts) else []:
        (Path(parts) / table / f"part-{name}.parquet").unlink(missing_ok=True)


def lost_chunk(
    name: str, chunk: list[CorpusItem], parts: str, error: BaseException | None
) -> ChunkSummary:
    """Every article of a chunk whose worker failed gets an ``errors`` row: none is lost silently."""
    reason = f"{type(error).__name__}: {' '.join(str(error).split())[:200]}"
    rows = [
        {
            "article": item.article,
            "source": item.path,
            "kind": "lost",
            "error": f"{item.article}: the worker analysing it stopped ({reason}).",
        }
        for item in chunk
    ]
    _remove_parts(parts, name)
    write_parts({"errors": pd.DataFrame(rows, columns=ERROR_COLUMNS)}, Path(parts), name)
    return ChunkSummary(name, len(chunk), len(chunk), 0.0, 0.0, 0)
