"""What an article's stance is about: its proposals, its central issue and its most discussed names.

* :func:`proposals`: phrases ``X to <verb> ...`` (*NATO to play a greater role*), with
  how many body sentences come back to them;
* :func:`propose_target`: the central issue, the most discussed proposal;
* :func:`entities` and :func:`discussed_targets`: the targets of the stance matrix.

Word lists (wanting verbs, phrase breaks, function words) come from :mod:`analysis.lexicons`.
"""

from __future__ import annotations

import math

import pandas as pd

from analysis import lexicons
from analysis.stance.markers import STOPWORDS, _normalize, reporting_verbs, stem_terms

__all__ = ["discussed_targets", "entities", "propose_target", "proposals"]


def _proposal_words(category: str) -> frozenset[str]:
    return frozenset(
        row["entry"] for row in lexicons.rows("proposal_cues") if row["category"] == category
    )


# An object-control or wanting verb before "X to <verb>" makes X the subject of a proposal
# ("wants NATO to play", "ask allies to spend"); these join the reporting verbs' forms.
_PROPOSAL_VERBS = _proposal_words("wanting_verb")
# Words that end a proposal phrase: a new clause or an adjunct starts there.
_PHRASE_BREAKS = _proposal_words("phrase_break")

MAX_PROPOSAL_WORDS = 8  # after "to": enough for "play a greater role in the region"


def _body_words(article) -> pd.DataFrame:
    """Word tokens of body sentences with their stem ('' for a function word)."""
    words = article.words[["token", "sentence", "start", "end", "text", "lower"]]
    stems = [next(iter(stem_terms([_normalize(w)])), "") for w in words["lower"]]
    return words.assign(stem=stems)


def _proposal_candidates(article, words: pd.DataFrame) -> list[dict]:
    """Phrases ``X to <verb> ...``: a proposal's subject, its verb and what follows.

    X is a capitalised word not opening its sentence (*NATO*) or the object of a
    wanting, asking or urging verb (*ask allies to*); the phrase stops at punctuation, at
    a word that opens a new clause or adjunct, or after :data:`MAX_PROPOSAL_WORDS` words.
    """
    text = article.text
    control = set(reporting_verbs()["form"]) | _PROPOSAL_VERBS
    out = []
    for _, sentence in words.groupby("sentence", sort=True):
        rows = sentence.reset_index(drop=True)
        lower, raw = rows["lower"].tolist(), rows["text"].tolist()
        for k in range(1, len(rows) - 1):
            verb = lower[k + 1]
            if (
                lower[k] != "to"
                or not verb.isalpha()
                or verb in STOPWORDS
                or not raw[k + 1].islower()
            ):
                continue
            subject_ok = (raw[k - 1][:1].isupper() and k - 1 > 0) or (
                k >= 2 and lower[k - 2] in control
            )
            if not subject_ok or lower[k - 1] in STOPWORDS:
                continue
            last = k + 1
            while last + 1 < len(rows) and last + 1 - k <= MAX_PROPOSAL_WORDS:
                nxt = last + 1
                between = text[rows.at[last, "end"] : rows.at[nxt, "start"]]
                if between.strip() or lower[nxt] in _PHRASE_BREAKS:
                    break
                last = nxt
            out.append({"first": k - 1, "last": last, "rows": rows})
    return out


def _mentions(stems: set[str], words: pd.DataFrame) -> int:
    """Body sentences holding at least 60% (and at least two) of the phrase's content stems."""
    if not stems:
        return 0
    need = max(2, math.ceil(0.6 * len(stems)))
    per_sentence = words[words["stem"].isin(stems)].groupby("sentence")["stem"].nunique()
    return int((per_sentence >= need).sum())


def proposals(article) -> pd.DataFrame:
    """Proposals the article discusses, most discussed first.

    One row per distinct phrase ``X to <verb> ...`` (:func:`_proposal_candidates`):
    text, start, end (offsets of the phrase), sentence, mentions (body sentences that
    share most of its content words, :func:`_mentions`). Trailing words that occur in no
    other sentence are trimmed, so the phrase keeps what the article keeps coming back to.
    """
    words = _body_words(article)
    document_frequency = words.groupby("stem")["sentence"].nunique()
    rows = []
    for cand in _proposal_candidates(article, words):
        span = cand["rows"].iloc[cand["first"] : cand["last"] + 1]
        # trim trailing words the article never repeats ("... outside Baghdad")
        keep = len(span)
        while keep > 3 and (
            span["stem"].iloc[keep - 1] == ""
            or document_frequency.get(span["stem"].iloc[keep - 1], 0) < 2
        ):
            keep -= 1
        span = span.iloc[:keep]
        stems = set(span["stem"]) - {""}
        start, end = int(span["start"].iloc[0]), int(span["end"].iloc[-1])
        rows.append(
            {
                "text": article.text[start:end],
                "start": start,
                "end": end,
                "sentence": int(span["sentence"].iloc[0]),
                "mentions": _mentions(stems, words),
                "stems": stems,
            }
        )
    table = pd.DataFrame(rows, columns=["text", "start", "end", "sentence", "mentions", "stems"])
    table = table.sort_values(["mentions", "start"], ascending=[False, True]).reset_index(drop=True)
    return table[~_repeats(table["stems"])].drop(columns="stems").reset_index(drop=True)


