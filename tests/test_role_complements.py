"""Role nouns and their complements, named groups, hearsay subjects (invented sentences)."""

import analysis
from analysis.core.article import parse_article


def _speakers(text: str) -> list[tuple[str, str]]:
    table = analysis.analyse(parse_article(text)).quotes
    return list(zip(table["speaker_mention"], table["speaker"], strict=True))


def test_a_spokesman_for_a_named_person_is_not_that_person():
    found = _speakers("Plan dead\n\nA spokesman for Ana Ruiz said the plan was dead.\n")
    assert found == [("A spokesman for Ana Ruiz", "a spokesman for Ana Ruiz")]


def test_an_ambassador_to_a_country_is_not_the_country():
    text = "Talks fail\n\nCanada's ambassador to Peru said the talks had failed.\n"
    assert _speakers(text) == [("Canada's ambassador to Peru", "Canada's ambassador to Peru")]


def test_a_title_between_the_preposition_and_the_name_keeps_the_rule():
    text = "Plan dead\n\nAn aide to Senator Ana Ruiz said the plan was dead.\n"
    assert _speakers(text)[0][1] == "an aide to Senator Ana Ruiz"


def test_a_name_in_apposition_to_the_role_is_the_speaker():
    text = "Talks fail\n\nThe secretary of state Tom Hale said the talks had failed.\n"
    assert _speakers(text)[0][1] == "Tom Hale"


def test_a_name_after_the_complement_is_the_speaker():
    text = "Talks fail\n\nChina's envoy to Peru Liu Wei said the talks had failed.\n"
    assert _speakers(text)[0][1] == "Liu Wei"


def test_the_plural_noun_of_a_named_group_is_that_group():
    text = (
        "Union letter\n\nMembers of the Riverside Nurses Union sent a letter to the board "
        "on Monday. The nurses said staffing was unsafe.\n"
    )
    assert _speakers(text) == [("The nurses", "Riverside Nurses Union")]


def test_people_described_further_are_not_the_named_group():
    text = (
        "Union letter\n\nMembers of the Riverside Nurses Union sent a letter to the board. "
        "The two nurses said they were tired.\n"
    )
    assert _speakers(text) == [("The two nurses", "the two nurses")]


def _check_flags(text: str) -> list[bool]:
    return list(analysis.analyse(parse_article(text)).quotes["check"])


def test_hearsay_of_nobody_in_particular_is_flagged():
    text = "Open doors\n\nPeople ask you to write columns for them once you are known.\n"
    assert _check_flags(text) == [True]


def test_a_group_of_people_named_by_a_noun_is_not_flagged():
    text = "Open doors\n\nLocal people said the new bridge had changed the town.\n"
    assert _check_flags(text) == [False]


def test_hearsay_names_nobody_in_the_speakers_table():
    text = "Open doors\n\nPeople ask you to write columns for them once you are known.\n"
    result = analysis.analyse(parse_article(text))
    assert list(result.quotes["speaker"]) == ["(unresolved)"]
    speakers = result.speakers
    counted = speakers[(speakers["attributions"] > 0) | (speakers["to_check"] > 0)]
    assert "people" not in set(counted["speaker"].str.lower())
