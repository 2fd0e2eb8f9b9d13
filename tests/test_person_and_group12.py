"""A named person coordinated with a group of people speaks with them: the joint label,
not the group's modifier nor the person alone (analysis/speakers/body_lists.py).
Invented sentences."""

import analysis


def _speaker(sentence: str) -> str:
    article = analysis.parse_article("Pay plan.\n\nGov. Dana Holt spoke on Monday. " + sentence)
    return str(analysis.quotes(article).speaker.iloc[0])


def test_a_person_and_a_group_with_a_capitalised_modifier_speak_together():
    sentence = "Gov. Dana Holt and GOP legislative leaders said the plan would raise pay."
    assert _speaker(sentence) == "Dana Holt and GOP legislative leaders"


def test_a_surname_and_a_group_speak_together():
    sentence = "Holt and Democratic leaders said the plan would raise pay."
    assert _speaker(sentence) == "Dana Holt and Democratic leaders"


def test_two_names_stay_a_pair_of_names():
    assert _speaker("Holt and Lee said the plan would raise pay.") == "Dana Holt and Lee"


def test_a_group_without_a_named_person_keeps_its_own_label():
    sentence = "The mayor and city council members said the plan would raise pay."
    assert _speaker(sentence) == "the mayor and city council members"
