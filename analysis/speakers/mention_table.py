"""The mention table: one row per mention of a person or body, in text order."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.speakers.entities import Entities, find_entities
from analysis.speakers.pronouns import resolve_pronoun

MENTION_COLUMNS = [
    "start", "end", "text", "entity", "kind", "form", "sentence", "paragraph", "in_quote",
]  # fmt: skip


def _missing(value) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def mentions(article, entities: Entities | None = None) -> pd.DataFrame:
    """One row per mention of a person or body, in text order.

    Columns: ``start``, ``end``, ``text`` (``article.text[start:end]``), ``entity``
    (canonical name), ``kind`` (person/body), ``form`` (name, title, descriptor, body,
    pronoun), ``sentence``, ``paragraph``, ``in_quote``. Third-person pronouns of the
    narration are included when they resolve to someone.
    """
    result = entities if entities is not None else find_entities(article)
    rows, table = _mention_rows(result), result.entities
    names = dict(zip(table.index.tolist(), table["name"].tolist(), strict=True))
    kinds = dict(zip(table.index.tolist(), table["kind"].tolist(), strict=True))
    # a mention of an entity with no kind is left out; text order, stable on ties
    # places too: they are no people or bodies (a place quoted as a speaker is counted
    # in the speaker table); the stance targets read this table
    kept = sorted(
        (r for r in rows if not _missing(kinds.get(r[2], np.nan)) and kinds[r[2]] != "place"),
        key=lambda r: r[0],
    )
    if not kept:
        return _mention_table(article, rows, table)
    start, end, ids, form, sentence, paragraph, in_quote = map(list, zip(*kept, strict=True))
    columns = {
        "start": start,
        "end": end,
        "text": [article.text[s:e] for s, e in zip(start, end, strict=True)],
        "entity": pd.Series([names.get(i, np.nan) for i in ids], dtype=table["name"].dtype),
        "kind": pd.Series([kinds[i] for i in ids], dtype=table["kind"].dtype),
        "form": form,
        "sentence": sentence,
        "paragraph": paragraph,
        "in_quote": in_quote,
    }
    return pd.DataFrame(columns, columns=MENTION_COLUMNS)


def _mention_rows(result: Entities) -> list[tuple]:
    """(start, end, entity id, form, sentence, paragraph, in_quote) of every mention and
    of every third-person pronoun that resolves to someone."""
    rows = [
        (m.start, m.end, m.entity, m.form, m.sentence, m.paragraph, m.in_quote)
        for m in result.mentions
    ]
    for p in result.pronouns:
        if p.gender not in {"male", "female"}:
            continue
        entity = resolve_pronoun(result, p.lower, int(p.start), int(p.sentence))
        if entity is not None:
            rows.append(
                (
                    int(p.start),
                    int(p.end),
                    entity,
                    "pronoun",
                    int(p.sentence),
                    int(p.paragraph),
                    False,
                )
            )
    return rows


def _mention_table(article, rows: list[tuple], entities: pd.DataFrame) -> pd.DataFrame:
    """The mention table by pandas (kept for the table without rows, whose column types
    pandas decides)."""
    table = pd.DataFrame(
        rows, columns=["start", "end", "entity_id", "form", "sentence", "paragraph", "in_quote"]
    )
    table["text"] = [article.text[s:e] for s, e in zip(table["start"], table["end"], strict=True)]
    table["entity"] = table["entity_id"].map(entities["name"])
    table["kind"] = table["entity_id"].map(entities["kind"])
    table = table[table["kind"].notna() & table["kind"].ne("place")]
    table = table.sort_values("start", kind="stable").reset_index(drop=True)
    return table[MENTION_COLUMNS]
