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

import numpy as np
import pandas as pd

from analysis.core.schema import NARRATION, UNRESOLVED, attributed_to
from analysis.speakers import resolved_quotes
from analysis.stance.markers import MARKER_LEXICONS, framing_of, match_markers, words_of
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


def _attributions(article, table: pd.DataFrame | None) -> pd.DataFrame:
    """The who-said-what table's attributions in body sentences (headings and boilerplate
    are not speech), each with its ``attribution`` id (the table's own, else its row
    number) and a speaker (:data:`UNRESOLVED` when none)."""
    if table is None:
        table = resolved_quotes(article)
    table = table.reset_index(drop=True)
    ids = table["attribution"] if "attribution" in table else pd.Series(range(len(table)))
    table = table.assign(
        attribution=ids.astype("int64"),
        speaker=table["speaker"].fillna(UNRESOLVED).astype(str),
    )
    if "sentence" in table:
        table = table[table["sentence"].isin(article.body_sentences["sentence"])]
    return table.reset_index(drop=True)


def framing(article, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per attribution: its cue, the cue's lemma and framing (:func:`framing_of`).

    Columns: attribution, speaker, start, end, text, cue, cue_start, cue_end, lemma, framing.
    Attributions with no cue (a continued quotation) have framing ``none``.
    """
    rows = _attributions(article, table)
    verbs = rows["cue"].map(framing_of)
    has_cue = rows["cue"].notna()
    return rows[ATTRIBUTION_COLUMNS].assign(
        lemma=[v[0] for v in verbs],
        framing=[v[1] if cue else "none" for v, cue in zip(verbs, has_cue, strict=True)],
    )


def framing_by_speaker(article, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Attributions per speaker and framing, tidy: speaker, framing, attributions, verbs,
    and ``start``/``end``/``text`` of the first cue of that framing (provenance)."""
    return count_framing(framing(article, table), article.text)


def count_framing(frames: pd.DataFrame, text: str | None = None) -> pd.DataFrame:
    """:func:`framing_by_speaker` from a :func:`framing` table (its ``cue`` column gives the text)."""
    frames = frames[frames["framing"] != "none"].sort_values("cue_start")
    grouped = (
        frames.groupby(["speaker", "framing"], as_index=False)
        .agg(
            attributions=("attribution", "size"),
            verbs=("lemma", lambda s: sorted(set(s.dropna()))),
            start=("cue_start", "first"),
            end=("cue_end", "first"),
        )
        .sort_values(["speaker", "attributions"], ascending=[True, False])
        .reset_index(drop=True)
    )
    first_cue = frames.groupby(["speaker", "framing"])["cue"].first()
    cues = [first_cue[(s, f)] for s, f in zip(grouped["speaker"], grouped["framing"], strict=True)]
    return grouped.assign(text=_spans_text(text, grouped) if text is not None else cues)


def _spans_text(text: str, table: pd.DataFrame) -> list[str]:
    return [text[int(s) : int(e)] for s, e in zip(table["start"], table["end"], strict=True)]


def _assign_voice(spans: pd.DataFrame, attributions: pd.DataFrame) -> pd.Series:
    """Whose voice each span is in: the speaker whose attribution contains it, else
    :data:`NARRATION` for the reporter's own words (:mod:`analysis.core.schema`: outside
    quotation marks and no attribution's content), else :data:`UNRESOLVED` (words in
    quotation marks that no attribution gives a speaker). ``spans`` has start, end, in_quote."""
    speaker = attributed_to(spans, attributions)
    unattributed = np.where(spans["in_quote"].astype(bool).to_numpy(), UNRESOLVED, NARRATION)
    return speaker.where(speaker.notna(), pd.Series(unattributed, index=spans.index))


def markers(article, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per stance marker in the article's body, with the voice it is in.

    Columns: start, end, text, entry, lexicon, category, sentence, voice (a speaker
    when the marker is inside one of their attributions, else ``narration``).
    """
    attributions = _attributions(article, table)
    text = article.text
    hits = [
        {**hit, "sentence": row.sentence}
        for row in article.body_sentences.itertuples()
        for hit in match_markers(text, words_of(text, row.start, row.end), MARKER_LEXICONS)
    ]
    columns = ["start", "end", "text", "entry", "lexicon", "category", "sentence"]
    found = pd.DataFrame(hits, columns=columns)
    quoted = dict(zip(article.tokens["start"], article.tokens["in_quote"], strict=True))
    in_quote = found.assign(in_quote=found["start"].map(quoted).fillna(False).astype(bool))
    return found.assign(voice=_assign_voice(in_quote, attributions) if len(found) else [])


#: The columns of :func:`marker_rates` and their types.
RATE_COLUMNS = {
    "voice": object, "lexicon": object, "markers": "int64", "start": "int64", "end": "int64",
    "words": "int64", "per_100_words": "float64", "text": object,
}  # fmt: skip


def marker_rates(
    article, table: pd.DataFrame | None = None, found: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Stance markers per 100 words for each voice and lexicon (Biber 1988 normalises per 1,000;
    news passages are short, so per 100).

    Tidy: voice, lexicon, markers, words, per_100_words = 100 x markers / words. Voices
    are the quoted speakers and ``narration``; every lexicon of :data:`MARKER_LEXICONS`
    appears for every voice, with 0 when absent. ``found`` is :func:`markers` of the same
    article and table, computed when not given.
    """
    attributions = _attributions(article, table)
    words = article.words[["start", "end", "in_quote"]].reset_index(drop=True)
    if words.empty:  # no word, no voice to count: the table's columns, no rows
        return pd.DataFrame(
            {c: pd.Series(dtype=t) for c, t in RATE_COLUMNS.items()}, columns=list(RATE_COLUMNS)
        )
    words = words.assign(voice=_assign_voice(words, attributions).to_numpy())
    word_counts = words["voice"].value_counts().rename("words")
    found = (markers(article, attributions) if found is None else found).sort_values("start")
    counts = found.groupby(["voice", "lexicon"]).agg(
        markers=("start", "size"), start=("start", "first"), end=("end", "first")
    )
    grid = pd.MultiIndex.from_product(
        [word_counts.index, MARKER_LEXICONS], names=["voice", "lexicon"]
    )
    rates = counts.reindex(grid).reset_index()
    # A lexicon a voice never uses points at that voice's first word instead.
    first_word = words.groupby("voice")[["start", "end"]].first()
    missing = rates["markers"].isna()
    if missing.any():  # (an empty selection would be typed as text and refused by int columns)
        rates.loc[missing, "start"] = rates.loc[missing, "voice"].map(first_word["start"])
        rates.loc[missing, "end"] = rates.loc[missing, "voice"].map(first_word["end"])
    rates = rates.fillna({"markers": 0}).astype({"markers": int, "start": int, "end": int})
    rates = rates.merge(word_counts.rename_axis("voice").reset_index(), on="voice")
    rates = rates.assign(per_100_words=100 * rates["markers"] / rates["words"])
    return rates.assign(text=_spans_text(article.text, rates))


STANCE_COLUMNS = [
    "attribution", "speaker", "start", "end", "text", "target", "label", "score", "evidence", "cues",
]  # fmt: skip


def _shift(evidence: list[dict], offset: int) -> list[dict]:
    return [{**e, "start": e["start"] + offset, "end": e["end"] + offset} for e in evidence]


#: A reporting cue this close to its content is read with it: "calls on | NATO to help",
#: "denied | that ...": the verb is part of what the speaker did.
CUE_GAP = 40


def _with_cue(start: int, end: int, cue_start, cue_end) -> tuple[int, int]:
    """The attribution's span, widened to take in its cue when the cue is adjacent."""
    start, end = int(start), int(end)
    if pd.isna(cue_start) or pd.isna(cue_end):
        return start, end
    cue_start, cue_end = int(cue_start), int(cue_end)
    if 0 <= start - cue_end <= CUE_GAP or 0 <= cue_start - end <= CUE_GAP:
        return min(start, cue_start), max(end, cue_end)
    return start, end


def _passages(attributions: pd.DataFrame) -> list[tuple[int, int]]:
    """The span each attribution is read on: its content, with its cue when adjacent."""
    columns = [attributions[c] for c in ("start", "end", "cue_start", "cue_end")]
    return [_with_cue(*row) for row in zip(*columns, strict=True)]


def _cue_words(evidence: list[dict], limit: int = 4) -> str:
    """The words behind a label, strongest first, for tables and chart labels."""
    polar = [e for e in evidence if e["effect"] != "neutral" and e["kind"] != "assertion"]
    chosen = (polar or evidence)[:limit]
    return "; ".join(f"{e['text']} ({e['effect']})" for e in chosen)


def attribution_stance(
    article,
    target: str | None = None,
    table: pd.DataFrame | None = None,
    topic_floor: float = TOPIC_FLOOR,
) -> pd.DataFrame:
    """One row per attribution: the speaker's stance toward ``target`` in those words.

    ``target`` defaults to :func:`propose_target`. Each attribution's text goes through
    :func:`stance_toward` with ``topic_floor`` (quotations about the article's issue often
    say "this"), together with its reporting cue when the cue is adjacent (:func:`_with_cue`);
    evidence offsets are shifted to point into ``article.text``. Columns:
    attribution, speaker, start, end, text, target, label, score, evidence (list of
    dicts), cues (the words behind the label).
    """
    target = target or propose_target(article)["text"]
    attributions = _attributions(article, table)
    if target is None:  # no issue to read stances on (propose_target says so)
        return no_target_stance(attributions)
    return _read_toward(article.text, attributions, _passages(attributions), target, topic_floor)


def no_target_stance(attributions: pd.DataFrame) -> pd.DataFrame:
    """The :func:`attribution_stance` table when there is no target: its columns, no rows."""
    empty = attributions.iloc[0:0]
    return empty.assign(
        target=pd.Series(dtype=object),
        label=pd.Series(dtype=object),
        score=pd.Series(dtype="float64"),
        evidence=pd.Series(dtype=object),
        cues=pd.Series(dtype=object),
    )[STANCE_COLUMNS]


def _read_toward(
    text: str,
    attributions: pd.DataFrame,
    spans: list[tuple[int, int]],
    target: str,
    topic_floor: float,
) -> pd.DataFrame:
    """:func:`attribution_stance` of attributions already read into their spans."""
    # an attribution is a passage inside the article: it has no lead of its own
    results = [
        stance_toward(text[start:end], target, topic_floor, lead_sentences=0)
        for start, end in spans
    ]
    evidence = [_shift(r["evidence"], start) for r, (start, _) in zip(results, spans, strict=True)]
    return attributions.assign(
        target=target,
        label=[r["label"] for r in results],
        score=[r["score"] for r in results],
        evidence=evidence,
        cues=[_cue_words(e) for e in evidence],
    )[STANCE_COLUMNS]


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
            rows["attribution"], rows["speaker"], rows["target"], rows["evidence"], strict=True
        )
        for e in items
    ]  # fmt: skip
    table = pd.DataFrame(records, columns=EVIDENCE_COLUMNS[1:])
    table.insert(0, "evidence", range(len(table)))
    return table.astype(
        {"evidence": "int64", "attribution": "int64", "start": "int64", "end": "int64",
         "weight": "float64"}
    )  # fmt: skip


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