def _repeats(stem_sets: pd.Series) -> pd.Series:
    """True for a phrase sharing 60% of its content stems with a phrase ranked above it
    (the same proposal said again: "... in the region", "... in a country")."""
    kept: list[set[str]] = []
    flags = []
    for stems in stem_sets:
        same = any(len(stems & other) >= 0.6 * min(len(stems), len(other)) for other in kept)
        flags.append(same)
        if not same:
            kept.append(stems)
    return pd.Series(flags, index=stem_sets.index, dtype=bool)


def propose_target(article, found: pd.DataFrame | None = None) -> dict:
    """The article's central issue, as a span of its text: its most discussed proposal.

    The proposal with the most :func:`_mentions` wins, the earliest on a tie (the lead
    comes first). With no ``X to <verb>`` proposal mentioned twice, the first body
    sentence (the news lead) stands in. Returns text, start, end, sentence, mentions, method.
    ``found`` is :func:`proposals` of the article, computed when not given.
    """
    found = proposals(article) if found is None else found
    if len(found) and found["mentions"].iloc[0] >= 2:
        return {**found.iloc[0].to_dict(), "method": "most discussed proposal"}
    lead = article.body_sentences.iloc[0]
    return {
        "text": lead["text"],
        "start": int(lead["start"]),
        "end": int(lead["end"]),
        "sentence": int(lead["sentence"]),
        "mentions": 1,
        "method": "lead sentence",
    }


def entities(article, top: int = 4, min_mentions: int = 3) -> pd.DataFrame:
    """The most mentioned names in the body: runs of capitalised words not opening a sentence.

    One row per name, most mentioned first: text, start, end (first mention), mentions.
    A word opening its sentence counts only when the same word is capitalised elsewhere
    mid-sentence, so "But" and "The" never become names.
    """
    words = article.words[["sentence", "start", "end", "text"]].reset_index(drop=True)
    opens = words["sentence"].ne(words["sentence"].shift())
    capital = words["text"].str[:1].str.isupper() & words["text"].str.isalpha()
    mid_names = set(words.loc[capital & ~opens, "text"])
    is_name = capital & (~opens | words["text"].isin(mid_names))
    gap = [
        article.text[a:b]
        for a, b in zip(words["end"].shift(fill_value=0).astype(int), words["start"], strict=True)
    ]
    continues = (
        is_name & is_name.shift(fill_value=False) & pd.Series([g == " " for g in gap]) & ~opens
    )
    run = (~continues).cumsum()
    runs = (
        words[is_name]
        .assign(run=run[is_name])
        .groupby("run")
        .agg(start=("start", "first"), end=("end", "last"))
    )
    runs["text"] = [article.text[a:b] for a, b in zip(runs["start"], runs["end"], strict=True)]
    return (
        runs.groupby("text", as_index=False)
        .agg(start=("start", "first"), end=("end", "first"), mentions=("start", "size"))
        .query("mentions >= @min_mentions")
        .sort_values(["mentions", "start"], ascending=[False, True])
        .head(top)
        .reset_index(drop=True)
    )


def discussed_targets(
    article,
    proposals_top: int = 2,
    entities_top: int = 4,
    found: pd.DataFrame | None = None,
    central: dict | None = None,
) -> pd.DataFrame:
    """Targets for the stance matrix: the main proposals and the most mentioned names.

    One row per target: target, kind (``proposal``/``entity``), start, end, mentions. The
    central issue (``central``, else :func:`propose_target`) comes first; ``found`` is
    :func:`proposals` of the article, computed when not given.
    """
    found = proposals(article) if found is None else found
    central = propose_target(article, found) if central is None else central
    found = found[(found["mentions"] >= 3) & (found["text"] != central["text"])]
    rows = [pd.DataFrame([central]).assign(kind="proposal")]
    rows.append(found.head(proposals_top - 1).assign(kind="proposal"))
    rows.append(entities(article, top=entities_top).assign(kind="entity"))
    table = pd.concat(rows, ignore_index=True).rename(columns={"text": "target"})
    return table[["target", "kind", "start", "end", "mentions"]]
