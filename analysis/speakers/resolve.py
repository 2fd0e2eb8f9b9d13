"""The speaker of every attribution: names joined to their entity, pronouns and
descriptors resolved, continuations carried on.

This module holds the row loop (:func:`resolve_speakers`, :func:`resolved_quotes`);
the readings it calls live beside it: :mod:`~analysis.speakers.span_heads` (the name
heading a span, labels), :mod:`~analysis.speakers.descriptions` (descriptions of bodies
and people), :mod:`~analysis.speakers.metonymy` (documents and places standing for a
source), :mod:`~analysis.speakers.antecedents` (relatives, unnamed antecedents, groups)
and :mod:`~analysis.speakers.pronouns` (salience, Lappin & Leass 1994).
"""

from __future__ import annotations

import dataclasses
import re

import pandas as pd

from analysis.attribution import quotes
from analysis.attribution.vocabulary import grammar
from analysis.core.schema import UNRESOLVED
from analysis.speakers.antecedents import (
    recent_group,
    resolve_relative,
    singular_they,
    unless_people_between,
    unnamed_antecedent,
)
from analysis.speakers.body_lists import coordinated_body_name, listed_names, person_and_group
from analysis.speakers.couples import mentioned_pair, pair_before
from analysis.speakers.descriptions import (
    kind_description,
    named_body_before,
    resolve_descriptor,
    title_holder,
)
from analysis.speakers.entities import Entities, find_entities
from analysis.speakers.interviewer import interviewer, question_labels
from analysis.speakers.lexicon import ACRONYM, lexicons, names_a_source
from analysis.speakers.members import members_body
from analysis.speakers.metonymy import document_owner, place_speaker
from analysis.speakers.opening_modifiers import opening_modifier, people_with_participle
from analysis.speakers.pronouns import resolve_pronoun
from analysis.speakers.span_heads import (
    capitals_label,
    could_name,
    joint_names,
    mention_at,
    normalise_descriptor,
    plural_people,
    positional_word,
    sentence_of,
    spaced_possessive,
    trim_descriptor,
    turn_label_name,
)
from analysis.speakers.surnames import surname_holder
from analysis.speakers.table_names import bare_noun


