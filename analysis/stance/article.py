"""Stance in an article: per attribution, per speaker, the speaker-by-target matrix, markers and framing.

* :func:`attribution_stance` reads each attribution toward the target with
  :func:`analysis.stance.toward.stance_toward`; :func:`speaker_stance` and
  :func:`pool_speaker_stance` pool each speaker's evidence; :func:`stance_matrix` crosses
  speakers with the main proposals and names (:func:`analysis.stance.targets.discussed_targets`).
* :func:`markers` and :func:`marker_rates`: stance markers per 100 words for each
  speaker's quoted words and for the narration (Biber 1988; Hyland 2005).
* :func:`framing` and :func:`framing_by_speaker`: how each reporting verb frames its speaker.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from analysis.core.schema import NARRATION  # noqa: F401 (re-exported by analysis.stance)
from analysis.stance.inputs import (
    Attributions,
    BodyWords,
    attributions,
    body_words,
    sort_order,
    typed,
)
from analysis.stance.markers import MARKER_LEXICONS, framing_of, match_markers
from analysis.stance.targets import discussed_targets, propose_target
from analysis.stance.toward import MIN_RELEVANCE, label_of, score_evidence, stance_toward

__all__ = [
    "attribution_stance",
    "evidence_table",
    "no_target_stance",
    "count_framing",
    "framing",
    "framing_by_speaker",
    "marker_rates",
    "markers",
    "pool_speaker_stance",
    "speaker_stance",
    "stance_matrix",
]

#: Relevance lent to every attribution of an article when scoring it toward the article's
#: issue: quotations answer the reporter's question even when they say "this" instead of
#: naming the proposal. The minimum, so the sentences that do name the target weigh more.
TOPIC_FLOOR = MIN_RELEVANCE


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

#: Who-said-what tables as given: a DataFrame, or one already read (:func:`attributions`).
Table = pd.DataFrame | Attributions | None


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


MARKER_COLUMNS = ["start", "end", "text", "entry", "lexicon", "category", "sentence"]


def markers(article, table: Table = None, words: BodyWords | None = None) -> pd.DataFrame:
    """One row per stance marker in the article's body, with the voice it is in.

    Columns: start, end, text, entry, lexicon, category, sentence, voice (a speaker
    when the marker is inside one of their attributions, else ``narration``; see
    :meth:`Attributions.voice_of`). ``words`` is :func:`body_words` of the article,
    read when not given.
    """
    rows = attributions(article, table)
    body = body_words(article) if words is None else words
    text = article.text
    hits = [
        {**hit, "sentence": number}
        for number, sentence in body.sentences
        for hit in match_markers(text, sentence, MARKER_LEXICONS)
    ]
    if not hits:  # the empty table, typed as it always was
        return pd.DataFrame(hits, columns=MARKER_COLUMNS).assign(voice=[])
    quoted = dict(zip(body.start, body.in_quote, strict=True))
    found = pd.DataFrame({c: [hit[c] for hit in hits] for c in MARKER_COLUMNS})
    voices = rows.voices_of(
        found["start"].tolist(),
        found["end"].tolist(),
        [quoted.get(h["start"], False) for h in hits],
    )
    return found.assign(voice=pd.Series(voices, index=found.index, dtype=object))


#: The columns of :func:`marker_rates` and their types.
RATE_COLUMNS = {
    "voice": object, "lexicon": object, "markers": "int64", "start": "int64", "end": "int64",
    "words": "int64", "per_100_words": "float64", "text": object,
}  # fmt: skip


def marker_rates(
    article,
    table: Table = None,
    found: pd.DataFrame | None = None,
    words: BodyWords | None = None,
) -> pd.DataFrame:
    """Stance markers per 100 words for each voice and lexicon (Biber 1988 normalises per 1,000;
    news passages are short, so per 100).

    Tidy: voice, lexicon, markers, words, per_100_words = 100 x markers / words. Voices
    are the quoted speakers and ``narration``, most words first; every lexicon of
    :data:`MARKER_LEXICONS` appears for every voice, with 0 when absent. ``start``/``end``
    point at the voice's first marker of that lexicon, else at its first word. ``found``
    is :func:`markers` and ``words`` :func:`body_words` of the same article, computed
    when not given.
    """
    rows = attributions(article, table)
    body = body_words(article) if words is None else words
    if not body.start:  # no word, no voice to count: the table's columns, no rows
        return pd.DataFrame(
            {c: pd.Series(dtype=t) for c, t in RATE_COLUMNS.items()}, columns=list(RATE_COLUMNS)
        )
    first_word: dict[str, tuple[int, int]] = {}
    voices = rows.voices_of(body.start, body.end, body.in_quote)
    word_counts: Counter[str] = Counter(voices)
    for position, voice in enumerate(voices):
        if voice not in first_word:
            first_word[voice] = (body.start[position], body.end[position])
    found = markers(article, rows, body) if found is None else found
    first_marker, marker_counts = _first_markers(found)
    records = []
    for voice, words_in_voice in sorted(word_counts.items(), key=lambda item: -item[1]):
        for lexicon in MARKER_LEXICONS:
            # a lexicon a voice never uses points at that voice's first word instead
            start, end = first_marker.get((voice, lexicon), first_word[voice])
            count = marker_counts[voice, lexicon]
            records.append((voice, lexicon, count, start, end, words_in_voice))
    columns = list(zip(*records, strict=True))
    rates = pd.DataFrame(
        {
            "voice": list(columns[0]),
            "lexicon": list(columns[1]),
            "markers": np.array(columns[2], dtype="int64"),
            "start": np.array(columns[3], dtype="int64"),
            "end": np.array(columns[4], dtype="int64"),
            "words": np.array(columns[5], dtype="int64"),
        }
    )
    return rates.assign(
        per_100_words=100 * rates["markers"] / rates["words"],
        text=[article.text[s:e] for s, e in zip(columns[3], columns[4], strict=True)],
    )


def _first_markers(found: pd.DataFrame) -> tuple[dict, Counter]:
    """(voice, lexicon) -> (start, end) of its first marker in the text, and its count."""
    columns = [found[c].to_numpy() for c in ("voice", "lexicon", "start", "end")]
    first: dict[tuple, tuple[int, int]] = {}
    counts: Counter[tuple] = Counter()
    for i in sort_order(columns[2]) if len(found) else []:
        key = (columns[0][i], columns[1][i])
        counts[key] += 1
        first.setdefault(key, (int(columns[2][i]), int(columns[3][i])))
    return first, counts


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
