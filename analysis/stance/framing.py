"""How the reporter frames each speaker: the reporting verb of every attribution and its counts.

:func:`framing` gives one row per attribution with the framing of its cue
(:func:`analysis.stance.markers.framing_of`); :func:`framing_by_speaker` and
:func:`count_framing` count them per speaker.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.stance.inputs import Table, attributions, sort_order, typed
from analysis.stance.markers import framing_of

ATTRIBUTION_COLUMNS = [
    "attribution",
    "speaker",
    "start",
    "end",
    "text",
    "cue",
    "cue_start",
    "cue_end",
]


def framing(article, table: Table = None) -> pd.DataFrame:
    """One row per attribution: its cue, the cue's lemma and framing (:func:`framing_of`).

    Columns: attribution, speaker, start, end, text, cue, cue_start, cue_end, lemma, framing.
    Attributions with no cue (a continued quotation) have framing ``none``.
    """
    rows = attributions(article, table)
    verbs = [framing_of(cue) for cue in rows.cues]
    return rows.table[ATTRIBUTION_COLUMNS].assign(
        lemma=[v[0] for v in verbs],
        framing=[
            v[1] if not pd.isna(cue) else "none" for v, cue in zip(verbs, rows.cues, strict=True)
        ],
    )


def framing_by_speaker(article, table: Table = None) -> pd.DataFrame:
    """Attributions per speaker and framing, tidy: speaker, framing, attributions, verbs,
    and ``start``/``end``/``text`` of the first cue of that framing (provenance)."""
    return count_framing(framing(article, table), article.text)


def count_framing(frames: pd.DataFrame, text: str | None = None) -> pd.DataFrame:
    """:func:`framing_by_speaker` from a :func:`framing` table (its ``cue`` column gives the text).

    Groups are (speaker, framing), sorted by speaker, then most attributions first; each
    group's ``start``/``end``/``cue`` are those of its first cue in the text (the first
    present one, as pandas' ``first`` takes).
    """
    kept = (frames["framing"] != "none").to_numpy()
    if not kept.any():  # no cue: pandas types the empty table (see _no_framing_counts)
        return _no_framing_counts(frames[kept], text)
    columns = ["speaker", "framing", "attribution", "lemma", "cue_start", "cue_end", "cue"]
    values = {c: frames[c].to_numpy()[kept] for c in columns}
    groups: dict[tuple, dict] = {}
    for i in sort_order(values["cue_start"]):
        key = (values["speaker"][i], values["framing"][i])
        if pd.isna(key[0]) or pd.isna(key[1]):
            continue  # pandas' groupby leaves out missing keys
        group = groups.setdefault(key, {"size": 0, "verbs": set()})
        group["size"] += 1
        if not pd.isna(values["lemma"][i]):
            group["verbs"].add(values["lemma"][i])
        for name, column in (("start", "cue_start"), ("end", "cue_end"), ("cue", "cue")):
            if name not in group and not pd.isna(values[column][i]):
                group[name] = values[column][i]
    if not groups:  # every key missing
        return _no_framing_counts(frames[kept], text)
    keys = sorted(groups)
    keys.sort(key=lambda k: (k[0], -groups[k]["size"]))  # stable: framing order on ties
    found = [groups[k] for k in keys]
    starts = [g.get("start", pd.NA) for g in found]
    ends = [g.get("end", pd.NA) for g in found]
    return pd.DataFrame(
        {
            "speaker": typed([k[0] for k in keys], frames["speaker"].dtype),
            "framing": typed([k[1] for k in keys], frames["framing"].dtype),
            "attributions": np.array([g["size"] for g in found], dtype="int64"),
            "verbs": typed([sorted(g["verbs"]) for g in found], object),
            "start": typed(starts, frames["cue_start"].dtype),
            "end": typed(ends, frames["cue_end"].dtype),
            "text": [text[int(s) : int(e)] for s, e in zip(starts, ends, strict=True)]
            if text is not None
            else [g.get("cue") for g in found],
        }
    )


def _no_framing_counts(frames: pd.DataFrame, text: str | None) -> pd.DataFrame:
    """:func:`count_framing` of a table with no cue, through pandas' groupby, so the empty
    table keeps the column types it always had."""
    grouped = frames.groupby(["speaker", "framing"], as_index=False).agg(
        attributions=("attribution", "size"),
        verbs=("lemma", lambda s: sorted(set(s.dropna()))),
        start=("cue_start", "first"),
        end=("cue_end", "first"),
    )
    return grouped.assign(text=_spans_text(text, grouped) if text is not None else [])


def _spans_text(text: str, table: pd.DataFrame) -> list[str]:
    return [text[int(s) : int(e)] for s, e in zip(table["start"], table["end"], strict=True)]
