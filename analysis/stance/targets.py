"""What an article's stance is about: its proposals, its central issue and its most discussed names.

* :func:`proposals`: phrases ``X to <verb> ...`` (*NATO to play a greater role*), with
  how many body sentences come back to them;
* :func:`propose_target`: the central issue, the most discussed proposal;
* :func:`entities` and :func:`discussed_targets`: the targets of the stance matrix.

Word lists (wanting verbs, phrase breaks, function words) come from :mod:`analysis.lexicons`.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from analysis import lexicons
from analysis.stance.inputs import BodyWords, body_words, typed
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


class _BodyWord(NamedTuple):
    sentence: int
    start: int
    end: int
    text: str
    lower: str

    @property
    def stem(self) -> str:
        """The word's content stem ('' for a function word). Stemmed only when asked for:
        an article with no proposal phrase needs no stem (stemming new words was most of
        this stage's time)."""
        return _stem_of(self.lower)


def _body_words(article, words: BodyWords | None = None) -> list[_BodyWord]:
    """Word tokens of body sentences, in text order."""
    words = body_words(article) if words is None else words
    columns = [words.sentence, words.start, words.end, words.text, words.lower]
    return [
        _BodyWord(int(sentence), int(start), int(end), text, lower)
        for sentence, start, end, text, lower in zip(*columns, strict=True)
    ]


@lru_cache(maxsize=65536)
def _stem_of(lower: str) -> str:
    return next(iter(stem_terms([_normalize(lower)])), "")


def _by_sentence(words: list[_BodyWord]) -> list[list[_BodyWord]]:
    """The words grouped by sentence, sentences in number order, words in text order."""
    groups: dict[int, list[_BodyWord]] = {}
    for word in words:
        groups.setdefault(word.sentence, []).append(word)
    return [groups[number] for number in sorted(groups)]


@cache
def _control_verbs() -> frozenset[str]:
    """Verbs whose object can be a proposal's subject: every reporting-verb form and the
    wanting verbs (read once per process)."""
    return frozenset(reporting_verbs()["form"]) | _PROPOSAL_VERBS


def _proposal_candidates(article, words: list[_BodyWord]) -> list[list[_BodyWord]]:
    """Phrases ``X to <verb> ...``: a proposal's subject, its verb and what follows.

    X is a capitalised word not opening its sentence (*NATO*) or the object of a
    wanting, asking or urging verb (*ask allies to*); the phrase stops at punctuation, at
    a word that opens a new clause or adjunct, or after :data:`MAX_PROPOSAL_WORDS` words.
    """
    text = article.text
    control = _control_verbs()
    out = []
    for rows in _by_sentence(words):
        lower, raw = [w.lower for w in rows], [w.text for w in rows]
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
                between = text[rows[last].end : rows[nxt].start]
                if between.strip() or lower[nxt] in _PHRASE_BREAKS:
                    break
                last = nxt
            out.append(rows[k - 1 : last + 1])
    return out


def _sentences_of_stems(words: list[_BodyWord]) -> dict[str, set[int]]:
    """For each content stem, the body sentences it occurs in."""
    index: dict[str, set[int]] = {}
    for word in words:
        if word.stem:
            index.setdefault(word.stem, set()).add(word.sentence)
    return index


def _mentions(stems: set[str], sentences_of: dict[str, set[int]]) -> int:
    """Body sentences holding at least 60% (and at least two) of the phrase's content stems."""
    if not stems:
        return 0
    need = max(2, math.ceil(0.6 * len(stems)))
    shared = Counter(s for stem in stems for s in sentences_of.get(stem, ()))
    return sum(1 for count in shared.values() if count >= need)


def proposals(article, words: BodyWords | None = None) -> pd.DataFrame:
    """Proposals the article discusses, most discussed first.

    One row per distinct phrase ``X to <verb> ...`` (:func:`_proposal_candidates`):
    text, start, end (offsets of the phrase), sentence, mentions (body sentences that
    share most of its content words, :func:`_mentions`). Trailing words that occur in no
    other sentence are trimmed, so the phrase keeps what the article keeps coming back to.
    ``words`` is :func:`analysis.stance.inputs.body_words` of the article, read when not given.
    """
    words = _body_words(article, words)
    candidates = _proposal_candidates(article, words)
    sentences_of = _sentences_of_stems(words) if candidates else {}
    rows = []
    for span in candidates:
        # trim trailing words the article never repeats ("... outside Baghdad")
        keep = len(span)
        while keep > 3 and (
            span[keep - 1].stem == "" or len(sentences_of.get(span[keep - 1].stem, ())) < 2
        ):
            keep -= 1
        span = span[:keep]
        stems = {w.stem for w in span} - {""}
        start, end = span[0].start, span[-1].end
        rows.append(
            {
                "text": article.text[start:end],
                "start": start,
                "end": end,
                "sentence": span[0].sentence,
                "mentions": _mentions(stems, sentences_of),
                "stems": stems,
            }
        )
    rows.sort(key=lambda row: (-row["mentions"], row["start"]))  # stable, as pandas' lexsort
    rows = [
        row
        for row, same in zip(rows, _repeats([r["stems"] for r in rows]), strict=True)
        if not same
    ]
    if not rows:  # the empty table, typed as it always was
        return pd.DataFrame(rows, columns=PROPOSAL_COLUMNS)
    return pd.DataFrame({c: [row[c] for row in rows] for c in PROPOSAL_COLUMNS})


PROPOSAL_COLUMNS = ["text", "start", "end", "sentence", "mentions"]


def _repeats(stem_sets: list[set[str]]) -> list[bool]:
    """True for a phrase sharing 60% of its content stems with a phrase ranked above it
    (the same proposal said again: "... in the region", "... in a country")."""
    kept: list[set[str]] = []
    flags = []
    for stems in stem_sets:
        same = any(len(stems & other) >= 0.6 * min(len(stems), len(other)) for other in kept)
        flags.append(same)
        if not same:
            kept.append(stems)
    return flags


#: What :func:`propose_target` says when the article has no proposal to read stances on.
NO_TARGET: dict = {
    "text": None, "start": None, "end": None, "sentence": None, "mentions": 0, "method": "none",
}  # fmt: skip


def propose_target(article, found: pd.DataFrame | None = None) -> dict:
    """The article's central issue, as a span of its text: its most discussed proposal.

    The proposal with the most :func:`_mentions` wins, the earliest on a tie (the lead
    comes first). Returns text, start, end, sentence, mentions, method. With no
    ``X to <verb>`` proposal mentioned twice there is no issue to read stances on, and it
    says so: :data:`NO_TARGET` (text None, method ``"none"``); the reader names one
    (``TARGET`` in notebook 04). The lead sentence does not stand in: a stance toward a
    whole sentence is not a stance on an issue. ``found`` is :func:`proposals` of the
    article, computed when not given.
    """
    found = proposals(article) if found is None else found
    if len(found) and found["mentions"].iloc[0] >= 2:
        return {**found.iloc[0].to_dict(), "method": "most discussed proposal"}
    return dict(NO_TARGET)


#: Entity kinds a stance can be about: people and bodies (:func:`analysis.speakers.mentions`),
#: never places, pronouns or words that only look like names.
TARGET_KINDS = ("person", "body")


def entities(mentions: pd.DataFrame, top: int = 4, min_mentions: int = 3) -> pd.DataFrame:
    """The most mentioned people and bodies: one row per entity of :data:`TARGET_KINDS`
    named at least ``min_mentions`` times (pronouns not counted), most mentioned first.

    ``mentions`` is :func:`analysis.speakers.mentions` of the article. Columns: text (the
    entity's canonical name), start, end (its first mention), mentions.
    """
    columns = {c: mentions[c].tolist() for c in ("entity", "kind", "form", "start", "end")}
    named = [
        i
        for i, (kind, form) in enumerate(zip(columns["kind"], columns["form"], strict=True))
        if kind in TARGET_KINDS and form != "pronoun"
    ]
    named.sort(key=lambda i: columns["start"][i])  # stable: the order of equal starts kept
    found: dict[str, list] = {}  # entity -> [first start, first end, mentions], first seen first
    for i in named:
        entity = columns["entity"][i]
        if pd.isna(entity):
            continue  # pandas' groupby leaves out missing keys
        if entity in found:
            found[entity][2] += 1
        else:
            found[entity] = [columns["start"][i], columns["end"][i], 1]
    ranked = [(name, *row) for name, row in found.items() if row[2] >= min_mentions]
    ranked.sort(key=lambda row: (-row[3], row[1]))  # stable, as pandas' lexsort
    ranked = ranked[:top]
    return pd.DataFrame(
        {
            "text": typed([r[0] for r in ranked], mentions["entity"].dtype),
            "start": typed([r[1] for r in ranked], mentions["start"].dtype),
            "end": typed([r[2] for r in ranked], mentions["end"].dtype),
            "mentions": np.array([r[3] for r in ranked], dtype="int64"),
        }
    )


TARGET_COLUMNS = ["target", "kind", "central", "start", "end", "mentions"]


def discussed_targets(
    article,
    proposals_top: int = 2,
    entities_top: int = 4,
    found: pd.DataFrame | None = None,
    central: dict | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Targets for the stance matrix: the main proposals and the most mentioned people and bodies.

    One row per target: target, kind (``proposal``/``entity``), central (the article's
    central issue), start, end, mentions. The central issue (``central``, else
    :func:`propose_target`) comes first when there is one; other proposals need three
    mentions; entities are :func:`entities` of ``mentions`` (computed when not given).
    ``found`` is :func:`proposals` of the article, computed when not given.
    """
    found = proposals(article) if found is None else found
    central = propose_target(article, found) if central is None else central
    if mentions is None:
        from analysis.speakers import mentions as find_mentions

        mentions = find_mentions(article)
    rows = []
    if central.get("text") is not None:
        rows.append((central["text"], "proposal", True, central["start"], central["end"],
                     central["mentions"]))  # fmt: skip
    others = [
        (text, "proposal", False, start, end, count)
        for text, start, end, count in zip(
            *(found[c].tolist() for c in ("text", "start", "end", "mentions")), strict=True
        )
        if count >= 3 and text != central.get("text")
    ]
    rows += others[: proposals_top - len(rows)]
    named = entities(mentions, top=entities_top)
    rows += [
        (text, "entity", False, start, end, count)
        for text, start, end, count in zip(
            *(named[c].tolist() for c in ("text", "start", "end", "mentions")), strict=True
        )
    ]
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in TARGET_COLUMNS})
    return pd.DataFrame(dict(zip(TARGET_COLUMNS, map(list, zip(*rows, strict=True)), strict=True)))
