"""Stance of every attribution toward the target, and the evidence behind each.

:func:`attribution_stance` reads each attribution's passage with
:func:`analysis.stance.toward.stance_toward` (cached per passage and target);
:func:`no_target_stance` is the empty table when the article has no target;
:func:`evidence_table` lists every cue behind each attribution's label.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from analysis.stance.inputs import Attributions, Table, attributions, typed
from analysis.stance.targets import propose_target
from analysis.stance.toward import MIN_RELEVANCE, stance_toward

#: Relevance lent to every attribution of an article when scoring it toward the article's
#: issue: quotations answer the reporter's question even when they say "this" instead of
#: naming the proposal. The minimum, so the sentences that do name the target weigh more.
TOPIC_FLOOR = MIN_RELEVANCE


STANCE_COLUMNS = [
    "attribution", "speaker", "start", "end", "text", "target", "label", "score", "evidence", "cues",
]  # fmt: skip


def _shift(evidence: list[dict], offset: int) -> list[dict]:
    return [{**e, "start": e["start"] + offset, "end": e["end"] + offset} for e in evidence]


def _cue_words(evidence: list[dict], limit: int = 4) -> str:
    """The words behind a label, strongest first, for tables and chart labels."""
    polar = [e for e in evidence if e["effect"] != "neutral" and e["kind"] != "assertion"]
    chosen = (polar or evidence)[:limit]
    return "; ".join(f"{e['text']} ({e['effect']})" for e in chosen)


@lru_cache(maxsize=8192)
def _passage_stance(passage: str, target: str, topic_floor: float) -> dict:
    """:func:`stance_toward` of one attribution's passage (an attribution is a passage inside
    the article: it has no lead of its own). Kept per process: the stance table and the
    matrix read the same passages toward the central issue. Shared: callers copy the
    evidence (:func:`_shift`) and must not change it."""
    return stance_toward(passage, target, topic_floor, lead_sentences=0)


def _readings(text: str, rows: Attributions, target: str, topic_floor: float) -> list[dict]:
    """Each attribution's label, score and evidence toward ``target`` (offsets into ``text``)."""
    readings = []
    for start, end in rows.passages:
        found = _passage_stance(text[start:end], target, topic_floor)
        readings.append({**found, "evidence": _shift(found["evidence"], start)})
    return readings


def attribution_stance(
    article,
    target: str | None = None,
    table: Table = None,
    topic_floor: float = TOPIC_FLOOR,
) -> pd.DataFrame:
    """One row per attribution: the speaker's stance toward ``target`` in those words.

    ``target`` defaults to :func:`propose_target`. Each attribution's text goes through
    :func:`stance_toward` with ``topic_floor`` (quotations about the article's issue often
    say "this"), together with its reporting cue when the cue is adjacent
    (:attr:`Attributions.passages`); evidence offsets are shifted to point into
    ``article.text``. Columns: attribution, speaker, start, end, text, target, label,
    score, evidence (list of dicts), cues (the words behind the label).
    """
    target = target or propose_target(article)["text"]
    rows = attributions(article, table)
    if target is None:  # no issue to read stances on (propose_target says so)
        return no_target_stance(rows)
    readings = _readings(article.text, rows, target, topic_floor)
    return rows.table[STANCE_COLUMNS[:5]].assign(
        target=target,
        label=[r["label"] for r in readings],
        score=[r["score"] for r in readings],
        evidence=[r["evidence"] for r in readings],
        cues=[_cue_words(r["evidence"]) for r in readings],
    )


def no_target_stance(table: pd.DataFrame | Attributions) -> pd.DataFrame:
    """The :func:`attribution_stance` table when there is no target: its columns, no rows
    (the attribution columns typed as in ``table``)."""
    frame = table.table if isinstance(table, Attributions) else table
    types = {c: frame[c].dtype for c in STANCE_COLUMNS[:5]} | {"score": "float64"}
    return pd.DataFrame(
        {c: typed([], types.get(c, object)) for c in STANCE_COLUMNS}, index=frame.index[:0]
    )


EVIDENCE_COLUMNS = [
    "evidence", "attribution", "speaker", "target", "start", "end", "text", "kind", "effect",
    "weight",
]  # fmt: skip


def evidence_table(rows: pd.DataFrame) -> pd.DataFrame:
    """The evidence of an :func:`attribution_stance` table, long: one row per cue.

    Columns: evidence (id), attribution, speaker, target, start, end, text
    (``article.text[start:end]``), kind, effect, weight; in attribution order, strongest
    cue first within an attribution (the order of the ``evidence`` lists).
    """
    records = [
        (attribution, speaker, target, e["start"], e["end"], e["text"], e["kind"], e["effect"],
         e["weight"])
        for attribution, speaker, target, items in zip(
            rows["attribution"].tolist(), rows["speaker"].tolist(), rows["target"].tolist(),
            rows["evidence"].tolist(), strict=True,
        )
        for e in items
    ]  # fmt: skip
    types = {"attribution": "int64", "start": "int64", "end": "int64", "weight": "float64"}
    if not records:  # no cue: the columns, numbers typed, the rest object
        types["evidence"] = "int64"
        return pd.DataFrame({c: typed([], types.get(c, object)) for c in EVIDENCE_COLUMNS})
    columns = list(zip(*records, strict=True))
    data = {"evidence": np.arange(len(records), dtype="int64")}
    for name, values in zip(EVIDENCE_COLUMNS[1:], columns, strict=True):
        data[name] = np.array(values, dtype=types[name]) if name in types else list(values)
    return pd.DataFrame(data)