def _blank(value) -> bool:
    """None, NaN, pd.NA or an empty string: no mention written."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return True
    return not str(value).strip()


def _blank_name(value) -> bool:
    """None, NaN or pd.NA (an empty string is a value)."""
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _position(value, fallback: int) -> int:
    return fallback if _blank(value) else int(value)


# "Those in favor of the tax", "those close to her", "those who drew up the plan":
# "those" heading people with a postmodifier is a group of people (Quirk et al. 1985,
# 6.43), its own label; a relative clause needs its verb and more ("those who" is not one)
_THOSE_GROUP = re.compile(r"[Tt]hose\s+(?:who\s+)?(?!who\b|that\b|which\b)[a-z]+\s+\S")

# "People ask you to …", "everyone says": nobody in particular is the speaker
_HEARSAY_SUBJECTS = frozenset(grammar("hearsay_subject"))


def _resolve_written(
    result: Entities, mention: str, start: int, end: int, sentence_starts, previous
) -> tuple[str, int, int | None, str | None]:
    """(mention, end, entity, label) of a speaker written as a name or a description:
    the name heading the span, else the body a description by its kind refers back to,
    else the descriptor's person or body (:func:`resolve_descriptor`); with no entity,
    the description as its own label, or ``UNRESOLVED`` when it names no source (a
    dateline, a number, an adverb, a bare thing or hearsay, "People say", is nobody's name)."""
    if mention.strip().lower() in _HEARSAY_SUBJECTS:
        return mention, end, None, UNRESOLVED
    found = mention_at(result, start, end)
    if found is not None and positional_word(result, found.entity, sentence_starts):
        found = None  # "Untreated, it is fatal": a capital the position explains
    if found is not None and bare_noun(
        mention.strip(), result.groups.get(found.entity, []), result.text, sentence_starts
    ):
        found = None  # "Authorities said": the plural noun, capitalised by the position
    if opening_modifier(result, found, start, end, sentence_starts):
        found = None  # "Court clerks said": a common word capitalised by the position
    if people_with_participle(result, found, start):
        found = None  # "sources cited by the Times say": the sources speak
    mention, end = trim_descriptor(mention, start, end)
    sentence = sentence_of(sentence_starts, start)
    if found is not None and (holder := title_holder(result, found, mention, start)) is not None:
        found = dataclasses.replace(found, entity=holder)  # "the House Speaker": the person
    entity = found.entity if found is not None else None
    if kind_description(result, found, mention) is not None:
        # "the agency", "The German automaker": the named body the text set up
        linked = named_body_before(result, mention, start, end, sentence, entity)
        entity = linked if linked is not None else entity
        found = found if linked is None else None
    if (members := members_body(result, found, mention, start, end, sentence)) is not None:
        entity, found = members, None  # "agency officials said": the named agency
    if found is None and entity is None:
        entity = capitals_label(result, mention, start)  # "TAPPER:" in a transcript
    if found is None and entity is None:
        entity = document_owner(result, mention, start, end)
    if found is None and entity is None:
        entity = resolve_descriptor(result, mention, start, end, sentence, previous)
    if entity is not None and result.kind_of.get(entity) == "place":
        return place_speaker(result, mention, start, end, entity)
    name = None
    if entity is None:
        name = turn_label_name(result.text, mention, start, end)
    if entity is None and name is None:
        entity = surname_holder(result, mention, start)  # "…, Early says": the person
    if entity is None and name is None:
        named = names_a_source(mention) or _THOSE_GROUP.match(mention) is not None
        name = normalise_descriptor(mention) if named else UNRESOLVED
    return mention, end, entity, name


def _narration_pronoun(
    result: Entities, lower: str, start: int, row: dict, sentence_starts, previous, previous_end
) -> tuple[int | None, str | None]:
    """(entity, label) of a narration pronoun ("he", "they"): the most salient agreeing
    antecedent (:func:`resolve_pronoun`), the previous speaker weighing in; a "they" for a
    body gives way to people written since, and tags a quotation of the person just
    before when the writer uses the singular "they"; else an unnamed source set up."""
    entity = resolve_pronoun(
        result,
        lower,
        start,
        sentence_of(sentence_starts, start),
        exclude=(int(row["start"]), int(row["end"])),
        previous_speaker=previous,
        previous_end=previous_end,
    )
    lex = lexicons()
    if entity is not None and lex.pronouns[lower][1] == "plural":
        entity = unless_people_between(result, entity, start)
    if entity is None and lower == "they":
        # "Kim Lo, a spokesperson, confirmed … “…,” they said"
        entity = singular_they(result, previous, previous_end, start, row.get("kind"))
    if entity is not None:
        return entity, None
    # a bare "she" is nobody's name (None would be refilled with the mention by
    # analysis.attribution.extract), unless an unnamed source was set up
    return None, unnamed_antecedent(result.text, lower, start, sentence_starts)


def _pair_speaker(
    result: Entities, start: int, end: int, row: dict, sentence_starts, previous, previous_end
) -> str | None:
    """The joint label of a mention coordinating a person with "his wife" ("Ed Marsh and
    his wife", "he and his wife"; :func:`mentioned_pair`), its pronoun resolved as a
    narration pronoun is; else None."""

    def first_person(pronoun: str, at: int) -> int | None:
        return resolve_pronoun(
            result,
            pronoun,
            at,
            sentence_of(sentence_starts, at),
            exclude=(int(row["start"]), int(row["end"])),
            previous_speaker=previous,
            previous_end=previous_end,
        )

    return mentioned_pair(result, start, end, first_person)


def _first_question(records: list[dict]) -> int | None:
    """Where the first question label ("Q:") is written: the lead ends there."""
    starts = [
        _position(r["speaker_start"], int(r["start"]))
        for r in records
        if not _blank(r["speaker_mention"])
        and str(r["speaker_mention"]).strip().lower() in question_labels()
    ]
    return min(starts, default=None)


def resolve_speakers(article, table: pd.DataFrame, entities: Entities | None = None) -> pd.Series:
    """The canonical speaker of every row of an attribution table, aligned to its index.

    ``table`` has ``speaker_mention``, ``speaker_start``, ``speaker_end``, ``start``,
    ``end`` and optionally ``continuation``. Rows are read in text order:

    * a name joins its entity: "Park", "Mr. Park" -> the fullest name written;
    * a pronoun goes to the most salient agreeing antecedent (:func:`resolve_pronoun`),
      the previous speaker weighing in;
    * "who" goes to the mention just before it;
    * a descriptor goes to the person it stands beside, or whose title or role it
      repeats, or (indefinite) the next person introduced with a matching role; else
      it is its own speaker ("a defense expert");
    * a row without a mention (a continuation paragraph) keeps the speaker of the
      latest direct or mixed quotation (``kind``), else of the previous row.

    ``entities`` is :func:`find_entities` of the article, computed when not given.
    """
    result = entities if entities is not None else find_entities(article)
    text = result.text
    names = result.entities["name"].to_dict()
    sentence_starts = article.sentences["start"].tolist()
    lex = lexicons()
    columns = ["start", "end", "speaker_mention", "speaker_start", "speaker_end", "kind"]
    rows = table.reindex(columns=columns)
    records = [
        dict(zip(columns, values, strict=True))
        for values in zip(*(rows[c].tolist() for c in columns), strict=True)
    ]
    # text order: by content start, then by where the speaker is written (stable)
    order = sorted(
        zip(rows.index, records, strict=True),
        key=lambda pair: (pair[1]["start"], _position(pair[1]["speaker_start"], pair[1]["start"])),
    )
    first_question = _first_question(records)
    speakers: dict = {}
    previous_name: str | None = None
    previous_entity: int | None = None
    previous_end = -1
    quoted_name: str | None = None  # the speaker of the latest quotation
    group: tuple[str, int] | None = None  # the latest group of people speaking, and where
    for index, row in order:
        mention = row.get("speaker_mention")
        if _blank(mention):
            # a paragraph in quotation marks carries on the latest quotation's speaker
            speakers[index] = quoted_name or previous_name
            previous_end = max(previous_end, int(row["end"]))
            continue
        mention = str(mention)
        start = _position(row.get("speaker_start"), int(row["start"]))
        end = _position(row.get("speaker_end"), start + len(mention))
        lower = mention.strip().lower()
        entity: int | None = None
        name: str | None = None
        if ACRONYM.match(mention.strip()) and len(mention.strip()) > 1:
            lower = mention.strip()  # "WHO said": the World Health Organization, no "who"
        if lower in lex.pronouns:
            case = lex.pronouns[lower][2]
            if case == "relative":
                entity, name = resolve_relative(result, start, sentence_starts, previous_entity)
            elif case == "first_person":
                # "I" speaks for the previous speaker; with none before, nobody known
                entity, name = previous_entity, previous_name if previous_name else UNRESOLVED
            elif lex.pronouns[lower][1] == "plural" and (
                pair := pair_before(
                    result, start, sentence_starts, sentence_of(sentence_starts, start)
                )
            ):
                name = pair  # "Dan Kim and his wife saved … “…,” they said": the two
            elif lex.pronouns[lower][1] == "plural" and (
                recent := recent_group(text, group, start, sentence_starts, len(speakers))
            ):
                name = recent  # "The authors wrote … they wrote": the same people
            else:
                entity, name = _narration_pronoun(
                    result, lower, start, row, sentence_starts, previous_entity, previous_end
                )
        elif lower in question_labels() and first_question is not None:
            # "Q:" is the interviewer the lead names ("Tom Hale spoke with …"), else nobody
            entity = interviewer(result, first_question)
            name = None if entity is not None else UNRESOLVED
        elif (
            pair := _pair_speaker(
                result, start, end, row, sentence_starts, previous_entity, previous_end
            )
        ) is not None:
            name = pair  # "he and his wife said": the two speak, neither alone
        elif (official := coordinated_body_name(mention)) is not None:
            name = official  # "the Ministry of Farms, Fisheries and Forests": one body
        elif (joint := joint_names(result, start, end)) is not None:
            name = joint  # "Owen Pratt and Greta Lind said": both speak, neither alone
        elif (listed := listed_names(result, start, end)) is not None:
            name = listed  # "Ruiz, Park and Lee said": names of a kind left open
        elif (together := person_and_group(result, start, end)) is not None:
            name = together  # "Gov. Dana Holt and GOP legislative leaders said": all of them
        else:
            mention, end = spaced_possessive(result, mention, start, end)
            mention, end, entity, name = _resolve_written(
                result, mention, start, end, sentence_starts, previous_entity
            )
        if entity is not None and lower not in lex.pronouns and not could_name(mention):
            entity, name = None, UNRESOLVED
        if entity is not None:
            name = names.get(entity, name)
        speakers[index] = name
        previous_name, previous_entity = name, entity
        if plural_people(name, entity):
            group = (name, end, len(speakers))  # "Owen and Greta disputed …": "they" next
        if row.get("kind") in {"direct", "mixed"}:
            quoted_name = name
        previous_end = max(int(row["end"]), end)
    return pd.Series(
        [speakers[i] for i in table.index], index=table.index, dtype=object, name="speaker"
    )


def resolved_quotes(
    article, attributions: pd.DataFrame | None = None, entities: Entities | None = None
) -> pd.DataFrame:
    """The attribution table with ``speaker`` holding each row's resolved name.

    ``attributions`` is :func:`analysis.attribution.quotes` of the article and ``entities``
    :func:`find_entities`, each computed when not given. A continuation gets exactly the
    resolved name of the attribution it carries on (``continues``).
    """
    table = quotes(article) if attributions is None else attributions.copy()
    if table.empty:
        return table
    resolved = resolve_speakers(article, table, entities).reindex(table.index).tolist()
    speakers = [
        name if not _blank_name(name) else written
        for name, written in zip(resolved, table["speaker"].tolist(), strict=True)
    ]
    by_id = dict(zip(table["attribution"].tolist(), speakers, strict=True))
    for i, carried in enumerate(table["continues"].tolist()):
        if not _blank_name(carried):
            speakers[i] = by_id[int(carried)]
    table["speaker"] = pd.Series(speakers, index=table.index, dtype=object)
    return table
