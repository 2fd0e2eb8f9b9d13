"""The steps of find_entities, each in its own module: grouping, kinds, bodies, canonical.

Every article and name here is invented for the step it tests.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

import analysis
from analysis.speakers import find_entities
from analysis.speakers.bodies import join_acronyms_and_heads, join_short_bodies
from analysis.speakers.canonical import affiliations, canonical_name, gender_sources
from analysis.speakers.detect import Mention, find_mentions
from analysis.speakers.entities import ENTITY_COLUMNS, Entities
from analysis.speakers.grouping import (
    drop_nested,
    group_names,
    split_joint_bodies,
    titles_in_roles,
)
from analysis.speakers.kinds import entity_kind, mark_places, pronoun_cues
from analysis.speakers.lexicon import lexicons


def mention(text: str, written: str, form: str = "name", **fields) -> Mention:
    """A mention of the first ``written`` in ``text``, its words lower-cased."""
    start = text.index(written)
    end = start + len(written)
    words = tuple(w.lower() for w in written.split())
    return Mention(start, end, start, end, 0, 0, False, form, name_words=words, **fields)


def entity_of(result, written: str) -> int:
    start = result.text.index(written)
    return next(m.entity for m in result.mentions if m.start <= start < m.end)


# grouping


def test_drop_nested_gives_a_name_inside_a_body_to_the_body():
    text = "the Ruiz government said. Ruiz said."
    body = mention(text, "the Ruiz government", "body")
    inside = mention(text, "Ruiz")
    alone = Mention(26, 30, 26, 30, 1, 0, False, "name", name_words=("ruiz",))
    assert drop_nested([body, inside, alone]) == [body, alone]


def test_split_joint_bodies_only_when_each_part_is_written_alone():
    text = "Brightmoor and Lomax said. Brightmoor agreed. Lomax did not."
    joint = mention(text, "Brightmoor and Lomax", "body")
    alone = [
        Mention(27, 37, 27, 37, 1, 0, False, "name", name_words=("brightmoor",)),
        Mention(46, 51, 46, 51, 2, 0, False, "name", name_words=("lomax",)),
    ]
    parts = split_joint_bodies([joint, *alone], text)
    assert [text[m.start : m.end] for m in parts[:2]] == ["Brightmoor", "Lomax"]
    assert split_joint_bodies([joint, alone[0]], text) == [joint, alone[0]]  # Lomax never alone


def test_group_names_joins_a_surname_to_its_full_name_only():
    text = "Lena Park said prices rose.\n\nPark added that Tom Hale agreed."
    found = [m for m in find_mentions(analysis.parse_article(text)) if m.form == "name"]
    group_names(found, lexicons())
    by_text = {text[m.name_start : m.name_end]: m.entity for m in found}
    assert by_text["Park"] == by_text["Lena Park"]
    assert by_text["Tom Hale"] != by_text["Lena Park"]


def test_titles_in_roles_makes_a_title_inside_an_appositive_the_persons_role():
    text = "Ana Ruiz, chief executive of Acme, said. The chief executive left."
    person = mention(text, "Ana Ruiz", role_start=10, role_end=33, entity=0)
    inside = mention(text, "chief executive", "title", entity=1)
    outside = Mention(45, 60, 45, 60, 1, 0, False, "title", name_words=("chief", "executive"))
    outside.entity = 2
    titles_in_roles([person, inside, outside])
    assert (inside.entity, inside.form) == (0, "descriptor")
    assert (outside.entity, outside.form) == (2, "title")


# kinds


def test_entity_kind_from_titles_reporting_verbs_and_pronouns():
    text = "Senator Vogel said. Lantern said. Quill."
    titled = mention(text, "Senator Vogel", title="Senator")
    reporting = mention(text, "Lantern", reports=True)
    bare = mention(text, "Quill")
    assert entity_kind([titled]) == "person"
    assert entity_kind([reporting]) == "body"  # one word with only a reporting verb
    assert entity_kind([reporting], Counter(person=1)) == "person"  # "Lantern said he"
    assert entity_kind([bare]) is None  # no evidence


def test_pronoun_cues_count_the_pronoun_bound_to_a_name():
    text = "Vogel said he would go. Blue Lantern said it would not."
    person = mention(text, "Vogel", entity=0)
    body = mention(text, "Blue Lantern", entity=1)
    cues = pronoun_cues([person, body], text, lexicons())
    assert cues[0] == Counter(person=1)
    assert cues[1] == Counter(body=1)
    assert (
        pronoun_cues(
            [mention("Vogel went home.", "Vogel", entity=0)], "Vogel went home.", lexicons()
        )
        == {}
    )


def test_mark_places_unless_the_text_shows_a_person():
    text = "France said. Mr. Jordan said."
    groups = {0: [mention(text, "France")], 1: [mention(text, "Jordan", honorific_gender="male")]}
    kinds = {0: "body", 1: "person"}
    mark_places(groups, kinds, {}, text)
    assert kinds == {0: "place", 1: "person"}
    kinds = {0: "body"}
    mark_places({0: groups[0]}, kinds, {0: Counter(person=1)}, text)  # "France, who ..."
    assert kinds == {0: "body"}


# bodies


def test_join_short_bodies_gives_a_bare_name_to_the_body_it_opens():
    text = "Tidewell Airline said. Tidewell agreed. Hale said."
    groups = {
        0: [mention(text, "Tidewell Airline", "body", entity=0)],
        1: [Mention(23, 31, 23, 31, 1, 0, False, "name", name_words=("tidewell",), entity=1)],
        2: [mention(text, "Hale", entity=2)],
    }
    kinds = {0: "body", 1: None, 2: "person"}
    join_short_bodies(groups, kinds, lexicons(), text)
    assert sorted(groups) == [0, 2] and len(groups[0]) == 2 and groups[0][1].entity == 0
    assert kinds == {0: "body", 2: "person"}


def test_join_acronyms_and_heads_joins_an_acronym_of_the_one_body_it_spells():
    text = "Harbour Light Events said. HLE agreed. XYZ did not."
    groups = {
        0: [mention(text, "Harbour Light Events", "body", entity=0)],
        1: [mention(text, "HLE", "body", entity=1)],
        2: [mention(text, "XYZ", "body", entity=2)],
    }
    kinds = {0: "body", 1: "body", 2: "body"}
    join_acronyms_and_heads(groups, kinds, lexicons(), text)
    assert sorted(groups) == [0, 2]
    assert [text[m.start : m.end] for m in groups[0]] == ["Harbour Light Events", "HLE"]


# canonical


def test_canonical_name_is_the_fullest_and_keeps_a_capital_the_inside_a_sentence():
    text = "Lena Park said. Park left."
    assert canonical_name([mention(text, "Park"), mention(text, "Lena Park")], text) == "Lena Park"
    wrap = "She spoke to The Wrap."
    assert canonical_name([mention(wrap, "Wrap", "body")], wrap) == "The Wrap"
    plain = "The Wrap called."  # a sentence's first "The" is no part of the name
    assert canonical_name([mention(plain, "Wrap", "body")], plain) == "Wrap"


def test_affiliations_come_from_titles_and_bodies_inside_a_role():
    text = (
        "NATO Secretary General Ana Ruiz spoke. Tom Hale, professor at Carleton University, said."
    )
    titled = mention(text, "NATO Secretary General Ana Ruiz")
    titled.name_start = text.index("Ana Ruiz")
    role_start = text.index("professor")
    role_end = text.index(", said")
    hale = mention(text, "Tom Hale", role_start=role_start, role_end=role_end)
    university = mention(text, "Carleton University", "body")
    assert affiliations([titled], [university], text) == ["NATO"]
    assert affiliations([hale], [university], text) == ["Carleton University"]


def test_gender_sources_text_first_then_a_first_name_else_unknown():
    lex = lexicons()
    canonical = {0: "Lena Park", 1: "Acme", 2: "Prime Minister", 3: "Mary Hale"}
    kinds = {0: "person", 1: "body", 2: "person", 3: "person"}
    genders = {0: "female", 1: None, 2: None, 3: None}
    sources = gender_sources(canonical, kinds, genders, {0, 1, 3}, lex)
    assert sources[0] == ("female", "text")
    assert sources[1] == (None, "none")
    assert sources[2] == ("unknown", "none")  # a bare title: no first name to read
    assert sources[3][1] == "name"


# the entity table


def test_entities_read_from_the_table_or_its_columns_alike():
    article = analysis.parse_article(
        "Lena Park said prices rose.\n\nPark added that Acme Inc. agreed."
    )
    result = find_entities(article)
    again = Entities(mentions=result.mentions, entities=result.entities, text=result.text)
    for name in ("gender_of", "name_gender_of", "first_start", "role_of", "group_starts"):
        assert getattr(again, name) == getattr(result, name)
    assert list(result.entities.columns) == ENTITY_COLUMNS
    assert result.entities.index.name == "entity"
    assert entity_of(result, "Park added") == entity_of(result, "Lena Park")


def test_an_article_with_no_entity_gets_an_empty_table_of_the_same_columns():
    result = find_entities(analysis.parse_article("it rained all day.\n\nnobody came."))
    assert result.entities.empty and list(result.entities.columns) == ENTITY_COLUMNS
    assert isinstance(result.entities, pd.DataFrame) and result.kind_of == {}
    assert defaultdict(list) == result.groups


def test_the_entity_index_is_the_one_set_index_gives():
    from analysis.speakers.entities import _entity_index

    for ids in ([0], [3], [0, 1, 2], [2, 4, 6], [0, 2, 3], [5, 1], [0, 1, 2, 4]):
        expected = pd.DataFrame({"entity": ids}).set_index("entity", drop=False).index
        got = _entity_index(ids)
        assert type(got) is type(expected) and got.equals(expected) and got.name == "entity"


# classes of name runs (analysis.speakers.classify)


def test_classify_run_splits_a_title_off_a_name_and_tells_bodies_and_places():
    from analysis.speakers.classify import classify_run

    lex = lexicons()
    assert classify_run(["Secretary", "of", "State", "Ana", "Ruiz"], lex) == ("name", 3, "-")
    assert classify_run(["Mr.", "Hale"], lex) == ("name", 1, "male")
    assert classify_run(["Ana", "Ruiz"], lex) == ("name", 0, "-")
    assert classify_run(["Harbour", "Light", "Council"], lex)[0] == "body"
    assert classify_run(["Hyde", "Park"], lex)[0] == "place"
    assert classify_run(["Lena", "Park"], lex)[0] == "name"  # a given name, then a surname
    # the answer kept per run is the one computed afresh
    assert classify_run(["Mr.", "Hale"], lex) == classify_run(("Mr.", "Hale"), lex)


def test_title_text_lowers_a_role_noun_capitalised_by_position_only():
    from analysis.speakers.classify import title_text

    lex = lexicons()
    assert title_text(["Resident"], lex) == "resident"
    assert title_text(["Secretary", "of", "State"], lex) == "Secretary of State"
