"""The same chunks on a Dask cluster: ``dask.bag`` over chunks, each worker writing its parts.

:func:`run_on_dask` takes a :class:`dask.distributed.Client` (a ``LocalCluster`` or a
scheduler's address), maps :func:`~analysis.corpus.process.process_chunk` over a bag
with one partition per chunk, and combines the parts as a local run does (on the
workers, one table per task), so the tables are the same. Workers write the part
files themselves, in parallel: ``out`` must be a folder every worker can reach (a shared file system, or one machine). The
items travel in the task graph: paths for files (each worker reads its own), the text
itself for rows of a JSON Lines or CSV table.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from functools import partial

from analysis.corpus.process import ChunkSummary, process_chunk
from analysis.corpus.run import (
    PARTS,
    CorpusRun,
    _prepare,
    _progress,
    chunk_size,
    chunks_of,
    finish,
    lost_chunk,
)
from analysis.corpus.sources import Columns, Listing, corpus_items


def run_on_dask(
    client,
    inputs,
    out: str | os.PathLike,
    *,
    columns: Columns | None = None,
    options: dict | None = None,
    progress: bool = True,
    keep_parts: bool = False,
) -> CorpusRun:
    """Analyse every article of ``inputs`` on ``client``'s cluster; write tables to ``out``."""
    import dask.bag as bag
    from distributed import as_completed

    started = time.perf_counter()
    out, listing = _prepare(out), Listing()
    parts = str(os.path.abspath(out / PARTS))
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    items = list(corpus_items(inputs, columns, listing))
    chunks = list(chunks_of(items, chunk_size(workers, len(items)), len(items), workers))
    run = CorpusRun(out, engine=f"Dask, {workers} worker{'s' if workers > 1 else ''}")
    numbered = bag.from_sequence(list(enumerate(chunks)), npartitions=max(1, len(chunks)))
    summaries = numbered.map(lambda pair: process_chunk(f"{pair[0]:06d}", pair[1], parts, options))
    futures = client.compute(summaries.to_delayed())
    chunk_of = {future.key: number for number, future in enumerate(futures)}
    with _progress(len(items), progress) as bar:
        for future in as_completed(futures):
            number = chunk_of[future.key]
            try:
                results: list[ChunkSummary] = future.result()
            except Exception as error:  # a worker lost its chunk: its articles become errors
                results = [lost_chunk(f"{number:06d}", chunks[number], parts, error)]
            for summary in results:
                run.chunks.append(summary)
                run.articles += summary.articles
                run.failed += summary.failed
                bar.update(summary.articles)
    # The tables are combined on the workers too (``out`` is a folder they all reach).
    return finish(run, listing, started, keep_parts, submit=partial(client.submit, pure=False))


@contextmanager
def connect(address: str, workers: int):
    """A client of the scheduler at ``address``; ``local`` starts a loopback cluster of ``workers``.

    The local cluster (and its worker processes) is closed on leaving the ``with`` block.
    """
    from distributed import Client, LocalCluster

    if address != "local":
        with Client(address) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        yield client
