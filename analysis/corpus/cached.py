"""The tables of a corpus for a notebook: read from ``build/`` when current, else computed.

:func:`corpus_tables` keeps each corpus's tables in ``build/corpus/<name>/`` with a
``run.json`` fingerprint of what produced them (written by every command-line run too) (the input files' names, sizes and
modification times, the column choices, the package's source files). A notebook
reruns in seconds when nothing changed, and recomputes when anything did.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from analysis.core.paths import PROJECT_DIR
from analysis.corpus.run import CorpusRun, run_corpus
from analysis.corpus.sources import Columns

#: The shipped corpus: twenty invented articles from four invented outlets.
SHIPPED_CORPUS = PROJECT_DIR / "seeds" / "corpus"
PACKAGE_DIR = Path(__file__).resolve().parent.parent


def corpus_path(value: str | os.PathLike | None = None) -> Path:
    """The corpus to read: ``value``, else ``$CORPUS``, else the shipped corpus."""
    chosen = value or os.environ.get("CORPUS") or SHIPPED_CORPUS
    return Path(chosen).expanduser()


def fingerprint(inputs: list[Path], columns: Columns) -> str:
    """A hash of the inputs' file names, sizes and times, the columns and the package code."""
    digest = hashlib.sha256(json.dumps(columns.__dict__, sort_keys=True).encode())
    inputs = [Path(path).resolve() for path in inputs]
    files = [p for path in inputs for p in ([path] if path.is_file() else sorted(path.rglob("*")))]
    for path in [*files, *sorted(PACKAGE_DIR.rglob("*.py"))]:
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def default_out(corpus: Path) -> Path:
    """``build/corpus/<corpus name>``: one folder per corpus, named for people."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", corpus.resolve().name).strip("-") or "corpus"
    return PROJECT_DIR / "build" / "corpus" / name


def corpus_tables(
    corpus: str | os.PathLike | None = None,
    out: str | os.PathLike | None = None,
    columns: Columns | None = None,
    jobs: int | None = None,
) -> tuple[Path, dict]:
    """The folder holding the corpus's tables, and what the run recorded (counts, time).

    Reads the Parquet tables in ``out`` when their ``run.json`` matches the inputs,
    else runs the corpus (no progress bar: a notebook shows the summary instead).
    """
    path = corpus_path(corpus)
    columns = columns or Columns()
    out = Path(out) if out else default_out(path)
    stamp = out / "run.json"
    key = fingerprint([path], columns) if path.exists() else None
    if key and stamp.exists():
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
        if recorded.get("fingerprint") == key and (out / "articles.parquet").exists():
            return out, recorded
    run = run_corpus(path, out, jobs=jobs, columns=columns, progress=False)
    return out, save_record(run, [path], columns)


def save_record(run: CorpusRun, inputs: list, columns: Columns) -> dict:
    """Write ``run.json`` next to the tables: the inputs' fingerprint, the counts, the summary."""
    paths = [Path(p) for p in inputs]
    recorded = {
        "corpus": ", ".join(map(str, paths)),
        "fingerprint": fingerprint(paths, columns),
        "articles": run.articles,
        "analysed": run.analysed,
        "failed": run.failed,
        "skipped": len(run.skipped),
        "rows": run.rows,
        "seconds": round(run.seconds, 2),
        "combine_seconds": round(run.combine_seconds, 2),
        "engine": run.engine,
        "chunks": len(run.chunks),
        "workers": len({c.pid for c in run.chunks if c.pid}),
        "peak_worker_mb": round(run.peak_rss_mb, 1),
        "main_mb": round(run.main_rss_mb, 1),
        "combine_mb": round(run.combine_rss_mb, 1),
        "summary": run.summary(),
    }
    (run.out / "run.json").write_text(json.dumps(recorded, indent=1), encoding="utf-8")
    return recorded
