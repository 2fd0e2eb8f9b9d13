"""The per-article function of a corpus run, and the per-chunk function that writes parts.

:func:`analyse_item` is what every engine runs for one article: read it, call
``analysis.analyse(article).tables()`` (the same tables as for one article), put
the ``article`` id in front of every table, and sum the article up in one
``articles`` row. An article that cannot be read (:class:`ArticleError`) or whose
analysis raises becomes one ``errors`` row instead; nothing escapes, so one bad
article never stops a run (the rule Quotebank and the Gender Gap Tracker follow:
a corpus always has bad documents).

:func:`process_chunk` runs it over a chunk of items and writes each table's rows
for the chunk to one Parquet part file, so a worker holds one chunk at a time.
"""

from __future__ import annotations

import dataclasses
import gc
import gzip
import os
import resource
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

import analysis
from analysis.core import segment
from analysis.core.article import Article, parse_article
from analysis.core.loading import MAX_BYTES, ArticleError
from analysis.corpus.sources import CorpusItem
from analysis.corpus.store import write_parts
from analysis.pipeline import release

ARTICLE_COLUMNS = [
    "article", "source", "outlet", "date", "title", "url", "format", "encoding", "language",
    "paragraphs", "sentences", "words", "attributions", "direct", "indirect", "mixed",
    "people_quoted", "tone", "grade", "start", "end",
]  # fmt: skip
ERROR_COLUMNS = ["article", "source", "kind", "error"]


@dataclass
class ItemResult:
    """One article's tables (each with ``article`` first) and its ``articles`` row, or its error."""

    article: str
    tables: dict[str, pd.DataFrame]
    row: dict | None = None
    error: dict | None = None


@dataclass(frozen=True)
class ChunkSummary:
    """What a chunk produced: counts, time and the worker's peak memory."""

    chunk: str
    articles: int
    failed: int
    seconds: float
    peak_rss_mb: float
    pid: int


# ----------------------------------------------------------------------------- reading


def load_item(item: CorpusItem) -> Article:
    """The item's article, read the way :func:`analysis.load_article` reads one file.

    A gzipped file or a zip member is unpacked to a private temporary file of the same
    name and read with ``load_article``, so every input goes through the one loader.
    """
    if item.error:
        raise ArticleError(item.error)
    if item.text is not None:
        return parse_article(item.text, source=item.article)
    if item.member is None and not item.path.lower().endswith(".gz"):
        return analysis.load_article(item.path)
    data = _packed_bytes(item)
    name = Path(item.member or item.path).name.removesuffix(".gz").removesuffix(".GZ")
    with tempfile.TemporaryDirectory(prefix="corpus-") as folder:
        unpacked = Path(folder) / (name or "article.txt")
        unpacked.write_bytes(data)
        try:
            article = analysis.load_article(unpacked)
        except ArticleError as error:
            raise ArticleError(str(error).replace(str(unpacked), item.article)) from None
    return dataclasses.replace(article, source=item.article)


def _packed_bytes(item: CorpusItem) -> bytes:
    """The bytes of a zip member or a gzipped file, refusing corrupt or oversized ones."""
    where = item.article
    try:
        if item.member is not None:
            with zipfile.ZipFile(item.path) as archive:
                info = archive.getinfo(item.member)
                if info.file_size > MAX_BYTES:
                    raise ArticleError(f"{where}: is too large for one news article.")
                data = archive.read(info)
        else:
            with gzip.open(item.path) as packed:
                data = packed.read(MAX_BYTES + 1)
    except (OSError, EOFError, zipfile.BadZipFile, KeyError) as error:
        raise ArticleError(f"{where}: is corrupt and cannot be unpacked ({error}).") from None
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{where}: is too large for one news article.")
    if not data:
        raise ArticleError(f"{where}: the file is empty.")
    return data


# ----------------------------------------------------------------------------- one article


def analyse_item(item: CorpusItem, options: dict | None = None) -> ItemResult:
    """Read and analyse one article; an error becomes an ``errors`` row, never an exception."""
    source = item.path if item.member is None else f"{item.path}:{item.member}"
    try:
        article = load_item(item)
    except ArticleError as error:  # named by its id, as every other table names it
        reason = str(error).replace(item.path, item.article) if item.path else str(error)
        return _failed(item, source, "unreadable", reason)
    except Exception as error:  # a reader bug must not stop the corpus
        return _failed(item, source, "unreadable", _unexpected(item, "reading the article", error))
    result = None
    try:
        result = analysis.analyse(article, **(options or {}))
        tables = result.tables()
        row = article_row(item, source, article, tables)
    except Exception as error:  # one article's failure is recorded and the run goes on
        doing = (
            f"computing its {_failed_stage(result)} table" if result else "analysing the article"
        )
        return _failed(item, source, "failed", _unexpected(item, doing, error))
    finally:
        release(article)
    with_ids = {}
    for name, table in tables.items():
        table = table.copy()
        table.insert(0, "article", item.article)
        with_ids[name] = table
    return ItemResult(item.article, with_ids, row=row)


def _unexpected(item: CorpusItem, doing: str, error: Exception) -> str:
    detail = " ".join(str(error).split())[:200]
    return f"{item.article}: unexpected {type(error).__name__} while {doing} ({detail})."


def _failed_stage(result) -> str:
    """The first table stage (in the pipeline's order) not computed: the one that raised."""
    from analysis.pipeline import STAGES

    done = getattr(result, "computed", {})
    return next((name for name, step in STAGES.items() if step.table and name not in done), "last")


