"""Where a corpus comes from: folders, zip archives, JSON Lines, CSV, lists of paths.

Each article of a corpus is a :class:`CorpusItem`: a stable ``article`` id and either
its text (a row of a table) or where to read it (a file, a zip member). Items are
cheap, so a corpus is listed lazily and read by the worker that analyses it: the
process that lists a folder of 100,000 pages never holds their text.

The id is the id column's value, else the path relative to the folder or archive
given (``politics/2024-03-01-budget.txt``), else ``<table file>#<row>``. A table's
columns are named by the caller or guessed from common names (:data:`GUESSES`), the
way Quotebank's and news-please's exports name them.
"""

from __future__ import annotations

import csv
import json
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analysis.core.loading import MAX_BYTES

#: File names read as articles inside folders and archives (a ``.gz`` of them too).
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv")

#: Common names of each column, tried in order when the caller names none.
GUESSES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "maintext", "full_text", "article_text", "article"),
    "id": ("id", "article_id", "doc_id", "uid", "guid", "quoteID"),
    "title": ("title", "headline"),
    "date": ("date", "date_publish", "published", "publish_date", "published_at", "pub_date"),
    "outlet": ("outlet", "source", "publisher", "sitename", "site_name", "site", "domain"),
    "url": ("url", "link", "source_url"),
}


@dataclass(frozen=True)
class Columns:
    """The columns of a table input; ``None`` means guess from :data:`GUESSES`."""

    text: str | None = None
    id: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None

    def resolve(self, header: Iterable[str]) -> dict[str, str | None]:
        """Each role's column in ``header``: the one named, else the first common name present."""
        present = list(header)
        lowered = {name.lower(): name for name in present}
        chosen: dict[str, str | None] = {}
        for role, guesses in GUESSES.items():
            named = getattr(self, role)
            if named:
                chosen[role] = named if named in present else None
            else:
                chosen[role] = next(
                    (lowered[g.lower()] for g in guesses if g.lower() in lowered), None
                )
        if chosen["text"] == chosen["id"]:
            chosen["id"] = None
        return chosen


@dataclass(frozen=True)
class CorpusItem:
    """One article of a corpus: its id and where its text is.

    Exactly one of ``text`` (a table row), ``path`` (a file) or ``member`` (inside the
    zip at ``path``) says where the text is; ``error`` is set when the input already
    shows the article cannot be read (a broken JSON line, a row without text).
    """

    article: str
    path: str | None = None
    member: str | None = None
    text: str | None = None
    meta: dict = field(default_factory=dict)
    error: str | None = None


@dataclass
class Listing:
    """What listing the inputs found besides articles: files of other kinds, skipped."""

    skipped: list[str] = field(default_factory=list)


def corpus_items(
    inputs: str | os.PathLike | Iterable[str | os.PathLike],
    columns: Columns | None = None,
    listing: Listing | None = None,
) -> Iterator[CorpusItem]:
    """Every article of ``inputs`` (one path, or several), in a stable order, ids unique.

    A missing input raises :class:`~analysis.core.loading.ArticleError` at once: that is
    the caller's mistake, not one bad article among many.
    """
    from analysis.core.loading import ArticleError

    paths = [Path(inputs)] if isinstance(inputs, str | os.PathLike) else [Path(p) for p in inputs]
    if not paths:
        raise ArticleError(
            "no corpus given: pass a folder, a .zip, a .jsonl or .csv file, or files."
        )
    for path in paths:
        if not path.exists():
            raise ArticleError(f"{path}: no such file or folder.")
    columns = columns or Columns()
    listing = listing if listing is not None else Listing()
    seen: dict[str, int] = {}
    for path in paths:
        prefix = _prefix(path) if len(paths) > 1 else ""
        for item in _items_of(path, columns, listing):
            yield _unique(item, prefix, seen)


def _prefix(path: Path) -> str:
    """Ids of several inputs start with the input's name, so two folders cannot collide."""
    return (
        ""
        if path.is_file() and path.suffix.lower() not in (".zip", *TABLE_SUFFIXES)
        else f"{path.name}/"
    )


def _unique(item: CorpusItem, prefix: str, seen: dict[str, int]) -> CorpusItem:
    article = prefix + item.article
    seen[article] = seen.get(article, 0) + 1
    if seen[article] > 1:  # a repeated id column value: keep both, numbered
        article = f"{article}#{seen[article]}"
    return CorpusItem(article, item.path, item.member, item.text, item.meta, item.error)


