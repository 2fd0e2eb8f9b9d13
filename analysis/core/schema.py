"""Table conventions shared by every stage: the unresolved-speaker constant, the offset contract,
and the one definition of the voices (quotation, paraphrase, narration)."""

from __future__ import annotations

import numpy as np
import pandas as pd

#: The speaker of an attribution whose source could not be resolved to anyone.
UNRESOLVED = "(unresolved)"


def offsets_round_trip(text: str, table: pd.DataFrame, text_column: str = "text") -> list[int]:
    """Row positions whose ``text`` is not ``text[start:end]`` (empty when the contract holds)."""
    bad = []
    for i, (start, end, value) in enumerate(
        table[["start", "end", text_column]].itertuples(index=False)
    ):
        if pd.isna(start) or text[int(start) : int(end)] != value:
            bad.append(i)
    return bad


# ----------------------------------------------------------------------------- voices
# One definition of who is speaking, used by sentiment, stance and readability alike.

#: Words inside quotation marks: a speaker's own words.
QUOTATION = "quotation"
#: Words outside quotation marks inside an attribution's content: the reporter's
#: rendering of what a speaker said (indirect speech, "She said the plan would fail").
PARAPHRASE = "paraphrase"
#: The reporter's own words: outside quotation marks and inside no attribution's content.
NARRATION = "narration"
VOICES: tuple[str, ...] = (QUOTATION, PARAPHRASE, NARRATION)
#: A sentence speaks in quotation when at least this share of its words is quoted.
QUOTED_SENTENCE_SHARE = 0.5


def attributed_to(spans: pd.DataFrame, attributions: pd.DataFrame) -> pd.Series:
    """The ``speaker`` of the attribution whose content contains each span, else missing.

    ``spans`` and ``attributions`` have ``start`` and ``end``; ``attributions`` also
    ``speaker``. A span is inside the attribution that starts nearest before it when it
    ends by that attribution's end. The result has the index of ``spans``.
    """
    if spans.empty or attributions.empty:
        return pd.Series([None] * len(spans), index=spans.index, dtype=object)
    ordered = spans[["start", "end"]].reset_index(drop=True).assign(_order=range(len(spans)))
    inside = pd.merge_asof(
        ordered.astype({"start": "int64", "end": "int64"}).sort_values("start"),
        attributions[["start", "end", "speaker"]]
        .astype({"start": "int64", "end": "int64"})
        .rename(columns={"start": "a_start", "end": "a_end"})
        .sort_values("a_start"),
        left_on="start",
        right_on="a_start",
        direction="backward",
    )
    speaker = inside["speaker"].where(inside["end"] <= inside["a_end"])
    speaker = speaker.astype(object).where(speaker.notna(), None)
    return speaker.set_axis(inside["_order"]).sort_index().set_axis(spans.index)


def word_voices(words: pd.DataFrame, attributions: pd.DataFrame) -> pd.Series:
    """The voice of each word (:data:`QUOTATION`, :data:`PARAPHRASE` or :data:`NARRATION`).

    ``words`` has ``start``, ``end`` and ``in_quote`` (the article's word table).
    """
    attributed = attributed_to(words, attributions).notna().to_numpy()
    in_quote = words["in_quote"].astype(bool).to_numpy()
    voice = np.where(in_quote, QUOTATION, np.where(attributed, PARAPHRASE, NARRATION))
    return pd.Series(voice, index=words.index, dtype=object)


def sentence_voices(quote_share: pd.Series, attributed: pd.Series) -> pd.Series:
    """The voice of each sentence: :data:`QUOTATION` when at least
    :data:`QUOTED_SENTENCE_SHARE` of its words are quoted, else :data:`PARAPHRASE` when an
    attribution covers part of it (``attributed`` true), else :data:`NARRATION`."""
    quoted = quote_share.to_numpy() >= QUOTED_SENTENCE_SHARE
    voice = np.where(quoted, QUOTATION, np.where(attributed.to_numpy(), PARAPHRASE, NARRATION))
    return pd.Series(voice, index=quote_share.index, dtype=object)
