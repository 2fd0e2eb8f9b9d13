"""Time a whole corpus run end to end: read, analyse, write Parquet and CSV.

Usage: python benchmarks/corpus.py [--polnear DIR] [--pages DIR] [--jobs 1 2] [--dask]
       [--limit N [N ...]] [--out build/bench_corpus]

Runs ``python -m analysis corpus`` (a fresh interpreter per run, as a user runs it) over
every PolNeAR article (train, dev and test:
only timed, never scored; text in ``text``, id in ``id``) and over the shared real web
pages, once per ``--jobs`` value, and with ``--dask`` on a loopback ``LocalCluster`` of
two single-threaded worker processes. For each run it prints the wall time, articles
per second, CPU seconds per article (the machine is shared: wall time depends on its
load, CPU time much less; it counts the workers too), the peak memory of the busiest
worker (``getrusage``, from the run's ``run.json``), the articles lost without an
``errors`` row (must be 0), and for Dask whether every table equals the local run's.
``--limit 100 500`` also runs the first 100 and 500 PolNeAR articles (memory must stay
flat with corpus size); the speed-up from the first ``--jobs`` value to the last is the
ratio of their wall times. Each result is also appended as one JSON line to ``OUT/results.jsonl``.
Prints ``skipped`` for data that is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pandas as pd  # noqa: E402

from analysis.corpus import Columns, corpus_items, read_table  # noqa: E402

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


def children_cpu() -> float:
    """CPU seconds of every finished child process and its own children (the workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def lost(inputs, columns: Columns, out: Path) -> int:
    """Articles listed in the input that are in neither ``articles`` nor ``errors``."""
    listed = {item.article for item in corpus_items(inputs, columns)}
    found = set(read_table(out, "articles", ["article"])["article"])
    found |= set(read_table(out, "errors", ["article"])["article"])
    return len(listed - found)


def column_flags(columns: Columns) -> list[str]:
    return [f"--{role}-column={value}" for role, value in columns.__dict__.items() if value]


def run_once(
    name: str, inputs, columns: Columns, out: Path, engine: list[str], results: Path
) -> tuple[Path, float | None]:
    """One run of ``python -m analysis corpus`` in a fresh interpreter, as a user runs it;
    its output folder and wall time (None when it failed)."""
    command = [sys.executable, "-m", "analysis", "corpus", "--out", str(out), "--no-progress"]
    command += [*engine, *column_flags(columns), "--", *map(str, inputs)]
    environment = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    before, started = children_cpu(), time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=environment)
    wall, cpu = time.perf_counter() - started, children_cpu() - before
    if result.returncode:
        print(f"{name} {' '.join(engine)}: failed: {result.stderr.strip()[-400:]}")
        return out, None
    recorded = json.loads((out / "run.json").read_text(encoding="utf-8"))
    row = {
        "corpus": name,
        "engine": recorded["engine"],
        "articles": recorded["articles"],
        "failed": recorded["failed"],
        "wall_seconds": round(wall, 1),
        "run_seconds": recorded["seconds"],
        "combine_seconds": recorded.get("combine_seconds"),
        "articles_per_second": round(recorded["articles"] / wall, 2),
        "cpu_seconds_per_article": round(cpu / max(1, recorded["articles"]), 3),
        "peak_worker_mb": round(recorded["peak_worker_mb"]),
        "main_mb": round(recorded["main_mb"]),
        "lost_without_error_row": lost(inputs, columns, out),
    }
    print(json.dumps(row), flush=True)
    with results.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(row) + "\n")
    return out, wall


def same_tables(left: Path, right: Path) -> bool:
    """Every table of two runs equal, rows sorted by article (stable within an article)."""
    for parquet in sorted(left.glob("*.parquet")):
        a, b = read_table(left, parquet.stem), read_table(right, parquet.stem)
        if "article" in a:
            a = a.sort_values("article", kind="stable", ignore_index=True)
            b = b.sort_values("article", kind="stable", ignore_index=True)
        try:
            pd.testing.assert_frame_equal(a, b)
        except AssertionError as error:
            print(f"{parquet.stem} differs: {str(error)[:200]}")
            return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR)
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dask", action="store_true", help="also run on a 2-worker LocalCluster")
    parser.add_argument(
        "--limit",
        type=int,
        nargs="+",
        default=[0],
        help="the first N PolNeAR articles, one run per N (0: all 1,008)",
    )
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
        for limit in args.limit:
            name = f"polnear-{limit}" if limit else "polnear"
            corpora.append((name, polnear_inputs(args.polnear, limit), POLNEAR_COLUMNS))
    for name, inputs, columns in corpora:
        if not inputs:
            print(f"{name}: skipped (no data)")
            continue
        reference, walls = None, []
        for jobs in args.jobs:
            engine = ["--jobs", str(jobs)]
            reference, wall = run_once(
                name, inputs, columns, args.out / f"{name}-{jobs}", engine, results
            )
            walls.append(wall)
        if len(walls) > 1 and all(walls):
            print(
                f"{name}: speed-up --jobs {args.jobs[0]} -> {args.jobs[-1]}: {walls[0] / walls[-1]:.2f}x"
            )
        if args.dask:
            engine = ["--dask", "local", "--jobs", "2"]
            dask_out, _ = run_once(
                name, inputs, columns, args.out / f"{name}-dask", engine, results
            )
            if reference:
                print(
                    f"{name}: Dask tables identical to --jobs {args.jobs[-1]}: {same_tables(reference, dask_out)}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
