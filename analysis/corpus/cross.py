"""Tables across articles: one row per person or body, and voices per outlet and month.

A person quoted in 40 articles is one row of :func:`corpus_speakers`: the articles'
speaker tables are merged on a canonical key of the resolved name (accents, case,
curly apostrophes and a leading "the" do not count), and a one-word name ("Ruiz")
joins the one full name of the corpus that ends with it, the way a surname refers
back to the full name inside an article; with two candidates it stays apart.

The Gender Gap Tracker counts *sources*: a person quoted in three articles is three
sources. :func:`source_gender` counts both those appearances and distinct people,
for the people quoted and those only mentioned. A person's gender is the one most of
their articles tell (each article's own pronouns and titles, never a list of names): a
"she said" in one article tells it for the others. Every aggregate row points at the
first row it sums up (``article``, ``start``, ``end``).
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import pandas as pd

from analysis.core.schema import UNRESOLVED

UNKNOWN = "unknown"
GENDER_GROUPS = {"female": "women", "male": "men"}
KINDS = ("direct", "indirect", "mixed")
#: The tables of :func:`cross_tables`.
CROSS_TABLES = ("corpus_speakers", "share_of_voice", "quote_kinds", "source_gender")


def canonical_key(name: str) -> str:
    """The key speakers merge on: no accents, case, curly apostrophes or leading "the"."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.replace("’", "'").casefold().split())
    return text.removeprefix("the ")


def _merge_surnames(keys: pd.Series, kinds: pd.Series) -> pd.Series:
    """One-word person keys joined to the only multi-word person key ending with that word."""
    people = set(keys[kinds == "person"])
    by_last: dict[str, set[str]] = {}
    for key in people:
        words = key.split()
        if len(words) > 1:
            by_last.setdefault(words[-1], set()).add(key)

    def merged(key: str, kind: str) -> str:
        candidates = by_last.get(key, set()) if kind == "person" and " " not in key else set()
        return next(iter(candidates)) if len(candidates) == 1 else key

    return pd.Series([merged(k, c) for k, c in zip(keys, kinds, strict=True)], index=keys.index)


