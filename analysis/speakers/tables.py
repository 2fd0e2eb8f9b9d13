"""The speaker table: one row per person or body (the mention table is in
:mod:`~analysis.speakers.mention_table`, summaries in :mod:`~analysis.speakers.summaries`)."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

from analysis.attribution.phrase_words import share_of_people
from analysis.speakers.entities import Entities, find_entities
from analysis.speakers.gender import (
    descriptor_gender,
    pronoun_speaker_gender,
    quoted_name_gender,
)
from analysis.speakers.lexicon import (
    descriptor_words,
    is_capitalised,
    lexicons,
    source_noun_kind,
)
from analysis.speakers.mention_table import mentions
from analysis.speakers.namedata import could_be_given_name, is_given_name
from analysis.speakers.places import is_place_name
from analysis.speakers.resolve import resolved_quotes
from analysis.speakers.table_names import no_alias, no_name

SPEAKER_COLUMNS = [
    "speaker", "aliases", "role", "affiliation", "kind", "gender", "gender_from", "attributions", "direct", "indirect",
    "mixed", "words_quoted", "share_of_quoted_words", "to_check", "mentions", "start", "end", "text",
]  # fmt: skip


def quoted_words(article, table: pd.DataFrame) -> pd.Series:
    """Words (word and number tokens) inside each row's content, aligned to ``table.index``.

    The content is the row's ``fragments`` when given (an interrupted quotation without
    its "he said"), else ``start``..``end``; a token counts when it starts inside.
    """
    if table.empty:
        return pd.Series(0, index=table.index, dtype=int, name="words_quoted")
    fragments = table["fragments"].tolist() if "fragments" in table else [None] * len(table)
    kinds = article.tokens["kind"].to_numpy()
    words = article.tokens["start"].to_numpy()[(kinds == "word") | (kinds == "number")]
    starts = np.sort(words)
    owners, lows, highs = [], [], []
    rows = zip(fragments, table["start"].tolist(), table["end"].tolist(), strict=True)
    for row, (f, s, e) in enumerate(rows):
        for a, b in list(f) if isinstance(f, list | tuple) and len(f) else [(s, e)]:
            owners.append(row)
            lows.append(int(a))
            highs.append(int(b))
    # all spans at once: the words of a span are those starting in [a, b)
    inside = np.searchsorted(starts, highs, side="left") - np.searchsorted(
        starts, lows, side="left"
    )
    counts = np.zeros(len(table), dtype=np.int64)
    np.add.at(counts, owners, inside)
    return pd.Series(counts, index=table.index, dtype=int, name="words_quoted")


def _descriptor_kind(label: str) -> str:
    """person (a role noun, a person noun or a name), body (a body noun) or other ("the
    report", "a poll")."""
    if share_of_people(label):
        return "person"  # "41%", "those polled": a group of respondents
    label = _head_part(label)
    words = descriptor_words(label)
    kinds = [source_noun_kind(w) for w in words]
    if kinds and kinds[-1] == "body":
        return "body"
    if "person" in kinds[-1:] or ("person" in kinds and "document" not in kinds[-1:]):
        return "person"
    if kinds and kinds[-1] == "document":
        return "other"
    return (
        "person" if any(is_capitalised(w) for w in label.split()[1:] or label.split()) else "other"
    )


def _head_part(label: str) -> str:
    """A descriptor up to its first post-modifier when a noun naming a source ends the part
    before it: "One study in 17 people" -> "One study", "members of Congress" -> "members"
    (the head of an English noun phrase comes before its post-modifiers; Quirk et al.
    1985, 17.2); else the whole label."""
    words = label.split()
    postmodifiers = lexicons().postmodifiers
    for i, word in enumerate(words[1:], start=1):
        if word in postmodifiers:
            before = descriptor_words(" ".join(words[:i]))
            head = source_noun_kind(before[-1]) if before else None
            return " ".join(words[:i]) if head in {"person", "document"} else label
    return label


_COORDINATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _coordinated_kind(name: str, people: dict[str, dict]) -> str | None:
    """The kind shared by every name of a coordinated speaker that the entity table lists
    ("The Wrap and Deadline" -> body when both are bodies), else None: a coordination of
    noun phrases takes the class of its conjoins (Quirk et al. 1985, 13.61)."""
    parts = [re.sub(r"^[Tt]he\s+", "", p.strip()) for p in _COORDINATOR.split(name)]
    if len(parts) < 2 or name in people:
        return None
    kinds = set()
    for part in parts:
        row = people.get(part) or people.get("The " + part) or people.get("the " + part)
        if row is None or _missing(row["kind"]):
            return None
        kinds.add(row["kind"])
    return kinds.pop() if len(kinds) == 1 and kinds <= {"person", "body"} else None


def _article_name_kind(name: str, aliases: list[str]) -> str | None:
    """ "body" for a name of two words or more that the text only ever writes after "the"
    and that opens with no common given name ("The Orbis Animal Shelter announced"): a
    person's name takes no article unless a title or an adjective comes between (Quirk et
    al. 1985, 5.60); else None."""
    words = name.split()
    if len(words) < 2 or not aliases or not all(w[:1].isupper() for w in words):
        return None  # a name written in capitals, not a descriptor ("the source")
    if is_given_name(words[0]):
        return None
    return "body" if all(a.startswith(("the ", "The ")) for a in aliases) else None


def _place_kind(name: str) -> str | None:
    """ "place" for a quoted source the entity table does not list whose name is a place's:
    a known place ("Wall Street", "Hong Kong") or a capitalised name ending in a place noun
    ("Orbis Street said"; not "Lena Park", a given name then a surname); else None."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words):
        return None
    if is_place_name(name):
        return "place"
    last = words[-1].lower()
    if len(words) > 1 and last in lexicons().place_nouns and not is_given_name(words[0]):
        return "place"
    return None


def _unknown_name_kind(name: str) -> str | None:
    """ "body" for a name of one word the text gave no person evidence for (no title, no
    role, no he/she bound to it) and that can be no given name ("MarketAxess"); else None.
    A bare surname reaches the table joined to its person; a firm is named alone."""
    words = name.split()
    if len(words) != 1 or not is_capitalised(words[0]) or could_be_given_name(words[0]):
        return None
    return "body"


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
    quoted = _quoted_by_speaker(article, table)
    people = _entity_rows(model)
    # a place is listed only when quoted, as "place" ("Britain said"): never a person
    listed = {
        n for n, row in people.items() if not _missing(row["kind"]) and row["kind"] != "place"
    }
    listed -= _no_names(article, model, people, listed - set(quoted))
    names = sorted(listed | set(quoted))
    counted = Counter(mention_table["entity"].tolist())
    for e, kind in model.kind_of.items():
        if kind == "place":
            counted[str(model.entities.at[e, "name"])] += len(model.groups.get(e, []))
    rows = [_speaker_row(name, people.get(name), quoted.get(name), counted) for name in names]
    for row in rows:
        # "The Wrap and Deadline said": a pair of named bodies speaks as bodies
        if _coordinated_kind(row["speaker"], people) == "body" and row["kind"] != "body":
            row.update(kind="body", gender=None, gender_from="none")  # bodies have no gender
    total = sum(r["words_quoted"] for r in rows)
    for r in rows:
        r["share_of_quoted_words"] = r["words_quoted"] / total if total else 0.0
    # most attributions first, then most words, then first mentioned (stable on the name)
    rows.sort(key=lambda r: r["words_quoted"], reverse=True)
    rows.sort(key=lambda r: r["attributions"], reverse=True)
    rows = _sort_first_start(rows)
    return (
        _speaker_frame(rows, article.text) if rows else _speaker_frame_by_pandas(rows, article.text)
    )


_COUNT_COLUMNS = [
    "attributions", "direct", "indirect", "mixed", "words_quoted", "to_check", "mentions",
]  # fmt: skip


def _no_names(article, model: Entities, people: dict[str, dict], unquoted: set[str]) -> set[str]:
    """The entities never quoted whose name is no person's or body's
    (:func:`analysis.speakers.table_names.no_name`: "I’ll", "BIG", "Come November")."""
    if not unquoted:
        return set()
    starts = article.sentences["start"].tolist()
    return {
        name
        for name in unquoted
        if no_name(name, model.groups.get(people[name]["entity"], []), model.text, starts)
    }


def _speaker_frame(rows: list[dict], text: str) -> pd.DataFrame:
    """The speaker table from its rows, each column built once with its final type."""
    aliases = np.empty(len(rows), dtype=object)
    for i, row in enumerate(rows):
        aliases[i] = row["aliases"]  # one list per cell (never a 2-D array)
    columns: dict[str, object] = {name: [r[name] for r in rows] for name in SPEAKER_COLUMNS[:-1]}
    columns["aliases"] = pd.Series(aliases, dtype=object)
    columns["gender"] = pd.Series(columns["gender"], dtype=object)
    for name in _COUNT_COLUMNS:
        columns[name] = np.array(columns[name], dtype=int)
    columns["share_of_quoted_words"] = np.array(columns["share_of_quoted_words"], dtype=float)
    for name in ("start", "end"):
        columns[name] = pd.array(columns[name], dtype="Int64")
    # Provenance: each speaker's row points at their first mention, as written.
    columns["text"] = [
        None if r["start"] is None else text[int(r["start"]) : int(r["end"])] for r in rows
    ]
    return pd.DataFrame(columns, columns=SPEAKER_COLUMNS)


def _speaker_frame_by_pandas(rows: list[dict], text: str) -> pd.DataFrame:
    """The speaker table by pandas (kept for the table without rows, whose column types
    pandas decides)."""
    out = pd.DataFrame(rows, columns=SPEAKER_COLUMNS)
    for column in ("start", "end"):
        out[column] = pd.array(out[column].tolist(), dtype="Int64")
    out[_COUNT_COLUMNS] = out[_COUNT_COLUMNS].astype(int)
    out["share_of_quoted_words"] = out["share_of_quoted_words"].astype(float)
    out["gender"] = pd.Series([r["gender"] for r in rows], index=out.index, dtype=object)
    out["text"] = [
        text[int(s) : int(e)] if pd.notna(s) else None
        for s, e in zip(out["start"], out["end"], strict=True)
    ]
    return out


def _sort_first_start(rows: list[dict]) -> list[dict]:
    """Order by (attributions, words quoted) descending, then first offset ascending,
    speakers without an offset last within their tie (pandas' na_position)."""
    return sorted(
        rows,
        key=lambda r: (
            -r["attributions"],
            -r["words_quoted"],
            r["start"] is None,
            r["start"] if r["start"] is not None else 0,
        ),
    )


def _entity_rows(model: Entities) -> dict[str, dict]:
    """The first entity row of every canonical name, as plain dicts."""
    table = model.entities
    columns = list(table.columns)
    rows: dict[str, dict] = {}
    for values in zip(*(table[c].tolist() for c in columns), strict=True):
        row = dict(zip(columns, values, strict=True))
        rows.setdefault(row["name"], row)
    return rows


def _quoted_by_speaker(article, table: pd.DataFrame) -> dict[str, dict]:
    """Per resolved speaker: attributions by kind, words quoted, the first speaker offsets
    and the mentions written for them (pronouns left out), in one pass over the table."""
    if table.empty:
        return {}
    words = quoted_words(article, table).tolist()
    pronouns = lexicons().pronouns
    columns = ["speaker", "kind", "start", "speaker_mention", "speaker_start", "speaker_end"]
    columns.append("check")
    present = table.reindex(columns=columns)
    records = [
        dict(zip(columns, values, strict=True))
        for values in zip(*(present[c].tolist() for c in columns), strict=True)
    ]
    found: dict[str, dict] = {}
    for record, count in zip(records, words, strict=True):
        speaker = record["speaker"]
        if _missing(speaker):
            continue
        entry = found.setdefault(
            speaker,
            {
                "kinds": Counter(), "words": 0, "rows": [], "written": {}, "to_check": 0,
                "pronouns": Counter(),
            },
        )  # fmt: skip
        entry["rows"].append(record)
        if _flagged(record["check"]):
            entry["to_check"] += 1  # doubtful: listed for review, not counted as quoted
            continue
        entry["kinds"][record["kind"]] += 1
        entry["words"] += int(count)
        mention = record["speaker_mention"]
        if not _missing(mention) and str(mention).lower() not in pronouns:
            entry["written"].setdefault(" ".join(str(mention).split()), None)
        elif not _missing(mention):
            gender, number, _ = pronouns[str(mention).lower()]
            if gender in {"male", "female"} and number == "singular":
                entry["pronouns"][gender] += 1  # '"…," she said.' resolved to this speaker
    for entry in found.values():
        ordered = sorted(entry["rows"], key=lambda r: r["start"])  # stable, as pandas
        for column in ("speaker_start", "speaker_end"):
            # the first written value in text order (what groupby().first() gives)
            entry[column] = next(
                (float(r[column]) for r in ordered if not _missing(r[column])), None
            )
    return found


def _flagged(value) -> bool:
    """Whether a row's ``check`` flag is set (a missing flag is no flag)."""
    return not _missing(value) and bool(value)


def _missing(value) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _speaker_row(name: str, entity: dict | None, quoted: dict | None, counted: Counter) -> dict:
    """One row of the speaker table from an entity row and/or the speaker's attributions."""
    kind = entity["kind"] if entity else None
    known = not _missing(kind)
    first_start = float(entity["first_start"]) if entity else None
    first_end = float(entity["first_end"]) if entity else None
    if quoted is not None:
        # a descriptor speaker ("Canada's foreign minister") can come before the name
        spoken_start, spoken_end = quoted["speaker_start"], quoted["speaker_end"]
        earlier = (
            spoken_start is not None and first_start is not None and spoken_start < first_start
        )
        if earlier or first_start is None:
            first_start, first_end = spoken_start, spoken_end
    aliases = list(entity["aliases"]) if entity and isinstance(entity["aliases"], list) else []
    kinds = quoted["kinds"] if quoted else Counter()
    written = aliases + list(quoted["written"] if quoted else [])
    if not known and entity is not None:
        kind = _unknown_name_kind(name) or _article_name_kind(name, written)
        kind = kind or _descriptor_kind(name)
    else:
        kind = kind if known else _article_name_kind(name, written) or _place_kind(name)
        kind = kind or _descriptor_kind(name)
    if known:
        gender, source = entity["gender"], entity["gender_from"]
    elif kind == "person" and entity is not None:
        # a name the text never showed to be a person until it was quoted
        gender, source = quoted_name_gender(name)
    else:
        gender, source = descriptor_gender(name) if kind == "person" else (None, "none")
    if kind == "person" and source == "none" and quoted is not None:
        gender, source = pronoun_speaker_gender(name, quoted["pronouns"], (gender, source))
    return {
        "speaker": name,
        "aliases": [
            a
            for a in dict.fromkeys(aliases + list(quoted["written"] if quoted else []))
            if not no_alias(a)
        ],
        "role": entity["role"] if known else "",
        "affiliation": entity["affiliation"] if known else "",
        "kind": kind,
        "gender": gender if isinstance(gender, str) else None,
        "gender_from": source,
        "attributions": sum(kinds.values()),
        "direct": kinds["direct"],
        "indirect": kinds["indirect"],
        "mixed": kinds["mixed"],
        "words_quoted": quoted["words"] if quoted else 0,
        "to_check": quoted["to_check"] if quoted else 0,
        "mentions": counted.get(name, 0),
        "start": None if first_start is None else round(first_start),
        "end": None if first_end is None else round(first_end),
    }
