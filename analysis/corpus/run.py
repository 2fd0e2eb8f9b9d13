"""Run the per-article function over a corpus: in-process, on a process pool, or on Dask.

All three engines run :func:`~analysis.corpus.process.process_chunk` over chunks of
items and write Parquet part files per chunk (``OUT/parts/<table>/part-<chunk>``);
:func:`finish` then combines the parts into one Parquet and one CSV file per table
and adds the cross-article tables. Chunks are submitted lazily and at most a few per
worker are in flight, so memory stays flat however large the corpus (the pattern of
trafilatura on Dask and the Gender Gap Tracker's multiprocessing pool).
"""

from __future__ import annotations

import itertools
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from analysis.corpus.cross import cross_tables
from analysis.corpus.process import (
    ARTICLE_COLUMNS,
    ERROR_COLUMNS,
    ChunkSummary,
    peak_memory_mb,
    process_chunk,
)
from analysis.corpus.sources import Columns, CorpusItem, Listing, corpus_items
from analysis.corpus.store import (
    PARTS,
    combine_table,
    read_table,
    table_parts,
    to_arrow,
    write_csv,
    write_parts,
)
from analysis.takeaways import plural

#: Articles per chunk at most: small enough to balance two workers on 20 articles,
#: large enough that the per-task cost (pickling, one part file per table) stays small.
MAX_CHUNK = 16


@dataclass
class CorpusRun:
    """What a run did: counts, the tables written, time and memory per worker."""

    out: Path
    articles: int = 0
    failed: int = 0
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    chunks: list[ChunkSummary] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    engine: str = "local"
    main_rss_mb: float = 0.0
    #: Of ``seconds``, those spent combining parts and writing the cross-article tables.
    combine_seconds: float = 0.0
    #: The largest peak memory of a process combining tables (this one's, without a pool).
    combine_rss_mb: float = 0.0

    @property
    def analysed(self) -> int:
        return self.articles - self.failed

    @property
    def peak_rss_mb(self) -> float:
        """The largest peak resident memory of any worker, analysing or combining."""
        return max([c.peak_rss_mb for c in self.chunks] + [self.combine_rss_mb])

    def summary(self) -> str:
        """The few lines printed at the end of a run."""
        rate = self.articles / self.seconds if self.seconds else 0.0
        lines = [
            f"Read {self.articles:,} articles: {self.analysed:,} analysed, {self.failed:,} failed"
            + (f" (reasons in {self.out / 'errors.csv'})" if self.failed else "")
            + ".",
            f"{len(self.rows)} tables in {self.out}/ as Parquet and CSV "
            f"({self.rows.get('quotes', 0):,} attributions, "
            f"{self.rows.get('corpus_speakers', 0):,} people and bodies across articles).",
            f"{self.seconds:.1f} s ({rate:.1f} articles/s, {self.engine}); "
            f"peak memory per worker {self.peak_rss_mb:.0f} MB.",
        ]
        if self.skipped:
            files = plural(len(self.skipped), "file")
            lines.append(
                f"Skipped {files} that {'is' if len(self.skipped) == 1 else 'are'} not .txt, .html or .htm."
            )
        return "\n".join(lines)


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunks_of(
    items: Iterable[CorpusItem], size: int, total: int | None = None, jobs: int = 1
) -> Iterator[list[CorpusItem]]:
    """Consecutive lists of ``size`` items, read lazily from ``items``.

    Given the ``total`` and the ``jobs`` sharing them, the last chunks shrink (at most
    half of what is left per worker, "guided" scheduling as OpenMP names it), so the
    workers finish together instead of one waiting for another's last full chunk.
    """
    iterator, left = iter(items), total
    while True:
        wanted = size if left is None else max(1, min(size, -(-left // (2 * jobs))))
        chunk = list(itertools.islice(iterator, wanted))
        if not chunk:
            return
        left = None if left is None else left - len(chunk)
        yield chunk


def chunk_size(jobs: int, expected: int | None = None) -> int:
    """About four chunks per worker on a small corpus, at most :data:`MAX_CHUNK` articles."""
    if not expected:
        return MAX_CHUNK
    return max(1, min(MAX_CHUNK, -(-expected // (4 * max(1, jobs)))))


def _prepare(out: str | os.PathLike) -> Path:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if (out / PARTS).exists():  # parts of an interrupted run would be combined again
        shutil.rmtree(out / PARTS)
    # Only the tables a run writes are replaced: --out may be a folder with other files.
    for name in table_names():
        for suffix in (".parquet", ".csv"):
            (out / f"{name}{suffix}").unlink(missing_ok=True)
    return out


def table_names() -> list[str]:
    """Every table a corpus run writes: the article tables, ``articles``, ``errors``, cross tables."""
    from analysis.corpus.cross import CROSS_TABLES
    from analysis.pipeline import STAGES

    return [name for name, step in STAGES.items() if step.table] + [
        "articles",
        "errors",
        *CROSS_TABLES,
    ]


def _progress(total: int | None, show: bool):
    from tqdm import tqdm

    # rate_noinv: always "articles/s", never "s/article" when articles are slow.
    bar = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}]"
    return tqdm(total=total, unit="article", desc="corpus", disable=not show, bar_format=bar)


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


def _record(run: CorpusRun, summary: ChunkSummary, bar) -> None:
    run.chunks.append(summary)
    run.articles += summary.articles
    run.failed += summary.failed
    bar.update(summary.articles)


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