def with_groups(speakers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Speaker rows with their canonical ``key``, ``outlet`` and ``month`` (resolved speakers only)."""
    rows = speakers[speakers["speaker"].notna() & (speakers["speaker"] != UNRESOLVED)].copy()
    rows["key"] = _merge_surnames(rows["speaker"].map(canonical_key), rows["kind"])
    meta = articles.set_index("article")
    rows["outlet"] = rows["article"].map(meta["outlet"]).fillna(UNKNOWN).astype(str)
    dates = pd.to_datetime(rows["article"].map(meta["date"]), errors="coerce")
    rows["month"] = dates.dt.strftime("%Y-%m").fillna(UNKNOWN)
    # A person's gender, told by the pronouns of one article, holds in the others too.
    rows["corpus_gender"] = rows["key"].map(rows.groupby("key")["gender"].agg(_majority))
    rows["gender_group"] = rows["corpus_gender"].map(GENDER_GROUPS).fillna(UNKNOWN)
    return rows


def _majority(values: pd.Series) -> str | None:
    """The most frequent value; None when there is none or two tie (conflicting evidence)."""
    counts = Counter(v for v in values if isinstance(v, str) and v)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _display_name(names: pd.Series) -> str:
    """The fullest form ("Ana Ruiz" over a merged "Ruiz"), the most written among equals."""
    counts = Counter(names)
    return max(counts, key=lambda name: (len(name.split()), counts[name], len(name), name))


def corpus_speakers(speakers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per person or body across the corpus: articles, outlets, counts, gender."""
    rows = with_groups(speakers, articles)
    records = []
    for key, group in rows.groupby("key", sort=False):
        first = group.iloc[0]
        records.append(
            {
                "speaker": _display_name(group["speaker"]),
                "key": key,
                "kind": _majority(group["kind"]),
                "gender": group["corpus_gender"].iloc[0],
                "articles": sorted(set(group["article"])),
                "outlets": sorted(set(group["outlet"])),
                "n_articles": group["article"].nunique(),
                "n_outlets": group["outlet"].nunique(),
                "quoted_in": int(group.loc[group["attributions"] > 0, "article"].nunique()),
                **{
                    c: int(group[c].sum())
                    for c in ("attributions", *KINDS, "words_quoted", "mentions")
                },
                "aliases": sorted({a for aliases in group["aliases"] for a in (aliases or [])}),
                "article": first["article"],
                "start": first["start"],
                "end": first["end"],
                "text": first["text"],
            }
        )
    table = pd.DataFrame(records)
    if table.empty:
        return table
    order = ["attributions", "n_articles", "mentions", "speaker"]
    return table.sort_values(order, ascending=[False, False, False, True], ignore_index=True)


def _first_pointer(group: pd.DataFrame) -> dict:
    first = group.iloc[0]
    return {"article": first["article"], "start": first["start"], "end": first["end"]}


def share_of_voice(rows: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per outlet or month (``by``) and speaker: attributions, words quoted, share of words."""
    quoted = rows[rows["attributions"] > 0]
    records = []
    for (group, _key), part in quoted.groupby([by, "key"], sort=True):
        records.append(
            {
                "by": by, "group": group, "speaker": _display_name(part["speaker"]),
                "kind": _majority(part["kind"]), "gender": _majority(part["gender"]),
                "articles": part["article"].nunique(),
                "attributions": int(part["attributions"].sum()),
                "words_quoted": int(part["words_quoted"].sum()), **_first_pointer(part),
            }
        )  # fmt: skip
    table = pd.DataFrame(records)
    if table.empty:
        return table
    totals = table.groupby("group")["words_quoted"].transform("sum")
    table.insert(
        8, "share_of_quoted_words", (table["words_quoted"] / totals.where(totals > 0)).fillna(0.0)
    )
    return table.sort_values(["group", "words_quoted"], ascending=[True, False], ignore_index=True)


def quote_kinds(rows: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per outlet or month: direct, indirect and mixed attributions and their shares.

    ``rows`` are the ``articles`` rows (:func:`article_groups`): every attribution counts,
    its speaker resolved or not, since the mix is the outlet's way of writing.
    """
    records = []
    for group, part in rows[rows["attributions"] > 0].groupby(by, sort=True):
        total = int(part["attributions"].sum())
        for kind in KINDS:
            count = int(part[kind].sum())
            share = count / total if total else 0.0
            records.append(
                {
                    "by": by,
                    "group": group,
                    "kind": kind,
                    "attributions": count,
                    "share": share,
                    **_first_pointer(part),
                }
            )
    return pd.DataFrame(records)


def source_gender(rows: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per outlet or month: women, men and unknown among people quoted and only mentioned.

    ``sources`` counts person-article appearances (the Gender Gap Tracker's unit),
    ``people`` distinct people; ``share`` is of ``sources`` within the group and role.
    """
    people = rows[rows["kind"] == "person"].copy()
    people["role"] = people["attributions"].gt(0).map({True: "quoted", False: "mentioned"})
    records = []
    for (group, role), part in people.groupby([by, "role"], sort=True):
        total = len(part)
        for gender in ("women", "men", UNKNOWN):
            chosen = part[part["gender_group"] == gender]
            records.append(
                {
                    "by": by, "group": group, "role": role, "gender": gender,
                    "sources": len(chosen), "people": chosen["key"].nunique(),
                    "share": len(chosen) / total if total else 0.0, **_first_pointer(part),
                }
            )  # fmt: skip
    return pd.DataFrame(records)


def cross_tables(speakers: pd.DataFrame, articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every cross-article table, by name: ``corpus_speakers`` and per outlet and month."""
    rows = with_groups(speakers, articles)
    tables = {"corpus_speakers": corpus_speakers(speakers, articles)}
    for name, function, table in (
        ("share_of_voice", share_of_voice, rows),
        ("quote_kinds", quote_kinds, article_groups(articles)),
        ("source_gender", source_gender, rows),
    ):
        parts = [function(table, by) for by in ("outlet", "month")]
        tables[name] = pd.concat(
            [p for p in parts if not p.empty] or [pd.DataFrame()], ignore_index=True
        )
    return tables


def article_groups(articles: pd.DataFrame) -> pd.DataFrame:
    """The ``articles`` rows with their ``outlet`` and ``month`` ("unknown" when missing)."""
    return articles.assign(
        outlet=articles["outlet"].fillna(UNKNOWN).astype(str),
        month=pd.to_datetime(articles["date"], errors="coerce")
        .dt.strftime("%Y-%m")
        .fillna(UNKNOWN),
    )


def coverage(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet and month, one row each (months without a date are "unknown")."""
    counts = (
        article_groups(articles)
        .groupby(["outlet", "month"])
        .agg(articles=("article", "size"), article=("article", "first"))
    )
    return counts.reset_index()


def speaker_quotes(
    key: str, quotes: pd.DataFrame, speakers: pd.DataFrame, articles: pd.DataFrame
) -> pd.DataFrame:
    """Every attribution of the corpus speaker ``key``, with its article's outlet and date."""
    rows = with_groups(speakers, articles)
    forms = set(map(tuple, rows.loc[rows["key"] == key, ["article", "speaker"]].to_numpy()))
    pairs = pd.Series(
        list(zip(quotes["article"], quotes["speaker"], strict=True)), index=quotes.index
    )
    chosen = quotes[pairs.isin(forms)].copy()
    meta = articles.set_index("article")
    chosen.insert(1, "outlet", chosen["article"].map(meta["outlet"]).fillna(UNKNOWN))
    chosen.insert(2, "date", chosen["article"].map(meta["date"]))
    return chosen.sort_values(["date", "article", "start"], ignore_index=True)
