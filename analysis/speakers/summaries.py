"""Summaries of the speaker tables: where attributions sit, and the gender shares of people."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.speakers.tables import _missing, quoted_words


def attribution_positions(article, table: pd.DataFrame) -> pd.DataFrame:
    """One row per attribution with where it sits: ``position`` = start / len(text).

    Columns: ``speaker``, ``kind``, ``start``, ``end``, ``paragraph``, ``position``,
    ``words`` (words quoted), ``text``; rows without a speaker are left out.
    """
    rows = table.assign(words=quoted_words(article, table))
    rows = rows[rows["speaker"].notna()]
    rows = rows.assign(position=rows["start"] / max(len(article.text), 1))
    columns = ["speaker", "kind", "start", "end", "paragraph", "position", "words", "text"]
    present = [c for c in columns if c in rows]
    return rows[present].sort_values("start").reset_index(drop=True)


GENDERS = ("female", "male", "unknown")
GROUPS = ("quoted", "mentioned only")


def gender_shares(speakers: pd.DataFrame) -> pd.DataFrame:
    """Women, men and unknown among the people quoted and among those only mentioned.

    ``speakers`` is :func:`speaker_table`; only rows of kind ``person`` count (bodies have
    no gender). One row per group (``quoted``: at least one attribution; ``mentioned
    only``: none) and gender, with ``people`` (count), ``share`` (of the group; 0 for an
    empty group), and ``from_text`` / ``from_name`` (how many of those genders the text
    shows, how many come from the first name alone), and ``start``/``end``/``text`` of the
    first such person's first mention (0:0 when there is none).
    """
    people = _people(speakers)
    rows = []
    for group in GROUPS:
        members = [p for p in people if (p["attributions"] > 0) == (group == "quoted")]
        for gender in GENDERS:
            matching = [p for p in members if p["gender"] == gender]
            rows.append(
                {
                    "group": group,
                    "gender": gender,
                    "people": len(matching),
                    "share": len(matching) / len(members) if members else 0.0,
                    "from_text": sum(p["gender_from"] == "text" for p in matching),
                    "from_name": sum(p["gender_from"] == "name" for p in matching),
                    **_first_mention(matching, speakers["start"].dtype),
                }
            )
    return pd.DataFrame({column: [row[column] for row in rows] for column in rows[0]})


def _people(speakers: pd.DataFrame) -> list[dict]:
    """The rows of kind ``person`` as plain dicts, a missing gender read as "unknown"."""
    columns = ["kind", "attributions", "gender", "gender_from", "start", "end", "text"]
    values = zip(*(speakers[c].tolist() for c in columns), strict=True)
    people = [dict(zip(columns, row, strict=True)) for row in values]
    people = [p for p in people if p["kind"] == "person"]
    for p in people:
        p["gender"] = "unknown" if _missing(p["gender"]) else p["gender"]
    return people


def _first_mention(people: list[dict], dtype) -> dict:
    """Provenance: ``start``/``end``/``text`` of the first mention of the person who comes
    first, 0:0 and "" when there is none. "First" as pandas' ``sort_values("start")``
    orders (its quicksort on the known offsets, missing ones last), so ties resolve alike."""
    if not people:
        return {"start": 0, "end": 0, "text": ""}
    known = [i for i, p in enumerate(people) if not _missing(p["start"])]
    if known:
        starts = np.array([people[i]["start"] for i in known], dtype=_sort_dtype(dtype))
        first = people[known[int(np.argsort(starts, kind="quicksort")[0])]]
    else:
        first = people[0]
    return {"start": int(first["start"]), "end": int(first["end"]), "text": first["text"]}


def _sort_dtype(dtype) -> np.dtype:
    """The NumPy type pandas sorts a ``start`` column of ``dtype`` as (Int64 as int64)."""
    numpy_type = getattr(dtype, "numpy_dtype", dtype)
    return np.dtype(numpy_type) if isinstance(numpy_type, np.dtype) else np.dtype(float)
