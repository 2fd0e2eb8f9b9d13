"""A whole coverage: the one-article analysis run over a corpus, with tables across articles.

::

    from analysis import corpus
    run = corpus.run_corpus("seeds/corpus", "build/corpus", jobs=2)
    print(run.summary())
    corpus.read_table("build/corpus", "corpus_speakers")

Modules follow the data flow: ``sources`` (folders, zips, JSON Lines, CSV → items),
``process`` (the per-article function and the per-chunk one that writes Parquet
parts), ``store`` (parts → one Parquet and CSV file per table), ``cross`` (speakers
merged across articles; voices per outlet and month), ``run`` (in-process, process
pool) and ``cluster`` (the same chunks on a Dask cluster).
"""

from __future__ import annotations

from analysis.corpus.cross import canonical_key, cross_tables
from analysis.corpus.process import analyse_item, load_item, process_chunk
from analysis.corpus.run import CorpusRun, default_jobs, run_corpus
from analysis.corpus.sources import Columns, CorpusItem, corpus_items
from analysis.corpus.store import read_table

__all__ = [
    "Columns",
    "CorpusItem",
    "CorpusRun",
    "analyse_item",
    "canonical_key",
    "corpus_items",
    "cross_tables",
    "default_jobs",
    "load_item",
    "process_chunk",
    "read_table",
    "run_corpus",
    "run_on_dask",
]


def run_on_dask(client, inputs, out, **options):
    """:func:`analysis.corpus.cluster.run_on_dask`, imported on first use (Dask is heavy)."""
    from analysis.corpus.cluster import run_on_dask as run

    return run(client, inputs, out, **options)