def _items_of(path: Path, columns: Columns, listing: Listing) -> Iterator[CorpusItem]:
    suffix = path.suffix.lower()
    if path.is_dir():
        yield from _folder_items(path, listing)
    elif suffix == ".zip":
        yield from _zip_items(path, listing)
    elif suffix in (".jsonl", ".ndjson"):
        yield from _jsonl_items(path, columns)
    elif suffix == ".csv":
        yield from _csv_items(path, columns)
    else:  # one article file given by name: read it whatever its extension
        yield CorpusItem(_display_path(path), path=str(path))


def _display_path(path: Path) -> str:
    """A file given by name: its path relative to the working folder when inside it."""
    relative = os.path.relpath(path)
    return Path(relative if not relative.startswith("..") else path.resolve()).as_posix()


def is_article_name(name: str) -> bool:
    """``.txt``, ``.html``, ``.htm``, or one of them gzipped (how crawls save pages)."""
    lowered = name.lower().removesuffix(".gz")
    return lowered.endswith(ARTICLE_SUFFIXES) and not Path(name).name.startswith(".")


def _folder_items(folder: Path, listing: Listing) -> Iterator[CorpusItem]:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder).as_posix()
        if is_article_name(path.name):
            yield CorpusItem(relative, path=str(path), meta=_folder_meta(relative))
        else:
            listing.skipped.append(str(path))


def _folder_meta(relative: str) -> dict:
    """An article in a sub-folder of the corpus: the folder is its outlet (one per outlet)."""
    parts = relative.split("/")
    return {"folder": parts[0]} if len(parts) > 1 else {}


def _zip_items(path: Path, listing: Listing) -> Iterator[CorpusItem]:
    from analysis.core.loading import ArticleError

    try:
        with zipfile.ZipFile(path) as archive:
            infos = sorted(archive.infolist(), key=lambda info: info.filename)
    except (zipfile.BadZipFile, OSError) as error:
        raise ArticleError(f"{path}: is not a readable zip archive ({error}).") from None
    for info in infos:
        if info.is_dir():
            continue
        if not is_article_name(info.filename):
            listing.skipped.append(f"{path}:{info.filename}")
            continue
        yield CorpusItem(
            info.filename, path=str(path), member=info.filename, meta=_folder_meta(info.filename)
        )


def _row_item(row: dict, chosen: dict[str, str | None], name: str, number: int) -> CorpusItem:
    """One table row as an item: its text and the metadata its columns give."""
    given_id = row.get(chosen["id"]) if chosen["id"] else None
    article = str(given_id) if given_id not in (None, "") else f"{name}#{number}"
    meta = {
        role: row.get(column)
        for role, column in chosen.items()
        if role not in ("text", "id") and column and row.get(column) not in (None, "")
    }
    text = row.get(chosen["text"]) if chosen["text"] else None
    if chosen["text"] is None:
        return CorpusItem(
            article, meta=meta, error=f"{article}: the row has no text column ({_names()})."
        )
    if not isinstance(text, str):
        what = "no text" if text is None else f"a {type(text).__name__} instead of text"
        return CorpusItem(
            article, meta=meta, error=f"{article}: the {chosen['text']!r} column holds {what}."
        )
    if len(text.encode("utf-8", "replace")) > MAX_BYTES:
        return CorpusItem(
            article, meta=meta, error=f"{article}: the text is too long for one news article."
        )
    return CorpusItem(article, text=text, meta=meta)


def _names() -> str:
    return "name it with --text-column; tried " + ", ".join(GUESSES["text"])


def _jsonl_items(path: Path, columns: Columns) -> Iterator[CorpusItem]:
    chosen: dict[str, str | None] | None = None
    with path.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                label = f"{path.name}#{number}"
                yield CorpusItem(
                    label, error=f"{label}: line {number} is not valid JSON ({error.msg})."
                )
                continue
            if not isinstance(row, dict):
                label = f"{path.name}#{number}"
                yield CorpusItem(label, error=f"{label}: line {number} is not a JSON object.")
                continue
            if chosen is None:  # the first object names the columns, as a CSV header does
                chosen = columns.resolve(row)
            yield _row_item(row, chosen, path.name, number)


def _csv_items(path: Path, columns: Columns) -> Iterator[CorpusItem]:
    csv.field_size_limit(MAX_BYTES)
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.DictReader(handle)
        chosen = columns.resolve(reader.fieldnames or [])
        for number, row in enumerate(reader, start=1):
            yield _row_item(row, chosen, path.name, number)
