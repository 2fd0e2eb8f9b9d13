"""A speaker mention that coordinates a person with "his wife" (a pronoun or a name, then
"and his/her/their" and a role noun) is the pair, read whole before the cue and resolved
to both; a "they" after it continues the pair (analysis.attribution.subject_trims,
analysis.speakers.couples, analysis.speakers.antecedents). Invented articles."""

import analysis
from analysis.core.article import parse_article


def _rows(text: str) -> list[tuple[str, str]]:
    quotes = analysis.analyse(parse_article(text)).quotes
    return list(zip(quotes["speaker_mention"], quotes["speaker"], strict=True))


def test_he_and_his_wife_before_the_cue_is_one_subject_resolved_to_the_pair():
    text = (
        "Money.\n\nRent can be cut, says planner Ed Marsh. "
        "You can spend less by cooking at home, he and his wife explained on their podcast.\n"
    )
    assert _rows(text) == [
        ("planner Ed Marsh", "Ed Marsh"),
        ("he and his wife", "Ed Marsh and his wife"),
    ]


def test_a_noun_and_a_possessive_phrase_keeps_its_mention():
    text = "Money.\n\nThe rent was too high, the tenants and their lawyer said.\n"
    assert [m for m, _ in _rows(text)] == ["the tenants and their lawyer"]


def test_a_name_and_his_wife_is_the_pair_not_the_name_alone():
    text = (
        "Money.\n\nYou can save more by raising your income, "
        "planner Ed Marsh and his wife explained on their podcast.\n"
    )
    assert _rows(text) == [("planner Ed Marsh and his wife", "Ed Marsh and his wife")]


def test_they_after_the_pair_in_a_reporting_clause_continues_the_pair():
    text = (
        "Money.\n\nThe FIRE movement is popular.\n\nSaving\n\n"
        "You can save more by raising your income, planner Ed Marsh and his wife explained "
        "on their podcast. Cutting your costs and daily spending takes effort, they said.\n"
    )
    assert _rows(text)[-1] == ("they", "Ed Marsh and his wife")


def test_a_body_noun_as_a_premodifier_is_no_body_they_could_mean():
    # the neighbour: a body noun written as a body ("the union has") still blocks the pair
    text = (
        "Money.\n\nYou can save more by raising your income, "
        "planner Ed Marsh and his wife explained on their podcast. The union has a view. "
        "Cutting costs takes effort, they said.\n"
    )
    assert _rows(text)[-1][1] != "Ed Marsh and his wife"
