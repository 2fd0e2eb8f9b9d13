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
from dataclasses import dataclass, field
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
from analysis.corpus.store import PARTS, combine_parts, read_table, to_arrow, write_csv, write_parts

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

    @property
    def analysed(self) -> int:
        return self.articles - self.failed

    @property
    def peak_rss_mb(self) -> float:
        """The largest peak resident memory of any worker."""
        return max((c.peak_rss_mb for c in self.chunks), default=0.0)

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
            lines.append(f"Skipped {len(self.skipped):,} files that are not .txt, .html or .htm.")
        return "\n".join(lines)


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunks_of(items: Iterable[CorpusItem], size: int) -> Iterator[list[CorpusItem]]:
    """Consecutive lists of ``size`` items, read lazily from ``items``."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
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
    for old in list(out.glob("*.parquet")) + list(out.glob("*.csv")):
        old.unlink()
    return out


def _progress(total: int | None, show: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc="corpus", disable=not show, smoothing=0.1)


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
                _record(run, process_chunk(number, chunk, str(out / PARTS), options), bar)
        else:
            _run_pool(run, chunks_of(items, size), jobs, options, bar)
    return finish(run, listing, started, keep_parts)


def _record(run: CorpusRun, summary: ChunkSummary, bar) -> None:
    run.chunks.append(summary)
    run.articles += summary.articles
    run.failed += summary.failed
    bar.update(summary.articles)


def _run_pool(run: CorpusRun, chunks: Iterator[list[CorpusItem]], jobs: int, options, bar) -> None:
    """Submit chunks lazily, two per worker in flight; a lost worker's articles become errors."""
    parts = str(run.out / PARTS)
    numbered = enumerate(chunks)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: dict[Future, tuple[int, list[CorpusItem]]] = {}
        while True:
            for number, chunk in itertools.islice(numbered, 2 * jobs - len(pending)):
                pending[pool.submit(process_chunk, number, chunk, parts, options)] = (number, chunk)
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                number, chunk = pending.pop(future)
                try:
                    summary = future.result()
                except Exception as error:  # the worker died (killed, out of memory)
                    summary = lost_chunk(number, chunk, parts, error)
                _record(run, summary, bar)


def lost_chunk(
    number: int, chunk: list[CorpusItem], parts: str, error: BaseException
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
    for name in os.listdir(parts) if os.path.isdir(parts) else []:
        stale = Path(parts) / name / f"part-{number:06d}.parquet"
        stale.unlink(missing_ok=True)  # half a chunk would count its articles twice
    write_parts({"errors": pd.DataFrame(rows, columns=ERROR_COLUMNS)}, Path(parts), number)
    return ChunkSummary(number, len(chunk), len(chunk), 0.0, 0.0, 0)


def finish(run: CorpusRun, listing: Listing, started: float, keep_parts: bool = False) -> CorpusRun:
    """Combine the parts, add the cross-article tables, and time the whole run."""
    run.skipped = listing.skipped
    parts = run.out / PARTS
    if not (parts / "articles").exists():  # an empty corpus still gets its two tables
        empty = {
            "articles": pd.DataFrame(columns=ARTICLE_COLUMNS),
            "errors": pd.DataFrame(columns=ERROR_COLUMNS),
        }
        write_parts(empty, parts, 0)
    run.rows = combine_parts(run.out, keep_parts=keep_parts)
    if "speakers" in run.rows:
        speakers = read_table(run.out, "speakers", SPEAKER_COLUMNS)
        articles = read_table(run.out, "articles", ["article", "outlet", "date"])
        for name, table in cross_tables(speakers, articles).items():
            pq.write_table(to_arrow(table), run.out / f"{name}.parquet")
            write_csv(run.out / f"{name}.parquet", run.out / f"{name}.csv")
            run.rows[name] = len(table)
    run.seconds = time.perf_counter() - started
    run.main_rss_mb = peak_memory_mb()
    return run


#: The columns of the combined speaker table the cross-article tables read.
SPEAKER_COLUMNS = [
    "article", "speaker", "aliases", "kind", "gender", "attributions", "direct", "indirect",
    "mixed", "words_quoted", "mentions", "start", "end", "text",
]  # fmt: skip
