"""Stance of every speaker: their attributions' evidence pooled, and the speaker-by-target matrix.

:func:`speaker_stance` and :func:`pool_speaker_stance` pool each speaker's evidence;
:func:`stance_matrix` crosses speakers with the main proposals and names
(:func:`analysis.stance.targets.discussed_targets`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.stance.inputs import Table, attributions, sort_order, typed
from analysis.stance.per_attribution import TOPIC_FLOOR, _cue_words, _readings, attribution_stance
from analysis.stance.targets import discussed_targets
from analysis.stance.toward import label_of, score_evidence


def _pooled(speaker: str, attributions: list[int], evidence: list[dict]) -> dict:
    """One speaker's row: the evidence of all their attributions, strongest first, scored."""
    evidence = sorted(evidence, key=lambda e: -e["weight"])
    score = score_evidence(evidence)
    return {
        "speaker": speaker,
        "label": label_of(score),
        "score": score,
        "attributions": attributions,
        "evidence": evidence,
        "cues": _cue_words(evidence),
    }


def _pool(speakers: list, ids: list, evidence: list[list[dict]], by_start: list[int]) -> list:
    """Each speaker's pooled row (:func:`_pooled`) with ``first``, the position of their
    first attribution in the text (``by_start`` orders the attributions); in the order
    of :func:`pool_speaker_stance` (names sorted, then by score as pandas sorts)."""
    ids_of: dict[str, list[int]] = {}
    items_of: dict[str, list[dict]] = {}
    for speaker, attribution, items in zip(speakers, ids, evidence, strict=True):
        ids_of.setdefault(speaker, []).append(int(attribution))
        items_of.setdefault(speaker, []).extend(items)
    first: dict[str, int] = {}
    for position in by_start:
        first.setdefault(speakers[position], position)
    pooled = [
        {**_pooled(name, ids_of[name], items_of[name]), "first": first[name]}
        for name in sorted(ids_of)
    ]
    scores = np.array([row["score"] for row in pooled], dtype="float64")
    return [pooled[i] for i in sort_order(scores)]


def speaker_stance(
    article,
    target: str | None = None,
    table: Table = None,
    topic_floor: float = TOPIC_FLOOR,
) -> pd.DataFrame:
    """One row per speaker: label and score from the evidence of all their attributions.

    The evidence of every attribution of a speaker is pooled and scored with
    :func:`score_evidence`, so three hedged remarks and one clear "against" add up the
    way a reader would. Columns: speaker, target, label, score, attributions (ids into
    :func:`stance`), evidence, cues, and the start/end/text of the speaker's first
    attribution; sorted from most against to most in favour.
    """
    return pool_speaker_stance(attribution_stance(article, target, table, topic_floor))


POOLED_COLUMNS = [
    "speaker", "target", "label", "score", "attributions", "evidence", "cues", "start", "end",
    "text",
]  # fmt: skip


def pool_speaker_stance(rows: pd.DataFrame) -> pd.DataFrame:
    """:func:`speaker_stance` from an :func:`attribution_stance` table."""
    if rows.empty:
        return pd.DataFrame(columns=POOLED_COLUMNS)
    speakers = rows["speaker"].tolist()
    by_start = sort_order(rows["start"].to_numpy())
    pooled = _pool(speakers, rows["attribution"].tolist(), rows["evidence"].tolist(), by_start)
    data: dict = {name: [row[name] for row in pooled] for name in ("speaker", "label", "score")}
    for name in ("attributions", "evidence"):  # lists in cells
        data[name] = typed([row[name] for row in pooled], object)
    data["cues"] = [row["cues"] for row in pooled]
    data["target"] = [rows["target"].iloc[0]] * len(pooled)
    # Provenance: each speaker's row points at their first attribution.
    for name in ("start", "end", "text"):
        values = rows[name].tolist()
        data[name] = typed([values[row["first"]] for row in pooled], rows[name].dtype)
    return pd.DataFrame({name: data[name] for name in POOLED_COLUMNS})


MATRIX_COLUMNS = [
    "speaker", "target", "kind", "label", "score", "evidence_count", "start", "end", "text",
]  # fmt: skip


def stance_matrix(
    article, targets: pd.DataFrame | None = None, table: Table = None
) -> pd.DataFrame:
    """Speakers against the article's main proposals and names, tidy.

    One row per speaker and target: speaker, target, kind, label, score, evidence_count,
    and the start/end/text of the speaker's first attribution.
    The central issue (the targets' ``central`` row; else the first row) is scored with
    :data:`TOPIC_FLOOR` like :func:`speaker_stance`; other targets only from the
    attributions that mention them (floor 0), so an empty cell means the speaker did not
    speak to it (score 0, label neutral, evidence_count 0). A speaker is not read toward
    itself: no cell where the speaker's name contains the target's or the reverse
    (*Rudolph's supporters* on *Rudolph*).
    """
    targets = discussed_targets(article) if targets is None else targets
    rows = attributions(article, table)
    central = (
        targets["central"].astype(bool).tolist()
        if "central" in targets
        else [position == 0 for position in range(len(targets))]
    )
    cells = []
    for target, kind, is_central in zip(
        targets["target"].tolist(), targets["kind"].tolist(), central, strict=True
    ):
        if not len(rows):
            break
        floor = TOPIC_FLOOR if is_central else 0.0
        evidence = [r["evidence"] for r in _readings(article.text, rows, target, floor)]
        for row in _pool(rows.speakers, rows.ids, evidence, rows.by_start):
            if not _names(row["speaker"], target):
                cells.append({**row, "target": target, "kind": kind})
    if not cells:
        return _empty_matrix()
    return _matrix_table(cells, rows.table)


def _matrix_table(cells: list[dict], table: pd.DataFrame) -> pd.DataFrame:
    """The matrix's rows as a table; start/end/text typed as the attributions' columns."""
    data: dict = {name: [cell[name] for cell in cells] for name in MATRIX_COLUMNS[:5]}
    data["evidence_count"] = np.array([len(cell["evidence"]) for cell in cells], dtype="int64")
    for name in ("start", "end", "text"):
        values = table[name].tolist()
        data[name] = typed([values[cell["first"]] for cell in cells], table[name].dtype)
    return pd.DataFrame(data)


def _names(speaker: str, target: str) -> bool:
    """Whether a speaker and a target name each other (one contains the other, any case)."""
    speaker, target = speaker.lower(), target.lower()
    return target in speaker or speaker in target


def _empty_matrix() -> pd.DataFrame:
    types = {"score": "float64", "evidence_count": "int64", "start": "int64", "end": "int64"}
    return pd.DataFrame({c: pd.Series(dtype=types.get(c, object)) for c in MATRIX_COLUMNS})
