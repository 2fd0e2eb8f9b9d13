"""Frames, round 12: a fraction or share heading the subject of a bare reporting form
takes a plural verb ("half of the residents say", "a third say"; notional agreement).
Invented sentences."""

import analysis
from analysis.core.article import parse_article


def _rows(body: str) -> list[tuple[str, str]]:
    text = f"Title line.\n\n{body}\n"
    quotes = analysis.analyse(parse_article(text)).quotes
    return [(r.speaker_mention, text[r.start : r.end]) for r in quotes.itertuples()]


def test_a_third_says():
    rows = _rows("Nearly a third say they have not decided how to vote.")
    assert [r[1] for r in rows] == ["they have not decided how to vote"]
    assert "a third" in rows[0][0]


def test_half_of_a_postmodified_group_says():
    rows = _rows("Half of the tenants in each block say the heating fails every winter.")
    assert rows == [
        ("Half of the tenants in each block", "the heating fails every winter"),
    ]


def test_a_majority_as_the_object_of_a_verb_is_no_subject():
    body = "The mayor has a wide majority of rural support, which makes up most of the county."
    assert _rows(body) == []


def test_an_ordinal_before_a_noun_leaves_the_later_clause_alone():
    rows = _rows(
        "She would have cast the fifth vote for a rebuke to what critics say is a pattern "
        "of waste by the council."
    )
    assert [r[0] for r in rows] == ["critics"]
