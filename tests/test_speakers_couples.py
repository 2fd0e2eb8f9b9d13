"""A plural "they" continues the pair of people coordinated as the subject of the sentence
before (analysis.speakers.couples). Invented articles."""

import analysis
from analysis.core.article import parse_article


def _speakers(text: str) -> list[tuple[str, str]]:
    quotes = analysis.analyse(parse_article(text)).quotes
    return list(zip(quotes["speaker_mention"], quotes["speaker"], strict=True))


def test_they_after_a_name_and_his_wife_with_her_name_is_the_pair():
    text = (
        "Saving plan.\n\nThe FIRE movement wants people to retire early. FIRE has many fans.\n\n"
        "Dan Kim, a planner, and his wife, Ana Kim, saved half their income for ten years.\n\n"
        '"We never felt poor," they said.\n'
    )
    assert _speakers(text) == [("they", "Dan Kim and Ana Kim")]


def test_they_after_a_name_and_his_wife_unnamed_is_the_name_and_the_role():
    text = (
        "Saving plan.\n\nFIRE has many fans.\n\n"
        "Dan Kim and his wife saved half their income for ten years.\n\n"
        "They said the plan worked.\n"
    )
    assert _speakers(text) == [("They", "Dan Kim and his wife")]


def test_they_after_two_coordinated_names_is_the_pair_not_the_object():
    text = "Vote.\n\nAna Ruiz and Dan Kim met the protesters on Monday. They said the law was unfair.\n"
    assert _speakers(text) == [("They", "Ana Ruiz and Dan Kim")]


def test_a_pair_that_does_not_open_the_sentence_sets_up_nothing():
    text = (
        "Vote.\n\nOn Monday the protesters met Ana Ruiz and Dan Kim at the hall. "
        "They said the law was unfair.\n"
    )
    assert _speakers(text) == [("They", "protesters")]


def test_a_body_coordinated_with_a_person_is_no_pair_of_people():
    text = "Vote.\n\nThe Ruiz Group and Dan Kim met on Monday. They said the law was unfair.\n"
    assert _speakers(text) == [("They", "Ruiz Group")]