def speaker_stance(
    article,
    target: str | None = None,
    table: pd.DataFrame | None = None,
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


def pool_speaker_stance(rows: pd.DataFrame) -> pd.DataFrame:
    """:func:`speaker_stance` from an :func:`attribution_stance` table."""
    if rows.empty:
        return pd.DataFrame(
            columns=["speaker", "target", "label", "score", "attributions", "evidence", "cues",
                     "start", "end", "text"]
        )  # fmt: skip
    # Plain Python, one pass: the matrix pools every speaker once per target.
    ids: dict[str, list[int]] = {}
    items: dict[str, list[dict]] = {}
    for speaker, attribution, evidence in zip(
        rows["speaker"], rows["attribution"], rows["evidence"], strict=True
    ):
        ids.setdefault(speaker, []).append(int(attribution))
        items.setdefault(speaker, []).extend(evidence)
    pooled = pd.DataFrame([_pooled(name, ids[name], items[name]) for name in sorted(ids)])
    pooled.insert(1, "target", rows["target"].iloc[0])
    # Provenance: each speaker's row points at their first attribution.
    first = rows.sort_values("start").groupby("speaker")[["start", "end", "text"]].first()
    pooled = pooled.join(first, on="speaker")
    return pooled.sort_values("score").reset_index(drop=True)


MATRIX_COLUMNS = [
    "speaker", "target", "kind", "label", "score", "evidence_count", "start", "end", "text",
]  # fmt: skip


def stance_matrix(
    article, targets: pd.DataFrame | None = None, table: pd.DataFrame | None = None
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
    attributions = _attributions(article, table)
    spans = _passages(attributions)  # read once, toward every target
    central = (
        targets["central"].astype(bool).tolist()
        if "central" in targets
        else [position == 0 for position in range(len(targets))]
    )
    cells = [_empty_matrix()]
    for row, is_central in zip(targets.itertuples(), central, strict=True):
        floor = TOPIC_FLOOR if is_central else 0.0
        rows = _read_toward(article.text, attributions, spans, row.target, floor)
        per_speaker = pool_speaker_stance(rows)
        itself = [_names(speaker, row.target) for speaker in per_speaker["speaker"]]
        per_speaker = per_speaker[~pd.Series(itself, index=per_speaker.index, dtype=bool)]
        cells.append(
            per_speaker.assign(kind=row.kind, evidence_count=per_speaker["evidence"].map(len))[
                MATRIX_COLUMNS
            ]
        )
    cells = [c for c in cells if len(c)] or cells[:1]
    return pd.concat(cells, ignore_index=True)


def _names(speaker: str, target: str) -> bool:
    """Whether a speaker and a target name each other (one contains the other, any case)."""
    speaker, target = speaker.lower(), target.lower()
    return target in speaker or speaker in target


def _empty_matrix() -> pd.DataFrame:
    types = {"score": "float64", "evidence_count": "int64", "start": "int64", "end": "int64"}
    return pd.DataFrame({c: pd.Series(dtype=types.get(c, object)) for c in MATRIX_COLUMNS})
