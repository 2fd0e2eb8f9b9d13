"""Resolved speakers on constructions seen on real news pages (round 5 audit). Every
article here is invented; each construction has a positive and a neighbouring negative."""

from __future__ import annotations

import pandas as pd

import analysis
from analysis.speakers import find_entities


def speakers_of(text: str) -> list:
    """The resolved speaker of every attribution the pipeline finds, in text order."""
    quotes = analysis.analyse(analysis.parse_article(text)).quotes
    return quotes.sort_values("start")["speaker"].tolist()


def entity(text: str, name: str) -> pd.Series:
    table = find_entities(analysis.parse_article(text)).entities
    found = table[table["name"] == name]
    assert len(found) == 1, table[["name", "kind", "role"]]
    return found.iloc[0]


# 1. a one-word body name is no first name of a longer name it opens


def test_a_body_word_is_not_the_product_named_after_it():
    text = (
        "Quorvex says that the keys can be replaced. "
        "A Quorvex Thunderbolt 2 adapter is sold separately."
    )
    assert speakers_of(text) == ["Quorvex"]


def test_a_given_name_alone_still_joins_the_person_and_a_suffix_the_company():
    text = (
        "Bernie Sanders spoke in Iowa. Bernie said he would run. "
        "Zorblat International said on Monday that 40 were killed. Zorblat said more died."
    )
    assert speakers_of(text) == ["Bernie Sanders", "Zorblat International", "Zorblat International"]


def test_role_words_before_a_name_are_its_role():
    text = (
        "Earlier this year, Kestrel showed a concept car. "
        "Kestrel Project Manager Haruto Mizuki said the car was ready. "
        "At the time, Kestrel called the vehicle a concept. Mizuki said the roof folds fast."
    )
    assert speakers_of(text) == ["Haruto Mizuki", "Kestrel", "Haruto Mizuki"]
    person = entity(text, "Haruto Mizuki")
    assert person["role"] == "Kestrel Project Manager"
    assert person["kind"] == "person"


def test_a_business_title_acronym_is_a_role_not_an_affiliation():
    text = (
        "NATO Secretary General Jan Kos said the talks had failed. "
        "Harlow Senior VP Dana Whitfield said sales rose."
    )
    assert speakers_of(text) == ["Jan Kos", "Dana Whitfield"]
    assert entity(text, "Dana Whitfield")["role"] == "Harlow Senior VP"
    assert "VP" not in entity(text, "Dana Whitfield")["affiliation"]
    assert entity(text, "Jan Kos")["affiliation"] == "NATO"


def test_a_unit_written_onto_a_number_is_no_initial():
    text = "It does not run in native 4K. Quorvex confirmed this in a statement. Sales rose."
    names = set(find_entities(analysis.parse_article(text)).entities["name"])
    assert "Quorvex" in names and not any(n.startswith("K") for n in names)


# 2. a definite description by a body's kind refers back to the named body


def test_the_agency_refers_back_to_a_body_named_by_an_acronym():
    text = (
        "The rocket has been part of NASA plans since 2010, and NASA said it would fly. "
        "While the plans have changed, the agency has maintained that the rocket will be "
        "essential."
    )
    assert speakers_of(text)[-1] == "NASA"


def test_the_campaign_still_is_not_an_acronym_body():
    text = "The FBI opened an inquiry on Monday. The campaign said it welcomed the inquiry."
    assert speakers_of(text) == ["the campaign"]


def test_a_demonym_before_the_kind_noun_still_refers_back():
    text = (
        "Nissan says its sedan will offer better mileage. Volkswagen is giving us a glimpse "
        "of the future with an electric wagon. The German automaker, which has focused on "
        "electric cars, says the wagon will go 300 miles. The wagon is fast, Volkswagen says."
    )
    assert speakers_of(text) == ["Nissan", "Volkswagen", "Volkswagen"]
    names = set(analysis.analyse(analysis.parse_article(text)).speakers["speaker"])
    assert "German automaker" not in names


def test_a_demonym_before_a_ministry_names_that_ministry():
    text = (
        "Palestinian leaders met on Monday, and Palestinian officials said talks had failed. "
        "The French foreign ministry said it regretted the decision."
    )
    assert speakers_of(text)[-1] == "French foreign ministry"


def test_the_name_in_apposition_to_the_group_is_the_group():
    text = (
        "Acme Holdings said it would cut jobs. The group, Acme Workers Coalition, formed "
        "this month. The group said on Twitter that the contract confused employees."
    )
    assert speakers_of(text)[-1] == "Acme Workers Coalition"


def test_an_unnamed_group_introduced_since_stays_unnamed():
    text = (
        "Acme Holdings said it would cut jobs, according to a group of employees. "
        "The group said on Twitter that the contract confused employees."
    )
    assert speakers_of(text)[-1] == "the group"


def test_a_modifier_shared_with_a_name_picks_that_body():
    text = (
        "Big Harbor Records said on Monday that a deal was reached. Hours later, Dale Ross "
        "Productions denied that it had settled. The production company said in a statement "
        "that no deal existed."
    )
    assert speakers_of(text)[-1] == "Dale Ross Productions"