def _failed(item: CorpusItem, source: str | None, kind: str, message: str) -> ItemResult:
    row = {"article": item.article, "source": source, "kind": kind, "error": message}
    return ItemResult(item.article, {}, error=row)


def article_row(item: CorpusItem, source: str | None, article: Article, tables: dict) -> dict:
    """The ``articles`` row: where the article came from, its metadata and its sizes.

    Outlet, date, title and url come from the table's columns when given, else from the
    article's metadata (a page's site name, the dateline), else the sub-folder it sits in.
    """
    metadata = getattr(article, "metadata", None) or {}
    speakers = tables["speakers"]
    quoted = tables["quotes"]
    kinds = quoted["kind"].value_counts()
    body_tone = tables["sentence_tone"]
    grade = tables["readability"].set_index("measure")["value"]
    return {
        "article": item.article,
        "source": source,
        "outlet": _text(item.meta.get("outlet"))
        or _text(metadata.get("sitename") or metadata.get("site_name"))
        or _text(item.meta.get("folder")),
        "date": _date(item.meta.get("date")) or getattr(article, "date", None),
        "title": _text(item.meta.get("title")) or getattr(article, "title", None),
        "url": _text(item.meta.get("url")) or _text(metadata.get("url")),
        "format": getattr(article, "format", None),
        "encoding": getattr(article, "encoding", None),
        "language": getattr(article, "language", None) or _text(metadata.get("language")),
        "paragraphs": len(article.paragraphs),
        "sentences": len(article.sentences),
        "words": len(article.words),
        "attributions": len(quoted),
        **{kind: int(kinds.get(kind, 0)) for kind in ("direct", "indirect", "mixed")},
        "people_quoted": int(
            ((speakers["kind"] == "person") & (speakers["attributions"] > 0)).sum()
        ),
        "tone": float(body_tone["compound"].mean()) if len(body_tone) else None,
        "grade": float(grade["consensus_grade"]) if "consensus_grade" in grade else None,
        "start": 0,
        "end": len(article.text),
    }


def _text(value) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    value = " ".join(str(value).split())
    return value or None


def _date(value) -> date | None:
    """A date column's value: ISO first (``2016-09-12``, ``2016-09-12T10:00Z``), else as written."""
    text = _text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return segment.find_date(text)


# ----------------------------------------------------------------------------- one chunk


def process_chunk(
    chunk: str, items: list[CorpusItem], parts_dir: str, options: dict | None = None
) -> ChunkSummary:
    """Analyse ``items`` and write each table's rows to ``parts_dir/<table>/part-<chunk>.parquet``."""
    started = time.perf_counter()
    by_table: dict[str, list[pd.DataFrame]] = {}
    rows: list[dict] = []
    errors: list[dict] = []
    for item in items:
        result = analyse_item(item, options)
        if result.error:
            errors.append(result.error)
            continue
        rows.append(result.row)
        for name, table in result.tables.items():
            by_table.setdefault(name, []).append(table)
    tables = {name: pd.concat(frames, ignore_index=True) for name, frames in by_table.items()}
    tables["articles"] = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    tables["errors"] = pd.DataFrame(errors, columns=ERROR_COLUMNS)
    write_parts(tables, Path(parts_dir), chunk)
    del tables, by_table, rows
    release_memory()
    return ChunkSummary(
        chunk=chunk,
        articles=len(items),
        failed=len(errors),
        seconds=time.perf_counter() - started,
        peak_rss_mb=peak_memory_mb(),
        pid=os.getpid(),
    )


#: A worker whose resident memory exceeds this after a chunk empties the package's
#: bounded memo caches (see :func:`release_memory`). Measured on PolNeAR: a worker holds
#: about 220 MB after the warm-up; the caches then add about 100 MB over 1,000 articles.
MEMORY_BUDGET_MB = 320


def release_memory() -> None:
    """Keep a worker's memory flat however many chunks it analyses.

    The package's bounded memo caches (``lru_cache(maxsize=N)``: per passage, name or
    article; their values are pure, so emptying them changes no table) fill up with
    the corpus: past :data:`MEMORY_BUDGET_MB` they are emptied; the unbounded ones
    (``@cache``: word lists, dictionaries) are kept. Then freed memory goes back to
    the system (glibc's ``malloc_trim``): tables freed in a worker thread stay in
    glibc's per-thread arenas otherwise, and a long-lived worker's memory creeps up
    chunk after chunk (Dask's documentation, "Memory not released back to the OS",
    recommends the same call).
    """
    if resident_memory_mb() > MEMORY_BUDGET_MB:
        for memo in memo_caches():
            memo.cache_clear()
    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def memo_caches() -> list:
    """The bounded ``functools.lru_cache`` functions of the loaded ``analysis`` modules."""
    found = {}
    for name, module in list(sys.modules.items()):
        if name != "analysis" and not name.startswith("analysis."):
            continue
        for value in list(vars(module).values()):
            parameters = getattr(value, "cache_parameters", None)
            if callable(parameters) and parameters().get("maxsize") is not None:
                found[id(value)] = value
    return list(found.values())


def resident_memory_mb() -> float:
    """This process's resident memory now (``/proc/self/statm``; 0 where there is none)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * resource.getpagesize() / 2**20


def peak_memory_mb() -> float:
    """This process's peak resident memory (``getrusage``; kilobytes on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
