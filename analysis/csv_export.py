"""Every table of an article's analysis as CSV, for a spreadsheet, a database or R.

``export(article_or_analysis, folder)`` writes one ``<table>.csv`` per table of
:meth:`analysis.pipeline.Analysis.tables` (``quotes.csv``, ``speakers.csv``, ...) and an
``article.json`` of metadata; ``python -m analysis export ARTICLE --out DIR`` does the same
from the shell. The files are UTF-8, keep every column, offsets included (so
``text[start:end]`` of the article gives each row back), and encode list-valued cells
(fragments, evidence, aliases) as JSON. They hold nothing that changes between runs on the
same article, and no path of the machine: the article is named by its file name.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.core.article import Article
from analysis.pipeline import Analysis, analyse


def source_name(article: Article) -> str:
    """The article's file name, never the folder it sits in (tables and reports are shared)."""
    return Path(article.source).name if article.source else "text given directly"


def _plain(value):
    """A cell as JSON-ready Python: numpy scalars and arrays, tuples and dates unwrapped."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, np.ndarray)):
        return [_plain(v) for v in (sorted(value) if isinstance(value, set) else value)]
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, date):
        return value.isoformat()
    if value is pd.NA or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return None
    return value


def _is_nested(value) -> bool:
    return isinstance(value, (list, tuple, set, dict, np.ndarray))


def flat_table(table: pd.DataFrame) -> pd.DataFrame:
    """The table with every list-, tuple- or dict-valued cell written as JSON text."""
    flat = table.copy()
    for column in flat.columns:
        if flat[column].dtype == object and flat[column].map(_is_nested).any():
            flat[column] = flat[column].map(
                lambda v: json.dumps(_plain(v), ensure_ascii=False) if _is_nested(v) else v
            )
    return flat


def metadata(result: Analysis) -> dict:
    """What the tables are about: the article's metadata, the options and the tables' sizes."""
    article = result.article
    return {
        "source": source_name(article),
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "encoding": article.encoding,
        "format": article.format,
        "characters": len(article.text),
        "paragraphs": len(article.paragraphs),
        "sentences": len(article.sentences),
        "body_words": len(article.words),
        "options": {
            "target": result.options.target,
            "sentiment_method": result.options.sentiment_method,
        },
    }


def export(article_or_analysis: Article | Analysis, folder: str | os.PathLike) -> list[Path]:
    """Write every table as ``<name>.csv`` and ``article.json`` into ``folder``; the files.

    ``article_or_analysis`` is an :class:`~analysis.core.article.Article` (analysed with
    the default options) or an :class:`~analysis.pipeline.Analysis`, whose options (stance
    target, sentiment method) are then those of the tables.
    """
    result = (
        article_or_analysis
        if isinstance(article_or_analysis, Analysis)
        else analyse(article_or_analysis)
    )
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    tables = result.tables()
    for name, table in tables.items():
        path = out / f"{name}.csv"
        flat_table(table).to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        written.append(path)
    info = metadata(result) | {"tables": {name: len(table) for name, table in tables.items()}}
    path = out / "article.json"
    path.write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    written.append(path)
    return written
