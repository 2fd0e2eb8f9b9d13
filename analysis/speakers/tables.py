"""Tables of speakers: one row per mention, one row per person or body, one per attribution."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.speakers.entities import Entities, find_entities
from analysis.speakers.lexicon import descriptor_words, lexicons
from analysis.speakers.pronouns import pronoun_tokens, resolve_pronoun
from analysis.speakers.resolve import resolved_quotes

MENTION_COLUMNS = [
    "start", "end", "text", "entity", "kind", "form", "sentence", "paragraph", "in_quote",
]  # fmt: skip
SPEAKER_COLUMNS = [
    "speaker", "aliases", "role", "affiliation", "kind", "gender", "attributions", "direct", "indirect",
    "mixed", "words_quoted", "share_of_quoted_words", "mentions", "start", "end", "text",
]  # fmt: skip

# Lappin & Leass (1994) salience weights: recency 100, subject emphasis 80, head noun


def mentions(article, entities: Entities | None = None) -> pd.DataFrame:
    """One row per mention of a person or body, in text order.

    Columns: ``start``, ``end``, ``text`` (``article.text[start:end]``), ``entity``
    (canonical name), ``kind`` (person/body), ``form`` (name, title, descriptor, body,
    pronoun), ``sentence``, ``paragraph``, ``in_quote``. Third-person pronouns of the
    narration are included when they resolve to someone.
    """
    result = entities if entities is not None else find_entities(article)
    entities = result.entities
    rows = [
        (m.start, m.end, m.entity, m.form, m.sentence, m.paragraph, m.in_quote)
        for m in result.mentions
    ]
    lex = lexicons()
    for p in pronoun_tokens(article, lex):
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
    table = pd.DataFrame(
        rows, columns=["start", "end", "entity_id", "form", "sentence", "paragraph", "in_quote"]
    )
    table["text"] = [article.text[s:e] for s, e in zip(table["start"], table["end"], strict=True)]
    table["entity"] = table["entity_id"].map(entities["name"])
    table["kind"] = table["entity_id"].map(entities["kind"])
    table = table[table["kind"].notna()]
    table = table.sort_values("start", kind="stable").reset_index(drop=True)
    return table[MENTION_COLUMNS]


def quoted_words(article, table: pd.DataFrame) -> pd.Series:
    """Words (word and number tokens) inside each row's content, aligned to ``table.index``.

    The content is the row's ``fragments`` when given (an interrupted quotation without
    its "he said"), else ``start``..``end``; a token counts when it starts inside.
    """
    if table.empty:
        return pd.Series(0, index=table.index, dtype=int, name="words_quoted")
    spans = pd.DataFrame(
        {
            "row": table.index,
            "span": [
                list(f) if isinstance(f, list | tuple) and len(f) else [(s, e)]
                for f, s, e in zip(
                    table.get("fragments", pd.Series(None, index=table.index)),
                    table["start"],
                    table["end"],
                    strict=True,
                )
            ],
        }
    ).explode("span")
    words = article.tokens.loc[article.tokens["kind"].isin(["word", "number"]), "start"]
    starts = np.sort(words.to_numpy())
    lo = np.searchsorted(starts, [int(s) for s, _ in spans["span"]], side="left")
    hi = np.searchsorted(starts, [int(e) for _, e in spans["span"]], side="left")
    counts = pd.Series(hi - lo, index=spans["row"].to_numpy()).groupby(level=0).sum()
    return counts.reindex(table.index, fill_value=0).rename("words_quoted")


def _descriptor_kind(label: str) -> str:
    """person (a role noun or a name), body (a body noun) or other ("the report", "a poll")."""
    lex = lexicons()
    words = descriptor_words(label)
    if words and words[-1] in lex.body_nouns:
        return "body"
    if words and (words[-1] in lex.role_nouns or (words[-1],) in lex.titles):
        return "person"
    return "person" if any(w[:1].isupper() for w in label.split()[1:] or label.split()) else "other"


def speaker_table(
    article,
    table: pd.DataFrame | None = None,
    entities: Entities | None = None,
    mention_table: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per person or body: who is quoted, how much, and who is only mentioned.

    Columns: ``speaker`` (canonical name), ``aliases`` (every way the text names them,
    speaker descriptors included), ``role`` (appositives and titles), ``affiliation``
    (the bodies those roles name), ``kind``
    (person, body, or other for a source that is neither, such as "the report"), ``gender`` (when the text shows it), ``attributions``, ``direct``,
    ``indirect``, ``mixed`` (counts by kind), ``words_quoted``,
    ``share_of_quoted_words`` (words_quoted / all quoted words), ``mentions`` (times
    named or referred to in the text), ``start``, ``end`` and ``text`` (the first
    mention, as written). People and bodies never quoted have 0
    attributions. ``table`` defaults to :func:`analysis.attribution.extract` of the article.
    """
    model = entities if entities is not None else find_entities(article)
    if table is None:
        table = resolved_quotes(article, entities=model)
    if mention_table is None:
        mention_table = mentions(article, model)
    entities = model.entities.drop_duplicates("name").set_index("name")
    quoted = table.assign(
        words_quoted=quoted_words(article, table), speaker=table["speaker"].astype(object)
    )
    quoted = quoted[quoted["speaker"].notna()]
    per = quoted.groupby("speaker").agg(
        attributions=("start", "size"), words_quoted=("words_quoted", "sum")
    )
    kinds = pd.crosstab(quoted["speaker"], quoted["kind"]).reindex(
        columns=["direct", "indirect", "mixed"], fill_value=0
    )
    first = quoted.sort_values("start").groupby("speaker").first()
    written = (
        quoted.loc[
            ~quoted["speaker_mention"].fillna("").str.lower().isin(lexicons().pronouns),
            ["speaker", "speaker_mention"],
        ]
        .dropna()
        .groupby("speaker")["speaker_mention"]
        .agg(lambda s: list(dict.fromkeys(" ".join(m.split()) for m in s)))
    )
    known = entities["kind"].notna() | entities.index.isin(per.index)
    out = entities[known].join(per.join(kinds), how="outer")
    unknown = out["kind"].isna()
    out.loc[unknown, "kind"] = [_descriptor_kind(n) for n in out.index[unknown]]
    out.loc[unknown, "role"] = ""
    out.loc[unknown, "affiliation"] = ""
    # a descriptor speaker ("Canada's foreign minister") can come before the name
    spoken = (
        first.reindex(columns=["speaker_start", "speaker_end"]).reindex(out.index).astype("Float64")
    )
    out[["first_start", "first_end"]] = out[["first_start", "first_end"]].astype("Float64")
    earlier = (
        spoken["speaker_start"].lt(out["first_start"]).fillna(False) | out["first_start"].isna()
    )
    out.loc[earlier, "first_start"] = spoken.loc[earlier, "speaker_start"]
    out.loc[earlier, "first_end"] = spoken.loc[earlier, "speaker_end"]
    out[["first_start", "first_end"]] = out[["first_start", "first_end"]].round().astype("Int64")
    out["aliases"] = [
        list(dict.fromkeys((a if isinstance(a, list) else []) + written.get(name, [])))
        for name, a in zip(out.index, out["aliases"], strict=True)
    ]
    counts = mention_table.groupby("entity").size().rename("mentions")
    out["mentions"] = counts.reindex(out.index).fillna(0)
    counts = ["attributions", "direct", "indirect", "mixed", "words_quoted", "mentions"]
    out[counts] = out[counts].fillna(0).astype(int)
    total = out["words_quoted"].sum()
    out["share_of_quoted_words"] = out["words_quoted"] / total if total else 0.0
    out = out.rename_axis("speaker").reset_index()
    out["gender"] = out["gender"].astype(object).where(out["gender"].notna(), None)
    out = out.sort_values(
        ["attributions", "words_quoted", "first_start"], ascending=[False, False, True]
    )
    # Provenance: each speaker's row points at their first mention, as written.
    out = out.rename(columns={"first_start": "start", "first_end": "end"})
    out["text"] = [
        article.text[int(s) : int(e)] if pd.notna(s) else None
        for s, e in zip(out["start"], out["end"], strict=True)
    ]
    return out.reset_index(drop=True)[SPEAKER_COLUMNS]


# --------------------------------------------------------------------------- summaries


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
