"""Round 7 speaker resolution: namesakes, unnamed descriptors, headline words in names.

Every article here is invented."""

from __future__ import annotations

import analysis
from analysis.core.article import parse_article


def _speakers(text: str) -> dict[str, str]:
    """content (first 20 characters) -> resolved speaker of each attribution."""
    article = parse_article(text)
    quotes = analysis.analyse(article).quotes
    return {article.text[r.start : r.end][:20]: r.speaker for r in quotes.itertuples()}


def test_an_honorific_surname_does_not_join_a_namesake_of_the_other_gender():
    found = _speakers(
        "Garden party\n\nMarta Kessel said the garden was ready. "
        "Mr. Kessel added that guests were welcome.\n"
    )
    assert found["the garden was ready"] == "Marta Kessel"
    assert found["that guests were wel"] != "Marta Kessel"


def test_an_honorific_surname_joins_the_namesake_of_its_gender():
    found = _speakers(
        "Garden party\n\nPaul Kessel spoke first. Marta Kessel said the garden was ready. "
        "Mr. Kessel added that guests were welcome. Mrs. Kessel said the tea was cold.\n"
    )
    assert found["that guests were wel"] == "Paul Kessel"
    assert found["the tea was cold"] == "Marta Kessel"


def test_a_titled_surname_joins_the_namesake_with_that_title():
    found = _speakers(
        "Dinner\n\nGovernor Paul Kessel spoke first. Marta Kessel said the garden was ready. "
        "Governor Kessel said the dinner would start at eight.\n"
    )
    assert found["the dinner would sta"] == "Paul Kessel"


def test_a_bare_surname_still_joins_the_person_introduced_first():
    found = _speakers(
        "Campaign\n\nPaul Kessel said the speech went well. Marta Kessel said she would "
        "run again. Kessel said the polls were close.\n"
    )
    assert found["the polls were close"] == "Paul Kessel"
