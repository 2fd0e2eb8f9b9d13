"""Time a whole corpus run end to end: read, analyse, write Parquet and CSV.

Usage: python benchmarks/corpus.py [--polnear DIR] [--pages DIR] [--jobs 1 2] [--dask]
       [--limit N] [--out build/bench_corpus]

Runs ``analysis.corpus.run_corpus`` over every PolNeAR article (train, dev and test:
only timed, never scored; text in ``text``, id in ``id``) and over the shared real web
pages, once per ``--jobs`` value, and with ``--dask`` on a loopback ``LocalCluster`` of
two single-threaded worker processes. For each run it prints the wall time, articles
per second, CPU seconds per article (the machine is shared: wall time depends on its
load, CPU time much less), the peak memory of the busiest worker, the articles lost
without an ``errors`` row (must be 0), and for Dask whether every table equals the
process pool's. Each result is also appended as one JSON line to ``OUT/results.jsonl``.
Prints ``skipped`` for data that is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pandas as pd  # noqa: E402

from analysis.corpus import Columns, corpus_items, read_table, run_corpus  # noqa: E402

DEFAULT_POLNEAR = HERE.parent.parent / "shared" / "benchdata" / "attribution"
DEFAULT_PAGES = HERE.parent.parent / "shared" / "benchdata" / "realnews" / "pages"
POLNEAR_COLUMNS = Columns(text="text", id="id", outlet="publisher", date="date", title="title")


def polnear_inputs(folder: Path, limit: int | None) -> list[Path] | None:
    files = [folder / f"polnear_{split}.jsonl" for split in ("train", "dev", "test")]
    files = [f for f in files if f.exists()]
    if not files:
        return None
    if not limit:
        return files
    subset = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench_corpus_polnear_{limit}.jsonl"
    with subset.open("w", encoding="utf-8") as out:
        lines = (line for f in files for line in f.open(encoding="utf-8"))
        for _, line in zip(range(limit), lines, strict=False):
            out.write(line)
    return [subset]


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def lost(inputs, columns: Columns, out: Path) -> int:
    """Articles listed in the input that are in neither ``articles`` nor ``errors``."""
    listed = {item.article for item in corpus_items(inputs, columns)}
    found = set(read_table(out, "articles", ["article"])["article"])
    found |= set(read_table(out, "errors", ["article"])["article"])
    return len(listed - found)


def report(name: str, run, inputs, columns, out: Path, cpu: float, results: Path, **extra) -> None:
    workers = [c.peak_rss_mb for c in run.chunks if c.pid]
    row = {
        "corpus": name,
        "engine": run.engine,
        "articles": run.articles,
        "failed": run.failed,
        "seconds": round(run.seconds, 1),
        "articles_per_second": round(run.articles / run.seconds, 2),
        "cpu_seconds_per_article": round(cpu / max(1, run.articles), 3),
        "peak_worker_mb": round(max(workers, default=0.0)),
        "main_mb": round(run.main_rss_mb),
        "lost_without_error_row": lost(inputs, columns, out),
        **extra,
    }
    print(json.dumps(row), flush=True)
    with results.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(row) + "\n")


def same_tables(left: Path, right: Path, names) -> bool:
    for name in names:
        a, b = read_table(left, name), read_table(right, name)
        if "article" in a:
            a = a.sort_values("article", kind="stable", ignore_index=True)
            b = b.sort_values("article", kind="stable", ignore_index=True)
        try:
            pd.testing.assert_frame_equal(a, b)
        except AssertionError as error:
            print(f"{name} differs: {str(error)[:200]}")
            return False
    return True


def run_dask(name: str, inputs, columns: Columns, out: Path, results: Path, reference: Path | None):
    from distributed import Client, LocalCluster

    from analysis.corpus.cluster import run_on_dask

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        started_cpu = time.process_time()
        run = run_on_dask(client, inputs, out / f"{name}-dask", columns=columns, progress=False)
        cpu = (
            sum(client.run(lambda: time.process_time()).values())
            + time.process_time()
            - started_cpu
        )
    identical = same_tables(reference, out / f"{name}-dask", run.rows) if reference else None
    report(
        name, run, inputs, columns, out / f"{name}-dask", cpu, results, identical_to_local=identical
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR)
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dask", action="store_true", help="also run on a 2-worker LocalCluster")
    parser.add_argument("--limit", type=int, help="only the first N PolNeAR articles")
    parser.add_argument("--only", choices=["polnear", "pages"], help="one corpus only")
    parser.add_argument("--out", type=Path, default=HERE.parent / "build" / "bench_corpus")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    results = args.out / "results.jsonl"
    corpora = []
    if args.only in (None, "pages"):
        pages = [args.pages] if args.pages.is_dir() else None
        corpora.append(("pages", pages, Columns()))
    if args.only in (None, "polnear"):
        corpora.append(("polnear", polnear_inputs(args.polnear, args.limit), POLNEAR_COLUMNS))
    for name, inputs, columns in corpora:
        if not inputs:
            print(f"{name}: skipped (no data)")
            continue
        reference = None
        for jobs in args.jobs:
            before = cpu_seconds()
            out = args.out / f"{name}-{jobs}"
            run = run_corpus(inputs, out, jobs=jobs, columns=columns, progress=False)
            report(name, run, inputs, columns, out, cpu_seconds() - before, results)
            reference = out
        if args.dask:
            run_dask(name, inputs, columns, args.out, results, reference)
    return 0


if __name__ == "__main__":
    sys.exit(main())
