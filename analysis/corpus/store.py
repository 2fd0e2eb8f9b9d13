"""Corpus tables on disk: Parquet part files per chunk, combined into one file per table.

Workers write ``parts/<table>/part-<chunk>.parquet`` (``<chunk>`` a zero-padded number, so
names sort in corpus order; one per chunk, so no worker
holds more than its chunk); :func:`combine_parts` then streams the parts of each
table, one at a time, into ``<table>.parquet`` and ``<table>.csv``. Parts of one
table may disagree on a column's type (a column that is empty in one chunk is
``null`` there); the combined schema is the permissive union of the parts' schemas,
as Arrow's ``unify_schemas`` defines it.

List-valued columns (``fragments``, ``aliases``, ``evidence``, ``spans``...) stay
lists in Parquet; in CSV they are JSON (``[[232, 345]]``), readable by any tool.
"""

from __future__ import annotations

import json
import shutil
from functools import cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

PARTS = "parts"


def to_arrow(table: pd.DataFrame) -> pa.Table:
    """A DataFrame as an Arrow table without pandas metadata (parts must not disagree on it).

    A column Arrow cannot type (values of mixed kinds) is stored as JSON text instead.
    """
    arrays, names = [], []
    for name in table.columns:
        column = table[name]
        try:
            array = pa.array(column, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            array = pa.array([_json(value) for value in column], type=pa.string())
        arrays.append(array)
        names.append(str(name))
    return pa.Table.from_arrays(arrays, names=names)


def _json(value) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return json.dumps(value, ensure_ascii=False, default=_plain)


def _plain(value):
    """JSON for what ``json`` does not know: tuples and arrays are lists, the rest text."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, tuple | set):
        return list(value)
    return str(value)


def write_parts(tables: dict[str, pd.DataFrame], parts_dir: Path, chunk: str) -> None:
    """Write each table's rows for one chunk to ``parts_dir/<table>/part-<chunk>.parquet``."""
    for name, table in tables.items():
        folder = parts_dir / name
        folder.mkdir(parents=True, exist_ok=True)
        # Written under a temporary name, then renamed: a worker that dies mid-write
        # leaves no half-written part behind.
        partial = folder / f".part-{chunk}.parquet.partial"
        pq.write_table(to_arrow(table), partial)
        partial.replace(folder / f"part-{chunk}.parquet")


def table_parts(out: Path) -> list[str]:
    """The tables that have parts in ``out/parts``, largest first (the longest to combine
    start first when several processes combine them)."""
    parts_dir = out / PARTS
    folders = [p for p in parts_dir.iterdir() if p.is_dir()] if parts_dir.is_dir() else []
    size = {f.name: sum(p.stat().st_size for p in f.glob("part-*.parquet")) for f in folders}
    return sorted(size, key=lambda name: (-size[name], name))


def combine_table(out: Path, name: str) -> int:
    """Stream one table's parts into ``out/<name>.parquet`` and ``out/<name>.csv``; its rows.

    Tables are independent: a run combines them in its worker processes, in parallel.
    """
    use_system_allocator()
    parts = sorted((Path(out) / PARTS / name).glob("part-*.parquet"))
    rows = _combine_table(parts, Path(out) / f"{name}.parquet")
    write_csv(Path(out) / f"{name}.parquet", Path(out) / f"{name}.csv")
    return rows


@cache
def use_system_allocator() -> None:
    """Arrow's buffers from the C library's ``malloc`` from now on, in this process.

    Arrow's default pool (mimalloc) keeps what it freed: combining 120,000 rows of
    ``words`` left 66 MB more resident memory with it, 19 MB with ``malloc`` (measured on
    the real pages' parts). The bytes written are the same.
    """
    pa.set_memory_pool(pa.system_memory_pool())


def combine_parts(out: Path, keep_parts: bool = False) -> dict[str, int]:
    """Stream every table's parts into ``out/<table>.parquet`` and ``out/<table>.csv``.

    Returns the number of rows of each table. Parts are read one at a time, so memory
    depends on the largest chunk, not on the corpus.
    """
    rows = {name: combine_table(out, name) for name in sorted(table_parts(out))}
    if not keep_parts:
        shutil.rmtree(out / PARTS)
    return rows


def _combine_table(parts: list[Path], target: Path) -> int:
    try:
        schema = pa.unify_schemas([pq.read_schema(p) for p in parts], promote_options="permissive")
    except (pa.ArrowTypeError, pa.ArrowInvalid):  # a column typed only by its nulls
        schema = pa.unify_schemas([_typed_schema(p) for p in parts], promote_options="permissive")
    total = 0
    with pq.ParquetWriter(target, schema) as writer:
        for part in parts:
            table = conform(pq.read_table(part), schema)
            writer.write_table(table)
            total += table.num_rows
    return total


def _typed_schema(part: Path) -> pa.Schema:
    """A part's schema with every all-null column typed ``null``.

    A chunk whose rows all lack a text (pandas gives such a column ``float64``: NaN) must
    not clash with the chunks that have one; every other chunk keeps its own types.
    """
    table = pq.read_table(part)
    return pa.schema(
        [
            pa.field(field.name, pa.null())
            if table[field.name].null_count == table.num_rows  # an empty part too
            else field
            for field in table.schema
        ]
    )


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with exactly ``schema``'s columns, in order; a missing column is all null
    (and so is a column of nulls only, whatever type its chunk gave it)."""
    columns = [
        table[field.name].cast(field.type)
        if field.name in table.column_names and table[field.name].null_count < table.num_rows
        else pa.nulls(table.num_rows, field.type)
        for field in schema
    ]
    return pa.Table.from_arrays(columns, schema=schema)


#: Rows per CSV batch. Every row carries its ``text``, and a readability score of a whole
#: article repeats the article: 20,000 such rows held over 150 MB in the combining process,
#: 2,000 hold a tenth of that and write as fast (measured on the 1,008 PolNeAR articles).
CSV_BATCH_ROWS = 2_000


def write_csv(parquet: Path, target: Path, batch_rows: int = CSV_BATCH_ROWS) -> None:
    """The Parquet table as CSV, batch by batch, list and struct columns as JSON text."""
    source = pq.ParquetFile(parquet)
    with target.open("w", encoding="utf-8", newline="") as handle:
        header = True
        for batch in source.iter_batches(batch_size=batch_rows):
            frame = csv_frame(pa.Table.from_batches([batch], schema=source.schema_arrow))
            frame.to_csv(handle, index=False, header=header)
            header = False
        if header:  # no rows at all: still write the header
            csv_frame(source.schema_arrow.empty_table()).to_csv(handle, index=False)


def csv_frame(table: pa.Table) -> pd.DataFrame:
    """A DataFrame for CSV: nested columns become JSON text, the rest as Arrow gives them."""
    columns = {}
    for field in table.schema:
        column = table[field.name]
        if pa.types.is_nested(field.type):
            columns[field.name] = [_json(value) for value in column.to_pylist()]
        else:
            columns[field.name] = column.to_pandas()
    return pd.DataFrame(columns, columns=table.column_names)


def read_table(out: str | Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One corpus table from its Parquet file (list columns come back as lists)."""
    table = pq.read_table(Path(out) / f"{name}.parquet", columns=columns)
    frame = table.to_pandas(types_mapper=_nullable)
    for field in table.schema:
        if pa.types.is_nested(field.type):
            frame[field.name] = table[field.name].to_pylist()
    return frame


def _nullable(arrow_type: pa.DataType):
    """Integers and booleans with nulls stay integers and booleans (pandas' nullable types)."""
    if pa.types.is_integer(arrow_type):
        return pd.Int64Dtype()
    if pa.types.is_boolean(arrow_type):
        return pd.BooleanDtype()
    return None
